"""Pilot tests of what keeps the workstation quick on a large store: the switcher's
drawn-on-demand table, the corpus scan behind `/`, `o` and `c`, and incremental updates
of the search index when a note or a correction changes one article."""

from __future__ import annotations

import pytest
from support import fixture_article, open_store, unique
from textual.message import Message

from newsdesk.tui import messages as msg
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.annotate import AnnotateScreen
from newsdesk.tui.dialogs.base import ConfirmScreen
from newsdesk.tui.dialogs.jump import JumpResults, JumpScreen
from newsdesk.tui.panes.actors import ActorsPane
from newsdesk.tui.panes.articles import ArticlesPane
from newsdesk.tui.panes.countdown import CountdownPane
from newsdesk.tui.screens.main import SCAN_DELAY

SIZE = (120, 40)
COUNT = 300


def article_id(n: int) -> str:
    return f"{n:016x}"


@pytest.fixture
def many(tmp_path):
    """300 articles, one a day; the last is the newest, so it opens first."""
    articles = [fixture_article(id=article_id(n), title=f"Wire story number {n}",
                                published=f"2025-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}",
                                imported_at=f"2025-09-10T00:00:{n % 60:02d}+00:00")
                for n in range(COUNT)]
    articles.append(fixture_article(id="f" * 16, title="Harbour strike closes Rotterdam",
                                    published="2026-01-01"))
    s = open_store(tmp_path / "store", articles)
    yield s
    s.close()


async def settle(pilot) -> None:
    """Past the delayed start of the corpus scan, its workers done, results shown."""
    await pilot.pause(SCAN_DELAY + 0.05)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_switcher_lists_hundreds_of_articles_and_filters(many):
    app = NewsdeskApp(many)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # the corpus scan at start
        await pilot.press("o")
        await pilot.pause()
        switcher = app.screen.query_one(ArticlesPane)
        table = switcher.table
        assert table.row_count == COUNT + 1
        assert switcher.border_subtitle == str(COUNT + 1)
        # Drawn: the header, then the newest first, with its counts from the scan.
        header = table.render_line(0).text
        assert "Date" in header and "Title" in header
        first = table.render_line(1).text
        assert "2026-01-01 Harbour strike closes" in first  # the title is cut to fit
        assert first.split()[-3:] == ["4", "2", "3"]  # actors, measures, deadlines
        await pilot.press(*"number 12")
        await pilot.pause()
        # As the fuzzy jump matches: every term begins a word of the title, the date or
        # the source: stories 12 and 120-129, and those published in December or on the
        # 12th.
        def words(row) -> list[str]:
            return f"{row.title} {row.published}".replace("-", " ").casefold().split()

        expected = sum(1 for row in many.list_articles()
                       if "number" in words(row)
                       and any(w.startswith("12") for w in words(row)))
        assert 11 < table.row_count == expected < COUNT
        assert switcher.border_subtitle == f"{expected} of {COUNT + 1}"
        await pilot.press("9")  # narrowed from the rows already shown
        await pilot.pause()
        assert table.row_count == 1
        await pilot.press("enter")
        assert app.screen.article.id == article_id(129)
        assert not switcher.display
        await pilot.press("o", "escape")  # the filter is cleared, the full list is back
        assert table.row_count == COUNT + 1
        assert table.get_row_at(table.cursor_row)[1].plain == (
            "Wire story number 129 · Fixture Wire")  # the title, then the source


async def test_the_scan_at_start_fills_the_index_and_the_countdown(many):
    seen: list[Message] = []
    app = NewsdeskApp(many)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        scans = unique(seen, msg.CorpusScanned)
        assert len(scans) == 1 and scans[0].error is None
        screen = app.screen
        assert len(screen.corpus) == COUNT + 1
        assert screen.search_index is scans[0].index
        countdown = screen.query_one(CountdownPane)
        await pilot.press("c")
        await pilot.pause()
        assert countdown.table.row_count == 3 * (COUNT + 1)  # at once: no second pass
        assert len(unique(seen, msg.CorpusScanned)) == 1


async def test_a_new_note_is_found_by_the_jump_at_once(many):
    seen: list[Message] = []
    app = NewsdeskApp(many)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        index = app.screen.search_index
        size = len(index)
        await pilot.press("j", "a")
        assert isinstance(app.screen, AnnotateScreen)
        await pilot.press(*"quokka sighting", "ctrl+s")
        await settle(pilot)
        assert app.screen.search_index is index  # updated in place, not rebuilt
        assert len(index) == size + 1
        await pilot.press("slash")
        await pilot.press(*"quokka")
        await settle(pilot)
        jump = app.screen
        assert isinstance(jump, JumpScreen)
        assert [h.item.kind for h in jump.hits] == ["note"]
        assert "quokka sighting" in jump.query_one(JumpResults).render_line(0).text
        assert len(unique(seen, msg.CorpusScanned)) == 1  # no second scan


async def test_a_correction_reindexes_only_its_article(many):
    seen: list[Message] = []
    app = NewsdeskApp(many)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        index = app.screen.search_index
        assert any(h.item.kind == "actor" and h.item.article_id == "f" * 16
                   for h in index.search("ana ruiz", limit=500))
        await pilot.press("tab", "x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        reindexed = unique(seen, msg.ArticlesReindexed)
        assert [list(m.entries) for m in reindexed] == [["f" * 16]]
        assert app.screen.corpus["f" * 16].counts == (3, 2, 3)
        assert not any(h.item.kind == "actor" and h.item.article_id == "f" * 16
                       for h in index.search("ana ruiz", limit=500))
        assert len(unique(seen, msg.CorpusScanned)) == 1


async def test_actors_show_role_and_affiliation_under_the_name(many):
    app = NewsdeskApp(many)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one(ActorsPane).table
        lines = [table.render_line(y).text for y in range(4)]
        assert "Ana Ruiz" in lines[1]
        assert "Trade Minister, Chile" in lines[2]
