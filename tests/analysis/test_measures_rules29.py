"""Rules of the twenty-ninth session, on invented sentences (GUIDELINES.md 4.3)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _types(text: str, published: str = "2024-03-10") -> list[tuple[str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(m.type, m.action) for m in found.measures]


# --- a licence is typed by the flow it is for ----------------------------------------------

def test_licences_required_from_a_date_for_exports_are_an_export_control():
    assert _types("South Korea said licences will be required from Sept. 1 for exports of "
                  "some advanced welding robots.") == [("export_control", "impose")]
    assert _types("Vietnam announced that licences would be required for exports of rare "
                  "timber from July.") == [("export_control", "impose")]


def test_import_licences_restrict_imports():
    assert _types("Indonesia will require import licences for steel and aluminium.") == [
        ("import_ban", "impose")]
    assert _types("Egypt imposed a licensing requirement for imports of laptops and "
                  "tablets.") == [("import_ban", "impose")]


def test_other_licences_keep_their_type():
    # a licence to broadcast, or one exporters need, is not a curb on imports
    assert _types("The regulator granted Zentrix Media a licence to broadcast in the "
                  "capital.") == [("other", "impose")]
    assert _types("Taiwan will require licences for shipments of drones to Russia.") == [
        ("export_control", "impose")]


def test_import_licence_rules_are_one_curb_on_imports():
    assert _types("India eased its import licence rules for laptops.") == [("import_ban", "ease")]
    assert _types("Japan will tighten its export licence rules for chipmaking tools.") == [
        ("export_control", "impose")]


# --- sanctions named as "measures against" a state ------------------------------------------

def _records(text: str, published: str = "2024-03-10") -> list[tuple]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(m.type, m.action, m.imposer, m.targets) for m in found.measures]


def test_a_package_of_measures_against_a_state_is_sanctions():
    assert _records("EU ministers adopted a 21st package of measures against Belarus on "
                    "Monday.") == [("sanction", "impose", "European Union", ["Belarus"])]
    assert _records("Brussels is preparing new measures against Iran over its drone "
                    "exports.") == [("sanction", "propose", "European Union", ["Iran"])]


def test_measures_against_no_state_or_a_states_firms_are_not_sanctions():
    assert _records("The government announced measures against inflation.") == []
    assert _records("Officials urged the Commission to prepare measures against US "
                    "technology companies.") == []


def test_a_remedy_or_a_reply_against_a_state_keeps_its_own_type():
    assert _types("China announced retaliatory measures against Canada.") == [
        ("other", "impose")]
    assert _types("The EU adopted anti-dumping measures against China.") == [
        ("trade_defence", "impose")]


# --- a rate told in the present as moving to a level on a day is due then ------------------

def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(d.date, d.text) for d in found.deadlines]


def test_a_duty_rising_to_a_level_on_a_day_is_a_deadline_looked_for_forward():
    # (published in January: the April to come, not the one before)
    assert _deadlines("The duty on imported motorcycles rises to 15% on 1 April.",
                      "2019-01-08") == [("2019-04-01", "1 April")]


def test_a_second_level_with_its_verb_gapped_has_its_own_day():
    assert _deadlines("Duties on Korean steel rise to 10% on 1 May and to 25% on 1 August.",
                      "2019-01-08") == [("2019-05-01", "1 May"), ("2019-08-01", "1 August")]


def test_a_level_reached_in_the_past_or_by_no_measure_is_no_deadline():
    assert _deadlines("The duty on imported motorcycles rose to 15% on 1 April.",
                      "2019-06-08") == []
    assert _deadlines("Inflation rises to 3% in May, economists say.", "2019-01-08") == []
