"""A stored document's shape checked once per layout (store/shapes.py): the answer is the
one the field-by-field check gives, for every document, however often its layout comes."""

from __future__ import annotations

import itertools
from types import MappingProxyType

import pytest
from support import numbered_article as article

from newsdesk.store import shapes
from newsdesk.store.records import Annotation, Article, Correction
from newsdesk.store.shapes import as_doc, shape_problem

_MISSING = object()
# A value of each JSON type, and a str and a dict subclass (not what JSON gives).
_VALUES = [_MISSING, "x", "", None, 0, 3, True, False, 1.5, [], ["x"], ["x", 1], [1], {},
           {"a": 1}]


class _Str(str):
    pass


class _Dict(dict):
    pass


def _base(cls: type) -> dict:
    if cls is Article:
        return as_doc(article(1))
    if cls is Annotation:
        return {"id": "n1", "article_id": "a1", "start": 0, "end": 4, "quote": "Ruiz",
                "prefix": "", "suffix": "", "note": "", "tags": [], "links": [],
                "created": "2025-09-01", "updated": "2025-09-01"}
    return {"id": "c1", "article_id": None, "kind": "reject", "target": {}, "changes": {},
            "created": "2025-09-01", "undone": ""}


def _variants(cls: type):
    """The record's document with each field (and one not its own) given each value, and
    with two fields changed at once."""
    base = _base(cls)
    fields = [*base, "extra"]
    for name, value in itertools.product(fields, _VALUES):
        doc = dict(base)
        if value is _MISSING:
            doc.pop(name, None)
        else:
            doc[name] = value
        yield doc
    for (a, b), (x, y) in itertools.product(itertools.combinations(fields[:6], 2),
                                            [("x", None), (None, 7), (True, [])]):
        yield {**base, a: x, b: y}


@pytest.mark.parametrize("cls", [Article, Annotation, Correction])
def test_a_layout_checked_once_answers_as_a_check_of_each_field(cls):
    shapes._LAYOUTS.clear()
    for doc in _variants(cls):
        own = doc.get("id")
        for doc_id in (own, "another") if isinstance(own, str) else ("another",):
            expected = shapes._fields_problem(cls, doc, doc_id)
            for _ in range(2):  # the layout's first check, then its kept answer
                assert shape_problem(cls, doc, doc_id) == expected
                assert shape_problem(cls, MappingProxyType(doc), doc_id) == expected
    assert shape_problem(cls, _base(cls), _base(cls)["id"]) is None


def test_values_of_other_types_than_json_gives_are_checked_each_time():
    doc = as_doc(article(1))
    for odd in ({**doc, "title": _Str("T")}, {**doc, "findings": _Dict()},
                _Dict(doc), {**doc, "also_from": ["a", 2]}, {**doc, "also_from": ["a"]}):
        for _ in range(2):
            assert shape_problem(Article, odd, doc["id"]) == shapes._fields_problem(
                Article, odd, doc["id"])


def test_the_layouts_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(shapes, "_LAYOUTS", {})
    doc = as_doc(article(1))
    for n in range(shapes._MAX_LAYOUTS + 50):
        assert shape_problem(Article, {**doc, f"extra{n}": n}, doc["id"]) is None
    assert len(shapes._LAYOUTS) == shapes._MAX_LAYOUTS
