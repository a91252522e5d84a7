"""Corrections as a history: undo, redo, delete, and merges that keep kinds apart."""

from __future__ import annotations

import pytest
from support import fixture_article, fixture_findings, open_store

from newsdesk.analysis.model import Actor, Mention
from newsdesk.app import corrections
from newsdesk.app.views import load_view
from newsdesk.app.workspace import MergeCandidate, Workspace
from newsdesk.store.errors import UnknownRecord

ARTICLE = "a1" * 8


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [fixture_article()])
    yield s
    s.close()


def _names(store) -> list[str]:
    return [a.name for a in load_view(store, ARTICLE).actors]


def test_undo_redo_and_a_new_correction(store):
    first = corrections.add(store, ARTICLE, "reject", {"kind": "actor", "name": "Canada"}, {})
    second = corrections.add(store, ARTICLE, "reject", {"kind": "actor", "name": "Chile"}, {})
    assert "Canada" not in _names(store) and "Chile" not in _names(store)
    assert corrections.undo(store).id == second.id
    assert "Chile" in _names(store)
    assert corrections.undo(store).id == first.id
    assert corrections.undo(store) is None
    assert corrections.redo(store).id == first.id  # the one undone last comes back first
    assert "Canada" not in _names(store) and "Chile" in _names(store)
    corrections.add(store, ARTICLE, "edit", {"kind": "actor", "name": "Ana Ruiz"},
                    {"role": "Minister"})
    assert corrections.redo(store) is None  # a new correction drops what was undone
    assert [e.what for e in corrections.entries(store)] == [
        "edit actor “Ana Ruiz”: role → “Minister”", "reject actor “Canada”"]


def test_remove_by_prefix_and_clear_errors(store):
    made = corrections.add(store, None, "merge", {"kind": "actor", "name": "Ottawa"},
                           {"into": "Canada"})
    with pytest.raises(UnknownRecord, match="no correction id starts with 'zz'"):
        corrections.remove(store, "zz")
    assert corrections.remove(store, made.id[:6]).id == made.id
    assert store.corrections() == []


def test_a_person_merges_into_the_organization_of_the_same_name(tmp_path):
    findings = fixture_findings()
    findings.actors += [Actor("Harvest Aid", "person", mentions=[Mention(0, 5, "Trade")]),
                        Actor("Harvest Aid", "organization", mentions=[Mention(6, 14, "Minister")])]
    from dataclasses import replace

    store = open_store(tmp_path / "s", [replace(fixture_article(), findings=findings)])
    workspace = Workspace(store)
    view = workspace.open(ARTICLE)
    person = next(a for a in view.actors if (a.name, a.kind) == ("Harvest Aid", "person"))
    candidates = workspace.merge_candidates(person)
    assert MergeCandidate("Harvest Aid", "organization", 1, True) in candidates
    assert all((c.name, c.kind) != ("Harvest Aid", "person") for c in candidates)
    into = next(c for c in candidates if (c.name, c.kind) == ("Harvest Aid", "organization"))
    workspace.merge(person, into, everywhere=False)
    merged = [a for a in load_view(store, ARTICLE).actors if a.name == "Harvest Aid"]
    assert [(a.kind, len(a.mentions)) for a in merged] == [("organization", 2)]
    store.close()
