"""The store: one folder holding the articles, the reader's notes and settings.

A store folder holds::

    store.json      the format marker and schema version (plain JSON, for people to read)
    articles.jsonl  the articles' index: their summaries, and where each one is; once
                    large, a commit of a few articles writes what differs into
    articles-recent.jsonl  an overlay beside it, folded back in past 256 KB (index_overlay.py)
    articles.d/     the articles themselves, in segment files written once (segments.py)
    notes.jsonl     annotations, corrections, settings and feeds, rewritten by a commit
                    while small (< 1 MB); once large, a commit writes what differs into
    notes-recent.jsonl  an overlay beside it, folded back in past 256 KB (overlay.py)
    lock            flock()ed by the process writing a commit, for that commit only

Any number of processes may have a store open and change it: each change takes the lock,
reads again what another process committed since (changes.py), applies itself on top and
commits, so two processes writing at once both land, in some order, and nothing is lost.

Reading one article reads its own bytes; a commit writes the articles it adds or changes
and the index, never the corpus. Notes live apart, so committing a note never touches the
articles. Both
data files are tinydb databases (tables.py) over `AtomicJSONStorage` (see storage.py for the
file format and atomic.py for how commits stay whole through crashes). `Store` is the only
API the rest of the app uses. The workstation's UI thread and its workers share one: each
public method holds the store's thread lock while it runs, and a walk over the articles
takes it per article, so a walk never keeps the UI waiting for the whole corpus.

This module is the Store class, the schema version and the migrations; what a folder may
hold and its lock are in folder.py, the shape of a stored record in shapes.py, the
articles' summaries (the list) in summaries.py.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from tinydb.table import Document

from .atomic import encode_json, is_temp_name, read_json_file, write_json_file
from .changes import StoreChanges
from .errors import (
    AmbiguousId,
    DuplicateRecord,
    SchemaTooNew,
    StoreChanged,
    StoreCorrupt,
    StoreError,
    StoreNeedsUpgrade,
    StoreReadOnly,
    UnknownArticle,
    UnknownRecord,
)
from .feeds import Feed
from .folder import (
    ARTICLES_FILE,
    LOCK_FILE,
    NOTES_FILE,
    OWN_FILES,
    SEGMENTS_FOLDER,
    STORE_FILE,
    WriteLock,
    check_no_orphan_data,
    not_found,
    prepare_store_folder,
    refuse_foreign_folder,
    remove_stale_temp_files,
    segment_temp_files,
)
from .records import Annotation, Article, Correction
from .shapes import as_doc, check_id, document, id_of, may_hold_items, record_of
from .storage import AtomicJSONStorage, LazyDocs
from .summaries import ArticleIndex, ArticleSummary, index_meta
from .tables import DocTable, StoreDB

# The file names and ArticleSummary moved to folder.py and summaries.py; the rest of newsdesk
# (and its tests and benchmarks) import them from here.
__all__ = [
    "ARTICLES_FILE",
    "LOCK_FILE",
    "MIGRATIONS",
    "NOTES_FILE",
    "SCHEMA_VERSION",
    "STORE_FILE",
    "STORE_FORMAT",
    "ArticleSummary",
    "StoreChanges",
    "Migration",
    "MigrationContext",
    "Store",
    "serialized",
]

STORE_FORMAT = "newsdesk-store"
SCHEMA_VERSION = 4


@dataclass(frozen=True, slots=True)
class MigrationContext:
    """What a migration step gets: the raw tables of a store open for writing."""

    path: Path
    articles: DocTable
    annotations: DocTable
    corrections: DocTable
    settings: DocTable
    # Write every article again in this step's commit (in the file format of today).
    rewrite_articles: Callable[[], None]
    # Name the newest article in the articles index's header (see summaries.py).
    name_newest: Callable[[], None]


Migration = Callable[[MigrationContext], None]

# Schema version -> the step that upgrades a store from it to the next version. A step must
# be idempotent: it may run again if newsdesk is stopped before the version is moved on.
def _segment_articles(context: MigrationContext) -> None:
    """1 -> 2: the articles move out of articles.jsonl into segment files (articles.d/), so
    that reading one costs one; articles.jsonl keeps their index and summaries."""
    context.rewrite_articles()


def _notes_overlay(context: MigrationContext) -> None:
    """2 -> 3: nothing moves. Small commits of a large notes file now go to an overlay
    beside it (notes-recent.jsonl, see overlay.py), which a newsdesk of schema 2 would not
    read: the number moves so that one refuses the store instead of missing recent notes.
    The articles index's header gains the newest article, which the workstation opens at
    start, so that its first start does not parse every summary for it."""
    context.name_newest()


def _index_overlay(context: MigrationContext) -> None:
    """3 -> 4: nothing moves. Small commits of a large articles index now go to an overlay
    beside it (articles-recent.jsonl, see index_overlay.py), which a newsdesk of schema 3
    would not read: the number moves so that one refuses the store instead of missing
    recent articles and showing removed ones. The index gains its generation, which the
    overlay names, with its first whole commit."""


MIGRATIONS: dict[int, Migration] = {1: _segment_articles, 2: _notes_overlay,
                                    3: _index_overlay}


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


def committing(
    method: Callable[Concatenate[Store, Params], Result],
) -> Callable[Concatenate[Store, Params], Result]:
    """Run a change: the thread lock, then the folder's write lock, then what other
    processes committed meanwhile read again, then the method (which commits)."""
    @functools.wraps(method)
    def locked(self: Store, /, *args: Params.args, **kwargs: Params.kwargs) -> Result:
        with self.lock:
            self._check_writable()
            assert self._write_lock is not None
            outermost = not self._write_lock.held
            if outermost and not self.path.is_dir():
                raise StoreChanged(
                    f"your last change was not saved: the store folder {self.path} was"
                    " removed or moved while newsdesk had it open; to keep what it held, put"
                    " it back, then open the store again", self.path)
            with self._write_lock:
                if outermost:
                    self._refresh_files()
                return method(self, *args, **kwargs)

    return locked


class Store:
    """newsdesk's articles, annotations, corrections and settings, in one folder.

    Open with `Store.open`. Every method that changes something has committed the change
    durably when it returns; if the commit fails it raises a StoreError and neither the
    file nor what this object reports has changed.
    """

    def __init__(self, path: Path, *, readonly: bool) -> None:
        """Use `Store.open`."""
        self.path = path
        self.readonly = readonly
        self.created = False  # True when the folder held no store (a new, empty one)
        self.lock = threading.RLock()  # see `serialized`
        self._write_lock = None if readonly else WriteLock(path)  # per commit, see `committing`
        self._changes = StoreChanges()  # what other processes changed; see take_changes
        self._closed = False
        self._articles_storage = AtomicJSONStorage(path / ARTICLES_FILE, readonly=readonly,
                                                   segmented=True, overlay=True)
        self._notes_storage = AtomicJSONStorage(
            path / NOTES_FILE, readonly=readonly, check_on_load=True, overlay=True
        )
        self._articles_db = StoreDB(self._articles_storage)
        self._notes_db = StoreDB(self._notes_storage)
        self._articles = self._articles_db.doc_table("articles")
        self._annotations = self._notes_db.doc_table("annotations")
        self._corrections = self._notes_db.doc_table("corrections")
        self._settings = self._notes_db.doc_table("settings")
        self._feeds = self._notes_db.doc_table("feeds")
        self._summaries = ArticleIndex(self._articles_storage, self._articles)

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, create: bool = True) -> Store:
        """Open (or, unless create=False, make) the store in folder `path`.

        Other processes may have the same store open, read-only or not. Opening takes the
        folder's write lock only when there is something to set up (a new store, a schema
        to move forward, the temporary files of a killed commit to clear), and then only for
        that. A read-only open sees the store as it is at that moment (until `refresh`),
        and writes nothing, not even to a missing or empty folder.
        """
        folder = Path(path).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"{folder} is a file, not a store folder; give --store a folder",
                             folder)
        if not readonly:
            prepare_store_folder(folder, create=create)
        store = cls(folder, readonly=readonly)
        try:
            if store._write_lock is not None and _needs_setting_up(folder):
                with store._write_lock:
                    remove_stale_temp_files(folder)
                    store._load(create=create)
            else:
                store._load(create=create)
        except BaseException:
            store.close()
            raise
        return store

    def _load(self, *, create: bool) -> None:
        info = read_json_file(self.path / STORE_FILE, _STORE_FILE_ADVICE)
        if info is None:
            check_no_orphan_data(self.path)
            refuse_foreign_folder(self.path)
            if not create:
                raise not_found(self.path)
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
        # Read whole, so damage to the file shows now; each note's shape is checked when
        # it is read (one article's notes cost that article's, not the file's, parsing).
        self._notes_storage.load()
        self._articles_storage.open()  # large: only the header until an article is needed
        if schema < SCHEMA_VERSION:
            if self.readonly:
                raise StoreNeedsUpgrade(
                    f"{self.path} was written by an older newsdesk (schema {schema}); open it"
                    " once without --readonly to upgrade it", self.path)
            self._migrate(schema)

    def _check_notes(self) -> None:
        for doc in self._annotations:
            self._annotation(doc)
        for doc in self._corrections:
            self._correction(doc)

    # -- other processes -------------------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """Whether another process committed since this store last read or wrote (two stats:
        cheap enough to ask every second)."""
        return (self._articles_storage.changed_on_disk()
                or self._notes_storage.changed_on_disk())

    @serialized
    def refresh(self) -> None:
        """Read again what other processes committed since; `take_changes` says what it was.

        Takes no write lock (the thread lock only): each file is read whole from one
        version of it."""
        self._check_open()
        self._refresh_files()

    def _refresh_files(self) -> None:
        info = read_json_file(self.path / STORE_FILE, _STORE_FILE_ADVICE)
        if info is not None and self._schema_of(info) > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"{self.path} was upgraded by a newer newsdesk while this one had it open;"
                " upgrade newsdesk to go on using it", self.path)
        notes = self._notes_storage.refresh()
        if notes != {}:
            self._check_notes()
            self._changes.add(StoreChanges.of_notes(notes))
        before = self._index() if self._articles_storage.changed_on_disk() else {}
        articles = self._articles_storage.refresh()
        if articles is None:
            # This process never read the old articles, so it showed none of them: what it
            # may show is their summaries, and those say which were added, removed or
            # changed in the list.
            after = self._index()
            articles = {"articles": {i: (None, None) for i in before.keys() | after.keys()
                                     if before.get(i) != after.get(i)}}
        if articles:
            self._changes.add(StoreChanges.of_articles(articles))

    @serialized
    def take_changes(self) -> StoreChanges:
        """What other processes changed, as read by `refresh` or before a commit of this
        store, since the last call; empty if nothing."""
        changes, self._changes = self._changes, StoreChanges()
        return changes

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

    def _migrate(self, schema: int) -> None:
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
                context = MigrationContext(self.path, self._articles, self._annotations,
                                           self._corrections, self._settings,
                                           articles_txn.rewrite,
                                           lambda: self._summaries.name_newest(articles_txn))
                step(context)
                if articles_txn.changed:
                    articles = (Article.from_dict(doc) for doc in self._articles)
                    articles_txn.set_meta(index_meta(ArticleSummary.of(a) for a in articles))
            self._write_info(version + 1)

    @serialized
    def close(self) -> None:
        """Release the lock and the files; the store cannot be used afterwards."""
        if self._closed:
            return
        self._closed = True
        self._articles_db.close()
        self._notes_db.close()
        if self._write_lock is not None:
            self._write_lock.close()

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

    @committing
    def add_articles(self, articles: Iterable[Article]) -> tuple[int, int]:
        """Add articles in one commit; returns (added, skipped as duplicates)."""
        self._check_writable()
        new: dict[str, ArticleSummary] = {}
        docs: list[Document] = []
        skipped = 0
        for article in articles:
            check_id(article.id, "an article")
            if article.id in new or self._is_stored(article.id):
                skipped += 1
                continue
            new[article.id] = ArticleSummary.of(article)
            docs.append(document(article, article.id))
        if docs:
            self._summaries.change(lambda: self._articles.insert_multiple(docs), put=new)
        return len(docs), skipped

    @serialized
    def get_article(self, article_id: str) -> Article:
        """The article with exactly this id (see `resolve_id` for prefixes)."""
        self._check_open()
        if not self._is_stored(article_id):
            raise self._unknown_article(article_id)
        # Not through tinydb's table, which lays out every article's place to find one.
        found = self._articles_storage.document("articles", article_id)
        doc = None if found is None else Document(found, doc_id=cast(int, article_id))
        if doc is None:  # the index and the articles disagree: only a damaged file does that
            raise StoreCorrupt.damaged(self._articles_storage.path,
                                       f"article {article_id!r} is listed but missing")
        return self._article(doc)

    @serialized
    def has_article(self, article_id: str) -> bool:
        """Whether an article with exactly this id is stored (reads no article text)."""
        self._check_open()
        return self._is_stored(article_id)

    def update_article(self, article: Article) -> None:
        """Replace a stored article (same id) by this one."""
        self.update_articles([article])

    @committing
    def update_articles(self, articles: Iterable[Article]) -> int:
        """Replace several stored articles in one commit; returns how many."""
        self._check_writable()
        changed: dict[str, ArticleSummary] = {}
        docs: dict[str, dict[str, Any]] = {}
        for article in articles:
            if not self._is_stored(article.id):
                raise self._unknown_article(article.id)
            changed[article.id] = ArticleSummary.of(article)
            docs[article.id] = as_doc(article)
        if docs:
            self._summaries.change(lambda: self._articles.put_many(docs), put=changed)
        return len(docs)

    @committing
    def remove_article(self, article_id: str) -> None:
        """Remove an article with its annotations and corrections."""
        self._check_writable()
        if not self._is_stored(article_id):
            raise self._unknown_article(article_id)
        # Notes go first: if newsdesk is stopped between the two commits the article is still
        # there, without the notes the reader asked to drop, and removing it again finishes.
        annotation_ids = [id_of(d) for d in self._notes_of("annotations", article_id)
                          if d.get("article_id") == article_id]
        correction_ids = [id_of(d) for d in self._notes_of("corrections", article_id)
                          if d.get("article_id") == article_id]
        if annotation_ids or correction_ids:
            with self._notes_storage.transaction():
                self._annotations.remove_ids(annotation_ids)
                self._corrections.remove_ids(correction_ids)
        self._summaries.change(lambda: self._articles.remove_ids([article_id]),
                               remove=[article_id])

    @serialized
    def resolve_id(self, prefix: str) -> str:
        """The one article id that is `prefix` or starts with it."""
        self._check_open()
        prefix = prefix.strip()
        if self._is_stored(prefix):
            return prefix
        ids = self._articles_storage.table_keys("articles")  # no summaries needed
        matches = [article_id for article_id in ids if prefix and article_id.startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UnknownArticle(f"no article id starts with {prefix!r} in {self.path};"
                                 " `newsdesk list` shows the ids", self.path)
        shown = ", ".join(m[:12] for m in matches[:3]) + (", …" if len(matches) > 3 else "")
        raise AmbiguousId(f"{prefix!r} starts {len(matches)} article ids ({shown}) in"
                          f" {self.path}; type more of the id", self.path)

    @serialized
    def newest_article_id(self) -> str | None:
        """The article published last (then imported last): what the workstation opens at
        start; reads the stored summary rows, not every summary."""
        self._check_open()
        return self._summaries.newest_id()

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
            ids = self._article_ids()
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
        may_hold = may_hold_items(key)
        with self.lock:
            self._check_open()
            table = self._articles_storage.read().get("articles")
            ids = self._article_ids()
        for article_id in ids:
            if article_id not in also and isinstance(table, LazyDocs):
                with self.lock:
                    data = table.raw(article_id) if article_id in table else None
                if data is not None and not may_hold(data):
                    continue
            article = self._article_if_here(article_id)
            if article is not None:
                yield article

    @serialized
    def article_json(self, article_id: str) -> bytes | None:
        """An article's stored JSON, unparsed (read from its segment and checked against its
        checksum, as `get_article` reads it): for a reader that needs only a part of each
        article (app/derived.py), which then owes `get_article`'s checks to what it uses.
        None where the store does not keep it so (not in segments yet) or has no such
        article: `get_article` then."""
        self._check_open()
        table = self._articles_storage.read().get("articles")
        if not isinstance(table, LazyDocs) or article_id not in table:
            return None
        return bytes(table.raw(article_id))

    def articles_json(self, article_ids: Iterable[str]) -> Iterator[tuple[str, bytes | None]]:
        """(id, `article_json(id)`) for each id in turn, without its costs per call (a
        third of a cold read of 100,000 articles' names): the articles as the store has
        them when the walk starts, each read with the lock held."""
        with self.lock:
            self._check_open()
            table = self._articles_storage.read().get("articles")
        if not isinstance(table, LazyDocs):
            for article_id in article_ids:
                yield article_id, None
            return
        for article_id in article_ids:
            with self.lock:
                self._check_open()
                raw = table.raw(article_id) if article_id in table else None
            yield article_id, None if raw is None else bytes(raw)

    @serialized
    def article_fingerprints(self) -> dict[str, int] | None:
        """Each article's stored length and checksum (one number) by id, in the order they
        were added, read from the index alone: what a cache of data derived from an article
        checks it against (app/derived.py). None until the store is in segments."""
        self._check_open()
        return self._articles_storage.fingerprints("articles")

    @serialized
    def article_count(self) -> int:
        """How many articles are stored."""
        self._check_open()
        return len(self._article_ids())

    def _is_stored(self, article_id: str) -> bool:
        """Whether the index lists this exact id (no summary parsed)."""
        return self._articles_storage.has_key("articles", article_id)

    def _article_ids(self) -> list[str]:
        """The article ids in the order they were added (the index's; no summary parsed)."""
        return self._articles_storage.table_keys("articles")

    def _index(self) -> dict[str, ArticleSummary]:
        """The article summaries by id, as the articles file's header has them."""
        return self._summaries.current()

    def _unknown_article(self, article_id: str) -> UnknownArticle:
        return UnknownArticle(f"no article {article_id!r} in {self.path};"
                              " `newsdesk list` shows the ids", self.path)

    # -- annotations -----------------------------------------------------------------------

    @committing
    def add_annotation(self, annotation: Annotation) -> None:
        """Add a note on an article that is in the store."""
        self._check_writable()
        check_id(annotation.id, "an annotation")
        self._require_article(annotation.article_id)
        if self._annotations.by_id(annotation.id) is not None:
            raise DuplicateRecord(f"an annotation with id {annotation.id!r} is already in"
                                  f" {self.path}; give the new one a fresh id", self.path)
        self._annotations.insert(document(annotation, annotation.id))

    @committing
    def update_annotation(self, annotation: Annotation) -> None:
        """Replace a stored annotation (same id) by this one."""
        self._check_writable()
        self._require_record(self._annotations, annotation.id, "annotation")
        self._require_article(annotation.article_id)
        self._annotations.put(annotation.id, as_doc(annotation))

    @committing
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
    def annotations(self, article_id: str | None = None, *,
                    holding: str | None = None) -> list[Annotation]:
        """Annotations of one article, or of all; in text order within an article. With
        `holding`, only (a superset of) those whose stored JSON holds that text: one search
        of the notes file instead of parsing every note (the caller checks each)."""
        self._check_open()
        docs = self._notes_of("annotations", article_id,
                              holding=None if holding is None else encode_json(holding)[1:-1])
        found = [self._annotation(doc) for doc in docs
                 if article_id is None or doc.get("article_id") == article_id]
        found.sort(key=lambda a: (a.article_id, a.start, a.end, a.created, a.id))
        return found

    # -- corrections -----------------------------------------------------------------------

    @committing
    def add_correction(self, correction: Correction) -> None:
        """Add a correction of one article's findings, or (article_id None) of all articles'."""
        self._check_writable()
        self._check_new_correction(correction)
        self._corrections.insert(document(correction, correction.id))

    def _check_new_correction(self, correction: Correction) -> None:
        check_id(correction.id, "a correction")
        if correction.article_id is not None:
            self._require_article(correction.article_id)
        if self._corrections.by_id(correction.id) is not None:
            raise DuplicateRecord(f"a correction with id {correction.id!r} is already in"
                                  f" {self.path}; give the new one a fresh id", self.path)

    @committing
    def delete_correction(self, correction_id: str) -> None:
        """Delete one correction; UnknownRecord if there is none with that id."""
        self._check_writable()
        self._require_record(self._corrections, correction_id, "correction")
        self._corrections.remove_ids([correction_id])

    @committing
    def change_corrections(self, *, add: Iterable[Correction] = (),
                           update: Iterable[Correction] = (),
                           remove: Iterable[str] = ()) -> None:
        """Add, replace and delete corrections in one commit (undo, redo, and a new
        correction that drops the undone ones); UnknownRecord for an id not here."""
        self._check_writable()
        adding, updating, removing = list(add), list(update), list(remove)
        for correction in adding:
            self._check_new_correction(correction)
        for correction in updating:
            self._require_record(self._corrections, correction.id, "correction")
        for correction_id in removing:
            self._require_record(self._corrections, correction_id, "correction")
        with self._notes_storage.transaction():
            if removing:
                self._corrections.remove_ids(removing)
            for correction in [*adding, *updating]:
                self._corrections.put(correction.id, as_doc(correction))

    @serialized
    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """All corrections, or those for one article plus the global ones; oldest first."""
        self._check_open()
        return [self._correction(doc)
                for doc in self._notes_of("corrections", article_id, or_global=True)
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
        return {id_of(doc): doc.get("value") for doc in self._settings}

    @committing
    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON value (None, bool, number, str, list, dict) under `key`."""
        self._check_writable()
        check_id(key, "a setting")
        try:
            encode_json(value)
        except (TypeError, ValueError) as e:
            raise TypeError(f"setting {key!r} must be a JSON value: {e}") from None
        self._settings.put(key, {"value": value})

    # -- feeds -----------------------------------------------------------------------------

    @serialized
    def feeds(self) -> list[Feed]:
        """The feeds followed, in the order they were added."""
        self._check_open()
        feeds = []
        for doc in self._feeds:
            try:
                feeds.append(Feed.from_dict(doc))
            except ValueError:
                raise self._notes_storage.mark_damaged(
                    f"feed {id_of(doc)!r} has no id or URL") from None
        return feeds

    @committing
    def put_feeds(self, feeds: Iterable[Feed]) -> None:
        """Add or replace these feeds (by id), in one commit."""
        docs = {}
        for feed in feeds:
            check_id(feed.id, "a feed")
            docs[feed.id] = feed.to_dict()
        if docs:
            self._feeds.put_many(docs)

    @committing
    def remove_feed(self, feed_id: str) -> None:
        """Stop following a feed (its articles stay)."""
        self._require_record(self._feeds, feed_id, "feed")
        self._feeds.remove_ids([feed_id])

    # -- reading records -------------------------------------------------------------------

    def _article(self, doc: Document) -> Article:
        return record_of(Article, doc, self._articles_storage)

    def _notes_of(self, table: str, article_id: str | None, *, or_global: bool = False,
                  holding: bytes | None = None) -> Iterator[Document]:
        """The documents of a notes table, less those whose stored JSON shows they cannot be
        about `article_id` (nor global, with `or_global`): those are skipped unparsed, so one
        article's notes cost that article's, not the whole file's parsing. A document is
        parsed whenever the id (or a null) appears in it, or a \\u escape could spell it."""
        docs = self._notes_storage.read().get(table)
        if not isinstance(docs, LazyDocs):
            return
        needles = None
        if article_id is not None:
            # The id as the store writes it (encode_json: UTF-8, not \u escapes).
            needles = [encode_json(article_id), b"\\u", *([b"null"] if or_global else [])]
        elif holding is not None:
            # Plain ASCII is never escaped as newsdesk writes: its bytes are enough.
            needles = [holding] if holding.isascii() and b"\\" not in holding \
                else [holding, b"\\u"]
        ids = docs.ids_holding(needles) if needles is not None else None
        if ids is not None:  # one search of the file's body, not one per document
            for key in ids:
                yield Document(docs[key], doc_id=cast(int, key))
            return
        may_be = re.compile(b"|".join(map(re.escape, needles))) if needles else None
        for key, raw in docs.raw_items():
            if (may_be is not None and isinstance(raw, bytes | memoryview)
                    and may_be.search(raw) is None):
                continue
            yield Document(docs[key], doc_id=cast(int, key))

    def _annotation(self, doc: Document) -> Annotation:
        return record_of(Annotation, doc, self._notes_storage)

    def _correction(self, doc: Document) -> Correction:
        return record_of(Correction, doc, self._notes_storage)

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
        if not self._is_stored(article_id):
            raise self._unknown_article(article_id)

    def _require_record(self, table: DocTable, record_id: str, kind: str) -> Document:
        doc = table.by_id(record_id)
        if doc is None:
            raise UnknownRecord(f"no {kind} {record_id!r} in {self.path}", self.path)
        return doc


# Moving store.json aside would not help (the data files are refused without it), so a
# damaged one gets its own advice.
_STORE_FILE_ADVICE = (f'restore it from a backup; all it holds is {{"format": "{STORE_FORMAT}",'
                      f' "schema": {SCHEMA_VERSION}}} for a store of this newsdesk')


def _needs_setting_up(folder: Path) -> bool:
    """Whether opening `folder` for writing has something to do under its write lock: make
    the store, move its schema forward, or clear what a killed commit left."""
    try:
        names = os.listdir(folder)
    except OSError:
        return True  # opening will say what is wrong
    if STORE_FILE not in names or any(is_temp_name(n, OWN_FILES) for n in names):
        return True
    if SEGMENTS_FOLDER in names and segment_temp_files(folder):
        return True
    try:
        info = read_json_file(folder / STORE_FILE, _STORE_FILE_ADVICE)
    except StoreError:
        return True
    schema = info.get("schema") if isinstance(info, dict) else None
    return not isinstance(schema, int) or schema < SCHEMA_VERSION
