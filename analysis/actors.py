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

import re
from dataclasses import dataclass, field

from . import gazetteer
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
from .linking import acronym, fold, org_extends, org_tokens, person_tokens
from .model import ACTOR_KINDS, Actor, EntitySpan, Mention, Sentence

_NUMBER = re.compile(r"\d[\d,.]*$")
_SCALES = frozenset({"thousand", "million", "billion", "hundred", "dozen"})
_YEAR = re.compile(r"(1[89]|20)\d\d$")
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
_NAME_LIKE = re.compile(r"\w(?:.*\S)?$", re.S)  # starts with a word character, no end space
_LEADING_THE = re.compile(r"(?i)the\s+")


@dataclass(slots=True)
class _Cluster:
    kind: str
    key: str
    names: list[str]  # surface names, in text order
    entities: list[int] = field(default_factory=list)  # indexes into the cleaned entities
    extra: list[Mention] = field(default_factory=list)  # anaphors and group phrases
    tokens: list[str] = field(default_factory=list)  # person/org name tokens (folded)
    role: str | None = None
    affiliation: str | None = None

    def best_name(self) -> str:
        if self.kind == "person":
            return max(self.names, key=lambda n: len(person_tokens(n)))
        if self.kind == "organization":
            return max(self.names, key=lambda n: (len(org_tokens(n)), not n.isupper()))
        return self.names[0]


def build_actors(text: str, sentences: list[Sentence],
                 entities: list[EntitySpan]) -> list[Actor]:
    """Group an article's entity mentions into actors with roles and affiliations."""
    ents = _clean_entities(text, entities)
    tok = tokenize(text, sentences, ents)
    missed = _missed_person_mentions(tok, ents)
    if missed:
        ents = sorted(ents + missed, key=lambda e: e.start)
        tok.tag_entities(ents)
    clusters, owner = _cluster_entities(ents)
    finder = RoleFinder(tok, ents, lambda e: (clusters[owner[e]].kind,
                                              clusters[owner[e]].best_name()))
    for c in clusters:
        _enrich(c, ents, tok, finder)
    _add_anaphors(tok, ents, clusters)
    _add_groups(tok, clusters, finder)

    actors = []
    for c in clusters:
        mentions = sorted(
            [Mention(ents[e].start, ents[e].end, ents[e].text) for e in c.entities] + c.extra,
            key=lambda m: m.start)
        if not mentions:
            continue
        name = c.best_name()
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
        if all(f.start != tok.starts[t] for f in found):
            found.append(_bare_span(tok, t, "person"))
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


def _entity_key(e: EntitySpan) -> tuple[str, str, list[str], str | None, str]:
    """(kind, key, name tokens, affiliation hint, display name) of one entity mention."""
    kind = e.kind
    if kind == "place" and (e.canonical or country_name(e.text)):
        kind = "country"  # "in China": a country named as a place is still the country
    if kind == "country":
        name = e.canonical or country_name(e.text) or e.text
        return kind, fold(name), [], None, name
    if kind == "person":
        tokens = person_tokens(e.text)
        return kind, "".join(tokens), tokens, None, e.text
    if kind == "organization":
        display = e.canonical or e.text  # "EU" -> "European Union"
        name, hint = _split_country_prefix(display)
        tokens = org_tokens(name)
        if hint and len(tokens) == 1 and tokens[0] in COUNTRY_HEADS:
            return "country", fold(hint), [], None, hint  # "the British Government"
        return kind, " ".join(tokens), tokens, hint, display
    name = e.canonical or e.text
    return kind, fold(name), [], None, name


def _split_country_prefix(name: str) -> tuple[str, str | None]:
    """ "US Commerce Department" -> ("Commerce Department", "United States")."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n:
            head = " ".join(words[:n])
            country = demonym_country(head) or country_name(head.rstrip("'’s"))
            if country and words[n][:1].isupper():
                return " ".join(words[n:]), country
    return name, None


def _cluster_entities(ents: list[EntitySpan]) -> tuple[list[_Cluster], list[int]]:
    clusters: list[_Cluster] = []
    owner = [-1] * len(ents)
    by_key: dict[tuple[str, str], int] = {}
    singles: list[int] = []  # one-word person mentions, resolved once all full names are in
    for i, e in enumerate(ents):
        kind, key, tokens, hint, name = _entity_key(e)
        if kind == "person" and len(tokens) == 1:
            singles.append(i)
            continue
        if kind == "organization":
            # Same words and no clash of countries: "Welsh Assembly" is not "Northern
            # Ireland Assembly", "US Commerce Department" is "the Commerce Department".
            c = next((j for j, x in enumerate(clusters)
                      if x.kind == "organization"
                      and (x.key == key or _same_org(tokens, x.tokens, e.text, x.names))
                      and not (hint and x.affiliation and hint != x.affiliation)), None)
        else:
            c = by_key.get((kind, key))
        if c is None and kind == "person":
            c = next((j for j, x in enumerate(clusters)
                      if x.kind == "person" and _same_person(tokens, x.tokens)), None)
        if c is None:
            clusters.append(_Cluster(kind, key, [name], tokens=tokens, affiliation=hint))
            c = len(clusters) - 1
        else:
            clusters[c].names.append(e.text)
            clusters[c].affiliation = clusters[c].affiliation or hint
        by_key.setdefault((kind, key), c)
        clusters[c].entities.append(i)
        owner[i] = c
    for i in singles:
        word = person_tokens(ents[i].text)[0]
        c = _surname_owner(word, ents[i].start, clusters, ents)
        if c is None:
            c = by_key.get(("person", word))
        if c is None:
            clusters.append(_Cluster("person", word, [ents[i].text], tokens=[word]))
            c = len(clusters) - 1
            by_key[("person", word)] = c
        else:
            clusters[c].names.append(ents[i].text)
        clusters[c].entities.append(i)
        owner[i] = c
    # Mentions were added out of order for surnames; keep each cluster's list in text order.
    for c in clusters:
        c.entities.sort()
    return clusters, owner


def _same_person(a: list[str], b: list[str]) -> bool:
    if len(a) < 2 or len(b) < 2:
        return False
    return a == b or (a[0] == b[0] and a[-1] == b[-1])


def _same_org(a: list[str], b: list[str], a_text: str, b_names: list[str]) -> bool:
    if not a or not b:
        return False
    if a_text.isupper() and len(a) == 1 and len(b) >= 2 and acronym(b) == a[0]:
        return True
    if len(a) >= 2 and any(n.isupper() and fold(n) == acronym(a) for n in b_names):
        return True
    return org_extends(a, b)


def _surname_owner(word: str, start: int, clusters: list[_Cluster],
                   ents: list[EntitySpan]) -> int | None:
    """The full-name person a lone surname points to.

    The first one introduced before it (writers give a second namesake a first name each
    time), else the first after it.
    """
    for position in (-1, 0):  # surname first; a family name first ("Xi" of "Xi Jinping") next
        found = [j for j, c in enumerate(clusters)
                 if c.kind == "person" and len(c.tokens) >= 2 and c.tokens[position] == word]
        if found:
            before = [j for j in found if ents[clusters[j].entities[0]].start < start]
            return min(before or found, key=lambda j: ents[clusters[j].entities[0]].start)
    return None


# -- roles and affiliations -----------------------------------------------------------------

def _enrich(c: _Cluster, ents: list[EntitySpan], tok: Tokens, finder: RoleFinder) -> None:
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

def _add_anaphors(tok: Tokens, ents: list[EntitySpan], clusters: list[_Cluster]) -> None:
    """ "the ministry", "the Chinese commerce ministry" -> the organization named before."""
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
        target = _resolve_anaphor(head_word, modifiers, country, start, ents, clusters)
        if target is not None:
            target.extra.append(mention)


def _country_prefix(tok: Tokens, ents: list[EntitySpan], clusters: list[_Cluster],
                    j: int, s_end: int) -> tuple[str | None, int]:
    e = tok.entity[j]
    if e >= 0:
        kind, _, _, _, name = _entity_key(ents[e])
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
                     ents: list[EntitySpan], clusters: list[_Cluster]) -> _Cluster | None:
    if head in COUNTRY_HEADS and country and not modifiers:
        # "the Chinese government" is China acting.
        for c in clusters:
            if c.kind == "country" and c.key == fold(country):
                return c
        clusters.append(_Cluster("country", fold(country), [country]))
        return clusters[-1]
    if head in COUNTRY_HEADS and head != "administration":
        return None
    best, best_pos = None, -1
    for c in clusters:
        if c.kind != "organization" or not c.entities:
            continue
        before = [ents[e].start for e in c.entities if ents[e].end <= start]
        before += [m.start for m in c.extra if m.end <= start]
        if not before or max(before) <= best_pos:
            continue
        words = {w for n in c.names for w in org_tokens(n)}
        words.update(fold(c.role or "").replace("'s", "").split())
        # "the company" fits any business; "the airline", "the bank" need the word itself.
        if head not in words and (head not in COMPANY_HEADS or words & NOT_COMPANY_WORDS):
            continue
        if any(m not in words for m in modifiers):
            continue
        if country and c.affiliation and fold(c.affiliation) != fold(country):
            continue
        best, best_pos = c, max(before)
    if best is not None and country and best.affiliation is None:
        best.affiliation = country
    return best


# -- counted groups -------------------------------------------------------------------------

def _add_groups(tok: Tokens, clusters: list[_Cluster], finder: RoleFinder) -> None:
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
        clusters.append(_Cluster("group", fold(name), [name], extra=[Mention(start, end, phrase)],
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
