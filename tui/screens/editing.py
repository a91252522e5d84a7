"""The main screen's changes, as dialog flows: ask (a dialog from tui/dialogs), save
(through the screen's `Workspace`, where the rules live), then show the result.

`Editing` is a plain object the screen holds and calls, not a mixin: it reads and draws
only through the screen's public methods. Each dialog loads when its action is first
taken, not at start-up: together they are some 15 ms of the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.notifications import SeverityLevel

from newsdesk.analysis.model import Actor, Finding
from newsdesk.app import corrections
from newsdesk.app.workspace import MergeCandidate, NotAllowed, link_choices
from newsdesk.store.corrections import finding_kind
from newsdesk.store.records import Annotation, Correction

from .. import messages as msg

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..dialogs.annotate import AnnotationResult
    from ..dialogs.correct import NewFinding
    from ..dialogs.corrections import CorrectionsAction
    from ..dialogs.export import ExportRequest
    from ..dialogs.notes import NotesAction
    from .main import MainScreen


class Editing:
    """Every action of the main screen that changes the store."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.workspace = screen.workspace

    def _notify(self, text: str, *, severity: SeverityLevel = "information",
                timeout: float | None = None) -> None:
        self.screen.notify(text, severity=severity, timeout=timeout, markup=False)

    def _allowed(self, *, needs_article: bool = True) -> bool:
        try:
            self.workspace.check_writable(needs_article=needs_article)
        except NotAllowed as e:
            self.screen.notify(str(e), severity="warning" if self.workspace.store.readonly
                               else "information", markup=False)
            return False
        return True

    def _save(self, what: str, save: Callable[[], object],
              changed: Callable[[], None]) -> None:
        """Run a store write; a refused or failed write is told, never raised; then
        `changed` updates the views."""
        try:
            save()
        except NotAllowed as e:
            self._notify(str(e), severity="warning")
            return
        except Exception as e:  # refused (ValueError) or a store error naming the file
            self._notify(f"{what} not saved: {e}", severity="error")
            return
        self._notify(f"{what} saved.", timeout=2)
        changed()

    def _span_for_note(self) -> tuple[int, int] | None:
        """The selection, or else the sentence under the cursor."""
        body = self.screen.body
        return body.selection or body.current_sentence

    # -- notes ---------------------------------------------------------------------------

    def annotate(self) -> None:
        from ..dialogs.annotate import AnnotateScreen
        if not self._allowed():
            return
        span = self._span_for_note()
        view = self.workspace.view
        if span is None or view is None:
            return
        article = view.article

        def done(result: AnnotationResult | None) -> None:
            if result is None:
                return
            saved: list[Annotation] = []

            def save() -> None:
                saved.append(self.workspace.add_note(span, result.note, result.tags,
                                                     result.links))

            self._save("Note", save, lambda: self.screen.notes_changed(
                article.id, saved[0].id, saved[0]))

        self.screen.app.push_screen(
            AnnotateScreen(article.text[span[0]:span[1]], link_choices(view.findings),
                           article_title=article.title), done)

    def notes(self, show_all: bool = False) -> None:
        """The notes on this article (c in the view: on every article)."""
        from ..dialogs.notes import NotesScreen
        try:
            listed = self.workspace.notes()
        except Exception as e:
            self._notify(f"Could not read the notes: {e}", severity="error")
            return
        article = self.workspace.article
        if article is None:
            screen = NotesScreen(listed.everything, listed.titles)
        else:
            screen = NotesScreen(listed.here, listed.titles, article_title=article.title,
                                 all_annotations=listed.everything, show_all=show_all)
        self.screen.app.push_screen(screen, lambda chosen: self._notes_action(
            chosen, screen.show_all))

    def _notes_action(self, chosen: NotesAction | None, show_all: bool) -> None:
        """Do what the reader picked in the notes view: go to, edit or delete a note."""
        if chosen is None:
            return
        note = chosen.annotation
        if chosen.action == "jump":
            self.screen.jump_to(note.article_id, (note.start, note.end))
            return
        if not self._allowed(needs_article=False):
            return
        if chosen.action == "edit":
            self.screen.jump_to(note.article_id, (note.start, note.end))
            if self.workspace.is_open(note.article_id):
                self._edit_note(note)
            return
        try:
            self.workspace.delete_note(note)
        except Exception as e:
            self._notify(f"Note not deleted: {e}", severity="error")
            return
        self._notify("Note deleted.", timeout=2)
        self.screen.notes_changed(note.article_id, note.id)
        self.notes(show_all)  # back to the list as it was, one note fewer

    def _edit_note(self, note: Annotation) -> None:
        from ..dialogs.annotate import AnnotateScreen
        view = self.workspace.view
        assert view is not None

        def done(result: AnnotationResult | None) -> None:
            if result is None:
                return
            saved: list[Annotation] = []

            def save() -> None:
                saved.append(self.workspace.edit_note(note, result.note, result.tags,
                                                      result.links))

            self._save("Note", save, lambda: self.screen.notes_changed(
                note.article_id, note.id, saved[0]))

        self.screen.app.push_screen(AnnotateScreen(note.quote, link_choices(view.findings), note,
                                                   article_title=view.article.title), done)

    # -- corrections -----------------------------------------------------------------------

    def _selected(self) -> Finding | None:
        try:
            return self.workspace.finding()
        except NotAllowed as e:
            self._notify(str(e))
            return None

    def _corrected(self, article_id: str | None, keep: str = "item") -> Callable[[], None]:
        # A correction of one article re-lists that article; one of every article (a merge
        # everywhere) may touch any. An edited item keeps the cursor; where a row goes
        # away (rejected, merged) the cursor stays on its row, now the next item.
        return lambda: self.screen.store_changed([article_id] if article_id else None,
                                                 keep=keep)

    def edit(self) -> None:
        from ..dialogs.correct import EditFindingScreen
        if not self._allowed() or (item := self._selected()) is None:
            return
        article_id = self.workspace.article_id

        def done(changes: dict[str, object] | None) -> None:
            if changes:
                self._save("Correction", lambda: self.workspace.edit(item, changes),
                           self._corrected(article_id))

        self.screen.app.push_screen(EditFindingScreen(item), done)

    def reject(self) -> None:
        from ..dialogs.base import ConfirmScreen

        if not self._allowed() or (item := self._selected()) is None:
            return
        article_id = self.workspace.article_id
        kind = finding_kind(item)
        label = item.name if isinstance(item, Actor) else item.text or kind

        def done(yes: bool | None) -> None:
            if yes:
                self._save("Rejection", lambda: self.workspace.reject(item),
                           self._corrected(article_id, keep="row"))

        self.screen.app.push_screen(ConfirmScreen(f"Reject this {kind}?", str(label),
                                                  title="Reject"), done)

    def merge(self) -> None:
        from ..dialogs.merge import MergeActorsScreen, MergeConfirmScreen
        if not self._allowed() or (item := self._selected()) is None:
            return
        if not isinstance(item, Actor):
            self._notify("Only actors merge: pick one in the Actors pane.")
            return
        actor = item
        article_id = self.workspace.article_id
        corpus = self.screen.corpus

        def scoped(into: MergeCandidate, scope: str | None) -> None:
            if scope is None:
                return
            everywhere = scope == "everywhere"
            self._save("Merge", lambda: self.workspace.merge(actor, into,
                                                            everywhere=everywhere),
                       self._corrected(None if everywhere else article_id, keep="row"))

        def chosen(into: MergeCandidate | None) -> None:
            if into is not None:
                preview = self.workspace.merge_preview(actor, into, corpus)
                self.screen.app.push_screen(MergeConfirmScreen(preview),
                                            lambda scope: scoped(into, scope))

        self.screen.app.push_screen(
            MergeActorsScreen(actor.name, self.workspace.merge_candidates(actor, corpus)),
            chosen)

    def add(self) -> None:
        from ..dialogs.correct import AddFindingScreen
        if not self._allowed():
            return
        span = self._span_for_note()
        view = self.workspace.view
        if span is None or view is None:
            return
        article_id = view.article.id

        def done(new: NewFinding | None) -> None:
            if new is not None:
                self._save("Finding", lambda: self.workspace.add(new.kind, new.finding),
                           self._corrected(article_id))

        self.screen.app.push_screen(
            AddFindingScreen(view.article.text[span[0]:span[1]], span[0], span[1]), done)

    # -- the corrections: a view, undo and redo ------------------------------------------------

    def corrections_view(self) -> None:
        from ..dialogs.corrections import CorrectionsScreen
        try:
            listed = corrections.entries(self.workspace.store)
        except Exception as e:
            self._notify(f"Could not read the corrections: {e}", severity="error")
            return
        self.screen.app.push_screen(CorrectionsScreen(listed), self._corrections_action)

    def _corrections_action(self, chosen: CorrectionsAction | None) -> None:
        if chosen is None:
            return
        if chosen.action == "delete":
            if self._allowed(needs_article=False):
                self._run(lambda: corrections.remove(self.workspace.store,
                                                     chosen.correction_id), "Deleted")
        elif chosen.action == "undo":
            self.undo()
        else:
            self.redo()
        self.corrections_view()  # back to the list as it now is

    def undo(self) -> None:
        if self._allowed(needs_article=False):
            self._run(lambda: corrections.undo(self.workspace.store), "Undid",
                      nothing="Nothing to undo.")

    def redo(self) -> None:
        if self._allowed(needs_article=False):
            self._run(lambda: corrections.redo(self.workspace.store), "Redid",
                      nothing="Nothing to redo.")

    def _run(self, change: Callable[[], Correction | None], done: str, *,
             nothing: str = "") -> None:
        """Make one change to the corrections, say what it was, and show its effect."""
        try:
            changed = change()
        except Exception as e:
            self._notify(f"{done.lower()} failed: {e}", severity="error")
            return
        if changed is None:
            self._notify(nothing, timeout=2)
            return
        self._notify(f"{done}: {corrections.describe(changed)}", timeout=4)
        self.screen.store_changed([changed.article_id] if changed.article_id else None,
                                  keep="row")

    # -- export ----------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where to write the article's Markdown note; a worker writes it."""
        from newsdesk.store.export import default_note_name

        from ..dialogs.export import ExportScreen, default_folder
        article = self.workspace.article
        if article is None:
            self._notify("No article yet: press i to import one.")
            return
        cwd = Path.cwd()

        def done(request: ExportRequest | None) -> None:
            if request is not None:
                self.screen.jobs.export_note(article.id, request.path, request.force)

        self.screen.app.push_screen(
            ExportScreen(article.title, default_note_name(article),
                         default_folder(self.workspace.export_folder(), cwd), cwd), done)

    def note_exported(self, message: msg.NoteExported) -> None:
        if message.error:
            self._notify(" ".join(f"Export failed: {message.error}".split()),
                         severity="error")
            return
        self.screen.notify(f"Wrote {message.path}", title="Exported", markup=False)
        try:
            self.workspace.remember_export_folder(str(Path(message.path).parent))
        except Exception as e:
            self._notify(f"Could not remember the export folder: {e}", severity="warning")

    # -- the article's date and new articles -----------------------------------------------

    def published(self) -> None:
        from ..dialogs.small import PublishedDateScreen

        if not self._allowed():
            return
        article = self.workspace.article
        assert article is not None

        def done(value: str | None) -> None:
            if value is not None:
                self.screen.jobs.save_published(article.id, value or None)

        self.screen.app.push_screen(PublishedDateScreen(article.title, article.published),
                                    done)

    def published_saved(self, message: msg.PublishedDateSaved) -> None:
        if message.error:
            self._notify(f"Could not re-analyse after setting the date: {message.error}",
                         severity="error")
        else:
            self._notify(f"Published date set to {message.published or 'unknown'}; "
                         "dates re-resolved.", timeout=3)
        self.screen.store_changed([message.article_id])

    def import_path(self) -> None:
        from ..dialogs.small import ImportScreen

        if not self._allowed(needs_article=False):
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self._notify(f"Importing {path.name}…", timeout=2)
                self.screen.jobs.import_path(path)

        self.screen.app.push_screen(ImportScreen(), done)

    def import_finished(self, message: msg.ImportFinished) -> None:
        if message.error:
            self._notify(f"Import failed: {message.error}", severity="error")
            return
        detail = "".join(f"\n{f}" for f in message.failures[:3])
        self._notify(f"{message.summary}{detail}",
                     severity="warning" if message.failures else "information")
        self.screen.store_changed()
        if message.added:
            from ..across import Across

            self.screen.query_one(Across).arrivals(message.added)
        if self.screen.article is None:
            rows = self.workspace.store.list_articles()
            if rows:
                self.screen.open_article(rows[0].id)
