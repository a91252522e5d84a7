"""CLI commands for notes out: export, deadlines, backup, restore.

    newsdesk export ID [-o FILE|DIR|-] [--force]        one article as a Markdown note
    newsdesk export --all | --actor NAME | --tag TAG    a dossier across articles
    newsdesk deadlines [--article ID] [--upcoming] [--ics FILE|-] [--force]
    newsdesk backup FILE|- [--force]                    the whole store as one JSON file
    newsdesk restore FILE|-                             into an empty store

Reading commands open the store read-only, so they work while the workstation is open.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Callable, Iterable, Iterator, Sized
from pathlib import Path

PROG = "newsdesk"


def register(sub, open_store, cli_error) -> None:
    """Add the export commands to the `newsdesk` parser."""

    def bind(command: Callable[..., int]) -> Callable[[argparse.Namespace], int]:
        return lambda args: command(args, open_store, cli_error)

    p = sub.add_parser(
        "export", help="write an article, or a dossier across articles, as Markdown",
        description="Write one article as a Markdown note (front matter, actors, measures,"
        " deadlines, your notes), or with --all/--actor/--tag a dossier across articles."
        " Corrections are applied and rejected findings left out.")
    p.add_argument("id", nargs="?", help="article id or a unique prefix of it")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--all", action="store_true", help="a dossier of every article")
    scope.add_argument("--actor", metavar="NAME",
                       help="a dossier of one actor (name, alias or part of a name; any case)")
    scope.add_argument("--tag", metavar="TAG", help="a dossier of the notes with this tag")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="file to write, or a folder to put it in, or - for stdout (default:"
                   " <title-slug>.md, dossier-….md in the current folder)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=bind(cmd_export))

    p = sub.add_parser("deadlines", help="list deadlines with the time left; --ics writes them"
                       " as a calendar")
    p.add_argument("--article", metavar="ID", help="only this article's deadlines")
    p.add_argument("--upcoming", action="store_true", help="leave out deadlines that passed")
    p.add_argument("--ics", metavar="FILE", help="also write an iCalendar file (- for stdout)")
    p.add_argument("--force", action="store_true", help="replace the .ics file if it exists")
    p.set_defaults(func=bind(cmd_deadlines))

    p = sub.add_parser("backup", help="write the whole store to one JSON file")
    p.add_argument("file", metavar="FILE", help="the backup file to write (- for stdout)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=bind(cmd_backup))

    p = sub.add_parser("restore", help="bring a backup back into an empty store")
    p.add_argument("file", metavar="FILE", help="a file written by `newsdesk backup` (- for"
                   " stdin)")
    p.set_defaults(func=bind(cmd_restore))


def _one_line(text: object) -> str:
    """An untrusted value for one terminal line: no escapes, controls or bidi overrides."""
    from newsdesk.store.normalize import clean_line  # lazily: it loads lxml, which start-up skips

    return clean_line(str(text or ""))


def _count(items: int | Sized, word: str) -> str:
    n = items if isinstance(items, int) else len(items)
    return f"{n} {word}{'' if n == 1 else 's'}"


def _target(output: str | None, default_name: str) -> Path | None:
    """Where to write: None for stdout, a folder gets the default name."""
    if output == "-":
        return None
    if not output:
        return Path(default_name)
    path = Path(output).expanduser()
    return path / default_name if path.is_dir() else path


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a command builds the objects of a whole
    store: they hold no cycles, and its ever longer passes over them took half the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write(path: Path | None, data: bytes | Iterable[bytes], force: bool) -> None:
    from newsdesk.store.fileio import write_file

    if path is None:
        chunks = [data] if isinstance(data, bytes) else data
        # Bytes as written (UTF-8, the .ics file's CRLFs), whatever the terminal's encoding.
        sys.stdout.flush()
        out = getattr(sys.stdout, "buffer", None)
        for chunk in chunks:
            if out is not None:
                out.write(chunk)
            else:
                sys.stdout.write(chunk.decode())
        (out or sys.stdout).flush()
        return
    write_file(path, data, force=force)


# -- export ---------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, open_store, cli_error) -> int:
    from newsdesk.store.export import article_note, default_note_name, load_view
    from newsdesk.store.export_dossier import (
        NoMatch,
        default_dossier_name,
        dossier_markdown,
        load_dossier,
    )
    from newsdesk.store.fileio import check_target

    from .library import now_utc

    dossier = args.all or args.actor is not None or args.tag is not None
    if args.id and dossier:
        raise cli_error("give an article id or one of --all, --actor, --tag, not both")
    if not args.id and not dossier:
        raise cli_error("give an article id (see `newsdesk list`), or --all, --actor NAME or"
                        " --tag TAG for a dossier")
    now = now_utc()
    with open_store(args, readonly=True) as store, _gc_paused():
        if args.id:
            view = load_view(store, store.resolve_id(args.id))
            path = _target(args.output, default_note_name(view.article))
            if path is not None:
                check_target(path, force=args.force)  # before the work, not after
            text = article_note(view, now)
            what = (f"note on {view.article.id[:12]}: {_count(view.actors, 'actor')},"
                    f" {_count(view.measures, 'measure')}, {_count(view.deadlines, 'deadline')},"
                    f" {_count(view.notes, 'note')}")
        else:
            try:
                chosen = load_dossier(store, actor=args.actor, tag=args.tag)
            except NoMatch as e:
                raise cli_error(str(e)) from None
            path = _target(args.output, default_dossier_name(chosen))
            if path is not None:
                check_target(path, force=args.force)
            text = dossier_markdown(chosen, now)
            what = (f"dossier: {_count(chosen.views, 'article')},"
                    f" {_count(chosen.actors, 'actor')}, {_count(chosen.notes, 'note')}")
    _write(path, text.encode(), args.force)
    if path is not None:
        print(f"wrote {path} ({what})")
    return 0


# -- deadlines ------------------------------------------------------------------------------


def cmd_deadlines(args: argparse.Namespace, open_store, cli_error) -> int:
    from newsdesk.store.calendar import to_ical
    from newsdesk.store.export import load_deadlines, load_view
    from newsdesk.store.fileio import check_target

    from .library import now_utc

    now = now_utc()
    ics = _target(args.ics, "deadlines.ics") if args.ics else None
    if ics is not None:
        check_target(ics, force=args.force)
    with open_store(args, readonly=True) as store, _gc_paused():
        if args.article:
            entries = load_view(store, store.resolve_id(args.article)).deadlines
            any_article = True
        else:
            entries = load_deadlines(store)
            any_article = store.article_count() > 0
    if args.upcoming:
        entries = [e for e in entries if (e.days_left(now) or 0) >= 0]
    if args.ics:
        _write(ics, to_ical(entries, now), args.force)
        if ics is None:
            return 0
    upcoming, passed = [], []
    for e in entries:
        days = e.days_left(now)
        (upcoming if days is None or days >= 0 else passed).append(e)
    passed.sort(key=lambda e: e.days_left(now) or 0, reverse=True)  # most recent first
    stamp = now.strftime("%Y-%m-%d %H:%M UTC")
    if not entries:
        print(f"no deadlines as of {stamp}" + ("" if any_article else
                                              ": add articles with `newsdesk import PATH`"))
    else:
        print(f"deadlines as of {stamp}")
        for label, group in (("upcoming", upcoming), ("passed", passed)):
            if not group:
                continue
            print(f"\n{label}:")
            width = max(len(e.left(now)) for e in group)
            for e in group:
                what = _one_line(e.what) or f"({_one_line(e.text)})"
                title = _one_line(e.article_title)
                print(f"  {e.date:<10}  {e.left(now):<{width}}  {what}  \u2014 {title}"
                      f" [{e.article_id[:12]}]")
    if ics is not None:
        dated = sum(1 for e in entries if e.due is not None)
        print(f"wrote {ics} ({dated} deadline{'s' if dated != 1 else ''} as all-day events;"
              " importing it again updates them)")
    return 0


# -- backup and restore ---------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace, open_store, cli_error) -> int:
    from newsdesk.store.backup import backup_chunks
    from newsdesk.store.fileio import check_target

    from .library import now_utc

    path = _target(args.file, "newsdesk-backup.json")
    if path is not None:
        check_target(path, force=args.force)
    with open_store(args, readonly=True) as store:
        counts = (store.article_count(), len(store.annotations()), len(store.corrections()),
                  len(store.settings()))
        _write(path, backup_chunks(store, now_utc()), args.force)
    if path is not None:
        print(f"wrote {path} ({_count(counts[0], 'article')}, {_count(counts[1], 'note')},"
              f" {_count(counts[2], 'correction')}, {_count(counts[3], 'setting')})")
    return 0


def _seed_ids() -> set[str]:
    """Ids of the shipped seed articles, which a new store holds before the reader's own."""
    from newsdesk.seeds import seed_paths
    from newsdesk.store.importer import ImportFailure, read_path, to_article

    ids: set[str] = set()
    for path in seed_paths():
        try:
            ids.update(to_article(draft, "").id for draft in read_path(path))
        except ImportFailure:
            continue
    return ids


def cmd_restore(args: argparse.Namespace, open_store, cli_error) -> int:
    from newsdesk.store.backup import read_backup, restore

    if args.file == "-":
        backup = read_backup("<stdin>", sys.stdin.buffer.read())
    else:
        backup = read_backup(Path(args.file).expanduser())
    with open_store(args) as store:
        # A store newsdesk has just made holds the seed article; it does not count as data.
        seeds = _seed_ids() if store.article_count() else set()
        restore(store, backup, disposable=seeds)
        where = store.path
    print(f"restored {backup.summary()} into {where}")
    return 0
