"""Actors within one article: coreference, roles, affiliations, groups, places.

Entity spans are built by hand here, so these tests exercise analysis/actors/ alone.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.analysis.actors import build_actors
from newsdesk.analysis.entities import find_entities
from newsdesk.analysis.model import ACTOR_KINDS, EntitySpan
from newsdesk.analysis.sentences import split_sentences


def _entities(text: str, spec: list[tuple]) -> list[EntitySpan]:
    """Every whole-word occurrence of each (surface, kind[, canonical]) as an entity span."""
    out = []
    for surface, kind, *canonical in sorted(spec, key=lambda item: -len(item[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(e.start < m.end() and m.start() < e.end for e in out):
                continue  # a longer entity listed first already covers it
            out.append(EntitySpan(m.start(), m.end(), surface, kind,
                                  canonical[0] if canonical else None))
    return sorted(out, key=lambda e: e.start)


def _actors(text: str, spec: list[tuple]):
    return build_actors(text, split_sentences(text), _entities(text, spec))


def _by_name(actors):
    return {a.name: a for a in actors}


def _texts(actor) -> list[str]:
    return [m.text for m in actor.mentions]


# -- coreference ----------------------------------------------------------------------------

def test_full_name_title_and_surname_are_one_person():
    text = ("Chancellor Merz met union leaders on Monday. Friedrich Merz said the pension reform "
            "would pass. Merz added that talks would go on.")
    actors = _actors(text, [("Merz", "person"), ("Friedrich Merz", "person")])
    people = [a for a in actors if a.kind == "person"]
    assert len(people) == 1
    merz = people[0]
    assert merz.name == "Friedrich Merz"
    assert _texts(merz) == ["Merz", "Friedrich Merz", "Merz"]
    assert merz.role == "Chancellor"


def test_title_and_surname_alone_keeps_the_surname_as_name():
    text = "Senator Warren criticised the merger. Warren said regulators should block it."
    actors = _actors(text, [("Warren", "person")])
    assert [(a.name, a.kind, a.role) for a in actors] == [("Warren", "person", "Senator")]
    assert len(actors[0].mentions) == 2


def test_title_before_an_untagged_name_still_makes_a_person():
    text = "President Okafor signed the decree. Critics said Okafor had moved too fast."
    actors = _actors(text, [])
    assert [(a.name, a.kind, a.role, len(a.mentions)) for a in actors] == [
        ("Okafor", "person", "President", 2)]


def test_people_who_share_a_surname_stay_apart():
    text = ("Hunter Biden testified on Tuesday. Jill Biden was not in the room. "
            "Hunter Biden left early.")
    actors = _actors(text, [("Hunter Biden", "person"), ("Jill Biden", "person")])
    assert sorted(a.name for a in actors) == ["Hunter Biden", "Jill Biden"]
    assert len(_by_name(actors)["Hunter Biden"].mentions) == 2


def test_a_lone_surname_goes_to_the_person_introduced_first():
    text = ("Keir Starmer spoke after Victoria Starmer arrived. Starmer said the budget was fair.")
    actors = _by_name(_actors(text, [("Keir Starmer", "person"), ("Victoria Starmer", "person"),
                                     ("Starmer", "person")]))
    assert _texts(actors["Keir Starmer"]) == ["Keir Starmer", "Starmer"]
    assert _texts(actors["Victoria Starmer"]) == ["Victoria Starmer"]


def test_family_name_first_is_joined_to_the_full_name():
    text = "Premier Li Qiang visited Berlin. Li told reporters the visit was useful."
    actors = _by_name(_actors(text, [("Li Qiang", "person"), ("Li", "person"),
                                     ("Berlin", "place")]))
    assert _texts(actors["Li Qiang"]) == ["Li Qiang", "Li"]


def test_capital_acting_as_government_merges_with_its_country():
    text = ("Moscow rejected the proposal. Russia said the sanctions were illegal, and Moscow "
            "would respond.")
    actors = _actors(text, [("Moscow", "country", "Russia"), ("Russia", "country", "Russia")])
    assert [(a.name, a.kind, len(a.mentions)) for a in actors] == [("Russia", "country", 3)]
    assert actors[0].affiliation is None


def test_country_aliases_merge_by_canonical_name():
    text = "The U.S. and the EU disagree. The US wants lower tariffs on cars."
    actors = _actors(text, [("U.S.", "country", "United States"),
                            ("US", "country", "United States"),
                            ("EU", "organization", "European Union")])
    us = _by_name(actors)["United States"]
    assert _texts(us) == ["U.S.", "US"]


def test_acronym_joins_the_full_organization_name():
    text = ("The World Health Organization issued guidance. The WHO said countries should act.")
    actors = _actors(text, [("World Health Organization", "organization"),
                            ("WHO", "organization")])
    assert [(a.name, _texts(a)) for a in actors] == [
        ("World Health Organization", ["World Health Organization", "WHO"])]


def test_word_order_variants_of_a_ministry_merge_but_different_ministries_do_not():
    text = ("Japan's Ministry of Finance intervened. The Finance Ministry declined to comment, "
            "while the Ministry of Defence said nothing.")
    actors = _actors(text, [("Japan", "country", "Japan"),
                            ("Ministry of Finance", "organization"),
                            ("Finance Ministry", "organization"),
                            ("Ministry of Defence", "organization")])
    orgs = [a for a in actors if a.kind == "organization"]
    assert [(a.name, _texts(a)) for a in orgs] == [
        ("Ministry of Finance", ["Ministry of Finance", "Finance Ministry"]),
        ("Ministry of Defence", ["Ministry of Defence"])]


def test_same_body_of_two_countries_stays_apart():
    text = "The Welsh Assembly and the Scottish Assembly both voted on Tuesday."
    actors = _actors(text, [("Welsh Assembly", "organization"),
                            ("Scottish Assembly", "organization")])
    # (two bodies; each affiliated to the state its nation is part of, GUIDELINES 2.7)
    assert [(a.name, a.affiliation) for a in actors] == [
        ("Welsh Assembly", "United Kingdom"), ("Scottish Assembly", "United Kingdom")]


# -- definite descriptions ------------------------------------------------------------------

def test_definite_descriptions_join_the_ministry_named_before():
    text = ("India’s Ministry of Commerce opened an anti-dumping probe into steel. The ministry "
            "said imports had surged. The commerce ministry will rule within a year, and the "
            "Indian commerce ministry has done so before.")
    actors = _actors(text, [("India", "country", "India"),
                            ("Ministry of Commerce", "organization")])
    ministry = _by_name(actors)["Ministry of Commerce"]
    assert _texts(ministry) == ["Ministry of Commerce", "ministry", "commerce ministry",
                                "commerce ministry"]
    assert ministry.affiliation == "India"
    for m in ministry.mentions:
        assert text[m.start:m.end] == m.text


def test_the_company_does_not_attach_to_a_ministry():
    text = ("Brazil's Ministry of Economy fined Vale. The company said it would appeal, "
            "and the ministry said the fine stood.")
    actors = _by_name(_actors(text, [("Brazil", "country", "Brazil"),
                                     ("Ministry of Economy", "organization"),
                                     ("Vale", "organization")]))
    assert _texts(actors["Vale"]) == ["Vale", "company"]
    assert _texts(actors["Ministry of Economy"]) == ["Ministry of Economy", "ministry"]


def test_a_description_with_a_new_name_or_an_of_phrase_is_not_an_anaphor():
    text = ("Siemens raised its forecast. The company Alstom and the ministry of transport "
            "were not involved.")
    actors = _actors(text, [("Siemens", "organization"), ("Alstom", "organization")])
    assert _texts(_by_name(actors)["Siemens"]) == ["Siemens"]


def test_a_description_needs_a_matching_organization_before_it():
    text = "The agency warned of delays. Later the European Space Agency launched a probe."
    actors = _actors(text, [("European Space Agency", "organization")])
    assert _texts(actors[0]) == ["European Space Agency"]


def test_a_demonym_government_is_the_country_acting():
    text = "Tokyo protested. The Japanese government summoned the ambassador."
    actors = _actors(text, [("Tokyo", "country", "Japan")])
    assert [(a.name, _texts(a)) for a in actors] == [("Japan", ["Tokyo", "government"])]


# -- roles ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "role", "affiliation"), [
    ("German Finance Minister Lars Klingbeil presented the budget.",
     "Lars Klingbeil", "Finance Minister", "Germany"),
    ("EU Trade Commissioner Maros Sefcovic flew to Washington.",
     "Maros Sefcovic", "Trade Commissioner", "European Union"),
    ("Japanese Deputy Foreign Minister Takeo Akiba met his counterpart.",
     "Takeo Akiba", "Deputy Foreign Minister", "Japan"),
    ("Secretary of State Dana Whitfield spoke to reporters.",
     "Dana Whitfield", "Secretary of State", None),
    ("South Korean President Lee Jae-myung will visit in June.",
     "Lee Jae-myung", "President", "South Korea"),
])
def test_title_before_a_name(sentence, name, role, affiliation):
    spec = [(name, "person"), ("EU", "organization", "European Union"),
            ("Washington", "place")]
    person = _by_name(_actors(sentence, spec))[name]
    assert (person.role, person.affiliation) == (role, affiliation)


def test_apposition_before_a_name_with_a_country_possessive():
    text = "Meanwhile, Russia’s chief negotiator, Vladimir Medinsky, arrived in Istanbul."
    actors = _by_name(_actors(text, [("Russia", "country", "Russia"),
                                     ("Vladimir Medinsky", "person"), ("Istanbul", "place")]))
    assert actors["Vladimir Medinsky"].role == "chief negotiator"
    assert actors["Vladimir Medinsky"].affiliation == "Russia"


def test_apposition_after_a_name_with_an_organization():
    text = "Jensen Huang, the chief executive of Nvidia, said export curbs had hurt sales."
    actors = _by_name(_actors(text, [("Jensen Huang", "person"), ("Nvidia", "organization")]))
    # GUIDELINES 2.6: what follows the title stays in the role ("chairman of the Harbour Board").
    assert actors["Jensen Huang"].role == "chief executive of Nvidia"
    assert actors["Jensen Huang"].affiliation == "Nvidia"


def test_organization_before_a_title_is_the_affiliation():
    text = "Volkswagen chief executive Oliver Blume warned of job cuts."
    actors = _by_name(_actors(text, [("Volkswagen", "organization"),
                                     ("Oliver Blume", "person")]))
    assert actors["Oliver Blume"].role == "chief executive"
    assert actors["Oliver Blume"].affiliation == "Volkswagen"


def test_a_coordinated_title_shares_the_country_in_front():
    text = ("French Foreign Minister Jean-Noel Barrot and Defence Minister Sebastien Lecornu "
            "travelled to Kyiv.")
    actors = _by_name(_actors(text, [("Jean-Noel Barrot", "person"),
                                     ("Sebastien Lecornu", "person"), ("Kyiv", "place")]))
    assert actors["Sebastien Lecornu"].role == "Defence Minister"
    assert actors["Sebastien Lecornu"].affiliation == "France"


def test_organization_apposition_keeps_a_company_possessive_in_the_role():
    text = ("Alphabet, YouTube’s American parent company, appealed the fine. "
            "Hyundai, South Korea’s largest carmaker, said it would invest.")
    actors = _by_name(_actors(text, [("Alphabet", "organization"), ("YouTube", "organization"),
                                     ("Hyundai", "organization")]))
    assert actors["Alphabet"].role == "YouTube’s parent company"
    assert actors["Alphabet"].affiliation == "United States"
    assert actors["Hyundai"].role == "largest carmaker"
    assert actors["Hyundai"].affiliation == "South Korea"


def test_description_before_an_organization():
    text = "Japanese carmaker Nissan will close two plants."
    actors = _by_name(_actors(text, [("Nissan", "organization")]))
    assert (actors["Nissan"].role, actors["Nissan"].affiliation) == ("carmaker", "Japan")


def test_affiliation_is_inherited_from_a_coreferent_mention():
    text = ("Canadian Prime Minister Mark Carney left Ottawa. Later, Carney said the "
            "tariffs were unjustified. Mark Carney will return on Friday.")
    actors = _by_name(_actors(text, [("Mark Carney", "person"), ("Carney", "person"),
                                     ("Ottawa", "place")]))
    carney = actors["Mark Carney"]
    assert len(carney.mentions) == 3
    assert (carney.role, carney.affiliation) == ("Prime Minister", "Canada")


def test_no_affiliation_when_nothing_says_it():
    text = "Governor Newsom signed the bill. Gavin Newsom said it protects workers."
    actors = _actors(text, [("Gavin Newsom", "person"), ("Newsom", "person")])
    assert [(a.name, a.role, a.affiliation) for a in actors] == [
        ("Gavin Newsom", "Governor", None)]


def test_both_apostrophes_give_the_affiliation():
    for apostrophe in ("'", "’"):
        text = f"Poland{apostrophe}s Ministry of Digital Affairs blocked the app."
        actors = _by_name(_actors(text, [("Poland", "country", "Poland"),
                                         ("Ministry of Digital Affairs", "organization")]))
        assert actors["Ministry of Digital Affairs"].affiliation == "Poland"


# -- groups, places, what is not an actor ---------------------------------------------------

def test_counted_groups_are_actors():
    text = ("The Treasury sanctioned 14 Russian banks on Friday. Two firms appealed, and "
            "several US companies said they would comply. Dozens of lenders were warned.")
    actors = _actors(text, [("Treasury", "organization"), ("US", "country", "United States")])
    groups = [(a.name, a.affiliation, _texts(a)) for a in actors if a.kind == "group"]
    assert groups == [
        ("Russian banks", "Russia", ["14 Russian banks"]),
        ("two firms", None, ["Two firms"]),
        ("US companies", "United States", ["several US companies"]),
        ("dozens of lenders", None, ["Dozens of lenders"]),
    ]


def test_bare_plurals_and_names_are_not_groups():
    text = ("Analysts expect a deal. Officials met in Geneva. Trade experts were cautious, "
            "and the Six Nations tournament went ahead in 2019 companies' stands.")
    actors = _actors(text, [("Analysts", "person"), ("Trade experts", "organization"),
                            ("Geneva", "place"), ("Six Nations", "organization")])
    names = {a.name for a in actors}
    assert "Analysts" not in names and "Trade experts" not in names
    assert not [a for a in actors if a.kind == "group"]


def test_places_stay_places_with_their_country():
    text = "Negotiators met in Geneva and later in Tokyo. The Geneva round ended without a deal."
    actors = _actors(text, [("Geneva", "place"), ("Tokyo", "place")])
    assert [(a.name, a.kind, a.affiliation, len(a.mentions)) for a in actors] == [
        ("Geneva", "place", "Switzerland", 2), ("Tokyo", "place", "Japan", 1)]


def test_country_tagged_as_place_is_the_country():
    text = "Shipments to Vietnam rose. Vietnam denied transshipment."
    actors = _actors(text, [("Vietnam", "place")])
    assert [(a.name, a.kind) for a in actors] == [("Vietnam", "country")]


# -- output contract ------------------------------------------------------------------------

def test_mentions_are_honest_unshared_and_actors_ordered_by_first_mention():
    text = ("Chinese Commerce Minister Wang Wentao met Italian Foreign Minister Antonio Tajani "
            "in Rome. Wang said China’s Ministry of Commerce would study the EU’s request, "
            "and the ministry later sanctioned 12 European firms.")
    actors = _actors(text, [("Wang Wentao", "person"), ("Antonio Tajani", "person"),
                            ("Rome", "place"), ("Wang", "person"), ("China", "country", "China"),
                            ("Ministry of Commerce", "organization"),
                            ("EU", "organization", "European Union")])
    seen = set()
    for actor in actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
            assert (m.start, m.end) not in seen
            seen.add((m.start, m.end))
    firsts = [a.mentions[0].start for a in actors]
    assert firsts == sorted(firsts)
    wang = _by_name(actors)["Wang Wentao"]
    assert (wang.role, wang.affiliation, len(wang.mentions)) == (
        "Commerce Minister", "China", 2)


def test_bad_entity_spans_are_ignored():
    text = "Apple sued Samsung."
    bad = [EntitySpan(0, 5, "Apple", "organization"), EntitySpan(0, 5, "Appl", "organization"),
           EntitySpan(11, 18, "Samsung", "robot"), EntitySpan(2, 9, "ple sue", "person")]
    actors = build_actors(text, split_sentences(text), bad)
    assert [(a.name, a.kind) for a in actors] == [("Apple", "organization")]


_PIECES = st.sampled_from([
    "US ", "China’s ", "Chinese ", "the ministry ", "The company ", "President ", "Trump ",
    "Ministry of Commerce ", "23 Chinese firms ", ", ", ". ", "’s ", "'s ",
    "the Chinese government ", "Two firms ", "chief executive ", "of ", "Apple ", "Mr ",
    "1.2 million members ", "\n",
])
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, data=st.data())
def test_any_text_and_spans_give_honest_unshared_mentions(text, data):
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 12),
                                         st.sampled_from(ACTOR_KINDS)), max_size=8))
    entities = [EntitySpan(s, min(len(text), s + n), text[s:s + n], kind)
                for s, n, kind in spans if n and s < len(text)]
    actors = build_actors(text, split_sentences(text), entities)
    seen = set()
    for actor in actors:
        assert actor.kind in ACTOR_KINDS and actor.mentions
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
            assert (m.start, m.end) not in seen
            seen.add((m.start, m.end))


def test_ampersand_and_british_spelling_name_one_organization():
    text = ("The Fisheries & Aquaculture Organisation met in May. Delegates of the Fisheries and "
            "Aquaculture Organization said the FAO would report.")
    actors = _actors(text, [("Fisheries & Aquaculture Organisation", "organization"),
                            ("Fisheries and Aquaculture Organization", "organization"),
                            ("FAO", "organization")])
    assert [len(a.mentions) for a in actors] == [3]


def test_a_short_name_joins_the_full_company_name():
    text = ("Shares in Kestrel Mining fell. Kestrel said output dropped. Pell & Garside, the "
            "brokers, said Pell would advise. The Orvan Party won; Orvan leads the count.")
    actors = _actors(text, [("Kestrel Mining", "organization"), ("Kestrel", "organization"),
                            ("Pell & Garside", "organization"), ("Pell", "organization"),
                            ("Orvan Party", "organization"), ("Orvan", "organization")])
    assert [(a.name, len(a.mentions)) for a in actors] == [
        ("Kestrel Mining", 2), ("Pell & Garside", 2), ("Orvan Party", 2)]


def test_title_case_initials_join_a_long_name():
    text = "The Northern Rivers Trade Organisation met. Nrto members agreed a plan."
    actors = _actors(text, [("Northern Rivers Trade Organisation", "organization"),
                            ("Nrto", "organization")])
    assert [len(a.mentions) for a in actors] == [2]


def test_a_nickname_with_a_canonical_name_gives_the_full_name():
    text = "Blue Union won the vote. The Blues said the result was clear."
    actors = _actors(text, [("Blue Union", "organization"),
                            ("Blues", "organization", "Blue Union Party")])
    assert [(a.name, len(a.mentions)) for a in actors] == [("Blue Union Party", 2)]


# -- scale: work grows with the mentions, not with their square -----------------------------

_SYLLABLES = ["Ka", "Lo", "Mi", "Ne", "Ru", "Ta", "Vi", "Zo", "Be", "Du"]


def _made_up_name(i: int) -> str:
    a, b, c, d = i % 10, i // 10 % 10, i // 100 % 10, i // 1000 % 10
    return _SYLLABLES[a] + "".join(_SYLLABLES[x].lower() for x in (b, c, d)) + "n"


def _long_article(paragraphs: int) -> tuple[str, list[EntitySpan]]:
    """Many companies and people, each named in full and by a short form, with
    descriptions ("the company", "the ministry") that must look back for a name."""
    text, spans = "", []
    for i in range(paragraphs):
        word, other = _made_up_name(i), _made_up_name(i + 1000)
        for piece, kind in ((f"{word} Holdings", "organization"), (" said ", None),
                            (f"Anna {other}", "person"), (" would run it. ", None),
                            (word, "organization"), (" shares rose and the company grew. ", None),
                            (other, "person"), (" said the ministry agreed. ", None)):
            if kind:
                spans.append(EntitySpan(len(text), len(text) + len(piece), piece, kind))
            text += piece
    return text, spans


def test_clustering_work_grows_linearly_with_the_article():
    from newsdesk.analysis.actors.cluster import COMPARISONS

    counts = []
    for paragraphs in (200, 800):
        text, spans = _long_article(paragraphs)
        COMPARISONS.clear()
        actors = build_actors(text, split_sentences(text), spans)
        companies = [a for a in actors if a.kind == "organization"]
        assert len(companies) == paragraphs
        assert all(len(a.mentions) == 3 for a in companies)  # full name, short name, "the company"
        counts.append(sum(COMPARISONS.values()))
    # Four times the text: about four times the checks; pairwise comparing would be ~16.
    assert counts[1] <= 5 * counts[0], counts


def test_a_surname_after_a_full_name_with_a_suffix_or_of_two_words_is_the_same_person():
    text = ("Agriculture Secretary Francisco Tiu Laurel Jr. said the ban would stay. Tiu "
            "Laurel said imports would resume. Rep. Luis Ortega Jr. agreed. Ortega said so.")
    sentences = split_sentences(text)
    people = [actor for actor in build_actors(text, sentences, find_entities(text, sentences))
              if actor.kind == "person"]
    assert {actor.name: len(actor.mentions) for actor in people} == {
        "Francisco Tiu Laurel Jr.": 2, "Luis Ortega Jr.": 2}
