"""The entity finder's fast paths give what the plain patterns and rules they stand for give."""

from __future__ import annotations

import re

import pytest

from newsdesk.analysis.entities import words
from newsdesk.analysis.entities.words import CANDIDATE, candidates

# CANDIDATE as first written, without the guards that spare the regex engine work.
_UP, _SEP, _CONN = words._UP, words._SEP, words._CONN
_PLAIN_TOKEN = (
    rf"(?:(?:{words._ABBR})\.(?!\w))"
    rf"|(?:[{_UP}]\.){{2,}}"
    rf"|(?:[{_UP}]\.)+[{_UP}](?!\w)"
    rf"|[{_UP}]\.(?=[ \t\u00a0]+[{_UP}])"
    rf"|(?:(?:al|el)-)?[{_UP}]\w*(?:(?:['’](?![sS]\b)|[-&])\w+)*"
)
_PLAIN_CANDIDATE = re.compile(
    rf"(?=[{_UP}]|[ae]l-)(?:(?:{_PLAIN_TOKEN})"
    rf"(?:{_SEP}(?:(?:{_CONN}){_SEP})*(?=[{_UP}]|[ae]l-[{_UP}]))?)+"
)

_TEXTS = [
    "The US Treasury Secretary Scott Bessent met Chinese Vice-Premier He Lifeng in Madrid.",
    "Leaders of al-Qaeda and el-Baradei spoke; the real-Time Warner deal, ex-al-Qaeda men.",
    "al-Sadr, then Hamas-al-Aqsa and Bal-Harbour: al- el-x al-Q al-",
    "Mr. Smith of Acme Inc. and J. R. R. Tolkien, U.S and U.N. officials in St. Louis.",
    "Škoda and Łódź, Ängelholm; ÉLYSÉE, naïve Zürich, Ōsaka. eBay and anti-American.",
    "Standard & Poor's, Marsh & McLennan, the Bank of the West and Charles de Gaulle.",
    "", "a", "A", "al-", "el-Sisi", "xal-Y", "MEXICO CITY (Reuters) - The ...",
    "Messrs. Smith and Mrs. Jones, Messrs Smith, Mr.X, O'Brien's AT&T-Mobile of the Sea",
    "Ministry of the Interior\u00a0and\tde la Rue, van der Berg of\tthe Bank of the\nWest",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_candidate_matches_as_first_written(text: str) -> None:
    for pos in range(len(text) + 1):
        plain, fast = _PLAIN_CANDIDATE.match(text, pos), CANDIDATE.match(text, pos)
        assert (plain and plain.span()) == (fast and fast.span()), text[pos:]


@pytest.mark.parametrize("text", _TEXTS)
def test_candidates_match_the_plain_scan(text: str) -> None:
    assert [m.span() for m in candidates(text)] == [m.span() for m in CANDIDATE.finditer(text)]
