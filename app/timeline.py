"""The timeline: every measure and deadline in the store on one time axis (issue 14).

A measure is placed on its article's published date (when it was reported); a deadline on
its own date (at the precision the article gives: a day, a month or a year, placed on its
first day for sorting). Items of articles without a published date have no place on the
axis; `undated` counts them. Filters combine:

- actor: the measure's imposer or a target, or for a deadline the actors it involves (its
  measure's parties and the actors of its sentence), matched as `deadlines --actor` does
  (every word of the name asked for, any case);
- type: the measure's type (a deadline: its measure's type);
- tag: articles with a note so tagged;
- since / until: the item's date (YYYY-MM-DD, inclusive);
- text: words that must all appear in what the item says or its article's title.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdesk.analysis.linking import fold
from newsdesk.store.db import Store

from .countdown import names_actor
from .facts import ArticleFacts, MeasureFact, corpus_facts
from .views import tagged_articles

__all__ = ["TimelineFilter", "TimelineItem", "measure_label", "passes", "timeline"]


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    actor: str | None = None
    type: str | None = None
    tags: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineItem:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    kind: str  # "measure" or "deadline"
    label: str  # what the item says, one line
    article_id: str
    article_title: str
    source: str | None
    start: int  # where in the article (the measure's sentence, the deadline's date)
    end: int
    type: str | None  # the measure's type (a deadline: its measure's, if linked)
    action: str | None
    actors: tuple[str, ...]

    @property
    def sort_key(self) -> tuple[str, int, str, int]:
        # A month or a year sorts on its first day, before the days within it.
        return (self.date + "-00" * (2 - self.date.count("-")), self.kind != "measure",
                self.article_id, self.start)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "kind": self.kind, "label": self.label,
                "article_id": self.article_id, "article_title": self.article_title,
                "source": self.source, "start": self.start, "end": self.end,
                "type": self.type, "action": self.action, "actors": list(self.actors)}


def measure_label(m: MeasureFact) -> str:
    """"tariff imposed: United States -> China (55%)"."""
    magnitude = f" ({m.magnitude})" if m.magnitude else ""
    return f"{m.type} {m.action}: {m.parties}{magnitude}"


def items_of(facts: ArticleFacts) -> list[TimelineItem]:
    """One article's measures and deadlines as timeline items (none if it has no date:
    its deadlines keep theirs)."""
    out: list[TimelineItem] = []
    if facts.published:
        for m in facts.measures:
            out.append(TimelineItem(
                facts.published, "measure", measure_label(m), facts.id, facts.title,
                facts.source, m.start, m.end, m.type, m.action,
                tuple(n for n in (m.imposer, *m.targets) if n)))
    for d in facts.deadlines:
        measure = next((m for m in facts.measures if m.index == d.measure), None) \
            if d.measure is not None else None
        out.append(TimelineItem(
            d.date, "deadline", d.what, facts.id, facts.title, facts.source, d.start, d.end,
            measure.type if measure else None, measure.action if measure else None, d.actors))
    return out


def timeline(store: Store, wanted: TimelineFilter = TimelineFilter()) -> tuple[
        list[TimelineItem], int]:
    """The items that pass `wanted`, in date order, and how many of the store's measures
    have no date (their article's published date is unknown)."""
    facts = corpus_facts(store)
    tagged = tagged_articles(store, wanted.tags) if wanted.tags else None
    undated = sum(len(f.measures) for f in facts if not f.published)
    items = [item for f in facts if tagged is None or f.id in tagged
             for item in items_of(f) if passes(item, wanted)]
    items.sort(key=lambda i: i.sort_key)
    return items, undated


def passes(item: TimelineItem, wanted: TimelineFilter) -> bool:
    if wanted.type is not None and item.type != wanted.type:
        return False
    if wanted.actor is not None and not names_actor(wanted.actor, item.actors):
        return False
    if wanted.since is not None and _last_day(item.date) < wanted.since:
        return False
    if wanted.until is not None and _first_day(item.date) > wanted.until:
        return False
    if wanted.text:
        said = fold(f"{item.label} {item.article_title}")
        if not all(word in said for word in fold(wanted.text).split()):
            return False
    return True


def _first_day(date: str) -> str:
    return date + "-01" * (2 - date.count("-"))


def _last_day(date: str) -> str:
    return date + "-31" if date.count("-") == 1 else date + "-12-31" if "-" not in date \
        else date

