"""The newsdesk workstation (Textual): a thin App that loads themes, holds the store and
shows the main screen. The panes live in `tui/panes/`, the screens in `tui/screens/`."""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.theme import Theme

from newsdesk.store.db import Store

from .keymap import load_keymap
from .screens.main import MainScreen
from .themes import DEFAULT_THEME, THEME_VARIABLE_DEFAULTS, load_themes

if TYPE_CHECKING:
    from textual.command import Provider

THEME_SETTING = "theme"


def _palette_provider(name: str) -> Callable[[], type[Provider]]:
    """A provider of the command palette, its module loaded when the palette first opens
    (nothing of it is needed for the first paint)."""

    def load() -> type[Provider]:
        from . import commands

        provider: type[Provider] = getattr(commands, name)
        return provider

    return load


class NewsdeskApp(App[None]):
    """Reads the store, registers the themes from `themes/`, and shows the workstation."""

    TITLE = "newsdesk"
    # The main screen's stylesheet (its CSS_PATH) read with the app's, before the first
    # parse: read when the screen is pushed, every stylesheet would be parsed again.
    CSS_PATH = "screens/main.tcss"
    COMMANDS = App.COMMANDS | {_palette_provider("ArticlesCommands"),
                               _palette_provider("ActorsCommands"),
                               _palette_provider("ActionsCommands")}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Leave newsdesk"),
        Binding("question_mark,f1", "help", "Help", id="app.help",
                tooltip="Show every key and what it does"),
        Binding("t", "next_theme", "Theme", id="app.next_theme", show=False,
                tooltip="Switch to the next theme (the choice is kept)"),
    ]

    def __init__(self, store: Store, *, collector_paused: bool = False) -> None:
        """collector_paused: the caller paused the cyclic garbage collector for the start
        (see `run`); it is resumed after the first paint all the same."""
        super().__init__()
        self.store = store  # shared by the UI thread and the workers (it serializes calls)
        self.keymap: dict[str, str] = {}
        self._collector_paused = collector_paused
        loaded = load_themes()
        self.own_themes: list[Theme] = loaded.themes
        self.theme_errors: list[str] = loaded.errors
        for theme in self.own_themes:
            self.register_theme(theme)
        # Chosen before the stylesheet is first parsed: a theme set later (on mount) has
        # every stylesheet parsed again, and again once the main screen's widgets add theirs.
        self._theme_warning: str | None = None
        self.theme = self._starting_theme()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the workstation, the cyclic garbage collector paused until the first paint.

        Start-up makes tens of thousands of objects (the widgets, the stylesheet, the
        open article; the store's index before them) and frees almost none in cycles, yet
        the collector's passes walk them all: 15-20% of the time to the first paint with
        the seed store, more with a big store. Reference counting still frees the rest."""
        if gc.isenabled():
            gc.disable()
            self._collector_paused = True
        try:
            return super().run(*args, **kwargs)
        finally:
            self._resume_collector()

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()

    def _first_paint_done(self) -> None:
        # A timer, so the callbacks waiting for that paint (a test's, a bench's) run first.
        self.set_timer(0.05, self._resume_collector)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(THEME_VARIABLE_DEFAULTS)

    def on_mount(self) -> None:
        for error in self.theme_errors:
            self.notify(error, title="Theme", severity="error", markup=False)
        if self._theme_warning:
            self.notify(self._theme_warning, severity="warning", markup=False)
        self._load_keymap()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.store.readonly:
            self.sub_title = "read-only: another newsdesk has the store open · ? keys"
        else:
            self.sub_title = "? every key"  # the footer cannot hold them all on 80 columns
        # A moment after the first paint the screen scans the store once (app.corpus):
        # the search index, the corpus-wide counts and deadlines, and which articles an
        # older engine analysed, to re-analyse them.
        self.push_screen(MainScreen(self.store))
        self.call_after_refresh(self._first_paint_done)  # runs once the screen is painted

    def _starting_theme(self) -> str:
        wanted = self._setting(THEME_SETTING, None)
        names = self.available_themes
        if isinstance(wanted, str) and wanted in names:
            return wanted
        if wanted:  # told on mount
            self._theme_warning = f"Theme {wanted!r} is not available; using the default."
        if DEFAULT_THEME in names:
            return DEFAULT_THEME
        return self.own_themes[0].name if self.own_themes else "textual-dark"

    def _setting(self, key: str, default: Any) -> Any:
        try:
            return self.store.get_setting(key, default)
        except Exception:  # settings are a convenience: never block start-up on them
            return default

    def _remember_theme(self, theme: Theme) -> None:
        if self.store.readonly or self._setting(THEME_SETTING, None) == theme.name:
            return
        try:
            self.store.set_setting(THEME_SETTING, theme.name)
        except Exception as e:
            self.notify(f"Could not save the theme choice: {e}", severity="warning",
                        markup=False)

    # -- actions -------------------------------------------------------------------------

    def action_next_theme(self) -> None:
        names = [t.name for t in self.own_themes] or list(self.available_themes)
        index = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(index + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2, markup=False)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # -- keys ----------------------------------------------------------------------------

    def _load_keymap(self) -> None:
        """Remap keys from keymap.toml; each entry left out is told in one line."""

        def known_ids() -> set[str]:  # the help screen's sections: read when there is a file
            from .screens.help import binding_ids

            return binding_ids()

        keymap = load_keymap(known_ids)
        for error in keymap.errors:
            self.notify(error, title="Keymap", severity="error", timeout=10, markup=False)
        if keymap.keys:
            self.set_keymap(keymap.keys)

    def set_keymap(self, keymap: Mapping[str, str]) -> None:
        """Remap keys by binding id; the help screen shows the keys in force."""
        self.keymap = dict(keymap)
        super().set_keymap(keymap)

    def update_keymap(self, keymap: Mapping[str, str]) -> None:
        self.keymap = {**self.keymap, **keymap}
        super().update_keymap(keymap)


def run_app(store: Store, *, collector_paused: bool = False) -> None:
    NewsdeskApp(store, collector_paused=collector_paused).run()
