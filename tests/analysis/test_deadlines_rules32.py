"""Deadline rules of the thirty-second session, on invented sentences (GUIDELINES.md 5.1):
a verb joined to a sentence whose subject refers back to the measure before shares that
subject ("They had been due to expire on Sunday and will now run until ...")."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze

PUBLISHED = "2006-02-13"


def _deadlines(text: str) -> list[tuple[str, str, str]]:
    found = analyze(text, dt.date.fromisoformat(PUBLISHED))
    return [(d.date, d.text, d.what) for d in found.deadlines]


def test_a_joined_verb_shares_the_back_reference_of_the_sentence_s_subject():
    found = _deadlines("EU foreign ministers extended the sanctions against Zimbabwe. They "
                       "had been due to expire on Sunday and will now run until 20 February "
                       "2007.")
    assert [(date, text) for date, text, _ in found] == [("2007-02-20", "20 February 2007")]
    assert found[0][2].startswith("the sanctions against Zimbabwe will")
    found = _deadlines("Canada lifted its ban on beef from the United States. The rules, "
                       "which lapsed on Friday, were replaced. The curbs were eased last "
                       "week and will end on 30 June.")
    assert ("2006-06-30", "30 June") in [(date, text) for date, text, _ in found]


def test_a_joined_verb_after_a_subject_that_is_no_reference_sets_nothing():
    assert _deadlines("EU foreign ministers extended the sanctions against Zimbabwe. Officials "
                      "met on Friday and will meet again on 1 March 2007.") == []
    assert _deadlines("EU foreign ministers extended the sanctions against Zimbabwe. Farmers "
                      "protested on Sunday and will march again until 20 February 2007.") == []


def test_a_step_expected_over_the_next_span_is_due_at_its_end():
    found = analyze("The government plans to phase out the fuel subsidy over the next two "
                    "years.", dt.date(2005, 3, 1)).deadlines
    assert [(d.date, d.text) for d in found] == [("2007", "the next two years")]
    assert analyze("The subsidy was paid over two years.", dt.date(2005, 3, 1)).deadlines == []


def test_a_pronoun_for_the_measure_as_the_object_of_an_expectation_refers_back():
    found = analyze("Germany wants the EU arms embargo on China to end. He expects it to be "
                    "lifted over the next six months.", dt.date(2005, 3, 1)).deadlines
    assert [(d.date, d.text, d.measure) for d in found] == [
        ("2005-09", "the next six months", 0)]
    assert "embargo" in found[0].what and " it " not in f" {found[0].what} "
    assert analyze("Russia banned Polish meat in November. Analysts expect it to be a long "
                   "dispute over the next months.", dt.date(2005, 3, 1)).deadlines == []


def _dates(text: str, published: str = "2006-05-20") -> list[tuple[str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(d.date, d.text) for d in found.deadlines]


def test_what_a_body_must_settle_by_a_time_is_due_then():
    assert _dates("The regulator said it would look at the charges again within 12 months."
                  ) == [("2007-05", "12 months")]
    assert _dates("The ministry said it would review the ban by the end of June.") == [
        ("2006-06-30", "the end of June")]
    # a meeting's day, a standing time for every case: no deadline
    assert _dates("The committee will meet by the end of June to discuss the ban.") == []
    assert _dates("The ministry will rule on each application within 45 working days.") == []


def test_a_body_s_output_expected_by_a_time_counts_with_the_body_named():
    assert _dates("The Fisheries Standards Agency (FSA) ordered the withdrawal. The FSA "
                  "expects to publish a complete list of recalled foods by Monday.") == [
        ("2006-05-22", "Monday")]
    assert _dates("The Department for Transport said it expected to give its decision "
                  "within 30 days.") == [("2006-06-19", "30 days")]
    assert _dates("Acme expects to publish its annual report by March.") == []


def test_a_body_s_decision_or_report_due_by_a_time_counts():
    assert _dates("A decision by the five-member commission is expected by Dec. 30.",
                  "2005-11-10") == [("2005-12-30", "Dec. 30")]
    assert _dates("A spokesman for the trade commissioner said a decision could come by the "
                  "end of the month.", "2005-11-10") == [("2005-11-30", "the end of the month")]
    assert _dates("The chief veterinary officer said the inspectors would report within 60 "
                  "days.", "2005-11-10") == [("2006-01-09", "60 days")]
    assert _dates("The Competition Commission said it would publish an issues statement "
                  "within a month.", "2005-11-10") == [("2005-12", "a month")]
    # a firm's report, a report told only "in" a season: no deadline
    assert _dates("Acme said its report would come by March.", "2005-11-10") == []
    assert _dates("A review led by the tax office would report in the spring.",
                  "2005-11-10") == []


def test_labels_keep_a_participle_phrase_and_name_a_relative_clause_s_noun():
    found = analyze("Other VAT changes announced in the Budget will go ahead as planned from 1 "
                    "October.", dt.date(2012, 5, 28)).deadlines
    assert [d.what for d in found] == [
        "Other VAT changes announced in the Budget will go ahead as planned"]
    found = analyze("Labour has also attacked the freeze on age-related tax allowances for "
                    "pensioners, which takes effect next April.", dt.date(2012, 5, 28)).deadlines
    assert [d.what for d in found] == [
        "the freeze on age-related tax allowances for pensioners takes effect"]


def test_the_adoption_a_proposal_waits_for_is_no_hypothesis():
    assert _dates("If it is passed, the new fuel duty rates would apply from January 1.",
                  "2005-05-20") == [("2006-01-01", "January 1")]
    found = analyze("The EU imposed duties on Chinese shoes in April. If approved, the "
                    "extension would start in February 2006.", dt.date(2005, 5, 20)).deadlines
    assert [(d.date, d.text) for d in found] == [("2006-02", "February 2006")]
    # a condition of another event stays a hypothesis
    assert _dates("If the talks fail, tariffs on steel would rise on 1 July.",
                  "2005-05-20") == []


def test_the_date_a_threat_sets_is_due():
    assert _dates("Trump has threatened to raise his tariff on Canadian goods to 35% from "
                  "August 1.", "2025-07-17") == [("2025-08-01", "August 1")]
    # a threat is no official's step: "the union" may be a trade union
    assert _dates("The union threatened to strike from Monday.", "2025-07-17") == []


def test_what_nothing_done_by_a_time_sets_off_is_due_then():
    found = analyze("If no settlement is reached within 15 days, the judge will recommend how "
                    "much should be paid back.", dt.date(2006, 4, 10)).deadlines
    assert [(d.date, d.what) for d in found] == [("2006-04-25", "a settlement must be reached")]
    found = analyze("If no agency completes that review by Dec. 23, the drone maker will be "
                    "added automatically to the Covered List.", dt.date(2006, 4, 10)).deadlines
    assert [(d.date, d.what) for d in found] == [("2006-12-23",
                                                  "an agency must complete that review")]
    assert _dates("No settlement was reached within 15 days.", "2006-04-10") == []
