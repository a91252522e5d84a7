"""Shared by the findings panes: findings -> references and highlight spans, and a
DataTable that speaks in typed messages. Findings come from the store and may be old or
partial, so every read tolerates a missing key."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from rich.text import Text
from textual.binding import Binding

from ..messages import FindingRef, ItemActivated, ItemHighlighted, Span
from .rowtable import Column, RowTable

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


def ref_key(ref: FindingRef) -> str:
    return f"{ref.article_id}:{ref.kind}:{ref.index}"


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
                     keep: FindingRef | None = None) -> None:
        """Replace the rows, keeping the cursor on `keep` when it is still there.

        A row is as tall as its tallest cell (cells with a newline take two lines)."""
        self.refs = {ref_key(ref): ref for ref, _ in rows}
        keys = list(self.refs)
        cursor = keys.index(ref_key(keep)) if keep is not None and ref_key(keep) in self.refs \
            else 0
        heights = [1 + max(c.plain.count("\n") for c in cells) if cells else 1
                   for _, cells in rows]
        self.set_rows(keys, [cells for _, cells in rows], cursor=cursor, heights=heights)

    @property
    def current_ref(self) -> FindingRef | None:
        key = self.cursor_key
        return self.refs.get(key) if key is not None else None

    def select_ref(self, ref: FindingRef) -> bool:
        key = ref_key(ref)
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
