"""Typed messages the panes and workers send up to the main screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from newsdesk.app.refs import FindingRef, Span
from newsdesk.store.changes import StoreChanges

if TYPE_CHECKING:  # what only the workers' messages carry: loaded with the workers' work
    from newsdesk.app.corpus import ArticleEntry, JumpIndex
    from newsdesk.app.related import Related

__all__ = ["FindingRef", "Span"]  # re-exported: the panes' messages carry them

# -- panes -> screen -----------------------------------------------------------------------


@dataclass
class ItemHighlighted(Message):
    """The cursor of a findings pane rests on an item (n/N and r act on it)."""

    ref: FindingRef


@dataclass
class ItemActivated(Message):
    """The reader asked to see an item in the text (enter)."""

    ref: FindingRef


@dataclass
class ArticleChosen(Message):
    """The reader picked an article in the switcher."""

    article_id: str


@dataclass
class SwitcherClosed(Message):
    """The reader closed the articles switcher (escape)."""


@dataclass
class SentenceCursorMoved(Message):
    """The article's sentence cursor moved."""

    article_id: str
    sentence: int
    offset: int


@dataclass
class SelectionChanged(Message):
    """The keyboard selection in the article changed (None: no selection)."""

    article_id: str
    span: Span | None


@dataclass
class CountdownModeChanged(Message):
    as_of_published: bool
    all_articles: bool


@dataclass
class CountdownFilterAsked(Message):
    """The reader wants to filter the countdown (f in its pane)."""


# -- workers -> screen ---------------------------------------------------------------------


@dataclass
class FindingsRefreshed(Message):
    """Stale articles were re-analysed in the background."""

    count: int
    error: str | None = None
    article_ids: list[str] = field(default_factory=list)


@dataclass
class PublishedDateSaved(Message):
    article_id: str
    published: str | None
    error: str | None = None


@dataclass
class ImportFinished(Message):
    summary: str
    failures: list[str] = field(default_factory=list)
    error: str | None = None
    added: list[str] = field(default_factory=list)  # the new articles' ids


@dataclass
class CorpusScanned(Message):
    """One pass over the store filled the search index and gathered, per article, the
    finding counts (switcher) and deadlines (countdown of every article)."""

    index: JumpIndex  # in memory, or on disk with what changed since
    entries: dict[str, ArticleEntry]
    error: str | None = None
    stale: list[str] = field(default_factory=list)  # analysed by an older engine


@dataclass
class ArticlesReindexed(Message):
    """Some articles changed: their fresh entries (None: the article is gone)."""

    entries: dict[str, ArticleEntry | None]
    error: str | None = None


@dataclass
class RelatedReady(Message):
    """Related items were gathered for the selected finding (None: it failed)."""

    related: Related | None
    error: str | None = None


@dataclass
class NoteExported(Message):
    """The article's Markdown note was written (or not: `error` says why)."""

    article_id: str
    path: str
    error: str | None = None


@dataclass
class ChangedElsewhere(Message):
    """Another process (a `newsdesk import`, another workstation) committed to the store;
    this store has read its commits."""

    changes: StoreChanges
