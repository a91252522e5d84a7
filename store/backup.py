"""A whole store as one JSON document, and back: articles, notes, corrections, settings.

The document::

    {"format": "newsdesk-backup", "version": 1, "created": "<ISO 8601 UTC>",
     "store_schema": 1, "counts": {"articles": N, ...},
     "articles": [<Article.to_dict()>, ...],        one record a line
     "annotations": [...], "corrections": [...],
     "settings": {"<key>": <value>, ...}}

Every field of every record is kept as stored (findings included), so restoring loses
nothing. `read_backup` checks the whole file before `restore` changes anything, and
`restore` fills only an empty store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsdesk.analysis.text import has_unsafe_characters

from .db import SCHEMA_VERSION, Store
from .errors import StoreError
from .feeds import Feed
from .records import Annotation, Article, Correction

BACKUP_FORMAT = "newsdesk-backup"
BACKUP_VERSION = 1


class BackupError(StoreError):
    """A backup file that cannot be read, or a store it cannot be restored into."""


@dataclass(slots=True)
class Backup:
    """The records of a backup file, checked."""

    articles: list[Article] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    feeds: list[Feed] = field(default_factory=list)
    created: str = ""

    def summary(self) -> str:
        return (f"{len(self.articles)} article{'s' if len(self.articles) != 1 else ''},"
                f" {len(self.annotations)} note{'s' if len(self.annotations) != 1 else ''},"
                f" {len(self.corrections)} correction{'s' if len(self.corrections) != 1 else ''},"
                f" {len(self.settings)} setting{'s' if len(self.settings) != 1 else ''}"
                + (f", {len(self.feeds)} feed{'s' if len(self.feeds) != 1 else ''}"
                   if self.feeds else ""))


def _line(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=False).encode()


def backup_chunks(store: Store, now: dt.datetime) -> Iterator[bytes]:
    """The backup document of `store`, in pieces; articles are read one at a time."""
    annotations = store.annotations()
    corrections = store.corrections()
    settings = store.settings()
    feeds = store.feeds()
    created = (now.astimezone(dt.UTC) if now.tzinfo else now.replace(tzinfo=dt.UTC))
    head = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "created": created.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "store_schema": SCHEMA_VERSION,
        "counts": {"articles": store.article_count(), "annotations": len(annotations),
                   "corrections": len(corrections), "settings": len(settings),
                   # A store that follows no feed backs up as before feeds existed.
                   **({"feeds": len(feeds)} if feeds else {})},
    }
    yield b"{\n"
    for key, value in head.items():
        yield _line(key) + b": " + _line(value) + b",\n"
    yield from _array("articles", (a.to_dict() for a in store.iter_articles()))
    yield b",\n"
    yield from _array("annotations", (a.to_dict() for a in annotations))
    yield b",\n"
    yield from _array("corrections", (c.to_dict() for c in corrections))
    if feeds:
        yield b",\n"
        yield from _array("feeds", (f.to_dict() for f in feeds))
    yield b',\n"settings": ' + _line(settings) + b"\n}\n"


def _array(name: str, records: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    yield _line(name) + b": ["
    first = True
    for record in records:
        yield (b"\n" if first else b",\n") + _line(record)
        first = False
    yield b"]" if first else b"\n]"


# -- reading -------------------------------------------------------------------------------

_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))
_ARTICLE = {"id": _TEXT, "title": _TEXT, "text": _TEXT, "source": _OPTIONAL_TEXT,
            "url": _OPTIONAL_TEXT, "published": _OPTIONAL_TEXT, "imported_at": _TEXT,
            "findings": (dict, type(None)), "findings_version": _OPTIONAL_TEXT,
            "origin": _OPTIONAL_TEXT, "also_from": (list,)}
_ANNOTATION = {"id": _TEXT, "article_id": _TEXT, "start": (int,), "end": (int,), "quote": _TEXT,
               "prefix": _TEXT, "suffix": _TEXT, "note": _TEXT, "tags": (list,),
               "links": (list,), "created": _TEXT, "updated": _TEXT}
_CORRECTION = {"id": _TEXT, "article_id": _OPTIONAL_TEXT, "kind": _TEXT, "target": (dict,),
               "changes": (dict,), "created": _TEXT, "undone": _TEXT}
_REQUIRED = {"articles": ("id", "title", "text"),
             "annotations": ("id", "article_id", "start", "end", "quote"),
             "corrections": ("id", "article_id", "kind")}


def read_backup(path: Path | str, data: bytes | None = None) -> Backup:
    """Read and check a backup file (or `data` read from it); BackupError names what is wrong."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise BackupError(f"{path} does not exist; check the path", path) from None
        except IsADirectoryError:
            raise BackupError(f"{path} is a folder; give the backup file", path) from None
        except OSError as e:
            raise BackupError(f"cannot read {path} ({e.strerror or e})", path) from e
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BackupError(f"{path} is not a newsdesk backup (not UTF-8 text)", path) from None
    try:
        doc = json.loads(text)
    except ValueError as e:
        line = getattr(e, "lineno", None)
        where = f" (line {line})" if line else ""
        raise BackupError(f"{path} is not a newsdesk backup: not valid JSON{where}; it may be"
                          " cut off or damaged", path) from None
    if not isinstance(doc, dict) or doc.get("format") != BACKUP_FORMAT:
        raise BackupError(f"{path} is not a newsdesk backup (no \"format\":"
                          f" \"{BACKUP_FORMAT}\"); make one with `newsdesk backup FILE`", path)
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise BackupError(f"{path}: the backup has no valid \"version\"", path)
    if version > BACKUP_VERSION:
        raise BackupError(f"{path} was written by a newer newsdesk (backup version {version};"
                          f" this one reads up to {BACKUP_VERSION}); upgrade newsdesk", path)
    backup = Backup(created=str(doc.get("created") or ""))
    backup.articles = [Article.from_dict(r) for r in _records(path, doc, "articles", _ARTICLE)]
    backup.annotations = [Annotation.from_dict(r)
                          for r in _records(path, doc, "annotations", _ANNOTATION)]
    backup.corrections = [Correction.from_dict(r)
                          for r in _records(path, doc, "corrections", _CORRECTION)]
    settings = doc.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(k, str) and k for k in settings):
        raise BackupError(f"{path}: \"settings\" must be an object with named keys", path)
    backup.settings = settings
    feeds = doc.get("feeds", [])  # absent from backups of before feeds
    if not isinstance(feeds, list):
        raise BackupError(f"{path}: \"feeds\" must be a list", path)
    try:
        backup.feeds = [Feed.from_dict(f) for f in feeds if isinstance(f, dict)]
    except ValueError:
        raise BackupError(f"{path}: a feed in \"feeds\" has no id or url", path) from None
    if len(backup.feeds) != len(feeds):
        raise BackupError(f"{path}: \"feeds\" must hold objects only", path)
    _check_references(path, backup)
    return backup


def _records(path: Path, doc: dict[str, Any], name: str,
             spec: Mapping[str, tuple[type, ...]]) -> list[dict[str, Any]]:
    records = doc.get(name, [])
    if not isinstance(records, list):
        raise BackupError(f"{path}: \"{name}\" must be a list", path)
    seen: set[str] = set()
    for i, record in enumerate(records):
        where = f"{path}: {name}[{i}]"
        if not isinstance(record, dict):
            raise BackupError(f"{where} is not an object", path)
        for key in _REQUIRED[name]:
            if key not in record:
                raise BackupError(f"{where} has no \"{key}\"", path)
        for key, types in spec.items():
            value = record.get(key)
            if key in record and (not isinstance(value, types) or isinstance(value, bool)):
                raise BackupError(f"{where}: \"{key}\" has the wrong type"
                                  f" ({type(value).__name__})", path)
        if not record["id"]:
            raise BackupError(f"{where}: \"id\" is empty", path)
        if record["id"] in seen:
            raise BackupError(f"{where}: the id {record['id']!r} appears twice", path)
        seen.add(record["id"])
        for key in ("tags", "links"):
            if key in record and not all(isinstance(x, str) for x in record[key]):
                raise BackupError(f"{where}: \"{key}\" must be a list of text", path)
        unsafe = _unsafe_field(record)
        if unsafe is not None:
            # The importer never stores these; a backup holding them was altered, and
            # restoring it would send escapes to the terminal.
            raise BackupError(f"{where}: \"{unsafe}\" holds terminal escapes or control"
                              " characters that newsdesk never stores; the backup was altered",
                              path)
    return records


def _unsafe_field(value: Any, key: str = "") -> str | None:
    """The first field (dotted path) whose text, at any depth, has unsafe characters."""
    if isinstance(value, str):
        return key or "value" if has_unsafe_characters(value) else None
    items: Iterable[tuple[Any, Any]]
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = ((str(i), v) for i, v in enumerate(value))
    else:
        return None
    for sub, v in items:
        found = _unsafe_field(v, f"{key}.{sub}" if key else str(sub))
        if found is not None:
            return found
    return None


def _check_references(path: Path, backup: Backup) -> None:
    ids = {a.id for a in backup.articles}
    for i, note in enumerate(backup.annotations):
        if note.article_id not in ids:
            raise BackupError(f"{path}: annotations[{i}] is on article {note.article_id!r},"
                              " which the backup does not hold", path)
    for i, c in enumerate(backup.corrections):
        if c.article_id is not None and c.article_id not in ids:
            raise BackupError(f"{path}: corrections[{i}] is on article {c.article_id!r},"
                              " which the backup does not hold", path)


# -- restoring -----------------------------------------------------------------------------


def is_empty(store: Store, disposable: Collection[str] = ()) -> bool:
    """True if the store holds nothing of the reader's: no notes, corrections or settings,
    and no article but those in `disposable` (e.g. the untouched seed of a new store)."""
    if store.annotations() or store.corrections() or store.settings() or store.feeds():
        return False
    return all(s.id in disposable for s in store.list_articles())


def restore(store: Store, backup: Backup, *, disposable: Collection[str] = ()) -> None:
    """Fill an empty store from `backup`; BackupError (and no change) if it is not empty.

    Articles whose ids are in `disposable` may be in the store: they are removed first, and
    come back only if the backup holds them.
    """
    if not is_empty(store, disposable):
        raise BackupError(
            f"{store.path} already holds articles or notes; restore into an empty store"
            " (a new folder with --store, or NEWSDESK_STORE)", store.path)
    for summary in store.list_articles():
        store.remove_article(summary.id)
    # Articles first (one commit): notes and corrections need their article in the store.
    store.add_articles(backup.articles)
    for note in backup.annotations:
        store.add_annotation(note)
    for correction in backup.corrections:
        store.add_correction(correction)
    for key, value in backup.settings.items():
        store.set_setting(key, value)
    store.put_feeds(backup.feeds)

