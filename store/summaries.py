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

from .atomic import encode_json, encode_json_checked
from .records import Article
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


# The summaries' meta line: {"index":[row,<tab>row,...]}. A tab is JSON white space and is
# never inside a row (JSON escapes it in strings), so the line splits into its rows by a
# byte search and one row is dropped or replaced without parsing the others.
_HEAD, _GAP, _TAIL = b'{"index":[', b",\t", b"]}"


def index_meta(summaries: Iterable[ArticleSummary]) -> EncodedMeta:
    """The articles file's meta that holds these summaries, one row after another."""
    return _encoded(summaries)[0]


def _encoded(summaries: Iterable[ArticleSummary]) -> tuple[EncodedMeta, bool]:
    """`index_meta`, and whether every row went in unchanged (a title's lone surrogate is
    stored as U+FFFD: the rows then read back otherwise)."""
    unchanged = True
    rows = []
    for summary in summaries:
        row, same = encode_json_checked(summary.to_row())
        rows.append(row)
        unchanged = unchanged and same
    return EncodedMeta(_HEAD + _GAP.join(rows) + _TAIL), unchanged


def _rows_of(line: bytes | None) -> list[bytes] | None:
    """A meta line's rows, each as stored; None for a line not written as `index_meta`
    writes it (by an older newsdesk: parsed whole instead)."""
    if line is None or not (line.startswith(_HEAD) and line.endswith(_TAIL)):
        return None
    inner = line[len(_HEAD):-len(_TAIL)]
    return inner.split(_GAP) if inner else []


# Up to this many rows put or removed, the line is edited where they are (`_spliced`);
# more, and it is split into its rows once (`ArticleIndex._edited`).
_SPLICED_AT_MOST = 8


def _spliced(line: bytes | None, ids: list[str], put: Mapping[str, ArticleSummary],
             remove: Collection[str]) -> tuple[bytes, bool] | None:
    """The meta `line` with the rows of `remove` dropped and those of `put` replaced or
    added (last), by byte searches and slices: no split of 100,000 rows for one or two
    edited; and whether those went in unchanged (see `_encoded`). None if the line is not
    as `index_meta` writes it, or its rows do not line up with `ids` (one row per id, in
    order) where they are edited."""
    if line is None or not (line.startswith(_HEAD) and line.endswith(_TAIL)):
        return None
    start, stop = len(_HEAD), len(line) - len(_TAIL)
    # A tab is in no row (see _GAP): the gaps are the tabs.
    if (line.count(b"\t", start, stop) + 1 if stop > start else 0) != len(ids):
        return None
    where = {article_id: n for n, article_id in enumerate(ids)} if len(ids) <= 64 else None
    cuts: list[tuple[int, int, bytes | None]] = []  # a row's bytes and what replaces them
    added: list[bytes] = []
    unchanged = True
    for article_id in dict.fromkeys([*remove, *put]):
        if where is not None:
            at = where.get(article_id)
        else:
            try:
                at = ids.index(article_id)
            except ValueError:
                at = None
        row: bytes | None = None
        if article_id in put:
            row, same = encode_json_checked(put[article_id].to_row())
            unchanged = unchanged and same
        if at is None:
            if row is not None:
                added.append(row)
            continue
        needle = _row_start(article_id)
        if at == 0:
            begin = start if line.startswith(needle, start) else -1
        else:
            found = line.find(_GAP + needle, start, stop)
            begin = found + len(_GAP) if found >= 0 else -1
        if begin < 0 or line.count(b"\t", start, begin) != at:
            return None
        end = line.find(_GAP, begin, stop)
        cuts.append((begin, stop if end < 0 else end, row))
    # The untouched runs of rows between the cuts (views: the line is copied once, by the
    # join), each cut row replaced or left out.
    view = memoryview(line)
    pieces: list[bytes | memoryview] = []
    at_byte = start
    for begin, end, row in sorted(cuts):
        if begin > at_byte:
            pieces.append(view[at_byte:begin - len(_GAP)])
        if row is not None:
            pieces.append(row)
        at_byte = end + len(_GAP)
    if at_byte <= stop and stop > start:
        pieces.append(view[at_byte:stop])
    pieces.extend(added)
    parts: list[bytes | memoryview] = [_HEAD]
    for n, piece in enumerate(pieces):
        parts += (_GAP, piece) if n else (piece,)
    parts.append(_TAIL)
    return b"".join(parts), unchanged


def _row_start(article_id: str) -> bytes:
    """How the stored row of this article begins: `["<id>",`."""
    if article_id.isascii() and article_id.isprintable() and not any(
            c in article_id for c in '"\\'):
        return b'["' + article_id.encode() + b'",'
    return b"[" + encode_json(article_id) + b","


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
        # What `_summaries` was read from: the stored meta line (a new object with each
        # commit), or for an inline file the meta itself.
        self._read_from: Any = _UNSET

    def _source(self) -> Any:
        line = self._storage.meta_line()
        return line if line is not None else self._storage.meta

    def current(self) -> dict[str, ArticleSummary]:
        """The summaries by id, in the order the articles were added (shared: do not edit)."""
        source = self._source()
        if source is not self._read_from:
            self._summaries = self._summaries_from(self._storage.meta)
            self._read_from = source
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
        if self._source() is self._read_from:
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
        self._commit(meta, change, _newest_of(index.values()))
        self._summaries, self._read_from = index, self._source() if unchanged else _UNSET

    def _commit(self, meta: EncodedMeta, change: Callable[[], Any],
                newest: Newest | None) -> None:
        with self._storage.transaction() as txn:
            change()
            txn.set_meta(meta, None if newest is None else {"newest": list(newest)})

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

    def _newest_after(self, put: Mapping[str, ArticleSummary], remove: Collection[str],
                      line: bytes) -> Newest | None:
        """The newest article once `put` and `remove` are applied to the stored rows (the
        edited meta `line`): from the header's newest and those put, without reading the
        other rows; by reading them all (one parse) only when the newest itself is removed
        or dated earlier, or the header gives none (a store written before)."""
        stored = self._stored_newest()
        if stored is not None and stored[2] not in remove:
            moved = put.get(stored[2])
            if moved is None:
                return _newest_of(put.values(), stored)
            if (moved.published or "", moved.imported_at or "") >= stored[:2]:
                return _newest_of(put.values())
        try:
            parsed = json.loads(line[len(_HEAD) - 1:-len(_TAIL) + 1])
            best = max(parsed, key=lambda row: (row[2] or "", row[4] or ""), default=None)
        except (ValueError, TypeError, IndexError):
            return None  # not stored: the next start finds it over the rows
        if best is None or not all(isinstance(v, str) for v in (best[0], best[2] or "",
                                                                   best[4] or "")):
            return None
        return (best[2] or "", best[4] or "", best[0])

    def change(self, change: Callable[[], Any], *, put: Mapping[str, ArticleSummary] = {},
               remove: Collection[str] = ()) -> None:
        """Apply `change` to the articles and, in the same commit, replace or add the
        summaries in `put` (a new id goes last) and drop those in `remove`.

        The stored rows are edited as they are, without parsing the others (at 100,000
        articles, parsing and writing them all again was most of what removing one cost),
        when the stored line has one row per article and each row edited is where its
        article is; otherwise the summaries are read whole (see `current`)."""
        line = self._storage.meta_line()
        ids = self._storage.table_keys("articles")
        done: tuple[bytes, bool] | None = None
        if len(remove) + len(put) <= _SPLICED_AT_MOST:
            done = _spliced(line, ids, put, remove)
        elif (rows := _rows_of(line)) is not None and (
                edited := self._edited(rows, ids, put, remove)) is not None:
            done = _HEAD + _GAP.join(edited[0]) + _TAIL, edited[1]
        if done is None:
            index = dict(self.current())
            for article_id in remove:
                index.pop(article_id, None)
            index.update(put)
            self.commit(index, change)
            return
        new_line, unchanged = done
        self._commit(EncodedMeta(new_line), change, self._newest_after(put, remove, new_line))
        if self._read_from is line and line is not None:  # edit what was read the same way
            gone = set(remove)
            summaries = {k: v for k, v in self._summaries.items() if k not in gone}
            summaries.update(put)
            self._summaries = summaries
            self._read_from = self._source() if unchanged else _UNSET
        else:
            self._read_from = _UNSET

    @staticmethod
    def _edited(rows: list[bytes], ids: list[str], put: Mapping[str, ArticleSummary],
                remove: Collection[str]) -> tuple[list[bytes], bool] | None:
        """`rows` (edited in place) with the rows of `remove` dropped and those of `put`
        replaced or added, and whether those went in unchanged (see `_encoded`); None if
        the rows do not line up with `ids` where they are edited."""
        if len(rows) != len(ids):
            return None
        touched = [*remove, *put]
        where = {article_id: n for n, article_id in enumerate(ids)} if len(touched) > 8 \
            else {article_id: ids.index(article_id) for article_id in touched
                  if article_id in ids}
        edited: dict[int, bytes | None] = {}
        added: list[bytes] = []
        unchanged = True
        for article_id in touched:
            at = where.get(article_id)
            if at is not None and not rows[at].startswith(_row_start(article_id)):
                return None
            if article_id in put:
                row, same = encode_json_checked(put[article_id].to_row())
                unchanged = unchanged and same
                if at is None:
                    added.append(row)
                else:
                    edited[at] = row
            elif at is not None:
                edited[at] = None
        # In place, from the end (the rows are this call's own list): no walk in Python over
        # 100,000 rows for the one or two edited.
        for at in sorted(edited, reverse=True):
            replaced = edited[at]
            if replaced is None:
                del rows[at]
            else:
                rows[at] = replaced
        rows.extend(added)
        return rows, unchanged
