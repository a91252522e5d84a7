"""The reader's corrections applied to stored findings; re-analysis never undoes them.

A correction names its finding by a key that survives re-analysis (an actor by name, a
measure by type and evidence sentence, a deadline by date and text, a time by its span)
rather than by list index. Applying corrections gives a new `Findings`, the engine's left
as they were; what a correction changed is marked (`corrected`, `added`).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from newsdesk.analysis.model import Actor, Deadline, Finding, Findings, Measure, TimeExpr

from .records import Correction

KINDS = ("reject", "edit", "merge", "add")
FINDING_KINDS = ("actor", "measure", "deadline", "time")
# What the reader may change, per finding kind.
EDITABLE = {
    "actor": ("name", "kind", "role", "affiliation"),
    "measure": ("type", "action", "imposer", "targets", "magnitude"),
    "deadline": ("date", "what"),
    "time": ("type", "value"),
}


def finding_kind(item: Finding) -> str:
    """"actor", "measure", "deadline" or "time"."""
    if isinstance(item, Actor):
        return "actor"
    if isinstance(item, Measure):
        return "measure"
    if isinstance(item, Deadline):
        return "deadline"
    return "time"


def finding_key(item: Finding) -> dict[str, Any]:
    """The key a correction uses to name this finding."""
    if isinstance(item, Actor):
        return {"kind": "actor", "name": item.original_name or item.name}
    if isinstance(item, Measure):
        return {"kind": "measure", "type": item.original_type or item.type, "text": item.text}
    if isinstance(item, Deadline):
        return {"kind": "deadline", "date": item.date, "text": item.text, "start": item.start}
    return {"kind": "time", "start": item.start, "end": item.end}


def field_value(item: Finding, name: str) -> Any:
    """One editable field of a finding, as a correction's `changes` would hold it."""
    value = getattr(item, name)
    return list(value) if isinstance(value, list) else value


def new_finding(kind: str, data: Mapping[str, Any]) -> Finding | None:
    """The finding a reader's `add` correction holds (None for an unknown kind)."""
    if kind == "actor":
        return Actor.from_json(data)
    if kind == "measure":
        return Measure.from_json(data)
    if kind == "deadline":
        return Deadline.from_json(data)
    if kind == "time":
        return TimeExpr.from_json(data)
    return None


def _is_actor(actor: Actor, name: object, kind: object = None) -> bool:
    """Whether `actor` is the one named (and, when given, of that kind): an actor renamed
    by an earlier correction is still named by its original name."""
    return name in (actor.name, actor.original_name) and kind in (None, "", actor.kind)


def _matches(item: Finding, target: Mapping[str, Any]) -> bool:
    if isinstance(item, Actor):
        return _is_actor(item, target.get("name"), target.get("actor_kind"))
    if isinstance(item, Measure):
        return target.get("text") == item.text and target.get("type") in (
            item.type, item.original_type)
    key = finding_key(item)
    return all(target.get(k) == v for k, v in key.items() if k != "kind")


def apply_corrections(findings: Findings | None,
                      corrections: Iterable[Correction]) -> Findings:
    """Findings with the corrections applied, oldest first; `findings` is left as it was.

    Deadline `measure` indexes are remapped when measures are rejected or added.
    """
    # Oldest first; the sort is stable, so corrections made in the same second keep the
    # order the store keeps them in (the order they were made).
    corrections = sorted((c for c in corrections if not c.undone), key=lambda c: c.created)
    out = _own_copy(findings) if findings is not None and corrections else \
        _shallow(findings)
    measures_before = list(out.measures)
    for correction in corrections:
        _apply(out, correction)
    _remap_deadlines(out, measures_before)
    return out


def _own_copy(findings: Findings) -> Findings:
    """A copy the corrections may change: its own actors, measures and deadlines, with
    their own lists. Sentences, times and mentions are frozen, so they are shared (a deep
    copy of every finding took most of a dossier's time at 10,000 articles)."""
    actors = []
    for actor in findings.actors:
        mine = copy.copy(actor)
        mine.mentions, mine.aliases = list(actor.mentions), list(actor.aliases)
        actors.append(mine)
    measures = []
    for measure in findings.measures:
        own = copy.copy(measure)
        own.targets, own.times = list(measure.targets), list(measure.times)
        measures.append(own)
    return Findings(list(findings.sentences), actors, list(findings.times), measures,
                    [copy.copy(deadline) for deadline in findings.deadlines])


def _shallow(findings: Findings | None) -> Findings:
    """A copy sharing the items (nothing will change them) with lists of its own."""
    if findings is None:
        return Findings()
    return Findings(list(findings.sentences), list(findings.actors), list(findings.times),
                    list(findings.measures), list(findings.deadlines))


def _items(findings: Findings, kind: str) -> list[Any]:
    """The findings' list of that kind (any item type: the caller matches by key)."""
    lists: dict[str, list[Any]] = {"actor": findings.actors, "measure": findings.measures,
                                   "deadline": findings.deadlines, "time": findings.times}
    return lists[kind]


def _apply(out: Findings, correction: Correction) -> None:
    kind = correction.target.get("kind")
    if kind not in FINDING_KINDS:
        return
    items = _items(out, kind)
    if correction.kind == "add":
        added = new_finding(kind, correction.changes)
        if isinstance(added, Actor | Measure | Deadline):
            added.added = True
        if added is not None:
            items.append(added)
    elif correction.kind == "reject":
        items[:] = [it for it in items if not _matches(it, correction.target)]
    elif correction.kind == "edit":
        for index, item in enumerate(items):
            if _matches(item, correction.target):
                items[index] = _edited(item, correction.changes)
    elif correction.kind == "merge" and kind == "actor":
        _merge_actors(out.actors, correction.target, correction.changes)


def _edited(item: Finding, changes: Mapping[str, Any]) -> Finding:
    if isinstance(item, TimeExpr):  # frozen: a new one
        return TimeExpr(item.start, item.end, item.text,
                        str(changes.get("type", item.type)), str(changes.get("value", item.value)))
    if isinstance(item, Actor) and "name" in changes and item.original_name is None:
        item.original_name = item.name
    if isinstance(item, Measure) and "type" in changes and item.original_type is None:
        item.original_type = item.type
    for name in EDITABLE[finding_kind(item)]:
        if name in changes:
            value = changes[name]
            setattr(item, name, list(value) if isinstance(value, list) else value)
    item.corrected = True
    return item


def _merge_actors(actors: list[Actor], target_key: Mapping[str, Any],
                  changes: Mapping[str, Any]) -> None:
    """Fold one actor into another (its mentions move, its name becomes an alias); when the
    article does not name the other one, the actor takes its name and kind instead."""
    into, into_kind = changes.get("into"), changes.get("into_kind")
    source = next((a for a in actors
                   if _is_actor(a, target_key.get("name"), target_key.get("actor_kind"))), None)
    target = next((a for a in actors if a is not source and _is_actor(a, into, into_kind)),
                  None)
    if source is None or not isinstance(into, str) or not into:
        return
    if target is None:
        if source.original_name is None:
            source.original_name = source.name
        source.aliases = sorted({*source.aliases, source.name} - {into})
        source.name = into
        if isinstance(into_kind, str) and into_kind:
            source.kind = into_kind
        source.corrected = True
        return
    seen = {m.span for m in target.mentions}
    target.mentions = sorted(target.mentions + [m for m in source.mentions
                                                if m.span not in seen],
                             key=lambda m: m.start)
    target.aliases = sorted({*target.aliases, source.name})
    target.corrected = True
    actors.remove(source)
    # Measures name actors by canonical name; the merged name stays an alias of the target.


def _remap_deadlines(out: Findings, measures_before: list[Measure]) -> None:
    """Point each deadline at its measure's new place (None once the measure is gone)."""
    position = {id(m): i for i, m in enumerate(out.measures)}
    remapped: list[Deadline] = []
    for deadline in out.deadlines:
        index = deadline.measure
        if index is not None and 0 <= index < len(measures_before):
            new = position.get(id(measures_before[index]))
        elif index is not None and not deadline.added:
            new = None
        else:
            new = index
        if new != index:
            deadline = copy.copy(deadline)  # shared with the engine's findings
            deadline.measure = new
        remapped.append(deadline)
    out.deadlines = remapped
