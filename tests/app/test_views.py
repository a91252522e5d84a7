"""Notes out over a whole store: what the fast paths (one parse per article, no copy of
uncorrected findings, views without text, deadlines read only where there are some) give is
exactly what the plain functions over every article's view give."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.analysis.model import Actor, Findings
from newsdesk.app.dossier import load_dossier
from newsdesk.app.views import iter_views, load_deadlines, load_views
from newsdesk.store.calendar import sort_entries
from newsdesk.store.corrections import apply_corrections
from newsdesk.store.db import Store
from newsdesk.store.export import article_note
from newsdesk.store.export_dossier import (
    NoMatch,
    dossier_markdown,
    gather,
    scope_actor,
    scope_all,
    scope_tag,
)
from newsdesk.store.front_matter import _dump
from newsdesk.store.front_matter import yaml_text as _yaml
from newsdesk.store.records import Annotation, Article, Correction
from newsdesk.store.view import ArticleView

NOW = dt.datetime(2025, 9, 14, 9, 0, tzinfo=dt.UTC)


def _actor(name: str, *spans: tuple[int, int, str], **extra) -> dict:
    return {"name": name, "kind": extra.pop("kind", "person"), "role": None,
            "affiliation": None, **extra,
            "mentions": [{"start": s, "end": e, "text": t} for s, e, t in spans]}


def _article(n: int, title: str, actors: list, measures: list, deadlines: list) -> Article:
    return Article(id=f"{n:012d}", title=title, text="x" * 300, published="2025-09-1" + str(n),
                   source="Desk", url=f"https://news.example/{n}",
                   findings=Findings.from_json({"actors": actors, "times": [{"start": 0, "end": 3}],
                             "measures": measures, "deadlines": deadlines}))


def _measure(imposer: str, targets: list[str], text: str) -> dict:
    return {"type": "tariff", "action": "impose", "imposer": imposer, "targets": targets,
            "magnitude": None, "start": 0, "end": 20, "text": text}


def _deadline(date: str, start: int, measure: object) -> dict:
    return {"date": date, "what": f"due {start}", "start": start, "end": start + 5,
            "text": f"on {date}", "measure": measure}


def articles() -> list[Article]:
    return [
        _article(1, "Talks | in Madrid", [
            _actor("Scott Bessent", (10, 23, "Scott Bessent"), (40, 47, "Bessent"),
                   aliases=["Treasury"]),
            _actor("China", (60, 65, "Beijing"), kind="country")],
            [_measure("Scott Bessent", ["China"], "Bessent warned China.")],
            [_deadline("2025-10-01", 5, 0), _deadline("2025-12", 9, 7),
             _deadline("2026", 12, "first")]),
        _article(2, "No dates here", [
            _actor("China", (0, 7, "Beijing"), kind="country"),
            _actor("Blair", (20, 25, "Blair"))],
            [_measure("China", ["United States", "Blair"], "Beijing hit back.")], []),
        _article(3, "Quiet", [], [], []),
        _article(4, "Late word", [_actor("Tony Blair", (0, 10, "Tony Blair"))],
                 [_measure("Tony Blair", [], "Blair spoke.")],
                 [_deadline("2025-09-20", 1, True), _deadline("soon", 2, None)]),
    ]


def notes() -> list[Annotation]:
    return [
        Annotation(id="n1", article_id="000000000001", start=0, end=30, quote="q",
                   note="quotes Bessent", tags=["people"], created="2025-01-01"),
        Annotation(id="n2", article_id="000000000002", start=0, end=8, quote="Beijing",
                   note="linked", tags=["china", "people"], links=["actor:Blair", "measure:0"]),
        Annotation(id="n3", article_id="000000000003", start=0, end=2, quote="x",
                   note="loose", tags=["china"]),
    ]


def corrections(*, global_add: bool = False) -> list[Correction]:
    out = [
        Correction(id="c1", article_id="000000000001", kind="reject",
                   target={"kind": "deadline", "date": "2025-12", "text": "on 2025-12",
                           "start": 9}, created="2025-01-02"),
        Correction(id="c2", article_id=None, kind="merge",
                   target={"kind": "actor", "name": "Blair"}, changes={"into": "Tony Blair"},
                   created="2025-01-01"),
        Correction(id="c3", article_id="000000000003", kind="add",
                   target={"kind": "deadline"}, changes=_deadline("2025-11-11", 0, None),
                   created="2025-01-03"),
        Correction(id="c4", article_id="000000000001", kind="edit",
                   target={"kind": "actor", "name": "China"}, changes={"role": "rival"},
                   created="2025-01-01"),
    ]
    if global_add:
        out.append(Correction(id="c5", article_id=None, kind="add", target={"kind": "deadline"},
                              changes=_deadline("2027-01", 0, None), created="2025-01-04"))
    return out


@pytest.fixture(params=[False, True], ids=["own-corrections", "a-global-add"])
def store(request, tmp_path):
    with Store.open(tmp_path / "store") as s:
        s.add_articles(articles())
        for note in notes():
            s.add_annotation(note)
        for c in corrections(global_add=request.param):
            s.add_correction(c)
    with Store.open(tmp_path / "store", readonly=True) as s:
        yield s


def plain_views(store: Store) -> list[ArticleView]:
    """Views as ArticleView.of makes them, one article at a time."""
    return [ArticleView.of(a, store.annotations(a.id), store.corrections(a.id))
            for a in store.iter_articles()]


NOTHING = Correction(id="c0", article_id=None, kind="reject",
                     target={"kind": "actor", "name": "nobody at all"}, created="2025-01-01")


@pytest.mark.parametrize("findings", [
    None, Findings(), Findings.from_json({"actors": []}),
    articles()[0].findings, articles()[3].findings,
    Findings.from_json({"measures": [{"type": "a"}], "deadlines": [
        {"measure": -1}, {"measure": 1}, {"measure": 1, "added": True}, {"measure": "0"},
        {"measure": 0.0}, {"measure": False}, {}]}),
])
def test_no_correction_gives_what_a_copy_with_corrections_gives_and_changes_nothing(findings):
    """With no correction, nothing is deep-copied; the result is the same as through the
    copying path (a correction that matches nothing), and the engine's findings stay."""
    before = copy.deepcopy(findings)
    assert apply_corrections(findings, []) == apply_corrections(findings, [NOTHING])
    assert findings == before


def test_views_of_a_store_are_those_of_each_article(store):
    fast = load_views(store)
    plain = plain_views(store)
    assert [v.findings for v in fast] == [v.findings for v in plain]
    assert [article_note(v, NOW) for v in fast] == [article_note(v, NOW) for v in plain]
    lean = list(iter_views(store, text=False))
    assert all(v.article.text == "" and v.article.findings is None for v in lean)
    assert [v.findings for v in lean] == [v.findings for v in plain]
    some = list(iter_views(store, {"000000000004", "000000000002", "nope"}))
    assert [v.article.id for v in some] == ["000000000002", "000000000004"]


@pytest.mark.parametrize("actor, tag", [
    (None, None), ("bessent", None), ("blair", None), ("Bejing", None), (None, "#China"),
    (None, "people"),
])
def test_a_store_dossier_is_the_one_over_every_view(store, actor, tag):
    views = plain_views(store)
    if tag is not None:
        expected = scope_tag(views, tag)
    elif actor is not None:
        expected = scope_actor(views, actor)
    else:
        expected = scope_all(views)
    got = load_dossier(store, actor=actor, tag=tag)
    assert dossier_markdown(got, NOW) == dossier_markdown(expected, NOW)


@pytest.mark.parametrize("actor, tag", [("zzz", None), ("", None), (None, "nope"),
                                        (None, "#")])
def test_a_store_dossier_that_matches_nothing_says_so_alike(store, actor, tag):
    views = plain_views(store)
    with pytest.raises(NoMatch) as expected:
        scope_tag(views, tag) if tag is not None else scope_actor(views, actor)
    with pytest.raises(NoMatch) as got:
        load_dossier(store, actor=actor, tag=tag)
    assert str(got.value) == str(expected.value)


def test_slim_views_make_the_same_dossier():
    views = [ArticleView.of(a) for a in articles()]
    slim, files = gather([ArticleView.of(a) for a in articles()], slim=True)
    assert all(not v.findings.actors and not v.findings.times for v in slim)
    assert dossier_markdown(scope_all(slim, files), NOW) == dossier_markdown(scope_all(views),
                                                                             NOW)


def test_deadlines_of_a_store_are_those_of_every_view(store):
    expected = sort_entries(e for v in plain_views(store) for e in v.deadlines)
    assert load_deadlines(store) == expected
    assert {e.article_id for e in expected} >= {"000000000001", "000000000003"}


def test_only_articles_that_may_have_deadlines_are_read(tmp_path):
    odd = _article(5, "Odd", [], [], [])
    odd.findings = Findings(actors=[Actor("\x01", "person")])  # stored as a \u escape: read
    told = _article(6, 'Says "deadlines":[1] in its text', [], [], [])
    told.text = '"deadlines":[1]'
    with Store.open(tmp_path / "s") as s:
        s.add_articles([*articles(), odd, told])
        assert [a.id for a in s.iter_articles_with("deadlines")] == [
            "000000000001", "000000000004", "000000000005"]
        assert [a.id for a in s.iter_articles_with("deadlines", also={"000000000003"})] == [
            "000000000001", "000000000003", "000000000004", "000000000005"]
        assert [a.id for a in s.iter_articles_with("measures")] == [
            "000000000001", "000000000002", "000000000004", "000000000005"]


# -- front matter of many articles -----------------------------------------------------------

TRICKY = ["", " ", "yes", "No", "null", "~", "1", "0x1f", "1e5", "1_000", "12:30", "2025-09-14",
          ".5", ".inf", "<<", "=", "-", "- x", "-x", "?", "? x", ":x", "a: b", "a:b", "a #b",
          "a#b", "#a", "'q'", '"q"', "%x", "@x", "`x`", "&x", "*x", "!x", "|x", ">x", "[x]",
          "{x}", "x,y", "---", "...", "a\tb", "a\nb", "a\x85b", "a\u2028b", "\ufeffx", "x ",
          " x", "a  b", "é", "£1bn", "\u00a0x", "x\u00a0", "\U0001f600", "\x7f", "\x9f", "\\"]
YAML_TEXT = st.one_of(st.sampled_from(TRICKY),
                      st.lists(st.sampled_from(TRICKY + list("ab1 -:#")), max_size=6)
                      .map("".join), st.text(max_size=12))
YAML_VALUE = st.one_of(YAML_TEXT, st.none(), st.dates(), st.integers())
YAML_ENTRY = st.dictionaries(st.sampled_from(["id", "title", "published", "yes", "a_b"]),
                             YAML_VALUE, max_size=4)


@settings(max_examples=1000, deadline=None)
@given(st.lists(YAML_ENTRY, max_size=6), YAML_TEXT, st.lists(YAML_TEXT, max_size=2))
def test_front_matter_of_many_entries_is_what_pyyaml_writes(entries, title, tags):
    data = {"title": title, "tags": tags, "articles": entries, "generator": "newsdesk"}
    assert _yaml(data) == _dump(data)
    assert _yaml({"articles": entries}) == _dump({"articles": entries})


@pytest.mark.parametrize("text", TRICKY)
def test_front_matter_of_tricky_text_is_what_pyyaml_writes(text):
    for entry in ({"title": text}, {"id": "x", "title": text, "published": None},
                  {text: 1} if text else {}):
        data = {"articles": [entry, {"title": f"a{text}"}, {"title": f"{text}a"}]}
        assert _yaml(data) == _dump(data)


def test_front_matter_with_a_shared_object_is_left_to_pyyaml():
    day = dt.date(2025, 9, 14)
    data = {"articles": [{"id": "a", "published": day}, {"id": "b", "published": day}]}
    assert "&id001" in _yaml(data) and _yaml(data) == _dump(data)
