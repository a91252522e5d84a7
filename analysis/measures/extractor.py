"""Trade and policy measures: who does what to whom, with what magnitude.

A rule engine over the trigger lexicons in analysis/data/measure_*.json. One pass of a
trigger regex over the text picks the few sentences worth a closer look; only those are
tokenised. Each trigger then gets an action (from the verb or noun that governs it, read
in its frame: negation, opposition, threats, proposals, endings; frames.py), an imposer
(agent, modifier such as "US tariffs", possessor or subject; never a company acting on
its own account) and targets (the object phrase, "on Chinese goods"), a magnitude and its
times. records.py joins the sentences about one measure into one record.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Iterator

from ..actors.affiliation import state_title
from ..gazetteer import country_name, is_place, organization_name
from ..model import Actor, Measure, Sentence, TimeExpr
from .article import DocContext, Ent, Found, tok_index
from .domestic import fill_unnamed_sides
from .frames import read_frame
from .lexicon import (
    CHARS_PER_TOKEN,
    Lexicon,
    TriggerEntry,
    lexicon,
    norm_key,
    trigger_spans,
)
from .magnitude import pick_magnitudes
from .parties import (
    acting_name,
    body_left,
    business_decision,
    exemption_sides,
    find_parties,
    official_party,
)
from .records import Said, build_records, merge_in_sentence
from .sentence import OPENING_QUOTES, SentenceView
from .subjects import coordinated, speaker_before, trailing_speaker
from .triggers import (
    ACCESS_NOUNS,
    BARRED_FROM,
    GENEVA_COMPLAINTS,
    PASSIVE_NOUNS,
    PASSIVE_REACH,
    TAX_MOVES_AFTER,
    TAX_NOUNS,
    accept,
    access_denied_type,
    generic_head,
    object_type,
    resolve_type,
    told_type,
)
from .vocab import (
    ACCESS_BLOCKED,
    CHALLENGE_FORMS,
    COMPLAINED_FORMS,
    COURT_CASE,
    COURT_FORUM,
    DETERMINERS,
    DUTY_ON_A_CLASS,
    FILED_NOUNS,
    FILED_WITH_A_FORUM,
    INVESTIGATIVE,
    JUST_BEFORE,
    MEMBERSHIP_LEFT,
    MEMBERSHIP_SUSPENDED,
    OBTAIN,
    SANCTION_LICENCES,
    VERB_KINDS,
    WTO,
    names_wto,
)

Hit = tuple[int, int, TriggerEntry]  # (start, end, what the trigger phrase means)
_BARE_RULES = frozenset({"measure.bare", "measure.named"})
# How much further an act verb may stand when the measure is what someone must obtain.
_OBTAIN_REACH = 3
_ACT_REACH = 4  # how near its verb a rule, a law or a fine must stand, in tokens
# Words of a phrase that names a rule as the footing of an act, not its object ("under WTO
# rules", "in breach of the law", "compatible with WTO rules").
_LEGAL_BASIS = frozenset({"under", "breach", "violation", "accordance", "according",
                          "compatible", "incompatible", "consistent", "inconsistent"})
_INSTRUMENT_REACH = 3  # tokens from "an order" to the verb that says what it does
_INSTRUMENT_REACH_RELATIVE = 6  # ... across "that" / "which"
# Words that open what a package holds: "sanctions ..., with a ban on", "including".
_CONTENT_OPENERS = frozenset({"with", "including", "includes", "include"})
_RELATIVE_CONTENT_REACH = 10  # tokens from "restrictions" to "which barred"
_RELATIVE_BREAKS = frozenset({"and", "or", "but", ";", ":", "said", "says"})
_CONTENT_REACH = 6  # tokens from "rules" to "require importers" ("introduced in February")
# Words between a measure and a duty that show the duty is a step of its own.
_CONTENT_BREAKS = frozenset({"and", "or", "but", ",", ";", ":", "while", "which", "that",
                             "who", "also", "will", "would", "said", "says"})
# Nouns that govern a rule or a fine as a verb would: "the introduction of new rules".
_NOUN_ACTS = frozenset({"introduction", "imposition", "repeal", "extension", "suspension",
                        "removal", "lifting", "scrapping", "relaxation", "tightening",
                        "proposal", "proposals", "plans", "plan", "draft"})
# What a company does to a probe of itself: "paid $3m to settle the investigation".
_SETTLING = frozenset({"settle", "settled", "settling", "end", "ended", "ending", "face",
                       "faces", "faced", "facing", "resolve", "resolved"})
# "called it a historic agreement", "described the pact as": a description, no step.
_DESCRIBING = frozenset({"called", "calling", "calls", "call", "described", "describing",
                         "describes", "hailed", "hailing", "hails", "termed", "dubbed",
                         "branded", "labelled", "labeled"})
_ARTICLES = frozenset({"a", "an"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
_QUOTED_REACH = 3  # words of a quoted name before its trigger ('a "total trade ban"')
_PRONOUNS = frozenset({"it", "this", "that", "them"})
_COMPLEMENT_OPENERS = _ARTICLES | _PRONOUNS | {"as", "the"} | _DESCRIBING
_DESCRIPTION_REACH = 5
_LICENCE_WORDS = frozenset({"licence", "licences", "license", "licenses", "permit", "permits",
                            "approval", "permission", "authorisation", "authorization"})
_EXPORT_WORDS = frozenset({"exporters", "exports", "export", "shipments", "shipment", "ship",
                           "shipping"})
_RULE_WORDS = frozenset({"rules", "rule", "regulations", "regulation"})


def extract_measures(text: str, sentences: list[Sentence], actors: list[Actor],
                     times: list[TimeExpr], hoped: list[Measure] | None = None
                     ) -> list[Measure]:
    """One Measure per measure: type, action, imposer, targets, magnitude, times, why.

    A deal only sought or hoped for ("would try to secure a deal by November") is no
    measure (GUIDELINES 4.4); `hoped`, if given, receives it, since the day it is hoped
    for is still a deadline (5.1)."""
    lex = lexicon()
    by_sentence = _hits_by_sentence(text, sentences, lex)
    if not by_sentence:
        return []
    doc = DocContext(text, actors, lex)
    time_starts = sorted((timex.start, index) for index, timex in enumerate(times))
    said: list[Said] = []
    for index in sorted(by_sentence):
        said += _sentence_measures(doc, sentences[index], by_sentence[index], times, time_starts)
    return build_records(doc, said, hoped)


def _hits_by_sentence(text: str, sentences: list[Sentence],
                      lex: Lexicon) -> dict[int, list[Hit]]:
    """The trigger phrases of the text, by the index of the sentence that holds them."""
    sentence_starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[Hit]] = {}
    for start, end, words in trigger_spans(lex, text):
        entry = lex.triggers.get(norm_key(words))
        if entry is None:
            continue
        index = bisect.bisect_right(sentence_starts, start) - 1
        if index < 0 or end > sentences[index].end:
            continue
        if not _worth_a_look(text, sentences[index], start, entry, lex):
            continue
        by_sentence.setdefault(index, []).append((start, end, entry))
    def add(found: re.Match[str], entry: TriggerEntry, group: str = "verb",
            within: bool = True, alone: bool = False, only_one: bool = False) -> None:
        """A hit a pattern finds, in the sentence that holds it (and ends in it, unless
        `within` is False; `alone`: unless a trigger phrase covers its words already;
        `only_one`: unless one names a measure of its type in the sentence)."""
        index = bisect.bisect_right(sentence_starts, found.start()) - 1
        if index >= 0 and (not within or found.end() <= sentences[index].end):
            if alone and any(start < found.end(group) and found.start(group) < end
                             for start, end, _ in by_sentence.get(index, ())):
                return
            if only_one and any(other.type == entry.type
                                for _, _, other in by_sentence.get(index, ())):
                return
            hits = by_sentence.setdefault(index, [])
            hits.append((found.start(group), found.end(group), entry))
            hits.sort(key=lambda hit: hit[0])

    for found in _GIVEN_UNTIL.finditer(text) if " to " in text and (
            "given " in text or "gave " in text or "gives " in text) else ():
        # "The Commission has given Germany until July to explain how it will cut its
        # deficit": an obligation an authority lays (4.1), when nothing else names it
        add(found, _GIVEN_ENTRY, within=False)
    for found in _MONEY_TO_HELP.finditer(text) if _may_fund(text) else ():
        # "has set aside 5m euros to compensate growers", "would offer £10m in aid to help
        # skippers fit new nets": public money given to a group (4.3 subsidy)
        if found.group("kind") and not found.group("help") \
                and text.startswith((" for ", " to "), found.end("kind")):
            continue  # "approved $4bn in emergency aid for farmers": the aid's own phrase
        add(found, _FUNDING_ENTRY)
    may_give = _may_give(text)
    giving = _windows(text, _GIVE, 1, _GIVE_AFTER, _DIGIT) if may_give else []
    paying = _windows(text, _PAY, 1, _GIVE_AFTER, _DIGIT) if may_give else []
    for pattern, windows in ((_MONEY_GIVEN_FOR, giving), (_MONEY_GIVEN_TO, giving),
                             (_MONEY_PAID_TO_HELP, paying), (_MONEY_PAID_TO, paying)):
        # "will give carmakers £500m to build electric cars", "grants $39 billion to
        # chipmakers", "will pay farmers 500 million euros to compensate": public money
        # handed to a group of firms or people (4.3 subsidy); both giving patterns are
        # tried in the same windows, found once
        for found in _in_windows(text, windows, pattern, "verb"):
            add(found, _FUNDING_ENTRY)
    for found in _BOUGHT_FOR_PRICES.finditer(text) if " prices" in text and (
            " buy" in text or " bought" in text or " purchas" in text) else ():
        # "would buy up to 2.5 million tons of wheat for food aid, in an effort to shore up
        # prices": public money spent on a good to hold its price up (4.3 subsidy: a
        # price subsidy)
        add(found, _FUNDING_ENTRY)
    for found in _FUND_SET_UP.finditer(text) if " fund to " in text else ():
        # "agreed to set up a fund to support Canadian publishers, worth about C$150
        # million": a public fund for a group (4.3 subsidy)
        add(found, _FUNDING_ENTRY, alone=True)
    for found in _money_in_aid(text):
        # "announced C$370 million in support for canola farmers", "a £1bn package of
        # childcare support": a sum of public help for a group (4.3 subsidy); the verb
        # before it, if any, tells who gives it and how
        add(found, _AID_ENTRY, group="aid", alone=True)
    for found in _around(text, _RECEIVE, _RECEIVES_MONEY, _RECEIVE_BEFORE, _RECEIVE_AFTER,
                         "aid") if "receive" in text or " get " in text else ():
        # "Pensioner households are to receive a one-off £200 payment", "Parents of children
        # under six will receive a new childcare supplement of €1,000 a year": public money
        # a group of people will get (4.3 subsidy); they are its target
        add(found, _RECEIVED_ENTRY, group="aid", alone=True)
    for found in _duties_on_a_class(text):
        # "From next year, wealthy individuals will have to pay a tax rate of at least 20%",
        # "citrus consignments must carry electronic certificates from Jan. 1": a duty laid
        # on a class of people or goods, from a day or under a rule (4.3 other)
        index = bisect.bisect_right(sentence_starts, found.start()) - 1
        if index >= 0 and _OBLIGATION_WHEN.search(text, sentences[index].start,
                                                  sentences[index].end):
            # ("Foreign investors will need government approval to buy control of ...":
            # foreign ownership held back, 4.3 investment_restriction)
            foreign = _FOREIGN_CLASS.search(text, max(0, found.start() - _CLASS_REACH),
                                            found.start()) is not None \
                and _OWNING.match(text, found.start("verb")) is not None
            add(found, _FOREIGN_OBLIGED_ENTRY if foreign else _OBLIGED_ENTRY)
    for found in _REMAIN_BARRED.finditer(text) if " from " in text and (
            "barred" in text or "banned" in text or "prohibited" in text
            or "forbidden" in text) else ():
        # "Private carriers remain barred from flying to the Gulf": a duty laid on a class
        # before, still in force (4.4 maintain)
        add(found, _STILL_OBLIGED_ENTRY)
    for found in _DESIGNATED_BY_NAME.finditer(text) if "designat" in text else ():
        index = bisect.bisect_right(sentence_starts, found.start()) - 1
        if index >= 0 and _SANCTIONS_CONTEXT.search(text, sentences[index].start,
                                                    sentences[index].end):
            add(found, _DESIGNATED_ENTRY, alone=True)
    for found in _LOAN_DEAL.finditer(text) if " with " in text and (
            "Monetary" in text or "IMF" in text or "World Bank" in text) else ():
        # "Egypt secured a three-year, $12 billion loan programme with the International
        # Monetary Fund": a rescue agreed by a state and a lender of states (4.3 agreement)
        add(found, _LOAN_DEAL_ENTRY)
    for found in _MARKET_ECONOMY.finditer(text) if "arket" in text else ():
        # "agreed to recognise China as a market economy", "granted market economy status
        # to Russia": a state's status in trade-defence cases (4.3 other)
        add(found, _MARKET_ECONOMY_ENTRY, group="status" if found.group("status") else "verb")
    owners_barred = []
    foreigners = any(word in text for word in _FOREIGN_WORDS)
    for found in _FOREIGN_OWNING_BARRED.finditer(text) if foreigners else ():
        # "Kazakhstan will bar foreign companies from owning more than 49% of new oil
        # projects": foreign ownership capped (4.3 investment_restriction)
        add(found, _OWNERS_BARRED_ENTRY)
        owners_barred.append(found.start("verb"))
    for found in _FOREIGN_OWNING_ALLOWED.finditer(text) if foreigners and (
            "allow" in text or "permit" in text or " let" in text) else ():
        # "Thailand will allow foreigners to own up to 49 percent of condominium units": the
        # curb on foreign ownership eased (4.3 investment_restriction)
        add(found, _OWNERS_ALLOWED_ENTRY, group="verb" if found.group("verb") else "passive")
    for found in _FOREIGN_OWNING_ENDED.finditer(text) if " no longer " in text else ():
        # "Foreigners without residency will no longer be able to buy existing homes": the
        # curb laid on foreign ownership (4.3 investment_restriction); the whole clause is
        # its words, so that neither "without" nor "no longer" reads as its negation
        add(found, _OWNERS_BARRED_ENTRY)
    for found in _SALE_TO_FOREIGNERS.finditer(text) if foreigners and " sale" in text else ():
        # "The cabinet restricted the sale of farmland to foreigners": foreign ownership
        # held back, or let again (4.3 investment_restriction)
        action = _FOREIGN_SALE_ACTIONS.get(found.group("verb").lower())
        if action is not None:
            add(found, _SALE_ENTRIES[action])
    for found in BARRED_FROM.finditer(text) if " from " in text and (
            " bar" in text or " prohibit" in text or " forb" in text) else ():
        # "Florida barred state agencies from flying drones made in China", "banned banks
        # from charging fees": conduct a public authority forbids a class of bodies (4.3
        # other: a duty placed on a class), unless its trade says another kind ("banned"
        # is a trigger of its own: `resolve_type`)
        if not found.group("verb").startswith("ban") and found.start("verb") not in owners_barred:
            add(found, _BARRED_ENTRY)
    for found in _INSPECTORS_AT_WORK.finditer(text) if "inspectors " in text else ():
        # "inspectors were also examining sweets from two other Ukrainian producers", "sent
        # veterinary inspectors to Polish slaughterhouses"
        add(found, _INSPECTION_ENTRY, group="verb" if found.group("verb") else "sent")
    for found in _DEPOSITS.finditer(text) if "deposit" in text else ():
        # "will require importers of pork to pay deposits of 15.6% to 62.4%", "must post
        # cash deposits of up to 30%": provisional anti-dumping duties, paid as a deposit
        # (4.3 trade_defence), by whoever lays them
        add(found, _DEPOSITS_ENTRY, group="deposit")
    for found in _STOPS_ISSUING.finditer(text) if (
            " issu" in text or " grant" in text or " approv" in text) and (
            "stop" in text or "halt" in text or "ceas" in text or "no longer" in text) else ():
        # "would stop issuing permits for new smelters", "has stopped issuing certificates
        # for Russia-bound meat": what the permits allow is halted (4.3: exports sent
        # abroad are an export control; anything else other)
        # ("stopped issuing import permits for Ugandan milk": goods kept out, 4.3 import_ban)
        kind = found.group("kind")
        abroad = kind == "export" or _BOUND_ABROAD.match(text, found.end())
        add(found, _STOPS_IMPORT_PERMITS if kind == "import"
            else _STOPS_EXPORT_PERMITS if abroad else _STOPS_PERMITS)
    for found in _charges_per_unit(text) if " pay " in text or " charged " in text \
            or " of " in text and ("fees" in text or "charge" in text or "levy" in text
                                    or "levies" in text or "toll" in text) else ():
        # "Ships owned by US firms will pay 400 yuan per net ton on each voyage", "Chinese-
        # built vessels will be charged $50 per net ton": a charge laid on a class of
        # people or goods by the unit (4.3 other), by whoever says so
        add(found, _OBLIGED_ENTRY)
    for found in _CHARGES_A_CLASS.finditer(text) if "charg" in text and " per " in text else ():
        # "The US will charge Chinese-built ships a fee of $50 per net ton": a charge by
        # the unit laid on a class named as the verb's object (4.3 other)
        add(found, _OBLIGED_ENTRY)
    for found in _ASKS_A_COURT.finditer(text) if " to " in text and (
            "ourt" in text or "ribunal" in text or "ecretariat" in text or " panel" in text) \
            else ():
        # "Germany has asked the European Court of Justice to annul the directive": a case
        # brought (4.3 investigation: judicial), by a state or a public body only (4.1)
        add(found, _COURT_ENTRY)
    for found in _AMOUNT_ALLOWED.finditer(text) if "amount of" in text or "quantity of" in text \
            or "volume of" in text else ():
        # "agreed to cut the amount of cod that can be caught in the North Sea": the
        # quantity allowed is held to a limit (4.3 quota)
        raised = found.group("verb").lower().startswith(_RAISING_AMOUNT)
        add(found, _QUOTA_EASED if raised else _QUOTA_LAID)
    for found in _around(text, _AGREE, _AGREED_JOINTLY, _AGREE_BEFORE, _AGREE_AFTER) \
            if "agree" in text else ():
        # "India and Australia on Monday also agreed to jointly assess five lithium
        # projects", "Japan agreed with Korea to scrap ...": a joint commitment (4.3
        # agreement), beside any measure it holds
        add(found, _AGREED_ENTRY, group=found.lastgroup or "verb", only_one=True)
    for found in _AGREED_ALONE.finditer(text) if " agreed " in text else ():
        # "That dispute was settled after Beijing agreed to phase out the rebates", "Japan
        # agreed in 1993 to open its rice market": a state's word given to another party
        # (4.3 agreement), beside any measure it holds; `_read` wants a state
        add(found, _AGREED_ALONE_ENTRY, only_one=True)
    for found in _ORDERED_TO_ACT.finditer(text) if " ordered " in text or " orders " in text \
            or " ordering " in text or " directed " in text or " directs " in text \
            or " instruct" in text else ():
        # "Japan's Fair Trade Commission ordered Google to stop restricting rival search
        # engines", "ordered Apple to pay 13 billion euros": what a public authority orders
        # a named party to do (4.3 other; `_read` wants the authority)
        add(found, _ORDERED_ENTRY)
    for found in _STATE_STAKE.finditer(text) if " stake" in text else ():
        # "Washington will take a 10% stake in Intel", "let the government take equity
        # stakes in the venture": public money put into a firm (4.3 subsidy); a firm's
        # stake is business, so `_read` wants a public authority
        add(found, _STAKE_ENTRY)
    for found in _EXEMPT_FROM_TAX.finditer(text) if "exempt" in text and " tax" in text else ():
        # "will exempt electric vehicles from purchase tax until 2027": a tax break for what
        # is exempted (4.3 subsidy)
        add(found, _TAX_BREAK_ENTRY)
    for found in _BAILED_OUT.finditer(text) if "bail" in text else ():
        # "The government bailed out the national airline": state aid (4.3 subsidy)
        add(found, _STAKE_ENTRY)
    for found in _STOPS_TAKING.finditer(text) if _may_stop_taking(text) else ():
        # "stopped accepting inbound parcels from China", "China stopped buying US
        # soybeans": goods from abroad refused (4.3 import_ban); taken again: eased
        add(found, _TAKES_AGAIN if found.group("back") else _STOPS_TAKING_ENTRY)
    for found in _LET_BACK_IN.finditer(text) if " back into" in text else ():
        # "China has let Australian coal back into its ports": a ban eased (4.3 import_ban)
        add(found, _TAKES_AGAIN)
    for found in _LICENCE_EXEMPTS.finditer(text) if "exempt" in text and "anction" in text \
            else ():
        # "A second licence exempts the Caspian Pipeline Consortium": a party let deal
        # despite the sanctions the article tells (4.4 ease)
        add(found, _LICENCE_EXEMPTS_ENTRY)
    for found in _FOREIGN_SHARE.finditer(text) if "oreign" in text else ():
        # "Foreign investors may hold no more than 49% of a telecoms operator", "foreign
        # banks will be allowed to own up to 100% of local lenders": a cap on foreign
        # ownership told as the share foreigners may hold (4.3 investment_restriction)
        allowed = found.group("allowed") is not None and found.group("most") is None
        add(found, _FOREIGN_SHARE_EASED if allowed
            else _FOREIGN_SHARE_HELD if found.group("modal").lower() in ("may", "can")
            else _FOREIGN_SHARE_CAPPED)
    for found in _FOREIGN_LET.finditer(text) if "oreign" in text else ():
        add(found, _FOREIGN_SHARE_EASED)
    for found in _CHARGED_WITH.finditer(text) if _may_charge(text) else ():
        # "Federal prosecutors charged Bernard Ebbers with fraud", "police arrested Calisto
        # Tanzi on suspicion of fraud": a party a public authority prosecutes (4.3
        # investigation: judicial)
        add(found, _CHARGED_ENTRY, group="verb" if found.group("verb") else "arrest")
    for found in _SUSPENDED_FROM.finditer(text) if "suspend" in text or "xpel" in text \
            or "readmit" in text or "reinstat" in text else ():
        # "Zimbabwe was suspended from the Commonwealth", "the African Union suspended Mali
        # from the bloc": a body of states shuts a member out (4.3 other); let back in:
        # lifted
        back = found.group("back") is not None
        add(found, _READMITTED_ENTRY if back else _SUSPENDED_ENTRY,
            group="back" if back else "active" if found.group("active")
            else "alone" if found.group("alone") else "verb")
    for found in _FORCED_TO_SELL.finditer(text) if " to sell" in text or " to divest" in text \
            else ():
        # "legislation that would force ByteDance to sell TikTok", "CFIUS ordered the Chinese
        # owner of the dating app Grindr to sell it": a forced sale (4.3
        # investment_restriction), whatever is sold (the nouns of the lexicon's rule are
        # common words: "its stake", "the unit")
        add(found, _FORCED_SALE_ENTRY, alone=True)
    for found in _LEAVING.finditer(text) if " leav" in text or " left " in text \
            or " quit" in text or "withdr" in text or " out of" in text else ():
        # "The United States will leave the World Health Organization", "Hungary quit the
        # ICC": a state gives up its membership of a body of states (4.3 other)
        add(found, _LEFT_ENTRY)
    for found in _ACCESS_BLOCKED.finditer(text) if "ccess to " in text else ():
        # "Access to ClipStream, a U.S. video-sharing site, has been blocked in China since
        # March": a firm's service a state shuts out (4.3 investment_restriction)
        add(found, _ACCESS_BLOCKED_ENTRY)
    for found in _TO_COURT.finditer(text) if " to court" in text else ():
        # "The European Commission took Hungary to court over its asylum law": a case a
        # public body brings (4.3 investigation: judicial)
        add(found, _TO_COURT_ENTRY)
    for found in _REFERRED.finditer(text) if " refer" in text else ():
        # "The OFT referred the grocery market to the Competition Commission", "could refer
        # BT to the Competition Commission": a case sent to a probing body (4.3
        # investigation)
        add(found, _REFERRED_ENTRY)
    for found in _INJURY_FOUND.finditer(text) if "injur" in text else ():
        # "a finding by the U.S. International Trade Commission that imports were a threat of
        # serious injury": the injury test of a safeguard or anti-dumping case (4.3
        # trade_defence, a probe's step)
        add(found, _INJURY_ENTRY)
    for found in _TO_THE_WTO.finditer(text) if names_wto(text) else ():
        # "threatened to take the EU to the WTO", "has asked the WTO to rule on the loans":
        # a dispute brought (4.3 investigation: a WTO complaint)
        add(found, _WTO_ENTRY, group=found.lastgroup or "verb")
    for found in _TO_A_TREATY_BODY.finditer(text) if " asked the " in text else ():
        # "Qatar has also asked the Montreal-based International Civil Aviation Organization
        # to rule that the airspace closures breach the Chicago Convention": a dispute
        # brought before the body of a treaty, as at the WTO (4.3 investigation)
        add(found, _WTO_ENTRY, group="asked")
    return by_sentence


_TO_THE_WTO = re.compile(
    r"\b(?P<verb>take|takes|took|taken|taking)\s+(?!(?:it|him|her|us|me|you|part|place)\b)"
    r"[^,.;:]{1,40}?\s+to\s+the\s+(?:WTO|World\s+Trade\s+Organi[sz]ation)\b"
    r"|\b(?P<asked>ask|asks|asked|asking)\s+the\s+(?:WTO|World\s+Trade\s+Organi[sz]ation)\s+"
    r"(?:(?:on|last|this|earlier\s+this)\s+[A-Z]?[a-z]+\s+)?"  # "asked the WTO on Friday to"
    r"(?:to\s+(?:rule|set\s+up|establish|examine|investigate)|for\s+(?:a\s+)?(?:ruling|panel))")
# A state asking an international body that settles disputes under its treaty to rule.
_TO_A_TREATY_BODY = re.compile(
    r"\b(?P<asked>asked)\s+the\s+(?:[A-Z][\w-]*-based\s+)?(?:International\s+Civil\s+Aviation"
    r"\s+Organi[sz]ation|ICAO|International\s+Court\s+of\s+Justice|ICJ|International\s+Maritime"
    r"\s+Organi[sz]ation|International\s+Tribunal\s+for\s+the\s+Law\s+of\s+the\s+Sea"
    r"|Permanent\s+Court\s+of\s+Arbitration)(?:\s+\([A-Z]+\))?\s+to\s+(?:rule|examine"
    r"|investigate|settle)\b")
# An apposition that calls the duty before it a safeguard: ", a safeguard that ...".
_CALLED_A_SAFEGUARD = re.compile(r"[^,;]{0,80},\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?safeguard\b")
# Two named parties agreeing to do something, or one agreeing with another; between the
# verb and "to", a time or place ("on Monday", "at a meeting in Abuja last month").
_AGREED_WHEN = r"(?:(?:on|last|this|in)\s+[\w.]+\s+|at\s+[^,.;:()]{1,40}?\s+)?"
_NAME = (r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3}"
         r"(?:\s+\([A-Z]{2,8}\))?")  # (its short form: "Southeast Asian Nations (ASEAN)")
_AGREED_JOINTLY = re.compile(
    rf"\b{_NAME}\s+and\s+(?:the\s+)?{_NAME}\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?"
    r"(?:(?:have|had|also|both|jointly|formally)\s+)*(?P<verb>agreed|agree)\s+"
    rf"{_AGREED_WHEN}to\s+[a-z]"
    rf"|\b(?P<with>agreed|agree|agrees)\s+(?:(?:on|last|this|in)\s+[\w.]+\s+)?with\s+"
    rf"(?:the\s+)?{_NAME}\s+{_AGREED_WHEN}to\s+[a-z]")
_AGREED_ENTRY = TriggerEntry("agreement", "verb", "agreed jointly", "impose")
# One named party that agreed to do something: the name, a few words of time, the verb and
# what it does (a verb, not "to the plan"); a step laid on others or kept ("has agreed to
# impose anti-dumping duties", "agreed to extend sanctions") is the body's own decision,
# and agreeing to weigh or talk something over commits it to nothing.
_AGREED_ALONE = re.compile(
    r"(?<![Ww]hich )(?<![Tt]hat )\b[A-Z][\w.'’-]*\s+"
    r"(?:(?:has|had|have|also|then|later|finally|eventually|in\s+turn)\s+)*(?P<verb>agreed)\s+"
    rf"{_AGREED_WHEN}to\s+(?!(?:the|a|an|it|its|this|that|these|those"
    r"|them|their|his|her|such|any|all|some|impose|introduce|ban|sanction|levy|slap|extend"
    r"|renew|prolong|tighten|widen|broaden|expand|keep|maintain|retain|blacklist|freeze"
    r"|toughen|step|consider|reconsider|study|examine|look|weigh|explore|review|discuss|meet"
    r"|testify|cooperate|co-operate|help|try)\b)[a-z]")
_AGREED_ALONE_ENTRY = TriggerEntry("agreement", "verb", "agreed alone", "impose")
_WTO_ENTRY = TriggerEntry("investigation", "verb", "take to the wto", "investigate")
# A named party ordered to act: the verb, the name (not a pronoun), "to" and what it must
# do (not sell or divest: a forced sale is an investment restriction of its own).
_ORDERED_TO_ACT = re.compile(
    r"\b(?P<verb>ordered|orders|ordering|directed|directs|instructed|instructs)\s+"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}to\s+(?!(?:sell|divest|dispose|be\b))"
    r"(?:stop|cease|end|halt|refrain|pay|refund|repay|change|scrap|withdraw|recall|suspend"
    r"|open|allow|unbundle|break|drop|remove|delete|block|shut|close|hand|return|compensate"
    r"|disclose|publish|submit|reduce|cut|lower|raise|modify|amend|reinstate)\b")
_ORDERED_ENTRY = TriggerEntry("other", "verb", "ordered to act", "impose")


def _may_stop_taking(text: str) -> bool:
    """Whether the text may tell goods from abroad refused or taken again (cheap tests)."""
    return (" accept" in text or " buying" in text or " importing" in text
            or " receiving" in text or " taking in" in text or " to buy" in text) \
        and ("stop" in text or "halt" in text or "suspend" in text or "ceas" in text
             or "refus" in text or "resum" in text or "restart" in text)


# The whole-text patterns whose scans cost most open with the first letters of their verbs,
# each followed by a look back for the word boundary ("t(?<=\bt)ake", not "\btake"): a regex
# whose alternatives open with a letter lets the engine skip to the next of those letters,
# where one that opens with a boundary is tried at every character (the same matches, at a
# third to a half of the cost).
# A stake taken in a firm, and a firm bailed out.
_STATE_STAKE = re.compile(
    r"(?P<verb>t(?<=\bt)(?:ake|akes|ook|aken|aking))\s+(?:an?\s+)?(?:[\d.]+\s?(?:%|per\s?cent)\s+)?"
    r"(?:equity\s+|minority\s+|majority\s+|controlling\s+|direct\s+)?stakes?\s+in\b")
_BAILED_OUT = re.compile(r"\b(?P<verb>bail|bails|bailed|bailing)\s+out\s+(?:the\s+|its\s+)?"
                         r"(?:[A-Z]|[a-z]+\s+(?:airline|bank|carrier|carmaker|firm|company"
                         r"|industry|lender|steelmaker|utility|insurer))")
_STAKE_ENTRY = TriggerEntry("subsidy", "verb", "stake taken in a firm", "impose")
_EXEMPT_FROM_TAX = re.compile(
    r"\b(?P<verb>exempt|exempts|exempted|exempting)\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?tax(?:es)?\b")
_TAX_BREAK_ENTRY = TriggerEntry("subsidy", "verb", "exempted from a tax", "impose")
# A country's word before goods: "US soybeans", "Australian coal".
_COUNTRY_WORD = r"(?:US|U\.S\.|UK|EU|[A-Z][a-z]+(?:an|ian|ese|ish|i))"
# A state that stops taking, or takes again, goods from a country named after them.
_STOPS_TAKING = re.compile(
    r"\b(?P<verb>(?:stop|stops|stopped|stopping|halt|halts|halted|halting|suspend|suspends"
    r"|suspended|suspending|cease|ceases|ceased)\s+(?:accepting|buying|importing|receiving"
    r"|taking\s+in)|refus(?:e|es|ed|ing)\s+to\s+(?:accept|buy|import|take\s+in)"
    r"|(?P<back>resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?)\s+(?:accepting|buying|importing"
    r"|receiving))\b"
    rf"(?=[^.;:]{{0,60}}?(?:\bfrom\s+(?:the\s+)?[A-Z]|\b{_COUNTRY_WORD}\s+[a-z]))")
_STOPS_TAKING_ENTRY = TriggerEntry("import_ban", "verb", "stopped taking goods", "impose")
_TAKES_AGAIN = TriggerEntry("import_ban", "verb", "took goods again", "ease")
_LET_BACK_IN = re.compile(
    r"\b(?P<verb>let|lets|letting|allowed|allow|allows|allowing)\s+"
    rf"{_COUNTRY_WORD}\s+(?:[a-z][\w-]*\s+){{1,3}}?"
    r"back\s+into\s+(?:its|their|the)\s+(?:ports?|markets?|country|shops|stores)\b")
# Words of a bank a state takes over to rescue it, and how near its verb they stand.
_BANKS = frozenset({"bank", "banks", "lender", "lenders", "insurer", "building", "society"})
_RESCUE_REACH = 8
# What a flow "stopped" or "curbed" may be of that no trade measure holds back.
_ILLICIT_FLOW = re.compile(r"\s+of\s+(?:illegal\s+|illicit\s+|deadly\s+)?(?:fentanyl|drugs"
                           r"|narcotics|opioids|migrants|immigrants|refugees|asylum|people"
                           r"|weapons|guns|arms\s+to\s+(?:the\s+)?(?:rebels|militants|cartels)"
                           r"|fighters|jihadists)\b", re.I)
_CAPITAL_FLOW = re.compile(r"\s+of\s+(?:[A-Z][\w-]*\s+|foreign\s+|private\s+)?(?:capital"
                           r"|investment|investments|money|funds)\b")
# A rate a measure is lifted to, in its object phrase ("lift tariffs on steel to 25%").
_LIFTED_TO_A_RATE = re.compile(r"[^.;:]{0,80}?\bto\s+(?:between\s+|as\s+much\s+as\s+"
                               r"|up\s+to\s+)?\d[\d.,]*\s*(?:%|per\s?cent)")
def _another_states_goods(view: SentenceView, trigger: Found) -> bool:
    """Whether the goods after "shipments of" are named by another state's demonym than the
    imposer's, and not sent on to a state ("shipments of Australian coal"; not "shipments
    of US chips to China")."""
    if view.low(trigger.last + 1) != "of":
        return False
    ent = view.ent_at.get(trigger.last + 2)
    if ent is None or not ent.demonym or ent.name == trigger.imposer:
        return False
    for at in range(ent.last + 1, min(len(view.toks), ent.last + _GOODS_REACH)):
        if view.low(at) in (",", ";", ".", "and") or view.low(at) in ("to", "for", "bound"):
            return view.low(at) not in ("to", "for", "bound")
    return True


_SHIPMENT_NOUNS = frozenset({"shipments", "deliveries", "cargoes"})
_GOODS_REACH = 6


def _paying_verb_before(view: SentenceView, trigger: Found, receiving: bool = True) -> int:
    """The verb that pays or hands a sum of help, a few words before it in its clause ("pay
    farmers 500 million euros in compensation", "will pay €10bn in subsidies to Intel");
    -1 when there is none. `receiving`: "get" counts too."""
    for at in range(trigger.first - 1, max(-1, trigger.first - _PAYING_REACH), -1):
        low = view.low(at)
        if low in (",", ";", ".", "said", "says") or low in ("which", "that", "who"):
            return -1
        if low in _SUM_GIVING and (receiving or low not in _SUM_GETTING):
            return at
    return -1


_SUM_GIVING = frozenset({"pay", "pays", "paid", "paying", "give", "gives", "gave", "giving",
                         "hand", "hands", "handed", "handing", "get", "gets", "getting"})
_SUM_GETTING = frozenset({"get", "gets", "getting"})
_PAYING_REACH = 7
# What lenders fund, not a group a state helps: "stop funding the US deficit".
_BORROWING = frozenset({"deficit", "deficits", "debt", "debts", "borrowing", "bonds"})
# A licence that exempts a named party: "A second licence exempts the Caspian Pipeline
# Consortium", "a separate licence exempting Gazprombank's payments".
_LICENCE_EXEMPTS = re.compile(
    r"\blicen[cs]es?\s+(?:(?:that|which)\s+)?(?:also\s+)?(?P<verb>exempts?|exempting)\s+"
    r"(?:the\s+)?[A-Z]")
_LICENCE_EXEMPTS_ENTRY = TriggerEntry("sanction", "verb", "licence exempting a party", "ease")
# The share of a firm or a sector foreigners may hold.
_FOREIGN_SHARE = re.compile(
    r"[Ff](?<=\b[Ff])oreign(?:-owned)?\s+(?:investors|companies|firms|banks|insurers|owners"
    r"|shareholders|groups|buyers|carriers|operators|entities)\s+"
    r"(?P<modal>may|can|will|would|could|are|were|must)\s+"
    r"(?:(?:only|now|still|also|already)\s+)?"
    r"(?:(?:be\s+)?(?P<allowed>allowed|permitted|able)\s+to\s+)?(?:not\s+)?"
    r"(?P<verb>own|hold|buy|control|acquire|take)\s+(?:(?P<most>no\s+more\s+than|not\s+more\s+than"
    r"|at\s+most|a\s+maximum\s+of|less\s+than)|up\s+to|as\s+much\s+as|more\s+than|all|100%)"
    r"\s*(?:\d[\d.]*\s*(?:%|per\s?cent))?")
# The same share let: "proposed allowing foreign airlines to own up to 24 percent of Indian
# carriers", "will let foreign banks hold as much as 49%".
_FOREIGN_LET = re.compile(
    r"\b(?P<verb>allow|allows|allowed|allowing|let|lets|letting|permit|permits|permitted"
    r"|permitting)\s+foreign(?:-owned)?\s+(?:[a-z]+\s+)?(?:investors|companies|firms|banks"
    r"|insurers|owners|shareholders|groups|buyers|carriers|airlines|operators|entities"
    r"|retailers|lenders)\s+(?:to\s+)?(?:own|hold|buy|control|acquire|take)\s+(?:up\s+to|as\s+much"
    r"\s+as|more\s+than|all|100%|a\s+majority|majority)")
_FOREIGN_SHARE_CAPPED = TriggerEntry("investment_restriction", "verb", "foreign share capped",
                                     "impose")
_FOREIGN_SHARE_HELD = TriggerEntry("investment_restriction", "verb", "foreign share held",
                                   "maintain")
_FOREIGN_SHARE_EASED = TriggerEntry("investment_restriction", "verb", "foreign share allowed",
                                    "ease")
_FOREIGN_SHARES = (_FOREIGN_SHARE_CAPPED, _FOREIGN_SHARE_HELD, _FOREIGN_SHARE_EASED)
# A named party charged with a crime, or arrested on charges or suspicion of one.
_CHARGED_WITH = re.compile(
    r"\b(?:(?P<verb>charged|charges|charging|indicted)\s+"
    # "charged former Enron chief executive Jeffrey Skilling with": a role before the name
    r"(?:(?:[a-z][\w-]*|[A-Z][\w.'’-]*)\s+){0,4}?(?:[A-Z][\w.'’-]*\s+){1,4}with\s+"
    r"(?!(?:the\s+)?(?:task|job|duty|responsibility|running|overseeing|handling)\b)"
    r"|(?P<arrest>arrested|arrests|detained)\s+(?:[A-Z][\w.'’-]*\s+){1,4}on\s+"
    r"(?:charges|suspicion)\s+of\s+)")


def _may_charge(text: str) -> bool:
    """Whether the text may name a party charged or arrested (cheap tests: most texts have
    " with ", far fewer a verb of the regex, whose scan costs as much as forty such tests)."""
    return (" with " in text or " on charges" in text or " on suspicion" in text) \
        and ("charg" in text or "indicted" in text or "arrest" in text or "detained" in text)


_CHARGED_ENTRY = TriggerEntry("investigation", "verb", "prosecution of a named party",
                              "investigate")
# A member suspended from a body, expelled from it, or let back in: "Mali was suspended
# from the African Union", "suspended Fiji from the Commonwealth", "was readmitted to the
# Commonwealth" (the body named after "from" or "to"; parties.py checks it is one).
_SUSPENDED_FROM = re.compile(
    r"\b(?:(?:was|were|is|are|been|be|being|had|has)\s+(?:(?:formally|temporarily|"
    r"indefinitely|effectively|also|now|since|then)\s+)?"
    r"(?P<verb>(?:suspended|expelled)\s+from)\s+(?:the\s+)?(?=[A-Z])"
    r"|(?P<active>(?:suspended|suspends|suspend|suspending|expelled|expels|expel|expelling)"
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}from)\s"
    r"|(?P<back>(?:readmitted|readmits|readmit|readmitting|reinstated|reinstates|reinstate"
    r"|reinstating)\s+(?:(?:[A-Z][\w.'’-]*\s+){1,4})?(?:to|into))\s+(?:the\s+)?(?=[A-Z])"
    # "The Mercosur bloc has suspended Venezuela indefinitely": the bloc is the subject
    r"|(?P<alone>(?:suspended|suspends|expelled|expels)(?:\s+[A-Z][\w.'’-]*){1,3})"
    r"(?=\s+(?:indefinitely|temporarily|over|for|after|until|following|with|in|on|last)\b"
    r"|\s*[,.;]))")
# Verbs that take a holder's licence away.
_WITHDRAWING = ("revok", "suspend", "cancel", "withdr", "strip")
# Verbs of a bid to enter a body, not to buy a firm: "Russia's bid to join the WTO".
_JOINING = frozenset({"join", "rejoin", "enter", "become"})
_LEAVING = re.compile(
    r"(?P<verb>l(?<=\bl)(?:eave|eaves|eft|eaving)|q(?<=\bq)(?:uit|uits|uitting)"
    r"|w(?<=\bw)(?:ithdraw|ithdraws|ithdrew|ithdrawn|ithdrawing)\s+from"
    r"|p(?<=\bp)(?:ull|ulls|ulled|ulling)\s+out\s+of)\s+(?:the\s+)?(?=[A-Z])")
_LEFT_ENTRY = TriggerEntry("other", "verb", MEMBERSHIP_LEFT, "impose")
_FORCED_TO_SELL = re.compile(
    r"\b(?P<verb>forc(?:e|es|ed|ing)|order(?:s|ed|ing)?|compel(?:s|led|ling)?)\s+"
    r"(?=(?:[\w'’.&-]+\s+){1,8}?to\s+(?:sell|divest)\s+(?:(?:it|them)\b|[A-Z]))")
_FORCED_SALE_ENTRY = TriggerEntry("investment_restriction", "verb", "ordered to sell", "impose")
_SUSPENDED_ENTRY = TriggerEntry("other", "verb", MEMBERSHIP_SUSPENDED, "impose")
_READMITTED_ENTRY = TriggerEntry("other", "verb", MEMBERSHIP_SUSPENDED, "lift")
# A named service or site whose access is blocked, in the passive: "Access to ClipStream,
# a U.S. video-sharing site, has been blocked in China".
_ACCESS_BLOCKED = re.compile(
    r"\b[Aa]ccess\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
    r"(?:\s*,[^,;]{1,60},)?\s+(?:has|have|had)?\s*(?:been\s+|was\s+|were\s+|is\s+|are\s+)"
    r"(?:(?:also|largely|partly|briefly|again)\s+)?(?P<verb>blocked|restricted|cut\s+off|banned)\b")
_ACCESS_BLOCKED_ENTRY = TriggerEntry("investment_restriction", "verb", ACCESS_BLOCKED, "impose")
# A party a public body takes to court: "took Hungary to court over its asylum law".
_TO_COURT = re.compile(
    r"(?P<verb>t(?<=\bt)(?:ake|akes|ook|aken|aking))\s+(?!(?:it|him|her|us|me|you|part|place)\b)"
    r"[^,.;:]{1,40}?\s+to\s+court\b")
_TO_COURT_ENTRY = TriggerEntry("investigation", "verb", "take to court", "investigate")
# The forms of "sue" that are verbs however they stand ("sue" and "sues" are nouns too).
_SUE_FORMS = frozenset({"sued", "suing"})
_ASKS_A_COURT = re.compile(
    r"(?P<verb>a(?<=\ba)(?:sk|sks|sked|sking)|p(?<=\bp)etition(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}(?:[Cc]ourt|[Tt]ribunal|[Ss]ecretariat"
    r"|(?:[Dd]ispute|[Aa]rbitration|[Tt]rade|WTO|NAFTA|USMCA)\s+panel)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?"
    r"(?:,[^,.;]{1,60},)?"  # ("the General Secretariat of the Andean Community, the trade
    # bloc's executive body, to rule on ...")
    r"\s+to\s+(?:annul|overturn|block|strike\s+down|halt|suspend|rule|quash|void|invalidate"
    r"|review|examine)\b")
_COURT_ENTRY = TriggerEntry("investigation", "verb", COURT_CASE, "investigate")
# A case sent to a body that probes or tries it: "referred the deal to the Competition
# Commission", "referred the case to prosecutors".
_REFERRED = re.compile(
    r"(?P<verb>r(?<=\br)efer(?:s|red|ring)?)\s+(?!(?:to|it|him|her|us|me|you)\b)"
    r"[^,.;:]{1,60}?\s+to\s+(?:the\s+)?(?:Competition\s+(?:Commission|Tribunal|Appeal\s+Tribunal)"
    r"|Monopolies\s+and\s+Mergers\s+Commission|Serious\s+Fraud\s+Office"
    r"|(?:competition|antitrust)\s+(?:authorit(?:y|ies)|regulators?|watchdogs?)"
    r"|prosecutors|public\s+prosecutor|(?:European\s+)?Court\s+of\s+Justice"
    # ("would refer the sector to the commission": the commission named before)
    r"|commission(?=\s*[,.;]))\b")
_REFERRED_ENTRY = TriggerEntry("investigation", "verb", "refer to a probing body", "investigate")
# An authority's finding that imports injure an industry (not one that they were not shown
# to: "had failed to show that imports harmed").
_INJURY_FOUND = re.compile(
    r"\b(?P<verb>found|ruled|determined|concluded|finding|determination)\b"
    # (a full stop only inside a name: "the U.S. International Trade Commission")
    r"(?:(?!\b(?:failed|not|no|never|without)\b)(?:[^.;:]|(?<=\b[A-Z])\.)){0,90}?\bthat\s+"
    r"(?:[\w-]+\s+){0,4}?imports\b(?:[^.;:]|(?<=\b[A-Z])\.){0,80}?\b(?:injury|injured|injuring)\b")
_INJURY_ENTRY = TriggerEntry("trade_defence", "verb", "injury finding", "investigate")


# What public money is put up to do: help a group, or better or prop up what it has ("to
# compensate growers", "to improve school dinners", "to shore up prices").
_HELPING = (r"(?:help|compensate|support|assist|subsidi[sz]e|bail\s+out|rescue|improve"
            r"|boost|shore\s+up|prop\s+up|revive|cushion|offset)")
# The word after a sum that names its currency ("5m euros"), if any.
_CURRENCY_WORDS = (r"(?:\s+(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|marks?|reais"
                   r"|ringgit|crowns?|won|pesos?|rand|roubles?|rubles?|lira|zlotys?|baht"
                   r"|naira|kronor|kroner|krona|krone|rupiah|dong|shillings?|levs?|leva|lei"
                   r"|hryvnias?|tenge|forints?|korun[ay]|kunas?|dinars?|dirhams?|riyals?"
                   r"|rials?|maloti|kwacha|cedis?|birr|taka|soles|manats?|lari|drams?))?")
# The groups public money goes to.
_RECIPIENTS = (r"(?:(?:its|their|the|local|domestic|struggling|small|[a-z]+-hit)\s+)?"
               r"(?:[a-z]+\s+)?(?:carmakers|chipmakers|makers|manufacturers|producers|farmers"
               r"|growers|firms|companies|businesses|industries|exporters|steelmakers|airlines"
               r"|miners|fishermen|households|families|pensioners|workers|students|banks"
               r"|developers|utilities|startups|start-ups|owners|operators)")
# Public money put up for a group: a verb of funding, a sum, maybe what it is ("in aid"),
# and the help it gives.
_MONEY_TO_HELP = re.compile(
    r"(?P<verb>s(?<=\bs)(?:(?:et|ets|etting)\s+aside|pend|pends|pending|pent)"
    r"|e(?<=\be)armark(?:s|ed|ing)?"
    r"|a(?<=\ba)(?:llocat(?:e|es|ed|ing)|nnounc(?:e|es|ed|ing)|pprov(?:e|es|ed|ing))"
    r"|o(?<=\bo)ffer(?:s|ed|ing)?"
    r"|p(?<=\bp)(?:rovid(?:e|es|ed|ing)|ledg(?:e|es|ed|ing)|romis(?:e|es|ed|ing))"
    r"|m(?<=\bm)(?:ake|akes|ade|aking)|u(?<=\bu)nveil(?:s|ed|ing)?)\s+"
    r"(?:an?\s+(?:[\w-]+\s+)?(?:fund|package|pot)\s+of\s+)?"
    r"(?:(?:an?|about|some|around|nearly|almost|up\s+to|more\s+than|another|a\s+further"
    r"|(?:an?\s+)?(?:extra|additional))\s+)?"
    r"(?:[A-Z]{0,3}[$£€¥]\s?\d[\d.,]*|\d[\d.,]*)\s*(?:m|bn|k|billion|million|trillion)?"
    rf"{_CURRENCY_WORDS}"
    r"(?:\s+\([^()]{1,20}\))?(?:\s+available)?"
    r"(?P<kind>\s+(?:in|of)\s+(?:state\s+|public\s+|government\s+|emergency\s+|direct\s+)?"
    r"(?:aid|subsidies|grants|compensation|support|help|relief|funding))?"
    # the span the money covers: "will spend an extra £40m over three years to help"
    r"(?:\s+(?:a|per|each)\s+year|\s+over\s+(?:the\s+next\s+)?[\w-]+\s+years?"
    r"|\s+(?:this|next)\s+year)?"
    rf"(?:(?P<help>\s+to\s+{_HELPING}\b)"
    # ("make up to €3bn available to battery makers", "set aside £2bn for zero-emission
    # vehicle production", "pledged £3 million from its ports fund to the scheme")
    rf"|\s+(?:to|for)\s+(?:\d[\d,]*\s+)?{_RECIPIENTS}\b"
    r"|\s+for\s+(?:[\w-]+\s+){0,3}?(?:production|research|manufacturing|projects|investment"
    r"|development|training|schemes?|programmes?|programs?)\b"
    r"|(?:\s+from\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,2}fund)?\s+to\s+(?:the|a|its|this)\s+"
    r"(?:[\w-]+\s+){0,2}(?:scheme|programme|program|project|fund)\b)")
# A sum given as help: "C$370 million in support for canola farmers", "£50m of emergency
# aid to growers", "a £1bn package of childcare support".
_MONEY_IN_AID = re.compile(
    r"(?:[A-Z]{0,3}[$£€¥]\s?\d[\d.,]*|\b\d[\d.,]*)\s*(?:m|bn|billion|million|trillion)?"
    rf"{_CURRENCY_WORDS}"
    r"(?:\s+\([^()]{1,20}\))?\s+(?:(?:package|programme|program|fund)\s+)?(?:in|of)\s+"
    r"(?:(?:new|extra|additional|fresh|state|public|government|emergency|federal|financial"
    r"|direct|farm|childcare|income|drought|flood|disaster|transition|transitional|heating"
    r"|fuel|energy|food|housing|cash|winter)\s+){0,2}"
    r"(?P<aid>aid|support|compensation|relief|assistance|subsidies|grants|handouts)"
    r"(?:\s+(?:for|to)\s+(?!(?:the\s+)?(?:plan|idea|proposal|deal|bill|move|policy|campaign)\b)"
    r"|\s+(?:over|during|this|next|in)\b|\s*[,.])")
# People who get public money, what they are to receive, and its sum (before or after).
_MONEY = r"(?:[A-Z]{0,3}[$£€¥]\s?\d[\d.,]*|\b\d[\d.,]*)\s*(?:m|bn|billion|million)?"
_RECEIVES_MONEY = re.compile(
    r"\b(?i:households|pensioners|parents|families|farmers|growers|workers|children|child"
    r"|students|carers|claimants|veterans|fishermen|taxpayers|retirees|mothers|savers"
    r"|motorists|homeowners|buyers|employees|owners|drivers|exporters|producers|smallholders"
    r"|consumers|residents|tenants|patients)\b[^.;:]{0,60}?\b(?:will|would|are\s+to|is\s+to"
    r"|shall|to)\s+(?:also\s+|again\s+|now\s+|each\s+|then\s+)?(?:receive|get)\s+(?:an?\s+)?"
    r"(?:(?:new|one-off|one-time|extra|further|annual|monthly|weekly|tax-free|cash|lump-sum"
    r"|[\w-]+)\s+){0,3}?"
    rf"(?:(?P<sum>{_MONEY})\s+)?(?:[\w-]+\s+)?"
    r"(?P<aid>payment|supplement|grant|allowance|voucher|bonus|rebate|handout|subsidy"
    r"|payments|grants|allowances|vouchers|rebates|handouts|subsidies)\b"
    rf"(?(sum)|\s+(?:of|worth)\s+{_MONEY})")
_RECEIVED_ENTRY = TriggerEntry("subsidy", "direct", "money received")
_AID_NOUNS = (" aid", " support", " compensation", " relief", " assistance", " subsidies",
              " grants", " handouts")
_AID_ENTRY = TriggerEntry("subsidy", "direct", "money in aid")
_FUNDING_VERBS = ("aside", "earmark", "allocat", "offer", "provid", "pledg", "promis", "available",
                  "spen", "announc", "unveil", "approv")
_FUNDING_ENTRY = TriggerEntry("subsidy", "verb", "money to help", "impose")
_BOUGHT_FOR_PRICES = re.compile(
    r"\b(?P<verb>buy|buys|bought|buying|purchas(?:e|es|ed|ing))\s+(?:up\s+)?"
    r"(?:(?:up\s+to|about|some|around|nearly|more\s+than|another|an\s+extra|a\s+further)\s+)?"
    r"\d[\d.,]*[^.;:!?]{0,100}?\s+(?:in\s+(?:an\s+effort|a\s+bid|an\s+attempt)\s+)?to\s+"
    r"(?:shore\s+up|support|prop\s+up|boost|stabili[sz]e|lift|raise)\s+(?:the\s+)?"
    r"(?:(?:domestic|local|farm|crop|market|world|falling|sagging)\s+)?prices\b")
_FUND_SET_UP = re.compile(
    r"\b(?P<verb>(?:set|sets|setting)\s+up|(?:creat|establish|launch)(?:e|es|ed|ing|s)?)\b"
    r"(?=\s+an?\s+(?:new\s+|special\s+|national\s+|state\s+)?(?:[A-Z$£€¥]{0,3}\d[\d.,]*\s*"
    r"(?:m|bn|billion|million)?\s+)?fund\s+to\s+(?:support|help|aid|assist|compensate"
    r"|subsidi[sz]e|rescue)\b)")
# A quantity of goods allowed, cut or raised: "cut the amount of cod that trawlers may land".
_AMOUNT_ALLOWED = re.compile(
    r"\b(?P<verb>cut|cuts|cutting|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)"
    r"|increas(?:e|es|ed|ing)|limit(?:s|ed|ing)?|cap(?:s|ped|ping)?|halv(?:e|es|ed|ing))\s+"
    r"the\s+(?:total\s+)?(?:amount|quantity|volume)\s+of\s+[\w\s-]{1,40}?\s+(?:that|which)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:may|can|could|will\s+be\s+allowed\s+to|are\s+allowed\s+to)\s+"
    r"(?:be\s+)?(?:land|landed|catch|caught|import|imported|export|exported|sell|sold"
    r"|produce|produced|brought\s+in|bring\s+in|ship|shipped)\b", re.I)
_RAISING_AMOUNT = ("rais", "increas")
_QUOTA_LAID = TriggerEntry("quota", "verb", "cut the amount allowed", "impose")
_QUOTA_EASED = TriggerEntry("quota", "verb", "raise the amount allowed", "ease")


def _money_in_aid(text: str) -> Iterator[re.Match[str]]:
    """The sums given as help in the text (most texts have none)."""
    if not any(noun in text for noun in _AID_NOUNS):
        return iter(())
    return _around(text, _AID_AFTER_OF, _MONEY_IN_AID, _MONEY_BEFORE_AID, _AID_TAIL, "aid")


def _around(text: str, anchor: re.Pattern[str], pattern: re.Pattern[str], before: int,
            after: int, group: int | str = 0, needs: re.Pattern[str] | None = None
            ) -> Iterator[re.Match[str]]:
    """The matches of a costly `pattern` tried only in windows around the cheap `anchor`'s
    matches (from `before` characters before one to `after` after it), each once (by the
    start of its `group`: windows may overlap); with `needs`, only in windows where it
    matches after the anchor (a sum's digit: most windows have none)."""
    return _in_windows(text, _windows(text, anchor, before, after, needs), pattern, group)


def _windows(text: str, anchor: re.Pattern[str], before: int, after: int,
             needs: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """`_around`'s windows: (start, end) around each match of `anchor`, in order."""
    windows = []
    for near in anchor.finditer(text):
        start, end = max(0, near.start() - before), min(len(text), near.end() + after)
        if needs is None or needs.search(text, near.end(), end) is not None:
            windows.append((start, end))
    return windows


def _in_windows(text: str, windows: list[tuple[int, int]], pattern: re.Pattern[str],
                group: int | str = 0) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in the windows, each once (by the start of its `group`)."""
    seen: set[int] = set()
    for start, end in windows:
        for found in pattern.finditer(text, start, end):
            if found.start(group) not in seen:
                seen.add(found.start(group))
                yield found


# The cheap words around which the patterns of joint commitments and money received are
# tried, and how far before and after them those may reach. Each anchor opens with its word
# and looks behind it for the word boundary: one opening with "\b" is tried at every
# character of the text, one opening with a letter only where that letter stands.
_AGREE = re.compile(r"agree(?<=\bagree)[ds]?\b")
_AGREE_BEFORE = 160
_AGREE_AFTER = 100
_RECEIVE = re.compile(r"(?:receive(?<=\breceive)|get(?<=\bget))\b")
_RECEIVE_BEFORE = 100
_RECEIVE_AFTER = 120


# Where a sum given as help may be: a help noun a word or two after "in" or "of"; the sum
# stands at most this many characters before, its tail this many after.
_AID_AFTER_OF = re.compile(r"(?:in(?<=\bin)|of(?<=\bof))\s+(?:[\w-]+\s+){0,2}?(?:aid|support"
                           r"|compensation|relief|assistance|subsidies|grants|handouts)\b")
_MONEY_BEFORE_AID = 96
_AID_TAIL = 40  # (the tail looks past "for the")


# Public money handed to a group: to its members for a purpose ("give carmakers £500m to
# build"), or a sum to them ("grants $39 billion to chipmakers").
_GIVING = (r"(?P<verb>give|gives|gave|giving|grant|grants|granted|granting|hand|hands|handed"
           r"|lend|lends|lent|lending)")
# Paying a group is help only for a purpose that says so ("will pay farmers 500 million euros
# to compensate for the drought"; not "pay contractors $5bn to build the bridge").
_PAYING = r"(?P<verb>pay|pays|paid|paying)"
_SUM_GIVEN = (rf"(?:an?\s+(?:extra\s+|further\s+)?)?{_MONEY}{_CURRENCY_WORDS}"
              r"\s+(?:\([^()]{1,30}\)\s+)?(?:in\s+\w+\s+)?"
              # "would lend 200 million pesos ($4.7 million) at low interest to growers"
              r"(?:at\s+(?:low|zero|no|cheap|preferential|subsidi[sz]ed)\s+(?:interest"
              r"|rates?)\s+)?")
_MONEY_GIVEN_FOR = re.compile(
    rf"\b{_GIVING}\s+{_RECIPIENTS}\s+{_SUM_GIVEN}to\s+"
    r"(?:build|develop|expand|invest|buy|cover|make|produce|upgrade|modernise|modernize"
    r"|replace|keep|hire|cut|switch)\b")
_MONEY_GIVEN_TO = re.compile(rf"\b{_GIVING}\s+{_SUM_GIVEN}to\s+{_RECIPIENTS}\b")
_MONEY_PAID_TO_HELP = re.compile(rf"\b{_PAYING}\s+{_RECIPIENTS}\s+{_SUM_GIVEN}to\s+{_HELPING}\b")
# A sum paid to a group for something it is to do: "paid €24 million to 173 vessel owners to
# tie up their boats".
_MONEY_PAID_TO = re.compile(rf"\b{_PAYING}\s+{_SUM_GIVEN}to\s+(?:\d[\d,]*\s+)?{_RECIPIENTS}"
                            r"\s+(?:to|for)\s+[a-z]")


def _may_give(text: str) -> bool:
    """Whether the text may hold money handed to a group (cheap tests first)."""
    return any(verb in text for verb in (" give", " gave", " grant", " hand", " pay",
                                         " paid ", " lend", " lent ")) \
        and _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")
# The verbs around which those patterns are tried, and how far after them they may reach.
_GIVE = re.compile(r"g(?:iv|ave|rant)|hand|len[dt]")  # (no leading \b: a literal prefix
# scans fast)
_PAY = re.compile(r" pa(?:ys?|id|ying) ")
_GIVE_AFTER = 200


def _may_fund(text: str) -> bool:
    """Whether the text may hold public money put up for a group (cheap tests first)."""
    return any(verb in text for verb in _FUNDING_VERBS) and _DIGIT.search(text) is not None \
        and (_PURPOSE.search(text) is not None or " for " in text or " to " in text)


_PURPOSES = (" to help", " to compensate", " to support", " to assist", " to subsidi",
             " to bail out", " to rescue", " to improve", " to boost", " to shore up",
             " to prop up", " to revive", " to cushion", " to offset")
# Whether any of them is in a text: one scan for their shared " to " (a third of the cost of
# fourteen substring tests), then the words after it.
_PURPOSE = re.compile("|".join(re.escape(purpose) for purpose in _PURPOSES))


# What a class of people, firms or goods will have to, or must, do (the modal first, a
# cheap scan; then the plural noun right before it, up to a place it is from).
_OBLIGATION_MODAL = re.compile(
    r"\b(?:(?:will|shall)\s+(?:(?:also|now|then|still)\s+)?"
    r"(?:have\s+to|need\s+to|be\s+(?:required|obliged|forced|made)\s+to"
    r"|be\s+(?:barred|banned|prohibited|forbidden)\s+(?:from\s+\d{4}\s+)?from"
    # "will need government approval to buy": a permission made a duty (a licence needed
    # is a trigger of its own)
    r"|need\s+(?:(?:government|official|prior|regulatory|state|ministerial|special)\s+)?"
    r"(?:approval|permission|consent)\s+to)"
    r"|must(?:\s+(?:also|now|still))?(?!\s+(?:be\s+)?(?:not|never)\b)"
    # "Grain traders are obliged to sell a fifth of it under an order issued on Tuesday"
    r"|(?:are|is)\s+(?:now\s+)?(?:required|obliged|forced)\s+to)\s+(?P<verb>[a-z]+)\b")
# A word of a name, with the dots of initials ("U.S.") but not a sentence's full stop.
_NAME_WORD = r"[A-Z](?:[\w-]|\.(?=\w))*(?:(?<=[A-Z])\.)?"
# What may follow the class: a place or a thing it deals in ("owners of farmland",
# "carmakers in Germany"), or a short clause saying which of them ("companies that obtain a
# licence", "firms operating the two biggest fields").
_CLASS_WHICH = (rf"(?:\s+(?:from|in|of|at)\s+(?:the\s+)?(?:(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}"
                r"|[a-z][\w-]*)"
                r"|\s+(?:that|who)\s+(?!(?:is|are|was|were|has|have|had)\b)[a-z]+"
                r"(?:\s+[\w-]+){1,4}"
                r"|\s+(?:operating|running|selling|importing|exporting|owning|holding|making"
                r"|producing|using|earning)(?:\s+[\w,-]+){1,6})?")
_OBLIGED_CLASS = re.compile(
    r"\b(?!(?:we|they|you|these|those|others|members|officials|ministers|leaders)\b)"
    rf"[a-z][\w-]*[a-z]s{_CLASS_WHICH}\s+\Z")
_CLASS_REACH = 60  # characters before the modal that may hold the class and its place
# The same class opening its sentence, capitalized: "Importers must pay ...".
_OBLIGED_CLASS_OPENING = re.compile(
    r"(?:\A|[.!?]\s+|\n|\s[-–—]\s+)[\"“]?"
    r"(?!(?:We|They|You|These|Those|Others|Members|Officials|Ministers|Leaders|Analysts"
    r"|Economists|Critics|Experts|Observers)\b)"
    rf"(?P<word>[A-Z][a-z-]*[a-z]s){_CLASS_WHICH}\s+\Z")


def _class_before(text: str, at: int) -> bool:
    """Whether a class of people, firms or goods stands right before `at` ("importers",
    "carmakers in Germany"), in lower case or opening the sentence."""
    start = max(0, at - _CLASS_REACH)
    if _OBLIGED_CLASS.search(text, start, at) is not None:
        return True
    opening = _OBLIGED_CLASS_OPENING.search(text, start, at)
    # (a name that ends in "s" is no class: "Belarus must return the oil by Friday")
    return opening is not None and not _a_name(opening.group("word"))


def _a_name(word: str) -> bool:
    """Whether a capitalized word is the name of a state, a place or an organization, or
    ends as no plural does ("Belarus", "Congress", "Tunis")."""
    return word.endswith(("us", "ss", "is")) or country_name(word) is not None \
        or is_place(word) or organization_name(word) is not None
# The cheap scan first: a literal space opens it, which the regex engine looks for fast.
_OBLIGATION_KEY = re.compile(r" (?:must|have to|need to|required to|obliged to|forced to"
                             r"|need (?:\w+ )?(?:approval|permission|consent) to"
                             r"|made to|barred from|banned from|prohibited from"
                             r"|forbidden from|barred|banned|prohibited|forbidden) ")
_MODAL_REACH = 25  # characters between the start of a modal and its key word


def _duties_on_a_class(text: str) -> Iterator[re.Match[str]]:
    """Each modal of duty ("will have to", "must") with a class of people, firms or goods
    right before it."""
    for key in _OBLIGATION_KEY.finditer(text):
        found = _OBLIGATION_MODAL.search(text, max(0, key.start() - _MODAL_REACH), key.end() + 40)
        if found is not None and found.start() <= key.start() + 1 < found.end() \
                and found.group("verb") not in _DECIDING and _class_before(text, found.start()):
            yield found


# Verbs of a decision still to take, no duty: "member states must still approve them".
_DECIDING = frozenset({"approve", "ratify", "endorse", "agree", "decide", "vote", "consent",
                       "choose", "sign"})
# When or under what such a duty holds: a day it starts from or must be met by, or a rule.
_OBLIGATION_WHEN = re.compile(
    r"\b(?:[Ff]rom|[Bb]y|[Ss]tarting|[Ww]ithin|[Bb]efore|[Uu]ntil(?:\s+at\s+least)?)\s+"
    r"(?:the\s+(?:end|start|beginning)\s+of\s+)?"
    r"(?:(?:next|this)\s+(?:year|month|week)|[A-Z][a-z]{2,8}\.?\s+\d|\d|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\."
    r"|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"|\b[Ww]ithin\s+(?:a|one|two|three|four|five|six|seven|ten|\d+)\s+(?:days?|weeks?"
    r"|months?|years?)\b"
    r"|\b[Uu]nder\s+(?:the\s+)?(?:(?:new|proposed|draft|separate|revised|tougher|stricter)"
    r"\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:[a-z][\w-]*\s+){0,2}"
    r"(?:rules?|law|laws|regulations?|directive|decree|act|Act|scheme|plans?|order)\b")
_OBLIGED_ENTRY = TriggerEntry("other", "verb", DUTY_ON_A_CLASS, "impose")
_FOREIGN_OBLIGED_ENTRY = TriggerEntry("investment_restriction", "verb", DUTY_ON_A_CLASS,
                                      "impose")
# The words that open a class of foreigners, lower case.
_FOREIGN_WORDS = ("foreign", "overseas", "non-resident")
# A class of foreigners right before the duty, and what it is told to do with stakes.
_FOREIGN_CLASS = re.compile(r"\b(?:[Ff]oreign|[Oo]verseas|[Nn]on-resident)(?:-[a-z]+)?"
                            r"(?:\s+[a-z-]+){1,2}\s+$")
_OWNING = re.compile(r"[^.;]{0,60}?\b(?:buy(?:s|ing)?|acquir(?:e|es|ing)|own(?:s|ing)?"
                     r"|hold(?:s|ing)?|sell(?:s|ing)?|divest(?:s|ing)?|cede|ceding"
                     r"|tak(?:e|es|ing))\b"
                     r"[^.;]{0,40}?(?:stakes?|control|shares|percent|per\s+cent|%|majority)")
# A class still kept from doing something: "Private carriers remain barred from flying to the
# Gulf", "foreign banks are still prohibited from opening branches".
_REMAIN_BARRED = re.compile(
    r"\b[a-z][\w-]*[a-rt-z]s\s+(?:will\s+|would\s+)?(?:also\s+)?"
    r"(?P<verb>remain|remains|remained|stay|stays|stayed|are\s+still|were\s+still)\s+"
    r"(?:barred|banned|prohibited|forbidden)\s+from\s+[a-z]+ing\b")
_STILL_OBLIGED_ENTRY = TriggerEntry("other", "verb", DUTY_ON_A_CLASS, "maintain")
# A state given the status that makes dumping harder to prove: "to recognise China as a
# market economy", "grant Ukraine market economy status" (4.3 other).
_MARKET_ECONOMY = re.compile(
    r"\b(?P<verb>grant|grants|granted|granting|give|gives|gave|given|giving|award|awards"
    r"|awarded|recogni[sz]e|recogni[sz]es|recogni[sz]ed|recogni[sz]ing)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+"
    r"(?:(?:as\s+)?(?:a|an|full)\s+)?market[- ]economy\b"
    r"|(?P<status>(?:full\s+)?market[- ]economy\s+status)\b)")
_MARKET_ECONOMY_ENTRY = TriggerEntry("other", "verb", "market economy status", "impose")
# A loan a state agrees with a lender of states: "secured a three-year, $12 billion loan
# programme with the International Monetary Fund", "reached a bailout deal with the IMF".
_LOAN_DEAL = re.compile(
    r"\b(?P<verb>secured|secure|secures|securing|agreed|agree|agrees|reached|reach|reaches"
    r"|signed|sign|signs|struck|strike|clinched|clinch|sealed|seal)\s+(?:a|an|the|its)\s+"
    r"(?:[\w$€£.,-]+\s+){0,5}?(?:loan|bailout|rescue|stand-?by|credit|financing|aid)\s+"
    r"(?:programme|program|deal|package|agreement|arrangement|facility|accord)\s+with\s+"
    r"(?:the\s+)?(?:International\s+Monetary\s+Fund|IMF|World\s+Bank)\b")
_LOAN_DEAL_ENTRY = TriggerEntry("agreement", "verb", "loan deal", "impose")
# A party a sanctions authority designates by name: "the Office of Foreign Assets Control
# designated Pacific Lantern Shipping", "Treasury also designated two Iranian officials"
# (4.3 sanction); only in a sentence that speaks of sanctions or their authorities.
_DESIGNATED_BY_NAME = re.compile(
    r"(?<!\ba )(?<!\bthe )(?<!\bits )\b(?P<verb>designated|designates|designating"
    r"|redesignated)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?=[A-Z][\w'’-]*[a-z]|Iranian|Russian|Chinese|North\s+Korean)")
_SANCTIONS_CONTEXT = re.compile(r"[Ss]anction|Foreign\s+Assets|OFAC|Treasury|State\s+Department"
                                r"|terror|[Bb]lacklist|asset\s+freeze|[Ff]roze")
_DESIGNATED_ENTRY = TriggerEntry("sanction", "verb", "designated by name", "impose")
# Licences that let a firm trade: "licences that allowed Huawei to buy American components".
_LICENCE_TO_TRADE = re.compile(
    r"s?\s+(?:that|which)\s+(?:had\s+)?(?:allowed|allow|allows|let|lets|permitted|permit"
    r"|permits|enabled|enable|enables)\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:to\s+)?(?:buy|ship"
    r"|sell|export|supply|obtain|import)\b")
_WHITE_LISTS = frozenset({"white list", "whitelist", "list of trusted trading partners"})
_OFF_A_LIST = ("remov", "drop", "strip", "struck", "strik", "delist", "exclud", "downgrad")
_BACK_ON_A_LIST = ("restor", "return", "reinstat", "add", "put", "readmit", "upgrad")
# Rules whose words say they hold foreign investment back, right after their noun.
_ON_FOREIGN_OWNERSHIP = re.compile(
    r"\s+(?:on|barring|banning|limiting|restricting|capping|governing|that\s+(?:bar|ban|limit"
    r"|restrict|cap)s?|which\s+(?:bar|ban|limit|restrict|cap)s?)\s+(?:the\s+)?"
    r"foreign\s+(?:investors?|investments?|ownership|stakes?|shareholdings?|buyers"
    r"|(?:companies|firms)\s+from\s+(?:owning|investing|buying|acquiring|holding))\b")
# Deposits at a rate on goods: "deposits of 15.6% to 62.4%", "cash deposits of up to 30%",
# "provisional deposits of 20%".
_DEPOSITS = re.compile(
    r"\b(?:(?:cash|security|provisional|anti-dumping|anti-subsidy|guarantee)\s+)*"
    r"(?P<deposit>deposits)\s+(?:of\s+)?(?:up\s+to\s+|between\s+|from\s+|ranging\s+from\s+)?"
    r"\d[\d.]*\s?(?:%|per\s?cent|percent)")
_DEPOSITS_ENTRY = TriggerEntry("trade_defence", "direct", "deposits")
# Inspectors at work on goods or sites: "inspectors were also examining sweets from two
# other producers", "Commission inspectors would be sent to Poland to audit its veterinary
# controls", "would allow Russian inspectors to visit its wineries", "sent veterinary
# inspectors to Polish slaughterhouses", "inspectors who checked landings" (4.3
# investigation: an inspection, by the inspectors' public body).
_INSPECTORS_AT_WORK = re.compile(
    r"\b(?:(?P<sent>sent|send|sends|sending|dispatched|dispatch|dispatches)\s+(?:a\s+team\s+of"
    r"\s+|its\s+own\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}inspectors\s+to\s+\w"
    r"|(?P<verb>inspectors)\s+(?:(?:who|that)\s+)?"
    r"(?:(?:were|are|will|would|have|has|had|to|could|may)\s+)?"
    r"(?:(?:also|now|already|be|been|soon|then)\s+){0,2}"
    r"(?:sent\s+to\s+[A-Z][\w-]*(?:\s+[\w-]+){0,4}?\s+to\s+)?"
    r"(?:examin|test|check|inspect|audit|visit)(?:e|es|ed|ing|s)?\b)")
_INSPECTION_ENTRY = TriggerEntry("investigation", "verb", "inspectors at work", "investigate")
# A public authority that stops granting the permits something needs ("will stop issuing
# permits for new smelters"); permits named for exports or imports are triggers already.
_STOPS_ISSUING = re.compile(
    r"\b(?P<verb>(?:(?:stop|stops|stopped|stopping|halt|halts|halted|halting|cease|ceases"
    r"|ceased|ceasing)\s+(?:the\s+)?(?:issuing|issuance|granting|approving|approval)(?:\s+of)?"
    r"|no\s+longer\s+(?:issue|issues|grant|grants|approve|approves))"
    r"(?:\s+(?:any|new|all|further|fresh))?\s+(?:(?P<kind>import|export)\s+)?"
    r"(?:(?:[a-z][\w-]*|[A-Z][\w-]*(?:\s+and)?)\s+){0,4}?"
    r"(?:[Pp]ermits|[Ll]icen[cs]es|certificates|approvals|[Ll]eases|[Cc]oncessions))\b")
# Goods the permits are for, bound abroad: "for Russia-bound meat", "for meat bound for".
_BOUND_ABROAD = re.compile(
    r"[^.;:]{0,30}?\b(?:[A-Z][\w-]*-bound|bound\s+for|for\s+export|for\s+shipment\s+to)\b")
_STOPS_PERMITS = TriggerEntry("other", "verb", "stopped issuing permits", "impose")
_STOPS_EXPORT_PERMITS = TriggerEntry("export_control", "verb", "stopped issuing permits",
                                     "impose")
_STOPS_IMPORT_PERMITS = TriggerEntry("import_ban", "verb", "stopped issuing permits", "impose")
_BARRED_ENTRY = TriggerEntry("other", "verb", "barred from conduct", "impose")
# Foreigners as a class: "foreign companies", "most foreigners", "overseas buyers",
# "non-residents".
_FOREIGNERS = (r"(?:(?:[Mm]ost|[Aa]ll|[Mm]any)\s+)?(?:[Ff]oreign(?:-[a-z]+)?(?:\s+[a-z-]+){0,2}?"
               r"|[Ff]oreigners|[Nn]on-residents|[Oo]verseas\s+[a-z-]+(?:\s+[a-z-]+)?)")
# Foreigners barred from owning or buying: "will bar foreign companies from owning more than
# 49%", "barred foreign firms from buying farmland".
_FOREIGN_OWNING_BARRED = re.compile(
    r"(?P<verb>b(?<=\bb)(?:arred|ars|anned|ans|ar|an)|p(?<=\bp)(?:rohibits|rohibited|rohibit)"
    rf"|f(?<=\bf)(?:orbade|orbids|orbid))\s+{_FOREIGNERS}\s+"
    r"(?:from|out\s+of)\s+(?:owning|buying|purchasing|acquiring|holding|controlling|taking"
    r"|investing|bidding)\b")
_OWNERS_BARRED_ENTRY = TriggerEntry("investment_restriction", "verb", "foreign owners barred",
                                    "impose")
# Foreigners let own or buy a share of something: "will allow foreigners to own up to 49
# percent of condominium units", "foreign banks will be permitted to hold majority stakes".
_FOREIGN_OWNING_ALLOWED = re.compile(
    rf"(?:(?P<verb>(?:allow|permit)(?:s|ted|ed|ting|ing)?|let|lets|letting)\s+{_FOREIGNERS}"
    rf"|{_FOREIGNERS}\s+(?:will|would|are|were|is|was|have|has)\s+(?:(?:now|also|been|be)\s+)"
    r"{0,2}(?P<passive>allowed|permitted))\s+to\s+(?:own|buy|purchase|acquire|hold|take"
    r"|control|invest)\b[^.;]{0,60}?(?:stakes?|percent|per\s+cent|%|majority|control|shares"
    r"|ownership)")
# Foreigners who may no longer buy or own: "Foreigners without residency will no longer be
# able to buy existing homes", "foreign investors may no longer hold majority stakes".
_FOREIGN_OWNING_ENDED = re.compile(
    rf"\b(?P<verb>{_FOREIGNERS}(?:\s+(?:without|with|from|in)\s+[a-z-]+)?\s+(?:will|would|can"
    r"|may)\s+no\s+longer\s+(?:be\s+(?:able|allowed|permitted)\s+to\s+)?(?:buy|own|purchase"
    r"|acquire|hold|take))\b(?=[^.;]{0,50}?\b(?:stakes?|shares|homes|houses|housing|property"
    r"|properties|land|farmland|real\s+estate|apartments|flats|companies|firms|percent"
    r"|per\s+cent|majority|control)\b|[^.;]{0,50}?%)")
_OWNERS_ALLOWED_ENTRY = TriggerEntry("investment_restriction", "verb", "foreign owners allowed",
                                     "ease")
# What is sold to foreigners, restricted or let: "restricted the sale of farmland to
# foreigners", "lifted a ban on sales of land to foreign investors".
_SALE_TO_FOREIGNERS = re.compile(
    r"(?P<verb>[a-z]+)\s+(?:(?:a|the|its)\s+)?(?:(?:ban|bar|moratorium|limits?|curbs?"
    r"|restrictions?)\s+on\s+)?(?:the\s+)?sales?\s+of\s+(?:[a-z-]+\s+){0,3}?(?:land|farmland"
    r"|property|properties|real\s+estate|homes|housing|houses|shares|stakes)\s+to\s+"
    rf"{_FOREIGNERS}")
_FOREIGN_SALE_ACTIONS = {
    **dict.fromkeys(("ban", "bans", "banned", "banning", "bar", "bars", "barred", "barring",
                     "prohibit", "prohibits", "prohibited", "prohibiting", "forbid", "forbids",
                     "forbade", "restrict", "restricts", "restricted", "restricting", "limit",
                     "limits", "limited", "limiting", "curb", "curbs", "curbed", "curbing",
                     "halt", "halts", "halted", "halting", "suspend", "suspends", "suspended",
                     "suspending", "block", "blocks", "blocked", "blocking", "impose", "imposes",
                     "imposed", "imposing", "tighten", "tightens", "tightened", "tightening"),
                    "impose"),
    **dict.fromkeys(("allow", "allows", "allowed", "allowing", "permit", "permits",
                     "permitted", "permitting", "ease", "eases", "eased", "easing", "relax",
                     "relaxes", "relaxed", "relaxing"), "ease"),
    **dict.fromkeys(("lift", "lifts", "lifted", "lifting", "scrap", "scraps", "scrapped",
                     "scrapping", "end", "ends", "ended", "ending"), "lift"),
}
_SALE_ENTRIES = {action: TriggerEntry("investment_restriction", "verb", "sale to foreigners",
                                     action)
                 for action in ("impose", "ease", "lift")}
# What a modal of the future is followed by in `_CHARGE_PER_UNIT`: "will (also) have to pay".
_TO_PAY = (r"\s+(?:(?:also|now|then)\s+)?(?:have\s+to\s+)?"
           r"(?:pay|be\s+charged|face\s+(?:a\s+)?(?:fees?|charges?|levy|levies|tolls?)\s+of)")
# A charge a class will pay by the unit: "will pay 400 yuan per net ton", "will be charged
# $50 per net ton", "will face fees of $50 a tonne", "must pay a fee of £10 per crossing".
_CHARGE_PER_UNIT = re.compile(
    rf"(?P<verb>w(?<=\bw)(?:ill|ould){_TO_PAY}|s(?<=\bs)hall{_TO_PAY}"
    r"|m(?<=\bm)ust\s+(?:also\s+)?pay)\s+"
    r"(?:(?:a|an)\s+(?:new\s+)?(?:fee|charge|levy|toll|tax)\s+of\s+)?"
    r"(?:(?:US|HK|A|C|NZ)?[$€£¥]\s?\d[\d,.]*|\d[\d,.]*)"
    r"(?:\s*(?:million|billion|bn|m|p))?"
    r"(?:\s+(?:yuan|renminbi|euros?|dollars?|pounds?|yen|rupees?|won|rubles?|roubles?|cents?"
    r"|pence|francs?|reais|pesos?))?"
    r"\s+(?:per|a|an|for\s+each|on\s+each)\s+(?:net\s+)?[a-z]+")


def _charges_per_unit(text: str) -> Iterator[re.Match[str]]:
    """Each charge by the unit that a class of people, firms or goods right before it will
    pay (the class as a duty's is found)."""
    for found in _CHARGE_PER_UNIT.finditer(text):
        at = found.start()
        if _class_before(text, at):
            yield found
        elif text[at - 2:at] == ", ":
            # past a comma: "ships owned or flagged in the United States, or ...
            # individuals, would pay"
            before = text[max(0, at - _CLASS_REACH - 2):at - 2] + " "
            if _class_before(before, len(before)):
                yield found


_CHARGES_A_CLASS = re.compile(
    r"\b(?:will|would|to|shall)\s+(?:also\s+|now\s+)?(?P<verb>charge)\s+(?:[\w-]+\s+){1,4}?"
    r"(?:an?\s+)?(?:new\s+|special\s+|additional\s+)?(?:fee|levy|toll|charge|tax)\s+of\s+"
    r"(?:up\s+to\s+)?(?:(?:US|HK|A|C|NZ)?[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s+[a-z]+)"
    r"[^.;:]{0,12}?\s+(?:per|a|an|for\s+each)\s")
_GIVEN_UNTIL = re.compile(r"(?P<verb>g(?<=\bg)(?:iven|ave|ives))\s+"
                          r"(?!(?:it|him|her|them|us|me|you)\b)[^,.;:]{1,40}?\s+(?:until\s+"
                          r"(?:[^,.;:]|\.(?=\s*\d)){1,30}?"
                          # "has given foreign-owned companies five years to hand control"
                          r"|(?:another\s+|a\s+further\s+)?(?:\d+|one|two|three|four|five"
                          r"|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety)\s+"
                          r"(?:more\s+|extra\s+)?(?:days|weeks|months|years))"
                          # (not time to make a deal, to answer, or a report asked of an
                          # agency; a sale forced is read at its own words)
                          r"\s+to\s+(?!(?:strike|reach|negotiate|agree|conclude|make|seal"
                          r"|respond|reply|comment|appeal|report|advise|recommend|study"
                          r"|review|assess|examine|decide|divest|sell)\b)[a-z]")
# (the day may hold an abbreviation's dot: "until Sept. 30 to hand over")
_GIVEN_ENTRY = TriggerEntry("other", "verb", "given until", "impose")
_BID_WORDS = frozenset({"bid", "takeover", "acquisition", "merger", "buyout"})


def _worth_a_look(text: str, sentence: Sentence, start: int, entry: TriggerEntry,
                  lex: Lexicon) -> bool:
    """Cheap tests before a sentence is read word by word: a complaint is a dispute only
    beside the WTO; "stake" or "exports" name a measure only after one of their verbs."""
    if entry.kind in ("needs_wto", "verb_wto"):
        return WTO.search(text, sentence.start, sentence.end) is not None or (
            entry.phrase in FILED_NOUNS and names_wto(text)) or (
            (entry.phrase in FILED_NOUNS or entry.phrase in COMPLAINED_FORMS)
            and FILED_WITH_A_FORUM.match(text, start + len(entry.phrase)) is not None) or (
            entry.phrase in CHALLENGE_FORMS
            and COURT_FORUM.search(text, start, sentence.end) is not None) or (
            entry.phrase in _SUE_FORMS) or (
            entry.phrase in GENEVA_COMPLAINTS and "in Geneva" in text[start:sentence.end])
        # ("The Federal Trade Commission sued Amazon": a public body's suit is its case,
        # wherever it is brought; `_read` wants the public body)
    if entry.kind == "verb_bound":
        cue, reach = lex.verb_bound_cues[entry.phrase]
        return cue.search(text, max(sentence.start, start - reach), start) is not None or (
            entry.phrase in TAX_NOUNS
            and TAX_MOVES_AFTER.match(text, start + len(entry.phrase)) is not None) or (
            entry.phrase in PASSIVE_NOUNS and cue.search(
                text, start, min(sentence.end, start + PASSIVE_REACH * CHARS_PER_TOKEN))
            is not None)  # "Exports of wheat were halted": the verb after, in the passive
    # "allowed Huawei to buy American components": a purchase, not the "Buy American" rules
    return entry.phrase != "buy american" or text[start] != "b" \
        or text[start - 1:start] in ('"', "“", "'", "‘")




def _sentence_measures(doc: DocContext, sentence: Sentence, hits: list[Hit],
                       times: list[TimeExpr], time_starts: list[tuple[int, int]]
                       ) -> list[Said]:
    """The measures one sentence with trigger hits names."""
    view = SentenceView(doc, sentence.start, sentence.end)
    found = _analyse(view, hits)
    if not found:
        return []
    pick_magnitudes(view.start, view.end, found, doc.text)
    for trigger in found:
        if trigger.type in _BANS_OF_FLOWS and trigger.action in ("lift", "ease") \
                and trigger.entry.kind == "verb_bound" \
                and _QUANTITY.search(trigger.magnitude or ""):
            # "will allow imports of up to 30,000 tonnes over two months": a quantity let in
            # is a quota laid (4.3), not a ban lifted
            trigger.type, trigger.action = "quota", "impose"
        elif trigger.type in _BANS_OF_FLOWS and trigger.entry.kind == "verb_bound" \
                and (trigger.cue_words.lower().startswith(("limit", "cap"))
                     or view.low(trigger.first).startswith(("limit", "cap"))) \
                and (trigger.action == "impose" and _QUANTITY.search(trigger.magnitude or "")
                     or _staples_limited(view, trigger)):
            # "India limited exports of sugar to 6 million tonnes": a quantity let out or
            # in is a quota (4.3); and so is a staple's trade held down, "a pact that has
            # limited Canadian lumber shipments" (not chips or minerals: export controls)
            trigger.type = "quota"
    first = bisect.bisect_left(time_starts, (sentence.start, -1))
    stop = bisect.bisect_left(time_starts, (sentence.end, -1))
    sentence_times = [index for _, index in time_starts[first:stop]
                      if times[index].end <= sentence.end]
    dated = any(char.isdigit() for index in sentence_times for char in times[index].value)
    # Without a party or a magnitude, a trigger is a measure only in a sentence with a date
    # that a verb ties to it ("the ban comes into effect on Friday").
    found = [trigger for trigger in merge_in_sentence(found)
             if trigger.concrete or (dated and trigger.rule not in _BARE_RULES)]
    if found and ("the same" in doc.text[sentence.start:sentence.end]
                  or " suit" in doc.text[sentence.start:sentence.end]):
        found += _the_same_step(view, found)
    owners = _time_owners(view, found, sentence_times, times) if found else {}
    return [Said(trigger, sentence.start, sentence.end, owners.get(index, []),
                 _years(times, owners.get(index, [])),
                 view.determiner_of(trigger), _months(times, owners.get(index, [])))
            for index, trigger in enumerate(found)]




# Staples whose trade a state limits by quantity (farm goods, timber, textiles, steel):
# limits on their exports or imports are quotas.
_STAPLES = frozenset({"wheat", "barley", "maize", "corn", "rice", "sugar", "grain", "grains",
                      "cereals", "soybeans", "soya", "lumber", "timber", "wood", "logs",
                      "textiles", "textile", "clothing", "garments", "apparel", "steel",
                      "beef", "pork", "meat", "poultry", "fish", "coffee", "cocoa", "cotton",
                      "onions", "potatoes", "milk", "dairy", "cheese", "bananas", "tomatoes",
                      "wine", "fertiliser", "fertilizer", "cement", "sunflower", "vegetable"})
_STAPLE_REACH = 6  # tokens after the flow's noun where its goods may be named


def _staples_limited(view: SentenceView, trigger: Found) -> bool:
    """Whether the goods of a limited flow, named inside the trigger or just after it, are a
    staple: "limited Canadian lumber shipments", "limit exports of wheat and barley"."""
    stop = min(len(view.toks), trigger.last + 1 + _STAPLE_REACH)
    for at in range(trigger.first, stop):
        low = view.low(at)
        if low in _STAPLES:
            return True
        if at > trigger.last and low in (",", ";", ".", "to", "from", "until", "by"):
            return False
    return False


# Another party told to take the step just told: "and Tokyo did the same for South Korea",
# "the United States and Canada will do the same", "Japan followed suit".
_THE_SAME = re.compile(r"\b(?:(?:did|do|does|doing|done)\s+(?:likewise|the\s+same)"
                       r"|follow(?:ed|s|ing)?\s+suit)\b")
_SAME_FOR = re.compile(r"\s+(?:for|with|to)\s+(?:the\s+)?")


def _the_same_step(view: SentenceView, found: list[Found]) -> list[Found]:
    """The step told before in the sentence, taken again by the states that "did the same"
    after it: one record each (GUIDELINES 4.2, another imposer), falling on whom "for"
    names after it, else on the same targets."""
    doc = view.doc
    same = _THE_SAME.search(doc.text, view.start, view.end)
    if same is None:
        return []
    before = [trigger for trigger in found if trigger.end <= same.start() and trigger.imposer]
    if not before:
        return []
    # the main clause's step, not a deal told on the way ("under a deal struck ten years ago")
    source = next((trigger for trigger in before if trigger.type != "agreement"), before[-1])
    at = tok_index(view.toks, view.starts, same.start())
    subject, _ = view.subject(at)
    if subject is None or subject.demonym or subject.kind not in ("country", "organization"):
        return []
    last = tok_index(view.toks, view.starts, same.end() - 1)
    after = _SAME_FOR.match(doc.text, same.end())
    beneficiary = view.ent_at.get(tok_index(view.toks, view.starts, after.end())) \
        if after is not None else None
    sides = [side for side in coordinated(view, subject) if not side.demonym]
    doers = {acting_name(view, side) for side in sides}
    # (the source's object phrase may have run on into them: "... from WTO members, and
    # the United States and Canada will do the same")
    source.targets = [target for target in source.targets if target not in doers]
    out: list[Found] = []
    for side in sides:
        name = acting_name(view, side)
        if name is None or name == source.imposer:
            continue
        clone = copy.copy(source)  # (its lists are given their own below)
        clone.imposer, clone.imposer_ent = name, side
        clone.parties = [side, *(party for party in source.parties
                                 if party is not source.imposer_ent)]
        if beneficiary is not None and not beneficiary.demonym:
            clone.targets = [acting_name(view, beneficiary) or beneficiary.name]
        else:
            clone.targets = list(source.targets)
        clone.first, clone.last = at, last
        clone.start, clone.end = same.start(), same.end()
        clone.rule, clone.cue_words = "measure.same-step", same.group()
        clone.magnitude = None
        out.append(clone)
    return out


def _years(times: list[TimeExpr], owned: list[int]) -> frozenset[int]:
    """The calendar years of the dates a trigger owns ("in 2010" -> {2010})."""
    return frozenset(int(times[index].value[:4]) for index in owned
                     if times[index].type == "DATE" and times[index].value[:4].isdigit())


def _months(times: list[TimeExpr], owned: list[int]) -> frozenset[int]:
    """The months of the dates a trigger owns, counted from year 0 ("in April 2025" ->
    {2025 * 12 + 3}); a date of a year alone has none."""
    return frozenset(int(value[:4]) * 12 + int(value[5:7]) - 1 for index in owned
                     if times[index].type == "DATE"
                     and _MONTH_VALUE.match(value := times[index].value))


_MONTH_VALUE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])\b")


def _time_owners(view: SentenceView, found: list[Found], sentence_times: list[int],
                 times: list[TimeExpr]) -> dict[int, list[int]]:
    """Each time of the sentence goes to the nearest trigger or the verb that gives its
    action ("the duties ... will be scrapped from 1 September for the categories covered by
    the deal": the duties'), its magnitude first."""
    owners: dict[int, list[int]] = {}
    for time_index in sentence_times:
        timex = times[time_index]
        middle = (timex.start + timex.end) / 2

        def distance(index: int, middle: float = middle) -> float:
            trigger = found[index]
            near = abs(middle - (trigger.start + trigger.end) / 2)
            if 0 <= trigger.cue_at < len(view.toks):
                cue = view.toks[trigger.cue_at]
                near = min(near, abs(middle - (cue.start + cue.end) / 2))
            return near

        best = min(range(len(found)), key=lambda index: (
            f"{found[index].magnitude}" != timex.text, distance(index)))
        owners.setdefault(best, []).append(time_index)
    return owners


def _analyse(view: SentenceView, hits: list[Hit]) -> list[Found]:
    """The triggers of a sentence that name a measure, with type, action and parties."""
    found: list[Found] = []
    for start, end, entry in hits:
        trigger = Found(entry, start, end, type=entry.type)
        trigger.first = tok_index(view.toks, view.starts, start)
        trigger.last = tok_index(view.toks, view.starts, end - 1)
        if view.low(trigger.last + 1) in _CLOSING_QUOTES and any(
                view.low(at) in OPENING_QUOTES
                for at in range(max(0, trigger.first - _QUOTED_REACH), trigger.first + 1)):
            # 'a "comprehensive ban" on smoking': the name is quoted, what it falls on is
            # read past the closing mark
            trigger.last += 1
        if entry is _LEFT_ENTRY and body_left(view, trigger) is None:
            continue  # "stop oil exports from leaving Iraq": no body of states left
        if accept(view, trigger) and not _description(view, trigger):
            if trigger.type == "other" and _foreigners_told_to_own(view, trigger):
                # "will require foreign mining companies to sell 51 percent of their shares
                # to local investors": foreign ownership made to give way (4.3
                # investment_restriction), whatever else the clause goes on to
                trigger.type = "investment_restriction"
            elif _licensing_duty(view, trigger):
                trigger.type = "export_control"
            elif trigger.type == "import_ban" and trigger.entry.kind == "verb_bound" \
                    and _DUTY_FREE.search(view.doc.text, trigger.start, trigger.end):
                # "Nigeria will allow duty-free imports of maize for 150 days": the duty is
                # what is waived, not a ban lifted (4.3 tariff)
                trigger.type = "tariff"
            elif trigger.type == "other" and trigger.entry.phrase in _LAW_WORDS \
                    and _FOREIGN_OWNERS_BARRED.match(view.doc.text, trigger.end):
                # "its rules barring foreign companies from buying Canadian publishers": a
                # cap on foreign ownership (4.3 investment_restriction)
                trigger.type = "investment_restriction"
            elif (trigger.entry.phrase == "price cap" or trigger.type == "other"
                  and trigger.entry.phrase in ("price", "prices")
                  and view.low(trigger.first) in _CAPPING) and _on_oil(view, trigger):
                trigger.type = "sanction"  # "the $60-a-barrel price cap on Russian crude",
                # "agreed to cap the price of Russian diesel at $100 a barrel"
            elif trigger.type == "other" and _counter_duties(view, trigger):
                trigger.type = "tariff"  # "suspended countermeasures on 21 billion euros of
                # US goods": duties laid back on a sum of the other side's trade
            found.append(trigger)
    found = [trigger for trigger in found if not (
        trigger.entry is _BARRED_ENTRY and any(
            other.bound and other.first <= trigger.first <= other.last for other in found))
        and not (trigger.bound_after >= 0 and any(
            other is not trigger and other.first <= trigger.bound_after <= other.last
            for other in found))
        and not (trigger.bound and trigger.type == "other" and any(
            other is not trigger and other.first == trigger.first and other.type != "other"
            for other in found))]
    # ("banned the sale and import of Huawei equipment": the verb's own reading of its
    # object, an import ban, not "other" for the same verb bound to "sale")
    # ("imports of brandy would be banned": the verb reads the measure, not the noun too)
    # ("barred its firms from dealing with Skydio": the bar the verb-bound phrase reads)
    for trigger in found:
        for at in range(trigger.first, trigger.last + 1):
            view.trigger_at[at] = trigger
    found = _nearest_bound(found)
    types_here = [trigger.type for trigger in found]
    read = []
    for trigger in found:
        if _read(view, trigger, types_here):
            read.append(trigger)
            trigger.aside = _in_an_aside(view, trigger.cue_at)
            _tell_kind(view, trigger)  # "Japan, which banned US beef, lifted its ban"
            if trigger.type == "tariff" and trigger.action == "lift" \
                    and trigger.entry.kind == "verb_bound" \
                    and _DUTY_FREE.search(view.doc.text, trigger.start, trigger.end):
                trigger.action = "ease"  # "will allow duty-free imports": duties waived
            if trigger.type == "import_ban" and _embargo_on_a_country(view, trigger):
                trigger.type = "sanction"  # "the trade embargo", "an embargo against Cuba"
            elif trigger.type == "tariff" and _TRADE_DEFENCE_BODY.search(trigger.imposer or ""):
                # "Australia's Anti-Dumping Commission is reviewing duties on Chinese wind
                # towers": duties of trade defence (4.3), and a review of them a probe
                trigger.type = "trade_defence"
                if view.action(trigger)[0] == "investigate":
                    trigger.action = "investigate"
            elif trigger.type == "tariff" and _DEFENCE_PURPOSE.search(
                    view.doc.text, view.start, view.end) \
                    and "retaliat" not in view.doc.text[view.start:view.end]:
                # "put duties of up to 35% on electric cars made in China after finding they
                # benefited from unfair state subsidies", "to offset subsidies", "sold below
                # cost": duties against dumping or subsidies (4.3 trade_defence)
                trigger.type = "trade_defence"
            elif trigger.type == "investigation" and _DEFENCE_PROBE.search(
                    view.doc.text, view.start, view.end) \
                    and not _NOT_TRADE_DUMPING.search(view.doc.text, view.start, view.end):
                # "is investigating whether Vietnamese shrimp was dumped on the US market",
                # "whether the panels were unfairly subsidised": an anti-dumping or
                # anti-subsidy probe (4.3 trade_defence)
                trigger.type = "trade_defence"
            elif trigger.type == "sanction" and _sanctions_on_trade(view, trigger):
                # "The WTO authorised Brazil to impose sanctions worth up to $830m a year on
                # US goods", "trade sanctions on American goods came into force in the
                # dispute": retaliation allowed in a trade dispute is duties (4.3 tariff)
                trigger.type = "tariff"
            elif trigger.type == "export_control" and _sanctions_listing(view, trigger):
                trigger.type = "sanction"  # "a package of sanctions ... blacklisting more
                # vessels", "adding more than 70 vessels to its blacklist"
    for trigger in read:
        if trigger.rule == "measure.named" and trigger.imposer is None:
            _share_the_verb(view, trigger, read)
    deal = _deal_opening(view, found, read)
    if deal is not None:
        read.insert(0, deal)
    kept = _without_contents(view, _without_instruments(view, read))
    if len(kept) > 1:  # a measure the sentence names is what the time is given for
        kept = [trigger for trigger in kept if trigger.entry is not _GIVEN_ENTRY]
        _package_contents(view, kept)
        kept = _steps_of_the_same(view, kept)
    for trigger in kept:
        if trigger.entry is _GIVEN_ENTRY and any(tok.low in _BID_WORDS for tok in view.toks):
            # "said Merieux's bid offered no net benefit and gave it until mid-November to
            # submit more": a foreign bid under review (4.3 investment_restriction)
            trigger.type, trigger.action = "investment_restriction", "investigate"
        elif trigger.entry is _GIVEN_ENTRY and view.low(trigger.last + 1).startswith("foreign"):
            # "has given foreign-owned companies five years to hand majority control to
            # locals": foreign ownership made to give way (4.3 investment_restriction)
            trigger.type = "investment_restriction"
    for trigger in kept:
        if trigger.imposer_ent is not None and trigger.imposer_official:
            view.doc.last_imposer = trigger.imposer_ent
    return kept


# What opens a sentence telling a deal's content: "Under a deal signed in June, ...", "As
# part of the agreement, ...", "Under the terms of the accord, ...".
_UNDER_A_DEAL = re.compile(r"(?:[Uu]nder|[Aa]s part of|[Ii]n line with)\s+(?:the terms of\s+)?"
                           r"(?:a|an|the|this|that|its|their|last year's|last year’s)\s")
_DEAL_OPENING_REACH = 3  # words from the determiner to the deal ("the 2005 textile deal")


def _deal_opening(view: SentenceView, found: list[Found], read: list[Found]) -> Found | None:
    """ "Under the deal signed in Shanghai in June, the European Union capped imports of
    Chinese clothing": the deal whose content the sentence tells is a record of its own,
    laid by the side that lays the content, on the side the content falls on (4.2), though
    the deal names no side itself."""
    opener = _UNDER_A_DEAL.match(view.doc.text, view.start)
    if opener is None:
        return None
    deal = next((trigger for trigger in found if trigger.type == "agreement"
                 and trigger.entry.kind != "verb_bound"), None)
    if deal is None or deal in read or deal.start < opener.end() \
            or len(view.doc.text[opener.end():deal.start].split()) > _DEAL_OPENING_REACH:
        return None
    if view.doc.text[opener.start():opener.end()].split()[-1].lower() != "a" \
            and not view.low(deal.last + 1).endswith("ed"):
        return None  # "Under the deal, ...": the deal told before, not told here
    content = next((trigger for trigger in read if trigger.type != "agreement"
                    and trigger.first > deal.last and trigger.imposer is not None
                    and trigger.imposer_official and not trigger.weak
                    and trigger.action != "propose"), None)
    if content is None:
        return None
    deal.imposer, deal.imposer_ent = content.imposer, content.imposer_ent
    deal.imposer_official, deal.concrete = True, True
    deal.targets = [name for name in content.targets if name != content.imposer]
    deal.action, deal.explicit_action, deal.weak = "impose", False, False
    deal.rule, deal.cue_words = "measure.deal-content", deal.entry.phrase
    return deal


def _share_the_verb(view: SentenceView, trigger: Found, read: list[Found]) -> None:
    """ "Ottawa imposed a 100% surtax on electric vehicles ..., and a separate 25% surtax
    on steel": a measure named as the second object of another's verb takes that step, by
    the same party (its own figure and goods make it a record of its own)."""
    at = trigger.first - 1
    while at >= 0 and trigger.first - at <= _OPENER_REACH and view.low(at) != "and" and (
            view.low(at) in _SECOND_OBJECT_WORDS or view.low(at)[:1].isdigit()
            or view.low(at) in ("%", "$", "£", "€", "-", "per", "cent")):
        at -= 1
    if view.low(at) != "and" or not any(view.low(between) in _ANOTHER_ONE
                                        for between in range(at + 1, trigger.first)):
        return  # ("a 15% tariff on coal and a 10% levy on crude oil": one package)
    head = next((other for other in reversed(read) if other is not trigger
                 and other.type == trigger.type and other.last < at
                 and other.explicit_action and not other.weak
                 and other.rule == "measure.verb-object"), None)
    if head is None or any(view.verb_action(between) or view.low(between) in _NEW_CLAUSE
                           for between in range(head.last + 1, at)):
        return
    trigger.action, trigger.explicit_action = head.action, True
    trigger.rule, trigger.cue_words, trigger.cue_at = head.rule, head.cue_words, head.cue_at
    trigger.imposer, trigger.imposer_ent = head.imposer, head.imposer_ent
    trigger.imposer_official, trigger.weak = head.imposer_official, False
    trigger.targets = [name for name in trigger.targets if name != head.imposer]


# Words that may open a second object's noun phrase: "and a separate 25% surtax".
_SECOND_OBJECT_WORDS = frozenset({"a", "an", "the", "separate", "second", "further", "new",
                                  "additional", "extra", "another", "its", "their", "lower",
                                  "higher", "smaller", "larger", "similar"})
_OPENER_REACH = 7  # tokens from the measure's noun back to "and"
# Words by which the second object says it is a measure of its own.
_ANOTHER_ONE = frozenset({"separate", "second", "another", "different"})
# Words that open a clause of its own between two objects.
_NEW_CLAUSE = frozenset({"said", "says", "which", "that", "but", ";", "while", "who"})


# Words between a relative pronoun and its verb: "which had also banned".
_ASIDE_FILLERS = frozenset({"also", "has", "had", "have", "already", "first", "previously",
                            "once", "itself"})


def _in_an_aside(view: SentenceView, verb: int) -> bool:
    """Whether the verb at `verb` opens a relative clause set off on a party: "Japan,
    [which also banned US beef in 2003], lifted its ban": history told on the way."""
    if verb < 0:
        return False
    at = verb - 1
    while at > 0 and view.low(at) in _ASIDE_FILLERS:
        at -= 1
    return view.low(at) in ("which", "who") and view.low(at - 1) == ","


_BANS_OF_FLOWS = frozenset({"import_ban", "export_control"})
# Bodies whose duties are trade defence: "Anti-Dumping Commission", "Trade Remedies Authority".
_TRADE_DEFENCE_BODY = re.compile(r"\banti-?dumping\b|\btrade\s+remed|\bcountervailing\b", re.I)
_QUANTITY = re.compile(r"\b(?:tonnes|tons|barrels|kilograms|kilogrammes|litres|liters|bales"
                       r"|head|cars|vehicles|units|cubic\s+met(?:re|er)s)$")
_FLOWS = frozenset({"imports", "import", "exports", "export", "shipments", "purchases",
                    "sales"})


def _tell_kind(view: SentenceView, trigger: Found) -> None:
    """ "Japan will lift its ban on US beef imports", later "Taiwan lifted its ban": the
    article's bans are of the kind it named, from the trigger that named it on."""
    heads = [generic_head(word)
             for word in view.doc.text[trigger.start:trigger.end].lower().split()]
    for head in heads:
        if head is not None and trigger.type and not trigger.default_type:
            view.doc.generic_types[head] = trigger.type
    if not any(heads) and trigger.bound and trigger.type in _BANS_OF_FLOWS \
            and trigger.entry.phrase in _FLOWS:
        # "Canada suspended imports of beef from Brazil", then "would impose similar bans"
        view.doc.generic_types.setdefault("ban", trigger.type)


def _nearest_bound(found: list[Found]) -> list[Found]:
    """ "limit growth in exports of ten categories": two nouns bound by one verb name one
    measure, the one the verb governs first ("growth": a quota, not an export ban)."""
    bound = [trigger for trigger in found if trigger.entry.kind == "verb_bound"]
    if len(bound) < 2:
        return found
    return [trigger for trigger in found
            if trigger.entry.kind != "verb_bound" or trigger.coordinated or not any(
                other is not trigger and other.entry.kind == "verb_bound"
                and other.first == trigger.first and other.last < trigger.last
                for other in bound)]


def _package_contents(view: SentenceView, kept: list[Found]) -> None:
    """ "adopted a 16th package of sanctions against Russia, with a ban on imports of
    Russian aluminium": a measure named as what another one holds is taken with it, by
    the same party and in the same step (GUIDELINES 4.2: one record per content type)."""
    for index, content in enumerate(kept):
        if content.explicit_action or content.entry.kind in VERB_KINDS or index == 0:
            continue
        back = content.first - 1
        while back >= 0 and view.low(back) in DETERMINERS:
            back -= 1
        if view.low(back) not in _CONTENT_OPENERS or view.low(back - 1) not in (",", "—", "–",
                                                                                "which", "that"):
            continue  # (", which includes a ban on imports of Russian LNG")
        holder = kept[index - 1]
        if holder.type == content.type or not holder.explicit_action or holder.last >= back:
            continue
        content.action, content.explicit_action = holder.action, True
        content.weak, content.rule = False, "measure.package-content"
        content.cue_words, content.cue_at = holder.cue_words, holder.cue_at
        if content.imposer is None:
            content.imposer, content.imposer_ent = holder.imposer, holder.imposer_ent
            content.imposer_official = holder.imposer_official


def _steps_of_the_same(view: SentenceView, kept: list[Found]) -> list[Found]:
    """ "voted to impose sanctions on Iran, freezing the assets of 10 companies", "tightened
    sanctions on Iran, adding travel bans on five officials": a participle after a comma
    tells what the sanctions just named hold, the same package (GUIDELINES 4.2), whose
    targets it names (other kinds of step told so may be steps of their own: "imposed
    tariffs on Canada, raising duties on Mexican goods too")."""
    out: list[Found] = []
    for trigger in kept:
        holder = out[-1] if out else None
        start = trigger.cue_at if 0 <= trigger.cue_at < trigger.first else trigger.first
        if holder is not None and holder.type == trigger.type == "sanction" \
                and holder.explicit_action \
                and holder.last < start - 1 and view.low(start - 1) == "," \
                and view.low(start).endswith("ing") and trigger.action in ("impose", "maintain") \
                and not any(view.low(at) in (",", ";") for at in range(holder.last + 1,
                                                                        start - 1)):
            holder.targets += [name for name in trigger.targets if name not in holder.targets
                               and name != holder.imposer]
            continue
        out.append(trigger)
    return out


def _description(view: SentenceView, trigger: Found) -> bool:
    """ "Lamy called it a historic agreement", "hailed the accord as a breakthrough deal":
    what someone calls a step describes it (the step is told elsewhere); not "called for
    new tariffs" nor "called the tariffs a success"."""
    back = trigger.first - 1
    while back >= 0 and trigger.first - back <= _DESCRIPTION_REACH and (
            view.low(back).isalpha() and view.low(back).islower()
            and view.low(back) not in _COMPLEMENT_OPENERS):
        back -= 1  # the complement's adjectives: "a historic [trade] agreement"
    if view.low(back) in _ARTICLES:
        back -= 1
    if view.low(back) == "as":  # "hailed the accord as ...", "described it as ..."
        for verb in range(back - 1, max(-1, back - _DESCRIPTION_REACH), -1):
            if view.low(verb) in _DESCRIBING:
                return True
        return False
    return view.low(back) in _PRONOUNS and view.low(back - 1) in _DESCRIBING


_OIL_WORDS = frozenset({"oil", "crude", "petroleum", "barrel", "-a-barrel", "a-barrel"})
_CAPPING = frozenset({"cap", "caps", "capped", "capping"})


def _sanctions_listing(view: SentenceView, trigger: Found) -> bool:
    """Whether a blacklisting is a sanction: of ships (the tankers of a "shadow fleet"), or
    told in a sentence about sanctions (4.3: listing is how sanctions name their targets)."""
    if "blacklist" not in trigger.entry.phrase:
        return False
    return any(tok.low in _SHIPS or tok.low.startswith("sanction") for tok in view.toks)


_SHIPS = frozenset({"vessels", "ships", "tankers", "vessel", "ship", "tanker"})


def _embargo_on_a_country(view: SentenceView, trigger: Found) -> bool:
    """Whether an embargo bars trade with a country, not the import of some goods (4.3: a
    sanction): "the trade embargo" on Cuba, "an embargo against Libya" (not "an embargo on
    Polish meat")."""
    phrase = trigger.entry.phrase
    if phrase in ("trade embargo", "trade embargoes"):
        return True
    if phrase not in ("embargo", "embargoes") or view.low(trigger.last + 1) not in ("on",
                                                                                  "against"):
        return False
    at = trigger.last + 2 + (view.low(trigger.last + 2) == "the")
    ent = view.ent_at.get(at)
    return ent is not None and ent.kind == "country" and not ent.demonym


def _counter_duties(view: SentenceView, trigger: Found) -> bool:
    """Whether countermeasures fall on a sum of goods ("countermeasures on 21 billion euros
    of US goods", "cover about €21 billion of American products"): retaliatory duties."""
    if not trigger.entry.phrase.startswith(("countermeasure", "counter-measure")):
        return False
    lows = [tok.low for tok in view.toks]
    if any(low in _DUTY_WORDS for low in lows):
        return True  # "The EU's countermeasures took effect, putting 25% duties on bourbon"
    summed = any(low in _SUM_WORDS or any(sign in low for sign in _CURRENCY_SIGNS)
                 for low in lows if low)
    return summed and (any(low in _GOODS_WORDS for low in lows)
                       or view.low(trigger.first - 1) == "of")  # "C$30bn of countermeasures"


_GOODS_WORDS = frozenset({"goods", "products", "imports", "exports"})
_DUTY_WORDS = frozenset({"duties", "duty", "tariffs", "tariff", "levies"})
_SUM_WORDS = frozenset({"billion", "bn", "million", "euros", "dollars"})
_CURRENCY_SIGNS = frozenset("$€£¥")


_DEFENCE_PURPOSE = re.compile(
    r"\bto\s+offset\s+(?:the\s+|unfair\s+|state\s+)*subsid"
    r"|\bbenefit(?:ed|ted|s|ing)?\s+from\s+(?:\w+\s+){0,3}subsid"
    r"|\b(?:sold|selling|sells)\s+(?:\w+\s+){0,3}below\s+(?:cost|the\s+cost|market|fair)"
    r"|(?<!anti-)(?<!anti\s)(?<!anti)\bdump(?:ed|ing)\b"  # (not "anti-dumping revenue")
    r"|\bunfairly\s+(?:cheap|subsidi[sz]ed|low)"
    r"|\b(?:illegal|unfair|improper|prohibited)\s+(?:government\s+|export\s+)?subsid", re.I)
# What an anti-dumping or anti-subsidy probe asks: goods sold below their cost or value,
# dumped on a market, or unfairly subsidised.
_DEFENCE_PROBE = re.compile(
    r"\b(?:sold|selling|sells|priced)\s+(?:\w+\s+){0,3}below\s+(?:cost|the\s+cost|market"
    r"|fair|normal)"
    r"|(?<!anti-)(?<!anti\s)(?<!anti)\bdump(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:on|in|into)\s+"
    r"(?:the\s+)?(?:[\w.-]+\s+){0,2}?markets?\b"
    r"|\b(?:being|been|was|were|are|is)\s+dumped\b"
    # (not "illegal state aid": the Commission's own competition probe, 4.3 investigation)
    r"|\bunfairly\s+(?:cheap|subsidi[sz]ed|low|priced)", re.I)
# Dumping that is no trade: waste, sewage, toxic matter.
_NOT_TRADE_DUMPING = re.compile(r"\b(?:waste|sewage|toxic|chemicals|rubbish|garbage|pollut)",
                                re.I)
_DISPUTE_WORDS = re.compile(r"authori[sz]|permission|right to|retaliat|dispute|rul(?:ed|ing)"
                            r"|complain", re.I)
_SANCTION_WORDS = frozenset({"sanction", "sanctions", "trade sanctions", "retaliatory sanctions"})
_NOT_TRADE_SANCTIONS = frozenset({"arms", "financial", "asset", "assets", "travel", "visa",
                                  "nuclear", "military", "oil", "banking"})


def _sanctions_on_trade(view: SentenceView, trigger: Found) -> bool:
    """Whether sanctions are a trade dispute's retaliation: the sentence names the WTO, or
    they fall on a sum or on goods ("sanctions worth $830m", "$4bn a year in sanctions",
    "trade sanctions on American goods"), and nothing makes them a sanctions regime
    ("arms", "financial", "asset freezes")."""
    if trigger.entry.phrase not in _SANCTION_WORDS:
        return False
    lows = {tok.low for tok in view.toks}
    if lows & _NOT_TRADE_SANCTIONS:
        return False
    sentence = view.doc.text[view.start:view.end]
    if names_wto(sentence) and _DISPUTE_WORDS.search(sentence):
        return True
    after = [view.low(at) for at in range(trigger.last + 1, min(len(view.toks),
                                                                trigger.last + 8))]
    if "," in after:
        # ("a 16th package of sanctions against Russia, banning imports of aluminium":
        # what the package holds, told in a clause of its own, is its own record)
        after = after[:after.index(",")]
    return bool(set(after) & _GOODS_WORDS) or view.low(trigger.first - 1) == "in" and any(
        low in _SUM_WORDS or any(sign in low for sign in _CURRENCY_SIGNS)
        for low in (view.low(at) for at in range(max(0, trigger.first - 6), trigger.first)))


def _on_oil(view: SentenceView, trigger: Found) -> bool:
    """Whether a price cap is one on oil a state's buyers may not pay above, the sanction
    on Russian crude ("sold above the $60-a-barrel price cap"), not a cap on energy bills."""
    return any(ent.name == "Russia" for ent in view.ents) \
        and any(tok.low in _OIL_WORDS for tok in view.toks)


_LAW_WORDS = _RULE_WORDS | {"law", "laws", "legislation"}
# Instruments whose words may say they hold foreign investment back ("rules barring ...").
_INSTRUMENT_WORDS = _LAW_WORDS | {"decree", "decrees", "requirement", "requirements"}
# What rules that keep foreign owners out say right after their noun.
_FOREIGN_OWNERS_BARRED = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:bar|ban|prevent|stop|forbid|prohibit|keep)\w*\s+"
    r"foreign(?:\s+[a-z-]+){0,2}?\s+(?:from|out\s+of)\s+(?:buying|owning|acquiring|taking"
    r"|investing|holding|controlling|bidding)\b", re.I)


_DUTY_FREE = re.compile(r"\b(?:duty|tariff|customs)[- ]free\b", re.I)


def _foreigners_told_to_own(view: SentenceView, trigger: Found) -> bool:
    """ "require foreign investors to obtain approval before buying stakes": a class of
    foreigners, the object of a verb that lays a duty, told what to do with stakes."""
    return trigger.entry.kind == "verb_bound" and any(
        view.low(at).startswith(_FOREIGN_WORDS)
        for at in range(trigger.first + 1, trigger.last + 1)) \
        and _OWNING.match(view.doc.text, trigger.end) is not None


def _licensing_duty(view: SentenceView, trigger: Found) -> bool:
    """ "will require exporters of photoresists to obtain a licence for shipments": a duty
    laid on a class of bodies that is an export licence (GUIDELINES 4.3 export_control)."""
    if trigger.type != "other":
        return False
    if trigger.entry.phrase in _RULE_WORDS:
        # "Under rules published by the Ministry of Commerce, overseas manufacturers will
        # need a licence from Beijing to export magnets": rules that license exports
        ahead = range(trigger.last + 1, len(view.toks))
        return any(view.low(at) in _LICENCE_WORDS for at in ahead) \
            and any(view.low(at) in _EXPORT_WORDS for at in ahead)
    if trigger.entry.kind != "verb_bound":
        return False
    ahead = range(trigger.last + 1, view.clause_end(trigger.last))
    if not any(view.low(at) in _LICENCE_WORDS for at in ahead):
        return False
    return any(view.low(at) in _EXPORT_WORDS
               for at in range(trigger.first, view.clause_end(trigger.last)))


# Curbs whose rules are named by the curb ("import licence rules", "export control
# regulations").
_RULED_CURBS = frozenset({"import_ban", "export_control", "sanction", "quota",
                          "investment_restriction"})


def _without_instruments(view: SentenceView, found: list[Found]) -> list[Found]:
    """ "signed an executive order imposing tariffs": the order is how the tariffs came,
    not a measure of its own; who signed it imposed them."""
    out = []
    for trigger in found:
        if trigger.type == "other" and trigger.entry.phrase in view.lex.instruments and any(
                other.type in _RULED_CURBS and other.last + 1 == trigger.first
                for other in found):
            continue  # "to ease import licence rules", "export control regulations": the
            # rules of the curb named before (not "the murder tariff rules" of a sentence)
        governed = [other for other in found if other is not trigger
                    and (other.type != "other" or view.low(other.first - 1) == "to")
                    # ("will introduce legislation to ban smoking in bars": the ban)
                    and 0 < other.cue_at - trigger.last <= _instrument_reach(view, trigger,
                                                                             other)]
        if trigger.type == "other" and trigger.entry.phrase in view.lex.instruments \
                and any(other.type != "other" and (other.last < trigger.first
                                                   or _cited(view, trigger, "according"))
                        for other in found) and _cited(view, trigger, "under"):
            continue  # "Turkey will impose a 40% tariff ..., according to (under) a
            # presidential decree published in the Official Gazette": where the step is
            # written (a law told first is another thing: "Under the law, X will ...")
        if trigger.type == "other" and trigger.entry.phrase in view.lex.instruments \
                and _opens_with_in(view, trigger) and any(
                    other.type != "other" and other.first > trigger.last for other in found):
            continue  # "In an executive order signed on Monday, Trump extended the pause":
            # the order is how the step the sentence tells was taken
        if trigger.type != "other" or trigger.entry.phrase not in view.lex.instruments \
                or not governed:
            out.append(trigger)
            continue
        for other in governed:
            if other.imposer is None and trigger.imposer is not None:
                other.imposer, other.imposer_ent = trigger.imposer, trigger.imposer_ent
                other.imposer_official = trigger.imposer_official
                other.concrete = True
            if trigger.action == "propose" and other.action == "impose":
                # "proposed a regulation that would ban imports of ...": the ban proposed
                other.action, other.rule = "propose", trigger.rule
                other.cue_words, other.cue_at = trigger.cue_words, trigger.cue_at
    return out


def _cited(view: SentenceView, trigger: Found, how: str) -> bool:
    """Whether an instrument is cited as the source of what the sentence reports:
    "according to a presidential decree published on Saturday"; with `how` "under", also
    "under a presidential decree published ..." (the caller sees that the step comes first)."""
    at = trigger.first - 1
    while at > 0 and (view.low(at) in ("a", "an", "the", "its", "their")
                      or view.toks[at].text.islower() and view.low(at).isalpha()
                      and view.low(at) not in ("to", "under", "by", "in")):
        at -= 1
    if how == "under" and view.low(at) == "under":
        return True
    return view.low(at) == "to" and view.low(at - 1) == "according"


def _opens_with_in(view: SentenceView, trigger: Found) -> bool:
    """Whether the instrument stands in a phrase that opens the sentence with "In" ("In an
    executive order signed on Monday, ..."), a comma after it before the main clause."""
    at = 0
    while at < trigger.first and view.low(at) in ("“", '"', "‘", "'"):
        at += 1
    if view.low(at) != "in" or not all(
            view.low(between) in ("a", "an", "the", "its", "his", "her", "their")
            or view.toks[between].text[:1].isupper() or view.low(between) == "new"
            for between in range(at + 1, trigger.first)):
        return False
    return any(view.low(after) == "," for after in range(trigger.last + 1, len(view.toks)))


def _instrument_reach(view: SentenceView, instrument: Found, other: Found) -> int:
    """How far the verb saying what an instrument does may stand: further across a
    relative clause ("an executive order on Wednesday that will restrict ...")."""
    between = {view.low(at) for at in range(instrument.last + 1, other.cue_at)}
    return _INSTRUMENT_REACH_RELATIVE if between & {"that", "which"} else _INSTRUMENT_REACH


def _without_contents(view: SentenceView, found: list[Found]) -> list[Found]:
    """ "licensing rules introduced in February require importers to seek approval": a duty
    laid on a class of bodies whose subject is a measure named just before is that
    measure's content, not a record of its own (GUIDELINES 4.2)."""
    out = []
    for trigger in found:
        owner = next((other for other in found
                      if other is not trigger and trigger.entry.kind == "verb_bound"
                      and trigger.type == "other" and other.entry.kind not in VERB_KINDS
                      and 0 < trigger.first - other.last <= _CONTENT_REACH
                      and not any(view.low(at) in _CONTENT_BREAKS
                                  for at in range(other.last + 1, trigger.first))), None)
        relative = owner is None and _relative_owner(view, trigger, found)
        if relative:
            owner = relative
            if not owner.targets:
                owner.targets = list(trigger.targets)
        if owner is None:
            out.append(trigger)
            continue
        if owner.imposer is None and trigger.imposer is not None:
            owner.imposer, owner.imposer_ent = trigger.imposer, trigger.imposer_ent
            owner.imposer_official = trigger.imposer_official
    return out


def _relative_owner(view: SentenceView, trigger: Found, found: list[Found]) -> Found | None:
    """ "restrictions announced by Washington in October, which barred US firms from
    supplying tools to Chinese factories": a relative clause saying what a measure named
    just before does is that measure's content; its subject is the measure, not a party."""
    if trigger.entry.kind != "verb_bound" or view.low(trigger.first - 1) not in ("which", "that"):
        return None
    owners = [other for other in found if other is not trigger and other.type == trigger.type
              and other.entry.kind not in VERB_KINDS
              and 0 < trigger.first - other.last <= _RELATIVE_CONTENT_REACH
              and not any(view.low(at) in _RELATIVE_BREAKS
                          for at in range(other.last + 1, trigger.first))]
    return owners[-1] if owners else None


# Nouns of a step only voiced, which a party can give up: "dropped its threat to impose".
_VOICED_STEPS = frozenset({"threat", "threats", "plan", "plans", "proposal", "proposals",
                           "idea", "demand", "demands"})
_GIVING_UP = frozenset({"drop", "drops", "dropped", "dropping", "abandon", "abandons",
                        "abandoned", "abandoning", "withdraw", "withdraws", "withdrew",
                        "withdrawn", "scrap", "scraps", "scrapped", "scrapping", "shelve",
                        "shelves", "shelved", "ditch", "ditches", "ditched", "shelving"})
_VOICED_REACH = 6  # tokens from the noun of a voiced step to its measure


def _voiced_step(view: SentenceView, trigger: Found) -> tuple[int, int]:
    """(the noun of a step only voiced that names the trigger, the verb that gives it up):
    "renewed its [threat] to impose wider curbs" (-1 for the verb), "[dropped] its threat
    to impose", "[abandoned] plans for a levy"; (-1, -1) when there is none."""
    for at in range(trigger.first - 1, max(0, trigger.first - _VOICED_REACH) - 1, -1):
        if view.low(at) in _VOICED_STEPS and view.low(at + 1) in ("to", "of", "for"):
            verb = at - 1
            if view.low(verb) in ("its", "their", "the", "a", "his", "her"):
                verb -= 1
            return at, verb if verb >= 0 and view.low(verb) in _GIVING_UP else -1
        if view.low(at) in (",", ";", ".") or at in view.trigger_at:
            break
    return -1, -1


def _named_in_passing(view: SentenceView, trigger: Found) -> bool:
    """ "Canada's partners in the North American Free Trade Agreement": a deal named by its
    title after "in", "of" or "under the", with no word of what anyone does with it, places
    its parties; it is no step (GUIDELINES 4.1: vague references)."""
    if trigger.type != "agreement" or not view.toks[trigger.first].text[:1].isupper():
        return False
    at = trigger.first - 1
    while at >= 0 and view.toks[at].text[:1].isupper() and view.low(at) not in ("the", "a"):
        at -= 1
    return view.low(at) == "the" and view.low(at - 1) in ("in", "of", "under", "within")


# Words after a measure named with no verb that make it a topic of talks.
_TOPIC_WORDS = frozenset({"agenda"})
_TOPIC_REACH = 7
# Time or a chance given to do something: "three more weeks to strike deals".
_TIME_GIVEN = frozenset({"time", "days", "weeks", "months", "years", "chance", "window",
                         "opportunity", "deadline"})
# Nouns of talks, and the words before what they are about: "talks on replacing ...".
_TALKS = frozenset({"talks", "negotiations", "discussions", "consultations", "dialogue"})
_TALKED_OF = frozenset({"on", "over", "about"})
# Verbs by which a step is said to go against a standing deal.
_BREAKING = ("break", "broke", "breach", "violat", "contraven", "flout", "infring")
_BREAKING_REACH = 8  # tokens from the verb to the deal ("breaks the spirit of an EU accord")


def _held_up_as_broken(view: SentenceView, trigger: Found) -> bool:
    """ "which says it breaks the spirit of an EU partnership accord": a deal a step is said
    to break is the standard it is held to, no step of its own."""
    if trigger.type != "agreement":
        return False
    return any(view.low(at).startswith(_BREAKING)
               for at in range(max(0, trigger.first - _BREAKING_REACH), trigger.first))


def _a_state_agreed(view: SentenceView, trigger: Found) -> bool:
    """Whether a state by its own name or its capital agreed ("Beijing also agreed to"):
    not a person, a firm, ministers or "the government", nor one in a relative clause
    ("the regime, which Russia has agreed to phase out": a step told of the measure)."""
    at = trigger.first - 1
    while at >= 0 and view.low(at) in _AGREED_SKIP:
        at -= 1
    agent = view.ent_at.get(at)
    return agent is not None and agent.kind == "country" and not agent.demonym \
        and not agent.authority and view.low(agent.first - 1) not in ("which", "that")


# Verbs of "raising the stakes", the idiom.
_STAKES_RAISED = ("rais", "upp", "increas", "heighten")
# A day set for a deal to come: "a deadline of December 6 for a deal".
_DEADLINE_NOUNS = frozenset({"deadline", "deadlines", "target", "date", "timetable"})
_AGREED_SKIP = frozenset({"has", "had", "have", "also", "then", "later", "finally",
                          "eventually", "in", "turn"})


# Participles of a probe brought to its end by the step told before them.
_CONCLUDING = frozenset({"ending", "concluding", "completing", "closing"})


def _read(view: SentenceView, trigger: Found, types_here: list[str]) -> bool:
    """Type, action and parties of one trigger; False when it names no measure here."""
    if trigger.entry is _AGREED_ALONE_ENTRY and not _a_state_agreed(view, trigger):
        return False
    if trigger.entry.kind == "generic":
        mtype = resolve_type(view, trigger, types_here)
        if mtype is None:
            return False
        trigger.type = mtype
    elif trigger.entry.phrase in ("ban", "embargo", "trade embargo"):
        from_object = object_type(view, trigger)
        told = from_object or told_type(view, trigger)
        trigger.type = told or trigger.type
        trigger.default_type = told is None
        trigger.told_again = told is not None and from_object is None
    action, explicit, cue = view.action(trigger)
    if trigger.type == "investigation" and 0 < cue < trigger.first \
            and view.low(cue) in _CONCLUDING and view.low(cue - 1) == "," \
            and any(mtype in ("trade_defence", "tariff") for mtype in types_here):
        return False  # "has imposed anti-dumping duties ..., ending a year-long
        # investigation": the probe's outcome is the step the sentence tells
    if trigger.entry.phrase == "stakes" and view.low(trigger.last - 1) == "the" \
            and view.low(trigger.last - 2).startswith(_STAKES_RAISED):
        return False  # "raising the stakes in a row over bluefin tuna": an idiom, no stakes
        # in a firm
    if trigger.type == "agreement" and 0 <= cue < trigger.first and any(
            view.low(at) in _DEADLINE_NOUNS and view.low(trigger.first - 1 - (
                view.low(trigger.first - 1) in DETERMINERS)) == "for"
            for at in range(cue + 1, trigger.first)):
        return False  # "had set a deadline of December 6 for a deal but failed to broker
        # one": the deal hoped for (4.2: the evidence of the talks' record at most)
    aid = trigger.entry in (_AID_ENTRY, _RECEIVED_ENTRY)
    if cue < 0 and (aid or trigger.type == "subsidy" and trigger.entry.kind == "direct"):
        # (a subsidy a subject "gets" is one it receives: only the sums' own entries)
        giving = _paying_verb_before(view, trigger, receiving=aid)
        if giving >= 0:
            # "would pay farmers 500 million euros in compensation": the sum is given
            action, explicit, cue = "impose", True, giving
            trigger.rule, trigger.cue_words = "measure.verb-object", view.toks[giving].text
            trigger.cue_at = giving
    action = _limit_direction(view, trigger, action, cue)
    if action == "lift" and trigger.type in ("tariff", "quota") and _on_a_share(view, trigger):
        action = "ease"  # "will remove tariffs on 92% of Mercosur exports": some of them
    if trigger.type == "other" and trigger.entry.phrase in ("licence", "license") \
            and _LICENCE_TO_TRADE.match(view.doc.text, trigger.end):
        trigger.type = "export_control"  # "licences that allowed Huawei to buy American
        # components": what sellers abroad may ship it (4.3 export_control)
    if action == "lift" and trigger.type == "export_control" \
            and trigger.entry.phrase.split(" ")[-1] in ("licence", "license"):
        action = "impose"  # "revoked the licences that allowed Intel to ship chips"
    if action in ("lift", "delay") and trigger.type == "other" \
            and trigger.entry.phrase.split(" ")[-1] in _LICENCE_WORDS \
            and 0 <= cue < len(view.toks) and view.low(cue).startswith(_WITHDRAWING):
        action = "impose"  # "suspended the operating licence of Acme Bank", "revoked the
        # licences of three fishing companies": a penalty laid on the holder, not a rule
        # eased or put off
    if trigger.entry.phrase in _WHITE_LISTS and 0 <= cue < len(view.toks):
        # "removed South Korea from its white list of trusted trading partners": exports
        # to it need licences again; "restored Japan to its white list": eased
        verb = view.low(cue)
        if verb.startswith(_OFF_A_LIST):
            action = "impose"
        elif verb.startswith(_BACK_ON_A_LIST):
            action = "ease"
    if action == "maintain" and 0 <= cue < len(view.toks) - 1 and view.low(cue) == "be" \
            and view.low(cue + 1) == "subject":
        action = "impose"  # "will from 8 November be subject to a 10% tax": laid anew (but
        # "is subject to a 25% duty" stands)
    if action == "impose" and 0 < cue < trigger.first and view.low(cue - 1) == "still":
        action = "maintain"  # "will still require licenses", "still bans imports": in force
    if action == "extend" and trigger.type == "subsidy" \
            and trigger.entry.phrase.split(" ")[-1].rstrip("s") in ("loan", "credit") \
            and view.low(trigger.last + 1) == "to":
        action = "impose"  # "will extend cheap loans to exporters": loans granted
    if action == "lift" and trigger.type in ("tariff", "trade_defence", "other") \
            and 0 <= cue < len(view.toks) and view.low(cue).startswith("lift") \
            and _LIFTED_TO_A_RATE.match(view.doc.text, trigger.end, view.end):
        action = "impose"  # "would lift tariffs on steel and toys to between 10% and 50%":
        # raised to a rate, not removed
    if action == "impose" and trigger.type == "export_control" and 0 < cue < len(view.toks) \
            and view.low(cue) in ("issuing", "granting", "approving") \
            and view.low(cue - 1).startswith(("resum", "restart")):
        action = "ease"  # "will resume issuing export licences for magnets": let out again
    if trigger.entry.phrase in SANCTION_LICENCES and action in ("impose", "lift"):
        # "issued a general licence allowing Iran Air to wind down its operations": leave to
        # do what the sanctions bar (4.4 ease), not a sanction laid; revoked, the bar is
        # whole again (impose)
        action = "ease" if action == "impose" else "impose"
    if trigger.entry is _TO_COURT_ENTRY:
        trigger.rule = "measure.court-case"
    if trigger.entry is _REFERRED_ENTRY:
        trigger.rule = "measure.referred"
    if trigger.entry.kind in ("needs_wto", "verb_wto"):
        trigger.rule = ("measure.wto-complaint"
                        if WTO.search(view.doc.text, view.start, view.end) is not None
                        or trigger.entry.phrase in FILED_NOUNS
                        and names_wto(view.doc.text)
                        else "measure.court-case")
    framed = read_frame(view, trigger, _probe_action(view, trigger, action), cue)
    if framed is None or (trigger.entry.kind == "needs_act" and not _acted_on(view, trigger, cue)):
        return False
    if trigger.rule == "measure.bare" and (_named_in_passing(view, trigger)
                                           or _held_up_as_broken(view, trigger)):
        return False
    if trigger.rule in ("measure.named", "measure.bare") and any(
            view.low(at) in _TOPIC_WORDS
            for at in range(trigger.last + 1, min(len(view.toks), trigger.last + _TOPIC_REACH))):
        return False  # "officials said export controls would be on the agenda": a topic
        # of talks, no step (GUIDELINES 4.1)
    if 2 <= cue < trigger.first and view.low(cue).endswith("ing") \
            and view.low(cue - 1) in _TALKED_OF and view.low(cue - 2) in _TALKS:
        return False  # "Talks on replacing those duties with minimum prices have made
        # little progress": a step talked over, not taken (GUIDELINES 4.1)
    if trigger.type == "agreement" and 1 <= cue < trigger.first and view.low(cue - 1) == "to" \
            and any(view.low(at) in _TIME_GIVEN for at in range(max(0, cue - 5), cue - 1)):
        return False  # "giving trading partners three more weeks to strike deals": time
        # to make a deal, none made
    trigger.action, trigger.explicit_action = framed, explicit
    if trigger.entry in (_AGREED_ENTRY, _AGREED_ALONE_ENTRY) \
            and framed in ("lift", "ease", "delay", "extend", "maintain"):
        # "Ruritania agreed to end budget support": the word given is a new agreement; the
        # verb after it is what the agreement does (the record of that step says "lift");
        # a word only proposed or threatened keeps its frame
        trigger.action, trigger.explicit_action = "impose", True
        trigger.rule, trigger.cue_words = "measure.verb-trigger", view.toks[trigger.first].text
    needed = _needed_at(view, trigger) if trigger.rule == "measure.named" else -1
    if needed >= 0:
        # "Exporters will need a licence to ship gallium abroad, the ministry said": a rule
        # laid on them, by whoever voices it; a need told in the present stands
        # ("will need", and "now need": newly)
        future = view.low(needed - 1) in ("will", "would", "shall", "now")
        trigger.action, trigger.explicit_action = ("impose" if future else "maintain"), True
        trigger.rule, trigger.cue_words = "measure.licence-needed", view.toks[needed].text
    voiced, abandoned = _voiced_step(view, trigger)
    if abandoned >= 0:
        # "the EU dropped its threat to impose safeguard curbs": the step is given up; "shelved
        # plans to lift its arms embargo": the embargo stays
        trigger.action = "maintain" if trigger.action in ("lift", "ease") else "lift"
        trigger.explicit_action = True
        trigger.rule, trigger.cue_words = "measure.abandoned", view.toks[abandoned].text
        trigger.framed = True
    elif voiced >= 0 and view.low(voiced).startswith("threat") and trigger.action == "impose" \
            and view.low(voiced - 2) not in ("out", "on", "through") \
            and view.low(voiced - 1) not in ("out", "on", "through"):
        # "renewed its threat to impose safeguard curbs" (not "carried out its threat")
        trigger.action, trigger.explicit_action = "threaten", True
        trigger.rule, trigger.cue_words = "measure.threat", view.toks[voiced].text
        trigger.framed = True
    find_parties(view, trigger, cue, explicit or trigger.framed)
    if trigger.imposer is None and trigger.entry.phrase in _LICENCE_WORDS \
            and view.low(trigger.last + 1) == "from":
        # "will still require licenses from the Commerce Department": the body that issues
        # the licences lays the need for them
        issuer = view.ent_at.get(trigger.last + 2 + (view.low(trigger.last + 2) == "the"))
        if issuer is not None and issuer.kind in ("organization", "country") \
                and issuer.official and not issuer.demonym:
            trigger.imposer, trigger.imposer_ent = acting_name(view, issuer), issuer
            trigger.imposer_official = True
    if trigger.imposer is None and not trigger.weak and trigger.type != "agreement" \
            and (trigger.type != "investigation" or trigger.targets):
        speaker = trailing_speaker(view, trigger.last)
        if speaker is not None:
            # "Fuel duty will rise by 1.25p a litre from September, the Treasury said": the
            # body whose word closes the sentence lays the step no one else is told to take
            # (not a probe of no one named: "any company ... will be investigated")
            trigger.imposer, trigger.imposer_ent = acting_name(view, speaker), speaker
            trigger.imposer_official, trigger.concrete = True, True
    if trigger.entry is _INSPECTION_ENTRY and view.ents \
            and view.ents[0].kind == "organization" and not view.ents[0].official:
        return False  # "Karpaty said ... it had invited Russian inspectors to visit its
        # factories": a firm opening its doors, no inspection laid
    last = view.doc.last_imposer
    if trigger.imposer is None and trigger.entry is _INSPECTION_ENTRY and last is not None \
            and last.official and not last.demonym \
            and 0 <= trigger.start - last.start <= JUST_BEFORE:
        # "Rospotrebnadzor banned the sweets. ... inspectors were also examining sweets
        # from two other producers": the inspectors of the body that acted just before
        trigger.imposer, trigger.imposer_ent = acting_name(view, last), last
        trigger.imposer_official = True
    if trigger.entry is _REFERRED_ENTRY:
        # (the body the case goes to probes it; it is no target: "to the Competition
        # Commission")
        referred = _REFERRED.match(view.doc.text, trigger.start)
        if referred is not None:
            text = view.doc.text
            body = text[text.rfind(" to ", trigger.start, referred.end()):referred.end()]
            trigger.targets = [name for name in trigger.targets
                               if name not in body and name.split()[-1].lower() not in body]
    if trigger.entry is _LEFT_ENTRY and not trigger.targets:
        return False  # "allowed to leave Iraq", "chose to leave the Conservatives": no state
        # giving up a body of states
    if trigger.exempted_at >= 0:
        exemption_sides(view, trigger)
    if trigger.type == "investigation" and trigger.entry.phrase in INVESTIGATIVE \
            and trigger.rule != "measure.wto-complaint" \
            and (_DUMPING.search(view.doc.text, trigger.end,
                                 min(view.end, trigger.end + _DUMPING_REACH))
                 or _INTO_IMPORTS.match(view.doc.text, trigger.end)
                 and not _SECURITY_PROBE.search(view.doc.text, view.start, view.end)):
        # "an investigation into whether Chinese suppliers of wind turbines received unfair
        # state subsidies": an anti-subsidy (or anti-dumping) probe (4.3 trade_defence); but
        # a WTO complaint over anti-dumping duties is a complaint, and a probe into imports
        # on national security grounds ("Section 232") another probe (4.3 investigation)
        trigger.type = "trade_defence"
    if trigger.type == "tariff" and "safeguard" in view.doc.text[trigger.end:view.end] \
            and _CALLED_A_SAFEGUARD.match(view.doc.text, trigger.end, view.end):
        # "Japan raised its tariff on frozen beef to 50% from 38.5%, a safeguard that will
        # stay in place until March": the duty the apposition names a safeguard (4.3)
        trigger.type = "trade_defence"
    if trigger.type == "other" and trigger.entry.phrase in _INSTRUMENT_WORDS \
            and _ON_FOREIGN_OWNERSHIP.match(view.doc.text, trigger.end):
        # "will scrap rules barring foreign investors from palm oil plantations": rules of
        # foreign investment (4.3 investment_restriction)
        trigger.type = "investment_restriction"
    if trigger.type == "other" and trigger.entry.kind == "verb_bound" \
            and trigger.entry.phrase in ACCESS_NOUNS:
        trigger.type = access_denied_type(view)  # "bars 52 more vessels from EU ports" in a
        # story of sanctions
    if trigger.type == "other" and trigger.entry.kind in ("verb_bound", "verb") \
            and "deposit" in view.doc.text[view.start:view.end] \
            and _DEPOSITS.search(view.doc.text, view.start, view.end):
        # "will require importers of pork to pay deposits of 15.6% to 62.4%": the duty laid
        # on them is the deposit, a provisional anti-dumping duty (4.3 trade_defence)
        trigger.type = "trade_defence"
    if trigger.type == "export_control" and trigger.bound \
            and trigger.entry.phrase in _SHIPMENT_NOUNS and _another_states_goods(view, trigger):
        # "China blocked shipments of Australian coal": another state's goods kept out (4.3
        # import_ban), not its own held back
        trigger.type = "import_ban"
    if trigger.type == "agreement" and trigger.entry.phrase.endswith(("talks", "negotiations")) \
            and any(view.low(at) in _MEMBERSHIP_TALKS for at in range(trigger.first,
                                                                      trigger.last + 1)):
        # "The EU decided to open accession talks with Ukraine": one body admits applicants
        # to membership talks (4.3 other), no deal of two parties
        trigger.type = "other"
    deal = _deal_it_belongs_to(view, trigger)
    if deal is not None and trigger.imposer is None:
        # "a deal with Moscow that caps imports of Russian steel at 750,000 tons": the
        # deal's content of another type, a record of its own laid by the deal's sides (4.2)
        trigger.imposer, trigger.imposer_ent = deal.imposer, deal.imposer_ent
        trigger.imposer_official = deal.imposer_official
        trigger.targets = trigger.targets or [name for name in deal.targets
                                              if name != deal.imposer]
        trigger.concrete = True  # its sides are the deal's ("a deal which cuts tariffs")
    if trigger.action == "impose" and _demanded_that(view, trigger, cue):
        # "French farmers demanded that the European Union cap imports of Ukrainian poultry":
        # a step asked of the EU, put forward, not taken (4.4 propose)
        trigger.action, trigger.rule = "propose", "measure.demanded-that"
    if trigger.action == "impose" and _proposed_in_a_bill(view, trigger, cue):
        # "Senators introduced a bill that would ban imports of Russian uranium": what a
        # bill would do is put forward, not adopted (4.4 propose)
        trigger.action, trigger.rule = "propose", "measure.bill-would"
        if trigger.imposer is None:
            _bill_brought_by(view, trigger, cue)
    if _bill_of_a_member(view, trigger, cue):
        # "Sen. Sam Brownback said he would introduce legislation ...": a member's bill is
        # put forward, not adopted (4.4 propose)
        trigger.action, trigger.rule = "propose", "measure.members-bill"
    if trigger.type == "investment_restriction" and trigger.entry.phrase.startswith(
            "nationali") and any(view.low(at) in _BANKS for at in range(
                max(0, trigger.first - _RESCUE_REACH),
                min(len(view.toks), trigger.last + _RESCUE_REACH))):
        trigger.type = "other"  # "the second major Japanese bank to be nationalized": a
        # bank rescued, not foreign owners' assets taken over
    if trigger.entry.phrase == "flow" and _ILLICIT_FLOW.match(view.doc.text, trigger.end):
        return False  # "to curb the flow of fentanyl": policing, no trade measure
    if trigger.entry.phrase == "flow" and _CAPITAL_FLOW.match(view.doc.text, trigger.end):
        trigger.type = "investment_restriction"  # "restrict the flow of American capital
        # into China's technology sector": investment held back (4.3)
    if trigger.type == "subsidy" and trigger.bound and any(
            view.low(at) in _BORROWING for at in range(trigger.last + 1, trigger.last + 5)):
        return False  # "Asian states could stop funding the US deficit": buying its bonds
    if business_decision(trigger):
        if trigger.type != "investigation" or view.low(cue) not in _SETTLING:
            return False
        # "Acme paid $3m to end the investigations": the firm is what is investigated.
        trigger.targets = [name for name in [trigger.imposer, *trigger.targets] if name]
        trigger.imposer, trigger.imposer_ent, trigger.imposer_company = None, None, False
    if trigger.rule in ("measure.opinion", "measure.demand"):
        # who voices a view of a step or asks for it lays nothing
        trigger.imposer, trigger.imposer_ent = None, None
    if (trigger.entry.phrase == DUTY_ON_A_CLASS or trigger.entry in _FOREIGN_SHARES) and (
            trigger.imposer is None or trigger.imposer_ent is not None
            and trigger.imposer_ent.kind == "place" and not trigger.imposer_official):
        # (a dateline's city before the class lays nothing: "MINSK - Importers must ...")
        trigger.imposer, trigger.imposer_ent = None, None
        _lays_the_duty(view, trigger)
        trigger.concrete = trigger.concrete or trigger.imposer is not None
    last = view.doc.last_imposer
    if trigger.entry is _LICENCE_EXEMPTS_ENTRY and trigger.imposer is None \
            and last is not None and not last.demonym and last.name not in trigger.targets:
        # "A second licence exempts the Caspian Pipeline Consortium": granted by whoever
        # laid the sanctions told before
        trigger.imposer, trigger.imposer_ent, trigger.imposer_official = last.name, last, True
    if trigger.type == "sanction" and trigger.entry.kind == "verb_bound" \
            and 0 <= cue < len(view.toks) - 1 and view.low(cue).startswith(("remain", "stay")) \
            and view.low(cue + 1) == "on" and trigger.imposer and trigger.targets:
        # "Iran remains on the State Department's list of countries that sponsor
        # terrorism": who remains on the list is listed; whose list it is keeps it
        listed = trigger.imposer
        trigger.imposer, trigger.imposer_ent = trigger.targets[0], None
        trigger.targets = [listed]
    fill_unnamed_sides(view, trigger)
    if trigger.imposer in view.doc.parties and trigger.action in _A_PARTYS_PLEDGES:
        # "Labour's finance spokeswoman said her party would impose a one-off levy", "the
        # Conservatives pledged to scrap stamp duty": a party puts a step forward (4.4
        # propose); a state takes it
        trigger.action, trigger.explicit_action = "propose", True
    if trigger.imposer in view.doc.words.rescue_lenders and (
            trigger.type == "subsidy" or trigger.type == "sanction" and trigger.bound):
        # "the IMF, which approved a $7.2 billion credit line for Argentina", "the IMF
        # suspended lending to Kenya": a rescue of a state (4.3 other), not state aid nor a
        # sanction
        trigger.type = "other"
    if trigger.type == "investment_restriction" and view.low(trigger.last) in ("bid", "bids") \
            and view.low(trigger.last + 1) == "to" and view.low(trigger.last + 2) in _JOINING:
        # "Georgia could block Russia's bid to join the WTO": a state kept out of a body
        # (4.3 other), no takeover
        trigger.type = "other"
    if trigger.needs_official and not official_party(trigger):
        return False
    if (trigger.entry.phrase in _LEGAL_ACTIONS or trigger.entry.phrase in _SUE_FORMS
            or trigger.entry is _TO_COURT_ENTRY or trigger.entry is _CHARGED_ENTRY) \
            and not _public_body_acts(trigger):
        return False  # "Marion Jones filed a lawsuit", "faces legal action from the mother"
    unnamed = trigger.imposer_ent is not None and trigger.imposer_ent.authority
    if trigger.type == "investigation" and not trigger.targets and not (
            trigger.imposer_official and not unnamed) and not (
            trigger.entry.phrase in FILED_NOUNS
            and FILED_WITH_A_FORUM.match(view.doc.text, trigger.end) is not None):
        return False  # a probe of nobody named by nobody named: "officers are investigating"
        # (but "the government had filed a formal complaint with the EAC secretariat")
    return trigger.qualified or official_party(trigger)


def _lays_the_duty(view: SentenceView, trigger: Found) -> None:
    """Who lays a duty on a class ("citrus consignments must carry certificates"): the state
    or public body that says so before it or after it, else the state that took the last
    step, else (none before it, or a person) the state the article is about or its
    dateline names (the sentence names no one to take it)."""
    said_by = speaker_before(view, trigger.first) or trailing_speaker(view, trigger.last)
    if said_by is not None and not said_by.demonym and (
            said_by.kind == "country" or said_by.kind == "organization" and said_by.official):
        trigger.imposer, trigger.imposer_ent = said_by.name, said_by
        trigger.imposer_official = True
        return
    owner = _owner_of_the_rules(view) if said_by is None else None
    if owner is not None:
        trigger.imposer, trigger.imposer_ent = owner.name, owner
        trigger.imposer_official = True
        return
    if said_by is not None:
        return
    last = view.doc.last_imposer
    if last is not None and (last.demonym or last.kind not in ("country", "person")):
        return
    if last is not None and last.kind == "country":
        trigger.imposer, trigger.imposer_official = last.name, True
        return
    home = view.doc.home or view.doc.served or view.doc.dateline
    if home is not None:
        # "From next year, wealthy individuals ... will have to pay a tax rate of at least
        # 20%" in a story about one state's budget (its finance minister's last step, or
        # none before): that state lays it
        trigger.imposer, trigger.imposer_official = home, True


# Words for the rules a duty is laid under ("Under separate EU rules", "under the new law").
_LAID_UNDER = _LAW_WORDS | {"directive", "decree", "act"}
_OWNER_REACH = 4  # words between "under" and the owner of the rules
# Participles of issuing rules, before "by" and their owner ("rules announced by").
_ISSUED = frozenset({"announced", "unveiled", "published", "proposed", "introduced",
                     "issued", "adopted", "passed", "drawn", "set", "laid"})


def _owner_of_the_rules(view: SentenceView) -> Ent | None:
    """The state or public body whose rules the sentence lays a duty under ("Under separate
    EU rules that come into force in July, travel agents will have to ..."), if named."""
    for at in range(len(view.toks)):
        if view.low(at) != "under":
            continue
        for ahead in range(at + 1, min(len(view.toks), at + 1 + _OWNER_REACH)):
            ent = view.ent_at.get(ahead)
            if ent is None:
                continue
            official = ent.kind == "country" or ent.kind == "organization" and ent.official
            rules_after = any(view.low(word) in _LAID_UNDER
                              for word in range(ent.last + 1, ent.last + 3))
            return ent if official and rules_after else None
        rules = next((word for word in range(at + 1, min(len(view.toks), at + 1 + _OWNER_REACH))
                      if view.low(word) in _LAID_UNDER), -1)
        if rules >= 0 and view.low(rules + 1) in _ISSUED:
            # "Under new rules announced by the Treasury": who issued them
            by = rules + 2 + (view.low(rules + 2) in ("up", "out"))
            ent = view.ent_at.get(by + 1 + (view.low(by + 1) == "the"))
            if view.low(by) == "by" and ent is not None and (
                    ent.kind == "country" or ent.kind == "organization" and ent.official):
                return ent
    return None


# What a party says it would do: put forward, not taken.
_A_PARTYS_PLEDGES = frozenset({"impose", "lift", "ease", "extend"})
# What a probe of dumped or subsidised goods looks into, within this many characters after it.
_DUMPING = re.compile(r"\b(?:dump(?:ed|ing)|sold\s+below\s+(?:cost|fair\s+value)"
                      r"|below\s+(?:production\s+)?cost|unfair(?:ly)?\s+(?:low\s+)?prices?"
                      r"|unfair(?:ly)?\s+(?:state\s+)?subsid(?:ies|y|i[sz]ed)"
                      r"|received\s+(?:illegal\s+|unfair\s+)?(?:state\s+support|state\s+aid"
                      r"|subsidies|government\s+support)"
                      r"|countervail)", re.I)
# "an investigation into imports of tomatoes from Mexico": a trade remedy's probe of goods
# let in.
_INTO_IMPORTS = re.compile(r"\s+into\s+(?:the\s+)?(?:surge\s+in\s+|rising\s+)?imports\s+of\b",
                           re.I)
_DUMPING_REACH = 160
_SECURITY_PROBE = re.compile(r"\bnational[- ]security\b|\bsecurity grounds\b|\bSection 232\b",
                             re.I)
# Cases brought in court: an official probe when a public body brings them (4.3), a
# private lawsuit otherwise (4.1).
_LEGAL_ACTIONS = frozenset({"legal action", "court action", "legal proceedings",
                            "infringement proceedings", "infringement case", "lawsuit",
                            "antitrust suit", "antitrust lawsuit", "cases against",
                            "judicial review", "legal challenge"})


def _public_body_acts(trigger: Found) -> bool:
    """Whether a named public body, or an unnamed authority ("the government", "the
    Commission" its commissioner speaks for), acts."""
    ent = trigger.imposer_ent
    if ent is None:
        return trigger.authority_acts or (trigger.imposer is not None
                                          and trigger.imposer_official)
    if ent.kind == "person":
        # "Health Commissioner X said the Commission would start legal action": an office
        # holder speaks for the body (not "American sprinter Marion Jones")
        return trigger.imposer_official and state_title(ent.role)
    return ent.kind == "organization" and trigger.imposer_official


def _deal_it_belongs_to(view: SentenceView, trigger: Found) -> Found | None:
    """The deal read just before whose relative clause a bound measure is ("a deal that
    caps imports", "an agreement which limits exports"), if it names its sides."""
    # (or a measure whose verb opens that clause: "a trade deal that cuts tariffs")
    verb = trigger.first if trigger.entry.kind == "verb_bound" else trigger.cue_at \
        if 0 <= trigger.cue_at == trigger.first - 1 else -1
    if verb >= 2 and view.low(verb - 1) in _DEAL_MODALS:
        verb -= 1  # "a deal that will scrap duties on sugar"
    if verb < 1 or trigger.type == "agreement" or view.low(verb - 1) not in ("that", "which"):
        return None
    at = verb - 2
    while at >= 0 and at not in view.trigger_at and verb - at <= _DEAL_REACH:
        at -= 1
    deal = view.trigger_at.get(at)
    return deal if deal is not None and deal.type == "agreement" and deal.imposer else None


_DEAL_REACH = 6  # tokens from "that" back to the deal ("a deal with Moscow that")
_MEMBERSHIP_TALKS = frozenset({"accession", "membership", "entry"})
_DEAL_MODALS = frozenset({"will", "would", "shall"})


# Bills and the verbs by which a member of a legislature brings one; the titles of members.
_BILLS = frozenset({"legislation", "bill", "bills", "amendment", "amendments"})
_BRINGING = ("introduc", "tabl", "sponsor", "draft", "offer")
_MEMBERS = frozenset({"sen", "sen.", "senator", "rep", "rep.", "representative", "congressman",
                      "congresswoman", "lawmaker", "legislator", "mp", "mep", "deputy"})


# Verbs that ask another to act in a "that" clause: "demanded that the EU cap imports".
_DEMANDING_THAT = frozenset({"demanded", "demand", "demands", "demanding", "urged", "urge",
                             "urges", "insisted", "insist", "insists", "asked", "proposed",
                             "suggested", "recommended", "recommends", "recommend"})


def _demanded_that(view: SentenceView, trigger: Found, cue: int) -> bool:
    """Whether the measure's verb is the verb of a "that" clause a demand verb opens, its
    subject between: "demanded that the European Union cap imports", "urged that Japan
    lift its ban"."""
    verb = cue if 0 <= cue <= trigger.first else trigger.first
    at = verb - 1
    ent = view.ent_at.get(at)
    if ent is None:
        return False
    at = ent.first - 1
    if view.low(at) == "the":
        at -= 1
    return view.low(at) == "that" and view.low(at - 1) in _DEMANDING_THAT


_DRAFTS = frozenset({"bill", "bills", "draft", "drafts", "proposal", "proposals", "amendment",
                     "amendments", "legislation"})
_DRAFT_REACH = 3  # tokens from "that" back to the draft ("a draft law that would")


def _proposed_in_a_bill(view: SentenceView, trigger: Found, cue: int) -> bool:
    """Whether the measure's verb opens a relative clause "that would ..." on a bill, a
    draft or a proposal: "a bill that would bar imports", "a proposal which would require
    licences" (not "a law that bans"); or follows such a draft and "to": "Senators
    introduced a bill to ban imports of Chinese-made drones", "unveiled a proposal to ban"
    (not "passed a bill to ban ...", which a chamber has adopted; nor a government's own
    bill, "the government will introduce legislation to ban smoking", which it lays)."""
    if cue >= 2 and view.low(cue - 1) == "to":
        draft = next((at for at in range(cue - 2, max(-1, cue - 2 - _DRAFT_TO_REACH), -1)
                      if view.low(at) in _DRAFTS), -1)
        return draft >= 0 and (view.low(draft) not in _BILLS or not trigger.imposer_official) \
            and not any(view.low(at) in _ADOPTING_DRAFTS
                        for at in range(max(0, draft - _DRAFT_REACH), draft))
    if cue < 2 or view.low(cue - 1) != "would" or view.low(cue - 2) not in ("that", "which"):
        return False
    return any(view.low(at) in _DRAFTS for at in range(max(0, cue - 2 - _DRAFT_REACH), cue - 2))


_DRAFT_TO_REACH = 2  # tokens from "to" back to the draft's noun ("a draft law to ban")
# Verbs by which a chamber or a government adopts a draft: what it then does is laid.
_ADOPTING_DRAFTS = frozenset({"passed", "passes", "signed", "signs", "enacted", "approved",
                              "approves", "adopted", "adopts", "ratified"})


def _bill_brought_by(view: SentenceView, trigger: Found, cue: int) -> None:
    """Who brings the bill: the last state or public body named before it ("Lawmakers in
    Congress put forward a bill that would ..."), acting as the measure's imposer."""
    ent = next((ent for ent in reversed(view.ents) if ent.last < cue - 2 and ent.official
                and ent.kind in ("country", "organization") and not ent.demonym), None)
    if ent is not None:
        trigger.imposer, trigger.imposer_ent = acting_name(view, ent), ent
        trigger.imposer_official, trigger.concrete = True, True
    elif any(view.low(at) in view.doc.words.authority_nouns for at in range(0, cue - 2)):
        trigger.authority_acts, trigger.concrete = True, True  # "Lawmakers put forward ..."


def _bill_of_a_member(view: SentenceView, trigger: Found, cue: int) -> bool:
    """Whether a member of a legislature brings the bill (not a government)."""
    ent = trigger.imposer_ent
    if trigger.action != "impose" or trigger.entry.phrase not in _BILLS or cue < 0 \
            or not view.low(cue).startswith(_BRINGING) or ent is None or ent.kind != "person":
        return False
    actor = view.doc.by_name.get(ent.name)
    role = ent.role or (actor.role if actor is not None else None) or ""
    # (the title may lead a post told after it: "Sen., chairman of the Senate Commerce
    # Committee")
    words = role.lower().replace(",", " ").split()
    return bool(words) and (words[-1] in _MEMBERS or words[0] in _MEMBERS)


def _acted_on(view: SentenceView, trigger: Found, cue: int) -> bool:
    """Whether a word like "rules", "law" or "fine" is the object of a verb that makes one
    ("issued new rules", "a fine was imposed"), standing near it."""
    reach = _ACT_REACH
    before = trigger.first - (2 if view.low(trigger.first - 1) in ("a", "an", "the") else 1)
    if _needed_at(view, trigger) >= 0:
        return True  # "Exporters will need a licence to ship gallium abroad": a rule's need
    if view.low(before) in OBTAIN:
        reach += _OBTAIN_REACH  # "require companies to obtain a licence"
    reach += _sum_before(view, trigger.first)  # "imposed a 10 million pound penalty"
    if cue < 0 or not (-_ACT_REACH <= trigger.first - cue <= reach):
        return False
    if any(view.low(at) in _LEGAL_BASIS for at in range(cue + 1, trigger.first)):
        return False  # "seek compensation under WTO rules": the rules are no object of it
    words = (view.low(cue), view.low(cue) + " " + view.low(cue + 1))
    if cue < trigger.first and (words[0] in _RISING or words[1] in _RISING):
        return False  # "the minimum wage will rise to £5.05", not "a rise in fines"
    if words[0] in _KEEPING and (cue > trigger.first or view.low(cue + 1) == "up"):
        return False  # "kept a maximum price", not "our laws can keep up"
    return any(word in view.lex.act_verbs for word in words) or view.low(cue) in _NOUN_ACTS \
        or trigger.entry.phrase in _BILLS and words[0].startswith("offer")
    # ("would offer legislation requiring ...": a bill brought; not "offered a penalty")


_SUM_PARTS = frozenset({"million", "billion", "bn", "m", "thousand", "pound", "pounds",
                        "euro", "euros", "dollar", "dollars", "yen", "$", "£", "€", "¥"})


def _sum_before(view: SentenceView, first: int) -> int:
    """How many tokens right before `first` are a sum ("10 million pound", "$3m"), which
    the reach of a verb to its rule or fine does not count."""
    at = first - 1
    while at >= 0 and (view.low(at) in _SUM_PARTS or view.low(at).lstrip("$£€¥")[:1].isdigit()):
        at -= 1
    return first - 1 - at


# A verb that keeps a rule of its object only: "kept a maximum retail price".
_KEEPING = frozenset({"keep", "keeps", "kept", "keeping"})
# Verbs that make a rule of their subject only: "the minimum wage will rise to £5.05".
_RISING = frozenset({"rise", "rises", "rose", "risen", "rising", "go up", "goes up", "went up",
                     "gone up", "going up"})

# Verbs by which a class of bodies is told it needs a licence.
_NEEDING = frozenset({"need", "needs", "needed", "needing", "require", "requires",
                      "required", "requiring"})


def _needed_at(view: SentenceView, trigger: Found) -> int:
    """The index of "need" right before an export licence ("will need a licence to ship
    gallium abroad"), or -1."""
    if trigger.type != "export_control" \
            or trigger.entry.phrase.rsplit(None, 1)[-1] not in _LICENCE_WORDS:
        return -1  # ("a licence", "an export licence")
    before = trigger.first - (2 if view.low(trigger.first - 1) in ("a", "an", "the") else 1)
    return before if view.low(before) in _NEEDING else -1
# A limit works the other way round: lowering a cap or a quota tightens it, raising it
# eases it ("lowering the price cap on Russian crude", "raised the import quota").
_LIMIT_HEADS = frozenset({"cap", "caps", "ceiling", "ceilings", "quota", "quotas", "limit",
                          "limits"})
_LOWERING = frozenset({"lower", "lowers", "lowered", "lowering", "cut", "cuts", "cutting",
                       "reduce", "reduces", "reduced", "reducing", "slash", "slashes",
                       "slashed", "slashing"})
_RAISING = frozenset({"raise", "raises", "raised", "raising", "increase", "increases",
                      "increased", "increasing", "double", "doubles", "doubled",
                      "doubling", "expand", "expands", "expanded", "expanding", "rise",
                      "enlarge", "enlarges", "enlarged", "enlarging",
                      "rises", "rising", "rose", "risen"})


def _limit_direction(view: SentenceView, trigger: Found, action: str, cue: int) -> str:
    """The action a verb gives a limit: lowering one imposes more, raising one eases it;
    so too the threshold of a tax ("the stamp duty threshold would double", "raised the
    level at which buyers pay stamp duty")."""
    if cue < 0 or not any(view.low(at) in _LIMIT_HEADS
                          for at in range(trigger.first, trigger.last + 1)) \
            and not _tax_threshold(view, trigger):
        return action  # (the head is first in "the cap on foreign ownership", after the
        # verb in "raised the cap on foreign investment")
    verb = view.low(cue)
    if verb in _LOWERING and action == "ease":
        return "impose"
    if verb in _RAISING and action == "impose":
        return "ease"
    if verb.startswith("lift") and action == "lift" and _to_a_figure(view, trigger.last + 1):
        return "ease"  # "lifted its limit on foreign ownership of airlines to 49%": raised
    return action


_TO_FIGURE_REACH = 6  # tokens after the limit where "to 49%" may stand


def _to_a_figure(view: SentenceView, start: int) -> bool:
    """Whether "to" and a figure follow within the limit's phrase ("of airlines to 49%")."""
    for at in range(start, min(len(view.toks) - 1, start + _TO_FIGURE_REACH)):
        if view.low(at) in (",", ";", "."):
            return False
        if view.low(at) == "to" and view.low(at + 1)[:1].isdigit():
            return True
    return False


def _on_a_share(view: SentenceView, trigger: Found) -> bool:
    """Whether the measure falls on a share of the goods: "tariffs on 92% of exports"."""
    at = trigger.last + 1
    if view.low(at) not in ("on", "for"):
        return False
    figure = view.low(at + 1)
    if figure.endswith("%") and figure[:1].isdigit():
        return view.low(at + 2) == "of"
    return figure[:1].isdigit() and view.low(at + 2) in ("per", "percent") \
        and view.low(at + 3 + (view.low(at + 2) == "per")) == "of"


def _tax_threshold(view: SentenceView, trigger: Found) -> bool:
    """Whether a tax's trigger names its threshold: "the stamp duty threshold", "the
    threshold at which stamp duty is paid", "the level at which buyers pay stamp duty"."""
    if view.low(trigger.last + 1) in _THRESHOLDS:
        return True
    return any(view.low(at) in _THRESHOLDS or view.low(at) == "level"
               and view.low(at + 1) in ("at", "on") and view.low(at + 2) == "which"
               for at in range(max(0, trigger.first - _THRESHOLD_REACH), trigger.first))


_THRESHOLDS = frozenset({"threshold", "thresholds", "allowance", "allowances"})
_THRESHOLD_REACH = 8


# Verbs of a probe that, said of another measure, leave it standing.
# Acts done once, whose review probes those who gained by them.
_DONE_DEALS = ("privatisation", "privatization")
_UNDER_REVIEW = frozenset({"review", "reviews", "reviewed", "reviewing", "examine",
                           "examines", "examined", "examining"})


def _probe_action(view: SentenceView, trigger: Found, action: str) -> str:
    """Only probes are investigated ("launched subsidies" imposes); a probe that is
    imposed or investigated is investigated."""
    intrinsic_probe = trigger.type == "investigation" or (
        trigger.type == "trade_defence" and (view.low(trigger.last) in INVESTIGATIVE
                                             or trigger.entry is _INJURY_ENTRY))
    if intrinsic_probe and action in ("impose", "investigate"):
        return "investigate"
    if action == "investigate":
        # "would review its trade pact": a measure under review stands; "launched
        # subsidies" imposes them.
        cue = trigger.cue_at
        if 0 <= cue < trigger.first and view.low(cue) in _UNDER_REVIEW \
                and view.low(trigger.last).startswith(_DONE_DEALS):
            # "will review 3,000 privatisations": the sales made are probed (4.3)
            trigger.type = "investigation"
            return "investigate"
        return "maintain" if 0 <= cue < trigger.first and view.low(cue) in _UNDER_REVIEW \
            else "impose"
    return action
