"""The temporal tagger's rule handlers: each reads its rule's groups and returns a value.

A handler gets the groups of its rule's match (original letters, not lower-cased) and the
article context, and returns (TIMEX3 type, value), or None to reject the match. `HANDLERS`
at the end says which handler reads which rule of patterns.py. Here are the dates a
calendar names (days, months, years, decades, clock times, holidays); quarters and seasons
are in year_parts.py, expressions relative to the published date in relative.py, durations
and frequencies in spans.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import resolve as cal
from .context import (
    COUNT_BEFORE,
    COUNT_NOUNS,
    DECADE_WORDS,
    NAME_HEADS,
    Doc,
    Groups,
    Value,
    date_value,
    day_from,
    month_num,
    ok_month_word,
    ok_weekday_word,
    shift_from,
    weekday_value,
    word_after,
    word_before,
    year_from,
)
from .lexicon import HOLIDAYS, ORDINALS, PARTS_OF_DAY, SHIFTS, WEEKDAYS, norm
from .patterns import RULES
from .relative import (
    ago,
    anaphor,
    coming,
    deictic_day,
    position_in_unit,
    ref_word,
    relative,
    the_unit,
)
from .spans import duration, frequency
from .year_parts import quarter_or_half, season

_CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}
# Days that anchor a part of the day ("yesterday afternoon"), counted from the published one.
_ANCHOR_DAYS = {"this": 0, "today": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def clock(groups: Groups, doc: Doc) -> Value:
    """ "5 p.m.", "17:30", "noon", "six o'clock in the evening"."""
    word = groups["cw"]
    if word:
        hour, minute = _CLOCK_WORDS[norm(word)]
    else:
        reading = _clock_digits(groups)
        if reading is None:
            return None
        hour, minute = reading
    day = cal.ymd(doc.dct) if doc.dct else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"  # "5 p.m." is T17:00, as TimeML writes it


def _clock_digits(groups: Groups) -> tuple[int, int] | None:
    """Hour and minute of a clock time written in figures; None when it is no clock time."""
    hour = int(groups.first("h", "h2", "h3", "h4"))
    minute = int(groups["mi"] or groups["mi2"] or groups["mi4"] or 0)
    ampm = (groups["ampm"] or "").lower()
    part_of = groups["part_of"]
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    # A bare "5" is a clock time only with a.m./p.m., a colon or "in the morning".
    if hour > 24 or (not ampm and not groups["h2"] and not groups["h4"] and not part_of):
        return None
    if part_of and "p" not in ampm and any(word in part_of.lower()
                                           for word in ("afternoon", "evening", "night")):
        hour = hour + 12 if hour < 12 else hour
    return hour, minute


def part_of_day(groups: Groups, doc: Doc) -> Value:
    """ "tonight", "Tuesday morning", "late afternoon", "September 14 evening"."""
    today = cal.ymd(doc.dct) if doc.dct else None
    part = groups["part2"]
    if groups["tonight"]:
        code, day = "NI", today
    elif part:
        code, day = PARTS_OF_DAY[norm(part)], today
    else:
        code = PARTS_OF_DAY.get(norm(groups.word("part")).replace(" ", "-"), "AF")
        written = groups.word("anchor")
        anchor = norm(written)
        if anchor in _ANCHOR_DAYS:
            day = shift_from(doc, "D", _ANCHOR_DAYS[anchor]) if doc.dct else None
        elif anchor in WEEKDAYS:
            if not written[:1].isupper():
                return None
            day = weekday_value(doc, WEEKDAYS[anchor])
        else:
            # The rule's patterns are lower case: a capitalized "September 14" does not
            # match here, so such an anchor rejects the expression.
            anchor_match = RULES["month_day"].match(written)
            if anchor_match is None:
                return None
            day = date_value(doc, None, month_num(anchor_match["mon"]),
                             day_from(anchor_match["day"]))
    return "TIME", f"{day or 'XXXX-XX-XX'}T{code}"


def month_day(groups: Groups, doc: Doc) -> Value:
    """ "September 14", "Friday, April 25, 1997", "the 14th of September"."""
    month_word = groups.word("mon")
    if not ok_month_word(month_word, False, doc, None):
        return None
    day = day_from(groups.word("day"))
    if not day or day > 31:
        return None
    written_year = groups["year"]
    relative = written_year.split()[0].lower() if written_year and " " in written_year else None
    if relative in SHIFTS:
        # "1 July next year": the year counted from the published one
        year = doc.dct.year + SHIFTS[relative] if doc.dct else None
    else:
        year = year_from(written_year, doc)
    month = month_num(month_word)
    mrel = norm(groups.get("mrel") or "")  # "day_month" has none
    if year is None and mrel and doc.dct is not None:
        # "last Oct. 23": the latest one before the published day; "next March 3" the
        # first one after it
        year = doc.dct.year
        past = mrel in ("last", "this past")
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if past and candidate >= doc.dct:
            year -= 1
        elif not past and candidate <= doc.dct:
            year += 1
    if year is not None:
        doc.ref_year, doc.ref_at = year, doc.start
    return "DATE", date_value(doc, year, month, day)


def ordinal_day(groups: Groups, doc: Doc) -> Value:
    """ "the 30th", "the 20th of next month", "the first of the month", "the first of the
    year": this month's day, or the next month's once it has passed (the last one in a past
    clause); the month or year named, when one is."""
    if doc.dct is None:
        return None
    day = 1 if groups["first"] else day_from(groups.word("day"))
    if not day or day > 31:
        return None
    if groups["unit"] and norm(groups.word("unit")) == "year":
        # "before the first of the year": the coming New Year's Day
        year = doc.dct.year if doc.tense == cal.PAST or doc.dct.timetuple().tm_yday == 1 \
            else doc.dct.year + 1
        return "DATE", f"{year:04d}-01-01"
    rel = norm(groups.get("rel") or groups.get("rel2") or "")
    if rel:
        year, month = cal.add_months(doc.dct.year, doc.dct.month, SHIFTS.get(rel, 0))
    else:
        year, month = doc.dct.year, doc.dct.month
        if doc.tense == cal.PAST:
            if day > doc.dct.day:
                year, month = cal.add_months(year, month, -1)
        elif day < doc.dct.day:
            year, month = cal.add_months(year, month, 1)
    try:
        return "DATE", cal.ymd(dt.date(year, month, day))
    except ValueError:
        return None  # "the 31st" of a month of 30 days


def numeric_date(groups: Groups, doc: Doc) -> Value:
    """ "1998-02-27", "2/27/98"; day first where the day cannot be a month ("15/04/2021")
    or with dots ("31.03.2026")."""
    if groups["y"]:
        return "DATE", f"{groups['y']}-{int(groups.word('m')):02d}-{int(groups.word('d')):02d}"
    if groups["y5"]:  # "31-Dec-2020"
        return "DATE", f"{groups['y5']}-{month_num(groups.word('m5')):02d}-" \
                       f"{int(groups.word('d5')):02d}"
    for day_group, month_group, year_group in (("d3", "m3", "y3"), ("d4", "m4", "y4")):
        if groups[year_group]:
            return "DATE", f"{_full_year(groups.word(year_group)):04d}-" \
                           f"{int(groups.word(month_group)):02d}-{int(groups.word(day_group)):02d}"
    return "DATE", f"{_full_year(groups.word('y2')):04d}-{int(groups.word('m2')):02d}-" \
                   f"{int(groups.word('d2')):02d}"


def _full_year(written: str) -> int:
    """A year in figures, two digits read in 1950-2049 ("30/6/98" -> 1998)."""
    year = int(written)
    return year + (2000 if year < 50 else 1900) if year < 100 else year


def month_year(groups: Groups, doc: Doc) -> Value:
    """ "September 1998", "early March 2005", "June next year"."""
    month_word = groups.word("mon")
    if not ok_month_word(month_word, False, doc, groups["pos"]):
        return None
    month = month_num(month_word)
    rel = groups["rel"]
    if rel:
        if doc.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        year = doc.dct.year + SHIFTS.get(norm(rel), 0)
    else:
        found = year_from(groups["year"], doc)
        if found is None:
            return None
        year = found
        doc.ref_year, doc.ref_at = year, doc.start
    return "DATE", f"{year:04d}-{month:02d}"


def decade(groups: Groups, doc: Doc) -> Value:
    """ "the 1990s", "the '90s", "the nineties"."""
    if groups["dec"]:
        digits = groups.word("dec")[:4]
        if digits.endswith("00") and digits < "2000":
            return "DATE", digits[:2]  # "the 1800s": the century, not its first decade
        return "DATE", digits[:3]
    two_digits = groups["dec2"]
    if two_digits:
        tens = int(two_digits)
        century = 20 if doc.dct and 2000 + tens <= doc.dct.year else 19
        return "DATE", f"{century}{tens // 10}"
    if not groups["the"]:
        return None
    return "DATE", f"19{DECADE_WORDS[norm(groups.word('decw'))]}"


def century(groups: Groups, doc: Doc) -> Value:
    """ "the 20th century", "the twenty-first century"."""
    word = norm(groups.word("num"))
    number = ORDINALS.get(word) or {"twentieth": 20, "twenty-first": 21}.get(word)
    if number is None:
        digits = re.match(r"\d+", word)
        number = int(digits.group()) if digits else None
    if not number:
        return None
    return "DATE", f"{number - 1:02d}"


_LATER_THAN = re.compile(r"\b(?:no|not)\s+(?:later|earlier|sooner)\s+than\s*$", re.I)
_YEAR_PREPOSITIONS = frozenset({"by", "in", "from", "until", "till", "before", "after",
                                "through"})


def bare_year(groups: Groups, doc: Doc) -> Value:
    """ "1998", "fiscal 2005", "the first half of 2004"; not "1,998 people"."""
    written = groups.word("year")
    year = year_from(written, doc)
    if year is None:
        return None
    if written[0].isdigit() and not (groups["pos"] or groups["fiscal"]):
        before = word_before(doc)
        after = word_after(doc.text, doc.end)
        if (before in COUNT_BEFORE and not _LATER_THAN.search(doc.before())) \
                or before[:1] in "$£€#" or after.lower() in COUNT_NOUNS:
            return None  # "more than 2000 people", not "no later than 2027"
        # far ahead only after a word that makes it a year ("state pension age to 68 by
        # 2046"); bare, "2046" is as likely a count
        if doc.dct and year > doc.dct.year + (60 if before in _YEAR_PREPOSITIONS else 30):
            return None
    pos = norm(groups["pos"] or "")
    doc.ref_year, doc.ref_at = year, doc.start
    if "half" in pos:
        return "DATE", f"{year:04d}-H{1 if 'first' in pos else 2}"
    return "DATE", f"{year:04d}"


def fiscal_short(groups: Groups, doc: Doc) -> Value:
    """ "FY24", "FY25-26": a fiscal year in two digits, the century from the published date."""
    two_digits = int(groups.word("yy"))
    century = 2000 if doc.dct is None or 2000 + two_digits <= doc.dct.year + 30 else 1900
    year = century + two_digits
    doc.ref_year, doc.ref_at = year, doc.start
    return "DATE", f"{year:04d}"


def bare_month(groups: Groups, doc: Doc) -> Value:
    """ "in September", "early March" (an ambiguous "May" needs a preposition)."""
    month_word = groups.word("mon")
    if not ok_month_word(month_word, True, doc, groups["pos"]):
        return None
    return "DATE", date_value(doc, None, month_num(month_word), None)


def weekday(groups: Groups, doc: Doc) -> Value:
    """ "Tuesday", "late Friday"; not "the Sunday Times"."""
    written = groups.word("wd")
    if not ok_weekday_word(written):
        return None
    later = groups["on"] or groups["next"]
    if later and doc.dct is not None:
        # "until Tuesday week" (a week after the coming Tuesday), "Friday fortnight",
        # "from Monday next" (the coming Monday)
        ahead = (WEEKDAYS[norm(written)] - doc.dct.isoweekday()) % 7 or 7
        ahead += {"week": 7, "fortnight": 14}.get(later.lower(), 0)
        return "DATE", cal.ymd(doc.dct + dt.timedelta(days=ahead))
    after = word_after(doc.text, doc.end)
    if after[:1].isupper() and (after.lower() in NAME_HEADS or word_before(doc) == "the"):
        return None  # "the Sunday Times"
    return "DATE", weekday_value(doc, WEEKDAYS[norm(written)])


# Words after "Easter" that make it a season around the day: "Easter week".
_EASTER_SEASON = frozenset({"week", "weekend", "holiday", "holidays", "break", "recess",
                            "period", "season", "term", "vacation"})


def holiday(groups: Groups, doc: Doc) -> Value:
    """ "Christmas", "Thanksgiving 2004", "Memorial Day"."""
    written = groups.word("holiday")
    year = year_from(groups["year"], doc)
    if not written[0].isupper():
        if norm(written) != "new year" or word_before(doc) != "the" or year is not None:
            return None
        # "applies from the new year", "in the new year": the next first of January (GUIDELINES
        # 5.3), the last one only in a past tense
        if doc.dct is None:
            return "DATE", "XXXX-01-01"
        if doc.tense == cal.PAST:
            return "DATE", cal.ymd(cal.nearest_holiday(doc.dct, "01-01", doc.tense))
        return "DATE", cal.ymd(dt.date(doc.dct.year + 1, 1, 1))
    if norm(written) == "easter" and year is None \
            and word_after(doc.text, doc.end).lower() in _EASTER_SEASON:
        return None  # "as Easter week began", "the Easter holidays": a season, not the day
    code = HOLIDAYS[norm(written)]  # "12-25", or "11-TH4": the fourth Thursday of November
    if year is None:
        if doc.dct is None:
            return "DATE", "XXXX" if code.startswith("EA") else \
                f"XXXX-{code}" if code[3:].isdigit() else f"XXXX-{code[:2]}"
        return "DATE", cal.ymd(cal.nearest_holiday(doc.dct, code, doc.tense))
    return "DATE", cal.ymd(cal.holiday_in(year, code))


Handler = Callable[[Groups, Doc], Value]

HANDLERS: dict[str, Handler] = {
    "clock": clock, "part_of_day": part_of_day, "month_day": month_day,
    "day_month": month_day, "ordinal_day": ordinal_day, "numeric_date": numeric_date,
    "month_year": month_year,
    "quarter": quarter_or_half, "decade": decade, "century": century, "season": season,
    "set": frequency, "ago": ago, "duration": duration, "relative": relative,
    "pos_unit": position_in_unit, "year": bare_year, "fiscal_short": fiscal_short,
    "month": bare_month,
    "deictic": deictic_day, "weekday": weekday, "holiday": holiday, "anaphor": anaphor,
    "coming": coming, "ref": ref_word, "the_unit": the_unit,
}
