"""Wiring of store, importer and engine, shared by the CLI and the TUI (no Textual here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.store.records import Article

if TYPE_CHECKING:  # the importer pulls in trafilatura: ~200 ms the workstation's start skips
    from newsdesk.analysis.linking import ActorIndex
    from newsdesk.store.db import Store
    from newsdesk.store.importer import ArticleDraft, ImportFailure


def now_utc() -> dt.datetime:
    """The current time, honouring NEWSDESK_NOW (ISO 8601) for tests and demos."""
    import os

    override = os.environ.get("NEWSDESK_NOW")
    if override:
        import arrow

        return arrow.get(override).to("utc").datetime
    return dt.datetime.now(dt.UTC)


def engine_version() -> str:
    from newsdesk.analysis.engine import ENGINE_VERSION

    return ENGINE_VERSION


def analyze_article(article: Article, linker: ActorIndex | None = None) -> Article:
    """Return the article with fresh findings from the engine.

    With a linker, each actor takes the name it already has in other articles.
    """
    from newsdesk.analysis.engine import ENGINE_VERSION, analyze

    published = dt.date.fromisoformat(article.published) if article.published else None
    findings = analyze(article.text, published).to_json()
    if linker is not None:
        link_actors(findings, linker)
    return replace(article, findings=findings, findings_version=ENGINE_VERSION)


def actor_linker(store: Store, *, skip: str | None = None) -> ActorIndex:
    """An index of the actor names the store's articles use (all but `skip`)."""
    from newsdesk.analysis.linking import ActorIndex

    linker = ActorIndex()
    for article in store.iter_articles():
        if article.id == skip:
            continue
        for actor in (article.findings or {}).get("actors", []):
            linker.add(actor["name"], actor["kind"], actor.get("affiliation"))
    return linker


def link_actors(findings: dict, linker: ActorIndex) -> dict:
    """Rename the findings' actors to the names other articles use ("Pedro Sánchez" ->
    "Pedro Sanchez"), and the affiliations, imposers and targets that name them."""
    taken = {a["name"] for a in findings.get("actors", [])}
    renames: dict[str, str] = {}
    for actor in findings.get("actors", []):
        name = actor["name"]
        canonical = linker.add(name, actor["kind"], actor.get("affiliation"))
        # Two actors of one article are two actors: never fold one into the other here.
        if canonical != name and canonical not in taken:
            renames[name] = canonical
            taken.add(canonical)
    if not renames:
        return findings
    for actor in findings.get("actors", []):
        original = actor["name"]
        if original in renames:
            actor["name"] = renames[original]
            actor["aliases"] = sorted({*actor.get("aliases", []), original})
        if actor.get("affiliation") in renames:
            actor["affiliation"] = renames[actor["affiliation"]]
    for measure in findings.get("measures", []):
        if measure.get("imposer") in renames:
            measure["imposer"] = renames[measure["imposer"]]
        measure["targets"] = [renames.get(t, t) for t in measure.get("targets") or []]
    return findings


@dataclass(slots=True)
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    failures: list[ImportFailure] = field(default_factory=list)

    def summary(self) -> str:
        return (f"imported {self.imported}, skipped {self.duplicates} duplicate"
                f"{'' if self.duplicates == 1 else 's'}, failed {len(self.failures)}")


def import_into(
    store: Store,
    paths: Iterable[Path],
    *,
    published: str | None = None,
    on_item: Callable[[ArticleDraft | ImportFailure], None] | None = None,
    on_progress: Callable[[int, int, Path], None] | None = None,
    batch_size: int = 200,
) -> ImportReport:
    """Import files into the store, analysing each; commits in batches, not per file."""
    from newsdesk.store.importer import ImportFailure, import_paths, to_article

    report = ImportReport()
    stamp = now_utc().isoformat(timespec="seconds")
    linker = actor_linker(store)
    pending: list[Article] = []
    seen: set[str] = set()

    def flush() -> None:
        added, skipped = store.add_articles(pending)
        report.imported += added
        report.duplicates += skipped
        pending.clear()

    for item in import_paths(list(paths), published=published, on_progress=on_progress):
        if on_item is not None:
            on_item(item)
        if isinstance(item, ImportFailure):
            report.failures.append(item)
            continue
        try:
            article = to_article(item, stamp)
        except ImportFailure as failure:
            if on_item is not None:
                on_item(failure)  # the caller reports failures as they come
            report.failures.append(failure)
            continue
        if article.id in seen or store.has_article(article.id):
            report.duplicates += 1
            continue
        seen.add(article.id)
        pending.append(analyze_article(article, linker))
        if len(pending) >= batch_size:
            flush()
    if pending:
        flush()
    return report


def ensure_seeded(store: Store) -> int:
    """Fill a newly created store from the shipped seeds; returns how many were added."""
    if not store.created or store.readonly:
        return 0
    from newsdesk.seeds import seed_paths

    return import_into(store, seed_paths()).imported


def stale_articles(store: Store) -> Iterator[str]:
    """Ids of articles whose findings come from an older engine (or none at all)."""
    current = engine_version()
    for article in store.iter_articles():
        if article.findings_version != current:
            yield article.id


def reanalyze(store: Store, article_ids: Iterable[str], *, batch_size: int = 500,
              on_batch: Callable[[int], None] | None = None) -> int:
    """Re-run the engine on the given articles; the reader's records are untouched.

    Commits in batches: each commit rewrites the articles file, so one per article
    would make re-analysing a large store quadratic.
    """
    count = 0
    batch: list[Article] = []
    linker = actor_linker(store)
    for article_id in article_ids:
        batch.append(analyze_article(store.get_article(article_id), linker))
        if len(batch) >= batch_size:
            count += store.update_articles(batch)
            batch.clear()
            if on_batch is not None:
                on_batch(count)
    if batch:
        count += store.update_articles(batch)
        if on_batch is not None:
            on_batch(count)
    return count
