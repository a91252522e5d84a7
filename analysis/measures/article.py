"""The records the measure rules share, and the article they read: its actors by offset.

`Tok` is a word of a sentence, `Ent` an actor mention in it (or a country name, or "the
ministry" pointing to a named one), `Found` a trigger with what the rules find about it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from .. import gazetteer
from ..actors.affiliation import opens_dateline
from ..entities.not_names import is_term
from ..model import Actor
from .framewords import FrameWords, frame_words
from .lexicon import Lexicon, TriggerEntry
from .standing import (
    acts_officially,
    derived_demonyms,
    home_country,
    is_party,
    is_sport,
    served_country,
)

_TOKEN = re.compile(
    r"[$€£¥]?\d[\d,.]*\d%?|[$€£¥]?\d%?|[A-Za-z]+(?=n['’]t\b)|n['’]t\b|['’]s\b"
    r"|[A-Za-z][\w]*(?:[-.&][A-Za-z0-9]+|['’](?!s\b)[A-Za-z]+)*|\S"
)
COUNTRY_NAMES = gazetteer.COUNTRY_NAMES
_NEXT_SENTENCE_GAP = 3  # characters between a sentence's full stop and the next one
_SUBJECT_OPENING = 20  # characters into a sentence its subject's name may start
_PRONOUN_REACH = 400  # characters back to the organization "it" stands for
_ORIGIN_SUFFIX = re.compile(r"(?:made|built|produced|grown|sourced|origin|manufactured)\b")
_PRISON_TARIFF = re.compile(
    r"\b(?:murder|life|sentencing|prison|jail)\s+tariffs?\b"
    r"|\btariffs?\s*[-–—,(]\s*(?:the\s+)?minimum\s+(?:term|time|period)"
    r"|\b\d+-year\s+(?:minimum\s+)?tariff\b|\btariffs?\s+of\s+\d+\s+years", re.I)
_DUTY_TARIFF = re.compile(r"\btariffs? on (?:imports|goods|[A-Z])|\bimport tariff|\bcustoms", re.I)
_ANAPHORIC_ORGS = re.compile(
    r"\b[Tt]he ((?i:ministry|commission|department|regulator|agency|bureau|administration"
    r"|watchdog))\b")

# Descriptions a regulator goes by whatever its name, how far back its name may be, and the
# bodies that are no regulator (a ministry, a government, a legislature, a court).
_OVERSEER_HEADS = frozenset({"watchdog", "regulator"})
_OVERSEER_REACH = 600
_GOVERNING = re.compile(r"\b(?:Ministry|Department|Government|Parliament|Congress|Senate|Court"
                        r"|Cabinet|Treasury|Assembly|House|Council|Party)\b")
# A dateline up to its agency's opening bracket: "GENEVA (" or "NEW YORK, May 3 ("
_DATELINE_AGENCY = re.compile(r"^[ \t]*(?:THE\s+)?[A-Z][A-Z.'-]*(?:[ \t]+[A-Z][A-Z.'-]*)*"
                              r"(?:,[^\n(]{0,20})?[ \t]*\($", re.M)
_DATELINE_REACH = 40


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
    official: bool = False  # a public authority: a state, a ministry, a court, the EU
    company: bool = False  # an organization that is no public body: its decisions are business
    authority: bool = False  # an unnamed authority ("the government") standing for `name`
    role: str | None = None


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
    bound: bool = False  # the trigger starts at the verb that governs it ("proposed a tax")
    parties: list[Ent] = field(default_factory=list)
    needs_official: bool = False  # a word that names a measure only when an authority acts
    passive: bool = False  # the measure is done to the subject ("was fined")
    weak: bool = False  # opinion, speculation or the object of a complaint: evidence only
    opposed: bool = False  # the clause's subject speaks against the step
    demanded: bool = False  # others ask that it change: its subject is no party
    default_type: bool = False  # a bare "embargo": its type is the word's default
    told_again: bool = False  # "the ban", "its embargo": one the article told before
    aside: bool = False  # its verb opens a relative clause on a party: "Japan, which banned"
    framed: bool = False  # a frame verb ("threatened to", "plans to") says who acts
    rule: str = "measure.bare"  # the rule that read the action
    cue_words: str = ""  # the words that say it, for `why`
    cue_at: int = -1  # the token index of the word that gives the action
    imposer_ent: Ent | None = None
    imposer_official: bool = False  # the imposer is a state or a public body
    imposer_company: bool = False  # ... or a company acting on its own account
    authority_acts: bool = False  # an unnamed authority is the clause's subject ("officials")
    official_partner: bool = False  # a deal's other side is a public authority ("with the EU")
    asks_legislature: int = -1  # "has asked Congress to raise duties": the asking verb's index
    bound_after: int = -1  # the passive verb that binds it after it ("Exports were halted")
    coordinated: bool = False  # bound through a flow before it: "banned imports of A and
    # exports of B" (the verb binds both)
    exempted_at: int = -1  # "an exemption from the duties": the exemption noun's index
    proposer_at: int = -1  # "a review of a plan by Acme to buy ...": the proposal noun's
    # index, whose party is what the review weighs


def tokens(text: str, offset: int) -> list[Tok]:
    """The words and marks of `text`, which starts at `offset` in the article."""
    toks = []
    for match in _TOKEN.finditer(text):  # one group() and one span() per token: hot
        word = match.group()
        start, end = match.span()
        toks.append(Tok(start + offset, end + offset, word, word.lower()))
    return toks


def tok_index(toks: list[Tok], starts: list[int], char: int) -> int:
    """The index of the token that holds or follows the character offset."""
    before = bisect.bisect_right(starts, char) - 1
    if before >= 0 and toks[before].end > char:
        return before
    return min(before + 1, len(toks) - 1)


def dateline_country(text: str, actors: list[Actor]) -> str | None:
    """The country of a capital (or a seat of government) whose name opens the story as its
    dateline (`opens_dateline`); a country's own name there is that country."""
    state = gazetteer.dateline_state_country(text)  # "PIERRE, S.D. (AP) _", "KINGSTON, Ont."
    if state is not None:
        return state
    for actor in actors:
        if actor.kind not in ("place", "country"):
            continue
        for mention in actor.mentions:
            if not opens_dateline(text, mention.start, mention.end):
                continue
            if actor.kind == "country":
                return actor.name
            # a capital's or a seat's ("WASHINGTON", "BRUSSELS"); "GENEVA -" hosts bodies of
            # the world, whose ministries are not Switzerland's
            name = mention.text.title()
            return gazetteer.is_capital_of(name) or gazetteer.SEATS.get(name)
    return None


def _capital(actor: Actor, surface: str) -> bool:
    """ "Beijing hit back": a capital taken for a place still acts for its government."""
    return actor.kind == "place" and gazetteer.is_capital_of(surface) is not None


_NEXT_WORD = re.compile(r"\s*([\w-]+)")


def _next_word(text: str, end: int) -> str:
    """The word after `end` ("" when none)."""
    found = _NEXT_WORD.match(text, end)
    return found.group(1) if found else ""


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < taken_end and taken_start < end for taken_start, taken_end in taken)


class DocContext:
    """Per-article context: actor mentions by offset and the place-name fallback."""

    def __init__(self, text: str, actors: list[Actor], lex: Lexicon) -> None:
        # a body of the European Union acts on its side, though it has no affiliation
        actors = [replace(actor, affiliation=union)
                  if actor.affiliation is None and (union := gazetteer.union_of(actor.name))
                  else actor for actor in actors]
        self.text = text
        self.lex = lex
        self.words: FrameWords = frame_words()
        # In a sports report a country is a team: it takes no measures (4.1).
        self.sport = is_sport(text, self.words)
        self.official = {actor.name for actor in actors
                         if acts_officially(actor, self.words, self.sport)}
        self.parties = {actor.name for actor in actors if is_party(actor, self.words)}
        self.home = None if self.sport else home_country(actors)
        # Whom an unnamed authority ("the chancellor") serves when no country is the home.
        self.served = None if self.sport or self.home else served_country(actors)
        # The country a wire story's dateline names ("WASHINGTON (AP) --"): whose "the
        # department", "the administration" are, whatever country the story names most.
        self.dateline = None if self.sport else dateline_country(text, actors)
        self.last_imposer: Ent | None = None  # who took the measure named last
        # a public body that told of its own state's step ("China will ..., its commerce
        # ministry said"): the state it is known to speak for
        self.spoke_for: dict[str, str] = {}
        # the type each generic restriction word ("ban") took where the text said its kind
        self.generic_types: dict[str, str] = {}
        self.demonyms = derived_demonyms(actors)
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
        third = country_count.most_common(3)[2][1] if len(country_count) > 2 else 0
        if len(top) == 2 and top[1][1] >= 2 and (top[0][1] + top[1][1]) >= 0.8 * total \
                and third <= 1 and not self.sport:
            self.pair = (top[0][0], top[1][0])

    @cached_property
    def price_tariffs(self) -> bool:
        """ "water tariffs" anywhere: the article's tariffs are prices a firm charges."""
        return bool(self.lex.price_tariff_re.search(self.text)) and \
            not _DUTY_TARIFF.search(self.text)

    @cached_property
    def prison_tariffs(self) -> bool:
        """ "the murder tariff", "a 15-year tariff": the article's tariffs are the minimum
        terms prisoners serve (British usage), no duties."""
        return bool(_PRISON_TARIFF.search(self.text)) and not _DUTY_TARIFF.search(self.text)

    def named_before(self, offset: int) -> Ent | None:
        """What "it" stands for: the last organization named shortly before `offset`, else
        the last country."""
        at = bisect.bisect_left(self.span_starts, offset) - 1
        country: Ent | None = None
        while at >= 0:
            start, end, actor = self.spans[at]
            at -= 1
            if self.text[start:end] in self.lex.demonyms:
                continue
            if actor.kind == "organization" and offset - start <= _PRONOUN_REACH:
                official = actor.name in self.official
                return Ent(start, end, actor.name, actor.kind, official=official,
                           company=not official and actor.name not in self.parties)
            if actor.kind == "country" and country is None:
                country = Ent(start, end, actor.name, actor.kind,
                              official=actor.name in self.official)
            if offset - start > _PRONOUN_REACH:
                break
        return country

    def subject_before(self, offset: int) -> Ent | None:
        """The public body or state that opens the sentence before the one starting at
        `offset` ("China's Ministry of Commerce also barred ... . It said it would ..."): whom
        a sentence's opening "it" continues, as a story goes on about its subject."""
        end = self.text.rfind(".", 0, offset)
        if end < 0 or offset - end > _NEXT_SENTENCE_GAP:
            return None
        start = max(self.text.rfind(".", 0, end), self.text.rfind("\n", 0, end)) + 1
        while start < end and self.text[start].isspace():
            start += 1
        at = bisect.bisect_left(self.span_starts, start)
        while at < len(self.spans) and self.spans[at][0] - start <= _SUBJECT_OPENING:
            begin, stop, actor = self.spans[at]
            at += 1
            if actor.name not in self.official or actor.kind not in ("organization", "country"):
                continue
            if actor.kind == "country" and stop < len(self.text) \
                    and self.text.startswith("'s", stop):
                continue  # "China's Ministry of Commerce": the ministry opens it
            return Ent(begin, stop, actor.name, actor.kind, official=True)
        return None

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
        out += self._derived_demonyms(toks, taken)
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
            taken.append((mention_start, mention_end))
            if self.text[mention_end:mention_end + 1] == ")" and _DATELINE_AGENCY.search(
                    self.text, max(0, mention_start - _DATELINE_REACH), mention_start):
                continue  # "GENEVA (AP) -": who filed the story, no party to it
            if actor.kind != "country" and surface in self.demonyms:
                # "Freedonian" taken for a name: the adjective of the article's Freedonia.
                out.append(Ent(mention_start, mention_end, self.demonyms[surface], "country",
                               demonym=True))
                continue
            demonym = surface in self.lex.demonyms
            plain = actor.kind == "country" and not demonym and surface.isalpha() and \
                not surface.isupper()
            official = (actor.name in self.official or _capital(actor, surface)) and not demonym
            company = actor.kind == "organization" and not official and \
                actor.name not in self.parties
            out.append(Ent(mention_start, mention_end, actor.name, actor.kind, demonym, plain,
                           actor.affiliation, official=official, company=company,
                           role=actor.role))
        return out

    def _place_names(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[Ent]:
        out: list[Ent] = []
        for place in self.lex.place_re.finditer(self.text, start, end):
            place_start, place_end = place.span()
            if _overlaps(taken, place_start, place_end) or \
                    self._in_compound(place_start, place_end) \
                    or self.text[place_end:place_end + 1] == "$":
                continue  # ("US$50", "HK$3bn": a currency, no party)
            surface = place.group()
            taken.append((place_start, place_end))
            if gazetteer.is_capital_of(surface) and surface not in COUNTRY_NAMES:
                # A capital no actor covers: the seat of its government, never a target.
                out.append(Ent(place_start, place_end, surface, "place", official=True,
                               affiliation=self.canonical_place(surface)))
                continue
            demonym = surface in self.lex.demonyms
            plain = not demonym and surface.isalpha() and not surface.isupper()
            name = self.canonical_place(surface)
            kind = "country" if name in COUNTRY_NAMES or demonym else "organization"
            if kind == "organization" and is_term(surface, _next_word(self.text, place_end)):
                continue  # "a ban on GM crops": a term, not General Motors
            official = not demonym and (name in self.official or (name not in self.by_name and (
                kind == "country" and not self.sport or name in self.words.international_bodies)))
            out.append(Ent(place_start, place_end, name, kind, demonym, plain and kind == "country",
                           official=official, company=kind == "organization" and not official))
        return out

    def _derived_demonyms(self, toks: list[Tok], taken: list[tuple[int, int]]) -> list[Ent]:
        """ "Ruritanian cheese", "Ruritanian-made": adjectives of the article's own states."""
        out: list[Ent] = []
        if not self.demonyms:
            return out
        for tok in toks:
            word = tok.text.split("-")[0]
            if word in self.demonyms and not _overlaps(taken, tok.start, tok.start + len(word)):
                out.append(Ent(tok.start, tok.start + len(word), self.demonyms[word], "country",
                               demonym=True))
                taken.append((tok.start, tok.start + len(word)))
        return out

    def _in_compound(self, start: int, end: int) -> bool:
        """ "US-China", "Ireland-only": a name inside a hyphenated word names no actor, unless
        it says where goods come from ("Chinese-made"); nor one that names a round of talks
        ("the Uruguay Round")."""
        text = self.text
        if start > 0 and text[start - 1] == "-":
            return True
        if text.startswith(" Round", end):
            return True  # "the Uruguay Round agreement": a round of talks named for a place
        if text[end:end + 1] != "-":
            return False
        return not _ORIGIN_SUFFIX.match(text, end + 1)

    def _described_orgs(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[Ent]:
        out: list[Ent] = []
        for described in _ANAPHORIC_ORGS.finditer(self.text, start, end):
            desc_start, desc_end = described.span()
            if _overlaps(taken, desc_start, desc_end):
                continue
            head = described.group(1).lower()
            named_before = bisect.bisect_left(self.orgs, desc_start, key=lambda org: org[0])
            before = self.orgs[:named_before]
            org = next((org for _, org in reversed(before) if head in org.name.lower()), None)
            if org is None and head in _OVERSEER_HEADS:
                # "The Office of Fair Trading ... The watchdog had launched a review": a
                # regulator is called so whatever its name, the public body last named by a
                # name (not by a description: "refer the sector to the commission. The
                # watchdog ..." is the OFT's) that is no ministry, within a few sentences
                org = next((org for at, org in reversed(before)
                            if org.name in self.official and desc_start - at <= _OVERSEER_REACH
                            and self.text[at:at + 1].isupper()
                            and not _GOVERNING.search(org.name)), None)
            if org is not None:
                out.append(Ent(desc_start, desc_end, org.name, "organization",
                               affiliation=org.affiliation,
                               official=org.name in self.official,
                               company=org.name not in self.official))
        return out
