"""Which measure a deadline belongs to (the Deadline's `measure` index; GUIDELINES.md 4.8).

A measure whose own times hold the deadline's time wins; then one named in the same
clause; then the nearest in the sentence; then, for a sentence that names a measure again
("The duties take effect on ..."), the last earlier measure of that type or head word.
"""

from __future__ import annotations

import re

from ..gazetteer import country_name, demonym_to_country
from ..measures.lexicon import lexicon, norm_key
from ..model import Measure, Sentence
from .clause import Spot

# A clause whose subject refers back to a measure: "The higher rate will take effect",
# "It comes into force", "The change applies from": a pronoun, or a definite noun phrase
# of a few words ending in a word for a measure's step.
BACK_REFERENCE = (
    # ("the 1.9p a litre rise": a rate and its unit may come first)
    r"(?:it|they|this|these|(?:the|this|these|that|those|its|their)\s+(?:[\w.%-]+\s+){0,3}?"
    r"(?:rates?|increases?|rises?|hikes?|cuts?|reductions?|changes?|moves?|measures?"
    r"|steps?|decisions?|polic(?:y|ies)|orders?|requirements?|system|scheme|regime|reforms?"
    # "The rules, issued by the Bureau ..., take effect on December 31"
    r"|rules|regulations|restrictions|controls|curbs|provisions"
    # "The money will be paid out before the end of September": a subsidy's money
    r"|plans?|proposals?|money|funds|payments?|cash))")
# The same for a stage or term of the measure, which a label keeps as written: "The new
# phase begins May 25 and runs until Nov. 24".
_STAGE_REFERENCE = (r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:phases?|programmes?|programs?|extensions?|exemptions?|waivers?|pauses?"
                    r"|truces?|packages?)")
# The adoption a proposal waits for, before its subject: "If approved, the western extension
# would start in February 2007".
_ONCE_ADOPTED = (r"(?:if\s+(?:it\s+is\s+|they\s+are\s+)?(?:approved|passed|adopted|ratified)"
                 r"\s*,\s*)")
_BACK_SUBJECT = re.compile(rf"^\s*(?:(?:and|but|so)\s+)?{_ONCE_ADOPTED}?"
                           rf"(?:{BACK_REFERENCE}|{_STAGE_REFERENCE})"
                           rf"\s+(?=\w)", re.I)
# The same after a speaker: "but the White House said the rate could rise to 50% on July 9".
_REPORTED_BACK_SUBJECT = re.compile(
    rf"^\s*(?:(?:and|but|so)\s+)?(?:[\w'’.-]+\s+){{1,6}}?(?:said|says|warned|added)\s+"
    rf"(?:that\s+)?{BACK_REFERENCE}\s+(?=\w)", re.I)


_CAPITALIZED = re.compile(r"\b[A-Z][\w.'’]*[\w]")
_QUALIFIER_REACH = 24  # characters before a measure word that may name its state
# Words for a probe, whatever its type (an investigation, a trade-defence case).
_PROBE_WORDS = frozenset({"probe", "investigation", "inquiry", "enquiry"})


def _trigger_start(measure: Measure) -> int:
    return measure.trigger.start if measure.trigger else measure.start


def in_sentence(spot: Spot, measures: list[Measure], time_index: int = -1) -> list[int]:
    """The measures whose evidence sentence is the time's sentence, or whose own times hold
    the time (a record that took in this sentence: "Canada to hit Chinese steel with a
    surtax" and then "Canada will impose a 25% surtax ... starting October 15")."""
    return [index for index, measure in enumerate(measures)
            if measure.start <= spot.timex.start and spot.timex.end <= measure.end
            or time_index in measure.times]


def measure_for(spot: Spot, time_index: int, measures: list[Measure],
                here: list[int]) -> int | None:
    """The index of the measure this time dates, or None."""
    antecedent = _antecedent(spot, measures)
    if antecedent is not None:
        return antecedent  # before the times a record took in from its whole sentence
    for index in here:
        if time_index in measures[index].times:
            return index
    in_clause = [index for index in here
                 if spot.start <= _trigger_start(measures[index]) < spot.end]
    nearby = in_clause or here
    if nearby:
        return min(nearby, key=lambda index: abs(_trigger_start(measures[index])
                                                  - spot.timex.start))
    return _named_again(spot, measures)


# The measure word a relative clause holding the time is said of: "Under the deal, which
# comes into force in April next year, Mexico will scrap duties".
_ANTECEDENT = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)"
                         r"\s*,\s*(?:which|that)\s*$", re.I)


def _antecedent(spot: Spot, measures: list[Measure]) -> int | None:
    """The measure a relative clause holding the time is said of, when the clause's noun
    names one: the last measure up to it of that word's type or with that word."""
    found = _ANTECEDENT.search(spot.text, spot.sentence.start, spot.start)
    if found is None:
        return None
    entry = lexicon().triggers.get(norm_key(found.group("noun")))
    if entry is None:
        return None
    noun = found.group("noun").lower()
    earlier = [index for index, measure in enumerate(measures)
               if _trigger_start(measure) < spot.start and (
                   (entry.type and measure.type == entry.type)
                   or (measure.trigger and noun in measure.trigger.text.lower().split()))]
    return earlier[-1] if earlier else None


def _named_again(spot: Spot, measures: list[Measure]) -> int | None:
    """The last earlier measure the sentence names again by type or head word."""
    types, heads = _named(spot.text, spot.sentence.start, spot.sentence.end)
    probe = bool(heads & _PROBE_WORDS)  # "the canola probe": an anti-dumping investigation
    earlier = [index for index, measure in enumerate(measures)
               if measure.end <= spot.sentence.start and (
                   measure.type in types
                   # ("the ban" again after "a ban on exports": any word of its trigger)
                   or (measure.trigger and heads & set(measure.trigger.text.lower().split()))
                   or probe and measure.action == "investigate")]
    # "The US duties ... are due to take effect": the one whose state qualifies the word
    states = _states_before_triggers(spot.text, spot.sentence.start, spot.timex.start)
    own = [index for index in earlier if measures[index].imposer in states]
    return (own or earlier)[-1] if earlier else None


def _states_before_triggers(text: str, start: int, end: int) -> set[str]:
    """The countries named right before a measure word ("the US duties", "Canada's
    tariffs") between `start` and `end`."""
    out: set[str] = set()
    for trigger in lexicon().trigger_re_i.finditer(text, start, end):
        before = text[max(start, trigger.start() - _QUALIFIER_REACH):trigger.start()]
        for word in _CAPITALIZED.findall(before):
            word = word.removesuffix("'s").removesuffix("’s")
            name = country_name(word) or demonym_to_country(word)
            if name:
                out.add(name)
    return out


def referred_back(spot: Spot, previous: Sentence, measures: list[Measure]) -> int | None:
    """The last measure of the sentence before, when the time's clause opens with a
    subject that refers back to it ("The higher rate will take effect on June 4")."""
    if spot.fronted or not (_BACK_SUBJECT.match(spot.before) or _apposed_back(spot)
                            or _BACK_OBJECT.match(spot.before)):
        return None
    earlier = [index for index, measure in enumerate(measures)
               if measure.start <= previous.start and previous.end <= measure.end]
    if earlier:
        return earlier[-1]
    # The sentence before told a measure that a headline's record took in: the last
    # earlier record of a type the sentence names.
    types, _ = _named(spot.text, previous.start, previous.end)
    earlier = [index for index, measure in enumerate(measures)
               if measure.end <= previous.end and measure.type in types]
    return earlier[-1] if earlier else None


# A pronoun for the measure as the object of an expectation or a wish, in a passive: "He
# expects it to be lifted over the next six months", "Ministers want them scrapped by May".
# Verbs of expecting or wishing a pronoun may follow as their object.
WISHING = r"(?:expects?|expected|wants?|wanted|hopes?\s+for|hoped\s+for|would\s+like)"
_BACK_OBJECT = re.compile(
    rf"^\s*(?:(?:and|but|so)\s+)?(?:[\w'’.-]+\s+){{1,4}}?{WISHING}\s+(?:it|them)\s+"
    r"(?:to\s+be\s+)?(?:\w+ly\s+)?\w+(?:ed|en|wn)\s+$", re.I)


# The sentence's subject, then an apposition, then the time's clause: "The rules, issued
# by the Bureau ..., take effect on December 31".
# (or told by a speaker: "Mr Brown said the 1.9p a litre rise, which had been due to take
# effect in April, would be delayed until September 2005")
_APPOSED_BACK_SUBJECT = re.compile(
    rf"\s*(?:(?:[\w'’.-]+\s+){{1,6}}?(?:said|says|added)\s+(?:that\s+)?)?{BACK_REFERENCE},",
    re.I)


_NO_SUBJECT = re.compile(r"[\s,]*(?:will|would|shall|must|could|is|are|takes?|comes?|appl(?:y|ies)"
                         r"|enters?|expires?|lapses?|runs?|go(?:es)?|kicks?|becomes?)\b", re.I)


def _apposed_back(spot: Spot) -> bool:
    """The time's clause has no subject of its own, and the sentence's is a reference:
    after an apposition, or a verb joined to the sentence's first one ("They had been due
    to expire on Sunday and will now run until 20 February")."""
    if _APPOSED_BACK_SUBJECT.match(spot.before):
        return True
    if not _NO_SUBJECT.match(spot.before):
        return False
    return bool(_APPOSED_BACK_SUBJECT.match(spot.text, spot.sentence.start)) or bool(
        _JOINED_VERB.search(spot.text, spot.sentence.start, spot.start)
        and _BACK_SUBJECT.match(spot.text[spot.sentence.start:spot.start]))


# A verb joined to the one before it, its subject shared: "... on Sunday and [will now run]".
_JOINED_VERB = re.compile(r"[^,;:]\s+(?:and|but)\s+$", re.I)


def _named(text: str, start: int, end: int) -> tuple[set[str], set[str]]:
    """The measure types and the head words of the trigger words in text[start:end]."""
    lex = lexicon()
    types, heads = set(), set()
    for trigger in lex.trigger_re_i.finditer(text, start, end):
        entry = lex.triggers.get(norm_key(trigger.group()))
        if entry is not None:
            types.add(entry.type)
            heads.add(trigger.group().lower().split()[-1])
    return types, heads


def referred_back_here(spot: Spot, measures: list[Measure]) -> int | None:
    """The last measure of a type the sentence names before the time's clause, when that
    clause's subject (after a speaker, maybe) refers back to it: "British steel will remain
    subject to a 25% tariff, but the White House said the rate could rise to 50% on July
    9"."""
    if spot.fronted or spot.start <= spot.sentence.start or not (
            _BACK_SUBJECT.match(spot.before) or _REPORTED_BACK_SUBJECT.match(spot.before)):
        return None
    types, _ = _named(spot.text, spot.sentence.start, spot.start)
    earlier = [index for index, measure in enumerate(measures)
               if measure.start < spot.start and measure.type in types]
    return earlier[-1] if earlier else None
