"""The store folder: the files it holds, its write lock, and what else may be found in it.

A store folder holds `store.json` (STORE_FILE), `articles.jsonl`, `notes.jsonl` (each
with its overlay of recent commits beside it once large) and a `lock`. This module
decides what newsdesk may do to a folder before any store file is read:
make it (never inside a folder that holds other things), take its flock for each commit
(so processes take turns to write), and clear the temporary files a killed commit left. It
stands apart from the Store class so that the folder's rules read in one place, plumbing
over the OS like the commits in atomic.py.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
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
# Recent changes to the notes file, while it is large (overlay.py: overlay_path(NOTES_FILE)).
NOTES_RECENT_FILE = "notes-recent.jsonl"
# Recent changes to the articles' index, while it is large (index_overlay.py).
ARTICLES_RECENT_FILE = "articles-recent.jsonl"
LOCK_FILE = "lock"
SEGMENTS_FOLDER = "articles.d"  # the articles' segment files (segments.py)
CACHE_FOLDER = "cache"  # data derived from the store, each entry checked before use
OWN_FILES = (STORE_FILE, ARTICLES_FILE, NOTES_FILE, NOTES_RECENT_FILE, ARTICLES_RECENT_FILE)


def prepare_store_folder(folder: Path, *, create: bool) -> None:
    """Make `folder` if need be (and allowed); a folder without a store.json is refused if
    it holds other things, before a lock file is left in it."""
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


# How long a commit waits for another process's commit to end before it gives up. Commits
# take milliseconds to a few seconds (a large import), so only a stuck process runs it out.
LOCK_WAIT_SECONDS = 60.0


class WriteLock:
    """A store folder's write lock, held while one commit (or one open) is written.

    Any number of processes may have a store open; they take turns to write. The lock is an
    flock on the folder's `lock` file, opened once (so a read-only disk or a folder without
    write permission shows when the store opens) and locked per commit: it belongs to the
    open file, so it dies with its process however that ends. Re-entrant within one holder
    (a change that commits both data files takes it once). Taking it waits for another
    holder, up to LOCK_WAIT_SECONDS.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE
        self._fd: int | None = open_lock_file(self.path)
        self._held: int | None = None  # the descriptor holding the flock while held
        self._depth = 0

    @property
    def held(self) -> bool:
        return self._depth > 0

    def __enter__(self) -> WriteLock:
        if self._fd is None:
            raise StoreError(f"{self.path.parent} was closed; open it again to use it",
                             self.path.parent)
        if self._depth == 0:
            self._held = flock_waiting(self._fd, self.path, wait=LOCK_WAIT_SECONDS)
        self._depth += 1
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._held is not None:
            held, self._held = self._held, None
            if held == self._fd:
                fcntl.flock(held, fcntl.LOCK_UN)
            else:
                os.close(held)  # a waiter's own descriptor: closing it releases the flock

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the flock, if held
            self._fd = None


def lock_folder(lock_path: Path) -> int:
    """Take a store folder's write lock now or raise StoreLocked; returns its descriptor.

    Close the descriptor to release it. (Tests and tools hold a folder with this.)
    """
    fd = open_lock_file(lock_path)
    try:
        flock_waiting(fd, lock_path, wait=0.0)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_lock_file(lock_path: Path) -> int:
    """Open (or make) a store folder's lock file for writing; returns its descriptor."""
    try:
        return os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as e:
        advice = os_error_advice(e)
        if "--readonly" not in advice:
            advice += ", or open the store with --readonly"
        raise StoreIOError(f"cannot open {lock_path.parent} for writing ({e.strerror});"
                           f" {advice}", lock_path.parent) from e


def flock_waiting(fd: int, lock_path: Path, *, wait: float) -> int:
    """Take the flock on `lock_path`, waiting up to `wait` seconds for its holder to let go.

    Returns the descriptor that holds it: `fd` when the lock was free, else one a waiting
    thread opened and blocked on. A blocked waiter is woken by the kernel when the holder
    lets go, so a process committing in a loop cannot starve another (polling could).
    """
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        if e.errno not in _BUSY:
            raise _lock_error(fd, lock_path, e) from e
        if wait <= 0:
            raise _locked(fd, lock_path, wait) from None
        fd = _wait_for_lock(fd, lock_path, wait)
    # Only for the message another process shows; the lock itself is the flock.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


_BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)


def _wait_for_lock(fd: int, lock_path: Path, wait: float) -> int:
    """Block on the lock in a thread (on a descriptor of its own) for up to `wait` seconds;
    if time runs out first, the thread lets the lock go the moment it gets it."""
    guard = threading.Lock()
    got: list[int] = []
    failed: list[OSError] = []
    gave_up = False
    done = threading.Event()

    def block() -> None:
        try:
            waiter = os.open(lock_path, os.O_RDWR | os.O_CLOEXEC)
        except OSError as e:
            failed.append(e)
            done.set()
            return
        try:
            fcntl.flock(waiter, fcntl.LOCK_EX)
        except OSError as e:
            os.close(waiter)
            failed.append(e)
            done.set()
            return
        with guard:
            if gave_up:
                os.close(waiter)
            else:
                got.append(waiter)
        done.set()

    threading.Thread(target=block, name="newsdesk-store-lock", daemon=True).start()
    done.wait(wait)
    with guard:
        if got:
            return got[0]
        gave_up = True
    if failed:
        raise _lock_error(fd, lock_path, failed[0]) from failed[0]
    raise _locked(fd, lock_path, wait)


def _locked(fd: int, lock_path: Path, wait: float) -> StoreLocked:
    folder = lock_path.parent
    waited = f" for over {wait:g} s" if wait else ""
    return StoreLocked(f"{folder} is in use by another newsdesk{_lock_holder(fd)}, which has"
                       f" been saving to it{waited}; try again when it is done, or add"
                       " --readonly to look without changing anything", folder)


def _lock_error(fd: int, lock_path: Path, e: OSError) -> StoreIOError:
    folder = lock_path.parent
    return StoreIOError(f"cannot lock {folder} ({e.strerror}); keep the store on a local"
                        " disk, or open it with --readonly", folder)


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

    Only for the holder of the folder's lock: then no other commit is in progress.
    """
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if is_temp_name(name, OWN_FILES):
                with contextlib.suppress(OSError):
                    os.unlink(folder / name)
    for name in segment_temp_files(folder):
        with contextlib.suppress(OSError):
            os.unlink(folder / SEGMENTS_FOLDER / name)


def segment_temp_files(folder: Path) -> list[str]:
    """Temporary files of segment writes that were killed (see segments.py)."""
    try:
        names = os.listdir(folder / SEGMENTS_FOLDER)
    except OSError:
        return []
    return [n for n in names if n.startswith(".") and n.endswith(".tmp")]


def check_no_orphan_data(folder: Path) -> None:
    """Refuse a folder that holds store data but no store.json (it was lost, not never made)."""
    for name in (ARTICLES_FILE, NOTES_FILE, NOTES_RECENT_FILE, ARTICLES_RECENT_FILE,
                 SEGMENTS_FOLDER):
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
               if n not in (LOCK_FILE, SEGMENTS_FOLDER, CACHE_FOLDER) and n not in OWN_FILES
               and not is_temp_name(n, OWN_FILES)]
    if foreign:
        raise StoreError(f"{folder} is not empty and holds no newsdesk store; pick a new or"
                         " empty folder with --store or NEWSDESK_STORE", folder)
