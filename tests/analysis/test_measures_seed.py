"""The shipped seed article stays complete: its eight measures with their type, action,
imposer and targets, through the whole engine (the measures stage reads what the actor
stage finds, so this guards the stages together)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsdesk.analysis.engine import analyze
from newsdesk.store.importer import read_path

SEED = Path(__file__).resolve().parents[2] / "seeds" / "madrid-trade-talks.md"

EXPECTED = {
    ("tariff", "maintain", "United States", "China"),
    ("agreement", "extend", "United States", "China"),
    ("tariff", "ease", "United States", "China"),
    ("export_control", "ease", "China", "United States"),
    ("investment_restriction", "impose", "United States", "ByteDance"),
    ("trade_defence", "investigate", "Ministry of Commerce", "United States"),
    ("investigation", "investigate", "Ministry of Commerce", "United States"),
    ("export_control", "impose", "United States", "China"),
}


def test_the_seed_keeps_its_eight_measures():
    seed = read_path(SEED)[0]
    assert seed.published is not None
    findings = analyze(seed.text, dt.date.fromisoformat(seed.published))
    found = {(m.type, m.action, m.imposer, target)
             for m in findings.measures for target in m.targets}
    assert found >= EXPECTED, EXPECTED - found
    assert len(findings.measures) == len(EXPECTED)
    assert all(m.why and m.why.startswith("measure.") for m in findings.measures)
