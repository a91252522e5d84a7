"""The export dialog: where to write the article's Markdown note (`E`).

The dialog only asks (and asks again before replacing a file); the main screen writes the
note in a worker, as `newsdesk export ID` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Label, Static

from newsdesk.analysis.text import one_line
from newsdesk.store.fileio import ExportError, check_target

from .base import ConfirmScreen, DialogBox, FormDialog


class ExportRequest(NamedTuple):
    """Where the reader chose to write the note, and whether to replace a file there."""

    path: Path
    force: bool = False


def default_folder(remembered: object, cwd: Path) -> Path:
    """The folder last exported to, while it still exists; else the current folder."""
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    return cwd


def export_target(typed: str, default_name: str, cwd: Path) -> Path:
    """The file a typed path names: relative to `cwd`; a folder gets the default name."""
    path = Path(typed.strip()).expanduser()
    if not path.is_absolute():
        path = cwd / path
    return path / default_name if path.is_dir() else path


class ExportScreen(FormDialog[ExportRequest | None]):
    """Ask for the file to write; ctrl+s (or enter) exports, escape cancels."""

    DEFAULT_CSS = """
    ExportScreen > .dialog {
        width: 90;
    }
    ExportScreen #export-error {
        margin: 1 0 0 0;
    }
    """

    def __init__(self, article_title: str, default_name: str, folder: Path,
                 cwd: Path | None = None) -> None:
        super().__init__()
        self.article_title = article_title
        self.default_name = default_name
        self.folder = folder
        self.cwd = cwd or Path.cwd()

    def compose(self) -> ComposeResult:
        with DialogBox(classes="dialog") as box:
            box.border_title = "Export note"
            yield Static(Text(one_line(self.article_title), style="bold"), classes="subject")
            yield Static(Text("The article as Markdown: front matter, actors, measures, "
                              "deadlines and your notes, with your corrections applied.",
                              style="dim"))
            yield Label("File (a folder gets the name below)", markup=False)
            # In the current folder: the bare name, as `newsdesk export ID` writes it.
            prefill = (self.default_name if self.folder == self.cwd
                       else str(self.folder / self.default_name))
            yield Input(prefill, id="export-path",
                        placeholder=self.default_name, select_on_focus=False)
            yield Static(Text(f"in {self.cwd} unless the path says otherwise", style="dim"),
                         id="export-cwd")
            yield Static("", classes="error", id="export-error")
            yield self.keys_line("ctrl+s / enter export · escape cancel")

    def on_mount(self) -> None:
        path = self.query_one("#export-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    def _error(self, text: str) -> None:
        error = self.query_one("#export-error", Static)
        error.update(Text(text))
        error.display = bool(text)

    @property
    def target(self) -> Path | None:
        """The file ctrl+s would write, or None when nothing is typed."""
        typed = self.query_one("#export-path", Input).value
        if not typed.strip():
            return None
        return export_target(typed, self.default_name, self.cwd)

    def action_save(self) -> None:
        path = self.target
        if path is None:
            self._error("Type a file name first, e.g. " + self.default_name)
            return
        try:
            check_target(path, force=True)  # folder, permissions: before the question
        except ExportError as e:
            self._error(one_line(e))
            return
        self._error("")
        if not path.exists():
            self.dismiss(ExportRequest(path))
            return

        def answered(replace: bool | None) -> None:
            if replace:
                self.dismiss(ExportRequest(path, force=True))

        self.app.push_screen(ConfirmScreen("Overwrite the file?", f"{path} already exists.",
                                           title="Overwrite"), answered)

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Input.Changed, "#export-path")
    def _changed(self) -> None:
        self._error("")
