"""Measures read in their frame (GUIDELINES.md 4.1-4.7, 6), on invented sentences.

Each rule of frames.py, parties.py, standing.py and records.py has a sentence where it
fires and one where it must not. Names are invented (Ruritania, Freedonia, Acme) or the
sentences are invented events in the 2023-2025 trade domain.
"""

from __future__ import annotations

import re

import pytest

from newsdesk.analysis.measures import extract_measures
from newsdesk.analysis.model import Actor, Measure, Mention
from newsdesk.analysis.sentences import split_sentences

RURITANIA = ("Ruritania", "country", "Ruritania", "Strelsau")
FREEDONIA = ("Freedonia", "country")


def actor(text: str, name: str, kind: str, *surfaces: str, affiliation: str | None = None,
          role: str | None = None) -> Actor:
    """An actor with a mention at every whole-word occurrence of its surface forms."""
    mentions = [Mention(m.start(), m.end(), m.group())
                for s in (surfaces or (name,))
                for m in re.finditer(r"(?<![\w-])" + re.escape(s) + r"(?![\w])", text)]
    return Actor(name, kind, role=role, affiliation=affiliation, mentions=mentions)


def measures(text: str, *actors: tuple | Actor) -> list[Measure]:
    built = [actor(text, *a) if isinstance(a, tuple) else a for a in actors]
    return extract_measures(text, split_sentences(text), built, [])


def only(text: str, *actors: tuple | Actor) -> Measure:
    found = measures(text, *actors)
    assert len(found) == 1, [(m.type, m.action, m.why) for m in found]
    return found[0]


def summary(m: Measure) -> tuple[str, str, str | None, list[str]]:
    return m.type, m.action, m.imposer, m.targets


# --- every measure says why -------------------------------------------------------------

def test_every_measure_has_a_short_why_with_a_rule_id():
    m = only("Ruritania imposed a levy on widgets.", RURITANIA)
    assert m.why is not None and re.fullmatch(r"measure\.[a-z-]+: '.+'", m.why)
    assert m.why == "measure.verb-object: 'imposed' + 'levy'" and len(m.why) < 80


# --- plain verb + object (measure.verb-object, measure.passive) --------------------------

def test_a_plain_levy_is_found():
    m = only("Ruritania imposed a levy on widgets.", RURITANIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", [])


def test_a_levy_on_fuel_is_a_tax():
    m = only("Freedonia introduced a levy on jet fuel.", FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Freedonia")


def test_duty_without_a_measure_sense_is_nothing():
    assert measures("Ruritanian soldiers were on duty in Strelsau.", RURITANIA) == []
    assert measures("It is the minister's duty to explain the budget.", RURITANIA) == []


def test_a_passive_with_an_agent():
    m = only("Duties of 20% were imposed on Ruritanian steel by Freedonia.", RURITANIA,
             FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Freedonia", ["Ruritania"])
    assert m.magnitude == "20%"


# --- demonyms and capitals (GUIDELINES.md 6, first row) ----------------------------------

def test_capital_imposes_and_demonym_is_the_target():
    m = only("Strelsau imposed duties on Freedonian cheese.", RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])


def test_a_demonym_taken_for_an_organization_is_still_its_country():
    text = "Ruritania banned imports of Freedonian cheese. Freedonia protested."
    odd = actor(text, "Freedonian", "organization")  # a name finder's mistake
    m = only(text, RURITANIA, FREEDONIA, odd)
    assert summary(m) == ("import_ban", "impose", "Ruritania", ["Freedonia"])


def test_a_demonym_is_never_the_imposer():
    m = only("Freedonian exporters face new duties of 15% imposed by Ruritania.",
             RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets) == ("Ruritania", ["Freedonia"])


def test_made_in_names_the_target():
    m = only("Ruritania imposed a ban on Freedonian-made drones.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "impose", "Ruritania", ["Freedonia"])


# --- negation, refusal, rule-out (measure.refused-change, measure.not-ruled-out) --------

def test_a_negated_step_is_no_measure():
    assert measures("Ruritania did not impose duties on Freedonian cheese.",
                    RURITANIA, FREEDONIA) == []


def test_refusing_to_lift_keeps_the_measure():
    m = only("Ruritania refused to lift its embargo on Freedonian wine.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "maintain", "Ruritania", ["Freedonia"])
    assert m.why is not None and m.why.startswith("measure.refused-change")


def test_lifting_is_lifting():
    m = only("Ruritania lifted its embargo on Freedonian wine.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "lift", "Ruritania", ["Freedonia"])


def test_not_ruling_out_threatens():
    m = only("Freedonia did not rule out tariffs on Ruritanian steel.", RURITANIA, FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("threaten", "Freedonia", ["Ruritania"])
    assert m.why is not None and m.why.startswith("measure.not-ruled-out")


def test_ruling_out_drops():
    assert measures("Freedonia ruled out tariffs on Ruritanian steel.", RURITANIA,
                    FREEDONIA) == []


# --- opposition (measure.opposed): who acts, and whether they act ------------------------

def test_the_opponent_of_a_lifting_does_not_lift():
    text = ("Ruritania lifted its embargo on Freedonian cheese on Monday, despite opposition "
            "from Senator Anna Berg, who argued against lifting it.")
    m = only(text, RURITANIA, FREEDONIA, actor(text, "Anna Berg", "person",
                                               affiliation="Ruritania"))
    assert summary(m) == ("import_ban", "lift", "Ruritania", ["Freedonia"])


def test_arguing_against_a_step_is_not_taking_it():
    text = "Senator Anna Berg argued against lifting the embargo on Freedonia."
    m = only(text, actor(text, "Anna Berg", "person", role="Senator"), FREEDONIA)
    assert m.action == "lift" and m.imposer is None and m.targets == ["Freedonia"]
    assert m.why is not None and m.why.startswith("measure.opposed")


# --- threats and conditions (measure.threat) ---------------------------------------------

def test_threatened_to_impose_is_a_threat():
    m = only("Freedonia threatened to impose tariffs of 50% on Ruritanian cars.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.magnitude) == ("tariff", "threaten", "Freedonia",
                                                          "50%")


def test_would_unless_is_a_threat_and_the_condition_no_measure():
    text = ("Freedonia warned it would ban imports of Ruritanian wine unless Ruritania "
            "scrapped its sugar quota.")
    m = only(text, RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "threaten", "Freedonia", ["Ruritania"])


def test_will_from_a_date_is_an_announced_measure():
    m = only("Freedonia said it will impose tariffs of 10% on Ruritanian cars from 1 May.",
             RURITANIA, FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("impose", "Freedonia", ["Ruritania"])


def test_could_threatens():
    m = only("Ruritania could impose duties of 40% on Freedonian steel.", RURITANIA, FREEDONIA)
    assert m.action == "threaten"


# --- proposals, plans and appeals (measure.proposal, measure.planned-change) ------------

def test_a_plan_for_a_new_measure_is_a_proposal():
    m = only("Ruritania plans to impose a levy on Freedonian timber.", RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "propose", "Ruritania", ["Freedonia"])


def test_a_planned_change_keeps_its_action():
    m = only("Ruritania plans to lift its quota on Freedonian sugar.", RURITANIA, FREEDONIA)
    assert summary(m) == ("quota", "lift", "Ruritania", ["Freedonia"])
    assert m.why is not None and m.why.startswith("measure.planned-change")


def test_a_proposed_tax_is_proposed():
    m = only("Freedonia proposed a 3% tax on foreign-owned warehouses.", FREEDONIA)
    assert (m.type, m.action, m.imposer, m.magnitude) == ("other", "propose", "Freedonia", "3%")


def test_an_appeal_to_act_is_no_measure():
    assert measures("Freedonia urged Ruritania to lift its embargo.", RURITANIA, FREEDONIA) == []


def test_talks_about_tariffs_are_no_measure():
    assert measures("Officials from Freedonia and Ruritania discussed tariffs on steel.",
                    RURITANIA, FREEDONIA) == []


def test_agreed_talks_on_a_deal_are_an_agreement():
    m = only("Freedonia and Ruritania will open negotiations on a fisheries deal, both said.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "impose")
    assert {m.imposer, *m.targets} == {"Freedonia", "Ruritania"}


# --- hypotheses and forecasts (measure.speculation) ------------------------------------

def test_a_hypothesis_is_no_measure():
    assert measures("If Freedonia scraps its rice quota, prices will fall.", FREEDONIA) == []


def test_the_scrapped_quota_itself_is_lifted():
    m = only("Freedonia scrapped its rice quota.", FREEDONIA)
    assert summary(m) == ("quota", "lift", "Freedonia", [])


def test_an_analysts_forecast_is_no_measure():
    assert measures("Analysts expect Ruritania may impose duties on Freedonian steel.",
                    RURITANIA, FREEDONIA) == []


def test_a_forecast_is_evidence_of_a_measure_stated_elsewhere():
    text = ("Ruritania imposed duties of 30% on Freedonian steel in March. "
            "Analysts predict the duties may be lifted next year.")
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.action, m.magnitude) == ("impose", "30%") and m.text.startswith("Ruritania")


# --- endings, starts and standing measures (measure.ending/-starting/-standing) ---------

def test_quotas_that_expire_are_lifted():
    m = only("Freedonia's import quotas expire at the end of the year.", FREEDONIA)
    assert summary(m) == ("quota", "lift", "Freedonia", [])
    assert m.why == "measure.ending: 'expire' + 'import quotas'"


@pytest.mark.parametrize("verb", ["lapsed", "ended", "was scrapped", "was terminated"])
def test_ending_verbs_lift(verb):
    text = f"The fisheries pact between Freedonia and Ruritania {verb} in March."
    assert only(text, RURITANIA, FREEDONIA).action == "lift"


def test_walking_out_of_a_pact_lifts_it():
    m = only("Freedonia walked out of its 2011 fisheries pact with Ruritania in March.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("agreement", "lift", "Freedonia",
                                                        ["Ruritania"])


def test_quotas_that_remain_are_maintained():
    m = only("Freedonia's import quotas remain in force.", FREEDONIA)
    assert (m.action, m.why) == ("maintain", "measure.standing: 'remain' + 'import quotas'")


def test_duties_that_take_effect_are_imposed():
    m = only("Ruritania's new duties on Freedonian cheese take effect on 1 May.",
             RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])


def test_a_cap_stated_in_the_present_is_maintained():
    m = only("Ruritania caps foreign stakes in its shipping lines at 49%.", RURITANIA)
    assert (m.type, m.action, m.imposer, m.targets, m.magnitude) == (
        "investment_restriction", "maintain", "Ruritania", [], "49%")


def test_a_cap_set_in_the_past_is_imposed():
    m = only("Ruritania capped foreign stakes in its shipping lines at 49% in 2019.", RURITANIA)
    assert m.action == "impose"


def test_a_measure_named_as_fact_is_maintained():
    m = only("Freedonia protested against Ruritania's steel tariffs.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("tariff", "maintain", "Ruritania")


def test_a_bare_mention_with_nobody_named_is_no_record():
    assert measures("Lower taxes were a theme of the campaign in Freedonia.", FREEDONIA) == []


# --- who acts: people, unnamed authorities, companies (parties.py, standing.py) --------

def test_a_person_is_never_the_imposer():
    text = "Freedonian President Okafor raised tariffs on Ruritanian cars to 40%."
    m = only(text, actor(text, "Okafor", "person", role="President"), RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets, m.magnitude) == ("Freedonia", ["Ruritania"], "40%")


def test_a_titled_person_acts_for_the_articles_country():
    text = ("Freedonia is short of cheese. Trade Minister Anna Berg imposed duties on "
            "cheese from Ruritania. Freedonia expects prices to fall.")
    m = only(text, actor(text, "Anna Berg", "person", role="Trade Minister"), RURITANIA,
             FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("tariff", "Freedonia", ["Ruritania"])


def test_an_untitled_person_acts_for_nobody():
    text = "Freedonia is big. Freedonia is rich. Anna Berg imposed a levy on her tenants."
    assert measures(text, actor(text, "Anna Berg", "person"), FREEDONIA) == []


def test_unnamed_inspectors_stand_for_their_country():
    m = only("Ruritanian tax inspectors searched Acme's warehouses.", RURITANIA,
             ("Acme", "organization"))
    assert summary(m) == ("investigation", "investigate", "Ruritania", ["Acme"])


def test_regulators_in_a_capital_stand_for_its_country():
    text = "Regulators in Strelsau fined Acme 2 million crowns."
    strelsau = actor(text, "Strelsau", "place", affiliation="Ruritania")
    m = only(text, strelsau, ("Acme", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == ("other", "impose", "Ruritania",
                                                        ["Acme"])


def test_the_government_of_the_article_acts():
    text = ("Ruritania's economy grew. The government announced new rules for charities "
            "funded from abroad. Critics in Ruritania said little.")
    m = only(text, RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")


def test_rules_nobody_makes_are_no_measure():
    assert measures("The rules of the game are simple, said Anna Berg of Freedonia.",
                    FREEDONIA) == []


def test_it_stands_for_the_authority_named_before():
    text = ("The Freedonia Trade Commission reviewed the sector. In the last two years, it "
            "has imposed fines totalling 3 million crowns on 12 importers.")
    m = only(text, ("Freedonia Trade Commission", "organization"))
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Freedonia Trade Commission")


def test_an_official_body_fines_a_company():
    m = only("The Freedonian competition authority fined Acme 2 million crowns.", FREEDONIA,
             ("Acme", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == ("other", "impose", "Freedonia",
                                                        ["Acme"])
    assert m.magnitude == "2 million crowns"


@pytest.mark.parametrize("text", [
    "Acme raised its prices by 10% and closed its plant in Strelsau.",
    "Acme announced a share buyback and cut its dividend.",
    "Acme signed a supply deal with Globex worth 2 million crowns.",
    "Acme wants a tariff rise of 20% for its water customers in Strelsau.",
    "The firm, which serves Strelsau, wants a tariff rise of 20%.",
    "Acme investigated the causes of the outage at its Strelsau plant.",
])
def test_company_decisions_are_no_measures(text):
    assert measures(text, ("Acme", "organization"), ("Globex", "organization"), RURITANIA) == []


def test_a_company_deal_with_a_state_is_an_agreement():
    m = only("Acme signed a fisheries agreement with Freedonia.", ("Acme", "organization"),
             FREEDONIA)
    assert m.type == "agreement" and {m.imposer, *m.targets} >= {"Freedonia"}


def test_a_firm_settling_a_probe_is_its_target():
    m = only("Acme paid 3 million crowns to settle an antitrust investigation in Freedonia.",
             ("Acme", "organization"), FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("investigation", "Freedonia", ["Acme"])


def test_a_probe_of_nobody_by_nobody_is_no_measure():
    assert measures("Officers are investigating a shooting near the harbour.") == []


def test_a_defendant_on_trial_is_the_target():
    text = "Ruritania is tense. In Ruritania, former minister Anna Berg is on trial for fraud."
    m = only(text, RURITANIA, actor(text, "Anna Berg", "person"))
    assert (m.type, m.action, m.targets) == ("investigation", "investigate", ["Anna Berg"])


def test_a_sports_trial_is_no_probe():
    assert measures("The striker impressed on trial at the club last week.") == []


def test_in_a_sports_report_countries_are_teams():
    text = ("Freedonia beat Ruritania 3-1 in the cup final. Freedonia's striker scored twice "
            "and the coach praised the fans after the match. The win keeps the club's "
            "season alive, and Freedonia agreed a new deal with its goalkeeper.")
    assert measures(text, RURITANIA, FREEDONIA) == []


# --- WTO disputes (measure.wto-complaint) ------------------------------------------------

def test_a_wto_complaint_is_the_complainants_investigation():
    text = ("Freedonia filed a complaint at the World Trade Organization over Ruritania's wine "
            "labels.")
    m = only(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization"))
    assert summary(m) == ("investigation", "investigate", "Freedonia", ["Ruritania"])
    assert m.why is not None and m.why.startswith("measure.wto-complaint")


def test_the_tariffs_complained_of_are_their_own_record():
    text = "Freedonia lodged a WTO complaint against Ruritania's steel tariffs."
    found = measures(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization",
                                                  "WTO"))
    assert [summary(m) for m in found] == [
        ("investigation", "investigate", "Freedonia", ["Ruritania"]),
        ("tariff", "maintain", "Ruritania", [])]


def test_a_complaint_away_from_the_wto_is_no_dispute():
    assert measures("Freedonia filed a complaint about noise with the Strelsau council.",
                    FREEDONIA) == []


# --- one record per measure (records.py) -------------------------------------------------

def test_sentences_about_one_measure_make_one_record():
    text = ("Ruritania imposed duties of 25% on Freedonian cheese on Monday. The duties will "
            "be reviewed next year, officials said. Freedonia called the duties unfair.")
    m = only(text, RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])
    assert m.text.startswith("Ruritania imposed")


def test_distinct_steps_make_distinct_records():
    text = ("Ruritania imposed duties of 25% on Freedonian cheese. Freedonia imposed duties of "
            "10% on Ruritanian wine.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.imposer, m.targets, m.magnitude) for m in found] == [
        ("Ruritania", ["Freedonia"], "25%"), ("Freedonia", ["Ruritania"], "10%")]


def test_two_figures_in_one_sentence_are_two_steps():
    text = ("Freedonia cut corporate tax from 30% to 28% and offered income tax cuts worth "
            "2 billion crowns.")
    found = measures(text, FREEDONIA)
    assert [(m.type, m.action) for m in found] == [("subsidy", "impose"), ("subsidy", "impose")]
    assert len({m.magnitude for m in found}) == 2


def test_a_sentence_is_not_glued_into_one_many_party_record():
    text = ("At talks attended by Ruritania, Acme and Globex, Freedonia announced a subsidy "
            "for Acme.")
    m = only(text, RURITANIA, FREEDONIA, ("Acme", "organization"), ("Globex", "organization"))
    assert summary(m) == ("subsidy", "impose", "Freedonia", ["Acme"])


def test_complaints_of_two_sides_in_their_own_clauses_are_two_records():
    text = ("Freedonia filed a WTO complaint against Ruritania in May, and Ruritania filed a "
            "WTO complaint against Freedonia in June.")
    found = measures(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization",
                                                  "WTO"))
    assert [(m.imposer, m.targets) for m in found] == [
        ("Freedonia", ["Ruritania"]), ("Ruritania", ["Freedonia"])]


# --- the 2023-2025 trade domain (invented events, real names) -----------------------------

US = ("United States", "country", "US", "Washington", "United States")
CHINA = ("China", "country", "China", "Beijing")


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Canada imposed 25% tariffs on steel imported from Mexico.",
     [("Canada", "country"), ("Mexico", "country")],
     ("tariff", "impose", "Canada", ["Mexico"])),
    ("Washington added 12 Chinese chipmakers to its entity list on Tuesday.", [US, CHINA],
     ("export_control", "impose", "United States", ["China"])),
    ("Japan lifted its export curbs on chipmaking materials to South Korea.",
     [("Japan", "country"), ("South Korea", "country")],
     ("export_control", "lift", "Japan", ["South Korea"])),
    ("The EU froze the assets of three Russian banks.",
     [("European Union", "organization", "EU")],
     ("sanction", "impose", "European Union", ["Russia"])),
    ("Washington and Beijing agreed to extend their tariff truce by another 90 days.",
     [US, CHINA], ("agreement", "extend", "United States", ["China"])),
    ("The EU imposed provisional anti-dumping duties of up to 35% on electric bicycles made "
     "in Vietnam.", [("European Union", "organization", "EU"), ("Vietnam", "country")],
     ("trade_defence", "impose", "European Union", ["Vietnam"])),
    ("Beijing said it would not lift its ban on Japanese seafood.",
     [CHINA, ("Japan", "country")], ("import_ban", "maintain", "China", ["Japan"])),
    ("Ottawa warned it would impose counter-tariffs on US whiskey unless Washington dropped "
     "its steel levy.", [("Canada", "country", "Ottawa"), US],
     ("tariff", "threaten", "Canada", ["United States"])),
    ("Mexico's tariffs on Chinese cars expire in June.", [("Mexico", "country"), CHINA],
     ("tariff", "lift", "Mexico", ["China"])),
    ("The Treasury sanctioned two Iranian oil traders on Thursday.",
     [("Treasury", "organization")], ("sanction", "impose", "Treasury", ["Iran"])),
])
def test_trade_news(text, actors, expected):
    m = only(text, *actors)
    assert summary(m) == expected


def test_a_wto_complaint_over_export_controls():
    found = measures("China filed a WTO complaint over US chip export controls.", CHINA, US,
                     ("World Trade Organization", "organization", "WTO"))
    assert [summary(m) for m in found] == [
        ("investigation", "investigate", "China", ["United States"]),
        ("export_control", "maintain", "United States", [])]


def test_a_truce_extension_carries_its_length():
    m = only("Washington and Beijing agreed to extend their tariff truce by another 90 days.",
             US, CHINA)
    assert m.magnitude == "90 days"


# --- more frames and sides ----------------------------------------------------------------

def test_may_the_month_is_no_modal():
    m = only("Ruritania imposed duties on Freedonian cheese in May.", RURITANIA, FREEDONIA)
    assert m.action == "impose"


def test_a_consequence_after_an_if_clause_is_no_measure():
    text = "If the traders are convicted, they could face a fine of 2 million crowns in Freedonia."
    assert measures(text, FREEDONIA) == []


def test_a_lower_duty_is_a_duty_not_a_cut():
    m = only("Energy imports from Freedonia face a lower 10% duty.", FREEDONIA)
    assert (m.type, m.action, m.targets, m.magnitude) == ("tariff", "impose", ["Freedonia"], "10%")


def test_the_new_level_is_the_magnitude():
    m = only("Freedonia cut corporate tax from 30% to 28% in its budget.", FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("subsidy", "impose", "28%")


def test_the_speaker_is_what_it_stands_for():
    text = ("The Freedonia Trade Commission told Acme it had opened an antitrust investigation "
            "into Globex.")
    m = only(text, ("Freedonia Trade Commission", "organization"), ("Acme", "organization"),
             ("Globex", "organization"))
    assert (m.type, m.imposer, m.targets) == ("investigation", "Freedonia Trade Commission",
                                              ["Globex"])


def test_the_package_stands_for_its_imposer():
    text = ("Ruritania adopted a sanctions package against Freedonia on Monday. The package bans "
            "imports of Freedonian steel.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [summary(m) for m in found] == [
        ("sanction", "impose", "Ruritania", ["Freedonia"]),
        ("import_ban", "impose", "Ruritania", ["Freedonia"])]


def test_who_is_expected_to_act_acts():
    m = only("Freedonia expects Ruritania to lift its quota on Freedonian sugar.",
             RURITANIA, FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("lift", "Ruritania", ["Freedonia"])


def test_a_budget_step_naming_no_one_is_the_governments():
    text = ("The Ruritanian government announced higher social spending on Monday. Pensioners "
            "will be exempt from the new property tax. Ruritania expects growth of 2%.")
    found = measures(text, RURITANIA)
    assert [summary(m) for m in found] == [("other", "impose", "Ruritania", []),
                                           ("subsidy", "impose", "Ruritania", [])]


def test_a_step_naming_no_one_outside_government_talk_is_nobodys():
    text = "Ruritania grew fast. Members need to change domestic laws. Ruritania agreed."
    assert measures(text, RURITANIA) == []


def test_a_probe_in_a_country_is_that_countrys():
    m = only("Traders at Acme face a criminal investigation in Freedonia.", FREEDONIA,
             ("Acme", "organization"))
    assert summary(m) == ("investigation", "investigate", "Freedonia", ["Acme"])


def test_a_capital_taken_for_a_place_still_acts_for_its_state():
    text = "Strelsau hit back, banning exports of timber to Freedonia."
    strelsau = actor(text, "Strelsau", "place", affiliation="Ruritania")
    m = only(text, strelsau, FREEDONIA)
    assert summary(m) == ("export_control", "impose", "Ruritania", ["Freedonia"])


def test_utility_tariffs_make_the_articles_tariffs_prices():
    text = ("Water tariffs in Strelsau have been frozen since 2002. The government rejected a "
            "20% increase in tariffs, Ruritania's minister said.")
    assert [m for m in measures(text, RURITANIA) if m.type == "tariff"] == []


def test_a_business_deal_with_a_state_is_no_agreement():
    assert measures("Acme signed a supply agreement with Freedonia.", ("Acme", "organization"),
                    FREEDONIA) == []


def test_an_extension_noun_names_the_action():
    m = only("Ruritania and Freedonia agreed a six-month extension of their fisheries pact.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("agreement", "extend", "six-month")


def test_the_end_of_a_year_ends_nothing():
    assert measures("At the end of the year Ruritania will hold fisheries talks.", RURITANIA) == []


def test_a_deal_reported_from_the_other_side_is_the_same_deal():
    text = ("Ruritania and Freedonia signed a free trade agreement on Thursday. Freedonia's "
            "prime minister called the pact a landmark.")
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "impose")
    assert {m.imposer, *m.targets} == {"Ruritania", "Freedonia"}


def test_deals_of_different_sizes_are_different_deals():
    text = ("The Freedonia Securities Commission agreed a deal worth 3 million crowns with Acme. "
            "Separately, the commission reached a 5 million crowns deal with Globex.")
    found = measures(text, ("Freedonia Securities Commission", "organization"),
                     ("Acme", "organization"), ("Globex", "organization"))
    assert [m.magnitude for m in found] == ["3 million crowns", "5 million crowns"]


def test_a_challenge_at_the_wto_is_the_challengers_and_the_panel_imposes_nothing():
    text = ("Freedonia challenged Ruritania's timber export ban at the WTO in 2019, and a WTO "
            "panel ruled against Strelsau in 2022.")
    found = measures(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization",
                                                  "WTO"))
    assert summary(found[0]) == ("investigation", "investigate", "Freedonia", ["Ruritania"])
    assert all(m.imposer != "World Trade Organization" for m in found)


def test_a_challenge_away_from_the_wto_is_no_probe():
    assert measures("Freedonia challenged Ruritania to a football match.", RURITANIA,
                    FREEDONIA) == []


def test_an_object_list_does_not_run_into_an_attribution():
    text = "Ruritania will ban exports of timber from June, President Anna Berg announced."
    m = only(text, RURITANIA, actor(text, "Anna Berg", "person", affiliation="Ruritania"))
    assert summary(m) == ("export_control", "impose", "Ruritania", [])


def test_an_object_list_runs_through_its_commas():
    m = only("Ruritania banned exports of timber, copper and tin to Freedonia.", RURITANIA,
             FREEDONIA)
    assert m.targets == ["Freedonia"]


def test_accused_of_ends_the_object_phrase():
    text = ("The Ruritania Treasury sanctioned three Acme units accused of selling drones to "
            "Freedonia.")
    m = only(text, ("Ruritania Treasury", "organization"), ("Acme", "organization"), FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("sanction", "Ruritania Treasury", ["Acme"])


def test_weighing_whether_to_ease_is_a_planned_change():
    m = only("Ruritania weighs whether to ease restrictions on Freedonian timber imports.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("import_ban", "ease", "Ruritania")


def test_not_renewing_licences_ends_them():
    m = only("Ruritania said it would not renew the export licences of Acme.", RURITANIA,
             ("Acme", "organization"))
    assert (m.type, m.action, m.imposer) == ("export_control", "lift", "Ruritania")


def test_actors_of_a_condition_do_not_act():
    text = ("Strelsau warned it would respond if Freedonia's duties hurt Ruritanian farmers, and "
            "said it had opened an anti-dumping investigation into Freedonian wheat.")
    found = measures(text, RURITANIA, FREEDONIA)
    probe = next(m for m in found if m.type == "trade_defence")
    assert (probe.action, probe.imposer, probe.targets) == ("investigate", "Ruritania",
                                                            ["Freedonia"])


def test_a_denied_step_is_no_measure():
    assert measures("Ruritania's minister denied that he was raising taxes on fuel.",
                    RURITANIA) == []


def test_a_step_said_outright_is_a_measure():
    m = only("Ruritania's minister said that he was raising taxes on fuel.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")


def test_a_measure_word_naming_a_body_is_no_measure():
    text = "Ruritania's public spending watchdog criticised the accounts of Freedonia."
    assert measures(text, RURITANIA, FREEDONIA) == []


def test_a_government_in_general_is_no_authority():
    text = ("Ruritania votes soon. People want a government that upholds the rules, Anna Berg "
            "said. Ruritania's mood is sour.")
    assert measures(text, RURITANIA, actor(text, "Anna Berg", "person")) == []


def test_a_call_for_a_probe_is_a_proposal():
    m = only("Freedonia's minister said the Ruritania Trade Office should investigate Acme.",
             FREEDONIA, ("Ruritania Trade Office", "organization"), ("Acme", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == (
        "investigation", "propose", "Ruritania Trade Office", ["Acme"])


def test_a_probe_opened_is_investigated():
    m = only("The Ruritania Trade Office opened an antitrust investigation into Acme.",
             ("Ruritania Trade Office", "organization"), ("Acme", "organization"))
    assert (m.action, m.imposer, m.targets) == ("investigate", "Ruritania Trade Office", ["Acme"])


def test_a_step_once_something_happens_is_no_measure():
    assert measures("Acme will pay 5 million crowns once the Freedonian government approves "
                    "the deal.", ("Acme", "organization"), FREEDONIA) == []


def test_a_firm_investigating_opportunities_in_a_country_is_no_probe():
    assert measures("Acme said it would investigate further opportunities in Freedonia.",
                    ("Acme", "organization"), FREEDONIA) == []


def test_a_person_is_a_target_of_a_probe_not_of_a_deal():
    text = "Ruritania's prime minister Anna Berg called for reform of Freedonia's fisheries pact."
    m = only(text, RURITANIA, FREEDONIA, actor(text, "Anna Berg", "person"))
    assert "Anna Berg" not in m.targets and m.type == "agreement"


def test_a_retaliation_is_its_own_record():
    text = ("Freedonia imposed 25% tariffs on Ruritanian steel on Monday. Ruritania said it "
            "would retaliate with 25% tariffs on Freedonian wine.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.imposer, m.targets) for m in found] == [("Freedonia", ["Ruritania"]),
                                                       ("Ruritania", ["Freedonia"])]


def test_the_level_a_cut_sets_is_its_magnitude():
    m = only("Freedonia will halve its 40% duty on Ruritanian wine to 20%.", RURITANIA,
             FREEDONIA)
    assert (m.action, m.magnitude) == ("ease", "20%")


def test_firms_sent_objections_are_their_targets():
    text = ("Acme and Globex were sent statements of objections by the Freedonia Competition "
            "Commission in July.")
    m = only(text, ("Acme", "organization"), ("Globex", "organization"),
             ("Freedonia Competition Commission", "organization"))
    assert (m.type, m.imposer, m.targets) == ("investigation", "Freedonia Competition Commission",
                                              ["Acme", "Globex"])


def test_a_probe_still_going_on_in_a_country_is_its():
    m = only("Regulatory investigations of Acme are still going on in Freedonia.", FREEDONIA,
             ("Acme", "organization"))
    assert (m.imposer, m.targets) == ("Freedonia", ["Acme"])


def test_a_probe_of_operations_in_a_country_is_not_its():
    text = ("The Ruritania Trade Office sent a statement of objections about Acme's operations "
            "in Freedonia.")
    m = only(text, FREEDONIA, ("Ruritania Trade Office", "organization"), ("Acme", "organization"))
    assert m.imposer == "Ruritania Trade Office"


def test_an_order_imposing_tariffs_is_the_tariffs():
    m = only("Freedonia signed an executive order imposing 25% tariffs on Ruritanian steel.",
             RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Freedonia", ["Ruritania"])


def test_an_order_on_its_own_is_a_measure():
    m = only("Freedonia signed an executive order on Monday.", FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Freedonia")
