"""Deadlines: dates by which something is due, ends or takes effect; past events are not."""

from __future__ import annotations

import re

from newsdesk.analysis.deadlines import extract_deadlines
from newsdesk.analysis.measures import extract_measures
from newsdesk.analysis.model import Actor, Deadline, Mention, TimeExpr
from newsdesk.analysis.sentences import split_sentences


def actor(text: str, name: str, kind: str, *surfaces: str) -> Actor:
    mentions = [Mention(m.start(), m.end(), m.group())
                for s in (surfaces or (name,))
                for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]
    return Actor(name, kind, mentions=mentions)


def time(text: str, surface: str, type_: str, value: str) -> TimeExpr:
    start = text.index(surface)
    return TimeExpr(start, start + len(surface), surface, type_, value)


def deadlines(text: str, times: list[TimeExpr], *actors: tuple,
              published: str | None = "2025-06-02") -> tuple[list[Deadline], list]:
    sentences = split_sentences(text)
    measures = extract_measures(text, sentences, [actor(text, *a) for a in actors], times)
    return extract_deadlines(text, sentences, times, measures, published), measures


def test_a_dated_deadline_to_sell():
    text = ("Markets were calm. Ant Group, Alibaba's payments arm, faces a July 15 deadline to "
            "sell its Indian stake or risk a ban.")
    when = time(text, "July 15", "DATE", "2025-07-15")
    found, measures = deadlines(text, [when], ("Ant Group", "organization"),
                                ("Alibaba", "organization"))
    assert len(found) == 1
    d = found[0]
    assert (d.date, d.start, d.end, d.text) == ("2025-07-15", when.start, when.end, "July 15")
    assert d.what == "Ant Group must sell its Indian stake or risk a ban"
    assert d.measure is not None and measures[d.measure].type == "investment_restriction"


def test_until_at_least_keeps_a_measure():
    text = "Ottawa has decided to keep its tariffs on American steel until at least October 1."
    when = time(text, "October 1", "DATE", "2025-10-01")
    found, measures = deadlines(text, [when], ("Canada", "country", "Ottawa"))
    assert [(d.date, d.what) for d in found] == [
        ("2025-10-01", "Canada's tariffs on American steel kept at least until then")]
    assert measures[found[0].measure].action == "maintain"


def test_within_days_counts_from_the_published_date():
    text = "Regulators said the company must divest the unit within 90 days."
    span = time(text, "90 days", "DURATION", "P90D")
    found, _ = deadlines(text, [span], published="2025-06-02")
    assert [(d.date, d.text) for d in found] == [("2025-08-31", "90 days")]
    assert "must divest the unit" in found[0].what


def test_within_days_needs_a_published_date():
    text = "Regulators said the company must divest the unit within 90 days."
    found, _ = deadlines(text, [time(text, "90 days", "DURATION", "P90D")], published=None)
    assert found == []


def test_by_the_end_of_the_year():
    text = "Hanoi must ratify the trade pact by the end of the year."
    found, _ = deadlines(text, [time(text, "the end of the year", "DATE", "2025")],
                         ("Vietnam", "country", "Hanoi"))
    assert [d.date for d in found] == ["2025-12-31"]  # a fixed boundary gives its day


def test_takes_effect_on():
    text = "The new levies on Chinese solar panels take effect on August 1."
    found, _ = deadlines(text, [time(text, "August 1", "DATE", "2025-08-01")])
    assert [d.date for d in found] == ["2025-08-01"]
    assert found[0].what.endswith("take effect")


def test_expires_on_and_no_later_than():
    text = ("The waiver on Iranian oil purchases expires on November 4. Buyers must stop "
            "imports no later than November 30.")
    times = [time(text, "November 4", "DATE", "2025-11-04"),
             time(text, "November 30", "DATE", "2025-11-30")]
    found, _ = deadlines(text, times)
    assert [d.date for d in found] == ["2025-11-04", "2025-11-30"]


def test_past_events_are_not_deadlines():
    text = ("The last round, held in Geneva in May, went well. Officials cited Tokyo's decision "
            "on May 20 to add 14 Chinese firms to its export blacklist.")
    times = [time(text, "May", "DATE", "2025-05"), time(text, "May 20", "DATE", "2025-05-20")]
    found, measures = deadlines(text, times, ("Japan", "country", "Tokyo"))
    assert measures and found == []


def test_a_date_already_past_is_not_a_deadline():
    text = "The quota on Thai rice was kept until March 1, 2025."
    found, _ = deadlines(text, [time(text, "March 1, 2025", "DATE", "2025-03-01")],
                         published="2025-06-02")
    assert found == []


def test_took_effect_is_an_event():
    text = "The duties on Korean washing machines took effect on July 1."
    found, _ = deadlines(text, [time(text, "July 1", "DATE", "2025-07-01")], published=None)
    assert found == []


def test_a_forecast_is_not_a_deadline():
    text = "Analysts say the market will double by 2030."
    found, _ = deadlines(text, [time(text, "2030", "DATE", "2030")])
    assert found == []


def test_a_later_sentence_refers_back_to_the_measure():
    text = ("Canberra imposed anti-dumping duties on Chinese aluminium. The duties apply from "
            "next month and take effect on July 9.")
    found, measures = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                                ("Australia", "country", "Canberra"))
    assert len(found) == 1 and found[0].measure == 0
    assert measures[0].type == "trade_defence"


def test_no_measure_means_none():
    text = "Applicants must file their forms no later than September 30."
    found, _ = deadlines(text, [time(text, "September 30", "DATE", "2025-09-30")])
    assert [(d.date, d.measure) for d in found] == [("2025-09-30", None)]


def test_a_yearless_date_behind_a_deadline_cue_is_the_next_one():
    text = "Seoul will keep the quota on Thai rice until March 1."
    found, _ = deadlines(text, [time(text, "March 1", "DATE", "2025-03-01")],
                         ("South Korea", "country", "Seoul"), published="2025-06-02")
    assert [d.date for d in found] == ["2026-03-01"]


def test_a_subject_that_refers_back_dates_the_measure_before():
    # A pronoun or "the new rate" opening the next sentence is the measure just named.
    for second, label in (("The higher rate will take effect on July 9.",
                           "the tariffs on imported steel will take effect"),
                          ("It comes into force on July 9.",
                           "the tariffs on imported steel come into force"),
                          ("The change applies from July 9.",
                           "the tariffs on imported steel apply")):
        text = "Ottawa said it would raise tariffs on imported steel to 40%. " + second
        found, measures = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                                    ("Canada", "country", "Ottawa"))
        assert [(d.date, d.measure) for d in found] == [("2025-07-09", 0)], second
        assert found[0].what == label


def test_a_subject_that_refers_back_needs_a_measure_before_it():
    text = "Acme will open a plant in Ohio. The new plant will start on July 9."
    assert deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")])[0] == []
    text = "Acme will open a plant in Ohio. It will start on July 9."
    assert deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")])[0] == []


def test_a_measure_named_by_its_verb_is_named_by_its_type():
    text = "Ruritania banned Freedonian beef. The decision takes effect on July 9."
    found, _ = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                         ("Ruritania", "country"), ("Freedonia", "country", "Freedonian"))
    assert [d.what for d in found] == ["the import ban takes effect"]
    # a ban's verb with the trade it takes: the ban on that trade
    text = "Ruritania banned imports of Freedonian beef. The decision takes effect on July 9."
    found, _ = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                         ("Ruritania", "country"), ("Freedonia", "country", "Freedonian"))
    assert [d.what for d in found] == ["the ban on imports of Freedonian beef takes effect"]


def test_a_relative_clause_between_the_verb_and_the_time_is_read_past():
    text = ("Ottawa said it would suspend the duty-free treatment of small parcels, which "
            "lets goods under $800 in without paying duties, for all countries from July 9.")
    found, measures = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                                ("Canada", "country", "Ottawa"))
    assert [(m.type, m.action, m.imposer) for m in measures] == [("tariff", "delay", "Canada")]
    assert [(d.date, d.measure) for d in found] == [("2025-07-09", 0)]
    assert found[0].what == ("Ottawa would suspend the duty-free treatment of small parcels "
                             "for all countries")


def test_what_a_relative_clause_says_dates_nothing_past_it():
    # the relative clause is skipped only to reach its main clause's verb; a company's
    # deal expected to close is still no policy deadline
    text = ("The takeover, which needs regulatory approval, is expected to be completed by "
            "July 9, Acme said.")
    assert deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")])[0] == []


def test_a_when_clause_after_the_time_says_what_ends_then():
    text = ("Ottawa said it was prepared to impose countermeasures if no agreement was reached "
            "before July 14, when its suspension of retaliatory tariffs expires.")
    found, _ = deadlines(text, [time(text, "July 14", "DATE", "2025-07-14")],
                         ("Canada", "country", "Ottawa"))
    assert [(d.date, d.what) for d in found] == [
        ("2025-07-14", "Canada's suspension of retaliatory tariffs expires")]
    assert found[0].why == "deadline.expires: 'when ... expires'"
    # the clause before the time, when it dates something, goes first
    text = "Ministers want the bill to pass into law by 14 March, when the current powers expire."
    found, _ = deadlines(text, [time(text, "14 March", "DATE", "2026-03-14")])
    assert [d.what.lower() for d in found] == ["ministers want the bill to pass into law"]
    # a when-clause of no policy dates nothing
    text = "The talks broke up before July 14, when the summit ends."
    assert deadlines(text, [time(text, "July 14", "DATE", "2025-07-14")])[0] == []


def test_the_owner_of_its_measure_and_no_second_predicate_in_a_label():
    text = ("Brussels said on Tuesday that its tariffs on electric cars made in Ruritania "
            "would take effect on July 9 and last five years.")
    found, _ = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                         ("European Union", "organization", "Brussels"),
                         ("Ruritania", "country"))
    assert [d.what for d in found] == [
        "the European Union's tariffs on electric cars made in Ruritania would take effect"]


def test_they_opening_the_next_sentence_is_no_measure():
    text = ("Two senators proposed a 27.5% tariff on Ruritanian goods. They agreed to delay a "
            "vote on the tariff until July 9.")
    found, _ = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                         ("Ruritania", "country", "Ruritanian"))
    assert all(not d.what.lower().startswith("the tariff agreed") for d in found)


def test_concluding_talks_is_an_outcome_not_a_meeting():
    text = ("Ottawa and Washington aim to conclude talks on a broader security agreement "
            "within 30 days.")
    found, _ = deadlines(text, [time(text, "30 days", "DURATION", "P30D")],
                         ("Canada", "country", "Ottawa"), ("United States", "country",
                                                            "Washington"))
    assert [d.date for d in found] == ["2025-07-02"]
    text = "Ministers aim to hold talks within 30 days."
    assert deadlines(text, [time(text, "30 days", "DURATION", "P30D")])[0] == []


def test_who_is_called_on_to_act_is_who_the_label_names():
    text = "Ruritania's trade minister urged Freedonia to lift the ban by July 9."
    found, _ = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                         ("Ruritania", "country"), ("Freedonia", "country"))
    assert [d.what for d in found] == ["Freedonia to lift the ban"]
    text = "The court ordered Acme to sell its stake by July 9."
    found, _ = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                         ("Acme", "organization"))
    assert [d.what for d in found] == ["Acme must sell its stake"]


def test_a_time_inside_a_clause_of_someone_elses_act_is_not_due():
    text = ("The union is calling on the judge to abandon guidelines he proposed in "
            "September.")
    assert deadlines(text, [time(text, "September", "DATE", "2025-09")])[0] == []


def test_a_trade_representative_speaks_for_the_state():
    text = ("The Office of the Ruritanian Trade Representative said the higher rates on solar "
            "cells would apply from August 1.")
    found, _ = deadlines(text, [time(text, "August 1", "DATE", "2025-08-01")])
    assert [(d.date, d.what) for d in found] == [
        ("2025-08-01", "the higher rates on solar cells would apply")]


def test_a_reference_back_finds_the_record_a_headline_took_in():
    text = ("Ruritania to double steel tariffs\n\nOfficials said Ruritania would raise tariffs "
            "on imported steel to 50%.\n\nThe higher rate will take effect on July 9.")
    found, measures = deadlines(text, [time(text, "July 9", "DATE", "2025-07-09")],
                                ("Ruritania", "country"))
    assert len(measures) == 1  # the headline's record holds the body's sentence too
    assert [(d.date, d.measure) for d in found] == [("2025-07-09", 0)]
    assert found[0].what == "the tariffs on imported steel will take effect"


def test_a_tax_bound_to_its_verb_is_named_as_the_tax():
    text = "Ruritania raises tax on imported cars until the end of 2026."
    found, measures = deadlines(text, [time(text, "the end of 2026", "DATE", "2026")],
                                ("Ruritania", "country"))
    assert measures[0].type == "tariff"
    assert "tariff on tax" not in found[0].what


def test_a_record_that_took_in_the_sentence_counts_as_a_measure_there():
    text = ("Ruritania to hit Freedonian steel with 25% surtax\n\nRuritania will impose a 25% "
            "surtax on steel products from Freedonia starting October 15.")
    found, measures = deadlines(text, [time(text, "October 15", "DATE", "2025-10-15")],
                                ("Ruritania", "country"), ("Freedonia", "country", "Freedonian"))
    assert len(measures) == 1 and measures[0].start == 0  # the headline's record
    assert [(d.date, d.measure) for d in found] == [("2025-10-15", 0)]


def test_limits_that_run_until_a_date_end_then():
    text = "The limits will run until the end of the year, though they can be renewed."
    found, _ = deadlines(text, [time(text, "the end of the year", "DATE", "2025")])
    assert [d.date for d in found] == ["2025-12-31"]


def test_a_span_counted_from_a_start_the_text_gives_is_not_from_publication():
    text = "The tariff cuts will be phased in over five years starting in 2027."
    found, _ = deadlines(text, [time(text, "five years", "DURATION", "P5Y"),
                                time(text, "2027", "DATE", "2027")])
    # not 2030 (five years from publication); the phase-in starts in 2027
    assert [d.text for d in found] == ["2027"]
    assert found[0].date.startswith("2027")


def test_a_measure_told_as_a_verb_and_its_object_is_named_as_a_noun_in_the_label():
    text = ("Ruritania has agreed to limit the growth of its textile exports to Freedonia "
            "until 2028.")
    found, measures = deadlines(text, [time(text, "2028", "DATE", "2028")],
                                ("Ruritania", "country"), ("Freedonia", "country"))
    # (beside the agreement Ruritania gave its word to)
    assert [m.type for m in measures] == ["agreement", "quota"]
    assert found[0].what == "the quota on the growth of Ruritania's textile exports in force " \
        "until then"


def test_a_measure_named_again_by_a_word_of_its_trigger_is_the_one_dated():
    text = ("Ruritania on Sunday suspended a ban on exports of gallium to Freedonia. The ban, "
            "announced in December, will be suspended until Nov. 27, 2026, the ministry said.")
    found, measures = deadlines(text, [time(text, "Nov. 27, 2026", "DATE", "2026-11-27")],
                                ("Ruritania", "country"), ("Freedonia", "country"))
    assert [(d.date, d.measure) for d in found] == [("2026-11-27", 0)], \
        [(m.type, m.action, m.trigger) for m in measures]


def test_a_start_in_a_span_after_the_measures_comma_dates_the_measure():
    text = ("The package also imposes a ban on imports of refined products made from Ruritanian "
            "crude in third countries, starting in six months.")
    found, measures = deadlines(text, [time(text, "six months", "DURATION", "P6M")],
                                ("Ruritania", "country", "Ruritania", "Ruritanian"))
    assert [(d.date, d.measure, d.what) for d in found] == [
        ("2025-12", 0, "the ban on imports of refined products takes effect")]
    text = "Freedonia will impose a ban on imports of steel, starting in six months."
    found, _ = deadlines(text, [time(text, "six months", "DURATION", "P6M")],
                         ("Freedonia", "country"))
    assert [d.date for d in found] == ["2025-12"]


def test_the_reform_told_after_a_measure_is_that_measure():
    text = ("Ruritania's ministers agreed to end export subsidies for sugar. The reform, which "
            "takes effect in July 2026, will cost thousands of jobs, farmers said.")
    found, measures = deadlines(text, [time(text, "July 2026", "DATE", "2026-07")],
                                ("Ruritania", "country"))
    assert [(d.date, d.measure) for d in found] == [("2026-07", 0)], \
        [(m.type, m.action) for m in measures]


def test_a_relative_clause_after_a_measure_word_dates_that_measure():
    text = ("Ruritania and Freedonia have signed a free trade agreement. Under the deal, which "
            "comes into force in April next year, Freedonia will scrap duties on Ruritanian "
            "cars.")
    found, measures = deadlines(text, [time(text, "April next year", "DATE", "2026-04")],
                                ("Ruritania", "country", "Ruritania", "Ruritanian"),
                                ("Freedonia", "country"))
    assert measures[0].type == "agreement"
    assert [(d.measure, d.what) for d in found] == [
        (0, "the free trade agreement comes into force")], [(m.type, m.action) for m in measures]


def test_a_stage_of_a_measure_told_next_is_dated_and_named_as_written():
    text = ("Ruritania extended its sanctions on Freedonia. The new phase begins May 25 and runs "
            "until Nov. 24.")
    times = [time(text, "May 25", "DATE", "2025-05-25"),
             time(text, "Nov. 24", "DATE", "2025-11-24")]
    found, _ = deadlines(text, times, ("Ruritania", "country"), ("Freedonia", "country"),
                         published="2025-05-21")
    assert [(d.date, d.what, d.measure) for d in found] == [
        ("2025-05-25", "the new phase begins", 0), ("2025-11-24", "the new phase runs", 0)]
    text = "Ruritania extended its tariff exemption for Freedonia. The waiver expires on June 30."
    found, _ = deadlines(text, [time(text, "June 30", "DATE", "2025-06-30")],
                         ("Ruritania", "country"), ("Freedonia", "country"),
                         published="2025-05-21")
    assert [(d.date, d.what) for d in found] == [("2025-06-30", "the waiver expires")]


def test_a_saying_that_trails_its_clause_leaves_the_clause_as_the_label():
    text = ("Ruritania will limit imports of Freedonian cotton textiles starting Aug. 1, the "
            "government said Thursday, escalating a trade dispute that has rattled the customs "
            "union.")
    found, _ = deadlines(text, [time(text, "Aug. 1", "DATE", "2025-08-01")],
                         ("Ruritania", "country"), ("Freedonia", "country", "Freedonian"))
    assert [d.what for d in found] == [
        "Ruritania will limit imports of Freedonian cotton textiles"]


def test_an_hour_a_change_starts_from_on_the_day_is_a_deadline():
    text = ("Norway said tobacco duty will rise in line with inflation from 6pm tonight, adding "
            "8 crowns to a packet.")
    times = [time(text, "6pm", "TIME", "2025-06-02T18:00"),
             time(text, "tonight", "TIME", "2025-06-02TNI")]
    found, _ = deadlines(text, times, ("Norway", "country"))
    assert [(d.date, d.what) for d in found][:1] == [
        ("2025-06-02", "tobacco duty will rise in line with inflation")]
    # an hour of any day is none
    text = "Adverts for junk food in Norway will be banned before 9pm."
    assert deadlines(text, [time(text, "9pm", "TIME", "2025-06-02T21:00")],
                     ("Norway", "country"))[0] == []
