"""Shared by the findings panes: findings -> references and highlight spans, and a
DataTable that speaks in typed messages. Findings come from the store and may be old or
partial, so every read tolerates a missing key."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from ..messages import FindingRef, ItemActivated, ItemHighlighted, Span

# C0/C1 control characters (ESC starts ANSI sequences); tab and newline are handled apart.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ACTOR_KIND_ORDER = ("person", "organization", "country", "place", "group")


def _span(item: dict[str, Any]) -> Span | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return (start, end)
    return None


def actor_refs(article_id: str, findings: dict[str, Any] | None) -> list[FindingRef]:
    refs = []
    for index, actor in enumerate((findings or {}).get("actors") or []):
        spans = sorted(s for s in map(_span, actor.get("mentions") or []) if s)
        refs.append(FindingRef("actor", index, str(actor.get("name") or "?"), article_id,
                               tuple(spans)))
    return refs


def measure_refs(article_id: str, findings: dict[str, Any] | None) -> list[FindingRef]:
    refs = []
    for index, measure in enumerate((findings or {}).get("measures") or []):
        span = _span(measure)
        label = f"{measure.get('type') or '?'} {measure.get('action') or ''}".strip()
        refs.append(FindingRef("measure", index, label, article_id, (span,) if span else ()))
    return refs


def deadline_refs(article_id: str, findings: dict[str, Any] | None) -> list[FindingRef]:
    refs = []
    for index, deadline in enumerate((findings or {}).get("deadlines") or []):
        span = _span(deadline)
        label = f"{deadline.get('date') or '?'} {deadline.get('what') or ''}".strip()
        refs.append(FindingRef("deadline", index, label, article_id, (span,) if span else ()))
    return refs


def highlight_spans(findings: dict[str, Any] | None,
                    annotated: Iterable[Span] = ()) -> dict[str, list[Span]]:
    """Spans to colour in the text, by kind."""
    f = findings or {}
    spans: dict[str, list[Span]] = {
        "actor": [s for a in f.get("actors") or [] for s in map(_span, a.get("mentions") or [])
                  if s],
        "time": [s for s in map(_span, f.get("times") or []) if s],
        "deadline": [s for s in map(_span, f.get("deadlines") or []) if s],
        "measure": [s for s in map(_span, f.get("measures") or []) if s],
        "annotated": list(annotated),
    }
    return spans


def one_line(text: object) -> str:
    """Untrusted text as one plain line: controls dropped, white space collapsed."""
    return " ".join(CONTROL.sub("", str(text or "")).split())


def cell(text: object, style: str = "") -> Text:
    """A DataTable cell that never parses markup (titles and names are untrusted)."""
    return Text(one_line(text), style=style, no_wrap=True, overflow="ellipsis")


def _tb(key: str, action: str, description: str, tooltip: str, show: bool = False) -> Binding:
    return Binding(key, action, description, show=show, id=f"pane.{action}", tooltip=tooltip)


class FindingsTable(DataTable):
    """A row-cursor table of findings; rows are keyed by the finding's ref."""

    BINDINGS = [
        _tb("j", "cursor_down", "Down", "Move to the next item"),
        _tb("k", "cursor_up", "Up", "Move to the previous item"),
        _tb("g", "scroll_top", "First", "Go to the first item"),
        _tb("G", "scroll_bottom", "Last", "Go to the last item"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.refs: dict[str, FindingRef] = {}

    def set_rows(self, rows: list[tuple[FindingRef, tuple[Text, ...]]],
                 keep: FindingRef | None = None, *, height: int = 1) -> None:
        """Replace the rows, keeping the cursor on `keep` when it is still there."""
        self.clear()
        self.refs = {}
        for ref, cells in rows:
            key = f"{ref.article_id}:{ref.kind}:{ref.index}"
            self.refs[key] = ref
            self.add_row(*cells, key=key, height=height)
        if keep is not None:
            key = f"{keep.article_id}:{keep.kind}:{keep.index}"
            if key in self.refs:
                self.move_cursor(row=self.get_row_index(key), animate=False)

    @property
    def current_ref(self) -> FindingRef | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return self.refs.get(key or "")

    def select_ref(self, ref: FindingRef) -> bool:
        key = f"{ref.article_id}:{ref.kind}:{ref.index}"
        if key not in self.refs:
            return False
        self.move_cursor(row=self.get_row_index(key), animate=False)
        return True

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        ref = self.refs.get(event.row_key.value or "")
        if ref is not None:
            self.post_message(ItemHighlighted(ref))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        ref = self.refs.get(event.row_key.value or "")
        if ref is not None:
            self.post_message(ItemActivated(ref))
