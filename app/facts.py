"""What the corpus-wide views (timeline, actor profiles, threads) need of each article,
with the reader's corrections applied, kept on disk as a cache (issue 14).

Each article's facts come from its view (`views.view_of`: the one code path every view
uses), so the timeline and a profile show what `show`, the workstation and the exports
show. They are kept in two files of `cache/` in the store folder, each entry under the
article's fingerprint (its stored length and checksum, from the store's index without
reading the article) and a digest of the corrections that apply to it:

    facts-timeline.json   per article: published, title, source, measures, deadlines
    facts-actors.json     per article: its actors (name, kind, role, affiliation, mentions)

An entry is used only while both keys match; a missing, changed or unreadable entry is made
again from the article, a removed article's dropped. So the cache is never wrong, only cold:
the first use at 10,000 articles reads them all, later ones read two files (the timeline
only the first). Written atomically after use when changed; a read-only store, or a write
that fails, leaves it as it was.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsdesk.store.atomic import encode_json
from newsdesk.store.db import Store
from newsdesk.store.errors import UnknownArticle
from newsdesk.store.folder import CACHE_FOLDER
from newsdesk.store.shapes import as_doc

from .countdown import deadline_actors, names_actor
from .derived import write_cache_chunks
from .views import CorrectionsIndex, tagged_articles, view_of

if TYPE_CHECKING:
    from newsdesk.store.calendar import DeadlineEntry
    from newsdesk.store.view import ArticleView

__all__ = ["ActorFact", "ArticleFacts", "DeadlineFact", "MeasureFact", "corpus_facts"]

FORMAT = "newsdesk-facts"
# 2: an article's actors as one string of lines (parsed fast, split when used); 3: its URL,
# each deadline's words and each measure's whole evidence (the deadline table, `deadlines`);
# 4: the engine version that found them (the workstation's start reads no article for it)
VERSION = 4
TIMELINE_FILE = "facts-timeline.json"
ACTORS_FILE = "facts-actors.json"

# Who hears how a long (re)build of the cache goes, (done, total) articles: a command sets
# it for its own thread (a cold cache at 100,000 articles reads for a minute).
PROGRESS: contextvars.ContextVar[Callable[[int, int], None] | None] = \
    contextvars.ContextVar("facts_progress", default=None)
PROGRESS_FROM = 500  # articles to (re)make before progress is reported


@dataclass(frozen=True, slots=True)
class MeasureFact:
    index: int  # in the article's (corrected) findings
    type: str
    action: str
    imposer: str | None
    targets: tuple[str, ...]
    magnitude: str | None
    start: int
    end: int
    text: str

    @property
    def parties(self) -> str:
        """"United States -> China, Canada" ("?" for no imposer)."""
        targets = f" -> {', '.join(self.targets)}" if self.targets else ""
        return f"{self.imposer or '?'}{targets}"


@dataclass(frozen=True, slots=True)
class DeadlineFact:
    date: str
    what: str
    measure: int | None
    start: int
    end: int
    actors: tuple[str, ...]  # who it involves (its measure's parties, its sentence's actors)
    text: str = ""  # the words of the article that give the date


@dataclass(frozen=True, slots=True)
class ActorFact:
    name: str
    kind: str
    role: str | None
    affiliation: str | None
    mentions: int


class ArticleFacts:
    """One article's facts. Read from the cache, its measures and deadlines are made from
    their stored rows when first used, and its actors likewise (`actor_rows`: a line per
    actor, fields between tabs): a profile needs them for a few of 10,000 articles."""

    __slots__ = ("id", "title", "published", "source", "url", "engine", "_measures",
                 "_deadlines", "_rows", "actors", "actor_rows")

    def __init__(self, id: str, title: str, published: str | None, source: str | None,
                 measures: list[MeasureFact] | None = None,
                 deadlines: list[DeadlineFact] | None = None,
                 actors: list[ActorFact] | None = None, *,
                 rows: tuple[list[Any], list[Any]] | None = None,
                 actor_rows: str | None = None, url: str | None = None,
                 engine: str | None = None) -> None:
        self.id, self.title, self.published, self.source = id, title, published, source
        self.url = url
        self.engine = engine  # the engine version that found them (Article.findings_version)
        self._measures, self._deadlines, self._rows = measures, deadlines, rows
        self.actors = actors  # None: not asked for, or not made yet from `actor_rows`
        self.actor_rows = actor_rows

    @property
    def measures(self) -> list[MeasureFact]:
        if self._measures is None:
            self._make()
        assert self._measures is not None
        return self._measures

    @property
    def deadlines(self) -> list[DeadlineFact]:
        if self._deadlines is None:
            self._make()
        assert self._deadlines is not None
        return self._deadlines

    def _make(self) -> None:
        measures, deadlines = self._rows or ([], [])
        self._measures = [
            MeasureFact(int(m[0]), _text(m[1]), _text(m[2]), _opt(m[3]),
                        tuple(_text(t) for t in m[4]), _opt(m[5]), int(m[6]), int(m[7]),
                        _text(m[8])) for m in measures]
        self._deadlines = [
            DeadlineFact(_text(d[0]), _text(d[1]), None if d[2] is None else int(d[2]),
                         int(d[3]), int(d[4]), tuple(_text(a) for a in d[5]), _text(d[6]))
            for d in deadlines]
        self._rows = None

    def actor_list(self) -> list[ActorFact]:
        """The actors (made from the cached rows on first use); [] if not asked for."""
        if self.actors is None and self.actor_rows is not None:
            self.actors = [_actor_of_line(line) for line in self.actor_rows.split("\n")
                           if line]
        return self.actors or []

    def actor_names(self) -> list[tuple[str, str]]:
        """(name, kind) of each actor, without making the other fields."""
        if self.actors is None and self.actor_rows is not None:
            return _NAME_KIND.findall(self.actor_rows)
        return [(a.name, a.kind) for a in self.actors or ()]

    def names(self, name: str) -> bool:
        """Whether one of the actors is called exactly `name`."""
        if self.actors is None and self.actor_rows is not None:
            return f"\n{_field(name)}\t" in f"\n{self.actor_rows}"
        return any(a.name == name for a in self.actors or ())


def _timeline_row(f: ArticleFacts) -> list[Any]:
    return [f.title, f.published, f.source,
            [[m.index, m.type, m.action, m.imposer, list(m.targets), m.magnitude, m.start,
              m.end, m.text] for m in f.measures],
            [[d.date, d.what, d.measure, d.start, d.end, list(d.actors), d.text]
             for d in f.deadlines], f.url, f.engine]


_NAME_KIND = re.compile(r"^([^\t\n]*)\t([^\t\n]*)\t", re.M)


def _field(value: str | None) -> str:
    """A field of an actor line: no tab or line break in it (None: empty)."""
    return "" if value is None else value.replace("\t", " ").replace("\n", " ")


def _actors_row(f: ArticleFacts) -> str:
    if f.actors is None and f.actor_rows is not None:  # kept as its line already (`_kept`)
        return f.actor_rows
    return "".join(f"{_field(a.name)}\t{_field(a.kind)}\t{_field(a.role)}\t"
                   f"{_field(a.affiliation)}\t{a.mentions}\n" for a in f.actors or ())


def _kept(facts: ArticleFacts, actors: bool) -> ArticleFacts:
    """Facts just made, as kept until the cache is written: their actors, unless asked for,
    only as the line the cache file keeps (what is returned has none; 1.6 million actors
    of 100,000 articles held as objects took most of a cold build's 900 MB)."""
    if not actors:
        facts.actor_rows, facts.actors = _actors_row(facts), None
    return facts


def _actor_of_line(line: str) -> ActorFact:
    name, kind, role, affiliation, mentions = line.split("\t")
    return ActorFact(name, kind, role or None, affiliation or None, int(mentions))


def _from_rows(article_id: str, timeline: list[Any], actors: Any) -> ArticleFacts:
    """Facts from their stored rows (their measures and deadlines made when used); a
    ValueError or TypeError where a row is not one. A row found damaged only when used
    (a measure's field of the wrong type) raises then: the cache is written by newsdesk
    alone, and checked here for its shape."""
    title, published, source, measures, deadlines, url, engine = timeline
    if not (isinstance(measures, list) and isinstance(deadlines, list)
            and all(isinstance(m, list) and len(m) == 9 for m in measures)
            and all(isinstance(d, list) and len(d) == 7 for d in deadlines)):
        raise TypeError("not measure or deadline rows")
    facts = ArticleFacts(article_id, _text(title), _opt(published), _opt(source),
                         rows=(measures, deadlines), url=_opt(url), engine=_opt(engine))
    if actors is not None:
        if not isinstance(actors, str) or (actors and not actors.endswith("\n")):
            raise TypeError("not actor lines")
        facts.actor_rows = actors
    return facts


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _opt(value: Any) -> str | None:
    return None if value is None else _text(value)


def facts_of_view(view: Any) -> ArticleFacts:
    """One article's facts from its view (corrections applied)."""
    article, findings = view.article, view.findings
    involved = deadline_actors(findings)
    return ArticleFacts(
        article.id, article.title, article.published, article.source,
        [MeasureFact(i, m.type, m.action, m.imposer, tuple(m.targets), m.magnitude, m.start,
                     m.end, m.text) for i, m in enumerate(findings.measures)],
        [DeadlineFact(d.date, d.what, d.measure, d.start, d.end,
                      tuple(sorted(involved.get(d.start, ()))), d.text)
         for d in findings.deadlines],
        [ActorFact(a.name, a.kind, a.role, a.affiliation, len(a.mentions))
         for a in findings.actors], url=article.url, engine=article.findings_version)


def corpus_facts(store: Store, *, actors: bool = False, keys_out: dict[str, str] | None = None,
                 names_out: set[str] | None = None,
                 on_view: Callable[[ArticleView], None] | None = None) -> list[ArticleFacts]:
    """Every stored article's facts, in the store's order (with their actors if asked);
    `keys_out`, given, receives each article's cache key (what its facts are made from),
    and `names_out` (with actors) every actor name they use. `on_view` is handed the view
    of each article read to make its facts (those the cache did not hold), so that a
    caller needing the same views does not read those articles a second time."""
    return _facts(store, actors=actors, keys_out=keys_out, names_out=names_out,
                  on_view=on_view)


def facts_naming(store: Store, pick: Callable[[set[str]], str]) -> tuple[str,
                                                                         list[ArticleFacts]]:
    """The actor `pick` chooses among every actor name the articles use, and the facts of
    the articles naming it (with their actors), in the store's order: what a profile
    needs, without making the facts of the thousands of other articles."""
    picked: list[str] = []

    def choose(names: set[str]) -> str:
        picked.append(pick(names))
        return picked[-1]

    found = _facts(store, actors=True, pick=choose)
    return picked[-1], found


def _no_deadlines(entry: Any) -> bool:
    """Whether a cache entry is one of an article without deadlines."""
    return isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], list) \
        and len(entry[1]) == 7 and entry[1][4] == []


def _facts(store: Store, *, actors: bool, keys_out: dict[str, str] | None = None,
           names_out: set[str] | None = None, pick: Callable[[set[str]], str] | None = None,
           with_deadlines: bool = False,
           on_view: Callable[[ArticleView], None] | None = None) -> list[ArticleFacts]:
    fingerprints = store.article_fingerprints()
    corrections = CorrectionsIndex.of_store(store)
    if fingerprints is None:  # a store being moved into segments: no cache
        unkept = []
        for article in store.iter_articles():
            view = view_of(article, (), corrections)
            unkept.append(facts_of_view(view))
            if on_view is not None:
                on_view(view)
        return unkept
    # Most articles have no correction of their own, and most stores none of every article.
    touched = {c.article_id for c in corrections.all}
    keys = {article_id: f"{fingerprint}:{_corrections_key(corrections, article_id)}"
            if None in touched or article_id in touched else f"{fingerprint}:"
            for article_id, fingerprint in fingerprints.items()}
    if keys_out is not None:
        keys_out.update(keys)
    timeline = _read(store, TIMELINE_FILE)
    stale = [i for i in keys if _entry_key(timeline.get(i)) != keys[i]]
    actor_rows = _read(store, ACTORS_FILE) if actors or stale or timeline.keys() != keys.keys() \
        else {}
    if actors:
        stale = [i for i in keys if i in stale or _entry_key(actor_rows.get(i)) != keys[i]]
    made: dict[str, ArticleFacts] = {}
    report = PROGRESS.get() if len(stale) >= PROGRESS_FROM else None
    for done, article_id in enumerate(stale, 1):
        try:
            article = store.get_article(article_id)
        except UnknownArticle:  # removed by another process since the index was read
            continue
        view = view_of(article, (), corrections)
        made[article_id] = _kept(facts_of_view(view), actors)
        if on_view is not None:
            on_view(view)
        if report is not None and (done % 100 == 0 or done == len(stale)):
            report(done, len(stale))
    names = actor_rows.get(_NAMES) if actors and not made else None
    if pick is not None and isinstance(names, list) and all(isinstance(n, str) for n in names):
        # Nothing to make, every name known: only the articles naming the one picked.
        chosen = pick(set(names))
        needle = f"\n{_field(chosen)}\t"
        try:
            # (a damaged entry, not a string, raises here: the whole way makes it again)
            return [_from_rows(i, timeline[i][1], actor_rows[i][1]) for i in keys
                    if needle in "\n" + actor_rows[i][1]]
        except (KeyError, IndexError, ValueError, TypeError):
            pass
    # The deadline table needs only the articles with deadlines: when nothing is to be
    # written back, the others are passed over unmade.
    skip_dateless = with_deadlines and not made and timeline.keys() == keys.keys()
    out: list[ArticleFacts] = []
    for article_id in keys:
        if skip_dateless and _no_deadlines(timeline.get(article_id)):
            continue
        facts = made.get(article_id)
        if facts is None:
            try:
                facts = _from_rows(article_id, timeline[article_id][1],
                                   actor_rows[article_id][1] if actors else None)
            except (KeyError, IndexError, ValueError, TypeError):
                # A damaged entry: made from the article after all.
                try:
                    view = view_of(store.get_article(article_id), (), corrections)
                except UnknownArticle:
                    continue
                facts = _kept(facts_of_view(view), actors)
                if on_view is not None:
                    on_view(view)
                made[article_id] = facts
        out.append(facts)
    if names_out is not None and actors:
        names_out.update(names if isinstance(names, list) and all(
            isinstance(n, str) for n in names) else all_actor_names(out))
    if made or timeline.keys() != keys.keys():
        kept = {f.id for f in out}
        new_timeline = ((i, [keys[i], _timeline_row(made[i])] if i in made else timeline[i])
                        for i in keys if i in kept)  # made as written, not all at once
        new_actors: dict[str, Any] = {
            i: [keys[i], _actors_row(made[i])] if i in made else actor_rows[i]
            for i in keys if i in kept and (i in made or i in actor_rows)}
        # Every name, so that a profile finds the one asked for without reading them all.
        new_actors[_NAMES] = sorted(all_actor_names(
            _from_rows(i, ["", None, None, [], [], None, None], row[1])
            for i, row in new_actors.items()))
        write_cache_chunks(store, TIMELINE_FILE, _encoded(new_timeline))
        write_cache_chunks(store, ACTORS_FILE, _encoded(new_actors.items()))
    if not actors:
        for facts in out:
            facts.actors = facts.actor_rows = None
    if pick is not None:
        chosen = pick(all_actor_names(out))
        return [f for f in out if f.names(chosen)]
    return out


def all_actor_names(facts: Iterable[ArticleFacts]) -> set[str]:
    """Every actor name the articles use (from the cached lines in one pass where it can)."""
    lines = []
    names: set[str] = set()
    for f in facts:
        if f.actors is None and f.actor_rows is not None:
            lines.append(f.actor_rows)
        else:
            names.update(a.name for a in f.actors or ())
    names.update(_NAME.findall("".join(lines)))
    return names


_NAME = re.compile(r"^([^\t\n]*)\t", re.M)
_NAMES = "\u0000names"  # the actors file's entry of every name (no article id starts so)


def _encoded(articles: Iterable[tuple[str, Any]]) -> Iterator[bytes]:
    """`encode_json({"format": FORMAT, "version": VERSION, "articles": dict(articles)})`
    (no id given twice), the same bytes, in parts of about a megabyte: never the whole file
    at once (the actors of 100,000 articles: 62 MB, held two or three times over while
    encoded whole)."""
    yield encode_json({"format": FORMAT, "version": VERSION})[:-1] + b',"articles":{'
    part: list[bytes] = []
    size = 0
    for n, (article_id, entry) in enumerate(articles):
        part.append(b"%s%s:%s" % (b"," if n else b"", encode_json(article_id),
                                  encode_json(entry)))
        size += len(part[-1])
        if size >= 1 << 20:
            yield b"".join(part)
            part, size = [], 0
    part.append(b"}}")
    yield b"".join(part)


def _corrections_key(corrections: CorrectionsIndex, article_id: str) -> str:
    if not corrections.all:
        return ""
    own = corrections.of(article_id)
    if not own:
        return ""
    digest = hashlib.sha1()
    for c in own:
        digest.update(encode_json(as_doc(c)))
    return digest.hexdigest()[:16]


def _entry_key(entry: Any) -> str | None:
    return entry[0] if isinstance(entry, list) and len(entry) == 2 and \
        isinstance(entry[0], str) else None


def _read(store: Store, name: str) -> dict[str, Any]:
    """A cache file's entries (absent, unreadable or of another format: none)."""
    try:
        data = json.loads((store.path / CACHE_FOLDER / name).read_bytes())
    except (OSError, ValueError):
        return {}
    if not (isinstance(data, dict) and data.get("format") == FORMAT
            and data.get("version") == VERSION and isinstance(data.get("articles"), dict)):
        return {}
    entries: dict[str, Any] = data["articles"]
    return entries



def deadline_table(store: Store, *, actor: str | None = None,
                   tag: str | None = None) -> list[DeadlineEntry]:
    """Every stored article's deadlines (corrections applied), soonest first, as
    `views.load_deadlines` gives them, but from the facts cache: a read of one file, not of
    every article with deadlines. With `actor`, those involving it; with `tag`, those of
    articles with a note so tagged."""
    from newsdesk.analysis.model import Measure
    from newsdesk.store.calendar import DeadlineEntry, due_day, sort_entries


    tagged = tagged_articles(store, [tag]) if tag is not None else None
    entries = []
    for f in _facts(store, actors=False, with_deadlines=True):
        if not f.deadlines or (tagged is not None and f.id not in tagged):
            continue
        measures = {m.index: m for m in f.measures}
        for d in f.deadlines:
            if actor is not None and not names_actor(actor, d.actors):
                continue
            m = measures.get(d.measure) if d.measure is not None else None
            entries.append(DeadlineEntry(
                article_id=f.id, article_title=f.title, article_url=f.url,
                article_source=f.source, date=d.date, due=due_day(d.date), what=d.what,
                text=d.text, start=d.start,
                measure=None if m is None else Measure(
                    m.type, m.action, m.imposer, list(m.targets), m.magnitude, m.start, m.end,
                    m.text)))
    return sort_entries(entries)
