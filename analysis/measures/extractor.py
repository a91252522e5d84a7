"""Trade and policy measures: who does what to whom, with what magnitude, sentence by sentence.

A rule engine over the trigger lexicons in analysis/data/measure_*.json. One pass of a
trigger regex over the text picks the few sentences worth a closer look; only those are
tokenised. Each trigger then gets an action (from the verb or noun that governs it, with
modality and negation), an imposer (agent, modifier such as "US tariffs", possessor or
subject), targets (the object phrase, "on Chinese goods"), a magnitude and its times.
"""

from __future__ import annotations

import bisect

from ..model import Actor, Measure, Mention, Sentence, TimeExpr
from .article import DocContext, Found, tok_index
from .lexicon import Lexicon, TriggerEntry, lexicon, norm_key
from .magnitude import pick_magnitudes
from .parties import find_parties, official
from .sentence import INVESTIGATIVE, SentenceView
from .triggers import accept, object_type, resolve_type

Hit = tuple[int, int, TriggerEntry]  # (start, end, what the trigger phrase means)


def extract_measures(text: str, sentences: list[Sentence], actors: list[Actor],
                     times: list[TimeExpr]) -> list[Measure]:
    """One Measure per (measure, sentence): type, action, imposer, targets, magnitude, times."""
    lex = lexicon()
    by_sentence = _hits_by_sentence(text, sentences, lex)
    if not by_sentence:
        return []
    doc = DocContext(text, actors, lex)
    time_starts = sorted((timex.start, index) for index, timex in enumerate(times))
    measures: list[Measure] = []
    for index in sorted(by_sentence):
        measures += _sentence_measures(doc, sentences[index], by_sentence[index], times,
                                       time_starts)
    return measures


def _hits_by_sentence(text: str, sentences: list[Sentence],
                      lex: Lexicon) -> dict[int, list[Hit]]:
    """The trigger phrases of the text, by the index of the sentence that holds them."""
    lowered = text.lower()
    if len(lowered) == len(text):
        hits = lex.trigger_re.finditer(lowered)
    else:  # a few characters change length in lower case; offsets must stay true
        hits = lex.trigger_re_i.finditer(text)
    sentence_starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[Hit]] = {}
    for hit in hits:
        entry = lex.triggers.get(norm_key(hit.group()))
        if entry is None:
            continue
        index = bisect.bisect_right(sentence_starts, hit.start()) - 1
        if index < 0 or hit.end() > sentences[index].end:
            continue
        by_sentence.setdefault(index, []).append((hit.start(), hit.end(), entry))
    return by_sentence


def _sentence_measures(doc: DocContext, sentence: Sentence, hits: list[Hit],
                       times: list[TimeExpr], time_starts: list[tuple[int, int]]
                       ) -> list[Measure]:
    """The measures of one sentence with trigger hits."""
    view = SentenceView(doc, sentence.start, sentence.end)
    found = _analyse(view, hits)
    if not found:
        return []
    pick_magnitudes(view.start, view.end, found, doc.text)
    first = bisect.bisect_left(time_starts, (sentence.start, -1))
    stop = bisect.bisect_left(time_starts, (sentence.end, -1))
    sentence_times = [index for _, index in time_starts[first:stop]
                      if times[index].end <= sentence.end]
    dated = any(char.isdigit() for index in sentence_times for char in times[index].value)
    # Without a party or a magnitude, a trigger is a measure only in a sentence with a date.
    found = [trigger for trigger in _merge(found) if trigger.concrete or dated]
    if not found:
        return []
    owners = _time_owners(found, sentence_times, times)
    text = doc.text
    measures = []
    for index, trigger in enumerate(found):
        _fill_sides(doc, trigger)
        measures.append(Measure(
            type=trigger.type, action=trigger.action, imposer=trigger.imposer,
            targets=trigger.targets, magnitude=trigger.magnitude, start=sentence.start,
            end=sentence.end, text=text[sentence.start:sentence.end],
            trigger=Mention(trigger.start, trigger.end, text[trigger.start:trigger.end]),
            times=owners.get(index, [])))
    return measures


def _time_owners(found: list[Found], sentence_times: list[int],
                 times: list[TimeExpr]) -> dict[int, list[int]]:
    """Each time of the sentence goes to the nearest trigger (its magnitude first)."""
    owners: dict[int, list[int]] = {}
    for time_index in sentence_times:
        timex = times[time_index]
        middle = (timex.start + timex.end) / 2
        best = min(range(len(found)), key=lambda index: (
            f"{found[index].magnitude}" != timex.text,
            abs(middle - (found[index].start + found[index].end) / 2)))
        owners.setdefault(best, []).append(time_index)
    return owners


def _analyse(view: SentenceView, hits: list[Hit]) -> list[Found]:
    """The triggers of a sentence that name a measure, with type, action and parties."""
    found: list[Found] = []
    for start, end, entry in hits:
        trigger = Found(entry, start, end, type=entry.type)
        trigger.first = tok_index(view.toks, view.starts, start)
        trigger.last = tok_index(view.toks, view.starts, end - 1)
        if accept(view, trigger):
            found.append(trigger)
    for trigger in found:
        for at in range(trigger.first, trigger.last + 1):
            view.trigger_at[at] = trigger
    types_here = [trigger.type for trigger in found]
    kept: list[Found] = []
    for trigger in found:
        if trigger.entry.kind == "generic":
            mtype = resolve_type(view, trigger, types_here)
            if mtype is None:
                continue
            trigger.type = mtype
        elif trigger.entry.phrase in ("ban", "embargo", "trade embargo"):
            trigger.type = object_type(view, trigger) or trigger.type
        action, explicit, cue = view.action(trigger)
        adjusted = view.modality(_probe_action(view, trigger, action), cue, trigger.first)
        if adjusted is None:
            continue
        trigger.action, trigger.explicit_action = adjusted, explicit
        find_parties(view, trigger, cue, explicit)
        if not trigger.qualified and not official(view.lex, trigger):
            continue
        kept.append(trigger)
    return kept


def _probe_action(view: SentenceView, trigger: Found, action: str) -> str:
    """Only probes are investigated ("launched subsidies" imposes); a probe that is
    imposed or investigated is investigated."""
    intrinsic_probe = trigger.type == "investigation" or (
        trigger.type == "trade_defence" and view.low(trigger.last) in INVESTIGATIVE)
    if intrinsic_probe and action in ("impose", "investigate"):
        return "investigate"
    if action == "investigate":
        return "impose"
    return action


def _merge(found: list[Found]) -> list[Found]:
    """Triggers of one type in one sentence name one measure unless their targets differ."""
    out: list[Found] = []
    for trigger in found:
        same = next((kept for kept in out if kept.type == trigger.type and (
            not kept.targets or not trigger.targets or set(kept.targets) & set(trigger.targets))),
            None)
        if same is None:
            out.append(trigger)
            continue
        same.imposer = same.imposer or trigger.imposer
        same.targets += [target for target in trigger.targets if target not in same.targets]
        same.targets = [target for target in same.targets if target != same.imposer]
        same.magnitude = same.magnitude or trigger.magnitude
        same.concrete = same.concrete or trigger.concrete
        if not same.explicit_action and trigger.explicit_action:
            same.action, same.explicit_action = trigger.action, True
    return out


def _fill_sides(doc: DocContext, trigger: Found) -> None:
    """In an article about two countries, an unnamed side of a measure is the other one."""
    if doc.pair is None:
        return
    first, second = doc.pair
    if trigger.imposer is None and trigger.targets and trigger.targets[0] in doc.pair:
        trigger.imposer = second if trigger.targets[0] == first else first
    elif trigger.imposer in doc.pair and not trigger.targets:
        trigger.targets = [second if trigger.imposer == first else first]
    elif trigger.imposer is None and not trigger.targets:
        trigger.imposer, trigger.targets = first, [second]
