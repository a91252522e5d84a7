"""The records newsdesk keeps: plain dataclasses, no storage or UI logic."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

from newsdesk.analysis.model import Findings

RecordType = TypeVar("RecordType", "Article", "Annotation", "Correction")


def _known_fields(cls: type[RecordType], data: Mapping[str, Any]) -> dict[str, Any]:
    """The stored dict's fields this record has (a newer schema may add others)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass(slots=True)
class Article:
    """One article; `id` comes from a hash of its normalized text, so it is stable."""

    id: str
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    published: str | None = None  # "YYYY-MM-DD"; None means "published: unknown"
    imported_at: str = ""  # ISO 8601, UTC
    findings: Findings | None = None  # the engine's, as it gave them (no corrections)
    findings_version: str | None = None
    # Where it came from, so a changed version updates it rather than adding another:
    # "file:<absolute path>" or "feed:<feed>#<item guid or link>"; None when unknown.
    origin: str | None = None
    # Other sources that carried the same story (the same text or link), as fetched after
    # the first: one article per story, every source kept.
    also_from: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        """The stored form: JSON types only (the findings as `Findings.to_store`)."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        if self.findings is not None:
            out["findings"] = self.findings.to_store()
        if not self.also_from:
            del out["also_from"]  # stored only when there are others: as before feeds
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        known = _known_fields(cls, data)
        findings = known.get("findings")
        if findings is not None and not isinstance(findings, Findings):
            known["findings"] = Findings.from_json(findings)
        return cls(**known)


@dataclass(slots=True)
class Annotation:
    """The reader's note on a span, anchored by quote with prefix/suffix."""

    id: str
    article_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # "actor:<name>", "measure:<index>"
    created: str = ""
    updated: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        return cls(**_known_fields(cls, data))


@dataclass(slots=True)
class Correction:
    """The reader's correction of a finding; re-analysis never undoes it.

    kind: "reject", "edit", "merge" or "add".  `target` names the finding
    (e.g. {"kind": "actor", "name": "Trump"} or {"kind": "measure", "start": 10,
    "end": 80, "type": "tariff"}); `changes` holds the new values. An undone correction
    (`undone`: when) is kept, so it can be redone, but applies to nothing.
    """

    id: str
    article_id: str | None  # None: applies across every article (e.g. an actor merge)
    kind: str
    target: dict[str, Any] = field(default_factory=dict)
    changes: dict[str, Any] = field(default_factory=dict)
    created: str = ""
    undone: str = ""  # ISO 8601 when the reader undid it; "" while it applies

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Correction:
        return cls(**_known_fields(cls, data))
