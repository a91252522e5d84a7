"""The engine applied to stored articles: analysis on import, linking actors across
articles, and re-analysis when the engine or an article's date changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from newsdesk.analysis.model import Findings
from newsdesk.store.db import Store
from newsdesk.store.records import Article

if TYPE_CHECKING:
    from newsdesk.analysis.linking import ActorIndex


def _engine() -> ModuleType:
    """The engine, loaded on first use: its lexicons take ~0.4 s to load, which commands
    that analyse nothing (and the workstation's first paint) never pay."""
    from newsdesk.analysis import engine

    return engine


def engine_version() -> str:
    """The version stamped on findings: articles with another one are analysed again."""
    version: str = _engine().ENGINE_VERSION
    return version


def analyze_article(article: Article, linker: ActorIndex | None = None, *,
                    findings: Findings | None = None) -> Article:
    """The article with fresh findings from the engine (or these, the engine's findings
    for its text and date computed elsewhere: see app/parallel.py).

    With a linker, each actor takes the name it already has in other articles.
    """
    engine = _engine()
    if findings is None:
        published = dt.date.fromisoformat(article.published) if article.published else None
        findings = engine.analyze(article.text, published)
    if linker is not None:
        link_actors(findings, linker)
    return replace(article, findings=findings, findings_version=engine.ENGINE_VERSION)


def actor_linker(store: Store, *, skip: str | None = None) -> ActorIndex:
    """An index of the actor names the store's articles use (all but `skip`)."""
    from newsdesk.analysis.linking import ActorIndex

    from .derived import actor_index, actor_names

    if skip is None:
        return actor_index(store)  # kept in the store's cache, checked before use
    linker = ActorIndex()
    for article_id, names in actor_names(store).items():
        if article_id == skip:
            continue
        for name, kind, affiliation in names:
            linker.add(name, kind, affiliation)
    return linker


def link_actors(findings: Findings, linker: ActorIndex) -> Findings:
    """Rename the findings' actors to the names other articles use ("Pedro Sánchez" ->
    "Pedro Sanchez"), and the affiliations, imposers and targets that name them."""
    taken = {a.name for a in findings.actors}
    renames: dict[str, str] = {}
    for actor in findings.actors:
        canonical = linker.add(actor.name, actor.kind, actor.affiliation)
        # Two actors of one article are two actors: never fold one into the other here.
        if canonical != actor.name and canonical not in taken:
            renames[actor.name] = canonical
            taken.add(canonical)
    if not renames:
        return findings
    for actor in findings.actors:
        original = actor.name
        if original in renames:
            actor.name = renames[original]
            actor.aliases = sorted({*actor.aliases, original})
        if actor.affiliation in renames:
            actor.affiliation = renames[actor.affiliation]
    for measure in findings.measures:
        if measure.imposer in renames:
            measure.imposer = renames[measure.imposer]
        measure.targets = [renames.get(t, t) for t in measure.targets]
    return findings


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
    from .derived import keep_names
    from .parallel import AnalysisPool

    count = 0
    batch: list[Article] = []

    def commit() -> None:
        nonlocal count
        count += store.update_articles(batch)
        # so the linking index need not read every article again
        keep_names(store, [a.id for a in batch])
        batch.clear()
        if on_batch is not None:
            on_batch(count)

    linker = actor_linker(store)
    with AnalysisPool() as pool:  # the engine ahead on the other cores, linking here
        for article, found in pool.in_order(map(store.get_article, article_ids)):
            batch.append(analyze_article(article, linker, findings=found))
            if len(batch) >= batch_size:
                commit()
    if batch:
        commit()
    return count


def set_published(store: Store, article_id: str, published: str | None) -> Article:
    """Set an article's published date and re-run the engine so its dates re-resolve."""
    from .derived import keep_names

    article = replace(store.get_article(article_id), published=published)
    try:
        # Linked like an import, so names (and corrections keyed to them) stay the same.
        article = analyze_article(article, actor_linker(store))
    finally:
        store.update_article(article)
        keep_names(store, [article.id])
    return article
