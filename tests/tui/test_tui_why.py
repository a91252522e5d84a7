"""`w` says why the engine found the selected finding (its rule), one key away."""

from __future__ import annotations

from dataclasses import replace

from support import fixture_article, fixture_findings, notices, open_store
from textual.message import Message

from newsdesk.tui.app import NewsdeskApp

SIZE = (120, 40)
RULE = "actor.title-before-name: 'Trade Minister'"


async def test_w_shows_the_rule_behind_the_selected_actor(tmp_path):
    findings = fixture_findings()
    findings.actors[0].why = RULE  # Ana Ruiz, the first actor of the pane
    store = open_store(tmp_path / "s", [replace(fixture_article(), findings=findings)])
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("tab", "w")
        await pilot.pause()
        assert any(n == f"Ana Ruiz: {RULE}" for n in notices(seen))
    store.close()


async def test_w_without_a_selection_says_what_to_pick(tmp_path):
    store = open_store(tmp_path / "s", [fixture_article()])
    seen: list[Message] = []
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("w")
        await pilot.pause()
        assert any(n.startswith("Pick an actor, measure or deadline") for n in notices(seen))
    store.close()
