"""Calendar arithmetic for the temporal tagger: TIMEX3 values from an anchor date and a tense."""

from __future__ import annotations

import datetime as dt

# Re-exported: handlers read the tense constants from here with the calendar.
from .tense import FUTURE as FUTURE
from .tense import PAST as PAST
from .tense import PRESENT as PRESENT

SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
_WEEKDAY_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}


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


def weekday_beside(day: dt.date, weekday: int, direction: int) -> dt.date | None:
    """The nearest `weekday` strictly after `day` (direction 1) or before it (-1); None at
    the calendar's edge."""
    try:
        if direction > 0:
            return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
        return day - dt.timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
    except OverflowError:
        return None


def year_for_month(dct: dt.date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) named without one, seen from `dct` in the given tense.

    With a day, past tense takes the latest such date not after `dct`, future the earliest
    not before it, and otherwise the nearest one ("New Year's Day" in late December is the
    coming one). A date in the published month is this year's whatever the tense: a past
    verb beside it mostly reports what is due ("said it would pay on Oct. 31"). A month
    alone is compared month to month, its own month counting as both.
    """
    candidates = _years_around(dct)
    if day is not None:
        dates = {year: _safe_date(year, month, day) for year in candidates}
        return _nearest_in_direction(dates, dct, tense)
    here = dct.year * 12 + dct.month - 1
    if tense == PAST:
        return max((year for year in candidates if year * 12 + month - 1 <= here),
                   default=dct.year)
    if tense == FUTURE:
        return min((year for year in candidates if year * 12 + month - 1 >= here),
                   default=dct.year)
    return min(candidates, key=lambda year: abs(year * 12 + month - 1 - here))


def _years_around(dct: dt.date) -> list[int]:
    """The published year and its neighbours, within the years a date can have."""
    return [year for year in (dct.year - 1, dct.year, dct.year + 1)
            if dt.MINYEAR <= year <= dt.MAXYEAR]


def _nearest_in_direction(dates: dict[int, dt.date], dct: dt.date, tense: str | None) -> int:
    """The year whose date is nearest `dct` on the tense's side; a date in the published
    month is this year's either way."""
    if tense == PAST:
        return max((year for year, date in dates.items()
                    if date <= dct or _same_month(date, dct)), default=dct.year)
    if tense == FUTURE:
        return min((year for year, date in dates.items()
                    if date >= dct or _same_month(date, dct)), default=dct.year)
    return min(dates, key=lambda year: abs((dates[year] - dct).days))


def _same_month(date: dt.date, dct: dt.date) -> bool:
    return (date.year, date.month) == (dct.year, dct.month)


def _safe_date(year: int, month: int, day: int) -> dt.date:
    """The date, or the month's last day for a day it lacks ("February 29" in 2025)."""
    for last in (day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day, last))
        except ValueError:
            continue
    return dt.date(year, month, 28)


def year_for_quarter(dct: dt.date, quarter: int, tense: str | None) -> int:
    """A quarter named without a year: this year's, unless it is over by the tense or far off.

    News reports quarters just ended as well as ones to come, so the future tense does not
    push an earlier quarter into next year ("expects to report a third-quarter loss"); a
    quarter two or more ahead of the current one, said in no future tense, is last year's
    ("the fourth quarter" in a January report).
    """
    ahead = quarter - quarter_of(dct)
    if ahead > 0 and (tense == PAST or (ahead >= 2 and tense != FUTURE)):
        return dct.year - 1
    return dct.year


def season_index(day: dt.date) -> int:
    """The season holding `day`, as SEASON_ORDER counts (December is winter)."""
    return (day.month % 12) // 3


def year_for_season(dct: dt.date, season: str, tense: str | None) -> int:
    """The year of a season named without one, seen from `dct` in the given tense."""
    here = season_index(dct)
    there = SEASON_ORDER[season]
    if dct.month == 12 and there != here:
        # December opens a winter that runs into the next year: the spring, summer and
        # autumn to come are next year's, those gone this year's
        here = len(SEASON_ORDER)
    if tense == PAST and there > here:
        return dct.year - 1
    if tense == FUTURE and there < here:
        return dct.year + 1
    return dct.year


def holiday_in(year: int, code: str) -> dt.date:
    """The day of a holiday in `year`: code "12-25", "11-TH4" (fourth Thursday), or "EA+1"
    (days from Easter Sunday: Easter Monday)."""
    if code.startswith("EA"):
        return easter(year) + dt.timedelta(days=int(code[2:]))
    month = int(code[:2])
    if code[3:].isdigit():
        return dt.date(year, month, int(code[3:]))
    return holiday_date(year, month, code[3:])


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skip, leap_rest = divmod(century, 4)
    moon_skip = (century + 8) // 25
    correction = (century - moon_skip + 1) // 3
    epact = (19 * golden + century - leap_skip - correction + 15) % 30
    quarter, rest_of_century = divmod(rest, 4)
    weekday = (32 + 2 * leap_rest + 2 * quarter - epact - rest_of_century) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def nearest_holiday(dct: dt.date, code: str, tense: str | None) -> dt.date:
    """A holiday named without a year: the nearest one in the direction of the tense."""
    days = {year: holiday_in(year, code) for year in _years_around(dct)}
    return days[_nearest_in_direction(days, dct, tense)]


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
