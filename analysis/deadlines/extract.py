"""The deadline stage's loop: each time in its clause, through the rules, to a Deadline."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..measures.standing import official_spans
from ..model import Actor, Deadline, Measure, Sentence, TimeExpr
from .clause import Officials, Spot
from .clause import spot as spot_of
from .dates import due_date
from .link import in_sentence, measure_for, referred_back, referred_back_here
from .rules import find_cue, took_effect_today
from .what import PERIOD_WORDS, what_is_due


def extract_deadlines(text: str, sentences: list[Sentence], times: list[TimeExpr],
                      measures: list[Measure], published: str | date | None = None,
                      actors: Sequence[Actor] = ()) -> list[Deadline]:
    """Deadlines in the text, one at most per time expression, in text order.

    `published` (a date or "YYYY-MM-DD") anchors spans ("within 90 days") and drops dates
    already past; without it, spans give no deadline. `actors`: the article's, whose
    states, public bodies and officials may take a step (read only for times to come).
    """
    day = _as_date(published)
    starts = [sentence.start for sentence in sentences]
    out: list[Deadline] = []
    acting = Officials(lambda: official_spans(text, list(actors))) if actors else None
    for time_index, timex in enumerate(times):
        index = bisect.bisect_right(starts, timex.start) - 1
        if index < 0 or timex.end > sentences[index].end:
            continue
        previous = sentences[max(0, index - _BACK_SENTENCES):index]
        sentence = sentences[index]
        deadline = _deadline(text, sentence, time_index, timex, measures, day, previous,
                             _anchor_after(text, times, time_index), times, acting,
                             lead=sentences[0])
        if deadline is None and out and out[-1].end >= sentence.start:
            deadline = _gapped(text, out[-1], timex, day) or _apposed(text, out[-1], timex)
        if deadline is not None:
            out.append(deadline)
    return out


# A day named and then dated in apposition: "on his first day in office, January 20".
_APPOSED_DAY = re.compile(r"\b(?P<prep>on|by|from|before|until)\s+(?:the|his|her|its|their)\s+"
                          r"(?:[\w'’-]+\s+){0,3}?(?:day|date|deadline)(?:\s+[\w'’-]+){0,3},\s*$",
                          re.I)
# A period of grace before a measure applies, the span inside it or after it.
_GRACE_PERIOD = re.compile(r"\bafter\s+(?:an?|the)\s+$", re.I)
_PERIOD_AFTER = re.compile(rf"\s+{PERIOD_WORDS}\b", re.I)
_GRACE_PERIOD_OF = re.compile(rf"\bafter\s+(?:an?|the)\s+{PERIOD_WORDS}\s+of\s+$", re.I)
# Between a span and the day it counts from: "21 days after Aug. 7", "12 months from the
# July 15 start of the probe".
_AFTER_DAY = re.compile(r"\s+(?:after|from|beginning|starting)\s+(?:the\s+(?=\w+\s+\d{1,2}\s+"
                        r"(?:start|launch|opening)\b))?")
# A day a step starts on, then the span it runs for: "from 1 July for 90 days", "starting
# March 1 for a period of six months".
_START_DAY = re.compile(r"\b(?:from|starting|beginning|effective)\s+(?:on\s+)?$", re.I)
_THEN_FOR = re.compile(r"\s+for\s+(?:a\s+period\s+of\s+)?", re.I)
# A dated event a span is counted from: " of its ruling on ", " after the decree's
# publication on ".
_AFTER_EVENT = re.compile(r"\s+(?:after|from|of|following)\s+(?:(?:the|its|their|this|that"
                          r"|his|her)\s+)?(?:[\w'’-]+\s+){1,3}?(?:on|dated)\s+", re.I)
# The day told before a span, which it is counted from: " after that", " after then".
_AFTER_THAT = re.compile(r"\s+(?:after\s+(?:that|then|that\s+date)|thereafter|later)\b", re.I)
# A clause counted from the day right before it: ", after which companies will have ".
_AFTER_WHICH = re.compile(r"\s*,\s*(?:after|from)\s+which\s+[^.;,]{0,60}?(?:have|has|get|gets"
                          r"|be\s+given)\s+", re.I)
# How many sentences back a subject like "The reductions" may refer.
_BACK_SENTENCES = 2
# The rest of a clause whose verb is gapped: "will take effect this year, [those on
# semiconductors by] 2025": the phrase that replaces the subject's, and the preposition.
_GAPPED = re.compile(r"\s*,\s*(?:and\s+)?(?:those|that)\s+(?P<phrase>(?:on|for|of)\s+[^,;.]{1,60}?)"
                     r"\s+(?P<prep>by|in|from|on|at)\s+(?:the\s+end\s+of\s+)?$", re.I)
_SUBJECT_PHRASE = re.compile(r"^(?P<head>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:on|for|of)\s+"
                             r"(?P<rest>.+?)\s+(?P<verb>will|would|are|is|must|could)\s", re.I)


# An event a step is due before, dated by the time right after it: "before Parliament
# rises in July", "before a summit of EU leaders in March", "before the WTO's ministerial
# meeting in Hong Kong in December", "before lawmakers leave to campaign at the end of the
# month"; or with the day inside it: "before the July 4 recess".
_BEFORE_EVENT = re.compile(r"\bbefore\s+(?P<event>(?:(?!before\b)[\w'’.-]+\s+){1,9}?)$", re.I)
_EVENT_PHRASE = re.compile(r"\b(?:rises|breaks|leaves?|adjourns?|closes|recess|summit|meeting"
                           r"|session|conference|elections?|vote|ends|starts|begins|opens)\b",
                           re.I)
_DAY_OF_THE_EVENT = re.compile(r"\s+(?:recess|summit|meeting|session|conference|elections?"
                               r"|vote|deadline)\b", re.I)


def _before_the_event(spot: Spot) -> Spot | None:
    """The spot read as due "before" the event whose day the time gives; None when the
    time does not date an event a step is put before."""
    if spot.fronted or spot.skip is not None:
        return None
    if spot.prep in ("in", "on", "at"):
        found = _BEFORE_EVENT.search(spot.text, spot.start, spot.lead_start)
        if found is None or not _EVENT_PHRASE.search(found.group("event")) \
                or "," in found.group("event"):
            return None
    elif not spot.prep and spot.text.endswith("before the ", spot.start, spot.timex.start) \
            and _DAY_OF_THE_EVENT.match(spot.text, spot.timex.end):
        found = None
    else:
        return None
    at = found.start() if found is not None else spot.timex.start - len("before the ")
    if at <= spot.start:
        return None
    return replace(spot, prep="before", lead_start=at, end=at)


def _gapped(text: str, before: Deadline, timex: TimeExpr,
            published: date | None) -> Deadline | None:
    """A time right after a deadline of the same sentence in a clause that gaps its verb:
    "The increases on cars will take effect this year, those on chips by 2025" dates the
    increases on chips as the first time dates those on cars."""
    gap = _GAPPED.fullmatch(text, before.end, timex.start)
    if gap is None:
        return None
    value = due_date(timex, gap.group("prep").lower(), "", published, published)
    subject = _SUBJECT_PHRASE.match(before.what)
    if value is None or subject is None:
        return None
    phrase = " ".join(gap.group("phrase").split())
    what = f"{subject.group('head')} {phrase} {before.what[subject.start('verb'):]}"
    return Deadline(date=value, what=what, start=timex.start, end=timex.end, text=timex.text,
                    measure=before.measure, why=f"deadline.gapped: 'those {phrase.split()[0]}'")


# A period named in apposition right after a deadline's day, the same day told again: "by
# March 31, the end of the fiscal year".
_APPOSED_PERIOD = re.compile(r"\s*,\s*(?:the\s+)?(?:(?:end|close|start|beginning|last\s+day"
                             r"|first\s+day)\s+of\s+)?", re.I)


def _apposed(text: str, before: Deadline, timex: TimeExpr) -> Deadline | None:
    """The period that names the day of the deadline right before it: a second record for
    the second expression, with the first's day (5.2: one record per expression)."""
    if not timex.text.lower().startswith("the ") or len(before.date) != 10 \
            or not _APPOSED_PERIOD.fullmatch(text, before.end, timex.start):
        return None
    return Deadline(date=before.date, what=before.what, start=timex.start, end=timex.end,
                    text=timex.text, measure=before.measure,
                    why=f"deadline.apposed: '{before.text[:20]}, {timex.text[:30]}'")


def _anchor_after(text: str, times: list[TimeExpr], index: int) -> date | None:
    """The day a span is counted from when a dated day follows it: "21 days after Aug.
    7" (the span ends on Aug. 28)."""
    timex = times[index]
    if timex.type != "DURATION":
        return None
    before = times[index - 1] if index > 0 else None
    if before is not None and before.type == "DATE" and len(before.value) == 10 \
            and _AFTER_WHICH.fullmatch(text, before.end, timex.start):
        # "They take effect on 1 March, after which companies will have 45 days to ..."
        return _as_date(before.value)
    if before is not None and before.type == "DATE" and len(before.value) == 10 \
            and _AFTER_THAT.match(text, timex.end) \
            and "." not in text[before.end:timex.start]:
        # "took effect on 1 June, but inspectors will hold off on fines until 30 days after
        # that": counted from the day told before it
        return _as_date(before.value)
    if before is not None and before.type == "DATE" and len(before.value) == 10 \
            and _THEN_FOR.fullmatch(text, before.end, timex.start) \
            and _START_DAY.search(text, max(0, before.start - 16), before.start):
        # "will allow duty-free imports from 1 July for 90 days": the span runs from the
        # day the step starts
        return _as_date(before.value)
    if index + 1 >= len(times):
        return None
    nxt = times[index + 1]
    after = _AFTER_DAY.match(text, timex.end)
    if after is None or after.end() != nxt.start:
        # "within 30 days of its ruling on November 13", "60 days after the decree's
        # publication on May 2": counted from a dated event
        after = _AFTER_EVENT.match(text, timex.end)
    if after is None or after.end() != nxt.start or nxt.type != "DATE":
        return None
    return _as_date(nxt.value) if len(nxt.value) == 10 else None


# A clock time a change starts from ("from midnight"), or one the day after it names.
_STARTING_FROM = re.compile(r"\bfrom\s+$", re.I)
_DAY_AFTER_THE_HOUR = re.compile(r"\s+(?:tonight|today|this\s+evening)\b", re.I)
# A time of day with no day to it: "9pm", "21:00 GMT", "noon".
_CLOCK_ONLY = re.compile(r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
                         r"|noon|midday|midnight)", re.I)


# A span a superlative looks back over: "prices at their lowest levels in more than a
# decade", "the first cut in five years".
_LOOK_BACK = re.compile(
    r"\b(?:lowest|highest|biggest|largest|smallest|worst|best|strongest|weakest|fastest"
    r"|slowest|deepest|sharpest|steepest|first|most|least)\b[^,.;]{0,50}?\b(?:in|for)\s+"
    r"(?:(?:more\s+than|over|nearly|almost|at\s+least|about|some|well\s+over)\s+)?$", re.I)


def _deadline(text: str, sentence: Sentence, time_index: int, timex: TimeExpr,
              measures: list[Measure], published: date | None,
              previous: list[Sentence] | None = None,
              anchor: date | None = None, times: list[TimeExpr] | None = None,
              acting: Officials | None = None, lead: Sentence | None = None
              ) -> Deadline | None:
    if due_date(timex, "", "", published, published) is None:
        return None  # past, vague or unanchored whatever the words: skip the reading
    if timex.type == "DURATION" and _LOOK_BACK.search(text, sentence.start, timex.start):
        return None  # "their lowest levels in more than a decade": a span looked back over
    if timex.type == "TIME" and _CLOCK_ONLY.fullmatch(timex.text) and published is not None \
            and timex.value[:10] == published.isoformat() \
            and not _STARTING_FROM.search(text, max(sentence.start, timex.start - 6), timex.start) \
            and not _DAY_AFTER_THE_HOUR.match(text, timex.end):
        # "banned from television before 9pm": an hour of any day, dated the day of
        # publication for want of one (not "12:01 a.m. EST (0501 GMT) on Tuesday"; not a
        # budget's "will rise from 6pm tonight", "would double from midnight")
        return None
    span = times[time_index - 1] if times and time_index > 0 else None
    if timex.type == "DATE" and span is not None and span.type == "DURATION" \
            and _past(timex, published) and _AFTER_DAY.fullmatch(text, span.end, timex.start):
        return None  # "lasts 90 days from Wednesday" (told on Thursday): the day the span
        # counts from, past, not a start to come
    spot = spot_of(text, sentence, timex, acting)
    after = anchor
    if anchor is not None and not spot.prep:
        spot = replace(spot, prep="in", anchored=True)  # "take effect 21 days after Aug. 7"
    elif anchor is not None and spot.prep == "for" and span is not None \
            and span.type == "DATE" and _THEN_FOR.fullmatch(text, span.end, timex.start):
        spot = replace(spot, prep="in", anchored=True)  # "will allow duty-free imports from 1
        # July for 90 days": the step ends when the span from its start does
    elif anchor is not None and spot.prep == "for":
        spot = replace(spot, anchored=True)  # "extended its ban for six months from Oct. 1"
        anchor = None
    elif anchor is not None and spot.prep == "within":
        spot = replace(spot, anchored=True)  # "must sell within 30 days of its ruling on
        # November 13": the span counts from the ruling's day (kept in `anchor`)
    else:
        anchor = None
    grace = None
    if timex.type == "DURATION" and not spot.prep:
        # "will take effect after a nine-month transition period" (or "after a transition
        # period of nine months"): at its end, counted from now as "in nine months" is
        grace = _GRACE_PERIOD.search(text, sentence.start, timex.start)
        if grace is None or not _PERIOD_AFTER.match(text, timex.end):
            grace = _GRACE_PERIOD_OF.search(text, sentence.start, timex.start)
    if grace is not None and grace.start() > spot.start:
        spot = replace(spot, prep="in", lead_start=grace.start())
    here = in_sentence(spot, measures, time_index)
    cue = took_effect_today(spot, published) or find_cue(spot, bool(here))
    # "... raise tariffs on steel to 50%. The higher rate will take effect on June 4":
    # the clause's subject refers back to the measure of the sentence before.
    back = None
    for before in reversed(previous or []) if not here else ():
        # "The reductions will expire on August 12": the measure of the sentence before,
        # or of the one before that when a quote came between
        back = referred_back(spot, before, measures)
        if back is not None:
            break
    if cue is None and back is not None:
        # the subject is the measure: what it will do is said of a measure
        cue = find_cue(spot, True)
    if cue is None and not here and back is None:
        # "... a 25% tariff, but the White House said the rate could rise on July 9": the
        # measure is in this sentence, though no record took it as its own
        back = referred_back_here(spot, measures)
        cue = find_cue(spot, True) if back is not None else None
    apposed = _APPOSED_DAY.search(text, spot.sentence.start, timex.start) \
        if cue is None and not spot.prep else None
    if apposed is not None:
        # "on his first day in office, January 20": the time names the day before it
        named = replace(spot, prep=apposed.group("prep").lower())
        cue = find_cue(named, bool(here))
        spot = named if cue is not None else spot
    joined = spot.joined() if cue is None else None
    if joined is not None:
        # "would suspend the exemption, which lets ... duty-free, from August 29": the
        # main clause says what happens then
        cue = find_cue(joined, bool(here), strong_only=True)
        spot = joined if cue is not None else spot
    ahead = _before_the_event(spot) if cue is None else None
    if ahead is not None:
        # "wanted the bill to become law before Parliament rises in July": what is due
        # before the event, whose day the time gives
        cue = find_cue(ahead, bool(here))
        spot = ahead if cue is not None else spot
    widened = spot.widened() if cue is None else None
    if widened is not None:
        # "will fall to 30%, and China's on US goods to 10% from 125%, from May 14": the
        # clause gaps the verb of the one before it
        cue = find_cue(widened, bool(here))
        spot = widened if cue is not None else spot
    if cue is None:
        return None
    if cue.rule in ("paused-for", "laid-for", "runs-for", "granted"):
        # "suspended for 90 days from Wednesday", "on Monday agreed to pause ... for 30 days",
        # "on Wednesday gave a committee 30 days to"
        anchor = after or _told_on(text, sentence, timex, times or [], published,
                                   lead if cue.rule == "granted" else None)
        if anchor is None:
            return None
    elif cue.rule == "lasts" and after is not None and spot.anchored:
        anchor = after  # "would extend its ban for another six months from Oct. 1"
    elif timex.type == "DURATION" and anchor is None:
        # "Treasurer X said on Monday that the investors must sell within 60 days": a span
        # counted from the day the sentence tells (5.3), else from publication
        anchor = _told_on(text, sentence, timex, times or [], published)
    # ("expects to publish the list by Monday": "by" looks ahead as firmly)
    forward = (cue.forward or spot.prep in _AHEAD_PREPS) \
        and not (spot.fronted and _past(timex, published))
    # ("In January, Commissioner Meissner ruled that Elian should go back": a time opening
    # the sentence dates its main verb, whose tense the time's value was read from)
    value = due_date(timex, spot.prep, spot.lead, published if forward else None,
                     anchor or published)
    if value is None or (published is not None and value < published.isoformat()[:len(value)]):
        return None
    link = measure_for(spot, time_index, measures, here)
    link = back if link is None else link
    what = what_is_due(spot, cue, measures[link] if link is not None else None)
    return Deadline(date=value, what=what, start=timex.start, end=timex.end, text=timex.text,
                    measure=link, why=f"deadline.{cue.rule}: {cue.words}"[:80])


# Prepositions of a time that is still to come when a rule reads a deadline there.
_AHEAD_PREPS = frozenset({"by", "before", "no later than", "not later than"})


def _past(timex: TimeExpr, published: date | None) -> bool:
    """Whether the time's own value lies before the day of publication."""
    return published is not None and timex.type == "DATE" and timex.value[:4].isdigit() \
        and timex.value < published.isoformat()[:len(timex.value)]


# How many days before publication a step told "on Monday" may have been taken.
_RECENT_DAYS = 7


def _told_on(text: str, sentence: Sentence, span: TimeExpr, times: list[TimeExpr],
             published: date | None, lead: Sentence | None = None) -> date | None:
    """The day a step held off for `span` was told: the last day the sentence names before
    the span, within a week before publication, else the last its paragraph names before
    it (`_day_of_the_news`; or the story's first sentence, `lead`, given for a span an
    official grants, when the paragraph names none), else the publication day; None when the
    sentence dates the step vaguely or long before ("in 2019", "in March")."""
    told = published
    named = False  # whether the sentence names a day before the span
    for timex in times:
        if timex.start < sentence.start or timex.type not in ("DATE", "TIME"):
            continue
        if timex.start >= span.start:
            if timex.start < sentence.end and told == published \
                    and _ON_THE_DAY.fullmatch(text, span.end, timex.start):
                # "suspended the tariffs for 90 days on Wednesday": the day told after it
                day = _as_date(timex.value) if len(timex.value) >= 10 else None
                if day is not None and published is not None \
                        and 0 <= (published - day).days <= _RECENT_DAYS:
                    told, named = day, True
            elif timex.start < sentence.end and _ends_at(_IN_THE_PERIOD.match(text, span.end),
                                                          timex.start):
                day = _as_date(timex.value) if len(timex.value) >= 10 else None
                if day is None or published is None \
                        or not 0 <= (published - day).days <= _RECENT_DAYS:
                    return None  # "waived those sanctions for 180 days in May": counted
                    # from a vague or older start
            break
        day = _as_date(timex.value) if len(timex.value) >= 10 else None
        if day is None or published is None \
                or not 0 <= (published - day).days <= _RECENT_DAYS:
            return None
        told, named = day, True
    if not named and published is not None:
        told = _day_of_the_news(text, sentence, times, published, lead) or told
    return told


def _ends_at(found: re.Match[str] | None, at: int) -> bool:
    return found is not None and found.end() == at


def _day_of_the_news(text: str, sentence: Sentence, times: list[TimeExpr],
                     published: date, lead: Sentence | None = None) -> date | None:
    """Where the sentence names no day: the day its paragraph told last, if recent ("The
    panel ruled Friday that ... It gave the ministry 90 days to issue a new determination");
    None when the paragraph told none or a day long before."""
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    for timex in reversed(times):
        if timex.start >= sentence.start or timex.type not in ("DATE", "TIME"):
            continue
        if timex.start < paragraph:
            break  # (a day of another paragraph may be another step's)
        day = _as_date(timex.value) if len(timex.value) >= 10 else None
        if day is None or not 0 <= (published - day).days <= _RECENT_DAYS:
            return None
        return day
    return _day_of_the_lead(text, times, published, lead) \
        if lead is not None and paragraph > 0 else None


def _day_of_the_lead(text: str, times: list[TimeExpr], published: date, lead: Sentence
                     ) -> date | None:
    """The day the story's first sentence tells, if recent ("An Egyptian court on Tuesday
    ordered ... [next paragraph] It gave the Ministry of Petroleum 60 days to submit the
    contract"): the news the later paragraphs go on with; not a dateline's day."""
    day = None
    for timex in times:
        if timex.start >= lead.end:
            break
        if timex.type != "DATE" or len(timex.value) < 10 or _DATELINE_DAY.search(
                text, max(0, timex.start - 3), timex.start) and timex.start < 40:
            continue
        found = _as_date(timex.value)
        if found is not None and 0 <= (published - found).days <= _RECENT_DAYS:
            day = found
    return day


# A dateline's day, after its city and before its agency ("CAIRO, Nov 19, 2008 (AFP) -").
_DATELINE_DAY = re.compile(r",\s*$")


# The words between a span and the day it was told, right after it: " on Wednesday".
_ON_THE_DAY = re.compile(r"\s+on\s+")
# The words between a span and the period it was told in: " in May", " last month".
_IN_THE_PERIOD = re.compile(r"\s+(?:in|during|earlier|late|early|(?=last\s|this\s))\s*")


def _as_date(published: str | date | None) -> date | None:
    if isinstance(published, str):
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None
    return published
