"""Plain functions over the store that the main screen runs in thread workers, plus
the navigation history. No widgets here: workers must not touch the UI."""

from __future__ import annotations

import gc
import sys
import threading
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from ..messages import FindingRef, Span
from ..panes.countdown import DeadlineRow, rows_for_article
from ..panes.findings import actor_refs, deadline_refs, measure_refs


class LockedStore:
    """The store for the UI thread and the workers: one call at a time.

    `store.db.Store` is not thread-safe; each call here holds a lock, and a walk over
    every article takes it per article, so the UI is never kept waiting for a whole walk.
    """

    def __init__(self, store) -> None:
        self.inner = store
        self._lock = threading.RLock()

    def __getattr__(self, name: str):
        value = getattr(self.inner, name)
        if not callable(value):
            return value
        lock = self._lock

        def locked(*args, **kwargs):
            with lock:
                return value(*args, **kwargs)

        return locked

    def iter_articles(self) -> Iterator[Any]:
        for summary in self.list_articles():
            with self._lock:
                if not self.inner.has_article(summary.id):
                    continue  # removed since the list was taken
                article = self.inner.get_article(summary.id)
            yield article


def corrected(findings: dict[str, Any] | None, corrections: list) -> dict[str, Any]:
    """Findings with the reader's corrections applied (they outlive re-analysis)."""
    if not corrections:
        return findings or {}
    from newsdesk.store.corrections import apply_corrections

    return apply_corrections(findings, corrections)


def corrections_by_article(store) -> dict[str | None, list]:
    """Every correction, grouped by article id (None: those for every article)."""
    grouped: dict[str | None, list] = {}
    for c in store.corrections():
        grouped.setdefault(c.article_id, []).append(c)
    return grouped


def _corrected_for(article, grouped: dict[str | None, list]) -> dict[str, Any]:
    return corrected(article.findings, grouped.get(article.id, []) + grouped.get(None, []))


def finding_counts(findings: dict[str, Any] | None) -> tuple[int, int, int]:
    f = findings or {}
    return (len(f.get("actors") or []), len(f.get("measures") or []),
            len(f.get("deadlines") or []))


def save_published(store, article_id: str, published: str | None):
    """Set an article's published date and re-run the engine so dates re-resolve."""
    from .. import library

    article = replace(store.get_article(article_id), published=published)
    try:
        # Linked like an import, so names (and corrections keyed to them) stay the same.
        article = library.analyze_article(article, library.actor_linker(store))
    finally:
        store.update_article(article)
    return article


# -- fuzzy jump ----------------------------------------------------------------------------


def _article_items(article, findings: dict[str, Any]) -> list:
    from newsdesk.analysis.search import items_from_article
    from newsdesk.analysis.sentences import split_sentences

    sentences = [(s.start, s.end) for s in split_sentences(article.text)]
    return items_from_article(article.id, article.title, article.text, findings, sentences)


def new_search_index(article, findings: dict[str, Any]) -> Any:
    """An index holding the article on screen; `scan_corpus` adds the rest."""
    from newsdesk.analysis.search import SearchIndex

    return SearchIndex(_article_items(article, findings) if article is not None else ())


@dataclass(slots=True)
class ArticleEntry:
    """What the corpus-wide views keep of one article: finding counts and deadlines."""

    counts: tuple[int, int, int]
    deadlines: list[DeadlineRow]


def note_items(note, title: str) -> list:
    """The search item of one note."""
    from newsdesk.analysis.search import items_from_note

    return items_from_note(note.id, note.article_id, note.quote, note.note, note.tags,
                           note.start, note.end, title=title)


def _entry(article, findings: dict[str, Any]) -> ArticleEntry:
    rows = rows_for_article(article.id, article.title, article.published, findings) \
        if findings.get("deadlines") else []
    return ArticleEntry(finding_counts(findings), rows)


@contextmanager
def short_gil_turns(seconds: float = 0.0005) -> Iterator[None]:
    """While a long pure-Python worker runs: the UI thread gives up the GIL at every
    turn of its event loop and must win it back, waiting out the switch interval (5 ms
    by default) each time; a keystroke takes dozens of turns."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, seconds))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def scan_corpus(index, store) -> tuple[dict[str, ArticleEntry], list[str]]:
    """One pass over the store: every article and note into the index (searchable
    meanwhile), each article's counts and deadlines for the switcher and countdown, and
    the ids of articles analysed by an older engine (the same pass: reading 10,000
    articles twice at start would double the wait)."""
    from .. import library

    current = library.engine_version()
    stale: list[str] = []
    titles: dict[str, str] = {}
    entries: dict[str, ArticleEntry] = {}
    grouped = corrections_by_article(store)
    for n, article in enumerate(store.iter_articles(), 1):
        titles[article.id] = article.title
        findings = _corrected_for(article, grouped)
        index.add(_article_items(article, findings))
        entries[article.id] = _entry(article, findings)
        if article.findings_version != current:
            stale.append(article.id)
        if n % 500 == 0:
            gc.freeze()  # see below
    for note in store.annotations():
        index.add(note_items(note, titles.get(note.article_id, "")))
    index.prepare()  # here, not on the first keystroke
    # The index is hundreds of thousands of long-lived objects: left to the collector,
    # each full collection walks them all (~0.4 s, on whichever thread allocates).
    gc.freeze()
    return entries, stale


def reindex_article(index, store, article_id: str) -> ArticleEntry | None:
    """Replace one article's items (its notes too) after its findings changed."""
    if not store.has_article(article_id):
        if index is not None:
            index.remove_article(article_id)
        return None
    article = store.get_article(article_id)
    findings = corrected(article.findings, list(store.corrections(article.id)))
    if index is not None:
        items = _article_items(article, findings)
        items += [item for note in store.annotations(article_id)
                  for item in note_items(note, article.title)]
        index.replace_article(article_id, items)
    return _entry(article, findings)


# -- related items -------------------------------------------------------------------------


@dataclass(slots=True)
class Related:
    """What a finding shares its sentences with, and other articles naming the same actor."""

    ref: FindingRef
    same_sentence: list[FindingRef] = field(default_factory=list)
    other_articles: list[tuple[FindingRef, str]] = field(default_factory=list)  # ref, title


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def same_sentence_items(ref: FindingRef, findings: dict[str, Any] | None,
                        sentences: list[Span]) -> list[FindingRef]:
    """Findings of the same article whose spans fall in a sentence `ref` touches."""
    starts = [s for s, _ in sentences]
    wanted = {_sentence_index(starts, s) for s, _ in ref.spans}
    out = []
    all_refs = (actor_refs(ref.article_id, findings) + measure_refs(ref.article_id, findings)
                + deadline_refs(ref.article_id, findings))
    for other in all_refs:
        if (other.kind, other.index) == (ref.kind, ref.index):
            continue
        if any(_sentence_index(starts, s) in wanted for s, _ in other.spans):
            out.append(other)
    return out


def articles_naming(store, name: str, exclude: str) -> list[tuple[FindingRef, str]]:
    """Other articles with an actor of the same name (case and spacing ignored)."""
    key = " ".join(name.split()).casefold()
    found = []
    grouped = corrections_by_article(store)
    for article in store.iter_articles():
        if article.id == exclude:
            continue
        for ref in actor_refs(article.id, _corrected_for(article, grouped)):
            if " ".join(ref.label.split()).casefold() == key:
                found.append((ref, article.title))
                break
    return found


# -- history -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was: an article, a sentence, and the mention in view (if any)."""

    article_id: str
    sentence: int
    mention: Span | None = None


class History:
    """Back/forward over jumps, like a browser: a new jump drops the forward list."""

    def __init__(self, limit: int = 200) -> None:
        self.places: list[Place] = []
        self.index = -1
        self.limit = limit

    def visit(self, here: Place | None, there: Place) -> None:
        if here is not None:
            if self.index >= 0:
                self.places[self.index] = here
                del self.places[self.index + 1:]
            else:
                self.places = [here]
                self.index = 0
        if self.places and self.places[self.index] == there:
            return
        del self.places[self.index + 1:]
        self.places.append(there)
        if len(self.places) > self.limit:
            del self.places[0]
        self.index = len(self.places) - 1

    def back(self, here: Place) -> Place | None:
        if self.index <= 0:
            return None
        self.places[self.index] = here
        self.index -= 1
        return self.places[self.index]

    def forward(self, here: Place) -> Place | None:
        if self.index + 1 >= len(self.places):
            return None
        self.places[self.index] = here
        self.index += 1
        return self.places[self.index]
