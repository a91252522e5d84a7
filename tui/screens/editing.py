"""The main screen's writes: annotate, correct findings, set the date, import.

The dialogs (tui/annotate.py, tui/correct.py) only ask; the records are built here with
`store.notes` and saved, then the article is shown again with its corrections applied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .modals import ImportScreen, PublishedDateScreen

READONLY = ("The store is open read-only (another newsdesk has it). Close the other one "
            "to make changes.")
CORRECTABLE = ("actor", "measure", "deadline")


def _stamp() -> str:
    from .. import library

    return library.now_utc().isoformat(timespec="seconds")


class EditingActions:
    """Mixed into MainScreen: every action that changes the store."""

    def _writable(self) -> bool:
        if self.store.readonly:
            self.notify(READONLY, severity="warning", markup=False)
            return False
        if self.article is None:
            self.notify("No article yet: press i to import one.", markup=False)
            return False
        return True

    def _span_for_note(self) -> tuple[int, int] | None:
        """The selection, or else the sentence under the cursor."""
        body = self.body
        return body.selection or body.current_sentence

    def _selected_finding(self) -> tuple[str, dict[str, Any]] | None:
        """The selected actor, measure or deadline of this article, as its findings dict."""
        ref = self.selected
        if ref is None or ref.kind not in CORRECTABLE or ref.article_id != self.article.id:
            self.notify("Pick an actor, measure or deadline of this article first "
                        "(tab to its pane).", markup=False)
            return None
        items = (self.findings or {}).get(f"{ref.kind}s") or []
        if not 0 <= ref.index < len(items):
            return None
        return ref.kind, items[ref.index]

    def _save_record(self, what: str, save, changed=None) -> None:
        """Run a store write; a refused or failed write is told, never raised.

        `changed` then updates the views (by default: everything that shows findings)."""
        try:
            save()
        except ValueError as e:  # the record was refused (store.notes validation)
            self.notify(f"{what} not saved: {e}", severity="error", markup=False)
            return
        except Exception as e:  # store errors name the file and what to do
            self.notify(f"{what} not saved: {e}", severity="error", markup=False)
            return
        self.notify(f"{what} saved.", timeout=2, markup=False)
        if changed is not None:
            changed()
        else:
            self._store_changed()

    # -- notes -------------------------------------------------------------------------

    def action_annotate(self) -> None:
        if not self._writable():
            return
        from newsdesk.store.notes import new_annotation

        from ..annotate import AnnotateScreen, link_choices

        span = self._span_for_note()
        if span is None:
            return
        article = self.article
        quote = article.text[span[0]:span[1]]

        def done(result) -> None:
            if result is not None:
                note = new_annotation(article, span[0], span[1], result.note, result.tags,
                                      result.links, _stamp())
                self._save_record("Note", lambda: self.store.add_annotation(note),
                                  lambda: self._note_changed(note.article_id, note.id, note))

        self.app.push_screen(AnnotateScreen(quote, link_choices(self.findings),
                                            article_title=article.title), done)

    def action_notes(self, show_all: bool = False) -> None:
        """The notes on this article (c in the view: on every article)."""
        from ..notes import NotesScreen

        try:
            everything = list(self.store.annotations())
            titles = {row.id: row.title for row in self.store.list_articles()}
        except Exception as e:
            self.notify(f"Could not read the notes: {e}", severity="error", markup=False)
            return
        article = self.article
        if article is None:
            screen = NotesScreen(everything, titles)
        else:
            here = [n for n in everything if n.article_id == article.id]
            screen = NotesScreen(here, titles, article_title=article.title,
                                 all_annotations=everything, show_all=show_all)
        self.app.push_screen(screen, lambda chosen: self._notes_action(chosen,
                                                                        screen.show_all))

    def _notes_action(self, chosen, show_all: bool) -> None:
        """Do what the reader picked in the notes view: go to, edit or delete a note."""
        if chosen is None:
            return
        note = chosen.annotation
        if chosen.action == "jump":
            self.jump_to(note.article_id, (note.start, note.end))
            return
        if self.store.readonly:
            self.notify(READONLY, severity="warning", markup=False)
            return
        if chosen.action == "edit":
            self.jump_to(note.article_id, (note.start, note.end))
            if self.article is not None and self.article.id == note.article_id:
                self._edit_note(note)
            return
        try:
            self.store.delete_annotation(note.id)
        except Exception as e:
            self.notify(f"Note not deleted: {e}", severity="error", markup=False)
            return
        self.notify("Note deleted.", timeout=2, markup=False)
        self._note_changed(note.article_id, note.id)
        self.action_notes(show_all)  # back to the list as it was, one note fewer

    def _edit_note(self, note) -> None:
        from newsdesk.store.notes import edit_annotation

        from ..annotate import AnnotateScreen, link_choices

        def done(result) -> None:
            if result is not None:
                edited = edit_annotation(note, result.note, result.tags, result.links,
                                         _stamp())
                self._save_record("Note", lambda: self.store.update_annotation(edited),
                                  lambda: self._note_changed(edited.article_id, edited.id,
                                                             edited))

        self.app.push_screen(AnnotateScreen(note.quote, link_choices(self.findings), note,
                                            article_title=self.article.title), done)

    def _note_changed(self, article_id: str, annotation_id: str, note=None) -> None:
        """A note was added, edited (`note`) or deleted: re-highlight its article and
        swap its search entry. Nothing else shows notes, so nothing else is redrawn."""
        from ..panes.findings import highlight_spans

        if self.article is not None and self.article.id == article_id:
            annotated = [(n.start, n.end) for n in self._annotations(article_id)]
            self.body.set_highlights(highlight_spans(self.findings, annotated))
        if self._scanning:  # the scan may have read the notes before this change
            self._changed_while_scanning.add(article_id)
        if self.search_index is not None:
            title = self.article.title if self.article is not None and \
                self.article.id == article_id else ""
            self.update_note_entry(self.search_index, annotation_id, note, title)

    # -- corrections -------------------------------------------------------------------

    def _correct(self, what: str, article_id: str | None, kind: str, target: dict,
                 changes: dict) -> None:
        from newsdesk.store.notes import new_correction

        # A correction of one article re-lists that article; a merge (no article) may
        # touch any.
        self._save_record(what, lambda: self.store.add_correction(
            new_correction(article_id, kind, target, changes, _stamp())),
            lambda: self._store_changed([article_id] if article_id else None))

    def action_edit(self) -> None:
        if not self._writable() or (found := self._selected_finding()) is None:
            return
        from newsdesk.store.corrections import finding_key

        from ..correct import EditFindingScreen

        kind, item = found
        article_id = self.article.id

        def done(changes) -> None:
            if changes:
                self._correct("Correction", article_id, "edit", finding_key(kind, item),
                              changes)

        self.app.push_screen(EditFindingScreen(kind, item), done)

    def action_reject(self) -> None:
        if not self._writable() or (found := self._selected_finding()) is None:
            return
        from newsdesk.store.corrections import finding_key

        from ..correct import ConfirmScreen

        kind, item = found
        article_id = self.article.id
        label = item.get("name") or item.get("text") or kind

        def done(yes: bool | None) -> None:
            if yes:
                self._correct("Rejection", article_id, "reject", finding_key(kind, item), {})

        self.app.push_screen(ConfirmScreen(f"Reject this {kind}?", str(label),
                                           title="Reject"), done)

    def action_merge(self) -> None:
        if not self._writable() or (found := self._selected_finding()) is None:
            return
        kind, item = found
        if kind != "actor":
            self.notify("Only actors merge: pick one in the Actors pane.", markup=False)
            return
        from newsdesk.store.corrections import finding_key

        from ..correct import MergeActorsScreen

        others = sorted({a["name"] for a in (self.findings or {}).get("actors") or []
                         if a.get("name") and a["name"] != item["name"]})

        def done(into: str | None) -> None:
            if into:
                # Across every article: "Trump" is the same person wherever he appears.
                self._correct("Merge", None, "merge", finding_key("actor", item),
                              {"into": into})

        self.app.push_screen(MergeActorsScreen(item["name"], others), done)

    def action_add(self) -> None:
        if not self._writable():
            return
        from ..correct import AddFindingScreen

        span = self._span_for_note()
        if span is None:
            return
        article_id = self.article.id
        text = self.article.text[span[0]:span[1]]

        def done(new) -> None:
            if new is not None:
                self._correct("Finding", article_id, "add", {"kind": new.kind}, new.finding)

        self.app.push_screen(AddFindingScreen(text, span[0], span[1]), done)

    def action_export(self) -> None:
        """Ask where to write the article's Markdown note; a worker writes it."""
        if self.article is None:
            self.notify("No article yet: press i to import one.", markup=False)
            return
        from newsdesk.store.export import default_note_name

        from ..export import EXPORT_DIR_SETTING, ExportScreen, default_folder

        article_id = self.article.id
        cwd = Path.cwd()
        try:
            remembered = self.store.get_setting(EXPORT_DIR_SETTING, None)
        except Exception:  # a convenience: the current folder will do
            remembered = None

        def done(request) -> None:
            if request is not None:
                self.export_note(article_id, request.path, request.force)

        self.app.push_screen(ExportScreen(self.article.title, default_note_name(self.article),
                                          default_folder(remembered, cwd), cwd), done)

    def remember_export_dir(self, folder: str) -> None:
        """Offer this folder first next time (not on a read-only store)."""
        from ..export import EXPORT_DIR_SETTING

        if self.store.readonly:
            return
        try:
            if self.store.get_setting(EXPORT_DIR_SETTING, None) != folder:
                self.store.set_setting(EXPORT_DIR_SETTING, folder)
        except Exception as e:
            self.notify(f"Could not remember the export folder: {e}", severity="warning",
                        markup=False)

    # -- the article's date and new articles --------------------------------------------

    def action_published(self) -> None:
        if not self._writable():
            return
        article_id = self.article.id

        def done(value: str | None) -> None:
            if value is not None:
                self.save_published(article_id, value or None)

        self.app.push_screen(PublishedDateScreen(self.article.title, self.article.published),
                             done)

    def action_import(self) -> None:
        if self.store.readonly:
            self.notify(READONLY, severity="warning", markup=False)
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Importing {path.name}…", timeout=2, markup=False)
                self.import_path(path)

        self.app.push_screen(ImportScreen(), done)
