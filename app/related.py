"""Related items: what shares a finding's sentences, and other articles naming an actor."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from newsdesk.analysis.model import Findings
from newsdesk.store.db import Store

from .refs import FindingRef, Span, actor_refs, all_refs
from .views import CorrectionsIndex, view_of


@dataclass(slots=True)
class Related:
    """What a finding shares its sentences with, and other articles naming the same actor."""

    ref: FindingRef
    same_sentence: list[FindingRef] = field(default_factory=list)
    other_articles: list[tuple[FindingRef, str]] = field(default_factory=list)  # ref, title


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def same_sentence_items(ref: FindingRef, findings: Findings,
                        sentences: list[Span]) -> list[FindingRef]:
    """Findings of the same article whose spans fall in a sentence `ref` touches."""
    starts = [s for s, _ in sentences]
    wanted = {_sentence_index(starts, s) for s, _ in ref.spans}
    out = []
    for other in all_refs(ref.article_id, findings):
        if (other.kind, other.index) == (ref.kind, ref.index):
            continue
        if any(_sentence_index(starts, s) in wanted for s, _ in other.spans):
            out.append(other)
    return out


def articles_naming(store: Store, name: str, exclude: str) -> list[tuple[FindingRef, str]]:
    """Other articles with an actor of the same name (case and spacing ignored)."""
    key = " ".join(name.split()).casefold()
    found = []
    corrections = CorrectionsIndex.of_store(store)
    for article in store.iter_articles():
        if article.id == exclude:
            continue
        view = view_of(article, (), corrections)
        for ref in actor_refs(article.id, view.findings):
            if " ".join(ref.label.split()).casefold() == key:
                found.append((ref, article.title))
                break
    return found


def gather_related(store: Store, ref: FindingRef, findings: Findings,
                   sentences: list[Span]) -> Related:
    """Everything the related-items list shows for `ref`."""
    related = Related(ref, same_sentence_items(ref, findings, sentences))
    if ref.kind == "actor":
        related.other_articles = articles_naming(store, ref.label, ref.article_id)
    return related
