"""One record per measure (GUIDELINES.md 4.2): the sentences about one measure join it.

Within a sentence, triggers of one type name one measure unless their sides or figures
differ (`merge_in_sentence`). Across sentences (`build_records`), a later mention of the
same type whose sides agree with an earlier record ("the tariffs", "the ban" with no new
parties) is more evidence of that record, not a new one. Distinct steps stay apart:
another state acting, other targets, another figure, a retaliation; a deal is one
record whichever side reports it. A record takes its action and its evidence sentence
from its fullest firm mention (an analyst's forecast or an unnamed mention only adds
evidence), its sides from all of them. Every record says why (`why`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..actors.affiliation import NEARBY_STATE_RULE
from ..gazetteer import organization_name
from ..model import Measure, Mention
from .article import DocContext, Found
from .magnitude import COUNT_UNITS
from .parties import dealings_bar
from .sentence import is_headline
from .vocab import DUTY_ON_A_CLASS, JUST_BEFORE, LEGISLATURES, SANCTION_LICENCES

# Determiners by which a measure's words refer to one told before ("lifting the ban").
_REFERRING = frozenset({"the", "its", "their", "this", "that", "these", "those", "his", "her"})
_COUNTER_CUES = ("retaliat", "respond", "hit back", "counter")
# A word before a measure that says it is not the one told before.
# ("The State Department separately imposed visa restrictions": a step of its own; not
# "Separately, ..." opening a sentence, which may tell more of the same one)
_OTHER_ONE = re.compile(r"\ban?\s+(?:separate|different|similar)\s+(?:[\w%.-]+\s+){0,3}$"
                        # "The commission's previous investigation, in 2000, ...": an older one
                        r"|\b(?:previous|prior|earlier)\s+(?:[\w-]+\s+){0,1}$"
                        r"|\bseparately\s+(?:[\w%.-]+\s+){0,4}$"
                        # "The central bank also banned imports of gold coins": another step
                        r"|\balso\s+(?:(?:has|have|had|will|would)\s+)?(?:[a-z]+(?:ed|es|s)\s+"
                        r"(?:an?\s+|new\s+)?)?$"
                        # "In a separate notice, it banned ...": a step of its own
                        r"|\b(?:in|under|with)\s+an?\s+(?:separate|different|second|another)"
                        r"\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_OTHER_ONE_REACH = 48
# Steps of one kind dated this many years apart are two steps.
_YEARS_APART = 2
# A step laid this many months before every date the mentions of a record own is another
# step, told as history.
_MONTHS_BEFORE = 3
# Words that make duties an answer to another's step.
_RETALIATION = re.compile(r"\bretaliat|\bpunitive\b|\bcounter-?measure", re.I)
# Rules of mentions that voice a view or a demand: their speaker lays nothing.
_VIEWS = frozenset({"measure.opinion", "measure.demand"})
# Kinds a curb on imports may be told as later (see _curbs_told_as_limits).
_LIMITS = frozenset({"quota", "tariff", "trade_defence"})
_SOFT_CURBS = ("curb", "restrict", "limit")
# Steps that a new one of a kind opens or lays, told twice as new: two measures.
_OPENING = frozenset({"impose", "investigate"})
_EASING = frozenset({"ease", "lift"})
_EXTENDED = frozenset({"extend"})
_IMPOSED = frozenset({"impose"})  # (its history: "The ban was imposed on 27 March")
# What a deal's talks may say of the next one: more of the same record (4.4).
_HOPED_FOR = frozenset({"propose", "threaten"})
_IN_FORCE = re.compile(r"\bin\s+(?:place|force|effect)\b")
_RECENT = 40  # records of a type a later mention is compared with (long texts stay linear)
_WHY_WORDS = 52  # the words of `why` after the rule id stay short


# Words for duties that say nothing of why they are laid, as `_head` gives them.
_PLAIN_DUTIES = frozenset({"duty", "dutie", "tariff", "levy", "levie"})
# Types of measures a state lays at home: taxes, rules and benefits.
_DOMESTIC = frozenset({"other", "subsidy"})
_PROBE_HEADS = frozenset({"probe", "investigation", "inquiry", "enquiry", "review", "finding"})
_PLAIN_PROBES = frozenset({"probe", "investigation", "inquiry", "enquiry", "probes",
                           "investigations", "inquiries", "enquiries"})
# What stands before a probe no word qualifies: "opens probe", "a new probe"; or only the
# goods it looks into, "the pork probe" (not "the antitrust probe": a probe of its own kind).
_BARE_BEFORE = re.compile(r"(?:\b(?:an?|the|its|their|new|opens|opened|launches|launched))\s+"
                          r"(?:(?!(?:antitrust|criminal|tax|police|corruption|fraud|security"
                          r"|safety|competition|bribery|accounting|insider|fresh|separate"
                          r"|another)\b)[a-z]+\s+)?$", re.I)


# The heads of export controls that list parties rather than hold goods back.
_LIST_HEADS = frozenset({"list", "blacklist"})
# Types whose records are told apart by the goods they fall on.
_OF_GOODS = frozenset({"quota", "import_ban", "export_control", "tariff", "trade_defence",
                       "subsidy"})
# Words before the goods word that stands before a measure's noun ("the haddock quota").
_GOODS_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "new"})
# Words before or after a measure's noun that name no goods.
_NOT_GOODS = frozenset({
    "the", "a", "an", "its", "their", "this", "that", "these", "those", "new", "current",
    "existing", "extra", "additional", "total", "annual", "import", "imports", "export",
    "exports", "goods", "products", "items", "all", "most", "some", "any", "and", "or",
    "imported", "exported", "trade", "temporary", "permanent", "full", "partial", "blanket",
    "outright", "same", "similar", "retaliatory", "punitive", "higher", "lower",
    "tough", "tougher", "strict", "stricter", "further", "fresh", "such", "other", "year",
    "years", "per", "cent", "percent", "of", "on", "from", "to", "for", "in", "into",
})
_GOODS_AFTER = re.compile(r"\s+(?:the\s+(?:total\s+)?(?:amount|quantity|volume)\s+)?"
                          r"(?:(?:imports?|exports?|sales?|shipments?)\s+)?(?:on|of|for)\s+"
                          r"((?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
                          r"(?=[ \t]*(?:[.,;:\n]|\Z)|\s(?:from|to|in|at|by|and\s+[A-Z]|which"
                          r"|that|until|since|after|before|for|over|with)\b)")


def _goods(doc: DocContext, found: Found) -> frozenset[str]:
    """What tells one step on goods from another: the lower-case word right before the
    measure's noun, its goods ("the haddock quota") or the step a verb there takes
    ("imposed" and "imposes" alike: "impose"), and the words after its "on" or "of" ("a
    ban on imports of wine"); none for a bare "the quota"."""
    text = doc.text
    before = text[max(0, found.start - 40):found.start].split()[-2:]
    word = before[-1] if before else ""
    step = doc.lex.action_verbs.get(word)
    words = [step] if step else [word] if len(before) == 2 and word.isalpha() \
        and word.islower() and before[0].lower() in _GOODS_DETERMINERS else []
    after = _GOODS_AFTER.match(text, found.end)
    if after is not None:
        words += [each for each in after.group(1).split() if each.isalpha() and each.islower()]
    if not words and text[found.start:found.end].lower() in doc.lex.action_verbs:
        # a verb told of goods its subject names: "imports of brandy would be banned"
        subject = _GOODS_SUBJECT.search(text, max(0, found.start - _GOODS_SUBJECT_REACH),
                                        found.start)
        if subject is not None:
            words = [each for each in subject.group(1).split()
                     if each.isalpha() and each.islower()]
    return frozenset(each for each in words if each not in _NOT_GOODS)


# The goods a passive verb's subject names, right before it ("imports of Georgian brandy
# and mineral water would be banned", "sales of the drug were suspended").
_GOODS_SUBJECT = re.compile(r"\b(?:imports?|exports?|sales?|shipments?|purchases?)\s+of\s+"
                            r"((?:[\w'’-]+\s+){1,6}?)(?:(?:would|will|could|may|might|shall"
                            r"|should|must|is|are|was|were|has|have|had|be|been|being|also"
                            r"|now|not|to)\s+){1,4}$")
_GOODS_SUBJECT_REACH = 90


@dataclass(slots=True)
class Said:
    """One trigger of one sentence that names a measure."""

    found: Found
    start: int  # the sentence
    end: int
    times: list[int]  # indexes into the article's times
    years: frozenset[int] = frozenset()  # the years of the dates among them
    determiner: str = ""  # of the trigger's noun phrase ("the", "an"; "" when none)
    months: frozenset[int] = frozenset()  # the months of the dates among them (year * 12)

    @property
    def definite(self) -> bool:
        """Whether its words refer back ("the ban", "its quotas")."""
        return self.determiner in _REFERRING

    @property
    def fresh(self) -> bool:
        """Whether its words tell a new one ("an anti-dumping probe")."""
        return self.determiner in ("a", "an")


class _Record:
    """The mentions of one measure so far, and what later mentions are checked against."""

    def __init__(self, doc: DocContext, first: Said) -> None:
        self.doc = doc
        self.said: list[Said] = []
        self.starts: set[int] = set()  # sentences already heard from
        self.heads: set[str] = set()
        self.named: set[str] = set()  # the trigger's words where they name one tax or rule
        self.sides: set[str] = set()  # the imposers and the states they belong to
        self.bodies: set[str] = set()  # the imposers that are public bodies, not states
        self.targets: set[str] = set()
        self.parties: set[str] = set()  # imposers and targets, for a deal
        self.magnitudes: set[str] = set()  # of firm mentions
        self.unsided_actions: set[str] = set()  # firm explicit mentions that name no side
        self.sided_actions: set[str] = set()  # firm explicit mentions that name a side
        self.years: set[int] = set()  # of the dates its mentions own
        self.months: set[int] = set()  # of the dates its firm mentions own
        self.opened: set[str] = set()  # steps its firm mentions told as new ("opened a probe")
        self.goods: set[str] = set()  # what its mentions fall on ("haddock", "wine")
        self.add(first)

    def add(self, item: Said) -> None:
        found = item.found
        self.said.append(item)
        self.starts.add(item.start)
        self.years |= item.years
        if not found.weak:
            self.months |= item.months
        self.heads.add(_head(found))
        if " " in found.entry.phrase:
            self.named.add(found.entry.phrase)
        if found.imposer:
            self.sides |= _side_of(self.doc, found.imposer)
            if _a_body(self.doc, found.imposer):
                self.bodies.add(found.imposer)
        self.targets.update(found.targets)
        self.goods |= _goods(self.doc, found)
        self.parties |= _parties(self.doc, found)
        if not found.weak and found.magnitude is not None and not _COUNT.search(found.magnitude):
            self.magnitudes.add(_figure(found.magnitude))
        if not found.weak and found.explicit_action:
            sided = found.imposer or found.targets
            (self.sided_actions if sided else self.unsided_actions).add(found.action)
            if item.fresh:
                self.opened.add(found.action)

    def fits(self, item: Said) -> bool:
        """Whether `item` speaks of this measure again."""
        found = item.found
        if self.said[0].found.type != found.type or item.start in self.starts:
            return False
        if found.type == "other" and _head(found) not in self.heads:
            return False  # "other" holds unlike things: a tax is not a ban
        if _UNTIL_NOW.match(self.doc.text, item.start):
            return False  # "Until now Russia has capped foreign ownership in only a few
            # industries": the state before the step the article tells, a record of its own
        if found.type == "sanction" and item.fresh and not found.weak \
                and found.explicit_action and found.action == "impose" \
                and _head(found) not in self.heads and _head(found) in _SANCTION_STEPS \
                and self.heads <= _SANCTION_STEPS:
            return False  # "adopted sanctions", then "imposes a full transaction ban": a
            # package's distinct steps, each its own record (4.2)
        if found.type == "other" and " " in found.entry.phrase and self.named \
                and found.entry.phrase not in self.named:
            return False  # nor is stamp duty fuel duty
        if found.type == "agreement":
            # A deal is one record whichever side reports it ("India and Britain signed a
            # deal", later "Britain's prime minister called the pact a landmark").
            mine = _parties(self.doc, found)
            told = self.sided_actions | self.unsided_actions
            if item.fresh and not found.weak and found.explicit_action and told \
                    and found.action not in told and found.action not in _HOPED_FOR:
                return False  # "agreed to begin talks", then "terminated an agreement
                # reached in 1992": "an" tells another deal, ended, not the one agreed
            return (not mine or not self.parties or bool(mine & self.parties)) \
                and not self._another_step(found)
        if found.imposer is not None and self.sides and \
                not _side_of(self.doc, found.imposer) & self.sides:
            return False  # another state acts
        if found.type == "investigation" and self.bodies and found.imposer is not None \
                and _a_body(self.doc, found.imposer) \
                and not _side_of(self.doc, found.imposer) & self.bodies:
            return False  # "the Bureau of Customs raided three warehouses", then "the
            # Competition Commission opened an inquiry": two bodies of one state, two probes
        if found.explicit_action and not found.weak and found.imposer is not None \
                and found.targets and not self.targets and _head(found) not in self.heads \
                and self.sides and not self.bodies and _a_body(self.doc, found.imposer) \
                and self._firms_only(found.targets):
            return False  # "Tanzania has barred private traders from exporting cashew", then
            # "the Cashewnut Board had cancelled the export licences of 15 companies": a
            # body's own step against those it names
        if (found.explicit_action or found.rule == "measure.standing") and self.goods \
                and found.type in _OF_GOODS and (goods := _goods(self.doc, found)) \
                and not goods & self.goods:
            return False  # "kept the haddock quota" after "cut the cod quota": two steps;
            # "Controls on drone components remain in force" after those on rare earths
        if found.type == "export_control" and found.explicit_action and not found.weak \
                and (_head(found) in _LIST_HEADS) != bool(self.heads & _LIST_HEADS):
            return False  # "banned the export of technology used in mining", then "placed
            # 14 foreign organisations on its unreliable entity list": goods held back, and
            # parties listed, two steps
        if found.rule == "measure.standing" and not self.goods \
                and _head(found) not in self.heads and _goods(self.doc, found):
            return False  # nor are they the firms "placed on its unreliable entity list"
        named = self._named_targets(found.targets)
        mine = self._named_targets(self.targets)
        if named and self.targets and not named <= mine and not (
                mine <= named and self._headline_only()):
            # "Vodafone and O2" is another case than "Vodafone and T-Mobile"; but a title
            # names fewer ("EU imposes duties on Chinese shoes", then "on shoes from China
            # and Vietnam")
            return False
        if item.years and self.years and not item.definite and min(
                abs(one - other) for one in item.years for other in self.years) >= _YEARS_APART:
            return False  # "China will restrict exports from 1 August", "in 2010, when China
            # halted rare earth shipments": steps years apart are two (but "the embargo
            # imposed in 1989" is its history)
        if not item.definite and not found.weak \
                and (found.explicit_action and found.action == "impose"
                     or found.action == "maintain" and found.rule != "measure.named") \
                and item.months and self.months \
                and max(item.months) <= min(self.months) - _MONTHS_BEFORE:
            return False  # "China expanded its controls on Thursday", then "Beijing imposed
            # licensing requirements in April": a step laid months before the news is its own
        if item.fresh and not found.weak and found.explicit_action \
                and found.action in _OPENING and found.action in self.opened:
            return False  # "launched an anti-dumping investigation into pork", later "In
            # January, the ministry opened an anti-dumping probe into brandy": each new
        told = self.sided_actions | self.unsided_actions
        if found.rule == "measure.standing" and found.action == "maintain" \
                and not item.determiner and told and told <= _EASING \
                and _IN_FORCE.search(self.doc.text, found.end, item.end):
            return False  # "Beijing has eased curbs on coal", then "Restrictions on lobster
            # remain in place": the ones not eased
        if not item.definite and not found.weak and found.explicit_action \
                and found.action == "impose" and item.times \
                and self.said[0].found.action in _EXTENDED and told <= _EXTENDED | _IMPOSED:
            return False  # "Russia has extended its ban on wine imports", then "imports of
            # brandy would be banned from Monday": a ban laid anew on its own day
        if _counter(self.doc, found) and not any(_counter(self.doc, said.found)
                                                 for said in self.said):
            return False  # "Brazil could face retaliatory tariffs" after the US's: never the
            # step it answers, even only threatened
        if found.type == "trade_defence" and not found.weak and _kind_of_step(found) \
                and all(_kind_of_step(said.found) not in ("", _kind_of_step(found))
                        for said in self.said):
            return False  # a probe and the duties it leads to are two steps
        return not self._another_step(found)

    def _firms_only(self, targets: Iterable[str]) -> bool:
        """Whether every target is a firm or a group of them, no state."""
        return all((actor := self.doc.by_name.get(name)) is not None
                   and actor.kind in ("organization", "group") for name in targets)

    def _headline_only(self) -> bool:
        """Whether every mention so far is in the article's title."""
        return all(is_headline(self.doc.text, said.start) for said in self.said)

    def _named_targets(self, targets: Iterable[str]) -> set[str]:
        """The targets but groups, which each mention words its own way ("140 companies",
        "Chinese firms"): the countries and bodies decide whether two mentions differ."""
        out = set()
        for name in targets:
            actor = self.doc.by_name.get(name)
            if actor is None or actor.kind != "group":
                out.add(name)
        return out

    def _another_step(self, found: Found) -> bool:
        """Two firm steps of one kind with different figures ("25% on steel", later "10%
        on aluminium") are two measures; so are a step with no sides and a later one that
        names them and does something else ("eased tariffs", later "the US kept its tariffs
        on China"), or the other way round under another word; and a retaliation is never
        the step it answers."""
        if found.weak:
            return False
        if found.cue_words.lower().startswith(_COUNTER_CUES):
            return True
        if found.cue_words.lower().startswith("exempt") \
                and "ease" not in self.sided_actions | self.unsided_actions:
            return True  # "would be exempted from the new tariff": relief from it, a step
        if found.entry.phrase in SANCTION_LICENCES and found.action == "ease" \
                and "ease" not in self.sided_actions | self.unsided_actions:
            return True  # "issued a general licence allowing Volga Shipping to wind down":
            # leave given under the sanctions, a step of its own
        if _OTHER_ONE.search(self.doc.text, max(0, found.start - _OTHER_ONE_REACH), found.start):
            return True  # "remain subject to a separate 20% tariff": not the one told before
        if found.magnitude is not None and not _COUNT.search(found.magnitude) and any(
                not _rounds_to(figure, _figure(found.magnitude)) for figure in self.magnitudes):
            # (rates and sums; counts of those named differ without another step: "two
            # companies", then "about 30 of their subsidiaries")
            return True
        sided = bool(found.imposer or found.targets)
        if found.explicit_action and not sided and _head(found) not in self.heads \
                and self.sided_actions and found.action not in self.sided_actions:
            # "agreed to limit the growth of textile exports", later "Global textile quotas
            # were scrapped": another word, another step, no side: another measure
            return True
        # (unless a mention that names sides took this step already: "lift the EU's ban",
        # "the embargo was imposed in 1989", "lifting the embargo with China" is one)
        return found.explicit_action and sided and bool(self.unsided_actions - {found.action}) \
            and found.action not in self.sided_actions


def _counter(doc: DocContext, found: Found) -> bool:
    """Whether the measure's own words call it a retaliation ("retaliatory tariffs",
    "counter-tariffs", "countermeasures")."""
    return _COUNTER_WORD.search(doc.text, max(0, found.start - _COUNTER_REACH),
                                found.end) is not None


_COUNTER_WORD = re.compile(r"\b(?:retaliat\w*|counter-\w+|counter\s*measures?)\s+(?:\w+\s+)?\S*$"
                           r"|\b(?:retaliat\w*|counter-\w+|counter\s*measures?)$", re.I)
_COUNTER_REACH = 24


def _kind_of_step(found: Found) -> str:
    """Whether a trade defence trigger names a probe or duties ("" when neither: "safeguard
    measures")."""
    head = _head(found)
    return "probe" if head in _PROBE_HEADS else "duty" if head in _PLAIN_DUTIES else ""


def _figure(magnitude: str) -> str:
    """A magnitude's figure: "140 firms" and "140 companies" are one size."""
    found = _FIGURE.search(magnitude)
    return found.group() if found else magnitude


def _rounds_to(one: str, other: str) -> bool:
    """Whether two figures are one: equal, or a whole number a headline rounded the other
    to ("38%" for "38.1%")."""
    if one == other:
        return True
    try:
        first, second = (float(f.rstrip("% ").replace(",", "")) for f in (one, other))
    except ValueError:
        return False
    whole = first if first.is_integer() else second if second.is_integer() else None
    return whole is not None and whole != 0 and abs(first - second) < 1 \
        and int(min(first, second)) == int(whole) and one.endswith("%") == other.endswith("%")


# Magnitudes that do not tell a step apart: counts of those named ("23 firms").
_COUNT = re.compile(r"\b(?:" + "|".join(COUNT_UNITS) + r")$")
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
_FIGURE = re.compile(r"\d[\d,.]*\s*%?|\b(?:[a-z]+-)?digit\b")


def build_records(doc: DocContext, said: list[Said],
                  hoped: list[Measure] | None = None) -> list[Measure]:
    """The article's measures, one per distinct measure, in order of first mention (deals
    only hoped for are none: they go to `hoped`, if given)."""
    _duties_of_trade_defence(doc, said)
    records: list[_Record] = []
    by_type: dict[str, list[_Record]] = {}
    for item in said:
        renamed = item.found.type == "other" and item.found.entry.phrase in _PENALTIES \
            and item.definite and bool(by_type.get("sanction"))
        if renamed:
            # "imposed broad economic sanctions on India", then "agreed to suspend those
            # penalties until May": a step on the sanctions, called by another word
            item.found.type = "sanction"
        recent = by_type.setdefault(item.found.type, [])
        fitting = [] if renamed else [record for record in reversed(recent[-_RECENT:])
                                      if record.fits(item)]
        # a record told firmly before one only voiced ("lifting it would be irresponsible")
        fitting.sort(key=lambda record: all(said.found.weak for said in record.said))
        # The latest record that shares a target, else the latest that fits at all.
        home = next((record for record in fitting if record.targets & set(item.found.targets)),
                    fitting[0] if fitting else None)
        if home is None:
            home = _named_again(doc, records, item) or _same_ban(doc, records, item) \
                or _rate_of_a_firm(doc, records, item) \
                or _retaliation_called_sanctions(doc, records, item) \
                or _dealings_barred_by_sanctions(doc, records, item)
            if home is not None:
                item.found.type = home.said[0].found.type
        if home is None:
            home = _Record(doc, item)
            records.append(home)
            recent.append(home)
        else:
            home.add(item)
    records = _curbs_told_as_limits(records)
    told = [record for record in records if any(not s.found.weak for s in record.said)]
    told = _without_bare_instruments(doc, told)
    if hoped is not None:
        # (what a deal hoped for is due by still dates: see `extract_measures`)
        hoped.extend(_measure(doc, record.said) for record in told
                     if _deal_only_hoped_for(record))
    told = [record for record in told if not _deal_only_hoped_for(record)]
    return _laid_by_the_one_state(doc, _agentless_laid_by_the_last(
        doc, told, [_measure(doc, record.said) for record in told]))


_PENALTIES = frozenset({"penalty", "penalties"})
# A sentence that opens on the state of things before the news.
_UNTIL_NOW = re.compile(r"\s*(?:[Uu]ntil|[Uu]p\s+to|[Tt]ill)\s+now\b|\s*[Hh]itherto\b")


# Verbs that only bring an instrument into being: "an executive order signed on Monday",
# "will publish the new rules within 30 days", "issued a decree".
_VEHICLE_VERBS = frozenset({"sign", "signs", "signed", "signing", "publish", "publishes",
                            "published", "publishing", "issue", "issues", "issued", "issuing",
                            "finalise", "finalised", "finalize", "finalized", "finalising",
                            "finalizing"})


# Verbs that change rules or a law without saying how ("Beijing has tightened its own
# rules", "time to change the law"): told with nothing after, the change of a measure the
# article tells.
_VAGUE_CHANGES = frozenset({"tighten", "tightens", "tightened", "tightening", "toughen",
                            "toughens", "toughened", "toughening", "change", "changes",
                            "changed", "changing", "revise", "revises", "revised", "revising",
                            "update", "updates", "updated", "updating", "overhaul",
                            "overhauls", "overhauled", "overhauling"})
# What tells the content of rules after their noun: "rules on ...", "a law requiring ...".
_CONTENT_AFTER = re.compile(r"\s+(?:on|for|governing|requiring|that|which|to|banning|barring"
                            r"|limiting|allowing|under|against)\b")


def _without_bare_instruments(doc: DocContext, records: list[_Record]) -> list[_Record]:
    """An order, decree or set of rules told only as signed, published or issued, with no
    figure and no one it falls on, is how a measure the article tells comes about (4.1: a
    vague reference by itself): no record of its own where the article tells a measure of
    another kind ("Trump extended the pause ... In an executive order signed on Monday";
    "the Treasury will publish the new rules within 30 days"), or a duty it lays on a class
    ("Under rules published by the ministry, shops must close at 10pm")."""
    def bare(record: _Record) -> bool:
        return all(said.found.type == "other"
                   and said.found.entry.phrase in doc.lex.instruments
                   and (said.found.cue_words.lower() in _VEHICLE_VERBS
                        or said.found.cue_words.lower() in _VAGUE_CHANGES
                        and _CONTENT_AFTER.match(doc.text, said.found.end) is None)
                   and said.found.magnitude is None and not said.found.targets
                   for said in record.said)
    kept = [record for record in records if not bare(record)]
    if not any(record.said[0].found.type != "other"
               or record.said[0].found.entry.phrase == DUTY_ON_A_CLASS for record in kept):
        return records
    return kept


# Words of a deal tried, sought or hoped for (not one offered, nor a call to change one).
_HOPING = frozenset({"try", "tries", "trying", "tried", "seek", "seeks", "seeking", "sought",
                     "hope", "hopes", "hoped", "hoping", "press", "presses", "pressing",
                     "pressed", "aim", "aims", "aiming", "aimed", "want", "wants", "wanted"})


def _deal_only_hoped_for(record: _Record) -> bool:
    """A deal only sought, hoped or tried for ("negotiators try to reach a settlement",
    "said it still hoped to conclude a framework agreement"): the hoped-for result of talks
    is no record of its own (GUIDELINES 4.4); one offered, or a call to change one, is."""
    return all(said.found.type == "agreement" and said.found.action == "propose"
               and said.found.cue_words.lower() in _HOPING for said in record.said)


def _laid_by_the_one_state(doc: DocContext, measures: list[Measure]) -> list[Measure]:
    """A tax or benefit told with no side ("Tobacco duty will rise from 6pm") in an article
    whose measures are laid by one state only (a budget told by its chancellor) is laid by
    that state (GUIDELINES 4.5: null only when nothing points anywhere)."""
    imposers = {measure.imposer for measure in measures if measure.imposer
                and getattr(doc.by_name.get(measure.imposer), "kind", None) == "country"}
    if len(imposers) != 1:
        return measures  # (a party's plans are its own; a union's members act for it)
    (imposer,) = imposers
    for measure in measures:
        if measure.imposer is None and measure.type in _DOMESTIC and imposer not in measure.targets:
            measure.imposer = imposer
    return measures


def _agentless_laid_by_the_last(doc: DocContext, records: list[_Record],
                                measures: list[Measure]) -> list[Measure]:
    """ "The EU is to impose sanctions on US exports from 1 March. Tariffs of 5% will be
    levied on US goods ...": a passive with no agent that falls on a side a measure told
    just before it hit (in any of its sentences) is laid by the same party; plain duties so
    laid after anti-dumping duties are of that kind ("Duties on Chinese shrimp, announced
    last month, were set at up to 112%")."""
    for at, measure in enumerate(measures):
        if measure.imposer is not None or not (measure.why or "").startswith("measure.passive:"):
            continue
        before = next((other for other, record in zip(reversed(measures[:at]),
                                                      reversed(records[:at]), strict=True)
                       if other.imposer and set(measure.targets) & set(other.targets)
                       and any(0 <= measure.start - said.end <= JUST_BEFORE
                               for said in record.said)), None)
        if before is None:
            continue
        measure.imposer = before.imposer
        if measure.type == "tariff" and _head(records[at].said[0].found) in _PLAIN_DUTIES \
                and any(other.type == "trade_defence" and other.imposer == before.imposer
                        for other in measures):
            measure.type = "trade_defence"
    return measures


def _curbs_told_as_limits(records: list[_Record]) -> list[_Record]:
    """ "US to curb Chinese clothing imports", then "will impose quotas on clothing from
    China": curbing imports says no kind; the quota, tariff or trade defence the same
    sides take is that curb (GUIDELINES 4.2: one record per measure)."""
    out = []
    for record in records:
        if all(_soft_curb(said.found) for said in record.said):
            home = next((other for other in records
                         if other is not record and other.said[0].found.type in _LIMITS
                         and other.sides & record.sides
                         and (not record.targets or not other.targets
                              or bool(other.targets & record.targets))), None)
            if home is not None:
                for said in record.said:
                    said.found.type = home.said[0].found.type
                    home.add(said)
                continue
        out.append(record)
    return out


def _soft_curb(found: Found) -> bool:
    """ "curb imports", "restrict imports": an import restriction of no named kind."""
    return found.type == "import_ban" and found.entry.kind == "verb_bound" \
        and found.cue_words.lower().startswith(_SOFT_CURBS)


def _named_again(doc: DocContext, records: list[_Record], item: Said) -> _Record | None:
    """ "The embargo was imposed in 1989" after "its arms embargo on China": a definite
    mention with no sides of its own names again the latest measure of that head word,
    whatever type the bare word would have had."""
    found = item.found
    if found.imposer or found.targets or not _THE_BEFORE.search(doc.text, max(0, found.start - 6),
                                                                   found.start):
        return None
    head = _head(found)
    return next((record for record in reversed(records[-_RECENT:])
                 if head in record.heads and item.start not in record.starts), None)


def _retaliation_called_sanctions(doc: DocContext, records: list[_Record],
                                  item: Said) -> _Record | None:
    """ "imposed 100 percent tariffs ... in retaliation for ...", then "the sanctions would
    remain in place": the retaliatory duties called sanctions, as trade disputes do."""
    found = item.found
    if found.type != "sanction" or found.entry.phrase not in ("sanction", "sanctions") \
            or found.targets or not _THE_BEFORE.search(doc.text, max(0, found.start - 6),
                                                       found.start):
        return None
    sides = _side_of(doc, found.imposer) if found.imposer else set()
    for record in reversed(records[-_RECENT:]):
        if record.said[0].found.type == "tariff" and (not sides or record.sides & sides) \
                and any(_RETALIATION.search(doc.text, said.start, said.end)
                        for said in record.said):
            return record
    return None


def _dealings_barred_by_sanctions(doc: DocContext, records: list[_Record],
                                  item: Said) -> _Record | None:
    """ "The Treasury imposed sanctions on Rosneft ..., which bars Americans from dealing
    with them": a bar on dealings with a party under the same state's sanctions is part of
    them (GUIDELINES 4.2), not a blacklist of its own."""
    found = item.found
    if not dealings_bar(found):
        return None
    sides = _side_of(doc, found.imposer) if found.imposer else set()
    return next((record for record in reversed(records[-_RECENT:])
                 if record.said[0].found.type == "sanction"
                 and (not sides or record.sides & sides)
                 and (not found.targets or not record.targets
                      or bool(record.targets & set(found.targets)))), None)


def _rate_of_a_firm(doc: DocContext, records: list[_Record], item: Said) -> _Record | None:
    """ "Xiamen Topstar Lighting faces a duty of 21.4%": a firm's own rate of the
    anti-dumping or anti-subsidy duties told before, laid by no one named, is part of them."""
    found = item.found
    if found.type != "tariff" or found.imposer is not None or not found.targets or any(
            (actor := doc.by_name.get(name)) is None or actor.kind != "organization"
            for name in found.targets):
        return None
    return next((record for record in reversed(records)
                 if record.said[0].found.type == "trade_defence"), None)


def _same_ban(doc: DocContext, records: list[_Record], item: Said) -> _Record | None:
    """ "EU agrees to lift ban on British beef", then "agreed to lift the worldwide ban on
    British beef exports": one ban, whichever kind each wording suggests, when the same
    party takes the same step on the same target."""
    found = item.found
    if _head(found) != "ban" or not found.imposer or not found.targets or found.weak \
            or item.fresh and found.action in _OPENING:
        return None  # ("also imposed a ban on Freedonian poultry": another one)
    sides = _side_of(doc, found.imposer)
    goods = _goods(doc, found)
    for record in reversed(records[-_RECENT:]):
        if "ban" in record.heads and record.sides & sides \
                and record.targets & set(found.targets) and item.start not in record.starts \
                and found.action in record.sided_actions \
                and not (goods and record.goods and not goods & record.goods) \
                and not (goods and not record.goods
                         and record.said[0].found.type != found.type):
            return record  # (not "banned imports of Moldovan fruit" after "its ban on wine";
            # nor "to ban imports of Russian steel" after "banned Russian airlines")
    return None


def _duties_of_trade_defence(doc: DocContext, said: list[Said]) -> None:
    """ "EU imposes duties on Chinese solar panels" where the story tells of anti-dumping
    duties the same sides lay: the plain duties are those (GUIDELINES 4.2, one record); so
    is a plain probe ("Brussels opens probe into Chinese tyres") of an anti-subsidy one."""
    defences = [item.found for item in said if item.found.type == "trade_defence"
                and not item.found.weak and item.found.imposer]
    if not defences:
        return
    for item in said:
        found = item.found
        if not found.imposer or not (
                found.type == "tariff" and _head(found) in _PLAIN_DUTIES
                or found.type == "investigation" and found.action == "investigate"
                and doc.text[found.start:found.end].lower() in _PLAIN_PROBES
                and found.rule not in ("measure.wto-complaint", "measure.court-case")
                and _BARE_BEFORE.search(doc.text, max(0, found.start - 30), found.start)):
            continue
        sides = _side_of(doc, found.imposer)
        shared = [other for other in defences if sides & _side_of(doc, str(other.imposer))]
        if any(set(found.targets) & set(other.targets) or not found.targets and (
                # (a probe alone tells no defence duties: "a decree which raised duties to
                # 50% on 544 products", beside "opened anti-dumping investigations")
                other.action != "investigate" or found.type == "investigation")
               for other in shared):
            found.type = "trade_defence"


def _parties(doc: DocContext, found: Found) -> set[str]:
    return {side for name in [found.imposer, *found.targets] if name
            for side in _side_of(doc, name)}


def _side_of(doc: DocContext, name: str) -> set[str]:
    """A name and the state it belongs to: China's Ministry of Commerce is on China's side."""
    # "United Nations Security Council" acts for the "United Nations" the article names, and
    # so does the "Security Council" it is listed as
    words = (organization_name(name) or name).split()
    parents = {" ".join(words[:size]) for size in range(2, len(words))
               if " ".join(words[:size]) in doc.by_name}
    actor = doc.by_name.get(name)
    if name in doc.spoke_for:
        return {name, doc.spoke_for[name], *parents}
    if parents:
        return {name, *parents} | ({actor.affiliation} if actor and actor.affiliation else set())
    if actor is None or actor.affiliation is None or name in doc.parties \
            or NEARBY_STATE_RULE in (actor.why or ""):
        # (a body whose state is only the one named just before it may be another's: its
        # steps are not merged with that state's on that ground)
        # a party speaks for itself, not for the state it is in ("The Liberal Democrats
        # called for a fuel duty regulator" is not the chancellor's freeze)
        return {name}
    return {name, actor.affiliation}


def _a_body(doc: DocContext, name: str) -> bool:
    """Whether `name` is an organization the article names (a ministry, a commission)."""
    actor = doc.by_name.get(name)
    return actor is not None and actor.kind == "organization"


def same_kind(one: Found, other: Found) -> bool:
    """ "other" holds unlike things: a tax is not a ban; other types are one kind each."""
    return one.type != "other" or _head(one) == _head(other)


# The instruments of a sanctions package, each a step of its own when newly laid.
_SANCTION_STEPS = frozenset({"sanction", "ban", "freeze", "list", "blacklist", "cap",
                             "designation", "embargo"})


def _head(found: Found) -> str:
    """The head word of a trigger, singular: "taxes" -> "tax"."""
    word = found.entry.phrase.split(" ")[-1]
    if word in ("embargo", "embargoes", "banned"):
        # "the EU's ban on arms exports", then "the 15 year embargo": one word; "Adverts
        # will be banned", then "the ban would come into force": one measure
        return "ban"
    return word[:-2] if word.endswith("es") and word[-3:-2] in "xsh" else word.rstrip("s")


def _measure(doc: DocContext, record: list[Said]) -> Measure:
    firm = [said for said in record if not said.found.weak]
    # the first of the fullest, a body sentence before the title that says as much (the
    # title's verb is the shorter word: "US lifts sanctions", then "eased sanctions")
    lead = max(firm, key=lambda said: (not said.found.opposed, _fullness(said),
                                       not is_headline(doc.text, said.start)))
    ordered = [lead] + [said for said in record if said is not lead]
    imposer = _most_specific(doc, [said for said in ordered if said.found.imposer
                                   and said.found.rule not in _VIEWS])
    targets: list[str] = []
    for said in ordered:
        targets += [target for target in said.found.targets
                    if target not in targets and target != imposer]
    magnitude = next((said.found.magnitude for said in ordered if said.found.magnitude), None)
    imposer, targets = _fill_sides(doc, lead.found.type, imposer, targets)
    if lead.found.type == "agreement":
        # the parties are the states and unions; a body of one is that party again
        # ("the United States and the European Union reached ..., von der Leyen's European
        # Commission")
        parties = {imposer, *targets}
        targets = [name for name in targets
                   if getattr(doc.by_name.get(name), "affiliation", None) not in parties]
    found = lead.found
    text = doc.text
    start, words = found.start, text[found.start:found.end]
    if found.coordinated:
        # "banned imports of A and exports of B": the second flow's own noun names it
        start = found.end - len(found.entry.phrase)
        words = f"{found.cue_words} ... {text[start:found.end]}"
    return Measure(
        type=found.type, action=found.action, imposer=imposer, targets=targets,
        magnitude=magnitude, start=lead.start, end=lead.end, text=text[lead.start:lead.end],
        trigger=Mention(start, found.end, text[start:found.end]),
        times=sorted({index for said in record for index in said.times}),
        why=_why(found, words))


def _most_specific(doc: DocContext, sided: list[Said]) -> str | None:
    """The first mention's imposer; but where that is a headline's state ("China widens
    export controls"), the body of that state the story names (GUIDELINES 4.5: "China's
    Ministry of Commerce said it would add ..." -> "Ministry of Commerce")."""
    if not sided:
        return None
    first = sided[0].found.imposer
    headline = is_headline(doc.text, sided[0].start)
    if not headline and getattr(doc.by_name.get(first or ""), "kind", None) != "country":
        return first
    for said in sided[1:]:
        actor = doc.by_name.get(said.found.imposer or "")
        if actor is not None and actor.kind == "organization" and actor.affiliation == first \
                and (headline or (said.definite or said.found.action == sided[0].found.action)
                     and (_EXECUTIVE.search(actor.name) or " " not in actor.name
                          and actor.name.lower() not in _CHAMBERS)):
            # (past a headline, a state's step that its ministry, agency or watchdog is
            # later told to take, named again or taken again, is that body's; not its
            # legislature's, bank's or a commission's that only advises: "the ITC
            # recommended quotas"; nor another step joined to it: "Syria stays on the
            # State Department's list")
            return actor.name
    return first


# One-word names of a legislature or its chamber.
_CHAMBERS = LEGISLATURES | {"house", "commons", "lords", "assembly", "diet", "duma", "knesset",
                            "bundestag", "bundesrat", "sejm", "rada", "majlis", "cortes"}
# The heads of a state's executive bodies: "Ministry of Commerce", "Commerce Department".
_EXECUTIVE = re.compile(r"\b(?:Ministry|Department|Office|Bureau|Service|Agency|Administration"
                        r"|Directorate|Secretariat|Inspectorate)\b")


def _fullness(said: Said) -> int:
    """How much a mention says of its measure: sides, size and an action word."""
    found = said.found
    return (2 * bool(found.imposer) + bool(found.targets) + bool(found.magnitude)
            + found.explicit_action)


def _why(found: Found, trigger: str) -> str:
    """ "measure.verb-object: 'imposed' + 'levy'"."""
    # the cue shown apart unless it is a word of the trigger ("banning exports"; "if" is
    # no word of "tariffs")
    inside = re.search(rf"(?<!\w){re.escape(found.cue_words)}(?!\w)", trigger, re.I) \
        if found.cue_words else None
    words = f"'{found.cue_words}' + '{trigger}'" if found.cue_words and inside is None \
        else f"'{trigger}'"
    if len(words) > _WHY_WORDS:
        words = words[:_WHY_WORDS - 4] + "...'"
    return f"{found.rule}: {words}"


def _fill_sides(doc: DocContext, mtype: str, imposer: str | None,
                targets: list[str]) -> tuple[str | None, list[str]]:
    """In an article about two countries, an unnamed side of a measure is the other one."""
    if doc.pair is None or mtype in ("investigation", "other", "subsidy"):
        return imposer, targets
    first, second = doc.pair
    if imposer is None and targets and targets[0] in doc.pair:
        imposer = second if targets[0] == first else first
    elif imposer in doc.pair and not targets:
        targets = [second if imposer == first else first]
    elif imposer is None and not targets:
        imposer, targets = first, [second]
    return imposer, targets


def merge_in_sentence(found: list[Found]) -> list[Found]:
    """Triggers of one type in one sentence name one measure unless their sides or their
    figures differ ("cutting corporate tax to 29% and offering income tax cuts worth ...")."""
    out: list[Found] = []
    for trigger in found:
        same = next((kept for kept in out if _joins(kept, trigger)), None)
        if same is None:
            out.append(trigger)
            continue
        if same.weak and not trigger.weak:
            same.weak, same.action, same.rule = False, trigger.action, trigger.rule
            same.cue_words, same.explicit_action = trigger.cue_words, trigger.explicit_action
        same.imposer = same.imposer or trigger.imposer
        same.targets += [target for target in trigger.targets if target not in same.targets]
        same.targets = [target for target in same.targets if target != same.imposer]
        same.magnitude = same.magnitude or trigger.magnitude
        same.concrete = same.concrete or trigger.concrete
        if not same.explicit_action and trigger.explicit_action:
            same.action, same.explicit_action = trigger.action, True
        elif same.aside and not trigger.aside and trigger.explicit_action and not trigger.weak:
            # "Japan, which banned US beef in 2003, lifted the ban": the step the sentence
            # tells, not the history told on the way
            same.action, same.rule, same.cue_words = trigger.action, trigger.rule, trigger.cue_words
            same.start, same.end, same.first, same.last = \
                trigger.start, trigger.end, trigger.first, trigger.last
            same.aside = False
    return out


def _kind_borrowed(found: Found) -> bool:
    """A generic restriction word ("ban") whose kind came from another measure of its
    sentence, none of its own told."""
    return found.entry.kind == "generic" and found.default_type


def _joins(kept: Found, trigger: Found) -> bool:
    """Whether a trigger names the same measure as one already kept in its sentence (not
    what replaces it: "lifted its ban on exports and replaced it with a minimum export
    price")."""
    if trigger.cue_words.lower().startswith("replac") and trigger.action != kept.action:
        return False
    if kept.type == trigger.type and kept.first <= trigger.last and trigger.first <= kept.last:
        return True  # "banned" and "banned the sale": one verb read twice
    if kept.type != trigger.type or not (same_kind(kept, trigger)
                                         or kept.last + 1 == trigger.first
                                         or _kind_borrowed(kept) or _kind_borrowed(trigger)):
        return False  # (one compound is one thing: "import licence rules"; a bare "the ban"
        # that took its kind from the step before it is that step: "has barred Tunisian
        # trawlers from its ports, and ... said the ban would stay")
    if kept.targets and trigger.targets and not set(kept.targets) & set(trigger.targets):
        return False
    if kept.imposer and trigger.imposer and kept.imposer != trigger.imposer:
        return False
    if kept.type == "tariff" and any(found.entry.phrase.startswith(("countermeasure",
                                                                    "counter-measure"))
                                     for found in (kept, trigger)):
        return True  # "hit back with C$30bn of countermeasures, imposing 25% tariffs on
        # American orange juice": the countermeasures are those tariffs
    # (counts of those named differ without another step: "froze the assets of three
    # individuals and three entities and imposed travel bans")
    return not (kept.magnitude and trigger.magnitude and kept.magnitude != trigger.magnitude
                and not (_COUNT.search(kept.magnitude) and _COUNT.search(trigger.magnitude)))
