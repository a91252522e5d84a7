"""Deadline rules, one by one, on invented sentences (GUIDELINES.md section 5).

Each rule (the id after "deadline." in `why`) has sentences it must fire on and sentences
it must leave alone; the "what" of each deadline must read on its own ("Acme must sell its
Freedonian unit", never "Stakeholders have"). Times are given by hand, as the tagger would
give them, so these tests read the deadline stage alone; published is Thursday 2025-03-13.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsdesk.analysis.deadlines import extract_deadlines
from newsdesk.analysis.engine import analyze
from newsdesk.analysis.model import Deadline, Measure, Mention, TimeExpr
from newsdesk.analysis.sentences import split_sentences

PUBLISHED = "2025-03-13"
# (a verb's particle may end it: "due to come in", "will kick in", "will be phased in")
_DANGLING = re.compile(r"(?<!\bcome\s)(?<!\bkick\s)(?<!\bphased\s)"
                       r"\b(?:the|a|an|of|to|and|or|for|with|in|on|by|its|their|that|is|are"
                       r"|will|has|have)$", re.I)


def time(text: str, surface: str, type_: str, value: str) -> TimeExpr:
    start = text.index(surface)
    return TimeExpr(start, start + len(surface), surface, type_, value)


def measure(text: str, trigger: str, type_: str, action: str, imposer: str | None = None,
            targets: tuple[str, ...] = ()) -> Measure:
    start = text.index(trigger)
    return Measure(type_, action, imposer, list(targets), None, 0, len(text), text,
                   trigger=Mention(start, start + len(trigger), trigger), times=[0])


def found(text: str, surface: str, type_: str, value: str, *measures: Measure,
          published: str | None = PUBLISHED) -> list[Deadline]:
    deadlines = extract_deadlines(text, split_sentences(text), [time(text, surface, type_, value)],
                                  list(measures), published)
    for deadline in deadlines:
        assert deadline.text == surface and text[deadline.start:deadline.end] == surface
        assert deadline.what and not _DANGLING.search(deadline.what), deadline.what
        assert surface not in deadline.what, deadline.what
    return deadlines


def one(text: str, surface: str, type_: str, value: str, *measures: Measure,
        published: str | None = PUBLISHED) -> Deadline:
    deadlines = found(text, surface, type_, value, *measures, published=published)
    assert len(deadlines) == 1, deadlines
    return deadlines[0]


def rule(deadline: Deadline) -> str:
    assert deadline.why is not None
    return deadline.why.split(":")[0]


# deadline.due -----------------------------------------------------------------------------

def test_due_a_dated_deadline_to_act():
    d = one("Acme, Ruritania's largest shipbuilder, faces a 30 June deadline to sell its "
            "Freedonian unit.", "30 June", "DATE", "2025-06-30")
    assert (d.date, rule(d)) == ("2025-06-30", "deadline.due")
    assert d.what == "Acme must sell its Freedonian unit"


def test_due_a_year_set_as_the_deadline():
    d = one("Strelsau set 2027 as the deadline for joining the currency union.", "2027", "DATE",
            "2027")
    assert (d.date, d.what) == ("2027", "deadline for joining the currency union")


def test_due_to_expire_at_the_end_of_a_month():
    d = one("EU sanctions on Ruritanian banks are due to expire at the end of July.",
            "the end of July", "DATE", "2025-07")
    assert (d.date, rule(d)) == ("2025-07-31", "deadline.due")
    assert d.what == "EU sanctions on Ruritanian banks are due to expire"


@pytest.mark.parametrize("text, surface, value", [
    ("Acme's bonds due 2030 rose sharply on Monday.", "2030", "2030"),  # a bond, not a rule
    ("With the general election due in May, the minister kept quiet.", "May", "2025-05"),
])
def test_due_leaves_alone(text, surface, value):
    assert found(text, surface, "DATE", value) == []


# deadline.obligation ---------------------------------------------------------------------

def test_obligation_has_until_a_weekday_read_backwards():
    # The tagger may read a bare "Friday" as the last one; "have until" looks ahead.
    d = one("Exporters have until Friday to apply for the new licences.", "Friday", "DATE",
            "2025-03-07")
    assert (d.date, rule(d)) == ("2025-03-14", "deadline.obligation")
    assert d.what == "exporters must apply for the new licences"


def test_obligation_has_a_span_to_act():
    d = one("Under the order, Acme has 90 days to sell its stake in Strelsau Telecom.",
            "90 days", "DURATION", "P90D")
    assert (d.date, d.what) == ("2025-06-11", "Acme must sell its stake in Strelsau Telecom")


def test_obligation_must_within_months_keeps_the_month():
    d = one("Freedonia's parliament must ratify the accord within the next two months.",
            "the next two months", "DURATION", "P2M")
    assert (d.date, d.what) == ("2025-05", "Freedonia's parliament must ratify the accord")


def test_obligation_must_divest_by_a_date():
    text = "Acme must divest its Freedonian subsidiary by 30 September or face a ban."
    d = one(text, "30 September", "DATE", "2025-09-30",
            measure(text, "divest", "investment_restriction", "impose", "Freedonia", ("Acme",)))
    assert (d.date, d.measure) == ("2025-09-30", 0)
    assert d.what == "Acme must divest its Freedonian subsidiary or face a ban"


@pytest.mark.parametrize("text, surface, type_, value", [
    # (a span given in the past counts from the day told, none when that day is vague:
    # test_deadlines_rules31.py, through the whole engine, which tags that day)
    ("Acme does not have to wait five years to buy more shares.", "five years", "DURATION",
     "P5Y"),
    ("The minister said the agency must act, in an interview before he took office in April.",
     "April", "DATE", "2025-04"),
])
def test_obligation_leaves_alone(text, surface, type_, value):
    assert found(text, surface, type_, value) == []


# deadline.until ---------------------------------------------------------------------------

def test_until_at_least_keeps_a_measure():
    text = ("Ruritania's president has approved keeping its duties on Freedonian steel, "
            "about 40%, until at least 10 November.")
    d = one(text, "10 November", "DATE", "2025-11-10",
            measure(text, "duties", "tariff", "maintain", "Ruritania", ("Freedonia",)))
    assert (d.date, rule(d)) == ("2025-11-10", "deadline.until")
    assert d.what == "Ruritania's duties on Freedonian steel kept at least until then"


def test_until_names_a_verb_bound_measure_by_its_type():
    # The measure's trigger is a verb with its noun ("limit the growth"): "the limit the
    # growth of ..." did not read.
    import dataclasses
    text = ("Ruritania and Freedonia agreed to limit the growth of Freedonian textile exports"
            " until 2028.")
    limit = dataclasses.replace(
        measure(text, "limit the growth", "quota", "impose", "Ruritania", ("Freedonia",)),
        why="measure.verb-bound: 'limit the growth'")
    d = one(text, "2028", "DATE", "2028", limit)
    assert d.what == "the quota on the growth of Freedonian textile exports in force until then"


def test_until_names_a_verb_bound_tax_by_itself():
    import dataclasses
    text = "Ruritania raises tax on imported cars until 2027."
    tax = dataclasses.replace(measure(text, "raises tax", "other", "impose", "Ruritania"),
                              why="measure.verb-bound: 'raises tax'")
    d = one(text, "2027", "DATE", "2027", tax)
    assert d.what == "the tax on imported cars in force until then"


def test_what_is_due_ends_before_its_condition():
    text = ("The duties will rise to 47.6% on August 6 unless Ruritania and Freedonia reach a"
            " settlement.")
    d = one(text, "August 6", "DATE", "2025-08-06",
            measure(text, "duties", "tariff", "impose", "Ruritania", ("Freedonia",)))
    assert d.what == "the duties will rise to 47.6%"


def test_a_yearless_day_just_before_publication_is_past_not_next_year():
    # "required ... by March 12" in a story of March 13: the obligation fell due yesterday.
    text = "The law required Acme to sell its Freedonian unit by March 12 or face a ban."
    assert found(text, "March 12", "DATE", "2025-03-12") == []


def test_until_a_truce_extended_to_a_yearless_date():
    # Read as last November by the tagger (a past-tense sentence): the truce runs to the next.
    text = "The tariff truce between Freedonia and Ruritania was extended until 10 November."
    d = one(text, "10 November", "DATE", "2024-11-10",
            measure(text, "tariff truce", "agreement", "extend", "Freedonia", ("Ruritania",)))
    assert (d.date, d.what) == ("2025-11-10", "the tariff truce extended until then")


@pytest.mark.parametrize("text, surface, value", [
    ("Acme's offer to Strelsau Telecom shareholders remains open until Friday.", "Friday",
     "2025-03-14"),  # a company's offer
    ("But it was not until Tuesday that the ministry replied.", "Tuesday", "2025-03-11"),
])
def test_until_leaves_alone(text, surface, value):
    assert found(text, surface, "DATE", value) == []


# deadline.expires -------------------------------------------------------------------------

def test_expires_duties_lapse_on_a_day():
    d = one("Ruritania's duties on Freedonian cheese lapse on 30 June.", "30 June", "DATE",
            "2025-06-30")
    assert (d.date, rule(d)) == ("2025-06-30", "deadline.expires")
    assert d.what == "Ruritania's duties on Freedonian cheese lapse"


def test_expires_sanctions_in_a_month():
    d = one("The sanctions on Ruritanian shipping expire in July unless they are renewed.",
            "July", "DATE", "2025-07")
    assert d.date == "2025-07" and d.what.startswith("the sanctions on Ruritanian shipping expire")


@pytest.mark.parametrize("text, surface, value", [
    ("The licence rule expired on 2 March.", "2 March", "2025-03-02"),  # past
    ("Acme's offer expires on Friday.", "Friday", "2025-03-14"),  # a company's offer
])
def test_expires_leaves_alone(text, surface, value):
    assert found(text, surface, "DATE", value) == []


# deadline.takes-effect --------------------------------------------------------------------

def test_takes_effect_export_controls_on_a_weekday():
    text = "New export controls on advanced AI chips take effect on Friday."
    d = one(text, "Friday", "DATE", "2025-03-07",
            measure(text, "export controls", "export_control", "impose"))
    assert (d.date, rule(d)) == ("2025-03-14", "deadline.takes-effect")
    assert d.what == "new export controls on advanced AI chips take effect"


def test_takes_effect_rules_apply_from_a_yearless_day():
    d = one("The new rules apply from 1 January.", "1 January", "DATE", "2025-01-01")
    assert (d.date, d.what) == ("2026-01-01", "the new rules apply")


def test_takes_effect_from_next_quarter_is_its_first_day():
    text = "Tariffs of 30% on Freedonian cars will apply from next quarter."
    d = one(text, "next quarter", "DATE", "2025-Q2",
            measure(text, "Tariffs", "tariff", "impose", "Ruritania", ("Freedonia",)))
    assert d.date == "2025-04-01"
    assert d.what.lower() == "tariffs of 30% on freedonian cars will apply"


def test_takes_effect_will_require_from_a_day():
    text = "Freedonia will require import licences for steel from 1 May."
    d = one(text, "1 May", "DATE", "2025-05-01",
            measure(text, "import licences", "import_ban", "impose", "Freedonia"))
    assert (d.date, d.what) == ("2025-05-01", "Freedonia will require import licences for steel")


@pytest.mark.parametrize("text, surface, value", [
    ("The duties took effect on 2 March.", "2 March", "2025-03-02"),
    ("The harbour festival starts on Friday.", "Friday", "2025-03-14"),
    ("Acme expects deliveries from 2027.", "2027", "2027"),  # a company's plan
])
def test_takes_effect_leaves_alone(text, surface, value):
    assert found(text, surface, "DATE", value) == []


# deadline.lasts ---------------------------------------------------------------------------

def test_lasts_spending_runs_over_the_next_years():
    d = one("The extra farm subsidies will run over the next three years.",
            "the next three years", "DURATION", "P3Y")
    assert (d.date, rule(d)) == ("2028", "deadline.lasts")
    assert d.what == "the extra farm subsidies will run"


def test_lasts_leaves_alone():
    assert found("Rescuers hope to recover the remains within the next two weeks.",
                 "the next two weeks", "DURATION", "P2W") == []
    assert found("The review could take several months.", "several months", "DURATION",
                 "PXM") == []


# deadline.expected ------------------------------------------------------------------------

def test_expected_a_ban_lifted_within_months():
    text = "Officials expect the ban on Acme's imports to be lifted within six months."
    d = one(text, "six months", "DURATION", "P6M", measure(text, "ban", "import_ban", "lift"))
    assert (d.date, rule(d)) == ("2025-09", "deadline.expected")
    assert d.what == "officials expect the ban on Acme's imports to be lifted"


@pytest.mark.parametrize("text, surface, type_, value", [
    ("Sales are expected to double within two years.", "two years", "DURATION", "P2Y"),
    ("Talks are expected to resume next week.", "next week", "DATE", "2025-W12"),
    ("The economy is expected to grow by 3% by 2026.", "2026", "DATE", "2026"),
    ("Ministers are expected to meet again on 4 April.", "4 April", "DATE", "2025-04-04"),
    ("The deal was expected to be signed by January.", "January", "DATE", "2025-01"),
])
def test_expected_leaves_alone(text, surface, type_, value):
    assert found(text, surface, type_, value) == []


# deadline.target --------------------------------------------------------------------------

def test_target_a_deal_within_the_next_quarter():
    d = one("Negotiators hope for a deal within the next quarter.", "the next quarter", "DATE",
            "2025-Q2")
    assert (d.date, rule(d)) == ("2025-06-30", "deadline.target")
    assert d.what == "negotiators hope for a deal"


def test_target_a_levy_by_early_year_keeps_the_year():
    d = one("Ruritania wants the port levy collected by early 2027.", "early 2027", "DATE",
            "2027")
    assert (d.date, d.what) == ("2027", "Ruritania wants the port levy collected")


def test_target_the_speaker_stands_for_the_pronoun():
    d = one("Freedonia has said it wants to phase out coal subsidies by 2030.", "2030", "DATE",
            "2030")
    assert d.what == "Freedonia wants to phase out coal subsidies"


def test_what_is_due_ends_before_another_predicate():
    text = ("Ruritania said it would answer with 100% tariffs on Freedonian goods from May 1"
            " and threatened to cancel a planned meeting.")
    d = one(text, "May 1", "DATE", "2025-05-01",
            measure(text, "tariffs", "tariff", "impose", "Ruritania", ("Freedonia",)))
    assert d.what == "Ruritania would answer with 100% tariffs on Freedonian goods"


def test_a_number_with_a_thousands_comma_stays_whole_in_what_is_due():
    text = "Homes worth less than 120,000 crowns will be exempt from the levy from May 1."
    d = one(text, "May 1", "DATE", "2025-05-01")
    assert d.what == "Homes worth less than 120,000 crowns will be exempt from the levy"


def test_a_past_time_opening_the_sentence_dates_its_verb_not_a_deadline():
    # published 2025-03-13: "In January" was read as this January from "ruled"
    assert found("In January, Immigration Commissioner Doris Meissner ruled that the boy "
                 "should go back to Cuba.", "January", "DATE", "2025-01") == []
    d = one("In May, importers will have to pay deposits at customs.", "May", "DATE", "2025-05")
    assert d.date == "2025-05"


def test_another_clause_after_the_time_stays_out_of_what_is_due():
    d = one("The first levy notices would be issued in 2027 and when the minister introduced "
            "the bill he said so.", "2027", "DATE", "2027")
    assert d.what == "the first levy notices would be issued"
    d = one("Acme and Zentrix have until midnight on 16 December and a ministry spokesman said "
            "the replies were on their way.", "16 December", "DATE", "2025-12-16")
    assert d.what == "Acme and Zentrix have until then"


def test_a_first_person_speaker_keeps_the_pronoun_in_what_is_due():
    d = one('"We have always said we are going to introduce a port levy bill in the spring," '
            "a spokesman said.", "the spring", "DATE", "2025-SP")
    assert d.what == "we are going to introduce a port levy bill"


def test_what_a_days_possessive_names_goes_with_the_day():
    d = one("Acme must sell the stake by Friday's deadline.", "Friday", "DATE", "2025-03-14")
    assert d.what == "Acme must sell the stake"
    # the day of a meeting is no deadline (5.1), nor is "getting through" a year
    assert found("The ministry said such a move would have to wait until May's annual general "
                 "meeting.", "May", "DATE", "2025-05") == []
    assert found("I need your help to get through the next year under the new tariffs.",
                 "the next year", "DATE", "2026") == []


def test_a_hope_in_a_relative_clause_is_not_dated_by_the_main_clauses_past():
    text = ("Work had already begun on a new sanctions package that the bloc hopes to adopt by "
            "Feb. 24.")
    d = one(text, "Feb. 24", "DATE", "2026-02-24")
    assert (rule(d), d.what) == ("deadline.target",
                                 "the bloc hopes to adopt a new sanctions package")
    # a hope told in the past stays past
    assert found("The rules that Ruritania had hoped to adopt by May were dropped.", "May",
                 "DATE", "2025-05") == []


def test_a_duty_told_before_the_day_it_starts_from_is_due_then():
    d = one("Large operators must now comply from December 30.", "December 30", "DATE",
            "2025-12-30")
    assert (rule(d), d.what) == ("deadline.takes-effect", "Large operators must now comply")
    # a duty with no step of policy after it is no deadline
    assert found("Visitors must queue from December 30.", "December 30", "DATE",
                 "2025-12-30") == []


def test_a_titles_to_and_verb_is_its_future():
    text = ("Ruritania to require export licences for gallium, germanium from Aug. 1\n\n"
            "STRELSAU - The ministry said on Monday that exporters would need licences.")
    d = one(text, "Aug. 1", "DATE", "2025-08-01",
            measure(text, "export licences", "export_control", "impose", "Ruritania"))
    assert (rule(d), d.what) == ("deadline.takes-effect",
                                 "Ruritania to require export licences for gallium, germanium")
    # in the body, a noun and "to" tell no future: "Exports to Freedonia rose from May 1"
    assert found("Shipments to rise from May 1, officials said.", "May 1", "DATE",
                 "2025-05-01") == []


def test_a_new_scheme_or_regime_taking_effect_is_due_then():
    d = one("The new regime takes effect on 24 November.", "24 November", "DATE", "2025-11-24")
    assert (rule(d), d.what) == ("deadline.takes-effect", "the new regime takes effect")
    d = one("A pilot scheme will start in October.", "October", "DATE", "2025-10")
    assert rule(d) == "deadline.takes-effect"


def test_a_state_dissolving_a_body_by_a_date_is_a_target():
    d = one("The government will also dissolve the clove marketing board by June.", "June",
            "DATE", "2025-06")
    assert rule(d) == "deadline.scheduled"


def test_a_list_of_things_inside_the_subject_stays_in_what_is_due():
    text = ("A ban on gambling adverts on radio, billboards and on the internet will take "
            "effect in Ruritania on May 1.")
    d = one(text, "May 1", "DATE", "2025-05-01")
    assert d.what.startswith("a ban on gambling adverts on radio, billboards and on the internet")


def test_target_talks_resumed_with_a_view_to_a_deal():
    text = ("Ruritania and Freedonia will resume negotiations with a view to reaching a deal by"
            " April 21.")
    d = one(text, "April 21", "DATE", "2025-04-21",
            measure(text, "deal", "agreement", "impose", "Ruritania", ("Freedonia",)))
    assert (d.date, rule(d)) == ("2025-04-21", "deadline.target")
    assert d.what == ("Ruritania and Freedonia will resume negotiations with a view to"
                      " reaching a deal")


@pytest.mark.parametrize("text, surface, value", [
    ("Acme plans to open a new plant in Freedonia by 2027.", "2027", "2027"),
    ("Acme cut prices in a bid to win back buyers by June.", "June", "2025-06"),
    ("If the quota is scrapped by June, prices will fall.", "June", "2025-06"),
    ("The minister wants lower taxes but on Wednesday said other pledges would wait.",
     "Wednesday", "2025-03-12"),
])
def test_target_leaves_alone(text, surface, value):
    assert found(text, surface, "DATE", value) == []


# deadline.scheduled -----------------------------------------------------------------------

def test_scheduled_a_state_bank_sold_in_a_year():
    d = one("A finance ministry official said the state-owned Strelsau Bank will be sold "
            "sometime in 2026.", "2026", "DATE", "2026")
    assert (d.date, rule(d)) == ("2026", "deadline.scheduled")
    assert d.what == "the state-owned Strelsau Bank will be sold"


def test_scheduled_a_quota_scrapped_on_a_day():
    text = "Freedonia will scrap its rice quota on 1 July."
    d = one(text, "1 July", "DATE", "2025-07-01", measure(text, "rice quota", "quota", "lift",
                                                          "Freedonia"))
    assert (d.date, d.what) == ("2025-07-01", "Freedonia will scrap its rice quota")


def test_a_bodys_ruling_or_report_expected_or_due_by_a_time_is_a_deadline():
    d = one("The ministry extended it by six months and is now expected to issue a final "
            "ruling by December 16.", "December 16", "DATE", "2025-12-16")
    assert (d.date, rule(d)) == ("2025-12-16", "deadline.expected")
    d = one("A WTO panel is due to deliver its final report by the end of the year.",
            "the end of the year", "DATE", "2025-12-31")
    assert d.date == "2025-12-31"
    # a firm's report, a speech: nothing due
    assert found("Acme is expected to publish its annual report by March.", "March", "DATE",
                 "2026-03") == []
    assert found("The minister will deliver a speech by Friday.", "Friday", "DATE",
                 "2025-03-14") == []


def test_a_phrase_saying_what_the_day_is_makes_no_event_of_the_target():
    text = ("The European Commission has proposed adding 70 vessels to its blacklist, in a "
            "16th package of sanctions that diplomats hope to adopt by February 24, the "
            "anniversary of the invasion.")
    found_ = analyze(text, dt.date(2025, 1, 15)).deadlines
    assert [(d.date, rule(d)) for d in found_] == [("2025-02-24", "deadline.target")]
    # a meeting the date is for stays one
    assert found("Ministers hope to meet by February 24 to discuss the sanctions.",
                 "February 24", "DATE", "2025-02-24") == []


def test_until_an_event_on_a_day_is_that_day():
    d = one("The court's injunction will remain in force until a full hearing on 2 November, "
            "the judge said.", "2 November", "DATE", "2025-11-02")
    assert (d.date, rule(d)) == ("2025-11-02", "deadline.until")
    assert d.what.startswith("the court's injunction will remain in force")
    # a meeting after "until" that dates no measure
    assert found("Talks will continue until a vote on Friday.", "Friday", "DATE",
                 "2025-03-14") == []


def test_scheduled_a_complaint_to_be_filed_within_a_span():
    text = "He said Freedonia would file a complaint with the WTO within 15 days."
    d = one(text, "15 days", "DURATION", "P15D",
            measure(text, "complaint", "investigation", "investigate", "Freedonia"))
    assert (d.date, rule(d)) == ("2025-03-28", "deadline.scheduled")
    assert d.what.startswith("Freedonia would file a complaint")
    # a firm's report: no policy step
    assert found("Acme will file its annual report within 30 days.", "30 days", "DURATION",
                 "P30D") == []


def test_scheduled_faces_a_measure_next_month():
    d = one("Dock workers at Port Royal, which is under state control, face a court-imposed "
            "pay cut next month.", "next month", "DATE", "2025-04")
    assert d.date == "2025-04"
    assert d.what == "Dock workers at Port Royal face a court-imposed pay cut"


@pytest.mark.parametrize("text, surface, value", [
    ("Ministers will meet again in Strelsau on 4 April.", "4 April", "2025-04-04"),
    ("Protesters will test the new law on Saturday.", "Saturday", "2025-03-15"),
    ("The prime minister will visit Freedonia next week.", "next week", "2025-W12"),
])
def test_scheduled_leaves_alone(text, surface, value):
    assert found(text, surface, "DATE", value) == []


# what is never a deadline -----------------------------------------------------------------

@pytest.mark.parametrize("text, surface, type_, value", [
    ("Officials will review the quota in the coming months.", "the coming months", "DATE",
     "FUTURE_REF"),
    ("The ban on Acme's imports will be lifted for 90 days.", "90 days", "DURATION", "P90D"),
])
def test_vague_and_unanchored_times(text, surface, type_, value):
    assert found(text, surface, type_, value) == []


def test_spans_need_a_published_date():
    assert found("Acme must divest the unit within 90 days.", "90 days", "DURATION", "P90D",
                 published=None) == []


def test_an_order_given_in_a_month_is_no_deadline_but_one_due_by_it_is():
    # Published in March: the tagger reads "April" in a past-tense clause as last April.
    assert found("Trump ordered the new review in April.", "April", "DATE", "2024-04",
                 published="2025-03-13") == []
    d = one("The court ordered Acme to sell the unit by April.", "April", "DATE", "2024-04",
            published="2025-03-13")
    assert d.date == "2025-04"
    d = one("Under the ruling, Acme is required to sell the unit in April.", "April", "DATE",
            "2025-04", measure("Under the ruling, Acme is required to sell the unit in April.",
                               "sell the unit", "investment_restriction", "impose"),
            published="2025-03-13")
    assert d.date == "2025-04"


# what: the words that go with the time stay out of the clause --------------------------------

def test_a_period_closing_after_before_takes_its_verb_along():
    d = one("The agency must trim its spending before the financial year closes.",
            "the financial year", "DATE", "2025")
    assert d.what == "the agency must trim its spending"


def test_the_noun_a_time_qualifies_goes_with_it():
    d = one("The package must be adopted by ministers before the summer recess.",
            "the summer", "DATE", "2025-SU")
    assert d.what == "the package must be adopted by ministers"


def test_a_measure_whose_relative_clause_holds_the_time_names_what_expires():
    text = "Freedonia has a quota on cheese imports, which expires on 30 June."
    d = one(text, "30 June", "DATE", "2025-06-30",
            measure(text, "quota", "quota", "maintain", "Freedonia"))
    assert d.what == "the quota on cheese imports expires"


def test_a_measure_said_to_be_due_names_what_is_due():
    text = "Freedonia will delay its own countermeasures, due to take effect on 15 April."
    d = one(text, "15 April", "DATE", "2025-04-15",
            measure(text, "countermeasures", "other", "delay", "Freedonia"))
    assert d.what == "Freedonia's own countermeasures due to take effect"
    text = ("Officials said the move was pressure ahead of the planned trade deal with "
            "Ruritania, due to be signed in November.")
    d = one(text, "November", "DATE", "2025-11",
            measure(text, "trade deal", "agreement", "propose", "Freedonia"))
    assert d.what == "the planned trade deal due to be signed"


def test_a_verb_inside_a_hyphenated_word_is_no_verb():
    d = one("The ban on full-face masks takes effect on 11 April.", "11 April", "DATE",
            "2025-04-11")
    assert d.what == "the ban on full-face masks takes effect"


def test_a_measure_named_as_a_period_keeps_its_noun():
    text = "The Freedonian duty waiver ends on 30 June."
    d = one(text, "30 June", "DATE", "2025-06-30", measure(text, "duty", "tariff", "ease"))
    assert d.what == "Freedonian duty waiver expires"


def test_a_deadline_set_for_something_reads_as_that_deadline():
    d = one("Strelsau set a deadline of 1 September for a deal with Acme.", "1 September",
            "DATE", "2025-09-01")
    assert d.what == "deadline for a deal with Acme"


def test_a_deadline_for_something_is_a_day():
    d = one("The deadline for public comments on the port levy is 15 July.", "15 July",
            "DATE", "2025-07-15")
    assert (d.date, rule(d)) == ("2025-07-15", "deadline.due")
    assert d.what == "deadline for public comments on the port levy"


def test_could_schedules_a_step_of_a_measure_its_maker_holds_out():
    text = "The Commission could impose duties from January, its spokeswoman said."
    deadlines = found(text, "January", "DATE", "2026-01")
    assert [(d.date, d.why) for d in deadlines] == [
        ("2026-01-01", "deadline.takes-effect: 'could' + 'from'")]
    # What could happen to markets or to a person is no deadline.
    assert found("Prices could rise in June, analysts said.", "June", "DATE", "2025-06") == []


def test_a_step_referred_back_to_later_in_the_sentence_of_its_measure():
    text = ("Ruritania doubled its duties on steel. Freedonian steel will remain subject to a"
            " 25% tariff, but Ruritania said the rate could rise to 50% on July 9 if Freedonia"
            " did not meet the terms of the deal.")
    duties = Measure("tariff", "impose", "Ruritania", ["Freedonia"], None, 0, 38,
                     text[:38], trigger=Mention(21, 27, "duties"), times=[])
    deadlines = extract_deadlines(text, split_sentences(text),
                                  [time(text, "July 9", "DATE", "2025-07-09")], [duties],
                                  PUBLISHED)
    assert [d.date for d in deadlines] == ["2025-07-09"]
    assert deadlines[0].what.startswith("the duties could rise to 50% if Freedonia")
    # The same clause about talks names no step of the measure.
    text = text.replace("the rate could rise to 50%", "the talks could resume")
    assert extract_deadlines(text, split_sentences(text),
                             [time(text, "July 9", "DATE", "2025-07-09")], [duties],
                             PUBLISHED) == []


def test_a_clause_that_gaps_its_verb_is_dated_like_the_one_before():
    text = ("The increases on cars and trucks will take effect this year, those on chips by"
            " 2026, and duties on batteries will rise in 2027.")
    times = [time(text, "this year", "DATE", "2025"), time(text, "2026", "DATE", "2026"),
             time(text, "2027", "DATE", "2027")]
    tariff = measure(text, "duties", "tariff", "impose", "Ruritania")
    deadlines = extract_deadlines(text, split_sentences(text), times, [tariff], PUBLISHED)
    assert [(d.date, d.what) for d in deadlines] == [
        ("2025", "the increases on cars and trucks will take effect"),
        ("2026", "the increases on chips will take effect"),
        ("2027", "duties on batteries will rise")]
    # Without a deadline before it, the gapped clause dates nothing.
    text = "Officials visited the plant this year, those on the board by 2026."
    times = [time(text, "this year", "DATE", "2025"), time(text, "2026", "DATE", "2026")]
    assert extract_deadlines(text, split_sentences(text), times, [], PUBLISHED) == []


def test_a_date_for_what_a_government_asks_its_legislature_to_do():
    text = "Ruritania will ask parliament to scrap its export credits by July 1."
    credits = measure(text, "export credits", "subsidy", "lift", "Ruritania")
    assert [d.date for d in found(text, "July 1", "DATE", "2025-07-01", credits)] == [
        "2025-07-01"]
    text = "Ruritania will ask Freedonia to send envoys by July 1."
    assert found(text, "July 1", "DATE", "2025-07-01") == []


def test_a_clause_that_gaps_the_verb_before_it_keeps_its_date():
    text = ("Ruritanian duties on Freedonian goods will fall to 30% from 145%, and Freedonia's"
            " on Ruritanian goods to 10% from 125%, from May 14.")
    duties = measure(text, "duties", "tariff", "ease", "Ruritania", ("Freedonia",))
    assert [d.date for d in found(text, "May 14", "DATE", "2025-05-14", duties)] == [
        "2025-05-14"]
    # A coordinated clause with a verb of its own is its own clause.
    text = "Ruritania will cut duties, and Freedonia's envoys visit 10 ports on May 14."
    duties = measure(text, "duties", "tariff", "ease", "Ruritania")
    assert found(text, "May 14", "DATE", "2025-05-14", duties) == []


def test_a_measure_referred_back_to_across_a_quote():
    text = ("Ruritania and Freedonia agreed to cut their duties for 90 days. Ruritanian duties"
            " will fall to 30%. The finance minister said talks would go on. The reductions"
            " will expire on August 12 unless extended.")
    duties = Measure("tariff", "ease", "Ruritania", ["Freedonia"], None, 63, 97,
                     text[63:97], trigger=Mention(74, 80, "duties"), times=[])
    deadlines = extract_deadlines(text, split_sentences(text),
                                  [time(text, "August 12", "DATE", "2025-08-12")], [duties],
                                  PUBLISHED)
    assert [(d.date, d.why) for d in deadlines] == [("2025-08-12", "deadline.expires: 'expire on'")]


def test_a_law_that_gives_a_firm_months_to_act():
    text = "Ruritania signed a law that gives Acme's Freedonian owner Zentrix nine months to sell."
    law = measure(text, "law", "other", "impose", "Ruritania")
    d = one(text, "nine months", "DURATION", "P9M", law)
    assert (d.date, rule(d)) == ("2025-12", "deadline.obligation")
    # What would happen gives no deadline.
    text = "This would give Zentrix an extra 14 days to find the funds."
    assert found(text, "14 days", "DURATION", "P14D") == []


def test_an_obligation_reported_in_the_past_tense_is_still_due():
    d = one("The commissioner said the company had to respond within the next three months.",
            "the next three months", "DURATION", "P3M")
    assert (d.date, d.what) == ("2025-06", "the company must respond")
    assert found("Last year the firm had to close its plant within two months.", "two months",
                 "DURATION", "P2M") == []


def test_the_day_a_step_was_confirmed_is_no_deadline():
    text = ("The government will ban the sale of petrol cars from 2030, the minister confirmed"
            " on Thursday.")  # the day of publication
    ban = measure(text, "ban", "other", "impose", "Ruritania")
    assert [d.text for d in extract_deadlines(
        text, split_sentences(text), [time(text, "2030", "DATE", "2030"),
                                      time(text, "Thursday", "DATE", "2025-03-13")],
        [ban], PUBLISHED)] == ["2030"]


def test_what_a_relative_pronoun_stands_for_is_the_measure():
    text = ("The agency will issue rules to implement the order, which are expected to take"
            " effect next year.")
    rules_ = measure(text, "rules", "other", "impose", "Ruritania")
    assert one(text, "next year", "DATE", "2026", rules_).what == \
        "the rules are expected to take effect"


def test_a_day_named_and_then_dated_in_apposition():
    text = ("The minister said he would impose a 25% tariff on Freedonian cars on his first"
            " day in office, January 20.")
    tariff = measure(text, "tariff", "tariff", "impose", "Ruritania", ("Freedonia",))
    d = one(text, "January 20", "DATE", "2026-01-20", tariff)
    assert (d.date, rule(d)) == ("2026-01-20", "deadline.scheduled")
    # A date in apposition to something else dates nothing.
    text = "The minister, who took office on Monday, January 20, said the tariff would stay."
    assert found(text, "January 20", "DATE", "2026-01-20", tariff) == []


def test_a_decision_due_on_whether_to_act_is_no_hypothesis():
    text = ("The Ruritanian government will decide whether to ratify the treaty by the end of"
            " September, the minister said.")
    d = one(text, "the end of September", "DATE", "2025-09")
    assert (d.date, d.what) == (
        "2025-09-30", "the Ruritanian government will decide whether to ratify the treaty")
    # Any other "whether" still asks an open question: no date is due.
    assert found("Officials wonder whether the government will ratify the treaty by September.",
                 "September", "DATE", "2025-09") == []


def test_a_level_a_measure_reaches_by_a_time():
    text = ("Ruritania raised tariffs on Freedonian cars to 100% from 25%, and on chips to 50% by"
            " 2026.")
    tariffs = measure(text, "tariffs", "tariff", "impose", "Ruritania", ("Freedonia",))
    d = one(text, "2026", "DATE", "2026", tariffs)
    assert (d.date, d.what, rule(d)) == ("2026", "Ruritania's tariffs on chips to 50%",
                                         "deadline.scheduled")
    text = "Ruritania will place 25% tariffs on Freedonian goods, rising to 40% within 21 days."
    tariffs = measure(text, "tariffs", "tariff", "impose", "Ruritania", ("Freedonia",))
    d = one(text, "21 days", "DURATION", "P21D", tariffs)
    assert (d.date, d.what) == ("2025-04-03", "Ruritania's tariffs rising to 40%")
    # No measure: a market figure is no step.
    assert found("Exports rose to 50% by 2026.", "2026", "DATE", "2026") == []


def test_a_probe_named_again_is_the_investigation_of_any_type():
    text = ("Ruritania opened an anti-dumping investigation into Freedonian canola. The canola"
            " probe is due to conclude by September, the ministry said.")
    first = text.index(". ") + 1
    case = Measure("trade_defence", "investigate", "Ruritania", ["Freedonia"], None, 0, first,
                   text[:first], trigger=Mention(text.index("anti-dumping"),
                                                 text.index(" into"), "anti-dumping investigation"))
    d = one(text, "September", "DATE", "2025-09", case)
    assert (d.date, d.measure) == ("2025-09", 0)


def test_a_perfect_tense_before_until_keeps_the_measure_until_then():
    text = "The chancellor has frozen fuel duty until September, in a pre-election Budget."
    duty = measure(text, "fuel duty", "other", "maintain", "Ruritania")
    d = one(text, "September", "DATE", "2025-09", duty)
    assert (d.what, rule(d)) == ("the fuel duty kept until then", "deadline.until")
    # "has until" is still an obligation.
    d = one("Acme has until September to sell its stake.", "September", "DATE", "2025-09")
    assert (d.what, rule(d)) == ("Acme must sell its stake", "deadline.obligation")


def test_who_has_been_given_time_to_act_must_act():
    d = one("Acme has been given until June to respond to the complaint.", "June", "DATE",
            "2025-06")
    assert d.what == "Acme must respond to the complaint"


def test_the_money_of_a_subsidy_named_before_is_paid_by_a_time():
    text = ("Ruritania approved 45 million crowns of aid for farmers. The money will be paid"
            " out before the end of September, the minister said.")
    first = text.index(". ") + 1
    aid = Measure("subsidy", "impose", "Ruritania", [], "45 million crowns", 0, first,
                  text[:first], trigger=Mention(text.index("aid"), text.index("aid") + 15,
                                                "aid for farmers"))
    d = one(text, "the end of September", "DATE", "2025-09", aid)
    assert (d.date, d.measure, d.what) == ("2025-09-30", 0,
                                           "the aid for farmers will be paid out")


def test_a_passive_of_a_speech_verb_interrupts_nothing():
    text = "The provisional duties must be confirmed by the member states by November 2."
    d = one(text, "November 2", "DATE", "2025-11-02")
    assert (d.what, rule(d)) == ("the provisional duties must be confirmed by the member states",
                                 "deadline.obligation")
    # Said by someone: the time dates the saying's clause, no duty of the speaker.
    assert found("The duties must go, the minister confirmed by November 2.", "November 2",
                 "DATE", "2025-11-02") == []


def test_a_government_selling_firms_assets_is_no_company_plan():
    d = one("The minister said the government would sell the companies' assets by the end of"
            " the year.", "the end of the year", "DATE", "2025")
    assert d.what == "the government would sell the companies' assets"
    assert found("Acme said the company would sell its stake by the end of the year.",
                 "the end of the year", "DATE", "2025") == []


def test_a_step_a_body_will_take_next_year_needs_no_preposition():
    text = "The treasury will issue the rules next year, and they will not apply to old deals."
    rules_ = measure(text, "rules", "other", "impose", "Ruritania")
    d = one(text, "next year", "DATE", "2026", rules_)
    assert (d.date, d.what) == ("2026", "the treasury will issue the rules")
    # A forecast or a meeting next year is still no deadline.
    assert found("Officials expect the deficit to fall next year.", "next year", "DATE",
                 "2026") == []
    assert found("The ministers will meet next month.", "next month", "DATE", "2025-04") == []


def test_what_will_only_become_known_is_no_step():
    assert found("The outcome of the referendum will be known in April.", "April", "DATE",
                 "2025-04") == []
    d = one("The ban on imports will be lifted in April.", "April", "DATE", "2025-04")
    assert d.what == "the ban on imports will be lifted"


def test_the_rest_of_a_measure_following_later():
    text = ("Ruritania will impose tariffs on Freedonian goods. The first duties will take"
            " effect on Tuesday, with the rest following in 21 days.")
    first = text.index(". ") + 1
    tariffs = Measure("tariff", "impose", "Ruritania", ["Freedonia"], None, 0, len(text), text,
                      trigger=Mention(text.index("tariffs"), text.index("tariffs") + 7,
                                      "tariffs"), times=[0])
    assert first > 0
    d = one(text, "21 days", "DURATION", "P21D", tariffs)
    assert (d.date, d.what) == ("2025-04-03",
                                "the rest of Ruritania's tariffs on Freedonian goods take effect")


def test_a_measure_named_again_with_its_state_links_to_that_states_measure():
    # (real states: the link reads their names and adjectives from the gazetteer)
    text = ("Canada imposed tariffs on Mexican cars. Mexico imposed tariffs on"
            " Canadian wine. The Canadian tariffs are due to take effect on Tuesday.")
    one_end = text.index(". ") + 1
    two_end = text.index(". ", one_end) + 1
    first = Measure("tariff", "impose", "Canada", ["Mexico"], None, 0, one_end,
                    text[:one_end], trigger=Mention(text.index("tariffs"),
                                                    text.index("tariffs") + 7, "tariffs"))
    at = text.index("tariffs", one_end)
    second = Measure("tariff", "impose", "Mexico", ["Canada"], None, one_end + 1, two_end,
                     text[one_end + 1:two_end], trigger=Mention(at, at + 7, "tariffs"))
    d = one(text, "Tuesday", "DATE", "2025-03-18", first, second)
    assert d.measure == 0


def test_effective_and_a_date_says_when_a_measure_takes_effect():
    text = "Ruritania announced duties of 25% on Freedonian steel, effective March 20."
    duties = measure(text, "duties", "tariff", "impose", "Ruritania", ("Freedonia",))
    d = one(text, "March 20", "DATE", "2025-03-20", duties)
    assert (d.date, rule(d), d.measure) == ("2025-03-20", "deadline.takes-effect", 0)
    assert d.what == "Ruritania's duties on Freedonian steel take effect"
    text = "The new licensing rules, effective from 1 June, require importers to register."
    rules = measure(text, "require importers", "other", "impose")
    d = one(text, "1 June", "DATE", "2025-06-01", rules)
    assert d.what == "the new licensing rules take effect"
    text = "The export ban becomes effective on 1 May."
    d = one(text, "1 May", "DATE", "2025-05-01")
    assert d.what == "the export ban becomes effective"
    text = "A 10% levy on Freedonian steel will be charged with effect from 1 April."
    levy = measure(text, "levy", "tariff", "impose")
    assert one(text, "1 April", "DATE", "2025-04-01", levy).what \
        == "a 10% levy on Freedonian steel will be charged"


def test_effective_is_no_deadline_for_a_company_or_a_past_date():
    text = "Acme's new prices, effective 1 June, will lift its margins."
    assert found(text, "1 June", "DATE", "2025-06-01") == []
    text = "The duties on Freedonian steel, effective 2 March, were doubled."
    duties = measure(text, "duties", "tariff", "impose")
    assert found(text, "2 March", "DATE", "2025-03-02", duties) == []


def test_a_measure_expected_to_be_announced_by_a_time():
    text = "Ruritania is expected to announce its own export curbs by the end of March."
    curbs = measure(text, "export curbs", "export_control", "impose", "Ruritania")
    d = one(text, "the end of March", "DATE", "2025-03", curbs)
    assert (rule(d), d.measure) == ("deadline.expected", 0)
    assert d.what == "Ruritania is expected to announce its own export curbs"


def test_an_announcement_on_a_day_is_an_event():
    text = "Ruritania is expected to announce its new export curbs on Tuesday."
    curbs = measure(text, "export curbs", "export_control", "impose", "Ruritania")
    assert found(text, "Tuesday", "DATE", "2025-03-18", curbs) == []
    text = "Acme is expected to announce its results by the end of March."
    assert found(text, "the end of March", "DATE", "2025-03") == []


def test_the_rules_named_again_before_an_apposition_link_to_the_measure():
    text = ("Ruritania widened its export controls on Freedonian chipmakers. The rules,"
            " issued by the Ruritanian Trade Bureau, take effect on March 31.")
    first_end = text.index(". ") + 1
    controls = Measure("export_control", "impose", "Ruritania", ["Freedonia"], None, 0,
                       first_end, text[:first_end],
                       trigger=Mention(text.index("export controls"),
                                       text.index("export controls") + 15, "export controls"))
    d = one(text, "March 31", "DATE", "2025-03-31", controls)
    assert (d.measure, d.date) == (0, "2025-03-31")


def test_a_sentence_subject_with_a_relative_clause_names_what_is_due():
    text = ("Ruritania approved a package of sanctions on Freedonia. The package, which must"
            " be formally adopted by ministers on March 20, adds 31 firms to its blacklist.")
    first_end = text.index(". ") + 1
    at = text.index("sanctions")
    sanctions = Measure("sanction", "impose", "Ruritania", ["Freedonia"], None, 0, len(text),
                        text, trigger=Mention(at, at + 9, "sanctions"))
    d = one(text, "March 20", "DATE", "2025-03-20", sanctions)
    assert first_end > 0 and d.what == "the package must be formally adopted by ministers"


def test_a_stage_a_policy_enters_on_a_day_takes_effect():
    text = "The Ruritanian carbon levy enters its definitive phase on 1 January 2026."
    d = one(text, "1 January 2026", "DATE", "2026-01-01")
    assert (d.date, rule(d)) == ("2026-01-01", "deadline.takes-effect")
    assert d.what == "the Ruritanian carbon levy enters its definitive phase"
    assert found("The tournament enters its final stage on Sunday.", "Sunday", "DATE",
                 "2025-03-16") == []


def test_a_participle_apposition_leaves_the_subject_in_what_is_due():
    text = "The Ruritanian Deforestation Regulation, delayed by a year, applies from 30 June."
    d = one(text, "30 June", "DATE", "2025-06-30")
    assert d.what == "the Ruritanian Deforestation Regulation applies"


def test_what_is_due_reads_in_lower_case_and_without_a_time_left_over():
    text = "Tariffs are scheduled to rise to 25% on April 1."
    tariffs = measure(text, "Tariffs", "tariff", "impose")
    assert one(text, "April 1", "DATE", "2025-04-01", tariffs).what \
        == "tariffs are scheduled to rise to 25%"
    text = "The price cap will be lowered to $45 in three months' time."
    assert one(text, "three months", "DURATION", "P3M").what \
        == "the price cap will be lowered to $45"


def test_an_including_apposition_and_a_verb_bound_measure_leave_a_clean_what():
    text = ("Ruritania agreed to limit the growth of Freedonian textile exports. Under the deal,"
            " annual growth in ten categories, including T-shirts and yarn, will be capped at"
            " 10% until 2028.")
    at = text.index("limit the growth")
    quota = Measure("quota", "impose", "Ruritania", ["Freedonia"], None, 0, len(text), text,
                    trigger=Mention(at, at + 16, "limit the growth"), times=[0])
    d = one(text, "2028", "DATE", "2028", quota)
    assert d.what == "annual growth in ten categories will be capped at 10%"


def test_a_measure_kept_for_another_span_lasts_until_its_end():
    text = "Ruritania will keep its suspension of the levy on Freedonian goods for another 90 days."
    levy = measure(text, "levy", "tariff", "delay", "Ruritania", ("Freedonia",))
    d = one(text, "another 90 days", "DURATION", "P90D", levy)
    assert (d.date, rule(d)) == ("2025-06-11", "deadline.lasts")
    assert found("Prices rose for another three days.", "another three days", "DURATION",
                 "P3D") == []


def test_what_a_verb_keeps_until_a_time_is_what_is_due():
    text = "The ministry has extended the exemption for small exporters until June."
    d = one(text, "June", "DATE", "2025-06")
    assert d.what == "the exemption for small exporters extended until then"
    text = "Freedonia suspended its port levy until 2027."
    assert one(text, "2027", "DATE", "2027").what == "Freedonia's port levy suspended until then"


def test_what_comes_into_force_is_the_noun_before_the_participle():
    text = ("The commissioner condemned the deletion of e-mails under freedom of information"
            " laws coming into force on 1 April.")
    d = one(text, "1 April", "DATE", "2025-04-01")
    assert d.what == "freedom of information laws come into force"


def test_a_measure_frozen_until_a_time():
    text = "The chancellor raised duty on wine but froze petrol duty until September."
    assert one(text, "September", "DATE", "2025-09").what == "petrol duty frozen until then"


def test_a_figure_expected_to_rise_or_widen_is_a_forecast():
    text = "We expect the deficit to continue to widen in 2026, officials said."
    assert found(text, "2026", "DATE", "2026") == []
    text = "Public spending is expected to rise in 2026."
    assert found(text, "2026", "DATE", "2026") == []
    text = "The export ban is expected to be lifted by June."
    assert one(text, "June", "DATE", "2025-06").what == "the export ban is expected to be lifted"


def test_at_the_latest_is_left_out_of_what_is_due():
    text = "Ruritania must submit its plan by March 31 at the latest."
    assert one(text, "March 31", "DATE", "2025-03-31").what == "Ruritania must submit its plan"


def test_the_proposal_or_the_measures_taking_effect_are_a_policy():
    text = ("Ruritania will raise tariffs on Freedonian cars to 50%. The proposal would take"
            " effect on January 1.")
    tariffs = Measure("tariff", "impose", "Ruritania", ["Freedonia"], "50%", 0,
                      text.index(". ") + 1, text[:text.index(". ") + 1],
                      trigger=Mention(text.index("tariffs"), text.index("tariffs") + 7,
                                      "tariffs"))
    d = one(text, "January 1", "DATE", "2026-01-01", tariffs)
    assert (d.date, d.measure, rule(d)) == ("2026-01-01", 0, "deadline.takes-effect")
    d = one("The measures take effect on 1 June.", "1 June", "DATE", "2025-06-01")
    assert d.what == "the measures take effect"
    # a company's proposal is no policy
    assert found("Acme's proposal requires the buyer to begin an auction in June.", "June",
                 "DATE", "2025-06") == []


def test_a_list_of_names_is_the_whole_subject_of_what_is_due():
    text = "Ruritania, Freedonia and Grand Fenwick are due to review their pact by July 2026."
    assert one(text, "July 2026", "DATE", "2026-07").what \
        == "Ruritania, Freedonia and Grand Fenwick are due to review their pact"
    text = "People in Strelsau, Zenda and Tarlenheim must register by 1 April to vote."
    assert one(text, "1 April", "DATE", "2025-04-01").what.startswith(
        "People in Strelsau, Zenda and Tarlenheim must register")
    # an apposition is still left out
    text = "Acme, a Freedonian steelmaker, must sell its mill by July 2026."
    assert one(text, "July 2026", "DATE", "2026-07").what == "Acme must sell its mill"


def test_a_reported_subject_with_a_relative_clause_names_what_is_due():
    text = ("The Ruritanian trade ministry said the new rules, which cover cleaning, etching"
            " and lithography tools, will come into force on July 23.")
    assert one(text, "July 23", "DATE", "2025-07-23").what == "the new rules will come into force"
    text = ("The police chief said he did not agree with those who objected to the plans, which"
            " come into force on 7 April.")
    assert one(text, "7 April", "DATE", "2025-04-07").what == "the plans come into force"


def test_a_time_of_the_plans_being_unveiled_is_no_deadline():
    text = ("Pupils in Ruritania will have to stay in school until they are 18 under plans"
            " unveiled by the government on Monday.")
    assert found(text, "Monday", "DATE", "2025-03-17") == []
    text = "The rules, which must be approved by parliament by June, tighten the checks."
    assert one(text, "June", "DATE", "2025-06").what == "the rules must be approved by parliament"


def test_a_reduced_clause_is_said_of_the_sentences_opening_noun():
    text = ("The planned rise of 2p a litre, due to come in on 1 September, has been postponed,"
            " the ministry said.")
    assert one(text, "1 September", "DATE", "2025-09-01").what \
        == "the planned rise of 2p a litre due to come in"
    text = "The new duties will kick in on 1 September."
    assert one(text, "1 September", "DATE", "2025-09-01").what == "the new duties will kick in"


def test_a_span_of_grace_before_a_measure_applies_counts_from_now():
    text = "The ban on transshipment will take effect after a nine-month transition period."
    d = one(text, "nine-month", "DURATION", "P9M")
    assert (d.date, d.what) == ("2025-12", "the ban on transshipment will take effect")
    text = "The ban will take effect after a transition period of nine months."
    assert one(text, "nine months", "DURATION", "P9M").date == "2025-12"
    assert found("He rested after a two-week holiday.", "two-week", "DURATION", "P2W") == []


def test_what_is_due_in_a_with_phrase_is_read_in_that_phrase():
    text = ("The government will launch a consultation on possible tariffs on batteries, with"
            " submissions due by Oct. 11.")
    tariffs = measure(text, "tariffs", "tariff", "propose")
    d = one(text, "Oct. 11", "DATE", "2025-10-11", tariffs)
    assert (d.date, rule(d)) == ("2025-10-11", "deadline.due")
    # an event in the phrase itself is still none
    text = "The ministers will review the tariffs, with a summit due on Oct. 11."
    assert found(text, "Oct. 11", "DATE", "2025-10-11", measure(text, "tariffs", "tariff",
                                                                 "maintain")) == []


def test_working_days_to_decide_and_no_later_than_a_year_are_due():
    text = "The commission has 25 working days to decide."
    assert one(text, "25 working days", "DURATION", "P25D").what == "the commission must decide"
    text = "Importers must comply no later than 2027."
    assert one(text, "2027", "DATE", "2027").what == "importers must comply"


def test_a_measure_expected_next_week_needs_no_preposition():
    text = "Ruritania is expected to add more names to its sanctions list next week."
    names = measure(text, "sanctions list", "sanction", "impose", "Ruritania")
    assert one(text, "next week", "DATE", "2025-W12", names).measure == 0
    text = "The court is expected to rule on the appeal next week."
    assert found(text, "next week", "DATE", "2025-W12") == []


def test_a_clock_time_on_a_weekday_read_backwards_is_the_next_one():
    text = "Ruritania gave Freedonia until noon on Tuesday to withdraw its tariffs."
    # published on a Friday (2025-03-14): the tagger read the Tuesday before
    d = one(text, "noon on Tuesday", "TIME", "2025-03-11T12:00")
    assert d.date == "2025-03-18"


def test_a_measure_due_for_renewal_is_due():
    d = one("The sanctions are due for renewal in July.", "July", "DATE", "2025-07")
    assert (d.date, d.what) == ("2025-07", "the sanctions are due for renewal")
    assert found("The patient is due for review in July.", "July", "DATE", "2025-07") == []


def test_a_reduced_clause_after_a_named_law_is_said_of_it():
    text = ("Bodies are ill-prepared for the Freedom of Information Act, due to come into force"
            " next month, say MPs.")
    assert one(text, "next month", "DATE", "2025-04").what \
        == "the Freedom of Information Act due to come into force"
    text = "Under the new regulations, expected to be in force in the spring, officials may act."
    assert one(text, "the spring", "DATE", "2025-SP").what \
        == "the new regulations expected to be in force"


def test_midway_through_a_half_is_no_end_and_going_to_have_to_stays():
    text = "Ruritania drew level with a penalty midway through the first half."
    assert found(text, "the first half", "DATE", "2025-H1") == []
    text = "Ruritanian exporters are going to have to wait until next year for the licences."
    d = one(text, "next year", "DATE", "2026")
    assert "must" not in d.what and "have to wait" in d.what


def test_what_a_measure_word_only_qualifies_is_what_is_kept_or_put_off():
    text = "The cap on council tax rises will stay in place until 2027."
    rises = measure(text, "tax rises", "other", "maintain", "Ruritania")
    assert one(text, "2027", "DATE", "2027", rises).what \
        == "the cap on council tax rises will stay in place"
    text = "The minister said the fuel duty rise would be deferred until September."
    duty = measure(text, "fuel duty", "other", "impose", "Ruritania")
    assert one(text, "September", "DATE", "2025-09", duty).what \
        == "the fuel duty rise would be deferred"


def test_a_duty_that_starts_on_a_fronted_date_laid_by_an_official_body():
    text = ("From Oct. 11, importers of Ruritanian brandy will have to pay deposits at "
            "Freedonian customs, the ministry said.")
    d = one(text, "Oct. 11", "DATE", "2025-10-11")
    assert (d.date, rule(d)) == ("2025-10-11", "deadline.takes-effect")
    assert d.what.startswith("importers of Ruritanian brandy will have to pay deposits")
    # a company's own new rule is no deadline
    text = "From Monday, shoppers will have to pay for plastic bags, the company said."
    assert found(text, "Monday", "DATE", "2025-03-17") == []


def test_phased_in_keeps_its_particle_before_the_time():
    text = "The ban on Freedonian aluminium imports will be phased in over 12 months."
    ban = measure(text, "ban on Freedonian aluminium imports", "import_ban", "impose",
                  "Ruritania", ("Freedonia",))
    d = one(text, "over 12 months", "DURATION", "P12M", ban)
    assert d.what.endswith("will be phased in"), d.what
    # "come in the first half": "in" opens the time, it is no particle
    text = "The minister said the new tariff would come in the first half of next year."
    tariff = measure(text, "tariff", "tariff", "impose", "Ruritania")
    d = one(text, "the first half of next year", "DATE", "2026-H1", tariff)
    assert not d.what.endswith(" in"), d.what


def test_a_span_counted_from_a_dated_day_ends_that_many_days_later():
    text = "The new levy will take effect 21 days after Aug. 7, according to the order."
    levy = measure(text, "levy", "tariff", "impose", "Ruritania")
    times = [time(text, "21 days", "DURATION", "P21D"), time(text, "Aug. 7", "DATE", "2025-08-07")]
    got = extract_deadlines(text, split_sentences(text), times, [levy], "2025-08-06")
    assert [(d.date, d.text) for d in got] == [("2025-08-28", "21 days")]
    # "within 30 days of the ruling": counted from a day the text does not date
    text = "The firm must respond within 30 days of the ruling."
    assert found(text, "30 days", "DURATION", "P30D") == []


def test_a_reduced_clause_after_an_indefinite_noun_is_said_of_it():
    text = ("The senator said a tender for 350,000 tons of wheat, due to close next week, could "
            "be lost if the sanctions exemption is not passed.")
    d = one(text, "next week", "DATE", "2025-W12")
    assert d.what == "a tender for 350,000 tons of wheat due to close", d.what


def test_a_time_opening_the_clause_is_no_part_of_what_is_due():
    text = "Earlier this week he said he expected the embargo to be lifted within six months."
    embargo = measure(text, "embargo", "sanction", "lift", "Ruritania")
    d = one(text, "six months", "DURATION", "P6M", embargo)
    assert not d.what.lower().startswith("earlier"), d.what


def test_a_step_due_on_pain_of_a_threat_is_an_obligation():
    text = ("The Commission has warned Freedonia it could face legal action if it does not "
            "comply by the end of the year.")
    d = one(text, "the end of the year", "DATE", "2025")
    assert (rule(d), d.what) == ("deadline.obligation", "Freedonia must comply")
    text = "If the weather does not improve by Friday, the match will be played indoors."
    assert found(text, "Friday", "DATE", "2025-03-14") == []


def test_compliance_dates_are_due_dates():
    text = ("The rules take effect immediately, though some provisions have compliance dates of "
            "Dec. 31.")
    d = one(text, "Dec. 31", "DATE", "2025-12-31")
    assert (d.date, rule(d)) == ("2025-12-31", "deadline.due")


def test_a_measure_from_a_date_takes_effect_then():
    text = ("Ruritania adopted a package which includes a ban on imports of Freedonian gas from "
            "January 2027.")
    ban = measure(text, "ban on imports", "import_ban", "impose", "Ruritania", ("Freedonia",))
    d = one(text, "January 2027", "DATE", "2027-01", ban)
    assert (d.date, d.what) == ("2027-01-01",
                                "the ban on imports of Freedonian gas takes effect"), d


def test_a_hearing_put_off_until_a_day_is_no_deadline():
    text = ("Judge Anna Karlsson pushed back a preliminary hearing - which was due to take "
            "place on Wednesday - until 6 June.")
    assert found(text, "6 June", "DATE", "2025-06-06") == []
    text = "The ban will stay in place until 6 June, officials said after the meeting."
    assert one(text, "6 June", "DATE", "2025-06-06").what == "the ban will stay in place"


def test_which_after_a_dash_is_said_of_the_noun_the_first_which_follows():
    text = ("They are held under laws which the Law Lords have ruled break human rights rules "
            "- and which are due to expire on 14 March.")
    assert one(text, "14 March", "DATE", "2025-03-14").what == "the laws are due to expire"


def test_a_relative_clause_of_the_subject_is_left_out_of_the_label():
    text = ("From July 4, Ruritanian firms that want to export fluorinated polyimide, "
            "photoresists and hydrogen fluoride to Freedonia will need to apply for a licence "
            "for each contract, the ministry said.")
    d = one(text, "July 4", "DATE", "2025-07-04")
    assert d.what == "Ruritanian firms will need to apply for a licence for each contract"
    text = ("Ruritania said on Monday that companies that export chips will need a licence from "
            "July 4.")
    assert one(text, "July 4", "DATE", "2025-07-04").what == "companies will need a licence"
    text = "Ruritania said exporters who ship chips to Freedonia will need a licence from July 4."
    assert one(text, "July 4", "DATE", "2025-07-04").what == "exporters will need a licence"
    # a clause that is said keeps its subject
    text = "Ruritania said that firms will need a licence from July 4."
    assert one(text, "July 4", "DATE", "2025-07-04").what == "firms will need a licence"
    # nor does a clause a rule or a speaker states ("Rules stipulate that ...")
    text = ("Rules stipulate that teams from the same country will be kept apart in the draw on "
            "July 4.")
    assert one(text, "July 4", "DATE", "2025-07-04").what.startswith("teams from the same")


def test_an_hour_of_any_day_is_no_deadline():
    from newsdesk.analysis.engine import analyze
    text = ("Adverts for foods high in fat, salt and sugar will be banned from television "
            "before 9pm under plans announced by the government.")
    findings = analyze(text, dt.date(2025, 3, 13))
    assert [t.text for t in findings.times] == ["9pm"] and findings.measures
    assert findings.deadlines == []
    # an hour whose day the text gives, past brackets, is dated that day
    findings = analyze("Ruritania announced tariffs on Freedonian goods. The tariffs take effect "
                       "at 12:01 a.m. EST (0501 GMT) on Tuesday.", dt.date(2025, 2, 1))
    assert [d.date for d in findings.deadlines] == ["2025-02-04"], findings.times
    text = "Bids must be submitted by noon on Friday, the ministry said."
    assert one(text, "noon on Friday", "TIME", "2025-03-14T12:00").date == "2025-03-14"


def test_an_apposition_with_an_irregular_participle_is_passed_over_to_its_subject():
    text = ("The plans, set out in a public health white paper, also include a ban on smoking "
            "in most enclosed public places by 2028 and clearer food labels.")
    d = one(text, "2028", "DATE", "2028")
    assert d.what.startswith("the plans also include a ban on smoking"), d.what


def test_a_party_ordered_to_act_within_a_span_must_act_by_its_end():
    text = ("The software giant has also been ordered to offer a version of its operating "
            "system without its media player within 90 days.")
    d = one(text, "90 days", "DURATION", "P90D")
    assert (d.date, d.what) == ("2025-06-11", "the software giant must offer a version of its "
                                "operating system without its media player")
    # an order placed is no order given to a party
    assert found("Acme ordered 50 planes to be delivered by 2028.", "2028", "DATE",
                 "2028") == []


def test_a_month_an_appeal_was_made_in_is_no_deadline():
    text = "In November, MPs urged ministers to make councils create more sites."
    assert found(text, "November", "DATE", "2024-11") == []
    text = "The EU urged Ruritania to lift its ban by November."
    assert one(text, "November", "DATE", "2024-11").date == "2025-11"


def test_a_comma_closing_an_apposition_does_not_cut_the_subject_off():
    text = ("Three senior officials of Ruritania's state-owned airline, Acme Air, are set to leave "
            "the board on 28 March after accusations of a conflict of interest.")
    d = one(text, "28 March", "DATE", "2025-03-28")
    assert d.what.lower().startswith("three senior officials of ruritania's state-owned"), d.what
    assert d.what.endswith("are set to leave the board"), d.what


def test_a_future_told_under_an_official_bodys_plans_is_a_policy_outcome():
    text = ("Patients in Ruritania will wait no longer than 18 weeks from referral to treatment "
            "by 2028 under plans unveiled by the government.")
    assert one(text, "2028", "DATE", "2028").what == \
        "Patients in Ruritania will wait no longer than 18 weeks from referral to treatment"
    # a firm's plans are its own business
    assert found("Acme will cut prices by 2028 under its plans.", "2028", "DATE", "2028") == []


def test_a_measure_named_after_a_preposition_is_named_without_it():
    text = "A planned rise in fuel duty would be put off until 1 September."
    d = one(text, "1 September", "DATE", "2025-09-01",
            measure(text, "fuel duty", "other", "delay", "Ruritania"))
    assert d.what.lower().startswith("the fuel duty"), d.what
    assert " in fuel duty" not in d.what.lower(), d.what


def test_a_rule_that_applies_to_whom_from_a_date_takes_effect_then():
    text = "The duty applies to goods entering Ruritania from August 1, the ministry said."
    d = one(text, "August 1", "DATE", "2025-08-01",
            measure(text, "duty", "tariff", "impose", "Ruritania"))
    assert (d.date, rule(d)) == ("2025-08-01", "deadline.takes-effect")
    assert d.what == "the duty applies to goods entering Ruritania", d.what
    # a past rule is history
    text = "The duty applied to goods entering Ruritania from 1998."
    assert found(text, "1998", "DATE", "1998",
                 measure(text, "duty", "tariff", "impose", "Ruritania")) == []


def test_a_step_held_out_unless_something_is_done_in_time_makes_that_due():
    text = ("Freedonia said it would file a complaint with the WTO unless the decision was "
            "reversed within 30 days.")
    d = one(text, "30 days", "DURATION", "P30D",
            measure(text, "complaint", "investigation", "threaten", "Freedonia"))
    assert (d.date, d.what) == ("2025-04-12", "the decision must be reversed")



def test_a_step_held_out_if_something_is_not_done_in_time_makes_that_due():
    text = ("Freedonia warned that it would impose counter-tariffs on Ruritanian goods if the "
            "duty was not withdrawn by September 1.")
    d = one(text, "September 1", "DATE", "2025-09-01",
            measure(text, "counter-tariffs", "tariff", "threaten", "Freedonia"))
    assert (d.date, d.what) == ("2025-09-01", "the duty must be withdrawn")


def test_an_order_giving_a_long_named_party_time_to_act_binds_that_party():
    text = ("The order gives the company and its Ruritanian affiliates 120 days to divest the "
            "property and requires them to remove all equipment.")
    d = one(text, "120 days", "DURATION", "P120D",
            measure(text, "divest the property", "investment_restriction", "impose",
                    "Ruritania"))
    assert d.what == "the company and its Ruritanian affiliates must divest the property"


def test_a_floor_price_that_applies_from_a_day_takes_effect_then():
    text = ("A notification from the trade directorate said the floor price would apply to all "
            "contracts registered from Monday.")
    d = one(text, "Monday", "DATE", "2025-03-17")
    assert (d.date, rule(d)) == ("2025-03-17", "deadline.takes-effect")


# deadline.paused-for ---------------------------------------------------------------------

def test_a_step_held_off_for_a_span_runs_to_its_end_from_the_day_told():
    text = "Ruritania on Monday agreed to pause its 25% tariffs on Freedonian goods for 30 days."
    times = [time(text, "Monday", "DATE", "2025-03-10"), time(text, "30 days", "DURATION", "P30D")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [
        measure(text, "tariffs", "tariff", "delay", "Ruritania", ("Freedonia",))], PUBLISHED)
    assert [(d.date, d.text, rule(d)) for d in deadlines] == [
        ("2025-04-09", "30 days", "deadline.paused-for")]
    assert deadlines[0].measure == 0
    # with no day told, from the day of publication; what is held off reads on its own
    text = "Ruritania put its retaliatory tariffs on Freedonian goods on hold for 90 days."
    d = one(text, "90 days", "DURATION", "P90D",
            measure(text, "retaliatory tariffs", "tariff", "delay", "Ruritania", ("Freedonia",)))
    assert (d.date, rule(d)) == ("2025-06-11", "deadline.paused-for")
    assert d.what == "Ruritania's retaliatory tariffs on Freedonian goods on hold until then"
    text = "Freedonia extended its sanctions on Ruritanian banks for six months."
    d = one(text, "six months", "DURATION", "P6M",
            measure(text, "sanctions", "sanction", "extend", "Freedonia", ("Ruritania",)))
    assert (d.date, d.what) == ("2025-09", "Freedonia's sanctions on Ruritanian banks extended "
                                           "until then")


def test_a_span_held_off_leaves_alone_old_vague_or_conditional_steps():
    # a step of 2019: its span ended long ago
    text = "In 2019 Freedonia suspended its tariffs on Ruritanian wine for 90 days."
    times = [time(text, "2019", "DATE", "2019"), time(text, "90 days", "DURATION", "P90D")]
    assert extract_deadlines(text, split_sentences(text), times, [
        measure(text, "tariffs", "tariff", "delay", "Freedonia", ("Ruritania",))],
        PUBLISHED) == []
    text = "Freedonia could suspend its tariffs for 90 days if the talks succeed."
    assert found(text, "90 days", "DURATION", "P90D",
                 measure(text, "tariffs", "tariff", "delay", "Freedonia")) == []
    # no measure: a minister suspended from office
    assert found("The minister was suspended for 90 days.", "90 days", "DURATION", "P90D") == []


def test_a_measure_laid_for_a_span_is_in_force_to_its_end_from_the_day_told():
    text = ("Ruritania on Monday imposed a temporary 12% safeguard duty on some Freedonian "
            "steel for 200 days.")
    times = [time(text, "Monday", "DATE", "2025-03-10"),
             time(text, "200 days", "DURATION", "P200D")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [
        measure(text, "safeguard duty", "trade_defence", "impose", "Ruritania",
                ("Freedonia",))], PUBLISHED)
    assert [(d.date, rule(d)) for d in deadlines] == [("2025-09-26", "deadline.laid-for")]
    assert deadlines[0].what.endswith("in force until then")
    # the span of another verb after the laying one
    text = ("Ruritania will introduce legislation giving the president authority to waive "
            "the penalties for up to a year.")
    assert found(text, "up to a year", "DURATION", "P1Y",
                 measure(text, "legislation", "other", "propose", "Ruritania")) == []
    # laid long ago for a span ("has imposed ... for 20 years"): its history
    text = "Ruritania has imposed duties on Freedonian steel for 20 years."
    assert found(text, "20 years", "DURATION", "P20Y",
                 measure(text, "duties", "tariff", "impose", "Ruritania")) == []


def test_a_span_to_act_counts_from_the_day_the_sentence_tells():
    # "said on Monday that ... within 60 days": from that Monday, not from publication
    text = ("The treasurer said on Monday that five Freedonian investors must sell their "
            "stake in the Ruritanian miner within 60 days.")
    times = [time(text, "Monday", "DATE", "2025-03-10"),
             time(text, "60 days", "DURATION", "P60D")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [
        measure(text, "sell", "other", "impose", "Ruritania", ("Freedonia",))], PUBLISHED)
    assert [(d.date, rule(d)) for d in deadlines] == [("2025-05-09", "deadline.obligation")]
    text = "The new Ruritanian rules announced on Tuesday will take effect in 30 days."
    times = [time(text, "Tuesday", "DATE", "2025-03-11"),
             time(text, "30 days", "DURATION", "P30D")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [
        measure(text, "rules", "other", "impose", "Ruritania")], PUBLISHED)
    assert [d.date for d in deadlines] == ["2025-04-10"]
    # no day told: from publication; a day long before: from publication too
    text = "Five Freedonian investors must sell their stake within 60 days."
    d = one(text, "60 days", "DURATION", "P60D",
            measure(text, "sell", "other", "impose", "Ruritania", ("Freedonia",)))
    assert d.date == "2025-05-12"
    text = "In 2019 Ruritania ruled that investors must sell their stakes within 60 days."
    times = [time(text, "2019", "DATE", "2019"), time(text, "60 days", "DURATION", "P60D")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [
        measure(text, "sell", "other", "impose", "Ruritania")], PUBLISHED)
    assert [d.date for d in deadlines] == ["2025-05-12"]


def test_a_start_fronted_with_no_comma_dates_the_clause_after_it():
    text = "From 21 January 2026 Ruritania will also stop imports of Freedonian diesel."
    d = one(text, "21 January 2026", "DATE", "2026-01-21",
            measure(text, "stop imports", "import_ban", "impose", "Ruritania", ("Freedonia",)))
    assert (d.date, rule(d)) == ("2026-01-21", "deadline.takes-effect")
    assert d.what == "Ruritania will also stop imports of Freedonian diesel"
    # a span's first day leads on to its last, not to a clause
    text = "From 1 March to 5 April Ruritania will stop imports of Freedonian diesel."
    assert found(text, "1 March", "DATE", "2025-03-01",
                 measure(text, "stop imports", "import_ban", "impose", "Ruritania")) == []


def test_a_span_given_from_a_named_day_to_act_counts_from_that_day():
    text = "Under the plan, Freedonian exporters have 30 days from Monday to submit comments."
    times = [time(text, "30 days", "DURATION", "P30D"), time(text, "Monday", "DATE", "2025-03-10")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [], PUBLISHED)
    assert [(d.date, d.text, rule(d)) for d in deadlines] == [
        ("2025-04-09", "30 days", "deadline.obligation")]
    assert deadlines[0].what == "Freedonian exporters must submit comments"


def test_a_proclamation_giving_a_body_a_span_to_act_binds_it():
    d = one("The proclamation gives the trade ministry 30 days to report on the smelters.",
            "30 days", "DURATION", "P30D")
    assert (d.date, d.what) == ("2025-04-12", "the trade ministry must report on the smelters")


def test_a_step_held_out_unless_a_party_acts_in_time_makes_that_due():
    text = ("Ministers warned that they will ban adverts for sweets unless the industry cuts "
            "the amount of such advertising within two years.")
    d = one(text, "two years", "DURATION", "P2Y",
            measure(text, "ban", "other", "threaten", "Ruritania"))
    assert (d.date, rule(d)) == ("2027", "deadline.obligation")
    assert d.what == "the industry must cut the amount of such advertising"
    assert d.why is not None and "unless ... cuts" in d.why
    # "if" a party acts is a condition, nothing due
    text = "Freedonia will impose tariffs if Ruritania cuts its duties within two years."
    assert found(text, "two years", "DURATION", "P2Y",
                 measure(text, "tariffs", "tariff", "threaten", "Freedonia")) == []


def test_a_measure_that_runs_for_a_span_ends_at_its_end():
    text = "Freedonia's new ban on Ruritanian beef lasts for six months."
    d = one(text, "six months", "DURATION", "P6M",
            measure(text, "ban", "import_ban", "impose", "Freedonia", ("Ruritania",)))
    assert (d.date, rule(d)) == ("2025-09", "deadline.runs-for")
    # no policy thing: a festival's run
    assert found("The festival runs for 30 days.", "30 days", "DURATION", "P30D") == []
    # what ran for a span before is history
    text = "The ban on Ruritanian beef ran for six months."
    assert found(text, "six months", "DURATION", "P6M",
                 measure(text, "ban", "import_ban", "impose", "Freedonia")) == []


def test_a_span_already_had_is_spent():
    text = "Ms Halvorsen said: \"Pubs have had six months to apply. The rules are clear.\""
    assert found(text, "six months", "DURATION", "P6M") == []
    d = one("Pubs have six months to apply for the new licences.", "six months", "DURATION",
            "P6M")
    assert d.what == "pubs must apply for the new licences"  # a common noun, as "tariffs"
    # a span that must run first is still to come
    text = ("The law bars the rules from taking effect until Parliament has had 90 days to "
            "review them.")
    d = one(text, "90 days", "DURATION", "P90D")
    assert d.what == "Parliament must review them"


def test_a_body_that_will_publish_its_guidance_by_a_time_has_that_due():
    text = "The Freedonian export agency would publish further guidance on chips by 31 January."
    d = one(text, "31 January", "DATE", "2026-01-31",
            measure(text, "guidance", "other", "impose", "Freedonia"))
    assert (d.date, rule(d)) == ("2026-01-31", "deadline.scheduled")
    # a company's results are no policy output
    assert found("Acme will publish its results by 31 January.", "31 January", "DATE",
                 "2026-01-31") == []


def test_a_step_agreed_to_start_on_a_day_takes_effect_then():
    text = "Ruritania agreed on Tuesday to cut its tariffs on Freedonian steel starting April 1."
    d = one(text, "April 1", "DATE", "2025-04-01",
            measure(text, "tariffs", "tariff", "ease", "Ruritania", ("Freedonia",)))
    assert (d.date, rule(d)) == ("2025-04-01", "deadline.takes-effect")
    # what was agreed for a year, with no start told: no deadline of its own
    text = "Ruritania has agreed to cut the amount of steel that can be sold next year."
    assert found(text, "next year", "DATE", "2026",
                 measure(text, "cut", "quota", "impose", "Ruritania")) == []


def test_a_span_a_superlative_looks_back_over_is_no_deadline():
    text = ("Ruritania will cut its tariffs on steel, hoping to lift prices from their lowest "
            "levels in more than a decade.")
    assert found(text, "more than a decade", "DURATION", "P10Y",
                 measure(text, "tariffs", "tariff", "ease", "Ruritania")) == []
    text = "Ruritania's tariff cut is the first in five years."
    assert found(text, "five years", "DURATION", "P5Y",
                 measure(text, "tariff", "tariff", "ease", "Ruritania")) == []


def test_an_obligation_a_relative_clause_interrupts_is_due_by_the_time_after_it():
    text = ("Ruritania must now withdraw the so-called Step 2 payments, which the judges said "
            "were banned export subsidies, by 1 July.")
    d = one(text, "1 July", "DATE", "2025-07-01",
            measure(text, "payments", "subsidy", "lift", "Ruritania"))
    assert (d.date, rule(d)) == ("2025-07-01", "deadline.obligation")
    assert d.what.startswith("Ruritania must now withdraw")


def test_a_measure_kept_for_some_more_years_lasts_to_their_end():
    text = "Ruritania said the ban on Acme's pesticide would be kept for at least three more years."
    d = one(text, "at least three more years", "DURATION", "P3Y",
            measure(text, "ban", "other", "maintain", "Ruritania"))
    assert (d.date, rule(d)) == ("2028", "deadline.lasts")
    # a span with no "more", "next" or "another": how long, not from now
    text = "Ruritania said the ban on Acme's pesticide had been kept for three years."
    assert found(text, "three years", "DURATION", "P3Y",
                 measure(text, "ban", "other", "maintain", "Ruritania")) == []


def test_a_resolution_giving_a_party_days_to_act_makes_them_due():
    text = "The resolution gives the Ruritanian rulers 30 days to hand over the suspect."
    d = one(text, "30 days", "DURATION", "P30D")
    assert (d.date, rule(d)) == ("2025-04-12", "deadline.obligation")
    # what a company gives its clients is no policy
    text = "The offer gives customers 30 days to return the phones."
    assert found(text, "30 days", "DURATION", "P30D") == []


def test_an_aside_on_the_time_is_not_what_happens_then():
    text = ("From May, when domestic stocks usually run low, the ministry will allow imports "
            "of up to 30,000 tonnes, the minister said.")
    deadlines = analyze(text, dt.date(2025, 2, 13)).deadlines
    assert [(d.date, d.what) for d in deadlines] == [
        ("2025-05-01", "the ministry will allow imports of up to 30,000 tonnes")]


def test_a_measure_that_will_give_a_policy_thing_is_scheduled():
    # "would give ... in low-interest loans ... next year": the policy thing is the verb's
    # object, a few words on, and the clause holds the measure
    text = ("The government said it would give 20 billion won in low-interest loans to small "
            "film producers next year.")
    assert [d.date for d in analyze(text, dt.date(1998, 12, 2)).deadlines] == ["1999"]
    # no measure in the clause: a company's plans are no deadline
    text = "Acme said it would give a presentation on loans to investors next year."
    assert analyze(text, dt.date(1998, 12, 2)).deadlines == []


def test_a_commitment_with_its_day_before_to_is_a_target():
    text = ("Seoul agreed in February to scrap limits on foreign ownership of listed companies "
            "by the end of the year.")
    deadlines = analyze(text, dt.date(1998, 12, 2)).deadlines
    assert [(d.date, rule(d)) for d in deadlines] == [("1998-12-31", "deadline.target")]


def test_a_probe_or_a_step_done_over_a_span_from_now_ends_with_it():
    text = "The Inland Revenue said it would investigate 2,000 employers over the next 12 months."
    assert [d.date for d in analyze(text, dt.date(2005, 2, 24)).deadlines] == ["2006-02"]
    text = "The government will phase out the subsidy over the next three years."
    assert [d.date for d in analyze(text, dt.date(2005, 2, 24)).deadlines] == ["2008"]
    # no measure: a forecast
    assert analyze("Prices will rise over the next 12 months.",
                   dt.date(2005, 2, 24)).deadlines == []


def test_a_decision_on_whether_to_act_expected_by_a_day_is_due_then():
    text = ("The European Commission has opened an investigation into Chinese wind turbine "
            "suppliers. A decision on whether to move to an in-depth investigation is expected "
            "by the end of June, officials said.")
    assert [(d.date, d.what) for d in analyze(text, dt.date(2024, 4, 9)).deadlines] == [
        ("2024-06-30",
         "a decision on whether to move to an in-depth investigation is expected")]
    # "whether" alone is still a hypothesis
    text = ("The European Commission has opened an investigation. It is unclear whether a "
            "ruling is expected by the end of June.")
    assert analyze(text, dt.date(2024, 4, 9)).deadlines == []


def test_a_span_a_measure_lasts_with_no_for_or_counted_from_a_day_ends_at_its_end():
    text = "The suspension of the tariffs on Freedonian goods lasts 90 days from Wednesday."
    times = [time(text, "90 days", "DURATION", "P90D"),
             time(text, "Wednesday", "DATE", "2025-03-12")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [
        measure(text, "tariffs", "tariff", "delay", "Ruritania", ("Freedonia",))], PUBLISHED)
    assert [(d.date, rule(d)) for d in deadlines] == [("2025-06-10", "deadline.runs-for")]
    assert deadlines[0].what == "the tariffs on Freedonian goods on hold until then"
    text = "Freedonia's new ban on Ruritanian beef lasts six months."
    d = one(text, "six months", "DURATION", "P6M",
            measure(text, "ban", "import_ban", "impose", "Freedonia", ("Ruritania",)))
    assert (d.date, rule(d)) == ("2025-09", "deadline.runs-for")
    assert found("The festival lasts 30 days.", "30 days", "DURATION", "P30D") == []


def test_a_span_held_off_counts_from_the_day_told_right_after_it():
    text = "Ruritania suspended its tariffs on Freedonian goods for 90 days on Wednesday."
    times = [time(text, "90 days", "DURATION", "P90D"),
             time(text, "Wednesday", "DATE", "2025-03-12")]
    deadlines = extract_deadlines(text, split_sentences(text), times, [
        measure(text, "tariffs", "tariff", "delay", "Ruritania", ("Freedonia",))], PUBLISHED)
    assert [(d.date, rule(d)) for d in deadlines] == [("2025-06-10", "deadline.paused-for")]


def test_a_span_counted_from_a_day_named_after_it_ends_at_its_end():
    found = analyze("Freedonia said it would extend its ban on fuel exports for another six "
                    "months from Oct. 1.", dt.date(2025, 9, 22)).deadlines
    assert [(d.date, d.text) for d in found] == [("2026-04", "another six months"),
                                                 ("2025-10-01", "Oct. 1")]
    found = analyze("Japan extended its ban on fuel exports for six months from Oct. 1.",
                    dt.date(2025, 9, 22)).deadlines
    assert [d.date for d in found][:1] == ["2026-04"]
    found = analyze("The duties will take effect 30 days from the July 15 start of the probe.",
                    dt.date(2025, 7, 17)).deadlines
    assert [d.date for d in found] == ["2025-08-14"]


def test_a_measure_a_speaker_refers_back_to_past_an_aside_is_put_off_until_a_date():
    text = ("Chancellor Gordon Brown has put off a planned rise in fuel duty.\n\n"
            "Mr Brown said the 1.9p a litre rise, which had been due to take effect in April, "
            "would be delayed until September 2005 because of volatile oil prices.")
    found = analyze(text, dt.date(2004, 12, 2)).deadlines
    assert [(d.date, d.text) for d in found] == [("2005-09", "September 2005")]
    assert found[0].why is not None and found[0].why.startswith("deadline.until")
    # a rise of something that is no measure, told the same way, is no deadline
    text = ("Oil prices rose again on Monday.\n\nMr Brown said the 1.9p a litre rise, which "
            "had surprised traders, would last until September 2005.")
    assert analyze(text, dt.date(2004, 12, 2)).deadlines == []




def test_an_end_point_told_in_the_present_is_still_to_come():
    """GUIDELINES 5.1/5.3: "lasts until 31 December" in January is this year's last day,
    not last year's (the time was resolved to the nearest 31 December)."""
    found = analyze("The quota on Chinese trousers lasts until 31 December.",
                    dt.date(2006, 1, 17))
    assert [t.value for t in found.times] == ["2006-12-31"]
    assert [d.to_json()["date"] for d in found.deadlines] == ["2006-12-31"]
    past = analyze("The quota on Chinese trousers lasted until 31 December.", dt.date(2006, 1, 17))
    assert [t.value for t in past.times] == ["2005-12-31"] and past.deadlines == []


def test_the_new_year_is_the_next_first_of_january():
    """GUIDELINES 5.3: what starts with "the new year" is due on the next 1 January."""
    found = analyze("The higher excise duty on imported spirits applies from the new year.",
                    dt.date(2012, 12, 11))
    assert [(t.text, t.value) for t in found.times] == [("new year", "2013-01-01")]
    assert [d.to_json()["date"] for d in found.deadlines] == ["2013-01-01"]
    assert analyze("It was a new year of growth.", dt.date(2012, 12, 11)).times == []


def test_obligations_that_start_or_become_mandatory_on_a_day():
    """GUIDELINES 5.1 "takes effect": a rule that becomes mandatory on a day, a duty on a
    class of bodies that starts on a day."""
    published = dt.date(2025, 6, 10)
    assert [d.to_json()["date"] for d in analyze(
        "The new labelling rules for imported beef will become mandatory on January 1, 2026.",
        published).deadlines] == ["2026-01-01"]
    assert [d.to_json()["date"] for d in analyze(
        "All importers of fresh fruit must obtain a phytosanitary certificate from "
        "September 1.", published).deadlines] == ["2025-09-01"]
    assert analyze("The shop must close early on September 1 for the holiday.",
                   published).deadlines == []


def test_a_companys_plan_is_no_target_though_a_measure_follows():
    """GUIDELINES 5.1: company plans are not deadlines, even when the sentence names the
    measure they answer; a government's plan is one."""
    published = dt.date(2019, 11, 5)
    assert analyze("The carmaker plans to open its new plant in March 2020 to avoid the new "
                   "import duties.", published).deadlines == []
    assert [d.to_json()["date"] for d in analyze(
        "The government plans to scrap the import duties in March 2020.",
        published).deadlines] == ["2020-03"]


def test_policy_outcomes_targeted_by_a_date_are_deadlines():
    """GUIDELINES 5.1 "target": a government's pledge to open its procurement or to make
    labelling compulsory by a date, or to join a customs union, is a policy outcome."""
    published = dt.date(2024, 3, 1)
    assert [d.to_json()["date"] for d in analyze(
        "Vietnam has pledged to open its public procurement to foreign bidders by 2030.",
        published).deadlines] == ["2030"]
    assert [d.to_json()["date"] for d in analyze(
        "The ministry aims to make origin labelling of imported meat compulsory by 2026.",
        published).deadlines] == ["2026"]
