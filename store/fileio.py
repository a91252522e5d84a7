"""Writing exported files: atomically (atomic.atomic_write) and never over a file unasked."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .atomic import atomic_write, is_temp_name
from .errors import StoreError, StoreIOError, os_error_advice


class ExportError(StoreError):
    """An export file cannot be written where the reader asked; the message says why."""


def check_target(path: Path, *, force: bool) -> None:
    """Raise ExportError unless `path` can take a new file (an existing one only if force)."""
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name", path)
    if path.exists() and not force:
        raise ExportError(f"{path} already exists; add --force to replace it, or give another"
                          " file name", path)
    parent = path.parent
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        raise ExportError(f"cannot write {path}: the folder {parent} {what}", path)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {path}: no permission to create files in {parent}",
                          path)


def write_file(path: Path | str, data: bytes | Iterable[bytes], *, force: bool = False) -> Path:
    """Write `data` to `path` atomically (temporary file beside it, fsync, rename).

    A crash leaves either no file (or the old one) or the whole new one; an existing file is
    replaced only with `force`. Returns the path written.
    """
    path = Path(path)
    check_target(path, force=force)
    remove_dead_temps(path)
    chunks = [data] if isinstance(data, bytes | bytearray | memoryview) else data
    try:
        atomic_write(path, chunks)
    except StoreIOError as e:
        if e.replaced:  # in place, only the folder sync failed: say so, as the store does
            raise
        cause = e.__cause__
        detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
        advice = os_error_advice(cause) if isinstance(cause, OSError) else "check the disk"
        raise ExportError(f"cannot write {path} ({detail}); {advice}", path) from e
    return path


def remove_dead_temps(path: Path) -> int:
    """Delete temporary files beside `path` left by writers that were killed mid-write.

    A temp file names its writer's pid; one whose process is gone can never be renamed
    into place, so it is only clutter next to the reader's notes. Returns how many went.
    """
    removed = 0
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return 0
    for sibling in siblings:
        if not is_temp_name(sibling.name, [path.name]):
            continue
        pid = int(sibling.name[len(path.name) + 2:-len(".tmp")])
        if _alive(pid):
            continue
        try:
            sibling.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but not ours to signal
        return True
    return True
