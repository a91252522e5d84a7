"""`newsdesk search QUERY`: the workstation's fuzzy jump, on the command line."""

from __future__ import annotations

import argparse
import json

from newsdesk.analysis.text import one_line
from newsdesk.app.searching import search_store

from .output import CliError, gc_paused, open_store


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit: give a number of hits of 1 or more")
    with open_store(args, readonly=True) as store, gc_paused():
        hits = search_store(store, args.query, kind=args.kind, limit=args.limit)
    if args.json:
        print(json.dumps([{"kind": h.item.kind, "label": h.item.label, "article_id":
                           h.item.article_id, "article_title": h.item.detail,
                           "start": h.item.start, "end": h.item.end, "score": round(h.score, 1)}
                          for h in hits], ensure_ascii=False))
        return 0
    if not hits:
        print(f"nothing matches {one_line(args.query)!r}")
        return 0
    for hit in hits:
        item = hit.item
        print(f"{item.kind:<8}  {one_line(item.label)[:70]:<70}  {item.article_id[:12]}"
              f"  {one_line(item.detail)[:40]}")
    return 0
