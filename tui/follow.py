"""Following the store: another process's commits show up in the open workstation.

Any number of processes share a store (a `newsdesk import` from a script, a scheduled job,
a second workstation). Once a second, `StoreFollower` asks the store whether its files
changed on disk (two stats); if they did, a worker reads the new versions and the screen
gets `ChangedElsewhere` with the articles and notes that changed, so it can show them
without moving the reader. Commits of this workstation that first read another process's
work (every commit does) are reported the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.widget import Widget

from newsdesk.store.changes import StoreChanges
from newsdesk.store.db import Store
from newsdesk.store.errors import StoreError

from . import messages as msg

if TYPE_CHECKING:
    from .screens.main import MainScreen

POLL_SECONDS = 1.0  # a commit elsewhere shows within this plus the time to read it


class StoreFollower(Widget):
    """Reads other processes' commits as they land and tells the screen what changed."""

    DEFAULT_CSS = "StoreFollower { display: none; }"

    def __init__(self, store: Store, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self._reported_error = False

    def on_mount(self) -> None:
        self.set_interval(POLL_SECONDS, self.check)

    def check(self) -> None:
        """Look for commits of other processes now (also what the timer calls)."""
        self._read_changes()

    @work(thread=True, exclusive=True, group="follow", exit_on_error=False)
    def _read_changes(self) -> None:
        # Off the UI thread: reading a new version of a large articles file takes a while,
        # and the store's lock may be held by a commit of this workstation.
        try:
            if self.store.changed_on_disk():
                self.store.refresh()
            changes = self.store.take_changes()
        except StoreError as e:
            if not self._reported_error:  # once: the file stays as it is until reopened
                self._reported_error = True
                self.app.call_from_thread(self.notify, str(e), severity="error",
                                          markup=False)
            return
        if changes:
            self.post_message(msg.ChangedElsewhere(changes))


def show_changes_elsewhere(screen: MainScreen, changes: StoreChanges) -> None:
    """Show what another process committed, the reader left where they are: the open
    article is reloaded only if it changed (its cursors kept), the other articles' search
    entries, counts and deadlines are updated, and the switcher lists new articles."""
    show_changed_articles(screen, changes)
    articles = len(changes.articles) if changes.articles is not None else 0
    parts = [f"{articles} article{'s' * (articles != 1)}" if articles else "",
             f"notes on {len(changes.notes)} article{'s' * (len(changes.notes) != 1)}"
             if changes.notes else ""]
    if any(parts):
        screen.notify(f"Changed by another newsdesk: {', '.join(p for p in parts if p)}.",
                      markup=False)


def show_changed_articles(screen: MainScreen, changes: StoreChanges) -> None:
    """Show changed articles (and notes) with the reader left where they are: the open
    article reloaded only if it changed, the others' entries updated, the switcher
    relisted."""
    current = screen.article.id if screen.article is not None else None
    if changes.articles or changes.articles is None or changes.corrections:
        from .across import Across

        screen.query_one(Across).stale()
    if changes.articles is None or changes.corrections:
        screen.store_changed(None)  # possibly every article: reload and rescan
    else:
        ids = sorted(changes.articles | changes.notes)
        if current is not None and current in ids:
            screen.store_changed(ids)
        elif ids:
            screen.watcher.reindex(ids)
        if changes.articles and (switcher := screen.switcher) is not None:
            switcher.loaded = False
            if switcher.display:
                screen.call_later(screen.action_articles)
    if current is None or not screen.store.has_article(current):
        newest = screen.workspace.newest_article_id()
        if newest is not None:
            screen.open_article(newest)
        elif current is not None:
            screen.show_empty_store()
