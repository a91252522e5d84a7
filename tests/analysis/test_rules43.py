"""Rules of the forty-third session, on invented sentences (GUIDELINES.md 2, 3, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2024-08-01") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def _deadlines(text: str, published: str = "2021-03-22") -> list[str]:
    return [d.date for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_a_step_also_taken_is_another_step():
    # GUIDELINES 4.2: one record per measure; "also" before the verb adds one
    assert _records("Vietnam's central bank banned imports of gold bars in March. The central"
                    " bank also banned imports of gold coins and medallions in July.") == [
        ("import_ban", "impose", "Vietnam"), ("import_ban", "impose", "Vietnam")]
    # what the ban also covers is the same ban
    assert _records("Russia banned imports of Polish apples in August. The ban also covers"
                    " pears, officials said.") == [("import_ban", "impose", "Russia")]


def test_an_unnamed_authority_is_the_state_that_acted_last():
    # GUIDELINES 4.5: an unnamed authority stands for its country
    assert _records("Egypt banned imports of used cars in 2019. Last week the central bank"
                    " barred imports of gold coins.")[-1] == ("import_ban", "impose", "Egypt")
    # authorities of any or of many states stand for none
    assert _records("Egypt banned imports of used cars on Monday. Regulators across Africa"
                    " banned imports of used tyres in 2019.")[-1][2] is None


def test_a_ban_of_other_goods_is_not_the_ban_told_before():
    # GUIDELINES 4.2: "banned Russian airlines", then "to ban imports of Russian steel"
    assert _records("LONDON - Britain has banned Russian airlines from its airspace. Ministers"
                    " said they would legislate to ban imports of Russian iron and steel.") == [
        ("other", "impose", "United Kingdom"), ("import_ban", "impose", "United Kingdom")]


def test_dates_written_day_first_in_figures():
    # GUIDELINES 3, 5.1: "15/04/2021" cannot be month first; dotted dates are day first
    assert _deadlines("Importers must pay the old duty rates by 15/04/2021, customs said in a"
                      " circular dated 19/03/2021.") == ["2021-04-15"]
    assert _deadlines("The new fee applies from 31.03.2026, the agency said.",
                      "2026-01-10") == ["2026-03-31"]
    # month first stays the reading where both could be the month
    assert _deadlines("Importers must pay by 4/5/2021, customs said.") == ["2021-04-05"]


def test_a_denied_report_dates_nothing():
    # GUIDELINES 5.1: what an official denies will happen is no deadline
    assert _deadlines("The finance minister denied reports that petrol subsidies would end in"
                      " July, saying no decision had been taken.", "2022-03-15") == []
    assert _deadlines("The finance minister said petrol subsidies would end in July.",
                      "2022-03-15") == ["2022-07"]


def test_a_deadline_missed_or_dropped_binds_no_more():
    # GUIDELINES 5.1: the day of a deadline missed, dropped or moved is no due date
    assert _deadlines("Ottawa dropped the Jan. 1 deadline for banning imports of plastic"
                      " cutlery after a court ruling.", "2023-11-20") == []
    assert _deadlines("Brokers that missed the January 31 deadline to register now have until"
                      " March 15.", "2016-02-09") == ["2016-03-15"]
    assert _deadlines("Importers must register before the January 31 deadline, customs said.",
                      "2016-02-09") == ["2017-01-31"]


def test_half_of_a_month_is_that_month():
    # GUIDELINES 3: "the second half of March" is March, not the year's second half
    assert _deadlines("The Philippines will allow onion imports only until the second half"
                      " of March, the agriculture department said.", "2023-02-28") == ["2023-03"]


def test_a_freeze_on_goods_holds_them_back():
    # GUIDELINES 4.3 import_ban / export_control: "a freeze on imports of new cars"
    assert _records("Algeria imposed a freeze on imports of new cars in 2017.") == [
        ("import_ban", "impose", "Algeria")]
    assert _records("Algeria lifted its freeze on imports of new cars on Monday.") == [
        ("import_ban", "lift", "Algeria")]
    # a freeze of pay, prices or hiring is told too many ways to type: none
    assert _records("The government announced a pay freeze for public workers.") == []
    # the sanctions' asset freeze stays a sanction
    assert _records("The EU imposed an asset freeze on 20 officials.") == [
        ("sanction", "impose", "European Union")]
