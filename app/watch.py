"""The watchlist: actors, measure types and phrases the reader follows (issue 14).

Kept in the store's settings (`watch.items`), so the workstation and the command line
share it. An article matches an item when it names the actor (its canonical name, any
case), has a measure of the type, or holds the phrase (title or text, any case, whole
words). Articles brought in by an import or a fetch that match are announced, and listed
(`watch.matched`, newest last) until opened in the workstation; deadlines of watched items
due within a week are announced (`nearing`): at the workstation's start and while it runs,
and by `newsdesk watch list`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.analysis.linking import fold
from newsdesk.analysis.model import MEASURE_TYPES
from newsdesk.analysis.text import one_line
from newsdesk.store.db import Store
from newsdesk.store.errors import UnknownArticle

from .countdown import names_actor
from .timeline import TimelineItem, timeline

__all__ = ["WatchItem", "add_item", "matches", "nearing", "parse_item", "remove_item",
           "watch_items", "watched_arrivals"]

ITEMS_SETTING = "watch.items"
MATCHED_SETTING = "watch.matched"
MAX_MATCHED = 5000
KINDS = ("actor", "type", "phrase")
SOON = dt.timedelta(days=7)
VERY_SOON = dt.timedelta(hours=24)


class BadWatchItem(ValueError):
    """An item that cannot be watched; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class WatchItem:
    kind: str  # one of KINDS
    value: str

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.value}"


def parse_item(text: str, known_actors: Iterable[str] = ()) -> WatchItem:
    """`actor:NAME`, `type:TYPE` or `phrase:WORDS`; without a prefix, a measure type is a
    type, a name the store's articles use is an actor, anything else a phrase."""
    raw = one_line(text).strip()
    kind, colon, value = raw.partition(":")
    if colon and kind.lower() in KINDS:
        kind, value = kind.lower(), value.strip()
    else:
        value = raw
        folded = fold(raw)
        if raw.lower() in MEASURE_TYPES:
            kind, value = "type", raw.lower()
        else:
            name = next((n for n in known_actors if fold(n) == folded), None)
            kind, value = ("actor", name) if name is not None else ("phrase", raw)
    if not value:
        raise BadWatchItem(f"{raw or repr(text)}: nothing to watch; give an actor, a measure"
                           " type or a phrase")
    if kind == "type" and value not in MEASURE_TYPES:
        raise BadWatchItem(f"{value}: not a measure type; use one of {', '.join(MEASURE_TYPES)}")
    return WatchItem(kind, value[:200])


def watch_items(store: Store) -> list[WatchItem]:
    value = store.get_setting(ITEMS_SETTING, [])
    items = []
    for entry in value if isinstance(value, list) else ():
        if isinstance(entry, list) and len(entry) == 2 and entry[0] in KINDS \
                and isinstance(entry[1], str) and entry[1]:
            items.append(WatchItem(entry[0], entry[1]))
    return items


def add_item(store: Store, item: WatchItem) -> bool:
    """Watch `item`; False if it was watched already (the same kind and value, any case)."""
    items = watch_items(store)
    if any(i.kind == item.kind and fold(i.value) == fold(item.value) for i in items):
        return False
    store.set_setting(ITEMS_SETTING, [[i.kind, i.value] for i in (*items, item)])
    return True


def remove_item(store: Store, item: WatchItem) -> bool:
    items = watch_items(store)
    kept = [i for i in items if not (i.kind == item.kind and fold(i.value) == fold(item.value))]
    if len(kept) == len(items):
        return False
    store.set_setting(ITEMS_SETTING, [[i.kind, i.value] for i in kept])
    return True


def _phrase(value: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in fold(value).split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b")


def matches(store: Store, article_id: str, items: list[WatchItem]) -> list[WatchItem]:
    """The items an article matches (its corrected findings, its title and text)."""
    from .views import load_view

    try:
        view = load_view(store, article_id)
    except UnknownArticle:
        return []
    names = {a.name for a in view.findings.actors}
    types = {m.type for m in view.findings.measures}
    text = None
    found = []
    for item in items:
        if item.kind == "actor":
            hit = any(fold(n) == fold(item.value) for n in names)
        elif item.kind == "type":
            hit = item.value in types
        else:
            text = text if text is not None else fold(f"{view.article.title}\n{view.article.text}")
            hit = _phrase(item.value).search(text) is not None
        if hit:
            found.append(item)
    return found


def watched_arrivals(store: Store, article_ids: Iterable[str]) -> list[tuple[str, str,
                                                                              list[WatchItem]]]:
    """Of the articles just brought in, those matching the watchlist: (id, title, items),
    also added to the list of matched articles."""
    items = watch_items(store)
    if not items:
        return []
    out = []
    for article_id in article_ids:
        hit = matches(store, article_id, items)
        if hit:
            out.append((article_id, store.get_article(article_id).title, hit))
    if out and not store.readonly:
        matched = [i for i in matched_ids(store) if i not in {a for a, _, _ in out}]
        store.set_setting(MATCHED_SETTING, [*matched, *(a for a, _, _ in out)][-MAX_MATCHED:])
    return out


def matched_ids(store: Store) -> list[str]:
    value = store.get_setting(MATCHED_SETTING, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def nearing(store: Store, now: dt.datetime,
            items: list[WatchItem] | None = None) -> list[tuple[TimelineItem, WatchItem, bool]]:
    """Deadlines of watched items due from now to a week ahead: (deadline, the item it
    is watched by, whether within 24 hours), soonest first. A deadline given as a month
    or a year is not "nearing" (its day is not known)."""
    items = watch_items(store) if items is None else items
    if not items:
        return []
    today = now.date()
    until = (today + SOON).isoformat()
    deadlines, _ = timeline(store)
    out = []
    for d in deadlines:
        if d.kind != "deadline" or d.date.count("-") != 2 or not \
                today.isoformat() <= d.date <= until:
            continue
        for item in items:
            if _watches(item, d):
                due = dt.datetime.fromisoformat(d.date).replace(tzinfo=dt.UTC)
                out.append((d, item, due - now <= VERY_SOON))
                break
    return out


def _watches(item: WatchItem, d: TimelineItem) -> bool:
    if item.kind == "actor":
        return names_actor(item.value, d.actors)
    if item.kind == "type":
        return d.type == item.value
    return _phrase(item.value).search(fold(f"{d.label} {d.article_title}")) is not None
