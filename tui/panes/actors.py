"""The actors pane: who appears in the article, grouped by kind."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from newsdesk.analysis.model import Actor, Findings
from newsdesk.analysis.text import one_line
from newsdesk.app.refs import FindingRef, actor_refs

from .findings import ACTOR_KIND_ORDER, FindingsTable, cell
from .rowtable import Column

EMPTY = ("No actors found in this article. Press + to add one, "
         "or o to open another article.")


SHORT_KIND = {"organization": "org"}


def _kind_rank(kind: str) -> int:
    return ACTOR_KIND_ORDER.index(kind) if kind in ACTOR_KIND_ORDER else len(ACTOR_KIND_ORDER)


def name_cell(actor: Actor) -> Text:
    """The name; under it, dimmed, the role and affiliation when the engine found any."""
    name = one_line(actor.name)
    role, affiliation = one_line(actor.role), one_line(actor.affiliation)
    if affiliation == name or (affiliation and role.endswith(affiliation)):
        affiliation = ""  # (nor twice: "analyst at Brookfield Metals, Brookfield Metals")
    about = ", ".join(part for part in (role, affiliation) if part)
    if not about:
        return Text(name, style="bold")
    return Text.assemble((name, "bold"), "\n", (about, "dim"))


NO_ARTICLE = "No article open: press o to pick one, or i to import one."


class ActorsPane(Vertical):
    """Name and mention count over role and affiliation, grouped by kind (people first).

    Role and affiliation go on a second line: beside the name a side pane cuts them."""

    BORDER_TITLE = "Actors"

    def compose(self) -> ComposeResult:
        yield FindingsTable([Column("kind", "Kind"), Column("mentions", "#"),
                             Column("name", "Name · role, affiliation", flex=True)],
                            id="actors-table")
        yield Static(EMPTY, classes="empty", markup=False)

    @property
    def table(self) -> FindingsTable:
        return self.query_one(FindingsTable)

    def show_findings(self, article_id: str, findings: Findings,
                      keep: FindingRef | None = None, row: int | None = None) -> None:
        actors = findings.actors
        refs = actor_refs(article_id, findings)
        order = sorted(range(len(refs)), key=lambda i: (
            _kind_rank(actors[i].kind), -len(refs[i].spans), refs[i].label.lower()))
        rows: list[tuple[FindingRef, tuple[Text, ...]]] = []
        last_kind = None
        for i in order:
            actor = actors[i]
            kind = actor.kind or "other"
            rows.append((refs[i], (
                cell(SHORT_KIND.get(kind, kind) if kind != last_kind else "", "dim"),
                Text(str(len(refs[i].spans)), justify="right"),
                name_cell(actor),
            )))
            last_kind = kind
        self.table.set_findings(rows, keep=keep, row=row)
        self.query_one(".empty", Static).update(EMPTY if article_id else NO_ARTICLE)
        self.set_class(not rows, "-empty")
        self.border_subtitle = f"{len(rows)}" if rows else ""
