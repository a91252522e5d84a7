"""The fuzzy jump outside the workstation: `newsdesk search` over the same index."""

from __future__ import annotations

from newsdesk.analysis.search import SearchHit, SearchIndex
from newsdesk.store.db import Store

from .corpus import new_search_index, scan_corpus


def search_store(store: Store, query: str, *, kind: str | None = None,
                 limit: int = 20) -> list[SearchHit]:
    """The best items for `query` (only of `kind`, when given), best first."""
    index: SearchIndex = new_search_index(None)
    scan_corpus(index, store)
    # Ask for more than wanted when filtering by kind: the index ranks every kind together.
    hits = index.search(query, limit=limit if kind is None else max(limit * 10, 200))
    if kind is not None:
        hits = [hit for hit in hits if hit.item.kind == kind]
    return hits[:limit]
