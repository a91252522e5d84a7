"""The articles switcher: every article in the store, filterable, enter to open."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static

from ..messages import ArticleChosen, SwitcherClosed
from .findings import cell

EMPTY = "No articles yet. Press i to import a file, or run `newsdesk import PATH`."
NO_MATCH = "No article matches the filter. Press escape to clear it."


def matches(terms: Sequence[str], title: str, published: str | None) -> bool:
    """Every term appears in the title or the date (case-insensitive)."""
    haystack = f"{title} {published or ''}".casefold()
    return all(term in haystack for term in terms)


class ArticlesPane(Vertical):
    """A filter box over a table of articles: date, title, words and finding counts."""

    BORDER_TITLE = "Articles"
    BINDINGS = [
        Binding("down", "cursor(1)", "Next", show=False, id="articles.next",
                tooltip="Move to the next article"),
        Binding("up", "cursor(-1)", "Previous", show=False, id="articles.previous",
                tooltip="Move to the previous article"),
        Binding("escape", "close", "Close", id="articles.close",
                tooltip="Clear the filter, or close the switcher"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[Any] = []  # ArticleSummary records, as listed by the store
        self._stats: dict[str, tuple[int, int, int]] = {}
        self._current = ""
        self._filter_timer: Timer | None = None
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter by title or date…", id="articles-filter", compact=True)
        table: DataTable = DataTable(id="articles-table", cursor_type="row")
        table.add_column("Date", key="date")
        table.add_column("Title", key="title")
        table.add_column("Words", key="words")
        table.add_column("Act", key="actors")
        table.add_column("Msr", key="measures")
        table.add_column("Due", key="deadlines")
        yield table
        yield Static(EMPTY, classes="empty", markup=False)

    @property
    def table(self) -> DataTable:
        return self.query_one("#articles-table", DataTable)

    # -- data in -------------------------------------------------------------------------

    def show_articles(self, rows: Sequence[Any], current: str) -> None:
        """The store's article summaries (newest first) and the one on screen."""
        self._rows = sorted(rows, key=lambda r: (r.published or "", r.imported_at or ""),
                            reverse=True)
        self._current = current
        self.loaded = True
        self._fill()

    def show_stats(self, stats: dict[str, tuple[int, int, int]]) -> None:
        self._stats = stats
        table = self.table
        for article_id, (actors, measures, deadlines) in stats.items():
            if article_id in table.rows:
                table.update_cell(article_id, "actors", Text(str(actors), justify="right"))
                table.update_cell(article_id, "measures", Text(str(measures), justify="right"))
                table.update_cell(article_id, "deadlines",
                                  Text(str(deadlines), justify="right"))

    def set_current(self, article_id: str) -> None:
        self._current = article_id

    # -- filtering -----------------------------------------------------------------------

    @on(Input.Changed, "#articles-filter")
    def _filter_changed(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        # Wait for a pause in typing: refilling 10,000 rows per key would lag.
        self._filter_timer = self.set_timer(0.12, self._fill)

    def _fill(self) -> None:
        terms = self.query_one("#articles-filter", Input).value.casefold().split()
        table = self.table
        table.clear()
        stats = self._stats
        current_row = 0
        # Titles are cut to what the pane has room for, so the counts stay in view.
        title_width = max(16, self.content_region.width - 10 - 8 - 3 * 5 - 8)
        for row in self._rows:
            if terms and not matches(terms, row.title, row.published):
                continue
            counts = stats.get(row.id)
            count_cells = (Text(str(c), justify="right") for c in counts) if counts else (
                Text("·", style="dim", justify="right") for _ in range(3))
            marker = "bold" if row.id == self._current else ""
            if row.id == self._current:
                current_row = table.row_count
            title = cell(row.title, marker)
            title.truncate(title_width, overflow="ellipsis")
            table.add_row(cell(row.published or "unknown", "dim"), title,
                          Text(f"{row.words:,}", justify="right"), *count_cells, key=row.id)
        if table.row_count:
            table.move_cursor(row=current_row, animate=False)
        empty = self.query_one(".empty", Static)
        empty.update(EMPTY if not self._rows else NO_MATCH)
        self.set_class(not table.row_count, "-empty")
        shown = table.row_count
        self.border_subtitle = (f"{shown} of {len(self._rows)}" if shown != len(self._rows)
                                else f"{shown}")

    # -- actions -------------------------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        table = self.table
        if table.row_count:
            table.move_cursor(row=table.cursor_row + delta, animate=False)

    def action_close(self) -> None:
        box = self.query_one("#articles-filter", Input)
        if box.value:
            box.value = ""
            return
        self.post_message(SwitcherClosed())

    def focus_filter(self) -> None:
        self.query_one("#articles-filter", Input).focus()

    def _choose_cursor_row(self) -> None:
        table = self.table
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key:
            self.post_message(ArticleChosen(key))

    @on(Input.Submitted, "#articles-filter")
    def _filter_submitted(self) -> None:
        self._choose_cursor_row()

    @on(DataTable.RowSelected, "#articles-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._choose_cursor_row()
