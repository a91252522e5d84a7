"""Measure types of the thirty-second session, on invented sentences (GUIDELINES.md 4.3): a
tax on foreigners who pay it (buyers, banks, workers) is a new tax (`other`), a tax on
goods from abroad a tariff."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _types(text: str) -> list[tuple[str, str]]:
    found = analyze(text, dt.date(2016, 8, 1))
    return [(m.type, m.action) for m in found.measures]


def test_a_tax_on_foreign_payers_is_a_tax():
    assert _types("Hungary imposed a 15% tax on foreign home buyers.") == [("other", "impose")]
    assert _types("Poland imposed a special tax on foreign banks.") == [("other", "impose")]
    assert _types("Hungary imposed a levy on foreign companies.") == [("other", "impose")]


def test_a_tax_on_foreign_goods_stays_a_tariff():
    assert _types("Hungary imposed a tax on foreign goods.") == [("tariff", "impose")]
    assert _types("Hungary imposed a duty on foreign cars.") == [("tariff", "impose")]
    assert _types("Hungary imposed a 5% tax on imported cars.") == [("tariff", "impose")]
