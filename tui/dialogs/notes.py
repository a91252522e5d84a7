"""The notes view: every note of an article (or of all), to jump to, edit or delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Literal, NamedTuple

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Input, Static

from newsdesk.analysis.text import one_line, shorten
from newsdesk.store.records import Annotation

from .base import ConfirmScreen, DialogScreen

# Cells are cut to these widths so the table fits a 120-column terminal.
_QUOTE_WIDTH = 32
_NOTE_WIDTH = 36
_TITLE_WIDTH = 24
EMPTY = ("No notes yet. In the article, move to a sentence (or select some words) "
         "and press a to add one.")


class NotesAction(NamedTuple):
    """What the reader asked for in the notes view, and on which note."""

    action: Literal["jump", "edit", "delete"]
    annotation: Annotation


def _cut(text: str, width: int) -> str:
    return shorten(one_line(text), width)


def first_line(note: str) -> str:
    """The note's first non-blank line."""
    return next((line.strip() for line in note.splitlines() if line.strip()), "")


def note_matches(a: Annotation, title: str, query: str) -> bool:
    """Whether every word of the query is in the note's quote, text, tags or title."""
    haystack = " ".join([a.quote, a.note, " ".join(a.tags), title]).casefold()
    return all(word.lstrip("#") in haystack for word in query.casefold().split())


class NotesScreen(DialogScreen[NotesAction | None]):
    """A table of notes; enter jumps, e edits, d deletes (after a yes), / filters."""

    DEFAULT_CSS = """
    NotesScreen {
        align: center middle;
        background: $background 60%;
    }
    NotesScreen > #notes-box {
        width: 95%;
        max-width: 160;
        height: auto;
        max-height: 90%;
        padding: 0 1;
        border: round $primary;
        border-title-color: $primary;
        border-title-style: bold;
        background: $surface;
    }
    NotesScreen #notes-filter {
        margin: 1 0 0 0;
    }
    NotesScreen #notes-table {
        height: auto;
        max-height: 24;
        margin: 1 0 0 0;
    }
    NotesScreen #notes-empty {
        color: $text-muted;
        height: auto;
        margin: 1 0 0 0;
    }
    NotesScreen .keys {
        color: $text-muted;
        margin: 1 0 0 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "jump", "Go to", id="notes.jump",
                tooltip="Show the highlighted note's passage in the article"),
        Binding("e", "edit", "Edit", id="notes.edit", tooltip="Edit the highlighted note"),
        Binding("d", "delete", "Delete", id="notes.delete",
                tooltip="Delete the highlighted note (asks first)"),
        Binding("delete", "delete", "Delete", id="notes.delete_key", show=False,
                tooltip="Delete the highlighted note (asks first)"),
        Binding("slash", "filter", "Filter", id="notes.filter",
                tooltip="Type words to show only the notes that contain them"),
        Binding("ctrl+t", "scope", "All/this", id="notes.scope",
                tooltip="Show the notes of every article, or of this article only"),
        Binding("j", "move(1)", "Down", id="notes.down", show=False,
                tooltip="Highlight the next note"),
        Binding("k", "move(-1)", "Up", id="notes.up", show=False,
                tooltip="Highlight the previous note"),
        Binding("down", "to_table", "To the list", id="notes.to_table", show=False,
                tooltip="Leave the filter for the list of notes"),
        Binding("escape", "close", "Close", id="notes.close",
                tooltip="Clear the filter, or close the notes"),
    ]

    def __init__(self, annotations: Sequence[Annotation],
                 titles: Mapping[str, str] | None = None, *,
                 article_title: str | None = None,
                 all_annotations: Sequence[Annotation] | None = None,
                 show_all: bool = False) -> None:
        """`titles` maps article ids to titles; `article_title` scopes the view to one.

        With `all_annotations` too, ctrl+t switches between that article's notes and every
        note; `show_all` starts with every note.
        """
        super().__init__()
        self.titles = dict(titles or {})
        self.article_notes = list(annotations)
        self.scoped_title = article_title
        self.all_annotations = list(all_annotations) if all_annotations is not None else None
        self.show_all = show_all and self.all_annotations is not None
        self.annotations: list[Annotation] = (
            self.all_annotations if self.show_all and self.all_annotations is not None
            else self.article_notes)
        self.article_title = None if self.show_all else article_title
        self.shown: list[Annotation] = list(self.annotations or [])

    def compose(self) -> ComposeResult:
        with Vertical(id="notes-box") as box:
            box.border_title = "Notes"
            yield Static(id="notes-scope")
            yield Input(placeholder="filter: words in the quote, note, tags or title",
                        select_on_focus=False,
                        id="notes-filter")
            yield DataTable(cursor_type="row", id="notes-table", zebra_stripes=True)
            yield Static("", id="notes-empty")
            yield Static(Content("enter go to · e edit · d delete · / filter · "
                                 "ctrl+t all/this · escape close"), classes="keys")

    def on_mount(self) -> None:
        self._show_scope()
        self.query_one("#notes-table", DataTable).focus()

    def _show_scope(self) -> None:
        """Title line and columns for the notes in view (one article's, or all)."""
        scope = self.query_one("#notes-scope", Static)
        switch = "  (ctrl+t: all notes)" if self.all_annotations is not None else ""
        if self.article_title is not None:
            scope.update(Text.assemble(("Notes on ", "dim"),
                                       (one_line(self.article_title), "bold"),
                                       (switch, "dim")))
        else:
            articles = len({a.article_id for a in self.annotations})
            back = "  (ctrl+t: this article only)" if self.scoped_title is not None else ""
            scope.update(Text.assemble(("All notes", "bold"),
                                       (f" · {articles} article{'s' * (articles != 1)}",
                                        "dim"), (back, "dim")))
        scope.display = self.article_title is not None or self.all_annotations is not None
        table = self.query_one("#notes-table", DataTable)
        table.clear(columns=True)
        table.add_columns("Quote", "Note", "Tags")
        if self.article_title is None:
            table.add_column("Article")
        query = self.query_one("#notes-filter", Input).value
        self.shown = [a for a in self.annotations if note_matches(a, self._title(a), query)]
        self._fill()

    def action_scope(self) -> None:
        """Every article's notes, or back to this article's."""
        if self.all_annotations is None:
            self.notify("These are already all the notes.", markup=False, timeout=2)
            return
        self.show_all = not self.show_all
        if self.show_all:
            self.annotations, self.article_title = self.all_annotations, None
        else:
            self.annotations, self.article_title = self.article_notes, self.scoped_title
        self._show_scope()

    def _title(self, a: Annotation) -> str:
        return self.titles.get(a.article_id, a.article_id)

    def _fill(self) -> None:
        table = self.query_one("#notes-table", DataTable)
        table.clear()
        for a in self.shown:
            row = [Text(_cut(a.quote, _QUOTE_WIDTH), style="italic", no_wrap=True),
                   Text(_cut(first_line(a.note), _NOTE_WIDTH), no_wrap=True)
                   if a.note.strip() else Text("(no note)", style="dim"),
                   Text(" ".join(f"#{t}" for t in a.tags), style="dim", no_wrap=True)]
            if self.article_title is None:
                row.append(Text(_cut(self._title(a), _TITLE_WIDTH), no_wrap=True))
            table.add_row(*row, key=a.id)
        query = self.query_one("#notes-filter", Input).value
        if not self.annotations:
            message = EMPTY
            if self.article_title is not None and self.all_annotations:
                message = ("No notes on this article yet; ctrl+t shows the notes on "
                           "every article. To add one, move to a sentence and press a.")
        elif not self.shown:
            message = f"No note matches “{one_line(query)}”. Escape clears the filter."
        else:
            message = ""
        empty = self.query_one("#notes-empty", Static)
        empty.update(Text(message))
        empty.display = bool(message)
        table.display = bool(self.shown)

    @property
    def highlighted(self) -> Annotation | None:
        """The note the keys act on."""
        table = self.query_one("#notes-table", DataTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    @on(Input.Changed, "#notes-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.shown = [a for a in self.annotations
                      if note_matches(a, self._title(a), event.value)]
        self._fill()

    @on(Input.Submitted, "#notes-filter")
    def _filter_done(self) -> None:
        if self.highlighted is not None:
            self.action_jump()

    def action_to_table(self) -> None:
        self.query_one("#notes-table", DataTable).focus()

    def on_key(self, event: events.Key) -> None:
        """Typing a letter that is no key of this view starts the filter with it."""
        table = self.query_one("#notes-table", DataTable)
        if self.focused is not table and self.focused is not None:
            return
        if event.key in self.active_bindings:  # e, d, j, k, / here; q, ? and t in the app
            return
        if event.character and event.is_printable and not event.character.isspace():
            event.stop()
            event.prevent_default()
            self.action_filter()
            self.query_one("#notes-filter", Input).insert_text_at_cursor(event.character)

    @on(DataTable.RowSelected, "#notes-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_jump()

    def action_filter(self) -> None:
        self.query_one("#notes-filter", Input).focus()

    def action_move(self, delta: int) -> None:
        table = self.query_one("#notes-table", DataTable)
        table.move_cursor(row=table.cursor_row + delta)

    def _act(self, action: Literal["jump", "edit", "delete"]) -> None:
        note = self.highlighted
        if note is None:
            self.notify("No note here to act on.", markup=False, severity="warning")
            return
        if action != "delete":
            self.dismiss(NotesAction(action, note))
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(NotesAction("delete", note))

        self.app.push_screen(ConfirmScreen(
            "Delete this note?", f"“{_cut(note.quote, 80)}”  {_cut(note.note, 80)}",
            title="Delete note"), answered)

    def action_jump(self) -> None:
        self._act("jump")

    def action_edit(self) -> None:
        self._act("edit")

    def action_delete(self) -> None:
        self._act("delete")

    def action_close(self) -> None:
        filter_input = self.query_one("#notes-filter", Input)
        if filter_input.value:
            filter_input.value = ""  # Input.Changed refills the table
            self.query_one("#notes-table", DataTable).focus()
            return
        self.dismiss(None)
