"""Store benchmark: open, list, read, commit a note, import 1,000 articles, peak memory.

Usage: python bench/store.py [NEWS_JSONL] [--sizes 1000,10000] [--notes 500]

Builds stores of each size from JSON lines with id, category, title, text (default: the
BBC news set in ../shared/data), repeating the lines with a counter so ids differ, and gives
every article a findings record of ~30 entries (actors with mentions, times, measures,
deadlines) as real stores will have. Each store is then measured in a fresh process, so its
peak memory (max RSS) is that store's alone. Files are warm in the page cache, as they are
for a user who opens newsdesk again.

Targets on the reference machine: open a 10,000-article store in under 0.5 s; commit one
annotation in under 20 ms whatever the corpus size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from newsdesk.analysis.model import Findings  # noqa: E402
from newsdesk.store.db import ARTICLES_FILE, NOTES_FILE, Store  # noqa: E402 - after the path set-up
from newsdesk.store.records import Annotation, Article  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news-bbc.jsonl"
OPEN_TARGET_S = 0.5
COMMIT_TARGET_S = 0.020
MEASURE_TYPES = ["tariff", "quota", "sanction", "subsidy", "agreement", "investigation"]


def load_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def findings_for(text: str, rnd: random.Random) -> Findings:
    """A findings record shaped like the engine's: 15 actors, 8 times, 5 measures, 2 deadlines."""
    names: dict[str, list[dict]] = {}
    for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*", text):
        names.setdefault(m.group(), []).append({"start": m.start(), "end": m.end(),
                                                "text": m.group()})
    actors = [{"name": name, "kind": rnd.choice(["person", "organization", "country"]),
               "role": None, "affiliation": None, "mentions": mentions[:4]}
              for name, mentions in list(names.items())[:15]]
    numbers = [m for m in re.finditer(r"\b\d[\d,.]*%?", text)][:8]
    times = [{"start": m.start(), "end": m.end(), "text": m.group(), "type": "DATE",
              "value": f"2005-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"}
             for m in numbers]
    sentences = [m for m in re.finditer(r"[^.!?\n]+[.!?]", text)][:5]
    people = [a["name"] for a in actors] or ["Someone"]
    measures = [{"type": rnd.choice(MEASURE_TYPES), "action": "impose",
                 "imposer": rnd.choice(people), "targets": [rnd.choice(people)],
                 "magnitude": f"{rnd.randrange(5, 60)}%", "start": m.start(), "end": m.end(),
                 "text": m.group()} for m in sentences]
    deadlines = [{"date": t["value"], "what": "takes effect", "start": t["start"],
                  "end": t["end"], "text": t["text"], "measure": 0 if measures else None}
                 for t in times[:2]]
    return Findings.from_json({"actors": actors, "times": times, "measures": measures,
                               "deadlines": deadlines})


def make_articles(rows: list[dict], first: int, count: int) -> list[Article]:
    rnd = random.Random(first)
    out = []
    for n in range(first, first + count):
        row = rows[n % len(rows)]
        text = f"{row['text']}\n\n[{row['id']} #{n}]"
        out.append(Article(
            id=hashlib.sha256(text.encode()).hexdigest(), title=row["title"], text=text,
            source=f"BBC {row.get('category', 'news')}", url=f"https://example.org/{n}",
            published=f"2005-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            imported_at="2025-09-14T09:00:00+00:00",
            findings=findings_for(text, rnd), findings_version="bench"))
    return out


def make_note(n: int, article_id: str) -> Annotation:
    return Annotation(id=f"bench-note-{n}", article_id=article_id, start=10, end=60,
                      quote="a quoted stretch of the article text, fifty chars",
                      prefix="the words before it ", suffix=" and the words after",
                      note=f"The reader's note number {n}, a sentence or two of their own.",
                      tags=["tariff", "follow-up"], links=["actor:European Union"],
                      created="2025-09-14T09:00:00Z", updated="2025-09-14T09:00:00Z")


def build(folder: Path, rows: list[dict], size: int, notes: int) -> float:
    """Make a store of `size` articles and `notes` annotations; returns seconds taken."""
    start = time.perf_counter()
    with Store.open(folder) as store:
        for first in range(0, size, 1000):  # the way an import commits: in batches
            store.add_articles(make_articles(rows, first, min(1000, size - first)))
        ids = [s.id for s in store.list_articles()]
        # Set-up only: one commit for all notes instead of one each (not what is measured).
        with store._notes_storage.transaction():
            for n in range(notes):
                store._annotations.insert(_document(make_note(n, ids[n % len(ids)])))
        store.set_setting("theme", "dark")
    return time.perf_counter() - start


def _document(note: Annotation):
    from tinydb.table import Document

    return Document(note.to_dict(), doc_id=note.id)


def peak_rss_kb() -> int:
    """This process's peak resident memory in kB (since exec, unlike ru_maxrss after a fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def disk_floor(folder: Path, size: int) -> list[float]:
    """Seconds for the bare write, fsync, rename and folder fsync of `size` bytes: the floor
    under any durable commit on this disk."""
    data, times = os.urandom(size), []
    for _ in range(20):
        start = time.perf_counter()
        fd = os.open(folder / ".floor.tmp", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, data)
        os.fsync(fd)
        os.close(fd)
        os.replace(folder / ".floor.tmp", folder / ".floor")
        dir_fd = os.open(folder, os.O_RDONLY)
        os.fsync(dir_fd)
        os.close(dir_fd)
        times.append(time.perf_counter() - start)
    os.unlink(folder / ".floor")
    return times


def measure(folder: Path, data: Path, size: int) -> dict:
    """Run in a fresh process: time each operation on the store in `folder`."""
    out: dict = {"rss_before_kb": peak_rss_kb()}
    t = time.perf_counter()
    store = Store.open(folder)
    out["open"] = time.perf_counter() - t
    t = time.perf_counter()
    summaries = store.list_articles()
    out["list"] = time.perf_counter() - t
    out["rss_open_kb"] = peak_rss_kb()
    t = time.perf_counter()
    store.get_article(summaries[size // 2].id)
    out["first_get"] = time.perf_counter() - t
    t = time.perf_counter()
    store.get_article(summaries[size // 3].id)
    out["next_get"] = time.perf_counter() - t

    commits = []
    for n in range(20):
        t = time.perf_counter()
        store.add_annotation(make_note(1_000_000 + n, summaries[n].id))
        commits.append(time.perf_counter() - t)
    out["commit_note"] = commits
    settings = []
    for n in range(20):
        t = time.perf_counter()
        store.set_setting("last-seen", n)
        settings.append(time.perf_counter() - t)
    out["commit_setting"] = settings
    out["floor"] = disk_floor(folder, (folder / NOTES_FILE).stat().st_size)

    t = time.perf_counter()
    article = store.get_article(summaries[0].id)
    article.findings_version = "bench-2"
    store.update_article(article)
    out["update_article"] = time.perf_counter() - t
    out["rss_use_kb"] = peak_rss_kb()

    new_articles = make_articles(load_rows(data), 10_000_000, 1000)
    t = time.perf_counter()
    out["import_result"] = store.add_articles(new_articles)
    out["import"] = time.perf_counter() - t
    store.close()
    out["rss_peak_kb"] = peak_rss_kb()
    return out


def report(size: int, notes: int, folder: Path, built_s: float, m: dict) -> list[str]:
    articles_mb = (folder / ARTICLES_FILE).stat().st_size / 1e6
    notes_kb = (folder / NOTES_FILE).stat().st_size / 1e3

    def verdict(value: float, target: float) -> str:
        return f"(target < {target * 1000:.0f} ms: {'ok' if value < target else 'MISSED'})"

    note_median, note_max = statistics.median(m["commit_note"]), max(m["commit_note"])
    added, skipped = m["import_result"]
    return [
        f"store of {size:,} articles, {notes:,} annotations"
        f" (built in {built_s:.1f} s; articles file {articles_mb:.1f} MB after the import,"
        f" notes file {notes_kb:.0f} kB)",
        f"  open                             {m['open'] * 1000:8.1f} ms  "
        + verdict(m["open"], OPEN_TARGET_S),
        f"  list {size:,} summaries{'':{12 - len(f'{size:,}')}}     {m['list'] * 1000:8.1f} ms",
        f"  first article (index + one read) {m['first_get'] * 1000:8.1f} ms",
        f"  another article                  {m['next_get'] * 1000:8.1f} ms",
        f"  commit one annotation            {note_median * 1000:8.1f} ms median,"
        f" {note_max * 1000:.1f} ms max of 20  (target < 20 ms: median"
        f" {'ok' if note_median < COMMIT_TARGET_S else 'MISSED'},"
        f" max {'ok' if note_max < COMMIT_TARGET_S else 'MISSED'})",
        f"  commit one setting               {statistics.median(m['commit_setting']) * 1000:8.1f}"
        " ms median",
        f"  bare disk commit, same size      {statistics.median(m['floor']) * 1000:8.1f} ms median,"
        f" {max(m['floor']) * 1000:.1f} ms max of 20 (write, fsync, rename, fsync folder)",
        f"  update one article               {m['update_article'] * 1000:8.1f} ms",
        f"  import 1,000 articles (1 commit) {m['import'] * 1000:8.1f} ms"
        f"  ({added} added, {skipped} skipped)",
        f"  memory (peak RSS)                {mb(m['rss_before_kb'])} before open,"
        f" {mb(m['rss_open_kb'])} open and listed, {mb(m['rss_use_kb'])} after reading and"
        f" committing, {mb(m['rss_peak_kb'])} after the import",
    ]


def mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA,
                        help="JSON lines with id, category, title, text")
    parser.add_argument("--sizes", default="1000,10000", help="store sizes, comma-separated")
    parser.add_argument("--notes", type=int, default=500, help="annotations already stored")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child's mode
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure is not None:
        print(json.dumps(measure(args.measure, args.data, args.size)))
        return 0
    if not args.data.is_file():
        print(f"bench/store.py: skipped: no data file at {args.data}"
              " (give the path of a JSON lines file with id, title, text)")
        return 0
    rows = load_rows(args.data)
    print(f"newsdesk store benchmark: {args.data} ({len(rows):,} lines),"
          f" Python {platform.python_version()}, {os.cpu_count()} CPUs")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
            folder = Path(tmp) / "store"
            built_s = build(folder, rows, size, args.notes)
            child = subprocess.run(
                [sys.executable, __file__, str(args.data), "--measure", str(folder),
                 "--size", str(size)], capture_output=True, text=True, check=False)
            if child.returncode != 0:
                print(f"store of {size:,}: measuring failed:\n{child.stderr}")
                return 1
            for line in report(size, args.notes, folder, built_s, json.loads(child.stdout)):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
