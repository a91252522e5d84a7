"""Runs of capitalized words that name no actor however they are cut (GUIDELINES 2.1):
titles of reports and other works, products and model names, projects, operations and
legal provisions, regional adjectives and capitalized policy phrases.

`names_no_actor(doc, toks)` is asked once per run, before the run is cut into names; the
word lists are data/gaz_not_actors.txt (through `analysis.gazetteer`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import gazetteer as gaz
from ..datafiles import read_text
from ..prefix_regex import prefix_regex
from .document import Doc, Token, is_ship_name_start
from .words import (
    ACTION_VERBS,
    COMPOUND_TAILS,
    CONNECTORS,
    MONTHS_DAYS,
    PERSON_VERBS,
    PLACE_HEADS,
    gazetteer_kind,
    is_people_word,
    is_title_head,
    word_set,
)

_OPENING_QUOTES = frozenset("\"“‘'«")
_CLOSING_QUOTES = frozenset("\"”’'»")
# A model designation: "990", "X200", "A320", "F-35" (a year is no model).
# ("Fath-360", "Kh-101": a capitalised word and its number, hyphened)
_MODEL_CODE = re.compile(r"(?:\d{3,}|[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}"
                         r"|(?!Under-|Over-)[A-Z][a-z]{1,8}-\d{2,4})$")  # (not "Under-21")
_CURRENCY_SIGNS = frozenset("$€£¥")
# A model's code whose letters after the number are in lower case: "A320neo", "A330neo";
# no body writes its name so ("G4S", "3i": capitals, or a digit first).
_CODE_AND_LOWER_TAIL = re.compile(r"[A-Z]{1,3}\d{2,4}[a-z]{2,4}$")
# A model's number and its variant's after a hyphen, right after the maker's name: "Boeing
# 777-9", "Boeing 747-400" (not a score, "Arsenal 3-1", nor a span of years, "1998-2001").
# A sum after a name: "fined Acme 121.5m pounds", "paid Acme 500m" (no model's number).
_SUM_AFTER = re.compile(r"[ \t]+\d+(?:[.,]\d+)*(?:(?:m|bn|k|p)\b|[.,]\d"
                        r"|[ \t]+(?:pounds|dollars|euros|million|billion|shares|jobs|staff"
                        r"|workers|people)\b)")
_HYPHENED_MODEL = re.compile(r"[ \t]+[1-9]\d{2}-\d{1,3}(?![\d%-])"
                             r"(?![ \t]+(?:win|victory|defeat|lead|draw))")
# Words that finish a model's designation after its number: "Mate 60 Pro", "737 MAX".
_MODEL_SUFFIXES = frozenset({"Pro", "Max", "MAX", "Plus", "Ultra", "Mini", "Lite", "SE", "XL",
                             "XS", "Neo", "Turbo"})
_NUMBER_AND_SUFFIX = re.compile(r"[ \t]+\d{1,4}[ \t]+(?:" + "|".join(sorted(_MODEL_SUFFIXES))
                                + r")\b(?!-)")
# "Model" and its designation: "the Tesla Model Y", "a Model 3".
_MODEL_WORD_CODE = re.compile(r"[ \t]+(?:[A-Z]{1,2}|\d{1,3})\b(?![-'’]|[ \t]+[A-Z][a-z])")
# Before a model code alone ("the A350"): a maker is never written so.
_MODEL_DETERMINERS = frozenset({"the", "its", "their", "a", "an", "new"})
# The last two characters of "titled " / "entitled ", before the title itself.
_AFTER_TITLED = frozenset(("d ", "d\t"))
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A US legislator's party and state: "D-Wash.", "R-Texas", "I-Vt.", "R-N.C." (the word
# "R-N" before ".C.")
_PARTY_STATE = re.compile(r"[DRI]-(?:[A-Z][a-z]{1,11}\.?|[A-Z])$")
# Last words of the names of market indexes and statistics ("Nikkei Stock Average",
# "Consumer Price Index", "Nasdaq Composite").
_INDEX_LAST = frozenset({"Index", "Average", "Composite"})
# Prefixes that make an adjective of a name: "Non-OPEC", "Pro-Beijing", "Anti-EU".
_STANCE_PREFIXES = ("non-", "pro-", "anti-", "ex-")
_EX_INITIALS = re.compile(r"[Ee]x-[A-Z][a-z]?$")  # "Ex-Im [Bank]": the bank's initials
# Counts that open a sentence before a name: "Four West African producers".
_COUNT_WORDS = frozenset({"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
                          "Ten", "Eleven", "Twelve", "Several", "Many", "Some", "Both"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
_NUMBER_OR_NAME = re.compile(r"[\dA-Z]")
# Lower-case nouns after which a capitalized name is a programme's ("Golden Dome programme").
_PROGRAMME_NOUNS = frozenset({"programme", "programmes", "program", "programs", "initiative",
                              "scheme", "project"})
# "the Foreign Sales Corporation (FSC) scheme": a programme's name, its abbreviation between.
_PROGRAMME_WORDS = "|".join(sorted(_PROGRAMME_NOUNS))
# Lower-case nouns of a policy or a doctrine after its capitalized name ("the Dual
# Circulation strategy", "the Common Prosperity drive"): no actor unless a body's word, a
# given name or a gazetteer name is in it ("the Labour Party policy", "the Gordon Brown
# doctrine", "the Downing Street agenda").
_POLICY_NOUNS = frozenset({"strategy", "strategies", "drive", "doctrine", "agenda", "policy",
                           "memorandum", "philosophy", "vision", "ideology", "concept"})
_ABBREVIATED_PROGRAMME = re.compile(rf"\s*\([A-Z][A-Za-z.&-]{{0,9}}\)\s+(?:{_PROGRAMME_WORDS})\b")
_PROGRAMME_AFTER_BRACKET = re.compile(rf"\)\s+(?:{_PROGRAMME_WORDS})\b")
# The rest of a law's name past a lower-case word: "... from Foreign Adversary Controlled
# Applications Act" (its last word is checked against the words that end laws' names).
_LAW_RUNS_ON = re.compile(r"\s+(?:from|for|of|on|against|to|in)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'-]*\s+(?:(?:of|and|for|the|on|to|in)\s+)?){0,7}"
                          r"([A-Z][a-z]+)\b")
_LAW_RUNS_ON_WORDS = frozenset(("from", "for", "of", "on", "against", "to", "in"))
# "a tax, known as": a lower-case word for a law, a tax or a scheme, then "known as".
_KNOWN_AS = re.compile(r"\b(?:tax|taxes|levy|duty|duties|tariff|tariffs|scheme|programme"
                       r"|program|law|rule|rules|regulation|mechanism|agreement|pact|treaty"
                       r"|act)\b,?\s+(?:\(?(?:known|also\s+known|called)\s+as)\s+$")
_KNOWN_AS_REACH = 40
# Lower-case words for a law that a name before them names ("the Leahy amendment").
_LAW_NOUNS = frozenset({"amendment", "amendments", "act", "bill", "law", "laws", "directive",
                        "regulation", "regulations", "legislation", "provision", "provisions",
                        "clause"})
# Lower-case words for a measure that a name before them, after "the", names: "the Caesar
# sanctions", "the Helms-Burton embargo".
_NAMED_MEASURE_NOUNS = frozenset({"sanctions", "embargo", "regime", "tariffs", "list",
                                  "programme", "program", "scheme", "rules"})
# How many words before an opening quote may hold the word that announces a title.
_TRIGGER_REACH = 3
# What shows a name that is a body's too to be a market's index: a number ("the Nikkei 225",
# "the S&P 500"), an index word ("the Nasdaq index", "the Dow Jones industrial average"), or
# a move of the market and a figure ("the Nasdaq rose 0.5%", "the Dow lost 5 points").
_MARKET_MOVES = ("rose|fell|gained|lost|slipped|climbed|dropped|closed|ended|edged|slid|jumped"
                 "|tumbled|plunged|surged|added|shed|finished|eased|rallied|sank|soared|dipped"
                 "|advanced|declined|up|down|higher|lower")
_INDEX_AFTER = re.compile(
    r"(?:\s+\d{2,4})?\s+(?:(?:stock|share|industrial|blue-chip)\s+)?"
    r"(?:index|indices|indexes|average|composite|industrials|benchmark)\b"
    r"|\s+\d{2,4}(?![\d%]|[.,]\d)"
    rf"|\s+(?:index\s+)?(?:was\s+|had\s+)?(?:{_MARKET_MOVES})\b[^.;\n]{{0,24}}?"
    r"(?:\d|\bpoints?\b|\bhigher\b|\blower\b)")
# Prefixes of a ship's name ("MV Rubymar", "USS Cole"); names after a word for a ship are
# found by `document.is_ship_name_start`.
_SHIP_PREFIXES = frozenset({"MV", "MT", "SS", "HMS", "USS", "RMS", "HMAS", "HMCS"})
# The last words of the names of indexes, looked up before a run's name is put together.
_INDEX_LAST_WORDS = frozenset(name.rsplit(None, 1)[-1] for name in gaz.INDEX_NAMES
                              | gaz.INDEX_OR_BODY_NAMES)


def names_no_actor(doc: Doc, toks: list[Token]) -> bool:
    """Whether the run names a work, product, project, provision or concept, not an actor."""
    if toks[-1].end in doc.disease_name_ends:
        return True  # "Newcastle disease", "Rift Valley fever", "Marburg virus": a disease
        # named after a place or a person
    if len(toks) == 1:
        tok = toks[0]
        if _one_word_no_actor(doc, toks, tok):
            return True
        if not tok.word.isupper():
            # Most runs are one word, not in capitals (no currency code nor abbreviation),
            # with nothing around it: decided cheaply.
            if not _may_name_no_actor(doc, tok):
                return False
        elif currency(doc, toks) or abbreviation_of_no_actor(doc, toks):
            return True
        elif not _may_name_no_actor(doc, tok):
            return False
    elif _words_no_actor(doc, toks):
        return True
    words = [tok.word for tok in toks]
    while words and (words[0] in CONNECTORS or words[0] == "The" or words[0] in _COUNT_WORDS):
        words = words[1:]  # ("Four West African producers": the count opens the sentence)
    while words and words[-1] in CONNECTORS:  # "his Budget on [Wednesday]"
        words = words[:-1]
    if not words:
        return False
    if len(words) == 1 and words[0] in doc.no_actor_abbreviations:
        return True  # "The NEM approach"
    if len(words) == 1 and words[0] in gaz.PLACE_SUFFIXES and _building_by_kind(doc, toks):
        return True  # "the state Capitol", "outside the Palace": a common noun (2.3)
    if len(toks) <= 2 and _goods_of_a_place(doc, toks):
        return True  # (a place the gazetteer knows, which overrules the tests below)
    # The cheap tests first; a gazetteer name ("G7") overrules them.
    found = (provision_or_project(doc, toks, words) or concept_phrase(words) or pact_name(words)
             or title_of_work(doc, toks) or product_name(doc, toks)
             or law_name(doc, toks) or law_with_of(toks) or compound_modifier(toks)
             or owned_name(doc, toks, words)
             or firm_product(doc, toks, words) or launched_product(doc, toks, words)
             or work_before_cast_or_kind(doc, toks))
    return found and (gazetteer_kind(" ".join(words)) is None or model_number_after(doc, toks))


def _one_word_no_actor(doc: Doc, toks: list[Token], tok: Token) -> bool:
    """The tests of `names_no_actor` that settle a run of one word, `tok`, by the word and
    what stands right around it (none has a side effect: their order is free, and the
    word's own tests go first)."""
    start, end, word = tok
    text = doc.text
    if "-" in word:
        if word[1:2] == "-" and _PARTY_STATE.match(word):
            return True  # "Sen. Patty Murray, D-Wash., said": her party and state
        if _months_joined(word):
            return True  # "trade in April-July rose", "the October-to-December quarter"
        if word.lower().startswith(_STANCE_PREFIXES) and word[-1:] != "-" \
                and not _EX_INITIALS.match(word):
            return True  # "pro-Beijing lawmakers", "Anti-EU parties" (not "Ex-Im")
    if word.endswith(_ABSTRACT_ENDINGS) and _abstract_noun(doc, tok):
        return True  # "Thatcherism", "Islamophobia", "Britishness": an idea, no actor
    if word in _ONE_WORD_TESTED:
        if word in _INDEX_LAST_WORDS and market_index(doc, toks):
            return True
        if word in _DAY_WORDS and text[start - 3:start - 1] in _POSSESSIVES \
                and _DAY_OF_NAME.match(text, start - 3):
            return True  # "Eve" of "New Year's Eve" (a given name too), cut from its holiday
        if word in AGREEMENT_INITIALS:
            return True  # "the USMCA review", "IEEPA tariffs": an agreement's or a law's
        if word in _CURRENCY_NAMES and (_currency_moving(doc, tok) or word in _CURRENCY_ONLY):
            return True  # "Sterling fell 1% against the dollar", "the Deutschmark"
    if word[-1:].isdigit() and _CURRENCY_AMOUNT.match(text, start) is not None:
        return True  # "RM8.90 a kilogramme", "Rp14,000", "P15,000": a sum in a currency
    if start and (text[start - 1].isdigit() or text[start - 1] == " "
                  and text[start - 2:start - 1].isdigit()) and _unit_of_a_number(doc, tok):
        return True  # "500 MW of capacity", "12,000 GWh", "20,000 DWT": a unit
    return ship_name(doc, toks) or pot_of_money(doc, toks) \
        or text[end:end + 1] in _APOSTROPHES and _DAY_OF_NAME.match(text, end) is not None \
        or end in doc.crude_ends or start in doc.programme_name_starts \
        or word in doc.works_built and gazetteer_kind(word) is None  # "Druzhba supplies"


# A sum written with a currency's letters glued to it (a single letter only before three
# digits or more: "R500", "P15,000", not "the P5").
_CURRENCY_AMOUNT = re.compile(r"(?:RM|Rs\.?|Rp|Php|KSh|Ksh|Sh|Tk|Dhs?|SR|QR|TL|Le|Br|Nu"
                              r"|[RPKN](?=\d[\d,.]*\d\d))\d")


def _unit_of_a_number(doc: Doc, tok: Token) -> bool:
    """Whether a short word in capitals right after a number is a unit of measure ("500 MW",
    "12,000 GWh", "40,000 DWT"): no name the gazetteer knows ("27 EU states"), and after a
    number wherever the text uses it."""
    word = tok.word
    if not (2 <= len(word) <= 5 and word.isalpha() and sum(c.isupper() for c in word) >= 2) \
            or gazetteer_kind(word) is not None:
        return False
    for use in re.finditer(r"\b" + word + r"\b", doc.text):
        number = _NUMBER_BEFORE.search(doc.text, max(0, use.start() - 16), use.start())
        if number is None or _YEAR.match(number.group(1)):
            return False  # (not "his 1962 ABC album", "In 2004 MSN introduced")
    return True


_NUMBER_BEFORE = re.compile(r"(?<![\w,.])(\d[\d,.]*) ?$")


def _words_no_actor(doc: Doc, toks: list[Token]) -> bool:
    """The tests of `names_no_actor` that settle a run of several words by its words and
    what stands right around it (none has a side effect)."""
    first, last = toks[0], toks[-1]
    text = doc.text
    if last.word in ("No", "No.") and _NUMBER_AFTER.match(text, last.end):
        return True  # "MOFCOM Announcement No. 18", "Executive Order No. 14257": a document
    if market_index(doc, toks) or ship_name(doc, toks) or pot_of_money(doc, toks):
        return True
    if text[last.end:last.end + 1] in _APOSTROPHES and _DAY_OF_NAME.match(text, last.end):
        return True  # "Valentine's Day", "St Andrew's Day", "New Year's Eve": a holiday's name
    if first.word in _DAY_WORDS and text[first.start - 3:first.start - 1] in _POSSESSIVES \
            and _DAY_OF_NAME.match(text, first.start - 3):
        return True  # "Eve" of "New Year's Eve" (a given name too), cut from its holiday
    if last.word in _INDEX_LAST:
        return True  # "the Nikkei Stock Average", "the Hang Seng Index": a market's index
    if last.end in doc.crude_ends:
        return True  # "Brent crude", "Urals crude": an oil's grade, a price benchmark
    if first.start in doc.programme_name_starts:
        return True  # "an export-financing program, known as Proex": the programme's name
    if "-" in first.word and first.word.lower().startswith("non-") \
            and first.word[-1:] != "-" and not _EX_INITIALS.match(first.word):
        # "Non-OPEC producers", "Non-European Union nationals" (not "the Pro-Life
        # Alliance": a body's name of several words)
        return True
    # "the Indian Rupee", "the Argentine Peso": a currency (2.1), its country's adjective
    # no mention either
    return last.word in _CURRENCY_NAMES and len(toks) == 2 and is_people_word(first.word)


# Endings of abstract nouns: doctrines, fears, qualities ("Euroscepticism", "Islamophobia",
# "Joblessness").
_ABSTRACT_ENDINGS = ("ism", "isms", "phobia", "ness")
_ABSTRACT_MIN = 6  # letters: not "Prism", "Ness"


def _abstract_noun(doc: Doc, tok: Token) -> bool:
    """ "launching Thatcherism in instalments", "playing an Islamophobia card", "Britishness
    had long been a theme": a capitalized doctrine, fear or quality (a quality's stem an
    everyday word: not "Inverness", "Guinness", "Souness"; nor "The Darkness", a band)."""
    word = tok.word
    if len(word) < _ABSTRACT_MIN or not word[1:].islower() or word in gaz.SURNAMES \
            or word in gaz.FIRST_NAMES or gazetteer_kind(word) is not None:
        return False
    if not word.endswith("ness"):
        return True
    stem = word[:-4].lower()
    stem = stem[:-1] + "y" if stem.endswith("i") else stem  # "Happiness"
    return len(stem) > 2 and stem in gaz.COMMON_WORDS and doc.prev_word(tok.start) != "The"


_NUMBER_AFTER = re.compile(r"\.?[ \t]*\d")
_APOSTROPHES = frozenset("'’")
_POSSESSIVES = frozenset(("'s", "’s"))
_DAY_WORDS = frozenset({"Day", "Eve", "Night"})
# A possessive and the word for a day or a night after a name: a holiday named after a
# saint, a person or a season ("Valentine's Day", "New Year's Eve"), not a person's day
# out ("Blair's day"; the word in capitals, not followed by another name: "Trump's Day
# One Agenda" is no holiday).
_DAY_OF_NAME = re.compile(r"['’]s[ \t]+(?:Day|Eve|Night)\b(?![ \t]+[A-Z])")


def _months_joined(word: str) -> bool:
    """ "April-July", "Jan-March", "October-to-December": months (or days) joined by hyphens."""
    parts = [part for part in word.split("-") if part != "to"]
    return len(parts) > 1 and all(part in MONTHS_DAYS for part in parts)


_QUOTES_BEFORE_NAME = _OPENING_QUOTES | {"`"}  # (wire copy of the 1990s: ``The Base'')
# "the", maybe one lower-case word (or a dropped demonym) after it, before a building's kind.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Za-z-]+\s+)?$")


def _building_by_kind(doc: Doc, toks: list[Token]) -> bool:
    """ "the state Capitol", "the Anglican Cathedral", "The Palace said": a building named
    by its kind after "the" is a definite description with a common head, no name (a name
    of several words, "Crystal Palace", is another run)."""
    start = toks[-1].start
    if doc.text[toks[0].start - 1:toks[0].start] in _QUOTES_BEFORE_NAME:
        return False  # 'known as "The Base"': a translated name
    if toks[0].word == "The" and len(toks) == 2:
        return True
    before = _THE_BEFORE.search(doc.text, max(0, start - 24), start)
    if before is None:
        return False
    between = doc.text[before.start():start].split()[1:]
    return not between or between[0].islower() or between[0] in gaz.DEMONYMS


def market_index(doc: Doc, toks: list[Token]) -> bool:
    """ "the Dax", "the Hang Seng": a market's index; "the Nikkei 225", "the Nasdaq rose
    0.5%": an index named like a newspaper or an exchange, shown so by what follows."""
    if toks[-1].word not in _INDEX_LAST_WORDS:
        return False
    if len(toks) == 1:
        name = toks[0].word
    else:
        first = 1 if toks[0].word == "The" else 0
        name = " ".join(tok.word for tok in toks[first:])
    if name in gaz.INDEX_NAMES:
        return True
    return name in gaz.INDEX_OR_BODY_NAMES \
        and _INDEX_AFTER.match(doc.text, toks[-1].end) is not None


def ship_name(doc: Doc, toks: list[Token]) -> bool:
    """ "the tanker Eagle S", "USS Cole", "a Panama-flagged vessel named Sea Star": a ship's
    name (GUIDELINES 2.1: ships are no actors)."""
    if len(toks) > 1 and toks[0].word in _SHIP_PREFIXES and toks[1].word[:1].isupper() \
            and not any(tok.word.rstrip(".") in gaz.ORG_WORDS or is_title_head(tok.word)
                        for tok in toks[1:]):
        return True  # (not "RMS International Inc.", "SS Commander": a body, a post)
    if is_ship_name_start(doc.text, toks[0].start):
        return True
    start, text = toks[0].start, doc.text
    if text.endswith(("the ", "The "), 0, start) and text[toks[-1].end:toks[-1].end + 1] == "," \
            and _SHIP_AFTER.match(text, toks[-1].end) is not None \
            and gazetteer_kind(doc.name_of(toks)) is None:
        return True  # "detained the Cornelis Vane, a scallop dredger owned by ...": a ship
        # named before its apposition
    if text.endswith(", the ", 0, start):
        # "A container ship, the Ever Alot, was diverted": the ship's name in apposition,
        # closed by a comma (not "hit a tanker, the Pentagon said")
        return text[toks[-1].end:toks[-1].end + 1] == "," \
            and _SHIP_APPOSITION.search(text, max(0, start - _SHIP_APPOSITION_REACH), start) \
            is not None and gazetteer_kind(doc.name_of(toks)) is None
    # "the Sovcomflot tanker NS Century": an owner's name between the determiner and the
    # word for a ship
    return text[start - 1:start] == " " and text.endswith(_OWNED_SHIP_WORDS, 0, start - 1) \
        and _OWNED_SHIP_BEFORE.search(text, max(0, start - _SHIP_APPOSITION_REACH), start) \
        is not None


_SHIP_NOUNS = ("ship", "tanker", "supertanker", "vessel", "freighter", "trawler", "ferry",
               "containership", "bulker", "warship", "frigate", "destroyer")
_OWNED_SHIP_WORDS = _SHIP_NOUNS
_SHIP_APPOSITION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_SHIP_NOUNS)}),\s+the\s+\Z")
# A ship's apposition after its name: ", a scallop dredger", ", an oil tanker".
_SHIP_AFTER = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?"
                         rf"(?:{'|'.join(_SHIP_NOUNS)}|dredger|fishing\s+boat)(?![\w-])")
_OWNED_SHIP_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w-]+\s+){1,2}(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(_SHIP_NOUNS)})\s+\Z")
_SHIP_APPOSITION_REACH = 70


def pot_of_money(doc: Doc, toks: list[Token]) -> bool:
    """ "the EU's Brexit Adjustment Reserve, a €5 billion fund set up to help": a pot of
    money named before its size, no actor (GUIDELINES 2.1)."""
    end, text = toks[-1].end, doc.text
    return text[end:end + 1] == "," and _POT_AFTER.match(text, end) is not None \
        and gazetteer_kind(doc.name_of(toks)) is None


# A sum of money's apposition after its name: ", a €5 billion fund", ", a $2bn programme"
# (not "a $700bn sovereign wealth fund": a body that invests).
_POT_AFTER = re.compile(r",\s+an?\s+(?:[\w-]+\s+)?[$€£¥]?\d[\d.,]*\s*(?:bn|m|billion|million"
                        r"|trillion)?(?:\s+(?:euros?|dollars?|pounds?|[a-z]+))?\s+"
                        r"(?:fund|scheme|programme|program|package|facility)(?![\w-])")


# Words of a body's name that an owner may have: "its Ministry of Commerce", "their Labour
# Party", "its Deutsche Bank unit".
_OWNED_BODIES = frozenset({"Ministry", "Department", "Commission", "Committee", "Council",
                           "Court", "Agency", "Office", "Administration", "Authority",
                           "Bureau", "Board", "Bank", "Fund", "Institute", "University",
                           "Party", "Parliament", "Assembly", "Government", "Army", "Navy",
                           "Police", "Union", "Association", "Group", "Corporation", "Inc",
                           "Ltd", "Co", "Holdings"})
_OWNED_WORDS = 3  # words of a product's or a unit's name after "its"


def owned_name(doc: Doc, toks: list[Token], words: list[str]) -> bool:
    """ "without its Media Player", "its PlayStation Portable": a name a body owns, right
    after "its" or "their", is its product or brand, no actor, unless it is a body's name
    ("its Ministry of Commerce")."""
    return _after_owner(doc.text, toks[0].start) and len(words) <= _OWNED_WORDS \
        and not any(word.rstrip(".") in _OWNED_BODIES for word in words) \
        and _OWNED_UNIT.match(doc.text, toks[-1].end) is None


# A firm's possessive right before a name: "Crosswell Foods' ", "Apple's ".
_FIRM_POSSESSIVE = re.compile(r"([A-Z][\w&.-]*?)(?:['’]s|(?<=s)['’])[ \t]+$")
_FIRM_PRODUCT_WORDS = 4
# Last words of names of a firm's or a body's own parts: "the WTO's Appellate Body",
# "Hitachi's Mechanical Engineering Research Laboratory", "the BBC's News Channel".
_PART_OF_BODY = frozenset({"Body", "Bodies", "Panel", "Laboratory", "Laboratories", "Lab",
                           "Labs", "Division", "Unit", "Team", "Centre", "Center", "Foundation",
                           "Trust", "Network", "Channel", "Service", "Desk", "Studio", "Studios"})


def firm_product(doc: Doc, toks: list[Token], words: list[str]) -> bool:
    """ "Crosswell Foods' Tikka Masala Cooking Sauce", "Apple's App Store": a name of two
    to four words after a firm's possessive that ends in an everyday noun is the firm's
    product or service; not a person ("Acme's Karl Brenner"), a place ("Acme's Texas City
    refinery"), a post or a body ("Acme's Finance Director", "Acme's Investment Bank")."""
    start = toks[0].start
    if not 2 <= len(words) <= _FIRM_PRODUCT_WORDS or doc.text[start - 2:start - 1] not in "s'’":
        return False  # (the cheap test first: no possessive right before)
    owner = _FIRM_POSSESSIVE.search(doc.text, max(0, start - 40), start)
    if owner is None:
        return False
    firm = owner.group(1)
    if firm not in gaz.ORG_WORDS and (gazetteer_kind(firm) or ("",))[0] != "organization":
        return False
    last = words[-1]
    return last[1:].islower() and last.lower() in gaz.COMMON_WORDS \
        and last not in PLACE_HEADS and last not in _PART_OF_BODY \
        and last not in gaz.PLACE_SUFFIXES and last.rstrip(".") not in gaz.ORG_WORDS \
        and not any(word in _OWNED_BODIES or is_title_head(word) for word in words) \
        and words[0] not in gaz.FIRST_NAMES \
        and _OWNED_UNIT.match(doc.text, toks[-1].end) is None


def _after_owner(text: str, start: int) -> bool:
    """Whether "its" or "their" stands right before `start` (not "units", "heir")."""
    return text[start - 4:start] in _OWNER_ENDS \
        and _OWNER_BEFORE.search(text, max(0, start - 7), start) is not None


_OWNER_ENDS = frozenset(("its ", "eir "))
_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?:its|their) $")
# "its Clearstream unit", "its MMC Capital private equity unit", "their Cubic Expression
# investment vehicle": a firm the owner holds is a firm.
_OWNED_UNIT = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:unit|units|subsidiary|subsidiaries"
                         r"|division|arm|affiliate|business|vehicle|company|firm|bank|group"
                         r"|operator|carrier|airline)\b")


def launched_product(doc: Doc, toks: list[Token], words: list[str]) -> bool:
    """ "Kiora launched Kiora Shop in Indonesia", "unveiled Harbour Pay": a name of two to
    four words right after a verb of bringing out a product, ending in an everyday noun, is
    the product or service; not a person ("launched Karl Brenner's campaign"), nor a body
    ("launched Acme Capital", "launched Acme Foundation")."""
    if not 2 <= len(words) <= _FIRM_PRODUCT_WORDS:
        return False
    before = _LAUNCHED.search(doc.text, max(0, toks[0].start - 14), toks[0].start)
    if before is None:
        return False
    last = words[-1]
    return last[1:].islower() and last.lower() in gaz.COMMON_WORDS \
        and last not in gaz.PLACE_SUFFIXES and last.rstrip(".") not in gaz.ORG_WORDS \
        and last not in _PART_OF_BODY and last not in PLACE_HEADS \
        and words[0] not in gaz.FIRST_NAMES and not any(is_title_head(word) for word in words) \
        and doc.text[toks[-1].end:toks[-1].end + 2] not in ("'s", "’s")


# Verbs that bring out a product, right before its name ("launched", "has unveiled").
_LAUNCHED = re.compile(r"\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|rolled\s+out|rolls\s+out)[ \t]+$")


def pact_name(words: list[str]) -> bool:
    """ "the Regional Comprehensive Economic Partnership", "the Transatlantic Trade and
    Investment Partnership": a trade pact's name ending in "Partnership" (2.1: agreements
    are no actors); a firm's ("Restaurant Investment Partnership") holds no pact's word."""
    return len(words) > 1 and words[-1] == "Partnership" \
        and any(word in _PACT_WORDS for word in words[:-1])


# Words of a trade pact's name that ends in "Partnership".
_PACT_WORDS = frozenset({"Economic", "Trade", "Trans-Pacific", "Transpacific", "Transatlantic",
                         "Trans-Atlantic", "Comprehensive", "Strategic", "Free", "Indo-Pacific"})


def law_name(doc: Doc, toks: list[Token]) -> bool:
    """ "the Jackson-Vanik amendment", "the Dodd-Frank act": the name of a law, written
    before a word for a law (GUIDELINES 2.1: named laws are no actors; "US law" keeps its
    country, a gazetteer name); "the Protecting Americans [from Foreign Adversary
    Controlled Applications Act]": the first part of a law's name that runs on past a
    lower-case word."""
    _, nxt = doc.next_word(toks[-1].end)
    if nxt in _LAW_NOUNS and not any(tok.word in gaz.ORG_WORDS for tok in toks):
        return True
    if nxt in _NAMED_MEASURE_NOUNS and doc.prev_word(toks[0].start).lower() == "the" \
            and not any(tok.word in gaz.ORG_WORDS for tok in toks):
        return True  # "the Caesar sanctions", "the Helms-Burton embargo": a measure named
        # after its law or its author (a gazetteer name keeps its actor: "the EU sanctions")
    if nxt and nxt not in _LAW_RUNS_ON_WORDS:
        return False  # see _law_may_follow
    rest = _LAW_RUNS_ON.match(doc.text, toks[-1].end)
    return rest is not None and rest.group(1) in gaz.MISC_WORDS


def law_with_of(toks: list[Token]) -> bool:
    """ "the Prevention of Terrorism Bill", "the Act of Settlement", "a Memorandum of
    Understanding", "the Bill of Rights": a law's, a treaty's or an event's name that holds
    "of", which the split at "of" would leave as names ("Prevention", "Settlement"); not
    when a body's word is in it ("the Bank of England Act" keeps its bank)."""
    if len(toks) < 3 or not any(tok.word == "of" for tok in toks):
        return False
    words = [tok.word for tok in toks if tok.word not in CONNECTORS and tok.word != "The"]
    if len(words) < 2 or any(word in gaz.ORG_WORDS for word in words):
        return False
    if words[-1] in gaz.MISC_WORDS:
        return True
    return words[0] in _LAW_HEADS and toks[[tok.word for tok in toks].index(words[0]) + 1].word \
        == "of"


# Words that open a law's or a document's name before "of": "the Act of Union".
_LAW_HEADS = frozenset({"Act", "Acts", "Bill", "Treaty", "Charter", "Declaration",
                        "Memorandum", "Statute", "Code", "Articles"})


def compound_modifier(toks: list[Token]) -> bool:
    """ "a Cold War-era restriction", "a New York-based firm": names inside a hyphenated
    compound are no actors (GUIDELINES 2.3); not "Kang Young-hoon", nor "Chechnya" in
    "Chechnya and Moscow-backed" (cut at "and" later)."""
    head, _, tail = toks[-1].word.rpartition("-")
    return bool(head) and tail in COMPOUND_TAILS and not any(
        tok.word in ("and", "or", "&") for tok in toks)


# Abbreviations that are a term, not a body's name, before these words.
_TERM_BEFORE = {"GM": frozenset({"crops", "crop", "food", "foods", "maize", "wheat", "soya",
                                 "soy", "seeds", "seed", "corn", "rice", "potatoes", "ingredients",
                                 "organisms", "varieties", "technology", "salmon", "trees",
                                 "cotton", "canola", "rapeseed", "sugar", "beet", "animals"})}


def is_term(abbreviation: str, next_word: str) -> bool:
    """Whether an abbreviation is a term before this word ("GM crops"), not a body: also
    any unknown one before a material's or a part's noun ("PVC resin", "LCD panels")."""
    nxt = next_word.lower()
    return nxt in _TERM_BEFORE.get(abbreviation, ()) or (
        nxt in _PRODUCT_NOUNS and gazetteer_kind(abbreviation) is None)


# Nouns of materials and parts an abbreviation names the kind of: "PVC resin", "LED bulbs".
_PRODUCT_NOUNS = frozenset({"resin", "resins", "pipe", "pipes", "film", "films", "fibre",
                            "fibres", "fiber", "fibers", "panel", "panels", "bulb", "bulbs",
                            "screen", "screens", "wafer", "wafers", "module", "modules",
                            "cells", "granules", "pellets", "powder", "compound", "compounds",
                            "tubes", "sheet", "sheets", "coatings", "cargoes"})


def abbreviation_of_no_actor(doc: Doc, toks: list[Token]) -> bool:
    """ "the Emergency Powers Act (EPA)", "the industrial products tax, known as IPI": the
    abbreviation of a law or of a tax is no actor either."""
    if len(toks) != 1 or not toks[0].word.isupper():
        return False
    if toks[0].word in doc.no_actor_abbreviations:
        return True  # told before: "the ... (NEM) initiative" and then "NEM encompasses"
    _, nxt = doc.next_word(toks[0].end)
    if is_term(toks[0].word, nxt):
        if nxt.lower() in _PRODUCT_NOUNS:
            # "PVC resin ... foreign PVC suppliers": the material's name all through the
            # story (not "GM crops", whose "GM" may be the carmaker further on)
            doc.no_actor_abbreviations.add(toks[0].word)
        return True  # "GM maize", "GM food": genetically modified, not General Motors
    start = toks[0].start
    spelled_after = _OR_SPELLED_OUT.match(doc.text, toks[0].end)
    if spelled_after is not None and spelled_out_before(toks[0].word, spelled_after.group(1),
                                                         reverse=True):
        # "6,500 MTOPS, or millions of theoretical operations per second": a unit or term
        doc.no_actor_abbreviations.add(toks[0].word)
        return True
    if _initials_of_a_law(doc, toks[0].word):
        # "the Carbon Border Adjustment Mechanism" in one paragraph, "CBAM, which entered"
        # in the next: the law's initials name no actor either
        doc.no_actor_abbreviations.add(toks[0].word)
        return True
    known_as = _KNOWN_AS.search(doc.text, max(0, start - _KNOWN_AS_REACH), start)
    or_before = doc.text[max(0, start - 5):start] == ", or "
    if doc.text[start - 1:start] != "(" and not or_before \
            and (known_as is None or known_as.end() != start):
        return False
    # ("the Carbon Border Adjustment Mechanism, or CBAM, which": as in brackets)
    cut = start - 5 if or_before else start - 1
    before = doc.text[max(0, cut - 39):cut].rstrip()
    if known_as is not None and known_as.end() == start \
            or _PROGRAMME_AFTER_BRACKET.match(doc.text, toks[0].end) \
            or spelled_out_before(toks[0].word, before):
        # "the industrial products tax, known as IPI", "the Foreign Sales Corporation (FSC)
        # scheme", "liquefied natural gas (LNG)": a term, and so are its later mentions
        doc.no_actor_abbreviations.add(toks[0].word)
        return True
    law = before.rsplit(None, 1)[-1] if before else ""
    if law in gaz.MISC_WORDS or cut - (cut - max(0, cut - 39) - len(before)) \
            in doc.no_actor_ends:
        # "the Carbon Border Adjustment Mechanism (CBAM)": and its later mentions ("CBAM
        # covers steel")
        doc.no_actor_abbreviations.add(toks[0].word)
        return True
    return False


_INITIALS_MIN = 3  # letters of an abbreviation looked for as a law's initials ("DMA")
_INITIALS_MAX = 7
_SKIPPED_IN_NAMES = r"(?:[ \t]+(?:of|the|and|for|on|in|to|&))*[ \t]+"


def _initials_of_a_law(doc: Doc, word: str) -> bool:
    """Whether the text writes out, before `word`, a name with its letters as initials that ends
    like a law's, a scheme's or a list's ("Carbon Border Adjustment Mechanism" for CBAM,
    "Digital Markets Act" for DMA); not a body's or an event's ("World Economic Forum"),
    nor an abbreviation the gazetteers know."""
    if not _INITIALS_MIN <= len(word) <= _INITIALS_MAX or not word.isalpha() \
            or gazetteer_kind(word) is not None:
        return False
    return _initials_written_out(doc.text, word)


@lru_cache(maxsize=1024)
def _initials_written_out(text: str, word: str) -> bool:
    """`_initials_of_a_law` for one text and one abbreviation, asked once: an article names
    the same abbreviation many times (a whole-text search each time)."""
    if word[-1] not in _law_word_initials(text):
        return False  # (no law's last word the initials could end on: most texts)
    first = re.search(rf"\b{word}\b", text)
    pattern = _SKIPPED_IN_NAMES.join(rf"{letter}[\w'’]*" for letter in word)
    # (written out before the abbreviation's first use, as abbreviations are brought in:
    # not "the GLA ... the Greater London Act", a law named after the body)
    end = first.start() if first else len(text)
    for match in re.compile(rf"\b{pattern}\b").finditer(text, 0, end):
        last = match.group().rsplit(None, 1)[-1]
        if last in gaz.MISC_WORDS:
            return True
    return False


@lru_cache(maxsize=64)
def _law_word_initials(text: str) -> frozenset[str]:
    """The first letters of the words of the text a law's, a scheme's or a list's name may
    end on ("Act", "Mechanism"): a written-out name's last initial must be one of them."""
    return frozenset(word[0] for word in _CAPITALIZED_WORD.findall(text)
                     if word in gaz.MISC_WORDS)


# ("\b[A-Z]" written as the capital, then no word character before it: a regex that opens
# with a set of characters is tried only where one of them stands)
_CAPITALIZED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’]*")
# Words an abbreviation skips: "MTOPS" for "millions of theoretical operations per second".
_UNSPELLED = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an"})
# What spells an abbreviation out right after it: "MTOPS, or millions of theoretical ...".
_OR_SPELLED_OUT = re.compile(r",\s+or\s+((?:[a-z][\w-]*\s+){0,6}[a-z][\w-]*)")


def spelled_out_before(abbreviation: str, before: str, reverse: bool = False) -> bool:
    """ "deep ultraviolet (DUV)", "liquefied natural gas (LNG)": the abbreviation of the
    lower-case words right before its bracket is a term, no actor (`reverse`: the words
    right after it, "MTOPS, or millions of theoretical operations"). Each word gives its
    first letter, in order, and may give later letters too ("ultraviolet" -> UV); the
    lower-case name of a body ("reform commission (NDRC)") is left alone; "of", "and" and
    the like give no letter."""
    letters = abbreviation.lower()
    # ("millions of theoretical operations per second", "illegal, unreported and
    # unregulated (IUU)": "of" and "and" give no letter)
    words = [word for word in _WORDS.findall(before) if word not in _UNSPELLED]
    for count in range(1, min(len(letters), len(words)) + 1):
        phrase = words[:count] if reverse else words[-count:]
        if not all(word.islower() for word in phrase) or letters[0] != phrase[0][0]:
            continue
        if any(word.capitalize() in gaz.ORG_WORDS for word in phrase):
            return False
        if _spells(letters, phrase):
            return True
    return False


def _spells(letters: str, words: list[str]) -> bool:
    """Whether `letters` are the words' first letters in order, each word giving its first
    letter and maybe some of its later ones, in order."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    word, taken, at = words[0], 1, 0
    while True:
        if _spells(letters[taken:], words[1:]):
            return True
        if taken == len(letters):
            return False
        at = word.find(letters[taken], at + 1)
        if at < 0:
            return False
        taken += 1


# The words a one-word run is looked at for by their own sets: one look-up.
_WORDS_LOOKED_AT = gaz.NOT_ACTOR_FIRST_WORDS | gaz.REGIONAL_WORDS | gaz.PLACE_SUFFIXES \
    | gaz.CONCEPT_PHRASES | _MODEL_SUFFIXES | {"Model"}


def _may_name_no_actor(doc: Doc, tok: Token) -> bool:
    """Whether a one-word run has anything that one of the tests looks at."""
    start, end, word = tok
    text = doc.text
    # The tests of the word and its neighbouring characters first, the look-ups after (no
    # test has a side effect: their order is free).
    return (word in _WORDS_LOOKED_AT or "-" in word
            or (start > 0 and text[start - 1] in _OPENING_QUOTES)
            or text[start - 2:start] in _AFTER_TITLED
            or text[end + 1:end + 2].isdigit()
            or (text[start - 1:start] == "(" and word.isupper())
            or (word[:1].isupper() and not word.isalpha()
                and any(ch.isdigit() for ch in word))  # "F35", "A320neo"
            or word in doc.no_actor_abbreviations
            or text[start - 4:start] in _OWNER_ENDS and _after_owner(text, start)
            or text.endswith(_MEDICINES_BEFORE, 0, start)
            or _made_before(text, start)  # "production of the [Fiesta]"
            or text[start - 2:start] == ", " and _after_substance_word(doc, start)
            or _law_may_follow(doc, end) or _owned_product(doc, [tok])
            or _goods_of_a_place(doc, [tok])
            or _titled_by_kind_or_cast(doc, [tok])
            or text[end + 1:end + 2] in _CAST_OR_KIND_INITIALS
            and work_before_cast_or_kind(doc, [tok]))


def _after_substance_word(doc: Doc, start: int) -> bool:
    """Whether a kind of substance stands before `start`, which the caller found to follow
    ", " ("pesticide, [Gaucho]")."""
    return doc.prev_word(start).lower().rstrip(",") in _SUBSTANCE_WORDS


def _law_may_follow(doc: Doc, end: int) -> bool:
    """Whether a word for a law or the rest of a law's name may follow the run ending at
    `end`; the pattern is tried only after one of its lower-case words or an unusual space
    (the next word is "" after a line break: `_LAW_RUNS_ON` looks past it)."""
    nxt = doc.next_word(end)[1]
    return nxt in _LAW_NOUNS or nxt in _NAMED_MEASURE_NOUNS \
        or (nxt in _LAW_RUNS_ON_WORDS or not nxt) \
        and _LAW_RUNS_ON.match(doc.text, end) is not None


# Initials of trade agreements, laws and trade statuses (data/actor_no_actor_initials.txt).
AGREEMENT_INITIALS = frozenset(
    line.strip() for line in read_text("actor_no_actor_initials.txt").splitlines()
    if line.strip() and not line.startswith("#"))
# Currencies' names that a sentence may open with, capitalized (GUIDELINES 2.1).
_CURRENCY_NAMES = frozenset({"Deutschmark", "Drachma", "Escudo", "Peseta", "Punt",
                             "Sterling", "Dollar", "Euro", "Yen", "Yuan", "Renminbi", "Rouble",
                             "Ruble", "Rupee", "Peso", "Won", "Lira", "Franc", "Rand",
                             "Ringgit", "Baht", "Pound", "Greenback", "Rupiah", "Zloty",
                             "Forint", "Hryvnia", "Dong", "Naira", "Shekel", "Krona",
                             "Krone", "Lev", "Leu", "Dinar", "Riyal", "Dirham"})
# Currencies' names that name nothing else: no given name, surname or body's ("Rand",
# "Won", "Lev", "Real", "Franc", "Lira", "Dong" and "Pound" are names too).
_CURRENCY_ONLY = frozenset({"Deutschmark", "Rupee", "Peso", "Rouble", "Ruble", "Renminbi",
                            "Rupiah", "Ringgit", "Hryvnia", "Zloty", "Forint", "Yuan",
                            "Drachma", "Escudo", "Peseta", "Punt", "Krone", "Krona"})
# The words `_one_word_no_actor` looks up in one of its sets: one look-up first.
_ONE_WORD_TESTED = _INDEX_LAST_WORDS | _DAY_WORDS | AGREEMENT_INITIALS | _CURRENCY_NAMES
_CURRENCY_MOVES = re.compile(rf"(?:\s+(?:{_MARKET_MOVES}|weakened|strengthened|firmed|recovered"
                             r"|rebounded|slumped|steadied|hovered|traded|hit|touched)\b"
                             r"|:\s*\d)")


def _currency_moving(doc: Doc, tok: Token) -> bool:
    """ "Sterling fell against the dollar", "The Yen weakened", "Dollar: 141.65 yen": a
    currency's name opening a sentence, before a move of its price."""
    opens = tok.start in doc.first_words or tok.start - 4 in doc.first_words \
        and doc.text[tok.start - 4:tok.start] == "The "
    return opens and _CURRENCY_MOVES.match(doc.text, tok.end) is not None


def currency(doc: Doc, toks: list[Token]) -> bool:
    """ "US$801 million", "HK$5": a country code glued to a currency sign."""
    end = toks[-1].end
    return (doc.text[end:end + 1] in _CURRENCY_SIGNS and len(toks) == 1
            and len(toks[0].word) <= 3 and toks[0].word.isupper())


# A work's noun and the comma that opens its title in apposition: "its report, ".
_WORK_APPOSED = re.compile(r"\b([a-z]+),\s+$")
# Kinds of work whose title follows them directly: "the film Harbour Lights", "her album
# Blue Hours", "the sitcom Office Hours" (not "single": "not a single Labour MP").
_WORK_KINDS = frozenset({"film", "movie", "biopic", "novel", "album", "sitcom", "musical",
                         "documentary", "song", "comedy", "thriller", "blockbuster",
                         "sequel", "soap", "book"})
# What follows a film's or a show's title: "Harbour Lights, starring Ann Vey", "... directed
# by"; not "[director Ann Vey], starring in seven films".
_CAST_AFTER = re.compile(r",?[ \t]+(?:starring|directed[ \t]+by|co-starring)[ \t]+(?!in\b)[A-Z]")


@lru_cache(maxsize=64)
def _tells_of_works(text: str) -> bool:
    """Whether the text names a kind of work or a cast at all (most do not): the cheap test
    before each name is looked at."""
    return any(kind in text for kind in _WORK_KINDS) or "starring" in text \
        or "directed" in text


def title_of_work(doc: Doc, toks: list[Token]) -> bool:
    """ "From Boom To Bust" (a capitalized function word inside: names write it in lower
    case), a quoted phrase after "report" or "study", a phrase after "titled", a film's or
    a book's title after its kind ("the film Harbour Lights") or before its cast
    ("Harbour Lights, starring Ann Vey")."""
    if len(toks) >= 3 and any(tok.word in gaz.TITLE_CASE_WORDS for tok in toks[1:-1]) \
            and not any(tok.word in gaz.ORG_WORDS for tok in toks):
        return True  # "League Against Cruel Sports" is a body's name all the same
    if _titled_by_kind_or_cast(doc, toks):
        return True
    if len(toks) > 1 and _UNDER_WHICH.match(doc.text, toks[-1].end):
        return True  # "the Baby Bond Fund, under which every newborn receives": a scheme
    start = toks[0].start
    # (the pattern only where a comma and spaces come right before the run)
    apposed = _WORK_APPOSED.search(doc.text, max(0, start - 30), start) \
        if doc.text[max(0, start - 30):start].rstrip().endswith(",") else None
    if apposed is not None and apposed.group(1).lower() in gaz.DOCUMENT_NOUNS \
            and doc.text[toks[-1].end:toks[-1].end + 1] in (",", ".") \
            and toks[0].word not in gaz.FIRST_NAMES:  # (not "its strategy, Andrew Burke,")
        return True  # "the group's own report, Switched Off, had shown"
    if start == 0 or doc.text[start - 1] not in _OPENING_QUOTES and doc.text[start - 2:start] \
            not in _AFTER_TITLED:
        return False
    before = doc.text[max(0, start - 40):start].rstrip()
    if before.lower().endswith(("titled", "entitled")):
        return True
    if not before or before[-1] not in _OPENING_QUOTES:
        return False
    after = doc.text[toks[-1].end:toks[-1].end + 2].lstrip(",.!?")
    if not after or after[0] not in _CLOSING_QUOTES:
        return False
    lead = re.findall(r"[a-z]+", before[:-1].lower())[-_TRIGGER_REACH:]
    return any(word in gaz.WORK_TRIGGERS for word in lead)


# What follows a scheme's, a law's or an agreement's name: ", under which every child".
_UNDER_WHICH = re.compile(r",?[ \t]+under[ \t]+which\b")


def _titled_by_kind_or_cast(doc: Doc, toks: list[Token]) -> bool:
    """ "the film Harbour Lights", "Harbour Lights, starring Ann Vey": a work's title; not
    names joined ("the biopic Ray and Ann Vey's drama": the second is the director), nor a
    name that modifies a kind of work ("blockbuster West End musicals")."""
    if not _tells_of_works(doc.text) or any(tok.word in ("and", "&") for tok in toks):
        return False
    if doc.prev_word(toks[0].start) in _WORK_KINDS:
        _, nxt = doc.next_word(toks[-1].end)
        return nxt not in _WORK_KINDS and nxt.removesuffix("s") not in _WORK_KINDS
    return _CAST_AFTER.match(doc.text, toks[-1].end) is not None


# Words right after a show's or a film's title: one of its cast, or its kind ("Holby City
# actor", "the Grand Theft Auto series", "former EastEnders actress").
_CAST_OR_KIND = frozenset({"actor", "actors", "actress", "actresses", "sitcom", "sitcoms",
                           "drama", "dramas", "series", "episode", "episodes"})
_CAST_OR_KIND_INITIALS = frozenset(word[0] for word in _CAST_OR_KIND)


def work_before_cast_or_kind(doc: Doc, toks: list[Token]) -> bool:
    """ "Holby City actor Jeremy Edwards", "former EastEnders actress", "the Star Trek
    series": a show's, a film's or a game's title before one of its cast or its kind; not
    a known name ("ITV drama", "Hollywood actor"), a person's ("a David Attenborough
    series"), nor names joined."""
    end = toks[-1].end
    if doc.text[end:end + 1] != " " or doc.text[end + 1:end + 2] not in _CAST_OR_KIND_INITIALS:
        return False
    possessive, nxt = doc.next_word(end)
    if possessive or nxt not in _CAST_OR_KIND:
        return False
    words = [tok.word for tok in toks]
    while len(words) > 1 and words[0] in ("A", "An", "The"):
        words = words[1:]  # "A David Attenborough series" opening a sentence
    if any(word in ("and", "&", "or") for word in words) or words[0] in gaz.FIRST_NAMES \
            or words[0].isupper() and len(words) == 1:
        return False  # (an abbreviation alone may be a broadcaster's: "NTL drama")
    return gazetteer_kind(" ".join(words)) is None and gazetteer_kind(words[0]) is None


# Kinds of product a name before them is the model or brand of: "its Ranger pickup" (not
# "their Cubic Expression investment vehicle", a body; nor a record label); "the Newsnight
# programme", "its Green Homes scheme" (GUIDELINES 2.8; not "the Conservative campaign", a
# party's).
_PRODUCT_WORDS = word_set(
    "pickup pickups truck trucks car cars suv suvs sedan sedans van vans model models phone "
    "phones handset handsets smartphone smartphones laptop laptops tablet tablets console "
    "consoles jet jets airliner airliners aircraft plane planes chip chips processor "
    "processors engine engines drug drugs vaccine vaccines brand brands system systems "
    "machine machines device devices software range series jeans trainers cigarettes "
    "hatchback hatchbacks saloon saloons vehicles missile missiles rocket rockets drone "
    "drones platform platforms app apps rifle rifles pistol pistols chatbot chatbots "
    "programme programmes program programs scheme schemes initiative initiatives pipeline "
    "pipelines tires tyres strain strains virus viruses variant variants subtype subtypes "
    "type")
_PRODUCT_AFTER = re.compile(
    # (past a model's numbers: "the Nord Stream 1 and 2 gas pipelines"; the words as a
    # prefix tree, which the regex engine tries at up to three words far faster than a
    # list of them: only whether it matches is asked)
    r"\s+(?:\d+\s+(?:(?:and|or|&)\s+\d+\s+)?)?(?:[a-z][a-z-]*\s+){0,2}?"
    rf"(?:{prefix_regex(_PRODUCT_WORDS, re.escape)})\b"
    # "the Maserati car company": the maker's name, not a product's
    r"(?!-|\s+(?:company|companies|maker|makers|firm|firms|group|unit|division|business"
    r"|plants?|factory|factories|dealers?|manufacturers?|producers?|giant|operations))"
    # "The Nikkei stock average", "the Hang Seng index": a market's index
    r"|\s+(?:stock\s+|share\s+)?(?:index|average)\b")


def _owned_product(doc: Doc, toks: list[Token]) -> bool:
    """ "its Ranger pickup", "ASML's DUV immersion systems", "the Galaxy phones": a name
    owned by a maker (or "the") and followed by a kind of product is the product's; so is
    a brand of drink or food, or one a maker is named by ("the maker of Penfolds")."""
    start, end, text = toks[0].start, toks[-1].end, doc.text
    if len(toks) > 1 and _brands_joined(toks) and text.endswith(("of ", "of the "), 0, start) \
            and _MAKER_OF.search(text, max(0, start - _OWNER_REACH), start):
        return True  # "publisher of Harbour Weekly and Time": the maker's brands, each
    if text[end:end + 1] == "," and len(toks) <= 2 and _listed_models(doc, toks):
        return True
    if not text[end:end + 1].isspace():
        # (no word after it: `_BRANDED` and `_PRODUCT_AFTER` both open with a space)
        return len(toks) <= 2 and text.endswith(("of ", "of the "), 0, start) \
            and _MAKER_OF.search(text, max(0, start - _OWNER_REACH), start) is not None
    if len(toks) <= 2 and (_BRANDED.match(text, end)
                           or text.endswith(("of ", "of the "), 0, start)  # (cheap test first)
                           and _MAKER_OF.search(text, max(0, start - _OWNER_REACH), start)):
        return True
    if len(toks) > 2 and not (_brands_joined(toks) and text.endswith(", ", 0, start)):
        return False  # (but the list's last names: ", ATX II and Wilderness AT tires")
    if _PRODUCT_AFTER.match(text, end) is None:
        return False  # (the cheap test first: most names have no product word after them)
    if len(toks) > 2:
        return _listed_models(doc, toks, listed=True)
    before = _PRODUCT_OWNER.search(text, max(0, start - _OWNER_REACH), start)
    owner = before is not None and before.group("owner") is not None
    # after "the", not a name in capitals alone: "the EDS system" is the contractor's
    definite = before is not None and before.group("the") is not None and not (
        len(toks) == 1 and toks[0].word.isupper() and toks[0].word.isalpha())
    return owner or definite or doc.prev_word(start).lower() in _MAKING \
        or _counted(doc, toks) or _makers_model(doc, toks)
    # ("builds Jeep vehicles", "sold 300,000 Explorer vehicles")


def _makers_model(doc: Doc, toks: list[Token]) -> bool:
    """ "fitted on Ford Explorer sport utility vehicles": a known maker's name and a word no
    name holds, right before a kind of product, name the model (2.3: the maker's name inside
    is no mention); not the maker's unit ("Ford Motor vehicles", "BT Wholesale which
    provides phone lines")."""
    if len(toks) != 2 or doc.next_word(toks[-1].end)[1] in _NO_KIND_NEXT:
        return False
    maker, model = toks[0].word, toks[1].word
    known = gazetteer_kind(maker)
    return known is not None and known[0] == "organization" \
        and gazetteer_kind(f"{maker} {model}") is None and gazetteer_kind(model) is None \
        and model not in gaz.ORG_WORDS and model not in gaz.TRADE_WORDS \
        and model not in _BUSINESS_LINES


# Words after a name that keep a kind of product further on from being the name's: "BT
# Wholesale which provides phone lines".
_NO_KIND_NEXT = frozenset({"which", "who", "that", "and", "or", "is", "was", "are", "were",
                           "has", "had", "have", "will", "would", "said", "says", "to", "of",
                           "in", "on", "for", "with", "by", "the", "a", "an", "its"})
# A firm's line of business after its name, which names a unit, not a model: "Ford Motor",
# "BT Retail".
_BUSINESS_LINES = frozenset({"Motor", "Wholesale", "Retail", "Mobile", "Finance", "Financial",
                             "Direct", "Digital", "Online", "Media", "Entertainment", "Pharma",
                             "Trucks", "Commercial", "Aviation", "Marine", "Logistics",
                             "Electronics", "Software", "Networks", "Broadband", "Telecoms",
                             "Wireless", "Automotive", "Cars", "Foods", "Beverages", "Business"})


# Names of models listed after a first one, up to the last before their kind: ", ATX II and
# Wilderness AT" (each of up to three words).
_MODELS_LISTED = re.compile(r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})*,?\s+(?:and|or)\s+"
                            r"[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2}")
# Words of a count right before a name: "6.5 million ATX", "300,000 Explorer".
_COUNT_BEFORE_NAME = frozenset({"million", "thousand", "billion", "hundred", "m", "bn"})


def _listed_models(doc: Doc, toks: list[Token], listed: bool = False) -> bool:
    """ "recalled 6.5 million ATX, ATX II and Wilderness AT tires": models listed before their
    kind, the first counted; `listed`: `toks` are the list's last names, its kind right
    after them (the count is looked for before the list's first name)."""
    text = doc.text
    if not listed:
        # (the count before the name first: most names a comma follows are none)
        if not _counted(doc, toks):
            return False
        after = _MODELS_LISTED.match(text, toks[-1].end)
        return after is not None and _PRODUCT_AFTER.match(text, after.end()) is not None
    if any(gazetteer_kind(name) is not None for name in _joined_names(toks)):
        return False  # "40 Boeing, Airbus and Embraer jets": the makers, each a mention
    first = _FIRST_LISTED.search(text, max(0, toks[0].start - _LIST_REACH), toks[0].start)
    return first is not None and _a_count(first.group(1))


def _joined_names(toks: list[Token]) -> list[str]:
    """The names a run joins with "and" or "&"."""
    names: list[str] = []
    words: list[str] = []
    for tok in toks:
        if tok.word in ("and", "&"):
            names.append(" ".join(words))
            words = []
        else:
            words.append(tok.word)
    return [*names, " ".join(words)]


# The count and the first name of a list of models whose last names follow: "6.5 million
# ATX, " before "ATX II and Wilderness AT tires".
_FIRST_LISTED = re.compile(r"\b([\d.,]+|million|thousand|billion|hundred|m|bn)\s+[A-Z][\w-]*"
                           r"(?:\s+[A-Z0-9][\w-]*){0,2}(?:,\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)"
                           r"{0,2})*,\s+$", re.I)
_LIST_REACH = 80


def _counted(doc: Doc, toks: list[Token]) -> bool:
    """ "recalled 6.5 million ATX tires", "sold 300,000 Explorer vehicles": goods counted
    under a name no known maker bears (not "300,000 Ford vehicles": the maker's mention)."""
    return _a_count(doc.prev_word(toks[0].start)) and gazetteer_kind(doc.name_of(toks)) is None


def _a_count(word: str) -> bool:
    """ "6.5", "300,000", "million": a word of a count."""
    return word.lower() in _COUNT_BEFORE_NAME or word.replace(",", "").replace(".", "").isdigit()


def _brands_joined(toks: list[Token]) -> bool:
    """Whether the run is names of one or two words each joined by "and" or "&"."""
    size = 0
    for tok in toks:
        size = 0 if tok.word in ("and", "&") else size + 1
        if size > _BRAND_WORDS:
            return False
    return size > 0 and any(tok.word in ("and", "&") for tok in toks)


_BRAND_WORDS = 2
# Goods a name before them is the brand of, whoever owns it: "Borjomi mineral water",
# "cars carry Marlboro branding"; and a maker named by its brand: "publisher of Sports
# Illustrated", "the maker of the Penfolds label".
_BRANDED = re.compile(r"\s+(?:mineral\s+water|branding|lager|cigarettes|cooking\s+sauce"
                      r"|vodka|whisky|whiskey|brandy|beer|soft\s+drinks?|wines?|champagne"
                      r"|cognac|rum|gin|cider|cheeses?|hams?|sausages?|chocolates?|coffee|crisps"
                      r"|biscuits|cigars|perfumes?|makers?)\b(?!-)")
_MAKER_OF = re.compile(r"\b(?:maker|makers|publisher|publishers|brewer|brewers|distiller"
                       r"|distillers|owner\s+of\s+the\s+brand)\s+of\s+(?:the\s+)?$")
# An owner or "the" before a name, maybe past one plain adjective: "its popular Genie range".
_PRODUCT_OWNER = re.compile(r"(?:(?P<owner>\b(?:its|their|his|her|our)|['’]s)|(?P<the>\b[Tt]he))\s+"
                            r"(?:[a-z]+\s+)?$")
_OWNER_REACH = 30
# Verbs of making or selling before a product's name: "builds Jeep vehicles".
_MAKING = frozenset({"builds", "built", "makes", "made", "sells", "sold", "produces",
                     "produced", "launched", "launches", "markets", "assembles"})


# A substance named in apposition: "the banned dye Sudan I", "Para Orange, an industrial
# colouring".
_SUBSTANCE_WORDS = frozenset({"dye", "dyes", "chemical", "drug", "pesticide", "additive",
                              "colouring", "coloring", "preservative", "sweetener", "herbicide",
                              "fungicide", "insecticide", "hormone", "steroid", "solvent",
                              "toxin"})
_SUBSTANCES = "(?:" + "|".join(sorted(_SUBSTANCE_WORDS)) + ")"
_SUBSTANCE_BEFORE = re.compile(rf"\b(?:the|a|an|another|its|their)\s+(?:[a-z-]+\s+)?"
                               rf"{_SUBSTANCES},?\s+$", re.I)
_SUBSTANCE_AFTER = re.compile(rf",\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}{_SUBSTANCES}\b")


# Words for a medicine right before its brand: "the hypertension drug Norvasc", "its
# anti-coagulant pill Exanta", "rival medicine Tarceva" (not "the drug maker Pfizer").
_MEDICINE_WORDS = ("drug", "pill", "medicine", "painkiller", "antidepressant", "vaccine",
                   "antibiotic", "inhaler")
_MEDICINES_BEFORE = tuple(f"{word} " for word in _MEDICINE_WORDS)


# What a maker produces, sells, launches or recalls, right before a name: "production of the
# ", "sales of its new ". The cheap test first: the text before the name ends so.
_OF_OWNED = ("of the ", "of its ", "of their ", "of the new ", "of its new ", "of their new ")
_MADE_OF = re.compile(r"\b(?:production|sales|launch|version|versions|successor|recall"
                      r"|recalls|deliveries|output|release|design)\s+of\s+(?:the|its|their)"
                      r"\s+(?:new\s+)?$")
_MADE_REACH = 40
_MADE_WORDS = 3


def _made_before(text: str, start: int) -> bool:
    """Whether "production of the", "sales of its new" (`_MADE_OF`) ends right at `start`."""
    return text.endswith(_OF_OWNED, 0, start) \
        and _MADE_OF.search(text, max(0, start - _MADE_REACH), start) is not None


# Goods named by the place they come from: "Dijon mustard", "Roquefort cheese", "Parma
# ham", "Bordeaux wines" (a product's name, 2.1). Only a place: a country named before
# goods is a mention ("US beef", 2.3).
_ORIGIN_GOODS = frozenset({"mustard", "cheese", "cheeses", "ham", "hams", "vinegar", "whisky",
                           "whiskies", "whiskey", "brandy", "cognac", "sausage", "sausages",
                           "salami", "wine", "wines", "vodka", "lace", "porcelain"})


def _goods_of_a_place(doc: Doc, toks: list[Token]) -> bool:
    """Whether the name is a place's right before goods named after it ("Dijon mustard")."""
    possessive, nxt = doc.next_word(toks[-1].end)
    if possessive or nxt not in _ORIGIN_GOODS:
        return False
    kind = gazetteer_kind(doc.name_of(toks))
    return kind is not None and kind[0] == "place" \
        and _TRADE_AFTER_GOODS.match(doc.text, doc.text.index(nxt, toks[-1].end) + len(nxt)) is None


# After the goods, a trade or its firm, or more goods of one: "the Montreal wine and spirits
# concern", "Bordeaux wine producers" (the place where they work, a mention).
_TRADE_AFTER_GOODS = re.compile(r"\s+(?:(?:and|&|or)\s+[a-z]|(?:makers?|producers?|growers?"
                                r"|concern|company|firms?|group|industry|trade|region|country"
                                r"|merchants?)\b)")


def product_name(doc: Doc, toks: list[Token]) -> bool:
    """ "Acme Skyliner 990", "Acme X200": a name with a model designation (outside tables,
    where numbers after names are scores); "its Ranger pickup": a product's name; "the
    banned dye Sudan I": a substance's."""
    if _owned_product(doc, toks):
        return True
    start, end = toks[0].start, toks[-1].end
    if len(toks) == 1 and doc.text.endswith(_MEDICINES_BEFORE, 0, start) \
            and gazetteer_kind(toks[0].word) is None and not doc.next_word(end)[0]:
        return True  # "the multiple sclerosis drug Tysabri" (not "drug Pfizer's ...")
    if len(toks) <= _MADE_WORDS and _made_before(doc.text, start) \
            and not doc.next_word(end)[0] and gazetteer_kind(doc.name_of(toks)) is None:
        # "will pause production of the Jeep Compass", "sales of its Prius hybrid", "the
        # launch of the PS3": what is made, sold or launched is a product (2.1), not its
        # maker (a known name stays: "sales of the Body Shop")
        return True
    word_before = doc.text[max(0, start - 14):start - 1].rsplit(None, 1)[-1:]
    if (word_before and word_before[0].lower().rstrip(",") in _SUBSTANCE_WORDS
            and _SUBSTANCE_BEFORE.search(doc.text, max(0, start - _OWNER_REACH), start)) \
            or (doc.text[end:end + 1] == "," and _SUBSTANCE_AFTER.match(doc.text, end)):
        if len(toks) == 1:
            doc.no_actor_abbreviations.add(toks[0].word)  # so is "the Gaucho ban" later
        return True
    last = toks[-1].word
    if _model_designation(doc, toks):
        return True
    if not last.isalpha():  # (a model's code holds a digit: most names hold none)
        if len(toks) >= 2 and _MODEL_CODE.match(last) and any(ch.isdigit() for ch in last) \
                and toks[-2].word not in CONNECTORS:
            return not doc.is_tabular(toks[0].start)
        if len(toks) == 1 and _CODE_AND_LOWER_TAIL.match(last):
            return True  # "whose A320neo is assembled": a model's code with a lower-case tail
        if len(toks) == 1 and _MODEL_CODE.match(last) and (
                sum(ch.isdigit() for ch in last) >= 2
                # "the IIM-1 plant", not "G-7 ministers"
                or "-" in last and gazetteer_kind(last) is None):
            if doc.prev_word(toks[0].start).lower() in _MODEL_DETERMINERS \
                    and sum(ch.isdigit() for ch in last) >= 3 and not last[:1].isdigit():
                return True  # "the A350 would be late", "its X200": a model, not its maker
            _, nxt = doc.next_word(toks[0].end)  # "H20 chips", "A320 jets"
            return nxt.isalpha() and nxt.islower() and nxt not in ACTION_VERBS \
                and nxt not in PERSON_VERBS
    end = toks[-1].end
    if not doc.text[end + 1:end + 2].isdigit():
        return False
    return model_number_after(doc, toks)


def model_number_after(doc: Doc, toks: list[Token]) -> bool:
    """ "Acme 990", "Boeing 777-9 jets", "a Boeing 747-400": a maker's name and its model's
    number make a product's name, which the maker's name inside is no mention of, known
    maker or not (GUIDELINES 2.3: "Acme" in "Acme X200"); not a year, a share or a score,
    nor a line of a table."""
    end = toks[-1].end
    if not doc.text[end + 1:end + 2].isdigit():
        return False
    _, nxt = doc.next_word(end)
    if _HYPHENED_MODEL.match(doc.text, end) is not None:
        return not doc.is_tabular(toks[0].start)  # "Boeing 777-9 jets", "a 747-400": a model
    if not (nxt.isdigit() and len(nxt) >= 3 and not _YEAR.match(nxt)):
        return False
    following = doc.text[toks[-1].end:toks[-1].end + len(nxt) + 3]
    if "%" in following or "," in following[:2] or _SUM_AFTER.match(doc.text, end):
        return False  # "Acme, 990 jobs", "Acme 990%", "fined Acme 121.5m pounds": no model
    return not doc.is_tabular(toks[0].start)


def _model_designation(doc: Doc, toks: list[Token]) -> bool:
    """ "the Mate 60 Pro" (a name, a number and a model's last word), "the 737 MAX" (that
    word after a number), "the Tesla Model Y", "a Model 3": a product's model."""
    end = toks[-1].end
    if doc.text[end + 1:end + 2].isdigit() and _NUMBER_AND_SUFFIX.match(doc.text, end):
        return True
    if len(toks) == 1 and toks[0].word in _MODEL_SUFFIXES:
        before = doc.prev_word(toks[0].start)
        return before.isdigit() and doc.text[toks[0].start - 1:toks[0].start] == " "
    if toks[-1].word == "Model":
        return _MODEL_WORD_CODE.match(doc.text, end) is not None
    return any(tok.word == "Model" for tok in toks[:-1]) and len(toks[-1].word) <= 2 \
        and toks[-1].word.isupper()


def provision_or_project(doc: Doc, toks: list[Token], words: list[str]) -> bool:
    """ "Project Lighthouse", "Operation Sea Shield", "Section 232", "Chapter 11", and
    "the Golden Dome programme" (a name of several words that a programme word follows;
    one word may be a firm's: "the Acme project")."""
    if words[0] not in gaz.NOT_ACTOR_FIRST_WORDS:
        if len(words) < 2 and "-" not in words[0]:
            return False
        _, nxt = doc.next_word(toks[-1].end)
        if nxt in _POLICY_NOUNS:
            return _names_a_policy(words)
        if len(words) < 2:
            # ("the Sakhalin-2 project": a numbered one; "the Acme project" may be a firm's)
            return nxt in _PROGRAMME_NOUNS and _NUMBERED.search(words[0]) is not None
        return nxt in _PROGRAMME_NOUNS or (
            nxt == "(" and _ABBREVIATED_PROGRAMME.match(doc.text, toks[-1].end) is not None)
    if len(words) > 1:
        if len(words) == 2 and words[0] in _STORM_WORDS:
            doc.no_actor_abbreviations.add(words[1])  # "Hurricane Mitch ... Mitch killed"
        return True
    _, nxt = doc.next_word(toks[-1].end)
    return bool(nxt) and bool(_NUMBER_OR_NAME.match(nxt))


_STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone"})
_NUMBERED = re.compile(r"-\d+$")


def _names_a_policy(words: list[str]) -> bool:
    """Whether the words before a policy's noun name the policy: "Dual Circulation",
    "Friend-Shoring" (one hyphened word of capitalized parts, no gazetteer name: names
    inside such a compound are no mentions either, 2.3); not a body's, a person's or a
    known name ("Labour Party", "Gordon Brown")."""
    if len(words) == 1:
        parts = words[0].split("-")
        return len(parts) > 1 and all(part[:1].isupper() for part in parts) \
            and gazetteer_kind(words[0]) is None
    return words[0] not in gaz.FIRST_NAMES and not any(
        word.rstrip(".") in gaz.ORG_WORDS or is_title_head(word) or word.isupper()
        or gazetteer_kind(word) is not None for word in words)


def concept_phrase(words: list[str]) -> bool:
    """ "Developing World", "Industrial Policy", "Middle Eastern": no actor; nor are such
    phrases joined ("Latin American and North American [exporters]")."""
    phrase = " ".join(words)
    if phrase in gaz.CONCEPT_PHRASES or phrase in gaz.REGIONAL_WORDS:
        return True
    if len(words) > 2 and " ".join(words[-2:]) in gaz.CONCEPT_PHRASES \
            and words[-1] in gaz.MISC_WORDS | _CONCEPT_DOCUMENTS \
            and not any(word in CONNECTORS or word in gaz.ORG_WORDS for word in words):
        # "Comprehensive Spending Review", "New Industrial Strategy", "Second Cold War": a
        # concept's or a state occasion's name with a word before it (not "Intergovernmental
        # Panel on Climate Change", a body)
        return True
    if "and" not in words and "or" not in words:
        return False
    parts = _JOINED.split(phrase)
    return len(parts) > 1 and all(part in gaz.CONCEPT_PHRASES or part in gaz.REGIONAL_WORDS
                                  for part in parts)


# Last words of the state's documents and occasions that are no event word elsewhere.
_CONCEPT_DOCUMENTS = frozenset({"Review", "Speech", "Statement", "Paper"})
_JOINED = re.compile(r",?\s+(?:and|or)\s+|,\s+")
