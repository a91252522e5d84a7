"""A built index plus the changes since, searched as one."""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path

from ..search import _SCORE_CAP, Matcher, SearchHit, SearchIndex, SearchItem, _WordMatch
from .build import build_index
from .disk import DiskSearchIndex


class LayeredSearch(Matcher):
    """A built `DiskSearchIndex` with the changes since: an in-memory `SearchIndex` of
    items added (articles imported or re-analysed, notes written) and the base's items
    that are gone (tombstoned by number). Searches as one `SearchIndex` over the live
    items would, listed base first (in the base's order), then the added ones; safe to
    search from a worker thread while another changes it.

    Numbering: base items keep their numbers (0 .. len(base) - 1); an overlay item is
    len(base) + its overlay number. A word the base knows keeps the base's number, a new
    one is numbered after the base's vocabulary.
    """

    # Reading a base item's words from the map costs what it costs the base.
    _TOKEN_CHECK = DiskSearchIndex._TOKEN_CHECK

    def __init__(self, base: DiskSearchIndex, items: Iterable[SearchItem] = ()) -> None:
        self._lock = threading.RLock()
        self._word_cache = {}
        self._item_cache = {}
        self._hits_memo = {}
        self._base = base
        self._base_items = len(base)
        self._base_words = base.words
        self._overlay = SearchIndex()
        self._dead_base: set[int] = set()
        self._dead_all: set[int] | None = None  # both layers' dead, in our numbers
        self._changed = True
        # Overlay word number -> ours, and base word -> overlay word for words in both;
        # made for one overlay vocabulary (a compaction of the overlay starts another).
        self._word_map: list[int] = []
        self._shared: dict[int, int] = {}
        self._mapped_vocab: dict[str, int] | None = None
        self._overlay_union_words: frozenset[int] = frozenset()  # our numbers of its words
        self._base_matches: dict[_WordMatch, _WordMatch] = {}  # see _in_base
        self.add(items)

    @property
    def base(self) -> DiskSearchIndex:
        return self._base

    def __len__(self) -> int:
        with self._lock:
            return self._base_items - len(self._dead_base) + len(self._overlay)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return isinstance(key, str) and (bool(self._live_base_ids(key))
                                             or key in self._overlay)

    def _live_base_ids(self, key: str) -> list[int]:
        return [i for i in self._base.key_ids(key) if i not in self._dead_base]

    def add(self, items: Iterable[SearchItem]) -> int:
        """Index items; one whose key is already live is skipped. Returns how many were new."""
        with self._lock:
            fresh = [item for item in items if not self._live_base_ids(item.key)]
            added = self._overlay.add(fresh)
            if added:
                self._changed = True
            return added

    def replace_article(self, article_id: str, items: Iterable[SearchItem]) -> None:
        """Swap one article's items for these in one step (a search sees old or new)."""
        with self._lock:
            self.remove_article(article_id)
            self.add(items)

    def remove_article(self, article_id: str) -> int:
        """Drop every item of one article (its notes too). Returns how many went."""
        with self._lock:
            gone = [i for i in self._base.article_ids(article_id) if i not in self._dead_base]
            self._dead_base.update(gone)
            removed = len(gone) + self._overlay.remove_article(article_id)
            if removed:
                self._changed = True
            return removed

    def discard(self, key: str) -> bool:
        """Drop one item by key (an edited or deleted note). True if it was there."""
        with self._lock:
            gone = self._live_base_ids(key)
            self._dead_base.update(gone)
            found = bool(gone) or self._overlay.discard(key)
            if found:
                self._changed = True
            return found

    def prepare(self) -> None:
        """Build the lookup tables now rather than on the first search."""
        with self._lock:
            self._prepare()

    def live_items(self) -> Iterator[SearchItem]:
        """Every live item, base first: what a new base is built from (see `fold`).
        Reads the base's items from disk; takes the lock only to copy what is dead."""
        with self._lock:
            dead = set(self._dead_base)
            added = self._overlay.items()
        for index in range(self._base_items):
            if index not in dead:
                yield self._base.item(index)
        yield from added

    def changes(self) -> int:
        """How many items the overlay holds or the base has lost: when this grows large
        (thousands), fold the overlay into a new base."""
        with self._lock:
            return len(self._overlay) + len(self._dead_base)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Best items for a typed query, best first; every query word must match."""
        try:
            return super().search(query, limit)
        finally:
            self._base.release_pages_if_many()

    # -- keeping the two numberings together -----------------------------------------

    def _prepare(self) -> None:
        self._overlay.prepare()
        vocab = self._overlay._vocab
        if vocab is not self._mapped_vocab:  # a new (compacted) overlay vocabulary
            self._word_map, self._shared, self._mapped_vocab = [], {}, vocab
            self._changed = True
        if len(self._word_map) < len(vocab):
            # Overlay words are numbered in the order they were first seen, as the
            # vocabulary dict keeps them.
            for word in islice(vocab, len(self._word_map), None):
                number = len(self._word_map)
                in_base = self._base._exact_wid(word)
                if in_base >= 0:
                    self._word_map.append(in_base)
                    self._shared[in_base] = number
                else:
                    self._word_map.append(self._base_words + number)
            self._changed = True
        if self._changed:
            self._overlay_union_words = frozenset(self._word_map)
            self._base_matches = {}
            self._word_cache = {}
            self._item_cache = {}
            self._hits_memo = {}
            self._dead_all = None
            self._changed = False

    # -- gathering: the base's quick way over its part, the overlay's items in full ----

    def _gather(self, words: list[str], matches: list[_WordMatch], limit: int) -> list[int]:
        """What `Matcher._gather` finds over the live items of both layers: the base's
        part gathered as `DiskSearchIndex` gathers it (its numbers follow the rank), the
        overlay's (a few thousand items at most) in full, then chosen between as
        `Matcher._pick` chooses, by rank."""
        want = max(limit * 4, 200)
        in_base = [self._in_base(match) for match in matches]
        kept: list[int] = []
        strong: list[int] | None = []
        complete = True
        if all(match.any for match in in_base):
            with self._base._lock:
                kept, strong, complete = self._base._gather_part(words, in_base, want,
                                                                 self._dead_base)
                if strong is None and not (complete and len(kept) <= _SCORE_CAP):
                    strong = self._base._strong(kept, set(kept), in_base, want)
        added, added_strong = self._overlay_part(matches)
        if complete and len(kept) + len(added) <= _SCORE_CAP:
            return kept + added
        # `choose` over both, by (rank, number): the base's lists are in that order
        # already, of the overlay's only the best `want` can be picked.
        base_rank, overlay_rank = self._base._rank_lookup(), self._overlay._rank_lookup()
        offset = self._base_items

        def best_added(ids: list[int]) -> list[tuple[int, int]]:
            return heapq.nsmallest(want, ((overlay_rank(i - offset), i) for i in ids))

        def ranked(ids: list[int]) -> Iterator[tuple[int, int]]:
            return ((base_rank(i), i) for i in ids)

        merged = heapq.merge(ranked(strong or []), best_added(added_strong))
        picked = [index for _, index in islice(merged, want)]
        if len(picked) < want:
            chosen = set(picked)
            rest = (i for _, i in heapq.merge(ranked(kept), best_added(added))
                    if i not in chosen)
            picked += islice(rest, want - len(picked))
        return picked

    def _in_base(self, match: _WordMatch) -> _WordMatch:
        """A query word's match restricted to the base's words (kept with the match)."""
        found = self._base_matches.get(match)
        if found is None:
            base_words = self._base_words
            wids = frozenset(w for w in match.any if w < base_words)
            found = _WordMatch(match.exact if match.exact < base_words else -1,
                               frozenset(w for w in match.prefix if w < base_words), wids,
                               sum(self._base._volume_of(w) for w in wids))
            if len(self._base_matches) > 4_096:
                self._base_matches.clear()
            self._base_matches[match] = found
        return found

    def _overlay_part(self, matches: list[_WordMatch]) -> tuple[list[int], list[int]]:
        """The live overlay items matching every word, and those matching each exactly
        (worked out in the overlay's own numbers, then given ours)."""
        overlay, base_words = self._overlay, self._base_words

        def overlay_wid(wid: int) -> int | None:
            return wid - base_words if wid >= base_words else self._shared.get(wid)

        found: set[int] | None = None
        for match in sorted(matches, key=lambda m: m.volume):
            holders: set[int] = set()
            for wid in match.any & self._overlay_union_words:
                own = overlay_wid(wid)
                if own is not None:  # always: these are the overlay's words
                    holders.update(overlay._postings_of(own))
            found = holders if found is None else found & holders
            if not found:
                return [], []
        assert found is not None
        found -= overlay._dead()
        offset = self._base_items
        exact = [overlay_wid(match.exact) if match.exact >= 0 else None for match in matches]
        strong: set[int] = set()
        exact_known = [wid for wid in exact if wid is not None]
        if len(exact_known) == len(exact):  # else some word is nowhere exactly
            strong = found
            for own in exact_known:
                strong = strong.intersection(overlay._postings_of(own))
        return [offset + i for i in found], [offset + i for i in strong]

    def _overlay_words(self, wids: Iterable[int]) -> list[int]:
        """Our numbers of overlay word numbers."""
        word_map = self._word_map
        return [word_map[wid] for wid in wids]

    # -- the backend of Matcher --------------------------------------------------------

    def _exact_wid(self, word: str) -> int:
        wid = self._base._exact_wid(word)
        if wid >= 0:
            return wid
        wid = self._overlay._exact_wid(word)
        return self._word_map[wid] if wid >= 0 else -1

    def _prefix_wids(self, prefix: str) -> list[int]:
        found = list(self._base._prefix_wids(prefix))
        found += [wid for wid in self._overlay_words(self._overlay._prefix_wids(prefix))
                  if wid >= self._base_words]  # a word in both is in the base's range
        return found

    def _prefix_choices(self, length: int, first: str) -> tuple[Sequence[str], ...]:
        return (*self._base._prefix_choices(length, first),
                *self._overlay._prefix_choices(length, first))

    def _volume_of(self, wid: int) -> int:
        if wid >= self._base_words:
            return self._overlay._volume_of(wid - self._base_words)
        shared = self._shared.get(wid)
        volume = self._base._volume_of(wid)
        return volume if shared is None else volume + self._overlay._volume_of(shared)

    def _overlay_postings(self, wid: int) -> list[int]:
        if wid >= self._base_words:
            overlay_wid: int | None = wid - self._base_words
        else:
            overlay_wid = self._shared.get(wid)
        if overlay_wid is None:
            return []
        offset = self._base_items
        return [offset + index for index in self._overlay._postings_of(overlay_wid)]

    def _postings_of(self, wid: int) -> Iterable[int]:
        if wid >= self._base_words:
            return self._overlay_postings(wid)
        added = self._overlay_postings(wid)
        base = self._base._postings_of(wid)
        return chain(base, added) if added else base

    def _postings_all(self, wids: frozenset[int]) -> Iterator[Iterable[int]]:
        yield from self._base._postings_all(
            frozenset(wid for wid in wids if wid < self._base_words))
        for wid in wids:
            added = self._overlay_postings(wid)
            if added:
                yield added

    def _postings_head(self, wid: int, count: int) -> Iterable[int]:
        if wid >= self._base_words:
            return self._overlay_postings(wid)[:count]
        base = self._base._postings_head(wid, count)
        if len(base) >= count:
            return base
        return chain(base, self._overlay_postings(wid)[:count - len(base)])

    def _token_lookup(self) -> Callable[[int], Collection[int]]:
        base, overlay = self._base._token_lookup(), self._overlay._token_lookup()
        offset, overlay_words = self._base_items, self._overlay_words

        def tokens(index: int) -> Collection[int]:
            if index < offset:
                return base(index)
            return overlay_words(overlay(index - offset))

        return tokens

    def _rank_lookup(self) -> Callable[[int], int]:
        base, overlay = self._base._rank_lookup(), self._overlay._rank_lookup()
        offset = self._base_items

        def rank(index: int) -> int:
            return base(index) if index < offset else overlay(index - offset)

        return rank

    def _dead(self) -> set[int]:
        if self._dead_all is None:
            offset = self._base_items
            self._dead_all = self._dead_base | {offset + i for i in self._overlay._dead()}
        return self._dead_all

    def _of_kind(self, ids: set[int], kind: str) -> set[int]:
        offset = self._base_items
        found = self._base._of_kind({i for i in ids if i < offset}, kind)
        added = self._overlay._of_kind({i - offset for i in ids if i >= offset}, kind)
        return found | {offset + i for i in added}

    def _best_ranked(self, ids: set[int], count: int) -> list[int]:
        rank = self._rank_lookup()
        return heapq.nsmallest(count, ids, key=lambda i: (rank(i), i))

    def _norm_of(self, index: int) -> str:
        if index < self._base_items:
            return self._base._norm_of(index)
        return self._overlay._norm_of(index - self._base_items)

    def _item_of(self, index: int) -> SearchItem:
        if index < self._base_items:
            return self._base._item_of(index)  # kept with its label for the next keystrokes
        return self._overlay._item_of(index - self._base_items)


def fold(layered: LayeredSearch, folder: Path | str, *,
         progress: Callable[[str, int], None] | None = None,
         meta: dict[str, object] | None = None) -> int:
    """Build a new base in `folder` from the live items of `layered` (the base's items
    are read back from its file). The caller then opens it and starts a new
    `LayeredSearch` over it, replaying the changes made while this ran."""
    return build_index(folder, layered.live_items(), progress=progress, meta=meta)
