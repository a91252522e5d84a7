"""Actors of one article: entity mentions grouped by who they are, with role and affiliation.

`build_actors` takes the named-entity spans of an article and
- groups them: "Donald Trump" / "President Trump" / "Trump" are one person, "Washington"
  acting as government is the United States, "US" and "U.S." are one country, "Commerce
  Ministry" is "Ministry of Commerce", "WTO" is "World Trade Organization" (cluster.py);
- adds definite descriptions that point back to a named organization ("the ministry", "the
  Chinese commerce ministry") or, with a country in front, to a country ("the Chinese
  government") (anaphora.py);
- adds groups that are counted ("23 Chinese firms", "several US companies") (groups.py);
- finds roles and affiliations (roles.py).
A person named only by surname keeps the surname as name: a curated list of famous people
would go stale and mislead on namesakes; across articles `linking.ActorIndex` joins
"Trump" to a "Donald Trump" it has seen.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from functools import lru_cache

from .. import gazetteer
from ..linking import fold
from ..model import ACTOR_KINDS, Actor, EntitySpan, Mention, Sentence
from .affiliation import settle_affiliations
from .anaphora import add_anaphors
from .cluster import Cluster, cluster_entities
from .groups import add_groups
from .lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_TITLES,
    NOT_ACTORS,
    NOT_NAMES,
    SUPRANATIONAL_WORDS,
    TRIM_TITLES,
    country_name,
    demonym_country,
    is_title,
    is_title_modifier,
)
from .org_roles import OrgRoles
from .prefixes import PrefixFinder, why
from .roles import RoleFinder
from .tokens import Tokens, tokenize

_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
_NAME_LIKE = re.compile(r"\w(?:.*\S)?$", re.S)  # starts with a word character, no end space
_LEADING_THE = re.compile(r"(?i)the\s+")
# A treaty's or a negotiating round's name after a place: "Kyoto Protocol", "Doha Round".
_TREATY_AFTER = re.compile(r"\s+(?:Protocols?|Treaty|Convention|Accords?|Agreement|Round"
                           r"|Declaration|Agenda|Consensus|Charter)\b")
_TREATY_WORD_AFTER = re.compile(r"\s+(?:protocol|treaty|accord|climate\s+treaty)\b")
_TREATY_WORDS = ("Protocol", "Treaty", "Convention", "Accord", "protocol", "treaty")
_TREATY_ANYWHERE = re.compile(rf"\b(?:{'|'.join(_TREATY_WORDS)})\b")
_NAME_BEFORE_TREATY = re.compile(r"\b([A-Z][\w'’-]*)" + _TREATY_AFTER.pattern + "|"
                                 r"\b([A-Z][\w'’-]*)" + _TREATY_WORD_AFTER.pattern)
# A lower-case noun right after a name: the name modifies it ("Kyoto decision").
_MODIFIER_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|at|for|to|of|is|was|has|had|will|would"
                             r"|said|says)\b)[a-z]{3,}\b")
# A model number beside a name: letters and digits mixed (a bare number is a score or a
# year as often: "Essex 532").
_MODEL = r"(?!\d+G\b|G\d+\b)(?P<model>[A-Z]+\d+[A-Za-z]*|\d+[A-Z]+\d*)"  # not "3G", "G7"
_MODEL_AFTER = re.compile(rf"\s+{_MODEL}\b")
_MODEL_BEFORE = re.compile(rf"\b{_MODEL}\s+$")
_DIGIT = re.compile(r"\d")
# Words that head an organization's name: "the Commission" alone is a description.
ORG_HEAD_WORDS = frozenset(gazetteer.ORG_HEADS)


# A short form defined right after a body's full name: "(MSZP)", ", or MOTIE,", ", better
# known as Sinopec,".
_SHORT_FORM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_DASH_AFTER = re.compile(r"\s*[-—–]")
_DEFINED_AS_REACH = 20  # characters between a full name and its short form
_DEFINED_AS = re.compile(r"\s\($|,?\s+or\s+$|,\s+(?:better\s+|also\s+)?known\s+as\s+$")


def _short_forms_joined(text: str, ents: list[EntitySpan], clusters: list[Cluster],
                        owner: list[int]) -> tuple[list[Cluster], list[int]]:
    """An organization's short form given right after its full name joins the full name's
    actor, whether or not it spells its words (GUIDELINES 2.5: "the Hungarian Socialist Party
    (MSZP)", "the Energy Regulatory Commission (CRE)", "the Ministry of Trade, Industry and
    Energy, or MOTIE"): a cluster of that short form alone is merged into it."""
    into: dict[int, int] = {}
    for index in range(1, len(ents)):
        short, full = ents[index], ents[index - 1]
        if short.start - full.end > _DEFINED_AS_REACH:
            continue
        gap = text[full.end:short.start]
        found = _DEFINED_AS.search(gap)
        if found is None or found.start() != 0 or owner[index] == owner[index - 1]:
            continue
        after = text[short.end:short.end + 1]
        bracketed = gap.endswith("(")
        if (bracketed and after != ")") or (not bracketed and after not in (",", ".", ";")):
            continue
        known_as = "known" in gap
        if not (_SHORT_FORM.fullmatch(short.text) or known_as and " " not in short.text):
            continue
        if full.text.isupper() or _DASH_AFTER.match(text, short.end + 1):
            continue  # "UNITED NATIONS (AP) -": a dateline and its agency
        if _OF_BEFORE.search(text, max(0, full.start - 8), full.start):
            continue  # "the Economic Community of West African States (ECOWAS)": the name
            # was cut at "of", the short form is of the whole
        named, short_only = clusters[owner[index - 1]], clusters[owner[index]]
        if named.kind != "organization" or short_only.kind != "organization" \
                or any(ents[at].text != short.text for at in short_only.entities):
            continue
        into[owner[index]] = owner[index - 1]
    if not into:
        return clusters, owner
    for source, target in into.items():
        while target in into:
            target = into[target]
        into[source] = target  # (a chain of short forms ends at the full name)
        clusters[target].entities = sorted(clusters[target].entities
                                           + clusters[source].entities)
        clusters[target].names += clusters[source].names
    kept = [at for at in range(len(clusters)) if at not in into]
    new_index = {old: new for new, old in enumerate(kept)}
    new_index.update({source: new_index[target] for source, target in into.items()})
    return [clusters[at] for at in kept], [new_index[at] if at >= 0 else at for at in owner]


def build_actors(text: str, sentences: list[Sentence], entities: list[EntitySpan],
                 published: dt.date | None = None) -> list[Actor]:
    """Group an article's entity mentions into actors with roles and affiliations; a
    public figure named as the list of `published`'s year has it gets the usual full name
    and, where the text gives none, the affiliation (GUIDELINES 2.5, 2.7)."""
    ents = _clean_entities(text, entities)
    tokens = tokenize(text, sentences, ents)
    missed = _missed_person_mentions(tokens, ents)
    if missed:
        ents = sorted(ents + missed, key=_start)
        tokens.tag_entities(ents)
    clusters, owner = cluster_entities(ents)
    clusters, owner = _short_forms_joined(text, ents, clusters, owner)
    best = [cluster.best_name() for cluster in clusters]  # names are all in: work each out once
    _known_people(clusters, best, published.year if published else None)
    clusters, best, owner = _one_per_known_name(clusters, best, owner)
    prefixes = PrefixFinder(tokens, ents,
                            lambda e_index: (clusters[owner[e_index]].kind, best[owner[e_index]]))
    people, bodies = RoleFinder(prefixes), OrgRoles(prefixes)
    for cluster in clusters:
        _enrich(cluster, ents, tokens, people, bodies)
    add_anaphors(tokens, ents, clusters, owner)
    add_groups(tokens, clusters, prefixes)
    settle_affiliations(clusters, tokens, best, ents, published)

    actors = []
    for index, cluster in enumerate(clusters):
        # Clusters added after `best` (countries for "the Chinese government", groups) name
        # themselves.
        name = best[index] if index < len(best) else cluster.best_name()
        actor = _actor(cluster, name, ents)
        if actor is not None:
            actors.append(actor)
    actors.sort(key=lambda actor: actor.mentions[0].start)
    return actors


def _known_people(clusters: list[Cluster], best: list[str], year: int | None) -> None:
    """ "Trump" in 2025 is Donald Trump, of the United States (gaz_people.txt); only the
    fullest name the article gives is looked up, so "James Cameron" is nobody listed, and a
    full name keeps the article's spelling ("Pedro Sánchez", GUIDELINES 2.5)."""
    for index, cluster in enumerate(clusters):
        if cluster.kind != "person" or best[index] not in gazetteer.PEOPLE:
            continue  # (most names are not listed: nothing to look up)
        name, affiliation = gazetteer.known_person(best[index], year)
        if name is not None and len(name.split()) > len(best[index].split()):
            best[index] = name  # a surname or short form; a full name stays as written
        cluster.known_affiliation = affiliation


def _one_per_known_name(clusters: list[Cluster], best: list[str], owner: list[int]
                        ) -> tuple[list[Cluster], list[str], list[int]]:
    """ "Luiz Inacio Lula da Silva", then "Lula": a short form the list of public figures
    names in full is the person already named so, one actor (GUIDELINES 2.2)."""
    first: dict[str, int] = {}
    moved: dict[int, int] = {}
    for index, cluster in enumerate(clusters):
        if cluster.kind != "person":
            continue
        home = first.setdefault(best[index], index)
        if home != index:
            clusters[home].entities = sorted(clusters[home].entities + cluster.entities)
            clusters[home].names += cluster.names
            clusters[home].known_affiliation = clusters[home].known_affiliation \
                or cluster.known_affiliation
            moved[index] = home
    if not moved:
        return clusters, best, owner
    kept = [index for index in range(len(clusters)) if index not in moved]
    new_index = {old: new for new, old in enumerate(kept)}
    owner = [new_index[moved.get(cluster, cluster)] if cluster >= 0 else cluster
             for cluster in owner]
    return [clusters[index] for index in kept], [best[index] for index in kept], owner


def _actor(cluster: Cluster, name: str, ents: list[EntitySpan]) -> Actor | None:
    """The actor a cluster makes, None when it has no mention."""
    named = [ents[e_index] for e_index in cluster.entities]
    mentions = sorted([Mention(entity.start, entity.end, entity.text) for entity in named]
                      + cluster.extra, key=_start)
    if not mentions:
        return None
    # Aliases are names: the entity mentions, not "the ministry" or "23 Chinese firms".
    aliases = sorted({entity.text for entity in named} - {name})
    affiliation = None if cluster.kind == "country" or cluster.affiliation == name \
        else _state_of(cluster.affiliation)
    reasons = [cluster.why or _found_why(cluster.kind, name, named), cluster.why_role,
               cluster.why_affiliation if affiliation else None]
    return Actor(name=name, kind=cluster.kind, role=cluster.role, affiliation=affiliation,
                 mentions=mentions, aliases=aliases,
                 why="; ".join(filter(None, reasons)))


def _state_of(affiliation: str | None) -> str | None:
    """A part of a state stands for the state: "Scotland", "Wales" -> "United Kingdom" (2.7:
    a country's canonical name); clusters keep the part, which tells the Welsh Assembly from
    the Scottish one."""
    return affiliation if affiliation is None \
        else gazetteer.PART_OF_STATE.get(affiliation, affiliation)


_start = operator.attrgetter("start")
_text = operator.attrgetter("text")


def _found_why(kind: str, name: str, named: list[EntitySpan]) -> str:
    """The rule that kept an actor: a gazetteer name, a name's own words, a capital acting."""
    # In mention order, without repeats: a set's order changes from one run to the next.
    texts = list(dict.fromkeys(map(_text, named)))
    if kind == "country":
        if any(map(gazetteer.is_capital_of, texts)):
            return why("capital-as-government", name)
        return why("known-country", name)
    if kind == "organization":
        if any(map(gazetteer.organization_name, texts)):
            return why("known-organization", name)
        word = next((word for text in texts for word in text.split()
                     if word in gazetteer.ORG_WORDS), None)
        return why("org-name-word", word) if word else why("capitalized-name", name)
    if kind == "place" and any(map(gazetteer.is_place, texts)):
        return why("known-place", name)
    return why(f"{kind}-name" if kind == "person" else "capitalized-name", name)


# -- entities -------------------------------------------------------------------------------

def _clean_entities(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """Honest, non-overlapping spans; titles, "the" and possessives trimmed off names."""
    out: list[EntitySpan] = []
    last_end = -1
    treaty_names: set[str] = set()  # places the article names a treaty after ("Kyoto")
    for entity in sorted(entities, key=lambda entity: (entity.start, entity.start - entity.end)):
        if (entity.kind not in ACTOR_KINDS or not 0 <= entity.start < entity.end <= len(text)
                or text[entity.start:entity.end] != entity.text or entity.start < last_end):
            continue
        trimmed = _trim(text, entity)
        if trimmed is None or not _NAME_LIKE.match(trimmed.text) or _is_generic(trimmed):
            continue
        if trimmed.kind in ("place", "country") and _TREATY_AFTER.match(text, trimmed.end) \
                or trimmed.kind == "place" and _TREATY_WORD_AFTER.match(text, trimmed.end):
            treaty_names.add(trimmed.text)
            continue  # "the Kyoto Protocol", "the Kyoto treaty": a name inside a treaty's
        if trimmed.kind == "place" and _treaty_named(text, trimmed, treaty_names):
            continue  # "the Kyoto decision" in a story about the Kyoto Protocol
        if trimmed.kind != "person" and _in_model_name(text, trimmed):
            continue  # "the Boeing 787 Dreamliner", "an Airbus A350": a product's name
        if _a_portfolio(text, trimmed):
            continue  # "Agro-Industry Minister Devanand Ramkalawon": the post's portfolio
        out.append(trimmed)
        last_end = trimmed.end
    return _without_unnamed_heads(text, out)


def _a_portfolio(text: str, entity: EntitySpan) -> bool:
    """An organization no lexicon knows, with no word of a body's name, right before a
    minister's title and a name: the portfolio of the post ("Agro-Industry Minister X",
    "Domestic Trade and Consumer Affairs Minister X"), no body of its own."""
    return (entity.kind == "organization" and entity.canonical is None
            and _PORTFOLIO_POST_AFTER.match(text, entity.end) is not None
            and not any(word in ORG_HEAD_WORDS for word in entity.text.replace("-", " ").split()))


# A minister's title right after a name, then a capitalized name: " Minister Devanand".
_PORTFOLIO_POST_AFTER = re.compile(r"(?:\s+and(?:\s+[A-Z][\w-]*){1,3}?)?\s+(?:Minister"
                                   r"|Secretary|minister|secretary)\s+[A-Z][a-z]")


def _treaty_named(text: str, entity: EntitySpan, treaty_names: set[str]) -> bool:
    """A place the article also names a treaty after ("the Kyoto Protocol"), used as a
    modifier ("Kyoto decision", "Kyoto targets"), stands for the treaty: no place. The
    headline comes before the treaty's name, so the whole text is read, once."""
    return (entity.text in treaty_names or entity.text in _treaty_words(text)) \
        and bool(_MODIFIER_AFTER.match(text, entity.end))


@lru_cache(maxsize=4)
def _treaty_words(text: str) -> frozenset[str]:
    """The capitalized words right before a treaty's word anywhere in the text."""
    # Most articles name no treaty: `in` rules that out far faster than the regex, which
    # tries its word boundary at every character of the text.
    if not any(word in text for word in _TREATY_WORDS) or not _TREATY_ANYWHERE.search(text):
        return frozenset()
    return frozenset(found.group(1) or found.group(2)
                     for found in _NAME_BEFORE_TREATY.finditer(text))


def _in_model_name(text: str, entity: EntitySpan) -> bool:
    """A name a model number follows or precedes: "Airbus A350", "Acme X200 phones"."""
    before = max(0, entity.start - 12)
    # A model number holds a digit: looking for one first spares most names the model's
    # regex, which is tried at each of the twelve characters.
    return bool(_MODEL_AFTER.match(text, entity.end)
                or _DIGIT.search(text, before, entity.start)
                and _MODEL_BEFORE.search(text, before, entity.start))


def _without_unnamed_heads(text: str, ents: list[EntitySpan]) -> list[EntitySpan]:
    """ "the Federation", "the Commission" with no body of that name before: a description
    with a capital, not a name (GUIDELINES 2.3); after "the European Commission" the
    clustering joins "the Commission" to it."""
    seen: set[str] = set()
    out: list[EntitySpan] = []
    for entity in ents:
        words = entity.text.split()
        if entity.kind == "organization" and len(words) > 1:
            seen.update(word for word in words if word in ORG_HEAD_WORDS)
        elif (entity.kind == "organization" and entity.canonical is None
              and entity.text in ORG_HEAD_WORDS and entity.text not in seen
              and _LEADING_THE.search(text, max(0, entity.start - 4), entity.start)):
            continue
        out.append(entity)
    return out


def _trim(text: str, entity: EntitySpan) -> EntitySpan | None:
    """The entity without a possessive, an organization's "the" or a person's title."""
    start, end = entity.start, entity.end
    possessive = _POSSESSIVE_END.search(text, start, end) \
        if _apostrophe_at_end(text, start, end) else None
    if possessive and possessive.start() > start \
            and text[possessive.start():possessive.end()].strip() in ("'s", "’s", "'", "’"):
        end = possessive.start()
    if entity.kind == "organization":
        the = _LEADING_THE.match(text, start, end)
        if the:
            start = the.end()
    if entity.kind == "person":
        start += _title_length(text[start:end])
    if start >= end:
        return None
    if (start, end) == (entity.start, entity.end):
        return entity
    return EntitySpan(start, end, text[start:end], entity.kind, entity.canonical)


def _apostrophe_at_end(text: str, start: int, end: int) -> bool:
    """Whether a possessive can end the span: its apostrophe is among the last three
    characters ("’s", and "'s" before a final newline). The possessive's regex is tried at
    every character of the span; most names have no apostrophe at all."""
    tail = text[max(start, end - 3):end]
    return "'" in tail or "’" in tail


@lru_cache(maxsize=4096)
def _title_length(name: str) -> int:
    """How many characters of a person's span a title takes: "President Trump" -> 10.

    The title is found again as the role. Only a run that ends in a title goes ("White
    Sox" stays), and never a first name ("Dean Jones"). Remembered: a name is asked about
    at each of its mentions, in every article that names the person.
    """
    words = list(re.finditer(r"\S+", name))
    drop = at = 0
    while at < len(words) - 1:
        written = words[at].group()
        word = written.lower().rstrip(".")
        if written in gazetteer.FIRST_NAMES:
            break
        if word in HONORIFICS or word in TRIM_TITLES:
            drop = at = at + 1
        elif is_title_modifier(word):
            at += 1
        else:
            break
    return words[drop].start() if drop else 0


def _is_generic(entity: EntitySpan) -> bool:
    """ "Analysts", "Trade experts": plural common nouns, not actors."""
    low = fold(entity.text)
    if low in NOT_ACTORS:
        return True
    words = low.split()
    return (entity.kind != "country" and words[-1] in NOT_ACTORS
            and all(not word[:1].isupper() for word in entity.text.split()[1:]))


def _missed_person_mentions(tokens: Tokens, ents: list[EntitySpan]) -> list[EntitySpan]:
    """Names the tagger left out: "President Trump", and a known surname ("the Trump
    administration") once the article has named that person."""
    found = _titled_names(tokens)
    surnames = {entity.text.split()[-1] for entity in ents
                if entity.kind == "person" and " " in entity.text}
    surnames |= {entity.text for entity in found}
    found += _known_surnames(tokens, surnames, {entity.start for entity in found})
    return found


def _titled_names(tokens: Tokens) -> list[EntitySpan]:
    """ "President Trump": a capitalized word after a title that opens a name."""
    found: list[EntitySpan] = []
    count = len(tokens.starts)
    caps = tokens.caps
    for title_at in tokens.where(NAME_TITLES):
        name_at = title_at + 1
        if (name_at < count and caps[title_at] and tokens.entity[title_at] < 0
                and (title_at == tokens.sentence_first[tokens.sentence[title_at]]
                     or not caps[title_at - 1])
                and tokens.sentence[name_at] == tokens.sentence[title_at]
                and _loose_name_word(tokens, name_at)
                and not (name_at + 1 < count and tokens.capitalized(name_at + 1)
                         and tokens.words[name_at + 1].isalpha())):
            found.append(_bare_span(tokens, name_at, "person"))
    return found


def _known_surnames(tokens: Tokens, surnames: set[str], starts: set[int]) -> list[EntitySpan]:
    """A surname of the article's people standing alone outside any entity; `starts` (the
    mentions found so far) grows with each one."""
    found: list[EntitySpan] = []
    count = len(tokens.starts)
    for at in tokens.capitals():
        word = tokens.words[at][:-2] if tokens.is_possessive(at) else tokens.words[at]
        if word not in surnames or not _loose_name_word(tokens, at) or len(word) < 3:
            continue
        sentence_first = tokens.sentence_first[tokens.sentence[at]]
        if at == sentence_first and fold(word) in gazetteer.COMMON_WORDS:
            continue  # "Brown" opening a sentence may be the colour
        if (at > sentence_first and tokens.capitalized(at - 1)
                or at + 1 < count and tokens.capitalized(at + 1)
                and tokens.words[at + 1].isalpha()):
            continue  # part of a longer name the tagger chose not to tag
        if tokens.starts[at] not in starts:
            found.append(_bare_span(tokens, at, "person"))
            starts.add(tokens.starts[at])
    return found


def _loose_name_word(tokens: Tokens, at: int) -> bool:
    """A capitalized word outside any entity that could be a name (not a title, month...)."""
    low = tokens.bare(at)
    return (tokens.entity[at] < 0 and tokens.capitalized(at) and tokens.words[at][1:2].islower()
            and low not in FUNCTION_WORDS and low not in NOT_NAMES
            and not is_title(low) and not is_title_modifier(low) and not demonym_country(
                tokens.words[at]) and not country_name(tokens.words[at]))


def _bare_span(tokens: Tokens, at: int, kind: str) -> EntitySpan:
    """The entity span of token `at`, without a possessive 's."""
    end = tokens.ends[at] - (2 if tokens.is_possessive(at) else 0)
    return EntitySpan(tokens.starts[at], end, tokens.text[tokens.starts[at]:end], kind)


# -- roles and affiliations -----------------------------------------------------------------

def _international(cluster: Cluster) -> bool:
    """Whether an organization is a known international body ("World Trade Organization",
    "Organization of the Petroleum Exporting Countries"): listed, with no home country,
    and named as international (not "International Steel Group", "Air Europe")."""
    for name in (cluster.best_name(), *cluster.names):
        canonical = gazetteer.organization_name(name)
        if canonical is not None and gazetteer.organization_country(canonical) is None \
                and not SUPRANATIONAL_WORDS.isdisjoint(canonical.lower().split()):
            return True
    return False


def _enrich(cluster: Cluster, ents: list[EntitySpan], tokens: Tokens, people: RoleFinder,
            bodies: OrgRoles) -> None:
    """Role and affiliation of a cluster, from the first of its mentions that gives them."""
    if cluster.kind not in ("person", "organization"):
        return
    for e_index in cluster.entities:
        entity = ents[e_index]
        first = tokens.covering(entity.start)
        if first >= len(tokens.starts) or tokens.starts[first] >= entity.end:
            continue  # no word of the text inside this span
        # the last word that starts inside the span
        last = bisect.bisect_left(tokens.starts, entity.end, first + 1) - 1
        if cluster.kind == "person":
            found = people.person_role(first, last)
        else:
            found = bodies.org_role(first, last)
        if cluster.role is None and found.role:
            cluster.role, cluster.why_role = found.role, found.why_role
        if cluster.affiliation is None and found.affiliation and not (
                cluster.kind == "organization" and _international(cluster)):
            # ("China's WTO accession deal": the WTO serves no one country, GUIDELINES 2.7)
            cluster.affiliation, cluster.why_affiliation = found.affiliation, found.why_affiliation
        if cluster.role and cluster.affiliation:
            break
    if cluster.kind == "organization" and cluster.affiliation is None and "of" in cluster.tokens:
        # "Bank of Japan": a country after "of" in the name.
        tail = " ".join(cluster.best_name().split(" of ", 1)[1:])
        cluster.affiliation = country_name(tail) if tail else None
        if cluster.affiliation:
            cluster.why_affiliation = why("country-after-of", cluster.affiliation)
