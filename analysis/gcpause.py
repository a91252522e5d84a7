"""A pause of the cyclic garbage collector around work that builds many long-lived
objects and no garbage in cycles (reading a whole store, rebuilding an index): its ever
longer passes over those objects cost more than the work. Whatever garbage there is
waits for the next collection. A search pauses it too: it makes and drops sets of
thousands of item numbers, which a collection within it would walk and not free."""

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
