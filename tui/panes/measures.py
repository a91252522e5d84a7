"""The measures pane: what is imposed, eased or threatened, by whom, on whom."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from newsdesk.analysis.model import Findings, Measure
from newsdesk.analysis.text import one_line
from newsdesk.app.refs import FindingRef, measure_refs

from .findings import FindingsTable
from .rowtable import Column

EMPTY = ("No measures found in this article. Press + to add one, "
         "or o to open another article.")


def parties(measure: Measure) -> str:
    """"imposer -> targets" in the reader's words; "?" where the text did not say."""
    targets = ", ".join(one_line(t) for t in measure.targets if t) or "?"
    return f"{one_line(measure.imposer) or '?'} -> {targets}"


NO_ARTICLE = "No article open: press o to pick one, or i to import one."


class MeasuresPane(Vertical):
    """Type and action over imposer -> targets, and magnitude, in the order of the text."""

    BORDER_TITLE = "Measures"

    def compose(self) -> ComposeResult:
        yield FindingsTable([Column("measure", "Measure · magnitude / imposer -> targets",
                                    flex=True)], id="measures-table")
        yield Static(EMPTY, classes="empty", markup=False)

    @property
    def table(self) -> FindingsTable:
        return self.query_one(FindingsTable)

    def show_findings(self, article_id: str, findings: Findings,
                      keep: FindingRef | None = None, row: int | None = None) -> None:
        measures = findings.measures
        refs = measure_refs(article_id, findings)
        order = sorted(range(len(refs)), key=lambda i: refs[i].spans[0] if refs[i].spans
                       else (1 << 62, 0))
        rows: list[tuple[FindingRef, tuple[Text, ...]]] = []
        for i in order:
            m = measures[i]
            # Two lines: beside the type and action, who acts on whom would be cut off
            # in a side pane (the most telling part of the row).
            magnitude = one_line(m.magnitude)
            what = Text.assemble((one_line(m.type) or "?", "bold"), " ", one_line(m.action),
                                 (f" · {magnitude}" if magnitude else "", "italic"),
                                 "\n", parties(m))
            rows.append((refs[i], (what,)))
        self.table.set_findings(rows, keep=keep, row=row)
        self.query_one(".empty", Static).update(EMPTY if article_id else NO_ARTICLE)
        self.set_class(not rows, "-empty")
        self.border_subtitle = f"{len(rows)}" if rows else ""
