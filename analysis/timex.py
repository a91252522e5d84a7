"""Temporal expressions (TimeML TIMEX3): find them in text and normalize them.

`tag_times(text, sentences, published)` returns DATE, TIME, DURATION and SET expressions with
values resolved against the published date; the tense of the clause decides which way an
underspecified expression points ("on Tuesday" in a past-tense sentence is the Tuesday before).
Without a published date, anchored values keep X placeholders ("XXXX-09-14") and relative ones
stay relative ("PAST_REF").
"""

from __future__ import annotations

import datetime as dt
import re

from .model import Sentence, TimeExpr
from .timex_context import DAY_VALUE, Doc
from .timex_handlers import HANDLERS
from .timex_patterns import RULES, SCANNER

_SET_BEFORE = re.compile(
    r"(?:\d|\b(?:once|twice|times|cents|dollars|pounds|euros|yen|percent|%|bn|m|billion|million)"
    r")\s*$", re.IGNORECASE)
_MERGE_GAP = re.compile(r"^,?\s+$|^\s*,\s*$")


def _post(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Join a clock time to the day after it; "$5 a day" is a SET, not a duration."""
    out: list[TimeExpr] = []
    for t in found:
        if t.type == "DURATION" and t.text.lower().startswith(("a ", "an ", "per ")) and \
                _SET_BEFORE.search(text[max(0, t.start - 20):t.start]):
            t = TimeExpr(t.start, t.end, t.text, "SET", t.value)
        if out:
            prev = out[-1]
            gap = text[prev.end:t.start]
            if prev.type == "TIME" and "T" in prev.value and t.type == "DATE" and \
                    DAY_VALUE.match(t.value) and _MERGE_GAP.match(gap):
                value = t.value + prev.value[prev.value.index("T"):]
                out[-1] = TimeExpr(prev.start, t.end, text[prev.start:t.end], "TIME", value)
                continue
        out.append(t)
    return out


def tag_times(text: str, sentences: list[Sentence],
              published: dt.date | None) -> list[TimeExpr]:
    """The TIMEX3 expressions in `text`, sorted, non-overlapping, resolved against `published`."""
    if isinstance(published, dt.datetime):
        published = published.date()
    sents = sorted(sentences, key=lambda s: s.start)
    lowered = _lower(text)
    doc = Doc(text=text, dct=published, sentence_starts=[s.start for s in sents],
               sentences=sents, lowered=lowered)
    found: list[TimeExpr] = []
    for m in SCANNER.finditer(lowered):
        rule = m.lastgroup
        if rule is None:
            continue
        start, end = m.span()
        sub = RULES[rule].match(lowered, start)
        if sub is None or sub.end() != end:
            continue
        # The handlers see the original letters: capitals tell "May" the month from "may".
        groups = {name: None if a < 0 else text[a:b]
                  for name, (a, b) in ((name, sub.span(name)) for name in sub.re.groupindex)}
        groups["_text"] = text[start:end]
        doc.start = start
        result = HANDLERS[rule](groups, doc)
        if result is None:
            continue
        typ, value = result
        found.append(TimeExpr(start, end, text[start:end], typ, value))
    return _post(found, text)


def _lower(text: str) -> str:
    """`text` in lower case, letter for letter (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
