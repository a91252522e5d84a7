"""The `newsdesk` command line's grammar: every command and option.

Each command names the function that runs it as "module:function" in this package; the
module is imported only when its command runs, so `newsdesk list` never loads the engine,
the importer or the exporters (and opening the workstation loads none of them either).
"""

from __future__ import annotations

import argparse

PROG = "newsdesk"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="A keyboard-driven terminal workstation for policy news; with"
        " no command it opens the workstation.")
    parser.add_argument("--store", metavar="PATH",
                        help="store folder (default: $NEWSDESK_STORE or the user data folder)")
    parser.add_argument("--readonly", action="store_true",
                        help="open the store without changing anything")
    parser.set_defaults(command="workstation:cmd_open")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _article_commands(sub)
    _notes_out_commands(sub)
    return parser


def _article_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("analyze", help="JSON Lines in, findings out (touches no store)")
    p.add_argument("--input", metavar="FILE", help="read this file instead of stdin")
    p.set_defaults(command="articles:cmd_analyze")

    p = sub.add_parser("import", help="import .txt, .md, .html files, feeds and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", metavar="DATE", help="reference date where a file has none")
    p.set_defaults(command="articles:cmd_import")

    p = sub.add_parser("list", help="list the articles kept")
    p.set_defaults(command="articles:cmd_list")

    p = sub.add_parser("show", help="show one article and its findings (your corrections"
                       " applied)")
    p.add_argument("id", help="article id or a unique prefix of it")
    p.add_argument("--json", action="store_true", help="print findings in the analyze format")
    p.set_defaults(command="articles:cmd_show")

    p = sub.add_parser("remove", help="remove an article (and its notes)")
    p.add_argument("id", help="article id or a unique prefix of it")
    p.set_defaults(command="articles:cmd_remove")


def _notes_out_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    p.set_defaults(command="notes_out:cmd_export")

    p = sub.add_parser("deadlines", help="list deadlines with the time left; --ics writes them"
                       " as a calendar")
    p.add_argument("--article", metavar="ID", help="only this article's deadlines")
    p.add_argument("--upcoming", action="store_true", help="leave out deadlines that passed")
    p.add_argument("--ics", metavar="FILE", help="also write an iCalendar file (- for stdout)")
    p.add_argument("--force", action="store_true", help="replace the .ics file if it exists")
    p.set_defaults(command="notes_out:cmd_deadlines")

    p = sub.add_parser("backup", help="write the whole store to one JSON file")
    p.add_argument("file", metavar="FILE", help="the backup file to write (- for stdout)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(command="notes_out:cmd_backup")

    p = sub.add_parser("restore", help="bring a backup back into an empty store")
    p.add_argument("file", metavar="FILE", help="a file written by `newsdesk backup` (- for"
                   " stdin)")
    p.set_defaults(command="notes_out:cmd_restore")
