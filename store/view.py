"""One article as every face shows it: the engine's findings with the reader's corrections
applied, the reader's notes, and its deadlines as dated entries.

The TUI, `newsdesk show`, export, `newsdesk deadlines` and the calendar all show this
view, loaded by `newsdesk.app.views`, so none of them can disagree about an article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newsdesk.analysis.model import Actor, Findings, Measure
from newsdesk.analysis.sentences import split_sentences

from .calendar import DeadlineEntry, deadline_entries
from .corrections import apply_corrections
from .records import Annotation, Article, Correction


def note_order(note: Annotation) -> tuple[int, int, str, str]:
    """Notes in the order of the passages they are on."""
    return (note.start, note.end, note.created, note.id)


@dataclass(slots=True)
class ArticleView:
    """An article with its corrected findings and the reader's notes on it."""

    article: Article
    findings: Findings  # corrected: rejected findings gone, edits and additions applied
    notes: list[Annotation] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article, notes: Iterable[Annotation] = (),
           corrections: Iterable[Correction] = ()) -> ArticleView:
        corrections = list(corrections)
        findings = apply_corrections(article.findings, corrections)
        return cls(article, findings, sorted(notes, key=note_order), corrections)

    @property
    def actors(self) -> list[Actor]:
        return self.findings.actors

    @property
    def measures(self) -> list[Measure]:
        return self.findings.measures

    @property
    def deadlines(self) -> list[DeadlineEntry]:
        """The deadlines as dated entries, soonest first."""
        return deadline_entries(self.article, self.findings)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans as the engine split them (split here only for an article the
        engine has not read yet)."""
        if self.findings.sentences or not self.article.text:
            return self.findings.sentence_spans
        return [s.span for s in split_sentences(self.article.text)]

    @property
    def tags(self) -> list[str]:
        """The tags of the reader's notes, first seen first."""
        out: list[str] = []
        for note in self.notes:
            out.extend(t for t in note.tags if t not in out)
        return out
