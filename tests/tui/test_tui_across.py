"""Pilot tests and snapshots of the views across the corpus (issue 14): T timeline,
P actor profile, H thread, W watch, L watchlist; on the invented story of tests/story.py."""

from __future__ import annotations

import pytest
from story import MUSEUM, STORY
from support import notices, open_store, settle, wait_until
from textual.message import Message

from newsdesk.app.watch import WatchItem, add_item, watch_items
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.across import (
    ActorScreen,
    ThreadScreen,
    TimelineScreen,
    WatchlistScreen,
)

SIZE = (120, 40)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [a.article() for a in (*STORY, MUSEUM)],
                   settings={"workstation.opened": True})
    yield s
    s.close()


async def opened(pilot, kind) -> object:
    assert await wait_until(pilot, lambda: isinstance(pilot.app.screen, kind))
    return pilot.app.screen


async def test_the_timeline_filters_zooms_and_jumps_to_the_sentence(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        await pilot.press("T")
        screen = await opened(pilot, TimelineScreen)
        assert screen.table.row_count == 6 + 5 + 1  # items, month headings, now
        await pilot.press("z")  # week
        assert screen.zoom == "week"
        await pilot.press("l", "i", "f", "t")
        await settle(pilot)
        assert screen.query_one("#timeline-filter").value == "lift"
        assert [t.article_id for t in screen.targets.values()] == ["s4" * 8]
        await pilot.press("enter", "enter")  # to the table, then go there
        await settle(pilot)
        assert app.screen is main and main.article.id == "s4" * 8
        assert main.here().sentence == 0


async def test_an_actor_profile_and_a_partners_profile(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("P")  # nothing selected yet: said how
        await settle(pilot)
        await pilot.press("tab")  # the actors pane: its first actor is selected
        await settle(pilot)
        name = app.screen.selected.label
        await pilot.press("P")
        screen = await opened(pilot, ActorScreen)
        assert screen.profile.name == name
        partner = next(k for k, t in screen.targets.items() if t.kind == "actor")
        row = screen.table.get_row_index(partner)
        screen.table.move_cursor(row=row)
        await pilot.press("enter")
        assert await wait_until(pilot, lambda: isinstance(app.screen, ActorScreen)
                                and app.screen.profile.name != name)


async def test_the_thread_of_the_open_article(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.open_article("s2" * 8)
        await pilot.press("H")
        screen = await opened(pilot, ThreadScreen)
        assert screen.thread is not None and len(screen.thread.steps) == 4
        assert screen.thread.steps[1].moved
        await pilot.press("escape")
        app.screen.open_article("u1" * 8)
        await pilot.press("H")
        screen = await opened(pilot, ThreadScreen)
        assert screen.thread is None


async def test_watch_an_actor_list_it_and_forget_it(store):
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        name = app.screen.selected.label
        await pilot.press("W")
        assert await wait_until(pilot, lambda: any(f"Watching actor:{name}." in n
                                                   for n in notices(seen)))
        assert watch_items(store) == [WatchItem("actor", name)]
        await pilot.press("L")
        screen = await opened(pilot, WatchlistScreen)
        screen.table.move_cursor(row=1)
        await pilot.press("x")
        assert await wait_until(pilot, lambda: watch_items(store) == [])


async def test_watched_deadlines_are_announced_at_start(tmp_path):
    from dataclasses import replace

    from story import D

    soon = replace(STORY[0], id="n1" * 8, published="2025-09-10",
                   deadlines=[D("2025-09-15", "Ruritania's steel tariff takes effect",
                                "1 March")])
    store = open_store(tmp_path / "store", [soon.article()],
                       settings={"workstation.opened": True})
    add_item(store, WatchItem("actor", "Freedonia"))
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        assert await wait_until(pilot, lambda: any("Watched deadlines" in n
                                                   for n in notices(seen)), timeout=10)
        note = next(n for n in notices(seen) if "Watched deadlines" in n)
        assert "within 24 h: 2025-09-15" in note and "actor:Freedonia" in note
    store.close()


async def test_articles_a_fetch_brings_that_match_are_announced_and_starred(store):
    from newsdesk.tui.across import Across
    from newsdesk.tui.panes.articles import ArticlesPane

    add_item(store, WatchItem("phrase", "art museum"))
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        app.screen.query_one(Across).arrivals(["u1" * 8, "s1" * 8])
        assert await wait_until(pilot, lambda: any("New articles you watch" in n
                                                   for n in notices(seen)))
        note = next(n for n in notices(seen) if "New articles you watch" in n)
        assert "Minister opens new art museum" in note and "Ruritania" not in note
        await pilot.press("o")
        await settle(pilot)
        assert app.screen.query_one(ArticlesPane).table.watched == {"u1" * 8}


# -- snapshots, each view at 80x24 and 120x40 ----------------------------------------------


def _keys(*keys: str):
    async def run_before(pilot) -> None:
        from support import wait_for_scan

        await wait_for_scan(pilot)  # then the header's story line (a worker) is made
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
    return run_before


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_timeline_snapshot(store, snap_compare, size):
    assert snap_compare(NewsdeskApp(store), terminal_size=size, run_before=_keys("T"))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_actor_profile_snapshot(store, snap_compare, size):
    assert snap_compare(NewsdeskApp(store), terminal_size=size, run_before=_keys("tab", "P"))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_thread_snapshot(store, snap_compare, size):
    assert snap_compare(NewsdeskApp(store), terminal_size=size, run_before=_keys("H"))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_watchlist_snapshot(store, snap_compare, size):
    add_item(store, WatchItem("actor", "Freedonia"))
    add_item(store, WatchItem("type", "tariff"))
    assert snap_compare(NewsdeskApp(store), terminal_size=size, run_before=_keys("L"))


async def test_the_article_header_says_where_it_stands_in_its_story(store):
    from support import screen_text, wait_for_scan

    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_scan(pilot)
        app.screen.open_article("s2" * 8)
        assert await wait_until(pilot, lambda: "story 2/4" in screen_text(app))
        assert "threaten -> delay" in screen_text(app)
        app.screen.open_article("u1" * 8)
        await settle(pilot)
        assert "story " not in screen_text(app)


async def test_an_import_in_the_workstation_announces_watched_arrivals(store):
    from newsdesk.tui import messages as msg

    add_item(store, WatchItem("actor", "Anna Keller"))
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        app.screen.post_message(msg.ImportFinished("imported 1", added=["u1" * 8]))
        assert await wait_until(pilot, lambda: any("New articles you watch" in n
                                                   for n in notices(seen)))
