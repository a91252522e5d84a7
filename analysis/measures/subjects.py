"""Who a clause's subject is, for the measure rules: a named actor, an unnamed authority
("the government", "regulators in Tokyo", "the judge"), what "it" stands for, or what "the
package" stands for (the imposer of the measure named last).

Functions over a `SentenceView`; positions are token indexes into its sentence.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .. import gazetteer
from ..timex.lexicon import NUMBER_WORDS
from .article import COUNTRY_NAMES, Ent
from .vocab import (
    ASIDE_REACH,
    CLAUSE_STOPS,
    DETERMINERS,
    FINITE,
    JUST_BEFORE,
    LAW_WORDS,
    PLACE_PREPS,
    POSSESSIVE,
    POSSESSIVE_DETERMINERS,
    PP_PREPS,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from .sentence import SentenceView

# Words that open a clause or a list's next item, not an apposition.
_NOT_ASIDE = frozenset({"and", "or", "but", "which", "who", "that", "while", "as", "if",
                        "although", "though", "because", "when", "where", "after", "before"})
# How far back the first of two coordinated verbs may stand: "added 11 U.S. firms to its
# Unreliable Entity List and placed 16 others on ...".
_COORDINATED_REACH = 13
# Words between the "and" of a speaker's second step and its verb ("and on Thursday opened").
_BETWEEN_AND_VERB = frozenset({"on", "also", "then", "later", "last", "this", "week", "month",
                               "monday", "tuesday", "wednesday", "thursday", "friday",
                               "saturday", "sunday", "subsequently", "separately"})
# How far back from that "and" the speaker's "said it" may stand.
_SPEAKER_REACH = 24
# Nouns of a party's own step: "the EU's decision to impose", "Ottawa's plan to scrap".
_DECISION_NOUNS = frozenset({"decision", "plan", "plans", "move", "bid", "threat", "proposal",
                             "vote", "effort", "efforts", "attempt", "push", "pledge",
                             "promise", "order", "refusal", "failure"})
_DECISION_REACH = 7  # tokens from the actor to the step's verb
# Words that open a clause as well as a phrase: "after the US failed to ...".
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "because", "as", "while",
                             "once"})
# Verbs whose object is no subject even before a verb: "assist police in bringing ...".
_HELPING = frozenset({"assist", "help", "told", "tell", "ask"})
_FOLLOWERS = frozenset({"allies", "partners", "neighbours", "neighbors"})
# Bodies named after the leader who heads them: "the Clinton administration".
_LED_BODIES = frozenset({"administration", "government", "cabinet"})
_INDEFINITE = frozenset({"a", "an", "any", "every", "no", "some", "many", "most", "other"})
# Unions of states "the bloc" may refer to: their own names, or "Union" with one of these.
_BLOC_NAMES = frozenset({"asean", "mercosur", "efta", "ecowas", "caricom", "sadc", "apec",
                         "eu", "eurasec", "gcc"})
_BLOC_ADJECTIVES = frozenset({"european", "african", "eurasian", "arab", "economic"})
_MEASURE_ANAPHOR_DETERMINERS = frozenset({"the", "this", "its", "their", "that"})
# "The government" referring back to the state that took the last measure, within reach.
_PASSIVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_ONE_GOVERNMENT = frozenset({"government", "administration", "cabinet"})


def authorities(view: SentenceView) -> list[Ent]:
    """Unnamed authorities ("the government", "regulators in Tokyo", "the judge") as the
    country they stand for: one named just after ("in Tokyo"), else the article's own.
    One named just before ("the Chinese authorities") is read by `find_subject` instead."""
    out: list[Ent] = []
    for at, tok in enumerate(view.toks):
        if not _authority_word(view, at) or at in view.ent_at or not subject_position(view, at):
            continue
        leader = view.ent_at.get(at - 1)
        led = leader.affiliation if leader is not None and leader.kind == "person" \
            and tok.low in _LED_BODIES else None
        if leader is not None and led is not None and _a_country(view, led):
            # "The Clinton administration gave Japan until ...": his country's government
            ent = Ent(leader.start, tok.end, led, "country", official=True,
                      authority=True, first=leader.first, last=at)
            for covered in range(leader.first, at + 1):
                view.ent_at[covered] = ent
            out.append(ent)
            continue
        if any(back in view.ent_at for back in range(max(0, at - 3), at)):
            continue
        country = _country_after(view, at) or _persons_own(view, at)
        if country is None and _generic(view, at):
            continue  # "a government that upholds the rules", "Governments are expected to"
        if country is None and view.low(at + 1) not in PLACE_PREPS:
            # "regulators across Europe" stand for no country
            country = speaker_country(view, at) or _government_just_named(view, at) \
                or view.doc.dateline or view.doc.home or view.doc.served
        if country is None:
            continue
        ent = Ent(tok.start, tok.end, country, "country", official=True, authority=True,
                  first=at, last=at)
        view.ent_at[at] = ent
        out.append(ent)
    return out


def _authority_word(view: SentenceView, at: int) -> bool:
    """Whether the word at `at` names an unnamed authority: "the government", "customs",
    "the central bank" (its head word)."""
    return view.low(at) in view.doc.words.authority_nouns or _authority_start(view, at) < at


def _authority_start(view: SentenceView, at: int) -> int:
    """Where the authority words whose head is at `at` begin ("central" of "central bank")."""
    return at - 1 if view.low(at) == "bank" and view.low(at - 1) == "central" else at


def one_authority_before(view: SentenceView, first: int) -> bool:
    """Whether an authority word in the clause before `first` names one ("the ministry",
    "ministers said"), not any ("any government", "regulators across Europe", "foreign
    ministers of member states")."""
    at = next((at for at in range(first - 1, view.clause_start(first) - 1, -1)
               if _authority_word(view, at)), None)
    return at is not None and view.low(_authority_start(view, at) - 1) not in _INDEFINITE \
        and view.low(at + 1) not in PLACE_PREPS and view.low(at + 1) != "of"


def _persons_own(view: SentenceView, at: int) -> str | None:
    """ "Trump signed a memorandum directing his trade officials to consider tariffs": the
    country of the person whose officials they are (the nearest person before "his" or
    "her"), not the dateline's."""
    owner = next((back for back in (at - 1, at - 2) if view.low(back) in ("his", "her")), -1)
    if owner < 0 or any(view.low(between) in (",", ";", "and")
                        for between in range(owner + 1, at)):
        return None
    person = next((view.ent_at[back] for back in range(owner - 1, -1, -1)
                   if back in view.ent_at and view.ent_at[back].kind == "person"), None)
    return person.affiliation if person is not None and person.affiliation \
        and _a_country(view, person.affiliation) else None


def _a_country(view: SentenceView, name: str) -> bool:
    """Whether `name` is a country's: a known one, or one the article names as a country."""
    actor = view.doc.by_name.get(name)
    return name in COUNTRY_NAMES or (actor is not None and actor.kind == "country")


def _government_just_named(view: SentenceView, at: int) -> str | None:
    """ "Canada will impose a surtax on Chinese cars ... The government will also levy":
    "the government" is the state that took the measure named just before (within a
    sentence or so), whichever country the article names most."""
    last = view.doc.last_imposer
    start = _authority_start(view, at)
    if view.low(start - 1) != "the" or not (start < at or view.toks[at].low in _ONE_GOVERNMENT) \
            or last is None or last.kind != "country" or last.demonym or last.authority:
        return None  # (and "The central bank also banned imports of gold coins")
    return last.name if 0 <= view.toks[at].start - last.start <= JUST_BEFORE else None


def speaker_country(view: SentenceView, at: int) -> str | None:
    """ "Mexico's economy minister said that the government would ...": the country of
    whoever speaks before the authority word (a country's official, or the country)."""
    speech = next((back for back in range(at - 1, -1, -1)
                   if view.low(back) in SPEECH_VERBS
                   # "were added to the entity list", "was told": no one speaks
                   and view.low(back - 1) not in _PASSIVE_BE), -1)
    stop = -1
    if speech < 0:
        # "A ban ... will come into force on 1 July, Health Secretary Patricia Hewitt has
        # announced": the attribution after a comma, at the sentence's end
        speech, stop = _trailing_speech(view, at)
    if speech < 0:
        return _source_country(view, at)
    for back in range(speech - 1, stop, -1):
        ent = view.ent_at.get(back)
        if ent is None:
            continue
        if ent.kind == "person":
            named = view.doc.by_name.get(ent.affiliation or "")
            country = ent.affiliation in COUNTRY_NAMES or (named is not None
                                                           and named.kind == "country")
            return ent.affiliation if country else None
        if ent.kind == "country":
            if ent.demonym and view.low(ent.last + 1) not in view.doc.words.authority_nouns:
                continue  # "Indian refiners, major buyers of Russian crude, said": no state
            return ent.name
    return _pronoun_speaker_country(view, speech)


# Words between "he" and the verb of saying: "He also confirmed", "she has announced".
_SAID_FILLERS = frozenset({"also", "has", "have", "had", "then", "later", "further"})


def _pronoun_speaker_country(view: SentenceView, speech: int) -> str | None:
    """ "He also confirmed that stamp duty ... would be abolished": the state of the person
    named last before the sentence, who the "he" or "she" opening it is, when a country's."""
    back = speech - 1
    while view.low(back) in _SAID_FILLERS:
        back -= 1
    if back != 0 or view.low(back) not in ("he", "she"):
        return None  # (", he said, but there was now an agreement": what he reports)
    doc = view.doc
    for index in range(bisect.bisect_left(doc.span_starts, view.start) - 1, -1, -1):
        actor = doc.spans[index][2]
        if actor.kind == "person":
            named = doc.by_name.get(actor.affiliation or "")
            return actor.affiliation if actor.affiliation in COUNTRY_NAMES or (
                named is not None and named.kind == "country") else None
    return None


def _source_country(view: SentenceView, at: int) -> str | None:
    """ "Energy imports will face a 10% duty, according to a White House fact sheet": the
    country of the official source the sentence closes on."""
    comma = next((back for back in range(len(view.toks) - 3, at, -1)
                  if view.low(back) == "," and view.low(back + 1) == "according"
                  and view.low(back + 2) == "to"), -1)
    if comma < 0 or any(view.low(back) in _QUOTES for back in range(at)):
        return None
    for back in range(comma + 3, min(len(view.toks), comma + 3 + _SOURCE_WORDS)):
        if view.low(back) in (",", ";", "—", "–"):
            return None
        ent = view.ent_at.get(back)
        if ent is None or ent.authority:
            continue  # "according to news agency reports": no state's word
        if ent.kind == "country" and not ent.demonym:
            return ent.name
        if ent.kind == "organization" and ent.official and _a_country(view, ent.affiliation or ""):
            return ent.affiliation
        return None
    return None


# Words after a state's adjective that name the state itself: "the Kenyan government".
_STATE_BODIES = _ONE_GOVERNMENT | {"authorities"}


def trailing_speaker(view: SentenceView, at: int) -> Ent | None:
    """The state or public body whose attribution closes the sentence after `at` ("Tariffs
    on steel will rise to 25% from August 1, the Ministry of Commerce said."), if one."""
    speech, comma = _trailing_speech(view, at)
    if speech < 0:
        return None
    for back in range(comma + 1, speech):
        ent = view.ent_at.get(back)
        if ent is None or ent.demonym and view.low(ent.last + 1) in _STATE_BODIES:
            continue  # ("the Kenyan government said": the government word names the state)
        if ent.kind == "country" and not ent.demonym or ent.kind == "organization" \
                and ent.official and not ent.authority:
            return ent
        return None  # a person, a firm, an agency's report: no body's own word
    return None


def attributing_body(view: SentenceView, at: int) -> Ent | None:
    """The public body named in an attribution after `at`, whether it closes the sentence
    or a clause follows it ("..., the Ministry of Commerce said on Friday, after a
    preliminary finding"), if one; not within a quote."""
    if any(view.low(back) in _QUOTES for back in range(at)):
        return None
    for comma in range(at + 1, len(view.toks) - 2):
        if view.low(comma) != ",":
            continue
        first = comma + 1 + (view.low(comma + 1) in ("the", "its"))
        ent = view.ent_at.get(first)
        verb = ent.last + 1 if ent is not None else -1
        if verb > 0 and view.low(verb) == "(" and view.low(verb + 2) == ")":
            verb += 3  # "the International Trade Administration Commission (ITAC) said"
        if ent is not None and ent.first == first and view.low(verb) in SPEECH_VERBS:
            if ent.kind == "organization" and ent.official and not ent.authority:
                return ent
            return None
    return None


def _trailing_speech(view: SentenceView, at: int) -> tuple[int, int]:
    """(the speech verb, the comma before its speaker) of an attribution closing the
    sentence after `at` (", the minister said."), or (-1, -1)."""
    if any(view.low(back) in _QUOTES for back in range(at)):
        return -1, -1  # a quote's words are the speaker's view, not a step told
    last = len(view.toks) - 1
    while last > at and not view.low(last).isalpha():
        last -= 1  # the final stop, a closing quote
    told = last
    while told > at and view.low(told) in _TELLING_TIMES:
        told -= 1  # ", the Treasury said on Wednesday": the day of the telling
    if told < last and view.low(told) in SPEECH_VERBS:
        last = told
    if last <= at or view.low(last) not in SPEECH_VERBS:
        return -1, -1
    comma = next((back for back in range(last - 1, max(at, last - _SPEAKER_WORDS) - 1, -1)
                  if view.low(back) == ","), -1)
    return (last, comma) if comma > at else (-1, -1)


_QUOTES = frozenset({'"', "“", "”", "‘", "'"})
# Words of the day a closing attribution was told: "said on Wednesday", "said last week".
_TELLING_TIMES = frozenset({"on", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday", "yesterday", "today", "tonight", "last",
                            "this", "week", "month", "earlier", "later", "late", "early",
                            "morning", "afternoon", "evening", "night"})
# How many words after "according to" may hold the source: "a White House fact sheet".
_SOURCE_WORDS = 5
# How many words a closing attribution's speaker and auxiliaries may take.
_SPEAKER_WORDS = 10


def _generic(view: SentenceView, at: int) -> bool:
    """An authority word that names no particular one: after "a" or "any", or a bare
    plural opening the clause."""
    prev = view.low(at - 1)
    if prev in _INDEFINITE:
        return True
    return view.toks[at].low.endswith("s") and view.toks[at].low != "customs" and (
        prev in ("", ",", ";", "and") or prev in CLAUSE_STOPS)


def _country_after(view: SentenceView, at: int) -> str | None:
    """ "regulators in Tokyo": the country of the place named right after."""
    if view.low(at + 1) not in ("in", "of") or at + 2 not in view.ent_at:
        return None
    ent = view.ent_at[at + 2]
    if ent.kind == "country" and not ent.demonym:
        return ent.name
    if ent.kind == "place":
        return ent.affiliation or gazetteer.is_capital_of(view.doc.text[ent.start:ent.end])
    return None


def subject_position(view: SentenceView, at: int) -> bool:
    """Whether the noun at `at` can head the clause's subject: nothing but determiners,
    adjectives and names before it ("the Ruritanian customs officers"), not an object
    ("assist police")."""
    back = at - 1
    while back >= 0:
        low = view.low(back)
        if low in CLAUSE_STOPS or low in (",", "and", "said", "says"):
            return True
        if low in DETERMINERS or back in view.ent_at or low in POSSESSIVE \
                or view.toks[back].text[:1].isupper() or low[:1].isdigit() \
                or low in view.doc.words.authority_nouns:
            back -= 1
            continue
        return not (low.endswith(("ed", "ing")) or view.verb_action(back) is not None
                    or low in PP_PREPS or low in _HELPING)
    return True


def find_subject(view: SentenceView, anchor: int) -> tuple[Ent | None, bool]:
    """The nearest actor left of the anchor that is not in a prepositional phrase.

    The flag is True when a government word stands there without a name ("authorities").
    """
    if view.low(anchor).endswith("ing") and view.low(anchor - 1) == ",":
        # "The US added 140 firms to its list, restricting exports to China": a participle
        # after a comma says what the main clause's subject did.
        main = next((ent for ent in view.ents if ent.first < anchor and not ent.demonym
                     and ent.kind != "place" and not view.in_pp(ent)), None)
        if main is not None:
            return main, False
    first_verb = _verb_coordinated(view, anchor)
    if first_verb is not None:
        # "The package also targets 116 individuals and imposes an asset freeze": the
        # subject of the verb before, not that verb's object
        return find_subject(view, first_verb)
    speech = _speaker_goes_on(view, anchor)
    if speech is not None:
        # "The ministry said it firmly opposes steps that harm its interests and on Thursday
        # opened an investigation": who said "it" does the second step too
        return find_subject(view, speech)
    back = anchor - 1
    demonym: Ent | None = None  # "Chinese firms": the sufferer, never the actor
    while back >= 0:
        back = _before_condition(view, back, anchor)  # "... if Mexico's plan hurt X, and said"
        low = view.low(back)
        if low == ",":
            back = _before_aside(view, back)  # "The firm, which serves X, wants ..."
            low = view.low(back)
        named = back - 2
        if low in ("which", "who") and view.low(back - 1) == "," and named not in view.ent_at:
            # "hurt by India, the biggest buyer, which raised its duty": the actor before a
            # noun phrase in apposition
            named = _before_aside(view, back - 1)
        if low in ("which", "who") and view.low(back - 1) == "," and named in view.ent_at \
                and (not view.in_pp(view.ent_at[named])
                     or _state_antecedent(view, view.ent_at[named], back)):
            # "Pakistan, which still restricts most imports from India, said ...": the
            # relative clause's subject is the actor it follows
            ent = view.ent_at[named]
            return (ent, False) if not ent.demonym else (None, False)
        if low in ("which", "that") and view.low(back - 1) == "," \
                and back - 2 in view.trigger_at:
            # "The countermeasures, which would have imposed tariffs on U.S. goods, ...":
            # what a measure does is done by whoever took it, the party last named taking one
            return view.doc.last_imposer, False
        if low == "which" and view.low(back - 1) == ",":
            maker = _issuer_before(view, back - 1)
            if maker is not None:
                # "a decree issued by the Economy Ministry in April 2024, which raised
                # duties": what the instrument does, its issuer does
                return maker, False
        if low in CLAUSE_STOPS:
            break
        last = view.doc.last_imposer
        if low in _GROUP_HEADS and view.low(back - 1) in _GROUP_COUNTS and last is not None \
                and last.kind == "country" and not last.demonym:
            # "..., and the four countries shut their airspace": the states told before as
            # a group, the first of them the last to take a step; not a name in the clause
            # before ("Saudi Arabia closed Qatar's only land border")
            return last, False
        if back in view.ent_at:
            ent = view.ent_at[back]
            back = ent.first - 1
            if _dateline(view, ent):
                break  # "GENEVA - World trade talks ...": where the story was filed
            if in_a_laws_name(view, ent):
                # "The Hong Kong Autonomy Act, passed by Congress, requires ...": a law acts
                # for whoever passed it; the name inside it is whom it concerns
                return _law_maker(view, ent, anchor), True
            picked = _named(view, ent, anchor)
            if picked is True:
                return _sides_before(view, ent)[0], False  # "the US and China cut": the first
            if picked is None:
                demonym = demonym or ent
            continue
        unnamed = _unnamed(view, back, demonym)
        if unnamed is not None:
            return unnamed
        back -= 1
    return demonym, False


def _state_antecedent(view: SentenceView, ent: Ent, which: int) -> bool:
    """Whether a state named in a phrase ("diverted from the United States, which doubled
    its tariffs") is what the relative clause after it tells of: a country, not a demonym,
    and a verb right after "which" (not goods from it: "bikes from China, which were
    dumped")."""
    if ent.kind != "country" or ent.demonym:
        return False
    before = ent.first - 1 - (view.low(ent.first - 1) == "the")
    if view.low(before) not in _STATE_PREPS or view.low(before - 1) in _GOODS_BEFORE:
        return False
    verb = which + 1 + (view.low(which + 1) in ("has", "had", "have"))
    low = view.low(verb)
    return view.verb_action(verb) is not None or low.isalpha() and low.endswith("ed")


# Prepositions a state's name may follow and still act in the clause after it.
_STATE_PREPS = frozenset({"to", "from", "by", "with", "against", "for", "after"})
# Nouns of goods before "from": "imports from China, which ..." tells of the imports.
_GOODS_BEFORE = frozenset({"imports", "exports", "goods", "products", "shipments", "steel"})


_ISSUER_REACH = 10  # tokens from the comma back to the instrument ("a decree issued by ...")
# A group of states named as such: "the four countries", "both governments".
_GROUP_HEADS = frozenset({"countries", "governments", "states", "nations", "members"})
_GROUP_COUNTS = frozenset(NUMBER_WORDS) - {"zero", "one"} | {"both", "all"}


def _issuer_before(view: SentenceView, comma: int) -> Ent | None:
    """Who issued the instrument told right before `comma` ("a decree issued by the Economy
    Ministry in April 2024,"): the actor after "by", when a trigger word stands before it
    with only a participle phrase between."""
    agent: Ent | None = None
    for at in range(comma - 1, max(-1, comma - _ISSUER_REACH), -1):
        low = view.low(at)
        if low in CLAUSE_STOPS:
            return None
        if low == "by" and agent is None:
            agent = view.ent_at.get(at + 1) or (
                view.ent_at.get(at + 2) if view.low(at + 1) == "the" else None)
            if agent is None:
                return None
        elif at in view.trigger_at:
            return agent if agent is not None and not agent.demonym else None
    return None


def _verb_coordinated(view: SentenceView, anchor: int) -> int | None:
    """The verb whose object, holding an actor, ends right before "and" + the verb at
    `anchor` ("targets 116 individuals and entities and imposes"); None when no such verb
    is there."""
    if anchor < 3 or view.low(anchor - 1) != "and" or view.verb_action(anchor) is None:
        return None
    at, passed = anchor - 2, False
    while at >= max(1, anchor - _COORDINATED_REACH):
        if at in view.ent_at:
            passed = True
            at = view.ent_at[at].first - 1
            continue
        low = view.low(at)
        if low in CLAUSE_STOPS and low != ",":
            return None
        if view.verb_action(at) is not None and view.low(at - 1) not in DETERMINERS \
                and not view.toks[at].text[:1].isupper():  # ("its Unreliable Entity List")
            return at if passed else None
        at -= 1
    return None


def _speaker_goes_on(view: SentenceView, anchor: int) -> int | None:
    """The speech verb of "X said it ... and [on Thursday] <anchor>", the verb at `anchor`
    being the second of the pronoun's verbs; None when the sentence is not so."""
    at = anchor - 1
    while at > anchor - 4 and (view.low(at) in _BETWEEN_AND_VERB
                               or view.low(at) in _GOING_ON and view.low(at - 1) == "but"):
        at -= 1  # "and on Thursday opened", "and also launched", "and last week began",
        # "but would keep"
    if view.low(at) not in ("and", "but") or view.verb_action(anchor) is None:
        return None
    for speech in range(at - 2, max(-1, at - _SPEAKER_REACH), -1):
        low = view.low(speech)
        if low in (";", ":"):
            return None
        if speech in view.ent_at and view.low(speech + 1) in SPEECH_VERBS:
            return speech + 1  # "China said ...": the speaker's verb, past its name
        if low in SPEECH_VERBS:
            said = speech + (2 if view.low(speech + 1) == "that" else 1)
            return speech if view.low(said) in ("it", "they") and said < at - 1 else None
    return None


def _dateline(view: SentenceView, ent: Ent) -> bool:
    """A place in capitals opening a line ("GENEVA -", "SAO PAULO -"): a dateline, which
    says where a story was filed, not who acts; a capital's or a seat's ("BEIJING -",
    "BRUSSELS -") still stands for its government when nothing else acts."""
    if ent.kind != "place" or not view.toks[ent.first].text.isupper():
        return False
    text = view.doc.text
    if text[text.rfind("\n", 0, ent.start) + 1:ent.start].strip(" THE"):
        return False
    name = text[ent.start:ent.end].title()
    return gazetteer.is_capital_of(name) is None and name not in gazetteer.SEATS


def coordinated(view: SentenceView, ent: Ent) -> list[Ent]:
    """The actors of the coordination `ent` belongs to, in text order: "the United States
    and China", "Canada, Mexico and the EU"; just `ent` when it stands alone."""
    return _sides_before(view, ent)[:-1] + _sides_from(view, ent)


def _sides_before(view: SentenceView, ent: Ent) -> list[Ent]:
    """The coordination read back from `ent` to its first side (`ent` last)."""
    out = [ent]
    at = ent.first - 1
    while True:
        if view.low(at) in DETERMINERS:
            at -= 1
        # The last side follows "and"; those before it follow a comma ("A, B and C").
        joins = ("and",) if len(out) == 1 else (",",)
        if view.low(at) not in joins or at - 1 not in view.ent_at:
            return out
        before = view.ent_at[at - 1]
        if before.demonym or _after_preposition(view, before):
            return out
        out.insert(0, before)
        at = before.first - 1


def _sides_from(view: SentenceView, ent: Ent) -> list[Ent]:
    """The coordination read forward from `ent` (`ent` first); it ends at its "and"."""
    out = [ent]
    at = ent.last + 1
    while view.low(at) in ("and", ","):
        joined_by = view.low(at)
        at += 1
        while view.low(at) in DETERMINERS:
            at += 1
        if at not in view.ent_at or view.ent_at[at].demonym:
            break
        out.append(view.ent_at[at])
        at = view.ent_at[at].last + 1
        if joined_by == "and":
            return out  # "A, B and C" ends at its "and"
    return [ent]


def _named(view: SentenceView, ent: Ent, anchor: int) -> bool | None:
    """True when a named actor is the subject; False when it is not (an object, inside a
    prepositional phrase); None for a demonym that only qualifies the subject."""
    authorities_ = view.doc.words.authority_nouns
    if _after_with(view, ent):
        return False  # "agreed with Japan to remove": Japan is the partner
    if view.low(ent.last + 1) == "to" and ent.last + 2 >= anchor - 1 and not ent.demonym:
        return True  # "expected Washington to lift": Washington lifts
    if view.low(ent.first - 1) in POSSESSIVE_DETERMINERS:
        return False  # "change its App Store rules": a noun's modifier, never a subject
    if _decides(view, ent, anchor):
        return True  # "retaliation for the EU's decision last week to impose tariffs"
    if view.in_pp(ent) and _opens_clause(view, ent):
        return True  # "after the United States failed to end ...": a clause's subject
    if view.in_pp(ent) or view.is_object(ent):
        return False
    if ent.demonym and view.low(ent.last + 1) not in authorities_ \
            and view.low(ent.last + 2) not in authorities_:
        return None
    return True


def _decides(view: SentenceView, ent: Ent, anchor: int) -> bool:
    """ "the EU's decision last week to impose", "Ottawa's plan to scrap": whose decision
    to take a step it is acts, wherever the phrase stands."""
    if view.low(ent.last + 1) not in POSSESSIVE or view.low(ent.last + 2) not in _DECISION_NOUNS:
        return False
    return any(view.low(at) == "to" for at in range(ent.last + 3, anchor)) \
        and anchor - ent.last <= _DECISION_REACH


def _opens_clause(view: SentenceView, ent: Ent) -> bool:
    """ "after [the United States] failed to", "since [Japan] has": a word that opens a
    clause, then the actor, then its verb."""
    if _word_before(view, ent) not in _CLAUSE_OPENERS:
        return False
    at = ent.last + 1
    if view.low(at) == "and" and view.low(at + 1) in ("its", "their") \
            and view.low(at + 2) in _FOLLOWERS:
        at += 3  # "as Washington and its allies tighten curbs": Washington leads them
    verb = view.low(at)
    # "after Turkmenistan cut off gas supplies": a verb the lexicon knows
    return verb in FINITE or (verb.endswith("ed") and view.low(at + 1) != "by") \
        or view.verb_action(at) is not None


def in_a_laws_name(view: SentenceView, ent: Ent) -> bool:
    """Whether a name opens a law's capitalized name: "the Hong Kong Autonomy Act", "the
    Iran Sanctions Act" (what the law names is whom it concerns, not who lays it)."""
    at = ent.last + 1
    while at < len(view.toks) and at <= ent.last + _LAW_NAME_WORDS \
            and view.toks[at].text[:1].isupper():
        if view.low(at) in LAW_WORDS:
            return True
        at += 1
    return False


_LAW_NAME_WORDS = 4  # capitalized words after a name, up to the law word


def _law_maker(view: SentenceView, ent: Ent, anchor: int) -> Ent | None:
    """Who passed a law named before `anchor`: the agent of "passed by Congress"."""
    for at in range(ent.last + 1, anchor):
        if view.low(at) == "by" and at + 1 in view.ent_at:
            maker = view.ent_at[at + 1]
            return maker if not maker.demonym else None
    return None


def _after_preposition(view: SentenceView, ent: Ent) -> bool:
    """Whether a preposition stands right before the entity: "on Ruritania and Freedonia"
    is no subject; ", Ruritania and Freedonia cut" is."""
    return _word_before(view, ent) in PP_PREPS


def _after_with(view: SentenceView, ent: Ent) -> bool:
    return _word_before(view, ent) == "with"


def _word_before(view: SentenceView, ent: Ent) -> str:
    """The word before the entity and its determiners ("with" in "with the EU")."""
    back = ent.first - 1
    while view.low(back) in DETERMINERS:
        back -= 1
    return view.low(back)


def _unnamed(view: SentenceView, at: int, demonym: Ent | None
             ) -> tuple[Ent | None, bool] | None:
    """A subject without a name: a government word, "it", "the package", "the firm"."""
    low = view.low(at)
    words = view.doc.words
    before = _authority_start(view, at) - 1
    if _authority_word(view, at) and view.low(before) not in PP_PREPS \
            and subject_position(view, at) and view.low(before) not in _INDEFINITE:
        body = _body_after(view, at)
        if body is not None:
            return body, False  # "Investigators from the Korea Fair Trade Commission"
        # "the Chinese authorities": the name just before the government word.
        for back in range(at - 1, max(-1, at - 4), -1):
            if back in view.ent_at and not view.in_pp(view.ent_at[back]):
                return view.ent_at[back], False
        return None, True
    if low in ("its", "their") and (view.low(at - 1) == "that"
                                    or view.low(at - 1) in SPEECH_VERBS):
        # "Brussels said on Tuesday that its tariffs on cars made in China would take
        # effect": the speaker's (before the goods' country is taken for the sufferer)
        speaker = speaker_before(view, at)
        if speaker is not None:
            return speaker, False
    if demonym is not None:
        return None
    if low == "it":
        return _pronoun(view, at), False
    if low in ("he", "she"):
        return speaker_before(view, at), False  # "the minister said that he was raising taxes"
    if low in words.measure_anaphors and view.low(at - 1) in _MEASURE_ANAPHOR_DETERMINERS \
            and subject_position(view, at):
        return view.doc.last_imposer, False  # "The package bans imports ..."
    if low == "bloc" and view.low(at - 1) in ("the", "this"):
        bloc = _bloc_before(view, at)  # "the bloc would resume the countermeasures"
        if bloc is not None:
            return bloc, False
    if low in words.company_nouns and view.low(at - 1) == "the":
        return Ent(view.toks[at].start, view.toks[at].end, low, "organization",
                   company=True, first=at, last=at), False
    return None


def _body_after(view: SentenceView, at: int) -> Ent | None:
    """The public body a government word at `at` belongs to, named right after it:
    "investigators from the Korea Fair Trade Commission", "officials at the Commerce
    Department"."""
    if view.low(at + 1) not in ("from", "of", "at"):
        return None
    ent = view.ent_at.get(at + 3 if view.low(at + 2) == "the" else at + 2)
    if ent is not None and ent.kind == "organization" and ent.official and not ent.company:
        return ent
    return None


def _bloc_before(view: SentenceView, at: int) -> Ent | None:
    """The union of states named last before token `at` ("the European Union", "ASEAN"),
    which "the bloc" refers back to."""
    tok = view.toks[at]
    for start, actor in reversed(view.doc.orgs):
        if start >= tok.start:
            continue
        words = {word for name in (actor.name, *actor.aliases, *(m.text for m in actor.mentions))
                 for word in name.lower().split()}
        if words & _BLOC_NAMES or "union" in words and words & _BLOC_ADJECTIVES:
            return Ent(tok.start, tok.end, actor.name, "organization", official=True,
                       first=at, last=at)
    return None


def _before_condition(view: SentenceView, at: int, anchor: int) -> int:
    """`at`, or the token before the "if" of a condition that `at` closes (its comma),
    when the anchor lies after that condition: its actors are not the subject."""
    if view.low(at) != "," or at >= anchor:
        return at
    for back in range(at - 1, max(-1, at - ASIDE_REACH), -1):
        low = view.low(back)
        if low in (",", ";") or low in CLAUSE_STOPS:
            return at
        if low in ("if", "unless"):
            return back - 1
    return at


def _before_aside(view: SentenceView, comma: int) -> int:
    """The comma closing an aside (", which serves Strelsau,") or the token before its
    opening comma."""
    for at in range(comma - 1, max(-1, comma - ASIDE_REACH), -1):
        low = view.low(at)
        if low == ",":
            # "Indian refiners, major buyers of Russian crude, said they would ...": a noun
            # phrase in apposition, no verb in it
            if _noun_aside(view, at + 1, comma):
                return at - 1
            return comma
        if low in ("which", "who") and view.low(at - 1) == ",":
            return at - 2
    return comma


def _noun_aside(view: SentenceView, first: int, stop: int) -> bool:
    """Whether tokens first..stop-1 are a noun phrase in apposition ("major buyers of
    Russian crude"): it opens in lower case and holds no verb."""
    owner = view.ent_at.get(first)
    if owner is not None and view.low(owner.last + 1) in POSSESSIVE:
        first = owner.last + 2  # "Japan, India's largest aid donor, said": whose donor
    if first >= stop or not view.toks[first].text.islower() or view.low(first) in _NOT_ASIDE:
        return False
    return not any(view.low(at) in FINITE or view.verb_action(at) is not None
                   or view.low(at) in SPEECH_VERBS or view.low(at).endswith(("ed", "ing"))
                   for at in range(first, stop))


# Words after a sentence's opening "it" that make it an actor, not "It is likely that".
_GOING_ON = frozenset({"will", "would", "has", "had", "also", "plans", "planned", "wants",
                       "intends", "could", "may", "might", "can"})


def _pronoun(view: SentenceView, at: int) -> Ent | None:
    """What "it" at `at` stands for: the speaker of "BaFin told the BBC it had ...", else
    the organization (or country) named last."""
    if at == 0 and (view.low(1) in SPEECH_VERBS or view.low(1) in _GOING_ON) \
            or _after_an_opening_phrase(view, at):
        # "It said it would also investigate ...", "In a separate notice, it banned ...":
        # the subject of the sentence before
        subject = view.doc.subject_before(view.toks[0].start)
        if subject is not None:
            return subject
    return speaker_before(view, at) or view.doc.named_before(view.toks[at].start)


def _after_an_opening_phrase(view: SentenceView, at: int) -> bool:
    """Whether the "it" at `at` follows a phrase that opens the sentence and ends with a
    comma, with no verb or name in it: "In a separate notice, it banned ..."."""
    if view.low(at - 1) != "," or view.low(0) not in _OPENING_PREPS or at > _OPENING_WORDS:
        return False
    return not any(back in view.ent_at or view.low(back) in (",", "that", "which", "who")
                   for back in range(1, at - 1))


_OPENING_PREPS = frozenset({"in", "under", "with", "on", "at", "after", "by", "from"})
_OPENING_WORDS = 8


def speaker_before(view: SentenceView, at: int) -> Ent | None:
    """The subject of the speech verb before `at`: who "he" or "it" is in "X said he ..."."""
    for back in range(at - 1, -1, -1):
        if view.low(back) in SPEECH_VERBS:
            speaker, _ = find_subject(view, back)
            return speaker
    return None
