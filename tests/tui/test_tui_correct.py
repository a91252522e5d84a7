"""The correction dialogs: confirm, edit a finding, merge actors, add a finding."""

from __future__ import annotations

from support import DialogHost, screen_text
from textual.widgets import Input, Select, Static

from newsdesk.analysis.model import Actor, Deadline, Measure
from newsdesk.store.notes import new_correction
from newsdesk.tui.dialogs.base import ConfirmScreen, fuzzy_filter
from newsdesk.tui.dialogs.correct import (
    AddFindingScreen,
    EditFindingScreen,
    NewFinding,
)
from newsdesk.tui.dialogs.merge import MergeActorsScreen

SIZE = (120, 40)
MARKUP = "[bold red]x[/]"
CLICK = "[@click=app.quit]q[/]"

TEXT = "Trade Minister Ana Ruiz of Chile said the European Commission would act."
ACTOR = {"name": "Ana Ruiz", "kind": "person", "role": "Trade Minister",
         "affiliation": "Chile", "mentions": [{"start": 15, "end": 23, "text": "Ana Ruiz"}]}
MEASURE = {"type": "tariff", "action": "impose", "imposer": "Chile", "targets": ["Canada"],
           "magnitude": "25%", "start": 0, "end": 40, "text": "Chile will impose a tariff."}
DEADLINE = {"date": "2025-09-20", "what": "tariff takes effect", "start": 5, "end": 17,
            "text": "September 20", "measure": 0}


async def _clear_and_type(pilot, selector: str, text: str) -> None:
    pilot.app.screen.query_one(selector, Input).value = ""
    pilot.app.screen.query_one(selector, Input).focus()
    await pilot.press(*text)


# -- ConfirmScreen -------------------------------------------------------------------------


async def test_confirm_answers_by_key():
    for keys, answer in ((["y"], True), (["enter"], True), (["n"], False),
                         (["escape"], False)):
        app = DialogHost(ConfirmScreen("Delete it?", f"detail {MARKUP}"))
        async with app.run_test(size=SIZE) as pilot:
            assert f"detail {MARKUP}" in screen_text(app)
            await pilot.press(*keys)
            await pilot.pause()
        assert app.results == [answer], keys


# -- EditFindingScreen ---------------------------------------------------------------------


async def test_edit_deadline_rejects_a_bad_date_with_a_visible_error():
    app = DialogHost(EditFindingScreen(Deadline.from_json(DEADLINE)))
    async with app.run_test(size=SIZE) as pilot:
        await _clear_and_type(pilot, "#edit-date", "2025-13-01")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == []
        error = app.screen.query_one("#edit-date-error", Static)
        assert error.display
        assert "not a calendar date" in screen_text(app)
        await _clear_and_type(pilot, "#edit-date", "next week")
        await pilot.press("ctrl+s")
        assert "is not a date" in screen_text(app) and app.results == []
        await _clear_and_type(pilot, "#edit-date", "2025-10")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [{"date": "2025-10"}]


async def test_edit_actor_returns_only_the_changed_fields():
    app = DialogHost(EditFindingScreen(Actor.from_json(ACTOR)))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert screen.query_one("#edit-name", Input).value == "Ana Ruiz"
        assert screen.query_one("#edit-kind", Select).value == "person"
        await _clear_and_type(pilot, "#edit-role", "Economy Minister")
        screen.query_one("#edit-kind", Select).value = "organization"
        await _clear_and_type(pilot, "#edit-affiliation", "")
        await pilot.press("enter")  # enter in a field saves too
        await pilot.pause()
    assert app.results == [{"role": "Economy Minister", "kind": "organization",
                            "affiliation": None}]
    # ... which is a valid edit for the store
    new_correction("a1", "edit", {"kind": "actor", "name": "Ana Ruiz"}, app.results[0],
                   now="2025-09-14T09:00:00Z")


async def test_edit_actor_without_a_name_is_refused():
    app = DialogHost(EditFindingScreen(Actor.from_json(ACTOR)))
    async with app.run_test(size=SIZE) as pilot:
        await _clear_and_type(pilot, "#edit-name", "   ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Name is needed." in screen_text(app)
        assert app.results == []
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]


async def test_edit_measure_uses_choices_and_splits_targets():
    app = DialogHost(EditFindingScreen(Measure.from_json(MEASURE)))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        screen.query_one("#edit-action", Select).value = "threaten"
        await _clear_and_type(pilot, "#edit-targets", "Canada,  Mexico ,")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [{"action": "threaten", "targets": ["Canada", "Mexico"]}]


async def test_edit_with_no_change_saves_nothing():
    app = DialogHost(EditFindingScreen(Measure.from_json(MEASURE)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [None]


async def test_edit_shows_an_untrusted_name_literally():
    app = DialogHost(EditFindingScreen(Actor.from_json({**ACTOR, "name": f"{MARKUP} {CLICK}"})))
    async with app.run_test(size=SIZE) as pilot:
        assert f"{MARKUP} {CLICK}" in screen_text(app)
        await pilot.click(".subject", offset=(2, 0))  # the "q" of "x q", were it markup
        await pilot.pause()
        assert app.is_running and app.results == []


# -- MergeActorsScreen ---------------------------------------------------------------------


async def test_merge_picks_an_actor_through_the_fuzzy_filter():
    candidates = ["Ana Ruiz", "Ruiz", "Chile", "European Commission", "European Union",
                  "Canada"]
    app = DialogHost(MergeActorsScreen("Ruiz", candidates))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert "Ruiz" not in screen.shown  # not into itself
        await pilot.press(*"eur comm")
        assert screen.shown[0] == "European Commission"
        assert "Canada" not in screen.shown
        await pilot.press("enter")
        await pilot.pause()
    assert app.results == ["European Commission"]


async def test_merge_arrow_keys_move_the_choice():
    app = DialogHost(MergeActorsScreen("Ruiz", ["Ana Ruiz", "Chile", "Canada"]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "up", "ctrl+s")
        await pilot.pause()
    assert app.results == ["Chile"]


async def test_merge_with_nothing_matching_stays_open():
    app = DialogHost(MergeActorsScreen("Ruiz", ["Ana Ruiz", "Chile"]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"zzzz", "enter")
        await pilot.pause()
        assert app.results == []
        assert "No actor matches “zzzz”" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]


async def test_merge_lists_untrusted_names_literally():
    app = DialogHost(MergeActorsScreen(f"A {CLICK}", [f"B {MARKUP}"]))
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(app)
        assert f"A {CLICK}" in text and f"B {MARKUP}" in text
        await pilot.press("enter")
        await pilot.pause()
    assert app.results == [f"B {MARKUP}"]


def test_fuzzy_filter_ranks_the_closest_first_and_drops_the_rest():
    labels = ["Canada", "European Union", "European Commission", "Chile"]
    assert fuzzy_filter("", labels) == [0, 1, 2, 3]
    assert fuzzy_filter("eu union", labels)[0] == 1
    assert 0 not in fuzzy_filter("commission", labels)


# -- AddFindingScreen ----------------------------------------------------------------------


async def test_add_an_actor_on_the_selection_keeps_the_span():
    start = TEXT.index(" European Commission ")  # the spaces around it selected too
    end = start + len(" European Commission ")
    app = DialogHost(AddFindingScreen(TEXT[start:end], start, end))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert screen.query_one("#add-actor-name", Input).value == "European Commission"
        screen.query_one("#add-actor-kind", Select).value = "organization"
        await _clear_and_type(pilot, "#add-actor-affiliation", "European Union")
        await pilot.press("ctrl+s")
        await pilot.pause()
    [result] = app.results
    assert isinstance(result, NewFinding) and result.kind == "actor"
    finding = result.finding
    assert finding["name"] == "European Commission" and finding["kind"] == "organization"
    assert finding["affiliation"] == "European Union" and finding["role"] is None
    [m] = finding["mentions"]
    assert TEXT[m["start"]:m["end"]] == m["text"] == "European Commission"
    new_correction("a1", "add", {"kind": "actor"}, finding, now="2025-09-14T09:00:00Z")


async def test_add_a_deadline_needs_a_good_date():
    start = TEXT.index("Chile")
    app = DialogHost(AddFindingScreen("Chile", start, start + 5))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        screen.query_one("#add-kind", Select).value = "deadline"
        await pilot.pause()
        assert screen.query_one("#form-deadline").display
        assert not screen.query_one("#form-actor").display
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Date is needed." in screen_text(app) and app.results == []
        await _clear_and_type(pilot, "#add-deadline-date", "2025-02-30")
        await pilot.press("ctrl+s")
        assert "not a calendar date" in screen_text(app) and app.results == []
        await _clear_and_type(pilot, "#add-deadline-date", "2025-11-10")
        await _clear_and_type(pilot, "#add-deadline-what", "truce ends")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [NewFinding("deadline", {
        "date": "2025-11-10", "what": "truce ends", "start": start, "end": start + 5,
        "text": "Chile", "measure": None})]


async def test_add_a_measure_needs_its_type():
    app = DialogHost(AddFindingScreen(TEXT, 0, len(TEXT)))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        screen.query_one("#add-kind", Select).value = "measure"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Choose a type." in screen_text(app) and app.results == []
        screen.query_one("#add-measure-type", Select).value = "export_control"
        await _clear_and_type(pilot, "#add-measure-imposer", "Chile")
        await pilot.press("ctrl+s")
        await pilot.pause()
    [result] = app.results
    assert result.kind == "measure"
    assert result.finding == {"type": "export_control", "action": "impose",
                              "imposer": "Chile", "targets": [], "magnitude": None,
                              "start": 0, "end": len(TEXT), "text": TEXT}
    new_correction("a1", "add", {"kind": "measure"}, result.finding, now="x")


async def test_add_shows_the_selection_literally():
    app = DialogHost(AddFindingScreen(f"{MARKUP} {CLICK}", 0, 30))
    async with app.run_test(size=SIZE) as pilot:
        assert f"{MARKUP} {CLICK}" in screen_text(app)
        await pilot.click(".quote", offset=(4, 0))  # the "q" of "x q", were it markup
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]
