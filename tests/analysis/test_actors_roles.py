"""Roles and the affiliations the words around a name give (GUIDELINES 2.6, 2.7): titles
before the name, appositions before and after it, party adjectives, bodies after the name.
One positive and one negative sentence per rule, all invented."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.actors import build_actors
from newsdesk.analysis.engine import analyze
from newsdesk.analysis.entities import find_entities
from newsdesk.analysis.model import Actor
from newsdesk.analysis.sentences import split_sentences


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    """name -> (role, affiliation) of each person found in `text`."""
    sentences = split_sentences(text)
    found: list[Actor] = build_actors(text, sentences, find_entities(text, sentences))
    return {actor.name: (actor.role, actor.affiliation) for actor in found
            if actor.kind == "person"}


def why_of(text: str, name: str) -> str:
    sentences = split_sentences(text)
    found = build_actors(text, sentences, find_entities(text, sentences))
    return next(actor.why or "" for actor in found if actor.name == name)


# -- title before the name -------------------------------------------------------------------

def test_title_before_the_name_with_a_demonym():
    assert people("German Trade Representative Karl Brenner said tariffs would rise.") == {
        "Karl Brenner": ("Trade Representative", "Germany")}
    assert "actor.title-before-name: 'Trade Representative'" in why_of(
        "German Trade Representative Karl Brenner said tariffs would rise.", "Karl Brenner")


def test_a_field_between_a_titles_modifier_and_its_head_stays_in_the_title():
    assert people("Freedonia's chief sanitary inspector Karl Brenner said the ban would "
                  "stay.") == {"Karl Brenner": ("chief sanitary inspector", "Freedonia")}
    assert people("The senior economic adviser, Karl Brenner, said so.") == {
        "Karl Brenner": ("senior economic adviser", None)}
    # Not across a sentence of its own: "the chief" ends a clause here.
    assert people("He met the chief and later Karl Brenner said so.") == {
        "Karl Brenner": (None, None)}


def test_no_title_no_role():
    assert people("Karl Brenner said tariffs would rise.") == {"Karl Brenner": (None, None)}


def test_a_portfolio_joined_by_and_stays_in_the_title():
    text = "In Chile, Health and Human Services Secretary Ana Costa met doctors."
    assert people(text)["Ana Costa"][0] == "Health and Human Services Secretary"


def test_and_between_two_people_is_no_portfolio():
    text = "Karl Brenner and Trade Secretary Ana Costa met in Lyon."
    assert people(text)["Ana Costa"][0] == "Trade Secretary"


def test_portfolio_after_for_is_in_the_role_and_no_actor():
    text = "Ana Costa, State Minister for National Development Planning, spoke in Lima."
    sentences = split_sentences(text)
    names = {a.name for a in build_actors(text, sentences, find_entities(text, sentences))}
    assert "National Development Planning" not in names
    assert people(text)["Ana Costa"][0] == "State Minister for National Development Planning"


def test_a_body_after_a_title_and_of_stays_an_actor():
    text = "Ana Costa, Chairman of Zentrix Holdings, spoke in Lima."
    sentences = split_sentences(text)
    names = {a.name for a in build_actors(text, sentences, find_entities(text, sentences))}
    assert "Zentrix Holdings" in names


# -- party adjectives --------------------------------------------------------------------------

def test_party_adjective_before_a_party_title_is_the_party():
    assert people("Tory leader Ann Hill spoke first.") == {
        "Ann Hill": ("leader", "Conservative Party")}
    assert people("The debate heard German Liberal spokesman Tom Gray.")["Tom Gray"] == (
        "spokesman", "Liberal Party")


def test_party_word_before_a_government_title_is_a_portfolio():
    found = people("Labour Minister Ann Hill spoke first.")
    assert found["Ann Hill"][0] == "Labour Minister"
    assert found["Ann Hill"][1] != "Labour Party"


# -- appositions -------------------------------------------------------------------------------

def test_apposition_before_with_a_company_possessive_and_a_place():
    text = "The Zentrix correspondent in Lyon, Mia Wong, reported the strike."
    assert people(text) == {"Mia Wong": ("correspondent in Lyon", "Zentrix")}


def test_a_list_before_a_name_gives_no_role():
    text = "Lyon, Lima and Quito were named, Mia Wong reported."
    assert people(text) == {"Mia Wong": (None, None)}


def test_apposition_before_after_a_dateline():
    for dateline in ("STRELSAU -", "STRELSAU, March 4 (Reuters) -", "STRELSAU —"):
        text = f"{dateline} Germany's trade minister, Karl Brenner, said tariffs would rise."
        assert people(text) == {"Karl Brenner": ("trade minister", "Germany")}, dateline
    # Mid-sentence, the apposition still has to open its clause, unless a possessive owns
    # the post (thirtieth session: "talks with China's Minister of Foreign Trade, X.")
    assert people("Tariffs rose as trade minister, Karl Brenner, said they would.") \
        == {"Karl Brenner": (None, None)}
    assert people("Tariffs rose as Germany's trade minister, Karl Brenner, said they would.") \
        == {"Karl Brenner": ("trade minister", "Germany")}


def test_a_name_in_apposition_after_a_title_is_a_person_even_if_it_starts_like_a_place():
    # "Lyon" is a place; between a title and its closing comma the name is the holder's
    text = "Germany's trade minister, Lyon Brenner, said tariffs would rise."
    assert people(text) == {"Lyon Brenner": ("trade minister", "Germany")}
    # no closing comma: no apposition, and a body is still a body
    text = "Germany's trade minister met Lyon Holdings on Monday."
    assert people(text) == {}


def test_apposition_after_with_a_complement():
    text = "Lee Smith, director of policy at Zentrix Holdings, disagreed."
    assert people(text) == {
        "Lee Smith": ("director of policy at Zentrix Holdings", "Zentrix Holdings")}
    text = "Mike Lane, a spokesman for Zentrix's lawyers, said the case was weak."
    assert people(text) == {"Mike Lane": ("spokesman for Zentrix's lawyers", "Zentrix")}


def test_a_name_an_apposition_gives_a_persons_post_is_a_person():
    # "Lyon" is a place and "Lyon Brenner" no known name: the post after it tells
    text = ("Lyon Brenner, the director general of minerals and coal at the Zentrix Energy "
            "Ministry, told reporters the ban would start in May.")
    assert people(text) == {"Lyon Brenner": (
        "director general of minerals and coal at the Zentrix Energy Ministry",
        "Zentrix Energy Ministry")}
    # a title after a body's name with its article is the next clause's subject
    text = "Writing in the Strelsau Herald, the prime minister conceded the point."
    assert people(text) == {}


def test_a_complement_ends_where_a_clause_starts():
    text = "Lee Smith, economist at Zentrix Holdings said rates would rise."
    assert people(text) == {"Lee Smith": ("economist at Zentrix Holdings", "Zentrix Holdings")}
    text = "Mia Wong, spokeswoman for Zentrix which makes the posters, said sales rose."
    assert people(text) == {"Mia Wong": ("spokeswoman for Zentrix", "Zentrix")}


def test_apposition_after_that_does_not_close_gives_no_role():
    text = "Lee Smith, director of policy at Zentrix Holdings in 2019 after years abroad at a"
    text += " rival bank in Lima and Quito and Bogota in the long years before it said so."
    assert people(text)["Lee Smith"][0] is None
    # a relative clause ends the complement, closed or not
    text = "Lee Smith, director of policy at Zentrix Holdings who joined in 2019 after years abroad"
    text += " at a rival bank in Lima and Quito said so."
    assert people(text)["Lee Smith"][0] == "director of policy at Zentrix Holdings"


def test_of_a_body_in_apposition_is_the_affiliation():
    text = "Bo Lund, of the Harbour League, said the ban was overdue."
    assert people(text) == {"Bo Lund": (None, "Harbour League")}


def test_of_a_place_in_apposition_is_no_affiliation():
    text = "Bo Lund, of Lyon, said the ban was overdue."
    assert people(text) == {"Bo Lund": (None, None)}


# -- what follows the name ---------------------------------------------------------------------

def test_country_or_body_after_the_name():
    found = people("President Ana Costa of Brazil met analyst Ed Kim at Zentrix Holdings.")
    assert found == {"Ana Costa": ("President", "Brazil"),
                     "Ed Kim": ("analyst", "Zentrix Holdings")}


def test_from_a_country_says_where_not_whom():
    assert people("Student Ana Costa from Brazil asked a question.")["Ana Costa"][1] is None


# -- one person, one actor ---------------------------------------------------------------------

def test_a_surname_with_its_particle_joins_the_full_name():
    text = "Planning Minister Julio De Varga spoke. Mr De Varga said costs would rise."
    sentences = split_sentences(text)
    found = build_actors(text, sentences, find_entities(text, sentences))
    assert [(a.name, len(a.mentions)) for a in found] == [("Julio De Varga", 2)]


def test_a_different_person_with_the_same_particle_stays_apart():
    text = "Julio De Varga spoke. Ana De Souza said costs would rise."
    assert set(people(text)) == {"Julio De Varga", "Ana De Souza"}


def test_a_known_body_before_a_title_is_kept_and_gives_the_affiliation():
    text = "European Commission President Anna Lindqvist said the bloc was ready."
    sentences = split_sentences(text)
    names = {a.name for a in build_actors(text, sentences, find_entities(text, sentences))}
    assert "European Commission" in names
    assert people(text)["Anna Lindqvist"] == ("President", "European Commission")


def test_a_title_for_a_portfolio_before_a_name_is_the_role():
    import datetime as dt

    from newsdesk.analysis.engine import analyze
    for text, name, role in (
            ("Minister for Trade Simon Birmingham said so.", "Simon Birmingham",
             "Minister for Trade"),
            ("Minister for the Environment Jo Park said so.", "Jo Park",
             "Minister for the Environment"),
            # Opening a sentence, "Secretary of State" is a title, not an ordinary word.
            ("Secretary of State Madeleine Albright said so.", "Madeleine Albright",
             "Secretary of State")):
        found = analyze(text, dt.date(2012, 1, 1)).actors
        assert [(a.name, a.kind, a.role) for a in found] == [(name, "person", role)]


def test_a_portfolio_opening_the_sentence_belongs_to_the_title_after_it():
    import datetime as dt

    from newsdesk.analysis.engine import analyze
    found = analyze("Farm minister Ben Bradshaw said so.", dt.date(2004, 12, 8)).actors
    assert [(a.name, a.role) for a in found] == [("Ben Bradshaw", "Farm minister")]
    found = analyze("Yesterday minister Jo Park said so.", dt.date(2004, 12, 8)).actors
    assert [(a.name, a.role) for a in found] == [("Jo Park", "minister")]


def test_a_plural_title_before_two_names_is_each_ones_role():
    found = people("US Senators Karl Brenner and Anna Vogel have proposed a tariff.")
    assert found["Karl Brenner"] == ("Senator", "United States")
    assert found["Anna Vogel"][0] == "Senator"
    # before one name a plural is no title of that one ("analysts Gartner": a firm)
    assert people("Sprinters Karl Brenner missed the test.").get("Karl Brenner",
                                                                  (None,))[0] is None
    # and a team named with a plural title stays a team
    assert "Queens Park Rangers" not in people("Queens Park Rangers won on Saturday.")


def test_a_short_month_that_is_a_first_name_opens_the_name():
    found = people("Ministers Ann Linde and Jan Eliasson met in Stockholm.")
    assert found["Jan Eliasson"][0] == "Minister"
    assert "Sun Willis" not in people("In Tears of the Sun Willis plays a commander.")


def test_a_definite_title_inside_a_clause_with_its_name_set_off_by_commas():
    text = "The president ordered her trade minister, Karl Brenner, to act."
    assert people(text)["Karl Brenner"] == ("trade minister", None)
    assert people("Officials met the finance minister, Ana Costa, on Monday.") == {
        "Ana Costa": ("finance minister", None)}
    # Not definite, or a list rather than an apposition: no role.
    assert people("Officials met a banker, Ana Costa, on Monday.") == {"Ana Costa": (None, None)}
    assert people("He said the minister, Ana Costa and Karl Brenner agreed.") == {
        "Ana Costa": (None, None), "Karl Brenner": (None, None)}


def test_a_body_a_few_lower_case_words_describe_in_a_titles_complement_is_the_employer():
    assert people("Karl Brenner, director general of trade body Harbour Steel, said so.") == {
        "Karl Brenner": ("director general of trade body Harbour Steel", "Harbour Steel")}
    assert people("Ana Costa, chief economist at consultancy Zentrix Economics in Lyon, said"
                  " so.")["Ana Costa"][1] == "Zentrix Economics"
    # A description with no body after it names no employer.
    assert people("Ana Costa, head of research at the bank in Lyon, said so.")["Ana Costa"][
        1] is None


def test_a_provinces_or_towns_officer_serves_the_state_the_place_lies_in():
    assert people("Ontario Premier Karl Brenner said the surcharge would stay.") == {
        "Karl Brenner": ("Premier", "Canada")}
    assert people("Lyon mayor Ana Costa said so.") == {"Ana Costa": ("mayor", "France")}
    # A title that firms and clubs have too, or no public title: the place says nothing.
    assert people("Lyon president Ana Costa said so.")["Ana Costa"][1] is None
    assert people("London analyst Ana Costa said so.")["Ana Costa"][1] is None


def test_common_portfolios_belong_to_the_title():
    assert people("Farm Commissioner Karl Brenner will present proposals in June.") == {
        "Karl Brenner": ("Farm Commissioner", None)}
    assert people("The party's pensions spokesman Karl Brenner said so.")["Karl Brenner"][
        0] == "pensions spokesman"
    # A day or a street before the title is no portfolio.
    assert people("On Monday media chief Karl Brenner said so.")["Karl Brenner"][0] == \
        "media chief"
    assert people("The Harbour Street media chief Karl Brenner said so.")["Karl Brenner"][
        0] == "media chief"


def test_a_post_held_before_keeps_its_ex_and_a_former_employer_is_no_affiliation():
    assert people("Jailed ex-Zentrix boss Karl Brenner appealed.") == {
        "Karl Brenner": ("ex-Zentrix boss", None)}
    assert people("The ex-minister Karl Brenner said so.") == {
        "Karl Brenner": ("ex-minister", None)}
    assert people("Karl Brenner, ex-president of Zentrix Holdings, said so.") == {
        "Karl Brenner": ("ex-president of Zentrix Holdings", None)}
    # A present employer stays.
    assert people("Karl Brenner, president of Zentrix Holdings, said so.") == {
        "Karl Brenner": ("president of Zentrix Holdings", "Zentrix Holdings")}


def test_a_party_adjective_before_a_shadow_portfolio_is_the_party():
    # The body before the title is the portfolio the party's spokesman shadows.
    assert people("Liberal Democrat Treasury spokesman Ann Hill said so.")["Ann Hill"] == (
        "Treasury spokesman", "Liberal Democrats")
    assert people("Tory Treasury spokesman Tom Gray said so.")["Tom Gray"] == (
        "Treasury spokesman", "Conservative Party")
    # No party: the body is the employer.
    assert people("Barclays spokesman Tom Gray said so.")["Tom Gray"] == (
        "spokesman", "Barclays")


def test_a_party_adjective_before_a_shadow_post_or_co_chairman_is_the_party():
    assert people("Conservative shadow foreign secretary Ann Hill said so.")["Ann Hill"] == (
        "shadow foreign secretary", "Conservative Party")
    assert people("Tory co-chairman Tom Gray said so.")["Tom Gray"] == (
        "co-chairman", "Conservative Party")


def test_a_party_adjective_before_a_noun_is_no_actor():
    # GUIDELINES 2.3: adjectives are no mentions ("a Conservative government"); a party's
    # name used as a modifier is ("a Labour government")
    text = ("Tom Gray said a Conservative government would abolish the levy and Republican "
            "senators agreed.")
    names = {actor.name for actor in build_actors(text, split_sentences(text),
                                                  find_entities(text, split_sentences(text)))}
    assert not names & {"Conservative", "Republican", "Conservative Party"}


def test_a_demonym_right_after_a_title_is_a_given_name():
    # English writes the holder's nationality before a title, never after it.
    assert people("Economic Development Minister German Gref said so.") == {
        "German Gref": ("Economic Development Minister", None)}
    assert people("The German Chancellor Karl Brenner said so.") == {
        "Karl Brenner": ("Chancellor", "Germany")}


def test_a_countrys_body_in_a_titles_complement_gives_the_country():
    # Another country is the article's: only the complement says whom Jo Park serves.
    text = ("Ruritania raised duties. Ruritania said so. A spokesman for Freedonia's commerce"
            " ministry, Jo Park, said so.")
    assert people(text)["Jo Park"] == ("spokesman for Freedonia's commerce ministry",
                                       "Freedonia")
    # A firm described after the country's name is no state body.
    assert people("An analyst at Germany's biggest bank, Jo Park, said so.")["Jo Park"][1] \
        is None


def test_a_definite_description_in_the_possessive_names_the_body_named_before():
    text = ("The International Monetary Fund delayed a loan. The fund's managing director,"
            " Jo Park, said so.")
    assert people(text)["Jo Park"] == ("managing director", "International Monetary Fund")
    # Another body named last: no guess.
    text = ("The International Monetary Fund delayed a loan. Barclays said so. The fund's"
            " manager, Jo Park, said so.")
    assert people(text)["Jo Park"][1] is None


def test_a_states_post_at_a_body_keeps_the_state():
    # A diplomat keeps his country (2.7); the body stays in the role.
    assert people("Chile's U.N. ambassador, Jo Park, said so.")["Jo Park"] == (
        "U.N. ambassador", "Chile")


def test_a_ministry_field_of_industry_before_the_title_is_its_role():
    text = "The deal was signed by India's petroleum minister Ravi Anand Kumar."
    sentences = split_sentences(text)
    found = {a.name: a for a in build_actors(text, sentences, find_entities(text, sentences))}
    person = found["Ravi Anand Kumar"]
    assert (person.role, person.affiliation) == ("petroleum minister", "India")


def test_a_title_of_a_body_described_by_lower_case_words_after_of():
    text = "Also named were Karl Brenner, chief executive of state oil company Halvex, and others."
    role, affiliation = people(text)["Karl Brenner"]
    assert role is not None and role.startswith("chief executive")
    assert affiliation == "Halvex"
    # "Secretary of State" still holds its "of"
    assert people("Karl Brenner, Secretary of State, said so.")["Karl Brenner"][0] \
        == "Secretary of State"


def test_an_envoy_at_an_international_body_keeps_his_country():
    got = people("Iraq's U.N. Ambassador Nizar Hamdoon said Baghdad would accept the deal.")
    assert got["Nizar Hamdoon"] == ("U.N. Ambassador", "Iraq"), got
    got = people("U.N. envoy Lakhdar Brahimi said talks would resume.")
    assert got["Lakhdar Brahimi"][1] == "United Nations", got


def test_a_post_held_at_a_state_or_body_named_before_the_name():
    got = people("U.S. Ambassador to the U.N. Bill Richardson said the vote would wait.")
    assert got == {"Bill Richardson": ("Ambassador to the U.N", "United States")}, got
    got = people("Chinese Ambassador to the United States Li Zhaoxing said.")
    assert got == {"Li Zhaoxing": ("Ambassador to the United States", "China")}, got
    got = people("Chief Secretary to the Treasury Paul Boateng said spending would rise.")
    assert got["Paul Boateng"][0] == "Chief Secretary to the Treasury", got
    assert "Secretary" not in got


def test_an_appositions_role_drops_an_abbreviation_in_brackets_and_the_employers_city():
    text = ("Jo Park, director of the Nordvik Institute for Fiscal Studies (NIFS), said the plan "
            "was fair. Karl Brenner, chief economist at Halvex Capital in Tokyo, agreed. Ann "
            "Lee, head of sales at Halvex Capital in Europe, did not.")
    found = people(text)
    assert found["Jo Park"][0] == "director of the Nordvik Institute for Fiscal Studies"
    assert found["Karl Brenner"][0] == "chief economist at Halvex Capital"
    assert found["Ann Lee"][0] == "head of sales at Halvex Capital in Europe"  # a region


def test_a_member_of_parliament_or_a_council_is_a_titled_person():
    # "MP", "MEP", "Councillor" before a name are titles, as "Senator" is: the person
    # is named, with the party before the title as affiliation (2.7)
    assert people("Green MEP Ann Hill welcomed the vote.")["Ann Hill"] == ("MEP", "Green Party")
    assert people("Labour MP Tom Gray said so.")["Tom Gray"] == ("MP", "Labour Party")
    assert people("Lib Dem MP Tom Gray said so.")["Tom Gray"] == ("MP", "Liberal Democrats")
    assert people("Backbencher Tom Gray said so.")["Tom Gray"] == ("Backbencher", None)


def actors_of(text: str) -> dict[str, str]:
    sentences = split_sentences(text)
    return {actor.name: actor.kind for actor in
            build_actors(text, sentences, find_entities(text, sentences))}


def test_the_seat_before_a_members_title_is_a_place_and_a_former_post_a_title():
    found = actors_of("North Wessex MEP Ann Hill and Kingsbridge City Councillor Tom Gray "
                      "met Ex-Labour MP Joe Reed.")
    assert found == {"North Wessex": "place", "Ann Hill": "person",
                     "Kingsbridge City": "place", "Tom Gray": "person", "Joe Reed": "person"}
    # a party or a body before the title stays what it is
    assert actors_of("Wessex Farmers Union MP Tom Gray said so.")["Wessex Farmers Union"] \
        == "organization"


def test_a_party_adjective_right_before_a_name_gives_the_party():
    # 2.7: a party given only by its adjective still gives the party; the adjective is no
    # mention (2.3), so "Liberal Democrat Ann Hill" is the person alone
    assert people("Liberal Democrat Ann Hill said so.") == {"Ann Hill": (None, "Liberal Democrats")}
    assert people("Republican Tom Gray and Democrat Joe Reed agreed.") == {
        "Tom Gray": (None, "Republican Party"), "Joe Reed": (None, "Democratic Party")}
    assert "Conservative Party" not in actors_of("Conservative Tom Gray said so.")
    # no party word: nothing given
    assert people("On Monday Tom Gray said so.")["Tom Gray"][1] is None


def test_a_member_named_by_the_seat_alone_gives_the_seat_as_a_place():
    assert actors_of("The North Wessex MP said so. The Tory MP agreed.") == {
        "North Wessex": "place"}
    # a name before the letters is a person's ("Frank Field MP")
    assert "Tom Gray" in " ".join(actors_of("Tom Gray MP said so."))
    assert people("Edinburgh MSP Ann Hill said so.")["Ann Hill"][0] == "MSP"


def test_a_portfolio_before_a_lower_case_title_is_part_of_the_role():
    found = {a.name: a for a in analyze("US Treasury secretary Scott Bessent said talks went "
                                        "well. Treasury officials agreed.",
                                        dt.date(2025, 9, 20)).actors}
    assert found["Scott Bessent"].role == "Treasury secretary"
    assert found["Scott Bessent"].affiliation == "United States"
    found = {a.name: a for a in analyze("Labour backbencher Stephen Pound said so.",
                                        dt.date(2005, 3, 1)).actors}
    assert found["Stephen Pound"].affiliation == "Labour Party"


def test_a_cabinet_title_of_several_portfolio_words_is_kept_whole():
    found = {a.name: a for a in analyze("Local Government Minister Nick Raynsford repeated the "
                                        "warning. Work and Pensions Secretary Alan Johnson "
                                        "agreed.", dt.date(2005, 3, 1)).actors}
    assert found["Nick Raynsford"].role == "Local Government Minister"
    assert found["Alan Johnson"].role == "Work and Pensions Secretary"
