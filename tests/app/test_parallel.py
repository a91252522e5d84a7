"""The engine runs ahead on worker processes during an import (app/parallel.py): the store
ends exactly as a one-process import leaves it, small imports start no worker, a dead
worker only costs time, and workers do not outlive a killed import."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import newsdesk.app.importing as importing
import newsdesk.app.parallel as parallel
from newsdesk.analysis.engine import analyze
from newsdesk.app.parallel import AnalysisPool
from newsdesk.store.db import Store
from newsdesk.store.records import Article

COUNTRIES = ["Ruritania", "Freedonia", "Sylvania", "Latveria", "Genovia", "Elbonia"]
GOODS = ["widgets", "steel", "grain", "solar panels", "chips", "sugar"]


def story(n: int) -> str:
    """A short trade story, different for each n, with actors, a measure and a date."""
    a, b = COUNTRIES[n % 6], COUNTRIES[(n + 2) % 6]
    return (f"Trade note {n}\n\n{a} imposed a {5 + n % 20}% tariff on {GOODS[n % 6]} from {b}"
            f" on Monday, its trade minister Anna Berg{n % 3} said. The duties take effect"
            f" on 1 March 2026 unless {b} lifts its export ban on {GOODS[(n + 1) % 6]}."
            f" Officials in {b} called the move unfair and promised a complaint at the WTO.")


def article(n: int) -> Article:
    return Article(id=f"a{n:03d}", title=f"Trade note {n}", text=story(n),
                   published="2026-01-0" + str(1 + n % 9), imported_at="2026-01-10T00:00:00Z")


def _dies_on_seven(text: str, published: dt.date | None):
    """A worker's analysis that kills its worker at one article."""
    if "Trade note 7\n" in text:
        os._exit(3)
    return analyze(text, published)


def test_offered_articles_are_analysed_elsewhere_as_they_would_be_here():
    articles = [article(n) for n in range(12)]
    with AnalysisPool(workers=2, min_articles=4) as pool:
        for a in articles:
            pool.offer(a)
        assert pool._running is not None
        for a in articles:
            published = dt.date.fromisoformat(a.published)
            assert pool.findings(a) == analyze(a.text, published)
        assert pool.findings(article(99)) is None  # never offered: analysed by the caller


def test_a_small_import_starts_no_worker():
    with AnalysisPool(workers=2, min_articles=24) as pool:
        for n in range(23):
            pool.offer(article(n))
        assert pool._running is None
        assert all(pool.findings(article(n)) is None for n in range(23))
    with AnalysisPool(workers=1) as pool:  # one core: everything here
        assert pool.ahead == 0
        for n in range(40):
            pool.offer(article(n))
        assert pool._running is None


def test_a_dead_worker_leaves_the_rest_to_this_process():
    with AnalysisPool(workers=2, min_articles=2, analyze=_dies_on_seven) as pool:
        for n in range(12):
            pool.offer(article(n))
        got = [pool.findings(article(n)) for n in range(12)]
    assert got[7] is None  # the caller analyses it
    assert all(f is None or f == analyze(article(n).text, dt.date.fromisoformat(
        article(n).published)) for n, f in enumerate(got))


def _write_files(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"note-{n:03d}.txt").write_text(story(n), encoding="utf-8")
    # The same text twice and an empty file: skipped and failed, in their places.
    (folder / "note-dup.txt").write_text(story(3), encoding="utf-8")
    (folder / "note-empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("batch_size", "read_ahead"), [(200, importing.READ_AHEAD), (7, 6)])
def test_an_import_on_workers_leaves_the_store_a_one_process_import_leaves(
        tmp_path, monkeypatch, batch_size, read_ahead):
    monkeypatch.setattr(importing, "READ_AHEAD", read_ahead)
    files = _write_files(tmp_path / "files", 40)
    stores = {}
    for workers in (1, 2):
        real = parallel.AnalysisPool.__init__

        def init(self, real=real, workers=workers, **kw):
            real(self, workers=workers, min_articles=5)

        monkeypatch.setattr(parallel.AnalysisPool, "__init__", init)
        items: list[str] = []
        with Store.open(tmp_path / f"store-{workers}") as store:
            report = importing.import_into(
                store, [files], batch_size=batch_size,
                on_item=lambda item, items=items: items.append(type(item).__name__))
            stores[workers] = ({a.id: (a.title, a.findings) for a in store.iter_articles()},
                               [a.id for a in store.list_articles()],
                               (report.imported, report.duplicates, len(report.failures)),
                               items)
        monkeypatch.setattr(parallel.AnalysisPool, "__init__", real)
    assert stores[1] == stores[2]
    assert stores[2][2] == (40, 1, 1)


def test_workers_exit_when_the_import_is_killed(tmp_path):
    script = tmp_path / "importer.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path[:0] = {sys.path!r}
        from newsdesk.app.parallel import AnalysisPool
        from newsdesk.store.records import Article
        if __name__ == "__main__":
            pool = AnalysisPool(workers=2, min_articles=1)
            pool.offer(Article(id="x", title="x", text="Ruritania imposed a levy.",
                               imported_at="2026-01-10T00:00:00Z"))
            pool.findings(Article(id="x", title="x", text="Ruritania imposed a levy.",
                                  imported_at="2026-01-10T00:00:00Z"))
            print(" ".join(str(w.process.pid) for w in pool._running), flush=True)
            time.sleep(60)
    """))
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in child.stdout.readline().split()]
        assert pids and all(_alive(p) for p in pids)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by its new parent) is gone for our purpose.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return False


def test_in_order_yields_every_article_once_in_order_with_its_findings():
    articles = [article(n) for n in range(30)]
    with AnalysisPool(workers=2, min_articles=3) as pool:
        got = list(pool.in_order(iter(articles)))
    assert [a.id for a, _ in got] == [a.id for a in articles]
    assert all(f is not None for _, f in got)  # the pool started before the first was due
    for a, found in got:
        if found is not None:
            assert found == analyze(a.text, dt.date.fromisoformat(a.published))


def test_reanalysis_on_workers_gives_the_findings_of_one_process(tmp_path, monkeypatch):
    from newsdesk.app.engine import reanalyze

    files = _write_files(tmp_path / "files", 30)
    with Store.open(tmp_path / "store") as store:
        importing.import_into(store, [files])
        ids = [a.id for a in store.list_articles()]
        before = {a.id: a.findings for a in store.iter_articles()}
        real = parallel.AnalysisPool.__init__
        monkeypatch.setattr(parallel.AnalysisPool, "__init__",
                            lambda self, **kw: real(self, workers=2, min_articles=4))
        assert reanalyze(store, ids, batch_size=9) == 30
        after = {a.id: a.findings for a in store.iter_articles()}
    assert after == before
