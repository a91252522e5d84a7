"""How a measure is said: done, refused, opposed, threatened, proposed, ended or imagined.

`read_frame` takes the action its cue word gives (sentence.py) and reads the words
around it (GUIDELINES.md 4.1, 4.4): a hypothesis ("if the quota is scrapped") is no
measure; "did not impose" drops it and "refused to lift" keeps it (maintain); the
subject of "argued against lifting" does not act; "threatened to", "would ... unless" and
"could" threaten; "plans to", "called for" propose a new measure and keep a planned
change's own action; analysts' forecasts are evidence only; "the quotas expire" ends a
measure, "the duties take effect" starts one, "the limit remains" keeps one. Each reading
names its rule, which `why` reports.
"""

from __future__ import annotations

from .article import Found
from .framewords import FrameWords, Phrases
from .sentence import OPENING_CONDITIONS, SentenceView
from .subjects import coordinated
from .vocab import (
    ANSWER_NOUNS,
    ATTRIBUTIVE,
    DUTY_ON_A_CLASS,
    LEGISLATURES,
    LETTING,
    REPORT_NOUNS,
    REPORT_SOURCES,
    TAX_WORDS,
)

_CHANGES = ("lift", "ease", "extend", "delay", "maintain")
_AHEAD = 12  # tokens after a trigger where "expire", "take effect", "remains" may stand
_WINDOW = 8  # tokens before the cue where modality and negation are read
# Words before a bare measure word that make it a new step: "new tariffs".
_NOVELTY = frozenset({"new", "fresh", "additional", "further", "extra", "latest", "more",
                      "higher", "tougher", "steeper", "retaliatory", "counter", "first"})
_PHRASE_BACK = 8  # how far back a noun phrase's modifiers may reach
# Words that open a clause with a subject and verb of its own; and how many words that
# subject may take ("after the Ruritanian government doubled").
_SUBORDINATORS = frozenset({"after", "as", "when", "since", "once", "before", "because",
                            "while", "whereas", "although", "though"})
_SUBJECT_MAX = 5
# Words of a text's adoption, in such a condition: "If passed, the bill would ...".
_ADOPTED = frozenset({"approved", "passed", "adopted", "enacted", "ratified", "signed",
                      "approves", "passes", "adopts", "enacts", "ratifies", "signs"})
# Words judging a step, before "to": "it was wrong to put China under the embargo".
_JUDGEMENTS = frozenset({"wrong", "right", "mistake", "unfair", "unjust", "fair", "sensible",
                         "foolish", "unwise", "wise", "premature"})
# Verbs speaking for a change named by a gerund: "backs ending the embargo".
_SUPPORTING = frozenset({"back", "backs", "backed", "backing", "support", "supports",
                         "supported", "supporting", "endorse", "endorses", "endorsed",
                         "defend", "defends", "defended", "welcome", "welcomes", "welcomed"})
# Nouns of a complaint or case, before what it is against.
# (not "a dispute over aircraft subsidies to Airbus and Boeing": both sides' measures)
_CASES = frozenset({"complaint", "complaints", "case", "cases", "challenge", "challenges",
                    "action", "appeal", "lawsuit"})
# Verbs of changing a measure in force: refused, it stays.
_CHANGING = ("chang", "amend", "alter", "reform", "overhaul", "rewrit", "revis")
# Verbs of thinking a step over: "consider", "weigh", "mull", "contemplate".
_WEIGHING = ("consider", "weigh", "mull", "contemplat")
# Words judging a step after it: "lifting the embargo would be irresponsible".
_VERDICTS = frozenset({"irresponsible", "unacceptable", "dangerous", "ridiculous", "absurd",
                       "disastrous", "reckless", "naive", "welcome", "justified", "unjustified",
                       "misguided", "counterproductive", "counter-productive", "illegal",
                       "unlawful"})
# What stands before such a word when it judges: "it was wrong to", "would be a mistake to"
# (not "the right to a fair trial").
_JUDGING_LINKS = frozenset({"is", "was", "be", "been", "are", "were", "'s", "’s", "a", "not",
                            "seems", "seemed"})
# Proposal verbs by which others ask for a step: "called for", "demanded", "wants ... to be".
_DEMANDS = ("call", "demand", "push", "press", "lobby", "campaign", "want", "hope", "favo")
_SUBJECT_PRONOUNS = frozenset({"they", "it", "he", "she", "we", "both"})
# Past forms spelt as their verb's base ("put", "cut"): finite only by their place. The
# other past forms without "-ed" are `FrameWords.irregular_past`.
_PAST_AS_BASE = frozenset({"put", "set", "cut", "hit", "shut"})
_PRESENT_BLOCKERS = frozenset({"to", "will", "would", "could", "may", "might", "can", "shall",
                               "must", "should", "not", "n't", "did", "does", "do"})


def _phrase_at(view: SentenceView, at: int, words: Phrases) -> int:
    """How many tokens from `at` spell a phrase of `words`; 0 when none does."""
    for size in words.sizes.get(view.low(at), ()):
        if size == 1 or " ".join(view.low(at + step) for step in range(size)) in words:
            return size
    return 0


_ACCUSING = frozenset({"accused", "accuses", "accuse", "accusing"})


def _find(view: SentenceView, start: int, stop: int, words: Phrases) -> int:
    """The last index in [start, stop) where a phrase of `words` starts; -1 when none."""
    sizes, low = words.sizes, view.low
    for at in range(stop - 1, start - 1, -1):
        if low(at) in sizes and _phrase_at(view, at, words):  # (most words open no phrase)
            return at
    return -1


# "told" asks for a step only with an infinitive after it ("told Acme to sell"); "told BBC
# News it had transferred the investigation" reports one.
_TELLING = frozenset({"tell", "tells", "told", "telling"})


def _appeal(view: SentenceView, start: int, stop: int, words: FrameWords) -> int:
    """The last appeal to act in [start, stop) ("urged Ruritania to lift"), or -1."""
    at = _find(view, start, stop, words.appeals)
    while at >= 0 and view.low(at) in _TELLING \
            and "to" not in (view.low(after) for after in range(at + 1, stop)):
        at = _find(view, start, at, words.appeals)
    return at


# Verbs that give an order, and the words of a class of a state's own firms or people told
# by them: "told (its) refiners to", "instructed state-owned banks to".
_ORDERING = frozenset({"told", "tell", "tells", "telling", "ordered", "orders", "order",
                       "instructed", "instructs", "instruct", "directed", "directs", "direct"})
_OWN_CLASS_WORDS = frozenset({"its", "their", "the", "state", "state-owned", "state-run",
                              "local", "domestic", "all", "national", "informally", "also"})
_OWN_CLASS_REACH = 4  # words from the verb of ordering to "to"


def _own_class_told(view: SentenceView, appeal: int, found: Found) -> bool:
    """Whether the verb at `appeal` orders a class of the state's own (lower-case words, no
    name) to take the step: "told refiners to stop buying", "ordered its banks to halt"."""
    if view.low(appeal) not in _ORDERING:
        return False
    to = next((at for at in range(appeal + 1, min(found.first, appeal + _OWN_CLASS_REACH + 2))
               if view.low(at) == "to"), -1)
    if to <= appeal + 1:
        return False
    words = range(appeal + 1, to)
    return not any(at in view.ent_at for at in words) \
        and view.low(to - 1).endswith("s") and all(
            view.toks[at].text.islower() or view.low(at) in _OWN_CLASS_WORDS for at in words)


def read_frame(view: SentenceView, found: Found, action: str, cue: int) -> str | None:
    """The trigger's action once its frame is read (and `found.rule`, `weak`, `opposed`
    set); None when the words say it is not a measure at all."""
    words = view.doc.words
    exemption = _exemption_from(view, found)
    if exemption >= 0 and action in ("impose", "maintain"):
        # "granted Mexico an exemption from the steel tariffs", "Brazil won a waiver from
        # the duties": the measure eased for those exempted (4.4 ease)
        found.exempted_at, action = exemption, "ease"
        _mark(found, "measure.exemption", view.toks[exemption].text)
    anchor = cue if 0 <= cue < found.first else found.first
    start = max(view.clause_start(anchor), anchor - _WINDOW, _subordinate_start(view, cue, found))
    condition = _opening_condition(view)
    if 0 <= condition < anchor:
        start = max(start, condition + 1)  # "If talks fail, Ottawa will impose tariffs": the
        # failure is the condition's, not a refusal of the tariffs
    put_off = _decision_put_off(view, anchor)
    if put_off >= 0:
        # "postponed until October a decision on whether to ban fish imports from Liberia":
        # the step weighed is put off (4.4 delay)
        _mark(found, "measure.decision-put-off", view.toks[put_off].text)
        return "delay"
    if _hypothetical(view, anchor, words) or _provision(view, cue, found) \
            or _only_who_can(view, cue, found):
        return None
    if 0 <= cue < found.first and view.low(cue) in ("open", "opened") \
            and view.low(cue + 1) == "to":
        return None  # "remained open to a negotiated settlement": a willingness, no step
    if _petition_studied(view, found):
        return "investigate"
    pledged = _government_to_come(view, start, anchor)
    if pledged >= 0 and action in ("impose", "lift", "ease", "extend"):
        # "a Conservative government would abolish stamp duty": what a party says it would
        # do in power, put forward (4.4 propose)
        found.framed = True
        _mark(found, "measure.party-pledge", view.toks[pledged].text)
        return "propose"
    if action == "impose" and _no_longer_before(view, cue):
        # "The import surcharge will no longer be levied", "Mexico will no longer levy the
        # surcharge": the measure ends (4.4 lift)
        found.framed = True
        _mark(found, "measure.no-longer", "no longer")
        return "lift"
    if action == "ease" and _no_longer_before(view, cue):
        # "the fee will no longer be waived for boats registered in Malta": the relief ends,
        # the measure applies again (4.4 impose)
        found.framed = True
        _mark(found, "measure.no-longer", "no longer")
        return "impose"
    negated = _negation(view, found, action, start, anchor)
    if negated != "":
        return negated
    if _demanded(view, found, action, cue, start, anchor) or _backed(view, found, cue):
        return action
    if found.type == "investigation" or action == "investigate":
        return _probe_frame(view, found, action, start, anchor)
    ahead = _ahead(view, found, cue, words)
    if ahead is not None:
        return ahead
    framed = _modality(view, found, action, cue, start, anchor)
    modal = next((at for at in range(condition + 1, anchor)
                  if view.low(at) in words.will_modals), -1) if 0 <= condition < anchor else -1
    if framed == "impose" and modal >= 0 and view.low(view.opening) in ("if", "unless") \
            and view.low(modal + 1) != "be":
        # (not a consequence laid down: "If no agency completes the review by Dec. 23, DJI
        # will be added to the Covered List")
        found.framed = True
        adopted = next((at for at in range(view.opening + 1, condition)
                        if view.low(at) in _ADOPTED), -1)
        if adopted >= 0:
            # "If passed, the bill would impose a 10% tariff on steel": a step not yet
            # adopted (4.4 propose)
            _mark(found, "measure.proposal", view.toks[adopted].text)
            return "propose"
        # "If the permits are not restored, Uganda will stop imports of Kenyan eggs": a step
        # a party says it will take on a condition (4.4 threaten)
        _mark(found, "measure.threat", view.toks[view.opening].text)
        return "threaten"
    if framed == "impose" and _laid_since(view, found, cue):
        framed = "maintain"
    return framed


def _no_longer_before(view: SentenceView, cue: int) -> bool:
    """Whether "no longer" stands right before the verb at `cue` ("will no longer levy",
    "will no longer be levied"), the verb one that lays a measure, not one that lets
    ("will no longer be allowed to import" lays a ban)."""
    if cue < 2 or view.low(cue) in LETTING or view.low(cue) == "able":
        return False
    at = cue - 1
    if view.low(at) in ("be", "been"):
        at -= 1
    return view.low(at) == "longer" and view.low(at - 1) == "no"


def _opening_condition(view: SentenceView) -> int:
    """The comma that closes a clause of condition or time opening the sentence ("If talks
    fail, ...", "Unless Kenya lifts the ban by Friday, ..."), or -1."""
    opening = view.opening
    if view.low(opening) not in OPENING_CONDITIONS:
        return -1
    return next((at for at in range(opening + 2, len(view.toks)) if view.low(at) == ","), -1)


# Nouns of a decision on a step weighed: "a decision on whether to ban ...".
_DECISIONS = frozenset({"decision", "ruling", "vote", "verdict", "determination"})
_PUT_OFF_REACH = 8  # tokens from the decision noun back to the verb that puts it off


def _decision_put_off(view: SentenceView, anchor: int) -> int:
    """The index of the verb that puts off "a decision on whether to" take the step at
    `anchor` ("has postponed until October a decision on whether to ban ..."), else -1."""
    at = anchor - 1
    if view.low(at) == "to":
        at -= 1
    if view.low(at) != "whether":
        return -1
    at -= 1
    if view.low(at) == "on":
        at -= 1
    if view.low(at) not in _DECISIONS:
        return -1
    for back in range(at - 1, max(-1, at - 1 - _PUT_OFF_REACH), -1):
        if view.low(back) in (",", ";", ":", ".", "that", "which"):
            return -1
        if view.verb_action(back) == "delay":
            return back
    return -1


# What a party would form: "a Conservative government would ...".
_GOVERNMENTS = frozenset({"government", "administration"})


def _government_to_come(view: SentenceView, start: int, anchor: int) -> int:
    """The index of "government" in "a Conservative government would" (an indefinite
    article, a capitalized party word, the noun, then "would" or "will") before the anchor
    in its clause; -1 when there is none."""
    for at in range(max(2, start), anchor - 1):
        if view.low(at) in _GOVERNMENTS and view.low(at + 1) in ("would", "will") \
                and view.toks[at - 1].text[:1].isupper() \
                and view.low(at - 2) in ("a", "an"):
            return at
    return -1


# Nouns of leave not to bear a measure, before "from" and the measure's words.
_EXEMPTIONS = frozenset({"exemption", "exemptions", "waiver", "waivers", "reprieve",
                         "exclusion", "exclusions", "carve-out", "carve-outs"})
_EXEMPTION_REACH = 5  # tokens from "from" to the trigger ("from the new US steel duties")


def _exemption_from(view: SentenceView, found: Found) -> int:
    """The index of "exemption" in "an exemption from the new US duties" (the trigger's
    noun phrase opening with "from" after such a noun), else -1."""
    for at in range(found.first - 1, max(0, found.first - 1 - _EXEMPTION_REACH), -1):
        low = view.low(at)
        if low == "from":
            return at - 1 if view.low(at - 1) in _EXEMPTIONS else -1
        if low in (",", ";", ".", ":", "and", "or", "but"):
            return -1
    return -1


# Nouns of a request for protection, and verbs of an authority weighing it: "is studying
# requests from US manufacturers to limit imports of Chinese trousers".
_PETITIONS = frozenset({"request", "requests", "petition", "petitions", "application",
                        "applications", "plea", "pleas"})
_STUDYING = ("study", "studi", "review", "consider", "examin", "weigh", "assess", "evaluat",
             "process", "investigat", "mull", "look")
_PETITION_REACH = 8  # tokens from the request noun to "to" (its asker between)
_PETITIONED_TYPES = frozenset({"quota", "import_ban", "tariff", "trade_defence"})


def _petition_studied(view: SentenceView, found: Found) -> bool:
    """ "The committee is studying requests from US manufacturers to limit imports of
    Chinese shirts": protection an industry asks for, which an authority weighs, is a
    trade-defence case under way (4.3 trade_defence, 4.4 investigate), not the step itself."""
    if found.type not in _PETITIONED_TYPES or view.low(found.first - 1) != "to":
        return False
    for at in range(found.first - 2, max(-1, found.first - 2 - _PETITION_REACH), -1):
        low = view.low(at)
        if low in (",", ";", ".", ":", "that", "which", "and"):
            return False
        if low not in _PETITIONS:
            continue
        if not any(view.low(verb).startswith(_STUDYING)
                   for verb in range(max(0, at - 3), at)):
            return False
        found.type = "trade_defence"
        _mark(found, "measure.petition-studied", view.toks[at].text)
        return True
    return False


# Words after "since" that open a time, not a reason ("since 1999", "since last June").
_SINCE_TIME = frozenset({"then", "last", "early", "late", "mid", "the", "january", "february",
                         "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})
_SINCE_REACH = 24  # tokens from the verb to "since" ("has charged duties of up to $175 a ton on
# U.S. corn syrup since January 1998")


def _laid_since(view: SentenceView, found: Found, cue: int) -> bool:
    """ "has been banned on sunflowers since 1999", "have imposed duties on steel since
    2002": a step in force since a time past stands (4.4 maintain)."""
    verb = cue if cue >= 0 else found.first
    perfect = ("has", "have")
    if not (view.low(verb - 1) in perfect
            or view.low(verb - 1) == "been" and view.low(verb - 2) in perfect):
        return False
    for at in range(verb + 1, min(len(view.toks), verb + _SINCE_REACH)):
        low = view.low(at)
        if low in (".", ";", ":") or low == "," and at > found.last + 1:
            return False
        if low == "since":
            nxt = view.low(at + 1)
            return nxt[:1].isdigit() or nxt in _SINCE_TIME
    return False


_PROVISO = frozenset({"if", "should", "in", "unless", "when", "whenever"})
_PROVISION_REACH = 5  # tokens from the letting verb to "to"
# Texts whose clauses let parties act: "the deal allows".
_TEXTS = frozenset({"deal", "agreement", "pact", "accord", "treaty", "law", "rules", "text",
                    "regulation", "clause", "arrangement"})


def _provision(view: SentenceView, cue: int, found: Found) -> bool:
    """ "the deal allows either side to reimpose tariffs temporarily if imports surge": a
    step a text lets a party take in a case to come, a provision, not a step taken."""
    if not 0 < cue < found.first or view.low(cue - 1) != "to":
        return False
    lets = next((at for at in range(cue - 2, max(-1, cue - 1 - _PROVISION_REACH), -1)
                 if view.low(at) in LETTING), -1)
    if lets < 0 or not any(view.low(at) in _TEXTS for at in range(max(0, lets - 3), lets)):
        return False  # (not "the WTO allowed Brazil to impose sanctions if ...": a ruling)
    return any(view.low(at) in _PROVISO for at in range(found.last + 1, len(view.toks)))


def _only_who_can(view: SentenceView, cue: int, found: Found) -> bool:
    """ "only Congress can lift the embargo": who has the power to take a step, how the
    system works (4.1), not a step taken or planned."""
    if not 0 < cue < found.first or view.low(cue - 1) not in ("can", "could"):
        return False
    return any(view.low(at) == "only" for at in range(max(0, cue - _ONLY_REACH), cue - 1))


_ONLY_REACH = 6  # tokens from "only" to the verb of the step its subject alone may take


def _subordinate_start(view: SentenceView, cue: int, found: Found) -> int:
    """Where the clause of a measure's own finite verb starts when a subordinator opens it
    ("Freedonia protested after Ruritania doubled duties": the protest is not the
    doubling's frame); 0 when there is none."""
    if not 0 <= cue < found.first or not _finite(view, view.low(cue)):
        return 0
    for at in range(cue - 2, max(-1, cue - 2 - _SUBJECT_MAX), -1):
        if view.low(at) in _SUBORDINATORS:
            return at + 1
        if view.low(at) in (",", ";", ":"):
            break
    return 0


def _finite(view: SentenceView, low: str) -> bool:
    """A verb form that has a subject of its own: past or present tense ("doubled",
    "doubles", "cut"), not "-ing" or the base form after "to"."""
    return low.endswith(("ed", "s")) and not low.endswith(("ss", "us")) \
        or _past(view, low)


def _past(view: SentenceView, low: str) -> bool:
    """A past form without "-ed" ("froze", "began", "cut")."""
    return low in _PAST_AS_BASE or low in view.doc.words.irregular_past


def _hypothetical(view: SentenceView, anchor: int, words: FrameWords) -> bool:
    """ "If the quota is scrapped, ...": the trigger stands in a conditional clause, or in
    the main clause after one ("If they are convicted, they could face a fine")."""
    if view.low(0) in ("if", "unless") and _find(view, 0, anchor, words.threat_verbs) < 0 \
            and not any(view.low(at) in words.will_modals for at in range(anchor)):
        return True
    if view.low(0) in ("without", "but") and any(
            view.low(at) in ("would", "could", "might") and view.low(at + 1) == "have"
            for at in range(len(view.toks) - 1)):
        return True  # "Without the extension, duties would have risen to 145%": what did not
    for at in range(anchor - 1, -1, -1):
        low = view.low(at)
        if low in (",", ";", ":", "—", "–"):
            return False
        if low == "until" and (at + 1 in view.ent_at or _clause_opens(view, at + 1, anchor)):
            return True  # "until Beijing stops the flow of fentanyl": a condition
        if low in words.hypothetical:
            # "weighs whether to ease": a step under consideration, not a hypothesis
            return not (low == "whether" and (view.low(at - 1) in words.proposal_verbs
                                              or view.low(at - 1) in words.talk_verbs))
    return False


def _clause_opens(view: SentenceView, start: int, anchor: int) -> bool:
    """Whether a clause with its own subject opens at `start` and runs to the trigger:
    "until the three countries curbed the flow", "until they stop", not "until the end
    of March"."""
    if view.low(start) in _SUBJECT_PRONOUNS:
        return True
    if view.low(start) != "the":
        return False
    return any(view.low(at).endswith("ed") or _past(view, view.low(at))
               for at in range(start + 2, anchor + 1))


def _complained_of(view: SentenceView, found: Found) -> int:
    """The "against" of a complaint or case just before the trigger that is against it
    ("a complaint against US cotton subsidies"), or -1."""
    for at in range(found.first - 1, max(-1, found.first - 5), -1):
        low = view.low(at)
        if low in ("against", "over", "about") and view.low(at - 1) in _CASES:
            return at
        if not (low.isalpha() and view.toks[at].text.islower() or at in view.ent_at
                or low in ("'s", "’s")):
            return -1
    return -1


def _backed(view: SentenceView, found: Found, cue: int) -> bool:
    """ "Straw backs ending China embargo", "defended lifting the ban": who speaks for a
    change takes no step by it (sets `weak`; its subject is no party)."""
    if not 0 < cue < found.first or not view.low(cue).endswith("ing") \
            or view.low(cue - 1) not in _SUPPORTING \
            or any(view.low(at) in LEGISLATURES for at in range(max(0, cue - 4), cue - 1)):
        return False  # "MPs backed banning smoking": a legislature's vote is its step
    found.weak = found.demanded = True
    _mark(found, "measure.opinion", view.toks[cue - 1].text)
    return True


def _judged_after(view: SentenceView, found: Found) -> int:
    """The judging word of "[lifting the embargo] would be 'irresponsible'", or -1."""
    at = found.last + 1
    plural = view.low(at) in ("are", "were")  # (only for "not the answer", below)
    if view.low(at) not in ("would", "will", "is", "was", "could") and not plural:
        return -1
    at += 1
    if view.low(at) == "be":
        at += 1
    while view.low(at) in ("a", "an", '"', "“", "'", "‘", "very", "so", "deeply", "highly"):
        at += 1
    if view.low(at) in ("not", "no", "never"):
        # "capital controls were 'not the answer'", "tariffs are no solution"
        at += 2 if view.low(at + 1) in ("the", "a") else 1
        way = view.low(at) == "way" and view.low(at + 1) == "forward"
        return at if view.low(at) in _NO_ANSWERS or way else -1
    if plural:
        return -1
    return at if view.low(at) in _JUDGEMENTS or view.low(at) in _VERDICTS else -1


# Times told between a verb of saying and its "that": "denied on Friday that ...".
_WEEKDAYS_AND_SPANS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday",
                                 "saturday", "sunday", "week", "month", "year", "weekend"})
# What a step is judged not to be, after "not" or "no".
_NO_ANSWERS = frozenset({"answer", "solution", "remedy", "cure", "panacea"})


def _demanded(view: SentenceView, found: Found, action: str, cue: int, start: int,
              anchor: int) -> bool:
    """ "Schroeder and Chirac have called for the embargo to be lifted": others ask that a
    measure told before change, an appeal (4.4), not a step of their own (sets `weak`)."""
    if action not in _CHANGES or cue <= found.last \
            or view.determiner_of(found) not in ("the", "this", "that"):
        return False
    intent = _find(view, start, anchor, view.doc.words.proposal_verbs)
    if intent < 0 or not view.low(intent).startswith(_DEMANDS):
        return False
    found.weak = found.demanded = True
    _mark(found, "measure.demand", view.toks[intent].text)
    return True


def _negation(view: SentenceView, found: Found, action: str, start: int,
              anchor: int) -> str | None:
    """"" when nothing negates the trigger; None to drop it; else the negated action."""
    lex, words = view.lex, view.doc.words
    window = [view.low(at) for at in range(start, anchor)]
    if view.low(start - 1) == "that":
        # "denied that he was raising taxes", "denied on Friday that it planned to ban": the
        # verb whose clause this is, over a time told between them
        back = start - 2
        if view.low(back) in _WEEKDAYS_AND_SPANS and view.low(back - 1) in ("on", "last"):
            back -= 2
        if view.low(back) in REPORT_NOUNS:
            # "denied reports that petrol subsidies would end", "dismissed press claims that"
            back -= 2 if view.low(back - 1) in REPORT_SOURCES else 1
        if view.low(back) in lex.refusals:
            window.append(view.low(back))
    rule_out = _find(view, start, anchor, words.rule_out)
    if rule_out >= 0:
        if any(view.low(at) in lex.negators for at in range(max(start, rule_out - 3), rule_out)):
            _mark(found, "measure.not-ruled-out", _words_at(view, rule_out, words.rule_out))
            found.framed = True
            return "threaten"
        return None
    refused = next((word for word in window if word in lex.refusals), None)
    negator = next((word for word in window[-4:] if word in lex.negators), None)
    if refused is None and negator is None:
        return ""
    if _exempted(view, found):
        # "First-time buyers will pay no stamp duty", "Pensioners will no longer pay income
        # tax": an exemption, a tax break (4.3 subsidy)
        found.type = "subsidy"
        _mark(found, "measure.exempted", "pay no")
        return "impose"
    if action in ("lift", "ease"):
        _mark(found, "measure.refused-change", refused or negator or "")
        return "maintain"
    if action == "extend":
        _mark(found, "measure.refused-change", refused or negator or "")
        return "lift"  # "will not renew the licences": they run out
    if action == "impose" and found.cue_at >= 0 \
            and view.low(found.cue_at).startswith(_CHANGING) \
            and (refused or view.determiner_of(found) in ("its", "their")):
        # "the EU's refusal to change its banana import rules": they stay as they are
        _mark(found, "measure.refused-change", refused or negator or "")
        return "maintain"
    return None


def _exempted(view: SentenceView, found: Found) -> bool:
    """Whether those the sentence names will pay no tax: "will pay no stamp duty", "will no
    longer pay fuel duty" (not "did not pay the duty": an evasion)."""
    if view.low(found.last) not in TAX_WORDS and view.low(found.last) != "vat" \
            or found.type not in ("other", "subsidy"):
        return False
    at = found.first - 1
    if view.low(at) == "no":
        return view.low(at - 1) in ("pay", "pays")
    return view.low(at) in ("pay", "pays") and view.low(at - 1) == "longer" \
        and view.low(at - 2) == "no"


def _probe_frame(view: SentenceView, found: Found, action: str, start: int,
                 anchor: int) -> str:
    """A probe is investigated whether opened, planned or ordered; only threats and ends
    change it."""
    words = view.doc.words
    if _find(view, start, anchor, words.threat_verbs) >= 0:
        _mark(found, "measure.threat", "threatened")
        return "threaten"
    warned = _warned_that(view, start, anchor, words)
    if warned >= 0:
        # "Ofcom had warned that it could refer BT to the Competition Commission": a probe
        # held out
        _mark(found, "measure.threat", view.toks[warned].text)
        return "threaten"
    if action in ("lift", "delay"):
        return action
    condition = _conditional(view, found, start, anchor, words)
    if condition >= 0:
        # "would file a complaint with the WTO unless the decision was reversed": a case
        # held out on a condition
        _mark(found, "measure.threat", view.toks[condition].text)
        return "threaten"
    called = _find(view, max(start, anchor - 3), anchor, words.recommend)
    if called < 0:
        called = _appeal(view, start, anchor, words)
    if called < 0 and found.type == "investigation":
        # "would consider taking the case to the WTO", "is weighing a complaint": a
        # complaint thought of, not filed
        called = next((at for at in range(max(start, anchor - 4), anchor + 1)
                       if view.low(at).startswith(_WEIGHING)), -1)
    if called >= 0:  # "the regulator should investigate the market": a call for a probe
        _mark(found, "measure.proposal", view.toks[called].text)
        return "propose"
    return "investigate"


_RELATIVE = frozenset({"that", "which"})
# Words that open a clause of its own after a measure's words ("if", "because").
_CLAUSE_OPENERS = _SUBORDINATORS | {"if", "unless", "until"}
_LIST_ITEM_WORDS = 2


def _in_a_list(view: SentenceView, comma: int) -> bool:
    """Whether the comma at `comma` parts the items of a list of things: "the 25% tariffs
    on steel, aluminium and cars ... remain" (a word before it; a word or two after it,
    then another comma or "and"/"or")."""
    if not view.low(comma - 1).isalpha():
        return False
    for at in range(comma + 1, comma + 2 + _LIST_ITEM_WORDS):
        low = view.low(at)
        if at > comma + 1 and low in ("and", "or", ","):
            return True
        if not low.isalpha() or low in _RELATIVE or low.endswith("ed") \
                or not view.toks[at].text.islower():
            return False
    return False


# Words after which "end", "start" or "lapse" is a noun, not the measure's verb.
_NOUN_MARKERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "whose"})


def _aside_end(view: SentenceView, comma: int) -> int:
    """The closing comma of an aside that tells a measure's history, opened at `comma` ("in
    place since 1966", "first imposed in 2019", "introduced last year"), or -1."""
    opener = view.low(comma + 1)
    if opener in _EXAMPLE_OPENERS:
        return _examples_close(view, comma)
    if opener not in _ASIDE_OPENERS and not (opener.endswith("ed") and opener.isalpha()):
        return -1
    if opener == "in" and view.low(comma + 2) not in ("place", "force", "effect"):
        return -1
    return _aside_close(view, comma)


def _aside_close(view: SentenceView, comma: int, most: int = 0) -> int:
    """The comma that closes an aside opened at `comma`, within `most` tokens (or
    _ASIDE_WORDS), or -1."""
    for at in range(comma + 2, min(len(view.toks), comma + (most or _ASIDE_WORDS))):
        low = view.low(at)
        if low in (".", ";", ":"):
            return -1
        if low == ",":
            return at
    return -1


def _examples_close(view: SentenceView, comma: int) -> int:
    """The comma that closes an aside of examples opened at `comma` (", including China,
    South Korea and India,"), past the commas of its own list, or -1."""
    joined = False
    for at in range(comma + 2, min(len(view.toks), comma + _ASIDE_WORDS + 4)):
        low = view.low(at)
        if low in (".", ";", ":"):
            return -1
        if low in ("and", "or"):
            joined = True
        elif low == "," and (joined or not any(
                view.low(ahead) in ("and", "or", ",")
                for ahead in range(at + 1, min(len(view.toks), at + 5)))):
            return at
    return -1


# Words that open an aside of examples: ", including China and India,".
_EXAMPLE_OPENERS = frozenset({"including", "excluding", "notably", "especially", "mainly",
                              "chiefly"})
# Words that open an aside telling a measure's history, and how long it may be.
_ASIDE_OPENERS = frozenset({"in", "first", "originally", "set", "laid", "put"})
_ASIDE_WORDS = 12
_RELATIVE_ASIDE_WORDS = 20  # tokens of a relative clause set off by commas ", which ...,"


def _answered(view: SentenceView, found: Found) -> bool:
    """Whether "in response to" or the like stands a few words before the measure."""
    return any(view.low(at) in ("to", "for", "against") and view.low(at - 1) in ANSWER_NOUNS
               for at in range(max(1, found.first - 4), found.first))


def _ahead(view: SentenceView, found: Found, cue: int, words: FrameWords) -> str | None:
    """ "the quotas expire", "the duties take effect", "the limit remains at 30%"."""
    if 0 <= cue < found.first:
        return None
    if view.low(found.last + 1) == "," and _answered(view, found):
        return None  # "The EU's safeguard, introduced in response to US tariffs, expires":
        # the measure answered closes an aside; the verb after it is the subject's
    stop = min(len(view.toks), found.last + 1 + _AHEAD)
    past = 0  # how far a restrictive clause after the measure lets the search reach
    closing = -1  # the comma that closes a relative clause set off after the measure
    reach = stop
    at = found.last
    while at + 1 < min(len(view.toks), max(stop, past)):
        at += 1
        low = view.low(at)
        if at == closing:
            continue  # "A ban on fish from Cambodia, which got a red card in 2014, stays"
        if low == "," and closing < 0 and view.low(at + 1) in ("which", "who"):
            closing = _aside_close(view, at, _RELATIVE_ASIDE_WORDS)
            if closing > 0:
                # the main verb after the clause gets the reach it would have had with no
                # clause; the clause's own verbs only within the reach they always had
                # ("counter-tariffs, which were set to start on Tuesday, would be
                # suspended": not started)
                reach, stop = stop, min(len(view.toks), stop + closing - at + 1)
        if at < closing and at >= reach:
            continue
        listed = low == "," and _in_a_list(view, at)
        if listed:
            # "a ban on tobacco advertising in newspapers, magazines and on the internet
            # will come into force": the list's words do not count against the reach
            stop = min(len(view.toks), stop + _LIST_ITEM_WORDS + 1)
        if low in _RELATIVE and at > found.last + 1 and view.low(at - 1) != ",":
            # "a ban on short selling of Malaysian shares that the Securities Commission
            # imposed in August 1997 remains in force": the clause is read past, for the
            # main verb's standing only (its own verbs may start or end other things)
            past = at + _AHEAD
        if low in _CLAUSE_OPENERS:
            break  # "a panel under the trade agreement if the checks continue": their verb
        aside_end = _aside_end(view, at) if low == "," else -1
        if aside_end > 0:
            # "Controls on drone components, in place since September last year, remain in
            # force": the aside is read past, for the main verb
            stop = min(len(view.toks), stop + aside_end - at + 1)
            if past:
                past = min(len(view.toks), past + aside_end - at + 1)
            at = aside_end
            continue
        if low in (".", ";", ":") or (low == "," and at > found.last + 1 and
                                      view.low(at + 1) not in ("which", "who")
                                      and not listed):
            break
        if at >= stop and not _phrase_at(view, at, words.state_after):
            continue
        if view.low(at - 1) in _NOUN_MARKERS:
            continue  # "before the end of the year", "at the start of talks": nouns
        for table, action, rule in ((words.ending_after, "lift", "measure.ending"),
                                    (words.starting_after, "impose", "measure.starting"),
                                    (words.state_after, "maintain", "measure.standing")):
            if _phrase_at(view, at, table) and not (
                    table is words.ending_after and view.low(at + 1) in _NOUN_MARKERS):
                # ("the settlement ... ends a long-running probe": it ends something else)
                if table is words.starting_after and (
                        view.low(at - 1) in ("have", "has", "had")
                        or "since" in (view.low(ahead) for ahead in range(at + 1, at + 4))):
                    # "duties on steel that have applied since June 4": in force already
                    action, rule = "maintain", "measure.standing"
                if table is words.ending_after and view.low(at - 1) == "of" \
                        and view.low(at - 2) in ("sign", "signs", "prospect") \
                        and view.low(at - 3) in ("no", "little"):
                    # "the boycott shows no sign of ending": it stands
                    action, rule = "maintain", "measure.standing"
                if table is words.starting_after and view.low(at - 1) in ("not", "n't") \
                        and any(view.low(ahead) == "until" for ahead in range(at + 1, at + 5)) \
                        and any(tok.low in _PUT_BACK for tok in view.toks):
                    # "will not take effect until December 15, rather than September 1 as
                    # planned": the start is put back (4.4 delay)
                    action = "delay"
                if table is words.state_after and _for_another_span(view, at):
                    # "duties on steel bar will remain in place for another five years": it
                    # is made to last longer (4.4 extend)
                    action = "extend"
                _mark(found, rule, _words_at(view, at, table))
                return action
    before = [view.low(at) for at in range(max(0, found.first - 3), found.first)]
    if any(word in words.state_before for word in before):
        _mark(found, "measure.standing", next(w for w in before if w in words.state_before))
        return "maintain"
    return None


# What says a start told with "not ... until" was set later than first planned: "rather
# than September 1 as planned", "instead of", "originally due".
_PUT_BACK = frozenset({"rather", "instead", "planned", "scheduled", "originally", "postponed",
                       "delayed", "postpone", "delay"})
# "for another five years", "for a further 12 months", "for an additional year".
_ANOTHER = frozenset({"another", "further", "additional", "extra"})
_SPAN_WORDS = frozenset({"day", "week", "month", "year", "quarter", "season"})


def _for_another_span(view: SentenceView, at: int) -> bool:
    """Whether "for another ..." follows the standing words at `at`, in a few words."""
    for ahead in range(at + 1, min(len(view.toks), at + _FOR_ANOTHER_REACH)):
        low = view.low(ahead)
        if low in (".", ";", ","):
            return False
        if low == "for" and (view.low(ahead + 1) in _ANOTHER
                             or view.low(ahead + 1) in ("a", "an")
                             and view.low(ahead + 2) in _ANOTHER
                             or view.low(ahead + 2) == "more"
                             and view.low(ahead + 3).rstrip("s") in _SPAN_WORDS):
            return True  # ("for four more years")
    return False


_FOR_ANOTHER_REACH = 6  # tokens from the standing words to "for another"


def _modality(view: SentenceView, found: Found, action: str, cue: int, start: int,
              anchor: int) -> str | None:
    """Opposition, threats, proposals, forecasts and modals around the cue."""
    words = view.doc.words
    against = _complained_of(view, found)
    if against >= 0:
        # "a WTO complaint against US cotton subsidies": the measure complained of, in
        # force (4.2 background), whatever is said of the complaint
        _mark(found, "measure.complained-of", view.toks[against].text)
        found.framed = True
        return "maintain" if action == "impose" else action
    accused = next((at for at in range(anchor - 1, start - 1, -1)
                    if view.low(at) in _ACCUSING), -1)
    if accused >= 0 and "of" in (view.low(at) for at in range(accused + 1, anchor)):
        # "accused Beijing of hoarding the metals to force manufacturers to move": a charge
        # made, a criticism (4.1), not a measure taken
        found.weak = True
        _mark(found, "measure.accusation", view.toks[accused].text)
        return action
    opposed = _find(view, start, anchor, words.opposition_verbs)
    if opposed < 0:
        opposed = _find(view, start, anchor, words.opposition_nouns)
    if opposed < 0:
        opposed = _warned_against(view, start, anchor)
    if opposed >= 0:
        found.opposed = True
        _mark(found, "measure.opposed", view.toks[opposed].text)
        found.framed = True
        if not opposed < cue < found.first:
            # "criticised Ruritania's tariffs": the measure, whoever took it, as it stands
            return "maintain" if cue < 0 and not _novel(view, found) else action
        if view.low(opposed).startswith("block") and action in ("lift", "ease"):
            return "maintain"  # "will block any attempt to ease the sanctions": they stay
        return "propose" if action == "impose" else action
    if found.entry.phrase != DUTY_ON_A_CLASS and _speculation(view, anchor, words):
        found.weak = True
        _mark(found, "measure.speculation", "forecast")
        return action
    judged = next((at for at in range(max(start, anchor - _WINDOW), anchor - 1)
                   if view.low(at) in _JUDGEMENTS and view.low(at + 1) == "to"
                   and view.low(at - 1) in _JUDGING_LINKS), -1)
    if judged < 0:
        judged = _judged_after(view, found)
    if judged >= 0:
        # "said it was wrong to put China under the same embargo", "said lifting the arms
        # embargo would be 'irresponsible'": a view of a step, not a step
        found.weak = True
        _mark(found, "measure.opinion", view.toks[judged].text)
        return action
    threat = _find(view, start, anchor, words.threat_verbs)
    if threat < 0:
        threat = _warned_that(view, start, anchor, words)
    if threat < 0:
        threat = _conditional(view, found, start, anchor, words)
    if threat >= 0:
        _mark(found, "measure.threat", view.toks[threat].text)
        found.framed = True
        return "threaten"
    talk = _find(view, start, anchor, words.talk_verbs)
    if talk >= 0 and view.low(talk - 1) in ATTRIBUTIVE:
        talk = -1  # "a negotiated settlement": the participle qualifies the deal
    if talk >= 0 and found.rule != "measure.relative-verb":
        return _talks(view, found, action, talk, anchor)
    # (not "negotiates over 20% tariffs that Trump paused for 90 days": the relative clause
    # tells what was done to them)
    return _intent(view, found, action, cue, start, anchor)


def _warned_against(view: SentenceView, start: int, anchor: int) -> int:
    """ "warned the European Union against lifting its embargo": a warning with its
    addressee between the verb and "against" is opposition, not a threat."""
    against = next((at for at in range(anchor - 1, start - 1, -1)
                    if view.low(at) == "against"), -1)
    if against < 0:
        return -1
    return next((at for at in range(against - 1, max(start, against - _WARN_REACH) - 1, -1)
                 if view.low(at).startswith("warn")), -1)


# How far "warned" may stand before "against": its addressee between ("the European Union").
_WARN_REACH = 6


# Verbs of preference: what a party would prefer is no step it takes or proposes.
_PREFERENCES = frozenset({"prefer", "prefers", "preferred", "preferring"})


def _asks_legislature(view: SentenceView, appeal: int) -> bool:
    """ "ask Congress to", "asked parliament to", "will ask lawmakers to", "would ask
    parliament next week to"."""
    at = appeal + 1
    if view.low(at) == "the":
        at += 1
    return view.low(at) in LEGISLATURES and view.low(view.past_adverbs(at + 1)) == "to"


# Words of readiness before "to negotiate": a party willing to talk has agreed nothing.
_WILLING = frozenset({"ready", "willing", "prepared", "open", "keen", "eager", "happy"})


def _talks(view: SentenceView, found: Found, action: str, talk: int, anchor: int) -> str | None:
    """What talks discuss is no measure; a deal under negotiation is an agreed start of
    talks, and a proposal discussed is still proposed."""
    words = view.doc.words
    if view.low(talk - 1) == "to" and view.low(talk - 2) in _WILLING:
        return None  # "was ready to negotiate a trade pact": willing, no deal nor talks yet
    if found.type == "agreement":
        _mark(found, "measure.talks-agreed", view.toks[talk].text)
        return action if action in _CHANGES else "impose"
    if _find(view, talk, found.first, words.proposal_nouns) >= 0:
        _mark(found, "measure.proposal", view.toks[talk].text)
        found.framed = True
        return action if action in _CHANGES else "propose"
    return None


# What an appeal may ask for from a measure that stands: "relief from the tariff".
_RELIEFS = frozenset({"relief", "exemption", "exemptions", "exclusion", "exclusions", "waiver",
                      "waivers", "reprieve", "protection"})
_RELIEF_REACH = 4
# Nouns of a demand that another act: "its call for the UK to leave".
_CALLS = frozenset({"call", "calls", "demand", "demands", "appeal", "appeals", "plea", "pleas"})


def _intent(view: SentenceView, found: Found, action: str, cue: int, start: int,
            anchor: int) -> str:
    """ "plans to impose" proposes; "plans to lift" keeps the planned change; "could"
    threatens; "Ruritania caps foreign stakes" describes a standing measure."""
    words = view.doc.words
    if action == "threaten" and view.patient_verb_at(cue):
        return action  # "seeking to avert tariffs": what is sought is their absence
    intent = _find(view, start, anchor, words.proposal_verbs)
    if 0 <= intent < _appeal(view, start, anchor, words):
        intent = -1  # "gave companies time to plan, and urged both governments to reach": the
        # nearer appeal frames it
    if intent >= 0 and any(view.low(at) in ANSWER_NOUNS and view.low(at + 1) in ("to", "for")
                           for at in range(intent + 1, found.first)):
        intent = -1  # "weighs its response to U.S. tariffs": the answer is weighed, not them
    while intent >= 0 and view.low(intent - 1) in ATTRIBUTIVE:
        # "suspend its planned countermeasures against US tariffs": "planned" qualifies
        # another noun; only right before this measure does it make it a plan (below).
        intent = _find(view, start, intent, words.proposal_verbs)
    if intent < 0:
        intent = _find(view, max(0, found.first - 4), found.first, words.proposal_nouns)
    if intent < 0 and view.low(anchor - 1) == "to":
        # "on the back of its call for the UK to leave the EU": a call for another to act
        intent = next((at for at in range(start, anchor - 2) if view.low(at) in _CALLS
                       and view.low(at + 1) == "for"), -1)
    if intent < 0:
        intent = next((at for at in range(found.first - 1, max(0, found.first - 3) - 1, -1)
                       if view.low(at) in words.proposal_adjectives), -1)  # "the proposed levy"
    if intent >= 0:
        _mark(found, "measure.planned-change" if action in _CHANGES else "measure.proposal",
              view.toks[intent].text)
        found.framed = True
        return action if action in _CHANGES else "propose"
    failed = _find(view, start, anchor, words.failures)
    if failed >= 0:
        found.weak = True  # "members failed to agree on cuts to farm subsidies"
        _mark(found, "measure.failed", view.toks[failed].text)
        return action
    preferred = next((at for at in range(anchor - 1, start - 1, -1)
                      if view.low(at) in _PREFERENCES), -1)
    if preferred >= 0:
        found.weak = True  # "Brazil preferred a negotiated settlement": a wish, no step
        _mark(found, "measure.preference", view.toks[preferred].text)
        return action if action in _CHANGES else "propose"
    appeal = _appeal(view, start, anchor, words)
    if appeal >= 0 and any(view.low(at) in _RELIEFS and view.low(at + 1) == "from"
                           for at in range(max(appeal + 1, found.first - _RELIEF_REACH),
                                           found.first)):
        appeal = -1  # "lobbying Washington for relief from the 10% tariff that President
        # Trump ordered": the relief is asked for, the measure it is from stands
    if appeal >= 0 and _asks_legislature(view, appeal):
        # "will ask Congress to scrap the programme": a government's own plan, which its
        # legislature has to pass
        _mark(found, "measure.planned-change" if action in _CHANGES else "measure.proposal",
              view.toks[appeal].text)
        found.framed = True
        found.asks_legislature = appeal
        return action if action in _CHANGES else "propose"
    if appeal >= 0 and _own_class_told(view, appeal, found):
        # "India has told refiners to stop buying palm oil from Malaysia": a state's order to
        # its own firms, laid (4.1), not an appeal to another party
        _mark(found, "measure.instructed", view.toks[appeal].text)
        return action
    if appeal >= 0:
        found.weak = True  # "urged Ruritania to lift ...": an appeal to act
        _mark(found, "measure.appeal", view.toks[appeal].text)
        return action if action in _CHANGES else "propose"
    # Case kept: "in May" is a month, "may" a modal.
    window = [view.toks[at].text for at in range(max(start, anchor - 4), anchor)]
    if action == "impose" and found.entry.phrase != DUTY_ON_A_CLASS \
            and any(word in words.recommend for word in window):
        # (not "consignments must carry certificates from Jan. 1": a class's duty, laid)
        _mark(found, "measure.proposal", next(w for w in window if w in words.recommend))
        return "propose"  # "countries should reduce tariffs"
    if any(word in words.may_modals for word in window):
        _mark(found, "measure.modal", next(w for w in window if w in words.may_modals))
        return "threaten" if action == "impose" else action
    verb = _present_verb(view, found, cue)
    if action == "impose" and verb >= 0 and not view.low(verb).startswith("replac"):
        # (not "Resolution 125 replaces fixed duties with a sliding scale": a change)
        _mark(found, "measure.present-state", view.toks[verb].text)
        return "maintain"
    if found.rule == "measure.bare" and found.type == "agreement" \
            and view.low(found.first - 1) in ("the", "this", "that"):
        # "Hungary had held up the deal for weeks": a deal named again is evidence of one
        # told before, not a deal of its own
        found.weak = True
        return action
    if found.rule == "measure.bare" and found.type != "agreement" and not _novel(view, found):
        found.rule = "measure.named"  # "Ruritania's steel tariffs": a measure in force
        return "maintain"
    return action


def _novel(view: SentenceView, found: Found) -> bool:
    """ "new tariffs", "higher fuel and alcohol taxes": a bare measure word that names a new
    step (any word of its noun phrase says so)."""
    at = found.last
    while at >= 0 and found.last - at < _PHRASE_BACK:
        low = view.low(at)
        if low in _NOVELTY:
            return True
        if not (at >= found.first or low in (",", "and", "-") or low.isalpha() and low.islower()
                and low not in view.lex.action_verbs):
            return False
        at -= 1
    return False


def _speculation(view: SentenceView, anchor: int, words: FrameWords) -> bool:
    """ "Analysts predict that officials may ...": a third party's forecast."""
    for at in range(anchor - 1, -1, -1):
        low = view.low(at)
        if low in words.voice_nouns and view.low(at + 1) in ("that", "of"):
            return True  # "predictions that Labour will raise taxes"
        if low in words.forecast_verbs or _phrase_at(view, at, words.necessity):
            return True  # "Letwin predicted Brown would have to raise taxes"
        if low in words.voices and any(view.low(ahead) in words.voice_verbs
                                       for ahead in range(at + 1, min(anchor, at + 4))):
            return True
    return False


# "ready to", "prepared to": a step a party holds out, like "would".
_READY = frozenset({"ready", "prepared", "poised"})


def _conditional(view: SentenceView, found: Found, start: int, anchor: int,
                 words: FrameWords) -> int:
    """ "would ban imports unless ...", "is ready to impose countermeasures if talks
    fail": a step promised on a condition; the index of the condition's word, else -1.
    Help given on a condition is no threat: who qualifies for it ("would exempt cinemas from
    the tax if they meet the quota")."""
    if found.type == "subsidy":
        return -1
    window = range(max(start, anchor - 4), anchor)
    if found.cue_at > found.last:
        # "tariffs on Chinese goods would rise if Beijing retaliated": the modal of the verb
        # after the measure
        window = range(max(found.last + 1, found.cue_at - 2), found.cue_at)
    if not any(view.low(at) in words.will_modals
               or (view.low(at) in _READY and view.low(at + 1) == "to") for at in window):
        return -1
    condition = next((at for at in range(found.last + 1, len(view.toks))
                      if _condition_at(view, at, words)), -1)
    if any(view.low(at) == "," and view.low(at + 1).endswith("ing")
           for at in range(found.last + 1, condition)):
        # "will impose duties from Thursday, starting at 11.8% and rising to 47.6% in
        # August unless Beijing negotiates": the condition is the rise's, not the duties'
        return -1
    return condition


def _warned_that(view: SentenceView, start: int, anchor: int, words: FrameWords) -> int:
    """ "warned that Brussels was ready to impose duties", "warns that it will ban imports":
    a step held out in the clause a warning opens; the warning verb's index, else -1 (not
    "warned that the tariffs would hurt farmers": the measure is no step of the clause)."""
    if view.low(start - 1) != "that":
        return -1
    verb = start - 2
    while verb > max(-1, start - 2 - _WARNING_TIME_WORDS) and (
            view.low(verb) in _TIME_LINKS or view.toks[verb].text[:1].isupper()) \
            and not _phrase_at(view, verb, words.threat_verbs):
        verb -= 1  # "had warned in June that": the time told between
    if verb < 0 or not _phrase_at(view, verb, words.threat_verbs):
        return -1
    held_out = any(view.low(at) in words.will_modals or view.low(at) in words.may_modals
                   or (view.low(at) in _READY and view.low(at + 1) == "to")
                   for at in range(start, anchor))  # ("warned that it could refer BT")
    return verb if held_out else -1


# A time told between a warning's verb and its "that": "warned in June that", "warned last
# week that" (at most two words).
_WARNING_TIME_WORDS = 2
_TIME_LINKS = frozenset({"in", "on", "last", "this", "earlier", "week", "month", "year"})


def _condition_at(view: SentenceView, at: int, words: FrameWords) -> bool:
    """A word opening a condition: "if", "unless", and "should" only inverted (", should
    the talks fail"), not the modal (", and that a probe should conclude")."""
    low = view.low(at)
    if low not in words.conditions or low == "until":
        return False
    return low != "should" or (view.low(at - 1) in (",", "") and (
        view.low(at + 1) in ("the", "a", "an", "talks", "negotiations", "they", "it")
        or (at + 1 < len(view.toks) and view.toks[at + 1].text[:1].isupper())))


def _present_verb(view: SentenceView, found: Found, cue: int) -> int:
    """A verb in the present tense that takes the measure ("caps", "bans") describes it as
    standing, unless a modal or "to" comes before or the verb reports a step ("doubles",
    "unveils"): its index, else -1."""
    verb = cue if 0 <= cue < found.first else (found.first if found.entry.kind == "verb_bound"
                                               and found.bound_after < 0 else -1)
    if verb < 0:
        return -1  # (nor a noun whose verb follows it: "exports of X will be banned")
    low = view.low(verb)
    if low in view.lex.patient_verbs:
        return -1  # "faces a deadline": the measure is new to its target
    if low in view.doc.words.present_events or view.headline:
        return -1  # "US doubles tariffs": a step just taken, as a headline tells it
    subject, _ = view.subject(verb)
    if subject is None or subject is view.doc.last_imposer:
        return -1  # "The package bans imports": a new measure's content, not a standing one
    standing = low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3 \
        and view.low(verb - 1) not in _PRESENT_BLOCKERS and view.low(verb - 2) != "to"
    # "Some countries still restrict imports": a plural subject's present, said to go on
    still = view.low(verb - 1) == "still" and view.low(verb - 2) not in _PRESENT_BLOCKERS
    # "Austria, France and Greece ban the import of GM maize": states named together, the
    # verb's plain form right after them
    before = view.ent_at.get(verb - 1)
    together = before is not None and low.isalpha() and before in coordinated(view, subject) \
        and not low.endswith(("s", "ed")) and low not in view.doc.words.irregular_past \
        and len(coordinated(view, before)) > 1  # (not "Britain and France froze ...": past)
    return verb if standing or still or together else -1


def _mark(found: Found, rule: str, word: str) -> None:
    found.rule = rule
    found.cue_words = word


def _words_at(view: SentenceView, at: int, table: Phrases) -> str:
    """The text of the phrase of `table` that starts at `at` ("rule out")."""
    size = max(_phrase_at(view, at, table), 1)
    return " ".join(view.toks[step].text for step in range(at, min(len(view.toks), at + size)))
