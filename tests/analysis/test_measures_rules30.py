"""Rules of the thirtieth session, on invented sentences (GUIDELINES.md 4.3
investment_restriction and export_control)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _types(text: str, published: str = "2005-06-10") -> list[tuple[str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(m.type, m.action) for m in found.measures]


# --- foreign ownership opened, allowed or capped ---------------------------------------

def test_a_sector_opened_to_foreign_investors_eases_ownership_curbs():
    assert _types("Brazil has opened its insurance sector to foreign investors for the "
                  "first time.") == [("investment_restriction", "ease")]
    assert _types("Egypt opened up its telecoms market to foreign investment on "
                  "Tuesday.") == [("investment_restriction", "ease")]


def test_a_market_opened_to_foreign_goods_is_no_investment_step():
    assert ("investment_restriction", "ease") not in _types(
        "Japan opened its rice market to foreign imports.")


def test_foreign_stakes_allowed_up_to_a_share_ease_the_cap():
    assert _types("Thailand will allow foreign banks to take stakes of up to 49% in local "
                  "lenders.") == [("investment_restriction", "ease")]


def test_limit_on_foreign_stakes_is_an_ownership_cap():
    assert _types("Indonesia raised the limit on foreign stakes in its airlines to "
                  "67%.") == [("investment_restriction", "ease")]


# --- supplies cut to a state -------------------------------------------------------------

def test_supplies_cut_to_a_state_are_an_export_control():
    assert _types("Russia cut gas supplies to Moldova on Sunday.") == [
        ("export_control", "impose")]
    assert _types("The president threatened to cut oil supplies to Brazil.") == [
        ("export_control", "threaten")]


def test_supplies_cut_to_a_class_are_none():
    assert _types("The dairy cut supplies to farmers after the strike.") == []


# --- duties told like another state's ----------------------------------------------------

def test_similar_or_matching_duties_are_tariffs():
    assert _types("Brazil said on Friday it was preparing similar duties, which could take "
                  "effect in October.") == [("tariff", "propose")]
    assert _types("Norway will impose matching duties on Freedonian salmon feed.") == [
        ("tariff", "impose")]


# --- deadlines: an official's word, a body set up, a bill sent ---------------------------

def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(d.date, d.text) for d in found.deadlines]


def test_a_body_to_be_set_up_by_a_date_named_by_a_minister_is_a_deadline():
    # ("set" is a participle too: the passive keeps "company" from making it a firm's plan)
    assert _deadlines("Anna Berg, the minister in charge of rail reform, said a holding "
                      "company would be set up by the end of March to run the network.",
                      "2006-10-02") == [("2007-03-31", "the end of March")]


def test_legislation_a_leader_will_send_by_a_time_is_a_deadline():
    assert _deadlines("The prime minister said he would send the legislation to parliament "
                      "early next year.", "2006-10-02") == [("2007", "early next year")]


def test_a_firms_plan_for_a_plant_is_still_no_deadline():
    assert _deadlines("The carmaker plans to open its new plant in March 2008.",
                      "2006-10-02") == []


# --- a bill offered ---------------------------------------------------------------------

def test_legislation_a_member_offers_is_proposed():
    assert ("other", "propose") in _types(
        "Rep. Ann Vey, D-Ore., said she would offer legislation requiring every imported "
        "pallet to be fumigated.", "2001-02-07")


def test_a_penalty_offered_in_a_match_is_no_measure():
    assert _types("Italy were offered another penalty but the kick went wide.") == []


# --- a case referred, a probe held out ----------------------------------------------------

def _records(text: str, published: str = "2005-06-10") -> list[tuple[str, str, str | None,
                                                                      list[str]]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(m.type, m.action, m.imposer, m.targets) for m in found.measures]


def test_a_market_referred_to_the_competition_commission_is_a_probe():
    assert _records("The Office of Fair Trading referred the market for bread to the "
                    "Competition Commission on Tuesday.") == [
        ("investigation", "investigate", "Office of Fair Trading", [])]


def test_a_referral_warned_of_is_a_threat_and_the_body_is_no_target():
    assert _records("Ofcom had warned in June that it could refer Telkor to the Competition "
                    "Commission if the company did not open up its network.") == [
        ("investigation", "threaten", "Ofcom", ["Telkor"])]


def test_a_warning_that_a_step_could_come_is_a_threat():
    assert _records("The EU warned last week that it could impose duties on US steel.") == [
        ("tariff", "threaten", "European Union", ["United States"])]


def test_referring_to_a_report_is_no_probe():
    assert _records("He referred to the Competition Commission's report.") == []


# --- duties charged, a rate in dollars, a standing rate told in the present ---------------

def test_duties_of_a_sum_in_dollars_are_tariffs():
    assert _types("Peru imposed duties of up to $90 a ton on Bolivian sugar.") == [
        ("tariff", "impose")]


def test_duties_charged_since_a_year_stand():
    assert _types("Peru has charged duties of up to $90 a ton on Bolivian sugar since "
                  "January 2003.") == [("tariff", "maintain")]


def test_a_rate_a_state_charges_in_a_relative_clause_stands():
    assert ("tariff", "maintain") in _types(
        "The US opened an investigation into the 18% tariff Brasilia charges on imported "
        "ethanol.", "2025-07-16")


def test_the_minister_in_charge_of_a_policy_lays_nothing():
    assert _types("Mr Tanaka, the minister in charge of postal privatisation, spoke on "
                  "Friday.") == []


# --- a regulator called "the watchdog"; a review of a market ------------------------------

def test_the_watchdog_is_the_regulator_named_before_and_a_market_review_is_a_probe():
    assert _records("The Office of Fair Trading said prices were high. The watchdog "
                    "launched a review of the grocery market in March.") == [
        ("investigation", "investigate", "Office of Fair Trading", [])]


def test_the_watchdog_is_no_ministry():
    found = _records("The Treasury said prices were high. The watchdog launched an inquiry "
                     "into Velkor Foods.")
    assert all(imposer != "Treasury" for _, _, imposer, _ in found)


def test_undertakings_coming_into_force_and_rules_taking_full_effect_are_deadlines():
    assert _deadlines("The undertakings come into force on Friday.", "2005-09-22") == [
        ("2005-09-23", "Friday")]
    assert _deadlines("The rules take full effect on 1 July, when importers must register "
                      "their products with customs.", "2006-03-30") == [
        ("2006-07-01", "1 July")]


def test_a_date_a_step_starts_on_points_forward_after_a_past_verb():
    found = analyze("Freedonia, which brought a parallel complaint, announced its own duties "
                    "of 100 percent on Ruritanian cheese, starting Aug. 1.",
                    dt.date(1999, 7, 19))
    assert [t.value for t in found.times if t.text == "Aug. 1"] == ["1999-08-01"]


def test_a_referral_to_the_commission_and_the_watchdogs_review_are_the_regulators():
    found = _records("Supermarkets face a full inquiry by the Competition Commission after "
                     "the Office of Fair Trading (OFT) raised concerns about the grocery "
                     "trade. The OFT said on Tuesday it would refer the sector to the "
                     "commission. The watchdog had launched a review of the market in March. "
                     "The commission's previous investigation, in 2000, cleared the chains.",
                     "2006-05-09")
    assert [imposer for _, _, imposer, _ in found] == [
        "Competition Commission", "Office of Fair Trading", "Competition Commission"]


# --- licences a flow needs, from the body that issues them -------------------------------

def test_exports_that_still_require_licences_from_a_department_are_an_export_control():
    assert _records("Exports of items that could have military uses will still require "
                    "licenses from the Commerce Department.", "2000-06-19") == [
        ("export_control", "maintain", "Commerce Department", [])]


def test_a_ban_told_as_still_in_place_is_maintained():
    assert _records("China still bans imports of Japanese seafood.", "2024-03-10") == [
        ("import_ban", "maintain", "China", ["Japan"])]


# --- an injury finding --------------------------------------------------------------------

def test_an_injury_finding_is_a_trade_defence_probe_of_its_own():
    found = _records("The president imposed a safeguard tariff on lamb imports on Wednesday. "
                     "The decision follows a finding in April by the U.S. International Trade "
                     "Commission that imports were a substantial threat of serious injury to "
                     "American producers.", "1999-07-07")
    assert ("trade_defence", "investigate", "U.S. International Trade Commission", []) in found
    assert len(found) == 2


def test_a_ruling_that_injury_was_not_shown_is_no_finding():
    assert _records("The panel ruled that the ministry had failed to show that imports "
                    "injured producers.", "2001-08-04") == []


def test_a_complaint_filed_in_geneva_is_a_wto_case():
    assert _records("Wellington would also file a complaint in Geneva within days, the "
                    "trade minister said.", "1999-07-07")[:1] == [
        ("investigation", "investigate", "New Zealand", [])]


def test_a_passive_duty_after_a_party_named_sentences_before_does_not_raise():
    # (found by the session's fuzzing: the party last named stood in an earlier sentence,
    # its tokens out of this one's range)
    text = ("The United States and the European Union have launched a joint challenge at the "
            "World Trade Organization over China's taxes on imported engines.\n\nThe two "
            "sides say Chinese rules that charge the same duty on engines as on whole "
            "machines break the promises Beijing made when it joined the WTO in 2001.\n\n"
            "Under the rules, introduced in 2005, engines are charged a 25% tariff - t")
    assert analyze(text, dt.date(2006, 3, 30)) is not None
