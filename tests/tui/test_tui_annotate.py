"""The note dialog and the notes view, driven by keys in a tiny host app."""

from __future__ import annotations

from typing import Any

from support import DialogHost, screen_text
from textual.widgets import DataTable, Input, TextArea

from newsdesk.analysis.model import Findings
from newsdesk.app.workspace import LinkChoice, link_choices
from newsdesk.store.records import Annotation
from newsdesk.tui.dialogs.annotate import AnnotateScreen, AnnotationResult, LinkPicker
from newsdesk.tui.dialogs.base import ConfirmScreen
from newsdesk.tui.dialogs.notes import EMPTY, NotesAction, NotesScreen

SIZE = (120, 40)
MARKUP = "[bold red]x[/]"
CLICK = "[@click=app.quit]q[/]"

CHOICES = [
    LinkChoice("actor:Ana Ruiz", "Ana Ruiz (person)"),
    LinkChoice("actor:Chile", "Chile (country)"),
    LinkChoice("actor:European Union", "European Union (organization)"),
    LinkChoice("measure:0", "tariff · impose · Chile -> Canada · 25%"),
]


def _note(n: int = 1, **kwargs: Any) -> Annotation:
    values: dict[str, Any] = dict(
        id=f"n{n}", article_id="a1", start=0, end=8, quote="Ana Ruiz", note="first line\nmore",
        tags=["chile"], links=["actor:Ana Ruiz"], created="2025-09-14T09:00:00Z",
        updated="2025-09-14T09:00:00Z")
    values.update(kwargs)
    return Annotation(**values)


# -- AnnotateScreen ------------------------------------------------------------------------


async def test_a_multiline_note_with_tags_and_a_link_is_saved():
    app = DialogHost(AnnotateScreen("Chile will impose a 25% tariff", CHOICES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"Tariff", "enter", *"starts soon")
        await pilot.press("tab")
        await pilot.press(*"#Tariffs, steel ", *"tariffs")
        await pilot.press("tab")
        await pilot.press(*"eur union", "enter")  # fuzzy filter, enter links the top hit
        assert "European Union" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [AnnotationResult(note="Tariff\nstarts soon",
                                            tags=["tariffs", "steel"],
                                            links=["actor:European Union"])]


async def test_space_in_the_list_toggles_links():
    app = DialogHost(AnnotateScreen("quote", CHOICES))
    async with app.run_test(size=SIZE) as pilot:
        picker = app.screen.query_one(LinkPicker)
        app.screen.query_one("#link-options").focus()
        await pilot.press("down", "space", "down", "down", "space", "up", "up", "space")
        assert picker.chosen == ["measure:0"]
        assert "Linked: tariff" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results[0].links == ["measure:0"]


async def test_escape_without_changes_cancels_at_once():
    app = DialogHost(AnnotateScreen("quote", CHOICES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]


async def test_escape_after_edits_asks_before_discarding():
    app = DialogHost(AnnotateScreen("quote", CHOICES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"half a thought")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep writing
        await pilot.pause()
        assert isinstance(app.screen, AnnotateScreen)
        assert app.screen.query_one(TextArea).text == "half a thought"
        assert app.results == []
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.results == [None]


async def test_editing_prefills_the_note_tags_and_links():
    note = _note(tags=["chile", "tariffs"], links=["actor:Chile", "measure:7"])
    app = DialogHost(AnnotateScreen(note.quote, CHOICES, note))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert screen.query_one(TextArea).text == "first line\nmore"
        assert screen.query_one("#tags", Input).value == "chile, tariffs"
        assert screen.query_one(LinkPicker).chosen == ["actor:Chile", "measure:7"]
        assert "Edit note" in screen_text(app)
        await pilot.press("escape")  # unchanged: no question
        await pilot.pause()
        assert app.results == [None]


async def test_editing_then_saving_keeps_unknown_links_and_changes_the_note():
    note = _note(links=["measure:7"])
    app = DialogHost(AnnotateScreen(note.quote, CHOICES, note))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end", *" and then some")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [AnnotationResult("first line\nmore and then some", ["chile"],
                                            ["measure:7"])]


async def test_untrusted_quote_title_and_choices_render_literally():
    choices = [LinkChoice("actor:evil", f"{CLICK} {MARKUP}")]
    app = DialogHost(AnnotateScreen(f"quote {MARKUP} {CLICK}", choices,
                              article_title=f"Title {CLICK}"))
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(app)
        assert f"quote {MARKUP} {CLICK}" in text
        assert f"Title {CLICK}" in text
        assert f"{CLICK} {MARKUP}" in text
        # where "q" would be, were the quote parsed as markup ("quote x q"): a click there
        # would quit the app
        await pilot.click("#quote", offset=(10, 0))
        await pilot.pause()
        assert app.is_running and app.results == []


def test_link_choices_list_actors_and_measures_by_index():
    findings = Findings.from_json({
        "actors": [{"name": "Chile", "kind": "country"}],
        "measures": [{"type": "tariff", "action": "impose", "imposer": "Chile",
                      "targets": ["Canada"], "magnitude": "25%"}]})
    assert link_choices(findings) == [
        LinkChoice("actor:Chile", "Chile (country)"),
        LinkChoice("measure:0", "tariff · impose · Chile -> Canada · 25%")]
    assert link_choices(None) == []


# -- NotesScreen ---------------------------------------------------------------------------


async def test_notes_list_shows_excerpts_and_enter_jumps():
    notes = [_note(1), _note(2, quote="the tariff", note="\n\nsecond note", tags=["a", "b"])]
    app = DialogHost(NotesScreen(notes, {"a1": "Chile tariff story"}))
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(app)
        assert "first line" in text and "more" not in text.split("first line")[1][:5]
        assert "second note" in text and "#a #b" in text and "Chile tariff story" in text
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.results == [NotesAction("jump", notes[1])]
    assert app.results[0] == ("jump", notes[1])


async def test_e_edits_the_highlighted_note():
    notes = [_note(1), _note(2)]
    app = DialogHost(NotesScreen(notes, article_title="Chile"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "e")
        await pilot.pause()
    assert app.results == [("edit", notes[1])]


async def test_delete_asks_first_and_then_returns_the_action():
    notes = [_note(1), _note(2)]
    app = DialogHost(NotesScreen(notes))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # no
        await pilot.pause()
        assert isinstance(app.screen, NotesScreen) and app.results == []
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.results == [NotesAction("delete", notes[0])]


async def test_typing_filters_the_notes_and_escape_clears_then_closes():
    notes = [_note(1, note="about steel"), _note(2, note="about copper", tags=["mining"])]
    app = DialogHost(NotesScreen(notes))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press(*"copper")  # "c" is no key here, so it starts the filter
        assert screen.query_one("#notes-filter", Input).value == "copper"
        assert screen.shown == [notes[1]]
        await pilot.press("escape")
        assert screen.query_one("#notes-filter", Input).value == ""
        assert len(screen.query_one(DataTable).rows) == 2
        await pilot.press("slash", *"#mining", "enter")
        await pilot.pause()
    assert app.results == [("jump", notes[1])]


async def test_a_filter_that_matches_nothing_says_so():
    app = DialogHost(NotesScreen([_note(1)]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"zzz")
        assert "No note matches “zzz”" in screen_text(app)
        await pilot.press("escape", "escape")
        await pilot.pause()
    assert app.results == [None]


async def test_no_notes_says_how_to_add_one():
    app = DialogHost(NotesScreen([]))
    async with app.run_test(size=SIZE) as pilot:
        assert "press a to add one" in screen_text(app)
        await pilot.press("enter", "e", "d")
        await pilot.pause()
        assert app.results == []
    assert EMPTY.startswith("No notes yet")


async def test_untrusted_notes_and_titles_render_literally():
    note = _note(1, quote=f"q {MARKUP}", note=f"n {CLICK}", tags=["[b]"])
    app = DialogHost(NotesScreen([note], {"a1": f"T {CLICK}"}))
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(app)
        assert f"q {MARKUP}" in text and f"n {CLICK}" in text and f"T {CLICK}" in text
        assert "#[b]" in text
        await pilot.click(DataTable)
        await pilot.pause()
        assert app.is_running
