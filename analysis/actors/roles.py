"""Roles and affiliations around a mention: titles before a name and appositions.

"US Treasury Secretary Scott Bessent" (title before, a country in front), "China's top trade
negotiator, Li Chenggang," (apposition before), "SMIC, China's largest chipmaker," and
"X, the chief executive of Y," (apposition after), "Japanese carmaker Toyota" (a
description before an organization). A country in front goes to the affiliation, never
into the role; an organization's possessive stays in an organization's role ("TikTok's
parent company") and is a person's affiliation ("Apple's chief executive").

Positions are token indexes into the article's `Tokens`; `floor` and `ceiling` are the
first token of the mention's sentence and the one after its last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import EntitySpan
from .lexicon import (
    FUNCTION_WORDS,
    country_name,
    demonym_country,
    is_org_head,
    is_title,
    is_title_modifier,
)
from .tokens import Tokens

# (kind, canonical name) of the entity with this index.
NameOf = Callable[[int], tuple[str, str]]
Role = tuple[str | None, str | None]  # (role, affiliation)

_BOUNDARY_WORDS = frozenset({",", ";", ":", "(", "“", '"', "—", "–"})
_APPOSITION_END = frozenset({",", ";", ":", ")", "—", "–", "”", '"'})
_DETERMINERS = frozenset({"the", "a", "an"})
_LINK_WORDS = frozenset({"of", "at", "for"})


@dataclass(slots=True, frozen=True)
class Prefix:
    """What stands in front of a title or description: a country, demonym or organization."""

    kind: str  # "country" or "organization"
    name: str
    first: int  # its first token
    last: int  # its last token (inclusive)
    possessive: bool


class RoleFinder:
    """Finds the role and affiliation of one mention; built once per article."""

    def __init__(self, tokens: Tokens, entities: list[EntitySpan], name_of: NameOf) -> None:
        self.tokens = tokens
        self.entities = entities
        self.name_of = name_of

    # -- prefixes -----------------------------------------------------------------------

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
        if tail not in ("", "’s", "'s"):
            return None
        return Prefix(kind, name, first, last, bool(tail))

    def _word_prefix(self, first: int, last: int) -> Prefix | None:
        """A demonym ("Chinese", "South Korean") or an untagged country name over tokens."""
        tokens = self.tokens
        if not all(tokens.capitalized(at) and tokens.entity[at] < 0
                   for at in range(first, last + 1)):
            return None
        phrase = " ".join(tokens.words[first:last + 1])
        possessive = tokens.is_possessive(last)
        country = country_name(phrase[:-2]) if possessive else demonym_country(phrase)
        return Prefix("country", country, first, last, possessive) if country else None

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
        return self._word_prefix(at, at)

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

    # -- titles -------------------------------------------------------------------------

    def _title_tokens_before(self, at: int, floor: int) -> list[int]:
        """Title words ending at token `at`, walking back: "US [Treasury Secretary]"."""
        tokens = self.tokens
        title: list[int] = []
        back = at
        while back >= floor and tokens.entity[back] < 0:
            word = tokens.low[back]
            of_title = word == "of" and title and back - 1 >= floor \
                and is_title(tokens.low[back - 1])
            if is_title(word) or is_title_modifier(word) or of_title:
                title.append(back)
            elif (title and back > floor and tokens.capitalized(back)
                  and is_title(tokens.low[title[-1]])
                  and word not in FUNCTION_WORDS and demonym_country(tokens.words[back]) is None
                  and not tokens.is_possessive(back)):
                title.append(back)  # a portfolio the lexicon lacks: "Brexit Secretary"
            else:
                break
            back -= 1
        title.reverse()
        while title and not is_title(tokens.low[title[0]]) and tokens.low[title[0]] == "of":
            title.pop(0)
        if not any(is_title(tokens.low[index]) for index in title):
            return []
        return title

    def _title_tokens_after(self, at: int, ceiling: int) -> list[int]:
        """Title words starting at token `at`: ", [the chief executive] of Y"."""
        tokens = self.tokens
        title: list[int] = []
        ahead = at
        while ahead < ceiling and tokens.entity[ahead] < 0:
            word = tokens.low[ahead]
            if is_title(word) or is_title_modifier(word):
                title.append(ahead)
            elif (word == "of" and title and ahead + 1 < ceiling and tokens.entity[ahead + 1] < 0
                  and is_title_modifier(tokens.low[ahead + 1])):
                title.append(ahead)  # "Secretary of State"
            else:
                break
            ahead += 1
        while title and not is_title(tokens.low[title[-1]]):
            title.pop()
        return title

    def _role_text(self, words: list[int]) -> str:
        return " ".join(self.tokens.words[at] for at in words)

    def person_role(self, first: int, last: int) -> Role:
        """(role, affiliation) of a person mention over tokens first..last (inclusive)."""
        tokens = self.tokens
        floor, ceiling = tokens.sentence_bounds(first)
        role: str | None = None
        affiliation: str | None = None
        # Title right before the name: "Spanish Prime Minister Pedro Sanchez".
        title = self._title_tokens_before(first - 1, floor)
        if title:
            role = self._role_text(title)
            prefix = self.prefix_ending_at(title[0] - 1, floor)
            affiliation = prefix.name if prefix else self._shared_prefix(title[0] - 1, floor)
        elif first - 1 >= floor and tokens.words[first - 1] == ",":
            role, affiliation = self._apposition_before_person(first - 2, floor)
        # Apposition after: "Scott Bessent, the US Treasury Secretary," / ", head of Y,".
        if role is None and last + 1 < ceiling and tokens.words[last + 1] == ",":
            role, found = self._apposition_after_person(last + 2, ceiling)
            affiliation = affiliation or found
        return role, affiliation

    def _apposition_before_person(self, at: int, floor: int) -> Role:
        """ "China's top trade negotiator, [Li Chenggang]": a title ending at token `at`
        that opens its clause."""
        tokens = self.tokens
        title = self._title_tokens_before(at, floor)
        if not title:
            return None, None
        start = title[0]
        prefix = self.prefix_ending_at(start - 1, floor)
        if prefix is not None:
            start = prefix.first
        if start - 1 >= floor and tokens.low[start - 1] in _DETERMINERS:
            start -= 1
        if start == floor or tokens.words[start - 1] in _BOUNDARY_WORDS:
            return self._role_text(title), prefix.name if prefix else None
        return None, None

    def _shared_prefix(self, at: int, floor: int) -> str | None:
        """A country in front of a coordinated title: "US [Treasury Secretary] X and [Trade
        Representative] Y" gives Y the country of X."""
        tokens = self.tokens
        if at - 1 < floor or tokens.low[at] != "and" or tokens.entity[at - 1] < 0:
            return None
        other = self.entities[tokens.entity[at - 1]]
        if other.kind != "person":
            return None
        title = self._title_tokens_before(tokens.covering(other.start) - 1, floor)
        prefix = self.prefix_ending_at(title[0] - 1, floor) if title else None
        return prefix.name if prefix is not None and prefix.kind == "country" else None

    def _apposition_after_person(self, at: int, ceiling: int) -> Role:
        """ "[Scott Bessent], the US Treasury Secretary," / ", head of Y,": from token `at`."""
        tokens = self.tokens
        if at < ceiling and tokens.low[at] in _DETERMINERS:
            at += 1
        affiliation = None
        prefix = self.prefix_starting_at(at, ceiling)
        if prefix is not None:
            affiliation = prefix.name
            at = prefix.last + 1
        title = self._title_tokens_after(at, ceiling)
        if not title:
            return None, None
        at = title[-1] + 1
        if at + 1 < ceiling and tokens.low[at] in _LINK_WORDS:
            org = self.prefix_starting_at(at + 1, ceiling)
            if org is not None and not org.possessive:
                affiliation = org.name
                at = org.last + 1
        if at < ceiling and tokens.words[at] not in _APPOSITION_END and tokens.low[at] != "and":
            return None, None
        return self._role_text(title), affiliation

    # -- organizations ------------------------------------------------------------------

    def _description_after(self, at: int, ceiling: int) -> tuple[list[int], str | None, int]:
        """An organization's description from token `at`: "[TikTok's] Chinese [parent
        company]"; (its tokens, a country in it, the token after it)."""
        tokens = self.tokens
        affiliation = None
        description: list[int] = []
        while at < ceiling and len(description) < 6:
            prefix = self.prefix_starting_at(at, ceiling)
            if prefix is not None:
                if prefix.kind == "country":
                    affiliation = affiliation or prefix.name
                else:
                    description.extend(range(prefix.first, prefix.last + 1))
                at = prefix.last + 1
                continue
            if self._descriptive(at):
                description.append(at)
                at += 1
                continue
            break
        while description and not is_org_head(tokens.low[description[-1]]):
            description.pop()
        return description, affiliation, (description[-1] + 1 if description else at)

    def _descriptive(self, at: int) -> bool:
        """A lower-case word that can sit in an organization's description ("oil", "largest",
        "state-owned"); not a function word, not a past-tense verb ("forced")."""
        tokens = self.tokens
        word = tokens.low[at]
        return (tokens.entity[at] < 0 and not tokens.caps[at] and word[:1].isalnum()
                and word not in FUNCTION_WORDS and not (word.endswith("ed") and "-" not in word))

    def _description_before(self, at: int, floor: int) -> Role:
        """ "Germany's biggest carmaker, [Volkswagen]": a description ending at token `at`."""
        tokens = self.tokens
        if at < floor or not is_org_head(tokens.low[at]) or tokens.entity[at] >= 0:
            return None, None
        start = at
        while start - 1 >= floor and at - start < 4 and self._descriptive(start - 1):
            start -= 1
        description = list(range(start, at + 1))
        affiliation = None
        prefix = self.prefix_ending_at(start - 1, floor)
        if prefix is not None:
            if prefix.kind == "country":
                affiliation = prefix.name  # out of the role: "China's largest chipmaker"
            else:
                description = list(range(prefix.first, at + 1))  # "TikTok's parent company"
            start = prefix.first
        has_determiner = start - 1 >= floor and tokens.low[start - 1] in _DETERMINERS
        if has_determiner:
            start -= 1
        elif prefix is None:
            return None, None  # a bare "carmaker, Volkswagen" is likely a list, not a role
        if start > floor and tokens.words[start - 1] not in _BOUNDARY_WORDS:
            return None, None
        return self._role_text(description), affiliation

    def org_role(self, first: int, last: int) -> Role:
        """(role, affiliation) of an organization mention over tokens first..last."""
        tokens = self.tokens
        floor, ceiling = tokens.sentence_bounds(first)
        role: str | None = None
        affiliation: str | None = None
        prefix = self.prefix_ending_at(first - 1, floor)
        if prefix is not None and prefix.kind == "country":
            affiliation = prefix.name  # "China's Ministry of Commerce", "Japanese Toyota"
        else:
            role, affiliation = self._description_right_before(first, floor)
        if role is None and first - 1 > floor and tokens.words[first - 1] == ",":
            role, found = self._description_before(first - 2, floor)
            affiliation = affiliation or found
        if role is None and last + 1 < ceiling and tokens.words[last + 1] == ",":
            at = last + 2
            if at < ceiling and tokens.low[at] in _DETERMINERS:
                at += 1
            description, found, end = self._description_after(at, ceiling)
            if description and (end >= ceiling or tokens.words[end] in _APPOSITION_END):
                role = self._role_text(description)
                affiliation = affiliation or found
        return role, affiliation

    def _description_right_before(self, first: int, floor: int) -> Role:
        """ "Japanese carmaker [Toyota]": a description just before the name at `first`."""
        tokens = self.tokens
        description: list[int] = []
        back = first - 1
        while back >= floor and len(description) < 4 and self._descriptive(back):
            description.append(back)
            back -= 1
        description.reverse()
        if not description or not is_org_head(tokens.low[description[-1]]):
            return None, None
        prefix = self.prefix_ending_at(description[0] - 1, floor)
        return (self._role_text(description),
                prefix.name if prefix is not None and prefix.kind == "country" else None)
