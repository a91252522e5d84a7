"""Screens across the corpus (issue 14): the timeline, an actor's profile, the open
article's story thread, and the watchlist. Each is a table whose rows lead somewhere:
enter on an item goes to its sentence, on an article opens it, on an actor opens its
profile. What they show is computed by newsdesk.app (timeline.py, profiles.py,
threads.py, watch.py) in a worker before the screen opens (tui/across.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Input, Static

from newsdesk.app.profiles import ActorProfile
from newsdesk.app.threads import Thread
from newsdesk.app.timeline import TimelineFilter, TimelineItem, passes
from newsdesk.app.watch import WatchItem

from ..panes.findings import cell
from .base import DialogScreen


@dataclass(frozen=True, slots=True)
class Target:
    """Where a row leads: an article (and a span in it), or an actor's profile."""

    kind: str  # "article", "actor" or "watch" (a watched item to forget)
    article_id: str = ""
    start: int = 0
    end: int = 0
    name: str = ""


ZOOMS = ("month", "week", "day")  # z zooms in, then back out

CSS = """
AcrossScreen > .dialog {
    width: 110;
    max-width: 100%;
    height: 90%;
    padding: 0 1;
    border: round $primary;
    border-title-color: $primary;
    border-title-style: bold;
    background: $surface;
    .subject { height: auto; margin: 0 0 1 0; }
    Input { margin: 0 0 1 0; }
    DataTable { height: 1fr; }
    .keys { color: $text-muted; height: 1; }
    .empty { color: $text-muted; height: auto; }
}
"""


class AcrossScreen(DialogScreen[Target | None]):
    """A table of rows that lead somewhere; enter goes there, escape closes."""

    DEFAULT_CSS = CSS
    BINDINGS = [
        Binding("escape", "cancel", "Close", id="across.close", tooltip="Close"),
    ]
    TITLE_TEXT = ""
    KEYS = "enter go there · escape close"

    def __init__(self) -> None:
        super().__init__()
        self.targets: dict[str, Target] = {}
        self._rows = 0

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = self.TITLE_TEXT
            yield Static("", classes="subject", markup=False)
            yield from self.extra()
            table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True)
            yield table
            yield Static("", classes="empty", markup=False)
            yield Static(Content(self.KEYS), classes="keys")

    def extra(self) -> ComposeResult:
        yield from ()

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one(DataTable)

    def clear(self) -> None:
        self.table.clear()
        self.targets.clear()
        self._rows = 0

    def row(self, *cells: Text, target: Target | None = None) -> str:
        key = f"r{self._rows}"
        self._rows += 1
        if target is not None:
            self.targets[key] = target
        self.table.add_row(*cells, key=key)
        return key

    def heading(self, text: str, width: int, at: int = 0) -> None:
        """A row that heads those below it, its text in column `at` (a long heading in a
        narrow first column would widen it)."""
        cells = [Text("") for _ in range(width)]
        cells[at] = cell(text, "bold")
        self.row(*cells)

    def say(self, subject: str, empty: str = "") -> None:
        self.query_one(".subject", Static).update(subject)
        self.query_one(".empty", Static).update(empty)

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        target = self.targets.get(event.row_key.value or "")
        if target is not None:
            self.dismiss(target)


class TimelineScreen(AcrossScreen):
    """Every measure and deadline on a time axis, now marked; typed words filter."""

    TITLE_TEXT = "Timeline"
    KEYS = ("enter go · z month/week/day · type to filter: words actor:NAME type:TYPE #tag"
            " since:DATE until:DATE · esc close")
    BINDINGS = [
        *AcrossScreen.BINDINGS,
        Binding("z", "zoom", "Zoom", id="timeline.zoom", tooltip="Group by month, week or day"),
    ]

    def __init__(self, items: list[TimelineItem], tags: dict[str, set[str]],
                 today: dt.date, undated: int = 0) -> None:
        super().__init__()
        self.items, self.tags, self.today, self.undated = items, tags, today, undated
        self.zoom = "month"

    def extra(self) -> ComposeResult:
        yield Input(placeholder="filter: words, actor:NAME, type:TYPE, #tag, since:DATE",
                    id="timeline-filter", compact=True, select_on_focus=False)

    def on_mount(self) -> None:
        self.table.add_columns("Date", "Kind", "What", "Article")
        self.fill()
        self.table.focus()

    def on_key(self, event: events.Key) -> None:
        # Letters typed while the table has focus go to the filter (z zooms).
        key = event.character
        if key and key.isprintable() and key != "z" and self.table.has_focus:
            box = self.query_one(Input)
            box.focus()
            box.insert_text_at_cursor(key)
            event.stop()

    def action_zoom(self) -> None:
        self.zoom = ZOOMS[(ZOOMS.index(self.zoom) + 1) % len(ZOOMS)]
        self.fill()

    @on(Input.Changed, "#timeline-filter")
    def _filter(self) -> None:
        self.fill()

    @on(Input.Submitted, "#timeline-filter")
    def _to_table(self) -> None:
        self.table.focus()

    def wanted(self) -> TimelineFilter:
        words, actor, kind, tags, since, until = [], None, None, [], None, None
        for token in self.query_one(Input).value.split():
            head, colon, rest = token.partition(":")
            if token.startswith("#") and len(token) > 1:
                tags.append(token[1:].lower())
            elif colon and head == "actor" and rest:
                actor = rest.replace("_", " ")
            elif colon and head == "type" and rest:
                kind = rest
            elif colon and head == "since" and rest:
                since = rest
            elif colon and head == "until" and rest:
                until = rest
            else:
                words.append(token)
        return TimelineFilter(actor=actor, type=kind, tags=tuple(tags), since=since,
                              until=until, text=" ".join(words) or None)

    def fill(self) -> None:
        wanted = self.wanted()
        tagged = None
        if wanted.tags:
            tagged = set().union(*(self.tags.get(t, set()) for t in wanted.tags))
        shown = [i for i in self.items if (tagged is None or i.article_id in tagged)
                 and passes(i, wanted)]
        self.clear()
        today = self.today.isoformat()
        period = None
        now_row = None
        for item in shown:
            if now_row is None and item.sort_key[0] > today:
                now_row = self._now_row(today)
            key = _period(item.date, self.zoom)
            if key != period and self.zoom != "day":  # by day, each row shows its day
                period = key
                self.heading(key, 4)
            self.row(cell(item.date, "dim"), cell(item.kind, "bold" if item.kind == "deadline"
                                                   else ""),
                     cell(item.label), cell(item.article_title, "dim"),
                     target=Target("article", item.article_id, item.start, item.end))
        if now_row is None and shown:
            now_row = self._now_row(today)
        measures = sum(1 for i in shown if i.kind == "measure")
        undated = (f" · {self.undated} measures of undated articles not shown"
                   if self.undated else "")
        self.say(f"{measures} measures, {len(shown) - measures} deadlines · by {self.zoom}"
                 f"{undated}",
                 "" if shown else ("Nothing matches." if self.query_one(Input).value.strip()
                                   else "No measures or deadlines yet."))
        if self.query_one(Input).value.strip() and self.targets:
            # Filtered: on the first item found. Otherwise on now, between past and future.
            self.table.move_cursor(row=self.table.get_row_index(next(iter(self.targets))))
        elif now_row is not None:
            self.table.move_cursor(row=now_row)

    def _now_row(self, today: str) -> int:
        at = self._rows
        self.row(cell("now", "bold reverse"), cell(""), cell(f"── {today} ──", "bold"),
                 cell(""))
        return at


def _period(date: str, zoom: str) -> str:
    """The heading an item goes under at this zoom."""
    if zoom == "month" or date.count("-") < 2:
        return date[:7] if date.count("-") >= 1 else date
    if zoom == "week":
        day = dt.date.fromisoformat(date)
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return date


class ActorScreen(AcrossScreen):
    """An actor across the corpus; enter opens an article, an item, or another actor."""

    TITLE_TEXT = "Actor"
    KEYS = "enter open (an article, an item, another actor's profile) · escape close"

    def __init__(self, profile: ActorProfile) -> None:
        super().__init__()
        self.profile = profile

    def on_mount(self) -> None:
        p = self.profile
        self.table.add_columns("Date", "What", "Article")
        self.heading(f"Articles ({len(p.appearances)})", 3, at=1)
        for a in p.appearances:
            role = ", ".join(x for x in (a.role, a.affiliation) if x)
            self.row(cell(a.published or "undated", "dim"), cell(role or a.kind),
                     cell(a.title), target=Target("article", a.article_id))
        for title, items in (("Measures it imposed", p.imposed),
                             ("Measures aimed at it", p.targeted),
                             ("Deadlines involving it", p.deadlines)):
            self.heading(f"{title} ({len(items)})", 3, at=1)
            for i in items:
                self.row(cell(i.date, "dim"), cell(i.label), cell(i.article_title, "dim"),
                         target=Target("article", i.article_id, i.start, i.end))
        self.heading("Appears most with", 3, at=1)
        for name, count in p.partners:
            self.row(cell(f"{count} articles", "dim"), cell(name), cell(""),
                     target=Target("actor", name=name))
        self.heading(f"Your notes linked to it ({len(p.notes)})", 3, at=1)
        for n in p.notes:
            self.row(cell(n.created[:10], "dim"), cell(n.note or n.quote), cell(n.quote, "dim"),
                     target=Target("article", n.article_id, n.start, n.end))
        self.say(f"{p.name} ({', '.join(p.kinds)}) · {len(p.appearances)} articles")
        self.table.focus()


class ThreadScreen(AcrossScreen):
    """The open article's story, each article with what it added."""

    TITLE_TEXT = "Thread"
    KEYS = "enter open the article · escape close"

    def __init__(self, thread: Thread | None, article_id: str, title: str) -> None:
        super().__init__()
        self.thread, self.article_id, self.title_text = thread, article_id, title

    def on_mount(self) -> None:
        self.table.add_columns("Date", "Article · what it adds")
        if self.thread is None:
            self.say(self.title_text, "A story of its own: no other article shares its"
                     " measures or enough of its actors.")
            return
        here = 0
        for step in self.thread.steps:
            if step.article_id == self.article_id:
                here = self._rows
            style = "bold reverse" if step.article_id == self.article_id else "bold"
            self.row(cell(step.published or "undated", "dim"), cell(step.title, style),
                     target=Target("article", step.article_id))
            lines = ([f"new: {x}" for x in step.new] + [f"changed: {x}" for x in step.changed]
                     + [f"deadline moved: {x}" for x in step.moved])
            for line in lines or ["nothing new in measures or deadlines"]:
                self.row(cell(""), cell(f"  {line}", "" if lines else "dim"),
                         target=Target("article", step.article_id))
        self.say(f"{self.thread.title} · {len(self.thread.steps)} articles")
        self.table.move_cursor(row=here)
        self.table.focus()


class WatchlistScreen(AcrossScreen):
    """What is watched (x forgets the item under the cursor), deadlines near, matches."""

    TITLE_TEXT = "Watchlist"
    KEYS = "enter go there · x stop watching the item · escape close"
    BINDINGS = [
        *AcrossScreen.BINDINGS,
        Binding("x", "forget", "Forget", id="watch.forget",
                tooltip="Stop watching the item under the cursor"),
    ]

    def __init__(self, items: list[WatchItem], near: list[tuple[TimelineItem, WatchItem, bool]],
                 matched: list[tuple[str, str]]) -> None:
        super().__init__()
        self.items, self.near, self.matched = items, near, matched
        self.watched_rows: dict[str, str] = {}  # row key -> the item's label

    def on_mount(self) -> None:
        self.table.add_columns("", "Item", "Article")
        self.heading(f"Watching ({len(self.items)})", 3, at=1)
        for item in self.items:
            key = self.row(cell(item.kind, "dim"), cell(item.value), cell(""))
            self.watched_rows[key] = item.label
        self.heading(f"Deadlines within a week ({len(self.near)})", 3, at=1)
        for d, _item, urgent in self.near:
            self.row(cell(d.date, "bold" if urgent else "dim"), cell(d.label),
                     cell(d.article_title, "dim"),
                     target=Target("article", d.article_id, d.start, d.end))
        self.heading(f"Articles that matched ({len(self.matched)})", 3, at=1)
        for article_id, title in self.matched:
            self.row(cell(""), cell(title), cell(article_id[:12], "dim"),
                     target=Target("article", article_id))
        self.say("Watched actors, measure types and phrases: W on an actor or a measure"
                 " watches it.", "" if self.items else "Nothing watched yet.")
        self.table.focus()

    def action_forget(self) -> None:
        row = self.table.cursor_row
        if 0 <= row < self.table.row_count:
            key = self.table.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value or ""
            if key in self.watched_rows:
                self.dismiss(Target("watch", name=self.watched_rows[key]))
