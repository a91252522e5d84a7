"""The countdown pane: deadlines by date and the time left, recomputed from the wall
clock on every tick (a late tick is dropped, never counted)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Static

from newsdesk.store.calendar import due_day

from .. import library
from ..messages import CountdownModeChanged, FindingRef
from .findings import FindingsTable, cell, one_line
from .rowtable import Column

DAY = 86400
EMPTY_ARTICLE = ("No deadlines in this article. Press c to count down the deadlines of "
                 "every article.")
EMPTY_ALL = "No deadlines in any article yet. Press i to import articles."


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One deadline as the countdown shows it."""

    ref: FindingRef
    date: str
    what: str
    article_title: str
    published: str | None

    @property
    def due(self) -> dt.datetime | None:
        return due_instant(self.date)


def due_instant(value: str) -> dt.datetime | None:
    """When a deadline runs out: the end of its day (or month, or year), UTC.

    "A September 17 deadline" still holds during September 17, so the clock runs to
    midnight at its end. The due day is the one export and the calendar use.
    """
    due = due_day(value)
    if due is None:
        return None
    return dt.datetime.combine(due.day + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)


def start_of(published: str | None) -> dt.datetime | None:
    try:
        day = dt.date.fromisoformat(published or "")
    except ValueError:
        return None
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def seconds_left(due: dt.datetime, now: dt.datetime) -> int:
    return int((due - now).total_seconds() // 1)


def format_left(seconds: int) -> str:
    """Days when far; days and hh:mm:ss under a week; "passed … ago" once it is over."""
    if seconds > 0:
        days, rest = divmod(seconds, DAY)
        if days >= 7:
            return f"{days} days"
        h, rest = divmod(rest, 3600)
        m, s = divmod(rest, 60)
        clock = f"{h:02d}:{m:02d}:{s:02d}"
        return f"{days}d {clock}" if days else clock
    ago = -seconds
    days, rest = divmod(ago, DAY)
    if days >= 1:
        return f"passed {days} day{'s' if days != 1 else ''} ago"
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"passed {h}h {m:02d}m ago"
    return f"passed {m}m {s:02d}s ago"


def urgency(seconds: int) -> str:
    if seconds <= 0:
        return "passed"
    if seconds < DAY:
        return "urgent"
    if seconds < 7 * DAY:
        return "soon"
    return "later"


def rows_for_article(article_id: str, title: str, published: str | None,
                     findings: dict[str, Any] | None) -> list[DeadlineRow]:
    """The deadlines of one article, in countdown form."""
    from .findings import deadline_refs

    deadlines = (findings or {}).get("deadlines") or []
    return [DeadlineRow(ref, str(d.get("date") or "?"), str(d.get("what") or ""), title,
                        published)
            for ref, d in zip(deadline_refs(article_id, findings), deadlines, strict=True)]


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
        now = library.now_utc()
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
        return f"{row.ref.article_id}:{row.ref.kind}:{row.ref.index}"

    def tick(self) -> None:
        """Recompute every time left from the clock; touch only cells whose text changed."""
        now = library.now_utc()
        table = self.table
        for row in self._shown:
            key = self._key(row)
            left = self.left_cell(row, now)
            if self._left_text.get(key) != left.plain:
                self._left_text[key] = left.plain
                table.update_cell(key, "left", left)

