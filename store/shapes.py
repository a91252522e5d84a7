"""Records as stored documents: the shape each must have, and the conversions both ways.

A stored document that parses as JSON but is not the record it should be (a field missing
or of the wrong type, filed under another id) is damage, reported by `record_of` naming
the file. `document` and `as_doc` make a record a tinydb document; `check_id` refuses ids the
store could not give back unchanged; `may_hold_items` looks at a document's raw JSON
without parsing it. Kept apart from the Store class: this is what a document looks like,
not what the store does with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any, cast

from tinydb.table import Document

from .atomic import Raw, has_surrogate
from .records import Annotation, Article, Correction, RecordType
from .storage import AtomicJSONStorage

_STR, _INT, _OPT_STR = (str,), (int,), (str, type(None))
_STR_LIST, _DICT, _OPT_DICT = (list,), (dict,), (dict, type(None))
# Each record's fields and the JSON types they may hold; required ones have no default.
_SHAPES: dict[type[Article | Annotation | Correction],
              tuple[frozenset[str], dict[str, tuple[type, ...]]]] = {
    Article: (frozenset({"id", "title", "text"}), {
        "id": _STR, "title": _STR, "text": _STR, "source": _OPT_STR, "url": _OPT_STR,
        "published": _OPT_STR, "imported_at": _STR, "findings": _OPT_DICT,
        "findings_version": _OPT_STR, "origin": _OPT_STR, "also_from": _STR_LIST}),
    Annotation: (frozenset({"id", "article_id", "start", "end", "quote"}), {
        "id": _STR, "article_id": _STR, "start": _INT, "end": _INT, "quote": _STR,
        "prefix": _STR, "suffix": _STR, "note": _STR, "tags": _STR_LIST, "links": _STR_LIST,
        "created": _STR, "updated": _STR}),
    Correction: (frozenset({"id", "article_id", "kind"}), {
        "id": _STR, "article_id": _OPT_STR, "kind": _STR, "target": _DICT, "changes": _DICT,
        "created": _STR, "undone": _STR}),
}


def record_of(cls: type[RecordType], doc: Document, storage: AtomicJSONStorage) -> RecordType:
    """The record a stored document holds; StoreCorrupt (naming the file) if it holds none.

    A document that parses as JSON but is not the record (a field missing or of the wrong
    type, or filed under another id) is damage too: reading on would fail later, less clearly.
    """
    problem = shape_problem(cls, doc, id_of(doc))
    if problem is not None:
        raise storage.mark_damaged(f"{cls.__name__.lower()} {doc.doc_id!r} {problem}")
    return cls.from_dict(doc)


def shape_problem(cls: type[RecordType], doc: Mapping[str, Any], doc_id: str) -> str | None:
    """What makes a parsed document filed under `doc_id` not a `cls` record (a field missing
    or of the wrong type, another id), None if nothing: what `record_of` refuses.

    A parsed document's fields are checked once per layout (its keys in order and the
    type of each value): a store's documents share a handful, and a cold read of 100,000
    articles checked each one field by field (1 s of 9)."""
    if isinstance(doc, dict):
        layout = (cls, tuple(doc), tuple(map(type, doc.values())))
        problem = _LAYOUTS.get(layout, _UNKNOWN)
        if problem is _UNKNOWN:
            problem = _layout_problem(cls, layout[1], layout[2])
            if len(_LAYOUTS) < _MAX_LAYOUTS:
                _LAYOUTS[layout] = problem
        if problem is not _UNCERTAIN:
            if problem is not None:
                return cast(str, problem)
            return None if doc["id"] == doc_id else _other_id(doc)
    return _fields_problem(cls, doc, doc_id)


# What `_fields_problem` says, but for the id, of a dict of each layout met (see above);
# _UNCERTAIN for a layout whose answer depends on more than its types: a list, whose items
# must be checked each time, or a type other than those JSON gives (a subclass's checks).
_LAYOUTS: dict[tuple[type, tuple[Any, ...], tuple[type, ...]], object] = {}
_MAX_LAYOUTS = 256  # past that many, the others are checked field by field every time
_UNKNOWN, _UNCERTAIN = object(), object()
_JSON_TYPES = frozenset({str, int, float, bool, type(None), dict})  # list: see above


def _layout_problem(cls: type[RecordType], keys: tuple[Any, ...],
                    types: tuple[type, ...]) -> object:
    if not _JSON_TYPES.issuperset(types) or not all(type(k) is str for k in keys):
        return _UNCERTAIN
    # Its answer for a document of these keys, each value of its type (an empty one).
    return _fields_problem(cls, dict(zip(keys, [t() for t in types], strict=True)), None)


def _other_id(doc: Mapping[str, Any]) -> str:
    return f"is filed under another id than its own ({doc['id']!r})"


def _fields_problem(cls: type[RecordType], doc: Mapping[str, Any],
                    doc_id: str | None) -> str | None:
    """`shape_problem`, field by field; with `doc_id` None, the id is not compared."""
    required, types = _SHAPES[cls]
    missing = sorted(required - doc.keys())
    if missing:
        return f"has no {missing[0]!r}"
    for name, allowed in types.items():
        value = doc.get(name)
        if name in doc and (not isinstance(value, allowed) or isinstance(value, bool)
                            or (allowed is _STR_LIST and isinstance(value, list)
                                and not all(isinstance(v, str) for v in value))):
            return f"has a {name!r} of the wrong type"
    if doc_id is not None and doc["id"] != doc_id:
        return _other_id(doc)
    return None


def id_of(doc: Document) -> str:
    """A document's id: a string in our tables (tinydb annotates it as an int)."""
    return cast(str, doc.doc_id)


def document(record: Article | Annotation | Correction, doc_id: str) -> Document:
    """The record as a tinydb document filed under its id (a string: see DocTable)."""
    return Document(as_doc(record), doc_id=cast(int, doc_id))


def as_doc(record: Article | Annotation | Correction) -> dict[str, Any]:
    """The record's fields as a document, sharing (not copying) nested values.

    Equal to `record.to_dict()`, without `asdict`'s deep copy, which costs more than all the
    rest of an import. Sharing is safe: a document is encoded to bytes within the commit of
    the call that made it and only the bytes are kept.
    """
    doc = {f.name: getattr(record, f.name) for f in fields(record)}
    if isinstance(record, Article):
        if record.findings is not None:
            doc["findings"] = record.findings.to_store()  # typed in memory, JSON on disk
        if not record.also_from:
            del doc["also_from"]  # as Article.to_dict: stored only when there are others
    return doc


def check_id(value: object, what: str) -> None:
    """Refuse (ValueError) an id the store could not file a record under and give back."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} needs an id that is a non-empty string, not {value!r}")
    if has_surrogate(value):
        # Text is stored with each lone surrogate as U+FFFD; an id must come back unchanged.
        raise ValueError(f"{what} needs an id without lone surrogates, not {value!r}")


_JSON_SPACE = rb"[ \t\r\n]*"
_ESCAPE = re.compile(rb"\\u")


def may_hold_items(key: str) -> Callable[[Raw], bool]:
    """A test of a stored document's JSON: False only if it holds no non-empty list `key`.

    Such a list shows as `"key"`, a colon, a bracket and an item, unless a `\\u` escape
    spells the key (a document with one passes): a document may pass needlessly, never fail
    wrongly.
    """
    may_hold = re.compile(b'"' + re.escape(key.encode()) + rb'"' + _JSON_SPACE + b":"
                          + _JSON_SPACE + rb"\[" + _JSON_SPACE + rb"[^\]\s]")

    def test(data: Raw) -> bool:
        return may_hold.search(data) is not None or _ESCAPE.search(data) is not None

    return test
