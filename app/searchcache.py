"""The jump index of a large store, kept on disk (issue 12): built once, then opened at
each start with only what changed since added in memory.

The index file (`analysis/searchdisk`) lives in the store's cache folder
(`cache/search/`) and holds the items of every article as it was when the index was
built, with, in its metadata, each article's key: its fingerprint and the digest of the
corrections that apply to it (the facts cache's key, `app/facts.py`), which is what its
items are made from. At start, an article whose key differs, or that the index lacks, is
read and its items go into the in-memory layer over the index; an article no longer
stored is dropped from it. Notes are never in the file: they change as the reader works,
XX
share of the store (`REBUILD_SHARE`), or the file is missing, damaged or of another
format, the index is built again from the articles in the background; the jump answers
meanwhile from what it has. A read-only store never writes one: it is scanned into
memory as a small store is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from newsdesk.analysis.search import SearchItem
from newsdesk.analysis.searchdisk import DiskSearchIndex, IndexUnusable, build_index
from newsdesk.store.db import Store
from newsdesk.store.errors import UnknownArticle
from newsdesk.store.folder import CACHE_FOLDER

from .views import CorrectionsIndex, view_of

SEARCH_FOLDER = "search"
FORMAT = "newsdesk-search-manifest"
# 2: notes in the file too (a large in-memory layer slows every keystroke)
VERSION = 2
# Stores of at least this many articles keep their jump index on disk; smaller ones are
# scanned into memory at each start (a few seconds, and a few hundred MB at most).
DISK_FROM = 2_000
# When more than this share of the articles differ from the file, it is built again.
REBUILD_SHARE = 0.05

Progress = Callable[[int, int], None]


def search_folder(store: Store) -> Path:
    return store.path / CACHE_FOLDER / SEARCH_FOLDER


def use_disk(store: Store) -> bool:
    """Whether this store's jump index is kept on disk."""
    return not store.readonly and store.article_count() >= DISK_FROM


def open_base(store: Store) -> tuple[DiskSearchIndex, dict[str, str]] | None:
    """The index file with the key of each article it holds (and, `notes_of`, the
    digest of each note's item); None when there is none to use (absent, damaged, of
    another format, or without its keys)."""
    try:
        base = DiskSearchIndex.open(search_folder(store))
    except IndexUnusable:
        return None
    manifest, notes = base.meta.get("articles"), base.meta.get("notes")
    if not (base.meta.get("format") == FORMAT and base.meta.get("version") == VERSION
            and isinstance(manifest, dict) and isinstance(notes, dict)
            and all(isinstance(k, str) for k in manifest.values())
            and all(isinstance(k, str) for k in notes.values())):
        base.close()
        return None
    return base, manifest


def notes_of(base: DiskSearchIndex) -> dict[str, str]:
    """The digest of each note item the file holds, by its key (see `open_base`)."""
    notes = base.meta.get("notes")
    return notes if isinstance(notes, dict) else {}


def item_digest(item: SearchItem) -> str:
    """What a note's item is made of, as a short digest: a changed note, or its article's
    title, gives another."""
    return hashlib.sha1(repr((item.label, item.detail, item.article_id, item.start,
                              item.end)).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def differing(manifest: dict[str, str], keys: dict[str, str]) -> tuple[list[str], list[str]]:
    """The articles whose items the index lacks or holds at another key (to add or
    replace), and those it holds that are no longer stored (to drop)."""
    changed = [a for a, key in keys.items() if manifest.get(a) != key]
    gone = [a for a in manifest if a not in keys]
    return changed, gone


def needs_rebuild(changed: list[str], gone: list[str], articles: int) -> bool:
    """Whether so much differs (`differing`) of a store of `articles` that the file is
    better built again than laid over."""
    return len(changed) + len(gone) > max(50, REBUILD_SHARE * max(articles, 1))


def build(store: Store, keys: dict[str, str], items_of: Callable[..., list[SearchItem]],
          notes: list[SearchItem], progress: Progress | None = None) -> DiskSearchIndex | None:
    """Build the index file from every stored article (read one at a time) and these
    notes' items, with the keys of the articles read and the notes' digests; the new
    index opened, or None if it could not be written (the cache is only a cache: the
    caller scans into memory then)."""
    built: dict[str, str] = {}
    total = len(keys)

    def items() -> Iterator[SearchItem]:
        corrections = CorrectionsIndex.of_store(store)
        for done, article_id in enumerate(list(keys), 1):
            try:
                article = store.get_article(article_id)
            except UnknownArticle:  # removed by another process meanwhile
                continue
            built[article_id] = keys[article_id]
            yield from items_of(view_of(article, (), corrections))
            if progress is not None and (done % 200 == 0 or done == total):
                progress(done, total)
        yield from notes

    folder = search_folder(store)
    digests = {item.key: item_digest(item) for item in notes}
    try:
        build_index(folder, items(), meta=_Manifest(built, digests))
    except OSError:
        return None
    opened = open_base(store)
    if opened is None:
        return None
    return opened[0]


class _Manifest(dict[str, object]):
    """The index's metadata, whose article keys are those the build read: filled while the
    items stream, so the dict is complete when the builder writes it at the end."""

    def __init__(self, built: dict[str, str], notes: dict[str, str]) -> None:
        super().__init__(format=FORMAT, version=VERSION, articles=built, notes=notes)
