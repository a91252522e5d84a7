"""Rule handlers for lengths of time and frequencies: "three years", "every two weeks"."""

from __future__ import annotations

import re

from .context import Doc, Groups, Value, duration_value, word_after, word_before
from .lexicon import (
    COUPLE_COUNTS,
    LEX,
    MONTHS,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    WEEKDAYS,
    norm,
    parse_number,
)

# Counts that say one more of a unit ("another year", "a further month"): the lexicon's
# count phrases worth one.
_ONE_MORE = frozenset(phrase for phrase, count in COUPLE_COUNTS.items() if count == 1)
# "half an hour" and the like, written the way TIMEX3 writes the smaller unit.
_HALF_OF = {"H": "PT30M", "D": "PT12H", "Y": "P6M", "DE": "P5Y", "CE": "P50Y"}


def duration(groups: Groups, doc: Doc) -> Value:
    """ "three years", "the past 12 months", "a 90-day", "half an hour"; not "6-year-old"."""
    if groups["half"]:
        unit = UNITS[norm(groups.word("unit3"))]
        return "DURATION", _HALF_OF.get(unit, duration_value(0.5, unit))
    # The `bare` group is an empty look-behind: "" when it matched, None when it did not.
    if groups["bare"] is not None and groups["unit4"]:
        return "DURATION", duration_value(None, UNITS[norm(groups["unit4"])])
    if groups.text.lower().endswith("-old") or re.match(r"\s+old\b", doc.after(5)):
        return None  # an age ("a 6-year-old", "52 years old") is not a time in news
    if groups["adjective"]:
        unit = UNITS[norm(groups.word("unit2"))]
        count = parse_number(groups.word("count2"))
        if count is None or unit == "WE":
            return None
        return "DURATION", duration_value(count, unit)
    return _counted_units(groups, doc)


def _counted_units(groups: Groups, doc: Doc) -> Value:
    """ "three years", "the next few months", "several weeks"."""
    count_text = norm(groups.word("count"))
    unit_word = norm(groups.word("unit"))
    if count_text == "many" and word_before(doc) == "as":
        return None  # "in as many months" counts back to a number said before
    unit = UNITS[unit_word]
    count = parse_number(count_text)
    if count_text in ("a", "an") and (unit in ("S", "Q") or unit_word in ("night", "nights")):
        return None  # "a second time", "a quarter of"
    if unit == "Q" and (count_text in ("a", "an") or re.match(r"\s+of\b", doc.after(4))):
        return None  # "a quarter of", "three-quarters of its food"
    if count_text in _ONE_MORE and groups.word("count")[:1].isupper() \
            and not re.search(r"(?:^|[.!?:\"“]\s*|\n)$", doc.before(3)):
        return None  # "Die Another Day": a title's word, not one more day
    rel = norm(groups["rel"] or "")
    if rel in ("recent", "latest") and count is None:
        return "DATE", "PAST_REF"
    if count is not None and "half" in (groups["tail"] or ""):
        count += 0.5  # "a minute and a half"
    return "DURATION", duration_value(count, unit)


def frequency(groups: Groups, doc: Doc) -> Value:
    """The rule "set": "every two weeks", "twice a year", "weekly", "on Mondays"."""
    adverb = groups["adverb"]
    if adverb:
        return _frequency_adverb(adverb, doc)
    plural = groups["wdplural"]
    if plural:
        if not plural[0].isupper():
            return None
        return "SET", f"XXXX-WXX-{WEEKDAYS[norm(plural)[:-1]]}"
    every = 2 if groups["other"] else 1
    if groups["times"]:
        return "SET", duration_value(every, UNITS[norm(groups.word("unit2"))])
    word = norm(groups.word("unit"))
    count_text = groups["count"]
    count = parse_number(count_text) if count_text else 1
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


def _frequency_adverb(word: str, doc: Doc) -> Value:
    """ "weekly", "annually"; not "the Daily Telegraph" or "its quarterly dividend"."""
    if word[0].isupper() and doc.start > 0 and doc.text[doc.start - 2:doc.start].strip() \
            not in ("", ".", '"', "“") and word_after(doc.text, doc.start + len(word))[:1] \
            .isupper():
        return None  # "the Daily Telegraph"
    after = word_after(doc.text, doc.start + len(word))
    if norm(word) == "quarterly" and after[:1].islower() and after not in ("and", "or"):
        return None  # "its quarterly dividend" names a payment, not a frequency
    return "SET", SET_ADVERBS[norm(word)]
