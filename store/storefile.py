"""A store file as read: its header, its body on first use, other processes' commits.

A storage file is JSON Lines. The first line is a header::

    {"format": "newsdesk-store-file", "version": 1, "body_bytes": N, "crc32": C,
     "tables": {"<table>": ["<doc id>", ...], ...}, "meta": <any JSON>}

and then comes the body. In version 1 (inline: the notes) that is one line per document,
table by table in the header's order. Documents stay in memory as their JSON bytes and are
parsed each time they are asked for: a reader can never change the store by mutating what it
got back, and a commit re-encodes only the documents that changed.

In version 2 (segmented: the articles) the body is one line per table, the list of where
each document is (a `Ref`: segment, offset, length, CRC), then one line holding the meta
(the article summaries: large, and parsed only when asked for), and the documents are in
segment files beside it (segments.py); the header also lists the segments. A document is read from
its segment when it is asked for, so one article costs one article, and a commit writes only
the documents it adds or changes, then the index.

Either way the header is small and is read when the store opens; the body is read (once,
from the same open file, so a reader never mixes two versions) on first use.

Either kind may have an overlay of recent commits beside it, read before the file and
applied here, so that every reader sees it: an inline file's (overlay.py: the notes) and a
segmented file's (index_overlay.py: the articles' index, whose summaries' rows it carries).

A file that cannot be read or parsed raises `StoreCorrupt`, and is never written to
afterwards. The commits are storage.py's: its `AtomicJSONStorage` is a `StoreFile` that
writes.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from .atomic import Raw, encode_json
from .errors import SchemaTooNew, StoreChanged, StoreCorrupt
from .index_overlay import IndexOverlay, read_index_overlay
from .lazydocs import LazyDocs, Stored, place_at, split_places
from .overlay import Overlay, OverlayDamaged, overlay_path, read_overlay
from .rows import edit_line, edit_parsed, edit_rows_parsed
from .segments import Ref, SegmentDamaged, SegmentMissing, Segments

if TYPE_CHECKING:
    from .storage import Transaction

FILE_FORMAT = "newsdesk-store-file"
INLINE_VERSION = 1  # documents in the file itself
SEGMENTED_VERSION = 2  # documents in segment files, the file their index
FILE_VERSION = SEGMENTED_VERSION  # the newest this newsdesk reads

# The meta of a segmented file until it is asked for (it is parsed only then).
UNREAD: Any = object()

# How many documents `StoreFile.document` reads by finding their place alone before it lays
# out the whole index (a walk over every document would otherwise search for each); and
# how many ids `has_key` looks for in the list before it makes a set of them.
READ_ALONE = 4


class StoreFile:
    """One store file as read (see the module docstring for the format)."""

    def __init__(self, path: Path, *, readonly: bool = False, check_on_load: bool = False,
                 segmented: bool = False, overlay: bool = False):
        self.path = path
        self.readonly = readonly
        # Commits write version 2 (documents in segment files); either version is read.
        self.segmented = segmented
        self._version = INLINE_VERSION
        self._segments: Segments | None = None  # those the index lists (version 2)
        # Small files are read whole on load, each record seen to be an object, so damage
        # shows when the store opens (parsing each waits until it is read).
        self._check_on_load = check_on_load
        self._opened = False
        self._file: BinaryIO | None = None  # open from header to body: one version only
        self._body_bytes = 0
        self._crc32 = 0
        # The ids, the overlay applied (if it applies; see _current_keys: made when asked).
        self._keys: dict[str, list[str]] = {}
        self._keys_stale = False  # True: `_keys` are the header's, the overlay not yet applied
        self._base_keys: dict[str, list[str]] = {}  # the ids as the file's header has them
        self._tables: dict[str, LazyDocs] | None = None  # None until the body is read
        self._meta: Any = None
        self._meta_line: bytes | None = b""  # a segmented file's meta as stored (None: unread)
        self._places: tuple[int, int] | None = None  # a segmented index's places: size, CRC
        self._places_data: bytes | None = None  # those places once read (until laid out)
        # How many documents were read by finding their place alone (see `document`).
        self._read_alone = 0
        self._places_crc = 0
        self._body_start = 0
        # (a table's id list, its set): the list itself is held, so `is` can tell it (an
        # id() could be reused by a later list once this one is freed).
        self._key_set: tuple[list[str], frozenset[str]] | None = None
        # (a table's id list, how many lookups searched it before `_key_set` was made).
        self._key_scans: tuple[list[str] | None, int] = (None, 0)
        self._broken: StoreCorrupt | None = None
        # The file on disk as this object last read or wrote it (None: there was none), so a
        # commit can tell whether something else has replaced, changed or removed it since.
        self._on_disk: tuple[int, ...] | None = None
        # An inline file's overlay of recent commits (overlay.py): where it is, as last
        # read or written (applied only while it names this file's generation), and its
        # identity on disk; the file's own tables, which the overlay is made against.
        self._overlay_path = overlay_path(path) if overlay else None
        self._overlay: Overlay | IndexOverlay | None = None
        self._overlay_on_disk: tuple[int, ...] | None = None
        self._generation: str | None = None
        self._base_tables: dict[str, LazyDocs] | None = None
        # A segmented file's digest of its meta (Transaction.set_meta).
        self._meta_digest: Any = None
        # A segmented file's meta line with its overlay applied, once made (see meta_line).
        self._merged_line: bytes | None = None
        # A new object whenever the committed meta may have changed (see meta_version).
        self._meta_token = object()
        self._txn: Transaction | None = None  # the commit under way (storage.py)

    # -- reading ---------------------------------------------------------------------------

    def open(self) -> None:
        """Read and check the header; a missing file is an empty one."""
        self._raise_if_broken()
        if self._opened:
            return
        self._opened = True
        self._read_overlay()  # first: see overlay.py
        try:
            f = open(self.path, "rb")  # noqa: SIM115 - kept open until the body is read
        except FileNotFoundError:
            self._tables = {}
            return
        except OSError as e:
            raise self._break(StoreCorrupt.unreadable(self.path, e)) from e
        try:
            line = f.readline()
            status = os.fstat(f.fileno())
            self._on_disk = _identity(status)
            self._read_header(line, status.st_size)
        except OSError as e:
            f.close()
            raise self._break(StoreCorrupt.unreadable(self.path, e)) from e
        except BaseException:
            f.close()
            raise
        self._file = f

    def _read_overlay(self) -> None:
        self._overlay = self._overlay_on_disk = None
        if self._overlay_path is None:
            return
        try:
            with open(self._overlay_path, "rb") as f:
                data = f.read()
                self._overlay_on_disk = _identity(os.fstat(f.fileno()))
        except FileNotFoundError:
            return
        except OSError as e:
            raise self._break(StoreCorrupt.unreadable(self._overlay_path, e)) from e
        try:
            self._overlay = read_index_overlay(data) if self.segmented else read_overlay(data)
        except OverlayDamaged as e:
            raise self._break(StoreCorrupt.damaged(self._overlay_path, str(e))) from None

    def _overlay_applies(self) -> bool:
        return (self._overlay is not None and self._generation is not None
                and self._overlay.base == self._generation)

    def _index_overlay(self) -> IndexOverlay | None:
        """A segmented file's overlay, if it applies to the file as read."""
        overlay = self._overlay
        if isinstance(overlay, IndexOverlay) and self._overlay_applies() \
                and self._version == SEGMENTED_VERSION:
            return overlay
        return None

    def _merged(self, tables: dict[str, LazyDocs]) -> dict[str, LazyDocs]:
        """The file's tables with its overlay applied (if it applies)."""
        overlay = self._overlay
        if isinstance(overlay, IndexOverlay):
            return self._merged_index(tables)
        if overlay is None or not self._overlay_applies():
            return tables
        merged: dict[str, LazyDocs] = {}
        for name, base in tables.items():
            recent = overlay.docs.get(name, {})
            removed = overlay.removed.get(name, frozenset())
            if not recent and not removed:
                merged[name] = base
                continue
            docs = dict(base._docs)
            for key in removed:
                docs.pop(key, None)
            docs.update(recent)
            merged[name] = LazyDocs(docs, self, body=base._body,
                                    recent=(overlay.shadowed(name), recent))
        return merged

    def _merged_index(self, tables: dict[str, LazyDocs]) -> dict[str, LazyDocs]:
        """A segmented file's tables with its overlay applied (if it applies): the ids it
        removes gone, those it puts at the place it gives (where the file has them, else
        last, in its order)."""
        overlay = self._index_overlay()
        if overlay is None:
            return tables
        base = tables[overlay.table]
        docs: dict[str, Stored | int] = dict(base._docs)
        for key in overlay.removed:
            docs.pop(key, None)
        if len(docs) != len(base) - len(overlay.removed):
            raise self._overlay_damaged("it removes an article its index does not hold")
        for key, (ref, _) in overlay.put.items():
            docs[key] = ref
        return {**tables, overlay.table: LazyDocs(docs, self, refs=base._refs)}

    def _read_header(self, line: bytes, size: int) -> None:
        if not line:
            raise self._damaged("it is empty")
        if not line.endswith(b"\n"):
            raise self._damaged("its first line is cut off")
        try:
            header = json.loads(line)
        except ValueError:
            raise self._damaged("its first line is not valid JSON") from None
        if not isinstance(header, dict) or header.get("format") != FILE_FORMAT:
            raise self._damaged("it is not a newsdesk store file")
        version = header.get("version")
        if not isinstance(version, int) or version < INLINE_VERSION:
            raise self._damaged("its header has no format version")
        if version > FILE_VERSION:
            raise SchemaTooNew(
                f"{self.path} was written by a newer newsdesk (file format {version}, this one"
                f" reads up to {FILE_VERSION}); upgrade newsdesk to open this store",
                self.path,
            )
        tables, body_bytes = header.get("tables"), header.get("body_bytes")
        crc = header.get("crc32")
        if not (
            isinstance(tables, dict)
            and all(isinstance(keys, list) for keys in tables.values())
            and all(_all_strings(keys) for keys in tables.values())
            and isinstance(body_bytes, int)
            and isinstance(crc, int)
        ):
            raise self._damaged("its header is incomplete")
        if size != len(line) + body_bytes:
            raise self._damaged(
                f"it is {size} bytes long where its header says {len(line) + body_bytes}"
            )
        segments = None
        if version == SEGMENTED_VERSION:
            try:
                segments = Segments.from_header(self.segment_folder, header)
            except ValueError as e:
                raise self._damaged(f"its header has {e}") from None
        self._keys, self._body_bytes, self._crc32 = tables, body_bytes, crc
        self._base_keys, self._keys_stale = tables, False
        generation = header.get("generation")
        self._generation = generation if isinstance(generation, str) else None
        self._meta = header.get("meta") if segments is None else UNREAD
        self._meta_digest = header.get("meta_digest")
        self._version, self._segments = version, segments
        self._meta_line, self._merged_line, self._meta_token = b"", None, object()
        self._key_set = None
        self._places_data, self._read_alone = None, 0
        overlay = self._index_overlay()
        if overlay is not None:
            self._apply_index_overlay_header(overlay)
        self._body_start = len(line)
        # A segmented index's places come first and have a checksum of their own, so one
        # article is read without the summaries' line after them (read when needed).
        places, places_crc = header.get("places_bytes"), header.get("places_crc32")
        self._places = (places, places_crc) if (
            segments is not None and type(places) is int and type(places_crc) is int
            and 0 < places <= body_bytes) else None

    def _apply_index_overlay_header(self, overlay: IndexOverlay) -> None:
        """Take what an applying index overlay says of the whole file: its segment list and
        meta digest (its ids are laid over the file's when asked for, its documents when the
        file is loaded)."""
        assert self._overlay_path is not None
        if overlay.table not in self._base_keys:
            raise self._overlay_damaged("it does not fit the index it names")
        try:
            self._segments = Segments.from_header(self.segment_folder, overlay.segments)
        except ValueError as e:
            raise self._overlay_damaged(f"its header has {e}") from None
        self._keys_stale = True
        self._meta_digest = overlay.meta_digest

    def _overlay_damaged(self, detail: str) -> StoreCorrupt:
        assert self._overlay_path is not None
        return self._break(StoreCorrupt.damaged(self._overlay_path, detail))

    def _current_keys(self) -> dict[str, list[str]]:
        """The ids of each table as last committed, the overlay applied."""
        if self._keys_stale:
            overlay = self._index_overlay()
            assert overlay is not None
            try:
                merged = overlay.merged_keys(self._base_keys[overlay.table])
            except ValueError as e:
                raise self._overlay_damaged(str(e)) from None
            self._keys = {**self._base_keys, overlay.table: merged}
            self._keys_stale = False
        return self._keys

    @property
    def segment_folder(self) -> Path:
        """Where a segmented file's documents are: articles.jsonl -> articles.d/."""
        return self.path.with_name(self.path.stem + ".d")

    def load(self) -> None:
        """Read and check the body now rather than on first use (of a segmented index
        with its places' own checksum, the places: the meta's line waits until asked for)."""
        self.open()
        if self._tables is not None:
            return
        if self._places is not None:
            self._load_places()
            return
        f = self._file
        assert f is not None
        try:
            body = f.read()
        except OSError as e:
            raise self._break(StoreCorrupt.unreadable(self.path, e)) from e
        finally:
            f.close()
            self._file = None
        if len(body) != self._body_bytes:
            raise self._damaged("it changed size while being read")
        if zlib.crc32(body) != self._crc32:
            raise self._damaged("its contents do not match their checksum")
        tables = self._index_body(body, self._base_keys, check=self._check_on_load)
        self._base_tables = tables
        self._tables = self._merged(tables)

    def _load_places(self) -> None:
        places = self._read_places()
        self._places_data = None  # laid out below: the bytes are not needed again
        self._meta_line = None  # still in the file, which stays open for it
        tables = self._index_refs(places, self._base_keys, meta_follows=True)
        self._base_tables = tables
        self._tables = self._merged_index(tables)

    def _read_places(self) -> bytes:
        """A segmented index's places, read from the open file (once) and checked against
        their own checksum."""
        if self._places_data is not None:
            return self._places_data
        f = self._file
        assert f is not None and self._places is not None
        size, crc = self._places
        try:
            places = f.read(size)
        except OSError as e:
            f.close()
            self._file = None
            raise self._break(StoreCorrupt.unreadable(self.path, e)) from e
        if len(places) != size:
            raise self._damaged("it changed size while being read")
        if zlib.crc32(places) != crc:
            raise self._damaged("its contents do not match their checksum")
        self._places_crc = crc
        self._places_data = places
        return places

    def _read_meta_line(self) -> bytes:
        """The meta's line of a segmented file, read from the file if not yet read: the
        checksum of the whole body is checked then."""
        if self._meta_line is not None:
            return self._meta_line
        f = self._file
        assert f is not None and self._places is not None
        try:
            rest = os.pread(f.fileno(), self._body_bytes - self._places[0],
                            self._body_start + self._places[0])
        except OSError as e:
            raise self._break(StoreCorrupt.unreadable(self.path, e)) from e
        finally:
            f.close()
            self._file = None
        if len(rest) != self._body_bytes - self._places[0]:
            raise self._damaged("it changed size while being read")
        if zlib.crc32(rest, self._places_crc) != self._crc32:
            raise self._damaged("its contents do not match their checksum")
        if not rest.endswith(b"\n") or rest.count(b"\n") != 1:
            raise self._damaged("its index does not hold one line per table and the meta")
        self._meta_line = rest[:-1]
        return self._meta_line

    def _index_body(self, body: bytes, keys_by_table: dict[str, list[str]], *,
                    check: bool = False) -> dict[str, LazyDocs]:
        """Slice a body into per-document views (no copies: the body is held once);
        `check`: each record must look like a JSON object (braces at both ends)."""
        if self._version == SEGMENTED_VERSION:
            return self._index_refs(body, keys_by_table)
        view = memoryview(body)
        pos = 0
        tables: dict[str, LazyDocs] = {}
        not_object: str | None = None  # the first record that is not, told once all is read
        for name, keys in keys_by_table.items():
            docs: dict[str, Stored | int] = {}
            starts: list[int] = []
            for key in keys:
                end = body.find(b"\n", pos)
                if end < 0:
                    raise self._damaged("it ends before its last record")
                # Looked at here, as ints: a pass of its own over 10,000 notes cost 5-9 ms.
                if check and not_object is None and (
                        end == pos or body[pos] != 0x7B or body[end - 1] != 0x7D):  # { }
                    not_object = key
                docs[key] = view[pos:end]
                starts.append(pos)
                pos = end + 1
            if len(docs) != len(keys):
                raise self._damaged(f"table {name!r} lists a record id twice")
            starts.append(pos)  # where the table ends: a match past it is not the table's
            tables[name] = LazyDocs(docs, self, body=(body, starts, list(keys)))
        if pos != len(body):
            raise self._damaged("it holds more records than its header lists")
        if not_object is not None:
            raise self._damaged(f"record {not_object!r} is not a JSON object")
        return tables

    def _index_refs(self, body: bytes, keys_by_table: dict[str, list[str]], *,
                    meta_follows: bool = False) -> dict[str, LazyDocs]:
        """A segmented body: one line per table, the Ref of each of its documents, then the
        meta's line (kept as bytes until the meta is asked for); `meta_follows`: the body
        is the places alone, the meta's line read later."""
        lines = body.split(b"\n")
        if len(lines) != len(keys_by_table) + (1 if meta_follows else 2) or lines[-1]:
            raise self._damaged("its index does not hold one line per table and the meta")
        if not meta_follows:
            self._meta_line = lines[-2]
        tables: dict[str, LazyDocs] = {}
        for (name, keys), line in zip(keys_by_table.items(), lines, strict=False):
            refs = split_places(line)
            if refs is None:
                raise self._damaged(
                    f"the index of table {name!r} is not a list of places") from None
            if len(refs) != len(keys):
                raise self._damaged(f"the index of table {name!r} does not match its ids")
            # Each place is parsed when used (and checked by Segments.read): 100,000 at
            # each open would cost more than the one article a command reads.
            docs: dict[str, Stored | int] = dict(zip(keys, range(len(keys)), strict=True))
            if len(docs) != len(keys):
                raise self._damaged(f"table {name!r} lists a record id twice")
            tables[name] = LazyDocs(docs, self, refs=refs)
        return tables

    def read_ref(self, ref: Ref, key: str) -> bytes:
        """One segmented document's JSON, read from its segment."""
        self._raise_if_broken()
        segments = self._segments
        assert segments is not None
        try:
            return segments.read(ref)
        except SegmentMissing:
            where = segments.path(ref.segment)  # made on failure only: 5 us a read
            raise StoreChanged(
                f"{where} is missing: if another newsdesk rewrote the articles since this one"
                " read their index, open the store again; if not, restore the store from a"
                " backup", where) from None
        except SegmentDamaged as e:
            where = segments.path(ref.segment)
            raise self._break(StoreCorrupt.damaged(where, f"record {key!r}: {e}")) from None
        except OSError as e:
            where = segments.path(ref.segment)
            raise self._break(StoreCorrupt.unreadable(where, e)) from e

    def decode_doc(self, raw: Raw, key: str) -> dict[str, Any]:
        """Parse one stored document."""
        try:
            doc = json.loads(bytes(raw))
        except ValueError:
            doc = None
        if not isinstance(doc, dict):
            raise self._damaged(f"record {key!r} is not a JSON object")
        return doc

    def document(self, name: str, key: str) -> dict[str, Any] | None:
        """One document of a table as last committed (as the transaction under way has it,
        inside one), None if there is none: `read()[name].get(key)`, except that in a
        segmented file whose index is not laid out yet the document's place alone is found,
        for the first few asked (opening the workstation reads one article: laying out
        100,000 places for it cost 30-50 ms)."""
        ref = self._place_alone(name, key)
        if ref is not None:
            return self.decode_doc(self.read_ref(ref, key), key)
        docs = self.read().get(name)
        return None if docs is None else cast(dict[str, Any] | None, docs.get(key))

    def _place_alone(self, name: str, key: str) -> Ref | None:
        """Where document `key` of table `name` is, found without laying out the index
        (None: not found so; the caller then reads the index whole, which also finds
        any damage in it). The places are checked against their checksum all the same."""
        self.open()
        if (self._tables is not None or self._places is None or self._file is None
                or self._version != SEGMENTED_VERSION or self._read_alone >= READ_ALONE
                or (self._txn is not None and self._txn.pending is not None)):
            return None
        overlay = self._index_overlay()
        if overlay is not None and name == overlay.table:
            if key in overlay.put:
                self._read_alone += 1
                return overlay.put[key][0]
            if key in overlay.removed:
                return None
        keys = self._base_keys.get(name)
        if keys is None:
            return None
        try:
            position = keys.index(key)  # in C, about 1 ms at 100,000
        except ValueError:
            return None
        places = self._read_places()
        self._read_alone += 1
        return place_at(places, list(self._base_keys).index(name), position, len(keys))

    @property
    def meta(self) -> Any:
        """The meta as last committed (inline: read with the header; segmented: read from
        the body's last line when first asked for, with the overlay's rows laid over it)."""
        self.open()
        if self._meta is UNREAD:
            self.load()
            overlay = self._index_overlay()
            try:
                meta = json.loads(self._read_meta_line())
                if overlay is not None:  # laid over the parsed rows: no split and join
                    put = {key: row for key, (_, row) in overlay.put.items()}
                    meta = edit_rows_parsed(meta, put, overlay.removed)
                    if meta is None:
                        line = self.meta_line()
                        assert line is not None
                        meta = json.loads(line)
            except ValueError:
                raise self._damaged("its meta line is not valid JSON") from None
            self._meta = meta
        return self._meta

    def meta_line(self) -> bytes | None:
        """A segmented file's meta as its JSON line (a new bytes object with each commit or
        refresh), the overlay's rows laid over the stored one; None for an inline file,
        whose meta is in its header."""
        self.open()
        if self._version != SEGMENTED_VERSION:
            return None
        self.load()
        line = self._read_meta_line()
        overlay = self._index_overlay()
        if overlay is None:
            return line
        if self._merged_line is None:
            put = {key: row for key, (_, row) in overlay.put.items()}
            merged = edit_line(line, self._base_keys[overlay.table], put, overlay.removed)
            self._merged_line = merged if merged is not None else edit_parsed(
                line, put, overlay.removed)
        return self._merged_line

    def meta_version(self) -> object:
        """An object that stays the same while the committed meta does (a new one after any
        commit or refresh that may change it): what a reader keeps to know whether what it
        made of the meta is still current, without reading the meta."""
        self.open()
        return self._meta_token

    def meta_digest(self) -> Any:
        """The digest of the meta that the last commit setting it gave (None: none), as
        the header has it: no body read."""
        self.open()
        return self._meta_digest

    def table_keys(self, name: str) -> list[str]:
        """The ids in a table as last committed (readable without reading the body)."""
        self.open()
        if self._overlay_applies() and not isinstance(self._overlay, IndexOverlay):
            self.load()
            assert self._tables is not None
            return list(self._tables.get(name, ()))
        return list(self._current_keys().get(name, []))

    def has_key(self, name: str, key: str) -> bool:
        """Whether a table holds a document under `key` (as last committed; no body read)."""
        self.open()
        if self._overlay_applies() and not isinstance(self._overlay, IndexOverlay):
            return key in self.read().get(name, ())
        if self._tables is not None:  # loaded: no set of every id made after each commit
            return key in self._tables.get(name, ())
        overlay = self._index_overlay() if self._keys_stale else None
        if overlay is not None and name == overlay.table:
            if key in overlay.put:
                return True
            if key in overlay.removed:
                return False
        keys = self._base_keys.get(name, []) if self._keys_stale else self._keys.get(name, [])
        if self._key_set is None or self._key_set[0] is not keys:
            # The first few are looked for in the list (in C: about 1 ms at 100,000 ids, a
            # set of them several times that), as opening the workstation does twice.
            scans = self._key_scans[1] if self._key_scans[0] is keys else 0
            if scans < READ_ALONE:
                self._key_scans = (keys, scans + 1)
                return key in keys
            self._key_set = (keys, frozenset(keys))
        return key in self._key_set[1]

    def fingerprints(self, name: str) -> dict[str, int] | None:
        """Each document's length and CRC-32 (as one number) by id, as the index of a
        segmented file gives them without reading a document; None for an inline file."""
        self.load()
        assert self._tables is not None
        if self._version != SEGMENTED_VERSION:
            return None
        docs = self._tables.get(name)
        if docs is None:
            return {}
        return {key: ref.length << 32 | ref.crc for key, ref in docs.raw_items()
                if isinstance(ref, Ref)}

    @property
    def loaded(self) -> bool:
        """Whether the body has been read."""
        return self._tables is not None

    def read(self) -> dict[str, Any]:
        """The tables by name; a shallow copy, so tinydb's edits never reach the committed state."""
        self._raise_if_broken()
        if self._txn is not None and self._txn.pending is not None:
            return dict(self._txn.pending)
        self.load()
        assert self._tables is not None
        return dict(self._tables)

    # -- another process's commits ----------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """Whether the file is another version than the one this object last read or wrote
        (one stat; False before the file was first opened)."""
        if not self._opened:
            return False
        now = identity_now(self.path)
        if now is UNKNOWN:
            return False
        return (now != self._on_disk and now is not None) or self._overlay_changed()

    def _overlay_changed(self) -> bool:
        """Whether the overlay is another version than the one last read or written."""
        if self._overlay_path is None:
            return False
        now = identity_now(self._overlay_path)
        return now is not UNKNOWN and now != self._overlay_on_disk

    def refresh(self) -> Changed:
        """Read the file again if another process committed a new version of it since this
        object last read or wrote it.

        Returns what changed: per table, the ids of documents added, replaced or removed,
        each with its old and new raw JSON (None where it is absent); None when that cannot
        be told without reading the old body, which this object had not read (only ids added
        or removed would show). A removed file is left alone: the next commit refuses to
        write (StoreChanged), as it always has.
        """
        if self._broken is not None:
            return {}  # never written again, nor read: the error said so when it was found
        if not self.changed_on_disk():
            return {}
        if self._txn is not None:
            raise RuntimeError("a store file cannot be read again inside a transaction")
        old_tables = self._tables
        self.close()
        self._opened, self._tables, self._keys, self._meta = False, None, {}, None
        self._keys_stale = False
        self._meta_digest = None
        self._key_set = None
        self._on_disk = None
        self._base_tables = self._generation = None
        self.open()
        if old_tables is None and not self._check_on_load:
            return None
        self.load()
        assert self._tables is not None
        changed: dict[str, dict[str, tuple[Raw | None, Raw | None]]] = {}
        for name in set(old_tables or {}) | set(self._tables):
            old = dict((old_tables or {}).get(name, LazyDocs({}, self)).raw_items())
            new = dict(self._tables.get(name, LazyDocs({}, self)).raw_items())
            table = {key: (_raw(old.get(key)), _raw(new.get(key)))
                     for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
            if table:
                changed[name] = table
        return changed


    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._segments is not None:
            self._segments.close()


    # -- guards ----------------------------------------------------------------------------


    def mark_damaged(self, detail: str) -> StoreCorrupt:
        """The error for damage found in a record; from now on nothing writes to this file."""
        return self._damaged(detail)

    def _damaged(self, detail: str) -> StoreCorrupt:
        return self._break(StoreCorrupt.damaged(self.path, detail))

    def _break(self, error: StoreCorrupt) -> StoreCorrupt:
        """Remember that this file is damaged, so that nothing ever writes over it."""
        self._broken = error
        return error

    def _raise_if_broken(self) -> None:
        if self._broken is not None:
            raise StoreCorrupt(str(self._broken), self._broken.path)



# What `refresh` reports: table -> document id -> (old, new), each its raw JSON or, segmented,
# where it is (None where it is absent); None: unknown.
Changed = dict[str, dict[str, tuple[Raw | Ref | None, Raw | Ref | None]]] | None


def _raw(value: Stored | None) -> Raw | Ref | None:
    """A committed document as stored (committed tables hold raw bytes or Refs)."""
    if value is None or isinstance(value, bytes | memoryview | Ref):
        return value
    return encode_json(value)


def _all_strings(items: list[Any]) -> bool:
    """Whether every item is a string: str.join tells in C, in a fifth of the time a look at
    each one's type takes (1 ms against 6 at 100,000 ids, when the store opens)."""
    try:
        "".join(items)
    except TypeError:
        return False
    return True


def _identity(status: os.stat_result) -> tuple[int, ...]:
    """What tells one version of a file from another: which file, how long, when written."""
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


# `identity_now` when the file could not be looked at (not when it is missing).
UNKNOWN: Any = object()


def identity_now(path: Path) -> tuple[int, ...] | None | Any:
    """The file's identity now (`_identity`), None when it is gone, UNKNOWN when it could
    not be looked at (a commit then fails on its own and says why)."""
    try:
        return _identity(os.stat(path))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return UNKNOWN
