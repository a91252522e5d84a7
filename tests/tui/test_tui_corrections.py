"""The reader in control of corrections: undo and redo, the corrections view, merges
across articles that ask first and offer a scope, and a cursor that stays put."""

from __future__ import annotations

from dataclasses import replace

import pytest
from support import actor_names, fixture_article, fixture_findings, open_store, settle

from newsdesk.analysis.model import Actor, Mention
from newsdesk.app.views import load_view
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.base import ConfirmScreen
from newsdesk.tui.dialogs.correct import EditFindingScreen
from newsdesk.tui.dialogs.corrections import CorrectionsScreen
from newsdesk.tui.dialogs.merge import MergeActorsScreen, MergeConfirmScreen
from newsdesk.tui.screens.main import MainScreen

SIZE = (120, 40)
ARTICLE = "a1" * 8
OTHER = "b2" * 8


def other_article():
    """Another article naming Canada, and an organization the first one does not name."""
    findings = fixture_findings()
    findings.actors.append(Actor("Ottawa Trade Board", "organization",
                                 mentions=[Mention(0, 5, "Trade")]))
    return replace(fixture_article(), id=OTHER, title="Another story",
                   published="2025-08-01", findings=findings)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [fixture_article(), other_article()])
    yield s
    s.close()


def selected(app) -> str | None:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen.selected.label if screen.selected else None


async def _reject_canada(pilot) -> None:
    await pilot.press("tab", "down", "down")  # Ana Ruiz, European Union, Canada, Chile
    assert selected(pilot.app) == "Canada"
    await pilot.press("x", "y")
    await pilot.pause()


async def test_a_rejection_leaves_the_cursor_on_the_next_row(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _reject_canada(pilot)
        assert actor_names(app) == ["Ana Ruiz", "European Union", "Chile"]
        assert selected(app) == "Chile"  # the row Canada was on, now the next actor


async def test_an_edit_keeps_the_cursor_on_the_edited_row(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "down", "down", "down")
        assert selected(app) == "Chile"
        await pilot.press("e")
        assert isinstance(app.screen, EditFindingScreen)
        await pilot.press("tab", "tab", *"host", "ctrl+s")  # a role: "host"
        await pilot.pause()
        assert selected(app) == "Chile"


async def test_undo_and_redo_a_rejection(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _reject_canada(pilot)
        assert "Canada" not in actor_names(app)
        await pilot.press("u")
        await pilot.pause()
        assert "Canada" in actor_names(app)
        (undone,) = store.corrections(ARTICLE)
        assert undone.kind == "reject" and undone.undone  # kept, to be redone
        await pilot.press("U")
        await pilot.pause()
        assert "Canada" not in actor_names(app)
        assert not store.corrections(ARTICLE)[0].undone


async def test_a_new_correction_after_an_undo_drops_what_was_undone(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _reject_canada(pilot)
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("up", "x", "y")  # reject European Union instead
        await pilot.pause()
        kinds = [(c.kind, c.target.get("name"), bool(c.undone))
                 for c in store.corrections(ARTICLE)]
        assert kinds == [("reject", "European Union", False)]
        await pilot.press("U")  # nothing is left to redo
        await pilot.pause()
        assert "Canada" in actor_names(app)


async def test_the_corrections_view_lists_and_deletes(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _reject_canada(pilot)
        await pilot.press("C")
        screen = app.screen
        assert isinstance(screen, CorrectionsScreen)
        assert [e.what for e in screen.entries] == ["reject actor “Canada”"]
        table = screen.query_one("#corrections-table")
        assert "this article: Chile plans steel tariff" in table.get_row_at(0)[2].plain
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionsScreen)  # the list again, as it now is
        assert app.screen.entries == []
        await pilot.press("escape")
        await pilot.pause()
        assert "Canada" in actor_names(app)
        assert store.corrections() == []


async def test_a_merge_asks_and_this_article_leaves_the_others_alone(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "down", "down", "m")
        assert isinstance(app.screen, MergeActorsScreen)
        await pilot.press(*"chile", "enter")
        await pilot.pause()
        confirm = app.screen
        assert isinstance(confirm, MergeConfirmScreen)
        lines = confirm.preview.lines()
        assert lines[0].startswith("This article: “Canada” (country) goes; its 2 mentions")
        assert "1 other article" in lines[1]
        await pilot.press("a")
        await pilot.pause()
        (merge,) = store.corrections()
        assert merge.article_id == ARTICLE
        assert "Canada" not in actor_names(app)
        assert "Canada" in [a.name for a in load_view(store, OTHER).actors]


async def test_a_merge_into_an_actor_of_another_article_and_kind_everywhere(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "down", "down", "m")
        screen = app.screen
        assert isinstance(screen, MergeActorsScreen)
        await pilot.press(*"ottawa trade")
        assert screen.highlighted.name == "Ottawa Trade Board"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MergeConfirmScreen)
        assert "renamed “Ottawa Trade Board” (organization)" in app.screen.preview.lines()[0]
        await pilot.press("e")
        await settle(pilot)
        (merge,) = store.corrections()
        assert merge.article_id is None
        assert merge.changes == {"into": "Ottawa Trade Board", "into_kind": "organization"}
        for article_id in (ARTICLE, OTHER):
            actors = {(a.name, a.kind) for a in load_view(store, article_id).actors}
            assert ("Canada", "country") not in actors
            assert ("Ottawa Trade Board", "organization") in actors
