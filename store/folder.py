"""The store folder: the files it holds, its write lock, and what else may be found in it.

A store folder holds `store.json` (STORE_FILE), `articles.jsonl`, `notes.jsonl` and a
`lock`. This module decides what newsdesk may do to a folder before any store file is read:
make it (never inside a folder that holds other things), take its flock (so one process
writes), and clear the temporary files a killed commit left. It stands apart from the
Store class so that the folder's rules read in one place, plumbing over the OS like the
commits in atomic.py.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from pathlib import Path

from .atomic import is_temp_name
from .errors import (
    StoreCorrupt,
    StoreError,
    StoreIOError,
    StoreLocked,
    StoreNotFound,
    os_error_advice,
)

STORE_FILE = "store.json"
ARTICLES_FILE = "articles.jsonl"
NOTES_FILE = "notes.jsonl"
LOCK_FILE = "lock"
OWN_FILES = (STORE_FILE, ARTICLES_FILE, NOTES_FILE)


def lock_store_folder(folder: Path, *, create: bool) -> int:
    """Make `folder` if need be (and allowed) and take its write lock; returns the lock's fd.

    A folder without a store.json is refused if it holds other things, before a lock file
    is left in it.
    """
    if not (folder / STORE_FILE).exists():
        refuse_foreign_folder(folder)
    if not folder.exists():
        if not create:
            raise not_found(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreIOError(f"cannot create the store folder {folder}"
                               f" ({e.strerror}); {os_error_advice(e)}", folder) from e
    return lock_folder(folder / LOCK_FILE)


def lock_folder(lock_path: Path) -> int:
    """Take a store folder's write lock (an flock on `lock_path`); returns its descriptor.

    The lock belongs to the open file, so it dies with this process however that ends, and
    a second open, even in this process, is refused. Close the descriptor to release it.
    """
    folder = lock_path.parent
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as e:
        advice = os_error_advice(e)
        if "--readonly" not in advice:
            advice += ", or open the store with --readonly"
        raise StoreIOError(f"cannot open {folder} for writing ({e.strerror}); {advice}",
                           folder) from e
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        holder = _lock_holder(fd)
        os.close(fd)
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise StoreLocked(f"{folder} is in use by another newsdesk{holder}; close that one"
                              " first, or add --readonly to look without changing anything",
                              folder) from None
        raise StoreIOError(f"cannot lock {folder} ({e.strerror}); keep the store on a local"
                           " disk, or open it with --readonly", folder) from e
    # Only for the message another process shows; the lock itself is the flock.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def _lock_holder(fd: int) -> str:
    """' (process N)' naming the lock's holder, if it wrote its pid; else ''."""
    try:
        text = os.pread(fd, 32, 0).decode().strip()
    except (OSError, UnicodeDecodeError):
        return ""
    if not (text.isdigit() and _process_exists(int(text))):
        # The file keeps the pid of the last writer, who may be long gone while another
        # (yet to write its own pid) holds the lock: name no process rather than a wrong one.
        return ""
    return f" (process {text})"


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, under another user
        return True
    return True


def remove_stale_temp_files(folder: Path) -> None:
    """Remove the temporary files of commits that were killed mid-write.

    Only for the holder of the folder's lock: then no commit is in progress.
    """
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if is_temp_name(name, OWN_FILES):
                with contextlib.suppress(OSError):
                    os.unlink(folder / name)


def check_no_orphan_data(folder: Path) -> None:
    """Refuse a folder that holds store data but no store.json (it was lost, not never made)."""
    for name in (ARTICLES_FILE, NOTES_FILE):
        if (folder / name).exists():
            raise StoreCorrupt(
                f"{folder / STORE_FILE} is missing, yet {folder} holds newsdesk data;"
                " restore that file from a backup (newsdesk leaves the folder as it is)",
                folder / STORE_FILE)


def not_found(folder: Path) -> StoreNotFound:
    return StoreNotFound(f"no newsdesk store in {folder}; check --store / NEWSDESK_STORE,"
                         " or open it without --readonly to create one", folder)


def refuse_foreign_folder(folder: Path) -> None:
    """Refuse to make a store in a folder that already holds other things."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return
    except OSError as e:
        raise StoreIOError(f"cannot look inside {folder} ({e.strerror}); {os_error_advice(e)}",
                           folder) from e
    foreign = [n for n in names
               if n != LOCK_FILE and n not in OWN_FILES and not is_temp_name(n, OWN_FILES)]
    if foreign:
        raise StoreError(f"{folder} is not empty and holds no newsdesk store; pick a new or"
                         " empty folder with --store or NEWSDESK_STORE", folder)
