"""Feeds in the workstation: a key fetches every feed followed, in a worker; an optional
interval (`newsdesk feeds interval MINUTES`) fetches on a timer. Progress shows in a line
above the footer; a notification says what came in; new articles are listed as unread in
the switcher until opened. The reader's article, cursor and scroll stay where they are.

The work is `newsdesk.app.fetching`'s, exactly as `newsdesk fetch` runs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.message import Message

from newsdesk.analysis.text import one_line, shorten
from newsdesk.app.fetching import INTERVAL_SETTING, fetch_feeds, mark_read, unread_ids
from newsdesk.store.changes import StoreChanges
from newsdesk.store.db import Store

from .follow import show_changed_articles
from .statusline import StatusLine

if TYPE_CHECKING:
    from .screens.main import MainScreen


@dataclass
class FeedsFetched(Message):
    summary: str
    problems: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # articles added or updated
    new_ids: list[str] = field(default_factory=list)  # articles added
    new: int = 0
    failed: int = 0
    error: str | None = None
    background: bool = False


class FeedFetcher(StatusLine):
    """Fetches the feeds (a key, or a timer) and shows the progress while it does."""


    def __init__(self, store: Store, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self.running = False
        self.unread: set[str] = set(unread_ids(store))

    def on_mount(self) -> None:
        minutes = self.store.get_setting(INTERVAL_SETTING, 0)
        if isinstance(minutes, int | float) and not isinstance(minutes, bool) and minutes > 0:
            self.set_interval(float(minutes) * 60, lambda: self.fetch(background=True))

    def fetch(self, *, background: bool = False) -> None:
        """Fetch every feed now, unless a fetch is under way."""
        if self.running:
            if not background:
                self.notify("Already fetching the feeds.", markup=False)
            return
        if self.store.readonly:
            if not background:
                self.notify("The store is open read-only: nothing can be fetched into it.",
                            severity="warning", markup=False)
            return
        if not self.store.feeds():
            if not background:
                self.notify("No feeds followed: add one with `newsdesk feeds add URL`.",
                            markup=False)
            return
        self.running = True
        self._show("Fetching feeds…")
        self._fetch(background)

    @work(thread=True, exclusive=True, group="fetch", exit_on_error=False)
    def _fetch(self, background: bool) -> None:
        from newsdesk.net.http import Fetcher

        def progress(done: int, total: int, feed_name: str) -> None:
            line = f"Fetching feeds {done}/{total} · {shorten(one_line(feed_name), 60)}"
            self.app.call_from_thread(self._show, line)

        try:
            feeds = self.store.feeds()
            with Fetcher() as fetcher:
                report = fetch_feeds(self.store, feeds, fetcher=fetcher,
                                     on_progress=lambda d, t, f: progress(d, t, f.name))
        except Exception as e:  # the store or a bug: said, and the workstation goes on
            self.post_message(FeedsFetched("", error=f"{type(e).__name__}: {e}",
                                           background=background))
            return
        self.post_message(FeedsFetched(report.summary(), report.problems,
                                       [*report.new_ids, *report.updated_ids],
                                       report.new_ids, report.new, report.failed,
                                       background=background))

    @on(FeedsFetched)
    def _fetched(self, message: FeedsFetched) -> None:
        message.stop()
        screen = cast("MainScreen", self.screen)
        self.finished(message, screen)
        if message.new_ids:
            from .across import Across

            screen.query_one(Across).arrivals(message.new_ids)

    def finished(self, message: FeedsFetched, screen: MainScreen) -> None:
        self.running = False
        self.display = False
        if message.error:
            screen.notify(f"Fetching the feeds failed: {message.error}", severity="error",
                          markup=False)
            return
        self.unread = set(unread_ids(self.store))
        if message.changed:
            show_changed_articles(screen, StoreChanges(articles=set(message.changed)))
        if message.background and not message.changed and not message.failed:
            return  # a timer's fetch that found nothing says nothing
        detail = "".join(f"\n{shorten(one_line(p), 100)}" for p in message.problems[:3])
        screen.notify(f"Feeds: {message.summary}{detail}",
                      severity="warning" if message.failed else "information", markup=False)

    def opened(self, article_id: str) -> None:
        """The reader opened an article: no longer unread."""
        if article_id in self.unread and not self.store.readonly:
            self.unread.discard(article_id)
            self._mark_read(article_id)

    @work(thread=True, group="unread", exit_on_error=False)
    def _mark_read(self, article_id: str) -> None:
        mark_read(self.store, [article_id])
