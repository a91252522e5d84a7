"""Countdown arithmetic: when a deadline runs out and how the time left reads. The
countdown recomputes from the clock on every tick; nothing here keeps a counter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.analysis.linking import fold
from newsdesk.analysis.model import Findings
from newsdesk.store.calendar import due_day

from .refs import FindingRef, deadline_refs

DAY = 86400


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One deadline as the countdown shows it."""

    ref: FindingRef
    date: str
    what: str
    article_title: str
    published: str | None
    actors: tuple[str, ...] = ()  # who it involves: its measure's parties, its sentence's actors

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
    """Midnight (UTC) starting the published day, the countdown's "as of" then."""
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
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
        return f"{days}d {clock}" if days else clock
    ago = -seconds
    days, rest = divmod(ago, DAY)
    if days >= 1:
        return f"passed {days} day{'s' if days != 1 else ''} ago"
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"passed {hours}h {minutes:02d}m ago"
    return f"passed {minutes}m {secs:02d}s ago"


def urgency(seconds: int) -> str:
    """"passed", "urgent" (under a day), "soon" (under a week) or "later"."""
    if seconds <= 0:
        return "passed"
    if seconds < DAY:
        return "urgent"
    if seconds < 7 * DAY:
        return "soon"
    return "later"


def rows_for_article(article_id: str, title: str, published: str | None,
                     findings: Findings) -> list[DeadlineRow]:
    """The deadlines of one article, in countdown form."""
    involved = deadline_actors(findings)
    return [DeadlineRow(ref, deadline.date or "?", deadline.what, title, published,
                        tuple(sorted(involved.get(deadline.start, ()))))
            for ref, deadline in zip(deadline_refs(article_id, findings), findings.deadlines,
                                     strict=True)]


def deadline_actors(findings: Findings) -> dict[int, set[str]]:
    """Who each deadline (by where its date is said) involves: its measure's imposer and
    targets, and the actors named in the same sentence."""
    sentences = findings.sentence_spans
    out: dict[int, set[str]] = {}
    for deadline in findings.deadlines:
        names: set[str] = set()
        if deadline.measure is not None and 0 <= deadline.measure < len(findings.measures):
            measure = findings.measures[deadline.measure]
            names.update(n for n in (measure.imposer, *measure.targets) if n)
        sentence = next(((s, e) for s, e in sentences if s <= deadline.start < e),
                        deadline.span)
        for actor in findings.actors:
            if any(sentence[0] <= m.start < sentence[1] for m in actor.mentions):
                names.update((actor.name, *actor.aliases))
        out[deadline.start] = names
    return out


def names_actor(wanted: str, names: Iterable[str]) -> bool:
    """Whether one of `names` is the actor asked for: all its words, any case."""
    words = fold(wanted).split()
    return any(words and all(w in fold(name).replace("-", " ").split() for w in words)
               for name in names)

