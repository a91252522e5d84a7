"""The temporal tagger's resolution rules, each with invented sentences for and against it."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from newsdesk.analysis.sentences import split_sentences
from newsdesk.analysis.timex import tag_times, tense

SUNDAY = dt.date(2025, 9, 14)  # ISO week 37
FEB = dt.date(2025, 2, 10)  # a Monday
LATE_DECEMBER = dt.date(2025, 12, 28)  # a Sunday
EARLY_JANUARY = dt.date(2026, 1, 3)  # a Saturday


def values(text: str, published: dt.date = SUNDAY) -> dict[str, str]:
    """{expression: value} of everything found, checking the offsets on the way."""
    found = tag_times(text, split_sentences(text), published)
    for t in found:
        assert text[t.start:t.end] == t.text
    return {t.text: t.value for t in found}


def typed(text: str, published: dt.date = SUNDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value)
            for t in tag_times(text, split_sentences(text), published)]


# Tense: the verb group nearest the expression, read as a whole.
@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # modal chains: the participle after "will be" is no past tense
    ("The Ruritanian levy will be paid Dec. 14 to importers.", dt.date(2025, 10, 26),
     "Dec. 14", "2025-12-14"),
    ("A summit would still be held in Strelsau on April 24.", FEB, "April 24", "2025-04-24"),
    ("Acme shipped the turbines on April 24.", FEB, "April 24", "2024-04-24"),
    # "is to", "expects to", "planned for": forward even in a past-tense report
    ("Freedonia is to resume talks in Strelsau Tuesday, officials said.", SUNDAY,
     "Tuesday", "2025-09-16"),
    ("Acme said it expects to publish results in mid-November.", dt.date(2025, 10, 27),
     "mid-November", "2025-11"),
    ("Acme said it published results in mid-November.", dt.date(2025, 10, 27),
     "mid-November", "2024-11"),
    ("The official said the accession was planned for early March.", FEB,
     "early March", "2025-03"),
    ("The delegation planned to leave Strelsau on Thursday.", SUNDAY,
     "Thursday", "2025-09-18"),
    ("On Thursday, the council decided to lift the ban.", SUNDAY, "Thursday", "2025-09-11"),
    # "had been due to expire" is one past
    ("The Freedonian offer had been due to expire Friday evening.", SUNDAY,
     "Friday evening", "2025-09-12TEV"),
    ("The Freedonian offer is due to expire Friday evening.", SUNDAY,
     "Friday evening", "2025-09-19TEV"),
    # a reporting verb dates only what is right beside it
    ("The Ruritanian tariff takes effect on New Year's Day, the ministry said.",
     LATE_DECEMBER, "New Year's Day", "2026-01-01"),
    ("The ministry said on Tuesday that exports had risen.", SUNDAY, "Tuesday", "2025-09-09"),
    # ... and beside the one it tells: "told X on Monday that ... would"
    ("The president told Freedonia and Ruritania on Tuesday that their goods would face "
     "duties.", SUNDAY, "Tuesday", "2025-09-09"),
    ("He told reporters the duties would take effect on Tuesday.", SUNDAY, "Tuesday",
     "2025-09-16"),
    # a present that schedules looks forward; negated or past, it does not
    ("Ruritanian finance ministers meet on Thursday.", SUNDAY, "Thursday", "2025-09-18"),
    ("Ruritanian finance ministers did not meet on Thursday.", SUNDAY,
     "Thursday", "2025-09-11"),
    ("Talks resume in March.", dt.date(2025, 9, 14), "March", "2026-03"),
    # words in -ed that are no verbs
    ("The United Provinces will hold the vote on Thursday.", SUNDAY,
     "Thursday", "2025-09-18"),
    ("The Freedonian mills stopped work on Thursday.", SUNDAY, "Thursday", "2025-09-11"),
])
def test_the_tense_of_the_nearest_verb_group_decides(
        text: str, published: dt.date, expression: str, value: str) -> None:
    assert values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("The frigate has been on patrol since March.", dt.date(2025, 8, 13), "March", "2025-03"),
    ("The frigate will be on patrol in March.", dt.date(2025, 8, 13), "March", "2026-03"),
    ("The envoys could arrive as soon as Tuesday.", SUNDAY, "Tuesday", "2025-09-16"),
    ("Officials postponed until Tuesday morning any decision on the quota.", SUNDAY,
     "Tuesday morning", "2025-09-16TMO"),
    ("The market in Strelsau stayed open until Tuesday.", SUNDAY, "Tuesday", "2025-09-09"),
    ("Traders squared positions ahead of Tuesday's vote.", SUNDAY, "Tuesday", "2025-09-16"),
    ("Traders squared positions after Tuesday's vote.", SUNDAY, "Tuesday", "2025-09-09"),
    ("Acme extended its offer until 5 p.m. Nov. 6.", dt.date(2025, 10, 30),
     "5 p.m. Nov. 6", "2025-11-06T17:00"),
])
def test_signal_words_before_the_expression(
        text: str, published: dt.date, expression: str, value: str) -> None:
    assert values(text, published)[expression] == value


# Month-day dates and holidays without a year: the nearest in the tense's direction.
@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("Strelsau will lift the ban on New Year's Day.", LATE_DECEMBER,
     "New Year's Day", "2026-01-01"),
    ("Crowds gathered in Strelsau on New Year's Day.", LATE_DECEMBER,
     "New Year's Day", "2025-01-01"),
    ("Shops in Strelsau closed on Christmas Day.", EARLY_JANUARY, "Christmas Day", "2025-12-25"),
    ("The Ruritanian port reopens on January 5.", LATE_DECEMBER, "January 5", "2026-01-05"),
    ("The Ruritanian port reopened on December 20.", LATE_DECEMBER,
     "December 20", "2025-12-20"),
    # a date in the published month is this year's whatever the verb
    ("Acme said it paid the dividend on Oct. 31.", dt.date(2025, 10, 27),
     "Oct. 31", "2025-10-31"),
    ("Acme paid the dividend on Nov. 3.", dt.date(2025, 10, 27), "Nov. 3", "2024-11-03"),
])
def test_month_days_and_holidays_are_the_nearest_in_the_tense_direction(
        text: str, published: dt.date, expression: str, value: str) -> None:
    assert values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "value"), [
    ("Exports fell sharply at the start of March.", "2024-03"),
    ("Exports fell sharply at the end of March, the ministry said.", "2024-03"),
    ("Output slumped in late March.", "2024-03"),
    ("Exports will recover by the end of March.", "2025-03"),
    ("Output is expected to recover in mid-March.", "2025-03"),
])
def test_month_positions_follow_the_tense(text: str, value: str) -> None:
    found = values(text, FEB)
    assert list(found.values()) == [value]


def test_season_positions_are_part_of_the_span_and_follow_the_tense() -> None:
    assert typed("Exports collapsed at the start of spring.", FEB) == [
        ("the start of spring", "DATE", "2024-SP")]
    assert typed("Exports will recover by the end of summer.", FEB) == [
        ("the end of summer", "DATE", "2025-SU")]


# Quarters.
def test_a_quarter_takes_no_year_from_a_quarter_of_another_era() -> None:
    text = ("Acme last paid a dividend in the third quarter of 2019. "
            "Acme reported third-quarter profit of $5 million.")
    assert values(text, dt.date(2025, 10, 27))["third-quarter"] == "2025-Q3"


def test_a_quarter_named_again_keeps_the_year_just_given() -> None:
    text = "Sales fell in the third quarter of 2024. Third-quarter margins narrowed."
    assert values(text, dt.date(2025, 1, 27))["Third-quarter"] == "2024-Q3"


def test_a_far_ahead_quarter_without_a_future_verb_is_last_years() -> None:
    assert values("Acme announced a drop in profit for the fourth quarter.",
                  dt.date(2025, 1, 26))["the fourth quarter"] == "2024-Q4"
    assert values("Acme expects a rise in profit in the fourth quarter.",
                  dt.date(2025, 8, 26))["the fourth quarter"] == "2025-Q4"


# Clock times, durations.
def test_clock_times_have_minutes_and_no_signal_word() -> None:
    assert typed("The offer runs until 5 p.m. on the day.") == [
        ("5 p.m.", "TIME", "2025-09-14T17:00")]
    assert typed("Talks began at 9:30 a.m.") == [("9:30 a.m.", "TIME", "2025-09-14T09:30")]


def test_a_gmt_clock_time_joins_the_day_after_on() -> None:
    assert typed("The ban comes into force at 0001 GMT on Friday.") == [
        ("0001 GMT on Friday", "TIME", "2025-09-19T00:01")]
    assert typed("At 1405 GMT, Acme shares rose.") == [("1405 GMT", "TIME", "2025-09-14T14:05")]
    assert typed("Acme sold 1405 shares.") == []


def test_n_units_later_is_a_duration_without_later() -> None:
    assert typed("The firm was sold days later.") == [("days", "DURATION", "PXD")]
    assert typed("Three days later, Freedonia retaliated.") == [
        ("Three days", "DURATION", "P3D")]
    assert typed("Two weeks ago, Freedonia retaliated.") == [
        ("Two weeks ago", "DATE", "2025-W35")]


@pytest.mark.parametrize(("text", "value"), [
    ("The refugees stayed in the camps for 2 1/2 years.", "P2Y6M"),
    ("The flight took 5 1/2 hours.", "PT5H30M"),
    ("The vote took a minute and a half.", "PT1M30S"),
    ("The hearing lasted half a day.", "PT12H"),
    ("The hearing lasted three days.", "P3D"),
])
def test_fractions_of_a_unit_go_to_the_next_smaller_unit(text: str, value: str) -> None:
    assert list(values(text).values()) == [value]


# Anaphors: "that day" after a day the text named.
def test_that_day_and_the_next_day_refer_to_the_day_named_before() -> None:
    text = ("The envoys met in Strelsau on March 3. That same day, the ministry raised the "
            "levy. The next day, Freedonia retaliated. The following month, talks collapsed.")
    assert values(text) == {"March 3": "2025-03-03", "That same day": "2025-03-03",
                            "The next day": "2025-03-04", "The following month": "2025-04"}


def test_earlier_that_day_and_the_next_morning() -> None:
    text = ("The port closed on May 2. Earlier that day, officials met. "
            "The next morning it reopened.")
    assert values(text) == {"May 2": "2025-05-02", "Earlier that day": "2025-05-02",
                            "The next morning": "2025-05-03TMO"}


def test_the_previous_weekday_counts_from_the_day_named() -> None:
    text = "Strelsau protested on Tuesday. The previous Friday, the board had voted."
    assert values(text)["The previous Friday"] == "2025-09-05"


def test_that_day_without_a_day_named_is_only_past() -> None:
    assert values("Ministers in Strelsau met that day.") == {"that day": "PAST_REF"}


# Fiscal and financial years.
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Profit rose in the 2024-25 financial year.", "the 2024-25 financial year", "2024"),
    ("The budget for the financial year 2025-26 was tabled.",
     "the financial year 2025-26", "2025"),
    ("Profit rose in FY24.", "FY24", "2024"),
    ("Exports rose last fiscal year.", "last fiscal year", "2024"),
    ("Exports grew in the current financial year.", "the current financial year", "2025"),
    ("Exports rose in the 2024 fiscal year.", "the 2024 fiscal year", "2024"),
])
def test_fiscal_and_financial_years(text: str, expression: str, value: str) -> None:
    assert values(text) == {expression: value}


@pytest.mark.parametrize("text", [
    "The 2024-25 season ended early.",
    "Acme employs 1,998 people.",
    "The FY team met.",
])
def test_year_ranges_and_numbers_that_are_no_fiscal_year(text: str) -> None:
    assert values(text) == {}


# Decades and centuries.
def test_the_hundreds_of_a_century_name_the_century() -> None:
    assert values("The bridge was built in the 1800s.") == {"the 1800s": "18"}
    assert values("Trade grew in the early 2000s.") == {"the early 2000s": "200"}


def test_the_past_decade_is_a_length_of_time() -> None:
    assert typed("Trade doubled over the past decade.") == [
        ("the past decade", "DURATION", "P10Y")]
    assert typed("Trade doubled in the last decade.") == [
        ("the last decade", "DATE", "201")]


def test_absurd_counts_keep_only_the_direction() -> None:
    text = "It happened " + "9" * 400 + " years ago and " + "9" * 400 + " 1/2 days ago."
    assert [value for value in values(text).values()] == ["PAST_REF", "PAST_REF"]


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_the_calendar_edges_never_raise(published: dt.date) -> None:
    text = ("Ministers meet on Friday. The next day, the port opens. The previous Monday "
            "was calm, and New Year's Day comes on Feb. 29 at 0001 GMT on Friday.")
    found = tag_times(text, split_sentences(text), published)
    assert all(text[t.start:t.end] == t.text for t in found)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The ban comes into force on 1 July next year.", "1 July next year", "2007-07-01"),
    ("It takes effect on July 1 next year, officials said.", "July 1 next year", "2007-07-01"),
    ("Sales rose on 3 March last year.", "3 March last year", "2005-03-03"),
    ("The vote is on May 5 this year.", "May 5 this year", "2006-05-05"),
])
def test_a_day_with_a_year_named_from_the_published_one_is_one_date(text, surface, value):
    assert values(text, dt.date(2006, 2, 15)) == {surface: value}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The ministry will publish its plan before the summer.", "the summer", "2026-SU"),
    ("Prices rose last summer.", "last summer", "2025-SU"),
    ("The talks stalled in the spring.", "the spring", "2025-SP"),
    ("Exports will recover by the autumn.", "the autumn", "2026-FA"),
])
def test_seasons_seen_from_december_which_opens_a_winter(text, surface, value):
    assert values(text, dt.date(2025, 12, 28)) == {surface: value}


def test_a_year_far_ahead_after_by_or_from_is_a_year_and_bare_a_count() -> None:
    published = dt.date(2006, 10, 30)
    assert values("The state pension age will rise to 68 by 2046.", published) == {"2046": "2046"}
    assert values("The rules apply from 2050.", published) == {"2050": "2050"}
    assert "2046" not in values("Sales will reach 2046 units.", published)
    assert "2046" not in values("The index rose to 2046.", published)


def test_last_or_next_before_a_month_and_day_keeps_the_day() -> None:
    published = dt.date(1999, 4, 19)
    assert values("He was shot last Oct. 23 at his home.", published) == {
        "last Oct. 23": "1998-10-23"}
    assert values("The vote was held last March 3.", published) == {"last March 3": "1999-03-03"}
    assert values("The vote is next March 3.", published) == {"next March 3": "2000-03-03"}
    assert values("He died last October.", published) == {"last October": "1998-10"}


def test_working_days_and_a_year_no_later_than() -> None:
    published = dt.date(2025, 3, 14)
    assert values("The commission has 25 working days to decide.", published) == {
        "25 working days": "P25D"}
    assert values("Importers must comply no later than 2027.", published) == {"2027": "2027"}
    assert values("More than 2027 people came.", published) == {}


def test_a_clock_time_told_again_in_brackets_takes_the_day_after_the_bracket():
    text = "The Ruritanian duties take effect at 12:01 a.m. EST (0501 GMT) on Tuesday."
    got = values(text, dt.date(2025, 2, 1))
    assert got["12:01 a.m. EST"] == "2025-02-04T00:01"
    assert got["0501 GMT"] == "2025-02-04T05:01"
    # no day after the bracket: the clock time stays on the published day
    got = values("The duties took effect at 9 a.m. (1400 GMT), officials said.",
                 dt.date(2025, 2, 1))
    assert got["9 a.m."] == "2025-02-01T09:00"


def test_a_quantity_a_day_is_a_rate_not_a_span():
    # "1.7 million barrels a day from April 1" is a rate; not a span counted from April 1
    found = typed("The cartel will cut output by 1.7 million barrels a day from April 1.")
    assert ("a day", "SET", "P1D") in found
    assert typed("Ruritania exports 5,000 tonnes a year.")[0][1] == "SET"
    assert typed("The talks could take a day.")[0][:2] == ("a day", "DURATION")


def test_a_clause_of_time_in_the_present_looks_forward():
    # "before Parliament rises in July": a present verb in a clause of time tells what is
    # to come, even after a past main verb; its past form tells the past
    found = values("She wanted the bill passed before Parliament rises in July.",
                   dt.date(2006, 2, 15))
    assert found["July"] == "2006-07"
    found = values("He said prices rose when the market opened in July.", dt.date(2006, 2, 15))
    assert found["July"] == "2005-07"


def test_what_is_expected_or_due_by_a_day_looks_forward():
    march = dt.date(2025, 3, 10)
    assert values("A decision is expected by Sept. 30.", march) == {"Sept. 30": "2025-09-30"}
    assert values("The report is expected in September.", march) == {"September": "2025-09"}
    assert values("A ruling is due by Sept. 30.", march) == {"Sept. 30": "2025-09-30"}
    # told in the past, it was awaited before
    assert values("A decision was expected by Sept. 30.", march) == {
        "Sept. 30": "2024-09-30"}


def test_tense_markers_are_found_as_the_regex_alone_finds_them() -> None:
    """The scan that tries the marker regex only where a marker can open finds exactly what
    `finditer` finds, on strings of the regex's own words joined every way."""
    words = sorted(set(re.findall(r"[a-z']+", tense._MARKERS.pattern)))
    pool = [*words, "the", "to", "on", "effect", "office", "2025", "'", "n't", "won't",
            "we'll", "they're", "rated", "résumé", "willé", "—", "-", ",", "."]
    joints = [" ", "  ", "-", ",", "", "'", "\n"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pool) + rng.choice(joints) for _ in range(rng.randint(1, 12)))
        expected = [(m.span(), m.lastgroup) for m in tense._MARKERS.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in tense._marker_matches(text)] == expected, text
