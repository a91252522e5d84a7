"""The actor names kept as a cache beside the store (app/derived.py): used while each
article's fingerprint matches, read from the article where not, never the cause of a
different finding."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.app import derived
from newsdesk.app.engine import actor_linker, analyze_article
from newsdesk.store.db import Store
from newsdesk.store.folder import CACHE_FOLDER
from newsdesk.store.records import Article

TEXTS = [
    ("Ottawa steel curbs", "Canadian Prime Minister Mark Carney said on Monday that Canada "
     "would impose a 25% surtax on Chinese steel."),
    ("Madrid reacts", "Spanish Prime Minister Pedro Sanchez criticised the tariffs on Tuesday."),
    ("Brussels answers", "The European Commission said it would open an investigation."),
]


def _article(n: int, title: str, text: str) -> Article:
    return Article(id=f"{n:012x}", title=title, text=text, published="2025-09-01",
                   imported_at="2025-09-14T09:00:00+00:00")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with Store.open(path) as store:
        for n, (title, text) in enumerate(TEXTS, 1):
            store.add_article(analyze_article(_article(n, title, text), actor_linker(store)))
    return path


def cache_file(path: Path) -> Path:
    return path / CACHE_FOLDER / derived.CACHE_FILE


def names_from_articles(store: Store) -> dict:
    return {a.id: [(x.name, x.kind, x.affiliation) for x in a.findings.actors]
            for a in store.iter_articles()}


def test_the_cache_holds_what_the_articles_hold_and_spares_reading_them(store_path,
                                                                        monkeypatch):
    with Store.open(store_path) as store:
        first = derived.actor_names(store)
        assert first == names_from_articles(store)
        assert ("Mark Carney", "person", "Canada") in first[f"{1:012x}"]
    assert cache_file(store_path).exists()
    with Store.open(store_path) as store:
        monkeypatch.setattr(Store, "get_article", lambda *a: pytest.fail("read an article"))
        assert derived.actor_names(store) == first


def test_a_changed_or_removed_article_is_read_again_not_taken_from_the_cache(store_path):
    with Store.open(store_path) as store:
        derived.actor_names(store)
        changed = replace(store.get_article(f"{3:012x}"), title="Brussels answers again",
                          text="Ursula von der Leyen said the Commission would act.")
        store.update_article(analyze_article(changed))
        store.remove_article(f"{2:012x}")
        names = derived.actor_names(store)
        assert names == names_from_articles(store)
        assert list(names) == [f"{1:012x}", f"{3:012x}"]
    entries = json.loads(cache_file(store_path).read_text())["articles"]
    assert list(entries) == [f"{1:012x}", f"{3:012x}"]


@pytest.mark.parametrize("damage", [b"{nope", b'{"format": "other"}', b"[]",
                                    b'{"format": "newsdesk-actor-names", "version": 1,'
                                    b' "articles": {"000000000001": [1, [["x"]]]}}'])
def test_a_damaged_cache_is_ignored_and_written_afresh(store_path, damage):
    with Store.open(store_path) as store:
        derived.actor_names(store)
    cache_file(store_path).write_bytes(damage)
    with Store.open(store_path) as store:
        assert derived.actor_names(store) == names_from_articles(store)
    assert json.loads(cache_file(store_path).read_text())["format"] == derived.CACHE_FORMAT


def test_a_stale_entry_with_a_false_fingerprint_is_never_used(store_path):
    # An entry whose fingerprint does not match the stored article (another version of it)
    # is read from the article, whatever names the entry holds.
    with Store.open(store_path) as store:
        derived.actor_names(store)
    data = json.loads(cache_file(store_path).read_text())
    entry = data["articles"][f"{1:012x}"]
    data["articles"][f"{1:012x}"] = [entry[0] + 1, [["Someone Else", "person", None]]]
    cache_file(store_path).write_text(json.dumps(data))
    with Store.open(store_path) as store:
        assert derived.actor_names(store) == names_from_articles(store)


def test_a_read_only_store_uses_the_cache_but_never_writes_it(store_path):
    cache_file(store_path).unlink()  # written by the imports that made the store
    with Store.open(store_path, readonly=True) as store:
        assert derived.actor_names(store) == names_from_articles(store)
    assert not cache_file(store_path).exists()


def test_linking_through_the_cache_gives_the_same_findings(store_path):
    later = _article(9, "Sanchez meets Carney",
                     "Prime Minister Pedro Sánchez met Carney in Madrid on Friday.")
    with Store.open(store_path) as store:
        cold = analyze_article(later, actor_linker(store)).findings  # writes the cache
        warm = analyze_article(later, actor_linker(store)).findings  # reads it
    assert cold.to_store() == warm.to_store()
    assert {"Pedro Sanchez", "Mark Carney"} <= {a.name for a in warm.actors}


def scratch_index(store: Store):
    from newsdesk.analysis.linking import ActorIndex

    index = ActorIndex()
    for article in store.iter_articles():
        for actor in article.findings.actors:
            index.add(actor.name, actor.kind, actor.affiliation)
    return index.snapshot()


def linker_file(path: Path) -> Path:
    return path / CACHE_FOLDER / derived.LINKER_FILE


def test_the_cached_linking_index_is_the_one_a_build_from_scratch_gives(store_path,
                                                                        monkeypatch):
    with Store.open(store_path) as store:
        assert derived.actor_index(store).snapshot() == scratch_index(store)
    assert json.loads(linker_file(store_path).read_text())["count"] == len(TEXTS)
    later = _article(9, "Sanchez meets Carney",
                     "Prime Minister Pedro Sánchez met Carney in Madrid on Friday.")
    with Store.open(store_path) as store:
        store.add_article(analyze_article(later, actor_linker(store)))
        reads: list[str] = []
        real_get = Store.get_article
        monkeypatch.setattr(Store, "get_article",
                            lambda self, i: reads.append(i) or real_get(self, i))
        index = derived.actor_index(store)
        assert reads == [later.id]  # restored, then only the new article read
        monkeypatch.undo()
        assert index.snapshot() == scratch_index(store)
    assert json.loads(linker_file(store_path).read_text())["count"] == len(TEXTS) + 1


@pytest.mark.parametrize("change", ["update", "remove", "damage"])
def test_the_linking_index_is_built_again_when_its_articles_changed(store_path, change):
    with Store.open(store_path) as store:
        derived.actor_index(store)
        if change == "update":
            edited = replace(store.get_article(f"{1:012x}"),
                             text="Prime Minister Mark Carney of Canada spoke on Monday.")
            store.update_article(analyze_article(edited))
        elif change == "remove":
            store.remove_article(f"{1:012x}")
        else:
            data = json.loads(linker_file(store_path).read_text())
            data["state"]["exact"] = [["person", "x", [99]]]  # points past the entries
            linker_file(store_path).write_text(json.dumps(data))
        assert derived.actor_index(store).snapshot() == scratch_index(store)
