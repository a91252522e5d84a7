"""Junk actors and actor kinds of 2023-25 trade news and 1998-2008 BBC news (GUIDELINES
2.1, 2.3): policies named before a policy's noun, holidays named with a possessive, state
documents with a word before their name, makers' names inside a model's number, places
opened by a word for a cape, a mountain or a square. All sentences invented."""

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


def mentions(text: str) -> set[str]:
    return {mention.text for actor in actors(text) for mention in actor.mentions}


# -- a policy's capitalized name before its noun: "the Blue Harbour strategy" ----------------

def test_policy_named_before_strategy_or_drive_is_no_actor() -> None:
    found = kinds("Officials in Hanoi said the Bamboo Diplomacy strategy had served the "
                  "country well, while the Rural Revival drive was slowing down.")
    assert "Bamboo Diplomacy" not in found and "Rural Revival" not in found
    assert found.get("Hanoi") == "place"


def test_hyphened_policy_name_before_doctrine_is_no_actor() -> None:
    found = kinds("Critics said the Near-Shoring doctrine favoured firms with plants in "
                  "Mexico over those with plants in Vietnam.")
    assert "Near-Shoring" not in found
    assert "Mexico" in found


def test_body_or_person_before_policy_noun_stays() -> None:
    found = kinds("The Green Party policy on airports was set out by Caroline Lucas, and the "
                  "Gordon Brown doctrine of prudence was praised by the Treasury.")
    assert found.get("Green Party") == "organization"
    assert found.get("Gordon Brown") == "person"


# -- a holiday named with a possessive: "Valentine's Day", "New Year's Eve" -------------------

def test_holiday_with_possessive_is_no_person() -> None:
    found = kinds("Florists in Leeds expected record trade on Valentine's Day, and bars "
                  "stayed open late on New Year's Eve, the council said.")
    assert "Valentine" not in found and "Eve" not in found and "New Year" not in found
    assert found.get("Leeds") == "place"


def test_person_named_eve_stays() -> None:
    found = kinds("Eve Branson said the charity would open a school in Morocco next year.")
    assert found.get("Eve Branson") == "person"


# -- a state document's name with a word before it: "the Comprehensive Spending Review" --------

def test_state_document_with_a_word_before_is_no_actor() -> None:
    found = kinds("Alistair Darling said the Comprehensive Spending Review would squeeze "
                  "departments, and the Conservatives called it a Second Cold War on "
                  "councils.")
    assert "Comprehensive Spending Review" not in found
    assert "Second Cold War" not in found
    assert found.get("Alistair Darling") == "person"


# -- a maker's name inside a model's name: "Boeing 747-400", "Acme 990", "A320neo" ------------

def test_maker_before_a_hyphened_model_number_is_no_mention() -> None:
    text = ("Cathay Pacific said it would retire its last Boeing 747-400 jets next spring, "
            "and would fly Airbus planes on the route to London instead.")
    assert "Boeing" not in mentions(text)
    assert "Cathay Pacific" in kinds(text)


def test_known_maker_before_a_model_number_is_no_mention() -> None:
    text = ("Commuters in Helsinki who own a Nokia 6230 handset can pay for tickets by text, "
            "the city's transport office said on Monday.")
    assert "Nokia" not in mentions(text)


def test_model_code_with_lower_case_tail_is_no_actor() -> None:
    found = kinds("IndiGo said demand for A321neo was the strongest it had seen, and it "
                  "agreed to take 30 more of the jets from Airbus.")
    assert "A321neo" not in found


def test_firm_before_a_sum_stays() -> None:
    text = ("The regulator fined Ryanair 12.5m pounds over refunds, and Ryanair said it "
            "would appeal.")
    assert "Ryanair" in kinds(text)
    assert "Ryanair" in mentions(text)


# -- places opened by a word for a cape, a mountain, a square or a palace ----------------------

def test_place_opened_by_cape_mount_or_place_is_a_place() -> None:
    found = kinds("Protesters marched from the Place de la Bastille to the Palais Bourbon, "
                  "while a rocket lifted off from Cape Canaveral and climbers left Mount "
                  "Kilimanjaro.")
    for name in ("Place de la Bastille", "Palais Bourbon", "Cape Canaveral"):
        assert found.get(name) == "place", name


def test_building_named_with_number_and_place_is_a_place() -> None:
    found = kinds("HSBC will move 2,000 staff to Eight Canada Place, a tower it leases, "
                  "the bank said.")
    assert found.get("Eight Canada Place") == "place"


def test_bridge_after_a_full_name_is_a_place_and_a_given_name_alone_a_person() -> None:
    found = kinds("Traffic on the George Washington Memorial Bridge was halted for an hour. "
                  "Defender Wayne Bridge signed for Chelsea.")
    assert found.get("George Washington Memorial Bridge") == "place"
    assert found.get("Wayne Bridge") == "person"


# -- currencies: "the Mexican Peso", "the Deutschmark" -----------------------------------------

def test_currency_after_a_demonym_is_no_actor() -> None:
    found = kinds("Traders in Manila said the Philippine Peso and the Indonesian Rupiah "
                  "both weakened after the Federal Reserve raised rates.")
    assert "Peso" not in found and "Rupiah" not in found
    assert "Philippines" not in found and "Indonesia" not in found
    assert found.get("Federal Reserve") == "organization"


def test_currency_that_names_nothing_else_is_no_actor() -> None:
    found = kinds("Tourists who kept savings in the Deutschmark lost nothing when the Zloty "
                  "was redenominated, a Warsaw banker said.")
    assert "Deutschmark" not in found and "Zloty" not in found


def test_currency_word_that_is_a_name_too_stays() -> None:
    found = kinds("Rand Paul said the Senate would vote on the tariffs next week.")
    assert found.get("Rand Paul") == "person"
