"""Themes from `themes/*.toml`: read, validate and turn into Textual `Theme` objects."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

DEFAULT_THEME = "newsdesk-dark"

# The app's own theme variables and their fallbacks, used when a theme (say, a built-in
# one picked from the command palette) does not set them.
THEME_VARIABLE_DEFAULTS: dict[str, str] = {
    "nd-actor": "#7cc4ff",
    "nd-measure": "#f0a742",
    "nd-measure-bg": "#3a3222",
    "nd-time": "#c39bd3",
    "nd-deadline": "#ff7a7a",
    "nd-annotated": "#3c5a3c",
    "nd-urgent": "#ff5f6d",
    "nd-soon": "#f0c060",
    "nd-later": "#8fbf8f",
    "nd-passed": "#8a909c",
}

_COLOUR_FIELDS = ("primary", "secondary", "accent", "warning", "error", "success",
                  "foreground", "background", "surface", "panel", "boost")
_NUMBER_FIELDS = ("luminosity_spread", "text_alpha")
_KNOWN_FIELDS = {"name", "dark", "variables", *_COLOUR_FIELDS, *_NUMBER_FIELDS}


class ThemeFileError(ValueError):
    """A theme file that cannot be used; the message names the file and the field."""


@dataclass(slots=True)
class LoadedThemes:
    themes: list[Theme] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def theme_dir() -> Path:
    """The folder of the shipped theme files: the `newsdesk.themes` package's own (asked of
    importlib.resources, its readers and zipfile would load first: 3-4 ms of start-up)."""
    import newsdesk.themes

    return Path(newsdesk.themes.__file__).parent


def _colour(path: Path, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(f"{path.name}: {key} must be a colour string like \"#1b1f27\"")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(f"{path.name}: {key} = {value!r} is not a colour") from None
    return value


def parse_theme(path: Path, data: dict) -> Theme:
    """Validate one theme's table and build the Theme; raise ThemeFileError when bad."""
    unknown = sorted(set(data) - _KNOWN_FIELDS)
    if unknown:
        raise ThemeFileError(f"{path.name}: unknown field {unknown[0]!r}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ThemeFileError(f"{path.name}: name is missing")
    if "primary" not in data:
        raise ThemeFileError(f"{path.name}: primary is missing")
    colours = {k: _colour(path, k, data[k]) for k in _COLOUR_FIELDS if k in data}
    numbers: dict[str, float] = {}
    for key in _NUMBER_FIELDS:
        if key in data:
            value = data[key]
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise ThemeFileError(f"{path.name}: {key} must be a number")
            numbers[key] = float(value)
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeFileError(f"{path.name}: dark must be true or false")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ThemeFileError(f"{path.name}: [variables] must be a table")
    checked: dict[str, str] = {}
    for key, value in variables.items():
        if key in THEME_VARIABLE_DEFAULTS:
            checked[key] = _colour(path, f"variables.{key}", value)
        elif isinstance(value, str):
            checked[key] = value
        else:
            raise ThemeFileError(f"{path.name}: variables.{key} must be a string")
    fields: dict[str, Any] = {**colours, **numbers}  # each checked above, by name
    theme = Theme(name=name.strip(), dark=dark, variables=checked, **fields)
    try:
        theme.to_color_system().generate()
    except Exception as e:  # a colour system Textual cannot derive
        raise ThemeFileError(f"{path.name}: {e}") from None
    return theme


def load_theme_file(path: Path) -> Theme:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ThemeFileError(f"{path.name}: cannot read ({e.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ThemeFileError(f"{path.name}: not valid TOML ({e})") from None
    return parse_theme(path, data)


def load_themes(folder: Path | None = None) -> LoadedThemes:
    """Every `*.toml` theme in the folder, plus a message for each file that failed."""
    folder = folder or theme_dir()
    loaded = LoadedThemes()
    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError as e:
        loaded.errors.append(f"{folder}: cannot list themes ({e.strerror})")
        return loaded
    for path in paths:
        try:
            loaded.themes.append(load_theme_file(path))
        except ThemeFileError as e:
            loaded.errors.append(f"Theme file skipped: {e}")
    return loaded
