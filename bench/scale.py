"""Scale: a 10,000-article store with the engine's findings and 1,000 notes, used the way a
reader uses it — the CLI (list, dossier export, deadlines), the workstation headless
(first paint, switching article, the countdown of every article, fuzzy jump, a note), and
an import with analysis of the whole BBC set through `newsdesk import`.

Usage: python bench/scale.py [--data FILE] [--articles 10000] [--notes 1000] [--runs 3]

The store is built once (the engine runs on every article, on all cores) and kept under
bench/out/scale-<N>/; it is rebuilt when the engine version changes. Each measurement runs
in a fresh process, so its peak memory (max RSS, from wait4) is that process's alone.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news-bbc.jsonl"
NEWSDESK = Path(sys.executable).with_name("newsdesk")
BUILT = "built-for-engine"

COUNTRIES = ["France", "Germany", "China", "Japan", "India", "Brazil", "Russia", "Spain",
             "Italy", "Canada", "Mexico", "Australia", "Ireland", "Poland", "Turkey"]
PEOPLE = ["Gordon Brown", "Tony Blair", "Michael Howard", "Charles Kennedy", "Jack Straw",
          "John Prescott", "Alan Milburn", "Patricia Hewitt", "David Blunkett"]
NOTE_TEMPLATES = [
    "Check {actor}'s figure against the annual report before quoting it.",
    "{actor} said the opposite in March; find the earlier statement.",
    "Follow up: who briefed on this? Ask the {actor} press office.",
    "Numbers look off; compare with the ONS release for the same quarter.",
    "Key line for the weekly brief. {actor} is on record here.",
    "Possible deadline implied; not dated in the text. Watch {actor}.",
    "Second source needed.\nThe wire copy attributes this to {actor}.",
]
TAGS = ["follow-up", "numbers", "brief", "check-source", "policy", "markets", "uk", "eu",
        "deadline", "quote"]


# -- building the store ---------------------------------------------------------------------


def _vary(row: dict, copy: int, rnd: random.Random) -> tuple[str, str]:
    """A variant of an article: paragraphs shuffled, numbers and a name or country changed."""
    title, text = row["title"], row["text"]
    if copy == 0:
        return title, text
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    rnd.shuffle(rest)
    text = "\n\n".join(head + rest)
    text = re.sub(r"\b\d{1,3}\b", lambda m: str(int(m[0]) + copy), text, count=6)
    present = [c for c in COUNTRIES if c in text]
    if present:
        old = rnd.choice(present)
        new = rnd.choice([c for c in COUNTRIES if c != old])
        text, title = text.replace(old, new), title.replace(old, new)
    present = [p for p in PEOPLE if p in text]
    if present:
        old = rnd.choice(present)
        new = rnd.choice([p for p in PEOPLE if p != old])
        text = text.replace(old, new).replace(old.split()[-1], new.split()[-1])
    return title, text


def _analyze(job: tuple[str, str, str | None]) -> tuple[str, dict]:
    from newsdesk.analysis.engine import analyze

    article_id, text, published = job
    day = dt.date.fromisoformat(published) if published else None
    return article_id, analyze(text, day).to_store()  # JSON crosses the process boundary


def build_store(path: Path, data: Path, count: int, notes: int) -> None:
    from multiprocessing import Pool

    from newsdesk.analysis.engine import ENGINE_VERSION
    from newsdesk.analysis.model import Findings
    from newsdesk.analysis.sentences import split_sentences
    from newsdesk.store.corrections import finding_key
    from newsdesk.store.db import Store
    from newsdesk.store.importer import ArticleDraft, to_article
    from newsdesk.store.notes import new_annotation, new_correction

    marker = path / BUILT
    if marker.exists() and marker.read_text().strip() == f"{ENGINE_VERSION} {count} {notes}":
        return
    if path.exists():
        shutil.rmtree(path)
    rows = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    rnd = random.Random(20040101)
    stamp = "2006-01-02T09:00:00+00:00"
    start_day = dt.date(2004, 1, 1)
    articles, seen = [], set()
    i = 0
    while len(articles) < count:
        row = rows[i % len(rows)]
        title, text = _vary(row, i // len(rows), rnd)
        i += 1
        day = start_day + dt.timedelta(days=rnd.randrange(731))
        article = to_article(ArticleDraft(title=title, text=text, source="BBC News",
                                          published=day.isoformat()), stamp)
        if article.id not in seen:
            seen.add(article.id)
            articles.append(article)
    t0 = time.perf_counter()
    jobs = [(a.id, a.text, a.published) for a in articles]
    with Pool(os.cpu_count() or 1) as pool:
        findings = dict(pool.imap_unordered(_analyze, jobs, chunksize=50))
    for a in articles:
        a.findings, a.findings_version = Findings.from_json(findings[a.id]), ENGINE_VERSION
    print(f"  (built: engine on {count:,} articles in {time.perf_counter() - t0:.1f} s)",
          flush=True)
    with Store.open(path) as store:
        for k in range(0, len(articles), 1000):
            store.add_articles(articles[k:k + 1000])
        with_actors = [a for a in articles if a.findings and a.findings.actors]
        # Notes and corrections in a few commits (the reader makes them one at a time; the
        # store's cost per note is what the TUI figure below measures).
        with store._notes_storage.transaction():
            for n in range(notes):
                a = rnd.choice(with_actors)
                assert a.findings is not None
                actor = rnd.choice(a.findings.actors)
                mention = actor.mentions[0]
                sentence = next((s for s in split_sentences(a.text)
                                 if s.start <= mention.start < s.end), None)
                start, end = (sentence.start, sentence.end) if sentence else mention.span
                links = [f"actor:{actor.name}"]
                if a.findings.measures:
                    links.append("measure:0")
                note = rnd.choice(NOTE_TEMPLATES).format(actor=actor.name)
                store.add_annotation(new_annotation(
                    a, start, end, note, rnd.sample(TAGS, rnd.randint(1, 3)), links,
                    f"2006-01-{1 + n % 28:02d}T10:00:00Z"))
            for n in range(notes // 5):
                a = rnd.choice(with_actors)
                assert a.findings is not None
                actor = rnd.choice(a.findings.actors)
                if n % 3 == 0:
                    kind, changes = "reject", {}
                elif n % 3 == 1:
                    kind, changes = "edit", {"name": actor.name + " (checked)"}
                else:
                    kind, changes = "edit", {"kind": "organization"}
                store.add_correction(new_correction(a.id, kind, finding_key(actor),
                                                    changes, "2006-01-03T10:00:00Z"))
    marker.write_text(f"{ENGINE_VERSION} {count} {notes}\n")


# -- measuring a process --------------------------------------------------------------------


def run(cmd: list[str], *, stdout=subprocess.DEVNULL) -> tuple[float, int, int, bytes]:
    """(wall seconds, exit status, max RSS in KB, stdout) of one fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    out = proc.stdout.read() if proc.stdout else b""
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode:
        print(f"    ! {' '.join(cmd[1:])} exited {proc.returncode}: "
              f"{err.decode(errors='replace').strip()[:200]}")
    return wall, proc.returncode, usage.ru_maxrss, out


def best_of(runs: int, cmd: list[str]) -> tuple[float, int]:
    """Median wall time and the largest max RSS over `runs` fresh processes."""
    results = [run(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[2] for r in results)


def mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB"


# -- the workstation, headless (a child process) --------------------------------------------

QUERIES = ["gordon brown budget", "mourinho chelsea", "tarif", "yukos oil", "blair elecion",
           "microsoft"]


def _rss_now_kb() -> int:
    """This process's resident memory now (not its peak), in KB; 0 where /proc lacks it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tui_child(store_path: str) -> None:
    t_start = time.perf_counter()
    from newsdesk.store.db import Store
    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.dialogs.jump import JumpScreen
    from newsdesk.tui.panes.articles import ArticlesPane
    from newsdesk.tui.panes.countdown import CountdownPane
    from newsdesk.tui.screens.main import MainScreen

    shown_at: dict[int, float] = {}
    original_show = JumpScreen._show

    def recording_show(self, generation, query, hits):
        original_show(self, generation, query, hits)
        if generation == self._generation:
            shown_at[generation] = time.perf_counter()

    JumpScreen._show = recording_show
    store = Store.open(store_path)
    t_opened = time.perf_counter()
    figures: dict[str, object] = {"store_open_s": t_opened - t_start}
    app = NewsdeskApp(store)

    async def until(cond, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not cond():
            if time.perf_counter() > deadline:
                raise TimeoutError("the workstation did not get there in time")
            await asyncio.sleep(0.001)

    async def painted() -> float:
        future = asyncio.get_running_loop().create_future()
        app.screen.call_after_refresh(lambda: future.set_result(time.perf_counter()))
        return await future

    async def scenario() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(lambda: isinstance(app.screen, MainScreen)
                        and app.screen.article is not None)
            figures["first_paint_s"] = await painted() - t_start
            main = app.screen
            # The start-up scan (counts, deadlines, search index, stale check) runs in the
            # background; Pilot's key presses wait for the whole process to go idle, so
            # let it finish first or every key below would be timed with it.
            t_scan = time.perf_counter()
            await until(lambda: getattr(main, "corpus", None))  # the scan reported back
            await app.workers.wait_for_complete()
            await pilot.pause(0.2)
            figures["scan_s"] = time.perf_counter() - t_scan
            figures["rss_after_scan_kb"] = _rss_now_kb()

            # Switch article: o, filter, enter.
            rows = store.list_articles()
            target = next(r for r in rows[len(rows) // 2:]
                          if len(r.title.split()) >= 3 and r.id != main.article.id)
            typed = f"{max(target.title.split(), key=len).casefold()} {target.published}"
            before = main.article.id
            t0 = time.perf_counter()
            await pilot.press("o")
            switcher = main.query_one(ArticlesPane)
            await until(lambda: switcher.loaded and switcher.table.row_count > 0)
            t1 = await painted()
            await pilot.press(*typed)
            await until(lambda: switcher.table.row_count < len(rows))
            t2 = await painted()
            await pilot.press("enter")
            await until(lambda: main.article.id != before)
            t3 = await painted()
            figures["switch"] = {"open_s": t1 - t0, "filter_s": t2 - t1, "enter_s": t3 - t2,
                                 "total_s": t3 - t0, "typed": typed,
                                 "shown": switcher.table.row_count}
            await pilot.pause(0.5)

            # The countdown of every article.
            countdown = main.query_one(CountdownPane)
            t0 = time.perf_counter()
            await pilot.press("c")
            await until(lambda: countdown._all_rows is not None)
            t1 = await painted()
            figures["countdown_all"] = {"s": t1 - t0, "rows": countdown.table.row_count}

            # Fuzzy jump: the first open fills the index over every article.
            t0 = time.perf_counter()
            await pilot.press("slash")
            await until(lambda: isinstance(app.screen, JumpScreen))
            t1 = await painted()
            await app.workers.wait_for_complete()
            t2 = time.perf_counter()
            figures["jump_open_s"] = t1 - t0
            figures["jump_index_fill_s"] = t2 - t0
            figures["jump_index_items"] = len(main.search_index)
            latencies = []
            for n, query in enumerate(QUERIES):
                if n:
                    await pilot.press("escape")
                    await until(lambda: not isinstance(app.screen, JumpScreen))
                    await pilot.press("slash")
                    await until(lambda: isinstance(app.screen, JumpScreen))
                jump = app.screen
                for ch in query:
                    t0 = time.perf_counter()
                    await pilot.press("space" if ch == " " else ch)
                    generation = jump._generation
                    await until(lambda g=generation: g in shown_at)
                    latencies.append(await painted() - t0)
                    shown_at.clear()
            latencies.sort()
            figures["jump_keystroke"] = {
                "n": len(latencies), "p50_ms": 1000 * statistics.median(latencies),
                "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))],
                "max_ms": 1000 * latencies[-1]}
            await pilot.press("escape")
            await until(lambda: app.screen is main)

            # A note on the current sentence: a, type, ctrl+s.
            article_id = main.article.id
            count = len(store.annotations(article_id))
            t0 = time.perf_counter()
            await pilot.press("j", "a")
            await until(lambda: app.screen is not main)
            await pilot.press(*"Check this figure", "tab", *"numbers")
            t1 = time.perf_counter()
            await pilot.press("ctrl+s")
            await until(lambda: len(store.annotations(article_id)) > count)
            t2 = await painted()
            figures["note"] = {"a_to_saved_s": t2 - t0, "ctrl_s_to_saved_s": t2 - t1}
            added = store.annotations(article_id)[-1:]
            await pilot.press("q")
        for note in store.annotations(article_id):
            if note.note == "Check this figure":
                store.delete_annotation(note.id)
        del added

    asyncio.run(scenario())
    store.close()
    figures["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(figures))


# -- import of the BBC set ------------------------------------------------------------------


def write_bbc_files(data: Path, folder: Path) -> tuple[int, int]:
    rows = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    words = 0
    day = dt.date(2005, 1, 1)
    for n, row in enumerate(rows):
        published = day + dt.timedelta(days=n % 365)
        (folder / f"{published}-{row['id']}.txt").write_text(
            f"{row['title']}\n\n{row['text']}\n", encoding="utf-8")
        words += len(row["text"].split())
    return len(rows), words


def import_under_a_terminal(store: Path, folder: Path) -> tuple[float, int, int, str]:
    """Run `newsdesk import` under script(1), so stderr is a terminal and the bar shows."""
    command = f"{NEWSDESK} --store {store} import {folder}"
    wall, status, rss, out = run(["script", "-qfec", command, "/dev/null"],
                                 stdout=subprocess.PIPE)
    text = out.decode(errors="replace")
    pieces = [p.replace("\x1b[K", "").strip() for p in re.split(r"[\r\n]", text)]
    frames = [p for p in pieces if "files," in p]
    bar = frames[len(frames) // 2] if frames else "(no progress bar seen)"
    summary = next((p for p in reversed(pieces) if p.startswith("imported")), "(none)")
    return wall, rss, status, f"{bar}\n    summary: {summary}"


# -- main -----------------------------------------------------------------------------------


def machine() -> str:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem_kb = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}),"
            f" {mem_kb / 2**20:.1f} GB RAM, Python {platform.python_version()},"
            f" {platform.system()} {platform.release()}, load average {load}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3, help="runs of each CLI command")
    parser.add_argument("--tui-child", metavar="STORE", help=argparse.SUPPRESS)
    parser.add_argument("--build-child", metavar="STORE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tui_child:
        tui_child(args.tui_child)
        return 0
    if args.build_child:
        build_store(Path(args.build_child), Path(args.data), args.articles, args.notes)
        return 0
    data = Path(args.data)
    if not data.exists():
        print(f"scale: {data} is not there; give --data a JSON Lines file of articles"
              " (id, title, text). Nothing measured.")
        return 0

    print(f"machine: {machine()}")
    store = OUT / f"scale-{args.articles}"
    t0 = time.perf_counter()
    # In a child: a fork inherits its parent's peak RSS, which would inflate every figure
    # measured after building 10,000 articles in this process.
    subprocess.run([sys.executable, __file__, "--build-child", str(store), "--data", str(data),
                    "--articles", str(args.articles), "--notes", str(args.notes)], check=True)
    size = sum(f.stat().st_size for f in store.iterdir() if f.is_file())
    print(f"store: {store.relative_to(ROOT)} ({args.articles:,} articles with findings,"
          f" {args.notes:,} notes, {args.notes // 5:,} corrections; {size / 2**20:,.0f} MB"
          f" on disk; ready in {time.perf_counter() - t0:.1f} s)")

    print("\nCLI (median of", args.runs, "fresh processes; peak RSS the largest):")
    wall, rss = best_of(args.runs, [str(NEWSDESK), "--store", str(store), "list"])
    print(f"  newsdesk list                  {wall:6.2f} s   peak {mb(rss)}")
    with tempfile.TemporaryDirectory() as tmp:
        dossier = Path(tmp) / "dossier.md"
        wall, rss = best_of(args.runs, [str(NEWSDESK), "--store", str(store), "export",
                                        "--all", "-o", str(dossier), "--force"])
        dossier_size = dossier.stat().st_size if dossier.exists() else 0
    print(f"  newsdesk export --all -o F     {wall:6.2f} s   peak {mb(rss)}"
          f"   dossier {dossier_size / 2**20:,.1f} MB")
    wall, rss = best_of(args.runs, [str(NEWSDESK), "--store", str(store), "deadlines"])
    print(f"  newsdesk deadlines             {wall:6.2f} s   peak {mb(rss)}")

    print("\nworkstation headless (Pilot, 120x40, one fresh process):")
    with tempfile.TemporaryDirectory() as tmp:
        # A copy, so the bench's own note never changes the cached store.
        copy = Path(tmp) / "store"
        shutil.copytree(store, copy, ignore=shutil.ignore_patterns("lock", BUILT))
        wall, status, rss, out = run([sys.executable, __file__, "--tui-child", str(copy)],
                                     stdout=subprocess.PIPE)
    if status == 0:
        f = json.loads(out.decode().strip().splitlines()[-1])
        sw, jk = f["switch"], f["jump_keystroke"]
        if "scan_s" in f:
            print(f"  start-up scan (background)     {f['scan_s']:6.2f} s   (counts, deadlines,"
                  " search index; the UI answers meanwhile)")
        print(f"  store open                     {f['store_open_s']:6.2f} s")
        print(f"  first paint of the main screen {f['first_paint_s']:6.2f} s"
              " (from process start, imports included)")
        print(f"  switch article                 {sw['total_s']:6.2f} s   (o {sw['open_s']:.2f},"
              f" filter {sw['filter_s']:.2f} for {sw['typed']!r} -> {sw['shown']} rows,"
              f" enter {sw['enter_s']:.2f})")
        print(f"  countdown of all articles      {f['countdown_all']['s']:6.2f} s"
              f"   ({f['countdown_all']['rows']:,} deadlines)")
        print(f"  fuzzy jump: open               {f['jump_open_s']:6.2f} s;"
              f" index filled after {f['jump_index_fill_s']:.2f} s"
              f" ({f['jump_index_items']:,} items)")
        print(f"  fuzzy jump: per keystroke      p50 {jk['p50_ms']:.0f} ms, p95"
              f" {jk['p95_ms']:.0f} ms, max {jk['max_ms']:.0f} ms over {jk['n']} keystrokes"
              f" ({', '.join(repr(q) for q in QUERIES)})")
        print(f"  add a note: a..ctrl+s          {f['note']['a_to_saved_s']:6.2f} s"
              f"   (ctrl+s to committed {1000 * f['note']['ctrl_s_to_saved_s']:.0f} ms)")
        print(f"  peak RSS                       {mb(f['maxrss_kb'])}")
        if f.get("rss_after_scan_kb"):
            print(f"  RSS once the scan is done      {mb(f['rss_after_scan_kb'])}")
    else:
        print(f"  the headless run failed (exit {status})")

    print("\nimport with analysis of the BBC set (`newsdesk import FOLDER`, under script(1)):")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bbc"
        folder.mkdir()
        files, words = write_bbc_files(data, folder)
        target = Path(tmp) / "store"
        wall, rss, status, shown = import_under_a_terminal(target, folder)
    print(f"  {files:,} .txt files, {words:,} words: {wall:.1f} s, {files / wall:,.0f}"
          f" articles/s, {words / wall:,.0f} words/s, peak {mb(rss)}, exit {status}")
    print(f"  progress bar on the terminal: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
