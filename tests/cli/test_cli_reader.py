"""The fuller command line: list (sorted, filtered, --json), search, set-published, show
with notes, deadlines by actor or tag, import reporting undated articles and updating a
changed file, and the seed kept for the workstation."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from support import assert_one_line_error, fixture_article, open_store, run_cli

from newsdesk.app.seeding import seed_for_workstation
from newsdesk.store.db import Store
from newsdesk.store.records import Annotation

ARTICLE = "a1" * 8


@pytest.fixture
def folder(tmp_path):
    """Three articles: the fixture (2025-09-09, Fixture Wire), an older one with a note
    tagged "steel", and one without a date."""
    older = replace(fixture_article(), id="b2" * 8, title="Older steel story",
                    published="2024-03-01", source="Other Desk")
    undated = replace(fixture_article(), id="c3" * 8, title="Undated wire copy",
                      published=None, source=None)
    store = open_store(tmp_path / "store", [fixture_article(), older, undated])
    store.add_annotation(Annotation(id="n1", article_id="b2" * 8, start=0, end=14,
                                    quote="Trade Minister", note="watch this",
                                    tags=["steel"]))
    store.close()
    return tmp_path / "store"


def _ids(out: str) -> list[str]:
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def test_list_is_newest_first_with_undated_last_and_marked(folder, capsys):
    code, out, err = run_cli(capsys, "--store", str(folder), "list")
    assert (code, err) == (0, "")
    assert _ids(out) == ["a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"]
    assert "unknown" in out.splitlines()[2]
    assert "(Fixture Wire)" in out.splitlines()[0]


@pytest.mark.parametrize(("options", "expected"), [
    (["--since", "2025-01-01"], ["a1a1a1a1a1a1"]),
    (["--until", "2025-01-01"], ["b2b2b2b2b2b2"]),
    (["--source", "other"], ["b2b2b2b2b2b2"]),
    (["--tag", "#Steel"], ["b2b2b2b2b2b2"]),
    (["--actor", "ana ruiz", "--since", "2024-01-01"], ["a1a1a1a1a1a1", "b2b2b2b2b2b2"]),
    (["--actor", "nobody at all"], []),
])
def test_list_filters_combine(folder, capsys, options, expected):
    code, out, _ = run_cli(capsys, "--store", str(folder), "list", *options)
    assert code == 0
    assert _ids(out) == expected or (not expected and "matches" in out)


def test_list_json_and_a_bad_date(folder, capsys):
    code, out, _ = run_cli(capsys, "--store", str(folder), "list", "--json")
    rows = json.loads(out)
    assert [r["published"] for r in rows] == ["2025-09-09", "2024-03-01", None]
    code, _, err = run_cli(capsys, "--store", str(folder), "list", "--since", "last week")
    assert_one_line_error(code, err, "--since", "use YYYY-MM-DD")


def test_set_published_re_resolves_and_refuses_a_bad_date(folder, capsys):
    code, out, _ = run_cli(capsys, "--store", str(folder), "set-published", "c3c3", "2025-09-12")
    assert code == 0 and "published 2025-09-12" in out
    with Store.open(folder, readonly=True) as store:
        article = store.get_article("c3" * 8)
    assert article.published == "2025-09-12" and article.findings is not None
    code, _, err = run_cli(capsys, "--store", str(folder), "set-published", "c3c3", "12/9/25")
    assert_one_line_error(code, err, "bad date", "YYYY-MM-DD")
    code, _, err = run_cli(capsys, "--store", str(folder), "set-published", "zzzz", "2025-01-01")
    assert_one_line_error(code, err, "zzzz")
    code, out, _ = run_cli(capsys, "--store", str(folder), "set-published", "c3c3", "unknown")
    assert code == 0 and "published unknown" in out


def test_search_finds_with_a_typo_and_filters_by_kind(folder, capsys):
    code, out, _ = run_cli(capsys, "--store", str(folder), "search", "ana ruis", "--kind",
                           "actor", "--limit", "2", "--json")
    hits = json.loads(out)
    assert code == 0 and hits and all(h["kind"] == "actor" for h in hits)
    assert hits[0]["label"].startswith("Ana Ruiz") and len(hits) <= 2
    code, out, _ = run_cli(capsys, "--store", str(folder), "search", "watch this",
                           "--kind", "note")
    assert code == 0 and out.startswith("note")
    code, _, err = run_cli(capsys, "--store", str(folder), "search", "x", "--limit", "0")
    assert_one_line_error(code, err, "--limit")


def test_show_lists_the_notes(folder, capsys):
    code, out, _ = run_cli(capsys, "--store", str(folder), "show", "b2b2")
    assert code == 0
    notes = out[out.index("Notes:"):]
    assert "“Trade Minister”  #steel" in notes and "watch this" in notes


def test_deadlines_by_actor_and_by_tag(folder, capsys):
    code, out, _ = run_cli(capsys, "--store", str(folder), "deadlines", "--actor", "canada")
    assert code == 0 and "Canada to respond" in out and "old quota" not in out
    code, out, _ = run_cli(capsys, "--store", str(folder), "deadlines", "--tag", "steel")
    assert code == 0 and out.count("[b2b2b2b2b2b2]") == 3 and "[a1a1" not in out


def test_import_reports_undated_articles_and_updates_a_changed_file(tmp_path, capsys):
    store = tmp_path / "store"
    draft = tmp_path / "levy.txt"
    draft.write_text("Ruritania levy\nRuritania imposed a 10% levy on Freedonian widgets.\n")
    code, out, err = run_cli(capsys, "--store", str(store), "import", str(draft))
    assert code == 0 and out.startswith("imported 1")
    assert "no published date:" in err and "set-published" in err
    with Store.open(store) as s:
        (row,) = s.list_articles()
        s.add_annotation(Annotation(id="n1", article_id=row.id, start=10, end=17,
                                    quote="imposed", note="check"))
    draft.write_text("Ruritania levy\nLate news: Ruritania imposed a 12% levy on Freedonian"
                     " widgets.\n")
    code, out, _ = run_cli(capsys, "--store", str(store), "import", str(draft))
    assert code == 0 and out.startswith("imported 0, updated 1")
    with Store.open(store, readonly=True) as s:
        (article,) = s.iter_articles()
        (note,) = s.annotations()
    assert article.id == row.id and "12%" in article.text  # the same article, new text
    assert article.text[note.start:note.end] == "imposed"  # the note moved with its quote


def test_the_seed_is_for_the_workstation_only_and_stays_removed(tmp_path, capsys):
    folder = tmp_path / "store"
    text = tmp_path / "a.txt"
    text.write_text("Tariffs\nRuritania imposed a 10% levy on widgets on 1 March 2025.\n")
    assert run_cli(capsys, "--store", str(folder), "import", str(text))[0] == 0
    code, out, _ = run_cli(capsys, "--store", str(folder), "list")
    assert len(_ids(out)) == 1  # a command-line import adds no seed
    empty = tmp_path / "empty"
    with Store.open(empty) as store:
        assert seed_for_workstation(store) == 1  # an empty store, opened by the workstation
        seed_id = store.list_articles()[0].id
        store.remove_article(seed_id)
        assert seed_for_workstation(store) == 0  # removed, it stays removed
        assert store.article_count() == 0
