"""The store under faults of other hands: files changed underneath an open store, a second
instance, a killed one, damaged files. Each fault gives one clear line and loses nothing,
both at the Store and through the command line (`newsdesk.cli.main`).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from support import assert_one_line_error, run_cli, seal
from support import fill_store as fill
from support import folder_bytes as snapshot
from support import plain_article as article
from support import plain_note as note
from support import store_state as state

from newsdesk.app import importing
from newsdesk.store import folder as folder_module
from newsdesk.store.db import (
    ARTICLES_FILE,
    LOCK_FILE,
    NOTES_FILE,
    SCHEMA_VERSION,
    STORE_FILE,
    Store,
)
from newsdesk.store.errors import (
    StoreChanged,
    StoreCorrupt,
    StoreLocked,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return fill(tmp_path / "store")


# -- files changed underneath an open store --------------------------------------------------


def other_version(tmp_path: Path, name: str) -> bytes:
    """The bytes of `name` in a different, valid store."""
    other = tmp_path / "other"
    with Store.open(other) as s:
        s.add_article(article(77, title="Someone else's article"))
        s.add_annotation(note(77, article(77).id))
    return (other / name).read_bytes()


@pytest.mark.parametrize("name, how", [(ARTICLES_FILE, "by another process"),
                                       (NOTES_FILE, "replaced"), (NOTES_FILE, "edited in place")])
def test_a_file_changed_underneath_is_read_again_and_the_change_lands_on_top(
        folder, tmp_path, name, how):
    # Another process's commit and a file put back by hand look the same: a newer version.
    # A change reads it first and applies itself to it, so neither side's work is lost.
    path = folder / name
    with Store.open(folder) as s:
        s.get_article(article(1).id)
        if how == "by another process":  # the articles: an index and its segment files
            with Store.open(folder) as other:
                other.remove_article(article(1).id)
                other.remove_article(article(2).id)
                other.add_article(article(77, title="Someone else's article"))
        elif how == "replaced":
            (folder / "incoming").write_bytes(other_version(tmp_path, name))
            os.replace(folder / "incoming", path)
        else:
            theirs = other_version(tmp_path, name)
            with open(path, "r+b") as f:
                f.truncate(0)
                f.write(theirs)
        assert s.changed_on_disk()
        if name == ARTICLES_FILE:
            s.add_article(article(3))
            assert [a.id for a in s.iter_articles()] == [article(77).id, article(3).id]
            assert s.take_changes().articles == {article(1).id, article(2).id, article(77).id}
        else:
            s.set_setting("theme", "light")
            assert [n.article_id for n in s.annotations()] == [article(77).id]
            changes = s.take_changes()
            assert changes.notes == {article(1).id, article(77).id} and changes.settings
        assert not s.changed_on_disk() and not s.take_changes()
    with Store.open(folder, readonly=True) as s:  # what the next reader sees: both
        if name == ARTICLES_FILE:
            assert [a.id for a in s.iter_articles()] == [article(77).id, article(3).id]
        else:
            assert s.get_setting("theme") == "light" and len(s.annotations()) == 1


@pytest.mark.parametrize("name", [ARTICLES_FILE, NOTES_FILE])
def test_a_file_removed_underneath_is_not_brought_back_half_way(folder, name):
    path = folder / name
    with Store.open(folder) as s:
        s.get_article(article(1).id)
        mine = (list(s.iter_articles()), s.annotations(), s.settings())
        path.unlink()
        after_them = snapshot(folder)
        change = (lambda: s.add_article(article(3))) if name == ARTICLES_FILE else (
            lambda: s.set_setting("theme", "light"))
        for _ in range(2):  # and again: it does not give in on a retry
            with pytest.raises(StoreChanged) as caught:
                change()
            message = str(caught.value)
            assert str(path) in message and "not saved" in message and "\n" not in message
            assert "removed" in message
        assert snapshot(folder) == after_them  # its absence stands
        assert (list(s.iter_articles()), s.annotations(), s.settings()) == mine
        # The other file was not touched, so it still takes changes.
        if name == ARTICLES_FILE:
            s.set_setting("theme", "light")
        else:
            s.add_article(article(3))
    with Store.open(folder) as s:  # reopening works on the file as it now is
        s.set_setting("after", 1)
        s.add_article(article(4))


def test_a_store_folder_removed_underneath(folder):
    with Store.open(folder) as s:
        shutil.rmtree(folder)
        with pytest.raises(StoreChanged) as caught:
            s.set_setting("theme", "light")
        message = str(caught.value)
        assert f"the store folder {folder} was removed" in message and "\n" not in message
        with pytest.raises(StoreChanged):
            s.add_article(article(3))
        assert s.get_setting("theme") == "dark" and s.article_count() == 2
    assert not folder.exists()  # nothing was brought back half-way


def test_a_file_created_by_someone_else_after_opening_is_read_before_a_change(tmp_path):
    folder = tmp_path / "store"
    with Store.open(folder) as s:
        assert not (folder / NOTES_FILE).exists()
        theirs = other_version(tmp_path, NOTES_FILE)
        (folder / NOTES_FILE).write_bytes(theirs)
        s.set_setting("theme", "light")
        assert [n.article_id for n in s.annotations()] == [article(77).id]
    with Store.open(folder, readonly=True) as s:
        assert s.get_setting("theme") == "light" and len(s.annotations()) == 1


def test_an_import_lands_on_top_of_what_another_process_committed_while_it_analysed(
        folder, tmp_path, monkeypatch, capsys, text_file):
    real_analyze = importing.analyze_article

    def analyze_while_another_process_commits(a, *args, **kwargs):
        with Store.open(folder) as other:
            other.remove_article(article(2).id)
            other.update_article(article(1, title="Someone else's article"))
        return real_analyze(a, *args, **kwargs)

    monkeypatch.setattr(importing, "analyze_article", analyze_while_another_process_commits)
    code, out, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert code == 0, err
    assert out.startswith("imported 1,")
    titles = [a.title for a in state(folder)[0]]
    assert titles[0] == "Someone else's article" and len(titles) == 2


# -- a second instance, and a killed one -----------------------------------------------------


HOLD_STORE = textwrap.dedent("""
    import sys, time
    from newsdesk.store.db import Store
    s = Store.open(sys.argv[1])
    s.set_setting("held by", "child")
    print("open", flush=True)
    time.sleep(120)
""")


def hold(folder: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLD_STORE, str(folder)],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout.readline().strip() == "open"
    return child


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()


def test_a_second_writer_works_beside_an_open_one(folder, capsys, text_file):
    child = hold(folder)  # a store open for writing in another process, between commits
    try:
        with Store.open(folder) as s:
            s.add_article(article(3))
        code, out, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
        assert code == 0 and out.startswith("imported 1,"), err
        code, _, err = run_cli(capsys, "--store", str(folder), "remove", article(1).id)
        assert code == 0, err
        code, out, err = run_cli(capsys, "--store", str(folder), "list")
        assert code == 0 and err == "" and "Steel tariffs, part 2" in out
        assert "Steel tariffs, part 1" not in out
        with Store.open(folder, readonly=True) as reader:
            assert reader.get_setting("held by") == "child"
            assert len(reader.list_articles()) == 3
    finally:
        kill(child)


HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from newsdesk.store.folder import lock_folder
    lock_folder(__import__("pathlib").Path(sys.argv[1]) / "lock")
    print("open", flush=True)
    time.sleep(120)
""")


def test_a_commit_stuck_in_another_process_is_waited_for_then_named(
        folder, capsys, text_file, monkeypatch):
    monkeypatch.setattr(folder_module, "LOCK_WAIT_SECONDS", 0.3)
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(folder)],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout.readline().strip() == "open"
    try:
        files = snapshot(folder)
        with Store.open(folder) as s:  # opening needs no lock: nothing to set up
            with pytest.raises(StoreLocked) as caught:
                s.set_setting("theme", "light")
            message = str(caught.value)
            assert str(folder) in message and f"(process {child.pid})" in message
            assert "\n" not in message and "over 0.3 s" in message
            assert s.get_setting("theme") == "dark"  # nothing half-done
        code, _, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
        assert_one_line_error(code, err, str(folder), f"process {child.pid}", "in use")
        code, out, err = run_cli(capsys, "--store", str(folder), "list")  # readers need none
        assert code == 0 and err == "" and "Steel tariffs, part 1" in out
        code, out, _ = run_cli(capsys, "--store", str(folder), "show", article(2).id)
        assert code == 0 and "part 2" in out
        assert snapshot(folder) == files
    finally:
        kill(child)


def test_a_lock_left_by_a_killed_process_is_no_obstacle(folder, capsys, text_file):
    child = hold(folder)
    kill(child)
    assert (folder / LOCK_FILE).read_text().strip() == str(child.pid)  # its pid stays behind
    with Store.open(folder) as s:  # at once: the flock died with the process
        s.add_article(article(3))
    code, out, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert code == 0, err
    assert out.startswith("imported 1,")
    assert [a.id for a in state(folder)[0]][:3] == [article(n).id for n in (1, 2, 3)]


@pytest.mark.parametrize("content", ["dead", "garbage", ""])
def test_the_pid_in_the_lock_file_is_not_trusted_blindly(folder, content, monkeypatch):
    """A holder that has the flock but has not yet written its pid: no stale pid is named."""
    if content == "dead":
        child = hold(folder)
        kill(child)
        text = str(child.pid)
    else:
        text = "not a pid\x00\xff" if content == "garbage" else ""
    (folder / LOCK_FILE).write_text(text, errors="surrogateescape")
    monkeypatch.setattr(folder_module, "LOCK_WAIT_SECONDS", 0.1)
    import fcntl

    fd = os.open(folder / LOCK_FILE, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the lock, but no pid written
        with Store.open(folder) as s, pytest.raises(StoreLocked) as caught:
            s.set_setting("theme", "light")
        message = str(caught.value)
        assert "in use by another newsdesk," in message and "process" not in message
    finally:
        os.close(fd)


# -- damaged files ---------------------------------------------------------------------------


def rewrite(path: Path, edit: Callable[[dict, list[dict]], None]) -> None:
    """Rewrite a store file with `edit(header, docs)` applied and a header that fits it; for a
    segmented file (the articles) its documents go to a new segment its index points at, each
    with a checksum that fits it, as a commit would write them."""
    head, body = path.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    if header["version"] == 1:
        docs = [json.loads(line) for line in body.split(b"\n")[:-1]]
        edit(header, docs)
        body = b"".join(json.dumps(d).encode() + b"\n" for d in docs)
    else:
        docs = [json.loads(raw) for raw in segmented_records(path)]
        edit(header, docs)
        body = segmented_body(path, header, [json.dumps(d).encode() for d in docs])
    seal(header, body)
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


def segmented_records(path: Path) -> list[bytes]:
    """Every record of a segmented file (one table), read as its index places them."""
    head, body = path.read_bytes().split(b"\n", 1)
    records = []
    for segment, offset, length, _ in json.loads(body.split(b"\n")[0]):
        with open(path.with_suffix(".d") / f"{segment:08d}.jsonl", "rb") as f:
            f.seek(offset)
            records.append(f.read(length))
    return records


def segmented_body(path: Path, header: dict, records: list[bytes]) -> bytes:
    """Write `records` to a new segment and return the index body that places them (and the
    meta line, the body's last, as it was)."""
    meta_line = path.read_bytes().split(b"\n")[-2]
    number = header["next_segment"]
    places, offset = [], 0
    for raw in records:
        places.append([number, offset, len(raw), zlib.crc32(raw)])
        offset += len(raw) + 1
    (path.with_suffix(".d") / f"{number:08d}.jsonl").write_bytes(
        b"".join(raw + b"\n" for raw in records))
    header["segments"], header["next_segment"] = {str(number): offset}, number + 1
    return json.dumps(places).encode() + b"\n" + meta_line + b"\n"


def _set(i: int, key: str, value) -> Callable[[dict, list[dict]], None]:
    def edit(header: dict, docs: list[dict]) -> None:
        docs[i][key] = value
    return edit


def _drop(i: int, key: str) -> Callable[[dict, list[dict]], None]:
    def edit(header: dict, docs: list[dict]) -> None:
        del docs[i][key]
    return edit


def _wrong_crc(header: dict, docs: list[dict]) -> None:
    pass


DAMAGE = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[:-9]),
    "garbage": lambda p: p.write_bytes(os.urandom(300)),
    "a wrong checksum": lambda p: p.write_bytes(
        p.read_bytes().replace(b'"crc32":', b'"crc32":1', 1)),
    "a header of the wrong shape": lambda p: rewrite(p, _set_header("tables", [])),
    "a list for a record": lambda p: p.write_bytes(_replace_first_record(p, b"[1, 2]")),
    "a field of the wrong type": lambda p: rewrite(p, _set(0, _first_text_field(p), 5)),
    "a missing field": lambda p: rewrite(p, _drop(0, "id")),
    "a record filed under another id": lambda p: rewrite(p, _set(0, "id", "someone-else")),
}


# Damage to the articles file's header shows when the store opens; damage to its body when
# the body is first read (its checksum), and damage to one record when that record is read.
# A record that is valid JSON of the wrong shape under a correct checksum is not looked for
# by commits that do not read it (that would parse the whole corpus on every commit): they
# carry its bytes forward unchanged; see the test after this one.
FOUND_ON_OPEN = {"truncated", "garbage", "a header of the wrong shape"}
RECORD_DAMAGE = {"a list for a record", "a field of the wrong type", "a missing field",
                 "a record filed under another id"}
# The notes file is parsed whole when the store opens; the shape of each note (its fields)
# is checked when that note is read, so these show only in commands that read it.
SHAPE_DAMAGE = RECORD_DAMAGE - {"a list for a record"}


def _set_header(key: str, value) -> Callable[[dict, list[dict]], None]:
    def edit(header: dict, docs: list[dict]) -> None:
        header[key] = value
    return edit


def _first_text_field(path: Path) -> str:
    return "title" if path.name == ARTICLES_FILE else "quote"


def _replace_first_record(path: Path, record: bytes) -> bytes:
    head, body = path.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    if header["version"] == 1:
        first, rest = body.split(b"\n", 1)
        body = record + b"\n" + rest
    else:
        body = segmented_body(path, header, [record, *segmented_records(path)[1:]])
    seal(header, body)
    return json.dumps(header).encode() + b"\n" + body


def use(s: Store) -> None:
    """Read everything, as a session would."""
    list(s.iter_articles())
    s.annotations()
    s.list_articles()


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("name", [ARTICLES_FILE, NOTES_FILE])
def test_a_damaged_file_is_named_kept_and_explained(folder, capsys, text_file, name, damage):
    path = folder / name
    DAMAGE[damage](path)
    files = snapshot(folder)
    for readonly in (False, True):
        # Opening or first use finds it, depending on where the damage is.
        with pytest.raises(StoreCorrupt) as caught, Store.open(folder, readonly=readonly) as s:
            use(s)
        message = str(caught.value)
        assert caught.value.path == path and str(path) in message and "\n" not in message
        if not readonly and name == ARTICLES_FILE and damage not in FOUND_ON_OPEN:
            with Store.open(folder) as s:  # the notes are separate and still take changes
                s.set_setting("theme", "light")
                with pytest.raises(StoreCorrupt):
                    use(s)
                with pytest.raises(StoreCorrupt):
                    s.add_article(article(3))
            files[NOTES_FILE] = (folder / NOTES_FILE).read_bytes()
    assert snapshot(folder) == files  # byte for byte

    # The command line names the file and says what to do; the file stays as it is.
    commands = [["show", article(1).id]]  # the damaged record is about article 1
    if name == ARTICLES_FILE and damage == "a wrong checksum":
        # The index's places have a checksum of their own: showing one article reads and
        # checks those and that article, not the summaries whose whole-body checksum is
        # wrong; listing them (and every write of the articles) finds it.
        code, out, err = run_cli(capsys, "--store", str(folder), "show", article(1).id)
        assert code == 0 and article(1).title in out, err
        commands = [["list"]]
    if name == NOTES_FILE and damage not in SHAPE_DAMAGE:
        commands.append(["list"])
    elif name == NOTES_FILE:
        # One damaged note is found where it is read; a command that reads no note (the
        # list of articles) still works, and says nothing it has not read.
        code, out, err = run_cli(capsys, "--store", str(folder), "list")
        assert code == 0 and article(2).title in out, err
    if damage not in (SHAPE_DAMAGE if name == NOTES_FILE else RECORD_DAMAGE):
        commands.append(["import", str(text_file)])  # (an import reads no note)
    for command in commands:
        code, _, err = run_cli(capsys, "--store", str(folder), *command)
        assert_one_line_error(code, err, str(path), "is damaged", "restore it from a backup",
                              "move it out of the folder")
    assert snapshot(folder) == files


def test_an_import_into_a_store_with_a_damaged_article_is_refused_untouched(folder, text_file,
                                                                           capsys):
    # Import reads every article (to link actor names across articles), so it meets the
    # damage, says where it is, and writes nothing over the damaged file.
    path = folder / ARTICLES_FILE
    DAMAGE["a field of the wrong type"](path)
    before = path.read_bytes()
    code, _, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert_one_line_error(code, err, str(path), "article '000000000001' has a 'title' of the"
                          " wrong type")
    assert path.read_bytes() == before
    code, _, err = run_cli(capsys, "--store", str(folder), "show", article(1).id)
    assert_one_line_error(code, err, str(path), "article '000000000001' has a 'title' of the"
                          " wrong type")


@pytest.mark.parametrize("content", ['{"format": "newsdesk-store", "schema": "one"}', "{nope"])
def test_damaged_store_json_through_the_cli(folder, capsys, content):
    (folder / STORE_FILE).write_text(content)
    files = snapshot(folder)
    code, _, err = run_cli(capsys, "--store", str(folder), "list")
    assert_one_line_error(code, err, str(folder / STORE_FILE), "is damaged",
                          "restore it from a backup", f'"schema": {SCHEMA_VERSION}}}')
    assert "move it out" not in err  # without it the data files are refused
    assert snapshot(folder) == files
