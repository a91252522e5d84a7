"""The store under faults of the disk: read-only or full, really (tmpfs mounts) or as
simulated OS errors, and text the disk's files cannot hold as it is. Each fault gives one
clear line and loses nothing, both at the Store and through the command line.

Tests run as root, so chmod stops nothing: read-only and full disks are real tmpfs mounts
where mounting is allowed (skipped, with the reason, where not) and simulated OS errors
everywhere.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import assert_one_line_error, run_cli
from support import fill_store as fill
from support import folder_bytes as snapshot
from support import plain_article as article
from support import plain_note as note
from support import store_state as state

from newsdesk.store.db import ARTICLES_FILE, LOCK_FILE, NOTES_FILE, STORE_FILE, Store
from newsdesk.store.errors import StoreIOError
from newsdesk.store.folder import CACHE_FOLDER, SEGMENTS_FOLDER
from newsdesk.store.records import Annotation


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return fill(tmp_path / "store")


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
        code, _, err = run_cli(capsys, "--store", str(point / "other"), "import",
                               str(text_file))
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
    assert snapshot(folder) == files  # segments included: no new or temporary file
    assert sorted(p.name for p in folder.iterdir() if p.name != CACHE_FOLDER) == sorted(
        [STORE_FILE, ARTICLES_FILE, NOTES_FILE, LOCK_FILE, SEGMENTS_FOLDER])


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
