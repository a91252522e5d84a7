"""Rules of the thirty-seventh session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2019-01-08") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_state_that_agreed_to_act_gave_its_word_to_another_party():
    # GUIDELINES 4.3 agreement: a joint commitment; the state is the side reported from
    assert _records("The quarrel over chip rebates was settled after Beijing agreed to phase"
                    " out the rebates.") == [("agreement", "impose", "China")]
    assert _records("Chile agreed in 2004 to open its dairy market gradually under the"
                    " over ten years.") == [("agreement", "impose", "Chile")]
    # beside the step it holds
    assert ("agreement", "impose", "Norway") in _records(
        "Norway has agreed to suspend its complaint at the World Trade Organization.")


def test_no_agreement_from_a_person_a_firm_ministers_or_a_relative_clause():
    assert ("agreement", "impose", "Peru") not in _records(
        "Importers pay lower duties under the scheme, which Peru has agreed to phase out by"
        " July 2018.")
    assert ("agreement", "impose", "United States") not in _records(
        "President Ann Carter on Monday agreed to pause her tariffs on Mexican steel.")
    assert _records("Halvorsen Foods agreed to sell its dairy unit to a rival.") == []
    assert _records("EU ministers agreed to meet again in March.") == []


def test_a_step_a_state_agreed_to_lay_on_others_or_to_weigh_is_no_agreement():
    # "agreed to impose duties" is the body deciding, no word given to another party
    assert [t for t, _, _ in _records(
        "Norway has agreed to impose anti-dumping duties on leather shoes from Peru.")] == [
        "trade_defence"]
    assert [t for t, _, _ in _records(
        "Canada agreed to extend its sanctions on Belarus for another year.")] == ["sanction"]
    # agreeing to weigh or talk something over commits a state to nothing
    assert _records("Chile agreed to consider the request from Peru.") == []
