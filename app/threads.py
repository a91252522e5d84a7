"""Story threads: articles grouped into stories, and what each article adds to its story
(issue 14).

The rule (no black box; each part is tested):

Two articles are one story when they were published at most `WINDOW_DAYS` apart (an
undated article is compared with every other) and

1. they share a measure: the same type and imposer and at least one common target (the
   action may differ: a story is a tariff threatened, delayed, eased, lifted); or
2. they share at least `MIN_SHARED` actors, at least one of them not a person, and those
   are at least half of the smaller article's actors (`MIN_OVERLAP`); or
3. their titles are close (rapidfuzz token_set_ratio of their content words at least
   `TITLE_SCORE`) and they share at least two actors.

A single shared person never makes a story by itself: a minister who opens a museum stays
out of her tariff's story. A thread is a connected group of such pairs (so a story may
drift, article by article); threads of one article are not listed.

What an article adds, against the articles of its thread published before it: measures
whose (type, imposer, targets) the thread had not seen ("new"), measures seen before
whose action changed ("tariff: threaten -> delay"), and deadlines that moved: a deadline
of the same measure (or, unlinked, with a close description) whose date changed
("2025-03-01 -> 2025-04-15: what is due").

Each article is compared only with the articles sharing a measure with it, or an actor
named by at most `COMMON_ARTICLES` articles (or `COMMON_SHARE` of them, if more). An actor
named by more (a United States, a ruling party) brings no candidates and does not count
among the shared actors of rules 2 and 3: in a store of years of politics, three such
names in common chained every article about them into one "story". The groups are kept in
cache/threads.json with the facts' keys they were made from; after an import only the
new articles are compared (joining a thread, or linking two), the others' groups kept. A
removed or changed article makes the groups be made again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsdesk.analysis.linking import fold
from newsdesk.store.db import Store
from newsdesk.store.folder import CACHE_FOLDER

from .derived import write_cache_file
from .facts import ArticleFacts, MeasureFact, corpus_facts

__all__ = ["Thread", "ThreadStep", "article_thread", "story_threads"]

WINDOW_DAYS = 120
MIN_SHARED = 3
MIN_OVERLAP = 0.5
TITLE_SCORE = 70.0
COMMON_ARTICLES = 50
COMMON_SHARE = 0.02
THREADS_FILE = "threads.json"
THREADS_FORMAT = "newsdesk-threads"
_STOP = frozenset(["a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "with", "at",
                   "by", "from", "as", "is", "are", "was", "were", "be", "its", "it", "after",
                   "over", "new", "says", "said"])


@dataclass(slots=True)
class ThreadStep:
    """One article of a thread and what it adds."""

    article_id: str
    title: str
    published: str | None
    new: list[str] = field(default_factory=list)  # measure labels
    changed: list[str] = field(default_factory=list)  # "tariff (Ruritania -> ...): a -> b"
    moved: list[str] = field(default_factory=list)  # "2025-03-01 -> 2025-04-15: what"

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title,
                "published": self.published, "new_measures": self.new,
                "changed_measures": self.changed, "moved_deadlines": self.moved}


@dataclass(slots=True)
class Thread:
    id: str  # its first article's id
    title: str  # its first article's title
    steps: list[ThreadStep]

    @property
    def article_ids(self) -> list[str]:
        return [s.article_id for s in self.steps]

    def to_json(self) -> dict[str, Any]:
        dates = [s.published for s in self.steps if s.published]
        return {"id": self.id, "title": self.title, "articles": self.article_ids,
                "first": min(dates) if dates else None, "last": max(dates) if dates else None,
                "steps": [s.to_json() for s in self.steps]}


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the rule compares of one article."""

    date: dt.date | None
    signatures: frozenset[tuple[str, str, str]]  # (type, imposer, one target)
    actors: frozenset[str]
    persons: frozenset[str]
    words: str


def _shape(f: ArticleFacts) -> _Shape:
    date = None
    if f.published:
        try:
            date = dt.date.fromisoformat(f.published)
        except ValueError:
            date = None
    signatures = frozenset((m.type, fold(m.imposer), fold(t)) for m in f.measures
                           if m.imposer for t in m.targets)
    names = f.actor_names()
    actors = frozenset(fold(n) for n, _ in names)
    persons = frozenset(fold(n) for n, kind in names if kind == "person")
    words = " ".join(w for w in fold(f.title).replace("'", " ").split()
                     if w.isalnum() and w not in _STOP)
    return _Shape(date, signatures, actors, persons, words)


def same_story(a: _Shape, b: _Shape, common: frozenset[str] = frozenset()) -> bool:
    """The rule of the module docstring, for two articles; actors in `common` (named by
    too many articles to tell one story from another) are not counted as shared."""
    if a.date is not None and b.date is not None and abs((a.date - b.date).days) > WINDOW_DAYS:
        return False
    if a.signatures & b.signatures:
        return True
    shared = (a.actors & b.actors) - common
    if len(shared) >= MIN_SHARED and shared - a.persons and \
            len(shared) >= MIN_OVERLAP * min(len(a.actors), len(b.actors)):
        return True
    if len(shared) >= 2 and a.words and b.words:
        from rapidfuzz import fuzz

        return fuzz.token_set_ratio(a.words, b.words) >= TITLE_SCORE
    return False


def _candidate_features(shapes: dict[str, _Shape]) -> tuple[dict[str, list[Any]],
                                                             frozenset[str]]:
    """Per article, the features that bring it candidates: its measures, and the actors
    named by few enough articles (at most `COMMON_ARTICLES`, or `COMMON_SHARE` of them);
    and the others, the common actors: one in half the corpus (a United States, a ruling
    party) is no sign of one story, and is not counted as shared."""
    named: dict[str, int] = defaultdict(int)
    for shape in shapes.values():
        for actor in shape.actors:
            named[actor] += 1
    limit = max(COMMON_ARTICLES, int(COMMON_SHARE * len(shapes)))
    common = frozenset(a for a, n in named.items() if n > limit)
    return ({i: [*shape.signatures, *(("actor", a) for a in shape.actors if a not in common)]
             for i, shape in shapes.items()}, common)


def _groups(shapes: dict[str, _Shape], known: list[list[str]] | None = None,
            compared: set[str] | None = None) -> list[list[str]]:
    """Connected groups of articles by `same_story`, each article compared only with those
    sharing a candidate feature. `known`: the groups an earlier call made of the articles
    in `compared` (none of them changed since): only the other articles are compared."""
    parent = {i: i for i in shapes}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    done = set(compared or ()) & shapes.keys()
    for group in known or ():
        for article_id in group:
            parent[article_id] = group[0]
    features, common = _candidate_features(shapes)
    by_feature: dict[Any, list[str]] = defaultdict(list)
    order = sorted(shapes, key=lambda i: i not in done)  # the known first, in order
    for article_id in order:
        if article_id not in done:
            shape = shapes[article_id]
            candidates: set[str] = set()
            for feature in features[article_id]:
                candidates.update(by_feature[feature])
            for other in candidates:
                if root(other) != root(article_id) and same_story(shape, shapes[other],
                                                                  common):
                    parent[root(other)] = root(article_id)
        for feature in features[article_id]:
            by_feature[feature].append(article_id)
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in shapes:
        groups[root(article_id)].append(article_id)
    return [g for g in groups.values() if len(g) > 1]


def _label(m: MeasureFact) -> str:
    return f"{m.type} ({m.parties})"


def _steps(members: Iterable[ArticleFacts]) -> list[ThreadStep]:
    """The thread's articles by date (undated last), each with what it adds."""
    ordered = sorted(members, key=lambda f: (f.published is None, f.published or "", f.id))
    actions: dict[tuple[str, str, tuple[str, ...]], str] = {}
    dates: dict[Any, str] = {}  # a deadline's identity -> its latest date
    steps = []
    for f in ordered:
        step = ThreadStep(f.id, f.title, f.published)
        for m in f.measures:
            key = (m.type, fold(m.imposer or ""), tuple(sorted(fold(t) for t in m.targets)))
            before = actions.get(key)
            if before is None:
                step.new.append(f"{_label(m)}: {m.action}")
            elif before != m.action:
                step.changed.append(f"{_label(m)}: {before} -> {m.action}")
            actions[key] = m.action
        for d in f.deadlines:
            identity = _deadline_identity(f, d.measure, d.what, dates)
            before_date = dates.get(identity)
            if before_date is not None and before_date != d.date:
                step.moved.append(f"{before_date} -> {d.date}: {d.what}")
            dates[identity] = d.date
        steps.append(step)
    return steps


def _deadline_identity(f: ArticleFacts, measure: int | None, what: str,
                       seen: dict[Any, str]) -> Any:
    """A deadline's measure (type and parties) where it has one, else its description,
    matched to one seen before when close enough."""
    m = next((m for m in f.measures if m.index == measure), None) if measure is not None \
        else None
    if m is not None:
        return (m.type, fold(m.imposer or ""), tuple(sorted(fold(t) for t in m.targets)))
    from rapidfuzz import fuzz

    text = fold(what)
    for key in seen:
        if isinstance(key, str) and fuzz.token_set_ratio(key, text) >= 85:
            return key
    return text


def story_threads(store: Store) -> list[Thread]:
    """Every thread of two or more articles, the newest story first."""
    keys: dict[str, str] = {}
    facts = {f.id: f for f in corpus_facts(store, actors=True, keys_out=keys)}
    cached = _read_groups(store)
    if cached is not None and cached[0] == keys:
        groups = cached[1]  # made of these very articles: nothing to compare
    elif cached is not None and all(keys.get(i) == k for i, k in cached[0].items()):
        # Every article they were made of is here, unchanged: only the others are compared.
        shapes = {i: _shape(f) for i, f in facts.items()}
        groups = _groups(shapes, cached[1], set(cached[0]))
    else:
        groups = _groups({i: _shape(f) for i, f in facts.items()})
    if cached is None or cached[0] != keys or cached[1] != groups:
        write_cache_file(store, THREADS_FILE, {"format": THREADS_FORMAT, "version": 1,
                                               "keys": keys, "groups": groups})
    threads = []
    for group in groups:
        steps = _steps(facts[i] for i in group)
        threads.append(Thread(steps[0].article_id, steps[0].title, steps))
    threads.sort(key=lambda t: max((s.published or "" for s in t.steps), default=""),
                 reverse=True)
    return threads


def _read_groups(store: Store) -> tuple[dict[str, str], list[list[str]]] | None:
    try:
        data = json.loads((store.path / CACHE_FOLDER / THREADS_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    if not (isinstance(data, dict) and data.get("format") == THREADS_FORMAT
            and data.get("version") == 1):
        return None
    keys, groups = data.get("keys"), data.get("groups")
    if not (isinstance(keys, dict) and all(isinstance(v, str) for v in keys.values())
            and isinstance(groups, list)
            and all(isinstance(g, list) and all(isinstance(i, str) and i in keys for i in g)
                    for g in groups)):
        return None
    return keys, groups


def article_thread(store: Store, article_id: str) -> Thread | None:
    """The thread an article belongs to (None: a story of its own)."""
    for thread in story_threads(store):
        if article_id in thread.article_ids:
            return thread
    return None
