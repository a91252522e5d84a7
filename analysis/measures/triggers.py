"""Whether a trigger word names a measure where it stands, and of which type.

"tariffs" always does, unless it is a price a firm charges ("water tariffs"); a generic
word ("ban", "curbs", "restrictions") must be a noun and takes its type from what it
restricts ("a ban on arms exports" is a sanction); a verb-bound noun needs its verb
("halted exports"); a bare "probe" or "deal" needs a qualifier ("anti-dumping probe") or,
later, an official party; a word like "rules" or "fine" needs an authority that acts on
it; "complaint" or "challenge" is a WTO dispute only beside the WTO; a levy on fuel or
profits is a tax (`other`), a levy on imports a tariff.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import gazetteer
from ..timex.lexicon import MONTHS, NUMBER_WORDS, SEASONS, WEEKDAYS
from .article import Found
from .lexicon import VerbBound
from .sentence import SentenceView, ban_as_verb
from .vocab import (
    BE_AUX,
    CHALLENGE_FORMS,
    COURT_FORUM,
    DETERMINERS,
    FILED_NOUNS,
    FILED_WITH_A_FORUM,
    LAW_WORDS,
    PP_PREPS,
    PROPOSALS,
    STAYS_BANNED,
    TAX_LEVELS,
    TAX_WORDS,
    VERB_KINDS,
    names_wto,
)

_TYPE_WORDS = {
    "import": "import_ban", "imports": "import_ban", "importing": "import_ban",
    "export": "export_control", "exports": "export_control", "exporting": "export_control",
    "travel": "sanction", "visa": "sanction", "arms": "sanction",
    "investment": "investment_restriction", "investments": "investment_restriction",
    "app": "investment_restriction", "apps": "investment_restriction",
    "chip": "export_control", "technology": "export_control", "tech": "export_control",
    "chips": "export_control", "chipmaking": "export_control",
    "semiconductor": "export_control", "semiconductors": "export_control",
    # critical minerals, curbed by the states that mine or refine them (4.3 export_control):
    # "restrictions on rare earths", "its curbs on gallium and germanium"
    **dict.fromkeys(("rare", "rare-earth", "gallium", "germanium", "antimony", "graphite",
                     "tungsten", "indium", "bismuth", "tellurium", "molybdenum", "cobalt",
                     "lithium"), "export_control"),
}
# A company's service banned outright (4.3 investment_restriction): "banned 59 Chinese apps".
_APPS = frozenset({"app", "apps", "applications"})
_APPS_REACH = 7  # tokens after the verb ("banned TikTok and 58 other Chinese apps")
_NETWORKS = frozenset({"network", "networks", "infrastructure", "grid", "grids"})
_NETWORK_REACH = 5  # tokens after "from" ("from Britain's 5G network")


# Boycotts, a sanction only when states or public bodies lay them.
_BOYCOTTS = frozenset({"boycott", "economic boycott", "trade boycott"})

def _sales_banned(view: SentenceView, start: int) -> str | None:
    """The type of a ban on "sales of" a named firm's goods: import_ban when their import is
    banned with them, else investment_restriction; None when no firm is named."""
    at = start + (view.low(start) == "the")
    if view.low(at) not in ("sale", "sales") or view.low(at + 1) not in ("of", "and"):
        return None
    words = [view.low(ahead) for ahead in range(at + 1, min(len(view.toks), at + 6))]
    firm = any(ent.kind == "organization" and not ent.official
               for ahead in range(at + 1, min(len(view.toks), at + 7))
               if (ent := view.ent_at.get(ahead)) is not None)
    if not firm:
        return None
    return "import_ban" if "import" in words or "imports" in words else "investment_restriction"


def _from_networks(view: SentenceView, at: int) -> bool:
    """Whether "from" at `at` names networks a firm is shut out of ("from its 5G network",
    "from the country's telecoms infrastructure")."""
    return view.low(at) == "from" and any(
        view.low(ahead) in _NETWORKS for ahead in range(at + 1, min(len(view.toks),
                                                                    at + 1 + _NETWORK_REACH)))
# Words right before a restriction word that make it a financial sanction (4.3): "a
# transaction ban", "financial restrictions" (only before it: "curbs on financial
# services" may be a market's rules).
_SANCTION_QUALIFIERS = frozenset({"transaction", "transactions", "financial", "banking",
                                  "asset", "assets"})
# Words of the trade's direction, read before the other type words of an object ("a ban
# on chip imports" bans imports), unless arms come first.
_DIRECTION_WORDS = frozenset({"import", "imports", "importing", "export", "exports",
                              "exporting"})
# How far into its object a restriction word looks for a word of its type ("curbs on 23
# types of chipmaking tools").
_OBJECT_TYPE_REACH = 6
_PRONOUNS_AND_AUXILIARIES = frozenset({"they", "we", "you", "i", "will", "would", "can",
                                       "could", "must", "should", "may", "might", "to",
                                       "cannot", "also", "and"})
_AMOUNT_WORDS = frozenset({"million", "billion", "bn", "m", "trillion", "thousand"})
# What a demonym may qualify that is no goods: "a ban on Russian officials".
_NOT_GOODS = frozenset({"firms", "companies", "officials", "banks", "citizens", "nationals",
                        "people", "travellers", "travelers", "ships", "vessels", "airlines",
                        "investment", "investors", "entities", "individuals", "students",
                        "workers", "journalists", "media", "websites", "apps"})
# Words before "lower" that make it an adjective: "and lower taxes".
_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "and", "or", "of", "for", "with", ","})
# How far before a verb-bound noun its context words may stand.
_CONTEXT_REACH = 8


def _after_word(view: SentenceView, at: int, words: frozenset[str], heads: bool) -> bool:
    """Whether a word of `words` stands at `at`; with `heads`, as its phrase's head, not as
    a modifier of a noun after it: "a review of South Africa's eligibility", not "a review
    of its eligibility rules"."""
    if view.low(at) not in words:
        return False
    if not heads:
        return True
    after = view.low(at + 1)
    return not (after.isalpha() and after.islower() and after not in _AFTER_A_HEAD)


def _a_purchase_proposed(view: SentenceView, at: int) -> bool:
    """ "a review of a plan by Qimma Capital to buy a 40% stake in Bellrock", "an offer by
    Nordvik Metals for 51 percent of Urals Titanium": a party's proposal to buy into a firm,
    what a takeover review weighs (4.3 investigation)."""
    if view.low(at) in PROPOSALS and view.low(at - 1) in ("'s", "’s") \
            and view.low(at + 1) == "to" and view.low(at + 2) in _BUYING:
        return True  # "a review of Tasman Rail's plan to buy Southern Cross Haulage"
    if view.low(at) not in PROPOSALS or view.low(at + 1) not in ("by", "from"):
        return False
    for ahead in range(at + 2, min(len(view.toks), at + 2 + _PROPOSER_REACH)):
        low = view.low(ahead)
        if low in _CLAUSE_ENDS:
            return False
        if low == "to" and view.low(ahead + 1) in _BUYING:
            return True
        if low == "for" and (view.low(ahead + 1)[:1].isdigit() or view.low(ahead + 1) in (
                "a", "its", "the", "all") and view.low(ahead + 2) in _HOLDINGS):
            return True
    return False


# What a party proposes to do when it proposes to buy into a firm.
_BUYING = frozenset({"buy", "acquire", "purchase", "take", "merge", "combine", "raise",
                     "increase", "lift"})
_CLAUSE_ENDS = frozenset({".", ";", ":", "and", "but", "which", "who"})
_PROPOSER_REACH = 10


# Words that may follow a phrase's head noun: prepositions, conjunctions, verbs of being.
_AFTER_A_HEAD = frozenset({"for", "with", "of", "in", "by", "under", "to", "and", "or", "at",
                           "on", "from", "since", "after", "before", "that", "which", "as",
                           "was", "is", "were", "are", "has", "had", "will", "would", "could",
                           "than", "over", "into", "between", "amid", "if", "but"})
# Words after a country that show it is no goods' modifier ("a ban on China was lifted").
_NOT_A_NOUN = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would",
                         "and", "or", "to", "in", "on", "for", "from", "that", "which", "by",
                         "over", "after", "since", "until", "as", "with", "at", "could",
                         "may", "might", "should", "can", "must", "remains", "remained"})
# Bare words that name a tax or a duty by what they fall on ("a levy on jet fuel").
# Verb forms that are nouns as well: verbs only after a modal or "to".
_BASE_FORMS = frozenset({"challenge", "sue"})
# Licences that name an export control when what they are for leaves the country.
_LICENCE_REACH = 12  # words: "licences for shipments of some deep ultraviolet ... to China"
_LICENCE_WORDS = frozenset({"licence", "licences", "license", "licenses", "permit", "permits"})
_EXPORT_WORDS = frozenset({"export", "exports", "exporting", "shipments", "shipment", "sales",
                           "sale", "shipping", "sell", "ship", "deliveries"})
# Words of an object phrase that make a duty a tariff ("on imported cars").
_IMPORT_WORDS = frozenset({"import", "imports", "imported", "goods", "products", "foreign"})


def accept(view: SentenceView, found: Found) -> bool:
    """Cheap checks that a trigger names a measure here at all (sets what they learn)."""
    lex = view.lex
    nxt = view.low(found.last + 1)
    if nxt in lex.blockers or (nxt == "-" and view.low(found.last + 2) in lex.blockers):
        return False
    inside = view.ent_at.get(found.first) or view.ent_at.get(found.last)
    if inside is not None and inside.kind in ("person", "organization", "place") \
            and inside.start <= found.start and found.end <= inside.end:
        return False  # "Hugh Grant", "the Strategic Export Controls committee"
    if _in_a_laws_name(view, found) or _in_a_works_title(view, found):
        return False  # "the Foreign Subsidies Regulation": a law's name, not subsidies
    prev = view.low(found.first - 1)
    if found.entry.phrase in ("duty", "duties") and (
            prev in _OBLIGATION_ADJECTIVES or view.low(found.last + 1) == "of"
            and view.low(found.last + 2) in ("care", "candour", "candor")):
        return False  # "a new statutory duty on the SPS", "a duty of care": obligations
    if prev in _LACKING or (prev in ("a", "any", "trade", "free") and view.low(found.first - 2)
                            in _LACKING):
        # "countries without trade deals", "countries that lack trade deals with Mexico":
        # no measure is said to be there
        return False
    kind = found.entry.kind
    if found.type == "tariff" and found.entry.phrase in ("tariff", "tariffs") and (
            prev in lex.price_tariff_words or view.doc.price_tariffs):
        return False  # "water tariffs": what a utility charges
    if found.entry.phrase in ("tariff", "tariffs") and view.doc.prison_tariffs:
        return False  # "judges can reduce the tariff - the minimum term they must serve"
    if found.entry.phrase in _MEASURES_AGAINST:
        if not _against_a_state(view, found):
            return False  # "measures against inflation", "retaliatory measures against Acme"
        found.last -= 1  # ("against Russia" is the object, as after "sanctions")
        found.end = view.toks[found.last].end
    if found.entry.phrase in ("crackdown", "crackdowns") and not _on_conduct(view, found):
        return False  # "China's crackdown on protesters": repression, no probe of conduct
    if found.entry.phrase in _SALE_GERUNDS and not _sent_abroad(view, found):
        return False  # "barred Acme from selling cigarettes": no sale abroad, no export bar
    purpose = _TO_COMPENSATE.search(view.doc.text, view.start, found.start) \
        if kind == "verb_bound" and "compensate" in view.doc.text[
            max(view.start, found.start - _COMPENSATE_REACH):found.start] else None
    if purpose is not None and _A_SUM.search(view.doc.text, view.start, purpose.start()):
        return False  # "has set aside 5m euros to compensate growers": what the sum told
        # before is for, not a second aid
    if kind == "verb_bound" or (kind == "needs_qualifier"
                                and found.entry.phrase in lex.verb_bound_nouns):
        if _bind_verb(view, found):
            if found.type == "export_control" and found.entry.phrase in ("sale", "sales") \
                    and _sale_of_a_firm(view, found):
                # "blocked the sale of the port operator to a Chinese buyer": a firm sold,
                # not goods: a takeover barred (4.3 investment_restriction)
                found.type = "investment_restriction"
            return True
        if kind == "verb_bound":
            return False
    if kind == "generic":
        return _generic_is_noun(view, found, prev, nxt)
    if prev == "to" and view.verb_action(found.first - 1) is None and found.type == "agreement":
        return False  # "how to deal with"
    if found.entry.phrase in ("deal", "deals") and nxt == "with" and _deal_is_a_verb(view, found):
        return False  # "companies deal with patents": the verb
    if found.type == "agreement" and prev in lex.business_deal_words:
        return False  # "a supply deal", "a commercial agreement": business
    if found.entry.phrase == "deal" and view.toks[found.first].text == "Deal" \
            and found.first > 1 and view.toks[found.first - 1].text[:1].isupper():
        # "scrapping the New Deal jobs programme", "the Green Deal": a policy's name, one
        # state's programme, not a deal between parties (4.3 other)
        found.type = "other"
    if found.type == "agreement" and (prev == "any" or (
            view.low(found.first - 2) == "any" and prev in ("trade", "new", "final"))):
        return False  # "scrapped as part of any deal": no particular agreement (4.1)
    if found.type == "agreement" and _talks_about(view, found):
        return False  # "talks on a broader nuclear agreement would resume": talks (4.1)
    if found.entry.phrase in _BASE_FORMS:
        if prev not in view.lex.modals and prev not in ("to", "will", "shall"):
            if kind == "verb_wto":
                return False  # "sue" is a verb only after a modal or "to"
        elif kind == "needs_wto":  # "would challenge the duties at the WTO": the verb
            found.entry = replace(found.entry, kind="verb_wto", action="investigate")
            kind = "verb_wto"
    if found.entry.phrase == "audit" and prev not in view.lex.modals \
            and prev not in ("to", "will", "shall"):
        return False  # the verb ("the government would audit every firm's accounts"), not
        # the noun ("the annual audit", "the National Audit Office")
    if kind == "needs_wto":
        return _beside_the_wto(view) or _before_a_court(view, found) or (
            found.entry.phrase in GENEVA_COMPLAINTS
            and _IN_GENEVA.match(view.doc.text, found.end) is not None) \
            or _complaint_filed(view, found)
        # ("would file a complaint in Geneva": at the WTO, whose seat it is)
    if kind == "needs_act" or kind in VERB_KINDS or (
            found.type == "other" and kind == "needs_qualifier") \
            or found.entry.phrase in _BOYCOTTS:
        found.needs_official = True  # (a boycott of a state's: not "consumers called for a
        # boycott of Japanese cars")
    if found.entry.phrase.endswith(("-imposed", "-ordered")) \
            and "-" not in view.doc.text[found.start:found.end]:
        return False  # "The government imposed a levy": the verb, not "government-imposed"
    if found.entry.phrase == "grant" and (prev == "to" or prev in view.lex.modals):
        return False  # "whether to grant Yukos bankruptcy protection": the verb
    if found.entry.phrase in ("duty", "duties") and prev in ("on", "off", "active", "jury"):
        return False  # "on duty", "jury duty"
    if kind == "needs_qualifier" and found.entry.phrase in _QUANTITY_LIMITS:
        return _limit_on_trade(view, found)  # "a cap of 6 million tonnes on sugar exports"
    if kind == "needs_qualifier":
        found.qualified = _qualified(view, found, prev) or (
            prev == "to" and found.entry.phrase == "tax")  # "the plan to tax jet fuel"
        if not found.qualified and found.entry.phrase in TAX_WORDS:
            return False  # "his duties", "the tax": a tax or duty is named by what it falls on
    if found.entry.phrase in TAX_WORDS or found.entry.phrase in ("tax", "taxes"):
        found.type = _tax_type(view, found)
    if found.entry.phrase in _LICENCE_WORDS and _for_exports(view, found):
        found.type = "export_control"  # "licences for shipments of the tools to China"
    elif (found.entry.phrase in _LICENCE_WORDS or found.entry.phrase in _LICENSING) \
            and _for_imports(view, found):
        found.type = "import_ban"  # "a licensing requirement for imports of laptops" (4.3)
    return True


# Nouns of a limit on a quantity, and the flows of trade whose limit is a quota (4.3).
_QUANTITY_LIMITS = frozenset({"cap", "caps", "ceiling", "ceilings", "limit", "limits"})
_TRADE_FLOWS = frozenset({"imports", "exports", "import", "export", "shipments", "imported",
                          "exported"})
_LIMIT_FIGURE_REACH = 10  # tokens of "of 1.2 million tonnes a year" before "on"
_LIMIT_GOODS_REACH = 5  # tokens from "on" to the flow ("on Chinese steel imports")


def _limit_on_trade(view: SentenceView, found: Found) -> bool:
    """Whether a cap, ceiling or limit falls on a flow of trade: "its cap on wheat exports",
    "a ceiling of 1.6 million tonnes on Chinese steel imports", "a limit on the export of
    rice" (not "a cap on bankers' bonuses", "the speed limit")."""
    at = found.last + 1
    if view.low(at) == "of":
        stop = min(len(view.toks), at + _LIMIT_FIGURE_REACH)
        while at < stop and view.low(at) != "on":
            if view.low(at) in (",", ";", ".", "which", "that"):
                return False
            at += 1
    if view.low(at) != "on":
        return False
    for goods in range(at + 1, min(len(view.toks), at + 1 + _LIMIT_GOODS_REACH)):
        low = view.low(goods)
        if low in _TRADE_FLOWS:
            return True
        if low in (",", ";", ".", "which", "that", "to", "for"):
            return False
    return False


def _sale_of_a_firm(view: SentenceView, found: Found) -> bool:
    """Whether "sale of" names a firm, a stake or a site ("the sale of the port operator",
    "of its chip unit", "of a 20% stake"), not goods."""
    if view.low(found.last + 1) != "of":
        return False
    return any(view.low(at) in _FIRM_WORDS for at in range(
        found.last + 2, min(len(view.toks), found.last + 2 + _FIRM_REACH)))


_FIRM_WORDS = frozenset({"company", "companies", "firm", "operator", "business", "unit",
                         "subsidiary", "stake", "stakes", "maker", "group", "plant", "port",
                         "terminal", "mine", "refinery", "carrier", "airline", "bank",
                         "chipmaker", "shares", "division"})
_FIRM_REACH = 5


def _on_conduct(view: SentenceView, found: Found) -> bool:
    """ "a crackdown on under-age drinking", "on online lending platforms": one on conduct
    or a trade, not on people ("on protesters", "on the opposition")."""
    if view.low(found.last + 1) != "on":
        return False
    at = found.last + 2
    while view.low(at) in DETERMINERS or view.low(at) in _CROWD_ADJECTIVES:
        at += 1
    return view.low(at) not in _CROWDS and at not in view.ent_at


_CROWDS = frozenset({"protesters", "protestors", "demonstrators", "dissidents", "activists",
                     "opposition", "rioters", "students", "journalists", "rebels", "militants",
                     "critics", "monks", "worshippers", "minorities", "separatists",
                     "insurgents", "opponents", "dissent", "protests", "demonstrations",
                     "unrest", "rallies"})
_CROWD_ADJECTIVES = frozenset({"pro-democracy", "political", "peaceful", "student", "street",
                               "anti-government", "religious", "ethnic"})
# Sales barred that are an export bar only when they go abroad: "barred Nvidia from selling
# its H20 chips to China".
_SALE_GERUNDS = frozenset({"selling", "shipping"})
_ABROAD_REACH = 10


def _sent_abroad(view: SentenceView, found: Found) -> bool:
    """Whether "to" and a country, its people or a firm, or "abroad", follow the sale soon."""
    for at in range(found.last + 1, min(len(view.toks), found.last + _ABROAD_REACH)):
        if view.low(at) in ("abroad", "overseas"):
            return True
        if view.low(at) == "to":
            ent = view.ent_at.get(at + 2 if view.low(at + 1) == "the" else at + 1)
            # (a firm abroad too: "stopped Boeing from shipping parts to Comac")
            return ent is not None and (ent.kind in ("country", "organization") or ent.demonym)
        if view.low(at) in (".", ";", ","):
            return False
    return False


def _talks_about(view: SentenceView, found: Found) -> bool:
    """Whether the deal is only what talks are about ("talks on a broader agreement"),
    with no verb that agrees to them or concludes them before ("agreed to open talks on a
    free trade agreement" is an agreed start of talks)."""
    at = found.first - 1
    while at >= 0 and found.first - at <= 4 and view.low(at) not in _ABOUT:
        at -= 1
    if view.low(at) not in _ABOUT or view.low(at - 1) not in ("talks", "negotiations"):
        return False
    start = view.clause_start(at)
    return not any(view.low(back) in _AGREEING for back in range(start, at - 1))


_ABOUT = frozenset({"on", "about", "over", "for"})
_AGREEING = frozenset({"agreed", "agree", "agrees", "launch", "launched", "launches", "open",
                       "opened", "opens", "start", "started", "begin", "began", "concluded",
                       "conclude", "completed", "complete", "finished", "finalised",
                       "finalized", "signed"})


def _for_exports(view: SentenceView, found: Found) -> bool:
    """ "licences for shipments of lithography tools to China", "permits to export
    gallium": a licence that goods leaving the country need; one exporters need
    ("Exporters of gallium will need a licence from August 1")."""
    if any(view.low(back) in _EXPORTERS for back in range(
            max(view.clause_start(found.first), found.first - _EXPORTER_REACH), found.first)):
        return True
    if _flow_needs(view, found, _OUTWARD_FLOWS):
        return True  # "Exports of items with military uses will still require licenses"
    after: list[str] = []
    at = _past_needed(view, found.last + 1)
    while at < min(len(view.toks), found.last + 2 + _LICENCE_REACH):
        if view.low(at) == ",":
            # "licences, from 1 September, for exports of ...": a time set off between
            aside = next((end for end in range(at + 1, min(len(view.toks), at + _ASIDE_REACH))
                          if view.low(end) == ","), None)
            if aside is None or view.low(at + 1) not in _TIME_ASIDE_STARTS:
                break
            at = aside + 1
            continue
        if view.low(at) in (".", ";", ":"):
            break
        after.append(view.low(at))
        at += 1
    if after[:2] in (["that", "allowed"], ["that", "allow"], ["that", "allows"],
                     ["which", "allowed"], ["which", "allow"], ["which", "allows"]):
        # "the licences that allowed Intel to ship chips to Huawei"
        after = after[2:]
        rest = after[after.index("to") + 1:] if "to" in after else []
        return any(word in _EXPORT_WORDS for word in rest[:2]) and "to" in rest[1:]
    if after[:1] == ["from"] and "to" in after[2:_FROM_REACH]:
        after = after[after.index("to", 2):]  # "a licence from Beijing to export magnets"
    if not after or after[0] not in ("for", "to", "before"):
        return False  # ("a licence before shipping its machines to China")
    # ("licence for Acme H20 chip exports to China": a maker and a model before the noun)
    return any(word in _EXPORT_WORDS for word in after[1:_EXPORT_NOUN_REACH]) and (
        "to" in after[1:] or any(word.startswith("export") for word in after[1:_EXPORT_NOUN_REACH])
        or "abroad" in after or "overseas" in after)  # "to ship gallium products abroad"


def _past_needed(view: SentenceView, at: int) -> int:
    """ "licences will be required from Sept. 1 for exports of ...": the token after a
    licence's passive "will be required" (and a time that starts it), where what the
    licence is for begins; `at` itself when no such verb follows the licence."""
    start = at
    while view.low(at) in _NEED_WORDS:
        at += 1
    if at == start or view.low(at - 1) not in _NEEDED:
        return start
    if view.low(at) in _TIME_ASIDE_STARTS:
        return next((ahead for ahead in range(at + 1, min(len(view.toks), at + _ASIDE_REACH))
                     if view.low(ahead) in ("for", "to")), start)
    return at


def _for_imports(view: SentenceView, found: Found) -> bool:
    """ "import licences for steel", "a licensing requirement for imports of laptops",
    "permits will be needed to import rice": a licence goods entering the country need,
    which restricts imports (4.3 import_ban), not a licence to trade or to broadcast."""
    if view.low(found.first - 1) in ("import", "importing") \
            or _flow_needs(view, found, _IMPORTS):
        return True  # ("Imports of steel now need licences")
    at = _past_needed(view, found.last + 1)
    if view.low(at) not in ("for", "to"):
        return False
    return any(view.low(ahead) in _IMPORTS for ahead in range(at + 1, at + _EXPORT_NOUN_REACH))


def _flow_needs(view: SentenceView, found: Found, flows: frozenset[str]) -> bool:
    """Whether the licence is what a flow of goods opening the clause needs: "Exports of
    dual-use items require licences", "Imports of steel will need a permit"."""
    start = next((at for at in (view.clause_start(found.first), 0)
                  if view.low(at) in flows and view.low(at + 1) == "of"), -1)
    return start >= 0 and any(
        view.low(at).startswith(("requir", "need"))
        for at in range(max(start + 2, found.first - _NEED_REACH), found.first))


_OUTWARD_FLOWS = frozenset({"exports", "shipments", "sales"})
_NEED_REACH = 4  # tokens from "require" to the licence ("will still require licenses")
# A complaint lodged where the WTO sits: "file a complaint in Geneva".
GENEVA_COMPLAINTS = frozenset({"complaint", "complaints"})
_IN_GENEVA = re.compile(r"\s+in\s+Geneva\b")
# Export controls' phrases of a licence that may fall on imports instead.
_LICENSING = frozenset({"licence requirement", "license requirement", "licensing requirement"})
_IMPORTS = frozenset({"imports", "import", "importing", "imported"})
# A licence's passive verb group: "will be required", "are now needed".
_NEED_WORDS = frozenset({"will", "would", "are", "is", "were", "was", "be", "been", "now",
                         "also", "required", "needed", "mandatory", "necessary"})
_NEEDED = frozenset({"required", "needed", "mandatory", "necessary"})
_EXPORT_NOUN_REACH = 6  # the licence's "for", then up to four modifiers and the noun
# Who needs a licence to sell abroad, a few words before it ("Exporters of gallium will need").
_EXPORTERS = frozenset({"exporters", "exporter", "exporting", "exports"})
_EXPORTER_REACH = 8
_FROM_REACH = 5  # "from" and who grants the licence, before its "to"
# A time set off by commas after a licence: its first word, and how far its closing comma.
_TIME_ASIDE_STARTS = frozenset({"from", "starting", "beginning", "effective", "as", "on", "by"})
_ASIDE_REACH = 6


def _deal_is_a_verb(view: SentenceView, found: Found) -> bool:
    """ "they deal with", "firms must deal with": a verb after a subject or an auxiliary;
    "a 5 million crowns deal with Globex" stays a noun."""
    prev = view.low(found.first - 1)
    if prev in _PRONOUNS_AND_AUXILIARIES:
        return True
    before = view.low(found.first - 2)
    return prev.endswith("s") and prev.isalpha() and not (
        before[:1].isdigit() or before in _AMOUNT_WORDS or prev in DETERMINERS)


def _beside_the_wto(view: SentenceView) -> bool:
    """ "filed a complaint at the WTO": a complaint, case or challenge is a WTO dispute (or
    one under a trade pact's own procedure: "sought a panel under NAFTA", "requested
    dispute settlement consultations")."""
    names = view.doc.words.wto_names
    sentence = view.doc.text[view.start:view.end]
    return any(ent.name in names or view.doc.text[ent.start:ent.end] in names
               for ent in view.ents) or any(
        " " in name and name in sentence for name in names) \
        or _DISPUTE_SETTLEMENT.search(sentence) is not None


# Verbs that file a complaint, and what may stand between them and the noun.
_FILING = frozenset({"file", "files", "filed", "filing", "lodge", "lodges", "lodged",
                     "lodging", "bring", "brings", "brought", "bringing", "submit", "submits",
                     "submitted"})
_FILED_BETWEEN = frozenset({"a", "an", "its", "their", "own", "formal", "similar", "fresh",
                            "new", "parallel", "separate", "second"})


def _complaint_filed(view: SentenceView, found: Found) -> bool:
    """ "The Dominican Republic said it would file a complaint within weeks", in a story
    that names the WTO: a complaint a party files is the trade dispute the story tells of;
    "Uganda filed a formal complaint with the EAC secretariat": one lodged with a forum of
    states or a court (a state must file it: `needs_official`)."""
    if found.entry.phrase not in FILED_NOUNS or not names_wto(view.doc.text) and (
            FILED_WITH_A_FORUM.match(view.doc.text, found.end, view.end) is None):
        return False
    at = found.first - 1
    while at >= 0 and view.low(at) in _FILED_BETWEEN:
        at -= 1
    filed = at >= 0 and view.low(at) in _FILING
    after = found.last + 1
    # "The case was brought by Brazil, Australia and Thailand"
    brought_by = view.low(after) in ("was", "were") and view.low(after + 1) in _FILING \
        and view.low(after + 2) == "by"
    if not filed and not brought_by:
        return False
    found.needs_official = True
    return True


def _before_a_court(view: SentenceView, found: Found) -> bool:
    """ "a challenge at the European Court of Justice": a case brought before a court."""
    return found.entry.phrase in CHALLENGE_FORMS and COURT_FORUM.search(
        view.doc.text, found.end, view.end) is not None


_DISPUTE_SETTLEMENT = re.compile(r"\bdispute[- ]settlement\b", re.I)


def _tax_type(view: SentenceView, found: Found) -> str:
    """A bare duty or levy is a tariff on imports or exports (GTA 73: an export tax) and a
    tax (`other`) on fuel or profits."""
    after = [view.low(at) for at in range(found.last + 1, min(len(view.toks), found.last + 6))]
    if not after or after[0] not in ("on", "of"):
        return found.type
    objects = after[1:]
    taxed = view.lex.qualifiers.get("other", frozenset())
    if found.entry.phrase in ("duty", "duties"):
        taxed = taxed - _TRADED_NOT_TAXED  # "cut duties on sugar": customs duties
    if found.bound and any(word in taxed for word in objects):
        return "other"  # "repeal the tax on imported fuel": a fuel tax
    for step, word in enumerate(objects):
        if word == "foreign" and _payer_after(objects, step):
            return "other"  # "a 15% tax on foreign home buyers", "a levy on foreign banks"
        if word in _IMPORT_WORDS or word in _SHIPPED \
                or found.last + 2 + step in view.ent_at:
            break
        if word in _TAXED_THINGS:
            return "other"  # "a one-off levy on the profits of Acme Bank": a tax on profits
    if any(word in _IMPORT_WORDS or word in _SHIPPED for word in objects) or any(
            found.last + 2 + step in view.ent_at for step in range(len(objects))):
        return "tariff"
    return "other" if any(word in taxed for word in objects) else found.type


# Goods sent abroad, which a tax on them taxes at the border ("the tax on log shipments").
_SHIPPED = frozenset({"exports", "exported", "shipments", "shipment"})
# Money moved or staked, which a levy on it taxes (a capital-flow tax, 4.3 other).
_MONEY_FLOWS = frozenset({"purchases", "purchase", "inflows", "inflow", "bets", "deposits",
                          "loans", "bonds", "holdings", "transfers", "remittances", "withdrawals",
                          "investments", "investment", "capital", "transactions"})


def _payer_after(objects: list[str], step: int) -> bool:
    """Whether "foreign" at `step` qualifies who pays ("foreign [home] buyers", "foreign
    banks"), not goods from abroad ("foreign cars")."""
    return any(word in _FOREIGN_PAYERS for word in objects[step + 1:step + 3])


# Who may pay a tax as a foreigner, and money that flows in from abroad: a tax on them is a
# tax (4.3 other), not a duty on goods ("a tax on foreign purchases of Brazilian bonds").
_FOREIGN_PAYERS = _MONEY_FLOWS | frozenset({
    "buyers", "buyer", "purchasers", "investors", "investor", "banks", "lenders", "insurers",
    "companies", "firms", "corporations", "businesses", "retailers", "supermarkets",
    "chains", "workers", "employees", "nationals", "residents", "owners", "landlords",
    "students", "visitors", "tourists", "travellers", "travelers", "funds", "shareholders",
    "speculators", "multinationals", "operators", "airlines", "carriers", "platforms"})
# What a "sugar tax" or "levy on sugar" taxes at home but "duties on sugar" tax at the border.
_TRADED_NOT_TAXED = frozenset({"sugar"})
# What a levy or duty falls on that makes it a tax, not a tariff, when named before any
# goods from abroad or any party.
_TAXED_THINGS = frozenset({"profits", "profit", "earnings", "bonuses", "income", "incomes",
                           "windfall", "wealth", "property", "homes", "houses", "salaries",
                           "pay", "transactions", "flights", "tickets", "passengers",
                           "emissions", "turnover", "revenues", "revenue", "dividends",
                           # an excise duty told by the unit it falls on: "the duty on a
                           # bottle of wine", "a levy on sugary soft drinks"
                           "bottle", "bottles", "packet", "packets", "pint", "pints", "litre",
                           "liter", "gallon", "drinks", "cigarettes", "spirits", "beer"}) \
    | _MONEY_FLOWS
_LACKING = frozenset({"without", "lack", "lacks", "lacked", "lacking"})
# Words before a verb's form that make it a noun: "the limit", "the EU's ban", "its curb".
_NOUN_BEFORE = frozenset({"the", "a", "an", "'s", "’s", "its", "their", "his", "her", "our"})


_MONEY_UNITS = frozenset({"million", "billion", "bn", "m", "trillion", "tn", "mln", "bln"})
_SUM_WORDS = frozenset({"about", "some", "nearly", "almost", "around", "roughly", "up", "to",
                        "over", "more", "than", "an", "estimated", "a", "further", "extra"})


def _money_before(view: SentenceView, first: int) -> int:
    """How many tokens right before `first` are a sum and its "in" or "of": "about $26
    million in", "£10m of" (0 when there is none)."""
    at = first - 1
    if view.low(at) not in ("in", "of", "worth"):
        return 0
    at -= 1
    if view.low(at) in _MONEY_UNITS:
        at -= 1
    if not view.low(at).lstrip("$£€¥")[:1].isdigit():
        return 0
    at -= 1
    while at >= 0 and (view.low(at) in ("$", "£", "€", "¥") or view.low(at) in _SUM_WORDS
                       or view.low(at) in ("us", "c")):
        at -= 1
    return first - 1 - at


_LENGTH_UNITS = frozenset({"-", "day", "days", "week", "weeks", "month", "months", "year",
                          "years"})


def _length_before(view: SentenceView, first: int) -> int:
    """How many tokens right before `first` tell a length ("45-day", "six-month"), which
    the reach of a verb to its noun does not count."""
    at = first - 1
    if view.low(at) not in _LENGTH_UNITS or view.low(at) == "-":
        return 0
    while at >= 0 and (view.low(at) in _LENGTH_UNITS or view.low(at)[:1].isdigit()
                       or view.low(at) in NUMBER_WORDS):
        at -= 1
    return first - 1 - at


def _bind_verb(view: SentenceView, found: Found) -> bool:
    """A verb-bound noun ("exports") with one of its verbs shortly before ("halted"): the
    trigger grows to start at the verb and takes the rule's type and the verb's action."""
    lex = view.lex
    rules = [lex.verb_bound[index] for index in lex.verb_bound_nouns.get(found.entry.phrase, [])]
    money = _money_before(view, found.first)  # "freezing about $26 million in grant aid"
    money += _length_before(view, found.first)  # "opened a 45-day review of the purchase"
    reach = max((rule.reach for rule in rules), default=0) + money
    for at in range(found.first - 1, max(-1, found.first - 1 - reach), -1):
        two = view.low(at) + " " + view.low(at + 1)
        for rule in rules:
            if found.first - at > rule.reach + money:
                continue
            verb = two if two in rule.verbs else view.low(at) if view.low(at) in rule.verbs \
                else None
            if verb is None or (verb == "lower" and view.low(at - 1) in _BEFORE_ADJECTIVE):
                continue  # "a slimmer state and lower taxes": an adjective
            if verb == "open" and view.low(at + 1) == "to":
                continue  # "was open to talks": willing, no talks opened (4.1)
            if " " not in verb and (view.low(at - 1) in _NOUN_BEFORE
                                    or view.low(at + 1) in ("for", "of")
                                    or verb == "force" and view.low(at - 1) == "task"):
                # "raised the limit for foreign investment", "the EU's ban on arms
                # exports", "volume limits for its exports": a noun, not the verb
                continue
            if rule.context and not any(view.low(back) in rule.context
                                        for back in range(_context_start(view, at), at)):
                continue  # a firm selling a stake is business, not a forced sale
            proposal = next((ahead for ahead in range(found.last + 1,
                                                      found.last + 1 + _CONTEXT_REACH)
                             if _a_purchase_proposed(view, ahead)), -1) \
                if "takeover" in rule.after else -1
            if rule.after and proposal < 0 and not any(
                    _after_word(view, ahead, rule.after, rule.after_heads)
                    for ahead in range(found.last + 1, found.last + 1 + _CONTEXT_REACH)):
                continue  # "limit the growth of spending" is no quota
            found.proposer_at = proposal
            if rule.to_state and not _to_a_state(view, found.last + 1):
                continue  # "halted aid to farmers" is no sanction
            if rule.after and view.low(found.last + 1) == "to" \
                    and view.low(found.last + 2) in _FORCED_SALES \
                    and _holdings_sold(view, found.last + 3):
                continue  # "ordered three Chinese firms to divest their stakes": the sale
                # forced is the measure (an investment restriction), read at its own words
            found.first = at
            found.start = view.toks[at].start
            found.bound = True
            found.type = rule.type
            if found.entry.phrase in TAX_WORDS:
                found.type = _tax_type(view, found)  # "raised its tax on beef exports"
            found.verb_action = rule.action_of.get(verb)
            found.needs_official = rule.official
            found.qualified = True
            return True
    return _tax_moves_after(view, found, rules) or _bound_in_the_passive(view, found, rules) \
        or _bound_through_a_flow(view, found)


def _bound_through_a_flow(view: SentenceView, found: Found) -> bool:
    """ "banned imports of Belarusian potash and exports of petroleum products": a flow
    after "and" that another flow's verb binds, of another kind, is bound by it too."""
    if found.entry.phrase not in _COORDINATED_FLOWS or view.low(found.first - 1) != "and" \
            or found.coordinated:
        return False
    for at in range(found.first - 2, max(-1, found.first - _COORDINATED_REACH), -1):
        low = view.low(at)
        if low in (",", ";", ".", ":") or view.verb_action(at) is not None:
            return False
        if low in _COORDINATED_FLOWS and low != found.entry.phrase \
                and view.low(at + 1) == "of":
            first, start = found.first, found.start
            found.first, found.start, found.coordinated = at, view.toks[at].start, True
            if _bind_verb(view, found):
                return True
            found.first, found.start, found.coordinated = first, start, False
            return False
    return False


# Flows a verb may bind through "and": "imports of A and exports of B".
_COORDINATED_FLOWS = frozenset({"imports", "exports"})
_COORDINATED_REACH = 10


def _holdings_sold(view: SentenceView, at: int) -> bool:
    """Whether a firm, a stake or holdings are what is sold from `at`: "(to sell) their
    stakes", "(to divest) Acme"; not "(to sell) 25% of their output at home" (a duty)."""
    if at < len(view.toks) and view.toks[at].text[:1].isupper():
        return True
    return any(view.low(ahead) in _HOLDINGS or view.low(ahead) in ("it", "them")
               for ahead in range(at, min(len(view.toks), at + _HOLDINGS_REACH)))


_HOLDINGS = frozenset({"stake", "stakes", "shares", "holding", "holdings", "assets", "unit",
                       "units", "business", "businesses", "operations", "subsidiary",
                       "subsidiaries", "interest", "interests"})
_HOLDINGS_REACH = 4
# Verbs of a sale a state forces on a class: "ordered three firms to divest".
_FORCED_SALES = frozenset({"sell", "divest", "dispose", "offload", "unwind", "spin"})
# Nouns of goods moving whose verb may follow them in the passive, and how far it may stand.
PASSIVE_NOUNS = frozenset({"exports", "export", "imports", "import", "shipments", "fee", "fees",
                           "toll", "tolls"})
PASSIVE_REACH = 11  # "Exports of some ASML lithography machines to China have been restricted"


def _bound_in_the_passive(view: SentenceView, found: Found, rules: list[VerbBound]) -> bool:
    """ "Exports of the metals will be prohibited from December 1": a verb of the noun's
    rules told after it in the passive binds it as one before would."""
    if found.entry.phrase not in PASSIVE_NOUNS:
        return False
    for at in range(found.last + 1, min(len(view.toks) - 1, found.last + PASSIVE_REACH)):
        low = view.low(at)
        if low in (",", ";", ".", ":", "that", "which", "and", "but"):
            return False
        if low not in ("be", "been", "is", "are", "was", "were"):
            continue
        verb = view.low(at + 1)
        rule = next((rule for rule in rules if verb in rule.verbs and not rule.context
                     and not rule.after and not rule.to_state), None)
        if rule is None:
            return False
        found.bound = True
        found.bound_after = at + 1
        found.type = rule.type
        found.verb_action = rule.action_of.get(verb) or view.verb_action(at + 1)
        found.needs_official = rule.official
        found.qualified = True
        return True
    return False


_TO_STATE = frozenset({"to", "for", "against"})
_TO_STATE_REACH = 12  # tokens from the noun to the state ("sales of wheat, corn and ...")


def _to_a_state(view: SentenceView, at: int) -> bool:
    """Whether "to", "for" or "against" and a country's name follow shortly from `at`, with
    no clause boundary between ("lending to Iran", "financing for sales to India")."""
    after_prep = False
    for ahead in range(at, min(len(view.toks), at + _TO_STATE_REACH)):
        low = view.low(ahead)
        if low == "," and not after_prep and ahead + 1 < len(view.toks) \
                and view.toks[ahead + 1].text.islower() and view.low(ahead + 1).isalpha() \
                and view.verb_action(ahead + 1) is None:
            continue  # "sales of wheat, corn and medicine to Iran": a list of goods
        if low in (",", ";", ".", ":"):
            return False
        if low in _TO_STATE:
            after_prep = True
        elif after_prep and ahead in view.ent_at and view.ent_at[ahead].kind == "country":
            return True
    return False


# A tax that a sentence says falls or rises after naming it ("the top rate of income tax
# would fall from 42% to 41%"): nouns, and the verbs after them with the rule's verb they
# stand for (a cut of tax is a tax break, a rise a tax laid: the verb-bound rules' types).
TAX_NOUNS = frozenset({"tax", "taxes", "income tax", "corporate tax", "corporation tax",
                       "vat", "tax rate", "tax rates"})
_TAX_MOVES = {"fall": "cut", "falls": "cut", "fell": "cut", "drop": "cut", "drops": "cut",
              "dropped": "cut", "cut": "cut", "reduced": "cut", "lowered": "cut",
              "halved": "cut", "rise": "raise", "rises": "raise", "rose": "raise",
              "raised": "raise", "increased": "raise", "doubled": "double"}
_TAX_RATE_REACH = 5  # tokens after the verb to the rate it moves to ("to 41%", "by 2p")
_TAX_MOVE_AUX = frozenset({"will", "would", "is", "are", "to", "be", "should", "could",
                           "was", "were"})
# The quick test before a sentence is read word by word: a tax noun's ending (the surface
# may be plural), up to three of those auxiliaries, one of those verbs.
TAX_MOVES_AFTER = re.compile(r"(?:es|s)?\s+(?:(?:" + "|".join(sorted(_TAX_MOVE_AUX))
                             + r")\s+){0,3}(?:" + "|".join(sorted(_TAX_MOVES)) + r")\b", re.I)


def _tax_moves_after(view: SentenceView, found: Found, rules: list[VerbBound]) -> bool:
    """ "Income tax will fall to 41%": the verb after the tax binds it as one before would."""
    if found.entry.phrase not in TAX_NOUNS:
        return False
    at = found.last + 1
    while view.low(at) in _TAX_MOVE_AUX and at - found.last <= 3:
        at += 1
    verb = _TAX_MOVES.get(view.low(at))
    if verb is None or (view.low(at) in ("cut", "reduced", "lowered", "halved", "raised",
                                         "increased", "doubled")
                        and view.low(at - 1) not in ("be", "been", "is", "are", "was", "were")):
        return False  # ("tax cut", "tax raised ..." with no passive: other words)
    if not any(view.low(ahead) in ("to", "by", "from") and view.low(ahead + 1)[:1].isdigit()
               for ahead in range(at + 1, at + _TAX_RATE_REACH)):
        return False  # "corporation tax rose sharply": receipts, or a story of rates
    rule = next((rule for rule in rules if verb in rule.verbs), None)
    if rule is None:
        return False
    found.bound = True
    found.type = rule.type
    found.verb_action = rule.action_of.get(verb, "impose")
    if rule.type == "subsidy" and any(view.low(before) in TAX_LEVELS for before in range(
            max(0, found.first - 3), found.first)):
        # "the top rate of income tax would fall": the tax changed for every payer (4.3
        # other, eased), not a break given to some
        found.type, found.verb_action = "other", "ease"
    found.needs_official = rule.official
    found.qualified = True
    return True



def _generic_is_noun(view: SentenceView, found: Found, prev: str, nxt: str) -> bool:
    """A generic word as a noun, not the verb "curbs inflation": after a determiner, or
    before "on"; not "... and ban US banks from making loans", a verb coordinated."""
    if prev in ("and", "or") and found.last + 1 in view.ent_at \
            and view.ent_at[found.last + 1].kind in ("country", "organization") \
            and view.low(view.ent_at[found.last + 1].last + 1) not in ("'s", "’s", "on"):
        return False
    if prev == "to" and ban_as_verb(view, found) and nxt.isalpha() \
            and nxt not in ("from", "and", "or"):
        return True  # "decided to ban beef on the bone", "are to ban adverts": the verb
    return found.entry.phrase.endswith("ed") or prev in DETERMINERS or prev in ("’s", "'s") \
        or nxt in ("on", "against", "to", "of") or found.first - 1 in view.ent_at \
        or prev[:1].isdigit() or (prev.isalpha() and prev not in view.lex.action_verbs
                                  and prev not in PP_PREPS)


def _qualified(view: SentenceView, found: Found, prev: str) -> bool:
    """Whether a word that needs a qualifier has one just before: "anti-dumping probe"."""
    window_start = max(0, found.first - 3)
    window = {view.low(at) for at in range(window_start, found.first)}
    window |= {part for at in range(window_start, found.first) for part in view.low(at).split("-")}
    nxt = view.low(found.last + 1)
    # ("duties of up to $175 a ton": a currency's sign may stand before the figure)
    figure = any(view.low(at).lstrip("$€£¥")[:1].isdigit()
                 for at in range(found.last + 2, found.last + 6))
    # "duties that were imposed on French cheese": what they fall on, past a relative word
    relative_on = (nxt in ("that", "which") or _zero_relative_subject(view, found)) and any(
        view.low(at) in ("on", "against") for at in range(found.last + 2, found.last + 6))
    return bool(window & view.lex.qualifiers.get(found.type, frozenset())) or (
        found.type in ("tariff", "other", "sanction") and (
            prev[:1].isdigit() or nxt in ("on", "against") or (nxt == "of" and figure)
            # "raised duties to as much as 50% on 544 products", "cut duties by 5 points"
            or (nxt in ("to", "by") and found.type == "tariff" and _rate_ahead(view, found))
            or relative_on or any(word.endswith("%") or word == "percent" for word in window)))
    # ("a 25% US levy": a rate before the name of the state that lays it)


_RATE_REACH = 6  # tokens after "duties to" where the rate may stand ("to as much as 50%")


def _zero_relative_subject(view: SentenceView, found: Found) -> bool:
    """Whether a relative clause with no "that" follows, its subject a party laying the
    measure: "the duties [Washington placed on solar panels]"."""
    ent = view.ent_at.get(found.last + 1)
    return ent is not None and ent.kind in ("country", "organization") \
        and view.verb_action(ent.last + 1) is not None


def _rate_ahead(view: SentenceView, found: Found) -> bool:
    """Whether a rate follows the trigger's "to" or "by" closely: "duties to as much as 50%",
    "duties by 10 percentage points"."""
    for at in range(found.last + 2, min(len(view.toks), found.last + 2 + _RATE_REACH)):
        low = view.low(at)
        if low.endswith("%") or low in ("percent", "per", "percentage") or (
                low[:1].isdigit() and view.low(at + 1) in ("%", "percent", "per", "percentage")):
            return True
        if low in (",", ";", ".", "and"):
            return False
    return False


# The kinds a bare "freeze" is read as: goods or investment held back.
_FREEZE_KINDS = frozenset({"import_ban", "export_control", "investment_restriction"})
# Words before what a verb bans that leave it the same: "banned all U.S. poultry".
_ALL_OF = frozenset({"all", "most", "some"})
# A neighbour's kinds a ban never takes: a probe, a deal, a payment or a duty ("imposed
# tariffs in retaliation for the EU's ban on hormone-treated beef").
_NEVER_A_BAN = frozenset({"investigation", "agreement", "subsidy", "tariff", "trade_defence"})


def resolve_type(view: SentenceView, found: Found, types_here: list[str]) -> str | None:
    """The type of a generic restriction word, from its qualifier, object or neighbours."""
    if _CRAFT_BARRED.match(view.doc.text, view.toks[found.first].start):
        return access_denied_type(view)  # "has banned Russian aircraft from its airspace":
        # access a state denies, no goods kept out
    from_object = object_type(view, found)
    if found.entry.phrase == "freeze":
        # "a freeze on imports of new cars": goods held back; a freeze of anything else
        # (pay, prices, hiring) is told too many ways to type
        return from_object if from_object in _FREEZE_KINDS else None
    if from_object:
        return from_object
    told = told_type(view, found)
    if told:
        found.told_again = True
        return told  # "Taiwan lifted its ban in April": the kind of ban the article told
    # (a neighbour's kind, but a ban is never a probe or a deal: "A WTO panel ruled against
    # Indonesia, but Jakarta says it will not lift the nickel ban"; "controls" are of no
    # kind but their own: "the new controls build on rules")
    head = generic_head(found.entry.phrase)
    told_controls = view.doc.generic_types.get("control")
    if head == "control" and told_controls and view.low(found.last + 1) == "on":
        found.told_again = True
        return told_controls  # "China expanded its controls on rare earths", then
        # "Controls on drone components remain in force": the kind of controls told
    typed = [mtype for mtype in types_here if mtype and head != "control"
             and not (mtype in _NEVER_A_BAN and head == "ban")]
    typed.sort(key=lambda mtype: mtype == "other")  # a kind told before none ("a regulation
    # that would ban imports": the imports' ban, not the regulation's "other")
    if typed:
        found.default_type = True  # a neighbour's kind, a guess the article did not tell
        return typed[0]
    if found.entry.phrase in view.lex.generic_default:
        found.default_type = True  # a bare "embargo": no kind told for the article
        return view.lex.generic_default[found.entry.phrase]
    # "a ban on Chinese-made cameras": a measure, of no listed kind; and so is what a
    # verb bans that is no goods: "France banned smoking in public places".
    nxt = view.low(found.last + 1)
    on = _on_after(view, found)
    if view.low(on) in ("on", "against"):
        return "sanction" if _a_state_alone(view, on + 1) else "other"
    if found.entry.phrase == "banned" and (nxt.endswith("ing") or nxt in ("the", "all")
                                           or _gerund_banned(view, found)):
        return "other"
    if ban_as_verb(view, found) and nxt.isalpha() and nxt not in ("from", "and", "or"):
        return "other"  # "Ministers are to ban television adverts for junk food"
    if head == "ban" and _activity_before(view.low(found.first - 1)) \
            and view.low(found.first - 2) not in ("his", "her"):
        return "other"  # "an annual fishing ban", "Scotland's smoking ban": conduct barred
        # (not "her eight-year doping ban": a player's punishment)
    if found.entry.phrase == "banned" and view.low(found.first - 1) == "be" \
            and (view.low(found.first - 2) in _MODALS or view.low(found.first - 2) == "to"
                 and view.low(found.first - 3) in ("is", "are", "was", "were")):
        return _kind_banned(view, found)  # "will be banned", "is to be banned"
    if view.low(found.first) in ("banned", "bans") \
            and BARRED_FROM.match(view.doc.text, view.toks[found.first].start):
        return "other"  # "banned banks from charging fees": conduct of a class (4.3 other)
    if found.entry.phrase == "banned" and view.low(found.first - 1) in STAYS_BANNED \
            and nxt != "from":
        return _kind_banned(view, found)  # "Exports of logs will remain banned"
    if found.entry.phrase == "banned" and view.low(found.first - 1) == "been" \
            and view.low(found.first - 2) in ("has", "have") and nxt != "from":
        # "Advertising on television has been banned" (not "20,000 players have been
        # banned from the game")
        return _kind_banned(view, found)
    return None


# The nouns of measure_triggers.json's two rules of access denied: the places closed and
# the craft barred.
ACCESS_NOUNS = frozenset({"port", "ports", "airport", "airports", "airspace", "waters",
                          "harbours", "harbors", "territorial waters", "fishing grounds",
                          "zone", "fishing zone", "fisheries zone", "economic zone",
                          "ships", "vessels", "aircraft", "planes", "flights", "airlines",
                          "carriers", "trawlers", "boats", "fishing vessels", "tankers",
                          "purse-seiners"})


def access_denied_type(view: SentenceView) -> str:
    """The type of ports, airspace or waters a state closes to a class of ships or aircraft:
    in a story of sanctions, a boycott or a blockade told before, one of them (4.3 sanction:
    "The package bars 52 more vessels from EU ports"); else access denied (4.3 other)."""
    return "sanction" if _SANCTIONS_TOLD.search(view.doc.text, 0, view.start) else "other"


# Words of a story of sanctions: "sanctions", "the boycott led by Saudi Arabia", "blockade".
_SANCTIONS_TOLD = re.compile(r"\b(?:sanction|boycott|blockade)", re.I)


# Ships, aircraft or boats of a class a state bans from its ports, airports or waters.
_CRAFT_BARRED = re.compile(
    r"(?:banned|bans|ban)\s+(?:(?:all|its|their)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:ships|vessels|aircraft|planes|flights|airlines|carriers|trawlers|boats|tankers)\s+"
    r"from\s+(?:(?:its|their|the|all|[A-Z][\w.-]*(?:['’]s)?)\s+){1,2}(?:own\s+)?"
    r"(?:ports|airports|airspace|waters|harbours|harbors|territory|roads)\b")


def _activity_before(word: str) -> bool:
    """Whether the word before a ban names an activity ("fishing", "smoking", "logging"),
    not a quality of the ban ("existing", "sweeping", "looming")."""
    if len(word) < 6 or not word.endswith("ing") or word in _QUALITIES_IN_ING:
        return False
    return gazetteer.common_stem(word[:-3])  # ("logging")


_QUALITIES_IN_ING = frozenset({
    "existing", "sweeping", "standing", "looming", "pending", "ongoing", "continuing",
    "growing", "damaging", "crippling", "lasting", "impending", "resulting", "following",
    "remaining", "overarching", "underlying", "upcoming", "binding", "rolling",
    "shifting", "spreading", "widening", "tightening", "easing", "creeping", "striking",
    "surprising", "confusing", "controlling", "outstanding", "promising", "punishing",
    "corresponding", "competing", "matching", "accompanying", "coming", "lingering",
    "doping"})


# A class of bodies or people a verb bars from some conduct: "barred state agencies from
# flying", "prohibits landlords from evicting"; not trade in goods or capital, whose bars
# are of their own kinds (export controls, import bans, investment restrictions).
BARRED_FROM = re.compile(
    r"\b(?P<verb>barred|bars|bar|banned|bans|prohibit(?:s|ed)?|forbade|forbids|forbid)\s+"
    r"(?:(?:the|its|their|all|most|many|some|local|state|public|private|foreign)\s+)?"
    r"(?:[A-Z][a-z]+(?:an|ese|ish|i|ic)\s+)?"  # (a people's adjective: "Chinese carriers")
    r"(?:[a-z][\w-]*\s+){0,2}?"
    r"(?!(?:him|her|them|us|me|you|it|himself|herself|themselves)\b)[a-z][\w-]*[a-rt-z]s\s+"
    r"(?:of\s+(?:\d+\s+)?[a-z][\w-]*\s+)?"  # "importers of 41 items"
    r"from\s+(?:(?:even|also|ever|further)\s+)?"
    # (buying goods is trade, other words' to read; buying currency is a control of it)
    r"(?!(?:importing|exporting|selling|shipping|supplying|investing|acquiring"
    r"|buying(?!\s+(?:dollars|euros|foreign\s+(?:exchange|currency)|hard\s+currency))"
    r"|trading|sending|travelling|traveling|entering|leaving|doing\s+business"
    r"|taking\s+effect|coming|going|becoming|happening|proceeding)\b)"
    r"[a-z]+ing\b")


def _kind_banned(view: SentenceView, found: Found) -> str | None:
    """The kind of what "will be banned": the subject's goods, else a domestic rule; None
    for a person or a body barred ("Acme will be banned from the case")."""
    start = view.clause_start(found.first)
    flow = next((at for at in range(start, found.first)
                 if view.low(at) in _SUBJECT_FLOWS and view.low(at + 1) == "of"), found.first)
    if any(ent.kind in ("person", "organization") and not ent.demonym and ent.first < flow
           for ent in view.entities_between(start, found.first - 1, None)):
        return None  # (a brand among the goods is no body: "imports of Borjomi water")
    # "Imports of beef will be banned", "Adverts for junk food will be banned from
    # television"
    subject = {view.low(at) for at in range(start, found.first)}
    if subject & _SUBJECT_IMPORTS:
        return "import_ban"
    if subject & _SUBJECT_EXPORTS:
        return "export_control"
    return None if subject & _SUBJECT_GOODS else "other"


# What a ban that "will be" laid falls on, said by the subject.
_MODALS = frozenset({"will", "would", "could", "should", "must", "may", "might", "shall",
                     "can"})
_SUBJECT_IMPORTS = frozenset({"import", "imports"})
_SUBJECT_EXPORTS = frozenset({"export", "exports", "shipments"})
_SUBJECT_GOODS = frozenset({"goods", "products", "sales", "supplies"})
_SUBJECT_FLOWS = _SUBJECT_IMPORTS | _SUBJECT_EXPORTS



# (an article calls one restriction a "ban" and an "embargo" by turns: one head)
_GENERIC_HEADS = {"ban": "ban", "bans": "ban", "banned": "ban", "restriction": "restriction",
                  "restrictions": "restriction", "curb": "curb", "curbs": "curb",
                  "control": "control", "controls": "control",
                  "embargo": "ban", "embargoes": "ban", "freeze": "ban"}


# Adjectives that make a duty an obligation, not a levy.
_OBLIGATION_ADJECTIVES = frozenset({"statutory", "legal", "moral", "civic", "fiduciary",
                                    "constitutional", "patriotic", "sacred"})


# Sanctions named as "measures against" a state ("a 19th package of measures against Russia").
_MEASURES_AGAINST = frozenset({"measures against", "package of measures against"})


def _against_a_state(view: SentenceView, found: Found) -> bool:
    """Whether "measures against" falls on a state named right after it, with no word of a
    trade remedy or a reply before it ("anti-dumping measures against", "retaliatory
    measures against": a duty, not sanctions): the sanctions of one state or bloc on
    another (4.3)."""
    at = found.last + 1 + (view.low(found.last + 1) == "the")
    ent = view.ent_at.get(at)
    if ent is None or ent.kind != "country" or ent.demonym:
        return False
    after = view.low(ent.last + 1)
    if not ent.plain_name and after not in _NOT_A_NOUN and after not in (",", ".", ";", ":", ""):
        return False  # "measures against US technology companies": firms, named by a state
    return view.low(found.first - 1) not in _NOT_SANCTIONS


# Words before "measures against" that make them a duty or a reply, not sanctions.
_NOT_SANCTIONS = frozenset({"anti-dumping", "antidumping", "anti-subsidy", "safeguard",
                            "retaliatory", "countervailing", "trade", "tariff", "counter",
                            "protective", "defensive", "security", "health", "sanitary"})


def _in_a_works_title(view: SentenceView, found: Found) -> bool:
    """Whether a capitalized trigger is a word of a document's title set off after it: "the
    commission's final report, A New Pension Settlement, is due"."""
    if not view.toks[found.first].text[:1].isupper():
        return False
    at = found.first - 1
    while at > 0 and view.toks[at].text[:1].isupper() and found.first - at <= 5:
        at -= 1
    return view.low(at) == "," and view.low(at - 1) in gazetteer.DOCUMENT_NOUNS \
        and view.low(found.last + 1) in (",", ".")


def _in_a_laws_name(view: SentenceView, found: Found) -> bool:
    """Whether the trigger is a capitalized word inside a law's capitalized name: "the
    Foreign Subsidies Regulation", "the Tariff Act of 1930" ("Act" itself is no trigger)."""
    if not view.toks[found.first].text[:1].isupper() or found.first == 0:
        return False
    at = found.last + 1
    while at < len(view.toks) and at <= found.last + 3 and view.toks[at].text[:1].isupper():
        if view.low(at) in LAW_WORDS:
            return True
        at += 1
    return False


def generic_head(word: str) -> str | None:
    """The generic restriction word a word is ("bans" -> "ban"), or None."""
    return _GENERIC_HEADS.get(word.lower())


def told_type(view: SentenceView, found: Found) -> str | None:
    """The type the article gave this restriction word where it said its kind, when this
    mention names a party's own ("its ban") or the embargo again; None otherwise."""
    told = view.doc.generic_types.get(generic_head(found.entry.phrase) or "")
    return told if told and _its_own(view, found) else None


def _its_own(view: SentenceView, found: Found) -> bool:
    """ "its ban", "their curbs": a party's restriction of the kind told before; "the
    embargo", "the same embargo", "the 15 year embargo" told before as an arms embargo is
    that one (a bare "embargo" would be on imports), and so is "the ban" after "Smoking
    will be banned in public places", and "the new controls" after export controls."""
    before, head = view.determiner_of(found), generic_head(found.entry.phrase)
    return before in ("its", "their") \
        or before in ("the", "this", "that") and head == "ban" \
        or before in ("the", "this", "that", "these", "new") and head == "control" \
        or view.low(found.first - 1) in ("similar", "such")  # "would impose similar bans"


# Words in "-ing" that name things, not activities.
_NOT_GERUNDS = frozenset({"something", "everything", "anything", "nothing", "building",
                          "clothing", "evening", "morning", "spending", "funding", "pricing"})


def _gerund_banned(view: SentenceView, found: Found) -> bool:
    """ "Smoking will be banned in pubs", "Hunting with dogs is banned": an activity, the
    subject of a passive "banned"."""
    at = found.first - 1
    if view.low(at) not in BE_AUX:
        return False
    while at >= 0 and (view.low(at) in BE_AUX or view.low(at) in view.lex.modals
                       or view.low(at) in ("also", "now", "soon", "not")):
        at -= 1
    start = view.clause_start(found.first)
    # the subject, a few words at most, opens with the gerund: "[hunting with dogs] is"
    if at < start or at - start > 3 or any(at2 in view.ent_at for at2 in range(start, at + 1)):
        return False
    gerund = view.low(start)
    return gerund.endswith("ing") and len(gerund) > 5 and gerund not in _NOT_GERUNDS


def _context_start(view: SentenceView, verb: int) -> int:
    """Where the words that make a verb-bound noun a measure may start: a few words before
    its verb, or before an apposition set off before "to" ("ordered Qingyuan, a Chinese-
    controlled miner, to sell land")."""
    start = max(0, verb - _CONTEXT_REACH)
    if view.low(verb - 1) == "to" and view.low(verb - 2) == ",":
        opening = next((at for at in range(verb - 3, max(0, verb - 3 - _CONTEXT_REACH), -1)
                        if view.low(at) == ","), None)
        if opening is not None:
            start = max(0, opening - _CONTEXT_REACH)
    return start


# Participles that tell a measure laid, between it and its object ("a ban imposed in June on").
_LAID_PARTICIPLES = frozenset({"imposed", "introduced", "placed", "slapped", "announced",
                               "ordered", "enacted", "adopted"})


def _on_after(view: SentenceView, found: Found) -> int:
    """Where the measure's object phrase opens: right after it, or past the subject and
    verb of a relative clause on it ("the ban [that Beijing imposed] on Australian coal",
    "the duties [Washington placed] on solar panels")."""
    at = found.last + 1
    if view.low(at) in _LAID_PARTICIPLES:
        # "a ban imposed in June on mineral water from Georgia": past the participle that
        # tells when it was laid
        on = _past_a_time(view, at + 1)
        if view.low(on) in ("on", "against"):
            return on
    if view.low(at) in ("that", "which"):
        at += 1
    elif not _zero_relative_subject(view, found):
        return _past_a_time(view, found.last + 1)
    ent = view.ent_at.get(at if view.low(at) != "the" else at + 1)
    if ent is None or ent.kind not in ("country", "organization"):
        return found.last + 1
    verb = ent.last + 1
    if view.verb_action(verb) is None or view.low(verb + 1) not in ("on", "against"):
        return found.last + 1
    return verb + 1


def _past_a_time(view: SentenceView, at: int) -> int:
    """Past a short time phrase right after the measure, to its object phrase: "imposed a
    similar ban [in March] on flights from six countries"."""
    if view.low(at) not in ("in", "on", "last", "this", "earlier", "later"):
        return at
    for size in (1, 2):
        words = [view.low(k) for k in range(at + 1, at + 1 + size)]
        last = words[-1]
        if last in _TIME_WORDS or last.isdigit() and len(last) == 4:  # "in March", "in 2016"
            after = at + 1 + size
            return after if view.low(after) in ("on", "against") else at
    return at


# The purpose of a sum told before the group it is for: "(5m euros) to compensate
# (growers)".
_TO_COMPENSATE = re.compile(r"\bto\s+compensate\s+(?:[\w'’-]+\s+){0,2}$")
_COMPENSATE_REACH = 40  # characters from "compensate" to the group
# A sum of money: "5m euros", "$2 billion", "C$1.75 billion".
_A_SUM = re.compile(r"[$€£¥]\s?\d|\b\d[\d.,]*\s*(?:bn|m|million|billion|trillion|euros|dollars"
                    r"|pounds|yen|yuan|rupees|francs|marks)\b", re.I)
# What a ban may bar that carries people, not goods: "a ban on flights from Egypt".
_NO_GOODS_CARRIED = frozenset({"flights", "passenger", "passengers", "travellers", "travelers",
                               "visitors", "tourists", "cruises"})
# Words that end a short time phrase: a month, a weekday, a season, a unit ("last week").
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) \
    | {"week", "month", "year"}


def _a_state_alone(view: SentenceView, at: int) -> bool:
    """Whether a country's name stands at `at` with no goods or field after it: "tighter
    restrictions on Cuba", "new curbs against Iran" (a state the restrictions punish, 4.3
    sanction; not "restrictions on Chinese steel")."""
    ent = view.ent_at.get(at)
    if ent is None or ent.kind != "country" or ent.demonym or ent.first != at:
        return False
    after = view.low(ent.last + 1)
    return not after.isalpha() or after in ("in", "on", "over", "after", "for", "and",
                                             "since", "until", "from", "last", "this",
                                             "earlier", "because", "as", "by", "that",
                                             "which", "to")


def _dealings_with(words: list[str]) -> bool:
    """ "(a ban on) all dealings with", "(on) financial transactions with": what a financial
    sanction forbids, with whom after it."""
    at = 1 if words[:1] and words[0] in ("all", "any", "financial") else 0
    return len(words) > at + 1 and words[at] in _DEALINGS and words[at + 1] == "with"


_DEALINGS = frozenset({"transactions", "dealings", "business", "payments", "transfers"})


def object_type(view: SentenceView, found: Found) -> str | None:
    """The type a restriction word takes from its qualifier or object ("ban on arms exports")."""
    before = view.low(found.first - 1)
    if before in _TYPE_WORDS:
        return _TYPE_WORDS[before]
    if before in _SANCTION_QUALIFIERS:
        return "sanction"  # "a full transaction ban on three Russian banks"
    on = _on_after(view, found)
    after = [view.low(at) for at in range(on, min(len(view.toks), on + _OBJECT_TYPE_REACH - 1))]
    if after and after[0] in ("on", "against"):
        words = after[1:after.index(",")] if "," in after else after[1:]
        # (an embargo on arms exports is a sanction, GUIDELINES 4.3)
        direction = next((word for word in words if word in _DIRECTION_WORDS or word == "arms"),
                         None)
        if direction is not None:
            return _TYPE_WORDS[direction]
        if words and words[0] in _NO_GOODS_CARRIED:
            return access_denied_type(view)  # "a ban on flights from six countries": travel
            # barred, no goods kept out (4.3 other); in a story of sanctions one of them
        for word in words:
            if word in _TYPE_WORDS:
                return _TYPE_WORDS[word]
            if word.endswith("-made"):
                return "import_ban"  # "a ban on Chinese-made cameras"
        if _dealings_with(words):
            return "sanction"  # "a ban on all transactions with the central bank" (4.3)
        if _access_to_technology(view, on + 1):
            return "export_control"  # "curbs on China's access to advanced chips"
        ent = view.ent_at.get(on + 1) or view.ent_at.get(on + 2)
        if ent is not None and ent.kind == "organization":
            return "investment_restriction"
        if ent is not None and ent.kind == "person":
            return "sanction"
        if ent is not None and (ent.demonym or ent.kind == "country") \
                and view.low(ent.last + 1).isalpha() and view.toks[ent.last + 1].text.islower() \
                and view.low(ent.last + 1) not in _NOT_GOODS \
                and view.low(ent.last + 1) not in _NOT_A_NOUN:
            return "import_ban"  # "a ban on Japanese seafood", "its ban on US beef"
        if goods_from_abroad(view, on + 1):
            return "import_ban"  # "a ban on frozen beef from Brazil"
        if _sold_abroad(view, on + 1):
            return "export_control"  # "restrictions on sales of AI chips to China"
    elif found.entry.phrase == "banned" or ban_as_verb(view, found):
        start = found.last + 1
        if view.low(start) in _ALL_OF and start + 1 in view.ent_at:
            start += 1  # "banned all U.S. poultry"
        ent = view.ent_at.get(start)
        if view.low(start) in _NO_GOODS_CARRIED:
            return access_denied_type(view)  # "Russia banned flights from Georgia": travel
            # barred (4.3 other), in a story of sanctions one of them
        sold = _sales_banned(view, start)
        if sold:
            return sold  # "banned sales of Kaspersky antivirus software": a firm's product
            # kept off the market (4.3 investment_restriction); "the sale and import of new
            # Huawei equipment": its import too (import_ban)
        if _from_networks(view, ent.last + 1 if ent is not None else start):
            return "investment_restriction"  # "banned Huawei from its 5G network", "Huawei
            # was banned from Britain's 5G network": a company's service shut out (4.3)
        if ent is not None and (ent.demonym or ent.kind == "country") \
                and _goods_named_after(view, ent.last + 1):
            # "Russia banned Georgian wine", "Japan banned US beef"; not "banned Iranian
            # arms exports", "banned US firms"
            return "import_ban"
        if view.low(start).isalpha() and start not in view.ent_at \
                and goods_from_abroad(view, start):
            return "import_ban"  # "the EU banned beef from Brazil"
        if view.low(start) in ("transactions", "transacting"):
            return "sanction"  # "The EU banned transactions with three Russian banks"
        if any(view.low(at) in _APPS for at in range(start, min(len(view.toks),
                                                                start + _APPS_REACH))):
            return "investment_restriction"  # "India banned 59 Chinese apps": a company's
            # service banned (4.3)
        if ent is not None and ent.kind == "organization" and not ent.official \
                and view.low(ent.last + 1) not in ("from", "to", "'s", "’s") \
                and not _goods_named_after(view, ent.last + 1):
            return "investment_restriction"  # "India banned TikTok on Monday": a firm's
            # service banned (4.3), not its conduct ("banned Acme from selling")
        for at in range(start, min(len(view.toks), start + 4)):
            # "Indonesia to ban bauxite exports", "will ban coal imports"
            if view.low(at) in ("exports", "imports") and at > start:
                return "export_control" if view.low(at) == "exports" else "import_ban"
            if not (view.toks[at].text.islower() and view.low(at).isalpha()):
                break
    return None


def _goods_named_after(view: SentenceView, start: int) -> bool:
    """Whether the plain lower-case words from `start` (after a country or its demonym)
    name goods: "beef", "frozen chicken"; not parties ("firms", "tech companies"), exports
    ("arms exports") or a verb ("US was")."""
    at = start
    while at < len(view.toks) and at - start < 4 and view.toks[at].text.isalpha() \
            and view.toks[at].text.islower():
        low = view.low(at)
        if low in _NOT_GOODS or low in ("exports", "export", "sales"):
            return False
        if at == start and low in _NOT_A_NOUN:
            return False
        at += 1
    return at > start


# What a state's export controls keep from others ("access to advanced chips").
_TECHNOLOGY = frozenset({"chips", "chip", "semiconductors", "semiconductor", "technology",
                         "technologies", "equipment", "tools", "software", "components",
                         "chipmaking", "supercomputers", "microchips"})


def _access_to_technology(view: SentenceView, start: int) -> bool:
    """Whether the words from `start` (the object of a restriction) are a party's access
    to technology: "China's access to advanced chips", "Huawei's access to US software"."""
    for at in range(start, min(len(view.toks) - 1, start + 5)):
        if view.low(at) == "access" and view.low(at + 1) == "to":
            return any(view.low(word) in _TECHNOLOGY
                       for word in range(at + 2, min(len(view.toks), at + 6)))
    return False


def _sold_abroad(view: SentenceView, start: int) -> bool:
    """Whether the words from `start` name sales or shipments of goods to a country:
    "sales of advanced artificial intelligence chips to China"."""
    if view.low(start) in ("the", "a"):
        start += 1  # "restrictions on the sale of AI chips to China"
    if view.low(start) not in _EXPORT_WORDS:
        return False
    for at in range(start + 1, min(len(view.toks) - 1, start + _LICENCE_REACH)):
        low = view.low(at)
        if low == "to":
            ent = view.ent_at.get(at + 1)
            return ent is not None and ent.kind == "country"
        if low in (",", ".", ";", ":") or at in view.ent_at:
            return False
    return False


def goods_from_abroad(view: SentenceView, start: int) -> bool:
    """Whether the words from `start` name goods and then where they come from: "frozen
    beef from Brazil", "shrimp imported from Vietnam" (a few plain words, then "from" and a
    country)."""
    for at in range(start, min(len(view.toks), start + 5)):
        low = view.low(at)
        if low == "from":
            ent = view.ent_at.get(at + 2 if view.low(at + 1) == "the" else at + 1)
            return at > start and ent is not None and ent.kind == "country"
        if at in view.ent_at or not low.replace("-", "").isalpha() or low in _NOT_GOODS \
                or not view.toks[at].text.islower() or low in ("to", "in", "for", "by", "that"):
            return False
    return False
