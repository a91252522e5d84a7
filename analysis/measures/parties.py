"""Who imposes a measure and on whom: the imposer and the targets of one trigger.

The imposer is, in order, an agent ("imposed by the US"), the country inside an
investment restriction ("sell its US operations"), an actor right before the trigger ("US
tariffs", unless that actor is plainly the target: "Russia sanctions"), or the subject
of the clause when a verb says what it does; never the subject of "argued against". A
subject that suffers ("China faces tariffs", "was hit with") is a target instead; in an
agreement every party of the subject counts. People never impose: a minister acts for
the country, an official for the organization. Targets are read from the object phrase
("on Chinese goods", "against Freedonia", "on imports from Ruritania").
"""

from __future__ import annotations

from .. import gazetteer
from ..actors.affiliation import state_title
from .article import COUNTRY_NAMES, Ent, Found
from .sentence import SentenceView, ban_as_verb
from .subjects import attributing_body, coordinated, speaker_before, trailing_speaker
from .vocab import (
    ACCESS_BLOCKED,
    BE_AUX,
    CHALLENGE_FORMS,
    COMPLAINED_FORMS,
    COURT_CASE,
    COURT_NAME,
    FILED_NOUNS,
    FILED_WITH_A_FORUM,
    LETTING,
    MEMBERSHIP_LEFT,
    MEMBERSHIP_SUSPENDED,
    PARTICIPLES,
    SANCTION_LICENCES,
    SPEECH_VERBS,
    VERB_KINDS,
)

# Types whose modifier ("EU subsidies", "US-China deal") is a party, never the target.
_MODIFIER_NOT_TARGET = ("agreement", "subsidy", "investigation")
# Words that make a coordinated subject's measure fall on each of its sides.
_RECIPROCAL_WORDS = frozenset({"reciprocal", "mutual"})
# How far after the trigger an agent ("by ...") may stand, in tokens.
_AGENT_REACH = 8
# How far before a person's name a title or a country may stand ("US Trade Representative").
_TITLE_REACH = 5
# Trigger phrases whose subject undergoes them: "is on trial", "under investigation".
_PATIENT_PHRASE_STARTS = frozenset({"on", "under", "charged", "stand", "stood", "went", "go"})
# How near "on trial" or "charged with" its named defendant must stand.
_PATIENT_REACH = 7
# Types whose measures may fall on a person: probes, charges, sanctions, fines, bans.
_PERSON_TARGET_TYPES = frozenset({"investigation", "sanction", "other",
                                  "investment_restriction"})
# What goes to a country: "exports to the United States" face its duties.
_FLOW_WORDS = frozenset({"exports", "export", "shipments", "goods", "products", "sales",
                         "imports", "shipped", "exported", "sent", "sold"})
# Targets beyond this many are the sentence's bystanders, not the measure's.
_MAX_TARGETS = 4


# Words before the act a sanction answers: "after Iraq's invasion", "over its tests".
_ANSWERING = frozenset({"after", "over", "for", "following"})


# How far after a proposal noun its party is named ("a plan by Abu Dhabi-based Qimma").
_PROPOSER_NAMED_REACH = 6


# What follows the object of a verb that binds a measure's noun told after it.
_OBJECT_THEN = frozenset({"from", "as", "a", "an"})


def find_parties(view: SentenceView, found: Found, cue: int, explicit: bool) -> None:
    """Fill imposer, targets and parties of one trigger, whose action word is at `cue`."""
    if found.entry.phrase == MEMBERSHIP_SUSPENDED:
        _membership_sides(view, found)
        return
    if found.entry.phrase == MEMBERSHIP_LEFT:
        _leaving_sides(view, found)
        return
    if found.entry.phrase == ACCESS_BLOCKED:
        _blocked_access_sides(view, found)
        return
    cue_left = 0 <= cue < found.first
    anchor = cue if cue_left else found.first
    imposer = view.agent(found.last + 1, max(cue, found.last) + _AGENT_REACH)
    if imposer is None and cue_left and view.low(cue - 1) in BE_AUX:
        # "Nexperia was ordered by the British government to sell its stake": the passive
        # verb's agent, between it and the measure
        imposer = view.agent(cue + 1, found.first)
    inside = [view.ent_at[at] for at in range(found.first, found.last + 1) if at in view.ent_at]
    # "block Russia's bid", "froze Iran's assets": whose thing a verb-bound measure
    # restricts is what it falls on, not who restricts it.
    owners = [ent for ent in inside if found.entry.kind == "verb_bound"
              and view.low(ent.last + 1) in ("’s", "'s")]
    inside = [ent for ent in inside if ent not in owners]
    if imposer is None and inside and found.type == "investment_restriction" \
            and found.entry.phrase not in _INVESTING:
        # (not "barred American investors from investing in": those barred, told between
        # the verb and what they may not do, are the state's own; the subject bars them)
        if inside[0].demonym and found.entry.phrase in _BIDS:
            owners.append(inside[0])  # "Australia blocked a Chinese bid": the bidder (but
            # "restrict US investment in China": the investors' state restricts it)
        else:
            imposer = inside[0]  # "sell its US operations": the US forces the sale
    if imposer is not None and found.type in ("investment_restriction", "investigation") \
            and found.entry.phrase in _BIDS and imposer.kind == "organization" \
            and view.low(found.last + 1) != "to":
        # "blocked the takeover of the tyre maker by Sinochem": who bids, not who blocks
        # ("will review the takeover of Bolt by Acme": nor who reviews)
        owners.append(imposer)
        imposer = None
    targets: list[Ent] = list(owners)
    if found.bound and found.entry.phrase in _INVESTING:
        # "blocked a Chinese-linked fund, Jade Minerals, from raising its stake": the
        # bodies barred from investing (a demonym's investors are the state's own)
        targets += [ent for ent in inside if not ent.demonym and ent is not imposer
                     and ent.kind in ("organization", "person", "group")]
    if found.bound and found.entry.kind == "verb_bound" \
            and found.type != "investment_restriction":
        # "barred Nexperia from exporting", "designated the Houthis a terrorist group",
        # "removed Cuba from its terrorist list": the verb's object, told before the noun,
        # is what the measure falls on (not "suspended EU aid", the noun's modifier)
        targets += [ent for ent in inside if ent not in owners and not ent.demonym
                    and view.low(ent.last + 1) in _OBJECT_THEN]
    relative = view.relative_agent(found)
    if relative is not None:
        # "The 125% duty that Beijing imposed on American goods remains": who imposed it,
        # and on what, inside the relative clause
        agent, verb = relative
        # (over a "by" further on: "an investigation that the department opened into
        # drones made by Chinese companies")
        imposer = agent
        targets += [ent for ent in view.targets_after(found, last=verb) if ent is not agent]
    if found.proposer_at >= 0:
        # "opened a review of a plan by Qimma Capital to buy ...": who would buy is what
        # the review weighs (a state's investors are the state's)
        owner = view.ent_at.get(found.proposer_at - 2) \
            if view.low(found.proposer_at - 1) in ("’s", "'s") else None
        proposer = owner or next((view.ent_at[at] for at in range(
            found.proposer_at + 2, found.proposer_at + _PROPOSER_NAMED_REACH)
            if at in view.ent_at and view.low(view.ent_at[at].last + 1) not in ("’s", "'s")),
            None)
        if proposer is not None and not proposer.demonym:
            targets.append(proposer)
    if imposer is None and found.rule == "measure.patient" and view.low(found.first) == "under":
        put = next((at for at in range(found.first - 1, max(-1, found.first - _PUT_REACH), -1)
                    if view.low(at) in _PUT_VERBS), -1)
        if put >= 0:
            # "Italian prosecutors placed Calisto Tanzi under investigation": who puts them
            # there investigates, those put there are investigated
            layer, _ = view.subject(put)
            held = view.entities_between(put + 1, found.first, None)
            _name_sides(view, found, layer, [ent for ent in held if ent is not layer], False)
            return
    modifier = view.modifier(found)
    under = _under(view, found)
    if under is not None:
        # "Iraq has been under UN sanctions since 1990": the subject bears the measure,
        # the actor before it (if any) lays it
        subject, _ = view.subject(under)
        layer = view.ent_at.get(found.first - 1)
        if layer is None and subject is not None and view.low(subject.first - 1) in _PUT_VERBS:
            layer, _ = view.subject(subject.first - 1)  # "Freedonia put Ruritania under ..."
        found.passive = True
        _name_sides(view, found, imposer or layer,
                    [subject] if subject is not None and subject is not layer else [], False)
        return
    if modifier is not None:
        if _modifier_is_target(view, found, modifier):
            targets.append(modifier)  # "Russia sanctions", "China tariffs"
            before = view.ent_at.get(modifier.first - 1)
            if imposer is None and before is not None and not before.demonym \
                    and before.kind in ("country", "organization"):
                imposer = before  # "EU China arms ban": the first lays it on the second
        elif imposer is None:
            imposer = modifier
    subject, government = (None, False) if found.opposed or found.demanded \
        or _after_despite(view, found) else view.subject(anchor)
    allowed = _allowed(view, found)
    if allowed is not None:
        # "will allow Britain to resume exports": Britain is let, who lets it acts
        allow_at, let = allowed
        targets.append(let)
        subject, government = view.subject(allow_at)
        if subject is let:
            subject = None
    licensed = _licensed(view, found)
    if licensed is not None:
        targets.append(licensed)  # "a general licence allowing Iran Air to wind down"
    if found.opposed and imposer is None:
        imposer = _owner_addressed(view, found)
    if subject is None and _subject_suffers(view, found, cue, anchor):
        # "Energy imports from Canada face a duty", "Traders at Acme face a probe".
        targets += [ent for ent in view.entities_between(view.clause_start(anchor), anchor, None)
                    if view.low(ent.first - 1) in ("from", "at", "of")]
    if subject is not None and imposer is modifier and modifier is not None \
            and 0 <= cue < found.first and view.low(cue).startswith(_ADOPTING) \
            and subject is not modifier and not subject.demonym \
            and subject.kind in ("country", "organization"):
        # "Switzerland adopted the EU's latest sanctions against Russia": a state taking on
        # another's measure lays it itself
        imposer = subject
    if subject is not None and (found.passive or cue > found.last) \
            and subject.last < found.first and any(
            view.low(at) in _SAYING for at in range(subject.last + 1, found.first)):
        # "Chile said the landing fee will no longer be collected from July": who says a
        # step told in the passive takes it, if a state or a public body; it bears none
        if imposer is None and not subject.demonym and (
                subject.kind == "country" or subject.kind == "organization"
                and subject.official):
            imposer = subject
        subject = None
    if subject is not None:
        suffers = _subject_suffers(view, found, cue, anchor)
        found.passive = found.passive or suffers
        imposer, suffering = _subject_sides(view, found, subject, anchor, imposer, suffers,
                                            explicit)
        targets += suffering
        if imposer is subject and not suffers and _reciprocal(view, subject, found):
            # "The US and China cut their reciprocal tariffs": each side's on the other.
            targets += [ent for ent in coordinated(view, subject) if ent is not subject]
        if imposer is subject and not suffers:
            imposer = _own_body_telling(view, found, subject, max(cue, found.last))
    # "Russia banned Georgian wine": the verb's own object
    # (not "Banned American sprinter X", an adjective opening the clause)
    direct = found.entry.kind in VERB_KINDS or (
        found.entry.kind == "generic" and found.first > view.clause_start(found.first)
        and (found.entry.phrase == "banned" or ban_as_verb(view, found)))
    targets += view.targets_after(found, direct=direct)
    if cue > found.last:
        targets += view.targets_after(found, last=cue)  # "duties were imposed on ..."
    if cue_left:
        targets += view.entities_between(cue + 1, found.first, modifier)
    if imposer is not None and any(target.name == imposer.name and target.demonym
                                   for target in targets):
        # "EU and US strike deal setting 15% tariff on European goods": the EU's goods
        # bear it, the other side lays it
        other = next((ent for ent in coordinated(view, imposer)
                      if ent.name != imposer.name
                      and all(target.name != ent.name for target in targets)), None)
        if other is not None:
            imposer = other
    if found.asks_legislature >= 0:
        # "Mexico's government has asked Congress to raise import duties": the government
        # puts forward its own plan (4.5), which its legislature has to pass
        asker, _ = view.subject(found.asks_legislature)
        if asker is not None and not asker.demonym and (
                asker.kind == "country" or asker.kind == "organization" and asker.official):
            imposer = asker
            targets = [ent for ent in targets if ent is not asker]
    if dealings_bar(found):
        imposer, targets = _dealing_sides(view, found, imposer, targets)
    if not targets and found.type == "sanction":
        offender = _offender(view, max(cue, found.last))
        if offender is not None and offender is not imposer:
            targets.append(offender)  # "sanctions imposed after Iraq's invasion of Kuwait"
    if imposer is None and found.type in _ENTRY_LIMITS and not found.opposed:
        # "Beef from the four countries will enter the EU within a quota of 99,000 tonnes":
        # the market goods enter lays the limit or duty they enter under
        imposer = _destination(view, view.clause_start(anchor), anchor)
        targets = [ent for ent in targets if ent is not imposer]
    if imposer is None and found.type == "investigation" and found.action == "lift" \
            and view.low(found.first - 1) in ("the", "its"):
        # "The European Commission said the investigation into whether Apple ... was
        # closed": a public body tells of its own probe's end
        speaker = speaker_before(view, found.first)
        if speaker is None and targets:
            # "The Commission fined Apple ... In a separate decision, the investigation into
            # whether Apple let users ... was closed": the body that took the last step
            speaker = view.doc.last_imposer
        if speaker is not None and not speaker.demonym and speaker not in targets and (
                speaker.kind == "country" or speaker.kind == "organization"
                and speaker.official):
            imposer = speaker
    if imposer is None and subject is None and not (found.opposed or found.demanded) \
            and found.type not in ("agreement", "investigation"):
        # "Tariffs on steel will rise to 25% from August 1, the Ministry of Commerce said":
        # a step told with no agent, by the body that takes it
        speaker = trailing_speaker(view, max(cue, found.last))
        if speaker is not None and speaker not in targets:
            imposer = speaker
    _name_sides(view, found, imposer, targets, government and explicit)


def _own_body_telling(view: SentenceView, found: Found, state: Ent, last: int) -> Ent:
    """The state's own public body that closes the sentence telling of the state's step
    ("China will restrict exports of two metals from next month, its commerce ministry
    said"): that body takes it (4.5: the most specific named actor); else the state."""
    if state.kind != "country" or state.demonym or found.type == "agreement" \
            or found.opposed or found.demanded:
        return state
    speaker = attributing_body(view, last)
    if speaker is None:
        return state
    if speaker.affiliation == state.name or view.low(speaker.first - 1) == "its":
        view.doc.spoke_for.setdefault(speaker.name, state.name)
        return speaker
    return state


def _blocked_access_sides(view: SentenceView, found: Found) -> None:
    """ "Access to ClipStream has been blocked in China": the state the access is blocked in
    blocks it; the service named after "Access to" is what it falls on."""
    where = next((view.ent_at[at] for at in range(found.last + 1, found.last + 4)
                  if view.low(at - 1) == "in" and at in view.ent_at), None)
    state = where if where is not None and where.kind == "country" and not where.demonym \
        else None
    served = next((view.ent_at[at] for at in range(0, found.first)
                   if at in view.ent_at and view.low(at - 1) in ("to", "the")
                   and view.ent_at[at].kind == "organization"), None)
    _name_sides(view, found, state, [served] if served is not None else [], False)


def dealings_bar(found: Found) -> bool:
    """Whether the trigger bars a party's firms from dealing with another ("barred Chinese
    companies from dealing with", measure_triggers.json)."""
    return found.entry.kind == "verb_bound" and found.entry.phrase.endswith(" with")


def _dealing_sides(view: SentenceView, found: Found, imposer: Ent | None,
                   targets: list[Ent]) -> tuple[Ent | None, list[Ent]]:
    """ "barred Chinese companies from dealing with five US units of Hanwha Ocean": the
    state of those barred lays the bar (when no one else is told), those they may not deal
    with bear it, the bodies before the states that only say where they are from."""
    barred = [ent for ent in targets if ent.first < found.last]
    if imposer is None:
        imposer = next((ent for ent in barred if ent.kind == "country"), None)
    after = []
    for at in range(found.last + 1, min(len(view.toks), found.last + 1 + _DEALT_WITH_REACH)):
        if view.low(at) in (",", ";", ".", "and", "or", "over", "after", "for"):
            break
        ent = view.ent_at.get(at)
        if ent is not None and ent not in after and ent.kind != "place":
            after.append(ent)
    if after and all(ent.demonym for ent in after):
        # "barring them from trading with Chinese companies": the state's own firms are
        # kept from those barred, who bear it; "them" are those the clause before named,
        # and the bar tells what that step does: no measure of its own
        found.weak = found.weak or not barred
        return imposer, barred
    bodies = [ent for ent in after if ent.kind in ("organization", "person", "group")]
    return imposer, bodies or after


# Tokens after "dealing with" its party's name may end.
_DEALT_WITH_REACH = 10


def _allowed(view: SentenceView, found: Found) -> tuple[int, Ent] | None:
    """(the verb, the party) of "allow Britain to resume exports" before a verb-bound
    trigger, or None."""
    if not found.bound or found.type != "export_control" or view.low(found.first - 1) != "to":
        return None  # ("allow Japan to resume imports": Japan lifts its own ban)
    let = view.ent_at.get(found.first - 2)
    if let is None or let.kind not in ("country", "organization") or let.demonym:
        return None
    verb = let.first - 1
    return (verb, let) if view.low(verb) in LETTING else None


def _licensed(view: SentenceView, found: Found) -> Ent | None:
    """The party a sanctions licence lets deal, named after a verb of letting near it: "a
    general licence on Friday allowing Aeroflot to wind down", "that let Chevron pump"."""
    if found.entry.phrase not in SANCTION_LICENCES:
        return None
    for at in range(found.last + 1, min(len(view.toks) - 1, found.last + _LICENSED_REACH)):
        if view.low(at) in (".", ";"):
            return None
        if view.low(at) in LETTING:
            let = view.ent_at.get(at + 1)
            if let is not None and not let.demonym and let.kind != "place":
                return let
            return None
    return None


# Tokens after a sanctions licence its verb of letting may stand.
_LICENSED_REACH = 8


def _offender(view: SentenceView, last: int) -> Ent | None:
    """The state whose act a sanction answers, named right after it: "imposed after Iraq's
    1990 invasion of Kuwait", "over India's nuclear tests"."""
    for at in range(last + 1, min(len(view.toks), last + 4)):
        if view.low(at) in _ANSWERING:
            ent = view.ent_at.get(at + 1)
            if ent is not None and ent.kind == "country" and not ent.demonym \
                    and view.low(ent.last + 1) in ("'s", "’s"):
                return ent
            return None
    return None


def _after_despite(view: SentenceView, found: Found) -> bool:
    """ "allows Iraq to sell oil despite [UN] sanctions": the clause's subject neither
    takes nor suffers a measure named in a concessive phrase."""
    at = found.first - 1
    while at >= 0 and (at in view.ent_at or view.low(at) in ("the", "a", "an", "its", "their")
                       or view.toks[at].text.islower() and view.low(at).isalpha()
                       and view.low(at) not in ("despite", "notwithstanding")
                       and found.first - at <= 3):
        at -= 1
    return view.low(at) in ("despite", "notwithstanding")


# Verbs that lay a measure on their object: "put Ruritania under an embargo".
# What a party may be barred from doing with firms: "from investing in", "from buying
# shares in" (measure_triggers.json's investment bars).
_INVESTING = frozenset({"investing", "acquiring", "buying shares", "holding shares",
                        "owning shares", "buying stakes", "buying securities",
                        "holding securities", "raising its stake", "lifting its stake",
                        "increasing its stake", "raising their stakes",
                        "increasing their stakes", "taking a stake", "buying a stake",
                        "taking control"})
_PUT_VERBS = frozenset({"put", "puts", "putting", "placed", "places", "place", "placing"})
_PUT_REACH = 8  # tokens from the verb to "under investigation"


def _teller(view: SentenceView, told: Ent) -> Ent | None:
    """The public body whose verb of telling or giving governs `told`: "[The Commission]
    has given Apple until ...", "[The Commission] ordered Acme to ... or face"."""
    verb = told.first - 1
    if view.low(verb) in ("the", "a", "an"):
        verb -= 1
    if view.low(verb) not in _TELLING:
        return None
    teller, _ = view.subject(verb)
    return teller if teller is not None and teller.official and teller is not told else None


# Verbs whose object is told to act, or given time to.
_TELLING = frozenset({"given", "gave", "gives", "give", "told", "tells", "ordered", "orders",
                      "warned", "warns", "asked", "asks", "urged", "urges", "allowed"})


def _owner_addressed(view: SentenceView, found: Found) -> Ent | None:
    """ "warned the European Union against lifting its arms embargo": whose measure it is,
    when the warning's addressee stands before "against ... its"."""
    at = found.first - 1
    while at >= 0 and view.low(at) not in ("its", "their") and view.toks[at].text.islower() \
            and found.first - at <= 2:
        at -= 1  # "its [arms] embargo"
    if view.low(at) not in ("its", "their"):
        return None
    against = next((back for back in range(at - 1, max(-1, at - 4), -1)
                    if view.low(back) == "against"), -1)
    addressee = view.ent_at.get(against - 1) if against > 0 else None
    return addressee if addressee is not None and not addressee.demonym else None


def _under(view: SentenceView, found: Found) -> int | None:
    """The index of "under" in "is under (UN) sanctions", "remains under an embargo"."""
    at = found.first - 1
    if view.low(at) in ("a", "an", "the"):
        at -= 1
    if at in view.ent_at:  # "under UN sanctions"
        at = view.ent_at[at].first - 1
    return at if at > 0 and view.low(at) == "under" and found.type in _BORNE else None


# Measures a country is said to be "under".
_BORNE = frozenset({"sanction", "import_ban", "export_control"})


def _reciprocal(view: SentenceView, subject: Ent, found: Found) -> bool:
    """Whether the measure is one that the subject's sides take on each other."""
    words = {view.low(at) for at in range(subject.last + 1, found.last + 1)}
    return bool(words & _RECIPROCAL_WORDS) or ("each" in words and "other" in words)


def _modifier_is_target(view: SentenceView, found: Found, modifier: Ent) -> bool:
    """ "Russia sanctions": a country's own name before the trigger is what it targets."""
    return (modifier.plain_name and found.type not in _MODIFIER_NOT_TARGET
            and view.low(modifier.last + 1) not in ("’s", "'s")
            and found.entry.kind != "verb_bound" and found.entry.kind not in VERB_KINDS
            and not view.low(found.first).endswith("ed"))


def _subject_suffers(view: SentenceView, found: Found, cue: int, anchor: int) -> bool:
    """Whether the clause's subject undergoes the measure: "faces", "was hit with", "is on
    trial"."""
    if found.entry.phrase.split(" ")[0] in _PATIENT_PHRASE_STARTS:
        return True
    if cue < 0:
        return False
    lex = view.lex
    patient = view.patient_verb_at(cue) or any(
        view.low(at) in lex.patient_verbs for at in range(max(0, anchor - 3), anchor))
    passive = view.low(cue - 1) in BE_AUX - {"to", "have", "has", "had", "will", "would"} \
        and (view.low(cue).endswith(("ed", "en")) or view.low(cue) in PARTICIPLES)
    return patient or passive


def _subject_sides(view: SentenceView, found: Found, subject: Ent, anchor: int,
                   imposer: Ent | None, suffers: bool,
                   explicit: bool) -> tuple[Ent | None, list[Ent]]:
    """(imposer, targets) once the clause's subject is read."""
    teller = _teller(view, subject) if suffers else None
    if teller is not None:
        # "The Commission has given Apple until September to change its rules or face
        # fines": who is told to act or suffer suffers; who tells lays the measure
        return teller, [subject]
    if suffers and subject.first >= len(view.toks):
        # (a party told in a sentence before, "the party last named taking one", whose
        # tokens are that sentence's: nothing of this clause is read around it)
        return imposer, []
    if suffers:
        if found.entry.phrase.split(" ")[0] in _PATIENT_PHRASE_STARTS and (
                subject.last < found.first - _PATIENT_REACH or subject.kind == "country"):
            return imposer, []  # "protests by those on trial": no named defendant
        # The sufferer, its appositions and origin: "ByteDance, TikTok's parent, faces ...",
        # "imports from Canada face ...".
        clause = view.clause_start(subject.first)
        said = next((at for at in range(anchor - 1, clause - 1, -1)
                     if view.low(at) in SPEECH_VERBS), -1)
        if said > subject.last:
            # "Letwin said families would be hit by higher taxes": the speaker suffers nothing
            return imposer, []
        clause = max(clause, said + 1)
        # "Freedonian goods entering Ruritania": the goods' country suffers the duty that
        # the country they enter lays.
        destination = _destination(view, clause, anchor)
        imposer = imposer or destination
        sufferers = [ent for ent in view.entities_between(clause, anchor, None)
                     if ent is not destination
                     and (not view.in_pp(ent) or view.low(ent.first - 1) == "from")
                     and (not ent.demonym or ent is subject or destination is not None)]
        return imposer, sufferers or ([subject] if subject is not destination else [])
    if subject.demonym and not subject.official:
        return imposer, []
    if found.type == "agreement":
        # "Australia and India signed a deal": every party in the subject.
        clause = view.clause_start(subject.first)
        parties = [ent for ent in view.entities_between(clause, anchor, None)
                   if not view.in_pp(ent) and not ent.demonym] or [subject]
        imposer = imposer or parties[0]
        return imposer, [ent for ent in parties if ent is not imposer]
    if imposer is None and (explicit or subject.authority
                            # "its tariffs would take effect", "said its own embargo
                            # would stay in place": whose they are
                            or view.low(found.first - 1) in ("its", "their")
                            or view.low(found.first - 1) == "own"
                            and view.low(found.first - 2) in ("its", "their")):
        return subject, []
    return imposer, []


_ENTERING = frozenset({"entering", "enter", "enters", "entered"})
# Nouns of an acquirer's step, whose demonym names the acquirer ("a Chinese bid").
_BIDS = frozenset({"bid", "bids", "takeover", "takeovers", "acquisition", "acquisitions",
                   "merger", "deal", "purchase", "buyout", "sale"})


def _destination(view: SentenceView, first: int, anchor: int) -> Ent | None:
    """ "EU exports to the United States will face a 15% tariff", "goods entering Mexico":
    the country goods go to lays the duty they face."""
    for ent in view.entities_between(first, anchor, None):
        at = ent.first - 1
        if view.low(at) == "the":
            at -= 1
        if ent.demonym or not (ent.kind == "country" or ent.kind == "organization"
                               and ent.official):
            continue  # a country or a customs union ("the European Union"), not a firm
        if view.low(at) in _ENTERING or view.low(at) in ("to", "into") \
                and view.low(at - 1) in _FLOW_WORDS:
            return ent  # "goods entering the US", "steel shipped to Mexico"
    return None


_ENTRY_LIMITS = frozenset({"quota", "tariff", "import_ban"})


# Verbs of saying between a speaker and the clause it tells (not "told": "told Acme").
_SAYING = frozenset({"said", "says", "announced", "confirmed", "added", "stated", "declared"})


def acting_name(view: SentenceView, ent: Ent) -> str | None:
    """The name an actor acts under: people and groups for their state or organization, a
    capital for its country."""
    if ent.kind == "group":
        return ent.affiliation or ent.name
    if ent.kind == "place":
        # "while Brussels completes its investigation": a seat stands for what sits there;
        # a state or a province with a government of its own acts as itself ("Florida
        # barred state agencies from ...")
        seat = gazetteer.SEATS.get(view.doc.text[ent.start:ent.end])
        if seat is None and ent.name in gazetteer.SUBNATIONAL:
            return ent.name
        return seat or ent.affiliation or ent.name
    if ent.kind != "person":
        return ent.name
    if ent.affiliation:
        return ent.affiliation
    words = view.doc.words
    role_words = frozenset((ent.role or "").lower().split())
    titled = any(word in words.state_titles for word in role_words)
    for at in range(ent.first - 1, max(-1, ent.first - 1 - _TITLE_REACH), -1):
        before = view.ent_at.get(at)
        if before is not None and before.kind in ("country", "organization") \
                and not before.authority:
            return before.name  # "Ruritanian Trade Minister Anna Berg"
        if before is not None and before.kind == "place" and titled \
                and before.last == at and not before.demonym:
            # "New York attorney general Eliot Spitzer", "California Governor X": a state's
            # or a city's own office holder acts for it (4.5: the most specific actor)
            return gazetteer.SEATS.get(view.doc.text[before.start:before.end]) or before.name
        low = view.low(at)
        if low in words.state_titles:
            titled = True
        elif not (view.toks[at].text[:1].isupper() or low in ("-", "’s", "'s")
                  or low in role_words):
            break
    home = view.doc.home
    if not titled or any(other.name == home and not other.authority for other in view.ents):
        return None  # "Canada scrambled after President X signed ...": X is not Canada's
    return home


def _asked(view: SentenceView, at: int) -> bool:
    """Whether the name at token `at` is the one a case is put to ("asked the ASEAN
    Secretariat to rule", "petitioned a NAFTA panel")."""
    before = at - 1 if view.low(at - 1) in ("the", "a", "an") else at
    return view.low(before - 1).startswith(("ask", "petition"))


def _forum_at(view: SentenceView, at: int) -> bool:
    """Whether the name at token `at` is where something is brought ("at the Court")."""
    before = at - 1 if view.low(at - 1) == "the" else at
    return view.low(before - 1) in ("at", "before", "in", "to")


def _name_sides(view: SentenceView, found: Found, imposer: Ent | None, targets: list[Ent],
                government_acts: bool) -> None:
    """Set the trigger's imposer and target names: people and groups act for their state."""
    wto = view.doc.words.wto_names
    names: list[str] = []
    if imposer is not None and 0 <= found.cue_at < imposer.first < found.first \
            and view.low(found.cue_at) in _GIVING \
            and imposer.first - found.cue_at <= (2 if view.low(found.cue_at + 1) == "the" else 1):
        # "Ruritania granted Freedonian goods duty-free access", "a US law had given
        # Lesotho's textiles duty-free access": who is given it benefits; the giver lays it
        targets = [imposer, *targets]
        imposer = _giver(view, found.cue_at, imposer)
    if imposer is not None and imposer.name in wto:
        imposer = None  # "a WTO panel ruled": the complainant, not the WTO, brings a case
    if found.type == "agreement" and imposer is None and targets:
        imposer, targets = targets[0], targets[1:]  # "the pact between Freedonia and ..."
    imposer_name = acting_name(view, imposer) if imposer else None
    forum = FILED_WITH_A_FORUM.match(view.doc.text, found.end) \
        if found.entry.phrase in FILED_NOUNS or found.entry.phrase in COMPLAINED_FORMS else None
    for target in targets:
        if target is imposer or target.authority or target.name in wto:
            continue
        if forum is not None and forum.start() <= target.start < forum.end():
            continue  # "filed a complaint with the EAC secretariat": the forum
        if COURT_NAME.search(target.name) and (
                found.entry.phrase in CHALLENGE_FORMS or _forum_at(view, target.first)):
            continue  # "challenged the quota at the European Court of Justice": the forum
        if found.entry.phrase == COURT_CASE and _asked(view, target.first):
            continue  # "asked the Andean Community's secretariat to rule": the forum too
        if found.type == "agreement" and imposer_name and (
                target.affiliation == imposer_name
                or imposer is not None and imposer.affiliation == target.name):
            continue  # "the EU ..., the European Commission said": one side of the deal
        if target.kind == "person" and found.type not in _PERSON_TARGET_TYPES:
            continue  # "Chancellor Schroeder called for reform of the EU's pact"
        if target.kind == "country" and imposer is not None and imposer.kind == "organization" \
                and imposer.affiliation == target.name:
            continue  # the US Commerce Department's rule "on equipment made with US
            # technology" does not fall on the United States
        # "23 Chinese firms": the group, and the country it belongs to.
        extra = [target.affiliation] if target.kind == "group" and target.affiliation else []
        for name in [target.name, *extra]:
            if name != imposer_name and name not in names:
                names.append(name)
    if found.type == "agreement" and imposer is not None and not imposer.official:
        # A deal of a firm with a regulator is the regulator's: "the SEC's settlement".
        official = next((ent for ent in targets if ent.official and ent.kind != "person"), None)
        if official is not None:
            targets = [imposer] + [ent for ent in targets if ent is not official]
            imposer, imposer_name = official, acting_name(view, official)
    found.official_partner = any(
        ent.official and not ent.demonym and view.low(ent.first - 1) in ("with", "between", "and")
        for ent in targets if ent is not imposer)
    found.imposer = imposer_name
    found.imposer_ent = imposer
    if imposer is not None:
        found.imposer_official, found.imposer_company = _standing(view, imposer, imposer_name)
    found.targets = names[:_MAX_TARGETS]
    found.parties = ([imposer] if imposer else []) + targets
    found.concrete = bool(imposer_name or names or government_acts)
    found.authority_acts = government_acts


# Verbs by which a state takes on another's measure as its own.
_ADOPTING = ("adopt", "mirror", "copy", "copie", "replicat", "align")
# Verbs by which a party obtains an exemption: "Brazil won an exemption from the duties".
_OBTAINING = frozenset({"won", "wins", "win", "winning", "secured", "secures", "secure",
                        "securing", "got", "gets", "obtained", "obtains", "received",
                        "receives", "gained", "gains"})
_EXEMPTION_MODIFIERS = frozenset({"a", "an", "the", "temporary", "partial", "full", "new",
                                  "special", "blanket", "limited", "further", "its", "their"})


def exemption_sides(view: SentenceView, found: Found) -> None:
    """ "Brazil won an exemption from the new US duties", "Mexico was granted a waiver from
    the tariffs": whoever obtains the exemption is whom the eased measure falls on; the
    state whose measure it is stays its imposer."""
    at = found.exempted_at - 1
    while at > 0 and view.low(at) in _EXEMPTION_MODIFIERS:
        at -= 1
    low = view.low(at)
    if not (low in _OBTAINING or low in ("granted", "given", "offered")
            and view.low(at - 1) in BE_AUX):
        return
    subject, _ = view.subject(at)
    if subject is None or subject.demonym or subject.kind not in (
            "country", "organization", "group", "person"):
        return
    name = acting_name(view, subject)
    if name is None:
        return
    if found.imposer == name:
        found.imposer, found.imposer_ent = None, None
        found.imposer_official = found.imposer_company = False
    found.targets = [name, *(target for target in found.targets if target != name)]
    found.targets = found.targets[:_MAX_TARGETS]


def _membership_sides(view: SentenceView, found: Found) -> None:
    """ "Zimbabwe was suspended from the Commonwealth", "The AU suspended Mali from the
    bloc", "Fiji was readmitted to the Commonwealth": the body named after the trigger
    lays it (else the verb's subject: "the bloc"), on the states named before the body:
    the verb's object, else its subject. Only a body of states and states (or such bodies)
    count: a player suspended from a club is no measure (the record then has no sides)."""
    after = view.ent_at.get(found.last + 1) or (
        view.ent_at.get(found.last + 2) if view.low(found.last + 1) == "the" else None)
    subject, _ = view.subject(found.first)
    body = after if after is not None and after.kind == "organization" else None
    named_body = view.low(found.last) in ("from", "to", "into")
    members = [ent for ent in view.entities_between(found.first + 1,
                                                    found.last + (not named_body), None)
               if ent.kind in ("country", "organization") and not ent.demonym]
    if not named_body:
        # ("The Mercosur bloc has suspended Venezuela indefinitely": with no body named after
        # the verb, only a state is its member)
        members = [ent for ent in members if ent.kind == "country"]
    if members:
        body = body or (subject if subject is not None and subject.kind == "organization"
                        else None)
    elif subject is not None and subject.kind in ("country", "organization") \
            and not subject.demonym and subject is not body:
        members = [subject]
    if body is None or not body.official or not members:
        return  # (a firm suspended from a stock exchange: no public body's step)
    _name_sides(view, found, body, members, False)


def body_left(view: SentenceView, found: Found) -> Ent | None:
    """The public organization named right after a verb of leaving ("leave the World Health
    Organization"), else None (a country or a place: "leaving Iraq")."""
    ent = view.ent_at.get(found.last + 1 + (view.low(found.last + 1) == "the"))
    return ent if ent is not None and ent.kind == "organization" and ent.official else None


def _leaving_sides(view: SentenceView, found: Found) -> None:
    """ "The United States will leave the World Health Organization": the state (the verb's
    subject) lays it on the body of states named right after; a person or a firm leaving a
    body, or a state leaving anything else, is no measure (the record then has no sides)."""
    body = body_left(view, found)
    subject, _ = view.subject(found.first)
    if body is None or subject is None or subject.kind != "country" or subject.demonym:
        return
    _name_sides(view, found, subject, [body], False)


# Verbs of giving a benefit to someone named between the verb and the benefit.
_GIVING = frozenset({"give", "gives", "gave", "given", "giving", "grant", "grants", "granted",
                     "granting", "offer", "offers", "offered", "offering", "award", "awards",
                     "awarded", "awarding"})


def _giver(view: SentenceView, verb: int, given: Ent) -> Ent | None:
    """Who gives at `verb`: its subject, else the country that qualifies the subject ("a
    US law had given ...")."""
    subject, _ = view.subject(verb)
    if subject is not None and subject is not given:
        return subject
    for ent in view.entities_between(view.clause_start(verb), verb, given):
        if ent.kind == "country":
            return ent
    return None


def _standing(view: SentenceView, imposer: Ent, name: str | None) -> tuple[bool, bool]:
    """(official, company) for the imposer, under the name it acts as."""
    if imposer.kind not in ("person", "group"):
        return imposer.official, imposer.company
    doc = view.doc
    if name is None:
        return False, False
    official = name in doc.official or name == doc.home or name in COUNTRY_NAMES
    actor = doc.by_name.get(name)
    if not official and imposer.kind == "person" and actor is not None \
            and actor.kind == "place" and state_title(imposer.role):
        official = True  # "New York attorney general Eliot Spitzer": New York's office
    company = not official and actor is not None and actor.kind == "organization" \
        and name not in doc.parties
    return official, company


def official_party(found: Found) -> bool:
    """Whether a public authority takes the measure: a state, a public body, an unnamed
    authority, a person acting for a state; for a deal, any official party; for a measure
    done to its subject ("was fined"), a named target is enough."""
    if found.imposer_official or (found.authority_acts and found.imposer_ent is None):
        return True
    if found.type == "agreement":
        return found.official_partner
    return found.passive and bool(found.targets) and found.imposer_ent is None


def business_decision(found: Found) -> bool:
    """A company acting on its own account: its orders, prices and plants are no measure."""
    if not found.imposer_company or found.passive:
        return False
    if found.type == "agreement":
        return not found.official_partner
    return True
