"""The articles' summaries' line as stored: one JSON row per article, edited by bytes.

The meta of the articles' index (summaries.py) is one line, `{"index":[row,<tab>row,...]}`,
each row a JSON list whose first item is its article's id. A tab is JSON white space and is
never inside a row (JSON escapes it in strings), so the line splits into its rows by a byte
search, and one row is dropped or replaced without parsing the others. summaries.py encodes
the rows; the index's overlay (index_overlay.py, applied by storefile.py and written by
storage.py) keeps recent rows apart from the line and lays them over it with `edit_line`.
Rows here are bytes, each as `encode_json` wrote it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from .atomic import encode_json

HEAD, GAP, TAIL = b'{"index":[', b",\t", b"]}"


class RowsMisaligned(ValueError):
    """A meta line that cannot be edited row by row: not written as `line_of` writes it,
    or its rows do not line up with the table's ids where they are edited."""


def line_of(rows: Iterable[bytes | memoryview]) -> bytes:
    """The meta line holding these rows, one after another."""
    return HEAD + GAP.join(rows) + TAIL


def rows_of(line: bytes | None) -> list[bytes] | None:
    """A meta line's rows, each as stored; None for a line not written as `line_of` writes
    it (by an older newsdesk: parsed whole instead)."""
    if line is None or not (line.startswith(HEAD) and line.endswith(TAIL)):
        return None
    inner = line[len(HEAD):-len(TAIL)]
    return inner.split(GAP) if inner else []


def row_start(article_id: str) -> bytes:
    """How the stored row of this article begins: `["<id>",`."""
    if article_id.isascii() and article_id.isprintable() and not any(
            c in article_id for c in '"\\'):
        return b'["' + article_id.encode() + b'",'
    return b"[" + encode_json(article_id) + b","


# Up to this many rows put or removed, the line is edited where they are (`spliced`);
# more, and it is split into its rows once (`edited`).
SPLICED_AT_MOST = 8


def edit_line(line: bytes | None, ids: list[str], put: Mapping[str, bytes],
              remove: Collection[str]) -> bytes | None:
    """The meta `line`, whose rows are those of `ids` in order, with the rows of `remove`
    dropped and those of `put` replaced where their id is (and not removed) or added last,
    in `put`'s order (an id both removed and put moves to the end, as its article does).
    None if the line is not as `line_of` writes it, or its rows do not line up with `ids`
    (one row per id, in order) where they are edited."""
    if len(remove) + len(put) <= SPLICED_AT_MOST:
        return spliced(line, ids, put, remove)
    rows = rows_of(line)
    if rows is None:
        return None
    done = edited(rows, ids, put, remove)
    return None if done is None else line_of(done)


def spliced(line: bytes | None, ids: list[str], put: Mapping[str, bytes],
            remove: Collection[str]) -> bytes | None:
    """`edit_line` by byte searches and slices: no split of 100,000 rows for one or two
    edited."""
    if line is None or not (line.startswith(HEAD) and line.endswith(TAIL)):
        return None
    start, stop = len(HEAD), len(line) - len(TAIL)
    # A tab is in no row (see GAP): the gaps are the tabs.
    if (line.count(b"\t", start, stop) + 1 if stop > start else 0) != len(ids):
        return None
    where = {article_id: n for n, article_id in enumerate(ids)} if len(ids) <= 64 else None
    cuts: list[tuple[int, int, bytes | None]] = []  # a row's bytes and what replaces them
    added: set[str] = set()
    gone = set(remove)
    for article_id in dict.fromkeys([*remove, *put]):
        if where is not None:
            at = where.get(article_id)
        else:
            try:
                at = ids.index(article_id)
            except ValueError:
                at = None
        if article_id in put and (at is None or article_id in gone):
            added.add(article_id)  # added last, in put's order (below)
        if at is None:
            continue
        row = None if article_id in gone else put.get(article_id)
        needle = row_start(article_id)
        if at == 0:
            begin = start if line.startswith(needle, start) else -1
        else:
            found = line.find(GAP + needle, start, stop)
            begin = found + len(GAP) if found >= 0 else -1
        if begin < 0 or line.count(b"\t", start, begin) != at:
            return None
        end = line.find(GAP, begin, stop)
        cuts.append((begin, stop if end < 0 else end, row))
    # The untouched runs of rows between the cuts (views: the line is copied once, by the
    # join), each cut row replaced or left out.
    view = memoryview(line)
    pieces: list[bytes | memoryview] = []
    at_byte = start
    for begin, end, replaced in sorted(cuts):
        if begin > at_byte:
            pieces.append(view[at_byte:begin - len(GAP)])
        if replaced is not None:
            pieces.append(replaced)
        at_byte = end + len(GAP)
    if at_byte <= stop and stop > start:
        pieces.append(view[at_byte:stop])
    pieces.extend(row for article_id, row in put.items() if article_id in added)
    return line_of(pieces)


def edited(rows: list[bytes], ids: list[str], put: Mapping[str, bytes],
           remove: Collection[str]) -> list[bytes] | None:
    """`edit_line` on the line's rows: one pass over them (an overlay of thousands of
    edits costs no more than one)."""
    if len(rows) != len(ids):
        return None
    gone = frozenset(remove)
    touched = gone | put.keys()
    if any(not row.startswith(row_start(key))
           for key, row in zip(ids, rows, strict=True) if key in touched):
        return None
    kept = [put.get(key, row) for key, row in zip(ids, rows, strict=True) if key not in gone]
    present = set(put).intersection(ids)  # one pass in C
    kept.extend(row for key, row in put.items() if key in gone or key not in present)
    return kept


def edit_rows_parsed(meta: Any, put: Mapping[str, bytes], remove: Collection[str]) -> Any:
    """A parsed meta (`{"index": [row, ...]}`) with the rows of `remove` dropped and those
    of `put` (JSON) replaced or added last, as `edit_line` does on its line: what a list
    reads, without splitting and joining the line; None if `meta` is not of that shape."""
    rows = meta.get("index") if isinstance(meta, dict) else None
    if not isinstance(rows, list):
        return None
    gone = frozenset(remove)
    parsed = {key: json.loads(row) for key, row in put.items()}
    try:
        ids = [row[0] for row in rows]
        kept = [parsed.get(key, row) for key, row in zip(ids, rows, strict=True)
                if key not in gone]
        present = set(parsed).intersection(ids)
    except (TypeError, IndexError, KeyError):  # not rows that start with their id
        return None
    kept.extend(row for key, row in parsed.items() if key in gone or key not in present)
    return {**meta, "index": kept}


def edit_parsed(line: bytes, put: Mapping[str, bytes], remove: Collection[str]) -> bytes:
    """`edit_line` for a line whose rows do not line up with the ids (written otherwise,
    or by hand): parsed whole, each row found by its id. A line that holds no list of rows
    is given back as it is: the summaries are then rebuilt from the articles (summaries.py),
    which is what they would be without the edit too."""
    try:
        meta: Any = json.loads(line)
    except ValueError:
        return line
    rows = meta.get("index") if isinstance(meta, dict) else None
    if not isinstance(rows, list):
        return line
    gone = set(remove)
    out: list[bytes] = []
    placed: set[str] = set()
    for row in rows:
        key = row[0] if isinstance(row, list) and row and isinstance(row[0], str) else None
        if key is not None and key in gone:
            continue
        if key is not None and key in put and key not in placed:
            out.append(put[key])
            placed.add(key)
        else:
            out.append(encode_json(row))
    out.extend(row for key, row in put.items() if key not in placed)
    return line_of(out)
