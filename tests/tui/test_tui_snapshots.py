"""Snapshots of the workstation at fixed sizes under the frozen clock (conftest.py).

Regenerate after an intended change with `pytest tests/test_tui_snapshots.py
--snapshot-update`, and look at the report before committing the new SVGs.
"""

from __future__ import annotations

import pytest
from support import fixture_article, open_store, wait_for_scan

from newsdesk.tui.app import NewsdeskApp


async def settle(pilot) -> None:
    """Let a theme change reach every widget (its CSS refresh is queued, then repaints)."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def after_scan(*keys: str):
    """Keys pressed once the start-up scan has ended, then settled: a scan still running
    when the screen is taken may split its lines into other segments (the same picture,
    another SVG), which a slow machine showed."""
    async def run_before(pilot) -> None:
        await wait_for_scan(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    return run_before


@pytest.fixture
def app(tmp_path):
    store = open_store(tmp_path / "store", [fixture_article()])
    yield NewsdeskApp(store)
    store.close()


def test_main_screen(app, snap_compare):
    assert snap_compare(app, terminal_size=(120, 40), run_before=after_scan("j"))


def test_actor_jump_and_selection(app, snap_compare):
    assert snap_compare(app, terminal_size=(120, 40),
                        run_before=after_scan("tab", "enter", "shift+tab", "n", "shift+right",
                                              "shift+right"))


def test_help_screen(app, snap_compare):
    assert snap_compare(app, terminal_size=(120, 40),
                        run_before=after_scan("question_mark"))


def test_light_theme(app, snap_compare):
    async def light(pilot):
        await wait_for_scan(pilot)
        pilot.app.theme = "newsdesk-light"
        await settle(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=light)


def test_high_contrast_theme(app, snap_compare):
    async def high_contrast(pilot):
        await wait_for_scan(pilot)
        pilot.app.theme = "newsdesk-high-contrast"
        await settle(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=high_contrast)


def test_small_terminal(app, snap_compare):
    assert snap_compare(app, terminal_size=(80, 24), run_before=after_scan("tab", "tab"))


def test_empty_store(tmp_path, snap_compare):
    store = open_store(tmp_path / "empty")
    try:
        assert snap_compare(NewsdeskApp(store), terminal_size=(120, 40))
    finally:
        store.close()


def test_fuzzy_jump_with_results(app, snap_compare):
    async def search(pilot):
        await wait_for_scan(pilot)  # every key then searches the whole corpus
        await pilot.press("slash", *"ruiz tarif")
        await settle(pilot)  # the index fills and the search runs in workers

    assert snap_compare(app, terminal_size=(120, 40), run_before=search)


def test_annotation_modal(app, snap_compare):
    assert snap_compare(app, terminal_size=(120, 40),
                        run_before=after_scan("j", "j", "a", *"check date"))


def test_export_modal(app, snap_compare, monkeypatch):
    monkeypatch.chdir("/tmp")  # the dialog names the current folder
    assert snap_compare(app, terminal_size=(120, 40), run_before=after_scan("E"))


def test_export_modal_small_terminal(app, snap_compare, monkeypatch):
    monkeypatch.chdir("/tmp")
    assert snap_compare(app, terminal_size=(80, 24), run_before=after_scan("E"))


# -- the reader in control: corrections, merges, mended dialogs, at both sizes -------------

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_corrections_view(app, snap_compare, size):
    async def reject_then_list(pilot):
        await wait_for_scan(pilot)
        await pilot.press("tab", "down", "down", "x", "y")  # reject Canada
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=reject_then_list)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_merge_confirmation(app, snap_compare, size):
    async def merge(pilot):
        await wait_for_scan(pilot)  # merge offers the actors of every article
        await pilot.press("tab", "down", "down", "m", *"chile", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=merge)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_published_date_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=after_scan("p"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_countdown_of_every_article(app, snap_compare, size):
    async def every_article(pilot):
        await wait_for_scan(pilot)  # the countdown of every article comes from the scan
        await pilot.press("tab", "tab", "tab", "c")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=every_article)


def test_help_screen_small_terminal(app, snap_compare):
    assert snap_compare(app, terminal_size=(80, 24), run_before=after_scan("question_mark"))
