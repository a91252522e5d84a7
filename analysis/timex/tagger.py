"""Temporal expressions (TimeML TIMEX3): find them in text and normalize them.

`tag_times(text, sentences, published)` returns DATE, TIME, DURATION and SET expressions with
values resolved against the published date; the tense of the clause decides which way an
underspecified expression points ("on Tuesday" in a past-tense sentence is the Tuesday before).
Without a published date, anchored values keep X placeholders ("XXXX-09-14") and relative ones
stay relative ("PAST_REF").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from ..model import Sentence, TimeExpr
from .context import DAY_VALUE, Doc, Groups
from .handlers import HANDLERS
from .patterns import ALL_RULES, RULES, RULES_BY_START, START, start_after

_SET_BEFORE = re.compile(
    r"(?:\d|\b(?:once|twice|times|cents|dollars|pounds|euros|yen|percent|%|bn|m|billion|million)"
    r"|\d(?:\s+(?:million|billion|thousand))?\s+(?:barrels|tonnes|tons|units|vehicles|cars"
    r"|passengers|visitors|flights|cubic\s+metres|cubic\s+meters|bpd))\s*$", re.IGNORECASE)
_MERGE_GAP = re.compile(r"^,?\s+(?:on\s+)?$|^\s*,\s*$")  # "0001 GMT on Friday"
# "12:01 a.m. EST (0501 GMT) on Tuesday": the same instant told in a second zone, in brackets.
_ZONE_OPEN = re.compile(r"^\s*[(\[]\s*$")
_ZONE_CLOSE = re.compile(r"^\s*[)\]],?\s+(?:on\s+)?$")
_REMEMBERED_KEYS = 1 << 15  # keys of `_rules_after_space` kept, at most


def tag_times(text: str, sentences: list[Sentence],
              published: dt.date | None) -> list[TimeExpr]:
    """The TIMEX3 expressions in `text`, sorted, non-overlapping, resolved against `published`."""
    if isinstance(published, dt.datetime):
        published = published.date()
    ordered = sorted(sentences, key=lambda sentence: sentence.start)
    lowered = _lower(text)
    doc = Doc(text=text, dct=published, sentence_starts=[sentence.start for sentence in ordered],
              sentences=ordered, lowered=lowered)
    found: list[TimeExpr] = []
    position = 0
    for start, word in _starts(lowered):
        if start < position:
            continue  # inside the expression found last
        rule, rule_match = _first_match(lowered, start, word)
        if rule_match is None:
            continue
        end = position = rule_match.end()
        groups = Groups(rule_match, text)
        doc.start, doc.end = start, end
        try:
            result = HANDLERS[rule](groups, doc)
        except (OverflowError, ValueError):
            continue  # calendar arithmetic off the calendar's edge (year 1 or 9999)
        if result is None:
            continue
        timex_type, value = result
        doc.remember(rule, value)
        found.append(TimeExpr(start, end, text[start:end], timex_type, value))
    return _join_and_retype(found, text)


def _starts(lowered: str) -> Iterator[tuple[int, str]]:
    """(offset, starter) of every start, in order: where START matches, found from the
    character before it (patterns.start_after) past the text's first position. One scan of
    the whole text; the caller skips the starts inside an expression already found."""
    first = START.match(lowered)
    if first is not None:
        yield 0, first.group(1)
    for found in start_after().finditer(lowered):
        yield found.end(), found.group(1)


def _first_match(lowered: str, start: int,
                 word: str) -> tuple[str, re.Match[str] | None]:
    """The first rule, in the grammar's order, that matches at `start`, where `word` (a
    starter word, a digit or a quote) begins; only the rules that can begin with the word,
    and with the one or two characters after it (after a word, after its space), are tried."""
    after = start + len(word)
    if word[-1].isalpha():
        if lowered[after:after + 1] == " ":
            rules = _rules_after_space(lowered[start:after + 3])
        else:
            rules = RULES_BY_START.get(word, ALL_RULES)
    else:
        rules = _refined(lowered, start, after, RULES_BY_START.get(word, ALL_RULES))
    for rule in rules:
        rule_match = RULES[rule].match(lowered, start)
        if rule_match is not None:
            return rule, rule_match
    return "", None


# Most starts are a starter word and a space: the rules narrowed by the one or two characters
# after the space ("the c", "a ye") are remembered by that text (about 10,000 keys over the
# BBC and TempEval sets), one look-up where `_refined` makes three at every start.
@functools.lru_cache(maxsize=_REMEMBERED_KEYS)
def _rules_after_space(key: str) -> tuple[str, ...]:
    """The rules that can begin at `key`: a starter word (with no space in it), one space
    and up to two characters after it."""
    space = key.index(" ")
    return _refined(key, 0, space + 1, RULES_BY_START.get(key[:space], ALL_RULES))


def _refined(lowered: str, start: int, after: int, rules: tuple[str, ...]) -> tuple[str, ...]:
    """`rules` narrowed by the keys one and two characters longer than `lowered[start:after]`
    (a key not listed leaves the rules as they were)."""
    rules = RULES_BY_START.get(lowered[start:after + 1], rules)
    return RULES_BY_START.get(lowered[start:after + 2], rules)


def _join_and_retype(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Join a clock time to the day after it; "$5 a day" is a SET, not a duration."""
    out: list[TimeExpr] = []
    for timex in found:
        if timex.type == "DURATION" and timex.text.lower().startswith(("a ", "an ", "per ")) \
                and _SET_BEFORE.search(text[max(0, timex.start - 20):timex.start]):
            timex = TimeExpr(timex.start, timex.end, timex.text, "SET", timex.value)
        if out:
            prev = out[-1]
            gap = text[prev.end:timex.start]
            if prev.type == "TIME" and "T" in prev.value and timex.type == "DATE" and \
                    DAY_VALUE.match(timex.value) and _MERGE_GAP.match(gap):
                value = timex.value + prev.value[prev.value.index("T"):]
                out[-1] = TimeExpr(prev.start, timex.end, text[prev.start:timex.end], "TIME",
                                   value)
                continue
            if len(out) > 1 and timex.type == "DATE" and DAY_VALUE.match(timex.value) \
                    and _ZONE_CLOSE.match(gap) and _clock_in_brackets(out[-2], prev, text):
                # both clock times are of the day after the bracket
                day = timex.value
                out[-2:] = [TimeExpr(t.start, t.end, t.text, t.type,
                                     day + t.value[t.value.index("T"):]) for t in out[-2:]]
        out.append(timex)
    return out


def _clock_in_brackets(first: TimeExpr, second: TimeExpr, text: str) -> bool:
    """Whether `second` is `first`'s clock time in another zone, in brackets right after it
    ("12:01 a.m. EST (0501 GMT)"), both read on the same day."""
    return first.type == second.type == "TIME" and "T" in first.value and "T" in second.value \
        and first.value.split("T")[0] == second.value.split("T")[0] \
        and bool(_ZONE_OPEN.match(text[first.end:second.start]))


def _lower(text: str) -> str:
    """`text` in lower case, letter for letter (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
