"""Pilot tests of the workstation: the cursor, mentions, countdown, themes, safety."""

from __future__ import annotations

import pytest
from support import TEXT, fixture_article, open_store, span, unique
from textual.message import Message
from textual.widgets import Static

from newsdesk.tui import messages as msg
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.panes.actors import ActorsPane
from newsdesk.tui.panes.article import ArticleBody
from newsdesk.tui.panes.countdown import CountdownPane
from newsdesk.tui.screens.help import HelpScreen

SIZE = (120, 40)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [fixture_article()])
    yield s
    s.close()


def left_column(app: NewsdeskApp) -> dict[str, str]:
    """The countdown's "Left" text by due date."""
    table = app.screen.query_one(CountdownPane).table
    return {table.get_row_at(i)[1].plain: table.get_row_at(i)[0].plain
            for i in range(table.row_count)}


async def test_sentence_cursor_moves_with_j_and_k(store):
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        body = app.screen.query_one(ArticleBody)
        assert app.focused is body
        assert body.sentence == 0
        await pilot.press("j", "j")
        assert body.sentence == 2
        assert TEXT[body.cursor_offset:].startswith("Ruiz said the tariff")
        await pilot.press("k")
        assert body.sentence == 1
        assert TEXT[body.cursor_offset:].startswith("Ottawa rejected")
        moves = unique(seen, msg.SentenceCursorMoved)
        assert [m.sentence for m in moves][-3:] == [1, 2, 1]


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_no_line_is_drawn_wrapped_to_another_width(store, monkeypatch, size):
    # Not even in the first frame, before the body has had its Resize event.
    drawn: list[tuple[int, int]] = []
    real = ArticleBody.render_line

    def render_line(self, y):
        drawn.append((self._wrap_width, self.scrollable_content_region.width))
        return real(self, y)

    monkeypatch.setattr(ArticleBody, "render_line", render_line)
    app = NewsdeskApp(store)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert drawn and all(wrapped == width for wrapped, width in drawn), drawn[:3]


async def test_enter_on_actor_lands_on_first_mention_and_n_cycles(store):
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("tab")
        actors = app.screen.query_one(ActorsPane).table
        assert app.focused is actors
        assert actors.current_ref.label == "Ana Ruiz"  # people come first
        await pilot.press("enter")
        body = app.screen.query_one(ArticleBody)
        ruiz = [span(TEXT, "Ana Ruiz"), span(TEXT, "Ruiz", 1), span(TEXT, "Ruiz", 2)]
        assert body.mention == ruiz[0]
        assert body.sentence == 0
        activated = unique(seen, msg.ItemActivated)
        assert activated and activated[-1].ref.label == "Ana Ruiz"
        await pilot.press("n")
        assert body.mention == ruiz[1]
        assert body.sentence == 2
        await pilot.press("n")
        assert body.mention == ruiz[2]
        await pilot.press("n")
        assert body.mention == ruiz[0]  # wraps round
        await pilot.press("N")
        assert body.mention == ruiz[2]


async def test_back_and_forward_retrace_jumps(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        body = app.screen.query_one(ArticleBody)
        await pilot.press("j")  # start in sentence 1
        await pilot.press("tab", "enter")  # jump to "Ana Ruiz" (sentence 0)
        await pilot.press("n")  # and on to the second "Ruiz"
        assert body.mention == span(TEXT, "Ruiz", 1)
        await pilot.press("left_square_bracket")
        assert body.mention == span(TEXT, "Ana Ruiz")
        await pilot.press("left_square_bracket")
        assert body.mention is None and body.sentence == 1
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert body.mention == span(TEXT, "Ruiz", 1)


async def test_keyboard_selection_extends_by_word_and_sentence(store):
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        body = app.screen.query_one(ArticleBody)
        await pilot.press("shift+right", "shift+right")
        assert TEXT[slice(*body.selection)] == "Trade Minister"
        await pilot.press("shift+left")
        assert TEXT[slice(*body.selection)] == "Trade"
        await pilot.press("shift+down")
        assert TEXT[slice(*body.selection)].endswith("on Canadian steel.")
        await pilot.press("escape")
        assert body.selection is None
        await pilot.press("v", "j", "j")
        selected = TEXT[slice(*body.selection)]
        assert selected.startswith("Trade Minister") and selected.endswith("the plan.")
        changes = unique(seen, msg.SelectionChanged)
        assert changes[-1].span == body.selection


async def test_countdown_counts_from_the_clock(store, monkeypatch):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert left_column(app) == {"2025-09-20": "6d 15:00:00", "2025-10-01": "17 days",
                                    "2025-09-01": "passed 12 days ago"}
        monkeypatch.setenv("NEWSDESK_NOW", "2025-09-20T22:59:30Z")
        await pilot.pause(1.2)  # one tick of the pane's interval
        assert left_column(app)["2025-09-20"] == "01:00:30"
        assert left_column(app)["2025-10-01"] == "11 days"
        monkeypatch.setenv("NEWSDESK_NOW", "2025-09-21T03:00:00Z")
        await pilot.pause(1.2)
        assert left_column(app)["2025-09-20"] == "passed 3h 00m ago"


async def test_countdown_as_of_the_published_date(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        countdown = app.screen.query_one(CountdownPane)
        await pilot.press("d")
        assert countdown.as_of_published
        assert "as of published date" in str(countdown.border_title)
        # Published 2025-09-09: from its midnight to the end of the due day.
        assert left_column(app) == {"2025-09-20": "12 days", "2025-10-01": "23 days",
                                    "2025-09-01": "passed 7 days ago"}
        await pilot.press("d")
        assert left_column(app)["2025-09-20"] == "6d 15:00:00"


async def test_countdown_over_every_article(tmp_path):
    other = fixture_article(id="b2" * 8, title="Second wire story", published="2025-09-12")
    store = open_store(tmp_path / "s", [fixture_article(), other])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        countdown = app.screen.query_one(CountdownPane)
        assert countdown.table.row_count == 3
        await pilot.press("c")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert countdown.table.row_count == 6
        assert "all articles" in str(countdown.border_title)
    store.close()


async def test_theme_switch_persists(store, tmp_path):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "newsdesk-dark"
        await pilot.press("t")
        await pilot.pause()
        chosen = app.theme
        assert chosen != "newsdesk-dark"
        assert store.get_setting("theme") == chosen
    again = NewsdeskApp(store)
    async with again.run_test(size=SIZE):
        assert again.theme == chosen


async def test_markup_and_ansi_in_untrusted_text_stay_plain(tmp_path):
    hostile = "[bold red]x[/] [@click=app.quit]q[/] \x1b[31mred\x1b[0m"
    article = fixture_article(title=hostile, source="[b]wire[/b]",
                              text=f"{hostile}. {TEXT}")
    store = open_store(tmp_path / "s", [article])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        header = app.screen.query_one("#article-header", Static)
        shown = str(header.render())
        assert "[bold red]x[/] [@click=app.quit]q[/]" in shown
        assert "[b]wire[/b]" in shown
        body = app.screen.query_one(ArticleBody)
        first_line = body.render_line(0).text
        assert first_line.startswith("[bold red]x[/] [@click=app.quit]q[/]")
        assert "\x1b" not in first_line
        await pilot.click(ArticleBody, offset=(20, 0))
        await pilot.press("j", "k", "o")
        assert app.is_running
    store.close()


async def test_empty_store_says_what_to_do(tmp_path):
    store = open_store(tmp_path / "empty")
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        body = app.screen.query_one(ArticleBody)
        assert "Press i to import" in "\n".join(
            body.render_line(y).text for y in range(4))
        assert app.screen.query_one(ActorsPane).has_class("-empty")
        assert app.screen.query_one(CountdownPane).has_class("-empty")
        await pilot.press("j", "n", "r", "p", "d", "c", "tab", "enter", "o")
        assert app.is_running
    store.close()


async def test_help_lists_every_key_and_follows_the_keymap(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        app.set_keymap({"main.related": "R"})
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table")
        rows = {table.get_row_at(i)[2].plain: table.get_row_at(i)[0].plain
                for i in range(table.row_count)}
        for ident in ("main.next_mention", "main.previous_mention", "main.jump",
                      "main.back", "main.forward", "main.articles", "main.published",
                      "main.import", "main.export", "app.next_theme", "app.quit",
                      "article.next_sentence", "article.select_word", "dialog.save",
                      "dialog.cancel"):
            assert ident in rows
        assert rows["main.related"] == "R"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_small_terminal_shows_one_side_pane_at_a_time(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert screen.has_class("-narrow")
        visible = [p.id for p in screen.query(".side-pane") if p.display
                   and p.styles.display != "none"]
        assert visible == ["actors"]
        await pilot.press("tab", "tab")
        assert screen.active_side == "measures"
        assert screen.query_one("#measures").region.height > 3
        assert screen.query_one("#actors").region.height == 0
