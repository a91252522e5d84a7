"""The shipped seed articles: what a new store is filled with."""

from __future__ import annotations

from newsdesk.seeds import seed_paths
from newsdesk.store.db import Store

from .importing import import_into


def ensure_seeded(store: Store) -> int:
    """Fill a newly created store from the shipped seeds; returns how many were added."""
    if not store.created or store.readonly:
        return 0
    return import_into(store, seed_paths()).imported


def seed_ids() -> set[str]:
    """Ids of the shipped seed articles, which a new store holds before the reader's own."""
    from newsdesk.store.importer import ImportFailure, read_path, to_article

    ids: set[str] = set()
    for path in seed_paths():
        try:
            ids.update(to_article(draft, "").id for draft in read_path(path))
        except ImportFailure:
            continue
    return ids
