"""The `newsdesk` command line: open the workstation, analyze, import, list, show, remove."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from pathlib import Path
from typing import BinaryIO

PROG = "newsdesk"


class CliError(Exception):
    """A user mistake: printed as one line, exit status 2."""


def _open_store(args: argparse.Namespace, *, readonly: bool = False):
    from newsdesk.store.db import Store
    from newsdesk.store.location import resolve_store_path

    from .library import ensure_seeded

    path = resolve_store_path(args.store)
    readonly = readonly or args.readonly
    store = Store.open(path, readonly=readonly)
    if store.created and readonly:
        # A new store is seeded before it is read; that first open must be able to write.
        store.close()
        with Store.open(path) as writable:
            ensure_seeded(writable)
        store = Store.open(path, readonly=True)
    else:
        ensure_seeded(store)
    return store


def _bad_date_message(value: str) -> str:
    return f'bad date "{value}": use YYYY-MM-DD'


# -- analyze -------------------------------------------------------------------------------


def _analyze_line(raw: bytes, lineno: int) -> dict:
    from newsdesk.analysis.engine import analyze
    from newsdesk.store.normalize import clean_line

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CliError(f"line {lineno}: not valid UTF-8 (byte {e.start}); re-save it as UTF-8"
                       ) from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise CliError(f"line {lineno}: not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(record, dict):
        raise CliError(f'line {lineno}: expected a JSON object with "id" and "text"')
    text = record.get("text")
    if not isinstance(text, str):
        raise CliError(f'line {lineno}: "text" is missing or not a string')
    if "id" not in record:
        raise CliError(f'line {lineno}: "id" is missing')
    published = record.get("published")
    date = None
    if published not in (None, ""):
        try:
            date = dt.date.fromisoformat(str(published))
        except ValueError:
            shown = clean_line(str(published))[:40]
            raise CliError(f"line {lineno}: {_bad_date_message(shown)}") from None
    return analyze(text, date).to_json(record["id"])


def _json_line(result: dict) -> bytes:
    """One output line; JSON escapes keep a lone surrogate from the input printable."""
    try:
        return (json.dumps(result, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(result) + "\n").encode("ascii")


def cmd_analyze(args: argparse.Namespace) -> int:
    # Bytes, decoded line by line: one bad line is reported by its number and the
    # lines around it are still analysed.
    source: BinaryIO
    if args.input and args.input != "-":
        try:
            source = open(args.input, "rb")  # noqa: SIM115 - closed below
        except OSError as e:
            raise CliError(f"{args.input}: cannot read ({e.strerror}); check the path") from None
    else:
        source = sys.stdin.buffer
    failed = 0
    out = sys.stdout.buffer
    try:
        for lineno, raw in enumerate(source, 1):
            if not raw.strip():
                continue
            try:
                result = _analyze_line(raw, lineno)
            except CliError as e:
                failed += 1
                print(f"{PROG} analyze: {e}", file=sys.stderr)
                continue
            out.write(_json_line(result))
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    out.flush()
    return 1 if failed else 0


# -- import / list / show / remove ---------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from newsdesk.store.importer import BadDate, ImportFailure, parse_date

    from .library import import_into

    published = None
    if args.published:
        try:
            published = parse_date(args.published)
        except BadDate as e:
            raise CliError(f"--published: {e}") from None
    paths = [Path(p) for p in args.paths]
    progress = _Progress(enabled=sys.stderr.isatty())

    def on_item(item) -> None:
        if isinstance(item, ImportFailure):
            progress.clear()
            print(f"{PROG}: failed: {item}", file=sys.stderr)

    with _open_store(args) as store:
        report = import_into(store, paths, published=published, on_item=on_item,
                             on_progress=progress.update)
    progress.clear()
    print(report.summary())
    return 1 if report.failures else 0


class _Progress:
    """A progress bar on a terminal when there are many files; silent otherwise."""

    MIN_FILES = 20

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False
        self.started = time.monotonic()

    def update(self, done: int, total: int, path: Path) -> None:
        if not self.enabled or total < self.MIN_FILES:
            return
        width = 30
        filled = width * done // max(total, 1)
        rate = done / max(time.monotonic() - self.started, 1e-6)
        sys.stderr.write(f"\r{PROG}: [{'#' * filled}{'.' * (width - filled)}] "
                         f"{done}/{total} files, {rate:,.0f}/s")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


def cmd_list(args: argparse.Namespace) -> int:
    with _open_store(args, readonly=True) as store:
        rows = store.list_articles()
    if not rows:
        print("no articles yet: add some with `newsdesk import PATH`")
        return 0
    for row in rows:
        title = _one_line(row.title)
        print(f"{row.id[:12]}  {row.published or 'unknown':10}  {row.words:>7} words  {title}")
    return 0


def _one_line(text: str) -> str:
    """An untrusted value for one terminal line: no escapes, controls or bidi overrides."""
    from newsdesk.store.normalize import clean_line

    return clean_line(text)


def cmd_show(args: argparse.Namespace) -> int:
    with _open_store(args, readonly=True) as store:
        article = store.get_article(store.resolve_id(args.id))
    if args.json:
        record = {"id": article.id, **(article.findings or {})}
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"id:        {article.id}")
    print(f"title:     {_one_line(article.title)}")
    print(f"published: {article.published or 'unknown'}")
    print(f"source:    {_one_line(article.source or 'unknown')}")
    if article.url:
        print(f"url:       {_one_line(article.url)}")
    print(f"words:     {article.words}")
    print()
    print(article.text)
    if article.findings:
        print()
        print(_format_findings(article.findings))
    return 0


def _format_findings(f: dict) -> str:
    lines = ["Actors:"]
    for a in f.get("actors", []):
        extra = ", ".join(x for x in (a.get("role"), a.get("affiliation")) if x)
        lines.append(f"  {a['name']} ({a['kind']}{'; ' + extra if extra else ''})"
                     f" x{len(a.get('mentions', []))}")
    lines.append("Measures:")
    for m in f.get("measures", []):
        targets = ", ".join(m.get("targets") or []) or "?"
        mag = f" [{m['magnitude']}]" if m.get("magnitude") else ""
        lines.append(f"  {m['type']}/{m['action']}: {m.get('imposer') or '?'} -> {targets}{mag}")
    lines.append("Deadlines:")
    for d in f.get("deadlines", []):
        lines.append(f"  {d['date']}: {d['what']}")
    lines.append("Times:")
    for t in f.get("times", []):
        lines.append(f"  {t['text']!r} {t['type']} {t['value']}")
    return "\n".join(lines)


def cmd_remove(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        article_id = store.resolve_id(args.id)
        title = store.get_article(article_id).title
        store.remove_article(article_id)
    print(f"removed {article_id[:12]}  {_one_line(title)}")
    return 0


# -- the workstation -----------------------------------------------------------------------


def cmd_open(args: argparse.Namespace) -> int:
    from newsdesk.store.errors import StoreLocked

    from .app import run_app

    try:
        store = _open_store(args)
    except StoreLocked as e:
        # A second workstation may still read: it opens read-only and says so.
        print(f"{PROG}: {e}; opening read-only", file=sys.stderr)
        store = _open_store(args, readonly=True)
    with store:
        run_app(store)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    parser.add_argument("--store", metavar="PATH",
                        help="store folder (default: $NEWSDESK_STORE or the user data folder)")
    parser.add_argument("--readonly", action="store_true",
                        help="open the store without changing anything")
    parser.set_defaults(func=cmd_open)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("analyze", help="JSON Lines in, findings out (touches no store)")
    p.add_argument("--input", metavar="FILE", help="read this file instead of stdin")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("import", help="import .txt, .md, .html files, feeds and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", metavar="DATE", help="reference date where a file has none")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list the articles kept")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one article and its findings")
    p.add_argument("id", help="article id or a unique prefix of it")
    p.add_argument("--json", action="store_true", help="print findings in the analyze format")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("remove", help="remove an article (and its notes)")
    p.add_argument("id", help="article id or a unique prefix of it")
    p.set_defaults(func=cmd_remove)

    from . import cli_export

    cli_export.register(sub, _open_store, CliError)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; user mistakes are one line on stderr and a non-zero exit."""
    from newsdesk.store.errors import StoreError

    # Libraries log through `logging`; unconfigured, their warnings would print raw
    # (and garble the TUI). Errors the user must see are reported by us.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (CliError, StoreError) as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:
        # The importer (and trafilatura with it) loads only when a command needs it; every
        # command pays ~0.2 s otherwise, the workstation's start included.
        importer = sys.modules.get("newsdesk.store.importer")
        if importer is not None and isinstance(e, importer.ImportFailure):
            print(f"{PROG}: error: {e}", file=sys.stderr)
            return 2
        raise
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
