"""What the workstation knows of the whole corpus: the search index over every article,
finding and note, and each article's counts and deadlines (the articles switcher and the
countdown of every article). Gathered by one scan in a worker, then kept up to date one
article at a time."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from newsdesk.analysis.search import SearchIndex, SearchItem, items_from_article, items_from_note
from newsdesk.store.db import Store
from newsdesk.store.errors import UnknownArticle
from newsdesk.store.records import Annotation
from newsdesk.store.view import ArticleView

from .countdown import DeadlineRow, rows_for_article
from .engine import engine_version
from .facts import ArticleFacts, corpus_facts
from .refs import FindingRef, span_of
from .views import CorrectionsIndex, load_view, view_of

if TYPE_CHECKING:  # loaded by the scan, after the first paint
    from newsdesk.analysis.searchdisk import DiskSearchIndex, LayeredSearch

# The jump index: in memory (a small store), or on disk with the changes since in memory.
JumpIndex: TypeAlias = "SearchIndex | LayeredSearch"
Progress = Callable[[int, int], None]


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


def entry_of_facts(facts: ArticleFacts,
                   shared: dict[tuple[str, str], tuple[str, str]] | None = None) -> ArticleEntry:
    """The entry of one article from its facts (the facts cache): what `entry_of` gives
    from its view. `shared` holds one (name, kind) pair for all articles naming an actor:
    at 100,000 articles, a pair per mention of each would be most of the entries' memory."""
    names = facts.actor_names()
    actors = tuple(names) if shared is None else tuple(shared.setdefault(p, p) for p in names)
    rows = [DeadlineRow(FindingRef("deadline", i, f"{d.date} {d.what}".strip() or "?",
                                   facts.id, span_of(d.start, d.end)),
                        d.date or "?", d.what, facts.title, facts.published, d.actors)
            for i, d in enumerate(facts.deadlines)]
    return ArticleEntry((len(names), len(facts.measures), len(rows)), rows, actors)


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


def scan_corpus(index: SearchIndex, store: Store, progress: Progress | None = None
                ) -> tuple[JumpIndex, dict[str, ArticleEntry], list[str]]:
    """One pass over the store: each article's counts, deadlines and actors for the
    switcher, countdown and merges, and the ids of articles analysed by an older engine,
    from the facts cache (`app/facts.py`: kept on disk, so a warm start reads no article
    for them); and the jump index of every article and note, which it returns.

    A small store's index is `index`, filled here (searchable meanwhile). A large one's is
    kept on disk (`app/searchcache.py`): opened, with the articles that changed since
    added in memory, or built again (`progress` hears how that goes) when it is missing
    or much has changed. An article the facts cache had to read is indexed from that
    same read."""
    from . import searchcache  # the index on disk: loaded after the first paint

    current = engine_version()
    disk = searchcache.use_disk(store)
    opened = searchcache.open_base(store) if disk else None
    manifest = opened[1] if opened is not None else {}
    keys: dict[str, str] = {}
    indexed: set[str] = set()
    read: dict[str, list[SearchItem]] = {}  # on disk: items of articles the file lacks
    count = 0

    def index_view(view: ArticleView) -> None:
        nonlocal count
        article_id = view.article.id
        if disk:
            if opened is not None and manifest.get(article_id) != keys.get(article_id):
                read[article_id] = article_items(view)
            return
        index.add(article_items(view))
        indexed.add(article_id)
        count += 1
        if count % 500 == 0:
            gc.freeze()  # see below

    facts = corpus_facts(store, actors=True, keys_out=keys, on_view=index_view)
    shared: dict[tuple[str, str], tuple[str, str]] = {}
    entries = {f.id: entry_of_facts(f, shared) for f in facts}
    titles = {f.id: f.title for f in facts}
    stale = [f.id for f in facts if f.engine != current]
    del facts
    notes = [item for note in store.annotations()
             for item in note_items(note, titles.get(note.article_id, ""))]
    if disk:
        layered = _from_disk(store, opened, keys, read, notes, progress)
        if layered is not None:
            layered.prepare()
            gc.freeze()
            return layered, entries, stale
    disk = False  # from here, into `index` in memory
    if len(indexed) < len(entries):
        corrections = CorrectionsIndex.of_store(store)
        for article in store.iter_articles():
            if article.id not in indexed and article.id in entries:
                index_view(view_of(article, (), corrections))
    index.add(notes)
    index.prepare()  # here, not on the first keystroke
    # The index is hundreds of thousands of long-lived objects: left to the collector,
    # each full collection walks them all (~0.4 s, on whichever thread allocates).
    gc.freeze()
    return index, entries, stale


def _from_disk(store: Store, opened: tuple[DiskSearchIndex, dict[str, str]] | None,
               keys: dict[str, str], read: dict[str, list[SearchItem]],
               notes: list[SearchItem], progress: Progress | None) -> LayeredSearch | None:
    """The index file with what differs from it in memory (built again first when it is
    missing or much differs); None if it cannot be written (scanned into memory then)."""
    from newsdesk.analysis.searchdisk import LayeredSearch

    from . import searchcache

    if opened is not None:
        base, manifest = opened
        changed, gone = searchcache.differing(manifest, keys)
    if opened is None or searchcache.needs_rebuild(changed, gone, len(keys)):
        if opened is not None:
            opened[0].close()
        built = searchcache.build(store, keys, article_items, notes, progress)
        if built is None:
            return None
        kept = built.meta.get("articles")
        assert isinstance(kept, dict)
        base, manifest = built, kept
        read.clear()  # the new file holds them
        changed, gone = searchcache.differing(manifest, keys)  # removed meanwhile, say
    layered = LayeredSearch(base)
    for article_id in gone:
        layered.remove_article(article_id)
    corrections = CorrectionsIndex.of_store(store) if changed else None
    for article_id in changed:
        items = read.get(article_id)
        if items is None:
            try:
                article = store.get_article(article_id)
            except UnknownArticle:  # removed by another process meanwhile
                layered.remove_article(article_id)
                continue
            assert corrections is not None
            items = article_items(view_of(article, (), corrections))
        layered.replace_article(article_id, items)
    known = searchcache.notes_of(base)
    current = {item.key: item for item in notes}
    for key in known.keys() - current.keys():
        layered.discard(key)
    for key, item in current.items():
        if known.get(key) != searchcache.item_digest(item):
            layered.discard(key)
            layered.add([item])
        elif key not in layered:  # dropped with its article's items, replaced above
            layered.add([item])
    return layered


def reindex_article(index: JumpIndex | None, store: Store,
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
