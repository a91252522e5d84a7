"""An organization's description and country from the words around its name: "Japanese
carmaker Toyota" (before), "Germany's biggest carmaker, Volkswagen" (apposition before),
"SMIC, China's largest chipmaker," (apposition after). A country in front goes to the
affiliation, never into the role; an organization's possessive stays in the role
("TikTok's parent company").
"""

from __future__ import annotations

from ..gazetteer import PLACE_COUNTRIES
from .lexicon import FUNCTION_WORDS, demonym_country, is_org_head
from .prefixes import (
    APPOSITION_END,
    BOUNDARY_WORDS,
    DETERMINERS,
    NO_ROLE,
    PrefixFinder,
    Role,
    why,
)


class OrgRoles:
    """Finds the description and country of one organization mention."""

    def __init__(self, prefixes: PrefixFinder) -> None:
        self.prefixes = prefixes
        self.tokens = prefixes.tokens

    def org_role(self, first: int, last: int) -> Role:
        """The role and affiliation of an organization mention over tokens first..last."""
        tokens = self.tokens
        floor, ceiling = tokens.sentence_bounds(first)
        prefix = self.prefixes.prefix_ending_at(first - 1, floor)
        if prefix is not None and prefix.kind == "country":
            # "China's Ministry of Commerce", "Japanese Toyota"
            found = Role(None, prefix.name, None, why("country-before-name", prefix.name))
        else:
            found = self._description_right_before(first, floor)
        if found.role is None and first - 1 > floor and tokens.words[first - 1] == ",":
            before = self._description_before(first - 2, floor)
            found = _merge(found, before)
        if found.role is None and last + 1 < ceiling and tokens.words[last + 1] == ",":
            found = _merge(found, self._apposition_after(last + 2, ceiling))
        if found.affiliation is None and last + 2 < ceiling and tokens.low[last + 1] == "of":
            home = self._home_after_of(last + 2)
            if home is not None:  # "Gulf Meridian Payments of Dubai", "Cable & Wireless of
                # Britain": the firm's home
                found = Role(found.role, home, found.why_role, why("place-after-of", home))
        return found

    def _home_after_of(self, at: int) -> str | None:
        """The country of a country or a place named at token `at`."""
        e_index = self.tokens.entity[at]
        if e_index < 0:
            return None
        kind, name = self.prefixes.name_of(e_index)
        if kind == "country":
            return name
        return PLACE_COUNTRIES.get(name) if kind == "place" else None

    def _apposition_after(self, at: int, ceiling: int) -> Role:
        """ "SMIC, China's largest chipmaker,": a description from token `at` ("one of
        Poland's biggest pork processors", "another Chinese-backed miner" too)."""
        tokens = self.tokens
        one_of = at + 1 < ceiling and tokens.low[at] == "one" and tokens.low[at + 1] == "of"
        if one_of:
            at += 2
        if at < ceiling and (tokens.low[at] in DETERMINERS or tokens.low[at] == "another"):
            at += 1
        description, country, end = self._description_after(at, ceiling, plural=one_of)
        if description and (end >= ceiling or tokens.words[end] in APPOSITION_END):
            role = self._text(description)
            return Role(role, country, why("description-after-name", role),
                        why("description-after-name", country) if country else None)
        return NO_ROLE

    def _description_after(self, at: int, ceiling: int, plural: bool = False
                           ) -> tuple[list[int], str | None, int]:
        """An organization's description from token `at`: "[TikTok's] Chinese [parent
        company]"; (its tokens, a country in it, the token after it). `plural`: after "one
        of", the head in the plural ("pork processors")."""
        tokens = self.tokens
        affiliation = None
        description: list[int] = []
        while at < ceiling and len(description) < 6:
            prefix = self.prefixes.prefix_starting_at(at, ceiling)
            if prefix is not None:
                if prefix.kind == "country":
                    affiliation = affiliation or prefix.name
                else:
                    description.extend(range(prefix.first, prefix.last + 1))
                at = prefix.last + 1
                continue
            backer = _backing_state(tokens.words[at])
            if backer is not None:
                affiliation = affiliation or backer  # "another Chinese-backed miner"
                description.append(at)
                at += 1
                continue
            if self._descriptive(at):
                description.append(at)
                at += 1
                continue
            break
        while description and not (is_org_head(tokens.low[description[-1]]) or plural and (
                is_org_head(tokens.low[description[-1]][:-1])
                and tokens.low[description[-1]].endswith("s"))):
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
            return NO_ROLE
        start = at
        while start - 1 >= floor and at - start < 4 and self._descriptive(start - 1):
            start -= 1
        description = list(range(start, at + 1))
        affiliation = None
        prefix = self.prefixes.prefix_ending_at(start - 1, floor)
        if prefix is not None:
            if prefix.kind == "country":
                affiliation = prefix.name  # out of the role: "China's largest chipmaker"
            else:
                description = list(range(prefix.first, at + 1))  # "TikTok's parent company"
            start = prefix.first
        has_determiner = start - 1 >= floor and tokens.low[start - 1] in DETERMINERS
        if has_determiner:
            start -= 1
        elif prefix is None:
            return NO_ROLE  # a bare "carmaker, Volkswagen" is likely a list, not a role
        if start > floor and tokens.words[start - 1] not in BOUNDARY_WORDS:
            return NO_ROLE
        role = self._text(description)
        return Role(role, affiliation, why("description-before-name", role),
                    why("description-before-name", affiliation) if affiliation else None)

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
            return NO_ROLE
        prefix = self.prefixes.prefix_ending_at(description[0] - 1, floor)
        country = prefix.name if prefix is not None and prefix.kind == "country" else None
        if prefix is None and country is None:
            # "the Brussels law firm Vandamme Claes": a firm of the place's country
            country = self._place_country_at(description[0] - 1, floor)
        role = self._text(description)
        return Role(role, country, why("description-before-name", role),
                    why("country-before-description", country) if country else None)

    def _place_country_at(self, at: int, floor: int) -> str | None:
        """The country of a place whose name ends at token `at`, said as a firm's home before
        a description with its article ("the Brussels law firm", "a Tokyo trading house"),
        not in the possessive ("Tokyo's biggest bank" is the city's)."""
        tokens = self.tokens
        if at < floor or tokens.entity[at] < 0 or tokens.is_possessive(at):
            return None
        e_index = tokens.entity[at]
        first = tokens.covering(self.prefixes.entities[e_index].start)
        if first - 1 < floor or tokens.low[first - 1] not in ("the", "a", "an"):
            return None
        return self._home_after_of(at)

    def _text(self, words: list[int]) -> str:
        return " ".join(self.tokens.words[at] for at in words)


# Participles after a people's name that make it a firm's backer or home ("Chinese-backed",
# "Saudi-owned", "Dubai-based" is a place's and read elsewhere).
_BACKING = frozenset({"backed", "owned", "controlled", "funded", "financed", "run", "linked"})


def _backing_state(word: str) -> str | None:
    """The country of "Chinese-backed", "Saudi-owned"; None for any other word."""
    head, dash, tail = word.rpartition("-")
    if not dash or tail not in _BACKING or not head[:1].isupper():
        return None
    return demonym_country(head)


def _merge(first: Role, second: Role) -> Role:
    """`first`, with what it lacks taken from `second`."""
    if first.role is None and second.role is not None:
        first = first._replace(role=second.role, why_role=second.why_role)
    if first.affiliation is None and second.affiliation is not None:
        first = first._replace(affiliation=second.affiliation,
                               why_affiliation=second.why_affiliation)
    return first
