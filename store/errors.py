"""What can go wrong with a store: each error reads as one line naming the file and what to do."""

from __future__ import annotations

import errno
from pathlib import Path


class StoreError(Exception):
    """Base of every store error; `str()` is a one-line message fit to show a user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        # Paths and user input end up in messages; a newline in one must not split the line.
        super().__init__(message.replace("\r", " ").replace("\n", " "))
        self.path = path

    def __str__(self) -> str:
        return str(self.args[0])


class StoreCorrupt(StoreError):
    """A store file cannot be read or parsed; it is kept as it is and never written to."""

    @classmethod
    def damaged(cls, path: Path, detail: str, advice: str | None = None) -> StoreCorrupt:
        advice = advice or ("restore it from a backup, or move it out of the folder to start"
                            " that part afresh")
        return cls(
            f"{path} is damaged ({detail}); newsdesk left it untouched and will not write to it:"
            f" {advice}",
            path,
        )

    @classmethod
    def unreadable(cls, path: Path, err: OSError) -> StoreCorrupt:
        return cls(f"cannot read {path} ({err.strerror or err}); {os_error_advice(err)}", path)


class StoreLocked(StoreError):
    """Another process has the store open for writing."""


class StoreChanged(StoreError):
    """A store file was replaced, changed or removed by something else while the store was open.

    The commit that found it was refused, so nothing was written over the other version.
    """


class StoreReadOnly(StoreError):
    """A change was asked of a store opened read-only."""


class StoreNotFound(StoreError):
    """No store at the given folder, and creating one was not allowed."""


class StoreIOError(StoreError):
    """The operating system refused a read or write (disk full, permissions, read-only disk).

    `replaced` is True when the new file did reach its place but the folder could not be
    synced afterwards: the change is visible, but may not survive a power cut.
    """

    def __init__(self, message: str, path: Path | None = None, *, replaced: bool = False) -> None:
        super().__init__(message, path)
        self.replaced = replaced


class SchemaTooNew(StoreError):
    """The store was written by a newer newsdesk than this one."""


class StoreNeedsUpgrade(StoreError):
    """The store was written by an older newsdesk and must be upgraded by a writable open."""


class UnknownRecord(StoreError):
    """No record with the given id."""


class UnknownArticle(UnknownRecord):
    """No article with the given id or id prefix."""


class AmbiguousId(StoreError):
    """An id prefix matches more than one article."""


class DuplicateRecord(StoreError):
    """A record with that id already exists."""


_ADVICE = {
    errno.ENOSPC: "free some disk space and try again",
    errno.EDQUOT: "your disk quota is used up; free some space and try again",
    errno.EACCES: "check the permissions of the file and its folder",
    errno.EPERM: "check the permissions of the file and its folder",
    errno.EROFS: "the disk is mounted read-only; open the store with --readonly or pick another",
    errno.EIO: "the disk reported an error; check it, and keep a backup of the store folder",
}


def os_error_advice(err: OSError) -> str:
    """What a user can do about an OS error, in a few words."""
    return _ADVICE.get(err.errno or 0, "check the disk and the folder, then try again")
