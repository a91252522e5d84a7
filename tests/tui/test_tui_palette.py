"""The command palette (ctrl+p) offers articles, actors and the workstation's actions."""

from __future__ import annotations

import pytest
from support import fixture_article, open_store, wait_for_scan
from textual.command import CommandPalette

from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.export import ExportScreen
from newsdesk.tui.screens.main import MainScreen

SIZE = (120, 40)
MARKUP = "[bold red]Steel[/] [@click=app.quit]quit[/]"
OTHER = "b2" * 8


@pytest.fixture
def store(tmp_path):
    other = fixture_article(id=OTHER, title=f"Older story: {MARKUP} quotas",
                            published="2025-08-01")
    s = open_store(tmp_path / "store", [fixture_article(), other])
    yield s
    s.close()


async def _palette(pilot, query: str) -> CommandPalette:
    await pilot.press("ctrl+p")
    await pilot.pause()
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    await pilot.press(*query)
    for _ in range(20):  # the providers search in tasks; wait for their hits
        await pilot.pause(0.05)
        if palette.query("CommandList").first().option_count:
            break
    return palette


def _options(palette: CommandPalette) -> list[str]:
    options = palette.query("CommandList").first()
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def _wait_for_index(pilot, app: NewsdeskApp) -> None:
    await wait_for_scan(pilot)
    assert isinstance(app.screen, MainScreen) and app.screen.search_index is not None


async def test_an_article_opens_from_the_palette_by_a_misspelt_title(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _wait_for_index(pilot, app)
        assert app.screen.article.id == fixture_article().id
        palette = await _palette(pilot, "older stroy")
        assert any("Older story" in o for o in _options(palette))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.article.id == OTHER
        await pilot.press("left_square_bracket")  # the palette's jump is in the history
        assert app.screen.article.id == fixture_article().id


async def test_an_untrusted_title_is_shown_as_written(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _wait_for_index(pilot, app)
        palette = await _palette(pilot, "quotas")
        titles = [o for o in _options(palette) if "quotas" in o]
        assert titles and MARKUP in titles[0]  # brackets kept: no markup was parsed
        assert app.is_running


async def test_an_actor_leads_to_its_mention(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _wait_for_index(pilot, app)
        palette = await _palette(pilot, "ana ruis")
        assert any(o.startswith("Ana Ruiz") for o in _options(palette))
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        body_text = screen.body.text
        start, end = screen.body.mention
        assert body_text[start:end] == "Ana Ruiz"


async def test_an_action_runs_from_the_palette(store):
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _wait_for_index(pilot, app)
        palette = await _palette(pilot, "export")
        assert any(o.startswith("Export") for o in _options(palette))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
