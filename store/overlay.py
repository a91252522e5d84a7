"""An overlay of recent changes beside a large inline store file, so that a note's commit
costs the note, not the file.

Every commit of an inline file (the notes: annotations, corrections, settings, feeds)
used to rewrite the whole file under the commit rules (temporary file, fsync, rename,
fsync of the folder). At 10,000 notes that file is 6 MB, and writing and syncing 6 MB
takes over 10 ms on its own. So once the file is large (`OVERLAY_FROM`), a commit writes
only what differs from it, under the same rules, into a small file beside it
(`notes.jsonl` -> `notes-recent.jsonl`)::

    {"format": "newsdesk-store-overlay", "version": 1, "base": "<generation>",
     "body_bytes": N, "crc32": C, "tables": {"<table>": ["<doc id>", ...]},
     "removed": {"<table>": ["<doc id>", ...]}}

then one line per document added or replaced, table by table in the header's order, as in
the file itself. The documents it holds replace the file's, and those it lists as removed
are gone. When it grows past `OVERLAY_MAX`, the next commit writes the whole file again
(folding the overlay in) and deletes the overlay.

An overlay applies only to the file whose `generation` (a random id each whole-file commit
writes into its header) it names. So a crash between the two steps of a fold (the file
written, the overlay not yet deleted) leaves an overlay naming the old generation, which
readers ignore: the new file already holds all of it. Readers read the overlay first, then
the file: whichever commits happen in between, what they see is one committed state.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .atomic import Raw, encode_json

OVERLAY_FORMAT = "newsdesk-store-overlay"
OVERLAY_VERSION = 1
# A file whose body is at least this large puts small commits into its overlay...
OVERLAY_FROM = 1 << 20
# ... until the overlay's body would pass this size; that commit rewrites the file.
OVERLAY_MAX = 256 << 10


def overlay_path(path: Path) -> Path:
    """Where the overlay of a store file is: notes.jsonl -> notes-recent.jsonl."""
    return path.with_name(f"{path.stem}-recent{path.suffix}")


def new_generation() -> str:
    """An id for one whole-file commit (what an overlay names as its base)."""
    return os.urandom(8).hex()  # as secrets.token_hex(8), without its 8 ms of imports


class OverlayDamaged(ValueError):
    """The overlay file cannot be read as one; the message says how."""


@dataclass(frozen=True, slots=True)
class Overlay:
    """An overlay as read or written: the generation of the file it applies to, and per
    table the documents it adds or replaces (raw JSON) and the ids it removes."""

    base: str
    docs: dict[str, dict[str, Raw]]
    removed: dict[str, frozenset[str]]
    size: int  # its body's bytes

    def shadowed(self, table: str) -> frozenset[str]:
        """The ids whose documents in the file this overlay replaces or removes."""
        return frozenset(self.docs.get(table, {})) | self.removed.get(table, frozenset())


def read_header(data: bytes, fmt: str, version: int, kind: str) -> tuple[dict[str, Any], int]:
    """An overlay file's header line (parsed, of format `fmt` and `version`) and where it
    ends; OverlayDamaged, its message naming what is wrong, if it is not one (`kind`:
    "overlay", "index overlay")."""
    line_end = data.find(b"\n")
    if line_end < 0:
        raise OverlayDamaged("its first line is cut off" if data else "it is empty")
    try:
        header = json.loads(data[:line_end])
    except ValueError:
        raise OverlayDamaged("its first line is not valid JSON") from None
    if not isinstance(header, dict) or header.get("format") != fmt:
        raise OverlayDamaged(f"it is not a newsdesk {kind} file")
    if header.get("version") != version:
        raise OverlayDamaged(f"its format version is {header.get('version')!r}, not"
                             f" {version}")
    return header, line_end


def checked_body(data: bytes, line_end: int, body_bytes: int, crc: int) -> memoryview:
    """The body after the header line, once its size and checksum match the header's."""
    body = memoryview(data)[line_end + 1:]
    if len(body) != body_bytes:
        raise OverlayDamaged(f"its body is {len(body)} bytes where its header says {body_bytes}")
    if zlib.crc32(body) != crc:
        raise OverlayDamaged("its contents do not match their checksum")
    return body


def read_overlay(data: bytes) -> Overlay:
    """Parse an overlay file's bytes; OverlayDamaged if they are not one."""
    header, line_end = read_header(data, OVERLAY_FORMAT, OVERLAY_VERSION, "overlay")
    base, tables, removed = header.get("base"), header.get("tables"), header.get("removed")
    body_bytes, crc = header.get("body_bytes"), header.get("crc32")
    if not (isinstance(base, str) and _id_lists(tables) and _id_lists(removed)
            and type(body_bytes) is int and type(crc) is int):
        raise OverlayDamaged("its header is incomplete")
    assert isinstance(tables, dict) and isinstance(removed, dict)
    body = checked_body(data, line_end, body_bytes, crc)
    docs: dict[str, dict[str, Raw]] = {}
    pos = 0
    raw = bytes(body)
    for name, keys in tables.items():
        table: dict[str, Raw] = {}
        for key in keys:
            end = raw.find(b"\n", pos)
            if end < 0:
                raise OverlayDamaged("it ends before its last record")
            line = body[pos:end]
            if not (line[:1] == b"{" and line[-1:] == b"}"):
                raise OverlayDamaged(f"record {key!r} is not a JSON object")
            table[key] = line
            pos = end + 1
        if len(table) != len(keys):
            raise OverlayDamaged(f"table {name!r} lists a record id twice")
        docs[name] = table
    if pos != len(raw):
        raise OverlayDamaged("it holds more records than its header lists")
    return Overlay(base, docs, {name: frozenset(keys) for name, keys in removed.items()},
                   body_bytes)


def _id_lists(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(keys, list) and all(type(k) is str for k in keys) for keys in value.values())


def encode_overlay(overlay: Overlay) -> list[bytes]:
    """An overlay's file: its header line and its body (as `read_overlay` reads them)."""
    lines = [raw if type(raw) is bytes else bytes(raw)
             for table in overlay.docs.values() for raw in table.values()]
    body = b"".join(line + b"\n" for line in lines)
    header = {
        "format": OVERLAY_FORMAT,
        "version": OVERLAY_VERSION,
        "base": overlay.base,
        "body_bytes": len(body),
        "crc32": zlib.crc32(body),
        "tables": {name: list(table) for name, table in overlay.docs.items()},
        "removed": {name: sorted(keys) for name, keys in overlay.removed.items() if keys},
    }
    return [encode_json(header) + b"\n", body]


def overlay_of(base: str, base_docs: Mapping[str, Mapping[str, Any]],
               data: Mapping[str, Mapping[str, Any]]) -> Overlay | None:
    """The overlay that turns the file's tables (`base_docs`, each id -> its stored value)
    into `data` (a commit's tables, in which a document the commit left alone is the very
    object the file's table holds), or None where it cannot say it: a table added or
    dropped, or an id removed and added again (it moves to the end of its table, and an
    overlay keeps the file's order). The whole file is written then."""
    if set(base_docs) != set(data):
        return None
    docs: dict[str, dict[str, Raw]] = {}
    removed: dict[str, frozenset[str]] = {}
    size = 0
    for name, new in data.items():
        old = base_docs[name]
        get = old.get
        changed = {key: value for key, value in new.items() if get(key) is not value}
        table: dict[str, Raw] = {}
        for key, value in changed.items():
            raw = value if isinstance(value, bytes | memoryview) else encode_json(value)
            table[key] = raw
            size += len(raw) + 1
        docs[name] = table
        gone = old.keys() - new.keys()
        if gone:
            removed[name] = frozenset(gone)
        # Applied, the overlay gives the file's ids in order less those removed, then those
        # added: the commit's order, unless an id was removed and added again.
        keys = list(new)
        added = new.keys() - old.keys()
        kept = len(keys) - len(added)
        if keys[:kept] != ([key for key in old if key not in gone] if gone else list(old)) \
                or (added and set(keys[kept:]) != added):
            return None
    return Overlay(base, docs, removed, size)


def stored_docs(docs: Any) -> Mapping[str, Any]:
    """A table's id -> stored value mapping (a LazyDocs' own dict: values unparsed)."""
    inner = getattr(docs, "_docs", None)
    return inner if isinstance(inner, dict) else docs


def remove_overlay(path: Path) -> bool:
    """Delete an overlay a fold made stale; True if it is gone (a failure only leaves a
    stale overlay, which readers ignore)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True
