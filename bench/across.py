"""The views across the corpus at 10,000 articles: timeline, actor profile, threads,
watchlist deadlines (issue 14). Target: the timeline and an actor profile in <= 200 ms.

    python bench/across.py [--store bench/out/scale-10000] [--actor China] [--runs 5]

Works on a copy of the store (bench/scale.py builds it). First the cold build of the facts
cache (every article read once), then each view RUNS times from the warm cache, in this
process: the median and the worst are printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", default=str(ROOT / "bench" / "out" / "scale-10000"))
    parser.add_argument("--actor", default="China")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = Path(args.store)
    if not (source / "store.json").exists():
        print(f"{source}: no store; build it with `python bench/scale.py`", file=sys.stderr)
        return 1
    from newsdesk.app.facts import corpus_facts
    from newsdesk.app.profiles import actor_profile
    from newsdesk.app.threads import story_threads
    from newsdesk.app.timeline import timeline
    from newsdesk.app.watch import WatchItem, add_item, nearing
    from newsdesk.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        shutil.copytree(source, folder)
        shutil.rmtree(folder / "cache", ignore_errors=True)
        with Store.open(folder) as store:
            count = store.article_count()
            t0 = time.perf_counter()
            corpus_facts(store, actors=True)
            cold = time.perf_counter() - t0
            t0 = time.perf_counter()
            threads = story_threads(store)
            grouping = time.perf_counter() - t0
            add_item(store, WatchItem("actor", args.actor))
            now = dt.datetime(2025, 9, 14, tzinfo=dt.UTC)
            views = {
                "timeline": lambda: timeline(store),
                f"actor profile ({args.actor})": lambda: actor_profile(store, args.actor),
                "threads": lambda: story_threads(store),
                "watched deadlines": lambda: nearing(store, now),
            }
            print(f"across: {count:,} articles ({source.name})")
            print(f"  facts cache, cold (every article read): {cold:.1f} s;"
                  f" threads grouped from it: {grouping:.1f} s ({len(threads):,} threads,"
                  f" the largest {max((len(t.steps) for t in threads), default=0):,} articles)")
            for name, run in views.items():
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    run()
                    times.append(time.perf_counter() - t0)
                print(f"  {name}: median {statistics.median(times) * 1000:.0f} ms,"
                      f" worst {max(times) * 1000:.0f} ms")
    print("  target: timeline and actor profile <= 200 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
