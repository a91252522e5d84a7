"""How the command line ends when the reader stops it: a closed pipe (`| head`) is a
normal end (status 0, nothing on stderr), and Ctrl-C ends with status 130 and no
traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from newsdesk.store.db import Store
from newsdesk.store.records import Article

NEWSDESK = [sys.executable, "-m", "newsdesk"]


def _lines(count: int) -> bytes:
    text = ("The European Union imposed a 25% tariff on Chinese steel on Monday, and "
            "Beijing said it would respond by October 1. ") * 4
    return b"".join(json.dumps({"id": f"a{n}", "text": text, "published": "2025-09-14"})
                    .encode() + b"\n" for n in range(count))


def _env(tmp_path) -> dict[str, str]:
    return {**os.environ, "NEWSDESK_STORE": str(tmp_path / "store")}


def test_a_reader_that_closes_the_pipe_ends_analyze_quietly(tmp_path):
    source = tmp_path / "big.jsonl"
    source.write_bytes(_lines(300))  # far more output than a pipe buffer holds
    proc = subprocess.Popen([*NEWSDESK, "analyze", "--input", str(source)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path))
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(1) == b"{"  # `| head -c 1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


@pytest.mark.parametrize("articles", [1, 2000])  # one line; far more than a pipe holds
def test_list_into_a_closed_pipe_ends_quietly(tmp_path, articles):
    with Store.open(tmp_path / "store") as store:
        store.add_articles(Article(id=f"{n:012x}", title=f"Levy story number {n}",
                                   text=f"Ruritania imposed levy {n}.", published="2025-01-02")
                           for n in range(articles))
    script = f"{' '.join(NEWSDESK)} list | head -c 1 >/dev/null"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", script], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child needs POSIX signals")
def test_ctrl_c_ends_with_130_and_no_traceback(tmp_path):
    proc = subprocess.Popen([*NEWSDESK, "analyze"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path))
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(_lines(1))
    proc.stdin.flush()
    assert proc.stdout.readline().startswith(b'{"id": "a0"')  # running, reading the next line
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 130
    assert "Traceback" not in err
    assert "KeyboardInterrupt" not in err


def test_a_command_that_leaves_at_once_has_written_all_its_output(tmp_path):
    # The command line skips the interpreter's teardown (cli/main.py `exit_now`): what it
    # printed must all be there, and the status and error line must be the command's.
    from support import numbered_article
    with Store.open(tmp_path / "store") as store:
        store.add_articles([numbered_article(n) for n in range(300)])
    done = subprocess.run([*NEWSDESK, "list"], capture_output=True, env=_env(tmp_path),
                          timeout=120)
    assert done.returncode == 0 and done.stderr == b""
    assert len(done.stdout.splitlines()) == 300
    wrong = subprocess.run([*NEWSDESK, "show", "nosuchid"], capture_output=True,
                           env=_env(tmp_path), timeout=60)
    assert wrong.returncode == 2 and wrong.stderr.decode().count("\n") == 1
