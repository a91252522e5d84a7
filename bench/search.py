"""Fuzzy jump: index build time, per-keystroke latency and ranking quality.

Usage: python bench/search.py [--data ../shared/data/news-bbc.jsonl] [--items 100000]
Builds at least --items searchable items from the BBC set (titles, sentences and, when
the engine runs, its findings; the set is repeated under new ids until there are enough),
replays typing of realistic queries one keystroke at a time, and corrupts labels the way
a hurried user would to see where the intended item ranks. Prints figures; asserts
nothing. Target: p95 per keystroke <= 16 ms at >= 100,000 items.

With --store PATH it times the workstation's own path instead: the corpus scan into the
index, then each keystroke in the jump from the input changing to the hits on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from newsdesk.analysis.model import Findings  # noqa: E402
from newsdesk.analysis.search import SearchIndex, SearchItem, items_from_article  # noqa: E402
from newsdesk.analysis.sentences import split_sentences  # noqa: E402

QUERIES = [
    "tariff", "tariffs on steel", "anti dumping", "anti dump", "sanctions", "export ban",
    "gordon brown", "gordn brwn", "tony blair", "blair election", "chancellor budget",
    "interest rates", "bank of england", "federal reserve", "oil prices", "yukos",
    "world trade organisation", "wto", "eu commission", "china textiles", "textile quota",
    "deutsche bank", "microsoft", "mobile phone", "broadband", "champions league",
    "chelsea mourinho", "oscar nomination", "deficit", "airline fuel", "euro dollar",
    "ceo resigns", "merger talks",
]


def load_articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def engine_findings():
    """The engine's analyze() if it imports and runs, else None with the reason."""
    try:
        from newsdesk.analysis.engine import analyze

        analyze("The EU imposed duties on Chinese steel on Monday.", dt.date(2005, 1, 1))
    except Exception as exc:  # the engine is being built alongside; say why it is absent
        return None, f"{type(exc).__name__}: {exc}"
    return analyze, ""


def build_items(articles: list[dict], want: int) -> tuple[list[SearchItem], str]:
    analyze, why = engine_findings()
    note = "titles + sentences + engine findings" if analyze else (
        f"titles + sentences only (engine unavailable: {why})")
    base: list[tuple[str, str, str, Findings, list[tuple[int, int]]]] = []
    for article in articles:
        text = article["text"]
        spans = [(s.start, s.end) for s in split_sentences(text)]
        findings = Findings()
        if analyze is not None:
            try:
                findings = analyze(text, dt.date(2005, 1, 1))
            except Exception:  # one bad article must not sink the benchmark
                findings = Findings()
        base.append((article["id"], article.get("title") or article["id"], text, findings, spans))
    items: list[SearchItem] = []
    copy = 0
    while len(items) < want:
        suffix = "" if copy == 0 else f"#{copy}"
        for article_id, title, text, findings, spans in base:
            items += items_from_article(article_id + suffix, title, text, findings, spans)
        copy += 1
    return items, f"{note}; {copy} cop{'y' if copy == 1 else 'ies'} of {len(base)} articles"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def replay_typing(index: SearchIndex) -> list[tuple[float, float, str]]:
    """(wall seconds, CPU seconds, typed text) for every keystroke of every query."""
    latencies = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            t0, c0 = time.perf_counter(), time.thread_time()
            index.search(query[:end])
            latencies.append((time.perf_counter() - t0, time.thread_time() - c0, query[:end]))
    return latencies


def corrupt(label: str, rng: random.Random) -> tuple[str, str]:
    """A query a hurried user might type for this label, and how it was made."""
    words = [w for w in label.split() if any(c.isalpha() for c in w)]
    # Long enough to drop or swap an inner letter once the punctuation is off ("(US),").
    long_words = [w for w in words if len(w.strip(".,;:'\"()")) >= 5]
    way = rng.choice(["drop", "swap", "fragments"])
    if way == "fragments" and len(words) >= 2:
        first, second = sorted(rng.sample(range(len(words)), 2))
        return f"{words[first][:4]} {words[second][:4]}".lower(), way
    if not long_words:
        return " ".join(words[:2]).lower(), "plain"
    pick = rng.sample(long_words, min(2, len(long_words)))
    out = []
    for word in pick:
        word = word.lower().strip(".,;:'\"()")
        at = rng.randrange(1, len(word) - 1)
        if way == "drop":
            word = word[:at] + word[at + 1:]
        else:
            word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
        out.append(word)
    return " ".join(out), way


def ranking_quality(index: SearchIndex, items: list[SearchItem], kinds: set[str], n: int,
                    rng: random.Random) -> str:
    pool = [item for item in items if item.kind in kinds and "#" not in item.article_id]
    if not pool:
        return f"{'/'.join(sorted(kinds))}: none in the index"
    sample = rng.sample(pool, min(n, len(pool)))
    top1 = top5 = 0
    reciprocal = 0.0
    for item in sample:
        query, _ = corrupt(item.label, rng)
        hits = index.search(query, limit=50)
        # Copies of the same article are the same item to a user: match on the label too.
        for rank, hit in enumerate(hits, 1):
            if hit.item.key == item.key or (
                hit.item.kind == item.kind and hit.item.label == item.label
            ):
                top1 += rank == 1
                top5 += rank <= 5
                reciprocal += 1 / rank
                break
    count = len(sample)
    return (f"{'/'.join(sorted(kinds))} ({count} corrupted labels): top-1 {top1 / count:.1%},"
            f" top-5 {top5 / count:.1%}, MRR {reciprocal / count:.3f}")


def tui_typing(store_path: Path) -> int:
    """The workstation's path per keystroke over a real store, headless, without Pilot.

    Pilot's `press` waits until the whole process is idle (up to a second), so it times
    its own waiting whenever a worker runs. Here the jump's input is set as typing sets
    it, and each keystroke is timed from the change to its hits on screen, split into
    the search (worker thread) and the UI thread's work to show them.
    """
    import asyncio

    from textual.app import App
    from textual.widgets import Input

    from newsdesk.app import corpus
    from newsdesk.store.db import Store
    from newsdesk.tui.dialogs.jump import JumpScreen

    # Writable, as the workstation opens it: a large store's index is then the one kept
    # on disk (app/searchcache.py; built on the first run, which takes a while).
    store = Store.open(store_path)
    t0 = time.perf_counter()
    index, _, _ = corpus.scan_corpus(corpus.new_search_index(None), store)
    print(f"scan of {store_path}: {len(index):,} items in {time.perf_counter() - t0:.1f} s"
          f" ({type(index).__name__})")
    search_s: dict[str, float] = {}  # by query: the worker's search, timed alone
    search_cpu: dict[str, float] = {}  # by query: the worker thread's CPU in it
    show_s: dict[int, float] = {}
    original_show, original_search = JumpScreen._show, index.search

    def timed_search(query: str, limit: int = 50):
        started, cpu = time.perf_counter(), time.thread_time()
        hits = original_search(query, limit=limit)
        search_s[query] = time.perf_counter() - started
        search_cpu[query] = time.thread_time() - cpu
        return hits

    shown = asyncio.Event()  # set on the UI thread when hits are shown

    def timed_show(self, generation: int, query: str, hits) -> None:
        started = time.perf_counter()
        original_show(self, generation, query, hits)
        show_s[generation] = time.perf_counter() - started
        shown.set()

    index.search = timed_search  # type: ignore[method-assign]
    JumpScreen._show = timed_show  # type: ignore[method-assign]
    # (wall to painted, search, showing, typed text, CPU: the search's and the UI thread's)
    rows: list[tuple[float, float, float, str, float, float]] = []

    class Host(App[None]):
        async def on_mount(self) -> None:
            jump = JumpScreen(index)
            await self.push_screen(jump)
            box = jump.query_one(Input)
            for query in QUERIES:
                for end in range(1, len(query) + 1):
                    before = jump._generation
                    t0, ui_cpu = time.perf_counter(), time.thread_time()
                    box.value = query[:end]
                    # Woken when the hits are shown, not by polling: a poll every half
                    # millisecond takes the GIL from the search it is waiting for.
                    while jump._generation == before or jump._generation not in show_s:
                        shown.clear()
                        if jump._generation == before or jump._generation not in show_s:
                            with contextlib.suppress(TimeoutError):
                                await asyncio.wait_for(shown.wait(), 0.05)
                    painted = asyncio.get_running_loop().create_future()
                    jump.call_after_refresh(lambda f=painted: f.set_result(time.perf_counter()))
                    total = await painted - t0
                    ui_cpu = time.thread_time() - ui_cpu
                    generation = jump._generation
                    rows.append((total, search_s.get(query[:end], 0.0), show_s[generation],
                                 query[:end], search_cpu.get(query[:end], 0.0), ui_cpu))
                box.value = ""
                await asyncio.sleep(0.05)
            self.exit()

    Host().run(headless=True, size=(120, 40))
    store.close()
    print(f"typing in the jump: {len(rows)} keystrokes of {len(QUERIES)} queries,"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, column in (("keystroke to hits painted", 0), ("search (worker)", 1),
                         ("showing the hits (UI thread)", 2)):
        ms = [row[column] * 1000 for row in rows]
        print(f"  {name:<29} p50 {statistics.median(ms):5.1f} ms, p95"
              f" {percentile(ms, 0.95):5.1f} ms, max {max(ms):5.1f} ms")
    # CPU time is what the keystroke cost the two threads, whatever else the machine ran
    # (wall time on a shared machine waits for other processes too).
    cpu = [(row[4] + row[5]) * 1000 for row in rows]
    print(f"  {'CPU, search + UI thread':<29} p50 {statistics.median(cpu):5.1f} ms, p95"
          f" {percentile(cpu, 0.95):5.1f} ms, max {max(cpu):5.1f} ms")
    slowest = sorted(rows, reverse=True)[:5]
    print("  slowest keys (to painted, CPU): " + ", ".join(
        f"{row[3]!r} {row[0] * 1000:.0f}/{(row[4] + row[5]) * 1000:.0f} ms" for row in slowest))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data/news-bbc.jsonl"))
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--quality", type=int, default=300, help="labels to corrupt per kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", help="time the workstation's jump over this store instead"
                        " (e.g. bench/out/scale-10000, made by bench/scale.py)")
    args = parser.parse_args()
    if args.store:
        return tui_typing(Path(args.store))

    data = Path(args.data)
    if not data.exists():
        print(f"skipped: {data} is absent")
        return 0
    articles = load_articles(data)
    t0 = time.perf_counter()
    items, how = build_items(articles, args.items)
    t_items = time.perf_counter() - t0
    t0 = time.perf_counter()
    index = SearchIndex(items)
    t_add = time.perf_counter() - t0
    t0 = time.perf_counter()
    index.prepare()
    t_prepare = time.perf_counter() - t0
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    print(f"items: {len(index):,} ({how})")
    print("by kind: " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())))
    print(f"build: items {t_items:.2f} s, index add {t_add:.2f} s, prepare {t_prepare:.2f} s")

    replay_typing(index)  # warm caches as a session would after the first few keys
    index.prepare()
    # Measure cold word matching, not what earlier replays left in the caches.
    index._word_cache.clear()
    index._item_cache.clear()
    latencies = replay_typing(index)
    # Wall time suffers when other processes share the two cores; CPU time much less.
    print(f"typing: {len(QUERIES)} queries, {len(latencies)} keystrokes (cold word cache),"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, column in (("wall", 0), ("CPU", 1)):
        ms = [row[column] * 1000 for row in latencies]
        print(f"  {name:>4}: p50 {statistics.median(ms):.2f} ms, p95 {percentile(ms, 0.95):.2f} ms,"
              f" max {max(ms):.2f} ms (target p95 <= 16 ms)")
    slowest = sorted(latencies, key=lambda row: row[1], reverse=True)[:5]
    print("  slowest keys (CPU): "
          + ", ".join(f"{typed!r} {cpu * 1000:.1f} ms" for _, cpu, typed in slowest))
    rng = random.Random(args.seed)
    for group in ({"article"}, {"actor", "measure", "deadline"}, {"sentence"}):
        print("ranking: " + ranking_quality(index, items, group, args.quality, rng))
    return 0


if __name__ == "__main__":
    sys.exit(main())
