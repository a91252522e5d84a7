"""Whether a trigger word names a measure where it stands, and of which type.

"tariffs" always does; a generic word ("ban", "curbs", "restrictions") must be a noun and
takes its type from what it restricts ("a ban on arms exports" is a sanction); a
verb-bound noun needs its verb ("halted exports"); a bare "probe" or "deal" needs a
qualifier ("anti-dumping probe") or, later, an official party.
"""

from __future__ import annotations

from .article import Found
from .sentence import DETERMINERS, PP_PREPS, SentenceView

_TYPE_WORDS = {
    "import": "import_ban", "imports": "import_ban", "export": "export_control",
    "exports": "export_control", "travel": "sanction", "visa": "sanction", "arms": "sanction",
    "investment": "investment_restriction", "investments": "investment_restriction",
    "chip": "export_control", "technology": "export_control", "tech": "export_control",
}
# How far before a verb-bound noun its verb may stand, and the context words before that.
_VERB_REACH = 4
_CONTEXT_REACH = 8


def accept(view: SentenceView, found: Found) -> bool:
    """Cheap checks that a trigger names a measure here at all (sets what they learn)."""
    lex = view.lex
    nxt = view.low(found.last + 1)
    if nxt in lex.blockers or (nxt == "-" and view.low(found.last + 2) in lex.blockers):
        return False
    inside = view.ent_at.get(found.first) or view.ent_at.get(found.last)
    if inside is not None and inside.kind in ("person", "organization", "place"):
        return False  # "Hugh Grant", "the Strategic Export Controls committee"
    prev = view.low(found.first - 1)
    if found.entry.kind == "verb_bound":
        return _bind_verb(view, found)
    if found.entry.kind == "generic":
        return _generic_is_noun(view, found, prev, nxt)
    if prev == "to" and view.verb_action(found.first - 1) is None and found.type == "agreement":
        return False  # "how to deal with"
    if found.entry.kind == "needs_qualifier":
        found.qualified = _qualified(view, found, prev)
    return True


def _bind_verb(view: SentenceView, found: Found) -> bool:
    """A verb-bound noun ("exports") with one of its verbs shortly before ("halted"): the
    trigger grows to start at the verb and takes the rule's type and the verb's action."""
    lex = view.lex
    rules = [lex.verb_bound[index] for index in lex.verb_bound_nouns.get(found.entry.phrase, [])]
    for at in range(found.first - 1, max(-1, found.first - 1 - _VERB_REACH), -1):
        two = view.low(at) + " " + view.low(at + 1)
        for rule in rules:
            verb = two if two in rule.verbs else view.low(at) if view.low(at) in rule.verbs \
                else None
            if verb is None:
                continue
            if rule.context and not any(view.low(back) in rule.context
                                        for back in range(max(0, at - _CONTEXT_REACH), at)):
                continue  # a firm selling a stake is business, not a forced sale
            found.first = at
            found.start = view.toks[at].start
            found.type = rule.type
            found.verb_action = rule.action_of.get(verb)
            return True
    return False


def _generic_is_noun(view: SentenceView, found: Found, prev: str, nxt: str) -> bool:
    """A generic word as a noun, not the verb "curbs inflation": after a determiner, or
    before "on"."""
    return found.entry.phrase.endswith("ed") or prev in DETERMINERS or prev in ("’s", "'s") \
        or nxt in ("on", "against", "to", "of") or found.first - 1 in view.ent_at \
        or prev[:1].isdigit() or (prev.isalpha() and prev not in view.lex.action_verbs
                                  and prev not in PP_PREPS)


def _qualified(view: SentenceView, found: Found, prev: str) -> bool:
    """Whether a word that needs a qualifier has one just before: "anti-dumping probe"."""
    window_start = max(0, found.first - 3)
    window = {view.low(at) for at in range(window_start, found.first)}
    window |= {part for at in range(window_start, found.first) for part in view.low(at).split("-")}
    return bool(window & view.lex.qualifiers.get(found.type, frozenset())) or (
        found.type == "tariff" and prev[:1].isdigit())


def resolve_type(view: SentenceView, found: Found, types_here: list[str]) -> str | None:
    """The type of a generic restriction word, from its qualifier, object or neighbours."""
    from_object = object_type(view, found)
    if from_object:
        return from_object
    typed = [mtype for mtype in types_here if mtype]
    if typed:
        return typed[0]
    if found.entry.phrase in view.lex.generic_default:
        return view.lex.generic_default[found.entry.phrase]
    # "a ban on Chinese-made cameras": a measure, of no listed kind.
    return "other" if view.low(found.last + 1) in ("on", "against") else None


def object_type(view: SentenceView, found: Found) -> str | None:
    """The type a restriction word takes from its qualifier or object ("ban on arms exports")."""
    before = view.low(found.first - 1)
    if before in _TYPE_WORDS:
        return _TYPE_WORDS[before]
    after = [view.low(at) for at in range(found.last + 1, min(len(view.toks), found.last + 5))]
    if after and after[0] in ("on", "against"):
        for word in after[1:]:
            if word in _TYPE_WORDS:
                return _TYPE_WORDS[word]
        ent = view.ent_at.get(found.last + 2) or view.ent_at.get(found.last + 3)
        if ent is not None and ent.kind == "organization":
            return "investment_restriction"
        if ent is not None and ent.kind == "person":
            return "sanction"
    return None
