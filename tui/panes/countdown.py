"""The countdown pane: deadlines by date and the time left, recomputed from the wall
clock on every tick (a late tick is dropped, never counted)."""

from __future__ import annotations

import datetime as dt
import textwrap

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Static

from newsdesk.analysis.text import one_line
from newsdesk.app.clock import now_utc
from newsdesk.app.countdown import (
    DeadlineRow,
    format_left,
    names_actor,
    seconds_left,
    start_of,
    urgency,
)

from ..messages import CountdownFilterAsked, CountdownModeChanged
from .findings import FindingsTable, cell
from .rowtable import GAP, Column

EMPTY_ARTICLE = ("No deadlines in this article. Press c to count down the deadlines of "
                 "every article.")
EMPTY_ALL = "No deadlines in any article yet. Press i to import articles."


WHAT_LINES = 3  # the most lines "what is due" takes in a row before it is cut


def what_cell(row: DeadlineRow, width: int = 0) -> Text:
    """What is due, wrapped to `width` (0: one line); under it, dimmed, the article that
    says so."""
    what = one_line(row.what) or "?"
    if width >= 12:
        lines = textwrap.wrap(what, width) or ["?"]
        if len(lines) > WHAT_LINES:
            lines = lines[:WHAT_LINES]
            lines[-1] = lines[-1][:max(1, width - 1)].rstrip() + "…"
        what = "\n".join(lines)
    return Text.assemble(what, "\n", (one_line(row.article_title), "dim"))


class CountdownPane(Vertical):
    """Deadlines by date; time left as of now (ticking) or as of the article's date;
    filtered, when the reader asks (f), to an actor's or to a tag's."""

    BORDER_TITLE = "Countdown"
    BINDINGS = [
        Binding("f", "filter", "Filter", id="countdown.filter",
                tooltip="Only the deadlines of an actor, or of articles with a note tag"),
    ]
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
        self.filter_label = ""  # "Acme" or "#steel"; "" shows every deadline
        self._filter_actor: str | None = None
        self._filter_articles: set[str] | None = None

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

    def action_filter(self) -> None:
        self.post_message(CountdownFilterAsked())

    def set_filter(self, label: str, *, actor: str | None = None,
                   articles: set[str] | None = None) -> None:
        """Show only the deadlines involving `actor`, or those of `articles` ("" clears)."""
        self.filter_label = label
        self._filter_actor = actor
        self._filter_articles = articles
        self._update_title()
        self._rebuild()

    def _passes(self, row: DeadlineRow) -> bool:
        if self._filter_actor is not None and not names_actor(self._filter_actor, row.actors):
            return False
        return self._filter_articles is None or row.ref.article_id in self._filter_articles

    def _update_title(self) -> None:
        as_of = "as of published date" if self.as_of_published else "as of now"
        scope = "all articles" if self.all_articles else "this article"
        shown = f" · only {self.filter_label}" if self.filter_label else ""
        self.border_title = f"Countdown · {as_of} · {scope}{shown}"

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
        latest = dt.datetime.max.replace(tzinfo=dt.UTC)
        rows = sorted((r for r in rows if self._passes(r)),
                      key=lambda r: (r.due is None, r.due or latest, r.article_title))
        self._shown = rows
        now = now_utc()
        table = self.table
        keep = table.current_ref
        lefts = [self.left_cell(r, now) for r in rows]
        width = self._what_width(lefts)
        table.set_findings([(r.ref, (left, cell(r.date), what_cell(r, width)))
                            for r, left in zip(rows, lefts, strict=True)], keep=keep)
        self._left_text = {self._key(r): left.plain for r, left in zip(rows, lefts, strict=True)}
        empty = self.query_one(".empty", Static)
        empty.update(EMPTY_ALL if self.all_articles else EMPTY_ARTICLE)
        loading = self.all_articles and self._all_rows is None
        if loading:
            empty.update("Gathering the deadlines of every article…")
        self.set_class(not rows, "-empty")

    def _what_width(self, lefts: list[Text]) -> int:
        """Cells left for "what is due" beside the time left and the date (0 before the
        pane has a size: one line, as wide as it comes)."""
        width = self.table.size.width
        if width <= 0:
            return 0
        left = max([len("Left"), *(len(t.plain) for t in lefts)])
        return max(12, width - left - len("YYYY-MM-DD") - 2 * GAP - 1)

    def on_resize(self) -> None:
        self._rebuild()  # "what is due" wraps to the width there is

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

