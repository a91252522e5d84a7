"""Building the index file: items stream in and are spooled to scratch files (pass 1),
then are written out in rank order with their postings (pass 2), in bounded memory: the
3.6 million items of 100,000 articles are never all Python objects at once."""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import shutil
import tempfile
import time
import zlib
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from ..search import RANK_LIMIT, SearchItem, item_rank, normalize
from .fileformat import (
    BYTE_ORDER,
    COPY_CHUNK,
    FORMAT_VERSION,
    HEADER,
    INDEX_FILE,
    LOW32,
    MAGIC,
    META_LEN,
    PLACE,
    RECORD,
    RUN_PAIRS,
    SECTION,
    TRAILER,
    TRAILER_STRUCT,
    crc_of,
    decode,
    encode,
    fsync_folder,
    sorted_u64,
)


class _Spool:
    """An append-only scratch file, read back once written (`read`, or `mapped` for a
    small one read often)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file: BinaryIO = open(path, "wb")  # noqa: SIM115 - closed in close()
        self.size = 0
        self._map: mmap.mmap | None = None
        self.file_read: BinaryIO | None = None

    def write(self, data: bytes | array[int]) -> None:
        self.file.write(data)
        self.size += len(data) * (data.itemsize if isinstance(data, array) else 1)

    def done(self) -> None:
        """Writing is over."""
        self.file.close()

    def read(self, offset: int, length: int) -> bytes:
        """Bytes at `offset`. Read, not mapped: pages touched in a map count as this
        process's memory, each with 64 KB of neighbours, and the build reads its
        scratch files in scattered order."""
        if self.file_read is None:
            self.file_read = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        return os.pread(self.file_read.fileno(), length, offset)

    def mapped(self) -> memoryview:
        self.done()
        if not self.size:
            return memoryview(b"")
        self.file_read = self.file_read or open(self.path, "rb")  # noqa: SIM115
        self._map = mmap.mmap(self.file_read.fileno(), 0, access=mmap.ACCESS_READ)
        return memoryview(self._map)

    def close(self) -> None:
        if self._map is not None:
            with contextlib.suppress(BufferError):
                self._map.close()
        self.file.close()
        if self.file_read is not None:
            self.file_read.close()


class _Builder:
    """One build in a scratch folder: items stream in (pass 1) and are spooled; then
    they are written out in rank order (pass 2), and the file is assembled."""

    def __init__(self, scratch: Path, progress: Callable[[str, int], None] | None) -> None:
        self.scratch = scratch
        self.progress = progress or (lambda stage, done: None)
        self.vocab: dict[str, int] = {}  # word -> number in order of first sight
        self.counts = array("I")  # by that number: how many items hold the word
        # By input order:
        self.ranks = array("I")
        self.key_crcs = array("I")
        self.article_crcs = array("I")
        self.tok_off = array("Q", [0])  # into toks.in (word numbers)
        self.rec_off = array("Q", [0])  # into recs.in
        self.places: dict[tuple[str, str], int] = {}  # (article id, detail) -> place
        self.place_off = array("Q", [0])
        self.toks = _Spool(scratch / "toks.in")
        self.recs = _Spool(scratch / "recs.in")
        self.arts = _Spool(scratch / "arts")
        self.spools = [self.toks, self.recs, self.arts]
        self.arts_view = memoryview(b"")

    def close(self) -> None:
        for spool in self.spools:
            spool.close()

    def _spool(self, name: str) -> _Spool:
        spool = _Spool(self.scratch / name)
        self.spools.append(spool)
        return spool

    # -- pass 1 ----------------------------------------------------------------------

    def read(self, items: Iterable[SearchItem]) -> None:
        """Normalize each item, number its words, spool its words and its record."""
        vocab, counts, ranks = self.vocab, self.counts, self.ranks
        tok_off, rec_off = self.tok_off, self.rec_off
        tok_buf = array("I")
        rec_buf = bytearray()
        tok_total = 0
        for count, item in enumerate(items, 1):
            norm = normalize(item.label)
            rank = item_rank(item, norm)
            for word in set(norm.split()):
                number = vocab.get(word)
                if number is None:
                    number = vocab[word] = len(counts)
                    counts.append(0)
                counts[number] += 1
                tok_buf.append(number)
                tok_total += 1
            tok_off.append(tok_total)
            ranks.append(rank)
            rec_buf += self._record(item)
            rec_off.append(self.recs.size + len(rec_buf))
            self.key_crcs.append(crc_of(item.key))
            self.article_crcs.append(crc_of(item.article_id))
            if len(rec_buf) > COPY_CHUNK:
                self.toks.write(tok_buf)
                self.recs.write(bytes(rec_buf))
                tok_buf = array("I")
                rec_buf = bytearray()
            if count % 20_000 == 0:
                self.progress("read", count)
        self.toks.write(tok_buf)
        self.recs.write(bytes(rec_buf))
        self.progress("read", len(ranks))

    def _record(self, item: SearchItem) -> bytes:
        place_key = (item.article_id, item.detail)
        place = self.places.get(place_key)
        if place is None:
            place = self.places[place_key] = len(self.places)
            article = encode(item.article_id)
            self.arts.write(PLACE.pack(len(article)) + article + encode(item.detail))
            self.place_off.append(self.arts.size)
        key = item.key
        is_tail = key.startswith(item.article_id + "/")
        if is_tail:
            key = key[len(item.article_id) + 1:]
        label = encode(item.label)
        return RECORD.pack(is_tail, item.start, item.end, place, len(label)) + label + \
            encode(key)

    # -- between the passes ----------------------------------------------------------

    def _key_of(self, old: int) -> str:
        """An item's key, from its spooled record."""
        raw = self.recs.read(self.rec_off[old], self.rec_off[old + 1] - self.rec_off[old])
        is_tail, _, _, place, label_len = RECORD.unpack_from(raw, 0)
        key = decode(raw[RECORD.size + label_len:])
        if is_tail:
            arts = self.arts_view
            at = self.place_off[place]
            (length,) = PLACE.unpack_from(arts, at)
            key = decode(arts[at + PLACE.size:at + PLACE.size + length]) + "/" + key
        return key

    def repeated_keys(self) -> bytearray:
        """Flags (by input order) of items whose key an earlier item had: skipped, as
        `SearchIndex.add` skips them."""
        count = len(self.ranks)
        repeated = bytearray(count)
        table = sorted_u64(array("Q", (crc << 32 | old
                                        for old, crc in enumerate(self.key_crcs))))
        at = 0
        while at < count:
            end = at + 1
            while end < count and table[end] >> 32 == table[at] >> 32:
                end += 1
            if end - at > 1:  # the same crc: compare the keys themselves
                seen: set[str] = set()
                for old in sorted(value & LOW32 for value in table[at:end]):
                    key = self._key_of(old)
                    if key in seen:
                        repeated[old] = 1
                    seen.add(key)
            at = end
        return repeated

    def rank_order(self, repeated: bytearray) -> array[int]:
        """Input positions of the kept items in rank order (ties: input order), by
        counting: ranks are small numbers."""
        starts = array("Q", bytes(8 * (RANK_LIMIT + 1)))
        for old, rank in enumerate(self.ranks):
            if not repeated[old]:
                starts[rank + 1] += 1
        for rank in range(RANK_LIMIT):
            starts[rank + 1] += starts[rank]
        order = array("I", bytes(4 * starts[RANK_LIMIT]))
        for old, rank in enumerate(self.ranks):
            if not repeated[old]:
                order[starts[rank]] = old
                starts[rank] += 1
        return order

    # -- pass 2 ----------------------------------------------------------------------

    def write(self, out: Path, meta: dict[str, object]) -> int:
        """Write the index file `out`; returns how many items it holds."""
        self.toks.done()
        self.recs.done()
        self.arts_view = self.arts.mapped()
        repeated = self.repeated_keys()
        if any(repeated):
            for old in range(len(repeated)):
                if repeated[old]:
                    start, end = self.tok_off[old], self.tok_off[old + 1]
                    for number in array("I", self.toks.read(4 * start, 4 * (end - start))):
                        self.counts[number] -= 1
        order = self.rank_order(repeated)
        del repeated
        self.progress("sorted", len(order))

        words = sorted(word for word, number in self.vocab.items() if self.counts[number])
        wid_of = array("I", bytes(4 * len(self.counts)))
        poff = array("Q", [0])
        for wid, word in enumerate(words):
            number = self.vocab[word]
            wid_of[number] = wid
            poff.append(poff[-1] + self.counts[number])
        self.vocab.clear()
        vocab_bytes = encode("\n".join(words))
        del words

        toks_out, toff = self._spool("toks"), array("Q", [0])
        recs_out, roff = self._spool("recs"), array("Q", [0])
        rank_out = array("I")
        runs: list[tuple[_Spool, array[int]]] = []  # (postings by word, counts by word)
        pending: dict[int, array[int]] = {}
        pending_pairs = 0
        tok_buf = array("I")
        rec_buf = bytearray()
        tok_off, rec_off, ranks = self.tok_off, self.rec_off, self.ranks
        # Read in rank order, so scattered over the spools: read, not mapped, since each
        # page touched in a map brings its neighbours into this process's memory.
        read_toks, read_recs = self.toks.read, self.recs.read
        for new, old in enumerate(order):
            start = tok_off[old]
            numbers = array("I", read_toks(4 * start, 4 * (tok_off[old + 1] - start)))
            wids = sorted(wid_of[n] for n in numbers)
            tok_buf.extend(wids)
            toff.append(toff[-1] + len(wids))
            for wid in wids:
                got = pending.get(wid)
                if got is None:
                    pending[wid] = array("I", (new,))
                else:
                    got.append(new)
            pending_pairs += len(wids)
            record = read_recs(rec_off[old], rec_off[old + 1] - rec_off[old])
            rec_buf += record
            roff.append(roff[-1] + len(record))
            rank_out.append(ranks[old])
            if len(rec_buf) > COPY_CHUNK:
                toks_out.write(tok_buf)
                recs_out.write(bytes(rec_buf))
                tok_buf = array("I")
                rec_buf = bytearray()
            if pending_pairs >= RUN_PAIRS:
                runs.append(self._write_run(pending, len(poff) - 1, len(runs)))
                pending, pending_pairs = {}, 0
            if new % 200_000 == 199_999:
                self.progress("written", new + 1)
        toks_out.write(tok_buf)
        recs_out.write(bytes(rec_buf))
        del tok_buf, rec_buf
        runs.append(self._write_run(pending, len(poff) - 1, len(runs)))
        del pending
        post = self._merge_runs(runs, len(poff) - 1)

        keys = sorted_u64(array("Q", (self.key_crcs[old] << 32 | new
                                       for new, old in enumerate(order))))
        by_article = sorted_u64(array("Q", (self.article_crcs[old] << 32 | new
                                             for new, old in enumerate(order))))
        sections: list[tuple[str, bytes | array[int] | _Spool]] = [
            ("vocab", vocab_bytes), ("poff", poff), ("post", post), ("toff", toff),
            ("toks", toks_out), ("rank", rank_out), ("roff", roff), ("recs", recs_out),
            ("aoff", self.place_off), ("arts", self.arts), ("keys", keys), ("byart", by_article),
        ]
        full_meta = {"items": len(order), "words": len(poff) - 1, "places": len(self.places),
                     "pairs": poff[-1], "user": meta}
        _assemble(out, sections, full_meta)
        return len(order)

    def _write_run(self, pending: dict[int, array[int]], words: int, number: int
                   ) -> tuple[_Spool, array[int]]:
        """Postings gathered so far, by word, as one sorted run on disk."""
        spool = self._spool(f"run{number}")
        counts = array("I", bytes(4 * words))
        for wid in sorted(pending):
            postings = pending[wid]
            counts[wid] = len(postings)
            spool.write(postings)
        spool.file.close()
        return spool, counts

    def _merge_runs(self, runs: list[tuple[_Spool, array[int]]], words: int) -> _Spool:
        """Each word's postings: its part of every run, in run order (ascending ids)."""
        if len(runs) == 1:
            return runs[0][0]
        out = self._spool("post")
        files = [open(spool.path, "rb") for spool, _ in runs]  # noqa: SIM115
        try:
            for wid in range(words):
                for file, (_, counts) in zip(files, runs, strict=True):
                    if counts[wid]:
                        out.write(file.read(4 * counts[wid]))
        finally:
            for file in files:
                file.close()
        return out


def _assemble(out: Path, sections: Sequence[tuple[str, bytes | array[int] | _Spool]],
              meta: dict[str, object]) -> None:
    """Header, section table, metadata, the sections (aligned, checksummed as they are
    copied), trailer; fsynced. The header goes in last, so a file cut short anywhere
    fails the checks at open."""
    meta_bytes = json.dumps(meta, sort_keys=True).encode()
    head = HEADER.size + SECTION.size * len(sections) + META_LEN.size + len(meta_bytes)
    offset = (head + 7) // 8 * 8
    table = bytearray()
    with open(out, "wb") as file:
        file.write(bytes(offset))
        for name, data in sections:
            crc = 0
            length = 0
            if isinstance(data, _Spool):
                data.file.close()
                with open(data.path, "rb") as source:
                    while chunk := source.read(COPY_CHUNK):
                        crc = zlib.crc32(chunk, crc)
                        length += len(chunk)
                        file.write(chunk)
            else:
                raw = data if isinstance(data, bytes) else data.tobytes()
                crc = zlib.crc32(raw)
                length = len(raw)
                file.write(raw)
            table += SECTION.pack(name.encode(), offset, length, crc)
            padding = -length % 8
            file.write(bytes(padding))
            offset += length + padding
        size = offset + TRAILER_STRUCT.size
        file.write(TRAILER_STRUCT.pack(TRAILER, size))
        described = bytes(table) + META_LEN.pack(len(meta_bytes)) + meta_bytes
        file.seek(0)
        file.write(HEADER.pack(MAGIC, FORMAT_VERSION, BYTE_ORDER, size, len(sections),
                                zlib.crc32(described)))
        file.write(described)
        file.flush()
        os.fsync(file.fileno())


# A scratch folder left this long is a killed build's (a build at 100,000 articles takes
# minutes), and the next build removes it.
STALE_BUILD_SECONDS = 6 * 3600


def build_index(folder: Path | str, items: Iterable[SearchItem], *,
                progress: Callable[[str, int], None] | None = None,
                meta: dict[str, object] | None = None) -> int:
    """Build the index of `items` into `folder`, replacing any index there in one step:
    a reader sees the old index or the new one, never part of either. If the build
    fails (or `items` raises), the old index is left as it was.

    `meta` is kept with the index (say, what store state it reflects). `progress` is
    called now and then with a stage and a count of items. Returns how many items the
    index holds (items repeating an earlier key are skipped). One build at a time per
    folder: the caller serializes them.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(".build-*"):
        # A killed build's; a recent one may be another process's build under way (two
        # workstations starting at once), whose files must not vanish under it.
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > STALE_BUILD_SECONDS:
                shutil.rmtree(leftover, ignore_errors=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".build-") as scratch:
        builder = _Builder(Path(scratch), progress)
        try:
            builder.read(items)
            built = Path(scratch) / INDEX_FILE
            count = builder.write(built, meta or {})
        finally:
            builder.close()
        os.replace(built, folder / INDEX_FILE)
        fsync_folder(folder)
    return count
