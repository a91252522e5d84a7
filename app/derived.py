"""Data derived from the stored articles, kept on disk as a cache so that a task which
needs a little of every article does not read the whole corpus each time.

Today: what linking an imported article's actors to the names the store already uses
needs (`engine.actor_linker`), in two files of `cache/` in the store folder.

`actor-linker.json` is the linking index itself (`ActorIndex.snapshot`: exact, every dict
and list in its order) as built from the stored articles' actor names, article by article
in the store's order, with how many articles it covers and a digest of their ids and
fingerprints. While those articles are still the first ones, unchanged, the index is
restored and only the articles added after them are read and added: the same index a
build from scratch gives, at the cost of the new articles. Otherwise it is built again,
from the names below.

`actor-names.json` holds, per article id, the article's fingerprint
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
import hashlib
import json
from typing import Any

from newsdesk.analysis.linking import ActorIndex
from newsdesk.store.atomic import atomic_write, encode_json
from newsdesk.store.db import Store
from newsdesk.store.errors import StoreError, UnknownArticle
from newsdesk.store.folder import CACHE_FOLDER

CACHE_FORMAT = "newsdesk-actor-names"
CACHE_VERSION = 1
CACHE_FILE = "actor-names.json"
LINKER_FORMAT = "newsdesk-actor-linker"
LINKER_FILE = "actor-linker.json"

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


def actor_index(store: Store) -> ActorIndex:
    """The linking index of every stored article's actor names, in the store's order."""
    fingerprints = store.article_fingerprints()
    if fingerprints is None:
        return _built(actor_names(store))
    pairs = list(fingerprints.items())
    index, start = _restored(store, pairs)
    if index is None:
        index = _built(actor_names(store))
    else:
        for article_id, _ in pairs[start:]:
            try:
                findings = store.get_article(article_id).findings
            except UnknownArticle:  # removed meanwhile: this index is not the store's
                return _built(actor_names(store))
            for name, kind, affiliation in _names_of(findings):
                index.add(name, kind, affiliation)
        if start == len(pairs):
            return index
    write_cache_file(store, LINKER_FILE, {"format": LINKER_FORMAT, "version": CACHE_VERSION,
                                "count": len(pairs), "digest": _digest(pairs),
                                "state": index.snapshot()})
    return index


def _built(names: dict[str, ActorNames]) -> ActorIndex:
    index = ActorIndex()
    for actors in names.values():
        for name, kind, affiliation in actors:
            index.add(name, kind, affiliation)
    return index


def _restored(store: Store, pairs: list[tuple[str, int]]) -> tuple[ActorIndex | None, int]:
    """The cached index and how many of `pairs` it covers, if they are its articles."""
    try:
        data = json.loads((store.path / CACHE_FOLDER / LINKER_FILE).read_bytes())
    except (OSError, ValueError):
        return None, 0
    if not (isinstance(data, dict) and data.get("format") == LINKER_FORMAT
            and data.get("version") == CACHE_VERSION):
        return None, 0
    count = data.get("count")
    if not (type(count) is int and 0 <= count <= len(pairs)
            and data.get("digest") == _digest(pairs[:count])):
        return None, 0
    try:
        return ActorIndex.from_snapshot(data.get("state")), count
    except ValueError:
        return None, 0


def _digest(pairs: list[tuple[str, int]]) -> str:
    """What tells one sequence of (article id, fingerprint) from another."""
    digest = hashlib.sha256()
    for article_id, fingerprint in pairs:
        digest.update(f"{article_id}\0{fingerprint}\n".encode("utf-8", "replace"))
    return digest.hexdigest()


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
    write_cache_file(store, CACHE_FILE,
           {"format": CACHE_FORMAT, "version": CACHE_VERSION, "articles": entries})


def write_cache_file(store: Store, name: str, data: dict[str, Any]) -> None:
    """Write one file of the store's cache/ atomically; nothing for a read-only store, and
    a failure is ignored (a cache is only ever cold, never needed)."""
    if store.readonly:
        return
    folder = store.path / CACHE_FOLDER
    with contextlib.suppress(OSError, StoreError):
        folder.mkdir(exist_ok=True)
        atomic_write(folder / name, [encode_json(data)])
