"""Affiliations the words around a name do not give (GUIDELINES 2.7): a place's country,
an organization's home country (curated, in its name, or the country the article is
about), a person serving a public body or holding a state title. One positive and one
negative sentence per rule, all invented."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.actors import build_actors
from newsdesk.analysis.engine import analyze
from newsdesk.analysis.entities import find_entities
from newsdesk.analysis.model import Actor
from newsdesk.analysis.sentences import split_sentences


def actors(text: str) -> dict[str, Actor]:
    sentences = split_sentences(text)
    return {a.name: a for a in build_actors(text, sentences, find_entities(text, sentences))}


def affiliation(text: str, name: str) -> str | None:
    return actors(text)[name].affiliation


def rule(text: str, name: str) -> str:
    return actors(text)[name].why or ""


# An article plainly about Chile: three mentions of it, none of another country.
CHILE = "Chile raised duties. Chilean growers cheered. Chile will review the rule in May. "
# An article about two countries equally.
TWO = "Chile and Peru raised duties. Chile and Peru will review the rule in May. "


# -- places ------------------------------------------------------------------------------------

def test_a_place_gets_the_country_it_lies_in():
    assert affiliation("Talks opened in Lyon and moved to Basel.", "Lyon") == "France"
    assert "actor.place-country: 'Lyon -> France'" in rule("Talks opened in Lyon.", "Lyon")


def test_a_dateline_in_capitals_gets_its_country():
    assert affiliation("LYON, May 2 - Talks opened on Friday.", "LYON") == "France"


def test_an_unknown_place_gets_no_country():
    assert affiliation("Talks opened in Liberty Square.", "Liberty Square") is None


# -- organizations -----------------------------------------------------------------------------

def test_a_curated_organization_has_its_home_country():
    assert affiliation("Reuters reported the deal.", "Reuters") == "United Kingdom"


def test_an_international_organization_has_none():
    assert affiliation(CHILE + "The World Trade Organization ruled.",
                       "World Trade Organization") is None


def test_a_country_or_place_in_the_name_gives_the_country():
    assert affiliation("The Bank of Lyon and Deutsche Zentrix merged.", "Bank of Lyon") == "France"
    assert affiliation("The Bank of Lyon and Deutsche Zentrix merged.",
                       "Deutsche Zentrix") == "Germany"


def test_a_surname_in_a_name_gives_no_country():
    found = actors("Zentrix Martin Holdings fell.")
    assert all(actor.affiliation is None for actor in found.values())


def test_a_public_body_belongs_to_the_country_the_article_is_about():
    text = CHILE + "The Ministry of Fisheries said quotas would fall."
    assert affiliation(text, "Ministry of Fisheries") == "Chile"
    assert "actor.national-body-main-country: 'Chile'" in rule(text, "Ministry of Fisheries")


def test_a_public_body_gets_no_country_when_two_countries_share_the_article():
    text = TWO + "The Ministry of Fisheries said quotas would fall."
    assert affiliation(text, "Ministry of Fisheries") is None


def test_a_firm_with_no_other_clue_belongs_to_the_country_the_article_is_about():
    text = CHILE + "Zentrix Holdings said exports would fall."
    assert affiliation(text, "Zentrix Holdings") == "Chile"
    assert affiliation(TWO + "Zentrix Holdings said exports would fall.",
                       "Zentrix Holdings") is None


def test_sums_in_pounds_make_a_story_that_seldom_names_britain_british():
    text = ("The Department for Work and Pensions said the £220m plan would start in April. "
            "Zentrix Holdings said the £4bn scheme would cost jobs in Britain.")
    assert affiliation(text, "Zentrix Holdings") == "United Kingdom"
    # a sum in pounds given as a conversion in brackets is no cue
    text = ("Zentrix Holdings said the $3bn (£1.6bn) scheme would cost jobs. Chile said the "
            "$3bn (£1.6bn) plan would start in April.")
    assert affiliation(text, "Zentrix Holdings") != "United Kingdom"


# -- people ------------------------------------------------------------------------------------

def test_a_person_serving_a_public_body_serves_its_country():
    text = "Pentagon spokesman Ray Dunn said forces would stay."
    assert affiliation(text, "Ray Dunn") == "United States"
    assert "actor.state-body: 'Pentagon -> United States'" in rule(text, "Ray Dunn")


def test_a_person_working_for_a_company_keeps_the_company():
    assert affiliation("Zentrix Holdings chief executive Jo Park said so.",
                       "Jo Park") == "Zentrix Holdings"


def test_a_state_title_serves_the_country_the_article_is_about():
    text = CHILE + "Finance minister Ana Costa said the budget would balance."
    assert affiliation(text, "Ana Costa") == "Chile"


def test_a_company_title_or_an_unclear_article_gives_no_country():
    assert affiliation(CHILE + "Chief executive Ana Costa said so.", "Ana Costa") is None
    assert affiliation(TWO + "Finance minister Ana Costa said so.", "Ana Costa") is None


# -- public figures a reader knows (gaz_people.txt) ----------------------------------------------

def known(text: str, published: str) -> dict[str, Actor]:
    sentences = split_sentences(text)
    found = build_actors(text, sentences, find_entities(text, sentences),
                         dt.date.fromisoformat(published))
    return {a.name: a for a in found}


def test_a_listed_public_figure_gets_full_name_and_service_in_an_article_of_his_years():
    # Two countries equally: no country the article is about, so only the list can tell.
    found = known(TWO + "Putin said the talks had failed.", "2014-03-02")
    assert found["Vladimir Putin"].affiliation == "Russia"
    assert "actor.known-person: 'Russia'" in (found["Vladimir Putin"].why or "")


def test_a_short_form_of_a_listed_figure_named_in_full_before_is_the_same_actor():
    text = ("Trump wrote to President Luiz Inacio Lula da Silva on Wednesday. Lula said the "
            "country would respond.")
    import datetime as dt
    sentences = split_sentences(text)
    people = [a for a in build_actors(text, sentences, find_entities(text, sentences),
                                      dt.date(2025, 7, 9)) if a.kind == "person"]
    lula = [a for a in people if a.name == "Luiz Inacio Lula da Silva"]
    assert len(lula) == 1 and [m.text for m in lula[0].mentions] == [
        "Luiz Inacio Lula da Silva", "Lula"], [(a.name, a.mentions) for a in people]


def test_a_surname_opening_a_sentence_is_the_listed_person_not_an_ordinary_word():
    # "trump" is an English word; at a sentence's start it was dropped as one.
    found = known("Trump said tariffs would rise. Mexico said it would respond.", "2025-07-10")
    assert found["Donald Trump"].affiliation == "United States"


def test_the_year_decides_which_listed_person_a_surname_names():
    assert "George W. Bush" in known("The Bush administration raised duties.", "2005-05-14")
    assert "George H. W. Bush" in known("Bush vetoed the bill on Monday.", "1990-06-01")
    # A listed person's later post: Lamy was EU trade commissioner, then WTO head.
    assert known("Lamy said the talks would go on.", "2003-09-14")[
        "Pascal Lamy"].affiliation == "European Union"
    assert known("Lamy said the talks would go on.", "2009-09-14")[
        "Pascal Lamy"].affiliation == "World Trade Organization"


def test_outside_the_listed_years_or_under_another_first_name_nothing_is_known():
    found = known(TWO + "Trump said the tower would open in May.", "2010-05-01")
    assert "Donald Trump" not in found
    assert found["Trump"].affiliation is None
    found = known(TWO + "James Cameron said the film would open in May.", "2012-05-01")
    assert found["James Cameron"].affiliation is None


def test_what_the_text_says_wins_over_the_list():
    text = "Zentrix Holdings adviser Tony Blair said exports would fall."
    assert known(text, "2012-05-01")["Tony Blair"].affiliation == "Zentrix Holdings"


def test_a_regional_adjective_counts_for_no_country():
    # "Latin American" twice made the United States the country the article is about.
    text = ("Latin American growers cheered. Latin American exporters agreed. Finance minister"
            " Ana Costa said the budget would balance.")
    assert affiliation(text, "Ana Costa") is None


def test_a_commissioner_serves_the_european_union():
    text = "European Trade Commissioner Anna Lind flew to Ottawa. Canada said talks went well."
    found = actors(text)["Anna Lind"]
    assert (found.role, found.affiliation) == ("Trade Commissioner", "European Union")
    # Where the article names the Commission, a commissioner is the Commission's (2.7: the
    # organization one works for), not the country the article is about.
    text = CHILE + "Trade Commissioner Anna Lind said the European Commission would reply."
    assert affiliation(text, "Anna Lind") == "European Commission"
    # A national portfolio keeps its European word, and a commissioner of police is no
    # member of the Commission.
    text = CHILE + "European Affairs Minister Ana Costa said so."
    assert actors(text)["Ana Costa"].role == "European Affairs Minister"
    text = CHILE + "Ana Costa, the commissioner of police, said the European Union would help."
    assert affiliation(text, "Ana Costa") == "Chile"


def test_a_state_title_in_a_datelined_story_about_two_countries_serves_the_datelines():
    text = ("Copper exports limited\n\nSANTIAGO (Reuters) - Chile and Peru raised duties."
            " Chile and Peru will review the rule in May. Mining minister Ana Costa said so.")
    assert affiliation(text, "Ana Costa") == "Chile"
    assert "actor.state-title-dateline: 'Chile'" in rule(text, "Ana Costa")
    # A place in capitals deep in the story is no dateline.
    text = TWO + "\n\nOne\n\nTwo\n\nThree\n\nSANTIAGO - Mining minister Ana Costa said so."
    assert affiliation(text, "Ana Costa") is None


def test_a_1990s_wire_dateline_with_an_underscore_opens_the_story():
    # "WASHINGTON (AP) _ The Clinton administration": "The" opens the sentence after the
    # dateline's dash; it was taken into a person's name, "The Clinton".
    found = known("WASHINGTON (AP) _ The Clinton administration on Thursday imposed sanctions"
                  " on two firms. President Clinton will visit China.", "1998-06-05")
    assert found["Bill Clinton"].affiliation == "United States"
    assert "The Clinton" not in found
    text = ("LIMA _ Chile and Peru raised duties. Chile and Peru will meet. Mining minister"
            " Ana Costa said so.")
    assert affiliation(text, "Ana Costa") == "Peru"


def test_a_national_word_in_a_bodys_name_wins_over_a_place_of_that_name():
    # Some town is called Confederation; the body is British.
    assert affiliation("The Confederation of British Industry welcomed the plan.",
                       "Confederation of British Industry") == "United Kingdom"


def test_a_european_body_of_many_states_or_of_the_union_has_no_affiliation():
    # GUIDELINES 2.7: null for international organizations and supranational unions, and
    # the dev gold and every annotated article give the Union's bodies none either
    text = ("The European Bank for Reconstruction and Development said so. The European"
            " Commission and the European Parliament agreed.")
    assert affiliation(text, "European Bank for Reconstruction and Development") is None
    assert affiliation(text, "European Commission") is None
    assert affiliation(text, "European Parliament") is None


def test_a_body_of_the_union_still_acts_on_its_side():
    # "the EU imposes duties", then "the European Commission imposed ...": one measure
    text = ("EU imposes duties on Chinese bulbs\n\nThe European Commission has imposed "
            "anti-dumping duties of up to 66% on energy-saving bulbs from China.")
    found = analyze(text, dt.date(2005, 4, 12))
    assert [(m.type, m.imposer) for m in found.measures] == [("trade_defence",
                                                             "European Commission")]


def test_a_two_word_party_adjective_names_its_party():
    # "Democrat" alone is the US party's; "Liberal Democrat" the British one's.
    found = actors("Liberal Democrat health spokesman Paul Burstow said so.")["Paul Burstow"]
    assert (found.role, found.affiliation) == ("health spokesman", "Liberal Democrats")


def test_a_capital_in_its_older_spelling_is_the_capital():
    assert affiliation("Supporters protested in Kiev on Monday.", "Kiev") == "Ukraine"
    assert actors("Kiev said it would retaliate.")["Ukraine"].kind == "country"
    assert affiliation("Traders in Bombay said prices rose.", "Bombay") == "India"


def test_a_listed_full_name_keeps_the_articles_spelling():
    found = known("Pedro Sánchez said the talks would go on.", "2025-09-14")
    assert found["Pedro Sánchez"].affiliation == "Spain"


def test_a_word_heading_bodies_names_no_place_inside_a_name():
    # There are towns called Union; "National Farmers' Union" is no American body.
    assert affiliation("The National Farmers' Union said so.",
                       "National Farmers' Union") is None


def test_a_country_before_an_international_body_is_not_its_home():
    found = actors("Under China's WTO accession deal, safeguards may be kept until 2008. "
                   "Japan's Zentrix International said it would appeal.")
    assert found["World Trade Organization"].affiliation is None
    # a firm with "International" in its name keeps the country before it
    assert found["Zentrix International"].affiliation == "Japan"


def test_a_listed_public_figure_counts_for_his_country_in_what_the_article_is_about():
    # No country is named twice, but a British prime minister is named three times: the
    # party and the institute are Britain's (a British politics story seldom says "UK").
    text = ("Blair told the Labour conference the economy was strong. Blair said taxes would"
            " not rise. The Institute for Fiscal Studies disagreed, and Blair's critics too.")
    found = known(text, "2004-09-28")
    assert found["Labour Party"].affiliation == "United Kingdom"
    assert found["Institute for Fiscal Studies"].affiliation == "United Kingdom"
    # Named once, he is no country's story: two other countries share it.
    text = ("Chile and Peru raised duties. Chile and Peru will review the rule. Blair said"
            " so. The Institute for Fiscal Studies disagreed.")
    assert known(text, "2004-09-28")["Institute for Fiscal Studies"].affiliation is None


def test_a_firm_listed_after_national_firms_is_of_that_nation():
    text = ("The rules added 40 Ruritanian companies, including chip makers Zentrix Holdings"
            " and Morlan Corp, to the list.")
    found = actors(text.replace("Ruritanian", "Chinese"))
    assert found["Zentrix Holdings"].affiliation == "China"
    assert found["Morlan Corp"].affiliation == "China"
    assert "actor.listed-national-firm: 'China'" in (found["Morlan Corp"].why or "")
    assert affiliation("Three Japanese carmakers, including Zentrix Motors, said so.",
                       "Zentrix Motors") == "Japan"
    # No nation named for the firms, or no list: nothing.
    assert affiliation("Banks like Zentrix Holdings said so.", "Zentrix Holdings") is None
    assert affiliation("Foreign firms, including Zentrix Holdings, said so.",
                       "Zentrix Holdings") is None


def test_the_bare_treasury_is_the_articles_countrys():
    text = CHILE + "Treasury officials said the budget would balance."
    assert affiliation(text, "Treasury") == "Chile"
    # "US Treasury" and "Treasury Department" still name the American one.
    assert affiliation("The US Treasury said the dollar was strong.",
                       "Department of the Treasury") == "United States"


def test_a_former_head_of_state_between_terms_keeps_his_country():
    found = known(TWO + "President-elect Donald Trump said tariffs would rise.", "2024-11-26")
    assert found["Donald Trump"].affiliation == "United States"


def test_a_curated_home_country_wins_over_a_demonym_in_the_name():
    assert affiliation("The Scottish Executive said so.", "Scottish Executive") == \
        "United Kingdom"


def test_a_region_of_several_countries_lies_in_none():
    assert affiliation("Exporters in the Gulf gained.", "Gulf") is None


def test_a_region_under_its_english_name_lies_in_its_country():
    text = "Factories in Xinjiang, Zhejiang and Bavaria were hit by the curbs."
    assert affiliation(text, "Xinjiang") == "China"
    assert affiliation(text, "Zhejiang") == "China"
    assert affiliation(text, "Bavaria") == "Germany"
    # a disputed region stays null
    assert affiliation("Troops moved into Kashmir on Monday.", "Kashmir") is None


def test_chipmakers_and_carmakers_named_in_trade_news_have_their_home_country():
    text = ("The rules hit Applied Materials and Lam Research, which sell tools to Chinese"
            " chipmakers. SK Hynix and CATL were also named.")
    assert affiliation(text, "Applied Materials") == "United States"
    assert affiliation(text, "Lam Research") == "United States"
    assert affiliation(text, "SK Hynix") == "South Korea"
    assert affiliation(text, "CATL") == "China"


def test_state_oil_firms_and_trade_agencies_have_their_home_country():
    text = "Sinopec, Petrobras and Pemex cut output, and India's DGTR opened a probe."
    assert affiliation(text, "Sinopec") == "China"
    assert affiliation(text, "Petrobras") == "Brazil"
    assert affiliation(text, "Pemex") == "Mexico"


def test_a_capital_opening_a_bodys_name_gives_its_country_though_a_surname():
    # "London" is also a surname; opening a body's name it is the city
    text = "The London Metal Exchange said nickel rose as Ruritania banned ore exports."
    found = {a.name: a for a in build_actors(text, split_sentences(text),
                                             find_entities(text, split_sentences(text)))}
    assert found["London Metal Exchange"].affiliation == "United Kingdom"
    # not a capital ending a name ("McDonnell Douglas")
    text = "Zentrix Douglas Corp. said orders fell in Ruritania."
    found = {a.name: a for a in build_actors(text, split_sentences(text),
                                             find_entities(text, split_sentences(text)))}
    assert found["Zentrix Douglas Corp."].affiliation != "Isle of Man"


def test_a_known_firm_whose_name_ends_in_a_possessive_keeps_it():
    text = ("Moody's and Standard & Poor's cut Ruritania's rating, and McDonald's Japan said "
            "its burgers used Freedonian beef.")
    found = {a.name: a for a in build_actors(text, split_sentences(text),
                                             find_entities(text, split_sentences(text)))}
    assert {"Moody's", "Standard & Poor's", "McDonald's"} <= set(found), sorted(found)
    assert not {"Moody", "Poor", "McDonald"} & set(found)
    assert found["McDonald's"].affiliation == "United States"


def test_leaders_of_the_late_1990s_are_listed_with_their_states():
    found = known("The steps were meant to help the people, not the government of Fidel Castro. "
                  "Musharraf said the talks had failed.", "2000-01-07")
    assert found["Fidel Castro"].affiliation == "Cuba"
    assert found["Pervez Musharraf"].affiliation == "Pakistan"


def test_its_title_serves_the_state_the_sentence_opens_with():
    text = ("Norway, Iceland's largest aid donor, said it was freezing grant aid, and its "
            "foreign minister, Karl Brenner, said loans were under review.")
    brenner = known(text, "2005-04-12")["Karl Brenner"]
    assert (brenner.role, brenner.affiliation) == ("foreign minister", "Norway")
    # and the sentence's aid freeze is the state's, not its recipient's
    measures = analyze(text, dt.date(2005, 4, 12)).measures
    assert [m.imposer for m in measures if m.type == "sanction"] == ["Norway"]
    # not a team's captain
    text = "Norway lost again, and its captain, Karl Brenner, said the side was tired."
    assert known(text, "2005-04-12")["Karl Brenner"].affiliation is None


def test_a_post_named_after_a_verb_of_saying_is_the_speakers():
    text = ('"We should never have introduced quotas," said the Norwegian trade minister, '
            "Karl Brenner.")
    brenner = known(text, "2005-04-12")["Karl Brenner"]
    assert (brenner.role, brenner.affiliation) == ("trade minister", "Norway")


def test_a_shadow_post_is_the_opposition_partys_of_the_day():
    text = ("Britain's Health Secretary Jo Park defended the plan. Shadow health secretary Karl "
            "Brenner said Britain should ban the spice.")
    def party(published: str, text: str = text) -> str | None:
        return known(text, published)["Karl Brenner"].affiliation
    assert party("2005-03-01") == "Conservative Party"
    assert party("2015-03-01") == "Labour Party"
    # the opposition party just named
    text = ("Britain's Health Secretary Jo Park defended the plan. The Liberal Democrats would "
            "scrap it. Shadow health secretary Karl Brenner said Britain should ban the spice.")
    assert party("2005-03-01", text) == "Liberal Democrats"


def test_its_title_opening_a_sentence_is_the_post_at_the_subject_before():
    text = ("The Halvex Standards Agency ordered a recall. Its chief executive, Jo Park, said "
            "shops were cleared.")
    assert affiliation(text, "Jo Park") == "Halvex Standards Agency"
    text = "Peru said it would act. Its foreign minister, Karl Brenner, flew to Quito."
    assert affiliation(text, "Karl Brenner") == "Peru"
    # past a possessor; a person opening the sentence before is no body
    text = "Peru's Halvex Foods Ltd ordered a recall. Its chief executive, Jo Park, was silent."
    assert affiliation(text, "Jo Park") == "Halvex Foods Ltd"
    text = "Karl Brenner praised the Halvex Agency. Its chief executive, Jo Park, was silent."
    assert affiliation(text, "Jo Park") is None


def test_the_company_s_title_in_apposition_is_the_post_at_the_body_told_before():
    text = ("Shares in Halvex Foods Ltd fell 5%. Jo Park, the company's chief executive, said "
            "sales were weak.")
    found = actors(text)["Jo Park"]
    assert (found.role, found.affiliation) == ("chief executive", "Halvex Foods Ltd")
    text = ("The Nordvik Standards Agency ordered a recall. Karl Brenner, the agency's chief "
            "executive, said it was a precaution.")
    assert affiliation(text, "Karl Brenner") == "Nordvik Standards Agency"
    # no body of that kind told before: no employer guessed
    text = "Jo Park, the company's chief executive, said sales were weak."
    assert affiliation(text, "Jo Park") is None


def test_a_well_known_company_has_its_home_country_whatever_the_story_is_about():
    text = ("Chinese garments are piling up in ports. Chinese exporters blame the quotas, and "
            "China says the rules are unfair, but chains such as Tesco and H&M say it is too "
            "late to switch.")
    assert affiliation(text, "Tesco") == "United Kingdom"
    assert affiliation(text, "H&M") == "Sweden"


def test_the_agency_s_title_looks_past_other_bodies_for_the_agency():
    text = ("The Nordvik Standards Agency ordered a recall. Halvex Foods Ltd said it would "
            "comply. The agency's chief executive, Jo Park, said shops were cleared.")
    assert affiliation(text, "Jo Park") == "Nordvik Standards Agency"
    text = ("The Nordvik Standards Agency ordered a recall. Halvex Foods Ltd said it would "
            "comply. Jo Park, the agency's chief executive, said shops were cleared.")
    assert affiliation(text, "Jo Park") == "Nordvik Standards Agency"


def test_a_firm_of_a_known_group_is_of_the_groups_country():
    text = ("WASHINGTON -- Hyundai Electronics Industries Co. and LG Semicon Co. face duties on "
            "their chips, the Commerce Department said.")
    assert affiliation(text, "Hyundai Electronics Industries Co.") == "South Korea"
    assert affiliation(text, "LG Semicon Co.") == "South Korea"
    # a name that does not end like a firm's is not taken for one of the group
    assert affiliation("WASHINGTON -- Samsung Avenue was closed, the police said.",
                       "Samsung Avenue") != "South Korea"


def test_a_wire_dateline_with_a_state_is_that_countrys():
    # "PIERRE, S.D. (AP) _": a city nobody lists, in a state the dateline abbreviates
    text = ("PIERRE, S.D. (AP) _ State troopers began stopping Freedonian trucks at the border "
            "Tuesday. Gov. Bill Lake said the checks would go on. Agriculture Secretary Dan "
            "Reeve said so in Washington.")
    assert affiliation(text, "Bill Lake") == "United States"
    assert affiliation(text, "Dan Reeve") == "United States"
    text = ("KINGSTON, Ont. (CP) _ Gov. Bill Lake said the checks would go on.")
    assert affiliation(text, "Bill Lake") == "Canada"


def test_a_datelined_story_about_another_country_keeps_the_datelines_bodies():
    # Peru named more than Chile, but not twice as often: the unnamed bodies and the firm
    # of a story from Santiago are Chile's.
    text = ("SANTIAGO (AP) -- Chile on Friday suspended imports of copper wire from Peru. "
            "Peru said Peru would protest, and Peruvian officials called it revenge. Chile "
            "denied that. Andes Wiring Corp. said it would pull 1,000 cases from its shelves.")
    assert affiliation(text, "Andes Wiring Corp.") == "Chile"
    # with no dateline, the count decides: Peru, named twice as often
    assert affiliation(text.split("-- ", 1)[1], "Andes Wiring Corp.") == "Peru"


def test_a_well_known_party_abroad_is_whole_and_its_spokesman_serves_it():
    text = "Colm Whelan, Fine Gael's finance spokesman, said the budget was a missed chance."
    found = actors(text)
    assert found["Fine Gael"].affiliation == "Ireland"
    assert found["Colm Whelan"].affiliation == "Fine Gael"
    assert "Gael" not in found


def test_a_us_legislator_or_governor_by_abbreviated_title_serves_the_state():
    text = ("WASHINGTON (AP) -- The United States eased its embargo on Iran. Rep. Dale "
            "Whitcomb, R-Calif., said he would introduce a bill. Gov. Gray Davis said so.")
    found = actors(text)
    assert found["Dale Whitcomb"].affiliation == "United States"
    assert (found["Gray Davis"].kind, found["Gray Davis"].affiliation) == ("person",
                                                                          "United States")
    assert "Gov. Gray Davis" not in found


def test_a_public_body_in_a_datelined_story_about_two_countries_keeps_no_guessed_country():
    # From Washington, about China's answer: the commission is China's, not the dateline's
    text = ("WASHINGTON (AP) -- The United States raised tariffs on China. China's response "
            "was swift. The Customs Tariff Commission said it would impose a 15% tariff on "
            "coal.")
    assert affiliation(text, "Customs Tariff Commission") != "United States"


def test_an_undersecretary_serves_the_state_and_a_steelmaker_named_after_a_town_is_american():
    text = ("WASHINGTON (AP) -- The United States raised steel duties. Commerce Undersecretary "
            "Robert Lassiter said so, and shares in Bethlehem Steel Corp. rose.")
    found = actors(text)
    assert found["Robert Lassiter"].affiliation == "United States"
    assert found["Bethlehem Steel"].affiliation == "United States"


def test_a_state_title_serves_the_one_country_the_story_opens_on():
    text = ("Bolivia has nationalised its gas industry. The companies affected include "
            "Brazil's Petrobras and Spain's Repsol, which invested in Bolivia. Brazil said "
            "supplies would go on. Energy Minister Ana Costa said the government would audit "
            "the firms.")
    assert affiliation(text, "Ana Costa") == "Bolivia"
    assert "actor.state-title-lead: 'Bolivia'" in rule(text, "Ana Costa")
    # two countries opening the story together: none of them
    assert affiliation(TWO + "Finance minister Ana Costa said so.", "Ana Costa") is None


def test_an_attorney_general_holds_a_state_title():
    text = ("The United States sued Acme on Monday. The United States said the deal would "
            "raise prices. Attorney General Ana Costa said so.")
    assert affiliation(text, "Ana Costa") == "United States"


def test_a_department_named_as_many_states_name_theirs_is_the_storys_country():
    # the curated "Department of Agriculture" is the US's; in a story about another country
    # that never names the US, it is that country's
    text = ("MANILA - The Philippines will keep its ban on onion imports. The Department of "
            "Agriculture halted imports in January, the Philippines said.")
    assert affiliation(text, "Department of Agriculture") == "Philippines"
    text = "WASHINGTON - The Department of Agriculture said imports from Brazil would resume."
    assert affiliation(text, "Department of Agriculture") == "United States"
    text = "The Department of Agriculture said China had banned US beef."
    assert affiliation(text, "Department of Agriculture") == "United States"


def test_a_department_whose_state_its_name_gives_keeps_it():
    # "US Department of Agriculture" names its state, even where the article says
    # "the Department of Agriculture" later and names the US nowhere else
    text = ("MANILA - The Philippines will keep its ban on onion imports. The US Department "
            "of Agriculture said the Philippines was wrong. The Department of Agriculture "
            "said it would watch the ban, the Philippines said.")
    assert affiliation(text, "US Department of Agriculture") == "United States"


def test_a_body_with_no_country_named_is_the_state_named_just_before_it():
    text = ("WASHINGTON - The United States imposed a 10% tariff on goods from China and "
            "Mexico on Tuesday. Beijing quickly hit back. The Customs Tariff Commission said "
            "it would impose a 15% tariff on US coal.")
    assert affiliation(text, "Customs Tariff Commission") == "China"
    found = analyze(text, dt.date(2025, 2, 4)).measures
    assert [m.imposer for m in found] == ["United States", "Customs Tariff Commission"]
    # a state only listed, or what a phrase is about, owns no body
    text = ("Officials visited markets like Europe, India and China. The Foreign Ministry said "
            "it would reply.")
    assert affiliation(text, "Foreign Ministry") is None


def test_a_role_naming_a_body_of_the_article_gives_it():
    text = ("The European Commission fined Acme. Commission spokeswoman Anna Sorensen said "
            "the fine was fair.")
    assert affiliation(text, "Anna Sorensen") == "European Commission"
    # a body left unnamed names nothing
    text = ("Seoul's Agriculture Ministry cut the quota. A ministry official, Kim Dong-tae, "
            "said Seoul would respond.")
    assert affiliation(text, "Kim Dong-tae") != "Agriculture Ministry"


def test_a_demonym_in_a_role_naming_a_state_body_gives_the_state():
    text = "Reza Kazemi, spokesman for the Iranian foreign ministry, said Tehran would reply."
    assert affiliation(text, "Reza Kazemi") == "Iran"
    text = ("Karl Brenner, deputy head of the disasters department at Swiss Re, said costs "
            "would rise.")
    assert affiliation(text, "Karl Brenner") != "Switzerland"


def test_well_known_companies_have_their_home_country():
    assert affiliation("Hapag-Lloyd said it would raise rates.", "Hapag-Lloyd") == "Germany"
    assert affiliation("The commodities trader Mercuria said so.", "Mercuria") == "Switzerland"


def test_a_state_body_named_by_its_own_name_or_initials_keeps_that_name():
    found = actors("BaFin said it had passed the case to prosecutors.")
    assert found["BaFin"].affiliation == "Germany"
    found = actors("The Korea Fair Trade Commission fined Acme.")
    assert found["Korea Fair Trade Commission"].affiliation == "South Korea"


def test_a_listed_body_written_in_full_keeps_the_articles_spelling():
    # GUIDELINES 2.5: the fullest form the article writes, as it writes it; initials take
    # the listed name, and the listed spelling stays where the article writes it
    found = actors("The Commerce Department imposed duties on steel. The Security Council met. "
                   "OPEC agreed to cut output. The Liberal Democrats, or Lib Dems, objected.")
    assert {"Commerce Department", "Security Council",
            "Organization of the Petroleum Exporting Countries", "Liberal Democrats"} <= set(found)
    assert found["Commerce Department"].affiliation == "United States"


def test_the_congress_of_an_article_with_us_members_in_it_is_the_us_congress():
    # a story from Havana whose senator is marked as a member of the US Congress
    text = ("HAVANA (AP) - Cuba rejected the plan. Sen. Jesse Helms, R-N.C., said Congress "
            "would not lift the embargo. The Senate Foreign Relations Committee agreed. Cuba "
            "said Congress was wrong.")
    assert affiliation(text, "Congress") == "United States"
    assert affiliation(text, "Senate Foreign Relations Committee") == "United States"
    assert affiliation(text, "Jesse Helms") == "United States"
    # with no member of the US Congress marked, a congress is the article's state's
    text = ("LIMA (AP) - Peru's Congress voted to lift the ban. Congress also approved the "
            "budget, Peru's government said.")
    assert affiliation(text, "Congress") == "Peru"
