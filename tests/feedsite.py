"""A local web site for the tests of feeds and URL imports: never the real network.

`Site` serves what a test puts in `pages` (path -> `Page`), answers a conditional GET with
304 when the page's ETag matches, and counts requests per path.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["Page", "Site", "article_page", "rss"]


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    repeat: int = 1  # the body sent this many times, with no Content-Length


class Site:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                path = self.path
                site.hits[path] += 1
                page = site.pages.get(path)
                if page is None:
                    self.send_response(404, "Not Found")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if page.delay:
                    time.sleep(page.delay)
                sent_tag = self.headers.get("If-None-Match")
                if sent_tag is not None:
                    site.conditional[path] += 1
                if page.etag is not None and sent_tag == page.etag:
                    self.send_response(304)
                    self.send_header("ETag", page.etag)
                    self.end_headers()
                    return
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                if page.repeat == 1:
                    self.send_header("Content-Length", str(len(page.body)))
                else:
                    self.send_header("Connection", "close")
                if page.etag is not None:
                    self.send_header("ETag", page.etag)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(OSError):
                    for _ in range(page.repeat):
                        self.wfile.write(page.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def rss(title: str, items: list[dict[str, str]], *, link: str = "http://example.org/") -> bytes:
    """An RSS 2.0 feed; each item's keys: title, link, guid, description, pubDate."""
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    parts = [f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
             f"<title>{esc(title)}</title><link>{esc(link)}</link><description>d</description>"]
    for item in items:
        parts.append("<item>" + "".join(f"<{k}>{esc(v)}</{k}>" for k, v in item.items())
                     + "</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def article_page(title: str, paragraphs: list[str], *, date: str = "2025-09-14",
                 canonical: str | None = None) -> bytes:
    """A news page trafilatura can read: a title, a date, paragraphs, some boilerplate."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{link}"
            f"<meta property='article:published_time' content='{date}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright the site. All rights reserved.</footer></body></html>"
            ).encode()


def http_date(seconds: float | None = None) -> str:
    return formatdate(seconds, usegmt=True)
