"""One analysis worker (see app/parallel.py): `python -m newsdesk.app.worker MODULE NAME`.

Reads jobs from stdin and writes results to stdout, each a pickled frame behind its
length (8 bytes, big-endian): a job is (text, published date or None), a result the
findings or ("error", the exception's one line). It runs MODULE.NAME (the engine's
analysis) on each job, and exits when stdin ends: when the importing process finishes,
or dies. A fresh interpreter, not a fork or a multiprocessing child: nothing of the
parent (its threads, its main module) comes with it.
"""

from __future__ import annotations

import importlib
import pickle
import struct
import sys
from typing import IO, Any

_LENGTH = struct.Struct(">Q")


def write_frame(out: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)) + data)
    out.flush()


def read_frame(source: IO[bytes]) -> Any:
    """The next frame's value; EOFError at the end of the stream (or in a frame)."""
    head = source.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    (length,) = _LENGTH.unpack(head)
    data = source.read(length)
    if len(data) < length:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - frames from our own parent process


def serve(module: str, name: str, jobs: IO[bytes], results: IO[bytes]) -> None:
    analyze = getattr(importlib.import_module(module), name)
    analyze("Warm up.", None)  # the lexicons load now, not with the first job
    while True:
        try:
            text, published = read_frame(jobs)
        except EOFError:
            return
        try:
            found: Any = analyze(text, published)
        except Exception as e:  # the parent analyses it again itself and sees the error
            found = ("error", f"{type(e).__name__}: {e}")
        write_frame(results, found)


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2], sys.stdin.buffer, sys.stdout.buffer)
