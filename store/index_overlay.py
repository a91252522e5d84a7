"""An overlay of recent changes beside the articles' index, so that removing, adding or
changing an article costs the article, not the index.

The articles' index (`articles.jsonl`, a segmented store file: see storefile.py) holds every
article's id, place and summary row: 15 MB at 100,000 articles. Every commit of the
articles used to write it whole under the commit rules, after reading and checking its
11 MB summaries' line. Once the index is large (`INDEX_OVERLAY_FROM`), a commit that
changes a few articles writes, under the same rules, the articles it adds or changes into a
new segment (as any commit does) and then, instead of the index, a small file beside it
(`articles.jsonl` -> `articles-recent.jsonl`)::

    {"format": "newsdesk-index-overlay", "version": 1, "base": "<generation>",
     "table": "articles", "body_bytes": N, "crc32": C, "put": ["<id>", ...],
     "removed": ["<id>", ...], "segments": {...}, "next_segment": S, "retired": {...},
     "live": {...}, "meta_digest": <any JSON>}

then one line per id of `put`, `[[segment, offset, length, crc], <summary row>]`. Applied
to the index whose `generation` is `base`: the ids of `removed` are gone (with their rows);
each id of `put` has the place and row its line gives, where the index has it (and does not
remove it), otherwise after the index's ids, in `put`'s order; the segment list and the
meta's digest are the overlay's (a whole segment list: the overlay's commits write segments,
never retire one). An overlay of another generation is ignored, as the notes' one is
(overlay.py): a crash between a fold's two steps (the index written whole, the overlay not
yet deleted) leaves one the new index already holds. A commit that would merge or retire a
segment, or grow the overlay past `INDEX_OVERLAY_MAX`, writes the index whole and deletes
the overlay.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from .atomic import encode_json
from .overlay import OverlayDamaged, checked_body, read_header
from .rows import row_start
from .segments import Ref

INDEX_OVERLAY_FORMAT = "newsdesk-index-overlay"
INDEX_OVERLAY_VERSION = 1
# An index whose body is at least this large puts small commits into its overlay...
INDEX_OVERLAY_FROM = 1 << 20
# ... until the overlay would pass this size; that commit rewrites the index.
INDEX_OVERLAY_MAX = 256 << 10

_SEGMENT_FIELDS = ("segments", "next_segment", "retired", "live")


@dataclass(frozen=True, slots=True)
class IndexOverlay:
    """An index overlay as read or written (see the module docstring)."""

    base: str
    table: str
    put: dict[str, tuple[Ref, bytes]]  # id -> its place and its summary row
    removed: frozenset[str]
    segments: dict[str, Any]  # the segment list's header fields (Segments.header_fields)
    meta_digest: Any = None
    size: int = 0  # the file's bytes

    def merged_keys(self, base: list[str]) -> list[str]:
        """The index's ids (`base`, each once) with this overlay applied, in order;
        ValueError if it removes an id the index does not hold."""
        removed = self.removed
        kept = [key for key in base if key not in removed] if removed else list(base)
        if len(kept) != len(base) - len(removed):
            raise ValueError("it removes an article its index does not hold")
        if not self.put:
            return kept
        present = set(self.put).intersection(base)  # one pass in C, no set of every id
        return kept + [key for key in self.put if key in removed or key not in present]


def empty_overlay(base: str, table: str, segments: dict[str, Any],
                  meta_digest: Any) -> IndexOverlay:
    return IndexOverlay(base, table, {}, frozenset(), segments, meta_digest)


def encode_index_overlay(overlay: IndexOverlay) -> list[bytes]:
    """An overlay's file: its header line and its body (as `read_index_overlay` reads them)."""
    body = b"".join(b"[[%d,%d,%d,%d]," % ref + row + b"]\n"
                    for ref, row in overlay.put.values())
    header: dict[str, Any] = {
        "format": INDEX_OVERLAY_FORMAT,
        "version": INDEX_OVERLAY_VERSION,
        "base": overlay.base,
        "table": overlay.table,
        "body_bytes": len(body),
        "crc32": zlib.crc32(body),
        "put": list(overlay.put),
        "removed": sorted(overlay.removed),
        **{name: overlay.segments[name] for name in _SEGMENT_FIELDS
           if name in overlay.segments},
    }
    if overlay.meta_digest is not None:
        header["meta_digest"] = overlay.meta_digest
    return [encode_json(header) + b"\n", body]


def with_size(overlay: IndexOverlay) -> tuple[IndexOverlay, list[bytes]]:
    """The overlay with its file's size, and the file's bytes."""
    chunks = encode_index_overlay(overlay)
    size = sum(map(len, chunks))
    return IndexOverlay(overlay.base, overlay.table, overlay.put, overlay.removed,
                        overlay.segments, overlay.meta_digest, size), chunks


def read_index_overlay(data: bytes) -> IndexOverlay:
    """Parse an index overlay file's bytes; OverlayDamaged if they are not one."""
    header, line_end = read_header(data, INDEX_OVERLAY_FORMAT, INDEX_OVERLAY_VERSION,
                                   "index overlay")
    base, table = header.get("base"), header.get("table")
    put, removed = header.get("put"), header.get("removed")
    body_bytes, crc = header.get("body_bytes"), header.get("crc32")
    if not (isinstance(base, str) and isinstance(table, str) and _ids(put) and _ids(removed)
            and type(body_bytes) is int and type(crc) is int
            and all(name in header for name in _SEGMENT_FIELDS[:3])):
        raise OverlayDamaged("its header is incomplete")
    assert isinstance(put, list) and isinstance(removed, list)
    lines = bytes(checked_body(data, line_end, body_bytes, crc)).split(b"\n")
    if lines[-1] or len(lines) != len(put) + 1 or len(set(put)) != len(put):
        raise OverlayDamaged("its records do not match the ids its header lists")
    entries: dict[str, tuple[Ref, bytes]] = {}
    for key, line in zip(put, lines, strict=False):
        cut = line.find(b"],")
        try:
            if not (line.startswith(b"[[") and line.endswith(b"]") and cut > 0):
                raise ValueError
            ref = Ref._make(int(v) for v in line[2:cut].split(b","))
        except (TypeError, ValueError):
            raise OverlayDamaged(f"the place of record {key!r} is not four numbers") from None
        row = line[cut + 2:-1]
        if not (row.startswith(row_start(key)) and row.endswith(b"]")):
            raise OverlayDamaged(f"the summary of record {key!r} is not its row")
        entries[key] = (ref, row)
    segments = {name: header[name] for name in _SEGMENT_FIELDS if name in header}
    return IndexOverlay(base, table, entries, frozenset(removed), segments,
                        header.get("meta_digest"), len(data))


def _ids(value: Any) -> bool:
    return isinstance(value, list) and all(type(k) is str for k in value)
