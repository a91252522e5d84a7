"""Rules of the twenty-eighth session, on invented sentences (GUIDELINES.md 4.5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2005-02-10") -> list[tuple]:
    found = analyze(text, dt.date.fromisoformat(published))
    return [(m.type, m.action, m.imposer, m.targets) for m in found.measures]


# --- a time phrase opening the sentence with no comma: the name after it is the subject -----

def test_a_year_before_the_subject_does_not_make_it_an_object():
    assert _records("In 2004 Japan banned imports of Canadian beef.") == [
        ("import_ban", "impose", "Japan", ["Canada"])]


def test_a_month_and_year_before_the_subject_with_an_irregular_verb():
    assert _records("In October 2001 the Securities and Exchange Commission began an "
                    "investigation into Enron.") == [
        ("investigation", "investigate", "Securities and Exchange Commission", ["Enron"])]


def test_a_year_before_a_name_inside_a_phrase_keeps_it_an_object():
    # "in 2004" closes a phrase about sales; no subject follows it, no measure is laid
    assert _records("Sales of cars in 2004 rose by 5%, Japan's carmakers said.") == []
    assert _records("Exports to Japan in 2004 fell after the crisis.") == []


# --- a state's or a city's own office holder acts for it --------------------------------

def test_a_state_attorney_general_investigating_acts_for_the_state():
    assert _records("New York attorney general Eliot Spitzer is investigating Marsh & "
                    "McLennan.") == [
        ("investigation", "investigate", "New York", ["Marsh & McLennan"])]
    assert _records("Ohio Attorney General Jim Petro has subpoenaed Marsh & McLennan.") == [
        ("investigation", "investigate", "Ohio", ["Marsh & McLennan"])]


def test_a_private_lawyer_of_a_place_is_no_public_body():
    assert _records("New York lawyer John Smith is investigating Marsh & McLennan.") == []


# --- states named together with a past verb: a step taken, not a standing measure -------

def test_states_named_together_with_an_irregular_past_take_a_step():
    records = _records("Britain and Canada froze the assets of the bank on Tuesday.")
    assert [(t, a) for t, a, _, _ in records] == [("sanction", "impose")]


def test_states_named_together_with_the_plain_present_keep_a_measure():
    records = _records("Austria, France and Greece ban the import of GM maize.")
    assert [(t, a) for t, a, _, _ in records] == [("import_ban", "maintain")]


# --- what a bill brought "to" do is put forward, not laid --------------------------------

def test_a_bill_introduced_to_ban_is_a_proposal():
    assert _records("Two senators introduced a bill to ban imports of Chinese-made drones.",
                    "2024-06-18")[0][:2] == ("import_ban", "propose")
    assert _records("The ministry unveiled a proposal to ban imports of products made with "
                    "forced labour.", "2024-06-18")[0][:2] == ("import_ban", "propose")


def test_a_bill_passed_to_ban_is_left_as_laid():
    assert _records("Congress approved legislation to ban imports of Russian oil.",
                    "2024-06-18")[0][:2] == ("import_ban", "impose")
