"""What the commands share: the user-mistake error, opening the store, printing untrusted
text, writing files or stdout, and a progress bar."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Sized
from pathlib import Path

from newsdesk.analysis.text import one_line
from newsdesk.app.gcpause import gc_paused
from newsdesk.store.db import Store
from newsdesk.store.errors import StoreNeedsUpgrade
from newsdesk.store.fileio import write_file
from newsdesk.store.location import resolve_store_path

from .parser import PROG

__all__ = ["PROG", "CliError", "Progress", "count", "gc_paused", "one_line", "open_store",
           "target", "write_output"]


class CliError(Exception):
    """A user mistake: printed as one line, exit status 2."""


def open_store(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    """The store `--store` / NEWSDESK_STORE names (a missing one opened read-only is an
    empty store, and nothing is written). A command that only reads still moves a store an
    older newsdesk wrote forward, once, unless the reader said --readonly."""
    path = resolve_store_path(args.store)
    try:
        return Store.open(path, readonly=readonly or args.readonly)
    except StoreNeedsUpgrade:
        if args.readonly:
            raise
        Store.open(path).close()  # the upgrade, under the store's write lock
        return Store.open(path, readonly=readonly)


def count(items: int | Sized, word: str) -> str:
    """"1 article", "3 notes"."""
    n = items if isinstance(items, int) else len(items)
    return f"{n} {word}{'' if n == 1 else 's'}"


def target(output: str | None, default_name: str) -> Path | None:
    """Where to write: None for stdout ("-"), a folder gets the default name."""
    if output == "-":
        return None
    if not output:
        return Path(default_name)
    path = Path(output).expanduser()
    return path / default_name if path.is_dir() else path


def write_output(path: Path | None, data: bytes | Iterable[bytes], force: bool) -> None:
    """Write to a file (atomically, never over one unasked) or, for None, to stdout."""
    if path is not None:
        write_file(path, data, force=force)
        return
    chunks = [data] if isinstance(data, bytes) else data
    # Bytes as written (UTF-8, the .ics file's CRLFs), whatever the terminal's encoding.
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    for chunk in chunks:
        if out is not None:
            out.write(chunk)
        else:
            sys.stdout.write(chunk.decode())
    (out or sys.stdout).flush()


class Progress:
    """A progress bar on a terminal when there are many files (or feeds, or pages); silent
    otherwise."""

    MIN_FILES = 20

    def __init__(self, enabled: bool, *, unit: str = "files", minimum: int = MIN_FILES) -> None:
        self.enabled = enabled
        self.shown = False
        self.started = time.monotonic()
        self.unit = unit
        self.minimum = minimum

    def update(self, done: int, total: int, path: Path | None) -> None:
        if not self.enabled or total < self.minimum:
            return
        width = 30
        filled = width * done // max(total, 1)
        rate = done / max(time.monotonic() - self.started, 1e-6)
        sys.stderr.write(f"\r{PROG}: [{'#' * filled}{'.' * (width - filled)}] "
                         f"{done}/{total} {self.unit}, {rate:,.0f}/s")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False
