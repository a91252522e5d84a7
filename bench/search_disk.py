"""The on-disk fuzzy jump index over a real store: build, size, memory, keystroke latency.

Usage: python bench/search_disk.py --store /tmp/s10 [--compare] [--out DIR] [--runs 2]

Builds the index from every article and note of the store (from a copy, which
opening may upgrade; items made as the workstation makes them) in a child process, so
the build's time and peak memory are its own; then opens it here and replays typing,
one keystroke at a time: bench/search.py's queries and labels taken from the index,
mangled as a hurried typist would (a letter dropped, swapped or doubled, fragments of
two words). The same typing over an overlay (500 articles re-analysed, 200 notes).
With --compare, the same items go into an in-memory SearchIndex and the same typing is
timed there (needs GBs at 100k articles). Prints figures; asserts nothing. Targets
(issue 12): workstation <= 600 MB at 100,000 articles; p95 per keystroke <= 16 ms from
key to hits painted.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from search import QUERIES, corrupt, percentile  # noqa: E402  (bench/search.py)

from newsdesk.analysis.search import SearchIndex, SearchItem, normalize  # noqa: E402
from newsdesk.analysis.searchdisk import (  # noqa: E402
    INDEX_FILE,
    DiskSearchIndex,
    LayeredSearch,
    build_index,
)


def memory() -> dict[str, int]:
    """This process's resident memory in MB: now, peak, and the anonymous part (the
    rest is mapped file pages)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            fields[name] = int(value.split()[0]) // 1024
    return fields


def store_items(store_path: Path):
    """Every item of the store (a copy), as the workstation's start-up scan makes them."""
    from newsdesk.app.corpus import article_items, note_items
    from newsdesk.app.views import CorrectionsIndex, view_of
    from newsdesk.store.db import Store

    store = Store.open(store_path)  # a copy: opening may upgrade its schema
    try:
        corrections = CorrectionsIndex.of_store(store)
        titles: dict[str, str] = {}
        for article in store.iter_articles():
            titles[article.id] = article.title
            yield from article_items(view_of(article, (), corrections))
        for note in store.annotations():
            yield from note_items(note, titles.get(note.article_id, ""))
    finally:
        store.close()


def build_child(store_path: Path, out: Path) -> int:
    """(In the child.) Build and print what it cost, as JSON."""
    import newsdesk.app.corpus  # noqa: F401  (imported before the baseline, as in the app)

    before = memory()
    started = time.perf_counter()
    count = build_index(out, store_items(store_path))
    seconds = time.perf_counter() - started
    after = memory()
    print(json.dumps({"items": count, "seconds": seconds, "rss_before": before["VmRSS"],
                      "peak": after["VmHWM"], "rss_after": after["VmRSS"]}))
    return 0


def typed_queries(index: DiskSearchIndex, count: int, rng: random.Random) -> list[str]:
    """bench/search.py's queries and `count` labels from the index, mangled."""
    queries = list(QUERIES)
    while len(queries) < len(QUERIES) + count:
        item = index.item(rng.randrange(len(index)))
        if item.kind == "note":
            continue
        query, _ = corrupt(item.label, rng)
        if rng.random() < 0.25:  # a doubled letter too
            at = rng.randrange(len(query)) if query else 0
            query = query[:at + 1] + query[at:]
        if query.strip():
            queries.append(query)
    return queries


def replay(search, queries: list[str]) -> list[tuple[float, float, str]]:
    """(wall s, CPU s, typed text) of each keystroke, typing each query a letter at a time."""
    rows = []
    for query in queries:
        for end in range(1, len(query) + 1):
            typed = query[:end]
            wall, cpu = time.perf_counter(), time.thread_time()
            search(typed)
            rows.append((time.perf_counter() - wall, time.thread_time() - cpu, typed))
    return rows


def report(name: str, rows: list[tuple[float, float, str]]) -> None:
    for label, column in (("wall", 0), ("CPU", 1)):
        ms = [row[column] * 1000 for row in rows]
        print(f"  {name} {label:>4}: p50 {statistics.median(ms):6.2f} ms, p95"
              f" {percentile(ms, 0.95):6.2f} ms, max {max(ms):6.2f} ms ({len(ms)} keys)")
    slowest = sorted(rows, key=lambda row: row[1], reverse=True)[:4]
    print("    slowest (CPU): " + ", ".join(f"{t!r} {c * 1000:.1f} ms" for _, c, t in slowest))


def quality(search, index: DiskSearchIndex, rng: random.Random, count: int) -> str:
    top1 = top5 = 0
    for _ in range(count):
        item = index.item(rng.randrange(len(index)))
        query, _ = corrupt(item.label, rng)
        for rank, hit in enumerate(search(query), 1):
            if hit.item.key == item.key or (hit.item.kind, normalize(hit.item.label)) == (
                    item.kind, normalize(item.label)):
                top1 += rank == 1
                top5 += rank <= 5
                break
    return f"top-1 {top1 / count:.0%}, top-5 {top5 / count:.0%} of {count} mangled labels"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="a store folder (read from a copy)")
    parser.add_argument("--out", help="where to build (default: a temporary folder)")
    parser.add_argument("--queries", type=int, default=60, help="mangled labels to type")
    parser.add_argument("--runs", type=int, default=2, help="typing replays (shared machine)")
    parser.add_argument("--compare", action="store_true",
                        help="also time an in-memory SearchIndex over the same items")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--build-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    store_path = Path(args.store)
    if not (store_path / "store.json").exists():
        print(f"{store_path}: no store here", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="search-disk-") as scratch:
        out = Path(args.out or scratch)
        if args.build_child:
            return build_child(store_path, out)
        copy = Path(scratch) / "store"  # never written to the original
        shutil.copytree(store_path, copy, ignore=shutil.ignore_patterns("cache", "lock"))
        child = subprocess.run([sys.executable, __file__, "--store", str(copy), "--out",
                                str(out), "--build-child"], capture_output=True, text=True)
        shutil.rmtree(copy)
        if child.returncode:
            print(child.stderr, file=sys.stderr)
            return child.returncode
        built = json.loads(child.stdout.strip().splitlines()[-1])
        size = (out / INDEX_FILE).stat().st_size
        print(f"store {store_path}: {built['items']:,} items")
        print(f"build (store scan included): {built['seconds']:.1f} s, peak RSS"
              f" {built['peak']} MB ({built['rss_before']} MB before it), on disk"
              f" {size / 2**20:.0f} MB")
        return measure(out, args)


def measure(out: Path, args: argparse.Namespace) -> int:
    normalize("warm rapidfuzz up")  # imported by the app before the index opens
    gc.collect()
    base = memory()
    started = time.perf_counter()
    index = DiskSearchIndex.open(out)
    opened = time.perf_counter() - started
    after_open = memory()
    print(f"open: {opened * 1000:.1f} ms, RSS +{after_open['VmRSS'] - base['VmRSS']} MB"
          f" ({index.words:,} words)")
    started = time.perf_counter()
    index.verify()
    print(f"verify (every checksum, a background job): {time.perf_counter() - started:.1f} s")
    rng = random.Random(args.seed)
    queries = typed_queries(index, args.queries, rng)
    for run in range(args.runs):
        index._word_cache.clear()  # each run cold, as after start
        index._item_cache.clear()
        report(f"disk, run {run + 1}", replay(index.search, queries))
    now = memory()
    print(f"  RSS after typing: +{now['VmRSS'] - base['VmRSS']} MB over the baseline"
          f" (anon +{now['RssAnon'] - base['RssAnon']} MB, mapped file"
          f" +{now['RssFile'] - base['RssFile']} MB)")
    print("  ranking: " + quality(index.search, index, random.Random(args.seed + 1), 200))

    # An overlay as a day of work leaves it: 500 articles re-analysed, 200 notes.
    gc.collect()
    before_overlay = memory()
    layered = LayeredSearch(index)
    picked = rng.sample(range(len(index)), 500)
    for number in picked:
        article_id = index.item(number).article_id
        items = [index.item(i) for i in index.article_ids(article_id)]
        layered.replace_article(article_id, [
            SearchItem(i.kind, i.label + " revised", i.detail, i.article_id, i.start, i.end,
                       i.key) for i in items])
    for n in range(200):
        item = index.item(rng.randrange(len(index)))
        layered.add([SearchItem("note", f"follow up {item.label[:40]}", item.detail,
                                item.article_id, item.start, item.end, f"note/bench{n}")])
    layered.prepare()
    print(f"overlay: {len(layered._overlay):,} items added, {len(layered._dead_base):,} base"
          f" items gone, RSS +{memory()['VmRSS'] - before_overlay['VmRSS']} MB (anon"
          f" +{memory()['RssAnon'] - before_overlay['RssAnon']} MB)")
    for run in range(args.runs):
        layered._word_cache.clear()
        layered._item_cache.clear()
        report(f"layered, run {run + 1}", replay(layered.search, queries))
    del layered
    if args.compare:
        compare(index, queries, args)
    return 0


def compare(index: DiskSearchIndex, queries: list[str], args: argparse.Namespace) -> None:
    gc.collect()
    before = memory()
    started = time.perf_counter()
    memory_index = SearchIndex(index.items())
    memory_index.prepare()
    built = time.perf_counter() - started
    gc.freeze()  # as the workstation does after its scan
    after = memory()
    print(f"in-memory SearchIndex: built in {built:.1f} s, RSS"
          f" +{after['VmRSS'] - before['VmRSS']} MB")
    for run in range(args.runs):
        memory_index._word_cache.clear()
        memory_index._item_cache.clear()
        report(f"memory, run {run + 1}", replay(memory_index.search, queries))
    same = sum(
        [(h.item.key, h.score) for h in memory_index.search(q)]
        == [(h.item.key, h.score) for h in index.search(q)] for q in queries)
    print(f"  same hits as the disk index for {same} of {len(queries)} whole queries"
          " (where they differ, one took the capped paths: which of many equals is kept)")


if __name__ == "__main__":
    sys.exit(main())
