"""The one way an article is loaded for showing: its findings with the reader's
corrections applied, its notes, its deadlines. The workstation, `newsdesk show`, export,
`newsdesk deadlines` and the calendar all come through here."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from newsdesk.store.calendar import DeadlineEntry, deadline_entries, sort_entries
from newsdesk.store.corrections import apply_corrections
from newsdesk.store.db import Store
from newsdesk.store.notes import normalize_tags
from newsdesk.store.records import Annotation, Article, Correction
from newsdesk.store.view import ArticleView, note_order

from .countdown import deadline_actors, names_actor


class CorrectionsIndex:
    """A store's corrections, found by article: its own and the global ones, oldest
    first as the store keeps them."""

    def __init__(self, corrections: Iterable[Correction]) -> None:
        self.all = list(corrections)
        self._by_article: dict[str | None, list[int]] = {}
        for i, c in enumerate(self.all):
            self._by_article.setdefault(c.article_id, []).append(i)

    @classmethod
    def of_store(cls, store: Store) -> CorrectionsIndex:
        return cls(store.corrections())

    def of(self, article_id: str) -> list[Correction]:
        own = self._by_article.get(article_id, [])
        every = self._by_article.get(None, [])
        return [self.all[i] for i in sorted(own + every)] if own and every else \
            [self.all[i] for i in own or every]

    @property
    def may_add_anywhere(self) -> bool:
        """A correction of every article adds a finding: any article may then have one."""
        return any(c.kind == "add" and c.article_id is None for c in self.all)

    def adding(self) -> set[str]:
        """The articles a correction adds a finding to."""
        return {c.article_id for c in self.all if c.kind == "add" and c.article_id is not None}


def load_view(store: Store, article_id: str) -> ArticleView:
    """The view of one stored article (give a full id; see Store.resolve_id)."""
    return ArticleView.of(store.get_article(article_id), store.annotations(article_id),
                          store.corrections(article_id))


def view_of(article: Article, notes: Iterable[Annotation],
            corrections: CorrectionsIndex) -> ArticleView:
    """The view of an article already read (a walk over the store reads each once)."""
    own = corrections.of(article.id)
    return ArticleView(article, apply_corrections(article.findings, own),
                       sorted(notes, key=note_order), own)


def iter_views(store: Store, ids: Collection[str] | None = None, *,
               text: bool = True) -> Iterator[ArticleView]:
    """Views of the stored articles (those in `ids`, or all), one at a time, in the order
    they were added.

    With text=False the views' articles have no text ("") nor engine findings (None), only
    the views' corrected findings: enough for a dossier, which never shows the text, and
    far less to hold when every article is kept.
    """
    notes: dict[str, list[Annotation]] = {}
    for note in store.annotations():
        notes.setdefault(note.article_id, []).append(note)
    corrections = CorrectionsIndex.of_store(store)
    if ids is None:
        articles: Iterable[Article] = store.iter_articles()
    else:
        articles = (store.get_article(s.id) for s in store.list_articles() if s.id in ids)
    for article in articles:
        view = view_of(article, notes.get(article.id, []), corrections)
        if not text:
            article.text, article.findings = "", None
        yield view


def load_views(store: Store) -> list[ArticleView]:
    """Views of every stored article, in the order they were added."""
    return list(iter_views(store))


def load_deadlines(store: Store, *, actor: str | None = None,
                   tag: str | None = None) -> list[DeadlineEntry]:
    """Every stored article's deadlines (corrections applied), soonest first; with
    `actor`, those involving it (see `deadline_actors`); with `tag`, those of articles
    with a note so tagged.

    Only the articles that can have one are read: those whose findings hold deadlines and
    those a correction may add one to.
    """
    corrections = CorrectionsIndex.of_store(store)
    if corrections.may_add_anywhere:
        articles: Iterable[Article] = store.iter_articles()
    else:
        articles = store.iter_articles_with("deadlines", also=corrections.adding())
    tagged = tagged_articles(store, [tag]) if tag is not None else None
    entries: list[DeadlineEntry] = []
    for article in articles:
        if tagged is not None and article.id not in tagged:
            continue
        findings = apply_corrections(article.findings, corrections.of(article.id))
        found = deadline_entries(article, findings)
        if actor is not None:
            involved = deadline_actors(findings)
            found = [e for e in found if names_actor(actor, involved.get(e.start, ()))]
        entries.extend(found)
    return sort_entries(entries)


def tagged_articles(store: Store, tags: Iterable[str]) -> set[str]:
    """The articles with a note holding one of `tags` (normalized as notes keep them)."""
    wanted = set(normalize_tags(tags))
    return {n.article_id for n in store.annotations() if wanted & set(n.tags)}
