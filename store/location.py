"""Where the store lives: `--store PATH`, else `NEWSDESK_STORE`, else the platform default."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "NEWSDESK_STORE"


def default_store_path() -> Path:
    """The per-user store folder, e.g. ~/.local/share/newsdesk/store on Linux."""
    # Imported here: a command given --store (or NEWSDESK_STORE) never needs it (10 ms).
    from platformdirs import user_data_dir

    # A subfolder, so the app's data folder can hold other things than the store.
    return Path(user_data_dir("newsdesk", appauthor=False)) / "store"


def resolve_store_path(cli_value: str | None) -> Path:
    """The store folder to use; an empty `--store` or NEWSDESK_STORE counts as not given."""
    for value in (cli_value, os.environ.get(ENV_VAR)):
        if value is not None and value.strip():
            return Path(value).expanduser()
    return default_store_path()
