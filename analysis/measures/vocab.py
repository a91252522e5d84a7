"""Small closed word classes the measure rules share (prepositions, determiners, clause
breaks, auxiliaries), how far they look, and the shape of a cue."""

from __future__ import annotations

import re

from ..datafiles import load_json

CLAUSE_STOPS = frozenset({";", "that", "which", "who", "whom", "whose", "while", "whereas",
                          "although", "though", "because", "but", "citing", "—", "–"})
TARGET_PREPS = frozenset({"on", "against", "into", "targeting", "targetting", "to", "from",
                          "for", "between", "of", "over", "at", "with", "including",
                          "affecting", "toward", "towards", "upon"})
PP_PREPS = TARGET_PREPS | {"in", "by", "about", "under", "among", "after", "before",
                           "during", "than", "like", "as", "across", "via", "within"}
# Words an object phrase runs on through: "steel imported from Canada and Mexico".
TARGET_CONTINUE = frozenset({"imported", "exported", "made", "produced", "originating",
                             "sourced", "shipped", "manufactured", "coming", "and", "or",
                             "including", "targeting", "from", "in", "to", "of", "on",
                             "against", "into", "such", "as", "both", "either", "like",
                             "other"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this",
                         "these", "those", "that", "some", "certain", "all", "any", "new",
                         "fresh", "further", "additional", "more", "another", "existing",
                         "current", "temporary", "sweeping", "broad", "tough", "tougher",
                         "steep", "heavy", "higher", "lower", "hefty", "extra", "so-called",
                         "own", "first", "second", "latest", "planned", "proposed",
                         "possible", "potential", "wide-ranging", "targeted", "retaliatory",
                         "reciprocal", "punitive"})
BE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "will", "would", "has",
                    "have", "had", "to", "get", "got"})
# Finite forms after a name that make it a clause's subject: "the US has", "Ottawa would".
FINITE = frozenset({"has", "had", "have", "will", "would", "was", "were", "is", "are", "could",
                    "may", "might", "should", "can"})
PARTICIPLES = frozenset({"cut", "set", "put", "hit", "kept", "left", "sold", "struck", "given",
                         "frozen", "begun", "brought", "sought", "withdrawn", "risen", "sent"})
INVESTIGATIVE = frozenset({"probe", "probes", "investigation", "investigations", "inquiry",
                           "inquiries", "case", "cases", "review", "reviews", "complaint",
                           "dispute"})
ACTION_PREPS = frozenset({"of", "on", "to", "in", "for"})
OBJECT_VERBS = frozenset({"told", "said", "asked", "urged", "met", "joined", "accused",
                          "criticised", "criticized", "warned", "sued", "blamed", "hit",
                          "attacked"})
POSSESSIVE = ("’s", "'s")
# The verbs of a ban kept, right before "banned": "will remain banned", "stay banned".
STAYS_BANNED = frozenset({"remain", "remains", "remained", "stay", "stays", "still"})
# Nouns of what a party proposes to do itself: "a plan by Acme to buy ...", "an offer by".
PROPOSALS = frozenset({"plan", "plans", "offer", "offers", "proposal", "proposals", "bid",
                       "bids", "approach"})
# Verbs of getting what a measure requires: "require companies to obtain a licence" is
# the licence required, the verb before them governs it.
OBTAIN = frozenset({"obtain", "obtained", "get", "secure", "seek", "hold", "apply"})
# After these a verb form qualifies the noun ("a lower duty", "its planned tariffs"): the
# verb that governs the phrase is further back.
POSSESSIVE_DETERMINERS = frozenset(("its", "their", "his", "her", "our"))
ATTRIBUTIVE = frozenset(("a", "an", "the")) | POSSESSIVE_DETERMINERS
# A state's legislature: what a government asks of it is its own plan ("will ask Congress
# to scrap the programme"), in the measure rules and the deadline rules alike.
LEGISLATURES = frozenset({"congress", "parliament", "senate", "lawmakers", "legislators",
                          "mps", "deputies", "diet", "duma", "bundestag", "legislature"})
# Words that end an object phrase: "tariffs on Mexico for 30 days after Sheinbaum ...".
PHRASE_ENDS = frozenset({"by", "after", "before", "because", "when", "while", "since",
                         "unless", "if", "until", "as", "following", "despite", "amid",
                         "under",
                         # why it is laid: "against Russia over its war in Ukraine"
                         "war", "wars", "invasion", "annexation", "occupation",
                         "aggression",
                         # whom the targets are close to: "individuals with close links
                         # to President Putin"
                         "links", "ties", "connections",
                         # why, told after the targets: "in retaliation for", "in
                         # response to" (and "over", see objects.py)
                         "retaliation", "response"})
# First words of phrases said of their subject: "is on trial for", "was charged with".
PATIENT_STARTS = frozenset({"on", "under", "charged", "stand", "stood", "went", "go"})
SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "announced", "confirmed",
                          "stated", "explained", "insisted", "warned", "argued"})
# Prepositions that also open a clause: "after the US lifted ...".
CONJUNCTIONS = frozenset({"after", "before", "since", "until", "as", "than"})
PLACE_PREPS = frozenset({"in", "across", "of", "from", "at", "around", "throughout"})

# How far the rules look, in tokens.
VERB_REACH_BEFORE = 12  # a trigger's verb before it
VERB_REACH_AFTER = 8  # ... or after it ("the pact between A and B was scrapped")
TARGET_PHRASE_WORDS = 14  # an object phrase
LIST_REACH = 5  # from a comma to the "and" that closes a list
ASIDE_REACH = 12  # an aside ", which ...,"

# Trigger kinds whose word is a verb that names the measure ("fined", "challenged").
VERB_KINDS = frozenset({"verb", "verb_wto"})

Cue = tuple[str, bool, int]  # (action, explicit, index of the word that says it)
# Nouns of an answer to a measure named after them: "weighs its response to U.S. tariffs"
# (the answer is weighed, not the tariffs).
ANSWER_NOUNS = frozenset({"response", "responses", "reply", "retaliation", "reaction",
                          "answer"})
# What is denied when a report is ("denied reports that ...", "dismissed press claims
# that ..."), and who made it: a refused step, and no deadline.
REPORT_NOUNS = frozenset({"report", "reports", "claim", "claims", "suggestion", "suggestions",
                          "rumour", "rumours", "rumor", "rumors", "speculation"})
REPORT_SOURCES = frozenset({"media", "press", "news", "newspaper"})
# The last word of a law's capitalized name: "the Foreign Subsidies Regulation", "the Hong
# Kong Autonomy Act" (a measure word inside one, or a country, is the law's, not a party's).
LAW_WORDS = frozenset({"regulation", "act", "law", "directive", "instrument", "mechanism",
                       "rule", "rules", "ordinance", "decree", "bill", "code"})
# About a sentence back, in characters: how near the party or measure named last must stand
# to be the one a sentence that names none refers to ("The government will also levy ...").
JUST_BEFORE = 320
# Verbs that let a party take a step: "allow Britain to resume exports", "the deal allows
# either side to reimpose tariffs".
LETTING = frozenset({"allow", "allows", "allowed", "allowing", "let", "lets", "permit",
                     "permits", "permitted", "enable", "enables", "enabled", "entitle",
                     "entitles", "authorise", "authorises", "authorize", "authorizes"})
# Words that name a tax, a duty or a levy.
TAX_WORDS = frozenset({"levy", "levies", "tax", "taxes", "duty", "duties", "surcharge"})
# The trigger of a duty a rule lays on a class ("importers will have to ..."): its own
# "have to" is the duty, not a forecast of a step.
DUTY_ON_A_CLASS = "duty laid on a class"
# A challenge or suit brought before a court is a case, as one at the WTO is (4.3
# investigation): "threatened to challenge the quota at the European Court of Justice",
# "sued the ministry in federal court". Not a complaint: one is voiced in court as anywhere.
CHALLENGE_FORMS = frozenset({"challenge", "challenges", "challenged", "challenging", "sue",
                             "sues", "sued", "suing"})
COURT_FORUM = re.compile(
    r"\b(?:at|in|before|to)\s+(?:the\s+|a\s+)?"
    r"(?:(?:[A-Z][\w'’-]*|EU['’]s|bloc['’]s|country['’]s|top|highest|federal|supreme"
    r"|constitutional|high|administrative|district|appeals?|state)\s+){0,4}"
    r"(?:[Cc]ourts?|[Tt]ribunal)\b"
    r"|\bCourt\s+of\s+(?:Justice|Appeals?|International\s+Trade|First\s+Instance)\b")
# A court named as a party: the forum of a case, never its target.
COURT_NAME = re.compile(r"\b(?:Court|Tribunal)\b")
# A tax's levels, named before or after it: "the inheritance tax threshold", "the top rate of
# income tax" (moved for every payer: a change of the tax, not a break for some).
TAX_LEVELS = frozenset({"threshold", "thresholds", "rate", "rates", "band", "bands",
                        "bracket", "brackets"})
# The sanctions' own licences: issued, they let a listed party deal (measure_triggers.json).
SANCTION_LICENCES = frozenset({"general licence", "general license",
                               "licence exempting a party"})
# A state suspended from, expelled from or let back into a body of states (4.3 other): the
# body lays it on the state (extractor.py finds it, parties.py names the sides).
MEMBERSHIP_SUSPENDED = "membership suspended"
# A state that leaves a body of states (4.3 other, a membership decision): the state lays
# it, on the body.
MEMBERSHIP_LEFT = "membership given up"
# The phrase of a named service whose access a state blocks ("Access to X has been blocked
# in China").
ACCESS_BLOCKED = "access blocked"
# A case a party puts to a court, a tribunal, a trade panel or a bloc's secretariat (4.3
# investigation): extractor.py finds it, parties.py keeps the body it is put to out of the
# targets (its forum).
COURT_CASE = "ask a court to annul"


# Where a complaint is a dispute: the bodies of measure_parties.json's "wto_names", or a
# trade pact's dispute settlement.
WTO = re.compile("|".join(rf"\b{re.escape(name)}\b"
                          for name in load_json("measure_parties.json")["wto_names"])
                 + r"|\b[Dd]ispute[- ]settlement\b")


def names_wto(text: str) -> bool:
    """Whether the text names the WTO (substring tests first: most texts do not)."""
    return ("WTO" in text or "World Trade Organi" in text) and WTO.search(text) is not None


# Nouns of a dispute a party files or brings, read as one in a story that names the WTO
# though their own sentence names no forum.
FILED_NOUNS = frozenset({"complaint", "complaints", "case", "cases"})
# The verb of a complaint: "Uganda has complained to the East African Community".
COMPLAINED_FORMS = frozenset({"complained", "complains", "complain", "complaining"})
# The forum a complaint is lodged with, named after it: "with the EAC secretariat", "with
# the European Commission", "to the Andean Community's General Secretariat".
FILED_WITH_A_FORUM = re.compile(
    r"\s+(?:with|to)\s+the\s+(?:[A-Z][\w'’.-]*\s+){0,5}"
    r"(?:[Ss]ecretariat|Commission|Court|Tribunal|Community|Ombudsman)\b")
