"""The workstation's views across the corpus (issue 14): T the timeline, P the selected
actor's profile, H the open article's story thread, W watch the selected actor or
measure type, L the watchlist. Each is computed by newsdesk.app in a worker (the facts
cache makes it a few hundred milliseconds at 10,000 articles; cold, once, longer) and
opens when ready. Deadlines of watched items due within a week are announced once the
start-up scan is done, and every hour; articles a fetch or an import brings in that
match are announced too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from newsdesk.analysis.text import one_line, shorten
from newsdesk.app.clock import now_utc
from newsdesk.store.db import Store

# The views' modules (newsdesk.app.profiles, threads, timeline, watch) load in the workers
# that first use them: none is needed for the first paint.
if TYPE_CHECKING:
    from newsdesk.app.watch import WatchItem

    from .dialogs.across import Target
    from .screens.main import MainScreen

_PARTIES = re.compile(r" \([^()]*\)")
AUTO_STORIES_MAX = 20_000  # articles: above, the header's story line is left out
NEARING_EVERY = 3600.0  # seconds between announcements of watched deadlines
NEARING_FIRST = 0.5  # seconds after the start-up scan: the first announcement


@dataclass
class AcrossReady(Message):
    kind: str  # "timeline", "actor", "thread", "watchlist", "note"
    payload: Any = None
    error: str | None = None


class Across(Widget):
    """Runs the corpus views' work off the UI thread and opens their screens."""

    DEFAULT_CSS = "Across { display: none; }"

    def __init__(self, store: Store, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        # Each article's place in its story, as the header shows it: made by a worker
        # from the threads, dropped when the store changes (`stale`).
        self.stories: dict[str, str] | None = None
        self._generation = 0

    def on_mount(self) -> None:
        self._announced = False
        self.set_interval(NEARING_EVERY, self.announce_nearing)

    def scan_done(self) -> None:
        """The start-up scan has read every article: the first announcement of watched
        deadlines now (not during the scan, which a cold facts cache would double)."""
        if not self._announced:
            self._announced = True
            self.set_timer(NEARING_FIRST, self.announce_nearing)

    # -- the work -----------------------------------------------------------------------------

    def _post(self, kind: str, payload: Any = None, error: str | None = None) -> None:
        self.post_message(AcrossReady(kind, payload, error))

    @work(thread=True, exclusive=True, group="across", exit_on_error=False)
    def open_timeline(self) -> None:
        from newsdesk.app.timeline import timeline

        try:
            items, undated = timeline(self.store)
            tags: dict[str, set[str]] = {}
            for note in self.store.annotations():
                for tag in note.tags:
                    tags.setdefault(tag, set()).add(note.article_id)
        except Exception as e:
            self._post("timeline", error=f"{type(e).__name__}: {e}")
            return
        self._post("timeline", (items, tags, now_utc().date(), undated))

    @work(thread=True, exclusive=True, group="across", exit_on_error=False)
    def open_profile(self, name: str) -> None:
        from newsdesk.app.profiles import UnknownActor, actor_profile

        try:
            self._post("actor", actor_profile(self.store, name))
        except UnknownActor as e:
            self._post("actor", error=str(e))
        except Exception as e:
            self._post("actor", error=f"{type(e).__name__}: {e}")

    @work(thread=True, exclusive=True, group="across", exit_on_error=False)
    def open_thread(self, article_id: str, title: str) -> None:
        from newsdesk.app.threads import article_thread

        try:
            self._post("thread", (article_thread(self.store, article_id), article_id, title))
        except Exception as e:
            self._post("thread", error=f"{type(e).__name__}: {e}")

    @work(thread=True, exclusive=True, group="across", exit_on_error=False)
    def open_watchlist(self) -> None:
        from newsdesk.app.watch import matched_ids, nearing, watch_items

        try:
            items = watch_items(self.store)
            near = nearing(self.store, now_utc(), items)
            matched = []
            for article_id in reversed(matched_ids(self.store)[-50:]):
                if self.store.has_article(article_id):
                    matched.append((article_id, self.store.get_article(article_id).title))
        except Exception as e:
            self._post("watchlist", error=f"{type(e).__name__}: {e}")
            return
        self._post("watchlist", (items, near, matched))

    @work(thread=True, group="watch-edit", exit_on_error=False)
    def watch_item(self, item: WatchItem) -> None:
        from newsdesk.app.watch import add_item

        try:
            added = add_item(self.store, item)
        except Exception as e:
            self._post("note", error=f"{type(e).__name__}: {e}")
            return
        self._post("note", f"Watching {item.label}." if added else
                   f"Already watching {item.label}.")

    @work(thread=True, group="watch-edit", exit_on_error=False)
    def forget(self, label: str) -> None:
        from newsdesk.app.watch import WatchItem, remove_item

        kind, _, value = label.partition(":")
        try:
            remove_item(self.store, WatchItem(kind, value))
        except Exception as e:
            self._post("note", error=f"{type(e).__name__}: {e}")
            return
        self._post("note", f"No longer watching {label}.")
        self.app.call_from_thread(self.open_watchlist)

    # -- the open article's story, in its header -------------------------------------------

    def stale(self) -> None:
        """The store changed: the stories are made again when next needed."""
        self.stories = None
        self._generation += 1

    def story_line(self, article_id: str) -> str | None:
        """The header's story line for an article (None: none, or not known yet, in which
        case a worker makes the lines and the header is updated)."""
        if self.stories is None:
            screen = cast("MainScreen", self.screen)
            # Not while the start-up scan reads every article (both would, at once): the
            # scan's end asks again (MainScreen._corpus_scanned).
            # Nor on a store so large that the facts' first build would take minutes of
            # the workstation's time: there H makes the thread of the article asked for.
            if screen.search_index is not None and not screen.watcher.scanning \
                    and self.store.article_count() <= AUTO_STORIES_MAX:
                self._make_stories(self._generation)
            return None
        return self.stories.get(article_id)

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False)
    def _make_stories(self, generation: int) -> None:
        from newsdesk.app.threads import story_threads

        try:
            threads = story_threads(self.store)
        except Exception:  # the header goes without its story line
            return
        lines: dict[str, str] = {}
        for thread in threads:
            for n, step in enumerate(thread.steps, 1):
                # The parties left out (H shows them): "tariff: threaten -> delay".
                adds = [*(_PARTIES.sub("", c) for c in step.changed),
                        *(f"deadline {m.partition(': ')[0]}" for m in step.moved),
                        *(f"new {_PARTIES.sub('', n)}" for n in step.new)]
                said = "; ".join(adds[:2]) + (f" (+{len(adds) - 2})" if len(adds) > 2 else "")
                # Short enough for the header's one line (H shows the whole story).
                lines[step.article_id] = shorten(
                    f"{n}/{len(thread.steps)}" + (f" · {said}" if said else ""), 52)
        self.app.call_from_thread(self._stories_made, lines, generation)

    def _stories_made(self, lines: dict[str, str], generation: int) -> None:
        if generation != self._generation:
            return  # the store changed meanwhile: made again when next asked
        self.stories = lines
        screen = cast("MainScreen", self.screen)
        if screen.article is not None:
            from .panes.article import ArticlePane

            screen.query_one(ArticlePane).show_story(lines.get(screen.article.id))

    @work(thread=True, exclusive=True, group="nearing", exit_on_error=False)
    def announce_nearing(self) -> None:
        from newsdesk.app.watch import nearing

        try:
            near = nearing(self.store, now_utc())
        except Exception:  # an announcement is a courtesy: never an error of its own
            return
        if near:
            self._post("nearing", near)

    @work(thread=True, group="arrivals", exit_on_error=False)
    def arrivals(self, article_ids: list[str]) -> None:
        from newsdesk.app.watch import watched_arrivals

        if self.store.readonly:
            return
        try:
            found = watched_arrivals(self.store, article_ids)
        except Exception:
            return
        if found:
            self._post("arrived", found)

    # -- from the main screen's keys -----------------------------------------------------------

    def profile_selected(self, screen: MainScreen) -> None:
        ref = screen.selected
        if ref is None or ref.kind != "actor":
            screen.notify("Pick an actor first (tab to the actors pane); P shows it across"
                          " every article.", markup=False)
            return
        self.open_profile(ref.label)

    def watch_selected(self, screen: MainScreen) -> None:
        """Watch the selected actor, the selected measure's type, or the selected words."""
        from newsdesk.app.watch import WatchItem

        ref, view, article = screen.selected, screen.workspace.view, screen.article
        item = None
        if ref is not None and ref.kind == "actor":
            item = WatchItem("actor", ref.label)
        elif ref is not None and ref.kind == "measure" and view is not None \
                and 0 <= ref.index < len(view.findings.measures):
            item = WatchItem("type", view.findings.measures[ref.index].type)
        elif ref is not None and ref.kind == "deadline" and view is not None \
                and 0 <= ref.index < len(view.findings.deadlines):
            # A deadline: its measure's type, else what is due.
            deadline = view.findings.deadlines[ref.index]
            measures = view.findings.measures
            item = WatchItem("type", measures[deadline.measure].type) \
                if deadline.measure is not None and 0 <= deadline.measure < len(measures) \
                else WatchItem("phrase", deadline.what[:200])
        elif (span := screen.body.selection) is not None and article is not None:
            words = " ".join(article.text[span[0]:span[1]].split())[:200]
            item = WatchItem("phrase", words) if words else None
        if item is None:
            screen.notify("Pick an actor, a measure or a deadline (or select words) first;"
                          " W watches it.", markup=False)
            return
        if self.store.readonly:
            screen.notify("The store is open read-only: nothing can be watched.",
                          severity="warning", markup=False)
            return
        self.watch_item(item)

    @on(AcrossReady)
    def _ready(self, message: AcrossReady) -> None:
        message.stop()
        self.ready(message, cast("MainScreen", self.screen))

    # -- what comes back ---------------------------------------------------------------------

    def ready(self, message: AcrossReady, screen: MainScreen) -> None:
        if message.error:
            screen.notify(one_line(message.error), severity="warning", markup=False)
            return
        kind, payload = message.kind, message.payload
        # The views' screens load when one is first shown, not at start-up.
        from .dialogs.across import ActorScreen, ThreadScreen, TimelineScreen, WatchlistScreen

        if kind == "note":
            screen.notify(one_line(payload), markup=False)
        elif kind == "nearing":
            lines = [f"{'within 24 h' if urgent else 'this week'}: {d.date} {d.label}"
                     f" ({item.label})" for d, item, urgent in payload[:4]]
            more = f"\n… and {len(payload) - 4} more (L)" if len(payload) > 4 else ""
            screen.notify("Watched deadlines:\n" + "\n".join(
                shorten(one_line(x), 90) for x in lines) + more,
                severity="warning" if any(u for _, _, u in payload) else "information",
                timeout=12, markup=False)
        elif kind == "arrived":
            lines = [f"{shorten(one_line(title), 60)} ({', '.join(i.label for i in items)})"
                     for _, title, items in payload[:4]]
            screen.notify("New articles you watch:\n" + "\n".join(lines), timeout=10,
                          markup=False)
        elif kind == "timeline":
            self.app.push_screen(TimelineScreen(*payload), lambda t: self.go(t, screen))
        elif kind == "actor":
            self.app.push_screen(ActorScreen(payload), lambda t: self.go(t, screen))
        elif kind == "thread":
            self.app.push_screen(ThreadScreen(*payload), lambda t: self.go(t, screen))
        elif kind == "watchlist":
            self.app.push_screen(WatchlistScreen(*payload), lambda t: self.go(t, screen))

    def go(self, target: Target | None, screen: MainScreen) -> None:
        if target is None:
            return
        if target.kind == "actor":
            self.open_profile(target.name)
        elif target.kind == "watch":
            self.forget(target.name)
        elif target.end > target.start:
            screen.jump_to(target.article_id, (target.start, target.end))
        else:
            screen.open_from_palette(target.article_id)
