"""Fixtures the store tests share: a store folder, one filled with a little of everything,
the commits' renames, and a text file to import.

`folder` is an empty store path here; test_faults_*.py override it with a filled store.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support import numbered_article as article
from support import numbered_note as note

from newsdesk.store.db import Store
from newsdesk.store.records import Correction


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def replaced(monkeypatch) -> list[str]:
    """The names of the files each commit renames into place, in order."""
    names: list[str] = []
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (names.append(Path(b).name),
                                                      real_replace(a, b)))
    return names


@pytest.fixture
def filled(folder: Path) -> Path:
    """A store with two articles, two notes, a global and a local correction, a setting."""
    with Store.open(folder) as s:
        a, b = article(1), article(2)
        s.add_articles([a, b])
        s.add_annotation(note(1, a.id))
        s.add_annotation(note(2, b.id))
        s.add_correction(Correction(id="c-global", article_id=None, kind="merge",
                                    target={"kind": "actor", "name": "Washington"},
                                    changes={"into": "United States"}))
        s.add_correction(Correction(id="c-a", article_id=a.id, kind="reject",
                                    target={"kind": "measure", "start": 0, "end": 50}))
        s.set_setting("theme", "dark")
    return folder


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "new-steel-story.txt"
    path.parent.mkdir()
    path.write_text("New steel story\n\nBrussels answered the tariffs on Monday.\n")
    return path
