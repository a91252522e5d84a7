"""A table that draws only the rows on screen: a line-API ScrollView over rows of `Text`
cells (toolong's `log_lines.py` is the model). Filling it with 10,000 rows costs a list
assignment; a DataTable measures every cell of every row first."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

# Widest an "auto" column gets, and the fewest cells a flexible one keeps.
_AUTO_MAX, _FLEX_MIN = 24, 8
GAP = 1  # cells between columns


@dataclass(frozen=True, slots=True)
class Column:
    """`width` cells wide; None: as wide as its widest cell (up to 24); `flex`: the rest."""

    key: str
    label: str
    width: int | None = None
    flex: bool = False


def _rb(key: str, action: str, description: str, tooltip: str) -> Binding:
    return Binding(key, action, description, show=False, tooltip=tooltip,
                   id=f"rows.{action}")


class RowTable(ScrollView, can_focus=True):
    """Rows of cells (a cell may hold several lines: the row is as tall as its tallest
    cell), a header line, and a row cursor. Keys are row ids given by the owner."""

    DEFAULT_CSS = """
    RowTable {
        height: auto;
        max-height: 100%;
        overflow-x: hidden;
        & > .rowtable--header { text-style: bold; color: $text-muted; }
        /* Solid colours only: the line renderer cannot blend a colour with alpha. */
        & > .rowtable--cursor { background: $primary-muted; }
        &:focus > .rowtable--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """
    COMPONENT_CLASSES = {"rowtable--header", "rowtable--cursor"}
    BINDINGS = [
        _rb("down", "cursor(1)", "Down", "Move to the next row"),
        _rb("up", "cursor(-1)", "Up", "Move to the previous row"),
        _rb("pagedown", "page(1)", "Page down", "Move a page down"),
        _rb("pageup", "page(-1)", "Page up", "Move a page up"),
        _rb("home", "scroll_top", "First", "Go to the first row"),
        _rb("end", "scroll_bottom", "Last", "Go to the last row"),
        _rb("enter", "select", "Choose", "Choose the row under the cursor"),
    ]

    class Highlighted(Message):
        """The cursor rests on a row."""

        def __init__(self, table: RowTable, index: int, key: str) -> None:
            super().__init__()
            self.table, self.index, self.key = table, index, key

        @property
        def control(self) -> RowTable:
            return self.table

    class Selected(Highlighted):
        """The reader chose a row (enter or a click)."""

    def __init__(self, columns: Sequence[Column] = (), *, show_header: bool = True,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.columns = list(columns)
        self.show_header = show_header
        self._keys: list[str] = []
        self._rows: list[tuple[Text, ...]] = []
        self._row_of: dict[str, int] = {}
        self._starts: list[int] = [0]  # first line of each row; last entry: total lines
        self._cursor = 0
        self._widths: list[int] = []
        self._widths_for = -1
        self._cache: LRUCache[int, Strip] = LRUCache(512)

    # -- rows in -------------------------------------------------------------------------

    def set_rows(self, keys: Sequence[str], rows: Sequence[tuple[Text, ...]] | None = None, *,
                 cursor: int = 0, heights: Sequence[int] | int = 1) -> None:
        """Show these rows (`rows` may be omitted by a subclass that overrides `cells`)."""
        self._keys = list(keys)
        self._rows = list(rows) if rows is not None else []
        self._row_of = {key: n for n, key in enumerate(self._keys)}
        if isinstance(heights, int):
            self._starts = list(range(0, heights * (len(self._keys) + 1), heights)) \
                if heights != 1 else list(range(len(self._keys) + 1))
        else:
            starts = [0]
            for h in heights:
                starts.append(starts[-1] + max(1, h))
            self._starts = starts
        self._cursor = max(0, min(cursor, len(self._keys) - 1))
        self._widths_for = -1
        self._cache.clear()
        self._resize_virtual()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_visible()
        self.refresh()
        if self._keys:
            self.post_message(self.Highlighted(self, self._cursor, self._keys[self._cursor]))

    def cells(self, index: int) -> tuple[Text, ...]:
        """The cells of row `index` (a subclass may build them only when drawn)."""
        return self._rows[index]

    def update_cell(self, key: str, column_key: str, value: Text) -> None:
        index = self._row_of.get(key)
        column = next((n for n, c in enumerate(self.columns) if c.key == column_key), None)
        if index is None or column is None:
            return
        row = list(self._rows[index])
        row[column] = value
        self._rows[index] = tuple(row)
        self._invalidate_row(index)

    # -- queries (the DataTable names the tests and panes use) ----------------------------

    @property
    def row_count(self) -> int:
        return len(self._keys)

    @property
    def cursor_row(self) -> int:
        return self._cursor

    @property
    def cursor_key(self) -> str | None:
        return self._keys[self._cursor] if self._keys else None

    @property
    def keys(self) -> list[str]:
        return self._keys

    def get_row_at(self, index: int) -> list[Text]:
        return list(self.cells(index))

    def get_row_index(self, key: str) -> int:
        return self._row_of[key]

    # -- cursor --------------------------------------------------------------------------

    def move_cursor(self, *, row: int, animate: bool = False) -> None:
        if not self._keys:
            return
        row = max(0, min(len(self._keys) - 1, row))
        old, self._cursor = self._cursor, row
        self._invalidate_row(old)
        self._invalidate_row(row)
        self._scroll_cursor_visible()
        self.post_message(self.Highlighted(self, row, self._keys[row]))

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(row=self._cursor + delta)

    def action_page(self, direction: int) -> None:
        rows = max(1, self._body_height() // max(1, self._starts[1] if self._keys else 1))
        self.move_cursor(row=self._cursor + direction * rows)

    def action_scroll_top(self) -> None:
        self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        self.move_cursor(row=len(self._keys) - 1)

    def action_select(self) -> None:
        if self._keys:
            self.post_message(self.Selected(self, self._cursor, self._keys[self._cursor]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._keys:
            return
        line = self.scroll_offset.y + offset.y - self._header_lines
        if line < 0 or line >= self._starts[-1]:
            return
        self.move_cursor(row=bisect_right(self._starts, line) - 1)
        self.action_select()

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # -- layout --------------------------------------------------------------------------

    @property
    def _header_lines(self) -> int:
        return 1 if self.show_header else 0

    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - self._header_lines)

    def _resize_virtual(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        self.virtual_size = Size(width, self._starts[-1] + self._header_lines)

    def on_resize(self) -> None:
        self._widths_for = -1
        self._cache.clear()
        self._resize_virtual()
        self._scroll_cursor_visible()

    def _scroll_cursor_visible(self) -> None:
        if not self._keys:
            return
        top, bottom = self._starts[self._cursor], self._starts[self._cursor + 1]
        height = self._body_height()
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > y + height:
            self.scroll_to(y=bottom - height, animate=False, immediate=True)

    def _invalidate_row(self, index: int) -> None:
        if not 0 <= index < len(self._keys):
            return
        first, last = self._starts[index], self._starts[index + 1]
        for line in range(first, last):
            self._cache.discard(line)
        y = first - self.scroll_offset.y + self._header_lines
        self.refresh_lines(max(0, y), last - first)

    def column_widths(self, width: int) -> list[int]:
        """Cells per column for a table `width` cells wide."""
        if width == self._widths_for:
            return self._widths
        widths: list[int] = []
        for n, column in enumerate(self.columns):
            if column.flex:
                widths.append(0)
            elif column.width is not None:
                widths.append(column.width)
            else:
                widest = cell_len(column.label)
                for index in range(len(self._keys)):
                    for line in self.cells(index)[n].plain.split("\n"):
                        widest = max(widest, cell_len(line))
                widths.append(min(widest, _AUTO_MAX))
        flex = [n for n, c in enumerate(self.columns) if c.flex]
        if flex:
            spare = width - sum(widths) - GAP * (len(widths) - 1)
            share = max(_FLEX_MIN, spare // len(flex))
            for n in flex:
                widths[n] = share
            widths[flex[-1]] = max(_FLEX_MIN, spare - share * (len(flex) - 1))
        self._widths, self._widths_for = widths, width
        return widths

    # -- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self.show_header and y == 0:
            style = base + self.get_component_rich_style("rowtable--header", partial=True)
            header = [Text(c.label) for c in self.columns]
            return self._strip(header, 0, width, style)
        line = self.scroll_offset.y + y - self._header_lines
        if not 0 <= line < self._starts[-1]:
            return Strip.blank(width, base)
        strip = self._cache.get(line)
        if strip is None:
            index = bisect_right(self._starts, line) - 1
            style = base
            if index == self._cursor:
                style = base + self.get_component_rich_style("rowtable--cursor", partial=True)
            strip = self._strip(list(self.cells(index)), line - self._starts[index], width,
                                style)
            self._cache[line] = strip
        return strip

    def _strip(self, cells: list[Text], sub: int, width: int, style: Style) -> Strip:
        """Line `sub` of a row's cells, each cut or padded to its column."""
        widths = self.column_widths(width)
        out = Text(no_wrap=True, end="")
        for n, (cell, cells_wide) in enumerate(zip(cells, widths, strict=False)):
            if n:
                out.append(" " * GAP)
            lines = cell.split("\n", allow_blank=True) if "\n" in cell.plain else [cell]
            part = lines[sub].copy() if sub < len(lines) else Text("")
            part.end = ""
            part.truncate(cells_wide, overflow="ellipsis")
            part.align("right" if part.justify == "right" else "left", cells_wide)
            out.append_text(part)
        out.stylize_before(style)
        segments = list(out.render(self.app.console))
        return Strip(segments).crop_extend(0, width, style)
