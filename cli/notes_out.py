"""Commands for notes out: export, deadlines, backup, restore.

    newsdesk export ID [-o FILE|DIR|-] [--force]        one article as a Markdown note
    newsdesk export --all | --actor NAME | --tag TAG    a dossier across articles
    newsdesk deadlines [--article ID] [--upcoming] [--ics FILE|-] [--force]
    newsdesk backup FILE|- [--force]                    the whole store as one JSON file
    newsdesk restore FILE|-                             into an empty store

Reading commands open the store read-only, so they work while the workstation is open.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.analysis.text import one_line
from newsdesk.app.clock import now_utc
from newsdesk.app.views import load_deadlines, load_view
from newsdesk.store.export import article_note, default_note_name
from newsdesk.store.fileio import check_target

from .output import CliError, count, gc_paused, open_store, target, write_output

if TYPE_CHECKING:
    from newsdesk.store.calendar import DeadlineEntry

# -- export ---------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    dossier = args.all or args.actor is not None or args.tag is not None
    if args.id and dossier:
        raise CliError("give an article id or one of --all, --actor, --tag, not both")
    if not args.id and not dossier:
        raise CliError("give an article id (see `newsdesk list`), or --all, --actor NAME or"
                       " --tag TAG for a dossier")
    now = now_utc()
    with open_store(args, readonly=True) as store, gc_paused():
        if args.id:
            view = load_view(store, store.resolve_id(args.id))
            path = target(args.output, default_note_name(view.article))
            if path is not None:
                check_target(path, force=args.force)  # before the work, not after
            text = article_note(view, now, links=args.links, with_text=args.with_text)
            what = (f"note on {view.article.id[:12]}: {count(view.actors, 'actor')},"
                    f" {count(view.measures, 'measure')},"
                    f" {count(view.findings.deadlines, 'deadline')},"
                    f" {count(view.notes, 'note')}")
        else:
            # Imported here: one article's note (the usual export) needs none of it.
            from newsdesk.app.dossier import load_dossier
            from newsdesk.store.export_dossier import (
                NoMatch,
                default_dossier_name,
                dossier_markdown,
            )

            try:
                chosen = load_dossier(store, actor=args.actor, tag=args.tag)
            except NoMatch as e:
                raise CliError(str(e)) from None
            path = target(args.output, default_dossier_name(chosen))
            if path is not None:
                check_target(path, force=args.force)
            if args.with_text:
                raise CliError("--with-text is for one article's note, not a dossier")
            text = dossier_markdown(chosen, now, links=args.links)
            what = (f"dossier: {count(chosen.views, 'article')},"
                    f" {count(chosen.actors, 'actor')}, {count(chosen.notes, 'note')}")
    write_output(path, text.encode(), args.force)
    if path is not None:
        print(f"wrote {path} ({what})")
    return 0


# -- deadlines ------------------------------------------------------------------------------


def cmd_deadlines(args: argparse.Namespace) -> int:
    now = now_utc()
    ics = target(args.ics, "deadlines.ics") if args.ics else None
    if ics is not None:
        check_target(ics, force=args.force)
    from newsdesk.app.facts import deadline_table
    from newsdesk.store.folder import STORE_FILE
    from newsdesk.store.location import resolve_store_path

    # A store that exists is opened writable (unless --readonly) only so that the deadline
    # table kept in its cache stays current: every deadline is then one file's read.
    cached = not args.readonly and (resolve_store_path(args.store) / STORE_FILE).is_file()
    with open_store(args, readonly=not cached) as store, gc_paused():
        table = deadline_table if cached else load_deadlines
        if args.article:
            entries = load_view(store, store.resolve_id(args.article)).deadlines
            any_article = True
            if args.actor is not None or args.tag is not None:
                keep = {e.uid for e in table(store, actor=args.actor, tag=args.tag)}
                entries = [e for e in entries if e.uid in keep]
        else:
            entries = table(store, actor=args.actor, tag=args.tag)
            any_article = store.article_count() > 0
    if args.upcoming:
        entries = [e for e in entries if (e.days_left(now) or 0) >= 0]
    if args.ics:
        from newsdesk.store.calendar import to_ical

        write_output(ics, to_ical(entries, now), args.force)
        if ics is None:
            return 0
    print_deadlines(entries, now, any_article)
    if ics is not None:
        dated = sum(1 for e in entries if e.due is not None)
        print(f"wrote {ics} ({dated} deadline{'s' if dated != 1 else ''} as all-day events;"
              " importing it again updates them)")
    return 0


def print_deadlines(entries: list[DeadlineEntry], now: dt.datetime, any_article: bool) -> None:
    """Upcoming deadlines, soonest first, then those passed, most recent first."""
    upcoming: list[DeadlineEntry] = []
    passed: list[DeadlineEntry] = []
    for e in entries:
        days = e.days_left(now)
        (upcoming if days is None or days >= 0 else passed).append(e)
    passed.sort(key=lambda e: e.days_left(now) or 0, reverse=True)
    stamp = now.strftime("%Y-%m-%d %H:%M UTC")
    if not entries:
        print(f"no deadlines as of {stamp}" + ("" if any_article else
                                              ": add articles with `newsdesk import PATH`"))
        return
    print(f"deadlines as of {stamp}")
    for label, group in (("upcoming", upcoming), ("passed", passed)):
        if not group:
            continue
        print(f"\n{label}:")
        width = max(len(e.left(now)) for e in group)
        for e in group:
            what = one_line(e.what) or f"({one_line(e.text)})"
            print(f"  {e.date:<10}  {e.left(now):<{width}}  {what}  \u2014"
                  f" {one_line(e.article_title)} [{e.article_id[:12]}]")


# -- backup and restore ---------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from newsdesk.store.backup import backup_chunks

    path = target(args.file, "newsdesk-backup.json")
    if path is not None:
        check_target(path, force=args.force)
    with open_store(args, readonly=True) as store:
        counts = (store.article_count(), len(store.annotations()), len(store.corrections()),
                  len(store.settings()))
        write_output(path, backup_chunks(store, now_utc()), args.force)
    if path is not None:
        print(f"wrote {path} ({count(counts[0], 'article')}, {count(counts[1], 'note')},"
              f" {count(counts[2], 'correction')}, {count(counts[3], 'setting')})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from newsdesk.app.seeding import seed_ids
    from newsdesk.store.backup import read_backup, restore

    if args.file == "-":
        backup = read_backup("<stdin>", sys.stdin.buffer.read())
    else:
        backup = read_backup(Path(args.file).expanduser())
    # Into a new store as it is (never seeded first); a store the workstation filled with
    # the shipped seed alone counts as empty.
    with open_store(args) as store:
        seeds = seed_ids() if store.article_count() else set()
        restore(store, backup, disposable=seeds)
        where = store.path
    print(f"restored {backup.summary()} into {where}")
    return 0
