"""The word-level view of a sentence that the measure rules read: tokens, actors, clauses.

Kept apart from measures.py so each file stays readable; nothing here is public API.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from .measures_lexicon import Lexicon, TriggerEntry
from .model import Actor

_TOKEN = re.compile(
    r"[$€£¥]?\d[\d,.]*\d%?|[$€£¥]?\d%?|[A-Za-z]+(?=n['’]t\b)|n['’]t\b|['’]s\b"
    r"|[A-Za-z][\w]*(?:[-.&][A-Za-z0-9]+|['’](?!s\b)[A-Za-z]+)*|\S"
)
CLAUSE_STOPS = frozenset({";", "that", "which", "who", "whom", "whose", "while", "whereas",
                           "although", "though", "because", "but", "citing", "—", "–"})
TARGET_PREPS = frozenset({"on", "against", "into", "targeting", "targetting", "to", "from", "for",
                           "of", "over", "at", "with", "including", "affecting", "toward",
                           "towards", "upon"})
PP_PREPS = TARGET_PREPS | {"in", "by", "about", "under", "among", "between", "after", "before",
                             "during", "than", "like", "as", "across", "via", "within"}
_TARGET_CONTINUE = frozenset({"imported", "exported", "made", "produced", "originating", "sourced",
                              "shipped", "manufactured", "coming", "and", "or", "including",
                              "targeting", "from", "in", "to", "of", "on", "against", "into",
                              "such", "as", "both", "either", "like", "other"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these",
                          "those", "that", "some", "certain", "all", "any", "new", "fresh",
                          "further", "additional", "more", "another", "existing", "current",
                          "temporary", "sweeping", "broad", "tough", "tougher", "steep", "heavy",
                          "higher", "lower", "hefty", "extra", "so-called", "own", "first",
                          "second", "latest", "planned", "proposed", "possible", "potential",
                          "wide-ranging", "targeted", "retaliatory", "reciprocal", "punitive"})
BE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "will", "would", "has",
                     "have", "had", "to", "get", "got"})
GOVERNMENT_NOUNS = frozenset({"government", "governments", "authorities", "officials", "regulators",
                               "lawmakers", "ministry", "ministers", "minister", "customs",
                               "administration", "president", "leaders", "leader", "parliament",
                               "congress", "negotiators", "side", "commerce", "cabinet", "state",
                               "regulator", "watchdog", "courts", "court", "senate"})
PARTICIPLES = frozenset({"cut", "set", "put", "hit", "kept", "left", "sold", "struck", "given",
                          "frozen", "begun", "brought", "sought", "withdrawn", "risen"})
_ANAPHORIC_ORGS = re.compile(
    r"\b[Tt]he (ministry|commission|department|regulator|agency|bureau|administration|watchdog)\b")
INVESTIGATIVE = frozenset({"probe", "probes", "investigation", "investigations", "inquiry",
                            "inquiries", "case", "cases", "review", "reviews", "complaint",
                            "dispute"})
_ACTION_PREPS = frozenset({"of", "on", "to", "in", "for"})


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str


@dataclass(slots=True)
class Ent:
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
    return [Tok(m.start() + offset, m.end() + offset, m.group(), m.group().lower())
            for m in _TOKEN.finditer(text)]


def tok_index(toks: list[Tok], starts: list[int], char: int) -> int:
    """The index of the token that holds or follows the character offset."""
    i = bisect.bisect_right(starts, char) - 1
    if i >= 0 and toks[i].end > char:
        return i
    return min(i + 1, len(toks) - 1)


class DocContext:
    """Per-article context: actor mentions by offset and the place-name fallback."""

    def __init__(self, text: str, actors: list[Actor], lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        spans = []
        self.by_name: dict[str, Actor] = {a.name: a for a in actors}
        alias: dict[str, str] = {}
        country_count: Counter[str] = Counter()
        for a in actors:
            for m in a.mentions:
                spans.append((m.start, m.end, a))
            if a.kind in ("country", "group", "organization", "place"):
                for s in [a.name, *a.aliases, *(m.text for m in a.mentions)]:
                    alias.setdefault(s.lower(), a.name)
            if a.kind == "country":
                country_count[a.name] = len(a.mentions)
        spans.sort(key=lambda s: (s[0], -s[1]))
        self.spans = spans
        self.span_starts = [s[0] for s in spans]
        self.alias = alias
        self.orgs = sorted(((m.start, a) for a in actors if a.kind == "organization"
                            for m in a.mentions), key=lambda x: x[0])
        # The two countries an article is about, when it is plainly about two.
        self.pair: tuple[str, str] | None = None
        top = country_count.most_common(2)
        total = sum(country_count.values())
        if len(top) == 2 and top[1][1] >= 2 and (top[0][1] + top[1][1]) >= 0.6 * total:
            self.pair = (top[0][0], top[1][0])

    def canonical_place(self, surface: str) -> str:
        name = self.lex.places[surface]
        for form in (surface, name):
            hit = self.alias.get(form.lower())
            if hit:
                return hit
        return name

    def entities(self, start: int, end: int, toks: list[Tok]) -> list[Ent]:
        out: list[Ent] = []
        i = bisect.bisect_left(self.span_starts, start)
        taken: list[tuple[int, int]] = []
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, a = self.spans[i]
            i += 1
            if e > end or any(s < te and ts < e for ts, te in taken):
                continue
            surface = self.text[s:e]
            demonym = surface in self.lex.demonyms
            plain = a.kind == "country" and not demonym and surface.isalpha() and \
                not surface.isupper()
            out.append(Ent(s, e, a.name, a.kind, demonym, plain, a.affiliation))
            taken.append((s, e))
        for m in self.lex.place_re.finditer(self.text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            surface = m.group()
            demonym = surface in self.lex.demonyms
            plain = not demonym and surface.isalpha() and not surface.isupper()
            out.append(Ent(s, e, self.canonical_place(surface), "country", demonym, plain))
            taken.append((s, e))
        for m in _ANAPHORIC_ORGS.finditer(self.text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            head = m.group(1)
            k = bisect.bisect_left(self.orgs, s, key=lambda x: x[0])
            for _, org in reversed(self.orgs[:k]):
                if head in org.name.lower():
                    out.append(Ent(s, e, org.name, "organization", affiliation=org.affiliation))
                    break
        out.sort(key=lambda x: x.start)
        starts = [t.start for t in toks]
        for ent in out:
            ent.first = tok_index(toks, starts, ent.start)
            ent.last = tok_index(toks, starts, ent.end - 1)
        return out


def actor_name(ent: Ent) -> str:
    """People and groups act for their state or organization: the imposer is the affiliation."""
    if ent.kind in ("person", "group") and ent.affiliation:
        return ent.affiliation
    return ent.name


class SentenceView:
    """The word-level view of one candidate sentence."""

    def __init__(self, doc: DocContext, start: int, end: int) -> None:
        self.doc = doc
        self.lex = doc.lex
        self.start, self.end = start, end
        self.toks = tokens(doc.text[start:end], start)
        self.starts = [t.start for t in self.toks]
        self.ents = doc.entities(start, end, self.toks)
        self.ent_at: dict[int, Ent] = {}
        for ent in self.ents:
            for k in range(ent.first, ent.last + 1):
                self.ent_at[k] = ent
        self.trigger_at: dict[int, Found] = {}

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def clause_start(self, i: int) -> int:
        j = i - 1
        while j >= 0 and self.toks[j].low not in CLAUSE_STOPS:
            j -= 1
        return j + 1

    def clause_end(self, i: int) -> int:
        j = i + 1
        while j < len(self.toks) and self.toks[j].low not in CLAUSE_STOPS:
            j += 1
        return j

    # --- action -------------------------------------------------------------------------
    def verb_action(self, i: int) -> str | None:
        """The action named by the verb at token i (one or two words), if any."""
        pair = self.low(i) + " " + self.low(i + 1)
        return self.lex.action_verbs.get(pair) or self.lex.action_verbs.get(self.low(i))

    def action(self, f: Found) -> tuple[str, bool, int]:
        """(action, explicit, index of the cue) for a trigger; -1 when there is no cue."""
        lex = self.lex
        # A noun cue governing the trigger: "extension of the truce", "delay in the deadline".
        j = f.first - 1
        steps = 0
        while j >= 0 and steps < 4 and (self.low(j) in DETERMINERS or j in self.ent_at
                                        or self.toks[j].text[:1].isdigit()
                                        or self.low(j) in ("-", "’s", "'s")):
            j -= 1
            steps += 1
        if j >= 1 and self.low(j) in _ACTION_PREPS and self.low(j - 1) in lex.action_nouns:
            return lex.action_nouns[self.low(j - 1)], True, j - 1
        # ... or following it: "tariff cuts", "sanctions relief", "truce extension".
        nxt = self.low(f.last + 1)
        if nxt in lex.action_nouns and nxt not in INVESTIGATIVE:
            return lex.action_nouns[nxt], True, f.last + 1
        if f.entry.kind == "verb_bound":
            verb = f.verb_action or self.verb_action(f.first)
            if verb:
                return verb, True, f.first
        # The nearest verb on the left, within the clause.
        stop = self.clause_start(f.first)
        for k in range(f.first - 1, max(stop, f.first - 12) - 1, -1):
            if k in self.ent_at:
                continue
            if k in self.trigger_at and self.trigger_at[k] is not f:
                # A verb beyond another measure governs that one, unless the two are
                # coordinated ("eased tariffs and quotas").
                between = {self.low(j) for j in range(k + 1, f.first)}
                if not between <= {"and", "or", ",", "the", "its", "their", "a", "an"}:
                    break
            act = self.verb_action(k)
            if act and not (self.low(k - 1) in ("a", "an", "the") and act == "impose"):
                return act, True, k
        # A verb after it: "sanctions were lifted", "duties imposed by ...".
        end = self.clause_end(f.last)
        for k in range(f.last + 1, min(end, f.last + 6)):
            low = self.low(k)
            act = self.verb_action(k)
            if act and (low.endswith(("ed", "en")) or self.low(k - 1) in BE_AUX
                        or self.low(k - 1) in self.lex.modals or low in PARTICIPLES):
                return act, True, k
            if low in (",", "and", "or"):
                break
        return "impose", False, -1

    def modality(self, action: str, cue: int, first: int) -> str | None:
        """Adjust the action for modality and negation; None drops the measure."""
        lex = self.lex
        anchor = cue if cue >= 0 else first
        lo = max(self.clause_start(anchor), anchor - 6)
        window = [self.low(k) for k in range(lo, anchor)]
        negated = any(w in lex.negators for w in window[-4:]) or \
            any(w in lex.refusals for w in window)
        if negated:
            return "maintain" if action in ("lift", "ease") else None
        for k, w in enumerate(window):
            if w in lex.intent and "to" in window[k + 1:]:
                return lex.intent[w] if lex.intent[w] == "threaten" or action != "impose" \
                    else "propose"
        if any(w in lex.modals for w in window[-4:]) or "expected" in window:
            return "threaten" if action == "impose" else "propose"
        return action

    # --- who ----------------------------------------------------------------------------
    def in_pp(self, ent: Ent) -> bool:
        """Whether an entity sits inside a prepositional phrase ("on Chinese goods")."""
        j = ent.first - 1
        for _ in range(4):
            if j < 0:
                return False
            low = self.low(j)
            if low in PP_PREPS:
                return True
            if low in DETERMINERS or j in self.ent_at or low in ("’s", "'s", ",") \
                    or self.toks[j].text[:1].isupper() or low[:1].isdigit():
                j -= 1
                continue
            return False
        return False

    def is_object(self, ent: Ent) -> bool:
        """Whether a verb governs the entity ("told the House"); a possessor is no object."""
        j = ent.first - 1
        if self.low(j) in ("the", "a", "an"):
            j -= 1
        prev = self.low(j)
        if self.low(ent.last + 1) in ("’s", "'s") or j < 0:
            return False
        return prev in ("told", "said", "asked", "urged", "met", "joined", "accused", "criticised",
                        "criticized", "warned", "sued", "blamed", "hit", "attacked") \
            or (prev.endswith("ed") and len(prev) > 4 and prev not in self.lex.action_verbs)

    def modifier(self, f: Found) -> Ent | None:
        """An actor directly before the trigger: "US tariffs", "the EU's new duties"."""
        j = f.first - 1
        for _ in range(3):
            if j < 0:
                return None
            if j in self.ent_at:
                return self.ent_at[j]
            low = self.low(j)
            if low in ("’s", "'s") or (low in DETERMINERS and low not in ("a", "an", "the")):
                j -= 1
                continue
            if low.isalpha() and low.islower() and low not in self.lex.action_verbs \
                    and low not in PP_PREPS and low not in ("a", "an", "the", "and", "or"):
                j -= 1
                continue
            return None
        return None

    def agent(self, lo: int, hi: int) -> Ent | None:
        for k in range(lo, min(hi, len(self.toks) - 1)):
            if self.low(k) == "by" and k + 1 in self.ent_at:
                return self.ent_at[k + 1]
            if self.low(k) == "by" and self.low(k + 1) == "the" and k + 2 in self.ent_at:
                return self.ent_at[k + 2]
        return None

    def subject(self, anchor: int) -> tuple[Ent | None, bool]:
        """The nearest actor left of the anchor that is not in a prepositional phrase.

        The flag is True when a government word stands there without a name ("authorities").
        """
        k = anchor - 1
        demonym: Ent | None = None  # "Chinese firms": the sufferer, never the actor
        while k >= 0:
            low = self.low(k)
            if low in CLAUSE_STOPS:
                break
            if k in self.ent_at:
                ent = self.ent_at[k]
                k = ent.first - 1
                if self.in_pp(ent) or self.is_object(ent):
                    continue
                if ent.demonym and self.low(ent.last + 1) not in GOVERNMENT_NOUNS:
                    demonym = demonym or ent
                    continue
                return ent, False
            if low in GOVERNMENT_NOUNS and self.low(k - 1) not in PP_PREPS:
                gov = True
                for j in range(k - 1, max(-1, k - 4), -1):
                    if j in self.ent_at and not self.in_pp(self.ent_at[j]):
                        return self.ent_at[j], False
                return None, gov
            k -= 1
        return demonym, False

    def targets_after(self, f: Found) -> list[Ent]:
        """Actors in the object phrase after the trigger ("on Chinese goods", "from the US")."""
        out: list[Ent] = []
        k = f.last + 1
        n = len(self.toks)
        # The phrase must open with a target preposition within two words of the trigger.
        opened = False
        for j in range(k, min(n, k + 3)):
            if self.low(j) in TARGET_PREPS:
                opened = True
                k = j + 1
                break
            if self.low(j) in (",", ".", ";"):
                break
        if not opened:
            return out
        words = 0
        while k < n and words < 14:
            low = self.low(k)
            if k in self.ent_at:
                ent = self.ent_at[k]
                if ent.kind != "place":
                    out.append(ent)
                k = ent.last + 1
                continue
            if low in CLAUSE_STOPS or low in (".", ";", ":") or low == "by":
                break
            if low == "," and not (k + 1 in self.ent_at or self.low(k + 1) in ("and", "or")):
                break
            verbish = low.endswith(("ing", "ed")) and len(low) > 5 and (
                k + 1 in self.ent_at or self.low(k + 1) in DETERMINERS
                or self.low(k + 1) in ("to", "by", "with"))
            if low not in _TARGET_CONTINUE and (
                    verbish or self.verb_action(k) and self.low(k - 1) not in DETERMINERS
                    or (low == "to" and self.verb_action(k + 1))):
                break
            k += 1
            words += 1
        return out

    def entities_between(self, lo: int, hi: int, skip: Ent | None) -> list[Ent]:
        seen = []
        for k in range(lo, hi):
            ent = self.ent_at.get(k)
            if ent and ent is not skip and ent not in seen and ent.kind != "place" \
                    and self.low(ent.first - 1) != "by":
                seen.append(ent)
        return seen
