"""The table of which timex rules can begin at which start is rebuilt from the rules as
they are now and must equal analysis/data/timex_starts.json: a rule or lexicon change
that forgets `python scripts/build_timex_starts.py` fails here."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType

from newsdesk.analysis.datafiles import read_text
from newsdesk.analysis.sentences import split_sentences
from newsdesk.analysis.timex import patterns, tag_times, tagger

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_timex_starts", ROOT / "scripts" / "build_timex_starts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_stored_table_is_the_one_the_rules_give() -> None:
    script = _script()
    assert read_text("timex_starts.json") == script.render(script.build_table())


def test_the_tagger_uses_the_table() -> None:
    """A stale fingerprint would silently turn the table off (same output, slower)."""
    assert patterns.RULES_BY_START["the g"] == ()
    words = {word for word in patterns.STARTERS if word[0].isalpha()}  # "1st" starts at "1"
    assert set(patterns.RULES_BY_START) >= {*words, *"0123456789"}


def test_a_rule_left_out_by_the_table_cannot_match_there() -> None:
    """Each start's rules are all that can match: trying every rule finds the same."""
    text = ("The talks resumed on Tuesday, March 4, 2025 at 10:30 GMT, three weeks after the "
            "first round, and the 1990s-era deal ends the following year; every other week "
            "until the end of the second quarter, the same day a year ago, in the spring '98. "
            "At 5 pm, 12.5% of the 2,000 staff, 10/12/2024, 1630 GMT, the 21st century, 3 "
            "times a day, 2q 2004, the 2024-25 financial year, the coming days, mid-2010.")
    lowered = text.lower()
    for starter in patterns.START.finditer(lowered):
        start = starter.start()
        every = next((name for name in patterns.ALL_RULES
                      if patterns.RULES[name].match(lowered, start)), None)
        first = tagger._first_match(lowered, start, starter.group(1))[0] or None
        assert first == every, lowered[start:start + 30]
    assert tag_times(text, split_sentences(text), dt.date(2025, 3, 1))


def test_longer_keys_narrow_the_rules() -> None:
    """A digit's longer key lists only rules of the key it extends."""
    table = patterns.RULES_BY_START
    for key, rules in table.items():
        if not key[0].isdigit() or len(key) < 2:
            continue
        shorter = key[:-1]
        while shorter and shorter not in table:
            shorter = shorter[:-1]
        assert shorter, key  # a digit's own key is always there
        assert set(rules) <= set(table[shorter]), key
    assert table["the co"] != table["the c"]
    assert any(len(rules) < len(table[key[0]]) for key, rules in table.items()
               if key[:1].isdigit() and len(key) > 1)  # a digit's longer keys narrow
