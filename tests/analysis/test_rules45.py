"""Rules of the forty-fifth session, on invented sentences (GUIDELINES.md 3, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _measures(text: str, published: str = "2024-08-01") -> list:
    return analyze(text, dt.date.fromisoformat(published)).measures


def _records(text: str, published: str = "2024-08-01") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer) for m in _measures(text, published)]


def test_who_complained_does_not_open_the_probe():
    # GUIDELINES 4.5: the party after "a complaint by" asked for the step; the subject
    # opens the probe
    assert _records("The Tariff Board began its investigation in March after a complaint by"
                    " the Wire Rope Makers Guild.") == [
        ("investigation", "investigate", "Tariff Board")]
    # the complaint itself is still its filer's
    assert ("investigation", "investigate", "Chile") in _records(
        "Chile's complaint by letter aside, the WTO opened a case after a complaint by Chile"
        " against Peruvian sugar subsidies.")


def test_a_review_of_a_plan_to_buy_into_a_firm():
    # GUIDELINES 4.3 investigation: a security or competition review of a party's bid,
    # told as its plan or offer; the bidder is what the review weighs
    measures = _measures("In May, the Competition Bureau opened a review of a plan by"
                         " Calgary-based Ridgeline Partners to buy a 35% stake in Tamarack"
                         " Pipelines.")
    assert [(m.type, m.action, m.imposer, m.targets) for m in measures] == [
        ("investigation", "investigate", "Competition Bureau", ["Ridgeline Partners"])]
    measures = _measures("The Foreign Investment Review Board has begun a review of an offer"
                         " by Japan's Hoshino Metals for 60 percent of Kestrel Nickel.")
    assert [(m.imposer, m.targets) for m in measures] == [
        ("Foreign Investment Review Board", ["Hoshino Metals"])]
    # a plan that is no purchase is no probe of a party
    assert _records("The Competition Bureau opened a review of a plan by consultants to"
                    " simplify its forms.") == []


def test_who_bids_does_not_review_the_takeover():
    # GUIDELINES 4.5: "the takeover of X by Y": Y bids; the reviewer is the subject
    assert _records("The Foreign Investment Review Board said it would review the takeover"
                    " of Kestrel Nickel by Hoshino Metals.") == [
        ("investigation", "investigate", "Foreign Investment Review Board")]
