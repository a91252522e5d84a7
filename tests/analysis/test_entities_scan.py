"""The entity finder's fast paths give what the plain patterns and rules they stand for give."""

from __future__ import annotations

import re

import pytest

from newsdesk.analysis.entities import document, words
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


# The scan of the whole text for words for a ship that `is_ship_name_start` stands for.
_SHIP_SCAN = re.compile(
    r"\b(?:ship|tanker|supertanker|vessel|freighter|trawler|ferry|yacht|warship|frigate"
    r"|destroyer|submarine|cruiser|liner|containership|icebreaker|barge|carrier)"
    r"(?: named| called)? (?=[A-Z])")


def _ship_name_starts_by_scan(text: str) -> set[int]:
    starts = set()
    for found in _SHIP_SCAN.finditer(text):
        if found.group().startswith("carrier") and not text.endswith(
                ("aircraft ", "bulk ", "gas ", "car "), 0, found.start()):
            continue
        if document._SHIP_BEFORE.search(text, max(0, found.start() - document._SHIP_REACH),
                                        found.start()):
            starts.add(found.end())
    return starts


_SHIP_TEXTS = [
    "The tanker Eagle S was seized; a Liberian-flagged vessel named Galaxy Leader too.",
    "the aircraft carrier Nimitz, the carrier Lufthansa, its warship HMS Foo, leadership Bar",
    "The containership called Ever Given; the supertanker  Baz; a ship named named Qux",
    "their submarine Kursk, the icebreaker Yamal, the_ship Foo, the ship Élan, éship Foo",
    "the gas carrier Foo and the car carrier Bar; an oil tanker named X; the ferry Named Y",
    "ship Foo", "the ship", "the ship ", "vessel named", "",
]


@pytest.mark.parametrize("text", _SHIP_TEXTS)
def test_ship_name_starts_as_the_scan_finds_them(text: str) -> None:
    found = {pos for pos in range(len(text) + 1) if document.is_ship_name_start(text, pos)}
    assert found == _ship_name_starts_by_scan(text)
