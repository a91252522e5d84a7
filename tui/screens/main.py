"""The workstation: the article with its actors, measures and countdown beside it.

Panes report up with messages; this screen reads the store, tells panes what to show,
and runs the slow work (re-analysis, imports, corpus-wide lists) in thread workers.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header

from .. import messages as msg
from ..panes.actors import ActorsPane
from ..panes.article import ArticleBody, ArticlePane
from ..panes.articles import ArticlesPane
from ..panes.countdown import CountdownPane, rows_for_article
from ..panes.findings import FindingsTable, highlight_spans
from ..panes.measures import MeasuresPane
from . import tasks
from .background import BackgroundWork
from .editing import EditingActions

PANES = ("articles", "article", "actors", "measures", "countdown")
SIDE_PANES = ("actors", "measures", "countdown")
FOCUS_TARGET = {"articles": "#articles-filter", "article": "#article-body",
                "actors": "#actors-table", "measures": "#measures-table",
                "countdown": "#countdown-table"}
NARROW_WIDTH, SHORT_HEIGHT = 100, 30
SCAN_DELAY = 0.3  # seconds after mount
EMPTY_STORE = ("No articles yet.\n\nPress i to import a file or a folder, or run "
               "`newsdesk import PATH` in a shell.")


def _b(key: str, action: str, description: str, tooltip: str, *, show: bool = True,
       name: str | None = None) -> Binding:
    """A binding with an id ("main.<name>") that a keymap can remap."""
    return Binding(key, action, description, show=show, tooltip=tooltip,
                   id=f"main.{name or action}")


class MainScreen(EditingActions, BackgroundWork, Screen[None]):
    """The article, actors, measures and countdown; the articles switcher on `o`."""

    CSS_PATH = "main.tcss"
    BINDINGS = [
        _b("tab", "pane(1)", "Next pane", "Move to the next pane", show=False,
           name="next_pane"),
        _b("shift+tab", "pane(-1)", "Prev pane", "Move to the previous pane", show=False,
           name="previous_pane"),
        _b("n", "mention(1)", "Next mention", "Next mention of the selected item",
           name="next_mention"),
        _b("N", "mention(-1)", "Prev mention", "Previous mention of the selected item",
           show=False, name="previous_mention"),
        _b("slash", "jump", "Jump", "Fuzzy jump to any item, article, sentence or note"),
        _b("r", "related", "Related", "What shares the selected item's sentences, and "
           "other articles naming the same actor"),
        _b("left_square_bracket", "back", "Back", "Back to where you were before the jump",
           show=False),
        _b("right_square_bracket", "forward", "Forward", "Forward again", show=False),
        _b("o", "articles", "Articles", "Open the articles switcher"),
        _b("a", "annotate", "Annotate", "Write a note on the current sentence or selection"),
        _b("b", "notes", "Notes", "List the notes on this article (ctrl+t there: every "
           "article); jump to, edit or delete one"),
        _b("e", "edit", "Edit", "Correct the selected finding", show=False),
        _b("x", "reject", "Reject", "Reject the selected finding", show=False),
        _b("m", "merge", "Merge", "Merge the selected actor into another", show=False),
        _b("plus", "add", "Add finding", "Add a finding the engine missed", show=False),
        _b("p", "published", "Published", "Set the article's published date (re-resolves "
           "its dates)", show=False),
        _b("i", "import", "Import", "Import a file or folder of articles", show=False),
        _b("E", "export", "Export", "Write this article, its findings and your notes as "
           "a Markdown file"),
        _b("d", "countdown_as_of", "As of", "Countdown: as of now, or as of the article's "
           "published date", show=False),
        _b("c", "countdown_scope", "All/this", "Countdown: this article, or every article",
           show=False),
    ]

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store
        self.article: Any = None  # store.records.Article on screen
        self.findings: dict[str, Any] = {}  # its findings, the reader's corrections applied
        self.selected: msg.FindingRef | None = None
        self.history = tasks.History()
        self.active_side = "actors"
        self.search_index: Any = None  # analysis.search.SearchIndex, filled by a scan
        self.corpus: dict[str, tasks.ArticleEntry] | None = None  # per article, from a scan
        self._scanning = False
        self._changed_while_scanning: set[str] = set()

    # -- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="workspace"):
            yield ArticlePane(id="article")
            with Vertical(id="side"):
                yield ActorsPane(id="actors", classes="side-pane -active")
                yield MeasuresPane(id="measures", classes="side-pane")
                yield CountdownPane(id="countdown", classes="side-pane")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#article", ArticlePane).border_title = "Article"
        rows = self.store.list_articles()
        if rows:
            newest = max(rows, key=lambda r: (r.published or "", r.imported_at or ""))
            self.open_article(newest.id)
        else:
            self.show_empty_store()
        self.focus_pane("article")
        self._layout_for(self.app.size.width, self.app.size.height)
        # Once, after the first paint: `/`, `o` and `c` then find everything ready.
        self.set_timer(SCAN_DELAY, self._scan_at_start)

    async def _scan_at_start(self) -> None:
        if self.search_index is None:
            self.start_corpus_scan()
        if self.switcher is None:  # mounted hidden now, so `o` only has to show it
            pane = ArticlesPane(id="articles")
            pane.display = False
            await self.query_one("#workspace").mount(pane, before=0)

    def on_resize(self) -> None:
        self._layout_for(self.app.size.width, self.app.size.height)

    def _layout_for(self, width: int, height: int) -> None:
        """Stack the panes on a small terminal; only the active side pane is then shown."""
        self.set_class(width < NARROW_WIDTH or height < SHORT_HEIGHT, "-narrow")

    # -- showing an article ---------------------------------------------------------------

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def show_empty_store(self) -> None:
        self.article = None
        self.findings = {}
        self.query_one(ArticlePane).show_empty(EMPTY_STORE)
        for pane in (ActorsPane, MeasuresPane):
            self.query_one(pane).show_findings("", None)
        self.query_one(CountdownPane).show_article([])

    def open_article(self, article_id: str) -> bool:
        """Show an article in every pane; False (and a notice) when it is gone."""
        try:
            article = self.store.get_article(article_id)
        except Exception:
            self.notify("That article is no longer in the store.", severity="warning", markup=False)
            return False
        from newsdesk.analysis.sentences import split_sentences

        self.article = article
        self.findings = tasks.corrected(article.findings, self._corrections(article.id))
        self.selected = None
        sentences = [(s.start, s.end) for s in split_sentences(article.text)]
        annotated = [(n.start, n.end) for n in self._annotations(article.id)]
        pane = self.query_one(ArticlePane)
        pane.show_header(article.title, article.source, article.published, article.words)
        pane.body.show_text(article.id, article.text, sentences,
                            highlight_spans(self.findings, annotated))
        self.query_one(ActorsPane).show_findings(article.id, self.findings)
        self.query_one(MeasuresPane).show_findings(article.id, self.findings)
        self.query_one(CountdownPane).show_article(
            rows_for_article(article.id, article.title, article.published, self.findings))
        if (switcher := self.switcher) is not None:
            switcher.set_current(article.id)
        return True

    def _annotations(self, article_id: str) -> list:
        try:
            return list(self.store.annotations(article_id))
        except Exception:  # notes that cannot be read must not keep the article shut
            return []

    def _corrections(self, article_id: str) -> list:
        try:
            return list(self.store.corrections(article_id))
        except Exception:
            return []

    def here(self) -> tasks.Place | None:
        if self.article is None:
            return None
        body = self.body
        return tasks.Place(self.article.id, body.sentence, body.mention)

    def go(self, place: tasks.Place) -> None:
        if (self.article is None or self.article.id != place.article_id) and not \
                self.open_article(place.article_id):
            return
        if place.mention:
            self.body.focus_span(place.mention)
        else:
            self.body.move_to_sentence(place.sentence)

    def jump_to(self, article_id: str, span: tuple[int, int]) -> None:
        """Jump (recorded in history) to a span of an article."""
        here = self.here()
        if (self.article is None or self.article.id != article_id) and not \
                self.open_article(article_id):
            return
        self.body.focus_span(span)
        there = self.here()
        if there is not None:
            self.history.visit(here, there)

    # -- focus and panes ------------------------------------------------------------------

    def visible_panes(self) -> list[str]:
        switcher = self.switcher
        names = [n for n in PANES if n != "articles" or (switcher and switcher.display)]
        return names

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

    # -- messages from panes --------------------------------------------------------------

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
            there = self.here()
            if there is not None:
                self.history.visit(here, there)
            self.show_switcher(False)

    @on(msg.SwitcherClosed)
    def _switcher_closed(self) -> None:
        self.show_switcher(False)

    @property
    def switcher(self) -> ArticlesPane | None:
        """The articles switcher (mounted hidden a moment after start, or by `o`)."""
        found = self.query(ArticlesPane)
        return found.first() if found else None

    def show_switcher(self, show: bool) -> None:
        if (switcher := self.switcher) is not None:
            switcher.display = show
        self.set_class(show, "-switching")
        if not show:
            self.focus_pane("article")

    @on(msg.CountdownModeChanged)
    def _countdown_mode(self) -> None:
        if self.query_one(CountdownPane).needs_all_rows and not self._scanning:
            self.start_corpus_scan()  # its deadlines come with the scan

    # -- navigation actions ---------------------------------------------------------------

    def action_mention(self, direction: int) -> None:
        ref = self.selected
        if ref is None or not ref.spans:
            self.notify("Pick an actor, measure or deadline first (tab to its pane), "
                        "then n / N walk its mentions.", markup=False)
            return
        if self.article is None or self.article.id != ref.article_id:
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
        place = self.history.back(here) if here else None
        if place is None:
            self.notify("Nothing to go back to.", timeout=2, markup=False)
            return
        self.go(place)

    def action_forward(self) -> None:
        here = self.here()
        place = self.history.forward(here) if here else None
        if place is None:
            self.notify("Nothing to go forward to.", timeout=2, markup=False)
            return
        self.go(place)

    async def action_articles(self) -> None:
        pane = self.switcher
        if pane is None:
            pane = ArticlesPane(id="articles")
            await self.query_one("#workspace").mount(pane, before=0)
        self.show_switcher(True)
        pane.focus_filter()
        if not pane.loaded:
            pane.show_articles(self.store.list_articles(),
                               self.article.id if self.article else "")
        if self.corpus is not None:
            pane.show_stats({a: e.counts for a, e in self.corpus.items()})
        elif not self._scanning:
            self.start_corpus_scan()  # the counts come with the scan

    def action_jump(self) -> None:
        from ..jump import JumpScreen

        if self.search_index is None:
            self.start_corpus_scan()  # searchable at once; the rest fills in as you type
        self.app.push_screen(JumpScreen(self.search_index), self._jumped)

    def _jumped(self, hit: Any) -> None:
        """Go where the fuzzy jump's chosen hit is (None: the reader cancelled)."""
        if hit is None:
            return
        item = hit.item
        if item.start < 0 or item.end <= item.start:
            here = self.here()
            if self.open_article(item.article_id) and (there := self.here()):
                self.history.visit(here, there)
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
        if ref is None or self.article is None or ref.article_id != self.article.id:
            self.notify("Pick an actor, measure or deadline first; r lists what is related.",
                        markup=False)
            return
        self.gather_related(ref, self.findings, list(self.body.sentences))

    # -- countdown ------------------------------------------------------------------------

    def action_countdown_as_of(self) -> None:
        self.query_one(CountdownPane).toggle_as_of()

    def action_countdown_scope(self) -> None:
        self.query_one(CountdownPane).toggle_scope()
