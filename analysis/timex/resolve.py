"""Calendar arithmetic and tense for the temporal tagger: TIMEX3 values from an anchor date."""

from __future__ import annotations

import datetime as dt
import re

PAST, PRESENT, FUTURE = "past", "present", "future"
SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
_WEEKDAY_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}

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
    for marker in _TENSE.finditer(sentence):
        kind = marker.lastgroup
        if marker.start() >= offset:
            # A marker after the expression counts a little less than one before it.
            distance = marker.start() - offset + 8
        else:
            distance = offset - marker.end()
        if best is None or distance < best[0]:
            tense = FUTURE if kind in ("fut", "fut2") else PAST if kind in ("past", "past2") \
                else PRESENT
            best = (distance, tense)
    if best is None:
        return None
    return None if endpoint and best[1] == PAST else best[1]


def ymd(day: dt.date) -> str:
    """The TIMEX3 value of a day: "2025-09-14"."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def iso_week(day: dt.date) -> str:
    """The TIMEX3 value of the ISO week holding `day`: "2025-W37"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    """1 to 4."""
    return (day.month - 1) // 3 + 1


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    """(year, month) `count` months after the given one."""
    months = year * 12 + (month - 1) + count
    return months // 12, months % 12 + 1


def shift(dct: dt.date, unit: str, count: int) -> str:
    """The calendar period `count` units from the one holding `dct`, at the unit's grain."""
    if unit == "D":
        return ymd(dct + dt.timedelta(days=count))
    if unit in ("W", "FN"):
        return iso_week(dct + dt.timedelta(weeks=count * (2 if unit == "FN" else 1)))
    if unit == "WE":
        return iso_week(dct + dt.timedelta(weeks=count)) + "-WE"
    if unit == "M":
        year, month = add_months(dct.year, dct.month, count)
        return f"{year:04d}-{month:02d}"
    if unit == "Q":
        quarters = dct.year * 4 + quarter_of(dct) - 1 + count
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    if unit == "Y":
        return f"{dct.year + count:04d}"
    if unit == "DE":
        return f"{dct.year // 10 + count:03d}"
    if unit == "CE":
        return f"{dct.year // 100 + count:02d}"
    if unit == "ML":
        return f"{dct.year // 1000 + count}"
    # Hours, minutes and seconds away are still the same day at this grain.
    return ymd(dct)


def shift_unanchored(count: int) -> str:
    """Without an anchor date, the direction is all that can be said."""
    return "PRESENT_REF" if count == 0 else "PAST_REF" if count < 0 else "FUTURE_REF"


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
        return max(year for year in candidates if year * 12 + month - 1 <= here)
    if tense == FUTURE:
        return min(year for year in candidates if year * 12 + month - 1 >= here)
    return min(candidates, key=lambda year: abs(year * 12 + month - 1 - here))


def year_for_quarter(dct: dt.date, quarter: int, tense: str | None) -> int:
    """A quarter named without a year is this year's, unless a past verb says it is over.

    News reports quarters just ended as well as ones to come, so the future tense does not
    push an earlier quarter into next year ("expects to report a third-quarter loss").
    """
    if tense == PAST and quarter > quarter_of(dct):
        return dct.year - 1
    return dct.year


def season_index(day: dt.date) -> int:
    """The season holding `day`, as SEASON_ORDER counts (December is winter)."""
    return (day.month % 12) // 3


def year_for_season(dct: dt.date, season: str, tense: str | None) -> int:
    """The year of a season named without one, seen from `dct` in the given tense."""
    here = season_index(dct)
    there = SEASON_ORDER[season]
    if tense == PAST and there > here:
        return dct.year - 1
    if tense == FUTURE and there < here:
        return dct.year + 1
    return dct.year


def holiday_date(year: int, month: int, rule: str) -> dt.date:
    """A holiday kept on a weekday: "TH4" the fourth Thursday, "MOL" the last Monday."""
    weekday = _WEEKDAY_CODES[rule[:2]]
    first = dt.date(year, month, 1)
    if rule[2] == "L":
        next_month = dt.date(year + (month == 12), month % 12 + 1, 1)
        last = next_month - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (int(rule[2]) - 1))
