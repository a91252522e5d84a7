"""From files to articles: the text cleaning every article gets, the walk over folders
(each file once, bad ones reported, the rest imported), and drafts made articles."""

from __future__ import annotations

import os
from pathlib import Path

import feedparser
import pytest
import trafilatura
from hypothesis import given
from hypothesis import strategies as st
from support import write_file as write

from newsdesk.analysis.text import one_line
from newsdesk.store.importer import (
    ArticleDraft,
    ImportFailure,
    discover,
    import_paths,
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

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    monkeypatch.setattr(feedparser, "parse", explode)
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
