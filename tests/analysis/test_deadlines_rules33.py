"""Deadline rules of the thirty-third session, on invented sentences (GUIDELINES.md 5.1,
5.3): what runs for a span named before its verb's clause, steps held off or stopped for
a span, clauses that gap the verb of the one before, a reported clause that opens with its
start, a pronoun that takes effect, a span counted from the day before "after which"; and
the past tense of "agreed", which dates the day of an agreement backwards."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze
from newsdesk.analysis.timex.tense import PAST, tense_at


def _found(text: str, published: str) -> list[tuple[str, str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(d.date, d.text, d.what) for d in found.deadlines]


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(date, text) for date, text, _ in _found(text, published)]


def test_what_runs_for_a_span_may_be_named_before_the_clause_of_its_verb():
    # the policy thing is the antecedent of the relative clause, or an order
    assert _dates("The exemption, which lasts two years, lets growers sell abroad.",
                  "2003-04-10") == [("2005", "two years")]
    assert _dates("The governor's order runs for 60 days and may be extended.",
                  "2003-04-10") == [("2003-06-09", "60 days")]
    # counted from the day the clause before tells
    assert _dates("The levies, which came into force on Tuesday and will last for 200 days, "
                  "cover cold-rolled sheet.", "2019-06-13") == [("2019-12-28", "200 days")]


def test_a_span_that_runs_for_something_other_than_a_policy_sets_nothing():
    assert _dates("The festival, which lasts ten days, is held in the old town.",
                  "2003-04-10") == []
    assert _dates("The strike by dock workers, which lasts 48 hours, began on Monday.",
                  "2003-04-10") == []


def test_a_step_held_off_or_stopped_for_a_span_runs_from_the_day_told():
    assert _dates("Ottawa agreed on Tuesday to hold off for 45 days on its levies on US "
                  "steel.", "2019-03-07") == [("2019-04-19", "45 days")]
    assert _dates("The veterinary service has stopped issuing export permits for cattle "
                  "for 21 days while farms are inspected.", "2008-05-02") \
        == [("2008-05-23", "21 days")]


def test_agreed_is_a_past_verb_that_dates_its_day_backwards():
    found = analyze("The two sides agreed on Tuesday to cut the duties, days before they "
                    "were due to rise.", dt.date(2019, 3, 7))
    assert [(t.text, t.value) for t in found.times] == [("Tuesday", "2019-03-05")]
    found = analyze("Lawmakers decreed on Monday that the tariff would be halved.",
                    dt.date(2019, 3, 7))
    assert [(t.text, t.value) for t in found.times] == [("Monday", "2019-03-04")]
    # a need or a speed is no past verb
    for sentence, tense in (("farmers agreed on friday", PAST), ("farmers need it on friday", None),
                            ("ships speed up on friday", None)):
        at = sentence.index("friday")
        assert tense_at(sentence, sentence, at, at + 6) == tense


def test_a_clause_that_gaps_the_verb_of_the_one_before_is_dated_with_its_own_subject():
    found = _found("Big importers must register from 1 July, and small traders from 1 "
                   "January 2021.", "2020-03-02")
    assert [(date, text) for date, text, _ in found] == [("2020-07-01", "1 July"),
                                                         ("2021-01-01", "1 January 2021")]
    assert found[1][2] == "small traders must register"
    found = _found("Duties on tyres will go up from May 1, and those on glass from June 1.",
                   "2020-03-02")
    assert found[1][:2] == ("2020-06-01", "June 1")
    assert found[1][2].startswith("those on glass will go")


def test_a_gapped_clause_of_a_past_or_of_figures_sets_nothing():
    assert _dates("Exports rose from January, and imports from March.", "2020-03-02") == []
    assert _dates("The ban on pork was lifted by Japan in 2004, and by Korea in 2005.",
                  "2020-03-02") == []


def test_a_reported_clause_may_open_with_its_start():
    assert _dates("The governor has said that from next year lenders will have to publish "
                  "their accounts every quarter under the new rules.", "2007-05-09") \
        == [("2008-01-01", "next year")]
    assert _dates("The minister said that from 1 June all importers must hold a licence.",
                  "2007-05-09") == [("2007-06-01", "1 June")]
    # a reported past sets nothing
    assert _dates("The minister said that in 2006 the duty was doubled.", "2007-05-09") == []


def test_vat_is_a_policy_thing_whose_start_is_due():
    assert _dates("Takeaway pies will attract VAT at 17.5% from 1 July, officials said.",
                  "2009-03-12") == [("2009-07-01", "1 July")]


def test_a_pronoun_that_takes_effect_stands_for_the_policy_thing_before():
    found = _found("The new licensing rules, printed in the official journal on Monday, "
                   "cover all fishing boats. They take effect on 1 August, after which "
                   "owners will have 60 days to apply.", "2011-06-08")
    assert found == [("2011-08-01", "1 August", "the new licensing rules take effect"),
                     ("2011-09-30", "60 days", "owners must apply")]
    # a pronoun for what is no policy thing sets nothing
    assert _dates("The new stadium will seat 40,000 fans. It opens on 1 August.",
                  "2011-06-08") == []


def test_a_clause_with_no_subject_shares_the_policy_thing_named_before_it():
    assert _dates("The trade ministry said the inquiry, sought by the national poultry board, "
                  "would cover frozen chicken as well as eggs, and would normally be finished "
                  "by March 3, 2021, although it could run longer.", "2020-01-14") \
        == [("2021-03-03", "March 3, 2021")]
    found = _found("The minister said the quota would be kept for two more years, and would "
                   "also cover barley from 2022.", "2020-01-14")
    assert ("2022-01-01", "2022") in [(date, text) for date, text, _ in found]
    # what no policy thing is said of sets nothing
    assert _dates("The coach said the team would train in Spain, and would normally be back "
                  "by March 3, 2021.", "2020-01-14") == []


def test_a_step_barred_after_a_day_is_due_on_that_day():
    found = _found("Under the ban, bulbs already in the shops may not be sold after 31 August.",
                   "2009-03-02")
    assert [(date, text) for date, text, _ in found] == [("2009-08-31", "31 August")]
    assert found[0][2].endswith("may not be sold after that day")
    # no policy, a hypothesis, or a step allowed after the day: nothing
    assert _dates("The band may not play after 31 August.", "2009-03-02") == []
    assert _dates("Under the ban, if shops cannot sell the bulbs after 31 August, they will "
                  "return them.", "2009-03-02") == []
    assert _dates("Under the ban, shops may sell the bulbs after 31 August.", "2009-03-02") == []


def test_checks_an_official_body_will_run_are_a_policy_step():
    # (the measure of the sentence is the blacklist's; what the carriers face is checks)
    assert _dates("The commissioner said airlines on the EU blacklist, which is banned from "
                  "European airspace, would also face more frequent safety checks at the "
                  "bloc's ports by the end of the year.", "2006-03-22") \
        == [("2006-12-31", "the end of the year")]


def test_a_rate_set_to_move_to_a_level_on_a_coming_day_is_due_then():
    assert _dates("Canada said it would quadruple its surtax on Chinese aluminium to 40% this "
                  "year.", "2024-06-12") == [("2024", "this year")]
    assert _dates("The levy on imported sugar will go to 30% next Tuesday as planned.",
                  "2024-06-12") == [("2024-06-18", "next Tuesday")]
    assert _dates("The duty on adult tickets will go up from 10% to 12% in October.",
                  "2024-06-12") == [("2024-10", "October")]
    # a rate already moved, or a market's, sets nothing
    assert _dates("Canada quadrupled its surtax on Chinese aluminium to 40% this year.",
                  "2024-06-12") == []
    assert _dates("Shares will go to $40 next week, brokers say.", "2024-06-12") == []


def test_quadrupling_a_tariff_imposes_it():
    found = analyze("Canada said it would quadruple its surtax on Chinese aluminium.",
                    dt.date(2024, 6, 12))
    assert [(m.type, m.action) for m in found.measures] == [("tariff", "impose")]


def test_a_wish_for_the_measure_adopted_by_a_day_is_its_target():
    found = _found("The Commission will put forward a new round of sanctions on Tuesday, and "
                   "wants it adopted by March 3, the day of the summit.", "2023-02-04")
    assert ("2023-03-03", "March 3") in [(date, text) for date, text, _ in found]
    # a pronoun that is a past verb's subject still dates that verb
    assert _dates("The Commission wants the rules, which it adopted in May, by March 3.",
                  "2023-02-04") == []


def test_a_package_is_a_policy_thing_whose_target_is_due():
    assert _dates("Senate leaders aim to send a final relief package to the president by "
                  "March 9.", "2009-02-05") == [("2009-03-09", "March 9")]


def test_a_period_in_apposition_to_a_deadline_s_day_is_a_second_record_of_that_day():
    found = _found("Exporters must file their returns by June 30, the end of the quarter.",
                   "2010-02-01")
    assert [(date, text) for date, text, _ in found] == [
        ("2010-06-30", "June 30"), ("2010-06-30", "the end of the quarter")]
    assert found[0][2] == found[1][2] == "exporters must file their returns"
    # what only says what the day is, or a day that is no deadline, sets nothing more
    assert _dates("Exporters must file their returns by June 30, the date the ministry set.",
                  "2010-02-01") == [("2010-06-30", "June 30")]
    assert _dates("Exports rose in June, the end of the quarter.", "2010-02-01") == []


def test_the_end_of_a_comment_period_an_official_body_runs_is_due():
    assert _dates("The trade office will accept written comments until March 20 and will hold "
                  "a hearing on April 2.", "2025-02-17") == [("2025-03-20", "March 20")]
    # (the hearing is an event, 5.1)


def test_a_deadline_s_label_keeps_its_noun_and_what_is_due_keeps_due():
    assert _found("The agreed deadline is Monday.", "2025-02-04") == [
        ("2025-02-10", "Monday", "the agreed deadline")]
    assert _found("The EU's deadline is March 3.", "2025-02-04")[0][2] == "the EU's deadline"
    assert _found("Officials said the tariffs are due on March 3.", "2025-02-04")[0][2] \
        == "the tariffs are due"


def test_due_to_a_time_is_a_cause_not_a_deadline():
    assert _dates("The drop in imports was partly due to 2026 being a year of record tariffs.",
                  "2025-02-04") == []


def test_a_step_due_before_an_event_is_due_on_the_event_s_day():
    assert _dates("Ministers want the reform to become law before parliament rises in July.",
                  "2006-03-01") == [("2006-07", "July")]
    assert _dates("The exporters want a deal to end the dairy subsidies before the WTO's "
                  "ministerial meeting in Geneva in December.", "2006-03-01") \
        == [("2006-12", "December")]
    assert _dates("The minister said he hoped the assembly would pass the tax bill before "
                  "deputies leave for the summer at the end of the month.", "2006-03-01") \
        == [("2006-03-31", "the end of the month")]
    # the day inside the event's name
    assert _dates("The ministry wants the tariff bill passed before the July 4 recess.",
                  "2006-03-01") == [("2006-07-04", "July 4")]
    # a past step, or an event alone, sets nothing
    assert _dates("Ministers met before the summit in March.", "2006-03-01") == []
    assert _dates("The ministers will meet before the summit in March.", "2006-03-01") == []


def test_a_pronoun_that_acts_on_the_measure_stays_the_label_s_subject():
    found = _found("They want an agreement to phase out fishing subsidies by December.",
                   "2006-03-01")
    assert found[0][2].lower().startswith("they want an agreement")


def test_a_label_keeps_the_verb_phrase_of_its_cue_and_a_subject_s_relative_clause():
    found = _found("The cabinet would publish draft rules in the coming weeks and wanted the "
                   "levy to become law before parliament rises in July.", "2006-03-01")
    assert found[0][2] == "the cabinet wanted the levy to become law"
    found = _found("Growers get $2bn a year in rice subsidies, and the farm law that pays for "
                   "them runs until 2008.", "2006-03-01")
    assert found[0][2] == "the farm law that pays for them runs"
    found = _found("Officials said the quota talks were stuck. It hopes to publish the new "
                   "quota rules by June.", "2006-03-01")
    assert all("quota talks hopes" not in what for _, _, what in found)


def test_what_runs_is_labelled_with_its_own_sentence_s_words():
    found = _found("Peru will lift its duties on toys, the ministry said. The levies on steel, "
                   "which came into force on Tuesday and will last for 200 days, cover coil.",
                   "2026-03-12")
    assert [(date, what) for date, _, what in found] == [
        ("2026-09-26", "the levies on steel will last")]
