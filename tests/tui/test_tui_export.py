"""Pilot tests of `E`: the article's Markdown note written from the workstation."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from support import fixture_article, open_store, settle
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import Input, Static

from newsdesk.app.workspace import EXPORT_DIR_SETTING
from newsdesk.store.db import Store
from newsdesk.tui import messages as msg
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.base import ConfirmScreen
from newsdesk.tui.dialogs.export import ExportScreen, export_target

SIZE = (120, 40)
NAME = "chile-plans-steel-tariff-on-canada.md"  # the CLI's default for the fixture's title


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store", [fixture_article()])
    yield s
    s.close()


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def exported(seen: list[Message]) -> list[msg.NoteExported]:
    out: list[msg.NoteExported] = []
    for m in seen:
        if isinstance(m, msg.NoteExported) and not any(m is o for o in out):
            out.append(m)
    return out


def notices(seen: list[Message]) -> list[str]:
    return [str(m.notification.message) for m in seen if isinstance(m, Notify)]


def actors_table(text: str) -> list[list[str]]:
    """The rows (header first) of the table under "## Actors", as a Markdown parser sees it."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    heading = next(i for i, t in enumerate(tokens)
                   if t.type == "inline" and t.content == "Actors"
                   and tokens[i - 1].tag == "h2")
    rows: list[list[str]] = []
    for token in tokens[heading:]:
        if token.type == "table_close":
            break
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(token.content)
    return rows


async def test_e_then_ctrl_s_writes_the_note_where_the_cli_would(store, here):
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("E")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-path", Input).value == NAME
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        path = here / NAME
        assert path.is_file()
        rows = actors_table(path.read_text(encoding="utf-8"))
        assert rows[0][:4] == ["Actor", "Kind", "Role", "Affiliation"]
        # The workstation writes what `newsdesk export` writes: names as Obsidian links.
        assert {r[0] for r in rows[1:]} == {
            "[[Ana Ruiz]]", "[[Chile]]", "[[Canada]]", "[[European Union]]"}
        assert [(m.path, m.error) for m in exported(seen)] == [(str(path), None)]
        assert f"Wrote {path}" in notices(seen)
        assert store.get_setting(EXPORT_DIR_SETTING) == str(here)


async def test_an_existing_file_is_replaced_only_after_a_yes(store, here):
    path = here / NAME
    path.write_text("my own file\n", encoding="utf-8")
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("E", "ctrl+s")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)  # back to the path, nothing written
        assert path.read_text(encoding="utf-8") == "my own file\n"
        assert exported(seen) == []
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert path.read_text(encoding="utf-8").startswith("---\n")
        assert [m.error for m in exported(seen)] == [None]


async def test_escape_cancels_and_writes_nothing(store, here):
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("E", "escape")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert list(here.iterdir()) == []
        assert exported(seen) == []
        assert store.get_setting(EXPORT_DIR_SETTING) is None


async def test_a_folder_gets_the_default_name_and_is_offered_next_time(store, here):
    out = here / "notes out"
    out.mkdir()
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        app.screen.query_one("#export-path", Input).value = "notes out"  # relative
        await pilot.press("enter")
        await settle(pilot)
        assert (out / NAME).is_file()
        await pilot.press("E")
        assert app.screen.query_one("#export-path", Input).value == str(out / NAME)


async def test_a_missing_folder_is_said_in_the_dialog(store, here):
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("E")
        app.screen.query_one("#export-path", Input).value = str(here / "nope" / "x.md")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        error = app.screen.query_one("#export-error", Static)
        assert error.display
        assert "does not exist" in str(error.render())
        assert exported(seen) == []


async def test_a_read_only_store_exports_but_does_not_remember_the_folder(tmp_path, here):
    folder = tmp_path / "s"
    writer = open_store(folder, [fixture_article()])
    reader = Store.open(folder, readonly=True)
    app = NewsdeskApp(reader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E", "ctrl+s")
        await settle(pilot)
        assert (here / NAME).is_file()
    assert writer.get_setting(EXPORT_DIR_SETTING) is None
    reader.close()
    writer.close()


async def test_a_failed_write_is_one_line_and_literal(store, here, monkeypatch):
    from newsdesk.store import fileio

    def refuse(path, data, *, force=False):
        raise fileio.ExportError(f"cannot write {path} [b]x[/b]\non disk", Path(path))

    monkeypatch.setattr(fileio, "write_file", refuse)
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("E", "ctrl+s")
        await settle(pilot)
        failed = [n for n in notices(seen) if n.startswith("Export failed")]
        assert failed and "\n" not in failed[0] and "[b]x[/b]" in failed[0]
        assert not (here / NAME).exists()


def test_export_target_resolves_like_the_cli(tmp_path):
    assert export_target("a.md", "d.md", tmp_path) == tmp_path / "a.md"
    assert export_target(str(tmp_path), "d.md", Path("/elsewhere")) == tmp_path / "d.md"
    assert export_target("~/x.md", "d.md", tmp_path) == Path.home() / "x.md"
