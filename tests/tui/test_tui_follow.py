"""Pilot tests: what another process commits shows up in the open workstation, the reader
left where they were (issue 12: many processes, one store)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import fixture_article, notices, open_store, settle, wait_until
from textual.message import Message

from newsdesk.store.db import Store
from newsdesk.store.records import Annotation
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.panes.articles import ArticlesPane

SIZE = (120, 40)
ROOT = Path(__file__).resolve().parents[2]


async def test_an_import_from_the_command_line_shows_up_in_the_open_workstation(tmp_path):
    folder = tmp_path / "store"
    store = open_store(folder, [fixture_article()])
    incoming = tmp_path / "tokyo.txt"
    incoming.write_text("Tokyo weighs chip export curbs\n\nJapan's trade ministry said on"
                        " Monday it would curb exports of chip-making tools to China from"
                        " 1 March 2026.\n", encoding="utf-8")
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")  # the reader is somewhere in the open article
        screen = app.screen
        place = screen.here()
        assert place is not None and place.article_id == "a1" * 8 and place.sentence > 0
        env = {**os.environ, "NEWSDESK_STORE": str(folder)}
        done = subprocess.run([sys.executable, "-m", "newsdesk", "import", str(incoming)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr  # not refused: the workstation holds no lock
        assert await wait_until(pilot, lambda: len(store.list_articles()) == 2)
        assert await wait_until(pilot, lambda: any("Changed by another newsdesk: 1 article"
                                                   in n for n in notices(seen)))
        assert screen.here() == place  # the open article and its cursor stayed put
        await pilot.press("o")
        await settle(pilot)
        switcher = screen.query_one(ArticlesPane)
        assert switcher.table.row_count == 2  # the switcher lists the new article
        new_id = next(r.id for r in store.list_articles() if r.id != "a1" * 8)
        assert await wait_until(pilot, lambda: new_id in (screen.corpus or {}))
    store.close()


async def test_a_note_added_elsewhere_highlights_in_the_open_article(tmp_path):
    folder = tmp_path / "store"
    store = open_store(folder, [fixture_article()])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with Store.open(folder) as other:  # another writer: the workstation holds no lock
            other.add_annotation(Annotation(id="elsewhere", article_id="a1" * 8, start=0,
                                            end=5, quote=fixture_article().text[:5],
                                            note="from the other desk"))
        screen = app.screen
        assert await wait_until(pilot, lambda: (0, 5) in screen.workspace.annotated_spans())
        assert screen.article.id == "a1" * 8
    store.close()


async def test_the_open_article_removed_elsewhere_gives_way_to_the_newest(tmp_path):
    folder = tmp_path / "store"
    second = fixture_article(id="b2" * 8, title="Tokyo weighs chip export curbs",
                             published="2025-08-01")
    store = open_store(folder, [fixture_article(), second])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.article.id == "a1" * 8
        with Store.open(folder) as other:
            other.remove_article("a1" * 8)
        assert await wait_until(pilot, lambda: app.screen.article is not None
                                and app.screen.article.id == "b2" * 8)
    store.close()


async def test_with_the_index_on_disk_an_import_elsewhere_is_found_by_the_jump(
        tmp_path, monkeypatch):
    """A large store's jump index lives on disk (app/searchcache.py); what another process
    imports is laid over it, and the jump finds it without a restart."""
    from newsdesk.analysis.searchdisk import LayeredSearch
    from newsdesk.app import searchcache

    monkeypatch.setattr(searchcache, "DISK_FROM", 0)  # every store counts as large
    folder = tmp_path / "store"
    store = open_store(folder, [fixture_article()])
    incoming = tmp_path / "tokyo.txt"
    incoming.write_text("Tokyo weighs chip export curbs\n\nJapan's trade ministry said on"
                        " Monday it would curb exports of chip-making tools to China from"
                        " 1 March 2026.\n", encoding="utf-8")
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert await wait_until(pilot, lambda: isinstance(screen.search_index, LayeredSearch))
        assert searchcache.search_folder(store).is_dir()
        assert not screen.search_index.search("chip making tools")
        env = {**os.environ, "NEWSDESK_STORE": str(folder)}
        done = subprocess.run([sys.executable, "-m", "newsdesk", "import", str(incoming)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr
        assert await wait_until(pilot, lambda: bool(screen.search_index.search(
            "chip making tools")))
        hit = screen.search_index.search("chip making tools")[0]
        assert hit.item.article_id != "a1" * 8
    store.close()


async def test_progress_lines_sit_above_the_footer_at_80_by_24(tmp_path):
    """The index build's and the fetch's progress lines take a row of their own above
    the key hints (docked at the bottom, either one hid under the footer)."""
    from textual.widgets import Footer

    from newsdesk.tui.corpus import CorpusWatcher
    from newsdesk.tui.feeds import FeedFetcher

    store = open_store(tmp_path / "store", [fixture_article()])
    app = NewsdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        footer = screen.query_one(Footer)
        lines = [screen.query_one(CorpusWatcher), screen.query_one(FeedFetcher)]
        # The scan starts on a timer after the first paint: "not scanning" alone may hold
        # before it began, and its end would then hide the line shown below.
        assert await wait_until(pilot, lambda: screen.watcher.entries is not None
                                and not screen.watcher.scanning)
        await app.workers.wait_for_complete()  # no scan left to hide its line meanwhile
        await pilot.pause(0.1)
        for line in lines:
            line._show("Working: 1 of 2")
        await pilot.pause(0.1)
        for line in lines:
            assert line.display, line
            assert line.region.height == 1 and line.region.bottom <= footer.region.y
        assert lines[0].region.y != lines[1].region.y
        assert footer.region.bottom == 24
    store.close()
