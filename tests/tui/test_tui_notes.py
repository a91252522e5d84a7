"""Pilot tests of the notes view (`b`) and of what must outlive a restart or re-analysis."""

from __future__ import annotations

from dataclasses import replace

import pytest
from support import TEXT, actor_names, fixture_article, open_store, settle, span, unique
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import DataTable, TextArea

from newsdesk.app import engine as library
from newsdesk.store.db import Store
from newsdesk.tui import messages as msg
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.annotate import AnnotateScreen
from newsdesk.tui.dialogs.base import ConfirmScreen
from newsdesk.tui.dialogs.notes import NotesScreen
from newsdesk.tui.panes.article import ArticleBody

SIZE = (120, 40)
ARTICLE, OTHER = "a1" * 8, "b2" * 8


def listed(app) -> list[str]:
    """The quotes the notes view lists, top to bottom."""
    table = app.screen.query_one("#notes-table", DataTable)
    return [table.get_row_at(i)[0].plain for i in range(table.row_count)]


async def add_note(pilot, keys: str) -> None:
    """`a` on the sentence under the cursor, type the note, save."""
    await pilot.press("a")
    assert isinstance(pilot.app.screen, AnnotateScreen)
    await pilot.press(*keys, "ctrl+s")
    await pilot.pause()


@pytest.fixture
def two_articles(tmp_path):
    other = fixture_article(id=OTHER, title="Tokyo weighs chip curbs", published="2025-08-01")
    s = open_store(tmp_path / "store", [fixture_article(), other])
    yield s
    s.close()


async def test_a_note_survives_a_restart(tmp_path):
    folder = tmp_path / "store"
    store = open_store(folder, [fixture_article()])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")  # "Ottawa rejected the plan."
        await add_note(pilot, "ask Ottawa")
    store.close()

    again = Store.open(folder)
    seen: list[Message] = []
    app = NewsdeskApp(again)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        body = app.screen.query_one(ArticleBody)
        ottawa = span(TEXT, "Ottawa rejected the plan.")
        assert body._highlights["annotated"].overlapping(*ottawa) == [ottawa]
        await pilot.press("b")
        assert isinstance(app.screen, NotesScreen)
        assert listed(app) == ["Ottawa rejected the plan."]
        await pilot.press("enter")
        await pilot.pause()
        assert body.sentence == 1
        moves = unique(seen, msg.SentenceCursorMoved)
        assert moves[-1].sentence == 1 and moves[-1].article_id == ARTICLE
    again.close()


async def test_a_rejected_actor_stays_rejected_after_reanalysis(tmp_path):
    store = open_store(tmp_path / "store", [fixture_article()])
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("tab", "x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert "Ana Ruiz" not in actor_names(app)
        # A new engine version: the app's own stale path re-runs the engine.
        store.update_article(replace(store.get_article(ARTICLE), findings_version="old"))
        app.screen.refresh_stale()
        await settle(pilot)
        refreshed = unique(seen, msg.FindingsRefreshed)
        assert [(m.count, m.error) for m in refreshed] == [(1, None)]
        fresh = store.get_article(ARTICLE)
        assert fresh.findings_version == library.engine_version()
        assert "Ana Ruiz" in [a.name for a in fresh.findings.actors]  # found again...
        assert "Ana Ruiz" not in actor_names(app)  # ...and still rejected
        assert "Chile" in actor_names(app)


async def test_b_lists_this_articles_notes_and_ctrl_t_shows_every_note(two_articles):
    app = NewsdeskApp(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await add_note(pilot, "minister")
        await pilot.press("o", *"tokyo")
        await pilot.pause(0.3)  # the switcher filters as you type
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.article.id == OTHER
        await pilot.press("j", "j")
        await add_note(pilot, "tokyo note")
        await pilot.press("b")
        assert isinstance(app.screen, NotesScreen)
        assert [q[:20] for q in listed(app)] == ["Ruiz said the tariff"]
        await pilot.press("ctrl+t")
        assert sorted(q[:20] for q in listed(app)) == ["Ruiz said the tariff",
                                                      "Trade Minister Ana R"]
        titles = [app.screen.query_one("#notes-table", DataTable).get_row_at(i)[3].plain
                  for i in range(2)]
        assert sorted(titles) == ["Chile plans steel tarif…", "Tokyo weighs chip curbs"]
        # enter on the other article's note opens that article at the note
        table = app.screen.query_one("#notes-table", DataTable)
        row = next(i for i in range(2) if table.get_row_at(i)[3].plain.startswith("Chile"))
        table.move_cursor(row=row)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.article.id == ARTICLE
        assert app.screen.query_one(ArticleBody).sentence == 0


async def test_e_in_the_notes_view_edits_the_note(two_articles):
    app = NewsdeskApp(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await add_note(pilot, "first")
        await pilot.press("b", "e")
        assert isinstance(app.screen, AnnotateScreen)
        assert app.screen.query_one("#note", TextArea).text == "first"
        await pilot.press(*" and more", "ctrl+s")
        await pilot.pause()
        assert [n.note for n in two_articles.annotations(ARTICLE)] == ["first and more"]


async def test_d_in_the_notes_view_deletes_after_a_yes(two_articles):
    seen: list[Message] = []
    app = NewsdeskApp(two_articles)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await add_note(pilot, "to go")
        await pilot.press("b", "d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert len(two_articles.annotations(ARTICLE)) == 1
        await pilot.press("d", "y")
        await pilot.pause()
        assert two_articles.annotations(ARTICLE) == []
        assert isinstance(app.screen, NotesScreen)  # back in the list, now empty
        assert listed(app) == []
        assert any(isinstance(m, Notify) and m.notification.message == "Note deleted."
                   for m in seen)
        body = app.screen_stack[-2].query_one(ArticleBody)
        assert "annotated" not in body._highlights  # nothing left to colour


async def test_a_read_only_store_lists_notes_but_refuses_to_delete(tmp_path):
    folder = tmp_path / "s"
    writer = open_store(folder, [fixture_article()])
    from newsdesk.store.notes import new_annotation

    writer.add_annotation(new_annotation(fixture_article(), 0, 14, "kept", [], [],
                                         "2025-09-10T00:00:00+00:00"))
    reader = Store.open(folder, readonly=True)
    app = NewsdeskApp(reader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        assert listed(app) == ["Trade Minister"]
        await pilot.press("d", "y")
        await pilot.pause()
    assert [n.note for n in writer.annotations(ARTICLE)] == ["kept"]
    reader.close()
    writer.close()
