"""Feeds fetched from a local web site: items per second with analysis (issue 13).

    python bench/fetch.py [--feeds 200] [--items 20] [--full-text]

A local HTTP server (this process, a thread; never the network) serves FEEDS feeds of
ITEMS items each, the texts BBC articles from ../shared/data/news-bbc.jsonl (each item made
distinct). `newsdesk fetch`'s code (app.fetching.fetch_feeds over net.Fetcher) then reads
them into an empty store: the first fetch imports every item with analysis; the second
finds every feed unchanged (a 304 each). With --full-text the items are one-line summaries
and every item's page is fetched and extracted (trafilatura) as well.

Prints the wall time, items per second, and peak RSS of the first fetch, and the second
fetch's time. Target: >= 50 items/s with analysis on this machine.
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "news-bbc.jsonl"


def build_site(feeds: int, items: int, full_text: bool) -> dict[str, tuple[str, bytes]]:
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    pages: dict[str, tuple[str, bytes]] = {}
    n = 0
    for f in range(feeds):
        entries = []
        for i in range(items):
            row = rows[n % len(rows)]
            n += 1
            title = f"{row['title']} ({f}-{i})"
            text = f"{row['text']}\n\nFiled as item {i} of feed {f}."
            link = f"/f{f}/i{i}"
            summary = f"{row['title']}." if full_text else text
            entries.append(
                f"<item><title>{html.escape(title)}</title><link>{{base}}{link}</link>"
                f"<guid>f{f}-i{i}</guid><pubDate>Mon, 15 Sep 2025 08:00:00 GMT</pubDate>"
                f"<description>{html.escape(summary)}</description></item>")
            if full_text:
                body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
                pages[link] = ("text/html; charset=utf-8", (
                    f"<!doctype html><html><head><title>{html.escape(title)}</title></head>"
                    f"<body><nav>Home | World | Business</nav><article><h1>"
                    f"{html.escape(title)}</h1>{body}</article><footer>(c) the site"
                    "</footer></body></html>").encode())
        pages[f"/f{f}.xml"] = ("application/rss+xml", (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Bench feed {f}</title><link>{{base}}/</link><description>b</description>"
            + "".join(entries) + "</channel></rss>").encode())
    return pages


def serve(pages: dict[str, tuple[str, bytes]]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            found = pages.get(self.path)
            if found is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            kind, body = found
            tag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if self.headers.get("If-None-Match") == tag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", tag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--full-text", action="store_true")
    args = parser.parse_args()
    from newsdesk.app.fetching import fetch_feeds
    from newsdesk.net.http import Fetcher
    from newsdesk.store.db import Store
    from newsdesk.store.feeds import Feed

    pages = build_site(args.feeds, args.items, args.full_text)
    server = serve(pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for path, (kind, body) in list(pages.items()):
        pages[path] = (kind, body.replace(b"{base}", base.encode()))
    total = args.feeds * args.items
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store") as store:
        store.put_feeds([Feed.new(f"{base}/f{f}.xml") for f in range(args.feeds)])
        with Fetcher() as fetcher:
            t0 = time.perf_counter()
            report = fetch_feeds(store, store.feeds(), fetcher=fetcher)
            first = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            t0 = time.perf_counter()
            again = fetch_feeds(store, store.feeds(), fetcher=fetcher)
            second = time.perf_counter() - t0
    server.shutdown()
    mode = "full text from each item's page" if args.full_text else "text in the feed"
    print(f"fetch: {args.feeds} feeds x {args.items} items ({mode}), local server")
    print(f"  first fetch: {report.summary()}")
    print(f"    {first:.1f} s, {total / first:.0f} items/s with analysis, peak RSS {peak:.0f} MB"
          "  (target >= 50 items/s)")
    print(f"  second fetch: {again.summary()}; {second:.2f} s")
    if report.new != total or report.failed or again.new or again.unchanged != total:
        print("  UNEXPECTED: not every item was imported once", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
