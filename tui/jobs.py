"""The workstation's slow work: re-analysis, a new published date, imports, exports and
related items, each in a thread worker that reports back with a message.

A widget with nothing to draw, so the main screen keeps no worker code of its own; the
work itself is `newsdesk.app`'s, as the command line runs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.widget import Widget

from newsdesk.app import engine
from newsdesk.app.clock import now_utc
from newsdesk.app.views import load_view
from newsdesk.store.db import Store
from newsdesk.store.errors import StoreError

from . import messages as msg

if TYPE_CHECKING:
    from newsdesk.analysis.model import Findings
    from newsdesk.app.refs import FindingRef, Span


def _named(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


def _failure(error: Exception) -> str:
    """A store error names the file and what to do; anything else gets its type."""
    return str(error) if isinstance(error, StoreError) else _named(error)


class Jobs(Widget):
    """Runs the store's slow work off the UI thread; each job posts one message."""

    DEFAULT_CSS = "Jobs { display: none; }"

    def __init__(self, store: Store, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store

    @work(thread=True, exclusive=True, group="stale", exit_on_error=False)
    def refresh_stale(self, ids: list[str] | None = None) -> None:
        """Re-run the engine on articles it analysed in an older version (these, or
        every such article in the store)."""
        try:
            if ids is None:
                ids = list(engine.stale_articles(self.store))
            count = engine.reanalyze(self.store, ids) if ids else 0
        except Exception as e:  # the engine or store failed: report, keep the old findings
            self.post_message(msg.FindingsRefreshed(0, _named(e)))
            return
        if count:
            self.post_message(msg.FindingsRefreshed(count, article_ids=ids))

    @work(thread=True, exclusive=True, group="published", exit_on_error=False)
    def save_published(self, article_id: str, published: str | None) -> None:
        try:
            engine.set_published(self.store, article_id, published)
        except Exception as e:
            self.post_message(msg.PublishedDateSaved(article_id, published, _named(e)))
            return
        self.post_message(msg.PublishedDateSaved(article_id, published))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def import_path(self, path: Path) -> None:
        from newsdesk.app.importing import import_into  # loads the importer on first use

        try:
            report = import_into(self.store, [path])
        except Exception as e:
            self.post_message(msg.ImportFinished("", error=_named(e)))
            return
        self.post_message(msg.ImportFinished(report.summary(),
                                             [str(f) for f in report.failures],
                                             added=report.added))

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_note(self, article_id: str, path: Path, force: bool) -> None:
        """Write the article's Markdown note (as `newsdesk export ID` does)."""
        from newsdesk.store import fileio
        from newsdesk.store.export import article_note

        try:
            text = article_note(load_view(self.store, article_id), now_utc())
            fileio.write_file(path, text.encode(), force=force)
        except Exception as e:
            self.post_message(msg.NoteExported(article_id, str(path), _failure(e)))
            return
        self.post_message(msg.NoteExported(article_id, str(path)))

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def related(self, ref: FindingRef, findings: Findings, sentences: list[Span]) -> None:
        from newsdesk.app.related import gather_related

        try:
            related = gather_related(self.store, ref, findings, sentences)
        except Exception as e:
            self.post_message(msg.RelatedReady(None, _named(e)))
            return
        self.post_message(msg.RelatedReady(related))
