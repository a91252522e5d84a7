"""The lexicon files in analysis/data/, read as package data.

They ship with the package (pyproject's package-data for "newsdesk.analysis"), so they are
found through importlib.resources, wherever the package is installed, and every stage reads
them the same way.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    """The text of analysis/data/`name`."""
    return resources.files("newsdesk.analysis").joinpath("data", name).read_text(
        encoding="utf-8")


def load_json(name: str) -> dict[str, Any]:
    """analysis/data/`name`, a JSON object."""
    data = json.loads(read_text(name))
    if not isinstance(data, dict):
        raise ValueError(f"analysis/data/{name}: expected a JSON object")
    return data
