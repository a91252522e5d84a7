"""Corrections survive re-analysis and notes re-anchor after the text changes."""

from __future__ import annotations

from newsdesk.analysis.model import Findings
from newsdesk.store.anchor import anchor, quote_selector
from newsdesk.store.corrections import apply_corrections, finding_key
from newsdesk.store.records import Correction


def _findings() -> Findings:
    return Findings.from_json({
        "actors": [
            {"name": "Ursula von der Leyen", "kind": "person", "role": "President",
             "affiliation": "European Union", "mentions": [{"start": 0, "end": 20,
                                                            "text": "Ursula von der Leyen"}]},
            {"name": "von der Leyen", "kind": "person", "role": None, "affiliation": None,
             "mentions": [{"start": 90, "end": 103, "text": "von der Leyen"}]},
            {"name": "Brussels", "kind": "place", "role": None, "affiliation": None,
             "mentions": [{"start": 40, "end": 48, "text": "Brussels"}]},
        ],
        "times": [],
        "measures": [
            {"type": "tariff", "action": "impose", "imposer": "European Union",
             "targets": ["China"], "magnitude": "38%", "start": 0, "end": 60, "text": "A"},
            {"type": "subsidy", "action": "impose", "imposer": "China", "targets": [],
             "magnitude": None, "start": 61, "end": 120, "text": "B"},
        ],
        "deadlines": [{"date": "2024-11-04", "what": "duties confirmed", "start": 70,
                       "end": 80, "text": "4 November", "measure": 1}],
    })


def _c(n: int, kind: str, target: dict, changes: dict | None = None) -> Correction:
    return Correction(id=f"c{n}", article_id="a1", kind=kind, target=target,
                      changes=changes or {}, created=f"2025-01-01T00:00:0{n}")


def test_reject_survives_fresh_findings_and_remaps_deadlines():
    rejected = _c(1, "reject", finding_key(_findings().measures[0]))
    out = apply_corrections(_findings(), [rejected])
    assert [m.type for m in out.measures] == ["subsidy"]
    assert out.deadlines[0].measure == 0  # it pointed at the subsidy, now first


def test_reject_of_a_deadlines_measure_unlinks_it():
    out = apply_corrections(_findings(), [_c(1, "reject", finding_key(
        _findings().measures[1]))])
    assert out.deadlines[0].measure is None


def test_edit_then_merge_by_original_name():
    corrections = [
        _c(1, "edit", {"kind": "actor", "name": "Brussels"},
           {"name": "European Commission", "kind": "organization"}),
        _c(2, "merge", {"kind": "actor", "name": "von der Leyen"},
           {"into": "Ursula von der Leyen"}),
    ]
    out = apply_corrections(_findings(), corrections)
    names = [a.name for a in out.actors]
    assert names == ["Ursula von der Leyen", "European Commission"]
    ursula = out.actors[0]
    assert [m.start for m in ursula.mentions] == [0, 90]
    assert "von der Leyen" in ursula.aliases
    assert out.actors[1].kind == "organization" and out.actors[1].corrected


def test_add_and_original_untouched():
    original = _findings()
    added = {"name": "DG Trade", "kind": "organization", "role": None, "affiliation": None,
             "mentions": [{"start": 50, "end": 58, "text": "DG Trade"}]}
    out = apply_corrections(original, [_c(1, "add", {"kind": "actor"}, added)])
    assert out.actors[-1].name == "DG Trade" and out.actors[-1].added
    assert len(original.actors) == 3


def test_anchor_follows_the_quote_when_text_moves():
    old = "Intro. The duties take effect in July. Later, the duties take effect again."
    start = old.index("duties take effect", 10)
    prefix, quote, suffix = quote_selector(old, start, start + len("duties take effect"))
    new = "A new first paragraph was added.\n" + old
    assert anchor(new, quote, prefix, suffix, hint=start) == (start + 33, start + 33 + len(quote))
    # The second occurrence is chosen when its context matches.
    second = old.index("duties take effect", start + 1)
    p2, q2, s2 = quote_selector(old, second, second + len(quote))
    assert anchor(new, q2, p2, s2) == (second + 33, second + 33 + len(q2))


def test_anchor_gone():
    assert anchor("nothing here", "duties", "", "") is None
