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


def test_a_ban_on_dealings_with_a_party_is_a_financial_sanction():
    assert _types("The US imposed a ban on transactions with the Central Bank of Iran.") == [
        ("sanction", "impose")]
    assert _types("Russia imposed a ban on all dealings with the bank.") == [
        ("sanction", "impose")]
    assert _types("Russia imposed a ban on Polish meat.") == [("import_ban", "impose")]


def test_a_probe_of_dumped_or_unfairly_subsidised_goods_is_trade_defence():
    assert _types("The Commerce Department is investigating whether Vietnamese shrimp was "
                  "dumped on the US market.") == [("trade_defence", "investigate")]
    assert _types("Canada is investigating whether Chinese solar panels were unfairly "
                  "subsidized.") == [("trade_defence", "investigate")]
    assert _types("The European Commission is investigating whether Ireland gave Apple "
                  "illegal state aid.") == [("investigation", "investigate")]
    assert _types("Police are investigating whether the firm dumped toxic waste in the "
                  "river.") in ([], [("investigation", "investigate")])


def test_duties_after_a_finding_of_illegal_subsidies_are_trade_defence():
    assert ("trade_defence", "impose") in _types(
        "The US imposed duties of up to 200% on Canadian aircraft after ruling that the "
        "maker received illegal subsidies.")


def test_restrictions_on_a_state_alone_are_a_sanction():
    assert _types("The Bush administration introduced even tighter restrictions on Cuba in "
                  "May.") == [("sanction", "impose")]
    assert _types("Washington imposed new curbs on Russia after the invasion.") == [
        ("sanction", "impose")]
    assert _types("The US imposed restrictions on Chinese steel.") == [("import_ban", "impose")]
    assert _types("The US tightened export restrictions on China.") == [
        ("export_control", "impose")]


def test_a_prisoner_s_tariff_is_no_duty():
    assert ("tariff", "ease") not in _types(
        "At present judges can reduce the tariff - the minimum term they must serve - if the "
        "defendant pleads guilty. Murderers who face a 15-year tariff could get five years "
        "knocked off.")
    assert _types("Brazil set a minimum tariff of 10% on imported cars.") == [
        ("tariff", "impose")]


def test_charging_vat_on_goods_is_a_tax():
    assert _types("The government has dropped plans to charge VAT on pasties and sausage "
                  "rolls.") == [("other", "lift")]
    assert _types("Ministers agreed to charge VAT on static caravans at a rate of 5%.") == [
        ("other", "impose")]
    assert _types("Banks charge tax on interest.") == []


def test_a_span_between_a_verb_and_its_object_keeps_the_verb_s_action():
    assert _types("In September the finance ministry extended by five years a "
                  "countervailing duty on welded steel pipes from China.") == [
        ("trade_defence", "extend")]
    assert _types("The EU extended for another six months a ban on Russian steel.") == [
        ("import_ban", "extend")]


def test_capping_the_price_of_russian_oil_is_a_sanction():
    assert _types("European Union governments agreed on Friday to cap the price of Russian "
                  "diesel at $100 a barrel.") == [("sanction", "impose")]
    assert _types("The government will cap the price of diesel at the pump.") == [
        ("other", "impose")]


def test_an_export_market_is_no_export_measure():
    assert _types("The US decision to double its tariffs on foreign steel to 50% in June has "
                  "cut off the largest export market for Canadian mills.") == [
        ("tariff", "impose")]


def test_a_levy_on_money_flows_is_a_tax():
    assert _types("Last October, Brazil tripled to 6 percent a tax on foreign purchases of "
                  "Brazilian bonds.") == [("other", "impose")]
    assert _types("In July Brazil imposed a 1 percent levy on bets against the dollar.") == [
        ("other", "impose")]
    assert _types("Brazil raised to 35% a tariff on imported cars.") == [("tariff", "impose")]
