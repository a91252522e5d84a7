"""Data derived from the stored articles, kept on disk as a cache so that a task which
needs a little of every article does not read the whole corpus each time.

Today: what linking an imported article's actors to the names the store already uses
needs (`engine.actor_linker`), in two files of `cache/` in the store folder.

`actor-linker.json` is the linking index itself (`ActorIndex.snapshot`: exact, every dict
and list in its order) as built from the stored articles' actor names, article by article
in the store's order, with how many articles it covers and a digest of their ids and
fingerprints. While those articles are still the first ones, unchanged, the index is
restored and only the articles added after them are read and added: the same index a
build from scratch gives, at the cost of the new articles. Otherwise it is built again,
from the names below.

`actor-names.json` holds, per article id, the article's fingerprint (its stored length
and checksum, which the store's index gives without reading the article:
`Store.article_fingerprints`) and its actors' (name, kind, affiliation), each as a number
into one list of the distinct names: 100,000 articles name 1.6 million actors, some
24,000 different ones, 12 MB read in half a second (version 1 wrote every name out in
full: 60 MB and 3 s; it is still read, and written again as version 2). A name no entry
uses any more stays in the list until a quarter of the list is such names. An entry is
used only while its fingerprint matches the stored article; a missing, changed or
unreadable entry is read from the article itself (from its stored JSON, parsed and checked
as a whole read parses and checks it, without making its records: 8 s of CPU instead of 16
at 100,000 articles; an article not plainly shaped is read whole), and a removed
article's entry dropped, so the cache never decides anything the articles would not: it
is never wrong, only cold. The names read are held as the list's own tuples, once each.
It is written after use when it changed (atomically; a read-only store leaves it as it
is, a failed write is ignored: the next use reads the articles again).

Every commit of articles by the app (an import, a re-analysis, a changed date or text)
keeps it current without rewriting it: `keep_names` appends the committed articles'
entries to `actor-names.log`, one JSON line per article, each with the fingerprint of the
very bytes its names were read from (so a later commit, by this process or another, makes
an entry stale, never wrong). A read takes the log's entries over the file's; the log is
folded into the file once it outgrows it (or the file is written anyway), and deleted. A
torn last line is skipped; a line lost to a fold racing an append leaves its article to be
read again. So a store the app wrote has its names cached even after an engine upgrade
re-analysed every article, and the linking index is built again from them, not from
100,000 articles' JSON.

Built again from the names, the index costs a second at 100,000 articles: most names
were added before, and `ActorIndex.add_all` answers those without searching.

A cold read of many articles (`SHARE_MIN`, on two cores or more) is shared with a second
process (`_SharedRead`, app/namesworker.py), which reads them from the last backwards
while this one reads from the first, until they meet. Its names are taken only where it
read the very bytes this process's index names (their fingerprint) and found them plain;
any other article is read here, so the names are those a read here alone gives. At
100,000 articles this process's part is 4 s of CPU instead of 6 (the names read in 4 s
instead of 6 when a second core is free), for 1 s more CPU in all (the second process's
start and index, 0.4 s; its frames; this process's turning them into its own numbers):
on a machine with no core to spare, a cold read takes that second longer.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import operator
import os
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, cast

import orjson

from newsdesk.analysis.linking import ActorIndex
from newsdesk.app.gcpause import gc_paused
from newsdesk.store.atomic import atomic_write, encode_json
from newsdesk.store.db import Store
from newsdesk.store.errors import StoreError, UnknownArticle
from newsdesk.store.folder import CACHE_FOLDER
from newsdesk.store.records import Article
from newsdesk.store.shapes import shape_problem

CACHE_FORMAT = "newsdesk-actor-names"
CACHE_VERSION = 2  # 1: every article's names written out (read, and written again as 2)
CACHE_FILE = "actor-names.json"
LINKER_FORMAT = "newsdesk-actor-linker"
LINKER_VERSION = 1
LINKER_FILE = "actor-linker.json"
LOG_FILE = "actor-names.log"
LOG_FOLD_BYTES = 1 << 21  # a log this long, and longer than the file, is folded into it

Name = tuple[str, str, str | None]  # an actor's (name, kind, affiliation)
ActorNames = list[Name]


def actor_names(store: Store, fingerprints: dict[str, int] | None = None
                ) -> dict[str, ActorNames]:
    """Every article's actors by article id, in the store's order, from the cache where
    it is current and from the articles where not (`fingerprints`: the store's, if the
    caller has them already)."""
    if fingerprints is None:
        fingerprints = store.article_fingerprints()
    if fingerprints is None:  # not in segments yet (a store being moved): no cache
        return {a.id: _names_of(a.findings) for a in store.iter_articles()}
    cache = _read_cache(store)
    table, name_of = cache.table, cache.table.__getitem__
    numbers: dict[Name, int] = {}  # each name's number, once an article is to be read
    names: dict[str, ActorNames] = {}
    fresh: dict[str, tuple[int, list[int]]] = {}
    entries = cache.entries
    unread = [article_id for article_id, fingerprint in fingerprints.items()
              if (entry := entries.get(article_id)) is None or entry[0] != fingerprint]
    if unread:
        numbers = {name: n for n, name in enumerate(table)}
    # Kept, or garbage freed as it is dropped (parsed JSON holds no cycles): a collection
    # would only walk the names again and again (1.2 s of a cold read of 100,000 articles,
    # and as long again in the write below).
    with _SharedRead.of(store, unread) as shared, gc_paused():
        reads = _reads(store, unread, numbers, fingerprints, shared)
        for article_id, fingerprint in fingerprints.items():
            entry = entries.get(article_id)
            if entry is None or entry[0] != fingerprint:
                read = next(reads)  # `unread`'s next: this article
                if read is None:  # removed by another process since the index was read
                    continue
                found, known = read
                if None in known:  # a name new to the table
                    known = [_number(numbers, table, n) for n in found]
                entry = (fingerprint, cast(list[int], known))
            # The table's own tuples: 1.6 million names held once each, not once per article.
            names[article_id] = list(map(name_of, entry[1]))
            fresh[article_id] = entry
        if not cache.current or fresh != cache.entries or cache.fold:
            _write_cache(store, table, fresh, cache.logged)
    return names


def keep_names(store: Store, article_ids: Iterable[str]) -> None:
    """After a commit of these articles: their entries, read back from the store (names
    and fingerprint from the same bytes), appended to the cache's log; the log folded into
    `actor-names.json` when it has grown past it. Nothing for a read-only store; a failure
    leaves the cache only colder."""
    if store.readonly:
        return
    lines: list[bytes] = []
    try:
        for article_id, raw in store.articles_json(list(article_ids)):
            found = None if raw is None else _json_names(raw, article_id, {})
            if raw is not None and found is not None:
                lines.append(encode_json([article_id, len(raw) << 32 | zlib.crc32(raw),
                                          [list(n) for n in found[0]]]) + b"\n")
    except StoreError:
        return
    if not lines:
        return
    folder = store.path / CACHE_FOLDER
    try:
        folder.mkdir(exist_ok=True)
        fd = os.open(folder / LOG_FILE, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            size = os.fstat(fd).st_size
            # a torn last line: end it first
            torn = size > 0 and os.pread(fd, 1, size - 1) != b"\n"
            data = (b"\n" if torn else b"") + b"".join(lines)
            os.write(fd, data)  # one write at the end: lines of two processes never mix
            size += len(data)
        finally:
            os.close(fd)
        try:
            base = (folder / CACHE_FILE).stat().st_size
        except FileNotFoundError:
            base = 0
    except OSError:
        return
    if size > max(LOG_FOLD_BYTES, base):
        _fold(store)


def _fold(store: Store) -> None:
    """The log's entries (those still current) written into `actor-names.json`, and the
    log deleted; no article read."""
    fingerprints = store.article_fingerprints()
    if fingerprints is None:
        return
    cache = _read_cache(store)
    kept = {article_id: entry for article_id, entry in cache.entries.items()
            if fingerprints.get(article_id) == entry[0]}
    _write_cache(store, cache.table, kept, cache.logged)


def actor_index(store: Store) -> ActorIndex:
    """The linking index of every stored article's actor names, in the store's order."""
    fingerprints = store.article_fingerprints()
    if fingerprints is None:
        return _built(actor_names(store))
    pairs = list(fingerprints.items())
    index, start = _restored(store, pairs)
    if index is None:
        index = _built(actor_names(store, fingerprints))
    else:
        for article_id, _ in pairs[start:]:
            try:
                findings = store.get_article(article_id).findings
            except UnknownArticle:  # removed meanwhile: this index is not the store's
                return _built(actor_names(store))
            for name, kind, affiliation in _names_of(findings):
                index.add(name, kind, affiliation)
        if start == len(pairs):
            return index
    write_cache_file(store, LINKER_FILE, {"format": LINKER_FORMAT, "version": LINKER_VERSION,
                                "count": len(pairs), "digest": _digest(pairs),
                                "state": index.snapshot()})
    return index


def _built(names: dict[str, ActorNames]) -> ActorIndex:
    index = ActorIndex()
    with gc_paused():  # entries, lists and dicts the index keeps
        index.add_all(itertools.chain.from_iterable(names.values()))
    return index


def _restored(store: Store, pairs: list[tuple[str, int]]) -> tuple[ActorIndex | None, int]:
    """The cached index and how many of `pairs` it covers, if they are its articles."""
    try:
        data = json.loads((store.path / CACHE_FOLDER / LINKER_FILE).read_bytes())
    except (OSError, ValueError):
        return None, 0
    if not (isinstance(data, dict) and data.get("format") == LINKER_FORMAT
            and data.get("version") == LINKER_VERSION):
        return None, 0
    count = data.get("count")
    if not (type(count) is int and 0 <= count <= len(pairs)
            and data.get("digest") == _digest(pairs[:count])):
        return None, 0
    try:
        return ActorIndex.from_snapshot(data.get("state")), count
    except ValueError:
        return None, 0


def _digest(pairs: list[tuple[str, int]]) -> str:
    """What tells one sequence of (article id, fingerprint) from another."""
    digest = hashlib.sha256()
    for article_id, fingerprint in pairs:
        digest.update(f"{article_id}\0{fingerprint}\n".encode("utf-8", "replace"))
    return digest.hexdigest()


def _read_names(store: Store, article_id: str, raw: bytes | None,
                numbers: dict[Name, int]) -> tuple[ActorNames, list[int | None]] | None:
    """An article's actors' names as `get_article` gives them, and each one's number in
    `numbers` (None where it has none), or None if there is no such article: from its stored
    JSON `raw` (`Store.article_json`'s) where that shows them plainly, from the whole
    article where not."""
    if raw is not None:
        found = _json_names(raw, article_id, numbers)
        if found is not None:
            return found
    try:
        names = _names_of(store.get_article(article_id).findings)
    except UnknownArticle:
        return None
    return names, list(map(numbers.get, names))


Read = tuple[ActorNames, list[int | None]] | None  # `_read_names`'


def _reads(store: Store, unread: list[str], numbers: dict[Name, int],
           fingerprints: dict[str, int], shared: _SharedRead | None) -> Iterator[Read]:
    """`_read_names` of each of `unread` in turn: read here from the first onwards, the
    others (those `shared`'s process has read by the time this one reaches them) taken from
    it where it read the very bytes the store's index has (their fingerprint) and found
    them plain, read here where not."""
    raws = store.articles_json(unread)
    for position, article_id in enumerate(unread):
        if shared is not None and position >= shared.frontier:
            break
        read_id, raw = next(raws)  # `unread`'s next: this article
        yield _read_names(store, article_id, raw if read_id == article_id else None, numbers)
    else:
        return
    assert shared is not None
    shared.close()  # its core back to the import's analysis workers
    for article_id, (fingerprint, names, known) in zip(
            unread[position:], shared.found(position, numbers), strict=True):
        if names is not None and fingerprint == fingerprints[article_id]:
            yield names, known
        else:
            yield _read_names(store, article_id, store.article_json(article_id), numbers)


# A cold read of this many articles or more is shared with a second process (a Python
# start and the store's index: 0.4 s of CPU, what 6,000 articles' names cost).
SHARE_MIN = 10_000
SHARE_CHUNK = 500  # articles per frame the second process sends


class _SharedRead:
    """A second process (app/namesworker.py) reading the names of the articles of a cold
    read from the last backwards, while this one reads them from the first: where they
    meet, this one stops it and takes what it read. Parsing the JSON is most of the read
    (6 s of CPU at 100,000 articles, which an import's first use of the linking index
    waits for) and runs on two cores so; the import's analysis workers have little to do
    meanwhile. This process never waits for the other: whatever it has not sent by then
    is read here (all of it, if it never started, failed or died)."""

    def __init__(self, store: Store, ids: list[str]) -> None:
        from .parallel import child_env
        from .worker import write_frame

        self.frontier = len(ids)  # the other process has sent ids[frontier:]
        self._frames: list[tuple[int, list[tuple[int, list[int] | None]]]] = []
        self._table: list[Name] = []  # its names, by its numbers
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsdesk.app.namesworker", str(store.path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=child_env(), close_fds=True)
        stdin = self.process.stdin
        assert stdin is not None

        def send() -> None:  # 1.5 MB at 100,000 ids: more than a pipe holds
            with contextlib.suppress(OSError, ValueError), stdin:
                write_frame(stdin, ids)

        threading.Thread(target=send, name="newsdesk-names-ids", daemon=True).start()
        self._reader = threading.Thread(target=self._read, name="newsdesk-names-read",
                                        daemon=True)
        self._reader.start()

    @classmethod
    @contextlib.contextmanager
    def of(cls, store: Store, ids: list[str]) -> Iterator[_SharedRead | None]:
        """One for a read of `ids` long enough to share (on a machine of two cores or
        more), None for another; stopped on the way out, whatever happened."""
        from .parallel import cores

        shared = None
        if len(ids) >= SHARE_MIN and cores() > 1:
            with contextlib.suppress(OSError):  # no process to be had: all read here
                shared = cls(store, ids)
        try:
            yield shared
        finally:
            if shared is not None:
                shared.close()

    def _read(self) -> None:
        from .worker import read_frame

        stdout = self.process.stdout
        assert stdout is not None
        try:
            while self.frontier > 0:
                start, found, names = read_frame(stdout)
                if start + len(found) != self.frontier:  # not the frame before: not used
                    return
                self._table.extend(names)
                self._frames.append((start, found))
                self.frontier = start  # last: what it covers is in place
        except Exception:  # its output ended (it finished, failed or was stopped)
            return

    def close(self) -> None:
        """The other process stopped, and all it sent taken in."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._reader.join()
        if self.process.stdout is not None:
            self.process.stdout.close()

    def found(self, start: int, numbers: dict[Name, int]
              ) -> Iterator[tuple[int, ActorNames | None, list[int | None]]]:
        """Once closed, per id from `start` on (all sent by then): the fingerprint of the
        JSON the other process read, the names it found there (None where it left the
        article to a whole read) and their numbers in `numbers` as it is when the caller
        asks for the next (None for a name it has not). Its numbers are turned into ours
        once each, not a name looked up in `numbers` per use: 0.3 s at 50,000 articles."""
        assert start >= self.frontier
        table = self._table
        ours: list[int | None] = [None] * len(table)  # each of its numbers', once known
        frames = itertools.chain.from_iterable(f for _, f in reversed(self._frames))
        for fingerprint, theirs in itertools.islice(frames, start - self.frontier, None):
            if theirs is None:
                yield fingerprint, None, []
                continue
            known = list(map(ours.__getitem__, theirs))
            if None in known:
                for n in theirs:
                    if ours[n] is None:
                        ours[n] = numbers.get(table[n])
                known = list(map(ours.__getitem__, theirs))
            yield fingerprint, list(map(table.__getitem__, theirs)), known


def serve_names(store: Store, ids: list[str], out: IO[bytes]) -> None:
    """The second process's side of `_SharedRead`: `_json_names` of each of `ids` from the
    last backwards, in frames of SHARE_CHUNK articles, each (the position of its first
    article; per article the fingerprint of the JSON read and its names' numbers in a
    table of this process's, or None where the article is left to a whole read; the
    names the table gained)."""
    from .worker import write_frame

    numbers: dict[Name, int] = {}
    table: list[Name] = []
    end = len(ids)
    while end > 0:
        start, sent = max(0, end - SHARE_CHUNK), len(table)
        found: list[tuple[int, list[int] | None]] = []
        for article_id, raw in store.articles_json(ids[start:end]):
            read = None if raw is None else _json_names(raw, article_id, numbers)
            if raw is None or read is None:
                found.append((-1, None))
            else:
                found.append((len(raw) << 32 | zlib.crc32(raw),
                              [_number(numbers, table, n) for n in read[0]]))
        write_frame(out, (start, found, table[sent:]))
        end = start


def _names_in_json(raw: bytes, article_id: str,
                   known: Iterable[Name] = ()) -> ActorNames | None:
    """The names `_names_of(get_article(article_id).findings)` gives for an article stored
    as `raw`, or None (see `_json_names`; `known`: names checked before)."""
    found = _json_names(raw, article_id, dict.fromkeys(known, 0))
    return None if found is None else found[0]


def _json_names(raw: bytes, article_id: str, numbers: dict[Name, int]
                ) -> tuple[ActorNames, list[int | None]] | None:
    """The names `_names_of(get_article(article_id).findings)` gives for an article stored
    as `raw`, and each one's number in `numbers` (None where it has none), without making
    its records (a third of the time, and none of the objects): the JSON parsed as
    `get_article` parses it, its shape checked as it checks it, and the findings read as
    `Findings.from_json` would read them. None for anything else (not JSON, not an
    article's shape, an actor not a plain name, kind and affiliation, or something
    `Findings.from_json` would fail on): the caller reads the article then, and meets what
    it meets. The names in `numbers` are names checked before: each a str, a str and a str
    or None."""
    try:
        # orjson parses a stored article in about half json's time (the cold read parses
        # every article of the store); what it refuses (NaN, a byte order mark, a lone
        # surrogate) json reads as `get_article` does. An integer past 64 bits it reads as
        # a float: in no name, and where a shape wants an int the check below fails and
        # the caller reads the article whole (tests/app/test_derived.py).
        doc = orjson.loads(raw)
    except ValueError:
        try:
            doc = json.loads(raw)
        except ValueError:
            return None
    if not isinstance(doc, dict) or shape_problem(Article, doc, article_id) is not None:
        return None
    findings = doc.get("findings")
    if not findings:  # None, or {}: no findings, no actors
        return [], []
    actors = findings.get("actors")
    if type(actors) is not list or _not_iterable(findings.get("sentences")):
        return None
    measures = findings.get("measures")
    if type(measures) is list and measures and any(
            type(m) is dict and (_not_iterable(m.get("targets"))
                                 or _not_iterable(m.get("times"))) for m in measures):
        return None
    # Both of `Findings.from_json`'s readers give these three alike for an actor with a
    # str name and kind, and an affiliation that is a str or None (absent: None). A name
    # equal to one in `numbers` is such a name: no other JSON value equals a str or None.
    try:
        try:
            names: ActorNames = list(map(_NAME_KIND_AFFILIATION, actors))
        except KeyError:  # no affiliation (or no name: raised again below)
            names = [(a["name"], a["kind"], a.get("affiliation")) for a in actors]
        known = list(map(numbers.get, names))
    except (TypeError, KeyError, AttributeError):  # not an object, nameless, a list in it
        return None
    if None in known and not all(
            type(name) is str and type(kind) is str
            and (affiliation is None or type(affiliation) is str)
            for name, kind, affiliation in names):
        return None
    # Aliases: each actor's checked one by one only where one is of a type that may fail
    # (not a list, str, dict or null; the actors are dicts by now). The types are gathered
    # without a Python call per actor: 0.1 s at 100,000 articles, where looking for a key
    # named "aliases" in the JSON (or for a \u escape that could spell one), found in most,
    # and then checking each actor cost 0.45.
    if (not _PLAIN_ALIASES.issuperset(map(type, map(dict.get, actors, _ALIASES)))
            and any(_not_iterable(a.get("aliases")) for a in actors)):
        return None
    return names, known


_NAME_KIND_AFFILIATION = operator.itemgetter("name", "kind", "affiliation")
_ALIASES = itertools.repeat("aliases")
_PLAIN_ALIASES = frozenset({list, str, dict, type(None)})  # `_not_iterable` of none of them


def _not_iterable(value: Any) -> bool:
    """Whether `value` is a JSON value that `Findings.from_json` fails on where it takes a
    list or nothing (`value or ()`, iterated): a number other than 0, or true."""
    return bool(value) and not isinstance(value, str | list | dict)


def _names_of(findings: Any) -> ActorNames:
    if findings is None:
        return []
    return [(a.name, a.kind, a.affiliation) for a in findings.actors]


@dataclass(slots=True)
class _Cache:
    """What `actor-names.json` holds: each distinct name once, and per article id its
    fingerprint and its names' numbers in `table`."""

    table: list[Name] = field(default_factory=list)
    entries: dict[str, tuple[int, list[int]]] = field(default_factory=dict)
    current: bool = False  # of the version written now
    logged: bool = False  # entries were taken from the log (delete it once written)
    fold: bool = False  # and the log is long enough to fold into the file


def _read_cache(store: Store) -> _Cache:
    """The cache's entries that have the right shape; anything else counts as absent."""
    folder = store.path / CACHE_FOLDER
    try:
        raw = (folder / CACHE_FILE).read_bytes()
    except OSError:
        raw = b""
    try:
        log = (folder / LOG_FILE).read_bytes()
    except OSError:
        log = b""
    # What is made here is kept, not garbage: the collector would only walk it again and
    # again (version 1's 1.6 million lists: 2 s of the 3 s its parse took, and more after).
    with gc_paused():
        cache = _parsed(raw) if raw else _Cache()
        if log:
            _add_log(cache, log)
            cache.fold = len(log) > max(LOG_FOLD_BYTES, len(raw))
        return cache


def _add_log(cache: _Cache, log: bytes) -> None:
    """The log's entries over the file's: each whole line that has an entry's shape."""
    numbers = {name: n for n, name in enumerate(cache.table)}
    for line in log.split(b"\n")[:-1]:  # the part after the last newline: torn
        try:
            article_id, fingerprint, names = json.loads(line)
        except (ValueError, TypeError):
            continue
        if not (type(article_id) is str and type(fingerprint) is int
                and isinstance(names, list) and all(_is_name(n) for n in names)):
            continue
        cache.entries[article_id] = (fingerprint, [
            _number(numbers, cache.table, (n[0], n[1], n[2])) for n in names])
        cache.logged = True


def _parsed(raw: bytes) -> _Cache:
    try:
        data = json.loads(raw)
    except ValueError:
        return _Cache()
    if not (isinstance(data, dict) and data.get("format") == CACHE_FORMAT):
        return _Cache()
    if data.get("version") == 1 and isinstance(data.get("articles"), dict):
        return _cache_v1(data["articles"])
    if data.get("version") != CACHE_VERSION:
        return _Cache()
    names, ids = data.get("names"), data.get("ids")
    fingerprints, counts, numbers = (data.get("fingerprints"), data.get("counts"),
                                     data.get("numbers"))
    if not (isinstance(names, list) and all(_is_name(n) for n in names)
            and isinstance(ids, list) and isinstance(fingerprints, list)
            and isinstance(counts, list) and isinstance(numbers, list)
            and len(ids) == len(fingerprints) == len(counts)
            and set(map(type, ids)) <= {str} and set(map(type, fingerprints)) <= {int}
            and set(map(type, counts)) <= {int} and set(map(type, numbers)) <= {int}
            and (not counts or min(counts) >= 0) and sum(counts) == len(numbers)
            and (not numbers or (min(numbers) >= 0 and max(numbers) < len(names)))):
        return _Cache()
    entries: dict[str, tuple[int, list[int]]] = {}
    start = 0
    for article_id, fingerprint, count in zip(ids, fingerprints, counts, strict=True):
        entries[article_id] = (fingerprint, numbers[start:start + count])
        start += count
    return _Cache([(n[0], n[1], n[2]) for n in names], entries, True)


def _cache_v1(articles: dict[str, Any]) -> _Cache:
    """Version 1: {id: [fingerprint, [[name, kind, affiliation], ...]]}."""
    cache = _Cache()
    numbers: dict[Name, int] = {}

    def number(n: Any) -> int:  # checked the first time it is met, as a list of 3
        if type(n) is not list:
            raise TypeError
        found = numbers.get(tuple(n))  # TypeError if a part is a list or a dict
        if found is not None:
            return found
        if not _is_name(n):
            raise TypeError
        return _number(numbers, cache.table, (n[0], n[1], n[2]))

    for article_id, entry in articles.items():
        if (isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int
                and isinstance(entry[1], list)):
            with contextlib.suppress(TypeError):
                cache.entries[article_id] = (entry[0], list(map(number, entry[1])))
    return cache


def _is_name(n: Any) -> bool:
    return (isinstance(n, list) and len(n) == 3 and isinstance(n[0], str)
            and isinstance(n[1], str) and isinstance(n[2], str | None))


def _number(numbers: dict[Name, int], table: list[Name], name: Name) -> int:
    """`name`'s number in `table`, added at its end if new."""
    number = numbers.get(name)
    if number is None:
        number = numbers[name] = len(table)
        table.append(name)
    return number


def _write_cache(store: Store, table: list[Name],
                 entries: dict[str, tuple[int, list[int]]], logged: bool = False) -> None:
    """The file written with these entries (in this order); the log, if they include its
    entries, deleted once it is (a line appended meanwhile is lost: its article is read
    again when next needed)."""
    used = set().union(*(numbers for _, numbers in entries.values()))
    if len(used) < len(table) * 3 // 4:  # names of removed or changed articles: dropped
        order = {n: None for _, numbers in entries.values() for n in numbers}
        renumber = dict(zip(order, range(len(order)), strict=True))
        table = [table[n] for n in order]
        entries = {article_id: (fingerprint, [renumber[n] for n in numbers])
                   for article_id, (fingerprint, numbers) in entries.items()}
    written = write_cache_file(store, CACHE_FILE, {
        "format": CACHE_FORMAT, "version": CACHE_VERSION, "names": [list(n) for n in table],
        "ids": list(entries), "fingerprints": [e[0] for e in entries.values()],
        "counts": [len(e[1]) for e in entries.values()],
        "numbers": list(itertools.chain.from_iterable(e[1] for e in entries.values()))})
    if logged and written:
        with contextlib.suppress(OSError):
            (store.path / CACHE_FOLDER / LOG_FILE).unlink()


def write_cache_file(store: Store, name: str, data: dict[str, Any]) -> bool:
    """Write one file of the store's cache/ atomically; nothing for a read-only store, and
    a failure is ignored (a cache is only ever cold, never needed). Whether it was written."""
    return write_cache_chunks(store, name, [encode_json(data)])


def write_cache_chunks(store: Store, name: str, chunks: Iterable[bytes]) -> bool:
    """`write_cache_file` of a file given as its bytes, in parts."""
    if store.readonly:
        return False
    folder = store.path / CACHE_FOLDER
    try:
        folder.mkdir(exist_ok=True)
        atomic_write(folder / name, chunks)
    except (OSError, StoreError):
        return False
    return True
