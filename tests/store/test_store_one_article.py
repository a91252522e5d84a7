"""One article's commands cost that article's, not the corpus's: the places in the index are
read only for the articles used, one article's notes are found by one search of the notes
file, and removing an article edits the stored summaries without reading each one."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from support import numbered_article as article
from support import numbered_note as note
from support import seal

import newsdesk.store.lazydocs as lazydocs
import newsdesk.store.rows as rows
import newsdesk.store.segments as segments
import newsdesk.store.summaries as summaries
from newsdesk.store.atomic import encode_json
from newsdesk.store.db import ARTICLES_FILE, Store
from newsdesk.store.errors import StoreCorrupt
from newsdesk.store.lazydocs import place_at, split_places
from newsdesk.store.records import Correction
from newsdesk.store.segments import Ref
from newsdesk.store.storefile import READ_ALONE


def test_places_are_split_unparsed_and_shapes_checked():
    assert split_places(b"[]") == []
    assert split_places(b"[[1,0,8,9]]") == [b"1,0,8,9"]
    assert split_places(b"[[1,0,8,9],[2,9,10,11]]") == [b"1,0,8,9", b"2,9,10,11"]
    # JSON's white space, as a hand edit or another writer may leave it.
    assert split_places(b"[[1, 0, 8, 9], [2, 9,\t10, 11]]\r") == [b"1,0,8,9", b"2,9,10,11"]
    for bad in (b"", b"{}", b"[1,2]", b"[[1,0,8,9],[[2]]]", b"[[1,0,8,9]", b"null"):
        assert split_places(bad) is None, bad


def test_a_place_found_alone_is_the_one_a_split_gives():
    rnd = random.Random(7)
    # Places of every width, as segments fill up: an estimate from the mean width is off
    # by hundreds of places in the middle of the line.
    refs = [Ref(rnd.randint(1, 300), rnd.randint(0, 10 ** rnd.randint(0, 9)),
                rnd.randint(1, 10 ** rnd.randint(1, 6)), rnd.randint(0, 2 ** 32 - 1))
            for _ in range(3000)]
    refs.sort(key=lambda r: (r.segment, r.offset))
    line = encode_json([list(r) for r in refs])
    places = encode_json([[1, 2, 3, 4]]) + b"\n" + line + b"\n"
    for position in [*range(40), *rnd.sample(range(3000), 300), *range(2960, 3000)]:
        assert place_at(places, 1, position, len(refs)) == refs[position], position
    assert place_at(places, 0, 0, 1) == Ref(1, 2, 3, 4)
    assert place_at(b"[[1, 2, 3, 4], [5,6,7,8]]\n", 0, 1, 2) == Ref(5, 6, 7, 8)
    # Not as newsdesk writes it: the caller reads the line whole (and tells the damage).
    for bad, line, position in ((b"[]\n", 0, 0), (b"[[1,2,3,4]]", 0, 0),
                                (b"[[1,2,3,4]]\n", 1, 0), (b"[[1,2,3,4]]\n", 0, 1),
                                (b"[[1,2,3],[4,5,6,7]]\n", 0, 0),
                                (b"[[1,2,3,-4],[4,5,6,7]]\n", 0, 0),
                                (b"[[1,x,3,4],[4,5,6,7]]\n", 0, 0),
                                (b"{[1,2,3,4],[4,5,6,7]}\n", 0, 1)):
        assert place_at(bad, line, position, 2) is None, bad


@pytest.fixture
def noted(folder: Path) -> Path:
    """Twelve articles; notes on some (one quoting another article's id); corrections."""
    with Store.open(folder) as s:
        s.add_articles(article(n) for n in range(12))
        ids = [article(n).id for n in range(12)]
        for n in range(30):
            s.add_annotation(note(n, ids[n % 5]))
        # A note whose text names another article's id must not be taken for that article's.
        s.add_annotation(note(99, ids[0], note=f"see {ids[7]}"))
        s.add_correction(Correction(id="c-all", article_id=None, kind="merge",
                                    target={"kind": "actor", "name": "Washington"},
                                    changes={"into": "United States"}))
        s.add_correction(Correction(id="c-3", article_id=ids[3], kind="reject",
                                    target={"kind": "measure", "start": 0, "end": 50}))
    return folder


def test_one_articles_notes_are_those_a_full_read_finds(noted):
    with Store.open(noted, readonly=True) as s:
        every_note, every_correction = s.annotations(), s.corrections()
    for n in range(12):
        article_id = article(n).id
        with Store.open(noted, readonly=True) as s:  # fresh: the notes file as read
            assert s.annotations(article_id) == [a for a in every_note
                                                 if a.article_id == article_id]
            assert s.corrections(article_id) == [c for c in every_correction
                                                 if c.article_id in (article_id, None)]
    with Store.open(noted, readonly=True) as s:
        assert [a.id for a in s.annotations(article(7).id)] == []


def test_notes_found_after_a_commit_and_inside_one(noted):
    with Store.open(noted) as s:
        s.add_annotation(note(200, article(9).id))
        assert [a.id for a in s.annotations(article(9).id)] == ["note-200"]
        s.delete_annotation("note-200")
        assert s.annotations(article(9).id) == []


def test_a_damaged_place_is_named_when_its_article_is_read(noted):
    path = noted / ARTICLES_FILE
    head, body = path.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    places, rest = body.split(b"\n", 1)
    parts = places[2:-2].split(b"],[")
    parts[4] = b"1,x,3,4"
    body = b"[[" + b"],[".join(parts) + b"]]\n" + rest
    seal(header, body)
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    with Store.open(noted, readonly=True) as s:
        assert s.get_article(article(3).id).title == article(3).title  # others still read
        with pytest.raises(StoreCorrupt) as caught:
            s.get_article(article(4).id)
    assert "is damaged" in str(caught.value) and repr(article(4).id) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_removing_edits_the_summaries_without_reading_them(noted, monkeypatch):
    reads = []
    real = summaries.summaries_from_rows
    monkeypatch.setattr(summaries, "summaries_from_rows",
                        lambda rows: reads.append(rows) or real(rows))
    with Store.open(noted) as s:
        s.remove_article(article(2).id)
        assert reads == []
        assert [a.id for a in s.list_articles()] == [article(n).id for n in range(12) if n != 2]
        s.remove_article(article(0).id)  # its notes go with it
        assert s.annotations(article(0).id) == []
    with Store.open(noted, readonly=True) as s:
        listed = s.list_articles()
        assert reads  # a list does read them (so the count above could have been other)
        assert [a.id for a in listed] == [article(n).id for n in (1, *range(3, 12))]
        assert listed[0].title == article(1).title
        assert {a.article_id for a in s.annotations()} == {article(n).id for n in (1, 3, 4)}


def test_summaries_that_disagree_with_the_ids_are_rebuilt_on_removal(noted):
    path = noted / ARTICLES_FILE
    head, body = path.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    lines = body.split(b"\n")
    meta = json.loads(lines[-2])
    del meta["index"][5]  # one summary lost: derived data, rebuilt from the articles
    lines[-2] = json.dumps(meta).encode()
    body = b"\n".join(lines)
    seal(header, body)
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    with Store.open(noted) as s:
        s.remove_article(article(8).id)
    with Store.open(noted, readonly=True) as s:
        assert [a.id for a in s.list_articles()] == [article(n).id for n in range(12) if n != 8]
        assert s.list_articles()[5].title == article(5).title


# -- a removal writes the index back without reading it ------------------------------------


def _index(folder: Path) -> tuple[dict, list[bytes]]:
    head, body = (folder / ARTICLES_FILE).read_bytes().split(b"\n", 1)
    return json.loads(head), body.split(b"\n")


def _live_recounted(folder: Path) -> dict[str, int]:
    """Each segment's live bytes counted from every place in the index."""
    header, lines = _index(folder)
    live: dict[str, int] = {}
    for segment, _offset, length, _crc in json.loads(lines[0]):
        live[str(segment)] = live.get(str(segment), 0) + length + 1
    return live


def parsed_places(monkeypatch) -> list[int]:
    """The index positions of the places parsed from here on."""
    parsed: list[int] = []
    real = lazydocs.LazyDocs._ref
    monkeypatch.setattr(lazydocs.LazyDocs, "_ref",
                        lambda self, position, key: parsed.append(position)
                        or real(self, position, key))
    return parsed


def test_a_removal_parses_only_the_removed_places(noted, monkeypatch):
    with Store.open(noted) as s:
        s.remove_article(article(11).id)  # the first commit counts the live bytes
    parsed = parsed_places(monkeypatch)
    with Store.open(noted) as s:
        s.remove_article(article(6).id)
        assert len(parsed) == 1
        assert s.get_article(article(7).id).title == article(7).title
    with Store.open(noted, readonly=True) as s:
        assert [a.id for a in s.list_articles()] == [article(n).id for n in range(11) if n != 6]
        assert all(s.get_article(article(n).id).text == article(n).text
                   for n in range(11) if n != 6)
    header, _ = _index(noted)
    assert header["live"] == _live_recounted(noted)


def test_removing_a_segments_last_article_retires_it(folder):
    with Store.open(folder) as s:
        s.add_articles([article(1), article(2)])
        s.add_articles([article(3)])  # a segment of its own
        s.remove_article(article(1).id)
        first = set(_index(folder)[0]["segments"])
        s.remove_article(article(3).id)  # its segment has nothing live left
        header, _ = _index(folder)
    assert len(first) == 2 and len(header["segments"]) == 1
    assert set(header["retired"]) == first - set(header["segments"])
    assert header["live"] == _live_recounted(folder)


def test_live_bytes_the_header_gets_wrong_are_not_trusted(noted):
    header, lines = _index(noted)
    with Store.open(noted) as s:
        s.remove_article(article(0).id)
    header, lines = _index(noted)
    body = b"\n".join(lines)
    for bad in ({"1": -5}, {"999": 10}, "many", {str(k): v + 10**9 for k, v
                                                 in header["live"].items()}):
        header["live"] = bad
        (noted / ARTICLES_FILE).write_bytes(json.dumps(header).encode() + b"\n" + body)
        with Store.open(noted) as s:
            assert s.article_count() == 11
    with Store.open(noted) as s:
        s.remove_article(article(1).id)
    assert _index(noted)[0]["live"] == _live_recounted(noted)


# -- the summaries' line ------------------------------------------------------------------


def test_the_summaries_are_stored_one_row_after_another(noted):
    _, lines = _index(noted)
    meta_line = lines[-2]
    assert meta_line.count(b",\t") == 11 and json.loads(meta_line)["index"][0][0] == \
        article(0).id


def test_summaries_written_by_an_older_newsdesk_are_read_and_rewritten(noted):
    header, lines = _index(noted)
    lines[-2] = json.dumps(json.loads(lines[-2]), separators=(",", ":")).encode()
    body = b"\n".join(lines)
    seal(header, body)
    (noted / ARTICLES_FILE).write_bytes(json.dumps(header).encode() + b"\n" + body)
    with Store.open(noted) as s:
        s.remove_article(article(4).id)
        s.update_article(article(5, title='A "quoted", tabbed\ttitle'))
    _, lines = _index(noted)
    assert lines[-2].count(b",\t") == 10
    with Store.open(noted, readonly=True) as s:
        titles = {a.id: a.title for a in s.list_articles()}
    assert article(4).id not in titles and titles[article(5).id] == 'A "quoted", tabbed\ttitle'


def test_rows_are_edited_for_ids_that_json_escapes(folder):
    odd = ['q"uote', "back\\slash", "ünï", "tab\there"]
    with Store.open(folder) as s:
        s.add_articles(article(n, id=i) for n, i in enumerate(odd))
        s.update_article(article(9, id=odd[1], title="Renamed"))
        s.remove_article(odd[0])
        s.add_articles([article(20)])
    with Store.open(folder, readonly=True) as s:
        listed = s.list_articles()
    assert [a.id for a in listed] == [*odd[1:], article(20).id]
    assert listed[0].title == "Renamed"


@pytest.mark.parametrize(("seed", "limit"), [(1, 4), (2, 4), (3, 4), (4, 32)])
def test_counted_commits_merge_and_retire_as_a_full_count_would(folder, monkeypatch, seed,
                                                                limit):
    """Many small commits past the segment limit, changes and removals wearing segments
    out: the merges run on the counted live bytes, and after each commit every article
    reads back, the counts match a full count, and no listed segment is without one."""
    monkeypatch.setattr(segments, "MAX_SEGMENTS", limit)
    monkeypatch.setattr(segments, "MIN_MERGE_BYTES", 1 if limit < 32 else 1 << 20)
    rng = random.Random(seed)
    present: dict[int, str] = {}
    next_n = 0
    with Store.open(folder) as s:
        for _ in range(50):
            roll = rng.random()
            if roll < 0.45 or len(present) < 4:
                batch = list(range(next_n, next_n + rng.randint(1, 3)))
                next_n += len(batch)
                s.add_articles(article(n) for n in batch)
                present.update({n: article(n).title for n in batch})
            elif roll < 0.7:
                n = rng.choice(sorted(present))
                present[n] = f"Changed {rng.random()}"
                s.update_article(article(n, title=present[n]))
            else:
                n = rng.choice(sorted(present))
                del present[n]
                s.remove_article(article(n).id)
            header, _ = _index(folder)
            assert header["live"] == _live_recounted(folder)
            assert len(header["segments"]) <= limit
            for n, title in present.items():
                assert s.get_article(article(n).id).title == title
    with Store.open(folder, readonly=True) as s:
        assert {a.id: a.title for a in s.list_articles()} == \
            {article(n).id: t for n, t in present.items()}


def test_an_added_article_parses_no_place_of_the_others(noted, monkeypatch):
    with Store.open(noted) as s:
        s.remove_article(article(11).id)  # the live bytes are counted from here on
    parsed = parsed_places(monkeypatch)
    with Store.open(noted) as s:
        s.add_articles([article(40), article(41)])
        s.update_article(article(3, title="Changed"))
        assert len(parsed) == 1  # the changed article's old place: its bytes go dead
    with Store.open(noted, readonly=True) as s:
        assert s.get_article(article(3).id).title == "Changed"
        assert s.get_article(article(41).id).title == article(41).title
    assert _index(noted)[0]["live"] == _live_recounted(noted)


def test_the_newest_article_is_found_without_listing(folder):
    with Store.open(folder) as s:
        assert s.newest_article_id() is None
        s.add_articles([article(1, published=None), article(2, published="2025-01-02"),
                        article(3, published="2025-03-01"), article(4, published=None)])
        assert s.newest_article_id() == article(3).id
        s.add_articles([article(5, published="2025-03-01",
                                imported_at="2025-09-15T09:00:00+00:00")])
        assert s.newest_article_id() == article(5).id  # the same day: imported later
        s.list_articles()  # read: the parsed summaries answer
        s.remove_article(article(5).id)
        assert s.newest_article_id() == article(3).id
    with Store.open(folder) as s:
        for n in (2, 3):
            s.remove_article(article(n).id)
        # Only undated ones: the last imported (the same stamp: the first of them).
        assert s.newest_article_id() == max(
            s.list_articles(), key=lambda r: (r.published or "", r.imported_at)).id


def test_the_newest_article_comes_from_the_index_header(folder):
    """Each commit of the summaries puts the newest article in the index's header, so the
    workstation's start reads no summary; after any sequence of adds, changes and
    removals it is the article the summaries themselves give."""
    rnd = random.Random(20261203)
    dates = [None, "2025-01-02", "2025-03-01", "2025-03-01", "2024-12-31"]
    stamps = ["2025-09-14T09:00:00+00:00", "2025-09-15T09:00:00+00:00"]
    ids: list[int] = []
    for step in range(60):
        with Store.open(folder) as s:
            roll = rnd.random()
            if roll < 0.5 or len(ids) < 3:
                n = step + 100
                s.add_articles([article(n, published=rnd.choice(dates),
                                        imported_at=rnd.choice(stamps))])
                ids.append(n)
            elif roll < 0.75:
                n = rnd.choice(ids)
                s.update_article(article(n, published=rnd.choice(dates),
                                         imported_at=rnd.choice(stamps)))
            else:
                n = rnd.choice(ids)
                s.remove_article(article(n).id)
                ids.remove(n)
        with Store.open(folder, readonly=True) as s:
            newest = s.newest_article_id()
            header_had_it = s._articles_storage._meta_line in (None, b"")  # none read
            rows = s.list_articles()
            best = max((r.published or "", r.imported_at or "") for r in rows)
            assert newest in {r.id for r in rows
                              if (r.published or "", r.imported_at or "") == best}
            assert header_had_it, (step, s._articles_storage.meta_digest())


def test_one_article_is_read_without_the_summaries(noted):
    with Store.open(noted, readonly=True) as s:
        assert s.get_article(article(4).id).title == article(4).title
        assert s._articles_storage._meta_line in (None, b"")  # the summaries' line: not read
        assert not s._articles_storage.loaded  # nor every place: that article's alone
        assert len(s.list_articles()) == 12


def test_the_first_articles_read_find_their_place_alone(noted):
    with Store.open(noted, readonly=True) as s:
        expected = [(a.id, a.title, a.text) for a in s.iter_articles()]
    with Store.open(noted, readonly=True) as s:
        storage = s._articles_storage
        for n, (article_id, title, text) in enumerate(reversed(expected)):
            read = s.get_article(article_id)
            assert (read.id, read.title, read.text) == (article_id, title, text)
            # A few are read alone; then every place is laid out, not searched for each.
            assert storage.loaded == (n >= READ_ALONE), n
        assert [a.id for a in s.iter_articles()] == [i for i, _, _ in expected]


def test_damaged_summaries_show_when_they_are_read_and_block_every_write(noted, capsys):
    path = noted / ARTICLES_FILE
    data = bytearray(path.read_bytes())
    at = data.rindex(b"Tariffs, part 9")
    data[at:at + 8] = b"Tariffs!"  # in the summaries' line; no checksum updated
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with Store.open(noted) as s:
        assert s.get_article(article(9).id).title == article(9).title  # checked, and fine
        with pytest.raises(StoreCorrupt) as caught:
            s.list_articles()
        assert "\n" not in str(caught.value) and str(path) in str(caught.value)
        with pytest.raises(StoreCorrupt):
            s.remove_article(article(3).id)
        s.set_setting("theme", "light")  # the notes file is another file
    assert path.read_bytes() == before


def _summary(n: int, article_id: str | None = None) -> summaries.ArticleSummary:
    return summaries.ArticleSummary(article_id or f"id{n:03d}", f"Title {n}", "2025-01-02",
                                    n, "2025-01-03T00:00:00Z")


def _row(summary: summaries.ArticleSummary) -> bytes:
    return encode_json(summary.to_row())


@pytest.mark.parametrize("seed", range(40))
def test_a_few_rows_are_spliced_as_splitting_the_line_would_edit_them(seed):
    rng = random.Random(seed)
    odd = ['q"uote', "back\\slash", "ünï", "tab\there"]
    ids = [*(f"id{n:03d}" for n in range(rng.randint(0, 12))), *rng.sample(odd, 2)]
    rng.shuffle(ids)
    line = summaries.index_meta(_summary(n, i) for n, i in enumerate(ids)).line
    remove = rng.sample(ids, rng.randint(0, min(3, len(ids))))
    put = {i: _row(_summary(100 + n, i)) for n, i in enumerate(
        rng.sample(ids, rng.randint(0, min(3, len(ids)))) + ["new1"] * rng.randint(0, 1))}
    spliced = rows.spliced(line, ids, put, remove)
    split = rows.rows_of(line)
    assert split is not None
    edited = rows.edited(split, ids, put, remove)
    assert edited is not None and spliced is not None
    assert spliced == rows.line_of(edited)
    # As the rows parsed and edited one by one would be: an id both removed and put moves
    # to the end, as its article does.
    expected = [row for i, row in zip(ids, rows.rows_of(line) or [], strict=True)
                if i not in remove]
    expected = [put.get(i, row) if i not in remove else row
                for i, row in zip([i for i in ids if i not in remove], expected, strict=True)]
    expected += [row for i, row in put.items() if i in remove or i not in ids]
    assert spliced == rows.line_of(expected)
    assert rows.edit_parsed(line, put, remove) == spliced
    assert rows.edit_rows_parsed(json.loads(line), put, remove) == json.loads(spliced)


def test_a_line_that_does_not_line_up_with_the_ids_is_not_spliced():
    ids = ["a", "b", "c"]
    line = summaries.index_meta(_summary(n, i) for n, i in enumerate(ids)).line
    assert rows.spliced(line, ["a", "b"], {}, ["a"]) is None  # a row too many
    assert rows.spliced(line, ["a", "c", "b"], {}, ["b"]) is None  # out of place
    assert rows.spliced(line, ["a", "b", "c"], {}, ["zz"]) == line
    assert rows.spliced(b'{"index":[]}', [], {"a": _row(_summary(0, "a"))}, []) == \
        summaries.index_meta([_summary(0, "a")]).line
    assert rows.spliced(b'{"other":1}', ids, {}, ["a"]) is None
    assert rows.edit_parsed(b'{"other":1}', {}, ["a"]) == b'{"other":1}'
    assert rows.edit_rows_parsed({"other": 1}, {}, ["a"]) is None
    assert rows.edit_rows_parsed({"index": [5]}, {}, ["a"]) is None


@pytest.mark.parametrize("stranger", [5, None, ["a"], {"id": "a"}])
def test_an_id_in_the_header_that_is_no_string_is_damage_found_on_open(noted, stranger):
    path = noted / ARTICLES_FILE
    head, body = path.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    header["tables"]["articles"][7] = stranger
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    with pytest.raises(StoreCorrupt) as caught, Store.open(noted, readonly=True):
        pass
    assert "header is incomplete" in str(caught.value)


def test_many_articles_json_read_in_turn_are_each_ones_article_json(folder):
    # In the order asked, an unknown or removed id as None; the articles as the store had
    # them when the walk began. And the check of a place every read makes.
    with Store.open(folder) as s:
        s.add_articles([article(n) for n in range(1, 6)])
        s.add_article(article(6))
        ids = [a.id for a in s.list_articles()]
        s.remove_article(ids[2])
        asked = [ids[4], ids[0], "nope", ids[2], ids[5], ids[1], ids[3], ids[0]]
        many = list(s.articles_json(asked))
        assert many == [(i, s.article_json(i)) for i in asked]
        assert [raw is None for _, raw in many] == [False, False, True, True] + [False] * 4
        assert json.loads(many[0][1])["id"] == ids[4]
        walk = s.articles_json(ids[:2])
        assert next(walk) == (ids[0], s.article_json(ids[0]))
        s.remove_article(ids[1])  # after the walk began: read as the store was then
        assert next(walk)[1] is not None and s.article_json(ids[1]) is None
    for bad in (Ref(-1, 0, 8, 9), Ref(1, -1, 8, 9), Ref(1, 0, -8, 9), Ref(1, 0, 8, -9),
                Ref(1, 0, 8.0, 9), Ref(True, 0, 8, 9)):
        assert not segments._is_place(bad)
    assert segments._is_place(Ref(1, 0, 8, 9)) and segments._is_place(Ref(0, 0, 0, 0))
