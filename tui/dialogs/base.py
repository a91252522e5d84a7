"""What every dialog shares: one base class (a centred box; ctrl+s saves, escape
cancels), the yes/no question, and the fuzzy filter of the pickers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

ResultType = TypeVar("ResultType")


def fuzzy_filter(query: str, labels: Sequence[str], cutoff: float = 60) -> list[int]:
    """Indexes of the labels matching the query, best first; all of them for no query."""
    if not query.strip():
        return list(range(len(labels)))
    # rapidfuzz loads on the first filter, not with the workstation (start-up time).
    from rapidfuzz import fuzz, process, utils

    found = process.extract(query, labels, scorer=fuzz.WRatio,
                            processor=utils.default_process, score_cutoff=cutoff,
                            limit=None)
    return [index for _, _, index in sorted(found, key=lambda f: (-f[1], f[2]))]


class DialogBox(VerticalScroll, can_focus=False):
    """The dialog's frame: it scrolls when the terminal is too short for the form."""


class DialogScreen(ModalScreen[ResultType]):
    """The base of every dialog: centred over the dimmed workstation; escape closes it
    (dismissing with None). It only asks: whoever pushed it acts on the answer."""

    DEFAULT_CSS = """
    DialogScreen {
        align: center middle;
        background: $background 60%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel",
                tooltip="Close without saving"),
    ]

    def action_cancel(self) -> None:
        self.dismiss(None)

    @staticmethod
    def keys_line(text: str) -> Static:
        """The dialog's last line: which keys do what."""
        return Static(Content(text), classes="keys")


class FormDialog(DialogScreen[ResultType]):
    """A dialog with fields: ctrl+s saves (subclasses define action_save)."""

    DEFAULT_CSS = """
    FormDialog > .dialog {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 95%;
        padding: 0 2;
        border: round $primary;
        border-title-color: $primary;
        border-title-style: bold;
        background: $surface;
    }
    FormDialog .form {
        height: auto;
    }
    FormDialog .subject {
        margin: 1 0 0 0;
        height: auto;
    }
    FormDialog .quote {
        height: auto;
        max-height: 5;
        padding: 0 1;
        margin: 1 0 0 0;
        border-left: outer $accent;
        color: $text;
        background: $boost;
    }
    FormDialog Label, FormDialog .field-label {
        color: $text-muted;
        margin: 1 0 0 0;
    }
    FormDialog .error {
        color: $error;
        height: auto;
        display: none;
    }
    FormDialog .keys {
        color: $text-muted;
        margin: 1 0 0 0;
    }
    FormDialog OptionList {
        height: auto;
        max-height: 8;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="dialog.save", tooltip="Save and close"),
    ]

    def action_save(self) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError


# -- confirm -------------------------------------------------------------------------------


class ConfirmScreen(DialogScreen[bool]):
    """Ask a yes/no question; y or enter answers yes, n or escape answers no."""

    DEFAULT_CSS = """
    ConfirmScreen > .dialog {
        width: 60;
        max-width: 100%;
        height: auto;
        padding: 1 2;
        border: round $warning;
        border-title-color: $warning;
        border-title-style: bold;
        background: $surface;
    }
    ConfirmScreen .detail {
        color: $text-muted;
        margin: 1 0 0 0;
        height: auto;
        max-height: 6;
    }
    ConfirmScreen .keys {
        color: $text-muted;
        margin: 1 0 0 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Yes, go ahead"),
        Binding("enter", "answer(True)", "Yes", id="confirm.yes_enter", show=False,
                tooltip="Yes, go ahead"),
        Binding("n", "answer(False)", "No", id="confirm.no", tooltip="No, go back"),
        Binding("escape", "answer(False)", "No", id="confirm.no_escape", show=False,
                tooltip="No, go back"),
    ]

    def __init__(self, question: str, detail: str = "", *, title: str = "Confirm") -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.dialog_title = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = self.dialog_title
            yield Static(Text(self.question, style="bold"), classes="question")
            if self.detail:
                yield Static(Text(self.detail), classes="detail")
            yield Static(Content("y / enter yes · n / escape no"), classes="keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
