"""The local HTTP server the net tests fetch from (127.0.0.1, a free port): nothing goes online.

A test gives `site.routes[path]` a function that answers through the request handler,
using `reply` and `chunked` below; `site.hits` records every request (path, headers).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Route = Callable[[BaseHTTPRequestHandler], None]
GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        #: Set at teardown: handlers that wait on it (slow servers) stop waiting.
        self.closing = threading.Event()
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.site = self
        # A short poll: shutdown() waits for it, once per test.
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for hit, _ in self.hits if hit == path)

    def headers(self, path: str) -> dict[str, str]:
        """The headers of the last request for `path`, names lowercased."""
        with self.lock:
            return next(h for hit, h in reversed(self.hits) if hit == path)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up on purpose (size cap, timeout) is no test failure


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        site = self.server.site
        path = urlsplit(self.path).path
        with site.lock:
            site.hits.append((path, {k.lower(): v for k, v in self.headers.items()}))
        route = site.routes.get(path)
        try:
            if route is None:
                reply(self, 404, b"no such page", "text/plain")
            else:
                route(self)
        except GONE:
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


def reply(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    content_type: str | None = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
    reason: str | None = None,
) -> None:
    """Answer with a whole body and its Content-Length (none for a 304)."""
    handler.send_response(status, reason)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    if status != 304:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def chunked(
    handler: BaseHTTPRequestHandler,
    pieces: Iterable[bytes],
    content_type: str | None = "text/html",
    headers: dict[str, str] | None = None,
) -> None:
    """Answer with Transfer-Encoding: chunked and no Content-Length."""
    handler.send_response(200)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    for piece in pieces:
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
    handler.wfile.write(b"0\r\n\r\n")
