"""The reader's corrections applied to stored findings; re-analysis never undoes them.

Findings are the `newsdesk analyze` record (a dict). A correction names its finding by a
key that survives re-analysis (an actor by name, a measure by type and evidence
sentence, a deadline by date and text, a time by its span) rather than by list index.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from .records import Correction

KINDS = ("reject", "edit", "merge", "add")
FINDING_LISTS = {"actor": "actors", "measure": "measures", "deadline": "deadlines",
                 "time": "times"}
# What the reader may change, per finding kind.
EDITABLE = {
    "actor": ("name", "kind", "role", "affiliation"),
    "measure": ("type", "action", "imposer", "targets", "magnitude"),
    "deadline": ("date", "what"),
    "time": ("type", "value"),
}


def finding_key(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    """The key a correction uses to name this finding."""
    if kind == "actor":
        return {"kind": "actor", "name": item["name"]}
    if kind == "measure":
        return {"kind": "measure", "type": item["type"], "text": item["text"]}
    if kind == "deadline":
        return {"kind": "deadline", "date": item["date"], "text": item["text"],
                "start": item["start"]}
    if kind == "time":
        return {"kind": "time", "start": item["start"], "end": item["end"]}
    raise ValueError(f"unknown finding kind {kind!r}")


def _matches(kind: str, item: dict[str, Any], target: dict[str, Any]) -> bool:
    key = finding_key(kind, item)
    if kind == "actor":
        # An actor renamed by an earlier correction is still named by its original name.
        return target.get("name") in (item["name"], item.get("original_name"))
    if kind == "measure":
        return target.get("text") == item["text"] and target.get("type") in (
            item["type"], item.get("original_type"))
    return all(target.get(k) == v for k, v in key.items() if k != "kind")


def apply_corrections(findings: dict[str, Any] | None,
                      corrections: Iterable[Correction]) -> dict[str, Any]:
    """Return a copy of the findings with the corrections applied, oldest first.

    Corrected items carry `"corrected": True`; added ones `"added": True`. Deadline
    `measure` indexes are remapped when measures are rejected.
    """
    out = copy.deepcopy(findings) if findings else {}
    for name in FINDING_LISTS.values():
        out.setdefault(name, [])
    measures_before = list(out["measures"])
    for c in sorted(corrections, key=lambda c: (c.created, c.id)):
        kind = c.target.get("kind")
        if kind not in FINDING_LISTS:
            continue
        items: list[dict[str, Any]] = out[FINDING_LISTS[kind]]
        if c.kind == "add":
            added = dict(c.changes)
            added["added"] = True
            items.append(added)
        elif c.kind == "reject":
            items[:] = [it for it in items if not _matches(kind, it, c.target)]
        elif c.kind == "edit":
            for it in items:
                if _matches(kind, it, c.target):
                    _edit(kind, it, c.changes)
        elif c.kind == "merge" and kind == "actor":
            _merge_actors(items, c.target.get("name"), c.changes.get("into"))
    _remap_deadlines(out, measures_before)
    return out


def _edit(kind: str, item: dict[str, Any], changes: dict[str, Any]) -> None:
    if kind == "actor" and "name" in changes:
        item.setdefault("original_name", item["name"])
    if kind == "measure" and "type" in changes:
        item.setdefault("original_type", item["type"])
    for field_name in EDITABLE[kind]:
        if field_name in changes:
            item[field_name] = changes[field_name]
    item["corrected"] = True


def _merge_actors(actors: list[dict[str, Any]], name: str | None, into: str | None) -> None:
    source = next((a for a in actors if name in (a["name"], a.get("original_name"))), None)
    target = next((a for a in actors if into in (a["name"], a.get("original_name"))), None)
    if source is None or target is None or source is target:
        return
    seen = {(m["start"], m["end"]) for m in target["mentions"]}
    target["mentions"] = sorted(
        target["mentions"] + [m for m in source["mentions"] if (m["start"], m["end"]) not in seen],
        key=lambda m: m["start"])
    target.setdefault("aliases", [])
    target["aliases"] = sorted({*target["aliases"], source["name"]})
    target["corrected"] = True
    actors.remove(source)
    # Measures elsewhere name actors by canonical name; they are remapped by the caller's
    # view if needed: the merged name stays an alias of the target.


def _remap_deadlines(out: dict[str, Any], measures_before: list[dict[str, Any]]) -> None:
    position = {id(m): i for i, m in enumerate(out["measures"])}
    for d in out["deadlines"]:
        idx = d.get("measure")
        if isinstance(idx, int) and 0 <= idx < len(measures_before):
            d["measure"] = position.get(id(measures_before[idx]))
        elif idx is not None and not d.get("added"):
            d["measure"] = None
