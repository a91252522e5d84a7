"""Rules of the thirty-sixth session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _actor_names(text: str, published: str = "2024-03-04") -> list[str]:
    return [a.name for a in analyze(text, dt.date.fromisoformat(published)).actors]


def test_a_plural_noun_that_is_also_a_surname_opens_a_sentence_as_the_noun():
    # no one is named Banks or Mills here: the sentence opens with the common noun
    assert _actor_names('"Banks will stay cautious until the rules change," said Noura'
                        " Khatib, a lawyer at Halden & Pryce.") == [
        "Noura Khatib", "Halden & Pryce"]
    assert _actor_names("Banks welcomed the vote. The association had long complained.") == []
    assert _actor_names("Mills will close next year, the union said.") == []


def test_the_surname_stays_a_name_where_the_article_names_someone_so():
    assert _actor_names("Tony Banks said he would resign. Banks has said the vote was"
                        " wrong.") == ["Tony Banks"]
    # before a verb of saying a lone surname is someone's
    assert _actor_names("Woods said he was happy with his round.") == ["Woods"]


def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_a_decision_a_body_will_announce_within_a_span_is_due_then():
    # GUIDELINES 5.1: a body's output put out by a time; the "it" is the body, not its probe
    assert _deadlines(
        "The Commerce Department is investigating imports of steel wheels from Vietnam, and"
        " said on Friday it would announce a preliminary decision within 45 days.",
        "2012-09-24") == [("2012-11-05",
                           "the Commerce Department would announce a preliminary decision")]
    assert _deadlines("The regulator will make a final decision on the merger by March 1.",
                      "2012-09-24") == [
        ("2013-03-01", "the regulator will make a final decision on the merger")]


def test_a_firms_decision_or_one_only_expected_in_a_season_is_no_deadline():
    assert _deadlines("The company said it would make a decision on the plant within 30"
                      " days.", "2012-09-24") == []
    assert _deadlines("The regulator expects to announce its decision on the advertising"
                      " rules in the autumn.", "2012-03-24") == []


def _measures(text: str, published: str = "2019-01-08") -> list[tuple[str, str]]:
    return [(m.type, m.action) for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_measure_stands_past_a_relative_clause_set_off_by_commas():
    # GUIDELINES 4.2: "stays in place" is said of the ban, past the clause about Cambodia
    assert _measures("A ban on fish imports from Cambodia, which was given a red card by"
                     " Brussels in 2014, stays in place.") == [("import_ban", "maintain")]
    assert _measures("Duties on Chinese tyres, which the commerce ministry first imposed in"
                     " 2015 after a long probe, remain in force.") == [("tariff", "maintain")]


def test_duties_thrown_out_or_quashed_are_lifted():
    assert _measures("The International Trade Commission on Wednesday threw out anti-dumping"
                     " duties on newsprint from Canada, ruling that the imports had caused"
                     " no harm.") == [("trade_defence", "lift")]
    assert _measures("The General Court quashed the duties on Chinese solar glass.") == [
        ("tariff", "lift")]
    # a case thrown out is no measure lifted
    assert _measures("The judge threw out the case against the company.") == []


def test_ending_at_a_level_ends_nothing():
    assert _measures("The safeguard tariff on solar cells starts at 30 percent and steps down"
                     " each year, ending at 15 percent within the quota.") == [
        ("trade_defence", "impose")]
    assert _measures("The rates will step down annually, ending at 16 percent within the"
                     " quota and 40 percent above it.") == []
    assert _measures("The government will end the quota on rice imports next year.") == [
        ("quota", "lift")]


def test_a_review_of_a_partys_eligibility_or_compliance_is_a_probe():
    assert _measures("The Office of the U.S. Trade Representative opened an out-of-cycle"
                     " review of South Africa's eligibility for trade preferences.") == [
        ("investigation", "investigate")]
    assert _measures("The European Commission launched a review of Cambodia's compliance"
                     " with labour rights.") == [("investigation", "investigate")]
    # a review of a policy's rules probes no party
    assert _measures("The Treasury will open a review of its eligibility rules for"
                     " pensions.") == []


def test_a_decision_put_off_on_whether_to_take_a_step_delays_it():
    # GUIDELINES 4.4 delay: the step weighed is put off, not a hypothesis
    assert _measures("The European Commission has postponed until October a decision on"
                     " whether to ban fish imports from Liberia.") == [("import_ban", "delay")]
    assert _measures("The European Commission has put off a decision on whether to impose"
                     " duties on Chinese bicycles.") == [("tariff", "delay")]
    # a decision to come on whether to act is no step yet
    assert _measures("The ministry will make a decision on whether to impose duties on"
                     " Chinese bicycles.") == []


def test_a_duty_laid_on_vessels_is_a_measure_a_storm_forcing_ships_is_not():
    assert _measures("Indonesia will require all fishing vessels of 30 gross tonnes and"
                     " above to carry satellite trackers.") == [("other", "impose")]
    assert _measures("The storm forced ships to seek shelter in the harbour.") == []


def test_a_programme_of_preferences_and_a_spelled_out_term_are_no_actors():
    assert _actor_names("Washington ended India's eligibility for the Generalized System of"
                        " Preferences on June 5.") == ["United States", "India"]
    assert _actor_names("The Commission said Thailand had made progress against illegal,"
                        " unreported and unregulated (IUU) fishing. IUU catches fell.") == [
        "Thailand"]


def _actor_kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.kind, a.affiliation) for a in analyze(text, dt.date(2019, 2, 21)).actors]


def test_a_name_with_a_landform_after_its_first_word_is_a_place():
    # "Pearl" is a given name, "Delta" a Nigerian state: neither makes the name
    assert _actor_kinds("Ports in the Pearl River Delta have banned the discharges.") == [
        ("Pearl River Delta", "place", None)]
    assert _actor_kinds("Floods hit the Ohio River Valley.") == [
        ("Ohio River Valley", "place", "United States")]
    # a body's word at the end makes a body
    assert _actor_kinds("The Mekong River Commission met on Monday.")[0][:2] == (
        "Mekong River Commission", "organization")


def _affiliation(text: str, name: str) -> str | None:
    actors = analyze(text, dt.date(2015, 11, 6)).actors
    return next(a.affiliation for a in actors if a.name == name)


def test_congress_of_a_state_with_a_parliament_is_the_us_one():
    assert _affiliation("JOHANNESBURG, Nov 6 - South Africa must remove barriers to US"
                        " poultry, the White House said. Congress renewed the trade law in"
                        " June.", "Congress") == "United States"
    # where the state has a congress (or a party of that name), it is the state's
    assert _affiliation("LIMA - Peru's Congress voted on Friday. Congress passed the bill.",
                        "Congress") == "Peru"
    assert _affiliation("NEW DELHI - India will hold elections in May. Congress said it"
                        " would contest every seat.", "Congress") == "India"


def test_the_name_after_a_persons_name_and_of_is_an_employer():
    assert _actor_kinds("The ban hurts shipowners, said Anna Berg of Aegean Bulk.") == [
        ("Anna Berg", "person", "Aegean Bulk"), ("Aegean Bulk", "organization", None)]
    # a list of people after "of" stays people
    assert [kind for _, kind, _ in _actor_kinds(
        "Paintings of Anna Berg and Lena Marx hang there.")] == ["person", "person"]


def test_a_public_window_closing_or_opening_on_a_day_is_due_then():
    # GUIDELINES 5.1: the last day to apply under a public scheme, the close of a consultation
    assert _deadlines("Ottawa raised the cap on cash advances for canola growers."
                      " Applications for the higher advances close on August 31.",
                      "2019-06-26") == [
        ("2019-08-31", "Applications for the higher advances close")]
    assert [date for date, _ in _deadlines(
        "The mayor will extend the charging zone, subject to a consultation that closes on"
        " 26 August.", "2019-06-26")] == ["2019-08-26"]
    # a firm's hiring, and a window already closed, are no deadlines
    assert _deadlines("Applications for the 500 jobs at the plant close on Friday.",
                      "2019-06-26") == []
    assert _deadlines("Applications for the grants closed on May 1.", "2019-06-26") == []


def test_a_firm_with_an_official_word_in_its_name_takes_no_state_step():
    # GUIDELINES 4.1: a company's decision is no measure; "Treasury" names no treasury here
    assert _measures("China lifted its tariffs on Australian wine on Friday. Treasury Wine"
                     " Estates, the maker of Penfolds, said it would resume shipments to China"
                     " in the coming weeks.", "2024-03-28") == [("tariff", "lift")]


def test_a_class_barred_from_conduct_in_any_form_of_the_verb():
    # GUIDELINES 4.3 other: conduct a public body forbids a class; the IMO is a public body
    assert _measures("The IMO will bar ships without scrubbers from even carrying fuel with"
                     " more than 0.5 percent sulphur.") == [("other", "impose")]
    # foreign-controlled firms barred from bidding: an investment restriction
    assert _measures("Russia is to bar foreign-controlled companies from bidding for the"
                     " licences to develop its largest deposits.", "2005-01-20") == [
        ("investment_restriction", "impose")]


def test_international_bodies_are_known_by_their_initials():
    assert _actor_names("The IMO and the ICAO met in London.") == [
        "International Maritime Organization", "International Civil Aviation Organization",
        "London"]


def test_a_complaint_a_state_files_in_a_story_of_a_wto_dispute_is_one_too():
    assert _measures("Ukraine filed a complaint at the World Trade Organization in March."
                     " The Dominican Republic said this month it would file a complaint"
                     " within weeks.", "2012-11-30") == [
        ("investigation", "investigate"), ("investigation", "investigate")]
    # a complaint to a shop or a ministry, or with no trade dispute told, is none
    assert _measures("Shoppers filed a complaint with the store. The WTO said nothing.") == []
    assert _measures("The Dominican Republic said it would file a complaint within"
                     " weeks.") == []
    # a case brought by states, in a story of a WTO ruling
    assert _measures("The World Trade Organization ruled that EU sugar aid breaks its rules."
                     " The case was brought by Brazil, Australia and Thailand.",
                     "2004-08-05") == [("investigation", "investigate")]
    assert _measures("The WTO ruled on Monday. The case was brought by the company's"
                     " rivals.") == []


def test_inspectors_a_public_body_sends_are_an_inspection():
    assert _measures("The European Commission banned Polish meat. A spokesman said"
                     " Commission inspectors would be sent to Poland in the coming weeks to"
                     " audit its veterinary controls.") == [
        ("import_ban", "impose"), ("investigation", "investigate")]
    assert _measures("Moldova's economy minister said Chisinau would allow Russian"
                     " inspectors to visit its wineries next month.") == [
        ("investigation", "investigate")]
    # a firm inviting inspectors lays no inspection; nor do a firm's own inspectors
    assert _measures("Lviv Sweets Ltd said its sweets were tested by European laboratories and"
                     " that it had invited Russian inspectors to visit its factories.") == []
    assert _measures("The company's own quality inspectors visit every farm.") == []
