"""SIGKILL a process writing to the store at random moments: every acknowledged write survives.

The child (tests/store_crash_child.py, forked by crashkit's fork server) announces each write
before starting it and after the store acknowledged it. After each kill the store must open,
parse throughout, and equal the acknowledged history, plus, at most, the one write that was in
flight (old or new state, nothing torn, nothing half-applied, nothing invented).
tests/test_crash_ops.py does the same for import, notes, re-analysis and export. Two children
writing to one store at once, each killed at its own moment, lose nothing either.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from crashkit import ForkServer, LineReader, Outcome, Plan, parse, read_store, run_and_kill

from newsdesk.store.folder import ARTICLES_RECENT_FILE

CHILD = Path(__file__).with_name("store_crash_child.py")
KILLS = 200


@pytest.fixture(scope="module", params=["whole-file", "overlay", "index-overlay"])
def server(request, tmp_path_factory) -> Iterator[ForkServer]:
    """Children whose notes' commits rewrite the notes file, or (as a large notes file's
    do) go to its overlay, folded back now and then (store/overlay.py); with
    "index-overlay", the articles' commits go to the index's overlay as well
    (store/index_overlay.py), and a quarter of the writes add, change or remove articles."""
    folder = tmp_path_factory.mktemp("fork-server")
    env = {**os.environ, "NEWSDESK_STORE": str(folder / "no-store"),
           "CRASH_NOTES_OVERLAY": "0" if request.param == "whole-file" else "1",
           "CRASH_INDEX_OVERLAY": "1" if request.param == "index-overlay" else "0"}
    with ForkServer(CHILD, folder / "stderr.txt", env) as s:
        yield s


@dataclass(frozen=True)
class Model:
    """What the store should hold: titles, (article, note) pairs, correction targets, settings."""

    articles: dict[str, str] = field(default_factory=dict)
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)
    corrections: dict[str, str | None] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)

    def outcomes(self, op: dict) -> list[Model]:
        """The states the store may be in after `op` was started: done, or (remove) half done."""
        articles, notes = dict(self.articles), dict(self.notes)
        corrections, settings = dict(self.corrections), dict(self.settings)
        kind = op["op"]
        if kind == "remove_article":
            # Two commits: notes first, then the article. A kill between leaves the middle.
            notes = {k: v for k, v in notes.items() if v[0] != op["id"]}
            corrections = {k: v for k, v in corrections.items() if v != op["id"]}
            middle = Model(dict(articles), notes, corrections, settings)
            del articles[op["id"]]
            return [Model(articles, notes, corrections, settings), middle]
        if kind in ("add_article", "update_article"):
            articles[op["id"]] = op["title"]
        elif kind == "add_articles":
            articles.update(zip(op["ids"], op["titles"], strict=True))
        elif kind == "add_note":
            notes[op["id"]] = (op["article_id"], op["note"])
        elif kind == "update_note":
            notes[op["id"]] = (notes[op["id"]][0], op["note"])
        elif kind == "delete_note":
            del notes[op["id"]]
        elif kind == "add_correction":
            corrections[op["id"]] = op["article_id"]
        else:
            settings[op["key"]] = op["value"]
        return [Model(articles, notes, corrections, settings)]

    def after(self, op: dict) -> Model:
        return self.outcomes(op)[0]


ARTICLE_OPS = ("add_article", "add_articles", "update_article", "remove_article")


def index_overlay_on(server: ForkServer) -> bool:
    return (server.env or {}).get("CRASH_INDEX_OVERLAY") == "1"


def read_model(folder: Path) -> Model:
    """Open the store for writing (so a dead child's lock must be gone) and read everything."""
    snap = read_store(folder)
    return Model({a.id: a.title for a in snap.articles.values()},
                 {a["id"]: (a["article_id"], a["note"]) for a in snap.annotations.values()},
                 {c["id"]: c["article_id"] for c in snap.corrections.values()}, snap.settings)


@pytest.mark.slow
def test_sigkill_at_random_moments_keeps_every_acknowledged_write(server, tmp_path):
    folder = tmp_path / "store"
    rnd = random.Random(20250914)
    model = Model()
    acked_total = in_flight_kills = article_kills = overlay_seen = 0
    for kill in range(KILLS):
        # Mostly kill while writing; now and then while still opening the store, or at
        # once after an acknowledgement.
        plan = Plan.choose(rnd, 0.1, early=0.1, after_ack=0.1, in_write=0.1,
                           early_delay=0.01)
        outcome = run_and_kill(server, [folder, rnd.getrandbits(32)], plan)
        acked, in_flight = outcome.acked, outcome.in_flight
        for op in acked:
            model = model.after(op)
        acked_total += len(acked)
        observed = read_model(folder)
        allowed = [model] + (model.outcomes(in_flight) if in_flight else [])
        assert observed in allowed, (
            f"kill {kill}: the store does not match the acknowledged writes"
            f" (in flight: {in_flight}); missing notes:"
            f" {set(model.notes) - set(observed.notes)}, extra notes:"
            f" {set(observed.notes) - set(model.notes)}, articles {len(model.articles)} vs"
            f" {len(observed.articles)}")
        model = observed
        in_flight_kills += in_flight is not None
        article_kills += in_flight is not None and in_flight["op"] in ARTICLE_OPS
        overlay_seen += (folder / ARTICLES_RECENT_FILE).exists()
    # The test means something only if writes were acknowledged and kills hit commits.
    print(f"{KILLS} kills, {acked_total} acknowledged writes, {in_flight_kills} kills mid-write"
          f" ({article_kills} in an article's write); the articles' overlay there after"
          f" {overlay_seen} kills")
    assert acked_total >= KILLS, acked_total
    assert in_flight_kills > KILLS // 3, in_flight_kills
    if index_overlay_on(server):  # its commits and folds were cut short
        assert article_kills > KILLS // 10 and overlay_seen >= 5, (article_kills,
                                                                           overlay_seen)
    # (Removing an article removes its notes: fewer stay where articles come and go more.)
    assert len(model.articles) > 10 and len(model.notes) > (
        20 if index_overlay_on(server) else 50)


@pytest.mark.slow
def test_sigkill_while_a_store_is_being_made_leaves_a_folder_that_opens(server, tmp_path):
    rnd = random.Random(7)
    for attempt in range(20):
        folder = tmp_path / f"new-{attempt}"
        plan = Plan("early", rnd.uniform(0.0, 0.015))
        outcome = run_and_kill(server, [folder, rnd.getrandbits(32)], plan)
        acked, in_flight = outcome.acked, outcome.in_flight
        observed = read_model(folder)
        expected = Model()
        for op in acked:
            expected = expected.after(op)
        assert observed in [expected] + (expected.outcomes(in_flight) if in_flight else [])


# -- two processes writing at once ---------------------------------------------------------

TWO_WRITER_ROUNDS = 260  # two kills a round: 520 kills
# A fresh store every so many rounds: in a store that has grown for long, nearly every
# article's commit folds the index's overlay back (its header outgrows the overlay's limit,
# or the segments reach theirs), so kills would then hardly ever find the overlay there.
ROUNDS_PER_STORE = 20


def owned(model: Model, owner: str) -> Model:
    """The part of `model` that one child wrote: its records' ids and keys start with `owner`."""
    return Model({k: v for k, v in model.articles.items() if k.startswith(owner)},
                 {k: v for k, v in model.notes.items() if k.startswith(owner)},
                 {k: v for k, v in model.corrections.items() if k.startswith(owner)},
                 {k: v for k, v in model.settings.items() if k.startswith(owner)})


def run_two_and_kill(server: ForkServer, folder: Path, rnd: random.Random) -> dict[str, Outcome]:
    """Fork two children writing to one store at once; SIGKILL each at its own moment."""
    children = {}
    for owner in "ab":
        pid, fd = server.spawn([folder, rnd.getrandbits(32), owner])
        children[owner] = (pid, LineReader(fd))
    # Each dies at its own time: mostly while both are writing, now and then while one is
    # still opening the store or waiting for the other's commit.
    deadlines = sorted((rnd.uniform(0.0, 0.02) if rnd.random() < 0.1 else
                        rnd.uniform(0.06, 0.3), owner) for owner in children)
    start = time.monotonic()
    outcomes = {}
    for at, owner in deadlines:
        pid, reader = children[owner]
        while time.monotonic() - start < at:
            for name, (_, other) in children.items():
                if name not in outcomes:
                    other._fill(0.002)  # keep the pipes drained so nobody blocks on a write
        os.kill(pid, signal.SIGKILL)
        status = server.reap(pid)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"child {owner} died on its own (wait status {status}):\n{server.stderr()}")
        outcomes[owner] = parse(reader.finish())
    return outcomes


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing_through_kills(server, tmp_path):
    rnd = random.Random(20261202)
    acked = {"a": 0, "b": 0}
    in_flight_kills = both_wrote = article_kills = overlay_seen = 0
    most_notes = {"a": 0, "b": 0}  # the most notes each child's records held in a store
    for round_ in range(TWO_WRITER_ROUNDS):
        if round_ % ROUNDS_PER_STORE == 0:
            folder = tmp_path / f"store-{round_ // ROUNDS_PER_STORE}"
            models = {"a": Model(), "b": Model()}
        outcomes = run_two_and_kill(server, folder, rnd)
        observed = read_model(folder)
        for owner, outcome in outcomes.items():
            model = models[owner]
            for op in outcome.acked:
                model = model.after(op)
            allowed = [model] + (model.outcomes(outcome.in_flight) if outcome.in_flight
                                 else [])
            mine = owned(observed, owner)
            assert mine in allowed, (
                f"round {round_}, child {owner}: the store does not match its acknowledged"
                f" writes (in flight: {outcome.in_flight}); missing notes:"
                f" {set(model.notes) - set(mine.notes)}, extra notes:"
                f" {set(mine.notes) - set(model.notes)}")
            models[owner] = mine
            most_notes[owner] = max(most_notes[owner], len(mine.notes))
            acked[owner] += len(outcome.acked)
            in_flight_kills += outcome.in_flight is not None
            article_kills += (outcome.in_flight is not None
                              and outcome.in_flight["op"] in ARTICLE_OPS)
        both_wrote += all(outcome.acked for outcome in outcomes.values())
        overlay_seen += (folder / ARTICLES_RECENT_FILE).exists()
    kills = 2 * TWO_WRITER_ROUNDS
    print(f"{kills} kills, acknowledged writes {acked}, {in_flight_kills} kills mid-write"
          f" ({article_kills} in an article's write), {both_wrote} rounds in which both"
          f" children's writes landed; the articles' overlay there after {overlay_seen}"
          " rounds")
    if index_overlay_on(server):
        assert article_kills > kills // 10 and overlay_seen >= TWO_WRITER_ROUNDS // 10, (
            article_kills, overlay_seen)
    # Meaningful only if both wrote, often in the same round, and kills hit commits.
    assert min(acked.values()) >= TWO_WRITER_ROUNDS, acked
    assert both_wrote > TWO_WRITER_ROUNDS // 4, both_wrote
    assert in_flight_kills > kills // 4, in_flight_kills
    assert all(count > 20 for count in most_notes.values()), most_notes
