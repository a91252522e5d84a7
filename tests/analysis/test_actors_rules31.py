"""Actor names of the thirty-first session (GUIDELINES 2.1, 2.3): a body's generic word
opening a sentence before a post in it ("Union leader X said") is the common noun, part
of the role; goods named after a place ("Dijon mustard") are a product, no mention of the
place. All sentences invented."""

from __future__ import annotations

from newsdesk.analysis.actors import build_actors
from newsdesk.analysis.entities import find_entities
from newsdesk.analysis.model import Actor
from newsdesk.analysis.sentences import split_sentences


def actors(text: str) -> list[Actor]:
    sentences = split_sentences(text)
    return build_actors(text, sentences, find_entities(text, sentences))


def names(text: str) -> set[str]:
    return {actor.name for actor in actors(text)}


def test_a_body_word_before_a_post_opening_a_sentence_is_no_place() -> None:
    found = actors("The strike was called by the Port Workers Union. Union leader Ana "
                   "Moreno said the stoppage would last a week. Union officials said talks "
                   "had failed.")
    assert "Union" not in {actor.name for actor in found}
    moreno = next(actor for actor in found if actor.name == "Ana Moreno")
    assert moreno.role is not None and "leader" in moreno.role.lower()


def test_a_body_word_opening_a_name_stays_a_name() -> None:
    assert "Union Pacific" in names("Union Pacific said freight volumes rose.")
    assert "Council of Europe" in names("Council of Europe officials said the vote was "
                                        "fair.")
    assert "Senate" in names("Senate leaders said they wanted the bill passed by July.")


def test_goods_named_after_a_place_are_a_product() -> None:
    found = names("Washington will impose 100% duties on European goods, from sheep cheese "
                  "to Dijon mustard and Parma ham.")
    assert not found & {"Dijon", "Parma"}


def test_a_place_before_its_trade_or_a_country_before_goods_is_a_mention() -> None:
    assert "Montreal" in names("Seagram, the Montreal wine and spirits concern, said sales "
                               "rose.")
    assert "Bordeaux" in names("Bordeaux wine producers asked for aid.")
    assert "Dijon" in names("Jobs in Dijon fell last year.")
