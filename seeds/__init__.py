"""The articles newsdesk ships with; a new, empty store is filled from here."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def seed_paths() -> list[Path]:
    """Paths of the shipped seed articles (inside the installed package)."""
    root = resources.files(__name__)
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".md"))
