"""Actor names of the thirty-second session (GUIDELINES 2.1, 2.3): a word describing a
body before its name ("London-listed", "Privately-held") is no part of it and makes it a
body; a unit of a body ("... Crime Unit", "... Antitrust Division") is a body; the subject
of a treaty after "on" ("the Convention on Biological Diversity") names no actor; a given
name that is a word too before a surname that is a town too names a person. All
sentences invented."""

from __future__ import annotations

from newsdesk.analysis.actors import build_actors
from newsdesk.analysis.entities import find_entities
from newsdesk.analysis.model import Actor
from newsdesk.analysis.sentences import split_sentences


def actors(text: str) -> list[Actor]:
    sentences = split_sentences(text)
    return build_actors(text, sentences, find_entities(text, sentences))


def kinds(text: str) -> dict[str, str]:
    return {actor.name: actor.kind for actor in actors(text)}


def test_a_word_describing_a_body_opens_no_name() -> None:
    assert kinds("Privately-held Kessel Group bought two cosmetics brands.") == {
        "Kessel Group": "organization"}
    assert kinds("Oslo-listed Fjordkraft said it would bid for the grid.") == {
        "Fjordkraft": "organization"}
    assert kinds("Stockholm-based Varnholm said it would cut 300 jobs.") == {
        "Varnholm": "organization"}


def test_a_person_described_by_a_place_stays_a_person() -> None:
    assert kinds("London-born Ann Smith runs the fund.") == {"Ann Smith": "person"}
    assert kinds("Madrid-based Tomasz Brzek won the race.") == {"Tomasz Brzek": "person"}


def test_a_unit_or_a_division_of_a_body_is_a_body() -> None:
    assert kinds("Officers of the National Fraud Unit arrested two men.") == {
        "National Fraud Unit": "organization"}
    assert kinds("The Downing Street Policy Unit wrote the report.") == {
        "Downing Street Policy Unit": "organization"}
    assert kinds("The Antitrust Division said the merger would raise prices.") == {
        "Antitrust Division": "organization"}


def test_the_subject_of_a_treaty_after_on_is_no_actor() -> None:
    assert kinds("The court ruled under the European Convention on Human Rights.") == {}
    assert kinds("The treaty, the Convention on Biological Diversity, came into force in "
                 "1993.") == {}
    assert "Commission on Human Rights" in kinds("The Commission on Human Rights met.")


def test_a_given_name_and_a_surname_that_are_also_words_and_towns_name_a_person() -> None:
    assert kinds("Two former managers, Peter Lund and Erik Sand, paid fines.") == {
        "Peter Lund": "person", "Erik Sand": "person"}
    assert kinds("Referee James Preston said the goal stood.").get("James Preston") \
        == "person"
    assert kinds("Officials in James Bay said the road was closed.").get("James Bay") \
        != "person"


def test_a_day_or_month_abbreviation_ends_a_sentence_unless_a_date_follows() -> None:
    def spans(text: str) -> list[str]:
        return [text[s.start:s.end] for s in split_sentences(text)]

    assert spans("The grid is owned by Sun. Initially it will house the servers.") == [
        "The grid is owned by Sun.", "Initially it will house the servers."]
    assert spans("The talks open on Sat. The vote follows.") == [
        "The talks open on Sat.", "The vote follows."]
    assert len(spans("Talks resume Wed., Jan. 5 in Rome.")) == 1
    assert len(spans("The deal closed Dec. 5, 2004, in Oslo.")) == 1
    assert len(spans("It was signed on Tue. Oct. 3 in Bern.")) == 1
    assert "Initially" not in kinds("The grid is owned by Sun. Initially it will house the "
                                    "servers.")


def _mentions(text: str) -> dict[str, list[str]]:
    return {actor.name: [m.text for m in actor.mentions] for actor in actors(text)}


def test_initials_in_brackets_are_the_body_s_whatever_its_head_word():
    found = _mentions("The Export Credits Guarantee Department (ECGD) said so. The ECGD will "
                      "stop lending.")
    assert found == {"Export Credits Guarantee Department": [
        "Export Credits Guarantee Department", "ECGD", "ECGD"]}
    found = _mentions("The Fisheries Standards Agency (FSA) ordered the withdrawal. The FSA "
                      "said more tests would follow.")
    assert list(found) == ["Fisheries Standards Agency"]
    assert list(_mentions("The Ministry of Commerce (MOC) said so. The MOC will act.")) == [
        "Ministry of Commerce"]


def test_a_body_told_by_its_initials_takes_in_no_other_body_with_them():
    found = _mentions("The European Commission (EC) said so. Later the European Council met "
                      "in Brussels.")
    assert found["European Commission"] == ["European Commission", "EC"]
    assert found["European Council"] == ["European Council"]


def _affiliations(text: str) -> dict[str, str | None]:
    return {actor.name: actor.affiliation for actor in actors(text)}


def test_an_apposition_naming_a_firm_makes_it_one_with_its_country():
    found = {a.name: (a.kind, a.affiliation) for a in actors(
        "Mazowsze Meat, one of Poland's biggest pork processors, said it would cut jobs.")}
    assert found["Mazowsze Meat"] == ("organization", "Poland")
    assert _affiliations("In May, the president forced MineOne Partners, another "
                         "Chinese-backed miner, to sell a property.")["MineOne Partners"] == "China"
    found = {a.name: a.kind for a in actors("But Gianni Agnelli, the godfather of the group, "
                                            "wanted to keep control.")}
    assert found.get("Gianni Agnelli") != "organization"


def test_a_firm_of_a_place_is_that_place_s_country_s():
    assert _affiliations("The third target, Gulf Meridian Payments of Dubai, routed the "
                         "transfers.")["Gulf Meridian Payments"] == "United Arab Emirates"


def test_a_state_body_of_a_story_that_names_no_other_country_is_the_dateline_s():
    found = _affiliations("WASHINGTON - The Senate passed the bill on Tuesday. The Agriculture "
                          "Department said it would pay farmers.")
    assert found["Senate"] == "United States" and found["Agriculture Department"] == \
        "United States"
    found = _affiliations("WASHINGTON - China's response was swift. The Customs Tariff "
                          "Commission said it would retaliate.")
    assert found["Customs Tariff Commission"] == "China"


def test_a_part_of_a_state_gives_the_state_as_affiliation():
    found = _affiliations("The Scottish Fishermen's Federation said the quota was too low. "
                          "The Welsh Assembly and the Northern Ireland Office announced "
                          "similar bans.")
    assert set(found.values()) == {"United Kingdom"}
    assert _affiliations("The New Mexico Environment Department said so.") == {
        "New Mexico Environment Department": "United States"}


def test_english_names_of_cities_the_generated_list_lacks_or_misplaces():
    found = {a.name: (a.kind, a.affiliation) for a in actors(
        "The European Central Bank in Frankfurt raised rates. Grain ships left Odessa on "
        "Monday, Ukraine said.")}
    assert found["Frankfurt"] == ("place", "Germany")
    assert found["Odessa"] == ("place", "Ukraine")


def test_a_region_or_a_people_qualifying_a_noun_is_no_name():
    assert kinds("Trelawny Bakeries, a Cornish chain that employs 1,100 people, said so.") == {
        "Trelawny Bakeries": "organization"}
    assert kinds("The sum was far below what the Caribbean nation had sought.") == {}
    assert kinds("A Bavarian brewer said so.") == {}
    # the region itself, a firm's name, a people the gazetteer knows: as before
    assert kinds("He moved to the Caribbean last year.") == {"Caribbean": "place"}
    assert "Toyota" in kinds("A Toyota plant closed.")
    assert "Intelogic" in kinds("Datapoint Corp., an Intelogic affiliate, said so.")


def test_an_abbreviation_naming_a_material_is_no_actor():
    assert kinds("India will impose duties on imports of suspension-grade PVC resin from "
                 "Thailand.") == {"India": "country", "Thailand": "country"}
    assert kinds("LNG cargoes rose.") == {}
    assert "International Monetary Fund" in kinds("The IMF staff said so.")
