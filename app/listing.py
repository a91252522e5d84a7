"""Which articles a list shows: newest first, filtered by date, source, actor or tag."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from newsdesk.analysis.linking import fold
from newsdesk.store.db import Store
from newsdesk.store.notes import normalize_tags
from newsdesk.store.summaries import ArticleSummary

from .views import CorrectionsIndex, view_of


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What `newsdesk list` (and the switcher) may narrow the articles to."""

    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None  # part of the source's name, any case
    actor: str | None = None  # an actor's name, alias or one of its words, any case
    tag: str | None = None  # a tag of the reader's notes on the article

    @property
    def needs_findings(self) -> bool:
        return self.actor is not None


def newest_first(rows: Iterable[ArticleSummary]) -> list[ArticleSummary]:
    """By published date, newest first; undated ones last, the latest imported first."""
    rows = rows if isinstance(rows, list) else list(rows)
    # Stable sorts by one field each, keys in C: a (date, imported) tuple per row was a
    # fifth of a 100,000-article list.
    dated = [r for r in rows if r.published]
    undated = [r for r in rows if not r.published]
    dated.sort(key=attrgetter("imported_at"), reverse=True)
    dated.sort(key=attrgetter("published"), reverse=True)
    undated.sort(key=attrgetter("imported_at"), reverse=True)
    return dated + undated


def _in_range(row: ArticleSummary, wanted: ArticleFilter) -> bool:
    if wanted.since is None and wanted.until is None:
        return True
    try:
        day = dt.date.fromisoformat(row.published or "")
    except ValueError:
        return False  # a range asks for dated articles
    return ((wanted.since is None or day >= wanted.since)
            and (wanted.until is None or day <= wanted.until))


def _names_actor(words: str, names: Iterable[str]) -> bool:
    """Whether one of `names` is the actor asked for: the whole name, or all its words."""
    wanted = fold(words).split()
    for name in names:
        parts = fold(name).replace("-", " ").split()
        if wanted == parts or all(w in parts for w in wanted):
            return True
    return False


def list_articles(store: Store, wanted: ArticleFilter = ArticleFilter()) -> list[ArticleSummary]:
    """The articles the filter lets through, newest first."""
    rows = [r for r in store.list_articles() if _in_range(r, wanted)]
    if wanted.source:
        source = fold(wanted.source)
        rows = [r for r in rows if r.source and source in fold(r.source)]
    if wanted.tag is not None:
        tag = (normalize_tags([wanted.tag]) or [""])[0]
        tagged = {n.article_id for n in store.annotations() if tag in n.tags}
        rows = [r for r in rows if r.id in tagged]
    if wanted.actor:
        corrections = CorrectionsIndex.of_store(store)
        keep = set()
        for row in rows:
            view = view_of(store.get_article(row.id), (), corrections)
            names = [n for a in view.actors for n in (a.name, *a.aliases)]
            if _names_actor(wanted.actor, names):
                keep.add(row.id)
        rows = [r for r in rows if r.id in keep]
    return newest_first(rows)
