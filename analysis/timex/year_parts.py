"""Rule handlers for the parts of a year: quarters, halves and seasons.

A quarter named without a number ("the quarter", "the year-ago period") is the one the
article spoke of last, or else the current one or the one just ended, as the tense says;
"the third quarter" becomes that reference for what follows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import resolve as cal
from .context import (
    MONTH_PREPS,
    QUARTER_ORD,
    Doc,
    Groups,
    Value,
    shift_from,
    word_before,
    year_from,
)
from .lexicon import SEASONS, SHIFTS, norm
from .patterns import MONTH

# A month right after a half: "the second half of March" is no half-year.
_OF_A_MONTH = re.compile(rf"\s+of\s+{MONTH}", re.I)
_SHARE_OF = re.compile(r"\s+of\s+(?:the|a|an|its|their|all|his|her|our|\d)")
_PERIOD_DETERMINERS = ("the", "this", "that", "its", "their", "last", "next")
# How far back (in characters) "the quarter" may refer to the last quarter named.
_QUARTER_REFERENCE_REACH = 3000


@dataclass(slots=True, frozen=True)
class _PeriodPhrase:
    """The words of "its fiscal third quarter of 2004", in key form ("" where absent)."""

    unit: str  # "quarter", "half" or "period"
    det: str
    adj: str
    ordinal: str
    year_words: str | None  # "2004", "this year", as written
    ago: bool  # "the year-ago quarter": the same quarter a year before

    @classmethod
    def read(cls, groups: Groups) -> _PeriodPhrase:
        adj = norm(groups["adj"] or "")
        return cls(unit=groups.word("unit").lower(), det=norm(groups["det"] or ""), adj=adj,
                   ordinal=norm(groups["ord"] or ""),
                   year_words=groups["y1"] or groups["y2"] or groups["y3"],
                   ago="year-ago" in adj or "year-earlier" in adj or "year ago" in adj)


def quarter_or_half(groups: Groups, doc: Doc) -> Value:
    """ "the third quarter of 2004", "Q3", "the first half", "the year-ago period"."""
    short = groups["q"]
    if short:
        return _short_quarter(short, groups["y4"], doc)
    phrase = _PeriodPhrase.read(groups)
    if _SHARE_OF.match(doc.after(12).lower()) and not phrase.ordinal:
        return None  # "a quarter of the vote", "half of its staff"
    if phrase.unit == "half" and _OF_A_MONTH.match(doc.after(12)):
        return None  # "the second half of March": the month's, told by the month's rule
    if phrase.unit == "half":
        return _half_year(phrase, _stated_year(phrase, groups["relyear"], doc), doc)
    if phrase.det in ("each", "every") and phrase.unit == "quarter":
        return "SET", "P1Q"
    if not _names_a_period(phrase):
        return None
    return _quarter_value(phrase, _stated_year(phrase, groups["relyear"], doc), doc)


def _short_quarter(written: str, year_written: str | None, doc: Doc) -> Value:
    """ "Q3 2004", "3Q"."""
    number = int(written.strip("Qq")) if written[0] in "Qq" else int(written[0])
    year = year_from(year_written, doc)
    if year is None:
        year = cal.year_for_quarter(doc.dct, number, doc.tense) if doc.dct else None
    return "DATE", f"{year:04d}-Q{number}" if year else f"XXXX-Q{number}"


def _half_year(phrase: _PeriodPhrase, year: int | None, doc: Doc) -> Value:
    """ "the first half of 2004", "the second half of next year", "the second half" (of the
    published year)."""
    if phrase.ordinal not in ("first", "second", "1st", "2nd", "last"):
        return None
    half = 1 if phrase.ordinal in ("first", "1st") else 2
    if year is None:
        if doc.dct is None:
            return "DATE", f"XXXX-H{half}"
        year = doc.dct.year
    return "DATE", f"{year:04d}-H{half}"


def _names_a_period(phrase: _PeriodPhrase) -> bool:
    """Whether "quarter" or "period" is a time here, not "a quarter" of something."""
    if phrase.unit == "period":
        return bool(phrase.ago or phrase.year_words
                    or re.search(r"\d{4}|latest|comparable|corresponding", phrase.adj))
    return bool(phrase.ordinal) or phrase.det in _PERIOD_DETERMINERS or bool(phrase.adj)


def _stated_year(phrase: _PeriodPhrase, rel_year_words: str | None, doc: Doc) -> int | None:
    """The year the phrase itself gives: "of 2004", "last year's", "fiscal 2004"."""
    year_words = phrase.year_words
    if year_words:
        said = norm(year_words)
        if said in ("this year", "the year"):
            return doc.dct.year if doc.dct else None
        if said in ("last year", "next year"):
            return doc.dct.year + (1 if said.startswith("next") else -1) if doc.dct else None
        return year_from(year_words, doc)
    rel_year = norm(rel_year_words or "")
    if rel_year and doc.dct:
        return doc.dct.year + SHIFTS.get(rel_year, 0)
    digits = re.search(r"\d{4}", phrase.adj)
    return int(digits.group()) if digits else None


def _quarter_value(phrase: _PeriodPhrase, year: int | None, doc: Doc) -> Value:
    """Which quarter of which year the phrase means, once its own words are read."""
    number = QUARTER_ORD.get(phrase.ordinal)
    recent = doc.last_quarter if doc.last_quarter \
        and doc.start - doc.last_quarter[2] < _QUARTER_REFERENCE_REACH else None
    if number is None:
        if "latest" in phrase.adj and doc.dct and not phrase.year_words:
            return "DATE", shift_from(doc, "Q", -1)
        if phrase.det in ("last", "next") and not phrase.adj and doc.dct:
            return "DATE", shift_from(doc, "Q", -1 if phrase.det == "last" else 1)
        unnumbered = _unnumbered_quarter(phrase, year, recent, doc)
        if unnumbered is None:
            return "DATE", "XXXX-QX"
        number, year = unnumbered
    if year is None:
        if recent and recent[1] == number and _current_year(recent[0], doc):
            year = recent[0]
        elif doc.dct:
            year = cal.year_for_quarter(doc.dct, number, doc.tense)
    if year is not None and phrase.ago and not phrase.year_words:
        year -= 1
    if year is None:
        return "DATE", f"XXXX-Q{number}"
    if not phrase.ago and phrase.ordinal:
        doc.last_quarter = (year, number, doc.start)
    return "DATE", f"{year:04d}-Q{number}"


def _unnumbered_quarter(phrase: _PeriodPhrase, year: int | None,
                        recent: tuple[int, int, int] | None,
                        doc: Doc) -> tuple[int, int | None] | None:
    """(quarter, year) of "the quarter": the one named last, else the current one or, in a
    past-tense clause, the one just ended; None without either."""
    if recent and (year is not None or _current_year(recent[0], doc)):
        return recent[1], recent[0] if year is None else year
    if doc.dct:
        current = cal.quarter_of(doc.dct)
        back = doc.tense == cal.PAST or "latest" in phrase.adj or phrase.ago
        number = current - 1 if back and current > 1 else (4 if back else current)
        if year is None:
            year = doc.dct.year - (1 if back and current == 1 else 0)
        return number, year
    return None


def _current_year(year: int, doc: Doc) -> bool:
    """Whether a quarter named earlier in `year` may lend it to one named without a year:
    "the third quarter of 1984" says nothing of the year of a later "third-quarter
    results", nor does a forecast for next year of a past-tense report."""
    if doc.dct is None:
        return True
    if year == doc.dct.year + 1:
        return doc.tense == cal.FUTURE
    return doc.dct.year - 1 <= year <= doc.dct.year


def season(groups: Groups, doc: Doc) -> Value:
    """ "last summer", "the spring of 1998", "in winter"; not "a fall in prices"."""
    written = groups.word("season")
    code = SEASONS[norm(written)]
    rel = norm(groups["rel"] or "")
    year = year_from(groups["year"], doc)
    if not (rel or year or groups["the"] or groups["pos"]) \
            and word_before(doc) not in MONTH_PREPS:
        return None
    if code == "FA" and not (rel or year) and norm(written) == "fall" and not (
            groups["the"] and word_before(doc) in ("in", "during", "by", "until", "since")):
        return None  # "a fall in prices"
    if year is None:
        if doc.dct is None:
            return "DATE", f"XXXX-{code}"
        year = _season_year(code, rel, doc.dct, doc)
    return "DATE", f"{year:04d}-{code}"


def _season_year(code: str, rel: str, dct: dt.date, doc: Doc) -> int:
    """The year of a season named without one ("last summer", "this winter")."""
    shift = SHIFTS.get(rel, 0) if rel else 0
    if rel == "this":
        return dct.year
    tense = cal.PAST if shift < 0 else cal.FUTURE if shift > 0 else doc.tense
    year = cal.year_for_season(dct, code, tense)
    if shift < 0 and cal.SEASON_ORDER[code] == cal.season_index(dct):
        year -= 1  # "last winter" said in winter is the one before this one
    elif shift > 0 and rel == "next" and cal.SEASON_ORDER[code] == cal.season_index(dct):
        year += 1  # "next fall" said in the fall is the one after this one
    return year
