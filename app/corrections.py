"""The reader's corrections as a list they can read, undo, redo and delete.

Undo marks the latest correction undone (it stays, to be redone, but applies to nothing);
redo brings back the one undone last; a new correction drops what was undone, as an
editor's history does. The workstation and `newsdesk corrections` share all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdesk.analysis.text import one_line, shorten
from newsdesk.store.db import Store
from newsdesk.store.errors import UnknownRecord
from newsdesk.store.notes import new_correction
from newsdesk.store.records import Correction

from .clock import stamp

EVERY_ARTICLE = "every article"


@dataclass(frozen=True, slots=True)
class CorrectionEntry:
    """One correction as the list shows it."""

    correction: Correction
    scope: str  # "this article" (with the title beside it) or "every article"
    article_title: str  # "" for a correction of every article
    what: str  # "merge actor “Trump” into “Donald Trump”"

    @property
    def id(self) -> str:
        return self.correction.id

    @property
    def undone(self) -> bool:
        return bool(self.correction.undone)

    def to_json(self) -> dict[str, Any]:
        c = self.correction
        return {"id": c.id, "kind": c.kind, "finding": c.target.get("kind"),
                "scope": "article" if c.article_id else "all", "article_id": c.article_id,
                "article_title": self.article_title or None, "what": self.what,
                "target": c.target, "changes": c.changes, "created": c.created,
                "undone": c.undone or None}


def _quoted(value: object) -> str:
    return f"“{shorten(one_line(value), 61)}”"


def _named(target: dict[str, Any]) -> str:
    """How the corrected finding is named: an actor by name, a measure by type and words."""
    kind = str(target.get("kind") or "finding")
    if kind == "actor":
        return f"actor {_quoted(target.get('name'))}"
    if kind == "measure":
        return f"{target.get('type') or 'measure'} measure {_quoted(target.get('text'))}"
    if kind == "deadline":
        return f"deadline {target.get('date') or '?'} ({_quoted(target.get('text'))})"
    return f"{kind} at {target.get('start')}-{target.get('end')}"


def _shown(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value or "")


def describe(correction: Correction) -> str:
    """The correction in one line of the reader's words."""
    changes = correction.changes
    if correction.kind == "merge":
        return f"merge {_named(correction.target)} into {_quoted(changes.get('into'))}"
    if correction.kind == "reject":
        return f"reject {_named(correction.target)}"
    if correction.kind == "edit":
        edits = ", ".join(f"{name} → {_quoted(_shown(value))}" for name, value in changes.items())
        return f"edit {_named(correction.target)}: {edits}"
    kind = correction.target.get("kind") or "finding"
    label = changes.get("name") or changes.get("date") or changes.get("type") or ""
    return f"add {kind} {_quoted(label)}" if label else f"add {kind}"


def entries(store: Store) -> list[CorrectionEntry]:
    """Every correction, newest first, each with its scope and what it does."""
    titles = {row.id: row.title for row in store.list_articles()}
    out = []
    ordered = sorted(store.corrections(), key=lambda c: c.created)  # stable: store order
    for c in reversed(ordered):
        title = titles.get(c.article_id, "") if c.article_id else ""
        out.append(CorrectionEntry(c, "this article" if c.article_id else EVERY_ARTICLE,
                                   title, describe(c)))
    return out


def _active(store: Store) -> list[Correction]:
    """Applied corrections, oldest first (stable: within a second, the store's order,
    which is the order they were made)."""
    return sorted((c for c in store.corrections() if not c.undone), key=lambda c: c.created)


def _undone(store: Store) -> list[Correction]:
    """Undone corrections, undone first first (within a second, the order of undoing is
    the reverse of the store's order, since undo takes the latest)."""
    undone = [c for c in store.corrections() if c.undone]
    undone.reverse()
    return sorted(undone, key=lambda c: c.undone)


def add(store: Store, article_id: str | None, kind: str, target: dict[str, Any],
        changes: dict[str, Any]) -> Correction:
    """Save a new correction (ValueError if it is not valid); what was undone is dropped."""
    correction = new_correction(article_id, kind, target, changes, stamp())
    store.change_corrections(add=[correction], remove=[c.id for c in _undone(store)])
    return correction


def undo(store: Store) -> Correction | None:
    """Undo the latest correction still applied; None when there is none."""
    active = _active(store)
    if not active:
        return None
    latest = active[-1]
    undone = Correction(latest.id, latest.article_id, latest.kind, latest.target,
                        latest.changes, latest.created, undone=stamp())
    store.change_corrections(update=[undone])
    return undone


def redo(store: Store) -> Correction | None:
    """Apply again the correction undone last; None when nothing is undone."""
    waiting = _undone(store)
    if not waiting:
        return None
    last = waiting[-1]
    again = Correction(last.id, last.article_id, last.kind, last.target, last.changes,
                       last.created)
    store.change_corrections(update=[again])
    return again


def remove(store: Store, prefix: str) -> Correction:
    """Delete a correction by id or a unique prefix of it (UnknownRecord otherwise)."""
    matches = [c for c in store.corrections() if c.id.startswith(prefix)] if prefix else []
    if not matches:
        raise UnknownRecord(f"no correction id starts with {prefix!r} in {store.path};"
                            " `newsdesk corrections` lists them", store.path)
    if len(matches) > 1:
        raise UnknownRecord(f"{len(matches)} corrections' ids start with {prefix!r}; give"
                            " more of the id", store.path)
    store.change_corrections(remove=[matches[0].id])
    return matches[0]
