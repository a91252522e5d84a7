"""An actor across the corpus: where it appears, what it did and had done to it, who it
appears with, and the reader's notes on it (issue 14).

The name asked for is matched against the actors the store's articles name (their
canonical names, which linking keeps one per actor across articles): the same name in any
case first, else the closest name by rapidfuzz's WRatio if it scores at least
`MIN_SCORE` and clearly beats the next; otherwise `UnknownActor` lists the closest names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsdesk.analysis.linking import fold
from newsdesk.store.db import Store
from newsdesk.store.records import Annotation

from .facts import facts_naming
from .timeline import TimelineItem, items_of

__all__ = ["ActorProfile", "Appearance", "UnknownActor", "actor_profile"]

MIN_SCORE = 88.0
TOP_PARTNERS = 10


class UnknownActor(LookupError):
    """No actor of that name; the message (one line) names the closest ones."""


@dataclass(frozen=True, slots=True)
class Appearance:
    article_id: str
    title: str
    published: str | None
    source: str | None
    kind: str
    role: str | None  # as given in that article
    affiliation: str | None
    mentions: int


@dataclass(slots=True)
class ActorProfile:
    name: str
    kinds: list[str]
    appearances: list[Appearance]  # by date, undated last
    imposed: list[TimelineItem]  # measures it imposed, by date
    targeted: list[TimelineItem]  # measures aimed at it, by date
    deadlines: list[TimelineItem]  # deadlines involving it
    partners: list[tuple[str, int]]  # the actors it appears with most: (name, articles)
    notes: list[Annotation] = field(default_factory=list)  # the reader's, linked to it

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "kinds": self.kinds,
            "articles": [{"id": a.article_id, "title": a.title, "published": a.published,
                          "source": a.source, "kind": a.kind, "role": a.role,
                          "affiliation": a.affiliation, "mentions": a.mentions}
                         for a in self.appearances],
            "imposed": [i.to_json() for i in self.imposed],
            "targeted": [i.to_json() for i in self.targeted],
            "deadlines": [i.to_json() for i in self.deadlines],
            "appears_with": [{"name": n, "articles": c} for n, c in self.partners],
            "notes": [{"id": n.id, "article_id": n.article_id, "quote": n.quote,
                       "note": n.note, "tags": n.tags} for n in self.notes],
        }


def actor_profile(store: Store, name: str) -> ActorProfile:
    found, facts = facts_naming(store, lambda names: resolve_actor(name, names))
    appearances: list[Appearance] = []
    partners: Counter[str] = Counter()
    imposed: list[TimelineItem] = []
    targeted: list[TimelineItem] = []
    deadlines: list[TimelineItem] = []
    kinds: list[str] = []
    for f in facts:
        if not f.names(found):
            continue
        here = [a for a in f.actor_list() if a.name == found]
        a = here[0]
        appearances.append(Appearance(f.id, f.title, f.published, f.source, a.kind, a.role,
                                      a.affiliation, sum(x.mentions for x in here)))
        if a.kind not in kinds:
            kinds.append(a.kind)
        partners.update({n for n, _ in f.actor_names() if n != found})
        for item in items_of(f):
            if item.kind == "deadline":
                if found in item.actors:
                    deadlines.append(item)
                continue
            measure = next(m for m in f.measures if m.start == item.start and
                           m.type == item.type)
            if measure.imposer == found:
                imposed.append(item)
            if found in measure.targets:
                targeted.append(item)
    appearances.sort(key=lambda x: (x.published is None, x.published or "", x.title))
    for items in (imposed, targeted, deadlines):
        items.sort(key=lambda i: i.sort_key)
    link = f"actor:{fold(found)}"
    notes = [n for n in store.annotations(holding="actor:")
             if any(fold(x) == link for x in n.links)]
    # The most frequent first, ties by name: only those that can make the top are folded.
    by_count = partners.most_common()
    cut = by_count[TOP_PARTNERS - 1][1] if len(by_count) >= TOP_PARTNERS else 0
    ranked = sorted((p for p in by_count if p[1] >= cut),
                    key=lambda p: (-p[1], fold(p[0]), p[0]))
    return ActorProfile(found, kinds, appearances, imposed, targeted, deadlines,
                        ranked[:TOP_PARTNERS], notes)


def resolve_actor(name: str, names: set[str]) -> str:
    """The stored actor name `name` asks for (see the module docstring)."""
    if name.strip() in names:
        return name.strip()  # as the store spells it: no need to fold 15,000 names
    wanted = fold(name.strip())
    if not wanted:
        raise UnknownActor("give an actor's name")
    exact = sorted(n for n in names if fold(n) == wanted)
    if exact:
        return exact[0]
    from rapidfuzz import fuzz, process, utils

    best = process.extract(name, list(names), scorer=fuzz.WRatio, limit=3,
                           processor=utils.default_process)
    if best and best[0][1] >= MIN_SCORE and (len(best) == 1 or best[0][1] - best[1][1] >= 3):
        return str(best[0][0])
    near = ", ".join(f'"{n}"' for n, _, _ in best)
    raise UnknownActor(f'no actor "{name}" in the store' + (f"; closest: {near}" if near else
                                                             "; the store names no actors"))
