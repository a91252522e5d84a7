"""The bounds on a fetch: time, size (after decompression), media type, and how many requests
one host gets at once. Elapsed times are only loose upper bounds showing nothing hung."""

from __future__ import annotations

import gzip
import struct
import threading
import time
import tracemalloc
import zlib
from concurrent.futures import ThreadPoolExecutor

import pytest
from netsite import GONE, chunked, reply

from newsdesk.net.http import FEED_TYPES, PAGE_TYPES, FetchError

MB = 1024 * 1024
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
ATOM = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'
PAGE = b"<!DOCTYPE html>\n<html><body><p>The vote is on Tuesday.</p></body></html>"


def peak_memory(call):
    """Run `call`; return what it raised and the peak of Python memory allocated meanwhile."""
    tracemalloc.start()
    try:
        try:
            call()
        except FetchError as err:
            raised = err
        else:
            raised = None
        return raised, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_server_slower_than_the_read_timeout_times_out(site, fetcher):
    def slow(h):
        site.closing.wait(5)
        reply(h, 200, PAGE)

    site.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0.5 s; try again later$"):
        fetcher(read_timeout=0.5).get(site.url("/slow"), accept=PAGE_TYPES)
    assert time.monotonic() - started < 10


def test_a_trickling_server_is_stopped_at_the_ceiling(site, fetcher):
    def trickle(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        for _ in range(500):  # a byte every 20 ms, well inside the read timeout
            h.wfile.write(b"x")
            h.wfile.flush()
            if site.closing.wait(0.02):
                return

    site.routes["/trickle"] = trickle
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 0.5 s, the most one fetch may take"):
        fetcher(read_timeout=5.0, total_timeout=0.5).get(site.url("/trickle"),
                                                         accept=PAGE_TYPES)
    assert time.monotonic() - started < 10


def fifty_mb(h, *, with_length: bool):
    block = b"<p>" + b"x" * (64 * 1024 - 3)
    pieces = (block for _ in range(50 * 16))
    try:
        if with_length:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(50 * MB))
            h.end_headers()
            for piece in pieces:
                h.wfile.write(piece)
        else:
            chunked(h, pieces)
    except GONE:
        h.close_connection = True


@pytest.mark.parametrize("with_length", [True, False], ids=["content-length", "chunked"])
def test_a_50_mb_answer_is_refused_without_holding_it(site, fetcher, with_length):
    site.routes["/big"] = lambda h: fifty_mb(h, with_length=with_length)
    error, peak = peak_memory(lambda: fetcher().get(site.url("/big"), accept=PAGE_TYPES))
    assert error is not None
    assert str(error).endswith(
        "response is larger than 10 MB; check that the URL is a page or a feed")
    assert peak < 40 * MB


def gzip_bomb(size: int) -> bytes:
    """A gzip body of about size/1000 bytes that inflates to `size` zero bytes: the same
    full-flushed deflate block repeated, with the trailer the whole needs."""
    zeros = bytes(MB)
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    first = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.flush()[:-8]  # the final empty block, without this packer's trailer
    crc = 0
    for _ in range(size // MB):
        crc = zlib.crc32(zeros, crc)
    trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    return first + block * (size // MB - 1) + end + trailer


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(1024 * MB)


def test_the_bomb_is_what_it_claims():
    body = gzip_bomb(8 * MB)
    assert gzip.decompress(body) == bytes(8 * MB)


@pytest.mark.parametrize("layers", [1, 2], ids=["gzip", "gzip-twice"])
def test_a_gzip_bomb_stops_at_the_cap(site, fetcher, bomb, layers):
    body = bomb if layers == 1 else gzip.compress(bomb)  # twice: 1 GB from a few KB
    assert len(body) < (1100 * 1024 if layers == 1 else 20 * 1024)
    site.routes["/bomb"] = lambda h: reply(
        h, 200, body, "text/html", {"Content-Encoding": ", ".join(["gzip"] * layers)})
    started = time.monotonic()
    error, peak = peak_memory(lambda: fetcher().get(site.url("/bomb"), accept=PAGE_TYPES))
    assert error is not None and "response is larger than 10 MB" in str(error)
    assert peak < 40 * MB
    assert time.monotonic() - started < 10


def test_damaged_gzip_is_one_line(site, fetcher):
    site.routes["/broken"] = lambda h: reply(
        h, 200, gzip.compress(PAGE)[:12] + b"not gzip at all" * 10, "text/html",
        {"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match=r"compressed data is damaged \(.*\); try again later$"):
        fetcher().get(site.url("/broken"), accept=PAGE_TYPES)


def test_raw_deflate_is_read_like_zlib_deflate(site, fetcher):
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    site.routes["/raw"] = lambda h: reply(
        h, 200, raw.compress(PAGE) + raw.flush(), "text/html", {"Content-Encoding": "deflate"})
    site.routes["/zlib"] = lambda h: reply(
        h, 200, zlib.compress(PAGE), "text/html", {"Content-Encoding": "deflate"})
    assert fetcher().get(site.url("/raw"), accept=PAGE_TYPES).content == PAGE
    assert fetcher().get(site.url("/zlib"), accept=PAGE_TYPES).content == PAGE


def test_an_unknown_compression_is_refused(site, fetcher):
    site.routes["/br"] = lambda h: reply(h, 200, b"\x1b\x00", "text/html",
                                         {"Content-Encoding": "br"})
    with pytest.raises(FetchError, match="uses the 'br' compression, which newsdesk cannot read"):
        fetcher().get(site.url("/br"), accept=PAGE_TYPES)


@pytest.mark.parametrize(("declared", "body", "expected"), [
    ("application/pdf", b"%PDF-1.7\n", "is a PDF (application/pdf), not a page or a feed"),
    ("image/png", b"\x89PNG\r\n\x1a\n", "is an image (image/png), not a page or a feed"),
    ("text/html", b"%PDF-1.4 mislabelled", "is a PDF (application/pdf), not a page or a feed"),
])
def test_a_document_that_is_no_page_is_refused(site, fetcher, declared, body, expected):
    site.routes["/doc"] = lambda h: reply(h, 200, body, declared)
    with pytest.raises(FetchError) as caught:
        fetcher().get(site.url("/doc"), accept=PAGE_TYPES)
    assert str(caught.value) == f"{site.url('/doc')}: {expected}"


def test_a_web_page_is_not_a_feed(site, fetcher):
    site.routes["/page"] = lambda h: reply(h, 200, PAGE, "text/html; charset=utf-8")
    with pytest.raises(FetchError, match=r"is a web page \(text/html\), not a feed; use the"):
        fetcher().get(site.url("/page"), accept=FEED_TYPES)


def test_a_feed_served_as_html_or_plain_text_is_sniffed(site, fetcher):
    site.routes["/html"] = lambda h: reply(h, 200, RSS, "text/html")
    site.routes["/plain"] = lambda h: reply(h, 200, ATOM, "text/plain")
    assert fetcher().get(site.url("/html"), accept=FEED_TYPES).content_type == (
        "application/rss+xml")
    assert fetcher().get(site.url("/plain"), accept=FEED_TYPES).content_type == (
        "application/atom+xml")


@pytest.mark.parametrize(("body", "accept", "content_type"), [
    (RSS, FEED_TYPES, "application/rss+xml"),
    (b"\xef\xbb\xbf  " + ATOM, FEED_TYPES, "application/atom+xml"),
    (PAGE, PAGE_TYPES, "text/html"),
])
def test_a_missing_content_type_is_sniffed(site, fetcher, body, accept, content_type):
    site.routes["/untyped"] = lambda h: reply(h, 200, body, content_type=None)
    response = fetcher().get(site.url("/untyped"), accept=accept)
    assert response.content_type == content_type and response.content == body


def test_an_untyped_pdf_is_still_refused(site, fetcher):
    site.routes["/untyped"] = lambda h: reply(h, 200, b"%PDF-1.7 ...", content_type=None)
    with pytest.raises(FetchError, match=r"is a PDF \(application/pdf\), not a page or a feed$"):
        fetcher().get(site.url("/untyped"), accept=FEED_TYPES)


def test_one_host_gets_at_most_two_requests_at_once(site, fetcher):
    state = {"now": 0, "most": 0}
    lock = threading.Lock()

    def slow(h):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        site.closing.wait(0.2)
        with lock:
            state["now"] -= 1
        reply(h, 200, PAGE)

    site.routes["/slow"] = slow
    shared = fetcher(per_host=2)
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(
            lambda n: shared.get(site.url(f"/slow?n={n}"), accept=PAGE_TYPES), range(6)))
    assert [r.status for r in results] == [200] * 6
    assert state["most"] == 2
    assert site.count("/slow") == 6
