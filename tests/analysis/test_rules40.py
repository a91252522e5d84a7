"""Rules of the fortieth session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2024-05-02") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_measure_kept_past_an_aside_of_examples():
    # GUIDELINES 4.2: background in force is recorded with its own action (maintain)
    assert _records("A 20 percent safeguard duty on imports of tiles from countries with which"
                    " Peru has no trade pact, including Brazil, Chile and Spain, will remain in"
                    " force until the end of June, Deputy Trade Minister Ana Quispe said.") == [
        ("trade_defence", "maintain", "Peru")]
    assert _records("Tariffs on steel from several countries, notably Turkey and Vietnam, will"
                    " stay in place until June, Peru's trade ministry said.")[0][:2] == (
        "tariff", "maintain")


def test_a_duty_laid_on_a_class_named_with_what_it_deals_in():
    # GUIDELINES 4.3 other: a law placing duties on a class of bodies
    assert _records("Foreign owners of farmland must also register their holdings with the"
                    " Kenya Revenue Authority by December 31, the Kenyan government"
                    " said.") == [("other", "impose", "Kenya")]
    assert _records("NAIROBI, May 2 (Reuters) - Companies that obtain a mining licence must"
                    " employ at least 40 local staff within a year, the Kenyan government"
                    " said.") == [("other", "impose", "Kenya")]
    assert _records("Firms operating the two biggest gas fields will have to hand 60% of their"
                    " output to the state from January 1, Bolivia's government said.") == [
        ("other", "impose", "Bolivia")]
    # a rule in lower case that the duty is laid under
    assert _records("Tobacco companies must sell cigarettes in plain packets under the new"
                    " plain packaging law, Kenya's health ministry said.")[0][:2] == (
        "other", "impose")


def test_a_dateline_names_the_state_of_a_duty_no_one_is_told_to_lay():
    assert _records("LIMA, May 2 (Reuters) - Importers must register every shipment from"
                    " March 1.") == [("other", "impose", "Peru")]
    # the dateline's city is no imposer when the government is told
    assert _records("MINSK - Importers must register every shipment from March 1, the"
                    " Belarusian government said.") == [("other", "impose", "Belarus")]


def test_a_name_ending_in_s_is_no_class_of_bodies():
    # GUIDELINES 4.1: an ultimatum to a state is no duty laid on a class
    assert ("other", "impose", "Belarus") not in _records(
        '"Belarus must return the stolen oil by Friday," Russian Economy Minister Viktor'
        " Solntsev told reporters in Moscow.")
    assert _records("Cyprus must cut its deficit by 2026 under the new rules.") == []


def _deadlines(text: str, published: str = "2024-05-02") -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_a_deal_of_a_state_and_a_body_named_with_its_short_form():
    # GUIDELINES 4.3 agreement: a joint commitment between parties
    assert ("agreement", "impose", "Chile") in _records(
        "Chile and the Southern African Development Community (SADC) agreed last March to"
        " create a free trade area by 2030.")


def test_a_share_foreigners_are_let_hold_is_eased():
    # GUIDELINES 4.3 investment_restriction: caps foreign ownership
    assert _records("Peru will let foreign banks hold as much as 74 percent of local lenders"
                    " from April.")[0][:2] == ("investment_restriction", "ease")
    assert _records("The Ministry of Transport has proposed allowing foreign airlines to own up"
                    " to 40 percent of Peruvian carriers.")[0][0] == "investment_restriction"
    assert _records("Other foreign investors may already own up to 49 percent of a domestic"
                    " airline, the Peruvian government said.") == [
        ("investment_restriction", "maintain", "Peru")]
    # an analyst's word on what rules let is no step
    assert _records("The rules let foreign investors buy up to 10 percent of the shares, an"
                    " analyst said.") == []


def test_a_class_still_barred_from_acting_is_a_duty_kept():
    # GUIDELINES 4.3 other (a duty on a class), 4.4 maintain
    assert _records("LIMA, May 2 (Reuters) - Private carriers remain barred from flying to"
                    " Europe, the most lucrative market for Peruvian travellers.") == [
        ("other", "maintain", "Peru")]
    assert _records("Players remain banned from playing in the league after the scandal.") == []


def test_a_state_recognised_as_a_market_economy():
    # GUIDELINES 4.3 other: a state's status that changes how dumping is proven
    assert _records("Chile recognised Vietnam as a market economy in 2004.") == [
        ("other", "impose", "Chile")]
    assert _records("The EU granted market economy status to Russia in 2002.") == [
        ("other", "impose", "European Union")]


def test_a_grant_of_money_to_owners_of_vehicles():
    # GUIDELINES 4.3 subsidy: money given to a group
    assert _records("Owners of taxis and buses will get a cash rebate of 600 pesos a year from"
                    " April, Peru's finance minister said.")[0][:2] == ("subsidy", "impose")


def test_a_past_hint_inside_a_hyphened_word_does_not_date_the_clause():
    # GUIDELINES 5.1: a start to come
    assert _deadlines("Chile will allow exports of raw and semi-finished copper again from"
                      " Monday.", "2024-05-02") == [
        ("2024-05-06", "Chile will allow exports of raw and semi-finished copper")]


def test_a_step_decided_that_starts_on_a_later_day():
    assert _deadlines("Peru has cleared two private airlines to fly to Madrid from January,"
                      " Transport Minister Ana Quispe said.", "2024-12-03") == [
        ("2025-01-01", "Peru has cleared two private airlines to fly to Madrid")]
    assert _deadlines("The government has banned exports of onions from January 1.",
                      "2024-12-03")[0][0] == "2025-01-01"
    # a firm's own step is no deadline
    assert _deadlines("Acme has raised its prices from January.", "2024-12-03") == []


def test_spans_of_a_measure_that_applies_or_is_laid():
    assert _deadlines("South Africa imposed duties on bolts from China on Friday. The duties,"
                      " published in the Government Gazette on Friday, apply for six months.",
                      "2024-07-16") == [("2025-01", "the duties apply")]
    assert _deadlines("Chile will exempt salmon exporters from corporate tax for three years, the"
                      " finance minister said.", "2024-03-10") == [
        ("2027", "Chile will exempt salmon exporters from corporate tax until then")]
    # who may apply for a span applies for something
    assert _deadlines("Firms can apply for six months.") == []


def test_an_aim_to_take_a_step_once_at_a_bare_time():
    assert _deadlines("Bangkok now aims to sign the economic partnership agreement with Japan"
                      " early next year.", "2024-11-08") == [
        ("2025", "Bangkok now aims to sign the economic partnership agreement with Japan")]
    # the year a quota is for is no time to act by
    assert _deadlines("EU fisheries ministers have agreed to cut the amount of cod that can be"
                      " caught in the North Sea next year by 15%.", "2024-12-20") == []
    # talks finished by a day are an outcome due
    assert _deadlines("Negotiators aim to finish talks on the full agreement by the end of"
                      " 2025.", "2024-11-08") == [
        ("2025-12-31", "negotiators aim to finish talks on the full agreement")]


def test_a_second_step_with_its_own_time_leaves_the_first_label():
    labels = _deadlines("The ministry aims to send the draft to the cabinet this month and to"
                        " the assembly by the end of the year.", "2024-11-08")
    assert ("2024-11", "the ministry aims to send the draft to the cabinet") in labels


def _people(text: str, published: str = "2024-05-02"
            ) -> dict[str, tuple[str, str | None, str | None]]:
    return {a.name: (a.kind, a.role, a.affiliation)
            for a in analyze(text, dt.date.fromisoformat(published)).actors}


def test_a_portfolio_of_words_no_list_knows_is_no_body():
    # GUIDELINES 2.6: the title as written; 2.3: a portfolio names no body
    found = _people("Prices will rise, Agro-Industry Minister Devanand Ramkalawon said.")
    assert found == {"Devanand Ramkalawon": ("person", "Agro-Industry Minister", None)}
    found = _people("Domestic Trade and Consumer Affairs Minister Mohamad Nor Ismail warned"
                    " traders.")
    assert found["Mohamad Nor Ismail"][1] == "Domestic Trade and Consumer Affairs Minister"
    # a party's adjective before a lower-case post stays the party's (2.7)
    found = _people("Ads will be curbed. Lib Dem health spokesman Paul Burstow said the plans"
                    " were weak.")
    assert found["Paul Burstow"] == ("person", "health spokesman", "Liberal Democrats")


def test_an_employer_after_its_home_and_a_party_before_its_short_form():
    # GUIDELINES 2.7: the organization the person works for or represents
    found = _people("Manuel Pereira, managing director of Durban-based Coastal Fastener"
                    " Supplies, said prices would rise.")
    assert found["Manuel Pereira"][2] == "Coastal Fastener Supplies"
    found = _people("Opposition Democratic Action Party (DAP) MP Teresa Goh said the increase"
                    " would hurt families.")
    assert found["Teresa Goh"] == ("person", "MP", "Democratic Action Party")


def test_a_title_that_is_also_a_papers_name_before_a_name_and_its_employer():
    found = _people("Economist Palesa Ramokoena of the Central Bank of Lesotho said textiles"
                    " matter.")
    assert found["Palesa Ramokoena"][:2] == ("person", "Economist")


def test_a_consultant_in_apposition_is_a_person():
    found = _people("Kapil Anand, an aviation consultant with the Centre for Asia Pacific"
                    " Aviation, said the rule was designed to keep airlines out.")
    assert found["Kapil Anand"] == ("person", "aviation consultant with the Centre for Asia"
                                    " Pacific Aviation", "Centre for Asia Pacific Aviation")


def test_an_everyday_word_a_town_is_called_opening_a_sentence():
    # GUIDELINES 2.3: no actor
    assert "Mobile" not in _people("Mobile telephony has grown fast. Jamii runs a mobile"
                                   " network.")
    assert "Union" not in _people("Union general secretary Motlatsi Lerotholi said the union"
                                  " would strike.")
    # a place the article never writes in lower case stays one
    assert _people("England coach Andy Robinson said the team was ready.")["England"][0] \
        == "place"


def test_the_state_gazette_is_no_actor():
    assert _people("The duties, published in the Government Gazette on Friday, apply for six"
                   " months.") == {}


def test_a_states_body_named_with_its_short_form_telling_of_the_step_takes_it():
    # GUIDELINES 4.5: the most specific named actor presented as acting
    assert _records("PRETORIA, July 16 (Sapa) - South Africa has imposed provisional"
                    " anti-dumping duties of up to 86 percent on bolts from China, the"
                    " International Trade Administration Commission (ITAC) said on"
                    " Friday.") == [
        ("trade_defence", "impose", "International Trade Administration Commission")]


def test_a_ban_by_its_verb_is_labelled_by_what_it_bans():
    assert _deadlines("India has banned exports of pulses until March 31 next year, the"
                      " Directorate General of Foreign Trade said on Friday.", "2006-06-23") == [
        ("2007-03-31", "the ban on exports of pulses in force until then")]


def test_a_decision_still_to_take_is_no_duty_laid_on_a_class():
    # GUIDELINES 4.4: put forward, not adopted
    assert _records("The Commission proposed duties on fertiliser from Peru that would rise to"
                    " about 50% within three years; member states must still approve"
                    " them.") == [("tariff", "propose", None)]
    # a duty an international body lays on its members stays one (4.3 other)
    assert ("other", "impose") in [r[:2] for r in _records(
        "Under the tuna commission's rules, member countries must submit fishing plans by"
        " March 1.")]


def test_a_label_drops_a_short_form_and_the_day_a_word_was_given():
    assert _deadlines("Chile and the Southern African Development Community (SADC) agreed last"
                      " October to create a free trade area by 2030.", "2024-08-11") == [
        ("2030", "Chile and the Southern African Development Community agreed to create a"
                 " free trade area")]


def test_islands_are_places():
    assert _people("Indonesia will allow exports of raw rattan from Sulawesi and Kalimantan"
                   " again from Monday.")["Sulawesi"][0] == "place"
