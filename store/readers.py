"""The readers of each format: one file's text (or, for a feed, bytes) -> article drafts.

Plain text (a headline, else a title from the file name), Markdown (YAML front matter,
an ATX heading), HTML (trafilatura finds the article in the page) and RSS/Atom feeds
(feedparser; one draft per entry). Each reader raises `ImportFailure` with a reason a
reader can act on. importer.py decides which reader a file gets and hands it the file's
contents, checked and decoded; these know only their own format.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import trafilatura
import yaml
from trafilatura.metadata import Document as TrafilaturaDocument

from newsdesk.analysis.text import one_line, shorten
from newsdesk.store.drafts import (
    WHAT_TO_IMPORT,
    ArticleDraft,
    BadDate,
    ImportFailure,
    date_or_none,
    file_key,
    parse_date,
)
from newsdesk.store.normalize import element_text, html_to_text, normalize_text

# trafilatura logs through `logging`; unconfigured, its warnings would print raw (and
# garble the TUI). Errors the user must see are reported by us. Set where it is imported,
# so a command that never reads a page does not load `logging` (10 ms).
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

# --- plain text ----------------------------------------------------------------------

_HEADLINE_MAX_CHARS = 150
_DATED_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})[-_ .]+(.+)")


def read_text(path: Path, text: str, fallback: str | None) -> ArticleDraft:
    """A text file's draft: its first line is the title if it reads as a headline."""
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
    if match and (day := date_or_none(match[1])):
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
_ATX_HEADING = re.compile(r"#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?")  # any level


def read_markdown(path: Path, text: str, fallback: str | None) -> ArticleDraft:
    """A Markdown file's draft: title, date, source and url from the front matter; with no
    `title:` there, the first heading, else the first line."""
    meta, body = _split_front_matter(path, text)
    title = _field(path, meta, "title")
    body = body.lstrip("\n")
    first, _, rest = body.partition("\n")
    heading = _ATX_TITLE.fullmatch(first)
    if heading and (not title or one_line(heading[1]) == one_line(title)):
        title, body = title or heading[1], rest.lstrip("\n")
    if not body.strip():
        raise ImportFailure(path, "no text after the front matter, nothing to import")
    if not title:
        title = _first_heading(body) or shorten(one_line(body.strip().partition("\n")[0]), 80)
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


def _first_heading(body: str) -> str | None:
    """The text of the first ATX heading ("## Tariffs rise") in the body, if any."""
    for line in body.split("\n"):
        heading = _ATX_HEADING.fullmatch(line)
        if heading:
            return one_line(heading[1]) or None
    return None


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


def read_html(path: Path | str, html: str, fallback: str | None) -> ArticleDraft:
    """The article trafilatura finds in an HTML page, with the page's metadata; `path` is
    the file it came from, or (a str) the URL it was fetched from."""
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
    name_title, name_date = _from_file_name(path) if isinstance(path, Path) else (None, None)
    return ArticleDraft(
        title=title or name_title or "",
        text=text,
        source=doc.sitename or doc.hostname,
        url=doc.url,
        published=date_or_none(doc.date) or name_date or fallback,
        origin=path if isinstance(path, Path) else None,
    )


# --- feeds ---------------------------------------------------------------------------


def read_feed(path: Path | str, data: bytes, fallback: str | None) -> list[ArticleDraft]:
    """One draft per entry; feedparser honours the feed's declared encoding. `path` is the
    file it came from, or (a str) the URL it was fetched from."""
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
        raise ImportFailure(path, f"not an RSS or Atom feed; {WHAT_TO_IMPORT}")
    raise ImportFailure(path, "feed has no entries, nothing to import")


def _entry_draft(
    path: Path | str, entry: dict[str, Any], feed: dict[str, Any], fallback: str | None
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
        title=title or shorten(text.partition("\n")[0], 80),
        text=text or title,  # a headlines-only feed still gives the headline
        source=one_line(source or "") or None,
        url=_entry_link(entry.get("link"), feed.get("link")),
        # An unreadable date is an unknown date: the entry is kept, the date is not.
        published=date_or_none(raw_date) or fallback,
        origin=path if isinstance(path, Path) else None,
        key=_entry_key(path, entry),
    )


def _entry_key(path: Path | str, entry: dict[str, Any]) -> str | None:
    """A feed item's lasting identity: its guid (feedparser's id), else its link."""
    ident = entry.get("id") or entry.get("link")
    if not isinstance(ident, str) or not ident.strip():
        return None
    feed = (file_key(path) or str(path)) if isinstance(path, Path) else path
    return f"feed:{feed.removeprefix('file:')}#{ident.strip()}"


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
    return shorten(one_line(str(exc)), 80) or type(exc).__name__

