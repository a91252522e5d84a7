"""The documents of one table as a store file holds them: raw JSON parsed on access, or,
for a segmented file, places in segment files parsed when used (see storefile.py, which
reads the files, storage.py, which commits them, and segments.py).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .atomic import Raw, encode_json
from .segments import Ref

if TYPE_CHECKING:
    from .storefile import StoreFile

__all__ = ["EncodedMeta", "LazyDocs", "Stored", "place_at", "split_places"]

# A stored document: its JSON (as read, or encoded), where it is (segmented), or parsed.
Stored = Raw | Ref | dict[str, Any]


class LazyDocs(MutableMapping[str, Any]):
    """One table's documents by id, kept as raw JSON and parsed on each access.

    A working copy (what a tinydb write edits) keeps what it parses, so that tinydb's
    in-place updates stick to it; the committed table never does, so nothing handed out
    can alias the stored state.

    A segmented table's places are read lazily too: a document's value is then its
    position in `refs`, the index line's text of each place, parsed when first used.
    """

    __slots__ = ("_docs", "_owner", "_keep_parsed", "_refs", "_body", "_recent")

    def __init__(
        self,
        docs: dict[str, Stored | int],
        owner: StoreFile,
        *,
        keep_parsed: bool = False,
        refs: list[bytes] | None = None,
        body: tuple[bytes, list[int], list[str]] | None = None,
        recent: tuple[frozenset[str], dict[str, Raw]] | None = None,
    ) -> None:
        self._docs = docs
        self._owner = owner
        self._keep_parsed = keep_parsed
        self._refs = refs
        # An inline table as read: the file's body, where each document starts, their ids.
        self._body = body
        # With an overlay of recent changes (overlay.py): the body's ids it replaced or
        # removed, and the documents it holds.
        self._recent = recent

    def ids_holding(self, needles: Iterable[bytes]) -> list[str] | None:
        """The ids of the documents whose stored JSON holds one of `needles` (in table
        order), by a search of the body they were read from (no needle may hold a line
        break); None for a table not read that way."""
        if self._body is None:
            return None
        needles = list(needles)
        body, starts, keys = self._body
        positions: set[int] = set()
        for needle in needles:
            at, end = starts[0], starts[-1]
            while (at := body.find(needle, at, end)) >= 0:
                index = bisect_right(starts, at) - 1
                positions.add(index)
                at = starts[index + 1]  # the next document: one hit per document is enough
        if self._recent is None:
            return [keys[index] for index in sorted(positions)]
        shadowed, recent = self._recent
        found = {keys[index] for index in positions} - shadowed
        found.update(key for key, raw in recent.items()
                     if any(bytes(raw).find(needle) >= 0 for needle in needles))
        return [key for key in self._docs if key in found]  # in table order

    def _stored(self, key: str) -> Stored:
        value = self._docs[key]
        if type(value) is int:
            value = self._docs[key] = self._ref(value, key)
        return cast(Stored, value)

    def _ref(self, position: int, key: str) -> Ref:
        assert self._refs is not None
        try:
            return Ref._make(map(int, self._refs[position].split(b",")))
        except (TypeError, ValueError):
            raise self._owner.mark_damaged(f"the place of record {key!r} in its index is not four"
                                      " numbers") from None

    def __getitem__(self, key: str) -> dict[str, Any]:
        value = self._stored(key)
        if isinstance(value, Ref):
            value = self._owner.read_ref(value, key)
        if isinstance(value, bytes | memoryview):
            value = self._owner.decode_doc(value, key)
            if self._keep_parsed:
                self._docs[key] = value
        return value

    def raw(self, key: str) -> Raw:
        """One document's stored JSON (read from its segment if it is segmented)."""
        value = self._stored(key)
        if isinstance(value, Ref):
            return self._owner.read_ref(value, key)
        return value if isinstance(value, bytes | memoryview) else encode_json(value)

    def __setitem__(self, key: str, value: dict[str, Any]) -> None:
        self._docs[key] = value

    def __delitem__(self, key: str) -> None:
        del self._docs[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, key: object) -> bool:
        return key in self._docs

    def clear(self) -> None:
        self._docs.clear()

    def working_copy(self) -> LazyDocs:
        """A copy to edit; unchanged documents stay raw and are written back byte for byte."""
        return LazyDocs(dict(self._docs), self._owner, keep_parsed=True, refs=self._refs)

    def raw_items(self) -> Iterable[tuple[str, Stored]]:
        """Every (id, stored value), each place parsed (a whole-table walk reads them all)."""
        if self._refs is not None:
            for key, value in self._docs.items():
                if type(value) is int:
                    self._docs[key] = self._ref(value, key)
            self._refs = None
        return cast(Iterable[tuple[str, Stored]], self._docs.items())



@dataclass(frozen=True, slots=True)
class EncodedMeta:
    """A meta given as its JSON line, written as it is (a segmented file only): a caller
    that edits a large meta in place (the articles' summaries) need not parse it whole.
    The line must be one valid JSON value with no line break."""

    line: bytes



def split_places(line: bytes) -> list[bytes] | None:
    """An index line of places, `[[1,0,812,3921],[1,813,90,77]]`, as each place's text
    (`b"1,0,812,3921"`), unparsed; None if the line is not a list of lists of numbers."""
    line = line.translate(None, b" \t\r")  # JSON's white space (from a hand edit)
    if line == b"[]":
        return []
    if not (line.startswith(b"[[") and line.endswith(b"]]")):
        return None
    inner = line[2:-2]
    # A place holds digits and commas only: no brackets.
    joined = inner.replace(b"],[", b",")
    if b"[" in joined or b"]" in joined:
        return None
    return inner.split(b"],[")


# `place_at` steps from place to place once its estimate is this close; it gives up (the
# caller lays the line out whole) after this many estimates.
_STEPS, _ESTIMATES = 64, 40


def place_at(places: bytes, line: int, position: int, count: int) -> Ref | None:
    """The place at `position` of the `count` on index line `line` of `places` (the index's
    lines of places, each as `split_places` reads it), found without splitting the line:
    from an estimate of where it is, the places before it counted in C. None where the
    line is not as newsdesk writes it (no white space, `count` places of four numbers), or
    the place is not four whole numbers: the caller then reads the line whole."""
    start = 0
    for _ in range(line):
        start = places.find(b"\n", start) + 1
        if not start:
            return None
    end = places.find(b"\n", start)
    if end < 0 or not 0 <= position < count or places[start:start + 2] != b"[[" \
            or places[end - 2:end] != b"]]":
        return None
    first = start + 1  # where the first place's bracket is
    width = (end - start) / count
    # The bracket that opens place `position`: from an estimate, corrected by counting the
    # brackets between it and the last one, until close enough to step.
    at, seen = first, 0
    for _ in range(_ESTIMATES):
        if abs(position - seen) <= _STEPS:
            break
        guess = min(max(at + int((position - seen) * width), first), end - 1)
        found = places.find(b"[", guess, end)
        if found < 0:
            found = places.rfind(b"[", first, end)
        if found >= at:
            seen += places.count(b"[", at, found)
        else:
            seen -= places.count(b"[", found, at)
        at = found
    else:
        return None
    while seen != position:
        if seen < position:
            at, seen = places.find(b"[", at + 1, end), seen + 1
        else:
            at, seen = places.rfind(b"[", first, at), seen - 1
        if at < 0:
            return None
    close = places.find(b"]", at, end)
    if close < 0:
        return None
    try:
        ref = Ref._make(map(int, places[at + 1:close].split(b",")))
    except (TypeError, ValueError):
        return None
    return ref if all(v >= 0 for v in ref) else None
