"""Deadlines: dates by which something is due, ends or takes effect.

A time expression is a deadline when the words around it say so ("a September 17 deadline",
"until at least November 10", "within 90 days", "takes effect on March 1", "no later
than"). Dated past events ("talks held in July", "a decision on September 12") are not.
"""

from __future__ import annotations

import bisect
import calendar
import re
from datetime import date, timedelta

from .measures.lexicon import lexicon, norm_key
from .model import Deadline, Measure, Sentence, TimeExpr

# Words right before a time expression that make it a deadline, by what they say is due.
_CUE_BEFORE = re.compile(
    r"(?:(?P<until>\buntil|\btill|\bthrough|\bthru)"
    r"|(?P<by>\bby|\bbefore|\bno later than|\bnot later than|\bahead of|\bdue(?: on| by| in)?"
    r"|\bdeadline(?: of| on| in| for| is| was| set for)?|\bcut-?off(?: of| on)?)"
    r"|(?P<within>\bwithin|\bin the next|\bover the next)"
    r"|(?P<effect>\btakes? effect(?: on| from| in| as of)?|\btaking effect(?: on| from| in)?"
    r"|\bcomes? into (?:force|effect)(?: on| from| in)?"
    r"|\bcoming into (?:force|effect)(?: on| from)?"
    r"|\beffective(?: from| on| as of)?|\bstarting(?: on| from| in)?|\bkicks? in(?: on| from)?"
    r"|\bwill (?:start|begin|apply)(?: on| from| in)?|\bapplies from)"
    r"|(?P<expire>\bexpires?(?: on| in| at)?|\bexpiring(?: on| in)?|\blapses?(?: on| in)?"
    r"|\bruns? out(?: on| in)?|\bends? on|\bwill end(?: on| in)?))"
    r"(?:\s+at (?:the )?(?:least|latest|earliest))?(?:\s+(?:the )?(?:end|start|middle) of)?"
    r"(?:\s+(?:early|mid|late|mid-))?[\s,]*$",
    re.I,
)
# Said of something already done: a past event, not a deadline.
_PAST_CUE = re.compile(
    r"\b(?:took effect|came into (?:force|effect)|expired|lapsed|ran out|ended|kicked in)"
    r"(?: on| in| from)?\s*$", re.I)
_CUE_AFTER = re.compile(r"^\s*(?:-\s*)?(?:deadline|cut-?off date|cut-?off)\b", re.I)
# For the weaker cues ("by", "before", "within"): words that make the date one by which
# something must or is meant to happen, not a forecast ("sales will double by 2009").
_OBLIGATION = re.compile(
    r"\b(?:must|deadline|due|required?|requires|has until|have until|had until|order(?:ed|s)?"
    r"|told to|asked to|plans?|planned|aims?|targets?|pledged?|promised?|commit(?:ted|ment)"
    r"|agreed?|agreement|deal|intends?|will have to|needs? to|is to|are to|set to|should"
    r"|decide|decision|ruling|vote|sign|ratify|implement|take effect|comply|submit|respond"
    r"|ultimatum|vow(?:ed|s)?|urged?|called on|demand(?:ed|s)?)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|must|should|could|may|might|can|is to|are to|"
                     r"going to|due|expected|set to|faces?|has until|have until|plans?|deadline)\b",
                     re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|took|led|remained|came|went|saw|made|gave|kept|left|"
                   r"ran|began|lasted|stayed|served|held|continued|(?<!has )(?<!have )(?<!been )"
                   r"(?<!be )(?<!is )(?<!are )\w{3,}ed)\b", re.I)
_TRAILING_AUX = re.compile(r"(?:\s+(?:is|are|was|were|be|been|will|would|not|to|and|but))+$",
                           re.I)
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q([1-4])|-W(\d\d)|-H([12]))?")
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
_PARTICIPLE = {
    "maintain": "kept", "impose": "in force", "extend": "extended", "ease": "eased",
    "lift": "lifted", "delay": "delayed", "threaten": "threatened", "propose": "proposed",
    "investigate": "under way",
}
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s*(?:which|who|while|but|as|after|citing)\b|\.\s*$")
_SUBORDINATE = re.compile(
    r"^.*?\b(?:said|says|that|said that|after|as|when|if|so|and|but|while)\s+", re.I)
_SUBJECT_END = re.compile(
    r",|\s(?:faces?|faced|has|have|had|is|are|was|were|must|will|would|got|gets|meets?|missed"
    r"|misses|set|sets|agreed|agrees|needs?|needed|risks?)\b")


def _as_date(value: str) -> str | None:
    """The date part of a TIMEX3 value ("2025-09-17T10:00" -> "2025-09-17"), if it has one."""
    match = _DATE_VALUE.match(value)
    return match.group(0) if match else None


def _add_duration(published: date, value: str) -> str | None:
    """The day a TIMEX3 duration ("P90D", "P6M") after the published date ends."""
    match = _DURATION.match(value)
    if not match:
        return None
    count, unit = float(match.group(1)), match.group(2)
    if unit in "DW":
        return (published + timedelta(days=count * (7 if unit == "W" else 1))).isoformat()
    months = int(count * (12 if unit == "Y" else 1))
    years, month = divmod(published.month - 1 + months, 12)
    year = published.year + years
    day = min(published.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day).isoformat()


def _is_past(value: str, published: date | None) -> bool:
    """Whether a dated value lies before the published date (at the value's own grain)."""
    if published is None:
        return False
    match = _DATE_VALUE.match(value)
    if not match or match.group(4) or match.group(5) or match.group(6):
        return False  # quarters, weeks and halves are never called past
    return match.group(0) < published.isoformat()[: len(match.group(0))]


def _words(text: str, limit: int, keep_end: bool = False) -> str:
    """At most `limit` words of `text` (its first ones, or its last with `keep_end`)."""
    words = text.split()
    if len(words) > limit:
        words = words[-limit:] if keep_end else words[:limit]
    return " ".join(words).strip(" ,;:")


def _measure_phrase(text: str, measure: Measure) -> str:
    """The measure as the article names it: "US tariffs on Chinese goods"."""
    trigger = measure.trigger
    if trigger is None:
        return measure.type.replace("_", " ")
    before = text[measure.start:trigger.start]
    lead = re.search(r"((?:[A-Z][\w.]*(?:['’]s)?\s)?(?:[a-z-]+\s)?)$", before)
    head = (lead.group(1) if lead else "")
    if head.split()[:1] and head.split()[0].lower() in ("a", "an", "the", "of", "to", "on"):
        head = ""
    after = text[trigger.end:measure.end]
    object_phrase = re.match(
        r"\s+(?:on|against|into|for|of)\s[^,;.]{1,40}?(?=,|;|\.|\s(?:until|by|from|to|"
        r"that|which|and|totaling|totalling|worth)\b|$)", after)
    return (head + trigger.text + (object_phrase.group(0) if object_phrase else "")).strip()


def _subject(clause: str) -> str:
    """The few words before the clause's verb: who faces the deadline, "" when unclear."""
    clause = _SUBORDINATE.sub("", clause, count=1) if len(clause.split()) > 8 else clause
    verb = _SUBJECT_END.search(clause)
    subject = clause[: verb.start()] if verb else ""
    return subject.strip() if 0 < len(subject.split()) <= 6 else ""


def _what(text: str, sentence: Sentence, timex: TimeExpr, cue: str,
          measure: Measure | None) -> str:
    """What is due, in a few words: "the EU to respond", "US tariffs on steel take effect"."""
    clause = _CUE_BEFORE.sub("", _clause_before(text, sentence, timex)).strip()
    if cue == "deadline":
        return _what_the_deadline_is_for(text[timex.end:sentence.end], clause, measure)
    if measure is not None and cue in ("until", "effect", "expire"):
        phrase = _measure_phrase(text, measure)
        verb = {"until": _PARTICIPLE.get(measure.action, "in force"), "effect": "take effect",
                "expire": "expire"}[cue]
        return _words(f"{phrase} {verb}", 14)
    return _TRAILING_AUX.sub("", _words(clause, 12, keep_end=True)) or timex.text


def _what_the_deadline_is_for(after: str, clause: str, measure: Measure | None) -> str:
    """ "a September 17 deadline for Beijing to respond": who, and to do what."""
    rest = re.split(r"\bdeadline\b", after, maxsplit=1)
    tail = rest[1] if len(rest) == 2 else after
    if not re.match(r"\s+(?:for|to)\b", tail):
        more = re.split(r"\bdeadline\b", clause, maxsplit=1)
        tail = more[1] if len(more) == 2 else tail
    due = _CLAUSE_BREAK.split(tail, maxsplit=1)[0].strip()
    due = re.sub(r"^(?:for|to)\s+", "to ", due)
    subject = _subject(clause)
    if not subject and measure is not None and measure.targets:
        subject = measure.targets[0]
    return _words(f"{subject} {due}" if subject else due, 14) or "deadline"


def extract_deadlines(text: str, sentences: list[Sentence], times: list[TimeExpr],
                      measures: list[Measure], published: str | date | None = None
                      ) -> list[Deadline]:
    """Deadlines in the text.

    `published` (a date or "YYYY-MM-DD") resolves "within 90 days" and drops dates already past.
    """
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    starts = [sentence.start for sentence in sentences]
    out: list[Deadline] = []
    for time_index, timex in enumerate(times):
        index = bisect.bisect_right(starts, timex.start) - 1
        if index < 0 or timex.end > sentences[index].end:
            continue
        sentence = sentences[index]
        cue, cue_text = _cue(text, sentence, timex)
        if not cue:
            continue
        value = _deadline_date(timex, cue, published)
        if value is None:
            continue
        if not _said_as_due(_clause_before(text, sentence, timex), cue, cue_text, published):
            continue
        measure = _measure_for(text, sentence, time_index, timex, measures)
        what = _what(text, sentence, timex, cue, measures[measure] if measure is not None else None)
        out.append(Deadline(date=value, what=what, start=timex.start, end=timex.end,
                            text=timex.text, measure=measure))
    return out


def _cue(text: str, sentence: Sentence, timex: TimeExpr) -> tuple[str, str]:
    """(what the words around a time say is due, the words before it that say so).

    The kind is one of the groups of _CUE_BEFORE ("until", "by", "within", "effect",
    "expire") or "deadline"; "" when nothing says so, or when the words tell of something
    already done ("took effect on").
    """
    before = text[max(sentence.start, timex.start - 60):timex.start]
    if _PAST_CUE.search(before):
        return "", ""
    cue_match = _CUE_BEFORE.search(before)
    if cue_match is None:
        kind, cue_text = "", ""
    else:
        kind = next((name for name, said in cue_match.groupdict().items() if said), "")
        cue_text = cue_match.group(0)
    if _CUE_AFTER.match(text[timex.end:sentence.end]) or (kind == "by" and "deadline" in cue_text):
        kind = "deadline"
    return kind, cue_text


def _deadline_date(timex: TimeExpr, cue: str, published: date | None) -> str | None:
    """The due date of a time with this cue; None when it has none or it is already past."""
    if timex.type == "DURATION":
        if cue != "within" or published is None:
            return None
        value = _add_duration(published, timex.value)
    elif cue == "within":
        return None
    else:
        value = _as_date(timex.value)
    if value is not None and _is_past(value, published) and not re.search(r"\d{4}", timex.text):
        # A deadline looks ahead: "until November 10" with no year is the next one.
        value = str(int(value[:4]) + 1) + value[4:]
    if value is None or _is_past(value, published):
        return None
    return value


def _said_as_due(clause: str, cue: str, cue_text: str, published: date | None) -> bool:
    """Whether the clause says the date is due rather than forecast or past.

    "by" and "within" need words of obligation ("sales will double by 2009" is a forecast);
    without a published date, a past-tense clause with no future in it tells of a past span.
    """
    if cue in ("by", "within") and not (_OBLIGATION.search(clause)
                                        or _OBLIGATION.search(cue_text)):
        return False
    # "he remained an MP until 1995": a past span, not a deadline.
    return not (published is None and cue in ("until", "by", "within") and _PAST.search(clause)
                and not _FUTURE.search(clause))


def _clause_before(text: str, sentence: Sentence, timex: TimeExpr) -> str:
    """The sentence's text from the last clause break to the time."""
    before = text[sentence.start:timex.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _trigger_start(measure: Measure) -> int:
    return measure.trigger.start if measure.trigger else measure.start


def _measure_for(text: str, sentence: Sentence, time_index: int, timex: TimeExpr,
                 measures: list[Measure]) -> int | None:
    """The measure this time belongs to: one in its sentence, or one the sentence names again."""
    here = [index for index, measure in enumerate(measures) if measure.start == sentence.start]
    for index in here:
        if time_index in measures[index].times:
            return index
    if here:
        return min(here, key=lambda index: abs(_trigger_start(measures[index]) - timex.start))
    # "The duties take effect on ...": the last measure of that type, or named with that word.
    lex = lexicon()
    types, heads = set(), set()
    for trigger in lex.trigger_re_i.finditer(text, sentence.start, sentence.end):
        entry = lex.triggers.get(norm_key(trigger.group()))
        if entry is not None:
            types.add(entry.type)
            heads.add(trigger.group().lower().split()[-1])
    earlier = [index for index, measure in enumerate(measures)
               if measure.end <= sentence.start and (
                   measure.type in types
                   or (measure.trigger and measure.trigger.text.lower().split()[-1] in heads))]
    return earlier[-1] if earlier else None
