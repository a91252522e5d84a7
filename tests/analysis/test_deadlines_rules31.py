"""Deadline rules of the thirty-first session, on invented sentences (GUIDELINES.md 5.1: a
step a state or a public body says it will take at a time; a rule that binds a class from
a day, told in a future passive)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze

PUBLISHED = "2005-05-10"


def _due(text: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(d.date, d.text) for d in found.deadlines]


def _rules(text: str) -> list[str]:
    found = analyze(text, dt.date.fromisoformat(PUBLISHED))
    return [(d.why or "").split(":")[0] for d in found.deadlines]


# --- a step a state or a public body says it will take ------------------------------------

def test_a_body_that_says_it_will_act_by_a_time_sets_a_deadline():
    assert _due("The Food Standards Agency said it would inspect every abattoir in the "
                "region within two weeks.") == [("2005-05-24", "two weeks")]
    assert _due("Moscow would put forward a draft resolution by the end of June, a Russian "
                "diplomat said.") == [("2005-06-30", "the end of June")]


def test_a_body_s_own_unit_taking_the_step_counts():
    assert _due("The Thai government said its Rice Department will test every shipment "
                "bound for Japan from next month.") == [("2005-06-01", "next month")]
    assert _rules("The Securities Commission said its inspectors would begin checks on "
                  "the books of all brokers in July.") == ["deadline.official-step"]


def test_deliberation_and_being_somewhere_are_no_steps():
    assert _due("Governor Ed Brand said he would decide by Friday.") == []
    assert _due("The ministry will review progress in mid-June.") == []
    assert _due("The commission would propose next week that farms keep poultry "
                "indoors.") == []
    assert _due("The president will be in Paris on Monday.") == []


def test_a_body_inside_the_subject_or_a_firm_acting_is_no_step():
    assert _due("Sales of electric cars in the US are set to double in 2006.") == []
    assert _due("Net users in China will exceed 150 million by 2008.") == []
    assert _due("The government said the company will open its plant in March.") == []


def test_a_meeting_is_still_no_deadline():
    assert _due("China said it will hold talks with Japan in June.") == []


def test_a_team_in_a_sports_report_takes_no_step():
    assert _due("Ireland will close their bid to reach the World Cup finals by playing "
                "Switzerland in Dublin on 12 October, the coach said after the match.") == []


# --- a rule that binds a class from a day, in a future passive ----------------------------

def test_a_class_allowed_or_barred_from_a_day_is_a_rule_taking_effect():
    assert _due("Travellers will be allowed to carry no more than 1,000 ringgit in cash "
                "from Oct. 1.") == [("2005-10-01", "Oct. 1")]
    assert _due("Older planes would be barred from landing at the country's airports "
                "from April 2006.") == [("2006-04-01", "April 2006")]
    assert _due("The relief scheme will be closed to new projects from 31 July next "
                "year.") == [("2006-07-31", "31 July next year")]


def test_a_firm_letting_customers_do_something_is_no_rule():
    assert _due("Customers will be allowed to buy the phone from March, the company "
                "said.") == []


# --- a span an official grants, an order whose object stands before "to" ----------------

def test_a_span_an_official_grants_counts_from_the_day_told():
    assert _due("The court gave the ministry 90 days to issue a new "
                "determination.") == [("2005-08-08", "90 days")]
    assert _due("The Treasury on Wednesday gave banks a month to wind down their dealings "
                "with the two firms.") == [("2005-06", "a month")]
    assert _rules("The court gave the ministry 90 days to issue a new "
                  "determination.") == ["deadline.granted"]


def test_a_span_granted_on_a_vague_day_or_only_hoped_gives_no_deadline():
    assert _due("In March the European Union gave them five months to comply.") == []
    assert _due("The plan would give the ministry 90 days to issue a new "
                "determination.") == []


def test_an_order_or_request_with_its_object_before_to_is_due_then():
    assert _due("The Federal Trade Commission asked interested parties to submit their "
                "views within 30 days.") == [("2005-06-09", "30 days")]
    assert _due("Japan's finance ministry told exporters to register within 10 "
                "days.") == [("2005-05-20", "10 days")]


def test_a_firm_asking_its_unit_to_answer_is_no_order_of_state():
    assert _due("The parent company asked its unit's committee to respond by "
                "May 31.") == []


# --- a measure that took effect on the day of publication ----------------------------------

def _found(text: str, published: str) -> list[tuple[str, str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(d.date, d.text, d.what) for d in found.deadlines]


def test_a_measure_that_took_effect_on_the_day_published_is_due_that_day():
    # 2025-04-10 is a Thursday
    assert _found("Ottawa answered with duties of 25% on all US steel, which took effect on "
                  "Thursday.", "2025-04-10") == [
        ("2025-04-10", "Thursday", "the duties on all US steel took effect")]
    assert _found("The measures, which took effect Thursday, were first announced last "
                  "year.", "2025-04-10") == [
        ("2025-04-10", "Thursday", "the measures took effect")]


def test_a_measure_that_took_effect_before_the_day_published_is_history():
    assert _found("The duties took effect on Tuesday.", "2025-04-10") == []
    assert _found("The ban came into force on 1 March.", "2025-04-10") == []


# --- an aside in brackets is read through -------------------------------------------------

def test_a_short_aside_in_brackets_does_not_cut_the_clause():
    assert _due("People leaving the country will be allowed to carry no more than 1,000 "
                "ringgit ($263) in cash from Oct. 1.") == [("2005-10-01", "Oct. 1")]
    assert _due("The Commerce Ministry said it will levy duties of 0.2 yuan (1.3p) per "
                "garment on textile exports from 1 January.") == [("2006-01-01", "1 January")]


def test_a_forecast_under_a_body_s_name_is_no_step():
    assert _due("Past Congressional Budget Office (CBO) forecasts said there would be a "
                "$348bn shortfall in the 2006 fiscal year.") == []


# --- an outcome expected of officials -------------------------------------------------------

def test_an_act_expected_of_officials_by_a_time_is_due_then():
    assert _due("Lawmakers are expected to approve the package by the end of "
                "October.") == [("2005-10-31", "the end of October")]


def test_a_figure_expected_to_move_is_still_a_forecast():
    assert _due("Officials expect the deficit to widen by 2007.") == []
    assert _due("Analysts expect prices to rise by the end of October.") == []


def test_an_official_s_policy_act_from_a_day_takes_effect_then():
    assert _due("The government has announced that firms will be barred from 2007 from "
                "imposing arbitrary retirement ages.") == [("2007-01-01", "2007")]


def test_a_forecast_or_a_firm_s_schedule_from_a_day_is_no_deadline():
    assert _due("The finance ministry said economic growth will slow to 1.6% starting in "
                "the next fiscal year.") == []
    assert _due("The airline said two new flights would leave Bombay on Monday nights "
                "from March 30.") == []


def test_what_officials_expect_in_a_relative_clause_is_the_clause_before():
    assert _found("The minister said the rules would come into force once the government "
                  "notified them, which officials expect by the end of February.",
                  "2006-02-01") == [
        ("2006-02-28", "the end of February",
         "the rules would come into force once the government notified them")]


def test_a_body_named_by_its_common_noun_takes_its_step_too():
    assert _due("The agriculture ministry said it would test every cattle herd in the "
                "province by the end of June.") == [("2005-06-30", "the end of June")]
    assert _rules("The government said it would open the country's highways to foreign "
                  "trucks by next January.") == ["deadline.official-step"]


def test_an_official_that_undergoes_something_takes_no_step():
    assert _due("The chancellor set out targets on which the government will be judged in "
                "2007.") == []


def test_a_briefing_or_a_visit_of_officials_is_no_step():
    assert _due("Officials will brief reporters on the sanctions package on Friday.") == []
    assert _due("The trade minister will visit Beijing in June.") == []


def test_they_opening_the_next_sentence_refers_back_to_the_measure():
    assert _found("The EU imposed duties on Chinese shoes. They will expire on 1 March 2006.",
                  "2005-02-15") == [("2006-03-01", "1 March 2006",
                                     "the duties on Chinese shoes will expire")]
    assert _found("The EU imposed duties on Chinese shoes. They will meet again on 1 March.",
                  "2005-02-15") == []
