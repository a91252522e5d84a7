"""The word lists of data/deadline_words.json, compiled once into regexes.

The rules ask of a clause: does it state an intent, an expectation or an obligation; does
it name a policy thing or an official body; is it about a meeting, a market or a company.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import load_json
from ..prefix_regex import prefix_regex


def _piece(unit: str) -> str:
    return r"\s+" if unit == " " else re.escape(unit)


def _word_regex(words: list[str]) -> re.Pattern[str]:
    """Any of `words` as whole words, case-insensitive ("export control" with any spacing)."""
    body = prefix_regex((w.lower() for w in words), _piece)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


_NOT_A_MEETING = (r"(?!\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:terms|targets?|conditions"
                  r"|demands|requirements|deadlines?|criteria|standards|obligations"
                  r"|commitments)\b)")


@dataclass(frozen=True, slots=True)
class Words:
    intent: re.Pattern[str]
    expect: re.Pattern[str]
    obligation: re.Pattern[str]
    policy_noun: re.Pattern[str]
    policy_verb: re.Pattern[str]
    official: re.Pattern[str]
    event: re.Pattern[str]
    market: re.Pattern[str]
    company: re.Pattern[str]


@lru_cache(maxsize=1)
def words() -> Words:
    """The compiled lists (read on first use)."""
    data = load_json("deadline_words.json")
    return Words(
        intent=_word_regex(data["intent_verbs"]),
        expect=_word_regex(data["expect_verbs"]),
        obligation=_word_regex(data["obligation_words"]),
        policy_noun=_word_regex(data["policy_nouns"]),
        policy_verb=_word_regex(data["policy_verbs"]),
        official=_word_regex(data["official_subjects"]),
        # "did not meet the terms of the deal": an obligation met, no meeting
        event=re.compile(_word_regex(data["event_words"]).pattern + _NOT_A_MEETING, re.I),
        market=_word_regex(data["market_words"]),
        company=_word_regex(data["company_words"]),
    )
