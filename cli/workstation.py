"""Opening the workstation: the one place the CLI reaches into the Textual faces (an
exception import-linter's layers contract names in pyproject.toml)."""

from __future__ import annotations

import argparse
import gc
import sys

from newsdesk.app.seeding import seed_for_workstation
from newsdesk.store.errors import StoreLocked

from .output import PROG, open_store


def cmd_open(args: argparse.Namespace) -> int:
    # The cyclic garbage collector waits from here until the workstation's first paint (the
    # app resumes it then): Textual's modules, the store's index and the widgets are
    # hundreds of thousands of objects, almost none freed in cycles, and its passes over
    # them took 20-30 ms of the start. Reference counting still frees the rest.
    paused = gc.isenabled()
    gc.disable()
    try:
        # Textual loads here, never for the other commands (~0.3 s each would pay).
        from newsdesk.tui.app import run_app

        try:
            store = open_store(args)
        except StoreLocked as e:
            # Writers share a store (the lock is held per commit); this is only reached when
            # setting the store up waited a minute on another process: reading still works.
            print(f"{PROG}: {e}; opening read-only", file=sys.stderr)
            store = open_store(args, readonly=True)
        with store:
            seed_for_workstation(store)
            run_app(store, collector_paused=paused)
    finally:
        if paused:
            gc.enable()
    return 0
