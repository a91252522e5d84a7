"""Rules of the thirty-fourth session, on invented sentences: one more unit of time
("another year", "a further month") as a span, and what follows from it (GUIDELINES.md 3,
5.1, 5.3)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze
from newsdesk.analysis.sentences import split_sentences
from newsdesk.analysis.timex import tag_times


def _times(text: str, published: str = "2005-02-21") -> list[tuple[str, str, str]]:
    found = tag_times(text, split_sentences(text), dt.date.fromisoformat(published))
    return [(t.text, t.type, t.value) for t in found]


def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.date, d.text) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_one_more_unit_of_time_is_a_span_of_one_unit():
    assert _times("Ruritania's ministers renewed the embargo for another year.") == [
        ("another year", "DURATION", "P1Y")]
    assert _times("The levy will stay for a further month.") == [
        ("a further month", "DURATION", "P1M")]
    assert _times("Importers will get an additional week to file.") == [
        ("an additional week", "DURATION", "P1W")]
    # with a count, the count says how many (as before)
    assert _times("The truce was extended for another three months.") == [
        ("another three months", "DURATION", "P3M")]


def test_a_title_with_another_in_it_is_no_span():
    assert _times("The latest film, Die Another Day, drew crowds.") == []
    assert _times("Critics called Another Year Of Tariffs a fine report.") == []
    # but a sentence may open with it
    assert _times("Another year of losses looms.") == [("Another year", "DURATION", "P1Y")]


def test_a_measure_renewed_for_another_year_lasts_until_a_year_from_the_day_told():
    assert _deadlines("EU foreign ministers have renewed sanctions against Ruritania for "
                      "another year.", "2005-02-21") == [
        ("2006", "another year")]
    assert _deadlines("Canada said its duties on Ruritanian steel would stay in place for a "
                      "further year.", "2005-02-21") == [("2006", "a further year")]


def _labels(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_an_extra_span_is_one_span_and_its_words_stay_out_of_the_label():
    assert _times("Brussels proposed giving importers an extra 12 months to comply.") == [
        ("an extra 12 months", "DURATION", "P12M")]
    assert _times("Growers will have an extra year to adapt.") == [
        ("an extra year", "DURATION", "P1Y")]
    assert _labels("The Commission proposed giving importers an extra 12 months to comply "
                   "with the forest law.", "2024-10-03") == [
        ("2025-10", "importers must comply with the forest law")]


def test_a_duty_only_possible_stays_possible_in_the_label():
    assert _labels("Acme might have to drop its plan to build a plant by 2027.",
                   "2024-10-03") == [("2027", "Acme may have to drop its plan to build a plant")]
    assert _labels("Exporters could have to pay the levy by March 2025.", "2024-10-03") == [
        ("2025-03", "exporters may have to pay the levy")]
    # a firm duty is still "must"
    assert _labels("Exporters will have to pay the levy by March 2025.", "2024-10-03") == [
        ("2025-03", "exporters must pay the levy")]


def _affiliations(text: str, published: str = "2024-10-03") -> dict[str, str | None]:
    found = analyze(text, dt.date.fromisoformat(published))
    return {actor.name: actor.affiliation for actor in found.actors if actor.kind == "person"}


def test_a_state_title_serves_the_state_whose_step_its_holder_reports():
    # the story is mostly about another state; the minister speaks for the one he reports
    assert _affiliations("France backed the plan on Monday. France wants more. Britain will "
                         "press for a quota of its own, Business Minister Owen Pryor said."
                         ) == {"Owen Pryor": "United Kingdom"}
    assert _affiliations("The EU renewed sanctions on Zimbabwe. Zimbabwe called it unfair. "
                         "Foreign Office minister Gareth Pryce said Britain had argued "
                         "strongly for the renewal.") == {"Gareth Pryce": "United Kingdom"}
    assert _affiliations("China lifted its wine duties. China said it was a goodwill step. "
                         "Trade Minister Don Harrell said Australia would now withdraw its "
                         "complaint.") == {"Don Harrell": "Australia"}
    assert _affiliations("Thailand may lose 30bn baht in earnings from tourism, according to "
                         "tourism minister Somchai Kunplome.") == {
        "Somchai Kunplome": "Thailand"}


def test_a_state_named_in_the_sentence_but_not_reported_by_its_holder_decides_nothing():
    # the state is the other side of the step, not its subject
    assert _affiliations("China lifted its wine duties on Australia. China said it was a "
                         "goodwill step. Trade Minister Don Harrell said the move would "
                         "narrow the trade deficit with Australia.") == {"Don Harrell": "China"}
    # the title's holder reports nothing there
    assert _affiliations("France has played a lead role in Ivory Coast after President "
                         "Laurent Gbagbo broke a ceasefire. Ivory Coast is in turmoil. "
                         "Ivory Coast's army was deployed.") == {
        "Laurent Gbagbo": "Ivory Coast"}


def _roles(text: str, published: str = "2023-10-18") -> dict[str, tuple[str | None, str | None]]:
    found = analyze(text, dt.date.fromisoformat(published))
    return {actor.name: (actor.role, actor.affiliation) for actor in found.actors
            if actor.kind == "person"}


def test_a_post_named_after_a_public_bodys_noun_belongs_to_that_body():
    # "the department's", "the bureau's": the body named before, whose state it serves
    assert _roles("The Commerce Department tightened its rules on Tuesday. \"Our aim is "
                  "clear,\" said Martin Keogh, the department's under secretary for "
                  "industry and security.") == {
        "Martin Keogh": ("under secretary for industry and security", "United States")}
    assert _roles("The Canadian Food Inspection Agency halted the imports. \"It is about "
                  "safety,\" said Claude Gagnier, the agency's chief veterinarian.") == {
        "Claude Gagnier": ("chief veterinarian", "Canada")}


def test_a_plain_word_between_a_title_and_its_head_is_part_of_the_post():
    assert _roles("Gennady Onishko, Russia's chief sanitary inspector, said the ban "
                  "would stay.") == {"Gennady Onishko": ("chief sanitary inspector", "Russia")}
    assert _roles("\"Rates will rise,\" said Evan Mann, senior bond analyst at Gimme "
                  "Credit.") == {"Evan Mann": ("senior bond analyst at Gimme Credit",
                                               "Gimme Credit")}
    # a post, then a relative clause on who holds it
    assert _roles("\"This is no cap,\" said Linda Marsh, the commissioner who drafted the "
                  "order.") == {"Linda Marsh": ("commissioner", None)}


def test_a_standing_before_the_owner_of_a_post_stays_with_the_post():
    assert _roles("Peter Allgood, the acting US Trade Representative, said Congress had "
                  "been asked.") == {"Peter Allgood": ("acting Trade Representative",
                                                       "United States")}


def test_a_country_before_a_post_no_state_holds_is_no_employer():
    # a nationality, not an employer; the firm after "at" is the employer
    assert _roles("Stephen Schecter, a UK investment banker, said the club needed "
                  "money.") == {"Stephen Schecter": ("investment banker", None)}
    assert _roles("\"Growth is slowing,\" said Ross Walkers, UK economist at Royal Bank of "
                  "Scotland.") == {"Ross Walkers": ("economist at Royal Bank of Scotland",
                                                    "Royal Bank of Scotland")}


def test_its_post_belongs_to_the_body_the_sentence_before_opens_with():
    # a president or secretary of a body, not a state's (no country named for it)
    assert _roles("The Association of the British Pharmaceutical Industry said the cut was "
                  "painful. Its president, Martin Lowe, said firms would invest.",
                  "2004-11-03") == {"Martin Lowe": (
                      "president", "Association of the British Pharmaceutical Industry")}
    assert _roles("The NLC, which claims four million members, said it would ignore the "
                  "ruling. \"Nobody can stop us,\" Bello Adeyinka, its general secretary, "
                  "told reporters.", "2005-06-01") == {"Bello Adeyinka": (
                      "general secretary", "NLC")}


def test_an_honorific_may_stand_between_a_post_and_the_name_after_its_comma():
    assert _roles("The CBI said small businesses would struggle. Its director-general, Sir "
                  "Digby Hale, called for more time.", "2005-02-10") == {
        "Digby Hale": ("director-general", "CBI")}


def test_a_state_title_in_a_story_about_several_states_serves_the_state_just_named():
    assert _affiliations("The forecasts cover Germany and France equally. Berlin welcomed "
                         "the decision, with finance minister Hans Eichen saying it showed "
                         "progress. Paris was more subdued, with finance minister Herve "
                         "Gaymart telling reporters little.", "2004-12-15") == {
        "Hans Eichen": "Germany", "Herve Gaymart": "France"}


def test_a_dispute_to_be_settled_by_a_day_is_due_then():
    assert _deadlines("The two sides hope to resolve the row by June.", "2001-02-02") == [
        ("2001-06", "June")]
    assert _deadlines("He still hopes to settle the aircraft fight with Brazil by the end of "
                      "March.", "2001-02-02") == [("2001-03-31", "the end of March")]
    # a firm's quarrel with its staff is no policy outcome
    assert _deadlines("Acme hopes to settle its pay dispute with unions by June.",
                      "2001-02-02") == []


def test_standards_and_guarantees_are_policy_things_a_day_may_be_due_for():
    assert _deadlines("The new nutritional standards are due to apply in all primary schools "
                      "from September 2006.", "2005-02-22") == [("2006-09-01", "September 2006")]
    assert _deadlines("The debt guarantee will be available until 9 April 2009.",
                      "2008-10-13") == [("2009-04-09", "9 April 2009")]
    # a software program is no programme of a state
    assert _deadlines("Test versions of the new program are due to be released in the "
                      "summer.", "2005-02-16") == []


def test_a_noun_that_names_the_measure_stays_the_subject_of_its_label():
    # the rules take effect, not the state that made them
    found = analyze("The Commerce Department said on Tuesday it would extend licence "
                    "requirements on chips to 40 more countries. The updated rules will take "
                    "effect in 30 days and extend licence requirements to 40 more countries.",
                    dt.date(2023, 10, 18))
    # (30 days from Tuesday 17 October, the day the paragraph tells: GUIDELINES 5.3)
    assert [(d.date, d.what) for d in found.deadlines] == [
        ("2023-11-16", "the updated rules will take effect and extend licence requirements "
                       "to 40 more countries")]


def test_a_measure_named_again_in_a_label_keeps_its_figure_and_its_determiner():
    from newsdesk.analysis.deadlines.what import measure_phrase
    from newsdesk.analysis.model import Measure, Mention

    text = "On Monday, Ruritania and Freedonia announced a 90-day truce."
    start = text.index("truce")
    truce = Measure(type="agreement", action="impose", imposer="Ruritania", targets=[],
                    magnitude="90-day", start=0, end=len(text), text=text,
                    trigger=Mention(start, start + 5, "truce"), why="measure.named: 'truce'")
    assert measure_phrase(text, truce) == "the 90-day truce"  # was "the day truce"
    text = "Until May, Freedonia said, it would delay those penalties."
    start = text.index("penalties")
    penalties = Measure(type="sanction", action="delay", imposer="Freedonia", targets=[],
                        magnitude=None, start=0, end=len(text), text=text,
                        trigger=Mention(start, start + 9, "penalties"),
                        why="measure.named: 'penalties'")
    assert measure_phrase(text, penalties) == "those penalties"  # was "the those penalties"


def test_a_party_member_of_congress_marks_the_us_congress():
    found = analyze("Cuba freed some prisoners on Monday. Cuba said more would follow. "
                    "Republican Senator Jess Holm said the Senate would hold hearings and "
                    "that only Congress could lift the embargo.", dt.date(1998, 3, 21))
    bodies = {actor.name: actor.affiliation for actor in found.actors
              if actor.kind == "organization"}
    assert bodies["Senate"] == "United States"
    assert bodies["Congress"] == "United States"


def test_a_place_before_a_firms_description_gives_the_firm_its_country():
    found = analyze("The US raised tariffs. \"It is a shock,\" said Ilse Vandam, a partner at "
                    "the Brussels law firm Vandam Claes.", dt.date(2025, 4, 10))
    who = {actor.name: actor.affiliation for actor in found.actors}
    assert who["Vandam Claes"] == "Belgium"
    assert who["Ilse Vandam"] == "Vandam Claes"  # her employer, past the place
