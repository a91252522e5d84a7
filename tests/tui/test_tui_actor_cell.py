"""The actors pane's name cell: role and affiliation under the name, each said once."""

from __future__ import annotations

from newsdesk.analysis.model import Actor
from newsdesk.tui.panes.actors import name_cell


def test_an_affiliation_the_role_already_names_is_not_said_twice():
    analyst = Actor("Mark Ellis", "person", role="senior steel analyst at Brookfield Metals",
                    affiliation="Brookfield Metals")
    assert name_cell(analyst).plain == "Mark Ellis\nsenior steel analyst at Brookfield Metals"


def test_an_affiliation_the_role_does_not_name_follows_it():
    minister = Actor("Paul Harlow", "person", role="Trade Minister", affiliation="Vietnam")
    assert name_cell(minister).plain == "Paul Harlow\nTrade Minister, Vietnam"
    body = Actor("Trade Ministry", "organization", affiliation="Thailand")
    assert name_cell(body).plain == "Trade Ministry\nThailand"
