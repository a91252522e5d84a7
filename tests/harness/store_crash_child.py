"""Crash-test child: commits writes to a store in a loop until it is killed.

Usage: python tests/store_crash_child.py STOREDIR SEED [OWNER]   (or --serve FD: crashkit.py)

With CRASH_NOTES_OVERLAY=1 in the environment, the notes' commits go through their overlay
(store/overlay.py) from the first note on, and folds happen every few dozen writes. With
CRASH_INDEX_OVERLAY=1, the articles' commits go through the index's overlay
(store/index_overlay.py) likewise, and a quarter of the writes add, change or remove
articles.

With OWNER (one hex digit), the child writes only records of its own (ids and setting keys
starting with OWNER), so that several children can write to one store at once and each
one's acknowledged writes can be checked on their own.

Prints "ready" once the store is open, then for every write a line "begin <JSON op>"
before it starts and "ok" once the store has acknowledged it (the method returned).
Every line is written at once (crashkit.Channel), so the parent knows exactly which writes
were acknowledged and which one, at most, was in flight when the SIGKILL came.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from pathlib import Path

import crashkit  # noqa: E402 - after the path set-up above

from newsdesk.analysis.model import Actor, Findings
from newsdesk.store import segments, storage
from newsdesk.store.db import Store  # noqa: E402
from newsdesk.store.records import Annotation, Article, Correction  # noqa: E402

if os.environ.get("CRASH_NOTES_OVERLAY") == "1":
    # Every notes file counts as large (its commits go to the overlay, notes-recent.jsonl)
    # and the overlay is folded back every few dozen writes: both paths get killed.
    storage.OVERLAY_FROM, storage.OVERLAY_MAX = 0, 4_096
INDEX_OVERLAY = os.environ.get("CRASH_INDEX_OVERLAY") == "1"
if INDEX_OVERLAY:
    # Every articles index counts as large (its commits go to articles-recent.jsonl), folded
    # back every few dozen articles' writes.
    # (Its header lists every segment: some 2 KB of the 8 with 64 segments.)
    storage.INDEX_OVERLAY_FROM, storage.INDEX_OVERLAY_MAX = 0, 8_192
    # Room for more segments than usual: at the limit every add merges one away, and a
    # merge folds the overlay; here the small commits of two writers would reach it soon.
    segments.MAX_SEGMENTS = 64


def next_op(rnd: random.Random, articles: list[str], notes: list[str], owner: str = "") -> dict:
    roll = rnd.random()
    new_id = owner + uuid.UUID(int=rnd.getrandbits(128)).hex[len(owner):]
    if INDEX_OVERLAY and articles and roll < 0.25:
        roll = rnd.random()
        if roll < 0.4:  # a few at once, so that a segment holds more than one
            ids = [new_id] + [owner + uuid.UUID(int=rnd.getrandbits(128)).hex[len(owner):]
                              for _ in range(rnd.randrange(4))]
            return {"op": "add_articles", "ids": ids,
                    "titles": [f"Article {i[:6]}" for i in ids]}
        if roll < 0.7 and len(articles) > 3:
            return {"op": "remove_article", "id": rnd.choice(articles)}
        return {"op": "update_article", "id": rnd.choice(articles),
                "title": f"Retitled {rnd.randrange(10**6)}"}
    if roll < 0.06 or not articles:
        return {"op": "add_article", "id": new_id, "title": f"Article {new_id[:6]}"}
    if roll < 0.08 and len(articles) > 3:
        return {"op": "remove_article", "id": rnd.choice(articles)}
    if roll < 0.45:
        return {"op": "add_note", "id": new_id, "article_id": rnd.choice(articles),
                "note": f"note {rnd.random()}"}
    if roll < 0.55 and notes:
        return {"op": "update_note", "id": rnd.choice(notes), "note": f"edited {rnd.random()}"}
    if roll < 0.68 and notes:
        return {"op": "delete_note", "id": rnd.choice(notes)}
    if roll < 0.74:
        return {"op": "add_correction", "id": new_id,
                "article_id": rnd.choice([None, rnd.choice(articles)])}
    return {"op": "set_setting",
            "key": owner + rnd.choice(["counter", "theme", f"k{rnd.randrange(50)}"]),
            "value": rnd.randrange(10**6)}


def apply(store: Store, op: dict, articles: list[str], notes: list[str],
          owner: str = "") -> None:
    kind = op["op"]
    if kind == "add_article":
        text = f"{op['title']} reports that tariffs rose. " * 8
        findings = Findings(actors=[Actor("United States", "country")])
        store.add_article(Article(id=op["id"], title=op["title"], text=text, findings=findings))
        articles.append(op["id"])
    elif kind == "add_articles":
        findings = Findings(actors=[Actor("United States", "country")])
        store.add_articles([
            Article(id=i, title=t, text=f"{t} reports that tariffs rose. " * 8,
                    findings=findings)
            for i, t in zip(op["ids"], op["titles"], strict=True)])
        articles.extend(op["ids"])
    elif kind == "update_article":
        text = f"{op['title']} reports that tariffs fell. " * 8
        store.update_article(Article(id=op["id"], title=op["title"], text=text,
                                     findings=Findings(actors=[Actor("China", "country")])))
    elif kind == "remove_article":
        store.remove_article(op["id"])
        articles.remove(op["id"])
        notes[:] = [a.id for a in store.annotations() if a.id.startswith(owner)]
    elif kind == "add_note":
        store.add_annotation(Annotation(id=op["id"], article_id=op["article_id"], start=0,
                                        end=5, quote="tarif", note=op["note"]))
        notes.append(op["id"])
    elif kind == "update_note":
        store.update_annotation(Annotation(**{**store.get_annotation(op["id"]).to_dict(),
                                              "note": op["note"]}))
    elif kind == "delete_note":
        store.delete_annotation(op["id"])
        notes.remove(op["id"])
    elif kind == "add_correction":
        store.add_correction(Correction(id=op["id"], article_id=op["article_id"], kind="reject"))
    else:
        store.set_setting(op["key"], op["value"])


def run(args: list[str], out: crashkit.Channel) -> None:
    folder, seed = Path(args[0]), int(args[1])
    owner = args[2] if len(args) > 2 else ""
    rnd = random.Random(seed)
    with Store.open(folder) as store:
        out.say("ready")
        articles = [s.id for s in store.list_articles() if s.id.startswith(owner)]
        notes = [a.id for a in store.annotations() if a.id.startswith(owner)]
        while True:
            op = next_op(rnd, articles, notes, owner)
            out.say("begin " + json.dumps(op))
            apply(store, op, articles, notes, owner)
            out.say("ok")


if __name__ == "__main__":
    crashkit.main(run)
