"""What the SIGKILL harnesses share: a fork server, kill plans, the children's line protocol.

A harness runs a child that writes, SIGKILLs it at a chosen instant and reads every complete
line the child printed. Children are forked from a server that imported the app once, so a
run costs a fork (milliseconds) rather than an interpreter start: hundreds of kills fit in a
test. A forked child is a process of its own: it opens the store (and takes its lock)
itself, and the kill ends it as it would end `newsdesk`.

The child's protocol, one line each, each written whole by one write() to a pipe:

    ready            the store is open
    begin <JSON>     a write is about to start; the JSON says what it writes
    ok <JSON>        that write was acknowledged (the call returned); the same JSON again
    done <JSON>      nothing left to do (the child then waits to be killed)

A line cut off by the kill (no newline yet) counts as unsaid. A child that fails prints
"error <traceback>" lines and exits 3, which the parent reports: a child must die by the kill.

Child scripts end with `crashkit.main(run)`: `script --serve FD` serves forks over the
socket FD (see `ForkServer`), `script ARGS...` runs once with its lines on stdout.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The clock every child and every expected export uses (the same as tests/conftest.py's).
NOW = "2025-09-14T09:00:00Z"

# -- the child's side ------------------------------------------------------------------------


class Channel:
    """The child's line protocol over one file descriptor (unbuffered: each line one write)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def say(self, line: str) -> None:
        data = (line + "\n").encode()
        while data:
            data = data[os.write(self.fd, data):]

    def begin(self, op: dict[str, Any]) -> None:
        self.say("begin " + json.dumps(op))

    def ok(self, op: dict[str, Any]) -> None:
        self.say("ok " + json.dumps(op))

    def done(self, info: dict[str, Any] | None = None) -> None:
        """Say the work is over, then wait for the kill."""
        self.say("done " + json.dumps(info or {}))
        while True:
            time.sleep(60)


Run = Callable[[list[str], Channel], None]


def main(run: Run) -> None:
    """The entry point of a child script: `--serve FD`, or one run with ARGS on stdout."""
    if sys.argv[1:2] == ["--serve"]:
        serve(int(sys.argv[2]), run)
    else:
        run(sys.argv[1:], Channel(sys.stdout.fileno()))


def serve(fd: int, run: Run) -> None:
    """Fork a child per request from the parent on socket `fd` until it closes the socket.

    Requests (JSON, one a packet): {"run": ARGS} with the write end of the child's pipe
    attached, answered {"pid": PID}; {"reap": PID}, answered {"status": WAITSTATUS}.
    """
    sock = socket.socket(fileno=fd)
    sock.send(json.dumps({"ready": os.getpid()}).encode())
    while True:
        try:
            msg, fds, _, _ = socket.recv_fds(sock, 1 << 16, 1)
        except ConnectionResetError:
            return
        if not msg:
            return
        request = json.loads(msg)
        if "run" in request:
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:  # the child: never returns into this loop
                sock.close()
                out = Channel(fds[0])
                code = 0
                try:
                    run(request["run"], out)
                except BaseException:  # noqa: BLE001 - reported to the parent, then exit 3
                    code = 3
                    with contextlib.suppress(OSError):
                        for line in traceback.format_exc().splitlines():
                            out.say("error " + line)
                os._exit(code)
            os.close(fds[0])
            sock.send(json.dumps({"pid": pid}).encode())
        elif "reap" in request:
            _, status = os.waitpid(request["reap"], 0)
            sock.send(json.dumps({"status": status}).encode())


# -- the parent's side -----------------------------------------------------------------------


class ForkServer:
    """A child script serving forks (see `serve`); use as a context manager."""

    def __init__(self, script: Path, errors: Path, env: dict[str, str] | None = None) -> None:
        self.script = script
        self.errors = errors  # the server's (and its children's) stderr, for post-mortems
        self.env = env
        self.sock: socket.socket | None = None
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ForkServer:
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with open(self.errors, "ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, str(self.script), "--serve", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, stdout=err, stderr=err,
                env=self.env)
        theirs.close()
        self.sock = mine
        mine.settimeout(60)
        try:
            self._reply()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.sock is not None:
            self.sock.close()  # the server's recv sees the end and it exits
            self.sock = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def _reply(self) -> dict[str, Any]:
        assert self.sock is not None
        try:
            data = self.sock.recv(1 << 16)
        except TimeoutError:
            data = b""
        if not data:
            raise AssertionError(f"the fork server {self.script.name} stopped: {self.stderr()}")
        return json.loads(data)

    def stderr(self) -> str:
        try:
            return self.errors.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def spawn(self, args: Iterable[str]) -> tuple[int, int]:
        """Fork a child running ARGS; returns (its pid, the read end of its pipe)."""
        assert self.sock is not None
        read_end, write_end = os.pipe()
        try:
            socket.send_fds(self.sock, [json.dumps({"run": [str(a) for a in args]}).encode()],
                            [write_end])
        finally:
            os.close(write_end)
        return self._reply()["pid"], read_end

    def reap(self, pid: int) -> int:
        """Wait for a (killed) child; returns its wait status."""
        assert self.sock is not None
        self.sock.send(json.dumps({"reap": pid}).encode())
        return self._reply()["status"]


class LineReader:
    """The complete lines read so far from a pipe, with waiting for one that matches."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.lines: list[str] = []
        self.partial = b""
        self.eof = False

    def _fill(self, timeout: float) -> None:
        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        if not ready:
            return
        data = os.read(self.fd, 1 << 16)
        if not data:
            self.eof = True
            return
        *complete, self.partial = (self.partial + data).split(b"\n")
        self.lines.extend(line.decode() for line in complete)

    def wait_for(self, match: Callable[[str], bool], count: int = 1,
                 timeout: float = 20.0) -> bool:
        """Read until `count` lines match (True), or the pipe ends or time is up (False)."""
        deadline = time.monotonic() + timeout
        while sum(1 for line in self.lines if match(line)) < count:
            if self.eof or time.monotonic() > deadline:
                return False
            self._fill(deadline - time.monotonic())
        return True

    def finish(self, timeout: float = 20.0) -> list[str]:
        """Read to the end of the pipe (the child is dead); the complete lines."""
        deadline = time.monotonic() + timeout
        while not self.eof and time.monotonic() < deadline:
            self._fill(deadline - time.monotonic())
        os.close(self.fd)
        return self.lines


@dataclass(frozen=True)
class Plan:
    """When to kill: `early` (d s after the fork, maybe before the store is open), `timed`
    (d s after "ready"), `after_ack` (at once when the n-th write is acknowledged), or
    `in_write` (d s, a few milliseconds at most, after the n-th write began)."""

    how: str
    delay: float = 0.0
    count: int = 0

    @classmethod
    def choose(cls, rnd: Any, max_delay: float, *, early: float = 0.1,
               after_ack: float = 0.15, in_write: float = 0.25, early_delay: float = 0.004,
               write_delay: float = 0.003) -> Plan:
        roll = rnd.random()
        if roll < early:
            return cls("early", rnd.uniform(0, early_delay))
        if roll < early + after_ack:
            return cls("after_ack", count=rnd.randint(1, 3))
        if roll < early + after_ack + in_write:
            return cls("in_write", rnd.uniform(0, write_delay), rnd.randint(1, 3))
        return cls("timed", rnd.uniform(0, max_delay))

    def __str__(self) -> str:
        return f"{self.how}, {self.delay * 1000:.1f} ms, n={self.count}"


@dataclass
class Outcome:
    """What one killed child said: acknowledged writes, the one in flight, and the rest."""

    lines: list[str]
    acked: list[dict[str, Any]] = field(default_factory=list)
    in_flight: dict[str, Any] | None = None
    ready: bool = False
    done: dict[str, Any] | None = None


def parse(lines: list[str]) -> Outcome:
    """Read the protocol (see the module docstring) from a killed child's complete lines."""
    out = Outcome(lines)
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "ready":
            out.ready = True
        elif word == "begin":
            assert out.in_flight is None, f"a write began before the last ended: {line}"
            out.in_flight = json.loads(rest)
        elif word == "ok":
            assert out.in_flight is not None, f"an ok without a begin: {line}"
            assert not rest or json.loads(rest) == out.in_flight, f"ok for another op: {line}"
            out.acked.append(out.in_flight)
            out.in_flight = None
        elif word == "done":
            assert out.in_flight is None, line
            out.done = json.loads(rest)
        else:
            raise AssertionError(f"the child said something unexpected: {line!r}")
    return out


def run_and_kill(server: ForkServer, args: Iterable[str], plan: Plan, *,
                 timeout: float = 20.0) -> Outcome:
    """Fork a child with ARGS, SIGKILL it as `plan` says, and return what it said."""
    pid, fd = server.spawn(args)
    reader = LineReader(fd)
    stuck = False
    try:
        if plan.how == "early":
            time.sleep(plan.delay)
        elif plan.how == "timed":
            stuck = not reader.wait_for(lambda line: line == "ready", timeout=timeout)
            if not stuck:
                time.sleep(plan.delay)
        else:
            words = ("ok", "done") if plan.how == "after_ack" else ("begin", "done")
            stuck = not reader.wait_for(lambda line: line.split(" ", 1)[0] in words,
                                        plan.count, timeout=timeout)
            if not stuck:
                time.sleep(plan.delay)
    finally:
        os.kill(pid, signal.SIGKILL)  # not reaped yet, so the pid is still this child's
        status = server.reap(pid)
        lines = reader.finish()
    said = "\n".join(lines[-30:])
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise AssertionError(f"the child died on its own (wait status {status}):\n{said}\n"
                             f"{server.stderr()}")
    if stuck and not reader.eof:
        raise AssertionError(f"the child was silent for {timeout} s ({plan}):\n{said}")
    return parse(lines)


# -- looking at what a kill left ---------------------------------------------------------------


def temp_files(folder: Path, targets: Iterable[str]) -> list[str]:
    """Temporary files a commit or export of one of `targets` left in `folder`."""
    from newsdesk.store.storage import is_temp_name

    targets = list(targets)
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    return sorted(n for n in names if is_temp_name(n, targets))


@dataclass
class Snapshot:
    """Everything a store holds, read through a writable open (so its lock must be free)."""

    articles: dict[str, Any]  # id -> Article, each parsed
    annotations: dict[str, dict[str, Any]]
    corrections: dict[str, dict[str, Any]]
    settings: dict[str, Any]
    stale_temp_files: list[str]  # left by a commit the kill cut short (open removes them)


def read_store(folder: Path) -> Snapshot:
    """Open the store for writing and read all of it; fail on anything left over after."""
    from newsdesk.store.db import LOCK_FILE, Store
    from newsdesk.store.folder import CACHE_FOLDER, OWN_FILES, SEGMENTS_FOLDER

    own = OWN_FILES  # the overlays (notes-recent.jsonl, articles-recent.jsonl) among them
    stale = temp_files(folder, own)
    with Store.open(folder) as s:
        articles = {a.id: a for a in s.iter_articles()}  # parses every article
        assert [row.id for row in s.list_articles()] == list(articles), \
            "the article index and the articles disagree"
        annotations = {a.id: a.to_dict() for a in s.annotations()}
        corrections = {c.id: c.to_dict() for c in s.corrections()}
        settings = s.settings()
    leftovers = set(os.listdir(folder)) - {*own, LOCK_FILE, SEGMENTS_FOLDER, CACHE_FOLDER}
    assert not leftovers, f"unexpected files after the store opened: {leftovers}"
    check_segments(folder)
    return Snapshot(articles, annotations, corrections, settings, stale)


def check_segments(folder: Path) -> None:
    """The articles' segment folder holds no temporary file after a writable open, and no
    segment but those the index lists (live or retired) and at most the one a killed commit
    wrote before its index (numbered next; the next commit writes it again or sweeps it)."""
    from newsdesk.store.db import ARTICLES_FILE
    from newsdesk.store.folder import ARTICLES_RECENT_FILE, SEGMENTS_FOLDER

    segments = folder / SEGMENTS_FOLDER
    if not segments.exists():
        return
    names = os.listdir(segments)
    assert not [n for n in names if n.endswith(".tmp")], f"temporary segments left: {names}"
    if not (folder / ARTICLES_FILE).exists():
        return
    with open(folder / ARTICLES_FILE, "rb") as f:
        header = json.loads(f.readline())
    if header.get("version") != 2:
        return
    recent = folder / ARTICLES_RECENT_FILE
    if recent.exists():  # the index's overlay, if it applies, gives the segment list
        with open(recent, "rb") as f:
            overlay = json.loads(f.readline())
        if overlay["base"] == header.get("generation"):
            header = overlay
    allowed = {int(n) for n in (*header["segments"], *header["retired"])}
    allowed.add(header["next_segment"])
    numbers = {int(n.split(".")[0]) for n in names}
    assert numbers <= allowed, f"segments no index accounts for: {sorted(numbers - allowed)}"


def filler_chunks(seq: int, count: int = 24, size: int = 1 << 16) -> Iterator[bytes]:
    """A large file (written in `count` chunks) that names `seq` in every chunk and ends in
    a trailer, so a cut-off or mixed copy is told from a whole one."""
    for i in range(count):
        head = f"chunk {seq} {i}\n".encode()
        yield head + b"." * (size - len(head) - 1) + b"\n"
    yield f"END {seq} {count}\n".encode()
