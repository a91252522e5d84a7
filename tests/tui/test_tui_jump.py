"""The jump modal: type, wait for the worker, enter or escape; labels never become markup."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from newsdesk.analysis.search import SearchHit, SearchIndex, SearchItem
from newsdesk.tui.dialogs.jump import JumpResults, JumpScreen

ITEMS = [
    SearchItem("actor", "Scott Bessent, Treasury Secretary", "TikTok deadline pushed back",
               "tiktok", 19, 32, "tiktok/actor/Scott Bessent"),
    SearchItem("sentence", "Treasury Secretary Scott Bessent said the deadline moves.",
               "TikTok deadline pushed back", "tiktok", 0, 58, "tiktok/sentence/0"),
    SearchItem("actor", "Ingrid Halvorsen, chief executive", "Nordvik Shipping picks a chief",
               "nordvik", 20, 36, "nordvik/actor/Ingrid Halvorsen"),
    SearchItem("note", "[bold]x[/] watch this", "Nordvik Shipping picks a chief", "nordvik",
               0, 5, "note/1"),
]


class Host(App[None]):
    """Pushes the jump and keeps what it returned."""

    def __init__(self) -> None:
        super().__init__()
        self.index = SearchIndex(ITEMS)
        self.results: list[SearchHit | None] = []

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        self.push_screen(JumpScreen(self.index), self.results.append)


async def _settle(app: App, pilot) -> None:
    """Let the search worker finish and its results reach the screen."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_typing_a_typo_and_enter_returns_the_actor():
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"bessnt")
        await _settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, JumpScreen)
        assert screen.highlighted_hit is not None
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, JumpScreen)
    assert len(app.results) == 1
    assert app.results[0].item.key == "tiktok/actor/Scott Bessent"


async def test_down_moves_the_highlight_to_the_next_result():
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"bessent")
        await _settle(app, pilot)
        assert len(app.screen.hits) == 2
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.results[0].item.key == "tiktok/sentence/0"


async def test_escape_returns_none():
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"halv")
        await _settle(app, pilot)
        assert app.screen.hits
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, JumpScreen)
    assert app.results == [None]


async def test_enter_with_no_results_stays_open():
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"qqqq")
        await _settle(app, pilot)
        assert app.screen.hits == []
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, JumpScreen)
    assert app.results == []


async def test_a_markup_looking_label_is_shown_literally():
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"watch")
        await _settle(app, pilot)
        results = app.screen.query_one("#jump-results", JumpResults)
        assert results.row_count == 1
        row = results.render_line(0).text
        assert "[bold]x[/] watch this" in row
        assert "note" in row and "Nordvik Shipping" in row


async def test_the_keys_are_bound_with_ids_and_tooltips():
    ids = {binding.id: binding for binding in JumpScreen.BINDINGS}
    for key in ("jump.close", "jump.choose", "jump.previous", "jump.next"):
        assert ids[key].description and ids[key].tooltip


async def test_a_filled_index_searches_again_and_keeps_the_cursor():
    """Typed while the corpus scan filled the index: when it is full the query is searched
    again, so hits the part missed appear, and the highlighted hit stays highlighted."""
    app = Host()
    app.index = SearchIndex(ITEMS[:2])  # the part indexed so far
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"bessent")
        await _settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, JumpScreen)
        assert [h.item.key for h in screen.hits] == ["tiktok/actor/Scott Bessent",
                                                     "tiktok/sentence/0"]
        await pilot.press("down")  # on the sentence
        more = SearchItem("measure", "Bessent extends the pause", "Talks resume", "talks",
                          0, 10, "talks/measure/0")
        screen.index_filled(SearchIndex([*ITEMS, more]))
        await _settle(app, pilot)
        keys = [h.item.key for h in screen.hits]
        assert "talks/measure/0" in keys
        assert screen.highlighted_hit is not None
        assert screen.highlighted_hit.item.key == "tiktok/sentence/0"
        await pilot.press(*" ext")  # a keystroke: the cursor goes back to the first hit
        await _settle(app, pilot)
        assert screen.query_one(JumpResults).cursor_row == 0
