"""Who imposes a measure and on whom: the imposer and the targets of one trigger.

The imposer is, in order, an agent ("imposed by the US"), the country inside an
investment restriction ("sell its US operations"), an actor right before the trigger ("US
tariffs", unless that actor is plainly the target: "Russia sanctions"), or the subject
of the clause when a verb says what it does. A subject that suffers ("China faces
tariffs", "was hit with") is a target instead; in an agreement every party of the subject
counts. Targets are also read from the object phrase ("on Chinese goods").
"""

from __future__ import annotations

from .article import Ent, Found, actor_name
from .lexicon import Lexicon
from .sentence import BE_AUX, PARTICIPLES, SentenceView

# Types whose modifier ("EU subsidies", "US-China deal") is a party, never the target.
_MODIFIER_NOT_TARGET = ("agreement", "subsidy", "investigation")
# How far after the trigger an agent ("by ...") may stand, in tokens.
_AGENT_REACH = 8


def find_parties(view: SentenceView, found: Found, cue: int, explicit: bool) -> None:
    """Fill imposer, targets and parties of one trigger, whose action word is at `cue`."""
    cue_left = 0 <= cue < found.first
    anchor = cue if cue_left else found.first
    imposer = view.agent(min(cue if cue >= 0 else found.last, found.last) + 1,
                         found.last + _AGENT_REACH)
    inside = [view.ent_at[at] for at in range(found.first, found.last + 1) if at in view.ent_at]
    if imposer is None and inside and found.type == "investment_restriction":
        imposer = inside[0]  # "sell its US operations": the US forces the sale
    targets: list[Ent] = []
    modifier = view.modifier(found)
    if modifier is not None:
        if _modifier_is_target(view, found, modifier):
            targets.append(modifier)  # "Russia sanctions", "China tariffs"
        elif imposer is None:
            imposer = modifier
    subject, government = view.subject(anchor)
    if subject is not None:
        imposer, suffering = _subject_sides(view, found, subject, anchor, imposer,
                                            _subject_suffers(view, cue, anchor), explicit)
        targets += suffering
    targets += view.targets_after(found)
    if cue_left:
        targets += view.entities_between(cue + 1, found.first, modifier)
    _name_sides(found, imposer, targets, government and explicit)


def _modifier_is_target(view: SentenceView, found: Found, modifier: Ent) -> bool:
    """ "Russia sanctions": a country's own name before the trigger is what it targets."""
    return (modifier.plain_name and found.type not in _MODIFIER_NOT_TARGET
            and view.low(modifier.last + 1) not in ("’s", "'s")
            and found.entry.kind != "verb_bound" and not view.low(found.first).endswith("ed"))


def _subject_suffers(view: SentenceView, cue: int, anchor: int) -> bool:
    """Whether the clause's subject undergoes the measure: "faces", "was hit with"."""
    if cue < 0:
        return False
    lex = view.lex
    patient = view.low(cue) in lex.patient_verbs or any(
        view.low(at) in lex.patient_verbs for at in range(max(0, anchor - 3), anchor))
    passive = view.low(cue - 1) in BE_AUX - {"to", "have", "has", "had", "will"} \
        and (view.low(cue).endswith(("ed", "en")) or view.low(cue) in PARTICIPLES)
    return patient or passive


def _subject_sides(view: SentenceView, found: Found, subject: Ent, anchor: int,
                   imposer: Ent | None, suffers: bool,
                   explicit: bool) -> tuple[Ent | None, list[Ent]]:
    """(imposer, targets) once the clause's subject is read."""
    if suffers:
        # The sufferer and its appositions: "ByteDance, TikTok's parent, faces ...".
        clause = view.clause_start(subject.first)
        return imposer, [ent for ent in view.entities_between(clause, anchor, None)
                         if not view.in_pp(ent) and (not ent.demonym or ent is subject)] \
            or [subject]
    if subject.demonym:
        return imposer, []
    if found.type == "agreement":
        # "Australia and India signed a deal": every party in the subject.
        clause = view.clause_start(subject.first)
        parties = [ent for ent in view.entities_between(clause, anchor, None)
                   if not view.in_pp(ent) and not ent.demonym] or [subject]
        imposer = imposer or parties[0]
        return imposer, [ent for ent in parties if ent is not imposer]
    if imposer is None and explicit:
        return subject, []
    return imposer, []


def _name_sides(found: Found, imposer: Ent | None, targets: list[Ent],
                government_acts: bool) -> None:
    """Set the trigger's imposer and target names: people and groups act for their state."""
    names: list[str] = []
    imposer_name = actor_name(imposer) if imposer else None
    for target in targets:
        if target is imposer:
            continue
        # "23 Chinese firms": the group, and the country it belongs to.
        extra = [target.affiliation] if target.kind == "group" and target.affiliation else []
        for name in [target.name, *extra]:
            if name != imposer_name and name not in names:
                names.append(name)
    found.imposer = imposer_name
    found.targets = names
    found.parties = ([imposer] if imposer else []) + targets
    found.concrete = bool(imposer_name or names or government_acts)


def official(lex: Lexicon, found: Found) -> bool:
    """Whether a bare "probe" or "deal" has a state or an official body on one side."""
    for ent in found.parties:
        if ent.kind == "country" and not ent.demonym:
            return True
        if ent.kind == "organization" and found.type == "investigation" and any(
                word in lex.official_bodies for word in ent.name.lower().split()):
            return True
    return False
