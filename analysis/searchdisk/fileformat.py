"""The index file's layout, its errors and the helpers the builder and the reader share.

The file (`search.idx`): a fixed header (magic, format version, byte order, file size,
section count, crc32 of the table and metadata), a table of sections (name, offset,
length, crc32), JSON metadata, the sections (8-byte aligned), and a trailer repeating
the magic and the size, so a truncated copy is told at once. Sections:

    vocab   the distinct normalized words, sorted, UTF-8, "\\n"-separated (word id = place)
    poff    uint64 [words + 1]: where each word's postings start in `post`
    post    uint32: item ids per word, ascending (best-ranked first)
    toff    uint64 [items + 1]: where each item's word ids start in `toks`
    toks    uint32: each item's distinct word ids, ascending
    rank    uint32 [items]: each item's rank (ascending, as the ids are in rank order)
    roff    uint64 [items + 1]: where each item's record starts in `recs`
    recs    per item: key form, start, end, place, label length (struct `RECORD`),
            the label, then the key (its tail when it begins "<article>/"); the kind
            follows from the rank
    aoff    uint64 [places + 1], `arts`: per place, article id length, id, detail
    keys    uint64, sorted: crc32(key) << 32 | item id  (find an item by key)
    byart   uint64, sorted: crc32(article id) << 32 | item id  (an article's items)

Opening checks the structure, the sizes and the checksums of the parts held in memory;
`verify()` checks every section (a background job's work: it reads the whole file).
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path

INDEX_FILE = "search.idx"
FORMAT_VERSION = 1
MAGIC = b"NDSEARCH"
TRAILER = b"NDSRCEND"
HEADER = struct.Struct("<8sIIQII")  # magic, version, byte order, file size, sections, crc
SECTION = struct.Struct("<8sQQI4x")  # name, offset, length, crc32
META_LEN = struct.Struct("<Q")
TRAILER_STRUCT = struct.Struct("<8sQ")
BYTE_ORDER = 1 if sys.byteorder == "little" else 2
RECORD = struct.Struct("<BiiII")  # key is a tail, start, end, place, label bytes
PLACE = struct.Struct("<I")  # article id bytes
SECTIONS = ("vocab", "poff", "post", "toff", "toks", "rank", "roff", "recs", "aoff", "arts",
             "keys", "byart")
# Checksummed at every open: the small sections held in memory or read by every search.
# The large ones get size checks at open and their checksums in `verify()`.
CHECKED_AT_OPEN = ("vocab", "poff", "aoff")
# Postings gathered in memory before they are written out as a sorted run (4 bytes each).
RUN_PAIRS = 8_000_000
COPY_CHUNK = 1 << 20
ENCODING = "utf-8"
ERRORS = "surrogatepass"  # a lone surrogate in a label must not sink the build
LOW32 = 0xFFFF_FFFF

class IndexUnusable(Exception):
    """The on-disk index cannot be used as it is (absent, from another format, damaged):
    build it again. `path` names the file."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class IndexAbsent(IndexUnusable):
    """There is no index file (yet)."""


class IndexStale(IndexUnusable):
    """The file was written by another format version or on another byte order."""


class IndexDamaged(IndexUnusable):
    """The file is truncated or its contents do not match their checksums."""


def crc_of(text: str) -> int:
    return zlib.crc32(text.encode(ENCODING, ERRORS))


def encode(text: str) -> bytes:
    return text.encode(ENCODING, ERRORS)


def decode(data: bytes | memoryview) -> str:
    return bytes(data).decode(ENCODING, ERRORS)


def sorted_u64(values: array[int]) -> array[int]:
    """`values` sorted, without making a Python list of all of them: a counting pass on
    the top byte, then each of the 256 buckets sorted on its own."""
    counts = [0] * 257
    for value in values:
        counts[(value >> 56) + 1] += 1
    for bucket in range(256):
        counts[bucket + 1] += counts[bucket]
    out = array("Q", bytes(8 * len(values)))
    cursor = counts[:256]
    for value in values:
        top = value >> 56
        out[cursor[top]] = value
        cursor[top] += 1
    for bucket in range(256):
        lo, hi = counts[bucket], counts[bucket + 1]
        if hi - lo > 1:
            out[lo:hi] = array("Q", sorted(out[lo:hi]))
    return out


def lookup(table: memoryview, crc: int) -> Iterator[int]:
    """Item ids stored under this crc in a sorted `crc << 32 | id` table."""
    at = bisect_left(table, crc << 32)
    while at < len(table) and table[at] >> 32 == crc:
        yield table[at] & LOW32
        at += 1


def fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsynced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
