"""Pilot tests of the writes wired into the workstation: notes and corrections."""

from __future__ import annotations

import pytest
from support import TEXT, actor_names, fixture_article, open_store, span
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import Input

from newsdesk.store.db import Store
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.annotate import AnnotateScreen
from newsdesk.tui.dialogs.base import ConfirmScreen
from newsdesk.tui.dialogs.correct import (
    AddFindingScreen,
    EditFindingScreen,
)
from newsdesk.tui.dialogs.merge import MergeActorsScreen, MergeConfirmScreen
from newsdesk.tui.panes.actors import ActorsPane
from newsdesk.tui.panes.article import ArticleBody

SIZE = (120, 40)
ARTICLE = "a1" * 8


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [fixture_article()])
    yield s
    s.close()


async def test_annotate_the_selection(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("shift+right", "shift+right", "a")
        assert isinstance(app.screen, AnnotateScreen)
        await pilot.press(*"check the [b]minister[/b]", "ctrl+s")
        await pilot.pause()
        notes = store.annotations(ARTICLE)
        assert [(n.quote, n.note) for n in notes] == [("Trade Minister",
                                                       "check the [b]minister[/b]")]
        body = app.screen.query_one(ArticleBody)
        assert body._highlights["annotated"].overlapping(0, 5) == [span(TEXT, "Trade Minister")]


async def test_reject_an_actor(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert "Ana Ruiz" not in actor_names(app)
        assert [c.kind for c in store.corrections(ARTICLE)] == ["reject"]
        # The correction outlives re-analysis: the stored findings are untouched.
        assert store.get_article(ARTICLE).findings.actors[0].name == "Ana Ruiz"


async def test_edit_an_actor(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "e")
        assert isinstance(app.screen, EditFindingScreen)
        app.screen.query_one("#edit-role", Input).value = "Foreign Minister"
        await pilot.press("ctrl+s")
        await pilot.pause()
        table = app.screen.query_one(ActorsPane).table
        # Under the name: role, then affiliation.
        assert table.get_row_at(0)[2].plain == "Ana Ruiz\nForeign Minister, Chile"


async def test_merge_an_actor_into_another(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "down", "down")  # person, org, then Canada
        assert app.screen.selected.label == "Canada"
        await pilot.press("m")
        assert isinstance(app.screen, MergeActorsScreen)
        await pilot.press(*"chile", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MergeConfirmScreen)  # it asks first, saying what
        assert not store.corrections(ARTICLE)
        await pilot.press("e")  # everywhere
        await pilot.pause()
        assert "Canada" not in actor_names(app)
        merge = store.corrections(ARTICLE)[0]
        assert (merge.kind, merge.article_id, merge.changes) == ("merge", None,
                                                                 {"into": "Chile"})


async def test_add_an_actor_on_the_selection(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j", "j")  # "The old quota on Canadian wood..."
        body = app.screen.query_one(ArticleBody)
        body.selection_anchor, body.head = span(TEXT, "Canadian wood")
        await pilot.press("plus")
        assert isinstance(app.screen, AddFindingScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Canadian wood" in actor_names(app)


async def test_writes_are_refused_on_a_read_only_store(tmp_path):
    folder = tmp_path / "s"
    writer = open_store(folder, [fixture_article()])
    reader = Store.open(folder, readonly=True)
    seen: list[Message] = []
    app = NewsdeskApp(reader)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        for key in ("a", "tab", "x", "e", "m", "plus", "i"):
            await pilot.press(key)
            assert not isinstance(app.screen, (AnnotateScreen, ConfirmScreen))
        refused = {m.notification.message for m in seen if isinstance(m, Notify)}
        assert any("read-only" in str(n) for n in refused)
    reader.close()
    writer.close()
