"""Findings: what the engine reports about one article. Plain dataclasses, JSON-ready."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACTOR_KINDS = ("person", "organization", "country", "place", "group")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
MEASURE_TYPES = (
    "tariff", "quota", "import_ban", "export_control", "trade_defence", "investigation",
    "sanction", "investment_restriction", "subsidy", "agreement", "other",
)
MEASURE_ACTIONS = (
    "impose", "maintain", "extend", "ease", "lift", "delay", "threaten", "investigate", "propose",
)


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class Mention:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True, frozen=True)
class EntitySpan:
    """A named-entity span found in the text, before mentions are grouped into actors.

    `canonical` is the gazetteer's name when the surface form is a known alias
    ("US", "U.S.", "Washington" as government -> "United States"); None otherwise.
    """

    start: int
    end: int
    text: str
    kind: str  # one of ACTOR_KINDS
    canonical: str | None = None


@dataclass(slots=True)
class Actor:
    name: str  # canonical name ("Donald Trump", "United States")
    kind: str  # one of ACTOR_KINDS
    role: str | None = None  # "Treasury Secretary"
    affiliation: str | None = None  # canonical name of a country or organization
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "role": self.role,
            "affiliation": self.affiliation,
            "mentions": [m.to_json() for m in sorted(self.mentions, key=lambda m: m.start)],
        }


@dataclass(slots=True, frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    type: str  # one of TIMEX_TYPES
    value: str  # TIMEX3 value: "2025-09-17", "2025-07", "P90D", "FUTURE_REF", ...

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@dataclass(slots=True)
class Measure:
    type: str  # one of MEASURE_TYPES
    action: str  # one of MEASURE_ACTIONS
    imposer: str | None  # canonical actor name
    targets: list[str]  # canonical actor names (or the goods/sector when no actor)
    magnitude: str | None  # "55%", "$1bn", "23 firms"
    start: int  # evidence sentence span
    end: int
    text: str
    trigger: Mention | None = None  # the words that name the measure ("anti-dumping probe")
    times: list[int] = field(default_factory=list)  # indexes into Findings.times

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "action": self.action, "imposer": self.imposer,
                "targets": list(self.targets), "magnitude": self.magnitude,
                "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Deadline:
    date: str  # TIMEX3 date value, at its precision ("2025-09-17", "2025-12")
    what: str  # what is due, in a few words
    start: int  # the time expression's span
    end: int
    text: str
    measure: int | None = None  # index into Findings.measures

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "what": self.what, "start": self.start, "end": self.end,
                "text": self.text, "measure": self.measure}


@dataclass(slots=True)
class Findings:
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    def to_json(self, article_id: str | None = None) -> dict[str, Any]:
        """The `newsdesk analyze` record (DESIGN.md), with `id` first when given."""
        out: dict[str, Any] = {} if article_id is None else {"id": article_id}
        out["actors"] = [a.to_json() for a in self.actors]
        out["times"] = [t.to_json() for t in self.times]
        out["measures"] = [m.to_json() for m in self.measures]
        out["deadlines"] = [d.to_json() for d in self.deadlines]
        return out
