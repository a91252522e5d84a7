"""The tinydb glue: tables keyed by our string ids, over one AtomicJSONStorage each.

tinydb's own tables number their documents and rebuild the whole table (parsing every
document) on each write. `DocTable` keys documents by the records' string ids and edits a
working copy in which the documents a write does not touch stay raw bytes; `StoreDB` makes
its tables DocTables without a query cache. Kept apart from storage.py, which knows the
file and nothing of tinydb's tables, and from db.py, which knows records, not tinydb.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from typing import Any, cast

from tinydb import TinyDB
from tinydb.table import Document, Table

from .storage import AtomicJSONStorage, LazyDocs


class DocTable(Table):
    """A tinydb table keyed by our own string ids whose writes leave other documents unparsed."""

    document_id_class = str  # type: ignore[assignment]

    # tinydb annotates document ids as int; ours are strings (document_id_class above), so
    # the store reaches documents through these, which say so once.
    def by_id(self, doc_id: str) -> Document | None:
        """The document with this id, or None."""
        found = self.get(doc_id=cast(int, doc_id))
        return found if isinstance(found, Document) else None

    def remove_ids(self, doc_ids: list[str]) -> None:
        """Remove the documents with these ids (one commit)."""
        self.remove(doc_ids=cast(list[int], doc_ids))

    def _update_table(self, updater: Callable[[dict[int, Mapping[Any, Any]]], None]) -> None:
        # tinydb's version rebuilds the table, parsing every document; ours edits a working
        # copy in which documents the updater does not touch stay raw bytes.
        tables = self._storage.read() or {}
        current = tables.get(self.name)
        if isinstance(current, LazyDocs):
            table = current.working_copy()
        else:
            assert isinstance(self._storage, AtomicJSONStorage)
            table = LazyDocs(dict(current or {}), self._storage, keep_parsed=True)
        # A mapping of documents by (our string) id, which is what the updater edits.
        updater(cast(dict[int, Mapping[Any, Any]], table))
        tables[self.name] = cast(Any, table)
        self._storage.write(tables)
        self.clear_cache()

    def put(self, doc_id: str, document: Mapping[str, Any]) -> None:
        """Insert or wholly replace the document stored under `doc_id`."""
        self.put_many({doc_id: document})

    def put_many(self, documents: Mapping[str, Mapping[str, Any]]) -> None:
        """Insert or wholly replace several documents by id, in one write."""

        def updater(table: dict[int, Mapping[Any, Any]]) -> None:
            by_name = cast(MutableMapping[str, Any], table)  # our ids are strings
            for doc_id, document in documents.items():
                by_name[doc_id] = dict(document)

        self._update_table(updater)


class StoreDB(TinyDB):
    """TinyDB over one AtomicJSONStorage, with DocTable tables and no query cache."""

    table_class = DocTable

    def __init__(self, storage: AtomicJSONStorage) -> None:
        super().__init__(storage=lambda: storage)

    def doc_table(self, name: str) -> DocTable:
        # No query cache: results are cheap to recompute and a cache could outlive a rollback.
        table = self.table(name, cache_size=0)
        assert isinstance(table, DocTable)
        return table
