"""`newsdesk corrections`: list the reader's corrections, undo, redo or delete one."""

from __future__ import annotations

import argparse
import json

from newsdesk.analysis.text import one_line
from newsdesk.app import corrections

from .output import CliError, open_store


def cmd_corrections(args: argparse.Namespace) -> int:
    if args.undo and args.redo:
        raise CliError("give --undo or --redo, not both")
    if args.undo or args.redo:
        with open_store(args) as store:
            changed = corrections.undo(store) if args.undo else corrections.redo(store)
        if changed is None:
            print("nothing to undo" if args.undo else "nothing to redo")
            return 0
        print(f"{'undid' if args.undo else 'redid'} {changed.id[:8]}"
              f"  {one_line(corrections.describe(changed))}")
        return 0
    with open_store(args, readonly=True) as store:
        listed = corrections.entries(store)
    if args.json:
        print(json.dumps([e.to_json() for e in listed], ensure_ascii=False))
        return 0
    if not listed:
        print("no corrections yet: correct a finding in the workstation (e, x, m, +)")
        return 0
    for entry in listed:
        where = (f"this article: {one_line(entry.article_title)}" if entry.article_title
                 else entry.scope)
        state = "  (undone)" if entry.undone else ""
        print(f"{entry.id[:8]}  {entry.correction.created[:16]:16}  {one_line(entry.what)}"
              f"  [{where}]{state}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        removed = corrections.remove(store, args.id)
    print(f"removed {removed.id[:8]}  {one_line(corrections.describe(removed))}")
    return 0
