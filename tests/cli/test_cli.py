"""The command line as a user meets it: outputs, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.cli.main import main

SEED_TITLE = "US and China hold fourth round of trade talks in Madrid"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _seeded(request):
    """Most tests here read the seed article, as a store the workstation opened has it."""
    if "no_seed" not in request.keywords:
        request.getfixturevalue("workstation_store")


@pytest.mark.no_seed
def test_the_command_line_alone_adds_no_seed(capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert SEED_TITLE not in out and "no articles yet" in out


def test_a_store_the_workstation_opened_holds_the_seed(capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert SEED_TITLE in out
    assert "2025-09-14" in out


def test_show_accepts_a_unique_prefix_and_prints_findings(capsys):
    _, out, _ = run(capsys, "list")
    prefix = out.split()[0][:6]
    code, out, _ = run(capsys, "show", prefix)
    assert code == 0
    assert "published: 2025-09-14" in out
    assert "Actors:" in out
    code, out, _ = run(capsys, "show", prefix, "--json")
    record = json.loads(out)
    assert set(record) >= {"id", "actors", "times", "measures", "deadlines"}


def test_unknown_id_is_one_line_and_non_zero(capsys):
    code, out, err = run(capsys, "show", "zzzz")
    assert code != 0
    assert err.count("\n") == 1 and "zzzz" in err
    assert "Traceback" not in err


def test_import_reports_each_failure_and_a_summary(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Canada imposed a 25% surtax on steel from the EU on Monday.\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01binary\x00")
    code, out, err = run(capsys, "import", str(good), str(bad), str(tmp_path / "missing.txt"))
    assert code != 0
    assert "imported 1, skipped 0 duplicates, failed 2" in out
    assert "bad.txt" in err and "missing.txt" in err
    code, out, _ = run(capsys, "import", str(good))
    assert code == 0
    assert "imported 0, skipped 1 duplicate, failed 0" in out


def test_import_with_a_bad_published_date(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Text.\n")
    code, _, err = run(capsys, "import", str(good), "--published", "2025-13-45")
    assert code == 2
    assert "2025-13-45" in err and err.count("\n") == 1


def test_import_without_date_keeps_published_unknown(tmp_path, capsys):
    note = tmp_path / "undated.txt"
    note.write_text("Japan tightened export curbs on chipmaking tools.\n")
    run(capsys, "import", str(note))
    _, out, _ = run(capsys, "list")
    line = next(row for row in out.splitlines() if "Undated" in row)
    assert "unknown" in line


def test_remove(capsys):
    _, out, _ = run(capsys, "list")
    prefix = out.split()[0]
    code, out, _ = run(capsys, "remove", prefix)
    assert code == 0 and "removed" in out
    _, out, _ = run(capsys, "list")
    assert SEED_TITLE not in out


def _analyze(stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk", "analyze"], input=stdin,
                          capture_output=True, text=True, cwd=Path(__file__).parents[2])


def test_analyze_reports_bad_lines_and_analyses_the_rest():
    lines = [
        json.dumps({"id": "a", "text": "The EU imposed duties on Chinese cars on 3 July.",
                    "published": "2024-07-05"}),
        "{not json",
        json.dumps({"id": "b", "text": 42}),
        json.dumps({"id": "c", "text": "x", "published": "2024-02-31"}),
        json.dumps({"id": "d", "text": "Sanctions on Russia were extended."}),
    ]
    proc = _analyze("\n".join(lines) + "\n")
    assert proc.returncode != 0
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in out] == ["a", "d"]
    errors = proc.stderr.splitlines()
    assert [e.split("line ")[1].split(":")[0] for e in errors] == ["2", "3", "4"]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("record", [
    {"id": 1, "text": "Tariffs of 25% on steel take effect on March 12.",
     "published": "2018-03-08"},
])
def test_analyze_output_spans_index_the_input(record):
    proc = _analyze(json.dumps(record) + "\n")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    text = record["text"]
    for t in result["times"]:
        assert text[t["start"]:t["end"]] == t["text"]
    for m in result["measures"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_readonly_flag_refuses_changes(capsys, tmp_path):
    note = tmp_path / "n.txt"
    note.write_text("Brazil raised import duties on steel.\n")
    code, _, err = run(capsys, "--readonly", "import", str(note))
    assert code == 2
    assert err.startswith("newsdesk: error:") and err.count("\n") == 1
    code, out, _ = run(capsys, "--readonly", "list")
    assert code == 0 and "Brazil" not in out


@pytest.mark.no_seed
def test_the_workstation_starts_with_the_collector_paused_and_leaves_it_running(
        tmp_path, monkeypatch, capsys):
    import gc

    seen = []

    def run_app(store, *, collector_paused=False):  # the app resumes it after its paint
        seen.append((gc.isenabled(), collector_paused, store.article_count()))

    monkeypatch.setattr("newsdesk.tui.app.run_app", run_app)
    assert gc.isenabled()
    assert main(["--store", str(tmp_path / "store")]) == 0
    assert seen == [(False, True, 1)]  # paused through the imports and the open; seeded
    assert gc.isenabled()
    (tmp_path / "a-file").write_text("not a store")
    code, _, err = run(capsys, "--store", str(tmp_path / "a-file"))
    assert code == 2 and "is a file" in err
    assert gc.isenabled() and len(seen) == 1
