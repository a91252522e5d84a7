"""The temporal tagger: spans, TIMEX3 types and values, tense direction, no published date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.analysis.sentences import split_sentences
from newsdesk.analysis.timex import tag_times

PUB = dt.date(2025, 9, 14)  # a Sunday, ISO week 37


def tag(text: str, published: dt.date | None = PUB) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found, checking the offsets on the way."""
    found = tag_times(text, split_sentences(text), published)
    for t in found:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met in Geneva on September 14 for a first round.",
         ("September 14", "DATE", "2025-09-14")),
        ("Exports to the bloc fell sharply in July.", ("July", "DATE", "2025-07")),
        ("The ministry granted a 90-day reprieve to the importers.",
         ("90-day", "DURATION", "P90D")),
        ("The waiver stays in place until at least November 10.",
         ("November 10", "DATE", "2025-11-10")),
        ("Both sides hope to settle the dispute in the coming months.",
         ("the coming months", "DATE", "FUTURE_REF")),
        ("Analysts see little relief for steelmakers in the near term.",
         ("the near term", "DATE", "FUTURE_REF")),
        ("The port is now closed to foreign vessels.", ("now", "DATE", "PRESENT_REF")),
        ("Copper imports doubled last year.", ("last year", "DATE", "2024")),
        ("Revenue grew by a fifth in the third quarter.",
         ("the third quarter", "DATE", "2025-Q3")),
        ("The treaty was first signed in 1998 by both parliaments.",
         ("1998", "DATE", "1998")),
        ("The quota system dates from the 1990s.", ("the 1990s", "DATE", "199")),
        ("The embargo has lasted two years.", ("two years", "DURATION", "P2Y")),
        ("Inspectors visit the plant every month.", ("every month", "SET", "P1M")),
        ("The agency publishes the figures monthly.", ("monthly", "SET", "P1M")),
        ("The vote is due at 3:30 p.m. on the floor.",
         ("3:30 p.m.", "TIME", "2025-09-14T15:30")),
        ("The minister resigned yesterday.", ("yesterday", "DATE", "2025-09-13")),
        ("Ministers have met twice this week.", ("this week", "DATE", "2025-W37")),
        ("The dispute has dragged on for a decade.", ("a decade", "DURATION", "P10Y")),
        ("Traders had twenty four hours to respond.",
         ("twenty four hours", "DURATION", "PT24H")),
        ("Shipments rose 4% in fiscal 1998.", ("fiscal 1998", "DATE", "1998")),
        ("The levy is expected to rise by mid-2026.", ("mid-2026", "DATE", "2026")),
        ("Firms must comply within 90 days.", ("90 days", "DURATION", "P90D")),
        ("The board must decide by the end of the year.",
         ("the end of the year", "DATE", "2025")),
        ("Output has fallen over the past three years.",
         ("the past three years", "DURATION", "P3Y")),
        ("The tariff was raised two weeks ago.", ("two weeks ago", "DATE", "2025-W35")),
        ("The panel will report early next week.", ("early next week", "DATE", "2025-W38")),
        ("The levy was introduced in nineteen ninety-six.",
         ("nineteen ninety-six", "DATE", "1996")),
        ("The strike ended in late November.", ("late November", "DATE", "2024-11")),
        ("Prices peaked in the summer of 2008.", ("the summer of 2008", "DATE", "2008-SU")),
    ],
)
def test_each_pattern_has_its_span_type_and_value(text: str, expected: tuple) -> None:
    assert tag(text) == [expected]


def test_next_week_is_the_iso_week_after_publication() -> None:
    assert tag("Talks resume next week.", dt.date(2025, 9, 17)) == [
        ("next week", "DATE", "2025-W39")]


def test_weekday_points_back_in_a_past_tense_sentence() -> None:
    assert tag("The delegates arrived on Friday.") == [("Friday", "DATE", "2025-09-12")]


def test_weekday_points_forward_in_a_future_tense_sentence() -> None:
    assert tag("The delegates will arrive on Friday.") == [("Friday", "DATE", "2025-09-19")]


def test_weekday_of_publication_is_the_publication_date() -> None:
    assert tag("The talks opened on Sunday.") == [("Sunday", "DATE", "2025-09-14")]


def test_month_in_a_future_sentence_is_next_years_when_already_past() -> None:
    assert tag("Negotiators will meet again in July.") == [("July", "DATE", "2026-07")]


def test_month_and_day_in_a_past_sentence_ahead_of_publication_is_last_years() -> None:
    assert tag("The plant closed on December 3.") == [("December 3", "DATE", "2024-12-03")]


def test_clock_time_joined_to_the_day_after_it() -> None:
    assert tag("The deadline passed at 10 p.m. Wednesday.") == [
        ("10 p.m. Wednesday", "TIME", "2025-09-10T22:00")]


def test_year_ago_after_talk_of_a_quarter_means_that_quarter() -> None:
    found = tag("Profit rose in the second quarter. It had fallen a year earlier.")
    assert found == [("the second quarter", "DATE", "2025-Q2"),
                     ("a year earlier", "DATE", "2024-Q2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit opened on September 14.", ("September 14", "DATE", "XXXX-09-14")),
        ("Exports fell last year.", ("last year", "DATE", "PAST_REF")),
        ("Exports will recover next month.", ("next month", "DATE", "FUTURE_REF")),
        ("The minister spoke on Friday.", ("Friday", "DATE", "XXXX-WXX-5")),
        ("The minister spoke today.", ("today", "DATE", "PRESENT_REF")),
        ("Duties are now in force.", ("now", "DATE", "PRESENT_REF")),
        ("The ban lasts 90 days.", ("90 days", "DURATION", "P90D")),
        ("It was signed in 1998.", ("1998", "DATE", "1998")),
    ],
)
def test_without_a_published_date_values_stay_unanchored(text: str, expected: tuple) -> None:
    assert tag(text, None) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said the deal was fair.",
        "Officials may raise the levy.",
        "Thousands march through the capital.",
        "The Sunday Times reported the leak.",
        "The company sold 1,500 units.",
        "The mill shipped 2025 tons of steel.",
        "The bid was worth $1998 a share.",
        "Officials expect a second round of cuts.",
        "A quarter of the imports come from abroad.",
        "He is a 52-year-old engineer.",
    ],
)
def test_words_that_only_look_like_times_are_not_tagged(text: str) -> None:
    assert tag(text) == []


def test_march_the_month_is_still_found_after_a_preposition() -> None:
    assert tag("The quota expired in March.") == [("March", "DATE", "2025-03")]
    # "until at least March": the month after "at least" is a month too
    assert [found[:2] for found in tag("The ban stays until at least March.")] == [
        ("March", "DATE")]


def test_results_are_sorted_non_overlapping_and_exact() -> None:
    text = ("On Tuesday the ministry said that duties imposed in July would stay until "
            "November 10, and that talks would resume next month for two days.")
    found = tag_times(text, split_sentences(text), PUB)
    assert [t.text for t in found] == [
        "Tuesday", "July", "November 10", "next month", "two days"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert found[-1].value == "P2D" and found[-2].value == "2025-10"


def test_published_datetime_is_accepted() -> None:
    text = "Markets closed early yesterday."
    found = tag_times(text, split_sentences(text), dt.datetime(2025, 9, 14, 18, 30))
    assert [(t.text, t.value) for t in found] == [("early yesterday", "2025-09-13")]
