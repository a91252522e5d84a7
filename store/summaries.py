"""The articles' summaries: what a list of articles shows, read without any article text.

The articles file's header (its meta) holds one summary row per article, so opening a
store and listing its articles reads only that header. `ArticleIndex` keeps the summaries
as the header has them, rebuilds them from the articles if the two ever disagree (the
index is derived data), and commits a new index with each change to the articles. Kept
apart from the Store class, which decides what changes; this decides what the list shows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, NamedTuple

from .atomic import encode_json_checked
from .records import Article
from .rows import HEAD, TAIL, RowsMisaligned, line_of
from .shapes import record_of
from .storage import AtomicJSONStorage, EncodedMeta, Transaction
from .tables import DocTable


class ArticleSummary(NamedTuple):
    """What a list of articles shows, kept in the articles file's index.

    A named tuple: at 100,000 articles a list builds 100,000 of them, and a tuple is
    made from its stored row in one step (see `summaries_from_rows`)."""

    id: str
    title: str
    published: str | None
    words: int
    imported_at: str
    source: str | None = None
    origin: str | None = None  # the file or feed item it came from (see Article.origin)

    @classmethod
    def of(cls, article: Article) -> ArticleSummary:
        return cls(article.id, article.title, article.published, article.words,
                   article.imported_at, article.source, article.origin)

    def to_row(self) -> list[Any]:
        return list(self)


# The types each field of a stored row may have, in order.
_ROW_TYPES: tuple[frozenset[type], ...] = (
    frozenset({str}), frozenset({str}), frozenset({str, type(None)}), frozenset({int}),
    frozenset({str}), frozenset({str, type(None)}), frozenset({str, type(None)}),
)


def summaries_from_rows(rows: Any) -> list[ArticleSummary]:
    """Read rows written by `to_row` (five-field rows from an older newsdesk too), checked
    column by column rather than row by row; ValueError if any is not a summary row."""
    if not isinstance(rows, list) or not set(map(type, rows)) <= {list}:
        raise ValueError("not a list of summary rows")
    lengths = set(map(len, rows))
    if not lengths <= {5, 7}:
        raise ValueError("not a summary row")
    if 5 in lengths:  # rows from before the source and origin were kept
        rows = [row if len(row) == 7 else [*row, None, None] for row in rows]
    for column, allowed in zip(zip(*rows, strict=True), _ROW_TYPES, strict=True):
        if not set(map(type, column)) <= allowed:
            raise ValueError("not a summary row")
    return list(map(ArticleSummary._make, rows))


# The summaries' meta line: {"index":[row,<tab>row,...]}, edited row by row (rows.py).


def index_meta(summaries: Iterable[ArticleSummary]) -> EncodedMeta:
    """The articles file's meta that holds these summaries, one row after another."""
    return _encoded(summaries)[0]


def _encoded(summaries: Iterable[ArticleSummary]) -> tuple[EncodedMeta, bool]:
    """`index_meta`, and whether every row went in unchanged (a title's lone surrogate is
    stored as U+FFFD: the rows then read back otherwise)."""
    rows, unchanged = _rows(summaries)
    return EncodedMeta(line_of(rows)), unchanged


def _rows(summaries: Iterable[ArticleSummary]) -> tuple[list[bytes], bool]:
    """Each summary's stored row, and whether every one went in unchanged."""
    unchanged = True
    rows = []
    for summary in summaries:
        row, same = encode_json_checked(summary.to_row())
        rows.append(row)
        unchanged = unchanged and same
    return rows, unchanged


_UNSET = object()

# How "newest" is decided: (published or "", imported_at or "", id); the id only names it.
Newest = tuple[str, str, str]


def _newest_of(summaries: Iterable[ArticleSummary], start: Newest | None = None) -> Newest | None:
    """The newest of these summaries (and `start`); the first of equals, as `max` picks."""
    best = start
    for s in summaries:
        key = (s.published or "", s.imported_at or "", s.id)
        if best is None or key[:2] > best[:2]:
            best = key
    return best


class ArticleIndex:
    """The article summaries by id, as the articles file's meta has them."""

    def __init__(self, storage: AtomicJSONStorage, articles: DocTable) -> None:
        self._storage = storage
        self._articles = articles
        self._summaries: dict[str, ArticleSummary] = {}
        # The version of the stored meta `_summaries` is (storage.meta_version: a new
        # object with each commit or refresh); _UNSET when they may differ from it.
        self._read_from: Any = _UNSET

    def current(self) -> dict[str, ArticleSummary]:
        """The summaries by id, in the order the articles were added (shared: do not edit)."""
        version = self._storage.meta_version()
        if version is not self._read_from:
            self._summaries = self._summaries_from(self._storage.meta)
            self._read_from = version
        return self._summaries

    def newest_id(self) -> str | None:
        """The id of the article published last (then imported last; undated ones count
        as oldest): what the workstation opens at start, before it has listed anything.
        Each commit of the summaries puts it in the index's header (`_newest_after`), so
        this reads no summary; without it (a store written before), it is found over the
        stored rows without reading each into a summary."""
        stored = self._stored_newest()
        if stored is not None and self._storage.has_key("articles", stored[2]):
            return stored[2]
        if self._storage.meta_version() is self._read_from:
            rows: Any = list(self._summaries.values())
        else:
            meta = self._storage.meta
            rows = meta.get("index") if isinstance(meta, dict) else None
            ids = self._storage.table_keys("articles")
            if not isinstance(rows, list) or len(rows) != len(ids) or (rows and (
                    not set(map(type, rows)) <= {list} or min(map(len, rows)) < 5)):
                rows = list(self.current().values())
        if not rows:
            return None
        try:
            newest = max(rows, key=lambda row: (row[2] or "", row[4] or ""))
        except TypeError:  # a field of the wrong type: read them properly
            newest = max(self.current().values(),
                         key=lambda row: (row.published or "", row.imported_at or ""))
        return newest[0] if isinstance(newest[0], str) else None

    def _summaries_from(self, meta: Any) -> dict[str, ArticleSummary]:
        ids = self._storage.table_keys("articles")
        try:
            rows = meta["index"] if meta is not None else []
            summaries = {summary.id: summary for summary in summaries_from_rows(rows)}
        except (TypeError, KeyError, IndexError, ValueError):
            summaries = None
        if summaries is not None and len(summaries) == len(ids) and summaries.keys() >= set(ids):
            return summaries
        # The index is derived data: if it ever disagrees with the articles, rebuild it from
        # them (slow, but right); the next commit of articles stores the rebuilt one.
        rebuilt = {}
        for article_id in ids:
            doc = self._articles.by_id(article_id)
            if doc is not None:
                rebuilt[article_id] = ArticleSummary.of(record_of(Article, doc, self._storage))
        return rebuilt

    def commit(self, index: dict[str, ArticleSummary], change: Callable[[], Any]) -> None:
        """Apply `change` to the articles and store `index` with it, in one commit."""
        meta, unchanged = _encoded(index.values())
        newest = _newest_of(index.values())
        with self._storage.transaction() as txn:
            change()
            txn.set_meta(meta, _digest(newest))
        self._summaries = index
        self._read_from = self._storage.meta_version() if unchanged else _UNSET

    def name_newest(self, txn: Transaction) -> None:
        """Within `txn` (a migration's), keep the summaries as they are and put the newest
        article in the index's header: one parse of them, once."""
        newest = _newest_of(self.current().values())
        line = self._storage.meta_line()
        if newest is not None and line is not None:
            txn.set_meta(EncodedMeta(line), {"newest": list(newest)})

    def _stored_newest(self) -> Newest | None:
        """The newest article as the index's header gives it; None if it gives none."""
        digest = self._storage.meta_digest()
        newest = digest.get("newest") if isinstance(digest, dict) else None
        if isinstance(newest, list) and len(newest) == 3 \
                and all(isinstance(v, str) for v in newest):
            return (newest[0], newest[1], newest[2])
        return None

    def _newest_after(self, put: Mapping[str, ArticleSummary],
                      remove: Collection[str]) -> Newest | None:
        """The newest article once `put` and `remove` are applied to the stored rows: from
        the header's newest and those put, without reading the other rows; by reading them
        all (one parse of the summaries' line) only when the newest itself is removed or
        dated earlier, or the header gives none (a store written before)."""
        stored = self._stored_newest()
        if stored is not None and stored[2] not in remove:
            moved = put.get(stored[2])
            if moved is None:
                return _newest_of(put.values(), stored)
            if (moved.published or "", moved.imported_at or "") >= stored[:2]:
                return _newest_of(put.values())
        line = self._storage.meta_line()
        if line is None:
            return None
        try:
            parsed = json.loads(line[len(HEAD) - 1:-len(TAIL) + 1])
            left = (row for row in parsed if row[0] not in remove and row[0] not in put)
            best = max(left, key=lambda row: (row[2] or "", row[4] or ""), default=None)
        except (ValueError, TypeError, IndexError, KeyError):
            return None  # not stored: the next start finds it over the rows
        if best is not None and not all(isinstance(v, str) for v in (
                best[0], best[2] or "", best[4] or "")):
            return None
        rest = None if best is None else (best[2] or "", best[4] or "", best[0])
        return _newest_of(put.values(), rest)

    def change(self, change: Callable[[], Any], *, put: Mapping[str, ArticleSummary] = {},
               remove: Collection[str] = ()) -> None:
        """Apply `change` to the articles and, in the same commit, replace or add the
        summaries in `put` (a new id goes last) and drop those in `remove`.

        The stored rows are edited as they are, without parsing the others (at 100,000
        articles, parsing and writing them all again was most of what removing one cost),
        and a large index takes the change into its overlay without reading them at all
        (index_overlay.py); where the stored rows do not line up with the articles, the
        summaries are read whole (see `current`) and written again."""
        rows, unchanged = _rows(put.values())
        version = self._storage.meta_version()
        newest = self._newest_after(put, remove)
        try:
            with self._storage.transaction() as txn:
                change()
                txn.edit_rows("articles", dict(zip(put, rows, strict=True)), list(remove),
                              _digest(newest))
        except RowsMisaligned:
            index = dict(self.current())
            for article_id in remove:
                index.pop(article_id, None)
            index.update(put)
            self.commit(index, change)
            return
        if self._read_from is version:  # edit what was read the same way
            gone = set(remove)
            summaries = {k: v for k, v in self._summaries.items() if k not in gone}
            summaries.update(put)
            self._summaries = summaries
            self._read_from = self._storage.meta_version() if unchanged else _UNSET
        else:
            self._read_from = _UNSET


def _digest(newest: Newest | None) -> Any:
    """The digest of the summaries an index's header keeps: the newest article."""
    return None if newest is None else {"newest": list(newest)}
