"""Data derived from the stored articles, kept on disk as a cache so that a task which
needs a little of every article does not read the whole corpus each time.

Today: the actor names each article uses (what linking an imported article's actors to the
names the store already uses needs: `engine.actor_linker`). The cache is
`cache/actor-names.json` in the store folder: per article id, the article's fingerprint
(its stored length and checksum, which the store's index gives without reading the
article: `Store.article_fingerprints`) and its actors' (name, kind, affiliation). An entry
is used only while its fingerprint matches the stored article; a missing, changed or
unreadable entry is read from the article itself, and a removed article's entry dropped,
so the cache never decides anything the articles would not: it is never wrong, only cold.
It is written after use when it changed (atomically; a read-only store leaves it as it
is, a failed write is ignored: the next use reads the articles again).
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from newsdesk.store.atomic import atomic_write, encode_json
from newsdesk.store.db import Store
from newsdesk.store.errors import StoreError, UnknownArticle
from newsdesk.store.folder import CACHE_FOLDER

CACHE_FORMAT = "newsdesk-actor-names"
CACHE_VERSION = 1
CACHE_FILE = "actor-names.json"

ActorNames = list[tuple[str, str, str | None]]  # (name, kind, affiliation) per actor


def actor_names(store: Store) -> dict[str, ActorNames]:
    """Every article's actors by article id, in the store's order, from the cache where
    it is current and from the articles where not."""
    fingerprints = store.article_fingerprints()
    if fingerprints is None:  # not in segments yet (a store being moved): no cache
        return {a.id: _names_of(a.findings) for a in store.iter_articles()}
    cached = _read_cache(store)
    names: dict[str, ActorNames] = {}
    fresh: dict[str, list[Any]] = {}
    for article_id, fingerprint in fingerprints.items():
        entry = cached.get(article_id)
        if entry is not None and entry[0] == fingerprint:
            names[article_id] = entry[1]
            fresh[article_id] = [fingerprint, entry[1]]
            continue
        try:
            article = store.get_article(article_id)
        except UnknownArticle:  # removed by another process since the index was read
            continue
        names[article_id] = _names_of(article.findings)
        fresh[article_id] = [fingerprint, names[article_id]]
    if fresh.keys() != cached.keys() or any(fresh[k][0] != cached[k][0] for k in fresh):
        _write_cache(store, fresh)
    return names


def _names_of(findings: Any) -> ActorNames:
    if findings is None:
        return []
    return [(a.name, a.kind, a.affiliation) for a in findings.actors]


def _read_cache(store: Store) -> dict[str, tuple[int, ActorNames]]:
    """The cache's entries that have the right shape; anything else counts as absent."""
    try:
        data = json.loads((store.path / CACHE_FOLDER / CACHE_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    if not (isinstance(data, dict) and data.get("format") == CACHE_FORMAT
            and data.get("version") == CACHE_VERSION and isinstance(data.get("articles"), dict)):
        return {}
    entries: dict[str, tuple[int, ActorNames]] = {}
    for article_id, entry in data["articles"].items():
        if (isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int
                and isinstance(entry[1], list)
                and all(isinstance(n, list) and len(n) == 3 and isinstance(n[0], str)
                        and isinstance(n[1], str) and isinstance(n[2], str | None)
                        for n in entry[1])):
            entries[article_id] = (entry[0], [(n[0], n[1], n[2]) for n in entry[1]])
    return entries


def _write_cache(store: Store, entries: dict[str, list[Any]]) -> None:
    if store.readonly:
        return
    folder = store.path / CACHE_FOLDER
    data = {"format": CACHE_FORMAT, "version": CACHE_VERSION, "articles": entries}
    with contextlib.suppress(OSError, StoreError):
        folder.mkdir(exist_ok=True)
        atomic_write(folder / CACHE_FILE, [encode_json(data)])
