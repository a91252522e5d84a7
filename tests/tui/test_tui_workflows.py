"""Pilot tests of the workstation's workflows: switcher, dialogs, related, read-only,
themes from files, stale findings, and a very long article."""

from __future__ import annotations

from dataclasses import replace

from support import TEXT, fixture_article, fixture_findings, notices, open_store, settle, span
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import Input

from newsdesk.analysis.model import Findings
from newsdesk.store.db import Store
from newsdesk.tui import messages as msg
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.small import ImportScreen, PublishedDateScreen, RelatedScreen
from newsdesk.tui.panes.actors import ActorsPane
from newsdesk.tui.panes.article import ArticleBody
from newsdesk.tui.panes.articles import ArticlesPane
from newsdesk.tui.themes import load_themes

SIZE = (120, 40)


async def test_switcher_filters_and_opens_an_article(tmp_path):
    second = fixture_article(id="b2" * 8, title="Tokyo weighs chip export curbs",
                             published="2025-08-01")
    store = open_store(tmp_path / "s", [fixture_article(), second])
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        assert app.screen.article.id == "a1" * 8  # the newest first
        await pilot.press("o")
        switcher = app.screen.query_one(ArticlesPane)
        assert switcher.display
        await pilot.pause()
        assert switcher.table.row_count == 2
        await pilot.press(*"tokyo")
        await pilot.pause(0.3)
        assert switcher.table.row_count == 1
        await pilot.press("enter")
        assert app.screen.article.id == "b2" * 8
        assert not switcher.display
        assert isinstance(app.focused, ArticleBody)
        assert any(isinstance(m, msg.ArticleChosen) for m in seen)
        await pilot.press("left_square_bracket")  # back to the first article
        assert app.screen.article.id == "a1" * 8
    store.close()


async def test_set_published_date_saves_and_reanalyses(tmp_path):
    store = open_store(tmp_path / "s", [fixture_article(findings_version="old")])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # the stale re-analysis at start
        await pilot.press("p")
        assert isinstance(app.screen, PublishedDateScreen)
        box = app.screen.query_one(Input)
        box.value = ""
        await pilot.press(*"2025-13-01", "ctrl+s")
        assert isinstance(app.screen, PublishedDateScreen)  # refused: not a date
        box.value = ""
        await pilot.press(*"2025-09-12", "ctrl+s")
        assert not isinstance(app.screen, PublishedDateScreen)
        await settle(pilot)
        saved = store.get_article("a1" * 8)
        assert saved.published == "2025-09-12"
        from newsdesk.app.engine import engine_version

        assert saved.findings_version == engine_version()
        assert "published 2025-09-12" in str(app.screen.query_one("#article-header").render())
    store.close()


async def test_escape_cancels_a_dialog(tmp_path):
    store = open_store(tmp_path / "s", [fixture_article()])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.press(*"2025-01-01", "escape")
        assert not isinstance(app.screen, PublishedDateScreen)
        assert store.get_article("a1" * 8).published == "2025-09-09"
    store.close()


async def test_import_a_file_from_the_dialog(tmp_path):
    store = open_store(tmp_path / "s", [fixture_article()])
    note = tmp_path / "seoul.md"
    note.write_text("---\ntitle: Seoul extends chip subsidy\npublished: 2025-09-10\n---\n"
                    "South Korea extended its chip subsidy until December 31.\n",
                    encoding="utf-8")
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("i")
        assert isinstance(app.screen, ImportScreen)
        await pilot.press(*str(tmp_path / "missing.md"), "ctrl+s")
        assert isinstance(app.screen, ImportScreen)  # no such file: stays open
        app.screen.query_one(Input).value = str(note)
        await pilot.press("ctrl+s")
        await settle(pilot)
        titles = {a.title for a in store.list_articles()}
        assert "Seoul extends chip subsidy" in titles
        assert any("imported 1" in n for n in notices(seen))
    store.close()


async def test_related_lists_same_sentence_items_and_other_articles(tmp_path):
    other = fixture_article(id="b2" * 8, title="Ruiz speaks again", published="2025-08-01")
    store = open_store(tmp_path / "s", [fixture_article(), other])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")  # actors: Ana Ruiz first
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RelatedScreen)
        related = app.screen.related
        same = {(r.kind, r.label) for r in related.same_sentence}
        assert ("actor", "Chile") in same
        assert ("measure", "tariff impose") in same
        assert [title for _, title in related.other_articles] == ["Ruiz speaks again"]
        table = app.screen.query_one("#related-table")
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("enter")
        assert app.screen.article.id == "b2" * 8
        assert app.screen.query_one(ArticleBody).mention == span(TEXT, "Ana Ruiz")
    store.close()


async def test_read_only_store_says_so_and_refuses_writes(tmp_path):
    folder = tmp_path / "s"
    writer = open_store(folder, [fixture_article()])
    reader = Store.open(folder, readonly=True)
    seen: list[Message] = []
    app = NewsdeskApp(reader)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        assert "read-only" in app.sub_title
        await pilot.press("p")
        assert not isinstance(app.screen, PublishedDateScreen)
        await pilot.press("t")
        await pilot.pause()
        assert any("read-only" in n for n in notices(seen))
    assert writer.get_setting("theme") is None
    reader.close()
    writer.close()


async def test_a_bad_theme_file_is_reported_and_skipped(tmp_path, monkeypatch):
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "good.toml").write_text('name = "good"\nprimary = "#336699"\n')
    (themes / "bad.toml").write_text('name = "bad"\nprimary = "not-a-colour"\n')
    (themes / "broken.toml").write_text('name = "broken\n')
    loaded = load_themes(themes)
    assert [t.name for t in loaded.themes] == ["good"]
    assert len(loaded.errors) == 2
    assert any("bad.toml" in e and "primary" in e for e in loaded.errors)

    monkeypatch.setattr("newsdesk.tui.themes.theme_dir", lambda: themes)
    store = open_store(tmp_path / "s", [fixture_article()])
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.pause()
        errors = [m.notification for m in seen if isinstance(m, Notify)
                  and m.notification.severity == "error"]
        assert errors
        assert app.theme == "good"  # newsdesk-dark is missing: first loaded theme
    store.close()


async def test_stale_findings_are_reanalysed_in_the_background(tmp_path):
    store = open_store(tmp_path / "s", [fixture_article(findings=None, findings_version=None)])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        # The stale check starts on a timer after the first paint; on a loaded machine
        # one settle can run before it fires, so wait (bounded) for the worker to start.
        for _ in range(200):
            await settle(pilot)
            if store.get_article("a1" * 8).findings is not None:
                break
            await pilot.pause(0.05)
        assert store.get_article("a1" * 8).findings is not None
        actors = app.screen.query_one(ActorsPane).table
        assert actors.row_count > 0  # the pane shows the fresh findings
    store.close()


async def test_a_100000_word_article_opens_and_scrolls(tmp_path):
    paragraph = TEXT + "\n"
    repeats = 100_000 // len(paragraph.split()) + 1
    text = paragraph * repeats
    findings = fixture_findings(text)  # mentions in the first copy only
    big = replace(fixture_article(), text=text, findings=findings)
    store = open_store(tmp_path / "s", [big])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        body = app.screen.query_one(ArticleBody)
        assert len(text.split()) >= 100_000
        assert body.virtual_size.height > 10_000
        await pilot.press("end")
        assert body.sentence == len(body.sentences) - 1
        assert body.scroll_offset.y > 10_000
        last_line = body.render_line(body.size.height - 1).text
        assert last_line.strip()
        await pilot.press("home")
        assert body.scroll_offset.y == 0
    store.close()


async def test_fuzzy_jump_lands_on_the_chosen_sentence(tmp_path):
    other = fixture_article(id="b2" * 8, title="Other story", published="2025-08-01",
                            text="Nothing about tariffs here.", findings=Findings())
    store = open_store(tmp_path / "s", [fixture_article(), other])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        from newsdesk.tui.dialogs.jump import JumpScreen

        await pilot.press("slash")
        assert isinstance(app.screen, JumpScreen)
        await pilot.press(*"rejectd the plan")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        body = app.screen.query_one(ArticleBody)
        assert body.sentence == 1
        assert TEXT[body.cursor_offset:].startswith("Ottawa rejected")
        await pilot.press("slash")
        await pilot.press(*"nothing about tarifs")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.article.id == "b2" * 8
    store.close()


async def test_the_jumps_status_line_shows_on_an_80x24_screen(tmp_path):
    """The results give up rows on a short screen; the count and keys stay in sight."""
    from textual.widgets import Static

    from newsdesk.tui.dialogs.jump import JumpScreen

    store = open_store(tmp_path / "s", [fixture_article()])
    app = NewsdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.screen, JumpScreen)
        await pilot.press(*"ottawa")
        await settle(pilot)
        status = app.screen.query_one("#jump-status", Static)
        box = app.screen.query_one("#jump-box").region
        assert "result" in str(status.render())
        assert status.region.height == 1
        assert box.y < status.region.y < box.bottom - 1 < 24
    store.close()
