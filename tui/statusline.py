"""A line of progress above the footer, shown only while slow work runs (the feed
fetch, the build of the jump index on disk). Not docked: a widget docked at the bottom
would sit under the footer, which hides it."""

from __future__ import annotations

from textual.widgets import Static


class StatusLine(Static):
    """One row of plain text (never markup: it may hold a feed's name), hidden when idle."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 1;
        display: none;
        background: $panel;
        color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def _show(self, line: str) -> None:
        self.update(line)
        self.display = True
