"""The temporal tagger's lexicon: words from `data/timex_lexicon.json` and regex fragments."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_DATA = Path(__file__).with_name("data") / "timex_lexicon.json"


def _load() -> dict[str, Any]:
    with _DATA.open(encoding="utf-8") as fh:
        return json.load(fh)


LEX: dict[str, Any] = _load()

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


def alt(words: list[str] | dict[str, Any], *, period: bool = False) -> str:
    """A non-capturing alternation of `words` as a prefix tree, spaces matching any white space.

    A tree ("j(?:an(?:uary)?|u(?:ne|ly))") rather than a flat list keeps the regex engine from
    trying every word at every position; longer words are still preferred. With `period`,
    short words (abbreviations) may be followed by a period.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        for form in ([word, word + "."] if period and len(word) <= 5 else [word]):
            node = trie
            for ch in form:
                node = node.setdefault(ch, {})
            node[""] = {}
    return "(?:" + _emit(trie) + ")"


def _emit(node: dict[str, Any]) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def norm(s: str) -> str:
    """Lower case, single-spaced, no trailing period: the key form of a lexicon word."""
    return " ".join(s.lower().split()).rstrip(".")


_UNITS_SORTED = sorted(NUMBER_WORDS.items(), key=lambda kv: -len(kv[0]))
_TOKEN = re.compile(r"[a-z]+|\d+/\d+|\d+(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    """The number a phrase names: "24", "2 1/2", "twenty four", "a hundred thirty", "a couple of".

    None when the phrase names no definite number ("several", "a few").
    """
    s = norm(text).replace("-", " ").replace(",", "")
    if s in COUPLE_COUNTS:
        return COUPLE_COUNTS[s]
    total = 0.0
    current = 0.0
    seen = False
    for tok in _TOKEN.findall(s):
        if tok[0].isdigit():
            if "/" in tok:
                num, den = tok.split("/")
                current += int(num) / int(den) if int(den) else 0
            else:
                current += float(tok)
            seen = True
        elif tok == "one" or (tok in ("a", "an") and s in ("a", "an")):
            current += 1
            seen = True
        elif tok in ("a", "an"):
            continue
        elif tok == "half":
            current += 0.5
            seen = True
        elif tok in NUMBER_WORDS:
            current += NUMBER_WORDS[tok]
            seen = True
        elif tok in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[tok]
            if MULTIPLIERS[tok] >= 1000:
                total += current
                current = 0
            seen = True
        elif tok in ("and", "of"):
            continue
        else:
            return None
    return total + current if seen else None


def spelled_year(text: str) -> int | None:
    """A year read aloud: "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    s = norm(text).replace("-", " ")
    words = s.split()
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(w for w in words[2:] if w != "and")) if words[2:] else 0
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
