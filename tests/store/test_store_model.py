"""Any sequence of store operations leaves the store equal to a plain in-memory model.

A hypothesis state machine applies the same operations (add, update, remove articles; add,
update, delete annotations; add, delete corrections; set settings; close and reopen) to a
`Store` and to dicts. After every step the open store must report exactly the model, and
after every reopen (and at the end) so must a store read afresh from disk.

Text is arbitrary Unicode, lone surrogates included. JSON text cannot hold a lone surrogate
(it is not a character), so the store's documented rule is that each one is stored as
U+FFFD: one code point for one, so annotation offsets stay valid. The model applies that
rule; ids are refused (ValueError) if they hold one, since an id must come back unchanged.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from newsdesk.analysis.model import (
    Actor,
    Deadline,
    Findings,
    Measure,
    Mention,
    Sentence,
    TimeExpr,
)
from newsdesk.store.db import ARTICLES_FILE, NOTES_FILE, ArticleSummary, Store
from newsdesk.store.errors import DuplicateRecord, UnknownArticle, UnknownRecord
from newsdesk.store.records import Annotation, Article, Correction

_SURROGATE = re.compile("[\ud800-\udfff]")


def stored(value: Any) -> Any:
    """`value` as the store gives it back: lone surrogates become U+FFFD, tuples lists."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list | tuple):
        return [stored(v) for v in value]
    if isinstance(value, dict):
        return {stored(k): stored(v) for k, v in value.items()}
    return value


# -- strategies ------------------------------------------------------------------------------

# Any code point, plus the awkward ones a plain text strategy rarely or never draws.
CHARS = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.sampled_from(["\ud800", "\udcff", "\udfff", "\ud83d", "\ude00", "\x00", "\n", "\r",
                     "\u2028", "\ufeff", "\U0001f600", '"', "\\", "é", "e\u0301"]),
)
TEXT = st.lists(CHARS, max_size=12).map("".join)
KEY = st.text("abcxyz_-.é", min_size=1, max_size=4)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEY, inner, max_size=3),
    max_leaves=6,
)
SMALL = st.integers(0, 500)
FINDINGS = st.builds(
    Findings,
    sentences=st.lists(st.builds(Sentence, SMALL, SMALL), max_size=2),
    actors=st.lists(st.builds(Actor, TEXT, st.sampled_from(["person", "country"]),
                              st.none() | TEXT, st.none() | TEXT,
                              st.lists(st.builds(Mention, SMALL, SMALL, TEXT), max_size=2),
                              st.lists(TEXT, max_size=1), st.none() | TEXT), max_size=2),
    times=st.lists(st.builds(TimeExpr, SMALL, SMALL, TEXT, st.just("DATE"), TEXT), max_size=1),
    measures=st.lists(st.builds(Measure, st.just("tariff"), st.just("impose"), st.none() | TEXT,
                                st.lists(TEXT, max_size=2), st.none() | TEXT, SMALL, SMALL,
                                TEXT), max_size=1),
    deadlines=st.lists(st.builds(Deadline, TEXT, TEXT, SMALL, SMALL, TEXT,
                                 st.none() | SMALL), max_size=1),
)
ARTICLE_IDS = st.sampled_from(["a1", "a2", "a3", "a4", "a5", "b0b0", "é-id"])
NOTE_IDS = st.sampled_from(["n1", "n2", "n3", "n4"])
CORRECTION_IDS = st.sampled_from(["c1", "c2", "c3"])
SETTING_KEYS = st.sampled_from(["theme", "layout", "k", "é"])


@st.composite
def articles(draw, article_id=ARTICLE_IDS) -> Article:
    return Article(
        id=draw(article_id), title=draw(TEXT), text=draw(TEXT),
        source=draw(st.none() | TEXT), url=draw(st.none() | TEXT),
        published=draw(st.none() | st.sampled_from(["2025-09-01", "2025-02-28"])),
        imported_at=draw(st.sampled_from(["", "2025-09-14T09:00:00+00:00"])),
        findings=draw(st.none() | FINDINGS),
        findings_version=draw(st.none() | st.sampled_from(["1", "2"])),
    )


@st.composite
def annotations(draw, article_id) -> Annotation:
    start = draw(st.integers(0, 50))
    return Annotation(
        id=draw(NOTE_IDS), article_id=article_id, start=start,
        end=start + draw(st.integers(0, 20)), quote=draw(TEXT), prefix=draw(TEXT),
        suffix=draw(TEXT), note=draw(TEXT), tags=draw(st.lists(TEXT, max_size=2)),
        links=draw(st.lists(TEXT, max_size=2)),
        created=draw(st.sampled_from(["", "2025-09-14T09:00:00Z"])), updated=draw(TEXT),
    )


def record(value: Article | Annotation | Correction):
    """The record as the store hands it back."""
    return type(value).from_dict(stored(value.to_dict()))


class StoreModel(RuleBasedStateMachine):
    """The store and the model, side by side."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="newsdesk-model-"))
        self.folder = self.tmp / "store"
        self.store = Store.open(self.folder)
        self.articles: dict[str, Article] = {}  # in the order added
        self.notes: dict[str, Annotation] = {}
        self.corrections: dict[str, Correction] = {}  # in the order added
        self.settings: dict[str, Any] = {}

    @initialize()
    def start_empty(self) -> None:
        assert self.store.created

    def teardown(self) -> None:
        try:
            if not self.store.readonly:
                self.reopen()
        finally:
            self.store.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- articles ------------------------------------------------------------------------

    @rule(batch=st.lists(articles(), min_size=1, max_size=3))
    def add_articles(self, batch: list[Article]) -> None:
        fresh: dict[str, Article] = {}
        for a in batch:
            if a.id not in self.articles and a.id not in fresh:
                fresh[a.id] = record(a)
        added, skipped = self.store.add_articles(batch)
        assert (added, skipped) == (len(fresh), len(batch) - len(fresh))
        self.articles.update(fresh)

    @rule(new=articles())
    def update_article(self, new: Article) -> None:
        if new.id not in self.articles:
            with pytest.raises(UnknownArticle):
                self.store.update_article(new)
            return
        self.store.update_article(new)
        self.articles[new.id] = record(new)  # keeps its place in the order

    @rule(article_id=ARTICLE_IDS)
    def remove_article(self, article_id: str) -> None:
        if article_id not in self.articles:
            with pytest.raises(UnknownArticle):
                self.store.remove_article(article_id)
            return
        self.store.remove_article(article_id)
        del self.articles[article_id]
        self.notes = {k: v for k, v in self.notes.items() if v.article_id != article_id}
        self.corrections = {k: v for k, v in self.corrections.items()
                            if v.article_id != article_id}

    # -- annotations ---------------------------------------------------------------------

    @rule(data=st.data(), article_id=ARTICLE_IDS)
    def add_annotation(self, data: st.DataObject, article_id: str) -> None:
        a = data.draw(annotations(article_id))
        if article_id not in self.articles:
            expected: type[Exception] | None = UnknownArticle
        elif a.id in self.notes:
            expected = DuplicateRecord
        else:
            expected = None
        if expected is not None:
            with pytest.raises(expected):
                self.store.add_annotation(a)
            return
        self.store.add_annotation(a)
        self.notes[a.id] = record(a)

    @rule(data=st.data(), article_id=ARTICLE_IDS)
    def update_annotation(self, data: st.DataObject, article_id: str) -> None:
        a = data.draw(annotations(article_id))
        if a.id not in self.notes or article_id not in self.articles:
            with pytest.raises(UnknownRecord):  # UnknownArticle is an UnknownRecord
                self.store.update_annotation(a)
            return
        self.store.update_annotation(a)
        self.notes[a.id] = record(a)

    @rule(note_id=NOTE_IDS)
    def delete_annotation(self, note_id: str) -> None:
        if note_id not in self.notes:
            with pytest.raises(UnknownRecord):
                self.store.delete_annotation(note_id)
            return
        self.store.delete_annotation(note_id)
        del self.notes[note_id]

    # -- corrections and settings --------------------------------------------------------

    @rule(correction_id=CORRECTION_IDS, article_id=st.none() | ARTICLE_IDS,
          kind=st.sampled_from(["reject", "edit", "merge", "add"]),
          aim=st.dictionaries(KEY, JSON, max_size=2),
          changes=st.dictionaries(KEY, JSON, max_size=2), created=TEXT)
    def add_correction(self, correction_id, article_id, kind, aim, changes, created) -> None:
        c = Correction(correction_id, article_id, kind, aim, changes, created)
        if article_id is not None and article_id not in self.articles:
            with pytest.raises(UnknownArticle):
                self.store.add_correction(c)
            return
        if correction_id in self.corrections:
            with pytest.raises(DuplicateRecord):
                self.store.add_correction(c)
            return
        self.store.add_correction(c)
        self.corrections[correction_id] = record(c)

    @rule(correction_id=CORRECTION_IDS)
    def delete_correction(self, correction_id: str) -> None:
        if correction_id not in self.corrections:
            with pytest.raises(UnknownRecord):
                self.store.delete_correction(correction_id)
            return
        self.store.delete_correction(correction_id)
        del self.corrections[correction_id]

    @rule(key=SETTING_KEYS, value=JSON)
    def set_setting(self, key: str, value: Any) -> None:
        self.store.set_setting(key, value)
        self.settings[key] = stored(value)

    @rule(bad=st.sampled_from(["\ud800", "a\udcffb"]))
    def an_id_with_a_surrogate_is_refused(self, bad: str) -> None:
        with pytest.raises(ValueError, match="surrogate"):
            self.store.add_article(Article(id=bad, title="t", text="x"))
        with pytest.raises(ValueError, match="surrogate"):
            self.store.set_setting(bad, 1)

    # -- reopening -----------------------------------------------------------------------

    @rule()
    def reopen(self) -> None:
        self.store.close()
        with Store.open(self.folder, readonly=True) as reader:
            self.check(reader)
        self.store = Store.open(self.folder)
        assert not self.store.created
        self.check(self.store)

    @precondition(lambda self: len(self.articles) > 0)
    @rule()
    def files_parse_as_plain_json_lines(self) -> None:
        for name in (ARTICLES_FILE, NOTES_FILE):
            path = self.folder / name
            if path.exists():
                for line in path.read_bytes().split(b"\n")[:-1]:
                    json.loads(line.decode("utf-8"))  # strict UTF-8: no smuggled surrogates

    # -- the check -----------------------------------------------------------------------

    @invariant()
    def store_equals_model(self) -> None:
        self.check(self.store)

    def check(self, s: Store) -> None:
        assert s.list_articles() == [
            ArticleSummary(a.id, a.title, a.published, a.words, a.imported_at, a.source, a.origin)
            for a in self.articles.values()]
        assert s.article_count() == len(self.articles)
        assert list(s.iter_articles()) == list(self.articles.values())
        for article_id, a in self.articles.items():
            assert s.has_article(article_id)
            assert s.get_article(article_id) == a
        assert s.annotations() == sorted(
            self.notes.values(), key=lambda a: (a.article_id, a.start, a.end, a.created, a.id))
        for note_id, a in self.notes.items():
            assert s.get_annotation(note_id) == a
        for article_id in self.articles:
            assert s.annotations(article_id) == [a for a in s.annotations()
                                                 if a.article_id == article_id]
            assert s.corrections(article_id) == [c for c in self.corrections.values()
                                                 if c.article_id in (article_id, None)]
        assert s.corrections() == list(self.corrections.values())
        assert s.settings() == self.settings
        for key, value in self.settings.items():
            assert s.get_setting(key) == value


StoreModel.TestCase.settings = settings(
    max_examples=150, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_store_equals_the_model = StoreModel.TestCase
