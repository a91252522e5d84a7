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
