"""The entity finder's fast paths give what the plain patterns and rules they stand for give."""

from __future__ import annotations

import pytest

from newsdesk.analysis.entities.words import CANDIDATE, candidates

_TEXTS = [
    "The US Treasury Secretary Scott Bessent met Chinese Vice-Premier He Lifeng in Madrid.",
    "Leaders of al-Qaeda and el-Baradei spoke; the real-Time Warner deal, ex-al-Qaeda men.",
    "al-Sadr, then Hamas-al-Aqsa and Bal-Harbour: al- el-x al-Q al-",
    "Mr. Smith of Acme Inc. and J. R. R. Tolkien, U.S and U.N. officials in St. Louis.",
    "Škoda and Łódź, Ängelholm; ÉLYSÉE, naïve Zürich, Ōsaka. eBay and anti-American.",
    "Standard & Poor's, Marsh & McLennan, the Bank of the West and Charles de Gaulle.",
    "", "a", "A", "al-", "el-Sisi", "xal-Y", "MEXICO CITY (Reuters) - The ...",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_candidates_match_the_plain_scan(text: str) -> None:
    assert [m.span() for m in candidates(text)] == [m.span() for m in CANDIDATE.finditer(text)]
