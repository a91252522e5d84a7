"""Commands that reach the network, and only when run: `import URL`, `feeds`, `fetch`."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.analysis.text import one_line
from newsdesk.app.clock import stamp
from newsdesk.store.feeds import Feed, FeedError, feed_matches
from newsdesk.store.fileio import check_target

from .output import PROG, CliError, Progress, open_store, target, write_output

if TYPE_CHECKING:
    from newsdesk.net.http import Fetcher
    from newsdesk.store.db import Store


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(text: str) -> bool:
    """Whether an `import` argument is a URL (`scheme://...`) rather than a path; only http
    and https ones are fetched, any other is refused in one line."""
    return _SCHEME.match(text) is not None


def _fetcher() -> Fetcher:
    from newsdesk.net.http import Fetcher

    return Fetcher()


def import_urls(args: argparse.Namespace, urls: list[str],
                store: Store) -> tuple[str, bool, list[str]]:
    """`import URL...`: the summary line, whether any URL failed, the articles added."""
    from newsdesk.app.fetching import import_urls

    progress = Progress(enabled=sys.stderr.isatty(), unit="pages", minimum=2)
    done = 0

    def on_item(url: str, problem: str | None) -> None:
        nonlocal done
        done += 1
        if problem is not None:
            progress.clear()
            print(f"{PROG}: failed: {one_line(problem)}", file=sys.stderr)
        progress.update(done, len(urls), None)

    with _fetcher() as fetcher:
        report = import_urls(store, urls, fetcher=fetcher, update=args.update, on_item=on_item)
    progress.clear()
    return report.summary(), bool(report.failures), report.added


# -- feeds ---------------------------------------------------------------------------------


def _find(store: Store, given: str) -> Feed:
    found = [feed for feed in store.feeds() if feed_matches(feed, given)]
    if not found:
        raise CliError(f"no feed {one_line(given)!r} is followed; `newsdesk feeds list` shows"
                       " them with their ids")
    if len(found) > 1:
        raise CliError(f"{one_line(given)!r} names {len(found)} feeds; give more of the id")
    return found[0]


def cmd_feeds_add(args: argparse.Namespace) -> int:
    try:
        feed = Feed.new(args.url, title=args.title, tags=args.tag or [],
                        full_text=args.full_text, added=stamp())
    except FeedError as e:
        raise CliError(str(e)) from None
    with open_store(args) as store:
        known = next((f for f in store.feeds() if f.id == feed.id), None)
        if known is not None:
            merged = [*known.tags, *(t for t in feed.tags if t not in known.tags)]
            changed = Feed.from_dict({**known.to_dict(), "tags": merged,
                                      "full_text": known.full_text or feed.full_text,
                                      "title": feed.title or known.title})
            store.put_feeds([changed])
            print(f"already followed: {changed.id}  {one_line(changed.name)}")
            return 0
        store.put_feeds([feed])
    print(f"following {feed.id}  {one_line(feed.url)}; `newsdesk fetch` reads it")
    return 0


def cmd_feeds_list(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        feeds = store.feeds()
    if args.json:
        print(json.dumps([{"id": f.id, "url": f.url, "title": f.title, "tags": f.tags,
                           "full_text": f.full_text, "items": f.items,
                           "entries": f.entries, "last_fetch": f.last_fetch,
                           "last_error": f.last_error, "added": f.added} for f in feeds],
                         ensure_ascii=False))
        return 0
    if not feeds:
        print("no feeds followed: add one with `newsdesk feeds add URL`")
        return 0
    for f in feeds:
        tags = "".join(f" #{t}" for t in f.tags)
        full = "  full text" if f.full_text else ""
        fetched = f.last_fetch[:16].replace("T", " ") if f.last_fetch else "never fetched"
        print(f"{f.id}  {one_line(f.name)}{tags}{full}")
        print(f"    {one_line(f.url)}  items {f.items}  last fetch {fetched}")
        if f.last_error:
            print(f"    last error: {one_line(f.last_error)}")
    return 0


def cmd_feeds_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        feed = _find(store, args.feed)
        store.remove_feed(feed.id)
    print(f"no longer following {feed.id}  {one_line(feed.name)} (its articles stay)")
    return 0


def cmd_feeds_import(args: argparse.Namespace) -> int:
    from newsdesk.store.opml import OpmlError, read_opml

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file; give the OPML file your feed reader exported"
                       ) from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a folder; give the OPML file itself") from None
    except OSError as e:
        raise CliError(f"{path}: cannot be read ({e.strerror}); check it") from None
    try:
        read = read_opml(data, source=str(path))
    except OpmlError as e:
        raise CliError(str(e)) from None
    for line in read.skipped:
        print(f"{PROG}: skipped: {one_line(line)}", file=sys.stderr)
    added = known = 0
    with open_store(args) as store:
        followed = {f.id: f for f in store.feeds()}
        new: list[Feed] = []
        for outline in read.feeds:
            try:
                feed = Feed.new(outline.url, title=outline.title, tags=outline.tags,
                                added=stamp())
            except FeedError as e:
                print(f"{PROG}: skipped: {e}", file=sys.stderr)
                continue
            if feed.id in followed or any(f.id == feed.id for f in new):
                known += 1
                continue
            new.append(feed)
            added += 1
        store.put_feeds(new)
    print(f"feeds added {added}, already followed {known}, skipped {len(read.skipped)}")
    return 0


def cmd_feeds_export(args: argparse.Namespace) -> int:
    from newsdesk.store.opml import FeedOutline, write_opml

    path = target(args.output, "newsdesk-feeds.opml") if args.output else None
    if path is not None:
        check_target(path, force=args.force)
    with open_store(args, readonly=True) as store:
        feeds = store.feeds()
    data = write_opml([FeedOutline(f.url, f.title, tuple(f.tags)) for f in feeds], now=stamp())
    write_output(path, data, args.force)
    if path is not None:
        print(f"wrote {len(feeds)} feed{'s' if len(feeds) != 1 else ''} to {path}",
              file=sys.stderr)
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    from newsdesk.app.fetching import fetch_feeds

    with open_store(args) as store:
        feeds = store.feeds()
        if args.feed:
            feeds = [_find(store, args.feed)]
        if not feeds:
            print("no feeds followed: add one with `newsdesk feeds add URL`")
            return 0
        progress = Progress(enabled=sys.stderr.isatty(), unit="feeds", minimum=2)
        with _fetcher() as fetcher:
            report = fetch_feeds(store, feeds, fetcher=fetcher,
                                 on_progress=lambda done, total, _f: progress.update(
                                     done, total, None))
        progress.clear()
        from .across import announce_watched

        announce_watched(store, report.new_ids)
    for line in report.problems:
        print(f"{PROG}: {one_line(line)}", file=sys.stderr)
    if report.lost_notes:
        print(f"{PROG}: {report.lost_notes} note(s) no longer find their quote in an updated"
              " article; they stay where they were", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed else 0


def cmd_feeds_interval(args: argparse.Namespace) -> int:
    from newsdesk.app.fetching import INTERVAL_SETTING

    if args.minutes is None:
        with open_store(args, readonly=True) as store:
            minutes = store.get_setting(INTERVAL_SETTING, 0)
        print(f"the workstation fetches every {minutes} minutes" if minutes else
              "the workstation fetches only when asked (F); set minutes to fetch on a timer")
        return 0
    if args.minutes < 0 or args.minutes > 24 * 60:
        raise CliError(f"interval {args.minutes}: give minutes from 0 (off) to 1440")
    with open_store(args) as store:
        store.set_setting(INTERVAL_SETTING, args.minutes)
    print(f"the workstation fetches every {args.minutes} minutes while open" if args.minutes
          else "background fetches off")
    return 0
