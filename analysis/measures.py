"""Trade and policy measures: who does what to whom, with what magnitude, sentence by sentence.

A rule engine over the trigger lexicons in analysis/data/measure_*.json. One pass of a
trigger regex over the text picks the few sentences worth a closer look; only those are
tokenised. Each trigger then gets an action (from the verb or noun that governs it, with
modality and negation), an imposer (agent, modifier such as "US tariffs", possessor or
subject), targets (the object phrase, "on Chinese goods"), a magnitude and its times.
"""

from __future__ import annotations

import bisect
import re

from .measures_lexicon import Lexicon, TriggerEntry, lexicon, norm_key
from .measures_sentence import (
    BE_AUX,
    DETERMINERS,
    INVESTIGATIVE,
    PARTICIPLES,
    PP_PREPS,
    DocContext,
    Ent,
    Found,
    SentenceView,
    actor_name,
    tok_index,
)
from .model import Actor, Measure, Mention, Sentence, TimeExpr

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                 "thirty|forty|fifty|sixty|ninety|hundred|dozens of|hundreds of|thousands of")
_MAGNITUDE = re.compile(
    r"(?P<pct>\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b))"
    r"|(?P<money>(?:US|A|C|HK)?[$€£¥]\s?\d(?:[\d,.]*\d)?(?:\s?(?:bn|billion|m|million|tn|trillion|k)\b)?"
    r"|\b\d[\d,.]*\s?(?:bn|billion|million|trillion)\s(?:dollars|euros|pounds|yuan|yen|rupees)\b)"
    r"|(?P<digit>\b(?:single|double|triple|quadruple|two|three)-digit\b)"
    r"|(?P<dur>\b(?:\d+|" + _NUMBER_WORDS + r")-(?:day|week|month|year)(?:-long)?\b"
    r"|(?:(?<=\bfor )|(?<=\bby ))(?:\d+|an?|" + _NUMBER_WORDS
    + r") (?:days?|weeks?|months?|years?)\b)"
    r"|(?P<count>\b(?:\d[\d,]*|" + _NUMBER_WORDS + r")\s(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s){0,2}?"
    r"(?P<unit>firms|companies|entities|individuals|people|banks|products|items|goods|vessels|"
    r"tankers|ships|officials|tonnes|tons|barrels|organisations|organizations|chipmakers|"
    r"businesses|categories|lines|sectors|countries|nations|apps|subsidiaries|persons|oligarchs|"
    r"vehicles|cars)\b)"
)
# Which magnitude kinds fit which measure types, in order of preference.
_MAGNITUDE_FIT = {
    "tariff": ("pct", "digit", "money"), "trade_defence": ("pct", "digit", "money"),
    "quota": ("count", "pct", "money"), "agreement": ("dur", "money", "pct"),
    "export_control": ("count", "money", "pct"), "import_ban": ("count", "money"),
    "sanction": ("count", "money"), "investment_restriction": ("pct", "count", "money"),
    "subsidy": ("money", "pct"), "investigation": ("count", "money"),
    "other": ("pct", "money", "count", "digit"),
}
_TYPE_WORDS = {
    "import": "import_ban", "imports": "import_ban", "export": "export_control",
    "exports": "export_control", "travel": "sanction", "visa": "sanction", "arms": "sanction",
    "investment": "investment_restriction", "investments": "investment_restriction",
    "chip": "export_control", "technology": "export_control", "tech": "export_control",
}


def _resolve_type(s: SentenceView, f: Found, types_here: list[str]) -> str | None:
    """The type of a generic restriction word, from its qualifier, object or neighbours."""
    t = _object_type(s, f)
    if t:
        return t
    typed = [t for t in types_here if t]
    if typed:
        return typed[0]
    if f.entry.phrase in s.lex.generic_default:
        return s.lex.generic_default[f.entry.phrase]
    # "a ban on Chinese-made cameras": a measure, of no listed kind.
    return "other" if s.low(f.last + 1) in ("on", "against") else None


def _object_type(s: SentenceView, f: Found) -> str | None:
    """The type a restriction word takes from its qualifier or object ("ban on arms exports")."""
    before = s.low(f.first - 1)
    if before in _TYPE_WORDS:
        return _TYPE_WORDS[before]
    after = [s.low(k) for k in range(f.last + 1, min(len(s.toks), f.last + 5))]
    if after and after[0] in ("on", "against"):
        for w in after[1:]:
            if w in _TYPE_WORDS:
                return _TYPE_WORDS[w]
        ent = s.ent_at.get(f.last + 2) or s.ent_at.get(f.last + 3)
        if ent is not None and ent.kind == "organization":
            return "investment_restriction"
        if ent is not None and ent.kind == "person":
            return "sanction"
    return None


def _accept(s: SentenceView, f: Found) -> bool:
    """Cheap checks that a trigger names a measure here at all."""
    lex = s.lex
    nxt = s.low(f.last + 1)
    if nxt in lex.blockers or (nxt == "-" and s.low(f.last + 2) in lex.blockers):
        return False
    inside = s.ent_at.get(f.first) or s.ent_at.get(f.last)
    if inside is not None and inside.kind in ("person", "organization", "place"):
        return False  # "Hugh Grant", "the Strategic Export Controls committee"
    prev = s.low(f.first - 1)
    if f.entry.kind == "verb_bound":
        rules = [lex.verb_bound[i] for i in lex.verb_bound_nouns.get(f.entry.phrase, [])]
        for k in range(f.first - 1, max(-1, f.first - 5), -1):
            two = s.low(k) + " " + s.low(k + 1)
            for rule in rules:
                verb = two if two in rule.verbs else s.low(k) if s.low(k) in rule.verbs else None
                if verb is None:
                    continue
                if rule.context and not any(
                        s.low(j) in rule.context for j in range(max(0, k - 8), k)):
                    continue  # a firm selling a stake is business, not a forced sale
                f.first = k
                f.start = s.toks[k].start
                f.type = rule.type
                f.verb_action = rule.action_of.get(verb)
                return True
        return False
    if f.entry.kind == "generic":
        # A noun, not the verb "curbs inflation": after a determiner, or before "on".
        return f.entry.phrase.endswith("ed") or prev in DETERMINERS or prev in ("’s", "'s") \
            or nxt in ("on", "against", "to", "of") or f.first - 1 in s.ent_at \
            or prev[:1].isdigit() or (prev.isalpha() and prev not in lex.action_verbs
                                      and prev not in PP_PREPS)
    if prev == "to" and s.verb_action(f.first - 1) is None and f.type == "agreement":
        return False  # "how to deal with"
    if f.entry.kind == "needs_qualifier":
        lo = max(0, f.first - 3)
        window = {s.low(k) for k in range(lo, f.first)}
        window |= {w for k in range(lo, f.first) for w in s.low(k).split("-")}
        f.qualified = bool(window & lex.qualifiers.get(f.type, frozenset())) or (
            f.type == "tariff" and prev[:1].isdigit())
    return True


def _pick_magnitude(s: SentenceView, found: list[Found], text: str) -> None:
    cands = []
    for m in _MAGNITUDE.finditer(text, s.start, s.end):
        kind = m.lastgroup if m.lastgroup != "unit" else "count"
        if kind == "count":
            value = f"{m.group('count').split()[0]} {m.group('unit')}"
        elif kind == "pct":
            value = re.sub(r"\s?(?:per ?cent|percent)$", "%", m.group()).replace(" %", "%")
        else:
            value = m.group()
        cands.append((m.start(), m.end(), kind, value))
    used: set[int] = set()
    for f in found:
        fit = _MAGNITUDE_FIT.get(f.type, ())
        if f.action in ("extend", "delay"):
            fit = ("dur", *fit)
        best = None
        for ci, (ms, me, kind, value) in enumerate(cands):
            if ci in used or kind not in fit:
                continue
            dist = f.start - me if me <= f.start else ms - f.end
            if dist > 90:
                continue
            # Nearer another trigger that takes this kind: it is that trigger's.
            if any(g is not f and kind in _MAGNITUDE_FIT.get(g.type, ()) and
                   (g.start - me if me <= g.start else ms - g.end) < dist for g in found):
                continue
            key = (fit.index(kind), max(dist, 0))
            if best is None or key < best[0]:
                best = (key, ci, value)
        if best:
            used.add(best[1])
            f.magnitude = best[2]
            f.concrete = True


def _analyse(s: SentenceView, hits: list[tuple[int, int, TriggerEntry]]) -> list[Found]:
    found: list[Found] = []
    for start, end, entry in hits:
        f = Found(entry, start, end, type=entry.type)
        f.first = tok_index(s.toks, s.starts, start)
        f.last = tok_index(s.toks, s.starts, end - 1)
        if _accept(s, f):
            found.append(f)
    for f in found:
        for k in range(f.first, f.last + 1):
            s.trigger_at[k] = f
    types_here = [f.type for f in found]
    kept: list[Found] = []
    for f in found:
        if f.entry.kind == "generic":
            t = _resolve_type(s, f, types_here)
            if t is None:
                continue
            f.type = t
        elif f.entry.phrase in ("ban", "embargo", "trade embargo"):
            f.type = _object_type(s, f) or f.type
        action, explicit, cue = s.action(f)
        intrinsic_probe = f.type == "investigation" or (
            f.type == "trade_defence" and s.low(f.last) in INVESTIGATIVE)
        if intrinsic_probe and action in ("impose", "investigate"):
            action = "investigate"
        elif action == "investigate":
            action = "impose"  # "launched subsidies": only probes are investigated
        adjusted = s.modality(action, cue, f.first)
        if adjusted is None:
            continue
        f.action, f.explicit_action = adjusted, explicit
        _who(s, f, cue, explicit)
        if not f.qualified and not _official(s.lex, f):
            continue
        kept.append(f)
    return kept


def _who(s: SentenceView, f: Found, cue: int, explicit: bool) -> None:
    """Fill imposer and targets of one trigger."""
    lex = s.lex
    imposer: Ent | None = None
    targets: list[Ent] = []
    cue_left = 0 <= cue < f.first
    anchor = cue if cue_left else f.first
    patient = cue >= 0 and (s.low(cue) in lex.patient_verbs or any(
        s.low(k) in lex.patient_verbs for k in range(max(0, anchor - 3), anchor)))
    passive = cue >= 0 and s.low(cue - 1) in BE_AUX - {"to", "have", "has", "had", "will"} \
        and (s.low(cue).endswith(("ed", "en")) or s.low(cue) in PARTICIPLES)
    imposer = s.agent(min(cue if cue >= 0 else f.last, f.last) + 1, f.last + 8)
    inside = [s.ent_at[k] for k in range(f.first, f.last + 1) if k in s.ent_at]
    if imposer is None and inside and f.type == "investment_restriction":
        imposer = inside[0]  # "sell its US operations": the US forces the sale
    mod = s.modifier(f)
    if mod is not None:
        if mod.plain_name and f.type not in ("agreement", "subsidy", "investigation") \
                and s.low(mod.last + 1) not in ("’s", "'s") and f.entry.kind != "verb_bound" \
                and not s.low(f.first).endswith("ed"):
            targets.append(mod)  # "Russia sanctions", "China tariffs"
        elif imposer is None:
            imposer = mod
    subj, gov = s.subject(anchor)
    if subj is not None:
        if patient or passive:
            # The sufferer and its appositions: "ByteDance, TikTok's parent, faces ...".
            lo = s.clause_start(subj.first)
            targets += [e for e in s.entities_between(lo, anchor, None)
                        if not s.in_pp(e) and (not e.demonym or e is subj)] or [subj]
        elif subj.demonym:
            pass
        elif f.type == "agreement":
            # "Australia and India signed a deal": every party in the subject.
            lo = s.clause_start(subj.first)
            parties = [e for e in s.entities_between(lo, anchor, None)
                       if not s.in_pp(e) and not e.demonym] or [subj]
            imposer = imposer or parties[0]
            targets += [e for e in parties if e is not imposer]
        elif imposer is None and explicit:
            imposer = subj
    targets += s.targets_after(f)
    if cue_left:
        targets += s.entities_between(cue + 1, f.first, mod)
    names: list[str] = []
    imp_name = actor_name(imposer) if imposer else None
    for t in targets:
        if t is imposer:
            continue
        # "23 Chinese firms": the group, and the country it belongs to.
        extra = [t.affiliation] if t.kind == "group" and t.affiliation else []
        for name in [t.name, *extra]:
            if name != imp_name and name not in names:
                names.append(name)
    f.imposer = imp_name
    f.targets = names
    f.parties = ([imposer] if imposer else []) + targets
    f.concrete = bool(imp_name or names or (gov and explicit))


def _official(lex: Lexicon, f: Found) -> bool:
    """Whether a bare "probe" or "deal" has a state or an official body on one side."""
    for ent in f.parties:
        if ent.kind == "country" and not ent.demonym:
            return True
        if ent.kind == "organization" and f.type == "investigation" and any(
                w in lex.official_bodies for w in ent.name.lower().split()):
            return True
    return False


def _merge(found: list[Found]) -> list[Found]:
    """Triggers of one type in one sentence name one measure unless their targets differ."""
    out: list[Found] = []
    for f in found:
        same = next((g for g in out if g.type == f.type and (
            not g.targets or not f.targets or set(g.targets) & set(f.targets))), None)
        if same is None:
            out.append(f)
            continue
        same.imposer = same.imposer or f.imposer
        same.targets += [t for t in f.targets if t not in same.targets]
        same.targets = [t for t in same.targets if t != same.imposer]
        same.magnitude = same.magnitude or f.magnitude
        same.concrete = same.concrete or f.concrete
        if not same.explicit_action and f.explicit_action:
            same.action, same.explicit_action = f.action, True
    return out


def _fill_sides(doc: DocContext, f: Found) -> None:
    """In an article about two countries, an unnamed side of a measure is the other one."""
    if doc.pair is None:
        return
    a, b = doc.pair
    if f.imposer is None and f.targets and f.targets[0] in doc.pair:
        f.imposer = b if f.targets[0] == a else a
    elif f.imposer in doc.pair and not f.targets:
        f.targets = [b if f.imposer == a else a]
    elif f.imposer is None and not f.targets:
        f.imposer, f.targets = a, [b]


def extract_measures(text: str, sentences: list[Sentence], actors: list[Actor],
                     times: list[TimeExpr]) -> list[Measure]:
    """One Measure per (measure, sentence): type, action, imposer, targets, magnitude, times."""
    lex = lexicon()
    lowered = text.lower()
    if len(lowered) == len(text):
        hits = list(lex.trigger_re.finditer(lowered))
    else:  # a few characters change length in lower case; offsets must stay true
        hits = list(lex.trigger_re_i.finditer(text))
    if not hits:
        return []
    doc = DocContext(text, actors, lex)
    sent_starts = [s.start for s in sentences]
    by_sentence: dict[int, list[tuple[int, int, TriggerEntry]]] = {}
    for m in hits:
        entry = lex.triggers.get(norm_key(m.group()))
        if entry is None:
            continue
        si = bisect.bisect_right(sent_starts, m.start()) - 1
        if si < 0 or m.end() > sentences[si].end:
            continue
        by_sentence.setdefault(si, []).append((m.start(), m.end(), entry))
    time_starts = sorted((t.start, i) for i, t in enumerate(times))
    measures: list[Measure] = []
    for si in sorted(by_sentence):
        sent = sentences[si]
        s = SentenceView(doc, sent.start, sent.end)
        found = _analyse(s, by_sentence[si])
        if not found:
            continue
        _pick_magnitude(s, found, text)
        lo = bisect.bisect_left(time_starts, (sent.start, -1))
        hi = bisect.bisect_left(time_starts, (sent.end, -1))
        sent_times = [i for _, i in time_starts[lo:hi] if times[i].end <= sent.end]
        dated = any(c.isdigit() for i in sent_times for c in times[i].value)
        found = [f for f in _merge(found) if f.concrete or dated]
        if not found:
            continue
        owners: dict[int, list[int]] = {}
        for ti in sent_times:
            t = times[ti]
            best = min(range(len(found)), key=lambda k: (
                f"{found[k].magnitude}" != t.text,
                abs((t.start + t.end) / 2 - (found[k].start + found[k].end) / 2)))
            owners.setdefault(best, []).append(ti)
        for k, f in enumerate(found):
            _fill_sides(doc, f)
            measures.append(Measure(
                type=f.type, action=f.action, imposer=f.imposer, targets=f.targets,
                magnitude=f.magnitude, start=sent.start, end=sent.end,
                text=text[sent.start:sent.end],
                trigger=Mention(f.start, f.end, text[f.start:f.end]),
                times=owners.get(k, [])))
    return measures
