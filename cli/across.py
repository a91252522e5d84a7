"""Commands across the corpus: `timeline` and `actor` (Markdown, or --json)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator

from newsdesk.analysis.model import MEASURE_TYPES
from newsdesk.analysis.text import one_line
from newsdesk.app.clock import now_utc
from newsdesk.app.profiles import UnknownActor, actor_profile
from newsdesk.app.timeline import TimelineFilter, TimelineItem, timeline
from newsdesk.store.db import Store

from .articles import _date_option
from .output import CliError, Progress, count, open_store


@contextlib.contextmanager
def _reading() -> Iterator[None]:
    """A progress bar on a terminal while the facts cache is made from many articles."""
    from newsdesk.app.facts import PROGRESS

    bar = Progress(enabled=sys.stderr.isatty(), unit="articles read", minimum=1)
    token = PROGRESS.set(lambda done, total: bar.update(done, total, None))
    try:
        yield
    finally:
        PROGRESS.reset(token)
        bar.clear()


def _line(item: TimelineItem) -> str:
    return (f"- {item.date} · {item.kind} · {one_line(item.label)} — "
            f"{one_line(item.article_title)} [{item.article_id[:12]}]")


def cmd_timeline(args: argparse.Namespace) -> int:
    if args.type is not None and args.type not in MEASURE_TYPES:
        raise CliError(f"--type {one_line(args.type)[:40]}: not a measure type; use one of"
                       f" {', '.join(MEASURE_TYPES)}")
    since = _date_option(args.since, "--since")
    until = _date_option(args.until, "--until")
    wanted = TimelineFilter(actor=args.actor, type=args.type, tags=tuple(args.tag or ()),
                            since=since.isoformat() if since else None,
                            until=until.isoformat() if until else None, text=args.text)
    with open_store(args) as store, _reading():  # not read-only: the cache is kept current
        items, undated = timeline(store, wanted)
    if args.json:
        print(json.dumps({"items": [i.to_json() for i in items],
                          "undated_measures": undated}, ensure_ascii=False))
        return 0
    today = now_utc().date().isoformat()
    measures = sum(1 for i in items if i.kind == "measure")
    out = [f"# Timeline: {count(measures, 'measure')}, "
           f"{count(len(items) - measures, 'deadline')}"]
    if not items:
        out.extend(["", "Nothing matches." if _any(wanted) else
                   "No measures or deadlines yet: import articles with `newsdesk import`."])
    month = None
    now_shown = False
    for item in items:
        if not now_shown and item.sort_key[0] > today:
            out.append(f"- **now: {today}** ─────")
            now_shown = True
        if item.date[:7] != month:
            month = item.date[:7]
            out.extend(["", f"## {month}", ""])
        out.append(_line(item))
    if items and not now_shown:
        out.append(f"- **now: {today}** ─────")
    if undated:
        out.extend(["", f"{count(undated, 'measure')} of articles without a published date"
                        " are not on the axis; set one with `newsdesk set-published ID DATE`."])
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _any(wanted: TimelineFilter) -> bool:
    return any((wanted.actor, wanted.type, wanted.tags, wanted.since, wanted.until,
                wanted.text))


def cmd_actor(args: argparse.Namespace) -> int:
    with open_store(args) as store, _reading():
        try:
            profile = actor_profile(store, args.name)
        except UnknownActor as e:
            raise CliError(str(e)) from None
    if args.json:
        print(json.dumps(profile.to_json(), ensure_ascii=False))
        return 0
    out = [f"# {one_line(profile.name)} ({', '.join(profile.kinds)})", "",
           f"## Articles ({len(profile.appearances)})", ""]
    for a in profile.appearances:
        role = ", ".join(one_line(x) for x in (a.role, a.affiliation) if x)
        out.append(f"- {a.published or 'undated'} · {one_line(a.title)}"
                   f"{' · ' + role if role else ''} [{a.article_id[:12]}]")
    for title, items in (("Measures it imposed", profile.imposed),
                         ("Measures aimed at it", profile.targeted),
                         ("Deadlines involving it", profile.deadlines)):
        out.extend(["", f"## {title} ({len(items)})", ""])
        out.extend(_line(i) for i in items)
        if not items:
            out.append("None found.")
    out.extend(["", "## Appears most with", ""])
    out.extend(f"- {one_line(n)} ({count(c, 'article')})" for n, c in profile.partners)
    if not profile.partners:
        out.append("No one else.")
    out.extend(["", f"## Your notes linked to it ({len(profile.notes)})", ""])
    for note in profile.notes:
        out.append(f"- \"{one_line(note.quote)[:80]}\" — {one_line(note.note) or '(no text)'}"
                   f" [{note.article_id[:12]}]")
    if not profile.notes:
        out.append("None: link a note to it with `a` in the workstation.")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def cmd_threads(args: argparse.Namespace) -> int:
    from newsdesk.app.threads import story_threads

    with open_store(args) as store, _reading():
        threads = story_threads(store)
    if args.json:
        print(json.dumps([{k: v for k, v in t.to_json().items() if k != "steps"}
                          for t in threads], ensure_ascii=False))
        return 0
    out = [f"# Threads: {len(threads)}", ""]
    for t in threads:
        data = t.to_json()
        span = f"{data['first']} → {data['last']}" if data["first"] else "undated"
        out.append(f"- {one_line(t.title)} · {count(len(t.steps), 'article')} · {span}"
                   f" [{t.id[:12]}]")
    if not threads:
        out.append("No story spans two articles yet.")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def cmd_thread(args: argparse.Namespace) -> int:
    from newsdesk.app.threads import article_thread

    with open_store(args) as store, _reading():
        article_id = store.resolve_id(args.id)
        thread = article_thread(store, article_id)
        title = store.get_article(article_id).title
    if args.json:
        print(json.dumps(thread.to_json() if thread else None, ensure_ascii=False))
        return 0
    if thread is None:
        print(f"{one_line(title)} [{article_id[:12]}] is a story of its own: no other article"
              " shares its measures or enough of its actors")
        return 0
    out = [f"# Thread: {one_line(thread.title)} ({count(len(thread.steps), 'article')})"]
    for step in thread.steps:
        mark = " ←" if step.article_id == article_id else ""
        out.extend(["", f"## {step.published or 'undated'} · {one_line(step.title)}"
                        f" [{step.article_id[:12]}]{mark}", ""])
        lines = ([f"- new: {one_line(x)}" for x in step.new]
                 + [f"- changed: {one_line(x)}" for x in step.changed]
                 + [f"- deadline moved: {one_line(x)}" for x in step.moved])
        out.extend(lines or ["- nothing new in measures or deadlines"])
    sys.stdout.write("\n".join(out) + "\n")
    return 0


# -- the watchlist -------------------------------------------------------------------------


def cmd_watch_list(args: argparse.Namespace) -> int:
    from newsdesk.app.watch import matched_ids, nearing, watch_items

    with open_store(args) as store, _reading():
        items = watch_items(store)
        soon = nearing(store, now_utc(), items)
        matched = matched_ids(store)
    if args.json:
        print(json.dumps({"items": [{"kind": i.kind, "value": i.value} for i in items],
                          "nearing": [{**d.to_json(), "watched_by": w.label, "within_24h": s}
                                      for d, w, s in soon],
                          "matched_articles": matched}, ensure_ascii=False))
        return 0
    if not items:
        print("nothing watched: `newsdesk watch add ITEM` (an actor, a measure type such as"
              " tariff, or a phrase)")
        return 0
    print("watching:")
    for item in items:
        print(f"  {one_line(item.label)}")
    if soon:
        print("deadlines within a week:")
        for d, item, urgent in soon:
            flag = "  (within 24 hours)" if urgent else ""
            print(f"  {d.date}  {one_line(d.label)}  [{one_line(item.label)}]{flag}")
    if matched:
        print(f"{count(len(matched), 'article')} brought in by imports and fetches match")
    return 0


def _known_actors(store: Store) -> set[str]:
    from newsdesk.app.facts import corpus_facts

    return {n for f in corpus_facts(store, actors=True) for n, _ in f.actor_names()}


def cmd_watch_add(args: argparse.Namespace) -> int:
    from newsdesk.app.watch import BadWatchItem, add_item, parse_item

    with open_store(args) as store:
        try:
            item = parse_item(args.item, _known_actors(store))
        except BadWatchItem as e:
            raise CliError(str(e)) from None
        added = add_item(store, item)
    print(f"watching {one_line(item.label)}" if added else
          f"already watching {one_line(item.label)}")
    return 0


def cmd_watch_remove(args: argparse.Namespace) -> int:
    from newsdesk.app.watch import BadWatchItem, parse_item, remove_item, watch_items

    with open_store(args) as store:
        try:
            item = parse_item(args.item, [i.value for i in watch_items(store)
                                          if i.kind == "actor"])
        except BadWatchItem as e:
            raise CliError(str(e)) from None
        if not remove_item(store, item):
            raise CliError(f"{one_line(item.label)} is not watched; `newsdesk watch list`"
                           " shows what is")
    print(f"no longer watching {one_line(item.label)}")
    return 0


def announce_watched(store: Store, article_ids: list[str]) -> None:
    """After an import or a fetch: the new articles that match the watchlist, on stderr."""
    from newsdesk.app.watch import watched_arrivals

    if not article_ids:
        return
    for article_id, title, items in watched_arrivals(store, article_ids):
        said = ", ".join(one_line(i.label) for i in items)
        print(f"newsdesk: watched: {one_line(title)} [{article_id[:12]}] ({said})",
              file=sys.stderr)
