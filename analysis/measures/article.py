"""The records the measure rules share, and the article they read: its actors by offset.

`Tok` is a word of a sentence, `Ent` an actor mention in it (or a country name, or "the
ministry" pointing to a named one), `Found` a trigger with what the rules find about it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Actor
from .lexicon import Lexicon, TriggerEntry

_TOKEN = re.compile(
    r"[$€£¥]?\d[\d,.]*\d%?|[$€£¥]?\d%?|[A-Za-z]+(?=n['’]t\b)|n['’]t\b|['’]s\b"
    r"|[A-Za-z][\w]*(?:[-.&][A-Za-z0-9]+|['’](?!s\b)[A-Za-z]+)*|\S"
)
_ANAPHORIC_ORGS = re.compile(
    r"\b[Tt]he (ministry|commission|department|regulator|agency|bureau|administration|watchdog)\b")


@dataclass(slots=True)
class Tok:
    """A word or mark of a sentence."""

    start: int
    end: int
    text: str
    low: str


@dataclass(slots=True)
class Ent:
    """An actor in a sentence, as the measure rules see it."""

    start: int
    end: int
    name: str
    kind: str
    demonym: bool = False  # "Chinese", or "US" used as an adjective
    plain_name: bool = False  # a country's own name ("Russia"), not an adjective or acronym
    affiliation: str | None = None
    first: int = 0  # token index range
    last: int = 0


@dataclass(slots=True)
class Found:
    """A trigger of a measure, and what the rules find about it."""

    entry: TriggerEntry
    start: int
    end: int
    first: int = 0
    last: int = 0  # inclusive token indexes
    type: str = ""
    action: str = "impose"
    explicit_action: bool = False
    imposer: str | None = None
    targets: list[str] = field(default_factory=list)
    magnitude: str | None = None
    concrete: bool = False
    qualified: bool = True  # a bare "probe" or "deal" needs a qualifier or an official party
    verb_action: str | None = None  # what a verb-bound trigger's own verb does
    parties: list[Ent] = field(default_factory=list)


def tokens(text: str, offset: int) -> list[Tok]:
    """The words and marks of `text`, which starts at `offset` in the article."""
    return [Tok(match.start() + offset, match.end() + offset, match.group(),
                match.group().lower())
            for match in _TOKEN.finditer(text)]


def tok_index(toks: list[Tok], starts: list[int], char: int) -> int:
    """The index of the token that holds or follows the character offset."""
    before = bisect.bisect_right(starts, char) - 1
    if before >= 0 and toks[before].end > char:
        return before
    return min(before + 1, len(toks) - 1)


def actor_name(ent: Ent) -> str:
    """People and groups act for their state or organization: the imposer is the affiliation."""
    if ent.kind in ("person", "group") and ent.affiliation:
        return ent.affiliation
    return ent.name


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < taken_end and taken_start < end for taken_start, taken_end in taken)


class DocContext:
    """Per-article context: actor mentions by offset and the place-name fallback."""

    def __init__(self, text: str, actors: list[Actor], lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        spans = []
        self.by_name: dict[str, Actor] = {actor.name: actor for actor in actors}
        alias: dict[str, str] = {}
        country_count: Counter[str] = Counter()
        for actor in actors:
            for mention in actor.mentions:
                spans.append((mention.start, mention.end, actor))
            if actor.kind in ("country", "group", "organization", "place"):
                written = (mention.text for mention in actor.mentions)
                for name in [actor.name, *actor.aliases, *written]:
                    alias.setdefault(name.lower(), actor.name)
            if actor.kind == "country":
                country_count[actor.name] = len(actor.mentions)
        spans.sort(key=lambda span: (span[0], -span[1]))
        self.spans = spans
        self.span_starts = [span[0] for span in spans]
        self.alias = alias
        self.orgs = sorted(((mention.start, actor) for actor in actors
                            if actor.kind == "organization" for mention in actor.mentions),
                           key=lambda org: org[0])
        # The two countries an article is about, when it is plainly about two.
        self.pair: tuple[str, str] | None = None
        top = country_count.most_common(2)
        total = sum(country_count.values())
        if len(top) == 2 and top[1][1] >= 2 and (top[0][1] + top[1][1]) >= 0.6 * total:
            self.pair = (top[0][0], top[1][0])

    def canonical_place(self, surface: str) -> str:
        """The article's own name for a country the gazetteer knows ("US" -> "United States")."""
        name = self.lex.places[surface]
        for form in (surface, name):
            hit = self.alias.get(form.lower())
            if hit:
                return hit
        return name

    def entities(self, start: int, end: int, toks: list[Tok]) -> list[Ent]:
        """The actors between `start` and `end`, with their token ranges in `toks`.

        The actor list's mentions first; then country names and demonyms it left out; then
        "the ministry" and the like, as the latest organization with that word in its name.
        """
        taken: list[tuple[int, int]] = []
        out = self._actor_mentions(start, end, taken)
        out += self._place_names(start, end, taken)
        out += self._described_orgs(start, end, taken)
        out.sort(key=lambda ent: ent.start)
        starts = [tok.start for tok in toks]
        for ent in out:
            ent.first = tok_index(toks, starts, ent.start)
            ent.last = tok_index(toks, starts, ent.end - 1)
        return out

    def _actor_mentions(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[Ent]:
        out: list[Ent] = []
        at = bisect.bisect_left(self.span_starts, start)
        while at < len(self.spans) and self.spans[at][0] < end:
            mention_start, mention_end, actor = self.spans[at]
            at += 1
            if mention_end > end or _overlaps(taken, mention_start, mention_end):
                continue
            surface = self.text[mention_start:mention_end]
            demonym = surface in self.lex.demonyms
            plain = actor.kind == "country" and not demonym and surface.isalpha() and \
                not surface.isupper()
            out.append(Ent(mention_start, mention_end, actor.name, actor.kind, demonym, plain,
                           actor.affiliation))
            taken.append((mention_start, mention_end))
        return out

    def _place_names(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[Ent]:
        out: list[Ent] = []
        for place in self.lex.place_re.finditer(self.text, start, end):
            place_start, place_end = place.span()
            if _overlaps(taken, place_start, place_end):
                continue
            surface = place.group()
            demonym = surface in self.lex.demonyms
            plain = not demonym and surface.isalpha() and not surface.isupper()
            out.append(Ent(place_start, place_end, self.canonical_place(surface), "country",
                           demonym, plain))
            taken.append((place_start, place_end))
        return out

    def _described_orgs(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[Ent]:
        out: list[Ent] = []
        for described in _ANAPHORIC_ORGS.finditer(self.text, start, end):
            desc_start, desc_end = described.span()
            if _overlaps(taken, desc_start, desc_end):
                continue
            head = described.group(1)
            named_before = bisect.bisect_left(self.orgs, desc_start, key=lambda org: org[0])
            for _, org in reversed(self.orgs[:named_before]):
                if head in org.name.lower():
                    out.append(Ent(desc_start, desc_end, org.name, "organization",
                                   affiliation=org.affiliation))
                    break
        return out
