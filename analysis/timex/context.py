"""What the temporal tagger knows while it reads one article, and the helpers its rules share."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from ..model import Sentence
from . import resolve as cal
from .lexicon import (
    AMBIGUOUS_MONTHS,
    LEX,
    MONTHS,
    ORDINALS,
    SHIFTS,
    WEEKDAY_ABBREV,
    norm,
    spelled_year,
)
from .tense import TENSE_REACH, tense_at

Value = tuple[str, str] | None  # (TIMEX3 type, value), or None to reject the match

NAME_HEADS = frozenset(LEX["weekday_name_heads"])
COUNT_NOUNS = frozenset(LEX["year_count_nouns"])
COUNT_BEFORE = frozenset(LEX["year_count_before"])
MONTH_PREPS = frozenset(LEX["month_prepositions"])
# (Tried only where such a word starts, and never given back: the same match as
# r"([\w.$£€#]+)\W*$", in a third of the time, for that backtracked through every word.)
_WORD_BEFORE = re.compile(r"(?<![\w.$£€#])([\w.$£€#]++)\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}?\s*([\w%]+)")
_DAY_OR_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>\d\d))?(?:T|$)")
DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$|^\d{4}-W\d\d-\d$|^XXXX-WXX-\d$")
QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
               "fourth": 4, "4th": 4, "final": 4}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
# A fraction of these units is written in the next smaller one: (unit, how many make one).
_SPLIT_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
                "H": ("MIN", 60), "MIN": ("S", 60)}
# Units counted in years: a decade, a century, a millennium.
YEARS_IN = {"DE": 10, "CE": 100, "ML": 1000}


class Groups:
    """The named groups of one rule's match, in the article's own letters.

    A handler reads the original letters, not the lower-cased ones the scanner ran over:
    capitals tell "May" the month from "may". A group that did not take part is None; one
    that matched nothing (a look-behind alone) is "". Each group is cut from the text when
    a handler asks for it: a handler reads a few of its rule's groups, of a dozen or more.
    """

    __slots__ = ("_match", "_source", "text")

    def __init__(self, match: re.Match[str], source: str) -> None:
        self._match = match  # over the lower-cased text, whose offsets are the source's
        self._source = source
        self.text = source[match.start():match.end()]  # the whole match

    def _value(self, name: str) -> str | None:
        if name not in self._match.re.groupindex:
            raise KeyError(name)
        left, right = self._match.span(name)
        return None if left < 0 else self._source[left:right]

    def __getitem__(self, name: str) -> str | None:
        return self._value(name)

    def get(self, name: str) -> str | None:
        """A group that only some of the rules a handler serves have (None without it)."""
        return self._value(name) if name in self._match.re.groupindex else None

    def word(self, name: str) -> str:
        """A group that the branch being read always fills."""
        value = self._value(name)
        if value is None:
            raise LookupError(f"timex: group {name!r} is empty in {self.text!r}")
        return value

    def first(self, *names: str) -> str:
        """The first of `names` that matched something (alternative branches of one rule)."""
        for name in names:
            value = self._value(name)
            if value:
                return value
        raise LookupError(f"timex: none of {names} matched in {self.text!r}")


@dataclass(slots=True)
class Doc:
    """What the tagger knows while it reads one article from start to end."""

    text: str
    dct: dt.date | None  # the document creation time (TimeML): the published date
    sentence_starts: list[int]
    sentences: list[Sentence]
    lowered: str = ""
    start: int = 0  # the current match
    end: int = 0
    _tense: tuple[int, str | None] | None = None
    last_quarter: tuple[int, int, int] | None = None  # (year, quarter, offset)
    ref_year: int | None = None  # the last year named outright, for "that year"
    ref_at: int = 0
    ref_day: dt.date | None = None  # the last day named, for "that day", "the next day"
    ref_day_at: int = 0
    ref_month: tuple[int, int] | None = None  # the last month named, for "the following month"
    ref_month_at: int = 0

    def remember(self, rule: str, value: str) -> None:
        """Keep a day or month just named as the anchor of "that day", "the following month"."""
        if rule == "clock":
            return  # a bare clock time takes the published day, which names nothing
        match = _DAY_OR_MONTH.match(value)
        if match is None:
            return
        year, month = int(match["y"]), int(match["m"])
        self.ref_month, self.ref_month_at = (year, month), self.start
        if match["d"]:
            try:
                self.ref_day = dt.date(year, month, int(match["d"]))
            except ValueError:
                return
            self.ref_day_at = self.start

    def anchor_day(self, reach: int) -> dt.date | None:
        """The day named last, if it was named within `reach` characters."""
        if self.ref_day is not None and self.start - self.ref_day_at < reach:
            return self.ref_day
        return None

    def anchor_month(self, reach: int) -> tuple[int, int] | None:
        """The month named last (year, month), if it was named within `reach` characters."""
        if self.ref_month is not None and self.start - self.ref_month_at < reach:
            return self.ref_month
        return None

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
        sentence = self.sentences[i]
        # Only the clause near the expression matters: a bounded slice keeps a huge
        # "sentence" from being copied once per expression.
        left = max(sentence.start, self.start - TENSE_REACH)
        right = min(sentence.end, self.end + TENSE_REACH)
        return tense_at(self.lowered[left:right], self.text[left:right],
                        self.start - left, self.end - left)

    def before(self, width: int = 40) -> str:
        """Up to `width` characters of text before the current match."""
        return self.text[max(0, self.start - width):self.start]

    def after(self, width: int) -> str:
        """Up to `width` characters of text after the current match."""
        return self.text[self.end:self.end + width]


def word_before(doc: Doc) -> str:
    """The word before the current match, lower case ("" at the start of the text)."""
    match = _WORD_BEFORE.search(doc.before())
    return match.group(1).lower() if match else ""


def word_after(text: str, end: int) -> str:
    """The word after offset `end`, as written (a comma or quote before it is skipped)."""
    match = _WORD_AFTER.match(text[end:end + 30])
    return match.group(1) if match else ""


def format_count(count: float) -> str:
    """3.0 -> "3", 1.5 -> "1.5": a count as TIMEX3 writes it."""
    return str(int(count)) if float(count).is_integer() else f"{count:g}"


def duration_value(count: float | None, unit: str) -> str:
    """A TIMEX3 duration: `count` units (None for an unspecified count)."""
    if unit in YEARS_IN:
        return "PXY" if count is None else f"P{format_count(count * YEARS_IN[unit])}Y"
    if unit == "FN":
        return "PXW" if count is None else f"P{format_count(count * 2)}W"
    if unit == "WE":
        return "PXWE" if count is None else f"P{format_count(count)}WE"
    if count is not None and unit in _SPLIT_UNITS and 0 < count < 1e6 \
            and not float(count).is_integer():
        return _split_duration(count, unit)
    written = "X" if count is None else format_count(count)
    if unit in ("H", "MIN", "S"):
        return f"PT{written}{'M' if unit == 'MIN' else unit}"
    return f"P{written}{unit}"


def _split_duration(count: float, unit: str) -> str:
    """ "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M: the fraction in the next unit."""
    smaller, per = _SPLIT_UNITS[unit]
    whole = int(count)
    rest = round((count - whole) * per)
    date: list[str] = []
    time: list[str] = []
    for number, part in ((whole, unit), (rest, smaller)):
        if number:
            written = f"{number}{'M' if part == 'MIN' else part}"
            (time if part in ("H", "MIN", "S") else date).append(written)
    if not date and not time:
        return "PT0S"
    return "P" + "".join(date) + ("T" + "".join(time) if time else "")


def month_num(word: str) -> int:
    """1 for "January", "Jan." or "jan"."""
    return MONTHS[norm(word)]


def ok_month_word(word: str, standalone: bool, doc: Doc, pos: str | None) -> bool:
    """Month names must be capitalized; "May" and "March" alone need a preposition before;
    "Dec" or "Jan" with no period only with a day or a year ("by Dec 16", as wire copy
    writes it), never alone ("Jan" is a name too)."""
    if not word[:1].isupper():
        return False
    key = norm(word)
    if key in AMBIGUOUS_MONTHS:
        if len(key) == 3 and not word.endswith(".") and key not in ("may",) \
                and (standalone or pos == "rel"):
            return False
        if standalone and not pos and word_before(doc) not in MONTH_PREPS:
            return False
    return True


def ok_weekday_word(word: str) -> bool:
    """Weekday names must be capitalized, and "Wed" or "Sun" need their period."""
    return word[0].isupper() and not (norm(word) in WEEKDAY_ABBREV and not word.endswith("."))


def year_from(word: str | None, doc: Doc) -> int | None:
    """The year a group names: "1998", "'98" (the century from the published date) or words."""
    if not word:
        return None
    written = word.strip()
    if written[:1] in "'’":
        two_digits = int(written[1:3])
        century = 2000 if doc.dct and 2000 + two_digits <= doc.dct.year + 10 else 1900
        return century + two_digits
    if written[:1].isdigit():
        return int(written[:4])
    return spelled_year(written)


def day_from(word: str) -> int | None:
    """The day of the month a group names: "14", "14th", "fourteenth"."""
    key = norm(word)
    if key in ORDINALS:
        return ORDINALS[key]
    digits = re.match(r"\d+", key)
    return int(digits.group()) if digits else None


def date_value(doc: Doc, year: int | None, month: int, day: int | None) -> str:
    """YYYY-MM(-DD), the year found from the published date and tense when not given."""
    if year is None:
        if doc.dct is None:
            return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        year = cal.year_for_month(doc.dct, month, day, doc.tense)
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def weekday_value(doc: Doc, weekday: int, rel: str | None = None) -> str:
    """The date of a weekday (1 = Monday); "last"/"next" in `rel` say which way to look."""
    if doc.dct is None:
        return f"XXXX-WXX-{weekday}"
    if rel:
        shift = SHIFTS.get(norm(rel), 0)
        if shift < 0:
            days_back = (doc.dct.isoweekday() - weekday) % 7 or 7
            return cal.ymd(doc.dct - dt.timedelta(days=days_back))
        if shift > 0:
            days_ahead = (weekday - doc.dct.isoweekday()) % 7 or 7
            return cal.ymd(doc.dct + dt.timedelta(days=days_ahead))
    return cal.ymd(cal.weekday_date(doc.dct, weekday, doc.tense))


def shift_from(doc: Doc, unit: str, count: int) -> str:
    """The period `count` units from the published one ("PAST_REF" and the like without it)."""
    if doc.dct is None:
        return cal.shift_unanchored(count)
    return cal.shift(doc.dct, unit, count)
