"""The temporal tagger's rule handlers: each reads its rule's groups and returns a value.

A handler gets the groups of its rule's match (original letters, not lower-cased) and the
article context, and returns (TIMEX3 type, value), or None to reject the match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import timex_resolve as cal
from .timex_context import (
    COUNT_BEFORE,
    COUNT_NOUNS,
    DECADE_WORDS,
    MONTH_PREPS,
    NAME_HEADS,
    QUARTER_ORD,
    Doc,
    Value,
    date_value,
    day_from,
    duration_value,
    month_num,
    ok_month_word,
    shift_from,
    weekday_value,
    word_after,
    word_before,
    year_from,
)
from .timex_lexicon import (
    DEICTIC_DAYS,
    HOLIDAYS,
    LEX,
    MONTHS,
    ORDINALS,
    REF_WORDS,
    SEASONS,
    SET_ADVERBS,
    SHIFTS,
    UNITS,
    WEEKDAY_ABBREV,
    WEEKDAYS,
    norm,
    parse_number,
)
from .timex_patterns import RULES


def _clock(g: dict, doc: Doc) -> Value:
    if g["cw"]:
        hhmm = norm(g["cw"])
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[hhmm]
    else:
        hh = int(g["h"] or g["h2"] or g["h3"])
        mm = int(g["mi"] or g["mi2"] or 0)
        ampm = (g["ampm"] or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 24 or (not ampm and not g["h2"] and not g["part_of"]):
            return None
        if g["part_of"] and "p" not in ampm and any(w in g["part_of"].lower()
                                                   for w in ("afternoon", "evening", "night")):
            hh = hh + 12 if hh < 12 else hh
    day = cal.ymd(doc.dct) if doc.dct else "XXXX-XX-XX"
    if (g["h"] or g["h3"]) and not g["mi"]:
        return "TIME", f"{day}T{hh:02d}"  # "5 p.m." names the hour, not the minute
    return "TIME", f"{day}T{hh:02d}:{mm:02d}"


def _part_of_day(g: dict, doc: Doc) -> Value:
    parts = LEX["parts_of_day"]
    if g["tonight"]:
        code = "NI"
        day: str | None = cal.ymd(doc.dct) if doc.dct else None
    elif g["part2"]:
        code = parts[norm(g["part2"])]
        day = cal.ymd(doc.dct) if doc.dct else None
    else:
        code = parts.get(norm(g["part"]).replace(" ", "-"), "AF")
        anchor = norm(g["anchor"])
        if anchor in ("this", "today"):
            day = cal.ymd(doc.dct) if doc.dct else None
        elif anchor in ("yesterday", "last"):
            day = shift_from(doc, "D", -1) if doc.dct else None
        elif anchor == "tomorrow":
            day = shift_from(doc, "D", 1) if doc.dct else None
        elif anchor in WEEKDAYS:
            if not g["anchor"][:1].isupper():
                return None
            day = weekday_value(doc, WEEKDAYS[anchor])
        else:
            m = RULES["month_day"].match(g["anchor"])
            if m is None:
                return None
            day = date_value(doc, None, month_num(m["mon"]), day_from(m["day"]))
    return "TIME", f"{day or 'XXXX-XX-XX'}T{code}"


def _month_day(g: dict, doc: Doc) -> Value:
    if not ok_month_word(g["mon"], False, doc, None):
        return None
    day = day_from(g["day"])
    if not day or day > 31:
        return None
    year = year_from(g["year"], doc)
    month = month_num(g["mon"])
    if year is not None:
        doc.ref_year, doc.ref_at = year, doc.start
    return "DATE", date_value(doc, year, month, day)


def _numeric_date(g: dict, doc: Doc) -> Value:
    if g["y"]:
        return "DATE", f"{g['y']}-{g['m']}-{g['d']}"
    year = int(g["y2"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    return "DATE", f"{year:04d}-{int(g['m2']):02d}-{int(g['d2']):02d}"


def _month_year(g: dict, doc: Doc) -> Value:
    if not ok_month_word(g["mon"], False, doc, g["pos"]):
        return None
    month = month_num(g["mon"])
    if g["rel"]:
        if doc.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        year = doc.dct.year + SHIFTS.get(norm(g["rel"]), 0)
    else:
        year = year_from(g["year"], doc)
        if year is None:
            return None
        doc.ref_year, doc.ref_at = year, doc.start
    return "DATE", f"{year:04d}-{month:02d}"


def _quarter(g: dict, doc: Doc) -> Value:
    end = doc.start + len(g["_text"])
    after = doc.text[end:end + 12].lower()
    if g["q"]:
        q = int(g["q"].strip("Qq")) if g["q"][0] in "Qq" else int(g["q"][0])
        year = year_from(g["y4"], doc)
        if year is None:
            year = cal.year_for_quarter(doc.dct, q, doc.tense) if doc.dct else None
        return "DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}"
    unit = g["unit"].lower()
    det = norm(g["det"] or "")
    adj = norm(g["adj"] or "")
    ord_ = norm(g["ord"] or "")
    year_words = g["y1"] or g["y2"] or g["y3"]
    if re.match(r"\s+of\s+(?:the|a|an|its|their|all|his|her|our|\d)", after) and not ord_:
        return None
    if unit == "half":
        if ord_ not in ("first", "second", "1st", "2nd", "last"):
            return None
        half = 1 if ord_ in ("first", "1st") else 2
        year = year_from(year_words, doc) if year_words and year_words[0].isdigit() else None
        if year is None:
            if doc.dct is None:
                return "DATE", f"XXXX-H{half}"
            year = doc.dct.year
        return "DATE", f"{year:04d}-H{half}"
    if det in ("each", "every") and unit == "quarter":
        return "SET", "P1Q"
    ago = "year-ago" in adj or "year-earlier" in adj or "year ago" in adj
    if unit == "period":
        if not (ago or year_words or re.search(r"\d{4}|latest|comparable|corresponding", adj)):
            return None
    elif not ord_ and not (det in ("the", "this", "that", "its", "their", "last", "next")
                           or adj):
        return None
    year: int | None = None
    rel_year = norm(g["relyear"] or "")
    if year_words:
        yw = norm(year_words)
        if yw in ("this year", "the year"):
            year = doc.dct.year if doc.dct else None
        elif yw in ("last year", "next year"):
            year = doc.dct.year + (1 if yw.startswith("next") else -1) if doc.dct else None
        else:
            year = year_from(year_words, doc)
    elif rel_year and doc.dct:
        year = doc.dct.year + SHIFTS.get(rel_year, 0)
    else:
        m = re.search(r"\d{4}", adj)
        if m:
            year = int(m.group())
    q = QUARTER_ORD.get(ord_)
    recent = doc.last_quarter if doc.last_quarter and doc.start - doc.last_quarter[2] < 3000 \
        else None
    if q is None and "latest" in adj and doc.dct and not year_words:
        return "DATE", shift_from(doc, "Q", -1)
    if q is None:
        if det in ("last", "next") and not adj and doc.dct:
            return "DATE", shift_from(doc, "Q", -1 if det == "last" else 1)
        if recent:
            q = recent[1]
            if year is None:
                year = recent[0]
        elif doc.dct:
            cur = cal.quarter_of(doc.dct)
            back = doc.tense == cal.PAST or "latest" in adj or ago
            q = cur - 1 if back and cur > 1 else (4 if back else cur)
            if year is None:
                year = doc.dct.year - (1 if back and cur == 1 else 0)
        else:
            return "DATE", "XXXX-QX"
    if year is None:
        if recent and recent[1] == q:
            year = recent[0]
        elif doc.dct:
            year = cal.year_for_quarter(doc.dct, q, doc.tense)
    if year is not None and ago and not year_words:
        year -= 1
    if year is None:
        return "DATE", f"XXXX-Q{q}"
    if not ago and ord_:
        doc.last_quarter = (year, q, doc.start)
    return "DATE", f"{year:04d}-Q{q}"


def _decade(g: dict, doc: Doc) -> Value:
    if g["dec"]:
        return "DATE", g["dec"][:3]
    if g["dec2"]:
        d = int(g["dec2"])
        century = 20 if doc.dct and 2000 + d <= doc.dct.year else 19
        return "DATE", f"{century}{d // 10}"
    if not g["the"]:
        return None
    return "DATE", f"19{DECADE_WORDS[norm(g['decw'])]}"


def _century(g: dict, doc: Doc) -> Value:
    word = norm(g["num"])
    n = ORDINALS.get(word) or {"twentieth": 20, "twenty-first": 21}.get(word)
    if n is None:
        m = re.match(r"\d+", word)
        n = int(m.group()) if m else None
    if not n:
        return None
    return "DATE", f"{n - 1:02d}"


def _season(g: dict, doc: Doc) -> Value:
    code = SEASONS[norm(g["season"])]
    rel = norm(g["rel"] or "")
    year = year_from(g["year"], doc)
    if not (rel or year or g["the"] or g["pos"]) and word_before(doc) not in MONTH_PREPS:
        return None
    if code == "FA" and not (rel or year) and norm(g["season"]) == "fall" and not (
            g["the"] and word_before(doc) in ("in", "during", "by", "until", "since")):
        return None  # "a fall in prices"
    if year is None:
        if doc.dct is None:
            return "DATE", f"XXXX-{code}"
        shift = SHIFTS.get(rel, 0) if rel else 0
        if rel == "this":
            return "DATE", f"{doc.dct.year:04d}-{code}"
        tense = cal.PAST if shift < 0 else cal.FUTURE if shift > 0 else doc.tense
        year = cal.year_for_season(doc.dct, code, tense)
        order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
        if shift < 0 and order[code] == (doc.dct.month % 12) // 3:
            year -= 1
    return "DATE", f"{year:04d}-{code}"


def _set(g: dict, doc: Doc) -> Value:
    if g["adverb"]:
        word = g["adverb"]
        if word[0].isupper() and doc.start > 0 and doc.text[doc.start - 2:doc.start].strip() \
                not in ("", ".", '"', "“") and word_after(doc.text, doc.start + len(word))[:1] \
                .isupper():
            return None  # "the Daily Telegraph"
        after = word_after(doc.text, doc.start + len(word))
        if norm(word) == "quarterly" and after[:1].islower() and after not in ("and", "or"):
            return None  # "its quarterly dividend" names a payment, not a frequency
        return "SET", SET_ADVERBS[norm(word)]
    if g["wdplural"]:
        if not g["wdplural"][0].isupper():
            return None
        return "SET", f"XXXX-WXX-{WEEKDAYS[norm(g['wdplural'])[:-1]]}"
    every = 2 if g["other"] else 1
    if g["times"]:
        return "SET", duration_value(every, UNITS[norm(g["unit2"])])
    word = norm(g["unit"])
    count = parse_number(g["count"]) if g["count"] else 1
    if count is None:
        count = 1
    if word in UNITS:
        return "SET", duration_value(count * every, UNITS[word])
    if word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word]}"
    if word in MONTHS:
        return "SET", f"XXXX-{MONTHS[word]:02d}"
    if word in SEASONS:
        return "SET", f"XXXX-{SEASONS[word]}"
    return "SET", f"XXXX-XX-XXT{LEX['parts_of_day'][word]}"


def _ago_shift(doc: Doc, unit: str, n: float) -> str:
    if unit in ("DE", "CE", "ML"):
        years = n * {"DE": 10, "CE": 100, "ML": 1000}[unit]
        return shift_from(doc, "Y", round(years))
    if unit in ("H", "MIN", "S"):
        return shift_from(doc, "D", 0)
    if unit == "FN":
        return shift_from(doc, "W", round(n * 2))
    return shift_from(doc, unit, round(n))


def _year_ago_quarter(doc: Doc, n: int) -> str | None:
    """"a year earlier" after talk of a quarter means that quarter a year before."""
    lq = doc.last_quarter
    if n == -1 and lq and doc.start - lq[2] < 600:
        return f"{lq[0] - 1:04d}-Q{lq[1]}"
    return None


def _ago(g: dict, doc: Doc) -> Value:
    if g["bare"]:
        return "DATE", "PAST_REF" if norm(g["_text"]).endswith(("ago", "earlier")) \
            else "FUTURE_REF"
    if g["yago"]:
        word = norm(g["yago"])
        unit = {"y": "Y", "m": "M", "w": "W"}[word.replace("a-", "")[0]]
        return "DATE", (unit == "Y" and _year_ago_quarter(doc, -1)) or shift_from(doc, unit, -1)
    unit = UNITS[norm(g["unit"])]
    if unit == "WE":
        return None
    direction = -1 if norm(g["dir"]) in ("ago", "earlier", "before", "back") else 1
    n = parse_number(g["count"])
    if n is None or doc.dct is None:
        return "DATE", cal.shift_unanchored(direction)
    if unit == "Y" and n == 1:
        value = _year_ago_quarter(doc, direction)
        if value:
            return "DATE", value
    return "DATE", _ago_shift(doc, unit, n * direction)


def _duration_rule(g: dict, doc: Doc) -> Value:
    if g["half"]:
        unit = UNITS[norm(g["unit3"])]
        return "DURATION", {"H": "PT30M", "D": "PT12H", "Y": "P6M", "DE": "P5Y",
                            "CE": "P50Y"}.get(unit, duration_value(0.5, unit))
    if g["bare"] is not None and g["unit4"]:
        return "DURATION", duration_value(None, UNITS[norm(g["unit4"])])
    text = g["_text"]
    if text.lower().endswith("-old") or re.match(r"\s+old\b", doc.text[doc.start + len(text):
                                                                      doc.start + len(text) + 5]):
        return None  # an age ("a 6-year-old", "52 years old") is not a time in news
    if g["adjective"]:
        unit = UNITS[norm(g["unit2"])]
        n = parse_number(g["count2"])
        if n is None or unit == "WE":
            return None
        return "DURATION", duration_value(n, unit)
    count_text = norm(g["count"])
    unit_word = norm(g["unit"])
    if count_text == "many" and word_before(doc) == "as":
        return None  # "in as many months" counts back to a number said before
    unit = UNITS[unit_word]
    n = parse_number(count_text)
    if count_text in ("a", "an") and (unit in ("S", "Q") or unit_word in ("night", "nights")):
        return None  # "a second time", "a quarter of"
    if unit == "Q" and (count_text in ("a", "an") or re.match(
            r"\s+of\b", doc.text[doc.start + len(g["_text"]):][:4])):
        return None  # "a quarter of", "three-quarters of its food"
    rel = norm(g["rel"] or "")
    if rel in ("recent", "latest") and n is None:
        return "DATE", "PAST_REF"
    return "DURATION", duration_value(n, unit)


def _relative(g: dict, doc: Doc) -> Value:
    rel = norm(g["rel"])
    word = norm(g["unit"])
    pos = norm(g["pos"] or "")
    bare_rel = rel.replace("the ", "")
    anaphoric = bare_rel in ("that", "same") or rel in (
        "the following", "the previous", "the preceding", "the prior")
    if anaphoric and word in UNITS:
        return _anaphor({"det": rel, "unit": word}, doc)
    n = SHIFTS.get(rel, SHIFTS.get(bare_rel, 0))
    if word in WEEKDAYS:
        raw = g["unit"]
        if not raw[0].isupper() or (word in WEEKDAY_ABBREV and not raw.endswith(".")):
            return None
        return "DATE", weekday_value(doc, WEEKDAYS[word], rel if n else None)
    if word in MONTHS:
        if not ok_month_word(g["unit"], False, doc, "rel"):
            return None
        month = MONTHS[word]
        if doc.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        year = doc.dct.year
        if n < 0 and month >= doc.dct.month:
            year -= 1
        elif n > 0 and month <= doc.dct.month:
            year += 1
        return "DATE", f"{year:04d}-{month:02d}"
    unit = UNITS[word]
    if "half" in pos and unit == "Y" and doc.dct:
        half = 1 if "first" in pos else 2
        return "DATE", f"{doc.dct.year + n:04d}-H{half}"
    return "DATE", shift_from(doc, unit, n)


def _pos_unit(g: dict, doc: Doc) -> Value:
    if g["yearend"]:
        return "DATE", shift_from(doc, "M" if "month" in g["yearend"].lower() else "Y", 0)
    word = norm(g["unit"])
    if word == "day":
        return None  # "at the end of the day" is an idiom more often than a date
    if norm(g["det"] or "") == "that":
        return _anaphor({"det": "that", "unit": word}, doc)
    return "DATE", shift_from(doc, UNITS[word], 0)


def _year(g: dict, doc: Doc) -> Value:
    raw = g["year"]
    year = year_from(raw, doc)
    if year is None:
        return None
    if raw[0].isdigit() and not (g["pos"] or g["fiscal"]):
        before = word_before(doc)
        after = word_after(doc.text, doc.start + len(g["_text"]))
        if before in COUNT_BEFORE or before[:1] in "$£€#" or after.lower() in COUNT_NOUNS:
            return None
        if doc.dct and year > doc.dct.year + 30:
            return None
    pos = norm(g["pos"] or "")
    doc.ref_year, doc.ref_at = year, doc.start
    if "half" in pos:
        return "DATE", f"{year:04d}-H{1 if 'first' in pos else 2}"
    return "DATE", f"{year:04d}"


def _month(g: dict, doc: Doc) -> Value:
    if not ok_month_word(g["mon"], True, doc, g["pos"]):
        return None
    return "DATE", date_value(doc, None, month_num(g["mon"]), None)


def _deictic(g: dict, doc: Doc) -> Value:
    word = norm(g["word"])
    n = DEICTIC_DAYS[word]
    if g["around"]:
        n += -1 if g["around"].lower() == "before" else 1
    if word == "tonight":
        return "TIME", (cal.ymd(doc.dct) if doc.dct else "XXXX-XX-XX") + "TNI"
    return "DATE", shift_from(doc, "D", n)


def _weekday(g: dict, doc: Doc) -> Value:
    raw = g["wd"]
    key = norm(raw)
    if not raw[0].isupper() or (key in WEEKDAY_ABBREV and not raw.endswith(".")):
        return None
    after = word_after(doc.text, doc.start + len(g["_text"]))
    if after[:1].isupper() and (after.lower() in NAME_HEADS or word_before(doc) == "the"):
        return None  # "the Sunday Times"
    return "DATE", weekday_value(doc, WEEKDAYS[key])


def _holiday(g: dict, doc: Doc) -> Value:
    name = norm(g["holiday"])
    if not g["holiday"][0].isupper():
        return None
    code = HOLIDAYS[name]
    month = int(code[:2])
    year = year_from(g["year"], doc)
    if year is None:
        if doc.dct is None:
            return "DATE", f"XXXX-{code}" if code[3:].isdigit() else f"XXXX-{code[:2]}"
        year = cal.year_for_month(doc.dct, month, 15, doc.tense)
    day_code = code[3:]
    if day_code.isdigit():
        return "DATE", f"{year:04d}-{code}"
    weekday = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}[day_code[:2]]
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    if day_code[2] == "L":
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        return "DATE", cal.ymd(last - dt.timedelta(days=(last.isoweekday() - weekday) % 7))
    return "DATE", cal.ymd(first + dt.timedelta(days=offset + 7 * (int(day_code[2]) - 1)))


def _anaphor(g: dict, doc: Doc) -> Value:
    det = norm(g["det"])
    word = norm(g["unit"])
    n = 1 if ("following" in det or "next" in det) else -1 if (
        "previous" in det or "prior" in det or "preceding" in det) else 0
    if word in ("morning", "afternoon", "evening", "night"):
        return "TIME", "XXXX-XX-XXT" + LEX["parts_of_day"][word]
    if word == "year":
        if doc.ref_year is not None and doc.start - doc.ref_at < 1500:
            return "DATE", f"{doc.ref_year + n:04d}"
        return "DATE", shift_from(doc, "Y", n) if n else "PAST_REF"
    if doc.dct is None:
        return "DATE", cal.shift_unanchored(n)
    return "DATE", cal.shift(doc.dct, UNITS[word], n) if n else "PAST_REF"


def _coming(g: dict, doc: Doc) -> Value:
    rel = norm(g["rel"])
    if rel in ("recent", "past few", "last few", "past several", "last several"):
        return "DATE", "PAST_REF"
    if rel == "following":
        return None
    return "DATE", "FUTURE_REF"


def _ref(g: dict, doc: Doc) -> Value:
    if g["adj"]:
        if not word_after(doc.text, doc.start + len(g["adj"]))[:1].islower():
            return None
        return "DATE", REF_WORDS.get(norm(g["adj"]), None) or {
            "current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[
            norm(g["adj"])]
    word = norm(g["ref"])
    before = word_before(doc)
    if word == "soon" and before in ("as", "how", "too"):
        return None
    if word == "shortly" and word_after(doc.text, doc.start + len(g["ref"])).lower() in (
            "before", "after"):
        return None
    return "DATE", REF_WORDS[word]


def _the_unit(g: dict, doc: Doc) -> Value:
    det = norm(g["det"])
    word = norm(g["unit"])
    adj = norm(g["adj"] or "")
    if det == "that":
        return _anaphor({"det": "that", "unit": word, "pos": None}, doc)
    if word == "year" and re.match(r"\s+(?:ended|ending|to)\b",
                                   doc.text[doc.start + len(g["_text"]):][:10]):
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
    day = doc.dct.isoweekday()
    if day >= 6:
        return cal.iso_week(doc.dct) + "-WE"
    if doc.tense == cal.FUTURE:
        return cal.iso_week(doc.dct) + "-WE"
    return cal.iso_week(doc.dct - dt.timedelta(days=day)) + "-WE"


HANDLERS: dict[str, Callable[[dict, Doc], Value]] = {
    "clock": _clock, "part_of_day": _part_of_day, "month_day": _month_day,
    "day_month": _month_day, "numeric_date": _numeric_date, "month_year": _month_year,
    "quarter": _quarter, "decade": _decade, "century": _century, "season": _season,
    "set": _set, "ago": _ago, "duration": _duration_rule, "relative": _relative,
    "pos_unit": _pos_unit, "year": _year, "month": _month, "deictic": _deictic,
    "weekday": _weekday, "holiday": _holiday, "anaphor": _anaphor, "coming": _coming,
    "ref": _ref, "the_unit": _the_unit,
}
