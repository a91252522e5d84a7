"""The feeds the reader follows: what `newsdesk feeds` lists and `newsdesk fetch` refreshes.

A feed is kept in the notes file's `feeds` table (small, rewritten on each change, like the
notes) under an id made from its URL, so the same URL added twice is one feed. Besides what
the reader set (tags, full text), a feed keeps what its last fetch learnt: the validators
for a conditional GET (ETag, Last-Modified), when it was fetched, its last error and how
many articles came from it. Nothing here touches the network (see newsdesk.net).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newsdesk.analysis.text import one_line

__all__ = ["Feed", "FeedError", "feed_id", "feed_matches", "normalize_feed_url"]

# A title or error as stored and shown: one line, this long at most.
_MAX_TEXT = 200


class FeedError(ValueError):
    """A feed URL or id the reader gave that cannot be used; the message says why, in one line."""


def normalize_feed_url(url: str) -> str:
    """The URL as kept: trimmed, scheme and host lowercased, the fragment dropped; a
    ValueError (FeedError) for anything but an http or https URL with a host."""
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = one_line(text)[:80] or repr(text)
        raise FeedError(f"{shown}: only http and https feeds can be followed; give the feed's"
                        " full URL, starting with https://")
    if not parts.hostname:
        raise FeedError(f"{one_line(text)[:80]}: no host in the URL; give the feed's full URL")
    netloc = parts.netloc.rpartition("@")[2].lower()  # credentials are never kept
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def feed_id(url: str) -> str:
    """A feed's id: the first 12 hex digits of the SHA-1 of its normalized URL."""
    return hashlib.sha1(normalize_feed_url(url).encode("utf-8")).hexdigest()[:12]


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = one_line(value)[:_MAX_TEXT]
    return text or None


@dataclass(slots=True)
class Feed:
    """One followed feed, as stored in the notes file's `feeds` table."""

    id: str
    url: str
    title: str | None = None
    tags: list[str] = field(default_factory=list)
    full_text: bool = False  # fetch every item's page, not only those with little text
    added: str = ""  # ISO 8601, UTC
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: str | None = None  # when it was last fetched (answered or not)
    last_error: str | None = None  # one line, None after a fetch that worked
    items: int = 0  # articles this feed brought in, new or updated, over its fetches
    entries: int = 0  # items in the feed when it was last read
    # Each item of the feed as last read (its key -> a digest of what the feed said of it),
    # so that a fetch passes over items the feed has not changed (no page fetched for them).
    seen: dict[str, str] = field(default_factory=dict)

    @classmethod
    def new(cls, url: str, *, title: str | None = None, tags: Iterable[str] = (),
            full_text: bool = False, added: str = "") -> Feed:
        from .notes import normalize_tags

        kept = normalize_feed_url(url)
        return cls(id=feed_id(kept), url=kept, title=_clean(title),
                   tags=normalize_tags(tags), full_text=full_text, added=added)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Feed:
        """A stored feed; fields of the wrong type fall back to their defaults (a feed's
        state is refreshed by its next fetch), but the id and URL must be there."""
        url, ident = data.get("url"), data.get("id")
        if not isinstance(url, str) or not isinstance(ident, str):
            raise ValueError("a feed needs a string id and url")
        feed = cls(id=ident, url=url)
        for spec in fields(cls):
            value = data.get(spec.name)
            if spec.name in ("id", "url") or value is None:
                continue
            default = getattr(feed, spec.name)
            if spec.name == "tags":
                if isinstance(value, list) and all(isinstance(t, str) for t in value):
                    feed.tags = list(value)
            elif spec.name == "seen":
                if isinstance(value, dict):
                    feed.seen = {k: v for k, v in value.items() if isinstance(v, str)}
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(feed, spec.name, value)
            elif isinstance(default, int):
                if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                    setattr(feed, spec.name, value)
            elif isinstance(value, str):
                setattr(feed, spec.name, value)
        return feed

    @property
    def name(self) -> str:
        """How the feed is shown: its title, else its URL (one line)."""
        return self.title or one_line(self.url)


def feed_matches(feed: Feed, given: str) -> bool:
    """Whether `given` (as the reader typed it: a URL, an id or an id's unique start)
    names this feed; a prefix must be at least 4 characters."""
    text = given.strip()
    if not text:
        return False
    if "://" in text:
        try:
            return normalize_feed_url(text) == feed.url
        except FeedError:
            return False
    return len(text) >= 4 and feed.id.startswith(text.lower())
