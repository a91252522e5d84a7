"""The actor names kept as a cache beside the store (app/derived.py): used while each
article's fingerprint matches, read from the article where not, never the cause of a
different finding."""

from __future__ import annotations

import json
import subprocess
import time
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from support import seal

from newsdesk.analysis.model import Findings
from newsdesk.app import derived, parallel
from newsdesk.app.engine import actor_linker, analyze_article
from newsdesk.store.db import Store
from newsdesk.store.errors import StoreCorrupt
from newsdesk.store.folder import ARTICLES_FILE, CACHE_FOLDER
from newsdesk.store.records import Article, Correction
from newsdesk.store.shapes import shape_problem

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


def cached_entries(path: Path) -> dict:
    """The cache file's entries as {id: [fingerprint, [[name, kind, affiliation], ...]]}."""
    data = json.loads(cache_file(path).read_text())
    assert data["format"] == derived.CACHE_FORMAT and data["version"] == derived.CACHE_VERSION
    entries, start = {}, 0
    for article_id, fingerprint, count in zip(data["ids"], data["fingerprints"],
                                              data["counts"], strict=True):
        numbers = data["numbers"][start:start + count]
        entries[article_id] = [fingerprint, [data["names"][n] for n in numbers]]
        start += count
    assert start == len(data["numbers"])
    return entries


def write_entries(path: Path, entries: dict) -> None:
    """A cache file of these entries, written out in full (version 1, which is read)."""
    cache_file(path).write_text(json.dumps({"format": derived.CACHE_FORMAT, "version": 1,
                                            "articles": entries}))


def names_from_articles(store: Store) -> dict:
    return {a.id: [(x.name, x.kind, x.affiliation)
                   for x in (a.findings.actors if a.findings else ())]
            for a in store.iter_articles()}


def forbid_reads(monkeypatch) -> None:
    """Fail on any read of an article, whole or as its stored JSON."""
    for method in ("get_article", "article_json", "articles_json"):
        monkeypatch.setattr(Store, method, lambda *a: pytest.fail("read an article"))


def spy_reads(monkeypatch) -> list[str]:
    """The ids of the articles read from now on (as their stored JSON or whole), in order,
    each once per read."""
    reads: list[str] = []
    real_json, real_get, real_many = Store.article_json, Store.get_article, Store.articles_json

    def article_json(self, article_id):
        reads.append(article_id)
        return real_json(self, article_id)

    def articles_json(self, article_ids):
        for article_id, raw in real_many(self, article_ids):
            reads.append(article_id)
            yield article_id, raw

    def get_article(self, article_id):
        if not reads or reads[-1] != article_id:  # not the fallback of the read above
            reads.append(article_id)
        return real_get(self, article_id)

    monkeypatch.setattr(Store, "article_json", article_json)
    monkeypatch.setattr(Store, "articles_json", articles_json)
    monkeypatch.setattr(Store, "get_article", get_article)
    return reads


def test_the_cache_holds_what_the_articles_hold_and_spares_reading_them(store_path,
                                                                        monkeypatch):
    with Store.open(store_path) as store:
        first = derived.actor_names(store)
        assert first == names_from_articles(store)
        assert ("Mark Carney", "person", "Canada") in first[f"{1:012x}"]
    assert cache_file(store_path).exists()
    with Store.open(store_path) as store:
        forbid_reads(monkeypatch)
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
    entries = cached_entries(store_path)
    assert list(entries) == [f"{1:012x}", f"{3:012x}"]
    assert entries[f"{3:012x}"][1] == [list(n) for n in names[f"{3:012x}"]]


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


def _set(field, value):
    return lambda data: data.__setitem__(field, value)


def _first(field, value):
    return lambda data: data[field].__setitem__(0, value)


@pytest.mark.parametrize("damage", [
    lambda data: data.__setitem__("numbers", [n + 1000 for n in data["numbers"]]),
    _first("numbers", -1), _first("numbers", 0.5), _first("numbers", "0"),
    _first("numbers", None), lambda data: data["counts"].__setitem__(0, 99),
    lambda data: data["counts"].pop(), _first("counts", -1), _first("fingerprints", "x"),
    _first("names", ["x"]), _first("names", ["x", "person", 3]), _set("names", {}),
    _first("ids", 7), lambda data: data.pop("numbers"), _set("version", 99)])
def test_a_damaged_cache_of_this_version_is_ignored_and_written_afresh(store_path, damage,
                                                                       monkeypatch):
    with Store.open(store_path) as store:
        derived.actor_names(store)
    data = json.loads(cache_file(store_path).read_text())
    damage(data)
    cache_file(store_path).write_text(json.dumps(data))
    with Store.open(store_path) as store:
        reads = spy_reads(monkeypatch)
        assert derived.actor_names(store) == names_from_articles(store)
        assert reads  # not taken from the file
    with Store.open(store_path) as store:
        assert {i: [list(n) for n in names] for i, names in
                names_from_articles(store).items()} == {
            i: e[1] for i, e in cached_entries(store_path).items()}


def test_a_cache_of_version_1_is_used_and_written_again_as_version_2(store_path,
                                                                    monkeypatch):
    with Store.open(store_path) as store:
        derived.actor_names(store)
        expected = names_from_articles(store)
    write_entries(store_path, cached_entries(store_path))  # as version 1 wrote it
    assert json.loads(cache_file(store_path).read_text())["version"] == 1
    with Store.open(store_path) as store:
        forbid_reads(monkeypatch)
        assert derived.actor_names(store) == expected
    assert {i: e[1] for i, e in cached_entries(store_path).items()} == {
        i: [list(n) for n in names] for i, names in expected.items()}


@pytest.mark.parametrize("bad", ["Mark Carney", ["Mark Carney", ["person"], None],
                                 ["Mark Carney", "person", 1], ["Mark Carney", "person"],
                                 ["Mark Carney", {"kind": "person"}, None], "abc"])
def test_a_damaged_entry_of_version_1_is_read_from_its_article(store_path, bad, monkeypatch):
    # An entry with a name that is not [name, kind, affiliation], even after names that
    # are (the file's names are checked once each), is not used.
    with Store.open(store_path) as store:
        derived.actor_names(store)
    entries = cached_entries(store_path)
    entries[f"{2:012x}"][1] = [*entries[f"{1:012x}"][1], bad]
    entries[f"{1:012x}"][1].append(["a", "b", "c"])
    write_entries(store_path, entries)
    with Store.open(store_path) as store:
        reads = spy_reads(monkeypatch)
        names = derived.actor_names(store)
        assert reads == [f"{2:012x}"]
        assert names[f"{2:012x}"] == names_from_articles(store)[f"{2:012x}"]
        assert names[f"{1:012x}"][-1] == ("a", "b", "c")  # well formed: used (a stale
        # fingerprint is what tells an entry is no longer the article's)


def test_a_stale_entry_with_a_false_fingerprint_is_never_used(store_path):
    # An entry whose fingerprint does not match the stored article (another version of it)
    # is read from the article, whatever names the entry holds.
    with Store.open(store_path) as store:
        derived.actor_names(store)
    entries = cached_entries(store_path)
    fingerprint = entries[f"{1:012x}"][0]
    entries[f"{1:012x}"] = [fingerprint + 1, [["Someone Else", "person", None]]]
    write_entries(store_path, entries)
    with Store.open(store_path) as store:
        assert derived.actor_names(store) == names_from_articles(store)
    assert cached_entries(store_path)[f"{1:012x}"][0] == fingerprint


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


PEOPLE = ["Pedro Sanchez", "Mark Carney", "Ursula von der Leyen", "Xi Jinping", "Keir Starmer",
          "Hunter Biden", "Jill Biden"]
PLACES = ["Canada", "Spain", "China", "the United Kingdom", "the United States", "Japan"]


def _story(n: int) -> tuple[str, str]:
    a, b = PEOPLE[n % 7], PEOPLE[(n * 3 + 1) % 7]
    c, d = PLACES[n % 6], PLACES[(n + 2) % 6]
    surname = b.split()[-1]
    return (f"Note {n}", f"{a} said on Monday that {c} would impose a {5 + n}% tariff on"
            f" steel from {d}. {b} of {d} answered on Tuesday; {surname} called the"
            " European Commission and the IMF for help.")


def _story_files(folder: Path, numbers) -> Path:
    """A folder of text files to import, one story each."""
    folder.mkdir()
    for n in numbers:
        title, text = _story(n)
        (folder / f"{n}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return folder


def _grow(store: Store, numbers) -> None:
    for n in numbers:
        store.add_article(analyze_article(_article(n, *_story(n)), actor_linker(store)))


def test_the_linking_index_after_changes_removals_and_additions_is_a_fresh_build(
        tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as store:
        _grow(store, range(10, 40))
        derived.actor_index(store)  # both files of the cache up to date
        ids = [a.id for a in store.list_articles()]
        for n, article_id in enumerate(ids[1:6]):  # early articles changed
            title, text = _story(100 + n)
            store.update_article(analyze_article(
                replace(store.get_article(article_id), title=title, text=text)))
        for article_id in ids[7:12]:
            store.remove_article(article_id)
        _grow(store, range(50, 54))
        later = _article(99, *_story(99))
        linked = analyze_article(later, actor_linker(store)).findings
        assert derived.actor_index(store).snapshot() == scratch_index(store)
        from newsdesk.analysis.linking import ActorIndex

        fresh = ActorIndex.from_snapshot(scratch_index(store))
        assert linked == analyze_article(later, fresh).findings
        expected = names_from_articles(store)
    # The articles added since the last build are read on top of the restored index, not
    # put in the names file: each entry the file has is the article's.
    entries = cached_entries(path)
    assert set(entries) <= set(expected) and len(entries) >= len(expected) - 4
    assert all(e[1] == [list(n) for n in expected[i]] for i, e in entries.items())


def test_names_no_article_uses_any_more_leave_the_cache_file(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as store:
        _grow(store, range(10, 40))
        derived.actor_names(store)
        ids = [a.id for a in store.list_articles()]
        in_use = {tuple(n) for n in json.loads(cache_file(path).read_text())["names"]}
        for article_id in ids[:-2]:
            store.remove_article(article_id)
        kept = {n for names in names_from_articles(store).values() for n in names}
        assert len(kept) < len(in_use) * 3 // 4
        derived.actor_names(store)
    names = json.loads(cache_file(path).read_text())["names"]
    assert {tuple(n) for n in names} == kept and len(names) == len(kept)
    assert {i: e[1] for i, e in cached_entries(path).items()} == {
        i: [list(n) for n in v] for i, v in names_from_articles(Store.open(path)).items()}


@pytest.mark.parametrize("change", [None, "update", "remove"])
def test_an_import_links_as_it_would_with_no_cache_at_all(tmp_path, change):
    import shutil

    from newsdesk.app.importing import import_into

    files = _story_files(tmp_path / "files", range(60, 72))
    base = tmp_path / "base"
    with Store.open(base) as store:
        _grow(store, range(10, 30))
        derived.actor_index(store)
        first = store.list_articles()[1].id
        if change == "update":
            store.update_article(analyze_article(
                replace(store.get_article(first), text=_story(200)[1])))
        elif change == "remove":
            store.remove_article(first)
    found = {}
    for cache in (True, False):
        path = tmp_path / f"cache-{cache}"
        shutil.copytree(base, path)
        if not cache:
            shutil.rmtree(path / CACHE_FOLDER)
        with Store.open(path) as store:
            report = import_into(store, [files])
            found[cache] = [store.get_article(i).findings for i in report.added]
    assert len(found[True]) == 12 and found[True] == found[False]


# -- the names kept current by the app's commits (the log beside the file) ---------------


def log_file(path: Path) -> Path:
    return path / CACHE_FOLDER / derived.LOG_FILE


def test_the_apps_commits_keep_the_names_so_no_article_is_read_again(tmp_path,
                                                                      monkeypatch):
    # An import, a changed date, a re-analysis of every article (as after an engine
    # upgrade), a refetched text: afterwards the names and the linking index come from
    # the cache alone, and are what the articles hold.
    from newsdesk.app.engine import reanalyze, set_published
    from newsdesk.app.importing import import_into, update_article

    files = _story_files(tmp_path / "files", range(60, 66))
    path = tmp_path / "store"
    with Store.open(path) as store:
        _grow(store, range(10, 20))
        derived.actor_index(store)  # both files written
        import_into(store, [files])
        ids = [a.id for a in store.list_articles()]
        set_published(store, ids[1], "2024-02-03")
        assert reanalyze(store, ids[2:8], batch_size=4) == 6
        title, text = _story(300)
        update_article(store, ids[3], _article(999, title, text))
        assert log_file(path).exists()
        expected = names_from_articles(store)
        fresh = derived.ActorIndex()
        for names in expected.values():
            for name in names:
                fresh.add(*name)
        (path / CACHE_FOLDER / derived.LINKER_FILE).unlink()
    with Store.open(path) as store:
        forbid_reads(monkeypatch)
        assert derived.actor_names(store) == expected
        assert derived.actor_index(store).snapshot() == fresh.snapshot()


def test_an_entry_of_the_log_is_used_only_while_its_article_is_as_it_was(store_path):
    # A commit the log never heard of (made here without the app) leaves its entry stale:
    # the article is read again, and the names are the article's.
    with Store.open(store_path) as store:
        derived.actor_names(store)
        second = f"{2:012x}"
        derived.keep_names(store, [second])
        changed = replace(store.get_article(second), text="Olaf Scholz said Berlin would act.")
        store.update_article(analyze_article(changed))
        assert derived.actor_names(store) == names_from_articles(store)
        assert "Olaf Scholz" in {n for n, _, _ in derived.actor_names(store)[second]}


@pytest.mark.parametrize("junk", [b"{nope\n", b"[1, 2, 3]\n", b'["x", "y", []]\n',
                                  b'["000000000001", 5, [["a", "b"]]]\n', b"\n",
                                  b'["000000000001", 5, [["a", "b", '])
def test_a_damaged_or_torn_line_of_the_log_is_skipped(store_path, junk, monkeypatch):
    with Store.open(store_path) as store:
        log_file(store_path).parent.mkdir(exist_ok=True)
        log_file(store_path).write_bytes(junk)
        derived.keep_names(store, [f"{1:012x}", f"{3:012x}"])  # after the junk, whole
        reads = spy_reads(monkeypatch)
        assert derived.actor_names(store) == names_from_articles(store)
        assert [r for r in reads if r != f"{2:012x}"] == []  # only the one not logged
    assert not log_file(store_path).exists()  # written into the file, then deleted
    assert set(cached_entries(store_path)) == {f"{n:012x}" for n in (1, 2, 3)}


def test_the_log_is_folded_into_the_file_once_it_outgrows_it(store_path, monkeypatch):
    with Store.open(store_path) as store:
        derived.actor_names(store)
        before = cache_file(store_path).read_bytes()
        derived.keep_names(store, [f"{1:012x}"])
        assert log_file(store_path).exists()
        assert cache_file(store_path).read_bytes() == before
        monkeypatch.setattr(derived, "LOG_FOLD_BYTES", 0)
        derived.keep_names(store, [f"{2:012x}"])  # past the limit, not past the file
        assert 0 < log_file(store_path).stat().st_size <= len(before)
        big = replace(store.get_article(f"{3:012x}"),
                      text=" ".join(f"Minister Anna Berg{n} of Sweden spoke." for n in range(400)))
        store.update_article(analyze_article(big))
        derived.keep_names(store, [f"{3:012x}"])
        assert not log_file(store_path).exists()
        assert cache_file(store_path).read_bytes() != before
        monkeypatch.setattr(Store, "get_article", lambda *a: pytest.fail("read an article"))
        monkeypatch.setattr(Store, "articles_json", lambda *a: pytest.fail("read an article"))
        assert {i: [tuple(n) for n in e[1]] for i, e in cached_entries(store_path).items()
                } == derived.actor_names(store)


def test_a_read_only_store_keeps_no_log(store_path):
    with Store.open(store_path, readonly=True) as store:
        derived.keep_names(store, [f"{1:012x}"])
    assert not log_file(store_path).exists()


# -- the names read from an article's stored JSON, without making the article -------------


def test_the_names_read_from_stored_json_are_those_the_whole_article_gives(store_path,
                                                                          monkeypatch):
    # Articles with and without findings, one with findings {}, a correction (which the
    # stored findings never hold), a removed article: the cold read of every one, from its
    # JSON, without a whole read, is what reading the articles gives.
    with Store.open(store_path) as store:
        store.add_article(_article(10, "No findings", "Nothing analysed here."))
        store.add_article(replace(_article(11, "Empty findings", "Nothing found."),
                                  findings=Findings()))
        first = f"{1:012x}"
        store.add_correction(Correction(
            id="c1", article_id=first, kind="reject",
            target={"kind": "actor", "name": "Mark Carney"}))
        store.remove_article(f"{2:012x}")
        expected = names_from_articles(store)
    cache_file(store_path).unlink()
    with Store.open(store_path) as store:
        monkeypatch.setattr(Store, "get_article", lambda *a: pytest.fail("read whole"))
        names = derived.actor_names(store)
    assert names == expected and list(names) == list(expected)
    assert f"{2:012x}" not in names and names[f"{10:012x}"] == names[f"{11:012x}"] == []
    assert ("Mark Carney", "person", "Canada") in names[first]


@pytest.mark.parametrize("given", ["none", "another's"])
def test_an_article_the_walk_gives_no_json_for_is_read_whole(store_path, monkeypatch, given):
    # Where the store's walk gives no JSON for an article (not in segments, removed), or
    # not this article's, the article is read whole: the names are the same.
    with Store.open(store_path) as store:
        expected = names_from_articles(store)
    cache_file(store_path).unlink()
    real_many = Store.articles_json

    def articles_json(self, article_ids):
        for article_id, raw in real_many(self, article_ids):
            yield (article_id, None) if given == "none" else ("someone-else", raw)

    whole: list[str] = []
    real_get = Store.get_article
    monkeypatch.setattr(Store, "articles_json", articles_json)
    monkeypatch.setattr(Store, "get_article",
                        lambda self, i: whole.append(i) or real_get(self, i))
    with Store.open(store_path) as store:
        assert derived.actor_names(store) == expected
    assert whole == list(expected)  # each one read whole, once
    assert cached_entries(store_path).keys() == expected.keys()


_DROP = object()


def _doc(**changes):
    findings = {"sentences": [[0, 10]], "actors": [
        {"name": "Ana Ruiz", "kind": "person", "role": None, "affiliation": "Chile",
         "mentions": [{"start": 0, "end": 8, "text": "Ana Ruiz"}]},
        {"name": "Chile", "kind": "country", "role": None, "affiliation": None,
         "mentions": []}], "times": [], "measures": [
        {"type": "tariff", "action": "impose", "imposer": "Chile", "targets": ["Peru"],
         "magnitude": None, "start": 0, "end": 10, "text": "x"}], "deadlines": []}
    doc = {"id": "a1", "title": "T", "text": "Ana Ruiz spoke.", "findings": findings}
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if value is _DROP:
            del target[last]
        elif isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return doc



# Plain: the JSON answers (whichever of `Findings.from_json`'s readers would read it).
_PLAIN = [
    {}, {"findings": None}, {"findings": {}}, {"findings__actors": []},
    {"findings__actors__0__affiliation": _DROP}, {"findings__actors__0__role": _DROP},
    {"findings__actors__0__mentions": 3}, {"findings__actors__0__aliases": ["A. Ruiz"]},
    {"findings__actors__0__aliases": 0}, {"findings__actors__0__aliases": None},
    {"findings__actors__0__aliases": "AR"}, {"findings__actors__1__aliases": {"a": 1}},
    {"findings__actors__0__aliases": False}, {"findings__actors__1__aliases": 0.0},
    {"findings__times": 5},
    {"findings__measures__0__targets": 0}, {"findings__measures": "x"},
    {"extra": {"actors": []}}]
# Odd: left to the whole read (which gives other names, or fails).
_ODD = [
    {"findings__actors__0__name": 7}, {"findings__actors__0__name": _DROP},
    {"findings__actors__0__kind": None}, {"findings__actors__0__affiliation": 4},
    {"findings__actors__1": "Chile"}, {"findings__actors": {"name": "x"}},
    {"findings__actors": _DROP}, {"findings__actors__0__aliases": 5},
    {"findings__actors__0__aliases": True}, {"findings__actors__1__aliases": 1.5},
    {"findings__actors__1__aliases": -1}, {"findings__sentences": 1},
    {"findings__measures__0__targets": True}, {"findings__measures__0__times": 2},
    {"findings": []}, {"findings": "x"}, {"id": "b2"}, {"text": _DROP}, {"title": 3},
    {"also_from": ["x", 1]}, {"source": True}]


@pytest.mark.parametrize(("changes", "plain"), [(c, True) for c in _PLAIN]
                         + [(c, False) for c in _ODD])
def test_names_read_from_json_match_the_whole_read_or_leave_it_to_that(changes, plain):
    # Where the whole read gives names, the JSON gives the same or leaves it to that read
    # (None); where the whole read fails, the JSON leaves it to that read.
    doc = _doc(**changes)
    raw = json.dumps(doc).encode()
    try:
        problem = shape_problem(Article, doc, "a1")
        whole = None if problem else derived._names_of(Article.from_dict(doc).findings)
    except (TypeError, AttributeError):
        whole = None
    # Names met before (`known`) are taken as checked; the others are checked.
    for known in (frozenset(), {("Ana Ruiz", "person", "Chile"), ("Chile", "country", None)}):
        fast = derived._names_in_json(raw, "a1", known)
        assert fast == whole if plain else fast is None
    if not changes:
        assert fast == [("Ana Ruiz", "person", "Chile"), ("Chile", "country", None)]


@pytest.mark.parametrize("raw", [
    b"", b"{", b"[]", b'{"id":"a1","title":"T","text":"x"}x', b"\xff\xfe",
    b'{"id":"a1","title":"T","text":"x","findings":{"actors":[{"name":"A","kind":"person"}],'
    b'"actors":[]}}'])
def test_damaged_or_odd_json_gives_the_last_of_a_key_or_nothing(raw):
    fast = derived._names_in_json(raw, "a1")
    try:
        doc = json.loads(raw)
    except ValueError:
        assert fast is None
    else:
        assert fast in (None, derived._names_of(Article.from_dict(doc).findings)
                        if isinstance(doc, dict) and not shape_problem(Article, doc, "a1")
                        else None)


@pytest.mark.parametrize(("changes", "prefix"), [
    ({"extra": float("nan")}, b""), ({"extra": float("inf")}, b""), ({"extra": 2 ** 70}, b""),
    ({"extra": -(2 ** 63) - 1}, b""), ({"findings__actors__0__name": "Ana \ud800Ruiz"}, b""),
    ({}, b"\xef\xbb\xbf")])
def test_json_the_fast_parser_rejects_or_reads_otherwise_gives_the_whole_reads_names(
        changes, prefix):
    # orjson (the cold read's parser) rejects NaN, infinities, lone surrogates and a byte
    # order mark, which `json` reads, and reads integers past 64 bits as floats: the names
    # are still the whole read's (json is asked when orjson refuses; a float where an int
    # was is in no name)
    raw = prefix + json.dumps(_doc(**changes)).encode()
    doc = json.loads(raw)
    whole = derived._names_of(Article.from_dict(doc).findings)
    assert derived._names_in_json(raw, "a1") == whole


# -- a cold read shared with a second process ----------------------------------------------


def _rewrite_articles(path: Path, edit) -> None:
    """The store's articles, each stored JSON `edit(n, raw)`'s, written to a new segment
    with checksums that fit, as a commit writes them: damage a commit never makes."""
    file = path / ARTICLES_FILE
    head, body = file.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    lines = body.split(b"\n")
    records = []
    for segment, offset, length, _ in json.loads(lines[0]):
        with open(file.with_suffix(".d") / f"{segment:08d}.jsonl", "rb") as f:
            f.seek(offset)
            records.append(edit(len(records), f.read(length)))
    number, places, offset = header["next_segment"], [], 0
    for raw in records:
        places.append([number, offset, len(raw), zlib.crc32(raw)])
        offset += len(raw) + 1
    (file.with_suffix(".d") / f"{number:08d}.jsonl").write_bytes(
        b"".join(raw + b"\n" for raw in records))
    header["segments"], header["next_segment"] = {str(number): offset}, number + 1
    body = json.dumps(places).encode() + b"\n" + lines[-2] + b"\n"
    seal(header, body)
    file.write_bytes(json.dumps(header).encode() + b"\n" + body)


def _edit_findings(change):
    def edit(raw: bytes) -> bytes:
        doc = json.loads(raw)
        change(doc["findings"])
        return json.dumps(doc).encode()
    return edit


# Stored JSON the cold read leaves to a whole read, which gives other names than a plain
# reading would, by the article's place in the store (the last three are the first the
# second process reads); and at 19 one it reads plainly.
_ODD_STORED = {
    4: _edit_findings(lambda f: f["actors"][0].update(name=7)),
    19: _edit_findings(lambda f: f["actors"][0].update(aliases="A. N. Other")),
    20: _edit_findings(lambda f: f["actors"][0].update(kind=None)),
    21: _edit_findings(lambda f: f["actors"].append(["not", "an", "actor"])),
    22: _edit_findings(lambda f: f["actors"][0].update(affiliation=4)),
}
ODD_IDS = [f"{n:012x}" for n in (5, 22, 23, 24)]  # places 4, 20, 21, 22


@pytest.fixture
def many(store_path: Path) -> Path:
    """The three articles again and again under other ids (24, one of them removed: 23
    places), one without findings, one with findings {}, and the odd ones above."""
    with Store.open(store_path) as store:
        kept = [store.get_article(f"{n:012x}") for n in (1, 2, 3)]
        store.add_articles([replace(kept[n % 3], id=f"{n:012x}", title=f"Again {n}")
                            for n in range(4, 25)])
        store.update_article(replace(store.get_article(f"{10:012x}"), findings=None))
        store.update_article(replace(store.get_article(f"{11:012x}"), findings=Findings()))
        store.remove_article(f"{12:012x}")
    _rewrite_articles(store_path, lambda n, raw: _ODD_STORED.get(n, lambda r: r)(raw))
    for cached in (store_path / CACHE_FOLDER).iterdir():
        cached.unlink()
    return store_path


def share_all(monkeypatch) -> list:
    """Every cold read shared, a frame per 3 articles, and this process's reads held until
    the other process has sent its first frame (at most 60 s): it then reads some of the
    articles for certain. The `_SharedRead`s made, in order."""
    made: list = []
    real_init, real_many = derived._SharedRead.__init__, Store.articles_json

    def init(self, store, ids):
        real_init(self, store, ids)
        made.append((self, len(ids)))

    def articles_json(self, article_ids):
        for article_id, raw in real_many(self, article_ids):
            deadline = time.monotonic() + 60
            while made and made[-1][0].frontier == made[-1][1] \
                    and time.monotonic() < deadline:
                time.sleep(0.01)
            yield article_id, raw

    monkeypatch.setattr(derived, "SHARE_MIN", 1)
    monkeypatch.setattr(parallel, "cores", lambda: 2)  # shared on a machine of one core too
    monkeypatch.setattr(derived, "SHARE_CHUNK", 3)
    monkeypatch.setattr(derived._SharedRead, "__init__", init)
    monkeypatch.setattr(Store, "articles_json", articles_json)
    return made


def test_a_shared_cold_read_gives_what_the_whole_articles_give(many, monkeypatch):
    # The second process reads the last articles; where it found an article odd, this
    # one reads it (whole). The names, their order and the cache written are those of a
    # read here alone, which are those of the whole articles.
    with Store.open(many) as store:
        expected = names_from_articles(store)
        alone = derived.actor_names(store)
    written = cache_file(many).read_bytes()
    cache_file(many).unlink()
    assert alone == expected and list(alone) == list(expected)
    assert [n[0] for n in expected[f"{5:012x}"]][:1] == [7]  # an odd one, read whole
    made = share_all(monkeypatch)
    reads = spy_reads(monkeypatch)
    with Store.open(many) as store:
        shared = derived.actor_names(store)
    assert shared == expected and list(shared) == list(expected)
    assert cache_file(many).read_bytes() == written
    assert len(made) == 1 and made[0][0].process.poll() is not None  # stopped
    # It read some of the last articles; those it found odd were read here after all.
    taken = [i for i in expected if i not in reads]
    assert taken and f"{21:012x}" in taken and set(ODD_IDS) <= set(reads)
    ids = list(expected)
    assert set(ids[ids.index(taken[0]):]) - set(taken) <= set(ODD_IDS)


@pytest.mark.parametrize("damage", [b"{nope", b'{"id": "x", "title": "T", "text": "x"}'])
def test_damage_the_second_process_meets_is_met_here_too(many, monkeypatch, damage):
    # An article that is not one (not JSON, another's id) is left by the other process to
    # this one, whose whole read fails on it as a read here alone does.
    _rewrite_articles(many, lambda n, raw: damage if n == 20 else raw)
    with Store.open(many) as store, pytest.raises(StoreCorrupt) as alone:
        derived.actor_names(store)
    made = share_all(monkeypatch)
    with Store.open(many) as store, pytest.raises(StoreCorrupt) as shared:
        derived.actor_names(store)
    assert str(shared.value) == str(alone.value)
    assert len(made) == 1 and made[0][0].process.poll() is not None


class _Sent:
    """A stand-in for the second process: what it sent, from place `frontier` on."""

    def __init__(self, frontier: int, sent: list) -> None:
        self.frontier, self.sent, self.closed = frontier, sent, False

    def close(self) -> None:
        self.closed = True

    def found(self, start: int, numbers):
        assert self.closed and start == self.frontier
        return ((fingerprint, names, names and list(map(numbers.get, names)))
                for fingerprint, names in self.sent)


def test_names_from_the_second_process_are_taken_only_for_the_bytes_the_index_has(
        store_path):
    # Taken where it read the very JSON the index names (its fingerprint) and found it
    # plain; read here where it read other bytes (a commit since) or left it (None).
    fake = [("Someone Else", "person", None)]
    with Store.open(store_path) as store:
        fingerprints = store.article_fingerprints()
        unread = list(fingerprints)
        expected = names_from_articles(store)
        a, b, c = unread
        for sent, names_b, names_c in [
                ([(fingerprints[b], fake), (fingerprints[c], fake)], fake, fake),
                ([(fingerprints[b] + 1, fake), (fingerprints[c], None)],
                 expected[b], expected[c]),
                ([(-1, None), (fingerprints[c] ^ 1 << 40, fake)], expected[b], expected[c])]:
            reads = derived._reads(store, unread, {}, fingerprints, _Sent(1, sent))
            assert [r and r[0] for r in reads] == [expected[a], names_b, names_c]


@pytest.mark.parametrize("broken", ["no process", "dies at once"])
def test_without_a_second_process_every_article_is_read_here(many, monkeypatch, broken):
    with Store.open(many) as store:
        expected = names_from_articles(store)
    monkeypatch.setattr(derived, "SHARE_MIN", 1)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    if broken == "no process":
        def popen(*args, **kwargs):
            raise OSError("no more processes")
        monkeypatch.setattr(derived.subprocess, "Popen", popen)
    else:
        real = subprocess.Popen
        monkeypatch.setattr(derived.subprocess, "Popen",
                            lambda args, **kw: real(["false"], **kw))
    reads = spy_reads(monkeypatch)
    with Store.open(many) as store:
        assert derived.actor_names(store) == expected
    assert set(expected) <= set(reads)
