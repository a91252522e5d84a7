"""Importing one file: what a reader sees of a text, Markdown, HTML or feed file after
`newsdesk import`, the dates it understands, and the one-line reason for a file it refuses."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest
from support import write_file as write

from newsdesk.analysis.text import one_line
from newsdesk.store.importer import (
    ArticleDraft,
    BadDate,
    ImportFailure,
    import_paths,
    parse_date,
    read_path,
)

FIXTURES = Path(__file__).parent / "fixtures" / "import"


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


@pytest.mark.parametrize(("text", "title"), [
    ("Some intro line.\n\n## Tariffs rise\nText here.\n", "Tariffs rise"),
    ("---\nsource: Wire\n---\nFirst line of the story here\nMore text.\n",
     "First line of the story here"),
    ("---\ntitle: Given\n---\n# Other heading\nText.\n", "Given"),
])
def test_a_markdown_title_from_front_matter_else_the_first_heading_else_the_first_line(
        tmp_path, text, title):
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    (draft,) = read_path(path)
    assert draft.title == title
