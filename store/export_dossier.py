"""Notes out across articles: a dossier with a section per actor and one deadline timeline.

Actors are one across articles when their canonical names fold to the same text (case,
accents and spacing ignored); the engine already makes "Washington" the United States and
"President Trump" Trump, and the reader's merges add aliases. A dossier covers every
article (`scope_all`), the articles naming one actor (`scope_actor`), or the notes with
one tag (`scope_tag`); each scope says in the dossier how it chose what is in it.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from newsdesk.analysis.model import Findings, Measure

from . import export_markdown as md
from .calendar import sort_entries
from .export import (
    DEADLINE_HEADERS,
    GENERATOR,
    Links,
    deadline_footnote,
    deadline_rows,
    evidence,
    iso_date,
    name_cell,
    note_block,
    short_id,
    stamp,
    targets_cell,
    utc,
)
from .notes import normalize_tags
from .records import Annotation
from .view import ArticleView


class NoMatch(ValueError):
    """Nothing in the store fits the dossier's actor or tag; the message says what to try."""


@dataclass(slots=True, eq=False)
class ActorFile:
    """What the articles say about one actor."""

    name: str
    key: str
    kinds: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)  # folded names it is also known by
    called: list[str] = field(default_factory=list)  # how the articles call it
    roles: list[tuple[str, str, ArticleView]] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)  # article id -> mentions
    taken: list[tuple[ArticleView, Measure]] = field(default_factory=list)
    suffered: list[tuple[ArticleView, Measure]] = field(default_factory=list)
    notes: list[tuple[ArticleView, Annotation]] = field(default_factory=list)

    @property
    def article_ids(self) -> set[str]:
        ids = set(self.mentions)
        ids.update(v.article.id for v, _ in self.taken + self.suffered)
        return ids


@dataclass(slots=True)
class Dossier:
    """The chosen articles, actors and notes, and how they were chosen."""

    title: str
    scope: str  # "all", "actor" or "tag"
    query: str | None
    how: str  # one sentence for the reader: how the scope was matched
    views: list[ArticleView]
    actors: list[ActorFile]
    notes: list[tuple[ArticleView, Annotation]]  # every note in scope


class _Collector:
    """Builds the actor files one view at a time (see `collect_actors`)."""

    def __init__(self) -> None:
        self.files: dict[str, ActorFile] = {}
        self._said: dict[str, tuple[str, str]] = {}

    def _words(self, said: object) -> tuple[str, str]:
        """A mention's words, spaces collapsed, and folded; the same few recur thousands of
        times."""
        words = self._said.get(said) if type(said) is str else None
        if words is None:
            text = " ".join(str(said or "").split())
            words = (text, md.fold(text))
            if type(said) is str:
                self._said[said] = words
        return words

    def get(self, name: str) -> ActorFile:
        key = md.fold(name)
        f = self.files.get(key)
        if f is None:
            f = self.files[key] = ActorFile(name=" ".join(name.split()), key=key)
        return f

    def add(self, view: ArticleView) -> None:
        files, fold = self.files, md.fold
        article_id = view.article.id
        alias_of: dict[str, str] = {}
        # The mention spans of this article, by actor, for the notes quoting them.
        spans: dict[str, list[tuple[int, int]]] = {}
        noted = bool(view.notes)
        for actor in view.actors:
            name = actor.name.strip()
            if not name:
                continue
            f = self.get(name)
            for alias in [*actor.aliases, actor.original_name]:
                if alias:
                    f.aliases.add(fold(alias))
                    alias_of[fold(alias)] = f.key
            if actor.kind and actor.kind not in f.kinds:
                f.kinds.append(actor.kind)
            if actor.role or actor.affiliation:
                f.roles.append((actor.role or "", actor.affiliation or "", view))
            f.mentions[article_id] = f.mentions.get(article_id, 0) + len(actor.mentions)
            for m in actor.mentions:
                text, folded = self._words(m.text)
                if text and folded != f.key and text not in f.called:
                    f.called.append(text)
                if noted:
                    spans.setdefault(f.key, []).append(m.span)

        def resolve(name: str | None) -> ActorFile | None:
            if not name or not name.strip():
                return None
            key = alias_of.get(fold(name))
            return files[key] if key else self.get(name)

        for measure in view.measures:
            imposer = resolve(measure.imposer)
            if imposer is not None:
                imposer.taken.append((view, measure))
            for target in measure.targets:
                suffered = resolve(target)
                if suffered is not None:
                    suffered.suffered.append((view, measure))
        for note in view.notes:
            for f in self._actors_of_note(note, spans, alias_of):
                f.notes.append((view, note))

    def _actors_of_note(self, note: Annotation, spans: dict[str, list[tuple[int, int]]],
                        alias_of: dict[str, str]) -> list[ActorFile]:
        """The actors a note links to, or whose mention (`spans`: this article's, by actor)
        lies inside the passage it quotes."""
        files = self.files
        found: list[ActorFile] = []
        for link in note.links:
            kind, _, name = link.partition(":")
            if kind == "actor" and name.strip():
                key = alias_of.get(md.fold(name), md.fold(name))
                if key in files and files[key] not in found:
                    found.append(files[key])
        for key, quoted in spans.items():
            f = files[key]
            if f not in found and any(note.start <= s and e <= note.end for s, e in quoted):
                found.append(f)
        return found


def collect_actors(views: Iterable[ArticleView]) -> dict[str, ActorFile]:
    """Every actor named in the views (as an actor, imposer or target), by folded name."""
    collector = _Collector()
    for view in views:
        collector.add(view)
    return collector.files


def gather(views: Iterable[ArticleView], *,
           slim: bool = False) -> tuple[list[ArticleView], dict[str, ActorFile]]:
    """The views as a list and their actor files, in one pass over `views` (a stream).

    With slim=True each view keeps, once its actors are filed, only the findings a dossier
    of it shows (measures and deadlines): what `scope_all` and `scope_actor` need, given
    these files, and much less to hold for a whole store.
    """
    collector = _Collector()
    kept = []
    for view in views:
        collector.add(view)
        if slim:
            view.findings = Findings(measures=view.measures, deadlines=view.findings.deadlines)
        kept.append(view)
    return kept, collector.files


def _order(files: Iterable[ActorFile]) -> list[ActorFile]:
    return sorted(files, key=lambda f: (-len(f.article_ids), -sum(f.mentions.values()),
                                        f.name.casefold()))


def scope_all(views: list[ArticleView],
              files: dict[str, ActorFile] | None = None) -> Dossier:
    """Every article, every actor, every note (`files`: the views' actors, if collected)."""
    files = collect_actors(views) if files is None else files
    notes = [(v, n) for v in views for n in v.notes]
    return Dossier("Dossier: all articles", "all", None,
                   "Every article in the store, every actor named in one, every note.",
                   views, _order(f for f in files.values() if f.article_ids), notes)


def match_actor(files: Mapping[str, ActorFile], query: str) -> tuple[list[ActorFile], str]:
    """The actors `query` names, and how they were matched; NoMatch if none."""
    wanted = md.fold(query)
    if not wanted:
        raise NoMatch("give an actor's name, e.g. --actor Bessent")

    def names(f: ActorFile) -> set[str]:
        return {f.key, *f.aliases, *(md.fold(c) for c in f.called)}

    exact = [f for f in files.values() if wanted in names(f)]
    if exact:
        return exact, (f"\u201c{query}\u201d matched {_names(exact)} by name, alias or the words"
                       " an article uses for it (ignoring case and accents).")
    words = wanted.split()
    partial = [f for f in files.values()
               if any(_contains_words(n, words) for n in names(f))]
    if partial:
        return partial, (f"\u201c{query}\u201d matched {_names(partial)} by part of a name"
                         " (whole words, ignoring case and accents).")
    close = difflib.get_close_matches(wanted, sorted({n for f in files.values()
                                                      for n in names(f)}), n=3, cutoff=0.6)
    if close:
        fuzzy = [f for f in files.values() if names(f) & set(close)]
        return fuzzy, (f"no actor is called \u201c{query}\u201d; it was taken as a misspelling"
                       f" of {_names(fuzzy)} (closest names).")
    raise NoMatch(f"no actor in the store matches {query!r}; `newsdesk show ID` lists an"
                  " article's actors")


def _contains_words(name: str, words: list[str]) -> bool:
    parts = name.replace("-", " ").split()
    n = len(words)
    return any(parts[i:i + n] == words for i in range(len(parts) - n + 1))


def _names(files: list[ActorFile]) -> str:
    shown = [f"\u201c{f.name}\u201d" for f in files]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + f" and {shown[-1]}"


def scope_actor(views: list[ArticleView], query: str,
                files: dict[str, ActorFile] | None = None) -> Dossier:
    """The articles that name the actor (or its matches); their notes about it."""
    files = collect_actors(views) if files is None else files
    matched, how = match_actor(files, query)
    ids = set().union(*(f.article_ids for f in matched))
    chosen = [v for v in views if v.article.id in ids]
    notes: list[tuple[ArticleView, Annotation]] = []
    seen: set[tuple[str, str]] = set()
    for f in matched:
        for view, note in f.notes:
            if (view.article.id, note.id) not in seen:
                seen.add((view.article.id, note.id))
                notes.append((view, note))
    title = "Dossier: " + ", ".join(f.name for f in matched)
    return Dossier(title, "actor", query, how, chosen, _order(matched), notes)


def scope_tag(views: list[ArticleView], tag: str) -> Dossier:
    """The notes tagged `tag`, their articles, and the actors those notes name."""
    wanted = wanted_tag(tag)
    tagged: list[ArticleView] = []
    for v in views:
        kept = [n for n in v.notes if wanted in n.tags]
        if kept:
            tagged.append(ArticleView(v.article, v.findings, kept, v.corrections))
    if not tagged:
        raise no_tag(wanted, (n for v in views for n in v.notes))
    files = collect_actors(tagged)
    actors = _order(f for f in files.values() if f.notes)
    notes = [(v, n) for v in tagged for n in v.notes]
    how = (f"Notes tagged \u201c{wanted}\u201d (tags ignore case and a leading #), the articles"
           " they are on, and the actors those notes link to or quote.")
    return Dossier(f"Dossier: tag {wanted}", "tag", wanted, how, tagged, actors, notes)


def wanted_tag(tag: str) -> str:
    wanted = (normalize_tags([tag]) or [""])[0]
    if not wanted:
        raise NoMatch("give a tag, e.g. --tag tiktok")
    return wanted


def no_tag(wanted: str, notes: Iterable[Annotation]) -> NoMatch:
    known = sorted({t for n in notes for t in n.tags})
    hint = f"; tags in use: {', '.join(known[:12])}" if known else "; no note has a tag yet"
    return NoMatch(f"no note is tagged {wanted!r}{hint}")


# -- Markdown ---------------------------------------------------------------------------------


def by_date(views: Iterable[ArticleView]) -> list[ArticleView]:
    """Articles by published date, oldest first (undated last), then title."""
    return sorted(views, key=lambda v: (v.article.published is None,
                                        v.article.published or "", v.article.title.casefold()))


def dossier_markdown(dossier: Dossier, now: dt.datetime, *, links: Links = "wiki") -> str:
    """The dossier as one Markdown file, with time left counted as of `now`; articles
    listed by date; the other side of a measure as an Obsidian [[wikilink]]
    (links="none": plain)."""
    tags: list[str] = []
    for _, note in dossier.notes:
        tags.extend(t for t in note.tags if t not in tags)
    out = md.front_matter({
        "title": dossier.title,
        "scope": dossier.scope,
        "query": dossier.query,
        "matched": [f.name for f in dossier.actors] if dossier.scope == "actor" else None,
        "exported": utc(now),
        "tags": tags,
        "articles": [{"id": v.article.id, "title": v.article.title,
                      "published": iso_date(v.article.published)}
                     for v in by_date(dossier.views)],
        "generator": GENERATOR,
    })
    entries = sort_entries(e for v in dossier.views for e in v.deadlines)
    out.extend(["", f"# {md.inline(dossier.title)}", "",
                f"Exported from newsdesk on {stamp(now)}: {len(dossier.views)} article"
                f"{'s' if len(dossier.views) != 1 else ''}, {len(dossier.actors)} actor"
                f"{'s' if len(dossier.actors) != 1 else ''}, {len(dossier.notes)} note"
                f"{'s' if len(dossier.notes) != 1 else ''}, {len(entries)} deadline"
                f"{'s' if len(entries) != 1 else ''}. Corrections are applied and rejected"
                " findings left out.", "", f"How this was chosen: {md.inline(dossier.how)}",
                "", "## Articles", ""])
    for number, v in enumerate(by_date(dossier.views), 1):
        a = v.article
        title = md.link(a.title, a.url) if md.link_target(a.url) else md.inline(a.title)
        when = f"published {md.inline(a.published)}" if a.published else "date unknown"
        source = md.inline(a.source) if a.source else "source unknown"
        out.append(f"{number}. {title} \u2014 {source}, {when} (article"
                   f" {md.inline(short_id(a.id))})")
    if not dossier.views:
        out.append("No articles.")
    out.extend(["", "## Actors", ""])
    shown: set[tuple[str, str]] = set()
    for f in dossier.actors:
        out.extend(_actor_section(f, links))
        shown.update((v.article.id, n.id) for v, n in f.notes)
    if not dossier.actors:
        out.extend(["No actors.", ""])
    others = [(v, n) for v, n in dossier.notes if (v.article.id, n.id) not in shown]
    if others:
        out.extend(["## Other notes", ""])
        for number, (view, note) in enumerate(others, 1):
            out.extend(note_block(note, view, heading=f"Note {number}", with_title=True))
    out.extend(["## Deadlines", ""])
    if entries:
        out.extend([f"Every deadline in these articles, by date; time left as of {stamp(now)}.",
                    ""])
        out.extend(md.table([*DEADLINE_HEADERS, "Article"],
                            deadline_rows(entries, now, with_article=True)))
        out.extend(deadline_footnote(entries))
    else:
        out.append("No deadlines.")
    return "\n".join(out).rstrip("\n") + "\n"


def _actor_section(f: ActorFile, links: Links = "none") -> list[str]:
    count = len(f.article_ids)
    mentions = sum(f.mentions.values())
    facts = [md.inline(", ".join(f.kinds) or "kind unknown"),
             f"{count} article{'s' if count != 1 else ''}",
             f"{mentions} mention{'s' if mentions != 1 else ''}"]
    if f.called:
        facts.append("also called " + ", ".join(md.inline(c) for c in f.called))
    out = [f"### {md.inline(f.name)}", "", " · ".join(facts), ""]
    if f.roles:
        out.extend(["**Roles seen**", ""])
        seen: dict[tuple[str, str], list[str]] = {}
        for role, affiliation, view in f.roles:
            titles = seen.setdefault((role, affiliation), [])
            if view.article.title not in titles:
                titles.append(view.article.title)
        for (role, affiliation), titles in seen.items():
            label = role or "no role given"
            if affiliation:
                label += f" ({affiliation})"
            where = "; ".join(md.inline(t) for t in titles)
            out.append(f"- {md.inline(label)} \u2014 in {where}")
        out.append("")
    out.extend(_measures("Measures taken", "Targets", f.taken, imposer=False, links=links))
    out.extend(_measures("Measures suffered", "Imposer", f.suffered, imposer=True,
                         links=links))
    if f.notes:
        out.extend(["**Notes**", ""])
        for number, (view, note) in enumerate(f.notes, 1):
            out.extend(note_block(note, view, heading=f"{f.name}: note {number}", level=4,
                                  with_title=True))
    return out


def _measures(label: str, other: str, items: list[tuple[ArticleView, Measure]],
              *, imposer: bool, links: Links = "none") -> list[str]:
    if not items:
        return []
    rows = []
    for view, m in items:
        who = name_cell(m.imposer, links) if imposer else targets_cell(m.targets, links)
        rows.append([md.cell(view.article.title), md.cell(m.type), md.cell(m.action), who,
                     md.cell(m.magnitude), evidence(m.text)])
    return [f"**{label}**", "",
            *md.table(["Article", "Type", "Action", other, "Magnitude", "Evidence"], rows), ""]


def default_dossier_name(dossier: Dossier) -> str:
    """`dossier-all.md`, `dossier-actor-<name>.md` or `dossier-tag-<tag>.md`."""
    if dossier.scope == "all":
        return "dossier-all.md"
    return f"dossier-{dossier.scope}-{md.slug(dossier.query) or 'query'}.md"
