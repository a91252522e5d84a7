"""The temporal tagger's lexicon: words from `data/timex_lexicon.json` and regex fragments."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from ..datafiles import load_json
from ..prefix_regex import prefix_regex

LEX: dict[str, Any] = load_json("timex_lexicon.json")

MONTHS: dict[str, int] = LEX["months"]
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(LEX["ambiguous_months"])
WEEKDAYS: dict[str, int] = LEX["weekdays"]
WEEKDAY_ABBREV: frozenset[str] = frozenset(LEX["weekday_abbreviations_need_period"])
SEASONS: dict[str, str] = LEX["seasons"]
PARTS_OF_DAY: dict[str, str] = LEX["parts_of_day"]
CLOCK_WORDS: dict[str, str] = LEX["clock_words"]
NUMBER_WORDS: dict[str, int] = LEX["number_words"]
MULTIPLIERS: dict[str, int] = LEX["number_multipliers"]
VAGUE_COUNTS: list[str] = LEX["vague_counts"]
COUPLE_COUNTS: dict[str, int] = LEX["couple_counts"]
ORDINALS: dict[str, int] = LEX["ordinals"]
UNITS: dict[str, str] = LEX["units"]
SET_ADVERBS: dict[str, str] = LEX["set_adverbs"]
REF_WORDS: dict[str, str] = LEX["ref_words"]
REF_ADJECTIVES: dict[str, str] = LEX["ref_adjectives"]
DEICTIC_DAYS: dict[str, int] = LEX["deictic_days"]
SHIFTS: dict[str, int] = LEX["relative_shifts"]
POSITIONS: dict[str, str] = LEX["position_modifiers"]
APPROX: list[str] = LEX["approx_modifiers"]
HOLIDAYS: dict[str, str] = LEX["holidays"]
TIME_ZONES: list[str] = LEX["time_zones"]


def alt(words: Collection[str], *, period: bool = False) -> str:
    """A non-capturing alternation of `words` as a prefix tree, spaces matching any white space.

    With `period`, short words (abbreviations) may be followed by a period.
    """
    forms = (form for word in set(words)
             for form in ([word, word + "."] if period and len(word) <= 5 else [word]))
    return "(?:" + prefix_regex(forms, _piece) + ")"


def _piece(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def norm(words: str) -> str:
    """Lower case, single-spaced, no trailing period: the key form of a lexicon word."""
    return " ".join(words.lower().split()).rstrip(".")


_TOKEN = re.compile(r"[a-z]+|\d+/\d+|\d+(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    """The number a phrase names: "24", "2 1/2", "twenty four", "a hundred thirty", "a couple of".

    None when the phrase names no definite number ("several", "a few").
    """
    phrase = norm(text).replace("-", " ").replace(",", "")
    if phrase in COUPLE_COUNTS:
        return COUPLE_COUNTS[phrase]
    # "two hundred thirty thousand five": `group` counts up to the next "thousand", which
    # moves it into `total`.
    total = 0.0
    group = 0.0
    seen = False
    for token in _TOKEN.findall(phrase):
        if token in MULTIPLIERS:
            group = (group or 1) * MULTIPLIERS[token]
            if MULTIPLIERS[token] >= 1000:
                total += group
                group = 0
        elif token in ("and", "of") or (token in ("a", "an") and phrase not in ("a", "an")):
            continue
        else:
            value = _token_value(token)
            if value is None:
                return None
            group += value
        seen = True
    return total + group if seen else None


def _token_value(token: str) -> float | None:
    """What one word or figure of a number phrase adds: "24", "1/2", "twenty", "a" alone."""
    if token[0].isdigit():
        if "/" in token:
            numerator, denominator = token.split("/")
            return int(numerator) / int(denominator) if int(denominator) else 0
        return float(token)
    if token in ("one", "a", "an"):
        return 1
    if token == "half":
        return 0.5
    return NUMBER_WORDS.get(token)


def spelled_year(text: str) -> int | None:
    """A year read aloud: "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    words = norm(text).replace("-", " ").split()
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest_words = [word for word in words[2:] if word != "and"]
        rest = parse_number(" ".join(rest_words)) if words[2:] else 0
        return None if rest is None else 2000 + int(rest)
    head = NUMBER_WORDS.get(words[0])
    if head is None or not 10 <= head <= 20:
        return None
    tail_words = words[1:]
    if tail_words[:1] == ["hundred"]:
        tail_words = tail_words[1:]
    tail = parse_number(" ".join(tail_words)) if tail_words else 0
    if tail is None or tail >= 100:
        return None
    return head * 100 + int(tail)
