"""The word-level view of a sentence that the measure rules read: tokens, actors, clauses.

A `SentenceView` answers the questions the rules ask of one candidate sentence: which verb
or noun governs a trigger (its action), whether modality or negation changes that, and
which actors stand where (subject, agent, modifier, object phrase). Positions are token
indexes into the sentence.
"""

from __future__ import annotations

from .article import DocContext, Ent, Found, tokens

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
INVESTIGATIVE = frozenset({"probe", "probes", "investigation", "investigations", "inquiry",
                           "inquiries", "case", "cases", "review", "reviews", "complaint",
                           "dispute"})
_ACTION_PREPS = frozenset({"of", "on", "to", "in", "for"})
_OBJECT_VERBS = frozenset({"told", "said", "asked", "urged", "met", "joined", "accused",
                           "criticised", "criticized", "warned", "sued", "blamed", "hit",
                           "attacked"})
_POSSESSIVE = ("’s", "'s")
# How far the rules look from a trigger, in tokens.
_VERB_REACH_BEFORE = 12
_VERB_REACH_AFTER = 6
_TARGET_PHRASE_WORDS = 14

Cue = tuple[str, bool, int]  # (action, explicit, index of the word that says it)


class SentenceView:
    """The word-level view of one candidate sentence."""

    def __init__(self, doc: DocContext, start: int, end: int) -> None:
        self.doc = doc
        self.lex = doc.lex
        self.start, self.end = start, end
        self.toks = tokens(doc.text[start:end], start)
        self.starts = [tok.start for tok in self.toks]
        self.ents = doc.entities(start, end, self.toks)
        self.ent_at: dict[int, Ent] = {}
        for ent in self.ents:
            for at in range(ent.first, ent.last + 1):
                self.ent_at[at] = ent
        self.trigger_at: dict[int, Found] = {}

    def low(self, at: int) -> str:
        """The lower-case token at `at`; "" outside the sentence."""
        return self.toks[at].low if 0 <= at < len(self.toks) else ""

    def clause_start(self, at: int) -> int:
        back = at - 1
        while back >= 0 and self.toks[back].low not in CLAUSE_STOPS:
            back -= 1
        return back + 1

    def clause_end(self, at: int) -> int:
        ahead = at + 1
        while ahead < len(self.toks) and self.toks[ahead].low not in CLAUSE_STOPS:
            ahead += 1
        return ahead

    # --- action -------------------------------------------------------------------------
    def verb_action(self, at: int) -> str | None:
        """The action named by the verb at token `at` (one or two words), if any."""
        pair = self.low(at) + " " + self.low(at + 1)
        return self.lex.action_verbs.get(pair) or self.lex.action_verbs.get(self.low(at))

    def action(self, found: Found) -> Cue:
        """(action, explicit, index of the cue) for a trigger; -1 when there is no cue."""
        cue = self._noun_cue(found)
        if cue is not None:
            return cue
        if found.entry.kind == "verb_bound":
            verb = found.verb_action or self.verb_action(found.first)
            if verb:
                return verb, True, found.first
        return self._verb_before(found) or self._verb_after(found) or ("impose", False, -1)

    def _noun_cue(self, found: Found) -> Cue | None:
        """A noun that governs the trigger: "extension of the truce", "tariff cuts"."""
        lex = self.lex
        # Before it: "extension of the truce", "delay in the deadline".
        at = found.first - 1
        steps = 0
        while at >= 0 and steps < 4 and (self.low(at) in DETERMINERS or at in self.ent_at
                                         or self.toks[at].text[:1].isdigit()
                                         or self.low(at) in ("-", *_POSSESSIVE)):
            at -= 1
            steps += 1
        if at >= 1 and self.low(at) in _ACTION_PREPS and self.low(at - 1) in lex.action_nouns:
            return lex.action_nouns[self.low(at - 1)], True, at - 1
        # ... or following it: "tariff cuts", "sanctions relief", "truce extension".
        nxt = self.low(found.last + 1)
        if nxt in lex.action_nouns and nxt not in INVESTIGATIVE:
            return lex.action_nouns[nxt], True, found.last + 1
        return None

    def _verb_before(self, found: Found) -> Cue | None:
        """The nearest verb on the left that names an action, within the clause."""
        stop = self.clause_start(found.first)
        for at in range(found.first - 1, max(stop, found.first - _VERB_REACH_BEFORE) - 1, -1):
            if at in self.ent_at:
                continue
            if at in self.trigger_at and self.trigger_at[at] is not found:
                # A verb beyond another measure governs that one, unless the two are
                # coordinated ("eased tariffs and quotas").
                between = {self.low(j) for j in range(at + 1, found.first)}
                if not between <= {"and", "or", ",", "the", "its", "their", "a", "an"}:
                    break
            action = self.verb_action(at)
            if action and not (self.low(at - 1) in ("a", "an", "the") and action == "impose"):
                return action, True, at
        return None

    def _verb_after(self, found: Found) -> Cue | None:
        """A verb after the trigger: "sanctions were lifted", "duties imposed by ..."."""
        end = self.clause_end(found.last)
        for at in range(found.last + 1, min(end, found.last + _VERB_REACH_AFTER)):
            low = self.low(at)
            action = self.verb_action(at)
            if action and (low.endswith(("ed", "en")) or self.low(at - 1) in BE_AUX
                           or self.low(at - 1) in self.lex.modals or low in PARTICIPLES):
                return action, True, at
            if low in (",", "and", "or"):
                break
        return None

    def modality(self, action: str, cue: int, first: int) -> str | None:
        """Adjust the action for modality and negation; None drops the measure."""
        lex = self.lex
        anchor = cue if cue >= 0 else first
        window_start = max(self.clause_start(anchor), anchor - 6)
        window = [self.low(at) for at in range(window_start, anchor)]
        negated = any(word in lex.negators for word in window[-4:]) or \
            any(word in lex.refusals for word in window)
        if negated:
            return "maintain" if action in ("lift", "ease") else None
        for index, word in enumerate(window):
            if word in lex.intent and "to" in window[index + 1:]:
                return lex.intent[word] if lex.intent[word] == "threaten" or action != "impose" \
                    else "propose"
        if any(word in lex.modals for word in window[-4:]) or "expected" in window:
            return "threaten" if action == "impose" else "propose"
        return action

    # --- who ----------------------------------------------------------------------------
    def in_pp(self, ent: Ent) -> bool:
        """Whether an entity sits inside a prepositional phrase ("on Chinese goods")."""
        back = ent.first - 1
        for _ in range(4):
            if back < 0:
                return False
            low = self.low(back)
            if low in PP_PREPS:
                return True
            if low in DETERMINERS or back in self.ent_at or low in (*_POSSESSIVE, ",") \
                    or self.toks[back].text[:1].isupper() or low[:1].isdigit():
                back -= 1
                continue
            return False
        return False

    def is_object(self, ent: Ent) -> bool:
        """Whether a verb governs the entity ("told the House"); a possessor is no object."""
        back = ent.first - 1
        if self.low(back) in ("the", "a", "an"):
            back -= 1
        prev = self.low(back)
        if self.low(ent.last + 1) in _POSSESSIVE or back < 0:
            return False
        return prev in _OBJECT_VERBS \
            or (prev.endswith("ed") and len(prev) > 4 and prev not in self.lex.action_verbs)

    def modifier(self, found: Found) -> Ent | None:
        """An actor directly before the trigger: "US tariffs", "the EU's new duties"."""
        back = found.first - 1
        for _ in range(3):
            if back < 0:
                return None
            if back in self.ent_at:
                return self.ent_at[back]
            low = self.low(back)
            if low in _POSSESSIVE or (low in DETERMINERS and low not in ("a", "an", "the")):
                back -= 1
                continue
            if low.isalpha() and low.islower() and low not in self.lex.action_verbs \
                    and low not in PP_PREPS and low not in ("a", "an", "the", "and", "or"):
                back -= 1
                continue
            return None
        return None

    def agent(self, first: int, stop: int) -> Ent | None:
        """The actor after "by" ("imposed by the US") between tokens `first` and `stop`."""
        for at in range(first, min(stop, len(self.toks) - 1)):
            if self.low(at) == "by" and at + 1 in self.ent_at:
                return self.ent_at[at + 1]
            if self.low(at) == "by" and self.low(at + 1) == "the" and at + 2 in self.ent_at:
                return self.ent_at[at + 2]
        return None

    def subject(self, anchor: int) -> tuple[Ent | None, bool]:
        """The nearest actor left of the anchor that is not in a prepositional phrase.

        The flag is True when a government word stands there without a name ("authorities").
        """
        back = anchor - 1
        demonym: Ent | None = None  # "Chinese firms": the sufferer, never the actor
        while back >= 0:
            low = self.low(back)
            if low in CLAUSE_STOPS:
                break
            if back in self.ent_at:
                ent = self.ent_at[back]
                back = ent.first - 1
                if self.in_pp(ent) or self.is_object(ent):
                    continue
                if ent.demonym and self.low(ent.last + 1) not in GOVERNMENT_NOUNS:
                    demonym = demonym or ent
                    continue
                return ent, False
            if low in GOVERNMENT_NOUNS and self.low(back - 1) not in PP_PREPS:
                # "the Chinese authorities": the name just before the government word.
                for at in range(back - 1, max(-1, back - 4), -1):
                    if at in self.ent_at and not self.in_pp(self.ent_at[at]):
                        return self.ent_at[at], False
                return None, True
            back -= 1
        return demonym, False

    def targets_after(self, found: Found) -> list[Ent]:
        """Actors in the object phrase after the trigger ("on Chinese goods", "from the US")."""
        out: list[Ent] = []
        at = self._target_phrase_start(found)
        if at is None:
            return out
        count = len(self.toks)
        words = 0
        while at < count and words < _TARGET_PHRASE_WORDS:
            low = self.low(at)
            if at in self.ent_at:
                ent = self.ent_at[at]
                if ent.kind != "place":
                    out.append(ent)
                at = ent.last + 1
                continue
            if low in CLAUSE_STOPS or low in (".", ";", ":") or low == "by":
                break
            if low == "," and not (at + 1 in self.ent_at or self.low(at + 1) in ("and", "or")):
                break
            if low not in _TARGET_CONTINUE and self._opens_new_clause(at):
                break
            at += 1
            words += 1
        return out

    def _target_phrase_start(self, found: Found) -> int | None:
        """The token after the target preposition, which must come within two words of the
        trigger ("tariffs on", "sanctions imposed on")."""
        first = found.last + 1
        for at in range(first, min(len(self.toks), first + 3)):
            if self.low(at) in TARGET_PREPS:
                return at + 1
            if self.low(at) in (",", ".", ";"):
                break
        return None

    def _opens_new_clause(self, at: int) -> bool:
        """A verb-like word that ends an object phrase ("... goods, hurting exporters")."""
        low = self.low(at)
        verbish = low.endswith(("ing", "ed")) and len(low) > 5 and (
            at + 1 in self.ent_at or self.low(at + 1) in DETERMINERS
            or self.low(at + 1) in ("to", "by", "with"))
        return bool(verbish or self.verb_action(at) and self.low(at - 1) not in DETERMINERS
                    or (low == "to" and self.verb_action(at + 1)))

    def entities_between(self, first: int, stop: int, skip: Ent | None) -> list[Ent]:
        """The actors with a token between `first` and `stop`, except `skip`, places and
        agents ("by ...")."""
        seen: list[Ent] = []
        for at in range(first, stop):
            ent = self.ent_at.get(at)
            if ent and ent is not skip and ent not in seen and ent.kind != "place" \
                    and self.low(ent.first - 1) != "by":
                seen.append(ent)
        return seen
