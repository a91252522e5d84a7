"""The engine run ahead on other processes while an import reads, links and commits.

An import analyses each article (the engine: ~10 ms per article, pure Python, one core)
and then links its actors to the names the store uses, in the order the articles come,
since each link sees the names the ones before it added. Only the first half can run
anywhere: `AnalysisPool` sends the articles an import is about to need to worker
processes (one per core) and hands their findings back when the import reaches them.
Linking, the commits and every decision of the import stay in the one process and in
order, so the store ends exactly as a one-process import leaves it.

Workers are fresh interpreters (`python -m newsdesk.app.worker`, app/worker.py) fed
through pipes, not forks nor multiprocessing children: nothing of this process (its
threads, its main module) goes with them. Small imports never start one (a worker costs
a Python start and the lexicons, ~1 s). A worker that dies (killed, out of memory) costs
nothing but time: what it had is analysed here instead. A worker whose importing process
dies sees its input end and exits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsdesk.analysis.model import Findings
from newsdesk.store.records import Article

from .worker import read_frame, write_frame

# An import of fewer articles than this analyses them here.
MIN_ARTICLES = 24
# At most this many articles are analysed ahead of the import, per worker.
AHEAD_PER_WORKER = 8

Analyze = Callable[[str, dt.date | None], Findings]
_GONE = object()  # what a worker's reader hands on when the worker's output ends


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def child_env() -> dict[str, str]:
    """The environment of a `python -m newsdesk.app...` child: it finds what this process
    finds (a source checkout, the tests' modules)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}


def _published(article: Article) -> dt.date | None:
    return dt.date.fromisoformat(article.published) if article.published else None


def engine_analyze(text: str, published: dt.date | None) -> Findings:
    """The engine's analysis (what a worker runs, and this process when it must)."""
    from newsdesk.analysis.engine import analyze

    return analyze(text, published)


class _Worker:
    """One `python -m newsdesk.app.worker` process, and a thread reading its results."""

    def __init__(self, analyze: Analyze) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsdesk.app.worker", analyze.__module__,
             analyze.__qualname__],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=child_env(), close_fds=True)
        self.results: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.keys: deque[tuple[str, str | None]] = deque()  # sent, in order
        # Jobs go through a thread of their own: a pipe holds 64 KB, a dozen articles, and
        # a worker reads none while it starts (~1 s), so writing from the import itself
        # would hold it up whenever it sends many articles ahead (app/importing.py does).
        self.jobs: queue.SimpleQueue[tuple[str, dt.date | None] | None] = queue.SimpleQueue()
        self.writable = True
        threading.Thread(target=self._read, name="newsdesk-analysis-results",
                         daemon=True).start()
        threading.Thread(target=self._write, name="newsdesk-analysis-jobs",
                         daemon=True).start()

    def _read(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        try:
            while True:
                self.results.put(read_frame(stdout))
        except Exception:  # the end of its output: it finished, or died
            self.results.put(_GONE)

    def _write(self) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            while (job := self.jobs.get()) is not None:
                write_frame(stdin, job)
        except (OSError, ValueError):  # it died (a broken pipe): its output ends too
            self.writable = False
        finally:
            with contextlib.suppress(OSError):
                stdin.close()  # the end of its input: it finishes what it has, and exits

    def send(self, key: tuple[str, str | None], text: str,
             published: dt.date | None) -> bool:
        if not self.writable:
            return False
        self.jobs.put((text, published))
        self.keys.append(key)
        return True

    def close(self) -> None:
        """Let it finish (its input ends), or stop it if it does not soon."""
        self.jobs.put(None)
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class AnalysisPool:
    """Findings of articles analysed ahead, on worker processes, for an import in order.

    `offer` each article the import will (probably) analyse, in its order; `findings`
    returns an offered article's findings (waiting for them) or None if it was not
    offered or could not be analysed elsewhere: the caller then analyses it itself.
    """

    def __init__(self, *, workers: int | None = None, min_articles: int = MIN_ARTICLES,
                 analyze: Analyze = engine_analyze) -> None:
        self.workers = cores() if workers is None else workers
        self.min_articles = min_articles
        self._analyze = analyze
        self._running: list[_Worker] | None = None
        self._broken = self.workers < 2
        self._offered = 0
        self._turn = 0
        self._waiting: dict[tuple[str, str | None], Article] = {}  # before the pool started
        self._sent: dict[tuple[str, str | None], _Worker] = {}
        self._early: dict[tuple[str, str | None], Any] = {}  # results read past, kept

    @property
    def ahead(self) -> int:
        """How many articles the import should read ahead of the one it works on."""
        return 0 if self._broken else self.workers * AHEAD_PER_WORKER

    def offer(self, article: Article) -> None:
        if self._broken:
            return
        self._offered += 1
        if self._running is None:
            self._waiting[(article.id, article.published)] = article
            if self._offered < self.min_articles:
                return
            self._start()
            waiting, self._waiting = self._waiting, {}
            for queued in waiting.values():
                self._send(queued)
            return
        self._send(article)

    def findings(self, article: Article) -> Findings | None:
        key = (article.id, article.published)
        self._waiting.pop(key, None)  # taken before the pool started: not sent to it
        worker = self._sent.pop(key, None)
        if worker is None:
            return None
        found = self._early.pop(key, _GONE)
        while found is _GONE and worker.keys:
            done, result = worker.keys.popleft(), worker.results.get()
            if result is _GONE:
                self._give_up()  # a worker died: the rest is analysed here
                return None
            if done == key:
                found = result
            else:
                self._early[done] = result  # an article the import skipped, or takes later
        return found if isinstance(found, Findings) else None  # an error: analysed here

    def in_order(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Findings | None]]:
        """Each article with its findings if analysed elsewhere (None: analyse it here),
        in order, the ones after it offered ahead."""
        window: deque[Article] = deque()
        for article in articles:
            self.offer(article)
            window.append(article)
            while len(window) > self.ahead:
                first = window.popleft()
                yield first, self.findings(first)
        while window:
            first = window.popleft()
            yield first, self.findings(first)

    def close(self) -> None:
        running, self._running = self._running, None
        for worker in running or []:
            worker.close()
        self._sent.clear()
        self._early.clear()

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is not None:  # interrupted: no waiting for the work in hand
            for worker in self._running or []:
                worker.process.kill()
        self.close()

    def _start(self) -> None:
        try:
            self._running = [_Worker(self._analyze) for _ in range(self.workers)]
        except OSError:  # no processes to be had: analysed here
            self._give_up()

    def _send(self, article: Article) -> None:
        if self._running is None:
            return
        key = (article.id, article.published)
        if key in self._sent:
            return
        worker = self._running[self._turn % len(self._running)]
        self._turn += 1
        if worker.send(key, article.text, _published(article)):
            self._sent[key] = worker
        else:
            self._give_up()

    def _give_up(self) -> None:
        self._broken = True
        running, self._running = self._running, None
        for worker in running or []:
            worker.process.kill()
            worker.close()
        self._sent.clear()
        self._early.clear()
