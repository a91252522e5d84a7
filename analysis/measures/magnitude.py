"""How big a measure is: "25%", "$50bn", "23 firms", "a 90-day" truce.

Every figure in the sentence is a candidate; each trigger takes the nearest one of a kind
that fits its type (a tariff a percentage, a sanction a count), unless another trigger that
takes that kind stands nearer to it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .article import Found

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                 "thirty|forty|fifty|sixty|ninety|hundred|dozens of|hundreds of|thousands of")
_CURRENCIES = ("dollars|euros|euro|pounds|yuan|yen|rupees|rand|pesos|rupiah|won|roubles|rubles"
               "|crowns|francs|kronor|krona|kroner|lira|dinars|dirhams|riyals|ringgit|baht|zloty|forints"
               "|reais|renminbi|shekels|naira|shillings")
# What a count counts: "23 firms", "74 more vessels".
COUNT_UNITS = ("firms", "companies", "entities", "individuals", "people", "banks", "products",
               "items", "goods", "vessels", "tankers", "ships", "officials", "tonnes", "tons",
               "barrels", "organisations", "organizations", "chipmakers", "businesses",
               "categories", "lines", "sectors", "countries", "nations", "apps", "subsidiaries",
               "persons", "oligarchs", "vehicles", "cars")
_MAGNITUDE = re.compile(
    r"(?P<pct>\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b))"
    r"|(?P<money>(?:US|A|C|HK)?[$€£¥]\s?\d(?:[\d,.]*\d)?(?:\s?(?:bn|billion|m|million|tn|trillion|k)\b)?"
    r"|\b\d[\d,.]*\s?(?:bn|billion|m|million|trillion|tn)\s(?:" + _CURRENCIES + r")\b)"
    r"|(?P<digit>\b(?:single|double|triple|quadruple|two|three)-digit\b)"
    r"|(?P<dur>\b(?:\d+|" + _NUMBER_WORDS + r")-(?:day|week|month|year)(?:-long)?\b"
    r"|(?:(?<=\bfor )|(?<=\bby )|(?<=\bby another )|(?<=\bfor another )|(?<=\ba further )"
    r"|(?<=\banother ))(?:\d+|an?|" + _NUMBER_WORDS
    + r") (?:days?|weeks?|months?|years?)\b)"
    r"|(?P<count>\b(?:\d(?:[\d,.]*\d)?|" + _NUMBER_WORDS
    + r")\s(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s){0,2}?"
    r"(?P<unit>" + "|".join(COUNT_UNITS) + r")\b)"
)
_SCALES = frozenset({"million", "billion", "thousand", "hundred", "trillion"})
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TO_BEFORE = re.compile(r"\bto\s+(?:up\s+to\s+)?$")
_TO_AFTER = re.compile(r"\s+to\s+\S*\d")
# Which magnitude kinds fit which measure types, in order of preference.
_MAGNITUDE_FIT = {
    "tariff": ("pct", "digit", "money"), "trade_defence": ("pct", "digit", "money"),
    "quota": ("count", "pct", "money"), "agreement": ("dur", "money", "pct"),
    "export_control": ("count", "money", "pct"), "import_ban": ("count", "money"),
    "sanction": ("count", "money"), "investment_restriction": ("pct", "count", "money"),
    "subsidy": ("money", "pct"), "investigation": ("count", "money"),
    "other": ("pct", "money", "count", "digit"),
}
# How far from its trigger (in characters) a figure may stand.
_MAGNITUDE_REACH = 90


class _Figure(NamedTuple):
    start: int
    end: int
    kind: str  # "pct", "money", "digit", "dur" or "count"
    value: str  # as the measure shows it: "25%", "23 firms"
    new_level: bool  # after "to": "halve its 150% duty to 75%" sets 75%
    moved: int  # where the clause of a verb of movement before it starts, else -1


# "imports surged by more than 500%": how much something moved, no measure's size (unless
# the measure itself moved: "the duty rose by 10%").
_MOVED_BY = re.compile(r"\b(?:surged|soared|rose|risen|fell|fallen|jumped|grew|grown|climbed"
                       r"|dropped|declined|slumped|plunged|tumbled|slid)\s+(?:by\s+)?"
                       r"(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|some\s+)?$")
_MOVED_REACH = 40  # characters back from a figure to the verb of movement
# What opens the clause of such a verb: "after imports jumped 40%".
_CLAUSE_OPENING = re.compile(r"\b(?:after|when|as|because|while|since|but|and|that|which|"
                             r"before|though|although|if)\b|[,;:(]")
_SUBJECT_REACH = 60  # characters back from the verb to the clause's opening


def pick_magnitudes(start: int, end: int, found: list[Found], text: str) -> None:
    """Give each trigger of the sentence `text[start:end]` its magnitude, if one fits."""
    figures = _figures(text, start, end)
    used: set[int] = set()
    for trigger in found:
        best = _nearest_fitting(trigger, found, figures, used)
        if best is not None:
            used.add(best)
            trigger.magnitude = figures[best].value
            trigger.concrete = True


def _figures(text: str, start: int, end: int) -> list[_Figure]:
    """The figures of `text[start:end]`, save an old level in "from 30% to 29%": the size
    a measure sets is the new one."""
    out = []
    for figure in _MAGNITUDE.finditer(text, start, end):
        if _FROM_BEFORE.search(text, max(start, figure.start() - 6), figure.start()) and \
                _TO_AFTER.match(text, figure.end()):
            continue
        kind = figure.lastgroup if figure.lastgroup != "unit" else "count"
        if kind == "count" and _THE_BEFORE.search(text, max(start, figure.start() - 5),
                                                  figure.start()):
            continue  # "the four countries shut their airspace": the parties named again,
            # not a size
        if kind == "count":
            words = figure.group("count").split()
            # (a scale word is the count's: "1 million tonnes", "2.5 billion barrels")
            scale = f" {words[1]}" if len(words) > 2 and words[1] in _SCALES else ""
            value = f"{words[0]}{scale} {figure.group('unit')}"
        elif kind == "pct":
            value = re.sub(r"\s?(?:per ?cent|percent)$", "%", figure.group()).replace(" %", "%")
        else:
            value = figure.group()
        new_level = _TO_BEFORE.search(text, max(start, figure.start() - 9), figure.start())
        moved = _MOVED_BY.search(text, max(start, figure.start() - _MOVED_REACH),
                                 figure.start())
        clause = -1
        if moved is not None:
            clause = max(start, moved.start() - _SUBJECT_REACH)
            for opening in _CLAUSE_OPENING.finditer(text, clause, moved.start()):
                clause = opening.end()
        out.append(_Figure(figure.start(), figure.end(), kind or "", value, bool(new_level),
                           clause))
    return out


def _distance(trigger: Found, figure: _Figure) -> int:
    """Characters between a trigger and a figure (negative when they overlap)."""
    if figure.end <= trigger.start:
        return trigger.start - figure.end
    return figure.start - trigger.end


def _nearest_fitting(trigger: Found, found: list[Found], figures: list[_Figure],
                     used: set[int]) -> int | None:
    """The unused figure that fits the trigger's type best and stands nearest."""
    fit = _MAGNITUDE_FIT.get(trigger.type, ())
    if trigger.action in ("extend", "delay"):
        fit = ("dur", *fit)
    best: tuple[tuple[int, bool, int], int] | None = None
    for index, figure in enumerate(figures):
        if index in used or figure.kind not in fit:
            continue
        distance = _distance(trigger, figure)
        if distance > _MAGNITUDE_REACH:
            continue
        if figure.moved >= 0 and not figure.moved <= trigger.start < figure.start:
            continue  # "when imports surged by more than 500%": not the quota's size
        # Nearer another trigger that takes this kind: it is that trigger's.
        if any(other is not trigger and figure.kind in _MAGNITUDE_FIT.get(other.type, ())
               and _distance(other, figure) < distance for other in found):
            continue
        # The level a change sets ("to 75%") before any other of its kind.
        key = (fit.index(figure.kind), not (figure.new_level and figure.end > trigger.end),
               max(distance, 0))
        if best is None or key < best[0]:
            best = (key, index)
    return best[1] if best else None
