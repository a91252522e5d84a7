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

from .measures_lexicon import lexicon, norm_key
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
    m = _DATE_VALUE.match(value)
    return m.group(0) if m else None


def _add_duration(published: date, value: str) -> str | None:
    m = _DURATION.match(value)
    if not m:
        return None
    n, unit = float(m.group(1)), m.group(2)
    if unit in "DW":
        return (published + timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    months = int(n * (12 if unit == "Y" else 1))
    y, mo = divmod(published.month - 1 + months, 12)
    y += published.year
    day = min(published.day, calendar.monthrange(y, mo + 1)[1])
    return date(y, mo + 1, day).isoformat()


def _is_past(value: str, published: date | None) -> bool:
    if published is None:
        return False
    m = _DATE_VALUE.match(value)
    if not m or m.group(4) or m.group(5) or m.group(6):
        return False
    ref = published.isoformat()[: len(m.group(0))]
    return m.group(0) < ref


def _words(text: str, limit: int, keep_end: bool = False) -> str:
    words = text.split()
    if len(words) > limit:
        words = words[-limit:] if keep_end else words[:limit]
    return " ".join(words).strip(" ,;:")


def _measure_phrase(text: str, m: Measure) -> str:
    """The measure as the article names it: "US tariffs on Chinese goods"."""
    if m.trigger is None:
        return m.type.replace("_", " ")
    before = text[m.start:m.trigger.start]
    lead = re.search(r"((?:[A-Z][\w.]*(?:['’]s)?\s)?(?:[a-z-]+\s)?)$", before)
    head = (lead.group(1) if lead else "")
    if head.split()[:1] and head.split()[0].lower() in ("a", "an", "the", "of", "to", "on"):
        head = ""
    after = text[m.trigger.end:m.end]
    pp = re.match(r"\s+(?:on|against|into|for|of)\s[^,;.]{1,40}?(?=,|;|\.|\s(?:until|by|from|to|"
                  r"that|which|and|totaling|totalling|worth)\b|$)", after)
    return (head + m.trigger.text + (pp.group(0) if pp else "")).strip()


def _subject(clause: str) -> str:
    clause = _SUBORDINATE.sub("", clause, count=1) if len(clause.split()) > 8 else clause
    m = _SUBJECT_END.search(clause)
    subj = clause[: m.start()] if m else ""
    return subj.strip() if 0 < len(subj.split()) <= 6 else ""


def _what(text: str, sent: Sentence, t: TimeExpr, cue: str, measure: Measure | None) -> str:
    before = text[sent.start:t.start]
    after = text[t.end:sent.end]
    cut = list(_CLAUSE_BREAK.finditer(before))
    clause = before[cut[-1].end():] if cut else before
    clause = _CUE_BEFORE.sub("", clause).strip()
    if cue == "deadline":
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
    if measure is not None and cue in ("until", "effect", "expire"):
        phrase = _measure_phrase(text, measure)
        verb = {"until": _PARTICIPLE.get(measure.action, "in force"), "effect": "take effect",
                "expire": "expire"}[cue]
        return _words(f"{phrase} {verb}", 14)
    return _TRAILING_AUX.sub("", _words(clause, 12, keep_end=True)) or t.text


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
    starts = [s.start for s in sentences]
    out: list[Deadline] = []
    for ti, t in enumerate(times):
        si = bisect.bisect_right(starts, t.start) - 1
        if si < 0 or t.end > sentences[si].end:
            continue
        sent = sentences[si]
        before = text[max(sent.start, t.start - 60):t.start]
        cue_m = _CUE_BEFORE.search(before)
        if _PAST_CUE.search(before):
            continue
        cue = next((k for k, v in cue_m.groupdict().items() if v), "") if cue_m else ""
        if _CUE_AFTER.match(text[t.end:sent.end]) or (cue == "by" and "deadline" in cue_m.group(0)):
            cue = "deadline"
        if not cue:
            continue
        if t.type == "DURATION":
            if cue != "within" or published is None:
                continue
            value = _add_duration(published, t.value)
        elif cue == "within":
            continue
        else:
            value = _as_date(t.value)
        if value is not None and _is_past(value, published) and not re.search(r"\d{4}", t.text):
            # A deadline looks ahead: "until November 10" with no year is the next one.
            value = str(int(value[:4]) + 1) + value[4:]
        if value is None or _is_past(value, published):
            continue
        clause = _clause_before(text, sent, t)
        if cue in ("by", "within") and not (_OBLIGATION.search(clause) or (
                cue_m is not None and _OBLIGATION.search(cue_m.group(0)))):
            continue
        if published is None and cue in ("until", "by", "within") and _PAST.search(clause) \
                and not _FUTURE.search(clause):
            continue  # "he remained an MP until 1995": a past span, not a deadline
        mi = _measure_for(text, sent, ti, t, measures)
        what = _what(text, sent, t, cue, measures[mi] if mi is not None else None)
        out.append(Deadline(date=value, what=what, start=t.start, end=t.end, text=t.text,
                            measure=mi))
    return out


def _clause_before(text: str, sent: Sentence, t: TimeExpr) -> str:
    before = text[sent.start:t.start]
    cut = list(_CLAUSE_BREAK.finditer(before))
    return before[cut[-1].end():] if cut else before


def _measure_for(text: str, sent: Sentence, ti: int, t: TimeExpr,
                 measures: list[Measure]) -> int | None:
    """The measure this time belongs to: one in its sentence, or one the sentence names again."""
    here = [i for i, m in enumerate(measures) if m.start == sent.start]
    for i in here:
        if ti in measures[i].times:
            return i
    if here:
        return min(here, key=lambda i: abs((measures[i].trigger.start if measures[i].trigger
                                            else measures[i].start) - t.start))
    # "The duties take effect on ...": the last measure of that type, or named with that word.
    lex = lexicon()
    types, heads = set(), set()
    for m in lex.trigger_re_i.finditer(text, sent.start, sent.end):
        entry = lex.triggers.get(norm_key(m.group()))
        if entry is not None:
            types.add(entry.type)
            heads.add(m.group().lower().split()[-1])
    earlier = [i for i, m in enumerate(measures) if m.end <= sent.start and (
        m.type in types or (m.trigger and m.trigger.text.lower().split()[-1] in heads))]
    return earlier[-1] if earlier else None
