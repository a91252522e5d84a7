"""Findings: what the engine reports about one article, as typed records.

These dataclasses are what the engine returns, what the store keeps (as JSON, through
`Findings.to_store` / `Findings.from_json`) and what every face shows. Two JSON forms:
`to_json` is the `newsdesk analyze` record of DESIGN.md; `to_store` adds what the engine
knows beyond it (sentences, aliases, a measure's trigger and times), so nothing read back
from the store has to be recomputed. `from_json` reads either, tolerating the fields an
older version did not write.

The reader's corrections are applied to a copy (`newsdesk.store.corrections`), which
marks what they changed: `corrected`, `added`, and the engine's `original_name` /
`original_type` by which a later correction still finds the item. The store never keeps
these marks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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

JSON = dict[str, Any]


def _int(value: object, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _str(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _dicts(value: object) -> Iterable[Mapping[str, Any]]:
    """The JSON objects of a list (anything else in it, or a non-list, is skipped)."""
    if isinstance(value, list):
        return (item for item in value if isinstance(item, Mapping))
    return ()


def _marks(out: JSON, item: Actor | Measure | Deadline) -> JSON:
    """The reader's marks, written only where set (analyze output never has them)."""
    if item.corrected:
        out["corrected"] = True
    if item.added:
        out["added"] = True
    return out


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(slots=True, frozen=True)
class Mention:
    start: int
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_json(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Mention:
        return cls(_int(data.get("start")), _int(data.get("end")), _str(data.get("text")))


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
    why: str | None = None  # the rule that found it
    # Set by the reader's corrections only (see the module docstring).
    corrected: bool = False
    added: bool = False
    original_name: str | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Where the actor is named, in text order."""
        return sorted(m.span for m in self.mentions if m.end > m.start)

    def to_json(self) -> JSON:
        out: JSON = {
            "name": self.name, "kind": self.kind, "role": self.role,
            "affiliation": self.affiliation,
            "mentions": [m.to_json() for m in sorted(self.mentions, key=lambda m: m.start)],
        }
        if self.why:
            out["why"] = self.why
        return _marks(out, self)

    def to_store(self) -> JSON:
        out = self.to_json()
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Actor:
        return cls(
            name=_str(data.get("name"), "?"), kind=_str(data.get("kind"), "organization"),
            role=_opt_str(data.get("role")), affiliation=_opt_str(data.get("affiliation")),
            mentions=[Mention.from_json(m) for m in _dicts(data.get("mentions"))],
            aliases=[a for a in data.get("aliases") or () if isinstance(a, str)],
            why=_opt_str(data.get("why")),
            corrected=data.get("corrected") is True, added=data.get("added") is True,
        )


@dataclass(slots=True, frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    type: str  # one of TIMEX_TYPES
    value: str  # TIMEX3 value: "2025-09-17", "2025-07", "P90D", "FUTURE_REF", ...

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_json(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TimeExpr:
        return cls(_int(data.get("start")), _int(data.get("end")), _str(data.get("text")),
                   _str(data.get("type"), "DATE"), _str(data.get("value")))


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
    why: str | None = None  # the rule that found it
    corrected: bool = False
    added: bool = False
    original_type: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def label(self) -> str:
        """"tariff impose": how panes and lists name it."""
        return f"{self.type} {self.action}".strip()

    def to_json(self) -> JSON:
        out: JSON = {"type": self.type, "action": self.action, "imposer": self.imposer,
                     "targets": list(self.targets), "magnitude": self.magnitude,
                     "start": self.start, "end": self.end, "text": self.text}
        if self.why:
            out["why"] = self.why
        return _marks(out, self)

    def to_store(self) -> JSON:
        out = self.to_json()
        if self.trigger is not None:
            out["trigger"] = self.trigger.to_json()
        if self.times:
            out["times"] = list(self.times)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Measure:
        trigger = data.get("trigger")
        return cls(
            type=_str(data.get("type"), "other"), action=_str(data.get("action"), "impose"),
            imposer=_opt_str(data.get("imposer")),
            targets=[t for t in data.get("targets") or () if isinstance(t, str)],
            magnitude=_opt_str(data.get("magnitude")),
            start=_int(data.get("start")), end=_int(data.get("end")),
            text=_str(data.get("text")),
            trigger=Mention.from_json(trigger) if isinstance(trigger, Mapping) else None,
            times=[t for t in data.get("times") or () if isinstance(t, int)],
            why=_opt_str(data.get("why")),
            corrected=data.get("corrected") is True, added=data.get("added") is True,
        )


@dataclass(slots=True)
class Deadline:
    date: str  # TIMEX3 date value, at its precision ("2025-09-17", "2025-12")
    what: str  # what is due, in a few words
    start: int  # the time expression's span
    end: int
    text: str
    measure: int | None = None  # index into Findings.measures
    why: str | None = None  # the rule that found it
    corrected: bool = False
    added: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def label(self) -> str:
        return f"{self.date} {self.what}".strip()

    def to_json(self) -> JSON:
        out: JSON = {"date": self.date, "what": self.what, "start": self.start,
                     "end": self.end, "text": self.text, "measure": self.measure}
        if self.why:
            out["why"] = self.why
        return _marks(out, self)

    to_store = to_json

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Deadline:
        measure = data.get("measure")
        return cls(
            date=_str(data.get("date")), what=_str(data.get("what")),
            start=_int(data.get("start")), end=_int(data.get("end")),
            text=_str(data.get("text")),
            measure=measure if isinstance(measure, int) and not isinstance(measure, bool)
            else None,
            why=_opt_str(data.get("why")),
            corrected=data.get("corrected") is True, added=data.get("added") is True,
        )


Finding = Actor | Measure | Deadline | TimeExpr


@dataclass(slots=True)
class Findings:
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def sentence_spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sentences]

    def counts(self) -> tuple[int, int, int]:
        """Actors, measures and deadlines: what the articles switcher shows."""
        return (len(self.actors), len(self.measures), len(self.deadlines))

    def to_json(self, article_id: str | None = None) -> JSON:
        """The `newsdesk analyze` record (DESIGN.md), with `id` first when given."""
        out: JSON = {} if article_id is None else {"id": article_id}
        out["actors"] = [a.to_json() for a in self.actors]
        out["times"] = [t.to_json() for t in self.times]
        out["measures"] = [m.to_json() for m in self.measures]
        out["deadlines"] = [d.to_json() for d in self.deadlines]
        return out

    def to_store(self) -> JSON:
        """The analyze record plus what the engine knows beyond it, for the store."""
        return {
            "sentences": [[s.start, s.end] for s in self.sentences],
            "actors": [a.to_store() for a in self.actors],
            "times": [t.to_json() for t in self.times],
            "measures": [m.to_store() for m in self.measures],
            "deadlines": [d.to_store() for d in self.deadlines],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Findings:
        """Findings from either JSON form; fields an older version lacked get defaults."""
        if not data:
            return cls()
        try:
            return cls._from_store(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            return cls._from_any(data)

    @classmethod
    def _from_store(cls, data: Mapping[str, Any]) -> Findings:
        """The fast path for what `to_store` wrote: a store of 10,000 articles reads every
        one of them for a dossier or a scan, and the tolerant path takes three times as
        long. Anything it does not expect raises, and `_from_any` reads it instead."""
        def mentions(items: list[JSON]) -> list[Mention]:
            return [Mention(m["start"], m["end"], m["text"]) for m in items]

        def trigger(m: JSON) -> Mention | None:
            t = m.get("trigger")
            return None if t is None else Mention(t["start"], t["end"], t["text"])

        findings = cls(
            [Sentence(start, end) for start, end in data["sentences"]],
            [Actor(a["name"], a["kind"], a["role"], a["affiliation"], mentions(a["mentions"]),
                   list(a.get("aliases") or ()), a.get("why"))
             for a in data["actors"]],
            [TimeExpr(t["start"], t["end"], t["text"], t["type"], t["value"])
             for t in data["times"]],
            [Measure(m["type"], m["action"], m["imposer"], list(m["targets"]), m["magnitude"],
                     m["start"], m["end"], m["text"], trigger(m), list(m.get("times") or ()),
                     m.get("why"))
             for m in data["measures"]],
            [Deadline(d["date"], d["what"], d["start"], d["end"], d["text"], d["measure"],
                      d.get("why"))
             for d in data["deadlines"]],
        )
        if any(type(s.start) is not int or type(s.end) is not int for s in findings.sentences):
            raise TypeError("sentence bounds")
        return findings

    @classmethod
    def _from_any(cls, data: Mapping[str, Any]) -> Findings:
        sentences = [Sentence(s[0], s[1]) for s in data.get("sentences") or ()
                     if isinstance(s, list | tuple) and len(s) == 2
                     and all(isinstance(x, int) for x in s)]
        return cls(
            sentences=sentences,
            actors=[Actor.from_json(a) for a in _dicts(data.get("actors"))],
            times=[TimeExpr.from_json(t) for t in _dicts(data.get("times"))],
            measures=[Measure.from_json(m) for m in _dicts(data.get("measures"))],
            deadlines=[Deadline.from_json(d) for d in _dicts(data.get("deadlines"))],
        )
