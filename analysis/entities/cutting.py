"""Cutting a run of capitalized words into entity spans.

"The US Treasury Secretary Scott Bessent and Chinese Vice-Premier He Lifeng" is one run:
the sentence-initial "The" goes, "and" splits it unless a name holds it together
("Standard & Poor's", "Bosnia and Herzegovina"), titles split off ("US | Treasury
Secretary | Scott Bessent"), and "of"/"for"/"on" split what no gazetteer or organization
word keeps whole ("Bank of England" stays). Each piece is then classified.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import gazetteer as gaz
from .caps import is_dateline
from .classify import classify, demonym_firm, head_before_of, surname_after_name
from .document import SURE, WEAK, Doc, Span, Token
from .not_names import names_no_actor, product_name
from .words import (
    ACTION_VERBS,
    CONNECTORS,
    FUNCTION_WORDS,
    HEADS_BEFORE_OF,
    MID_ORDINARY,
    NEVER,
    ORDINARY,
    PERSON_VERBS,
    PLACE_HEADS,
    caps_lookup,
    described_by,
    gazetteer_kind,
    hyphen_non_entity,
    is_acronym,
    is_common_noun,
    is_generic_plural,
    is_ordinary,
    is_people_word,
    is_plural_title_head,
    is_title_head,
)

# A word in "-ed" this long or longer may be a participle opening a sentence.
_PARTICIPLE_MIN = 6
# keep(left, right): whether a connector between two parts belongs to the name.
Keep = Callable[[list[Token], list[Token]], bool]


def cut(doc: Doc, toks: list[Token], initial: bool, out: list[Span]) -> None:
    """Cut one run of tokens (within a sentence) into classified spans."""
    if names_no_actor(doc, toks):
        doc.no_actor_ends.add(toks[-1].end)
        return
    if toks[0].word.isupper() and is_dateline(doc, toks):
        # "MEXICO CITY -", "THE HAGUE (Reuters) -": a place, before its first word (an
        # ordinary one, opening a line) is dropped.
        kind, canonical = caps_lookup(doc.name_of(toks)) or ("place", None)
        out.append(Span(toks[0].start, toks[-1].end, kind, canonical, SURE))
        return
    if toks[-1].word in _CLAUSE_OPENERS and len(toks) > 1 and _clause_after(doc, toks[-1]):
        # "When I was in London I did all my runs", "to leave the European Union In his
        # speech": a pronoun or a sentence's first word glued to the name before it
        toks = _strip_connectors(toks[:-1])
    whole = len(toks)
    toks = _strip_connectors(_drop_leading_non_names(doc, toks, initial, out))
    if not toks:
        return
    if len(toks) < whole and names_no_actor(doc, toks):
        # "Sales of Marlboro cigarettes", "The Nord Stream pipeline": what is left once the
        # sentence's opening words are dropped names a product
        doc.no_actor_ends.add(toks[-1].end)
        return
    if _portfolio_in_a_title(doc, toks):
        # "(US) Treasury secretary Scott Bessent": a portfolio inside a title (2.6)
        toks = toks[:-1]
        if not toks:
            return
    if gazetteer_kind(doc.name_of(toks)) is not None:
        _add(out, classify(doc, toks, False))
        return
    if len(toks) == 1:
        _single(doc, toks[0], out)
        return
    post = _post_then_name(doc, toks)
    if post:
        # "Ambassador to the U.N. Bill Richardson": the body the post is at, then the person
        _add_two(doc, toks, post, out, person_first=False)
        return
    if _two_known_sides(toks):
        # "EU China arms ban": two states or bodies side by side, each a name of its own
        for tok in toks:
            _add(out, classify(doc, [tok], False))
        return
    if len(toks) > 1 and toks[-1].word in _STATE_BODY_ENDS and _leader_then_body(doc, toks):
        # "the Clinton White House", "the Bush Treasury": the leader is a mention of his own
        # (as in "the Trump administration", 2.3), and so is the body
        _add_two(doc, toks, 1, out, person_first=True)
        return
    person = _body_then_person(doc, toks)
    if person:
        # "told the BBC Michael Howard has", "For the Lib Dems David Laws said", "head of
        # the Child Support Agency Doug Smith": a body's name, then a person's
        _add_two(doc, toks, person, out, person_first=False)
        return
    if all(tok.word.isupper() for tok in toks):
        # "NEW YORK, March 3 -": an upper-case name in ordinary text.
        hit = caps_lookup(doc.name_of(toks))
        if hit is not None:
            out.append(Span(toks[0].start, toks[-1].end, hit[0], hit[1], SURE))
            return
    parts = _split_at(toks, "and", _keep_and(doc)) if any(tok.word == "and" for tok in toks) \
        else [toks]
    for part in parts:
        _cut_titles(doc, _strip_connectors(part), out)


def _add_two(doc: Doc, toks: list[Token], at: int, out: list[Span], person_first: bool) -> None:
    """A run that is two names side by side, cut at `at`: a person's and a body's, in the
    order `person_first` says (each classified as after a title when it is the person)."""
    _add(out, classify(doc, toks[:at], person_first))
    _add(out, classify(doc, toks[at:], not person_first))


# Words that open a clause and end no name: the pronoun "I" and a sentence's first words
# the splitter missed ("... Mitroshin The dispute", "Gartner More than 167 million").
# (not "It", which ends titles as often: "Faking It")
_CLAUSE_OPENERS = frozenset({"I", "The", "In", "More", "He", "She", "We", "They", "But",
                             "However"})
# Words after a king's or a queen's numeral: "Queen Elizabeth I in a new adaptation".
_AFTER_NUMERAL = frozenset({"in", "of", "on", "at", "for", "from", "with", "by", "and", "or",
                            "as"})


def _clause_after(doc: Doc, tok: Token) -> bool:
    """Whether a lower-case word follows `tok`, which then opens a clause ("London I did",
    "Union In his speech"), as against "Charles I, the king", "Star Wars Episode I",
    "Elizabeth I in a new film" (a given name's numeral before a preposition)."""
    possessive, nxt = doc.next_word(tok.end)
    if possessive or not nxt.isalpha() or not nxt.islower():
        return False
    return tok.word != "I" or nxt not in _AFTER_NUMERAL \
        or doc.prev_word(tok.start) not in gaz.FIRST_NAMES


def _post_then_name(doc: Doc, toks: list[Token]) -> int:
    """After "Ambassador to (the)", a known name then a person's ("the U.N. Bill
    Richardson", "Japan Tom Foley"): where the person's name starts, or 0."""
    if len(toks) < 3 or not _POST_TO.search(doc.text, max(0, toks[0].start - 40),
                                            toks[0].start):
        return 0
    for split in range(len(toks) - 2, 0, -1):
        if gazetteer_kind(doc.name_of(toks[:split])) is not None \
                and toks[split].word in gaz.FIRST_NAMES \
                and gazetteer_kind(doc.name_of(toks[split:])) is None:
            return split
    return 0


# Last words of a state's bodies that a leader's surname may stand before.
_STATE_BODY_ENDS = frozenset({"House", "Treasury", "Department", "Ministry", "Office",
                              "Pentagon", "Kremlin", "Cabinet", "Administration"})


def _leader_then_body(doc: Doc, toks: list[Token]) -> bool:
    """Whether a run is a leader's surname (a public figure's, or a surname nobody's place
    or body is named) before a state body's known name: "Clinton | White House", "Bush |
    Treasury"."""
    head = toks[0].word
    hit = gazetteer_kind(head)
    if not (hit == ("person", None) or hit is None and head in gaz.SURNAMES
            and head not in gaz.FIRST_NAMES):
        return False
    body = gazetteer_kind(doc.name_of(toks[1:]))
    return body is not None and body[0] == "organization" \
        and gazetteer_kind(doc.name_of(toks)) is None


def _body_then_person(doc: Doc, toks: list[Token]) -> int:
    """Where a person's name starts after a body's or a state's that the lists know or its
    words make clear ("BBC | Michael Howard", "Child Support Agency | Doug Smith"), or 0:
    the person's name a given name and more words, none of them connectors, ending in no
    word of a body's or a place's name ("Bank Sal Oppenheim", "West Virginia University",
    "KLM Royal Dutch Airlines", "BBC Young Sports Personality" are one name each)."""
    if len(toks) < 3 or any(tok.word in CONNECTORS for tok in toks):
        return 0
    last = toks[-1].word
    if last in gaz.ORG_WORDS or last.rstrip(".") in gaz.ORG_WORDS or last in PLACE_HEADS \
            or last in gaz.PLACE_SUFFIXES or last in gaz.MISC_WORDS or is_common_noun(last) \
            or gazetteer_kind(doc.name_of(toks)) is not None:
        return 0  # (nor "US Davis Cup": an event)
    for at in range(1, len(toks) - 1):
        if toks[at].word not in gaz.FIRST_NAMES:
            continue
        body = toks[:at]
        hit = gazetteer_kind(doc.name_of(body))
        if (hit is not None and hit[0] in ("organization", "country")
                or len(body) > 1 and org_by_words(body)) \
                and gazetteer_kind(doc.name_of(toks[at:])) in (None, ("person", None)):
            return at
    return 0


def _two_known_sides(toks: list[Token]) -> bool:
    """ "EU China", "US China": two one-word names of states or bodies with nothing
    between them (no demonym: "Saudi Aramco" is one firm)."""
    if len(toks) != 2:
        return False
    for tok in toks:
        hit = gazetteer_kind(tok.word)
        if hit is None or hit[0] not in ("country", "organization") \
                or tok.word in gaz.DEMONYMS or tok.word in gaz.ORG_WORDS:
            return False
        if hit[0] == "organization" and (not tok.word.isupper()
                                         or gaz.organization_country(tok.word)):
            return False  # "Sony Ericsson", "UK Treasury", "BBC America": one body's name
    return True


def _add(out: list[Span], span: Span | None) -> None:
    if span is not None:
        out.append(span)


def _month_as_first_name(toks: list[Token]) -> bool:
    """ "Jan Novak": a month's short form, no dot, that is a first name before a surname
    (the run finder kept it for that; "Jan 5" never reaches here)."""
    word = toks[0].word
    return len(word) == 3 and word in gaz.FIRST_NAMES and len(toks) > 1 \
        and toks[1].word[:1].isupper() and toks[1].word not in NEVER


def _drop_leading_non_names(doc: Doc, toks: list[Token], initial: bool,
                            out: list[Span]) -> list[Token]:
    """Drop leading words that are no entity: "The", "Hours", "Both", months, demonyms.

    An ordinary word opening the sentence stays as a weak candidate, in case the article
    names it clearly elsewhere ("Standard" of "Standard Chartered").
    """
    while toks:
        word = toks[0].word
        if word in CONNECTORS:
            toks = toks[1:]
            continue
        if word in NEVER and not _month_as_first_name(toks) \
                or (is_people_word(word) and gazetteer_kind(doc.name_of(toks)) is None
                             and not org_by_words(toks) and not _known_start(doc, toks)
                             and not demonym_firm([tok.word for tok in toks])) \
                or "-" in word and described_by(word, len(toks)):  # the call only when it may
            toks = toks[1:]
            initial = False
            continue
        described = _described_after_name(toks) if len(toks) > 2 else 0
        if described:
            # "New York-based RJR", "Santa Monica-based Activision", "South African-born
            # Jo Quill": a place of several words glued to a describing word is no mention
            # (GUIDELINES 2.3), and the name is what follows
            toks = toks[described:]
            initial = False
            continue
        if initial and word == "An" and len(toks) > 1 and (
                toks[1].word[:1] in "AEIOU"
                or toks[1].word.isupper() and toks[1].word[:1] in _VOWEL_SOUNDING):
            toks = toks[1:]  # "An Operation Black Vote spokesman": the article (not a given
            initial = False  # name "An", which a vowel seldom follows)
            continue
        if initial and _ordinary_opening_word(doc, toks):
            out.append(Span(toks[0].start, toks[0].end, None, None, WEAK))
            toks = toks[1:]
            initial = False
            continue
        break
    return toks


def _described_after_name(toks: list[Token]) -> int:
    """How many words open `toks` as a name of two or three words whose last is glued to a
    describing word ("New York-based", "Hong Kong-listed"), before a name; else 0."""
    for at in range(1, min(len(toks) - 1, _DESCRIBED_REACH + 1)):
        word = toks[at].word
        if "-" in word and word.endswith(_DESCRIBING_ENDINGS) \
                and described_by(word, len(toks) - at):
            return at + 1 if all(tok.word[:1].isupper() and tok.word not in CONNECTORS
                                 for tok in toks[:at]) else 0
    return 0


_DESCRIBED_REACH = 3  # words of a place before its describing word: "Rio de Janeiro-based"
# Endings of participles that describe a name after them ("-based", "-born", "-run"; not
# "Low-fare" of "European Low-fare Airlines Association", nor "Ross-van Dorp").
_DESCRIBING_ENDINGS = ("ed", "born", "run", "built", "made", "grown", "bound")


def _known_start(doc: Doc, toks: list[Token]) -> bool:
    """Whether the run opens with a gazetteer name of several words: "European Commission
    [President ...]", "Chinese Academy of Sciences [researcher ...]"."""
    return any(gazetteer_kind(doc.name_of(toks[:size])) is not None
               for size in range(2, min(len(toks), _KNOWN_START_WORDS + 1)))


def _ordinary_opening_word(doc: Doc, toks: list[Token]) -> bool:
    """Whether the run's first word, at the start of a sentence, is an ordinary word."""
    if len(toks) > 1 and (gazetteer_kind(doc.name_of(toks)) is not None
                          or _known_start(doc, toks)):
        return False  # "Customs and Border Protection said"
    word = toks[0].word
    second = toks[1].word if len(toks) > 1 else None
    alone = second is None or second in CONNECTORS  # "Most [of the] ..."
    # An ordinary word ("The", "It", "However") first: most sentences open with one, and
    # it settles the question before the tests of the word in its context (none has a
    # side effect: their order is free).
    return _ordinary_word_opening(doc, toks, word, second, alone) or alone and (
        _common_word_opening(doc, toks[0], second is None)
        or second is None and _phrase_in_lower_case_elsewhere(doc, toks[0])
        or second is None and _everyday_word_opening(doc, toks[0])
        or second is None and _everyday_place_word_opening(doc, toks[0])
        or _participle_opening(doc, toks[0]) or _comma_opening(doc, toks[0])
        or second is None and _derived_word_opening(doc, toks[0])
        or _comparative_opening(doc, toks[0])
        or _lower_case_elsewhere(doc, toks[0])
        or _quantifier_opening(doc, toks[0])
        or second is None and _body_word_before_post(doc, toks[0])
        or second is None and _crop_before_its_trade(doc, toks[0]))


def _ordinary_word_opening(doc: Doc, toks: list[Token], word: str, second: str | None,
                           alone: bool) -> bool:
    """Whether the run opens with an ordinary word ("These", "We've") that is no name's
    first word (`_ordinary_opening_word`'s test of the word in its list)."""
    return (is_ordinary(word, ORDINARY)
            # ("Most EU countries", "Most Republicans": a quantifier, whatever town in
            # Bohemia is called so)
            and (gazetteer_kind(word) is None or (alone or word in _QUANTIFIERS)
                 and word in gaz.PLACES and word.lower() in MID_ORDINARY)
            and gazetteer_kind(doc.name_of(toks)) is None
            # "Secretary Blinken", "Mark Carney": a title or a first name opens a name;
            # so does "Minister for Trade ...", "Secretary of State ...".
            and not (is_title_head(word) and second is not None
                     and (second not in CONNECTORS or second in ("of", "for")))
            and not (word in gaz.FIRST_NAMES and second is not None
                     and second not in CONNECTORS
                     and (gazetteer_kind(second) or ("person",))[0] == "person"
                     and not _function_word_before_name(doc, toks)))


# Given names that are function words and open sentences as those all but always: "In
# Hong Kong, ...", "So Saddam Hussein ...", "My Forsyth ..." (not "Will", "May", "Love").
_SELDOM_GIVEN = frozenset({"In", "So", "See", "My", "Many", "An"})


def _function_word_before_name(doc: Doc, toks: list[Token]) -> bool:
    """Whether a given name that is also a function word opens the sentence as the
    function word, before a name of its own: "In [New York Stock Exchange] composite
    trading", "In [Sri Lanka]", "So [Steve Milunovich] said"; "Will Smith", "Will
    Greenwood" are people (a one-word place after "Will" is a surname as often)."""
    word = toks[0].word
    if word.lower() not in FUNCTION_WORDS:
        return False  # (the cheap test first: most given names are no function words)
    if word in _SELDOM_GIVEN:
        return True
    rest = doc.name_of(toks[1:])
    hit = gazetteer_kind(rest)
    if hit is not None:
        return hit[0] in ("country", "organization") or " " in rest
    return len(toks) > 2 and toks[1].word in gaz.FIRST_NAMES \
        and toks[1].word.lower() not in FUNCTION_WORDS  # "Will Tony Blair ..."


# Posts in a body, in lower case after the body's generic word: "Union leader Sirichai
# said", "Union officials said", "Council chiefs" (the party posts and a few more).
_POSTS_AFTER_BODY_WORD = gaz.PARTY_TITLES | frozenset(
    {"leaders", "members", "chief", "chiefs", "boss", "bosses", "official", "officials",
     "spokesmen", "spokeswomen", "representative", "representatives", "negotiator",
     "negotiators", "head", "heads", "secretary", "president", "chairmen", "activists"})


def _body_word_before_post(doc: Doc, tok: Token) -> bool:
    """ "Union leader Sirichai Mairungrueng said": a body's generic word opening a sentence
    before a lower-case post in it is the common noun (part of the role), whatever town
    the lists know by that word (Union, New Jersey); a body known by the word alone stays
    ("Senate leaders said")."""
    if tok.word not in gaz.ORG_WORDS:
        return False
    possessive, nxt = doc.next_word(tok.end)
    if possessive or nxt not in _POSTS_AFTER_BODY_WORD:
        return False
    known = gazetteer_kind(tok.word)  # (not a body the word names alone: "Senate leaders")
    return known is None or known[0] == "place"


# Who grows, makes or trades a good, and its trade: the lower-case plural after a
# good's name opening a sentence ("Sorghum exporters said", "Cassava prices rose").
_TRADE_OF_A_GOOD = frozenset({"growers", "farmers", "planters", "producers", "exporters",
                              "importers", "processors", "millers", "traders", "dealers",
                              "prices", "imports", "exports", "shipments", "plantations",
                              "crops", "harvests", "yields", "futures", "supplies", "mills",
                              "smelters", "refiners"})


def _crop_before_its_trade(doc: Doc, tok: Token) -> bool:
    """ "Sugarcane growers in the northeast opposed", "Sorghum exporters said": a word no
    list knows (the lists of everyday words lack many crops and ores) opening a sentence
    before those who grow or trade a good, or the good's trade, names the good, unless
    the article writes the word capitalized on its own elsewhere ("shares in Zorvex rose":
    a firm's "Zorvex exporters" are its own)."""
    possessive, nxt = doc.next_word(tok.end)
    return not possessive and nxt in _TRADE_OF_A_GOOD and _plain_word(tok.word) \
        and tok.word.isalpha() and not _named_elsewhere(doc, tok.word)


# Quantifiers that open a sentence before a noun: "BRUSSELS — Most companies that import".
_QUANTIFIERS = frozenset({"Most", "Many", "Several", "Some", "Few", "Fewer", "All", "Both",
                          "Each", "Every", "Such", "Other", "Others", "Another", "Much"})


def _quantifier_opening(doc: Doc, tok: Token) -> bool:
    """A quantifier opening a sentence before a lower-case word is nobody's name."""
    if tok.word not in _QUANTIFIERS:
        return False
    possessive, nxt = doc.next_word(tok.end)
    return not possessive and nxt.isalpha() and nxt.islower()


def _lower_case_elsewhere(doc: Doc, tok: Token) -> bool:
    """ "Ringgit held in bank accounts abroad" where the article writes "3.80 ringgit": a
    word opening a sentence before a lower-case word, that the article writes in lower case
    elsewhere and nobody is known by, is an ordinary word."""
    word = tok.word
    if not word[1:].islower() or word.lower() not in doc.text:
        return False  # (a substring test first: most names never appear in lower case)
    possessive, nxt = doc.next_word(tok.end)
    return not possessive and nxt.isalpha() and nxt.islower() \
        and word not in gaz.FIRST_NAMES \
        and not is_title_head(word) and gazetteer_kind(word) is None \
        and doc.writes_in_lower_case(word) \
        and (word not in gaz.SURNAMES or not _named_in_full(doc.text, word))


def _named_in_full(text: str, surname: str) -> bool:
    """Whether a first name, a title or an honorific stands right before the surname
    somewhere ("Tony Banks", "Mr Banks"): someone the article names by it. "Banks will stay
    cautious" in an article that names nobody so and writes "banks" elsewhere opens with
    the common noun; so does "Gold is Tanzania's biggest export" beside "Rift Valley Gold",
    a firm."""
    for found in re.finditer(r"([A-Z][\w.'’-]*)[ \t]+" + re.escape(surname) + r"\b", text):
        before = found.group(1)
        if before in gaz.FIRST_NAMES or before in _NAME_ABBREVIATIONS \
                or is_title_head(before.rstrip(".")) or len(before.rstrip(".")) == 1:
            return True
    return False


def _phrase_in_lower_case_elsewhere(doc: Doc, tok: Token) -> bool:
    """ "Mobile phones do not ..." where the article writes "mobile phones" elsewhere: a
    word opening a sentence before a lower-case word, the two of which the article writes
    in lower case elsewhere, is an ordinary word, even one the lists know (Mobile, Alabama)."""
    word = tok.word
    if not word[1:].islower() or word.lower() not in doc.text:
        return False  # (a substring test first)
    possessive, nxt = doc.next_word(tok.end)
    if possessive or not nxt.isalpha() or not nxt.islower():
        return False
    phrase = f"{word.lower()} {nxt}"
    at = doc.text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not doc.text[at - 1].isalpha()) and not doc.text[end:end + 1].isalpha():
            return True
        at = doc.text.find(phrase, end)
    return False


def _everyday_word_opening(doc: Doc, tok: Token) -> bool:
    """ "Organisers said ...", "Rumours of a bid ...", "Realising that ...", "Pensioner
    households ...": a word opening a sentence before a lower-case word, that is an
    everyday word or a form of one (a plural, an agent noun in "-er", an "-ing" form, an
    adverb in "-ly", a British spelling) and that no gazetteer knows, is no name unless
    the article writes it capitalized on its own elsewhere ("shares in Boots rose") or
    after a first name or a title ("Ivy Cotton", "Mr Cotton"). A surname ("Steel output
    fell") must be an everyday word itself, and no verb of saying or acting may follow it
    ("Cotton said"); a first name must be a frequent word too ("Charity boss ...", not
    "Jasper blew right by me")."""
    word = tok.word
    if len(word) < _EVERYDAY_MIN - 1 or not word[1:].islower() or not word.isalpha() \
            or gazetteer_kind(word) is not None:
        return False
    low = word.lower()
    possessive, nxt = doc.next_word(tok.end)
    if possessive or not nxt.isalpha() or not nxt.islower():
        return False
    if word in gaz.FIRST_NAMES and _WORD_RANKS.get(low, _FREQUENT_RANK) >= _FREQUENT_RANK:
        return False  # "Jasper blew right by me": a person called by the first name
    if word in gaz.FIRST_NAMES or word in gaz.SURNAMES or gaz.PEOPLE.get(word):
        if low not in gaz.COMMON_WORDS or nxt in PERSON_VERBS \
                or nxt in ACTION_VERBS and not _plural_of_a_frequent_noun(word):
            return False
    elif len(word) < _EVERYDAY_MIN or not _everyday_form(low):
        return False
    return not _named_elsewhere(doc, word)


def _everyday_place_word_opening(doc: Doc, tok: Token) -> bool:
    """ "Union general secretary X said", "Mobile telephony has grown": a frequent everyday
    word that some town is called (Union, New Jersey; Mobile, Alabama) opening a sentence
    before a lower-case word that is no verb is the word, when the article writes it in
    lower case elsewhere ("the union", "a mobile operator") and never capitalized on its
    own (not "England coach Andy Robinson")."""
    word = tok.word
    if not word.isalpha() or not word[1:].islower() or word.lower() not in doc.text \
            or not doc.writes_in_lower_case(word) or word not in gaz.PLACES \
            or gazetteer_kind(word) != ("place", None) \
            or _WORD_RANKS.get(word.lower(), _FREQUENT_RANK) >= _FREQUENT_RANK:
        return False
    possessive, nxt = doc.next_word(tok.end)
    if possessive or not nxt.isalpha() or not nxt.islower() or nxt in PERSON_VERBS \
            or nxt in ACTION_VERBS or nxt in _NOT_NOUNS_AFTER or nxt.endswith(("ed", "s")):
        return False  # ("Mobile is a port city", "Union has grown": the town's own verb)
    return not _named_elsewhere(doc, word)


# Words after a town's name that make it the subject of a clause, not a word's modifier.
_NOT_NOUNS_AFTER = frozenset({"is", "was", "has", "had", "will", "would", "could", "can",
                              "may", "might", "must", "should", "and", "or", "also", "then",
                              "now", "still", "to", "in", "on", "at", "of", "for", "with",
                              "by", "from"})
_EVERYDAY_MIN = 5  # letters of a word tested as an everyday word's form ("Rumours")
# A first name that is a frequent word ("Charity", "Loan") opens sentences as the word more
# often than as someone's name; a rarer one ("Jasper") as the name.
_WORD_RANKS = {word: rank for rank, word in enumerate(gaz.COMMON_WORDS_BY_RANK)}
_FREQUENT_RANK = 5000
# British spellings and their American forms the common-word list is written in.
_BRITISH = (("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("iser", "izer"),
            ("our", "or"), ("tre", "ter"), ("yse", "yze"), ("ogue", "og"))


def _plural_of_a_frequent_noun(word: str) -> bool:
    """ "Banks welcomed the vote", "Mills will close": a surname that is the plural of a
    frequent noun, and no one's first name, opens a sentence as the noun even before a verb
    of acting, when the article names nobody by it (the caller's test); before a verb of
    saying ("Woods said") it stays the name."""
    low = word.lower()
    return word not in gaz.FIRST_NAMES and low.endswith("s") and not low.endswith("ss") \
        and _WORD_RANKS.get(low[:-1], _FREQUENT_RANK) < _FREQUENT_RANK


def _everyday_form(low: str) -> bool:
    """Whether a lower-case word is an everyday word or a regular form of one."""
    stems = {low}
    if low.endswith("ies"):
        stems.add(low[:-3] + "y")
    elif low.endswith("es"):
        stems |= {low[:-2], low[:-1]}
    elif low.endswith("s") and not low.endswith("ss"):
        stems.add(low[:-1])
    for stem in list(stems):
        if stem.endswith("er"):  # "pensioner", "organiser": an agent noun of a word
            stems |= {stem[:-2], stem[:-1]}
            if len(stem) > 4 and stem[-3] == stem[-4]:
                stems.add(stem[:-3])  # "jeweller", "blogger"
    if low.endswith("ing"):
        base = low[:-3]
        stems |= {base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else base}
    if low.endswith("ly"):
        stems |= {low[:-2], low[:-1] + "e", low[:-3] + "y" if low.endswith("ily") else low[:-2]}
    for british, american in _BRITISH:
        stems |= {stem.replace(british, american) for stem in list(stems) if british in stem}
    return any(len(stem) > 3 and stem in gaz.COMMON_WORDS for stem in stems)


_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)")


def _named_elsewhere(doc: Doc, word: str) -> bool:
    """Whether the article writes the word capitalized where no sentence opens and no
    other capitalized word stands next to it ("shares in Boots rose"), or after a first
    name, a title or an honorific ("Ivy Cotton", "President Cotton", "Mr. Cotton"): a name
    there, and so at the sentence's start too."""
    for found in re.finditer(rf"\b{word}\b", doc.text):
        start, end = found.span()
        if doc.is_initial(start):
            continue
        before = _WORD_BEFORE.search(doc.text, max(0, start - 40), start)
        if before is not None and (before.group(1).rstrip(".") in gaz.FIRST_NAMES
                                   or is_title_head(before.group(1).rstrip("."))
                                   or before.group(1) in _NAME_ABBREVIATIONS):
            return True
        after = _WORD_AFTER.match(doc.text, end)
        if before is None and after is None:
            return True
        if after is not None and word in gaz.FIRST_NAMES and after.group(1) in gaz.SURNAMES:
            return True  # a first name before a surname: "when Henry Paul fluffed"
    return False


def _participle_opening(doc: Doc, tok: Token) -> bool:
    """ "Parboiled rice is not covered": a rare word in "-ed" opening a sentence before a
    lower-case word is a participle or an adjective, nobody's name."""
    word = tok.word
    if len(word) < _PARTICIPLE_MIN or not word.endswith("ed") or not _plain_word(word):
        return False
    possessive, nxt = doc.next_word(tok.end)
    return not possessive and nxt.isalpha() and nxt.islower()


def _derived_word_opening(doc: Doc, tok: Token) -> bool:
    """ "Upping the ante is ...", "Misusing someone's identity", "Regrettably it is ...",
    "Deregulation is expected": a word opening a sentence whose ending makes it a form of
    an ordinary word the lists may lack: an "-ing" form before its object (a determiner or
    a pronoun), an adverb in "-ally", "-ously", "-ably", "-edly" and the like, or an
    abstract noun in "-ation", "-ment", "-ism" before a lower-case word that is no verb of
    saying; not a name the lists know, and not one the article writes capitalized on its
    own elsewhere ("shares in Xing rose")."""
    word = tok.word
    if len(word) < _DERIVED_MIN or not word.endswith(_DERIVED_ENDINGS) \
            or not word.isalpha() or not _plain_word(word):
        return False
    _, nxt = doc.next_word(tok.end)
    if word.endswith("ing"):
        found = nxt.lower() in _OBJECT_OPENERS or nxt.endswith(("'s", "’s")) and nxt[:1].islower()
    elif word.endswith("ly"):
        found = nxt.isalpha() and nxt.islower() or nxt == ","
    else:
        found = nxt.isalpha() and nxt.islower() and nxt not in PERSON_VERBS \
            and doc.text[tok.end:tok.end + 1] == " "
    return found and not _named_elsewhere(doc, word)


_DERIVED_MIN = 6  # letters: not "Boxing", "Kelly"
_DERIVED_ENDINGS = ("ing", "ally", "ously", "ably", "ibly", "edly", "ively", "fully", "ingly",
                    "ently", "antly", "ation", "ment", "ism")
# Words that open the object of an "-ing" form right after it.
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my",
                             "your", "this", "that", "these", "those", "some", "it", "them",
                             "him", "up", "down", "out", "off", "someone's", "people's"})


def _plain_word(word: str) -> bool:
    """Whether a capitalized word is lower case after its first letter and no name the
    lists know (a first name, a surname, a gazetteer name): what the openers below test."""
    return word[1:].islower() and word not in gaz.FIRST_NAMES and word not in gaz.SURNAMES \
        and not gazetteer_kind(word)


def _comparative_opening(doc: Doc, tok: Token) -> bool:
    """ "Poorer countries say ...", "Cheaper imports have ...": an everyday adjective's
    comparative or superlative opening a sentence before a lower-case word (not "Miller
    said": a surname, nor a word the lists know)."""
    word = tok.word
    low = word.lower()
    if not low.endswith(("er", "est")) or low in gaz.COMMON_WORDS or not _plain_word(word):
        return False
    base = low[:-2] if low.endswith("er") else low[:-3]
    # poor, big(g), larg(e), wealth(i); a short word's only, but for "-ier" ("Pensioner"
    # is a noun of its own)
    stems = (base, base[:-1], base + "e") if len(base) <= _SHORT_ADJECTIVE else ()
    if not any(len(stem) > 2 and stem in gaz.COMMON_WORDS
               for stem in (*stems, base[:-1] + "y" if base.endswith("i") else "")):
        return False
    possessive, nxt = doc.next_word(tok.end)
    return not possessive and nxt.isalpha() and nxt.islower() and nxt not in PERSON_VERBS \
        and nxt not in ACTION_VERBS


_SHORT_ADJECTIVE = 6  # letters of an adjective that takes "-er" ("strong", not "pension")
# Capitals read with a vowel first, after which "an" is the article: "an MP", "an SEC".
_VOWEL_SOUNDING = frozenset("AEFHILMNORSX")


def _comma_opening(doc: Doc, tok: Token) -> bool:
    """ "Pointedly, only one official ...", "Unadjusted, the figures showed": an adverb
    in "-ly" or a participle in "-ed" opening a sentence before a comma, made of an
    everyday word, is nobody's name ("Kelly, 45, said" is)."""
    word = tok.word
    if len(word) < _PARTICIPLE_MIN or not word.endswith(("ly", "ed")) or not _plain_word(word) \
            or doc.next_word(tok.end) != (False, ","):
        return False
    low = word.lower()
    stem = low[:-2] if low.endswith("ly") else low
    if low.endswith(("ably", "ibly")):
        stem = low[:-1] + "e"  # "Regrettably" -> "regrettable"
    return stem in gaz.COMMON_WORDS or low.startswith("un") and stem[2:] in gaz.COMMON_WORDS


def _common_word_opening(doc: Doc, tok: Token, single: bool) -> bool:
    """ "Banks in Malaysia ...", "Wine accounts for a tenth of exports": an everyday noun
    that is also a surname, opening a sentence before a lower-case word that is no verb of
    saying or acting, and that the article never writes after a first name ("Gordon Brown"
    makes "Brown is expected" the man)."""
    word = tok.word
    if gazetteer_kind(word) is not None or word.lower() not in gaz.COMMON_WORDS:
        return False
    plural = word.endswith("s") and word[:-1].lower() in gaz.COMMON_WORDS
    possessive, nxt = doc.next_word(tok.end)
    nxt = nxt.rstrip("'’")  # "farmers' unions"
    # "Rice farmers' unions", "Steel workers": a noun modifying a plural noun, even when
    # someone is known by the word, unless the article gives it as a surname
    modifier = single and not possessive and _plural_noun(nxt) and word not in gaz.FIRST_NAMES \
        and not _after_capitalized(doc.text, word)
    # a singular: only a word alone ("Lord of the Rings", "Director of Public
    # Prosecutions" are names), that nobody is known by and the article never gives as a
    # surname
    if not plural and not modifier and (not single or word in gaz.FIRST_NAMES
                                        or gaz.PEOPLE.get(word)
                                        or _after_capitalized(doc.text, word)):
        return False
    return (not possessive and nxt.isalpha() and nxt.islower() and nxt not in PERSON_VERBS
            and nxt not in ACTION_VERBS)


def _plural_noun(word: str) -> bool:
    """A lower-case everyday plural noun that is no verb: "farmers", "workers"."""
    return len(word) > 3 and word.islower() and word.endswith("s") and not word.endswith("ss") \
        and word[:-1] in gaz.COMMON_WORDS and word not in PERSON_VERBS \
        and word not in ACTION_VERBS and word[:-1] + "ed" not in gaz.COMMON_WORDS


_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+$")


@lru_cache(maxsize=256)
def _after_capitalized(text: str, word: str) -> bool:
    """Whether `word` follows a capitalized word somewhere in the text ("Cotton" of "Ivy
    Cotton"), on the same line and as a whole word. Remembered: each sentence that opens
    with the word asks again, and the answer scans the whole text."""
    at = text.find(" " + word)
    while at >= 0:
        end = at + 1 + len(word)
        before = _WORD_BEFORE.search(text, max(0, at - 40), at + 1)
        if (end >= len(text) or not (text[end].isalnum() or text[end] in "'’-")) \
                and before is not None and not _ends_sentence(before.group(1)):
            return True
        at = text.find(" " + word, at + 1)
    return False


# Abbreviations before a name that end with a full stop ("Mr. Cotton"): the gazetteer's
# titles so written ("Dr.", "Sen.", "Engr."), and "St." of saints' names.
_NAME_ABBREVIATIONS = frozenset({"St."}) | frozenset(
    title for title in gaz.TITLE_HEADS if title.endswith("."))


def _ends_sentence(word: str) -> bool:
    """Whether a capitalized word with a full stop ends the sentence before ("... in May.
    Copper prices fell"), not an initial or a title's abbreviation."""
    return word.endswith(".") and len(word) > 2 and word not in _NAME_ABBREVIATIONS \
        and "." not in word[:-1]


def org_by_words(toks: list[Token]) -> bool:
    """A name of several words that ends in an organization word ("... Ministry", "... Inc.")."""
    words = [tok.word for tok in toks if tok.word not in CONNECTORS]
    return len(words) > 1 and (words[-1] in gaz.ORG_WORDS
                               or words[-1].rstrip(".") in gaz.ORG_WORDS
                               # "British Chambers of Commerce", "Chinese Academy of Sciences"
                               or head_before_of(toks)) \
        and not surname_after_name(words)  # ("Labour MP Tony Banks")


def _cut_titles(doc: Doc, toks: list[Token], out: list[Span]) -> None:
    """Split off titles: "US Treasury Secretary Scott Bessent" -> US | title | person."""
    if not toks:
        return
    if len(toks) > 1 and toks[-1].word in _SEAT_TITLES:
        # "the Ealing North MP said": a member named by the seat only, the seat a place
        seat = _strip_connectors(toks[:_title_start(toks, len(toks) - 1)])
        if seat and doc.name_of(seat) in gaz.PARTY_ADJECTIVES:
            return  # "the Tory MP said": the party's adjective and a title, no name (2.3)
        if _constituency(doc, seat, toks[-1].word) and seat[0].word not in gaz.FIRST_NAMES:
            out.append(Span(seat[0].start, seat[-1].end, "place", None, SURE))
            return  # (not "Frank Field MP": a person with the letters after his name)
    if len(toks) > 1 and toks[-1].word.lower() in _POSTS and not org_by_words(toks) \
            and _TO_AFTER.match(doc.text, toks[-1].end) \
            and gazetteer_kind(doc.name_of(toks)) is None:
        # "U.S. Ambassador [to the U.N. ...]": the title's holder is named further on
        before_title = _strip_connectors(toks[:_title_start(toks, len(toks) - 1)])
        if before_title:
            _cut_of(doc, before_title, out)
        return  # ("Chief Secretary [to the Treasury]": a title alone names nobody)
    if gazetteer_kind(doc.name_of(toks)) is None and not org_by_words(toks):
        # The last title head that has a name after it.
        for head in range(len(toks) - 2, -1, -1):
            name_from = _name_after_title(toks, head)
            if name_from is None:
                continue
            name = _strip_connectors(toks[name_from:])
            if len(name) == 1 and name[0].word in gaz.MISC_WORDS \
                    and (name[0].word not in gaz.SURNAMES
                         or toks[head].word in gaz.TITLE_MODIFIERS
                         and (head or doc.prev_word(toks[0].start).lower() == "the")):
                # "the Criminal Justice Bill", "Succession to the Crown Bill": a law's name
                # that holds a title's word, not a title and a given name ("Mr Law",
                # "Inspector Levy" are people)
                doc.no_actor_ends.add(toks[-1].end)
                return
            rest = _title_goes_on(doc, toks, head, name) if name else None
            if rest is not None:
                # "the Attorney General", "Lord Chief Justice", "Chief Operating Officer of
                # Sony", "Director of Public Prosecutions": the rest of one title, nobody's
                # name; a body after its "of" is read as any name is
                title_from = _title_start(toks, head)
                before_title = _strip_connectors(toks[:title_from])
                if before_title and before_title[-1].word in gaz.ORG_WORDS \
                        and toks[len(before_title)].word in ("of", "for") and not rest:
                    # "the Office of the Deputy Prime Minister", "the Association of Chief
                    # Police Officers": a body named by the post or the posts it serves
                    out.append(Span(toks[0].start, toks[-1].end, "organization", None, SURE))
                    return
                if before_title and not is_portfolio(doc, before_title, short_body=True):
                    _cut_of(doc, before_title, out)
                if rest:
                    _cut_of(doc, rest, out)
                return
            if name:
                before_title = _strip_connectors(toks[:_title_start(toks, head)])
                if _constituency(doc, before_title, toks[head].word):
                    # "East Midlands [MEP ...]": the seat's region, a place
                    out.append(Span(before_title[0].start, before_title[-1].end, "place",
                                    None, SURE))
                elif not is_portfolio(doc, before_title, short_body=True):
                    # "Human Services [Secretary]", "Homeland Security [Secretary]"
                    _cut_of(doc, _owner_of_the_post(before_title), out)
                person = _body_then_person(doc, name)
                if person:
                    # "Deputy USTR Sarah Bianchi": the post's body, then its holder
                    _add(out, classify(doc, name[:person], False))
                    _add(out, classify(doc, name[person:], True))
                elif is_people_word(name[0].word) and not _given_name_demonym(doc, name):
                    cut(doc, name, False, out)
                else:
                    # "President Ann Carter of the Philippines": the title is the first
                    # part's; what follows "of" is read as any name is
                    for index, part in enumerate(_split_at(name, "of", _never_keep)):
                        _add(out, classify(doc, _strip_connectors(part) if index else part,
                                           index == 0))
                return
    _cut_of(doc, toks, out)


def _owner_of_the_post(toks: list[Token]) -> list[Token]:
    """The state or body the words before a title name, without the title's own words
    around it: "[Deputy] US [Trade Representative]", "EU [Climate Action Commissioner]"
    (a word of the post before the owner, a portfolio after it; not "Deputy US", "EU
    Climate Action" as bodies)."""
    first = 0
    while first < len(toks) - 1 and (toks[first].word in gaz.TITLE_MODIFIERS
                                     or is_title_head(toks[first].word)):
        first += 1
    owner = toks[first:]
    if not owner or gazetteer_kind(owner[0].word) is None:
        return toks  # ("Foreign Policy Centre", "Supreme Court": a body's own name)
    if len(owner) > 1 and owner[-1].word not in gaz.ORG_WORDS and all(
            tok.word[1:].islower() and tok.word.lower() in gaz.COMMON_WORDS
            and gazetteer_kind(tok.word) is None for tok in owner[1:]):
        owner = owner[:1]  # ("EU [Climate Action] Commissioner": the portfolio; not "US
        # District Court", a body)
    return owner


def _title_goes_on(doc: Doc, toks: list[Token], head: int,
                   name: list[Token]) -> list[Token] | None:
    """What follows the title when the words after the title head at `head` go on with the
    same title rather than name its holder (None when they name someone): after a word that
    also modifies titles ("Attorney", "Chief", "Deputy", "Lord"), words of titles ("General",
    "Chief Justice", "Prime Minister"); after such a word or after "of" or "for", everyday
    words that are nobody's name and end in a title's head ("Chief Operating Officer"), or
    any after "of" ("Director of Public Prosecutions"); up to an "of" that may open a body
    ("Chief Executive [of AOL]"). A surname that is also a title's word stays a name after a
    post ("Prime Minister Major", "Home Secretary Major"), and so does a plural before a
    body's head ("the Transport and General Workers' Union")."""
    after_of = toks[head + 1].word in ("of", "for")
    if not (toks[head].word in gaz.TITLE_MODIFIERS or after_of):
        return None
    end = next((at for at, tok in enumerate(name) if tok.word in ("of", "for")), len(name))
    words = [tok.word for tok in name[:end] if tok.word not in CONNECTORS]
    if not words:
        return None
    last = words[-1]
    if not all(word in gaz.TITLE_MODIFIERS or is_title_head(word) for word in words):
        ends_in_post = is_title_head(last) or is_plural_title_head(last)
        if not (after_of or ends_in_post) or not all(
                word in gaz.TITLE_MODIFIERS or is_title_head(word) or _nobodys_word(word)
                for word in words):
            return None
    if last in gaz.SURNAMES and last not in gaz.TITLE_MODIFIERS \
            and toks[head].word not in ("Lord", "Lady"):
        return None
    after = _PLURAL_POSSESSIVE_HEAD.match(doc.text, name[end - 1].end)
    if after is not None and after.group(1) in gaz.ORG_HEADS:
        return None
    return _strip_connectors(name[end:])


_PLURAL_POSSESSIVE_HEAD = re.compile(r"['’] ([A-Z]\w+)")


def _nobodys_word(word: str) -> bool:
    """An everyday word that is nobody's given name or surname ("Prosecutions")."""
    return word.lower() in gaz.COMMON_WORDS and word not in gaz.FIRST_NAMES \
        and word not in gaz.SURNAMES and gazetteer_kind(word) is None


# Title heads that end names of people, works and bodies as often as they end a post: "John
# Major", "The Lion King", "Scottish Executive", "Department of Justice".
_NOT_POST_HEADS = frozenset({"King", "Queen", "Prince", "Princess", "Lady", "Lord", "Executive",
                             "Justice", "Crown", "Chief", "General", "Duke", "Duchess", "Earl",
                             "Count", "Baron", "Emperor", "Empress", "Pope", "Sultan", "Emir",
                             "Sheikh", "Bishop", "Master", "Sen", "Sen.", "Mr", "Mrs", "Ms",
                             "Dr", "Sir", "Dame", "Major", "Marshal", "Private", "Judge",
                             "Manager"})  # ("Football Manager", a game)
# Prefixes of posts written with a hyphen ("Co-Chairman"; not "McEwen-King", a surname).
_POST_PREFIXES = ("Vice-", "Co-", "Deputy-", "Under-")


def _post_start(doc: Doc, toks: list[Token]) -> int:
    """Where the post that ends a name cut from a run, with no name after it, starts ("US
    [President]", "Courtaulds [Chairman]"); the name's length when it ends in no post: a
    head that ends other names too, a name that opens with a given name ("John Major",
    "Frank Field MP"), a name the lists know or a body's ("Office of the US Trade
    Representative", "the US Trade Representative's Office")."""
    last = toks[-1].word
    if last in _NOT_POST_HEADS or last not in gaz.TITLE_HEADS \
            and not last.startswith(_POST_PREFIXES) or toks[0].word in gaz.FIRST_NAMES \
            or doc.next_word(toks[-1].end)[0] or org_by_words(toks) \
            or gazetteer_kind(doc.name_of(toks)) is not None \
            or any(tok.word in CONNECTORS for tok in toks):
        return len(toks)
    return _title_start(toks, len(toks) - 1)


def _given_name_demonym(doc: Doc, name: list[Token]) -> bool:
    """ "Minister [German Gref]": right after a title, a demonym and one more unknown
    capitalized word are a given name and a surname (a title is never followed by the
    nationality of its holder in English: that comes before it)."""
    if len(name) != 2 or is_people_word(name[1].word) or is_title_head(name[1].word) \
            or not name[1].word[:1].isupper() or org_by_words(name):
        return False
    return gazetteer_kind(doc.name_of(name)) is None and \
        (gazetteer_kind(name[1].word) or ("person",))[0] == "person"


def _name_after_title(toks: list[Token], head: int) -> int | None:
    """Where the name after the title head at `head` starts; None when it is no title head."""
    word, following = toks[head].word, toks[head + 1].word
    if is_plural_title_head(word) and following in gaz.FIRST_NAMES:
        return head + 1  # "Senators Charles Schumer and Lindsey Graham" (not "Queens Park")
    if not is_title_head(word) or following in CONNECTORS and following not in ("of", "for"):
        return None
    name_from = head + 1
    if following == "of":  # "Secretary of State Madeleine Albright"
        after = name_from + 1
        while after < len(toks) and toks[after].word in gaz.TITLE_MODIFIERS:
            after += 1
        if after == name_from + 1 or after >= len(toks):
            # "Chancellor of the Exchequer Gordon Brown": a portfolio of everyday words,
            # then a given name
            at = _name_after_portfolio(toks, name_from + 1)
            if at is None or not all(tok.word.lower() in gaz.COMMON_WORDS
                                     and gazetteer_kind(tok.word) is None
                                     and tok.word not in gaz.ORG_WORDS
                                     for tok in toks[name_from + 1:at] if tok.word != "the"):
                return None
            return at
        name_from = after
    elif following == "for":  # "Minister for (the) Environment Jo Park"
        return _name_after_portfolio(toks, name_from + 1)
    return name_from


def _name_after_portfolio(toks: list[Token], first: int) -> int | None:
    """Where a person's name starts after a title's "for" portfolio: at the first given
    name a few words on ("Minister for Trade Simon Birmingham"); None when none comes."""
    if first < len(toks) and toks[first].word == "the":
        first += 1
    for at in range(first + 1, min(len(toks) - 1, first + _PORTFOLIO_WORDS + 1)):
        if toks[at].word in gaz.FIRST_NAMES and toks[at].word not in CONNECTORS \
                and all(tok.word[:1].isupper() for tok in toks[first:at]):
            return at
    return None


# The most words a portfolio after "Minister for" holds before the minister's name.
_PORTFOLIO_WORDS = 4


def _title_start(toks: list[Token], head: int) -> int:
    """The first word of the title whose head is at `head`: "Prime Minister", "US [...]",
    "Ex-Labour [MP]" (a former post, as "former" is a modifier)."""
    first = head
    while first > 0 and (toks[first - 1].word in gaz.TITLE_MODIFIERS
                         or is_title_head(toks[first - 1].word)
                         or toks[first - 1].word.startswith(("Ex-", "ex-"))):
        first -= 1
    return first


# Titles of members elected for a seat: the capitalized words before them that name no
# body, party or country name the seat's town or region ("Nottingham City Councillor").
_SEAT_TITLES = frozenset({"MP", "MEP", "MSP", "MLA", "Councillor", "Cllr", "Assemblyman",
                          "Assemblywoman", "Alderman"})


def _constituency(doc: Doc, toks: list[Token], title: str) -> bool:
    """Whether `toks`, right before a member's `title`, name the seat's place."""
    if title not in _SEAT_TITLES or not toks or org_by_words(toks) \
            or any(tok.word in CONNECTORS for tok in toks):
        return False
    name = doc.name_of(toks)
    return gazetteer_kind(name) in (None, ("place", None)) and name not in gaz.PARTY_ADJECTIVES \
        and not any(
        gazetteer_kind(tok.word) not in (None, ("place", None))
        or tok.word in gaz.PARTY_ADJECTIVES or is_people_word(tok.word) for tok in toks)


# Last words of a law's or a treaty's name that "on" and its subject may follow: "the
# Convention on Biological Diversity", "the Agreement on Agriculture" (2.1: no actors).
_LAWS_ON = frozenset({"Convention", "Treaty", "Agreement", "Protocol", "Accord", "Charter",
                      "Pact", "Act", "Declaration", "Directive", "Regulation", "Code",
                      "Statute", "Arrangement", "Framework", "Resolution"})
# Where `_cut_of` splits, in this order.
_OF_CONNECTORS = ("of", "for", "on", "the")


def _cut_of(doc: Doc, toks: list[Token], out: list[Span]) -> None:
    """Split at "of"/"for"/"on" unless the name holds together ("Bank of England")."""
    toks = _strip_connectors(toks)
    if not toks:
        return
    if len(toks) == 1:
        _single(doc, toks[0], out)
        return
    keep = _keep_of(doc)
    parts = [toks]
    words = {tok.word for tok in toks}
    for connector in _OF_CONNECTORS:
        if connector in words:  # most names have none of them: nothing to split
            parts = [piece for part in parts for piece in _split_at(part, connector, keep)]
    after_title = after_law = False
    for part in parts:
        part = _strip_connectors(part)
        if not part:
            continue
        if after_title and is_portfolio(doc, part):
            continue  # "Minister for [National Development Planning]"
        if after_law and doc.prev_word(part[0].start) == "on":
            continue  # "the European Convention on [Human Rights]": the law's subject
        after_title = is_title_alone(part)
        after_law = part[-1].word in _LAWS_ON
        # Strip leading demonyms left after the split ("Chinese Ministry ..." stays an org).
        while len(part) > 1 and is_people_word(part[0].word) and not org_by_words(part) \
                and gazetteer_kind(doc.name_of(part)) is None \
                and not demonym_firm([tok.word for tok in part]):
            part = part[1:]
        part = part[_party_adjective_before_person(doc, part):]
        if len(part) > 1 and is_title_head(part[-1].word):  # (the cheap test first)
            # "his second term as US President", "said UK Chancellor [of the Exchequer]",
            # "a Plaid Cymru MP believes": a post named by its holder's country or body,
            # with no name after it; the post names nobody, what is before it is a name
            post = _post_start(doc, part)
            if post < len(part):
                part = part[:post]
                if part and (len(part) > 1 and is_portfolio(doc, part, short_body=True)
                             or doc.name_of(part) in gaz.PARTY_ADJECTIVES):
                    continue  # "The EU's Humanitarian Aid [Commissioner]", "a Tory [MP]"
        if len(part) == 1:
            _single(doc, part[0], out)
        elif part and _titled_before_of(doc, part, parts):
            # "Economist Palesa Ramokoena [of the Central Bank]": a title, then its holder
            _add(out, classify(doc, part[1:], True))
        elif part:
            _add(out, classify(doc, part, False))


def _titled_before_of(doc: Doc, part: list[Token], parts: list[list[Token]]) -> bool:
    """Whether the first part of a name split at "of" is a title and a name of two or three
    words that no list knows (the title's word may be a body's name too: "Economist")."""
    return (part[0] is parts[0][0] and len(parts) > 1 and 3 <= len(part) <= 4
            and is_title_head(part[0].word) and part[1].word not in CONNECTORS
            and not org_by_words(part[1:])
            and gazetteer_kind(doc.name_of(part)) is None
            and gazetteer_kind(doc.name_of(part[1:])) is None)


def _party_adjective_before_person(doc: Doc, toks: list[Token]) -> int:
    """How many words open `toks` as a party's adjective right before a first name
    ("Liberal Democrat [Paul Tyler]": an adjective, no mention, 2.3), else 0."""
    for size in (2, 1):
        if len(toks) > size + 1 and toks[size].word in gaz.FIRST_NAMES \
                and doc.name_of(toks[:size]) in gaz.PARTY_ADJECTIVES \
                and gazetteer_kind(doc.name_of(toks)) is None:
            return size
    return 0


def is_title_alone(toks: list[Token]) -> bool:
    """ "State Minister", "Professor": title words only."""
    words = [tok.word for tok in toks if tok.word not in CONNECTORS]
    return bool(words) and is_title_head(words[-1]) and all(
        word in gaz.TITLE_MODIFIERS or is_title_head(word) for word in words)


def is_portfolio(doc: Doc, toks: list[Token], short_body: bool = False) -> bool:
    """ "Human Services", "Transplant Surgery": everyday words that name a portfolio or
    field beside a title, not a body ("Zentrix", "Bank of England" are bodies). Right
    before a title (`short_body`) two everyday words are a portfolio even when the second
    could end a body's name ("Human Services Secretary")."""
    words = [tok.word for tok in toks if tok.word not in CONNECTORS]
    if not words or gazetteer_kind(doc.name_of(toks)) is not None:
        return False
    if org_by_words(toks) and not (short_body and len(words) <= 2):
        return False
    return all(word.lower() in gaz.COMMON_WORDS and gazetteer_kind(word) is None
               for word in words)


# A firm's legal form, which names no one alone.
_LEGAL_FORMS = frozenset({"Inc.", "Inc", "Corp.", "Co.", "Ltd.", "Ltd", "Cos.", "Cos", "PLC",
                          "plc", "LLC", "N.V.", "S.A.", "B.V.", "GmbH", "KG", "KGaA", "Kft",
                          "Ltda", "Tbk", "Bhd", "Berhad", "Sdn", "Pty", "Pvt", "Oyj", "PJSC",
                          "Persero", "SpA", "NV", "BV"})


# Parties' adjectives, as against their names ("Labour", "Likud" modify as names do).
_PARTY_ADJECTIVE_FORMS = frozenset({"Conservative", "Republican", "Democratic", "Liberal",
                                    "Socialist", "Communist", "Gaullist"})


def _single(doc: Doc, tok: Token, out: list[Span]) -> None:
    """One capitalized token: skip titles, demonyms, compounds and acronym modifiers."""
    start, end, word = tok
    if word in NEVER or is_people_word(word) or word in gaz.MISC_WORDS or len(word) == 1 \
            or word in _LEGAL_FORMS:
        return  # ("Co." alone, the rest of the firm's name cut off: no name)
    if word in gaz.PARTY_ADJECTIVES and doc.next_word(end)[1] in gaz.PARTY_TITLES:
        return  # "Tory leader", "Liberal spokesman": the party is the role's affiliation
    if word in _PARTY_ADJECTIVE_FORMS and doc.next_word(end)[1].islower():
        return  # "a Conservative government", "Republican senators": an adjective (2.3)
    if is_title_head(word):
        # "King" alone may be someone's surname: let the article decide.
        out.append(Span(start, end, None, None, WEAK))
        return
    if _not_a_name_alone(word) or _adjective_of_a_people(doc, tok):
        return
    if word[-1:].isdigit() and product_name(doc, [tok]):
        return  # "Spain for the A350 later": a model named inside a longer run
    if word.isupper() and len(word) > 2 and gazetteer_kind(word) is None:
        hit = caps_lookup(word)
        if hit is None and is_dateline(doc, [tok]):
            hit = ("place", None)
        if hit is not None:
            out.append(Span(start, end, hit[0], hit[1], SURE))
            return
    if _acronym_modifier(doc, tok) or _ordinary_mid_sentence(doc, tok):
        out.append(Span(start, end, None, None, WEAK))
        return
    _add(out, classify(doc, [tok], False))


def _portfolio_in_a_title(doc: Doc, toks: list[Token]) -> bool:
    """Whether the run is a portfolio ("Treasury"), alone or after its country ("US
    Treasury"), that a title's head in lower case follows (not a party: "Labour backbencher";
    nor a longer name: "California Institute of Technology professor")."""
    last = toks[-1].word
    if last not in gaz.TITLE_MODIFIERS or last in gaz.PARTY_ADJECTIVES or len(toks) > 2:
        return False
    if len(toks) == 2:
        hit = gazetteer_kind(toks[0].word)
        if hit is None or hit[0] != "country":
            return False
    return _lower_title_after(doc, toks[-1].end)


def _lower_title_after(doc: Doc, end: int) -> bool:
    """Whether a title's head in lower case follows ("secretary", "minister"), then a name."""
    _, nxt = doc.next_word(end)
    if not (nxt.isalpha() and nxt.islower() and is_title_head(nxt.capitalize())):
        return False
    after = doc.text[end + 1 + len(nxt):end + 3 + len(nxt)]
    return after[:1] == " " and after[1:2].isupper()


# What an acronym after a nationality qualifies, besides the "-ers" ("GPU designers").
_TRADE_PLURALS = frozenset({"firms", "companies", "chips", "imports", "exports", "stocks",
                            "shares", "products", "goods", "vehicles", "cars", "plants",
                            "sector", "industry", "market"})


def _not_a_name_alone(word: str) -> bool:
    """A title modifier ("Foreign"), a compound ("US-China"), an initial, a plural ("MPs")."""
    if word in gaz.TITLE_MODIFIERS and gazetteer_kind(word) is None:
        return True
    if hyphen_non_entity(word):
        return True
    if word.endswith(".") and len(word) == 2:  # a lone initial
        return True
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper()  # "MPs", "PCs"


# The endings of the adjectives of peoples and regions ("Transylvanian", "Surinamese").
_PEOPLE_ENDINGS = ("ian", "ean", "ese")
_PEOPLE_ADJECTIVE_MIN = 6


def _adjective_of_a_people(doc: Doc, tok: Token) -> bool:
    """ "the Transylvanian region", "Surinamese officials": a word shaped like the adjective
    of a people, which no list holds, before the noun it qualifies (GUIDELINES 2.3); not a
    given name or surname ("Julian"), nor a name a list holds ("Guardian")."""
    word = tok.word
    if len(word) < _PEOPLE_ADJECTIVE_MIN or not word.endswith(_PEOPLE_ENDINGS) \
            or not word[1:].islower() or word in gaz.FIRST_NAMES or word in gaz.SURNAMES \
            or gazetteer_kind(word) is not None:
        return False
    _, nxt = doc.next_word(tok.end)
    return (nxt.isalpha() and nxt.islower() and nxt not in FUNCTION_WORDS
            and nxt not in ACTION_VERBS and nxt not in PERSON_VERBS
            # not a firm's: "Obsidian shares", "Meridian chief executive", "Guardian newspaper"
            and nxt not in _FIRM_AFTER and nxt not in gaz.ORG_CONTEXT)


# What follows a firm's name more than a people's adjective.
_FIRM_AFTER = frozenset({"shares", "stock", "stocks", "boss", "bosses", "chief", "chairman",
                         "chairwoman", "executive", "executives", "spokesman", "spokeswoman",
                         "spokesperson", "founder", "owner", "owners", "board", "staff",
                         "brand", "unit", "plant", "factory", "shareholders", "investors",
                         "customers", "products"})


def _acronym_modifier(doc: Doc, tok: Token) -> bool:
    """ "analog IC chips": an unknown acronym modifying a common noun."""
    start, end, word = tok
    if gazetteer_kind(word) is not None or not is_acronym(word):
        return False
    _, nxt = doc.next_word(end)
    prev = doc.prev_word(start)
    return (nxt.isalpha() and nxt.islower() and nxt not in FUNCTION_WORDS
            and nxt not in ACTION_VERBS and nxt not in PERSON_VERBS
            and (prev.isalpha() and prev.islower() and prev not in ACTION_VERBS
                 or word.lower() in gaz.COMMON_WORDS
                 # "two Chinese GPU designers", "US LNG exporters": a trade, not a body
                 or is_people_word(prev) and (nxt.endswith("ers") or nxt in _TRADE_PLURALS)))


def _ordinary_mid_sentence(doc: Doc, tok: Token) -> bool:
    """A capitalized ordinary word mid-sentence ("the Internet", "a Bill"): weak only."""
    word = tok.word
    return gazetteer_kind(word) is None and not is_acronym(word) and (
        is_ordinary(word, MID_ORDINARY) or word.lower() in FUNCTION_WORDS
        # "the Mets", "the Cardinals" are teams; a bare "Analysts" is no one in particular.
        or is_generic_plural(word) and doc.prev_word(tok.start) not in ("the", "The"))


# --- where a connector belongs to the name ------------------------------------------------


def _split_at(toks: list[Token], connector: str, keep: Keep) -> list[list[Token]]:
    """Split at `connector` unless keep(left, right) says it belongs to the name."""
    parts: list[list[Token]] = [[]]
    for i, tok in enumerate(toks):
        if tok.word == connector and parts[-1] and i + 1 < len(toks):
            if keep(parts[-1], toks[i + 1:]):
                parts[-1].append(tok)
            else:
                parts.append([])
            continue
        parts[-1].append(tok)
    return [part for part in parts if part]


def _never_keep(left: list[Token], right: list[Token]) -> bool:
    return False


def _strip_connectors(toks: list[Token]) -> list[Token]:
    while toks and toks[0].word in CONNECTORS:
        toks = toks[1:]
    while toks and toks[-1].word in CONNECTORS:
        toks = toks[:-1]
    return toks


def _keep_of(doc: Doc) -> Keep:
    """Whether "of" (or "for", "on", "the") holds a name together: "Bank of England"."""

    def keep(left: list[Token], right: list[Token]) -> bool:
        words = [tok.word for tok in left if tok.word not in CONNECTORS]
        if not words:
            return False
        if words[-1] in gaz.ORG_WORDS or words[0] in gaz.ORG_HEADS or words[-1] in PLACE_HEADS \
                or words[-1] in HEADS_BEFORE_OF:
            return True
        # "Bank of England", "Republic of Ireland": a gazetteer name across "of".
        j = 0
        while j < len(right) and right[j].word in CONNECTORS:
            j += 1
        if j < len(right):
            span = doc.text[left[0].start:right[j].end]
            if gazetteer_kind(span) is not None or span in _GAZETTEER_PREFIXES:
                return True
        return False

    return keep


def _keep_and(doc: Doc) -> Keep:
    """Whether "and" or "&" holds a name together: "Marsh & McLennan", "Trinidad and Tobago"."""

    def keep(left: list[Token], right: list[Token]) -> bool:
        if len(left) and left[-1].word == "&":
            return True
        span = doc.text[left[0].start:right[0].end]
        return (span in _GAZETTEER_PREFIXES or gazetteer_kind(span) is not None
                or _law_across_and(doc, left, right) or _body_across_and(left, right)
                or _portfolio_across_and(left, right))

    return keep


# The longest gazetteer name looked for at the start of a run.
_KNOWN_START_WORDS = 5
# The longest first part of a law's name split by "and" ("Specially Designated Nationals").
_LAW_LEFT_WORDS = 4


def _law_across_and(doc: Doc, left: list[Token], right: list[Token]) -> bool:
    """ "Chips [and] Science Act", "Belt [and] Road Initiative", "Specially Designated
    Nationals [and] Blocked Persons List": one name of a law, list or programme, whose first
    part (up to four words) is no name of its own nor holds one."""
    words, part = _sides_of_and(left, right)
    return (bool(part) and part[-1] in gaz.MISC_WORDS and 1 <= len(words) <= _LAW_LEFT_WORDS
            and words[0] not in gaz.FIRST_NAMES
            and gazetteer_kind(" ".join(words)) is None
            and all(gazetteer_kind(word) is None for word in words))


def _body_across_and(left: list[Token], right: list[Token]) -> bool:
    """ "Food [and] Drink Federation", "Securities [and] Exchange Commission": one body's
    name, whose first part is everyday words (not "Acme [and] Zentrix Holdings")."""
    words, part = _sides_of_and(left, right)
    if len(words) > 1 and words[0] in gaz.DEMONYMS and words[-1] not in gaz.ORG_HEADS:
        # "British Beer [and] Pub Association": a nation's body of that name (not "British
        # Bankers Association [and] Building Societies Association": two bodies)
        words = words[1:]
    return (len(part) >= 2 and part[-1] in gaz.ORG_HEADS and 1 <= len(words) <= _LAW_LEFT_WORDS
            and all(word.lower() in gaz.COMMON_WORDS and gazetteer_kind(word) is None
                    and word not in gaz.FIRST_NAMES for word in words + part[:-1]))


def _portfolio_across_and(left: list[Token], right: list[Token]) -> bool:
    """ "Association of Seafood Exporters [and] Producers", "Ministry of Trade [and]
    Industry", "Institute of Economic [and] Social Research", "Group on Betting [and]
    Gaming": a body's "of" ("for", "on") phrase of everyday words that goes on past "and"
    with up to three more of them (not "Bank of England [and] Treasury", "Ministry of
    Finance [and] Acme", "Ministry of Defence [and] Home Office": two bodies)."""
    words = [tok.word for tok in left]
    links = [at for at, word in enumerate(words) if word in _PORTFOLIO_LINKS]
    if not links:
        return False  # ("Department for Work [and] Pensions" is one body too)
    at = links[-1]
    portfolio = words[at + 1:]
    tail = [tok.word for tok in right]
    return (at >= 1 and words[at - 1] in gaz.ORG_HEADS and 1 <= len(portfolio) <= 3
            and 1 <= len(tail) <= _PORTFOLIO_TAIL
            and all(word.lower() in gaz.COMMON_WORDS and word not in gaz.ORG_WORDS
                    and not is_title_head(word) for word in tail)
            and all(gazetteer_kind(word) is None and word not in gaz.FIRST_NAMES
                    and word not in CONNECTORS for word in portfolio + tail))


# Words opening a body's portfolio after its head: "Institute of", "Department for",
# "Committee on".
_PORTFOLIO_LINKS = frozenset({"of", "for", "on"})
# The most words of a portfolio after its "and" ("[and] Human Services").
_PORTFOLIO_TAIL = 3


def _sides_of_and(left: list[Token], right: list[Token]) -> tuple[list[str], list[str]]:
    """The words before an "and" and those after it up to the next connector."""
    part: list[str] = []
    for tok in right:
        if tok.word in CONNECTORS:
            break
        part.append(tok.word)
    return [tok.word for tok in left if tok.word not in CONNECTORS], part


def _gazetteer_prefixes() -> frozenset[str]:
    """Leading parts of multi-word gazetteer names that contain connectors."""
    out = set()
    for names in (gaz.COUNTRIES, gaz.ORGANIZATIONS):
        for name in names:
            words = name.split(" ")
            if any(word in CONNECTORS for word in words):
                for k in range(2, len(words) + 1):
                    out.add(" ".join(words[:k]))
    return frozenset(out)


_GAZETTEER_PREFIXES = _gazetteer_prefixes()
# Posts held at a state or body named after "to": "U.S. Ambassador to the U.N.".
_POSTS = gaz.ENVOY_TITLES | {"consul", "secretary", "adviser", "advisor"}
_TO_AFTER = re.compile(r"\s+(?:to|at)\s")
# A post held at a state or body named next: "Ambassador to the", "envoy for".
_POST_TO = re.compile(r"\b(?:" + "|".join(
    f"[{word[0].upper()}{word[0]}]{word[1:]}"
    for word in sorted(gaz.ENVOY_TITLES | {"minister", "secretary", "commissioner", "consul"}))
    + r")\s+(?:to|for|at)\s+(?:the\s+)?$")
