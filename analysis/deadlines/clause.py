"""Where a time sits in its sentence: its clause, and the words right before it.

A clause runs between breaks (";", a dash, ", which", ", but", ", and will" ...), so the
rules read the words that govern the time and not those of a neighbouring clause.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model import Sentence, TimeExpr

# A clause's end: a mark, a dash, a relative or an adverbial clause after a comma, "but",
# "and" before a new subject or verb, a reporting clause. Written as its first character
# (a mark, a space or a comma) and then what goes on from each: a regex that opens with a
# set of characters lets the engine skip to the next of them, where one that opens with
# alternatives is tried at every character (the same matches, a third of the cost).
_BREAK = re.compile(
    r"[;:()\[\]—\s,]"
    r"(?:(?<=[;:()\[\]—])"
    r"|(?<=\s)(?:[—–]\s|-\s|\s*but\s+"
    r"|\s*and\s+(?=(?:will|would|must|shall|should|is|are|was|were|has|have|had|said|says"
    r"|it|they|he|she|we|also)\b))"
    r"|(?<=,)(?:\s*(?:which|who|whom|whose|while|whereas|but|although|though|as|after|since"
    r"|citing|saying|according|adding|amid|despite|even though|because)\b"
    r"|\s+and\s+(?=(?:will|would|must|shall|should|is|are|was|were|has|have|had|said|says"
    r"|it|they|he|she|we|also)\b)|\s+and\s+(?=[A-Z])"
    r"|\s+(?=(?:[\w'’.-]+\s+){0,3}(?:said|says|added|noted|told)\b[^,;]*$)))",
    re.I)
_LEAD_REACH = 90
_ASIDE = re.compile(r"\([^()\n]{1,40}\)")
_WORD_START = re.compile(r"(?<![\w'’.:-])[\w]")
_OPENERS = re.compile(r"^\s*(?:[\"“‘']|(?:and|but|so|yet|also|however|meanwhile|now|then|still)"
                      r"\b,?)", re.I)  # (or a quote that opens the sentence: "\"From March 15,")
# Prepositions that front a start with no comma, and what opens the clause after it.
_FRONTED_STARTS = frozenset({"from", "as of", "as from", "starting", "beginning", "starting from"})
_CLAUSE_AFTER = re.compile(r"(?:the|a|an|its|their|all|every|[A-Z][\w.'’-]*"
                           # "from next year banks will have to publish": a bare subject
                           r"|[a-z]+(?=\s+(?:will|would|must|shall|should|can|may|are|is)\b))\s")
_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose)\b", re.I)
# A reported clause's "that" right before the preposition group of its time.
_THAT_BEFORE = re.compile(r"(?<=\s)that\s+$")
# The preposition and fillers between a cue and its time: "until at least", "from 0001
# GMT on", "sometime in", "by the end of" (the tagger keeps "the end of" inside the time).
LEAD = re.compile(
    r"(?:\b(?:(?:sometime|some\s+time|possibly|probably|only|just|even|already|again|well)\s+)?"
    r"(?P<prep>until|till|through|thru|up\s+to|to|by|before|no\s+later\s+than"
    r"|not\s+later\s+than|ahead\s+of|within|inside|in|on|from|as\s+of|as\s+from"
    r"|starting(?:\s+(?:from|on|in))?|beginning(?:\s+(?:on|in))?"
    r"|effective(?:\s+(?:from|on|as\s+of))?|with\s+effect\s+from|at|around|into|over|for"
    r"|during|throughout)\s+)?"
    r"(?:(?:at\s+(?:the\s+)?(?:least|latest|earliest)|sometime|some\s+time|as\s+early\s+as"
    r"|as\s+soon\s+as|as\s+late\s+as|no\s+earlier\s+than|only|just|possibly|probably"
    r"|roughly|about|around)\s+)?"
    r"(?:(?:the\s+)?(?:end|close|start|beginning|middle|first\s+half|second\s+half|last\s+day"
    r"|first\s+day)\s+of\s+|end-)?"
    r"(?:(?:\d{1,2}[:.]?\d{2}|midnight|noon|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s+(?:GMT|BST|CET|UTC|EST|EDT|ET|local\s+time))?\s+(?:on|of)\s+)?$",
    re.I)


# A verb a clause of its own would have: an auxiliary, a modal or a past form (case kept:
# "May" is a month).
_VERB = re.compile(r"\b(?:will|would|shall|must|can|could|may|might|should|is|are|was|were"
                   r"|has|have|had|does|do|did|\w\w+ed)\b")


# What a clause that gaps its verb keeps: the figure a rate goes to ("China's on US goods
# to 10%").
_GAPPED_FIGURE = re.compile(r"\bto\s+[$€£]?\d")
# The prepositions of a start or an end a gapping clause repeats after its new subject.
_GAPPED_PREPS = frozenset({"from", "as of", "until", "by"})
# A clause joined to the one before it by a conjunction: the one a verb may be gapped from.
_COORDINATED = re.compile(r"[,;]?\s+(?:and|while|but|whereas)\s*$", re.I)


class Officials:
    """The spans of an article's mentions of states, public bodies and officials (see
    `measures.standing.official_spans`), in text order, found when a rule first asks: most
    times never reach one that does."""

    __slots__ = ("_find", "_spans")

    def __init__(self, find: Callable[[], list[tuple[int, int]]]) -> None:
        self._find = find
        self._spans: list[tuple[int, int]] | None = None

    def between(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The spans that start at or after `start` and end by `end`."""
        if self._spans is None:
            self._spans = self._find()
        spans = self._spans
        return tuple(span for span in spans[bisect.bisect_left(spans, (start,)):
                                            bisect.bisect_left(spans, (end,))]
                     if span[1] <= end)


@dataclass(frozen=True, slots=True)
class Spot:
    """One time in its clause: what the rules read."""

    text: str  # the article
    sentence: Sentence
    timex: TimeExpr
    start: int  # the clause's span (it holds the time)
    end: int
    lead_start: int  # where the preposition group before the time starts
    prep: str  # that preposition, lower-case, single-spaced ("until", "by", "" for none)
    fronted: bool  # the time opens its clause: "From 1 May, importers must ..."
    # A relative clause inside the clause, left out of what it says: ", which lets
    # packages in duty-free," in "will suspend the exemption, which ..., from August 29".
    skip: tuple[int, int] | None = None
    # Where the main clause starts when the clause follows a relative clause (`joined`).
    main_start: int | None = None
    # A span counted from a day the text dates right after it ("21 days after Aug. 7").
    anchored: bool = False
    # The article's mentions of states, public bodies and officials, found on first use.
    acting: Officials | None = None

    def joined(self) -> Spot | None:
        """The clause read with the main clause the relative clause interrupts: "would
        suspend the exemption, which ..., from August 29"; None without one."""
        if self.main_start is None or self.skip is not None:
            return None
        # the last one: the relative clause right before this clause
        relatives = list(_RELATIVE.finditer(self.text, self.main_start, self.start))
        if not relatives:
            return None
        relative = relatives[-1]
        return replace(self, start=self.main_start, skip=(relative.start(), self.start),
                       fronted=False, main_start=None)

    def widened(self) -> Spot | None:
        """A clause with no verb of its own read with the sentence before it: "US duties
        will fall to 30%, and China's on US goods to 10%, from May 14"; None when the
        clause has a verb, opens the sentence or fronts its time."""
        if self.fronted or self.start <= self.sentence.start or self.skip is not None \
                or not _COORDINATED.search(self.text, self.sentence.start, self.start) \
                or _VERB.search(self.text, self.start, self.lead_start) \
                or not (_GAPPED_FIGURE.search(self.text, self.start, self.lead_start)
                        or self._same_start_before()):
            return None
        return replace(self, start=self.sentence.start, main_start=None)

    def _same_start_before(self) -> bool:
        """ "Large operators must comply from December 30, and small firms from June 30
        2026": the clause before dates its verb with the same preposition of a start or
        an end, which this clause repeats with its own subject."""
        if self.prep not in _GAPPED_PREPS:
            return False
        found = re.search(rf"\b{self.prep}\s+\S", self.text[self.sentence.start:self.start])
        return found is not None

    @property
    def officials(self) -> tuple[tuple[int, int], ...]:
        """The spans of the officials named in the sentence before the time."""
        if self.acting is None:
            return ()
        return self.acting.between(self.sentence.start, self.timex.start)

    @property
    def before(self) -> str:
        """The clause up to the preposition group ("Ottawa will keep its tariffs")."""
        if self.skip is not None:
            return f"{self.text[self.start:self.skip[0]]} {self.text[self.skip[1]:self.lead_start]}"
        return self.text[self.start:self.lead_start]

    @property
    def frame(self) -> str:
        """The words that say what happens at the time: the clause before it, or after it
        when the time is fronted."""
        return self.after.lstrip().removeprefix(",") if self.fronted else self.before

    @property
    def lead(self) -> str:
        """The preposition group ("until at least ")."""
        return self.text[self.lead_start:self.timex.start]

    @property
    def after(self) -> str:
        """The clause after the time (" deadline to sell its US operations")."""
        return self.text[self.timex.end:self.end]

    @property
    def clause(self) -> str:
        if self.skip is not None:
            return f"{self.text[self.start:self.skip[0]]} {self.text[self.skip[1]:self.end]}"
        return self.text[self.start:self.end]

    @property
    def sentence_text(self) -> str:
        return self.text[self.sentence.start:self.sentence.end]


def spot(text: str, sentence: Sentence, timex: TimeExpr, acting: Officials | None = None
         ) -> Spot:
    """The clause around `timex` and the preposition group before it."""
    start, end, main_start = clause_bounds(text, sentence.start, sentence.end, timex.start,
                                           timex.end)
    time_start = timex.start
    if timex.text.lower() == "new year" and text[max(0, time_start - 4):time_start].lower() \
            == "the ":
        time_start -= 4  # "from the new year": the time is "new year", its article leads
    lead = _lead(text, start, time_start)
    lead_start = lead.start() if lead else timex.start
    prep = " ".join(lead.group("prep").lower().split()) if lead and lead.group("prep") else ""
    rest = text[timex.end:end].lstrip()
    # (a start only: "suggests that by mid-2005, it is likely that ..." stays the report's)
    reported = _THAT_BEFORE.search(text, start, lead_start) if prep in _FRONTED_STARTS \
        else None
    clause_start = start
    if reported is not None:
        start = reported.end()  # "has said that from next year banks will have to ...":
        # the reported clause opens with its time
    fronted = not _OPENERS.sub("", text[start:lead_start]).strip() and (
        rest.startswith(",")
        # "From 21 January 2026 the EU will stop imports": a start with no comma after it
        or (prep in _FRONTED_STARTS and _CLAUSE_AFTER.match(rest) is not None))
    if reported is not None and not fronted:
        start = clause_start
    return Spot(text, sentence, timex, start, end, lead_start, prep, fronted,
                main_start=main_start, acting=acting)


def _lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """The longest preposition group ending at `end`, tried from the word starts of the
    last few words (a scan of every position would cost more than the rest of the stage).

    A group runs on to the time, so it starts after the last plain word that none holds
    ("will take effect [on] March 1"): only the word starts after that one are tried."""
    starts = [word.start() for word in _WORD_START.finditer(text, max(start, end - _LEAD_REACH),
                                                            end)]
    first = len(starts)
    while first and not _outside_lead(text, starts[first - 1], end):
        first -= 1
    for at in starts[first:]:
        lead = LEAD.match(text, at, end)
        if lead is not None:
            return lead
    return None


# Every word LEAD can hold, in lower case ("am" and "pm" are the letters of a clock time's
# "[ap]m"); taken from the regex itself, so it holds a few more ("prep", "s"): harmless.
_LEAD_WORDS = frozenset(re.findall(r"[a-z]+", LEAD.pattern.lower())) | {"am", "pm"}
_CHUNK = re.compile(r"\S+")


def _outside_lead(text: str, at: int, end: int) -> bool:
    """Whether the word at `at` is one no preposition group holds, so that none starts at
    or before it: a whole word (white space before it) of ASCII letters not in LEAD. (Any
    other word may be in one: "9am", "a.m.", "end-", and letters LEAD's IGNORECASE may
    fold into ASCII ones.)"""
    if at and not text[at - 1].isspace():
        return False
    word = _CHUNK.match(text, at, end)
    return word is not None and word.group().isascii() and word.group().isalpha() \
        and word.group().lower() not in _LEAD_WORDS


def clause_bounds(text: str, lo: int, hi: int, start: int, end: int
                  ) -> tuple[int, int, int | None]:
    """The clause of text[lo:hi] that holds [start, end), and where the main clause
    starts when a relative clause comes between them."""
    clause_start, clause_end = lo, hi
    relative = None
    main_start = lo
    # Short asides in brackets that do not hold the time are read through: "carry no more
    # than 1,000 ringgit ($263) in cash from Oct. 1", "levy duties of 0.2 yuan (1.3p) per
    # garment" (a figure converted, an abbreviation), not clause breaks.
    asides = [aside.span() for aside in _ASIDE.finditer(text, lo, hi)
              if not (aside.start() <= start < aside.end())] if text.find("(", lo, hi) >= 0 else []
    for brk in _BREAK.finditer(text, lo, hi):
        if asides and any(a <= brk.start() < b for a, b in asides):
            continue
        if brk.end() <= start:
            relative = brk.start() if _RELATIVE.match(brk.group()) else None
            main_start = clause_start
            clause_start = brk.end()
        elif brk.start() >= end:
            clause_end = brk.start()
            break
    joined_at = None
    if relative is not None:
        # "X, which is bankrupt, faces a pay cut next month": back to the main clause.
        comma = text.rfind(",", clause_start, start)
        if comma >= 0:
            clause_start = comma + 1
            joined_at = main_start
    while clause_start < start and text[clause_start].isspace():
        clause_start += 1
    return clause_start, clause_end, joined_at
