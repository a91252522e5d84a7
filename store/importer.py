"""Read articles from text, Markdown and HTML files and RSS/Atom feeds.

Pure functions over files: nothing here touches the store. The CLI walks the paths
with `import_paths`, turns each `ArticleDraft` into an `Article` with `to_article`
and shows each `ImportFailure` as one line, so one bad file never stops the others.
"""

from __future__ import annotations

import email.utils
import io
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import arrow
import feedparser
import trafilatura
import yaml
from trafilatura.metadata import Document as TrafilaturaDocument

from newsdesk.analysis.text import one_line
from newsdesk.store.normalize import (
    _digest,
    bom_codec,
    declared_charset,
    element_text,
    html_to_text,
    looks_binary,
    normalize_text,
)
from newsdesk.store.records import Article

__all__ = [
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
# The longest article newsdesk takes, in characters of cleaned text (~330,000 words: far
# beyond any news story or report). The engine's actor linking grows faster than the
# text (a 10 MB file took 6 minutes and 700 MB to import), so a larger file is refused
# at once, with a reason, rather than left to look like a hang.
MAX_ARTICLE_CHARS = 2_000_000

_WHAT_TO_IMPORT = "import .txt, .md, .html or a feed (.xml, .rss, .atom)"
_BINARY = "binary file, not text; import .txt, .md, .html or a feed"
_EMPTY = "empty file, nothing to import"
_SNIFF_BYTES = 4096

ProgressCallback = Callable[[int, int, Path], None]
"""`on_progress(done, total, path)`: called after each file is read."""


# --- errors and records --------------------------------------------------------------


class BadDate(ValueError):
    """A date we cannot read; the message is one line and says what to write instead."""

    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__(f'bad date "{_shorten(one_line(str(value)), 40)}": use YYYY-MM-DD')


class ImportFailure(Exception):
    """One file (or folder) that could not be imported, and why, in one line."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = path
        self.reason = one_line(reason)
        # The path is cleaned for display too: a file name can carry terminal escapes.
        super().__init__(f"{one_line(str(path)) or repr(str(path))}: {self.reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason))


@dataclass(slots=True)
class ArticleDraft:
    """An article as read from a file, before normalization and id; see `to_article`."""

    title: str
    text: str
    source: str | None = None
    url: str | None = None
    published: str | None = None  # "YYYY-MM-DD"
    origin: Path | None = None  # the file it came from, for messages


def to_article(draft: ArticleDraft, imported_at: str) -> Article:
    """Normalize a draft into an `Article` whose id is the hash of its stored text."""
    text = normalize_text(draft.text)
    if not text:
        where = draft.origin if draft.origin is not None else "<article>"
        raise ImportFailure(where, "no text left after cleaning, nothing to import")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ImportFailure(draft.origin if draft.origin is not None else "<article>",
                            _too_long(len(text)))
    title = one_line(draft.title) or _shorten(text.partition("\n")[0], 80)
    return Article(
        id=_digest(text),
        title=title,
        text=text,
        source=one_line(draft.source or "") or None,
        url=one_line(draft.url or "") or None,
        published=parse_date(draft.published) if draft.published else None,
        imported_at=imported_at,
    )


# --- dates ---------------------------------------------------------------------------

# Common human forms; arrow's English locale knows the month and day names.
_DATE_FORMATS = [
    "D MMMM YYYY", "D MMM YYYY", "Do MMMM YYYY", "Do MMM YYYY",
    "MMMM D, YYYY", "MMM D, YYYY", "MMMM D YYYY", "MMM D YYYY", "MMMM Do, YYYY",
    "dddd, D MMMM YYYY", "dddd D MMMM YYYY", "dddd, MMMM D, YYYY", "ddd, D MMM YYYY",
    "YYYY/MM/DD", "YYYY/M/D", "YYYY.MM.DD", "DD.MM.YYYY",
]  # fmt: skip
_ABBREVIATION_DOT = re.compile(r"(?<=[A-Za-z])\.")  # "Sep. 14" -> "Sep 14"
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)  # AP style; arrow only knows "Sep"


def parse_date(value: str) -> str:
    """Read a publication date and return it as "YYYY-MM-DD", or raise `BadDate`.

    Accepts ISO 8601 dates and datetimes, RFC 2822 (feeds, mail) and forms such as
    "14 September 2025" or "Sep. 14, 2025". A datetime keeps the date as written in
    its own time zone: that is the day the article's "on Tuesday" is counted from.
    Numeric day/month forms like "09/10/2025" are refused: they are ambiguous.
    """
    text = " ".join(str(value).split())
    if not text:
        raise BadDate(value)
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    words = _SEPT.sub("Sep", _ABBREVIATION_DOT.sub("", text))
    try:
        return arrow.get(words, _DATE_FORMATS, locale="en").date().isoformat()
    except (ValueError, OverflowError):  # arrow's ParserError is a ValueError
        pass
    raise BadDate(value)


def _date_or_none(value: object) -> str | None:
    """A date from metadata we do not control: unreadable means unknown, not an error."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_date(value)
    except BadDate:
        return None


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
                raise ImportFailure(path, f"unsupported file type {suffix}; {_WHAT_TO_IMPORT}")
            if kind in ("text", "markdown"):
                size = os.fstat(handle.fileno()).st_size
                if size > 4 * MAX_ARTICLE_CHARS:  # 4 bytes a character at most in UTF-8
                    raise ImportFailure(path, _too_long(size, unit="bytes"))
            handle.seek(0)  # one read into one buffer: no concatenated copy of a big file
            data = handle.read(MAX_FILE_BYTES + 1)
    if not data:
        raise ImportFailure(path, _EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailure(path, f"file too large (over {MAX_FILE_BYTES >> 20} MB)")
    if not bom_codec(data) and looks_binary(data):
        raise ImportFailure(path, _BINARY)
    if kind == "feed":
        return _read_feed(path, data, fallback)
    if kind == "html":
        if len(data) > MAX_HTML_BYTES:
            raise ImportFailure(
                path,
                f"HTML file too large to extract (over {MAX_HTML_BYTES // 10**6} MB); "
                "save the article's text as .txt instead",
            )
        draft = _read_html(path, _decode(path, data, declared=True), fallback)
        if len(draft.text) > MAX_ARTICLE_CHARS:
            raise ImportFailure(path, _too_long(len(draft.text)))
        return [draft]
    text = _decode(path, data, declared=False)
    del data  # the bytes of a big file are not needed while its text is cleaned
    text = normalize_text(text)
    if not text:
        raise ImportFailure(path, _EMPTY)
    if len(text) > MAX_ARTICLE_CHARS:
        raise ImportFailure(path, _too_long(len(text)))
    if kind == "markdown":
        return [_read_markdown(path, text, fallback)]
    return [_read_text(path, text, fallback)]


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


def _decode(path: Path, data: bytes, *, declared: bool) -> str:
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


# --- plain text ----------------------------------------------------------------------

_HEADLINE_MAX_CHARS = 150
_DATED_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})[-_ .]+(.+)")


def _read_text(path: Path, text: str, fallback: str | None) -> ArticleDraft:
    name_title, name_date = _from_file_name(path)
    headline, body = _split_headline(text)
    return ArticleDraft(
        title=headline or name_title,
        text=body,
        published=name_date or fallback,
        origin=path,
    )


def _split_headline(text: str) -> tuple[str | None, str]:
    """Split off the first line when it reads as a headline; else (None, text).

    A headline is short, has letters, and does not end like a sentence or a clause.
    When the next line starts in lower case the first line is a hard-wrapped sentence.
    """
    first, _, rest = text.partition("\n")
    head = first.strip()
    if (
        not rest  # a one-line file is all body
        or len(head) > _HEADLINE_MAX_CHARS
        or head.endswith((".", ",", ";", ":", "-"))
        or not any(c.isalpha() for c in head)
        or rest[:1].islower()
    ):
        return None, text
    return head, rest.lstrip("\n")


def _from_file_name(path: Path) -> tuple[str, str | None]:
    """Title and date from a name like "2025-09-14-madrid-trade-talks.txt"."""
    stem, day = path.stem, None
    match = _DATED_NAME.fullmatch(stem)
    if match and (day := _date_or_none(match[1])):
        stem = match[2]
    title = one_line(re.sub(r"[-_]+", " ", stem)) or path.stem
    return title[:1].upper() + title[1:], day


# --- Markdown ------------------------------------------------------------------------


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so `parse_date` reads (or rejects) them."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FENCE = re.compile(r"^(?:---|\.\.\.)$", re.MULTILINE)
_ATX_TITLE = re.compile(r"#[ \t]+(.+?)(?:[ \t]+#+)?")


def _read_markdown(path: Path, text: str, fallback: str | None) -> ArticleDraft:
    meta, body = _split_front_matter(path, text)
    title = _field(path, meta, "title")
    body = body.lstrip("\n")
    first, _, rest = body.partition("\n")
    heading = _ATX_TITLE.fullmatch(first)
    if heading and (not title or one_line(heading[1]) == one_line(title)):
        title, body = title or heading[1], rest.lstrip("\n")
    if not body.strip():
        raise ImportFailure(path, "no text after the front matter, nothing to import")
    name_title, name_date = _from_file_name(path)
    published = name_date or fallback
    for key in ("published", "date"):  # "date" is what Jekyll and Hugo write
        raw = _field(path, meta, key)
        if raw is not None:
            try:
                published = parse_date(raw)
            except BadDate as exc:
                raise ImportFailure(path, f'front matter "{key}": {exc}') from None
            break
    return ArticleDraft(
        title=title or name_title,
        text=body,
        source=_field(path, meta, "source"),
        url=_field(path, meta, "url"),
        published=published,
        origin=path,
    )


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """YAML between a first line "---" and the next "---" (or "...") line, and the rest."""
    if not text.startswith("---\n"):
        return {}, text
    end = _FENCE.search(text, 4)
    if end is None:
        raise ImportFailure(path, "front matter has no closing --- line; add one after it")
    try:
        # A SafeLoader subclass: builds plain data only, never arbitrary objects.
        meta = yaml.load(text[4 : end.start()], Loader=_FrontMatterLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""  # +1 for "---"
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ImportFailure(
            path, f"bad front matter{where}: {problem}; fix the YAML between the --- lines"
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ImportFailure(path, "bad front matter: expected 'field: value' lines")
    return meta, text[end.end() :]


def _field(path: Path, meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, dict | list):
        raise ImportFailure(path, f'front matter "{key}": expected text, not a list or mapping')
    return str(value)


# --- HTML ----------------------------------------------------------------------------

# Metadata dates only: htmldate's "extensive search" guesses from copyright lines and
# the like, which is worse than admitting the date is unknown.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _read_html(path: Path, html: str, fallback: str | None) -> ArticleDraft:
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # a heuristic engine's failure is this file's failure
        raise ImportFailure(path, f"could not extract text from the HTML ({exc})") from None
    if not isinstance(doc, TrafilaturaDocument):  # None: nothing found (a dict: never asked)
        raise ImportFailure(path, "no article text found in the HTML")
    text = element_text(doc.body) if doc.body is not None else normalize_text(doc.text or "")
    title = one_line(doc.title or "")
    first, _, rest = text.partition("\n\n")
    if title and rest and one_line(first).casefold() == title.casefold():
        text = rest  # the page's <h1> repeats the title; a .txt headline is not kept either
    if not text:
        raise ImportFailure(path, "no article text found in the HTML")
    name_title, name_date = _from_file_name(path)
    return ArticleDraft(
        title=title or name_title,
        text=text,
        source=doc.sitename or doc.hostname,
        url=doc.url,
        published=_date_or_none(doc.date) or name_date or fallback,
        origin=path,
    )


# --- feeds ---------------------------------------------------------------------------


def _read_feed(path: Path, data: bytes, fallback: str | None) -> list[ArticleDraft]:
    """One draft per entry; feedparser honours the feed's declared encoding."""
    try:
        # A stream, never a str: feedparser would treat a str as a URL or a file name.
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    except Exception as exc:  # feedparser is lenient; anything it raises is this file's fault
        raise ImportFailure(path, f"could not read the feed ({exc})") from None
    feed = parsed.get("feed", {})
    drafts = [
        draft
        for entry in parsed.get("entries", [])
        if (draft := _entry_draft(path, entry, feed, fallback)) is not None
    ]
    if drafts:
        return drafts  # like feed readers, keep what a slightly broken feed still gives
    if parsed.get("bozo"):
        reason = _describe_feed_error(parsed.get("bozo_exception"))
        raise ImportFailure(path, f"malformed feed: {reason}; fix it or download it again")
    if not parsed.get("version"):
        raise ImportFailure(path, f"not an RSS or Atom feed; {_WHAT_TO_IMPORT}")
    raise ImportFailure(path, "feed has no entries, nothing to import")


def _entry_draft(
    path: Path, entry: dict[str, Any], feed: dict[str, Any], fallback: str | None
) -> ArticleDraft | None:
    title = one_line(_detail_text(entry.get("title_detail"), entry.get("title")))
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    detail = contents[0] if contents else entry.get("summary_detail")
    text = _detail_text(detail, entry.get("summary"))
    if not text and not title:
        return None  # nothing a reader could use (what a truncated feed leaves behind)
    raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
    source = (entry.get("source") or {}).get("title") or feed.get("title")
    return ArticleDraft(
        title=title or _shorten(text.partition("\n")[0], 80),
        text=text or title,  # a headlines-only feed still gives the headline
        source=one_line(source or "") or None,
        url=_entry_link(entry.get("link"), feed.get("link")),
        # An unreadable date is an unknown date: the entry is kept, the date is not.
        published=_date_or_none(raw_date) or fallback,
        origin=path,
    )


def _detail_text(detail: dict[str, Any] | None, value: object) -> str:
    """Text of a feedparser text construct: HTML types are parsed, plain text is kept."""
    if detail:
        value = detail.get("value")
    if not isinstance(value, str):
        return ""
    kind = (detail or {}).get("type", "text/html")
    return html_to_text(value) if "html" in kind else normalize_text(value)


def _entry_link(link: object, base: object) -> str | None:
    """The entry's link, made absolute against the feed's own link when it is relative."""
    if not isinstance(link, str) or not link.strip():
        return None
    if isinstance(base, str) and not urlsplit(link).scheme and urlsplit(base).scheme:
        return urljoin(base, link)
    return link


def _describe_feed_error(exc: object) -> str:
    if exc is None:
        return "unreadable"
    line = getattr(exc, "getLineNumber", None)
    message = getattr(exc, "getMessage", None)
    if callable(message) and callable(line):
        return f"{message()} at line {line()}"
    return _shorten(one_line(str(exc)), 80) or type(exc).__name__


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


def _too_long(size: int, unit: str = "characters") -> str:
    return (f"too long for one article ({size:,} {unit}; newsdesk takes up to"
            f" {MAX_ARTICLE_CHARS:,} characters); split it into articles")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
