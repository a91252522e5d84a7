"""What stands in front of a title or description, and the record a role rule returns.

A prefix is a country or organization entity ("China's", "Apple"), a demonym ("Chinese",
"South Korean") or an untagged country name. Positions are token indexes into the
article's `Tokens`; `floor` and `ceiling` are the first token of a sentence and the one
after its last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ..model import EntitySpan
from .lexicon import country_name, demonym_country
from .tokens import Tokens

# (kind, canonical name) of the entity with this index.
NameOf = Callable[[int], tuple[str, str]]

BOUNDARY_WORDS = frozenset({",", ";", ":", "(", "“", '"', "—", "–"})
APPOSITION_END = frozenset({",", ";", ":", ")", "—", "–", "”", '"'})
DETERMINERS = frozenset({"the", "a", "an"})
# Words that link a title to its body or place: "director of policy at Acme".
LINK_WORDS = frozenset({"of", "at", "for", "to", "in", "with"})
# Longest words shown in a `why`.
_WHY_WORDS = 50


def why(rule: str, words: str) -> str:
    """ "actor.<rule>: '<words>'", the words cut short."""
    if len(words) > _WHY_WORDS:
        words = words[:_WHY_WORDS - 3] + "..."
    return f"actor.{rule}: '{words}'"


class Role(NamedTuple):
    """A role rule's finding: the role, the affiliation, and the rules that gave them."""

    role: str | None = None
    affiliation: str | None = None
    why_role: str | None = None
    why_affiliation: str | None = None


NO_ROLE = Role()

EUROPEAN_UNION = "European Union"
#: the title heads of the European Commission's members ("Trade Commissioner").
COMMISSIONER_WORDS = frozenset(("commissioner", "commissioners"))
# How far after "European" its title's head may stand: "European Trade Commissioner".
_COMMISSIONER_REACH = 3


@dataclass(slots=True, frozen=True)
class Prefix:
    """What stands in front of a title or description: a country, demonym or organization."""

    kind: str  # "country" or "organization"
    name: str
    first: int  # its first token
    last: int  # its last token (inclusive)
    possessive: bool


# Nouns of a definite description in the possessive that names an organization ("the
# fund's"), and those of them that fit any company.
_COMPANY_HEADS = frozenset({"company", "firm", "group", "carmaker", "airline", "insurer",
                            "lender", "retailer", "chipmaker", "bank"})
# Heads only a public body's name has: "the agency's" looks past other bodies for one.
_PUBLIC_HEADS = frozenset({"ministry", "commission", "agency", "council", "court", "watchdog",
                           "regulator", "bloc", "department", "bureau", "office", "service",
                           "administration", "authority", "inspectorate", "directorate",
                           "treasury"})
_OWNER_HEADS = _COMPANY_HEADS | _PUBLIC_HEADS | {
    "fund", "organisation", "organization", "union", "board", "party", "alliance",
    "foundation", "association", "federation", "confederation", "institute", "society",
    "chamber", "league", "coalition", "trust", "charity"}


class PrefixFinder:
    """Finds prefixes around a token; built once per article."""

    def __init__(self, tokens: Tokens, entities: list[EntitySpan], name_of: NameOf) -> None:
        self.tokens = tokens
        self.entities = entities
        self.name_of = name_of

    def _entity_prefix(self, at: int) -> Prefix | None:
        """The country or organization entity that covers token `at` ("China's", "Apple")."""
        tokens = self.tokens
        e_index = tokens.entity[at]
        if e_index < 0:
            return None
        entity = self.entities[e_index]
        kind, name = self.name_of(e_index)
        if kind not in ("country", "organization"):
            return None
        first = tokens.covering(entity.start)
        last = at
        while last + 1 < len(tokens.starts) and tokens.entity[last + 1] == e_index:
            last += 1
        tail = tokens.text[entity.end:tokens.ends[last]]
        if tail not in ("", "’s", "'s", "'", "’"):
            return None
        return Prefix(kind, name, first, last, bool(tail))

    def _word_prefix(self, first: int, last: int) -> Prefix | None:
        """A demonym ("Chinese", "South Korean") or an untagged country name over tokens."""
        tokens = self.tokens
        # Capitalized and outside any entity, each token (slices: no generator per call)
        if not all(tokens.caps[first:last + 1]) or max(tokens.entity[first:last + 1]) >= 0:
            return None
        phrase = " ".join(tokens.words[first:last + 1])
        possessive = tokens.is_possessive(last)
        country = country_name(phrase[:-2]) if possessive else demonym_country(phrase)
        if country is None and phrase == "European" and self._commissioner_after(last):
            return Prefix("organization", EUROPEAN_UNION, first, last, False)
        return Prefix("country", country, first, last, possessive) if country else None

    def _commissioner_after(self, at: int) -> bool:
        """ "European [Trade] Commissioner": a post of the European Union, where "European
        Affairs Minister" is a national portfolio."""
        words = self.tokens.words[at + 1:at + 1 + _COMMISSIONER_REACH]
        return any(word.lower() in COMMISSIONER_WORDS for word in words)

    def prefix_ending_at(self, at: int, floor: int) -> Prefix | None:
        """The prefix whose last token is `at` (not before token `floor`)."""
        if at < floor:
            return None
        found = self._entity_prefix(at)
        if found is not None:
            return found if found.first >= floor else None
        if at - 1 >= floor:
            found = self._word_prefix(at - 1, at)
            if found is not None:
                return found
        return self._word_prefix(at, at) or self.described_owner(at, floor)

    def described_owner(self, at: int, floor: int) -> Prefix | None:
        """ "The fund's [managing director]", "X, the company's [chief executive],": a
        definite description in the possessive that points back to the organization named
        last whose name holds its noun ("the International Monetary Fund"), past other
        bodies for a public body's noun ("the agency's"); a company word ("the firm's") to
        the last one."""
        tokens = self.tokens
        if at - 1 < floor or tokens.low[at - 1] != "the" or not tokens.is_possessive(at):
            return None
        head = tokens.bare(at)
        if head not in _OWNER_HEADS:
            return None
        before = tokens.starts[at - 1]
        for e_index in range(len(self.entities) - 1, -1, -1):
            if self.entities[e_index].start >= before:
                continue
            kind, name = self.name_of(e_index)
            if kind != "organization":
                continue
            if head in _COMPANY_HEADS or head in name.lower().split():
                return Prefix(kind, name, at - 1, at, True)
            if head not in _PUBLIC_HEADS:
                return None  # "the fund's" after another body: it may be that one's fund
            # "the agency's": the last body whose name holds "agency", past other bodies
        return None

    def prefix_starting_at(self, at: int, ceiling: int) -> Prefix | None:
        """The prefix whose first token is `at` (ending before token `ceiling`)."""
        if at >= ceiling:
            return None
        found = self._entity_prefix(at)
        if found is not None:
            return found if found.first == at and found.last < ceiling else None
        if at + 1 < ceiling:
            found = self._word_prefix(at, at + 1)
            if found is not None:
                return found
        return self._word_prefix(at, at)

    def role_text(self, first: int, last: int) -> str:
        """The text from token `first` to token `last` as written."""
        return self.tokens.text[self.tokens.starts[first]:self.tokens.ends[last]]
