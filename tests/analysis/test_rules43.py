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
    assert _records("Egypt banned imports of used cars on Monday. Ministers said they would"
                    " also ban imports of used tyres from July.")[-1][2] == "Egypt"
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
