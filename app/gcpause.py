"""A pause of the cyclic garbage collector around work that builds many long-lived
objects and no garbage in cycles (reading a whole store, rebuilding an index): its ever
longer passes over those objects cost more than the work. Whatever garbage there is
waits for the next collection."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection meanwhile; the collector is left as it was found."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
