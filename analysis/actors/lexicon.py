"""The actor stage's word lists: data/roles.json, actor_anaphora.json, actor_groups.json
and the gazetteer's titles, with the word tests built on them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .. import gazetteer
from ..datafiles import load_json


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ROLES = load_json("roles.json")
_ANAPHORA = load_json("actor_anaphora.json")
_GROUPS = load_json("actor_groups.json")
_AFFILIATION = load_json("actor_affiliation.json")

HONORIFICS = frozenset(_ROLES["honorifics"])
_NOT_ROLES = HONORIFICS | frozenset(_ROLES["not_roles"])


def _lower(words: Iterable[str]) -> frozenset[str]:
    """The gazetteer's capitalized title words as role words: lower case, no period."""
    return frozenset(word.lower().rstrip(".") for word in words) - _NOT_ROLES


# Ours plus the entity tagger's title words, so a word it leaves out of a name is a role here.
TITLES = (
    frozenset(_ROLES["titles"])
    | frozenset(phrase.split()[-1] for phrase in _ROLES["title_phrases"])
    | _lower(gazetteer.TITLE_HEADS) | _lower(gazetteer.PERSON_CONTEXT)
)
# Titles that the entity tagger may leave inside a person's span ("President Trump").
TRIM_TITLES = frozenset(_ROLES["titles"]) | _lower(gazetteer.TITLE_HEADS)
MODIFIERS = (
    frozenset(_ROLES["modifiers"])
    | frozenset(word for phrase in _ROLES["title_phrases"] for word in phrase.split()[:-1]
                if word != "of")
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
QUANTITY_PHRASES = tuple(tuple(phrase.split()) for phrase in _GROUPS["quantity_phrases"])
NOT_ACTORS = frozenset(_GROUPS["not_actors"])
#: words before a count that make the group one named before ("the two companies").
DEFINITE_WORDS = frozenset(_GROUPS["definite_words"])
#: words before a count that make it a statistic, not a delimited group ("almost 30").
APPROXIMATORS = frozenset(_GROUPS["approximators"])
NOT_NAMES = frozenset(_ROLES["not_names"])
NAME_TITLES = frozenset(_ROLES["name_titles"])
#: "Tory" -> "Conservative Party": a party adjective before a party title.
PARTY_ADJECTIVES = gazetteer.PARTY_ADJECTIVES
PARTY_TITLES = gazetteer.PARTY_TITLES
STATE_TITLES = frozenset(_AFFILIATION["state_titles"])
# Titles of a legislature's members: "Sen. Sam Brownback", "Rep. Dale Whitcomb".
MEMBER_TITLES = frozenset({"Sen", "Senator", "Rep", "Representative", "Congressman",
                           "Congresswoman"})
PUBLIC_BODY_WORDS = frozenset(_AFFILIATION["public_body_words"])
PARTY_WORDS = frozenset(_AFFILIATION["party_words"])
SUPRANATIONAL_WORDS = frozenset(_AFFILIATION["supranational_words"])
#: national adjectives in other languages, inside company names ("Deutsche" -> Germany).
NATIONAL_WORDS: dict[str, str] = dict(_AFFILIATION["national_words"])
# The last words of a company's name only one country's company law uses ("Pvt Ltd").
LEGAL_FORMS: dict[str, str] = dict(_AFFILIATION["legal_forms"])
TRADE_WORDS: dict[str, str] = dict(_AFFILIATION["trade_words"])

# Lower-case words that end a noun phrase or a title: a role never runs across them.
FUNCTION_WORDS = _words(
    """the a an of and or but in on at to by for with from as into than that which who whom
    whose this these those it its is was were are be been has have had will would said says
    say also not no after before while when where there their his her our your my we they he
    she i you about over under between against amid during since until via per"""
)


def plural_title(word: str) -> bool:
    """ "senators", "ministers": a title shared by the names that follow it."""
    return len(word) > 4 and word.endswith("s") and word[:-1] in TITLES


def is_title(word: str) -> bool:
    """A head of a title: "secretary", "vice-premier" (each part of a hyphenated word known)."""
    if word in TITLES:
        return True
    if "-" in word:
        parts = word.split("-")
        return parts[-1] in TITLES and all(part in TITLES or part in MODIFIERS or part == "ex"
                                           for part in parts)  # "ex-minister"
    return False


def is_title_modifier(word: str) -> bool:
    """A word that builds compound titles: "treasury", "deputy", "top"."""
    if word in MODIFIERS:
        return True
    if "-" in word:
        return all(part in MODIFIERS for part in word.split("-"))
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

