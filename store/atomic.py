"""Writing a file so that a crash at any instant leaves the old version or the new one.

`atomic_write` writes a temporary file beside the target, fsyncs it, `os.replace`s it over
the target and fsyncs the folder. The JSON encoding every store file is written in lives
here too (`encode_json`: compact, one line, lone surrogates made U+FFFD), with the small
plain JSON files (store.json) read and written whole. This is the plumbing over the OS that
the store files (storage.py), the store folder (folder.py) and exports (fileio.py) share;
it knows nothing of tinydb or of records.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import StoreCorrupt, StoreIOError, os_error_advice

Raw = bytes | memoryview

_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate (a code point UTF-8 cannot encode)."""
    return _SURROGATE.search(text) is not None


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON on one line; NaN and infinities are refused (they are not JSON).

    A lone surrogate in a string (not a character, so neither UTF-8 nor JSON text can hold
    it; Python makes them from undecodable file names) is stored as U+FFFD, one code point
    for one, so that offsets into the text stay valid.
    """
    return encode_json_checked(value)[0]


def encode_json_checked(value: Any) -> tuple[bytes, bool]:
    """`encode_json`, and whether the value went in unchanged (no surrogate replaced)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        return text.encode(), True
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode(), False


def temp_path(path: Path) -> Path:
    """The temporary file a commit of `path` writes before renaming it into place."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def is_temp_name(name: str, targets: Iterable[str]) -> bool:
    """True for a temporary file left by a commit of one of `targets` (e.g. after a crash)."""
    for target in targets:
        prefix = f".{target}."
        if name.startswith(prefix) and name.endswith(".tmp"):
            return name[len(prefix):-len(".tmp")].isdigit()
    return False


def atomic_write(path: Path, chunks: Iterable[Raw]) -> os.stat_result:
    """Replace `path` by the concatenated `chunks`: a crash leaves the old file or the new one.

    Returns the new file's status (as `os.fstat` gave it once written). Raises StoreIOError;
    `replaced` on it tells whether the new file is in place.
    """
    tmp = temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        try:
            _keep_mode(path, fd)
            for chunk in chunks:
                _write_all(fd, chunk)
            os.fsync(fd)
            written = os.fstat(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise StoreIOError(
                f"could not save {path} ({e.strerror or e}); {os_error_advice(e)};"
                " the file still holds its last saved state",
                path,
            ) from e
        raise
    try:
        fsync_dir(path.parent)
    except OSError as e:
        raise StoreIOError(
            f"saved {path} but could not sync its folder ({e.strerror or e}), so the change may"
            f" be lost if the machine loses power now; {os_error_advice(e)}",
            path,
            replaced=True,
        ) from e
    return written


def _write_all(fd: int, data: Raw) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _keep_mode(path: Path, fd: int) -> None:
    # A user who made a file private (chmod 600) keeps it private across commits.
    with contextlib.suppress(OSError):
        os.fchmod(fd, stat.S_IMODE(os.stat(path).st_mode))


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable; a no-op where the file system cannot do that."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def read_json_file(path: Path, advice: str | None = None) -> Any | None:
    """A small plain JSON file's content, or None if it does not exist.

    `advice` replaces the usual advice (see StoreCorrupt.damaged) if it is not JSON.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise StoreCorrupt.unreadable(path, e) from e
    try:
        return json.loads(data)
    except ValueError as e:  # includes UnicodeDecodeError
        raise StoreCorrupt.damaged(path, "it is not valid JSON", advice) from e


def write_json_file(path: Path, value: Any) -> None:
    """Write a small plain JSON file atomically, indented for people who look inside."""
    atomic_write(path, [json.dumps(value, indent=2, ensure_ascii=False).encode() + b"\n"])
