"""References to findings as the faces show them: what a finding is, its label, and
where the text says it (its spans), so a row, a search hit or a related item leads back to
the words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.analysis.model import Findings

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class FindingRef:
    """One finding of one article, as a pane shows it: what it is and where it is said."""

    kind: str  # "actor", "measure", "deadline", "time"
    index: int  # position in the (corrected) findings list of that kind
    label: str
    article_id: str
    spans: tuple[Span, ...] = ()

    @property
    def key(self) -> str:
        """A row key: unique within the store."""
        return f"{self.article_id}:{self.kind}:{self.index}"


def span_of(start: int, end: int) -> tuple[Span, ...]:
    """A finding's spans as a ref holds them: none for an empty one."""
    return ((start, end),) if end > start else ()


def actor_refs(article_id: str, findings: Findings) -> list[FindingRef]:
    return [FindingRef("actor", index, actor.name or "?", article_id, tuple(actor.spans))
            for index, actor in enumerate(findings.actors)]


def measure_refs(article_id: str, findings: Findings) -> list[FindingRef]:
    return [FindingRef("measure", index, measure.label or "?", article_id,
                       span_of(measure.start, measure.end))
            for index, measure in enumerate(findings.measures)]


def deadline_refs(article_id: str, findings: Findings) -> list[FindingRef]:
    return [FindingRef("deadline", index, deadline.label or "?", article_id,
                       span_of(deadline.start, deadline.end))
            for index, deadline in enumerate(findings.deadlines)]


def all_refs(article_id: str, findings: Findings) -> list[FindingRef]:
    """Actors, measures and deadlines, in that order."""
    return (actor_refs(article_id, findings) + measure_refs(article_id, findings)
            + deadline_refs(article_id, findings))


def highlight_spans(findings: Findings, annotated: Iterable[Span] = ()) -> dict[str, list[Span]]:
    """Spans to colour in the text, by kind."""
    return {
        "actor": [s for a in findings.actors for s in a.spans],
        "time": [t.span for t in findings.times if t.end > t.start],
        "deadline": [d.span for d in findings.deadlines if d.end > d.start],
        "measure": [m.span for m in findings.measures if m.end > m.start],
        "annotated": list(annotated),
    }
