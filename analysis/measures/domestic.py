"""Sides a sentence leaves unnamed, read from the article around it.

A tax cut is a benefit (`subsidy`); a probe "in Germany" is Germany's; a "court-imposed"
step is the article's own country's; a domestic step (a tax, a spending rise) that names
no one belongs to the state that took the measure named just before, or to the article's
country when the sentence speaks of government ("the budget", "the minister"). A bare
mention that still names no one is evidence only (`weak`).
"""

from __future__ import annotations

from ..actors.cluster import EUROPEAN_UNION
from .article import Found
from .sentence import SentenceView
from .subjects import one_authority_before, speaker_country
from .vocab import JUST_BEFORE, TAX_LEVELS, VERB_KINDS

# Taxes, and the duties that are taxes, not tariffs ("stamp duty", "fuel duty").
_TAX_WORDS = frozenset({"tax", "taxes", "stamp duty", "fuel duty", "fuel duties", "excise duty",
                        "excise duties", "alcohol duty", "tobacco duty", "air passenger duty",
                        "death duties", "inheritance duty"})
_BARE_RULES = frozenset({"measure.bare", "measure.named"})
# Words between a probe and "in Germany" that keep it the probe's place: "are still going
# on in France".
_PROBE_FILLERS = frozenset({"is", "are", "was", "were", "been", "being", "has", "have", "had",
                            "still", "now", "already", "going", "on", "under", "way",
                            "continuing", "ongoing", "opened", "launched", "underway", "also",
                            "of", "into", "against", "the", "a", "an"})
_BUDGET_WORDS = frozenset({"budget", "budgets", "chancellor", "treasury", "exchequer"})
# Verbs that restrict; said of a subsidy they cut it back ("curb fuel subsidies").
_RESTRICTING = frozenset({"curb", "curbs", "curbed", "curbing", "restrict", "restricted",
                          "restricting", "limit", "limited", "limiting", "cap", "capped",
                          "capping", "tighten", "tightened", "tightening"})


# Words before "in <country>" that say a rule holds there: "come into force in Ireland".
_HOLDING = frozenset({"force", "effect", "place", "banned", "introduced", "applies", "apply"})
_IN_FORCE_REACH = 10
# Words of the state before a probe's noun: whose probe it is when no one is named.
_STATE_PROBE_WORDS = frozenset({"government", "congressional", "parliamentary", "federal",
                                "police", "judicial", "customs", "senate", "legislative",
                                "regulatory", "official"})


def fill_unnamed_sides(view: SentenceView, trigger: Found) -> None:
    """Sides the sentence leaves unnamed: a tax cut is a benefit (subsidy); a probe "in
    Germany" is Germany's; a "court-imposed" step or a budget's tax or spending measure
    belongs to the article's own country."""
    if trigger.type == "other" and trigger.entry.phrase in _TAX_WORDS and trigger.action == "ease" \
            and not _general_tax_change(view, trigger):
        # "taxes are being cut"; "promised to cut stamp duty": a tax break put forward
        trigger.type = "subsidy"
        trigger.action = "propose" if trigger.rule == "measure.planned-change" else "impose"
    if trigger.type == "subsidy" and trigger.cue_words.lower() in _RESTRICTING:
        trigger.action = "ease" if trigger.action in ("impose", "maintain") else trigger.action
    if trigger.imposer is not None:
        return
    home = view.doc.home
    place = _probe_place(view, trigger) if trigger.type == "investigation" and \
        trigger.entry.kind not in VERB_KINDS else None
    if place is not None:
        _impose_as(trigger, place)
    elif home and trigger.entry.phrase.split("-")[0] in view.doc.words.authority_nouns:
        _impose_as(trigger, home)  # "a court-imposed pay cut"
    elif trigger.type == "investigation" and _states_probe(view, trigger) and (
            state := home or view.doc.dateline or view.doc.served):
        _impose_as(trigger, state)  # "prompting a congressional inquiry into hoarding"
    elif trigger.type in ("other", "subsidy"):
        state = _in_force_in(view, trigger) or _governed(view, trigger)
        if state is not None:
            _impose_as(trigger, state)
            trigger.targets = [name for name in trigger.targets if name != state]
    if trigger.imposer is None and trigger.rule not in _BARE_RULES and not trigger.opposed \
            and not trigger.framed and not trigger.told_again:
        # "Trump said tariffs on Mexico would rise": what a state's voice announces with
        # no one named to take it, that state takes (never its own target).
        said_by = speaker_country(view, trigger.first)
        if said_by is not None and said_by not in trigger.targets:
            _impose_as(trigger, said_by)
    last = view.doc.last_imposer
    if trigger.imposer is None and not trigger.targets and trigger.rule == "measure.standing" \
            and last is not None and last.kind == "country" and not last.demonym \
            and 0 <= view.toks[trigger.first].start - last.start <= JUST_BEFORE:
        # "Washington lifted some sanctions on India. Restrictions on exports of sensitive
        # technology remain in place": what stands with no side named is the same party's
        _impose_as(trigger, last.name)
    if trigger.imposer is None and trigger.authority_acts and trigger.imposer_ent is None \
            and last is not None and last.kind == "country" and not last.demonym \
            and last.name not in trigger.targets and one_authority_before(view, trigger.first):
        # "Vietnam banned imports of gold bars. The central bank also banned imports of
        # gold coins": an unnamed authority stands for its country (4.5), the one that
        # acted last (not the dateline's: that cost imposers on two read sets)
        _impose_as(trigger, last.name)
    if trigger.imposer is None and trigger.rule in _BARE_RULES:
        trigger.weak = True  # "lower taxes with the Conservatives": a mention, not a step


def _in_force_in(view: SentenceView, trigger: Found) -> str | None:
    """ "the total ban that will come into force in the Irish Republic", "smoking has been
    banned in all workplaces in Ireland": the state where a domestic rule holds lays it."""
    for at in range(trigger.last + 1, min(len(view.toks), trigger.last + _IN_FORCE_REACH)):
        if view.low(at) in (",", ";", ":", "—", "–"):
            break  # (a relative clause "that came into force in" is read through)
        if view.low(at) not in _WHERE_IT_HOLDS or (view.low(at - 1) not in _HOLDING
                                                   and trigger.type != "other"):
            continue
        if view.low(at - 1) in _SEATED:
            continue  # "waived for boats registered in Malta": whose boats, not where it holds
        place = view.ent_at.get(at + 1) or (view.ent_at.get(at + 2)
                                            if view.low(at + 1) == "the" else None)
        if place is not None and not place.demonym and (
                place.kind == "country" or place.name == EUROPEAN_UNION and view.low(at) != "in"):
            # ("banned throughout the EU": the Union's rule; not "in the EU", where a
            # member's may hold)
            return place.name
    return None


_WHERE_IT_HOLDS = frozenset({"in", "throughout", "across"})
# Participles that say where someone is from, not where a rule holds: "boats registered in".
_SEATED = frozenset({"registered", "based", "flagged", "headquartered", "incorporated",
                     "listed", "located", "made", "produced", "grown", "built", "born"})


def _probe_place(view: SentenceView, trigger: Found) -> str | None:
    """ "a criminal investigation in Germany", "investigations are still going on in
    France", "In Freedonia, a probe ...": the country where a probe runs runs it (not "a
    probe of its operations in Germany")."""
    after = trigger.last + 1
    while view.low(after) in _PROBE_FILLERS or view.low(after).endswith("ly") \
            or after in view.ent_at and view.ent_at[after].kind != "country":
        after += 1
    spots = [after] if view.low(after) == "in" else []
    start = view.clause_start(trigger.first)
    if view.low(start) == "in":
        spots.append(start)
    for at in spots:
        place = view.ent_at.get(at + 1)
        if place is not None and place.kind == "country" and not place.demonym:
            return place.name
    return None


def _general_tax_change(view: SentenceView, trigger: Found) -> bool:
    """ "the inheritance tax threshold would rise", "the top rate of income tax would fall":
    a tax's rate, band or threshold moved for every payer is a change of the tax (4.3
    other), not a break given to some (a subsidy)."""
    near = range(max(0, trigger.first - 3), min(len(view.toks), trigger.last + 3))
    return any(view.low(at) in TAX_LEVELS for at in near)


def _states_probe(view: SentenceView, trigger: Found) -> bool:
    """Whether a word of the state qualifies a probe ("a congressional inquiry", "a
    federal criminal investigation"): an unnamed authority's, so its country's (4.5)."""
    words = [view.low(at) for at in range(max(0, trigger.first - 2), trigger.first)]
    return any(word in _STATE_PROBE_WORDS
               for word in [*words, *trigger.entry.phrase.split(" ")[:-1]])


def _governed(view: SentenceView, trigger: Found) -> str | None:
    """The state whose domestic step (a tax, a spending rise) this is when the sentence
    names no one: none when another state is named or the step is not said as taken; else
    the state that took the measure named last ("The government cut taxes. ... those
    earning less will be exempt from income tax"), or the article's own country when the
    sentence speaks of government ("the budget", "the minister")."""
    doc = view.doc
    if any(ent.kind == "country" and not ent.authority and ent.name != doc.home
           for ent in view.ents):
        return None
    if not trigger.explicit_action and trigger.rule != "measure.bare":
        return None
    last = doc.last_imposer
    if last is not None and last.kind == "country" and (last.official or not last.demonym):
        return last.name  # "the Ruritanian government" took the step before
    if doc.home and trigger.explicit_action and (
            any(ent.authority for ent in view.ents)
            or any(tok.low in _BUDGET_WORDS for tok in view.toks)):
        return doc.home
    return None


def _impose_as(trigger: Found, name: str) -> None:
    trigger.imposer, trigger.imposer_official, trigger.concrete = name, True, True
    trigger.targets = [target for target in trigger.targets if target != name]
