"""The articles switcher: every article in the store, newest first, filtered as you type
with the fuzzy jump's typo-tolerant index ("stel" finds "Steel"); enter opens one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from ..messages import ArticleChosen, SwitcherClosed
from .findings import cell
from .rowtable import Column, RowTable

EMPTY = "No articles yet. Press i to import a file, or run `newsdesk import PATH`."
NO_MATCH = "No article matches the filter. Press escape to clear it."


def filter_key(title: str, published: str | None) -> str:
    """What the filter looks in: the title and the date, case folded."""
    return f"{title} {published or ''}".casefold()


def matches(terms: Sequence[str], title: str, published: str | None) -> bool:
    """Every term appears in the title or the date (case-insensitive)."""
    haystack = filter_key(title, published)
    return all(term in haystack for term in terms)


class ArticleRows(RowTable):
    """The switcher's table: cells are made only for the rows drawn."""

    COLUMNS = (Column("date", "Date", 10), Column("title", "Title · source", flex=True),
               Column("words", "Words", 6), Column("actors", "Act", 3),
               Column("measures", "Msr", 3), Column("deadlines", "Due", 3))

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(self.COLUMNS, id=id)
        self.articles: list[Any] = []  # the summaries shown, in row order
        self.stats: dict[str, tuple[int, int, int]] = {}
        self.current = ""
        self.unread: set[str] = set()  # fetched and not yet opened
        self.watched: set[str] = set()  # brought in and matching the watchlist

    def show(self, articles: list[Any], cursor: int) -> None:
        self.articles = articles
        self.set_rows([a.id for a in articles], cursor=cursor)

    def cells(self, index: int) -> tuple[Text, ...]:
        row = self.articles[index]
        counts = self.stats.get(row.id)
        count_cells = tuple(Text(str(c), justify="right") for c in counts) if counts else \
            tuple(Text("·", style="dim", justify="right") for _ in range(3))
        title = cell(row.title, "bold" if row.id == self.current or row.id in self.unread
                     else "")
        if row.id in self.unread:
            title = Text("● ", style="bold").append_text(title)
        if row.id in self.watched:
            title = Text("★ ", style="bold").append_text(title)
        source = getattr(row, "source", None)
        if source:  # after the title, so a narrow pane cuts the source first
            title.append(" · ", style="dim")
            title.append_text(cell(source, "dim"))
        return (cell(row.published or "unknown", "dim"), title,
                Text(f"{row.words:,}", justify="right"), *count_cells)

    def show_stats(self, stats: dict[str, tuple[int, int, int]]) -> None:
        self.stats = stats
        self.redraw()

    def redraw(self) -> None:
        """Make the cells again (a mark or count changed)."""
        self._cache.clear()
        self.refresh()


class ArticlesPane(Vertical):
    """A filter box over a table of articles: date, title, words and finding counts.

    Filtering is a substring test over keys made once per listing (10,000 titles in a
    few milliseconds), narrowed from the last result while the query only grows; the
    table draws only the rows on screen."""

    BORDER_TITLE = "Articles"
    BINDINGS = [
        Binding("down", "cursor(1)", "Next", show=False, id="articles.next",
                tooltip="Move to the next article"),
        Binding("up", "cursor(-1)", "Previous", show=False, id="articles.previous",
                tooltip="Move to the previous article"),
        Binding("escape", "close", "Close", id="articles.close",
                tooltip="Clear the filter, or close the switcher"),
    ]

    def __init__(self, *, id: str | None = None,
                 ranked: Callable[[str], list[str] | None] | None = None) -> None:
        super().__init__(id=id)
        # Article ids best first for a query, from the fuzzy index (None until it is built:
        # the filter is then a substring test).
        self.ranked = ranked
        self._rows: list[Any] = []  # ArticleSummary records, newest first
        self._keys: list[str] = []  # filter_key of each
        self._row_ids: list[str] = []
        self._shown: list[int] = []  # indexes into _rows that pass the filter
        self._terms: list[str] = []
        self._current = ""
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter by title or date…", id="articles-filter", compact=True)
        yield ArticleRows(id="articles-table")
        yield Static(EMPTY, classes="empty", markup=False)

    @property
    def table(self) -> ArticleRows:
        return self.query_one(ArticleRows)

    # -- data in -------------------------------------------------------------------------

    def show_articles(self, rows: Sequence[Any], current: str, *,
                      unread: set[str] | None = None,
                      watched: set[str] | None = None) -> None:
        """The store's article summaries (newest first), the one on screen, those fetched
        and not yet opened (marked, and counted in the border) and those that matched the
        watchlist when they came in (marked)."""
        self.table.unread = set(unread or ())
        self.table.watched = set(watched or ())
        self._rows = sorted(rows, key=lambda r: (r.published or "", r.imported_at or ""),
                            reverse=True)
        self._keys = [filter_key(r.title, r.published) for r in self._rows]
        self._row_ids = [r.id for r in self._rows]
        self._current = current
        self.table.current = current
        self.loaded = True
        self._terms = []
        self._fill()

    def show_stats(self, stats: dict[str, tuple[int, int, int]]) -> None:
        self.table.show_stats(stats)

    def set_current(self, article_id: str) -> None:
        self._current = article_id
        self.table.current = article_id
        if article_id in self.table.unread:
            self.table.unread.discard(article_id)
            self.table.redraw()
            self._count()

    # -- filtering -----------------------------------------------------------------------

    @on(Input.Changed, "#articles-filter")
    def _filter_changed(self) -> None:
        self._fill()

    def _fill(self) -> None:
        query = self.query_one("#articles-filter", Input).value
        ranked = self.ranked(query) if self.ranked is not None and query.strip() else None
        if ranked is not None:
            position = {article_id: n for n, article_id in enumerate(self._row_ids)}
            self._shown = [position[a] for a in ranked if a in position]
            self._terms = []
            self._show()
            return
        terms = query.casefold().split()
        keys = self._keys
        previous = self._terms
        # A longer query only removes rows: look only at those the last one kept.
        narrowing = bool(previous) and len(terms) >= len(previous) and all(
            new.startswith(old) if n == len(previous) - 1 else new == old
            for n, (old, new) in enumerate(zip(previous, terms, strict=False)))
        pool = self._shown if narrowing else range(len(keys))
        if terms:
            self._shown = [i for i in pool if all(t in keys[i] for t in terms)]
        else:
            self._shown = list(range(len(keys)))
        self._terms = terms
        self._show()

    def _show(self) -> None:
        shown = [self._rows[i] for i in self._shown]
        cursor = next((n for n, r in enumerate(shown) if r.id == self._current), 0)
        self.table.show(shown, cursor)
        empty = self.query_one(".empty", Static)
        empty.update(EMPTY if not self._rows else NO_MATCH)
        self.set_class(not shown, "-empty")
        self._count()

    def _count(self) -> None:
        shown = len(self._shown)
        count = f"{shown} of {len(self._rows)}" if shown != len(self._rows) else f"{shown}"
        unread = sum(1 for r in self._row_ids if r in self.table.unread) \
            if self.table.unread else 0
        self.border_subtitle = f"{count} · {unread} unread" if unread else count

    # -- actions -------------------------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        table = self.table
        if table.row_count:
            table.move_cursor(row=table.cursor_row + delta)

    def action_close(self) -> None:
        box = self.query_one("#articles-filter", Input)
        if box.value:
            box.value = ""
            return
        self.post_message(SwitcherClosed())

    def focus_filter(self) -> None:
        self.query_one("#articles-filter", Input).focus()

    def _choose_cursor_row(self) -> None:
        key = self.table.cursor_key
        if key:
            self.post_message(ArticleChosen(key))

    @on(Input.Submitted, "#articles-filter")
    def _filter_submitted(self) -> None:
        self._choose_cursor_row()

    @on(RowTable.Selected, "#articles-table")
    def _row_selected(self, event: RowTable.Selected) -> None:
        event.stop()
        self._choose_cursor_row()

    @on(RowTable.Highlighted, "#articles-table")
    def _row_highlighted(self, event: RowTable.Highlighted) -> None:
        event.stop()
