"""The corpus as the workstation knows it: the fuzzy-jump index over every article,
finding and note, and each article's counts and deadlines (for the switcher and the
countdown of every article).

A line above the footer, shown only while a large store's jump index is built on disk
(`newsdesk.app.searchcache`); it owns the thread workers that scan the store and keep the
index current (`newsdesk.app.corpus` does the work), and reports each result up as a
message. Workers never touch another widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from newsdesk.store.db import Store

from . import messages as msg
from .statusline import StatusLine

if TYPE_CHECKING:  # the scan's modules load with the first scan, after the first paint
    from newsdesk.analysis.search import SearchIndex
    from newsdesk.app import corpus
    from newsdesk.app.corpus import JumpIndex
    from newsdesk.app.countdown import DeadlineRow
    from newsdesk.store.records import Annotation
    from newsdesk.store.view import ArticleView


class CorpusWatcher(StatusLine):
    """Scans the store once (after the first paint), then updates article by article."""


    def __init__(self, store: Store, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self.index: JumpIndex | None = None  # searchable while a scan fills it
        self.entries: dict[str, corpus.ArticleEntry] | None = None  # per article
        self.scanning = False
        self._changed_while_scanning: set[str] = set()

    # -- the scan ------------------------------------------------------------------------

    def start_scan(self, view: ArticleView | None, *, fresh: bool = False) -> None:
        """Index every article and note, and gather counts and deadlines, in a worker.

        `fresh`: a new index (an import, a merge across every article), while the old one
        still answers; otherwise the existing index is filled (one kept in memory; one on
        disk is opened again)."""
        from newsdesk.analysis.search import SearchIndex
        from newsdesk.app import corpus

        if self.index is None or fresh or not isinstance(self.index, SearchIndex):
            index = corpus.new_search_index(view)
            if self.index is None:
                self.index = index  # searchable at once
        else:
            index = self.index
        self.scanning = True
        self._changed_while_scanning.clear()
        self._scan(index)

    @work(thread=True, exclusive=True, group="corpus", exit_on_error=False)
    def _scan(self, index: SearchIndex) -> None:
        from newsdesk.app import corpus

        def progress(done: int, total: int) -> None:
            # One short line (80 columns); the jump finds the open article meanwhile.
            self.app.call_from_thread(
                self._show, f"Building the search index: {done:,} of {total:,} articles")

        try:
            with corpus.short_gil_turns():
                found, entries, stale = corpus.scan_corpus(index, self.store, progress)
        except Exception as e:  # the jump still finds what was indexed before the failure
            self.post_message(msg.CorpusScanned(index, {}, f"{type(e).__name__}: {e}"))
            return
        if not get_current_worker().is_cancelled:  # a newer scan replaces this one
            self.post_message(msg.CorpusScanned(found, entries, stale=stale))

    def scanned(self, message: msg.CorpusScanned) -> None:
        """Take the scan's results (the screen calls this when the message arrives)."""
        self.display = False
        self.scanning = False
        self.index = message.index
        self.entries = message.entries
        if self._changed_while_scanning:  # the scan may have read them before the change
            self.reindex(sorted(self._changed_while_scanning))
            self._changed_while_scanning.clear()

    # -- one article at a time -----------------------------------------------------------

    def reindex(self, article_ids: list[str]) -> None:
        """Replace these articles' items and entries (gone articles are dropped)."""
        if self.scanning:
            self._changed_while_scanning.update(article_ids)
        self._reindex(article_ids, self.index)

    @work(thread=True, group="reindex", exit_on_error=False)
    def _reindex(self, article_ids: list[str], index: JumpIndex | None) -> None:
        from newsdesk.app import corpus

        try:
            entries = {a: corpus.reindex_article(index, self.store, a) for a in article_ids}
        except Exception as e:
            self.post_message(msg.ArticlesReindexed({}, f"{type(e).__name__}: {e}"))
            return
        self.post_message(msg.ArticlesReindexed(entries))

    def reindexed(self, message: msg.ArticlesReindexed) -> None:
        """Take fresh entries (the screen calls this when the message arrives)."""
        if self.entries is None:
            return
        for article_id, entry in message.entries.items():
            if entry is None:
                self.entries.pop(article_id, None)
            else:
                self.entries[article_id] = entry

    def note_changed(self, article_id: str, annotation_id: str, note: Annotation | None,
                     title: str) -> None:
        """A note was added or edited (`note`) or deleted: swap its search item."""
        if self.scanning:  # the scan may have read the notes before this change
            self._changed_while_scanning.add(article_id)
        if self.index is not None:
            self._swap_note(self.index, annotation_id, note, title)

    @work(thread=True, group="reindex", exit_on_error=False)
    def _swap_note(self, index: JumpIndex, annotation_id: str, note: Annotation | None,
                   title: str) -> None:
        # Off the UI thread: a search may hold the index.
        from newsdesk.app import corpus

        index.discard(f"note/{annotation_id}")
        if note is not None:
            index.add(corpus.note_items(note, title))

    # -- what the views show -------------------------------------------------------------

    def counts(self) -> dict[str, tuple[int, int, int]]:
        return {a: e.counts for a, e in (self.entries or {}).items()}

    def deadline_rows(self) -> list[DeadlineRow]:
        return [row for entry in (self.entries or {}).values() for row in entry.deadlines]
