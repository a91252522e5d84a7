"""`newsdesk corrections`: list (--json), --undo, --redo, remove ID."""

from __future__ import annotations

import json

from support import fixture_article, open_store, run_cli

from newsdesk.app import corrections

ARTICLE = "a1" * 8


def _store(tmp_path):
    folder = tmp_path / "store"
    store = open_store(folder, [fixture_article()])
    made = corrections.add(store, ARTICLE, "reject", {"kind": "actor", "name": "Canada"}, {})
    store.close()
    return folder, made


def test_list_undo_redo_and_remove(tmp_path, capsys):
    folder, made = _store(tmp_path)
    code, out, err = run_cli(capsys, "--store", str(folder), "corrections")
    assert code == 0 and err == ""
    assert made.id[:8] in out and "reject actor “Canada”" in out
    assert "this article: Chile plans steel tariff on Canada" in out
    code, out, _ = run_cli(capsys, "--store", str(folder), "corrections", "--undo")
    assert code == 0 and out.startswith(f"undid {made.id[:8]}")
    code, out, _ = run_cli(capsys, "--store", str(folder), "corrections", "--json")
    (listed,) = json.loads(out)
    assert listed["undone"] and listed["scope"] == "article" and listed["kind"] == "reject"
    code, out, _ = run_cli(capsys, "--store", str(folder), "corrections", "--redo")
    assert code == 0 and out.startswith(f"redid {made.id[:8]}")
    code, out, _ = run_cli(capsys, "--store", str(folder), "corrections", "--redo")
    assert (code, out.strip()) == (0, "nothing to redo")
    code, out, _ = run_cli(capsys, "--store", str(folder), "corrections", "remove",
                           made.id[:5])
    assert code == 0 and out.startswith("removed")
    code, out, _ = run_cli(capsys, "--store", str(folder), "corrections")
    assert "no corrections yet" in out


def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path, capsys):
    folder, _ = _store(tmp_path)
    code, _, err = run_cli(capsys, "--store", str(folder), "corrections", "remove", "zzz")
    assert code == 2 and err.count("\n") == 1 and "no correction id starts with 'zzz'" in err
    code, _, err = run_cli(capsys, "--store", str(folder), "corrections", "--undo", "--redo")
    assert code == 2 and err.strip() == "newsdesk: error: give --undo or --redo, not both"
