"""The word-level view of a sentence that the measure rules read: tokens, actors, clauses.

A `SentenceView` answers the questions the rules ask of one candidate sentence: which verb
or noun governs a trigger (its action) and which actors stand where (subject, agent,
modifier, object phrase; subjects.py and objects.py read the last two). Positions are
token indexes into the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .article import DocContext, Ent, Found, tokens
from .objects import targets_after
from .subjects import authorities, find_subject
from .vocab import (
    ACTION_PREPS,
    ANSWER_NOUNS,
    ATTRIBUTIVE,
    BE_AUX,
    CLAUSE_STOPS,
    CONJUNCTIONS,
    DETERMINERS,
    FINITE,
    INVESTIGATIVE,
    LETTING,
    OBJECT_VERBS,
    OBTAIN,
    PARTICIPLES,
    PATIENT_STARTS,
    POSSESSIVE,
    POSSESSIVE_DETERMINERS,
    PP_PREPS,
    PROPOSALS,
    SPEECH_VERBS,
    STAYS_BANNED,
    VERB_KINDS,
    VERB_REACH_AFTER,
    VERB_REACH_BEFORE,
    Cue,
)

# Words after a participle that make it one of a reduced relative clause ("the duties
# recently imposed last year", "... imposed so far"), not a verb with an object.
_AFTER_A_PARTICIPLE = frozenset({"last", "this", "next", "earlier", "yesterday", "today",
                                 "so", "and", "or", "but", "since", "until", "when", "while",
                                 "because", "to", "from", "as"})

# Nouns that make "extend" a delay: "extended the deadline for the tariffs".
_DEADLINE_WORDS = frozenset({"deadline", "deadlines", "cut-off", "cutoff"})


# Verbs that, said of a restriction itself (not of goods: "blocked imports"), stop it.
_BLOCKING = frozenset({"block", "blocks", "blocked", "blocking"})
# Verbs of ending that, with "with" or "in", say what a process came to.
_ENDING = frozenset({"end", "ends", "ended", "ending", "concluded", "culminated"})
# Adverbs before the participle of an aside: ", first imposed in 2014,".
_ASIDE_ADVERBS = frozenset({"first", "originally", "initially", "already", "recently",
                            "previously", "once", "last"})
# Verbs that end a probe, never a measure of another kind here: "closed its investigation".
_CLOSING = frozenset({"close", "closes", "closed", "closing"})
# Participles whose agent after "by" is a measure that weighs on a party ("hit by tariffs").
_HIT_BY = frozenset({"hit", "affected", "hurt", "targeted", "squeezed", "battered", "struck"})
# Words that tell a measure is new ("hit by new US tariffs": laid now).
_NEWLY = frozenset({"new", "fresh", "extra", "additional", "higher", "further"})
# A list a measure names, the verbs that put goods or parties on it or take them off, and
# how far they may stand ("added five elements, including holmium, to its control list").
_LIST_NOUNS = frozenset({"list", "lists", "blacklist", "register"})
_ONTO_A_LIST = frozenset({"add", "adds", "added", "adding", "put", "puts", "putting",
                          "placed", "places", "placing"})
_OFF_A_LIST = frozenset({"remove", "removes", "removed", "removing", "delist", "delisted",
                         "strike", "struck", "took", "taken"})
_LIST_OPENER_REACH = 4
_LIST_VERB_REACH = 18
# Prepositions that open a participle phrase after a measure ("granted to", "imposed on").
_AFTER_A_REDUCED_RELATIVE = frozenset({"to", "on", "by", "in", "for", "against", "under"})
# Passive participles that end a probe ("the inquiry into ... was dropped").
_PROBE_ENDED = frozenset({"closed", "dropped", "ended", "abandoned", "shelved", "halted",
                          "discontinued", "terminated", "concluded"})
# Tokens after a probe's "into" its passive end may stand.
_PROBE_INTO_REACH = 24
# Words between a verb of change and the rise it changes ("put off a planned rise").
_PLANNED = frozenset({"planned", "proposed", "promised", "expected", "scheduled", "threatened"})
_CHANGE_REACH = 5
# What a verb may do to a relief named after its measure ("end the duty exemptions").
_DONE_TO_RELIEF = frozenset({"lift", "extend", "maintain", "delay"})
# Verbs that, with "on hold" or "on ice" after their object, hold a step off.
_PUTTING = frozenset({"put", "puts", "putting", "place", "places", "placed", "placing"})
_HELD = frozenset({"hold", "ice"})
# How far after the measure's words "on hold" may come ("put the EU's first
# retaliatory tariffs against the United States on hold").
_HELD_REACH = 10
# Words that make an ending partial: "partly lifted", "the partial lifting of" (4.4 ease).
_IN_PART = frozenset({"partial", "partially", "partly"})
_RESTRICTIONS = frozenset({"tariff", "quota", "import_ban", "export_control", "sanction",
                           "trade_defence"})
# Words that open a clause of its own before a measure: the verb before them is not its.
# Verbs of a rate moving to a figure after it: "duties will fall to 30%", "rise to 50%".
_LEVEL_VERBS = {verb: "ease" for verb in ("fall", "falls", "fell", "falling", "drop", "drops",
                                          "dropped", "dropping", "decline", "declines",
                                          "declined")}
_LEVEL_VERBS.update({verb: "impose" for verb in ("rise", "rises", "rose", "rising", "climb",
                                                 "climbs", "climbed", "jump", "jumps",
                                                 "jumped")})
# Words that open a relative clause: "a truce under which US duties fall to 30%" (the
# duties are its subject, in no phrase of another noun).
_RELATIVE_WORDS = frozenset({"which", "that", "whom", "whose"})
# Verbs that move a rate with "up" or "down": "came down to 6%", "went up by 3 points".
_MOVING_VERBS = frozenset({"come", "comes", "came", "coming", "go", "goes", "went", "gone",
                           "going", "edge", "edges", "edged", "move", "moves", "moved"})
# Offices of a state, a province or a city that act for it: "New York's attorney general".
_LOCAL_OFFICES = frozenset({"attorney", "governor", "mayor", "comptroller", "legislature"})
# Units of a figure told before a rise: "the 2p rise", "a 5% rise", "the 1.25 pence rise".
_RATE_UNITS = frozenset({"p", "pence", "%", "percent", "per", "cent", "cents", "point",
                         "points"})
# Nouns of a judgement: who gives it did not take the measure.
_RULINGS = frozenset({"ruling", "rulings", "verdict", "judgment", "judgement", "decision"})
# Nouns of asking for a step: the party after "by" asked, it did not take the step.
_PLEAS = frozenset({"complaint", "complaints", "petition", "petitions", "request", "requests",
                    "application", "applications"})
# Participles of what a party owes or holds: the party after "by" is no agent of the step.
_OWED = frozenset({"owed", "owing", "owned", "held", "run", "operated"})
# Verbs of judging a measure: who does it by them did not take the measure.
# Participles of harm: the agent after them hurt the measure's beneficiaries, it did not take
# the measure ("exporters hit by US tariffs").
_SUFFERING = frozenset({"hit", "hurt", "affected", "harmed", "damaged", "battered", "squeezed",
                        "threatened", "targeted", "punished", "penalised", "penalized"})
_JUDGING = frozenset({"ruled", "found", "declared", "deemed", "judged", "branded", "condemned",
                      "criticised", "criticized", "described", "called"})
# A measure after these is the frame or the circumstance of the verb, never its object.
_FRAMEWORK_PREPS = frozenset({"under", "despite", "amid"})
_SUBORDINATORS = frozenset({"since", "after", "before", "until", "when", "once", "unless",
                            "whereas", "because"})
# Marks that open a quotation ("``" in older wire copy).
OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "``", "`"})
# Words that open a sentence with a clause of condition or time, closed by its first comma
# ("If talks fail, ...", "Unless Kenya lifts the ban by Friday, ...").
OPENING_CONDITIONS = frozenset({"if", "unless", "until", "since", "after", "before", "when",
                                "once", "whereas", "because", "although", "though", "while"})
# "approved a budget that includes 2 trillion yen in subsidies": a relative clause that
# only says what the thing holds leaves the measure in the main clause.
_CONTAINING = frozenset({"includes", "included", "include", "contains", "contained",
                         "contain", "earmarks", "earmarked", "allocates", "allocated"})
# A finite verb right after a measure: the measure is the subject of a clause of its own.
_OWN_VERBS = frozenset({"take", "takes", "took", "come", "comes", "came", "kick", "kicks",
                        "kicked", "go", "goes", "went", "are", "were", "is", "was", "will",
                        "would", "have", "has", "had", "begin", "begins", "began", "start",
                        "starts", "started", "bite", "bites", "hit", "hits", "expire",
                        "expires", "expired", "end", "ends", "ended", "lapse", "lapses"})
# Month and day names: "On Tuesday Beijing banned ..." ends its time phrase at the name.
_CALENDAR_WORDS = frozenset((
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"))
_SENTENCE_STOPS = frozenset(".!?\"”'’:")


def _a_year(low: str) -> bool:
    """ "2003": a year, the end of a time phrase before a name ("In 2003 Japan banned")."""
    return len(low) == 4 and low.isdigit() and low[:2] in ("18", "19", "20")


def is_headline(text: str, start: int) -> bool:
    """Whether the sentence at `start` is the article's title: its first line, standing
    alone, with no final stop."""
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end >= 0 else len(text)].rstrip()
    return not text[:start].strip() and line[-1:] not in _SENTENCE_STOPS


def ban_as_verb(view: SentenceView, found: Found) -> bool:
    """ "will ban", "are to ban": "ban" as a verb after a modal or "to", not a noun."""
    return found.entry.phrase in ("ban", "bans") and view.low(found.first - 1) in _VERB_BEFORE


# Words after which "ban" is a verb: modals and "to".
_VERB_BEFORE = frozenset({"to", "will", "would", "could", "can", "may", "might", "shall",
                          "must", "should", "also"})


# What a measure falls on, between it and a relative clause: "the tariffs on steel that".
_OBJECT_PREPS = frozenset({"on", "against", "of"})
_OBJECT_REACH = 5
_RELATIVE_REACH = 7  # "a ban on short selling of Malaysian shares that ..."
# Words between a determiner and a measure word that say it is the one told before.
_TOLD_AGAIN = frozenset({"same", "current", "existing", "present", "own"})
_SPAN_UNITS = frozenset({"days", "weeks", "months", "years", "day", "week", "month", "year"})
_CHANGE_ACTIONS = frozenset({"lift", "ease", "extend", "delay"})
# Adjectives opening a tax's phrase that say which way it moves: "Higher fuel taxes".
_LEVEL_ADJECTIVES = {"higher": "impose", "increased": "impose", "lower": "ease",
                     "reduced": "ease"}
# Verbs of a measure that are its nouns as well, after an article: "the copper levy".
_NOUN_VERBS = frozenset({"levy", "ban", "cap", "curb", "limit", "freeze", "cut", "review",
                         "rise", "increase", "hike", "halt", "block", "order", "plan"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "this", "that"})
_REPLACE_REACH = 6  # tokens from "replace" to the measure it replaces
# The new form a duty takes when it is replaced by it: "with a sliding scale".
_NEW_FORMS = frozenset({"scale", "scales", "rate", "rates", "formula", "schedule", "band",
                        "bands"})
_SHIFTED_RATES = frozenset({"percent", "%", "cent", "points"})
_SHIFTED_OBJECT_REACH = 7  # tokens from "until" to a verb's object set after the time
_VERB_ADVERBS = frozenset({"also", "now", "yesterday", "today", "recently", "later",
                           "earlier", "already", "then", "still", "formally", "officially"})
# Adverbs by which those who bear a measure bear it now: "already face", "still pay".
_IN_FORCE_ADVERBS = frozenset({"already", "still"})
_TIME_UNITS = frozenset({"week", "month", "year", "weekend", "night", "autumn", "spring",
                         "summer", "winter"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
_DISPUTES = frozenset({"dispute", "disputes", "row", "rows", "spat", "fight", "battle",
                       "quarrel", "feud", "standoff", "stand-off", "wrangle"})
_LEVEL_NOUNS = frozenset({"level", "threshold", "rate", "point", "limit"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_ASIDE_REACH = 12  # tokens a participle phrase set off by commas may run
_CLAUSE_REACH = 25  # tokens a relative clause set off by commas may run
_OBJECT_PHRASE_REACH = 4  # more tokens a passive verb may stand past an object phrase
# Steps a relative clause's subject takes with the measure ("that Beijing imposed",
# "which the US raised", "which Washington eased last year"): it takes, keeps or ends it.
# Verbs of a measure that stands: "(the embargo ...) stays in place".
_STAYS = frozenset({"stays", "stay", "remains", "remain", "remained", "stayed"})
# Words that set a second noun beside a first: ", along with a duty on steel,".
_ALONG_WITH = frozenset({("along", "with"), ("together", "with"), ("as", "well")})
_RELATIVE_ACTIONS = frozenset({"impose", "ease", "lift", "extend", "maintain", "delay",
                               "investigate"})

# Forms of "end", which reach a level or a state before "at" and "up", and end nothing.
_END_FORMS = frozenset({"end", "ends", "ended", "ending"})
# Verbs of giving that take a first object before the thing given: "will give new smelters
# a tax holiday", "offered farmers a subsidy".
_GIVING = frozenset({"give", "gives", "gave", "giving", "given", "grant", "grants", "granted",
                     "granting", "offer", "offers", "offered", "offering", "award", "awards",
                     "awarded", "awarding", "promise", "promises", "promised", "promising",
                     "hand", "hands", "handed", "handing"})
_FIRST_OBJECT_REACH = 3  # words of the first object, from the verb to the second's article
# Verbs that take a party off what it was put on, with "off" after the party: "struck two
# businessmen off its sanctions list".
_TAKING_OFF = frozenset({"strike", "strikes", "struck", "striking", "take", "takes", "took",
                         "taken", "taking"})
# Verbs that stop what the verb after them does: "will stop subsidising diesel".
_STOPPING = frozenset({"stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased",
                       "ceasing", "halt", "halts", "halted", "halting", *_END_FORMS})


class _Lows(dict[int, str]):
    """Token index -> lower-case token, and "" for an index outside the sentence."""

    def __missing__(self, at: int) -> str:
        return ""


class SentenceView:
    """The word-level view of one candidate sentence."""

    def __init__(self, doc: DocContext, start: int, end: int) -> None:
        self.doc = doc
        self.lex = doc.lex
        self.start, self.end = start, end
        self.toks = tokens(doc.text[start:end], start)
        self.starts = [tok.start for tok in self.toks]
        # The lower-case token at an index; "" outside the sentence. The rules' hottest
        # call: a dict's look-up, run in C, where a method would run Python's code.
        self.low: Callable[[int], str] = _Lows(enumerate(tok.low for tok in self.toks)
                                               ).__getitem__
        self.ents = doc.entities(start, end, self.toks)
        self.ent_at: dict[int, Ent] = {}
        for ent in self.ents:
            for at in range(ent.first, ent.last + 1):
                self.ent_at[at] = ent
        self.ents += authorities(self)
        for ent in self.ents:
            if ent.demonym and (self.low(ent.last + 1) in doc.words.authority_nouns
                                or self.low(ent.last + 2) in doc.words.authority_nouns):
                ent.official = True  # "the Chinese government"
            elif ent.kind == "place" and self.low(ent.last + 1) in ("'s", "’s") and (
                    self.low(ent.last + 2) in doc.words.authority_nouns
                    or self.low(ent.last + 2) in _LOCAL_OFFICES
                    or self.low(ent.last + 3) in doc.words.authority_nouns):
                ent.official = True  # "New York's attorney general", "Ontario's government"
        self.trigger_at: dict[int, Found] = {}

    @property
    def opening(self) -> int:
        """The index of the sentence's first word, past opening quotes ('"If the permits
        are not restored, ...," she said')."""
        at = 0
        while at < len(self.toks) - 1 and self.low(at) in OPENING_QUOTES:
            at += 1
        return at

    @property
    def headline(self) -> bool:
        """The article's first line standing alone, with no final stop: its title, which
        tells a step just taken in the present ("India bans rice exports")."""
        return is_headline(self.doc.text, self.start)

    def clause_start(self, at: int) -> int:
        back = at - 1
        while back >= 0 and (self.toks[back].low not in CLAUSE_STOPS
                             or self.low(back + 1) in _CONTAINING):
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
        verbs = self.lex.action_verbs
        word = self.low(at)
        if word == "charge" and self.low(at - 1) == "in":
            return None  # "the minister in charge of privatisation": a noun
        if word in _END_FORMS and self.low(at + 1) in ("at", "up"):
            return None  # "the rates step down, ending at 16 percent": a level reached
        pair = word + " " + self.low(at + 1)
        return verbs.get(pair + " " + self.low(at + 2)) or verbs.get(pair) or verbs.get(word)

    def patient_verb_at(self, at: int) -> bool:
        """Whether a verb whose subject undergoes the measure stands at `at`: "faces",
        "avoid", "stave off" (one or two words)."""
        verbs = self.lex.patient_verbs
        return at >= 0 and (self.low(at) in verbs or f"{self.low(at)} {self.low(at + 1)}" in verbs)

    def action(self, found: Found) -> Cue:
        """(action, explicit, index of the cue) for a trigger; -1 when there is no cue.

        Sets `found.rule` to how the action was read, for `why`."""
        if found.entry.kind in VERB_KINDS:
            if found.type == "subsidy" and found.entry.action == "impose" \
                    and self.low(found.first - 1) in _STOPPING:
                # "Malaysia will stop subsidising diesel": the money it paid ends (4.4 lift)
                return self._cue(found, "measure.verb-object", ("lift", True, found.first - 1))
            return self._cue(found, "measure.verb-trigger", (found.entry.action, True, found.first))
        if found.entry.kind == "generic" and found.entry.phrase == "banned" \
                and self.low(found.first - 1) in STAYS_BANNED:
            # "Exports of logs will remain banned": kept as it is
            return self._cue(found, "measure.verb-trigger", ("maintain", True, found.first - 1))
        if found.entry.kind == "generic" and (found.entry.phrase == "banned"
                                              or ban_as_verb(self, found)):
            # "France banned smoking", "smoking was banned": the verb itself, never a noun
            return self._cue(found, "measure.verb-trigger", ("impose", True, found.first))
        if found.entry.phrase.split(" ")[0] in PATIENT_STARTS and found.type == "investigation":
            # "is on trial for", "was charged with": the phrase says what is done
            return self._cue(found, "measure.patient", ("investigate", True, found.first))
        cue = self._noun_cue(found)
        if cue is not None:
            if cue[0] == "ease" and cue[2] > found.last:
                before = self._verb_before(found)
                if before is not None and before[0] in _DONE_TO_RELIEF:
                    # "will end the customs duty exemptions": what is done to the relief
                    return self._cue(found, "measure.verb-object", before)
            if cue[0] == "impose" and cue[2] < found.first:
                change = self._change_before(cue[2])
                if change is not None:
                    # "has put off a planned rise in fuel duty": what is done to the rise
                    return self._cue(found, "measure.verb-object", change)
                after = self._verb_after(found)
                if after is not None and after[0] in _CHANGE_ACTIONS \
                        and self.low(after[2] - 1) in BE_AUX:
                    # "a rise in fuel duty would be put off": what is done to the rise
                    return self._cue(found, "measure.passive", after)
            if cue[0] == "lift" and cue[2] < found.first:
                after = self._verb_after(found)
                if after is not None and after[0] == "delay" \
                        and self.low(after[2] - 1) in BE_AUX:
                    # "the end of the subsidy on kerosene would be put off until January":
                    # the end is put off, the measure stands longer
                    return self._cue(found, "measure.passive", after)
            return self._cue(found, "measure.noun-cue", cue)
        verb = found.verb_action or self.verb_action(found.first) if found.bound else None
        if verb:
            return self._cue(found, "measure.verb-bound", (verb, True, found.bound_after
                                                            if found.bound_after >= 0
                                                            else found.first))
        before = self._verb_before(found) or self._put_on_a_list(found)
        if before is not None and found.bound and before[2] < found.first \
                and self.low(before[2] + 1) not in ("to", "and", "or") \
                and any(self.low(at) in (",", ";") and self.low(at + 1) in ("and", "but", "while")
                        for at in range(before[2] + 1, found.first)):
            # "cut transport links with Qatar in June, and the four countries shut their
            # airspace": a verb of another clause; the trigger's own verb takes it
            before = None
        if before is not None:
            after = self._verb_after(found)
            if after is not None and after[0] in _CHANGE_ACTIONS \
                    and self.low(after[2] - 1) == "be" and self.low(after[2] - 2) == "to":
                # "called for the embargo to be lifted": the change asked for
                return self._cue(found, "measure.passive", after)
            if after is not None and after[0] in _CHANGE_ACTIONS \
                    and before[2] == found.first - 1 \
                    and (self.low(before[2] - 1) in POSSESSIVE
                         or self.low(before[2] - 1) in POSSESSIVE_DETERMINERS):
                # "the EU's planned countermeasures were suspended": "planned" qualifies
                # them, the verb after says what was done
                return self._cue(found, "measure.passive", after)
            return self._cue(found, "measure.verb-object", before)
        if found.bound:  # "capped foreign stakes": the verb that binds the noun takes it
            return self._cue(found, "measure.verb-bound", ("impose", True, found.bound_after
                                                           if found.bound_after >= 0
                                                           else found.first))
        after = self._verb_after(found)
        relative = self.relative_agent(found)
        if after is not None and (relative is None or relative[1] != after[2]):
            return self._cue(found, "measure.passive", after)
        if relative is not None and (main := self._main_after_relative(relative[1])):
            return self._cue(found, "measure.passive", main)  # the step the sentence tells
        if relative is not None:
            # "The tariffs, which the US raised to 50% on Wednesday, hit ...": the verb
            # of the relative clause whose subject takes the measure
            _, relative_verb = relative
            step = self.verb_action(relative_verb)
            assert step is not None
            stays = self._stays_after_relative(relative_verb)
            if step == "impose" and stays >= 0:
                # "The broader embargo, which President Clinton ordered in 1995, otherwise
                # stays in place": the main clause tells it stands (4.4 maintain)
                return self._cue(found, "measure.relative-verb", ("maintain", True, stays))
            if step == "impose" and _PRESENT_THIRD.fullmatch(self.low(relative_verb)) \
                    and self.low(relative_verb) not in _STEP_PRESENTS:
                step = "maintain"  # "the 18% tariff Brasilia charges on imported ethanol":
                # a rate that stands, told in the present (4.4)
            return self._cue(found, "measure.relative-verb", (step, True, relative_verb))
        return self._cue(found, "measure.bare", ("impose", False, -1))

    def relative_agent(self, found: Found) -> tuple[Ent, int] | None:
        """(the subject, the verb's index) of a relative clause on the trigger whose verb
        takes a measure: "the duty [that Beijing imposed] on ...", "tariffs [which the EU
        levied]", "the tariffs on steel [that Washington imposed]", "The tariffs, [which
        the US raised]"; the clause may follow a short phrase of what the measure is on."""
        at = found.last + 1
        if self.low(at) in _OBJECT_PREPS:
            end = next((j for j in range(at + 1, min(len(self.toks), at + _RELATIVE_REACH + 1))
                        if self.low(j) in ("that", "which") or j <= at + _OBJECT_REACH
                        and self.low(j) in (",", ";", ".")), -1)
            if end < 0:
                return None
            at = end
        if self.low(at) == ",":
            at += 1
        if self.low(at) in ("that", "which"):
            at += 1
        elif at != found.last + 1 or (at + (self.low(at) == "the")) not in self.ent_at:
            return None  # (with no "that": "the tariffs [Washington imposed]")
        if self.low(at) == "the":
            at += 1
        agent = self.ent_at.get(at)
        named = self.ent_at.get(agent.last + 1) if agent is not None and agent.authority \
            else None
        if named is not None and named.kind == "person":
            agent = named  # "the 10% tariff that President Donald Trump ordered": the title
            # is the person's, not an unnamed authority's
        if agent is None or agent.kind == "person" and not agent.affiliation:
            return None
        verb = agent.last + 1
        while self.low(verb) == "and" and verb + 1 + (self.low(verb + 1) == "the") in self.ent_at:
            # "the deal that Egypt and Israel signed": both sides the clause's subject
            verb = self.ent_at[verb + 1 + (self.low(verb + 1) == "the")].last + 1
        if self.low(verb) in ("has", "had", "have"):
            verb += 1
        action = self.verb_action(verb)
        if self.patient_verb_at(verb):
            return None  # "the sanctions that Russia faces": Russia bears them
        return (agent, verb) if action in _RELATIVE_ACTIONS else None

    def _cue(self, found: Found, rule: str, cue: Cue) -> Cue:
        if cue[0] == "impose" and 0 <= cue[2] < found.first and self.low(cue[2]) in _HIT_BY \
                and self.low(cue[2] + 1) == "by" and self.low(cue[2] - 1) not in BE_AUX \
                and not any(self.low(at) in _NEWLY for at in range(cue[2] + 2, found.first)):
            # "credit lines for exporters hit by the US tariffs": the tariffs act on them,
            # standing (4.4 maintain), not laid by the verb
            cue = ("maintain", False, cue[2])
        if cue[0] == "extend" and self._extends_a_deadline(found, cue[2]):
            cue = ("delay", cue[1], cue[2])
        if cue[0] == "impose" and cue[2] >= 0 and self.low(cue[2]) in _BLOCKING \
                and not found.bound and found.type in _RESTRICTIONS:
            cue = ("lift", cue[1], cue[2])  # "the court blocked Trump's tariffs": ends them
        if cue[0] == "lift" and cue[2] >= 0 and self.low(cue[2]) in _ENDING \
                and self.low(cue[2] + 1) in ("with", "in") and cue[2] + 1 < found.first:
            cue = ("impose", cue[1], cue[2])  # "a probe which ended with duties": laid them
        if cue[0] == "impose" and 0 <= cue[2] < found.first and self.low(cue[2]) in _PUTTING \
                and self._held_after(found):
            cue = ("delay", cue[1], cue[2])  # "put the countermeasures on hold": held off
        if cue[0] == "impose" and cue[2] > 0 and self.patient_verb_at(cue[2]) \
                and (self.low(cue[2] - 1) in _IN_FORCE_ADVERBS or self.low(cue[2] - 1) == "to"
                     and self.low(cue[2] - 2).startswith("continu")):
            cue = ("maintain", cue[1], cue[2])  # "Cars already face a 25% levy": in force
        if cue[0] == "lift" and cue[2] > 0 and self.low(cue[2] - 1) in _IN_PART:
            cue = ("ease", cue[1], cue[2])  # "partly lifted", "the partial lifting of": a
            # measure softened, not ended (4.4)
        found.rule = rule
        found.cue_words = self.toks[cue[2]].text if cue[2] >= 0 else ""
        found.cue_at = cue[2]
        return cue

    def _change_before(self, noun: int) -> Cue | None:
        """A verb of change right before a noun of rising ("scrapped the rise", "put off a
        planned rise"): its action, or None."""
        for at in range(noun - 1, max(-1, noun - _CHANGE_REACH), -1):
            action = self.verb_action(at)
            if action in _CHANGE_ACTIONS:
                return action, True, at
            if self.low(at) not in ATTRIBUTIVE and self.low(at) not in _PLANNED \
                    and self.low(at) not in ("off", "back") and not self.low(at)[:1].isdigit() \
                    and self.low(at) not in _RATE_UNITS:
                return None  # (past a figure: "postponed the 2p rise")
        return None

    def _held_after(self, found: Found) -> bool:
        """Whether "on hold" or "on ice" follows the measure's words in its clause."""
        for at in range(found.last + 1, min(self.clause_end(found.last),
                                            found.last + _HELD_REACH + 1)):
            if self.low(at) == ",":
                return False  # "sanctions on three banks, on hold since March,": an aside
            if self.low(at) == "on" and self.low(at + 1) in _HELD:
                return True
        return False

    def _extends_a_deadline(self, found: Found, cue: int) -> bool:
        """ "extended the deadline for the tariffs", "extends tariff deadline", "the
        deadline for the tariffs was extended": what is extended is a deadline, so the
        measure is delayed."""
        if cue < 0:
            return False
        if cue < found.first:
            between = range(cue + 1, found.last + 2)
        else:
            between = range(max(0, found.first - 4), cue)
        return any(self.low(at) in _DEADLINE_WORDS for at in between
                   if not found.first <= at <= found.last)

    def _noun_cue(self, found: Found) -> Cue | None:
        """A noun that governs the trigger: "extension of the truce", "tariff cuts"."""
        lex = self.lex
        # Before it: "extension of the truce", "delay in the deadline".
        at = found.first - 1
        steps = 0
        while at >= 0 and steps < 4 and (self.low(at) in DETERMINERS or at in self.ent_at
                                         or self.toks[at].text[:1].isdigit()
                                         or self.low(at) in ("-", ",", "and", *POSSESSIVE)
                                         or self._plain_modifier(at)):
            if self.low(at) in _LEVEL_ADJECTIVES and found.type in ("other", "tariff") \
                    and (at == 0 or self.low(at - 1) in (",", "and")
                         or self.toks[at].text[:1].isupper()):
                # "Higher fuel, tobacco and alcohol taxes will help fund": a rise in them
                # (not "face a lower 10% duty": a level, no change)
                return _LEVEL_ADJECTIVES[self.low(at)], True, at
            steps += self.low(at) not in (",", "and")  # ("fuel, tobacco and alcohol taxes")
            at -= 1
        if at >= 1 and self.low(at) in ACTION_PREPS and self.low(at - 1) in lex.action_nouns:
            return lex.action_nouns[self.low(at - 1)], True, at - 1
        # ... or following it: "tariff cuts", "sanctions relief", "truce extension".
        nxt = self.low(found.last + 1)
        if nxt in lex.action_nouns and nxt not in INVESTIGATIVE:
            return lex.action_nouns[nxt], True, found.last + 1
        return None

    def _plain_modifier(self, at: int) -> bool:
        """A lower-case word that can only qualify a noun here ("fisheries" pact)."""
        low = self.low(at)
        return low.isalpha() and low.islower() and low not in PP_PREPS \
            and low not in ACTION_PREPS and low not in self.lex.action_nouns \
            and self.verb_action(at) is None and low not in ("and", "or")

    def _verb_before(self, found: Found) -> Cue | None:
        """The nearest verb on the left that names an action, within the clause; a verb
        form after a possessive ("its planned tariffs") only when no verb governs it."""
        stop = self.clause_start(found.first)
        if stop >= 3 and self.low(stop - 1) == "which" and self.low(stop - 2) in ("at", "on") \
                and self.low(stop - 3) in _LEVEL_NOUNS:
            # "doubled the level at which buyers pay stamp duty": the level is the tax's
            stop = self.clause_start(stop - 3)
        attributive: Cue | None = None
        for at in range(found.first - 1, max(stop, found.first - VERB_REACH_BEFORE) - 1, -1):
            if at in self.ent_at:
                continue
            word = self.low(at)
            if word in ANSWER_NOUNS and self.low(at + 1) in ("to", "for"):
                break  # "weighs its response to U.S. tariffs": the verb weighs the response
            if word in _DISPUTES and self.low(at + 1) in ("over", "about"):
                break  # "to end their dispute over subsidies": the verb ends the dispute
            if word in ("until", "till") and self.verb_action(at - 1) in _CHANGE_ACTIONS \
                    and self.determiner_of(found) \
                    and found.first - at <= _SHIFTED_OBJECT_REACH:
                # "has extended until February 21 a separate anti-subsidy probe": the
                # verb's object stands after the time it runs to
                return self.verb_action(at - 1) or "extend", True, at - 1
            if (word in _SPAN_UNITS or word in _SHIFTED_RATES) and self.determiner_of(found):
                told_at = next((j for j in range(at - 1, max(-1, at - 4), -1)
                                if self.low(j) in ("by", "for", "to")), -1)
                shifted = self.verb_action(told_at - 1) if told_at > 0 else None
                if shifted is not None and (shifted in _CHANGE_ACTIONS
                                            or word in _SHIFTED_RATES):
                    # "extended by five years a countervailing duty on steel pipes", "tripled
                    # to 6 percent a tax on foreign purchases of bonds": the span or the
                    # rate the verb sets stands before its object
                    return shifted, True, told_at - 1
            if word == "," and self.low(self.opening) in OPENING_CONDITIONS and "," not in (
                    self.low(j) for j in range(self.opening + 1, at)):
                break  # "If the permits are not restored, Uganda will stop imports": the
                # opening clause ends at its comma, its verb governs nothing after it
            if word in _SUBORDINATORS or word == "as" and self.low(found.last + 1) in _OWN_VERBS \
                    or word in ("despite", "notwithstanding"):
                # "allows Iraq to sell oil despite sanctions": the verb does not reach it
                # "have risen 1,500% since quotas were scrapped", "vows response as US
                # tariffs take effect": the clause's own verb
                break
            if word == "by" and self.low(at - 1).endswith("ed") and at + 3 >= found.first:
                break  # "the categories covered by the quota deal": the deal's own clause
            if word in _FRAMEWORK_PREPS and found.type == "agreement":
                # "limits expire under a WTO agreement": the frame, not the object (but
                # "put China under an embargo" lays one)
                break
            if at in self.trigger_at and self.trigger_at[at] is not found:
                # A verb beyond another measure governs that one, unless the two are
                # coordinated ("eased tariffs and quotas").
                between = {self.low(j) for j in range(at + 1, found.first)}
                if "with" in between:
                    # "replace Japan's quota on rice imports with a tariff": what replaces
                    # the other measure is laid
                    other = self.trigger_at[at]
                    verb = next((j for j in range(other.first - 1,
                                                  max(-1, other.first - _REPLACE_REACH), -1)
                                 if self.low(j).startswith("replac")), -1)
                    if verb >= 0:
                        return "impose", True, verb
                if not between <= {"and", "or", ",", "the", "its", "their", "a", "an"}:
                    break
            if word in _CLOSING and found.type == "investigation":
                return "lift", True, at  # "closed its investigation into ...": it ends
            action = self.verb_action(at)
            if action and word in _NOUN_VERBS and self.low(at + 1) not in _ARTICLES and (
                    self.low(at - 1) in _ARTICLES
                    or self.low(at - 2) in _ARTICLES and self._plain_modifier(at - 1)):
                break  # "The copper levy comes on top of 50% duties": a noun, no verb (but
                # "The government cut the fuel subsidy": a verb, its object after it)
            if action and (self.low(at - 1) in ATTRIBUTIVE or self.low(at - 1) in POSSESSIVE):
                # "suspend its planned tariffs", "the EU's planned countermeasures"
                if attributive is None and self.low(at - 1) not in ("a", "an", "the"):
                    attributive = (action, True, at)  # "suspend [its planned] tariffs"
                continue
            if action and not self._before_gerund(at, found.first):  # "a lower duty"
                if word.startswith("replac") and any(self.low(between) == "with"
                                                     for between in range(at + 1, found.first)):
                    return "impose", True, at  # "replace its quota with a tariff": laid
                if word.startswith("replac") and self._new_form_after(found):
                    return "impose", True, at  # "replaces fixed export duties with a
                    # sliding scale": the same duties, laid in a new form
                if word in _TAKING_OFF and any(self.low(between) == "off"
                                               for between in range(at + 1, found.first)):
                    return "lift", True, at  # "struck two businessmen off its sanctions
                    # list": they are taken off it
                return action, True, at
            if action is None and self._governs_noun_phrase(at, found.first):
                break  # "talks would continue, and officials expect an agreement"
        return attributive

    def determiner_of(self, found: Found) -> str:
        """The determiner of the trigger's noun phrase, over up to three modifiers: "the"
        of "the same embargo", "the 15 year embargo", "the doping charges", "its" of "its own ban"
        and "its banana import rules"; "" when none."""
        at = found.first - 1
        while found.first - at <= 3 and at >= 0 and (
                self.low(at) in _TOLD_AGAIN or self.low(at).isdigit()
                or self.low(at) in ("year", "-year", "year-old", "-")
                or self.toks[at].text.isalpha() and self.toks[at].text.islower()
                and self.low(at) not in DETERMINERS and self.low(at) not in PP_PREPS
                and self.verb_action(at) is None):
            at -= 1
        return self.low(at) if self.low(at) in DETERMINERS else ""

    def _governs_noun_phrase(self, at: int, trigger: int) -> bool:
        """Whether the word at `at`, no action verb, stands right before the determiner of
        the trigger's noun phrase, as a verb does ("expect an agreement"): it, not a verb
        further back, governs the trigger."""
        low = self.low(at)
        return at + 1 < trigger and self.low(at + 1) in ("a", "an", "the") \
            and low.isalpha() and self.toks[at].text.islower() and low not in PP_PREPS \
            and low not in ACTION_PREPS and low not in DETERMINERS \
            and low not in ("and", "or", "but", "than", "not") and low not in OBTAIN \
            and self.verb_action(at - 1) is None \
            and not (low in _SPAN_UNITS and self.low(at - 2) == "for") \
            and not self._first_object(at)
        # ("stave off a tariff": one verb; "extend for six months the program": a span)

    def _first_object(self, at: int) -> bool:
        """Whether the word at `at` ends the first object of a verb of giving: "will give
        new smelters a tax holiday", "offered farmers a subsidy"."""
        for back in range(at - 1, max(-1, at - _FIRST_OBJECT_REACH - 1), -1):
            word = self.low(back)
            if word in _GIVING:
                return True
            if not (word.isalpha() and self.toks[back].text.islower()) or word in ("a", "an"):
                return False
        return False

    def _before_gerund(self, at: int, trigger: int) -> bool:
        """ "keep pressing for an exemption from the levy": the verb at `at` governs the
        -ing verb after it, not the measure."""
        low = self.low(at + 1)
        if not (at + 1 < trigger and low.endswith("ing") and len(low) > 4
                and at + 1 not in self.trigger_at):
            return False
        # "imposed sweeping economic sanctions": an -ing word that only qualifies the
        # measure's noun (nothing but plain modifiers up to it) is an adjective.
        return not (self.verb_action(at + 1) is None
                    and all(self._plain_modifier(j) for j in range(at + 2, trigger)))

    def _verb_after(self, found: Found) -> Cue | None:
        """A verb after the trigger: "sanctions were lifted", "duties imposed by ...", "the
        pact between Freedonia and Ruritania was scrapped"."""
        if self.low(found.last + 1) in ("that", "which"):
            return self._verb_after_relative(found)
        main = self._verb_after_zero_relative(found)
        if main is not None:
            return main
        closed = self._probe_closed(found)
        if closed is not None:
            return closed
        end = self.clause_end(found.last)
        # past its object phrase too: "The EU embargo on arms exports to China is likely to
        # be lifted"
        reach = VERB_REACH_AFTER + (_OBJECT_PHRASE_REACH if self.low(found.last + 1)
                                    in _OBJECT_PREPS and found.type != "agreement" else 0)
        stop = min(end, found.last + reach)
        at = found.last
        while at + 1 < stop:
            at += 1
            low = self.low(at)
            if low == ",":
                close = self._participle_aside(at)
                if close is not None:
                    # "Duties on Chinese shrimp, announced last month, were set at 112%"
                    if self.low(at + 1) == "which":  # (a "which" clause ends the clause)
                        end = self.clause_end(close)
                        stop = min(end, close + 1 + VERB_REACH_AFTER)
                    else:
                        stop = min(end, stop + close - at + 1)
                    at = close
                    continue
            if low in _CLOSING and found.type == "investigation" and self.low(at - 1) in BE_AUX:
                return "lift", True, at  # "the investigation into ... was closed"
            level = self._level_change(at)
            if level is not None and not self._in_phrase(found):
                # "US duties will drop to 30%", "the duty came down to 6%", "subsidies went
                # up by 3 points": a rate that moves to or by a figure
                return level, True, at
            action = self.verb_action(at)
            if action and at == found.last + 1 and self.low(at + 1) in ATTRIBUTIVE:
                break  # "the deal lowered the risk": the trigger acts, it is not acted on
            if low in ("add", "adds", "adding"):
                break  # "new duties would add as much as $1,000 to the price": they act
            if low in ("left", "leaves", "leave", "leaving") \
                    and self.low(at - 1) not in ("is", "are", "was", "were", "be", "been"):
                break  # "the ban has left them with 4,000 tonnes of unsold powder": the
                # measure acts; it is kept only when left itself ("was left in place")
            if low == "set" and self.low(at + 1) == "to":
                at += 1  # "duties on cars set to climb to 50%": what they are due to do
                continue
            if action and at == found.last + 2 and self.low(at - 1).endswith("ly") \
                    and self.low(at + 1).isalpha() and self.low(at + 1) not in PP_PREPS \
                    and self.low(at + 1) not in _AFTER_A_PARTICIPLE:
                break  # "the ban unfairly restricted access": so too past an adverb
            if action and self.low(at - 1) == "to" and any(
                    self.low(between) in LETTING for between in range(found.last + 1, at)):
                break  # "The deal allows either side to reimpose tariffs": another's step
            if action and (low.endswith(("ed", "en")) or self.low(at - 1) in BE_AUX
                           or self.low(at - 1) in self.lex.modals or low in PARTICIPLES):
                if at == found.last + 1 and (low.endswith(("ed", "en")) or low in PARTICIPLES):
                    main = self._main_passive(at, end)
                    if main is not None:
                        return main  # "Tax breaks granted to Timor Motors will be withdrawn"
                return action, True, at
            if low == "," or (low in ("and", "or") and at + 1 not in self.ent_at) \
                    or low == "as" and self.low(at + 1) in _PRONOUNS:
                break  # ("stamp duty to £120,000 as he put the economy ...": his clause)
        return None

    def _level_change(self, at: int) -> str | None:
        """The action of a verb at `at` by which a rate moves to or by a figure: "fall to
        30%" (ease), "came down to 6%" (ease), "went up by 3 points" (impose); else None."""
        low = self.low(at)
        action = _LEVEL_VERBS.get(low)
        after = at + 1
        if action is None and self.low(at + 1) in ("up", "down") \
                and low in _MOVING_VERBS:
            action, after = ("impose" if self.low(at + 1) == "up" else "ease"), at + 2
        if action is None or self.low(after) not in ("to", "by"):
            return None
        figure = self.low(after + 1)
        return action if figure[:1].isdigit() or figure in ("zero", "nil") \
            or figure[:1] in "$£€" else None

    def _put_on_a_list(self, found: Found) -> Cue | None:
        """ "added five rare earth elements, including holmium and ytterbium, to its export
        control list": the verb that puts goods or parties on a list (or takes them off it,
        "from"), past a long object; None otherwise."""
        last = found.last + (self.low(found.last + 1) in _LIST_NOUNS)
        if self.low(last) not in _LIST_NOUNS:
            return None
        at = found.first - 1
        while at >= 0 and found.first - at <= _LIST_OPENER_REACH \
                and self.low(at) not in ("to", "from", "on", "onto"):
            if self.low(at) not in DETERMINERS and self.low(at) not in POSSESSIVE_DETERMINERS \
                    and not self.low(at).isalpha():
                return None
            at -= 1
        prep = self.low(at)
        if prep not in ("to", "from", "on", "onto"):
            return None
        for back in range(at - 1, max(-1, at - _LIST_VERB_REACH), -1):
            low = self.low(back)
            if low in _ONTO_A_LIST and prep != "from":
                return "impose", True, back
            if low in _OFF_A_LIST and prep == "from":
                return "lift", True, back
            if low in (";", ".", ":") or low in SPEECH_VERBS or low in ("which", "that"):
                return None
        return None

    def _main_passive(self, participle: int, stop: int) -> Cue | None:
        """The main clause's passive verb past a participle phrase right after the measure
        ("Tax breaks [granted to Timor Motors] will be withdrawn"): an auxiliary, then a
        participle that names a step, before `stop` or the clause ends; None otherwise."""
        if self.low(participle + 1) not in _AFTER_A_REDUCED_RELATIVE:
            return None
        for at in range(participle + 2, stop):
            low = self.low(at)
            if low in (",", ";", ".", "and", "or", "but") or low in CLAUSE_STOPS:
                return None
            action = self.verb_action(at)
            if action and (low.endswith(("ed", "en")) or low in PARTICIPLES) and (
                    self.low(at - 1) in BE_AUX or self.low(at - 1) in self.lex.modals):
                return action, True, at
        return None

    def _probe_closed(self, found: Found) -> Cue | None:
        """ "the investigation into whether Apple let users change their browser was closed
        after ...": past what a probe is into (a clause of its own), its end told in the
        passive; None otherwise."""
        if found.type != "investigation" or self.low(found.last + 1) != "into":
            return None
        for at in range(found.last + 3, min(len(self.toks), found.last + _PROBE_INTO_REACH)):
            low = self.low(at)
            if low in (";", ".", ",", "—", "–", "and", "but"):
                return None
            if low in _PROBE_ENDED and self.low(at - 1) in BE_AUX:
                return "lift", True, at
        return None

    def _verb_after_zero_relative(self, found: Found) -> Cue | None:
        """ "The export duties [it placed on clothing in January], intended to slow sales,
        will be scrapped": past a relative clause with no "that", whose subject stands right
        after the measure, the main clause's passive verb; None when there is none."""
        subject = found.last + 1
        ent = self.ent_at.get(subject)
        if self.low(subject) not in _PRONOUNS and ent is None:
            return None
        verb = ent.last + 1 if ent is not None else subject + 1
        if self.low(verb) in ("has", "had", "have"):
            verb += 1
        if self.verb_action(verb) is None:
            return None
        for at in range(verb + 2, len(self.toks)):
            low = self.low(at)
            if low in (";", ".", "—", "–") or low in CLAUSE_STOPS:
                return None
            if self._passive_at(at):
                return self.verb_action(at) or "impose", True, at
        return None

    def _participle_aside(self, comma: int) -> int | None:
        """The closing comma of a participle phrase set off after a measure's noun, before
        its passive verb: ", announced last month," in "Duties ..., announced last month,
        were set at 112%"; None otherwise."""
        participle = self.low(comma + 1)
        if participle == "and" or (participle, self.low(comma + 2)) in _ALONG_WITH:
            # "The tariff, and a 25% duty on steel, were imposed under Section 232": a
            # second measure set off beside the first, the verb after both
            for close in range(comma + 2, min(len(self.toks) - 1, comma + _ASIDE_REACH)):
                if self.low(close) in (",", ";", ".", "—", "–"):
                    return close if self.low(close) == "," \
                        and self.low(close + 1) in ("were", "are", "have") else None
            return None
        if participle == "which":
            # "the quota for haddock, which is caught alongside cod, will rise by 10%"
            for close in range(comma + 2, min(len(self.toks) - 1, comma + _ASIDE_REACH)):
                if self.low(close) in (",", ";", ".", "—", "–"):
                    after = self.low(close + 1)
                    return close if self.low(close) == "," and (
                        after in BE_AUX or after in self.lex.modals) else None
            return None
        first = comma + 1
        if participle in _ASIDE_ADVERBS:  # ", first imposed in 2014 and renewed ...,"
            first += 1
            participle = self.low(first)
        if participle != "worth" and (  # "a rise in fuel duty, worth 1.9p a litre, would"
                not (participle.endswith(("ed", "en")) or participle in PARTICIPLES)
                or self.verb_action(first) is None):
            return None
        for close in range(comma + 2, min(len(self.toks) - 1, comma + _ASIDE_REACH)):
            low = self.low(close)
            if low == ",":
                return close if self.low(close + 1) in BE_AUX else None
            if low in CLAUSE_STOPS or low == ".":
                return None
        return None

    def _verb_after_relative(self, found: Found) -> Cue | None:
        """ "Quotas that have restricted trade for decades will be abolished": past the
        relative clause, the passive verb of the main clause (the last one before the comma,
        after an auxiliary that is not the relative clause's own)."""
        own = found.last + 2  # the relative clause's first word: "have", "were"
        last: Cue | None = None
        at = own + 1
        while at < len(self.toks) and self.low(at) not in (",", ";", ".", "—", "–"):
            if at - 1 > own and self._passive_at(at):
                last = (self.verb_action(at) or "impose", True, at)
            at += 1
        return last

    def _passive_at(self, at: int) -> bool:
        """Whether a participle with an action stands at `at` after an auxiliary, past an
        adverb: "were cut", "was quietly lifted"."""
        low = self.low(at)
        aux = at - 2 if self.low(at - 1).endswith("ly") else at - 1
        return self.low(aux) in BE_AUX and (low.endswith(("ed", "en")) or low in PARTICIPLES) \
            and self.verb_action(at) is not None

    def _stays_after_relative(self, verb: int) -> int:
        """The main clause's verb of standing past a relative clause set off by commas
        ("..., which X ordered in 1995, otherwise stays in place"), or -1."""
        close = next((at for at in range(verb + 1, min(len(self.toks), verb + _CLAUSE_REACH))
                      if self.low(at) in (",", ";", "—", "–")), -1)
        if close < 0 or self.low(close) != ",":
            return -1
        at = close + 1 + (self.low(close + 1) in ("otherwise", "still", "also"))
        return at if self.low(at) in _STAYS and self.low(at + 1) == "in" else -1

    def _main_after_relative(self, verb: int) -> Cue | None:
        """ "A ban on Brazilian chicken [that Saudi Arabia imposed last year] was eased": past
        the relative clause whose verb is at `verb`, the main clause's passive verb."""
        at = verb + 1
        while at < len(self.toks) and self.low(at) not in (",", ";", ".", "—", "–", "and",
                                                            "but"):
            if self._passive_at(at):
                return self.verb_action(at) or "impose", True, at
            at += 1
        return None

    def _in_phrase(self, found: Found) -> bool:
        """Whether the trigger sits in a phrase of another noun: "imports under the quota"."""
        back = found.first - 1
        while back >= 0 and self.low(back) not in _RELATIVE_WORDS \
                and (self.low(back) in DETERMINERS or back in self.ent_at
                     or self._plain_modifier(back)):
            back -= 1
        return back >= 0 and self.low(back) in PP_PREPS

    # --- who ----------------------------------------------------------------------------
    def in_pp(self, ent: Ent) -> bool:
        """Whether an entity sits inside a prepositional phrase ("on Chinese goods")."""
        back = ent.first - 1
        for _ in range(4):
            if back < 0:
                return False
            low = self.low(back)
            if low in PP_PREPS:
                # "after the US lifted ...": a subordinate clause's subject, not an object
                return not (low in CONJUNCTIONS and self._verb_follows(ent))
            if low == "that" and all(self.low(at) in ("the", "a", "an")
                                     for at in range(back + 1, ent.first)):
                return False  # "said on Tuesday that (the) EU would ...": a clause opens
            if (low == "," or self.toks[back].text in _CALENDAR_WORDS
                    or _a_year(low)) and self._verb_follows(ent):
                return False  # "In March, the EU imposed", "On Tuesday Beijing banned",
                # "In 2003 Japan banned"
            if low in DETERMINERS or back in self.ent_at or low in (*POSSESSIVE, ",") \
                    or self.toks[back].text[:1].isupper() or low[:1].isdigit():
                back -= 1
                continue
            return False
        return False

    def _verb_follows(self, ent: Ent) -> bool:
        """Whether a finite verb comes right after the entity ("the US lifted", "as the US
        doubles"), past a time or an adverb ("the Commission last month opened"), and past
        the state a government word names ("In 2014 the government of Peru stopped")."""
        at = ent.last + 1
        state = self.ent_at.get(at + 1 + (self.low(at + 1) == "the"))
        if self.low(at) == "of" and state is not None and state.name == ent.name:
            at = state.last + 1
        at = self.past_adverbs(at)
        nxt = self.low(at)
        if nxt in FINITE or nxt in self.doc.words.irregular_past:
            return True
        finite = nxt.endswith("ed") or nxt.endswith("s") and not nxt.endswith("ss")
        # (a verb of the lexicon's, or one that names a measure itself: "On Tuesday, the
        # Bureau of Customs raided ...")
        return finite and len(nxt) > 3 and (self.verb_action(at) is not None
                                            or at in self.trigger_at)

    def past_adverbs(self, at: int) -> int:
        """The first token from `at` past a short time or adverb before a verb: "last
        month", "on Monday", "yesterday", "also"."""
        low = self.low(at)
        if low in _VERB_ADVERBS:
            return at + 1
        if low in ("last", "this", "next", "earlier", "late", "early") \
                and self.low(at + 1) in _TIME_UNITS | _WEEKDAYS:
            return at + 2
        if low == "on" and self.low(at + 1) in _WEEKDAYS:
            return at + 2
        return at

    def is_object(self, ent: Ent) -> bool:
        """Whether a verb governs the entity ("told the House"); a possessor is no object."""
        back = ent.first - 1
        if self.low(back) in ("the", "a", "an"):
            back -= 1
        prev = self.low(back)
        if self.low(ent.last + 1) in POSSESSIVE or back < 0:
            return False
        if self._verb_follows(ent) or self.low(ent.last + 1) in self.lex.modals:
            return False  # "said Ottawa would retaliate": the subject of what was said
        return prev in OBJECT_VERBS \
            or (prev.endswith("ed") and len(prev) > 4 and prev not in self.lex.action_verbs)

    def modifier(self, found: Found) -> Ent | None:
        """An actor directly before the trigger: "US tariffs", "the EU's new duties"; none
        before a verb ("Regulators fined") or a phrase said of its subject ("is on trial")."""
        if found.entry.kind in VERB_KINDS or found.entry.phrase.split(" ")[0] in PATIENT_STARTS:
            return None
        back = found.first - 1
        owned = False
        for _ in range(3):
            if back < 0:
                return None
            if back in self.ent_at:
                ent = self.ent_at[back]
                if owned or self._step_of(ent):
                    return ent  # "the lifting of Russia's embargo", "the imposition of EU
                    # sanctions": whose measure a step is taken on (the noun is no verb)
                # "the package against Russia bans imports": before a verb, an actor
                # closing a phrase of its own is neither the verb's subject nor a modifier.
                verb_first = self.low(found.first) in self.lex.action_verbs
                # ("South Korea, Mexico and Brazil also suspended imports": the last of
                # coordinated subjects is no modifier; the subject is read whole)
                return None if verb_first and (self.in_pp(ent) or self.low(ent.first - 1)
                                               in ("and", "or", ",")) else ent
            low = self.low(back)
            if low in POSSESSIVE or (low in DETERMINERS and low not in ("a", "an", "the")):
                owned = owned or low in POSSESSIVE
                back -= 1
                continue
            if low.isalpha() and low.islower() and low not in self.lex.action_verbs \
                    and low not in PP_PREPS and low not in BE_AUX \
                    and low not in ("a", "an", "the", "and", "or", "is", "are", "was", "were"):
                back -= 1
                continue
            return None
        return None

    def _step_of(self, ent: Ent) -> bool:
        """Whether a noun naming a step governs the actor: "the imposition of EU ..."."""
        return self.low(ent.first - 1) == "of" and (
            self.low(ent.first - 2) in self.lex.action_nouns
            or self.low(ent.first - 2) in (*_IN_PART, "full") and self.low(ent.first - 3)
            in self.lex.action_nouns)

    def _new_form_after(self, found: Found) -> bool:
        """ "fixed export duties on soybeans with a sliding scale": what the measure is
        replaced with is its own new form (a scale, a rate), not another measure."""
        for at in range(found.last + 1, min(len(self.toks), found.last + _REPLACE_REACH * 2)):
            if self.low(at) == "with":
                return any(self.low(ahead) in _NEW_FORMS
                           for ahead in range(at + 1, min(len(self.toks), at + 4)))
            if self.low(at) in (".", ";"):
                break
        return False

    def agent(self, first: int, stop: int) -> Ent | None:
        """The actor after "by" ("imposed by the US") between tokens `first` and `stop`."""
        for at in range(first, min(stop, len(self.toks) - 1)):
            low = self.low(at)
            if low in _JUDGING:
                return None  # "subsidies ruled illegal by the WTO": the WTO judged them
            if low != "by":
                continue
            before = self.low(at - 1)
            if before in _SUFFERING:
                return None  # "tax rebates to exporters hit by US tariffs": who hurt them
            if before in _OWED:
                return None  # "forgave $3bn of debt owed by Zambia": the debtor
            if before in _RULINGS:
                return None  # "despite a ruling by the European Court of Justice": a judge
            if (before in _PLEAS or before in PROPOSALS) and at > first:
                return None  # "began its probe in May after a complaint by the steel
                # association": who asked for the step, not who takes it ("reviewed an
                # offer by Acme": who made the offer)
            if at + 1 in self.ent_at:
                return self.ent_at[at + 1]
            if self.low(at + 1) == "the" and at + 2 in self.ent_at:
                return self.ent_at[at + 2]
        return None

    def subject(self, anchor: int) -> tuple[Ent | None, bool]:
        """The clause's subject before `anchor` (subjects.py); True when only a government
        word stands there."""
        return find_subject(self, anchor)

    def targets_after(self, found: Found, direct: bool = False, last: int = -1) -> list[Ent]:
        """The actors of the trigger's object phrase (objects.py)."""
        return targets_after(self, found, direct, last)

    def modifies_company(self, ent: Ent) -> bool:
        """ "US telco SBC", "the Chinese firm Acme": a country that only says where a company
        is from."""
        if ent.kind != "country":
            return False
        nxt = ent.last + 1
        if self.low(nxt) in self.doc.words.company_nouns:
            nxt += 1
        company = self.ent_at.get(nxt)
        return company is not None and company.kind == "organization"

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


# A verb in the present's third person ("imposes", "charges", "levies"), and those of them
# that report a step as news tells it ("announces", "unveils").
_PRESENT_THIRD = re.compile(r"[a-z]+s")
_STEP_PRESENTS = frozenset({"announces", "unveils", "introduces", "adds", "raises", "doubles",
                            "triples", "expands", "tightens", "reinstates", "restores"})

