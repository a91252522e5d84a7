"""Engine speed: words per second over the BBC set on one core, and time for the seed.

Usage: python bench/analysis.py [--data ../shared/data/news-bbc.jsonl] [--limit N]
Prints figures; asserts nothing. Targets: >= 100,000 words/s (issue 10; it was 50,000),
seed under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from newsdesk.analysis.engine import analyze  # noqa: E402
from newsdesk.store.importer import read_path  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data/news-bbc.jsonl"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()

    seed = read_path(ROOT / "seeds" / "madrid-trade-talks.md")[0]
    published = dt.date.fromisoformat(seed.published)
    analyze(seed.text, published)  # warm: lexicons load once
    runs = []
    for _ in range(20):
        t0 = time.perf_counter()
        analyze(seed.text, published)
        runs.append(time.perf_counter() - t0)
    print(f"seed ({len(seed.text.split())} words): median {statistics.median(runs) * 1000:.1f} ms,"
          f" max {max(runs) * 1000:.1f} ms over {len(runs)} runs (target < 50 ms)")

    data = Path(args.data)
    if not data.exists():
        print(f"skipped the corpus run: {data} is absent")
        return 0
    texts = [json.loads(line)["text"] for line in data.open(encoding="utf-8")]
    if args.limit:
        texts = texts[: args.limit]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for text in texts:
        analyze(text, dt.date(2005, 1, 1))
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    print(f"corpus: {len(texts)} articles, {words} words in {wall:.2f} s wall ({cpu:.2f} s CPU,"
          f" one process): {words / wall:,.0f} words/s (target >= 100,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
