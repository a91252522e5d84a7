"""Polite, bounded HTTP GETs of the feeds and pages the reader asks for (issue 13).

`Fetcher` is synchronous and thread-safe: callers run `get` in worker threads. Every fetch
is bounded (connect and read timeouts, a ceiling on each request, a size cap counted on the
decompressed body, a redirect count), polite (a User-Agent naming newsdesk, at most
`per_host` requests in flight to one host, Retry-After honoured, robots.txt on request) and
fails with one `FetchError` whose text is one line fit to show the reader.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import threading
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from types import TracebackType

import httpx

from newsdesk.net.content import (
    ACCEPT_ENCODING,
    FEED_TYPES,
    PAGE_TYPES,
    VAGUE_TYPES,
    BadEncoding,
    decoded,
    describe,
    parse_content_type,
    readable,
    sniff,
    wanted,
)
from newsdesk.net.errors import URL_LIMIT, FetchError, clean, seconds
from newsdesk.net.robots import MAX_ROBOTS_BYTES, RobotsRules

__all__ = [
    "FEED_TYPES",
    "PAGE_TYPES",
    "FetchError",
    "Fetcher",
    "Response",
    "decode_text",
    "default_user_agent",
    "parse_retry_after",
]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_BUSY = frozenset({429, 503})  # the answers that may carry Retry-After worth waiting for


def default_user_agent() -> str:
    """`newsdesk/<version> (+https://github.com/newsdesk; offline news workstation)`."""
    try:
        version = importlib.metadata.version("newsdesk")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    return f"newsdesk/{version} (+https://github.com/newsdesk; offline news workstation)"


@dataclass(frozen=True, slots=True)
class Response:
    """A successful fetch: `url` is the final one, after redirects; `content_type` the media
    type (lowercased, no parameters), sniffed from the body when the header was missing or
    vague; `not_modified` is True for a 304, whose `content` is empty."""

    url: str
    status: int
    content: bytes
    content_type: str
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def decode_text(response: Response, default: str = "utf-8") -> str:
    """The body as text in the charset the server named, else in `default`; bytes that do
    not decode become U+FFFD."""
    for encoding in (response.charset, default):
        if encoding:
            try:
                return response.content.decode(encoding, errors="replace")
            except LookupError:  # a charset Python does not know
                continue
    return response.content.decode("utf-8", errors="replace")


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After value (seconds or an HTTP-date), given the wall
    clock `now`; None when there is no value or it cannot be read."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.replace(".", "", 1).isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


class _Busy(Exception):
    """A 429 or 503 with a Retry-After: `get` waits and asks again."""

    def __init__(self, status: int, reason: str, retry_after: float) -> None:
        super().__init__(status, reason, retry_after)
        self.status = status
        self.reason = reason
        self.retry_after = retry_after


class Fetcher:
    """Fetches feeds and pages over one `httpx.Client`; use it as a context manager.

    Limits: `connect_timeout` and `read_timeout` bound each connect and each wait for bytes;
    `total_timeout` bounds each request from sending it to the last byte of its body (waiting
    for a free per-host slot and Retry-After waits are not counted); `max_bytes` bounds the
    decompressed body. A 429 or 503 with Retry-After is retried `max_retries` times after
    waiting the asked time, at most `retry_after_cap` seconds, through `sleep`.
    """

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        total_timeout: float = 60.0,
        max_bytes: int = 10 * 1024 * 1024,
        max_redirects: int = 5,
        per_host: int = 2,
        retry_after_cap: float = 60.0,
        max_retries: int = 2,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self.user_agent = user_agent or default_user_agent()
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.per_host = per_host
        self.retry_after_cap = retry_after_cap
        self.max_retries = max_retries
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(connect_timeout, read=read_timeout),
            # Followed here, one hop at a time, so each hop's scheme is checked.
            follow_redirects=False,
            transport=transport,
        )
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._robots: dict[str, RobotsRules] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections; the fetcher cannot be used after."""
        self._client.close()

    def get(
        self,
        url: str,
        *,
        accept: Collection[str],
        etag: str | None = None,
        last_modified: str | None = None,
        respect_robots: bool = False,
    ) -> Response:
        """Fetch `url`, whose body must be one of the media types in `accept` (FEED_TYPES,
        PAGE_TYPES); with `etag` or `last_modified` from an earlier fetch, a 304 returns
        `Response(not_modified=True)`. Raises FetchError for anything else."""
        if not accept:
            raise ValueError("accept must name at least one media type")
        target = _checked(url)
        headers = {"Accept": ", ".join(sorted(accept)) + ", */*;q=0.1"}
        if etag and _sendable(etag):
            headers["If-None-Match"] = etag
        if last_modified and _sendable(last_modified):
            headers["If-Modified-Since"] = last_modified
        retries = 0
        while True:
            try:
                response = self._follow(url, target, headers, accept, respect_robots)
            except _Busy as busy:
                if retries >= self.max_retries:
                    raise FetchError(
                        url,
                        f"server is busy ({busy.status} {busy.reason}) and asks to wait"
                        f" {seconds(busy.retry_after)}; try again later",
                        busy.status,
                        busy.retry_after,
                    ) from None
                retries += 1
                self._sleep(min(busy.retry_after, self.retry_after_cap))
                continue
            if response.not_modified:
                # A 304 need not repeat the validators; the caller's still hold.
                response = dataclasses.replace(
                    response,
                    etag=response.etag or etag,
                    last_modified=response.last_modified or last_modified,
                )
            return response

    # -- one fetch: the redirect chain, each hop one exchange ---------------------------------

    def _follow(
        self,
        url: str,
        target: httpx.URL,
        headers: dict[str, str],
        accept: Collection[str] | None,
        respect_robots: bool,
        max_bytes: int | None = None,
    ) -> Response:
        """Fetch `target` following redirects; errors name `url`, the address asked for.
        `accept` None takes any type; `max_bytes` given cuts the body there instead of
        failing (robots.txt)."""
        current = target
        for _hop in range(self.max_redirects + 1):
            via = "" if current is target else f" (redirected to {clean(str(current), URL_LIMIT)})"
            if respect_robots and not self._robots_for(current).allows(str(current)):
                raise FetchError(url, f"robots.txt does not allow fetching it{via}")
            try:
                outcome = self._exchange(current, headers, accept, max_bytes)
            except FetchError as err:
                if not via:
                    raise
                raise FetchError(url, err.problem + via, err.status, err.retry_after) from None
            if isinstance(outcome, Response):
                return outcome
            current = outcome
        raise FetchError(url, f"more than {self.max_redirects} redirects; check the URL")

    def _exchange(
        self,
        url: httpx.URL,
        headers: dict[str, str],
        accept: Collection[str] | None,
        max_bytes: int | None,
    ) -> Response | httpx.URL:
        """One request and its answer: a Response, or the URL a redirect points to."""
        shown = str(url)
        with self._slot(url.host):
            deadline = time.monotonic() + self.total_timeout
            timeout = httpx.Timeout(
                connect=min(self.connect_timeout, self.total_timeout),
                read=min(self.read_timeout, self.total_timeout),
                write=min(self.read_timeout, self.total_timeout),
                pool=self.total_timeout,
            )
            try:
                with self._client.stream("GET", url, headers=headers, timeout=timeout) as answer:
                    return self._answer(url, answer, accept, max_bytes, deadline)
            except httpx.ConnectTimeout:
                raise FetchError(
                    shown,
                    f"timed out connecting after {seconds(timeout.connect or 0)}; check the"
                    " address and your connection, or try again later",
                ) from None
            except httpx.TimeoutException:
                raise FetchError(
                    shown, f"timed out after {seconds(timeout.read or 0)}; try again later"
                ) from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise _network_error(shown, exc) from None

    def _answer(
        self,
        url: httpx.URL,
        answer: httpx.Response,
        accept: Collection[str] | None,
        max_bytes: int | None,
        deadline: float,
    ) -> Response | httpx.URL:
        shown = str(url)
        status = answer.status_code
        said = f"{status} {_reason(answer)}".strip()
        if status in _REDIRECTS:
            return _redirect_target(shown, url, answer.headers.get("location"), status, said)
        if status == 304:
            mime, charset = parse_content_type(answer.headers.get("content-type"))
            return Response(shown, status, b"", mime, charset, answer.headers.get("etag"),
                            answer.headers.get("last-modified"), not_modified=True)
        if status in _BUSY:
            wait = parse_retry_after(answer.headers.get("retry-after"), time.time())
            if wait is not None:
                raise _Busy(status, said.partition(" ")[2], wait)
            raise FetchError(shown, f"server is busy ({said}); try again later", status)
        if not 200 <= status < 300:
            raise FetchError(shown, _status_problem(status, said), status)
        mime, charset = parse_content_type(answer.headers.get("content-type"))
        if accept is not None and mime not in accept and mime not in VAGUE_TYPES:
            raise _wrong_type(shown, mime, accept, status)  # before reading any of the body
        limit = self.max_bytes if max_bytes is None else max_bytes
        length = answer.headers.get("content-length", "").strip()
        if max_bytes is None and length.isdigit() and int(length) > limit:
            raise _too_large(shown, limit, status)
        body = self._read(shown, answer, limit, max_bytes is not None, deadline, status)
        found = sniff(body)
        content_type = mime or found
        if accept is not None and (mime not in accept or not readable(found)):
            if found not in accept:
                if not body:
                    raise FetchError(shown, "server sent an empty response; check the URL", status)
                raise _wrong_type(shown, found or mime, accept, status)
            content_type = found
        return Response(shown, status, body, content_type, charset, answer.headers.get("etag"),
                        answer.headers.get("last-modified"))

    def _read(
        self,
        shown: str,
        answer: httpx.Response,
        limit: int,
        cut: bool,
        deadline: float,
        status: int,
    ) -> bytes:
        """The decompressed body, failing (or with `cut`, stopping) past `limit` bytes and
        failing once the request's ceiling has passed: checked as each piece arrives, so a
        server trickling bytes forever stops at the ceiling, and a compressed bomb stops
        about `limit` bytes in."""
        body = bytearray()
        if answer.is_stream_consumed:
            # An answer built in memory (httpx.MockTransport) was read, and decoded, already.
            raw, coding = iter([answer.content]), ""
        else:
            raw, coding = answer.iter_raw(), answer.headers.get("content-encoding", "")
        try:
            for piece in decoded(raw, coding):
                if len(body) + len(piece) > limit:
                    if cut:
                        body += piece[: limit - len(body)]
                        break
                    raise _too_large(shown, limit, status)
                body += piece
                if time.monotonic() > deadline:
                    raise FetchError(
                        shown,
                        f"took longer than {seconds(self.total_timeout)}, the most one fetch"
                        " may take; try again later",
                        status,
                    )
        except BadEncoding as exc:
            raise FetchError(shown, str(exc), status) from None
        return bytes(body)

    @contextmanager
    def _slot(self, host: str) -> Iterator[None]:
        """Hold one of the `per_host` slots for `host` (shared by every thread)."""
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = threading.BoundedSemaphore(self.per_host)
        with slot:
            yield

    # -- robots.txt ---------------------------------------------------------------------------

    def _robots_for(self, url: httpx.URL) -> RobotsRules:
        """The robots.txt rules of `url`'s site, fetched once per fetcher (see net/robots.py
        for what each answer means)."""
        origin = f"{url.scheme}://{url.netloc.decode('ascii', errors='replace')}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per site even when threads ask at once
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._robots[origin] = self._fetch_robots(url.join("/robots.txt"))
        return rules

    def _fetch_robots(self, url: httpx.URL) -> RobotsRules:
        try:
            response = self._follow(str(url), url, {}, None, False, MAX_ROBOTS_BYTES)
        except FetchError as err:
            return RobotsRules.for_status(err.status)
        except _Busy:
            return RobotsRules.allow_all()
        content = response.content
        if len(content) >= MAX_ROBOTS_BYTES:
            content = content[: content.rfind(b"\n") + 1]  # no half a rule from the cut
        return RobotsRules.parse(content)


def _checked(url: str) -> httpx.URL:
    """`url` parsed, if it is an http or https URL naming a host."""
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"is not a valid URL ({clean(str(exc))}); check it") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError(url, "only http and https URLs can be fetched")
    if not parsed.host:
        raise FetchError(url, "names no host; check the URL")
    return parsed


def _redirect_target(
    shown: str, url: httpx.URL, location: str | None, status: int, said: str
) -> httpx.URL:
    if not location or not location.strip():
        raise FetchError(shown, f"server answered {said} without saying where to; check the URL",
                         status)
    try:
        target = url.join(location.strip())
    except httpx.InvalidURL:
        target = None
    if target is None or target.scheme not in ("http", "https") or not target.host:
        raise FetchError(
            shown,
            f"redirected to {clean(location, URL_LIMIT)}, which is not an http or https URL;"
            " only http and https URLs can be fetched",
            status,
        )
    return target


def _reason(answer: httpx.Response) -> str:
    """The server's reason phrase made safe to show, else the standard one."""
    reason = clean(answer.reason_phrase)
    if not reason:
        try:
            reason = HTTPStatus(answer.status_code).phrase
        except ValueError:
            reason = ""
    return reason


def _status_problem(status: int, said: str) -> str:
    if status in (401, 403):
        return f"server answered {said}; the site does not let newsdesk read it"
    if 400 <= status < 500:
        return f"server answered {said}; check the URL"
    if status >= 500:
        return f"server answered {said}; the site has a problem, try again later"
    return f"server answered {said}, which newsdesk does not handle; check the URL"


def _wrong_type(shown: str, mime: str, accept: Collection[str], status: int) -> FetchError:
    kind, named = describe(mime), clean(mime) or "no type given"
    if not readable(mime):
        return FetchError(shown, f"is {kind} ({named}), not a page or a feed", status)
    want = wanted(accept)
    if kind == "a web page" and want == "a feed":
        advice = "use the site's feed address, or open it as a page"
    elif kind == "a feed" and want == "a page":
        advice = "add it as a feed instead"
    else:
        advice = "check the URL"
    return FetchError(shown, f"is {kind} ({named}), not {want}; {advice}", status)


def _too_large(shown: str, limit: int, status: int) -> FetchError:
    size = f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
    return FetchError(
        shown, f"response is larger than {size}; check that the URL is a page or a feed", status
    )


def _sendable(value: str) -> bool:
    """Whether a validator from an earlier answer can go back in a header as it is."""
    return len(value) <= 1024 and value.isascii() and value.isprintable()


def _network_error(shown: str, exc: Exception) -> FetchError:
    """A one-line FetchError for an httpx failure that is not a timeout."""
    reason = clean(str(exc)) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return FetchError(shown, f"cannot connect ({reason}); check the address and your"
                                 " connection")
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchError(shown, "only http and https URLs can be fetched")
    if isinstance(exc, httpx.InvalidURL):
        return FetchError(shown, f"is not a valid URL ({reason}); check it")
    if isinstance(exc, httpx.ProxyError):
        return FetchError(shown, f"the proxy refused the request ({reason}); check the proxy"
                                 " settings")
    if isinstance(exc, httpx.DecodingError):
        return FetchError(shown, f"the response cannot be decoded ({reason}); try again later")
    if isinstance(exc, httpx.TransportError):
        return FetchError(shown, f"the connection broke ({reason}); try again later")
    return FetchError(shown, f"the request failed ({reason}); try again later")
