"""Keys the reader remaps in a file: `keymap.toml` in the user's config folder
(platformdirs; NEWSDESK_CONFIG names another folder), one line per binding id:

    "main.related" = "R"
    "main.jump" = "slash,ctrl+f"

It is read when the workstation starts. Each entry that cannot be used (not TOML, an id
no key has, keys that are not text) is reported in one line and left out; the rest apply,
and the help screen shows the keys in force.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from newsdesk.analysis.text import one_line

KEYMAP_FILE = "keymap.toml"
_KEY = re.compile(r"^[A-Za-z0-9_+\-]+$")


@dataclass(slots=True)
class Keymap:
    """The bindings remapped (id -> keys) and one line per entry left out."""

    keys: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    path: Path | None = None


def keymap_path() -> Path:
    folder = os.environ.get("NEWSDESK_CONFIG") or platformdirs.user_config_dir("newsdesk")
    return Path(folder).expanduser() / KEYMAP_FILE


def load_keymap(known_ids: Iterable[str] | Callable[[], Iterable[str]],
                path: Path | None = None) -> Keymap:
    """Read the keymap file (none is fine: an empty keymap). `known_ids` may be a function,
    called only when there is a file to check."""
    path = path or keymap_path()
    found = Keymap(path=path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return found
    except (OSError, UnicodeDecodeError) as e:
        found.errors.append(f"{path}: cannot read it ({e}); no keys were remapped")
        return found
    except tomllib.TOMLDecodeError as e:
        found.errors.append(f"{path}: not valid TOML ({one_line(e)}); no keys were remapped")
        return found
    known = set(known_ids() if callable(known_ids) else known_ids)
    for ident, value in data.items():
        error = _entry_error(ident, value, known)
        if error:
            found.errors.append(f"{path.name}: {error}")
        else:
            found.keys[ident] = ",".join(k.strip() for k in str(value).split(","))
    return found


def _entry_error(ident: str, value: object, known: set[str]) -> str | None:
    shown = one_line(ident)[:40]
    if ident not in known:
        return (f'"{shown}" is not a key binding id; the help screen (?) lists them'
                " (e.g. main.jump)")
    if not isinstance(value, str) or not value.strip():
        return f'"{shown}": give the keys as text, e.g. "{shown}" = "ctrl+f"'
    keys = [k.strip() for k in value.split(",")]
    bad = next((k for k in keys if not _KEY.match(k)), None)
    if bad is not None:
        return (f'"{shown}": "{one_line(bad)[:20]}" is not a key name (use names like'
                ' "r", "R", "ctrl+f", "f5", "slash")')
    return None
