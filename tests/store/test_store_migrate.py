"""A store written before the articles moved into segment files (schema 1: every article
inside articles.jsonl) is moved forward when it is first opened for writing, and a
migration stopped halfway finishes at the next open, losing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import assert_one_line_error, run_cli
from support import folder_bytes as snapshot
from support import numbered_article as article
from support import store_state as state

import newsdesk.store.storage as storage
from newsdesk.store.db import ARTICLES_FILE, SCHEMA_VERSION, STORE_FILE, Store
from newsdesk.store.errors import StoreNeedsUpgrade
from newsdesk.store.folder import SEGMENTS_FOLDER
from newsdesk.store.storage import AtomicJSONStorage


def as_schema_1(folder: Path) -> None:
    """Rewrite a store as the newsdesk before segments wrote it: the articles file holds every
    article inline (file format 1, the notes file's format to this day) and store.json says
    schema 1."""
    index = AtomicJSONStorage(folder / ARTICLES_FILE, readonly=True, segmented=True)
    tables = {name: {key: docs[key] for key in docs} for name, docs in index.read().items()}
    meta = index.meta
    index.close()
    old = AtomicJSONStorage(folder / ARTICLES_FILE)  # commits format 1
    with old.transaction() as txn:
        txn.set_meta(meta)
        old.write(tables)
    old.close()
    (folder / STORE_FILE).write_text('{"format": "newsdesk-store", "schema": 1}')
    for path in (folder / SEGMENTS_FOLDER).iterdir():
        path.unlink()
    (folder / SEGMENTS_FOLDER).rmdir()


def header(folder: Path) -> dict:
    with open(folder / ARTICLES_FILE, "rb") as f:
        return json.loads(f.readline())


@pytest.fixture
def old_store(filled: Path) -> tuple[Path, tuple]:
    expected = state(filled)
    as_schema_1(filled)
    assert header(filled)["version"] == 1 and not (filled / SEGMENTS_FOLDER).exists()
    assert b"Steel tariffs" in (filled / ARTICLES_FILE).read_bytes() or b"part 1" in (
        filled / ARTICLES_FILE).read_bytes()
    return filled, expected


def test_a_schema_1_store_is_moved_into_segments_on_first_writable_open(old_store):
    folder, expected = old_store
    with Store.open(folder) as s:
        assert s.article_count() == 2
    assert json.loads((folder / STORE_FILE).read_text())["schema"] == SCHEMA_VERSION
    assert header(folder)["version"] == 2
    assert [p.name for p in (folder / SEGMENTS_FOLDER).iterdir()] == ["00000001.jsonl"]
    segment = (folder / SEGMENTS_FOLDER / "00000001.jsonl").read_bytes()
    assert segment.count(b"\n") == 2 and article(1).title.encode() in segment
    index = (folder / ARTICLES_FILE).read_bytes()
    assert article(1).text.encode() not in index  # places and summaries, not articles
    assert state(folder) == expected  # articles, summaries, notes, corrections, settings
    with Store.open(folder) as s:  # and it keeps working
        s.add_article(article(3))
        s.remove_article(article(1).id)
    with Store.open(folder, readonly=True) as s:
        assert [a.id for a in s.iter_articles()] == [article(2).id, article(3).id]


def test_a_schema_1_store_read_only_asks_for_one_writable_open(old_store, capsys):
    folder, _ = old_store
    before = snapshot(folder)
    with pytest.raises(StoreNeedsUpgrade):
        Store.open(folder, readonly=True)
    code, _, err = run_cli(capsys, "--store", str(folder), "--readonly", "list")
    assert_one_line_error(code, err, str(folder), "without --readonly")
    assert snapshot(folder) == before
    code, out, _ = run_cli(capsys, "--store", str(folder), "list")  # which upgrades it
    assert code == 0 and article(2).title in out


def test_a_migration_stopped_before_its_index_was_written_finishes_next_time(
        old_store, monkeypatch):
    folder, expected = old_store
    real_write = storage.atomic_write

    def power_cut_at_the_index(path, chunks):
        if path.name == ARTICLES_FILE:
            raise KeyboardInterrupt  # as if killed: the new segment is there, its index not
        return real_write(path, chunks)

    monkeypatch.setattr(storage, "atomic_write", power_cut_at_the_index)
    with pytest.raises(KeyboardInterrupt):
        Store.open(folder)
    monkeypatch.undo()
    assert header(folder)["version"] == 1  # the old state, whole
    assert (folder / SEGMENTS_FOLDER / "00000001.jsonl").exists()  # the orphan
    with Store.open(folder) as s:
        assert s.article_count() == 2
    assert header(folder)["version"] == 2 and state(folder) == expected
    assert [p.name for p in (folder / SEGMENTS_FOLDER).iterdir()] == ["00000001.jsonl"]


def test_a_store_from_before_is_upgraded_by_the_command_line_import(old_store, capsys,
                                                                    text_file):
    folder, expected = old_store
    code, out, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert code == 0, err
    articles, summaries, *notes = state(folder)
    assert articles[:2] == expected[0] and notes == list(expected[2:])
    assert len(articles) == 3 and header(folder)["version"] == 2


def test_an_articles_index_moved_away_never_costs_the_segments_beside_it(filled):
    # Reading "move it out of the folder to start that part afresh" as a user would: only
    # articles.jsonl goes. The segments it pointed at stay, and new ones are numbered after.
    (filled / ARTICLES_FILE).rename(filled.parent / "articles.jsonl.saved")
    old = (filled / SEGMENTS_FOLDER / "00000001.jsonl").read_bytes()
    with Store.open(filled) as s:
        assert s.article_count() == 0
        s.add_article(article(5))
        s.add_article(article(6))
        s.remove_article(article(5).id)
    assert (filled / SEGMENTS_FOLDER / "00000001.jsonl").read_bytes() == old
    with Store.open(filled, readonly=True) as s:
        assert [a.id for a in s.iter_articles()] == [article(6).id]
