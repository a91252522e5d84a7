"""Notes out: one article as a Markdown note (front matter, findings tables, the reader's notes).

Plain functions over records: `article_note` turns an `ArticleView` (view.py: an article
with its corrected findings and its notes) into Markdown. The clock is a parameter
(`now`), so the "time left" column is as of the moment the caller says. See
export_dossier.py for notes across articles and export_markdown.py for the escaping rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Literal

from newsdesk.analysis.model import Actor, Measure

from . import export_markdown as md
from .calendar import DeadlineEntry
from .records import Annotation, Article
from .view import ArticleView

GENERATOR = "newsdesk"


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


def measure_label(measure: Measure | None) -> str:
    """"tariff (maintain)" — how a measure is named in one cell."""
    if measure is None:
        return ""
    return f"{measure.type or '?'} ({measure.action or '?'})"


def evidence(text: object) -> str:
    """A quoted evidence sentence for a cell (the quote marks are ours, not the article's)."""
    quoted = md.cell(text)
    return f"\u201c{quoted}\u201d" if quoted else ""


Links = Literal["wiki", "none"]


def name_cell(name: str | None, links: Links = "none") -> str:
    """An actor's name in a cell: an Obsidian wikilink, or plain text."""
    if not name:
        return ""
    return md.wikilink(name) if links == "wiki" else md.cell(name)


def targets_cell(targets: Sequence[str] | None, links: Links = "none") -> str:
    """One target a line, so a name with a comma in it stays one name."""
    return "<br>".join(name_cell(t, links) for t in targets or [])


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
            targets = ", ".join(m.targets) or "?"
            return (f"measure {index + 1}: {measure_label(m)},"
                    f" {m.imposer or '?'} \u2192 {targets}")
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
    """Properties Obsidian reads: tags as a list, dates as dates, the article's short id
    as an alias (so [[<id>]] finds the note)."""
    a = view.article
    return md.front_matter({
        "title": a.title,
        "aliases": [short_id(a.id)],
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
             *([f"also in {md.inline(', '.join(a.also_from))}"] if a.also_from else []),
             f"published {md.inline(a.published)}" if a.published else "publication date unknown"]
    if md.link_target(a.url):
        parts.append(md.link("original article", a.url))
    elif a.url:
        parts.append(f"address: {md.inline(a.url)}")
    return " · ".join(parts)


def actor_rows(actors: Iterable[Actor], links: Links = "none") -> list[list[str]]:
    rows = []
    for a in actors:
        called: list[str] = []
        for m in a.mentions:
            text = " ".join(m.text.split())
            if text and md.fold(text) != md.fold(a.name) and text not in called:
                called.append(text)
        rows.append([name_cell(a.name, links), md.cell(a.kind), md.cell(a.role),
                     md.cell(a.affiliation), str(len(a.mentions)),
                     ", ".join(md.cell(c) for c in called)])
    return rows


ACTOR_HEADERS = ["Actor", "Kind", "Role", "Affiliation", "Mentions", "Also called"]
MEASURE_HEADERS = ["Type", "Action", "Imposer", "Targets", "Magnitude", "Evidence"]
DEADLINE_HEADERS = ["Date", "Time left", "What is due", "Measure"]


def measure_rows(measures: Iterable[Measure], links: Links = "none") -> list[list[str]]:
    return [[md.cell(m.type), md.cell(m.action), name_cell(m.imposer, links),
             targets_cell(m.targets, links), md.cell(m.magnitude), evidence(m.text)]
            for m in measures]


def article_note(view: ArticleView, now: dt.datetime, *, links: Links = "wiki",
                 with_text: bool = False) -> str:
    """The article as a Markdown note, with time left counted as of `now`: actors,
    imposers and targets as Obsidian [[wikilinks]] (links="none": plain), the article's
    text after the findings when `with_text`."""
    a = view.article
    out = [*article_front_matter(view, now), "", f"# {md.inline(a.title) or 'Untitled'}", ""]
    out.append(_byline(view))
    summary = (f"Exported from newsdesk on {stamp(now)} (article {md.inline(short_id(a.id))})."
               f" Findings: {len(view.actors)} actors, {len(view.measures)} measures,"
               f" {len(view.findings.deadlines)} deadlines;"
               f" {len(view.notes)} note{'s' if len(view.notes) != 1 else ''}.")
    corrected = correction_summary(view)
    out.extend(["", summary + (f" {corrected}" if corrected else ""), ""])

    out.extend(["## Actors", ""])
    if view.actors:
        out.extend(md.table(ACTOR_HEADERS, actor_rows(view.actors, links),
                            ["l", "l", "l", "l", "r", "l"]))
    else:
        out.append("No actors found.")
    out.extend(["", "## Measures", ""])
    if view.measures:
        out.extend(md.table(MEASURE_HEADERS, measure_rows(view.measures, links)))
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
    if with_text:
        out.extend(["", "## Text", "", *md.paragraphs(a.text), ""])
    return "\n".join(out).rstrip("\n") + "\n"


def default_note_name(article: Article) -> str:
    """`<slug of the title>.md`, or `article-<id>.md` when the title has no letters."""
    return f"{md.slug(article.title) or 'article-' + short_id(article.id)}.md"
