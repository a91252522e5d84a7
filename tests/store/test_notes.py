"""Notes and corrections as records: build, edit, re-anchor and validate."""

from __future__ import annotations

import pytest

from newsdesk.analysis.model import Findings
from newsdesk.store.corrections import apply_corrections, finding_key
from newsdesk.store.notes import (
    date_error,
    edit_annotation,
    new_annotation,
    new_correction,
    normalize_tags,
    parse_tags,
    reanchor,
)
from newsdesk.store.records import Article

NOW = "2025-09-14T09:00:00Z"
LATER = "2025-09-15T10:00:00Z"
TEXT = ("Chile will impose a 25% tariff on Canadian steel. Ottawa rejected the plan. "
        "Canada has until October 1 to respond.")


def _article(text: str = TEXT) -> Article:
    return Article(id="a1", title="Chile steel", text=text)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


# -- annotations ---------------------------------------------------------------------------


def test_new_annotation_quotes_the_span_with_its_context():
    start, end = _span(TEXT, "Ottawa rejected the plan.")
    a = new_annotation(_article(), start, end, "Canada says no.\r\nWatch this.",
                       ["#Trade", " trade ", "Steel"], ["actor:Canada", "actor:Canada"],
                       now=NOW)
    assert (a.start, a.end, a.quote) == (start, end, "Ottawa rejected the plan.")
    assert a.prefix == TEXT[start - len(a.prefix):start] and a.prefix
    assert a.suffix == TEXT[end:end + len(a.suffix)] and a.suffix
    assert a.note == "Canada says no.\nWatch this."
    assert a.tags == ["trade", "steel"]
    assert a.links == ["actor:Canada"]
    assert a.created == a.updated == NOW
    other = new_annotation(_article(), start, end, "", [], [], now=NOW)
    assert len(a.id) == 32 and a.id != other.id


def test_new_annotation_leaves_out_whitespace_at_the_edges():
    start, end = _span(TEXT, " Ottawa rejected the plan. ")
    a = new_annotation(_article(), start, end, "", [], [], now=NOW)
    assert a.quote == "Ottawa rejected the plan." == TEXT[a.start:a.end]


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (10, 2), (0, len(TEXT) + 1)])
def test_new_annotation_refuses_a_span_outside_the_text(start, end):
    with pytest.raises(ValueError, match="not inside the article"):
        new_annotation(_article(), start, end, "note", [], [], now=NOW)


def test_new_annotation_refuses_a_blank_span():
    with pytest.raises(ValueError, match="only whitespace"):
        new_annotation(_article("a   b"), 1, 4, "note", [], [], now=NOW)


def test_note_text_loses_escapes_and_control_characters():
    a = new_annotation(_article(), 0, 5, "red \x1b[31mtext\x1b[0m\x07 and\ttab", [], [],
                       now=NOW)
    assert a.note == "red text and\ttab"


def test_edit_annotation_keeps_the_span_and_creation_time():
    a = new_annotation(_article(), 0, 5, "old", ["x"], [], now=NOW)
    b = edit_annotation(a, "new\nlines", ["Y", "#y", "z"], ["measure:0"], now=LATER)
    assert (b.id, b.start, b.end, b.quote, b.created) == (a.id, a.start, a.end, a.quote, NOW)
    assert (b.note, b.tags, b.links, b.updated) == ("new\nlines", ["y", "z"], ["measure:0"],
                                                    LATER)
    assert a.note == "old"  # not modified in place


def test_tags_are_normalized():
    assert normalize_tags(["#Tariffs", "tariffs", " EU ", "", "#", "Trade War"]) == [
        "tariffs", "eu", "trade-war"]
    assert parse_tags("#Tariffs, steel  tariffs,,eu\tEU") == ["tariffs", "steel", "eu"]
    assert parse_tags("  ") == []


# -- re-anchoring --------------------------------------------------------------------------


def test_reanchor_follows_the_quote_after_text_is_inserted_before_it():
    start, end = _span(TEXT, "Ottawa rejected the plan.")
    a = new_annotation(_article(), start, end, "note", [], [], now=NOW)
    inserted = "BREAKING: an update. "
    new_text = inserted + TEXT
    [(moved, found)] = reanchor([a], new_text)
    assert found
    assert (moved.start, moved.end) == (start + len(inserted), end + len(inserted))
    assert new_text[moved.start:moved.end] == a.quote
    assert (a.start, a.end) == (start, end)  # the input is untouched


def test_reanchor_picks_the_occurrence_whose_context_fits():
    text = "The plan. Chile acted. The plan. Canada acted."
    start = text.index("The plan.", 5)
    a = new_annotation(_article(text), start, start + len("The plan."), "", [], [], now=NOW)
    new_text = "Intro. The plan. Chile acted. Words. The plan. Canada acted."
    [(moved, found)] = reanchor([a], new_text)
    assert found and moved.start == new_text.index("The plan.", 10)


def test_reanchor_flags_a_lost_quote_and_clamps_its_offsets():
    start, end = _span(TEXT, "October 1 to respond.")
    a = new_annotation(_article(), start, end, "note", [], [], now=NOW)
    short = "Chile will impose a tariff."
    [(kept, found)] = reanchor([a], short)
    assert not found
    assert kept.quote == a.quote and kept.note == "note"
    assert 0 <= kept.start <= kept.end <= len(short) and kept.end == len(short)
    assert set(kept.to_dict()) == set(a.to_dict())  # nothing added to the record


def test_reanchor_keeps_the_order_and_handles_many():
    notes = [new_annotation(_article(), *_span(TEXT, s), "", [], [], now=NOW)
             for s in ("Chile", "Ottawa", "October 1")]
    out = reanchor(notes, TEXT.replace("Ottawa", "Canada's government"))
    assert [found for _, found in out] == [True, False, True]
    assert [a.id for a, _ in out] == [a.id for a in notes]


# -- corrections ---------------------------------------------------------------------------


def _findings() -> Findings:
    return Findings.from_json({
            "actors": [{"name": "Ottawa", "kind": "place", "role": None, "affiliation": None,
                        "mentions": [{"start": 50, "end": 56, "text": "Ottawa"}]}],
            "times": [], "deadlines": [],
            "measures": [{"type": "tariff", "action": "impose", "imposer": "Chile",
                          "targets": ["Canada"], "magnitude": "25%", "start": 0, "end": 49,
                          "text": TEXT[:49]}]})


def test_a_valid_edit_applies():
    actor = _findings().actors[0]
    c = new_correction("a1", "edit", finding_key(actor),
                       {"name": "Canada", "kind": "country"}, now=NOW)
    assert (c.kind, c.created, len(c.id)) == ("edit", NOW, 32)
    out = apply_corrections(_findings(), [c])
    assert out.actors[0].name == "Canada" and out.actors[0].kind == "country"


def test_valid_reject_merge_and_add():
    measure = _findings().measures[0]
    new_correction("a1", "reject", finding_key(measure), {}, now=NOW)
    new_correction(None, "merge", {"kind": "actor", "name": "Ottawa"}, {"into": "Canada"},
                   now=NOW)
    new_correction("a1", "add", {"kind": "deadline"},
                   {"date": "2025-10", "what": "reply", "start": 1, "end": 5, "text": "abcd",
                    "measure": None}, now=NOW)


@pytest.mark.parametrize("kind,target,changes,message", [
    ("rename", {"kind": "actor", "name": "X"}, {"name": "Y"}, "unknown correction 'rename'"),
    ("edit", {"kind": "sentence", "name": "X"}, {"name": "Y"},
     "unknown finding kind 'sentence'"),
    ("edit", {"name": "X"}, {"name": "Y"}, "unknown finding kind None"),
    ("edit", {"kind": "actor"}, {"name": "Y"}, "needs name"),
    ("edit", {"kind": "actor", "name": "X"}, {"mentions": []}, "cannot edit mentions"),
    ("edit", {"kind": "measure", "type": "tariff", "text": "t"}, {"name": "Y"},
     "cannot edit name of a measure"),
    ("edit", {"kind": "actor", "name": "X"}, {}, "nothing to change"),
    ("edit", {"kind": "actor", "name": "X"}, {"name": " "}, "needs a name"),
    ("edit", {"kind": "deadline", "date": "2025-10-01", "text": "t", "start": 3},
     {"date": "2025-13"}, "not a calendar date"),
    ("edit", {"kind": "measure", "type": "tariff", "text": "t"}, {"targets": "China"},
     "list of names"),
    ("reject", {"kind": "actor", "name": "X"}, {"name": "Y"}, "changes nothing"),
    ("merge", {"kind": "measure", "type": "tariff", "text": "t"}, {"into": "Y"},
     "only actors can be merged"),
    ("merge", {"kind": "actor", "name": "X"}, {"into": "X"}, "into itself"),
    ("merge", {"kind": "actor", "name": "X"}, {"name": "Y"}, "cannot merge name"),
    ("add", {"kind": "actor"}, {"name": "X", "kind": "person"}, "needs mentions"),
    ("add", {"kind": "actor"}, {"name": "X", "kind": "person", "mentions": [{"start": 4,
                                                                             "end": 2}]},
     "no valid span"),
    ("add", {"kind": "deadline"}, {"date": "soon", "start": 0, "end": 4, "text": "soon"},
     "is not a date"),
])
def test_invalid_corrections_get_a_one_line_message(kind, target, changes, message):
    with pytest.raises(ValueError, match=message) as info:
        new_correction("a1", kind, target, changes, now=NOW)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("value,ok", [
    ("2025-09-17", True), ("2025-09", True), ("2024-02-29", True), ("2025-02-29", False),
    ("2025-9-17", False), ("2025", False), ("17/09/2025", False), ("", False),
])
def test_deadline_dates_are_year_month_or_a_full_date(value, ok):
    assert (date_error(value) is None) is ok
