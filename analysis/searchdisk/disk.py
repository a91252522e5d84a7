"""Reading a built index through a map: only the vocabulary in memory."""

from __future__ import annotations

import contextlib
import heapq
import json
import mmap
import os
import struct
import threading
import zlib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from itertools import islice
from pathlib import Path
from typing import BinaryIO, Literal

from ..search import (
    _GATHER_CAP,
    _SCORE_CAP,
    _TOP,
    RANK_LIMIT,
    Matcher,
    SearchHit,
    SearchItem,
    _WordMatch,
    kind_of_rank,
    normalize,
)
from .build import build_index
from .fileformat import (
    BYTE_ORDER,
    CHECKED_AT_OPEN,
    COPY_CHUNK,
    FORMAT_VERSION,
    HEADER,
    INDEX_FILE,
    MAGIC,
    META_LEN,
    PLACE,
    RECORD,
    SECTION,
    SECTIONS,
    TRAILER,
    TRAILER_STRUCT,
    IndexAbsent,
    IndexDamaged,
    IndexStale,
    crc_of,
    decode,
    lookup,
)

# Pages of the map that searches may leave resident before they are released, roughly.
_RELEASE_AFTER = 32 << 20
# Items whose words, and whose label and normalized label, are kept for the next
# keystrokes (which score mostly the same best items again).
_RECENT = 20_000
_RECENT_ITEMS = 20_000
_PAGE = 65536  # what a fault maps in, neighbours included (fault-around)


def choose(kept: list[int], strong: list[int], want: int) -> list[int]:
    """`Matcher._pick`'s choice from ascending numbers (on disk, rank order): the first
    `want` of `strong` (items matching every word exactly), then of the rest of `kept`."""
    picked = strong[:want]
    if len(picked) < want:
        chosen = set(picked)
        picked += [i for i in kept if i not in chosen][:want - len(picked)]
    return picked


class DiskSearchIndex(Matcher):
    """A built index, mapped from its file; read-only, safe to search from any thread.

    Holds in memory the sorted vocabulary and, once a query needs them, the prefix
    lists the slip matching runs over; postings, items and labels stay in the file.
    """

    # Reading an item's words from the map costs several times a list lookup.
    _TOKEN_CHECK = 60

    @classmethod
    def build(cls, folder: Path | str, items: Iterable[SearchItem], *,
              progress: Callable[[str, int], None] | None = None,
              meta: dict[str, object] | None = None) -> int:
        """See `build_index`."""
        return build_index(folder, items, progress=progress, meta=meta)

    @classmethod
    def open(cls, folder: Path | str) -> DiskSearchIndex:
        """Map the index in `folder`. Raises IndexUnusable (IndexAbsent, IndexStale,
        IndexDamaged) when there is none to use: then build one."""
        path = Path(folder) / INDEX_FILE
        try:
            file = open(path, "rb")  # noqa: SIM115 - kept by the index until close()
        except FileNotFoundError:
            raise IndexAbsent(f"{path}: no search index yet", path) from None
        except OSError as e:
            raise IndexDamaged(f"{path}: cannot be read ({e})", path) from None
        try:
            return cls(path, file)
        except BaseException:
            file.close()
            raise

    def __init__(self, path: Path, file: BinaryIO) -> None:
        """Use `open`."""
        self.path = path
        self._file = file
        self._lock = threading.RLock()
        self._word_cache = {}
        self._item_cache = {}
        self._buckets: dict[tuple[int, str], list[str]] = {}
        self._touched = 0  # bytes of the map read since the last release_pages, roughly
        # Of the items searches read, by number (see _recent_item and _token_lookup):
        self._recent_items: dict[int, tuple[SearchItem, str]] = {}
        self._recent_tokens: dict[int, tuple[int, ...]] = {}  # tuples: not collected
        self._runs: dict[frozenset[int], list[tuple[int, int]]] = {}  # see _postings_all
        size = os.fstat(file.fileno()).st_size
        if size < HEADER.size + TRAILER_STRUCT.size:
            raise IndexDamaged(f"{path}: cut short ({size} bytes)", path)
        self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            self._sections, self.meta_all = self._read_header(size)
        except BaseException:
            self._map.close()
            raise
        self._views: list[memoryview] = []
        whole = memoryview(self._map)
        self._views.append(whole)

        def section(name: str, fmt: Literal["I", "Q"] | None = None) -> memoryview:
            offset, length, _ = self._sections[name]
            view = whole[offset:offset + length]
            if fmt is not None:
                view = view.cast(fmt)
            self._views.append(view)
            return view

        items = self._count("items")
        words = self._count("words")
        places = self._count("places")
        self._words = decode(section("vocab")).split("\n") if words else []
        self._poff = section("poff", "Q")
        self._post = section("post", "I")
        self._toff = section("toff", "Q")
        self._toks = section("toks", "I")
        self._rank = section("rank", "I")
        self._roff = section("roff", "Q")
        self._recs = section("recs")
        self._aoff = section("aoff", "Q")
        self._arts = section("arts")
        self._keys = section("keys", "Q")
        self._by_article = section("byart", "Q")
        expected = {
            "vocabulary": (len(self._words), words), "poff": (len(self._poff), words + 1),
            "post": (len(self._post), self._poff[-1]), "toff": (len(self._toff), items + 1),
            "toks": (len(self._toks), self._toff[-1]), "rank": (len(self._rank), items),
            "roff": (len(self._roff), items + 1), "recs": (len(self._recs), self._roff[-1]),
            "aoff": (len(self._aoff), places + 1), "arts": (len(self._arts), self._aoff[-1]),
            "keys": (len(self._keys), items), "byart": (len(self._by_article), items),
        }
        for name, (found, wanted) in expected.items():
            if found != wanted:
                raise IndexDamaged(f"{path}: section {name} holds {found} entries,"
                                   f" {wanted} expected", path)
        self._items = items
        # Ids follow the rank, so each kind is one run of ids.
        self._kind_span: dict[str, tuple[int, int]] = {}
        for lo_rank in range(0, RANK_LIMIT, RANK_LIMIT // 6):
            lo = bisect_left(self._rank, lo_rank)
            hi = bisect_left(self._rank, lo_rank + RANK_LIMIT // 6)
            self._kind_span[kind_of_rank(lo_rank)] = (lo, hi)

    def _read_header(self, size: int
                     ) -> tuple[dict[str, tuple[int, int, int]], dict[str, object]]:
        path, data = self.path, self._map
        magic, version, order, recorded, count, crc = HEADER.unpack_from(data, 0)
        if magic != MAGIC:
            raise IndexDamaged(f"{path}: not a newsdesk search index", path)
        if version != FORMAT_VERSION:
            raise IndexStale(f"{path}: format {version}, this newsdesk reads"
                             f" {FORMAT_VERSION}", path)
        if order != BYTE_ORDER:
            raise IndexStale(f"{path}: written on a machine of the other byte order", path)
        if recorded != size:
            raise IndexDamaged(f"{path}: {size} bytes, {recorded} written (cut short?)", path)
        trailer, trailer_size = TRAILER_STRUCT.unpack_from(data, size - TRAILER_STRUCT.size)
        if trailer != TRAILER or trailer_size != size:
            raise IndexDamaged(f"{path}: its end is damaged", path)
        table_end = HEADER.size + SECTION.size * count
        if table_end + META_LEN.size > size:
            raise IndexDamaged(f"{path}: its header is damaged", path)
        (meta_len,) = META_LEN.unpack_from(data, table_end)
        described_end = table_end + META_LEN.size + meta_len
        if described_end > size or zlib.crc32(data[HEADER.size:described_end]) != crc:
            raise IndexDamaged(f"{path}: its header is damaged", path)
        sections: dict[str, tuple[int, int, int]] = {}
        for number in range(count):
            name, offset, length, section_crc = SECTION.unpack_from(
                data, HEADER.size + SECTION.size * number)
            sections[name.rstrip(b"\0").decode("ascii", "replace")] = (offset, length,
                                                                       section_crc)
        for name in SECTIONS:
            if name not in sections:
                raise IndexDamaged(f"{path}: section {name} is missing", path)
            offset, length, _ = sections[name]
            if offset % 8 or offset < described_end or offset + length > size:
                raise IndexDamaged(f"{path}: section {name} lies outside the file", path)
        try:
            meta = json.loads(data[table_end + META_LEN.size:described_end])
        except ValueError:
            raise IndexDamaged(f"{path}: its metadata is damaged", path) from None
        if not isinstance(meta, dict):
            raise IndexDamaged(f"{path}: its metadata is damaged", path)
        for name in CHECKED_AT_OPEN:
            self._check_section(name, sections[name])
        return sections, meta

    def _check_section(self, name: str, where: tuple[int, int, int]) -> None:
        """Compare one section with its checksum, reading the file (not the map, so the
        pages read do not count as this process's memory)."""
        offset, length, crc = where
        found = 0
        while length > 0:
            chunk = os.pread(self._file.fileno(), min(length, COPY_CHUNK), offset)
            if not chunk:
                break
            found = zlib.crc32(chunk, found)
            offset += len(chunk)
            length -= len(chunk)
        if length or found != crc:
            raise IndexDamaged(f"{self.path}: section {name} is damaged", self.path)

    def verify(self) -> None:
        """Check every section against its checksum (reads the whole file, a second or
        so per GB: a background job's work). Raises IndexDamaged."""
        for name in SECTIONS:
            self._check_section(name, self._sections[name])

    def _count(self, name: str) -> int:
        value = self.meta_all.get(name)
        if not isinstance(value, int) or value < 0:
            raise IndexDamaged(f"{self.path}: its metadata is damaged", self.path)
        return value

    @property
    def meta(self) -> dict[str, object]:
        """What the builder asked to keep with the index."""
        user = self.meta_all.get("user")
        return user if isinstance(user, dict) else {}

    def close(self) -> None:
        """Unmap the file (searching afterwards fails)."""
        with self._lock:
            for view in reversed(self._views):
                view.release()
            self._views = []
            with contextlib.suppress(BufferError):
                self._map.close()
            self._file.close()

    def __len__(self) -> int:
        return self._items

    @property
    def words(self) -> int:
        """How many distinct words the index knows."""
        return len(self._words)

    # -- items ---------------------------------------------------------------------------

    def item(self, index: int) -> SearchItem:
        """The item numbered `index` (0 <= index < len(self), in rank order)."""
        self._touched += _PAGE
        try:
            raw = self._recs[self._roff[index]:self._roff[index + 1]]
            is_tail, start, end, place, label_len = RECORD.unpack_from(raw, 0)
            label = decode(raw[RECORD.size:RECORD.size + label_len])
            key = decode(raw[RECORD.size + label_len:])
            at, stop = self._aoff[place], self._aoff[place + 1]
            (article_len,) = PLACE.unpack_from(self._arts, at)
            article = decode(self._arts[at + PLACE.size:at + PLACE.size + article_len])
            detail = decode(self._arts[at + PLACE.size + article_len:stop])
            kind = kind_of_rank(self._rank[index])
        except (struct.error, IndexError, ValueError) as e:  # UnicodeError is a ValueError
            raise IndexDamaged(f"{self.path}: item {index} is damaged ({e})",
                               self.path) from None
        if is_tail:
            key = f"{article}/{key}"
        return SearchItem(kind, label, detail, article, start, end, key)

    def items(self) -> Iterator[SearchItem]:
        """Every item, in rank order (the order a rebuild from them keeps)."""
        for index in range(self._items):
            yield self.item(index)
            if index % 4096 == 4095:
                self.release_pages_if_many()

    def key_ids(self, key: str) -> list[int]:
        """The number of the item with this key: [] or [number]."""
        found = [index for index in lookup(self._keys, crc_of(key))
                 if self.item(index).key == key]
        self.release_pages_if_many()
        return found

    def article_ids(self, article_id: str) -> list[int]:
        """The numbers of one article's items (its notes too)."""
        found = sorted(index for index in lookup(self._by_article, crc_of(article_id))
                       if self.item(index).article_id == article_id)
        self.release_pages_if_many()
        return found

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Best items for a typed query, best first; every query word must match."""
        try:
            return super().search(query, limit)
        except (struct.error, IndexError) as e:  # the map holds nonsense: say so
            raise IndexDamaged(f"{self.path}: damaged ({e})", self.path) from None
        finally:
            self.release_pages_if_many()

    def release_pages_if_many(self) -> None:
        """`release_pages` once searches have read some `_RELEASE_AFTER` bytes."""
        if self._touched > _RELEASE_AFTER:
            self.release_pages()

    def release_pages(self) -> None:
        """Drop the mapped pages searches touched from this process's resident set.

        They stay in the page cache, so the next search finds them there (a minor fault
        per 64 KB); without this, every posting list and label ever read would count as
        the workstation's memory until the kernel wanted the page back. It costs a
        millisecond or two, so searches call it only now and then.
        """
        self._touched = 0
        if hasattr(mmap, "MADV_DONTNEED"):
            with contextlib.suppress(ValueError, OSError):  # closed meanwhile
                self._map.madvise(mmap.MADV_DONTNEED)

    # -- the backend of Matcher --------------------------------------------------------

    def _exact_wid(self, word: str) -> int:
        at = bisect_left(self._words, word)
        return at if at < len(self._words) and self._words[at] == word else -1

    def _prefix_wids(self, prefix: str) -> range:
        lo = bisect_left(self._words, prefix)
        return range(lo, bisect_left(self._words, prefix + _TOP, lo))

    def _prefix_choices(self, length: int, first: str) -> tuple[list[str], ...]:
        """The same lists `SearchIndex._prepare` makes, made when first asked for."""
        key = (length, first)
        choices = self._buckets.get(key)
        if choices is None:
            span = self._prefix_wids(first)
            choices = list(dict.fromkeys(
                word[:length] for word in islice(self._words, span.start, span.stop)
                if len(word) >= length
            ))
            self._buckets[key] = choices
        return (choices,) if choices else ()

    def _volume_of(self, wid: int) -> int:
        return int(self._poff[wid + 1] - self._poff[wid])

    def _postings_of(self, wid: int) -> memoryview:
        start, end = self._poff[wid], self._poff[wid + 1]
        self._touched += 4 * (end - start)
        return self._post[start:end]

    def _postings_all(self, wids: frozenset[int]) -> Iterator[memoryview]:
        # Words are numbered in sorted order and their postings stored in that order:
        # the words a prefix matches are a run of numbers, their postings one stretch.
        runs = self._runs.get(wids)
        if runs is None:
            runs = []
            for wid in sorted(wids):
                if runs and runs[-1][1] == wid:
                    runs[-1] = (runs[-1][0], wid + 1)
                else:
                    runs.append((wid, wid + 1))
            if len(self._runs) >= 256:
                self._runs.clear()
            self._runs[wids] = runs
        for lo, hi in runs:
            start, end = self._poff[lo], self._poff[hi]
            self._touched += 4 * (end - start)
            yield self._post[start:end]

    def _postings_head(self, wid: int, count: int) -> memoryview:
        start = self._poff[wid]
        end = min(start + count, self._poff[wid + 1])
        self._touched += 4 * (end - start) + _PAGE
        return self._post[start:end]

    def _token_lookup(self) -> Callable[[int], tuple[int, ...]]:
        toks, toff, recent = self._toks, self._toff, self._recent_tokens

        def tokens(index: int) -> tuple[int, ...]:
            found = recent.get(index)
            if found is None:
                self._touched += _PAGE
                found = tuple(toks[toff[index]:toff[index + 1]])
                if len(recent) >= _RECENT:
                    recent.clear()
                recent[index] = found
            return found

        return tokens

    def _rank_lookup(self) -> Callable[[int], int]:
        return self._rank.__getitem__

    def _dead(self) -> frozenset[int]:
        return frozenset()

    def _of_kind(self, ids: set[int], kind: str) -> set[int]:
        lo, hi = self._kind_span[kind]
        return {index for index in ids if lo <= index < hi}

    def _best_ranked(self, ids: set[int], count: int) -> list[int]:
        return heapq.nsmallest(count, ids)  # numbers follow the rank

    def _best_of(self, group: set[int], count: int) -> list[int]:
        # Kinds go in rank order, and so do numbers: by kind, then by rank, is by number.
        return heapq.nsmallest(count, group)

    def _norm_of(self, index: int) -> str:
        return self._recent_item(index)[1]

    def _item_of(self, index: int) -> SearchItem:
        return self._recent_item(index)[0]

    def _recent_item(self, index: int) -> tuple[SearchItem, str]:
        """An item and its normalized label, kept for the next keystrokes (which score
        mostly the same best items again)."""
        found = self._recent_items.get(index)
        if found is None:
            item = self.item(index)
            found = (item, normalize(item.label))
            if len(self._recent_items) >= _RECENT_ITEMS:
                self._recent_items.clear()
            self._recent_items[index] = found
        return found

    # -- gathering, knowing the numbers follow the rank --------------------------------

    def _gather(self, words: list[str], matches: list[_WordMatch], limit: int) -> list[int]:
        """What `Matcher._gather` finds, found with less reading: the rare words narrow
        by their postings as there; the common ones (a word being typed, "p") are
        checked item by item in ascending number, which is rank order, stopping as soon
        as the outcome is settled (more than can be scored, and the best `want` known).
        Reading an item's words from the map costs a few microseconds, so this reads
        hundreds where the general way read tens of thousands."""
        want = max(limit * 4, 200)
        kept, strong, complete = self._gather_part(words, matches, want, frozenset())
        if complete and len(kept) <= _SCORE_CAP:
            return kept
        if strong is None:
            strong = self._strong(kept, set(kept), matches, want)
        return choose(kept, strong, want)

    def _gather_part(self, words: list[str], matches: list[_WordMatch], want: int,
                     dead: AbstractSet[int]) -> tuple[list[int], list[int] | None, bool]:
        """The live items (not in `dead`) matching every word, ascending: all of them
        (`complete`), or at least the first `want` that match every word exactly (also
        returned, when known) and enough of the rest to fill `want` from them."""
        order, found = self._gather_first(words, matches)
        common: list[_WordMatch] = []
        for j in order[1:]:
            if matches[j].volume <= _GATHER_CAP:
                found &= self._items_matching(words[j], matches[j])
                if not found:
                    return [], [], True
            else:
                common.append(matches[j])
        if dead:
            found -= dead
        if not common and len(found) <= _SCORE_CAP:
            return sorted(found), None, True
        # Reading items one by one pays while the common words are common among them:
        # expect to read (what is needed) / (the share of items holding them).
        share = 1.0
        for match in common:
            share *= min(1.0, match.volume / max(1, self._items))
        reads = min(len(found), (max(want, _SCORE_CAP) + 1) / max(share, 1e-9))
        if reads * self._TOKEN_CHECK > sum(match.volume for match in common):
            for match in common:  # cheaper through the postings, in C
                kept: set[int] = set()
                for postings in self._postings_all(match.any):
                    kept |= found.intersection(postings)
                found = kept
            common = []
            if len(found) <= _SCORE_CAP:
                return sorted(found), None, True
        return self._scan(found, common, matches, want)

    def _scan(self, found: set[int], common: list[_WordMatch], matches: list[_WordMatch],
              want: int) -> tuple[list[int], list[int], bool]:
        """Of `found`, those holding a word of each of `common`, read in ascending
        number (rank order) until what `Matcher._pick` would choose is settled: see
        `_gather_part`."""
        ids = sorted(found)
        strong = self._strong(ids, found, matches, want)
        if not common:
            return ids, strong, True
        kept: list[int] = []
        chosen = set(strong)
        rest = 0  # kept and not strong
        toks, toff = self._toks, self._toff
        complete = True
        for index in ids:
            words = toks[toff[index]:toff[index + 1]]
            for match in common:
                if match.any.isdisjoint(words):
                    break
            else:
                kept.append(index)
                rest += index not in chosen
                if len(kept) > _SCORE_CAP and len(kept) >= want and \
                        rest >= want - len(strong):
                    complete = False
                    break
        self._touched += _PAGE * len(kept)
        return kept, strong, complete

    def _strong(self, ids: list[int], found: set[int], matches: list[_WordMatch],
                want: int) -> list[int]:
        """The first `want` of `ids` (ascending) that hold every query word exactly."""
        exact = sorted({match.exact for match in matches}, key=self._volume_of)
        if exact[0] < 0:
            return []
        strong: list[int] = []
        rarest, others = exact[0], exact[1:]
        candidates: Iterable[int]
        if self._volume_of(rarest) <= len(ids) * 25:  # through its postings, in C
            candidates = sorted(found.intersection(self._postings_of(rarest)))
        else:  # look each item up in the words' postings
            candidates, others = ids, exact
        for index in candidates:
            if all(self._holds(wid, index) for wid in others):
                strong.append(index)
                if len(strong) >= want:
                    break
        return strong

    def _holds(self, wid: int, index: int) -> bool:
        """Whether item `index` holds word `wid` (a binary search of its postings)."""
        lo, hi = self._poff[wid], self._poff[wid + 1]
        at = bisect_left(self._post, index, lo, hi)
        self._touched += 64  # a few cache lines per probe, some pages per search
        return at < hi and self._post[at] == index
