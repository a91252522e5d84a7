"""The fuzzy jump index: typos and fragments, ranking, removal, literal labels."""

from __future__ import annotations

import pytest

from newsdesk.analysis.model import Findings
from newsdesk.analysis.search import SearchIndex, SearchItem, items_from_article, items_from_note
from newsdesk.analysis.sentences import split_sentences

# Three small made-up articles in the `newsdesk analyze` format.
EU_STEEL = (
    "The European Commission opened an anti-dumping probe into Chinese steel wire on "
    "Monday. Trade Commissioner Maros Sefcovic said provisional duties of 25% could follow. "
    "Beijing called the move protectionist."
)
TIKTOK = (
    "Treasury Secretary Scott Bessent said the administration would extend the TikTok "
    "divestiture deadline to December 16. ByteDance must sell the app's US business by "
    "then or face a ban."
)
CEO = (
    "Nordvik Shipping named Ingrid Halvorsen as chief executive on Friday. The board said "
    "sanctions on Russian ports had cut revenue by a third."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _actor(text: str, name: str, kind: str, role: str | None, surface: str) -> dict:
    start, end = _span(text, surface)
    return {"name": name, "kind": kind, "role": role, "affiliation": None,
            "mentions": [{"start": start, "end": end, "text": surface}]}


def _sentence_of(text: str, words: str) -> tuple[int, int]:
    at = text.index(words)
    for sentence in split_sentences(text):
        if sentence.start <= at < sentence.end:
            return sentence.start, sentence.end
    raise AssertionError(words)


def _items() -> list[SearchItem]:
    steel_probe = _sentence_of(EU_STEEL, "anti-dumping")
    eu = {
        "actors": [
            _actor(EU_STEEL, "European Commission", "organization", None, "European Commission"),
            _actor(EU_STEEL, "Maros Sefcovic", "person", "Trade Commissioner", "Maros Sefcovic"),
            _actor(EU_STEEL, "China", "country", None, "Beijing"),
        ],
        "measures": [{
            "type": "trade_defence", "action": "investigate", "imposer": "European Commission",
            "targets": ["China"], "magnitude": None, "start": steel_probe[0],
            "end": steel_probe[1], "text": EU_STEEL[steel_probe[0]:steel_probe[1]],
        }],
        "deadlines": [],
    }
    ban = _sentence_of(TIKTOK, "divestiture")
    date = _span(TIKTOK, "December 16")
    tiktok = {
        "actors": [
            _actor(TIKTOK, "Scott Bessent", "person", "Treasury Secretary", "Scott Bessent"),
            _actor(TIKTOK, "ByteDance", "organization", None, "ByteDance"),
        ],
        "measures": [{
            "type": "investment_restriction", "action": "extend", "imposer": "United States",
            "targets": ["TikTok"], "magnitude": None, "start": ban[0], "end": ban[1],
            "text": TIKTOK[ban[0]:ban[1]],
        }],
        "deadlines": [{"date": "2025-12-16", "what": "TikTok divestiture", "start": date[0],
                       "end": date[1], "text": "December 16", "measure": 0}],
    }
    ceo = {
        "actors": [_actor(CEO, "Ingrid Halvorsen", "person", "chief executive",
                          "Ingrid Halvorsen")],
        "measures": [], "deadlines": [],
    }
    items: list[SearchItem] = []
    for article_id, title, text, findings in (
        ("eu-steel", "EU opens steel wire probe", EU_STEEL, eu),
        ("tiktok", "Washington gives ByteDance more time", TIKTOK, tiktok),
        ("nordvik", "Nordvik Shipping picks a new chief", CEO, ceo),
    ):
        spans = [(s.start, s.end) for s in split_sentences(text)]
        items += items_from_article(article_id, title, text, Findings.from_json(findings),
                                    spans)
    return items


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex(_items())


def test_a_typo_in_a_name_finds_the_actor(index):
    top = index.search("bessnt")[0].item
    assert (top.kind, top.article_id) == ("actor", "tiktok")
    assert top.label.startswith("Scott Bessent, Treasury Secretary")
    assert TIKTOK[top.start:top.end] == "Scott Bessent"


def test_fragments_of_two_words_find_the_deadline(index):
    top = index.search("tik dead")[0].item
    assert top.kind == "deadline"
    assert top.label.startswith("TikTok divestiture deadline 2025-12-16")
    assert TIKTOK[top.start:top.end] == "December 16"


def test_fragments_find_the_anti_dumping_probe(index):
    top = index.search("anti dump")[0].item
    assert top.kind == "measure"
    assert "anti-dumping probe" in EU_STEEL[top.start:top.end]


def test_every_word_must_match_something(index):
    assert index.search("bessent steel") == []
    assert index.search("zzzz") == []
    assert index.search("   ") == []


def test_an_exact_name_ranks_above_a_sentence_containing_it(index):
    hits = index.search("Ingrid Halvorsen")
    kinds = [hit.item.kind for hit in hits]
    assert kinds[0] == "actor"
    assert "sentence" in kinds  # the sentence matched too, just lower
    assert hits[0].score >= hits[kinds.index("sentence")].score


def test_a_sentence_that_a_measure_lands_on_is_not_listed_twice(index):
    # Words only in the evidence sentence: the sentence and the measure both match.
    hits = index.search("administration would extend")
    spots = [(h.item.article_id, h.item.start, h.item.end) for h in hits]
    assert len(spots) == len(set(spots))
    assert [h.item.kind for h in hits] == ["measure"]


def test_other_surface_forms_are_searchable(index):
    top = index.search("beijing")[0].item
    assert (top.kind, top.label) == ("actor", "China · Beijing")


def test_accents_and_case_fold(index):
    assert index.search("SEFČOVIČ")[0].item.label.startswith("Maros Sefcovic")


def test_remove_article_drops_its_items_and_notes(index):
    before = len(index)
    index.add(items_from_note("n1", "tiktok", "December 16", "check the new date",
                              ["deadline"], 120, 131, title="Washington gives ByteDance more time"))
    assert len(index) == before + 1
    assert index.search("bessnt")
    removed = index.remove_article("tiktok")
    assert removed == sum(1 for i in _items() if i.article_id == "tiktok") + 1
    assert len(index) == before + 1 - removed
    assert index.search("bessnt") == []
    assert index.search("check new date") == []
    assert index.search("anti dump")[0].item.kind == "measure"  # the others stay


def test_adding_the_same_key_twice_keeps_one(index):
    before = len(index)
    assert index.add(_items()) == 0
    assert len(index) == before


def test_notes_are_found_by_text_and_tag(index):
    index.add(items_from_note("n2", "eu-steel", "provisional duties of 25%",
                              "ask the ministry about timing", ["follow-up"], 0, 10))
    hit = index.search("ministry timing")[0]
    assert (hit.item.kind, hit.item.key) == ("note", "note/n2")
    assert index.search("#follow")[0].item.key == "note/n2"
    assert index.discard("note/n2")
    assert index.search("ministry timing") == []


def test_markup_looking_labels_stay_literal():
    index = SearchIndex([SearchItem("note", "[bold]x[/] and [red]alert[/red]", "t", "a", 0, 1,
                                    "note/m")])
    hit = index.search("alert")[0]
    assert hit.item.label == "[bold]x[/] and [red]alert[/red]"
    assert index.search("bold x")[0].item.key == "note/m"


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind"):
        SearchIndex([SearchItem("tweet", "x", "", "a", 0, 1, "k")])


def test_many_removals_compact_without_losing_live_items():
    items = [SearchItem("sentence", f"steel quota number {n}", "t", f"a{n % 50}", n, n + 1,
                        f"s{n}") for n in range(3000)]
    index = SearchIndex(items)
    for article in range(40):
        index.remove_article(f"a{article}")
    assert len(index) == 600
    hits = index.search("steel quota", limit=1000)
    assert len(hits) == 600
    assert {h.item.article_id for h in hits} == {f"a{n}" for n in range(40, 50)}


def test_words_added_after_a_search_are_patched_in_and_found(index):
    index.search("bessent")  # the sorted tables are built
    words_before = list(index._sorted_words)
    index.add(items_from_note("n9", "ceo", "", "Ask Quokkaville harbour master", ["ports"],
                              0, 5, title="Nordvik"))
    # A typo, a prefix and an exact word of the new note all find it at once.
    for query in ("quokaville", "quokk", "harbour master"):
        assert [hit.item.key for hit in index.search(query)][:1] == ["note/n9"], query
    # The few new words went into the tables in place: the same as a full rebuild.
    patched = (list(index._sorted_words), list(index._sorted_ids), dict(index._prefixes))
    assert len(patched[0]) > len(words_before)
    index._sorted_words = []
    index._dirty = True
    index.prepare()
    assert patched == (index._sorted_words, index._sorted_ids, index._prefixes)


def test_replace_article_swaps_its_items(index):
    before = {hit.item.key for hit in index.search("bessent")}
    assert any(key.startswith("tiktok/") for key in before)
    index.replace_article("tiktok", [SearchItem("article", "Bessent resigns", "Bessent resigns",
                                                "tiktok", -1, -1, "tiktok/article")])
    assert [hit.item.key for hit in index.search("bessent")] == ["tiktok/article"]
