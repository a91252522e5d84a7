"""Pilot tests: the workstation's fetch key (F) against a local web site, unread marks in
the switcher, and the reader left where they were (issue 13)."""

from __future__ import annotations

from feedsite import Page, Site, rss
from support import fixture_article, notices, open_store, settle, wait_until
from textual.message import Message

from newsdesk.app.fetching import unread_ids
from newsdesk.store.feeds import Feed
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.panes.articles import ArticlesPane

SIZE = (120, 40)
TEXT = ("Ruritania said on Monday it would impose a 25 percent tariff on steel imports from"
        " Freedonia from 1 March, after talks in Geneva broke down. ") * 8


def items(site: Site, n: int) -> list[dict[str, str]]:
    return [{"title": f"Steel story {i}", "link": site.url(f"/s/{i}"), "guid": f"g{i}",
             "description": f"Story {i}. {TEXT}"} for i in range(n)]


async def test_the_fetch_key_brings_new_articles_in_unread_and_leaves_the_reader_put(tmp_path):
    with Site() as site:
        site.pages["/feed.xml"] = Page(rss("Steel Wire", items(site, 2)),
                                       content_type="application/rss+xml")
        store = open_store(tmp_path / "store", [fixture_article()])
        store.put_feeds([Feed.new(site.url("/feed.xml"))])
        seen: list[Message] = []
        app = NewsdeskApp(store)
        async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
            await settle(pilot)
            await pilot.press("j", "j")
            screen = app.screen
            place = screen.here()
            await pilot.press("F")
            assert await wait_until(pilot, lambda: any(
                "Feeds: feeds 1, new 2" in n for n in notices(seen)))
            assert len(store.list_articles()) == 3
            assert screen.here() == place  # the open article and its cursor stayed put
            assert len(unread_ids(store)) == 2
            await pilot.press("o")
            await settle(pilot)
            switcher = screen.query_one(ArticlesPane)
            assert switcher.table.row_count == 3
            assert "2 unread" in str(switcher.border_subtitle)
            # Opening one takes it off the unread list, here and in the store.
            new_id = unread_ids(store)[0]
            screen.show_switcher(False)
            screen.open_article(new_id)
            assert await wait_until(pilot, lambda: new_id not in unread_ids(store))
            await pilot.press("F")  # nothing new: said so, nothing moves
            assert await wait_until(pilot, lambda: any(
                "unchanged 2" in n for n in notices(seen)))
        store.close()


async def test_the_fetch_key_with_no_feeds_says_how_to_add_one(tmp_path):
    store = open_store(tmp_path / "store", [fixture_article()])
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        assert any("feeds add" in n for n in notices(seen))
    store.close()


async def test_a_failing_feed_is_one_warning(tmp_path):
    with Site() as site:
        store = open_store(tmp_path / "store", [fixture_article()])
        store.put_feeds([Feed.new(site.url("/gone.xml"))])
        seen: list[Message] = []
        app = NewsdeskApp(store)
        async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
            await settle(pilot)
            await pilot.press("F")
            assert await wait_until(pilot, lambda: any("failed 1" in n for n in notices(seen)))
            note = next(n for n in notices(seen) if "failed 1" in n)
            assert "404" in note
            assert screen_article(app) == "a1" * 8
        store.close()


def screen_article(app: NewsdeskApp) -> str | None:
    article = app.screen.article
    return article.id if article is not None else None


async def test_the_interval_fetches_in_the_background_and_leaves_the_reader_put(tmp_path):
    from newsdesk.app.fetching import INTERVAL_SETTING

    with Site() as site:
        site.pages["/feed.xml"] = Page(rss("Steel Wire", items(site, 1)),
                                       content_type="application/rss+xml")
        store = open_store(tmp_path / "store", [fixture_article()])
        store.put_feeds([Feed.new(site.url("/feed.xml"))])
        store.set_setting(INTERVAL_SETTING, 0.01)  # minutes: every 0.6 s
        app = NewsdeskApp(store)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("j", "j", "j")
            place = app.screen.here()
            assert await wait_until(pilot, lambda: len(store.list_articles()) == 2)
            assert app.screen.here() == place
            assert site.hits["/feed.xml"] >= 1
        store.close()
