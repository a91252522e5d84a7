"""The articles index's overlay (store/index_overlay.py): once the index is large, a commit
of a few articles writes them into a new segment and what differs into
articles-recent.jsonl, not the index; past a size, or where a segment would be merged or
emptied, the index is written whole again and the overlay deleted.

The threshold is lowered here so a handful of articles exercise every step. The state
machine of test_store_model.py runs again with it lowered: any sequence of operations, with
reopens and folds between them, leaves the store equal to the plain model.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import numbered_article as article
from support import numbered_note as note
from test_store_model import StoreModel

from newsdesk.store import atomic, storage
from newsdesk.store import overlay as overlay_module
from newsdesk.store.db import ARTICLES_FILE, SCHEMA_VERSION, STORE_FILE, Store
from newsdesk.store.errors import StoreChanged, StoreCorrupt, StoreIOError, UnknownArticle
from newsdesk.store.folder import ARTICLES_RECENT_FILE, SEGMENTS_FOLDER


@pytest.fixture
def large(monkeypatch) -> None:
    """Every articles index counts as large; its overlay is folded in past 4,000 bytes."""
    monkeypatch.setattr(storage, "INDEX_OVERLAY_FROM", 0)
    monkeypatch.setattr(storage, "INDEX_OVERLAY_MAX", 4_000)


def header(path: Path) -> dict:
    with open(path, "rb") as f:
        return json.loads(f.readline())


def everything(folder: Path) -> tuple:
    """What a reader of each kind sees: the list, each article, ids, fingerprints."""
    with Store.open(folder, readonly=True) as s:
        listed = [(a.id, a.title) for a in s.list_articles()]
        read = [(a.id, a.title) for a in s.iter_articles()]
        assert listed == read
        assert s.article_count() == len(listed)
        assert all(s.has_article(i) for i, _ in listed)
        fingerprints = s.article_fingerprints()
        assert fingerprints is not None and list(fingerprints) == [i for i, _ in listed]
        return listed, s.newest_article_id()


def test_the_overlay_is_named_as_the_folder_expects() -> None:
    assert overlay_module.overlay_path(Path(ARTICLES_FILE)).name == ARTICLES_RECENT_FILE


@pytest.mark.usefixtures("large")
def test_a_removal_writes_the_overlay_alone_and_every_reader_applies_it(folder: Path):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(6)])  # the first commit: whole
        index = (folder / ARTICLES_FILE).read_bytes()
        segments = sorted(p.name for p in (folder / SEGMENTS_FOLDER).iterdir())
        s.add_annotation(note(1, article(2).id))
        s.remove_article(article(2).id)
        assert (folder / ARTICLES_FILE).read_bytes() == index
        assert sorted(p.name for p in (folder / SEGMENTS_FOLDER).iterdir()) == segments
        recent = header(folder / ARTICLES_RECENT_FILE)
        assert recent["base"] == header(folder / ARTICLES_FILE)["generation"]
        assert recent["removed"] == [article(2).id] and recent["put"] == []
        assert [a.id for a in s.list_articles()] == [article(n).id for n in (0, 1, 3, 4, 5)]
    listed, newest = everything(folder)
    assert [i for i, _ in listed] == [article(n).id for n in (0, 1, 3, 4, 5)]
    assert newest == article(5).id
    with Store.open(folder, readonly=True) as s:
        with pytest.raises(UnknownArticle):
            s.get_article(article(2).id)
        assert s.resolve_id(article(3).id[:10]) == article(3).id
        assert s.annotations() == []


@pytest.mark.usefixtures("large")
def test_adds_and_changes_go_to_the_overlay_in_the_order_of_the_articles(folder: Path):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(4)])
        index = (folder / ARTICLES_FILE).read_bytes()
        s.add_articles([article(10), article(11), article(12)])  # one segment
        s.update_article(article(1, title="Changed in the overlay"))
        s.update_article(article(10, title="Added, then changed"))
        s.remove_article(article(2).id)
        s.add_article(article(2, title="Back again"))  # goes last, as a new article does
        s.remove_article(article(11).id)
        assert (folder / ARTICLES_FILE).read_bytes() == index
        expected = [(article(0).id, article(0).title),
                    (article(1).id, "Changed in the overlay"),
                    (article(3).id, article(3).title),
                    (article(10).id, "Added, then changed"), (article(12).id, article(12).title),
                    (article(2).id, "Back again")]
        assert [(a.id, a.title) for a in s.list_articles()] == expected
        assert s.get_article(article(1).id).title == "Changed in the overlay"
    assert everything(folder)[0] == expected
    recent = header(folder / ARTICLES_RECENT_FILE)
    assert recent["put"] == [article(10).id, article(12).id, article(1).id, article(2).id]
    assert recent["removed"] == [article(2).id]


@pytest.mark.usefixtures("large")
def test_an_article_read_alone_is_read_through_the_overlay(folder: Path):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(4)])
        s.update_article(article(1, title="Changed in the overlay"))
        s.add_article(article(7))
        s.remove_article(article(2).id)
    assert (folder / ARTICLES_RECENT_FILE).exists()
    for n, title in ((1, "Changed in the overlay"), (7, article(7).title),
                     (3, article(3).title), (0, article(0).title)):
        with Store.open(folder, readonly=True) as s:
            assert s.get_article(article(n).id).title == title
            assert not s._articles_storage.loaded  # its place alone was found
            with pytest.raises(UnknownArticle):
                s.get_article(article(2).id)


@pytest.mark.usefixtures("large")
def test_a_large_overlay_is_folded_into_the_index(folder: Path):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(40)])
        folds = 0
        for n in range(40, 70):
            before = header(folder / ARTICLES_FILE)["generation"]
            s.add_article(article(n))
            folds += header(folder / ARTICLES_FILE)["generation"] != before
            recent = folder / ARTICLES_RECENT_FILE
            assert not recent.exists() or recent.stat().st_size <= 4_000
        for n in range(0, 40, 3):
            s.remove_article(article(n).id)
        assert folds >= 2
        expected = [(a.id, a.title) for a in s.list_articles()]
    assert len(expected) == 70 - 14
    assert everything(folder)[0] == expected


@pytest.mark.usefixtures("large")
def test_a_commit_that_empties_a_segment_writes_the_index_whole(folder: Path):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(4)])
        s.add_articles([article(9)])  # a segment of its own, in the overlay
        assert (folder / ARTICLES_RECENT_FILE).exists()
        s.remove_article(article(9).id)  # its segment left empty: retired on a full count
        assert not (folder / ARTICLES_RECENT_FILE).exists()
        assert article(9).id.encode() not in (folder / ARTICLES_FILE).read_bytes()
    assert [i for i, _ in everything(folder)[0]] == [article(n).id for n in range(4)]


@pytest.mark.usefixtures("large")
def test_an_overlay_of_an_older_index_is_ignored(folder: Path):
    """A crash between a fold's two steps: the index rewritten, the old overlay still there."""
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(6)])
        s.remove_article(article(1).id)
        left_over = (folder / ARTICLES_RECENT_FILE).read_bytes()
        s.add_articles([article(20)])
        s.update_article(article(2, title="Before the fold"))
        s.remove_article(article(20).id)  # empties its segment: the index is written whole
        assert not (folder / ARTICLES_RECENT_FILE).exists()
        expected = [(a.id, a.title) for a in s.list_articles()]
    (folder / ARTICLES_RECENT_FILE).write_bytes(left_over)  # names the old generation
    assert everything(folder)[0] == expected
    with Store.open(folder) as s:
        s.remove_article(article(3).id)  # and the next commit writes over it
        expected = [(a.id, a.title) for a in s.list_articles()]
    assert everything(folder)[0] == expected and len(expected) == 4


@pytest.mark.usefixtures("large")
def test_a_fold_whose_folder_was_not_synced_keeps_the_overlay(folder: Path, monkeypatch):
    """The index written whole but its rename maybe not yet on disk (the folder's sync
    failed): the overlay stays, so that if the old index came back after a power cut, the
    commits only the overlay holds would come back with it."""
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(4)])
        old_index = (folder / ARTICLES_FILE).read_bytes()
        s.add_articles([article(9)])  # a segment of its own, in the overlay
        s.remove_article(article(0).id)
        overlay = (folder / ARTICLES_RECENT_FILE).read_bytes()
        expected_before = [(a.id, a.title) for a in s.list_articles()]

        def unsynced(path: Path) -> None:
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(atomic, "fsync_dir", unsynced)
        with pytest.raises(StoreIOError, match="could not sync"):
            s.remove_article(article(9).id)  # empties its segment: the index written whole
        monkeypatch.undo()
        assert (folder / ARTICLES_RECENT_FILE).read_bytes() == overlay
        assert header(folder / ARTICLES_FILE)["generation"] != header(
            folder / ARTICLES_RECENT_FILE)["base"]
        assert [a.id for a in s.list_articles()] == [article(n).id for n in (1, 2, 3)]
    assert [i for i, _ in everything(folder)[0]] == [article(n).id for n in (1, 2, 3)]
    # The power cut: the old index comes back, and the overlay still applies to it.
    (folder / ARTICLES_FILE).write_bytes(old_index)
    assert everything(folder)[0] == expected_before
    with Store.open(folder) as s:  # a synced commit then deletes the stale overlay
        s.remove_article(article(9).id)
    assert not (folder / ARTICLES_RECENT_FILE).exists()
    assert [i for i, _ in everything(folder)[0]] == [article(n).id for n in (1, 2, 3)]


@pytest.mark.usefixtures("large")
@pytest.mark.parametrize("damage", [b"", b"{not json\n", b'{"format": "other"}\n', "cut",
                                    "wrong row", "unknown id"])
def test_a_damaged_overlay_is_refused_by_name(folder: Path, damage: bytes | str):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(4)])
        s.update_article(article(2, title="Changed"))
        s.remove_article(article(1).id)
    path = folder / ARTICLES_RECENT_FILE
    data = path.read_bytes()
    if damage == "cut":
        data = data[:-5]
    elif damage == "wrong row":  # another article's row, checksum updated
        head, body = data.split(b"\n", 1)
        body = body.replace(article(2).id.encode(), article(3).id.encode())
        fields = json.loads(head)
        fields["crc32"] = zlib.crc32(body)
        data = json.dumps(fields).encode() + b"\n" + body
    elif damage == "unknown id":  # removes an article the index does not hold
        head, body = data.split(b"\n", 1)
        fields = json.loads(head)
        fields["removed"] = ["no-such-article"]
        data = json.dumps(fields).encode() + b"\n" + body
    else:
        assert isinstance(damage, bytes)
        data = damage
    path.write_bytes(data)
    before = (folder / ARTICLES_FILE).read_bytes()
    with pytest.raises(StoreCorrupt, match=ARTICLES_RECENT_FILE) as caught:
        Store.open(folder).list_articles()
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == data
    assert (folder / ARTICLES_FILE).read_bytes() == before


@pytest.mark.usefixtures("large")
def test_another_store_sees_overlay_commits(folder: Path):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(4)])
    with Store.open(folder) as one, Store.open(folder) as two:
        assert len(two.list_articles()) == 4
        one.remove_article(article(0).id)
        one.update_article(article(1, title="Renamed by one"))
        assert two.changed_on_disk()
        two.refresh()
        changes = two.take_changes()
        assert changes.articles == {article(0).id, article(1).id}
        assert [a.title for a in two.list_articles()][0] == "Renamed by one"
        two.add_article(article(7))  # commits on top, nothing lost
        one.refresh()
        assert [a.id for a in one.list_articles()] == [article(n).id for n in (1, 2, 3, 7)]
        assert one.get_article(article(7).id).title == article(7).title


@pytest.mark.usefixtures("large")
def test_an_overlay_changed_behind_a_commit_is_not_overwritten(folder: Path):
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(4)])
        s.remove_article(article(0).id)
        path = folder / ARTICLES_RECENT_FILE
        edited = path.read_bytes()
        path.unlink()
        path.write_bytes(edited)  # another file now, written behind the store's back
        with pytest.raises(StoreChanged, match=ARTICLES_RECENT_FILE):
            s._articles_storage._check_on_disk()


@pytest.mark.usefixtures("large")
def test_summaries_an_older_newsdesk_wrote_take_the_overlay_too(folder: Path):
    """An index whose summaries' line is not one row per article (written otherwise): the
    overlay's rows are laid over it by id, and its fold writes the summaries afresh."""
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(5)])
    path = folder / ARTICLES_FILE
    fields, places, line, _ = path.read_bytes().split(b"\n")
    line = json.dumps(json.loads(line)).encode()  # spaces, no tabs: not row by row
    body = places + b"\n" + line + b"\n"
    head = json.loads(fields)
    head.update(body_bytes=len(body), crc32=zlib.crc32(body))
    path.write_bytes(json.dumps(head).encode() + b"\n" + body)
    with Store.open(folder) as s:
        s.remove_article(article(1).id)
        s.update_article(article(3, title="Changed"))
        assert (folder / ARTICLES_RECENT_FILE).exists()
    expected = [(article(n).id, "Changed" if n == 3 else article(n).title) for n in (0, 2, 3, 4)]
    assert everything(folder)[0] == expected
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(10, 40)])  # past the overlay's size
        assert not (folder / ARTICLES_RECENT_FILE).exists()
    assert everything(folder)[0][:4] == expected
    assert b",\t" in path.read_bytes().split(b"\n")[2]  # row by row again


def test_a_schema_3_store_moves_to_4_writing_nothing_else(folder: Path, monkeypatch):
    assert SCHEMA_VERSION == 4
    with Store.open(folder) as s:
        s.add_articles([article(1), article(2, published="2025-12-31")])
        s.add_annotation(note(1, article(1).id))
    # As a newsdesk of schema 3 left it: no generation in the index's header.
    index = folder / ARTICLES_FILE
    head, rest = index.read_bytes().split(b"\n", 1)
    fields = json.loads(head)
    del fields["generation"]
    index.write_bytes(json.dumps(fields).encode() + b"\n" + rest)
    (folder / STORE_FILE).write_text(json.dumps({"format": "newsdesk-store", "schema": 3}))
    files = {p.name: p.read_bytes() for p in folder.iterdir()
             if p.is_file() and p.name not in (STORE_FILE, "lock")}
    with Store.open(folder) as s:
        assert len(s.annotations()) == 1
    assert json.loads((folder / STORE_FILE).read_text())["schema"] == 4
    assert {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and p.name not in (STORE_FILE, "lock")} == files
    # Its first commit of the articles writes the index whole, with a generation; the next
    # one, on a large index, goes to the overlay.
    monkeypatch.setattr(storage, "INDEX_OVERLAY_FROM", 0)
    with Store.open(folder) as s:
        s.remove_article(article(1).id)
        assert "generation" in header(index)
        assert not (folder / ARTICLES_RECENT_FILE).exists()
        s.add_article(article(3))
        assert (folder / ARTICLES_RECENT_FILE).exists()
    with Store.open(folder, readonly=True) as s:
        assert [a.id for a in s.iter_articles()] == [article(2).id, article(3).id]
        assert s.newest_article_id() == article(2).id
        assert s.annotations() == []


class StoreModelWithIndexOverlay(StoreModel):
    """The model test, with every articles index large and folds every few commits."""

    def __init__(self) -> None:
        self._saved = storage.INDEX_OVERLAY_FROM, storage.INDEX_OVERLAY_MAX
        storage.INDEX_OVERLAY_FROM, storage.INDEX_OVERLAY_MAX = 0, 3_000
        super().__init__()

    def teardown(self) -> None:
        try:
            super().teardown()
        finally:
            storage.INDEX_OVERLAY_FROM, storage.INDEX_OVERLAY_MAX = self._saved


StoreModelWithIndexOverlay.TestCase.settings = StoreModel.TestCase.settings
test_store_with_an_index_overlay_equals_the_model = StoreModelWithIndexOverlay.TestCase


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    saved = storage.INDEX_OVERLAY_FROM, storage.INDEX_OVERLAY_MAX
    yield
    storage.INDEX_OVERLAY_FROM, storage.INDEX_OVERLAY_MAX = saved
