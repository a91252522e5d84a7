"""Feed subscriptions in and out as OPML, the list every feed reader imports and exports.

`read_opml` takes the bytes of an OPML 1.0 or 2.0 file from any reader: each `<outline>`
with an `xmlUrl` is a feed; the outlines around it are folders, and each folder's name
becomes a tag of the feeds inside, as does each name in a feed's own `category`. What
cannot be taken (a feed that is not http or https, a link that is not a feed) is reported
as one line per outline, so one odd entry never stops the others.

`write_opml` writes OPML 2.0 that any reader can import, and that `read_opml` reads back
to the same feeds: one folder per feed's first tag, and every tag in `category`.

The file is untrusted. It is parsed with no DTD, no entity expansion and no network, and
a file that declares a DOCTYPE (where a billion-laughs bomb or an external entity such as
file:///etc/passwd would live) is refused before the parser sees it. Titles and tags are
cleaned as everything else that enters the store: no terminal escapes or control
characters, one line, a bounded length.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from lxml import etree

from newsdesk.analysis.text import has_unsafe_characters, one_line, shorten

__all__ = [
    "MAX_OPML_BYTES",
    "FeedOutline",
    "OpmlError",
    "OpmlRead",
    "clean_title",
    "feed_url_problem",
    "normalize_tag",
    "read_opml",
    "write_opml",
]

# A list of subscriptions is a few hundred kilobytes at most; anything much larger is
# not one, and is refused before parsing.
MAX_OPML_BYTES = 10_000_000
MAX_TITLE_CHARS = 200
MAX_TAG_CHARS = 64
MAX_URL_CHARS = 2000

# What to tell someone whose file cannot be read.
_EXPORT_AGAIN = "export the subscriptions from your reader as OPML"

# Characters XML 1.0 cannot hold at all (lone surrogates, U+FFFE, U+FFFF); the C0
# controls it cannot hold are removed by one_line already.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
# `category` (OPML 2.0) is a comma-separated list of slash-delimited paths.
_CATEGORY_SEPARATORS = re.compile(r"[,/]")
_TAG_SEPARATORS = {ord(","): " ", ord("/"): " "}
_DOCTYPE = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DOCTYPE_BYTES = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# Byte order marks and the BOM-less starts of "<?xml" in the wide encodings.
_WIDE_STARTS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\0\0\0", "utf-32-le"), (b"\0\0\0<", "utf-32-be"),
    (b"<\0", "utf-16-le"), (b"\0<", "utf-16-be"),
)  # fmt: skip


class OpmlError(ValueError):
    """An OPML file that cannot be read at all; `str()` is one line: the file, then why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = one_line(reason)
        # The name is cleaned for display too: a file name can carry terminal escapes.
        super().__init__(f"{one_line(source) or repr(source)}: {self.reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.source, self.reason))


@dataclass(frozen=True)
class FeedOutline:
    """One subscription: the feed's URL, its title, its tags and the site it belongs to."""

    url: str
    title: str | None = None
    tags: tuple[str, ...] = ()
    html_url: str | None = None

    def cleaned(self) -> FeedOutline:
        """This feed as `read_opml` gives it: title and tags cleaned, a bad site link gone.

        `read_opml(write_opml(feeds)).feeds` holds the cleaned feeds (grouped as
        `write_opml` orders them); for feeds read from a file, `cleaned()` changes nothing.
        """
        html_url = (self.html_url or "").strip()
        return replace(
            self, url=self.url.strip(), title=clean_title(self.title or ""),
            tags=_normalize_tags(self.tags),
            html_url=html_url if html_url and feed_url_problem(html_url) is None else None)


@dataclass(frozen=True)
class OpmlRead:
    """The feeds an OPML file lists, and one line for each outline that was not taken."""

    feeds: list[FeedOutline] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


# --- cleaning ----------------------------------------------------------------------------


def clean_title(text: str) -> str | None:
    """A title from a file, safe to show: one line, no escapes or controls, at most 200
    characters; None when nothing is left. Idempotent."""
    title = shorten(one_line(_NOT_XML.sub("", text)), MAX_TITLE_CHARS)
    return title or None


def normalize_tag(text: str) -> str | None:
    """A folder name or category as a tag: lower case, one word (spaces, commas and
    slashes become '-'), no leading '#', at most 64 characters; None when nothing is left.
    Idempotent, so a tag written out reads back unchanged."""
    tag = unicodedata.normalize("NFC", one_line(_NOT_XML.sub("", text)).lower())
    tag = tag.translate(_TAG_SEPARATORS).lstrip("# ")  # one_line leaves only " " as space
    tag = "-".join(tag.split())[:MAX_TAG_CHARS]
    return tag or None


def _normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag normalized, empty ones dropped, the first of each duplicate kept."""
    out: dict[str, None] = {}
    for tag in tags:
        normal = normalize_tag(tag)
        if normal is not None:
            out.setdefault(normal)
    return tuple(out)


def feed_url_problem(url: str) -> str | None:
    """What is wrong with `url` as a feed's address, completing "<url> ...", or None if it
    is an http or https URL with a host."""
    if len(url) > MAX_URL_CHARS:
        return f"is longer than {MAX_URL_CHARS} characters"
    if has_unsafe_characters(url) or any(c.isspace() for c in url):
        return "is not a valid URL (it holds spaces or control characters)"
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError:
        return "is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return "is not an http or https URL"
    if not host:
        return "has no host name"
    return None


def _url_key(url: str) -> str:
    """What two spellings of one feed's URL share: scheme and host in any case, "" as "/"."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower(),
                                    parts.path or "/", parts.query, parts.fragment))


def _shown(text: str, limit: int = 80) -> str:
    return shorten(one_line(text), limit)


# --- reading -----------------------------------------------------------------------------


def _declares_doctype(data: bytes) -> bool:
    """Whether the document holds "<!DOCTYPE" or "<!ENTITY", in whatever encoding."""
    for start, codec in _WIDE_STARTS:
        if data.startswith(start):
            return bool(_DOCTYPE.search(data.decode(codec, errors="replace")))
    return bool(_DOCTYPE_BYTES.search(data))


def _parse(data: bytes, source: str) -> etree._Element:
    if not data.strip():
        raise OpmlError(source, f"the file is empty; {_EXPORT_AGAIN}")
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(source, f"larger than {MAX_OPML_BYTES // 1_000_000} MB, too large for"
                                f" a list of subscriptions; {_EXPORT_AGAIN}")
    doctype = OpmlError(source, "declares a DOCTYPE or entities, which OPML never needs and"
                                f" newsdesk does not read; {_EXPORT_AGAIN}")
    if _declares_doctype(data):
        raise doctype
    # Defence in depth should the check above miss one: no DTD, no entities, no network.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root: etree._Element = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError, LookupError) as e:
        detail = getattr(e, "msg", None) or str(e)  # lxml's msg lacks "(<string>, line 5)"
        raise OpmlError(source, f"not valid XML ({_shown(detail, 120)}); {_EXPORT_AGAIN}"
                        ) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise doctype  # in an encoding the byte scan cannot read (EBCDIC, say)
    return root


def _local_name(element: etree._Element) -> str | None:
    """The element's tag without namespace, lower-cased; None for comments and the like."""
    tag = element.tag
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else None


def _attributes(element: etree._Element) -> dict[str, str]:
    """The element's attributes by lower-cased name (exporters write xmlUrl and xmlurl);
    the first non-empty value wins."""
    out: dict[str, str] = {}
    for name, value in element.attrib.items():
        key = str(name).lower()
        if not out.get(key):
            out[key] = str(value)
    return out


def read_opml(data: bytes, *, source: str) -> OpmlRead:
    """The feeds of an OPML file (its bytes: the parser reads the BOM and the declared
    encoding), and a line for each outline skipped; `source` names the file in messages.

    Raises OpmlError for a file that is not OPML at all: not XML, another root than
    <opml>, no <body>, a DOCTYPE.
    """
    root = _parse(data, source)
    name = _local_name(root)
    if name != "opml":
        raise OpmlError(source, f"not OPML (the root element is <{_shown(name or '?', 40)}>,"
                                f" not <opml>); {_EXPORT_AGAIN}")
    body = next((child for child in root if _local_name(child) == "body"), None)
    if body is None:
        raise OpmlError(source, f"not OPML (no <body>); {_EXPORT_AGAIN}")

    feeds: dict[str, FeedOutline] = {}  # by _url_key, in the order first seen
    skipped: list[str] = []
    # Depth first, in document order, without recursion (a file may nest deeply).
    stack: list[tuple[etree._Element, tuple[str, ...]]] = [
        (child, ()) for child in reversed(body)]
    while stack:
        element, folders = stack.pop()
        if _local_name(element) != "outline":
            continue
        attrs = _attributes(element)
        text, title = clean_title(attrs.get("text", "")), clean_title(attrs.get("title", ""))
        label = f'outline "{_shown(text or title or "", 60)}"' if text or title else \
            "an outline without a title"
        children = [child for child in element if _local_name(child) == "outline"]
        url = attrs.get("xmlurl", "").strip()
        if url:
            problem = feed_url_problem(url)
            if problem:
                skipped.append(f"{label}: {_shown(url) or repr(url)} {problem}")
            else:
                categories = _CATEGORY_SEPARATORS.split(attrs.get("category", ""))
                feed = FeedOutline(url=url, title=_feed_title(text, title, url),
                                   tags=_normalize_tags((*folders, *categories)),
                                   html_url=attrs.get("htmlurl")).cleaned()
                _add(feeds, feed, label, skipped)
            inner = folders  # a feed that holds outlines is no folder: they keep their tags
        else:
            if not children and "xmlurl" in attrs:
                skipped.append(f"{label}: its xmlUrl is empty")
            elif not children and (attrs.get("url") or attrs.get("htmlurl")):
                skipped.append(f"{label}: a link, not a feed (it has no xmlUrl)")
            folder = normalize_tag(text or title or "")
            inner = (*folders, folder) if folder else folders
        stack.extend((child, inner) for child in reversed(children))
    return OpmlRead(feeds=list(feeds.values()), skipped=skipped)


def _feed_title(text: str | None, title: str | None, url: str) -> str | None:
    """The feed's name: `text` (what readers show and let one rename), else `title`.

    A `text` that only repeats the URL, with no `title`, is no name: it is how OPML's
    required `text` is filled for a feed without a title (write_opml does so too).
    """
    name = text or title
    return None if name == url and title is None else name


def _add(feeds: dict[str, FeedOutline], feed: FeedOutline, label: str,
         skipped: list[str]) -> None:
    """Add `feed`, or merge it into the feed with the same URL seen before."""
    key = _url_key(feed.url)
    first = feeds.get(key)
    if first is None:
        feeds[key] = feed
        return
    feeds[key] = replace(first, title=first.title or feed.title,
                         tags=_normalize_tags((*first.tags, *feed.tags)),
                         html_url=first.html_url or feed.html_url)
    skipped.append(f"{label}: {_shown(feed.url)} is listed twice; kept once, with the tags of"
                   " both")


# --- writing -----------------------------------------------------------------------------


def _rfc822(now: str) -> str:
    """`now` (ISO 8601, as records are stamped, or RFC 822) as RFC 822; naive is UTC."""
    try:
        when = dt.datetime.fromisoformat(now.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(now)
        except (TypeError, ValueError):
            raise ValueError(f'bad date "{_shown(now, 40)}": use ISO 8601, such as'
                             ' 2025-09-14T09:00:00Z') from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return email.utils.format_datetime(when)


def write_opml(feeds: Iterable[FeedOutline], *, title: str = "newsdesk subscriptions",
               now: str | None = None) -> bytes:
    """OPML 2.0 for `feeds`, UTF-8 and indented, that any feed reader imports.

    Each feed sits in a folder named after its first tag (feeds without tags at the top
    level, after the folders); folders come in the order of their first feed, and feeds
    keep their order inside. Every tag is in the feed's `category` too, so readers that
    know no folders keep them, and reading the file back gives each feed its tags once,
    in order. Titles and tags are cleaned on the way out (see `FeedOutline.cleaned`).
    `now` (ISO 8601) becomes the head's dateCreated. Raises ValueError for a feed whose
    URL is not http or https.
    """
    groups: dict[str | None, list[FeedOutline]] = {}
    for feed in feeds:
        clean = feed.cleaned()
        problem = feed_url_problem(clean.url)
        if problem:
            raise ValueError(f"{_shown(clean.url) or repr(clean.url)} {problem}; only http"
                             " and https feeds can be exported")
        groups.setdefault(clean.tags[0] if clean.tags else None, []).append(clean)

    opml = etree.Element("opml", version="2.0")
    head = etree.SubElement(opml, "head")
    etree.SubElement(head, "title").text = clean_title(title) or "newsdesk subscriptions"
    if now is not None:
        etree.SubElement(head, "dateCreated").text = _rfc822(now)
    body = etree.SubElement(opml, "body")
    for tag, members in sorted(groups.items(), key=lambda group: group[0] is None):
        parent = body if tag is None else etree.SubElement(body, "outline", text=tag, title=tag)
        for feed in members:
            _feed_element(parent, feed)
    written: bytes = etree.tostring(opml, encoding="UTF-8", xml_declaration=False,
                                    pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + written


def _feed_element(parent: etree._Element, feed: FeedOutline) -> None:
    # OPML requires `text`; a feed without a title gets its URL there, and no `title`.
    element = etree.SubElement(parent, "outline", type="rss", text=feed.title or feed.url)
    if feed.title is not None:
        element.set("title", feed.title)
    element.set("xmlUrl", feed.url)
    if feed.html_url is not None:
        element.set("htmlUrl", feed.html_url)
    if feed.tags:
        element.set("category", ",".join(feed.tags))
