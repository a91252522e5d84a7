"""Counted groups that act: "23 Chinese firms", "several US companies", "dozens of banks".

A group is a collective noun (data/actor_groups.json) not inside a name, with up to two
lower-case modifiers and countries before it, and a number or quantity before those. A
country among the modifiers is the group's affiliation.
"""

from __future__ import annotations

import re

from .. import gazetteer
from ..linking import fold
from ..model import Mention
from .cluster import Cluster
from .lexicon import (
    APPROXIMATORS,
    COLLECTIVE_NOUNS,
    DEFINITE_WORDS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    QUANTITY_PHRASES,
    demonym_country,
)
from .prefixes import PrefixFinder, why
from .tokens import Tokens

_NUMBER = re.compile(r"\d[\d,.]*$")
_SCALES = frozenset({"thousand", "million", "billion", "hundred", "dozen"})
_YEAR = re.compile(r"(1[89]|20)\d\d$")
# How far before the noun its modifiers may start, in tokens.
_MODIFIER_REACH = 4
# Words between a count and its noun that say the count adds to earlier ones.
_COUNTED_AGAIN = frozenset({"more", "further", "additional", "other", "extra"})
# Marks after a group that open the list of its named members.
_LIST_OPENERS = frozenset({"-", "–", "—", ":", "("})


def add_groups(tokens: Tokens, clusters: list[Cluster], finder: PrefixFinder) -> None:
    """Add a cluster of kind "group" for each counted group in the text."""
    for noun_at in tokens.where(COLLECTIVE_NOUNS):
        if tokens.entity[noun_at] >= 0 or tokens.caps[noun_at]:
            continue  # "Six Nations" is a name
        floor = tokens.sentence_first[tokens.sentence[noun_at]]
        before, first_modifier, affiliation = _modifiers(tokens, finder, noun_at, floor)
        quantity = _quantity_ending_at(tokens, before, floor)
        if quantity is None:
            continue
        if _not_a_group(tokens, quantity, noun_at, floor):
            continue
        start, end = tokens.starts[quantity], tokens.ends[noun_at]
        phrase = tokens.text[start:end]
        name = tokens.text[tokens.starts[first_modifier]:end] if first_modifier < noun_at \
            else phrase
        first_word, _, rest = name.partition(" ")
        if first_word in _COUNTED_AGAIN and " " in rest:
            name = rest  # "13 more Russian banks": the group is "Russian banks"
        if name[:1].isupper() and not demonym_country(name.split()[0]) and name == phrase:
            name = name[0].lower() + name[1:]
        cluster = Cluster("group", fold(name), [name], extra=[Mention(start, end, phrase)],
                          affiliation=affiliation)
        cluster.why = why("counted-group", phrase)
        if affiliation:
            cluster.why_affiliation = why("group-country", affiliation)
        clusters.append(cluster)


def _not_a_group(tokens: Tokens, quantity: int, noun_at: int, floor: int) -> str | None:
    """Why a counted phrase is no group actor, or None: "the two companies" (named before),
    "almost 30 nations" (a statistic), "two airlines - Acme Air and ..." (named here)."""
    at = quantity - 1
    skipped = 0
    while at >= floor and skipped < 2 and tokens.low[at].isalpha() and not tokens.caps[at] \
            and tokens.low[at] not in FUNCTION_WORDS and tokens.low[at] not in APPROXIMATORS:
        at -= 1  # "the big four state banks"
        skipped += 1
    if at >= floor and (tokens.low[at] in DEFINITE_WORDS or tokens.is_possessive(at)):
        return "definite"
    if at >= floor and tokens.low[at] in APPROXIMATORS:
        return "approximate"
    after = noun_at + 1
    if after < len(tokens.starts) and tokens.sentence[after] == tokens.sentence[noun_at]:
        between = tokens.text[tokens.ends[noun_at]:tokens.starts[after]].strip()
        opener = between or tokens.words[after]
        if opener in _LIST_OPENERS:
            first_member = after if between else after + 1
            if first_member < len(tokens.starts) and tokens.entity[first_member] >= 0:
                return "members named"  # "two airlines - Acme Air and ..."
    return None


def _modifiers(tokens: Tokens, finder: PrefixFinder, noun_at: int,
               floor: int) -> tuple[int, int, str | None]:
    """Walk back over the noun's modifiers: (the token before them, the first of them, a
    country among them)."""
    at = noun_at - 1
    affiliation = None
    first_modifier = noun_at
    modifiers = 0
    while at >= floor and noun_at - at <= _MODIFIER_REACH:
        prefix = finder.prefix_ending_at(at, floor)
        if prefix is not None and prefix.kind == "country" and not prefix.possessive:
            affiliation = affiliation or prefix.name
            first_modifier = prefix.first
            at = prefix.first - 1
            continue
        regional = _regional_ending_at(tokens, at, floor)
        if regional is not None:  # "three Middle Eastern groups"
            first_modifier = regional
            at = regional - 1
            continue
        word = tokens.low[at]
        if (tokens.entity[at] < 0 and not tokens.capitalized(at) and word.isalpha()
                and modifiers < 2 and word not in FUNCTION_WORDS and word not in NUMBER_WORDS
                and not (word.endswith("s") and not word.endswith(("ss", "us")))):
            # A word in -s before the noun is a verb more often than not ("obliges").
            modifiers += 1
            first_modifier = at
            at -= 1
            continue
        break
    return at, first_modifier, affiliation


def _regional_ending_at(tokens: Tokens, at: int, floor: int) -> int | None:
    """The first token of a regional adjective ending at `at` ("Middle Eastern"), if any."""
    for first in (at - 1, at):
        if first >= floor and all(tokens.caps[k] and tokens.entity[k] < 0
                                  for k in range(first, at + 1)):
            phrase = " ".join(tokens.words[first:at + 1])
            if phrase in gazetteer.REGIONAL_WORDS or phrase in gazetteer.GROUP_WORDS:
                return first
    return None


def _quantity_ending_at(tokens: Tokens, at: int, floor: int) -> int | None:
    """The first token of a number that ends at token `at`: "23", "several", "dozens of"."""
    if at < floor or tokens.entity[at] >= 0:
        return None
    word = tokens.low[at]
    if word in _SCALES and at - 1 >= floor and _NUMBER.match(tokens.low[at - 1]):
        return at - 1  # "1.2 million members"
    if word in NUMBER_WORDS or (_NUMBER.match(word) and not _YEAR.match(word)):
        return at
    for phrase in QUANTITY_PHRASES:
        first = at - len(phrase) + 1
        if first >= floor and tuple(tokens.low[first:at + 1]) == phrase:
            return first
    return None
