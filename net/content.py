"""What a response holds: its media type (declared or sniffed) and its body, decompressed in
bounded pieces so a small compressed body cannot expand past the size cap in one step."""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection, Iterable, Iterator
from email.message import Message

from newsdesk.net.errors import clean

#: Media types a feed may be served as (feedparser reads all of them).
FEED_TYPES: frozenset[str] = frozenset({
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
})
#: Media types a page to extract an article from may be served as.
PAGE_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml", "text/plain"})

# Declared types that say little about the body: when not accepted as they stand, the body
# is read and sniffed. text/html is here because many servers send feeds as text/html;
# a real page is still refused when a feed was asked for, once sniffed.
VAGUE_TYPES: frozenset[str] = frozenset({
    "",
    "application/octet-stream",
    "binary/octet-stream",
    "application/unknown",
    "unknown/unknown",
    "application/x-unknown-content-type",
    "application/json",
    "text/plain",
    "text/html",
})

#: Bytes of the body the sniffer looks at.
SNIFF_BYTES = 1024
#: The most a decompression step yields at once.
PIECE = 64 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!", "application/vnd.rar"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"fLaC", "audio/flac"),
    (b"\x1aE\xdf\xa3", "video/webm"),
)
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_ROOT = re.compile(rb"<([a-z][\w:.-]*)")
_HTML_ROOTS = frozenset({b"html", b"head", b"body", b"meta", b"title", b"link", b"div", b"p",
                         b"script", b"style", b"base"})
_XML_ROOTS = {b"rss": "application/rss+xml", b"feed": "application/atom+xml",
              b"rdf:rdf": "application/rdf+xml"}


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """`text/html; charset=UTF-8` -> (`text/html`, `utf-8`); a missing header -> ("", None)."""
    if not value:
        return "", None
    message = Message()
    message["content-type"] = value
    mime = message.get_content_type() if "/" in value.split(";")[0] else ""
    charset = message.get_param("charset")
    if not isinstance(charset, str) or not re.fullmatch(r"[\w.:-]{1,40}", charset.strip()):
        return mime.lower(), None
    return mime.lower(), charset.strip().lower()


def sniff(head: bytes) -> str:
    """The media type the first bytes of a body show; "" when they show none."""
    head = head[:SNIFF_BYTES]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    head = head.lstrip(b" \t\r\n")
    if not head:
        return ""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    lower = head.lower()
    if lower.startswith(b"{"):
        return "application/feed+json" if b"jsonfeed.org/version" in lower else "application/json"
    if lower.startswith(b"<"):
        return _sniff_markup(lower)
    if b"\0" in head:
        return "application/octet-stream"
    try:
        # A multi-byte character cut at the end of the sample is still text.
        head.decode("utf-8", errors="strict" if len(head) < SNIFF_BYTES else "ignore")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def _sniff_markup(lower: bytes) -> str:
    is_xml = lower.startswith(b"<?xml")
    root = _ROOT.search(_COMMENT.sub(b"", lower))
    if root is not None:
        name = root.group(1)
        if name in _XML_ROOTS:
            return _XML_ROOTS[name]
        if name in _HTML_ROOTS:
            return "application/xhtml+xml" if is_xml else "text/html"
    if b"<!doctype html" in lower:
        return "text/html"
    return "application/xml" if is_xml else "text/html"


def describe(mime: str) -> str:
    """`a PDF`, `an image`: what a user would call a body of that type."""
    major = mime.split("/")[0]
    if mime == "application/pdf":
        return "a PDF"
    if major in ("image", "audio", "video"):
        return {"image": "an image", "audio": "audio", "video": "a video"}[major]
    if mime in ("text/html", "application/xhtml+xml"):
        return "a web page"
    if mime in FEED_TYPES:
        return "a feed"
    if mime == "text/plain":
        return "plain text"
    if mime == "application/json":
        return "JSON data"
    if any(word in mime for word in ("zip", "compressed", "tar", "rar", "archive")):
        return "an archive"
    return "a file"


def readable(mime: str) -> bool:
    """Whether a body of that type is text a page or a feed could be made of."""
    return mime in FEED_TYPES or mime in PAGE_TYPES or mime in VAGUE_TYPES


def wanted(accept: Collection[str]) -> str:
    """`a feed`, `a page`: what a fetch that accepts these types was after."""
    if set(accept) <= FEED_TYPES:
        return "a feed"
    if set(accept) <= PAGE_TYPES:
        return "a page"
    return "a page or a feed"


class BadEncoding(Exception):
    """The body's Content-Encoding is unknown, or its compressed data is damaged."""


#: The Content-Encodings undone here, as sent in Accept-Encoding.
ACCEPT_ENCODING = "gzip, deflate"


def decoded(chunks: Iterable[bytes], content_encoding: str) -> Iterator[bytes]:
    """The body's bytes with its Content-Encoding undone, in pieces of at most PIECE bytes
    from each compression layer, so the caller can stop at a size cap before a bomb expands.

    (httpx's own decoders inflate a whole network chunk at once: 64 KB of a doubly gzipped
    body can become gigabytes in one call.)
    """
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    stream: Iterator[bytes] = iter(chunks)
    for coding in reversed(codings):  # the last coding listed was applied last
        if coding == "identity":
            continue
        if coding in ("gzip", "x-gzip"):
            stream = _inflate(stream, gzip=True)
        elif coding == "deflate":
            stream = _inflate(stream, gzip=False)
        else:
            raise BadEncoding(
                f"the response uses the '{clean(coding, 40)}' compression, which newsdesk"
                " cannot read; check the URL"
            )
    return stream


def _inflate(chunks: Iterator[bytes], *, gzip: bool) -> Iterator[bytes]:
    if gzip:
        wbits = 16 + zlib.MAX_WBITS
    else:
        # "deflate" should be zlib-wrapped; some servers send it raw. Decide on the header.
        head = b""
        for chunk in chunks:
            head += chunk
            if len(head) >= 2:
                break
        wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
        wbits = zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS
        chunks = _prepend(head, chunks)
    inflater = zlib.decompressobj(wbits)
    for chunk in chunks:
        data = chunk
        while True:
            if inflater.eof:
                if not gzip or not data.lstrip(b"\0"):
                    break  # what follows the end of the stream is padding, not body
                inflater = zlib.decompressobj(wbits)  # a gzip body may hold several members
            try:
                piece = inflater.decompress(data, PIECE)
            except zlib.error as err:
                raise BadEncoding(
                    f"the response's compressed data is damaged ({clean(str(err))}); try again"
                    " later"
                ) from None
            if piece:
                yield piece
            if inflater.eof:
                data = inflater.unused_data
                if not data:
                    break
                continue
            data = inflater.unconsumed_tail
            # A full piece may leave output inside zlib even when all input is taken.
            if not data and len(piece) < PIECE:
                break
    # A body cut short inside the compressed stream keeps what arrived (as browsers do).


def _prepend(head: bytes, chunks: Iterator[bytes]) -> Iterator[bytes]:
    if head:
        yield head
    yield from chunks
