"""Grouping one article's entity mentions into clusters (the actors to be), in linear time.

Each mention is compared only with the clusters that share a blocking key with it, never
with every cluster so far: a person's (first, last) tokens and each of their name tokens,
an organization's canonical key, its name with trailing corporate words dropped ("Huawei"
of "Huawei Technologies"), its initials and the upper-case names it was written as
("WTO"). A key that cannot match leaves the cluster out; every candidate found is then
checked with the full rule, and the first cluster in text order wins as before.

`COMPARISONS` counts the candidate checks, so tests can see that the work grows with the
number of mentions and not with its square.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import gazetteer
from .actors_lexicon import COUNTRY_HEADS, country_name, demonym_country
from .linking import _NAME_EXTENSIONS, BODY_WORDS, acronym, fold, org_tokens, person_tokens
from .model import EntitySpan, Mention

#: candidate checks by kind ("organization", "person", "surname"; "antecedent" for the
#: organizations a description such as "the ministry" was tried against).
COMPARISONS: Counter[str] = Counter()


@dataclass(slots=True)
class Cluster:
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


def entity_key(e: EntitySpan) -> tuple[str, str, list[str], str | None, str]:
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
        tokens = _one_spelling(org_tokens(name))
        if hint and len(tokens) == 1 and tokens[0] in COUNTRY_HEADS:
            return "country", fold(hint), [], None, hint  # "the British Government"
        return kind, " ".join(tokens), tokens, hint, display
    name = e.canonical or e.text
    return kind, fold(name), [], None, name


# British spellings in organization names, compared in their American form.
_SPELLINGS = {"centre": "center", "defence": "defense", "labour": "labor",
              "programme": "program", "licence": "license", "theatre": "theater",
              "harbour": "harbor", "honour": "honor", "neighbour": "neighbor",
              "enquiry": "inquiry", "tyre": "tire", "aluminium": "aluminum"}


def _one_spelling(tokens: list[str]) -> list[str]:
    """ "food and agriculture organisation" -> "... organization"; "co operation" ->
    "cooperation": the variants one organization is written in, made one."""
    out: list[str] = []
    for t in tokens:
        if out and out[-1] in ("co", "re") and t.startswith(("op", "or")):
            out[-1] += t
            continue
        if t.endswith(("isation", "isations")):
            t = t.replace("isation", "ization")
        out.append(_SPELLINGS.get(t, t))
    return out


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


# Words a full name adds to the short name a story goes on with: "Kestrel Mining" ...
# "Kestrel", "Labour Party" ... "Labour". Within one article that is safe; across articles
# `linking` keeps to its shorter list.
NAME_EXTENSIONS = _NAME_EXTENSIONS | frozenset(
    w.lower().rstrip(".") for w in (*gazetteer.ORG_SUFFIXES, *gazetteer.ORG_HEADS,
                                    *gazetteer.COMPANY_WORDS)
) - frozenset(("of", "the", "and", "for"))


def _extends(a: list[str], b: list[str]) -> bool:
    """One organization name is the other plus such words ("Kestrel Mining" / "Kestrel")."""
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 and len(long_) == 3 and long_[1] == "and" and long_[0] == short[0]:
        return True  # "Marsh & McLennan" ... "Marsh": a partnership by its first name
    return (bool(short) and short[0] not in BODY_WORDS and long_[:len(short)] == short
            and all(w in NAME_EXTENSIONS for w in long_[len(short):]))


def _stems(tokens: list[str]) -> list[str]:
    """The name and each shorter prefix that only corporate words follow: "huawei
    technologies co" -> "huawei technologies", "huawei"; what `org_extends` can match."""
    out = [" ".join(tokens)]
    if len(tokens) == 3 and tokens[1] == "and":
        out.append(tokens[0])
    k = len(tokens)
    while k > 1 and tokens[k - 1] in NAME_EXTENSIONS:
        k -= 1
        out.append(" ".join(tokens[:k]))
    return out


class _Blocks:
    """Clusters by blocking key; `candidates` gives those that share any key, in order."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, str], list[int]] = defaultdict(list)

    def add(self, block: str, key: str, cluster: int) -> None:
        found = self._index[(block, key)]
        if not found or found[-1] != cluster:
            found.append(cluster)

    def get(self, block: str, key: str) -> list[int]:
        return self._index.get((block, key), [])

    def candidates(self, keys: list[tuple[str, str]]) -> list[int]:
        found: set[int] = set()
        for key in keys:
            found.update(self._index.get(key, ()))
        return sorted(found)


def _org_keys(key: str, tokens: list[str], text: str) -> list[tuple[str, str]]:
    keys = [("org", key)] + [("org-stem", s) for s in _stems(tokens)]
    if _initials_like(text) and len(tokens) == 1:
        keys.append(("org-initials", tokens[0]))  # "WTO" -> clusters whose initials are wto
    if len(tokens) >= 2:
        keys.append(("org-upper", acronym(tokens)))  # "World Trade Organization" -> a "WTO"
    return keys


def _index_org(blocks: _Blocks, c: int, cluster: Cluster) -> None:
    blocks.add("org", cluster.key, c)
    for s in _stems(cluster.tokens):
        blocks.add("org-stem", s, c)
    if len(cluster.tokens) >= 2:
        blocks.add("org-initials", acronym(cluster.tokens), c)


def _initials_like(name: str) -> bool:
    """ "WTO", "U.N.", and the British "Nato", "Opec": a name that may be initials."""
    return name.isupper() or (3 <= len(name) <= 6 and name.isalpha() and name.istitle())


def _index_org_name(blocks: _Blocks, uppers: dict[int, set[str]], c: int, name: str) -> None:
    """Remember an upper-case name a cluster was written as ("WTO"), for its full form."""
    if _initials_like(name):
        blocks.add("org-upper", fold(name), c)
        uppers.setdefault(c, set()).add(fold(name))


def cluster_entities(ents: list[EntitySpan]) -> tuple[list[Cluster], list[int]]:
    """Group entity mentions: one cluster per actor, and each mention's cluster."""
    clusters: list[Cluster] = []
    owner = [-1] * len(ents)
    by_key: dict[tuple[str, str], int] = {}
    blocks = _Blocks()
    uppers: dict[int, set[str]] = {}  # cluster -> its upper-case names, folded
    singles: list[int] = []  # one-word person mentions, resolved once all full names are in
    for i, e in enumerate(ents):
        kind, key, tokens, hint, name = entity_key(e)
        if kind == "person" and len(tokens) == 1:
            singles.append(i)
            continue
        c = None
        if kind == "organization":
            # Same words and no clash of countries: "Welsh Assembly" is not "Northern
            # Ireland Assembly", "US Commerce Department" is "the Commerce Department".
            for j in blocks.candidates(_org_keys(key, tokens, e.text)):
                COMPARISONS["organization"] += 1
                x = clusters[j]
                if ((x.key == key or _same_org(tokens, x.tokens, e.text, uppers.get(j, ())))
                        and not (hint and x.affiliation and hint != x.affiliation)):
                    c = j
                    break
        else:
            c = by_key.get((kind, key))
        if c is None and kind == "person" and len(tokens) >= 2:
            for j in blocks.get("person", f"{tokens[0]} {tokens[-1]}"):
                COMPARISONS["person"] += 1
                if _same_person(tokens, clusters[j].tokens):
                    c = j
                    break
        if c is None:
            clusters.append(Cluster(kind, key, [name], tokens=tokens, affiliation=hint))
            c = len(clusters) - 1
            if kind == "organization":
                _index_org(blocks, c, clusters[c])
                _index_org_name(blocks, uppers, c, name)
            elif kind == "person" and len(tokens) >= 2:
                blocks.add("person", f"{tokens[0]} {tokens[-1]}", c)
                blocks.add("surname-1", tokens[-1], c)
                blocks.add("surname0", tokens[0], c)
        else:
            clusters[c].names.append(name)  # "Tories" as "Conservative Party"
            clusters[c].affiliation = clusters[c].affiliation or hint
            if clusters[c].kind == "organization":
                _index_org_name(blocks, uppers, c, e.text)
        by_key.setdefault((kind, key), c)
        clusters[c].entities.append(i)
        owner[i] = c
    for i in singles:
        word = person_tokens(ents[i].text)[0]
        c = _surname_owner(word, ents[i].start, clusters, ents, blocks)
        if c is None:
            c = by_key.get(("person", word))
        if c is None:
            clusters.append(Cluster("person", word, [ents[i].text], tokens=[word]))
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


def _same_org(a: list[str], b: list[str], a_text: str, b_upper: set[str] | tuple) -> bool:
    """Whether org tokens `a` (written `a_text`) name the cluster with tokens `b` and the
    upper-case names `b_upper`: initials either way, or a name plus corporate words."""
    if not a or not b:
        return False
    if _initials_like(a_text) and len(a) == 1 and len(b) >= 2 and acronym(b) == a[0] \
            and (a_text.isupper() or len(b) >= 3):
        return True
    if len(a) >= 2 and acronym(a) in b_upper:
        return True
    return _extends(a, b)


def _surname_owner(word: str, start: int, clusters: list[Cluster], ents: list[EntitySpan],
                   blocks: _Blocks) -> int | None:
    """The full-name person a lone surname points to.

    The first one introduced before it (writers give a second namesake a first name each
    time), else the first after it.
    """
    for block in ("surname-1", "surname0"):  # surname first; a family name first ("Xi") next
        found = blocks.get(block, word)
        COMPARISONS["surname"] += len(found)
        if found:
            before = [j for j in found if ents[clusters[j].entities[0]].start < start]
            return min(before or found, key=lambda j: ents[clusters[j].entities[0]].start)
    return None
