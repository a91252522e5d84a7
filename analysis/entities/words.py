"""Word lists, patterns and word tests for the entity finder: which capitalized words
are ordinary, titles, demonyms, acronyms, and what the gazetteers call a name.

Everything here is built once at import from `analysis.gazetteer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import gazetteer as gaz


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set."""
    return frozenset(text.split())


def _words(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


# Upper-case letters, Latin-1 and Latin Extended-A included ("Škoda", "Łódź").
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    chr(code) for code in range(0x100, 0x180) if chr(code).isupper()
)
_ABBR = (
    "Mr|Mrs|Ms|Dr|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|"
    "Maj|Prof|Rev|Mme|Mlle|Messrs|Hon|Engr|Atty|Det|Supt|Insp|Brig|Cmdr|Sra|Srta|Smt|"
    "Ave|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|Md|"
    "Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo"
)
# Each alternative opens with a cheap test of what it needs, so that the regex engine does
# not try the abbreviations one by one on every word, and optional parts are written
# "(?:...|)" rather than "(?:...)?" or "*", which cost the engine more on entering.
_TOKEN = (
    rf"(?=[A-Z][a-z]{{0,5}}\.)(?:{_ABBR})\.(?!\w)"  # "Mr.", "Inc.", "Fla."
    rf"|(?=[{_UP}]\.)(?:"
    rf"(?:[{_UP}]\.){{2,}}"  # "U.S.", "U.N."
    rf"|(?:[{_UP}]\.)+[{_UP}](?!\w)"  # "U.S" without its last period
    rf"|[{_UP}]\.(?=[ \t\u00a0]+[{_UP}]))"  # an initial: "J. Smith"
    rf"|(?:(?:al|el)-)?[{_UP}]\w*"  # words, "O'Brien", "AT&T"
    rf"(?:(?=[-&'’])(?:(?:['’](?![sS]\b)|[-&])\w+)+|)"
)
CONNECTORS = frozenset(_words(
    "of the and & for on upon de del della des di da do dos das du la le van von der den ter "
    "bin ibn al y et"
))
_CONN = (r"of[ \t\u00a0]+the|for[ \t\u00a0]+the|of|and|&|for|on|upon|de|del|della|des|di|da|do|"
         r"dos|das|du|la|le|"
         r"van|von|der|den|ter|bin|ibn|al|y|et")
_SEP = r"[ \t\u00a0]+"
# Tokens joined by spaces and connectors. A match glued to the word before it ("eBay",
# "anti-American") is skipped in Python. `candidates` finds the matches in a text faster.
CANDIDATE = re.compile(
    rf"(?=[{_UP}]|[ae]l-)(?:(?:{_TOKEN})"
    rf"(?:{_SEP}(?:(?:{_CONN}){_SEP})*(?=[{_UP}]|[ae]l-[{_UP}])|))+"
)
GLUED_BEFORE = frozenset("'’.&-_")
# The first upper-case letter from a place on: a pattern that opens with a set of
# characters, which the regex engine scans for in a tight loop. CANDIDATE's look-ahead
# gets no such scan: the engine tries the whole pattern at every character.
_CAPITAL = re.compile(rf"[{_UP}]")
# The same in an ASCII text, where a smaller set is quicker to test each character against.
_ASCII_CAPITAL = re.compile(r"[A-Z]")
_ARTICLE_PREFIXES = ("al-", "el-")


def candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of `CANDIDATE.finditer(text)`, found at a fraction of the cost: jump to
    the next capital, then match from it or from the "al-"/"el-" glued before it."""
    pos = 0
    next_capital = _ASCII_CAPITAL if text.isascii() else _CAPITAL
    capital = next_capital.search(text)
    while capital is not None:
        start = capital.start()
        if start - 3 >= pos and text[start - 3:start] in _ARTICLE_PREFIXES:
            start -= 3  # "al-Qaeda": CANDIDATE would have matched from the "a"
        found = CANDIDATE.match(text, start)
        assert found is not None  # every capital opens a match
        yield found
        pos = found.end()
        capital = next_capital.search(text, pos)


WORD = re.compile(r"\S+")
NEXT_WORD = re.compile(r"(['’]s?(?!\w))?[ \t\u00a0]*([\w][\w'’-]*|[^\w\s])?")
WORD_CHAR = re.compile(r"\w")
NUMBER = re.compile(r"(?<!\S)[(.]?\d[\d.,/:-]*\)?(?!\S)")
# Lines with at most a few lower-case letters: the only ones worth counting.
FEW_LOWER_LINE = re.compile(r"^(?:[^a-z\n]*[a-z]){0,6}[^a-z\n]*$", re.M)
DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")

MONTHS_DAYS = frozenset(_words(
    "January February March April May June July August September October November December Jan "
    "Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. "
    "Nov Nov. Dec Dec. Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues "
    "Wed Thu Thur Thurs Fri Sat Sun"
))
# Capitalized words that name no entity wherever they stand.
NEVER = MONTHS_DAYS | frozenset(_words(
    "I I'm I'd I'll I've OK TV God Christmas Easter Ramadan Thanksgiving Halloween Hanukkah "
    "Diwali Passover Internet Web AM PM A.M. P.M. GMT EST EDT BST CET No No. Yes"
))
# Words after which a capital names the place it is, not its government.
LOCATIVE = frozenset(_words(
    "in at to from near outside inside around into across via through toward towards visit "
    "visited visiting visits arrived reached left leaving flew based between of within "
    "throughout"
))
# Verbs that show a capital (or anything) acting: "Beijing announced", "Washington has".
ACTION_VERBS = frozenset(_words(
    "said says say announced announces announce has have had is was will would could should may "
    "might must can cannot did does do wants want wanted insisted insists insist warned warns "
    "warn accused accuses accuse rejected rejects reject imposed imposes impose retaliated "
    "retaliates responded responds respond emphasized emphasize emphasizes emphasised emphasise "
    "emphasises stressed stresses stress urged urges urge plans plan planned agreed agrees "
    "agree denied denies deny claimed claims claim hopes hope hoped sees see saw believes "
    "believe believed argued argues argue threatened threatens threaten demanded demands demand "
    "called calls call expects expect expected added adds launched launches launch decided "
    "decides decide blamed blames blame condemned condemns condemn welcomed welcomes welcome "
    "asked asks ask told tells tell maintains maintain maintained sought seeks seek refused "
    "refuses refuse signed signs sign approved approves approve vowed vows vow pledged pledges "
    "pledge"
))
# Steps a seat takes in a headline's present tense: "Brussels opens probe", "Beijing lifts
# ban".
STEPS_TAKEN = frozenset(_words(
    "opens lifts hits bans extends eases raises cuts slaps scraps blocks curbs fines suspends "
    "delays unveils proposes targets orders probes bars halts restricts tightens hikes doubles "
    "drops approves vetoes sanctions retaliates"
))
PERSON_VERBS = frozenset(_words(
    "said says told added explained noted argued insisted warned wrote asked replied declared "
    "admitted recalled acknowledged stressed complained commented"
))
# Heads of place names that keep "of" inside them ("City of London", "Gulf of Mexico").
PLACE_HEADS = frozenset(_words(
    "City Gulf Bay Strait Straits Sea Isle Island Islands Cape Lake Port Mount Republic Kingdom "
    "Province District Region Sultanate Emirate Principality Federation State Commonwealth "
    "Duchy"
))
PARTICLES = frozenset(_words(
    "de del della des di da do dos das du la le van von der den ter bin ibn al y"
))


ORDINARY = gaz.ORDINARY_WORDS
FUNCTION_WORDS = frozenset(gaz.COMMON_WORDS_BY_RANK[:150])
# Mid-sentence, a capital is strong evidence of a name; only very frequent words that are
# no one's name lose it there ("the Women's final").
MID_ORDINARY = frozenset(
    word for word in gaz.COMMON_WORDS_BY_RANK[:1500]
    if word.capitalize() not in gaz.FIRST_NAMES and word.capitalize() not in gaz.SURNAMES
)


# Endings of plurals of abstract nouns ("Remittances", "Inflows", "Shipments").
_ABSTRACT_PLURALS = ("ances", "ences", "ments", "ations", "itions", "flows", "ities")
_ABSTRACT_MIN = 6


def is_ordinary(word: str, ordinary: frozenset[str]) -> bool:
    """Whether a capitalized word is an ordinary word ("These", "We've") in that position."""
    low = word.lower()
    if low in ordinary:
        return True
    if ordinary is ORDINARY and len(low) > _ABSTRACT_MIN and low.endswith(_ABSTRACT_PLURALS) \
            and word not in gaz.SURNAMES:
        return True  # "Remittances rose 5%", "Inflows were $26 billion": abstract plurals
        # open sentences; no one-word name is one
    for mark in ("'", "’"):
        if mark in low:
            return low.replace("’", "'") in ordinary or low.split(mark)[0] in ordinary
    return False


def caps_lookup(key: str) -> tuple[str, str | None] | None:
    """Gazetteer kind of an UPPER-CASE name ("NEW YORK", "BOSNIA AND HERZEGOVINA", "EU")."""
    for form in (key, key.title(), " ".join(
            word.lower() if word.lower() in CONNECTORS else word
            for word in key.title().split(" "))):
        hit = gazetteer_kind(form)
        if hit is not None:
            if hit[0] == "country" or form.lower() not in ORDINARY:
                return hit
            return None
    return None


def is_acronym(word: str) -> bool:
    """ "WTO", "U.N."."""
    return len(word) > 1 and word.isupper() and word.replace(".", "").isalpha()


def is_camel(word: str) -> bool:
    """"TikTok", "ByteDance": an inner capital not after Mc/Mac/O'."""
    return (
        len(word) > 3 and word[1:].lower() != word[1:] and not word.isupper()
        and not word.startswith(("Mc", "Mac", "O'", "O’", "D'", "al-", "el-"))
        and "-" not in word and "'" not in word and "’" not in word
    )


_PEOPLE_WORDS = frozenset(gaz.DEMONYMS) | gaz.GROUP_WORDS  # one look-up instead of two


# Words that head a body's name only before "of" ("Chambers of Commerce"; "Guy Chambers" is
# a songwriter).
HEADS_BEFORE_OF = frozenset({"Chambers"})


def is_people_word(word: str) -> bool:
    """A demonym or a word for a people, faith or camp: "Chinese", "Kurds", "Moslem"."""
    return word in _PEOPLE_WORDS


# The ends of plural words for people of a trade or a role ("steelmakers", "bondholders").
_TRADE_PLURALS = ("makers", "producers", "exporters", "importers", "growers", "holders",
                  "owners", "traders", "dealers", "sellers", "buyers", "farmers", "miners",
                  "workers", "bailiffs", "lenders", "investors", "consumers", "campaigners",
                  "keepers", "motorists", "shoppers", "commuters", "pensioners")


def is_generic_plural(word: str) -> bool:
    """"Analysts", "Officials", "Automakers": a plural common noun, capitalized; also the
    plural of a word for a kind of firm, rare as it may be ("Chipmakers", "Reinsurers")."""
    low = word.lower()
    if low.endswith("s") and low[:-1] in gaz.ORG_CONTEXT and word not in gaz.SURNAMES:
        return True  # not "Banks" of "Ivy Banks ... Banks said"
    if low.endswith(_TRADE_PLURALS) and word not in gaz.SURNAMES:
        return True  # "Steelmakers", "Shareholders", "Bailiffs": people of a trade
    return (
        low.endswith("s") and low in ORDINARY
        and (low[:-1] in gaz.COMMON_WORDS or low.endswith("es") and low[:-2] in gaz.COMMON_WORDS)
    )


def is_title_head(word: str) -> bool:
    """ "President", "Minister", "Vice-President": the word that carries a title."""
    if word in gaz.TITLE_HEADS:
        return True
    return "-" in word and word.rsplit("-", 1)[1].capitalize() in gaz.TITLE_HEADS


def is_plural_title_head(word: str) -> bool:
    """ "Senators" (of "Senators Charles Schumer and Lindsey Graham")."""
    return word.endswith("s") and word[:-1] in gaz.TITLE_HEADS


def hyphen_non_entity(word: str) -> bool:
    """"US-China", "Paris-based", "Brazilian-born": a compound, not a name."""
    if "-" not in word or word.startswith(("al-", "el-")):
        return False
    parts = word.split("-")
    if any(len(part) > 2 and part.islower() and part in gaz.COMMON_WORDS for part in parts):
        return True
    return all(part in gaz.COUNTRIES or part in gaz.DEMONYMS or part.capitalize() in gaz.DEMONYMS
               or part in _BLOCS_AND_CONTINENTS for part in parts)


# Blocs and continents that pair with a state in a compound ("EU-Russia talks", "joint
# EU-Russian inspections", "the Africa-EU summit", "ASEAN-China trade").
_BLOCS_AND_CONTINENTS = frozenset({"EU", "NATO", "Nato", "ASEAN", "Asean", "UN", "GCC", "OPEC",
                                   "Opec", "AU", "Mercosur", "EAC", "ECOWAS", "Ecowas", "SADC",
                                   "APEC", "Apec", "NAFTA", "Nafta", "EFTA", "Efta", "WTO",
                                   "Africa", "Europe", "Asia", "America", "Arab", "Gulf"})


def _gazetteer_index() -> dict[str, tuple[str, str | None]]:
    """Surface form -> (kind, canonical); countries win over organizations over capitals
    over the public figures of gaz_people.txt ("Bush" is no town in Egypt) over places."""
    place = ("place", None)
    out: dict[str, tuple[str, str | None]] = dict.fromkeys(gaz.PLACES, place)
    out.update(dict.fromkeys(gaz.PEOPLE, ("person", None)))  # named with the year: builder
    out.update(dict.fromkeys(gaz.CAPITALS, place))
    out.update((alias, ("organization", canon)) for alias, canon in gaz.ORGANIZATIONS.items())
    out.update((alias, ("country", canon)) for alias, canon in gaz.COUNTRIES.items())
    return out


_GAZETTEER = _gazetteer_index()
gazetteer_kind = _GAZETTEER.get  # kind and canonical name for an exact surface form


def is_common_noun(word: str) -> bool:
    """An everyday English word of some length that is nobody's first name or surname
    ("Global", "International"; not "Sen", "Woods")."""
    return (len(word) >= 5 and word.lower() in _EVERYDAY and word not in gaz.FIRST_NAMES
            and word not in gaz.SURNAMES)


# The most frequent English words; rarer ones in the list are as often foreign names.
_EVERYDAY = frozenset(gaz.COMMON_WORDS_BY_RANK[:15000])


def is_everyday_word(word: str) -> bool:
    """An everyday English word of some length, surname or not ("House", "Treasury")."""
    return len(word) >= 4 and word.lower() in _EVERYDAY and word not in gaz.FIRST_NAMES


NOT_PERSON_BEFORE = frozenset(("at", "in"))


# What follows a name in a compound that describes something else: "Paris-based".
COMPOUND_TAILS = frozenset({
    "based", "born", "backed", "led", "era", "style", "listed", "owned", "held", "run", "made",
    "sponsored", "funded", "bound", "registered", "controlled", "dominated", "brokered",
    "linked", "type", "wide", "centred", "centered", "focused", "speaking", "level",
    "ruled", "occupied", "built", "produced", "grown", "bred", "educated", "trained",
    "headquartered", "allied", "aligned", "friendly", "oriented", "inspired", "imposed",
    "mediated", "financed", "operated", "supported", "appointed", "installed"})


def described_by(word: str, run_length: int) -> bool:
    """ "Frankfurt-based", "London-listed" in front of a name describe it, they are not in it."""
    if run_length < 2 or "-" not in word or word.startswith(("al-", "el-")):
        return False
    tail = word.rsplit("-", 1)[1]
    return tail.islower() and (tail in gaz.COMMON_WORDS or tail in COMPOUND_TAILS)
