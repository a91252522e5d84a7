"""What the workstation knows of the whole corpus: the search index over every article,
finding and note, and each article's counts and deadlines (the articles switcher and the
countdown of every article). Gathered by one scan in a worker, then kept up to date one
article at a time."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from newsdesk.analysis.search import SearchIndex, SearchItem, items_from_article, items_from_note
from newsdesk.store.db import Store
from newsdesk.store.records import Annotation
from newsdesk.store.view import ArticleView

from .countdown import DeadlineRow, rows_for_article
from .engine import engine_version
from .views import CorrectionsIndex, load_view, view_of


@dataclass(slots=True)
class ArticleEntry:
    """What the corpus-wide views keep of one article: finding counts, deadlines, and the
    actors it names (by name and kind: what a merge may fold an actor into)."""

    counts: tuple[int, int, int]  # actors, measures, deadlines
    deadlines: list[DeadlineRow]
    actors: tuple[tuple[str, str], ...] = ()


def article_items(view: ArticleView) -> list[SearchItem]:
    """The search items of one article: itself, its findings and its sentences."""
    article = view.article
    return items_from_article(article.id, article.title, article.text, view.findings,
                              view.sentences, published=article.published,
                              source=article.source)


def note_items(note: Annotation, title: str) -> list[SearchItem]:
    """The search item of one note."""
    return items_from_note(note.id, note.article_id, note.quote, note.note, note.tags,
                           note.start, note.end, title=title)


def new_search_index(view: ArticleView | None) -> SearchIndex:
    """An index holding the article on screen; `scan_corpus` adds the rest."""
    return SearchIndex(article_items(view) if view is not None else ())


def entry_of(view: ArticleView) -> ArticleEntry:
    article = view.article
    rows = rows_for_article(article.id, article.title, article.published, view.findings) \
        if view.findings.deadlines else []
    actors = tuple((a.name, a.kind) for a in view.findings.actors)
    return ArticleEntry(view.findings.counts(), rows, actors)


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


def scan_corpus(index: SearchIndex, store: Store) -> tuple[dict[str, ArticleEntry], list[str]]:
    """One pass over the store: every article and note into the index (searchable
    meanwhile), each article's counts and deadlines for the switcher and countdown, and
    the ids of articles analysed by an older engine (the same pass: reading 10,000
    articles twice at start would double the wait)."""
    current = engine_version()
    stale: list[str] = []
    titles: dict[str, str] = {}
    entries: dict[str, ArticleEntry] = {}
    corrections = CorrectionsIndex.of_store(store)
    for n, article in enumerate(store.iter_articles(), 1):
        titles[article.id] = article.title
        view = view_of(article, (), corrections)
        index.add(article_items(view))
        entries[article.id] = entry_of(view)
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


def reindex_article(index: SearchIndex | None, store: Store,
                    article_id: str) -> ArticleEntry | None:
    """Replace one article's items (its notes too) after its findings changed."""
    if not store.has_article(article_id):
        if index is not None:
            index.remove_article(article_id)
        return None
    view = load_view(store, article_id)
    if index is not None:
        items = article_items(view)
        items += [item for note in view.notes for item in note_items(note, view.article.title)]
        index.replace_article(article_id, items)
    return entry_of(view)
