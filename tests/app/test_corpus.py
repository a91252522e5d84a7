"""The workstation's corpus scan (app/corpus.py): counts, deadlines and actors come from
the facts cache, equal to what each article's view gives, and no article is read twice."""

from __future__ import annotations

import pytest
from story import MUSEUM, STORY
from support import open_store

from newsdesk.analysis.search import SearchIndex
from newsdesk.app.corpus import entry_of, entry_of_facts, scan_corpus
from newsdesk.app.facts import corpus_facts
from newsdesk.app.views import load_view
from newsdesk.store.notes import new_correction

NOW = "2025-09-14T09:00:00Z"


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [a.article() for a in (*STORY, MUSEUM)])
    # One article's findings corrected: the entries show the corrected findings.
    s.add_correction(new_correction(
        STORY[1].id, "reject", {"kind": "measure", "type": "tariff",
                                "text": STORY[1].article().findings.measures[0].text}, {}, NOW))
    yield s
    s.close()


def test_entries_from_the_facts_equal_those_from_each_view(store):
    shared: dict = {}
    for _cold_then_warm in range(2):
        facts = corpus_facts(store, actors=True)
        assert len(facts) == 5
        for f in facts:
            assert entry_of_facts(f, shared) == entry_of(load_view(store, f.id)), f.id
    assert any(entry_of(load_view(store, s.id)).deadlines for s in STORY)


def test_a_cold_scan_reads_each_article_once_and_a_warm_one_none_for_the_entries(
        store, monkeypatch):
    reads: list[str] = []
    real_get, real_iter = store.get_article, store.iter_articles
    monkeypatch.setattr(store, "get_article", lambda i: reads.append(i) or real_get(i))
    monkeypatch.setattr(store, "iter_articles",
                        lambda: (reads.append(a.id) or a for a in real_iter()))
    cold_index = SearchIndex()
    cold = scan_corpus(cold_index, store)
    assert sorted(reads) == sorted(a.id for a in (*STORY, MUSEUM))  # once each
    reads.clear()
    warm_index = SearchIndex()
    warm = scan_corpus(warm_index, store)
    assert warm[1:] == cold[1:]
    # The facts come from the cache; only the search index reads the articles (once).
    assert sorted(reads) == sorted(a.id for a in (*STORY, MUSEUM))
    assert len(warm_index) == len(cold_index) > 5
    assert [h.item.key for h in warm_index.search("freedonia")] == \
        [h.item.key for h in cold_index.search("freedonia")]


def test_articles_of_an_older_engine_are_found_from_the_facts(tmp_path):
    from dataclasses import replace

    older = replace(STORY[0].article(), findings_version="0-older")
    with open_store(tmp_path / "s", [older, STORY[1].article()]) as s:
        assert scan_corpus(SearchIndex(), s)[2] == [older.id]
        assert scan_corpus(SearchIndex(), s)[2] == [older.id]  # warm: from the cache


# -- a large store's index on disk (app/searchcache.py) ------------------------------------


@pytest.fixture
def on_disk(monkeypatch):
    """Every store counts as large: its jump index is kept on disk."""
    from newsdesk.app import searchcache

    monkeypatch.setattr(searchcache, "DISK_FROM", 0)
    return searchcache


QUERIES = ["freedonia", "steel tarif", "ruritnia", "minister", "museum", "15 april", "zzzz"]


def hits(index, query, limit=20):
    return [(h.item.key, h.score) for h in index.search(query, limit=limit)]


def test_a_large_stores_index_is_built_on_disk_and_answers_as_in_memory(store, on_disk):
    from newsdesk.analysis.searchdisk import LayeredSearch

    in_memory = scan_corpus(SearchIndex(), store.__class__.open(store.path, readonly=True))[0]
    seen: list[tuple[int, int]] = []
    index, entries, stale = scan_corpus(SearchIndex(), store, lambda d, t: seen.append((d, t)))
    assert isinstance(index, LayeredSearch)
    assert (on_disk.search_folder(store) / "index.ndx").exists() or \
        any(on_disk.search_folder(store).iterdir())
    assert seen and seen[-1] == (5, 5)
    assert len(index) == len(in_memory)
    for query in QUERIES:
        assert hits(index, query) == hits(in_memory, query), query


def test_a_warm_start_reads_no_article_and_builds_nothing(store, on_disk, monkeypatch):
    scan_corpus(SearchIndex(), store)  # builds the facts cache and the index
    reads: list[str] = []
    real_get = store.get_article
    monkeypatch.setattr(store, "get_article", lambda i: reads.append(i) or real_get(i))
    monkeypatch.setattr(store, "iter_articles", lambda: pytest.fail("read every article"))
    monkeypatch.setattr(on_disk, "build", lambda *a, **k: pytest.fail("built again"))
    index = scan_corpus(SearchIndex(), store)[0]
    assert reads == []
    assert [k for k, _ in hits(index, "museum")]


def test_what_changed_since_the_index_was_built_is_read_and_laid_over_it(
        store, on_disk, monkeypatch):
    from dataclasses import replace

    from newsdesk.store.notes import new_annotation

    kept = store.get_article(STORY[3].id)
    store.add_annotation(new_annotation(kept, 0, 20, "compare with the orchard levy", ["x"],
                                        [], NOW))
    scan_corpus(SearchIndex(), store)
    # Its article's items change (a correction), its note's item does not.
    store.add_correction(new_correction(
        STORY[3].id, "reject", {"kind": "measure", "type": "tariff",
                                "text": kept.findings.measures[0].text}, {}, NOW))
    changed = replace(store.get_article(STORY[2].id), title="Ruritania eases the widget levy")
    store.update_article(changed)
    store.remove_article(MUSEUM.id)
    article = store.get_article(STORY[0].id)
    store.add_annotation(new_annotation(article, 0, 20, "ask the quartermaster", ["x"], [],
                                        NOW))
    reads: list[str] = []
    real_get = store.get_article
    monkeypatch.setattr(store, "get_article", lambda i: reads.append(i) or real_get(i))
    monkeypatch.setattr(on_disk, "build", lambda *a, **k: pytest.fail("built again"))
    index = scan_corpus(SearchIndex(), store)[0]
    assert sorted(reads) == sorted([STORY[2].id, STORY[3].id])  # once each: facts, items
    assert any(k.startswith(STORY[2].id) or STORY[2].id in k
               for k, _ in hits(index, "widget levy"))
    assert not [k for k, _ in hits(index, "museum") if MUSEUM.id in k]
    assert [k for k, _ in hits(index, "quartermaster") if k.startswith("note/")]
    # The note on the changed article, unchanged itself, is still found.
    assert [k for k, _ in hits(index, "orchard levy") if k.startswith("note/")]
    fresh = scan_corpus(SearchIndex(), store.__class__.open(store.path, readonly=True))[0]
    for query in [*QUERIES, "widget levy", "quartermaster", "orchard levy"]:
        # The same hits and scores; among equal ones, an article laid over the file is
        # listed after the file's, where a fresh index lists it in the store's order.
        assert sorted(hits(index, query, 500)) == sorted(hits(fresh, query, 500)), query


def test_a_damaged_index_file_is_built_again(store, on_disk):
    scan_corpus(SearchIndex(), store)
    for path in on_disk.search_folder(store).iterdir():
        if path.is_file():
            data = bytearray(path.read_bytes())
            data[len(data) // 2] ^= 0xFF
            path.write_bytes(bytes(data[: len(data) - 7]))
    index = scan_corpus(SearchIndex(), store)[0]
    assert [k for k, _ in hits(index, "museum")]


def test_a_read_only_store_keeps_its_index_in_memory(store, on_disk):
    reader = store.__class__.open(store.path, readonly=True)
    index = scan_corpus(SearchIndex(), reader)[0]
    assert isinstance(index, SearchIndex)
    assert not on_disk.search_folder(store).exists()
