"""Opening the workstation: the one place the CLI reaches into the Textual faces (an
exception import-linter's layers contract names in pyproject.toml)."""

from __future__ import annotations

import argparse
import sys

from newsdesk.app.seeding import seed_for_workstation
from newsdesk.store.errors import StoreLocked

from .output import PROG, open_store


def cmd_open(args: argparse.Namespace) -> int:
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
        run_app(store)
    return 0
