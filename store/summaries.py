"""The articles' summaries: what a list of articles shows, read without any article text.

The articles file's header (its meta) holds one summary row per article, so opening a
store and listing its articles reads only that header. `ArticleIndex` keeps the summaries
as the header has them, rebuilds them from the articles if the two ever disagree (the
index is derived data), and commits a new index with each change to the articles. Kept
apart from the Store class, which decides what changes; this decides what the list shows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, NamedTuple

from .records import Article
from .shapes import record_of
from .storage import AtomicJSONStorage
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

    @classmethod
    def from_row(cls, row: Any) -> ArticleSummary:
        """Read a row written by `to_row` (or by a newsdesk before rows had a source and
        an origin: five fields); ValueError if it is not one."""
        return summaries_from_rows([row])[0]


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


def index_meta(summaries: Iterable[ArticleSummary]) -> dict[str, Any]:
    """The articles file's header meta that holds these summaries."""
    return {"index": [s.to_row() for s in summaries]}


_UNSET = object()


class ArticleIndex:
    """The article summaries by id, as the articles file's header has them."""

    def __init__(self, storage: AtomicJSONStorage, articles: DocTable) -> None:
        self._storage = storage
        self._articles = articles
        self._summaries: dict[str, ArticleSummary] = {}
        self._summaries_meta: Any = _UNSET  # the header meta `_summaries` was built from

    def current(self) -> dict[str, ArticleSummary]:
        """The summaries by id, in the order the articles were added (shared: do not edit)."""
        meta = self._storage.meta
        if meta is not self._summaries_meta:
            self._summaries = self._summaries_from(meta)
            self._summaries_meta = meta
        return self._summaries

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
        meta = index_meta(index.values())
        with self._storage.transaction() as txn:
            change()
            txn.set_meta(meta)
        # If a surrogate became U+FFFD in a title, the storage holds the meta as stored, not
        # `meta`, and `current` rebuilds the summaries from it.
        self._summaries, self._summaries_meta = index, meta

    def change(self, change: Callable[[], Any], *, put: Mapping[str, ArticleSummary] = {},
               remove: Collection[str] = ()) -> None:
        """Apply `change` to the articles and, in the same commit, replace or add the
        summaries in `put` (a new id goes last) and drop those in `remove`.

        The stored rows are edited as they are, without reading each into a summary (at
        100,000 articles that is most of what removing one costs), when they agree with
        the articles' ids; otherwise the summaries are rebuilt first (see `current`)."""
        meta = self._storage.meta
        rows = self._rows_if_whole(meta)
        if rows is None:
            index = dict(self.current())
            for article_id in remove:
                index.pop(article_id, None)
            index.update(put)
            self.commit(index, change)
            return
        gone = set(remove)
        kept = [row for row in rows if row[0] not in gone] if gone else list(rows)
        if put:
            position = {row[0]: n for n, row in enumerate(kept)}
            for article_id, summary in put.items():
                at = position.get(article_id)
                if at is None:
                    position[article_id] = len(kept)
                    kept.append(summary.to_row())
                else:
                    kept[at] = summary.to_row()
        new_meta = {"index": kept}
        with self._storage.transaction() as txn:
            change()
            txn.set_meta(new_meta)
        if self._summaries_meta is meta:  # keep what was parsed: edit it the same way
            summaries = {k: v for k, v in self._summaries.items() if k not in gone}
            summaries.update(put)
            self._summaries, self._summaries_meta = summaries, new_meta
        else:
            self._summaries_meta = _UNSET

    def _rows_if_whole(self, meta: Any) -> list[Any] | None:
        """The stored rows, if there is one per article in the articles' order."""
        rows = meta.get("index") if isinstance(meta, dict) else None
        if not isinstance(rows, list):
            return None
        ids = self._storage.table_keys("articles")
        if len(rows) != len(ids):
            return None
        try:
            if [row[0] for row in rows] != ids:
                return None
        except (TypeError, KeyError, IndexError):
            return None
        return rows

