"""The store under faults: a read-only or full disk, files changed underneath, a second
instance, a killed holder, damaged files. Each fault gives one clear line and loses nothing,
both at the Store and through the command line (`tui.cli.main`).

Tests run as root, so chmod stops nothing: read-only and full disks are real tmpfs mounts
where mounting is allowed (skipped, with the reason, where not) and simulated OS errors
everywhere.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsdesk.analysis.model import Findings
from newsdesk.app import importing
from newsdesk.cli import main as cli
from newsdesk.store.db import ARTICLES_FILE, LOCK_FILE, NOTES_FILE, STORE_FILE, Store
from newsdesk.store.errors import (
    StoreChanged,
    StoreCorrupt,
    StoreIOError,
    StoreLocked,
)
from newsdesk.store.records import Annotation, Article

ROOT = Path(__file__).resolve().parents[2]


def article(n: int, **changes) -> Article:
    fields = {"id": f"{n:012x}", "title": f"Steel tariffs, part {n}",
              "text": f"Washington raised tariffs on steel to 55% on day {n}.",
              "published": "2025-09-01", "imported_at": "2025-09-14T09:00:00+00:00",
              "findings": Findings(), "findings_version": "1"}
    fields.update(changes)
    return Article(**fields)


def note(n: int, article_id: str) -> Annotation:
    return Annotation(id=f"note-{n}", article_id=article_id, start=0, end=10,
                      quote="Washington", note=f"note {n}", tags=["trade"])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes but the lock's."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name != LOCK_FILE}


def fill(folder: Path) -> Path:
    """Make `folder` a store holding two articles, a note and a setting."""
    with Store.open(folder) as s:
        s.add_articles([article(1), article(2)])
        s.add_annotation(note(1, article(1).id))
        s.set_setting("theme", "dark")
    return folder


def state(folder: Path) -> tuple:
    """Everything a store holds, read afresh (read-only, so it works beside a writer)."""
    with Store.open(folder, readonly=True) as s:
        return (list(s.iter_articles()), s.list_articles(), s.annotations(), s.corrections(),
                s.settings())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return fill(tmp_path / "store")


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 2, err
    assert err.startswith("newsdesk: error: ") and err.count("\n") == 1, err
    for fragment in fragments:
        assert fragment in err, (fragment, err)


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "new-steel-story.txt"
    path.parent.mkdir()
    path.write_text("New steel story\n\nBrussels answered the tariffs on Monday.\n")
    return path


def refuse(monkeypatch, call: str, err: int, under: Path) -> None:
    """Make os.<call> fail with `err` for paths inside `under` (the rest works as usual)."""
    real = getattr(os, call)

    def refused(*args, **kwargs):
        if any(str(a).startswith(str(under)) for a in args if isinstance(a, str | Path)):
            raise OSError(err, os.strerror(err))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, call, refused)


# -- real tmpfs mounts ---------------------------------------------------------------------


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """mount(size) -> a fresh, empty tmpfs of that size; unmounted afterwards."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"mnt{len(mounted)}"
        point.mkdir()
        try:
            done = _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point))
        except OSError as e:
            pytest.skip(f"cannot run mount here: {e}")
        if done.returncode != 0:
            pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        if subprocess.run(["umount", str(point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


def remount_read_only(point: Path) -> None:
    done = _mount("-o", "remount,ro", str(point))
    assert done.returncode == 0, done.stderr


# -- a read-only disk ------------------------------------------------------------------------


def test_a_read_only_disk_refuses_writers_in_one_line_and_serves_readers(tmpfs, capsys,
                                                                          text_file):
    folder = fill(tmpfs("1m") / "store")
    before, files = state(folder), snapshot(folder)
    remount_read_only(folder.parent)
    with pytest.raises(StoreIOError) as caught:
        Store.open(folder)
    message = str(caught.value)
    assert str(folder) in message and "read-only" in message and "\n" not in message
    assert state(folder) == before

    code, _, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert_one_line_error(code, err, str(folder), "read-only")
    code, out, err = run_cli(capsys, "--store", str(folder), "list")
    assert code == 0 and err == ""
    assert "Steel tariffs, part 1" in out and "Steel tariffs, part 2" in out
    assert snapshot(folder) == files


@pytest.mark.parametrize("call, err", [("open", errno.EROFS), ("replace", errno.EACCES),
                                       ("open", errno.EACCES), ("replace", errno.EROFS)])
def test_a_disk_that_turns_read_only_while_open_loses_nothing(folder, monkeypatch, call, err):
    before, files = state(folder), snapshot(folder)
    with Store.open(folder) as s:
        refuse(monkeypatch, call, err, folder)
        for change, name in [(lambda: s.add_article(article(3)), ARTICLES_FILE),
                             (lambda: s.set_setting("theme", "light"), NOTES_FILE),
                             (lambda: s.add_annotation(note(2, article(2).id)), NOTES_FILE),
                             (lambda: s.remove_article(article(1).id), NOTES_FILE)]:
            with pytest.raises(StoreIOError) as caught:
                change()
            message = str(caught.value)
            assert str(folder / name) in message and os.strerror(err) in message
            assert "last saved state" in message and "\n" not in message
        monkeypatch.undo()
        assert (list(s.iter_articles()), s.list_articles(), s.annotations(),
                s.corrections(), s.settings()) == before
    assert state(folder) == before and snapshot(folder) == files


@pytest.mark.parametrize("err", [errno.EROFS, errno.EACCES])
def test_the_cli_on_a_read_only_store_folder(folder, monkeypatch, capsys, text_file, err):
    files = snapshot(folder)
    refuse(monkeypatch, "open", err, folder)
    code, _, stderr = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert_one_line_error(code, stderr, str(folder), os.strerror(err))
    code, _, stderr = run_cli(capsys, "--store", str(folder), "remove", article(1).id)
    assert_one_line_error(code, stderr, str(folder))
    code, out, _ = run_cli(capsys, "--store", str(folder), "list")
    assert code == 0 and "Steel tariffs, part 2" in out
    monkeypatch.undo()
    assert snapshot(folder) == files


# -- a full disk -----------------------------------------------------------------------------


def fill_disk(point: Path) -> Path:
    """Write to a filler file until the disk is full; returns the filler."""
    filler = point / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        chunk = b"\0" * 65536
        while True:
            try:
                os.write(fd, chunk)
            except OSError as e:
                assert e.errno == errno.ENOSPC
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_refuses_the_commit_and_keeps_the_old_state(tmpfs, capsys, text_file):
    point = tmpfs("256k")
    folder = fill(point / "store")
    before, files = state(folder), snapshot(folder)
    with Store.open(folder) as s:
        s.get_article(article(1).id)
        filler = fill_disk(point)
        for change, name in [(lambda: s.add_articles([article(n) for n in range(3, 40)]),
                              ARTICLES_FILE),
                             (lambda: s.set_setting("theme", "x" * 5000), NOTES_FILE)]:
            with pytest.raises(StoreIOError) as caught:
                change()
            message = str(caught.value)
            assert str(folder / name) in message and "free some disk space" in message
            assert "\n" not in message
        assert s.article_count() == 2 and s.get_setting("theme") == "dark"
        assert state(folder) == before and snapshot(folder) == files  # no temp file left

        # The command line says the same, in one line, and lists meanwhile.
        code, _, err = run_cli(capsys, "--store", str(point / "other"), "list")
        assert code == 2 and "newsdesk: error:" in err  # a new store cannot even be made
        filler.unlink()
        s.add_article(article(3))  # room again: the open store goes on working
    assert [a.id for a in state(folder)[0]] == [article(n).id for n in (1, 2, 3)]


def test_the_cli_on_a_full_disk(tmpfs, capsys, text_file):
    point = tmpfs("256k")
    folder = fill(point / "store")
    files = snapshot(folder)
    fill_disk(point)
    code, _, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert_one_line_error(code, err, str(folder / ARTICLES_FILE), "No space left",
                          "free some disk space")
    assert snapshot(folder) == files
    code, out, _ = run_cli(capsys, "--store", str(folder), "list")
    assert code == 0 and "Steel tariffs, part 1" in out


@pytest.mark.parametrize("call", ["write", "fsync"])
def test_a_simulated_full_disk_through_the_cli(folder, monkeypatch, capsys, text_file, call):
    files = snapshot(folder)
    real = getattr(os, call)

    def full(fd, *args):
        # Only the store's own commits write through os.write/os.fsync with a raw fd.
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, call, full)
    code, _, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    monkeypatch.setattr(os, call, real)
    assert_one_line_error(code, err, str(folder / ARTICLES_FILE), "free some disk space")
    assert snapshot(folder) == files
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [STORE_FILE, ARTICLES_FILE, NOTES_FILE, LOCK_FILE])


# -- files changed underneath an open store --------------------------------------------------


def other_version(tmp_path: Path, name: str) -> bytes:
    """The bytes of `name` in a different, valid store."""
    other = tmp_path / "other"
    with Store.open(other) as s:
        s.add_article(article(77, title="Someone else's article"))
        s.add_annotation(note(77, article(77).id))
    return (other / name).read_bytes()


@pytest.mark.parametrize("name", [ARTICLES_FILE, NOTES_FILE])
@pytest.mark.parametrize("how", ["replaced", "edited in place", "removed"])
def test_a_file_changed_underneath_is_not_overwritten(folder, tmp_path, name, how):
    theirs = other_version(tmp_path, name)
    path = folder / name
    with Store.open(folder) as s:
        s.get_article(article(1).id)
        mine = (list(s.iter_articles()), s.annotations(), s.settings())
        if how == "replaced":
            (folder / "incoming").write_bytes(theirs)
            os.replace(folder / "incoming", path)
        elif how == "edited in place":
            with open(path, "r+b") as f:
                f.truncate(0)
                f.write(theirs)
        else:
            path.unlink()
        after_them = snapshot(folder)
        change = (lambda: s.add_article(article(3))) if name == ARTICLES_FILE else (
            lambda: s.set_setting("theme", "light"))
        for _ in range(2):  # and again: it does not give in on a retry
            with pytest.raises(StoreChanged) as caught:
                change()
            message = str(caught.value)
            assert str(path) in message and "not saved" in message and "\n" not in message
            assert ("removed" if how == "removed" else "replaced or changed") in message
        assert snapshot(folder) == after_them  # their version (or its absence) stands
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


def test_a_file_created_by_someone_else_after_opening_is_not_overwritten(tmp_path):
    folder = tmp_path / "store"
    with Store.open(folder) as s:
        assert not (folder / NOTES_FILE).exists()
        theirs = other_version(tmp_path, NOTES_FILE)
        (folder / NOTES_FILE).write_bytes(theirs)
        with pytest.raises(StoreChanged, match="replaced or changed"):
            s.set_setting("theme", "light")
    assert (folder / NOTES_FILE).read_bytes() == theirs


def test_the_cli_refuses_to_save_over_a_file_replaced_while_importing(
        folder, tmp_path, monkeypatch, capsys, text_file):
    theirs = other_version(tmp_path, ARTICLES_FILE)
    real_analyze = importing.analyze_article

    def analyze_while_someone_replaces_the_file(a, *args, **kwargs):
        (folder / "incoming").write_bytes(theirs)
        os.replace(folder / "incoming", folder / ARTICLES_FILE)
        return real_analyze(a, *args, **kwargs)

    monkeypatch.setattr(importing, "analyze_article", analyze_while_someone_replaces_the_file)
    code, _, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
    assert_one_line_error(code, err, str(folder / ARTICLES_FILE), "replaced or changed",
                          "not saved")
    assert (folder / ARTICLES_FILE).read_bytes() == theirs


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


def test_a_second_writer_is_locked_out_and_readers_see_a_snapshot(folder, capsys, text_file):
    child = hold(folder)
    try:
        files = snapshot(folder)
        with pytest.raises(StoreLocked) as caught:
            Store.open(folder)
        message = str(caught.value)
        assert str(folder) in message and f"(process {child.pid})" in message
        assert "\n" not in message
        with Store.open(folder, readonly=True) as reader:
            assert reader.get_setting("held by") == "child"
            assert [a.id for a in reader.iter_articles()] == [article(1).id, article(2).id]
            assert [n.id for n in reader.annotations()] == ["note-1"]

        code, _, err = run_cli(capsys, "--store", str(folder), "import", str(text_file))
        assert_one_line_error(code, err, str(folder), f"process {child.pid}", "in use")
        code, _, err = run_cli(capsys, "--store", str(folder), "remove", article(1).id)
        assert_one_line_error(code, err, f"process {child.pid}")
        code, out, err = run_cli(capsys, "--store", str(folder), "list")
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
def test_the_pid_in_the_lock_file_is_not_trusted_blindly(folder, content):
    """A holder that has the flock but has not yet written its pid: no stale pid is named."""
    if content == "dead":
        child = hold(folder)
        kill(child)
        text = str(child.pid)
    else:
        text = "not a pid\x00\xff" if content == "garbage" else ""
    (folder / LOCK_FILE).write_text(text, errors="surrogateescape")
    import fcntl

    fd = os.open(folder / LOCK_FILE, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the lock, but no pid written
        with pytest.raises(StoreLocked) as caught:
            Store.open(folder)
        message = str(caught.value)
        assert "in use by another newsdesk;" in message and "process" not in message
    finally:
        os.close(fd)


# -- damaged files ---------------------------------------------------------------------------


def rewrite(path: Path, edit: Callable[[dict, list[dict]], None]) -> None:
    """Rewrite a store file with `edit(header, docs)` applied and a header that fits it."""
    head, body = path.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    docs = [json.loads(line) for line in body.split(b"\n")[:-1]]
    edit(header, docs)
    body = b"".join(json.dumps(d).encode() + b"\n" for d in docs)
    header["body_bytes"], header["crc32"] = len(body), zlib.crc32(body)
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


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


def _set_header(key: str, value) -> Callable[[dict, list[dict]], None]:
    def edit(header: dict, docs: list[dict]) -> None:
        header[key] = value
    return edit


def _first_text_field(path: Path) -> str:
    return "title" if path.name == ARTICLES_FILE else "quote"


def _replace_first_record(path: Path, record: bytes) -> bytes:
    head, body = path.read_bytes().split(b"\n", 1)
    first, rest = body.split(b"\n", 1)
    body = record + b"\n" + rest
    header = json.loads(head)
    header["body_bytes"], header["crc32"] = len(body), zlib.crc32(body)
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
    commands = [["show", article(1).id]]
    if name == NOTES_FILE:
        commands.append(["list"])
    if name == NOTES_FILE or damage not in RECORD_DAMAGE:
        commands.append(["import", str(text_file)])
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
                          "restore it from a backup", '"schema": 1}')
    assert "move it out" not in err  # without it the data files are refused
    assert snapshot(folder) == files


# -- text that is not text -------------------------------------------------------------------


def test_lone_surrogates_are_stored_as_replacement_characters(tmp_path):
    folder = tmp_path / "store"
    with Store.open(folder) as s:
        s.add_article(article(1, title="caf\udce9", text="a\ud800b c"))
        s.add_annotation(note(1, article(1).id))
        s.update_annotation(Annotation(**{**note(1, article(1).id).to_dict(),
                                          "note": "\udfff!"}))
        s.set_setting("name", {"k": ["\ud83d"]})
        for got in (s, ):
            assert got.list_articles()[0].title == "caf\ufffd"
            assert got.get_article(article(1).id).text == "a\ufffdb c"
        with pytest.raises(ValueError, match="surrogate"):
            s.add_article(article(2, id="id\udcff"))
        with pytest.raises(ValueError, match="surrogate"):
            s.set_setting("\ud800", 1)
    for name in (ARTICLES_FILE, NOTES_FILE):
        (folder / name).read_bytes().decode("utf-8")  # strict: valid UTF-8 throughout
    with Store.open(folder) as s:
        assert s.list_articles()[0].title == "caf\ufffd"
        assert s.get_article(article(1).id).text == "a\ufffdb c"
        assert s.get_annotation("note-1").note == "\ufffd!"
        assert s.get_setting("name") == {"k": ["\ufffd"]}
        assert s.article_count() == 1


def test_a_file_name_that_is_not_utf8_imports_through_the_cli(folder, tmp_path, capsys):
    source = tmp_path / "odd"
    source.mkdir()
    name = os.fsdecode(b"tariffs-caf\xe9.txt")  # as Python sees it: with a lone surrogate
    (source / name).write_text("Tariffs rose again on Monday, the ministry said.\n")
    code, out, err = run_cli(capsys, "--store", str(folder), "import", str(source))
    assert code == 0, err
    code, out, _ = run_cli(capsys, "--store", str(folder), "list")
    assert code == 0 and "caf\ufffd" in out
