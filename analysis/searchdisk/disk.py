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
from collections import OrderedDict
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
    _rapidfuzz,
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
# What the process's mapped file pages may grow by before those of the map are released.
_RESIDENT_BUDGET = 64 << 20
# Items whose words, and whose label and normalized label, are kept for the next
# keystrokes (which score mostly the same best items again).
_RECENT = 20_000
_RECENT_ITEMS = 20_000
_PAGE = 65536  # what a fault maps in, neighbours included (fault-around)
# Looking one word up among an item's own words (`_strong`) costs about what reading
# this many postings into a set intersection does; reading an item's words to test them
# for the common words' runs (`_read_items`) about this many.
_PROBE = 20
_READ = 30
# Items `_scan` reads to judge what share of them hold the common words.
_SAMPLE = 128


def _file_pages_resident() -> int | None:
    """Bytes of mapped files resident in this process (its shared pages: on Linux those
    of mapped files and shared memory), or None where the system does not say."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            shared = int(statm.read().split()[2])
    except (OSError, ValueError, IndexError):
        return None
    return shared * mmap.PAGESIZE


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
        self._hits_memo = {}
        self._buckets: dict[tuple[int, str], list[str]] = {}
        self._touched = 0  # bytes of the map read since the last release_pages, roughly
        # The process's mapped file pages after the last release (see release_pages_if_many)
        self._resident_base = _file_pages_resident() or 0
        # Of the items searches read, by number (see _recent_item and _token_lookup), the
        # oldest dropped one at a time: clearing 20,000 at once took some 10 ms, a
        # keystroke's worth, every few dozen keystrokes. (Tuples: not collected.)
        self._recent_items: OrderedDict[int, tuple[SearchItem, str]] = OrderedDict()
        self._recent_tokens: OrderedDict[int, tuple[int, ...]] = OrderedDict()
        self._runs: dict[frozenset[int], list[tuple[int, int]]] = {}  # see _postings_all
        # What the last search gathered, for the next keystroke (`_remember`, `_earlier`).
        self._last: tuple[tuple[frozenset[int], ...], list[int], int | None,
                          AbstractSet[int], int] | None = None
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
        # The matching's C code (rapidfuzz), loaded here, by the start-up scan that opens
        # the index, rather than by the first keystroke: an index in memory loads it as
        # it adds its first item, one on disk had nothing to normalize before a search.
        _rapidfuzz()

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
        """`release_pages` once searches have read some `_RELEASE_AFTER` bytes, if this
        process's mapped file pages have grown by more than `_RESIDENT_BUDGET` since.

        The bytes read are an estimate, and a generous one (a page and its neighbours
        for every item read, where the items read lie close together, and most pages a
        keystroke reads the last one read too): releasing on it alone dropped the pages
        every third keystroke, and each search then faulted its pages in again (a
        quarter of the jump's time at 100,000 articles). The resident count itself says
        whether there is anything much to release."""
        if self._touched <= _RELEASE_AFTER:
            return
        self._touched = 0
        resident = _file_pages_resident()
        if resident is None or resident - self._resident_base > _RESIDENT_BUDGET:
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
        self._resident_base = _file_pages_resident() or 0

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

    def _runs_of(self, wids: frozenset[int]) -> list[tuple[int, int]]:
        """`wids` as runs of consecutive numbers, [lo, hi) each, ascending. Words are
        numbered in sorted order: the words a prefix matches are one run."""
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
        return runs

    def _postings_all(self, wids: frozenset[int]) -> Iterator[memoryview]:
        # Postings are stored in word order: a run of words has one stretch of postings.
        for lo, hi in self._runs_of(wids):
            start, end = self._poff[lo], self._poff[hi]
            self._touched += 4 * (end - start)
            yield self._post[start:end]

    def _postings_head(self, wid: int, count: int) -> memoryview:
        start = self._poff[wid]
        end = min(start + count, self._poff[wid + 1])
        self._touched += 4 * (end - start) + _PAGE
        return self._post[start:end]

    def _postings_heads(self, wids: frozenset[int], count: int) -> set[int]:
        # A one-letter word matches thousands of words, numbered in one run: their
        # offsets are read in one slice, and the loop makes no call per word.
        found: set[int] = set()
        update, post = found.update, self._post
        for lo, hi in self._runs_of(wids):
            offsets = self._poff[lo:hi + 1].tolist()
            for start, end in zip(offsets, islice(offsets, 1, None), strict=False):
                update(post[start:end if end - start <= count else start + count])
            # A fault maps a page and its neighbours, but the run's postings lie together:
            # no more is mapped than they span.
            self._touched += min((hi - lo) * _PAGE, 4 * (offsets[-1] - offsets[0]) + _PAGE)
        return found

    def _token_lookup(self) -> Callable[[int], tuple[int, ...]]:
        toks, toff, recent = self._toks, self._toff, self._recent_tokens

        def tokens(index: int) -> tuple[int, ...]:
            found = recent.get(index)
            if found is None:
                self._touched += _PAGE
                found = tuple(toks[toff[index]:toff[index + 1]])
                if len(recent) >= _RECENT:
                    recent.popitem(last=False)
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
                self._recent_items.popitem(last=False)
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
        returned, when known) and enough of the rest to fill `want` from them. A common
        first word is gathered by the first items of each of its words, more of them
        while those hold fewer than a screenful matching the rest (`Matcher._wider`)."""
        widen = 1
        while True:
            gathered = self._gather_part_by(words, matches, want, dead, widen)
            if len(gathered[0]) >= want // 4:
                return gathered
            first = min(matches, key=lambda match: match.volume)
            widen = self._wider(first, widen)
            if not widen:
                return gathered

    def _gather_part_by(self, words: list[str], matches: list[_WordMatch], want: int,
                        dead: AbstractSet[int], widen: int
                        ) -> tuple[list[int], list[int] | None, bool]:
        """`_gather_part` with a common first word's items gathered `widen` times over."""
        order, found = self._gather_first(words, matches, widen)
        # `found` holds every item of the first word, not the first few of each of its
        # words: what is gathered from it is then every matching item, or every one
        # below some number, which the next keystroke may start from (`_earlier`).
        whole = matches[order[0]].volume <= _GATHER_CAP
        common: list[_WordMatch] = []
        for j in order[1:]:
            if matches[j].volume <= _GATHER_CAP:
                found = self._items_matching(words[j], matches[j]).keys() & found
                if not found:
                    if whole:
                        self._remember(matches, [], True, dead)
                    return [], [], True
            else:
                common.append(matches[j])
        if dead:
            found -= dead
        ids: list[int] | None = None
        if whole:
            found, ids = self._earlier(found, matches, dead)
        if not common and len(found) <= _SCORE_CAP:
            gathered: tuple[list[int], list[int] | None, bool] = (
                ids if ids is not None else sorted(found), None, True)
        else:
            gathered = self._scan(found, common, matches, want, ids)
        if whole:
            self._remember(matches, gathered[0], gathered[2], dead)
        return gathered

    def _remember(self, matches: list[_WordMatch], kept: list[int], complete: bool,
                  dead: AbstractSet[int]) -> None:
        """Keep what a search gathered from the whole of its first word's items: every
        live item matching its words that is numbered below a bound (`kept`, ascending;
        no bound when `complete`), for the next keystroke (see `_earlier`)."""
        bound = None if complete else (kept[-1] + 1 if kept else 0)
        self._last = (tuple(match.any for match in matches), kept, bound, dead, len(dead))

    def _earlier(self, found: set[int], matches: list[_WordMatch], dead: AbstractSet[int]
                 ) -> tuple[set[int], list[int] | None]:
        """`found` without the items the last search already ruled out, with them in
        ascending order when that was worked out here (else None).

        When the query only grew ("chelsea m" after "chelsea", "chelsea mo" after
        "chelsea m", "export ban" after "export ba"), each of the last search's words
        has one now matching some of the words it matched, or fewer: an item matching
        the query now matched the last one. So below the bound of what the last search
        gathered (`_remember`) only the items it kept can match; above it, any item of
        `found` still may. Whichever way the rest is gathered, it then reads or
        intersects fewer items for the same outcome."""
        last = self._last
        if last is None or not found:
            return found, None
        anys, kept, bound, last_dead, dead_count = last
        if len(dead) != dead_count or (dead and dead is not last_dead):
            return found, None  # another overlay, or items gone since: start afresh
        for before in anys:
            if not any(match.any <= before for match in matches):
                return found, None  # a word matching what no word matched before
        if bound is None:
            if len(kept) >= len(found):
                return found, None
            ids = [i for i in kept if i in found]
            return set(ids), ids
        ids = sorted(found)
        cut = bisect_left(ids, bound)
        if cut == 0:
            return found, ids
        ids = [i for i in kept if i in found] + ids[cut:]
        return set(ids), ids

    def _scan(self, found: set[int], common: list[_WordMatch], matches: list[_WordMatch],
              want: int, ids: list[int] | None = None
              ) -> tuple[list[int], list[int] | None, bool]:
        """Of `found` (`ids`: the same, ascending, when known), those holding a word of
        each of `common` (ascending volume): the rarer common words narrow through
        their postings, in C, the others are checked item by item in ascending number
        (rank order) until what `Matcher._pick` would choose is settled (see `_plan`).
        `None` for the strong items when all matching items are returned and they are
        few enough to score."""
        need = max(want, _SCORE_CAP) + 1
        by_postings = self._plan(len(found), common, need)
        if ids is None:
            ids = sorted(found)
        # Reading them all would cost more than the plan, but typed words go together
        # ("gordon br": "brown"): how many reads would do, judging by a sample of them?
        if by_postings and len(found) * _READ > sum(m.volume for m in common[:by_postings]) \
                and self._sampled_reads(ids, common, need) * _READ < \
                self._plan_cost(len(found), common, need, by_postings):
            by_postings = 0
        if by_postings:
            for match in common[:by_postings]:
                kept: set[int] = set()
                for postings in self._postings_all(match.any):
                    kept |= found.intersection(postings)
                found = kept
            common = common[by_postings:]
            ids = sorted(found)
        if common:
            kept_ids, complete = self._read_items(ids, common, want)
            if complete and len(kept_ids) <= _SCORE_CAP:
                return kept_ids, None, True
            # Over all of `found`: those holding every word exactly hold the common ones.
            return kept_ids, self._strong(ids, found, matches, want), complete
        if len(ids) <= _SCORE_CAP:
            return ids, None, True
        return ids, self._strong(ids, found, matches, want), True

    def _plan(self, found: int, common: list[_WordMatch], need: int) -> int:
        """How many of the common words (ascending volume) `_scan` should narrow by
        through their postings before reading the items for the rest: the cheapest
        way by estimate, reading an item costing `_READ` postings. Reading stops after
        some `need` items kept, expected after need / (the share of all items holding
        the words read for) when the words are independent; typed words rather go
        together ("chancellor bu": "budget"), so that is rather an upper bound."""
        costs = [self._plan_cost(found, common, need, first)
                 for first in range(len(common) + 1)]
        return costs.index(min(costs))

    def _plan_cost(self, found: int, common: list[_WordMatch], need: int, first: int
                   ) -> float:
        """`_plan`'s estimate of narrowing by the first `first` common words' postings,
        then reading the items for the rest, in postings read."""
        items = max(1, self._items)
        shares = [min(1.0, match.volume / items) for match in common]
        postings = 0
        for match, share in zip(common[:first], shares, strict=False):
            postings += match.volume
            found = int(found * share) + 1
        if first == len(common):
            return postings
        share = 1.0
        for later in shares[first:]:
            share *= later
        return postings + min(found, need / max(share, 1e-9)) * _READ

    def _sampled_reads(self, ids: list[int], common: list[_WordMatch], need: int) -> int:
        """How many of `ids` `_read_items` would read to keep `need`, judging by
        `_SAMPLE` of them spread evenly (the share holding the words grows along the
        rank order, with the labels' length)."""
        step = max(1, len(ids) // _SAMPLE)
        tests = self._tests(common)
        toks, toff = self._toks, self._toff
        held = 0
        for at in range(step - 1, len(ids), step):
            index = ids[at]
            if self._holds_all(toks, toff[index], toff[index + 1], tests):
                held += 1
                if held * step >= need:
                    return at + 1
        return len(ids)

    def _tests(self, common: list[_WordMatch]) -> list[tuple[int, int, frozenset[int] | None]]:
        """Per common word: the run of word numbers it matches, when it is one run (a
        prefix: one binary search of an item's sorted words), else its set of words."""
        tests: list[tuple[int, int, frozenset[int] | None]] = []
        for match in common:
            runs = self._runs_of(match.any)
            if len(runs) == 1:
                tests.append((runs[0][0], runs[0][1], None))
            else:
                tests.append((0, 0, match.any))
        return tests

    @staticmethod
    def _holds_all(toks: memoryview, start: int, stop: int,
                   tests: list[tuple[int, int, frozenset[int] | None]]) -> bool:
        """Whether the item whose words are toks[start:stop] passes every test."""
        for lo, hi, wids in tests:
            if wids is None:
                at = bisect_left(toks, lo, start, stop)
                if at == stop or toks[at] >= hi:
                    return False
            elif wids.isdisjoint(toks[start:stop]):
                return False
        return True

    def _read_items(self, ids: list[int], common: list[_WordMatch], want: int
                    ) -> tuple[list[int], bool]:
        """Those of `ids` holding a word of each of `common`, read in ascending number
        until there are more than can be scored and at least `want` (then not
        `complete`: `choose` takes the first `want` of the strong items, found apart,
        then of these), or all were read (`complete`)."""
        need = max(_SCORE_CAP + 1, want)
        tests = self._tests(common)
        kept: list[int] = []
        toks, toff = self._toks, self._toff
        complete = True
        holds_all = self._holds_all
        for index in ids:
            if holds_all(toks, toff[index], toff[index + 1], tests):
                kept.append(index)
                if len(kept) >= need:
                    complete = False
                    break
        self._touched += _PAGE * len(kept)
        return kept, complete

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
            held = found.intersection(self._postings_of(rarest))
            # The next words too, while reading a word's postings costs less than the
            # binary searches the loop below would make (one per item until `want`).
            while others and held:
                volume = self._volume_of(others[0])
                probes = min(len(held), want * self._items // max(1, volume))
                if volume > probes * _PROBE:
                    break
                held.intersection_update(self._postings_of(others.pop(0)))
            candidates = sorted(held)
        else:  # look the words up in each item's own
            candidates, others = ids, exact
        # In the item's few sorted words, not in the words' postings (millions for "a"
        # or "s"): a binary search of tens of numbers, close together, instead of one
        # over a megabyte (the same answer: an item holds a word its postings list).
        tests: list[tuple[int, int, frozenset[int] | None]] = [
            (wid, wid + 1, None) for wid in others]
        toks, toff, holds_all = self._toks, self._toff, self._holds_all
        looked = 0
        for index in candidates:
            looked += 1
            if holds_all(toks, toff[index], toff[index + 1], tests):
                strong.append(index)
                if len(strong) >= want:
                    break
        self._touched += 64 * looked
        return strong
