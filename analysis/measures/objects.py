"""What a measure falls on: the actors of its object phrase ("on Chinese goods", "against
Freedonia", "on imports from Ruritania", "gallium, germanium and antimony to the US").

Functions over a `SentenceView`; positions are token indexes into its sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .article import Ent, Found
from .vocab import (
    CLAUSE_STOPS,
    DETERMINERS,
    FINITE,
    LIST_REACH,
    PHRASE_ENDS,
    PP_PREPS,
    SPEECH_VERBS,
    TARGET_CONTINUE,
    TARGET_PHRASE_WORDS,
    TARGET_PREPS,
)

if TYPE_CHECKING:
    from .sentence import SentenceView


# Names and title words between a speaker's first name and "said".
_SPEAKER_REACH = 6


def targets_after(view: SentenceView, found: Found, direct: bool = False,
                  last: int = -1) -> list[Ent]:
    """Actors in the object phrase after the trigger; `direct` for a verb's own object
    ("investigate Acme"); `last`, when given, is the word the phrase follows instead of
    the trigger ("were imposed on ...")."""
    out: list[Ent] = []
    last = found.last if last < 0 else last
    at = last + 1 if direct else _phrase_start(view, last)
    if at is None:
        return out
    count = len(view.toks)
    words = 0
    while at < count and words < TARGET_PHRASE_WORDS:
        low = view.low(at)
        if at in view.ent_at:
            ent = view.ent_at[at]
            if ent.kind != "place" and not view.modifies_company(ent):
                out.append(ent)
            at = ent.last + 1
            continue
        if found.type == "investigation" and _suspicion_opens(view, at):
            # "the investigation into whether Apple let users ...", "a probe into claims
            # that Meta abused its dominance": who is suspected is what is probed
            at += 1
            continue
        if low in CLAUSE_STOPS or low in (".", ";", ":") or low in PHRASE_ENDS or low in FINITE:
            break  # "... of Acme are still going on": the object phrase ended
        if low == "over" and found.type != "investigation":
            break  # "a tariff on India over Russian oil": why; a complaint's "over" is its case
        if low == "," and not (at + 1 in view.ent_at or view.low(at + 1) in ("and", "or")
                               or _list_goes_on(view, at)):
            break
        if low == "," and _clause_follows(view, at + 2 if view.low(at + 1) in ("and", "or")
                                          else at + 1):
            break  # "froze grants to India, and Germany said it would ...": a new clause
        if low not in TARGET_CONTINUE and _opens_new_clause(view, at):
            break
        at += 1
        words += 1
    return out


def _suspicion_opens(view: SentenceView, at: int) -> bool:
    """Whether the clause of what a probe suspects opens at `at`: "into whether", "into
    claims that", "into allegations that"."""
    low = view.low(at)
    before = view.low(at - 1)
    return (low in ("whether", "if") and before == "into") or (
        low == "that" and before in _SUSPICIONS and view.low(at - 2) == "into")


# Nouns of what a probe looks into, before "that" and the suspected party's clause.
_SUSPICIONS = frozenset({"claims", "allegations", "suspicions", "reports", "accusations",
                         "complaints"})


def _clause_follows(view: SentenceView, at: int) -> bool:
    """Whether the actor at `at` is the subject of a verb of its own ("Germany said"), or
    opens the name of a speaker who is (", European Commission President Ursula von der
    Leyen said"): names and capitalized titles up to the verb."""
    ent = view.ent_at.get(at)
    if ent is None:
        return False
    after = ent.last + 1
    for _ in range(_SPEAKER_REACH):
        if after in view.ent_at:
            after = view.ent_at[after].last + 1
        elif after < len(view.toks) and view.toks[after].text[:1].isupper():
            after += 1
        else:
            break
    return view.low(ent.last + 1) in FINITE or view.low(after) in SPEECH_VERBS


def _list_goes_on(view: SentenceView, comma: int) -> bool:
    """ "gallium, germanium and antimony to ...": a comma inside a list of nouns."""
    for at in range(comma + 1, min(len(view.toks), comma + LIST_REACH)):
        low = view.low(at)
        if low in ("and", "or"):
            return True
        if not (low.isalpha() and view.toks[at].text.islower()) or view.verb_action(at) \
                or low in CLAUSE_STOPS or low in PHRASE_ENDS:
            return False
    return False


def _phrase_start(view: SentenceView, last: int) -> int | None:
    """The token after the target preposition, which must come within two words of the
    trigger ("tariffs on", "sanctions imposed on")."""
    first = last + 1
    for at in range(first, min(len(view.toks), first + 3)):
        if view.low(at) in TARGET_PREPS:
            return at + 1
        if view.low(at) in (",", ".", ";"):
            break
    return None


def _opens_new_clause(view: SentenceView, at: int) -> bool:
    """A verb-like word that ends an object phrase ("... goods, hurting exporters")."""
    low = view.low(at)
    verbish = low.endswith(("ing", "ed")) and len(low) > 5 and (
        at + 1 in view.ent_at or view.low(at + 1) in DETERMINERS
        or view.low(at + 1) in ("to", "by", "with", "of", "for"))
    # "on frozen shrimp", "of banned goods": a participle right after a preposition
    # qualifies the noun after it
    adjective = low.endswith(("ed", "en")) and view.low(at - 1) in PP_PREPS
    return bool(verbish or view.verb_action(at) and view.low(at - 1) not in DETERMINERS
                and not adjective or (low == "to" and view.verb_action(at + 1)))
