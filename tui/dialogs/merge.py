"""Merging actors: pick the actor to merge into (any actor of the store, found fuzzily),
then see what will change and choose where: this article, or everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, Literal, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from newsdesk.analysis.text import one_line
from newsdesk.app.workspace import MergeCandidate, MergePreview

from .base import DialogBox, DialogScreen, FormDialog, fuzzy_filter

Choice = TypeVar("Choice", str, MergeCandidate)
Scope = Literal["article", "everywhere"]


def _label(candidate: str | MergeCandidate) -> str:
    return candidate if isinstance(candidate, str) else candidate.label


def _name(candidate: str | MergeCandidate) -> str:
    return candidate if isinstance(candidate, str) else candidate.name


class MergeActorsScreen(FormDialog[Choice | None], Generic[Choice]):
    """Pick the actor to merge `actor_name` into; type to filter. Dismisses with it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Next", id="merge.next", show=False,
                tooltip="Highlight the next actor"),
        Binding("up", "move(-1)", "Previous", id="merge.previous", show=False,
                tooltip="Highlight the previous actor"),
    ]

    def __init__(self, actor_name: str, candidates: Sequence[Choice]) -> None:
        super().__init__()
        self.actor_name = actor_name
        # An actor of another kind may share the name ("Harvest Aid", person and charity).
        self.candidates: list[Choice] = [
            c for c in dict.fromkeys(candidates)
            if _name(c) and (not isinstance(c, str) or c != actor_name)]
        self.labels = [_label(c) for c in self.candidates]
        self.shown: list[Choice] = list(self.candidates)

    def compose(self) -> ComposeResult:
        with DialogBox(classes="dialog") as box:
            box.border_title = "Merge actor"
            yield Static(Content.assemble(("Merge ", "dim"), (one_line(self.actor_name),
                                                              "bold"), (" into…", "dim")),
                         classes="subject")
            yield Input(placeholder="type to find any actor of the store", id="merge-filter")
            yield OptionList(*[Option(Text(one_line(label))) for label in self.labels],
                             id="merge-options")
            yield Static("", id="merge-status", classes="error", markup=False)
            yield self.keys_line("enter / ctrl+s choose · ↑↓ move · escape cancel")

    def on_mount(self) -> None:
        options = self.query_one("#merge-options", OptionList)
        options.can_focus = False  # typing stays in the filter
        if self.candidates:
            options.highlighted = 0
        else:
            self._status("No other actor to merge into.")
        self.query_one("#merge-filter", Input).focus()

    def _status(self, text: str) -> None:
        line = self.query_one("#merge-status", Static)
        line.update(Content(text))
        line.display = bool(text)

    @on(Input.Changed, "#merge-filter")
    def _filter(self, event: Input.Changed) -> None:
        order = fuzzy_filter(event.value, [_name(c) for c in self.candidates])
        self.shown = [self.candidates[i] for i in order]
        options = self.query_one("#merge-options", OptionList)
        options.set_options(Option(Text(one_line(_label(c)))) for c in self.shown)
        if self.shown:
            options.highlighted = 0
            self._status("")
        else:
            self._status(f"No actor matches “{one_line(event.value)}”.")

    def action_move(self, delta: int) -> None:
        options = self.query_one("#merge-options", OptionList)
        if delta > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @property
    def highlighted(self) -> Choice | None:
        """The actor enter would choose."""
        index = self.query_one("#merge-options", OptionList).highlighted
        return self.shown[index] if index is not None and 0 <= index < len(self.shown) else None

    def action_save(self) -> None:
        if self.highlighted is None:
            if self.shown:  # else the status already says nothing matches
                self._status("Choose an actor to merge into first.")
            return
        self.dismiss(self.highlighted)

    @on(Input.Submitted, "#merge-filter")
    def _submitted(self) -> None:
        self.action_save()

    @on(OptionList.OptionSelected, "#merge-options")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.shown):
            self.dismiss(self.shown[event.option_index])


class MergeConfirmScreen(DialogScreen[Scope | None]):
    """What the merge changes, and where to make it: a this article, e everywhere."""

    DEFAULT_CSS = """
    MergeConfirmScreen > .dialog {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 95%;
        padding: 1 2;
        border: round $warning;
        border-title-color: $warning;
        border-title-style: bold;
        background: $surface;
    }
    MergeConfirmScreen .change {
        margin: 1 0 0 0;
        height: auto;
    }
    MergeConfirmScreen .keys {
        color: $text-muted;
        margin: 1 0 0 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "choose('article')", "This article", id="merge.this_article",
                tooltip="Merge in this article only"),
        Binding("e", "choose('everywhere')", "Everywhere", id="merge.everywhere",
                tooltip="Merge in every article that names the actor, now and later"),
        Binding("escape,n", "cancel", "Cancel", id="merge.cancel", tooltip="Merge nothing"),
    ]

    def __init__(self, preview: MergePreview) -> None:
        super().__init__()
        self.preview = preview

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Merge?"
            into = self.preview.into
            yield Static(Content.assemble(
                ("Merge ", "dim"), (one_line(self.preview.name), "bold"),
                (f" ({self.preview.kind}) into ", "dim"), (one_line(into.name), "bold"),
                (f" ({into.kind})", "dim")), classes="subject")
            for line in self.preview.lines():
                yield Static(Text(one_line(line)), classes="change")
            yield self.keys_line("a this article · e everywhere · escape cancel")

    def action_choose(self, scope: Scope) -> None:
        self.dismiss(scope)
