"""The notes file's overlay (store/overlay.py): once the file is large, a commit writes
only what differs from it into notes-recent.jsonl, and past a size folds it back in.

The thresholds are lowered here so a handful of notes exercise both steps. The state
machine of test_store_model.py runs again with them lowered: any sequence of operations,
with reopens and folds between them, leaves the store equal to the plain model.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import numbered_article as article
from support import numbered_note as note
from test_store_model import StoreModel

from newsdesk.store import overlay as overlay_module
from newsdesk.store import storage
from newsdesk.store.db import ARTICLES_FILE, NOTES_FILE, SCHEMA_VERSION, STORE_FILE, Store
from newsdesk.store.errors import StoreChanged, StoreCorrupt
from newsdesk.store.folder import NOTES_RECENT_FILE
from newsdesk.store.records import Correction


@pytest.fixture
def overlay_on(monkeypatch) -> None:
    """Every notes file counts as large; an overlay is folded in past 3,000 bytes."""
    monkeypatch.setattr(storage, "OVERLAY_FROM", 0)
    monkeypatch.setattr(storage, "OVERLAY_MAX", 3_000)


def correction(n: int, article_id: str | None) -> Correction:
    return Correction(id=f"c-{n}", article_id=article_id, kind="reject",
                      target={"kind": "measure", "start": n, "end": n + 10})


def test_the_overlay_is_named_as_the_folder_expects() -> None:
    assert overlay_module.overlay_path(Path(NOTES_FILE)).name == NOTES_RECENT_FILE


@pytest.mark.usefixtures("overlay_on")
def test_a_note_on_a_large_file_goes_to_the_overlay_alone(folder: Path) -> None:
    with Store.open(folder) as s:
        s.add_articles([article(1), article(2)])
        s.add_annotation(note(1, article(1).id))  # the first commit writes the whole file
        base = (folder / NOTES_FILE).read_bytes()
        s.add_annotation(note(2, article(2).id))
        s.add_annotation(note(3, article(1).id))
        assert (folder / NOTES_FILE).read_bytes() == base
        recent = (folder / NOTES_RECENT_FILE).read_bytes().split(b"\n")
        header = json.loads(recent[0])
        assert header["base"] == json.loads(base.split(b"\n")[0])["generation"]
        assert header["tables"]["annotations"] == ["note-2", "note-3"]
        assert header["removed"] == {}
    with Store.open(folder, readonly=True) as reader:
        assert [a.id for a in reader.annotations(article(1).id)] == [note(1, "").id,
                                                                      note(3, "").id]
        assert len(reader.annotations()) == 3


@pytest.mark.usefixtures("overlay_on")
def test_edits_and_removals_in_the_overlay_hide_the_files_version(folder: Path) -> None:
    with Store.open(folder) as s:
        s.add_articles([article(1)])
        first = note(1, article(1).id)
        s.add_annotation(first)
        s.add_annotation(note(2, article(1).id))
        s.set_setting("theme", "dark")
        s.update_annotation(note(1, article(1).id, note="rewritten in the overlay"))
        s.delete_annotation(note(2, "").id)
    with Store.open(folder) as s:
        notes = s.annotations(article(1).id)
        assert [a.id for a in notes] == [first.id]
        # The byte search of the file must not report what the overlay replaced.
        assert s.annotations(holding="note 1 ") == []
        assert s.annotations(holding="rewritten in the overlay")[0].id == first.id
        assert s.get_setting("theme") == "dark"


@pytest.mark.usefixtures("overlay_on")
def test_a_large_overlay_is_folded_into_the_file(folder: Path) -> None:
    with Store.open(folder) as s:
        s.add_articles([article(1)])
        for n in range(40):
            s.add_annotation(note(n, article(1).id))
            s.add_correction(correction(n, article(1).id if n % 2 else None))
        recent = folder / NOTES_RECENT_FILE
        assert not recent.exists() or len(recent.read_bytes()) < 3_500
        assert (folder / NOTES_FILE).stat().st_size > 3_000  # folded at least once
    with Store.open(folder) as s:
        assert len(s.annotations()) == 40
        assert [c.id for c in s.corrections()] == [f"c-{n}" for n in range(40)]


@pytest.mark.usefixtures("overlay_on")
def test_an_overlay_of_an_older_file_is_ignored(folder: Path) -> None:
    """A crash between a fold's two steps: the file rewritten, the old overlay still there."""
    with Store.open(folder) as s:
        s.add_articles([article(1)])
        s.add_annotation(note(1, article(1).id))
        s.add_annotation(note(2, article(1).id))
        left_over = (folder / NOTES_RECENT_FILE).read_bytes()
        s.add_correction(correction(1, None))
        s.delete_annotation(note(2, "").id)
        for n in range(3, 40):  # until a fold has rewritten the file
            s.add_annotation(note(n, article(1).id))
            if not (folder / NOTES_RECENT_FILE).exists():
                break
        else:
            raise AssertionError("no fold")
        expected = [a.id for a in s.annotations()]
    (folder / NOTES_RECENT_FILE).write_bytes(left_over)  # its note 2 was deleted since
    with Store.open(folder) as s:
        assert [a.id for a in s.annotations()] == expected
        s.add_annotation(note(90, article(1).id))  # and the next commit writes over it
        assert len(s.annotations()) == len(expected) + 1
    with Store.open(folder, readonly=True) as s:
        assert len(s.annotations()) == len(expected) + 1


@pytest.mark.usefixtures("overlay_on")
@pytest.mark.parametrize("damage", [b"", b"{not json\n", b'{"format": "other"}\n',
                                    "cut"])
def test_a_damaged_overlay_is_refused_by_name(folder: Path, damage: bytes | str) -> None:
    with Store.open(folder) as s:
        s.add_articles([article(1)])
        s.add_annotation(note(1, article(1).id))
        s.add_annotation(note(2, article(1).id))
    path = folder / NOTES_RECENT_FILE
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    path.write_bytes(path.read_bytes()[:-5] if damage == "cut" else damage)
    damaged = path.read_bytes()
    with pytest.raises(StoreCorrupt, match=NOTES_RECENT_FILE):
        Store.open(folder)
    assert path.read_bytes() == damaged
    assert (folder / NOTES_FILE).read_bytes() == before[NOTES_FILE]


@pytest.mark.usefixtures("overlay_on")
def test_another_store_sees_overlay_commits(folder: Path) -> None:
    with Store.open(folder) as s:
        s.add_articles([article(1)])
        s.add_annotation(note(1, article(1).id))
    with Store.open(folder) as one, Store.open(folder) as two:
        assert len(two.annotations()) == 1
        one.add_annotation(note(2, article(1).id))
        assert two.changed_on_disk()
        two.refresh()
        changes = two.take_changes()
        assert changes
        assert len(two.annotations()) == 2
        two.add_annotation(note(3, article(1).id))  # commits on top, nothing lost
        one.refresh()
        assert {a.id for a in one.annotations()} == {note(n, "").id for n in (1, 2, 3)}


@pytest.mark.usefixtures("overlay_on")
def test_an_overlay_changed_behind_a_commit_is_not_overwritten(folder: Path) -> None:
    with Store.open(folder) as s:
        s.add_articles([article(1)])
        s.add_annotation(note(1, article(1).id))
        s.add_annotation(note(2, article(1).id))
        path = folder / NOTES_RECENT_FILE
        edited = path.read_bytes() + b""
        path.unlink()
        path.write_bytes(edited)  # another file now, written behind the store's back
        storage_ = s._notes_storage
        with pytest.raises(StoreChanged, match=NOTES_RECENT_FILE):
            storage_._check_on_disk()


def test_a_schema_2_store_moves_on_naming_its_newest_article_and_nothing_else(folder: Path):
    assert SCHEMA_VERSION == 4  # 2 -> 3 names the newest article, 3 -> 4 writes nothing
    with Store.open(folder) as s:
        s.add_articles([article(1), article(2, published="2025-12-31")])
        s.add_annotation(note(1, article(1).id))
    # As a newsdesk of schema 2 left it: no newest article in the index's header.
    index = folder / ARTICLES_FILE
    header, rest = index.read_bytes().split(b"\n", 1)
    fields = json.loads(header)
    del fields["meta_digest"]
    index.write_bytes(json.dumps(fields).encode() + b"\n" + rest)
    (folder / STORE_FILE).write_text(json.dumps({"format": "newsdesk-store", "schema": 2}))
    untouched = (STORE_FILE, ARTICLES_FILE, "lock")
    files = {p.name: p.read_bytes() for p in folder.iterdir()
             if p.is_file() and p.name not in untouched}
    with Store.open(folder) as s:
        assert len(s.annotations()) == 1
    assert json.loads((folder / STORE_FILE).read_text())["schema"] == SCHEMA_VERSION
    assert {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and p.name not in untouched} == files
    with Store.open(folder, readonly=True) as s:
        assert s.newest_article_id() == article(2).id
        assert s._articles_storage._meta_line in (None, b"")  # from the header alone
        assert [a.id for a in s.iter_articles()] == [article(1).id, article(2).id]


class StoreModelWithOverlay(StoreModel):
    """The model test, with every notes file large and folds every few commits."""

    def __init__(self) -> None:
        self._saved = storage.OVERLAY_FROM, storage.OVERLAY_MAX
        storage.OVERLAY_FROM, storage.OVERLAY_MAX = 0, 1_500
        super().__init__()

    def teardown(self) -> None:
        try:
            super().teardown()
        finally:
            storage.OVERLAY_FROM, storage.OVERLAY_MAX = self._saved


StoreModelWithOverlay.TestCase.settings = StoreModel.TestCase.settings
test_store_with_an_overlay_equals_the_model = StoreModelWithOverlay.TestCase


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    saved = storage.OVERLAY_FROM, storage.OVERLAY_MAX
    yield
    storage.OVERLAY_FROM, storage.OVERLAY_MAX = saved
