"""The engine run ahead on other processes while an import reads, links and commits.

An import analyses each article (the engine: ~10 ms per article, pure Python, one core)
and then links its actors to the names the store uses, in the order the articles come,
since each link sees the names the ones before it added. Only the first half can run
anywhere: `AnalysisPool` sends the articles an import is about to need to worker
processes (one per core) and hands their findings back when the import reaches them.
Linking, the commits and every decision of the import stay in the one process and in
order, so the store ends exactly as a one-process import leaves it.

Small imports never start a pool (a worker costs a Python start and the lexicons, ~1 s).
A worker that dies (killed, out of memory) costs nothing but time: what it had is
analysed here instead. A worker whose parent dies exits within a second.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsdesk.analysis.model import Findings
from newsdesk.store.records import Article

# An import of fewer articles than this analyses them here.
MIN_ARTICLES = 24
# At most this many articles are analysed ahead of the import, per worker.
AHEAD_PER_WORKER = 8

Analyze = Callable[[str, dt.date | None], Findings]


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _published(article: Article) -> dt.date | None:
    return dt.date.fromisoformat(article.published) if article.published else None


def engine_analyze(text: str, published: dt.date | None) -> Findings:
    """The engine's analysis (what a worker runs, and this process when it must)."""
    from newsdesk.analysis.engine import analyze

    return analyze(text, published)


def _start_worker(parent: int) -> None:
    """In each worker: load the engine now, and exit when the parent is gone (a pool's
    workers otherwise wait for work for ever after a kill -9 of the import)."""
    engine_analyze("Warm up.", None)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="newsdesk-parent-watch", daemon=True).start()


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
        self._executor: ProcessPoolExecutor | None = None
        self._broken = self.workers < 2
        self._offered = 0
        self._waiting: dict[tuple[str, str | None], Article] = {}  # before the pool started
        self._futures: dict[tuple[str, str | None], Future[Findings]] = {}

    @property
    def ahead(self) -> int:
        """How many articles the import should read ahead of the one it works on."""
        return 0 if self._broken else self.workers * AHEAD_PER_WORKER

    def offer(self, article: Article) -> None:
        if self._broken:
            return
        self._offered += 1
        if self._executor is None:
            self._waiting[(article.id, article.published)] = article
            if self._offered < self.min_articles:
                return
            self._start()
            waiting, self._waiting = self._waiting, {}
            for queued in waiting.values():
                self._submit(queued)
            return
        self._submit(article)

    def findings(self, article: Article) -> Findings | None:
        key = (article.id, article.published)
        self._waiting.pop(key, None)  # taken before the pool started: not sent to it
        future = self._futures.pop(key, None)
        if future is None:
            return None
        try:
            return future.result()
        except BrokenProcessPool:  # a worker died: the rest is analysed here
            self._give_up()
            return None

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
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        self._futures.clear()

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> None:
        try:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                # Not fork: the workstation imports from a thread, and a forked copy of a
                # process with threads may hold a lock no thread will ever release.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(os.getpid(),))
        except (OSError, ValueError):  # no processes to be had: analysed here
            self._give_up()

    def _submit(self, article: Article) -> None:
        if self._executor is None:
            return
        key = (article.id, article.published)
        if key in self._futures:
            return
        try:
            self._futures[key] = self._executor.submit(self._analyze, article.text,
                                                       _published(article))
        except (BrokenProcessPool, RuntimeError):
            self._give_up()

    def _give_up(self) -> None:
        self._broken = True
        self.close()
