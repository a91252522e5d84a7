"""Commands over articles: analyze, import, list, show, remove."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

from newsdesk.analysis.model import Findings
from newsdesk.analysis.text import one_line
from newsdesk.app.views import load_view
from newsdesk.store.records import Annotation

from .output import PROG, CliError, Progress, gc_paused, open_store

# -- analyze -------------------------------------------------------------------------------


def bad_date_message(value: str) -> str:
    return f'bad date "{value}": use YYYY-MM-DD'


def _analyze_line(raw: bytes, lineno: int) -> dict[str, Any]:
    from newsdesk.analysis.engine import analyze  # the engine's lexicons: only when used

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
            shown = one_line(published)[:40]
            raise CliError(f"line {lineno}: {bad_date_message(shown)}") from None
    findings: Findings = analyze(text, date)
    return findings.to_json(record["id"])


def _json_line(result: dict[str, Any]) -> bytes:
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
            out.flush()  # a line as soon as it is ready: analyze is a filter in a pipe
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    out.flush()
    return 1 if failed else 0


# -- import / list / show / remove ---------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    # The importer (and trafilatura with it) loads only when a command imports: every
    # other command, the workstation's start included, would pay ~0.2 s for it.
    from newsdesk.app.importing import import_into
    from newsdesk.store.importer import ArticleDraft, BadDate, ImportFailure, parse_date

    published = None
    if args.published:
        try:
            published = parse_date(args.published)
        except BadDate as e:
            raise CliError(f"--published: {e}") from None
    from .across import announce_watched
    from .feeds import import_urls, is_url

    urls = [p for p in args.paths if is_url(p)]
    paths = [Path(p) for p in args.paths if not is_url(p)]
    if args.update and not urls:
        raise CliError("--update applies to URLs (a changed file updates its article anyway)")
    progress = Progress(enabled=sys.stderr.isatty())

    def on_item(item: ArticleDraft | ImportFailure) -> None:
        if isinstance(item, ImportFailure):
            progress.clear()
            print(f"{PROG}: failed: {item}", file=sys.stderr)

    with open_store(args) as store:
        if urls:  # the network, only because the reader named a URL
            summary, failed, added = import_urls(args, urls, store)
            print(f"{summary} (URLs)")
            announce_watched(store, added)
            if not paths:
                return 1 if failed else 0
        report = import_into(store, paths, published=published, on_item=on_item,
                             on_progress=progress.update)
        progress.clear()
        announce_watched(store, report.added)
    progress.clear()
    for line in report.undated_lines():
        print(f"{PROG}: {one_line(line)}", file=sys.stderr)
    if report.lost_notes:
        print(f"{PROG}: {report.lost_notes} note(s) no longer find their quote in the updated"
              " text; they stay where they were (`newsdesk show ID` lists them)",
              file=sys.stderr)
    print(report.summary())
    return 1 if report.failures else 0


def cmd_list(args: argparse.Namespace) -> int:
    # Loaded here: `show`, `export` and `remove` (this module too) never list.
    from newsdesk.app.listing import ArticleFilter, list_articles

    wanted = ArticleFilter(since=_date_option(args.since, "--since"),
                           until=_date_option(args.until, "--until"), source=args.source,
                           actor=args.actor, tag=args.tag)
    with open_store(args, readonly=True) as store, gc_paused():
        rows = list_articles(store, wanted)
        total = store.article_count()
    if args.json:
        print(json.dumps([{"id": r.id, "title": r.title, "published": r.published,
                           "source": r.source, "words": r.words, "imported_at": r.imported_at}
                          for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("no articles yet: add some with `newsdesk import PATH`" if not total else
              f"no article of the {total} kept matches")
        return 0
    lines: list[str] = []
    sources: dict[str | None, str] = {None: ""}  # a few sources for many rows: each once
    for row in rows:
        # An undated article is marked: its relative dates could not be resolved.
        date = row.published or "unknown"
        source = sources.get(row.source)
        if source is None:
            source = sources[row.source] = f"  ({one_line(row.source)})" if row.source else ""
        lines.append(f"{row.id[:12]}  {date:10}  {row.words:>7} words"
                     f"  {one_line(row.title)}{source}\n")
        if len(lines) == 1000:  # written a thousand at a time: print() per line cost 0.3 s
            sys.stdout.write("".join(lines))  # of a 100,000-article list
            lines.clear()
    sys.stdout.write("".join(lines))
    return 0


def _date_option(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(f"{option}: {bad_date_message(one_line(value)[:40])}") from None


def cmd_set_published(args: argparse.Namespace) -> int:
    from newsdesk.app.engine import set_published  # the engine: only when it runs

    value = args.date.strip()
    published = None
    if value.lower() not in ("", "unknown", "none"):
        try:
            published = dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise CliError(bad_date_message(one_line(value)[:40]) + ", or `unknown`") from None
        if len(value) != 10:
            raise CliError(bad_date_message(one_line(value)[:40]))
    with open_store(args) as store:
        article = set_published(store, store.resolve_id(args.id), published)
    print(f"{article.id[:12]}  published {article.published or 'unknown'}: dates re-resolved"
          f"  {one_line(article.title)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        view = load_view(store, store.resolve_id(args.id))
    article = view.article
    if args.json:
        print(json.dumps(view.findings.to_json(article.id), ensure_ascii=False))
        return 0
    print(f"id:        {article.id}")
    print(f"title:     {one_line(article.title)}")
    print(f"published: {article.published or 'unknown'}")
    print(f"source:    {one_line(article.source or 'unknown')}")
    if article.also_from:
        print(f"also from: {one_line(', '.join(article.also_from))}")
    if article.url:
        print(f"url:       {one_line(article.url)}")
    print(f"words:     {article.words}")
    print()
    print(article.text)
    if article.findings is not None:
        print()
        print(format_findings(view.findings))
    print()
    print(format_notes(view.notes))
    return 0


def format_notes(notes: list[Annotation]) -> str:
    """The reader's notes as `newsdesk show` prints them, in text order."""
    if not notes:
        return "Notes: none"
    lines = ["Notes:"]
    for note in notes:
        tags = f"  #{' #'.join(note.tags)}" if note.tags else ""
        lines.append(f"  [{note.start}-{note.end}] “{one_line(note.quote)[:70]}”{tags}")
        for text_line in note.note.splitlines() or [""]:
            if text_line.strip():
                lines.append(f"      {one_line(text_line)}")
    return "\n".join(lines)


def format_findings(findings: Findings) -> str:
    """Findings as `newsdesk show` prints them under the text."""
    lines = ["Actors:"]
    for a in findings.actors:
        extra = ", ".join(x for x in (a.role, a.affiliation) if x)
        lines.append(f"  {one_line(a.name)} ({a.kind}{'; ' + one_line(extra) if extra else ''})"
                     f" x{len(a.mentions)}")
    lines.append("Measures:")
    for m in findings.measures:
        targets = ", ".join(m.targets) or "?"
        mag = f" [{m.magnitude}]" if m.magnitude else ""
        lines.append("  " + one_line(f"{m.type}/{m.action}: {m.imposer or '?'} -> {targets}{mag}"))
    lines.append("Deadlines:")
    for d in findings.deadlines:
        lines.append(f"  {d.date}: {one_line(d.what)}")
    lines.append("Times:")
    for t in findings.times:
        lines.append(f"  {t.text!r} {t.type} {t.value}")
    return "\n".join(lines)


def cmd_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        article_id = store.resolve_id(args.id)
        title = store.get_article(article_id).title
        store.remove_article(article_id)
    print(f"removed {article_id[:12]}  {one_line(title)}")
    return 0
