"""News from the network, only when the reader asks: pages by URL and the feeds followed.

`import_urls` fetches pages and keeps the article trafilatura finds in each (a URL already
kept is skipped, or updated when asked). `fetch_feeds` refreshes feeds in two steps:

1. Reading, on a few threads (newsdesk.net bounds and paces every request): each feed is
   fetched with the validators of its last fetch (a 304 parses nothing); its items are
   compared with what the feed said of them last time, and only new or changed ones go
   on; for those with little text (under `FULL_TEXT_WORDS` words) or from a feed marked
   full text, the linked page is fetched (robots.txt respected) and its text kept instead
   of the summary. Nothing is written in this step.
2. Keeping, in this thread: the items are imported with analysis (app/importing.py: new
   ones added, a changed item, by its guid, else its link, updated in place with its notes
   re-anchored), then each feed's state (validators, what it said of each item, errors) is
   committed. A fetch killed at any point leaves the store as a whole commit left it; the
   next fetch, lacking the validators of what was not committed, reads those feeds again
   and completes the job (what was kept already is a duplicate, skipped).

One article per story: an item whose text is an article already kept, or whose link
(fragment and tracking parameters dropped) is one another feed or a URL import brought in,
is that article: its source is added to the article's `also_from`, and nothing else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsdesk.analysis.text import one_line, shorten
from newsdesk.store.db import Store
from newsdesk.store.feeds import Feed
from newsdesk.store.records import Article

from .clock import stamp
from .importing import ImportReport, import_items

if TYPE_CHECKING:
    from newsdesk.net.http import Fetcher
    from newsdesk.store.drafts import ArticleDraft, ImportFailure

__all__ = ["FULL_TEXT_WORDS", "INTERVAL_SETTING", "UNREAD_SETTING", "FetchReport",
           "canonical_link", "fetch_feeds", "import_urls", "mark_read", "unread_ids"]

# Articles a fetch brought in that the reader has not opened yet (the workstation marks
# them in its switcher), oldest first; the newest this many are kept.
UNREAD_SETTING = "feeds.unread"
MAX_UNREAD = 5000
# Minutes between the workstation's background fetches (0 or absent: none).
INTERVAL_SETTING = "feeds.interval_minutes"

# An item with fewer words than this is a summary: its page is fetched for the full text.
FULL_TEXT_WORDS = 80
# Feeds read at once (each host still gets at most two requests at a time: newsdesk.net).
READERS = 6
# Query parameters that track a click rather than name a page.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def canonical_link(url: str | None) -> str | None:
    """A link as compared across feeds: scheme and host lowercased, no fragment, no
    tracking parameters; None for anything but http(s)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.rpartition("@")[2].lower(),
                       parts.path or "/", query, ""))


@dataclass(slots=True)
class FetchReport:
    feeds: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0  # feeds
    problems: list[str] = field(default_factory=list)  # one line each, feeds and pages
    lost_notes: int = 0
    new_ids: list[str] = field(default_factory=list)  # the articles added, in order
    updated_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"feeds {self.feeds}, new {self.new}, updated {self.updated},"
                f" unchanged {self.unchanged}, failed {self.failed}")


@dataclass(slots=True)
class _Item:
    key: str  # the origin it is kept under: feed:<feed url>#<guid, else link>
    digest: str  # what the feed said of it
    link: str | None
    draft: ArticleDraft


@dataclass(slots=True)
class _Read:
    """What reading one feed gave (step 1)."""

    feed: Feed
    error: str | None = None
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    entries: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # key -> seen
    fresh: list[_Item] = field(default_factory=list)  # new or changed items
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    settled: set[str] = field(default_factory=set)  # fresh items found to be kept stories


def _digest(draft: ArticleDraft) -> str:
    said = "\0".join((draft.title, draft.text, draft.published or "", draft.url or ""))
    return hashlib.sha1(said.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _seen_digest(value: object) -> str | None:
    return value.split(" ", 1)[0] if isinstance(value, str) else None


def _read_feed(feed: Feed, fetcher: Fetcher) -> _Read:
    from newsdesk.net.http import FEED_TYPES, FetchError
    from newsdesk.store.drafts import ImportFailure
    from newsdesk.store.readers import read_feed

    read = _Read(feed)
    try:
        response = fetcher.get(feed.url, accept=FEED_TYPES, etag=feed.etag,
                               last_modified=feed.last_modified)
    except FetchError as error:
        read.error = str(error)
        return read
    read.etag, read.last_modified = response.etag, response.last_modified
    if response.not_modified:
        read.not_modified = True
        read.unchanged = feed.entries
        return read
    try:
        drafts = read_feed(feed.url, response.content, None)
    except ImportFailure as failure:
        read.error = f"{one_line(feed.url)}: {failure.reason}"
        return read
    read.title = next((d.source for d in drafts if d.source), None)
    for draft in drafts:
        key = draft.key or f"feed:{feed.url}#{_digest(draft)}"
        draft.key = key
        digest = _digest(draft)
        link = canonical_link(draft.url)
        if key in read.entries:
            continue  # the same item twice in one feed: the first is kept
        read.entries[key] = (digest, link)
        if _seen_digest(feed.seen.get(key)) == digest:
            read.unchanged += 1
            continue
        read.fresh.append(_Item(key, digest, link, draft))
    for item in read.fresh:
        if item.draft.url and (feed.full_text or len(item.draft.text.split()) < FULL_TEXT_WORDS):
            item.draft = _with_page_text(item.draft, fetcher, read.problems, feed)
    return read


def _with_page_text(draft: ArticleDraft, fetcher: Fetcher, problems: list[str],
                    feed: Feed) -> ArticleDraft:
    """The draft with its linked page's text, or as it was (and a line in `problems`)."""
    from newsdesk.net.http import FetchError
    from newsdesk.store.drafts import ImportFailure

    assert draft.url is not None
    try:
        page = _page_draft(draft.url, fetcher, respect_robots=True)
    except (FetchError, ImportFailure) as error:
        problems.append(f"{feed.name}: {shorten(one_line(draft.title), 60)!r}: {error}; kept"
                        " the feed's summary")
        return draft
    if len(page.text.split()) < len(draft.text.split()):
        return draft  # the page gave less than the feed: not the article
    return replace(draft, text=page.text, title=draft.title or page.title,
                   published=draft.published or page.published)


def _page_draft(url: str, fetcher: Fetcher, *, respect_robots: bool) -> ArticleDraft:
    """The article on a page (FetchError or ImportFailure naming the URL)."""
    from newsdesk.net.http import PAGE_TYPES
    from newsdesk.store.importer import decode_page
    from newsdesk.store.readers import read_html, read_text

    response = fetcher.get(url, accept=PAGE_TYPES, respect_robots=respect_robots)
    text = decode_page(response.url, response.content, response.charset)
    if response.content_type == "text/plain":  # its first line the title, as for a .txt
        draft = read_text(Path(urlsplit(response.url).path or "page.txt"), text, None)
        return replace(draft, origin=None, url=response.url)
    draft = read_html(response.url, text, None)
    return replace(draft, url=draft.url or response.url)


# -- URLs ----------------------------------------------------------------------------------


def import_urls(store: Store, urls: Iterable[str], *, fetcher: Fetcher, update: bool = False,
                on_item: Callable[[str, str | None], None] | None = None) -> ImportReport:
    """Fetch each page and keep its article under its canonical URL. A URL already kept
    (as given, or as the page names itself) is skipped, or with `update` fetched again and
    updated in place. `on_item(url, problem)` hears of each URL as it is done."""
    from newsdesk.net.http import FetchError
    from newsdesk.store.drafts import ImportFailure

    report = ImportReport()
    kept = {row.origin for row in store.list_articles()
            if row.origin and row.origin.startswith("url:")}
    items: list[ArticleDraft | ImportFailure] = []
    for url in urls:
        link = canonical_link(url)
        if link is None:
            failure = ImportFailure(url, "only http and https URLs can be fetched; give the"
                                    " full URL, starting with https://")
            items.append(failure)
            _tell(on_item, url, str(failure))
            continue
        if not update and f"url:{link}" in kept:
            report.duplicates += 1
            _tell(on_item, url, None)
            continue
        try:
            draft = _page_draft(url, fetcher, respect_robots=False)
        except FetchError as error:
            items.append(ImportFailure(url, error.problem))
            _tell(on_item, url, str(error))
            continue
        except ImportFailure as failure:
            items.append(failure)
            _tell(on_item, url, str(failure))
            continue
        named = canonical_link(draft.url) or link
        if not update and f"url:{named}" in kept:
            report.duplicates += 1
            _tell(on_item, url, None)
            continue
        # Kept under the URL asked for when the page names another as canonical and an
        # article is already kept under the one asked for (an --update of it).
        key = link if update and f"url:{link}" in kept else named
        kept.add(f"url:{key}")
        items.append(replace(draft, key=f"url:{key}"))
        _tell(on_item, url, None)
    done = import_items(store, items)
    done.duplicates += report.duplicates
    return done


def _tell(on_item: Callable[[str, str | None], None] | None, url: str,
          problem: str | None) -> None:
    if on_item is not None:
        on_item(url, problem)


# -- feeds ---------------------------------------------------------------------------------


def fetch_feeds(store: Store, feeds: list[Feed], *, fetcher: Fetcher,
                on_progress: Callable[[int, int, Feed], None] | None = None) -> FetchReport:
    """Refresh `feeds` (see the module docstring); every feed is fetched whatever the
    others do. `on_progress(done, total, feed)` after each feed is read."""
    report = FetchReport(feeds=len(feeds))
    at = stamp()
    reads = list(_read_all(feeds, fetcher, on_progress))
    # Links other feeds and URL imports already brought in: the same story from elsewhere.
    links: dict[str, str] = {}  # link -> origin
    for feed in store.feeds():
        for key, value in feed.seen.items():
            link = value.partition(" ")[2]
            if link:
                links.setdefault(link, key)
    for row in store.list_articles() if any(r.fresh for r in reads) else ():
        if row.origin and row.origin.startswith("url:"):
            links.setdefault(row.origin[4:], row.origin)
    items: list[ArticleDraft] = []
    also: list[tuple[str, str]] = []  # (origin of the kept story, the other source)
    for read in reads:
        report.problems.extend(read.problems)
        if read.error is not None:
            report.failed += 1
            report.problems.append(read.error)
            continue
        report.unchanged += read.unchanged
        for item in read.fresh:
            first = links.get(item.link) if item.link else None
            if first is not None and first != item.key and not first.startswith(
                    f"feed:{read.feed.url}#"):
                report.unchanged += 1
                also.append((first, item.draft.source or read.title or read.feed.name))
                read.settled.add(item.key)
                continue
            if item.link:
                links.setdefault(item.link, item.key)
            items.append(item.draft)
    same_text: list[tuple[str, str | None]] = []  # (kept article, the other source)

    def on_duplicate(kept_id: str, fresh: Article) -> None:
        same_text.append((kept_id, fresh.source))

    done = import_items(store, items, on_duplicate=on_duplicate)
    for kept_id, source in same_text:  # once committed: an article of this run included
        _add_source(store, kept_id, source)
    report.new += done.imported
    report.updated += done.updated
    report.unchanged += done.duplicates
    report.lost_notes += done.lost_notes
    report.new_ids, report.updated_ids = done.added, done.changed
    report.problems.extend(str(failure) for failure in done.failures)
    if also:
        by_origin = {row.origin: row.id for row in store.list_articles() if row.origin}
        by_origin.update(done.kept)
        for origin, source in also:
            if origin in by_origin:
                _add_source(store, by_origin[origin], source)
    store.put_feeds(_after(read, at, done) for read in reads)
    if report.new_ids:
        unread = [i for i in unread_ids(store) if i not in set(report.new_ids)]
        store.set_setting(UNREAD_SETTING, [*unread, *report.new_ids][-MAX_UNREAD:])
    return report


def unread_ids(store: Store) -> list[str]:
    """The articles fetched and not yet opened, oldest first."""
    value = store.get_setting(UNREAD_SETTING, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def mark_read(store: Store, article_ids: Iterable[str]) -> bool:
    """Take these articles off the unread list; whether any was on it."""
    gone = set(article_ids)
    unread = unread_ids(store)
    kept = [i for i in unread if i not in gone]
    if len(kept) == len(unread):
        return False
    store.set_setting(UNREAD_SETTING, kept)
    return True


def _read_all(feeds: list[Feed], fetcher: Fetcher,
              on_progress: Callable[[int, int, Feed], None] | None) -> Iterator[_Read]:
    """Each feed read (step 1), in the order given, `READERS` at a time."""
    with ThreadPoolExecutor(max_workers=max(1, min(READERS, len(feeds)))) as pool:
        for done, read in enumerate(pool.map(lambda f: _read_safely(f, fetcher), feeds), 1):
            if on_progress is not None:
                on_progress(done, len(feeds), read.feed)
            yield read


def _read_safely(feed: Feed, fetcher: Fetcher) -> _Read:
    try:
        return _read_feed(feed, fetcher)
    except Exception as exc:  # a parser's bug on one feed must not stop the others
        return _Read(feed, error=f"{one_line(feed.url)}: unexpected error"
                     f" ({type(exc).__name__}: {shorten(one_line(str(exc)), 80)});"
                     " please report it")


def _after(read: _Read, at: str, done: ImportReport) -> Feed:
    """The feed's state once its items are kept."""
    feed = read.feed
    changes: dict[str, object] = {"last_fetch": at, "last_error": read.error}
    if read.error is None and not read.not_modified:
        fresh = {item.key for item in read.fresh}
        kept = {key for key in fresh if key in done.kept}
        changes.update(
            etag=read.etag, last_modified=read.last_modified, entries=len(read.entries),
            title=feed.title or read.title, items=feed.items + len(kept),
            # What the feed said of each item it still lists; a new or changed item whose
            # article could not be kept is left out, so the next fetch tries it again.
            seen={key: f"{digest} {link or ''}" for key, (digest, link) in read.entries.items()
                  if key not in fresh or key in kept or key in read.settled})
    elif read.not_modified:
        changes.update(etag=read.etag or feed.etag,
                       last_modified=read.last_modified or feed.last_modified)
    return replace(feed, **changes)  # type: ignore[arg-type]


def _add_source(store: Store, article_id: str, source: str | None) -> None:
    """Note that `source` carried the same story as the kept article too."""
    from .derived import keep_names

    if not source or not store.has_article(article_id):
        return
    article = store.get_article(article_id)
    if source == article.source or source in article.also_from:
        return
    store.update_article(replace(article, also_from=[*article.also_from, source]))
    keep_names(store, [article_id])
