"""What the workstation does, without the widgets: the article open, the finding
selected, where the reader has been, and every change the reader makes (notes,
corrections, settings). The main screen asks this and draws what it says; tests drive
it without a terminal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsdesk.analysis.model import Actor, Deadline, Finding, Findings, Measure
from newsdesk.analysis.text import one_line
from newsdesk.store.corrections import finding_key
from newsdesk.store.db import Store
from newsdesk.store.notes import edit_annotation, new_annotation
from newsdesk.store.records import Annotation, Article, Correction
from newsdesk.store.view import ArticleView

from . import corrections
from .clock import stamp
from .history import History, Place
from .refs import FindingRef, Span
from .views import load_view

if TYPE_CHECKING:
    # A type only: the corpus's module (search index, facts) loads after the first paint.
    from .corpus import ArticleEntry

READONLY = ("The store is open read-only (another newsdesk has it). Close the other one "
            "to make changes.")
NO_ARTICLE = "No article yet: press i to import one."
PICK_FINDING = ("Pick an actor, measure or deadline of this article first "
                "(tab to its pane).")
CORRECTABLE = ("actor", "measure", "deadline")
Correctable = Actor | Measure | Deadline
EXPORT_DIR_SETTING = "export_dir"


class NotAllowed(Exception):
    """The reader asked for something that cannot be done now; the message says why."""


@dataclass(frozen=True, slots=True)
class LinkChoice:
    """Something a note can link to: the stored link and how the picker shows it."""

    link: str  # "actor:<name>" or "measure:<index>"
    label: str


@dataclass(frozen=True, slots=True)
class MergeCandidate:
    """An actor of the store another one may be merged into."""

    name: str
    kind: str
    articles: int  # how many articles name it
    in_this_article: bool = False

    @property
    def label(self) -> str:
        where = "this article" if self.in_this_article else (
            f"{self.articles} article{'s' if self.articles != 1 else ''}")
        return f"{self.name} ({self.kind}) · {where}"


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging an actor into another changes, to show before asking."""

    name: str
    kind: str
    into: MergeCandidate
    mentions: int  # the actor's mentions in this article
    other_articles: int  # other articles naming the same actor (name and kind)

    def lines(self) -> list[str]:
        into = f"“{self.into.name}” ({self.into.kind})"
        what = f"“{self.name}” ({self.kind})"
        moved = f"{self.mentions} mention{'s' if self.mentions != 1 else ''}"
        if self.into.in_this_article:
            verb = "join" if self.mentions != 1 else "joins"
            here = f"This article: {what} goes; its {moved} {verb} {into}."
        else:
            here = f"This article: {what} is renamed {into} ({moved})."
        others = self.other_articles
        everywhere = (f"Everywhere: also in {others} other article{'s' if others != 1 else ''}"
                      f" naming {what}." if others else
                      f"Everywhere: no other article names {what} yet; later ones will"
                      " be merged too.")
        return [here, everywhere]


@dataclass(slots=True)
class NotesList:
    """The reader's notes: this article's (or every one) and every article's title."""

    here: list[Annotation]
    everything: list[Annotation]
    titles: dict[str, str] = field(default_factory=dict)


def link_choices(findings: Findings | None) -> list[LinkChoice]:
    """The actors and measures of an article's corrected findings, as link choices; a
    measure is linked by its index in the findings."""
    if findings is None:
        return []
    choices = [LinkChoice(f"actor:{a.name}", f"{one_line(a.name)} ({a.kind or '?'})")
               for a in findings.actors if a.name]
    for index, m in enumerate(findings.measures):
        targets = ", ".join(one_line(t) for t in m.targets) or "?"
        parts = [m.type or "measure", m.action, f"{one_line(m.imposer) or '?'} -> {targets}",
                 one_line(m.magnitude)]
        choices.append(LinkChoice(f"measure:{index}", " · ".join(p for p in parts if p)))
    return choices


class Workspace:
    """The state behind the main screen and the changes it makes to the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.view: ArticleView | None = None
        self.selected: FindingRef | None = None
        self.history = History()

    # -- the article open ------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self.view.article if self.view is not None else None

    @property
    def article_id(self) -> str | None:
        return self.view.article.id if self.view is not None else None

    def is_open(self, article_id: str) -> bool:
        return self.article_id == article_id

    def newest_article_id(self) -> str | None:
        """The article to open at start: the one published (then imported) last."""
        return self.store.newest_article_id()

    def open(self, article_id: str) -> ArticleView:
        """Load the article's view (UnknownArticle when it is gone); the selection is
        dropped."""
        self.view = load_view(self.store, article_id)
        self.selected = None
        return self.view

    def close(self) -> None:
        self.view = None
        self.selected = None

    def annotated_spans(self) -> list[Span]:
        """The passages the reader's notes are on, in the open article."""
        return [(n.start, n.end) for n in self.view.notes] if self.view is not None else []

    def reload_notes(self) -> None:
        """Read the open article's notes again (one was added, edited or deleted)."""
        if self.view is not None:
            self.view.notes = sorted(self.store.annotations(self.view.article.id),
                                     key=lambda n: (n.start, n.end, n.created, n.id))

    # -- the finding selected --------------------------------------------------------------

    def finding(self, ref: FindingRef | None = None) -> Correctable:
        """The corrected finding `ref` (default: the selection) names in the open article;
        NotAllowed says what to pick when it names none."""
        ref = ref if ref is not None else self.selected
        view = self.view
        if view is None:
            raise NotAllowed(NO_ARTICLE)
        if ref is None or ref.kind not in CORRECTABLE or ref.article_id != view.article.id:
            raise NotAllowed(PICK_FINDING)
        lists: dict[str, Sequence[Correctable]] = {
            "actor": view.actors, "measure": view.measures, "deadline": view.findings.deadlines}
        items = lists[ref.kind]
        if not 0 <= ref.index < len(items):
            raise NotAllowed(PICK_FINDING)
        return items[ref.index]

    def why(self, ref: FindingRef | None = None) -> str:
        """Why the selected finding is there, in a line: the engine's rule, or the reader's
        own correction."""
        item = self.finding(ref)
        label = item.name if isinstance(item, Actor) else item.label
        if item.added:
            return f"{label}: added by you (a correction)."
        said = f"{label}: {item.why}" if item.why else (
            f"{label}: found by an engine that recorded no reason; re-analysis will add one.")
        return said + (" Corrected by you since." if item.corrected else "")

    def merge_candidates(self, actor: Actor,
                         corpus: Mapping[str, ArticleEntry] | None = None) -> list[MergeCandidate]:
        """Every other actor of the store (by name and kind; the article's own first) that
        `actor` could be merged into, with how many articles name it."""
        counts: Counter[tuple[str, str]] = Counter()
        for entry in (corpus or {}).values():
            counts.update(set(entry.actors))
        here = [(a.name, a.kind) for a in self.view.actors] if self.view is not None else []
        for key in here:
            counts.setdefault(key, 1)
        own = {(actor.name, actor.kind)}
        first = [k for k in dict.fromkeys(here) if k not in own]
        rest = sorted((k for k in counts if k not in own and k not in first),
                      key=lambda k: (-counts[k], k[0].casefold()))
        return [MergeCandidate(name, kind, counts[(name, kind)], (name, kind) in here)
                for name, kind in [*first, *rest] if name]

    def merge_preview(self, actor: Actor, into: MergeCandidate,
                      corpus: Mapping[str, ArticleEntry] | None = None) -> MergePreview:
        """What a merge would change, in this article and everywhere."""
        elsewhere = sum(1 for article_id, entry in (corpus or {}).items()
                        if article_id != self.article_id
                        and (actor.name, actor.kind) in entry.actors)
        return MergePreview(actor.name, actor.kind, into, len(actor.mentions), elsewhere)

    # -- writes ----------------------------------------------------------------------------

    def check_writable(self, *, needs_article: bool = True) -> None:
        """NotAllowed (saying why) on a read-only store, or with no article open."""
        if self.store.readonly:
            raise NotAllowed(READONLY)
        if needs_article and self.view is None:
            raise NotAllowed(NO_ARTICLE)

    def add_note(self, span: Span, note: str, tags: Sequence[str],
                 links: Sequence[str]) -> Annotation:
        self.check_writable()
        assert self.view is not None
        annotation = new_annotation(self.view.article, span[0], span[1], note, tags, links,
                                    stamp())
        self.store.add_annotation(annotation)
        self.reload_notes()
        return annotation

    def edit_note(self, annotation: Annotation, note: str, tags: Sequence[str],
                  links: Sequence[str]) -> Annotation:
        self.check_writable(needs_article=False)
        edited = edit_annotation(annotation, note, tags, links, stamp())
        self.store.update_annotation(edited)
        if self.is_open(edited.article_id):
            self.reload_notes()
        return edited

    def delete_note(self, annotation: Annotation) -> None:
        self.check_writable(needs_article=False)
        self.store.delete_annotation(annotation.id)
        if self.is_open(annotation.article_id):
            self.reload_notes()

    def notes(self) -> NotesList:
        """The notes on the open article, every note, and the titles to show with them."""
        everything = list(self.store.annotations())
        titles = {row.id: row.title for row in self.store.list_articles()}
        here = [n for n in everything if self.is_open(n.article_id)]
        return NotesList(here, everything, titles)

    def correct(self, article_id: str | None, kind: str, target: dict[str, Any],
                changes: dict[str, Any]) -> Correction:
        """Save a correction (article_id None: every article); ValueError if refused."""
        self.check_writable()
        return corrections.add(self.store, article_id, kind, target, changes)

    def reject(self, item: Finding) -> Correction:
        return self.correct(self._open_id(), "reject", finding_key(item), {})

    def edit(self, item: Finding, changes: dict[str, Any]) -> Correction:
        return self.correct(self._open_id(), "edit", finding_key(item), changes)

    def merge(self, actor: Actor, into: MergeCandidate, *, everywhere: bool) -> Correction:
        """Fold `actor` into another one: in this article, or (everywhere) wherever an
        article names it."""
        target = {**finding_key(actor), "actor_kind": actor.kind}
        changes: dict[str, Any] = {"into": into.name}
        if into.kind != actor.kind:
            changes["into_kind"] = into.kind
        return self.correct(None if everywhere else self._open_id(), "merge", target, changes)

    def add(self, kind: str, finding: dict[str, Any]) -> Correction:
        return self.correct(self._open_id(), "add", {"kind": kind}, finding)

    def _open_id(self) -> str:
        if self.view is None:
            raise NotAllowed(NO_ARTICLE)
        return self.view.article.id

    # -- settings --------------------------------------------------------------------------

    def export_folder(self) -> str | None:
        """The folder the last export went to, if any (a convenience: None on any error)."""
        try:
            folder = self.store.get_setting(EXPORT_DIR_SETTING, None)
        except Exception:
            return None
        return folder if isinstance(folder, str) else None

    def remember_export_folder(self, folder: str) -> None:
        """Offer this folder first next time (never on a read-only store)."""
        if not self.store.readonly and self.export_folder() != folder:
            self.store.set_setting(EXPORT_DIR_SETTING, folder)

    # -- history ---------------------------------------------------------------------------

    def visit(self, here: Place | None, there: Place | None) -> None:
        if there is not None:
            self.history.visit(here, there)
