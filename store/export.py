"""Notes out: one article as a Markdown note (front matter, findings tables, the reader's notes).

Plain functions over records: `ArticleView` gathers an article with its corrected findings
and its notes, `article_note` turns it into Markdown. The clock is a parameter (`now`), so
the "time left" column is as of the moment the caller says. See export_dossier.py for
notes across articles and export_markdown.py for the escaping rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import export_markdown as md
from .calendar import DeadlineEntry, deadline_entries, sort_entries
from .corrections import FINDING_LISTS, apply_corrections
from .db import Store
from .records import Annotation, Article, Correction

GENERATOR = "newsdesk"


@dataclass(slots=True)
class ArticleView:
    """An article as notes out shows it: corrections applied, the reader's notes attached."""

    article: Article
    findings: dict[str, Any]  # corrected: rejected findings gone, edits and additions applied
    notes: list[Annotation] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article, notes: Iterable[Annotation] = (),
           corrections: Iterable[Correction] = ()) -> ArticleView:
        corrections = list(corrections)
        findings = apply_corrections(article.findings, corrections)
        notes = sorted(notes, key=lambda a: (a.start, a.end, a.created, a.id))
        return cls(article, findings, notes, corrections)

    @property
    def actors(self) -> list[dict[str, Any]]:
        return self.findings.get("actors") or []

    @property
    def measures(self) -> list[dict[str, Any]]:
        return self.findings.get("measures") or []

    @property
    def deadlines(self) -> list[DeadlineEntry]:
        return deadline_entries(self.article, self.findings)

    @property
    def tags(self) -> list[str]:
        """The tags of the reader's notes, first seen first."""
        out: list[str] = []
        for note in self.notes:
            out.extend(t for t in note.tags if t not in out)
        return out


def load_view(store: Store, article_id: str) -> ArticleView:
    """The view of one stored article (give a full id; see Store.resolve_id)."""
    return ArticleView.of(store.get_article(article_id), store.annotations(article_id),
                          store.corrections(article_id))


def load_views(store: Store) -> list[ArticleView]:
    """Views of every stored article, in the order they were added."""
    return list(iter_views(store))


def iter_views(store: Store, ids: Collection[str] | None = None, *,
               text: bool = True) -> Iterator[ArticleView]:
    """Views of the stored articles (those in `ids`, or all), one at a time, in the order
    they were added; each article is parsed once and its findings are not copied.

    With text=False the views' articles have no text ("") nor findings (None), only the
    views' corrected findings: enough for a dossier, which never shows the text, and far
    less to hold when every article is kept.
    """
    notes: dict[str, list[Annotation]] = {}
    for note in store.annotations():
        notes.setdefault(note.article_id, []).append(note)
    corrections = _Corrections(store.corrections())
    if ids is None:
        articles: Iterable[Article] = store.iter_articles()
    else:
        articles = (store.get_article(s.id) for s in store.list_articles() if s.id in ids)
    for article in articles:
        view = _fresh_view(article, notes.get(article.id, []), corrections.of(article.id))
        if not text:
            article.text, article.findings = "", None
        yield view


def load_deadlines(store: Store) -> list[DeadlineEntry]:
    """Every stored article's deadlines (corrections applied), sorted as `sort_entries` does.

    Only the articles that can have one are read: those whose findings hold deadlines and
    those a correction may add one to.
    """
    corrections = _Corrections(store.corrections())
    adding = {c.article_id for c in corrections.all if c.kind == "add"}
    if None in adding:  # a correction of every article may add a deadline to any of them
        articles = store.iter_articles()
    else:
        articles = store.iter_articles_with("deadlines", also=adding)
    entries: list[DeadlineEntry] = []
    for article in articles:
        findings = _corrected(article.findings, corrections.of(article.id))
        entries.extend(deadline_entries(article, findings))
    return sort_entries(entries)


class _Corrections:
    """A store's corrections, found by article: its own and the global ones, in store order."""

    def __init__(self, corrections: list[Correction]) -> None:
        self.all = corrections
        self._by_article: dict[str | None, list[int]] = {}
        for i, c in enumerate(corrections):
            self._by_article.setdefault(c.article_id, []).append(i)

    def of(self, article_id: str) -> list[Correction]:
        own = self._by_article.get(article_id, [])
        every = self._by_article.get(None, [])
        return [self.all[i] for i in sorted(own + every)] if own and every else \
            [self.all[i] for i in own or every]


def _fresh_view(article: Article, notes: list[Annotation],
                corrections: list[Correction]) -> ArticleView:
    """`ArticleView.of` for an article just parsed, whose findings nobody else holds."""
    notes = sorted(notes, key=lambda a: (a.start, a.end, a.created, a.id))
    return ArticleView(article, _corrected(article.findings, corrections), notes, corrections)


def _corrected(findings: dict[str, Any] | None,
               corrections: list[Correction]) -> dict[str, Any]:
    """`apply_corrections(findings, corrections)`, without its deep copy when there is no
    correction to apply: then only the deadlines it would renumber are copied.

    What apply_corrections does with none: every finding list there, and each deadline's
    `measure` checked against the measures (an index out of range, or not an index, becomes
    None unless the deadline was added). `findings` itself is left as it is; the result
    shares its other lists.
    """
    if corrections:
        return apply_corrections(findings, corrections)
    out = dict(findings) if findings else {}
    for name in FINDING_LISTS.values():
        out.setdefault(name, [])
    measures = list(out["measures"])
    position = {id(m): i for i, m in enumerate(measures)}
    deadlines = []
    for d in out["deadlines"]:
        index = d.get("measure")
        if isinstance(index, int) and 0 <= index < len(measures):
            d = {**d, "measure": position.get(id(measures[index]))}
        elif index is not None and not d.get("added"):
            d = {**d, "measure": None}
        deadlines.append(d)
    out["deadlines"] = deadlines
    return out


# -- pieces shared with the dossier -----------------------------------------------------------


def iso_date(value: object) -> dt.date | str | None:
    """A YYYY-MM-DD string as a date (YAML writes it as one), else the value as it is."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)


def utc(now: dt.datetime) -> dt.datetime:
    """`now` in UTC to the second (a naive time is taken to be UTC)."""
    now = now.astimezone(dt.UTC) if now.tzinfo else now.replace(tzinfo=dt.UTC)
    return now.replace(microsecond=0)


def stamp(now: dt.datetime) -> str:
    return utc(now).strftime("%Y-%m-%d %H:%M UTC")


def short_id(article_id: str) -> str:
    return article_id[:12]


def measure_label(measure: Mapping[str, Any] | None) -> str:
    """"tariff (maintain)" — how a measure is named in one cell."""
    if not measure:
        return ""
    return f"{measure.get('type') or '?'} ({measure.get('action') or '?'})"


def evidence(text: object) -> str:
    """A quoted evidence sentence for a cell (the quote marks are ours, not the article's)."""
    quoted = md.cell(text)
    return f"\u201c{quoted}\u201d" if quoted else ""


def targets_cell(targets: Sequence[Any] | None) -> str:
    """One target a line, so a name with a comma in it stays one name."""
    return "<br>".join(md.cell(t) for t in targets or [])


def deadline_rows(entries: Iterable[DeadlineEntry], now: dt.datetime, *,
                  with_article: bool = False) -> list[list[str]]:
    rows = []
    for e in entries:
        row = [md.cell(e.date), md.cell(e.left(now)), md.cell(e.what),
               md.cell(measure_label(e.measure))]
        if with_article:
            row.append(md.cell(e.article_title))
        rows.append(row)
    return rows


def deadline_footnote(entries: Iterable[DeadlineEntry]) -> list[str]:
    coarse = [e for e in entries if e.due is not None and e.due.precision != "day"]
    if not coarse:
        return []
    return ["", "A date given only as a month (or year) is due on its last day; the time"
            " left counts to then."]


def _link_label(link: str, view: ArticleView) -> str:
    kind, _, value = link.partition(":")
    if kind == "actor":
        return f"{value} (actor)"
    if kind == "measure" and value.isdigit():
        index = int(value)
        if index < len(view.measures):
            m = view.measures[index]
            targets = ", ".join(str(t) for t in m.get("targets") or []) or "?"
            return (f"measure {index + 1}: {measure_label(m)},"
                    f" {m.get('imposer') or '?'} \u2192 {targets}")
        return f"measure {index + 1} (no longer in the findings)"
    return link


def note_block(note: Annotation, view: ArticleView, *, heading: str,
               level: int = 3, with_title: bool = False) -> list[str]:
    """One reader's note: heading, the quoted passage, the note, its tags, links and source."""
    lines = [f"{'#' * level} {md.inline(heading)}", ""]
    quote = md.paragraphs(note.quote, prefix="> ")
    if quote:
        lines.extend([*quote, ""])
    text = md.paragraphs(note.note)
    lines.extend([*text, ""] if text else ["*No note text.*", ""])
    meta = []
    if note.tags:
        meta.append("Tags: " + ", ".join(md.inline(t) for t in note.tags))
    if note.links:
        meta.append("Linked to: " + "; ".join(md.inline(_link_label(x, view))
                                              for x in note.links))
    where = (f"Passage: characters {note.start}\u2013{note.end} of article"
             f" {md.inline(view.article.id)}")
    if with_title:
        where += f" ({md.inline(view.article.title)})"
    meta.append(where)
    # One line each, ended by a hard break (backslash) except the last.
    lines.extend(f"{m}\\" for m in meta[:-1])
    lines.extend([meta[-1], ""])
    return lines


def correction_summary(view: ArticleView) -> str:
    """"2 of the reader's corrections applied (1 rejection)." or ""."""
    if not view.corrections:
        return ""
    count = len(view.corrections)
    rejected = sum(1 for c in view.corrections if c.kind == "reject")
    extra = f" ({rejected} rejection{'s' if rejected != 1 else ''}: left out)" if rejected \
        else ""
    return f"{count} of the reader's correction{'s' if count != 1 else ''} applied{extra}."


# -- the article note ---------------------------------------------------------------------------


def article_front_matter(view: ArticleView, now: dt.datetime) -> list[str]:
    a = view.article
    return md.front_matter({
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": iso_date(a.published),
        "exported": utc(now),
        "tags": view.tags,
        "article_id": a.id,
        "generator": GENERATOR,
    })


def _byline(view: ArticleView) -> str:
    a = view.article
    parts = [f"Source: {md.inline(a.source)}" if a.source else "Source unknown",
             f"published {md.inline(a.published)}" if a.published else "publication date unknown"]
    if md.link_target(a.url):
        parts.append(md.link("original article", a.url))
    elif a.url:
        parts.append(f"address: {md.inline(a.url)}")
    return " · ".join(parts)


def actor_rows(actors: Iterable[Mapping[str, Any]]) -> list[list[str]]:
    rows = []
    for a in actors:
        mentions = a.get("mentions") or []
        name = str(a.get("name") or "")
        called: list[str] = []
        for m in mentions:
            text = " ".join(str(m.get("text") or "").split())
            if text and md.fold(text) != md.fold(name) and text not in called:
                called.append(text)
        rows.append([md.cell(name), md.cell(a.get("kind")), md.cell(a.get("role")),
                     md.cell(a.get("affiliation")), str(len(mentions)),
                     ", ".join(md.cell(c) for c in called)])
    return rows


ACTOR_HEADERS = ["Actor", "Kind", "Role", "Affiliation", "Mentions", "Also called"]
MEASURE_HEADERS = ["Type", "Action", "Imposer", "Targets", "Magnitude", "Evidence"]
DEADLINE_HEADERS = ["Date", "Time left", "What is due", "Measure"]


def measure_rows(measures: Iterable[Mapping[str, Any]]) -> list[list[str]]:
    return [[md.cell(m.get("type")), md.cell(m.get("action")), md.cell(m.get("imposer")),
             targets_cell(m.get("targets")), md.cell(m.get("magnitude")),
             evidence(m.get("text"))] for m in measures]


def article_note(view: ArticleView, now: dt.datetime) -> str:
    """The article as a Markdown note, with time left counted as of `now`."""
    a = view.article
    out = [*article_front_matter(view, now), "", f"# {md.inline(a.title) or 'Untitled'}", ""]
    out.append(_byline(view))
    summary = (f"Exported from newsdesk on {stamp(now)} (article {md.inline(short_id(a.id))})."
               f" Findings: {len(view.actors)} actors, {len(view.measures)} measures,"
               f" {len(view.findings.get('deadlines') or [])} deadlines;"
               f" {len(view.notes)} note{'s' if len(view.notes) != 1 else ''}.")
    corrected = correction_summary(view)
    out.extend(["", summary + (f" {corrected}" if corrected else ""), ""])

    out.extend(["## Actors", ""])
    if view.actors:
        out.extend(md.table(ACTOR_HEADERS, actor_rows(view.actors),
                            ["l", "l", "l", "l", "r", "l"]))
    else:
        out.append("No actors found.")
    out.extend(["", "## Measures", ""])
    if view.measures:
        out.extend(md.table(MEASURE_HEADERS, measure_rows(view.measures)))
    else:
        out.append("No measures found.")
    out.extend(["", "## Deadlines", ""])
    entries = view.deadlines
    if entries:
        out.append(f"Time left as of {stamp(now)}.")
        out.append("")
        out.extend(md.table(DEADLINE_HEADERS, deadline_rows(entries, now)))
        out.extend(deadline_footnote(entries))
    else:
        out.append("No deadlines found.")
    out.extend(["", "## Notes", ""])
    if view.notes:
        for number, note in enumerate(view.notes, 1):
            out.extend(note_block(note, view, heading=f"Note {number}"))
    else:
        out.extend(["No notes yet.", ""])
    return "\n".join(out).rstrip("\n") + "\n"


def default_note_name(article: Article) -> str:
    """`<slug of the title>.md`, or `article-<id>.md` when the title has no letters."""
    return f"{md.slug(article.title) or 'article-' + short_id(article.id)}.md"
