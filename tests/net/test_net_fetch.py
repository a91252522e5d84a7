"""Fetching pages and feeds from a local server: answers, statuses, redirects, retries."""

from __future__ import annotations

import gzip
import socket
import time
from email.utils import formatdate

import httpx
import pytest
from netsite import reply

from newsdesk.net.http import (
    FEED_TYPES,
    PAGE_TYPES,
    Fetcher,
    FetchError,
    Response,
    decode_text,
    default_user_agent,
)

PAGE = "<!doctype html><html><head><title>Vote</title></head><body>Café</body></html>"
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def one_line_and_clean(message: str) -> bool:
    return all(ch >= " " and not "\x7f" <= ch <= "\x9f" for ch in message)


def test_a_page_arrives_with_its_type_charset_and_validators(site, fetcher):
    site.routes["/page"] = lambda h: reply(
        h, 200, PAGE.encode("latin-1"), "Text/HTML; charset=ISO-8859-1",
        {"ETag": '"v1"', "Last-Modified": "Sat, 13 Sep 2025 08:00:00 GMT"},
    )
    response = fetcher().get(site.url("/page"), accept=PAGE_TYPES)
    assert response.status == 200
    assert response.url == site.url("/page")
    assert response.content_type == "text/html"
    assert response.charset == "iso-8859-1"
    assert response.etag == '"v1"'
    assert response.last_modified == "Sat, 13 Sep 2025 08:00:00 GMT"
    assert not response.not_modified
    assert decode_text(response) == PAGE


def test_the_request_names_newsdesk_and_asks_for_compression(site, fetcher):
    site.routes["/page"] = lambda h: reply(h, 200, PAGE.encode())
    fetcher().get(site.url("/page"), accept=PAGE_TYPES)
    headers = site.headers("/page")
    assert headers["user-agent"] == default_user_agent()
    assert headers["user-agent"].startswith("newsdesk/")
    assert "offline news workstation" in headers["user-agent"]
    assert headers["accept-encoding"] == "gzip, deflate"
    assert "text/html" in headers["accept"]


def test_a_gzipped_feed_is_decompressed(site, fetcher):
    site.routes["/feed"] = lambda h: reply(
        h, 200, gzip.compress(RSS), "application/rss+xml", {"Content-Encoding": "gzip"}
    )
    response = fetcher().get(site.url("/feed"), accept=FEED_TYPES)
    assert response.content == RSS
    assert response.content_type == "application/rss+xml"


def conditional(h):
    if h.headers.get("If-None-Match") == '"v2"' or (
        h.headers.get("If-Modified-Since") == "Sun, 14 Sep 2025 08:00:00 GMT"
    ):
        reply(h, 304, content_type=None)
    else:
        reply(h, 200, RSS, "application/rss+xml",
              {"ETag": '"v2"', "Last-Modified": "Sun, 14 Sep 2025 08:00:00 GMT"})


def test_a_matching_etag_gets_not_modified(site, fetcher):
    site.routes["/feed"] = conditional
    first = fetcher().get(site.url("/feed"), accept=FEED_TYPES)
    assert first.content == RSS and first.etag == '"v2"'
    again = fetcher().get(site.url("/feed"), accept=FEED_TYPES, etag=first.etag)
    assert again.not_modified and again.status == 304
    assert again.content == b""
    assert again.etag == '"v2"'  # the caller keeps its validator when a 304 repeats none
    assert site.headers("/feed")["if-none-match"] == '"v2"'


def test_a_matching_last_modified_gets_not_modified(site, fetcher):
    site.routes["/feed"] = conditional
    again = fetcher().get(site.url("/feed"), accept=FEED_TYPES,
                          last_modified="Sun, 14 Sep 2025 08:00:00 GMT")
    assert again.not_modified and again.content == b""
    assert again.last_modified == "Sun, 14 Sep 2025 08:00:00 GMT"
    stale = fetcher().get(site.url("/feed"), accept=FEED_TYPES, etag='"v1"')
    assert not stale.not_modified and stale.content == RSS


@pytest.mark.parametrize(("status", "advice"), [(404, "check the URL"),
                                                (500, "try again later")])
def test_an_error_status_is_one_line_naming_url_and_status(site, fetcher, status, advice):
    site.routes["/gone"] = lambda h: reply(h, status, b"oops")
    with pytest.raises(FetchError) as caught:
        fetcher().get(site.url("/gone"), accept=PAGE_TYPES)
    message = str(caught.value)
    assert message.startswith(site.url("/gone") + ": server answered ")
    assert str(status) in message and advice in message
    assert caught.value.status == status and caught.value.url == site.url("/gone")
    assert one_line_and_clean(message)


def test_a_hostile_reason_phrase_cannot_reach_the_terminal(site, fetcher):
    reason = "\x1b[2J\x1b]0;pwned\x07Not \x9b31mFound \x07" + "A" * 300
    site.routes["/evil"] = lambda h: reply(h, 404, b"", reason=reason)
    with pytest.raises(FetchError) as caught:
        fetcher().get(site.url("/evil"), accept=PAGE_TYPES)
    message = str(caught.value)
    assert one_line_and_clean(message)
    assert "\x1b" not in message and "pwned" not in message
    assert "404 Not" in message
    assert len(message) < len(site.url("/evil")) + 160  # the reason is cut, not quoted whole


def test_a_redirect_chain_within_the_limit_is_followed(site, fetcher):
    for hop in range(1, 6):
        site.routes[f"/r{hop}"] = lambda h, hop=hop: reply(
            h, 301 if hop % 2 else 307, headers={"Location": f"/r{hop + 1}"})
    site.routes["/r6"] = lambda h: reply(h, 200, PAGE.encode())
    response = fetcher(max_redirects=5).get(site.url("/r1"), accept=PAGE_TYPES)
    assert response.url == site.url("/r6")
    assert response.content == PAGE.encode()


def test_a_redirect_loop_stops_at_the_count(site, fetcher):
    site.routes["/loop"] = lambda h: reply(h, 302, headers={"Location": site.url("/loop")})
    with pytest.raises(FetchError, match=r"more than 5 redirects; check the URL$"):
        fetcher().get(site.url("/loop"), accept=PAGE_TYPES)
    assert site.count("/loop") == 6


def test_a_redirect_to_ftp_is_refused(site, fetcher):
    site.routes["/moved"] = lambda h: reply(h, 301, headers={"Location": "ftp://files/feed"})
    with pytest.raises(FetchError) as caught:
        fetcher().get(site.url("/moved"), accept=FEED_TYPES)
    assert "redirected to ftp://files/feed" in str(caught.value)
    assert "only http and https" in str(caught.value)


def test_an_error_after_a_redirect_names_both_addresses(site, fetcher):
    site.routes["/old"] = lambda h: reply(h, 308, headers={"Location": "/new"})
    with pytest.raises(FetchError) as caught:
        fetcher().get(site.url("/old"), accept=PAGE_TYPES)
    assert str(caught.value).startswith(site.url("/old") + ": server answered 404")
    assert f"(redirected to {site.url('/new')})" in str(caught.value)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed.xml",
                                 "javascript:alert(1)", "example.org/feed"])
def test_other_schemes_are_refused_without_a_request(url):
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, content=PAGE.encode(), headers={"Content-Type": "text/html"})

    with Fetcher(transport=httpx.MockTransport(record)) as fetcher:
        with pytest.raises(FetchError, match="only http and https URLs can be fetched$"):
            fetcher.get(url, accept=PAGE_TYPES)
        with pytest.raises(FetchError, match="names no host"):
            fetcher.get("http:///feed", accept=PAGE_TYPES)
        assert requests == []
        # The same fetcher does go through the transport for an http URL.
        assert fetcher.get("https://example.test/", accept=PAGE_TYPES).content == PAGE.encode()
    assert [str(r.url) for r in requests] == ["https://example.test/"]


def test_a_refused_connection_is_one_line():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Fetcher(connect_timeout=2.0) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(f"http://127.0.0.1:{port}/feed", accept=FEED_TYPES)
    assert "cannot connect (" in str(caught.value)
    assert str(caught.value).endswith("check the address and your connection")
    assert caught.value.status is None


def busy_then_ok(times: int, status: int, retry_after: str | None):
    answered = {"busy": 0}

    def route(h):
        if answered["busy"] < times:
            answered["busy"] += 1
            reply(h, status, b"busy", headers={"Retry-After": retry_after} if retry_after else {})
        else:
            reply(h, 200, PAGE.encode())

    return route


def test_429_waits_as_asked_capped_then_succeeds(site, fetcher):
    waits: list[float] = []
    site.routes["/page"] = busy_then_ok(2, 429, "120")
    response = fetcher(sleep=waits.append, retry_after_cap=5.0, max_retries=2).get(
        site.url("/page"), accept=PAGE_TYPES)
    assert response.status == 200
    assert waits == [5.0, 5.0]
    assert site.count("/page") == 3


def test_retry_after_as_an_http_date(site, fetcher):
    waits: list[float] = []
    site.routes["/page"] = busy_then_ok(1, 503, formatdate(time.time() + 3, usegmt=True))
    fetcher(sleep=waits.append).get(site.url("/page"), accept=PAGE_TYPES)
    assert len(waits) == 1 and 0.0 <= waits[0] <= 4.0


def test_503_beyond_the_retries_fails_carrying_retry_after(site, fetcher):
    waits: list[float] = []
    site.routes["/page"] = busy_then_ok(99, 503, "1")
    with pytest.raises(FetchError) as caught:
        fetcher(sleep=waits.append, max_retries=2).get(site.url("/page"), accept=PAGE_TYPES)
    assert waits == [1.0, 1.0]
    assert site.count("/page") == 3
    assert caught.value.status == 503 and caught.value.retry_after == 1.0
    assert "server is busy (503 Service Unavailable) and asks to wait 1 s" in str(caught.value)


def test_503_without_retry_after_fails_at_once(site, fetcher):
    waits: list[float] = []
    site.routes["/page"] = busy_then_ok(99, 503, None)
    with pytest.raises(FetchError, match=r"server is busy \(503 .*\); try again later$"):
        fetcher(sleep=waits.append).get(site.url("/page"), accept=PAGE_TYPES)
    assert waits == [] and site.count("/page") == 1


def test_decode_text_falls_back_when_the_charset_is_unknown():
    response = Response("http://x/", 200, "Café".encode(), "text/html", charset="no-such")
    assert decode_text(response) == "Café"
    assert decode_text(Response("http://x/", 200, b"\xff", "text/plain")) == "\ufffd"
