"""Actor names of the thirtieth session (GUIDELINES 2.1, 2.4): a body's portfolio that
lists two everyday words with "and" is one name ("Institute of Economic and Social
Research"), even where it ends in a word a plan's name ends in ("Commission for Development
and Reform"); two bodies joined, or a law named after a body, stay apart. All sentences
invented."""

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


def test_portfolio_of_two_words_past_and_is_one_body() -> None:
    found = names("The Northfield Institute of Economic and Social Research said growth "
                  "would slow, and the Welsh College of Further and Higher Education "
                  "closed two campuses.")
    assert "Northfield Institute of Economic and Social Research" in found
    assert "Welsh College of Further and Higher Education" in found
    assert not found & {"Social Research", "Higher Education", "Northfield Institute of "
                        "Economic", "Welsh College of Further"}


def test_portfolio_ending_in_reform_or_policy_is_a_body() -> None:
    found = names("An official at the Harbin Municipal Commission for Development and "
                  "Reform said fares would rise; the Centre for Fiscal Policy disagreed.")
    assert "Harbin Municipal Commission for Development and Reform" in found
    assert "Centre for Fiscal Policy" in found


def test_a_law_or_a_plan_named_like_a_portfolio_is_no_actor() -> None:
    found = names("Parliament passed the Bank of Freedonia Act, and the minister "
                  "unveiled a Plan for Reform.")
    assert not any(name.endswith(("Act", "Reform")) for name in found)


def test_a_second_body_after_and_stays_apart() -> None:
    found = names("The Bank of England and Treasury officials met on Monday.")
    assert "Bank of England" in found
    assert not any("and Treasury" in name for name in found)


def roles(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {actor.name: (actor.role, actor.affiliation) for actor in actors(text)
            if actor.kind == "person"}


def test_post_before_an_honorific_is_the_role() -> None:
    found = roles("Ruritania's Trade Minister Sir Anton Velk said the duties would stay. "
                  "Velkor Pharma executive chairman Dr Maria Osk welcomed the ruling, and "
                  "Home Office minister Baroness Ashdown said nothing.")
    assert found["Anton Velk"] == ("Trade Minister", "Ruritania")
    assert found["Maria Osk"] == ("executive chairman", "Velkor Pharma")
    assert (found.get("Ashdown", (None, None))[0] or "").endswith("minister")


def test_an_honorific_alone_gives_no_role() -> None:
    found = roles("The report was written by Sir Anton Velk and Dr Maria Osk.")
    assert found["Anton Velk"][0] is None and found["Maria Osk"][0] is None


def test_models_counted_and_listed_before_their_kind_are_products() -> None:
    found = names("The regulator widened its probe after the recall of 4.2 million "
                  "Trailmax, Trailmax II and Ridgeway XT tyres, most of them fitted on "
                  "Ford Ranger pickups.")
    assert not found & {"Trailmax", "Trailmax II", "Ridgeway XT", "Ford Ranger"}


def test_makers_counted_or_listed_stay_actors() -> None:
    found = names("Qantas bought 40 Boeing, Airbus and Embraer jets, and Ford Motor "
                  "vehicles sold well.")
    assert {"Boeing", "Airbus", "Embraer"} <= found
    assert "Ford Motor" in found


def test_a_makers_unit_before_a_relative_clause_stays_a_body() -> None:
    found = names("Paul Reed, chief executive of BT Wholesale which provides phone lines, "
                  "said demand was strong.")
    assert "BT Wholesale" in found


def affiliations(text: str) -> dict[str, str | None]:
    return {actor.name: actor.affiliation for actor in actors(text)}


def test_a_body_of_the_state_named_next_is_that_states() -> None:
    found = affiliations("Multi-brand retailers, such as Zentrol of the US and Britain's "
                         "Tesco, remain barred, and Marvo of the Netherlands is waiting.")
    assert found["Zentrol"] == "United States"
    assert found["Marvo"] == "Netherlands"


def test_a_season_or_region_after_of_the_gives_no_country() -> None:
    found = affiliations("Ministers will introduce a bill for Velorail in the Spring, and "
                         "Kestrel Holdings of the West Country welcomed it.")
    assert found.get("Velorail") is None and found.get("Kestrel Holdings") is None


def test_two_posts_of_one_person_joined_by_and() -> None:
    found = roles("Velkor Motors chairman and chief executive Ann Vey said sales rose. "
                  "Kestrel Oil said it could not pay. The company's founder and former "
                  "chief executive, Ivan Lodz, is in jail.")
    assert found["Ann Vey"] == ("chairman and chief executive", "Velkor Motors")
    assert found["Ivan Lodz"][0] == "founder and former chief executive"


def test_a_states_posts_joined_are_two_people() -> None:
    found = roles("Talks between the chancellor and foreign minister Karl Brenner ended, "
                  "as did those of the president and Prime Minister Anna Berg.")
    assert found["Karl Brenner"][0] == "foreign minister"
    assert found["Anna Berg"][0] == "Prime Minister"


def test_a_possessed_post_inside_a_clause_closed_by_the_name() -> None:
    found = roles("The deal followed talks with China's Minister of Foreign Trade, Li Wen. "
                  "He told Japan's trade minister, Kenji Oda, that quotas would stay.")
    assert found["Li Wen"] == ("Minister of Foreign Trade", "China")
    assert found["Kenji Oda"] == ("trade minister", "Japan")


def test_a_members_chair_after_the_party_tag_joins_the_title() -> None:
    found = roles("In Congress, Sen. Jo Harlan, R-Ariz., chairman of the Senate Commerce "
                  "Committee, said he would introduce legislation.")
    role, affiliation = found["Jo Harlan"]
    assert role is not None and role.startswith("Sen.")
    assert "chairman of the Senate Commerce Committee" in role
    assert affiliation == "United States"


def test_an_agencys_administrator_is_a_post() -> None:
    found = roles("NHTSA administrator Sue Bailey said the agency had asked for a recall.")
    assert found["Sue Bailey"][0] == "administrator"


def test_a_place_based_post_after_the_name_is_a_persons_role() -> None:
    # ("Bismarck" is a city: the post in apposition says whose name it is)
    found = roles('"Some will fail," said Bismarck Okafor, a Lagos-based economist.')
    assert found["Bismarck Okafor"][0] == "economist"


def test_a_strain_or_a_variant_named_before_its_kind_is_no_actor() -> None:
    found = names("Tests showed the virus was the H7N3 strain, and cases of the Omicron "
                  "variant rose.")
    assert not found & {"H7N3", "Omicron"}
