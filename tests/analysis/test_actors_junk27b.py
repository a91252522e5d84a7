"""Junk actors of 2023-25 trade news and 2004-08 BBC business news (GUIDELINES 2.1):
a known firm's product read as a person, events and goals named by their last word,
ships named in apposition. Positive and negative sentences per rule, all invented."""

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


# -- a known firm's name and a word after it: its product, or a unit of the firm ----------

def test_firms_product_after_a_determiner_is_no_actor() -> None:
    found = kinds("Reviewers praised the Honda Accura as the best car of the year.")
    assert "Honda Accura" not in found


def test_firms_product_with_a_coined_or_model_word_is_no_actor() -> None:
    found = kinds("Shops sold out of Sony PlayStation consoles and Volvo S40 cars last week.")
    assert "Sony PlayStation" not in found and "Volvo S40" not in found


def test_firms_product_before_a_kind_of_goods_is_no_actor() -> None:
    found = kinds("The museum shows a Kodak Brownie camera from 1900, its curator said.")
    assert "Kodak Brownie" not in found


def test_product_word_read_as_product_again_later() -> None:
    found = kinds("Writing a Microsoft Word document takes time. Many staff said Word "
                  "crashed often.")
    assert "Microsoft Word" not in found and "Word" not in found


def test_firm_and_unit_is_an_organization_not_a_person() -> None:
    found = kinds("Analysts at Citigroup Smith Barney cut their forecast. Sony Ericsson "
                  "predicted strong demand for handsets.")
    assert found.get("Citigroup Smith Barney") == "organization"
    assert found.get("Sony Ericsson") == "organization"


def test_firm_and_plant_stays_a_body() -> None:
    found = kinds("Unions say Fiat will close the Fiat Powertrain plant near Milan.")
    assert found.get("Fiat Powertrain") == "organization"


def test_party_and_given_name_are_left_alone() -> None:
    found = kinds("Ford Madox Brown painted it. Harrison Ford and Tony Blair met.")
    assert found.get("Tony Blair") == "person"
    assert found.get("Harrison Ford") == "person"


# -- talks, declarations and targets named by their last word -----------------------------

def test_talks_and_targets_are_no_actors() -> None:
    found = kinds("Speaking at the Raisina Dialogue in New Delhi, the minister said the "
                  "Sustainable Development Goals were off track. The Hiroshima Action "
                  "Statement was adopted by the G7.")
    assert "Raisina Dialogue" not in found
    assert "Sustainable Development Goals" not in found
    assert "Hiroshima Action Statement" not in found
    assert found.get("New Delhi") == "place"
    assert "Group of Seven" in found


# -- ships named in apposition or after their owner's name --------------------------------

def test_ship_named_in_apposition_is_no_actor() -> None:
    found = kinds("A container ship, the Ever Alot, was diverted around Africa. Another "
                  "vessel, the Andromeda Star, collided off Denmark.")
    assert "Ever Alot" not in found and "Andromeda Star" not in found
    assert found.get("Denmark") == "country"


def test_ship_after_its_owners_name_is_no_actor() -> None:
    found = kinds("The Sovcomflot tanker NS Century was added to the list on Friday.")
    assert "NS Century" not in found and "Sovcomflot" in found


def test_body_speaking_after_a_ship_word_is_kept() -> None:
    found = kinds("Houthi rebels struck a tanker, the Pentagon said on Monday.")
    assert found.get("Pentagon") == "organization"


# -- a show's or a film's title before one of its cast or its kind -----------------------

def test_show_title_before_its_cast_is_no_actor() -> None:
    found = kinds("Former Holby City actor Jeremy Edwards joined the show. Grange Hill "
                  "actress Amma Asante won an award.")
    assert "Holby City" not in found and "Grange Hill" not in found
    assert found.get("Jeremy Edwards") == "person" and found.get("Amma Asante") == "person"


def test_game_title_before_series_is_no_actor() -> None:
    found = kinds("The Grand Theft Auto series of games sold well in Europe.")
    assert "Grand Theft Auto" not in found


def test_broadcaster_or_person_before_a_kind_of_work_is_kept() -> None:
    found = kinds("He starred in a BBC drama. A David Attenborough series was repeated.")
    assert "BBC" in found and "David Attenborough" in found


# -- a currency's name opening a sentence before a move of its price ----------------------

def test_currency_opening_a_sentence_is_no_actor() -> None:
    found = kinds("Sterling rose 0.4% against the dollar on Monday. The Yen weakened after "
                  "the Bank of Japan met.")
    assert "Sterling" not in found and "Yen" not in found
    assert found.get("Bank of Japan") == "organization"


def test_surname_like_a_currency_is_kept() -> None:
    found = kinds("Raheem Sterling scored twice. Sterling scored again on Sunday.")
    assert found.get("Raheem Sterling") == "person"


# -- a scheme's name opening with a rank's word ------------------------------------------

def test_scheme_opening_with_a_rank_is_no_person() -> None:
    found = kinds("Hospitals were built under the Private Finance Initiative, the Treasury said.")
    assert "Finance Initiative" not in found and "Treasury" in found


def test_rank_and_holder_is_kept() -> None:
    found = kinds("Private John Smith was wounded in Basra on Monday.")
    assert found.get("John Smith") == "person"


# -- a review named after its author -------------------------------------------------------

def test_review_named_after_its_author_is_no_actor() -> None:
    found = kinds("The Stern Review warned of climate costs. Savings found in the Gershon "
                  "Review were made, said Sir Peter Gershon.")
    assert "Stern Review" not in found and "Gershon Review" not in found
    assert found.get("Peter Gershon") == "person"


def test_publication_called_a_review_is_kept() -> None:
    found = kinds("Mr Vaile was quoted in the Australian Financial Review on Monday.")
    assert "Financial Review" in found or "Australian Financial Review" in found


# -- a people's noun: a demonym with -man, or a place's inhabitants -----------------------

def test_peoples_nouns_are_no_actors() -> None:
    found = kinds("The Welshman scored twice for Cardiff. Londoners queued at the Bank of "
                  "England, and Californians voted on the tax.")
    assert "Welshman" not in found and "Londoners" not in found
    assert "Californians" not in found
    assert "Bank of England" in found


def test_names_ending_like_inhabitants_are_kept() -> None:
    found = kinds("The deal was first reported by Reuters, and Jane Newman confirmed it.")
    assert "Reuters" in found and "Jane Newman" in found


# -- initials of agreements and laws -------------------------------------------------------

def test_agreement_and_law_initials_are_no_actors() -> None:
    found = kinds("The USMCA review is due in July, Mark Carney said. Tariffs imposed under "
                  "IEEPA were challenged, and Congress may revoke PNTR for China.")
    assert "USMCA" not in found and "IEEPA" not in found and "PNTR" not in found
    assert found.get("Mark Carney") == "person" and "Congress" in found


def test_body_initials_are_kept() -> None:
    found = kinds("The WTO and the IMF met in Geneva, and the IRA disarmed.")
    assert "World Trade Organization" in found or "WTO" in found
    assert "Irish Republican Army" in found or "IRA" in found


# -- a place's last word after no given name ---------------------------------------------

def test_place_with_a_place_word_last_is_a_place() -> None:
    found = kinds("Voters in Bethnal Green backed Labour. The Millennium Dome opened in 2000.")
    assert found.get("Bethnal Green") == "place"
    assert found.get("Millennium Dome") == "place"


def test_person_with_a_place_word_surname_is_kept() -> None:
    found = kinds("Philip Green bid for the retailer, and Wayne Bridge signed for Chelsea.")
    assert found.get("Philip Green") == "person" and found.get("Wayne Bridge") == "person"
