"""Writing exported files: atomically (storage.atomic_write) and never over a file unasked."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .errors import StoreError, StoreIOError, os_error_advice
from .storage import atomic_write


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
