"""A state's name or initials before one of its ministries or agencies is a mention of the
state, not part of the body's name (GUIDELINES.md 2.3, 2.4): "the US Commerce Department"
is the Commerce Department, affiliated to the United States."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.affiliation) for a in analyze(text, dt.date(2025, 1, 1)).actors}


def test_a_states_initials_before_its_ministry_name_the_state_not_the_body():
    found = _actors("The US Commerce Department added 13 firms to its list. The U.S. Treasury "
                    "Department and the UK Home Office said they agreed.")
    assert found["Commerce Department"] == ("organization", "United States")
    assert found["Treasury Department"] == ("organization", "United States")
    assert found["Home Office"] == ("organization", "United Kingdom")
    assert not any(name.startswith(("US ", "U.S. ", "UK ")) for name in found)


def test_names_a_state_or_its_people_begin_stay_whole():
    found = _actors("British Airways, US Steel and the Chinese Academy of Sciences signed the "
                    "deal at the US Embassy.")
    assert {"British Airways", "Chinese Academy of Sciences"} <= set(found)
    assert "Embassy" not in found and "Airways" not in found and "Steel" not in found
    # an agency named after its state may be a body of its own
    assert "US Anti-Doping Agency" in _actors("Jones is under investigation by the US "
                                               "Anti-Doping Agency.")
