"""Actor rules of the thirty-third session, on invented sentences (GUIDELINES.md 2.7): a
public body named with no country, in a story about several that opens on one, is that
state's; British departments by their names."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _affiliations(text: str) -> dict[str, str | None]:
    found = analyze(text, dt.date(2025, 9, 11))
    return {actor.name: actor.affiliation for actor in found.actors
            if actor.kind == "organization"}


def test_a_public_body_with_no_country_in_a_story_about_several_is_the_lead_state_s():
    found = _affiliations(
        "Peru has asked Congress to raise import duties on some 900 product lines from "
        "countries with which it has no trade deal, including China and Vietnam. The plan "
        "would also lift duties on shoes and toys, the Finance Ministry said. Chile, Brazil "
        "and Ecuador would not be affected.")
    assert found["Finance Ministry"] == "Peru"
    assert found["Congress"] == "Peru"


def test_a_body_in_a_story_that_opens_on_two_states_or_on_none_stays_unplaced():
    found = _affiliations(
        "Chile and Peru raised import duties on shoes from countries with which they have "
        "no trade deal, including China and Vietnam. The Finance Ministry said the step was "
        "needed. Brazil and Ecuador would not be affected.")
    assert found["Finance Ministry"] is None


def test_british_departments_are_the_united_kingdom_s_by_their_names():
    # (not "Department of Trade and Industry": South Africa and the Philippines have one)
    found = _affiliations(
        "Washington raised duties on whisky. The Department for Culture, Media and Sport and "
        "the Department for Work and Pensions said British jobs were at risk; the US Trade "
        "Representative said the tariff was lawful.")
    assert found["Department for Culture, Media and Sport"] == "United Kingdom"
    assert found["Department for Work and Pensions"] == "United Kingdom"


def test_a_company_s_legal_form_that_one_country_alone_uses_gives_its_country():
    found = _affiliations("Washington sanctioned Seabright Shipping Pvt Ltd, Kencana Coal Tbk "
                          "and Fjordline Tankers ASA on Thursday.")
    assert found == {"Seabright Shipping Pvt Ltd": "India", "Kencana Coal Tbk": "Indonesia",
                     "Fjordline Tankers ASA": "Norway"}
    # forms several countries share give none
    found = _affiliations("Washington sanctioned Seabright Shipping GmbH on Thursday.")
    assert found == {"Seabright Shipping GmbH": None}


def _names(text: str) -> list[str]:
    return [actor.name for actor in analyze(text, dt.date(2025, 9, 11)).actors]


def test_a_numbered_project_and_a_coded_type_are_no_actors():
    assert _names("Tokyo may keep buying gas from the Arctic-3 project in Siberia.") \
        == ["Japan", "Siberia"]
    assert "H7" not in _names("Tests showed the bird flu virus was of the H7 type.")
    # a project named by one word alone may be a firm's
    assert "Kestrel" in _names("The Kestrel project was sold to Shell on Monday.")


def test_a_material_s_abbreviation_is_no_actor_all_through_the_story():
    text = ("Delhi will impose duties on imports of ABS resin from Japan. India is the "
            "world's third-largest importer of ABS, buying about 900,000 tonnes a year.")
    assert "ABS" not in _names(text)


def test_short_names_of_states_are_the_states():
    found = analyze("Korea agreed to open its beef market to Australian exporters.",
                    dt.date(1998, 5, 1)).actors
    assert [(actor.name, actor.kind) for actor in found if "Korea" in actor.name] \
        == [("South Korea", "country")]
    found = analyze("Officials in Bosnia said tariffs on goods from Macau would rise.",
                    dt.date(2005, 1, 1)).actors
    assert [(actor.name, actor.kind) for actor in found] == [
        ("Bosnia and Herzegovina", "country"), ("Macao", "country")]


def test_a_public_body_in_a_dated_story_about_several_states_is_the_lead_state_s_too():
    found = _affiliations(
        "QUITO, March 12 - Ecuador has asked Congress to raise import duties on some 900 "
        "product lines from countries with which it has no trade deal, including China and "
        "Vietnam. The plan would also lift duties on toys, the Finance Ministry said. "
        "Beijing said it would respond.")
    assert found["Finance Ministry"] == "Ecuador"


def test_business_groups_think_tanks_and_broadcasters_quoted_in_trade_news_are_placed():
    found = _affiliations("Economists at Capital Economics and the Peterson Institute said the "
                          "levy would hurt; Keidanren and the Business Roundtable objected.")
    assert found == {"Capital Economics": "United Kingdom",
                     "Peterson Institute for International Economics": "United States",
                     "Keidanren": "Japan", "Business Roundtable": "United States"}
