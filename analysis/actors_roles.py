"""Roles and affiliations around a mention: titles before a name and appositions.

"US Treasury Secretary Scott Bessent" (title before, a country in front), "China's top trade
negotiator, Li Chenggang," (apposition before), "SMIC, China's largest chipmaker," and
"X, the chief executive of Y," (apposition after), "Japanese carmaker Toyota" (a
description before an organization). A country in front goes to the affiliation, never
into the role; an organization's possessive stays in an organization's role ("TikTok's
parent company") and is a person's affiliation ("Apple's chief executive").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .actors_lexicon import (
    FUNCTION_WORDS,
    Tokens,
    country_name,
    demonym_country,
    is_org_head,
    is_title,
    is_title_modifier,
)
from .model import EntitySpan

# (kind, canonical name) of the entity with this index.
NameOf = Callable[[int], tuple[str, str]]

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

    def __init__(self, tok: Tokens, entities: list[EntitySpan], name_of: NameOf) -> None:
        self.tok = tok
        self.entities = entities
        self.name_of = name_of

    # -- prefixes -----------------------------------------------------------------------

    def _entity_prefix(self, t: int) -> Prefix | None:
        e = self.tok.entity[t]
        if e < 0:
            return None
        ent = self.entities[e]
        kind, name = self.name_of(e)
        if kind not in ("country", "organization"):
            return None
        first = self.tok.covering(ent.start)
        last = t
        while last + 1 < len(self.tok.starts) and self.tok.entity[last + 1] == e:
            last += 1
        tail = self.tok.text[ent.end:self.tok.ends[last]]
        if tail not in ("", "’s", "'s"):
            return None
        return Prefix(kind, name, first, last, bool(tail))

    def _word_prefix(self, first: int, last: int) -> Prefix | None:
        """A demonym ("Chinese", "South Korean") or an untagged country name over tokens."""
        tok = self.tok
        if not all(tok.capitalized(t) and tok.entity[t] < 0 for t in range(first, last + 1)):
            return None
        phrase = " ".join(tok.words[first:last + 1])
        possessive = tok.is_possessive(last)
        country = country_name(phrase[:-2]) if possessive else demonym_country(phrase)
        return Prefix("country", country, first, last, possessive) if country else None

    def prefix_ending_at(self, t: int, floor: int) -> Prefix | None:
        """The prefix whose last token is `t` (not before token `floor`)."""
        if t < floor:
            return None
        found = self._entity_prefix(t)
        if found is not None:
            return found if found.first >= floor else None
        if t - 1 >= floor:
            found = self._word_prefix(t - 1, t)
            if found is not None:
                return found
        return self._word_prefix(t, t)

    def prefix_starting_at(self, t: int, ceiling: int) -> Prefix | None:
        """The prefix whose first token is `t` (ending before token `ceiling`)."""
        if t >= ceiling:
            return None
        found = self._entity_prefix(t)
        if found is not None:
            return found if found.first == t and found.last < ceiling else None
        if t + 1 < ceiling:
            found = self._word_prefix(t, t + 1)
            if found is not None:
                return found
        return self._word_prefix(t, t)

    # -- titles -------------------------------------------------------------------------

    def _title_tokens_before(self, t: int, floor: int) -> list[int]:
        """Title words ending at token t, walking back: "US [Treasury Secretary]"."""
        tok = self.tok
        seq: list[int] = []
        j = t
        while j >= floor and tok.entity[j] < 0:
            w = tok.low[j]
            of_title = w == "of" and seq and j - 1 >= floor and is_title(tok.low[j - 1])
            if is_title(w) or is_title_modifier(w) or of_title:
                seq.append(j)
            elif (seq and j > floor and tok.capitalized(j) and is_title(tok.low[seq[-1]])
                  and w not in FUNCTION_WORDS and demonym_country(tok.words[j]) is None
                  and not tok.is_possessive(j)):
                seq.append(j)  # a portfolio the lexicon lacks: "Brexit Secretary"
            else:
                break
            j -= 1
        seq.reverse()
        while seq and not is_title(tok.low[seq[0]]) and tok.low[seq[0]] == "of":
            seq.pop(0)
        if not any(is_title(tok.low[s]) for s in seq):
            return []
        return seq

    def _title_tokens_after(self, t: int, ceiling: int) -> list[int]:
        """Title words starting at token t: ", [the chief executive] of Y"."""
        tok = self.tok
        seq: list[int] = []
        j = t
        while j < ceiling and tok.entity[j] < 0:
            w = tok.low[j]
            if is_title(w) or is_title_modifier(w):
                seq.append(j)
            elif (w == "of" and seq and j + 1 < ceiling and tok.entity[j + 1] < 0
                  and is_title_modifier(tok.low[j + 1])):
                seq.append(j)  # "Secretary of State"
            else:
                break
            j += 1
        while seq and not is_title(tok.low[seq[-1]]):
            seq.pop()
        return seq

    def _role_text(self, seq: list[int]) -> str:
        return " ".join(self.tok.words[s] for s in seq)

    def person_role(self, first: int, last: int) -> tuple[str | None, str | None]:
        """(role, affiliation) of a person mention over tokens first..last (inclusive)."""
        tok = self.tok
        s = tok.sentence[first]
        floor, ceiling = tok.sentence_first[s], tok.sentence_last[s]
        role = affiliation = None
        # Title right before the name: "Spanish Prime Minister Pedro Sanchez".
        seq = self._title_tokens_before(first - 1, floor)
        if seq:
            role = self._role_text(seq)
            pre = self.prefix_ending_at(seq[0] - 1, floor)
            affiliation = pre.name if pre else self._shared_prefix(seq[0] - 1, floor)
        # Apposition before: "China's top trade negotiator, Li Chenggang,".
        elif first - 1 >= floor and tok.words[first - 1] == ",":
            seq = self._title_tokens_before(first - 2, floor)
            if seq:
                start = seq[0]
                pre = self.prefix_ending_at(start - 1, floor)
                if pre is not None:
                    start = pre.first
                if start - 1 >= floor and tok.low[start - 1] in _DETERMINERS:
                    start -= 1
                if start == floor or tok.words[start - 1] in _BOUNDARY_WORDS:
                    role = self._role_text(seq)
                    affiliation = pre.name if pre else None
        # Apposition after: "Scott Bessent, the US Treasury Secretary," / ", head of Y,".
        if role is None and last + 1 < ceiling and tok.words[last + 1] == ",":
            role, found = self._apposition_after_person(last + 2, ceiling)
            affiliation = affiliation or found
        return role, affiliation

    def _shared_prefix(self, t: int, floor: int) -> str | None:
        """A country in front of a coordinated title: "US [Treasury Secretary] X and [Trade
        Representative] Y" gives Y the country of X."""
        tok = self.tok
        if t - 1 < floor or tok.low[t] != "and" or tok.entity[t - 1] < 0:
            return None
        other = self.entities[tok.entity[t - 1]]
        if other.kind != "person":
            return None
        seq = self._title_tokens_before(tok.covering(other.start) - 1, floor)
        pre = self.prefix_ending_at(seq[0] - 1, floor) if seq else None
        return pre.name if pre is not None and pre.kind == "country" else None

    def _apposition_after_person(self, t: int, ceiling: int) -> tuple[str | None, str | None]:
        tok = self.tok
        if t < ceiling and tok.low[t] in _DETERMINERS:
            t += 1
        affiliation = None
        pre = self.prefix_starting_at(t, ceiling)
        if pre is not None:
            affiliation = pre.name
            t = pre.last + 1
        seq = self._title_tokens_after(t, ceiling)
        if not seq:
            return None, None
        t = seq[-1] + 1
        if t + 1 < ceiling and tok.low[t] in _LINK_WORDS:
            org = self.prefix_starting_at(t + 1, ceiling)
            if org is not None and not org.possessive:
                affiliation = org.name
                t = org.last + 1
        if t < ceiling and tok.words[t] not in _APPOSITION_END and tok.low[t] != "and":
            return None, None
        return self._role_text(seq), affiliation

    # -- organizations ------------------------------------------------------------------

    def _description_after(self, t: int, ceiling: int) -> tuple[list[int], str | None, int]:
        """An organization's description from token t: "[TikTok's] Chinese [parent company]"."""
        tok = self.tok
        affiliation = None
        seq: list[int] = []
        while t < ceiling and len(seq) < 6:
            pre = self.prefix_starting_at(t, ceiling)
            if pre is not None:
                if pre.kind == "country":
                    affiliation = affiliation or pre.name
                else:
                    seq.extend(range(pre.first, pre.last + 1))
                t = pre.last + 1
                continue
            if self._descriptive(t):
                seq.append(t)
                t += 1
                continue
            break
        while seq and not is_org_head(tok.low[seq[-1]]):
            seq.pop()
        return seq, affiliation, (seq[-1] + 1 if seq else t)

    def _descriptive(self, t: int) -> bool:
        """A lower-case word that can sit in an organization's description ("oil", "largest",
        "state-owned"); not a function word, not a past-tense verb ("forced")."""
        tok = self.tok
        w = tok.low[t]
        return (tok.entity[t] < 0 and not tok.caps[t] and w[:1].isalnum()
                and w not in FUNCTION_WORDS and not (w.endswith("ed") and "-" not in w))

    def _description_before(self, t: int, floor: int) -> tuple[str | None, str | None]:
        """ "Germany's biggest carmaker, [Volkswagen]": a description ending at token t."""
        tok = self.tok
        if t < floor or not is_org_head(tok.low[t]) or tok.entity[t] >= 0:
            return None, None
        j = t
        while j - 1 >= floor and t - j < 4 and self._descriptive(j - 1):
            j -= 1
        seq = list(range(j, t + 1))
        affiliation = None
        pre = self.prefix_ending_at(j - 1, floor)
        if pre is not None:
            if pre.kind == "country":
                affiliation = pre.name  # out of the role: "China's largest chipmaker"
            else:
                seq = list(range(pre.first, t + 1))  # kept: "TikTok's parent company"
            j = pre.first
        has_determiner = j - 1 >= floor and tok.low[j - 1] in _DETERMINERS
        if has_determiner:
            j -= 1
        elif pre is None:
            return None, None  # a bare "carmaker, Volkswagen" is likely a list, not a role
        if j > floor and tok.words[j - 1] not in _BOUNDARY_WORDS:
            return None, None
        return self._role_text(seq), affiliation

    def org_role(self, first: int, last: int) -> tuple[str | None, str | None]:
        """(role, affiliation) of an organization mention over tokens first..last."""
        tok = self.tok
        s = tok.sentence[first]
        floor, ceiling = tok.sentence_first[s], tok.sentence_last[s]
        role = affiliation = None
        pre = self.prefix_ending_at(first - 1, floor)
        if pre is not None and pre.kind == "country":
            affiliation = pre.name  # "China's Ministry of Commerce", "Japanese Toyota"
        else:
            # A description before the name: "Japanese carmaker Toyota".
            seq: list[int] = []
            j = first - 1
            while j >= floor and len(seq) < 4 and self._descriptive(j):
                seq.append(j)
                j -= 1
            seq.reverse()
            if seq and is_org_head(tok.low[seq[-1]]):
                role = self._role_text(seq)
                pre = self.prefix_ending_at(seq[0] - 1, floor)
                if pre is not None and pre.kind == "country":
                    affiliation = pre.name
        if role is None and first - 1 > floor and tok.words[first - 1] == ",":
            role, found = self._description_before(first - 2, floor)
            affiliation = affiliation or found
        if role is None and last + 1 < ceiling and tok.words[last + 1] == ",":
            t = last + 2
            if t < ceiling and tok.low[t] in _DETERMINERS:
                t += 1
            seq, found, end = self._description_after(t, ceiling)
            if seq and (end >= ceiling or tok.words[end] in _APPOSITION_END):
                role = self._role_text(seq)
                affiliation = affiliation or found
        return role, affiliation
