"""Shared by the findings panes: a table of findings that speaks in typed messages, and
cells that never parse markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding

from newsdesk.analysis.text import one_line
from newsdesk.app.refs import FindingRef

from ..messages import ItemActivated, ItemHighlighted
from .rowtable import Column, RowTable

ACTOR_KIND_ORDER = ("person", "organization", "country", "place", "group")


def cell(text: object, style: str = "") -> Text:
    """A DataTable cell that never parses markup (titles and names are untrusted)."""
    return Text(one_line(text), style=style, no_wrap=True, overflow="ellipsis")


def _tb(key: str, action: str, description: str, tooltip: str, show: bool = False) -> Binding:
    return Binding(key, action, description, show=show, id=f"pane.{action}", tooltip=tooltip)


class FindingsTable(RowTable):
    """A row-cursor table of findings; rows are keyed by the finding's ref."""

    BINDINGS = [
        _tb("j", "cursor(1)", "Down", "Move to the next item"),
        _tb("k", "cursor(-1)", "Up", "Move to the previous item"),
        _tb("g", "scroll_top", "First", "Go to the first item"),
        _tb("G", "scroll_bottom", "Last", "Go to the last item"),
    ]

    def __init__(self, columns: Sequence[Column] = (), *, id: str | None = None) -> None:
        super().__init__(columns, id=id)
        self.refs: dict[str, FindingRef] = {}

    def set_findings(self, rows: list[tuple[FindingRef, tuple[Text, ...]]],
                     keep: FindingRef | None = None, row: int | None = None) -> None:
        """Replace the rows, the cursor on `keep` when it is still there, else on the
        `row`-th row (the next one, when the row it was on went away), else the first.

        A row is as tall as its tallest cell (cells with a newline take two lines)."""
        self.refs = {ref.key: ref for ref, _ in rows}
        keys = list(self.refs)
        if keep is not None and keep.key in self.refs:
            cursor = keys.index(keep.key)
        elif row is not None and keys:
            cursor = max(0, min(row, len(keys) - 1))
        else:
            cursor = 0
        heights = [1 + max(c.plain.count("\n") for c in cells) if cells else 1
                   for _, cells in rows]
        self.set_rows(keys, [cells for _, cells in rows], cursor=cursor, heights=heights)

    @property
    def current_ref(self) -> FindingRef | None:
        key = self.cursor_key
        return self.refs.get(key) if key is not None else None

    def select_ref(self, ref: FindingRef) -> bool:
        key = ref.key
        if key not in self.refs:
            return False
        self.move_cursor(row=self.get_row_index(key))
        return True

    def on_row_table_highlighted(self, event: RowTable.Highlighted) -> None:
        if type(event) is not RowTable.Highlighted:
            return
        event.stop()
        ref = self.refs.get(event.key)
        if ref is not None:
            self.post_message(ItemHighlighted(ref))

    def on_row_table_selected(self, event: RowTable.Selected) -> None:
        event.stop()
        ref = self.refs.get(event.key)
        if ref is not None:
            self.post_message(ItemActivated(ref))
