"""Rules of the thirty-ninth session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2024-05-02") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def _labels(text: str, published: str = "2024-05-02") -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_the_states_own_body_that_tells_of_its_step_takes_it():
    # GUIDELINES 4.5: the most specific named actor presented as acting
    assert _records("Ghana will raise its duty on imported cheese to 20% from June 1, the"
                    " Ministry of Finance said on Tuesday, after a review of the dairy"
                    " market.") == [("tariff", "impose", "Ministry of Finance")]
    assert _records("Japan will scrap its quota on imported rice from April, its Ministry of"
                    " Agriculture said.") == [("quota", "lift", "Ministry of Agriculture")]
    # a firm or another state's body that tells of it does not take it
    assert _records("Japan will scrap its quota on imported rice from April, Toyota"
                    " said.") == [("quota", "lift", "Japan")]
    assert _records("Japan will scrap its quota on imported rice from April, the European"
                    " Commission said.") == [("quota", "lift", "Japan")]
    # a deal keeps its parties
    assert _records("Japan and Canada will sign a trade agreement in June, the Ministry of"
                    " Foreign Affairs said.")[0][2] == "Japan"


def test_the_body_that_told_of_a_step_stays_on_its_states_side():
    # GUIDELINES 4.2: one record for one measure, whether the state or its ministry is named
    text = ("China will scrap hefty duties on Australian wine from Friday, its Ministry of"
            " Commerce said on Thursday. China imposed anti-dumping duties on Australian wine"
            " in March 2021.")
    assert _records(text) == [("trade_defence", "lift", "Ministry of Commerce"),
                              ("trade_defence", "impose", "China")]


def test_a_ministry_in_a_label_reads_with_its_article():
    assert _labels("Ghana will raise its duty on imported cheese to 20% from June 1, the"
                   " Ministry of Finance said. The ministry said the duty would apply to all"
                   " cheese.") == [
        ("2024-06-01", "the Ministry of Finance's duty on imported cheese takes effect")]


def test_a_states_step_its_agency_is_later_told_to_keep_is_the_agencys():
    # GUIDELINES 4.5: the most specific named actor the story presents as acting
    assert _records("Canada suspended imports of beef from Brazil on Friday. The Canadian Food"
                    " Inspection Agency said it would keep the ban until Brazil answers its"
                    " questions.") == [
        ("import_ban", "impose", "Canadian Food Inspection Agency")]
    # not its legislature, which only speaks of it
    assert _records("Canada suspended imports of beef from Brazil on Friday. The Canadian"
                    " Parliament said it would keep the ban until Brazil answers its"
                    " questions.") == [("import_ban", "impose", "Canada")]


def test_relief_sought_from_a_measure_leaves_the_measure_standing():
    # GUIDELINES 4.1: the tariff is laid (by the relative clause's subject); the relief
    # lobbied for is no step
    assert _records("Gulf producers are lobbying Washington for relief from the 10% tariff on"
                    " aluminium imports that the United States imposed last week.",
                    "2018-03-15") == [("tariff", "impose", "United States")]


def test_a_title_before_the_name_in_a_relative_clause_is_the_persons():
    # GUIDELINES 4.5: a person's step is the state's; "President" is not an unnamed
    # authority of the dateline's country
    records = _records("MANAMA, March 15 - Gulf producers are lobbying Washington for relief"
                       " from the 10% tariff on aluminium imports that President Donald Trump"
                       " ordered last week.", "2018-03-15")
    assert ("tariff", "impose", "United States") in records


def test_a_second_measure_set_off_beside_the_first_shares_its_verb():
    assert _records("The tariff, and a 25% duty on steel, were imposed by the United States"
                    " under Section 232.", "2018-03-15") == [
        ("tariff", "impose", "United States")]


def test_a_measure_a_relative_clause_tells_was_laid_but_the_main_clause_keeps():
    # GUIDELINES 4.4 maintain: a standing measure described as in force
    assert _records("The ban on beef, which Japan imposed in 2019 after an outbreak of"
                    " disease in the United States, still remains in force.") == [
        ("other", "maintain", "Japan")]


def test_a_relative_clause_on_a_long_subject_leaves_the_label():
    # GUIDELINES 5: "what" a short clause that reads on its own
    assert _labels("The United States imposed a tariff on aluminium in March. Producers said"
                   " the 10% tariff on aluminium imports that President Donald Trump ordered"
                   " last week takes effect on March 23.", "2018-03-15") == [
        ("2018-03-23", "the 10% tariff on aluminium imports takes effect")]
    # the hearer of what is told is no subject of a relative clause
    assert _labels("He told the Scottish Parliament on Wednesday that a ban on smoking in"
                   " public places would be introduced by the spring of 2006.",
                   "2005-03-01")[0][1].startswith("a ban on smoking")
