"""The countdown pane: deadlines by date and the time left, recomputed from the wall
clock on every tick (a late tick is dropped, never counted)."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Static

from newsdesk.analysis.text import one_line
from newsdesk.app.clock import now_utc
from newsdesk.app.countdown import DeadlineRow, format_left, seconds_left, start_of, urgency

from ..messages import CountdownModeChanged
from .findings import FindingsTable, cell
from .rowtable import Column

EMPTY_ARTICLE = ("No deadlines in this article. Press c to count down the deadlines of "
                 "every article.")
EMPTY_ALL = "No deadlines in any article yet. Press i to import articles."


def what_cell(row: DeadlineRow) -> Text:
    """What is due; under it, dimmed, the article that says so."""
    return Text.assemble(one_line(row.what) or "?", "\n", (one_line(row.article_title), "dim"))


class CountdownPane(Vertical):
    """Deadlines by date; time left as of now (ticking) or as of the article's date."""

    BORDER_TITLE = "Countdown"
    COMPONENT_CLASSES = {"countdown--urgent", "countdown--soon", "countdown--later",
                         "countdown--passed"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.as_of_published = False
        self.all_articles = False
        self._article_rows: list[DeadlineRow] = []
        self._all_rows: list[DeadlineRow] | None = None
        self._shown: list[DeadlineRow] = []
        self._left_text: dict[str, str] = {}
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        # What is due gets the rest of the row, its article under it: side by side, a
        # side pane cut both.
        yield FindingsTable([Column("left", "Left"), Column("due", "Due"),
                             Column("what", "What · article", flex=True)],
                            id="countdown-table")
        yield Static(EMPTY_ARTICLE, classes="empty", markup=False)

    def on_mount(self) -> None:
        self._timer = self.set_interval(1.0, self.tick)
        self._update_title()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme) -> None:
        self._left_text.clear()  # urgency colours come from the theme: repaint them now
        self.tick()

    @property
    def table(self) -> FindingsTable:
        return self.query_one(FindingsTable)

    # -- data in -------------------------------------------------------------------------

    def show_article(self, rows: list[DeadlineRow]) -> None:
        self._article_rows = rows
        if not self.all_articles:
            self._rebuild()

    def show_all(self, rows: list[DeadlineRow]) -> None:
        self._all_rows = rows
        if self.all_articles:
            self._rebuild()

    @property
    def needs_all_rows(self) -> bool:
        return self.all_articles and self._all_rows is None

    # -- toggles -------------------------------------------------------------------------

    def toggle_as_of(self) -> None:
        self.as_of_published = not self.as_of_published
        self._changed()

    def toggle_scope(self) -> None:
        self.all_articles = not self.all_articles
        self._changed()

    def _changed(self) -> None:
        self._update_title()
        self._rebuild()
        self.post_message(CountdownModeChanged(self.as_of_published, self.all_articles))

    def _update_title(self) -> None:
        as_of = "as of published date" if self.as_of_published else "as of now"
        scope = "all articles" if self.all_articles else "this article"
        self.border_title = f"Countdown · {as_of} · {scope}"

    # -- drawing -------------------------------------------------------------------------

    def reference_time(self, row: DeadlineRow, now: dt.datetime) -> dt.datetime:
        if self.as_of_published:
            return start_of(row.published) or now
        return now

    def left_cell(self, row: DeadlineRow, now: dt.datetime) -> Text:
        due = row.due
        if due is None:
            return Text("date unclear", style="dim")
        seconds = seconds_left(due, self.reference_time(row, now))
        style = self.get_component_rich_style(f"countdown--{urgency(seconds)}", partial=True)
        return Text(format_left(seconds), style=style, no_wrap=True)

    def _rebuild(self) -> None:
        rows = (self._all_rows or []) if self.all_articles else self._article_rows
        rows = sorted(rows, key=lambda r: (r.due is None, r.due or dt.datetime.max.replace(
            tzinfo=dt.UTC), r.article_title))
        self._shown = rows
        now = now_utc()
        table = self.table
        keep = table.current_ref
        lefts = [self.left_cell(r, now) for r in rows]
        table.set_findings([(r.ref, (left, cell(r.date), what_cell(r)))
                            for r, left in zip(rows, lefts, strict=True)], keep=keep)
        self._left_text = {self._key(r): left.plain for r, left in zip(rows, lefts, strict=True)}
        empty = self.query_one(".empty", Static)
        empty.update(EMPTY_ALL if self.all_articles else EMPTY_ARTICLE)
        loading = self.all_articles and self._all_rows is None
        if loading:
            empty.update("Gathering the deadlines of every article…")
        self.set_class(not rows, "-empty")

    @staticmethod
    def _key(row: DeadlineRow) -> str:
        return row.ref.key

    def tick(self) -> None:
        """Recompute every time left from the clock; touch only cells whose text changed."""
        now = now_utc()
        table = self.table
        for row in self._shown:
            key = self._key(row)
            left = self.left_cell(row, now)
            if self._left_text.get(key) != left.plain:
                self._left_text[key] = left.plain
                table.update_cell(key, "left", left)

