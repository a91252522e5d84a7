"""The on-disk jump index and its overlay: the same hits as the in-memory index over the
same items, a file that is replaced whole or not at all, damage told rather than served."""

from __future__ import annotations

import os
import random
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.analysis import search as search_module
from newsdesk.analysis.search import SearchIndex, SearchItem, item_rank, normalize
from newsdesk.analysis.searchdisk import (
    INDEX_FILE,
    DiskSearchIndex,
    IndexAbsent,
    IndexDamaged,
    IndexStale,
    LayeredSearch,
    build_index,
    fold,
)
from newsdesk.analysis.searchdisk import disk as disk_module

# An invented little world: trade words, names with accents, tags, dates.
_WORDS_TEXT = (
    "tariff tariffs steel quota quotas sanction sanctions export exports exporter ban "
    "banned wire probe dumping anti-dumping ministry commission commissioner shipping "
    "revenue ports divestiture deadline semiconductor chips lithium graphite rare earth "
    "beijing brussels washington treasury secretary board chief executive duties "
    "provisional protectionist investigation safeguard subsidy grants truce extension "
    "Sefčovič Zürich café naïve Straße Ærø Quokkaville Nordvik Halvorsen Bessent "
    "ByteDance TikTok 25% 2025-12-16 #follow-up #ports"
)
WORDS = _WORDS_TEXT.split()
PEOPLE = ["Scott Bessent", "Maroš Šefčovič", "Ingrid Halvorsen", "Li Qiang", "Ana Brnabić",
          "Jean Dupré", "Zoë Ærøskøbing"]
ROLES = ["Treasury Secretary", "Trade Commissioner", "chief executive", "premier", None]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 11))) + "."


def make_items(articles: int, seed: int = 1, prefix: str = "a") -> list[SearchItem]:
    """Items of made-up articles: a title, actors, a measure on a sentence (one row per
    place), a deadline, plain sentences and, now and then, a note."""
    rng = random.Random(seed)
    items: list[SearchItem] = []
    for number in range(articles):
        aid = f"{prefix}{number}"
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize()
        items.append(SearchItem("article", f"{title} · 2025-0{number % 9 + 1}-1{number % 10}",
                                title, aid, -1, -1, f"{aid}/article"))
        for person in rng.sample(PEOPLE, rng.randint(0, 3)):
            role = rng.choice(ROLES)
            label = f"{person}, {role}" if role else person
            items.append(SearchItem("actor", label, title, aid, 5, 9, f"{aid}/actor/{person}"))
        offset = 0
        for line in range(rng.randint(1, 6)):
            text = _sentence(rng)
            items.append(SearchItem("sentence", text, title, aid, offset, offset + len(text),
                                    f"{aid}/sentence/{offset}"))
            if line == 0 and rng.random() < 0.5:
                items.append(SearchItem("measure", f"tariff (impose) {text}", title, aid,
                                        offset, offset + len(text), f"{aid}/measure/0"))
            offset += len(text) + 1
        if rng.random() < 0.3:
            items.append(SearchItem("deadline", f"{rng.choice(WORDS)} deadline 2025-12-16",
                                    title, aid, 3, 7, f"{aid}/deadline/0"))
        if rng.random() < 0.2:
            items.append(SearchItem("note", f"check {rng.choice(WORDS)} #follow-up", title,
                                    aid, 0, 4, f"note/{aid}-n"))
    return items


def rank_order(items: list[SearchItem]) -> list[SearchItem]:
    """The items as the on-disk index numbers them: a repeated key skipped, then by rank
    (kind, label length), ties in input order."""
    seen: set[str] = set()
    kept = []
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            kept.append(item)
    return sorted(kept, key=lambda item: item_rank(item, normalize(item.label)))


QUERIES = [
    "tariff", "tarif", "tariffs steel", "steel tariff", "anti dump", "anti-dumping", "bessnt",
    "bessent treasury", "sefcovic", "SEFČOVIČ", "šefčovič trade", "zurich cafe", "ZÜRICH",
    "strasse", "straße", "aero", "ærø", "quokkavile", "quokk", "nordvik halvorsen", "halvorsn",
    "#follow", "follow up", "25%", "2025-12-16", "2025 12", "deadline 2025", "divestiture dead",
    "zzzz", "steel zzzz", "semicondcutor", "semiconductr chips", "comission", "commisioner",
    "probe wire", "ports revenue board", "chief exec", "tikt", "bytedance", "dupre", "li qiang",
    "", "   ", "lithium graphite rare earth", "rare earth", "export ban", "banned exports",
]


def hits_of(index, query: str, limit: int = 50) -> list[tuple[str, float]]:
    return [(hit.item.key, hit.score) for hit in index.search(query, limit)]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> tuple[list[SearchItem], Path]:
    items = make_items(300)
    folder = tmp_path_factory.mktemp("index")
    build_index(folder, items)
    return items, folder


@pytest.fixture(scope="module")
def disk(world) -> DiskSearchIndex:
    index = DiskSearchIndex.open(world[1])
    yield index
    index.close()


@pytest.fixture(scope="module")
def memory(world) -> SearchIndex:
    return SearchIndex(rank_order(world[0]))


@pytest.fixture
def picks(monkeypatch) -> list[int]:
    """Counts searches that took `_pick` (too many candidates to score: which of many
    equals it keeps is the index's own choice)."""
    seen: list[int] = []
    original = search_module.Matcher._pick

    def pick(self, found, matches, want):
        seen.append(len(found))
        return original(self, found, matches, want)

    monkeypatch.setattr(search_module.Matcher, "_pick", pick)
    return seen


def assert_same_hits(reference, index, query: str, picks: list[int], limit: int = 50) -> None:
    picks.clear()
    expected = hits_of(reference, query, limit)
    found = hits_of(index, query, limit)
    if picks:  # among many equals each index picks its own: compare what is fixed
        assert len(found) == len(expected), query
        assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
    else:
        assert found == expected, query


# -- building and opening -----------------------------------------------------------------


def test_round_trip_keeps_every_item_in_rank_order(world, disk):
    items, _ = world
    expected = rank_order(items)
    assert len(disk) == len(expected)
    assert list(disk.items()) == expected
    kinds = [item.kind for item in disk.items()]
    assert kinds[0] == "note" and kinds[-1] == "sentence"  # best-ranked first


def test_items_are_found_by_key_and_by_article(disk, world):
    items, _ = world
    article = [item for item in items if item.article_id == "a7"]
    assert sorted(disk.item(i).key for i in disk.article_ids("a7")) == \
        sorted(item.key for item in article)
    (number,) = disk.key_ids("a7/article")
    assert disk.item(number).kind == "article"
    assert disk.key_ids("a7/nothing") == []
    assert disk.article_ids("no-such-article") == []


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_hits_as_the_in_memory_index(memory, disk, picks, query):
    assert_same_hits(memory, disk, query, picks)


def test_small_limits_and_one_letter_queries_agree_where_determined(memory, disk, picks):
    for query in ("t", "s", "ta", "st", "b", "zz", "steel", "café"):
        for limit in (1, 5, 50):
            assert_same_hits(memory, disk, query, picks, limit)
    assert disk.search("tariff", limit=0) == []


_LABEL_WORDS = st.sampled_from(WORDS + [p.split()[-1] for p in PEOPLE])


@st.composite
def typed_queries(draw) -> str:
    """What a hurried reader types: words of the index cut short, a letter dropped,
    swapped or doubled, case changed, accents dropped."""
    words = []
    for word in draw(st.lists(_LABEL_WORDS, min_size=1, max_size=3)):
        way = draw(st.sampled_from(["as is", "prefix", "drop", "swap", "double", "fold"]))
        if len(word) > 2:
            at = draw(st.integers(1, len(word) - 2))
            word = {
                "prefix": word[:at + 1],
                "drop": word[:at] + word[at + 1:],
                "swap": word[:at] + word[at + 1] + word[at] + word[at + 2:],
                "double": word[:at] + word[at] + word[at:],
                "fold": normalize(word).upper(),
            }.get(way, word)
        words.append(word)
    return " ".join(words)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=typed_queries())
def test_typed_queries_find_the_same_hits(memory, disk, picks, query):
    assert_same_hits(memory, disk, query, picks)


def test_a_repeated_key_is_kept_once_as_the_in_memory_index_keeps_it(tmp_path, picks):
    items = make_items(20, seed=3)
    twin = SearchItem("sentence", "a different label for quokkaville", "t", "a1", 0, 1,
                      items[0].key)
    build_index(tmp_path, [*items, twin, items[5]])
    with_twin = SearchIndex(rank_order([*items, twin, items[5]]))
    disk = DiskSearchIndex.open(tmp_path)
    assert len(disk) == len(items) == len(with_twin)
    assert disk.search("quokkaville different") == []
    for query in ("tariff", "quokk", "bessent"):
        assert_same_hits(with_twin, disk, query, picks)


def test_an_empty_index_opens_and_finds_nothing(tmp_path):
    assert build_index(tmp_path, []) == 0
    index = DiskSearchIndex.open(tmp_path)
    assert len(index) == 0
    assert index.search("tariff") == []
    layered = LayeredSearch(index)
    layered.add(make_items(2))
    assert layered.search("tariff") == SearchIndex(make_items(2)).search("tariff")


def test_labels_keep_what_normalizing_drops(tmp_path):
    odd = [SearchItem("note", "[bold]x[/] \ud800 “quoted” Ærø\tend", "títle", "ärticle", 0, 1,
                      "other-key"),
           SearchItem("actor", "Zoë", "", "", -1, -1, "/actor/Zoë")]
    build_index(tmp_path, odd, meta={"store": "s1", "engine": 7})
    index = DiskSearchIndex.open(tmp_path)
    assert sorted(index.items(), key=lambda item: item.key) == sorted(odd, key=lambda i: i.key)
    assert index.search("quoted ÆRØ")[0].item == odd[0]
    assert index.search("bold x end")[0].item == odd[0]
    assert index.meta == {"store": "s1", "engine": 7}


# -- damage and interruption --------------------------------------------------------------


@pytest.fixture
def built(tmp_path) -> Path:
    build_index(tmp_path, make_items(40, seed=5))
    return tmp_path


def _damage(path: Path, at: int, data: bytes = b"\xff\xff\xff\xff") -> None:
    with open(path, "r+b") as file:
        file.seek(at)
        file.write(data)


def _section(folder: Path, name: str) -> tuple[int, int]:
    index = DiskSearchIndex.open(folder)
    offset, length, _ = index._sections[name]
    index.close()
    return offset, length


def test_an_absent_index_is_told_apart(tmp_path):
    with pytest.raises(IndexAbsent):
        DiskSearchIndex.open(tmp_path)


@pytest.mark.parametrize("size", [0, 10, 100, -1, -16, -1000])
def test_a_cut_short_file_is_detected(built, size):
    path = built / INDEX_FILE
    whole = path.stat().st_size
    os.truncate(path, size if size >= 0 else whole + size)
    with pytest.raises(IndexDamaged):
        DiskSearchIndex.open(built)


def test_a_file_of_another_format_version_is_stale(built):
    _damage(built / INDEX_FILE, 8, (99).to_bytes(4, "little"))
    with pytest.raises(IndexStale, match="format 99"):
        DiskSearchIndex.open(built)


def test_a_foreign_file_is_refused(built):
    (built / INDEX_FILE).write_bytes(b"not an index at all, just text" * 10)
    with pytest.raises(IndexDamaged, match="not a newsdesk search index"):
        DiskSearchIndex.open(built)


@pytest.mark.parametrize("where", ["table", "vocab", "poff", "aoff"])
def test_damage_to_what_open_reads_is_detected_at_open(built, where):
    at = 40 if where == "table" else _section(built, where)[0] + 2
    _damage(built / INDEX_FILE, at)
    with pytest.raises(IndexDamaged):
        DiskSearchIndex.open(built)


@pytest.mark.parametrize("where", ["post", "toks", "recs", "keys", "rank"])
def test_damage_to_the_bulk_is_found_by_verify(built, where):
    DiskSearchIndex.open(built).verify()  # whole, it passes
    offset, length = _section(built, where)
    _damage(built / INDEX_FILE, offset + length // 2 // 4 * 4)
    index = DiskSearchIndex.open(built)
    with pytest.raises(IndexDamaged, match=where):
        index.verify()


def test_a_failed_build_leaves_the_old_index_as_it_was(built):
    before = DiskSearchIndex.open(built)
    expected = hits_of(before, "tariff steel")
    before.close()

    def items_then_failure():
        yield from make_items(10, seed=9, prefix="new")
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError, match="went away"):
        build_index(built, items_then_failure())
    after = DiskSearchIndex.open(built)
    after.verify()
    assert hits_of(after, "tariff steel") == expected
    assert sorted(p.name for p in built.iterdir()) == [INDEX_FILE]  # no scratch left


def test_a_reader_keeps_its_index_while_a_new_one_replaces_it(built):
    reader = DiskSearchIndex.open(built)
    expected = hits_of(reader, "tariff")
    build_index(built, make_items(5, seed=11, prefix="z"))
    assert hits_of(reader, "tariff") == expected  # the old file, still mapped
    fresh = DiskSearchIndex.open(built)
    assert {item.article_id for item in fresh.items()} == {f"z{n}" for n in range(5)}


# -- the overlay ------------------------------------------------------------------------------


def _live_reference(layered: LayeredSearch) -> SearchIndex:
    """One in-memory index over the live items, numbered as the layered index numbers
    them (base first, in its order; then the overlay's)."""
    return SearchIndex(list(layered.live_items()))


def _changed_article(number: int, seed: int) -> list[SearchItem]:
    items = make_items(1, seed=seed, prefix=f"b{number}-")
    return [SearchItem(i.kind, i.label, i.detail, f"a{number}", i.start, i.end,
                       i.key.replace(f"b{number}-0", f"a{number}")) for i in items]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["add", "replace", "remove", "note",
                                                  "unnote", "discard"]),
                                st.integers(0, 60)), max_size=25))
def test_the_layered_index_answers_as_one_index_of_the_live_items(world, picks, steps):
    layered = LayeredSearch(DiskSearchIndex.open(world[1]))
    live: dict[str, SearchItem] = {item.key: item for item in rank_order(world[0])}
    for step, (action, number) in enumerate(steps):
        aid = f"a{number}"
        if action == "add":  # a new article
            added = make_items(1, seed=step, prefix=f"new{step}-")
            assert layered.add(added) == len(added)
            live.update((item.key, item) for item in added)
        elif action == "replace":  # re-analysed
            items = _changed_article(number, seed=step)
            layered.replace_article(aid, items)
            live = {k: v for k, v in live.items() if v.article_id != aid}
            live.update((item.key, item) for item in items)
        elif action == "remove":
            gone = [k for k, v in live.items() if v.article_id == aid]
            assert layered.remove_article(aid) == len(gone)
            for key in gone:
                del live[key]
        elif action == "note":
            note = SearchItem("note", f"ask about quokkaville steel {step}", "t", aid, 0, 3,
                              f"note/x{number}")
            assert layered.add([note]) == (note.key not in live)
            live.setdefault(note.key, note)
        else:  # a note or any item dropped by key
            key = f"note/x{number}" if action == "unnote" else f"a{number}/article"
            assert layered.discard(key) == (key in live)
            live.pop(key, None)
        assert layered.add([live[next(iter(live))]]) == 0 if live else True
    assert len(layered) == len(live)
    assert {item.key for item in layered.live_items()} == set(live)
    reference = _live_reference(layered)
    for query in [*QUERIES[:30], "quokkaville steel", "ask about"]:
        assert_same_hits(reference, layered, query, picks)


def test_a_note_edited_twice_and_an_article_re_added(world, picks):
    layered = LayeredSearch(DiskSearchIndex.open(world[1]))
    first = SearchItem("note", "first thought about lithium", "t", "a3", 0, 3, "note/n1")
    layered.add([first])
    assert layered.search("first thought")[0].item == first
    assert layered.discard("note/n1")
    second = SearchItem("note", "second thought about lithium", "t", "a3", 0, 3, "note/n1")
    layered.add([second])
    assert layered.search("first thought") == []
    assert layered.search("second thought")[0].item == second
    original = [item for item in rank_order(world[0]) if item.article_id == "a4"]
    assert layered.remove_article("a4") == len(original)
    assert layered.remove_article("a4") == 0
    assert layered.add(original) == len(original)  # back, now from the overlay
    assert "a4/article" in layered
    for query in ("lithium", "tariff steel", "bessent"):
        assert_same_hits(_live_reference(layered), layered, query, picks)


def test_folding_the_overlay_gives_a_base_with_the_same_hits(world, tmp_path, picks):
    layered = LayeredSearch(DiskSearchIndex.open(world[1]))
    layered.remove_article("a1")
    layered.replace_article("a2", _changed_article(2, seed=77))
    layered.add(make_items(3, seed=78, prefix="n"))
    assert fold(layered, tmp_path) == len(layered)
    folded = DiskSearchIndex.open(tmp_path)
    reference = SearchIndex(rank_order(list(layered.live_items())))
    for query in QUERIES[:25]:
        assert_same_hits(reference, folded, query, picks)


def test_searching_while_another_thread_changes_the_overlay(world):
    layered = LayeredSearch(DiskSearchIndex.open(world[1]))
    errors: list[BaseException] = []
    done = threading.Event()

    def search() -> None:
        try:
            while not done.is_set():
                for query in ("tariff", "bessnt", "quokk steel", "t"):
                    for hit in layered.search(query):
                        assert hit.item.key
        except BaseException as e:  # reported below
            errors.append(e)

    thread = threading.Thread(target=search)
    thread.start()
    try:
        for number in range(60):
            layered.replace_article(f"a{number}", _changed_article(number, seed=number))
            layered.add([SearchItem("note", f"note {number}", "t", f"a{number}", 0, 1,
                                    f"note/t{number}")])
            layered.discard(f"note/t{number - 1}")
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert len(layered) == len(list(layered.live_items()))


# -- the quick gathering --------------------------------------------------------------------


class _Unhurried(DiskSearchIndex):
    """The on-disk index gathering the general way, to check the quick way against."""

    def _gather(self, words, matches, limit):
        return search_module.Matcher._gather(self, words, matches, limit)


@pytest.fixture(scope="module")
def crowd(tmp_path_factory) -> Path:
    """Enough items that short words are common: the capped paths run."""
    folder = tmp_path_factory.mktemp("crowd")
    build_index(folder, make_items(2500, seed=2))
    return folder


@pytest.mark.parametrize("query", ["s", "st", "t", "steel s", "tariff t", "tariff tariffs",
                                   "steel", "s t", "anti d", "export b", "c", "chief e", "#f",
                                   "2025 1", "tariff", "tarif stee", "b ports", "p q r"])
def test_the_quick_gathering_picks_what_the_general_one_picks(crowd, picks, query):
    quick, general = DiskSearchIndex.open(crowd), _Unhurried.open(crowd)
    for limit in (5, 50, 300):
        assert hits_of(quick, query, limit) == hits_of(general, query, limit)


def test_the_crowd_takes_the_capped_paths(crowd, picks):
    general = _Unhurried.open(crowd)
    for query in ("s", "steel s", "tariff"):
        picks.clear()
        general.search(query)
        assert picks, query


class _UnhurriedLayered(LayeredSearch):
    """The layered index gathering the general way."""

    def _gather(self, words, matches, limit):
        return search_module.Matcher._gather(self, words, matches, limit)


@pytest.mark.parametrize("query", ["s", "steel s", "tariff t", "tariff", "c", "anti d",
                                   "quokk", "b ports", "revised", "t r"])
def test_the_layered_quick_gathering_picks_what_the_general_one_picks(crowd, picks, query):
    layers = []
    for kind in (LayeredSearch, _UnhurriedLayered):
        layered = kind(DiskSearchIndex.open(crowd))
        for number in range(0, 40, 3):
            items = _changed_article(number, seed=number)
            layered.replace_article(f"a{number}", [
                SearchItem(i.kind, i.label + " revised", i.detail, i.article_id, i.start,
                           i.end, i.key) for i in items])
        layered.remove_article("a100")
        layered.discard("a101/article")
        layered.add(make_items(5, seed=4, prefix="fresh"))
        layers.append(layered)
    for limit in (5, 50, 300):
        assert hits_of(layers[0], query, limit) == hits_of(layers[1], query, limit)


_WAYS_QUERIES = ["s", "st", "steel s", "tariff t", "tariff tariffs", "s t", "p q r",
                 "anti d", "export b", "chief e", "b ports", "tarif stee", "steel tariff s",
                 "sanctions b", "quokk s", "#f t", "2025 1", "bessent t"]


def _lower_cap(monkeypatch, cap: int) -> None:
    """Words above `cap` (item, word) pairs count as common (the crowd has none above
    the usual 20,000)."""
    monkeypatch.setattr(search_module, "_GATHER_CAP", cap)
    monkeypatch.setattr(disk_module, "_GATHER_CAP", cap)


@pytest.fixture
def spied(monkeypatch) -> list[tuple[int, ...]]:
    """Records, per item-by-item reading (`_read_items`), how many runs of word numbers
    each common word it checks matches."""
    seen: list[tuple[int, ...]] = []
    original = DiskSearchIndex._read_items

    def read_items(self, ids, common, want):
        seen.append(tuple(len(self._runs_of(match.any)) for match in common))
        return original(self, ids, common, want)

    monkeypatch.setattr(DiskSearchIndex, "_read_items", read_items)
    return seen


@pytest.mark.parametrize("read_cost", [0, disk_module._READ, 10**9])
@pytest.mark.parametrize("probe_cost", [0, disk_module._PROBE, 10**9])
def test_every_way_of_narrowing_picks_what_the_general_one_picks(crowd, picks, spied,
                                                                monkeypatch, read_cost,
                                                                probe_cost):
    """Items read one by one or common words' postings (`_plan`), the strong items by
    postings or by binary searches (`_strong`): the same hits whichever way is taken."""
    _lower_cap(monkeypatch, 2_000)  # short words are common in the crowd
    monkeypatch.setattr(disk_module, "_READ", read_cost)
    monkeypatch.setattr(disk_module, "_PROBE", probe_cost)
    quick, general = DiskSearchIndex.open(crowd), _Unhurried.open(crowd)
    for query in _WAYS_QUERIES:
        for limit in (5, 50, 300):
            assert hits_of(quick, query, limit) == hits_of(general, query, limit), query
    assert bool(spied) == (read_cost != 10**9)  # postings always cheaper: never read


def test_long_common_words_with_slips_are_checked_item_by_item(crowd, picks, spied,
                                                               monkeypatch):
    """With a low cap every word is common, slips included (several runs of words)."""
    _lower_cap(monkeypatch, 300)
    monkeypatch.setattr(disk_module, "_READ", 0)
    quick, general = DiskSearchIndex.open(crowd), _Unhurried.open(crowd)
    for query in ["tarif stee", "steel tarriff", "sanctons export", "comission probe",
                  "quokkavile steel", "steel tariff ports", "semicondcutor chips s",
                  "steel port", "tariff prot", "chief exte", "ports stra s"]:
        for limit in (5, 50, 300):
            assert hits_of(quick, query, limit) == hits_of(general, query, limit), query
    assert any(runs > 1 for call in spied for runs in call)
    assert any(runs == 1 for call in spied for runs in call)


def test_a_short_last_word_is_checked_on_the_few_items_of_the_others(crowd, picks,
                                                                     spied, monkeypatch):
    _lower_cap(monkeypatch, 2_000)
    quick, general = DiskSearchIndex.open(crowd), _Unhurried.open(crowd)
    for query in ("10 s", "13 s", "17 t"):  # 250 items each: reading them pays
        spied.clear()
        assert hits_of(quick, query) == hits_of(general, query)
        assert spied == [(1,)], query  # one prefix: one run of words


def test_read_items_stops_once_the_pick_is_settled(crowd):
    index = DiskSearchIndex.open(crowd)
    match = index._match_word("s")
    ids = list(range(len(index)))
    holding = [i for i in ids if not match.any.isdisjoint(index._token_lookup()(i))]
    assert len(holding) > 2 * (search_module._SCORE_CAP + 1)
    kept, complete = index._read_items(ids, [match], 200)
    assert not complete and kept == holding[:search_module._SCORE_CAP + 1]
    kept, complete = index._read_items(ids[:500], [match], 200)
    assert complete and kept == [i for i in holding if i < 500]
    kept, complete = index._read_items(ids, [match], 1500)  # more than can be scored
    assert not complete and kept == holding[:1500]


def test_the_plan_narrows_by_postings_only_where_reading_costs_more(crowd):
    index = DiskSearchIndex.open(crowd)
    common = sorted((index._match_word(w) for w in ("s", "t", "p")), key=lambda m: m.volume)
    assert index._plan(10, common, 801) == 0  # ten items: read them
    assert index._plan(len(index), common, 801) in range(len(common) + 1)
    rare = _WordMatchLike(volume=5)
    assert index._plan(len(index), [rare], 801) == 1  # five postings: read those


def _WordMatchLike(volume: int):
    return search_module._WordMatch(-1, frozenset(), frozenset(), volume)


@pytest.mark.parametrize("sampled", ["read all", "none"])
def test_a_sample_that_says_read_gives_the_same_hits(crowd, picks, spied, monkeypatch,
                                                    sampled):
    """`_scan` reads the items rather than narrow by postings when a sample of them says
    few reads will do; either way, the same hits."""
    _lower_cap(monkeypatch, 2_000)
    asked: list[int] = []

    def sampled_reads(self, ids, common, need):
        asked.append(len(ids))
        return 0 if sampled == "none" else len(ids)

    monkeypatch.setattr(DiskSearchIndex, "_sampled_reads", sampled_reads)
    quick, general = DiskSearchIndex.open(crowd), _Unhurried.open(crowd)
    for query in ("steel s", "tariff t", "steel s t", "tarif stee b"):
        for limit in (5, 50, 300):
            assert hits_of(quick, query, limit) == hits_of(general, query, limit), query
    assert asked
    if sampled == "none":
        assert spied


def test_the_sample_estimates_the_reads_to_keep_what_is_needed(crowd):
    index = DiskSearchIndex.open(crowd)
    match = index._match_word("s")
    ids = list(range(len(index)))
    holding = [i for i in ids if not match.any.isdisjoint(index._token_lookup()(i))]
    reads = index._sampled_reads(ids, [match], 801)
    assert 801 <= reads < 3 * (holding[800] + 1)  # holding[800] + 1 reads keep 801
    rare = index._match_word("quokkaville")
    assert index._sampled_reads(ids, [rare], 10**6) == len(ids)  # never enough: all


def test_recent_items_are_dropped_oldest_first(crowd, monkeypatch, picks):
    monkeypatch.setattr(disk_module, "_RECENT", 7)
    monkeypatch.setattr(disk_module, "_RECENT_ITEMS", 5)
    small, usual = DiskSearchIndex.open(crowd), _Unhurried.open(crowd)
    for query in ("steel", "tariff t", "s", "bessent"):
        assert hits_of(small, query) == hits_of(usual, query)
        assert len(small._recent_tokens) <= 7 and len(small._recent_items) <= 5
    newest = list(small._recent_items)
    small._item_of(newest[0])  # a hit: kept where it was
    assert list(small._recent_items) == newest


def test_a_build_leaves_another_builds_recent_scratch_folder_alone(tmp_path):
    """Two processes may build at once; only a scratch folder older than a build could
    take (a killed build's) is removed."""
    import time

    from newsdesk.analysis.searchdisk import build as build_module

    folder = tmp_path / "index"
    folder.mkdir()
    busy, dead = folder / ".build-busy", folder / ".build-dead"
    busy.mkdir()
    dead.mkdir()
    (dead / "spool").write_bytes(b"x")
    old = time.time() - build_module.STALE_BUILD_SECONDS - 60
    os.utime(dead, (old, old))
    build_index(folder, [SearchItem("article", "Steel tariffs rise", "", "a1", -1, -1,
                                    "a1/article")])
    assert busy.is_dir() and not dead.exists()
    assert DiskSearchIndex.open(folder).search("steel")


def _two_crowds() -> list[SearchItem]:
    """Thousands of short items with one word or the other, and three long ones, ranked
    last, holding both."""
    items = [SearchItem("sentence", f"euro {n}", "t", f"e{n}", 0, 4, f"e{n}/s")
             for n in range(4_000)]
    items += [SearchItem("sentence", f"dollar {n}", "t", f"d{n}", 0, 6, f"d{n}/s")
              for n in range(4_000)]
    items += [SearchItem("sentence", f"the euro fell against the dollar on day {n} of trading",
                         "t", f"b{n}", 0, 9, f"b{n}/s") for n in range(3)]
    return items


@pytest.mark.parametrize("query", ["euro doll", "euro dollar", "dollar eur"])
def test_common_words_together_are_found_past_the_first_items_of_each(tmp_path, monkeypatch,
                                                                        query):
    _lower_cap(monkeypatch, 1_000)  # both words common: gathered by their first items
    items = _two_crowds()
    build_index(tmp_path, items)
    disk_index = DiskSearchIndex.open(tmp_path)
    try:
        for index in (SearchIndex(rank_order(items)), disk_index):
            keys = {hit.item.key for hit in index.search(query)}
            assert keys == {"b0/s", "b1/s", "b2/s"}, type(index).__name__
    finally:
        disk_index.close()
