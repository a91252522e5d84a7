"""The help screen: every key, where it works, and what it does (remapped keys included)."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

HELP_BINDINGS: list[BindingType] = [
    Binding("escape,q,question_mark,f1", "close", "Close", id="help.close",
            tooltip="Close the help"),
    Binding("j", "move(1)", "Down", show=False, id="help.down", tooltip="Scroll down"),
    Binding("k", "move(-1)", "Up", show=False, id="help.up", tooltip="Scroll up"),
]


def help_sections() -> list[tuple[str, list[BindingType]]]:
    """(where, bindings) for every place that has keys, in the order a reader meets them."""
    from ..app import NewsdeskApp
    from ..dialogs.base import DialogScreen, FormDialog
    from ..dialogs.jump import JumpScreen
    from ..dialogs.notes import NotesScreen
    from ..panes.article import ArticleBody
    from ..panes.articles import ArticlesPane
    from ..panes.findings import FindingsTable
    from .main import MainScreen

    return [
        ("Everywhere", NewsdeskApp.BINDINGS),
        ("Workstation", MainScreen.BINDINGS),
        ("Article text", ArticleBody.BINDINGS),
        ("Actors, measures, countdown", [
            *FindingsTable.BINDINGS,
            Binding("enter", "select", "Go to mention", id="pane.select",
                    tooltip="Put the article cursor on the item's first mention"),
        ]),
        ("Articles switcher", ArticlesPane.BINDINGS),
        ("Fuzzy jump", JumpScreen.BINDINGS),
        ("Notes view", NotesScreen.BINDINGS),
        ("Dialogs", [*FormDialog.BINDINGS, *DialogScreen.BINDINGS]),
    ]


def binding_ids() -> set[str]:
    """Every binding id a keymap may remap."""
    return {b.id for _, bindings in help_sections() for b in Binding.make_bindings(bindings)
            if b.id}


class HelpScreen(ModalScreen[None]):
    """A table of keys by section; reflects the keymap the app runs with."""

    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = HELP_BINDINGS

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "escape closes"
            yield DataTable(id="help-table", cursor_type="row", show_cursor=False)
            yield Static(Content('Remap keys by binding id in keymap.toml (your config folder),'
                                 ' e.g. "main.related" = "R".'), id="help-foot")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # The box is 110 cells at most; the details get what the other columns leave
        # (each column pads a cell either side), and a longer tooltip wraps in its row.
        box = min(110, self.app.size.width)
        keys_w, does_w, id_w = (14, 18, 26) if box >= 100 else (12, 14, 22)
        table.add_column("Key", width=keys_w)
        table.add_column("Does", width=does_w)
        table.add_column("Id", width=id_w)
        table.add_column("Details", width=max(16, box - 4 - keys_w - does_w - id_w - 8 - 2))
        keymap: dict[str, str] = getattr(self.app, "keymap", {})
        for section, bindings in help_sections():
            table.add_row(Text(section, style="bold underline"), Text(""), Text(""), Text(""),
                          key=f"section:{section}")
            seen: set[str] = set()
            for binding in Binding.make_bindings(bindings):
                if binding.system or not binding.description:
                    continue
                ident = binding.id or binding.action
                if ident in seen:
                    continue
                seen.add(ident)
                keys = keymap.get(binding.id or "", "") or self._all_keys(bindings, binding)
                shown = " ".join(self.app.get_key_display(replace(binding, key=key.strip()))
                                 for key in keys.split(","))
                table.add_row(Text(shown, style="bold"), Text(binding.description),
                              Text(binding.id or "", style="dim"),
                              Text(binding.tooltip or "", style="dim", overflow="fold"),
                              height=None)
        table.focus()

    @staticmethod
    def _all_keys(bindings: list[BindingType], binding: Binding) -> str:
        """All keys for the binding's id ("j,down" was split into two bindings)."""
        return ",".join(b.key for b in Binding.make_bindings(bindings)
                        if (b.id or b.action) == (binding.id or binding.action))

    def action_move(self, delta: int) -> None:
        table = self.query_one(DataTable)
        table.scroll_relative(y=delta, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
