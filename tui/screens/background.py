"""The main screen's slow work: thread workers over the store, and what is done with
their results. Workers post messages and never touch a widget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import work

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
    def refresh_stale(self) -> None:
        from .. import library

        try:
            ids = list(library.stale_articles(self.store))
            count = library.reanalyze(self.store, ids) if ids else 0
        except Exception as e:  # the engine or store failed: report, keep the old findings
            self.post_message(msg.FindingsRefreshed(0, f"{type(e).__name__}: {e}"))
            return
        if count:
            self.post_message(msg.FindingsRefreshed(count))

    def on_findings_refreshed(self, message: msg.FindingsRefreshed) -> None:
        if message.error:
            self.notify(f"Re-analysis failed: {message.error}", severity="error",
                        markup=False)
            return
        self.notify(f"Re-analysed {message.count} article(s) with the current engine.",
                    timeout=3, markup=False)
        self._store_changed()

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
        self._store_changed()

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
        from store.errors import StoreError
        from store.export import article_note, load_view
        from store.fileio import write_file

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

    def _store_changed(self) -> None:
        """Articles or findings changed: reload what is on screen, drop corpus lists."""
        if self.article is not None:
            place = self.here()
            if self.open_article(self.article.id) and place is not None:
                self.go(place)
        self.search_index = None
        self._counts_ready = False
        if (switcher := self.switcher) is not None:
            switcher.loaded = False
            if switcher.display:
                self.call_later(self.action_articles)
        countdown = self.query_one(CountdownPane)
        countdown.forget_all()
        if countdown.needs_all_rows:
            self.gather_deadlines()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def fill_search_index(self, index: Any) -> None:
        try:
            tasks.fill_search_index(index, self.store)
        except Exception:
            return  # the jump still finds what was indexed before the failure

    @work(thread=True, exclusive=True, group="stats", exit_on_error=False)
    def gather_stats(self) -> None:
        try:
            self.post_message(msg.ArticleStatsReady(tasks.article_stats(self.store)))
        except Exception:
            return  # the counts are a nicety; the switcher works without them

    def on_article_stats_ready(self, message: msg.ArticleStatsReady) -> None:
        if (switcher := self.switcher) is not None:
            switcher.show_stats(message.stats)

    @work(thread=True, exclusive=True, group="deadlines", exit_on_error=False)
    def gather_deadlines(self) -> None:
        try:
            rows = tasks.all_deadline_rows(self.store)
        except Exception as e:
            self.post_message(msg.AllDeadlinesReady([], f"{type(e).__name__}: {e}"))
            return
        self.post_message(msg.AllDeadlinesReady(rows))

    def on_all_deadlines_ready(self, message: msg.AllDeadlinesReady) -> None:
        if message.error:
            self.notify(f"Could not gather deadlines: {message.error}", severity="error",
                        markup=False)
        self.query_one(CountdownPane).show_all(message.rows)

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
