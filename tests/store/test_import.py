"""Importing articles from files and feeds: what a reader sees after `newsdesk import`."""

from __future__ import annotations

import codecs
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.analysis.text import one_line
from newsdesk.store import importer
from newsdesk.store.importer import (
    ArticleDraft,
    BadDate,
    ImportFailure,
    discover,
    import_paths,
    parse_date,
    read_path,
    to_article,
)
from newsdesk.store.normalize import (
    article_id,
    html_to_text,
    looks_binary,
    normalize_text,
)

FIXTURES = Path(__file__).parent / "fixtures" / "import"
NOW = "2025-09-14T09:00:00Z"


def read_one(path: Path, **kwargs) -> ArticleDraft:
    drafts = read_path(path, **kwargs)
    assert len(drafts) == 1, drafts
    return drafts[0]


def failure_of(path: Path, **kwargs) -> ImportFailure:
    with pytest.raises(ImportFailure) as caught:
        read_path(path, **kwargs)
    failure = caught.value
    assert failure.path == path
    assert str(failure) == f"{path}: {failure.reason}"
    assert "\n" not in str(failure)
    return failure


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- normalize ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\x1b[1;31mTariffs\x1b[0m rise", "Tariffs rise"),  # SGR colours
        ("see \x1b]8;;https://x.example\x1b\\the notice\x1b]8;;\x1b\\", "see the notice"),
        ("\x1b]0;pwned title\x07Body", "Body"),  # OSC window title, BEL-terminated
        ("\x1b(Bplain\x1bc", "plain"),  # charset designation, full reset
        ("\x9b31mC1 CSI", "C1 CSI"),  # 8-bit CSI
        ("bell\x07 null\x00 del\x7f c1\x85 here", "bell null del c1\n here"),  # NEL: a break
        ("keep\ttabs", "keep\ttabs"),
        ("[bold red]x[/] and <b>tags</b>", "[bold red]x[/] and <b>tags</b>"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("Cafe\u0301", "Caf\u00e9"),  # NFC
        ("\x1b]2;unterminated\nnext line survives", "next line survives"),
        ("trailing   \nspaces\t\n\n", "trailing\nspaces"),
    ],
)
def test_normalize_text_strips_terminal_escapes_and_controls(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


# Mostly the characters escape sequences are made of, so hypothesis builds real ones.
_ESCAPE_PIECES = list("\x1b[]()\\;0123m\x07\x9b\x9c\x9d\x90P_^ \t\n\r\x0b\x0c\x85\u2028e\u0301\x00")


@given(st.text(st.one_of(st.sampled_from(_ESCAPE_PIECES), st.characters())))
def test_normalize_text_is_idempotent_and_leaves_no_controls(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert not any(
        (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 or c == "\r" for c in once
    )


def test_one_line_makes_one_line() -> None:
    assert one_line("  EU\tsteel\r\n\x1b[1msafeguard\x1b[0m  ") == "EU steel safeguard"


def test_article_id_is_stable_across_line_endings_and_unicode_forms() -> None:
    lf = "Tariffs rise.\nCaf\u00e9 owners complain."
    assert article_id(lf) == article_id("Tariffs rise.\r\nCafe\u0301 owners complain.\r\n")
    assert article_id(lf) != article_id(lf + " More.")
    assert len(article_id(lf)) == 12
    assert int(article_id(lf), 16) >= 0  # hex


def test_looks_binary() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert looks_binary(bytes(range(1, 9)) * 100)
    assert not looks_binary("Tarifs douaniers relevés \x1b[31m!\x1b[0m\n".encode() * 50)
    assert not looks_binary(b"")


def test_html_to_text_keeps_paragraphs_and_drops_code() -> None:
    fragment = (
        "<p>Duties <b>rise</b> &amp; quotas fall.<script>alert(1)</script></p>"
        "<style>p { color: red }</style><!-- note -->"
        "<ul>\n  <li>Steel: 25%</li>\n  <li>Aluminium: 10%</li>\n</ul>"
        "<p>Line one<br>line two</p>"
    )
    assert html_to_text(fragment) == (
        "Duties rise & quotas fall.\n\nSteel: 25%\nAluminium: 10%\n\nLine one\nline two"
    )


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-14", "2025-09-14"),
        ("2025-09-14T23:30:00-05:00", "2025-09-14"),  # the day as written, not UTC's
        ("2025-09-14T08:30:00Z", "2025-09-14"),
        ("Tue, 12 Aug 2025 01:30:00 +0200", "2025-08-12"),
        ("14 September 2025", "2025-09-14"),
        ("Sep 14, 2025", "2025-09-14"),
        ("September 14, 2025", "2025-09-14"),
        ("Sept. 14, 2025", "2025-09-14"),
        ("14th September 2025", "2025-09-14"),
        ("Sunday, 14 September 2025", "2025-09-14"),
        ("  2025/09/14 ", "2025-09-14"),
    ],
)
def test_parse_date_accepts_common_forms(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["2025-13-45", "2025-02-30", "09/10/2025", "next week", "2025", "", "14\nSept"]
)
def test_parse_date_rejects_with_one_line_advice(value: str) -> None:
    with pytest.raises(BadDate) as caught:
        parse_date(value)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert message.startswith("bad date")
    assert message.endswith("use YYYY-MM-DD")
    assert "\n" not in message
    assert one_line(value) in message


def test_bad_date_message_quotes_the_value() -> None:
    assert str(BadDate("2025-13-45")) == 'bad date "2025-13-45": use YYYY-MM-DD'


# --- plain text ----------------------------------------------------------------------


def test_txt_with_headline_takes_the_title_from_its_first_line() -> None:
    draft = read_one(FIXTURES / "eu-steel-safeguard.txt")
    assert draft.title == "EU extends steel safeguard until June 2026"
    assert draft.text.startswith("The European Commission said on Monday")
    assert "EU extends steel safeguard" not in draft.text
    assert draft.published is None


def test_txt_without_headline_takes_the_title_from_the_file_name() -> None:
    draft = read_one(FIXTURES / "madrid-trade-talks.txt")
    assert draft.title == "Madrid trade talks"
    assert draft.text.startswith("Officials from the United States and China met in Madrid")
    assert draft.text.endswith("US business.")


def test_hard_wrapped_first_line_is_not_a_headline(tmp_path: Path) -> None:
    path = write(
        tmp_path / "truce.txt",
        "The United States and China agreed on Sunday to extend their tariff\n"
        "truce for another 90 days, officials said.\n",
    )
    draft = read_one(path)
    assert draft.title == "Truce"
    assert draft.text.startswith("The United States and China agreed")


def test_published_argument_applies_to_undated_files() -> None:
    draft = read_one(FIXTURES / "madrid-trade-talks.txt", published="14 September 2025")
    assert draft.published == "2025-09-14"


def test_crlf_and_decomposed_text_are_normalized(tmp_path: Path) -> None:
    path = write(
        tmp_path / "crlf.txt",
        "Caf\u00e9 owners protest tariffs\r\n\r\nCafe\u0301 owners in Lyon protested.\r\n"
        "A second line.\r\n",
    )
    draft = read_one(path)
    assert draft.title == "Caf\u00e9 owners protest tariffs"
    assert draft.text == "Caf\u00e9 owners in Lyon protested.\nA second line."


def test_terminal_escapes_and_controls_never_reach_titles_or_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "escapes.txt",
        "\x1b[1;31mTariffs\x1b[0m [bold red]rise[/]\x07\n\n"
        "\x1b]0;owned\x07Duties rose\x08 by 25%\x1b[2J.\n\tIndented <b>line</b>.\n",
    )
    draft = read_one(path)
    assert draft.title == "Tariffs [bold red]rise[/]"
    assert draft.text == "Duties rose by 25%.\n\tIndented <b>line</b>."


def test_utf16_with_bom_imports(tmp_path: Path) -> None:
    text = "Zölle steigen\n\nDie EU erhöht die Zölle.\n"
    path = write(tmp_path / "zoelle.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    draft = read_one(path)
    assert (draft.title, draft.text) == ("Zölle steigen", "Die EU erhöht die Zölle.")


# --- Markdown ------------------------------------------------------------------------


def test_markdown_front_matter_gives_the_metadata() -> None:
    # The file's own date wins over the one given on the command line.
    draft = read_one(FIXTURES / "sanctions-note.md", published="2020-01-01")
    assert draft.title == "UK sanctions 23 firms over drone parts"
    assert draft.published == "2025-09-14"
    assert draft.source == "Sanctions Monitor"
    assert draft.url == "https://sanctions.example/uk-23-firms"
    assert draft.text.startswith("The UK on Sunday added **23 firms**")
    assert "---" not in draft.text and "title:" not in draft.text


def test_markdown_heading_and_dated_file_name() -> None:
    draft = read_one(FIXTURES / "2025-09-10-chip-controls.md", published="2020-01-01")
    assert draft.title == "US tightens chip export controls"
    assert draft.published == "2025-09-10"
    assert draft.text.startswith("The Commerce Department on Wednesday")


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("title: [unclosed\n", "bad front matter at line"),
        ("published: 2025-13-45\n", 'front matter "published": bad date "2025-13-45"'),
        ("date: last Tuesday\n", 'front matter "date": bad date "last Tuesday"'),
        ("title:\n  - a\n  - b\n", 'front matter "title": expected text'),
        ("just a sentence\n", "bad front matter: expected 'field: value' lines"),
    ],
)
def test_markdown_bad_front_matter_names_the_problem(
    tmp_path: Path, front_matter: str, expected: str
) -> None:
    path = write(tmp_path / "note.md", f"---\n{front_matter}---\n\nBody text.\n")
    assert expected in failure_of(path).reason


def test_markdown_unclosed_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "note.md", "---\ntitle: Open\n\nBody text.\n")
    assert "no closing ---" in failure_of(path).reason


def test_markdown_front_matter_title_with_escapes_is_cleaned(tmp_path: Path) -> None:
    path = write(tmp_path / "note.md", "---\ntitle: \x1b[31mRed\x1b[0m alert\n---\nBody.\n")
    assert read_one(path).title == "Red alert"


# --- HTML ----------------------------------------------------------------------------


def test_html_main_text_and_metadata() -> None:
    draft = read_one(FIXTURES / "ebike-probe.html")
    assert draft.title == "EU opens anti-subsidy probe into Chinese e-bikes"
    assert draft.url == "https://policywire.example/eu-ebikes"
    assert draft.source == "Policy Wire"
    assert draft.published == "2025-09-14"
    paragraphs = draft.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The European Commission on Sunday opened")
    assert paragraphs[2].startswith("China's Ministry of Commerce")
    for boilerplate in ("SCRIPT-IN", "color: red", "hidden-style-rule", "NAV-LINKS",
                        "SITE-BANNER", "SITE-FOOTER", "<", "&copy;"):  # fmt: skip
        assert boilerplate not in draft.text


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    paragraph = "<p>\u201cCaf\u00e9 owners\u201d say the tariffs on steel will hurt them. </p>" * 4
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 tariffs</title></head>'
        f"<body><article>{paragraph}</article></body></html>"
    )
    path = write(tmp_path / "cafe.html", html.encode("cp1252"))
    draft = read_one(path)
    assert draft.title == "Caf\u00e9 tariffs"
    assert draft.text.startswith("\u201cCaf\u00e9 owners\u201d say")


def test_html_latin1_label_is_read_as_windows_1252(tmp_path: Path) -> None:
    # Browsers read "iso-8859-1" as windows-1252; so must we, or curly quotes vanish.
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Quotes</title></head><body><article>"
        + "<p>\u201cQuoted\u201d text about duties on imported steel and aluminium.</p>" * 4
        + "</article></body></html>"
    )
    draft = read_one(write(tmp_path / "quotes.htm", html.encode("cp1252")))
    assert draft.text.startswith("\u201cQuoted\u201d text")


def test_html_without_text_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.html", "<html><head><script>x()</script></head><body></body>")
    assert failure_of(path).reason == "no article text found in the HTML"


# --- feeds ---------------------------------------------------------------------------


def test_rss_entries_become_articles() -> None:
    drafts = read_path(FIXTURES / "trade-desk.rss")
    assert [d.title for d in drafts] == [
        "US extends tariff truce with China by 90 days",
        "Canada drops digital services tax",
        "Mexico proposes tariffs of up to 50% on Asian cars",
    ]
    truce, canada, mexico = drafts
    assert truce.text == (
        "The United States extended its tariff truce with China by 90 days.\n\n"
        "The pause now runs until November 10."
    )
    assert truce.published == "2025-08-12"  # as written in +0200, not the UTC day before
    assert truce.url == "https://tradedesk.example/truce"
    assert {d.source for d in drafts} == {"Trade Desk"}
    assert canada.published is None  # "sometime next week" does not sink the feed
    assert canada.url == "https://tradedesk.example/2025/canada-dst"
    assert mexico.published == "2025-09-10"
    assert mexico.text.endswith("Cars: 50%\nSteel: 35%")
    for draft in drafts:
        assert "<" not in draft.text and "SCRIPT-IN-FEED" not in draft.text


def test_atom_entries_become_articles() -> None:
    uk, eu = read_path(FIXTURES / "sanctions-monitor.atom")
    assert uk.title == "UK adds 23 firms to sanctions list"  # type="html" title, tags gone
    assert uk.published == "2025-09-14"
    assert uk.text == (
        "The UK added 23 firms to its sanctions list.\n\n"
        "A note from the editor: [bold red]urgent[/] stays as written."
    )
    assert eu.published is None  # February 30th is not a date
    assert eu.url == "https://sanctions.example/entries/eu-renewal"
    assert eu.text.endswith("Plain text: a < b stays.")  # type="text" is not parsed as HTML


def test_feed_published_argument_fills_only_undated_entries() -> None:
    uk, eu = read_path(FIXTURES / "sanctions-monitor.atom", published="2025-09-01")
    assert (uk.published, eu.published) == ("2025-09-14", "2025-09-01")


def test_feed_is_sniffed_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    shutil.copy(FIXTURES / "trade-desk.rss", path)
    assert len(read_path(path)) == 3


def test_malformed_feed_fails_with_the_parser_reason() -> None:
    path = FIXTURES / "broken-feed.xml"
    reason = failure_of(path).reason
    assert reason.startswith("malformed feed: ")
    assert "at line 6" in reason


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = write(tmp_path / "config.xml", '<?xml version="1.0"?><config><a>1</a></config>')
    assert failure_of(path).reason.startswith("not an RSS or Atom feed")


# --- bad inputs ----------------------------------------------------------------------


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert failure_of(path).reason == ("binary file, not text; import .txt, .md, .html or a feed")


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", b"Tariffs rise\n\nCaf" + b"\xe9 owners\n")
    assert failure_of(path).reason == "not valid UTF-8 at byte 17; re-save it as UTF-8"


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n", b"\x1b[0m\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "empty.txt", content)
    assert failure_of(path).reason == "empty file, nothing to import"


def test_missing_path(tmp_path: Path) -> None:
    assert failure_of(tmp_path / "nope.txt").reason == "no such file; check the path"


def test_folder_given_to_read_path(tmp_path: Path) -> None:
    assert "a folder, not a file" in failure_of(tmp_path).reason


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod cannot stop root (CI runs as root), so the OS refusal is simulated.
    path = write(tmp_path / "locked.txt", "Locked\n\nText.")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert failure_of(path).reason == "permission denied; check the file's permissions"


def test_unsupported_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "report.pdf", b"%PDF-1.7\n")
    assert failure_of(path).reason.startswith("unsupported file type .pdf; import .txt, .md")


def test_bad_published_argument(tmp_path: Path) -> None:
    with pytest.raises(BadDate, match='bad date "2025-13-45"'):
        read_path(FIXTURES / "madrid-trade-talks.txt", published="2025-13-45")
    progress: list[object] = []
    # import_paths refuses at once, before reading (or reporting on) any file.
    with pytest.raises(BadDate):
        import_paths([FIXTURES], published="2025-13-45", on_progress=lambda *a: progress.append(a))
    assert progress == []


def test_file_name_with_escapes_prints_safely(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[2Jname\n.txt"
    failure = ImportFailure(path, "no such file; check the path")
    assert "\x1b" not in str(failure) and "\n" not in str(failure)
    assert failure.path == path


# --- many files ----------------------------------------------------------------------


def make_mixed_folder(root: Path) -> list[str]:
    """Good files, bad files (returned), and files an import should not even look at."""
    for name, fixture in [
        ("a.txt", "eu-steel-safeguard.txt"),
        ("b.md", "sanctions-note.md"),
        ("sub/c.html", "ebike-probe.html"),
        ("sub/deeper/d.rss", "trade-desk.rss"),
        ("sub/broken.xml", "broken-feed.xml"),
    ]:
        write(root / name, (FIXTURES / fixture).read_bytes())
    write(root / "binary.txt", b"\x00\x01\x02" * 100)
    write(root / "empty.md", b"")
    write(root / "latin1.txt", b"Caf\xe9\n")
    write(root / ".hidden.txt", "Hidden\n\nNot for import.")
    write(root / ".git/HEAD.txt", "ref: refs/heads/main")
    write(root / "photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100))
    write(root / "notes.docx", b"PK\x03\x04")
    return ["binary.txt", "empty.md", "latin1.txt", "sub/broken.xml"]


def test_folder_of_mixed_files(tmp_path: Path) -> None:
    bad_files = make_mixed_folder(tmp_path)
    calls: list[tuple[int, int, Path]] = []
    results = list(import_paths([tmp_path], on_progress=lambda *call: calls.append(call)))
    drafts = [r for r in results if isinstance(r, ArticleDraft)]
    failures = [r for r in results if isinstance(r, ImportFailure)]

    assert sorted(d.origin.relative_to(tmp_path).as_posix() for d in drafts) == sorted(
        ["a.txt", "b.md", "sub/c.html"] + ["sub/deeper/d.rss"] * 3
    )
    reported = [f.path.relative_to(tmp_path).as_posix() for f in failures]
    assert sorted(reported) == bad_files  # each bad file exactly once
    reasons = {f.path.name: f.reason for f in failures}
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["empty.md"] == "empty file, nothing to import"
    assert reasons["latin1.txt"].startswith("not valid UTF-8 at byte 3")
    assert reasons["broken.xml"].startswith("malformed feed")

    assert [done for done, _, _ in calls] == list(range(1, 9))
    assert {total for _, total, _ in calls} == {8}


def test_discover_walks_in_sorted_order_and_skips_quietly(tmp_path: Path) -> None:
    make_mixed_folder(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == [
        "a.txt", "b.md", "binary.txt", "empty.md", "latin1.txt",
        "sub/broken.xml", "sub/c.html", "sub/deeper/d.rss",
    ]  # fmt: skip


def test_missing_top_level_path_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    missing = tmp_path / "missing-folder"
    results = list(import_paths([missing, FIXTURES / "madrid-trade-talks.txt"]))
    assert isinstance(results[0], ImportFailure)
    assert results[0].path == missing
    assert results[0].reason == "no such file or folder; check the path"
    assert isinstance(results[1], ArticleDraft)


def test_a_file_given_twice_is_imported_once(tmp_path: Path) -> None:
    path = FIXTURES / "madrid-trade-talks.txt"
    assert list(discover([path, FIXTURES, str(path)])).count(path) == 1


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    write(tmp_path / "news/a.txt", "Headline\n\nBody.")
    (tmp_path / "news/loop").symlink_to(tmp_path / "news", target_is_directory=True)
    assert list(discover([tmp_path])) == [tmp_path / "news/a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    [failure] = list(import_paths([tmp_path]))
    assert isinstance(failure, ImportFailure)
    assert failure.reason.startswith("not a regular file")


def test_explicit_file_of_unsupported_type_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0")
    [failure] = list(import_paths([path]))
    assert isinstance(failure, ImportFailure)
    assert failure.reason.startswith("unsupported file type .jpg")


def test_a_crash_in_one_file_does_not_stop_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(importer.trafilatura, "bare_extraction", explode)
    monkeypatch.setattr(importer.feedparser, "parse", explode)
    results = list(import_paths([FIXTURES]))
    failures = {r.path.name: r.reason for r in results if isinstance(r, ImportFailure)}
    assert "extractor bug" in failures["ebike-probe.html"]
    assert "extractor bug" in failures["trade-desk.rss"]
    titles = {r.title for r in results if isinstance(r, ArticleDraft)}
    assert {"Madrid trade talks", "UK sanctions 23 firms over drone parts"} <= titles


# --- drafts to articles --------------------------------------------------------------


def test_to_article_normalizes_and_ids_by_content() -> None:
    draft = ArticleDraft(
        title="  \x1b[1mEU\x1b[0m steel\nsafeguard ",
        text="Line one.\r\nCafe\u0301 line two.\x07\r\n",
        source=" Policy Wire\t",
        url=" https://policywire.example/x \n",
        published="14 September 2025",
    )
    article = to_article(draft, imported_at=NOW)
    assert article.title == "EU steel safeguard"
    assert article.text == "Line one.\nCaf\u00e9 line two."
    assert article.source == "Policy Wire"
    assert article.url == "https://policywire.example/x"
    assert article.published == "2025-09-14"
    assert article.imported_at == NOW
    assert article.id == article_id(article.text) == article_id(draft.text)
    # The same article saved with Unix line endings is the same article.
    same = to_article(ArticleDraft("Other title", "Line one.\nCaf\u00e9 line two."), NOW)
    assert same.id == article.id


def test_to_article_refuses_an_empty_text() -> None:
    draft = ArticleDraft(title="Only a title", text="\x1b[0m \n\x07", origin=Path("x.txt"))
    with pytest.raises(ImportFailure, match="nothing to import"):
        to_article(draft, NOW)


def test_to_article_without_title_uses_the_first_line() -> None:
    article = to_article(ArticleDraft(title="", text="Tariffs rise.\nMore text."), NOW)
    assert article.title == "Tariffs rise."


@pytest.mark.slow
def test_fifty_megabyte_text_file_is_refused_and_still_normalizes_linearly(
        tmp_path: Path) -> None:
    paragraph = (
        "The Commission said the safeguard on steel imports would stay in place until "
        "June 2026, with quotas cut by 15% and a 25% duty above them.\r\n\r\n"
    )
    path = tmp_path / "huge.txt"
    chunk = (paragraph * 1000).encode()
    chunks = 50 * 1024 * 1024 // len(chunk) + 1
    with path.open("wb") as handle:
        handle.write(b"A very long report on steel\r\n\r\n")
        for _ in range(chunks):
            handle.write(chunk)
    assert path.stat().st_size > 50 * 1024 * 1024

    # Far over the longest article the engine takes: refused at once, with the reason.
    [failure] = list(import_paths([path]))
    assert isinstance(failure, ImportFailure)
    assert "too long for one article" in str(failure)
    # normalize_text stays linear on such a text: each CRLF becomes one "\n", nothing lost.
    text = normalize_text(path.read_text(encoding="utf-8"))
    assert "\r" not in text
    one_chunk = (paragraph * 1000).replace("\r\n", "\n")
    assert len(text) == len("A very long report on steel\n\n") + chunks * len(one_chunk) - 2
    assert text.endswith("above them.")
