"""The actor layer's word lists (data files) and the article's tokens, shared by its modules."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import gazetteer
from .model import EntitySpan, Sentence


def _load(name: str) -> dict:
    data = resources.files("newsdesk.analysis").joinpath("data", name)
    return json.loads(data.read_text("utf-8"))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ROLES = _load("roles.json")
_ANAPHORA = _load("actor_anaphora.json")
_GROUPS = _load("actor_groups.json")

HONORIFICS = frozenset(_ROLES["honorifics"])
_NOT_ROLES = HONORIFICS | frozenset(_ROLES["not_roles"])


def _lower(words) -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in words) - _NOT_ROLES


# Ours plus the entity tagger's title words, so a word it leaves out of a name is a role here.
TITLES = (
    frozenset(_ROLES["titles"])
    | frozenset(p.split()[-1] for p in _ROLES["title_phrases"])
    | _lower(gazetteer.TITLE_HEADS) | _lower(gazetteer.PERSON_CONTEXT)
)
# Titles that the entity tagger may leave inside a person's span ("President Trump").
TRIM_TITLES = frozenset(_ROLES["titles"]) | _lower(gazetteer.TITLE_HEADS)
MODIFIERS = (
    frozenset(_ROLES["modifiers"])
    | frozenset(w for p in _ROLES["title_phrases"] for w in p.split()[:-1] if w != "of")
    | _lower(gazetteer.TITLE_MODIFIERS)
)
ORG_HEADS = frozenset(_ROLES["org_heads"])
ANAPHORIC_HEADS = frozenset(_ANAPHORA["heads"])
COMPANY_HEADS = frozenset(_ANAPHORA["companies"])
NOT_COMPANY_WORDS = frozenset(_ANAPHORA["not_companies"])
COUNTRY_HEADS = frozenset(_ANAPHORA["country_heads"])
IGNORABLE_MODIFIERS = frozenset(_ANAPHORA["ignorable_modifiers"])
COLLECTIVE_NOUNS = frozenset(_GROUPS["collective_nouns"])
NUMBER_WORDS = frozenset(_GROUPS["number_words"])
QUANTITY_PHRASES = tuple(tuple(p.split()) for p in _GROUPS["quantity_phrases"])
NOT_ACTORS = frozenset(_GROUPS["not_actors"])
NOT_NAMES = frozenset(_ROLES["not_names"])
NAME_TITLES = frozenset(_ROLES["name_titles"])

# Lower-case words that end a noun phrase or a title: a role never runs across them.
FUNCTION_WORDS = _words(
    """the a an of and or but in on at to by for with from as into than that which who whom
    whose this these those it its is was were are be been has have had will would said says
    say also not no after before while when where there their his her our your my we they he
    she i you about over under between against amid during since until via per"""
)


def is_title(word: str) -> bool:
    """A head of a title: "secretary", "vice-premier" (each part of a hyphenated word known)."""
    if word in TITLES:
        return True
    if "-" in word:
        parts = word.split("-")
        return parts[-1] in TITLES and all(p in TITLES or p in MODIFIERS for p in parts)
    return False


def is_title_modifier(word: str) -> bool:
    """A word that builds compound titles: "treasury", "deputy", "top"."""
    if word in MODIFIERS:
        return True
    if "-" in word:
        return all(p in MODIFIERS for p in word.split("-"))
    return False


def is_org_head(word: str) -> bool:
    """A noun that says what kind of organization something is: "company", "chipmaker"."""
    return word in ORG_HEADS or (word.endswith("maker") and len(word) > 6)


# -- countries: the gazetteer ----------------------------------------------------------------

@cache
def demonym_country(word: str) -> str | None:
    """'Chinese' -> "China" (also a country's own name); None when it is neither."""
    return gazetteer.demonym_to_country(word)


@cache
def country_name(alias: str) -> str | None:
    """The canonical name of a country written as `alias` ("U.S." -> "United States")."""
    return gazetteer.country_name(alias)


@cache
def capital_country(word: str) -> str | None:
    """The country whose capital `word` is ("Madrid" -> "Spain"), else None."""
    return gazetteer.is_capital_of(word)


def organization_name(alias: str) -> str | None:
    """The canonical name of a well-known organization ("EU" -> "European Union")."""
    return gazetteer.organization_name(alias)


# -- tokens ---------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d[\d,.]*\d|\w(?:[\w’'\-.&]*\w)?|[,;:()\[\]“”\"—–]")


@dataclass(slots=True)
class Tokens:
    """An article's words with their offsets, sentence and entity; built once per article."""

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]  # as written
    low: list[str]  # lower case, straight apostrophes, possessive 's kept
    caps: list[bool]  # starts with an upper-case letter
    sentence: list[int]  # index of the token's sentence
    sentence_first: list[int]  # first token of each sentence
    sentence_last: list[int]  # last token of each sentence (exclusive)
    entity: list[int]  # index into the entity list, or -1

    def covering(self, char: int) -> int:
        """The token that contains `char`, else the first one after it."""
        t = bisect.bisect_right(self.starts, char) - 1
        return t if t >= 0 and self.ends[t] > char else t + 1

    def is_possessive(self, t: int) -> bool:
        return self.low[t].endswith("'s")

    def bare(self, t: int) -> str:
        """The token's lower-case form without a possessive 's."""
        w = self.low[t]
        return w[:-2] if w.endswith("'s") else w

    def capitalized(self, t: int) -> bool:
        return self.caps[t]

    def tag_entities(self, entities: list[EntitySpan]) -> None:
        """Point each token at the entity that covers it (entities sorted, not overlapping)."""
        starts, ends = self.starts, self.ends
        entity = [-1] * len(starts)
        for e_index, e in enumerate(entities):
            t = bisect.bisect_left(ends, e.start + 1)
            while t < len(starts) and starts[t] < e.end:
                entity[t] = e_index
                t += 1
        self.entity = entity


def tokenize(text: str, sentences: list[Sentence], entities: list[EntitySpan]) -> Tokens:
    """Split `text` into word and punctuation tokens, tagged with sentence and entity."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    words = [text[a:b] for a, b in spans]
    low = [w.lower().replace("’", "'") for w in words]
    caps = [w[0].isupper() for w in words]
    n_sentences = max(1, len(sentences))
    sentence = [0] * len(starts)
    first = [len(starts)] * n_sentences
    last = [0] * n_sentences
    t = 0
    for s_index, s in enumerate(sentences):
        # Tokens between sentences (none in practice) belong to the sentence before.
        while t < len(starts) and starts[t] < s.start:
            sentence[t] = max(0, s_index - 1)
            t += 1
        first[s_index] = t
        while t < len(starts) and starts[t] < s.end:
            sentence[t] = s_index
            t += 1
        last[s_index] = t
    while t < len(starts):
        sentence[t] = n_sentences - 1
        last[n_sentences - 1] = t + 1
        t += 1
    tok = Tokens(text, starts, ends, words, low, caps, sentence, first, last, [])
    tok.tag_entities(entities)
    return tok
