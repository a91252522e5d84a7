"""What other processes changed in a store since this one last looked.

Any number of processes may have one store open (the workstation, `newsdesk import` from a
script, a scheduled job); each commit takes the folder's lock, reads again whatever another
process committed meanwhile, and writes on top of it. `StoreChanges` gathers what such a
reading found, so that an open workstation can show the new articles and notes: the Store
keeps adding to it until `Store.take_changes` hands it over.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .segments import Ref
from .storage import Changed


@dataclass(slots=True)
class StoreChanges:
    """Articles and notes another process added, changed or removed."""

    # Ids of articles added, replaced or removed; None: which ones could not be told (the
    # old version of the articles file was never read), so treat every article as changed.
    articles: set[str] | None = field(default_factory=set)
    notes: set[str] = field(default_factory=set)  # ids of articles whose notes changed
    corrections: bool = False  # any correction (they may apply to every article)
    settings: bool = False

    def __bool__(self) -> bool:
        return (self.articles is None or bool(self.articles) or bool(self.notes)
                or self.corrections or self.settings)

    def add(self, other: StoreChanges) -> None:
        if self.articles is not None and other.articles is not None:
            self.articles |= other.articles
        else:
            self.articles = None
        self.notes |= other.notes
        self.corrections |= other.corrections
        self.settings |= other.settings

    @classmethod
    def of_articles(cls, changed: Changed) -> StoreChanges:
        if changed is None:
            return cls(articles=None)
        return cls(articles=set(changed.get("articles", {})))

    @classmethod
    def of_notes(cls, changed: Changed) -> StoreChanges:
        if changed is None:  # never: the notes file is always read whole
            return cls(articles=None, corrections=True, settings=True)
        notes: set[str] = set()
        for old, new in changed.get("annotations", {}).values():
            for raw in (old, new):
                article_id = _article_id(raw)
                if article_id is not None:
                    notes.add(article_id)
        return cls(notes=notes, corrections=bool(changed.get("corrections")),
                   settings=bool(changed.get("settings")))


def _article_id(raw: bytes | memoryview | Ref | None) -> str | None:
    if raw is None or isinstance(raw, Ref):  # notes are inline: never a Ref
        return None
    try:
        doc = json.loads(bytes(raw))
    except ValueError:
        return None
    article_id = doc.get("article_id") if isinstance(doc, dict) else None
    return article_id if isinstance(article_id, str) else None
