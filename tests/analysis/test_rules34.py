"""Rules of the thirty-fourth session, on invented sentences: one more unit of time
("another year", "a further month") as a span, and what follows from it (GUIDELINES.md 3,
5.1, 5.3)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze
from newsdesk.analysis.sentences import split_sentences
from newsdesk.analysis.timex import tag_times


def _times(text: str, published: str = "2005-02-21") -> list[tuple[str, str, str]]:
    found = tag_times(text, split_sentences(text), dt.date.fromisoformat(published))
    return [(t.text, t.type, t.value) for t in found]


def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.date, d.text) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_one_more_unit_of_time_is_a_span_of_one_unit():
    assert _times("Ruritania's ministers renewed the embargo for another year.") == [
        ("another year", "DURATION", "P1Y")]
    assert _times("The levy will stay for a further month.") == [
        ("a further month", "DURATION", "P1M")]
    assert _times("Importers will get an additional week to file.") == [
        ("an additional week", "DURATION", "P1W")]
    # with a count, the count says how many (as before)
    assert _times("The truce was extended for another three months.") == [
        ("another three months", "DURATION", "P3M")]


def test_a_title_with_another_in_it_is_no_span():
    assert _times("The latest film, Die Another Day, drew crowds.") == []
    assert _times("Critics called Another Year Of Tariffs a fine report.") == []
    # but a sentence may open with it
    assert _times("Another year of losses looms.") == [("Another year", "DURATION", "P1Y")]


def test_a_measure_renewed_for_another_year_lasts_until_a_year_from_the_day_told():
    assert _deadlines("EU foreign ministers have renewed sanctions against Ruritania for "
                      "another year.", "2005-02-21") == [
        ("2006", "another year")]
    assert _deadlines("Canada said its duties on Ruritanian steel would stay in place for a "
                      "further year.", "2005-02-21") == [("2006", "a further year")]


def _labels(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_an_extra_span_is_one_span_and_its_words_stay_out_of_the_label():
    assert _times("Brussels proposed giving importers an extra 12 months to comply.") == [
        ("an extra 12 months", "DURATION", "P12M")]
    assert _times("Growers will have an extra year to adapt.") == [
        ("an extra year", "DURATION", "P1Y")]
    assert _labels("The Commission proposed giving importers an extra 12 months to comply "
                   "with the forest law.", "2024-10-03") == [
        ("2025-10", "importers must comply with the forest law")]


def test_a_duty_only_possible_stays_possible_in_the_label():
    assert _labels("Acme might have to drop its plan to build a plant by 2027.",
                   "2024-10-03") == [("2027", "Acme may have to drop its plan to build a plant")]
    assert _labels("Exporters could have to pay the levy by March 2025.", "2024-10-03") == [
        ("2025-03", "exporters may have to pay the levy")]
    # a firm duty is still "must"
    assert _labels("Exporters will have to pay the levy by March 2025.", "2024-10-03") == [
        ("2025-03", "exporters must pay the levy")]
