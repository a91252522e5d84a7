"""Named entities: one test per pattern the rules must handle, on sentences written here."""

from __future__ import annotations

import pytest

from newsdesk.analysis import gazetteer
from newsdesk.analysis.entities import find_entities
from newsdesk.analysis.model import ACTOR_KINDS
from newsdesk.analysis.sentences import split_sentences


def entities(text: str) -> list[tuple[str, str, str | None]]:
    """(text, kind, canonical) of each entity, checking the span invariants on the way."""
    found = find_entities(text, split_sentences(text))
    last_end = -1
    for e in found:
        assert text[e.start:e.end] == e.text
        assert e.start >= last_end, "spans must be sorted and must not overlap"
        assert e.kind in ACTOR_KINDS and e.kind != "group"
        last_end = e.end
    return [(e.text, e.kind, e.canonical) for e in found]


def texts(text: str) -> list[str]:
    return [t for t, _, _ in entities(text)]


def test_person_after_title_excludes_the_title():
    found = entities("Energy Secretary Alan Whitfield met Prime Minister Rosa Delgado on Friday.")
    assert ("Alan Whitfield", "person", None) in found
    assert ("Rosa Delgado", "person", None) in found
    assert not any("Secretary" in t or "Minister" in t for t, _, _ in found)


def test_country_before_a_title_is_its_own_span():
    found = entities("French Foreign Minister Anne Moreau and German Chancellor Karl Braun spoke.")
    assert texts("French Foreign Minister Anne Moreau and German Chancellor Karl Braun spoke.") == [
        "Anne Moreau", "Karl Braun"]
    assert all(kind == "person" for _, kind, _ in found)


def test_mr_marks_a_person_and_the_surname_alone_follows():
    found = entities("Mr. Okafor said the plan would work. Later Okafor declined to comment.")
    assert found == [("Okafor", "person", None), ("Okafor", "person", None)]


def test_organization_with_of_and_for():
    found = entities(
        "The Ministry of Finance asked the Bank of Japan and the Organisation for Economic "
        "Co-operation and Development for data."
    )
    assert ("Ministry of Finance", "organization", None) in found
    assert ("Bank of Japan", "organization", "Bank of Japan") in found
    assert any(t.startswith("Organisation for Economic") and k == "organization"
               for t, k, _ in found)


def test_possessive_with_both_apostrophes():
    found = entities("Brazil’s Ministry of Agriculture and Canada's Department of Finance met.")
    assert found == [
        ("Brazil", "country", "Brazil"),
        ("Ministry of Agriculture", "organization", None),
        ("Canada", "country", "Canada"),
        ("Department of Finance", "organization", None),
    ]


@pytest.mark.parametrize("alias", ["US", "U.S.", "USA", "United States", "America"])
def test_united_states_aliases(alias):
    found = entities(f"Exports to {alias} fell sharply last year.")
    assert found == [(alias, "country", "United States")]


def test_uk_and_eu_aliases():
    found = entities("Britain and the UK trade with the EU.")
    assert found == [
        ("Britain", "country", "United Kingdom"),
        ("UK", "country", "United Kingdom"),
        ("EU", "organization", "European Union"),
    ]


def test_capital_acting_is_the_government():
    found = entities(
        "Hours later, Tokyo announced retaliatory duties. Ottawa's decision surprised few. "
        "Both Paris and Berlin insist that the rules stay."
    )
    assert ("Tokyo", "country", "Japan") in found
    assert ("Ottawa", "country", "Canada") in found
    assert ("Paris", "country", "France") in found
    assert ("Berlin", "country", "Germany") in found


def test_capital_as_location_stays_a_place():
    found = entities("Negotiators met in Tokyo on Monday, and a second round was held in Ottawa.")
    assert found == [("Tokyo", "place", None), ("Ottawa", "place", None)]


def test_sentence_initial_ordinary_words_are_not_entities():
    text = (
        "These rules changed. While prices rose, Hours passed. Both sides waited. "
        "Maintaining calm was hard. The Lisbon meeting ended."
    )
    assert texts(text) == ["Lisbon"]


def test_generic_plurals_are_not_entities():
    text = ("Analysts expect a cut. Officials declined to comment. Observers were wary. "
            "Trade experts disagreed, and Economists said little.")
    assert entities(text) == []


def test_months_and_weekdays_are_not_entities():
    assert entities("On Tuesday, March 3, the Senate voted; in July it met again.") == [
        ("Senate", "organization", "Senate")]


def test_demonyms_are_not_countries():
    assert entities("Japanese carmakers and Mexican plants supply Canadian dealers.") == []


def test_all_caps_modifier_abbreviation_is_not_an_entity():
    assert texts("The probe covers imported analog DSP chips and Nordtek, a DSP maker.") == [
        "Nordtek"]


def test_unknown_acronym_standing_alone_is_an_organization():
    found = entities("Shares in Vantorix jumped after KBX, the lender, said it would buy them.")
    assert ("KBX", "organization", None) in found


def test_all_caps_headline_uses_gazetteers_and_the_article():
    text = ("PERU AND CHILE SIGN PACT WITH ALVAREZ PRESENT\n"
            "Peru and Chile signed a fishing pact on Monday, witnessed by Tomas Alvarez.")
    found = entities(text)
    headline = [e for e in found if text.index("\n") > text.index(e[0])]
    assert ("PERU", "country", "Peru") in headline
    assert ("CHILE", "country", "Chile") in headline
    assert ("ALVAREZ", "person", None) in headline
    assert not any(t in ("SIGN", "PACT", "WITH", "PRESENT") for t, _, _ in found)


def test_dateline_place():
    found = entities("LIMA, March 3 - Peru's central bank held rates.")
    assert found[0] == ("LIMA", "place", None)


@pytest.mark.parametrize("line", [
    "SANTO DOMINGO - The government raised duties on Monday.",
    "NEW DELHI (Reuters) - The government raised duties on Monday.",
    "THE HAGUE — The government raised duties on Monday.",
    "KUALA LUMPUR, May 2 - The government raised duties on Monday.",
])
def test_a_dateline_of_several_words_is_one_place(line):
    place = line.split(" -")[0].split(" (")[0].split(" —")[0].split(",")[0]
    assert entities(f"Duties rise\n\n{line}")[0] == (place, "place", None)


@pytest.mark.parametrize("line", [
    "RUGBY UNION - Wallabies name their side for Saturday.",
    "MARKET REPORT - Shares in Harwick rose on Monday.",
    "The SDA (the main party) said so on Monday.",
])
def test_a_heading_before_a_dash_is_no_place(line):
    assert all(kind != "place" for _, kind, _ in entities(f"Weekend\n\n{line}"))


def test_hyphenated_compounds_are_not_entities():
    assert entities("The Chile-Peru dispute and the Lima-based firm drew notice.") == []


def test_company_with_legal_suffix_and_camel_case_name():
    found = entities("Shares of Halvorsen Shipping Ltd. and StreamNest rose.")
    assert ("Halvorsen Shipping Ltd.", "organization", None) in found
    assert ("StreamNest", "organization", None) in found


def test_run_is_split_at_and_unless_the_name_holds_it():
    found = entities("Bosnia and Herzegovina and Serbia signed; Trinidad and Tobago abstained.")
    assert [t for t, _, _ in found] == ["Bosnia and Herzegovina", "Serbia", "Trinidad and Tobago"]


def test_places_in_a_results_table_are_teams():
    found = entities("Results on Sunday:\nBoston 5 Seattle 3\nDenver 2 Houston 1")
    assert {k for _, k, _ in found} == {"organization"}
    assert len(found) == 4


def test_gazetteer_loads_and_answers():
    import importlib

    importlib.reload(gazetteer)  # the data files load from scratch without error
    assert gazetteer.demonym_to_country("Chinese") == "China"
    assert gazetteer.demonym_to_country("Spanish") == "Spain"
    assert gazetteer.demonym_to_country("US") == "United States"
    assert gazetteer.demonym_to_country("Analysts") is None
    assert gazetteer.country_name("U.S.") == "United States"
    assert gazetteer.country_name("Britain") == "United Kingdom"
    assert gazetteer.country_name("Madrid") is None
    assert gazetteer.is_capital_of("Beijing") == "China"
    assert gazetteer.is_capital_of("Washington") == "United States"
    assert gazetteer.is_capital_of("Chicago") is None
    assert gazetteer.organization_name("EU") == "European Union"
    assert {"Ministry", "Department", "Commission", "Bank", "Council", "Court", "Agency",
            "Office", "Administration"} <= set(gazetteer.ORG_HEADS)
    assert {"Inc", "Corp", "Group"} <= set(gazetteer.ORG_SUFFIXES)
    assert {"President", "Secretary", "Minister", "Mr"} <= gazetteer.TITLE_HEADS
    assert "Scott" in gazetteer.FIRST_NAMES
    assert gazetteer.is_place("Stockholm") and gazetteer.is_place("Texas")
    assert "these" in gazetteer.ORDINARY_WORDS and "analysts" in gazetteer.ORDINARY_WORDS


# -- company names that are not people ---------------------------------------------------------

def _kind_of(text: str, name: str) -> str | None:
    return next((kind for t, kind, _ in entities(text) if t == name), None)


def test_a_foreign_company_word_makes_an_organization():
    text = "Analysts expect Vasselli Finanziaria and Deutsche Kabelnetz to report losses."
    assert _kind_of(text, "Vasselli Finanziaria") == "organization"
    assert _kind_of(text, "Deutsche Kabelnetz") == "organization"


def test_an_ampersand_joins_a_firm_not_a_person():
    assert _kind_of("The deal was advised by Hollis & Quarrington last year.",
                    "Hollis & Quarrington") == "organization"


def test_an_everyday_word_where_the_surname_would_be_is_no_person():
    text = "Investors sold Brevik Global after Tarmond Logistics cut its forecast."
    assert _kind_of(text, "Brevik Global") == "organization"
    assert _kind_of(text, "Tarmond Logistics") == "organization"


@pytest.mark.parametrize(("text", "name"), [
    ("Tobacco sponsorship of events such as Formula One races is banned.", "Formula One"),
    ("The film Deep Space Nine was shown again.", "Deep Space Nine"),
    ("The federation has launched its own Eat Well Play Well campaign.", "Eat Well Play Well"),
    ("The play Time Is Running Out opens in May.", "Time Is Running Out"),
])
def test_a_number_word_last_or_only_everyday_words_make_no_persons_name(text, name):
    assert name not in texts(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Protesters gathered in Liberty Square on Sunday.", "Liberty Square"),
    ("The final will be played at Stradmore Park in May.", "Stradmore Park"),
    ("The gala was held at the Brennick Opera House.", "Brennick Opera House"),
])
def test_a_square_a_ground_or_a_building_is_a_place_not_a_person(text, name):
    assert _kind_of(text, name) == "place"


def test_a_first_name_before_a_site_word_keeps_a_person():
    text = "The defender Wayne Bridge signed a new contract."
    assert _kind_of(text, "Wayne Bridge") == "person"


def test_unknown_names_without_everyday_words_stay_people():
    assert _kind_of("The striker Oskari Vantanen scored twice.", "Oskari Vantanen") == "person"
    assert _kind_of("Premier Hun Sen opened the bridge on Monday.", "Hun Sen") == "person"


def test_a_company_noun_in_front_marks_the_name():
    text = "Shares in the engineering group Pellworth rose."
    assert _kind_of(text, "Pellworth") == "organization"


def test_a_website_a_pollster_or_a_chain_in_front_marks_the_name():
    for text, name in (("Another survey by property website Homerlo said prices rose.", "Homerlo"),
                       ("The poll by pollster Vantia found support slipping.", "Vantia"),
                       ("Sales at electronics chain Brixley fell 4%.", "Brixley")):
        assert _kind_of(text, name) == "organization", text


def test_a_researcher_in_front_marks_a_body_unless_a_first_name_opens_the_name():
    assert _kind_of("The data was compiled by market researcher Quintaro.",
                    "Quintaro") == "organization"
    assert _kind_of("According to analysts Tellwood, PC sales fell 5%.",
                    "Tellwood") == "organization"
    assert _kind_of("The study was led by researcher Laura Quintaro.",
                    "Laura Quintaro") == "person"
    assert _kind_of("It was made by documentary maker Michael Tellwood.",
                    "Michael Tellwood") == "person"


def test_nobody_is_at_a_name():
    text = "Fiona Grant, an economist at Kotterman, said rates would rise."
    assert _kind_of(text, "Kotterman") == "organization"


def test_a_based_compound_in_front_is_not_part_of_the_name():
    assert "Vantor Holdings" in texts("Oslo-based Vantor Holdings said profits rose.")


def test_a_firm_named_in_full_decides_its_short_name():
    text = "Shares in Cordale Mining fell. Cordale said output would recover."
    assert _kind_of(text, "Cordale") == "organization"
    text = "Jobs go at Rook & Tallis. Rook said the cuts were needed."
    assert _kind_of(text, "Rook") == "organization"


def test_a_name_split_by_an_ordinary_opening_word_is_whole_again():
    text = "The lender Standard Ellery bought a bank. Standard Ellery expects growth."
    assert texts(text).count("Standard Ellery") == 2


def test_a_body_named_past_a_country_up_to_its_initials_is_one_name():
    found = entities("The Committee on Trade Remedies in the Republic of Ruritania (CTRRR) "
                     "opened a case.")
    assert found[0] == ("Committee on Trade Remedies in the Republic of Ruritania",
                        "organization", None)
    # Initials that stop short of the country: the name stops there too.
    found = entities("The Ruritania Shipping Board in Strelsau (RSB) fined Acme.")
    assert ("Ruritania Shipping Board", "organization", None) in found


@pytest.mark.parametrize(("text", "name"), [
    ("The Ministry of Economy, Trade and Industry will provide subsidies.",
     "Ministry of Economy, Trade and Industry"),
    ("The Department for Environment, Food and Rural Affairs said so.",
     "Department for Environment, Food and Rural Affairs"),
])
def test_a_body_named_by_a_listed_portfolio_is_one_name(text, name):
    assert entities(text)[0] == (name, "organization", None)


def test_names_listed_after_a_body_stay_names_of_their_own():
    found = entities("The Ministry of Finance, Ruritania and Acme signed the deal.")
    assert ("Ministry of Finance", "organization", None) in found
    assert ("Acme", "organization", None) in found


@pytest.mark.parametrize("text", [
    "Women who break the law face a fine.",
    "Businessmen in the capital welcomed the deal.",
    "Policemen stood by.",
])
def test_a_plural_of_a_common_man_word_opening_a_sentence_is_no_name(text):
    assert entities(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("The Savings Bank of Ruritania lent money.", "Savings Bank of Ruritania"),
    ("The Export-Import Bank of Freedonia lent money.", "Export-Import Bank of Freedonia"),
    ("The Royal Academy of Dance said so.", "Royal Academy of Dance"),
    ("The National Institute for Deaf People said so.", "National Institute for Deaf People"),
])
def test_a_body_word_before_of_inside_a_name_makes_it_a_body(text, name):
    assert entities(text)[0] == (name, "organization", None)


def test_a_person_named_with_a_place_after_of_stays_a_person():
    assert entities("Paul Smith of Acme said so.")[0] == ("Paul Smith", "person", None)


def test_a_nations_body_named_with_its_demonym_keeps_it():
    text = "David Frost, director general of the British Chambers of Commerce, warned."
    assert _kind_of(text, "British Chambers of Commerce") == "organization"
    text = "The British Beer and Pub Association said the ban was unfair."
    assert _kind_of(text, "British Beer and Pub Association") == "organization"
    text = "The British Bankers Association and Building Societies Association agreed."
    assert _kind_of(text, "British Bankers Association") == "organization"
    assert _kind_of("The songwriter Guy Chambers said so.", "Guy Chambers") == "person"
