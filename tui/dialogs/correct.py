"""Dialogs for correcting findings: edit a finding, add one (merging actors: merge.py).

Each dialog only asks; the main screen turns the answer into a correction
(`app.workspace.Workspace`) and saves it. ctrl+s saves and escape cancels everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Label, Select, Static

from newsdesk.analysis.model import (
    ACTOR_KINDS,
    MEASURE_ACTIONS,
    MEASURE_TYPES,
    TIMEX_TYPES,
    Finding,
)
from newsdesk.analysis.text import one_line
from newsdesk.store.corrections import EDITABLE, field_value, finding_kind
from newsdesk.store.notes import date_error

from .base import DialogBox, FormDialog

# Which fields are a choice from a fixed list; the others are typed.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("actor", "kind"): ACTOR_KINDS,
    ("measure", "type"): MEASURE_TYPES,
    ("measure", "action"): MEASURE_ACTIONS,
    ("time", "type"): TIMEX_TYPES,
}
LABELS = {
    "name": "Name", "kind": "Kind", "role": "Role or title (e.g. Treasury Secretary)",
    "affiliation": "Affiliation (a country or organization)", "type": "Type",
    "action": "Action", "imposer": "Imposed by", "targets": "Targets (comma separated)",
    "magnitude": "Magnitude (e.g. 55%, 23 firms)", "date": "Date (YYYY-MM-DD or YYYY-MM)",
    "what": "What is due", "value": "Value (TIMEX3, e.g. 2025-09-17, P90D)",
}
REQUIRED = {("actor", "name"), ("deadline", "date"), ("time", "value"), *CHOICES}
ADDABLE = ("actor", "measure", "deadline")


# -- form fields shared by edit and add ----------------------------------------------------


def field_widgets(kind: str, name: str, value: Any, prefix: str) -> Iterator[Widget]:
    """Label, input (a Select for fixed choices) and error line for one field."""
    yield Label(LABELS.get(name, name.capitalize()), markup=False, classes="field-label")
    widget_id = f"{prefix}-{name}"
    choices = CHOICES.get((kind, name))
    if choices is not None:
        options = list(choices)
        if isinstance(value, str) and value and value not in options:
            options.append(value)  # keep an unusual stored value choosable
        # No value yet: a blank choice, so an untouched field does not count as a change.
        yield Select([(option, option) for option in options], id=widget_id,
                     value=value if value in options else Select.NULL,
                     allow_blank=value not in options, prompt="choose…")
    elif name == "targets":
        yield Input(", ".join(one_line(t) for t in value or []), id=widget_id,
                    placeholder="e.g. China, Huawei")
    else:
        yield Input(one_line(value), id=widget_id,
                    placeholder="YYYY-MM-DD" if name == "date" else "")
    yield Static("", id=f"{widget_id}-error", classes="error", markup=False)


def read_fields(screen: ModalScreen[Any], kind: str, names: Sequence[str],
                prefix: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The typed values of the fields (cleaned) and the errors found, by field name."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in names:
        widget = screen.query_one(f"#{prefix}-{name}")
        if isinstance(widget, Select):
            values[name] = widget.value if widget.value is not Select.NULL else None
            if values[name] is None and (kind, name) in REQUIRED:
                errors[name] = f"Choose a {name}."
            continue
        assert isinstance(widget, Input)
        typed = one_line(widget.value)
        if name == "targets":
            values[name] = [t for t in (one_line(p) for p in typed.split(",")) if t]
            continue
        if (kind, name) in REQUIRED and not typed:
            errors[name] = f"{LABELS[name].split(' (')[0]} is needed."
        elif name == "date" and typed:
            error = date_error(typed)
            if error:
                errors[name] = error
        values[name] = typed if typed or name == "what" else None
    return values, errors


def set_error(line: Static, error: str) -> None:
    """Show the error line with this text, or hide it when there is none."""
    line.update(Content(error))
    line.display = bool(error)


def show_errors(screen: ModalScreen[Any], names: Sequence[str], errors: Mapping[str, str],
                prefix: str) -> None:
    """Put each error under its field and focus the first field in error."""
    for name in names:
        set_error(screen.query_one(f"#{prefix}-{name}-error", Static), errors.get(name, ""))
    first = next((n for n in names if n in errors), None)
    if first is not None:
        screen.query_one(f"#{prefix}-{first}").focus()


# -- edit ----------------------------------------------------------------------------------


class EditFindingScreen(FormDialog[dict[str, Any] | None]):
    """Edit the fields of one finding; dismisses with the changed fields only, or None."""

    def __init__(self, finding: Finding) -> None:
        super().__init__()
        self.kind = finding_kind(finding)
        self.fields = EDITABLE[self.kind]
        self.item = {name: field_value(finding, name) for name in self.fields}
        self.label = getattr(finding, "name", "") or getattr(finding, "text", "")

    def compose(self) -> ComposeResult:
        with DialogBox(classes="dialog") as box:
            box.border_title = f"Edit {self.kind}"
            label = self.label
            yield Static(Text(one_line(label)), classes="subject")
            for name in self.fields:
                yield from field_widgets(self.kind, name, self.item.get(name), "edit")
            yield self.keys_line("ctrl+s save · escape cancel · tab next field")

    def on_mount(self) -> None:
        self.query_one(f"#edit-{self.fields[0]}").focus()

    def action_save(self) -> None:
        values, errors = read_fields(self, self.kind, self.fields, "edit")
        show_errors(self, self.fields, errors, "edit")
        if errors:
            return
        changes = {k: v for k, v in values.items() if v != self.item.get(k)}
        self.dismiss(changes or None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()


# -- add -----------------------------------------------------------------------------------


class NewFinding(NamedTuple):
    """A finding the reader added: its kind and the dict in the `analyze` format."""

    kind: str  # "actor", "measure" or "deadline"
    finding: dict[str, Any]


ADD_FIELDS = {
    "actor": ("name", "kind", "role", "affiliation"),
    "measure": ("type", "action", "imposer", "targets", "magnitude"),
    "deadline": ("date", "what"),
}


class AddFindingScreen(FormDialog[NewFinding | None]):
    """Add an actor, measure or deadline the engine missed, on the selected text."""

    def __init__(self, selected_text: str, start: int, end: int) -> None:
        super().__init__()
        # Leave out the whitespace at the edges so text[start:end] is the words themselves.
        lead = len(selected_text) - len(selected_text.lstrip())
        trail = len(selected_text) - len(selected_text.rstrip())
        self.text = selected_text.strip()
        self.start = start + lead
        self.end = max(self.start, end - trail)

    def compose(self) -> ComposeResult:
        with DialogBox(classes="dialog") as box:
            box.border_title = "Add a finding"
            yield Static(Text(self.text), classes="quote")
            yield Label("Kind of finding", markup=False, classes="field-label")
            yield Select([(k, k) for k in ADDABLE], value="actor", allow_blank=False,
                         id="add-kind")
            defaults = {"name": one_line(self.text), "kind": ACTOR_KINDS[0],
                        "action": "impose", "targets": []}
            for kind, names in ADD_FIELDS.items():
                with Vertical(id=f"form-{kind}", classes="form"):
                    for name in names:
                        yield from field_widgets(kind, name, defaults.get(name),
                                                 f"add-{kind}")
            yield Static("", id="add-error", classes="error", markup=False)
            yield self.keys_line("ctrl+s add · escape cancel · tab next field")

    def on_mount(self) -> None:
        self._show_form("actor")
        self.query_one("#add-kind", Select).focus()

    @property
    def kind(self) -> str:
        value = self.query_one("#add-kind", Select).value
        return value if isinstance(value, str) else "actor"

    @on(Select.Changed, "#add-kind")
    def _kind_changed(self) -> None:
        self._show_form(self.kind)

    def _show_form(self, kind: str) -> None:
        for other in ADDABLE:
            self.query_one(f"#form-{other}").display = other == kind

    def action_save(self) -> None:
        kind = self.kind
        if not self.text:
            set_error(self.query_one("#add-error", Static),
                      "The selection is empty: select some words first.")
            return
        names = ADD_FIELDS[kind]
        values, errors = read_fields(self, kind, names, f"add-{kind}")
        show_errors(self, names, errors, f"add-{kind}")
        if errors:
            return
        span = {"start": self.start, "end": self.end, "text": self.text}
        if kind == "actor":
            finding = {**values, "mentions": [span]}
        elif kind == "measure":
            finding = {**values, **span}
        else:
            finding = {**values, **span, "measure": None}
        self.dismiss(NewFinding(kind, finding))

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()
