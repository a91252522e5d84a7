"""Backup and restore: the whole store in one JSON file and back, losing nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from newsdesk.analysis.model import Findings
from newsdesk.app.views import load_view
from newsdesk.cli.main import main
from newsdesk.store.backup import BackupError, backup_chunks, read_backup, restore
from newsdesk.store.db import Store
from newsdesk.store.export import article_note
from newsdesk.store.fileio import write_file
from newsdesk.store.records import Annotation, Article, Correction

NOW = dt.datetime(2025, 9, 14, 9, 0, tzinfo=dt.UTC)


def fill(store: Store) -> None:
    """Articles, notes, corrections (one across all articles) and settings of every kind."""
    text = "Canada imposed a 25% surtax on steel | \"quoted\" \u2014 \u00e9t\u00e9 on Monday.\n" * 3
    store.add_articles([
        Article(id="c0ffee000001", title="Canada | steel *surtax*", text=text,
                source="Wire", url="https://wire.example/a?b=1", published="2025-09-08",
                imported_at="2025-09-14T08:00:00+00:00",
                findings=Findings.from_json({
                          "actors": [{"name": "Canada", "kind": "country", "role": None,
                                      "affiliation": None,
                                      "mentions": [{"start": 0, "end": 6, "text": "Canada"}]}],
                          "times": [{"start": 55, "end": 61, "text": "Monday", "type": "DATE",
                                     "value": "2025-09-08"}],
                          "measures": [{"type": "tariff", "action": "impose",
                                        "imposer": "Canada", "targets": [],
                                        "magnitude": "25%", "start": 0, "end": 62,
                                        "text": text.splitlines()[0]}],
                          "deadlines": [{"date": "2025-10", "what": "surtax review",
                                         "start": 0, "end": 6, "text": "Canada",
                                         "measure": 0}]}),
                findings_version="engine-7"),
        Article(id="c0ffee000002", title="No findings yet", text="Plain text.",
                imported_at="2025-09-14T08:01:00+00:00"),
    ])
    store.add_annotation(Annotation(
        id="note-1", article_id="c0ffee000001", start=0, end=6, quote="Canada",
        prefix="", suffix=" imposed", note="Check | the *rate*\n\nsecond para",
        tags=["steel", "canada"], links=["actor:Canada", "measure:0"],
        created="2025-09-14T08:10:00+00:00", updated="2025-09-14T08:12:00+00:00"))
    store.add_annotation(Annotation(id="note-2", article_id="c0ffee000002", start=0, end=5,
                                    quote="Plain", note=""))
    store.add_correction(Correction(
        id="fix-1", article_id="c0ffee000001", kind="edit",
        target={"kind": "measure", "type": "tariff", "text": text.splitlines()[0]},
        changes={"magnitude": "30%"}, created="2025-09-14T08:20:00+00:00"))
    store.add_correction(Correction(
        id="fix-2", article_id=None, kind="merge", target={"kind": "actor", "name": "Ottawa"},
        changes={"into": "Canada"}, created="2025-09-14T08:21:00+00:00"))
    store.set_setting("theme", "newsdesk-dark")
    store.set_setting("countdown", {"as_of": "now", "scope": ["all", 1, None, True, 2.5]})


def snapshot(store: Store) -> dict:
    return {
        "articles": [a.to_dict() for a in store.iter_articles()],
        "annotations": [a.to_dict() for a in store.annotations()],
        "corrections": [c.to_dict() for c in store.corrections()],
        "settings": store.settings(),
    }


def test_round_trip_loses_nothing(tmp_path):
    with Store.open(tmp_path / "old") as old:
        fill(old)
        before = snapshot(old)
        note_before = article_note(load_view(old, "c0ffee000001"), NOW)
        write_file(tmp_path / "backup.json", backup_chunks(old, NOW))
    doc = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert doc["format"] == "newsdesk-backup" and doc["version"] == 1
    assert doc["created"] == "2025-09-14T09:00:00Z"
    assert doc["counts"] == {"articles": 2, "annotations": 2, "corrections": 2, "settings": 2}
    backup = read_backup(tmp_path / "backup.json")
    with Store.open(tmp_path / "new") as new:
        restore(new, backup)
    with Store.open(tmp_path / "new", readonly=True) as new:
        assert snapshot(new) == before
        assert article_note(load_view(new, "c0ffee000001"), NOW) == note_before


def test_restore_refuses_a_store_with_the_readers_data_and_changes_nothing(tmp_path):
    with Store.open(tmp_path / "a") as a:
        fill(a)
        write_file(tmp_path / "b.json", backup_chunks(a, NOW))
    backup = read_backup(tmp_path / "b.json")
    with Store.open(tmp_path / "busy") as busy:
        busy.add_article(Article(id="feed00000001", title="Mine", text="Mine."))
        busy.set_setting("theme", "light")
        before = snapshot(busy)
        with pytest.raises(BackupError, match="empty store"):
            restore(busy, backup, disposable={"feed00000001"})  # a setting is the reader's
        assert snapshot(busy) == before


def test_restore_replaces_disposable_articles(tmp_path):
    with Store.open(tmp_path / "a") as a:
        fill(a)
        write_file(tmp_path / "b.json", backup_chunks(a, NOW))
    with Store.open(tmp_path / "seeded") as seeded:
        seeded.add_article(Article(id="5eed00000001", title="Seed", text="Seed."))
        restore(seeded, read_backup(tmp_path / "b.json"), disposable={"5eed00000001"})
        assert [s.id for s in seeded.list_articles()] == ["c0ffee000001", "c0ffee000002"]


@pytest.mark.parametrize("content, words", [
    (b"", "not valid JSON"),
    (b'{"format": "newsdesk-backup", "version": 1, "articles": [', "not valid JSON (line 1)"),
    (b"\xff\xfe", "not UTF-8"),
    (b'{"format": "something-else"}', "not a newsdesk backup"),
    (b'{"format": "newsdesk-backup", "version": 99}', "newer newsdesk"),
    (b'{"format": "newsdesk-backup", "version": 1, "articles": [{"id": "x", "title": 3,'
     b' "text": "t"}]}', 'articles[0]: "title" has the wrong type'),
    (b'{"format": "newsdesk-backup", "version": 1, "articles": [{"id": "x", "title": "t",'
     b' "text": "t"}, {"id": "x", "title": "t", "text": "t"}]}', "appears twice"),
    (b'{"format": "newsdesk-backup", "version": 1, "annotations": [{"id": "n",'
     b' "article_id": "gone", "start": 0, "end": 1, "quote": "q"}]}', "does not hold"),
    (b'{"format": "newsdesk-backup", "version": 1, "annotations": [{"id": "n",'
     b' "article_id": "gone", "start": true, "end": 1, "quote": "q"}]}', '"start"'),
])
def test_a_bad_backup_is_refused_with_a_reason(tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(BackupError) as caught:
        read_backup(path)
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


# -- the commands ----------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_and_restore_commands(capsys, tmp_path):
    with Store.open(os.environ["NEWSDESK_STORE"]) as store:
        fill(store)
        before = snapshot(store)
    target = tmp_path / "backup.json"
    code, out, err = run(capsys, "backup", str(target))
    assert code == 0 and err == ""
    assert out == f"wrote {target} (2 articles, 2 notes, 2 corrections, 2 settings)\n"
    code, _, err = run(capsys, "backup", str(target))
    assert code == 2 and "--force" in err and err.count("\n") == 1
    assert run(capsys, "backup", str(target), "--force")[0] == 0

    # A new store: restore fills it (it is never seeded first).
    fresh = tmp_path / "fresh"
    code, out, err = run(capsys, "--store", str(fresh), "restore", str(target))
    assert code == 0, err
    assert out == (f"restored 2 articles, 2 notes, 2 corrections, 2 settings into {fresh}\n")
    with Store.open(fresh, readonly=True) as restored:
        assert snapshot(restored) == before

    # ... but a store that holds the reader's data is refused, whole
    code, out, err = run(capsys, "--store", str(fresh), "restore", str(target))
    assert code == 2 and out == "" and err.count("\n") == 1 and "empty store" in err


def test_backup_to_stdout_and_restore_from_stdin(capsys, tmp_path, monkeypatch):
    with Store.open(os.environ["NEWSDESK_STORE"]) as store:
        fill(store)
        before = snapshot(store)
    code, out, _ = run(capsys, "backup", "-")
    assert code == 0 and json.loads(out)["counts"]["articles"] == 2

    class Stdin:
        buffer = __import__("io").BytesIO(out.encode())

    monkeypatch.setattr("sys.stdin", Stdin)
    code, _, err = run(capsys, "--store", str(tmp_path / "other"), "restore", "-")
    assert code == 0, err
    with Store.open(tmp_path / "other", readonly=True) as restored:
        assert snapshot(restored) == before


@pytest.mark.parametrize("argv, words", [
    (["restore", "/no/such/backup.json"], "does not exist"),
    (["backup", "/no/such/folder/backup.json"], "does not exist"),
])
def test_backup_path_mistakes_are_one_line(capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and words in err


def test_a_bad_backup_leaves_a_new_store_unmade(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    code, _, err = run(capsys, "--store", str(tmp_path / "never"), "restore", str(bad))
    assert code == 2 and "not a newsdesk backup" in err
    assert not Path(tmp_path / "never").exists()  # checked before any store was opened


@pytest.mark.parametrize("where", ["title", "text", "findings", "note"])
def test_an_altered_backup_with_terminal_escapes_is_refused(tmp_path, where):
    with Store.open(tmp_path / "old") as old:
        fill(old)
        write_file(tmp_path / "backup.json", backup_chunks(old, NOW))
    doc = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    evil = "\x1b]0;pwned\x07\u202e"
    if where == "note":
        doc["annotations"][0]["note"] += evil
    elif where == "findings":
        doc["articles"][0]["findings"] = {"actors": [{"name": "X" + evil}]}
    else:
        doc["articles"][0][where] += evil
    (tmp_path / "backup.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        read_backup(tmp_path / "backup.json")
    message = str(caught.value)
    assert "altered" in message and "\n" not in message and "\x1b" not in message
