"""Read articles from text, Markdown and HTML files and RSS/Atom feeds.

Pure functions over files: nothing here touches the store. The CLI walks the paths
with `import_paths`, turns each `ArticleDraft` into an `Article` with `to_article`
and shows each `ImportFailure` as one line, so one bad file never stops the others.

This module finds the files, refuses what is not an article (a folder, a pipe, a binary
or oversized file), decodes the text and hands it to the reader of its format
(readers.py); the drafts, failures and dates they share are in drafts.py.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import trafilatura

from newsdesk.store.drafts import (
    MAX_ARTICLE_CHARS,
    WHAT_TO_IMPORT,
    ArticleDraft,
    BadDate,
    ImportFailure,
    parse_date,
    to_article,
    too_long,
)
from newsdesk.store.normalize import bom_codec, declared_charset, looks_binary, normalize_text
from newsdesk.store.readers import read_feed, read_html, read_markdown, read_text

# ArticleDraft, BadDate, ImportFailure, parse_date, to_article and MAX_ARTICLE_CHARS live in
# drafts.py; the app, the CLI, the tests and the benchmarks import them from here.
__all__ = [
    "MAX_ARTICLE_CHARS",
    "SUPPORTED_SUFFIXES",
    "ArticleDraft",
    "BadDate",
    "ImportFailure",
    "ProgressCallback",
    "discover",
    "import_paths",
    "parse_date",
    "read_path",
    "to_article",
]

TEXT_SUFFIXES = frozenset({".txt"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES

# Guards against importing a disk image by mistake; far above any real article.
MAX_FILE_BYTES = 256 * 1024 * 1024
# trafilatura silently returns nothing for pages above its own limit; say so instead.
MAX_HTML_BYTES = trafilatura.settings.DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE")

_BINARY = "binary file, not text; import .txt, .md, .html or a feed"
_EMPTY = "empty file, nothing to import"
_SNIFF_BYTES = 4096

ProgressCallback = Callable[[int, int, Path], None]
"""`on_progress(done, total, path)`: called after each file is read."""


# --- one file ------------------------------------------------------------------------


def read_path(path: Path, *, published: str | None = None) -> list[ArticleDraft]:
    """Read the articles in one file (a feed gives one per entry); raise `ImportFailure`.

    `published` is the date for articles whose file gives none of its own; a value
    that is not a date raises `BadDate` (the caller's mistake, not the file's).
    """
    path = Path(path)
    fallback = parse_date(published) if published is not None else None
    with _reading(path):
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise ImportFailure(path, "a folder, not a file; import the folder to read its files")
        if not stat.S_ISREG(mode):
            # A FIFO would block the import forever; devices are never articles.
            raise ImportFailure(path, "not a regular file (a pipe, socket or device)")
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            kind = _kind(path, head)
            if kind is None:
                suffix = path.suffix or "(no extension)"
                raise ImportFailure(path, f"unsupported file type {suffix}; {WHAT_TO_IMPORT}")
            if kind in ("text", "markdown"):
                size = os.fstat(handle.fileno()).st_size
                if size > 4 * MAX_ARTICLE_CHARS:  # 4 bytes a character at most in UTF-8
                    raise ImportFailure(path, too_long(size, unit="bytes"))
            handle.seek(0)  # one read into one buffer: no concatenated copy of a big file
            data = handle.read(MAX_FILE_BYTES + 1)
    if not data:
        raise ImportFailure(path, _EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailure(path, f"file too large (over {MAX_FILE_BYTES >> 20} MB)")
    if not bom_codec(data) and looks_binary(data):
        raise ImportFailure(path, _BINARY)
    if kind == "feed":
        return read_feed(path, data, fallback)
    if kind == "html":
        if len(data) > MAX_HTML_BYTES:
            raise ImportFailure(
                path,
                f"HTML file too large to extract (over {MAX_HTML_BYTES // 10**6} MB); "
                "save the article's text as .txt instead",
            )
        draft = read_html(path, _decode(path, data, declared=True), fallback)
        if len(draft.text) > MAX_ARTICLE_CHARS:
            raise ImportFailure(path, too_long(len(draft.text)))
        return [draft]
    text = _decode(path, data, declared=False)
    del data  # the bytes of a big file are not needed while its text is cleaned
    text = normalize_text(text)
    if not text:
        raise ImportFailure(path, _EMPTY)
    if len(text) > MAX_ARTICLE_CHARS:
        raise ImportFailure(path, too_long(len(text)))
    if kind == "markdown":
        return [read_markdown(path, text, fallback)]
    return [read_text(path, text, fallback)]


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn the OS's errors into one-line reasons a reader can act on."""
    try:
        yield
    except FileNotFoundError:
        if path.is_symlink():
            raise ImportFailure(path, "broken link: the file it points to is missing") from None
        raise ImportFailure(path, "no such file; check the path") from None
    except PermissionError:
        raise ImportFailure(path, "permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise ImportFailure(
            path, "a folder, not a file; import the folder to read its files"
        ) from None
    except OSError as exc:
        raise ImportFailure(path, f"cannot read it: {exc.strerror or exc}") from None


_FEED_PROLOGUE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<([A-Za-z_][\w.:-]*)",
    re.DOTALL,
)
_FEED_ROOTS = frozenset({b"rss", b"feed", b"rdf"})
_KIND_BY_SUFFIX = {
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
    **dict.fromkeys(MARKDOWN_SUFFIXES, "markdown"),
    **dict.fromkeys(HTML_SUFFIXES, "html"),
}


def _kind(path: Path, head: bytes) -> str | None:
    """The file's kind (text, markdown, html, feed; None if unsupported): suffix or content."""
    suffix = path.suffix.lower()
    match = _FEED_PROLOGUE.match(head)
    # A feed saved as "feed.php", "index.html" or with no extension is still a feed.
    if suffix in FEED_SUFFIXES or (match and match[1].split(b":")[-1].lower() in _FEED_ROOTS):
        return "feed"
    return _KIND_BY_SUFFIX.get(suffix)


# --- decoding ------------------------------------------------------------------------


def decode_page(url: str, data: bytes, charset: str | None) -> str:
    """A fetched page's text: by the charset its server gave, else as a file is decoded
    (BOM, the page's declared charset, strict UTF-8); ImportFailure naming the URL."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a server's wrong label: the page's own say is next
    return _decode(url, data, declared=True)


def _decode(path: Path | str, data: bytes, *, declared: bool) -> str:
    """Decode by BOM, else (HTML) the declared charset, else strict UTF-8."""
    found = bom_codec(data)
    skip, codec = found or (0, "utf-8")
    if declared and not found:
        try:
            codec = declared_charset(data[:_SNIFF_BYTES]) or codec
        except LookupError as exc:
            reason = f"declares an unknown charset {exc}; re-save it as UTF-8"
            raise ImportFailure(path, reason) from None
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        if codec == "utf-8":
            reason = f"not valid UTF-8 at byte {offset}; re-save it as UTF-8"
        else:
            reason = f"not valid {codec} (as it declares) at byte {offset}; re-save it as UTF-8"
        raise ImportFailure(path, reason) from None


# --- many files ----------------------------------------------------------------------


def discover(paths: Iterable[Path | str]) -> Iterator[Path | ImportFailure]:
    """Files to import: files as given, folders walked (sorted, recursively).

    Inside folders, hidden entries and files of other types are skipped silently; a
    path given that does not exist is reported. Each file is yielded once, however
    many times it is reached (twice on the command line, through a symlink, ...).
    """
    seen_files: set[str] = set()
    seen_folders: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:
            yield ImportFailure(path, f"cannot reach it: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(path, seen_files, seen_folders)
        elif not exists:
            yield ImportFailure(path, "no such file or folder; check the path")
        elif _first_time(path, seen_files):
            yield path


def _walk(
    folder: Path, seen_files: set[str], seen_folders: set[tuple[int, int]]
) -> Iterator[Path | ImportFailure]:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen_folders:
            return  # a symlink loop, or a folder given twice
        seen_folders.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except PermissionError:
        yield ImportFailure(folder, "permission denied; cannot list this folder")
        return
    except OSError as exc:
        yield ImportFailure(folder, f"cannot list this folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks; loops are caught above
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen_files, seen_folders)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES and _first_time(path, seen_files):
            yield path


def _first_time(path: Path, seen: set[str]) -> bool:
    key = os.path.realpath(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def import_paths(
    paths: Iterable[Path | str],
    *,
    published: str | None = None,
    on_progress: ProgressCallback | None = None,
) -> Iterator[ArticleDraft | ImportFailure]:
    """Drafts and failures for every file under `paths`, in order; never stops early.

    A bad `published` raises `BadDate` here, at the call, rather than once per file.
    `on_progress(done, total, path)` is called after each file has been read.
    """
    fallback = parse_date(published) if published is not None else None
    return _import(paths, fallback, on_progress)


def _import(
    paths: Iterable[Path | str], published: str | None, on_progress: ProgressCallback | None
) -> Iterator[ArticleDraft | ImportFailure]:
    found = list(discover(paths))  # listed first, so progress can show a total
    total = sum(isinstance(item, Path) for item in found)
    done = 0
    for item in found:
        if isinstance(item, ImportFailure):
            yield item
            continue
        results: list[ArticleDraft] | list[ImportFailure]
        try:
            results = read_path(item, published=published)
        except ImportFailure as failure:
            results = [failure]
        except Exception as exc:  # a parser's bug on one file must not stop the others
            reason = f"unexpected error ({type(exc).__name__}: {exc}); please report it"
            results = [ImportFailure(item, reason)]
        done += 1
        if on_progress is not None:
            on_progress(done, total, item)
        yield from results
