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


def test_a_capital_dealt_with_is_its_government():
    """GUIDELINES 2.4: a capital is the government when it is addressed: the other side of
    talks, a deal or relations, or what sanctions are laid on; a place where one goes."""
    found = _actors("Chile signed a trade agreement with Beijing on Monday. Relations between "
                    "Washington and Moscow have soured, and the EU imposed sanctions on Tehran.")
    for name in ("China", "United States", "Russia", "Iran"):
        assert found[name][0] == "country", name
    assert not {"Beijing", "Washington", "Moscow", "Tehran"} & set(found)
    assert _actors("The minister flew to Beijing with his wife.")["Beijing"][0] == "place"
    assert "Beijing" in _actors("He studied with Beijing teachers.")


def test_the_capital_dealt_with_is_the_deals_other_side():
    found = analyze("The Commerce Department negotiated a deal with Moscow that caps imports "
                    "of Russian steel.", dt.date(2025, 1, 1)).measures
    deal = next(m for m in found if m.type == "agreement")
    assert deal.imposer == "Commerce Department" and deal.targets == ["Russia"]
