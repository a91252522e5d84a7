"""Hostile input through every door: import (API and CLI), analysis (API and `newsdesk
analyze`), the workstation (Pilot) and export (Markdown note, dossier, .ics).

The corpus is `tests/hostile/` (small files, each named for what it tries) plus inputs too
big or too odd to commit (a 1,000,000-character line, a 5 MB and a 100 MB file, file names
holding escapes), made in tmp_path. What must hold everywhere: a one-line reason or a
success, never a traceback or a hang; no escape sequence, C0/C1 control, bidi override or
BOM in anything stored, shown or written; text that looks like markup stays literal.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from newsdesk.analysis.engine import analyze
from newsdesk.analysis.text import normalize_text, one_line
from newsdesk.app.views import load_view, load_views
from newsdesk.store.calendar import sort_entries, to_ical
from newsdesk.store.db import Store
from newsdesk.store.export import article_note
from newsdesk.store.export_dossier import dossier_markdown, scope_all
from newsdesk.store.importer import MAX_ARTICLE_CHARS, ImportFailure, import_paths, to_article
from newsdesk.store.notes import new_annotation

HOSTILE = Path(__file__).parent / "hostile"
NEWSDESK = [sys.executable, "-m", "newsdesk"]
NOW = dt.datetime(2025, 9, 14, 9, 0, tzinfo=dt.UTC)
HANG_GUARD_S = 120  # a hang guard, not a speed requirement

# What a terminal would act on: C0 (bar \t \n), DEL, C1, bidi embeddings/overrides/isolates,
# and U+FEFF. Stored and displayed text must hold none of them.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
UNSAFE_LINE = re.compile(UNSAFE.pattern[:-1] + r"\t\n]")  # one-line fields: no \t or \n
MARKUP = ["[bold red]x[/]", "[@click=app.quit]q[/]", "[link=file:///etc/passwd]x[/]"]

# Every file of the corpus and what importing it gives: None when it imports, else the
# reason it is refused (a part of the one-line message).
EXPECTED: dict[str, str | None] = {
    "bad-dates.atom": None,
    "bad-dates.rss": None,
    "bad-front-matter-date.md": 'bad date "2025-02-30"',
    "bidi-and-zero-width.txt": None,
    "binary-png.txt": "binary file",
    "controls-only.txt": "binary file",
    "crlf-and-cr.txt": None,
    "deep-nesting.md": None,
    "empty.txt": "empty file",
    "invalid-utf8.txt": "not valid UTF-8 at byte 3",
    "markup-and-escapes.txt": None,
    "markup-front-matter.md": None,
    "no-text.html": "no article text found",
    "not-a-feed.xml": "not an RSS or Atom feed",
    "nul-bytes.txt": "binary file",
    "script-style-onload.html": None,
    "surrogate-utf8.txt": "not valid UTF-8 at byte 24",
    "truncated-feed.rss": "malformed feed",
    "unclosed-front-matter.md": "no closing ---",
    "unknown-charset.html": "unknown charset 'x-klingon'",
    "utf16-bom.txt": None,
    "whitespace-only.txt": "empty file",
    "xxe.rss": None,
    "yaml-alias-bomb.md": "expected text, not a list",
}


def corpus_outcomes(path: Path) -> list[object]:
    """Articles and failures importing `path` gives, as the CLI's import makes them."""
    out: list[object] = []
    for item in import_paths([path]):
        if isinstance(item, ImportFailure):
            out.append(item)
            continue
        try:
            out.append(to_article(item, "2025-09-14T09:00:00+00:00"))
        except ImportFailure as failure:
            out.append(failure)
    return out


def assert_clean_article(article) -> None:
    for name in ("title", "source", "url", "published"):
        value = getattr(article, name) or ""
        assert not UNSAFE_LINE.search(value), (name, value)
    assert not UNSAFE.search(article.text), article.text[:200]
    assert article.text == normalize_text(article.text)


@pytest.fixture(scope="module")
def hostile_articles():
    """The corpus's importable articles, analysed, with a note on each carrying hostile text."""
    articles = []
    for path in sorted(HOSTILE.iterdir()):
        for item in corpus_outcomes(path):
            if not isinstance(item, ImportFailure):
                day = dt.date.fromisoformat(item.published) if item.published else None
                item.findings = analyze(item.text, day)
                item.findings_version = "test"
                articles.append(item)
    return articles


def hostile_store(folder: Path, articles) -> Store:
    store = Store.open(folder)
    store.add_articles(articles)
    for a in articles:
        end = min(len(a.text), 40)
        store.add_annotation(new_annotation(
            a, 0, end, f"check {MARKUP[1]} \x1b]0;t\x07 \u202erev", ["x\x1b[31m", "ok"],
            ["actor:[b]Nobody[/b]"], "2025-09-14T09:00:00Z"))
    return store


# -- import ---------------------------------------------------------------------------------


def test_every_corpus_file_has_an_expected_outcome():
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_imports_clean_or_fails_with_one_line(name):
    outcomes = corpus_outcomes(HOSTILE / name)
    assert outcomes
    expected = EXPECTED[name]
    for item in outcomes:
        if expected is None:
            assert not isinstance(item, ImportFailure), str(item)
            assert_clean_article(item)
        else:
            assert isinstance(item, ImportFailure)
            message = str(item)
            assert expected in message and name in message
            assert "\n" not in message and not UNSAFE_LINE.search(message)


def test_markup_survives_import_literally_and_html_active_content_does_not():
    (plain,) = corpus_outcomes(HOSTILE / "markup-and-escapes.txt")
    for markup in MARKUP:
        assert markup in plain.title and markup in plain.text
    assert "red" in plain.title and "pwned title" not in plain.title  # OSC body dropped whole
    (page,) = corpus_outcomes(HOSTILE / "script-style-onload.html")
    everything = f"{page.title}\n{page.text}"
    assert "entity list" in page.text and "[@click=app.quit]q[/] stays literal" in page.text
    for leak in ("LEAK", "alert(", "javascript:", "onload", "background"):
        assert leak not in everything
    feed = corpus_outcomes(HOSTILE / "xxe.rss")
    assert all("root:" not in a.text for a in feed)  # the external entity is not read


def test_bidi_controls_and_bom_are_dropped_but_rtl_text_and_joiners_kept():
    (article,) = corpus_outcomes(HOSTILE / "bidi-and-zero-width.txt")
    assert article.title == "Tariffs evil on steel \u200bzerowidth \u05e9\u05dc\u05d5\u05dd"
    assert "\u05e4\u05dc\u05d3\u05d4" in article.text
    assert one_line("a\u200db\u200ec\u200fd\u061ce") == "a\u200db\u200ec\u200fd\u061ce"
    assert normalize_text("x\u202ay\u202bz\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff") \
        == "xyz"


def test_bad_feed_dates_leave_the_date_unknown():
    dates = {a.title: a.published for a in corpus_outcomes(HOSTILE / "bad-dates.rss")}
    assert dates["Good date [b]x[/b]"] == "2025-09-14"
    for title in ("Month 13", "Nonsense date", "Year 99999", "Year 0", "Empty date"):
        assert dates[title] is None
    assert [a.published for a in corpus_outcomes(HOSTILE / "bad-dates.atom")] == [None, None]


def _run_cli(*args: str, cwd: Path, stdin: bytes | None = None) -> tuple[int, str, str, int]:
    """(exit status, stdout, stderr, max RSS in KB) of `newsdesk ARGS` in a fresh process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([*NEWSDESK, *args], cwd=cwd, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(stdin, timeout=HANG_GUARD_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"newsdesk {' '.join(args)} hung for {HANG_GUARD_S} s")
    return proc.returncode, out.decode(), err.decode(), 0


# Runs a command and reports its own peak memory on a last stderr line. A small process
# between keeps the measure to newsdesk's: a child forked straight from pytest counts
# pytest's own pages (over 1 GB after the TUI tests) in its peak until it execs.
_MEASURING = ("import os, subprocess, sys\n"
              "child = subprocess.Popen(sys.argv[1:])\n"
              "_, status, usage = os.wait4(child.pid, 0)\n"
              "sys.stderr.write(f'\\npeak-kb {usage.ru_maxrss}\\n')\n"
              "sys.exit(os.waitstatus_to_exitcode(status))\n")


def _run_measured(*args: str, cwd: Path) -> tuple[int, str, str, int]:
    """As _run_cli, with newsdesk's peak memory (from wait4 in a process between)."""
    proc = subprocess.Popen([sys.executable, "-c", _MEASURING, *NEWSDESK, *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=HANG_GUARD_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # newsdesk with the process between
        proc.communicate()
        pytest.fail(f"newsdesk {' '.join(args)} hung for {HANG_GUARD_S} s")
    text, _, peak = err.decode().rpartition("\npeak-kb ")
    return proc.returncode, out.decode(), text, int(peak)


def test_cli_import_of_the_corpus_reports_each_failure_on_one_line(tmp_path):
    odd = tmp_path / "odd"
    odd.mkdir()
    # File names are hostile too: they are printed in failure messages.
    (odd / "\x1b]0;pwned\x07 \x1b[31mred.txt").write_bytes(b"\x00\x01binary")
    (odd / "report\u202etxt.exe.txt").write_bytes(b"")
    store = tmp_path / "store"
    status, out, err, _ = _run_cli("--store", str(store), "import", str(HOSTILE), str(odd),
                                   cwd=tmp_path)
    assert status == 1
    assert "Traceback" not in err
    refused = sorted(name for name, why in EXPECTED.items() if why) + ["odd 1", "odd 2"]
    # Each failure on a line of its own; then the articles kept without a date, one line
    # each and a count.
    lines = [line for line in err.splitlines() if line.startswith("newsdesk: failed: ")]
    undated = [line for line in err.splitlines() if line not in lines]
    assert len(lines) == len(refused)
    assert all(line.startswith("newsdesk: no published date: ") for line in undated[:-1])
    assert undated[-1].endswith("set one with `newsdesk set-published ID YYYY-MM-DD`")
    assert not UNSAFE_LINE.search(err.replace("\n", ""))
    assert any("odd/ red.txt: binary file" in line for line in lines)  # OSC dropped whole
    assert any("reporttxt.exe.txt: empty file" in line for line in lines)
    assert re.fullmatch(rf"imported \d+, skipped \d+ duplicates?, failed {len(refused)}\n", out)

    status, out, err, _ = _run_cli("--store", str(store), "list", cwd=tmp_path)
    assert status == 0 and not err
    assert not UNSAFE_LINE.search(out.replace("\n", ""))
    rows = out.splitlines()
    # The columns stay put: id, date, words, then the title (seed article included).
    assert all(re.fullmatch(r"[0-9a-f]{12}  [\w-]+ +\d+ words  \S.*", row) for row in rows)
    assert any(MARKUP[1] in row for row in rows)
    for row in rows:
        status, shown, err, _ = _run_cli("--store", str(store), "show", row[:12], cwd=tmp_path)
        assert status == 0 and not err
        assert not UNSAFE.search(shown), row


def test_a_1_000_000_character_line_imports_and_is_analysed(tmp_path):
    sentence = "The EU imposed a 10% tariff on Chinese steel on Monday [b]x[/b]. "
    line = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    (tmp_path / "one-line.txt").write_text(line)
    store = tmp_path / "store"
    status, out, err, _ = _run_cli("--store", str(store), "import", "--published",
                                   "2025-09-14", str(tmp_path / "one-line.txt"), cwd=tmp_path)
    assert (status, err) == (0, "")
    assert out.startswith("imported 1,")
    with Store.open(store, readonly=True) as s:
        (article,) = [a for a in s.iter_articles() if len(a.text) > 900_000]
    assert article.findings.measures


def test_a_file_over_the_article_limit_is_refused_with_a_reason(tmp_path):
    words = "tariff talks resume in Madrid with a deadline on Friday\n"
    big = tmp_path / "five-mb.txt"
    big.write_text(words * (5_000_000 // len(words)))
    (failure,) = corpus_outcomes(big)
    assert isinstance(failure, ImportFailure)
    assert f"newsdesk takes up to {MAX_ARTICLE_CHARS:,} characters" in str(failure)


@pytest.mark.slow
def test_a_100_mb_text_file_is_refused_quickly_without_eating_memory(tmp_path):
    big = tmp_path / "hundred-mb.txt"
    chunk = ("Officials said the tariff on steel would rise to 25% on September 17. " * 1000
             + "\n")
    with big.open("w") as f:
        for _ in range(100 * 2**20 // len(chunk) + 1):
            f.write(chunk)
    status, out, err, peak_kb = _run_measured("--store", str(tmp_path / "store"), "import",
                                              str(big), cwd=tmp_path)
    assert status == 1
    assert "Traceback" not in err
    (line,) = err.splitlines()
    assert "hundred-mb.txt: too long for one article" in line
    assert peak_kb < 1024 * 1024  # under 1 GB


# -- analysis -------------------------------------------------------------------------------

RAW_TEXTS = [
    "\x1b[31mThe EU\x1b[0m imposed a 25% tariff on steel on Monday.",
    "Chile \x00 will impose \x07 a tariff by \u009b31m October 1. \x1b]0;t\x07 Done.",
    f"{MARKUP[0]} The US {MARKUP[1]} banned imports {MARKUP[2]} until March 3.",
    "The \u202eEU\u202c extended the \u2066truce\u2069 until \ufeffNovember 10, 2025.",
    "China\ud800 imposed export controls on gallium on Tuesday.\udfff",
    "\u05e9\u05dc\u05d5\u05dd Israel imposed a tariff \u200b on 3 May.",
    "word " * 20_000,
    "x" * 200_000,
    ".\n" * 5_000,
    "",
]


@pytest.mark.parametrize("text", RAW_TEXTS, ids=range(len(RAW_TEXTS)))
def test_the_engine_takes_raw_hostile_text_and_its_offsets_hold(text):
    findings = analyze(text, dt.date(2025, 9, 14)).to_json("id")
    spans = [m for a in findings["actors"] for m in a["mentions"]]
    spans += findings["times"] + findings["measures"] + findings["deadlines"]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    json.dumps(findings)


def test_cli_analyze_survives_hostile_lines(tmp_path):
    good = [{"id": i, "text": t, "published": "2025-09-14"}
            for i, t in enumerate(RAW_TEXTS) if "\ud800" not in t]
    lines = [json.dumps(r) for r in good]
    bad = ['{"id": "a", "text": 5}', "[1, 2]", "not json", '{"text": "no id"}',
           '{"id": "d", "text": "x", "published": "2025-02-30"}']
    data = ("\n".join(lines + bad) + "\n").encode()
    status, out, err, _ = _run_cli("analyze", cwd=tmp_path, stdin=data)
    assert "Traceback" not in err
    assert status == 1
    outputs = [json.loads(line) for line in out.splitlines()]
    assert [o["id"] for o in outputs] == [r["id"] for r in good]
    for record, result in zip(good, outputs, strict=True):
        for m in result["measures"] + result["times"]:
            assert record["text"][m["start"]:m["end"]] == m["text"]
    errors = err.splitlines()
    for n in range(len(good) + 1, len(good) + len(bad) + 1):
        assert any(f"line {n}:" in e for e in errors), n
    assert not UNSAFE_LINE.search(err.replace("\n", ""))


# -- the workstation ------------------------------------------------------------------------


def screen_text(app) -> str:
    lines = ["".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips()]
    return "\n".join(lines)


def assert_screen_safe(app) -> None:
    assert app.is_running and app.return_code is None
    for strip in app.screen._compositor.render_strips():
        for seg in strip:
            assert not UNSAFE_LINE.search(seg.text), repr(seg.text)
            style = seg.style
            # Text that looked like markup made no link and no click action.
            assert style is None or not style.link, style
            assert style is None or "@click" not in (style.meta or {}), style.meta


async def test_the_workstation_shows_every_hostile_article_safely(tmp_path, hostile_articles):
    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.dialogs.jump import JumpScreen
    from newsdesk.tui.panes.articles import ArticlesPane

    store = hostile_store(tmp_path / "store", hostile_articles)
    app = NewsdeskApp(store)
    seen_markup = set()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        main = app.screen
        count = len(store.list_articles())
        for n in range(count):
            await pilot.press("o")
            switcher = main.query_one(ArticlesPane)
            for _ in range(50):
                if switcher.table.row_count == count:
                    break
                await pilot.pause(0.02)
            await pilot.press("home", *["down"] * n, "enter")
            await pilot.pause()
            assert_screen_safe(app)
            text = screen_text(app)
            seen_markup.update(m for m in MARKUP if m in text)
            await pilot.press("j", "j", "k", "shift+right", "shift+down", "escape", "end",
                              "tab", "enter", "n", "tab", "tab", "enter", "tab")
            assert_screen_safe(app)
        await pilot.press("c")  # every article's countdown
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert_screen_safe(app)
        await pilot.press("slash")
        assert isinstance(app.screen, JumpScreen)
        await pilot.press(*"[bold", "space", *"click", "space", *"tariff")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.hits
        assert_screen_safe(app)
        await pilot.press("enter")
        await pilot.pause()
        assert_screen_safe(app)
    store.close()
    assert seen_markup == set(MARKUP)  # shown, literally


async def test_the_workstation_opens_a_1_000_000_character_line(tmp_path):
    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.panes.article import ArticleBody

    text = ("The EU imposed a 10% tariff on steel on Monday. " * 20_834)[:1_000_000]
    article = to_article(_draft(text), "2025-09-14T09:00:00+00:00")
    article.findings = analyze(article.text)
    store = hostile_store(tmp_path / "store", [article])
    app = NewsdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        body = app.screen.query_one(ArticleBody)
        await pilot.press("end", "k", "home", "j", "pagedown", "a", "escape")
        await pilot.pause()
        assert body.sentence >= 1
        assert_screen_safe(app)
    store.close()


def _draft(text: str):
    from newsdesk.store.importer import ArticleDraft

    return ArticleDraft(title="One long line", text=text, published="2025-09-14")


# -- export ---------------------------------------------------------------------------------


def _parse_note(markdown: str) -> dict:
    parser = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    tokens = parser.parse(markdown)
    assert tokens[0].type == "front_matter"
    return yaml.safe_load(tokens[0].content)


def test_exports_of_hostile_articles_are_clean_and_parse_back(tmp_path, hostile_articles):
    import icalendar

    with hostile_store(tmp_path / "store", hostile_articles) as store:
        views = load_views(store)
        for view in views:
            note = article_note(view, NOW)
            assert not UNSAFE.search(note.replace("\t", " ")), view.article.title
            meta = _parse_note(note)
            assert meta["title"] == view.article.title
            assert view.article.id.startswith(str(meta.get("id", view.article.id))[:8])
        dossier = dossier_markdown(scope_all(views), NOW)
        assert not UNSAFE.search(dossier.replace("\t", " "))
        _parse_note(dossier)
        entries = sort_entries(e for v in views for e in v.deadlines)
        assert entries
        ics = to_ical(entries, NOW)
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", ics)
        assert not re.search(UNSAFE.pattern, ics.decode("utf-8").replace("\r\n", ""))
        calendar = icalendar.Calendar.from_ical(ics)
        assert len(calendar.walk("VEVENT")) == sum(1 for e in entries if e.due is not None)
        one = load_view(store, views[0].article.id)
        assert article_note(one, NOW) == article_note(views[0], NOW)


def test_cli_analyze_refuses_undecodable_input_in_one_line(tmp_path):
    data = b'{"id": "ok", "text": "The EU imposed a tariff."}\n{"id": "u", "text": "caf\xe9"}\n'
    status, out, err, _ = _run_cli("analyze", cwd=tmp_path, stdin=data)
    assert "Traceback" not in err
    assert status != 0
    (line,) = err.splitlines()
    assert "line 2: not valid UTF-8" in line


def test_cli_analyze_still_analyses_the_lines_before_an_undecodable_one(tmp_path):
    data = b'{"id": "ok", "text": "The EU imposed a tariff."}\n{"id": "u", "text": "caf\xe9"}\n'
    status, out, err, _ = _run_cli("analyze", cwd=tmp_path, stdin=data)
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]
    assert "line 2" in err


def test_cli_analyze_survives_a_lone_surrogate_in_a_finding(tmp_path):
    data = b'{"id": "s", "text": "The EU\\ud800 imposed a tariff on steel."}\n'
    status, out, err, _ = _run_cli("analyze", cwd=tmp_path, stdin=data)
    assert "Traceback" not in err
    assert status in (0, 1)


def test_cli_analyze_error_lines_carry_no_escapes(tmp_path):
    data = b'{"id": "e", "text": "x", "published": "\\u001b]0;pwned\\u0007"}\n'
    status, out, err, _ = _run_cli("analyze", cwd=tmp_path, stdin=data)
    assert status == 1 and "line 1" in err
    assert not UNSAFE_LINE.search(err.replace("\n", ""))
