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
