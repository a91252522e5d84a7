"""What goes into the store comes back out: articles, annotations, corrections, settings and
their ids, as committed and never as the caller's object."""

from __future__ import annotations

import pytest
from support import folder_bytes as snapshot
from support import numbered_article as article
from support import numbered_note as note

from newsdesk.analysis.model import Findings
from newsdesk.store.db import ARTICLES_FILE, ArticleSummary, Store
from newsdesk.store.errors import (
    AmbiguousId,
    DuplicateRecord,
    UnknownArticle,
    UnknownRecord,
)
from newsdesk.store.records import Correction
from newsdesk.store.shapes import as_doc

# -- round trips ---------------------------------------------------------------------------


def test_a_new_folder_makes_an_empty_store_and_reopening_does_not(folder):
    with Store.open(folder) as s:
        assert s.created and not s.readonly and s.path == folder
        assert s.list_articles() == [] and s.article_count() == 0
    with Store.open(folder) as s:
        assert not s.created


def test_articles_round_trip_through_a_reopen(folder):
    a, b = article(1), article(2, published=None, text="Short text.")
    with Store.open(folder) as s:
        assert s.add_article(a) is True
        assert s.add_article(b) is True
    with Store.open(folder) as s:
        assert s.get_article(a.id) == a
        assert s.get_article(b.id) == b
        assert s.has_article(a.id) and not s.has_article("nope")
        assert s.article_count() == 2
        assert list(s.iter_articles()) == [a, b]
        assert s.list_articles() == [
            ArticleSummary(a.id, a.title, a.published, a.words, a.imported_at, a.source, a.origin),
            ArticleSummary(b.id, b.title, None, 2, b.imported_at, b.source, b.origin),
        ]


def test_a_duplicate_article_is_skipped_and_the_first_one_kept(folder):
    a = article(1)
    with Store.open(folder) as s:
        assert s.add_article(a)
        assert s.add_article(article(1, title="Another title, same id")) is False
        added, skipped = s.add_articles([article(1), article(2), article(2), article(3)])
        assert (added, skipped) == (2, 2)
    with Store.open(folder) as s:
        assert s.get_article(a.id).title == a.title
        assert s.article_count() == 3


def test_add_articles_is_one_commit(filled, replaced):
    with Store.open(filled) as s:
        s.add_articles(article(n) for n in range(50))
    # One new segment holding the 50, then the index that lists them: one commit.
    assert replaced == ["00000002.jsonl", ARTICLES_FILE]


def test_update_article_replaces_it_and_its_summary(filled):
    with Store.open(filled) as s:
        a = s.get_article(article(1).id)
        a.title, a.text, a.findings = "New title", "one two three four", Findings()
        s.update_article(a)
        with pytest.raises(UnknownArticle):
            s.update_article(article(99))
    with Store.open(filled) as s:
        assert s.get_article(a.id) == a
        assert s.list_articles()[0] == ArticleSummary(a.id, "New title", a.published, 4,
                                                      a.imported_at, a.source, a.origin)


def test_remove_article_takes_its_notes_and_corrections_but_not_others(filled):
    a, b = article(1), article(2)
    with Store.open(filled) as s:
        s.remove_article(a.id)
        with pytest.raises(UnknownArticle):
            s.remove_article(a.id)
    with Store.open(filled) as s:
        assert [x.id for x in s.list_articles()] == [b.id]
        assert not s.has_article(a.id)
        assert [n.id for n in s.annotations()] == ["note-2"]
        assert [c.id for c in s.corrections()] == ["c-global"]


def test_annotations_round_trip_update_and_delete(filled):
    a = article(1)
    with Store.open(filled) as s:
        s.add_annotation(note(3, a.id, start=0, end=4, tags=[], links=[]))
        changed = note(1, a.id, note="rewritten", tags=["tariff", "steel"])
        s.update_annotation(changed)
        s.delete_annotation("note-2")
        with pytest.raises(DuplicateRecord):
            s.add_annotation(note(1, a.id))
        with pytest.raises(UnknownArticle):
            s.add_annotation(note(9, "no-such-article"))
        with pytest.raises(UnknownRecord):
            s.delete_annotation("note-2")
        with pytest.raises(UnknownRecord):
            s.update_annotation(note(42, a.id))
    with Store.open(filled) as s:
        assert s.annotations(a.id) == [note(3, a.id, start=0, end=4, tags=[], links=[]), changed]
        assert s.annotations(article(2).id) == []
        assert s.get_annotation("note-1").note == "rewritten"
        assert len(s.annotations()) == 2


def test_corrections_round_trip_and_filter_includes_global_ones(filled):
    a, b = article(1), article(2)
    with Store.open(filled) as s:
        s.add_correction(Correction(id="c-b", article_id=b.id, kind="add",
                                    changes={"kind": "actor", "name": "EU"}))
        with pytest.raises(DuplicateRecord):
            s.add_correction(Correction(id="c-b", article_id=b.id, kind="add"))
        with pytest.raises(UnknownArticle):
            s.add_correction(Correction(id="c-x", article_id="missing", kind="add"))
    with Store.open(filled) as s:
        assert [c.id for c in s.corrections()] == ["c-global", "c-a", "c-b"]
        assert [c.id for c in s.corrections(a.id)] == ["c-global", "c-a"]
        assert [c.id for c in s.corrections(b.id)] == ["c-global", "c-b"]
        assert s.corrections(b.id)[1].changes == {"kind": "actor", "name": "EU"}
        s.delete_correction("c-global")
        with pytest.raises(UnknownRecord):
            s.delete_correction("c-global")
    with Store.open(filled) as s:
        assert [c.id for c in s.corrections(b.id)] == ["c-b"]


@pytest.mark.parametrize("value", [None, True, 3, 2.5, "ünï", [1, "two", None],
                                   {"nested": {"list": [1, 2], "flag": False}}])
def test_settings_hold_json_values(folder, value):
    with Store.open(folder) as s:
        assert s.get_setting("k", "default") == "default"
        s.set_setting("k", value)
        assert s.get_setting("k") == value
    with Store.open(folder) as s:
        assert s.get_setting("k", "default") == value


def test_a_setting_that_is_not_json_is_refused_and_nothing_changes(filled):
    with Store.open(filled) as s:
        before = snapshot(filled)
        with pytest.raises(TypeError, match="'when'"):
            s.set_setting("when", {1, 2})
        with pytest.raises(TypeError):
            s.set_setting("nan", float("nan"))
        assert s.get_setting("when") is None
        assert snapshot(filled) == before


def test_what_the_store_hands_out_is_a_copy(filled):
    with Store.open(filled) as s:
        a = s.get_article(article(1).id)
        a.findings.actors.clear()
        s.get_annotation("note-1").tags.append("sneaky")
        s.set_setting("list", [1])
        s.get_setting("list").append(2)
        assert s.get_article(a.id).findings.actors != []
        assert s.get_annotation("note-1").tags == ["trade"]
        assert s.get_setting("list") == [1]


def test_the_store_keeps_what_was_committed_not_the_callers_object(folder):
    a = article(1)
    with Store.open(folder) as s:
        s.add_article(a)
        a.findings.actors.clear()  # the caller goes on using its object
        a.title = "changed afterwards"
        assert s.get_article(a.id) == article(1)


@pytest.mark.parametrize("record", [
    article(1), note(1, "x"),
    Correction(id="c", article_id=None, kind="edit", target={"kind": "actor"},
               changes={"name": "EU"}),
])
def test_documents_are_what_to_dict_gives(record):
    assert as_doc(record) == record.to_dict()


def test_prefix_resolution(folder):
    ids = ["abc111", "abc222", "abd333", "xyz"]
    with Store.open(folder) as s:
        s.add_articles(article(i, id=x) for i, x in enumerate(ids))
        assert s.resolve_id("abd") == "abd333"
        assert s.resolve_id("abc1") == "abc111"
        assert s.resolve_id(" xyz ") == "xyz"
        with pytest.raises(AmbiguousId) as ambiguous:
            s.resolve_id("ab")
        message = str(ambiguous.value)
        assert "'ab'" in message and "3 article ids" in message and "\n" not in message
        for bad in ("q", ""):
            with pytest.raises(UnknownArticle) as unknown:
                s.resolve_id(bad)
            assert str(folder) in str(unknown.value)
        with pytest.raises(UnknownArticle):
            s.get_article("abc")  # get_article wants a whole id


@pytest.mark.parametrize("article_id", ["é-id", 'quo"te', "tab\tid", "a1"])
def test_one_articles_notes_are_found_whatever_its_id_is_made_of(folder, article_id):
    # One article's notes and corrections are picked out of the notes file by a search of
    # their stored JSON before parsing; the id must be searched as the store writes it.
    with Store.open(folder) as s:
        s.add_article(article(1, id=article_id))
        s.add_article(article(2, id="other"))
        s.add_annotation(note(1, article_id))
        s.add_annotation(note(2, "other"))
        s.add_correction(Correction(id="c-own", article_id=article_id, kind="reject",
                                    target={"kind": "actor", "name": "Washington"}))
        s.add_correction(Correction(id="c-all", article_id=None, kind="reject",
                                    target={"kind": "actor", "name": "Beijing"}))
    with Store.open(folder, readonly=True) as s:
        assert [n.id for n in s.annotations(article_id)] == ["note-1"]
        assert [c.id for c in s.corrections(article_id)] == ["c-own", "c-all"]
        assert [c.id for c in s.corrections("other")] == ["c-all"]


def test_has_article_follows_each_commit(folder):
    with Store.open(folder) as s:
        for n in range(30):  # many index lists made and freed: a stale id() would show
            s.add_article(article(n))
            assert s.has_article(article(n).id)
            s.remove_article(article(n).id)
            assert not s.has_article(article(n).id)
