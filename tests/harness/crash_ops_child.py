"""Crash-test child of test_crash_ops.py: runs one kind of operation until it is killed.

    python tests/crash_ops_child.py --serve FD            fork server (see crashkit.py)
    python tests/crash_ops_child.py KIND STORE SEED ...   one run, lines on stdout

Kinds, each through the code the app uses for it:

    import STORE SEED FOLDER BATCH   app.importing.import_into of FOLDER, BATCH articles a commit
    annotation STORE SEED            add/update/delete notes (store.notes.new_annotation, ...)
    correction STORE SEED            add/delete corrections (store.notes.new_correction)
    reanalysis STORE SEED            app.engine.reanalyze over the articles, pass after pass
    export STORE SEED FOLDER         `newsdesk export ID -o F --force`, `newsdesk backup F
                                     --force` (tui.cli.main) and store.fileio.write_file

Every write is announced with "begin <JSON>" and acknowledged with "ok <JSON>" once the call
that makes it returned (crashkit's protocol), so the parent knows which writes it may insist
on. With CRASH_CHILD_LIES=1 in the environment the child acknowledges each write before
making it: a harness that is worth anything must then fail.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import crashkit  # noqa: E402

import newsdesk.analysis.engine as engine  # noqa: E402 - after the path set-up above
from newsdesk.app.engine import analyze_article, reanalyze  # noqa: E402
from newsdesk.app.importing import import_into  # noqa: E402
from newsdesk.cli import main as cli  # noqa: E402
from newsdesk.store.db import Store  # noqa: E402
from newsdesk.store.fileio import write_file  # noqa: E402
from newsdesk.store.notes import edit_annotation, new_annotation, new_correction  # noqa: E402
from newsdesk.store.records import Article  # noqa: E402

LIES = os.environ.get("CRASH_CHILD_LIES") == "1"
STAMP = "2025-09-14T09:00:00+00:00"


class Announced:
    """A write, announced: "begin" before it starts, "ok" once it returned.

    With CRASH_CHILD_LIES=1 the "ok" comes before the write: a lie the parent must catch.
    """

    def __init__(self, out: crashkit.Channel, op: dict[str, Any]) -> None:
        self.out, self.op = out, op

    def __enter__(self) -> None:
        self.out.begin(self.op)
        if LIES:
            self.out.ok(self.op)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None and not LIES:
            self.out.ok(self.op)


class AnnouncingStore:
    """The store, announcing each commit of articles that import_into and reanalyze make."""

    def __init__(self, store: Store, out: crashkit.Channel) -> None:
        self._store, self._out = store, out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def add_articles(self, articles: Iterable[Article]) -> tuple[int, int]:
        articles = list(articles)
        with Announced(self._out, {"op": "add_articles", "ids": [a.id for a in articles]}):
            return self._store.add_articles(articles)

    def update_articles(self, articles: Iterable[Article]) -> int:
        articles = list(articles)
        versions = {a.findings_version for a in articles}
        assert len(versions) == 1, versions
        op = {"op": "update_articles", "ids": [a.id for a in articles],
              "version": versions.pop()}
        with Announced(self._out, op):
            return self._store.update_articles(articles)


# -- the kinds ---------------------------------------------------------------------------------


def run_import(out: crashkit.Channel, folder: str, seed: str, source: str, batch: str) -> None:
    with Store.open(folder) as store:
        out.say("ready")
        report = import_into(AnnouncingStore(store, out), [Path(source)],
                             batch_size=int(batch))
        out.done({"imported": report.imported, "duplicates": report.duplicates,
                  "failures": len(report.failures)})


def run_reanalysis(out: crashkit.Channel, folder: str, seed: str) -> None:
    rnd = random.Random(int(seed))
    with Store.open(folder) as store:
        out.say("ready")
        announcing = AnnouncingStore(store, out)
        for n in itertools.count():
            # A new engine version per pass, so that every pass changes every article it
            # reaches (app.engine reads the version from analysis.engine at each call).
            engine.ENGINE_VERSION = f"crash-{seed}-{n}"
            ids = [row.id for row in store.list_articles()]
            rnd.shuffle(ids)
            reanalyze(announcing, ids[:rnd.randint(len(ids) // 2, len(ids))],
                      batch_size=rnd.randint(3, 12))


WORDS = ["tariff", "steel", "Ottawa", "sanction", "quota", "deadline", "Zölle", "réponse",
         "关税", "export", "licence", "ban", "probe", "duty", "\u2014", "line\nbreak"]


def _text(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, n)))


def run_annotation(out: crashkit.Channel, folder: str, seed: str) -> None:
    rnd = random.Random(int(seed))
    with Store.open(folder) as store:
        out.say("ready")
        articles = list(store.iter_articles())
        notes = [a.id for a in store.annotations()]
        while True:
            roll = rnd.random()
            if not notes or roll < (0.6 if len(notes) < 40 else 0.3):
                article = rnd.choice(articles)
                start = rnd.randrange(len(article.text) - 1)
                end = min(len(article.text), start + rnd.randint(1, 60))
                try:
                    note = new_annotation(article, start, end, _text(rnd, 12),
                                          _text(rnd, 3).split(), [f"actor:{rnd.choice(WORDS)}"],
                                          STAMP)
                except ValueError:  # the span was all whitespace
                    continue
                with Announced(out, {"op": "add", "record": note.to_dict()}):
                    store.add_annotation(note)
                notes.append(note.id)
            elif roll < 0.8:
                note = edit_annotation(store.get_annotation(rnd.choice(notes)), _text(rnd, 12),
                                       _text(rnd, 3).split(), [], STAMP)
                with Announced(out, {"op": "update", "record": note.to_dict()}):
                    store.update_annotation(note)
            else:
                note_id = notes.pop(rnd.randrange(len(notes)))
                with Announced(out, {"op": "delete", "id": note_id}):
                    store.delete_annotation(note_id)


def _correction_args(rnd: random.Random, article: Article) -> tuple[str, dict, dict]:
    findings = article.findings
    actors = [a.name for a in findings.actors] if findings else []
    actors = actors or ["United States"]
    name = rnd.choice(actors)
    kind = rnd.choice(["reject", "edit", "merge", "add"])
    if kind == "reject":
        return kind, {"kind": "actor", "name": name}, {}
    if kind == "edit":
        return kind, {"kind": "actor", "name": name}, {"role": _text(rnd, 3)}
    if kind == "merge":
        return kind, {"kind": "actor", "name": name}, {"into": f"{name} ({_text(rnd, 1)})"}
    start = rnd.randrange(len(article.text) - 10)
    return kind, {"kind": "deadline"}, {
        "date": f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", "what": _text(rnd, 4),
        "start": start, "end": start + 5, "text": article.text[start:start + 5]}


def run_correction(out: crashkit.Channel, folder: str, seed: str) -> None:
    rnd = random.Random(int(seed))
    with Store.open(folder) as store:
        out.say("ready")
        articles = list(store.iter_articles())
        ids = [c.id for c in store.corrections()]
        while True:
            if not ids or rnd.random() < (0.65 if len(ids) < 40 else 0.35):
                article = rnd.choice(articles)
                kind, target, changes = _correction_args(rnd, article)
                correction = new_correction(rnd.choice([article.id, article.id, None]), kind,
                                            target, changes, STAMP)
                with Announced(out, {"op": "add", "record": correction.to_dict()}):
                    store.add_correction(correction)
                ids.append(correction.id)
            else:
                correction_id = ids.pop(rnd.randrange(len(ids)))
                with Announced(out, {"op": "delete", "id": correction_id}):
                    store.delete_correction(correction_id)


def _cli(*argv: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) \
            as err:
        code = cli.main(list(argv))
    if code != 0:
        raise RuntimeError(f"newsdesk {' '.join(argv)} failed ({code}): {err.getvalue()}")


def run_export(out: crashkit.Channel, folder: str, seed: str, target_folder: str) -> None:
    rnd = random.Random(int(seed))
    with Store.open(folder, readonly=True) as store:
        ids = [row.id for row in store.list_articles()]
    targets = Path(target_folder)
    out.say("ready")
    while True:
        roll = rnd.random()
        if roll < 0.5:
            article_id, name = rnd.choice(ids), f"note-{rnd.randint(1, 2)}.md"
            with Announced(out, {"op": "export", "target": name, "article": article_id}):
                _cli("--store", folder, "export", article_id, "-o", str(targets / name),
                     "--force")
        elif roll < 0.75:
            with Announced(out, {"op": "backup", "target": "backup.json"}):
                _cli("--store", folder, "backup", str(targets / "backup.json"), "--force")
        else:
            seq = rnd.randrange(10**9)
            with Announced(out, {"op": "write", "target": "big.txt", "seq": seq}):
                write_file(targets / "big.txt", crashkit.filler_chunks(seq), force=True)


KINDS = {"import": run_import, "annotation": run_annotation, "correction": run_correction,
         "reanalysis": run_reanalysis, "export": run_export}


def run(args: list[str], out: crashkit.Channel) -> None:
    KINDS[args[0]](out, *args[1:])


def warm_up() -> None:
    """Import and prime what the runs use, once in the server rather than in every child."""
    analyze_article(Article(id="x", title="t", text="The United States raised tariffs on"
                                                    " Canadian steel to 25% from 1 May 2025."))
    import newsdesk.store.backup  # noqa: F401 - imported by the CLI on use
    import newsdesk.store.export  # noqa: F401
    import newsdesk.store.export_dossier  # noqa: F401


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        warm_up()
    crashkit.main(run)
