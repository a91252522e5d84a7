"""The due date of a deadline (GUIDELINES.md 5.3), from its time's TIMEX3 value.

The precision is the one the text supports: a span counted from the publication day keeps
its unit ("within four months" -> YYYY-MM, "within 90 days" -> the day, "within two years"
-> YYYY); a fixed boundary that is meant gives that day ("by the end of June", "from next
quarter"); otherwise the period's own precision ("by early 2027" -> YYYY, "in June" ->
YYYY-MM). Seasons have no calendar precision of their own and give their year.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta

from ..model import TimeExpr

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|W(?P<week>\d\d)|(?P<season>SP|SU|FA|WI)))?(?:T[\d:]+)?$")
_HOURS = re.compile(r"^PT(\d+(?:\.\d+)?)H$")
_DURATION = re.compile(r"^P(?P<count>\d+(?:\.\d+)?)(?P<unit>D|W|M|Y|DE|Q)$")
_END_WORDS = re.compile(r"\b(?:end|close|last\s+day|final\s+day)\s+of\b|\bend-"
                        r"|(?:year|month|quarter)(?:-|\s+|['’]s\s+)end\b", re.I)
_START_WORDS = re.compile(r"\b(?:start|beginning|first\s+day|outset)\s+of\b", re.I)
# Years whose boundaries differ by country or body: no day can be given for them.
_OWN_YEAR = re.compile(r"\b(?:fiscal|financial|tax|budget|budgetary|academic|school|marketing"
                       r"|crop|business)\s+year\b", re.I)
# A weekday, maybe after a clock time ("noon on Tuesday", "midnight Friday").
_WEEKDAY = re.compile(r"^(?:(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
                      r"(?:\s+(?:GMT|BST|CET|UTC|EST|EDT|ET))?)\s+(?:on\s+)?)?"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                      r"(?:\s+(?:morning|afternoon|evening|night))?$", re.I)
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?",
                         re.I)
_BACKWARD = re.compile(r"\b(?:last|ago|previous|earlier|yesterday|past|prior|before)\b", re.I)
# Prepositions that date the start of something: its first day is the boundary meant.
START_LEADS = frozenset({"from", "as of", "as from", "starting", "starting from", "starting on",
                         "starting in", "beginning", "beginning on", "beginning in",
                         "effective", "effective from", "with effect from"})


def due_date(timex: TimeExpr, prep: str, lead: str, forward: date | None,
             published: date | None) -> str | None:
    """The date a time dates after its preposition `prep` ("by", "from") and the words
    `lead` between the cue and the time ("by the end of "), or None.

    `forward` (the published date, or None) lets a yearless date or a bare weekday that
    the tagger read backwards count as the next one.

    None when the time has no calendar value, counts from an unknown day, or lies before
    `published` once a forward-looking reading is given its chance.
    """
    if timex.type == "DURATION":
        return _span_end(timex.value, published) if published else None
    match = _VALUE.match(timex.value)
    if match is None:
        return None
    value = _at_boundary(match, lead + timex.text, prep)
    if len(value) == 10 and _day(value) is None:
        value = value[:7]  # "February 29" in a year without one, "April 31": the month
    if forward is not None and value < forward.isoformat()[: len(value)]:
        value = _forward(value, timex.text, forward) or value
    if published is not None and value < published.isoformat()[: len(value)]:
        return None
    return value


def _day(value: str) -> date | None:
    """The calendar day a YYYY-MM-DD value names, or None when there is none."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _span_end(value: str, published: date) -> str | None:
    """"P90D" from 2025-03-13 -> "2025-06-11"; "P4M" -> "2025-07"; "P2Y" -> "2027"."""
    hours = _HOURS.match(value)
    if hours is not None:
        # "within 48 hours", "a 24-hour ultimatum": the day the last hour falls in
        try:
            return (published + timedelta(days=math.ceil(float(hours.group(1)) / 24))
                    ).isoformat()
        except OverflowError:
            return None
    match = _DURATION.match(value)
    if match is None:
        return None
    count, unit = float(match.group("count")), match.group("unit")
    if unit in ("D", "W"):
        days = count * (7 if unit == "W" else 1)
        try:
            return (published + timedelta(days=round(days))).isoformat()
        except OverflowError:  # past the year 9999: no calendar date to give
            return None
    months = count * {"M": 1, "Q": 3, "Y": 12, "DE": 120}[unit]
    year, month = _add_months(published.year, published.month, round(months))
    if year > 9999:
        return None
    if unit in ("Y", "DE") and months % 12 == 0:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}"


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    years, index = divmod(month - 1 + months, 12)
    return year + years, index + 1


def _at_boundary(match: re.Match[str], phrase: str, prep: str) -> str:
    """The value at the precision the words mean: a day for a meant boundary."""
    year = int(match.group("year"))
    first, last = _period(match, year)
    if match.group("day"):
        return f"{year:04d}-{match.group('month')}-{match.group('day')}"
    if first is None or last is None or _OWN_YEAR.search(phrase):
        return match.group(0)[:4] if first is None or not match.group("month") \
            else f"{year:04d}-{match.group('month')}"
        return f"{year:04d}"
    if _START_WORDS.search(phrase):
        return first.isoformat()
    if _END_WORDS.search(phrase):
        return last.isoformat()  # (also "from the end of June": that day, not the 1st)
    if prep in START_LEADS:
        return first.isoformat()
    if match.group("quarter") or match.group("half") or match.group("week"):
        return last.isoformat()
    if match.group("month"):
        return f"{year:04d}-{match.group('month')}"
    return f"{year:04d}"


def _period(match: re.Match[str], year: int) -> tuple[date | None, date | None]:
    """The first and last day of the period a value names (None, None for a season)."""
    if match.group("month"):
        month = int(match.group("month"))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if match.group("quarter") or match.group("half"):
        size = 3 if match.group("quarter") else 6
        index = int(match.group("quarter") or match.group("half")) - 1
        start, end = index * size + 1, index * size + size
        return date(year, start, 1), date(year, end, calendar.monthrange(year, end)[1])
    if match.group("week"):
        monday = date.fromisocalendar(year, min(int(match.group("week")), 52), 1)
        return monday, monday + timedelta(days=6)
    if match.group("season"):
        return None, None
    return date(year, 1, 1), date(year, 12, 31)


def _forward(value: str, text: str, published: date) -> str | None:
    """The next occurrence of a date the tagger read backwards, when the words allow it.

    A deadline looks ahead: "takes effect on Friday" is the coming Friday and "until 10
    November" with no year the next 10 November. Words that point back ("last Friday")
    keep the past reading.
    """
    if _BACKWARD.search(text) or re.search(r"\d{4}", text):
        return None
    day = _day(value) if len(value) == 10 else None
    if day is not None and _WEEKDAY.match(text.strip()):
        while day < published:
            day += timedelta(days=7)
        return day.isoformat()
    if len(value) >= 7 and _MONTH_NAME.search(text):
        if day is not None and (published - day).days <= _RECENT_DAYS:
            return None  # "required it to sell by January 19" in a story of January 20: past
        if int(value[:4]) >= 9999:
            return None  # no year after the calendar's last
        later = f"{int(value[:4]) + 1:04d}{value[4:]}"
        if len(later) == 10 and _day(later) is None:
            return later[:7]  # "until February 29": next year has none; its February
        return later
    if _PART_OF_A_YEAR.search(text) and int(value[:4]) < 9999:
        # "by the end of the first quarter" told in November: next year's
        return f"{int(value[:4]) + 1:04d}{value[4:]}"
    return None


_PART_OF_A_YEAR = re.compile(r"\b(?:quarter|half)\b", re.I)


# A day with no year this few days before publication is the recent past the story
# reports, not next year's.
_RECENT_DAYS = 45
