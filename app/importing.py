"""Import with analysis: files, folders and feeds into the store, each article analysed
and its actors linked to the names the store already uses.

The same text again is a duplicate and skipped. A changed version of an article already
kept (the same file, or the same feed item by its guid) updates that article in place: it
keeps its id, so the reader's corrections still apply, and the notes on it are moved to
where their quotes now stand.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.store.db import Store
from newsdesk.store.notes import reanchor
from newsdesk.store.records import Article

from .clock import stamp
from .engine import actor_linker, analyze_article
from .parallel import AnalysisPool

if TYPE_CHECKING:  # the importer pulls in trafilatura: ~200 ms the workstation's start skips
    from newsdesk.analysis.linking import ActorIndex
    from newsdesk.store.importer import ArticleDraft, ImportFailure


# Articles read ahead, and given to the engine's workers, before the linking index is built.
READ_AHEAD = 192


@dataclass(slots=True)
class ImportReport:
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    failures: list[ImportFailure] = field(default_factory=list)
    undated: list[tuple[str, str]] = field(default_factory=list)  # (id, where it came from)
    lost_notes: int = 0  # notes whose quote the new version no longer has
    kept: dict[str, str] = field(default_factory=dict)  # origin -> the article it is in
    added: list[str] = field(default_factory=list)  # the new articles' ids, in order
    changed: list[str] = field(default_factory=list)  # the updated articles' ids

    def summary(self) -> str:
        updated = f"updated {self.updated}, " if self.updated else ""
        return (f"imported {self.imported}, {updated}skipped {self.duplicates} duplicate"
                f"{'' if self.duplicates == 1 else 's'}, failed {len(self.failures)}")

    def undated_lines(self) -> list[str]:
        """One line per article kept without a published date, and what to do."""
        lines = [f"no published date: {where} [{article_id[:12]}]"
                 for article_id, where in self.undated]
        if lines:
            count = len(lines)
            lines.append(f"{count} article{'s' if count != 1 else ''} without a published"
                         " date: relative dates in them are left unresolved; set one with"
                         " `newsdesk set-published ID YYYY-MM-DD`")
        return lines


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
    from newsdesk.store.importer import import_paths

    items = import_paths(list(paths), published=published, on_progress=on_progress)
    return import_items(store, items, on_item=on_item, batch_size=batch_size)


def import_items(
    store: Store,
    items: Iterable[ArticleDraft | ImportFailure],
    *,
    on_item: Callable[[ArticleDraft | ImportFailure], None] | None = None,
    batch_size: int = 200,
    on_duplicate: Callable[[str, Article], None] | None = None,
) -> ImportReport:
    """Import drafts read from anywhere (files, feeds, pages), analysing each, in order.

    `on_duplicate(kept id, fresh)` hears of each article skipped as the same text as one
    already kept. The report's `kept` says which article each origin ended up in."""
    from newsdesk.store.importer import ImportFailure, to_article

    from .derived import keep_names

    report = ImportReport()
    imported_at = stamp()
    linker: ActorIndex | None = None  # built once the engine has work (see below)
    pending: list[Article] = []
    seen: set[str] = set()
    by_origin = {row.origin: row.id for row in store.list_articles() if row.origin}

    def flush() -> None:
        added, skipped = store.add_articles(pending)
        keep_names(store, [a.id for a in pending])  # the linking cache, kept current
        report.imported += added
        report.duplicates += skipped
        pending.clear()

    def take(item: ArticleDraft | ImportFailure, article: Article | ImportFailure) -> None:
        """One file's article, in the order read: every decision is taken here."""
        assert linker is not None  # built before the first article is taken
        if on_item is not None:
            on_item(item)
        if isinstance(item, ImportFailure):
            report.failures.append(item)
            return
        if isinstance(article, ImportFailure):
            if on_item is not None:
                on_item(article)  # the caller reports failures as they come
            report.failures.append(article)
            return
        if article.id in seen or store.has_article(article.id):
            report.duplicates += 1
            if article.origin:
                report.kept.setdefault(article.origin, article.id)
            if on_duplicate is not None:
                on_duplicate(article.id, article)
            return
        seen.add(article.id)
        if article.published is None:
            report.undated.append((article.id, _where(item.origin, article)))
        earlier = by_origin.get(article.origin) if article.origin else None
        if article.origin:
            report.kept[article.origin] = article.id
        if earlier is not None and store.has_article(earlier):
            report.kept[str(article.origin)] = earlier
            report.changed.append(earlier)
            report.lost_notes += update_article(store, earlier, article, linker)
            report.updated += 1
            return
        if article.origin:
            by_origin[article.origin] = article.id
        report.added.append(article.id)
        pending.append(analyze_article(article, linker, findings=pool.findings(article)))
        if len(pending) >= batch_size:
            flush()

    # The engine runs ahead on other processes (app/parallel.py); `take` links and commits
    # in order, so the store ends as a one-process import would leave it. The first
    # READ_AHEAD articles are read and sent to the engine before the linking index is
    # built (from the store's cache, or from every article's names when the cache does
    # not apply: seconds at 100,000 articles), so that the workers analyse meanwhile.
    window: deque[tuple[ArticleDraft | ImportFailure, Article | ImportFailure]] = deque()
    offered: set[str] = set()
    with AnalysisPool() as pool:
        for item in items:
            article: Article | ImportFailure
            try:
                article = item if isinstance(item, ImportFailure) else to_article(item, imported_at)
            except ImportFailure as failure:
                article = failure
            if isinstance(article, Article) and article.id not in offered \
                    and not store.has_article(article.id) \
                    and not (article.origin and article.origin in by_origin):
                offered.add(article.id)
                pool.offer(article)  # most likely new: analysed ahead
            window.append((item, article))
            if linker is None:
                if pool.ahead and len(window) < READ_AHEAD:
                    continue
                linker = actor_linker(store)
            while len(window) > pool.ahead:
                take(*window.popleft())
        if linker is None:
            linker = actor_linker(store)
        while window:
            take(*window.popleft())
    if pending:
        flush()
    return report


def _where(path: Path | None, article: Article) -> str:
    """Where an article came from, printable (a file name need not be valid UTF-8)."""
    if path is None:
        return article.title
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def update_article(store: Store, article_id: str, fresh: Article,
                   linker: ActorIndex | None = None) -> int:
    """Put a changed version of a kept article in its place: the same id (corrections key
    on it), the new text re-analysed, the notes re-anchored by their quotes. A published
    date the new version lacks is kept from the old. Returns how many notes lost their
    quote (they stay, at their old place, for the reader to see)."""
    from .derived import keep_names

    old = store.get_article(article_id)
    article = replace(fresh, id=old.id, published=fresh.published or old.published)
    article = analyze_article(article, linker)
    placed = reanchor(store.annotations(old.id), article.text)
    store.update_article(article)
    keep_names(store, [article.id])
    for note, _found in placed:
        store.update_annotation(note)
    return sum(1 for _, found in placed if not found)
