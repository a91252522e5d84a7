"""The jump's keystrokes: a query that only grew starts from what the last one gathered,
the same words again are answered from the last hits, and neither changes what is found.
Also: the collector is paused for a search, and the index's mapped pages are released
only when they have grown."""

from __future__ import annotations

import gc
import random
from pathlib import Path

import pytest

from newsdesk.analysis import search as search_module
from newsdesk.analysis.search import SearchIndex, SearchItem
from newsdesk.analysis.searchdisk import DiskSearchIndex, LayeredSearch, build_index
from newsdesk.analysis.searchdisk import disk as disk_module

_WORDS_TEXT = (
    "tariff tariffs steel quota sanction sanctions export exports ban banned probe "
    "dumping anti ministry commission ports deadline chips lithium beijing brussels "
    "treasury chief duties subsidy safeguard mourinho chelsea oscar nomination "
    "nominated euro europe dollar dollars airline fuel more moral our s a"
)
WORDS = _WORDS_TEXT.split()


def make_items(articles: int, seed: int = 3, prefix: str = "a") -> list[SearchItem]:
    """A title and a few sentences per article, an actor now and then."""
    rng = random.Random(seed)
    items: list[SearchItem] = []
    for number in range(articles):
        aid = f"{prefix}{number}"
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).capitalize()
        items.append(SearchItem("article", title, title, aid, -1, -1, f"{aid}/article"))
        if rng.random() < 0.3:
            items.append(SearchItem("actor", f"{rng.choice(WORDS).title()} Mourinho", title,
                                    aid, 1, 5, f"{aid}/actor/m"))
        offset = 0
        for _ in range(rng.randint(1, 5)):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))) + "."
            items.append(SearchItem("sentence", text, title, aid, offset, offset + len(text),
                                    f"{aid}/sentence/{offset}"))
            offset += len(text) + 1
    return items


@pytest.fixture(scope="module")
def crowd(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("typing")
    build_index(folder, make_items(2500))
    return folder


def hits_of(index, query: str, limit: int = 50) -> list[tuple[str, float]]:
    return [(hit.item.key, hit.score) for hit in index.search(query, limit)]


def letters(query: str) -> list[str]:
    """What the input holds after each keystroke of typing `query`."""
    return [query[:end] for end in range(1, len(query) + 1)]


TYPED = ["chelsea mourinho", "export ban", "oscar nomination", "euro dollar", "airline fuel",
         "anti dumping s", "steel tariffs on ports", "s t p", "mourinho chelsea m", "zz steel",
         "treasury chief subsidy", "sanctions"]


@pytest.fixture
def narrowed(monkeypatch) -> list[tuple[int, int]]:
    """(items before, after) each time the last search's gathering narrowed a new one."""
    seen: list[tuple[int, int]] = []
    original = DiskSearchIndex._earlier

    def earlier(self, found, matches, dead):
        kept, ids = original(self, found, matches, dead)
        if len(kept) < len(found):
            seen.append((len(found), len(kept)))
        return kept, ids

    monkeypatch.setattr(DiskSearchIndex, "_earlier", earlier)
    return seen


@pytest.mark.parametrize("cap", [20_000, 2_000, 300])
def test_typing_a_letter_at_a_time_finds_what_a_fresh_index_finds(crowd, monkeypatch,
                                                                   narrowed, cap):
    """Each keystroke's hits are those of a newly opened index (which knows no earlier
    keystroke), whichever words are common (`cap`)."""
    monkeypatch.setattr(search_module, "_GATHER_CAP", cap)
    monkeypatch.setattr(disk_module, "_GATHER_CAP", cap)
    typing = DiskSearchIndex.open(crowd)
    for query in TYPED:
        for text in letters(query):
            for limit in (50, 5):
                assert hits_of(typing, text, limit) == \
                    hits_of(DiskSearchIndex.open(crowd), text, limit), (text, limit)
    # The last keystroke's gathering was used where some words are common and some not
    # (with none common, the rare words' items are what matches already; with all, the
    # first word's items are only the first few of each of its words).
    assert bool(narrowed) == (cap == 2_000)


def _changed(layered: LayeredSearch, step: int) -> None:
    """One change of a day's work: an article re-analysed, one removed, a note."""
    if step % 3 == 0:
        number = step * 7 % 2500
        layered.replace_article(f"a{number}", [
            SearchItem(i.kind, i.label + " revised chelsea", i.detail, i.article_id, i.start,
                       i.end, i.key)
            for i in make_items(1, seed=step, prefix=f"a{number}-")])
    elif step % 3 == 1:
        layered.remove_article(f"a{step * 13 % 2500}")
    else:
        layered.add([SearchItem("note", f"chase the export ban {step}", "t",
                                f"a{step % 2500}", 0, 4, f"note/n{step}")])


def test_typing_over_a_changing_overlay_finds_what_a_fresh_one_finds(crowd, monkeypatch,
                                                                     narrowed):
    monkeypatch.setattr(search_module, "_GATHER_CAP", 2_000)
    monkeypatch.setattr(disk_module, "_GATHER_CAP", 2_000)
    typing = LayeredSearch(DiskSearchIndex.open(crowd))
    steps = 0
    for query in TYPED:
        for number, text in enumerate(letters(query)):
            if number % 4 == 3:  # now and then a change between two keystrokes
                _changed(typing, steps)
                steps += 1
            fresh = LayeredSearch(DiskSearchIndex.open(crowd))
            for step in range(steps):
                _changed(fresh, step)
            assert hits_of(typing, text) == hits_of(fresh, text), text
    assert narrowed


def test_two_overlays_over_one_base_do_not_share_what_they_gathered(crowd, monkeypatch):
    monkeypatch.setattr(search_module, "_GATHER_CAP", 2_000)
    monkeypatch.setattr(disk_module, "_GATHER_CAP", 2_000)
    base = DiskSearchIndex.open(crowd)
    one, other = LayeredSearch(base), LayeredSearch(base)
    for number in range(0, 2500, 5):
        one.remove_article(f"a{number}")
    for number in range(1, 2500, 5):
        other.remove_article(f"a{number}")
    for text in letters("chelsea mourinho"):
        for layered, gone in ((one, 0), (other, 1)):
            fresh = LayeredSearch(DiskSearchIndex.open(crowd))
            for number in range(gone, 2500, 5):
                fresh.remove_article(f"a{number}")
            assert hits_of(layered, text) == hits_of(fresh, text), text


def test_the_same_words_again_are_answered_from_the_last_hits(crowd, monkeypatch):
    index = DiskSearchIndex.open(crowd)
    first = index.search("steel tariff")
    gathered: list[str] = []
    original = DiskSearchIndex._gather

    def gather(self, words, matches, limit):
        gathered.append(" ".join(words))
        return original(self, words, matches, limit)

    monkeypatch.setattr(DiskSearchIndex, "_gather", gather)
    assert index.search("steel tariff ") == first
    assert index.search("Steel  TARIFF") == first
    assert gathered == []
    assert len(index.search("steel tariff", limit=5)) == 5  # another limit: searched
    assert gathered == ["steel tariff"]
    hits = index.search("steel tariff")
    hits.clear()  # what a caller does with its list is its own affair
    assert index.search("steel tariff") == first


def test_a_changed_index_is_never_answered_from_earlier_hits():
    items = make_items(40)
    memory = SearchIndex(items)
    assert memory.search("quokka") == []
    memory.add([SearchItem("note", "quokka sighting", "t", "a1", 0, 3, "note/q")])
    assert [hit.item.key for hit in memory.search("quokka")] == ["note/q"]
    memory.discard("note/q")
    assert memory.search("quokka") == []


def test_a_changed_overlay_is_never_answered_from_earlier_hits(crowd):
    layered = LayeredSearch(DiskSearchIndex.open(crowd))
    before = [hit.item.key for hit in layered.search("export ban")]
    assert before
    layered.add([SearchItem("note", "export ban", "t", "a1", 0, 3, "note/e")])
    assert [hit.item.key for hit in layered.search("export ban")][0] == "note/e"
    gone = before[0].split("/")[0]
    layered.remove_article(gone)
    assert all(not hit.item.key.startswith(f"{gone}/")
               for hit in layered.search("export ban"))


def test_the_items_of_a_word_are_kept_where_the_collector_does_not_walk(crowd):
    index = DiskSearchIndex.open(crowd)
    index.search("mourinho chelsea")
    assert index._item_cache
    assert not any(gc.is_tracked(found) for found in index._item_cache.values())


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_for_a_search_and_left_as_it_was(crowd, monkeypatch,
                                                                 enabled):
    index = DiskSearchIndex.open(crowd)
    during: list[bool] = []
    original = DiskSearchIndex._gather

    def gather(self, words, matches, limit):
        during.append(gc.isenabled())
        return original(self, words, matches, limit)

    monkeypatch.setattr(DiskSearchIndex, "_gather", gather)
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        index.search("steel")
        assert during == [False]
        assert gc.isenabled() == enabled
    finally:
        if was:
            gc.enable()


def test_pages_are_released_once_the_mapped_pages_have_grown(crowd, monkeypatch):
    index = DiskSearchIndex.open(crowd)
    resident = [index._resident_base]
    monkeypatch.setattr(disk_module, "_file_pages_resident", lambda: resident[0])
    released: list[int] = []
    original = DiskSearchIndex.release_pages

    def release(self):
        released.append(self._touched)
        original(self)

    monkeypatch.setattr(DiskSearchIndex, "release_pages", release)
    index._touched = disk_module._RELEASE_AFTER + 1  # much read, little resident
    index.release_pages_if_many()
    assert released == [] and index._touched == 0
    resident[0] += disk_module._RESIDENT_BUDGET + 1
    index._touched = disk_module._RELEASE_AFTER + 1
    index.release_pages_if_many()
    assert len(released) == 1 and index._resident_base == resident[0]
    index._touched = disk_module._RELEASE_AFTER // 2  # little read: not even looked at
    resident[0] += disk_module._RESIDENT_BUDGET + 1
    index.release_pages_if_many()
    assert len(released) == 1
    monkeypatch.setattr(disk_module, "_file_pages_resident", lambda: None)
    index._touched = disk_module._RELEASE_AFTER + 1  # the system does not say: release
    index.release_pages_if_many()
    assert len(released) == 2
