"""The workstation: the article with its actors, measures and countdown beside it.

Panes report up with messages; this screen asks `newsdesk.app.workspace.Workspace` what
to show and what a key does, tells the panes, and hands slow work to two widgets with
nothing to draw: `CorpusWatcher` (the search index, corpus-wide counts and deadlines)
and `Jobs` (re-analysis, imports, exports, related items).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widget import AwaitMount, Widget
from textual.widgets import Footer, Header

from newsdesk.analysis.model import Findings
from newsdesk.app.countdown import rows_for_article
from newsdesk.app.history import Place
from newsdesk.app.refs import FindingRef, Span, highlight_spans
from newsdesk.app.workspace import NotAllowed, Workspace
from newsdesk.store.db import Store
from newsdesk.store.notes import normalize_tags
from newsdesk.store.records import Article

from .. import messages as msg
from ..across import Across
from ..corpus import CorpusWatcher
from ..feeds import FeedFetcher
from ..follow import StoreFollower, show_changes_elsewhere
from ..jobs import Jobs
from ..panes.actors import ActorsPane
from ..panes.article import ArticleBody, ArticlePane
from ..panes.countdown import CountdownPane
from ..panes.findings import FindingsTable
from ..panes.measures import MeasuresPane
from .editing import Editing
from .main_keys import MAIN_BINDINGS

if TYPE_CHECKING:  # the dialogs, the corpus's types and the switcher load when first used
    from newsdesk.analysis.search import SearchHit
    from newsdesk.app.corpus import ArticleEntry, JumpIndex

    from ..panes.articles import ArticlesPane

PANES = ("articles", "article", "actors", "measures", "countdown")
SIDE_PANES = ("actors", "measures", "countdown")
FOCUS_TARGET = {"articles": "#articles-filter", "article": "#article-body",
                "actors": "#actors-table", "measures": "#measures-table",
                "countdown": "#countdown-table"}
NARROW_WIDTH, SHORT_HEIGHT = 100, 30
SCAN_DELAY = 0.3  # seconds after mount
EMPTY_STORE = ("No articles yet.\n\nPress i to import a file or a folder, or run "
               "`newsdesk import PATH` in a shell.")


class MainScreen(Screen[None]):
    """The article, actors, measures and countdown; the articles switcher on `o`."""

    CSS_PATH = "main.tcss"
    BINDINGS = MAIN_BINDINGS

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.workspace = Workspace(store)
        self.active_side = "actors"
        self.editing = Editing(self)
        # The switcher's mount started at start-up, until it is done: `o` pressed meanwhile
        # waits for it rather than finding a pane whose children are not there yet.
        self._switcher_mounting: AwaitMount | None = None

    # -- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="workspace"):
            yield ArticlePane(id="article")
            with Vertical(id="side"):
                yield ActorsPane(id="actors", classes="side-pane -active")
                yield MeasuresPane(id="measures", classes="side-pane")
                yield CountdownPane(id="countdown", classes="side-pane")
        yield FeedFetcher(self.store, id="feeds")
        yield CorpusWatcher(self.store, id="corpus")
        yield Across(self.store, id="across")
        yield Footer()
        yield Jobs(self.store, id="jobs")
        yield StoreFollower(self.store, id="follow")

    def on_mount(self) -> None:
        self.query_one("#article", ArticlePane).border_title = "Article"
        newest = self.workspace.newest_article_id()
        if newest is not None:
            self.open_article(newest)
        else:
            self.show_empty_store()
        self.focus_pane("article")
        self._layout_for(self.app.size.width, self.app.size.height)
        # Once, after the first paint: `/`, `o` and `c` then find everything ready.
        self.set_timer(SCAN_DELAY, self._scan_at_start)

    async def _scan_at_start(self) -> None:
        if self.search_index is None:
            self.watcher.start_scan(self.workspace.view)
        if self.switcher is None:  # mounted hidden now, so `o` only has to show it
            from ..panes.articles import ArticlesPane

            pane = ArticlesPane(id="articles", ranked=self._ranked_articles)
            pane.display = False
            self._switcher_mounting = self.query_one("#workspace").mount(pane, before=0)
            await self._switcher_mounting
            self._switcher_mounting = None

    def on_resize(self) -> None:
        self._layout_for(self.app.size.width, self.app.size.height)

    def _layout_for(self, width: int, height: int) -> None:
        """Stack the panes on a small terminal; only the active side pane is then shown."""
        self.set_class(width < NARROW_WIDTH or height < SHORT_HEIGHT, "-narrow")

    # -- what the rest of the workstation reads ------------------------------------------

    @property
    def article(self) -> Article | None:
        return self.workspace.article

    @property
    def selected(self) -> FindingRef | None:
        return self.workspace.selected

    @selected.setter
    def selected(self, ref: FindingRef | None) -> None:
        self.workspace.selected = ref

    @property
    def watcher(self) -> CorpusWatcher:
        return self.query_one(CorpusWatcher)

    @property
    def jobs(self) -> Jobs:
        return self.query_one(Jobs)

    @property
    def search_index(self) -> JumpIndex | None:
        return self.watcher.index

    @property
    def corpus(self) -> dict[str, ArticleEntry] | None:
        return self.watcher.entries

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def refresh_stale(self, ids: list[str] | None = None) -> None:
        """Re-analyse what an older engine analysed (these articles, or all such)."""
        self.jobs.refresh_stale(ids)

    # -- showing an article ---------------------------------------------------------------

    def show_empty_store(self) -> None:
        self.workspace.close()
        self.query_one(ArticlePane).show_empty(EMPTY_STORE)
        self.query_one(ActorsPane).show_findings("", Findings())
        self.query_one(MeasuresPane).show_findings("", Findings())
        self.query_one(CountdownPane).show_article([])

    def open_article(self, article_id: str, *, keep: str | None = None) -> bool:
        """Show an article in every pane; False (and a notice) when it is gone.

        keep: the same article again after a change, each pane's cursor kept on its item
        ("item": an edit keeps the item in its place) or on its row ("row": a rejected
        or merged item goes away and the cursor stays where it was, on the next one)."""
        actors, measures = self.query_one(ActorsPane), self.query_one(MeasuresPane)
        keep_actor = actors.table.current_ref if keep == "item" else None
        keep_measure = measures.table.current_ref if keep == "item" else None
        actor_row = actors.table.cursor_row if keep else None
        measure_row = measures.table.cursor_row if keep else None
        try:
            view = self.workspace.open(article_id)
        except Exception:
            self.notify("That article is no longer in the store.", severity="warning",
                        markup=False)
            return False
        article = view.article
        pane = self.query_one(ArticlePane)
        pane.show_header(article.title, article.source, article.published, article.words)
        pane.body.show_text(article.id, article.text, view.sentences,
                            highlight_spans(view.findings, self.workspace.annotated_spans()))
        actors.show_findings(article.id, view.findings, keep=keep_actor, row=actor_row)
        measures.show_findings(article.id, view.findings, keep=keep_measure, row=measure_row)
        self.query_one(CountdownPane).show_article(
            rows_for_article(article.id, article.title, article.published, view.findings))
        if (switcher := self.switcher) is not None:
            switcher.set_current(article.id)
        self.query_one(FeedFetcher).opened(article.id)
        pane.show_story(self.query_one(Across).story_line(article.id))
        return True

    def here(self) -> Place | None:
        if self.article is None:
            return None
        body = self.body
        return Place(self.article.id, body.sentence, body.mention)

    def go(self, place: Place) -> None:
        if not self.workspace.is_open(place.article_id) and not \
                self.open_article(place.article_id):
            return
        if place.mention:
            self.body.focus_span(place.mention)
        else:
            self.body.move_to_sentence(place.sentence)

    def jump_to(self, article_id: str, span: Span) -> None:
        """Jump (recorded in history) to a span of an article."""
        here = self.here()
        if not self.workspace.is_open(article_id) and not self.open_article(article_id):
            return
        self.body.focus_span(span)
        self.workspace.visit(here, self.here())

    def open_from_palette(self, article_id: str) -> None:
        """Open an article (recorded in history), as the switcher does."""
        here = self.here()
        if self.open_article(article_id):
            self.workspace.visit(here, self.here())
            self.focus_pane("article")

    def store_changed(self, article_ids: list[str] | None = None, *,
                      keep: str = "item") -> None:
        """Articles or findings changed: reload what is on screen (cursors kept as `keep`
        says, see open_article), and update the corpus views: only these articles'
        entries, or (None: an import, a merge across every article) all of them, by a new
        scan while the old index still answers."""
        self.query_one(Across).stale()
        if self.article is not None:
            place = self.here()
            if self.open_article(self.article.id, keep=keep) and place is not None:
                self.go(place)
        if article_ids is None:
            self.watcher.start_scan(self.workspace.view, fresh=True)
        elif article_ids:
            self.watcher.reindex(list(article_ids))
        if (switcher := self.switcher) is not None and article_ids is None:
            switcher.loaded = False
            if switcher.display:
                self.call_later(self.action_articles)

    @on(msg.ChangedElsewhere)
    def _changed_elsewhere(self, message: msg.ChangedElsewhere) -> None:
        show_changes_elsewhere(self, message.changes)

    def notes_changed(self, article_id: str, annotation_id: str, note: Any = None) -> None:
        """A note was added, edited (`note`) or deleted: re-highlight its article and
        swap its search entry. Nothing else shows notes, so nothing else is redrawn."""
        view = self.workspace.view
        if view is not None and view.article.id == article_id:
            self.body.set_highlights(highlight_spans(view.findings,
                                                     self.workspace.annotated_spans()))
        title = view.article.title if view is not None and view.article.id == article_id \
            else ""
        self.watcher.note_changed(article_id, annotation_id, note, title)

    # -- focus and panes ------------------------------------------------------------------

    def visible_panes(self) -> list[str]:
        switcher = self.switcher
        return [n for n in PANES if n != "articles" or (switcher and switcher.display)]

    def focus_pane(self, name: str) -> None:
        if name in SIDE_PANES:
            self.active_side = name
            for side in SIDE_PANES:
                self.query_one(f"#{side}").set_class(side == name, "-active")
        self.query_one(FOCUS_TARGET[name], Widget).focus()

    def current_pane(self) -> str:
        focused = self.focused
        for name in PANES:
            found = self.query(f"#{name}")
            pane = found.first() if found else None
            if focused is not None and pane is not None and (
                    focused is pane or pane in focused.ancestors):
                return name
        return "article"

    def action_pane(self, delta: int) -> None:
        names = self.visible_panes()
        current = self.current_pane()
        index = names.index(current) if current in names else 0
        self.focus_pane(names[(index + delta) % len(names)])

    def on_descendant_focus(self) -> None:
        name = self.current_pane()
        if name in SIDE_PANES and name != self.active_side:
            self.focus_pane(name)
        focused = self.focused
        if isinstance(focused, FindingsTable) and focused.current_ref is not None:
            self.selected = focused.current_ref

    def select_in_panes(self, ref: FindingRef) -> None:
        """Put the cursor of the pane listing `ref` on it."""
        for pane in (ActorsPane, MeasuresPane, CountdownPane):
            if self.query_one(pane).query_one(FindingsTable).select_ref(ref):
                return

    # -- messages from panes and workers --------------------------------------------------

    @on(msg.ItemHighlighted)
    def _item_highlighted(self, message: msg.ItemHighlighted) -> None:
        # Every table highlights its first row when filled; only the focused one selects.
        focused = self.focused
        if isinstance(focused, FindingsTable) and focused.current_ref == message.ref:
            self.selected = message.ref

    @on(msg.ItemActivated)
    def _item_activated(self, message: msg.ItemActivated) -> None:
        ref = message.ref
        self.selected = ref
        if not ref.spans:
            self.notify("The engine gave no place in the text for this item.", markup=False)
            return
        self.jump_to(ref.article_id, ref.spans[0])

    @on(msg.SentenceCursorMoved)
    def _cursor_moved(self, message: msg.SentenceCursorMoved) -> None:
        """Say where the cursor is on the article's border: sentence, and which mention."""
        body = self.body
        where = f"sentence {message.sentence + 1}/{len(body.sentences)}"
        ref = self.selected
        if ref is not None and body.mention in ref.spans and ref.article_id == body.article_id:
            n = ref.spans.index(body.mention) + 1
            where = f"{ref.label}: mention {n}/{len(ref.spans)} · {where}"
        self.query_one(ArticlePane).border_subtitle = Content(where)  # a name: no markup

    @on(msg.ArticleChosen)
    def _article_chosen(self, message: msg.ArticleChosen) -> None:
        here = self.here()
        if self.open_article(message.article_id):
            self.workspace.visit(here, self.here())
            self.show_switcher(False)

    @on(msg.SwitcherClosed)
    def _switcher_closed(self) -> None:
        self.show_switcher(False)

    @on(msg.CountdownModeChanged)
    def _countdown_mode(self) -> None:
        if self.query_one(CountdownPane).needs_all_rows and not self.watcher.scanning:
            self.watcher.start_scan(self.workspace.view)  # its deadlines come with the scan

    @on(msg.CorpusScanned)
    def _corpus_scanned(self, message: msg.CorpusScanned) -> None:
        self.watcher.scanned(message)
        from ..dialogs.jump import JumpScreen

        for screen in self.app.screen_stack:  # a jump opened mid-scan searched part of it
            if isinstance(screen, JumpScreen) and self.watcher.index is not None:
                screen.index_filled(self.watcher.index)
        if message.error:
            self.notify(f"Could not read every article: {message.error}", severity="error",
                        markup=False)
        if message.stale and not self.store.readonly:
            self.refresh_stale(message.stale)
        self._corpus_changed()
        across = self.query_one(Across)
        across.scan_done()
        if self.article is not None:
            self.query_one(ArticlePane).show_story(across.story_line(self.article.id))

    @on(msg.ArticlesReindexed)
    def _articles_reindexed(self, message: msg.ArticlesReindexed) -> None:
        if message.error:
            self.notify(f"Could not update the search index: {message.error}",
                        severity="warning", markup=False)
            return
        self.watcher.reindexed(message)
        if self.corpus is not None:
            self._corpus_changed()

    def _corpus_changed(self) -> None:
        """Counts and deadlines of every article are (newly) known: show them."""
        if (switcher := self.switcher) is not None:
            switcher.show_stats(self.watcher.counts())
        self.query_one(CountdownPane).show_all(self.watcher.deadline_rows())

    @on(msg.FindingsRefreshed)
    def _findings_refreshed(self, message: msg.FindingsRefreshed) -> None:
        if message.error:
            self.notify(f"Re-analysis failed: {message.error}", severity="error",
                        markup=False)
            return
        self.notify(f"Re-analysed {message.count} article(s) with the current engine.",
                    timeout=3, markup=False)
        self.store_changed(message.article_ids)

    @on(msg.RelatedReady)
    def _related_ready(self, message: msg.RelatedReady) -> None:
        if message.related is None:
            self.notify(f"Could not list related items: {message.error}", severity="error",
                        markup=False)
            return

        def chosen(ref: FindingRef | None) -> None:
            if ref is not None and ref.spans:
                self.selected = ref
                self.jump_to(ref.article_id, ref.spans[0])
                self.select_in_panes(ref)

        from ..dialogs.small import RelatedScreen

        self.app.push_screen(RelatedScreen(message.related), chosen)

    # -- the articles switcher -------------------------------------------------------------

    @property
    def switcher(self) -> ArticlesPane | None:
        """The articles switcher (mounted hidden a moment after start, or by `o`)."""
        found = self.query("#articles")
        return cast("ArticlesPane", found.first()) if found else None

    def show_switcher(self, show: bool) -> None:
        if (switcher := self.switcher) is not None:
            switcher.display = show
        self.set_class(show, "-switching")
        if not show:
            self.focus_pane("article")

    async def action_articles(self) -> None:
        if self._switcher_mounting is not None:
            await self._switcher_mounting
        pane = self.switcher
        if pane is None:
            from ..panes.articles import ArticlesPane

            pane = ArticlesPane(id="articles", ranked=self._ranked_articles)
            await self.query_one("#workspace").mount(pane, before=0)
        self.show_switcher(True)
        pane.focus_filter()
        if not pane.loaded:
            from newsdesk.app.watch import matched_ids

            pane.show_articles(self.store.list_articles(), self.workspace.article_id or "",
                               unread=self.query_one(FeedFetcher).unread,
                               watched=set(matched_ids(self.store)))
        if self.corpus is not None:
            pane.show_stats(self.watcher.counts())
        elif not self.watcher.scanning:
            self.watcher.start_scan(self.workspace.view)  # the counts come with the scan

    def _ranked_articles(self, query: str) -> list[str] | None:
        """Article ids for a typed query, best first, by the fuzzy jump's index (None
        until the first scan has built it)."""
        index = self.watcher.index
        if index is None or self.watcher.scanning:
            return None
        hits = index.search(query, limit=1000)
        return list(dict.fromkeys(h.item.article_id for h in hits if h.item.kind == "article"))

    # -- navigation -----------------------------------------------------------------------

    def action_mention(self, direction: int) -> None:
        ref = self.selected
        if ref is None or not ref.spans:
            self.notify("Pick an actor, measure or deadline first (tab to its pane), "
                        "then n / N walk its mentions.", markup=False)
            return
        if not self.workspace.is_open(ref.article_id):
            self.jump_to(ref.article_id, ref.spans[0])
            return
        spans = list(ref.spans)
        body = self.body
        current = body.mention
        if current in spans:
            index = (spans.index(current) + direction) % len(spans)
        else:
            offset = body.cursor_offset
            after = [i for i, s in enumerate(spans) if s[0] > offset]
            before = [i for i, s in enumerate(spans) if s[0] < offset]
            if direction > 0:
                index = after[0] if after else 0
            else:
                index = before[-1] if before else len(spans) - 1
        self.jump_to(ref.article_id, spans[index])

    def action_back(self) -> None:
        here = self.here()
        place = self.workspace.history.back(here) if here else None
        if place is None:
            self.notify("Nothing to go back to.", timeout=2, markup=False)
            return
        self.go(place)

    def action_forward(self) -> None:
        here = self.here()
        place = self.workspace.history.forward(here) if here else None
        if place is None:
            self.notify("Nothing to go forward to.", timeout=2, markup=False)
            return
        self.go(place)

    def action_jump(self) -> None:
        if self.watcher.index is None:
            self.watcher.start_scan(self.workspace.view)  # searchable at once
        assert self.watcher.index is not None
        from ..dialogs.jump import JumpScreen

        self.app.push_screen(JumpScreen(self.watcher.index), self._jumped)

    def _jumped(self, hit: SearchHit | None) -> None:
        """Go where the fuzzy jump's chosen hit is (None: the reader cancelled)."""
        if hit is None:
            return
        item = hit.item
        if item.start < 0 or item.end <= item.start:
            here = self.here()
            if self.open_article(item.article_id):
                self.workspace.visit(here, self.here())
            return
        self.jump_to(item.article_id, (item.start, item.end))
        for pane in (ActorsPane, MeasuresPane, CountdownPane):
            table = self.query_one(pane).query_one(FindingsTable)
            for ref in table.refs.values():
                if ref.kind == item.kind and (item.start, item.end) in ref.spans:
                    table.select_ref(ref)
                    self.selected = ref
                    return

    def action_related(self) -> None:
        ref = self.selected
        view = self.workspace.view
        if ref is None or view is None or ref.article_id != view.article.id:
            self.notify("Pick an actor, measure or deadline first; r lists what is related.",
                        markup=False)
            return
        self.jobs.related(ref, view.findings, list(self.body.sentences))

    def action_why(self) -> None:
        try:
            reason = self.workspace.why()
        except NotAllowed as e:
            self.refused(e)
            return
        self.notify(reason, title="Why", timeout=8, markup=False)

    # -- the countdown --------------------------------------------------------------------

    @on(msg.CountdownFilterAsked)
    def _countdown_filter_asked(self) -> None:
        pane = self.query_one(CountdownPane)

        def chosen(text: str | None) -> None:
            if text is None:
                return
            if text.startswith("#"):
                tag = (normalize_tags([text]) or [""])[0]
                tagged = {n.article_id for n in self.store.annotations() if tag in n.tags}
                pane.set_filter(f"#{tag}" if tag else "", articles=tagged if tag else None)
            else:
                pane.set_filter(text, actor=text or None)

        from ..dialogs.small import CountdownFilterScreen

        self.app.push_screen(CountdownFilterScreen(pane.filter_label), chosen)

    def action_countdown_as_of(self) -> None:
        self.query_one(CountdownPane).toggle_as_of()

    def action_countdown_scope(self) -> None:
        self.query_one(CountdownPane).toggle_scope()

    # -- changes: the Editing helper asks and saves ----------------------------------------

    def refused(self, error: NotAllowed) -> None:
        self.notify(str(error), markup=False)

    def action_annotate(self) -> None:
        self.editing.annotate()

    def action_notes(self, show_all: bool = False) -> None:
        self.editing.notes(show_all)

    def action_edit(self) -> None:
        self.editing.edit()

    def action_reject(self) -> None:
        self.editing.reject()

    def action_merge(self) -> None:
        self.editing.merge()

    def action_add(self) -> None:
        self.editing.add()

    def action_undo(self) -> None:
        self.editing.undo()

    def action_redo(self) -> None:
        self.editing.redo()

    def action_corrections(self) -> None:
        self.editing.corrections_view()

    def action_published(self) -> None:
        self.editing.published()

    def action_import(self) -> None:
        self.editing.import_path()

    def action_fetch_feeds(self) -> None:
        self.query_one(FeedFetcher).fetch()

    # -- across the corpus (tui/across.py) -----------------------------------------------

    def action_timeline(self) -> None:
        self.query_one(Across).open_timeline()

    def action_thread(self) -> None:
        if self.article is not None:
            self.query_one(Across).open_thread(self.article.id, self.article.title)

    def action_watchlist(self) -> None:
        self.query_one(Across).open_watchlist()

    def action_profile(self) -> None:
        self.query_one(Across).profile_selected(self)

    def action_watch(self) -> None:
        self.query_one(Across).watch_selected(self)


    def action_export(self) -> None:
        self.editing.export()

    @on(msg.PublishedDateSaved)
    def _published_saved(self, message: msg.PublishedDateSaved) -> None:
        self.editing.published_saved(message)

    @on(msg.ImportFinished)
    def _import_finished(self, message: msg.ImportFinished) -> None:
        self.editing.import_finished(message)

    @on(msg.NoteExported)
    def _note_exported(self, message: msg.NoteExported) -> None:
        self.editing.note_exported(message)

