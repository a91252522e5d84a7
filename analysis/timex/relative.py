"""Rule handlers for expressions relative to the published date or to the text before.

"two weeks ago", "next month", "the end of the year", "yesterday", "that day", "the coming
years", "recently", "the weekend".
"""

from __future__ import annotations

import datetime as dt
import re

from . import resolve as cal
from .context import (
    YEARS_IN,
    Doc,
    Groups,
    Value,
    duration_value,
    ok_month_word,
    ok_weekday_word,
    shift_from,
    weekday_value,
    word_after,
    word_before,
)
from .lexicon import (
    DEICTIC_DAYS,
    MONTHS,
    PARTS_OF_DAY,
    REF_ADJECTIVES,
    REF_WORDS,
    SHIFTS,
    UNITS,
    WEEKDAYS,
    norm,
    parse_number,
)

# How far back (in characters) "that year" may refer to the last year named.
_YEAR_REFERENCE_REACH = 1500
# How far back "that day" or "the following month" may refer to the last day or month named.
_ANCHOR_REACH = 1000
# Counts beyond this ("a million years ago") leave the calendar: only the direction is said.
_MAX_COUNT = 10000
# How far back "a year earlier" may refer to the last quarter named.
_QUARTER_REFERENCE_REACH = 600


def ago(groups: Groups, doc: Doc) -> Value:
    """ "two weeks ago", "a year earlier", "three days later", "the year-ago"."""
    if groups["bare"]:
        return "DATE", "PAST_REF" if norm(groups.text).endswith(("ago", "earlier")) \
            else "FUTURE_REF"
    year_ago = groups["yago"]
    if year_ago:
        word = norm(year_ago)
        unit = {"y": "Y", "m": "M", "w": "W"}[word.replace("a-", "")[0]]
        return "DATE", (unit == "Y" and _year_ago_quarter(doc, -1)) or shift_from(doc, unit, -1)
    unit = UNITS[norm(groups.word("unit"))]
    if unit == "WE":
        return None
    direction = -1 if norm(groups.word("dir")) in ("ago", "earlier", "before", "back") else 1
    count = parse_number(groups.word("count"))
    if count is None or doc.dct is None or not 0 <= count < _MAX_COUNT:
        return "DATE", cal.shift_unanchored(direction)
    if unit == "Y" and count == 1:
        value = _year_ago_quarter(doc, direction)
        if value:
            return "DATE", value
    return "DATE", _ago_shift(doc, unit, count * direction)


def _ago_shift(doc: Doc, unit: str, count: float) -> str:
    """The period `count` units from the published one, at the grain the unit allows."""
    if unit in YEARS_IN:
        return shift_from(doc, "Y", round(count * YEARS_IN[unit]))
    if unit in ("H", "MIN", "S"):
        return shift_from(doc, "D", 0)
    if unit == "FN":
        return shift_from(doc, "W", round(count * 2))
    return shift_from(doc, unit, round(count))


def _year_ago_quarter(doc: Doc, direction: int) -> str | None:
    """ "a year earlier" after talk of a quarter means that quarter a year before."""
    last = doc.last_quarter
    if direction == -1 and last and doc.start - last[2] < _QUARTER_REFERENCE_REACH:
        return f"{last[0] - 1:04d}-Q{last[1]}"
    return None


def relative(groups: Groups, doc: Doc) -> Value:
    """ "next month", "last Tuesday", "this coming March", "the first half of next year"."""
    rel = norm(groups.word("rel"))
    written = groups.word("unit")
    word = norm(written)
    pos = norm(groups["pos"] or "")
    bare_rel = rel.replace("the ", "")
    anaphoric = bare_rel in ("that", "same") or rel in (
        "the following", "the previous", "the preceding", "the prior")
    if anaphoric and word in UNITS:
        return anaphor_value(rel, word, doc)
    shift = SHIFTS.get(rel, SHIFTS.get(bare_rel, 0))
    if word in WEEKDAYS:
        if not ok_weekday_word(written):
            return None
        day = doc.anchor_day(_ANCHOR_REACH) if anaphoric and shift else None
        beside = cal.weekday_beside(day, WEEKDAYS[word], shift) if day else None
        if beside is not None:  # "the previous Friday" after a day the text named
            return "DATE", cal.ymd(beside)
        if bare_rel == "this" and doc.dct is not None:
            # "will be lifted this Thursday": the Thursday of the week of publication (told
            # on a Sunday, of the week to come)
            days = WEEKDAYS[word] - doc.dct.isoweekday()
            return "DATE", cal.ymd(doc.dct + dt.timedelta(
                days=days + 7 if days < 0 and doc.dct.isoweekday() == 7 else days))
        return "DATE", weekday_value(doc, WEEKDAYS[word], rel if shift else None)
    if word in MONTHS:
        if not ok_month_word(written, False, doc, "rel"):
            return None
        return "DATE", _relative_month(MONTHS[word], shift, doc.dct)
    unit = UNITS[word]
    if unit in ("DE", "CE") and rel in ("the past", "the next", "the coming") \
            and not pos and not doc.after(4).startswith(" of"):
        return "DURATION", duration_value(1, unit)  # "over the past decade": ten years
    if "half" in pos and unit == "Y" and doc.dct:
        half = 1 if "first" in pos else 2
        return "DATE", f"{doc.dct.year + shift:04d}-H{half}"
    return "DATE", shift_from(doc, unit, shift)


def _relative_month(month: int, shift: int, dct: dt.date | None) -> str:
    """ "last March" is the latest March before this month, "next March" the first after."""
    if dct is None:
        return f"XXXX-{month:02d}"
    year = dct.year
    if shift < 0 and month >= dct.month:
        year -= 1
    elif shift > 0 and month <= dct.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def position_in_unit(groups: Groups, doc: Doc) -> Value:
    """ "the end of the year", "early this month", "year-end"."""
    year_end = groups["yearend"]
    if year_end:
        low = year_end.lower()
        return "DATE", shift_from(doc, "M" if "month" in low else "Q" if "quarter" in low
                                  else "Y", 0)
    word = norm(groups.word("unit"))
    if norm(groups["det"] or "") == "that":
        return anaphor_value("that", word, doc)  # "earlier that day"
    if word == "day":
        return None  # "at the end of the day" is an idiom more often than a date
    return "DATE", shift_from(doc, UNITS[word], 0)


def deictic_day(groups: Groups, doc: Doc) -> Value:
    """ "today", "yesterday", "the day after tomorrow", "tonight"."""
    word = norm(groups.word("word"))
    days = DEICTIC_DAYS[word]
    around = groups["around"]
    if around:
        days += -1 if around.lower() == "before" else 1
    if word == "tonight":
        return "TIME", (cal.ymd(doc.dct) if doc.dct else "XXXX-XX-XX") + "TNI"
    return "DATE", shift_from(doc, "D", days)


def anaphor(groups: Groups, doc: Doc) -> Value:
    """ "that day", "the following week", "the same year"."""
    return anaphor_value(norm(groups.word("det")), norm(groups.word("unit")), doc)


def anaphor_value(det: str, unit_word: str, doc: Doc) -> Value:
    """The period a determiner and a unit word (both in key form) point back to."""
    shift = 1 if ("following" in det or "next" in det) else -1 if (
        "previous" in det or "prior" in det or "preceding" in det) else 0
    if unit_word == "year":
        if doc.ref_year is not None and doc.start - doc.ref_at < _YEAR_REFERENCE_REACH:
            return "DATE", f"{doc.ref_year + shift:04d}"
        return "DATE", shift_from(doc, "Y", shift) if shift else "PAST_REF"
    anchored = _from_anchor(unit_word, shift, doc)
    if anchored is not None:
        return anchored
    if unit_word in PARTS_OF_DAY:
        return "TIME", "XXXX-XX-XXT" + PARTS_OF_DAY[unit_word]
    if doc.dct is None:
        return "DATE", cal.shift_unanchored(shift)
    return "DATE", cal.shift(doc.dct, UNITS[unit_word], shift) if shift else "PAST_REF"


def _from_anchor(unit_word: str, shift: int, doc: Doc) -> Value:
    """ "that day", "the next morning", "the following month" after a day or month the text
    named: that day or month, or the one after or before it; None without such an anchor."""
    if unit_word == "month":
        month = doc.anchor_month(_ANCHOR_REACH)
        if month is None:
            return None
        year, number = cal.add_months(month[0], month[1], shift)
        return "DATE", f"{year:04d}-{number:02d}"
    day = doc.anchor_day(_ANCHOR_REACH)
    unit = UNITS.get(unit_word)
    if day is None or (unit not in ("D", "W", "WE") and unit_word not in PARTS_OF_DAY):
        return None
    try:
        if unit_word in PARTS_OF_DAY:
            return "TIME", cal.ymd(day + dt.timedelta(days=shift)) + "T" + PARTS_OF_DAY[unit_word]
        return "DATE", cal.shift(day, unit or "D", shift)
    except OverflowError:
        return None  # the anchor is at the calendar's edge (year 1 or 9999)


def coming(groups: Groups, doc: Doc) -> Value:
    """ "the coming years", "the past few months"."""
    rel = norm(groups.word("rel"))
    if rel in ("recent", "past few", "last few", "past several", "last several"):
        return "DATE", "PAST_REF"
    if rel == "following":
        return None
    return "DATE", "FUTURE_REF"


def ref_word(groups: Groups, doc: Doc) -> Value:
    """ "now", "recently", "soon", "the current (year)"; not "as soon as"."""
    adjective = groups["adj"]
    if adjective:
        if not word_after(doc.text, doc.start + len(adjective))[:1].islower():
            return None
        key = norm(adjective)
        return "DATE", REF_WORDS.get(key) or REF_ADJECTIVES[key]
    written = groups.word("ref")
    word = norm(written)
    before = word_before(doc)
    if word == "soon" and before in ("as", "how", "too"):
        return None
    if word == "shortly" and word_after(doc.text, doc.start + len(written)).lower() in (
            "before", "after"):
        return None
    return "DATE", REF_WORDS[word]


def the_unit(groups: Groups, doc: Doc) -> Value:
    """ "the year", "this week", "the latest quarter's year", "the weekend"."""
    det = norm(groups.word("det"))
    word = norm(groups.word("unit"))
    adj = norm(groups["adj"] or "")
    if det == "that":
        return anaphor_value("that", word, doc)
    if word == "year" and re.match(r"\s+(?:ended|ending|to)\b", doc.after(10)):
        return "DURATION", "P1Y"  # "the year ended March 31": a fiscal year, a span
    if word == "weekend":
        return "DATE", _weekend(doc)
    shift = -1 if re.search(r"latest|previous|prior|past|last", adj) else \
        1 if re.search(r"coming|next", adj) else 0
    if shift == -1 and "latest" in adj and word == "year" and "fiscal" not in adj:
        shift = 0
    if det == "this" or adj or word in ("year", "week"):
        return "DATE", shift_from(doc, UNITS[word], shift)
    return None


def _weekend(doc: Doc) -> str:
    """The weekend just past in a past-tense clause, else the coming (or current) one."""
    if doc.dct is None:
        return "XXXX-WXX-WE"
    weekday = doc.dct.isoweekday()
    if weekday >= 6:
        return cal.iso_week(doc.dct) + "-WE"
    if doc.tense == cal.FUTURE:
        return cal.iso_week(doc.dct) + "-WE"
    return cal.iso_week(doc.dct - dt.timedelta(days=weekday)) + "-WE"
