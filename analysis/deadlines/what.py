"""What is due, as a clause that reads on its own in a countdown or a calendar.

"Freedonia must sell its stake in Acme", "US tariffs on Chinese goods kept until then",
"the ban on hunting with dogs comes into effect". Built from the time's clause with the
time phrase taken out: its subject (borrowed from the sentence or the linked measure when
the clause has none, or only a pronoun), its verb and its object, trimmed at a clause
boundary. For "until" and "expires", the linked measure named in the clause gives the
phrase ("US tariffs on Chinese goods") and the action its verb ("kept").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..measures.lexicon import lexicon, norm_key
from ..model import Measure
from .clause import Spot
from .link import BACK_REFERENCE, WISHING
from .rules import (
    DECIDED_WHETHER,
    FAILS_BY,
    FROM_DAY,
    NOTHING_BY,
    PLEDGE_DAY,
    WHEN_ENDS,
    Cue,
)
from .words import words as word_lists

_I = re.I
_FINITE = re.compile(  # not inside a hyphenated word: "full-face", "take-off"
    r"\b(?<!-)(?:will|would|must|shall|should|can|could|may|might|is|are|was|were|has|have|had"
    r"|faces?|faced|facing|expects?|expected|hopes?|wants?|aims?|plans?|intends?|needs?"
    r"|seeks?|takes?|comes?|applies|apply|expires?|lapses?|ends|runs?|lasts?|starts?"
    r"|begins?|kicks?|goes|gets?|remains?|stays?|agreed|agrees?|promised|pledged|vowed"
    r"|gave|gives|set|sets|keeps?|kept|ordered|told|requires?|required|approved|decided"
    r"|enters?|closes?)\b(?!-)", _I)
# Verbs of saying that open a reported clause.
_SPEECH_VERBS = (r"said|says|say|told|tells|announced|added|stated|warned|confirmed|insisted"
                 r"|argued|noted|reported|believes?|thinks?|predicted|forecast")
_SPEECH = re.compile(
    rf"^.{{0,80}}?\b(?P<verb>{_SPEECH_VERBS})\b"
    r"(?:\s+(?:on\s+\w+|reporters|journalists|parliament|(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\s+news\s+agency|(?:the\s+)?news\s+agency\s+[\w'’-]+))?(?:\s+that)?\s+", _I)
_SAID_THEY = re.compile(r"\b(?:has|have|had)?\s*(?:said|says|announced|stated)\s+(?:that\s+)?"
                        r"(?:it|they|he|she|we)\s+", _I)
# What a measure word governs: "on Chinese goods", "of rare earths" (up to a boundary).
# "for now", "for the time being" say how long, not on what.
_OBJECT = re.compile(r"\s+(?:on|against|into|for(?!\s+(?:now|the\s+time\s+being|good|ever)\b)"
                     r"|of)\s(?:[^,;.]|(?<=\d)[.,](?=\d)){1,40}?(?=[,;.](?!\d)|\s(?:until|till"
                     r"|by|from|to|that|which|and|totaling|totalling|worth|take|takes|will"
                     r"|would|expire|expires|lapse|lapses|is|are|was|were|has|have|had|on|in"
                     r"|must|last|next"
                     r"|earlier|later)\b|$)")
# A participle the object phrase was cut after ("of refined products made [from ...]").
_DANGLING_PARTICIPLE = re.compile(r"\s+(?:made|grown|built|sold|shipped|[a-z]+ed)$")
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|their)\s+", re.I)
_COMMA = re.compile(r",(?!\d)")  # a comma between words, not inside "120,000"
# ("will decide whether to ratify": the decision is what is due, the question its object)
_CHUNK = re.compile(r",(?!\d)\s*|\b(?:that|" + DECIDED_WHETHER + r"whether)"
                    r"\s+(?=\S)", _I)
_FIRST_PERSON = re.compile(r"(?:we|i|you)\b", _I)
_PRONOUN_START = re.compile(r"^(?:it|they|he|she|we)\s+(?=\w)", _I)
_SPEAKER_END = re.compile(r"(?:\s+(?:has|have|had|also|previously|already|repeatedly))+\s*$",
                          _I)
_FACING = re.compile(r"(?:\s*\b(?:faces?|facing|has|have|had|meets?|met|with|ahead\s+of|is|are"
                     r"|under|set|sets|given|gave|missed|misses|miss)\b)+\s*(?:an?|the|its"
                     r"|their)?\s*$", _I)
_OTHER_VERB = re.compile(r"\b(?:put|puts|left|leaves|brought|brings|keeps|kept|moved|moves"
                         r"|placed|places|pushed|pushes)\b", _I)
_PREPOSITION = re.compile(r"\s(?:of|to|for|with|in|on|by|from|at|as|into|about|under|over"
                          r"|against|between|and|or|but)\s", _I)
_DETERMINERS = frozenset({"the", "a", "an", "all", "this", "these", "those", "its", "their",
                          "new", "any", "each", "every", "some", "both", "most", "many",
                          "officials", "ministers", "negotiators", "regulators", "exporters",
                          "importers", "companies", "firms", "banks", "lawmakers"})
_CONNECTOR = re.compile(r"^(?:and|but|so|yet|also|however|meanwhile|separately|additionally"
                        r"|now|then|instead|still"
                        r"|thus|therefore|moreover|because|since|until|when|once|as|while"
                        r"|although|though|unless|whereas)\b,?\s*", _I)
# A time opening the clause, told before its subject: "Earlier this week he said".
_LEADING_TIME = re.compile(r"^(?:(?:earlier|later)\s+(?:this|last|that)\s+(?:week|month|year)"
                           r"|(?:last|this)\s+(?:week|month|year)|(?:on\s+)?(?:mon|tues|wednes"
                           r"|thurs|fri|satur|sun)day|yesterday|today)\b,?\s+(?=[a-z])", _I)
_LEADING_PP = re.compile(r"^(?:under|in|on|at|from|after|with|following|according\s+to"
                         r"|as\s+part\s+of|for|once|when)\s[^,]{1,60},\s+", _I)
_APPOSITIVE = re.compile(r",\s[^,]{2,60},\s*")
_PRONOUN = re.compile(rf"^(?:that|those|they|{BACK_REFERENCE})$", _I)
_STOP = re.compile(r",(?!\d)|\s(?:which|who|after|because|while|amid|although|though|citing|unless"
                   r"|according|so that|in order to)\s|\s[—–-]\s|[;:(]"
                   r"|\s(?:and|but)\s(?=(?:the|a|an|its|their|it|they|he|she|this|that)\s)"
                   # "... on Chinese goods and threatened to cancel": another predicate
                   r"|\s(?:and|but)\s(?=(?:also\s+)?(?:threatened|said|warned|added|urged"
                   r"|vowed|called|told|announced|promised|pledged"
                   # "would take effect on Wednesday and last five years": how long it runs
                   r"|last|lasts|run|runs|remain|remains|stay|stays)\b)", _I)
_DANGLING = re.compile(
    r"(?:\s+(?:the|a|an|of|to|and|or|for|with|in|on|by|its|their|his|her|from|at|as|that"
    r"|which|they|it|we|he|she|is|are|was|were|be|been|will|would|not|than|into|about"
    r"|this|these|those|our|some|any|up|over|under|more|less|per|but|has|have|had|if"
    r"|unless|US\$|\$))+$",
    _I)
# (not "are going to have to wait", which "must" would not read in)
# ("until Congress has had 180 days to review them": Congress must review them)
_OBLIGED = re.compile(r"(?<!\bto\s)(?<!\bmay\s)\b(?:will\s+have|would\s+have|has\s+had"
                      r"|have\s+had|has|have|had|having)\s+(?:just\s+|only\s+)?to\b", _I)
_GAVE = re.compile(r"^(?P<who>.*?)\b(?:gave|given|gives|give|giving|granted|grants|grant)\s+"
                   r"(?P<whom>(?:(?!for\s|deadline\s)[\w'’.-]+\s+){1,7}?)(?:an?\s+)?to\s+"
                   r"(?P<do>.+)$", _I)
_NEXT_VERB_OF_THE_ORDER = re.compile(r"\s+and\s+(?:requires|orders|obliges|tells|bars|gives)\s"
                                     r".*$", _I)
_BEEN_GIVEN = re.compile(r"^(?P<who>.+?)\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?given\s+"
                         r"to\s+(?P<do>[a-z].+)$", _I)
_BEEN_ORDERED = re.compile(r"^(?P<who>.+?)\s+(?:has|have|had|was|were|is|are)\s+(?:also\s+)?"
                           r"(?:been\s+)?(?:ordered|instructed|told|directed|required)\s+to\s+"
                           r"(?P<do>[a-z].+)$", _I)
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|that)\s*$", _I)
# "the resolution calls on Secretary-General Kofi Annan to report": who is told to act
_ASKED = re.compile(r"^(?P<who>.*?)\b(?P<verb>calls?\s+on|called\s+on|calling\s+on|urged|urges"
                    r"|ordered|orders|told|tells|asked|asks|instructed|directed|required"
                    r"|requires)\s+"
                    r"(?P<whom>(?:[\w'’.-]+\s+){1,5}?)to\s+(?P<do>[a-z].+)$", _I)
_DEADLINE_TO = re.compile(r"^(?P<who>.*?)\b(?:[Ff]aces?|[Ff]acing|has|have|had|set|sets|meets?"
                          r"|given|gave|ahead\s+of|is|are|with)?\s*(?:an?|the|its|their)?\s*"
                          r"(?:[\w-]+\s+)?deadline\s+(?:for\s+(?P<whom>[^,]{1,40}?)\s+)?"
                          r"to\s+(?P<do>[a-z].+)$")
_DEADLINE_FOR = re.compile(r"\b(?P<name>deadline|target\s+date|target|goal)\s+(?:for|on)\s+"
                           r"(?P<what>.+)$", _I)
# The verb of a span's run in a measure's phrase ("the ban lasts 90 days"), cut from it.
_RUNS_VERB = re.compile(r"\s+(?:lasts|runs|will\s+(?:last|run))\b")
_PARTICIPLE = {"maintain": "kept", "impose": "in force", "extend": "extended", "ease": "eased",
               "lift": "lifted", "delay": "delayed", "threaten": "threatened",
               "propose": "proposed", "investigate": "under way"}
_MAX_WORDS = 16
# Prepositions after which a time may be the subject of a clause of its own.
_BOUNDARY_PREPS = frozenset({"before", "until", "till", "by", "when", "once", "after"})
_PERIOD_VERB = re.compile(r"^\s+(?:closes|ends|starts|begins|expires|runs\s+out|is\s+out|is"
                          r"\s+over|comes|arrives|close|end|start|begin|expire)\b", _I)
# A clause that says of the noun before it what is due: ", due to take effect on".
_REDUCED_START = re.compile(r"(?:due|set|scheduled|expected|slated|poised)\s+to\s", _I)
# From a measure to the relative clause its time is in: "its pact with Freedonia, which".
_RELATIVE = re.compile(r"[^.;:]{0,60}?\b(?:which|that)\s*$", _I)
# One noun after the time, ending its phrase: "(before) the summer recess", "the July break".
_TIME_NOUN = re.compile(r"^\s+(?!(?:and|or|but|of|to|for|with|in|on|by|from|at|as|is|are|was"
                        r"|were|be|been|when|if|that|which|who|so|then|too|also|again|now"
                        r"|ago|later|earlier|yet)\b)([a-z][a-z-]{2,})(?=\s*(?:[,.;:]|$))")
# Nouns that make a measure a period of its own: "the tariff pause", "the duty waiver".
_PERIOD_NOUN = re.compile(r"\s+(pause|truce|exemptions?|waivers?|suspension|moratorium|freeze"
                          r"|extension|relief|reprieve|holiday|exclusions?|grace\s+period)"
                          r"(?=\s|$)", _I)


# A clause that gaps the verb of the one before it, both dating their subject with the
# same preposition: "Large operators must now comply from December 30, and micro and small
# enterprises (from June 30 2026)".
_GAPPED = re.compile(r"^(?P<subject>[^,;]+?)\s+(?P<verb>(?:will|would|must|shall|is|are|can"
                     r"|could|may|should|has|have)\b[^,;]*?)\s+(?:from|as\s+of|until|by)\s+"
                     r"[^,;]{1,40},\s+and\s+(?P<new>[^,;]{3,60}?)\s*$", _I)


# Cues of a day moved: earlier ("brought forward ... to") or later ("put back ... to").
_BROUGHT_FORWARD = re.compile(r"'(?:brought|bring|move[ds]?)\s+(?:forward|up)", _I)
_PUT_BACK = re.compile(r"'(?:put\s+back|push(?:ed|es)?\s+back|postpon|delay|defer|move[ds]?\s+back"
                       r"|put\s+off)", _I)
# A start told as "not ... until": "will not take effect until", "won't apply until".
_NOT_STARTING_UNTIL = re.compile(
    r"\b(?:not|n't)\s+(?:take\s+effect|apply|come\s+into\s+(?:force|effect)|start|begin"
    r"|kick\s+in|be\s+(?:applied|imposed|collected|enforced|introduced))(?:\s+until)?\s*$", _I)
# A freeze laid on prices, rates or budgets: what holds until the day is the freeze.
_FROZE = re.compile(r"\b(?:froze|frozen|freezes|freeze)\b", re.I)


# One step of a timetable, from the mark that opens it to its time: ": provisions against
# bad loans [by]", ", then a capital ratio of 8% [by]", "(phones [from]".
_TIMETABLE_STEP = re.compile(r"(?:[:;(]|,\s*(?:then|and)\b|\bthen\b)\s*"
                             r"(?P<step>[^:;(),]{3,90}?)\s*$")
_LISTED_STEP = re.compile(r"[:;(,]\s*(?:then\s+|and\s+)?(?P<step>[^:;(),]{3,90}?)\s*$")


def what_is_due(spot: Spot, cue: Cue, measure: Measure | None) -> str:
    """The clause for the deadline at `spot` found by `cue`."""
    what = _what_is_due(spot, cue, measure)
    if cue.rule == "expires" and what.endswith(" after"):
        what = what[:-len(" after")]  # "the licence expires after [180 days]": it expires
    if cue.words.endswith("not after'"):
        # "seed may not be sown after 30 April": the last day it may be
        what = re.sub(r"\s+after$", "", what) + " after that day"
    return what


def _what_is_due(spot: Spot, cue: Cue, measure: Measure | None) -> str:
    text = spot.text
    step = None
    if cue.rule == "timetable":
        told = text[spot.sentence.start:spot.lead_start]
        # (inside parentheses a comma opens a step too: "(phones from 1 January, all other
        # devices from 1 July)")
        step = (_LISTED_STEP if told.count("(") > told.count(")") else _TIMETABLE_STEP).search(
            text, spot.sentence.start, spot.lead_start)
    if step is not None and step.group("step").strip():
        # "a two-step timetable: provisions by the end of June, then a capital ratio of 8%
        # by 31 December": each step's own words, from the mark that opens it
        return _finish(step.group("step").strip(), text)
    when = WHEN_ENDS.match(spot.after) if cue.words.startswith("'when") else None
    if when is not None:
        # "when its suspension of the tariffs expires": what ends then is the label
        subject = when.group("subject").strip()
        owner = subject.split()[0].lower()
        if owner in ("its", "their") and measure is not None and measure.imposer:
            subject = _possessive(the_name(measure.imposer)) + subject.split(None, 1)[1]
        return _finish(f"{subject} {when.group('verb')}", text)
    gapped = _GAPPED.match(spot.before) if spot.start == spot.sentence.start else None
    if gapped is not None:
        # "Large operators must comply from December 30, and small firms from June 30":
        # the second subject with the verb it shares
        return _finish(f"{gapped.group('new')} {gapped.group('verb')}", text)
    if cue.rule in ("until", "expires") and measure is not None and measure.trigger and (
            spot.start <= measure.trigger.start < spot.lead_start
            or _RELATIVE.match(text, measure.trigger.end, spot.start)) \
            and not _heads_another_noun(spot, measure):
        phrase = measure_phrase(text, measure)
        if cue.rule == "until" and measure.action in ("impose", "delay") \
                and _NOT_STARTING_UNTIL.search(spot.before):
            # "The tariffs will not take effect until December 15": they start then
            return _finish(_agreeing(phrase, "take effect", "takes effect"), text)
        if cue.rule == "until" and _BROUGHT_FORWARD.match(cue.words):
            # "The ban has been brought forward to 1 March": it starts then
            return _finish(_agreeing(phrase, "take effect", "takes effect"), text)
        if cue.rule == "until" and _PUT_BACK.match(cue.words):
            return _finish(f"{phrase} delayed until then", text)  # "put back ... to June"
        if cue.rule == "until":
            verb = _PARTICIPLE.get(measure.action, "in force")
            if measure.action == "impose" and _FROZE.search(spot.before):
                verb = "frozen"  # "froze electricity tariffs until July": a freeze laid
            at_least = " at least" if "least" in spot.lead.lower() else ""
            return _finish(f"{phrase} {verb}{at_least} until then", text)
        return _finish(_agreeing(phrase, "expire", "expires"), text)
    if measure is not None and measure.trigger and cue.rule in ("paused-for", "laid-for",
                                                                "runs-for") \
            and not spot.sentence.start <= measure.trigger.start < spot.sentence.end:
        measure = None  # "The levies on steel, which ... will last for 200 days": what the
        # sentence names runs, not a measure of the sentence before
    if cue.rule == "paused-for" and measure is not None and measure.trigger:
        # "put the countermeasures on hold for 90 days": held off (or kept) until then
        verb = "extended" if measure.action == "extend" else "on hold"
        phrase = measure_phrase(text, measure).split(f" for {spot.timex.text}")[0]
        return _finish(f"{phrase} {verb} until then", text)
    if cue.rule == "laid-for" and measure is not None and measure.trigger \
            and (measure.why or "").startswith("measure.verb-trigger"):
        # "Lesotho will exempt garment exporters from corporate tax for three years": the
        # verb does not name the measure; the clause says what holds until then
        return _finish(f"{spot.before.strip()} until then", text)
    if cue.rule in ("laid-for", "runs-for") and measure is not None and measure.trigger:
        # "imposed a temporary duty on steel for 200 days": in force until then; "the
        # suspension of the tariffs lasts 90 days": on hold until then
        phrase = _RUNS_VERB.split(measure_phrase(text, measure).split(
            f" for {spot.timex.text}")[0])[0]
        state = "on hold" if measure.action == "delay" else "in force"
        return _finish(f"{phrase} {state} until then", text)
    kept = _KEPT_UNTIL.search(spot.before) if spot.prep in ("until", "till") else None
    if kept is not None:
        # "signed an order extending the suspension of higher tariffs until November 10":
        # what is kept, and how
        verb = kept.group("verb").lower()
        done = next(form for stem, form in _KEPT_FORMS.items() if verb.startswith(stem))
        at_least = " at least" if "least" in spot.lead.lower() else ""
        what = kept.group("what")
        owner = re.fullmatch(r"(?:[A-Z][\w.-]*\s?){1,4}", spot.before[:kept.start()].strip())
        if what.split()[0].lower() in ("its", "their"):
            # "Ruritania kept its ban until March": whose ban
            what = _possessive(owner.group().strip() if owner else "") + what.split(None, 1)[1]
        return _finish(f"{what} {done}{at_least} until then", text)
    if cue.words.endswith("+ the day"):
        return _finish(_took_effect_label(spot, cue, measure), text)
    coming = _COMING_INTO_FORCE.search(spot.before)
    if coming is not None and cue.rule == "takes-effect":
        # "under freedom of information laws coming into force on 1 January": the noun
        # the participle follows is what takes effect
        noun = _noun_before(spot.before[:coming.start()])
        if noun:
            return _finish(f"{_agreeing(noun, 'come', 'comes')} into {coming.group('into')}",
                           text)
    rest = _THE_REST.search(spot.before)
    if rest is not None and measure is not None:
        # "The first C$30bn of duties will take effect on Tuesday, with the rest following
        # in 21 days": the rest of the measure takes effect then
        phrase = measure_phrase(text, measure)
        if phrase.lower().startswith("the "):
            phrase = _owner(measure) + phrase[4:]
        return _finish(f"the {rest.group('rest').lower()} of {phrase} take effect", text)
    if cue.rule == "takes-effect" and spot.prep.startswith(_EFFECTIVE_WORDS):
        label = _effective_label(spot, measure)
        if label:
            return _finish(label, text)
        word = re.match(r"effective\s*", spot.lead, _I)
        if word is not None:
            # "The ban becomes effective on 1 May": the word belongs to the clause
            lead_start = spot.lead_start + word.end()
            prep = " ".join(spot.text[lead_start:spot.timex.start].split()).lower()
            spot = replace(spot, lead_start=lead_start, prep=prep)
    if cue.words.startswith("'to ") and measure is not None and measure.trigger:
        level = _level_label(spot, measure)
        if level:
            return _finish(level, text)
    if cue.words.startswith("measure + '") and measure is not None and measure.trigger \
            and measure.action not in ("lift", "ease"):
        # "which includes a ban on imports of Russian LNG from January 2027" (not "will
        # waive the export duty from 1 April": the waiver starts then, the clause says so)
        return _finish(_agreeing(measure_phrase(text, measure), "take effect", "takes effect"),
                       text)
    hoped = _HOPED_FOR_OBJECT.search(text, spot.sentence.start, spot.lead_start) \
        if cue.rule == "target" else None
    if hoped is not None:
        # "a 16th package that the bloc hopes to adopt by Feb. 24": "the bloc hopes to
        # adopt a 16th package" (the thing hoped for is the relative clause's object)
        return _finish(f"{hoped.group('rest')} {hoped.group('np')}", text)
    if cue.words.startswith("title "):
        # "China to require export licences for gallium, germanium from Aug. 1": a title
        # says it whole (its commas part names, not clauses)
        return _finish(spot.before.strip(), text, whole=True)
    holder = _SPAN_HOLDER.search(spot.text, spot.sentence.start, spot.lead_start) \
        if cue.words.startswith("'and ") else None
    step = re.match(r"\s+to\s+([^,;:.]+)", spot.after) if holder is not None else None
    if holder is not None and step is not None:
        # "Carriers have 21 days to deploy ... and 120 days to meet the remaining
        # requirements": the holder must take the second step
        return _finish(f"{holder.group('who')} must {step.group(1)}", text)
    nothing = NOTHING_BY.search(spot.before) if cue.words.startswith("'if no ") else None
    if nothing is not None:
        # "If no settlement is reached within 15 days": a settlement must be reached; "If no
        # agency completes that review by Dec. 23": an agency must complete that review
        who, verb = nothing.group("who"), nothing.group("verb")
        article = "an" if who[:1].lower() in "aeiou" else "a"
        passive = re.match(r"(?:is|are|has\s+been|have\s+been)\s+(\w+)$", verb, _I)
        done = f"be {passive.group(1)}" if passive else _base_form(verb.split()[0]) + (
            " " + verb.split(None, 1)[1] if " " in verb else "")
        return _finish(f"{article} {who} must {done}", text)
    failing = FAILS_BY.search(spot.before) if cue.rule == "obligation" else None
    if failing is not None:
        # "warned Paris it could face legal action if it does not comply by ...": who
        # must do what, the warned party for a pronoun
        who = failing.group("who")
        done_to = _DONE_TO.search(spot.before, 0, failing.start("who")) \
            if failing.group("done") and who.lower() in ("it", "they") else None
        if done_to is not None:
            # "would ask the WTO to examine the ban if it was not lifted by": the thing the
            # pronoun stands for is done to
            who = done_to.group("thing")
        elif who.lower() in ("it", "they", "he", "she"):
            warned = _WARNED.search(spot.text, spot.sentence.start, spot.lead_start)
            warned = warned if warned and warned.end() <= spot.lead_start else None
            who = warned.group("who") if warned else _sentence_subject(spot) or who
        if failing.group("done"):
            return _finish(f"{who} must be {failing.group('done')}", text)
        if failing.group("acts"):
            return _finish(f"{who} must {_base_form(failing.group('acts'))}"
                           f"{failing.group('rest')}", text)
        return _finish(f"{who} must {failing.group('verb')}", text)
    comma = text.rfind(",", spot.sentence.start, spot.start) \
        if cue.rule in ("expected", "target") else -1
    if comma > spot.sentence.start and _WHICH_EXPECTED.fullmatch(text, comma, spot.lead_start):
        # "said the rules would come into force once the government notified them, which
        # officials expect by the end of February": what is expected is the clause before
        before = _without_attribution(text[spot.sentence.start:comma].strip())
        if before:
            return _finish(before, text)
    plain = _without_subject_relative(_body(spot, cue))
    wished = _WISHED_PRONOUN.search(plain) if measure is not None and measure.trigger else None
    if wished is not None and measure is not None:
        # "He expects it to be lifted": the measure the pronoun stands for
        plain = (plain[:wished.start("pronoun")] + measure_phrase(text, measure)
                 + plain[wished.end("pronoun"):])
    body = _obligation_form(plain) if cue.rule in ("due", "obligation", "granted") else plain
    label = _finish(_with_subject(body, spot, measure), text) or _fallback(text, measure)
    if spot.prep in ("until", "till") and not _FINITE.search(label) and plain:
        # "They have until midnight on 16 December": "They have until then", not "they"
        label = _finish(f"{plain} until then", text)
    return label


# The thing a passive condition's pronoun stands for, right before the condition: "to
# examine [the ban] if it was not lifted".
_DONE_TO = re.compile(r"\b(?P<thing>(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ban|embargo|tariffs?"
                      r"|duty|duties|levy|quotas?|sanctions|controls?|curbs?|restrictions?"
                      r"|limits?|measures?|rules?|law|decree|suspension))\s+(?:if|unless)\b", re.I)
# A pronoun for the measure after a verb of expecting or wishing: "expects [it] to be lifted".
_WISHED_PRONOUN = re.compile(rf"\b{WISHING}\s+(?P<pronoun>it|them)\s+(?:to\s+be\s+)?\w+",
                             re.I)


def _base_form(verb: str) -> str:
    """ "cuts" -> "cut", "reduces" -> "reduce", "passes" -> "pass"."""
    if verb.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    return verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]


# The party a warning is addressed to: "warned Paris", "has warned the French government".
_WARNED = re.compile(r"\bwarn(?:ed|s)?\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")


def _heads_another_noun(spot: Spot, measure: Measure) -> bool:
    """Whether the clause's subject is another noun the measure word only qualifies: "The
    cap on council tax rises will stay", "the fuel duty rise would be deferred" (what is
    kept or put off is the cap, the rise)."""
    trigger = measure.trigger
    assert trigger is not None
    if not spot.start <= trigger.start < spot.lead_start:
        return False
    verb = _FINITE.search(spot.text, trigger.end, spot.lead_start)
    after = spot.text[trigger.end:verb.start()] if verb else ""
    return bool(_ONE_NOUN.fullmatch(after)
                or _HEAD_OF.fullmatch(spot.text, spot.start, trigger.start))


_ONE_NOUN = re.compile(r"\s+(?:rise|rises|increase|increases|hike|hikes|cut|cuts|freeze|cap"
                       r"|plan|plans|change|changes|reform|reforms)\s+", _I)
_HEAD_OF = re.compile(r"\s*(?:the|a|an|its|their)\s+[\w-]+\s+(?:on|of|for)\s+(?:[\w-]+\s+){0,2}",
                      _I)


# Names read with "the" in a sentence: "the United States", "the European Commission".
_TAKES_THE = re.compile(r"(?:^United\s|\s(?:Union|Commission|Ministry|Department|Council"
                        r"|Organi[sz]ation|Bank|Agency|Office|Committee|Parliament|Senate"
                        r"|Republic|Kingdom|States|Emirates|Fund|Treasury|Court|Authority"
                        r"|Administration|Service|Board)$|^(?:Netherlands|Philippines"
                        r"|Gambia|Bahamas)$|^(?:Ministry|Department|Office|Bureau|Council"
                        r"|Committee|Agency|Board|Commission|Court|Directorate)\s+(?:of|for)\s)")


def the_name(name: str) -> str:
    """An actor's name as a sentence reads it: "the United States", "Canada"."""
    return f"the {name}" if _TAKES_THE.search(name) else name


# A noun that names the measure itself: "raises tax on imported cars" is the tax.
_TAX_NOUN = re.compile(r"\b(?:tax|taxes|levy|levies|duty|duties|tariffs?)$", _I)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|this|these|his|her|our)\s+$", _I)


_SIZE_OF = re.compile(r"\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?[$€£]?\d[\d.,]*\s*(?:%|per\s*cent"
                      r"|percent|bn|billion|m|million)?", _I)


# A ban's verb and the goods or trade it takes: "banned [exports of pulses]", "bans
# [imports of beef from Brazil]" (to a comma, a time or a clause).
_BAN_VERBS = frozenset({"ban", "bans", "banned", "banning"})
_BANNED_WHAT = re.compile(r"\s+((?:exports|imports|sales|shipments|the\s+export|the\s+import"
                          r"|the\s+sale)\s+of\s+[^,;.]{1,40}?)(?=[,;.]|\s(?:until|till|by"
                          r"|from|to|for|that|which|and|in|on|after|as|amid)\b|$)")
# How a label names a measure of a type when the text gives no noun for it ("the other
# on hold" would not read).
_TYPE_NOUNS = {"other": "measure", "trade_defence": "trade defence measure",
               "investment_restriction": "investment restriction"}


# The dated event a span counts from, right after the span: " of its ruling on", " after
# the decree's publication on" (the day itself is cut as the time's).
_FROM_EVENT = re.compile(r"^\s+(?:of|after|from|following)\s+(?:(?:the|its|their|this|that"
                         r"|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:on|dated)\b[^,;]*")


def measure_phrase(text: str, measure: Measure) -> str:
    """The measure as the article names it: "US tariffs on Chinese goods"."""
    trigger = measure.trigger
    banned = _BANNED_WHAT.match(text, trigger.end) \
        if trigger is not None and trigger.text.lower() in _BAN_VERBS else None
    if banned is not None and (measure.why or "").startswith("measure.verb-trigger"):
        # "India has banned exports of pulses": the ban on what the verb takes
        return f"the ban on {banned.group(1)}"
    coordinated = re.search(r": '([\w-]+) \.\.\. ", measure.why or "") \
        if trigger is not None else None
    flow = _BANNED_WHAT.match(text, trigger.start - 1) if coordinated and trigger else None
    if coordinated is not None and flow is not None:
        # "banned imports of potash and exports of petroleum products": the second flow,
        # named by its own words, and the verb's kind of step
        kind = "ban" if coordinated.group(1).lower() in _BAN_VERBS \
            else _TYPE_NOUNS.get(measure.type, measure.type.replace("_", " "))
        return f"the {kind} on {flow.group(1)}"
    if trigger is None or (measure.why or "").startswith("measure.verb-trigger"):
        # "The ministry banned imports": the verb does not name the measure; its type does
        return "the " + _TYPE_NOUNS.get(measure.type, measure.type.replace("_", " "))
    if " " in trigger.text and trigger.text.split()[1].lower() not in ("on", "against", "of") \
            and ((measure.why or "").startswith("measure.verb-bound")
                 or trigger.text.split()[0].lower() in lexicon().action_verbs
                 # "limit the growth": a word and an article make a verb and its object
                 or trigger.text.split()[1].lower() in ("the", "a", "an", "its", "their")):
        # (not "ban on imports": a noun and its object)
        # "limit the growth" of a verb and its noun: "the quota on the growth of ..."
        noun = trigger.text.split(None, 1)[1]
        obj = _OBJECT.match(text, trigger.end, measure.end)
        # "raises tax": the tax itself; "limit the growth": the quota on the growth
        kind = "" if measure.type == "other" or _TAX_NOUN.search(noun) \
            else f"{measure.type.replace('_', ' ')} on "
        noun = noun if kind else _LEADING_DETERMINER.sub("", noun)
        rest = obj.group(0) if obj else ""
        if measure.imposer:  # "of its textile exports": of China's textile exports; "keep
            # its land borders" closed: the ban on Nigeria's land borders
            rest = re.sub(r"\b(?:its|their)\s", lambda _: _owner(measure), rest, count=1)
            noun = re.sub(r"^(?:its|their)\s", lambda _: _owner(measure), noun, count=1)
        return f"the {kind}{noun}{rest}"
    before = text[max(measure.start, trigger.start - 40):trigger.start]
    lead = re.search(r"((?:[A-Z][\w.]*(?:['’]s)?\s)?(?:(?:its|their|his|her|our)\s)?"
                     r"(?:(?<![\w.-])\d[\d.,]*\s(?:percent|per\s+cent)\s"  # ("a 15 percent
                     r"|(?<![\w.-])[a-z0-9][\w%.-]*\s)?)$", before)  # duty", "a 90-day truce")
    head = lead.group(1) if lead else ""
    head_at = lead.start() if lead else 0
    if head.split()[:1] and (head.split()[0].lower() in ("a", "an", "the", "of", "to", "on", "and",
                                                          "has", "have", "will", "keeping", "in",
                                                          "for", "at", "by", "from", "with",
                                                          "into")
                             or (head.split()[0].lower() in lexicon().action_verbs
                                 # "would raise tariffs", not "the planned deal"
                                 and not _DETERMINER_END.search(before[:head_at]))):
        head = " ".join(head.split()[1:]) + " " if len(head.split()) > 1 else ""
    if len(head.split()) > 1 and head.split()[-1].lower() in lexicon().action_verbs:
        head = ""  # "The United States doubled tariffs": a subject and its verb, no name
    if head.split()[:1] and head.split()[0].lower() in ("its", "their", "his", "her", "our"):
        # "its tariffs" does not read on its own: the imposer's tariffs.
        owner = _owner(measure) if measure.imposer and head.split()[0].lower() == "its" \
            else "the "
        head = owner + " ".join(head.split()[1:]) + (" " if len(head.split()) > 1 else "")
    named = trigger.text
    head_noun = _HEAD_NOUN_AFTER.match(text, trigger.end, measure.end)
    if head_noun is not None:
        # "anti-dumping and anti-subsidy duties": the modifier's noun names the measure
        named = text[trigger.start:head_noun.end()]
    after = text[trigger.end if head_noun is None else head_noun.end():measure.end]
    size = _SIZE_OF.match(after)
    # "duties of 25% on Freedonian steel", "duties of up to 30% on imported steel": the size,
    # then what they are on
    obj = _OBJECT.match(after, size.end()) if size else _OBJECT.match(after)
    told = obj.group(0) if obj else size.group(0) if size else ""
    # "the tariff pause", "the duty waiver": a period noun after the trigger is the measure.
    period = None if told else _PERIOD_NOUN.match(after)
    phrase = (head + named + _DANGLING_PARTICIPLE.sub("", told)
              + (f" {period.group(1)}" if period else "")).strip()
    # "US tariffs", "Ruritania's quota" read on their own; "steel tariffs" takes "the".
    return phrase if head.strip()[:1].isupper() or phrase.split(" ", 1)[0].lower() in (
        "the", "this", "that", "these", "those") else "the " + phrase  # (not "the those")


# The noun a trigger word modifies, right after it (or after a second modifier joined by
# "and"): "anti-dumping duties", "anti-dumping and anti-subsidy duties".
_HEAD_NOUN_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:duties|duty|tariffs?|levies|levy"
                              r"|measures|investigations?|probes?|sanctions)\b", re.I)


# The part of a clause that takes a measure to a level: after its last comma or "and".
_LEVEL_PART = re.compile(r"(?:^|,\s*|\s(?:and|but)\s+)(?P<part>[^,]*?\bto\s+\S+(?:\s+(?:per\s*cent"
                         r"|percent|bn|billion|m|million|trillion|tn))?)\s*$", _I)
_GAP_PREP = re.compile(r"^(?:on|for|of|against)\s", _I)


# A verb that keeps or puts off a measure and what it keeps, right before "until".
_KEPT_UNTIL = re.compile(r"\b(?P<verb>extend(?:s|ed|ing)?|keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?"
                         r"|suspend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?"
                         r"|freez(?:e|es|ing)|froze|frozen)\s+"
                         r"(?P<what>(?:(?:the|its|their)\s+)?(?:(?!\b(?:and|but|by|is|are|was|were)"
                         r"\b)[^,;:]){3,80}?)\s*$", _I)
_KEPT_FORMS = {"extend": "extended", "keep": "kept", "kept": "kept", "maintain": "maintained",
               "suspend": "suspended", "postpon": "postponed", "delay": "delayed",
               "freez": "frozen", "froze": "frozen"}
_THE_REST = re.compile(r"\b(?:with|and)\s+the\s+(?P<rest>rest|remainder|balance)\s+(?:following"
                       r"|coming|to\s+follow|taking\s+effect)\s*$", _I)


_EFFECTIVE_WORDS = ("effective", "with effect")
_COPULA = re.compile(r"\b(?:becomes?|became|be|been|being|remains?|stays?)\b", _I)
# A noun phrase from its determiner to the end: "the new government capital criteria".
_NOUN_PHRASE_END = re.compile(r"\b(?:the|a|an|its|their|new)\s+(?:[\w'’%$-]+\s+){0,5}?"
                              r"[\w'’%-]*[a-z]$", _I)


# A relative clause that only says who expects or hopes for what its antecedent tells:
# "which officials expect", "which the bloc hopes".
_WHICH_EXPECTED = re.compile(r",\s*which\s+(?:[\w'’-]+\s+){1,3}?(?:expects?|expected|hopes?"
                             r"|hoped|wants?|aims?|plans?)\s*", _I)


def _took_effect_label(spot: Spot, cue: Cue, measure: Measure | None) -> str:
    """What took effect on the day of publication: the measure the sentence names ("duties
    of 84% on all US goods took effect"), else the clause's subject ("the new duties came
    into force"), else the noun a relative clause follows ("The measures, which took
    effect Monday")."""
    verb = cue.words.split("'")[1]
    if measure is not None and measure.trigger is not None \
            and spot.sentence.start <= measure.trigger.start < spot.sentence.end:
        return f"{measure_phrase(spot.text, measure)} {verb}"
    before = spot.before.strip()
    subject = before[:len(before) - len(verb)].strip()
    if not subject:
        comma = spot.text.rfind(",", spot.sentence.start, spot.start)
        subject = _noun_before(spot.text[spot.sentence.start:comma]) if comma >= 0 else ""
    return f"{subject} {verb}".strip()


def _effective_label(spot: Spot, measure: Measure | None) -> str:
    """What takes effect when ", effective March 4" follows it: the noun phrase before the
    comma ("The new rules, effective from June 1, require ...") or, after a whole clause
    ("Canada announced tariffs on US goods, effective March 4"), the measure it names."""
    before = spot.before.rstrip()
    if not before.endswith(","):
        # "may not meet the new capital rules effective Dec. 7": the noun phrase before it
        found = _NOUN_PHRASE_END.search(before)
        if found is None or _FINITE.search(found.group()) or _COPULA.search(found.group()):
            return ""
        return f"{_agreeing(found.group().strip(), 'take', 'takes')} effect"
    chunk = _CONNECTOR.sub("", _COMMA.split(before.rstrip(" ,"))[-1].strip())
    verbs = lexicon().action_verbs
    if chunk and not _FINITE.search(chunk) and len(chunk.split()) <= 8 \
            and not any(word.lower() in verbs for word in chunk.split()):
        return f"{_agreeing(chunk, 'take', 'takes')} effect"
    if measure is None:
        return ""
    phrase = measure_phrase(spot.text, measure)
    if phrase.lower().startswith("the ") and measure.imposer:
        phrase = _owner(measure) + phrase[4:]
    return f"{_agreeing(phrase, 'take', 'takes')} effect"


# A period of grace named after its span: "(after a nine-month) transition period".
PERIOD_WORDS = r"(?:transition(?:al)?|grace|phase-in|wind-down|adjustment|implementation)\s+period"
_GRACE_AFTER = re.compile(rf"^\s+{PERIOD_WORDS}\b", _I)
_AT_THE_LATEST = re.compile(r"^\s*,?\s*at\s+the\s+(?:latest|earliest)\b", _I)
_COMING_INTO_FORCE = re.compile(r"\s(?:coming|entering)\s+into\s+(?P<into>force|effect)\s*$", _I)
# Words that end a noun phrase read backwards from a participle after it.
_PHRASE_STOPS = frozenset({"under", "by", "to", "with", "for", "and", "or", "that", "which",
                           "from", "in", "on", "at", "as", "after", "before", "than", "about"})


def _noun_before(words: str) -> str:
    """The noun phrase that ends `words`, back to a preposition or a determiner (kept):
    "the deletion of e-mails under freedom of information laws" -> "freedom of
    information laws"."""
    taken: list[str] = []
    for word in reversed(words.split()):
        low = word.lower().strip(",;:")
        if low in _PHRASE_STOPS or word.endswith((",", ";", ":")) or len(taken) >= 6:
            break
        taken.insert(0, word)
        if low in ("the", "its", "their", "a", "an", "new"):
            break
    return " ".join(taken)


def _owner(measure: Measure) -> str:
    """ "Canada's ", "the United States' ", or "the " when no one took the measure."""
    return _possessive(the_name(measure.imposer) if measure.imposer else "")


def _possessive(name: str) -> str:
    """ "Canada's ", "the United States' ", or "the " for no name."""
    return f"{name}'s " if name and not name.endswith("s") else f"{name}' " if name else "the "


def _level_label(spot: Spot, measure: Measure) -> str:
    """A measure taken to a level by the time: "US tariffs on semiconductors to 50%" (a
    clause that gaps the verb), "Canada's tariffs rising to C$155bn"."""
    found = _LEVEL_PART.search(spot.text[spot.start:spot.lead_start])
    if found is None:
        return ""
    part = found.group("part").strip()
    trigger = measure.trigger
    assert trigger is not None
    owner = _owner(measure)
    if _GAP_PREP.match(part):  # "and on semiconductors to 50%": the measure's noun again
        return f"{owner}{trigger.text.split()[-1]} {part}"
    if part.split()[0].lower().endswith("ing"):  # "rising to": what rises is the measure
        return f"{owner}{trigger.text.split()[-1]} {part}"
    return ""


# A start told with its own time, then the verb of how long it lasts: "begins May 25 and".
_FIRST_OF_TWO_VERBS = re.compile(r"\s(?:begins?|starts?|opens?|takes?\s+effect|comes?\s+into"
                                 r"\s+force)\s+[^,;]{1,30}?\band\s+(?=(?:runs?|lasts?|continues?"
                                 r"|ends?|expires?|lapses?)\s*$)", _I)


_DAY_OF_THE_HOUR = re.compile(r"^\s*(?:tonight|today|this\s+evening)\b", _I)


# A determiner and up to two words qualifying a noun, ending the text: "The agreed", "Its
# new", "The EU's".
_QUALIFIED_END = re.compile(r"(?:^|(?<=\s))(?:an?|the|its|their|this|[A-Z][\w.-]*['’]s)"
                            r"(?:\s+[a-z][\w-]*){0,2}$", _I)


# What a body does, never a measure: "it would announce a preliminary decision", "it will
# rule on the complaint": the "it" before is the body that acts.
_BODY_ACTS = re.compile(r"(?:will|would|shall|must|is\s+to|plans\s+to|has\s+to)\s+"
                        r"(?:also\s+|then\s+)?(?:announce|publish|issue|decide|rule|make"
                        r"|report|review|consider|examine|submit|deliver|present|propose"
                        r"|recommend)\b", _I)
_WISHES = re.compile(r"(?:want|wants|wanted|hope|hopes|hoped|aim|aims|aimed|intend|intends"
                     r"|seek|seeks|expect|expects|plan|plans)\b", _I)


def _cue_verb_only(before: str, cue: Cue) -> str:
    """The subject with the verb phrase of the cue when the clause joins two with "and":
    "The government would publish regulations in the coming weeks and wanted the bill to
    become law" -> "The government wanted the bill to become law"."""
    word = re.match(r"'([a-z]+)'", cue.words)
    if word is None:
        return before
    joined = re.search(rf"\s+and\s+(?:also\s+)?(?={re.escape(word.group(1))}\b)", before, _I)
    if joined is None:
        return before
    verb = _FINITE.search(before, 0, joined.start())
    if verb is None:
        return before
    subject = before[:verb.start()].strip()
    if not subject or "," in before[verb.start():joined.start()] or len(subject.split()) > 6:
        return before
    return f"{subject} {before[joined.end():]}"


def _body(spot: Spot, cue: Cue) -> str:
    """The clause without the time phrase, attribution and leading connectors."""
    before, after = spot.before, spot.after
    if cue.rule == "due" and re.match(r"^\s*(?:-\s*)?deadline\b", after, _I):
        # "faces a September 17 deadline to sell": keep "a deadline", drop the date.
        before = re.sub(r"\b(?:an?|the|its|their)\s*$", "the ", before, flags=_I)
    elif cue.rule == "due" and not re.search(r"\bdue\s+to\s+\w", before, _I):
        said = re.search(r"\b(?:due(?:\s+(?:on|by|in|at))?|(?P<noun>deadline|cut-?off)\s+(?:is"
                         r"|of|on|for|set\s+for|falls\s+on|expires\s+on|at))\s*$", before, _I)
        if said is not None:
            # ("the tariffs are due on March 3" -> "the tariffs are due")
            before = before[:said.start()] + ("" if said.group("noun") else "due ")
        # "set a deadline of September 1 for a deal": "set a" alone would not read, nor
        # "The agreed" of "The agreed deadline is Monday"
        before = re.sub(r"\b(an?|the|its|their)\s*$", r"\1 deadline ", before, flags=_I)
        if said is not None and said.group("noun") and not before.rstrip().endswith("deadline"):
            before = _QUALIFIED_END.sub(r"\g<0> deadline ", before.rstrip(), count=1)
    before = _cue_verb_only(before, cue)
    if spot.prep == "in" and _PHRASAL_END.search(before):
        before = before.rstrip() + " in"  # "will be phased in over 12 months": the verb's
    if _ANOTHER_CLAUSE.match(after) or _ANOTHER_STEP_TIMED.match(after) or (
            _CONDITION_AFTER.match(after) and before.rstrip().endswith(",")):
        after = ""  # "would be issued in 2008 and when he was introducing the bill": another
        # clause; "will file a complaint with the ICAO, the U.N. aviation body, within 60
        # days if the rules are adopted": a condition after an aside would be all the label
    # "From May, when stocks usually run low, the department will allow ...": what the
    # time is, said in an aside, is not what happens then
    after = _WHEN_ASIDE.sub(",", after, count=1)
    if spot.anchored:
        after = FROM_DAY.sub("", after, count=1)  # "have 30 days from Thursday to submit"
        after = _FROM_EVENT.sub("", after, count=1)  # "within 30 days of its ruling (on
        # November 13)": the event the span counts from goes with the time
    after = _AT_THE_LATEST.sub("", after)  # "by March 31 at the latest"
    after = _DAY_OF_THE_HOUR.sub("", after)  # "from 6pm tonight": the hour's day
    after = _GRACE_AFTER.sub("", after)  # "after a nine-month transition period"
    if re.match(r"^\s*['’]s?\s+time\b", after):  # "in two weeks' time", "in a year's time"
        after = after.split("time", 1)[1]
    elif _POSSESSED.match(after):
        after = _POSSESSED.sub("", after, count=1)  # "by Friday's deadline": the day's
    if spot.prep in _BOUNDARY_PREPS:
        # "before the financial year closes": the period's own verb goes with the time.
        after = _PERIOD_VERB.sub("", after, count=1)
        # "before the summer recess": the noun the time qualifies goes with it.
        noun = _TIME_NOUN.match(after)
        if noun is not None and not _FINITE.fullmatch(noun.group(1)):
            after = after[noun.end():]
    # "The EU Deforestation Regulation, delayed by a year, applies": the subject is
    # before the participle's apposition
    before = _PARTICIPLE_APPOSITION.sub("", before)
    # "The new phase begins May 25 and runs until Nov. 24": the verb the time goes with
    before = _FIRST_OF_TWO_VERBS.sub(" ", before)
    body = " ".join((before + " " + after).split())
    body = body.replace(" ,", ",").strip(" ,;:.\"'“”‘’")
    body = _without_attribution(_last_chunk(body, len(" ".join(before.split()))))
    body = _LEADING_TIME.sub("", _CONNECTOR.sub("", body))
    unled = _LEADING_PP.sub("", body)
    return unled if unled != body and _FINITE.search(unled) else body


# What opens another clause right after the time: "(in 2008) and when he was ...".
_ANOTHER_CLAUSE = re.compile(r"^\s*,?\s*(?:and|or|but|while|whereas|although|though)\s+"
                             r"(?:when|where|while|if|he|she|it|they|we|i|you|an?|the|this"
                             r"|that|there|(?-i:[A-Z]))", _I)
_CONDITION_AFTER = re.compile(r"^\s*,?\s*(?:if|unless)\s", _I)
# A second step joined after the time, with its own time: "(send the draft to the cabinet
# this month) and to the assembly by the end of the year".
_ANOTHER_STEP_TIMED = re.compile(r"^\s*,?\s*(?:and|then)\s+[^,;]{1,60}?\s(?:by|before|until"
                                 r"|within)\s", _I)
# An aside on the time right after it: "(From May), when stocks usually run low, ...".
_WHEN_ASIDE = re.compile(r"^\s*,\s*when\s+[^,;]{1,80},(?=\s+\S)", _I)
# What a time's possessive names right after it: "(Friday)'s deadline", "(May)'s meeting".
_POSSESSED = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:deadline|meeting|summit|vote|session"
                        r"|election|hearing|conference|budget|talks|date|start|end|review)\b",
                        _I)
_PARTICIPLE_APPOSITION = re.compile(
    r"(?<=[a-z])\s*,\s+(?:(?:(?:already|first|originally|now|since)\s+)?"
    r"(?:[a-z]+(?:ed|en)|set|put|laid|made|drawn|held|kept|brought|sent|shown)\s+"
    r"(?:(?:out|up|down|forward)\s+)?"  # "The plans, set out in a white paper, include"
    r"(?:by|in|on|from|for|under|until|last|earlier)|including)\b[^,;]{0,50},(?=\s+[a-z])")


# A subject with a relative clause before its modal: "Japanese companies that want to export
# fluorinated polyimide, photoresists and hydrogen fluoride to South Korea will need ...".
_SUBJECT_RELATIVE = re.compile(
    r"^(?P<subject>(?:[\w'’.&%-]+\s+){0,7}?[\w'’.&%-]+)\s+(?:that|who)\s+(?!will\b|would\b)"
    r"[^;:]{3,160}?\s+(?=(?:will|would|must|shall|can|could|may|might|should)\s"
    r"|(?:takes|take|comes|come|expires|expire|ends|end|lapses|lapse|applies|apply|starts"
    r"|start|begins|begin|runs|run)\s)", _I)


def _without_subject_relative(body: str) -> str:
    """The clause without a relative clause between its subject and its modal, which the
    countdown has no room for: "Japanese companies will need to apply for a licence"."""
    found = _SUBJECT_RELATIVE.match(body)
    if found is None or _FINITE.search(found.group("subject")) \
            or _SPEECH.match(found.group("subject") + " "):
        return body  # "the ministry said that firms will ...": no subject of a relative
    return f"{found.group('subject')} {body[found.end():]}"


def _last_chunk(body: str, before_length: int) -> str:
    """From the last comma or "that" before the time whose rest still has a verb:
    "Faced with ..., the agency decided the boy should go home" -> "the agency decided ..."
    (a chunk with no subject borrows one later)."""
    cut = 0
    comma_cuts: list[tuple[int, int]] = []  # (a comma's end, the cut before it)
    for found in list(_CHUNK.finditer(body, 0, before_length)):
        rest = body[found.end():]
        if found.group().strip().lower() == "that" \
                and _relative_that(body[cut:found.start()], cut):
            continue  # "(said that) companies that export chips will need": the subject's
        if found.group().strip() == "," and _THINGS_LISTED.match(rest) \
                and _LOWER_WORD_END.search(body, 0, found.start()):
            continue  # "a ban on advertising in newspapers, magazines and on the internet
            # will come into force": a list of things inside the subject
        if found.group().strip() == "," and _SUBJECTLESS.match(rest) and comma_cuts \
                and not _FINITE.search(body, comma_cuts[-1][0], found.start()):
            # "Three executives of the state airline, Aer Lingus, are set to leave": the
            # comma closes an apposition; the clause's subject is before it
            cut = comma_cuts[-1][1]
            continue
        if found.group().strip() == ",":
            comma_cuts.append((found.end(), cut))
        verb = _FINITE.search(rest)
        if verb and _listed(body[:found.end() + verb.start()].rstrip(), found.start()):
            continue  # "The US, Mexico and Canada are due to": a list of names, not a break
        if verb and len(rest.split()) >= 2 and (found.group().strip() == "," or verb.start() > 0):
            cut = found.end()
        elif found.group().strip() == "," and _REDUCED_START.match(rest):
            cut = found.end()  # "..., due to be signed in November": said of what precedes
    return body[cut:] if cut else body


# A thing hoped or planned for, the object of the relative clause that hopes it, up to the
# time's preposition: "a 16th package that the bloc hopes to adopt".
_HOPED_FOR_OBJECT = re.compile(
    r"(?P<np>\b(?:a|an|the|its|their|this|these)\s+(?:[\w'’%-]+\s+){0,4}?[\w'’%-]+)\s+"
    r"(?:that|which)\s+(?P<rest>(?:[\w'’.-]+\s+){1,4}?(?:hopes?|hoped|plans?|planned|aims?"
    r"|aimed|wants?|wanted|intends?|intended|expects?|expected)\s+to\s+[a-z]+)\s*$")
# What follows a comma inside a list of things: "(newspapers,) magazines and on the ...".
_THINGS_LISTED = re.compile(r"\s*[a-z]+(?:\s+[a-z]+)?,?\s+(?:and|or)\s")
_LOWER_WORD_END = re.compile(r"\b[a-z]+$")
# A clause that opens with its verb: what follows a comma closing an apposition.
_SUBJECTLESS = re.compile(r"(?:are|is|was|were|will|would|has|have|had|must|can|could|should"
                          r"|may|might)\s", _I)


def _relative_that(before: str, cut: int) -> bool:
    """Whether a "that" after `before` (the clause since the last cut at `cut`) opens a
    relative clause of a short plural subject ("(said that) companies that export chips"),
    not a clause said or thought ("Rules stipulate that", "said on Monday that")."""
    said = max(_SAYING.finditer(before), key=lambda found: found.start(), default=None)
    if said is not None:  # "said companies that ...", not "said on Monday that ..."
        before = before[said.end():]
        if _PREPOSITION_START.match(before):
            return False
        if not _TELLING.fullmatch(said.group()) and _definite_subject(before):
            return True  # "said the 10% tariff on aluminium imports that ...", not "told
            # the Scottish Parliament on Wednesday that ...": the hearer, then what is told
    elif not cut:
        # at the clause's start: _without_subject_relative's case, or a short definite
        # subject ("The farm bill that pays for them runs until 2007")
        return _definite_subject(before)
    words = before.split()
    return 0 < len(words) <= _RELATIVE_SUBJECT_WORDS and words[-1].endswith("s") \
        and not _FINITE.search(before)


def _definite_subject(before: str) -> bool:
    """Whether `before` is a definite noun phrase a relative "that" may follow: "The 10%
    tariff on aluminium imports (that President Trump ordered)"; not "the Immigration
    Service ruled Wednesday (that)": a verb after a noun."""
    words = before.split()
    return 0 < len(words) <= _DEFINITE_SUBJECT_WORDS \
        and words[0].lower() in ("the", "a", "an", "its", "their", "this") \
        and not _FINITE.search(before) and (len(words) <= _RELATIVE_SUBJECT_WORDS or not any(
            word.lower().endswith("ed") and words[at].lower() not in _BEFORE_PARTICIPLE
            for at, word in enumerate(words[1:])))


_RELATIVE_SUBJECT_WORDS = 4
_DEFINITE_SUBJECT_WORDS = 8
_TELLING = re.compile(r"told|tells?|telling|informed|informs?|assured|assures?|warned|warns"
                      r"|reminded|reminds?|advised|advises?|promised|promises?", _I)
# Words after which an "-ed" word is an adjective: "(duties on) imported (cars)".
_BEFORE_PARTICIPLE = frozenset({"the", "a", "an", "its", "their", "this", "on", "of", "for",
                                "in", "from", "to", "with", "and", "newly", "recently"})
_PREPOSITION_START = re.compile(r"\s*(?:on|in|at|last|this|earlier|late|early|after|before"
                                r"|yesterday|today|tonight)\b", _I)
_SAYING = re.compile(rf"\b(?:{_SPEECH_VERBS}|believed|thought"
                     r"|fears?|feared|ensured?|ensures|means|meant|so"
                     r"|shows?|showed|suggests?|suggested|claims?|claimed|warns|hopes?|hoped"
                     r"|expects?|expected|estimates?|estimated|stipulates?|stipulated"
                     r"|requires?|required|insists|argues|notes|reports|states)\b", _I)


def _listed(subject: str, comma: int) -> bool:
    """Whether `subject` ends with a list of names that holds the comma at `comma`."""
    for found in _NAME_LIST_END.finditer(subject):
        if found.start() < comma < found.end() and found.end() == len(subject):
            return True
    return False


def _without_attribution(body: str) -> str:
    """ "Officials said the ban ends" -> "the ban ends"; "Ruritania has said it will
    lift" -> "Ruritania will lift" (the speaker stands for the pronoun)."""
    speech = _SPEECH.match(body)
    if speech is None or not _FINITE.search(body, speech.end()) \
            or _PARTICIPLE_PHRASE.match(body, speech.end()):
        return body  # ("Other VAT changes announced in the Budget will go ahead": a participle)
    before = body[:speech.start("verb")]
    comma = before.rfind(",")
    if comma > 0 and _FINITE.search(before, 0, comma):
        # "Argentina will limit imports ..., the government said Thursday, escalating a
        # row": the saying trails the clause, which is the label
        return before[:comma]
    rest = body[speech.end():]
    pronoun = _PRONOUN_START.match(rest)
    if pronoun is None:
        return rest
    speaker = _SPEAKER_END.sub("", body[:speech.start("verb")]).strip(" ,")
    if not speaker or len(speaker.split()) > 6 or _FIRST_PERSON.match(speaker):
        return rest  # ("We've always said we are going to": "we are going to")
    return f"{speaker} {rest[pronoun.end():]}"


# A preposition right after a verb of saying: the verb is a participle ("changes announced in
# the Budget", "the figures reported by the agency").
_PARTICIPLE_PHRASE = re.compile(r"(?:in|by|at|under|during|for|earlier|last|this)\s", _I)


def _obligation_form(body: str) -> str:
    """ "Acme has to sell" / "faces a deadline to sell" / "gave Acme to sell" -> "... must"."""
    given = _BEEN_GIVEN.match(body) or _BEEN_ORDERED.match(body)
    if given:  # "Acme has been given (until June) to respond", "... has been ordered to
        # offer ...": Acme must respond, must offer
        return f"{given.group('who').strip()} must {given.group('do')}"
    gave = _GAVE.match(body)
    if gave:
        # "gives the company 120 days to divest the property and requires them to ...":
        # the step given the time, not the next verb's
        do = _NEXT_VERB_OF_THE_ORDER.sub("", gave.group("do"))
        return f"{gave.group('whom').strip()} must {do}"
    asked = _ASKED.match(body)
    if asked:
        # an order binds ("must"); a call or an appeal asks ("Tokyo to lift the ban")
        bound = re.search(r"\b(?:order|told|tell|instruct|direct|requir)", asked.group("verb"), _I)
        return f"{asked.group('whom').strip()} {'must' if bound else 'to'} {asked.group('do')}"
    deadline = _DEADLINE_TO.match(body)
    if deadline:
        who = (deadline.group("whom") or _last_noun_phrase(deadline.group("who"))).strip()
        return f"{who} must {deadline.group('do')}".strip()
    target = _DEADLINE_FOR.search(body)
    if target:
        return f"{target.group('name').lower()} for {target.group('what')}"
    obliged = _OBLIGED.sub("must", _MAY_HAVE_TO.sub("may have to", body))
    after = _UNTIL_MUST.search(obliged)
    # "bars the changes from taking effect until Congress must review them": who must act
    return _SECOND_SPAN_ON.sub("", after.group(1) if after else obliged)


# A second span given after the first step: "(must deploy trace detection) and 120 days to
# meet the remaining requirements" (a deadline of its own).
_SECOND_SPAN_ON = re.compile(r"\s+and\s+(?:an?\s+|another\s+)?[\w-]+\s+(?:days?|weeks?|months?"
                             r"|years?)\s+to\s+\w.*$", _I)
# The holder of a first span given to act: "(Carriers) have 21 days to deploy ... and".
_SPAN_HOLDER = re.compile(r"(?P<who>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?:has|have|had|been"
                          r"\s+given|were\s+given|was\s+given)\s+(?:an?\s+|another\s+)?[\w-]+\s+"
                          r"(?:days?|weeks?|months?|years?)\s+to\s", _I)


# A duty only possible ("might have to reconsider", "could have to pay"): it stays one,
# not "must"; the word `_OBLIGED` would read is kept as "may have to".
_MAY_HAVE_TO = re.compile(r"\b(?:might|may|could)\s+(?:also\s+|still\s+)?have\s+to\b", _I)
_UNTIL_MUST = re.compile(r"\b(?:until|till|before|once)\s+((?:(?!then\b|will\b|would\b|not\b)"
                         r"[\w'’.-]+\s+){1,5}must\s.+)$", _I)


def _last_noun_phrase(words: str) -> str:
    """ "The moves put Malaysia ahead of" -> "Malaysia": who faces the deadline."""
    words = _FACING.sub("", words.strip())
    verbs = list(_FINITE.finditer(words)) + list(_OTHER_VERB.finditer(words))
    if verbs:
        words = words[max(v.end() for v in verbs):]
    return words.strip(" ,")


def _with_subject(body: str, spot: Spot, measure: Measure | None) -> str:
    """The body with a subject: its own, the sentence's, or the measure's."""
    if _REDUCED_START.match(body):
        said_of = _reduced_subject(spot, body, measure)
        if said_of:
            return f"{said_of} {body}"
    verb = _FINITE.search(body)
    if verb is None:
        return body
    subject, rest = body[:verb.start()].strip(" ,"), body[verb.start():]
    if measure is not None and (subject.lower() in ("which", "that") or not subject and
                                _RELATIVE_BEFORE.search(spot.text, spot.sentence.start,
                                                        spot.start)):
        # "will issue rules to implement the order, which are expected to take effect":
        # what the relative pronoun stands for is the measure, not the sentence's subject;
        # "The package, which must be adopted": the sentence's subject, named as it is
        antecedent = _ANTECEDENT.match(spot.text, spot.sentence.start, spot.start)
        if antecedent is not None:
            return f"{antecedent.group('noun')} {rest}"
        return measure_phrase(spot.text, measure) + " " + rest
    if measure is None and (subject.lower() in ("which", "that") or not subject):
        # "objected to the plans, which come into force on 7 February": the noun the
        # relative clause is said of
        noun = _antecedent_noun(spot)
        if noun:
            return f"{noun} {rest}"
    if subject.lower().startswith("which ") and len(subject.split()) > 1:
        subject = subject.split(None, 1)[1]  # "after which companies will have 45 days"
    if measure is None and subject in ("They", "It"):
        # "The regulations ... apply to all firms. They take effect on 1 March": the
        # policy thing the sentence before opens with
        told = _told_before(spot)
        if told:
            return told + " " + _verb_agreeing(told, rest)
    if subject and _PRONOUN.match(subject) and measure is not None and not (
            measure.trigger and measure.trigger.text.lower() in subject.lower()) \
            and not _WISHES.match(rest) and not _DONE_TO_PEOPLE.search(rest):
        # (not "They will be formally sentenced next year": people, not the measure)
        # (not "They want an agreement ...": who wishes is a party, never the measure)
        # ("the fuel duty rise" names the measure itself: it stays as written)
        if measure.trigger and measure.trigger.text.lower() in rest.lower() \
                or measure.imposer and _BODY_ACTS.match(rest):
            # "it would suspend the exemption": "it" is who acts on the measure, named when
            # the record knows it ("They want an agreement to phase out cotton subsidies":
            # not the subsidies); a noun stays ("The updated rules will take effect and
            # extend licence requirements": the rules, not their maker)
            bare = subject.lower() in ("it", "they", "that", "those", "this", "these")
            who = the_name(measure.imposer) if measure.imposer and bare else subject
            return f"{who} {rest}"
        phrase = measure_phrase(spot.text, measure)
        return phrase + " " + _verb_agreeing(phrase, rest)
    if subject:
        subject = _short_subject(subject)
        if measure is not None and measure.imposer and subject.split()[0].lower() == "its":
            # "its duties on electric vehicles": whose they are
            subject = _possessive(the_name(measure.imposer)) + subject.split(None, 1)[1] \
                if " " in subject else subject
        return subject + " " + rest
    borrowed = _sentence_subject(spot)
    if borrowed and _PRONOUN.match(borrowed) and measure is not None and measure.trigger:
        # "They had been due to expire on Sunday and will now run until ...": the measure
        # the sentence's pronoun stands for
        phrase = measure_phrase(spot.text, measure)
        return phrase + " " + _verb_agreeing(phrase, rest)
    if not borrowed and measure is not None:
        borrowed = (measure.targets[0] if measure.targets and rest.lower().startswith("must")
                    else measure_phrase(spot.text, measure))
    return f"{borrowed} {rest}".strip()


# What is done to people, not to a measure: "(They) will be formally sentenced".
_DONE_TO_PEOPLE = re.compile(r"^(?:[\w'’]+\s+){0,3}?(?:sentenced|jailed|convicted|arrested|tried"
                             r"|released|deported|extradited|freed|imprisoned|executed"
                             r"|charged|questioned|interviewed)\b", _I)


def _told_before(spot: Spot) -> str:
    """The definite noun phrase naming a policy thing that opens the sentence before the
    time's ("The regulations, published in ..."); "" when none."""
    end = spot.sentence.start
    start = max(spot.text.rfind(". ", 0, end - 2), spot.text.rfind("\n", 0, end - 2)) + 1
    opening = _POLICY_OPENING.match(spot.text, start, end)
    if opening is None or not word_lists().policy_noun.search(opening.group("noun")):
        return ""
    return opening.group("noun")


# A sentence's opening noun phrase with its article: "The regulations", "The new duties".
_POLICY_OPENING = re.compile(r"\s*(?P<noun>(?:The|These|Those|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?"
                             r"[\w'’-]+)(?=,|\s+(?:will|would|apply|take|come|are|were|must"
                             r"|cover|require|ban)\b)")


def _reduced_subject(spot: Spot, body: str, measure: Measure | None) -> str:
    """What a reduced clause ("due to come in", "expected to be in force") is said of: the
    sentence's opening noun ("The planned rise of 1.9p a litre, due to ..."), else, with no
    measure linked, the name or definite noun before its comma ("for the Freedom of
    Information Act, due to ...", "Under the new regulations, expected to ..."), else the
    measure's phrase; "" when none."""
    at = spot.text.rfind(body.split()[0], spot.sentence.start, spot.lead_start)
    opening = _OPENING_NOUN.match(spot.text, spot.sentence.start, at) if at > 0 else None
    if opening is not None and not _AUXILIARY.search(opening.group("noun")):
        return opening.group("noun")
    comma = spot.text.rfind(",", spot.sentence.start, at) if at > 0 and measure is None else -1
    before = spot.text[spot.sentence.start:comma].rstrip() \
        if comma > 0 and not spot.text[comma + 1:at].strip() else ""
    named = (_NAME_END.search(before) or _DEFINITE_END.search(before)
             or _INDEFINITE_END.search(before)) if before else None
    if named is not None and not _AUXILIARY.search(named.group()):
        return named.group()
    return measure_phrase(spot.text, measure) if measure is not None else ""


# A sentence opening with a short definite noun phrase and a relative clause on it.
_ANTECEDENT = re.compile(r"(?P<noun>(?:the|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
                         r",\s*(?:which|that)\s", _I)


# A list of names: "The US, Mexico and Canada", "Japan, South Korea or Taiwan".
_NAME_LIST = re.compile(r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*)+"
                        r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+(?:and|or)\s+"
                        r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")


_NAME_LIST_END = re.compile(rf"(?<![\w'’.-])(?:{_NAME_LIST.pattern})$")


# A sentence opening with a short noun phrase and a comma, up to the clause: "The planned
# rise of 1.9p a litre, ".
_OPENING_NOUN = re.compile(r"(?P<noun>(?:the|a|an|its|their)\s+(?:[\w'’.%-]+\s+){0,7}?"
                           r"[\w'’.%-]+),\s*$", _I)
# A plural noun after a preposition or determiner, then "which": "under laws which".
_RESTRICTIVE = re.compile(r"\b(?:under|of|on|for|in|by|with|against|the|its|their|these"
                          r"|those)\s+(?P<noun>[a-z][\w'’-]*s)\s+which\s", _I)
_RELATIVE_PRONOUN = re.compile(r",\s*(?:which|that)\s+", _I)
# A name with its article ending the text: "the Freedom of Information Act".
_NAME_END = re.compile(r"\b(?:the|its|their)\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|on|the)\s+)*"
                       r"[A-Z][\w'’-]*)*$")
_AUXILIARY = re.compile(r"\b(?:will|would|must|shall|should|can|could|may|might|is|are|was"
                        r"|were|has|have|had|be|been)\b", _I)
# An indefinite noun phrase ending the text, its figures whole: "a tender for 350,000
# tons of wheat".
_INDEFINITE_END = re.compile(r"\b(?:a|an)\s+(?:(?:\d{1,3}(?:,\d{3})+|[\w'’.%-]+)\s+){0,6}?"
                            r"(?:\d{1,3}(?:,\d{3})+|[\w'’.%-]+)$", _I)
# A definite noun phrase ending the text: "the new rules", "its export licences".
_DEFINITE_END = re.compile(r"\b(?:the|this|these|those|its|their)\s+(?:(?!(?:the|this|these|those"
                           r"|its|their|who|which|that|to|of|on|in|with|by|for|from)\s)"
                           r"[\w'’-]+\s+){0,4}?[\w'’-]+$", _I)


def _antecedent_noun(spot: Spot) -> str:
    """The noun phrase right before the ", which" that opens the time's clause."""
    relatives = list(_RELATIVE_PRONOUN.finditer(spot.text, spot.sentence.start, spot.start))
    own_verb = relatives and _FINITE.match(spot.text[relatives[-1].end():spot.start].lstrip())
    if not relatives or not own_verb and _FINITE.search(
            spot.text, relatives[-1].end(), spot.start) and \
            spot.text[relatives[-1].end():spot.start].strip():
        # "held under laws which the Law Lords have ruled break rules - and which are due
        # to expire": the noun the sentence's first "which" is said of
        first = _RESTRICTIVE.search(spot.text, spot.sentence.start, spot.start)
        return f"the {first.group('noun')}" if first is not None else ""
    found = _DEFINITE_END.search(spot.text, spot.sentence.start, relatives[-1].start()) \
        or _DEFINITE_PHRASE_END.search(spot.text, spot.sentence.start, relatives[-1].start())
    return "" if found is None or _AUXILIARY.search(found.group()) else found.group()


# The same with the phrase's own prepositions: "the freeze on age-related tax allowances for
# pensioners, which takes effect next April".
_DEFINITE_PHRASE_END = re.compile(r"\b(?:the|this|these|those|its|their)\s+(?:(?!(?:who|which"
                                  r"|that|to)\s)[\w'’-]+\s+){0,7}?[\w'’-]+$", _I)


def _short_subject(subject: str) -> str:
    """Without an appositive: "ByteDance, TikTok's parent company," -> "ByteDance"; a
    list of names is kept whole ("The US, Mexico and Canada")."""
    comma = _COMMA.search(subject)  # not the comma of "£120,000"
    if comma is not None and _listed(subject, comma.start()):
        return subject
    if comma is not None and comma.start() > 0 and len(subject[:comma.start()].split()) <= 6:
        return subject[:comma.start()]
    return subject


def _sentence_subject(spot: Spot) -> str:
    """The words before the sentence's first verb or comma, when they look like a subject."""
    head = spot.text[spot.sentence.start:spot.timex.start].strip()
    head = _LEADING_TIME.sub("", _CONNECTOR.sub("", _LEADING_PP.sub("", head)))
    speech = _SPEECH.match(head)
    if speech is not None and _FINITE.search(head, speech.end()):
        # "The ministry said the new rules, which ..., will": the reported clause's subject
        head = head[speech.end():]
    verb = _FINITE.search(head)
    subject = head[:verb.start()].strip(" ,") if verb else ""
    subject = _short_subject(subject).strip()
    return subject if 0 < len(subject.split()) <= 6 else ""


# The time a commitment was made, between its verb and "to".
_PLEDGED_WHEN = re.compile(r"\b(agreed|pledged|promised|undertook|decided|vowed)\s+"
                           rf"{PLEDGE_DAY}\s+(?=to\s)")
# A body's short form in brackets after its name: the name says it in a label.
_SHORT_FORM = re.compile(r"(?<=[a-z])\s+\([A-Z][A-Z.&]{1,9}\)(?=[\s,;.]|$)")


# What is left of a dateline when a clause starts after its place's comma: "Jan 5 (Bernama)
# -- ", "March 3 (Reuters) - ".
_DATELINE_REST = re.compile(r"^(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                            r"\s*)?\([\w .&'’-]+\)\s*(?:-{1,2}|[–—])\s+")


def _finish(clause: str, text: str, whole: bool = False) -> str:
    """Trimmed at a clause boundary (unless `whole`: a title's commas part names), no
    dangling words, first word cased as in the text."""
    clause = " ".join(_SHORT_FORM.sub("", clause).split())  # "Nations (ASEAN) agreed"
    clause = _DATELINE_REST.sub("", clause, count=1)  # "[Jan 5 (Bernama) --] Malaysia will"
    clause = _PLEDGED_WHEN.sub(r"\1 ", clause)  # "agreed [last October] to create": the
    # day of the word given, past, is not what is due
    clause = _APPOSED.sub(r"\g<name> ", clause, count=1)  # "the Verkhovna Rada, the
    # parliament, voted to halve the duty": the name and its verb
    verb = _FINITE.search(clause)
    stop = _STOP.search(clause, verb.end() if verb else 0) if not whole else None
    if stop and len(clause[:stop.start()].split()) >= 3:
        clause = clause[:stop.start()]
    words = clause.split()
    if len(words) > _MAX_WORDS:
        clause = " ".join(words[:_MAX_WORDS])
        cut = list(_PREPOSITION.finditer(clause))
        # "... to 0.7% of their annual": a phrase cut short is dropped whole.
        if cut and len(clause[cut[-1].end():].split()) <= 2 and \
                len(clause[:cut[-1].start()].split()) >= 5:
            clause = clause[:cut[-1].start()]
    phrasal = _PHRASAL_IN.search(clause)  # "due to come in": the particle is the verb's
    clause = _DANGLING.sub("", clause).strip(" ,;:.\"'“”‘’(")
    if phrasal is not None and clause.endswith(phrasal.group("verb")):
        clause += " in"
    clause = _balanced(clause)
    first = clause.split(" ", 1)[0] if clause else ""
    if first[:1].isupper() and (not first.isupper() or first == "A") and (
            first.lower() in _DETERMINERS or norm_key(first) in lexicon().triggers
            or re.search(r"(?<![.!?]\s)(?<![.!?]\s\s)(?<!^)\b" + re.escape(first.lower())
                         + r"\b", text)):
        clause = first.lower() + clause[len(first):]
    return clause


# An apposition after the name that opens a clause, before its verb: "The Verkhovna Rada,
# the parliament, voted to ...", "Sovco, the state oil firm, must ...".
_APPOSED = re.compile(r"^(?P<name>(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?"
                      r"[A-Z][\w.'’-]*){0,5}),\s+(?:the|a|an|its|their|his|her)\s+[^,;()]{1,60}?,"
                      r"\s+(?=[a-z])")


# Verbs whose "in" is their own even before a time ("phased in over 12 months"); "come in
# the first half" is "come" and a time.
_PHRASAL_END = re.compile(r"\b(?:kick|kicks|kicked|kicking|phased|phasing)\s*$", _I)
_PHRASAL_IN = re.compile(r"\b(?P<verb>come|comes|came|coming|kick|kicks|kicked|kicking|phased"
                         r"|brought|bring|brings|bringing)\s+in[\s,.;:]*$", _I)


def _balanced(clause: str) -> str:
    """Without a quotation mark or bracket left open by the trimming."""
    if clause.count('"') % 2 == 1:
        clause = clause.replace('"', "")
    if clause.count("“") != clause.count("”"):
        clause = clause.replace("“", "").replace("”", "")
    if clause.count("(") != clause.count(")"):
        clause = clause.replace("(", "").replace(")", "")
    return " ".join(clause.split())


# Verbs in the present a label's subject, put for a pronoun, may have to agree with: the
# plural form and its singular.
_SINGULAR_OF = {"apply": "applies", "take": "takes", "come": "comes", "start": "starts",
                  "begin": "begins", "expire": "expires", "end": "ends", "run": "runs",
                  "enter": "enters", "kick": "kicks", "become": "becomes", "go": "goes",
                  "lapse": "lapses", "remain": "remains", "are": "is", "have": "has"}
_PLURAL_OF = {singular: plural for plural, singular in _SINGULAR_OF.items()}


def _verb_agreeing(subject: str, rest: str) -> str:
    """The rest of a clause whose first verb agrees with the subject put in for its own:
    "The rules apply to all firms" with the tariff named: "the tariff applies"."""
    first, _, tail = rest.partition(" ")
    plural = _plural(subject)
    if plural and first in _PLURAL_OF:
        first = _PLURAL_OF[first]
    elif not plural and first in _SINGULAR_OF:
        first = _SINGULAR_OF[first]
    return f"{first} {tail}".strip()


def _agreeing(subject: str, plural: str, singular: str) -> str:
    """The subject and the verb form that agrees with it: "the duties expire"."""
    return f"{subject} {plural if _plural(subject) else singular}"


def _plural(phrase: str) -> bool:
    head_phrase = phrase.split(" on ")[0].split(" against ")[0]
    before_of, _, after_of = head_phrase.partition(" of ")
    # "a package of sanctions", "duties of 25%": the noun before "of"; "freedom of
    # information laws": a compound, whose last word is the head
    if after_of and (len(after_of.split()) == 1 or after_of[:1].isdigit()):
        head_phrase = before_of
    head = head_phrase.split()[-1].lower()
    return (head.endswith("s") and not head.endswith("ss")) or head in ("criteria", "data")


def _fallback(text: str, measure: Measure | None) -> str:
    return measure_phrase(text, measure) + " due" if measure is not None else "deadline"
