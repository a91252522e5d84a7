"""The shipped seed article: the example a new workstation opens on.

It is added when the workstation first opens an empty store, never by a command-line
import (a script filling a store wants its own articles only), and once: removed, it
stays removed (the store remembers that the workstation has opened it).
"""

from __future__ import annotations

from newsdesk.seeds import seed_paths
from newsdesk.store.db import Store

from .importing import import_into

OPENED_SETTING = "workstation.opened"


def seed_for_workstation(store: Store) -> int:
    """Add the shipped seed when the workstation opens an empty store for the first time;
    returns how many articles were added."""
    if store.readonly or store.get_setting(OPENED_SETTING, False):
        return 0
    added = 0 if store.article_count() else import_into(store, seed_paths()).imported
    store.set_setting(OPENED_SETTING, True)
    return added


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
