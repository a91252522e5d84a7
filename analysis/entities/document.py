"""What the entity passes share: the article's text with its context look-ups, the
capitalized tokens they cut, and the spans they find."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Sentence
from .words import DROP_LOWER, DROP_UPPER, FEW_LOWER_LINE, NEXT_WORD, NUMBER, WORD_CHAR

# How sure a span is: gazetteer or clear context, a default guess, or only a candidate.
SURE, GUESS, WEAK = 2, 1, 0


class Token(NamedTuple):
    """One word of a run of capitalized words, with its offsets in the text."""

    start: int
    end: int
    word: str


@dataclass(slots=True)
class Span:
    """An entity span as the passes find it; `kind` is None for a weak candidate."""

    start: int
    end: int
    kind: str | None
    canonical: str | None
    strength: int  # SURE, GUESS or WEAK

# A programme, law or scheme and the name it is known by, right before a name (not a fund:
# "The rescue fund, known as ESM" is a body).
_CALLED_PROGRAMME = re.compile(r"\b(?:programmes?|programs?|schemes?|plans?|laws?|acts?|bills?"
                               r"|projects?|systems?|policy|policies|initiatives?),?\s+(?:known"
                               r"|dubbed|called|named|nicknamed)\s+(?:as\s+)?(?:the\s+)?")
_CALLED_VERBS = ("known", "dubbed", "called", "named")  # "nicknamed" holds "named"
_CRUDE = re.compile(r"\s+crude\b")
# A one-word name before a kind of pipeline, canal or line built ("the Druzhba pipeline",
# "the Yamal gas pipeline", "the Baku rail corridor"): a work, and so is the word alone
# elsewhere ("Druzhba supplies can be replaced by tanker").
_WORKS_BUILT = ("pipeline", "canal", "railway", "corridor", "tunnel")
_WORK_NAMED = re.compile(r"\b([A-Z][a-z]{2,})\s+(?:(?:oil|gas|crude|rail|railway|transport"
                         r"|trade|transit)\s+)?(?:pipelines?|canal|railway|corridor|tunnel)\b")
# A word for a ship before a name ("the tanker Eagle S", "a Liberian-flagged vessel named
# Galaxy Leader", "the aircraft carrier Nimitz"): the name is a ship's.
_SHIP_WORDS = ("ship", "tanker", "supertanker", "vessel", "freighter", "trawler", "ferry",
               "yacht", "warship", "frigate", "destroyer", "submarine", "cruiser", "liner",
               "containership", "icebreaker", "barge", "carrier")
_SHIP_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(_SHIP_WORDS)})(?: named| called)? \Z")
# What a text right before a ship's name ends with, past its last space: a quick test before
# the pattern.
_SHIP_WORD_ENDS = (*_SHIP_WORDS, "named", "called")
_SHIP_WORD_REACH = max(map(len, _SHIP_WORDS)) + len(" called ")
_SHIP_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Za-z]+-(?:flagged|registered|owned|operated))\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:(?:aircraft|bulk|gas|car)\s+)?\Z")
_SHIP_REACH = 50  # characters before the word for a ship that may hold its determiner


def is_ship_name_start(text: str, pos: int) -> bool:
    """Whether a ship's name begins at `pos`, a capital A-Z after a word for a ship and a
    determiner before it ("the tanker [Eagle S]", "a Liberian-flagged vessel named [Galaxy
    Leader]", "the aircraft carrier [Nimitz]", not "the carrier [Lufthansa]"). Asked of
    the starts of runs only: a scan of the whole text for the words costs more."""
    if text[pos - 1:pos] != " " or not "A" <= text[pos:pos + 1] <= "Z" \
            or not text.endswith(_SHIP_WORD_ENDS, 0, pos - 1):
        return False
    found = _SHIP_WORD_BEFORE.search(text, max(0, pos - _SHIP_WORD_REACH), pos)
    if found is None or found.group().startswith("carrier") and not text.endswith(
            ("aircraft ", "bulk ", "gas ", "car "), 0, found.start()):
        return False
    return _SHIP_BEFORE.search(text, max(0, found.start() - _SHIP_REACH),
                               found.start()) is not None


# A disease's word right after a name (found once per article, not at each run).
_DISEASE_WORDS = ("virus", "disease", "fever", "flu", "influenza", "syndrome", "serotype")
_DISEASE_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:" + "|".join(_DISEASE_WORDS) + r")\b")


class Doc:
    """One article's text with its sentence starts, for context look-ups."""

    __slots__ = ("text", "starts", "first_words", "caps_lines", "_tabular", "no_actor_ends",
                 "no_actor_abbreviations", "_next_words", "programme_name_starts", "crude_ends",
                 "titles_of_works", "works_built", "disease_name_ends")

    def __init__(self, text: str, sentences: list[Sentence]):
        self.text = text
        self.starts = {sentence.start for sentence in sentences} or {0}
        # Where each sentence's first word begins (after quotes and brackets).
        self.first_words: set[int] = set()
        for start in self.starts:
            first = text[start:start + 1]
            if first.isalnum() or first == "_":  # what WORD_CHAR matches, tested without it
                self.first_words.add(start)
                continue
            word = WORD_CHAR.search(text, start, start + 20)
            if word is not None:
                self.first_words.add(word.start())
        self.caps_lines = _caps_lines(text)
        self._tabular: dict[int, bool] = {}
        # Where runs that name no actor end ("... Powers Act"): "(IEEPA)" after one is its
        # abbreviation.
        self.no_actor_ends: set[int] = set()
        # Abbreviations found to name no actor ("(NEM) initiative", "(LNG)"): so are their
        # later mentions ("The NEM approach").
        self.no_actor_abbreviations: set[str] = set()
        # Titles read as no one's name mid-sentence ("[The] Aviator" of "in The Aviator"):
        # so is the same title where "The" opens the sentence and is dropped.
        self.titles_of_works: set[str] = set()
        # The tests of one run ask for the word after it again and again.
        self._next_words: dict[int, tuple[bool, str]] = {}
        # Where a programme's name may begin ("a program known as [Proex]") and where a
        # grade of crude may end ("Brent[ crude]"): found once, not at each run.
        self.programme_name_starts = {found.end() for found in _CALLED_PROGRAMME.finditer(text)} \
            if any(verb in text for verb in _CALLED_VERBS) else set()
        self.crude_ends = {found.start() for found in _CRUDE.finditer(text)} \
            if "crude" in text else set()
        self.works_built = {found.group(1) for found in _WORK_NAMED.finditer(text)} \
            if any(work in text for work in _WORKS_BUILT) else set()
        # Where a disease's word follows a name ("Newcastle[ disease]", "Rift Valley[
        # fever]"): the name is the disease's.
        self.disease_name_ends = {found.start() for found in _DISEASE_AFTER.finditer(text)} \
            if any(word in text for word in _DISEASE_WORDS) else set()

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the article writes the word in lower case somewhere ("3.80 ringgit")."""
        low, text = word.lower(), self.text
        at = text.find(low)
        while at >= 0:
            end = at + len(low)
            if (at == 0 or not text[at - 1].isalpha()) and not text[end:end + 1].isalpha():
                return True
            at = text.find(low, end)
        return False

    def name_of(self, toks: list[Token]) -> str:
        """The text from the first token to the last."""
        return self.text[toks[0].start:toks[-1].end]

    def is_tabular(self, pos: int) -> bool:
        """Whether pos is on a line of a table (scores, standings): many numbers, few words."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        cached = self._tabular.get(line_start)
        if cached is None:
            line_end = self.text.find("\n", pos)
            line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
            words = line.split()
            numbers = len(NUMBER.findall(line))
            cached = numbers >= 2 and numbers * 4 >= len(words)
            self._tabular[line_start] = cached
        return cached

    def is_initial(self, pos: int) -> bool:
        """Whether the word at pos opens a sentence, a quote, a clause after ':' or a line,
        or follows a dateline's dash (news agencies of the 1990s wrote "WASHINGTON _ The")."""
        if pos in self.first_words:
            return True
        before = self.text[max(0, pos - 3):pos].rstrip()
        return not before or before[-1] in ':"“‘(-—–\n•*_'

    def prev_word(self, pos: int) -> str:
        """The word before pos, or the mark glued to the word at pos ('"', '(')."""
        chunk = self.text[max(0, pos - 30):pos]
        parts = chunk.split()
        if not parts:
            return ""
        if chunk[-1].isspace():
            return parts[-1]
        return chunk[-1]

    def next_word(self, pos: int) -> tuple[bool, str]:
        """(possessive follows, the next word or punctuation mark)."""
        found = self._next_words.get(pos)
        if found is None:
            match = NEXT_WORD.match(self.text, pos)
            if match is None:  # never: every part of the pattern is optional
                return False, ""
            found = self._next_words[pos] = (bool(match.group(1)), match.group(2) or "")
        return found

    def in_caps_line(self, pos: int) -> bool:
        """Whether pos is on a line written in capitals."""
        return any(start <= pos < end for start, end in self.caps_lines)


def _caps_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in capitals (headlines), where case tells nothing."""
    out = []
    # Tried at each line start only: a search would try the pattern at every character.
    line_start = 0
    while line_start <= len(text):
        line_match = FEW_LOWER_LINE.match(text, line_start)
        next_line = text.find("\n", line_start)
        line_start = len(text) + 1 if next_line < 0 else next_line + 1
        if line_match is None:
            continue
        line = line_match.group()
        lower = len(line) - len(line.translate(DROP_LOWER))
        upper = len(line) - len(line.translate(DROP_UPPER))
        if upper >= 4 and lower * 4 < upper:
            out.append(line_match.span())
    return out
