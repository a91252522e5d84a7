"""Calendar arithmetic and tense for the temporal tagger: TIMEX3 values from an anchor date."""

from __future__ import annotations

import datetime as dt
import re

PAST, PRESENT, FUTURE = "past", "present", "future"

# Markers of a clause's tense, nearest one to the expression wins. Future first: "is expected
# to", "plans to" and "will" look forward even inside a past-tense report.
_TENSE = re.compile(
    r"\b(?:(?P<fut>will|shall|won't|wo\s+n't|going\s+to|(?:is|are|be|was|were)\s+(?:due|set|"
    r"scheduled|expected|slated|poised|likely|about)\s+to|plans?\s+to|intends?\s+to|aims?\s+to|"
    r"hopes?\s+to|upcoming|would)"
    r"|(?P<past>was|were|had|did|said|told|ago|went|came|took|gave|made|rose|fell|met|held|"
    r"saw|sold|bought|began|left|won|lost|paid|became|brought|fought|grew|led|kept|spent|"
    r"sent|struck|thought|felt|found|got|knew|built|ran|set\s+off|wrote|spoke|chose|broke|"
    r"[a-z]+[^e\W]ed|[a-z]+ied)"
    r"|(?P<pres>is|are|says|has|have|am|does|do))\b|(?P<fut2>'ll)\b",
    re.IGNORECASE,
)


def tense_at(sentence: str, offset: int) -> str | None:
    """The tense of the clause around `offset` in `sentence`: PAST, PRESENT, FUTURE or None."""
    best: tuple[int, str] | None = None
    for m in _TENSE.finditer(sentence):
        kind = m.lastgroup
        dist = m.start() - offset if m.start() >= offset else offset - m.end()
        # A marker after the expression counts a little less than one before it.
        if m.start() >= offset:
            dist += 8
        if best is None or dist < best[0]:
            tense = FUTURE if kind in ("fut", "fut2") else PAST if kind == "past" else PRESENT
            best = (dist, tense)
    return None if best is None else best[1]


def ymd(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def shift(dct: dt.date, unit: str, n: int) -> str:
    """The calendar period `n` units from the one holding `dct`, at the unit's granularity."""
    if unit == "D":
        return ymd(dct + dt.timedelta(days=n))
    if unit in ("W", "FN"):
        return iso_week(dct + dt.timedelta(weeks=n * (2 if unit == "FN" else 1)))
    if unit == "WE":
        return iso_week(dct + dt.timedelta(weeks=n)) + "-WE"
    if unit == "M":
        y, m = add_months(dct.year, dct.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        idx = dct.year * 4 + quarter_of(dct) - 1 + n
        return f"{idx // 4:04d}-Q{idx % 4 + 1}"
    if unit == "Y":
        return f"{dct.year + n:04d}"
    if unit == "DE":
        return f"{dct.year // 10 + n:03d}"
    if unit == "CE":
        return f"{dct.year // 100 + n:02d}"
    if unit == "ML":
        return f"{dct.year // 1000 + n}"
    if unit == "H":
        return ymd(dct)
    return ymd(dct)


def shift_unanchored(n: int) -> str:
    """Without an anchor date, the direction is all that can be said."""
    return "PRESENT_REF" if n == 0 else "PAST_REF" if n < 0 else "FUTURE_REF"


def weekday_date(dct: dt.date, weekday: int, tense: str | None) -> dt.date:
    """The date of `weekday` (1 = Monday) nearest `dct` in the direction of the tense.

    The article's own weekday is the article's date; past tense looks back up to six days,
    future tense forward; without a tense the past is the better bet in news.
    """
    diff = weekday - dct.isoweekday()
    if diff == 0:
        return dct
    if tense == FUTURE:
        return dct + dt.timedelta(days=diff % 7)
    return dct - dt.timedelta(days=(-diff) % 7)


def year_for_month(dct: dt.date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) named without one, seen from `dct` in the given tense."""
    here = (dct.month, dct.day)
    there = (month, day if day is not None else (dct.day if month == dct.month else 15))
    if tense == PAST and there > here:
        # Within the article's own month a named day ahead is still this month ("on May 30").
        if month == dct.month and day is not None:
            return dct.year
        return dct.year - 1
    if tense == FUTURE and there < here:
        if month == dct.month and day is None:
            return dct.year
        return dct.year + 1
    if tense is None and month - dct.month > 6:
        return dct.year - 1
    if tense is None and dct.month - month > 6 and day is None:
        return dct.year
    return dct.year


def year_for_quarter(dct: dt.date, quarter: int, tense: str | None) -> int:
    here = quarter_of(dct)
    if tense == PAST and quarter > here:
        return dct.year - 1
    if tense == FUTURE and quarter < here:
        return dct.year + 1
    return dct.year


def year_for_season(dct: dt.date, season: str, tense: str | None) -> int:
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    here = (dct.month % 12) // 3
    there = order[season]
    if tense == PAST and there > here:
        return dct.year - 1
    if tense == FUTURE and there < here:
        return dct.year + 1
    return dct.year


def half_value(year: int, half: int) -> str:
    return f"{year:04d}-H{half}"
