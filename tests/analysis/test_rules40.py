"""Rules of the fortieth session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2024-05-02") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_measure_kept_past_an_aside_of_examples():
    # GUIDELINES 4.2: background in force is recorded with its own action (maintain)
    assert _records("A 20 percent safeguard duty on imports of tiles from countries with which"
                    " Peru has no trade pact, including Brazil, Chile and Spain, will remain in"
                    " force until the end of June, Deputy Trade Minister Ana Quispe said.") == [
        ("trade_defence", "maintain", "Peru")]
    assert _records("Tariffs on steel from several countries, notably Turkey and Vietnam, will"
                    " stay in place until June, Peru's trade ministry said.")[0][:2] == (
        "tariff", "maintain")


def test_a_duty_laid_on_a_class_named_with_what_it_deals_in():
    # GUIDELINES 4.3 other: a law placing duties on a class of bodies
    assert _records("Foreign owners of farmland must also register their holdings with the"
                    " Kenya Revenue Authority by December 31, the Kenyan government"
                    " said.") == [("other", "impose", "Kenya")]
    assert _records("NAIROBI, May 2 (Reuters) - Companies that obtain a mining licence must"
                    " employ at least 40 local staff within a year, the Kenyan government"
                    " said.") == [("other", "impose", "Kenya")]
    assert _records("Firms operating the two biggest gas fields will have to hand 60% of their"
                    " output to the state from January 1, Bolivia's government said.") == [
        ("other", "impose", "Bolivia")]
    # a rule in lower case that the duty is laid under
    assert _records("Tobacco companies must sell cigarettes in plain packets under the new"
                    " plain packaging law, Kenya's health ministry said.")[0][:2] == (
        "other", "impose")


def test_a_dateline_names_the_state_of_a_duty_no_one_is_told_to_lay():
    assert _records("LIMA, May 2 (Reuters) - Importers must register every shipment from"
                    " March 1.") == [("other", "impose", "Peru")]
    # the dateline's city is no imposer when the government is told
    assert _records("MINSK - Importers must register every shipment from March 1, the"
                    " Belarusian government said.") == [("other", "impose", "Belarus")]


def test_a_name_ending_in_s_is_no_class_of_bodies():
    # GUIDELINES 4.1: an ultimatum to a state is no duty laid on a class
    assert ("other", "impose", "Belarus") not in _records(
        '"Belarus must return the stolen oil by Friday," Russian Economy Minister Viktor'
        " Solntsev told reporters in Moscow.")
    assert _records("Cyprus must cut its deficit by 2026 under the new rules.") == []
