"""Segment files: where a large table's documents live, so that one is read without the rest.

A segmented store file (version 2, see storefile.py) keeps, instead of its documents, where
each one is: a `Ref` (segment number, byte offset, length, CRC-32). The documents are in
segment files beside it, in a folder of their own (`articles.d/00000001.jsonl`, ...): JSON
Lines, one document per line, readable with standard tools. A segment is written once, by one
commit, and never changed afterwards; a commit writes the documents it adds or changes into one
new segment, then commits the index (the store file) that points at them. So:

- reading one document costs one `pread` of its bytes, checked against its CRC;
- a crash before the index is replaced leaves an unreferenced segment (an orphan), which the
  next commit removes; after it, the new state; never a mix;
- removing a document rewrites only the index.

Segments whose documents were mostly replaced or removed are merged into the new segment by
the commit that notices (`plan`), as is the smallest when there are too many. A segment no
index refers to any more is *retired*, not deleted: another process may still hold an index
that points into it. It is deleted by a commit at least `RETIRE_SECONDS` later; a reader that
kept an index that long and then finds a segment gone is told to open the store again. That
commit deletes it before writing its index, which no longer lists it (`drop_expired`): the
index before it lists it only as retired, which nothing reads, so a kill at any instant leaves
the file either deleted or still listed, never in the folder and listed nowhere.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, cast

from .atomic import Raw, atomic_write, fsync_dir
from .errors import StoreIOError

# A segment whose live documents are under this share of its bytes is merged away...
MIN_LIVE_SHARE = 0.5
# ... once it is at least this large (small ones are merged by count, below).
MIN_MERGE_BYTES = 1 << 20
# At most this many segments; past it, the smallest are merged into the new one.
MAX_SEGMENTS = 32
# How long a segment no index refers to is kept for processes still reading an older index.
RETIRE_SECONDS = 600.0

_NAME = re.compile(r"^(\d{8})\.jsonl$")


class Ref(NamedTuple):
    """Where one stored document is: its segment, byte offset, length and CRC-32."""

    segment: int
    offset: int
    length: int
    crc: int

    def to_json(self) -> list[int]:
        return [self.segment, self.offset, self.length, self.crc]


class SegmentMissing(Exception):
    """A segment an index refers to is not there (another process retired and deleted it)."""


class SegmentDamaged(Exception):
    """A document's bytes are not what its index says."""


def segment_name(number: int) -> str:
    return f"{number:08d}.jsonl"


def _live_counts(value: Any, sizes: dict[int, int]) -> dict[int, int] | None:
    """A header's live bytes per segment, if it holds a whole number for each listed
    segment and no more than its size; None otherwise (they are then counted again)."""
    if not isinstance(value, dict):
        return None
    try:
        live = {int(k): v for k, v in value.items()}
    except (TypeError, ValueError):
        return None
    if live.keys() != sizes.keys() or not all(
            type(v) is int and 0 < v <= sizes[n] for n, v in live.items()):
        return None
    return live


def _is_place(ref: Ref) -> bool:
    """Whether a Ref read from an index holds four whole numbers, none negative."""
    segment, offset, length, crc = ref  # not a loop: every read of a document checks
    return (type(segment) is int and type(offset) is int and type(length) is int
            and type(crc) is int and segment >= 0 and offset >= 0 and length >= 0
            and crc >= 0)


@dataclass(slots=True)
class Segments:
    """The segment files one index refers to, and reading documents from them."""

    folder: Path
    sizes: dict[int, int] = field(default_factory=dict)  # live segment -> its size in bytes
    next_number: int = 1
    retired: dict[int, float] = field(default_factory=dict)  # segment -> when it was retired
    # Live bytes per segment (its documents the index refers to, each with its newline), as
    # the last commit that read every place counted them and removals since kept them; None
    # when not known (an index written before they were kept).
    live: dict[int, int] | None = None
    _fds: dict[int, int] = field(default_factory=dict)
    _expired: set[int] = field(default_factory=set)  # retired long enough: `drop_expired`

    @classmethod
    def fresh(cls, folder: Path) -> Segments:
        """The segments of a store with no index yet: numbered after any file already in
        `folder` (left by an index the reader moved away), so none is ever written over."""
        try:
            numbers = [int(m.group(1)) for m in map(_NAME.match, os.listdir(folder)) if m]
        except OSError:
            numbers = []
        return cls(folder, next_number=max(numbers, default=0) + 1)

    @classmethod
    def from_header(cls, folder: Path, header: dict[str, Any]) -> Segments:
        """The segments an index's header lists; ValueError if it lists them wrongly."""
        sizes, next_number = header.get("segments"), header.get("next_segment")
        retired = header.get("retired", {})
        if not (isinstance(sizes, dict) and isinstance(retired, dict)
                and isinstance(next_number, int) and next_number >= 1):
            raise ValueError("no segment list")
        try:
            live = {int(k): int(v) for k, v in sizes.items()}
            gone = {int(k): float(v) for k, v in retired.items()}
        except (TypeError, ValueError):
            raise ValueError("a bad segment list") from None
        if any(n >= next_number or n < 1 for n in (*live, *gone)):
            raise ValueError("a segment numbered past the next one")
        return cls(folder, live, next_number, gone, _live_counts(header.get("live"), live))

    def header_fields(self) -> dict[str, Any]:
        fields = {"segments": {str(n): size for n, size in sorted(self.sizes.items())},
                  "next_segment": self.next_number,
                  "retired": {str(n): t for n, t in sorted(self.retired.items())}}
        if self.live is not None:
            fields["live"] = {str(n): size for n, size in sorted(self.live.items())}
        return fields

    def path(self, number: int) -> Path:
        return self.folder / segment_name(number)

    # -- reading ---------------------------------------------------------------------------

    def read(self, ref: Ref) -> bytes:
        """One document's JSON bytes. Raises SegmentMissing, SegmentDamaged or OSError."""
        if not _is_place(ref):
            raise SegmentDamaged("its place in the index is not four whole numbers")
        if ref.segment not in self.sizes or ref.offset + ref.length > self.sizes[ref.segment]:
            raise SegmentDamaged(f"it points past the end of {segment_name(ref.segment)}")
        fd = self._fds.get(ref.segment)
        if fd is None:
            try:
                fd = os.open(self.path(ref.segment), os.O_RDONLY | os.O_CLOEXEC)
            except FileNotFoundError:
                raise SegmentMissing(str(self.path(ref.segment))) from None
            self._fds[ref.segment] = fd  # kept: a retired segment stays readable through it
        data = os.pread(fd, ref.length, ref.offset)
        if len(data) != ref.length or zlib.crc32(data) != ref.crc:
            raise SegmentDamaged(
                f"a record in {segment_name(ref.segment)} does not match its checksum")
        return data

    def adopt_open_files(self, before: Segments) -> None:
        """Keep `before`'s open segments that this list still holds; close the others."""
        for number, fd in before._fds.items():
            if number in self.sizes and number not in self._fds:
                self._fds[number] = fd
            else:
                with contextlib.suppress(OSError):
                    os.close(fd)
        before._fds = {}

    def close(self) -> None:
        for fd in self._fds.values():
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds.clear()

    # -- writing ---------------------------------------------------------------------------

    def commit(
        self, tables: dict[str, list[tuple[str, Ref | Raw]]],
    ) -> tuple[dict[str, list[Ref]], Segments]:
        """Write the documents that are not yet in a segment (and those of segments merged
        away) into one new segment; returns every document's Ref by table, and the segment
        list the new index will hold. Nothing here is committed until that index is.
        """
        kept: dict[int, int] = {}  # live bytes per segment
        for docs in tables.values():
            for _, value in docs:
                if isinstance(value, Ref):
                    kept[value.segment] = kept.get(value.segment, 0) + value.length + 1
        merged = self._to_merge(kept, fresh=any(not isinstance(v, Ref)
                                                for docs in tables.values() for _, v in docs))
        number = self.next_number
        refs: dict[str, list[Ref]] = {}
        pending: list[tuple[Ref | Raw, int, int]] = []  # (source, table index, position)
        offset = 0
        for t, (name, docs) in enumerate(tables.items()):
            out = refs[name] = []
            for i, (_, value) in enumerate(docs):
                if isinstance(value, Ref) and value.segment not in merged:
                    out.append(value)
                    continue
                length = value.length if isinstance(value, Ref) else len(value)
                crc = value.crc if isinstance(value, Ref) else zlib.crc32(value)
                out.append(Ref(number, offset, length, crc))
                pending.append((value, t, i))
                offset += length + 1
        sizes = {n: self.sizes[n] for n in kept if n not in merged and n in self.sizes}
        after = Segments(self.folder, sizes, self.next_number, dict(self.retired))
        after.live = {n: kept[n] for n in sizes}
        if pending:
            self._write(number, pending, offset)
            after.sizes[number] = offset
            after.live[number] = offset
            after.next_number = number + 1
        self._retire_into(after)
        return refs, after

    def commit_counted(
        self, tables: dict[str, list[bytes | Ref | tuple[Raw]]], kept: dict[int, int],
    ) -> tuple[dict[str, list[bytes]], Segments] | None:
        """`commit` for an index whose unchanged documents are given as their places' text
        (`b"3,1200,812,3921"`, unparsed) or Refs, and new ones as `(raw JSON,)`, with each
        segment's live bytes after the change (`kept`, counted by the caller from `live`):
        a commit costs what it changes, not the corpus. A place is parsed only where its
        segment is merged away. Returns each document's place text by table and the new
        segment list; None when a segment would be left with nothing live (the caller then
        counts every place, so that a segment is only ever retired on a full count)."""
        if any(size <= 0 for size in kept.values()) or kept.keys() != self.sizes.keys():
            return None
        fresh = any(tuple in set(map(type, docs)) for docs in tables.values())
        merged = self._to_merge(kept, fresh=fresh)
        if not fresh and not merged:
            # Nothing to write (a removal): every place passes through as it is.
            return ({name: cast(list[bytes], docs) if set(map(type, docs)) <= {bytes} else
                     [v if type(v) is bytes else b"%d,%d,%d,%d" % cast(Ref, v) for v in docs]
                     for name, docs in tables.items()}, self._unchanged_after(kept))
        number = self.next_number
        places: dict[str, list[bytes]] = {}
        pending: list[tuple[Ref | Raw, int, int]] = []
        offset = 0
        for t, (name, docs) in enumerate(tables.items()):
            out = places[name] = []
            for i, value in enumerate(docs):
                source: Ref | Raw
                if type(value) is bytes:  # a place, as the index had it
                    if not merged or int(value[:value.index(b",")]) not in merged:
                        out.append(value)
                        continue
                    source = Ref._make(map(int, value.split(b",")))
                elif isinstance(value, Ref):
                    if value.segment not in merged:
                        out.append(b"%d,%d,%d,%d" % value)
                        continue
                    source = value
                else:
                    source = cast(tuple[Raw], value)[0]
                length = source.length if isinstance(source, Ref) else len(source)
                crc = source.crc if isinstance(source, Ref) else zlib.crc32(source)
                out.append(b"%d,%d,%d,%d" % (number, offset, length, crc))
                pending.append((source, t, i))
                offset += length + 1
        sizes = {n: size for n, size in self.sizes.items() if n not in merged}
        live = {n: kept[n] for n in sizes}
        after = Segments(self.folder, sizes, self.next_number, dict(self.retired), live)
        if pending:
            self._write(number, pending, offset)
            after.sizes[number] = live[number] = offset
            after.next_number = number + 1
        self._retire_into(after)
        return places, after

    def appended(self, raws: list[Raw], kept: dict[int, int]) -> tuple[list[Ref], Segments]:
        """The places the documents `raws` get in one new segment (none: no segment), and
        the segment list after it, with `kept` as the others' live bytes; nothing merged,
        nothing retired (a commit into the index's overlay, index_overlay.py). Nothing is
        written until `write_appended`."""
        after = Segments(self.folder, dict(self.sizes), self.next_number, dict(self.retired),
                         dict(kept))
        if not raws:
            return [], after
        number, offset = self.next_number, 0
        refs = []
        for raw in raws:
            refs.append(Ref(number, offset, len(raw), zlib.crc32(raw)))
            offset += len(raw) + 1
        after.sizes[number] = offset
        assert after.live is not None
        after.live[number] = offset
        after.next_number = number + 1
        return refs, after

    def write_appended(self, after: Segments, raws: list[Raw]) -> None:
        """Write the new segment `appended` planned (`after` is what it returned)."""
        number = after.next_number - 1
        self._write(number, [(raw, 0, i) for i, raw in enumerate(raws)], after.sizes[number])

    def merges(self, kept: dict[int, int], *, fresh: bool) -> bool:
        """Whether a commit leaving `kept` live bytes (and writing documents, if `fresh`)
        merges a segment away (see `_to_merge`)."""
        return bool(self._to_merge(kept, fresh=fresh))

    def _unchanged_after(self, kept: dict[int, int]) -> Segments:
        """The segment list after a commit that writes no document and merges none."""
        after = Segments(self.folder, dict(self.sizes), self.next_number, dict(self.retired),
                         {n: kept[n] for n in self.sizes})
        self._retire_into(after)
        return after

    def _retire_into(self, after: Segments) -> None:
        """Retire in `after` the segments it no longer lists; those retired long enough drop
        off the list, and `drop_expired` deletes their files before the index is written.
        Only a segment the index on disk already lists as retired can expire: one it still
        lists as live stays retired for a commit at least (even with no time to keep it),
        since its file is deleted before the new index is in place."""
        now = time.time()
        retired = {**self.retired, **dict.fromkeys(self.sizes.keys() - after.sizes.keys(), now)}
        after.retired = {n: t for n, t in retired.items()
                         if now - t < RETIRE_SECONDS or n not in self.retired
                         or n in self.sizes or n in after.sizes}
        after._expired = set(retired) - set(after.retired)

    def _to_merge(self, kept: dict[int, int], *, fresh: bool) -> set[int]:
        """The segments whose live documents go into the new segment; none when the commit
        writes no document (a removal stays a rewrite of the index alone)."""
        if not fresh:
            return set()
        merged = {n for n, size in self.sizes.items()
                  if n in kept and size >= MIN_MERGE_BYTES and kept[n] < size * MIN_LIVE_SHARE}
        live = sorted((kept[n], n) for n in kept if n in self.sizes and n not in merged)
        # The new segment counts as one; merge the smallest until the count fits.
        while len(live) > MAX_SEGMENTS - 1:
            merged.add(live.pop(0)[1])
        return merged

    def _write(self, number: int, pending: list[tuple[Ref | Raw, int, int]], size: int) -> None:
        def chunks() -> Iterator[Raw]:
            for value, _, _ in pending:
                yield self.read(value) if isinstance(value, Ref) else value
                yield b"\n"

        made = not self.folder.is_dir()
        if made:
            self.folder.mkdir(exist_ok=True)
            fsync_dir(self.folder.parent)
        try:
            written = atomic_write(self.path(number), chunks())
        except StoreIOError as e:
            if not e.replaced:
                raise
            # In place, but its folder could not be synced: the index's commit, next, meets
            # the same and says so, keeping the change as it does.
            written = os.stat(self.path(number))
        if written.st_size != size:
            raise OSError(f"{self.path(number)} came out {written.st_size} bytes, not {size}")

    def drop_expired(self) -> None:
        """Delete the files of the segments that this list drops from the retired ones
        (retired at least `RETIRE_SECONDS` ago), before the index that holds this list is
        written. Not after it: a kill between that index and the deletion would leave the
        files in the folder, numbered below `next_number` and listed by no index, so that no
        sweep would ever delete them. Before it, the index on disk still lists them, but as
        retired only, which nothing reads (a document's place is checked against the live
        segments); a retired segment's file that is gone is what every later commit expects.
        The folder is synced, so that a power cut cannot bring a file back once the index
        that no longer lists it is in place. Only under the store's write lock, with this
        list made from the index on disk (`commit`, `commit_counted`)."""
        dropped = False
        for number in sorted(self._expired):
            try:
                os.unlink(self.path(number))
            except FileNotFoundError:
                continue  # deleted by an earlier commit that was then killed or failed
            except OSError:
                continue  # left in the folder, as a failed delete always was
            dropped = True
        self._expired = set()
        if dropped:
            with contextlib.suppress(OSError):
                fsync_dir(self.folder)

    def sweep(self) -> None:
        """Delete what no index refers to: segments (and temporary files) left by commits
        killed before their index was written: numbered from `next_number` on, as segment
        numbers are only ever taken from a committed index. Other files are left alone (the
        segments retired long enough ago were deleted before the index: `drop_expired`).
        Only under the store's write lock, after the index that lists these segments is
        committed."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            match = _NAME.match(name)
            if match:
                number = int(match.group(1))
                if number < self.next_number:
                    continue
            elif not (name.startswith(".") and name.endswith(".tmp")):
                continue  # not ours: left alone
            with contextlib.suppress(OSError):
                os.unlink(self.folder / name)
