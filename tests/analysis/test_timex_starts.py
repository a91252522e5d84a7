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
from newsdesk.analysis.timex import patterns, tag_times

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
    assert set(patterns.RULES_BY_START) >= {*patterns.STARTERS, *"0123456789"}


def test_a_rule_left_out_by_the_table_cannot_match_there() -> None:
    """Each start's rules are all that can match: trying every rule finds the same."""
    text = ("The talks resumed on Tuesday, March 4, 2025 at 10:30 GMT, three weeks after the "
            "first round, and the 1990s-era deal ends the following year; every other week "
            "until the end of the second quarter, the same day a year ago, in the spring '98.")
    lowered = text.lower()
    for starter in patterns.START.finditer(lowered):
        start = starter.start()
        every = next((name for name in patterns.ALL_RULES
                      if patterns.RULES[name].match(lowered, start)), None)
        listed = patterns.RULES_BY_START.get(starter.group(1), patterns.ALL_RULES)
        after = start + len(starter.group(1))
        if lowered[after:after + 1] == " ":
            listed = patterns.RULES_BY_START.get(lowered[start:after + 2], listed)
        first = next((name for name in listed if patterns.RULES[name].match(lowered, start)),
                     None)
        assert first == every, lowered[start:start + 30]
    assert tag_times(text, split_sentences(text), dt.date(2025, 3, 1))
