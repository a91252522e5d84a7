"""keymap.toml remaps keys by binding id at start; each bad entry is one line."""

from __future__ import annotations

import os
from pathlib import Path

from support import fixture_article, notices, open_store
from textual.message import Message

from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.keymap import load_keymap
from newsdesk.tui.screens.help import HelpScreen, binding_ids

SIZE = (120, 40)


def _write(text: str) -> Path:
    path = Path(os.environ["NEWSDESK_CONFIG"]) / "keymap.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_a_remapped_key_works_and_the_help_shows_it(tmp_path):
    _write('"main.related" = "R"\n"main.jump" = "ctrl+f, slash"\n')
    store = open_store(tmp_path / "s", [fixture_article()])
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table")
        rows = {table.get_row_at(i)[2].plain: table.get_row_at(i)[0].plain
                for i in range(table.row_count)}
        assert rows["main.related"] == "R"
        await pilot.press("escape", "ctrl+f")
        assert app.screen.__class__.__name__ == "JumpScreen"
    store.close()


async def test_bad_entries_are_reported_one_line_each_and_the_rest_apply(tmp_path):
    _write('"main.nope" = "z"\n"main.related" = 3\n"main.export" = "ctrl+ e"\n'
           '"main.notes" = "B"\n')
    store = open_store(tmp_path / "s", [fixture_article()])
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.pause()
        bad = [n for n in notices(seen) if n.startswith("keymap.toml:")]
        assert len(bad) == 3 and all("\n" not in n for n in bad)
        assert any('"main.nope" is not a key binding id' in n for n in bad)
        assert app.keymap == {"main.notes": "B"}
    store.close()


def test_a_file_that_is_not_toml_is_one_line(tmp_path):
    path = tmp_path / "keymap.toml"
    path.write_text('"main.jump" = \n', encoding="utf-8")
    keymap = load_keymap(binding_ids(), path)
    assert keymap.keys == {} and len(keymap.errors) == 1
    assert "not valid TOML" in keymap.errors[0]
    missing = load_keymap(binding_ids(), tmp_path / "none.toml")
    assert (missing.keys, missing.errors) == ({}, [])
