"""Small dialogs: set the published date, import a file, and related items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Input, Label, Static

from newsdesk.analysis.text import one_line
from newsdesk.app.refs import FindingRef
from newsdesk.app.related import Related

from ..panes.findings import cell
from .base import DialogScreen, FormDialog


def check_date(value: str) -> str | None:
    """The error for a published date the reader typed, or None when it is fine."""
    value = value.strip()
    if not value:
        return None  # empty: "unknown"
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f'"{value}" is not a date: use YYYY-MM-DD, e.g. 2025-09-14'
    if len(value) != 10:
        return "use YYYY-MM-DD, e.g. 2025-09-14"
    return None


class PublishedDateScreen(FormDialog[str | None]):
    """Ask for the article's published date; dismisses with "YYYY-MM-DD", "" or None."""

    CSS_PATH = "small.tcss"

    def __init__(self, title: str, published: str | None) -> None:
        super().__init__()
        self.article_title = title
        self.published = published or ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Published date"
            yield Static(Content(one_line(self.article_title)), classes="subject")
            yield Label('Dates like "on Tuesday" are resolved against it. Empty: unknown.',
                        markup=False)
            yield Input(self.published, placeholder="YYYY-MM-DD", id="date-input")
            yield Static("", classes="error", markup=False)
            yield Static(Content("ctrl+s save · escape cancel"), classes="keys")

    def action_save(self) -> None:
        value = self.query_one(Input).value.strip()
        error = check_date(value)
        if error:
            self.query_one(".error", Static).update(Content(error))
            return
        self.dismiss(value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()


class ImportScreen(FormDialog[Path | None]):
    """Ask for a file or folder to import; dismisses with the path or None."""

    CSS_PATH = "small.tcss"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Import"
            yield Label("A .txt, .md or .html file, a feed, or a folder of them.",
                        markup=False)
            yield Input(placeholder="path, e.g. ~/news/article.md", id="path-input")
            yield Static("", classes="error", markup=False)
            yield Static(Content("ctrl+s import · escape cancel"), classes="keys")

    def action_save(self) -> None:
        value = self.query_one(Input).value.strip()
        if not value:
            self.query_one(".error", Static).update(Content("Type a path first."))
            return
        path = Path(value).expanduser()
        if not path.exists():
            self.query_one(".error", Static).update(
                Content(f"{path}: no such file or folder; check the path"))
            return
        self.dismiss(path)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()


class RelatedScreen(DialogScreen[FindingRef | None]):
    """Items sharing the finding's sentences, and other articles naming the same actor."""

    CSS_PATH = "small.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Close", id="related.close", tooltip="Close the list"),
        Binding("j", "move(1)", "Down", show=False, id="related.down",
                tooltip="Next item"),
        Binding("k", "move(-1)", "Up", show=False, id="related.up",
                tooltip="Previous item"),
    ]

    def __init__(self, related: Related) -> None:
        super().__init__()
        self.related = related
        self.refs: dict[str, FindingRef] = {}

    def compose(self) -> ComposeResult:
        ref = self.related.ref
        with Vertical(classes="dialog wide") as box:
            box.border_title = "Related"
            yield Static(Content.assemble(("Related to ", "dim"), (ref.label, "bold"),
                                          (f"  ({ref.kind})", "dim")), classes="subject")
            table: DataTable = DataTable(cursor_type="row", id="related-table")
            table.add_columns("Why", "Kind", "Item", "Article")
            yield table
            yield Static("", classes="empty", markup=False)
            yield Static(Content("enter go there · escape close"), classes="keys")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for n, other in enumerate(self.related.same_sentence):
            self.refs[f"s{n}"] = other
            table.add_row(cell("same sentence", "dim"), cell(other.kind), cell(other.label),
                          cell("this article", "dim"), key=f"s{n}")
        for n, (other, title) in enumerate(self.related.other_articles):
            self.refs[f"a{n}"] = other
            table.add_row(cell("same actor", "dim"), cell(other.kind),
                          Text(f"{other.label} x{len(other.spans)}", no_wrap=True),
                          cell(title), key=f"a{n}")
        if not self.refs:
            self.query_one(".empty", Static).update(Content(
                "Nothing related: no other finding shares its sentences, and no other "
                "article names it."))
        table.focus()

    def action_move(self, delta: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + delta)

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(self.refs.get(event.row_key.value or ""))


class CountdownFilterScreen(FormDialog[str | None]):
    """Ask which deadlines to show: an actor's name, a #tag, or nothing for all."""

    CSS_PATH = "small.tcss"

    def __init__(self, current: str = "") -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Filter the countdown"
            yield Label("An actor's name (any case), or #tag for the articles with a note so"
                        " tagged. Empty: every deadline.", markup=False)
            yield Input(self.current, placeholder="e.g. China, or #steel", id="filter-input")
            yield Static(Content("enter / ctrl+s apply · escape cancel"), classes="keys")

    def action_save(self) -> None:
        self.dismiss(self.query_one(Input).value.strip())

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()
