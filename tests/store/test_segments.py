"""The articles in segment files: one article costs one read, a commit writes only what it
adds or changes, worn segments are merged, and retired ones outlive the readers that may
still point into them (see store/segments.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import numbered_article as article

import newsdesk.store.segments as segments
import newsdesk.store.storage as storage
from newsdesk.store.db import ARTICLES_FILE, Store
from newsdesk.store.errors import StoreChanged
from newsdesk.store.folder import SEGMENTS_FOLDER


def header(folder: Path) -> dict:
    with open(folder / ARTICLES_FILE, "rb") as f:
        return json.loads(f.readline())


def segment_files(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / SEGMENTS_FOLDER).iterdir())


def segment_files_or_none(folder: Path) -> list[str]:
    return segment_files(folder) if (folder / SEGMENTS_FOLDER).is_dir() else []


@pytest.fixture
def many(folder: Path) -> Path:
    with Store.open(folder) as s:
        s.add_articles(article(n) for n in range(40))
        s.add_articles(article(n) for n in range(40, 80))
    return folder


def test_one_article_is_one_read_of_its_own_bytes(many, monkeypatch):
    reads: list[segments.Ref] = []
    real_read = segments.Segments.read
    monkeypatch.setattr(segments.Segments, "read",
                        lambda self, ref: reads.append(ref) or real_read(self, ref))
    with Store.open(many, readonly=True) as s:
        assert s.get_article(article(57).id).title == article(57).title
        assert s.article_count() == 80 and len(s.list_articles()) == 80
    assert len(reads) == 1 and reads[0].segment == 2
    assert reads[0].length < 2000  # that article's line, not the corpus


def test_a_commit_writes_only_what_it_adds_or_changes(many, replaced):
    with Store.open(many) as s:
        s.update_article(article(3, title="Steel tariffs, revised"))
        s.remove_article(article(4).id)
    assert replaced == ["00000003.jsonl", ARTICLES_FILE, ARTICLES_FILE]
    segment = (many / SEGMENTS_FOLDER / "00000003.jsonl").read_bytes()
    assert segment.count(b"\n") == 1 and b"Steel tariffs, revised" in segment
    with Store.open(many, readonly=True) as s:
        assert s.get_article(article(3).id).title == "Steel tariffs, revised"
        assert not s.has_article(article(4).id) and s.article_count() == 79


def test_worn_segments_are_merged_and_retired_ones_removed_later(many, monkeypatch):
    monkeypatch.setattr(segments, "MIN_MERGE_BYTES", 1)
    with Store.open(many) as s:
        for n in range(40, 75):  # most of segment 2 goes
            s.remove_article(article(n).id)
        # Removing alone writes no segment; the next commit that writes one merges segment
        # 2's five survivors into it, and segment 2 is retired, not deleted.
        s.add_article(article(100))
        assert set(header(many)["segments"]) == {"1", "3"}
        assert set(header(many)["retired"]) == {"2"}
        assert "00000002.jsonl" in segment_files(many)
        monkeypatch.setattr(segments, "RETIRE_SECONDS", 0.0)
        s.add_article(article(101))
    assert "00000002.jsonl" not in segment_files(many) and header(many)["retired"] == {}
    with Store.open(many, readonly=True) as s:
        ids = [a.id for a in s.iter_articles()]
    assert ids == [article(n).id for n in [*range(40), *range(75, 80), 100, 101]]


def test_too_many_segments_are_merged_smallest_first(folder, monkeypatch):
    monkeypatch.setattr(segments, "MAX_SEGMENTS", 4)
    with Store.open(folder) as s:
        for n in range(12):
            s.add_article(article(n))
            assert len(header(folder)["segments"]) <= 4
    with Store.open(folder, readonly=True) as s:
        assert [a.id for a in s.iter_articles()] == [article(n).id for n in range(12)]


def test_a_reader_keeps_reading_a_segment_retired_under_it(many, monkeypatch):
    monkeypatch.setattr(segments, "MIN_MERGE_BYTES", 1)
    with Store.open(many, readonly=True) as reader:
        assert reader.get_article(article(41).id).id == article(41).id  # opens segment 2
        with Store.open(many) as writer:
            for n in range(42, 80):
                writer.remove_article(article(n).id)
            writer.add_article(article(100))  # segment 2 merged away
            monkeypatch.setattr(segments, "RETIRE_SECONDS", 0.0)
            writer.add_article(article(101))  # and deleted
        assert "00000002.jsonl" not in segment_files(many)
        # What the reader opened it still reads; its index is old but whole.
        assert reader.get_article(article(40).id).id == article(40).id


def test_a_reader_whose_segment_was_deleted_is_told_to_open_again(many, monkeypatch):
    monkeypatch.setattr(segments, "MIN_MERGE_BYTES", 1)
    with Store.open(many, readonly=True) as reader:
        reader.list_articles()
        with Store.open(many) as writer:
            for n in range(42, 80):
                writer.remove_article(article(n).id)
            writer.add_article(article(100))
            monkeypatch.setattr(segments, "RETIRE_SECONDS", 0.0)
            writer.add_article(article(101))
        with pytest.raises(StoreChanged) as caught:
            reader.get_article(article(40).id)
        message = str(caught.value)
        assert "00000002.jsonl is missing" in message and "open the store again" in message
        reader.refresh()  # as the workstation does each second: then it reads on
        assert reader.get_article(article(40).id).id == article(40).id


def test_a_segment_of_another_store_is_never_trusted(many):
    # The index checks each record's length and checksum: a segment swapped for another
    # store's file of the same name is found out, never read as these articles.
    other = many.parent / "other"
    with Store.open(other) as s:
        s.add_articles(article(n, title=f"Other {n}") for n in range(40))
    (many / SEGMENTS_FOLDER / "00000001.jsonl").write_bytes(
        (other / SEGMENTS_FOLDER / "00000001.jsonl").read_bytes())
    with Store.open(many, readonly=True) as s, pytest.raises(Exception) as caught:
        s.get_article(article(1).id)
    assert "does not match its checksum" in str(caught.value)


def listed_or_next(folder: Path) -> set[str]:
    """The segment files the index accounts for: those it lists, live or retired, and the
    one numbered next (a killed commit's, which the next commit writes again or sweeps)."""
    fields = header(folder)
    numbers = {*map(int, fields["segments"]), *map(int, fields["retired"]),
               fields["next_segment"]}
    return {segments.segment_name(n) for n in numbers}


@pytest.mark.parametrize("other", ["open before the kill", "opened after it"])
def test_a_first_commit_killed_before_its_index_leaves_no_segment_behind(
        folder, monkeypatch, other):
    # Two processes on a new store (as in the crash harness's two writers): the first
    # article's commit is killed with its segment written and no index yet; then the other
    # process commits an article. The killed commit's segment must not be left for good,
    # unlisted: the second commit writes it again or sweeps it, as for any killed commit.
    real_write = storage.atomic_write

    def killed_at_the_index(path, chunks):
        if path.name == ARTICLES_FILE and segment_files_or_none(folder):
            raise KeyboardInterrupt  # as if killed: the new segment is there, its index not
        return real_write(path, chunks)

    one = Store.open(folder)
    two = Store.open(folder) if other == "open before the kill" else None
    monkeypatch.setattr(storage, "atomic_write", killed_at_the_index)
    with pytest.raises(KeyboardInterrupt):
        one.add_article(article(1))
    monkeypatch.undo()
    one.close()
    assert segment_files(folder) == ["00000001.jsonl"]  # the killed commit's segment
    with two or Store.open(folder) as s:
        s.add_article(article(2))
    assert set(segment_files(folder)) <= listed_or_next(folder)
    with Store.open(folder, readonly=True) as s:
        assert [a.id for a in s.iter_articles()] == [article(2).id]


@pytest.fixture
def retired(many: Path, monkeypatch) -> Path:
    """`many` with segment 2 merged away and retired (its file kept), and retired segments
    then expiring at once (RETIRE_SECONDS 0): the next commit that writes the index drops
    segment 2 from it and deletes its file."""
    monkeypatch.setattr(segments, "MIN_MERGE_BYTES", 1)
    with Store.open(many) as s:
        for n in range(40, 75):
            s.remove_article(article(n).id)
        s.add_article(article(100))
    assert set(header(many)["retired"]) == {"2"} and "00000002.jsonl" in segment_files(many)
    monkeypatch.setattr(segments, "RETIRE_SECONDS", 0.0)
    return many


def killed_at(monkeypatch, target, name: str, *, when=lambda *a: True) -> None:
    """Make `target.name` raise KeyboardInterrupt (as a SIGKILL there would stop the commit)
    when `when` holds for its arguments."""
    real = getattr(target, name)

    def killed(*args, **kwargs):
        if when(*args, **kwargs):
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, killed)


KEPT = [*range(40), *range(75, 80), 100]


@pytest.mark.parametrize("kill", ["after the index, before its sweep",
                                  "before the index"])
def test_an_expired_segment_is_never_left_listed_by_no_index(retired, monkeypatch, kill):
    # The commit that drops segment 2 from the retired list is killed either once its index
    # is in place (its sweep not run) or just before writing it. Either way segment 2's file
    # is gone or still listed (retired) by the index on disk; never left in the folder,
    # numbered below next_segment and listed nowhere, where no later sweep removes it.
    if kill == "before the index":
        killed_at(monkeypatch, storage, "atomic_write",
                  when=lambda path, chunks: path.name == ARTICLES_FILE)
    else:
        killed_at(monkeypatch, segments.Segments, "sweep")
    s = Store.open(retired)
    with pytest.raises(KeyboardInterrupt):
        s.add_article(article(101))
    s.close()
    monkeypatch.undo()
    monkeypatch.setattr(segments, "RETIRE_SECONDS", 0.0)
    assert set(segment_files(retired)) <= listed_or_next(retired)
    assert "00000002.jsonl" not in segment_files(retired)
    committed = [*KEPT, 101] if kill != "before the index" else KEPT
    # The store on disk reads whole (a retired segment's file being gone is nothing to a
    # reader), and later commits keep every file accounted for.
    with Store.open(retired, readonly=True) as r:
        assert [a.id for a in r.iter_articles()] == [article(n).id for n in committed]
    with Store.open(retired) as s:
        s.add_article(article(102))
        s.add_article(article(103))
    assert set(segment_files(retired)) <= listed_or_next(retired)
    assert header(retired)["retired"] == {}
    with Store.open(retired, readonly=True) as r:
        assert [a.id for a in r.iter_articles()] == [
            article(n).id for n in [*committed, 102, 103]]


def test_a_segment_merged_away_is_kept_until_its_index_no_longer_lists_it(
        many, monkeypatch):
    # Even with no time to keep retired segments, the commit that merges segment 2 away
    # does not delete its file: it is deleted before an index is written, and the index on
    # disk still reads from it until the new one is in place. Killed just before that
    # index, the store is the old state, whole; the next commits retire, then delete it.
    monkeypatch.setattr(segments, "MIN_MERGE_BYTES", 1)
    monkeypatch.setattr(segments, "RETIRE_SECONDS", 0.0)
    with Store.open(many) as s:
        for n in range(40, 75):
            s.remove_article(article(n).id)
    real_write = storage.atomic_write
    killed_at(monkeypatch, storage, "atomic_write",
              when=lambda path, chunks: path.name == ARTICLES_FILE)
    s = Store.open(many)
    with pytest.raises(KeyboardInterrupt):
        s.add_article(article(100))  # merges segment 2's five survivors away
    s.close()
    monkeypatch.setattr(storage, "atomic_write", real_write)
    assert "00000002.jsonl" in segment_files(many)
    with Store.open(many, readonly=True) as r:
        assert [r.get_article(article(n).id).id for n in KEPT[:-1]] == [
            article(n).id for n in KEPT[:-1]]
    with Store.open(many) as s:
        s.add_article(article(100))
        assert set(header(many)["retired"]) == {"2"} and "2" not in header(many)["segments"]
        assert "00000002.jsonl" in segment_files(many)
        s.add_article(article(101))
    assert "00000002.jsonl" not in segment_files(many) and header(many)["retired"] == {}
    assert set(segment_files(many)) <= listed_or_next(many)
    with Store.open(many, readonly=True) as r:
        assert [a.id for a in r.iter_articles()] == [article(n).id for n in [*KEPT, 101]]
