"""The note dialog: write a note on a passage, tag it, and link it to actors or measures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from newsdesk.analysis.text import one_line
from newsdesk.app.workspace import LinkChoice
from newsdesk.store.notes import normalize_links, parse_tags
from newsdesk.store.records import Annotation

from .base import ConfirmScreen, DialogBox, FormDialog, fuzzy_filter


@dataclass(frozen=True, slots=True)
class AnnotationResult:
    """What the reader saved: the note text, normalized tags and chosen links."""

    note: str
    tags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # "actor:<name>", "measure:<index>"


class LinkPicker(Vertical):
    """Type to filter actors and measures; enter or space toggles the highlighted one."""

    DEFAULT_CSS = """
    LinkPicker {
        height: auto;
    }
    LinkPicker > #link-options {
        height: auto;
        max-height: 6;
        border: none;
        background: $surface;
    }
    LinkPicker > #link-options:focus {
        background: $boost;
    }
    LinkPicker > #link-chosen {
        height: auto;
        color: $text-accent;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Next link", id="links.next", show=False,
                tooltip="Highlight the next actor or measure"),
        Binding("up", "move(-1)", "Previous link", id="links.previous", show=False,
                tooltip="Highlight the previous actor or measure"),
        Binding("space", "toggle_link", "Link", id="links.toggle",
                tooltip="Link or unlink the highlighted actor or measure"),
    ]

    def __init__(self, choices: Sequence[LinkChoice], chosen: Iterable[str] = (), *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.choices = list(choices)
        self.chosen: list[str] = list(chosen)
        known = {c.link for c in self.choices}
        # A link to something no longer found (e.g. a rejected actor) stays, shown as-is.
        self.choices += [LinkChoice(link, link) for link in self.chosen if link not in known]
        self.shown: list[LinkChoice] = list(self.choices)

    def compose(self) -> ComposeResult:
        yield Input(placeholder="type to find an actor or measure; enter links it",
                    id="link-filter")
        yield OptionList(id="link-options")
        yield Static("", id="link-chosen")

    def on_mount(self) -> None:
        self._refresh(keep=0)

    def _label(self, link: str) -> str:
        return next((c.label for c in self.choices if c.link == link), link)

    def _refresh(self, keep: int | None) -> None:
        options = self.query_one("#link-options", OptionList)
        options.set_options(
            Option(Text.assemble(("✓ " if c.link in self.chosen else "  ", "bold"), c.label))
            for c in self.shown)
        if self.shown:
            options.highlighted = min(keep or 0, len(self.shown) - 1)
        if not self.choices:
            summary = "Nothing to link: this article has no actors or measures."
        elif not self.shown:
            summary = "Nothing matches."
        else:
            summary = ""
        if self.chosen:
            summary = "Linked: " + "; ".join(self._label(link) for link in self.chosen)
        elif not summary:
            summary = "No links yet."
        self.query_one("#link-chosen", Static).update(Text(summary))

    @on(Input.Changed, "#link-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        labels = [c.label for c in self.choices]
        self.shown = [self.choices[i] for i in fuzzy_filter(event.value, labels)]
        self._refresh(keep=0)

    def action_move(self, delta: int) -> None:
        options = self.query_one("#link-options", OptionList)
        if delta > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_toggle_link(self) -> None:
        index = self.query_one("#link-options", OptionList).highlighted
        if index is not None and 0 <= index < len(self.shown):
            self.toggle(self.shown[index].link)
            self._refresh(keep=index)

    def toggle(self, link: str) -> None:
        """Link it if it is not linked, unlink it if it is."""
        if link in self.chosen:
            self.chosen.remove(link)
        else:
            self.chosen.append(link)

    @on(Input.Submitted, "#link-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_toggle_link()

    @on(OptionList.OptionSelected, "#link-options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#link-options", OptionList).highlighted = event.option_index
        self.action_toggle_link()


class AnnotateScreen(FormDialog[AnnotationResult | None]):
    """Write or edit the note on a quoted passage; ctrl+s saves, escape cancels."""

    DEFAULT_CSS = """
    AnnotateScreen > .dialog {
        width: 90;
    }
    AnnotateScreen #note {
        height: 6;
        border: tall $border-blurred;
    }
    AnnotateScreen #note:focus {
        border: tall $border;
    }
    """

    def __init__(self, quote: str, choices: Sequence[LinkChoice] = (),
                 annotation: Annotation | None = None, *, article_title: str = "") -> None:
        super().__init__()
        self.quote = quote
        self.choices = list(choices)
        self.annotation = annotation
        self.article_title = article_title
        self.initial = AnnotationResult(
            note=annotation.note if annotation else "",
            tags=list(annotation.tags) if annotation else [],
            links=list(annotation.links) if annotation else [])

    def compose(self) -> ComposeResult:
        with DialogBox(classes="dialog") as box:
            box.border_title = "Edit note" if self.annotation else "New note"
            if self.article_title:
                yield Static(Text(one_line(self.article_title), style="dim"),
                             classes="subject")
            yield Static(Text(self.quote), classes="quote", id="quote")
            yield Label("Note", markup=False)
            yield TextArea(self.initial.note, id="note", soft_wrap=True,
                           placeholder="What matters here? (several lines are fine)")
            yield Label("Tags, comma or space separated", markup=False)
            yield Input(", ".join(self.initial.tags), id="tags",
                        placeholder="e.g. tariffs, follow-up")
            yield Label("Links to actors and measures", markup=False)
            yield LinkPicker(self.choices, self.initial.links, id="links")
            yield self.keys_line("ctrl+s save · escape cancel · tab next field · "
                                 "enter/space link")

    def on_mount(self) -> None:
        note = self.query_one("#note", TextArea)
        note.focus()
        note.move_cursor(note.document.end)
        # Focus scrolls a short dialog down to the note; the quote it is about stays in view.
        self.call_after_refresh(self.query_one(DialogBox).scroll_home, animate=False)

    @property
    def result(self) -> AnnotationResult:
        """What ctrl+s would save now."""
        return AnnotationResult(
            note=self.query_one("#note", TextArea).text.strip(),
            tags=parse_tags(self.query_one("#tags", Input).value),
            links=normalize_links(self.query_one(LinkPicker).chosen))

    @property
    def changed(self) -> bool:
        """Whether the reader changed the note, its tags or its links."""
        now, before = self.result, self.initial
        return (now.note != before.note.strip() or now.tags != parse_tags(" ".join(before.tags))
                or now.links != normalize_links(before.links))

    def action_save(self) -> None:
        self.dismiss(self.result)

    def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmScreen("Discard the changes to this note?",
                          "y discards them; n goes back to the note.", title="Discard"),
            answered)

    @on(Input.Submitted, "#tags")
    def _tags_submitted(self, event: Input.Submitted) -> None:
        # enter in the tags moves on, like tab: saving is ctrl+s only, so no half-note is saved
        event.stop()
        self.focus_next()
