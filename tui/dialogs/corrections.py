"""The corrections view: every correction the reader made, newest first, with its kind,
where it applies (this article or every article) and when; undo, redo or delete from it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Literal, NamedTuple

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from newsdesk.analysis.text import one_line
from newsdesk.app.corrections import CorrectionEntry

from .base import ConfirmScreen, DialogScreen

EMPTY = ("No corrections yet. In the actors, measures or countdown pane: e edits, x "
         "rejects, m merges an actor, + adds a finding the engine missed.")


class CorrectionsAction(NamedTuple):
    """What the reader asked for in the view."""

    action: Literal["undo", "redo", "delete"]
    correction_id: str = ""


class CorrectionsScreen(DialogScreen[CorrectionsAction | None]):
    """A table of corrections; u undoes the latest, U redoes, d deletes the highlighted."""

    DEFAULT_CSS = """
    CorrectionsScreen > #corrections-box {
        width: 100%;
        max-width: 118;
        height: auto;
        max-height: 95%;
        padding: 0 1;
        border: round $primary;
        border-title-color: $primary;
        border-title-style: bold;
        background: $surface;
    }
    CorrectionsScreen DataTable {
        height: auto;
        max-height: 30;
    }
    CorrectionsScreen .empty, CorrectionsScreen .keys {
        color: $text-muted;
        height: auto;
        margin: 1 0 0 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="corrections.close",
                tooltip="Close the list"),
        Binding("u", "undo", "Undo", id="corrections.undo",
                tooltip="Undo the latest correction"),
        Binding("U", "redo", "Redo", id="corrections.redo",
                tooltip="Apply again the correction undone last"),
        Binding("d,delete", "delete", "Delete", id="corrections.delete",
                tooltip="Delete the highlighted correction (asks first)"),
        Binding("j", "move(1)", "Down", show=False, id="corrections.down",
                tooltip="Next correction"),
        Binding("k", "move(-1)", "Up", show=False, id="corrections.up",
                tooltip="Previous correction"),
    ]

    def __init__(self, entries: Sequence[CorrectionEntry]) -> None:
        super().__init__()
        self.entries = list(entries)

    def compose(self) -> ComposeResult:
        with Vertical(id="corrections-box") as box:
            box.border_title = f"Corrections ({len(self.entries)})"
            yield DataTable(id="corrections-table", cursor_type="row")
            yield Static(Content(EMPTY), classes="empty")
            yield Static(Content("u undo latest · U redo · d delete · escape close"),
                         classes="keys")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        what_width, where_width = self._text_widths()
        table.add_column("When", width=16)
        table.add_column("Correction", width=what_width)
        table.add_column("Applies to", width=where_width)
        table.add_column("", width=6)
        for entry in self.entries:
            dim = "dim strike" if entry.undone else ""
            where = (f"this article: {entry.article_title}" if entry.article_title
                     else entry.scope)
            table.add_row(Text(entry.correction.created[:16].replace("T", " "), style="dim"),
                          Text(one_line(entry.what), style=dim, overflow="fold"),
                          Text(one_line(where), style=dim, overflow="fold"),
                          Text("undone" if entry.undone else "", style="italic"),
                          key=entry.id, height=None)
        self.query_one(".empty", Static).display = not self.entries
        table.display = bool(self.entries)
        table.focus()

    def _text_widths(self) -> tuple[int, int]:
        """The correction's and the scope's columns share what the screen leaves: the
        box (at most 118 wide, border and padding 4), four columns of padding 2 each, the
        date and the state, and room for a scroll bar."""
        inner = min(self.app.size.width, 118) - 4 - 8 - 16 - 6 - 2
        what = max(20, inner * 3 // 5)
        return what, max(12, inner - what)

    def action_move(self, delta: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + delta)

    def action_undo(self) -> None:
        self.dismiss(CorrectionsAction("undo"))

    def action_redo(self) -> None:
        self.dismiss(CorrectionsAction("redo"))

    @property
    def highlighted(self) -> CorrectionEntry | None:
        table = self.query_one(DataTable)
        if not self.entries or not 0 <= table.cursor_row < len(self.entries):
            return None
        return self.entries[table.cursor_row]

    def action_delete(self) -> None:
        entry = self.highlighted
        if entry is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(CorrectionsAction("delete", entry.id))

        self.app.push_screen(ConfirmScreen("Delete this correction?", entry.what,
                                           title="Delete"), answered)
