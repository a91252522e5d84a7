"""Affiliations that the words around a name do not give (GUIDELINES 2.7).

After the role rules have run, in this order:
- a place: the country it lies in ("Lyon" -> France), from the gazetteer;
- an organization: its home country from the curated list ("Reuters" -> United Kingdom),
  else from a country or place in its name ("Bank of Alexandria" -> Egypt), else, for a
  public body ("the Investment Ministry") or a firm with no other clue, the country the
  article is plainly about; international bodies get none;
- a person: serving a public body is serving its country ("Pentagon spokesman" -> United
  States); a state title with no employer named ("finance minister Jo Park") is the
  country the article is plainly about.
"The country the article is plainly about" counts each country's mentions, demonyms,
places, bodies and the listed public figures who serve it (a British politics story
seldom names Britain, but names Blair); it needs two and twice as many as the next.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from .. import gazetteer
from ..linking import fold
from ..model import EntitySpan
from .cluster import Cluster
from .lexicon import (
    FUNCTION_WORDS,
    LEGAL_FORMS,
    MEMBER_TITLES,
    NATIONAL_WORDS,
    PARTY_WORDS,
    PUBLIC_BODY_WORDS,
    STATE_TITLES,
    SUPRANATIONAL_WORDS,
    TRADE_WORDS,
    country_name,
    demonym_country,
    is_org_head,
)
from .prefixes import COMMISSIONER_WORDS, EUROPEAN_UNION, LINK_WORDS, why
from .tokens import Tokens

# How clearly one country must lead for an article to be "about" it.
_MAIN_MIN_MENTIONS = 2
_MAIN_LEAD = 2
# Shorter place names inside an organization's name are more often something else.
_PLACE_MIN_LENGTH = 4
_BODY_HEADS = frozenset(gazetteer.ORG_HEADS)
_COUNTRY_NAMES = gazetteer.COUNTRY_NAMES
_CACHE_SIZE = 1 << 14
EUROPEAN_COMMISSION = "European Commission"
# After a dateline's place: a bracketed agency, then a dash or a comma.
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[-–—_]|,)")
_DATELINE_MIN = 3
# A dateline opens the story: at most a headline and a byline's paragraphs before it.
_DATELINE_PARAGRAPHS = 2
# A list of firms: its opening words, the plural words naming firms before it, and how
# many lower-case words may describe each name or the firms ("chip equipment makers").
_LIST_OPENERS = frozenset(("including", "as", "like"))
_FIRMS_WORDS = frozenset(("companies", "firms", "groups", "businesses", "makers", "banks",
                          "manufacturers", "producers", "exporters", "suppliers",
                          "carmakers", "chipmakers", "lenders", "entities", "operators"))
_LIST_DESCRIPTION = 4
_FIRMS_MODIFIERS = 3
_OF_WORDS = frozenset(("of", "de", "du", "di", "del", "della", "des", "do", "da"))


def settle_affiliations(clusters: list[Cluster], tokens: Tokens, best: list[str],
                        ents: Sequence[EntitySpan] = (),
                        published: dt.date | None = None) -> None:
    """Fill in the affiliations the role rules left empty; `best` holds the display name
    of each of the first clusters (what a person's affiliation names), `ents` the
    entities their indexes point into."""
    for cluster in clusters:
        if cluster.affiliation is not None and cluster.kind == "organization":
            _organization(cluster)  # the curated country over a demonym's ("Scottish")
        if cluster.affiliation is None and cluster.kind == "place":
            _place(cluster)
        elif cluster.affiliation is None and cluster.kind == "organization":
            _organization(cluster, lambda cluster: _located(cluster, tokens.text, ents))
            if cluster.affiliation is None:
                _listed_after_national_firms(cluster, tokens, ents, clusters)
            if cluster.affiliation is None:
                _described(cluster, tokens.text, ents)
    # whose bodies and office-holders a story tells of with no country: the country it is
    # plainly about or, unless another has more than twice its count, the dateline's
    # ("OTTAWA (AP) -- Canada on Friday suspended imports of beef from Brazil")
    counts = _country_counts(clusters, tokens)
    dateline = dateline_country(clusters, tokens.text, ents)
    plain = main_country(counts)
    main = dateline if _dateline_holds(counts, dateline) else plain
    org_country: dict[str, str | None] = {}
    org_public: dict[str, bool] = {}
    named_at: list[tuple[int, str]] | None = None
    for index, cluster in enumerate(clusters):
        if cluster.kind == "organization":
            if cluster.affiliation is None and _of_congress(cluster) \
                    and _marks_congress(tokens.text):
                # "Sen. Sam Brownback, R-Kan.": the article's Congress is the US one
                cluster.affiliation = "United States"
                cluster.why_affiliation = why("us-congress", "United States")
            if cluster.affiliation is None and main is not None:
                _national_body(cluster, main, plain)
            elif cluster.affiliation is None and dateline is not None \
                    and set(counts) <= {dateline}:
                # "WASHINGTON - The Senate passed the bill": no other country named, the
                # dateline's bodies
                _national_body(cluster, dateline, dateline)
            if cluster.affiliation is None and cluster.entities and _state_body(cluster):
                if named_at is None:
                    named_at = _states_named_at(clusters, ents, tokens.text)
                _body_of_the_state_just_named(cluster, ents, named_at)
            elif _department_of_another_state(cluster, counts):
                # its own mentions do not count for its curated country
                rest = counts.copy()
                rest[cluster.affiliation or ""] = 0
                home = dateline if _dateline_holds(rest, dateline) else main_country(rest)
                if home is not None:
                    cluster.affiliation = home
                    cluster.why_affiliation = why("department-of-the-story's-country", home)
            if _congress_of_a_state_without_one(cluster):
                # "JOHANNESBURG - ... Congress renewed AGOA in June": South Africa has a
                # parliament; a congress told of with no state is the US one
                cluster.affiliation = "United States"
                cluster.why_affiliation = why("us-congress", "United States")
            if index < len(best):
                org_country[best[index]] = cluster.affiliation
                org_public[best[index]] = _is_public_body(_distinct(cluster))
    # A state title with no country named and no country the article is plainly about:
    # the dateline's ("WASHINGTON - ... Commerce Secretary Carlos Gutierrez said").
    state, rule = main, "state-title-main-country"
    if state is None or (state == dateline and plain != dateline):
        state, rule = dateline, "state-title-dateline"
    # the one country the story opens on: a state title's when nothing else gave one, and
    # the public bodies' still without a country
    lead = _lead_country(clusters, tokens.text, ents, counts)
    if state is None:
        # "Bolivia has nationalised its gas industry ... Energy Minister X said": the
        # country the story opens on, unless another is named more than twice as often
        state, rule = lead, "state-title-lead"
    if lead is not None:
        for index, cluster in enumerate(clusters):
            if cluster.kind == "organization" and cluster.affiliation is None \
                    and _state_body(cluster):
                # "Mexico has asked Congress to raise import tariffs ..., the Economy
                # Ministry said": the body of the state the story opens on
                cluster.affiliation = lead
                cluster.why_affiliation = why("national-body-lead-country", lead)
                if index < len(best):
                    org_country[best[index]] = lead  # (its staff's state, as elsewhere)
    opposition = _opposition(published) if state == "United Kingdom" else None
    governing = "Labour Party" if opposition == "Conservative Party" else "Conservative Party"
    parties = [(ents[entity].start, name)
               for index, cluster in enumerate(clusters) if cluster.kind == "organization"
               for name in [best[index] if index < len(best) else cluster.best_name()]
               if _is_party([*cluster.names, name]) and name != governing
               for entity in cluster.entities] if opposition else []
    for cluster in clusters:
        if cluster.kind == "person":
            if opposition is not None and cluster.affiliation is None \
                    and cluster.known_affiliation is None and _shadow(cluster.role) \
                    and cluster.entities:
                # "Shadow health secretary Andrew Lansley": a post of a shadow front bench,
                # the party's, not the state's (2.7): the opposition party just named ("The
                # Lib Dems would ... Shadow local government secretary Ed Davey said"), else
                # the official opposition of the day
                at = ents[cluster.entities[0]].start
                named = max(((start, name) for start, name in parties
                             if 0 <= at - start <= _PARTY_REACH), default=(0, opposition))
                cluster.affiliation = named[1]
                cluster.why_affiliation = why("shadow-front-bench", cluster.affiliation)
                continue
            if cluster.affiliation is None and cluster.known_affiliation is None \
                    and (cluster.role or "").split(",")[0].rstrip(".") in MEMBER_TITLES \
                    and _marks_congress(tokens.text):
                # "Sen. Jesse Helms, R-N.C." in a story from Havana: a member of the
                # article's US Congress
                cluster.affiliation = "United States"
                cluster.why_affiliation = why("us-congress", "United States")
                continue
            if cluster.affiliation is None and cluster.known_affiliation is None \
                    and state != UNITED_STATES and counts[UNITED_STATES] \
                    and _american_post(cluster.role):
                # "Deputy Trade Representative Paul Ridley said" in a story about Canada
                # that names the United States: a post only Washington has
                cluster.affiliation = UNITED_STATES
                cluster.why_affiliation = why("american-post", UNITED_STATES)
                continue
            reported = None
            if state_title(cluster.role) and cluster.affiliation is None and cluster.entities:
                if named_at is None:
                    named_at = _states_named_at(clusters, ents, tokens.text)
                reported = _said_in_a_capital(cluster, ents, tokens.text) \
                    or _state_reporting(cluster, ents, tokens.text, named_at)
            # ("Berlin welcomed the decision, with finance minister X saying ...": with no
            # country the story is about, the state named just before him, as for a body)
            just_named = _state_just_before(cluster, ents, named_at) \
                if reported is None and state is None and named_at \
                and state_title(cluster.role) and cluster.affiliation is None else None
            if reported is not None:
                # "Trade Minister X said Australia would withdraw its complaint": the state
                # whose step the holder of a state title reports is the one served
                _person(cluster, reported, org_country, org_public, "state-title-reporting")
            elif just_named is not None:
                _person(cluster, just_named, org_country, org_public, "state-title-just-named")
            else:
                _person(cluster, state, org_country, org_public, rule)
            if cluster.affiliation == EUROPEAN_UNION and _commissioner(cluster.role) \
                    and EUROPEAN_COMMISSION in org_country:
                # "EU Trade Commissioner Peter Mandelson" where the article names the
                # Commission: a member of it works for it (2.7: the organization he works
                # for); else the Union the article names
                cluster.affiliation = EUROPEAN_COMMISSION
                cluster.why_affiliation = why("eu-commissioner", EUROPEAN_COMMISSION)


# Britain's official opposition, whose front bench holds the "shadow" posts, by period.
_OPPOSITIONS = ((dt.date(1979, 5, 4), "Labour Party"), (dt.date(1997, 5, 2), "Conservative Party"),
                (dt.date(2010, 5, 11), "Labour Party"), (dt.date(2024, 7, 5), "Conservative Party"))


_PARTY_REACH = 300  # characters back to a party named before a shadow post


def _opposition(published: dt.date | None) -> str | None:
    """The party in official opposition in Britain on the day, if the day is known."""
    if published is None:
        return None
    found = None
    for since, party in _OPPOSITIONS:
        if published >= since:
            found = party
    return found


def _shadow(role: str | None) -> bool:
    return bool(role) and role.lower().startswith("shadow ")  # type: ignore[union-attr]


def _country_counts(clusters: list[Cluster], tokens: Tokens) -> Counter[str]:
    """How much the article names each country: its mentions, its demonyms, and the
    mentions of its places, its bodies and the listed public figures serving it."""
    counts: Counter[str] = Counter()
    for cluster in clusters:
        mentions = len(cluster.entities) + len(cluster.extra)
        if cluster.kind == "country":
            counts[cluster.best_name()] += mentions
        elif cluster.kind in ("place", "organization") and cluster.affiliation:
            counts[cluster.affiliation] += mentions
        elif cluster.kind == "person" and cluster.known_affiliation:
            counts[cluster.known_affiliation] += mentions  # "Blair" is Britain's
    demonyms, words, entity = gazetteer.DEMONYMS, tokens.words, tokens.entity
    for at in tokens.capitals():
        if words[at] in demonyms and entity[at] < 0 \
                and (at == 0 or f"{words[at - 1]} {words[at]}" not in gazetteer.REGIONAL_WORDS):
            counts[demonyms[words[at]]] += 1  # "Latin American" is no American's
    for name in list(counts):
        if name in gazetteer.PART_OF_STATE:
            counts[gazetteer.PART_OF_STATE[name]] += counts.pop(name)  # "Welsh": Britain's
        elif name not in _COUNTRY_NAMES:
            del counts[name]  # "European" is no country's demonym
    # Sums in pounds, not as a conversion in brackets ("$3bn (£1.6bn)"): a British story
    # that seldom names Britain ("the chancellor ... the £220m plan") is Britain's.
    pounds = len(_POUNDS.findall(tokens.text)) if "£" in tokens.text else 0
    if pounds:
        counts["United Kingdom"] += min(pounds, _CURRENCY_CAP)
    return counts


_POUNDS = re.compile(r"£(?<![(\w]£)\s?\d")  # (the sign first: a literal to look for)
_CURRENCY_CAP = 2  # a few sums are a cue, never more than two mentions of the country


_LEAD_END = re.compile(r"[.!?][\"”’]?(?:\s|$)")
_JOINED_NAMES = re.compile(r"\s*(?:,|and|or|&)\s*(?:the\s+)?")


def _lead_country(clusters: list[Cluster], text: str, ents: Sequence[EntitySpan],
                  counts: Counter[str]) -> str | None:
    """The one country the story's first sentence names (not "Chile and Peru raised
    duties"), when no other is named more than twice as often."""
    if not counts or not ents:
        return None
    end = _LEAD_END.search(text)
    lead_end = end.end() if end else len(text)
    named = sorted((ents[at].start, ents[at].end, cluster.best_name())
                   for cluster in clusters if cluster.kind == "country"
                   for at in cluster.entities[:1] if 0 <= at < len(ents)
                   and ents[at].start < lead_end)
    if not named or len(named) > 1 and _JOINED_NAMES.fullmatch(
            text[named[0][1]:named[1][0]]):
        return None
    name = named[0][2]
    return name if counts[name] * _MAIN_LEAD >= counts.most_common(1)[0][1] else None


def main_country(counts: Counter[str]) -> str | None:
    """The country the article is plainly about, if one leads the others clearly."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MAIN_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _MAIN_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _dateline_holds(counts: Counter[str], dateline: str | None) -> bool:
    """Whether the dateline's country is the story's home: no other named more than twice
    as often ("OTTAWA (AP) -- Canada on Friday suspended imports of beef from Brazil": a
    story from Canada about Brazil, whose office-holders and firms are Canada's)."""
    if dateline is None or counts[dateline] < _MAIN_MIN_MENTIONS:
        return False
    ranked = counts.most_common(1)
    return counts[dateline] * _MAIN_LEAD >= ranked[0][1]


def dateline_country(clusters: list[Cluster], text: str,
                     ents: Sequence[EntitySpan]) -> str | None:
    """The country of the place a dateline opens the article with ("WASHINGTON -",
    "THE HAGUE (Reuters) -", "TOKYO, May 2 -"), if the article has one."""
    state = gazetteer.dateline_state_country(text)  # "PIERRE, S.D. (AP) _", "KINGSTON, Ont."
    if state is not None:
        return state
    for cluster in clusters:
        if cluster.kind != "place" or cluster.affiliation not in _COUNTRY_NAMES:
            continue
        for index in cluster.entities:
            ent = ents[index] if index < len(ents) else None
            if ent is not None and opens_dateline(text, ent.start, ent.end):
                return cluster.affiliation
    return None


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a name in capitals, opens a line of the story's first
    paragraphs and is followed by a dash, a comma or an agency in brackets: a dateline
    ("WASHINGTON -", "THE HAGUE (Reuters) -", "TOKYO, May 2 -")."""
    name = text[start:end]
    if not name.isupper() or len(name) < _DATELINE_MIN:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() in ("", "THE") \
        and _DATELINE_AFTER.match(text, end) is not None \
        and text.count("\n\n", 0, line_start) <= _DATELINE_PARAGRAPHS


def _place(cluster: Cluster) -> None:
    """ "Lyon" -> France; "ADDIS ABABA" in a dateline as "Addis Ababa"."""
    for name in _distinct(cluster):
        for form in (name, name.title()):
            found = gazetteer.place_country(form)
            if found:
                cluster.affiliation = found
                cluster.why_affiliation = why("place-country", f"{form} -> {found}")
                return
    for name in _distinct(cluster):
        found = gazetteer.landform_country(name)  # "Ohio River Valley" -> United States
        if found:
            cluster.affiliation = found
            cluster.why_affiliation = why("place-country", f"{name} -> {found}")
            return


def _department_of_another_state(cluster: Cluster, counts: Counter[str]) -> bool:
    """ "MANILA - ... The Department of Agriculture (DA) halted imports": a department
    named as many states name theirs, whose curated country the article names nowhere
    else, is the department of the country the article is about."""
    country, names = cluster.affiliation, _distinct(cluster)
    # (not where a name gives its state: "US Department of Agriculture")
    if country is None or any(_country_in_name(name) for name in names) or not any(
            name.startswith(_GENERIC_DEPARTMENTS) and gazetteer.organization_country(name)
            == country for name in names):
        return False
    return counts[country] <= len(cluster.entities) + len(cluster.extra)


# How departments and ministries of many states are named ("Department of Agriculture").
_GENERIC_DEPARTMENTS = ("Department of ", "Ministry of ")


def _organization(cluster: Cluster,
                  located: Callable[[Cluster], None] | None = None) -> None:
    """An organization's home country from the curated list, from where the text places it
    (`located`, tried before its own name's words: "Mumbai-based Oceanline Maritime" is
    Indian, whatever region is called Maritime), or from its own name."""
    names = _distinct(cluster)
    # ("Hyundai Electronics Industries Co.", "LG Semicon Co.": a firm of a known group, whose
    # first word names it, is of the group's country)
    if _settled_by(cluster, names, (("known-org-country", gazetteer.organization_country),
                                    ("group-member-country", _group_member_country))):
        return
    if cluster.affiliation is not None or any(_international(name) for name in names):
        return
    if located is not None:
        located(cluster)
        if cluster.affiliation is not None:
            return
    _settled_by(cluster, names, (("country-in-name", _country_in_name),
                                 ("legal-form", _legal_form_country),
                                 ("trade-word", _trade_word_country)))


def _legal_form_country(name: str) -> str | None:
    """The country whose company law alone gives the name's last words: "Oceanline Maritime
    Pvt Ltd" -> India, "Bumi Resources Tbk" -> Indonesia."""
    words = name.split()
    for size in (4, 3, 2, 1):
        if len(words) > size:
            found = LEGAL_FORMS.get(" ".join(words[-size:]))
            if found:
                return found
    return None


def _trade_word_country(name: str) -> str | None:
    """The country whose language alone gives a trade word of a firm's name of several
    words: "Brenta Pneumatici" -> Italy, "Brenner Maschinenbau" -> Germany."""
    words = name.split()
    if len(words) < 2:
        return None
    found = next((TRADE_WORDS[word] for word in words if word in TRADE_WORDS), None)
    return found or ("Germany" if gazetteer.german_trade_word(words[-1]) else None)


def _settled_by(cluster: Cluster, names: list[str],
                rules: tuple[tuple[str, Callable[[str], str | None]], ...]) -> bool:
    """Whether a rule, tried in order over all the names, gave the cluster its country."""
    for rule, country_of in rules:
        for name in names:
            found = country_of(name)
            if found:
                cluster.affiliation = found
                cluster.why_affiliation = why(rule, f"{name} -> {found}")
                return True
    return False


# Last words that make a name a firm's ("LG Semicon Co.", "Hyundai Heavy Industries").
_FIRM_ENDINGS = frozenset({"Co", "Co.", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Industries",
                           "Electronics", "Group", "Holdings", "Motor", "Motors", "Semiconductor",
                           "Semiconductors", "Chemical", "Chemicals", "Steel", "Engineering",
                           "Construction", "Shipbuilding", "Securities", "Insurance", "Telecom"})


def _group_member_country(name: str) -> str | None:
    """The country of the known firm whose name opens `name`, a firm's name of two or more
    words ending like a firm's ("Hyundai Electronics Industries Co." -> South Korea)."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _FIRM_ENDINGS:
        return None
    group = gazetteer.organization_name(words[0])
    return gazetteer.organization_country(group) if group and group != name else None


# How far before a body's first mention the state it belongs to may be named (about a
# sentence: "Beijing quickly hit back. The Customs Tariff Commission said ...").
_STATE_JUST_BEFORE = 150
# The rule that gives it: a guess from where the body is told, which measures/records.py
# does not let merge two bodies' steps.
NEARBY_STATE_RULE = "national-body-state-just-named"


def _states_named_at(clusters: list[Cluster], ents: Sequence[EntitySpan], text: str
                     ) -> list[tuple[int, str]]:
    """Where the article names each state as a party, by its own name or its capital's
    ("Beijing hit back"; not what a phrase is about or where it is: "troops in Iraq")."""
    out: list[tuple[int, str]] = []
    for cluster in clusters:
        if cluster.kind == "country":
            state = cluster.best_name()
        elif cluster.kind == "place" and cluster.affiliation in _COUNTRY_NAMES and any(
                gazetteer.is_capital_of(name) for name in cluster.names):
            state = cluster.affiliation
        else:
            continue
        out.extend((ents[at].start, state) for at in cluster.entities if 0 <= at < len(ents)
                   and not _AFTER_A_PREPOSITION.search(text, max(0, ents[at].start - 12),
                                                       ents[at].start)
                   and not _BEFORE_ANOTHER.match(text, ents[at].end))
    return sorted(out)


_BEFORE_ANOTHER = re.compile(r"\s*(?:,(?!\s+(?:the|a|an|which|whose|its|one)\s)|and\b|or\b)")
# (nor one of a list: "markets like Europe, India and China", "Chile and Peru will review";
# but a state in apposition is one: "Spain, the EU's largest pork exporter, would appeal")
_AFTER_A_PREPOSITION = re.compile(r"(?:\b(?:in|on|to|with|against|from|about|over|into|for|at"
                                  r"|of|towards?|across|between|by|through|and|or)|,)\s+"
                                  r"(?:the\s+)?$")


def _state_reporting(cluster: Cluster, ents: Sequence[EntitySpan], text: str,
                     named_at: list[tuple[int, str]]) -> str | None:
    """The one state that is the subject of what a person reports in the sentence that
    first names him: "X said Seoul would respond firmly", "Britain will press for a quota
    of its own, Business Minister X said" (GUIDELINES 2.7: a state title serves that
    state, not the one the story is mostly about)."""
    at = min((ents[index].start for index in cluster.entities if 0 <= index < len(ents)),
             default=-1)
    if at < 0:
        return None
    start = max(text.rfind("\n", 0, at) + 1, max((found.end() for found in
                                                 _SENTENCE_END.finditer(text, 0, at)),
                                                default=0))
    end = _SENTENCE_END.search(text, at)
    stop = end.start() + 1 if end else len(text)
    stop = min(stop, text.find("\n", at) if "\n" in text[at:stop] else stop)
    person_end = min((ents[index].end for index in cluster.entities
                      if 0 <= index < len(ents) and ents[index].start == at), default=at)
    speaks = bool(_SPEAKS_AFTER.match(text, person_end)
                  or _ACCORDING_TO.search(text, max(start, at - 40), at))
    # (he reports what follows his "said", or what opens the sentence he is quoted for;
    # not "after President X broke the ceasefire")
    states = {state for position, state in named_at if start <= position < stop
              and (position > person_end
                   and _REPORTED_BEFORE.search(text, max(start, position - 12), position)
                   or speaks and not text[start:position].strip(" \"“'‘"))
              and _STATE_ACTS_AFTER.match(text, _end_of_name(text, position))}
    return next(iter(states)) if len(states) == 1 else None


def _said_in_a_capital(cluster: Cluster, ents: Sequence[EntitySpan], text: str) -> str | None:
    """The state whose capital a holder of a state title speaks in: "Finance Minister X
    said in Santiago", "X told reporters in Ankara on Monday" (2.7: he serves that state,
    whichever the story is mostly about)."""
    for index in cluster.entities:
        if 0 <= index < len(ents):
            found = _SAID_IN.match(text, ents[index].end)
            if found is not None:
                city = found.group(1)  # ("New Delhi", "Kuala Lumpur", else "Santiago")
                return gazetteer.is_capital_of(city) or gazetteer.is_capital_of(city.split()[0])
    return None


# The person speaks in a city: "X said in Santiago", "X, the finance minister, told
# reporters in Ankara".
_SAID_IN = re.compile(r"(?:,[^,]{1,80},)?\s+(?:said|says|told\s+(?:reporters|journalists"
                      r"|a\s+news\s+conference|a\s+press\s+conference|parliament|lawmakers)"
                      r"|announced)(?:\s+on\s+[A-Z][a-z]+)?\s+in\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")


def _end_of_name(text: str, start: int) -> int:
    """Where the name that starts at `start` ends (its capitalized words)."""
    found = _NAME_RUN.match(text, start)
    return found.end() if found else start


# The person is the one who speaks: "X said", "X, the trade minister, told reporters",
# "according to tourism minister X".
_SPEAKS_AFTER = re.compile(r"(?:,[^,]{1,80})?,?\s+(?:has\s+|had\s+)?(?:said|says|told|added"
                           r"|announced|warned|insisted|stressed)\b")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,3}$")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
_REPORTED_BEFORE = re.compile(r"\bsaid\s+(?:that\s+)?$")
_NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
# What a state does next as the subject of a clause ("Seoul would", "Britain, which sends
# most of its steel to the EU, will press"): an auxiliary or a verb of intent.
_STATE_ACTS_AFTER = re.compile(r"(?:,[^,]{1,80},)?\s+(?:would|will|had|has|was|is|could|should"
                               r"|must|may|might|plans|planned|wants|wanted|intends|intended)\b")


def _body_of_the_state_just_named(cluster: Cluster, ents: Sequence[EntitySpan],
                                  named_at: list[tuple[int, str]]) -> None:
    """A public body with no country named, in a story about several ("Beijing quickly hit
    back. The Customs Tariff Commission said ..."): the state named just before it first
    appears, in that sentence or the one before."""
    state = _state_just_before(cluster, ents, named_at)
    if state is not None:
        cluster.affiliation = state
        cluster.why_affiliation = why(NEARBY_STATE_RULE, state)


def _state_just_before(cluster: Cluster, ents: Sequence[EntitySpan],
                       named_at: list[tuple[int, str]]) -> str | None:
    """The state named last before the cluster's first mention, in that sentence or the
    one before (within `_STATE_JUST_BEFORE` characters)."""
    first = min((ents[at].start for at in cluster.entities if 0 <= at < len(ents)), default=-1)
    before = [state for at, state in named_at if first - _STATE_JUST_BEFORE <= at < first]
    return before[-1] if first >= 0 and before else None


# The marks of the US Congress's members: "Sen. Sam Brownback, R-Kan.", "Rep. Dale
# Whitcomb", "D-Ore.", "on Capitol Hill".
_CONGRESS_MARKS = re.compile(r"\b(?:Sen|Rep)\.\s+[A-Z]|\b[RD]-[A-Z][a-z]{1,4}\.|Capitol Hill"
                             r"|\b(?:Republican|Democratic)\s+(?:Senator|Representative"
                             r"|Congressman|Congresswoman|senators?|congressmen|lawmakers?)\b"
                             r"|\bIn Washington, (?:the )?(?:Senate|House|Congress)\b")
_CONGRESS_NAMES = frozenset({"Congress", "Senate", "House", "House of Representatives"})


@lru_cache(maxsize=1)
def _marks_congress(text: str) -> bool:
    """Whether the article marks members of the US Congress ("Sen. Sam Brownback", "R-Kan.",
    "Capitol Hill"). The search tries its pattern at every character of the text: it is
    made only when a body or a member may be Congress's, and once per article."""
    return _CONGRESS_MARKS.search(text) is not None


# States whose legislature (or a leading party) is called Congress: there "Congress" may be
# the state's own.
_CONGRESS_STATES = frozenset({
    "United States", "Philippines", "Mexico", "Peru", "Colombia", "Chile", "Argentina",
    "Brazil", "Guatemala", "Honduras", "Paraguay", "Dominican Republic", "Bolivia", "Ecuador",
    "Spain", "Micronesia", "Venezuela", "India", "Nepal"})


def _congress_of_a_state_without_one(cluster: Cluster) -> bool:
    """Whether "Congress", with no state in its name, was given a state that has no
    congress (by the country the story is about, or the one just named)."""
    return cluster.affiliation is not None and cluster.affiliation not in _CONGRESS_STATES \
        and bool(cluster.names) and all(name == "Congress" for name in _distinct(cluster))


def _of_congress(cluster: Cluster) -> bool:
    """Whether an organization is a chamber of a congress or one of its committees,
    named with no state ("the Senate", "the House Ways and Means Committee")."""
    return any(name in _CONGRESS_NAMES or name.startswith(("Senate ", "House "))
               and name.endswith(("Committee", "Subcommittee"))
               for name in _distinct(cluster))


def _national_body(cluster: Cluster, main: str, plain: str | None) -> None:
    """A public body or party with no country named belongs to the country the article is
    plainly about (`plain`; not the dateline's: "WASHINGTON - China's response was swift.
    The Customs Tariff Commission said ..."); another body to `main`, that or the
    dateline's."""
    names = _distinct(cluster)
    if any(_international(name) for name in names):
        return
    if _is_public_body(names) or _is_party(names):
        if plain is not None:
            cluster.affiliation = plain
            cluster.why_affiliation = why("national-body-main-country", plain)
    elif not any(gazetteer.organization_name(name) for name in names):
        cluster.affiliation = main
        cluster.why_affiliation = why("org-main-country", main)


def _listed_after_national_firms(cluster: Cluster, tokens: Tokens,
                                 ents: Sequence[EntitySpan], clusters: list[Cluster]) -> None:
    """ "140 Chinese companies, including chip makers Naura and Piotech": a firm listed
    after "including", "such as" or "like" that follows national firms is of that nation."""
    for index in cluster.entities:
        if index >= len(ents):
            continue
        at = tokens.covering(ents[index].start)
        country = _national_firms_before(tokens, at, ents, clusters)
        if country is not None:
            cluster.affiliation = country
            cluster.why_affiliation = why("listed-national-firm", country)
            return


def _national_firms_before(tokens: Tokens, at: int, ents: Sequence[EntitySpan],
                           clusters: list[Cluster]) -> str | None:
    """The country of the firms a list holding token `at` names: back over the list (other
    names, commas, "and", a few lower-case words) to its opening word, then the plural
    firms' word and the demonym or country before it."""
    first, _ = tokens.sentence_bounds(at)
    low, entity = tokens.low, tokens.entity
    lower_run = 0
    cursor = at - 1
    while cursor >= first:
        word = low[cursor]
        if word in _LIST_OPENERS:
            if word == "as" and (cursor == first or low[cursor - 1] != "such"):
                return None
            cursor -= 2 if word == "as" else 1
            break
        if entity[cursor] >= 0 or word in (",", "and"):
            lower_run = 0
        elif tokens.words[cursor].isalpha() and tokens.words[cursor].islower():
            lower_run += 1
            if lower_run > _LIST_DESCRIPTION:
                return None
        else:
            return None
        cursor -= 1
    else:
        return None
    if cursor >= first and low[cursor] == ",":
        cursor -= 1
    if cursor < first or low[cursor] not in _FIRMS_WORDS:
        return None
    for before in range(cursor - 1, max(first, cursor - _FIRMS_MODIFIERS - 1) - 1, -1):
        word = tokens.words[before]
        if entity[before] >= 0:
            owner = _cluster_of(clusters, entity[before])
            return owner.best_name() if owner is not None and owner.kind == "country" \
                else None
        found = demonym_country(word) if tokens.caps[before] else None
        if found:
            return found
        if not (word.isalpha() and word.islower()):
            return None
    return None


# Where a body is told to be, right after or before one of its names: "an economist at
# Halvard Capital in Toronto", "Gulf Meridian Payments of Dubai", "Tolubai Bank and Asia
# Crest Bank, both based in Bishkek", "Mumbai-based Oceanline Maritime".
_PLACE_NAME = r"(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
_LOCATED_AFTER = re.compile(r"(?:[ \t]+(?:in[ \t]+|of[ \t]+(?P<the>the[ \t]+)?)"
                            r"|,[ \t]+(?:both[ \t]+|all[ \t]+)?"
                            r"(?:based|headquartered)[ \t]+in[ \t]+"
                            # ("A Bank and B Bank, both based in Bishkek": A too)
                            r"|[ \t]+and[ \t]+[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)*,[ \t]+"
                            r"(?:both|all)[ \t]+(?:based|headquartered)[ \t]+in[ \t]+)"
                            + _PLACE_NAME)
_LOCATED_BEFORE = re.compile(rf"{_PLACE_NAME}-based[ \t]+$")
_LOCATED_REACH = 40


def _located(cluster: Cluster, text: str, ents: Sequence[EntitySpan]) -> None:
    """A body with no country told gets the country of the city or region it is told to be
    in, by one of its names (2.7: its home country as the text gives it)."""
    for e_index in cluster.entities:
        entity = ents[e_index]
        after = _LOCATED_AFTER.match(text, entity.end)
        before = _LOCATED_BEFORE.search(text, max(0, entity.start - _LOCATED_REACH),
                                        entity.start)
        for found in (after, before):
            if found is None:
                continue
            # ("Wal-Mart of the US"; after "of the" a country's name only: not "the Bank of
            # the West"; "in the US" tells where a thing is sold as often as a body's home)
            state_only = found is after and found.group("the") is not None
            words = found.group("place").split()
            for size in range(len(words), 0, -1):  # "Hong Kong", not "Hong Kong's"
                name = " ".join(words[:size]).rstrip(".,")
                country = gazetteer.country_name(name) or (
                    None if state_only else gazetteer.place_country(name))
                if country is not None:
                    cluster.affiliation = country
                    cluster.why_affiliation = why("located-in", f"{name} -> {country}")
                    return


# A body described by its nation or home town in a few lower-case words, right before one
# of its names ("Dutch distributor Velomax", "the Swedish farm cooperative Nordagri") or in
# an apposition after it ("Velomax, a Dutch distributor", "Kessler, a Duisburg importer").
_HOME = r"(?P<home>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)"
_KIND_WORDS = r"(?:[ \t]+[a-z][a-z-]*){1,3}"
_DESCRIBED_BEFORE = re.compile(rf"(?:^|[ \t(])(?:[Aa]n?|[Tt]he)?[ \t]*{_HOME}{_KIND_WORDS}[ \t]+$")
_DESCRIBED_AFTER = re.compile(rf",[ \t]+(?:an?|the)[ \t]+{_HOME}(?:-based)?{_KIND_WORDS}"
                              r"[ \t]*(?=[,.;]|[ \t]+(?:that|which|who|owned|based|with|"
                              r"in|near|of|at|for|whose|to)\b)")
_DESCRIBED_REACH = 60
# Lower-case words that end a description of a place or a post, not of the body: "the
# Chinese market", "the US embassy", "its Mexican plant".
_NOT_OWN_KIND = frozenset({"market", "markets", "embassy", "ambassador", "envoy", "office",
                           "offices", "plant", "plants", "factory", "factories", "branch",
                           "border", "government", "authorities", "consulate"})


# Kinds of body, besides the organization heads, that a description may end with.
_BODY_KINDS = frozenset({"cooperative", "co-operative", "distributor", "trader", "wholesaler",
                         "distiller", "brewer", "house", "tank", "consortium", "bottler",
                         "steelmaker", "smelter", "mill", "packer", "exporters", "importers"})


def _described(cluster: Cluster, text: str, ents: Sequence[EntitySpan]) -> None:
    """A body with no country told gets the one its description names (2.7): "Dutch
    distributor Velomax", "Nordagri, a Swedish farm cooperative", "a Duisburg importer"."""
    names = _distinct(cluster)
    if any(_international(name) or gazetteer.organization_name(name) for name in names):
        return  # a union or a body of many states is none's
    for e_index in cluster.entities:
        if e_index >= len(ents):
            continue
        entity = ents[e_index]
        before = _DESCRIBED_BEFORE.search(text, max(0, entity.start - _DESCRIBED_REACH),
                                          entity.start)
        after = _DESCRIBED_AFTER.match(text, entity.end)
        for found in (before, after):
            if found is None:
                continue
            kind_words = [word.strip(",.;") for word in
                          text[found.end("home"):found.end()].split()]
            if not kind_words or kind_words[-1] in _NOT_OWN_KIND \
                    or not (is_org_head(kind_words[-1]) or kind_words[-1] in _BODY_KINDS) \
                    or any(word in FUNCTION_WORDS for word in kind_words):
                continue
            home = found.group("home")
            country = demonym_country(home) or gazetteer.country_name(home) \
                or gazetteer.place_country(home)
            if country is not None:
                cluster.affiliation = country
                cluster.why_affiliation = why("described-as", f"{home} -> {country}")
                return


def _cluster_of(clusters: list[Cluster], e_index: int) -> Cluster | None:
    for cluster in clusters:
        if e_index in cluster.entities:
            return cluster
    return None


def _distinct(cluster: Cluster) -> list[str]:
    """The cluster's surface names, each once, in text order."""
    return list(dict.fromkeys(cluster.names))


@lru_cache(maxsize=_CACHE_SIZE)
def _name_words(name: str) -> frozenset[str]:
    """The folded words of a name (names recur across articles: computed once each)."""
    return frozenset(fold(name).split())


def _international(name: str) -> bool:
    return not _name_words(name).isdisjoint(SUPRANATIONAL_WORDS)


@lru_cache(maxsize=_CACHE_SIZE)
def _country_in_name(name: str) -> str | None:
    """A country, demonym or place among the words of a name of several words: "Bank of
    Alexandria", "Deutsche Telekom"; not a person's name ("Peter Martin")."""
    words = name.split()
    if len(words) < 2 or words[0] in gazetteer.FIRST_NAMES:
        return None
    for size in (3, 2):
        # a place whose name holds a country's: "Northern Ireland Office", "New Mexico
        # Environment Department" (not Ireland's, not Mexico's)
        for first in range(len(words) - size + 1):
            part = " ".join(words[first:first + size]).rstrip(".,")
            if part in gazetteer.PLACE_COUNTRIES and any(
                    country_name(word) for word in words[first:first + size]):
                return gazetteer.PLACE_COUNTRIES[part]
    # A country or demonym anywhere before a place: "Confederation of British Industry"
    # is British, whatever town is called Confederation.
    for places in (False, True):
        for size in (2, 1):
            for first in range(len(words) - size + 1):
                part = " ".join(words[first:first + size]).rstrip(".,")
                if part.lower() in LINK_WORDS or not part[:1].isupper():
                    continue
                if not places:
                    found = (country_name(part) or demonym_country(part)
                             or NATIONAL_WORDS.get(part))
                elif first > 0 and words[first - 1].lower() in _OF_WORDS or _place_like(part) \
                        or first == 0 and part in gazetteer.CAPITALS:
                    # ("London Metal Exchange": a capital opening a body's name, whoever
                    # else is called London)
                    found = gazetteer.place_country(part)  # "Bank of Lyon"
                else:
                    found = None
                if found:
                    return found
    return None


def _place_like(word: str) -> bool:
    """A place's name that is no surname, not too short to be one ("Martin", "Bo"), and no
    word that heads bodies' names ("Union", "Council": towns in some country too)."""
    return (len(word) >= _PLACE_MIN_LENGTH and word not in gazetteer.SURNAMES
            and word not in _BODY_HEADS)


def _state_body(cluster: Cluster) -> bool:
    """Whether an organization is a public body of some state: no international one."""
    names = _distinct(cluster)
    return _is_public_body(names) and not any(_international(name) for name in names)


def _is_public_body(names: list[str]) -> bool:
    return any(not _name_words(name).isdisjoint(PUBLIC_BODY_WORDS)
               and not (_name_words(name) >= {"congress"}
                        and not _name_words(name).isdisjoint(_LABOUR_WORDS))
               for name in names)


# Words that make a "congress" a union's, not a legislature: "Nigeria Labour Congress",
# "Trades Union Congress".
_LABOUR_WORDS = frozenset({"labour", "labor", "trades", "trade", "union", "unions", "workers"})


def _is_party(names: list[str]) -> bool:
    return any(not _name_words(name).isdisjoint(PARTY_WORDS) for name in names)


UNITED_STATES = "United States"
# Posts only the United States has by these names (the words before any "of"/"for"
# complement; "Secretary of State" alone, not Britain's "Secretary of State for Trade").
_AMERICAN_POSTS = ("trade representative", "treasury secretary", "congressman",
                   "congresswoman")


def _american_post(role: str | None) -> bool:
    """Whether a role is a post of the United States' own (`_AMERICAN_POSTS`)."""
    if not role or _former(role):
        return False
    low = role.lower()
    return any(post in low for post in _AMERICAN_POSTS) \
        or low.endswith("secretary of state") and " for " not in low


def _person(cluster: Cluster, main: str | None, org_country: dict[str, str | None],
            org_public: dict[str, bool], rule: str = "state-title-main-country") -> None:
    """A person serving a public body serves its country; a state title with no employer
    named serves the country the article is about; a firm or body served before is no
    affiliation (GUIDELINES 2.7)."""
    if _former(cluster.role) and cluster.affiliation is not None \
            and cluster.affiliation not in _COUNTRY_NAMES \
            and not _is_party([cluster.affiliation]):
        # "ex-president of Bank of China": a former employer is no affiliation
        cluster.affiliation, cluster.why_affiliation = None, None
        return
    employer = cluster.affiliation
    if employer is not None:
        country, public = org_country.get(employer), org_public.get(employer)
        if employer in gazetteer.SEATS:
            # "White House trade adviser Peter Navarro", "Kremlin aide X": a seat of
            # government stands for its state (no public body's word in its name)
            seat = gazetteer.SEATS[employer]
            country = seat if seat in _COUNTRY_NAMES else gazetteer.organization_country(seat)
            public = True
        # A body of a union ("European Commission") is no state's: the body itself stays.
        if country in _COUNTRY_NAMES and public:
            cluster.affiliation = country
            cluster.why_affiliation = why("state-body", f"{employer} -> {country}")
        return
    if cluster.known_affiliation is not None:
        cluster.affiliation = cluster.known_affiliation
        cluster.why_affiliation = why("known-person", cluster.affiliation)
        return
    body = _body_in_role(cluster.role, org_country)
    if body is not None:
        # "Commission spokeswoman Anna Sorensen" where the article names the European
        # Commission; "a Commerce ministry spokeswoman" of China's Ministry of Commerce
        country = org_country.get(body)
        public = country in _COUNTRY_NAMES and org_public.get(body)
        cluster.affiliation = country if public else body
        cluster.why_affiliation = why("body-in-role", f"{body} -> {country}" if public else body)
        return
    state_named = _state_in_role(cluster.role)
    if state_named is not None:
        # "spokesman for the Iranian foreign ministry": a state's body names its state
        cluster.affiliation = state_named
        cluster.why_affiliation = why("state-in-role", state_named)
        return
    if _commissioner(cluster.role) and (EUROPEAN_UNION in org_country
                                        or EUROPEAN_COMMISSION in org_country):
        # "Trade Commissioner Anna Lind" where the article names the EU or its Commission:
        # the Commission's (settle_affiliations)
        cluster.affiliation = EUROPEAN_UNION
        return
    if main is not None and state_title(cluster.role):
        cluster.affiliation = main
        cluster.why_affiliation = why(rule, main)


# Lower-case heads of bodies' names a role may name its body by ("Commission spokeswoman",
# "Commerce ministry spokeswoman", "spokesman for the Iranian foreign ministry").
_ROLE_BODY_HEADS = frozenset({"commission", "ministry", "department", "agency", "office",
                              "council", "committee", "bureau", "authority", "administration",
                              "secretariat", "directorate", "embassy", "cabinet"})
_ROLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _body_in_role(role: str | None, org_country: dict[str, str | None]) -> str | None:
    """The one organization of the article a role names by its head and its capitalized
    words ("Commission trade spokesperson" -> "European Commission")."""
    if not role or _former(role):
        return None
    words = _ROLE_WORD.findall(role)
    heads = {word.lower() for word in words if word.lower() in _ROLE_BODY_HEADS}
    named = {word.lower() for word in words if word[:1].isupper()}
    if not heads or not named:
        return None  # ("a ministry official": which ministry the role does not say)
    named -= heads
    found = [name for name in org_country
             if heads | named <= {word.lower() for word in _ROLE_WORD.findall(name)}]
    return found[0] if len(found) == 1 else None


def _state_in_role(role: str | None) -> str | None:
    """The country a demonym in a role gives when the role names a state's body: "spokesman
    for the Iranian foreign ministry" -> Iran (not "a Chinese-backed miner")."""
    if not role or _former(role):
        return None
    words = _ROLE_WORD.findall(role)
    if not any(word.lower() in _ROLE_BODY_HEADS for word in words):
        return None
    # (a demonym opening a name is the name's: "at Swiss Re")
    states = {gazetteer.DEMONYMS[word] for word, after in zip(words, [*words[1:], ""],
                                                                strict=True)
              if word in gazetteer.DEMONYMS and not after[:1].isupper()}
    states &= _COUNTRY_NAMES
    return states.pop() if len(states) == 1 else None


def _former(role: str | None) -> bool:
    """ "ex-Yukos boss", "former chief executive": a post held before."""
    return bool(role) and role.lower().split()[0].startswith(("ex-", "former"))  # type: ignore[union-attr]


def _commissioner(role: str | None) -> bool:
    """ "Trade Commissioner", "commissioner for competition" (not "commissioner of
    police"): the title head before any "of"/"for" complement."""
    if not role:
        return False
    head = _title_head_words(role)
    return bool(head) and head[-1] in COMMISSIONER_WORDS and "of" not in role.lower().split()


def _title_head_words(role: str) -> list[str]:
    """The lower-case words of a role before its first "of"/"to" complement."""
    head: list[str] = []
    for word in role.lower().split():
        if word in LINK_WORDS:
            break
        head.append(word)
    return head


def state_title(role: str | None) -> bool:
    """ "finance minister", "Prime Minister", "special envoy to X": a post in a state's
    service (the words before any "of"/"to" complement)."""
    if not role:
        return False
    head = _title_head_words(role)
    return any(word in STATE_TITLES or word.rsplit("-", 1)[-1] in STATE_TITLES
               for word in head) or " ".join(head[-2:]) in STATE_TITLES
