"""The measure lexicons (analysis/data/measure_*.json), loaded once and compiled to regexes."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import gazetteer

_SEP_OPTIONAL = "\x01"  # a hyphen in a phrase: hyphen, space or nothing
_SEP_REQUIRED = "\x02"  # a space in a phrase: one or more spaces or hyphens


@dataclass(slots=True, frozen=True)
class TriggerEntry:
    """What a matched trigger phrase means."""

    type: str  # a measure type, or "" for a generic restriction word
    kind: str  # "direct", "generic", "verb_bound", "needs_qualifier"
    phrase: str


def _load(name: str) -> dict:
    with resources.files("newsdesk.analysis").joinpath("data", name).open(encoding="utf-8") as f:
        return json.load(f)


def _plural(word: str) -> list[str]:
    if word.endswith(("s", "x", "ch", "sh")):
        return [word, word + "es"] if not word.endswith("s") else [word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


def norm_key(text: str) -> str:
    """The lookup key of a phrase or a matched span: lower case, no spaces or hyphens."""
    return re.sub(r"[\s\-‐‑–]+", "", text.lower())


def _units(phrase: str) -> list[str]:
    return list(phrase.replace("-", _SEP_OPTIONAL).replace(" ", _SEP_REQUIRED))


def _trie_regex(phrases: list[str]) -> str:
    """A regex for any of the phrases, factored by common prefix so matching stays fast."""
    trie: dict = {}
    for p in phrases:
        node = trie
        for u in _units(p):
            node = node.setdefault(u, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        alts = []
        for u in sorted(k for k in node if k):
            if u == _SEP_OPTIONAL:
                head = r"[-\s‐‑]?"
            elif u == _SEP_REQUIRED:
                head = r"[-\s‐‑]+"
            else:
                head = re.escape(u)
            alts.append(head + emit(node[u]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


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
    out = {f + tail for f in forms}
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


@dataclass(slots=True)
class Lexicon:
    trigger_re: re.Pattern[str]  # over lower-cased text (several times faster than re.I)
    trigger_re_i: re.Pattern[str]  # the same with re.I, for text that lower() would resize
    triggers: dict[str, TriggerEntry]  # norm_key(surface) -> entry
    verb_bound: list[VerbBound]
    verb_bound_nouns: dict[str, list[int]]  # noun -> indexes into verb_bound
    blockers: frozenset[str]
    qualifiers: dict[str, frozenset[str]]  # measure type -> words that qualify a bare noun
    official_bodies: frozenset[str]
    action_verbs: dict[str, str]  # inflected form (one or two words) -> action
    action_nouns: dict[str, str]
    modals: frozenset[str]
    intent: dict[str, str]  # inflected intent verb -> "threaten" | "propose"
    negators: frozenset[str]
    refusals: frozenset[str]
    patient_verbs: frozenset[str]
    generic_default: dict[str, str]  # generic word -> type when nothing else tells
    places: dict[str, str]  # surface name or demonym -> canonical place name
    demonyms: frozenset[str]
    place_re: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    """Load and compile every measure lexicon (cached: the files are read once)."""
    trig = _load("measure_triggers.json")
    acts = _load("measure_actions.json")

    entries: dict[str, TriggerEntry] = {}
    surfaces: list[str] = []

    def add(phrase: str, entry: TriggerEntry) -> None:
        words = phrase.split(" ")
        for last in _plural(words[-1]):
            surface = " ".join(words[:-1] + [last])
            key = norm_key(surface)
            old = entries.get(key)
            # The first, most specific reading wins; a generic word never overrides a type.
            if old is None or (old.kind == "generic" and entry.kind != "generic"):
                entries[key] = entry
            surfaces.append(surface)

    qualifiers: dict[str, frozenset[str]] = {}
    bodies: set[str] = set()
    for mtype, spec in trig["types"].items():
        needs = set(spec.get("needs_qualifier", []))
        qualifiers[mtype] = frozenset(spec.get("qualifiers", []))
        bodies |= set(spec.get("official_bodies", []))
        for phrase in spec["phrases"]:
            add(phrase, TriggerEntry(mtype, "needs_qualifier" if phrase in needs else "direct",
                                     phrase))
    for phrase in trig["generic"]["phrases"]:
        add(phrase, TriggerEntry("", "generic", phrase))
    verb_bound = []
    vb_nouns: dict[str, list[int]] = {}
    irregular = acts["irregular"]
    for i, rule in enumerate(trig["verb_bound"]["rules"]):
        forms = frozenset(f for v in rule["verbs"] for f in verb_forms(v, irregular))
        verb_bound.append(VerbBound(rule["type"], forms, frozenset(rule["nouns"]),
                                    frozenset(rule.get("context", [])),
                                    dict(rule.get("action_of", {}))))
        for noun in rule["nouns"]:
            vb_nouns.setdefault(noun, []).append(i)
            key = norm_key(noun)
            if key not in entries:
                entries[key] = TriggerEntry(rule["type"], "verb_bound", noun)
                surfaces.append(noun)

    trigger_src = r"\b(?:" + _trie_regex(sorted(set(surfaces))) + r")\b"
    trigger_re, trigger_re_i = re.compile(trigger_src), re.compile(trigger_src, re.I)

    action_verbs: dict[str, str] = {}
    for action, verbs in acts["verbs"].items():
        for v in verbs:
            for f in verb_forms(v, irregular):
                action_verbs.setdefault(f, action)
    action_nouns = {n: a for a, nouns in acts["nouns"].items() for n in nouns}
    intent = {f: kind for kind, verbs in acts["intent"].items()
              for v in verbs for f in verb_forms(v, irregular)}

    # Countries, blocs and their adjectives come from the shared gazetteer, so "US
    # tariffs" and "Chinese goods" name the same canonical actors the actor list uses.
    places: dict[str, str] = {}
    names: set[str] = set()
    for alias, canonical in {**gazetteer.ORGANIZATIONS, **gazetteer.COUNTRIES}.items():
        places.setdefault(alias, canonical)
        names.add(alias)
    for adjective, canonical in gazetteer.DEMONYMS.items():
        places.setdefault(adjective, canonical)
    demonyms = set(gazetteer.DEMONYMS) - names  # "US" and "UK" are names: can be subjects
    alts = sorted(places, key=len, reverse=True)
    place_re = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")

    return Lexicon(
        trigger_re=trigger_re, trigger_re_i=trigger_re_i, triggers=entries,
        verb_bound=verb_bound, verb_bound_nouns=vb_nouns,
        blockers=frozenset(trig["not_a_measure_after"]["words"]),
        generic_default=dict(trig["generic"].get("default", {})),
        qualifiers=qualifiers, official_bodies=frozenset(bodies),
        action_verbs=action_verbs, action_nouns=action_nouns, modals=frozenset(acts["modals"]),
        intent=intent, negators=frozenset(acts["negators"]),
        refusals=frozenset(f for v in acts["refusals"] for f in verb_forms(v, irregular)),
        patient_verbs=frozenset(f for v in acts["patient_subject_verbs"]
                                for f in verb_forms(v, irregular)),
        places=places, demonyms=frozenset(demonyms), place_re=place_re,
    )
