"""Import with analysis: files, folders and feeds into the store, each article analysed
and its actors linked to the names the store already uses."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.store.db import Store
from newsdesk.store.records import Article

from .clock import stamp
from .engine import actor_linker, analyze_article

if TYPE_CHECKING:  # the importer pulls in trafilatura: ~200 ms the workstation's start skips
    from newsdesk.store.importer import ArticleDraft, ImportFailure


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
    imported_at = stamp()
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
            article = to_article(item, imported_at)
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
