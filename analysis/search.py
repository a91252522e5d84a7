"""Fuzzy jump index: every article, finding, sentence and note, searchable as you type.

Matching has two stages. A token prefilter keeps only items in which every query word
matches some label word: exactly, as a prefix ("tik" -> "tiktok"), or as a prefix with
one slip (two for long words: "bessnt" -> "bessent"). Only the survivors are scored with
rapidfuzz, in C, so a keystroke stays cheap over hundreds of thousands of sentences.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain, islice
from types import ModuleType

from .gcpause import gc_paused
from .model import Actor, Deadline, Findings, Measure

KINDS = ("article", "actor", "measure", "deadline", "sentence", "note")
# Ties go to what the reader is most likely jumping to; a plain sentence comes last.
_KIND_RANK = {"note": 0, "actor": 1, "measure": 2, "deadline": 3, "article": 4, "sentence": 5}
_KINDS_BY_RANK = sorted(_KIND_RANK, key=_KIND_RANK.__getitem__)
# Labels longer than this rank as if they were this long (a tie-break only).
_MAX_RANK_LENGTH = 9_999
# Every item's rank (see `item_rank`) is below this.
RANK_LIMIT = len(_KIND_RANK) * (_MAX_RANK_LENGTH + 1)
# Fuzzy prefixes are compared up to this many characters; longer words by their start.
_MAX_PREFIX = 12
# A query word shorter than this only matches as an exact prefix: two or three letters
# with a slip allowed would match nearly every word.
_MIN_FUZZY = 4
# Above this many (item, word) pairs for its most selective word, a query is too
# unselective to gather by postings; the index walks items in rank order instead.
_GATHER_CAP = 20_000
# A common first word's heads grow this many times over when they hold too few items
# matching the other words, up to this many (item, word) pairs.
_WIDEN = 8
_WIDEST = 1_000_000
# At most this many prefiltered items go to the rapidfuzz scorer.
_SCORE_CAP = 800
_TOP = chr(0x10FFFF)
# Up to this many new words are inserted into the sorted tables; more rebuild them.
_PATCH_LIMIT = 2_000
# Points for how a query word matched an item's word.
_EXACT, _PREFIX, _SLIP = 100.0, 90.0, 70.0
# The hits of this many recent queries are kept for the same query typed again.
_HITS_MEMO = 64


@dataclass(frozen=True, slots=True)
class SearchItem:
    """One thing the reader can jump to.

    `label` is the text matched (an actor's name and role, a sentence, a note), `detail`
    says where it is (the article title). `start`/`end` are where to land in the
    article's text, -1 for the article itself. `key` is unique across the index.
    """

    kind: str  # one of KINDS
    label: str
    detail: str
    article_id: str
    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    item: SearchItem
    score: float  # 0-100, higher is better


@dataclass(frozen=True, slots=True)
class _WordMatch:
    exact: int  # vocabulary id of the word itself, -1 if absent
    prefix: frozenset[int]  # words it begins (itself included)
    any: frozenset[int]  # those and the words it matches with a slip
    volume: int  # (item, word) pairs behind `any`: how selective the word is


@functools.cache
def _rapidfuzz() -> tuple[ModuleType, ModuleType, ModuleType, ModuleType]:
    """rapidfuzz's fuzz, process, utils and OSA, imported on first use: some 40 ms of
    start-up that the workstation's first paint does without (its index is built after)."""
    from rapidfuzz import fuzz, process, utils
    from rapidfuzz.distance import OSA

    return fuzz, process, utils, OSA


class _WithoutMarks(dict[int, int | None]):
    """A `str.translate` table deleting combining marks: one C call per label, where
    testing each character took a Python call (a search normalizes ~150 labels, and
    most labels hold a "·", "→" or quote). Filled as characters are first seen."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def normalize(text: str) -> str:
    """Fold case and accents, turn punctuation into spaces, collapse white space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS)
    processed: str = _rapidfuzz()[2].default_process(text)
    return " ".join(processed.split())


class Matcher:
    """The query algorithm, shared by every index: the in-memory `SearchIndex`, the
    on-disk `searchdisk.DiskSearchIndex` and `searchdisk.LayeredSearch` (one over the
    other). Each supplies its items through the `_`-methods below (its vocabulary,
    postings and items by number); the matching, the gathering with its caps and the
    scoring live here once, so the indexes rank alike.

    Item numbers and word numbers are the backend's own. Subclasses set `_lock`,
    `_word_cache` and `_item_cache`, and clear the caches when their contents change.
    """

    # `_narrow` checks the few gathered items' own words, rather than walking a common
    # word's postings, when there are at most volume / this many of them: where reading
    # an item's words costs more (from disk), a backend raises it. Either way finds the
    # same items.
    _TOKEN_CHECK = 20

    _lock: threading.RLock
    _word_cache: dict[str, _WordMatch]
    _item_cache: dict[str, dict[int, None]]
    # (normalized query, limit) -> the words' matches then and the hits (see `search`)
    _hits_memo: dict[tuple[str, int], tuple[tuple[_WordMatch, ...], list[SearchHit]]]

    # -- what a backend supplies -------------------------------------------------------

    def _prepare(self) -> None:
        """Bring lookup tables up to date before a search (under the lock)."""

    def _exact_wid(self, word: str) -> int:
        """The number of this word in the vocabulary, -1 if absent."""
        raise NotImplementedError

    def _prefix_wids(self, prefix: str) -> Iterable[int]:
        """Numbers of the words that begin with `prefix` (itself included)."""
        raise NotImplementedError

    def _prefix_choices(self, length: int, first: str) -> Iterable[Sequence[str]]:
        """Lists of the distinct `length`-letter prefixes of the words beginning with
        `first` (for the slip matching)."""
        raise NotImplementedError

    def _volume_of(self, wid: int) -> int:
        """How many items a word's postings hold (dead ones included)."""
        raise NotImplementedError

    def _postings_of(self, wid: int) -> Iterable[int]:
        """The items holding a word, best ranked first where the backend knows it."""
        raise NotImplementedError

    def _postings_head(self, wid: int, count: int) -> Iterable[int]:
        """The first `count` of `_postings_of(wid)`."""
        raise NotImplementedError

    def _postings_all(self, wids: frozenset[int]) -> Iterator[Iterable[int]]:
        """The postings of all these words, in as few pieces as the backend can."""
        for wid in wids:
            yield self._postings_of(wid)

    def _postings_heads(self, wids: frozenset[int], count: int) -> set[int]:
        """The first `count` items of each word's postings (`_postings_head`), together."""
        found: set[int] = set()
        for wid in wids:
            found.update(self._postings_head(wid, count))
        return found

    def _token_lookup(self) -> Callable[[int], Collection[int]]:
        """item -> the numbers of its distinct words (none for a dead item)."""
        raise NotImplementedError

    def _rank_lookup(self) -> Callable[[int], int]:
        """item -> its static tie-break: kind, then shorter label."""
        raise NotImplementedError

    def _dead(self) -> AbstractSet[int]:
        """Items removed but perhaps still in postings."""
        raise NotImplementedError

    def _of_kind(self, ids: set[int], kind: str) -> set[int]:
        """Those of `ids` that are of this kind."""
        raise NotImplementedError

    def _best_ranked(self, ids: set[int], count: int) -> list[int]:
        """Up to `count` of `ids` (all of one kind), best ranked first."""
        rank = self._rank_lookup()
        if len(ids) > count * 4:  # among many alike, any will do; shorter first
            ids = set(islice(ids, count * 4))
        return sorted(ids, key=rank)[:count]

    def _norm_of(self, index: int) -> str:
        """The normalized label of a live item."""
        raise NotImplementedError

    def _item_of(self, index: int) -> SearchItem:
        """A live item."""
        raise NotImplementedError

    # -- matching ----------------------------------------------------------------------

    def _match_word(self, word: str) -> _WordMatch:
        """The vocabulary a query word matches, exactly, as a prefix or with a slip."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        prefix = frozenset(self._prefix_wids(word))
        wids = set(prefix)
        if len(word) >= _MIN_FUZZY:
            stem = word[: _MAX_PREFIX - 1]
            slips = 1 if len(stem) < 8 else 2
            _, process, _, osa = _rapidfuzz()
            # A slip in the first letter is rare; a swap of the first two is not.
            for first in dict.fromkeys(stem[:2]):
                for length in (len(stem) - 1, len(stem), len(stem) + 1):
                    for choices in self._prefix_choices(length, first):
                        for found, _, _ in process.extract(
                            stem, choices, scorer=osa.distance, score_cutoff=slips, limit=None
                        ):
                            wids.update(self._prefix_wids(found))
        match = _WordMatch(
            exact=self._exact_wid(word),
            prefix=prefix,
            any=frozenset(wids),
            volume=sum(self._volume_of(wid) for wid in wids),
        )
        if len(self._word_cache) > 4_096:
            self._word_cache.clear()
            self._item_cache.clear()
        self._word_cache[word] = match
        return match

    def _items_matching(self, word: str, match: _WordMatch) -> dict[int, None]:
        """Items holding some word the query word matches (kept for the next keystroke),
        as the keys of a dict: the cyclic collector never walks a dict of numbers, where
        it walked each of these sets of up to 20,000 (a pass over a few of them took
        5-20 ms, at 100,000 articles, within a keystroke)."""
        found = self._item_cache.get(word)
        if found is None:
            found = dict.fromkeys(chain.from_iterable(self._postings_all(match.any)))
            if len(self._item_cache) >= 8:
                self._item_cache.pop(next(iter(self._item_cache)))
            self._item_cache[word] = found
        return found

    # -- search ------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Best items for a typed query, best first; every query word must match."""
        query_norm = normalize(query)
        words = list(dict.fromkeys(query_norm.split()))
        if not words or limit <= 0:
            return []
        with self._lock, gc_paused():  # its item sets: see _items_matching
            self._prepare()
            matches = tuple(self._match_word(word) for word in words)
            if any(not m.any for m in matches):
                return []
            # The same words again ("tariffs " after "tariffs", a word typed again after
            # a backspace): the hits found then, while the index is as it was. Any
            # change to the index empties the word cache, so the words' matches are new
            # objects then and this finds nothing.
            memo = self._hits_memo.get((query_norm, limit))
            if memo is not None and all(
                    old is new for old, new in zip(memo[0], matches, strict=True)):
                return list(memo[1])
            candidates = self._gather(words, list(matches), limit)
            hits = self._score(query_norm, list(matches), candidates, limit)
            if len(self._hits_memo) >= _HITS_MEMO:
                self._hits_memo.pop(next(iter(self._hits_memo)))
            self._hits_memo[(query_norm, limit)] = (matches, hits)
            return list(hits)

    def _gather_first(self, words: list[str], matches: list[_WordMatch], widen: int = 1
                      ) -> tuple[list[int], set[int]]:
        """The words, most selective first, and the items the first of them matches."""
        order = sorted(range(len(words)), key=lambda j: matches[j].volume)
        first = matches[order[0]]
        if first.volume <= _GATHER_CAP:
            return order, set(self._items_matching(words[order[0]], first))
        # Every word is short or common: take the first few items of each word it
        # matches rather than all of them, so one letter costs what five do (`widen`
        # times as many when those held too few items matching the other words).
        return order, self._postings_heads(first.any, self._head_count(first) * widen)

    @staticmethod
    def _head_count(first: _WordMatch) -> int:
        """How many items of each of its words a common first word is gathered by."""
        return max(4, _SCORE_CAP * 4 // len(first.any))

    def _wider(self, first: _WordMatch, widen: int) -> int:
        """The next `widen` for a common first word whose heads held too few items that
        match the other words ("euro doll": each word common, the items holding both
        past the first few of each), or 0 when the heads already held all its items or
        the next would gather more than `_WIDEST` (item, word) pairs."""
        if first.volume <= _GATHER_CAP:
            return 0
        count = self._head_count(first) * widen
        if count >= max(self._volume_of(wid) for wid in first.any):
            return 0
        wider = widen * _WIDEN
        return wider if self._head_count(first) * wider * len(first.any) <= _WIDEST else 0

    def _gather(self, words: list[str], matches: list[_WordMatch], limit: int) -> list[int]:
        """Live items matching every query word; the best-placed few when there are many."""
        widen = 1
        while True:
            order, found = self._gather_first(words, matches, widen)
            for j in order[1:]:
                found = self._narrow(found, words[j], matches[j])
                if not found:
                    break
            found -= self._dead()
            if len(found) >= limit:
                break
            widen = self._wider(matches[order[0]], widen)
            if not widen:
                break
        if len(found) <= _SCORE_CAP:
            return list(found)
        return self._pick(found, matches, max(limit * 4, 200))

    def _narrow(self, found: set[int], word: str, match: _WordMatch) -> set[int]:
        """Keep the items that also match `word`, by whichever way is cheaper."""
        if match.volume <= _GATHER_CAP:
            return self._items_matching(word, match).keys() & found
        if len(found) * self._TOKEN_CHECK <= match.volume:  # few items: look at their words
            tokens, ids = self._token_lookup(), match.any
            return {i for i in found if not ids.isdisjoint(tokens(i))}
        kept: set[int] = set()
        for postings in self._postings_all(match.any):
            kept |= found.intersection(postings)
        return kept

    def _pick(self, found: set[int], matches: list[_WordMatch], want: int) -> list[int]:
        """Too many to score: every word matched exactly first, findings before sentences."""
        strong = found
        tokens = self._token_lookup()
        for match in matches:
            if match.exact < 0:
                strong = set()
                break
            if self._volume_of(match.exact) <= len(strong) * 5:
                strong = strong.intersection(self._postings_of(match.exact))
            else:  # a very common word: cheaper to look at the few items' words
                strong = {i for i in strong if match.exact in tokens(i)}
        picked = self._best_of(strong, want)
        if len(picked) < want:
            picked += self._best_of(found - strong, want - len(picked))
        return picked

    def _best_of(self, group: set[int], count: int) -> list[int]:
        """Up to `count` of `group`, findings before sentences, shorter first."""
        picked: list[int] = []
        for kind in _KINDS_BY_RANK:
            need = count - len(picked)
            if need <= 0:
                break
            picked += self._best_ranked(self._of_kind(group, kind), need)
        return picked

    def _score(self, query_norm: str, matches: list[_WordMatch], candidates: list[int],
               limit: int) -> list[SearchHit]:
        """Word score (exact > prefix > slip), refined by rapidfuzz on the best few."""
        if not candidates:
            return []
        tokens, rank = self._token_lookup(), self._rank_lookup()
        share = 1.0 / len(matches)
        pre: list[tuple[float, int, int]] = []
        for index in candidates:
            toks = tokens(index)
            points = 0.0
            for match in matches:
                if match.exact in toks:
                    points += _EXACT
                elif not match.prefix.isdisjoint(toks):
                    points += _PREFIX
                else:
                    points += _SLIP
            pre.append((-points * share, rank(index), index))
        pre.sort()
        del pre[max(limit * 3, 60):]
        labels = [self._norm_of(index) for _, _, index in pre]
        fuzz, process, _, _ = _rapidfuzz()
        closeness = process.extract(query_norm, labels, scorer=fuzz.WRatio, limit=None)
        ranked = sorted(
            (round(-pre[pos][0] * 0.6 + score * 0.4, 1), pre[pos][1], pre[pos][2])
            for _, score, pos in closeness
        )
        ranked.sort(key=lambda row: (-row[0], row[1]))
        hits: list[SearchHit] = []
        landed: dict[tuple[str, int, int], int] = {}  # where a hit lands -> its row
        for score, _, index in ranked:
            item = self._item_of(index)
            spot = (item.article_id, item.start, item.end)
            row = landed.get(spot)
            if row is not None:
                # One row per place: a finding (a measure on its evidence sentence)
                # takes the row of a plain sentence, keeping the better score.
                if item.kind != "sentence" and hits[row].item.kind == "sentence":
                    hits[row] = SearchHit(item, hits[row].score)
                continue
            if len(hits) >= limit:
                continue  # still look for findings that replace a listed sentence
            landed[spot] = len(hits)
            hits.append(SearchHit(item, score))
        return hits


def item_rank(item: SearchItem, norm: str) -> int:
    """An item's static tie-break (lower first): its kind, then its label's length.
    Ranks are below 6 * 10,000, so an on-disk build can order items by counting."""
    kind_rank = _KIND_RANK.get(item.kind)
    if kind_rank is None:
        raise ValueError(f"unknown search item kind {item.kind!r} (key {item.key!r})")
    return kind_rank * (_MAX_RANK_LENGTH + 1) + min(len(norm), _MAX_RANK_LENGTH)


def kind_of_rank(rank: int) -> str:
    """The kind of the items with this rank."""
    return _KINDS_BY_RANK[rank // (_MAX_RANK_LENGTH + 1)]


class SearchIndex(Matcher):
    """An in-memory fuzzy index. Safe to search from a worker thread while adding."""

    def __init__(self, items: Iterable[SearchItem] = ()) -> None:
        self._lock = threading.RLock()
        self._reset()
        self.add(items)

    def _reset(self) -> None:
        self._items: list[SearchItem | None] = []
        self._norm: list[str] = []
        self._tokens: list[tuple[int, ...]] = []  # unique vocabulary ids per item
        self._rank: list[int] = []  # static tie-break: kind, then shorter label
        self._by_key: dict[str, int] = {}
        self._by_article: dict[str, list[int]] = {}
        self._vocab: dict[str, int] = {}
        self._postings: list[list[int]] = []  # vocabulary id -> item ids (may hold dead ids)
        self._dead_ids: set[int] = set()
        self._kind_ids: dict[str, set[int]] = {kind: set() for kind in _KIND_RANK}
        self._dirty = True
        self._new_words: list[str] = []  # vocabulary added since the last _prepare
        # Rebuilt lazily after changes (or patched, when few words are new):
        self._sorted_words: list[str] = []
        self._sorted_ids: list[int] = []
        self._prefixes: dict[tuple[int, str], list[str]] = {}
        self._word_cache = {}
        self._item_cache = {}
        self._hits_memo = {}

    def __len__(self) -> int:
        return len(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def add(self, items: Iterable[SearchItem]) -> int:
        """Index items; one whose key is already indexed is skipped. Returns how many were new."""
        added = 0
        with self._lock:
            # Bound once: this loop runs for every sentence of the corpus.
            vocab, postings, new_words = self._vocab, self._postings, self._new_words
            by_key, by_article, kind_ids = self._by_key, self._by_article, self._kind_ids
            items_, norms, tokens, ranks = self._items, self._norm, self._tokens, self._rank
            for item in items:
                if item.key in by_key:
                    continue
                kind_rank = _KIND_RANK.get(item.kind)
                if kind_rank is None:
                    raise ValueError(f"unknown search item kind {item.kind!r} (key {item.key!r})")
                index = len(items_)
                norm = normalize(item.label)
                ids = []
                for word in set(norm.split()):
                    wid = vocab.get(word)
                    if wid is None:
                        wid = vocab[word] = len(postings)
                        postings.append([index])
                        new_words.append(word)
                    else:
                        postings[wid].append(index)
                    ids.append(wid)
                items_.append(item)
                norms.append(norm)
                tokens.append(tuple(ids))
                ranks.append(kind_rank * (_MAX_RANK_LENGTH + 1)
                             + min(len(norm), _MAX_RANK_LENGTH))
                by_key[item.key] = index
                kind_ids[item.kind].add(index)
                siblings = by_article.get(item.article_id)
                if siblings is None:
                    by_article[item.article_id] = [index]
                else:
                    siblings.append(index)
                added += 1
            if added:
                self._dirty = True
        return added

    def replace_article(self, article_id: str, items: Iterable[SearchItem]) -> None:
        """Swap one article's items for these in one step (a search sees old or new)."""
        with self._lock:
            self.remove_article(article_id)
            self.add(items)

    def remove_article(self, article_id: str) -> int:
        """Drop every item of one article (its notes too). Returns how many went."""
        with self._lock:
            indexes = self._by_article.pop(article_id, [])
            for index in indexes:
                self._kill(index)
            self._after_removal(len(indexes))
            return len(indexes)

    def discard(self, key: str) -> bool:
        """Drop one item by key (an edited or deleted note). True if it was there."""
        with self._lock:
            index = self._by_key.get(key)
            if index is None:
                return False
            item = self._items[index]
            assert item is not None
            siblings = self._by_article.get(item.article_id, [])
            siblings.remove(index)
            if not siblings:
                self._by_article.pop(item.article_id, None)
            self._kill(index)
            self._after_removal(1)
            return True

    def items(self) -> list[SearchItem]:
        """The live items, in the order they were added."""
        with self._lock:
            return [item for item in self._items if item is not None]

    def _kill(self, index: int) -> None:
        item = self._items[index]
        if item is None:
            return
        del self._by_key[item.key]
        self._items[index] = None
        self._tokens[index] = ()  # a dead item matches nothing, so postings may keep it
        self._norm[index] = ""
        self._dead_ids.add(index)
        self._kind_ids[item.kind].discard(index)

    def _after_removal(self, count: int) -> None:
        if not count:
            return
        self._dirty = True
        if len(self._dead_ids) > 1_000 and len(self._dead_ids) * 4 > len(self._items):
            self._compact()

    def _compact(self) -> None:
        """Rebuild without dead items so postings do not grow for ever."""
        live = [item for item in self._items if item is not None]
        self._reset()
        self.add(live)

    # -- lazily rebuilt structures ---------------------------------------------------

    def _prepare(self) -> None:
        if not self._dirty:
            return
        if self._sorted_words and len(self._new_words) <= _PATCH_LIMIT:
            self._patch()
            return
        pairs = sorted(
            (word, wid) for word, wid in self._vocab.items() if self._postings[wid]
        )
        self._sorted_words = [word for word, _ in pairs]
        self._sorted_ids = [wid for _, wid in pairs]
        buckets: dict[tuple[int, str], set[str]] = {}
        for word in self._sorted_words:
            for length in range(_MIN_FUZZY - 1, min(len(word), _MAX_PREFIX) + 1):
                buckets.setdefault((length, word[0]), set()).add(word[:length])
        self._prefixes = {key: sorted(value) for key, value in buckets.items()}
        self._word_cache = {}
        self._item_cache = {}
        self._hits_memo = {}
        self._new_words = []
        self._dirty = False

    def _patch(self) -> None:
        """After a few changes (a note, one article re-analysed): insert the new words
        into the sorted tables instead of rebuilding them over the whole vocabulary."""
        for word in self._new_words:
            position = bisect_left(self._sorted_words, word)
            self._sorted_words.insert(position, word)
            self._sorted_ids.insert(position, self._vocab[word])
            for length in range(_MIN_FUZZY - 1, min(len(word), _MAX_PREFIX) + 1):
                bucket = self._prefixes.setdefault((length, word[0]), [])
                prefix = word[:length]
                at = bisect_left(bucket, prefix)
                if at == len(bucket) or bucket[at] != prefix:
                    bucket.insert(at, prefix)
        self._new_words = []
        self._word_cache = {}  # volumes and postings changed
        self._item_cache = {}
        self._hits_memo = {}
        self._dirty = False

    def prepare(self) -> None:
        """Build the lookup tables now rather than on the first search."""
        with self._lock:
            self._prepare()

    # -- the backend of Matcher ------------------------------------------------------

    def _exact_wid(self, word: str) -> int:
        return self._vocab.get(word, -1)

    def _prefix_wids(self, prefix: str) -> list[int]:
        lo = bisect_left(self._sorted_words, prefix)
        hi = bisect_left(self._sorted_words, prefix + _TOP, lo)
        return self._sorted_ids[lo:hi]

    def _prefix_choices(self, length: int, first: str) -> tuple[list[str], ...]:
        choices = self._prefixes.get((length, first))
        return (choices,) if choices else ()

    def _volume_of(self, wid: int) -> int:
        return len(self._postings[wid])

    def _postings_of(self, wid: int) -> list[int]:
        return self._postings[wid]

    def _postings_head(self, wid: int, count: int) -> list[int]:
        return self._postings[wid][:count]

    def _token_lookup(self) -> Callable[[int], tuple[int, ...]]:
        return self._tokens.__getitem__

    def _rank_lookup(self) -> Callable[[int], int]:
        return self._rank.__getitem__

    def _dead(self) -> set[int]:
        return self._dead_ids

    def _of_kind(self, ids: set[int], kind: str) -> set[int]:
        return ids & self._kind_ids[kind]

    def _norm_of(self, index: int) -> str:
        return self._norm[index]

    def _item_of(self, index: int) -> SearchItem:
        item = self._items[index]
        assert item is not None
        return item


# -- items from findings and notes ------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _actor_item(article_id: str, title: str, actor: Actor) -> SearchItem:
    name = _one_line(actor.name)
    label = name
    if actor.role:
        label += f", {_one_line(actor.role)}"
    if actor.affiliation and actor.affiliation != name:
        label += f" ({_one_line(actor.affiliation)})"
    mentions = sorted(actor.mentions, key=lambda m: m.start)
    # Other surface forms ("Washington" for the United States) are searchable too.
    seen = normalize(label)
    extra: list[str] = []
    for mention in mentions:
        form = _one_line(mention.text)
        folded = normalize(form)
        if folded and folded not in seen and len(extra) < 5:
            extra.append(form)
            seen += " " + folded
    if extra:
        label += " · " + " · ".join(extra)
    start, end = (mentions[0].start, mentions[0].end) if mentions else (-1, -1)
    return SearchItem("actor", label, title, article_id, start, end,
                      f"{article_id}/actor/{name}")


def _measure_label(measure: Measure) -> str:
    kind = (measure.type or "measure").replace("_", " ")
    head = f"{kind} ({measure.action or '?'})"
    who = measure.imposer or ""
    targets = ", ".join(measure.targets)
    if who or targets:
        head += f" {who} → {targets}".rstrip(" →")
    if measure.magnitude:
        head += f", {measure.magnitude}"
    return _one_line(f"{head}: {measure.text}")


def _deadline_label(deadline: Deadline, measures: Sequence[Measure]) -> str:
    """Said the way a reader would: "TikTok divestiture deadline 2025-12-16", with who
    acts on whom when the deadline belongs to a measure."""
    label = f"{deadline.what} deadline {deadline.date or '?'}".strip()
    if deadline.text:
        label += f" ({deadline.text})"
    linked = deadline.measure
    if linked is not None and 0 <= linked < len(measures):
        measure = measures[linked]
        seen = normalize(label)
        extra = [w for w in (measure.imposer or "", *measure.targets)
                 if w and normalize(w) not in seen]
        if extra:
            label += " · " + ", ".join(extra)
    return _one_line(label)


def items_from_article(
    article_id: str,
    title: str,
    text: str,
    findings: Findings,
    sentences: Sequence[tuple[int, int]],
    *,
    published: str | None = None,
    source: str | None = None,
) -> list[SearchItem]:
    """Items for one article: itself (found by its title, date or source), its actors,
    measures, deadlines and sentences."""
    title = _one_line(title) or article_id
    label = " · ".join(p for p in (title, published, _one_line(source or "")) if p)
    items = [SearchItem("article", label, title, article_id, -1, -1, f"{article_id}/article")]
    for actor in findings.actors:
        if actor.name:
            items.append(_actor_item(article_id, title, actor))
    for number, measure in enumerate(findings.measures):
        items.append(SearchItem("measure", _measure_label(measure), title, article_id,
                                measure.start, measure.end, f"{article_id}/measure/{number}"))
    for number, deadline in enumerate(findings.deadlines):
        items.append(SearchItem("deadline", _deadline_label(deadline, findings.measures), title,
                                article_id, deadline.start, deadline.end,
                                f"{article_id}/deadline/{number}"))
    for start, end in sentences:
        sentence = _one_line(text[start:end])
        if sentence:
            items.append(SearchItem("sentence", sentence, title, article_id, start, end,
                                    f"{article_id}/sentence/{start}"))
    return items


def items_from_note(
    annotation_id: str,
    article_id: str,
    quote: str,
    note: str,
    tags: Iterable[str],
    start: int,
    end: int,
    *,
    title: str = "",
) -> list[SearchItem]:
    """The item for one of the reader's notes: its text and tags, then the quote."""
    label = _one_line(note)
    tag_text = " ".join(f"#{_one_line(tag)}" for tag in tags if tag.strip())
    if tag_text:
        label = f"{label} {tag_text}".strip()
    quote = _one_line(quote)
    if quote:
        label = f"{label} “{quote}”".strip()
    detail = _one_line(title) or article_id
    return [SearchItem("note", label, detail, article_id, start, end, f"note/{annotation_id}")]
