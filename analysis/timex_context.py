"""What the temporal tagger knows while it reads one article, and the helpers its rules share."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from . import timex_resolve as cal
from .model import Sentence
from .timex_lexicon import (
    AMBIGUOUS_MONTHS,
    LEX,
    MONTHS,
    ORDINALS,
    SHIFTS,
    norm,
    spelled_year,
)

Value = tuple[str, str] | None  # (TIMEX3 type, value), or None to reject the match

NAME_HEADS = frozenset(LEX["weekday_name_heads"])
COUNT_NOUNS = frozenset(LEX["year_count_nouns"])
COUNT_BEFORE = frozenset(LEX["year_count_before"])
MONTH_PREPS = frozenset(LEX["month_prepositions"])
_WORD_BEFORE = re.compile(r"([\w.$£€#]+)\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}?\s*([\w%]+)")
DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$|^\d{4}-W\d\d-\d$|^XXXX-WXX-\d$")
QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                "fourth": 4, "4th": 4, "final": 4}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@dataclass(slots=True)
class Doc:
    """What the tagger knows while it reads one article from start to end."""

    text: str
    dct: dt.date | None
    sentence_starts: list[int]
    sentences: list[Sentence]
    lowered: str = ""
    start: int = 0
    _tense: tuple[int, str | None] | None = None
    last_quarter: tuple[int, int, int] | None = None  # (year, quarter, offset)
    ref_year: int | None = None  # the last year named outright, for "that year"
    ref_at: int = 0
    ref_day: dt.date | None = None
    mentions: list[int] = field(default_factory=list)

    @property
    def tense(self) -> str | None:
        """The tense of the clause around the current match, worked out when first asked."""
        if self._tense is None or self._tense[0] != self.start:
            self._tense = (self.start, self._find_tense())
        return self._tense[1]

    def _find_tense(self) -> str | None:
        i = bisect.bisect_right(self.sentence_starts, self.start) - 1
        if i < 0 or self.start >= self.sentences[i].end:
            return None
        s = self.sentences[i]
        return cal.tense_at(self.lowered[s.start:s.end], self.start - s.start)

    def before(self, n: int = 40) -> str:
        return self.text[max(0, self.start - n):self.start]


def word_before(doc: Doc) -> str:
    m = _WORD_BEFORE.search(doc.before())
    return m.group(1).lower() if m else ""


def word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end:end + 30])
    return m.group(1) if m else ""


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: `n` units (None for an unspecified count)."""
    if unit in ("DE", "CE", "ML"):
        mult = {"DE": 10, "CE": 100, "ML": 1000}[unit]
        return "PXY" if n is None else f"P{fmt_num(n * mult)}Y"
    if unit == "FN":
        return "PXW" if n is None else f"P{fmt_num(n * 2)}W"
    if unit == "WE":
        return "PXWE" if n is None else f"P{fmt_num(n)}WE"
    count = "X" if n is None else fmt_num(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    return f"P{count}{unit}"


def month_num(word: str) -> int:
    return MONTHS[norm(word)]


def ok_month_word(word: str, standalone: bool, doc: Doc, pos: str | None) -> bool:
    """Month names must be capitalized; "May" and "March" alone need a preposition before."""
    if not word[:1].isupper():
        return False
    key = norm(word)
    if key in AMBIGUOUS_MONTHS:
        if len(key) == 3 and not word.endswith(".") and key not in ("may",):
            return False
        if standalone and not pos and word_before(doc) not in MONTH_PREPS:
            return False
    return True


def year_from(word: str | None, doc: Doc) -> int | None:
    if not word:
        return None
    w = word.strip()
    if w[:1] in "'’":
        yy = int(w[1:3])
        century = 2000 if doc.dct and 2000 + yy <= doc.dct.year + 10 else 1900
        return century + yy
    if w[:1].isdigit():
        return int(w[:4])
    return spelled_year(w)


def day_from(word: str) -> int | None:
    w = norm(word)
    if w in ORDINALS:
        return ORDINALS[w]
    digits = re.match(r"\d+", w)
    return int(digits.group()) if digits else None


def date_value(doc: Doc, year: int | None, month: int, day: int | None) -> str:
    """YYYY-MM(-DD), the year found from the published date and tense when not given."""
    if year is None:
        if doc.dct is None:
            return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        year = cal.year_for_month(doc.dct, month, day, doc.tense)
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def weekday_value(doc: Doc, wd: int, rel: str | None = None) -> str:
    if doc.dct is None:
        return f"XXXX-WXX-{wd}"
    if rel:
        shift = SHIFTS.get(norm(rel), 0)
        if shift < 0:
            delta = (doc.dct.isoweekday() - wd) % 7 or 7
            return cal.ymd(doc.dct - dt.timedelta(days=delta))
        if shift > 0:
            delta = (wd - doc.dct.isoweekday()) % 7 or 7
            return cal.ymd(doc.dct + dt.timedelta(days=delta))
    return cal.ymd(cal.weekday_date(doc.dct, wd, doc.tense))


def shift_from(doc: Doc, unit: str, n: int) -> str:
    if doc.dct is None:
        return cal.shift_unanchored(n)
    return cal.shift(doc.dct, unit, n)
