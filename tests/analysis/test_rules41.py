"""Rules of the forty-first session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2024-05-02") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_class_still_barred_needs_no_date_of_its_own():
    # GUIDELINES 4.3 other, 4.4 maintain: the state told before lays it; the sentence
    # names no day
    assert _records("LIMA, May 2 (Reuters) - Peru has cleared two private airlines to fly to"
                    " Madrid. Private carriers remain barred from flying to Europe, the most"
                    " lucrative market for Peruvian travellers.") == [
        ("other", "maintain", "Peru")]
    assert _records("Peru has cleared two private airlines to fly to Madrid. Players remain"
                    " banned from playing in the league after the scandal.") == []


def test_a_central_bank_named_national_bank_is_a_public_body():
    # GUIDELINES 4.1: a central bank takes measures; a commercial bank so named does not
    assert _records("The National Bank of Serbia said it would inspect both lenders' foreign"
                    " currency accounts.") == [("investigation", "investigate",
                                                "National Bank of Serbia")]
    assert _records("The National Bank of Kenya said it would inspect both lenders'"
                    " accounts.") == []


def test_a_state_stops_granting_leases_and_concessions():
    # GUIDELINES 4.3 other: permits of any kind a state stops granting
    assert _records("The Peruvian government stopped issuing new logging leases in"
                    " 2014.") == [("other", "impose", "Peru")]
    assert _records("Bolivia will halt the granting of new Mining Concessions until the law"
                    " is passed.")[0] == ("other", "impose", "Bolivia")
    assert _records("The bank stopped issuing new credit cards in 2014.") == []


def test_the_government_of_a_state_after_an_opening_time_acts():
    # GUIDELINES 4.1: "the government of X" is X, after "In 2014" as without it
    assert _records("In 2014 the government of Peru imposed a tax on exports of"
                    " gold.") == [("tariff", "impose", "Peru")]
    assert _records("In 2014 the government of Papua New Guinea stopped issuing new Special"
                    " Agriculture and Business Leases.") == [
        ("other", "impose", "Papua New Guinea")]


def test_a_ban_lifted_past_the_participle_that_laid_it():
    # GUIDELINES 4.3, 4.4 lift: "a ban imposed in June on X" is a ban on X
    assert _records("Peru said it had lifted a ban imposed in June on imports of mineral"
                    " water from Chile.") == [("import_ban", "lift", "Peru")]
    assert _records("Russia lifted the ban introduced last year on Polish meat.") == [
        ("import_ban", "lift", "Russia")]


def test_neither_negates_a_step():
    # GUIDELINES 4.1: what no one can do is no measure
    assert _records("Neither Peru nor Chile is a member of the World Trade Organization, so"
                    " neither can challenge the duties there.") == []


def test_a_probe_ended_by_the_duties_told_before_is_no_record_of_its_own():
    # GUIDELINES 4.2: one record per measure
    assert _records("LIMA, June 16 - Peru has imposed anti-dumping duties of up to 22 percent"
                    " on steel coil from China for five years, ending a year-long"
                    " investigation into complaints by domestic mills.") == [
        ("trade_defence", "impose", "Peru")]
    assert _records("Peru ended its investigation into Chinese steel.") == [
        ("investigation", "lift", "Peru")]


def test_aid_asked_of_parliament_past_a_time_is_proposed():
    # GUIDELINES 4.3 subsidy, 4.4 propose: a government's own plan its legislature passes
    assert _records("Peru's economy minister said the government would ask parliament next"
                    " week to approve 60 million soles in heating aid for poor"
                    " households.")[0][:2] == ("subsidy", "propose")
    assert _records("Bulgaria will give 60 million levs in fuel aid to poor households.") == [
        ("subsidy", "impose", "Bulgaria")]


def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_an_adjective_in_ed_after_a_preposition_sets_no_past_tense():
    # GUIDELINES 5.1: a step to come, dated forward whatever adjective stands near it
    assert _deadlines("Peru will raise duties on imported new cars in January.", "2008-10-23") == [
        ("2009-01", "Peru will raise duties on imported new cars")]
    assert _deadlines("Peru will cut the tax on processed food in March.", "2008-10-23")[0][0] \
        == "2009-03"
    # a verb after a preposition's object still tells the past
    assert _deadlines("Peru raised duties on cars in January.", "2008-10-23") == []


def test_a_measure_valid_for_a_span_ends_at_its_close():
    # GUIDELINES 5.1, 5.3: a span counted from the day it starts
    assert _deadlines("The order is valid for 60 days from Thursday.", "2008-09-10") == [
        ("2008-11-10", "the order is valid from Thursday")]
    assert _deadlines("His passport was valid for ten years.", "2008-09-10") == []


def test_foreigners_told_what_they_must_do_with_stakes():
    # GUIDELINES 4.3 investment_restriction: foreign ownership held back, as a class's duty
    assert _records("LIMA, April 3 - Foreign investors will need government approval to buy"
                    " control of Peruvian companies in 42 strategic sectors from next"
                    " year.") == [("investment_restriction", "impose", "Peru")]
    assert _records("Foreign companies will have to sell 51 percent of their local units to"
                    " Kenyans within three years, the Kenyan government said.") == [
        ("investment_restriction", "impose", "Kenya")]
    # a duty of another kind stays "other"; a licence needed is one record
    assert _records("Foreign carriers must file their schedules within 30 days, the Kenyan"
                    " government said.") == [("other", "impose", "Kenya")]
    assert _records("Importers will need a licence to bring in sugar from January, Kenya's"
                    " government said.") == [("other", "impose", "Kenya")]


def test_the_state_before_the_news_is_a_record_of_its_own():
    # GUIDELINES 4.2: background in force, its own record
    text = ("LIMA, April 3 - Foreign investors will need government approval to buy control"
            " of Peruvian companies in 42 strategic sectors from next year. Until now Peru has"
            " capped foreign ownership in only a few industries, among them airlines.")
    assert len(_records(text)) == 2


def test_utility_tariffs_a_regulator_freezes_are_a_price_control():
    # GUIDELINES 4.3 other: prices a public authority caps or freezes
    assert _records("Peru's energy regulator froze electricity tariffs for households until"
                    " July.") == [("other", "impose", "Peru")]
    assert _deadlines("Peru's energy regulator froze electricity tariffs for households until"
                      " July.", "2008-03-14") == [
        ("2008-07", "the electricity tariffs for households frozen until then")]
    assert _records("The central bank froze interest rates.") == []
    assert _records("Acme froze its electricity tariffs.") == []


def test_a_loan_programme_agreed_with_a_lender_of_states_is_a_deal():
    # GUIDELINES 4.3 agreement: a state and the IMF agree a rescue
    assert _records("On Nov. 11 Peru secured a three-year, $12 billion loan programme with"
                    " the International Monetary Fund.") == [("agreement", "impose", "Peru")]
    assert _records("Acme secured a loan with the World Bank.") == []


def test_a_consultation_on_a_step_puts_it_forward():
    # GUIDELINES 4.4 propose: put forward, not adopted (a planned change keeps its action)
    assert _records("Peru launched a consultation on new tariffs on Chinese batteries.") == [
        ("tariff", "propose", "Peru")]
    assert _records("Peru launched a consultation on extending surtaxes to Chinese"
                    " batteries.") == [("tariff", "extend", "Peru")]


def test_customs_officers_and_border_guards_take_a_state_step():
    # GUIDELINES 5.1: a step officials will take on a day
    assert _deadlines("Customs officers will begin checks on March 1.", "2007-02-08") == [
        ("2007-03-01", "Customs officers will begin checks")]
    assert _deadlines("Border guards will turn back trucks from Monday.", "2007-02-08") == [
        ("2007-02-12", "border guards will turn back trucks")]


def test_a_word_in_ed_before_a_hyphen_is_no_verb():
    # GUIDELINES 5.3: "used-car imports" sets no past tense for the day after it
    assert _deadlines("Customs officers will begin checks on used-car imports on April 1.",
                      "2025-03-14") == [
        ("2025-04-01", "Customs officers will begin checks on used-car imports")]
