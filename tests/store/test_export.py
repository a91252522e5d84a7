"""Notes out as a reader meets them: Markdown notes and dossiers that parse back to what was
in the store, whatever the article or the reader typed; the `newsdesk export` command."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from newsdesk.analysis.model import Findings
from newsdesk.cli.main import main
from newsdesk.store import export_markdown as md
from newsdesk.store.db import Store
from newsdesk.store.export import article_note, default_note_name
from newsdesk.store.export_dossier import (
    NoMatch,
    default_dossier_name,
    dossier_markdown,
    scope_actor,
    scope_all,
    scope_tag,
)
from newsdesk.store.records import Annotation, Article, Correction
from newsdesk.store.view import ArticleView

NOW = dt.datetime(2025, 9, 14, 9, 0, tzinfo=dt.UTC)

# Everything Markdown (or a front matter reader) could take for markup.
HOSTILE = ("Tariffs | *now* _x_ **b** `tick` ``two`` [link](http://evil.example) ![img](x.png)"
           " <script>alert(1)</script> &amp; &copy; [bold]x[/] ~~gone~~ $x$ \\n back\\slash")
HOSTILE_LINES = ("first | line *em*\n---\n# not a heading\n> not a quote\n- not a list\n"
                 "1. not numbered\n+ plus\n=====\n```\nnot code\n```\n<div>html</div>\n"
                 "...\n    indented\n[bold]x[/] `tick` trailing\\")


# -- reading Markdown back -----------------------------------------------------------------


def parser() -> MarkdownIt:
    return (MarkdownIt("commonmark").enable("table").enable("strikethrough")
            .use(front_matter_plugin))


ALLOWED_INLINE = {"text", "softbreak", "hardbreak"}


def inline_text(token: Token) -> str:
    """The plain text of an inline token; fails on any markup that leaked from the input."""
    out = []
    for child in token.children or []:
        if child.type == "text":
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "html_inline" and child.content == "<br>":
            out.append("\n")  # the only HTML an export writes: a line break in a cell
        else:
            pytest.fail(f"markup leaked into {token.content!r}: {child.type} {child.content!r}")
    return "".join(out)


def tables(tokens: list[Token]) -> list[list[list[str]]]:
    """Every table as rows of cell texts (header row first)."""
    found: list[list[list[str]]] = []
    row: list[str] | None = None
    for i, t in enumerate(tokens):
        if t.type == "table_open":
            found.append([])
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            found[-1].append(row)
        elif t.type in ("th_open", "td_open"):
            row.append(inline_text(tokens[i + 1]))
    return found


def table_after(tokens: list[Token], heading: str) -> list[list[str]]:
    """The first table after the heading with this text."""
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and inline_text(tokens[i + 1]) == heading:
            return tables(tokens[i:])[0]
    pytest.fail(f"no heading {heading!r}")


def front(tokens: list[Token]) -> dict:
    assert tokens[0].type == "front_matter"
    assert sum(1 for t in tokens if t.type == "front_matter") == 1
    return yaml.safe_load(tokens[0].content)


def as_cell(value: str) -> str:
    return "\n".join(line.strip() for line in value.splitlines())


def as_block(value: str) -> str:
    """What a multi-line text reads as in Markdown: lines stripped, one blank between paras."""
    paras, para = [], []
    for line in value.splitlines():
        if line.strip():
            para.append(line.strip())
        elif para:
            paras.append("\n".join(para))
            para = []
    if para:
        paras.append("\n".join(para))
    return "\n\n".join(paras)


def blocks_in(tokens: list[Token], start: int, kind: str) -> list[str]:
    """Texts of the paragraphs inside each blockquote (kind='quote') or outside (kind='para'),
    from `start` to the next heading."""
    out, depth, paras = [], 0, []
    for i in range(start, len(tokens)):
        t = tokens[i]
        if t.type == "heading_open" and i > start:
            break
        if t.type == "blockquote_open":
            depth += 1
        elif t.type == "blockquote_close":
            depth -= 1
            if kind == "quote":
                out.append("\n\n".join(paras))
                paras = []
        elif (t.type == "inline" and tokens[i - 1].type == "paragraph_open"
              and (kind == "quote") == (depth > 0)):
            (paras if kind == "quote" else out).append(inline_text(t))
    return out


# -- building stores -----------------------------------------------------------------------


def hostile_article() -> Article:
    text = ("Lead. " + HOSTILE + "\n" + HOSTILE_LINES + "\nThe end of the article is here.")
    findings = {
        "actors": [
            {"name": "A|B `c` [x](y)", "kind": "person", "role": "Chief *of* staff\n---",
             "affiliation": "<img src=x onerror=alert(1)>",
             "mentions": [{"start": 0, "end": 4, "text": "Lead"}]},
            {"name": "Rejected Actor", "kind": "group", "role": None, "affiliation": None,
             "mentions": [{"start": 6, "end": 13, "text": "Tariffs"}]},
        ],
        "times": [],
        "measures": [
            {"type": "tariff", "action": "impose", "imposer": "A|B `c` [x](y)",
             "targets": ["T|1", "T, 2\nnext line"], "magnitude": "55% | *x*", "start": 6,
             "end": 40, "text": HOSTILE},
        ],
        "deadlines": [
            {"date": "2025-09-17", "what": "pay | `now`\n---\n<b>bold</b>", "start": 6,
             "end": 13, "text": "Tariffs", "measure": 0},
            {"date": "2025-12", "what": "[bold]x[/] review", "start": 20, "end": 25,
             "text": "x", "measure": None},
            {"date": "2025-09-01", "what": "passed one", "start": 30, "end": 35,
             "text": "y", "measure": None},
        ],
    }
    return Article(id="a1b2c3d4e5f6", title=HOSTILE + "\n---\nsecond line", text=text,
                   source="The *Wire* | [desk]", url="https://news.example/a_(b)?q=1&amp;x=<y>",
                   published="2025-09-14", imported_at="2025-09-14T08:00:00+00:00",
                   findings=Findings.from_json(findings), findings_version="test")


def hostile_note(article: Article) -> Annotation:
    start = article.text.index("first | line")
    end = article.text.index("The end")
    return Annotation(id="n1", article_id=article.id, start=start, end=end,
                      quote=article.text[start:end], note=HOSTILE_LINES + "\n\n" + HOSTILE,
                      tags=["a|b", "c_d", "#x"], links=["actor:A|B `c` [x](y)", "measure:0"],
                      created="2025-09-14T08:30:00+00:00")


def hostile_view() -> ArticleView:
    article = hostile_article()
    reject = Correction(id="c1", article_id=article.id, kind="reject",
                        target={"kind": "actor", "name": "Rejected Actor"},
                        created="2025-09-14T08:40:00+00:00")
    return ArticleView.of(article, [hostile_note(article)], [reject])


# -- the article note ----------------------------------------------------------------------


def test_front_matter_reads_back_exactly_whatever_the_title():
    view = hostile_view()
    tokens = parser().parse(article_note(view, NOW))
    meta = front(tokens)
    a = view.article
    assert meta == {"title": a.title, "aliases": [a.id[:12]], "source": a.source, "url": a.url,
                    "published": dt.date(2025, 9, 14), "exported": NOW,
                    "tags": ["a|b", "c_d", "#x"], "article_id": a.id, "generator": "newsdesk"}
    # the heading is the title on one line, and nothing in it became markup
    assert tokens[1].type == "heading_open" and tokens[1].tag == "h1"
    assert inline_text(tokens[2]) == " ".join(a.title.split())


def test_actor_table_has_one_row_per_actor_and_rejected_ones_are_gone():
    tokens = parser().parse(article_note(hostile_view(), NOW))
    rows = table_after(tokens, "Actors")
    assert rows[0] == ["Actor", "Kind", "Role", "Affiliation", "Mentions", "Also called"]
    assert rows[1:] == [["A|B `c` [x](y)", "person", "Chief *of* staff\n---",
                         "<img src=x onerror=alert(1)>", "1", "Lead"]]


def test_measure_table_cells_come_back_equal():
    tokens = parser().parse(article_note(hostile_view(), NOW))
    rows = table_after(tokens, "Measures")
    assert rows[0] == ["Type", "Action", "Imposer", "Targets", "Magnitude", "Evidence"]
    [row] = rows[1:]
    assert row[:5] == ["tariff", "impose", "A|B `c` [x](y)", "T|1\nT, 2\nnext line",
                       "55% | *x*"]
    assert row[5] == f"\u201c{HOSTILE}\u201d"


def test_deadline_timeline_is_by_date_with_time_left_as_of_the_export():
    tokens = parser().parse(article_note(hostile_view(), NOW))
    rows = table_after(tokens, "Deadlines")
    assert rows[0] == ["Date", "Time left", "What is due", "Measure"]
    assert rows[1:] == [
        ["2025-09-01", "passed 13 days ago", "passed one", ""],
        ["2025-09-17", "3 days left", as_cell("pay | `now`\n---\n<b>bold</b>"), "tariff (impose)"],
        ["2025-12", "108 days left", "[bold]x[/] review", ""],  # due on December 31
    ]
    later = article_note(hostile_view(), NOW + dt.timedelta(days=3))
    assert table_after(parser().parse(later), "Deadlines")[2][1] == "due today"


def test_a_note_is_its_quote_its_text_its_tags_and_where_it_came_from():
    view = hostile_view()
    note = view.notes[0]
    tokens = parser().parse(article_note(view, NOW))
    start = next(i for i, t in enumerate(tokens)
                 if t.type == "heading_open" and inline_text(tokens[i + 1]) == "Note 1")
    assert blocks_in(tokens, start, "quote") == [as_block(note.quote)]
    paras = blocks_in(tokens, start, "para")
    assert "\n\n".join(paras[:-1]) == as_block(note.note)
    meta = paras[-1].split("\n")
    assert meta[0] == "Tags: a|b, c_d, #x"
    assert meta[1] == ("Linked to: A|B `c` [x](y) (actor); measure 1: tariff (impose),"
                       " A|B `c` [x](y) \u2192 T|1, T, 2 next line")
    assert meta[-1] == (f"Passage: characters {note.start}\u2013{note.end} of article"
                        f" {view.article.id}")


def test_no_html_or_link_from_the_input_reaches_the_rendered_page():
    html = parser().render(article_note(hostile_view(), NOW))
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "<div>" not in html and "<em>" not in html and "<code>" not in html
    assert 'href="http://evil.example"' not in html
    # the one link we make is the article's, with its odd characters encoded
    assert 'href="https://news.example/a_%28b%29?q=1&amp;amp;x=%3Cy%3E"' in html


def test_corrections_are_applied_before_export():
    article = hostile_article()
    edit = Correction(id="c2", article_id=article.id, kind="edit",
                      target={"kind": "measure", "type": "tariff", "text": HOSTILE},
                      changes={"magnitude": "60%"}, created="2025-09-14T08:50:00+00:00")
    drop = Correction(id="c3", article_id=article.id, kind="reject",
                      target={"kind": "deadline", "date": "2025-09-01", "text": "y",
                              "start": 30}, created="2025-09-14T08:51:00+00:00")
    text = article_note(ArticleView.of(article, [], [edit, drop]), NOW)
    tokens = parser().parse(text)
    assert table_after(tokens, "Measures")[1][4] == "60%"
    assert [r[0] for r in table_after(tokens, "Deadlines")[1:]] == ["2025-09-17", "2025-12"]
    assert "2 of the reader's corrections applied (1 rejection: left out)." in text


def test_an_article_without_findings_or_notes_still_makes_a_whole_note():
    article = Article(id="0123456789ab", title="Plain", text="Nothing here.")
    text = article_note(ArticleView.of(article), NOW)
    tokens = parser().parse(text)
    assert front(tokens)["title"] == "Plain"
    for line in ("No actors found.", "No measures found.", "No deadlines found.",
                 "No notes yet."):
        assert line in text
    assert default_note_name(article) == "plain.md"
    assert default_note_name(Article(id="0123456789ab", title="«»", text="x")) \
        == "article-0123456789ab.md"


# -- the dossier -----------------------------------------------------------------------------


def two_articles() -> list[ArticleView]:
    first = Article(
        id="aaaaaaaaaaaa", title="Talks in Madrid", published="2025-09-14",
        text="Treasury Secretary Scott Bessent met He Lifeng. Bessent warned China.",
        findings=Findings.from_json({"actors": [
            {"name": "Scott Bessent", "kind": "person", "role": "Treasury Secretary",
             "affiliation": "United States",
             "mentions": [{"start": 19, "end": 32, "text": "Scott Bessent"},
                          {"start": 49, "end": 56, "text": "Bessent"}]},
            {"name": "China", "kind": "country", "role": None, "affiliation": None,
             "mentions": [{"start": 64, "end": 69, "text": "China"}]}],
            "measures": [{"type": "tariff", "action": "threaten", "imposer": "Scott Bessent",
                          "targets": ["China"], "magnitude": "50%", "start": 0, "end": 70,
                          "text": "Bessent warned China."}],
            "deadlines": [{"date": "2025-10-01", "what": "talks resume", "start": 0, "end": 5,
                           "text": "Oct 1", "measure": 0}], "times": []}))
    second = Article(
        id="bbbbbbbbbbbb", title="China strikes back", published="2025-09-15",
        text="Beijing imposed duties on the US after Bessent's remarks.",
        findings=Findings.from_json({"actors": [
            {"name": "China", "kind": "country", "role": None, "affiliation": None,
             "mentions": [{"start": 0, "end": 7, "text": "Beijing"}]},
            {"name": "Scott Bessent", "kind": "person", "role": "Secretary",
             "affiliation": None, "mentions": [{"start": 39, "end": 46, "text": "Bessent"}]}],
            "measures": [{"type": "tariff", "action": "impose", "imposer": "China",
                          "targets": ["United States", "Scott Bessent"], "magnitude": None,
                          "start": 0, "end": 57, "text": "Beijing imposed duties."}],
            "deadlines": [{"date": "2025-09-20", "what": "duties start", "start": 0, "end": 5,
                           "text": "Sep 20", "measure": 0}], "times": []}))
    note = Annotation(id="n1", article_id=second.id, start=0, end=7, quote="Beijing",
                      note="Retaliation | fast", tags=["china"], links=[])
    linked = Annotation(id="n2", article_id=first.id, start=0, end=8, quote="Treasury",
                        note="Who speaks?", tags=["people"], links=["actor:Scott Bessent"])
    loose = Annotation(id="n3", article_id=first.id, start=33, end=36, quote="met",
                       note="loose", tags=["china"])
    return [ArticleView.of(first, [linked, loose]), ArticleView.of(second, [note])]


def section(tokens: list[Token], title: str, level: str = "h3") -> int:
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and t.tag == level and inline_text(tokens[i + 1]) == title:
            return i
    pytest.fail(f"no section {title!r}")


def test_dossier_for_an_actor_matched_by_what_the_articles_call_it():
    dossier = scope_actor(two_articles(), "bessent")
    text = dossier_markdown(dossier, NOW, links="none")
    tokens = parser().parse(text)
    meta = front(tokens)
    assert meta["matched"] == ["Scott Bessent"] and meta["query"] == "bessent"
    assert [a["id"] for a in meta["articles"]] == ["aaaaaaaaaaaa", "bbbbbbbbbbbb"]
    assert ("\u201cbessent\u201d matched \u201cScott Bessent\u201d by name, alias or the words"
            in text)
    start = section(tokens, "Scott Bessent")
    taken, suffered = tables(tokens[start:])[:2]
    assert taken[1] == ["Talks in Madrid", "tariff", "threaten", "China", "50%",
                        "\u201cBessent warned China.\u201d"]
    assert suffered[1][:4] == ["China strikes back", "tariff", "impose", "China"]
    assert "Treasury Secretary (United States) \u2014 in Talks in Madrid" in text
    # the linked note and the one quoting a mention; not the loose one
    assert "Who speaks?" in text and "Retaliation | fast" not in text and "loose" not in text
    timeline = table_after(tokens, "Deadlines")
    assert [r[0] for r in timeline[1:]] == ["2025-09-20", "2025-10-01"]
    assert timeline[1][4] == "China strikes back"
    assert default_dossier_name(dossier) == "dossier-actor-bessent.md"


def test_part_of_a_name_finds_the_actor():
    dossier = scope_actor(two_articles(), "scott")
    assert [f.name for f in dossier.actors] == ["Scott Bessent"]
    assert "by part of a name (whole words" in dossier.how


def test_an_alias_finds_the_actor_across_articles():
    dossier = scope_actor(two_articles(), "  BEIJING ")
    assert [f.name for f in dossier.actors] == ["China"]
    assert "by name, alias or the words an article uses" in dossier.how
    assert len(dossier.views) == 2


def test_a_misspelt_actor_is_matched_and_said_so():
    dossier = scope_actor(two_articles(), "Besent")
    assert [f.name for f in dossier.actors] == ["Scott Bessent"]
    assert "misspelling" in dossier.how


def test_unknown_actor_or_tag_is_an_error_naming_it():
    with pytest.raises(NoMatch, match="zzz"):
        scope_actor(two_articles(), "zzz")
    with pytest.raises(NoMatch, match="tags in use: china, people"):
        scope_tag(two_articles(), "nope")


def test_dossier_by_tag_holds_the_tagged_notes_only():
    dossier = scope_tag(two_articles(), "#China")
    text = dossier_markdown(dossier, NOW)
    assert "Retaliation | fast".replace("|", "\\|") in text and "loose" in text
    assert "Who speaks?" not in text
    assert [f.name for f in dossier.actors] == ["China"]  # the note quotes "Beijing"
    assert "## Other notes" in text  # "loose" names no actor
    assert front(parser().parse(text))["tags"] == ["china"]


def test_dossier_of_everything_has_a_section_per_actor_and_one_timeline():
    text = dossier_markdown(scope_all(two_articles()), NOW)
    tokens = parser().parse(text)
    for name in ("Scott Bessent", "China", "United States"):
        section(tokens, name)
    rows = table_after(tokens, "Deadlines")
    assert len(rows) == 3


def test_hostile_actor_names_stay_text_in_a_dossier():
    dossier = scope_all([hostile_view()])
    text = dossier_markdown(dossier, NOW)
    tokens = parser().parse(text)
    start = section(tokens, "A|B `c` [x](y)")
    taken = tables(tokens[start:])[0]
    assert as_cell(hostile_article().title) == taken[1][0]
    assert front(tokens)["articles"][0]["title"] == hostile_article().title


# -- the command -----------------------------------------------------------------------------


@pytest.fixture
def store_with_article():
    """The CLI's store (NEWSDESK_STORE) holding the hostile article and its note."""
    with Store.open(os.environ["NEWSDESK_STORE"]) as store:
        article = hostile_article()
        store.add_article(article)
        store.add_annotation(hostile_note(article))
    return article


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_to_stdout(capsys, store_with_article):
    code, out, err = run(capsys, "export", "a1b2", "-o", "-")
    assert code == 0 and err == ""
    assert out == article_note(ArticleView.of(store_with_article, [hostile_note(
        store_with_article)]), NOW)


def test_export_writes_the_default_name_and_needs_force_to_replace(capsys, tmp_path,
                                                                   monkeypatch,
                                                                   store_with_article):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "export", "a1b2")
    name = default_note_name(store_with_article)
    assert code == 0 and f"wrote {name}" in out
    assert name.startswith("tariffs-now-x-b-tick-two-link")
    (tmp_path / name).write_text("my edits")
    code, _, err = run(capsys, "export", "a1b2")
    assert code == 2 and "--force" in err and err.count("\n") == 1
    assert (tmp_path / name).read_text() == "my edits"
    code, _, _ = run(capsys, "export", "a1b2", "--force")
    assert code == 0 and (tmp_path / name).read_text().startswith("---\ntitle:")
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left behind


def test_export_into_a_folder_uses_the_default_name(capsys, tmp_path, store_with_article):
    code, _, _ = run(capsys, "export", "a1b2", "-o", str(tmp_path))
    assert code == 0
    assert (tmp_path / default_note_name(store_with_article)).exists()


@pytest.mark.parametrize("argv, words", [
    (["export", "zzzz"], "zzzz"),
    (["export"], "article id"),
    (["export", "a1b2", "--all"], "not both"),
    (["export", "--actor", "nobody-at-all"], "nobody-at-all"),
    (["export", "--tag", "nothing"], "nothing"),
])
def test_export_mistakes_are_one_line(capsys, store_with_article, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_export_to_a_missing_folder_is_one_line(capsys, tmp_path, store_with_article):
    target = tmp_path / "no" / "such" / "note.md"
    code, _, err = run(capsys, "export", "a1b2", "-o", str(target))
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
    assert not target.parent.exists()


def test_export_dossier_commands(capsys, tmp_path, store_with_article):
    code, out, _ = run(capsys, "export", "--all", "-o", str(tmp_path))
    assert code == 0 and (tmp_path / "dossier-all.md").exists()
    code, out, _ = run(capsys, "export", "--tag", "c_d", "-o", "-")
    assert code == 0 and front(parser().parse(out))["title"] == "Dossier: tag c_d"
    code, out, _ = run(capsys, "export", "--actor", "a|b", "-o", "-")
    assert code == 0 and "A\\|B" in out


def test_default_paths_are_relative_to_the_current_folder(capsys, tmp_path, monkeypatch,
                                                          store_with_article):
    monkeypatch.chdir(tmp_path)
    run(capsys, "export", "--actor", "A|B")
    assert Path("dossier-actor-a-b.md").exists()


# -- any text at all -------------------------------------------------------------------------

MARKDOWN_ALPHABET = st.sampled_from(list("ab1 \t\n\\`*_[]()<>#|~$&;!-+=.:'\"{}^@/x") + [
    "---", "```", "    ", "&amp;", "&#35;", "http://x.y", "1.", "é", "\u2028"])
ANY_TEXT = st.lists(MARKDOWN_ALPHABET, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_any_text_comes_back_from_a_cell_and_a_quote(text, other):
    doc = "\n".join([
        *md.front_matter({"title": text}), "",
        f"# {md.inline(text)}", "",
        *md.table(["A", "B"], [[md.cell(text), md.cell(other)]]), "",
        *md.paragraphs(text, prefix="> "), "",
        "---", "",
        *md.paragraphs(other), "",
    ])
    tokens = parser().parse(doc)
    assert front(tokens) == {"title": text}
    assert inline_text(tokens[2]) == " ".join(as_block(text).split())
    assert tables(tokens)[0][1] == [as_cell(text), as_cell(other)]
    quote = blocks_in(tokens, next(i for i, t in enumerate(tokens) if t.type == "table_open"),
                      "quote")
    assert quote == ([as_block(text)] if as_block(text) else [])
    paras = [inline_text(t) for i, t in enumerate(tokens)
             if t.type == "inline" and tokens[i - 1].type == "paragraph_open"
             and t.level == 1]
    assert "\n\n".join(paras) == as_block(other)


def test_a_killed_writers_temp_file_is_cleared_on_the_next_write(tmp_path):
    import subprocess
    import sys

    from newsdesk.store.fileio import write_file

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    target = tmp_path / "note.md"
    left = tmp_path / f".note.md.{pid}.tmp"
    left.write_bytes(b"half a no")
    busy = tmp_path / f".note.md.{os.getppid()}.tmp"  # a live writer's: must stay
    busy.write_bytes(b"in progress")
    write_file(target, b"whole\n")
    assert target.read_bytes() == b"whole\n"
    assert not left.exists()
    assert busy.exists()


# -- notes for Obsidian --------------------------------------------------------------------


def test_actors_imposers_and_targets_are_wikilinks_by_default():
    text = article_note(two_articles()[0], NOW)
    actors = text[text.index("## Actors"):text.index("## Measures")]
    measures = text[text.index("## Measures"):text.index("## Deadlines")]
    assert "| [[Scott Bessent]] |" in actors and "| [[China]] |" in actors
    assert "| [[Scott Bessent]] | [[China]] |" in measures
    assert "[[" not in article_note(two_articles()[0], NOW, links="none")


def test_a_name_a_wikilink_cannot_hold_stays_plain_text():
    from newsdesk.store import export_markdown as md

    assert md.wikilink("Acme Widgets") == "[[Acme Widgets]]"
    assert md.wikilink("A|B") == "A\\|B"
    assert md.wikilink("Section #2") == "Section \\#2"
    assert md.wikilink("two\nlines") == "two<br>lines"


def test_with_text_adds_the_article_after_the_findings():
    view = two_articles()[0]
    text = article_note(view, NOW, with_text=True)
    assert text.index("## Notes") < text.index("## Text")
    assert view.article.text.split()[0] in text[text.index("## Text"):]


def test_a_dossier_lists_its_articles_by_date():
    views = two_articles()
    text = dossier_markdown(scope_all(list(reversed(views))), NOW)
    meta = front(parser().parse(text))
    dates = [a["published"] for a in meta["articles"]]
    assert dates == sorted(dates)
