"""The store: one folder holding the articles, the reader's notes and settings.

A store folder holds::

    store.json      the format marker and schema version (plain JSON, for people to read)
    articles.jsonl  the articles, with a small index of them in the file's first line
    notes.jsonl     annotations, corrections and settings: small, rewritten on every note
    lock            flock()ed by the one process allowed to write

Notes live apart from the corpus, so committing a note never rewrites the articles. Both
data files are tinydb databases over `AtomicJSONStorage` (see storage.py for the file format
and how commits stay whole through crashes). `Store` is the only API the rest of the app
uses. The workstation's UI thread and its workers share one: each public method holds the
store's lock while it runs, and a walk over the articles takes it per article, so a walk
never keeps the UI waiting for the whole corpus.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from tinydb.table import Document

from .errors import (
    AmbiguousId,
    DuplicateRecord,
    SchemaTooNew,
    StoreCorrupt,
    StoreError,
    StoreIOError,
    StoreNeedsUpgrade,
    StoreNotFound,
    StoreReadOnly,
    UnknownArticle,
    UnknownRecord,
    os_error_advice,
)
from .records import Annotation, Article, Correction, RecordType
from .storage import (
    AtomicJSONStorage,
    DocTable,
    LazyDocs,
    StoreDB,
    encode_json,
    has_surrogate,
    is_temp_name,
    lock_folder,
    read_json_file,
    write_json_file,
)

STORE_FORMAT = "newsdesk-store"
SCHEMA_VERSION = 1

STORE_FILE = "store.json"
ARTICLES_FILE = "articles.jsonl"
NOTES_FILE = "notes.jsonl"
LOCK_FILE = "lock"
_OWN_FILES = (STORE_FILE, ARTICLES_FILE, NOTES_FILE)


@dataclass(frozen=True, slots=True)
class MigrationContext:
    """What a migration step gets: the raw tables of a store open for writing."""

    path: Path
    articles: DocTable
    annotations: DocTable
    corrections: DocTable
    settings: DocTable


Migration = Callable[[MigrationContext], None]

# Schema version -> the step that upgrades a store from it to the next version. A step must
# be idempotent: it may run again if newsdesk is stopped before the version is moved on.
MIGRATIONS: dict[int, Migration] = {}


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What a list of articles shows, kept in the articles file's header."""

    id: str
    title: str
    published: str | None
    words: int
    imported_at: str

    @classmethod
    def of(cls, article: Article) -> ArticleSummary:
        return cls(article.id, article.title, article.published, article.words,
                   article.imported_at)

    def to_row(self) -> list[Any]:
        return [self.id, self.title, self.published, self.words, self.imported_at]

    @classmethod
    def from_row(cls, row: Any) -> ArticleSummary:
        """Read a row written by `to_row`; ValueError if it is not one."""
        if not (isinstance(row, list) and len(row) == 5):
            raise ValueError("not a summary row")
        article_id, title, published, words, imported_at = row
        if not (isinstance(article_id, str) and isinstance(title, str)
                and isinstance(published, str | None) and isinstance(words, int)
                and isinstance(imported_at, str)):
            raise ValueError("not a summary row")
        return cls(article_id, title, published, words, imported_at)


Params = ParamSpec("Params")
Result = TypeVar("Result")


def serialized(
    method: Callable[Concatenate[Store, Params], Result],
) -> Callable[Concatenate[Store, Params], Result]:
    """Run the method holding the store's lock (threads share a store; see the docstring)."""
    @functools.wraps(method)
    def locked(self: Store, /, *args: Params.args, **kwargs: Params.kwargs) -> Result:
        with self.lock:
            return method(self, *args, **kwargs)

    return locked


class Store:
    """newsdesk's articles, annotations, corrections and settings, in one folder.

    Open with `Store.open`. Every method that changes something has committed the change
    durably when it returns; if the commit fails it raises a StoreError and neither the
    file nor what this object reports has changed.
    """

    def __init__(self, path: Path, *, readonly: bool, lock_fd: int | None) -> None:
        """Use `Store.open`."""
        self.path = path
        self.readonly = readonly
        self.created = False  # True when the folder held no store (a new, empty one)
        self.lock = threading.RLock()  # see `serialized`
        self._lock_fd = lock_fd
        self._closed = False
        self._articles_storage = AtomicJSONStorage(path / ARTICLES_FILE, readonly=readonly)
        self._notes_storage = AtomicJSONStorage(
            path / NOTES_FILE, readonly=readonly, check_on_load=True
        )
        self._articles_db = StoreDB(self._articles_storage)
        self._notes_db = StoreDB(self._notes_storage)
        self._articles = self._articles_db.doc_table("articles")
        self._annotations = self._notes_db.doc_table("annotations")
        self._corrections = self._notes_db.doc_table("corrections")
        self._settings = self._notes_db.doc_table("settings")
        self._summaries: dict[str, ArticleSummary] = {}
        self._summaries_meta: Any = _UNSET  # the header meta `_summaries` was built from

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, create: bool = True) -> Store:
        """Open (or, unless create=False, make) the store in folder `path`.

        A writable open takes the folder's lock and raises StoreLocked if another process
        has it; a read-only open takes no lock, sees the store as it is at that moment, and
        writes nothing, not even to a missing or empty folder.
        """
        folder = Path(path).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"{folder} is a file, not a store folder; give --store a folder",
                             folder)
        lock_fd = None
        if not readonly:
            if not (folder / STORE_FILE).exists():
                _refuse_foreign_folder(folder)  # before leaving a lock file in it
            if not folder.exists():
                if not create:
                    raise _not_found(folder)
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise StoreIOError(f"cannot create the store folder {folder}"
                                       f" ({e.strerror}); {os_error_advice(e)}", folder) from e
            lock_fd = lock_folder(folder / LOCK_FILE)
        store = cls(folder, readonly=readonly, lock_fd=lock_fd)
        try:
            store._load(create=create)
        except BaseException:
            store.close()
            raise
        return store

    def _load(self, *, create: bool) -> None:
        if not self.readonly:
            self._remove_stale_temp_files()
        info = read_json_file(self.path / STORE_FILE, _STORE_FILE_ADVICE)
        if info is None:
            self._check_no_orphan_data()
            _refuse_foreign_folder(self.path)
            if not create:
                raise _not_found(self.path)
            self.created = True
            schema = SCHEMA_VERSION
            if not self.readonly:
                self._write_info(schema)
        else:
            schema = self._schema_of(info)
        if schema > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"{self.path} was written by a newer newsdesk (schema {schema}; this one reads"
                f" up to {SCHEMA_VERSION}); upgrade newsdesk to open it", self.path)
        self._notes_storage.load()  # small: read whole, so damage shows now
        for doc in self._annotations:
            self._annotation(doc)
        for doc in self._corrections:
            self._correction(doc)
        self._articles_storage.open()  # large: only the header until an article is needed
        if schema < SCHEMA_VERSION:
            if self.readonly:
                raise StoreNeedsUpgrade(
                    f"{self.path} was written by an older newsdesk (schema {schema}); open it"
                    " once without --readonly to upgrade it", self.path)
            self._migrate(schema)
        self._index()

    def _schema_of(self, info: Any) -> int:
        if not isinstance(info, dict):
            info = {}
        schema = info.get("schema")
        if info.get("format") != STORE_FORMAT or not isinstance(schema, int) or schema < 1:
            raise StoreCorrupt.damaged(self.path / STORE_FILE,
                                       "it does not describe a newsdesk store", _STORE_FILE_ADVICE)
        return schema

    def _write_info(self, schema: int) -> None:
        write_json_file(self.path / STORE_FILE, {"format": STORE_FORMAT, "schema": schema})

    def _check_no_orphan_data(self) -> None:
        for name in (ARTICLES_FILE, NOTES_FILE):
            if (self.path / name).exists():
                raise StoreCorrupt(
                    f"{self.path / STORE_FILE} is missing, yet {self.path} holds newsdesk data;"
                    " restore that file from a backup (newsdesk leaves the folder as it is)",
                    self.path / STORE_FILE)

    def _remove_stale_temp_files(self) -> None:
        # Left by a commit that was killed mid-write; we hold the lock, so none is in progress.
        with contextlib.suppress(OSError):
            for name in os.listdir(self.path):
                if is_temp_name(name, _OWN_FILES):
                    with contextlib.suppress(OSError):
                        os.unlink(self.path / name)

    def _migrate(self, schema: int) -> None:
        context = MigrationContext(self.path, self._articles, self._annotations,
                                   self._corrections, self._settings)
        for version in range(schema, SCHEMA_VERSION):
            step = MIGRATIONS.get(version)
            if step is None:
                raise StoreError(
                    f"{self.path} has schema {version}, which this newsdesk has no upgrade"
                    " from; this is a newsdesk bug, please report it", self.path)
            # The two files commit one after the other and the version moves last, so a step
            # stopped halfway simply runs again at the next open.
            with self._notes_storage.transaction(), \
                    self._articles_storage.transaction() as articles_txn:
                step(context)
                if articles_txn.changed:
                    articles = (Article.from_dict(doc) for doc in self._articles)
                    articles_txn.set_meta(_index_meta(ArticleSummary.of(a) for a in articles))
            self._write_info(version + 1)

    @serialized
    def close(self) -> None:
        """Release the lock and the files; the store cannot be used afterwards."""
        if self._closed:
            return
        self._closed = True
        self._articles_db.close()
        self._notes_db.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, readonly={self.readonly})"

    # -- articles --------------------------------------------------------------------------

    def add_article(self, article: Article) -> bool:
        """Add one article; False (and nothing written) if one with its id is already here."""
        added, _ = self.add_articles([article])
        return added == 1

    @serialized
    def add_articles(self, articles: Iterable[Article]) -> tuple[int, int]:
        """Add articles in one commit; returns (added, skipped as duplicates)."""
        self._check_writable()
        index = dict(self._index())
        docs: list[Document] = []
        skipped = 0
        for article in articles:
            _check_id(article.id, "an article")
            if article.id in index:
                skipped += 1
                continue
            index[article.id] = ArticleSummary.of(article)
            docs.append(_document(article, article.id))
        if docs:
            self._commit_articles(index, lambda: self._articles.insert_multiple(docs))
        return len(docs), skipped

    @serialized
    def get_article(self, article_id: str) -> Article:
        """The article with exactly this id (see `resolve_id` for prefixes)."""
        self._check_open()
        if article_id not in self._index():
            raise self._unknown_article(article_id)
        doc = self._articles.by_id(article_id)
        if doc is None:  # the index and the articles disagree: only a damaged file does that
            raise StoreCorrupt.damaged(self._articles_storage.path,
                                       f"article {article_id!r} is listed but missing")
        return self._article(doc)

    @serialized
    def has_article(self, article_id: str) -> bool:
        """Whether an article with exactly this id is stored (reads no article text)."""
        self._check_open()
        return article_id in self._index()

    def update_article(self, article: Article) -> None:
        """Replace a stored article (same id) by this one."""
        self.update_articles([article])

    @serialized
    def update_articles(self, articles: Iterable[Article]) -> int:
        """Replace several stored articles in one commit; returns how many."""
        self._check_writable()
        index = dict(self._index())
        docs: dict[str, dict[str, Any]] = {}
        for article in articles:
            if article.id not in index:
                raise self._unknown_article(article.id)
            index[article.id] = ArticleSummary.of(article)
            docs[article.id] = _as_doc(article)
        if docs:
            self._commit_articles(index, lambda: self._articles.put_many(docs))
        return len(docs)

    @serialized
    def remove_article(self, article_id: str) -> None:
        """Remove an article with its annotations and corrections."""
        self._check_writable()
        index = dict(self._index())
        if article_id not in index:
            raise self._unknown_article(article_id)
        # Notes go first: if newsdesk is stopped between the two commits the article is still
        # there, without the notes the reader asked to drop, and removing it again finishes.
        annotation_ids = [_id_of(d) for d in self._annotations
                          if d.get("article_id") == article_id]
        correction_ids = [_id_of(d) for d in self._corrections
                          if d.get("article_id") == article_id]
        if annotation_ids or correction_ids:
            with self._notes_storage.transaction():
                self._annotations.remove_ids(annotation_ids)
                self._corrections.remove_ids(correction_ids)
        del index[article_id]
        self._commit_articles(index, lambda: self._articles.remove_ids([article_id]))

    @serialized
    def resolve_id(self, prefix: str) -> str:
        """The one article id that is `prefix` or starts with it."""
        self._check_open()
        prefix = prefix.strip()
        index = self._index()
        if prefix in index:
            return prefix
        matches = [article_id for article_id in index if prefix and article_id.startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UnknownArticle(f"no article id starts with {prefix!r} in {self.path};"
                                 " `newsdesk list` shows the ids", self.path)
        shown = ", ".join(m[:12] for m in matches[:3]) + (", …" if len(matches) > 3 else "")
        raise AmbiguousId(f"{prefix!r} starts {len(matches)} article ids ({shown}) in"
                          f" {self.path}; type more of the id", self.path)

    @serialized
    def list_articles(self) -> list[ArticleSummary]:
        """Every article's summary, in the order they were added; reads no article text."""
        self._check_open()
        return list(self._index().values())

    def iter_articles(self) -> Iterator[Article]:
        """Every article, parsed one at a time, in the order they were added (those removed
        meanwhile left out); the lock is held per article, not for the walk."""
        with self.lock:
            self._check_open()
            ids = list(self._index())
        for article_id in ids:
            article = self._article_if_here(article_id)
            if article is not None:
                yield article

    @serialized
    def _article_if_here(self, article_id: str) -> Article | None:
        self._check_open()
        doc = self._articles.by_id(article_id)
        return None if doc is None else self._article(doc)

    def iter_articles_with(self, key: str, *, also: Collection[str] = ()) -> Iterator[Article]:
        """`iter_articles`, less the articles whose stored JSON shows that their findings hold
        no non-empty list `key` (e.g. "deadlines") and whose ids are not in `also`.

        Those are skipped unparsed. Such a list shows as `"key"`, a colon, a bracket and an
        item, unless a `\\u` escape spells the key (documents with one are parsed): an
        article may be yielded needlessly, never left out wrongly.
        """
        may_hold = re.compile(b'"' + re.escape(key.encode()) + rb'"' + _JSON_SPACE + b":"
                              + _JSON_SPACE + rb"\[" + _JSON_SPACE + rb"[^\]\s]")
        with self.lock:
            self._check_open()
            table = self._articles_storage.read().get("articles")
            raw = dict(table.raw_items()) if isinstance(table, LazyDocs) else {}
            ids = list(self._index())
        for article_id in ids:
            data = raw.get(article_id)
            if (isinstance(data, bytes | memoryview) and article_id not in also
                    and may_hold.search(data) is None and _ESCAPE.search(data) is None):
                continue
            article = self._article_if_here(article_id)
            if article is not None:
                yield article

    @serialized
    def article_count(self) -> int:
        """How many articles are stored."""
        self._check_open()
        return len(self._index())

    def _index(self) -> dict[str, ArticleSummary]:
        """The article summaries by id, as the articles file's header has them."""
        meta = self._articles_storage.meta
        if meta is not self._summaries_meta:
            self._summaries = self._summaries_from(meta)
            self._summaries_meta = meta
        return self._summaries

    def _summaries_from(self, meta: Any) -> dict[str, ArticleSummary]:
        ids = self._articles_storage.table_keys("articles")
        try:
            rows = meta["index"] if meta is not None else []
            summaries = {row[0]: ArticleSummary.from_row(row) for row in rows}
        except (TypeError, KeyError, IndexError, ValueError):
            summaries = None
        if summaries is not None and len(summaries) == len(ids) and summaries.keys() >= set(ids):
            return summaries
        # The index is derived data: if it ever disagrees with the articles, rebuild it from
        # them (slow, but right); the next commit of articles stores the rebuilt one.
        rebuilt = {}
        for article_id in ids:
            doc = self._articles.by_id(article_id)
            if doc is not None:
                rebuilt[article_id] = ArticleSummary.of(self._article(doc))
        return rebuilt

    def _commit_articles(self, index: dict[str, ArticleSummary], change: Callable[[], Any]) -> None:
        """Apply `change` to the articles and store `index` with it, in one commit."""
        meta = _index_meta(index.values())
        with self._articles_storage.transaction() as txn:
            change()
            txn.set_meta(meta)
        # If a surrogate became U+FFFD in a title, the storage holds the meta as stored, not
        # `meta`, and `_index` rebuilds the summaries from it.
        self._summaries, self._summaries_meta = index, meta

    def _unknown_article(self, article_id: str) -> UnknownArticle:
        return UnknownArticle(f"no article {article_id!r} in {self.path};"
                              " `newsdesk list` shows the ids", self.path)

    # -- annotations -----------------------------------------------------------------------

    @serialized
    def add_annotation(self, annotation: Annotation) -> None:
        """Add a note on an article that is in the store."""
        self._check_writable()
        _check_id(annotation.id, "an annotation")
        self._require_article(annotation.article_id)
        if self._annotations.by_id(annotation.id) is not None:
            raise DuplicateRecord(f"an annotation with id {annotation.id!r} is already in"
                                  f" {self.path}; give the new one a fresh id", self.path)
        self._annotations.insert(_document(annotation, annotation.id))

    @serialized
    def update_annotation(self, annotation: Annotation) -> None:
        """Replace a stored annotation (same id) by this one."""
        self._check_writable()
        self._require_record(self._annotations, annotation.id, "annotation")
        self._require_article(annotation.article_id)
        self._annotations.put(annotation.id, _as_doc(annotation))

    @serialized
    def delete_annotation(self, annotation_id: str) -> None:
        """Delete one annotation; UnknownRecord if there is none with that id."""
        self._check_writable()
        self._require_record(self._annotations, annotation_id, "annotation")
        self._annotations.remove_ids([annotation_id])

    @serialized
    def get_annotation(self, annotation_id: str) -> Annotation:
        """The annotation with this id; UnknownRecord if there is none."""
        self._check_open()
        return self._annotation(self._require_record(self._annotations, annotation_id,
                                                     "annotation"))

    @serialized
    def annotations(self, article_id: str | None = None) -> list[Annotation]:
        """Annotations of one article, or of all; in text order within an article."""
        self._check_open()
        found = [self._annotation(doc) for doc in self._annotations
                 if article_id is None or doc.get("article_id") == article_id]
        found.sort(key=lambda a: (a.article_id, a.start, a.end, a.created, a.id))
        return found

    # -- corrections -----------------------------------------------------------------------

    @serialized
    def add_correction(self, correction: Correction) -> None:
        """Add a correction of one article's findings, or (article_id None) of all articles'."""
        self._check_writable()
        _check_id(correction.id, "a correction")
        if correction.article_id is not None:
            self._require_article(correction.article_id)
        if self._corrections.by_id(correction.id) is not None:
            raise DuplicateRecord(f"a correction with id {correction.id!r} is already in"
                                  f" {self.path}; give the new one a fresh id", self.path)
        self._corrections.insert(_document(correction, correction.id))

    @serialized
    def delete_correction(self, correction_id: str) -> None:
        """Delete one correction; UnknownRecord if there is none with that id."""
        self._check_writable()
        self._require_record(self._corrections, correction_id, "correction")
        self._corrections.remove_ids([correction_id])

    @serialized
    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """All corrections, or those for one article plus the global ones; oldest first."""
        self._check_open()
        return [self._correction(doc) for doc in self._corrections
                if article_id is None or doc.get("article_id") in (article_id, None)]

    # -- settings --------------------------------------------------------------------------

    @serialized
    def get_setting(self, key: str, default: Any = None) -> Any:
        """The value stored under `key`, or `default` if there is none."""
        self._check_open()
        doc = self._settings.by_id(key)
        return default if doc is None else doc.get("value", default)

    @serialized
    def settings(self) -> dict[str, Any]:
        """Every setting by key."""
        self._check_open()
        return {_id_of(doc): doc.get("value") for doc in self._settings}

    @serialized
    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON value (None, bool, number, str, list, dict) under `key`."""
        self._check_writable()
        _check_id(key, "a setting")
        try:
            encode_json(value)
        except (TypeError, ValueError) as e:
            raise TypeError(f"setting {key!r} must be a JSON value: {e}") from None
        self._settings.put(key, {"value": value})

    # -- reading records -------------------------------------------------------------------

    def _article(self, doc: Document) -> Article:
        return _record(Article, doc, self._articles_storage)

    def _annotation(self, doc: Document) -> Annotation:
        return _record(Annotation, doc, self._notes_storage)

    def _correction(self, doc: Document) -> Correction:
        return _record(Correction, doc, self._notes_storage)

    # -- guards ----------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path} was closed; open it again to use it", self.path)

    def _check_writable(self) -> None:
        self._check_open()
        if self.readonly:
            raise StoreReadOnly(
                f"{self.path} is open read-only, so nothing can be changed; close any other"
                " newsdesk using it and open it again without --readonly", self.path)

    def _require_article(self, article_id: str) -> None:
        if article_id not in self._index():
            raise self._unknown_article(article_id)

    def _require_record(self, table: DocTable, record_id: str, kind: str) -> Document:
        doc = table.by_id(record_id)
        if doc is None:
            raise UnknownRecord(f"no {kind} {record_id!r} in {self.path}", self.path)
        return doc


_UNSET = object()
_JSON_SPACE = rb"[ \t\r\n]*"
_ESCAPE = re.compile(rb"\\u")

# Moving store.json aside would not help (the data files are refused without it), so a
# damaged one gets its own advice.
_STORE_FILE_ADVICE = (f'restore it from a backup; all it holds is {{"format": "{STORE_FORMAT}",'
                      f' "schema": {SCHEMA_VERSION}}} for a store of this newsdesk')

_STR, _INT, _OPT_STR = (str,), (int,), (str, type(None))
_STR_LIST, _DICT, _OPT_DICT = (list,), (dict,), (dict, type(None))
# Each record's fields and the JSON types they may hold; required ones have no default.
_SHAPES: dict[type[Article | Annotation | Correction],
              tuple[frozenset[str], dict[str, tuple[type, ...]]]] = {
    Article: (frozenset({"id", "title", "text"}), {
        "id": _STR, "title": _STR, "text": _STR, "source": _OPT_STR, "url": _OPT_STR,
        "published": _OPT_STR, "imported_at": _STR, "findings": _OPT_DICT,
        "findings_version": _OPT_STR}),
    Annotation: (frozenset({"id", "article_id", "start", "end", "quote"}), {
        "id": _STR, "article_id": _STR, "start": _INT, "end": _INT, "quote": _STR,
        "prefix": _STR, "suffix": _STR, "note": _STR, "tags": _STR_LIST, "links": _STR_LIST,
        "created": _STR, "updated": _STR}),
    Correction: (frozenset({"id", "article_id", "kind"}), {
        "id": _STR, "article_id": _OPT_STR, "kind": _STR, "target": _DICT, "changes": _DICT,
        "created": _STR}),
}


def _record(cls: type[RecordType], doc: Document, storage: AtomicJSONStorage) -> RecordType:
    """The record a stored document holds; StoreCorrupt (naming the file) if it holds none.

    A document that parses as JSON but is not the record (a field missing or of the wrong
    type, or filed under another id) is damage too: reading on would fail later, less clearly.
    """
    required, types = _SHAPES[cls]
    problem = None
    missing = sorted(required - doc.keys())
    if missing:
        problem = f"has no {missing[0]!r}"
    else:
        for name, allowed in types.items():
            value = doc.get(name)
            if name in doc and (not isinstance(value, allowed) or isinstance(value, bool)
                                or (allowed is _STR_LIST and isinstance(value, list)
                                    and not all(isinstance(v, str) for v in value))):
                problem = f"has a {name!r} of the wrong type"
                break
        else:
            if doc["id"] != doc.doc_id:
                problem = f"is filed under another id than its own ({doc['id']!r})"
    if problem is not None:
        raise storage.mark_damaged(f"{cls.__name__.lower()} {doc.doc_id!r} {problem}")
    return cls.from_dict(doc)


def _id_of(doc: Document) -> str:
    """A document's id: a string in our tables (tinydb annotates it as an int)."""
    return cast(str, doc.doc_id)


def _document(record: Article | Annotation | Correction, doc_id: str) -> Document:
    """The record as a tinydb document filed under its id (a string: see DocTable)."""
    return Document(_as_doc(record), doc_id=cast(int, doc_id))


def _as_doc(record: Article | Annotation | Correction) -> dict[str, Any]:
    """The record's fields as a document, sharing (not copying) nested values.

    Equal to `record.to_dict()`, without `asdict`'s deep copy, which costs more than all the
    rest of an import. Sharing is safe: a document is encoded to bytes within the commit of
    the call that made it and only the bytes are kept.
    """
    doc = {f.name: getattr(record, f.name) for f in fields(record)}
    if isinstance(record, Article) and record.findings is not None:
        doc["findings"] = record.findings.to_store()  # typed in memory, JSON on disk
    return doc


def _index_meta(summaries: Iterable[ArticleSummary]) -> dict[str, Any]:
    return {"index": [s.to_row() for s in summaries]}


def _check_id(value: object, what: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} needs an id that is a non-empty string, not {value!r}")
    if has_surrogate(value):
        # Text is stored with each lone surrogate as U+FFFD; an id must come back unchanged.
        raise ValueError(f"{what} needs an id without lone surrogates, not {value!r}")


def _not_found(folder: Path) -> StoreNotFound:
    return StoreNotFound(f"no newsdesk store in {folder}; check --store / NEWSDESK_STORE,"
                         " or open it without --readonly to create one", folder)


def _refuse_foreign_folder(folder: Path) -> None:
    """Refuse to make a store in a folder that already holds other things."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return
    except OSError as e:
        raise StoreIOError(f"cannot look inside {folder} ({e.strerror}); {os_error_advice(e)}",
                           folder) from e
    foreign = [n for n in names
               if n != LOCK_FILE and n not in _OWN_FILES and not is_temp_name(n, _OWN_FILES)]
    if foreign:
        raise StoreError(f"{folder} is not empty and holds no newsdesk store; pick a new or"
                         " empty folder with --store or NEWSDESK_STORE", folder)
