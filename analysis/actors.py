"""Actors of one article: entity mentions grouped by who they are, with role and affiliation.

`build_actors` takes the named-entity spans of an article and
- groups them: "Donald Trump" / "President Trump" / "Trump" are one person, "Washington"
  acting as government is the United States, "US" and "U.S." are one country, "Commerce
  Ministry" is "Ministry of Commerce", "WTO" is "World Trade Organization";
- adds definite descriptions that point back to a named organization ("the ministry", "the
  Chinese commerce ministry") or, with a country in front, to a country ("the Chinese
  government");
- adds groups that are counted ("23 Chinese firms", "several US companies");
- finds roles and affiliations (analysis/actors_roles.py).
A person named only by surname keeps the surname as name: a curated list of famous people
would go stale and mislead on namesakes; across articles `linking.ActorIndex` joins
"Trump" to a "Donald Trump" it has seen.
"""

from __future__ import annotations

import bisect
import re

from . import gazetteer
from .actors_cluster import COMPARISONS, Cluster, cluster_entities, entity_key
from .actors_lexicon import (
    ANAPHORIC_HEADS,
    COLLECTIVE_NOUNS,
    COMPANY_HEADS,
    COUNTRY_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    IGNORABLE_MODIFIERS,
    NAME_TITLES,
    NOT_ACTORS,
    NOT_COMPANY_WORDS,
    NOT_NAMES,
    NUMBER_WORDS,
    QUANTITY_PHRASES,
    TRIM_TITLES,
    Tokens,
    capital_country,
    country_name,
    demonym_country,
    is_title,
    is_title_modifier,
    tokenize,
)
from .actors_roles import RoleFinder
from .linking import fold, org_tokens
from .model import ACTOR_KINDS, Actor, EntitySpan, Mention, Sentence

_NUMBER = re.compile(r"\d[\d,.]*$")
_SCALES = frozenset({"thousand", "million", "billion", "hundred", "dozen"})
_YEAR = re.compile(r"(1[89]|20)\d\d$")
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
_NAME_LIKE = re.compile(r"\w(?:.*\S)?$", re.S)  # starts with a word character, no end space
_LEADING_THE = re.compile(r"(?i)the\s+")
# How many organizations, most recent first, a description ("the ministry") may go back.
_ANTECEDENT_LOOKBACK = 50


def build_actors(text: str, sentences: list[Sentence],
                 entities: list[EntitySpan]) -> list[Actor]:
    """Group an article's entity mentions into actors with roles and affiliations."""
    ents = _clean_entities(text, entities)
    tok = tokenize(text, sentences, ents)
    missed = _missed_person_mentions(tok, ents)
    if missed:
        ents = sorted(ents + missed, key=lambda e: e.start)
        tok.tag_entities(ents)
    clusters, owner = cluster_entities(ents)
    best = [c.best_name() for c in clusters]  # names are all in: work each out once
    finder = RoleFinder(tok, ents, lambda e: (clusters[owner[e]].kind, best[owner[e]]))
    for c in clusters:
        _enrich(c, ents, tok, finder)
    _add_anaphors(tok, ents, clusters, owner)
    _add_groups(tok, clusters, finder)

    actors = []
    for i, c in enumerate(clusters):
        mentions = sorted(
            [Mention(ents[e].start, ents[e].end, ents[e].text) for e in c.entities] + c.extra,
            key=lambda m: m.start)
        if not mentions:
            continue
        name = best[i] if i < len(best) else c.best_name()
        # Aliases are names: the entity mentions, not "the ministry" or "23 Chinese firms".
        aliases = sorted({ents[e].text for e in c.entities} - {name})
        affiliation = None if c.kind == "country" or c.affiliation == name else c.affiliation
        actors.append(Actor(name=name, kind=c.kind, role=c.role, affiliation=affiliation,
                            mentions=mentions, aliases=aliases))
    actors.sort(key=lambda a: a.mentions[0].start)
    return actors


# -- entities -------------------------------------------------------------------------------

def _clean_entities(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """Honest, non-overlapping spans; titles, "the" and possessives trimmed off names."""
    out: list[EntitySpan] = []
    last_end = -1
    for e in sorted(entities, key=lambda e: (e.start, e.start - e.end)):
        if (e.kind not in ACTOR_KINDS or not 0 <= e.start < e.end <= len(text)
                or text[e.start:e.end] != e.text or e.start < last_end):
            continue
        e = _trim(text, e)
        if e is None or not _NAME_LIKE.match(e.text) or _is_generic(e):
            continue
        out.append(e)
        last_end = e.end
    return out


def _trim(text: str, e: EntitySpan) -> EntitySpan | None:
    start, end = e.start, e.end
    m = _POSSESSIVE_END.search(text, start, end)
    if m and m.start() > start and text[m.start():m.end()].strip() in ("'s", "’s", "'", "’"):
        end = m.start()
    if e.kind == "organization":
        m = _LEADING_THE.match(text, start, end)
        if m:
            start = m.end()
    if e.kind == "person":
        # "President Trump" -> "Trump": the title is found again as the role.
        # Only a run that ends in a title goes ("White Sox" stays), and never a first name
        # ("Dean Jones").
        words = list(re.finditer(r"\S+", text[start:end]))
        drop = i = 0
        while i < len(words) - 1:
            raw = words[i].group()
            w = raw.lower().rstrip(".")
            if raw in gazetteer.FIRST_NAMES:
                break
            if w in HONORIFICS or w in TRIM_TITLES:
                drop = i = i + 1
            elif is_title_modifier(w):
                i += 1
            else:
                break
        if drop:
            start += words[drop].start()
    if start >= end:
        return None
    if (start, end) == (e.start, e.end):
        return e
    return EntitySpan(start, end, text[start:end], e.kind, e.canonical)


def _is_generic(e: EntitySpan) -> bool:
    """ "Analysts", "Trade experts": plural common nouns, not actors."""
    low = fold(e.text)
    if low in NOT_ACTORS:
        return True
    words = low.split()
    return (e.kind != "country" and words[-1] in NOT_ACTORS
            and all(not w[:1].isupper() for w in e.text.split()[1:]))


def _missed_person_mentions(tok: Tokens, ents: list[EntitySpan]) -> list[EntitySpan]:
    """Names the tagger left out: "President Trump", and a known surname ("the Trump
    administration") once the article has named that person."""
    found: list[EntitySpan] = []
    n = len(tok.starts)
    caps = tok.caps
    for t in range(n - 1):
        if not caps[t]:
            continue
        u = t + 1
        if (tok.entity[t] < 0 and tok.low[t] in NAME_TITLES
                and (t == tok.sentence_first[tok.sentence[t]] or not caps[t - 1])
                and tok.sentence[u] == tok.sentence[t] and _loose_name_word(tok, u)
                and not (u + 1 < n and tok.capitalized(u + 1) and tok.words[u + 1].isalpha())):
            found.append(_bare_span(tok, u, "person"))
    surnames = {e.text.split()[-1] for e in ents if e.kind == "person" and " " in e.text}
    surnames |= {e.text for e in found}
    starts = {e.start for e in found}
    for t in range(n):
        if not caps[t]:
            continue
        word = tok.words[t][:-2] if tok.is_possessive(t) else tok.words[t]
        if word not in surnames or not _loose_name_word(tok, t) or len(word) < 3:
            continue
        if t == tok.sentence_first[tok.sentence[t]] and fold(word) in gazetteer.COMMON_WORDS:
            continue  # "Brown" opening a sentence may be the colour
        if (t > tok.sentence_first[tok.sentence[t]] and tok.capitalized(t - 1)
                or t + 1 < n and tok.capitalized(t + 1) and tok.words[t + 1].isalpha()):
            continue  # part of a longer name the tagger chose not to tag
        if tok.starts[t] not in starts:
            found.append(_bare_span(tok, t, "person"))
            starts.add(tok.starts[t])
    return found


def _loose_name_word(tok: Tokens, t: int) -> bool:
    """A capitalized word outside any entity that could be a name (not a title, month...)."""
    low = tok.bare(t)
    return (tok.entity[t] < 0 and tok.capitalized(t) and tok.words[t][1:2].islower()
            and low not in FUNCTION_WORDS and low not in NOT_NAMES
            and not is_title(low) and not is_title_modifier(low) and not demonym_country(
                tok.words[t]) and not country_name(tok.words[t]))


def _bare_span(tok: Tokens, t: int, kind: str) -> EntitySpan:
    end = tok.ends[t] - (2 if tok.is_possessive(t) else 0)
    return EntitySpan(tok.starts[t], end, tok.text[tok.starts[t]:end], kind)


# -- roles and affiliations -----------------------------------------------------------------

def _enrich(c: Cluster, ents: list[EntitySpan], tok: Tokens, finder: RoleFinder) -> None:
    if c.kind == "place":
        c.affiliation = capital_country(c.names[0])
        return
    if c.kind not in ("person", "organization"):
        return
    for e in c.entities:
        first = tok.covering(ents[e].start)
        if first >= len(tok.starts) or tok.starts[first] >= ents[e].end:
            continue  # no word of the text inside this span
        last = first
        while last + 1 < len(tok.starts) and tok.starts[last + 1] < ents[e].end:
            last += 1
        if c.kind == "person":
            role, affiliation = finder.person_role(first, last)
        else:
            role, affiliation = finder.org_role(first, last)
        c.role = c.role or role
        c.affiliation = c.affiliation or affiliation
        if c.role and c.affiliation:
            break
    if c.kind == "organization" and c.affiliation is None and "of" in c.tokens:
        # "Bank of Japan": a country after "of" in the name.
        tail = " ".join(c.best_name().split(" of ", 1)[1:])
        c.affiliation = country_name(tail) if tail else None


# -- definite descriptions ------------------------------------------------------------------

class _Antecedents:
    """Where the article named each organization and country, for "the ministry" and "the
    Chinese government": the organizations most recently named before a point, newest
    first, so resolving one description costs the few it looks at, not every cluster."""

    def __init__(self, ents: list[EntitySpan], owner: list[int], clusters: list[Cluster]):
        self.clusters = clusters
        self.ends: list[int] = []  # ends of organization entity mentions, in text order
        self.owners: list[int] = []
        for e, c in enumerate(owner):
            if clusters[c].kind == "organization":
                self.ends.append(ents[e].end)
                self.owners.append(c)
        self.extra_ends: list[int] = []  # descriptions already resolved to an organization
        self.extra_owners: list[int] = []
        self.countries: dict[str, int] = {}
        for i, c in enumerate(clusters):
            if c.kind == "country":
                self.countries.setdefault(c.key, i)
        self._words: dict[int, set[str]] = {}

    def country(self, name: str) -> int:
        """The cluster of the country `name`, added when the article never named it."""
        key = fold(name)
        i = self.countries.get(key)
        if i is None:
            self.clusters.append(Cluster("country", key, [name]))
            i = self.countries[key] = len(self.clusters) - 1
        return i

    def add(self, i: int, mention: Mention) -> None:
        """Record that cluster `i` was referred to by `mention`."""
        self.clusters[i].extra.append(mention)
        if self.clusters[i].kind == "organization":
            at = bisect.bisect_right(self.extra_ends, mention.end)
            self.extra_ends.insert(at, mention.end)
            self.extra_owners.insert(at, i)

    def words(self, i: int) -> set[str]:
        """The words of an organization's names and role: what a description may use."""
        found = self._words.get(i)
        if found is None:
            c = self.clusters[i]
            found = {w for n in c.names for w in org_tokens(n)}
            found.update(fold(c.role or "").replace("'s", "").split())
            self._words[i] = found
        return found

    def recent(self, start: int):
        """Organization clusters named before `start`, most recent first, at most
        _ANTECEDENT_LOOKBACK of them: a description that far from its name is no reference."""
        seen: set[int] = set()
        i = bisect.bisect_right(self.ends, start) - 1
        k = bisect.bisect_right(self.extra_ends, start) - 1
        while (i >= 0 or k >= 0) and len(seen) < _ANTECEDENT_LOOKBACK:
            if k < 0 or i >= 0 and self.ends[i] > self.extra_ends[k]:
                c = self.owners[i]
                i -= 1
            else:
                c = self.extra_owners[k]
                k -= 1
            if c not in seen:
                seen.add(c)
                COMPARISONS["antecedent"] += 1
                yield c


def _add_anaphors(tok: Tokens, ents: list[EntitySpan], clusters: list[Cluster],
                  owner: list[int]) -> None:
    """ "the ministry", "the Chinese commerce ministry" -> the organization named before."""
    antecedents = _Antecedents(ents, owner, clusters)
    n = len(tok.starts)
    for t in range(n):
        if tok.low[t] != "the" or tok.entity[t] >= 0:
            continue
        if t >= 2 and tok.words[t - 1] == "," and tok.entity[t - 2] >= 0:
            continue  # "Rosneft, the oil giant,": an apposition describes, it is the role
        s_end = tok.sentence_last[tok.sentence[t]]
        j = t + 1
        country = None
        if j < s_end:
            country, j = _country_prefix(tok, ents, clusters, j, s_end)
        span_first = j
        head = -1
        while j < min(s_end, span_first + 3) and tok.entity[j] < 0:
            w = tok.low[j]
            if w in ANAPHORIC_HEADS:
                head = j
                break
            if not tok.words[j][:1].isalpha() or w in FUNCTION_WORDS or tok.is_possessive(j):
                break
            j += 1
        if head < 0:
            continue
        nxt = head + 1
        if nxt < s_end and (tok.low[nxt] == "of" or tok.entity[nxt] >= 0
                            or (tok.capitalized(nxt) and tok.words[nxt][:1].isalpha())):
            continue  # "the ministry of finance", "the company Apple": a new description
        start, end = tok.starts[span_first], tok.ends[head]
        if tok.is_possessive(head):
            end -= 2
        mention = Mention(start, end, tok.text[start:end])
        head_word = tok.bare(head)
        modifiers = [tok.bare(x) for x in range(span_first, head)
                     if tok.bare(x) not in IGNORABLE_MODIFIERS]
        target = _resolve_anaphor(head_word, modifiers, country, start, antecedents)
        if target is not None:
            antecedents.add(target, mention)


def _country_prefix(tok: Tokens, ents: list[EntitySpan], clusters: list[Cluster],
                    j: int, s_end: int) -> tuple[str | None, int]:
    e = tok.entity[j]
    if e >= 0:
        kind, _, _, _, name = entity_key(ents[e])
        if kind != "country":
            return None, j
        while j < s_end and tok.entity[j] == e:
            j += 1
        return name, j
    if tok.capitalized(j):
        if j + 1 < s_end and (found := demonym_country(f"{tok.words[j]} {tok.words[j + 1]}")):
            return found, j + 2
        if found := demonym_country(tok.words[j]):
            return found, j + 1
    return None, j


def _resolve_anaphor(head: str, modifiers: list[str], country: str | None, start: int,
                     antecedents: _Antecedents) -> int | None:
    if head in COUNTRY_HEADS and country and not modifiers:
        return antecedents.country(country)  # "the Chinese government" is China acting
    if head in COUNTRY_HEADS and head != "administration":
        return None
    clusters = antecedents.clusters
    for i in antecedents.recent(start):
        c = clusters[i]
        words = antecedents.words(i)
        # "the company" fits any business; "the airline", "the bank" need the word itself.
        if head not in words and (head not in COMPANY_HEADS or words & NOT_COMPANY_WORDS):
            continue
        if any(m not in words for m in modifiers):
            continue
        if country and c.affiliation and fold(c.affiliation) != fold(country):
            continue
        if country and c.affiliation is None:
            c.affiliation = country
        return i
    return None


# -- counted groups -------------------------------------------------------------------------

def _add_groups(tok: Tokens, clusters: list[Cluster], finder: RoleFinder) -> None:
    """ "23 Chinese firms", "several US companies", "dozens of banks": groups that act."""
    for t, w in enumerate(tok.low):
        if w not in COLLECTIVE_NOUNS or tok.entity[t] >= 0 or tok.caps[t]:
            continue  # "Six Nations" is a name
        floor = tok.sentence_first[tok.sentence[t]]
        j = t - 1
        affiliation = None
        first_modifier = t
        modifiers = 0
        while j >= floor and t - j <= 4:
            pre = finder.prefix_ending_at(j, floor)
            if pre is not None and pre.kind == "country" and not pre.possessive:
                affiliation = affiliation or pre.name
                first_modifier = pre.first
                j = pre.first - 1
                continue
            lw = tok.low[j]
            if (tok.entity[j] < 0 and not tok.capitalized(j) and lw.isalpha() and modifiers < 2
                    and lw not in FUNCTION_WORDS and lw not in NUMBER_WORDS
                    and not (lw.endswith("s") and not lw.endswith(("ss", "us")))):
                # A word in -s before the noun is a verb more often than not ("obliges").
                modifiers += 1
                first_modifier = j
                j -= 1
                continue
            break
        quantity = _quantity_ending_at(tok, j, floor)
        if quantity is None:
            continue
        start, end = tok.starts[quantity], tok.ends[t]
        phrase = tok.text[start:end]
        name = tok.text[tok.starts[first_modifier]:end] if first_modifier < t else phrase
        if name[:1].isupper() and not demonym_country(name.split()[0]) and name == phrase:
            name = name[0].lower() + name[1:]
        clusters.append(Cluster("group", fold(name), [name], extra=[Mention(start, end, phrase)],
                                 affiliation=affiliation))


def _quantity_ending_at(tok: Tokens, j: int, floor: int) -> int | None:
    """The first token of a number that ends at token j: "23", "several", "dozens of"."""
    if j < floor or tok.entity[j] >= 0:
        return None
    word = tok.low[j]
    if word in _SCALES and j - 1 >= floor and _NUMBER.match(tok.low[j - 1]):
        return j - 1  # "1.2 million members"
    if word in NUMBER_WORDS or (_NUMBER.match(word) and not _YEAR.match(word)):
        return j
    for phrase in QUANTITY_PHRASES:
        k = j - len(phrase) + 1
        if k >= floor and tuple(tok.low[k:j + 1]) == phrase:
            return k
    return None
