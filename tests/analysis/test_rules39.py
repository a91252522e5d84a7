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
