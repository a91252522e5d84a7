"""Canonical actor names across articles (analysis/linking.py)."""

from __future__ import annotations

import json

import pytest

from newsdesk.analysis.linking import ActorIndex


@pytest.fixture
def index() -> ActorIndex:
    return ActorIndex()


@pytest.mark.parametrize(("first", "variant"), [
    ("Ursula von der Leyen", "Ursula Von der Leyen"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Olaf Scholz", "Mr Olaf Scholz"),
])
def test_spelling_variants_of_a_person_get_the_known_spelling(index, first, variant):
    assert index.add(first, "person") == first
    assert index.add(variant, "person") == first
    assert index.canonical(variant, "person") == first
    assert len(index) == 1


def test_different_people_with_one_surname_stay_apart(index):
    assert index.add("Hunter Biden", "person") == "Hunter Biden"
    assert index.add("Jill Biden", "person") == "Jill Biden"
    assert len(index) == 2
    # A surname alone is ambiguous now: it is not forced onto either of them.
    assert index.canonical("Biden", "person") == "Biden"


def test_names_one_letter_apart_in_a_short_part_stay_apart(index):
    index.add("Kim Jong-un", "person")
    assert index.add("Kim Jong-il", "person") == "Kim Jong-il"
    assert len(index) == 2


def test_a_surname_links_to_the_only_known_full_name(index):
    index.add("Keir Starmer", "person")
    assert index.add("Starmer", "person") == "Keir Starmer"


def test_a_surname_known_first_grows_into_the_full_name(index):
    assert index.add("Macron", "person") == "Macron"
    assert index.add("Emmanuel Macron", "person") == "Emmanuel Macron"
    assert index.canonical("Macron", "person") == "Emmanuel Macron"
    assert len(index) == 1


def test_a_middle_name_or_an_initial_is_the_same_person(index):
    index.add("Jerome Powell", "person")
    assert index.add("Jerome H. Powell", "person") == "Jerome Powell"
    assert index.add("J. Powell", "person") == "Jerome Powell"


def test_ministry_word_order_variants_link_but_different_ministries_do_not(index):
    assert index.add("Ministry of Finance", "organization", "Japan") == "Ministry of Finance"
    assert index.add("Finance Ministry", "organization", "Japan") == "Ministry of Finance"
    assert index.add("Ministry of Defence", "organization", "Japan") == "Ministry of Defence"
    assert index.add("Ministry of Foreign Affairs", "organization") == "Ministry of Foreign Affairs"
    assert len(index) == 3


def test_the_same_ministry_name_of_two_countries_stays_apart(index):
    index.add("Ministry of Commerce", "organization", "China")
    index.add("Ministry of Commerce", "organization", "India")
    assert len(index) == 2
    assert index.canonical("Commerce Ministry", "organization", "India") == "Ministry of Commerce"


def test_acronyms_and_short_company_names_link(index):
    index.add("International Monetary Fund", "organization")
    assert index.add("IMF", "organization") == "International Monetary Fund"
    index.add("Toyota Motor Corp", "organization")
    assert index.add("Toyota", "organization") == "Toyota Motor Corp"
    assert index.add("Toyota Motor", "organization") == "Toyota Motor Corp"


@pytest.mark.parametrize(("known", "new", "kind"), [
    ("Concert Aid", "Orthodox Aid", "organization"),
    ("Federal Reserve", "Federal Reserv", "organization"),
    ("Federal Reserve", "Federal Senate", "organization"),
    ("Acme Widgets", "Acme Gadgets", "organization"),
    ("Scott Bessent", "Scott Bessant", "person"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "person"),
    ("Karl Brenner", "Karla Brenner", "person"),
    ("Ruritania", "Ruritanya", "country"),
])
def test_similarity_alone_is_no_evidence(index, known, new, kind):
    """A name a letter or a word away may be another actor: it keeps its own name."""
    index.add(known, kind)
    assert index.add(new, kind) == new
    assert len(index) == 2


def test_kinds_are_kept_apart(index):
    index.add("Georgia", "country")
    assert index.add("Georgia", "place") == "Georgia"
    assert len(index) == 2


def test_country_aliases_link(index):
    index.add("United States", "country")
    assert index.add("U.S.", "country") == "United States"
    assert index.add("US", "country") == "United States"


def test_round_trip_through_a_plain_dict(index):
    index.add("Emmanuel Macron", "person", "France")
    index.add("Macron", "person")
    index.add("European Central Bank", "organization")
    data = json.loads(json.dumps(index.to_dict()))
    again = ActorIndex.from_dict(data)
    assert again.to_dict() == index.to_dict()
    assert again.canonical("ECB", "organization") == "European Central Bank"
    assert again.canonical("Macron", "person") == "Emmanuel Macron"


@pytest.mark.parametrize("bad", [None, [], {"version": 99}, {"version": 1, "actors": [{}]}])
def test_a_bad_dict_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="actor index"):
        ActorIndex.from_dict(bad)


def test_many_names_stay_distinct(index):
    # Synthetic names that differ in their distinguishing word must never collapse.
    for i in range(2000):
        index.add(f"Agency {i:04d} Holdings Board", "organization")
    assert len(index) == 2000
    assert index.canonical("Agency 1234 Holdings Board", "organization") == \
        "Agency 1234 Holdings Board"


def test_a_snapshot_restores_an_index_that_answers_exactly_as_the_original():
    import json

    names = [("Pedro Sánchez", "person", None), ("Sanchez", "person", "Spain"),
             ("Huawei Technologies", "organization", None), ("Huawei", "organization", None),
             ("Trump", "person", None), ("Donald Trump", "person", "United States"),
             ("IMF", "organization", None), ("International Monetary Fund", "organization", None),
             ("Ministry of Commerce", "organization", "China"),
             ("Commerce Ministry", "organization", "China")]
    original = ActorIndex()
    for name in names[:6]:
        original.add(*name)
    restored = ActorIndex.from_snapshot(json.loads(json.dumps(original.snapshot())))
    for name in names[6:] + names[:3]:
        assert restored.add(*name) == original.add(*name)
    assert restored.snapshot() == original.snapshot()
    for bad in [None, {"version": 99}, {**original.snapshot(), "entries": [[1, 2, 3, 4]]},
                {**original.snapshot(), "last": [["sanchez", [42]]]}]:
        with pytest.raises(ValueError):
            ActorIndex.from_snapshot(bad)
