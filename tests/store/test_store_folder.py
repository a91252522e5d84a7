"""The store as a folder on disk: damaged files are named and left alone, one writer holds
the lock, commits touch only what they change, schemas move forward, and when the OS says
no nothing is lost and nothing is claimed; each refusal is one line that says why."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support import folder_bytes as snapshot
from support import numbered_article as article
from support import numbered_note as note
from support import seal

import newsdesk.store.db as db
from newsdesk.store.db import ARTICLES_FILE, NOTES_FILE, STORE_FILE, Store
from newsdesk.store.errors import (
    SchemaTooNew,
    StoreCorrupt,
    StoreError,
    StoreIOError,
    StoreNeedsUpgrade,
    StoreNotFound,
    StoreReadOnly,
)
from newsdesk.store.folder import SEGMENTS_FOLDER
from newsdesk.store.location import default_store_path, resolve_store_path
from newsdesk.store.records import Correction

ROOT = Path(__file__).resolve().parents[2]


# -- corruption ----------------------------------------------------------------------------


@pytest.mark.parametrize("name, damage", [
    (STORE_FILE, lambda b: b[:5]),
    (STORE_FILE, lambda b: b'{"format": "something-else", "schema": 1}'),
    (NOTES_FILE, lambda b: b[: len(b) // 2]),
    (NOTES_FILE, lambda b: b"\x00" * len(b)),
    (NOTES_FILE, lambda b: b""),
    (ARTICLES_FILE, lambda b: b[:-7]),
    (ARTICLES_FILE, lambda b: b"not json at all\n" + b),
])
@pytest.mark.parametrize("readonly", [False, True])
def test_a_damaged_file_is_named_and_left_byte_for_byte(filled, name, damage, readonly):
    path = filled / name
    path.write_bytes(damage(path.read_bytes()))
    before = snapshot(filled)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(filled, readonly=readonly)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    assert caught.value.path == path
    assert snapshot(filled) == before


def test_damage_inside_the_articles_body_shows_on_first_use_and_blocks_writes(filled):
    path = filled / SEGMENTS_FOLDER / "00000001.jsonl"  # where the two articles are
    data = bytearray(path.read_bytes())
    spot = data.index(b"Beijing")
    data[spot:spot + 7] = b"Beirut!"  # same size: only the checksum can tell
    path.write_bytes(bytes(data))
    before = snapshot(filled)
    with Store.open(filled) as s:  # opening reads only the header
        assert s.article_count() == 2
        with pytest.raises(StoreCorrupt, match=str(path)):
            s.get_article(article(1).id)
        with pytest.raises(StoreCorrupt):
            s.add_article(article(3))
        with pytest.raises(StoreCorrupt):
            s.list_articles()  # once found damaged, the file is not trusted for anything
        s.set_setting("theme", "light")  # the notes file is fine and separate
    after = snapshot(filled)
    assert after[ARTICLES_FILE] == before[ARTICLES_FILE]
    assert after[f"{SEGMENTS_FOLDER}/00000001.jsonl"] == before[f"{SEGMENTS_FOLDER}/00000001.jsonl"]


def test_an_index_out_of_step_with_the_articles_is_rebuilt_from_them(filled):
    path = filled / ARTICLES_FILE
    head, body = path.read_bytes().split(b"\n", 1)
    header, lines = json.loads(head), body.split(b"\n")
    meta = json.loads(lines[-2])  # the summaries: the body's last line
    meta["index"] = meta["index"][:1]  # one article left out of the index
    lines[-2] = json.dumps(meta).encode()
    body = b"\n".join(lines)
    seal(header, body)
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    with Store.open(filled, readonly=True) as s:
        assert [x.id for x in s.list_articles()] == [article(1).id, article(2).id]
        assert s.resolve_id(article(2).id[:8]) == article(2).id


def test_an_unreadable_file_is_reported_as_such(filled):
    path = filled / NOTES_FILE
    path.unlink()
    path.mkdir()  # reading a folder fails whoever we run as (chmod would not stop root)
    with pytest.raises(StoreCorrupt, match=f"cannot read {path}"):
        Store.open(filled)


def test_a_missing_store_json_beside_data_is_refused(filled):
    (filled / STORE_FILE).unlink()
    before = snapshot(filled)
    with pytest.raises(StoreCorrupt, match="store.json is missing"):
        Store.open(filled)
    assert snapshot(filled) == before


def test_a_folder_with_other_things_in_it_or_a_file_is_not_made_a_store(tmp_path):
    (tmp_path / "thesis.txt").write_text("mine")
    for readonly in (False, True):
        with pytest.raises(StoreError, match="not empty"):
            Store.open(tmp_path, readonly=readonly)
        with pytest.raises(StoreError, match="is a file"):
            Store.open(tmp_path / "thesis.txt", readonly=readonly)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis.txt"]


# -- locking and read-only -----------------------------------------------------------------


def test_notes_grouped_in_one_transaction_commit_once(filled, replaced):
    # Batch tools (bench/scale.py) group many notes in one commit of the notes file; the
    # check for other processes' commits must not refuse the changes inside it.
    with Store.open(filled) as s:
        with s._notes_storage.transaction():
            for n in range(3, 8):
                s.add_annotation(note(n, article(1).id))
        assert len(s.annotations()) == 7
    assert replaced == [NOTES_FILE]


def test_two_writers_in_one_process_take_turns_and_see_each_other(filled):
    with Store.open(filled) as one, Store.open(filled) as two:
        one.add_article(article(3))
        two.add_annotation(note(9, article(3).id))  # reads one's commit before its own
        one.set_setting("theme", "light")
        assert two.changed_on_disk()
        two.refresh()
        assert two.get_setting("theme") == "light" and two.article_count() == 3
        assert one.take_changes().notes == {article(3).id}
        changes = two.take_changes()
        assert changes.articles == {article(3).id} and changes.settings
        assert not two.take_changes()
    with Store.open(filled, readonly=True) as s:
        assert s.article_count() == 3 and "note-9" in [n.id for n in s.annotations()]


HOLD_STORE = textwrap.dedent("""
    import sys, time
    from newsdesk.store.db import Store
    s = Store.open(sys.argv[1])
    s.set_setting("child", "was here")
    print("open", flush=True)
    time.sleep(60)
""")


def test_a_writer_in_another_process_holds_no_lock_between_commits(filled):
    child = subprocess.Popen([sys.executable, "-c", HOLD_STORE, str(filled)],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "open"
        with Store.open(filled) as s:
            s.add_article(article(3))
            assert s.get_setting("child") == "was here"
        with Store.open(filled, readonly=True) as reader:
            assert reader.readonly and reader.article_count() == 3
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


def test_read_only_refuses_every_change(filled):
    a = article(1)
    with Store.open(filled) as writer, Store.open(filled, readonly=True) as s:
        assert s.get_article(a.id) == a and s.get_setting("theme") == "dark"
        before = snapshot(filled)
        attempts = [
            lambda: s.add_article(article(5)), lambda: s.add_articles([article(5)]),
            lambda: s.update_article(a), lambda: s.remove_article(a.id),
            lambda: s.add_annotation(note(5, a.id)), lambda: s.update_annotation(note(1, a.id)),
            lambda: s.delete_annotation("note-1"),
            lambda: s.add_correction(Correction(id="x", article_id=None, kind="add")),
            lambda: s.delete_correction("c-a"), lambda: s.set_setting("theme", "light"),
        ]
        for attempt in attempts:
            with pytest.raises(StoreReadOnly, match="read-only"):
                attempt()
        assert snapshot(filled) == before
        writer.set_setting("theme", "light")


def test_a_reader_sees_the_store_as_it_was_when_opened(filled):
    a = article(1)
    with Store.open(filled) as writer:
        reader = Store.open(filled, readonly=True)
        writer.add_article(article(3))  # replaces the articles file under the reader
        writer.remove_article(a.id)
        assert reader.get_article(a.id) == a
        assert reader.article_count() == 2
        reader.close()


def test_read_only_open_of_nothing_writes_nothing(tmp_path):
    missing = tmp_path / "nothing-here"
    with Store.open(missing, readonly=True) as s:
        assert s.list_articles() == [] and s.annotations() == [] and s.created
    assert not missing.exists()
    with pytest.raises(StoreNotFound, match=str(missing)):
        Store.open(missing, create=False)
    assert not missing.exists()


def test_a_closed_store_refuses_use(filled):
    s = Store.open(filled)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.set_setting("theme", "light")
    with pytest.raises(StoreError, match="closed"):
        s.list_articles()


# -- what commits touch --------------------------------------------------------------------


def test_committing_a_note_does_not_rewrite_the_articles(filled, replaced):
    articles, notes = filled / ARTICLES_FILE, filled / NOTES_FILE
    before, notes_before = articles.stat(), notes.read_bytes()
    with Store.open(filled) as s:
        s.add_annotation(note(3, article(1).id))
        s.add_correction(Correction(id="c-new", article_id=None, kind="reject"))
        s.set_setting("theme", "light")
        s.update_annotation(note(3, article(1).id, note="again"))
    after = articles.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino, before.st_mtime_ns, before.st_size)
    assert replaced == [NOTES_FILE] * 4
    assert notes.read_bytes() != notes_before


def test_commits_leave_no_temporary_files_and_stale_ones_are_cleared(filled):
    stale = filled / f".{NOTES_FILE}.99999.tmp"
    stale.write_bytes(b"half a commit")
    stale_segment = filled / SEGMENTS_FOLDER / ".00000002.jsonl.99999.tmp"
    stale_segment.write_bytes(b"half a segment")
    orphan = filled / SEGMENTS_FOLDER / "00000002.jsonl"  # a segment whose index never came
    orphan.write_bytes(b"{}\n")
    with Store.open(filled) as s:
        s.set_setting("x", 1)
        s.remove_article(article(2).id)  # a commit of the articles sweeps their folder
    assert sorted(p.name for p in filled.iterdir()) == sorted(
        [STORE_FILE, ARTICLES_FILE, NOTES_FILE, "lock", SEGMENTS_FOLDER])
    assert sorted(p.name for p in (filled / SEGMENTS_FOLDER).iterdir()) == ["00000001.jsonl"]


def test_a_private_file_stays_private(filled):
    (filled / NOTES_FILE).chmod(0o600)
    with Store.open(filled) as s:
        s.set_setting("x", 1)
    assert (filled / NOTES_FILE).stat().st_mode & 0o777 == 0o600


# -- schema ----------------------------------------------------------------------------------


def test_migrations_run_once_in_order_and_the_version_moves(filled, monkeypatch):
    calls: list[int] = []
    now = db.SCHEMA_VERSION

    def to_2(ctx: db.MigrationContext) -> None:
        calls.append(1)
        for doc in list(ctx.annotations):
            ctx.annotations.put(doc.doc_id, {**doc, "tags": [*doc["tags"], "migrated"]})

    def to_3(ctx: db.MigrationContext) -> None:
        calls.append(2)
        ctx.articles.put_many({d.doc_id: {**d, "title": d["title"].upper()} for d in ctx.articles})

    monkeypatch.setattr(db, "SCHEMA_VERSION", now + 2)
    monkeypatch.setattr(db, "MIGRATIONS", {now: to_2, now + 1: to_3})
    with pytest.raises(StoreNeedsUpgrade, match="without --readonly"):
        Store.open(filled, readonly=True)
    with Store.open(filled) as s:
        assert s.get_annotation("note-1").tags == ["trade", "migrated"]
        assert s.list_articles()[0].title == "TARIFFS, PART 1"  # the index was rebuilt too
    assert calls == [1, 2]
    assert db.read_json_file(filled / STORE_FILE)["schema"] == now + 2
    with Store.open(filled) as s:
        assert s.get_article(article(1).id).title == "TARIFFS, PART 1"
    assert calls == [1, 2]


def test_a_failing_migration_leaves_the_old_version(filled, monkeypatch):
    def broken(ctx: db.MigrationContext) -> None:
        ctx.settings.put("half", {"value": 1})
        raise RuntimeError("bug in migration")

    before = snapshot(filled)
    monkeypatch.setattr(db, "SCHEMA_VERSION", db.SCHEMA_VERSION + 1)
    monkeypatch.setattr(db, "MIGRATIONS", {db.SCHEMA_VERSION - 1: broken})
    with pytest.raises(RuntimeError):
        Store.open(filled)
    assert snapshot(filled) == before
    monkeypatch.setattr(db, "MIGRATIONS", {})
    with pytest.raises(StoreError, match="no upgrade from"):
        Store.open(filled)


def test_a_store_from_a_newer_newsdesk_is_refused(filled):
    (filled / STORE_FILE).write_text('{"format": "newsdesk-store", "schema": 99}')
    before = snapshot(filled)
    for readonly in (False, True):
        with pytest.raises(SchemaTooNew) as caught:
            Store.open(filled, readonly=readonly)
        assert str(filled) in str(caught.value) and "schema 99" in str(caught.value)
    assert snapshot(filled) == before


# -- the OS saying no ------------------------------------------------------------------------


def _fail(err: int):
    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))
    return fail


@pytest.mark.parametrize("call, err", [
    ("write", errno.ENOSPC), ("fsync", errno.EIO), ("replace", errno.EACCES),
    ("open", errno.EROFS),
])
def test_a_refused_commit_loses_nothing_and_claims_nothing(filled, monkeypatch, call, err):
    a = article(1)
    with Store.open(filled) as s:
        s.get_article(a.id)  # the articles are in memory, as they would be in use
        before = snapshot(filled)
        with monkeypatch.context() as m:
            m.setattr(os, call, _fail(err))
            attempts = {
                NOTES_FILE: [lambda: s.add_annotation(note(5, a.id)),
                             lambda: s.set_setting("theme", "light"),
                             lambda: s.delete_annotation("note-1"),
                             lambda: s.remove_article(article(2).id)],  # its note goes first
                ARTICLES_FILE: [lambda: s.add_article(article(5)),
                                lambda: s.update_article(article(1, title="changed"))],
            }
            for name, tries in attempts.items():
                for attempt in tries:
                    with pytest.raises(StoreIOError) as caught:
                        attempt()
                    assert str(filled / name) in str(caught.value)
                    assert os.strerror(err) in str(caught.value)
        assert snapshot(filled) == before
        # What the store reports is what is on disk: the old state.
        assert [n.id for n in s.annotations()] == ["note-1", "note-2"]
        assert s.get_setting("theme") == "dark"
        assert s.article_count() == 2 and not s.has_article(article(5).id)
        assert s.get_article(a.id).title == a.title
        # And it goes on working once the disk does.
        s.add_annotation(note(5, a.id))
        s.add_article(article(5))
    with Store.open(filled) as s:
        assert [n.id for n in s.annotations(a.id)] == ["note-1", "note-5"]
        assert s.article_count() == 3 and s.get_setting("theme") == "dark"


def test_a_read_only_disk_is_named_when_opening_for_writing(filled, monkeypatch):
    monkeypatch.setattr(os, "open", _fail(errno.EROFS))
    with pytest.raises(StoreIOError) as caught:
        Store.open(filled)
    message = str(caught.value)
    assert str(filled) in message and "read-only" in message and "--readonly" in message


def test_a_folder_sync_failure_after_the_rename_is_reported_but_the_change_kept(filled,
                                                                               monkeypatch):
    real_fsync = os.fsync

    def fsync_files_only(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):  # files get their fsync; folders fail
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)

    with Store.open(filled) as s:
        monkeypatch.setattr(os, "fsync", fsync_files_only)
        with pytest.raises(StoreIOError, match="may be lost if the machine loses power"):
            s.add_article(article(7))
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert s.has_article(article(7).id)  # it is on disk, so the store says so
    with Store.open(filled) as s:
        assert s.get_article(article(7).id) == article(7)


# -- location --------------------------------------------------------------------------------


def test_store_location_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSDESK_STORE", raising=False)
    assert resolve_store_path(None) == default_store_path()
    assert default_store_path().parts[-2:] == ("newsdesk", "store")
    monkeypatch.setenv("NEWSDESK_STORE", str(tmp_path / "from-env"))
    assert resolve_store_path(None) == tmp_path / "from-env"
    assert resolve_store_path("") == tmp_path / "from-env"
    assert resolve_store_path(str(tmp_path / "from-cli")) == tmp_path / "from-cli"
    assert resolve_store_path("~/notes") == Path.home() / "notes"
    monkeypatch.setenv("NEWSDESK_STORE", "")
    assert resolve_store_path(None) == default_store_path()
