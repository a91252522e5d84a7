"""A tinydb storage that reads its file once, serves from memory and commits atomically.

The file's format, and how it is read, are in storefile.py (`StoreFile`); this module
commits: every commit goes through `atomic_write` (atomic.py), so a crash at any instant
leaves the old or the new file, and a file found damaged is never written to afterwards.
The tinydb tables over this storage are in tables.py.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import os
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from tinydb.storages import Storage

from . import index_overlay
from .atomic import Raw, atomic_write, encode_json, encode_json_checked, is_temp_name
from .errors import StoreChanged, StoreIOError, StoreReadOnly, os_error_advice
from .index_overlay import IndexOverlay, empty_overlay, with_size
from .lazydocs import EncodedMeta, LazyDocs, Stored
from .overlay import (
    OVERLAY_FROM,
    OVERLAY_MAX,
    encode_overlay,
    new_generation,
    overlay_of,
    remove_overlay,
    stored_docs,
)
from .rows import RowsMisaligned, edit_line
from .segments import Ref, SegmentDamaged, SegmentMissing, Segments
from .storefile import (
    FILE_FORMAT,
    FILE_VERSION,
    INLINE_VERSION,
    SEGMENTED_VERSION,
    UNKNOWN,
    UNREAD,
    Changed,
    StoreFile,
    _identity,
    identity_now,
)

# is_temp_name moved to atomic.py; tests/harness import it from here.
__all__ = [
    "FILE_FORMAT",
    "FILE_VERSION",
    "AtomicJSONStorage",
    "Changed",
    "EncodedMeta",
    "LazyDocs",
    "Raw",
    "RowsMisaligned",
    "Transaction",
    "is_temp_name",
]

# A commit that leaves the meta as it was keeps its digest (see Transaction.set_meta).
_KEEP: Any = object()

# The overlay of a segmented file (index_overlay.py) is used from this size of its body on,
# up to this size of the overlay; module globals, so tests and the crash harness can lower
# them.
INDEX_OVERLAY_FROM = index_overlay.INDEX_OVERLAY_FROM
INDEX_OVERLAY_MAX = index_overlay.INDEX_OVERLAY_MAX


@dataclass(frozen=True, slots=True)
class RowEdits:
    """A segmented file's meta changed row by row (rows.py: the articles' summaries): the
    rows of `remove` dropped, those of `put` (JSON, each a list that starts with its id)
    replaced or added last. The commit's documents change exactly as the rows do."""

    table: str
    put: Mapping[str, bytes]
    remove: Collection[str]

@dataclass(slots=True)
class Transaction:
    """Writes grouped into one commit; `set_meta` replaces the header's meta with it."""

    meta: Any
    pending: dict[str, Any] | None = None
    meta_changed: bool = False
    digest: Any = _KEEP

    def set_meta(self, meta: Any, digest: Any = None) -> None:
        """Replace the meta; `digest`, a small JSON value saying something of it, goes into
        a segmented file's header, where a reader finds it without reading the meta."""
        self.meta = meta
        self.meta_changed = True
        self.digest = digest

    def edit_rows(self, table: str, put: Mapping[str, bytes], remove: Collection[str],
                  digest: Any = None) -> None:
        """Change the meta row by row (see RowEdits), with the documents of `table` this
        transaction adds, replaces (`put`) and removes: a commit that need not read the
        meta, and may go to the overlay. `digest` as for `set_meta`. The commit raises
        RowsMisaligned, having written nothing, where the stored rows cannot be edited so
        (the caller then sets the meta whole)."""
        self.meta = RowEdits(table, put, remove)
        self.meta_changed = True
        self.digest = digest

    def rewrite(self) -> None:
        """Commit every document again at the end, changed or not (a migration's move)."""
        self.meta_changed = True

    @property
    def changed(self) -> bool:
        return self.pending is not None



class AtomicJSONStorage(StoreFile, Storage):
    """The tinydb storage of one store file: a `StoreFile` that commits."""

    def __init__(self, path: Path, *, readonly: bool = False, check_on_load: bool = False,
                 segmented: bool = False, overlay: bool = False):
        super().__init__(path, readonly=readonly, check_on_load=check_on_load,
                         segmented=segmented, overlay=overlay)
        # The digest of the meta the commit under way writes (Transaction.set_meta).
        self._pending_digest: Any = _KEEP

    # -- writing ---------------------------------------------------------------------------

    def write(self, data: dict[str, Any]) -> None:
        """Commit `data` durably (or, inside a transaction, keep it for the transaction's end)."""
        self._check_writable()
        if self._txn is not None:
            self._txn.pending = data
            return
        self._commit(data, self.meta)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Group writes into one commit at the end; on an error nothing changes, on disk or here."""
        self._check_writable()
        if self._txn is not None:
            raise RuntimeError("store transactions do not nest")
        self.open()
        txn = self._txn = Transaction(meta=self._meta)
        try:
            yield txn
        finally:
            self._txn = None
        self._pending_digest = txn.digest
        try:
            if txn.pending is not None:
                self._commit(txn.pending, self.meta if txn.meta is UNREAD else txn.meta)
            elif txn.meta_changed:
                self.load()
                self._commit(dict(self._tables or {}),
                             self.meta if txn.meta is UNREAD else txn.meta)
        finally:
            self._pending_digest = _KEEP

    def _commit(self, data: Mapping[str, Any], meta: Any) -> None:
        if self.segmented:
            self._commit_segmented(data, meta)
            return
        if isinstance(meta, EncodedMeta):  # an inline file keeps its meta in its header
            meta = json.loads(meta.line)
        if self._commit_overlay(data, meta):
            return
        keys_by_table: dict[str, list[str]] = {}
        lines_by_table: dict[str, list[Raw]] = {}
        for name, docs in data.items():
            items = dict(docs.raw_items() if isinstance(docs, LazyDocs) else docs.items())
            keys_by_table[str(name)] = list(map(str, items))
            lines_by_table[str(name)] = [
                value if type(value) is memoryview or type(value) is bytes else encode_json(value)
                for value in items.values()]
        # Every record line ends with "\n".
        body = b"\n".join([*itertools.chain.from_iterable(lines_by_table.values()), b""])
        crc = zlib.crc32(body)
        header = {
            "format": FILE_FORMAT,
            "version": INLINE_VERSION,
            "body_bytes": len(body),
            "crc32": crc,
            "tables": keys_by_table,
            "meta": meta,
        }
        generation = None
        if self._overlay_path is not None:
            header["generation"] = generation = new_generation()
        header_line, stored = _as_stored(header)
        meta = stored["meta"]
        self._check_on_disk()

        def adopt(*, synced: bool) -> None:
            self._adopt_lines(body, crc, keys_by_table, lines_by_table, meta)
            self._generation, self._base_tables = generation, self._tables
            self._base_keys = keys_by_table
            if synced:
                self._drop_stale_overlay()

        try:
            written = atomic_write(self.path, [header_line + b"\n", body])
        except StoreIOError as e:
            if e.replaced:  # the new file is what is on disk now, so it is the state
                adopt(synced=False)
                with contextlib.suppress(OSError):
                    self._on_disk = _identity(os.stat(self.path))
            raise
        adopt(synced=True)
        self._on_disk = _identity(written)

    def _commit_overlay(self, data: Mapping[str, Any], meta: Any) -> bool:
        """Commit into the overlay when this file is large and what differs from it is
        small (see overlay.py); False, having written nothing, where it is not."""
        base = self._base_tables
        if (self._overlay_path is None or self._generation is None or base is None
                or self._body_bytes < OVERLAY_FROM or meta != self._meta):
            return False
        overlay = overlay_of(self._generation,
                             {name: stored_docs(docs) for name, docs in base.items()},
                             {name: stored_docs(docs) for name, docs in data.items()})
        if overlay is None or overlay.size > OVERLAY_MAX:
            return False
        self._check_on_disk()

        def adopt() -> None:
            self._overlay = overlay
            self._tables = self._merged(base)
            self._meta_token = object()

        try:
            written = atomic_write(self._overlay_path, encode_overlay(overlay))
        except StoreIOError as e:
            if e.replaced:
                adopt()
                with contextlib.suppress(OSError):
                    self._overlay_on_disk = _identity(os.stat(self._overlay_path))
            raise
        adopt()
        self._overlay_on_disk = _identity(written)
        return True

    def _commit_segmented(self, data: Mapping[str, Any], meta: Any) -> None:
        if isinstance(meta, RowEdits):
            if self._commit_index_overlay(data, meta):
                return
            meta = self._edited_meta(meta)
        if isinstance(meta, EncodedMeta):  # parsed if and when it is asked for
            meta_line, meta = meta.line, UNREAD
        else:
            meta_line, meta = _as_stored(meta)
        counted = self._counted(data)
        if counted is not None and self._commit_counted(*counted, meta_line, meta):
            return
        tables: dict[str, list[tuple[str, Ref | Raw]]] = {}
        for name, docs in data.items():
            items = docs.raw_items() if isinstance(docs, LazyDocs) else docs.items()
            tables[str(name)] = [
                (str(key), value if isinstance(value, Ref | bytes | memoryview)
                 else encode_json(value))
                for key, value in items]
        self._check_on_disk()
        before = self._segments
        if before is None:
            # Moving an inline file into segments (the migration): a segment already there
            # is what a killed attempt left, so it is written over or swept. With no file at
            # all, any segment there is from an index moved away: kept, and numbered after,
            # by an index of no documents written first (`_claim_segment_numbers`).
            before = (Segments(self.segment_folder) if self._on_disk is not None
                      else self._claim_segment_numbers(list(tables)))
        with self._segment_errors():
            refs, after = before.commit(tables)
        places = b"".join(encode_json([r.to_json() for r in refs[name]]) + b"\n"
                          for name in tables)
        keys_by_table = {name: [key for key, _ in docs] for name, docs in tables.items()}
        self._write_index(
            keys_by_table, places, meta_line, meta, before, after,
            lambda: {name: LazyDocs(dict(zip(keys, refs[name], strict=True)), self)
                     for name, keys in keys_by_table.items()})

    def _claim_segment_numbers(self, names: list[str]) -> Segments:
        """Before the first segment of a file that is not there yet: commit an index of no
        documents (tables `names`, empty; no meta, as the missing file has) whose
        `next_segment` comes after every segment file already in the folder (an index moved
        away may point into those: they are kept). It changes nothing a reader sees, but
        it is what makes the segment the commit writes next, numbered so, an orphan of a
        committed index if the commit is killed before its own index: the next commit
        writes that number again or sweeps it. Without it, the next commit would find no
        index either, take that segment for one of a moved-away index's and number past
        it, and the segment would stay in the folder for good, listed by no index."""
        claimed = Segments.fresh(self.segment_folder)
        after = Segments(self.segment_folder, {}, claimed.next_number, {}, {})
        pending, self._pending_digest = self._pending_digest, None  # no meta, no digest
        try:
            self._write_index(
                {name: [] for name in names}, b"[]\n" * len(names), b"null", None,
                claimed, after, lambda: {name: LazyDocs({}, self) for name in names})
        finally:
            self._pending_digest = pending
        return after

    def _edited_meta(self, edits: RowEdits) -> EncodedMeta:
        """The meta line as committed (the overlay's rows laid over it) with `edits` made:
        what a commit that writes the index whole stores. RowsMisaligned (nothing written)
        where its rows cannot be edited so."""
        line = self.meta_line()
        ids = self.table_keys(edits.table)
        edited = edit_line(line, ids, edits.put, edits.remove)
        if edited is None:
            raise RowsMisaligned(f"the summaries in {self.path} do not line up with its ids")
        return EncodedMeta(edited)

    def _commit_index_overlay(self, data: Mapping[str, Any], edits: RowEdits) -> bool:
        """Commit into the index's overlay (index_overlay.py) when this index is large and
        the commit changes a few documents without merging or emptying a segment: their
        JSON into a new segment, then the overlay; False, having written nothing, where
        it is not."""
        path, committed, before = self._overlay_path, self._tables, self._segments
        base_tables = self._base_tables
        if (path is None or self._generation is None or committed is None
                or base_tables is None or before is None or before.live is None
                or self._version != SEGMENTED_VERSION
                or self._body_bytes < INDEX_OVERLAY_FROM
                or set(data) != set(committed) or len(committed) != 1):
            return False
        table = edits.table
        docs, old = data.get(table), committed.get(table)
        if not isinstance(docs, LazyDocs) or old is None or docs._refs is not old._refs:
            return False
        current = self._index_overlay()
        if current is None:
            current = empty_overlay(self._generation, table, before.header_fields(),
                                    self._meta_digest)
        elif current.table != table:
            return False
        new_docs, old_docs = docs._docs, old._docs
        removed = [key for key in dict.fromkeys(edits.remove) if key in old_docs]
        added = [key for key in edits.put if key not in old_docs]
        if (any(key in new_docs for key in removed)
                or len(new_docs) != len(old_docs) - len(removed) + len(added)):
            return False
        # The documents put are new or changed (parsed, or JSON), and no other one is: a
        # table of places alone (a removal) shows that by its values' types, without a walk.
        changed: dict[str, bytes] = {}
        for key in edits.put:
            value = new_docs.get(key)
            if value is None or type(value) is int or isinstance(value, Ref):
                return False
            changed[key] = (bytes(value) if isinstance(value, bytes | memoryview)
                            else encode_json(value))
        if not set(map(type, new_docs.values())) <= {int, Ref} and sum(
                1 for value in new_docs.values()
                if type(value) is not int and type(value) is not Ref) != len(changed):
            return False
        kept = dict(before.live)
        for key in [*removed, *(key for key in changed if key in old_docs)]:
            ref = old._stored(key)
            if not isinstance(ref, Ref) or ref.segment not in kept:
                return False
            kept[ref.segment] -= ref.length + 1
        if any(size <= 0 for size in kept.values()) or before.merges(kept, fresh=bool(changed)):
            return False  # a segment emptied (retired on a full count) or merged away
        raws = list(changed.values())
        refs, after = before.appended(raws, kept)
        put = dict(current.put)
        gone = set(current.removed)
        base_docs = base_tables[table]._docs
        for key in removed:
            put.pop(key, None)
            if key in base_docs:
                gone.add(key)
        for (key, row), ref in zip(edits.put.items(), refs, strict=True):
            put[key] = (ref, bytes(row))
        digest = self._meta_digest if self._pending_digest is _KEEP else self._pending_digest
        overlay, chunks = with_size(IndexOverlay(
            current.base, table, put, frozenset(gone), after.header_fields(), digest))
        if overlay.size > INDEX_OVERLAY_MAX:
            return False
        self._check_on_disk()
        if raws:
            with self._segment_errors():
                before.write_appended(after, raws)

        def adopt() -> None:
            self._overlay = overlay
            after.adopt_open_files(before)
            self._segments = after
            self._keys = {**self._base_keys, table: list(new_docs)}  # (the one table)
            self._keys_stale = False
            self._key_set = None
            self._tables = self._merged_index(base_tables)
            self._meta, self._merged_line, self._meta_token = UNREAD, None, object()
            self._meta_digest = digest

        try:
            written = atomic_write(path, chunks)
        except StoreIOError as e:
            if e.replaced:
                adopt()
                with contextlib.suppress(OSError):
                    self._overlay_on_disk = _identity(os.stat(path))
            raise
        adopt()
        self._overlay_on_disk = _identity(written)
        return True

    def _counted(
        self, data: Mapping[str, Any],
    ) -> tuple[dict[str, list[str]], dict[str, list[bytes | Ref | tuple[Raw]]],
               dict[int, int]] | None:
        """For a commit of working copies of this file's tables: each table's ids and
        documents as `Segments.commit_counted` takes them (unchanged places unparsed), and
        each segment's live bytes after the change, counted from the header's live bytes
        and the places of what is removed or replaced; None where that cannot be done (no
        counts, a table not read from this file's index): the commit then reads every
        place."""
        before, committed = self._segments, self._tables
        if before is None or before.live is None or committed is None \
                or set(data) != set(committed):
            return None
        kept = dict(before.live)
        keys_by_table: dict[str, list[str]] = {}
        tables: dict[str, list[bytes | Ref | tuple[Raw]]] = {}
        for name, docs in data.items():
            old = committed[name]
            if not isinstance(docs, LazyDocs) or docs._refs is not old._refs:
                return None
            refs = docs._refs
            keys: list[str] = []
            values: list[bytes | Ref | tuple[Raw]] = []
            dead = [key for key in old._docs.keys() - docs._docs.keys()]
            positions = list(docs._docs.values())
            if refs is not None and set(map(type, positions)) <= {int}:
                # Nothing added, changed or read since: each place as the index had it,
                # without a walk in Python over 100,000 documents (a removal's commit).
                keys = list(docs._docs)
                values = list(map(refs.__getitem__, cast(list[int], positions)))
                positions = []
            for key, value in docs._docs.items() if positions else ():
                keys.append(key)
                if type(value) is int:
                    assert refs is not None
                    values.append(refs[value])
                elif isinstance(value, Ref):
                    values.append(value)
                else:  # new or changed: its JSON goes into the new segment
                    values.append((value if isinstance(value, bytes | memoryview)
                                   else encode_json(value),))
                    if key in old._docs:
                        dead.append(key)
            for key in dead:
                ref = old._stored(key)
                if not isinstance(ref, Ref) or ref.segment not in kept:
                    return None
                kept[ref.segment] -= ref.length + 1
            keys_by_table[str(name)] = keys
            tables[str(name)] = values
        return keys_by_table, tables, kept

    def _commit_counted(self, keys_by_table: dict[str, list[str]],
                        tables: dict[str, list[bytes | Ref | tuple[Raw]]],
                        kept: dict[int, int], meta_line: bytes, meta: Any) -> bool:
        """Commit from counted live bytes (see `_counted`); False, having written nothing,
        where a segment would be left with nothing live or a place cannot be read."""
        before = self._segments
        assert before is not None
        self._check_on_disk()
        with self._segment_errors():
            try:
                done = before.commit_counted(tables, kept)
            except ValueError:  # a place that is not four numbers: the full count says so
                return False
        if done is None:
            return False
        places, after = done
        index = b"".join((b"[[" + b"],[".join(lines) + b"]]\n" if lines else b"[]\n")
                         for lines in places.values())
        self._write_index(
            keys_by_table, index, meta_line, meta, before, after,
            lambda: {name: LazyDocs(dict(zip(keys, range(len(keys)), strict=True)), self,
                                    refs=places[name])
                     for name, keys in keys_by_table.items()})
        return True

    def _write_index(self, keys_by_table: dict[str, list[str]], places: bytes,
                     meta_line: bytes, meta: Any, before: Segments, after: Segments,
                     tables: Callable[[], dict[str, LazyDocs]]) -> None:
        """Write a segmented index (its new segment, if any, already written) and take it
        as the committed state: `tables` makes its documents' table."""
        header = {
            "format": FILE_FORMAT,
            "version": SEGMENTED_VERSION,
            **_body_fields(places, meta_line),
            "tables": keys_by_table,
            **after.header_fields(),
        }
        digest = self._meta_digest if self._pending_digest is _KEEP else self._pending_digest
        if digest is not None:
            header["meta_digest"] = digest
        generation = None
        if self._overlay_path is not None:
            header["generation"] = generation = new_generation()

        # Segments retired long enough ago go now, while the index on disk still lists them
        # (as retired: nothing reads them), not after the new one, which lists them nowhere.
        after.drop_expired()

        def adopt(*, synced: bool) -> None:
            self._tables = self._base_tables = tables()
            self._keys = self._base_keys = keys_by_table
            self._keys_stale = False
            self._meta, self._meta_line = meta, meta_line
            self._merged_line, self._meta_token, self._key_set = None, object(), None
            self._meta_digest = digest
            self._body_bytes, self._crc32 = header["body_bytes"], header["crc32"]
            after.adopt_open_files(before)
            self._version, self._segments = SEGMENTED_VERSION, after
            self._generation = generation
            if self._file is not None:
                self._file.close()
                self._file = None
            if synced:
                self._drop_stale_overlay()

        try:
            written = atomic_write(self.path, [encode_json(header) + b"\n", places, meta_line,
                                               b"\n"])
        except StoreIOError as e:
            if e.replaced:
                adopt(synced=False)
                with contextlib.suppress(OSError):
                    self._on_disk = _identity(os.stat(self.path))
            raise
        adopt(synced=True)
        self._on_disk = _identity(written)
        after.sweep()

    def _drop_stale_overlay(self) -> None:
        """After a whole-file commit, synced: the overlay, if any, names the old generation
        now, so readers ignore it; delete it. Not while the new file may still be lost to a
        power cut (its folder unsynced): the old file would come back, and with it the
        commits only its overlay holds."""
        if self._overlay_path is not None and remove_overlay(self._overlay_path):
            self._overlay = self._overlay_on_disk = None

    @contextlib.contextmanager
    def _segment_errors(self) -> Iterator[None]:
        """A new segment's failures as the store's errors (nothing committed yet)."""
        try:
            yield
        except SegmentMissing as e:
            raise StoreChanged(f"your last change was not saved: {e} is gone; open the store"
                               " again", self.path) from None
        except SegmentDamaged as e:
            raise self._damaged(f"a segment it lists is damaged ({e})") from None
        except StoreIOError as e:  # the new segment was not written: nothing changed
            raise StoreIOError(f"{e}, and so does {self.path}", self.path) from e
        except OSError as e:
            raise StoreIOError(
                f"could not save {self.path} (making {self.segment_folder}: {e.strerror or e});"
                f" {os_error_advice(e)}; the store still holds its last saved state",
                self.path) from e

    def _check_on_disk(self) -> None:
        """Refuse to commit over a file that something else replaced, changed or removed."""
        if self._overlay_changed():
            raise StoreChanged(
                f"your last change was not saved: {self._overlay_path} was replaced, changed"
                " or removed by something other than this newsdesk since it read the file; it"
                " was not overwritten: open the store again to work on the store as it is now",
                self.path)
        now = identity_now(self.path)
        if now is UNKNOWN:
            return  # the write will fail too, and say why
        if now == self._on_disk:
            return
        folder = self.path.parent
        if not folder.is_dir():
            what = (f"the store folder {folder} was removed or moved while newsdesk had it"
                    " open; to keep what it held, put it back, then open the store again")
        elif now is None:
            what = (f"{self.path} was removed by something other than this newsdesk while it"
                    " was open; it was not written back, so as not to undo that: open the"
                    " store again (restore the file first to keep what it held)")
        else:
            what = (f"{self.path} was replaced or changed by something other than this"
                    " newsdesk since it read the file; it was not overwritten: open the store"
                    " again to work on the file as it is now")
        raise StoreChanged(f"your last change was not saved: {what}", self.path)

    def _adopt_lines(self, body: bytes, crc: int, keys_by_table: dict[str, list[str]],
                     lines_by_table: dict[str, list[Raw]], meta: Any) -> None:
        """Take an inline file just written as the committed state, from the lines it was
        joined from (no search of the body for them: a note's commit costs its lines)."""
        pos = 0
        tables: dict[str, LazyDocs] = {}
        for name, keys in keys_by_table.items():
            lines = lines_by_table[name]
            # Where each record starts, then where the table ends.
            starts = list(itertools.accumulate(
                map(operator.add, map(len, lines), itertools.repeat(1)), initial=pos))
            # The records are the lines the body was joined from (views of the body they
            # were read from, or their new JSON): the same bytes, and no copies.
            docs: dict[str, Stored | int] = dict(zip(keys, lines, strict=True))
            tables[name] = LazyDocs(docs, self, body=(body, starts, list(keys)))
            pos = starts[-1]
        self._version = INLINE_VERSION  # what was just written, whatever was read before
        self._tables = tables
        self._meta_token = object()
        self._keys, self._meta = keys_by_table, meta
        self._keys_stale = False
        self._body_bytes, self._crc32 = len(body), crc
        if self._file is not None:  # the old version is gone; nothing to read from it
            self._file.close()
            self._file = None


    def _check_writable(self) -> None:
        self._raise_if_broken()
        if self.readonly:
            raise StoreReadOnly(f"{self.path} was opened read-only", self.path)


def _as_stored(value: Any) -> tuple[bytes, Any]:
    """`value`'s JSON line, and `value` as it reads back from it (a lone surrogate becomes
    U+FFFD), which is what this object keeps after a commit."""
    line, unchanged = encode_json_checked(value)
    return line, value if unchanged else json.loads(line)


def _body_fields(places: bytes, meta_line: bytes) -> dict[str, int]:
    """A segmented index's body sizes and checksums: the whole body's (what every reader
    checks) and the places' own, the whole body's computed on from the places' (a CRC-32
    continues over concatenated bytes), so nothing is summed twice."""
    places_crc = zlib.crc32(places)
    return {"body_bytes": len(places) + len(meta_line) + 1,
            "crc32": zlib.crc32(b"\n", zlib.crc32(meta_line, places_crc)),
            "places_bytes": len(places), "places_crc32": places_crc}
