"""Actor names of the twenty-ninth session (GUIDELINES 2.1, 2.3): a firm named by a demonym
and its trade's noun ("Scottish Power", "British Gas") is one organization, not a person
"Power" nor nothing; a demonym before anything else is still no part of a name. All
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


def test_demonym_and_a_utility_noun_name_one_firm() -> None:
    found = kinds("Shares in Caledonian Holdings rose after Scottish Power said it would "
                  "sell its stake, while Welsh Water raised its bills by 4%.")
    assert found.get("Scottish Power") == "organization"
    assert found.get("Welsh Water") == "organization"
    assert "Power" not in found and "Water" not in found


def test_demonym_firm_opening_a_sentence_is_kept_whole() -> None:
    found = kinds("British Gas will raise its prices by 12% from March. Irish Ferries "
                  "said it would cut 400 jobs on its Dublin route.")
    assert found.get("British Gas") == "organization"
    assert found.get("Irish Ferries") == "organization"
    assert "Ferries" not in found


def test_demonym_before_other_words_is_still_dropped() -> None:
    found = kinds("Irish farmers protested in Dublin, and British ministers met Spanish "
                  "fishermen in Vigo.")
    assert not any(name.startswith(("Irish", "British", "Spanish")) for name in found)


def test_a_forum_is_a_body_whether_it_speaks_or_meets() -> None:
    found = kinds("The Global Harbour Forum said shipping rates would fall. Ministers met "
                  "at the Northern Trade Forum in Tromso on Friday.")
    assert found.get("Global Harbour Forum") == "organization"
    assert found.get("Northern Trade Forum") == "organization"


def test_a_forums_initials_stay_its_name_and_a_mechanisms_do_not() -> None:
    found = kinds("The Freedonian Timber Forum (FTF) is worried. FTF said exports would fall. "
                  "The Border Carbon Mechanism (BCM) starts in 2027.")
    assert "Freedonian Timber Forum" in found or "FTF" in found
    assert "BCM" not in found and "Border Carbon Mechanism" not in found


def affiliations(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {actor.name: (actor.role, actor.affiliation) for actor in actors(text)
            if actor.kind == "person"}


def test_the_countrys_minister_in_an_apposition_serves_the_country_named_last() -> None:
    found = affiliations("Moldova has banned imports of Georgian wine. The country's "
                         "economy minister, Ion Cebotari, said the ban would stay.")
    assert found["Ion Cebotari"] == ("economy minister", "Moldova")


def test_the_states_attorney_general_serves_the_state_named_last() -> None:
    found = affiliations("The merger also faces a challenge from Oregon. The state's "
                         "attorney general, Ruth Ellison, warned she would go to court.")
    assert found["Ruth Ellison"] == ("attorney general", "Oregon")


def test_a_person_named_as_a_states_serves_it_when_nothing_else_is_told() -> None:
    found = affiliations("The accord was signed by Paraguay's Santiago Pena and Uruguay's "
                         "Luis Lacalle Pou in Montevideo.")
    assert found["Santiago Pena"] == (None, "Paraguay")
    assert found["Luis Lacalle Pou"] == (None, "Uruguay")


def test_a_states_possessive_does_not_outrank_a_told_employer() -> None:
    found = affiliations("Russia's Oleg Markin, the chief executive of Volgatrans, said "
                         "the company would appeal.")
    assert found["Oleg Markin"][1] != "Russia"


def test_a_state_title_after_an_opening_capital_is_that_states() -> None:
    found = affiliations("Farmers in Montana blocked the trucks. In Ottawa, Trade Minister "
                         "Marie Lachance called the blockade illegal.")
    assert found["Marie Lachance"] == ("Trade Minister", "Canada")
    # a title with no capital before it keeps the article's own state
    found = affiliations("In 2003, Trade Minister Marie Lachance called the blockade illegal.")
    assert found["Marie Lachance"][1] != "Canada"


def test_what_is_produced_or_launched_is_a_product() -> None:
    found = kinds("Halvard Motors will pause production of the Harrier Crest at its plant "
                  "in Windsor. The launch of the Zentrix Z9 was delayed, the firm said.")
    assert "Harrier Crest" not in found and "Zentrix Z9" not in found
    assert found.get("Windsor") == "place"


def test_trade_pacts_ending_in_partnership_are_no_actors() -> None:
    found = kinds("Vietnam joined the Pacific Rim Economic Partnership in 2022, and talks on "
                  "the Transatlantic Trade and Investment Partnership stalled.")
    assert not any("Partnership" in name for name in found)
    assert found.get("Vietnam") == "country"


def test_a_firm_named_partnership_stays_a_firm() -> None:
    found = kinds("The Harbour Lane Investment Partnership bought the restaurant chain.")
    assert "Harbour Lane Investment Partnership" in found


def test_a_trade_noun_before_a_name_makes_it_a_firm() -> None:
    found = kinds("Danish processor Kvist said it had halted new orders, and Italian utility "
                  "Corvella said it would bid.")
    assert found.get("Kvist") == "organization"
    assert found.get("Corvella") == "organization"


def test_peoples_named_in_the_plural_are_no_actors() -> None:
    found = kinds("Most of the Malays in the state are Muslims, and the Rohingya fled to "
                  "Bangladesh, where Zulus and Boers were never seen.")
    assert not ({"Malays", "Rohingya", "Zulus", "Boers"} & set(found))
    assert found.get("Bangladesh") == "country"


def test_under_secretary_is_one_title() -> None:
    found = affiliations("Rafael Ortiz, the under secretary of commerce for industry, said "
                         "the rule was final. Under Secretary Mina Okafor agreed.")
    assert found["Rafael Ortiz"][0] == "under secretary of commerce for industry"
    assert found["Mina Okafor"][0] == "Under Secretary"
    # "served under Secretary X": a preposition, no part of the title
    found = affiliations("He served under Secretary Donald Hale for two years.")
    assert found["Donald Hale"][0] == "Secretary"


def test_irish_state_titles_are_titles() -> None:
    found = affiliations("DUBLIN - Ireland's budget was fair, Taoiseach Enda Quinlan said. "
                         "The Tanaiste, Aoife Brennan, agreed.")
    assert found["Enda Quinlan"] == ("Taoiseach", "Ireland")
    assert found["Aoife Brennan"] == ("Tanaiste", "Ireland")


def test_comptroller_ombudsman_whip_and_mufti_are_titles() -> None:
    found = affiliations("Ohio State Comptroller Dana Whitley said so, and Chief Whip Rhona "
                         "Kerr agreed. The energy ombudsman, Tomas Lind, disagreed.")
    assert found["Dana Whitley"][0] == "State Comptroller"
    assert found["Rhona Kerr"][0] == "Chief Whip"
    assert found["Tomas Lind"][0] == "energy ombudsman"


def test_said_its_director_general_after_a_quote() -> None:
    found = affiliations("The Harbour Traders Federation said the ban would fail. \"This is "
                         "not the answer,\" said its director general, Mara Quist.")
    assert found["Mara Quist"] == ("director general", "Harbour Traders Federation")


def test_the_foundations_or_associations_post_is_its() -> None:
    found = affiliations("The Northern Growers Association objected. \"Buyers will pay "
                         "more,\" said Ilse Brandt, the association's secretary-general. The "
                         "Lakeside Heritage Foundation agreed; the foundation's chairman, "
                         "Owen Price, said so.")
    assert found["Ilse Brandt"] == ("secretary-general", "Northern Growers Association")
    assert found["Owen Price"] == ("chairman", "Lakeside Heritage Foundation")


def test_a_name_before_a_post_in_apposition_is_a_person() -> None:
    # ("Moriyama" is a town too: the words alone made it a body)
    found = affiliations("Kenji Moriyama, Japan's chief trade negotiator, called the decision "
                         "regrettable.")
    assert found["Kenji Moriyama"] == ("chief trade negotiator", "Japan")
    assert kinds("Zentrix, Japan's largest chipmaker, said so.").get("Zentrix") == "organization"


def test_a_regions_minister_is_the_regions() -> None:
    found = affiliations("Manitoba's agriculture minister, Ruth Olsen, said so, and Dale "
                         "Moss, Alberta's trade minister, agreed.")
    assert found["Ruth Olsen"] == ("agriculture minister", "Manitoba")
    assert found["Dale Moss"] == ("trade minister", "Alberta")


def test_its_post_in_an_apposition_after_the_name_is_the_bodys() -> None:
    found = affiliations("The Coastal Wind Association warned of cheap imports. \"Prices "
                         "are far too low,\" said Hana Berg, its director of industrial "
                         "affairs. \"It must stop,\" Otto Lang, its chairman added.")
    assert found["Hana Berg"] == ("director of industrial affairs", "Coastal Wind Association")
    assert found["Otto Lang"][0] == "chairman"


def org_affiliations(text: str) -> dict[str, str | None]:
    return {actor.name: actor.affiliation for actor in actors(text)
            if actor.kind == "organization"}


def test_a_body_told_to_be_in_a_city_is_of_that_citys_country() -> None:
    found = org_affiliations(
        "\"It is a pause,\" said Ana Ruiz, an economist at Kestrel Ridge Capital in Toronto. "
        "Borovo Trust Bank and Alatau Commerce Bank, both based in Bishkek, processed the "
        "payments, and Mumbai-based Saltwind Maritime Pvt Ltd managed the tankers.")
    assert found["Kestrel Ridge Capital"] == "Canada"
    assert found["Borovo Trust Bank"] == "Kyrgyzstan"
    assert found["Alatau Commerce Bank"] == "Kyrgyzstan"
    # (where the text places it outranks a region's name among its words: Maritime, Togo)
    assert found["Saltwind Maritime Pvt Ltd"] == "India"


def test_a_text_ending_in_under_after_a_name_does_not_raise() -> None:
    assert "John Smith" in kinds("Talks went on with John Smith, under")
    assert "John Smith" in kinds("John Smith, the under")


def test_a_seat_of_government_in_a_role_gives_its_state() -> None:
    # (2.7: a person in a state's service is of that state, the seat naming the service)
    found = affiliations("Downing Street media chief Rhys Owen said the talks would go on. "
                         "White House trade adviser Cal Bremer agreed.")
    assert found["Rhys Owen"] == ("media chief", "United Kingdom")
    assert found["Cal Bremer"] == ("trade adviser", "United States")


def test_an_american_post_in_another_states_story_is_american() -> None:
    found = affiliations("OTTAWA - Canada imposed duties on steel on Monday, and Canadian "
                         "officials said talks with the United States would go on. Deputy "
                         "Trade Representative Mara Ellis said Washington was ready to act.")
    assert found["Mara Ellis"] == ("Deputy Trade Representative", "United States")
    # Britain's "Secretary of State for ..." is no American post
    found = affiliations("LONDON - Britain and the United States agreed a deal. The Secretary "
                         "of State for Trade, Alan Greer, welcomed it.")
    assert found["Alan Greer"] == ("Secretary of State for Trade", "United Kingdom")


def test_a_bodys_word_in_lower_case_before_a_title_is_the_posts() -> None:
    found = affiliations("Cuba's parliament speaker, Rosa Valdes, said the rules were unjust.")
    assert found["Rosa Valdes"] == ("parliament speaker", "Cuba")
    # capitalized, the body is named: it stays an actor and out of the post
    assert "Senate" in kinds("Senate Majority Leader Tom Hale said so.")


def test_a_bare_spokesman_speaks_for_the_subject_of_the_sentence_before() -> None:
    found = affiliations("The Kremlin dismissed the new package. \"We have grown used to "
                         "sanctions,\" spokesman Pavel Orlov said.")
    assert found["Pavel Orlov"] == ("spokesman", "Russia")
    found = affiliations("Zentrix Corp denied the report. A spokeswoman, Lena Holm, said the "
                         "plant would stay open.")
    assert found["Lena Holm"][1] == "Zentrix Corp"
