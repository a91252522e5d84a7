"""The kind of one cut span of capitalized words: person, organization, country or place.

Gazetteers first ("Beijing" is a place, or China acting when a verb follows); then the
words of the name ("Ministry", "Holdings", "&"), the word before it ("insurer Marsh",
"striker Kane"); then a guess from first names, particles, acronyms and ordinary words.
"""

from __future__ import annotations

import re

from .. import gazetteer as gaz
from ..datafiles import read_text
from ..timex.lexicon import MULTIPLIERS, NUMBER_WORDS
from .document import GUESS, SURE, Doc, Span, Token
from .not_names import AGREEMENT_INITIALS, pact_name
from .words import (
    ACTION_VERBS,
    CANDIDATE,
    CONNECTORS,
    HEADS_BEFORE_OF,
    LOCATIVE,
    MID_ORDINARY,
    NOT_PERSON_BEFORE,
    ORDINARY,
    PARTICLES,
    PERSON_VERBS,
    PLACE_HEADS,
    STEPS_TAKEN,
    gazetteer_kind,
    is_acronym,
    is_camel,
    is_common_noun,
    is_everyday_word,
    is_title_head,
    word_set,
)

# "companies such as A, B and C": the list's names, up to this many characters back.
_LIST_REACH = 80
_LIST_WORDS = frozenset(("as", "like", "including", "and", "or", ",", "of", "in"))
_ORG_PLURALS = "|".join(sorted(
    {word + "s" for word in gaz.ORG_CONTEXT if not word.endswith("s")}
    | {"companies", "businesses"}))
_ORG_PLURAL_SET = frozenset(_ORG_PLURALS.split("|"))
_ORG_LIST = re.compile(rf"\b(?:(?:{_ORG_PLURALS})\s+(?:such\s+as|like|including)"
                       r"|shares\s+(?:of|in))\s+", re.I)
# Words one of which `_ORG_LIST` needs, in any case ("IGNORECASE" matches other letters to
# ASCII ones only in a text that is not ASCII).
_LIST_OPENERS = ("such", "like", "including", "shares")
# The rest of such a list before the name: earlier names, commas and "and"/"or".
_LIST_REST = re.compile(r"(?:[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*(?:\s*,\s*|\s+(?:and|or)\s+"
                        r"|\s*,\s*(?:and|or)\s+))*")


def classify(doc: Doc, toks: list[Token], after_title: bool) -> Span | None:
    """Kind of one cut span of capitalized tokens (connectors only inside); None when the
    span names no actor ("World Cup", "Chinese", a title alone)."""
    start, end = toks[0].start, toks[-1].end
    name = doc.text[start:end]
    if len(toks) == 1 and _attributive(doc, toks[0]):
        return None  # "a Cornish chain", "the Caribbean nation": an adjective, no name
    hit = gazetteer_kind(name)
    if hit is not None:
        kind, canonical = _known_name(doc, start, end, hit, after_title)
        return Span(start, end, kind, canonical, SURE)
    words = [tok.word for tok in toks if tok.word not in CONNECTORS]
    if after_title:
        if len(words) > 1 and words[-1] in gaz.MISC_WORDS and words[0] not in gaz.FIRST_NAMES:
            return None  # "the Private Finance Initiative": a rank's word opens a scheme's name
        return Span(start, end, "person", None, SURE)
    if _names_no_actor(name, words) or _review_by_author(doc, words) \
            or len(words) == 1 and _inhabitant_noun(doc, start, words[0]):
        return None
    prev = doc.prev_word(start)
    clear = _clear_kind(doc, toks, words, name, prev)
    if clear is not None:
        return Span(start, end, clear, None, SURE)
    if len(words) > 1:
        kind, strength = _several_words_kind(toks, words)
        if kind == "organization" and strength == GUESS and _post_in_apposition(doc, end):
            kind = "person"  # "Kenji Moriyama, Japan's chief trade negotiator," (Moriyama is
            # a town too)
        if kind == "person" and strength == GUESS and _body_in_apposition(doc, end):
            kind = "organization"  # "Mazowsze Meat, one of Poland's biggest pork processors,"
        if kind == "person" and strength == GUESS and prev == "of" \
                and _persons_name_before_of(doc, start):
            kind = "organization"  # "said Anna Berg of Aegean Bulk": her employer
        if kind == "person" and words[-1] in _BUILDINGS:
            kind = "place"  # "the Kodak Theatre", "the Harry S. Truman Library": a building
        elif kind == "person" and strength == GUESS and words[-1] in _PLACE_LAST_WORDS \
                and words[0] not in gaz.SURNAMES and not _closed_class_word(words) \
                and not any(word in gaz.FIRST_NAMES for word in words):
            kind = "place"  # "the Millennium Dome", "the White House Rose Garden", "Bethnal
            # Green" (not "Philip Green", "Wayne Bridge": a given name first)
        if kind == "person" and strength == GUESS and _maker_first(words):
            # "the Sony Walkman", "Volvo S40", "Sony Ericsson": a known firm's name first
            if _firms_product(doc, toks, words):
                return None
            return Span(start, end, "organization", None, GUESS)
        if kind == "person" and strength == GUESS and _no_persons_name(words):
            if _closed_class_word(words) and (doc.next_word(end)[1] in _PRESS_OR_BAND or any(
                    (gazetteer_kind(" ".join(words[at:])) or ("",))[0] == "organization"
                    for at in range(1, len(words) - 1))):
                # "The Australian newspaper", "The Harbour Lights band", "The Freedonian
                # Red Cross": a body's name
                return Span(start, end, "organization", None, GUESS)
            if words[0] == "The":
                doc.titles_of_works.add(" ".join(words[1:]))
            return None
        return Span(start, end, kind, None, strength)
    return Span(start, end, _one_word_kind(doc, end, words[0], prev), None, GUESS)


def _attributive(doc: Doc, tok: Token) -> bool:
    """Whether one capitalized word between a determiner and a common noun is an adjective:
    a region's ("the Caribbean nation", "the Pacific island") or a people's the gazetteer
    lacks ("a Cornish chain", "a Bavarian brewer"); not a country's, a firm's or a person's
    name ("a Toyota plant", "the Kremlin said")."""
    word = tok.word
    if word not in _REGION_ADJECTIVES and not (
            word.endswith(_ADJECTIVE_ENDINGS) and gazetteer_kind(word) is None
            and word not in gaz.FIRST_NAMES and not is_camel(word)):
        return False  # (the cheap tests first: most names are neither)
    if doc.prev_word(tok.start).lower() not in _ATTRIBUTIVE_DETERMINERS:
        return False
    possessive, nxt = doc.next_word(tok.end)
    # ("Exporters in the Gulf gained": a verb after the region)
    return not (possessive or not nxt.isalpha() or not nxt.islower() or nxt in _NOT_A_HEAD_NOUN
                or nxt.endswith("ed") or nxt in PERSON_VERBS or nxt in ACTION_VERBS)


_ATTRIBUTIVE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that"})
_ADJECTIVE_ENDINGS = ("ish", "ian", "ean", "ese")
# Seas, oceans and regions whose names qualify a noun as adjectives do ("the Caribbean
# nation", "a Pacific island state", "the Baltic states").
_REGION_ADJECTIVES = frozenset({
    "Caribbean", "Pacific", "Atlantic", "Mediterranean", "Baltic", "Balkan", "Arctic",
    "Antarctic", "Adriatic", "Aegean", "Gulf", "Sahel", "Andean", "Himalayan", "Alpine",
    "Nordic", "Scandinavian", "Iberian", "Celtic", "Saharan", "Amazonian", "Siberian"})
# Words after a name that are no noun it qualifies: verbs, function words.
_NOT_A_HEAD_NOUN = frozenset({"said", "says", "is", "was", "has", "had", "have", "will",
                              "would", "are", "were", "and", "or", "of", "in", "on", "to",
                              "for", "with", "by", "at", "from", "as", "which", "who", "that",
                              "could", "should", "may", "might", "can", "did", "does",
                              "last", "next", "this", "earlier", "later", "yesterday", "today",
                              "tomorrow", "again", "also", "now", "then", "too", "since",
                              "after", "before", "during", "until", "while", "when", "where",
                              "because", "but", "nor", "so", "than", "about", "over", "under",
                              "into", "through", "against", "between", "among", "without",
                              "within", "across", "near", "itself", "alone", "only", "looks",
                              "seems", "remains", "faces", "plans", "wants", "needs", "hopes",
                              "expects", "must", "look", "seem", "remain", "face", "rose",
                              "fell", "grew", "won", "lost", "got", "took", "made", "gave"})


# Closed-class words (articles, pronouns, auxiliaries, prepositions, negation, question
# words) that a person's name never holds capitalized: a run of capitals with one is the
# title of a work, a show or a band, or a line of a table ("Subs Not Used"). Not "Than",
# "Then", "Him": parts of Burmese and Korean names ("Hla Than").
_CLOSED_CLASS_WORDS = (
    "The An This That These Those My Your His Her Its Our Their You He She It We They Me "
    "Us Them Is Are Was Were Be Been Do Does Did Have Has Had Not No Nor If When What "
    "Who Whom Which Where Why How About Up Out Off Over Into With From By At To For On In Of "
    "And Or But So Can Could Would Should Must Shall Gonna Gotta Don't Can't Won't "
    "Ain't It's I'm You're We're They're Here There Away Upon")
_CLOSED_CLASS = frozenset(_CLOSED_CLASS_WORDS.split())
# Nouns after a title that make it a newspaper's or a band's name, a body's.
_PRESS_OR_BAND = frozenset({"newspaper", "paper", "magazine", "daily", "tabloid", "weekly",
                            "band", "group"})


_PEOPLE_ENDINGS = ("man", "men", "woman", "women")
_INHABITANT_ENDINGS = ("ers", "rs", "ians", "ns")
_INHABITANT_STEM_MIN = 6  # letters of a place's name not a capital's: not "Hamm[ers]"


def _inhabitant_noun(doc: Doc, start: int, word: str) -> bool:
    """ "the Welshman", "a Dutchman", "Londoners", "Californians": a people's noun, a
    demonym (GUIDELINES 2.1), not "The Scotsman" (a newspaper) nor "Gunners"."""
    if word.endswith(_PEOPLE_ENDINGS):
        stem = word[:-5] if word.endswith(("woman", "women")) else word[:-3]
        return stem in gaz.DEMONYMS and not (  # "in The Scotsman": a title, mid-sentence
            doc.text.endswith("The ", 0, start) and start - 4 not in doc.first_words)
    if not word.endswith(_INHABITANT_ENDINGS) or word in gaz.SURNAMES:
        return False
    for ending in _INHABITANT_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and (stem in gaz.CAPITALS or stem in gaz.COUNTRIES or (
                stem in gaz.PLACES and len(stem) >= _INHABITANT_STEM_MIN)):
            return True
    return False


def _review_by_author(doc: Doc, words: list[str]) -> bool:
    """ "the Stern Review", "the Gershon Review": a report named after its author, a
    surname the lists know or one the article gives a person ("Sir Peter Gershon"); not
    "the Financial Review", "China Review" (publications)."""
    if len(words) != 2 or words[1] != "Review" or gazetteer_kind(words[0]) is not None:
        return False
    if words[0] in gaz.SURNAMES:
        return True
    holder = re.compile(rf"\b(?:Sir|Lord|Lady|Baroness|Dame|Mr|Mrs|Ms|Dr|Professor|[A-Z][a-z]+)"
                        rf"\s+{re.escape(words[0])}\b(?!\s+Review)")
    return any(found.group().split()[0] in _AUTHOR_TITLES
               or found.group().split()[0] in gaz.FIRST_NAMES
               for found in holder.finditer(doc.text))


_AUTHOR_TITLES = frozenset({"Sir", "Lord", "Lady", "Baroness", "Dame", "Mr", "Mrs", "Ms", "Dr",
                            "Professor"})


def _maker_first(words: list[str]) -> bool:
    """Whether words guessed a person's name open with a known firm's name and no given
    name or title follows it ("Sony Walkman", "Fiat Auto"; not "Tories Ken Clarke",
    "Labour MPs", "Dell Curry")."""
    first = words[0]
    if first in gaz.FIRST_NAMES or first in gaz.SURNAMES or words[1] in gaz.FIRST_NAMES:
        return False
    hit = gazetteer_kind(first)
    return hit is not None and hit[0] == "organization" and not any(
        is_title_head(word) or word[:2].isupper() for word in words[1:])


# Words after a firm's name and a word that make the two a unit of the firm's: "the Fiat
# Powertrain plant".
_BODY_AFTER = frozenset({"plant", "plants", "factory", "factories", "unit", "units", "division",
                         "arm", "subsidiary", "works", "site", "sites", "office", "offices",
                         "operation", "operations", "business", "staff", "workers", "chief",
                         "boss", "executive", "spokesman", "spokeswoman", "shares", "head"})
# Determiners before a firm's thing ("the Sony Walkman", "a Dell Optiplex").
_THING_DETERMINERS = frozenset({"the", "The", "a", "A", "an", "An", "its", "their", "his", "her"})
# Nouns after a firm's thing: "the Kodak Brownie camera", "a Microsoft Word document".
_GOODS_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?(?:cars?|models?|crossovers?|sedans?|saloons?|hatchbacks?|pickups?"
    r"|trucks?|vans?|suvs?|phones?|handsets?|smartphones?|cameras?|consoles?|chips?"
    r"|processors?|laptops?|computers?|players?|documents?|files?|software|games?|devices?"
    r"|tablets?|engines?|jets?|aircraft|planes?|models?|range|brand|service)\b")


def _firms_product(doc: Doc, toks: list[Token], words: list[str]) -> bool:
    """Whether a known firm's name and the words after it name the firm's product, not a
    unit of the firm: a model code or a coined word in the rest ("Volvo S40", "Sony
    PlayStation"), a kind of goods after it ("the Kodak Brownie camera"), or a determiner
    before it, one coined word after the firm's (no everyday word nor name) and no word for
    a body after ("the Honda Accura as", "the Sony Walkman at"; not "the Fiat Powertrain
    plant")."""
    rest = words[1:]
    name = " ".join(words)
    end = toks[-1].end
    possessive, nxt = doc.next_word(end)
    if name in doc.no_actor_abbreviations:
        return True  # the same name read as a product earlier in the article
    if possessive or nxt.lower() in _BODY_AFTER or nxt.lower() in gaz.ORG_CONTEXT \
            or nxt.lower() in _ORG_PLURAL_SET or gazetteer_kind(" ".join(rest)) is not None:
        return False  # "the Fiat Powertrain plant", "Sony Ericsson"
    product = any(is_camel(word) or any(ch.isdigit() for ch in word) for word in rest) \
        or _GOODS_AFTER.match(doc.text, end) is not None \
        or doc.prev_word(toks[0].start) in _THING_DETERMINERS and len(rest) == 1 \
        and rest[0].lower() not in gaz.COMMON_WORDS and rest[0] not in gaz.SURNAMES \
        and rest[0] not in gaz.FIRST_NAMES
    if product:
        doc.no_actor_abbreviations.add(name)
        if len(rest) == 1:
            doc.no_actor_abbreviations.add(rest[0])  # "any Word document" after it
    return product


def _closed_class_word(words: list[str]) -> bool:
    """Whether a closed-class word stands capitalized among the words, not as anyone's name
    ("He", "So", "Will" are names too); "A" only at the end ("Pool A") or before an
    everyday word ("A Little Princess"; not "A Jones" in a team sheet, an initial)."""
    for at, word in enumerate(words):
        if word == "A":
            if at == len(words) - 1 or at == 0 and _everyday(words[1]):
                return True
        elif word in _CLOSED_CLASS and word not in gaz.FIRST_NAMES \
                and word not in gaz.SURNAMES:
            return True
    return False


def _everyday(word: str) -> bool:
    return word.lower() in gaz.COMMON_WORDS and word not in gaz.FIRST_NAMES \
        and word not in gaz.SURNAMES


def _no_persons_name(words: list[str]) -> bool:
    """Words guessed a person's name that cannot be one: a number word last ("Formula
    One"), a closed-class word in capitals ("The Aviator", "Boys Don't Cry"), or three or
    more everyday words none of which is a name ("its own Eat Well Play Well campaign": a
    slogan)."""
    if words[-1].lower() in NUMBER_WORDS or words[-1].lower() in MULTIPLIERS:
        return True
    if _closed_class_word(words):
        return True  # "The Aviator", "Boys Don't Cry", "Not Used", "Making Of": a title
    return len(words) >= 3 and all(
        word.lower() in MID_ORDINARY and word not in gaz.FIRST_NAMES for word in words)



def _known_name(doc: Doc, start: int, end: int, hit: tuple[str, str | None],
                after_title: bool) -> tuple[str, str | None]:
    """(kind, canonical) of a name the gazetteers know, read in its context."""
    kind, canonical = hit
    name = doc.text[start:end]
    if name in gaz.SEATS and not after_title:
        return _seat(doc, start, end, hit)
    if kind == "place" and name in gaz.CAPITALS and not after_title \
            and capital_as_government(doc, start, end):
        return "country", gaz.CAPITALS[name]
    if after_title and kind == "place":
        return "person", None
    if kind == "place" and doc.next_word(end)[1][:1].isdigit() and doc.is_tabular(start):
        # "Chicago 4 HOUSTON 3", "Surrey 429-7": a place in a results table is a team.
        return "organization", None
    return kind, canonical


def _seat(doc: Doc, start: int, end: int, hit: tuple[str, str | None]) -> tuple[str, str | None]:
    """ "the Kremlin said" is Russia acting, "Brussels warned" the European Union; "a visit
    to the Kremlin" is a place (GUIDELINES 2.4)."""
    seated = gaz.SEATS[doc.text[start:end]]
    if capital_as_government(doc, start, end):
        return ("country", seated) if seated in gaz.COUNTRIES else ("organization", seated)
    before = doc.text[max(0, start - 30):start].split()
    if before and before[-1].lower() == "the":
        before.pop()  # "at the Kremlin"
    if before and before[-1].lower() in LOCATIVE:
        return "place", None
    return hit


# Words that make a capital after them a party dealt with (GUIDELINES 2.4: "is addressed"):
# "talks with Beijing", "relations between Moscow and ...", "sanctions on Tehran".
_DEALT_WITH = {
    "with": word_set(
        "talks negotiations deal deals agreement agreements accord pact truce relations ties "
        "dispute disputes row spat feud standoff stand-off tensions dialogue cooperation "
        "negotiate negotiated negotiating agreed signed"),
    "between": word_set(
        "talks negotiations deal agreement accord pact truce relations ties dispute row "
        "tensions"),
    "on": word_set(
        "sanctions tariffs duties pressure curbs restrictions embargo"),
    "against": word_set(
        "sanctions tariffs duties complaint complaints case retaliation measures"),
}


def _dealt_with(doc: Doc, start: int) -> bool:
    """ "a trade deal with Beijing", "relations between Moscow and Kyiv", "sanctions on
    Tehran": the capital is the government dealt with, not a place."""
    head = doc.text[max(0, start - 60):start].split()
    if len(head) >= 3 and head[-1] == "and" and head[-3] == "between":
        head = head[:-2]  # "between Washington and Beijing": Beijing as Washington
    return len(head) >= 2 and head[-2].lower() in _DEALT_WITH.get(head[-1], ())


def capital_as_government(doc: Doc, start: int, end: int) -> bool:
    """ "Beijing announced", "Washington's decision", "Washington and Beijing emphasize",
    "a deal with Beijing"."""
    possessive, nxt = doc.next_word(end)
    if possessive:
        return True
    if _dealt_with(doc, start):
        return True
    if doc.prev_word(start).lower() in LOCATIVE:
        return False
    pos = end
    # Skip a coordinated run of capitals/countries: "Washington and Beijing emphasize".
    for _ in range(3):
        if nxt not in ("and", ","):
            break
        other = CANDIDATE.search(doc.text, pos + len(nxt) + 1, pos + len(nxt) + 40)
        if other is None or doc.text[pos:other.start()].strip() not in ("and", ","):
            break
        pos = other.end()
        possessive, nxt = doc.next_word(pos)
        if possessive:
            return True
    return nxt.lower() in ACTION_VERBS or nxt.lower() in STEPS_TAKEN \
        or (nxt.islower() and len(nxt) > 4 and nxt.endswith("ed"))



_CHARGE_ENDINGS = frozenset({"Fee", "Charge"})
# Last words of the names of talks, declarations and targets ("the Shangri-La Dialogue",
# "the Sustainable Development Goals"): events and documents, with the name before them.
_EVENT_ENDINGS = frozenset(line.strip() for line in read_text("actor_no_actor_endings.txt")
                           .splitlines() if line.strip() and not line.startswith("#"))


# Words of a list's end that may close a body's portfolio ("Commission for Development and
# Reform", "Institute for Fiscal Policy"), where a law's or a plan's name ends as well.
_PORTFOLIO_ENDINGS = frozenset({"Reform", "Reforms", "Policy", "Strategy", "Strategies"})
_PORTFOLIO_OPENING = re.compile(r"\b(\w+) (?:of|for|on) ")


def _portfolio_of_a_body(name: str, last: str) -> bool:
    """ "Beijing Municipal Commission for Development and Reform", "Department for Business,
    Enterprise and Regulatory Reform": a body's head and its portfolio, which ends in a word
    a plan's name ends in as well (not "Bank of England Act", "Plan for Reform")."""
    if last not in _PORTFOLIO_ENDINGS:
        return False
    opening = _PORTFOLIO_OPENING.search(name)
    return opening is not None and opening.group(1) in gaz.ORG_HEADS


def _names_no_actor(name: str, words: list[str]) -> bool:
    """An event, law or award ("World Cup"), a people ("Chinese") or a title alone; a
    product, a regional adjective or a policy phrase of the lists ("Instagram" of
    "WhatsApp and Instagram users", which `not_names` asked of the whole run only)."""
    last = words[-1]
    if last in gaz.MISC_WORDS and not _portfolio_of_a_body(name, last) \
            or name in gaz.DEMONYMS or name in gaz.GROUP_WORDS \
            or name in AGREEMENT_INITIALS:  # "revoke PNTR for China": cut from a longer run
        return True
    if name in gaz.CONCEPT_PHRASES or name in gaz.REGIONAL_WORDS:
        return True
    if last in _EVENT_ENDINGS and len(words) > 1:
        return True  # "Raisina Dialogue", "Hiroshima Action Statement" (not "Goal" alone)
    if last in _CHARGE_ENDINGS and len(words) > 1:
        return True  # "Core Technology Fee" (but "Fee" alone may be a surname)
    if last == "Credit" and len(words) > 1 and words[-2] in gaz.MISC_WORDS:
        return True  # "Working Tax Credit" (not "Gimme Credit", a research firm)
    if pact_name(words):
        return True  # "Trans-Pacific Partnership", cut from "... Agreement for ..."
    parts = name.split("-")
    if len(parts) > 1 and parts[-1] in gaz.DEMONYMS and all(
            part in gaz.DEMONYMS or part in _COMBINING_FORMS for part in parts[:-1]):
        return True  # "Anglo-Swedish", "Franco-German": an adjective of two peoples
    # A title alone: "Foreign Minister".
    return is_title_head(last) and all(
        word in gaz.TITLE_MODIFIERS or is_title_head(word) for word in words)


# Tails of a describing word that only a body takes: "London-listed", "state-owned" (not
# "-born", "-educated": persons').
_BODY_DESCRIBED = frozenset({"based", "listed", "owned", "held", "registered", "headquartered",
                             "controlled", "funded", "financed", "operated", "backed"})


def _body_described(prev: str, words: list[str]) -> bool:
    """Whether the word before the name describes a body: "London-listed Zentrix",
    "state-owned Norsk Kraft"; "-based" only after a place and before one word ("US-based
    Alistair Cragg" is an athlete, "oat-based Cheerios" a cereal)."""
    head, dash, tail = prev.rpartition("-")
    if not dash or not head or tail not in _BODY_DESCRIBED or words[0] in gaz.FIRST_NAMES:
        return False
    return tail != "based" or len(words) == 1 and head[:1].isupper()  # (not "oat-based")


def _traders_plural(word: str) -> bool:
    """ "Jewellers", "Exporters", "Brewers": the plural of an agent noun of an everyday word
    ("jewel", "export", "brew") that is nobody's surname (not "Summers", "Sellers") or given
    name."""
    if len(word) <= 5 or not word.endswith("ers") or not word[1:].islower() \
            or word in gaz.SURNAMES or word in gaz.FIRST_NAMES:
        return False
    return gaz.common_stem(word[:-3].lower())  # ("jeweller", "blogger")


def surname_after_name(words: list[str]) -> bool:
    """ "Tony Banks", "Charlotte Church", "Mr Banks", "Labour MP Tony Banks": a given name or
    an honorific before a common surname that is a body's word too names a person (not
    "The Christian Church")."""
    return words[-1] in _SURNAMES_AND_BODY_WORDS and words[0] != "The" \
        and (words[-2] in _AUTHOR_TITLES or words[-2] in gaz.FIRST_NAMES
             and gazetteer_kind(words[-2]) is None)  # (not "China Steel", "Jordan Press")


# Body words that are common surnames (not "Council", "Bank", "Post", "Church": "Brent
# Council", "Sterling Bank", "Washington Post", "Christian Church" are bodies).
_SURNAMES_AND_BODY_WORDS = frozenset({"Banks", "Press", "Steel"})


# First parts of compounds of peoples: "Anglo-Dutch", "Sino-Russian".
_COMBINING_FORMS = frozenset({"Anglo", "Franco", "Sino", "Indo", "Russo", "Italo", "Austro",
                              "Greco", "Afro", "Euro", "Turco", "Hispano", "Luso", "Germano",
                              "Nippo", "Serbo", "Judeo", "Arabo", "Irano", "Swiss"})
_PLACE_NOUN_OF = re.compile(r"\b(?:city|town|village|port|province|region|district|county"
                            r"|capital|island|state|suburb|municipality)\s+of\s+$")


def _clear_kind(doc: Doc, toks: list[Token], words: list[str], name: str,
                prev: str) -> str | None:
    """The kind the name's own words or the word before it make clear, if they do."""
    first, last = words[0], words[-1]
    several = len(words) > 1
    if several and (last in gaz.ORG_WORDS or first in gaz.ORG_WORDS
                    or last.rstrip(".") in gaz.ORG_WORDS) \
            and not (prev.lower() != "the" and surname_after_name(words)):
        return "organization"
    if several and head_before_of(toks):
        return "organization"  # "Export-Import Bank of Korea", "National Institute of X"
    if several and first not in gaz.FIRST_NAMES and _traders_plural(last):
        return "organization"  # "Suvarna Jewellers", "Lotus Exporters": a trade's firm
    if demonym_firm(words):
        return "organization"  # "British Gas", "Irish Ferries": a firm of that trade
    if several and first in PLACE_HEADS and name.count(" of ") == 1:
        return "place"
    if several and last in gaz.PLACE_SUFFIXES and (first not in gaz.FIRST_NAMES
                                                   or first.lower() in gaz.COMMON_WORDS
                                                   or len(words) > 2):
        # "Liberty Square", "Harbour Street": squares, streets, buildings; after a given
        # name too when two more words go before the suffix ("Mary Ann Vey Bridge"; not
        # "Wayne Bridge", a person)
        return "place"
    if several and first in _PLACE_FIRST_WORDS:
        return "place"  # "Cape Verlaine", "Place de la Gare", "Palais des Arts": no person
    if several and first == "County":
        return "place"  # "County Durham", "County Cork"
    if several and gaz.german_trade_word(last) and first not in gaz.FIRST_NAMES:
        return "organization"  # "Weidmann Antriebe", "Kessel Sensortechnik": a German
        # firm's name, its trade one compound word
    if any(word in gaz.COMPANY_WORDS for word in words) or any("&" in tok.word for tok in toks):
        # "Deutsche Boerse", "Parmalat Finanziaria", "Marsh & McLennan", "H&M": a firm's.
        return "organization"
    if _body_described(prev, words):
        return "organization"  # "London-based Xstrata", "Privately-held Kessel Group"
    if prev in gaz.ORG_CONTEXT or prev in _ORG_PLURAL_SET:
        # "engineering group Jarvis", "US insurer Marsh", "Cognac makers Hennessy"
        return "organization"
    if prev in gaz.ORG_CONTEXT_UNLESS_NAMED and first not in gaz.FIRST_NAMES \
            and not _post_after(doc, toks[-1].end):
        return "organization"  # "market researcher Counterpoint", "analysts Gartner"
    if prev in _LIST_WORDS and _listed_after_org_noun(doc, toks[0].start) \
            and words[-1].rpartition("-")[2] not in gaz.DEMONYMS:  # "Anglo-Swedish drug"
        # "companies such as JSR and Stella Chemifa", "shares of Remy Cointreau and ..."
        return "organization"
    if prev.lower() in gaz.PERSON_CONTEXT and not is_acronym(first):
        return "person"
    if prev.lower() != "the" and _post_after(doc, toks[-1].end) and not is_acronym(first):
        # "Bambang Gatot Ariyono, the director general of minerals, said" (not "writing in
        # the Daily Telegraph, the prime minister conceded": a person has no article)
        return "person"
    if prev.endswith(",") and is_title_head(prev[:-1].capitalize()) \
            and doc.next_word(toks[-1].end)[1] == "," and not is_acronym(first) \
            and not doc.prev_word(toks[0].start - len(prev) - 1).endswith(","):
        # "Japan's trade minister, Takeo Hiranuma, said": an apposition (not a list of
        # names, "Hill, King, Lewsey, Moody")
        return "person"
    if prev == "of" and _PLACE_NOUN_OF.search(doc.text, max(0, toks[0].start - 24),
                                              toks[0].start) \
            and not doc.next_word(toks[-1].end)[0]:  # not "the state of Acme's finances"
        return "place"  # "the eastern city of Andijan", "the port of Tartus"
    return None


# A run of capitalized words ending right before " of ": "Anna Berg of", "Mr Berg of".
_NAME_BEFORE_OF = re.compile(r"([A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*){1,2}[ \t]+of[ \t]+$")
_NAME_BEFORE_OF_REACH = 60


def _persons_name_before_of(doc: Doc, start: int) -> bool:
    """Whether a person's name (a given name or an honorific, then a surname) stands right
    before the "of" before `start`: what follows it is where the person works or comes
    from, not another person ("said Anna Berg of Aegean Bulk")."""
    found = _NAME_BEFORE_OF.search(doc.text, max(0, start - _NAME_BEFORE_OF_REACH), start)
    if found is None:
        return False
    first = found.group(1).rstrip(".")
    return first in gaz.FIRST_NAMES and gazetteer_kind(first) is None \
        or first in ("Mr", "Mrs", "Ms", "Dr")


def head_before_of(toks: list[Token]) -> bool:
    """Whether a word that heads a body's name ("Bank", "Institute") stands right before
    "of" or "for" inside the name: "Savings Bank of Korea" names a bank whatever the place
    after it (a first word that heads one is read above)."""
    return any((tok.word in gaz.ORG_WORDS or tok.word in HEADS_BEFORE_OF)
               and toks[at + 1].word in ("of", "for") for at, tok in enumerate(toks[1:-1], 1))


# A post only a person holds, in an apposition right after a name.
_PERSON_POSTS = frozenset({
    "director", "minister", "secretary", "president", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "spokesperson", "governor", "ambassador", "envoy", "commissioner",
    "mayor", "senator", "prosecutor", "judge", "professor", "economist", "analyst",
    "negotiator", "director-general", "secretary-general", "vice-president"})
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+((?:[a-z][\w'’-]*\s+){0,3}"
                               r"[a-z][\w'’-]*)")


def _post_after(doc: Doc, end: int) -> bool:
    """Whether an apposition right after the name gives a post only a person holds
    (", the director general of minerals", ", a senior economist at")."""
    found = _APPOSITION_AFTER.match(doc.text, end)
    return found is not None and any(word in _PERSON_POSTS for word in found.group(1).split())


def _listed_after_org_noun(doc: Doc, start: int) -> bool:
    """Whether the name at `start` is one of a list that "companies such as", "firms
    including" or "carmakers like" opens: every one of them is a company."""
    window = doc.text[max(0, start - _LIST_REACH):start]
    if window.isascii() and not any(word in window.lower() for word in _LIST_OPENERS):
        return False  # (the pattern, tried at every character, only where it may match)
    found = _ORG_LIST.search(window)
    return found is not None and _LIST_REST.fullmatch(window, found.end()) is not None


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# Initials of a place ("Buffalo, N.Y."), not of a first name.
_PLACE_INITIALS = frozenset({"N.Y.", "N.J.", "D.C.", "N.C.", "S.C.", "N.H.", "N.M.", "N.D.",
                             "S.D.", "R.I.", "U.S.", "U.K.", "U.N.", "E.U.", "L.A.", "S.F."})


def _several_words_kind(toks: list[Token], words: list[str]) -> tuple[str, int]:
    """(kind, strength) of an unknown name of several words."""
    first, last = words[0], words[-1]
    if any(word in gaz.LANDFORMS for word in words[1:]) and last not in gaz.ORG_WORDS:
        # a landform after the first word makes a place, not a person's name ("Pearl River
        # Delta": "Pearl" is a given name) nor a body's ("Mekong River Delta": "Delta" is a
        # Nigerian state too); a body's word at the end makes a body ("Mekong River
        # Commission")
        return "place", GUESS
    if first in gaz.FIRST_NAMES and first.lower() not in ORDINARY and not (
            gazetteer_kind(first) is not None and is_common_noun(last)):
        # "Asia Pacific Economic Co-operation" is no Asia.
        return "person", SURE
    if len(first) == 2 and first.endswith("."):  # "J. Smith"
        return "person", SURE
    if _INITIALS.fullmatch(first) and first not in _PLACE_INITIALS \
            and gazetteer_kind(first) is None \
            and gazetteer_kind(first.replace(".", "")) is None \
            and last not in gaz.ORG_WORDS and not is_common_noun(last):
        return "person", GUESS  # "B.V. Krishna Rao", "J.K. Rowling"
    if any(tok.word in PARTICLES for tok in toks):
        return "person", GUESS
    if len(words) == 2 and first in gaz.FIRST_NAMES and last in gaz.SURNAMES \
            and last not in gaz.COUNTRIES and last not in gaz.CAPITALS \
            and last.lower() not in gaz.COMMON_WORDS:
        # "Peter Lund": a given name that is a word too and a surname that is a town too
        # name a person (not "James Bay")
        return "person", GUESS
    if any(word in gaz.COUNTRIES or word in gaz.PLACES or word in gaz.CAPITALS
           for word in words):
        return "organization", GUESS
    if any(is_acronym(word) for word in words):
        return "organization", GUESS
    if (first not in gaz.FIRST_NAMES or gazetteer_kind(first) is not None) \
            and first.lower() not in PARTICLES and is_common_noun(last):
        # "Grey Global", "Flight International": no first name in front and an everyday
        # word where the surname would be make a body's name, not a person's.
        return "organization", GUESS
    if last in _SITE_HEADS and first not in gaz.FIRST_NAMES:
        return "place", GUESS  # "Croke Park", "Liberty Square", "the Opera House"
    return "person", GUESS


# First words of the names of capes, mountains, lakes, forts, squares and palaces, in
# English and French, that no person's name opens with ("Mount Kenya", "Fort Worth",
# "Place Vendome", "Palais Bourbon"); a body's word at the end still makes a body ("Port
# Authority", read before).
_PLACE_FIRST_WORDS = frozenset({"Cape", "Mount", "Lake", "Fort", "Place", "Palais", "Piazza",
                                "Plaza", "Rue", "Quai", "Avenida", "Praca"})
# Last words of the names of buildings and sites that are nobody's surname: a name ending
# in one is no person's, even after a given name ("Ethel Barrymore Theatre", "Williams Ave.").
# Last words of places' names that are surnames too: a place only without a given name
# before them.
_PLACE_LAST_WORDS = frozenset({"Park", "Garden", "Dome", "Valley", "Island", "Islands",
                               "Street", "Tower", "Towers", "Square", "Bridge", "Green", "House",
                               "Terminal"})
_BUILDINGS = frozenset({"Airport", "Ave", "Ave.", "Avenue", "Barracks", "Boulevard", "Blvd.",
                        "Canal", "Capitol", "Cathedral", "Embankment", "Esplanade", "Gardens",
                        "Hotel", "Library", "Mosque", "Palace", "Promenade", "Quay", "Road",
                        "Stadium", "Station", "Theater", "Theatre", "Wharf"})
# Last words of the names of sites: squares, streets, buildings, grounds (not "Wayne
# Bridge": a first name before it keeps a person).
_SITE_HEADS = frozenset({"Park", "Square", "Street", "Road", "Avenue", "Lane", "Boulevard",
                         "Stadium", "Arena", "Palace", "Hall", "House", "Tower", "Bridge",
                         "Centre", "Center", "Airport", "Station", "Castle", "Cathedral",
                         "Abbey", "Gardens", "Plaza"})


# Words before a place's name ("to Pila in Poland"); not "at", which a firm follows as
# often ("an analyst at Zentrix in Japan").
_TO_A_PLACE = frozenset({"to", "in", "near", "outside", "into", "across", "towards"})
_COUNTRY_AFTER = re.compile(r"(?:\s+in\s+|\s*,\s*)(?:the\s+)?"
                            r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)")


def _in_a_country_after(doc: Doc, end: int) -> bool:
    """Whether "in <country>" or ", <country>" follows the name ending at `end`."""
    after = _COUNTRY_AFTER.match(doc.text, end)
    if after is None:
        return False
    words = after.group(1).rstrip(".").split()
    for size in (len(words), 1):
        hit = gazetteer_kind(" ".join(words[:size]))
        if hit is not None and hit[0] == "country":
            return True
    return False


def _one_word_kind(doc: Doc, end: int, word: str, prev: str) -> str:
    """The kind of a single unknown capitalized word: a guess from its shape and context."""
    _, nxt = doc.next_word(end)
    if is_acronym(word) or is_camel(word):
        return "organization"
    if prev.lower() in _TO_A_PLACE and _in_a_country_after(doc, end):
        return "place"  # "move production to Pila in Poland", "a plant in Zorvik, Norway"
    if prev in NOT_PERSON_BEFORE:
        # "an analyst at Nomura told": people are not "at" or "in" anything.
        return "organization"
    if prev.lower() == "the" and is_everyday_word(word):
        return "organization"  # "The House is expected to take up the measure"
    if nxt in PERSON_VERBS:
        return "person"
    if word in gaz.SURNAMES or word in gaz.FIRST_NAMES or _post_in_apposition(doc, end):
        return "person"  # (", the agency's chief veterinarian,": a post is a person's)
    return "organization"


# An apposition right after a name that ends in a post: ", Japan's chief trade negotiator,",
# ", the agency's chief inspector." (its last word before the closing mark).
_APPOSITION_POST = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[A-Z]\w*-based\s+)?"
                              r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:'s|’s)\s+"
                              r"|[a-z]+(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                              r"([a-z][\w-]*)\s*(?:,|\.|;|$|(?=(?:at|with|of|for)\s+(?:the\s+)?"
                              r"[A-Z]))")
# (a post and its employer: ", an aviation consultant with the Centre for ...")


# An apposition right after a name that says what firm or body it is: ", one of Poland's
# biggest pork processors,", ", a Brazilian steelmaker," (its last word before the mark,
# no phrase between: not ", the godfather of the group,").
_BODY_APPOSITION = re.compile(r",\s+(?:one\s+of\s+)?(?:the|a|an|another|its|their"
                              r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s)\s+"
                              r"(?:(?!(?:of|for|at|in|to|with|on|from|by)\s)[\w-]+\s+){0,4}?"
                              r"([a-z][\w-]*)\s*(?:,|\.|;|$)")


def _body_in_apposition(doc: Doc, end: int) -> bool:
    """Whether a comma right after the name opens an apposition that ends in a firm's or a
    body's noun ("processors", "steelmaker"): the name is an organization's."""
    if doc.text[end:end + 1] != ",":
        return False
    found = _BODY_APPOSITION.match(doc.text, end, end + _APPOSITION_REACH)
    if found is None:
        return False
    noun = found.group(1)
    return noun in gaz.ORG_CONTEXT or noun.endswith("s") and noun[:-1] in gaz.ORG_CONTEXT


def demonym_firm(words: list[str]) -> bool:
    """ "Scottish Power", "British Gas", "Irish Ferries": a demonym and a trade's noun, one
    firm's name (the cutter keeps the demonym in it; the name is a body's)."""
    return len(words) == 2 and words[1] in gaz.TRADE_WORDS and words[0] in gaz.DEMONYMS


def _post_in_apposition(doc: Doc, end: int) -> bool:
    """Whether a comma right after the name opens an apposition ending in a post's word:
    the name is a person's, whatever its words look like."""
    if doc.text[end:end + 1] != ",":
        return False
    found = _APPOSITION_POST.match(doc.text, end, end + _APPOSITION_REACH)
    return found is not None and is_title_head(found.group(1).capitalize())


_APPOSITION_REACH = 90
