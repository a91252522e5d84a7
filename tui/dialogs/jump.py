"""Fuzzy jump: a modal that searches every article, finding, sentence and note as you type."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from newsdesk.analysis.search import SearchHit
from newsdesk.analysis.text import shorten
from newsdesk.app.corpus import JumpIndex

from ..panes.rowtable import Column, RowTable
from .base import DialogScreen

# A result row is one line: long sentences are cut here rather than wrapped.
_LABEL_WIDTH = 110
_KIND_WIDTH = 9  # "deadline" and a space


def hit_prompt(hit: SearchHit) -> Text:
    """One result row: kind, label, and the article it is in. Never parsed as markup."""
    item = hit.item
    parts: list[str | tuple[str, str]] = [
        (item.kind.ljust(_KIND_WIDTH), "bold"),
        shorten(item.label, _LABEL_WIDTH),
    ]
    if item.kind != "article" and item.detail:
        parts += ["  ", (f"· {shorten(item.detail, 60)}", "dim")]
    return Text.assemble(*parts)


class JumpResults(RowTable, can_focus=False):
    """The hits, one line each; a row is made only when it is drawn."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__([Column("hit", "", flex=True)], show_header=False, id=id)
        self.hits: list[SearchHit] = []

    def show(self, hits: list[SearchHit], *, keep_cursor: bool = False) -> None:
        """Show these hits, the cursor on the first (`keep_cursor`: on the hit it was on,
        when that hit is among them)."""
        keys = [hit.item.key for hit in hits]
        cursor = 0
        if keep_cursor and 0 <= self.cursor_row < len(self.hits):
            was = self.hits[self.cursor_row].item.key
            cursor = keys.index(was) if was in keys else 0
        self.hits = hits
        self.set_rows(keys, cursor=cursor)

    def cells(self, index: int) -> tuple[Text, ...]:
        return (hit_prompt(self.hits[index]),)


class JumpScreen(DialogScreen[SearchHit | None]):
    """Type to search; enter jumps to the highlighted result, escape goes back."""

    DEFAULT_CSS = """
    JumpScreen {
        align: center top;
    }
    JumpScreen > #jump-box {
        width: 90%;
        max-width: 140;
        /* fixed: border 2, input 3, results 16, status 1; on a short screen the results
           give up rows, never the status line */
        height: 22;
        max-height: 80%;
        margin-top: 2;
        padding: 0 1;
        background: $surface;
        border: round $primary;
        border-title-color: $primary;
    }
    JumpScreen #jump-input {
        border: tall $primary 40%;
        background: $boost;
    }
    JumpScreen #jump-input:focus {
        border: tall $primary;
    }
    JumpScreen #jump-results {
        height: 1fr;  /* fixed by the box: a height that follows the hits re-lays the
                         screen per key */
        border: none;
        background: $surface;
    }
    JumpScreen #jump-results > .rowtable--cursor {
        /* Typing stays in the input, yet this cursor is the one enter acts on. */
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    JumpScreen #jump-status {
        color: $text-muted;
        height: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="jump.close", priority=True,
                tooltip="Close the jump and stay where you were"),
        Binding("enter", "choose", "Jump", id="jump.choose", priority=True,
                tooltip="Go to the highlighted result"),
        Binding("up", "cursor_up", "Previous", id="jump.previous", priority=True,
                tooltip="Highlight the result above"),
        Binding("down", "cursor_down", "Next", id="jump.next", priority=True,
                tooltip="Highlight the result below"),
        Binding("pageup", "page_up", "Page up", id="jump.page_up", show=False,
                tooltip="Highlight a page of results above"),
        Binding("pagedown", "page_down", "Page down", id="jump.page_down", show=False,
                tooltip="Highlight a page of results below"),
    ]

    class Results(Message):
        """Hits for one query, posted by the search worker."""

        def __init__(self, generation: int, query: str, hits: list[SearchHit]) -> None:
            super().__init__()
            self.generation = generation
            self.query = query
            self.hits = hits

    def __init__(self, index: JumpIndex, query: str = "", *, limit: int = 50,
                 name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.index = index
        self.limit = limit
        self._initial_query = query
        self._generation = 0  # bumped per keystroke; older results are dropped
        self.hits: list[SearchHit] = []
        self.typed = query
        self._refilled = False  # the search under way re-runs the query on a full index

    def compose(self) -> ComposeResult:
        with Vertical(id="jump-box") as box:
            box.border_title = "Jump to"
            yield Input(self._initial_query, placeholder="actor, measure, deadline, words…",
                        id="jump-input")
            yield JumpResults(id="jump-results")
            yield Static("", id="jump-status", markup=False)

    def on_mount(self) -> None:
        self.query_one("#jump-input", Input).focus()
        self._set_status("Type to search." if not self._initial_query else "Searching…")
        if self._initial_query:
            self._start_search(self._initial_query)

    @on(Input.Changed, "#jump-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self._start_search(event.value)

    def _start_search(self, query: str) -> None:
        self._generation += 1
        self.typed = query
        self._refilled = False  # a keystroke puts the cursor back on the first hit
        if not query.strip():
            self._show(self._generation, query, [])
            return
        self._search(self._generation, query)

    def index_filled(self, index: JumpIndex) -> None:
        """The corpus scan finished: search the whole index again for what is typed, so
        hits found while it was filling are not the last word. The cursor stays on the
        hit it was on when that hit is still found."""
        self.index = index
        if self.typed.strip():
            self._start_search(self.typed)
            self._refilled = True

    @work(thread=True, exclusive=True, group="jump", exit_on_error=False)
    def _search(self, generation: int, query: str) -> None:
        """Search off the UI thread; a newer keystroke cancels this one's result."""
        hits = self.index.search(query, limit=self.limit)
        if not get_current_worker().is_cancelled:
            self.post_message(self.Results(generation, query, hits))

    def on_jump_screen_results(self, message: Results) -> None:
        message.stop()
        self._show(message.generation, message.query, message.hits)

    def _show(self, generation: int, query: str, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # typing moved on while this search ran
        self.hits = hits
        self.query_one(JumpResults).show(hits, keep_cursor=self._refilled)
        self._refilled = False
        if not query.strip():
            self._set_status("Type to search.")
        elif not hits:
            self._set_status(f"Nothing matches “{query.strip()}”.")
        else:
            more = "+" if len(hits) >= self.limit else ""
            self._set_status(f"{len(hits)}{more} results · enter jumps · esc closes")

    def _set_status(self, text: str) -> None:
        self.query_one("#jump-status", Static).update(Content(text))

    @property
    def highlighted_hit(self) -> SearchHit | None:
        """The result enter would jump to, if any."""
        index = self.query_one(JumpResults).cursor_row
        if not 0 <= index < len(self.hits):
            return None
        return self.hits[index]

    def action_choose(self) -> None:
        hit = self.highlighted_hit
        if hit is not None:
            self.dismiss(hit)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cursor_up(self) -> None:
        self.query_one(JumpResults).action_cursor(-1)

    def action_cursor_down(self) -> None:
        self.query_one(JumpResults).action_cursor(1)

    def action_page_up(self) -> None:
        self.query_one(JumpResults).action_page(-1)

    def action_page_down(self) -> None:
        self.query_one(JumpResults).action_page(1)

    @on(RowTable.Selected, "#jump-results")
    def _clicked(self, event: RowTable.Selected) -> None:
        event.stop()
        if 0 <= event.index < len(self.hits):
            self.dismiss(self.hits[event.index])

    @on(RowTable.Highlighted, "#jump-results")
    def _highlighted(self, event: RowTable.Highlighted) -> None:
        event.stop()
