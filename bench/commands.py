"""One-article commands at scale: what `show`, `export`, `remove`, `list` and `deadlines`
cost, and a note's commit and an import of 1,000 articles, at 10,000 and 100,000 articles.

Usage: python bench/commands.py [--articles 10000,100000] [--runs 5] [--data FILE]
       python bench/commands.py --import-cases STORE [--cases warm,no-linker,...] [--runs 3]

--import-cases times only the import of 1,000 new articles into copies of STORE (never
changed itself), its linking cache made warm or cold in the ways a reader meets (see
IMPORT_CASES), with the newsdesk beside this Python: run it with another venv's Python to
time other code on the same cases.

The stores are bench/scale.py's (the BBC set repeated and varied, the engine's findings, a
note per ten articles and a correction per fifty), built once under bench/out/scale-<N>/.
Commands that change the store run on a copy. Each command is a fresh process: its wall
time is the median over --runs, its memory the largest max RSS (wait4). Targets (issue 12,
at 100,000 articles): show, export and remove <= 0.3 s and <= 150 MB; list <= 1 s; a note
committed in <= 10 ms; 1,000 new articles imported with analysis in <= 10 s. Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402  (bench/scale.py: the store, and running a measured process)

TIME = "/usr/bin/time"
TARGETS = {"show": (0.3, 150), "show --json": (0.3, 150), "export": (0.3, 150),
           "remove": (0.3, 150), "list": (1.0, None)}


def run(cmd: list[str]) -> tuple[float, int, int]:
    """(wall seconds, exit status, max RSS in KB) of one command. Its memory is read by
    /usr/bin/time, a small process that starts it: wait4 from here would count the pages
    of this process (large, after the in-process measures) that the child was forked with."""
    return run_cpu(cmd)[:3]


def run_cpu(cmd: list[str]) -> tuple[float, int, int, float]:
    """`run`, and the CPU seconds (user and system) of the command and the processes it
    waited for (an import's workers): less changed than wall time by a busy machine."""
    if not Path(TIME).exists():
        wall, status, rss, _ = scale.run(cmd)
        return wall, status, rss, float("nan")
    t0 = time.perf_counter()
    proc = subprocess.run([TIME, "-f", "RSS %M %U %S", *cmd], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - t0
    lines = proc.stderr.decode(errors="replace").strip().splitlines()
    rss, cpu = 0, float("nan")
    if lines and lines[-1].startswith("RSS "):
        fields = lines[-1].split()
        rss, cpu = int(fields[1]), float(fields[2]) + float(fields[3])
    if proc.returncode:
        print(f"    ! {' '.join(cmd[1:])} exited {proc.returncode}: {lines[:1]}")
    return wall, proc.returncode, rss, cpu


def best_of(runs: int, cmd: list[str]) -> tuple[float, int]:
    """Median wall time and the largest max RSS over `runs` fresh processes."""
    results = [run(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[2] for r in results)


def measure_commands(store: Path, runs: int) -> list[tuple[str, float, int]]:
    from newsdesk.store.db import Store

    with Store.open(store, readonly=True) as s:
        ids = [a.id for a in s.list_articles()]
    middle = ids[len(ids) // 2]
    cli = [str(scale.NEWSDESK), "--store", str(store)]
    out = Path(tempfile.mkdtemp()) / "note.md"
    rows = []
    for name, args in [("list", ["list"]), ("show", ["show", middle]),
                       ("show --json", ["show", "--json", middle]),
                       ("export", ["export", middle, "-o", str(out), "--force"]),
                       ("deadlines", ["deadlines"])]:
        wall, rss = best_of(runs, cli + args)
        rows.append((name, wall, rss))
    walls, peak = [], 0
    for article_id in ids[1:runs + 1]:  # a different article each time
        wall, status, rss = run(cli + ["remove", article_id])
        walls.append(wall)
        peak = max(peak, rss)
    rows.append(("remove", statistics.median(walls), peak))
    return rows


def measure_note(store: Path) -> tuple[float, float, float]:
    """Open the store, then commit 20 notes one by one: (open ms, median ms, max ms)."""
    from newsdesk.store.db import Store
    from newsdesk.store.notes import new_annotation

    t0 = time.perf_counter()
    with Store.open(store) as s:
        opened = (time.perf_counter() - t0) * 1000
        article = s.get_article(s.list_articles()[0].id)
        times = []
        for n in range(20):
            note = new_annotation(article, 0, min(40, len(article.text)), f"bench note {n}",
                                  ["bench"], [], "2026-12-03T10:00:00Z")
            t1 = time.perf_counter()
            s.add_annotation(note)
            times.append((time.perf_counter() - t1) * 1000)
    return opened, statistics.median(times), max(times)


def write_new_articles(data: Path, folder: Path, count: int, first: int = 0) -> int:
    """`count` BBC texts as files under titles and dates no store article has."""
    rows = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    words = 0
    for n in range(first, first + count):
        row = rows[n % len(rows)]
        text = f"{row['text']}\n\nUpdated on 3 December 2026 (item {n})."
        (folder / f"new-{n:04d}.txt").write_text(f"{row['title']} (update {n})\n\n{text}\n",
                                                encoding="utf-8")
        words += len(text.split())
    return words


# How the copy's linking cache is left before the timed import (after a first, untimed
# import of nothing, which brings cache/ up to date with the code under test).
IMPORT_CASES = {
    "warm": "the cache up to date",
    "as-is": "the store's cache/ as it was (no first import)",
    "no-linker": "cache/actor-linker.json deleted (as after an upgrade)",
    "changed": "an early article's published date set (it is analysed again)",
    "removed": "an early article removed",
    "upgraded": "every article analysed again, as the workstation does after an upgrade",
}

# The workstation's re-analysis after an engine upgrade (tui/jobs.py), of every article.
REANALYSE = """import sys
from newsdesk.app import engine
from newsdesk.store.db import Store
with Store.open(sys.argv[1]) as s:
    print(engine.reanalyze(s, [row.id for row in s.list_articles()]))
"""


def measure_import_cases(source: Path, cases: list[str], runs: int, data: Path,
                         work: Path) -> None:
    from newsdesk.store.db import Store

    with Store.open(source, readonly=True) as s:
        ids = [row.id for row in s.list_articles()]
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        files = Path(tmp) / "new"
        files.mkdir()
        words = write_new_articles(data, files, 1000)
        nothing = Path(tmp) / "nothing"
        nothing.mkdir()
        for case in cases:
            walls, cpus, peak = [], [], 0
            for n in range(runs):
                store = Path(tmp) / "store"
                shutil.copytree(source, store, symlinks=True)
                cli = [str(scale.NEWSDESK), "--store", str(store)]
                if case != "as-is":
                    run(cli + ["import", str(nothing)])
                if case == "no-linker":
                    (store / "cache" / "actor-linker.json").unlink()
                elif case == "changed":
                    run(cli + ["set-published", ids[10 + n], f"2005-01-{1 + n:02d}"])
                elif case == "removed":
                    run(cli + ["remove", ids[5 + n]])
                elif case == "upgraded":
                    wall, status, rss, cpu = run_cpu([sys.executable, "-c", REANALYSE,
                                                      str(store)])
                    print(f"    (the re-analysis: {wall:.0f} s, {cpu:.0f} s CPU, peak "
                          f"{scale.mb(rss)}, exit {status})", flush=True)
                load = os.getloadavg()[0]
                wall, status, rss, cpu = run_cpu(cli + ["import", str(files)])
                walls.append(wall)
                cpus.append(cpu)
                peak = max(peak, rss)
                shutil.rmtree(store)
                print(f"    {case}: {wall:.1f} s, {cpu:.1f} s CPU, peak {scale.mb(rss)}"
                      f" (load before {load:.1f})", flush=True)
            print(f"  import 1,000 new articles ({words:,} words), {case} "
                  f"({IMPORT_CASES[case]}): median {statistics.median(walls):.1f} s "
                  f"[{', '.join(f'{w:.1f}' for w in walls)}], CPU median "
                  f"{statistics.median(cpus):.1f} s, peak {scale.mb(peak)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=scale.DEFAULT_DATA)
    parser.add_argument("--build", type=int, help=argparse.SUPPRESS)  # the child's mode
    parser.add_argument("--import-cases", type=Path, metavar="STORE")
    parser.add_argument("--cases", default=",".join(IMPORT_CASES))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()),
                        help="where --import-cases copies the store")
    args = parser.parse_args()
    if args.import_cases:
        print(scale.machine(), f"({scale.NEWSDESK})")
        measure_import_cases(args.import_cases, args.cases.split(","), args.runs, args.data,
                             args.work)
        return 0
    if args.build:
        scale.build_store(scale.OUT / f"scale-{args.build}", args.data, args.build,
                          args.build // 10)
        return 0
    print(scale.machine())
    for count in (int(x) for x in args.articles.split(",")):
        built = scale.OUT / f"scale-{count}"
        print(f"\n{count:,} articles ({built})", flush=True)
        # Built in a process of its own, so this one stays small: a child's max RSS counts
        # the parent's pages it was forked with.
        subprocess.run([sys.executable, __file__, "--build", str(count), "--data",
                        str(args.data)], check=True)
        size = sum(p.stat().st_size for p in built.rglob("*") if p.is_file())
        with open(built / "articles.jsonl", "rb") as f:
            retired = [built / "articles.d" / f"{int(n):08d}.jsonl"
                       for n in json.loads(f.readline()).get("retired", {})]
        old = sum(p.stat().st_size for p in retired if p.exists())
        print(f"  on disk: {size / 1e6:,.0f} MB, of which {old / 1e6:,.0f} MB in segments"
              " retired by merges and not yet deleted (see store/segments.py)")
        with tempfile.TemporaryDirectory(dir=scale.OUT) as tmp:
            store = Path(tmp) / "store"
            shutil.copytree(built, store)
            for name, wall, rss in measure_commands(store, args.runs):
                target = TARGETS.get(name)
                goal = "" if target is None else f"   (target <= {target[0]} s" + (
                    f", <= {target[1]} MB)" if target[1] else ")")
                print(f"  {name:<12} {wall:6.3f} s   peak {scale.mb(rss):>7}{goal}", flush=True)
            opened, median, worst = measure_note(store)
            print(f"  open (in process) {opened:.0f} ms; a note committed: median {median:.1f}"
                  f" ms, max {worst:.1f} ms of 20   (target <= 10 ms)", flush=True)
            # The first import reads every article's actor names (to link the new ones to
            # them) and keeps them in the store's cache; the second finds them there.
            for batch, cache in ((0, "cache cold"), (1, "cache warm")):
                files = Path(tmp) / f"new-{batch}"
                files.mkdir()
                words = write_new_articles(args.data, files, 1000, first=1000 * batch)
                wall, status, rss = run([str(scale.NEWSDESK), "--store", str(store), "import",
                                         str(files)])
                print(f"  import 1,000 new articles ({words:,} words) with analysis, {cache}:"
                      f" {wall:.1f} s, peak {scale.mb(rss)}, exit {status}   (target <= 10 s)",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
