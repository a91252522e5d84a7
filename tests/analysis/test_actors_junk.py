"""What is not an actor (GUIDELINES 2.1, 2.3): titles of works, products, projects and
provisions, named laws and lists, regional adjectives and policy phrases, currencies,
unnamed descriptions; and squares and streets, which are places. One positive and one
negative sentence per rule, all invented."""

from __future__ import annotations

import re

from newsdesk.analysis.actors import build_actors
from newsdesk.analysis.entities import find_entities
from newsdesk.analysis.model import Actor
from newsdesk.analysis.sentences import split_sentences


def actors(text: str) -> list[Actor]:
    sentences = split_sentences(text)
    return build_actors(text, sentences, find_entities(text, sentences))


def names(text: str) -> set[str]:
    return {actor.name for actor in actors(text)}


def kinds(text: str) -> dict[str, str]:
    return {actor.name: actor.kind for actor in actors(text)}


# -- titles of reports and other works ------------------------------------------------------

def test_title_case_function_word_makes_a_work_title():
    text = "Zentrix published a study, From Boom To Bust, on Monday. Karl Brenner read it."
    assert "From Boom To Bust" not in names(text) and "Boom To Bust" not in names(text)
    assert "Karl Brenner" in names(text)


def test_a_body_named_with_a_capital_preposition_stays():
    text = "Jo Park of the League Against Cruel Racing said hunting must end."
    assert "League Against Cruel Racing" in names(text)


def test_quoted_phrase_after_report_is_a_title():
    text = 'The ministry released a report, "Harvest Moon", on grain prices in Chile.'
    assert "Harvest Moon" not in names(text)
    assert "Chile" in names(text)


def test_quoted_name_without_a_work_word_stays():
    text = 'Protesters chanted outside "Zentrix Holdings" in Lyon on Friday.'
    assert "Zentrix Holdings" in names(text)


def test_phrase_after_titled_is_a_title():
    text = "A paper titled Silent Harbours warned of overfishing near Norway."
    assert not {"Silent Harbours", "Harbours"} & names(text)
    assert "Norway" in names(text)


# -- products, projects, provisions ---------------------------------------------------------

def test_name_with_a_model_number_is_a_product():
    text = "Pilots flew the Zentrix Skyliner 990 and the Orvane X200 over Lyon."
    found = names(text)
    assert not {"Zentrix Skyliner", "Zentrix", "Orvane", "Orvane X200"} & found
    assert "Lyon" in found


def test_a_year_or_a_score_after_a_name_is_no_model():
    assert "Karl Brenner" in names("Karl Brenner 2024 was a good year, said the coach.")
    table = "Standings:\nStrelsau Rovers 3 2 1 0\nZenda United 3 1 1 1\n"
    assert any("Rovers" in name for name in names(table))


def test_project_operation_section_and_chapter_are_no_actors():
    text = ("Project Lighthouse and Operation Sea Shield began after Zentrix filed for Chapter "
            "11 and Section 232 duties applied in Chile.")
    found = names(text)
    assert not {"Lighthouse", "Project Lighthouse", "Sea Shield", "Chapter", "Section"} & found
    assert "Chile" in found


def test_a_person_named_like_a_provision_word_is_kept():
    assert "Ana Section" not in names("Chapter two of the book was written by Ana Costa.")
    assert "Ana Costa" in names("Chapter two of the book was written by Ana Costa.")


# -- named laws, lists, programmes -----------------------------------------------------------

def test_rules_lists_registers_and_directives_are_no_actors():
    text = ("Exports fall under the Widget Export Rules, firms on the Denied Parties Register "
            "and the Entity List face checks, and the Battery Directive and the Trade Regulation "
            "apply from May, the Clean Ports Programme too.")
    assert names(text) == set()


def test_the_acronyms_of_common_things_are_no_actors():
    text = ("Sales of PCs, DVDs and MP3 players rose, the R&B singer said, and an MP warned "
            "that HIV spreads. Acme sells the CD by SMS.")
    assert names(text) - {"Acme"} == set()
    # awards, consoles and the election are things too
    text = ("The film won an Oscar and two Baftas before the General Election. The Xbox and "
            "the PlayStation sold well.")
    assert names(text) == set()


def test_an_abbreviation_given_with_or_for_a_term_is_no_actor():
    # "X, or ABC," as "X (ABC)": a mechanism's abbreviation, and a unit spelled out after it
    text = ("Under the Carbon Border Adjustment Mechanism, or CBAM, importers report. CBAM "
            "covers steel. The threshold rises to 6,500 MTOPS, or millions of theoretical "
            "operations per second.")
    assert names(text) == set()
    # a body's stays, a mention of the body
    found = actors("The Food Standards Agency, or FSA, said so. The FSA agreed.")
    assert [(a.name, [m.text for m in a.mentions]) for a in found] == [
        ("Food Standards Agency", ["Food Standards Agency", "FSA", "FSA"])]


def test_named_charges_taxes_and_curbs_are_no_actors():
    text = ("Acme must pay the Core Technology Fee and the Ruritanian Digital Services Tax, "
            "while the Strelsau Congestion Charge and the Widget Quota stay. Mr Fee said so.")
    assert names(text) - {"Acme"} == {"Fee"}


def test_a_body_whose_name_ends_in_an_org_word_stays():
    text = "The Export Rules Committee met the Harbour Authority in Lyon."
    found = names(text)
    assert "Export Rules Committee" in found and "Harbour Authority" in found


# -- regional adjectives, policy phrases -------------------------------------------------------

def test_regional_adjectives_and_policy_phrases_are_no_actors():
    text = ("Eastern markets fell. Middle Eastern buyers waited. The Developing World needs "
            "help, Industrial Policy advocates said.")
    assert names(text) == set()


def test_a_region_that_is_a_place_stays():
    assert kinds("Exports to East Asia and Latin America rose.") == {
        "East Asia": "place", "Latin America": "place"}


# -- places ------------------------------------------------------------------------------------

def test_squares_streets_and_buildings_are_places():
    found = kinds("Protesters gathered in Liberty Square and marched to Harbour Street.")
    assert found == {"Liberty Square": "place", "Harbour Street": "place"}
    # bases, dams and bridges too
    found = kinds("The land lies near Ostrova Air Force Base, below the Kessel Dam and the "
                  "Varna Bridge.")
    assert set(found.values()) == {"place"}, found


def test_a_person_with_a_street_word_as_surname_is_still_a_person():
    assert kinds("John Street said the talks would resume.") == {"John Street": "person"}


# -- name boundaries ---------------------------------------------------------------------------

def test_charity_keeps_its_religious_adjective():
    found = kinds("The charity Orthodox Aid said it would feed 3,000 families.")
    assert found == {"Orthodox Aid": "organization"}


def test_a_demonym_before_an_ordinary_word_is_dropped():
    assert names("Orthodox believers gathered in Lyon.") == {"Lyon"}


def test_currency_code_is_no_country():
    text = "Zentrix Holdings paid US$80 million, or C$100 million, for the unit."
    assert "United States" not in names(text)
    assert "United States" in names("Zentrix Holdings paid US regulators a fine.")


# -- descriptions and plurals ------------------------------------------------------------------

def test_capitalized_head_alone_with_no_body_named_is_no_actor():
    text = 'Officials spoke of "a dispute between the Federation and one of its firms".'
    assert "Federation" not in names(text)


def test_capitalized_head_alone_joins_the_body_named_before():
    text = ("The Harbour Commission fined Zentrix Holdings. The Commission said the fine "
            "would rise.")
    commission = next(a for a in actors(text) if a.name == "Harbour Commission")
    assert [m.text for m in commission.mentions] == ["Harbour Commission", "Commission"]


def test_sentence_opening_plural_that_is_also_a_surname_is_no_person():
    assert "Banks" not in names("Banks in Chile will be able to sell shares to foreigners.")
    # a person the article names so keeps it: a mention of Ivy Banks
    ivy = next(a for a in actors("Ivy Banks spoke first. Banks said the rules were clear.")
               if a.name == "Ivy Banks")
    assert (ivy.kind, [m.text for m in ivy.mentions]) == ("person", ["Ivy Banks", "Banks"])


def test_sentence_opening_noun_that_is_also_a_surname_is_no_person():
    text = ("Wine accounts for a tenth of Ruritania's exports. Copper makes up a fifth. "
            "Cotton grows along the coast.")
    assert not {"Wine", "Copper", "Cotton"} & set(names(text))
    # the article gives it as a surname, or the word opens a longer name: kept
    ivy = actors("Ivy Cotton spoke first. Cotton grows tired of the rules.")
    assert [[m.text for m in a.mentions] for a in ivy] == [["Ivy Cotton", "Cotton"]]
    people = actors("Lord of the Rings director Peter Jackson has said he will film it.")
    assert [(a.name, a.role) for a in people if a.kind == "person"] == [
        ("Peter Jackson", "Rings director")]


# -- groups ------------------------------------------------------------------------------------

def test_counted_group_named_before_or_approximate_or_listed_is_no_group():
    text = ("Zentrix Holdings and Orvane Holdings were fined; the two companies appealed. "
            "Almost 30 wealthy nations pay subsidies. Two airlines - Zentrix Air and Orvane "
            "Air - cancelled flights.")
    assert [a for a in actors(text) if a.kind == "group"] == []


def test_a_counted_group_with_a_regional_adjective_is_a_group():
    text = "The central bank licensed three Middle Eastern groups to open branches."
    groups = [(a.name, [m.text for m in a.mentions]) for a in actors(text) if a.kind == "group"]
    assert groups == [("Middle Eastern groups", ["three Middle Eastern groups"])]


# -- why ---------------------------------------------------------------------------------------

def test_every_actor_says_why_it_was_kept():
    text = ("Chilean Finance Minister Ana Costa met Zentrix Holdings in Lyon; 14 Chilean banks "
            "and the Harbour Commission joined them.")
    for actor in actors(text):
        assert actor.why is not None
        for part in actor.why.split("; "):
            assert re.fullmatch(r"actor\.[a-z-]+: '[^']{1,50}'", part), part


# -- laws named with "and", their abbreviations, chip models, seats ----------------------------

def test_a_law_with_and_in_its_name_and_its_abbreviation_are_no_actors():
    text = ("Lyon invoked the Ports and Harbours Act (PHA), and the Belt and Road Initiative "
            "continues, under the Foreign Direct Product Rule.")
    assert names(text) == {"Lyon"}


def test_two_bodies_joined_by_and_stay_two_actors():
    text = ("Zentrix Holdings and Orvane signed the Harbour Accord with the World Trade "
            "Organization (WTO).")
    found = names(text)
    assert {"Zentrix Holdings", "Orvane", "World Trade Organization"} <= found


def test_a_chip_model_before_a_noun_is_a_product():
    assert names("Zentrix Holdings may not sell its H20 chips or A320 jets in Chile.") == {
        "Zentrix Holdings", "Chile"}


def test_a_model_like_code_before_a_verb_stays():
    assert "P55" in names("In Lyon, P55 said it would appeal.")


def test_a_seat_that_acts_is_its_country_and_a_visited_seat_a_place():
    found = actors("The Kremlin said talks would resume. Envoys met at the Kremlin.")
    assert [(a.name, a.kind, len(a.mentions)) for a in found] == [
        ("Russia", "country", 1), ("Kremlin", "place", 1)]
    assert [(a.name, a.kind) for a in actors("Brussels warned Lima on Friday.")][0] == (
        "European Union", "organization")
    # a headline's present tense: "Brussels opens probe"
    for title in ("Brussels opens probe into Chinese tyre imports",
                  "Moscow lifts ban on Georgian wine"):
        assert actors(title)[0].kind != "place", title
    assert actors("Record crowds in Brussels hits shops")[0].kind == "place"


def test_a_list_whose_first_part_has_several_words_is_no_actor():
    text = ("The agency put Zentrix on the Restricted Trading Parties and Blocked Vessels "
            "Register on Monday.")
    assert names(text) == {"Zentrix"}


def test_a_name_of_several_words_before_programme_is_no_actor():
    text = "The Silver Shield programme was discussed in Strelsau. The Acme project stalled."
    found = names(text)
    assert "Silver Shield" not in found and "Acme" in found


def test_a_programme_named_with_its_abbreviation_is_no_actor():
    text = ("Ruritania objects to the Overseas Trading Corporation (OTC) scheme, and to the "
            "Silver Shield (SSI) programme. The Acme Corporation (ACC) said it would appeal.")
    found = names(text)
    assert not found & {"Overseas Trading Corporation", "OTC", "Silver Shield", "SSI"}, found
    assert "Acme Corporation" in found


def test_later_mentions_of_a_term_abbreviation_are_no_actor_either():
    text = ("Strelsau launched its Networked & Digital Media (NDM) initiative. The NDM approach "
            "is broad, and NDM encompasses radio. Ruritania cut its use of liquefied natural gas "
            "(LNG), and LNG prices fell.")
    assert not names(text) & {"NDM", "LNG", "Networked & Digital Media"}, names(text)
    # a body's abbreviation stays a body, and a currency code does not make "US" a term
    text = "The Strelsau Trade Forum (STF) met. The STF said profits were US$42m. US firms agreed."
    assert {"STF", "United States"} <= names(text) or {"Strelsau Trade Forum",
                                                       "United States"} <= names(text)


def test_a_title_in_capitals_before_a_capitalized_word_is_an_acronym_ending_a_sentence():
    sentences = split_sentences("The drug helps patients with MS. Final approval is near. "
                                "MR. SMITH said so. Mr. Smith agreed.")
    assert len(sentences) == 4
    assert "Final" not in names("The drug helps patients with MS. Final approval is near.")


def test_regional_adjectives_joined_name_no_actor():
    text = "Ministers said Latin American and North American exporters would gain."
    assert names(text) == set()
    # A body named with a regional word is still a body.
    assert "North American Steel Council" in names(
        "The North American Steel Council and Ecuador said exporters would gain.")


def test_the_plural_of_a_kind_of_firm_is_no_actor():
    assert names("Chipmakers fell sharply on Monday.") == set()
    assert names("Reinsurers said claims would rise.") == set()
    assert "Drugmakers Inc" in names("Shares in Drugmakers Inc rose.")


def test_names_listed_after_companies_such_as_are_companies():
    found = kinds("Companies such as JSR and Stella Chemifa will have 60 days to apply.")
    assert found == {"JSR": "organization", "Stella Chemifa": "organization"}
    found = kinds("Carmakers including Toyota, Honda and Stella Motors fell.")
    assert found["Stella Motors"] == "organization"
    # People listed after a word for people stay people.
    assert kinds("Leaders such as Anna Berg and John Smith met.")["John Smith"] == "person"


def test_a_participle_opening_a_sentence_is_no_name():
    assert names("Parboiled rice and basmati rice are not covered by the ban.") == set()
    assert names("Hammered exporters asked for help.") == set()
    assert kinds("Mohammed said the talks had failed.") == {"Mohammed": "person"}


def test_the_states_set_occasions_are_no_actors():
    assert names("In his Budget on Wednesday, the chancellor cut stamp duty.") == set()
    assert names("The Queen's Speech will set out the bills.") == set()
    assert "Budget Office" in names("The Budget Office said so.")


def test_a_party_named_by_its_members_is_the_party():
    assert kinds("The Conservatives said the cuts were a gimmick.") == {
        "Conservative Party": "organization"}


def test_a_named_law_is_no_actor():
    assert names("Lawmakers will repeal the Jackson-Vanik amendment this year.") == set()
    assert names("The Leahy amendment bars aid.") == set()
    # A country before a word for a law is still the country ("US law").
    assert names("US law bars the sale.") == {"United States"}


def test_a_laws_name_running_on_past_a_small_word_is_no_actor():
    text = ("The Protecting Americans from Foreign Adversary Controlled Applications Act"
            " required Acme Holdings to sell its unit.")
    assert names(text) == {"Acme Holdings"}
    assert "Bank of England" in names("The Bank of England said so.")


def test_names_inside_a_descriptive_compound_are_no_actors():
    assert names("A Cold War-era trade restriction stays.") == set()
    assert names("A New York-based group said so.") == set()
    # A hyphenated given name is a name; a name joined by "and" keeps its own.
    assert "Kang Young-hoon" in names("The minister met Kang Young-hoon on Monday.")
    assert "Chechnya" in names("Fighting in Chechnya and Moscow-backed forces went on.")


def test_a_dateline_of_two_ordinary_words_that_name_a_place_is_the_place():
    # "new" and "york" are each everyday words; together they name the city.
    assert kinds("NEW YORK (Reuters) - The court blocked most tariffs.") == {
        "NEW YORK": "place", "Reuters": "organization"}


def test_a_bodys_name_holds_its_and():
    assert names("The Food and Drink Federation said so.") == {"Food and Drink Federation"}
    assert "Securities and Exchange Commission" in names(
        "The Securities and Exchange Commission fined the firm.")
    assert names("Ford and General Motors said so.") == {"Ford", "General Motors"}


def test_the_abbreviation_a_tax_is_known_by_is_no_actor():
    assert names("The industrial products tax, known as IPI, will rise.") == set()
    assert "ELN" in names("A rebel group known as ELN said so.")
    # (the fund the gazetteer knows by its full name)
    assert names("The rescue fund, known as ESM, will lend.") == {"European Stability Mechanism"}


def test_a_plural_possessive_inside_a_bodys_name_keeps_it_whole():
    assert kinds("The National Farmers' Union said so.") == {
        "National Farmers' Union": "organization"}


def test_a_bodys_name_runs_on_past_for_the():
    assert names("Officials said the Committee for the Implementation of Textile Agreements"
                 " would examine imports.") == {
        "Committee for the Implementation of Textile Agreements"}


def test_a_bodys_portfolio_goes_on_past_and():
    assert "Ruritanian Association of Seafood Exporters and Producers" in names(
        "The Ruritanian Association of Seafood Exporters and Producers said it would appeal.")
    assert "Guildhall School of Speech and Drama" in names(
        "She trained at the Guildhall School of Speech and Drama in London.")
    # a second body after "and" stays apart
    assert {"Ministry of Finance", "Zentrix Holdings"} <= names(
        "The Ministry of Finance and Zentrix Holdings signed the deal.")


def test_a_known_name_opening_a_sentence_keeps_its_first_word():
    assert "Customs and Border Protection" in names(
        "Customs and Border Protection said parcels would pay the duty.")
    assert "Banks" not in names("Banks in Freedonia will be able to sell shares.")


def test_a_known_body_with_a_possessive_inside_stays_whole():
    found = actors("The People's Bank of China said the yuan would float. Later the "
                   "National People’s Congress approved the plan.")
    assert {(a.name, a.affiliation) for a in found if a.kind == "organization"} == {
        ("People's Bank of China", "China"), ("National People's Congress", "China")}


def test_a_place_inside_a_treatys_name_is_no_actor():
    from newsdesk.analysis.actors import build_actors
    from newsdesk.analysis.entities import find_entities
    from newsdesk.analysis.sentences import split_sentences

    def names(text: str) -> set[str]:
        sentences = split_sentences(text)
        return {a.name for a in build_actors(text, sentences, find_entities(text, sentences))}

    assert "Kyoto" not in names("The Kyoto Protocol comes into force on Wednesday.")
    assert "Kyoto" not in names("Britain backs the Kyoto treaty on climate change.")
    assert "Kyoto" in names("On the outskirts of Kyoto, farmers grow rice.")


def test_a_name_inside_a_products_model_name_is_no_actor():
    from newsdesk.analysis.actors import build_actors
    from newsdesk.analysis.entities import find_entities
    from newsdesk.analysis.sentences import split_sentences

    def mentions(text: str) -> dict[str, int]:
        sentences = split_sentences(text)
        found = build_actors(text, sentences, find_entities(text, sentences))
        return {a.name: len(a.mentions) for a in found}

    assert "National Hockey League" not in mentions("ESPN's NHL 2K5 game sold well.")
    assert "EOS" not in mentions("The camera maker's EOS 300D sold well.")
    assert mentions("ESPN's NHL 2K5 game sold well, the NHL said.").get(
        "National Hockey League") == 1
    # A network's generation and a group of states are no models; scores are no models.
    assert "Isle of Man" in mentions("Vodafone launched its Isle of Man 3G network.")
    assert "Essex" in mentions("Essex 532 and 212 for six; Kent replied with 301.")


def test_a_model_code_after_a_determiner_is_a_product():
    assert "A350" not in names("Acme will seek aid from Spain and France for the A350 later.")
    assert "X200" not in names("Zentrix said the X200 would be late.")
    # Groups named so keep their names: two digits, or a gazetteer name.
    assert "Group of 20" in names("The G20 said the deal would hold.")


def test_an_unknown_acronym_after_a_nationality_names_a_trade():
    assert names("Two Chinese GPU designers, Acme Technology and Zentrix Labs, were"
                 " listed.") == {"Acme Technology", "Zentrix Labs"}
    assert "ZTX" in names("Chinese ZTX officials said so.")


def test_a_place_that_names_a_treaty_in_the_article_modifies_as_the_treaty():
    text = ("Freedonia sets date for Kyoto decision\n\nFreedonia will decide whether to ratify"
            " the Kyoto Protocol. Kyoto targets are hard.")
    assert "Kyoto" not in names(text)
    assert "Kyoto" in names("The talks in Kyoto ended. Kyoto officials said so.")


def test_plural_words_for_people_of_a_trade_are_no_actors():
    assert names("Steelmakers had asked Ruritania for a tariff.") <= {"Ruritania"}
    assert names("Bailiffs have frozen the company's assets.") == set()
    # A name that holds such a word with a body's word stays.
    assert "Steelmakers Association" in names("The Steelmakers Association said so.")


def test_a_name_after_city_of_is_a_place():
    assert kinds("Unrest broke out in the eastern city of Andijan.")["Andijan"] == "place"
    # Not in "the state of Acme's finances".
    assert kinds("Banks knew the true state of Zentrix's finances, Zentrix said.").get(
        "Zentrix") != "place"


def test_economic_aggregates_are_no_actors():
    assert names("Ruritania's GDP grew 2%, and GNP fell.") <= {"Ruritania"}


def test_a_name_owned_by_a_maker_before_a_kind_of_product_is_the_product():
    text = "Zentrix will build its Skyrover pickup in Nordvik, and Halvex's DUV immersion systems."
    found = names(text)
    assert "Skyrover" not in found and "DUV" not in found
    assert {"Zentrix", "Halvex"} <= found
    text = "Halvex sold more of the Glimmer phones than the Zentrix car company did."
    found = names(text)
    assert "Glimmer" not in found and "Zentrix" in found
    text = "Auditors blamed the ZMX system. ZMX said it would mend it."
    assert "ZMX" in names(text)  # a name in capitals after "the" may be the contractor's


def test_an_ampersand_makes_a_firm_and_county_a_place():
    assert kinds("Retailer Q&Z said it had shifted orders to Nordvik.").get("Q&Z") \
        == "organization"
    assert kinds("The company has two sites in County Halvorsen.").get("County Halvorsen") \
        == "place"


def test_a_word_someone_is_known_by_modifying_a_plural_noun_is_no_person():
    # "Rice" is known as a surname (Condoleezza Rice), here it is the crop
    assert names("Rice farmers' unions in Punjab welcomed the decision.") <= {"Punjab"}
    assert names("Rice farmers protested in Nordvik.") <= {"Nordvik"}
    assert "Rice" in names("Rice says the plan works.")  # a verb after it: the person


def test_initials_before_a_name_make_a_person():
    assert kinds("Association president B.K. Halvorsen said exports would fall.").get(
        "B.K. Halvorsen") == "person"
    assert kinds("The head of the club, J.R. Zentrix, said so.").get("J.R. Zentrix") == "person"
    # a place's initials are no first name
    assert kinds("He lived in Buffalo, N.Y. Halvorsen was away.").get("N.Y. Halvorsen") \
        != "person"


def test_a_known_bodys_name_runs_on_past_in_the():
    text = "The deal was reviewed by the Committee on Foreign Investment in the United States."
    found = names(text)
    assert "Committee on Foreign Investment in the United States" in found
    assert "Committee on Foreign Investment" not in found
    assert {"Department of Commerce", "Washington"} <= names(
        "The Department of Commerce in Washington said so.")


# -- terms spelled out before their abbreviation ---------------------------------------------

def test_the_abbreviation_of_lower_case_words_is_a_term_not_a_body():
    text = ("Acme may not ship its deep ultraviolet (DUV) machines or its extreme ultraviolet "
            "(EUV) systems, and Freedonia buys liquefied natural gas (LNG).")
    got = names(text)
    assert not {"DUV", "EUV", "LNG"} & got, got
    # capitalized words before the bracket name a body
    text = "The Freedonian Export Agency (FEA) said it would review the licences."
    assert "Freedonian Export Agency" in names(text)
    # the lower-case name of a body is left alone
    from newsdesk.analysis.entities.not_names import spelled_out_before
    assert not spelled_out_before("NDRC", "the national development and reform commission")
    assert spelled_out_before("VAT", "a value added tax")


# -- companies by what is said of them -------------------------------------------------------

def test_names_after_shares_of_and_after_a_firm_word_are_companies():
    got = kinds("Shares of Zentrix Holdings and Brenner Karlsson fell after the announcement.")
    assert got.get("Brenner Karlsson") == "organization", got
    got = kinds("Shares in Karlsson rose 4%.")
    assert got.get("Karlsson") == "organization", got
    got = kinds("Electronics giant Brenner Karlsson said sales fell.")
    assert got.get("Brenner Karlsson") == "organization", got
    # a demonym compound is no company: "Shares in Anglo-Swedish drug group ..."
    assert "Anglo-Swedish" not in kinds("Shares in Anglo-Swedish drug group fell.")
    # a maker of films is a person: "film maker Karl Brenner"
    got = kinds("Film maker Karl Brenner said the law was wrong.")
    assert got.get("Karl Brenner") == "person", got


def test_a_count_that_adds_to_earlier_ones_leaves_more_out_of_the_group_name():
    import datetime as dt

    from newsdesk.analysis.engine import analyze

    def groups(text: str) -> set[str]:
        return {a.name for a in analyze(text, dt.date(2025, 2, 24)).actors if a.kind == "group"}

    got = groups("It also removes 13 more Russian banks from the SWIFT messaging system.")
    assert got == {"Russian banks"}, got
    assert groups("Freedonia and a number of other nations objected.") == {"other nations"}


def test_a_legislators_party_and_state_is_no_actor_and_the_house_is_a_body():
    got = kinds("Sen. Karl Brenner, D-Wash., said the House is expected to take up the bill.")
    assert "D-Wash" not in got and "D-Wash." not in got, got
    assert got.get("House") == "organization", got
    assert kinds("Rep. Anna Karlsson (R-Texas) agreed.").keys() == {"Anna Karlsson"}
    # a state of two initials: "R-N.C."
    assert kinds("Sen. Karl Brenner, R-N.C., agreed.").keys() == {"Karl Brenner"}


def test_common_technical_abbreviations_are_no_bodies():
    got = names("Tariffs on Freedonian EV batteries and AI chips rose, and Acme Corp delayed "
                "its IPO.")
    assert not {"EV", "AI", "IPO"} & got, got
    assert "Acme Corp" in got


def test_two_known_sides_side_by_side_are_two_names():
    got = kinds("EU China arms ban 'to be lifted'")
    assert got == {"European Union": "organization", "China": "country"}, got
    assert "Sony Ericsson" in names("Sony Ericsson said sales rose.")
    # one body, not two sides; "UK" names its state (2.3), the body is the Treasury
    assert names("The UK Treasury said it would act.") == {"Treasury"}


def test_the_irish_republic_is_ireland():
    got = kinds("A total ban will come into force in the Irish Republic in March.")
    assert got == {"Ireland": "country"}, got


def test_one_name_guessed_two_kinds_in_one_article_is_one_actor():
    # "Veltrona said" guesses a person, "Analysts at Veltrona" a body: a tie goes to the body
    assert kinds("Veltrona said it would cut 500 jobs. Analysts at Veltrona expect a loss.") \
        == {"Veltrona": "organization"}
    # most guesses decide otherwise
    assert kinds("Veltrona said it would cut 500 jobs. Analysts at Veltrona expect a loss. "
                 "Veltrona said so again.") == {"Veltrona": "person"}
    # a sure mention still decides for all (a full name)
    assert kinds("Marisol Quent won the race. Quent said she was tired.") \
        == {"Marisol Quent": "person"}


def test_a_common_word_opening_a_sentence_after_one_ending_in_a_capital_is_no_name():
    # "... in May. Copper prices fell": "May." ends a sentence, it is no first name before
    assert names("The ban will start in May. Copper prices fell. Gross domestic product "
                 "rose.") == set()
    # after a title's abbreviation the word is the man's name
    assert kinds("He met Mr. Copper. Copper prices fell.") == {"Copper": "person"}


def test_a_name_made_an_adjective_by_a_prefix_is_no_actor():
    text = ("Non-OPEC producers Mexico and Norway pledged cuts. Pro-Beijing lawmakers and "
            "Anti-EU parties gained seats, and Non-European Union nationals left.")
    assert names(text) == {"Mexico", "Norway"}
    # a body's name of several words keeps its prefix; other words only begin so
    assert names("Antigua and Barbuda voted. Pro-Am Holdings said the Pro-Life Alliance "
                 "protested.") == {"Antigua and Barbuda", "Pro-Am Holdings", "Pro-Life Alliance"}


def test_a_name_right_after_its_owner_is_its_product_not_an_actor():
    text = ("Zentrix must offer Windows without its Media Player, and Veltrona said its "
            "PlayStation Portable would launch in May.")
    assert names(text) == {"Zentrix", "Veltrona"}
    # a body or a held firm stays an actor, and "units" is no "its"
    assert names("Ruritania said its Ministry of Commerce would respond to Acme's complaint "
                 "about its Clearstream unit.") >= {"Ministry of Commerce", "Clearstream"}
    assert "Saab" in names("Zentrix's European units Opel and Saab had trouble.")


def test_a_holiday_a_documents_title_in_apposition_and_a_book_are_no_actors():
    assert names("Mr Brenner hopes the first checks reach farmers before Thanksgiving.") == {
        "Brenner"}
    assert names("Ofgem said the group's own report, Switched Off, had shown the problem.") \
        == {"Ofgem"}
    assert names("The Red Book said the fraud cost taxpayers up to 3bn crowns.") == set()
    # a person after a document's noun is a person
    assert "Andrew Burke" in names("It is moving to a content strategy, Andrew Burke, chief "
                                   "of its new unit, told the forum.")
    # "the state Capitol" is a building named by its kind, a common noun (GUIDELINES 2.3);
    # a capitol with a name of its own is a place
    assert "Capitol" not in names("Mr Brenner told reporters at the state Capitol in "
                                  "Strelsau.")
    assert kinds("Mr Brenner told reporters at the Strelsau Capitol.")["Strelsau Capitol"] \
        == "place"


def test_an_unknown_name_a_move_goes_to_in_a_country_is_a_place():
    assert kinds("Acme said it would move production to Pilvara in Poland.")["Pilvara"] \
        == "place"
    assert kinds("The plant in Zorvik, Norway, will close.")["Zorvik"] == "place"
    # a firm one works at is a firm
    assert kinds("He is an analyst at Zentrix in Japan.")["Zentrix"] == "organization"


def test_a_product_named_after_a_maker_verb_an_owner_and_adjective_or_his_is_the_product():
    text = ("Zentrix, which builds Skyrover vehicles in Nordvik, said its popular Glowlite range "
            "sold well. Karl Brenner promoted it on his Chatterbox platform.")
    found = names(text)
    assert {"Skyrover", "Glowlite", "Chatterbox"}.isdisjoint(found), found
    assert {"Zentrix", "Karl Brenner"} <= found
    # an investment vehicle is a body
    text = "Karl Brenner holds his stake through his Halvex Capital investment vehicle."
    assert "Halvex Capital" in names(text)


def test_a_market_index_is_no_actor():
    text = "The Zentrix 300 index fell 2% while the Nordvik stock average rose. Halvex gained."
    found = names(text)
    assert "Zentrix" not in found and "Nordvik" not in found, found
    assert "Halvex" in found


def test_a_substance_named_in_apposition_is_no_actor():
    text = ("The recall involved the banned dye Zentrol Red. Tests found Nordvik Orange, an "
            "industrial colouring. Karl Brenner of Halvex said shops were cleared.")
    found = names(text)
    assert "Zentrol Red" not in found and "Nordvik Orange" not in found, found
    assert {"Karl Brenner", "Halvex"} <= found


def test_a_programme_or_scheme_after_its_owner_is_no_actor():
    text = ("Karl Brenner told the BBC's Nightwatch programme that Halvex's Warmhome scheme had "
            "failed.")
    found = names(text)
    assert "Nightwatch" not in found and "Warmhome" not in found, found
    assert "Halvex" in found
    # a party's campaign speaks for the party
    assert "Zentrix Party" in names("Karl Brenner ran the Zentrix Party campaign in Nordvik.")


def test_gm_before_a_crop_or_food_is_genetically_modified_not_the_carmaker():
    text = "Nordvik bans GM maize varieties, and shoppers shun GM food, Karl Brenner said."
    assert "General Motors" not in names(text)
    assert "General Motors" in names("GM said its car sales rose in Nordvik.")


def test_a_hyphened_model_code_before_a_noun_is_a_product():
    text = ("Nordvik said the transfer of Zentra-360 missiles to Halvex, built at the ZK-1 "
            "plant, was wrong.")
    found = names(text)
    assert "Zentra-360" not in found and "ZK-1" not in found, found
    # an age group's team and a group of states stay
    assert "Nordvik Under-21" in names("The Nordvik Under-21 side lost to Halvex.")
    assert "Group of Seven" in names("G-7 ministers met in Nordvik.")


def test_the_white_house_acting_is_the_body_seated_there_and_a_venue_is_a_place():
    found = actors("The White House said tariffs would rise. Envoys met at the White House.")
    assert sorted((a.name, a.kind, a.affiliation) for a in found) == [
        ("White House", "organization", "United States"), ("White House", "place", None)]


def test_a_plural_possessive_with_no_s_inside_a_bodys_name_keeps_it_whole():
    found = names("The Nordvik Fishermen's Federation and the Halvex People's Party met. "
                  "Nordvik's Royal Post said nothing.")
    assert {"Nordvik Fishermen's Federation", "Halvex People's Party"} <= found, found
    assert "Royal Post" in found  # a country's possessive is no part of the name
    kinds_ = kinds("The Scottish Fishermen's Federation was angry.")
    assert kinds_.get("Scottish Fishermen's Federation") == "organization", kinds_


def test_market_indexes_gazettes_and_programmes_known_by_a_name_are_no_actors():
    assert kinds("The Ruritanian Stock Average rose 2.1% on Friday.") == {}
    assert "Official Journal" not in kinds("The duties were published in the Official "
                                           "Journal on Thursday.")
    got = kinds("Freedonia had kept an export-financing program, known as Proex, that Acme "
                "Corp. had used.")
    assert "Proex" not in got and "Acme Corp." in got, got


def test_a_mechanisms_abbreviation_is_no_actor_at_any_mention_but_a_forums_is_a_body():
    got = names("The Ruritanian Border Adjustment Mechanism (RBAM) starts in 2026. RBAM covers "
                "steel.")
    assert "RBAM" not in got, got
    got = names("The Freedonian Internet Forum (FIF) is worried. FIF said so.")
    assert "FIF" in got or "Freedonian Internet Forum" in got, got  # (its full name since
    # "Forum" ends a body's name, not an event's)
    # a body of that name known to the gazetteer stays one
    assert "European Stability Mechanism" in names("The European Stability Mechanism (ESM) "
                                                    "will lend. The ESM said so.")


def test_a_grade_of_crude_is_no_place_or_body():
    assert names("The price of Ruritanian Light crude rose to $55 a barrel.") == set()
    assert names("Brent crude fell 2% in London.") == {"London"}


def test_a_regional_adjective_after_a_count_opening_the_sentence_is_no_actor():
    found = names("Four West African producers, Benin, Chad and Mali, want a deal.")
    assert "West African" not in found and {"Benin", "Chad", "Mali"} <= found
    assert "Boeing" in names("Both Boeing and Airbus protested.")


def test_a_word_opening_a_sentence_that_the_article_writes_in_lower_case_is_no_actor():
    text = ("Ruritania fixed its currency at 3.80 ringgit to the dollar. Ringgit held in bank "
            "accounts abroad must be brought home.")
    assert "Ringgit" not in names(text)
    text = "Broadband use is growing. Firms sell broadband to homes."
    assert "Broadband" not in names(text)
    # a name the article never writes in lower case, a title opening a name: kept
    assert "Gazprom" in names("Gazprom raised prices. Shares in the gas group rose.")
    text = "President Lula spoke on Monday. The president said the rules would change."
    assert "Luiz Inacio Lula da Silva" in names(text)


def test_a_substance_named_after_its_kind_is_no_actor_at_any_mention():
    text = ("Another pesticide, Gaucho, made by Acme CropScience, has been banned since 1999. "
            "The minister said the Gaucho ban would be kept.")
    assert "Gaucho" not in names(text)


def test_a_hyphenated_word_opening_a_sentence_and_written_in_lower_case_is_no_actor():
    assert "Wi-fi" not in names("Wi-fi hotspots are spreading. Cafes offer free wi-fi to "
                                "customers.")


def test_a_quantifier_opening_a_sentence_is_no_actor():
    # "Most" is a Czech town in the gazetteer; here it is a quantifier
    assert "Most" not in names("BRUSSELS — Most companies that import steel will be exempt.")
    assert "Most" not in names("Most firms agreed. Others did not.")


def test_an_adverb_or_participle_opening_a_sentence_before_a_comma_is_no_actor():
    text = ("Zentrix Holdings said sales fell. Tellingly, no minister came. Unaudited, "
            "the accounts showed a loss. Seasonally, trade slows.")
    assert names(text) == {"Zentrix Holdings"}
    # a surname in "-ly" or "-ed" before a comma is a name
    assert "Kelly" in names("Acme hired staff. Kelly, 45, said he would stay.")
    assert "Mohammed" in names("Acme hired staff. Mohammed, a trader, said so.")


def test_newspapers_are_organizations_of_their_country():
    found = {actor.name: (actor.kind, actor.affiliation) for actor in actors(
        "The Evening Standard and the Daily Mail reported that Le Monde had the letter.")}
    assert found == {"Evening Standard": ("organization", "United Kingdom"),
                     "Daily Mail": ("organization", "United Kingdom"),
                     "Le Monde": ("organization", "France")}


def test_an_opening_a_sentence_before_a_vowel_is_the_article():
    assert names("An Oxfam spokesman said so. An Iraqi official agreed.") == {"Oxfam"}
    assert kinds("Officials met. An Electoral Commission report said so.") == {
        "Electoral Commission": "organization"}


def test_bills_known_by_a_number_gazettes_and_people_of_a_trade_are_no_actors():
    assert names("Ms Hill championed a bill, known as C-55, that fined advertisers.") == {
        "Hill"}
    assert names("The decree was published in the Official Gazette. Shopkeepers in Leeds say "
                 "the charge hurts.") == {"Leeds"}


def test_a_department_for_two_portfolios_is_one_body_and_an_acronym_after_an():
    assert kinds("The Department for Work and Pensions said so.") == {
        "Department for Work and Pensions": "organization"}
    # "an" before capitals read with a vowel: the article
    assert names("An MP said so. An SEC official agreed.") == {
        "Securities and Exchange Commission"}
    assert names("Officials met. Regrettably, nobody came.") == set()


def test_a_comparative_opening_a_sentence_is_no_actor():
    assert names("Officials met. Poorer countries say the deal is unfair. Wealthier nations "
                 "disagree. Fischer said so.") == {"Fischer"}


def test_brands_of_drink_and_those_a_maker_is_named_by_are_no_actors():
    found = names("Zentrix Holdings, the maker of Penfolds, said so. Cars carry Marlboro "
                  "branding. Imports of brandy and Borjomi mineral water were banned.")
    assert not found & {"Penfolds", "Marlboro", "Borjomi"}
    # a record label stays a body
    assert "Roc-A-Fella" in names("Universal bought Jay-Z's Roc-A-Fella label.")


def test_names_ending_in_a_plural_programme_word_or_a_benefit_are_no_actors():
    text = ("Nordvik extended its Area-Based Tax Incentive Schemes, Karl Brenner said, and "
            "parents will claim the Halvex Working Benefit from April.")
    found = names(text)
    assert "Area-Based Tax Incentive Schemes" not in found, found
    assert "Halvex Working Benefit" not in found, found
    assert "Karl Brenner" in found


# -- what is left of a run once its opening words go, indexes, ships, brands ---------------

def test_a_product_after_the_words_opening_a_sentence_is_no_actor():
    # The run is "Sales of Vantero" / "The Orlov": once the opening words are dropped, what
    # is left is tested again, and a brand before its goods is no actor.
    assert "Vantero" not in names("Sales of Vantero cigarettes fell after the tax rise.")
    assert "Orlov" not in names("The Orlov rifle remains widely used, Dana Kell said.")
    assert "Vantero" in names("Sales of Vantero rose, the company said. Vantero will hire.")


def test_market_indexes_are_no_actors():
    text = ("The Dax slipped 1% and the Hang Seng closed lower, while the Kospi gained. "
            "The Nikkei 225 index fell 2% and the Nasdaq rose 0.5%.")
    assert not names(text) & {"Dax", "Hang Seng", "Kospi", "Nikkei", "Nasdaq"}


def test_a_body_named_like_an_index_stays_when_it_acts():
    text = ("Nasdaq said it would delist Zentrix. The Nikkei newspaper reported that the "
            "ministry would act. According to the Nikkei, talks stalled.")
    assert {"Nasdaq", "Nikkei"} <= names(text)


def test_a_ship_named_after_its_kind_is_no_actor():
    text = ("Coastguards boarded the tanker Marlin Vesta on Monday. The Panama-flagged vessel "
            "named Sea Orchid was held too, and MV Kestrel Dawn sailed on.")
    assert not names(text) & {"Marlin Vesta", "Sea Orchid", "Kestrel Dawn", "MV Kestrel Dawn"}


def test_a_firm_after_a_ship_operator_word_stays():
    text = "The ferry operator Norrvik Line said it would cut jobs; the carrier Aerovia agreed."
    assert {"Norrvik Line", "Aerovia"} <= names(text)


def test_goods_and_a_maker_after_a_brand_make_it_no_actor():
    text = ("Exports of Castelmar wine fell. The Quillo maker Brightsoft said the Quillo "
            "chatbot would comply.")
    assert "Castelmar" not in names(text) and "Quillo" not in names(text)
    assert "Brightsoft" in names(text)


def test_a_word_shaped_like_a_peoples_adjective_before_its_noun_is_no_actor():
    text = ("The Transylvanian region raised duties. Surinamese officials agreed, and the "
            "Olympic champion Dana Kell said so.")
    assert not names(text) & {"Transylvanian", "Surinamese", "Olympic"}
    assert "Dana Kell" in names(text)


def test_a_firm_whose_name_ends_like_an_adjective_stays():
    text = ("Veridian shares fell 3%. Ossarian chief executive Karl Brenner resigned, and "
            "Julian Brock said Karl was right.")
    assert {"Veridian", "Ossarian", "Karl Brenner"} <= names(text)


def test_a_pipeline_named_with_its_numbers_and_a_sausage_by_its_brand_are_no_actors():
    assert "Nord Stream" not in names("The package imposes a full transaction ban on the Nord "
                                      "Stream 1 and 2 gas pipelines.")
    assert "Krakowska" not in names("Lorries loaded with Krakowska sausage and apples were "
                                    "turned back at the border.")
    # a body before a programme of its own many words later stays a body
    assert "Palestinian Authority" in names("It also called on the Palestinian Authority to "
                                            "revive its reform programme.")


def test_a_listed_product_or_phrase_joined_to_another_name_is_no_actor():
    # the lists are asked of each name the run is cut into, not only of the whole run
    text = ("Brightsoft fined Zentrix over ads shown to Quillo and Instagram users. "
            "Karl Brenner of Zentrix and Developing World charities objected.")
    assert not names(text) & {"Instagram", "Developing World"}
    assert {"Quillo", "Zentrix", "Karl Brenner"} <= names(text)


def test_a_title_after_its_kind_of_work_or_before_its_cast_is_no_actor():
    text = ("Critics praised the film Harbour Lights and her album Blue Orchard. Velvet Tide, "
            "starring Ann Vey, opened in Lyon.")
    assert not names(text) & {"Harbour Lights", "Blue Orchard", "Velvet Tide"}
    assert {"Ann Vey", "Lyon"} <= names(text)


def test_a_person_starring_in_films_stays():
    text = "He worked with director Carl Denholm, starring in seven of his films."
    assert "Carl Denholm" in names(text)
    text = "Hopes include the biopic Ray and Carl Denholm's drama Harbour Lights."
    assert "Carl Denholm" in names(text)


def test_a_building_named_by_its_kind_alone_is_no_actor():
    text = ("Karl Brenner spoke at the state Capitol in Halden. Pickets stood outside the "
            "Palace, near the old Cathedral.")
    assert not names(text) & {"Capitol", "Palace", "Cathedral"}
    assert {"Karl Brenner", "Halden"} <= names(text)


def test_a_building_with_a_name_stays_a_place():
    text = "Pickets stood outside Halden Palace and the Vestby Cathedral on Monday."
    assert {"Halden Palace", "Vestby Cathedral"} <= names(text)
    # a quoted name made of a building's kind is a name ('known as "The Base"')
    assert "The Base" in names("The agency says Omar Vell leads a group known as ``The "
                               "Base.'' Kopp wears glasses.")


def test_tariff_schedules_publications_and_terms_of_trade_law_are_no_actors():
    text = ("Under the Harmonized Tariff Schedule and the Combined Nomenclature, Safeguard "
            "Measures apply. Kovar's Quarterly Trade Bulletin and the Annual Threat "
            "Assessment agreed. A new White Paper ends Most Favoured Nation status and "
            "De Minimis shipments, Karl Brenner said.")
    found = names(text)
    assert not found & {"Harmonized Tariff Schedule", "Combined Nomenclature",
                        "Safeguard Measures", "Quarterly Trade Bulletin",
                        "Annual Threat Assessment", "White Paper", "Most Favoured Nation",
                        "De Minimis", "Minimis"}
    assert {"Kovar", "Karl Brenner"} <= found


def test_a_model_with_its_number_and_last_word_or_model_letter_is_no_actor():
    text = ("Zentrix said the Orvane 60 Pro and its 737 MAX rival were delayed. Airlines took "
            "30 A320neo jets, and the Voltra Model Y sold well in Lyon.")
    found = names(text)
    assert not found & {"Orvane", "MAX", "A320neo", "Voltra Model Y", "Model Y", "Voltra"}
    assert {"Zentrix", "Lyon"} <= found


def test_a_name_before_a_number_of_people_stays():
    text = "Karl Brenner told Zentrix 60 Pro-Russian fighters had died. Karl Max spoke later."
    assert {"Karl Brenner", "Zentrix", "Karl Max"} <= names(text)


def test_the_initials_of_a_law_written_out_elsewhere_are_no_actor():
    text = ("Importers must report under the Border Emissions Levy Mechanism, Karl Brenner "
            "said.\n\nBELM, which starts in 2026, covers steel.")
    assert "BELM" not in names(text)
    assert "Karl Brenner" in names(text)


def test_the_initials_of_a_body_written_out_elsewhere_stay():
    text = ("The Steel Exporters Forum met in Lyon.\n\nSEF, which has 40 members, said the "
            "Nordic Steel Board agreed; NSB declined to comment.")
    assert {"SEF", "Nordic Steel Board"} <= names(text)
    # a law named after a body brought in before: "the GLA ... the Greater Lyon Act"
    text = ("Karl Brenner left the GLA on Monday. The Greater Lyon Act says he must be "
            "replaced, and the GLA agreed.")
    assert "GLA" in names(text)


def test_brands_joined_after_their_publisher_or_maker_are_no_actors():
    text = ("Zentrix, publisher of Harbour Weekly and Tidings, welcomed the ruling. Orvane, "
            "maker of Quillo and Brava Cola, agreed.")
    assert not names(text) & {"Harbour Weekly", "Tidings", "Quillo", "Brava Cola"}
    assert {"Zentrix", "Orvane"} <= names(text)


def test_a_product_after_a_firms_possessive_is_no_actor():
    text = ("Crosswell Foods' Tikka Garden Cooking Sauce was recalled, and Zentrix Group's "
            "Media Player was fined in Lyon.")
    assert not names(text) & {"Tikka Garden Cooking Sauce", "Media Player"}
    assert {"Crosswell Foods", "Zentrix Group", "Lyon"} <= names(text)


def test_a_person_place_or_body_after_a_firms_possessive_stays():
    text = ("Zentrix Group's Karl Brenner visited Zentrix Group's Texas City refinery, and "
            "Zentrix Group's Investment Bank agreed. The WTO's Dispute Review Body and "
            "Zentrix Group's Washington DC office said so.")
    assert {"Karl Brenner", "Texas City", "Investment Bank", "Dispute Review Body",
            "Washington DC"} <= names(text)


def test_a_sentence_opening_word_written_with_its_noun_in_lower_case_elsewhere_is_ordinary():
    # "Mobile" is a city the lists know; the article writes "mobile phones" too
    text = ("Mobile phones are banned in Lyon schools. Karl Brenner said mobile phones "
            "distract pupils.")
    assert "Mobile" not in names(text)
    assert {"Lyon", "Karl Brenner"} <= names(text)


def test_a_surname_opening_a_sentence_stays_a_name():
    text = ("Karl Brenner met Ivy Mobile in Lyon. Mobile said talks went well. Brenner "
            "agreed.")
    assert "Ivy Mobile" in names(text)


def test_names_of_payments_guarantees_and_tax_credits_are_no_actors():
    text = ("The Winter Heat Payment, the Minimum Pension Guarantee, the Clean Van Rebate, "
            "the Barnett Formula and the Working Tax Credit will rise, Karl Brenner said. "
            "Ann Vey of Gimme Credit agreed.")
    found = names(text)
    assert not found & {"Winter Heat Payment", "Minimum Pension Guarantee", "Clean Van Rebate",
                        "Barnett Formula", "Working Tax Credit"}
    assert {"Karl Brenner", "Ann Vey", "Gimme Credit"} <= found


def test_a_name_before_under_which_is_a_scheme():
    text = ("The minister kept the Baby Bond Fund, under which every newborn receives £250. "
            "The Harbour Board, which Karl Brenner chairs, agreed.")
    assert "Baby Bond Fund" not in names(text)
    assert {"Harbour Board", "Karl Brenner"} <= names(text)


def test_abbreviations_of_terms_of_trade_are_no_actors():
    text = ("Karl Brenner said FDI and M&A fell, MFN duties and TRQs rose, and SMEs paid in "
            "USD. The NTB said so in Lyon.")
    found = names(text)
    assert not found & {"FDI", "M&A", "MFN", "TRQs", "SMEs", "USD"}
    assert {"Karl Brenner", "NTB", "Lyon"} <= found


def test_an_everyday_word_opening_a_sentence_is_no_name():
    text = ("Organisers said 40,000 people came to Lyon. Rumours of a bid lifted Zentrix "
            "shares. Realising that, Karl Brenner left. Pensioner households will get £200.")
    found = names(text)
    assert not found & {"Organisers", "Rumours", "Realising", "Pensioner"}
    assert {"Lyon", "Zentrix", "Karl Brenner"} <= found


def test_an_everyday_word_the_article_uses_as_a_name_stays():
    text = ("Shares in Kettles rose 4% in Lyon. Kettles said profits doubled. Ivy Rumours "
            "agreed, and Rumours said so.")
    found = names(text)
    assert "Kettles" in found and "Ivy Rumours" in found


def test_an_everyday_word_that_is_also_a_name_opening_a_sentence_is_no_name():
    # ("Zentrix Steel" elsewhere is another name: no evidence that "Steel" is one)
    text = "Zentrix Steel said profits rose in Lyon. Steel output fell, Karl Brenner said."
    assert "Steel" not in names(text)
    assert {"Zentrix Steel", "Lyon", "Karl Brenner"} <= names(text)


def test_a_surname_the_article_gives_after_a_title_or_a_first_name_stays():
    assert "Cotton" in names("President Cotton met officials. Cotton administration "
                             "officials agreed.")
    assert "Ivy Cotton" in names("Ivy Cotton spoke. Cotton said talks went well.")
    found = actors("Lyon beat Nice when Henry Walker scored. Henry then limped off.")
    assert [m.text for actor in found if actor.name == "Henry Walker"
            for m in actor.mentions] == ["Henry Walker", "Henry"]


def test_a_frequent_word_that_is_a_first_name_opening_a_sentence_is_no_name():
    text = "Karl Brenner spoke in Lyon. Charity boss Ann Vey said donations fell."
    assert "Charity" not in names(text)
    assert {"Karl Brenner", "Ann Vey", "Lyon"} <= names(text)
    # a rarer first name opening a sentence is someone's
    assert "Jasper" in names('"I played badly," said Vell. "Jasper blew right by me."')


# -- a post at the end of a name, with no name after it ------------------------------------

def test_a_post_ending_a_name_with_no_holder_after_it_is_cut_off():
    found = names("Ruritania's envoy met him as he began his term as Freedonia President, "
                  "Karl Brenner said.")
    assert "Freedonia President" not in found and "Freedonia" in found
    found = names("A Ruritania Liberty Party MEP said the levy was unlawful.")
    assert "Ruritania Liberty Party MEP" not in found and "Ruritania Liberty Party" in found
    found = names("Zentrix Chairman and Chief Executive Karl Brenner will stay on.")
    assert "Zentrix Chairman" not in found and {"Zentrix", "Karl Brenner"} <= found


def test_a_post_of_everyday_words_before_a_title_goes_with_it():
    text = "The Freedonia Fisheries Commissioner, Ann Vey, said quotas would fall."
    found = actors(text)
    assert {actor.name for actor in found} == {"Freedonia", "Ann Vey"}
    assert [actor.role for actor in found if actor.name == "Ann Vey"] == ["Fisheries Commissioner"]


def test_a_name_ending_in_a_word_that_ends_posts_too_stays():
    assert "Ann King" in names("The producers are Karl Brenner and Ann King of Lyon.")
    assert "Freedonia Safety Executive" in names(
        "The Freedonia Safety Executive said the mine was unsafe.")
    assert "Office of the Freedonia Trade Representative" in names(
        "The Office of the Freedonia Trade Representative said it would act.")


# -- months joined by a hyphen -----------------------------------------------------------------

def test_months_joined_by_hyphens_are_a_time_not_a_name():
    text = ("Trade between Ruritania and Freedonia in April-July rose 40%. Sales in the "
            "October-to-December quarter fell, Acme Holdings said.")
    assert names(text) == {"Ruritania", "Freedonia", "Acme Holdings"}


def test_a_hyphenated_name_with_a_month_in_it_stays():
    assert "Ann May-Brenner" in names("Trade minister Ann May-Brenner said talks went well.")


def test_a_party_adjective_before_a_post_is_no_name():
    found = names("The former Liberal MP for Lyon, Ann Vey, died on Friday.")
    assert "Liberal" not in found and "Liberal MP" not in found and "Ann Vey" in found


# -- a function word that is also a given name, opening a sentence before a name -------------

def test_a_function_word_opening_a_sentence_is_not_part_of_the_name_after_it():
    text = ("Acme Holdings shares rose. In New York Stock Exchange composite trading, they "
            "closed at $18. In Sri Lanka, prices fell. So Karl Brenner said no.")
    found = names(text)
    assert {"New York Stock Exchange", "Sri Lanka", "Karl Brenner"} <= found
    assert not any(name.startswith(("In ", "So ")) for name in found)


def test_a_given_name_that_is_a_function_word_stays_before_a_surname():
    text = "Prices rose in Lyon. Will Brenner scored twice for Lyon."
    assert "Will Brenner" in names(text)


def test_a_quantifier_that_names_a_town_too_opening_a_sentence_is_no_name():
    text = "Prices rose. Most Ruritania exporters lost money. Most Democrats agreed."
    found = names(text)
    assert "Ruritania" in found
    assert not any(name.startswith("Most") for name in found)


def test_the_town_called_so_stays_where_it_is_a_place():
    assert "Most" in names("Zentrix closed its plant in Most, a town in Bohemia, on Friday.")


# -- a law named with a title's word -------------------------------------------------------

def test_a_law_whose_name_holds_a_title_word_is_no_person():
    text = ("The clause was added late to the Criminal Justice Bill, Karl Brenner said. "
            "Under the Criminal Justice Act, Ruritania's courts must act. The Crown Bill "
            "failed too.")
    assert names(text) == {"Karl Brenner", "Ruritania"}


def test_a_person_named_like_a_law_word_after_a_title_stays():
    found = names("Inspector Levy said so in Lyon. Mr Law agreed.")
    assert {"Levy", "Law"} <= found


# -- a former post's body inside an "Ex-" compound ----------------------------------------

def test_a_body_inside_an_ex_compound_is_no_name():
    text = "Ex-Acme chief Karl Brenner said so. Ex-Liberty minister Ann Vey agreed in Lyon."
    found = names(text)
    assert {"Karl Brenner", "Ann Vey", "Lyon"} <= found
    assert not any(name.startswith("Ex-") for name in found)


def test_a_name_with_initials_after_ex_stays():
    assert "Ex-Im Bank" in names("The Ex-Im Bank lent Zentrix $5m in Lyon.")


# -- doctrines, fears and qualities ---------------------------------------------------------

def test_a_capitalized_doctrine_fear_or_quality_is_no_name():
    text = ("Karl Brenner accused Zentrix Holdings of \"launching Brennerism by stealth\". "
            "Ann Vey spoke of Freedonophobia in Lyon. Joblessness is at a record in Ruritania.")
    assert names(text) == {"Karl Brenner", "Zentrix Holdings", "Ann Vey", "Lyon", "Ruritania"}


def test_a_name_ending_like_a_quality_stays():
    found = names("Zentrix opened a plant in Inverness. Shares in Harkness rose in Lyon.")
    assert {"Inverness", "Harkness"} <= found


# -- a firm's abbreviated ending that also ends the sentence ------------------------------

def test_a_sentence_after_a_firms_abbreviated_ending_is_not_part_of_its_name():
    text = ("Returns lagged, according to Zentrix Analytical Services Inc. That is less than "
            "a year ago. The film was backed by Acme Bros. But critics in Lyon disliked it.")
    found = names(text)
    assert {"Zentrix Analytical Services Inc.", "Lyon"} <= found
    assert not any(name.endswith(("That", "But")) for name in found)


def test_a_firms_name_that_goes_on_after_its_ending_stays_whole():
    assert "Zentrix Corp. International" in names(
        "Shares in Zentrix Corp. International rose in Lyon.")


def test_a_firms_legal_form_alone_is_no_name():
    text = "Bonds were sold by Harkness, Brenner amp Co. to investors in Lyon."
    assert "Co." not in names(text)


# -- a pronoun or a sentence's first word glued to the name before it ----------------------

def test_a_pronoun_or_missed_sentence_start_after_a_name_is_cut_off():
    text = ('"When I was in Lyon I did all my runs indoors," said Karl Brenner. Ruritania '
            "wants to leave the Freedonia Union In his speech, Ann Vey said so. Sales fell, "
            "said analyst Jo Harkness The dispute goes on.")
    found = names(text)
    assert {"Lyon", "Karl Brenner", "Freedonia Union", "Ann Vey", "Jo Harkness"} <= found
    assert not any(name.endswith((" I", " In", " The")) for name in found)


def test_a_kings_numeral_stays_with_his_name():
    text = "The papers of Charles I, and a film with Queen Elizabeth I in Lyon, were shown."
    assert {"Charles I", "Elizabeth I"} <= names(text)


# -- storms, classes of shares, medicines ---------------------------------------------------

def test_a_storm_a_class_of_shares_and_a_medicine_are_no_names():
    text = ("Claims from Hurricane Zelda cut Zentrix Holdings' profit. Zelda killed 40 people "
            "in Ruritania. Its Class B shares and Series D notes fell. Sales of the "
            "hypertension drug Calmora fell, Acme Pharma said.")
    assert names(text) == {"Zentrix Holdings", "Ruritania", "Acme Pharma"}


def test_a_maker_after_a_word_for_medicines_stays():
    found = names("Sales at the drug maker Zentrix rose. Shares in Harkness rose as drug "
                  "Zentrix's rival fell.")
    assert "Zentrix" in found


# -- a body's name, then a person's, with no comma between ----------------------------------

def test_a_body_then_a_person_with_no_comma_are_two_names():
    text = ("Party sources told the BBC Karl Brenner has always backed the levy. The head "
            "of the troubled Freedonia Fisheries Agency Ann Vey also resigned.")
    found = names(text)
    assert {"BBC", "Karl Brenner", "Freedonia Fisheries Agency", "Ann Vey"} <= found
    assert not any("Karl" in name and name != "Karl Brenner" for name in found)


def test_a_body_whose_name_holds_a_given_name_stays_whole():
    found = names("Shares in Zentrix Holdings rose. Analysts at Bank Sal Oppenheim and "
                  "students at West Virginia University agreed, as did the US Davis Cup team.")
    assert {"Bank Sal Oppenheim", "West Virginia University"} <= found
    assert "Davis Cup" not in found


# -- buildings named after people -----------------------------------------------------------

def test_a_building_named_after_a_person_is_a_place():
    found = kinds("The ceremony took place at the Karl Brenner Library in Lyon. The gala at "
                  "the Ann Vey Theatre drew crowds; she lives at 40 Harkness Ave. in Lyon.")
    assert found.get("Karl Brenner Library") == "place"
    assert found.get("Ann Vey Theatre") == "place"
    assert found.get("Harkness Ave.") == "place"


def test_a_person_whose_surname_ends_sites_too_stays_a_person():
    assert kinds("Wayne Bridge scored for Lyon. Barbara Castle spoke.").get(
        "Wayne Bridge") == "person"


# -- a leader's surname before a state body's name --------------------------------------------

def test_a_leaders_surname_before_a_state_body_is_two_mentions():
    found = names("Officials in the Harkness White House and the Brenner Treasury agreed.")
    assert {"Harkness", "White House", "Brenner", "Treasury"} <= found
    assert "Harkness White House" not in found and "Brenner Treasury" not in found


def test_a_body_named_with_a_surname_stays_whole():
    found = actors("Shares in Lloyds TSB rose. The Harkness Foundation gave $5m.")
    mentions = {m.text for actor in found for m in actor.mentions}
    assert {"Lloyds TSB", "Harkness Foundation"} <= mentions


# -- numbered documents; a post's body between a title and its holder ---------------------

def test_a_numbered_document_is_no_name():
    text = "Exports were curbed under MOFCOM Announcement No. 18, officials in Lyon said."
    assert names(text) == {"Lyon"}


def test_a_no_campaign_without_a_number_stays():
    assert "Vote No" in names("Ann Vey, director of the campaign group Vote No, said so.")


def test_a_body_between_a_title_and_its_holder_is_a_name_of_its_own():
    found = names("Talks stalled in Lyon, said Deputy USTR Ann Vey.")
    assert {"Ann Vey", "Office of the United States Trade Representative"} <= found
    assert "USTR Ann Vey" not in found
