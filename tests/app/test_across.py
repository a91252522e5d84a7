"""The timeline and actor profiles over an invented story (tests/story.py), through the
app and the command line (issue 14)."""

from __future__ import annotations

import json
import os

import pytest
from story import MUSEUM, STORY
from support import open_store, run_cli

from newsdesk.app.facts import corpus_facts
from newsdesk.app.profiles import UnknownActor, actor_profile
from newsdesk.app.timeline import TimelineFilter, timeline
from newsdesk.store.notes import new_annotation, new_correction

NOW = "2025-09-14T09:00:00Z"


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [a.article() for a in (*STORY, MUSEUM)])
    yield s
    s.close()


def labels(items):
    return [(i.date, i.kind, i.label) for i in items]


def test_the_timeline_puts_every_measure_and_deadline_in_date_order(store):
    items, undated = timeline(store)
    assert undated == 0
    assert labels(items) == [
        ("2025-01-10", "measure", "tariff threaten: Ruritania -> Freedonia (25%)"),
        ("2025-02-20", "measure", "tariff delay: Ruritania -> Freedonia"),
        ("2025-03-01", "deadline", "Ruritania's steel tariff on Freedonia takes effect"),
        ("2025-04-15", "deadline", "Ruritania's steel tariff on Freedonia takes effect"),
        ("2025-04-20", "measure", "tariff ease: Ruritania -> Freedonia (10%)"),
        ("2025-06-01", "measure", "tariff lift: Ruritania -> Freedonia"),
    ]
    assert items[2].type == "tariff" and items[2].action == "threaten"
    assert items[0].article_id == "s1" * 8


def test_timeline_filters_combine(store):
    def dates(**wanted):
        return [i.date for i in timeline(store, TimelineFilter(**wanted))[0]]

    assert dates(actor="freedonia") == dates()  # a target, any case
    assert dates(actor="Anna Keller") == ["2025-03-01", "2025-04-15"]  # in their sentences
    assert dates(actor="Atlantis") == []
    assert dates(type="sanction") == []
    assert dates(since="2025-03-01", until="2025-04-30") == [
        "2025-03-01", "2025-04-15", "2025-04-20"]
    assert dates(text="lift") == ["2025-06-01"]
    note = new_annotation(STORY[2].article(), 0, 9, "eased!", ["Watch"], [], NOW)
    store.add_annotation(note)
    assert dates(tags=("watch",)) == ["2025-04-20"]


def test_the_timeline_shows_the_readers_corrections(store):
    store.add_correction(new_correction(
        "s4" * 8, "reject", {"kind": "measure", "type": "tariff",
                             "text": "Ruritania lifted its steel tariff on Freedonia."}, {}, NOW))
    dates = [i.date for i in timeline(store)[0]]
    assert "2025-06-01" not in dates and len(dates) == 5


def test_an_undated_article_is_counted_not_placed(tmp_path):
    from dataclasses import replace

    undated = replace(STORY[0], id="x1" * 8, published=None)
    with open_store(tmp_path / "s", [undated.article()]) as s:
        items, count = timeline(s)
    assert count == 1 and [i.kind for i in items] == ["deadline"]


def test_facts_come_from_the_cache_until_an_article_changes(store, monkeypatch):
    first = corpus_facts(store, actors=True)
    reads = []
    real = store.get_article
    monkeypatch.setattr(store, "get_article", lambda i: reads.append(i) or real(i))
    again = corpus_facts(store, actors=True)
    assert reads == []  # all from the cache files
    for made, cached in zip(first, again, strict=True):
        assert (made.id, made.title, made.published, made.measures, made.deadlines) == \
            (cached.id, cached.title, cached.published, cached.measures, cached.deadlines)
        assert made.actor_list() == cached.actor_list()
    store.update_article(STORY[3].article().__class__(
        **{**STORY[3].article().to_dict(), "title": "Ruritania scraps steel tariff",
           "findings": STORY[3].article().findings}))
    third = corpus_facts(store)
    assert reads == ["s4" * 8]  # only the changed article was read again
    assert [f.title for f in third if f.id == "s4" * 8] == ["Ruritania scraps steel tariff"]
    store.remove_article("u1" * 8)
    assert [f.id for f in corpus_facts(store)] == [s.id for s in STORY]


def test_a_damaged_cache_is_only_cold(store):
    corpus_facts(store, actors=True)
    for name in ("facts-timeline.json", "facts-actors.json"):
        (store.path / "cache" / name).write_text('{"format": "newsdesk-facts", "version": 1,'
                                                 ' "articles": {"s1s1s1s1s1s1s1s1": [1]}}')
    facts = corpus_facts(store, actors=True)
    assert len(facts) == 5 and all(f.actor_list() for f in facts)
    # Damage where a profile reads (every name known, an article's actors not a string).
    data = json.loads((store.path / "cache" / "facts-actors.json").read_text())
    data["articles"]["s2" * 8][1] = ["not", "lines"]
    (store.path / "cache" / "facts-actors.json").write_text(json.dumps(data))
    assert len(actor_profile(store, "Anna Keller").appearances) == 5


def test_an_actor_profile(store):
    store.add_annotation(new_annotation(STORY[1].article(), 0, 9, "she moved the date",
                                        [], ["actor:Anna Keller"], NOW))
    p = actor_profile(store, "anna keller")
    assert p.name == "Anna Keller" and p.kinds == ["person"]
    assert [a.published for a in p.appearances] == [
        "2025-01-10", "2025-02-20", "2025-03-05", "2025-04-20", "2025-06-01"]
    assert {a.role for a in p.appearances} == {"Trade Minister"}
    assert p.imposed == [] and p.targeted == []
    assert [i.date for i in p.deadlines] == ["2025-03-01", "2025-04-15"]
    assert p.partners[:2] == [("Freedonia", 4), ("Ruritania", 4)]
    assert [n.note for n in p.notes] == ["she moved the date"]
    r = actor_profile(store, "Ruritania")
    assert [i.action for i in r.imposed] == ["threaten", "delay", "ease", "lift"]
    f = actor_profile(store, "Freedonia")
    assert [i.action for i in f.targeted] == ["threaten", "delay", "ease", "lift"]


def test_actor_names_forgive_typos_and_say_what_is_close(store):
    assert actor_profile(store, "Ana Keler").name == "Anna Keller"
    with pytest.raises(UnknownActor) as caught:
        actor_profile(store, "Zorglub")
    assert "Zorglub" in str(caught.value) and "\n" not in str(caught.value)


def test_the_commands(store, capsys):
    os.environ["NEWSDESK_STORE"] = str(store.path)
    code, out, _ = run_cli(capsys, "timeline", "--actor", "Freedonia", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["items"]) == 6 and data["undated_measures"] == 0
    assert data["items"][0]["label"].startswith("tariff threaten")
    code, out, _ = run_cli(capsys, "timeline", "--since", "2025-04-01")
    assert code == 0 and out.startswith("# Timeline: 2 measures, 1 deadline")
    assert "## 2025-04" in out and "## 2025-06" in out and "**now: 2025-09-14**" in out
    assert out.rstrip().endswith("─────")  # every item is past: now comes last
    code, _, err = run_cli(capsys, "timeline", "--since", "April")
    assert code == 2 and "--since" in err and err.count("\n") == 1
    code, _, err = run_cli(capsys, "timeline", "--type", "tarif")
    assert code == 2 and "tariff" in err
    code, out, _ = run_cli(capsys, "actor", "Ruritania")
    assert code == 0 and out.startswith("# Ruritania (country)")
    assert "## Measures it imposed (4)" in out and "tariff lift" in out
    code, out, _ = run_cli(capsys, "actor", "Anna Keller", "--json")
    assert [a["id"] for a in json.loads(out)["articles"]][2] == "u1" * 8
    code, _, err = run_cli(capsys, "actor", "Zorglub")
    assert code == 2 and err.startswith("newsdesk: error: no actor") and err.count("\n") == 1


# -- threads -------------------------------------------------------------------------------


def test_the_story_is_one_thread_and_the_museum_stays_out(store):
    from newsdesk.app.threads import article_thread, story_threads

    (thread,) = story_threads(store)
    assert thread.article_ids == [s.id for s in STORY]
    assert article_thread(store, "u1" * 8) is None
    steps = thread.steps
    assert steps[0].new == ["tariff (Ruritania -> Freedonia): threaten"]
    assert steps[1].changed == ["tariff (Ruritania -> Freedonia): threaten -> delay"]
    assert steps[1].moved == [
        "2025-03-01 -> 2025-04-15: Ruritania's steel tariff on Freedonia takes effect"]
    assert steps[2].changed == ["tariff (Ruritania -> Freedonia): delay -> ease"]
    assert steps[3].changed == ["tariff (Ruritania -> Freedonia): ease -> lift"]
    assert not any(s.new for s in steps[1:])


def test_one_shared_person_is_not_a_story_but_shared_actors_and_a_close_title_are():
    from newsdesk.app.facts import facts_of_view
    from newsdesk.app.threads import _shape, same_story
    from newsdesk.store.view import ArticleView

    def shape(story):
        return _shape(facts_of_view(ArticleView.of(story.article())))

    museum, lifted = shape(MUSEUM), shape(STORY[3])
    assert not same_story(museum, lifted)
    from dataclasses import replace

    from story import FREEDONIA, KELLER, RURITANIA

    # No measure in common, but the same three actors and a close title: one story.
    talk = replace(STORY[2], id="t1" * 8, title="Ruritania and Freedonia steel talks resume",
                   measures=[], deadlines=[], actors=[RURITANIA, FREEDONIA, KELLER])
    assert same_story(shape(talk), lifted)
    # The same, months later: not the same story any more.
    late = replace(talk, published="2026-03-01")
    assert not same_story(shape(late), lifted)
    # Names in every other article of a large store tell no story apart: not counted.
    common = frozenset({"ruritania", "freedonia"})
    assert not same_story(shape(talk), lifted, common)
    assert same_story(shape(talk), lifted, frozenset({"ruritania"}))  # two left, close title


def test_threads_grow_with_an_import_without_comparing_the_others_again(store, monkeypatch):
    from dataclasses import replace

    from story import M

    import newsdesk.app.threads as threads_module

    threads_module.story_threads(store)  # the groups are now in the cache
    calls = []
    real = threads_module.same_story
    monkeypatch.setattr(threads_module, "same_story",
                        lambda a, b, common=frozenset(): calls.append(1) or real(a, b, common))
    threads_module.story_threads(store)
    assert calls == []  # nothing new: the cached groups
    reimposed = replace(STORY[3], id="s5" * 8, published="2025-07-01",
                        title="Ruritania reimposes steel tariff", sentences=[
                            "Ruritania reimposed its steel tariff on Freedonia.",
                            "Anna Keller blamed Freedonia's subsidies."],
                        measures=[M("tariff", "impose", "Ruritania", ["Freedonia"],
                                    "Ruritania reimposed its steel tariff on Freedonia.")])
    store.add_article(reimposed.article())
    (thread,) = threads_module.story_threads(store)
    assert thread.article_ids[-1] == "s5" * 8
    assert thread.steps[-1].changed == ["tariff (Ruritania -> Freedonia): lift -> impose"]
    assert 0 < len(calls) <= 5  # the new article against its candidates only


def test_the_thread_commands(store, capsys):
    os.environ["NEWSDESK_STORE"] = str(store.path)
    code, out, _ = run_cli(capsys, "threads")
    assert code == 0 and "4 articles · 2025-01-10 → 2025-06-01" in out
    code, out, _ = run_cli(capsys, "threads", "--json")
    assert json.loads(out)[0]["articles"] == [s.id for s in STORY]
    code, out, _ = run_cli(capsys, "thread", "s2s2")
    assert code == 0 and "deadline moved: 2025-03-01 -> 2025-04-15: Ruritania's steel" \
        " tariff on Freedonia takes effect" in out and "←" in out
    code, out, _ = run_cli(capsys, "thread", "u1u1")
    assert code == 0 and "story of its own" in out


# -- the watchlist -------------------------------------------------------------------------


def test_watch_items_parse_as_the_reader_means_them():
    from newsdesk.app.watch import BadWatchItem, WatchItem, parse_item

    known = {"Anna Keller", "Ruritania"}
    assert parse_item("tariff", known) == WatchItem("type", "tariff")
    assert parse_item("anna keller", known) == WatchItem("actor", "Anna Keller")
    assert parse_item("steel quota", known) == WatchItem("phrase", "steel quota")
    assert parse_item("actor:Atlantis", known) == WatchItem("actor", "Atlantis")
    assert parse_item("Phrase: art museum", known) == WatchItem("phrase", "art museum")
    with pytest.raises(BadWatchItem):
        parse_item("type:tarif", known)
    with pytest.raises(BadWatchItem):
        parse_item("phrase:  ", known)


def test_watch_matches_arrivals_and_nearing_deadlines(store):
    import datetime as dt

    from story import FREEDONIA, KELLER, RURITANIA, D, M, Story

    from newsdesk.app.watch import (
        WatchItem,
        add_item,
        matched_ids,
        matches,
        nearing,
        remove_item,
        watch_items,
        watched_arrivals,
    )

    assert add_item(store, WatchItem("actor", "Freedonia"))
    assert not add_item(store, WatchItem("actor", "freedonia"))  # watched already
    add_item(store, WatchItem("phrase", "art museum"))
    add_item(store, WatchItem("type", "sanction"))
    assert matches(store, "u1" * 8, watch_items(store)) == [WatchItem("phrase", "art museum")]
    assert matches(store, "s3" * 8, watch_items(store)) == [WatchItem("actor", "Freedonia")]
    soon = Story("n1" * 8, "Ruritania sets sanctions deadline", "2025-09-10", [
        "Ruritania will impose sanctions on Freedonia on 15 September.",
        "Anna Keller said talks would end on 19 September."],
        [RURITANIA, FREEDONIA, KELLER],
        [M("sanction", "threaten", "Ruritania", ["Freedonia"],
           "Ruritania will impose sanctions on Freedonia on 15 September.")],
        [D("2025-09-15", "Ruritania's sanctions on Freedonia start", "15 September"),
         D("2025-09-19", "talks end", "19 September", None),
         D("2025-10-30", "review", "talks would end", None)])
    store.add_article(soon.article())
    arrived = watched_arrivals(store, ["n1" * 8])
    assert [(a, [i.label for i in items]) for a, _, items in arrived] == [
        ("n1" * 8, ["actor:Freedonia", "type:sanction"])]
    assert matched_ids(store) == ["n1" * 8]
    now = dt.datetime(2025, 9, 14, 9, tzinfo=dt.UTC)
    near = [(d.date, d.label, item.label, urgent) for d, item, urgent in nearing(store, now)]
    assert near == [
        ("2025-09-15", "Ruritania's sanctions on Freedonia start", "actor:Freedonia", True)]
    add_item(store, WatchItem("actor", "Anna Keller"))
    near = [(d.date, urgent) for d, _, urgent in nearing(store, now)]
    assert near == [("2025-09-15", True), ("2025-09-19", False)]
    assert remove_item(store, WatchItem("actor", "ANNA KELLER"))
    assert not remove_item(store, WatchItem("actor", "Anna Keller"))


def test_the_watch_commands_and_an_import_announcing_a_match(store, capsys, tmp_path):
    os.environ["NEWSDESK_STORE"] = str(store.path)
    code, out, _ = run_cli(capsys, "watch")
    assert code == 0 and "nothing watched" in out
    code, out, _ = run_cli(capsys, "watch", "add", "ruritania")
    assert out.strip() == "watching actor:Ruritania"
    code, out, _ = run_cli(capsys, "watch", "add", "phrase:steel quota")
    code, out, _ = run_cli(capsys, "watch", "list", "--json")
    assert [i["value"] for i in json.loads(out)["items"]] == ["Ruritania", "steel quota"]
    code, _, err = run_cli(capsys, "watch", "add", "type:embargo-ish")
    assert code == 2 and err.count("\n") == 1 and "measure type" in err
    incoming = tmp_path / "quota.txt"
    incoming.write_text("Atlantis sets a steel quota\n\nAtlantis said on Monday it would cap"
                        " imports of steel from Freedonia with a quota from 1 October.\n",
                        encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(incoming))
    assert code == 0 and "imported 1" in out
    assert "watched: Atlantis sets a steel quota" in err and "phrase:steel quota" in err
    code, out, _ = run_cli(capsys, "watch", "remove", "phrase:steel quota")
    assert code == 0 and "no longer watching" in out
    code, _, err = run_cli(capsys, "watch", "remove", "phrase:steel quota")
    assert code == 2 and "not watched" in err


def test_a_cold_facts_cache_reports_its_progress(store, monkeypatch):
    import newsdesk.app.facts as facts_module

    monkeypatch.setattr(facts_module, "PROGRESS_FROM", 2)
    heard: list[tuple[int, int]] = []
    token = facts_module.PROGRESS.set(lambda done, total: heard.append((done, total)))
    try:
        corpus_facts(store)
    finally:
        facts_module.PROGRESS.reset(token)
    assert heard == [(5, 5)]  # every 100, and at the end
    heard.clear()
    corpus_facts(store)
    assert heard == []  # warm: nothing to report


def test_the_deadline_table_is_what_every_article_gives(store, tmp_path):
    """`deadlines` from the facts cache lists exactly what reading the articles does:
    corrections applied, filters by actor and tag, URLs and evidence whole."""
    from dataclasses import replace

    from support import fixture_article

    from newsdesk.app.facts import deadline_table
    from newsdesk.app.views import load_deadlines

    store.add_article(replace(fixture_article(), url="https://example.org/chile"))
    store.add_correction(new_correction(
        "a1" * 8, "edit", {"kind": "deadline", "date": "2025-09-20",
                           "text": "September 20", "start": fixture_article().text.index(
                               "September 20")}, {"date": "2025-09-22"}, NOW))
    store.add_annotation(new_annotation(STORY[1].article(), 0, 9, "x", ["followup"], [], NOW))
    for kwargs in ({}, {"actor": "Freedonia"}, {"actor": "Canada"}, {"tag": "followup"},
                   {"actor": "Atlantis"}):
        assert deadline_table(store, **kwargs) == load_deadlines(store, **kwargs), kwargs
    assert [e.date for e in deadline_table(store) if e.article_id == "a1" * 8][:1] == [
        "2025-09-01"]
    assert any(e.date == "2025-09-22" for e in deadline_table(store))


def test_a_cold_build_without_actors_writes_the_files_one_with_actors_writes(store):
    # Without actors, each article made keeps them only as the line the file holds: the
    # same files, and no actors in what it gives, as before.
    cache = store.path / "cache"
    files = ("facts-timeline.json", "facts-actors.json")
    with_actors = corpus_facts(store, actors=True)
    written = [(cache / name).read_bytes() for name in files]
    for name in files:
        (cache / name).unlink()
    without = corpus_facts(store)
    assert [(cache / name).read_bytes() for name in files] == written
    assert all(f.actors is None and f.actor_rows is None for f in without)
    assert [(f.id, f.measures, f.deadlines) for f in without] == \
        [(f.id, f.measures, f.deadlines) for f in with_actors]


@pytest.mark.parametrize("articles", [
    {}, {"a": ["1:", ["T", None, None, [], [], None, None]]},
    {"\u00e9\u4e2d": ["k", "x\ty\n"], "b": ["k", "lone \ud800 surrogate"]},
    {f"{n:012x}": ["key", "name\tkind\t\t\t1\n" * 40] for n in range(3000)}])
def test_a_cache_file_written_in_parts_is_the_file_written_whole(articles):
    from newsdesk.app.facts import FORMAT, VERSION, _encoded
    from newsdesk.store.atomic import encode_json

    assert b"".join(_encoded(articles.items())) == encode_json(
        {"format": FORMAT, "version": VERSION, "articles": articles})
