"""Deadlines as dates: the day each falls due, the time left, and an iCalendar file of them.

A deadline dated to a month ("2025-12") or a year ("2026") falls due on the last day of that
month or year: "by December" still holds on December 31, so a calendar that showed the
first would warn too early and the countdown (which runs to the end of that last day)
would disagree with it. The description of such an event says it was month or year
precision.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.analysis.model import Findings, Measure

from .records import Article

PRODID = "-//newsdesk//deadlines//EN"
CALENDAR_NAME = "newsdesk deadlines"
UID_DOMAIN = "newsdesk"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True, slots=True)
class DueDay:
    """The day a deadline falls due and how precise the date it came from is."""

    day: dt.date
    precision: str  # "day", "month" or "year"

    def describe(self) -> str:
        """"2025-09-17", "by the end of December 2025", "by the end of 2026"."""
        if self.precision == "month":
            return f"by the end of {_MONTHS[self.day.month - 1]} {self.day.year}"
        if self.precision == "year":
            return f"by the end of {self.day.year}"
        return self.day.isoformat()


def due_day(value: object) -> DueDay | None:
    """The day a deadline dated YYYY-MM-DD, YYYY-MM or YYYY falls due; None if not a date."""
    parts = str(value or "").strip().split("-")
    try:
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            return DueDay(dt.date(int(parts[0]), int(parts[1]), int(parts[2])), "day")
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            year, month = int(parts[0]), int(parts[1])
            last = _calendar.monthrange(year, month)[1]
            return DueDay(dt.date(year, month, last), "month")
        if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 4:
            return DueDay(dt.date(int(parts[0]), 12, 31), "year")
    except ValueError:  # includes calendar.IllegalMonthError
        return None
    return None


def today_of(now: dt.datetime) -> dt.date:
    """The calendar day of `now` in UTC, the zone the countdown counts in."""
    if now.tzinfo is not None:
        now = now.astimezone(dt.UTC)
    return now.date()


def days_left(day: dt.date, now: dt.datetime) -> int:
    """Whole days from today (UTC) to `day`: 0 on the day itself, negative once past."""
    return (day - today_of(now)).days


def describe_left(days: int) -> str:
    """"due today", "1 day left", "12 days left", "passed 3 days ago"."""
    if days == 0:
        return "due today"
    if days > 0:
        return f"{days} day{'s' if days != 1 else ''} left"
    return f"passed {-days} day{'s' if days != -1 else ''} ago"


@dataclass(frozen=True, slots=True)
class DeadlineEntry:
    """One deadline of one article, with what a listing or a calendar shows of it."""

    article_id: str
    article_title: str
    article_url: str | None
    article_source: str | None
    date: str  # as the finding has it: YYYY-MM-DD, YYYY-MM or YYYY
    due: DueDay | None
    what: str
    text: str  # the words in the article that gave the date
    start: int
    measure: Measure | None

    def days_left(self, now: dt.datetime) -> int | None:
        return None if self.due is None else days_left(self.due.day, now)

    def left(self, now: dt.datetime) -> str:
        days = self.days_left(now)
        return "date unclear" if days is None else describe_left(days)

    @property
    def uid(self) -> str:
        return deadline_uid(self.article_id, self.start, self.text)


def deadline_entries(article: Article, findings: Findings | None) -> list[DeadlineEntry]:
    """The deadlines of one article's (corrected) findings, in date order."""
    if findings is None:
        return []
    measures = findings.measures
    out = []
    for d in findings.deadlines:
        index = d.measure
        measure = measures[index] if index is not None and 0 <= index < len(measures) \
            else None
        out.append(DeadlineEntry(
            article_id=article.id, article_title=article.title, article_url=article.url,
            article_source=article.source, date=d.date, due=due_day(d.date), what=d.what,
            text=d.text, start=d.start, measure=measure))
    return sort_entries(out)


def sort_entries(entries: Iterable[DeadlineEntry]) -> list[DeadlineEntry]:
    """By due day (undated last), then article title and position in the article."""
    far = dt.date.max
    return sorted(entries, key=lambda e: (e.due.day if e.due else far, e.article_title.casefold(),
                                          e.article_id, e.start))


def deadline_uid(article_id: str, start: int, text: str) -> str:
    """A UID that stays the same for the same deadline, so a calendar updates it in place.

    It names where the article states the deadline, not the date it resolves to: a
    corrected date or a new published date then moves the event instead of adding one.
    """
    digest = hashlib.sha256(f"{article_id}\x1f{start}\x1f{text}".encode()).hexdigest()
    return f"{digest[:32]}@{UID_DOMAIN}"


def _summary(entry: DeadlineEntry) -> str:
    what = " ".join(entry.what.split()) or f"deadline ({' '.join(entry.text.split())})"
    return f"Due: {what}"


def _description(entry: DeadlineEntry) -> str:
    lines = [f"What is due: {' '.join(entry.what.split()) or 'not stated'}"]
    if entry.due is not None and entry.due.precision != "day":
        lines.append(f"Date: {entry.date} (the article gives only the"
                     f" {entry.due.precision}; due {entry.due.describe()})")
    else:
        lines.append(f"Date: {entry.date} (\u201c{' '.join(entry.text.split())}\u201d in the"
                     " article)")
    if entry.measure is not None:
        m = entry.measure
        targets = ", ".join(m.targets) or "?"
        lines.append(f"Measure: {m.type or '?'} ({m.action or '?'}),"
                     f" {m.imposer or '?'} -> {targets}")
        if m.text:
            lines.append(f"Evidence: \u201c{' '.join(m.text.split())}\u201d")
    lines.append(f"Source: {' '.join(entry.article_title.split())}"
                 + (f" ({entry.article_source})" if entry.article_source else ""))
    if entry.article_url:
        lines.append(entry.article_url)
    lines.append(f"newsdesk article {entry.article_id}")
    return "\n".join(lines)


def _unique_uids(entries: list[DeadlineEntry]) -> list[str]:
    # Two deadlines with the same date and words in one article (rare) still get two events;
    # the second keeps its number as long as the article's deadlines keep their order.
    seen: dict[str, int] = {}
    uids = []
    for entry in sorted(entries, key=lambda e: (e.article_id, e.start)):
        uid = entry.uid
        seen[uid] = seen.get(uid, 0) + 1
        uids.append((entry, uid if seen[uid] == 1 else uid.replace("@", f"-{seen[uid]}@", 1)))
    by_entry = {id(e): uid for e, uid in uids}
    return [by_entry[id(e)] for e in entries]


def to_ical(entries: Iterable[DeadlineEntry], now: dt.datetime) -> bytes:
    """An iCalendar file with one all-day event per dated deadline (undated ones left out)."""
    import icalendar  # here: ~40 ms that listing deadlines does without

    dated = [e for e in entries if e.due is not None]
    stamp = now.astimezone(dt.UTC) if now.tzinfo else now.replace(tzinfo=dt.UTC)
    cal = icalendar.Calendar.new(prodid=PRODID, name=CALENDAR_NAME,
                                 uid=f"deadlines@{UID_DOMAIN}")
    for entry, uid in zip(dated, _unique_uids(dated), strict=True):
        assert entry.due is not None
        categories = ["newsdesk deadline"]
        if entry.measure is not None and entry.measure.type:
            categories.append(entry.measure.type)
        event = icalendar.Event.new(
            uid=uid, stamp=stamp, start=entry.due.day,
            end=entry.due.day + dt.timedelta(days=1),  # DTEND of an all-day event is exclusive
            summary=_summary(entry), description=_description(entry), categories=categories)
        if entry.article_url and entry.article_url.lower().startswith(("http://", "https://")):
            event.add("url", entry.article_url)
        event.add("transp", "TRANSPARENT")  # a deadline does not make the reader busy
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
