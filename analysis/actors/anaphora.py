"""Definite descriptions that point back to a named actor: "the ministry", "the Chinese
commerce ministry" -> the organization named before; "the Chinese government" -> China.

A description is "the", an optional country ("Chinese", "US"), up to two more words and a
head noun from data/actor_anaphora.json. It goes to the most recently named organization
whose names (or role) hold the head and every other word, and whose country does not clash.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..linking import fold, org_tokens
from ..model import EntitySpan, Mention
from .cluster import COMPARISONS, Cluster, entity_key
from .lexicon import (
    ANAPHORIC_HEADS,
    COMPANY_HEADS,
    COUNTRY_HEADS,
    FUNCTION_WORDS,
    IGNORABLE_MODIFIERS,
    NOT_COMPANY_WORDS,
    demonym_country,
)
from .tokens import Tokens

# How many organizations, most recent first, a description ("the ministry") may go back.
_ANTECEDENT_LOOKBACK = 50
# How many words after "the" (and a country) a description's head may stand.
_HEAD_REACH = 3
_THE = frozenset(("the",))


class _Antecedents:
    """Where the article named each organization and country, for "the ministry" and "the
    Chinese government": the organizations most recently named before a point, newest
    first, so resolving one description costs the few it looks at, not every cluster."""

    def __init__(self, ents: list[EntitySpan], owner: list[int], clusters: list[Cluster]):
        self.clusters = clusters
        self.ends: list[int] = []  # ends of organization entity mentions, in text order
        self.owners: list[int] = []
        for e_index, cluster in enumerate(owner):
            if clusters[cluster].kind == "organization":
                self.ends.append(ents[e_index].end)
                self.owners.append(cluster)
        self.extra_ends: list[int] = []  # descriptions already resolved to an organization
        self.extra_owners: list[int] = []
        self.countries: dict[str, int] = {}
        for index, cluster_found in enumerate(clusters):
            if cluster_found.kind == "country":
                self.countries.setdefault(cluster_found.key, index)
        self._words: dict[int, set[str]] = {}

    def country(self, name: str) -> int:
        """The cluster of the country `name`, added when the article never named it."""
        key = fold(name)
        found = self.countries.get(key)
        if found is None:
            self.clusters.append(Cluster("country", key, [name]))
            found = self.countries[key] = len(self.clusters) - 1
        return found

    def add(self, cluster: int, mention: Mention) -> None:
        """Record that `cluster` was referred to by `mention`."""
        self.clusters[cluster].extra.append(mention)
        if self.clusters[cluster].kind == "organization":
            at = bisect.bisect_right(self.extra_ends, mention.end)
            self.extra_ends.insert(at, mention.end)
            self.extra_owners.insert(at, cluster)

    def words(self, cluster: int) -> set[str]:
        """The words of an organization's names and role: what a description may use."""
        found = self._words.get(cluster)
        if found is None:
            named = self.clusters[cluster]
            found = {word for name in named.names for word in org_tokens(name)}
            found.update(fold(named.role or "").replace("'s", "").split())
            self._words[cluster] = found
        return found

    def recent(self, start: int) -> Iterator[int]:
        """Organization clusters named before `start`, most recent first, at most
        _ANTECEDENT_LOOKBACK of them: a description that far from its name is no reference."""
        seen: set[int] = set()
        # Two lists in text order, walked back together: names, and descriptions resolved.
        named = bisect.bisect_right(self.ends, start) - 1
        described = bisect.bisect_right(self.extra_ends, start) - 1
        while (named >= 0 or described >= 0) and len(seen) < _ANTECEDENT_LOOKBACK:
            if described < 0 or named >= 0 and self.ends[named] > self.extra_ends[described]:
                cluster = self.owners[named]
                named -= 1
            else:
                cluster = self.extra_owners[described]
                described -= 1
            if cluster not in seen:
                seen.add(cluster)
                COMPARISONS["antecedent"] += 1
                yield cluster


def add_anaphors(tokens: Tokens, ents: list[EntitySpan], clusters: list[Cluster],
                 owner: list[int]) -> None:
    """ "the ministry", "the Chinese commerce ministry" -> the organization named before."""
    antecedents = _Antecedents(ents, owner, clusters)
    heads = list(tokens.where(ANAPHORIC_HEADS))  # where a description's head may stand
    for the_at in tokens.where(_THE):
        if tokens.entity[the_at] >= 0:
            continue
        next_head = bisect.bisect_right(heads, the_at)
        if next_head == len(heads) or heads[next_head] >= tokens.sentence_last[
                tokens.sentence[the_at]]:
            continue  # no head after "the" in its sentence (most of them): no description
        if the_at >= 2 and tokens.words[the_at - 1] == "," and tokens.entity[the_at - 2] >= 0:
            continue  # "Rosneft, the oil giant,": an apposition describes, it is the role
        description = _description(tokens, ents, the_at)
        if description is None:
            continue
        country, first, head = description
        start, end = tokens.starts[first], tokens.ends[head]
        if tokens.is_possessive(head):
            end -= 2
        modifiers = [tokens.bare(at) for at in range(first, head)
                     if tokens.bare(at) not in IGNORABLE_MODIFIERS]
        target = _resolve(tokens.bare(head), modifiers, country, start, antecedents)
        if target is not None:
            antecedents.add(target, Mention(start, end, tokens.text[start:end]))


def _description(tokens: Tokens, ents: list[EntitySpan],
                 the_at: int) -> tuple[str | None, int, int] | None:
    """(country, first word after it, head) of a description opened by "the" at `the_at`."""
    sentence_end = tokens.sentence_last[tokens.sentence[the_at]]
    at = the_at + 1
    country = None
    if at < sentence_end:
        country, at = _country_prefix(tokens, ents, at, sentence_end)
    first = at
    head = -1
    while at < min(sentence_end, first + _HEAD_REACH) and tokens.entity[at] < 0:
        word = tokens.low[at]
        if word in ANAPHORIC_HEADS:
            head = at
            break
        if not tokens.words[at][:1].isalpha() or word in FUNCTION_WORDS \
                or tokens.is_possessive(at):
            break
        at += 1
    if head < 0:
        return None
    after = head + 1
    if after < sentence_end and (tokens.low[after] == "of" or tokens.entity[after] >= 0
                                 or (tokens.capitalized(after)
                                     and tokens.words[after][:1].isalpha())):
        return None  # "the ministry of finance", "the company Apple": a new description
    return country, first, head


def _country_prefix(tokens: Tokens, ents: list[EntitySpan], at: int,
                    sentence_end: int) -> tuple[str | None, int]:
    """A country at token `at` ("the [US] trade office", "the [Chinese] ministry"), and the
    token after it; (None, at) when there is none."""
    e_index = tokens.entity[at]
    if e_index >= 0:
        kind, _, _, _, name = entity_key(ents[e_index])
        if kind != "country":
            return None, at
        while at < sentence_end and tokens.entity[at] == e_index:
            at += 1
        return name, at
    if tokens.capitalized(at):
        if at + 1 < sentence_end and (
                found := demonym_country(f"{tokens.words[at]} {tokens.words[at + 1]}")):
            return found, at + 2
        if found := demonym_country(tokens.words[at]):
            return found, at + 1
    return None, at


def _resolve(head: str, modifiers: list[str], country: str | None, start: int,
             antecedents: _Antecedents) -> int | None:
    """The cluster a description with this head and these modifiers refers to, if any."""
    if head in COUNTRY_HEADS and country and not modifiers:
        return antecedents.country(country)  # "the Chinese government" is China acting
    if head in COUNTRY_HEADS and head != "administration":
        return None
    clusters = antecedents.clusters
    for candidate in antecedents.recent(start):
        cluster = clusters[candidate]
        words = antecedents.words(candidate)
        # "the company" fits any business; "the airline", "the bank" need the word itself.
        if head not in words and (head not in COMPANY_HEADS or words & NOT_COMPANY_WORDS):
            continue
        if any(modifier not in words for modifier in modifiers):
            continue
        if country and cluster.affiliation and fold(cluster.affiliation) != fold(country):
            continue
        if country and cluster.affiliation is None:
            cluster.affiliation = country
        return candidate
    return None
