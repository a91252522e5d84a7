"""The measure lexicons (analysis/data/measure_*.json), loaded once and compiled to regexes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from .. import gazetteer
from ..datafiles import load_json
from ..prefix_regex import prefix_regex

_NEEDS = ("needs_wto", "needs_act", "needs_qualifier")
CHARS_PER_TOKEN = 16  # a generous guess at how long a word and its space are
_SEP_OPTIONAL = "\x01"  # a hyphen in a phrase: hyphen, space or nothing
_SEP_REQUIRED = "\x02"  # a space in a phrase: one or more spaces or hyphens


@dataclass(slots=True, frozen=True)
class TriggerEntry:
    """What a matched trigger phrase means."""

    type: str  # a measure type, or "" for a generic restriction word
    # "direct", "generic", "verb_bound", "verb", "verb_wto", or one of _NEEDS: what else
    # it needs
    kind: str
    phrase: str
    action: str = ""  # a verb trigger's own action ("investigated" -> "investigate")


def _plural(word: str) -> list[str]:
    """The word and its plural ("tariff", "tariffs"; "duty", "duties")."""
    if word.endswith(("s", "x", "ch", "sh")):
        return [word, word + "es"] if not word.endswith("s") else [word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


_KEY_SEPARATORS = re.compile(r"[\s\-‐‑–]+")


def norm_key(text: str) -> str:
    """The lookup key of a phrase or a matched span: lower case, no spaces or hyphens.
    Asked of every trigger the text holds, most of them one word: letters and digits
    alone have no separator to drop."""
    if text.isalnum():
        return text.lower()
    return _KEY_SEPARATORS.sub("", text.lower())


def _units(phrase: str) -> list[str]:
    return list(phrase.replace("-", _SEP_OPTIONAL).replace(" ", _SEP_REQUIRED))


def _piece(unit: str) -> str:
    if unit == _SEP_OPTIONAL:
        return r"[-\s‐‑]?"
    if unit == _SEP_REQUIRED:
        return r"[-\s‐‑]+"
    return re.escape(unit)


def verb_forms(base: str, irregular: dict[str, list[str]]) -> list[str]:
    """Regular inflections of a (possibly two-word) verb, plus any listed irregular forms."""
    head, _, rest = base.partition(" ")
    tail = " " + rest if rest else ""
    forms = {head}
    if head.endswith("e"):
        forms |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "x", "ch", "sh", "z")):
        forms |= {head + "es", head + "ed", head + "ing"}
    else:
        forms |= {head + "s", head + "ed", head + "ing"}
    if tail:  # "struck down", "brought in", "drew up": the head's own irregular forms
        forms |= set(irregular.get(head, []))
    out = {form + tail for form in forms}
    out |= set(irregular.get(base, []))
    return sorted(out)


@dataclass(slots=True, frozen=True)
class VerbBound:
    """Nouns that name a measure only under one of these verbs ("halted exports")."""

    type: str
    verbs: frozenset[str]  # inflected forms
    nouns: frozenset[str]
    context: frozenset[str]  # if given, one of these must come shortly before the verb
    action_of: dict[str, str]  # verb form -> action, where the verb says it differently
    reach: int  # how many tokens before the noun the verb may stand
    official: bool  # the measure needs a public authority among its parties
    # if given, one of these must come shortly after the noun ("growth ... of exports")
    after: frozenset[str] = frozenset()
    # the noun must be followed shortly by "to", "for" or "against" and a state ("lending
    # to Iran", "financing for sales to India"): what is stopped is a state's
    to_state: bool = False
    # the words of `after` must head their phrase, not qualify a noun after them ("a review
    # of South Africa's eligibility", not "of its eligibility rules")
    after_heads: bool = False


@dataclass(slots=True)
class Lexicon:
    """Every measure lexicon, compiled: what the measure rules look words up in."""

    # A trigger after the character before it, over lower-cased text (several times faster
    # than re.I): see trigger_spans.
    trigger_after_re: re.Pattern[str]
    trigger_re_i: re.Pattern[str]  # the same with re.I, for text that lower() would resize
    triggers: dict[str, TriggerEntry]  # norm_key(surface) -> entry
    verb_bound: list[VerbBound]
    verb_bound_nouns: dict[str, list[int]]  # noun -> indexes into verb_bound
    # noun -> (a regex for any verb that may bind it, how many characters back to look)
    verb_bound_cues: dict[str, tuple[re.Pattern[str], int]]
    blockers: frozenset[str]
    qualifiers: dict[str, frozenset[str]]  # measure type -> words that qualify a bare noun
    action_verbs: dict[str, str]  # inflected form (one or two words) -> action
    action_nouns: dict[str, str]
    modals: frozenset[str]
    negators: frozenset[str]
    refusals: frozenset[str]
    patient_verbs: frozenset[str]
    act_verbs: frozenset[str]  # verbs that make a rule, a law or a fine of their object
    generic_default: dict[str, str]  # generic word -> type when nothing else tells
    price_tariff_words: frozenset[str]  # "water tariffs": a price a firm charges
    price_tariff_re: re.Pattern[str]  # any of them before "tariff(s)"
    business_deal_words: frozenset[str]  # "supply deal": a firm's business
    instruments: frozenset[str]  # "an executive order imposing tariffs": how a measure came
    places: dict[str, str]  # surface name or demonym -> canonical place name
    demonyms: frozenset[str]
    place_re: re.Pattern[str]


class _Triggers:
    """The trigger phrases as they are read: lookup key -> entry, and every surface form."""

    def __init__(self) -> None:
        self.entries: dict[str, TriggerEntry] = {}
        self.surfaces: list[str] = []

    def add(self, phrase: str, entry: TriggerEntry) -> None:
        """A phrase and its plural; the first, most specific reading of a key wins, and a
        generic word never overrides a type."""
        words = phrase.split(" ")
        for last in _plural(words[-1]):
            surface = " ".join(words[:-1] + [last])
            key = norm_key(surface)
            old = self.entries.get(key)
            if old is None or (old.kind == "generic" and entry.kind != "generic"):
                self.entries[key] = entry
            self.surfaces.append(surface)

    def add_exact(self, surface: str, entry: TriggerEntry) -> None:
        """A surface form as it is written (a verb form: no plural), unless already a trigger."""
        key = norm_key(surface)
        if key not in self.entries:
            self.entries[key] = entry
            self.surfaces.append(surface)

    def add_verb_bound(self, noun: str, entry: TriggerEntry) -> None:
        """A noun that names a measure only under certain verbs, unless already a trigger."""
        key = norm_key(noun)
        if key not in self.entries:
            self.entries[key] = entry
            self.surfaces.append(noun)

    def regex_source(self) -> str:
        """Any surface as a whole word."""
        return rf"\b{self._alternation}\b"

    def regex_after_break(self) -> str:
        """Any surface as a whole word (group 1) and the character before it, which is no
        word character (see `trigger_spans`)."""
        if not all(_WORD_CHAR.match(surface) and _WORD_CHAR.match(surface[-1])
                   for surface in self.surfaces):
            raise ValueError("a trigger that begins or ends with no word character: "
                             "trigger_spans would miss it")
        return rf"[^\w]({self._alternation}\b)"

    @cached_property
    def _alternation(self) -> str:
        """The surfaces as one regex; built once, when every phrase is in."""
        return "(?:" + prefix_regex(map(_units, sorted(set(self.surfaces))), _piece) + ")"


_WORD_CHAR = re.compile(r"\w")


def _typed_triggers(triggers: _Triggers, types: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Add each measure type's phrases; the qualifiers of each type."""
    qualifiers: dict[str, frozenset[str]] = {}
    for mtype, spec in types.items():
        # The first list that holds a phrase says what it needs; else it is "direct".
        needs = [(kind, set(spec.get(kind, []))) for kind in _NEEDS]
        qualifiers[mtype] = frozenset(spec.get("qualifiers", []))
        for phrase in spec["phrases"]:
            kind = next((kind for kind, phrases in needs if phrase in phrases), "direct")
            triggers.add(phrase, TriggerEntry(mtype, kind, phrase))
    return qualifiers


def _verb_bound_rules(triggers: _Triggers, rules: list[dict[str, Any]],
                      irregular: dict[str, list[str]]
                      ) -> tuple[list[VerbBound], dict[str, list[int]]]:
    """The verb-bound rules, and for each of their nouns the rules it appears in."""
    verb_bound: list[VerbBound] = []
    by_noun: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        forms = frozenset(form for verb in rule["verbs"] for form in verb_forms(verb, irregular))
        verb_bound.append(VerbBound(rule["type"], forms, frozenset(rule["nouns"]),
                                    frozenset(rule.get("context", [])),
                                    dict(rule.get("action_of", {})), int(rule.get("reach", 4)),
                                    bool(rule.get("official", False)),
                                    frozenset(rule.get("after", [])),
                                    bool(rule.get("to_state", False)),
                                    bool(rule.get("after_heads", False))))
        for noun in rule["nouns"]:
            by_noun.setdefault(noun, []).append(index)
            triggers.add_verb_bound(noun, TriggerEntry(rule["type"], "verb_bound", noun))
    return verb_bound, by_noun


def _verb_bound_cues(rules: list[VerbBound], by_noun: dict[str, list[int]]
                     ) -> dict[str, tuple[re.Pattern[str], int]]:
    """For each verb-bound noun, a quick test that one of its verbs stands shortly before
    it: most such nouns ("business", "stake") stand alone and need no closer look."""
    cues: dict[str, tuple[re.Pattern[str], int]] = {}
    for noun, indexes in by_noun.items():
        forms = sorted({form for index in indexes for form in rules[index].verbs})
        reach = max(rules[index].reach for index in indexes) * CHARS_PER_TOKEN
        cues[noun] = (re.compile(r"\b(?:" + prefix_regex(map(list, forms), _piece_plain)
                                 + r")\b", re.I), reach)
    return cues


def _piece_plain(unit: str) -> str:
    return r"\s+" if unit == " " else re.escape(unit)


def _verb_triggers(triggers: _Triggers, rules: list[dict[str, Any]]) -> None:
    """Verbs that name a measure and its action by themselves: every listed form ("verb",
    or "verb_wto" for one that does so only beside the WTO: "challenged")."""
    for rule in rules:
        kind = "verb_wto" if rule.get("needs_wto") else "verb"
        for form in rule["forms"]:
            triggers.add_exact(form, TriggerEntry(rule["type"], kind, form, rule["action"]))


def _inflected(verbs: list[str], irregular: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(form for verb in verbs for form in verb_forms(verb, irregular))


def _places() -> tuple[dict[str, str], frozenset[str], re.Pattern[str]]:
    """(surface name or demonym -> canonical name, the demonyms, a regex for all of them).

    Countries, blocs and their adjectives come from the shared gazetteer, so "US tariffs"
    and "Chinese goods" name the same canonical actors the actor list uses.
    """
    places: dict[str, str] = {}
    names: set[str] = set()
    for alias, canonical in {**gazetteer.ORGANIZATIONS, **gazetteer.COUNTRIES}.items():
        places.setdefault(alias, canonical)
        names.add(alias)
    for adjective, canonical in gazetteer.DEMONYMS.items():
        places.setdefault(adjective, canonical)
    for capital, country in gazetteer.CAPITALS.items():
        places.setdefault(capital, country)  # "Ottawa would retaliate": the government
    demonyms = set(gazetteer.DEMONYMS) - names  # "US" and "UK" are names: can be subjects
    place_re = re.compile(r"(?<![\w.])" + prefix_regex(map(list, sorted(places)), re.escape)
                          + r"(?![\w])")
    return places, frozenset(demonyms), place_re


def trigger_spans(lex: Lexicon, text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the words as matched) of each trigger phrase of `text`, in order.

    Every trigger begins and ends with a word character, so the word boundary before one
    is a character that is no word character (or the text's start, which a space put
    before the text stands for): a regex that opens with that character lets the engine
    skip ahead to such characters, where one opening with the boundary is tried at every
    character; and no trigger begins where the one before it ends, at a word character.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length in lower case
        for hit in lex.trigger_re_i.finditer(text):
            yield hit.start(), hit.end(), hit.group()
        return
    for hit in lex.trigger_after_re.finditer(" " + lowered):
        yield hit.start(1) - 1, hit.end(1) - 1, hit.group(1)


@cache
def lexicon() -> Lexicon:
    """Load and compile every measure lexicon (cached: the files are read once)."""
    trigger_file = load_json("measure_triggers.json")
    action_file = load_json("measure_actions.json")
    irregular = action_file["irregular"]

    triggers = _Triggers()
    qualifiers = _typed_triggers(triggers, trigger_file["types"])
    for phrase in trigger_file["generic"]["phrases"]:
        triggers.add(phrase, TriggerEntry("", "generic", phrase))
    _verb_triggers(triggers, trigger_file["verb_triggers"]["rules"])
    verb_bound, verb_bound_nouns = _verb_bound_rules(triggers, trigger_file["verb_bound"]["rules"],
                                                     irregular)
    trigger_src = triggers.regex_source()

    action_verbs: dict[str, str] = {}
    for action, verbs in action_file["verbs"].items():
        for verb in verbs:
            for form in verb_forms(verb, irregular):
                action_verbs.setdefault(form, action)  # the first action listed wins
    action_nouns = {noun: action for action, nouns in action_file["nouns"].items()
                    for noun in nouns}
    places, demonyms, place_re = _places()

    return Lexicon(
        trigger_after_re=re.compile(triggers.regex_after_break()),
        trigger_re_i=re.compile(trigger_src, re.I),
        triggers=triggers.entries, verb_bound=verb_bound, verb_bound_nouns=verb_bound_nouns,
        verb_bound_cues=_verb_bound_cues(verb_bound, verb_bound_nouns),
        blockers=frozenset(trigger_file["not_a_measure_after"]["words"]),
        generic_default=dict(trigger_file["generic"].get("default", {})),
        price_tariff_words=frozenset(trigger_file["price_tariff_words"]["words"]),
        business_deal_words=frozenset(trigger_file["business_deal_words"]["words"]),
        instruments=frozenset(trigger_file["instruments"]["words"]),
        price_tariff_re=re.compile(r"\b(?:" + prefix_regex(sorted(
            trigger_file["price_tariff_words"]["words"]), re.escape) + r")[ -]tariffs?\b", re.I),
        qualifiers=qualifiers,
        action_verbs=action_verbs, action_nouns=action_nouns,
        modals=frozenset(action_file["modals"]),
        negators=frozenset(action_file["negators"]),
        refusals=_inflected(action_file["refusals"], irregular),
        patient_verbs=_inflected(action_file["patient_subject_verbs"], irregular),
        act_verbs=_inflected(action_file["act_verbs"]["verbs"], irregular),
        places=places, demonyms=demonyms, place_re=place_re,
    )
