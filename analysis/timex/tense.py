"""Which way an underspecified time points: the tense of the clause around it.

`tense_at(lowered, original, start, end)` reads the sentence around an expression and
returns PAST, PRESENT, FUTURE or None. The verb nearest the expression wins, with these
refinements, each there because news prose defeats the plain rule:

- a modal or "is to" and the verb group after it are one future marker ("will be paid",
  "would still be held"), so the participle inside does not read as a past;
- "had been due to expire" is one past marker, and "expects to", "planned for", "takes
  effect" look forward even inside a past-tense report;
- a present that schedules ("ministers meet on Thursday", "talks resume in March") looks
  forward;
- a reporting verb ("said", "told") governs a time only right beside it ("said on
  Tuesday"); further away the time belongs to the reported clause;
- words in -ed that are no verbs do not count: names ("United", capitalized mid-sentence),
  compounds ("US-led"), adjectives after a determiner ("the increased dividend") and a
  participle after "as" ("on June 1 as planned": the clause's own verb tells);
- signals right before the expression decide on their own: "since" points back; "as soon
  as", "as early as", "no later than", "ahead of" forward; "until" after a delay
  ("postponed until", "extended until") forward; any other end point ("until", "by",
  "to") cancels a past verb, which does not push a deadline into the past.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .regex_form import compile_fast

PAST, PRESENT, FUTURE = "past", "present", "future"

# The steps a measure takes that "could" looks forward to ("the rate could rise", "could
# impose duties"); the deadline rules read "could" the same way.
COULD_STEPS = (r"(?:also\s+|then\s+|soon\s+)?(?:rise|increase|climb|double|triple|jump|impose"
               r"|raise|reimpose|cut|lower|ban|lift|end|expire|lapse|resume|take\s+effect"
               r"|come\s+into|kick\s+in|apply|face|hit)\b")
_ADVERBS = r"(?:not|n't|still|also|then|now|only|soon|probably|likely|almost|finally|" \
    r"eventually|again|never|first|\w+ly)"
_MARKERS = compile_fast(
    r"\b(?:(?P<past_chain>had\s+been\s+(?:set|due|scheduled|expected|slated|planned)\s+to"
    r"(?:\s+\w+)?)"
    rf"|(?P<modal>(?:will|would|shall|won't|wo\s+n't|might|must|should|(?:is|are)\s+to"
    rf"|(?:is|are|am)\s+going\s+to)(?:\s+{_ADVERBS})*(?:\s+(?:be|have|been|being))*"
    r"(?:\s+\w+)?)"
    # "could" looks forward only before a change a measure makes ("the rate could rise to
    # 50% on July 9", "could impose duties from January"); "could be located Wednesday" and
    # "could not stop the bullet Friday night" tell the past.
    rf"|(?P<could>could\s+{COULD_STEPS})"
    r"|(?P<fut>(?:(?:(?:is|are|was|were|be|been)\s+)?(?:set|due|scheduled|expected|slated|"
    r"poised|likely|about|plans?|planning|intends?|aims?|hopes?|wants?|seeks?|"
    r"expects?|expecting|ready)\s+to"
    r"(?!\s+(?:the|a|an|its|their|his|her|this|that|higher|lower|weak|strong|poor)\b))"
    # "a decision is expected by Sept. 30", "a ruling is due in June": what is awaited
    r"|(?:is|are|be)\s+(?:now\s+|also\s+|still\s+)?(?:expected|due)(?=\s+(?:by|in|on|before|"
    r"within|around|early|late|next)\b)"
    # "The order is valid for 60 days from Thursday": a span that runs on from now
    r"|(?:is|are)\s+valid(?=\s+(?:for|until|till|through)\b)"
    r"|(?:planned|scheduled|slated|set|due)\s+for|scheduled|slated|upcoming|payable|"
    r"effective|expires?|deadline|(?:takes?|take)\s+effect|(?:comes?|enters?|go(?:es)?)"
    r"\s+into\s+(?:force|effect))"
    r"|(?P<schedule>(?:meets?|convenes?|resumes?|begins?|opens|arrives?|kicks?\s+(?:off|in)|"
    r"ends|lasts|applies|"
    r"takes?\s+office|goes\s+to\s+the\s+polls|go\s+to\s+the\s+polls))"
    r"|(?P<intended>(?:planned|decided|voted|pledged|promised|vowed|threatened|agreed|"
    r"hoped|wanted|sought|intended|aimed|offered)\s+to)"
    r"|(?P<report>said|says|told|tells|added|adds|announced|reported|stated|noted|"
    r"according\s+to)"
    r"|(?P<pres>(?:is|are|be|been|being|'re)\s+(?:\w+ed|\w+ing)|is|are|has|have|am|"
    r"does|do|now|today|currently)"
    # ("came into force on Tuesday and will last": the phrase ends right before the time)
    r"|(?P<past>(?:came|went)\s+into\s+(?:force|effect|operation)|took\s+(?:full\s+)?effect"
    r"|entered\s+(?:into\s+)?force|was|were|had|did|went|came|took|gave|made|rose|"
    r"fell|met|held|saw|sold|bought|began|left|won|lost|paid|became|brought|fought|grew|led|"
    r"kept|spent|sent|struck|thought|felt|found|got|knew|built|ran|wrote|spoke|chose|broke)"
    # ("agreed", "decreed": the few past forms in -eed; not "need", "speed", "exceed")
    r"|(?P<past_ed>[a-z]+[^e\W]ed|[a-z]+ied|[a-z]*(?:agr|decr|guarant)eed|freed))\b"
    r"|(?P<fut2>'ll)\b",
)
# The words a marker can open with (each kind's first word, whole); besides these, only a
# word in -ed (past_ed, and the -ed forms above) or an apostrophe ("'re", "'ll") opens one.
_MARKER_WORDS = frozenset((
    "had", "will", "would", "shall", "won", "wo", "might", "must", "should", "is", "are", "am",
    "could", "was", "were", "be", "been", "being", "set", "due", "scheduled", "expected",
    "slated", "poised", "likely", "about", "plan", "plans", "planning", "intend", "intends",
    "aim", "aims", "hope", "hopes", "want", "wants", "seek", "seeks", "expect", "expects",
    "expecting", "ready", "planned", "upcoming", "payable", "effective", "expire", "expires",
    "deadline", "take", "takes", "come", "comes", "enter", "enters", "go", "goes", "meet",
    "meets", "convene", "convenes", "resume", "resumes", "begin", "begins", "opens", "arrive",
    "arrives", "kick", "kicks", "ends", "lasts", "applies", "sought", "said", "says", "told",
    "tells", "adds",
    "according", "has", "have", "does", "do", "now", "today", "currently", "did", "went",
    "came", "took", "gave", "made", "rose", "fell", "met", "held", "saw", "sold", "bought",
    "began", "left", "lost", "paid", "became", "brought", "fought", "grew", "led", "kept",
    "spent", "sent", "struck", "thought", "felt", "found", "got", "knew", "built", "ran",
    "wrote", "spoke", "chose", "broke"))
# Where a marker may start: a whole word (\b and a word character) or an apostrophe.
_MARKER_START = re.compile(r"\w+|'")
_KIND_TENSE = {"past_chain": PAST, "modal": FUTURE, "could": FUTURE, "fut": FUTURE,
               "fut2": FUTURE,
               "intended": FUTURE, "schedule": FUTURE,
               "report": PAST, "pres": PRESENT, "past": PAST, "past_ed": PAST}
# How far either side of an expression a verb may be to set its tense (callers may cut the
# sentence to this).
TENSE_REACH = 300
# A reporting verb further than this from the expression reports, it does not date it.
_REPORT_REACH = 12
# A marker after the expression counts a little less than one before it.
_AFTER_PENALTY = 8
_NOT_VERBS = frozenset({"hundred", "alleged", "so-called", "kindred", "sacred", "naked",
                        "wicked", "wretched", "rugged", "beloved", "aged"})
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\W)(?:a|an|the|its|their|his|her|our|your|my|this|that|these|those|any|some|no|"
    r"'s|’s)\s+(?:\w+ly\s+|still\s+|newly\s+|recently\s+)?$")
_PLANS_OBJECT_OF = re.compile(
    r"\b(?:announced|unveiled|outlined|revealed|approved|drew\s+up|scrapped|dropped|shelved|"
    r"new|has|have|had|with|about|of|on)\s+$")
_NEGATED = re.compile(r"\b(?:did|didn't|not|n't|never|to)\s+$")
_SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon|immediately|right)\s+)?"
                    r"(?:(?:before|after)\s+)?(?:the\s+)?$")
_SOON_AS = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|not\s+before|ahead\s+of|"
                      r"in\s+time\s+for)\s+$")
_CLOCK_BETWEEN = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?,?\s+|noon\s+" \
    r"|midnight\s+)?"
_ENDPOINT = re.compile(
    r"\b(?:to|until|till|through|by|before|effective|from|starting|beginning)\s+(?:(?:at\s+least"
    r"|as\s+late\s+as|"
    rf"as\s+early\s+as|no\s+later\s+than|about|around)\s+)?(?:at\s+)?{_CLOCK_BETWEEN}$")
_UNTIL = re.compile(rf"\b(?:until|till|through)\s+(?:at\s+least\s+)?{_CLOCK_BETWEEN}$")
# A clause of time whose verb is in the present: it tells what is to come ("before
# Parliament rises in July", "when the new session opens in January").
_TIME_CLAUSE = re.compile(r"\b(?:before|until|till|once|when)\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?"
                          r"(?:rises|sits|opens|closes|reconvenes|returns|resumes|begins|starts"
                          r"|ends|breaks|meets|convenes|expires|runs\s+out)\s+(?:in|on|at)\s+$")
_DELAYED_UNTIL = re.compile(
    r"\b(?:postponed|delayed|deferred|adjourned|extended|suspended|pushed\s+back|put\s+off|"
    r"given|has\s+until|have\s+until|granted)\b[^.;]{0,80}?\b(?:until|till|to)\s+"
    rf"(?:at\s+least\s+)?(?:at\s+)?{_CLOCK_BETWEEN}$")


def tense_at(lowered: str, original: str, start: int, end: int) -> str | None:
    """The tense of the clause around `lowered[start:end]`: PAST, PRESENT, FUTURE or None.

    `lowered` is the sentence in lower case, `original` the same sentence as written
    (capitals tell a name from a verb).
    """
    before = lowered[max(0, start - 120):start]
    signal = _signal(before)
    if signal is not None:
        return signal
    best: tuple[int, str] | None = None
    markers = _markers(lowered, original)
    next_clause = _NEXT_CLAUSE.search(lowered, end)
    clause_end = next_clause.end() if next_clause is not None else len(lowered) + 1
    for kind, left, right in markers:
        tense = _KIND_TENSE[kind]
        if left >= end:
            if left >= clause_end or (
                    kind == "pres" and _REPORT_DAY.search(lowered, max(end, left - 40), left)):
                continue  # "from Saturday, but spared 34 producers": another clause's verb;
                # "from Monday, the minister said today": the day of the telling
            distance = left - end + _AFTER_PENALTY
            if kind == "intended":
                tense = PAST  # "On Friday, it decided to ...": the day of the decision
        elif left < start:
            distance = max(0, start - right)  # a verb group may run into it
        else:
            continue  # a word inside the expression itself
        if kind == "report" and distance > _REPORT_REACH:
            if not (left < start and _told_whom(lowered, markers, right, start)):
                continue
            distance = 0  # the day of the telling, whatever follows
        if best is None or distance < best[0]:
            best = (distance, tense)
    if _UNTIL.search(before) is not None and (best is None or best[1] == PRESENT):
        return FUTURE  # "The quota lasts until 31 December", "is in force until March": an
        # end point told in the present is still to come
    if best is None:
        return None
    endpoint = _ENDPOINT.search(before) is not None
    return None if endpoint and best[1] == PAST else best[1]


# What opens another clause after an expression: "; ", ", but", ", while" (not ", and",
# which as often joins a second verb of the same clause).
_NEXT_CLAUSE = re.compile(r";|,\s*(?:but|while|whereas|although|though)\b")
# A reporting verb right before the word "today" or "now" after it ("said today", "told
# reporters today"): the telling's day, not the tense of the clause reported.
_REPORT_DAY = re.compile(r"\b(?:said|says|told|tells|announced|added|stated)(?:\s+[a-z]+){0,2}"
                         r"\s+$")


def _told_whom(lowered: str, markers: tuple[tuple[str, int, int], ...], right: int,
               start: int) -> bool:
    """Whether only the reporting verb's object stands between it and the time: "told
    Japan and South Korea on Monday that ..." (no verb, no "that" in between)."""
    between = lowered[right:start]
    return start - right <= _TOLD_WHOM_REACH and _TOLD_WHOM.fullmatch(between) is not None \
        and not any(right <= left < start for _, left, _ in markers)


# What may stand between "told" and its day: its object, then the day's preposition.
_TOLD_WHOM = re.compile(r"\s+(?:[\w'’.-]+\s+){1,5}(?:on|last|this|early|late)\s+")
_TOLD_WHOM_REACH = 48


# "as" right before a participle: "on June 1 as planned" (not "has").
_AS_BEFORE = re.compile(r"(?<![\w'’])as\s$")


@functools.lru_cache(maxsize=16)
def _markers(lowered: str, original: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of each tense marker in the sentence, in order, leaving out the
    words that only look like one. Kept for the next expressions of the same sentence,
    which ask about the same text."""
    found: list[tuple[str, int, int]] = []
    for marker in _marker_matches(lowered):
        kind = marker.lastgroup or ""
        if (kind == "past_ed" and (not _is_verb(lowered, original, marker)
                                   or _AS_BEFORE.search(lowered, 0, marker.start())
                                   is not None)) or (
                kind == "fut" and _is_plans_noun(lowered, marker)) or (
                kind == "schedule" and _NEGATED.search(lowered, max(0, marker.start() - 12),
                                                        marker.start())):
            continue
        found.append((kind, marker.start(), marker.end()))
    return tuple(found)


def _marker_matches(lowered: str) -> Iterator[re.Match[str]]:
    """What `_MARKERS.finditer(lowered)` finds, tried only at the words that can open a
    marker: the regex, whose first step is a word boundary and then a choice among a
    hundred words, is tried at every position by `finditer` (most of the tagger's time
    for the tense of a sentence)."""
    end = 0
    for start in _MARKER_START.finditer(lowered):
        at = start.start()
        if at < end:
            continue  # inside the marker found last
        word = start.group()
        if word in _MARKER_WORDS or word.endswith("ed") or word == "'":
            marker = _MARKERS.match(lowered, at)
            if marker is not None:
                end = marker.end()
                yield marker


def _signal(before: str) -> str | None:
    """The direction a signal word right before the expression gives on its own."""
    if _SINCE.search(before):
        return PAST
    if _SOON_AS.search(before) or _DELAYED_UNTIL.search(before) or _TIME_CLAUSE.search(before):
        return FUTURE
    return None


def _is_plans_noun(lowered: str, marker: re.Match[str]) -> bool:
    """ "announced plans to", "its plans to": a noun, which says nothing of the tense."""
    if not marker.group().startswith("plans"):
        return False
    left = marker.start()
    return bool(_DETERMINER_BEFORE.search(lowered, max(0, left - 30), left)
                or _PLANS_OBJECT_OF.search(lowered, max(0, left - 30), left))


def _is_verb(lowered: str, original: str, marker: re.Match[str]) -> bool:
    """Whether a word in -ed is a verb, not a name, a compound or an adjective."""
    left = marker.start()
    if marker.group() in _NOT_VERBS or (left and lowered[left - 1] in "-‐") \
            or lowered[marker.end():marker.end() + 1] in ("-", "‐"):
        return False  # ("US-led", "used-car imports": compounds, no verbs)
    if left and original[left:left + 1].isupper():
        return False  # "United", "Mohamed": a name, not a verb
    if _PREPOSITION_BEFORE.search(lowered, max(0, left - 12), left) \
            and _NOUN_AFTER.match(lowered, marker.end()):
        return False  # "duties on imported new cars", "prices of processed food": an
        # adjective after a preposition
    return not _DETERMINER_BEFORE.search(lowered, max(0, left - 30), left)


# A preposition right before a word in -ed, and a noun or adjective right after it, which
# make the word an adjective ("on imported cars"; not "by" or a clause's word after it).
_PREPOSITION_BEFORE = re.compile(r"(?:^|\W)(?:on|of|for|from|with|into|against|about|over"
                                 r"|under|without)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|to|in|on|at|for|from|with|and|or|as|that|the|a|an"
                         r"|last|this|next|since|until|before|after)\b)[a-z][a-z-]*\b")
