"""The deadline rules: does the text around a time say something is due then?

Each rule reads one `Spot` (a time in its clause) and returns a `Cue`: its id (the part
after "deadline." in `why`), the words that fired it, and the preposition that dates it.
They are tried in order, the most specific first; the first that fires wins, so one time
gives at most one deadline (GUIDELINES.md 5.2).

- due:          "a September 17 deadline", "the deadline is", "set 2027 as the deadline",
                "due on", "due to expire on"
- obligation:   "has until", "have 90 days to", "must ... by/within/before", "asked
                exporters to register within 10 days" (a state or a public body named)
- granted:      "the court gave the ministry 90 days to" (from the day told)
- until:        "until (at least)", "till", "through", "postponed to"
- expires:      "expires / lapses / runs out / ends on"
- takes-effect: "takes effect / comes into force / applies from / starts on", "will ... from",
                "travellers will be allowed to ... from"; "took effect on Thursday" in
                Thursday's news (`took_effect_today`, asked first)
- lasts:        "will run over the next three years"
- paused-for:   "agreed on Monday to pause the tariffs for 30 days" (from the day told)
- laid-for:     "on Monday imposed a temporary duty on steel for 200 days" (from the day told)
- runs-for:     "His order runs for 30 days" (from the day told)
- expected:     "is expected to ... by", "officials expect ... within"
- target:       "aims / wants / plans / hopes / pledged ... by"
- scheduled:    "will be sold in 2026", "will scrap the quota on 1 July", "face a pay cut
                next month"
- official-step: "the ministry said it would inspect the lenders' accounts within two
                weeks": a step a state, a public body or an official says it will take
- expires (when): "before July 14, when its suspension of the tariffs expires", the last
                resort

What is not a deadline (5.1) is refused before any rule: vague times, durations with no
anchor, a past-tense frame ("was due to", "took effect"), and, for the soft rules
(expected, target, scheduled), meetings and visits, hypotheses, market forecasts and
company plans.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..measures.sentence import is_headline
from ..measures.vocab import LEGISLATURES, REPORT_NOUNS, REPORT_SOURCES
from ..timex.patterns import MONTH, WEEKDAY
from ..timex.tense import COULD_STEPS
from .clause import Spot
from .words import words


@dataclass(frozen=True, slots=True)
class Cue:
    rule: str  # "takes-effect"
    words: str  # the words that fired it, a few ("take effect on")

    @property
    def forward(self) -> bool:
        """Whether the words point ahead so firmly that a yearless date or a bare weekday
        the tagger read backwards is the next one ("takes effect on Friday")."""
        return self.rule in ("due", "obligation", "until", "expires", "takes-effect")


_I = re.I
_DEADLINE_AFTER = re.compile(r"^\s*(?:-\s*)?(?:deadline|cut-?off(?:\s+date)?)\b", _I)
_DEADLINE_AS = re.compile(r"^\s+as\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:deadline"
                          r"|target\s+date|cut-?off\s+date|target|goal)\b", _I)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:deadline|cut-?off(?:\s+date)?|due\s+date|target\s+date|compliance\s+dates?)"
    # "the deadline for public comments is": what it is for, in a few words, may come first
    r"(?:\s+(?:for|on)\s+(?:[\w'’-]+\s+){1,8}?(?=is\b|was\s+set\b|falls\b|has\s+been\b))?"
    r"(?:\s*(?:is|of|on|for|set\s+for|falls\s+on|expires\s+on|at|has\s+been\s+set\s+for))?\s*$",
    _I)
_WITH_DUE = re.compile(r",\s*with\s+[^,]{1,40}?\s+due\s*$", _I)
# "due", "due to take effect", "due for renewal"
_DUE = re.compile(r"\bdue(?:\s+to\s+(?:[\w-]+\s+){1,4}?|\s+for\s+(?:renewal|review|expiry"
                  r"|completion|approval|ratification|implementation|a\s+vote))?\s*$", _I)
_HAS_UNTIL = re.compile(
    r"\b(?:has|have|having|given|give|gives|giving|gave|grant(?:s|ed)?|get|gets)\s+"
    # not a perfect tense: "has frozen fuel duty until September" keeps it until then
    r"(?!(?:[a-z]+ed|[a-z]+en|been|kept|set|put|cut|held|left|let)\s)"
    r"(?:[\w'’-]+\s+){0,3}?$", _I)
# "will have three months to": a span counted from now; "gave them five months to" counts
# from a day the text does not give.
_HAS_SPAN = re.compile(r"\b(?:has|have|having|(?:is|are|will\s+be|been)\s+given|gets?|get"
                       # "Brussels said the UK had one month to reply": a span given, told
                       # in reported speech
                       r"|(?:said|says|told|added)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?had"
                       # "a law that gives TikTok's Chinese owner ByteDance nine months to
                       # sell": from the day the law is signed
                       r"|gives|give|giving)\s+"
                       r"(?:(?!to\s)[\w'’-]+\s+){0,7}?$", _I)
# The day a span given to act counts from, before its "to": "have 30 days [from Thursday]
# to submit comments" (what.py drops it from the label too).
FROM_DAY = re.compile(r"^\s+(?:from|after)\s+(?:[\w.'’-]+\s+){0,2}?[\w.'’-]+(?=\s+to\s)", _I)
# "People have had six months to do this": a span already spent (not "until Congress has
# had 180 days to review them", a span still to run).
_HAVE_HAD = re.compile(r"\b(?:has|have|'ve)\s+(?:already\s+)?had\s+$", _I)
_TEMPORAL = re.compile(r"\b(?:until|till|before|once|after|when|unless)\s+(?:[\w'’-]+\s+){0,4}$",
                       _I)
# A first span given to act, and its step, before a second span: "(Carriers) have 21 days
# to deploy explosive trace detection and (120 days to meet ...)".
_SECOND_SPAN = re.compile(r"\b(?:has|have|had|given)\s+(?:an?\s+|another\s+)?[\w-]+\s+(?:days?"
                          r"|weeks?|months?|years?)\s+to\s+[^,;:]{3,80}?\s+and\s*$", _I)
_SPAN_TO = re.compile(r"^\s+(?:(?:in\s+which\s+)?to|or\s+less\s+to)\s+\w", _I)
_POSTPONED = re.compile(
    r"\b(?:extend|prolong|postpon|delay|push(?:ed|es|ing)?\s+back|defer|move[ds]?\s+back"
    r"|put\s+off|put\s+back|roll(?:ed|s)?\s+over|brought\s+forward|bring\s+forward"
    r"|move[ds]?\s+(?:forward|up))\w*\b", _I)
_EXPIRES = re.compile(
    r"\b(?:expires?|expiring|lapses?|lapsing|runs?\s+out|running\s+out|(?<!the\s)ends?|ending"
    r"|closes?|sunsets?|terminates?|ceases?|(?:is|are)\s+set\s+to\s+(?:end|expire|lapse))"
    r"\s*$", _I)
# What every _EXPIRES match holds ("run" of "runs out", "end" of "is set to end").
_EXPIRES_STEMS = ("expir", "laps", "run", "end", "clos", "sunset", "terminat", "ceas")
# A start told as coming after some event: "take effect 60 days after the bill became law",
# "once parliament approves it".
_LATER_START = re.compile(r"\b(?:after|once|when)\s+(?:the\s+|it\s+|parliament|congress"
                          r"|lawmakers)", _I)
# A measure that ends once a span has passed, right before the span: "will lapse after
# three years", "expires after 180 days".
_ENDS_AFTER = re.compile(r"\b(?P<verb>lapses?|expires?|ends?|runs?\s+out|sunsets?|be\s+(?:lifted"
                         r"|scrapped|phased\s+out|removed))\s+after\s+$", _I)
# What would have happened: "that would have hit", "would have barred", "would otherwise
# have been charged".
_WOULD_HAVE = re.compile(r"\b(?:would|could|might)\s+(?:otherwise\s+|still\s+)?have\s+(?!to\b)"
                         r"[a-z]+(?:ed|en|t|wn)\b(?:\s+[\w'’-]+){0,8}\s*$", _I)
# A step denied, the clause's negated verb and a few words before its time: "would not take
# effect (on)", "will not lift the ban (on Friday)".
_NEGATED_VERB = re.compile(r"\b(?:will|would|shall|can|could|does|do|did)\s+(?:not|never)\s+"
                           r"(?!only\b)[a-z]+(?:\s+[a-z]+){0,5}\s*$", _I)
# A step a party denies it will take, before the time: "denied reports that petrol
# subsidies would end in July", "dismissed suggestions that the ban would be lifted".
_DENIED_REPORT = re.compile(r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected"
                            rf"|rejects|refuted)\s+(?:(?:{'|'.join(sorted(REPORT_SOURCES))})\s+)?"
                            rf"(?:{'|'.join(sorted(REPORT_NOUNS))})\s+that\b", _I)
# A deadline's day missed, dropped or moved, right before the time: "missed the January 31
# deadline", "dropped the Jan. 1 deadline", "extended the March 31 deadline to June 30".
_DEADLINE_GONE = re.compile(r"\b(?:missed|miss|misses|missing|dropped|drops|dropping|scrapped"
                            r"|scraps|abandoned|abandons|waived|waives|extended|extends"
                            r"|postponed|postpones|moved|pushed\s+back|put\s+back)"
                            r"\s+(?:the|its|their|a)\s+$", _I)
# A start denied, right before the words of starting: "would not" (but "will no longer be
# collected from July": it ends then).
_NEGATED_START = re.compile(r"\b(?:not|n't|never)\s+(?:(?:yet|now|then)\s+)?$", _I)
_EFFECT = re.compile(
    r"\b(?:takes?\s+(?:full\s+)?effect|taking\s+(?:full\s+)?effect"
    r"|comes?\s+into\s+(?:full\s+)?(?:force|effect|operation)"
    r"|coming\s+into\s+(?:force|effect)|enter(?:s|ing)?\s+into\s+force|enters?\s+force"
    r"|go(?:es)?\s+into\s+effect|kicks?\s+in|appl(?:y|ies)|starts?|begins?|comes?\s+in"
    r"|(?:be|is|are|becomes?)\s+(?:effective|in\s+force|introduced|implemented|enforced"
    r"|applied|rolled\s+out|phased\s+in|imposed|levied|collected|required)|effective"
    # "will become mandatory on January 1", "becomes law on 1 October"
    r"|(?:be|is|are|become|becomes|becoming)\s+(?:mandatory|compulsory|obligatory|law)"
    r"|phased?\s+in|with\s+effect"
    # "the levy enters its definitive phase on 1 January": a stage of it takes effect
    r"|enters?\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,2}?(?:phase|stage))\s*$", _I)
# A rule that applies to whom or what, then from when: "applies to goods entering the US".
_APPLIES_TO = re.compile(r"\b(appl(?:y|ies)|will\s+apply)\s+to\s+[^,;:.]{1,60}$", _I)
# What every _EFFECT match holds ("into" of "comes into force", "impos" of "be imposed").
_EFFECT_STEMS = ("effect", "into", "force", "kick", "appl", "start", "begin", "come", "introduc",
                 "implement", "rolled", "phase", "impos", "levied", "collect", "requir", "stage",
                 "mandatory", "compulsory", "obligatory", "law")
_START_PREP = frozenset({"from", "as of", "as from", "starting", "starting from", "starting on",
                         "starting in", "beginning", "beginning on", "beginning in",
                         "effective", "effective from", "effective on", "with effect from"})
# "could" before a step a measure takes: "the rate could rise to 50% on July 9 if ...",
# "could impose duties from January" (a possibility its maker holds out); not "the deficit
# could shrink by 2009" (a forecast) or "could be held in spring" (an event).
_COULD = rf"could(?=\s+{COULD_STEPS})"
_FUTURE = re.compile(rf"\b(?:will|shall|would|{_COULD}|is\s+to|are\s+to|(?:is|are)\s+set\s+to"
                     r"|(?:is|are)\s+due\s+to|(?:is|are)\s+going\s+to|plans?\s+to"
                     # "has threatened to raise tariffs to 35% from August 1": the date the
                     # threat sets (5.1, as the read sets' annotators count it)
                     r"|threaten(?:s|ed)?\s+to)\b", _I)
# An obligation that starts on a day: "importers must obtain a certificate from September 1",
# "firms will be required to register starting April 2".
_MUST = re.compile(r"\b(?:must|(?:is|are|will\s+be)\s+(?:required|obliged)\s+to)\b", _I)
# A duty laid on a class of bodies (GUIDELINES 4.3 other), a policy by itself: "All importers
# of fresh fruit must obtain a certificate from September 1".
_CLASS_DUTY = re.compile(
    r"\b(?:importers|exporters|firms|companies|banks|lenders|retailers|manufacturers|producers"
    r"|employers|airlines|carriers|traders|shippers|suppliers|platforms|operators|insurers"
    r"|landlords|farmers|growers|dealers)\b[^.;]{0,60}?\b(?:must|(?:is|are|will\s+be)\s+"
    r"(?:required|obliged)\s+to)\b", _I)
# A step agreed or decided to start later: "agreed Tuesday to cut output starting April 1".
_AGREED_TO = re.compile(r"\b(?:agreed|decided|voted|pledged|promised)\s+(?:on\s+)?(?:\w+\s+)?"
                        r"to\b", _I)
# A span counted from now: "the next two months", "another 90 days", "a further year".
_FROM_NOW = re.compile(r"(?:at\s+least\s+)?(?:(?:the\s+)?(?:next|coming|following)\s|another\s"
                       r"|a\s+further\s|an\s+(?:additional|extra)\s"
                       r"|[\w-]+\s+(?:more|further|additional|extra)\s)", _I)
# A verb of lasting, not the noun ("the remains", "a run"); or of keeping a measure for
# a span ("would keep its suspension of the tariff for another 90 days").
_LASTS = re.compile(r"(?<!the\s)(?<!an\s)(?<!a\s)(?<!its\s)(?<!their\s)"
                    r"\b(?:run|runs|last|lasts|continue|continues|remain|remains|stay|stays"
                    r"|apply|applies|be\s+in\s+(?:place|force)|be\s+spread|be\s+phased"
                    r"|keep|keeps|keeping|extend|extends|extending|maintain|maintains"
                    r"|maintaining|be\s+(?:kept|extended|maintained|suspended))\b", _I)
_FACES = re.compile(r"\b(?:face|faces|facing)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){1,4}$", _I)
_PAST_FRAME = re.compile(
    r"\b(?:was|were|had\s+been|had)(?:n't|\s+not)?\s+(?:(?:originally|initially|first)\s+)?"
    r"(?:due|expected|scheduled|set|supposed|slated|meant|planned|to)\b"
    r"|\b(?:took|came|went|entered|kicked)\s+(?:effect|into|in)\b"
    r"|\b(?:expired|lapsed|ran\s+out|ended|began|started|applied)\s*$"
    r"|\bnot\s+until\s*$", _I)
# "... but on Wednesday said": the time dates the saying.
_SAID_AFTER = re.compile(r"^\s+(?:said|says|announced|told|stated|added|confirmed|argued|wrote"
                         r"|warned|insisted|declared|signed|agreed|approved|decided)\b", _I)
# People lifted out of poverty: no measure lifted.
_OUT_OF_POVERTY = re.compile(r"\blift(?:s|ed|ing)?\s+(?:[\w,.$-]+\s+){0,5}?out\s+of\s+"
                             r"(?:extreme\s+|absolute\s+)?poverty\b", _I)
# "... the ministry said on Tuesday": the time dates the saying, right before it.
_SAID_ON = re.compile(r"\b(?:said|announced|told\s+(?:reporters|journalists|parliament|lawmakers"
                      r"|a\s+news\s+conference)|stated|added|confirmed)\s+(?:on\s+)?$", _I)
# A span an official grants to act, told in the past: "gave the ministry 90 days to", "granted
# companies a month to wind down" (the time ends the clause: the span is its object).
_GRANTED_SPAN = re.compile(r"\b(gave|granted)\s+(?:(?!to\s)[\w'’-]+\s+){1,6}?$", _I)
# An order or a request whose object stands before its "to": "asked exporters to register",
# "ordered the bank's managers to close" (the clause's verb: the time dates what is asked).
_ORDERED_TO = re.compile(r"\b(?:asked|told|ordered|instructed|directed|required|urged|called\s+on)"
                         r"\s+(?:(?!to\s)[\w'’-]+\s+){1,7}?to\s+[a-z]+", _I)
_HYPOTHETICAL_GIVE = re.compile(r"\b(?:would|could|might)\s+give\b", _I)
# "said the company had to": an obligation reported in the past tense, still due.
_REPORTED_HAD_TO = re.compile(r"\b(?:said|says|told|stated|insisted|warned)\s+(?:that\s+)?"
                              r"(?:[\w'’-]+\s+){1,4}?had\s+to$", _I)
_PAST_TENSE = re.compile(r"\b(?:had|was|were|did)\b", _I)
_PASSIVE = re.compile(r"\b(?:be|been|being)\s+\w+(?:ed|en|ld|ght|wn|de|ut|ne|et)\b", _I)
# ("a version of Windows without its Media Player": a thing without a part negates nothing)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|without(?!\s+(?:a|an|its|their|his|her)\s))\b"
                      r"|n't\b", _I)
# Between the cue word and the time: words that show the time dates something else
# ("need to, said X in an interview before he entered office in April").
# ("must be confirmed by the member states by November 2": a passive, no speech)
_INTERRUPTION = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
                           r"\b(?:said|says|told|announced|confirmed|added|insisted|stated"
                           r"|declared|revealed|had|was|were|did|before|after|when"
                           r"|while|since|because)\b|[\"“”]"
                           # "to abandon guidelines he proposed in September": his act's time
                           # (not an object and its participle: "wants it adopted by")
                           r"|(?<!\bwants\s)(?<!\bwant\s)(?<!\bwanted\s)(?<!\bneeds\s)"
                           r"(?<!\bneed\s)(?<!\bget\s)(?<!\bgets\s)(?<!\blike\s)"
                           r"\b(?:he|she|it|they|we)\s+\w+ed\b"
                           # "under plans unveiled by the government on Monday": when the
                           # plans were made public
                           r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:unveiled|published"
                           r"|outlined|set\s+out|released|issued|presented|launched|proposed"
                           r"|introduced|tabled|approved|passed|signed)\s+by\b", _I)
# (not inside a hyphened word: "semi-finished rattan")
_PAST_HINT = re.compile(r"(?<![\w-])(?:had|was|were|did|completed|passed|missed|met|ended|expired"
                        r"|closed|finished|signed|approved|announced)\b", _I)
# ("24 hours before the event": counted back from it; not ", before a tariff increase")
_OTHER_ANCHOR = re.compile(r"^(?:\s*,?\s*(?:of|after|from|following|since|starting|beginning)"
                           r"|\s+before)\s+(?!now\b|today\b)", _I)
# A participle's aside set off by commas: ", signed by the president on Dec. 1,".
_PARTICIPLE_ASIDE = re.compile(r",\s*[a-z]+(?:ed|en)\b[^,;]*,")
_BARE_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", _I)
# "whether" after a verb of deciding asks what a decision will be, no hypothesis ("will
# decide whether to ratify the treaty by the end of September").
# What comes before a "whether" that is the object of a decision, no open question: "will
# decide whether to ratify", "a decision on whether to move to an in-depth investigation"
# (the labels in what.py cut no chunk there either).
DECIDED_WHETHER = (r"(?<!decide\s)(?<!decides\s)(?<!deciding\s)(?<!decision\son\s)"
                   r"(?<!ruling\son\s)")
# (not the adoption a proposal waits for: "If approved, the extension would start in
# February", "If it is passed, the rates would apply from January 1")
_HYPOTHESIS = re.compile(r"\b(?:if(?!\s+(?:it\s+is\s+|they\s+are\s+)?(?:approved|passed"
                         r"|adopted|ratified|enacted|signed\s+into\s+law)\b)|unless"
                         r"|should\s+the|in\s+case)\b|" + DECIDED_WHETHER
                         + r"(?<!determine\s)(?<!determines\s)(?<!choose\s)"
                         r"(?<!decision\sas\sto\s)\bwhether\b", _I)
_UNTIL_PREPS = frozenset({"until", "till", "through", "thru", "up to"})
_BY_PREPS = frozenset({"by", "before", "no later than", "not later than", "ahead of", "within",
                       "inside", "in", "on", "at", "around"})
_OBLIGATION_PREPS = frozenset({"by", "before", "no later than", "not later than", "ahead of",
                               "within", "inside", "in", "on"})
_STRONG_PREPS = frozenset({"by", "before", "no later than", "not later than", "within"})
# "Acme is required to sell in April": an obligation standing, not an order given.
_STILL_BOUND = re.compile(r"\b(?:is|are|be|being)\s+$", re.I)
# Obligation words that tell an order given: with "in" or "on" the time dates the order.
_PAST_ORDER = re.compile(r"ordered|required|instructed|obliged|obligated|compelled|urged"
                         r"|called\s+on|directed\s+to|told\s+to|asked\s+to|forced\s+to", re.I)
_STRONG_DUTY = re.compile(r"must|(?:is|are)\s+(?:required|obliged|obligated)|has\s+to|have\s+to"
                          r"|had\s+to|will\s+have\s+to|required|obliged|obligated|deadline"
                          r"|ultimatum", _I)
# "has been ordered to offer ... within 90 days": a party under an order to act in time.
_ORDERED = re.compile(r"ordered|instructed|directed\s+to|told\s+to", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be)\s+(?:also\s+)?$", re.I)
_EFFECT_PREPS = frozenset({"", "on", "in", "at", "by"}) | _START_PREP
_SPAN_PREPS = frozenset({"over", "for", "during", "throughout", "in", "within"})


def _due(spot: Spot, measure_here: bool) -> Cue | None:
    if _DEADLINE_AFTER.match(spot.after):
        return Cue("due", f"'{_tail(spot.lead, 1)}{spot.timex.text[:20]} deadline'".strip())
    named = _DEADLINE_AS.match(spot.after)
    if named:
        return Cue("due", f"'as {' '.join(named.group().split()[2:])}'")
    frame = spot.frame
    found = _DEADLINE_BEFORE.search(frame) if _may_hold(frame, "deadline", "cut", "date") \
        else None
    if not (found and found.group().strip()):
        found = _DUE.search(frame) if _may_hold(frame, "due") and spot.prep != "to" else None
        # (not "due to 2003 being a good year": because of it)
        # "..., with submissions due by Oct. 11": what is due is said in its own phrase
        own = _WITH_DUE.search(frame) if found else None
        if not (found and found.group().strip()) or (words().event.search(
                own.group() if own else spot.clause) and not _body_output(spot)) or \
                not _policy(spot, measure_here, officials=True):
            return None
        if " for " in found.group().lower() and not measure_here \
                and not _has("policy_noun", frame[:found.start()]):
            return None  # "due for review": what is reviewed must be a policy thing
    if found and found.group().strip():
        return Cue("due", f"'{_short(found.group())} {spot.prep}'".replace(" '", "'"))
    return None


def _spent(frame: str) -> bool:
    """Whether the frame ends in a span already had ("have had"), not one to run first."""
    had = _HAVE_HAD.search(frame)
    return had is not None and not _TEMPORAL.search(frame, 0, had.start())


def _obligation(spot: Spot, measure_here: bool) -> Cue | None:
    failing = FAILS_BY.search(spot.frame) if spot.prep in _STRONG_PREPS else None
    if failing is None and spot.prep in _STRONG_PREPS:
        nothing = NOTHING_BY.search(spot.frame)
        if nothing is not None and _STEP_AFTER.match(spot.text, spot.timex.end,
                                                     spot.sentence.end):
            # "If no settlement is reached within 15 days, the judge will recommend ...",
            # "If no agency completes that review by Dec. 23, DJI will be added": what must
            # happen by then, on pain of the step the sentence goes on to
            return Cue("obligation", f"'if no ... {_short(nothing.group('verb'))}' + "
                                     f"'{spot.prep}'")
    if failing and (_CONSEQUENCE.search(spot.sentence_text)
                    or spot.officials and _OFFICIAL_STEP_BEFORE.search(
                        spot.frame, 0, failing.start())):
        # "could face legal action if it does not comply by the end of the year": the
        # step is due then, on pain of what the sentence threatens
        told = f"unless ... {failing.group('acts')}" if failing.group("acts") \
            else _short(failing.group())
        return Cue("obligation", f"'{told}' + '{spot.prep}'")
    if _NEGATED.search(spot.frame):
        return None
    # "has until ... to", "has 90 days to": the words alone make it an obligation.
    if spot.prep == "until" and _HAS_UNTIL.search(spot.frame):
        return Cue("obligation", f"'{_tail(spot.frame, 1)}until'")
    span = _HAS_SPAN.search(spot.frame) if spot.timex.type == "DURATION" and (
        not spot.prep or spot.anchored) and not _spent(spot.frame) else None
    # ("have 30 days from Thursday to submit comments": the day the span counts from)
    after = FROM_DAY.sub("", spot.after, count=1) if spot.anchored else spot.after
    if span and _SPAN_TO.match(after) and (
            not span.group().lower().startswith("giv")
            # "a law that gives ByteDance nine months to": a law's, not "This would give
            # Gazprom an extra 14 days to"
            or (_policy(spot, measure_here) and not _HYPOTHETICAL_GIVE.search(spot.frame))):
        return Cue("obligation", f"'{_tail(spot.frame, 1)}{spot.timex.text[:20]} to'")
    second = _SECOND_SPAN.search(spot.frame) if spot.timex.type == "DURATION" \
        and not spot.prep else None
    if second and _SPAN_TO.match(after):
        # "Carriers have 21 days to deploy trace detection and 120 days to meet the rest":
        # the second span given, for the second step
        return Cue("obligation", f"'and {spot.timex.text[:20]} to'")
    granted = _GRANTED_SPAN.search(spot.frame) if spot.timex.type == "DURATION" \
        and not spot.prep and (spot.officials or _has("official", spot.sentence_text)) else None
    if granted and _SPAN_TO.match(after) and not _HYPOTHETICAL_GIVE.search(spot.frame):
        # "The court gave the ministry 90 days to issue a new determination": an official's
        # order, counted from the day it was told (5.3; none when told "in March")
        return Cue("granted", f"'{granted.group(1).lower()} ... {spot.timex.text[:20]} to'")
    if spot.prep not in _OBLIGATION_PREPS:
        return None
    found = _last(words().obligation, spot.frame)
    if not found and spot.prep in _STRONG_PREPS:
        # "the agency asked interested parties to submit their views within 30 days": the
        # order's object between its verb and "to" (a state or a public body named)
        found = _last(_ORDERED_TO, spot.frame)
        found = found if found and spot.officials else None
    if not found or _interrupted(spot, found.end()):
        return None
    if _PAST_ORDER.fullmatch(found.group()) and spot.prep not in _STRONG_PREPS \
            and not _STILL_BOUND.search(spot.frame, 0, found.start()):
        return None  # "Trump ordered the review in April": when it was ordered, not due
    # "must ... by" binds anyone; weaker words ("should", "requires ... in") need a policy.
    ordered = _ORDERED.fullmatch(found.group()) is not None
    strong = (_STRONG_DUTY.fullmatch(found.group()) or ordered and (
        _PASSIVE_BEFORE.search(spot.frame, 0, found.start())
        # "Bank Indonesia ordered card networks to route payments at home within two
        # years": a public body's order, its object before "to"
        or spot.officials and _ORDERED_TO.match(spot.frame, found.start()))) \
        and spot.prep in _STRONG_PREPS
    if strong or _policy(spot, measure_here, officials=True):
        return Cue("obligation", f"'{found.group().lower()}' + '{spot.prep}'")
    return None


# A condition of failing to act: "if it does not comply", "unless Acme fails to sell its
# stake": who, and the step (what.py labels it "Paris must comply").
FAILS_BY = re.compile(r"\b(?:(?P<unless>unless)|if)\s+(?P<who>it|they|he|she|the\s+\w+(?:\s+\w+)?"
                      r"|[A-Z]\w+)\s+"
                      r"(?:(?:does\s+not|do\s+not|doesn't|don't|did\s+not|fails?\s+to)\s+"
                      r"(?P<verb>\w+(?:\s+\w+){0,3})"
                      # "unless the decision was reversed within 30 days": done to it
                      r"|(?:is|are|was|were)(?:\s+not)?\s+(?P<done>\w+(?:ed|en|wn|ne|ld|ght|ut)"
                      # "if the advertising limits were not in force by Sept. 1"
                      r"|in\s+force|in\s+place|in\s+effect)"
                      # "unless the industry cuts such advertising within two years": what
                      # it must do
                      r"|(?(unless)(?!(?:is|are|was|were|has|does|says)\b)(?P<acts>[a-z]+s)"
                      r"(?P<rest>(?:\s+[\w'’%-]+){0,8})|(?!)))"
                      r"\s*$")
# A condition that nothing is done by a time: "if no settlement is reached", "if no agency
# completes that review" (at the clause's end, before the time).
NOTHING_BY = re.compile(r"\bif\s+no\s+(?P<who>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                        r"(?P<verb>(?:is|are|has\s+been|have\s+been)\s+\w+(?:ed|en|wn|ne)"
                        r"|[a-z]+s(?:\s+[\w'’%-]+){0,6})\s*$", _I)
# The step the rest of the sentence says follows: ", the judge will recommend", ", DJI will
# be added automatically".
_STEP_AFTER = re.compile(r"[^.;]*?,\s*(?:[\w'’.-]+\s+){1,6}?(?:will|would|can|could|may|must)"
                         r"\s+\w+", _I)
# A step an official says will follow, before the condition: "Tbilisi would ask the WTO to
# examine the ban if it was not lifted by the end of April".
_OFFICIAL_STEP_BEFORE = re.compile(r"\b(?:would|will|could|may|might|threatened\s+to|vowed\s+to)"
                                   r"\s+(?:\w+\s+)?[a-z]+\b", _I)
# What the failure brings: "could face legal action", "risks fines", "warned".
_CONSEQUENCE = re.compile(r"\b(?:face|faces|facing|risk|risks|warned|warns|threatened|penalt"
                          r"|fines?|sanctions|legal\s+action|court|complaint|retaliat\w*"
                          r"|counter-?measures|tariffs|duties)\b", _I)
# A measure's noun phrase running up to the time: "a ban on imports of Russian LNG".
_MEASURE_PHRASE = (r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:ban|embargo|tariffs?|duty"
                   r"|duties|levy|quotas?|controls?|curbs?|restrictions?|licen[cs]e\s+requirement)"
                   r"\s+(?:on|against)\s+[^,;:.]{{1,{reach}}}$")
_MEASURE_PHRASE_END = re.compile(_MEASURE_PHRASE.format(reach=60), _I)
# The same, a longer phrase, when a comma closes it before the time's own phrase.
_LONG_MEASURE_PHRASE_END = re.compile(_MEASURE_PHRASE.format(reach=110), _I)
_MIDWAY = re.compile(r"\b(?:midway|halfway|half-way|partway|part-way|part\s+way|way)\s*$", _I)


# "until a full hearing", "until the final ruling": a time after it is that event's.
# What a time's possessive names: "(May)'s annual general meeting".
_OWNED_BY_THE_DAY = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+")
# Verbs whose "through" is their own: "get through the year", "see it through".
_GOT_THROUGH = re.compile(r"\b(?:get|gets|getting|got|go|goes|going|went|come|came|pass|passed"
                          r"|see|saw|live|lived|pull|pulled|sail|sailed|push|pushed|make|made"
                          r"|muddle|muddled|ride|rode|work|worked)\s+(?:it\s+|them\s+)?$", _I)
_UNTIL_AN_EVENT = re.compile(r"\b(?:until|till)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:hearing|ruling|review|vote|decision|verdict|trial|judgment"
                             r"|judgement)\s*$", _I)


def _until(spot: Spot, measure_here: bool) -> Cue | None:
    if spot.prep in ("through", "thru") and (_MIDWAY.search(spot.before)
                                             or _GOT_THROUGH.search(spot.before)):
        return None  # "midway through the first half": a point inside it, no end; "to get
        # through the next year": to last it out
    # "will remain in force until a full hearing on 2 November": the event's day
    at_event = spot.prep in ("on", "in", "at") and _UNTIL_AN_EVENT.search(spot.frame)
    if spot.prep in _UNTIL_PREPS:
        cue = Cue("until", f"'{spot.lead.strip()}'")
    elif at_event:
        cue = Cue("until", f"'until ... {spot.prep}'")
    else:
        postponed = _POSTPONED.search(spot.frame) if spot.prep == "to" else None
        if postponed is None:
            return None
        cue = Cue("until", f"'{postponed.group().lower()} ... to'")
    if not measure_here and not at_event \
            and _event(spot.text[spot.sentence.start:spot.timex.start], spot, measure_here):
        return None  # "pushed back a preliminary evidentiary hearing until 6 June" (5.1)
    return cue if _policy(spot, measure_here, officials=True) else None


# "before July 14, when its suspension of the tariffs expires": the time is the day a
# measure ends or starts, told in the clause after it.
WHEN_ENDS = re.compile(
    r"^\s*,?\s*when\s+(?P<subject>(?:[\w'’%-]+\s+){1,10}?)(?P<verb>expires?|lapses?"
    r"|runs?\s+out|ends|takes?\s+effect|comes?\s+into\s+(?:force|effect)|kicks?\s+in)\b",
    _I)


def _when_ends(spot: Spot, measure_here: bool) -> Cue | None:
    """What the clause before the time says did not date it; the clause after it does."""
    when = WHEN_ENDS.match(spot.after)
    if when and (measure_here or _has("policy_noun", when.group("subject"))):
        return Cue("expires", f"'when ... {_short(when.group('verb'))}'")
    return None


def _expires(spot: Spot, measure_here: bool) -> Cue | None:
    if spot.prep not in ("", "on", "in", "at", "by", "with", "after"):
        return None
    frame = spot.frame
    after = _ENDS_AFTER.search(frame) if not spot.prep else None
    if after is not None:
        frame = frame[:after.end("verb")]  # "will lapse [after]": the verb ends the frame
    found = _EXPIRES.search(frame) if _may_hold(frame, *_EXPIRES_STEMS) else None
    if not found or not _policy(spot, measure_here, officials=True):
        return None
    return Cue("expires", f"'{_short(found.group())} {spot.prep}'".replace(" '", "'"))


# What a rule does to those it binds, told in a future passive: "travellers will be allowed
# to carry no more than 1,000 ringgit from Oct. 1", "such planes would be barred from
# flying into the bloc from April 2002", "the scheme will be closed to new projects from
# 31 July" (a rule that starts then, whoever lays it).
_RULED = re.compile(r"\s+(?:(?:also|now|then|only|no\s+longer|automatically)\s+)?be\s+"
                    r"(?:(?:also|automatically)\s+)?(?:allowed|permitted|barred|banned"
                    r"|prohibited|forbidden|required|obliged|forced|exempt(?:ed)?|entitled"
                    r"|eligible|enrolled|taxed|closed\s+to|opened\s+to|subject\s+to)\b", _I)


# A pronoun that takes effect or comes into force: the rules or the measure told before
# ("The regulations ... apply to all firms. They take effect on 1 March").
_PRONOUN_IN_FORCE = re.compile(r"\s*(?:It|They|These|Both)\s+(?:will\s+|would\s+|also\s+)?"
                               r"(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)"
                               r"|enters?\s+into\s+force|go(?:es)?\s+into\s+effect)\s*$")


def _takes_effect(spot: Spot, measure_here: bool) -> Cue | None:
    frame = spot.frame
    found = _EFFECT.search(frame) if spot.prep in _EFFECT_PREPS \
        and _may_hold(frame, *_EFFECT_STEMS) else None
    if found and _NEGATED_START.search(frame, 0, found.start()):
        return None  # "the proposed tax would not take effect on 1 October as reported"
    if found and (_policy(spot, measure_here, officials=True)
                  or _PRONOUN_IN_FORCE.match(frame) is not None):
        return Cue("takes-effect", f"'{_short(found.group())} {spot.prep}'".replace(" '", "'"))
    applies = _APPLIES_TO.search(frame) if spot.prep in ("from", "as of", "as from") else None
    if applies and _policy(spot, measure_here, officials=True):
        # "The duty applies to goods entering the United States from August 1"
        return Cue("takes-effect", f"'{_short(applies.group(1))} to ... {spot.prep}'")
    # "tariffs of 25%, effective March 4", "the rules, effective from June 1, require":
    # the preposition itself says the measure takes effect then; not a company's new
    # prices or labour pact ("the company's new labor pact effective June 1")
    if spot.prep.startswith(("effective", "with effect")) and _policy(spot, measure_here,
                                                                      officials=True) \
            and (measure_here or not words().company.search(spot.frame[-60:])):
        return Cue("takes-effect", f"'{spot.prep}'")
    if spot.prep not in _START_PREP:
        return None
    if measure_here and spot.prep == "from" and _MEASURE_PHRASE_END.search(spot.frame[-90:]):
        # "a package which includes a ban on imports of Russian liquefied natural gas from
        # January 2027": the time is the measure's own start
        return Cue("takes-effect", "measure + 'from'")
    if measure_here and spot.prep == "from" and spot.frame.rstrip().endswith(",") \
            and spot.after.lstrip().startswith(","):
        # "rules requiring licences, from 1 September, for exports of chipmaking machines",
        # "an agreement that, from January 1, raises quotas": the start told in an aside
        return Cue("takes-effect", "measure + ', from'")
    if measure_here and spot.prep != "from" and spot.frame.rstrip().endswith(",") \
            and _LONG_MEASURE_PHRASE_END.search(spot.frame.rstrip(" ,")[-160:]):
        # "imposes a ban on imports of refined products made from Russian crude, starting
        # in six months": the phrase after the comma starts the measure just named
        return Cue("takes-effect", f"measure + '{spot.prep}'")
    titled = _headline_future(spot)
    if titled is not None and _policy(spot, measure_here):
        return Cue("takes-effect", f"title '{_short(titled.group())}' + '{spot.prep}'")
    future = _FUTURE.search(spot.frame) or _AGREED_TO.search(spot.frame) \
        or _MUST.search(spot.frame)
    if future and (_policy(spot, measure_here) or _CLASS_DUTY.search(spot.frame)
                   # "firms will be barred from imposing retirement ages from October,
                   # the government said": an official's policy act starting then
                   or _policy(spot, measure_here, officials=True) and _policy_act(spot, future)
                   or _RULED.match(spot.frame, future.end())
                   and (bool(spot.officials) or not _has("company", spot.sentence_text))):
        return Cue("takes-effect", f"'{_short(future.group())}' + '{spot.prep}'")
    done = _DECIDED_FROM.search(spot.frame) if spot.prep in _DONE_FROM_PREPS else None
    if done and (_policy(spot, measure_here) or bool(spot.officials)
                 or _has("official", spot.sentence_text)):
        # "India has cleared two private airlines to fly to Singapore from January", "has
        # banned exports of onions from March 1": a step decided, in force from a day to come
        return Cue("takes-effect", f"'{_short(done.group())}' + '{spot.prep}'")
    # "From Oct. 11, importers will have to pay deposits at customs, the ministry said": a
    # duty that starts on a date, laid by an official body
    # ... or "Large operators must now comply from December 30", the duty told first
    must = words().obligation.search(spot.frame) if spot.fronted or spot.prep in (
        "from", "as of", "as from") else None
    if must and (_policy(spot, measure_here, officials=True)
                 or _lower_word(words().policy_verb, spot.frame[must.end():])):
        return Cue("takes-effect", f"'{_short(must.group())}' + '{spot.prep}'")
    return None


# A step a body has decided, told in the present perfect, that starts on a later day: a
# licence to act ("has cleared two airlines to fly"), or a measure's own verb ("has banned").
_DECIDED_FROM = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|now\s+|already\s+)?(?:(?:cleared|allowed|authori[sz]ed"
    r"|permitted|licensed|given)\s+(?:(?!to\s)[\w'’-]+\s+){1,6}?to\s+[a-z]+"
    r"|(?:banned|lifted|scrapped|imposed|suspended|abolished|raised|cut|reduced|extended"
    r"|removed|introduced|approved)\b)", _I)
_DONE_FROM_PREPS = frozenset({"from", "starting", "as of", "as from", "beginning"})
# A title's future: its subject and "to" with a verb ("China to require export licences
# for gallium from Aug. 1", "US to hit Japan with 25% tariffs from Aug. 1").
_TITLE_TO = re.compile(r"^\s*(?:[\w.'’-]+,?\s+(?:and\s+)?){1,5}?(?P<to>to\s+[a-z]+)\b")


def _headline_future(spot: Spot) -> re.Match[str] | None:
    """The "to" of a title that says what a party will do, before the time."""
    if spot.fronted or spot.start != spot.sentence.start \
            or not is_headline(spot.text, spot.sentence.start):
        return None
    found = _TITLE_TO.match(spot.frame)
    return _TO_VERB.match(spot.frame, found.start("to")) if found is not None else None


_TO_VERB = re.compile(r"to\s+[a-z]+")


def _lasts(spot: Spot, measure_here: bool) -> Cue | None:
    if spot.timex.type != "DURATION" or not _FROM_NOW.match(spot.timex.text):
        return None
    found = _LASTS.search(spot.frame) if spot.prep in _SPAN_PREPS else None
    if found and _policy(spot, measure_here, officials=True):
        return Cue("lasts", f"'{_short(found.group())} {spot.prep}'")
    return None


# A step held off or kept for a span, told as it is taken: the span runs from the day it
# is told ("agreed on Monday to pause the tariffs for 30 days", "put the countermeasures
# on hold for 90 days", "suspended for 90 days the country-specific tariffs"): the verbs
# of `_POSTPONED` ("delayed", "extended", "put off") and these.
_HELD_OFF = re.compile(r"\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?"
                       r"|renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|on\s+hold"
                       r"|(?:hold|holds|holding|held)\s+off|stop(?:s|ped|ping)?)\b", _I)


def _paused(frame: str) -> re.Match[str] | None:
    return _HELD_OFF.search(frame) or _POSTPONED.search(frame)


def _paused_for(spot: Spot, measure_here: bool) -> Cue | None:
    """The day the extract stage counts the span from is the statement's ("on Monday"),
    else the publication day, or the day after it ("for six months from Oct. 1"); a span
    told of an older or vaguer time gives none."""
    if spot.timex.type != "DURATION" or spot.prep != "for" or not measure_here:
        return None
    found = _paused(spot.frame)
    if found is None or _HYPOTHESIS.search(spot.clause) or _NEGATED.search(spot.frame):
        return None
    return Cue("paused-for", f"'{_short(found.group())} ... for'")


# A measure laid for a span as it is told: "India on Monday imposed a temporary 12%
# safeguard duty on some steel for 200 days" (not "has imposed duties for 20 years": a
# history).
_LAID_FOR = re.compile(r"\b(?:impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|levy|levies|levied"
                       r"|levying|exempt(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|banned|banning"
                       # ("will ban exports", not "the ban on beef lasts": a noun)
                       r"|(?:will|would|shall|to)\s+(?:also\s+|temporarily\s+)?ban"
                       r"|prohibit(?:s|ed|ing)?)\b", _I)
# ("will exempt garment exporters from corporate tax for three years": a tax break's span)
_LAID_BEFORE = re.compile(r"\b(?:has|have|had|been)\s+(?:\w+\s+)?$", _I)
# A verb between the laying and the span, whose span it is ("introduce legislation giving
# the president authority to waive the penalties for up to a year").
# (not a word of the measure's name or size: "anti-dumping duties", "duties totalling 47%")
_ANOTHER_VERB = re.compile(r"\b(?<!-)(?:to\s+[a-z]+|(?!(?:totall?ing|amounting|averaging|ranging"
                           r"|covering|countervailing)\b)[a-z]{3,}ing)\b(?<!\bduring)"
                           r"(?<!\bincluding)")


def _laid_for(spot: Spot, measure_here: bool) -> Cue | None:
    """The span a measure is laid for, from the day told (as `_paused_for`)."""
    if spot.timex.type != "DURATION" or spot.prep != "for" or not measure_here:
        return None
    found = _LAID_FOR.search(spot.frame)
    if found is None or _LAID_BEFORE.search(spot.frame, 0, found.start()) \
            or _ANOTHER_VERB.search(spot.frame, found.end()) \
            or _HYPOTHESIS.search(spot.clause) or _NEGATED.search(spot.frame):
        return None
    return Cue("laid-for", f"'{_short(found.group())} ... for'")


# A measure that runs for a span from now: "His order runs for 30 days", "The order is valid
# for 60 days" ("The duties apply for six months": a plural subject's own "apply", not "can
# apply for").
_RUNS = re.compile(r"\b(?:runs|lasts|applies|(?<=s\s|,\s)apply|will\s+(?:run|last|apply)"
                   r"|is\s+to\s+(?:run|last)|(?:is|are|remains|remain|will\s+be|will\s+remain)"
                   r"\s+valid|(?:will|would|are\s+to|is\s+to)\s+(?:stay|remain)\s+in\s+(?:place"
                   r"|force|effect))\s*$", _I)


# A measure taken away step by step over a span, gone at its end: "Seoul's 40 percent
# tariff on American beef will be phased out over 15 years".
_PHASED_OUT = re.compile(r"\b(?:phas(?:e|es|ed|ing)\s+out|eliminat(?:e|es|ed|ing)"
                         r"|cut\s+to\s+zero|abolish(?:es|ed|ing)?)\s*$", _I)


def _phased_over(spot: Spot) -> re.Match[str] | None:
    """The verb of phasing out right before a span "over" which it runs, if any."""
    over = spot.prep == "over" or spot.timex.text.lower().startswith("over ")
    return _PHASED_OUT.search(spot.frame) if over and spot.timex.type == "DURATION" else None


def _phased_out(spot: Spot, measure_here: bool) -> Cue | None:
    """The end of a span a measure is phased out over, counted from the day told."""
    found = _phased_over(spot) if measure_here else None
    if found is None or _HYPOTHESIS.search(spot.clause) \
            or _FUTURE.search(spot.frame) is None:
        return None  # (not "were eliminated over five years": a span gone by)
    return Cue("phased-out", f"'{_short(found.group())} over'")


def _runs_for(spot: Spot, measure_here: bool) -> Cue | None:
    """The span a measure told in the present runs, from the day told (as `_paused_for`);
    "for" may go unsaid ("The suspension lasts 90 days from Wednesday")."""
    if spot.timex.type != "DURATION" or not (spot.prep in ("for", "")
                                              or spot.prep == "in" and spot.anchored):
        return None  # (anchored: "lasts 90 days from Wednesday", read as "in")
    found = _RUNS.search(spot.frame)
    if found is None or _HYPOTHESIS.search(spot.clause) \
            or not (_policy(spot, measure_here) or _runs_subject(spot, found.start())):
        return None
    return Cue("runs-for", f"'{_short(found.group())} for'")


# What runs for a span, named before the clause of its verb or as its subject: a policy
# thing ("The waiver, which lasts one year"; "The duties, which took effect on Friday and
# will last for 120 days"), or an order ("His order runs for 30 days").
_RUNS_SUBJECT = re.compile(r"\b(?:orders?|quarantine|curfew|state\s+of\s+emergency)\b", _I)
_SUBJECT_REACH = 60  # characters before the verb of the run to the thing that runs


def _runs_subject(spot: Spot, verb_at: int) -> bool:
    if spot.skip is not None or spot.fronted:
        return False
    verb_start = spot.start + verb_at
    before = spot.text[max(spot.sentence.start, verb_start - _SUBJECT_REACH):verb_start]
    return words().policy_noun.search(before) is not None \
        or _RUNS_SUBJECT.search(before) is not None


# A time that needs no preposition: "will issue the rules next year".
_DEICTIC = re.compile(r"(?:next|this|later\s+this|early\s+next|late\s+next)\s+(?:year|month"
                      rf"|week|quarter|spring|summer|autumn|fall|winter|{WEEKDAY}|{MONTH})$"
                      r"|tomorrow$", _I)


def _deictic(spot: Spot) -> bool:
    return not spot.prep and _DEICTIC.match(spot.timex.text) is not None


# A figure's course, expected: a forecast, whatever the figure ("the deficit").
_TREND = re.compile(r"\bto\s+(?:continue\s+to\s+|keep\s+)?(?:widen|narrow|grow|shrink|rise|fall"
                    r"|climb|drop|decline|increase|decrease|improve|worsen|recover|slow"
                    r"|accelerate|widening|narrowing|growing|rising|falling)\b", _I)


_EXPECTER_REACH = 60  # characters before "expects" where the company that expects stands


def _expected(spot: Spot, measure_here: bool) -> Cue | None:
    if spot.prep not in _BY_PREPS and not (measure_here and _deictic(spot)) \
            and not _over_the_next(spot):
        # before the search: most times have no such preposition ("is expected to add
        # names to its sanctions list next week", of a measure, needs none)
        return None
    found = _last(words().expect, spot.frame)
    if found and not measure_here and _TREND.search(spot.frame, found.end()):
        return None  # "We expect the deficit to continue to widen in 2005": a forecast
    near = spot.frame[max(0, found.start() - _EXPECTER_REACH):found.start()] if found else ""
    if found and _has("company", near) and not _has("policy_noun", near) \
            and not _has("policy_noun", spot.frame[found.end():]):
        return None  # "Mining group Kestrel Copper expects to begin shipping concentrate in
        # the first half of 2018": a company's own plan (5.1)
    # (as for an intent: a policy word, or an official in the sentence and a policy verb in
    # the clause: "lawmakers are expected to approve the package by the end of October")
    if found and not _interrupted(spot, found.end()) and \
            _soft_ok(spot, measure_here, strict=False):
        return Cue("expected", f"'{found.group().lower()}' + '{spot.prep}'")
    return None


def _over_the_next(spot: Spot) -> bool:
    """ "over the next six months", "during the coming year": a span from now, whose end
    an expected or intended step is due by (5.3)."""
    return spot.prep in ("over", "during", "throughout") and spot.timex.type == "DURATION" \
        and _FROM_NOW.match(spot.timex.text) is not None


def _target(spot: Spot, measure_here: bool) -> Cue | None:
    bare = spot.prep not in _BY_PREPS and not _over_the_next(spot)
    if bare and not _deictic(spot):
        return None
    found = _last(words().intent, spot.frame) or _last(_AGREED_THEN, spot.frame)
    if bare and (found is None or not _ONE_OFF_STEP.match(spot.frame, found.end())):
        return None  # "aims to sign it early next year": a step done once, then (not "agreed
        # to cut the amount of cod next year": the year the quota is for)
    if found and _has("company", spot.frame[:found.start()]) \
            and not _has("policy_noun", spot.frame[found.end():]):
        return None  # "The carmaker plans to open its plant in March 2020 to avoid the new
        # duties": a company's plan, whatever measure it answers (5.1)
    if found and not spot.frame[found.end():].strip() and _VOWED_FORM.search(found.group()) \
            and _TO_A_VERB_AFTER.match(spot.after):
        return None  # "Polish fishermen vowed on Wednesday to defy a ban": the day of the vow
    if found and not _interrupted(spot, found.end()) and \
            _soft_ok(spot, measure_here, strict=False, told=_told_in(spot, found.start())):
        return Cue("target", f"'{_short(found.group().lower())}' + '{spot.prep}'")
    return None


# A step done once, that a bare time after it ("this month", "early next year") dates.
_ONE_OFF_STEP = re.compile(r"\s+to\s+(?:sign|send|finish|complete|conclude|submit|publish"
                           r"|present|ratify|approve|adopt|table|finali[sz]e|seal)\b", _I)
# A past form of an intent's verb, and "to" with a verb after a time: "vowed [on Wednesday]
# to defy".
_VOWED_FORM = re.compile(r"ed$|\b(?:sought|meant|undertook|swore)$", re.I)
_TO_A_VERB_AFTER = re.compile(r"\s+to\s+[a-z]")


# The day a commitment was made, between its verb and "to" (the labels drop it too).
PLEDGE_DAY = r"(?:in|on|last|earlier\s+this)\s+[A-Za-z]+(?:\s+\d{1,4})?"
# A commitment with the day it was made between its verb and "to": "agreed in February to
# scrap limits ... by the end of the year".
_AGREED_THEN = re.compile(r"\b(?:agreed|pledged|promised|undertook|committed\s+itself)\s+"
                          rf"{PLEDGE_DAY}\s+to\b")


def _told_in(spot: Spot, cue_start: int) -> str:
    """The words whose tense dates the cue's clause: from the relative clause that holds
    the cue ("work had already begun on a 16th package [that the bloc hopes to adopt] by
    Feb. 24": the main clause's past does not date the hope), else the whole frame."""
    relative = None if spot.fronted else _last(_RELATIVE_OPENING, spot.frame[:cue_start])
    return spot.frame[relative.start():] if relative is not None else spot.frame


_RELATIVE_OPENING = re.compile(r"\b(?:that|which)\s+(?=(?:the|its|their|[A-Z])\w*)")


def _scheduled(spot: Spot, measure_here: bool) -> Cue | None:
    faces = _FACES.search(spot.frame) if not spot.prep and spot.timex.type != "DURATION" \
        else None
    if faces and (measure_here or words().policy_noun.search(faces.group())):
        return Cue("scheduled", "'faces' + measure")
    # ("will investigate 2,000 employers over the next 12 months": a step done in a span
    # counted from now ends with it)
    over = spot.prep == "over" and measure_here and _FROM_NOW.match(spot.timex.text) is not None
    future = _last(_FUTURE, spot.frame) if spot.prep in _BY_PREPS or _deictic(spot) or over \
        else None
    if future and not _interrupted(spot, future.end()) and \
            _soft_ok(spot, measure_here, strict=False) and (
                _policy_act(spot, future) or measure_here and _policy_object(spot, future)
                and not _LEVEL_BY.search(spot.frame)  # (a level reached: `_level_by`'s)
                or _body_output(spot)):  # "the inspectors would report within 60 days"
        return Cue("scheduled", f"'{_short(future.group())}' + '{spot.prep}'")
    due = _OUTPUT_DUE.search(spot.frame) if future is None and spot.prep in _BY_PREPS else None
    if due is not None and _soft_ok(spot, measure_here, strict=False):
        # "said a decision could come by the end of the month": a body's output due then
        return Cue("expected", f"'{_short(due.group().split()[-1].lower())}' + '{spot.prep}'")
    return None


# Prepositions that date a step a state or a public body says it will take.
_STEP_PREPS = frozenset({"by", "before", "no later than", "not later than", "ahead of",
                         "within", "inside", "in", "on"}) | _START_PREP
# What may stand between the one who acts and the "will" of its step: nothing, or a
# reporting verb and the pronoun or possessive that takes the subject up ("the ministry
# said it would", "the agency said its inspectors would"); not a noun phrase the body only
# qualifies ("China's oil imports will be 110m tons": a forecast).
# (or the body's short form: "the Department of Agriculture (DA) would")
_SUBJECT_GAP = re.compile(r"(?:\)(?!,)|\s*\([A-Z][\w&-]{1,9}\)(?!,))?"
                          r"(?:,?\s+(?:has\s+|had\s+)?(?:said|says|announced|confirmed|added"
                          r"|stated|told\s+\w+)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they"
                          r"|(?:its|their)(?:\s+[\w-]+){1,3}))?\s*$", _I)
# The place of those who check, between them and "will": "police in 12 towns would begin a
# crackdown", "customs officers at the ports will begin checks" (only before `_ENFORCING`).
_PLACE_GAP = re.compile(r"\s+(?:in|at|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s*$", _I)
# A body named inside a phrase of the subject, not as the subject: "sales of hybrid cars in
# the US are set to double in 2005", "net users in China will exceed ...".
_INSIDE_A_PHRASE = re.compile(r"\b(?:in|from|to|for|with|at|by|on|across|than|among"
                              r"|between|outside|inside)\s+(?:the\s+)?$", _I)
# What a body weighs and must settle, and events a body takes part in, after "will".
_BEFORE_THE_VERB = r"\s+(?:(?:also|then|next|now|again|only|first)\s+)?"
_SETTLING = (r"(?:decide|rule|review|reconsider|consider|assess|examine|study|set\s+out|propose"
             r"|recommend|look\s+(?:at|into)|weigh|evaluate)")
_EVENTS = (r"(?:discuss|debate|monitor|meet|vote|brief|address|attend|hold|host|travel|visit"
           r"|speak|testify)")
# Steps of deliberation whose outcome is not told, and events: "will next review them in
# July", "would propose next week", "will brief reporters on Friday" (5.1: meetings,
# briefings and what a meeting may decide are no deadlines).
_DELIBERATING = re.compile(rf"{_BEFORE_THE_VERB}(?:{_SETTLING}|{_EVENTS})\b", _I)
# What a body weighs and must settle by a time ("would decide within 30 days", "will look at
# the charges again within 12 months", "will rule by Sept. 30"): due then, a policy
# outcome (5.1); told "on" or "in" a day it is that day's meeting or hearing.
# (not a standing time for every case: "will rule on each application within 45 days")
_SETTLED_BY = re.compile(rf"{_BEFORE_THE_VERB}{_SETTLING}\b"
                         r"(?!(?:\s+[\w-]+){0,2}\s+(?:each|every|any|all)\b)", _I)
_DUE_BY_PREPS = frozenset({"by", "before", "no later than", "not later than", "within",
                           "inside"})
# "will be in Paris", "would be there": a state of being, no step.
# (and "will be judged", "would be questioned": the official undergoes it, takes no step)
_BE_ONLY = re.compile(r"\s+(?:also\s+|still\s+)?be\s+(?:in|at|on|there|here|back|home|able"
                      r"|\w+ed|\w+en)\b", _I)


def _official_step(spot: Spot, measure_here: bool) -> Cue | None:
    """A step a state, a public body or an official says it will take at a time (5.1: a
    policy outcome scheduled): "its Spices Board will test all exports to the EU from next
    month", "the ministry said it would inspect the lenders' accounts within two weeks";
    not a meeting or an event, a hypothesis, a forecast, or what others will do."""
    if spot.fronted or spot.skip is not None \
            or (spot.prep not in _STEP_PREPS and not _deictic(spot)):
        return None
    future = _last(_FUTURE, spot.frame)
    if future is None or future.group().lower().startswith("threaten") \
            or _interrupted(spot, future.end()) \
            or _BE_ONLY.match(spot.frame, future.end()) \
            or _DELIBERATING.match(spot.frame, future.end()) and not (
                spot.prep in _DUE_BY_PREPS and _SETTLED_BY.match(spot.frame, future.end())):
        return None
    at = spot.start + future.start()
    # the official named nearest before "will": an actor, or a body's common noun ("the
    # government said it would", "the ministry will")
    named = [found.span() for found in words().official.finditer(
        spot.text, spot.sentence.start, at)] + list(spot.officials)
    subject = max((span for span in named if span[1] <= at), default=None,
                  key=lambda span: span[1])
    enforcing = _ENFORCING.match(spot.frame, future.end()) is not None
    if subject is None or not (_SUBJECT_GAP.fullmatch(spot.text, subject[1], at) or (
            enforcing and _PLACE_GAP.fullmatch(spot.text, subject[1], at))) \
            or _INSIDE_A_PHRASE.search(spot.text, max(spot.sentence.start, subject[0] - 16),
                                       subject[0]):
        return None
    clause = spot.clause
    if (_event(clause, spot, measure_here) and not _body_output(spot) and not enforcing) \
            or _HYPOTHESIS.search(spot.frame) or _PAST_TENSE.search(spot.frame) \
            or words().company.search(spot.text, subject[1], at):
        return None
    return Cue("official-step", f"'{_short(future.group())}' + '{spot.prep or spot.timex.text}'")


# Checks that start on a day: enforcement, not a visit or a meeting ("health inspectors
# would start visiting shops on Monday", "will begin checks on March 1").
_ENFORCING = re.compile(r"\s+(?:start|begin)\s+(?:checking|inspecting|visiting|enforcing|policing"
                        r"|testing|checks|inspections|raids|(?:an?\s+)?(?:[\w-]+\s+)?crackdown)\b",
                        _I)


def _policy_object(spot: Spot, future: re.Match[str]) -> bool:
    """Whether the verb after "will" takes a policy thing the clause's measure names, a few
    words on: "would give 20 billion won in low-interest loans to film producers"."""
    found = words().policy_noun.search(spot.frame, future.end(),
                                       future.end() + _OBJECT_REACH)
    return found is not None


_OBJECT_REACH = 48  # characters after "will" to the policy thing its verb takes


# A level a measure reaches by a time: "raised tariffs on chips to 50% by 2025", "rising to
# C$155bn within 21 days" (a figure with its unit right before the time's preposition).
_LEVEL_BY = re.compile(r"\bto\s+(?:[A-Z]{0,3}[$€£¥])?\d[\d.,]*\s*(?:%|per\s*cent|percent"
                       r"|(?:bn|billion|m|million|trillion|tn)\b(?:\s+(?:dollars|euros|pounds"
                       r"|yuan|yen))?)\s*$", _I)


def _level_by(spot: Spot, measure_here: bool) -> Cue | None:
    """A measure's rate or amount set to reach a figure by a time: the step is due then."""
    coming = _coming_day(spot)
    if not (spot.prep in ("by", "within") or coming) or not measure_here:
        return None
    found = _LEVEL_BY.search(spot.frame)
    if found is None or _HYPOTHESIS.search(spot.frame) \
            or coming and not _FUTURE.search(spot.frame, 0, found.start()):
        return None  # ("raised its tariff to 100% this year": done; "would ...": to come)
    return Cue("scheduled", f"'to {found.group().split()[-1]} {spot.prep}'")


# A measure's rate told in the present as moving to a level on a day, the news' way of
# scheduling it: "The duty on imported cars rises to 15% on 1 April", "Duties rise to 10%
# on 1 May and to 25% on 1 August" (the second level's verb gapped), "falls to 10% in
# January". Not a past move ("rose to"), nor a move by a figure ("rises 2%": a market's).
_FIGURE = (r"(?:[A-Z]{0,3}[$€£¥])?\d[\d.,]*\s*(?:%|per\s*cent|percent|p\b"
           r"|(?:bn|billion|m|million|trillion|tn)\b)(?:\s+(?:an?|per)\s+\w+)?")
_MOVES = r"rises?|falls?|climbs?|drops?|doubles?|go(?:es)?(?:\s+(?:up|down))?"
_LEVEL_ON = re.compile(rf"(?<!\bto\s)\b(?:{_MOVES}|(?:is|are)\s+(?:cut|raised)"
                       r"|(?P<gap>and|then|before\s+rising|before\s+falling))"
                       # ("will go up from £4.10 to £4.25 in October")
                       rf"(?:\s+from\s+{_FIGURE})?\s+to\s+{_FIGURE}\s*,?\s*$", _I)
_LEVEL_VERB = re.compile(rf"\b(?:{_MOVES}|(?:is|are|be)\s+(?:cut|raised))\s+to\s", _I)


# A day or a period named as the coming one, which needs no preposition: "next Tuesday",
# "this year".
_COMING = re.compile(r"(?:next|this|coming)\s+[a-z]+$", _I)


def _coming_day(spot: Spot) -> bool:
    return not spot.prep and _COMING.match(spot.timex.text) is not None


def _level_on(spot: Spot, measure_here: bool) -> Cue | None:
    """A measure's rate moving to a level on a day, told in the present (`_LEVEL_ON`): the
    new rate takes effect then (looked for forward, as "takes effect on")."""
    if not (spot.prep in ("on", "from", "in") or _coming_day(spot)) or not measure_here \
            or spot.timex.type == "DURATION":
        return None
    found = _LEVEL_ON.search(spot.frame)
    if found is None or found.group("gap") and not _LEVEL_VERB.search(spot.frame, 0,
                                                                       found.start()):
        return None  # ("... and to 25% on 1 August" needs the moving verb before it)
    return Cue("takes-effect", f"'{_short(found.group())}' + '{spot.prep}'")


# A measure's step as the subject right before "will": "the rate could rise", "the
# increase will apply".
_STEP_SUBJECT = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:rates?"
                           r"|increases?|rises?|hikes?|cuts?|reductions?)\s*$", _I)
# "will ask Congress to scrap ...": what the legislature is asked to do is the act.
_ASK_LEGISLATURE = re.compile(r"\s+(?:ask|urge|press)\s+(?:the\s+)?(?:"
                              + "|".join(sorted(LEGISLATURES)) + r")\s+to\s", _I)
_NEXT_VERB = re.compile(r"\s+(?:(?:also|then|now|only|not|normally|probably|likely|still"
                        r"|first|finally|eventually)\s+)?"
                        r"(?:be\s+\w+|[\w-]+(?:\s+(?:up|out|off))?)")


# Passives that say what becomes known or is talked of, not a step: "will be known".
_NO_ACT_PARTICIPLES = frozenset({"known", "seen", "shown", "heard", "held", "announced",
                                 "discussed", "debated", "revealed", "published", "released",
                                 "reported", "considered", "examined", "studied", "told"})


# Words after "be" that make no passive: "would be a shortfall", "will be more", "will be
# in place" (the rules that read "be in place" read it themselves).
_NOT_PARTICIPLES = frozenset({"a", "an", "the", "no", "more", "less", "about", "around",
                              "in", "on", "at", "up", "down", "there", "here", "some", "any",
                              "higher", "lower", "worth", "over", "under", "back", "able"})


def _policy_act(spot: Spot, future: re.Match[str]) -> bool:
    """Whether what will happen is a policy act: a policy verb right after "will" ("will
    lift"), a passive ("will be sold"), or a policy thing as the subject ("the levy will
    go"); not what others will do about it ("protesters will test the law")."""
    w = words()
    asked = _ASK_LEGISLATURE.match(spot.frame, future.end())
    verb = _NEXT_VERB.match(spot.frame, asked.end() - 1 if asked else future.end())
    said = verb.group().split() if verb else []
    after_be = said[-1].lower() if said[-2:-1] == ["be"] else None
    if after_be in _NO_ACT_PARTICIPLES:
        return False  # "the outcome of the referendum will be known next month"
    # ("there would be a $348bn shortfall in 2005": no passive)
    passive = after_be is not None and after_be.isalpha() and after_be not in _NOT_PARTICIPLES
    if verb and (passive or w.policy_verb.fullmatch(said[-1])
                 or w.policy_verb.fullmatch(" ".join(said))):
        return True
    if verb and (_PUBLISHING.fullmatch(said[-1]) or _PUBLISHING.fullmatch(" ".join(said))) \
            and _OUTPUT.match(spot.frame, verb.end()):
        return True  # "the agency would publish further guidance on memory chips by ..."
    if _officials_plans(spot):
        return True  # "Patients will wait no longer than 18 weeks by 2008 under plans ..."
    # (a policy word in lower case, or opening the clause: not the "Budget" of "Congressional
    # Budget Office forecasts said there would be ...")
    return _lower_word(w.policy_noun, spot.frame[:future.start()]) \
        or _STEP_SUBJECT.search(spot.frame, 0, future.start()) is not None


# A body's written output put out by a time: what it must make known is the step.
_PUBLISHING = re.compile(r"publish|issue|release|deliver|submit|present|unveil|send|give"
                         r"|set\s+out|lay\s+out|draw\s+up", _I)
# A decision announced or made is an output due only by a time ("would announce a
# preliminary decision within 45 days"); "expects to announce its decision in the autumn"
# says when it may come.
_DECIDING = re.compile(r"announce|make|hand\s+down", _I)
_OUTPUT = re.compile(r"\s+(?:(?:its|their|the|a|an|further|new|final|draft|complete|full"
                     r"|detailed|updated|interim|formal|issues|preliminary|initial|revised)\s+)"
                     r"{0,3}(?:guidance|guidelines|rules|regulations|findings|report|ruling"
                     r"|recommendations|proposals|list|decision|verdict|legislation|bill"
                     r"|statement|assessment|opinion|conclusions|results|response|package"
                     r"|framework|details)\b", _I)
# A body's output as the subject, due: "A decision by the commission is expected by Sept.
# 30", "said a decision could come by the end of the month".
_OUTPUT_DUE = re.compile(r"\b(?:decisions?|rulings?|verdict|report|findings|recommendations?"
                         r"|judg(?:e)?ment|assessment|opinion)\b[^,;]{0,60}?\b(?:(?:is|are)\s+"
                         r"(?:expected|due|likely)|(?:could|will|would|should|may)\s+come)\s*$",
                         _I)
# A body that will report, its findings the output: "the inspectors would report within 60
# days", "and report to Parliament before the summer recess".
_REPORTS = re.compile(r"\b(?:will|would|to|and|must|should)\s+(?:then\s+)?report"
                      r"(?:\s+(?:back|to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))?\s*$")


def _body_output(spot: Spot) -> bool:
    """Whether the frame tells a body's written output put out ("is expected to issue a
    final ruling", "is due to deliver its final report"), with an official body in the
    sentence: a policy outcome, not an event."""
    put_out = _output_put_out(spot, _PUBLISHING) \
        or spot.prep in _DUE_BY_PREPS and _output_put_out(spot, _DECIDING) \
        or _OUTPUT_DUE.search(spot.frame) is not None \
        or spot.prep in _DUE_BY_PREPS and _REPORTS.search(spot.frame) is not None
    return put_out and (_has("official", spot.sentence_text) or bool(spot.officials))


def _output_put_out(spot: Spot, verbs: re.Pattern[str]) -> bool:
    """Whether one of `verbs` puts out a body's output in the frame, not a company's own
    ("the company said it would make a decision on the plant within 30 days")."""
    found = verbs.search(spot.frame)
    return found is not None and _OUTPUT.match(spot.frame, found.end()) is not None \
        and not _companys_own(spot.frame, found.start())


def _companys_own(frame: str, end: int | None = None) -> bool:
    """Whether the frame names a company (before `end`, if given) and no official body
    opens before it: what it tells is the company's own plan."""
    w = words()
    company = w.company.search(frame, 0, len(frame) if end is None else end)
    if company is None:
        return False
    official = w.official.search(frame)
    return official is None or official.start() > company.start()


# What the future is told under: "by 2008 under plans unveiled by the government".
_UNDER_PLANS = re.compile(r"\s*,?\s*under\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:plans?|proposals?"
                          r"|rules|legislation|reforms?|law|scheme|targets?)\b", _I)


def _officials_plans(spot: Spot) -> bool:
    """Whether the time is told under an official body's plans: "by 2008 under plans
    unveiled by the government" (not "under its plans" of a firm)."""
    under = _UNDER_PLANS.match(spot.after)
    return under is not None and words().official.search(
        spot.after, 0, under.end() + _PLANS_OWNER_REACH) is not None


_PLANS_OWNER_REACH = 40  # characters after "plans" to the body whose they are


# A step barred after a day, which is the last it may be taken on: "treated seed may not
# be sown after 30 April", "airlines could not add such aircraft after May 1".
_BARRED_AFTER = re.compile(r"\b(?:(?:may|can|could|must|will|would|shall)\s+(?:not|no\s+longer"
                           r"|never)|cannot|can't|won't|(?:is|are|be)\s+(?:banned|barred"
                           r"|prohibited|forbidden)\s+from)\b[^,;]{0,80}?\bafter\s*$", _I)


def _barred_after(spot: Spot, measure_here: bool) -> Cue | None:
    if spot.prep or spot.timex.type != "DATE" or spot.fronted:
        return None
    found = _BARRED_AFTER.search(spot.frame) if _may_hold(spot.frame, "after") else None
    if found is None or _HYPOTHESIS.search(spot.frame) \
            or not _policy(spot, measure_here, officials=True):
        return None
    return Cue("obligation", f"'{_short(found.group().split()[0])} ... not after'")


# A window a public scheme or rule-making holds open, closing or opening on a day:
# "Applications for the higher advances close on August 31", "subject to a consultation
# that closes on 26 August", "Applications open on September 1".
_WINDOW = re.compile(r"\b(?P<noun>applications?|consultations?|registrations?|bids|bidding"
                     r"|tenders?|submissions|nominations|enrol(?:l)?ments?|comment\s+period"
                     r"|public\s+comments?|comments)\b(?:\s+(?!(?:was|were|had|has)\b)[\w'’,-]+)"
                     r"{0,8}?\s+(?:(?:will|would|is\s+due\s+to|are\s+due\s+to)\s+)?"
                     r"(?P<verb>closes?|opens?|ends?|shuts?)\s*$", _I)
# Windows only a public body holds: a consultation or a call for comments.
_PUBLIC_WINDOWS = ("consultation", "comment")


def _window(spot: Spot, measure_here: bool) -> Cue | None:
    if spot.prep not in ("on", "at", "by", "") or spot.fronted or spot.timex.type != "DATE":
        return None
    before = spot.text[spot.sentence.start:spot.lead_start]
    found = _WINDOW.search(before) if _may_hold(before.lower(), "clos", "open", "end",
                                                "shut") else None
    if found is None or _HYPOTHESIS.search(before):
        return None
    public = found.group("noun").lower().startswith(_PUBLIC_WINDOWS)
    if not (public or _policy(spot, measure_here, officials=True)
            or _policy_told_before(spot)):
        return None  # "Applications for the 500 jobs close on Friday": a firm's hiring
    return Cue("window", f"'{_short(found.group('noun').lower())} {found.group('verb').lower()}"
                         f" {spot.prep}'".replace(" '", "'"))


# A timetable of steps a sentence lays out: "gave finance companies a two-step timetable:
# ... by the end of June, then ... by 31 December", "will phase in its ban in two stages
# (phones from 1 January, all other devices from 1 July)".
_TIMETABLE = re.compile(r"\b(?:timetable|time-table|schedule|cut-?off\s+dates|deadlines"
                        r"|(?:two|three|four|several)[ -](?:step|stage|phase)|(?:in|over)\s+"
                        r"(?:two|three|four|several)\s+(?:stages|steps|phases)|phased?\s+in)\b",
                        _I)
_TIMETABLE_PREPS = ("by", "from", "on", "until", "")


def _timetable(spot: Spot, measure_here: bool) -> Cue | None:
    if spot.prep not in _TIMETABLE_PREPS or spot.timex.type != "DATE" \
            or not spot.prep and not spot.text.startswith(":", spot.timex.end) \
            or not _may_hold(spot.sentence_text.lower(), "timetable", "schedule", "cut",
                             "deadlines", "step", "stage", "phase"):
        return None
    found = _TIMETABLE.search(spot.sentence_text)
    if found is None or _HYPOTHESIS.search(spot.sentence_text) \
            or _PAST_TENSE.search(spot.clause) \
            or not (_policy(spot, measure_here, officials=True) or _policy_told_before(spot)
                    or any(start < spot.sentence.start + found.start()
                           for start, _ in spot.officials)):
        return None  # (a public body lays it out: "The Bank of Thailand gave ... a two-step
        # timetable"; not "the company's production schedule")
    return Cue("timetable", f"'{_short(found.group().lower())}' + '{spot.prep}'".replace(
        " + ''", ""))


def _policy_told_before(spot: Spot) -> bool:
    """Whether the sentence before the time's names a policy thing or an official body."""
    start = spot.text.rfind(". ", 0, spot.sentence.start - 1)
    before = spot.text[max(start + 1, spot.sentence.start - _TOLD_BEFORE_REACH):
                       spot.sentence.start]
    return _has("policy_noun", before) or _has("official", before)


_TOLD_BEFORE_REACH = 400  # characters back to the sentence before


RULES: tuple[Callable[[Spot, bool], Cue | None], ...] = (
    _due, _obligation, _barred_after, _until, _expires, _takes_effect, _lasts, _paused_for,
    _laid_for, _runs_for, _phased_out, _expected, _target, _scheduled, _level_by, _level_on,
    _official_step, _when_ends, _window, _timetable)
STRONG_RULES = (_due, _obligation, _until, _expires, _takes_effect, _when_ends)


def find_cue(spot: Spot, measure_here: bool, strong_only: bool = False) -> Cue | None:
    """The first rule that says this time is a deadline; None when none does.

    `measure_here`: a measure was found in the time's sentence (the policy thing the soft
    rules need). `strong_only`: only the rules whose words alone say something is due
    (a measure referred back to from the sentence before).
    """
    if _refused(spot):
        return None
    for rule in STRONG_RULES if strong_only else RULES:
        cue = rule(spot, measure_here)
        if cue is not None:
            return cue
    return None


# A measure that took effect, told right before its day: "duties of 84%, which took effect
# on Thursday", "The measures, which took effect Monday".
_TOOK_EFFECT = re.compile(r"\b(?:took|came|went|entered|kicked)\s+(?:effect|into\s+(?:force"
                          r"|effect)|in)\s*$", _I)


def took_effect_today(spot: Spot, published: date | None) -> Cue | None:
    """A measure that took effect on the day of publication: due that day (5.1: a date on
    or after `published`), though told in the past tense the other rules refuse."""
    timex = spot.timex
    if published is None or timex.type != "DATE" or timex.value != published.isoformat() \
            or spot.prep not in ("", "on") or spot.fronted:
        return None
    found = _TOOK_EFFECT.search(spot.frame)
    return Cue("takes-effect", f"'{_short(found.group())}' + the day") if found else None


# A day set once and since replaced, right before its time: "originally due to begin in".
_SUPERSEDED = re.compile(r"\b(?:originally|initially|previously)\s+(?:been\s+)?(?:due|scheduled"
                         r"|set|planned|slated|meant|supposed)\b[^,;.]{0,30}$"
                         # "when the original 90-day moratorium ends": since extended
                         r"|\bthe\s+(?:original|initial|old)\s+(?:[\w-]+\s+){0,2}?(?:moratorium|ban"
                         r"|deadline|suspension|waiver|truce|pause|exemption)\s+(?:ends|expires"
                         r"|lapses|runs\s+out)\s*$", _I)
# What will not happen, right before its time: "(instead of) ending (this year)".
_INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:being\s+)?[a-z]+\s*$", _I)


def _refused(spot: Spot) -> bool:
    """Never a deadline: a vague time, a span with no anchor, a past frame."""
    timex = spot.timex
    if timex.type not in ("DATE", "TIME", "DURATION") or "X" in timex.value \
            or timex.value.endswith("_REF"):
        return True
    if _DENIED_REPORT.search(spot.frame):
        return True  # "denied reports that petrol subsidies would end in July": no step
    if _DEADLINE_AFTER.match(spot.after) and _DEADLINE_GONE.search(spot.frame):
        return True  # "missed the January 31 deadline", "dropped the Jan. 1 deadline": a
        # day that no longer binds (a new one, if any, is told apart)
    if timex.type == "DURATION" and _phased_over(spot):
        return False  # "will be phased out over 15 years": gone at the span's end
    if timex.type == "DURATION" and not (spot.prep in ("within", "inside", "in", "over", "for",
                                                       "during", "throughout",
                                                       # "a ban ..., starting in six months"
                                                       "starting in", "beginning in")
                                         or _HAS_UNTIL.search(spot.frame)
                                         or (not spot.prep and (_HAS_SPAN.search(spot.frame)
                                                                or _ENDS_AFTER.search(spot.frame)
                                                                or _SECOND_SPAN.search(spot.frame)
                                                                or _RUNS.search(spot.frame)
                                                                or _GRANTED_SPAN.search(
                                                                    spot.frame)))):
        return True
    if timex.type == "DURATION" and spot.prep in ("for", "during", "throughout", "over") and \
            not _FROM_NOW.match(timex.text) and not (
                spot.prep == "for" and (_paused(spot.frame) or _RUNS.search(spot.frame)
                                        or _LAID_FOR.search(spot.frame))):
        return True  # "for 90 days": counted from an unknown start
    if timex.type == "DURATION" and spot.prep == "for" and _RUNS.search(spot.frame) \
            and _LATER_START.search(spot.text, spot.sentence.start, spot.timex.start):
        return True  # "would take effect 60 days after the bill became law and would stay in
        # force for three years": counted from a start the text does not date
    if timex.type == "DURATION" and not spot.anchored and _OTHER_ANCHOR.match(spot.after):
        return True  # "within 30 days of the ruling": counted from another day
    if _BARE_WEEKDAY.match(timex.text) \
            and _PAST_HINT.search(_PARTICIPLE_ASIDE.sub(" ", spot.frame)):
        return True  # "completed its offer by the Tuesday deadline": last Tuesday (but not
        # a past aside before the clause's own verb: "The decree, signed by the president
        # on Dec. 1, takes effect from Saturday")
    owner = _OWNED_BY_THE_DAY.match(spot.after)
    if owner is not None and words().event.search(owner.group()):
        return True  # "wait until May's annual general meeting": the day of a meeting (5.1)
    if _OUT_OF_POVERTY.search(spot.frame):
        return True  # "could lift 30 million people out of poverty by 2035": a forecast of
        # welfare, no measure lifted
    if timex.type == "DATE" and _SAID_ON.search(spot.text, max(spot.sentence.start,
                                                               timex.start - 40), timex.start):
        return True  # "the Ministry said on Tuesday": the day of the statement
    if _SUPERSEDED.search(spot.frame):
        return True  # "Sales, originally due to begin in 2026, would be pushed back to
        # February 2027": a day no longer meant (the new one is told apart)
    if _INSTEAD_OF.search(spot.frame):
        return True  # "will continue until 2016, instead of ending this year": the time of
        # what will not happen
    if _WOULD_HAVE.search(spot.frame):
        return True  # "a tariff that would have hit UK-built models sold from 1 January":
        # what would have happened, had the step not been taken
    if spot.prep in ("on", "from", "in", "at") and _NEGATED_VERB.search(spot.frame):
        return True  # "the tax would not take effect on 1 October as reported": no start
        # then (but "will not take effect until": the start, `_until`'s)
    past = _PAST_FRAME.search(spot.frame)
    if past is not None and _REPORTED_HAD_TO.search(spot.frame, 0, past.end()):
        past = None  # "Vestager said the company had to respond within three months"
    return bool(past or _SAID_AFTER.match(spot.after))


# Talks brought to an end: an outcome, not a meeting ("aim to conclude talks on a broader
# agreement within 30 days").
_CONCLUDED = re.compile(r"\b(?:conclude|complete|finali[sz]e|finish|seal|wrap\s+up)\s+"
                        r"(?:the\s+|their\s+)?"
                        r"(?:talks|negotiations)\b", _I)


# Making a measure known is the measure's step when it is due by a time ("is expected to
# announce its own export restrictions by the end of March"); with "on" it is an event.
_ANNOUNCING = re.compile(r"announces?|unveils?|publish(?:es)?|releases?|launch(?:es)?", _I)


def _event(clause: str, spot: Spot, measure_here: bool) -> bool:
    """Whether the clause tells of a meeting, a vote, a speech or the like (not in a phrase
    that only says what the day is: "by February 24, the anniversary of the invasion")."""
    event = words().event
    said_of_day = _DAY_APPOSITION.match(spot.after)
    if said_of_day is not None:
        clause = clause.replace(said_of_day.group(), " ")
    if measure_here and spot.prep in _STRONG_PREPS:
        return not all(_ANNOUNCING.fullmatch(found.group()) for found in event.finditer(clause))
    return event.search(clause) is not None


# A phrase set off after a date that says what the day is.
_DAY_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:anniversary|day|eve"
                             r"|date|start|end|opening)\b[^,.;]*", _I)


def _soft_ok(spot: Spot, measure_here: bool, strict: bool, told: str | None = None) -> bool:
    """Whether an expected or intended date is a policy outcome (not a meeting, a
    hypothesis, a market forecast or a company's plan); `told`: the words whose tense
    counts (the frame unless said)."""
    clause, sentence = spot.clause, spot.sentence_text
    w = words()
    output = _body_output(spot)
    told = spot.frame if told is None else told
    if (_event(clause, spot, measure_here) and not _CONCLUDED.search(clause) and not output) \
            or _HYPOTHESIS.search(spot.frame) or _PAST_TENSE.search(told):
        return False
    policy = measure_here or bool(w.policy_noun.search(clause)) or _officials_plans(spot) \
        or output or _policy_subject_before(spot) or _settles_a_dispute(clause)
    if not policy and _lower_word(w.market, spot.frame):
        return False
    if not policy and _companys_own(spot.frame) and not _PASSIVE.search(spot.frame):
        return False  # a company's plan; not "the government would sell the firms'"
    if policy:
        return True
    return not strict and bool(w.official.search(sentence)) and bool(
        w.policy_verb.search(clause))


# A clause with no subject of its own, its verb joined to the clause before: "(the ban
# would be kept for three years,) and would also cover maize seed from 2005".
_NO_SUBJECT = re.compile(r"\s*(?:and\s+)?(?:will|would|shall|must|could|may|is|are|was|were"
                         r"|has|have)\b")


_JOINED_BY_AND = re.compile(r",?\s*\band\s*$")


def _policy_subject_before(spot: Spot) -> bool:
    """Whether a clause with no subject of its own shares a policy thing named before it:
    "said the probe would cover fresh pork, and would normally be concluded by ..." """
    if spot.fronted or _NO_SUBJECT.match(spot.frame) is None:
        return False
    before = spot.text[spot.sentence.start:spot.start]
    # (joined by "and"; not a relative clause's: "The deal, which requires approval, is
    # expected to be completed by April" is the firms' deal, whatever its noun)
    return _JOINED_BY_AND.search(before) is not None and _has("policy_noun", before)


def _policy(spot: Spot, measure_here: bool, officials: bool = False) -> bool:
    """A measure in the sentence, a policy word in the clause, or (with `officials`) an
    official body in the sentence: not a company's offer or contract."""
    if measure_here or _has("policy_noun", spot.clause):
        return True
    if _settles_a_dispute(spot.clause):
        return True  # "hope to resolve the row over aircraft subsidies by June"
    if _policy_subject_before(spot):
        return True
    if not officials:
        return False
    return _has("policy_noun", spot.sentence_text) or (
        _has("official", spot.sentence_text) and not _has("event", spot.clause))


# A dispute between parties brought to an end: a policy outcome, due when a time is given
# ("aim to settle the dispute within 60 days", "hope to resolve the row by June").
_SETTLED = re.compile(r"\b(?:settle|settles|settled|settling|resolve|resolves|resolved"
                      r"|resolving|end|ends|ending)\s+(?:the|their|its|a|this|that)\s+"
                      r"(?:(?!(?:pay|wage|wages|labour|labor|industrial|contract|legal|patent"
                      r"|boardroom|takeover|family|custody)\b)[\w-]+\s+){0,2}"
                      r"(?:dispute|disputes|row|fight|conflict|standoff|spat|quarrel|impasse)\b",
                      re.I)
# (not a firm's quarrel with its staff or rivals: "settle its pay dispute with unions")


def _settles_a_dispute(clause: str) -> bool:
    return _may_hold(clause, "settl", "resol", "end") and _SETTLED.search(clause) is not None


@lru_cache(maxsize=2048)
def _has(kind: str, text: str) -> bool:
    """Whether `text` holds a word of the list `kind` (the rules ask the same of one
    sentence many times)."""
    pattern: re.Pattern[str] = getattr(words(), kind)
    return pattern.search(text) is not None


def _may_hold(text: str, *parts: str) -> bool:
    """Whether `text` may hold one of `parts` (ASCII, lower case): when it cannot, a
    case-insensitive regex that needs one cannot match, and its search (tried at every
    character) is skipped. Text that is not ASCII always may: under re.IGNORECASE a few
    other letters match ASCII ones ("ſ" matches "s")."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(part in lowered for part in parts)


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`: the cue word nearest the time."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the loop keeps the last)
        pass
    return found


def _interrupted(spot: Spot, cue_end: int) -> bool:
    """Whether words between the cue word (ending at `cue_end` in spot.frame) and the
    time show the time belongs to another verb."""
    return not spot.fronted and bool(_INTERRUPTION.search(spot.frame, cue_end))


def _lower_word(pattern: re.Pattern[str], text: str) -> bool:
    """A listed word written in lower case (or opening the text): "investment", but not
    the name "Investment Ministry"."""
    return any(found.start() == 0 or found.group()[0].islower()
               for found in pattern.finditer(text))


def _short(phrase: str) -> str:
    return " ".join(phrase.split()[-4:]).lower()


def _tail(text: str, count: int) -> str:
    tail = " ".join(text.split()[-count:])
    return tail + " " if tail else ""
