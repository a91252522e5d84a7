"""SIGKILL during import, annotation, correction, re-analysis and export: nothing acknowledged
is lost, nothing is torn.

Each test forks children (tests/crash_ops_child.py, through crashkit's fork server) that run
one kind of operation through the app's own code on one store reused across kills, and kills
each at a random instant: a short random delay after the store opened, at once after its
n-th acknowledged write, or (now and then) while it is still opening the store. After each
kill:

* the store opens for writing (the lock died with the child) and every record parses;
* it holds every write the child acknowledged, and of the one write in flight either all or
  nothing (a batch of articles is one commit: all its ids or none);
* nothing else changed: re-analysis leaves the text and the reader's notes alone, a note
  does not touch the articles file, an export does not touch the store;
* an export's target is absent, the old complete file or the new complete file, checked
  byte for byte against what the app writes and by parsing it (front matter and last line
  of a note, counts of a backup, trailer of a large file); temporary files left beside it
  are allowed, counted and removed.

`pytest -s` prints, per kind, the kills, acknowledged writes checked and kills that landed
mid-write (in flight: between "begin" and "ok"; inside the file write: a temporary file was
left behind).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from crashkit import (
    NOW,
    ForkServer,
    Outcome,
    Plan,
    filler_chunks,
    read_store,
    run_and_kill,
    temp_files,
)

from newsdesk.analysis.engine import ENGINE_VERSION
from newsdesk.app.engine import analyze_article
from newsdesk.app.importing import import_into
from newsdesk.cli import main as cli
from newsdesk.store.backup import read_backup
from newsdesk.store.db import ARTICLES_FILE, NOTES_FILE, STORE_FILE, Store
from newsdesk.store.importer import read_path, to_article
from newsdesk.store.notes import new_annotation, new_correction

CHILD = Path(__file__).with_name("crash_ops_child.py")
STAMP = "2025-09-14T09:00:00+00:00"  # NOW as app.importing.import_into stamps articles
ENGINE = ENGINE_VERSION

KILLS = {"import": 150, "annotation": 130, "correction": 120, "reanalysis": 130, "export": 170}
assert sum(KILLS.values()) >= 500


# -- bookkeeping -------------------------------------------------------------------------------


@dataclass
class Tally:
    kind: str
    kills: int = 0
    plans: Counter = field(default_factory=Counter)
    acked: int = 0  # acknowledged writes checked
    in_flight: int = 0  # kills between a write's "begin" and its "ok"
    landed: int = 0  # ... of which the write was found done
    inside_write: int = 0  # kills that left a temporary file: inside the file write itself
    mid_write: int = 0  # kills that did either
    idle: int = 0  # kills after the child had nothing left to do
    seconds: float = 0.0

    def add(self, plan: Plan, outcome: Outcome, landed: bool, temps: int) -> None:
        self.kills += 1
        self.plans[plan.how] += 1
        self.acked += len(outcome.acked)
        self.in_flight += outcome.in_flight is not None
        self.landed += landed
        self.inside_write += temps > 0
        self.mid_write += outcome.in_flight is not None or temps > 0
        self.idle += outcome.done is not None

    def line(self) -> str:
        plans = ", ".join(f"{n} {how}" for how, n in sorted(self.plans.items()))
        return (f"{self.kind:<10} {self.kills:>4} kills ({plans}); {self.acked:>5} acknowledged"
                f" writes checked; {self.mid_write} kills mid-write ({self.in_flight} in flight,"
                f" {self.landed} of these found done; {self.inside_write} inside the file"
                f" write); {self.idle} after the work was done; {self.seconds:.1f} s")


TALLIES: list[Tally] = []


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[ForkServer]:
    folder = tmp_path_factory.mktemp("fork-server")
    env = {**os.environ, "NEWSDESK_NOW": NOW, "NEWSDESK_STORE": str(folder / "no-store")}
    with ForkServer(CHILD, folder / "stderr.txt", env) as s:
        yield s
    if TALLIES:
        print("\ncrash harness, SIGKILL per operation:")
        for tally in TALLIES:
            print("  " + tally.line())
        print(f"  {'total':<10} {sum(t.kills for t in TALLIES):>4} kills,"
              f" {sum(t.acked for t in TALLIES)} acknowledged writes checked,"
              f" {sum(t.mid_write for t in TALLIES)} of them mid-write,"
              f" {sum(t.seconds for t in TALLIES):.1f} s")


@pytest.fixture(autouse=True)
def _frozen_clock(monkeypatch):
    monkeypatch.setenv("NEWSDESK_NOW", NOW)  # the children's clock too (see `server`)


def hammer(server: ForkServer, tally: Tally, harness: Any, rnd: random.Random,
           max_delay: float, enough: Callable[[], bool] = lambda: True) -> None:
    """Kill KILLS[kind] children of `harness` and check what each left; on a loaded
    machine, where fewer writes finish before each kill, go on (up to three times as many
    kills) until the kills have covered what the test needs (`enough`, and the tally's
    own minimums below)."""
    started = time.monotonic()
    kill = 0
    while kill < KILLS[tally.kind] or (
            not (enough() and _covered(tally)) and kill < 3 * KILLS[tally.kind]):
        kill += 1
        plan = Plan.choose(rnd, max_delay)
        outcome = run_and_kill(server, harness.args(rnd), plan)
        try:
            landed, temps = harness.check(outcome)
        except Exception as e:  # a failed check, or a store that no longer opens
            what = str(e) if isinstance(e, AssertionError) else f"{type(e).__name__}: {e}"
            raise AssertionError(f"{tally.kind}, kill {kill} ({plan}): {what}\nso far: "
                                 f"{tally.line()}") from e
        tally.add(plan, outcome, landed, temps)
    tally.seconds = time.monotonic() - started
    TALLIES.append(tally)
    print(f"\n{tally.line()}")
    # The test means something only if writes were acknowledged and kills hit them.
    # Enough real work: on a loaded machine fewer writes finish before the kill.
    assert tally.acked >= tally.kills // 4, tally.line()
    assert tally.mid_write >= tally.kills // 12, tally.line()
    assert tally.idle <= tally.kills // 4, tally.line()


def _covered(tally: Tally) -> bool:
    return (tally.acked >= tally.kills // 4 and tally.mid_write >= tally.kills // 12
            and tally.idle <= tally.kills // 4)


# -- articles ----------------------------------------------------------------------------------

COUNTRIES = ["United States", "Canada", "Mexico", "China", "Japan", "Germany", "France",
             "India", "Brazil", "the European Union", "South Korea", "Australia"]
GOODS = ["steel", "aluminium", "cars", "solar panels", "soybeans", "semiconductors", "wine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def article_text(n: int, rnd: random.Random) -> str:
    a, b = rnd.sample(COUNTRIES, 2)
    good = rnd.choice(GOODS)
    return (f"{a.replace('the ', '').title()} {good} duties, report {n}\n\n"
            f"{a[0].upper() + a[1:]} will raise tariffs on {good} from {b} to"
            f" {rnd.randint(5, 60)}% from {rnd.randint(1, 28)} {rnd.choice(MONTHS)} 2026,"
            f" officials said on Monday. {b[0].upper() + b[1:]} said it would answer with"
            f" export controls by {rnd.choice(MONTHS)} 2026. Filed as report {n}-"
            f"{rnd.randrange(10**6)}.\n")


def write_articles(folder: Path, first: int, count: int, rnd: random.Random) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(first, first + count):
        path = folder / f"report-{n:05d}.txt"
        path.write_text(article_text(n, rnd), encoding="utf-8")
        paths.append(path)
    return paths


def make_store(folder: Path, articles: int, rnd: random.Random, *, notes: int = 0,
               corrections: int = 0, settings: int = 0) -> None:
    """A store of generated articles, with notes, corrections and settings on them."""
    sources = write_articles(folder.with_name(folder.name + "-sources"), 0, articles, rnd)
    with Store.open(folder) as store:
        import_into(store, sources)
        stored = list(store.iter_articles())
        for _ in range(notes):
            article = rnd.choice(stored)
            start = rnd.randrange(len(article.text) - 20)
            store.add_annotation(new_annotation(article, start, start + 15, "a note", ["x"],
                                                [], STAMP))
        for _ in range(corrections):
            article = rnd.choice(stored)
            name = rnd.choice(article.findings.actors).name
            store.add_correction(new_correction(article.id, "reject",
                                                {"kind": "actor", "name": name}, {}, STAMP))
        for i in range(settings):
            store.set_setting(f"setting-{i}", i)


def digest(folder: Path, names: tuple[str, ...] = (STORE_FILE, ARTICLES_FILE, NOTES_FILE)) -> str:
    return hashlib.sha256(b"".join((folder / n).read_bytes() for n in names)).hexdigest()


# -- import ------------------------------------------------------------------------------------


class ImportHarness:
    """Each child imports a new folder: fresh articles, a few already imported, a bad file."""

    NEW = 16

    def __init__(self, root: Path) -> None:
        self.store = root / "store"
        self.sources = root / "sources"
        self.known: dict[str, tuple[str, str]] = {}  # id -> (title, text) of every file made
        self.files: list[Path] = []
        self.expected: set[str] = set()
        self.verified: set[str] = set()
        self.runs = 0

    def args(self, rnd: random.Random) -> list[str]:
        self.runs += 1
        folder = self.sources / f"run-{self.runs:04d}"
        made = write_articles(folder, self.runs * 100, self.NEW, rnd)
        for path in made:
            article = to_article(read_path(path)[0], STAMP)
            self.known[article.id] = (article.title, article.text)
        for old in rnd.sample(self.files, min(2, len(self.files))):  # duplicates
            (folder / f"again-{old.name}").write_bytes(old.read_bytes())
        if rnd.random() < 0.3:
            (folder / "empty.txt").write_bytes(b"")  # fails, and the rest goes on
        self.files.extend(made)
        return ["import", str(self.store), str(rnd.getrandbits(32)), str(folder),
                str(rnd.randint(2, 5))]

    def check(self, outcome: Outcome) -> tuple[bool, int]:
        for op in outcome.acked:
            self.expected.update(op["ids"])
        snap = read_store(self.store)
        observed = set(snap.articles)
        lost = self.expected - observed
        assert not lost, f"{len(lost)} acknowledged articles are missing: {sorted(lost)[:3]}"
        extra = observed - self.expected
        landed = False
        if extra:
            batch = set(outcome.in_flight["ids"]) if outcome.in_flight else set()
            assert extra == batch, (
                f"articles no acknowledged write added: {len(extra)}; the batch in flight"
                f" was {len(batch)} ({len(extra & batch)} of it there): not all or nothing")
            landed = True
        for article_id in observed - self.verified:
            article = snap.articles[article_id]
            assert article_id in self.known, f"an article no file holds: {article_id}"
            assert (article.title, article.text) == self.known[article_id], article_id
            assert (article.imported_at, article.findings_version) == (STAMP, ENGINE), article
            assert article.findings == analyze_article(article).findings, article_id
        assert not (snap.annotations or snap.corrections or snap.settings)
        self.verified = observed
        self.expected = observed
        return landed, len(snap.stale_temp_files)


@pytest.mark.slow
def test_sigkill_during_import_keeps_every_committed_batch(server, tmp_path):
    harness = ImportHarness(tmp_path)
    hammer(server, Tally("import"), harness, random.Random(1001), max_delay=0.06)
    assert len(harness.expected) > 200, len(harness.expected)


# -- re-analysis -------------------------------------------------------------------------------


class ReanalysisHarness:
    """Children re-analyse the articles pass after pass, each pass a new engine version."""

    def __init__(self, root: Path, rnd: random.Random) -> None:
        self.store = root / "store"
        make_store(self.store, 60, rnd, notes=12, corrections=6, settings=2)
        self.baseline = read_store(self.store)
        self.versions = {article_id: ENGINE for article_id in self.baseline.articles}

    def args(self, rnd: random.Random) -> list[str]:
        return ["reanalysis", str(self.store), str(rnd.getrandbits(32))]

    def check(self, outcome: Outcome) -> tuple[bool, int]:
        for op in outcome.acked:
            self.versions.update(dict.fromkeys(op["ids"], op["version"]))
        snap = read_store(self.store)
        observed = {i: a.findings_version for i, a in snap.articles.items()}
        landed = False
        op = outcome.in_flight
        if op:
            new = [observed.get(i) == op["version"] for i in op["ids"]]
            assert all(new) or not any(new), (
                f"{sum(new)} of the {len(new)} articles of the batch in flight were re-analysed:"
                " not all or nothing")
            if all(new):
                landed = True
                self.versions.update(dict.fromkeys(op["ids"], op["version"]))
        wrong = {i: (v, observed.get(i)) for i, v in self.versions.items() if observed.get(i) != v}
        assert not wrong, (f"{len(wrong)} articles do not hold their acknowledged analysis"
                           f" (id: acknowledged, stored): {list(wrong.items())[:3]}")
        for article_id, article in snap.articles.items():
            assert dataclasses.replace(article, findings_version=ENGINE) == \
                self.baseline.articles[article_id], f"article {article_id} changed"
        assert (snap.annotations, snap.corrections, snap.settings) == (
            self.baseline.annotations, self.baseline.corrections, self.baseline.settings), \
            "re-analysis changed the reader's records"
        return landed, len(snap.stale_temp_files)


@pytest.mark.slow
def test_sigkill_during_reanalysis_keeps_every_committed_batch(server, tmp_path):
    rnd = random.Random(1002)
    harness = ReanalysisHarness(tmp_path, rnd)
    hammer(server, Tally("reanalysis"), harness, rnd, max_delay=0.06)
    assert ENGINE not in harness.versions.values(), "some article was never re-analysed"


# -- annotations and corrections ---------------------------------------------------------------


class RecordHarness:
    """Children add, update and delete annotations (or add and delete corrections)."""

    def __init__(self, kind: str, root: Path, rnd: random.Random) -> None:
        self.kind = kind
        self.table = "annotations" if kind == "annotation" else "corrections"
        self.store = root / "store"
        make_store(self.store, 8, rnd)
        self.articles_file = digest(self.store, (ARTICLES_FILE,))
        self.expected: dict[str, dict[str, Any]] = {}
        self.changes = Counter()

    def args(self, rnd: random.Random) -> list[str]:
        return [self.kind, str(self.store), str(rnd.getrandbits(32))]

    @staticmethod
    def after(records: dict[str, dict[str, Any]], op: dict[str, Any]) -> dict[str, dict]:
        records = dict(records)
        if op["op"] == "delete":
            assert op["id"] in records, f"the child deleted an unknown record: {op}"
            del records[op["id"]]
        else:
            assert (op["record"]["id"] in records) == (op["op"] == "update"), op
            records[op["record"]["id"]] = op["record"]
        return records

    def check(self, outcome: Outcome) -> tuple[bool, int]:
        for op in outcome.acked:
            self.expected = self.after(self.expected, op)
            self.changes[op["op"]] += 1
        snap = read_store(self.store)
        observed = getattr(snap, self.table)
        landed = False
        if observed != self.expected:
            op = outcome.in_flight
            lost = set(self.expected) - set(observed)
            extra = set(observed) - set(self.expected)
            changed = [k for k in set(observed) & set(self.expected)
                       if observed[k] != self.expected[k]]
            assert op is not None and observed == self.after(self.expected, op), (
                f"the {self.table} are not the acknowledged ones (in flight: {op});"
                f" {len(lost)} missing, {len(extra)} extra, {len(changed)} different")
            landed = True
        other = snap.corrections if self.table == "annotations" else snap.annotations
        assert not other and not snap.settings, "a write changed another table"
        assert digest(self.store, (ARTICLES_FILE,)) == self.articles_file, \
            f"writing {self.table} rewrote the articles"
        self.expected = observed
        return landed, len(snap.stale_temp_files)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["annotation", "correction"])
def test_sigkill_while_editing_notes_keeps_every_acknowledged_one(server, tmp_path, kind):
    rnd = random.Random(1003 if kind == "annotation" else 1004)
    harness = RecordHarness(kind, tmp_path, rnd)
    hammer(server, Tally(kind), harness, rnd, max_delay=0.04, enough=lambda: all(
        harness.changes[op] > 25 for op in ("add", "delete", "update")
        if kind == "annotation" or op != "update"))
    assert all(harness.changes[op] > 25 for op in ("add", "delete")), harness.changes
    assert kind == "correction" or harness.changes["update"] > 25, harness.changes


# -- export ------------------------------------------------------------------------------------


class ExportHarness:
    """Children export notes, back up the store and write a large file over and over, to a
    few targets that each keep being replaced."""

    TARGETS = ("note-1.md", "note-2.md", "backup.json", "big.txt")

    def __init__(self, root: Path, rnd: random.Random) -> None:
        self.store = root / "store"
        make_store(self.store, 30, rnd, notes=40, corrections=10, settings=3)
        self.store_digest = digest(self.store)
        snap = read_store(self.store)
        self.counts = {"articles": len(snap.articles), "annotations": len(snap.annotations),
                       "corrections": len(snap.corrections), "settings": len(snap.settings)}
        # What the app writes, made here by the same commands (same store, same clock).
        reference = root / "reference"
        reference.mkdir()
        self.notes = {}
        with contextlib.redirect_stdout(io.StringIO()):
            for article_id in snap.articles:
                path = reference / f"{article_id}.md"
                assert cli.main(["--store", str(self.store), "export", article_id, "-o",
                                 str(path)]) == 0
                self.notes[article_id] = path.read_bytes()
                check_note(self.notes[article_id], article_id)
            assert cli.main(["--store", str(self.store), "backup",
                             str(reference / "b.json")]) == 0
        self.backup = (reference / "b.json").read_bytes()
        check_backup(self.backup, self.counts)
        self.out = root / "out"
        self.out.mkdir()
        self.current: dict[str, bytes | None] = dict.fromkeys(self.TARGETS)
        self.strays: Counter = Counter()

    def args(self, rnd: random.Random) -> list[str]:
        return ["export", str(self.store), str(rnd.getrandbits(32)), str(self.out)]

    def content(self, op: dict[str, Any]) -> bytes:
        if op["op"] == "export":
            return self.notes[op["article"]]
        if op["op"] == "backup":
            return self.backup
        return b"".join(filler_chunks(op["seq"]))

    def check(self, outcome: Outcome) -> tuple[bool, int]:
        for op in outcome.acked:
            self.current[op["target"]] = self.content(op)
        strays = temp_files(self.out, self.TARGETS)
        for name in strays:
            self.strays[next(t for t in self.TARGETS if name.startswith(f".{t}."))] += 1
            (self.out / name).unlink()
        landed = False
        op = outcome.in_flight
        for target, old in self.current.items():
            path = self.out / target
            on_disk = path.read_bytes() if path.exists() else None
            new = self.content(op) if op and op["target"] == target else old
            if on_disk != old:
                assert on_disk == new, (
                    f"{target} is neither absent, the old file nor the new one: "
                    f"{describe(on_disk, target, self.counts)} (in flight: {op})")
                landed = True
                self.current[target] = new
            if on_disk is not None:
                check_whole(on_disk, target, self.counts)
        read_store(self.store)  # still opens for writing: nothing holds its lock
        assert digest(self.store) == self.store_digest, "exporting changed the store"
        assert set(os.listdir(self.out)) <= set(self.TARGETS), os.listdir(self.out)
        return landed, len(strays)


def check_note(data: bytes, article_id: str | None = None) -> None:
    """A whole note: front matter naming its article, and the last line of its notes."""
    text = data.decode()
    assert text.startswith("---\n"), "no front matter"
    front, _, body = text[4:].partition("\n---\n")
    meta = yaml.safe_load(front)
    assert meta["generator"] == "newsdesk", meta
    assert article_id is None or meta["article_id"] == article_id, meta
    assert "\n## Notes\n" in body and body.endswith("\n"), "the note is cut off"
    last = body.rstrip("\n").rsplit("\n", 1)[-1]
    assert last.startswith("Passage: characters") or last == "No notes yet.", last


def check_backup(data: bytes, counts: dict[str, int]) -> None:
    """A whole backup: valid JSON, as many records as it says and the store holds."""
    doc = json.loads(data)
    found = {name: len(doc[name]) for name in counts}
    assert doc["counts"] == found == counts, (doc["counts"], found, counts)
    read_backup("backup.json", data)  # and the app reads it back


def check_big(data: bytes) -> None:
    seq = int(data.split(b" ", 2)[1])
    assert data == b"".join(filler_chunks(seq)), "a mixed or cut-off large file"


def check_whole(data: bytes, target: str, counts: dict[str, int]) -> None:
    if target.endswith(".md"):
        check_note(data)
    elif target.endswith(".json"):
        check_backup(data, counts)
    else:
        check_big(data)


def describe(data: bytes | None, target: str, counts: dict[str, int]) -> str:
    if data is None:
        return "absent"
    try:
        check_whole(data, target, counts)
    except Exception as e:  # noqa: BLE001 - only for the message
        return f"{len(data)} bytes, not whole ({type(e).__name__}: {e})"
    return f"{len(data)} bytes, whole but not the expected content"


@pytest.mark.slow
def test_sigkill_during_export_leaves_the_old_or_the_new_file(server, tmp_path):
    rnd = random.Random(1005)
    harness = ExportHarness(tmp_path, rnd)
    hammer(server, Tally("export"), harness, rnd, max_delay=0.08)
    print(f"temporary files left beside export targets: {dict(harness.strays) or 'none'}")
    assert all(harness.current.values()), harness.current.keys()
