"""The pieces a fetch is made of, without a server: sniffing, content types, bounded
decompression, Retry-After, and the cleaning of server text put into messages."""

from __future__ import annotations

import gzip
import pickle
import zlib

import pytest

from newsdesk.net.content import BadEncoding, decoded, parse_content_type, sniff
from newsdesk.net.errors import FetchError, clean
from newsdesk.net.http import parse_retry_after


@pytest.mark.parametrize(("head", "mime"), [
    (b'<?xml version="1.0"?>\n<!-- x --><rss version="2.0">', "application/rss+xml"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "application/atom+xml"),
    (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>",
     "application/rdf+xml"),
    (b'<?xml version="1.0"?><catalog/>', "application/xml"),
    (b"\n\n<!DOCTYPE html><html lang=en>", "text/html"),
    (b"<!-- <rss> in a comment --><html>", "text/html"),
    (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">',
     "application/xhtml+xml"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "application/feed+json"),
    (b'{"a": 1}', "application/json"),
    (b"%PDF-1.5", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n....", "image/png"),
    (b"\xff\xd8\xff\xe0", "image/jpeg"),
    (b"PK\x03\x04", "application/zip"),
    (b"Just some words.\n", "text/plain"),
    (b"\x00\x01\x02binary", "application/octet-stream"),
    (b"", ""),
])
def test_sniff(head, mime):
    assert sniff(head) == mime


@pytest.mark.parametrize(("value", "expected"), [
    ("text/HTML; charset=UTF-8", ("text/html", "utf-8")),
    ('application/rss+xml; charset="iso-8859-1"', ("application/rss+xml", "iso-8859-1")),
    ("text/xml", ("text/xml", None)),
    ("text/html; charset=\x1b[31m", ("text/html", None)),
    ("nonsense", ("", None)),
    (None, ("", None)),
])
def test_parse_content_type(value, expected):
    assert parse_content_type(value) == expected


def test_decompression_comes_in_bounded_pieces():
    body = gzip.compress(gzip.compress(bytes(50 * 1024 * 1024)))
    pieces = decoded([body], "gzip, gzip")
    sizes = [len(next(pieces)) for _ in range(20)]
    assert max(sizes) <= 64 * 1024


def test_decompression_handles_several_gzip_members_and_tiny_chunks():
    body = gzip.compress(b"one ") + gzip.compress(b"two")
    assert b"".join(decoded([body[i:i + 1] for i in range(len(body))], "gzip")) == b"one two"
    assert b"".join(decoded([zlib.compress(b"z")], "identity, deflate")) == b"z"


def test_decompression_refuses_damage_and_unknown_codings():
    with pytest.raises(BadEncoding, match="damaged"):
        list(decoded([b"\x1f\x8b\x08\x00garbage-garbage"], "gzip"))
    with pytest.raises(BadEncoding, match="'zstd' compression"):
        decoded([b""], "zstd")


@pytest.mark.parametrize(("value", "seconds"), [
    ("120", 120.0),
    (" 2.5 ", 2.5),
    ("Thu, 01 Jan 1970 00:01:40 GMT", 60.0),  # now is 40 s past the epoch below
    ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),  # a date past means now
    ("soon", None),
    ("-5", None),
    ("", None),
    (None, None),
])
def test_parse_retry_after(value, seconds):
    assert parse_retry_after(value, now=40.0) == seconds


def test_clean_strips_escapes_controls_and_length():
    text = "\x1b[1;31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07\r\nnext\u202eline\x00"
    assert clean(text) == "red link next line"
    assert clean("a" * 200) == "a" * 79 + "…"


def test_a_fetch_error_is_one_line_and_survives_pickling():
    err = FetchError("http://x/\nfeed", "server answered 503\n; try again later", 503, 30.0)
    assert "\n" not in str(err)
    copy = pickle.loads(pickle.dumps(err))
    assert (str(copy), copy.url, copy.status, copy.retry_after) == (
        str(err), "http://x/\nfeed", 503, 30.0)
