"""f in the countdown filters it to an actor's deadlines, or to a tag's articles."""

from __future__ import annotations

from dataclasses import replace

from support import fixture_article, open_store, settle

from newsdesk.store.records import Annotation
from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.dialogs.small import CountdownFilterScreen
from newsdesk.tui.panes.countdown import CountdownPane

SIZE = (120, 40)


def whats(app) -> list[str]:
    table = app.screen.query_one(CountdownPane).table
    return [table.get_row_at(i)[2].plain.split("\n")[0] for i in range(table.row_count)]


async def test_f_filters_by_actor_then_by_tag_and_empty_clears(tmp_path):
    other = replace(fixture_article(), id="b2" * 8, title="Another story",
                    published="2025-08-01")
    store = open_store(tmp_path / "s", [fixture_article(), other])
    store.add_annotation(Annotation(id="n1", article_id="b2" * 8, start=0, end=5,
                                    quote="Trade", note="", tags=["steel"]))
    app = NewsdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.query_one(CountdownPane)
        assert len(whats(app)) == 3
        await pilot.press("tab", "tab", "tab", "f")  # the countdown pane, then f
        assert isinstance(app.screen, CountdownFilterScreen)
        await pilot.press(*"canada", "enter")
        await pilot.pause()
        assert whats(app) == ["tariff takes effect", "Canada to respond"]
        assert pane.border_title.endswith("· only canada")
        await pilot.press("c")  # every article: Canada's deadlines in both
        await settle(pilot)
        assert len(whats(app)) == 4
        await pilot.press("f", *"#steel", "enter")
        await pilot.pause()
        assert len(whats(app)) == 3  # all three of the tagged article's deadlines
        assert pane.border_title.endswith("· only #steel")
        await pilot.press("f")
        app.screen.query_one("#filter-input").value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert len(whats(app)) == 6 and "only" not in pane.border_title
    store.close()
