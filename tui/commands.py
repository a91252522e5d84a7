"""The command palette (ctrl+p): articles, actors and the workstation's main actions.

Articles and actors come from the same typo-tolerant index as the fuzzy jump (`/`), so
"mandlson" finds Mandelson here too; before the index is built, articles are matched by
title from the store's list. Names and titles are untrusted: they are shown as plain
`Content` (never parsed as markup), and help lines are escaped, because the palette
parses its help text as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from newsdesk.analysis.search import SearchHit
from newsdesk.analysis.text import one_line

if TYPE_CHECKING:
    from .screens.main import MainScreen

HITS_PER_KIND = 12


def _main_screen(provider: Provider) -> MainScreen | None:
    """The workstation the palette was opened over (None over any other screen)."""
    from .screens.main import MainScreen

    screen = provider.screen
    return screen if isinstance(screen, MainScreen) else None


def _plain(text: str, query: str, provider: Provider) -> Content:
    """`text` as plain content, the query's letters highlighted where they match."""
    content = Content(text)
    score, offsets = provider.matcher(query).fuzzy_search.match(query, text)
    if score and provider.match_style is not None:
        for offset in offsets:
            content = content.stylize(provider.match_style, offset, offset + 1)
    return content


def _indexed(screen: MainScreen, query: str, kind: str) -> list[SearchHit]:
    index = screen.search_index
    if index is None:
        return []
    return [hit for hit in index.search(query, limit=60) if hit.item.kind == kind][
        :HITS_PER_KIND]


class ArticlesCommands(Provider):
    """Open an article by (part of) its title."""

    async def search(self, query: str) -> Hits:
        screen = _main_screen(self)
        if screen is None:
            return
        if screen.search_index is not None:
            for hit in _indexed(screen, query, "article"):
                title = one_line(hit.item.label)  # the title · date · source
                yield Hit(hit.score / 100, _plain(title, query, self),
                          partial(screen.open_from_palette, hit.item.article_id),
                          text=title, help="Open this article")
            return
        # Until the first scan has built the index: titles, matched loosely.
        matcher = self.matcher(query)
        for row in screen.store.list_articles():
            title = one_line(row.title)
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _plain(title, query, self),
                          partial(screen.open_from_palette, row.id), text=title,
                          help=escape(f"Open this article ({row.published or 'date unknown'})"))

    async def discover(self) -> Hits:
        screen = _main_screen(self)
        if screen is None:
            return
        rows = sorted(screen.store.list_articles(),
                      key=lambda r: (r.published or "", r.imported_at), reverse=True)
        for row in rows[:HITS_PER_KIND]:
            title = one_line(row.title)
            yield DiscoveryHit(Content(title), partial(screen.open_from_palette, row.id),
                               text=title, help="Open this article")


class ActorsCommands(Provider):
    """Go to an actor's first mention, in any article."""

    async def search(self, query: str) -> Hits:
        screen = _main_screen(self)
        if screen is None:
            return
        for hit in _indexed(screen, query, "actor"):
            item = hit.item
            label = one_line(item.label)
            yield Hit(hit.score / 100, _plain(label, query, self),
                      partial(screen.jump_to, item.article_id, (item.start, item.end)),
                      text=label, help=escape(f"Actor in: {one_line(item.detail)}"))


class ActionsCommands(Provider):
    """The workstation's actions by name: "export", "notes", "countdown", ..."""

    def _actions(self, screen: MainScreen) -> list[tuple[str, str, Callable[[], Any]]]:
        out: list[tuple[str, str, Callable[[], Any]]] = []
        for binding in screen.BINDINGS:
            if isinstance(binding, tuple) or not binding.description:
                continue
            name = f"{binding.description} ({self.app.get_key_display(binding)})"
            out.append((name, binding.tooltip or "", partial(screen.run_action, binding.action)))
        return out

    async def search(self, query: str) -> Hits:
        screen = _main_screen(self)
        if screen is None:
            return
        matcher = self.matcher(query)
        words = query.casefold().split()
        for name, tooltip, run in self._actions(screen):
            # By name, loosely; by what it does, only when every word typed is in it (a
            # loose match over a long description matches nearly any query).
            described = bool(words) and all(w in tooltip.casefold() for w in words)
            score = max(matcher.match(name), 0.5 if described else 0.0)
            if score > 0:
                yield Hit(score, _plain(name, query, self), run, text=name,
                          help=escape(tooltip))

    async def discover(self) -> Hits:
        screen = _main_screen(self)
        if screen is None:
            return
        for name, tooltip, run in self._actions(screen):
            yield DiscoveryHit(Content(name), run, text=name, help=escape(tooltip))
