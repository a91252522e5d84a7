"""The main screen's slow work: thread workers over the store, and what is done with
their results. Workers post messages and never touch a widget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import work
from textual.worker import get_current_worker

from .. import messages as msg
from ..panes.actors import ActorsPane
from ..panes.countdown import CountdownPane
from ..panes.findings import FindingsTable
from ..panes.measures import MeasuresPane
from . import tasks
from .modals import RelatedScreen


class BackgroundWork:
    """Mixed into MainScreen: re-analysis, imports, dates, and corpus-wide lists.

    Result handlers use the `on_<message>` naming: `@on` is not collected from a mixin.
    """

    @work(thread=True, exclusive=True, group="stale", exit_on_error=False)
    def refresh_stale(self, ids: list[str] | None = None) -> None:
        """Re-run the engine on articles it analysed in an older version (these, or
        every such article in the store)."""
        from .. import library

        try:
            if ids is None:
                ids = list(library.stale_articles(self.store))
            count = library.reanalyze(self.store, ids) if ids else 0
        except Exception as e:  # the engine or store failed: report, keep the old findings
            self.post_message(msg.FindingsRefreshed(0, f"{type(e).__name__}: {e}"))
            return
        if count:
            self.post_message(msg.FindingsRefreshed(count, article_ids=ids))

    def on_findings_refreshed(self, message: msg.FindingsRefreshed) -> None:
        if message.error:
            self.notify(f"Re-analysis failed: {message.error}", severity="error",
                        markup=False)
            return
        self.notify(f"Re-analysed {message.count} article(s) with the current engine.",
                    timeout=3, markup=False)
        self._store_changed(message.article_ids)

    @work(thread=True, exclusive=True, group="published", exit_on_error=False)
    def save_published(self, article_id: str, published: str | None) -> None:
        try:
            tasks.save_published(self.store, article_id, published)
        except Exception as e:
            self.post_message(msg.PublishedDateSaved(article_id, published,
                                                     f"{type(e).__name__}: {e}"))
            return
        self.post_message(msg.PublishedDateSaved(article_id, published))

    def on_published_date_saved(self, message: msg.PublishedDateSaved) -> None:
        if message.error:
            self.notify(f"Could not re-analyse after setting the date: {message.error}",
                        severity="error", markup=False)
        else:
            self.notify(f"Published date set to {message.published or 'unknown'}; "
                        "dates re-resolved.", timeout=3, markup=False)
        self._store_changed([message.article_id])

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def import_path(self, path: Path) -> None:
        from .. import library

        try:
            report = library.import_into(self.store, [path])
        except Exception as e:
            self.post_message(msg.ImportFinished("", error=f"{type(e).__name__}: {e}"))
            return
        self.post_message(msg.ImportFinished(report.summary(),
                                             [str(f) for f in report.failures]))

    def on_import_finished(self, message: msg.ImportFinished) -> None:
        if message.error:
            self.notify(f"Import failed: {message.error}", severity="error", markup=False)
            return
        severity = "warning" if message.failures else "information"
        detail = "".join(f"\n{f}" for f in message.failures[:3])
        self.notify(f"{message.summary}{detail}", severity=severity, markup=False)
        self._store_changed()
        if self.article is None:
            rows = self.store.list_articles()
            if rows:
                self.open_article(rows[0].id)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_note(self, article_id: str, path: Path, force: bool) -> None:
        """Write the article's Markdown note (as `newsdesk export ID` does)."""
        from newsdesk.store.errors import StoreError
        from newsdesk.store.export import article_note, load_view
        from newsdesk.store.fileio import write_file

        from .. import library

        try:
            text = article_note(load_view(self.store, article_id), library.now_utc())
            write_file(path, text.encode(), force=force)
        except StoreError as e:  # says what went wrong with which file, and what to do
            self.post_message(msg.NoteExported(article_id, str(path), str(e)))
            return
        except Exception as e:
            self.post_message(msg.NoteExported(article_id, str(path),
                                               f"{type(e).__name__}: {e}"))
            return
        self.post_message(msg.NoteExported(article_id, str(path)))

    def on_note_exported(self, message: msg.NoteExported) -> None:
        if message.error:
            self.notify(" ".join(f"Export failed: {message.error}".split()),
                        severity="error", markup=False)
            return
        self.notify(f"Wrote {message.path}", title="Exported", markup=False)
        self.remember_export_dir(str(Path(message.path).parent))

    def _store_changed(self, article_ids: list[str] | None = None) -> None:
        """Articles or findings changed: reload what is on screen, and update the corpus
        views: only these articles' entries, or (None: an import, a merge across every
        article) all of them, by a new scan while the old index still answers."""
        if self.article is not None:
            place = self.here()
            if self.open_article(self.article.id) and place is not None:
                self.go(place)
        if article_ids is None:
            self.start_corpus_scan(fresh=True)
        elif article_ids:
            self.reindex(list(article_ids), self.search_index)
        if (switcher := self.switcher) is not None and article_ids is None:
            switcher.loaded = False
            if switcher.display:
                self.call_later(self.action_articles)

    def start_corpus_scan(self, fresh: bool = False) -> None:
        """Index every article and note, and gather counts and deadlines, in a worker."""
        if self.search_index is None or fresh:
            index = tasks.new_search_index(self.article, self.findings)
            if self.search_index is None:
                self.search_index = index  # searchable while it fills
        else:
            index = self.search_index
        self._scanning = True
        self._changed_while_scanning.clear()
        self.scan_corpus(index)

    @work(thread=True, exclusive=True, group="corpus", exit_on_error=False)
    def scan_corpus(self, index: Any) -> None:
        try:
            with tasks.short_gil_turns():
                entries, stale = tasks.scan_corpus(index, self.store)
        except Exception as e:  # the jump still finds what was indexed before the failure
            self.post_message(msg.CorpusScanned(index, {}, f"{type(e).__name__}: {e}"))
            return
        if not get_current_worker().is_cancelled:  # a newer scan replaces this one
            self.post_message(msg.CorpusScanned(index, entries, stale=stale))

    def on_corpus_scanned(self, message: msg.CorpusScanned) -> None:
        self._scanning = False
        self.search_index = message.index
        if message.error:
            self.notify(f"Could not read every article: {message.error}", severity="error",
                        markup=False)
        self.corpus = message.entries
        if message.stale and not self.store.readonly:
            self.refresh_stale(message.stale)
        if self._changed_while_scanning:  # the scan may have read them before the change
            self.reindex(sorted(self._changed_while_scanning), message.index)
            self._changed_while_scanning.clear()
        self._corpus_changed()

    @work(thread=True, group="reindex", exit_on_error=False)
    def reindex(self, article_ids: list[str], index: Any) -> None:
        try:
            entries = {a: tasks.reindex_article(index, self.store, a) for a in article_ids}
        except Exception as e:
            self.post_message(msg.ArticlesReindexed({}, f"{type(e).__name__}: {e}"))
            return
        self.post_message(msg.ArticlesReindexed(entries))

    def on_articles_reindexed(self, message: msg.ArticlesReindexed) -> None:
        if message.error:
            self.notify(f"Could not update the search index: {message.error}",
                        severity="warning", markup=False)
            return
        if self._scanning:
            self._changed_while_scanning.update(message.entries)
        if self.corpus is None:
            return
        for article_id, entry in message.entries.items():
            if entry is None:
                self.corpus.pop(article_id, None)
            else:
                self.corpus[article_id] = entry
        self._corpus_changed()

    @work(thread=True, group="reindex", exit_on_error=False)
    def update_note_entry(self, index: Any, annotation_id: str, note: Any,
                          title: str) -> None:
        """Swap one note's search item (off the UI thread: a search may hold the index)."""
        index.discard(f"note/{annotation_id}")
        if note is not None:
            index.add(tasks.note_items(note, title))

    def _corpus_changed(self) -> None:
        """Counts and deadlines of every article are (newly) known: show them."""
        corpus = self.corpus or {}
        if (switcher := self.switcher) is not None:
            switcher.show_stats({a: e.counts for a, e in corpus.items()})
        self.query_one(CountdownPane).show_all(
            [row for entry in corpus.values() for row in entry.deadlines])

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def gather_related(self, ref: msg.FindingRef, findings: dict | None,
                       sentences: list[tuple[int, int]]) -> None:
        try:
            related = tasks.Related(ref, tasks.same_sentence_items(ref, findings, sentences))
            if ref.kind == "actor":
                related.other_articles = tasks.articles_naming(self.store, ref.label,
                                                               ref.article_id)
        except Exception as e:
            self.post_message(msg.RelatedReady(None, f"{type(e).__name__}: {e}"))
            return
        self.post_message(msg.RelatedReady(related))

    def on_related_ready(self, message: msg.RelatedReady) -> None:
        if message.related is None:
            self.notify(f"Could not list related items: {message.error}", severity="error",
                        markup=False)
            return

        def chosen(ref: msg.FindingRef | None) -> None:
            if ref is not None and ref.spans:
                self.selected = ref
                self.jump_to(ref.article_id, ref.spans[0])
                for pane in (ActorsPane, MeasuresPane, CountdownPane):
                    if self.query_one(pane).query_one(FindingsTable).select_ref(ref):
                        break

        self.app.push_screen(RelatedScreen(message.related), chosen)
