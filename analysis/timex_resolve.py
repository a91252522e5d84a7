"""Calendar arithmetic and tense for the temporal tagger: TIMEX3 values from an anchor date."""

from __future__ import annotations

import datetime as dt
import re

PAST, PRESENT, FUTURE = "past", "present", "future"

# Markers of a clause's tense; the one nearest the expression wins. "is expected to", "plans
# to", "payable" and "until" look forward even inside a past-tense report; "is scheduled" is a
# passive present, not a past.
_TENSE = re.compile(
    r"\b(?:(?P<past2>had\s+been\s+(?:set|due|scheduled|expected|slated)\s+to)"
    r"|(?P<fut>will|shall|won't|wo\s+n't|would|going\s+to|"
    r"(?:(?:is|are|was|were|be|been)\s+)?(?:set|due|scheduled|expected|slated|poised|likely|"
    r"about|plans?|planning|intends?|aims?|hopes?|wants?|seeks?|promised|vowed|threatened|"
    r"agreed|ready)\s+to|upcoming|payable|effective|expires?|deadline)"
    r"|(?P<pres>(?:is|are|be|been|being|'s|'re)\s+(?:\w+ed|\w+ing)|is|are|says|has|have|am|"
    r"does|do|now|today|currently)"
    r"|(?P<past>was|were|had|did|said|told|went|came|took|gave|made|rose|"
    r"fell|met|held|saw|sold|bought|began|left|won|lost|paid|became|brought|fought|grew|led|"
    r"kept|spent|sent|struck|thought|felt|found|got|knew|built|ran|wrote|spoke|chose|broke|"
    r"[a-z]+[^e\W]ed|[a-z]+ied))\b|(?P<fut2>'ll)\b",
)
# A date after one of these is an end point or deadline ("extended to Nov. 16", "by May"),
# which a past-tense verb does not push into the past.
_ENDPOINT = re.compile(
    r"\b(?:to|until|till|through|by|before|effective|from)\s+(?:(?:at\s+least|as\s+late\s+as|"
    r"as\s+early\s+as|no\s+later\s+than|about|around)\s+)?$")


def tense_at(sentence: str, offset: int) -> str | None:
    """The tense of the clause around `offset` in lower-case `sentence`: PAST, PRESENT, FUTURE."""
    best: tuple[int, str] | None = None
    endpoint = _ENDPOINT.search(sentence, max(0, offset - 30), offset) is not None
    for m in _TENSE.finditer(sentence):
        kind = m.lastgroup
        dist = m.start() - offset if m.start() >= offset else offset - m.end()
        # A marker after the expression counts a little less than one before it.
        if m.start() >= offset:
            dist += 8
        if best is None or dist < best[0]:
            tense = FUTURE if kind in ("fut", "fut2") else PAST if kind in ("past", "past2") \
                else PRESENT
            best = (dist, tense)
    if best is None:
        return None
    return None if endpoint and best[1] == PAST else best[1]


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
    """The year of a month (and day) named without one, seen from `dct` in the given tense.

    Past tense takes the latest such date not after the article's month, future the earliest
    not before it; otherwise the nearest one.
    """
    here = dct.year * 12 + dct.month - 1
    candidates = [dct.year - 1, dct.year, dct.year + 1]
    if tense == PAST:
        ok = [y for y in candidates if y * 12 + month - 1 <= here]
        return max(ok)
    if tense == FUTURE:
        ok = [y for y in candidates if y * 12 + month - 1 >= here]
        return min(ok)
    return min(candidates, key=lambda y: abs(y * 12 + month - 1 - here))


def year_for_quarter(dct: dt.date, quarter: int, tense: str | None) -> int:
    """A quarter named without a year is this year's, unless a past verb says it is over.

    News reports quarters just ended as well as ones to come, so the future tense does not
    push an earlier quarter into next year ("expects to report a third-quarter loss").
    """
    if tense == PAST and quarter > quarter_of(dct):
        return dct.year - 1
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
