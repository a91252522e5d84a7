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
    _across_commands(sub)
    _notes_out_commands(sub)
    _correction_commands(sub)
    return parser


def _correction_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("corrections", help="list your corrections; --undo / --redo the"
                       " latest; `corrections remove ID` deletes one",
                       description="Your corrections of the engine's findings, newest first,"
                       " with what each does and where it applies (this article or every"
                       " article). An undone correction is kept until you redo it or make a"
                       " new one.")
    p.add_argument("--json", action="store_true", help="print them as JSON")
    p.add_argument("--undo", action="store_true", help="undo the latest correction")
    p.add_argument("--redo", action="store_true", help="redo the correction undone last")
    p.set_defaults(command="corrections:cmd_corrections")
    actions = p.add_subparsers(title="actions", metavar="ACTION")
    remove = actions.add_parser("remove", help="delete one correction")
    remove.add_argument("id", help="the correction's id or a unique prefix of it")
    remove.set_defaults(command="corrections:cmd_remove")


def _feed_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("feeds", help="the feeds you follow: add, list, remove, OPML in and out",
                       description="Feeds followed; `newsdesk fetch` reads them. Only `fetch`"
                       " and `import URL` touch the network.")
    p.set_defaults(command="feeds:cmd_feeds_list", json=False)
    actions = p.add_subparsers(title="actions", metavar="ACTION")
    add = actions.add_parser("add", help="follow a feed (RSS or Atom) by its URL")
    add.add_argument("url")
    add.add_argument("--tag", action="append", metavar="T", help="a tag (repeatable)")
    add.add_argument("--title", help="the name to show (default: the feed's own)")
    add.add_argument("--full-text", action="store_true",
                     help="fetch every item's page for its full text")
    add.set_defaults(command="feeds:cmd_feeds_add")
    ls = actions.add_parser("list", help="the feeds, with items, last fetch and last error")
    ls.add_argument("--json", action="store_true", help="print them as JSON")
    ls.set_defaults(command="feeds:cmd_feeds_list")
    rm = actions.add_parser("remove", help="stop following a feed (its articles stay)")
    rm.add_argument("feed", metavar="URL|ID")
    rm.set_defaults(command="feeds:cmd_feeds_remove")
    imp = actions.add_parser("import", help="follow the feeds of an OPML file")
    imp.add_argument("file", metavar="FILE.opml")
    imp.set_defaults(command="feeds:cmd_feeds_import")
    exp = actions.add_parser("export", help="write the feeds as OPML (stdout, or -o FILE)")
    exp.add_argument("-o", "--output", metavar="FILE")
    exp.add_argument("--force", action="store_true", help="overwrite FILE")
    exp.set_defaults(command="feeds:cmd_feeds_export")
    every = actions.add_parser("interval", help="minutes between the open workstation's"
                               " background fetches (0: off); without MINUTES, show it")
    every.add_argument("minutes", nargs="?", type=int, metavar="MINUTES")
    every.set_defaults(command="feeds:cmd_feeds_interval")

    p = sub.add_parser("fetch", help="read every feed followed (or --feed one) and import"
                       " what is new or changed")
    p.add_argument("--feed", metavar="URL|ID", help="only this feed")
    p.set_defaults(command="feeds:cmd_fetch")


def _across_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("timeline", help="every measure and deadline on one time axis",
                       description="Measures (on their article's published date) and deadlines"
                       " (on their own), in date order, with now marked. Filters combine.")
    p.add_argument("--actor", metavar="NAME", help="imposed by, aimed at or involving NAME")
    p.add_argument("--type", metavar="TYPE", help="a measure type (tariff, sanction, ...)")
    p.add_argument("--tag", action="append", metavar="TAG",
                   help="articles with a note so tagged (repeatable: any of them)")
    p.add_argument("--since", metavar="DATE", help="from this date (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="up to this date (YYYY-MM-DD)")
    p.add_argument("--text", metavar="WORDS", help="words the item or its title holds")
    p.add_argument("--json", action="store_true", help="print the items as JSON")
    p.set_defaults(command="across:cmd_timeline")

    p = sub.add_parser("actor", help="an actor across the corpus: articles, measures,"
                       " deadlines, who it appears with, your notes")
    p.add_argument("name", metavar="NAME", help="the actor's name (typos forgiven)")
    p.add_argument("--json", action="store_true", help="print the profile as JSON")
    p.set_defaults(command="across:cmd_actor")

    p = sub.add_parser("threads", help="stories: articles grouped by shared measures, actors"
                       " and close titles")
    p.add_argument("--json", action="store_true", help="print the threads as JSON")
    p.set_defaults(command="across:cmd_threads")

    p = sub.add_parser("thread", help="an article's story, and what each article added"
                       " (new measures, changed actions, moved deadlines)")
    p.add_argument("id", metavar="ARTICLE_ID", help="an article id or a unique prefix")
    p.add_argument("--json", action="store_true", help="print the thread as JSON")
    p.set_defaults(command="across:cmd_thread")

    p = sub.add_parser("watch", help="the watchlist: actors, measure types and phrases you"
                       " follow", description="New articles that match are announced; deadlines"
                       " of watched items within a week are listed.")
    p.set_defaults(command="across:cmd_watch_list", json=False)
    actions = p.add_subparsers(title="actions", metavar="ACTION")
    ls = actions.add_parser("list", help="what is watched, deadlines near, articles matched")
    ls.add_argument("--json", action="store_true", help="print it as JSON")
    ls.set_defaults(command="across:cmd_watch_list")
    add = actions.add_parser("add", help="watch ITEM: actor:NAME, type:TYPE, phrase:WORDS"
                             " (without a prefix: a type, else a known actor, else a phrase)")
    add.add_argument("item", metavar="ITEM")
    add.set_defaults(command="across:cmd_watch_add")
    rm = actions.add_parser("remove", help="stop watching ITEM")
    rm.add_argument("item", metavar="ITEM")
    rm.set_defaults(command="across:cmd_watch_remove")


def _article_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("analyze", help="JSON Lines in, findings out (touches no store)")
    p.add_argument("--input", metavar="FILE", help="read this file instead of stdin")
    p.set_defaults(command="articles:cmd_analyze")

    p = sub.add_parser("import", help="import .txt, .md, .html files, feeds, folders and"
                       " pages by URL")
    p.add_argument("paths", nargs="+", metavar="PATH|URL",
                   help="files, folders, or http(s) URLs of pages (fetched now)")
    p.add_argument("--published", metavar="DATE", help="reference date where a file has none")
    p.add_argument("--update", action="store_true",
                   help="fetch a URL already kept again and update its article")
    p.set_defaults(command="articles:cmd_import")
    _feed_commands(sub)

    p = sub.add_parser("list", help="list the articles kept, newest first",
                       description="The articles kept, by published date, newest first"
                       " (articles without a date last, marked). Filters combine.")
    p.add_argument("--since", metavar="DATE", help="published on or after this day")
    p.add_argument("--until", metavar="DATE", help="published on or before this day")
    p.add_argument("--actor", metavar="NAME", help="articles naming this actor (any case)")
    p.add_argument("--tag", metavar="TAG", help="articles with a note tagged TAG")
    p.add_argument("--source", metavar="S", help="articles whose source contains S")
    p.add_argument("--json", action="store_true", help="print them as JSON")
    p.set_defaults(command="articles:cmd_list")

    p = sub.add_parser("set-published", help="set an article's published date (its dates"
                       " re-resolve)")
    p.add_argument("id", help="article id or a unique prefix of it")
    p.add_argument("date", metavar="DATE", help="YYYY-MM-DD, or `unknown`")
    p.set_defaults(command="articles:cmd_set_published")

    p = sub.add_parser("search", help="fuzzy search, as / in the workstation",
                       description="Search every article, actor, measure, deadline,"
                       " sentence and note with the workstation's typo-tolerant index.")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--kind", choices=["actor", "measure", "deadline", "article", "sentence",
                                      "note"], help="only items of this kind")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (20)")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.set_defaults(command="search:cmd_search")

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
    p.add_argument("--links", choices=["wiki", "none"], default="wiki",
                   help="actors, imposers and targets as Obsidian [[wikilinks]] (wiki, the"
                   " default) or plain text (none)")
    p.add_argument("--with-text", action="store_true",
                   help="add the article's text after the findings (one article)")
    p.set_defaults(command="notes_out:cmd_export")

    p = sub.add_parser("deadlines", help="list deadlines with the time left; --ics writes them"
                       " as a calendar")
    p.add_argument("--article", metavar="ID", help="only this article's deadlines")
    p.add_argument("--upcoming", action="store_true", help="leave out deadlines that passed")
    p.add_argument("--actor", metavar="NAME", help="only deadlines whose measure or sentence"
                   " names this actor")
    p.add_argument("--tag", metavar="TAG", help="only deadlines of articles with a note"
                   " tagged TAG")
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
