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
from collections.abc import Collection
from dataclasses import dataclass, field

from .. import gazetteer
from ..linking import BODY_WORDS, NAME_EXTENSIONS, fold, initials, org_tokens, person_tokens
from ..model import EntitySpan, Mention
from .lexicon import COUNTRY_HEADS, country_name, demonym_country

#: candidate checks by kind ("organization", "person", "surname"; "antecedent" for the
#: organizations a description such as "the ministry" was tried against).
COMPARISONS: Counter[str] = Counter()


@dataclass(slots=True)
class Cluster:
    """The mentions of one actor, as they are grouped, with what is found about it."""

    kind: str
    key: str
    names: list[str]  # surface names, in text order
    entities: list[int] = field(default_factory=list)  # indexes into the cleaned entities
    extra: list[Mention] = field(default_factory=list)  # anaphors and group phrases
    tokens: list[str] = field(default_factory=list)  # person/org name tokens (folded)
    role: str | None = None
    affiliation: str | None = None
    # "<rule id>: <words>" of the rules that kept the actor and gave its role, affiliation.
    why: str | None = None
    why_role: str | None = None
    why_affiliation: str | None = None
    # The affiliation gaz_people.txt gives a listed public figure in the article's year.
    known_affiliation: str | None = None

    def best_name(self) -> str:
        """The fullest name: most words for a person; for an organization, not initials."""
        if self.kind == "person":
            return max(self.names, key=lambda name: len(person_tokens(name)))
        if self.kind == "organization":
            # (of two spellings with the same words, the longer: "Liberal Democrats", not
            # "Lib Dems")
            return max(self.names, key=lambda name: (len(org_tokens(name)), not name.isupper(),
                                                     len(name)))
        return self.names[0]


def entity_key(entity: EntitySpan) -> tuple[str, str, list[str], str | None, str]:
    """(kind, key, name tokens, affiliation hint, display name) of one entity mention."""
    kind = entity.kind
    if kind == "place" and (entity.canonical or country_name(entity.text)):
        kind = "country"  # "in China": a country named as a place is still the country
    if kind == "country":
        name = entity.canonical or country_name(entity.text) or entity.text
        return kind, fold(name), [], None, name
    if kind == "person":
        tokens = person_tokens(entity.text)
        return kind, "".join(tokens), tokens, None, entity.text
    if kind == "organization":
        display = entity.canonical or entity.text  # "EU" -> "European Union"
        name, hint = _split_country_prefix(display)
        tokens = _one_spelling(org_tokens(name))
        if hint and len(tokens) == 1 and tokens[0] in COUNTRY_HEADS:
            return "country", fold(hint), [], None, hint  # "the British Government"
        if hint and not entity.canonical and _state_body_of(display, name):
            display = name  # "the US Commerce Department": "US" names the state (2.3)
        if entity.canonical and _written_in_full(entity.text) \
                and not _spells_the_listed_name(entity.text, entity.canonical):
            # "the Commerce Department", "the Security Council": the name as the article
            # spells it (GUIDELINES 2.5), known by the listed name's key; only initials
            # or a short form take the listed full name ("EU" -> "European Union")
            display = entity.text
        return kind, " ".join(tokens), tokens, hint, display
    name = entity.canonical or entity.text
    return kind, fold(name), [], None, name


def _spells_the_listed_name(text: str, canonical: str) -> bool:
    """Whether a mention spells the listed name itself, but for its apostrophe, a possessive
    cut off or a legal form added ("National People’s Congress", "Standard & Poor['s]",
    "Bethlehem Steel Corp.")."""
    text, canonical = text.replace("’", "'"), canonical.replace("’", "'")
    return canonical.startswith(text) or text.startswith(canonical)


def _written_in_full(text: str) -> bool:
    """Whether an organization's mention spells out a name of several words, capitalized
    ("Commerce Department"), not initials ("OPEC") nor a lower-case form ("the ministry")."""
    words = text.split()
    return len(words) >= 2 and text[:1].isupper() and not any(word.isupper() and len(word) > 1
                                                              for word in words)


# British spellings in organization names, compared in their American form.
_HEAD_WORDS = frozenset(gazetteer.ORG_HEADS)
# Particles that open a surname of two words: "De Vido", "van Gogh", "Le Pen".
_SURNAME_PARTICLES = frozenset((
    "de", "del", "della", "des", "di", "da", "do", "dos", "das", "du", "la", "le", "van",
    "von", "der", "den", "ter", "bin", "ibn", "al", "el"))

_SPELLINGS = {"centre": "center", "defence": "defense", "labour": "labor",
              "programme": "program", "licence": "license", "theatre": "theater",
              "harbour": "harbor", "honour": "honor", "neighbour": "neighbor",
              "enquiry": "inquiry", "tyre": "tire", "aluminium": "aluminum"}


def _one_spelling(tokens: list[str]) -> list[str]:
    """ "food and agriculture organisation" -> "... organization"; "co operation" ->
    "cooperation": the variants one organization is written in, made one."""
    out: list[str] = []
    for token in tokens:
        if out and out[-1] in ("co", "re") and token.startswith(("op", "or")):
            out[-1] += token
            continue
        if token.endswith(("isation", "isations")):
            token = token.replace("isation", "ization")
        out.append(_SPELLINGS.get(token, token))
    return out


def _split_country_prefix(name: str) -> tuple[str, str | None]:
    """ "US Commerce Department" -> ("Commerce Department", "United States"); "European
    Commission" is the European Union's, "European Bank for Reconstruction" nobody's."""
    words = name.split()
    for length in (2, 1):
        if len(words) > length:
            head = " ".join(words[:length])
            country = demonym_country(head) or country_name(head.rstrip("'’s"))
            if country == EUROPEAN_UNION and head == "European":
                # a European body of many states, not of the Union; and a body of the
                # Union, of a supranational union, has no affiliation either (2.7)
                return name, None
            if country and words[length][:1].isupper():
                return " ".join(words[length:]), country
    return name, None


EUROPEAN_UNION = "European Union"
# Last words of a state's own body's name ("Commerce Department", "Foreign Office"); not
# "Embassy", which is named by its state ("the US Embassy"), nor "Agency", which may be a
# body of its own named after the state ("US Anti-Doping Agency").
_STATE_BODY_HEADS = frozenset({"Department", "Ministry", "Office", "Bureau", "Administration",
                               "Treasury"})


def _state_body_of(full: str, body: str) -> bool:
    """Whether a name is a state's own name or initials ("US", "U.S.", "Britain", not a
    demonym: "British Airways", "Chinese Academy of Sciences" are names of their own)
    before the name of one of its departments, ministries or offices ("US Commerce
    Department")."""
    prefix = full[:len(full) - len(body)].strip()
    return country_name(prefix) is not None and body.split()[-1] in _STATE_BODY_HEADS \
        and (prefix.replace(".", "").isupper() or demonym_country(prefix) is None)


# Words a full name adds to the short name a story goes on with: "Kestrel Mining" ...
# "Kestrel", "Labour Party" ... "Labour". Within one article that is safe; across articles
# `linking` keeps to its shorter list.
IN_ARTICLE_NAME_EXTENSIONS = NAME_EXTENSIONS | (frozenset(
    word.lower().rstrip(".") for word in (*gazetteer.ORG_SUFFIXES, *gazetteer.ORG_HEADS,
                                          *gazetteer.COMPANY_WORDS)
) - frozenset(("of", "the", "and", "for")))


def _extends(a: list[str], b: list[str]) -> bool:
    """One organization name is the other plus such words ("Kestrel Mining" / "Kestrel")."""
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 and len(long_) == 3 and long_[1] == "and" and long_[0] == short[0]:
        return True  # "Marsh & McLennan" ... "Marsh": a partnership by its first name
    return (bool(short) and short[0] not in BODY_WORDS and long_[:len(short)] == short
            and all(word in IN_ARTICLE_NAME_EXTENSIONS for word in long_[len(short):]))


def _stems(tokens: list[str]) -> list[str]:
    """The name and each shorter prefix that only corporate words follow: "huawei
    technologies co" -> "huawei technologies", "huawei"; what `_extends` can match."""
    out = [" ".join(tokens)]
    if len(tokens) == 3 and tokens[1] == "and":
        out.append(tokens[0])
    length = len(tokens)
    while length > 1 and tokens[length - 1] in IN_ARTICLE_NAME_EXTENSIONS:
        length -= 1
        out.append(" ".join(tokens[:length]))
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
    """The blocking keys an organization mention is looked up by."""
    keys = [("org", key)] + [("org-stem", stem) for stem in _stems(tokens)]
    if _initials_like(text) and len(tokens) == 1:
        keys.append(("org-initials", tokens[0]))  # "WTO" -> clusters whose initials are wto
    if len(tokens) >= 2:  # "World Trade Organization" -> a "WTO"
        keys.extend(("org-upper", written) for written in initials(tokens))
    return keys


def _initials_like(name: str) -> bool:
    """ "WTO", "U.N.", and the British "Nato", "Opec": a name that may be initials."""
    return name.isupper() or (3 <= len(name) <= 6 and name.isalpha() and name.istitle())


def cluster_entities(ents: list[EntitySpan]) -> tuple[list[Cluster], list[int]]:
    """Group entity mentions: one cluster per actor, and each mention's cluster."""
    clustering = _Clustering(ents)
    singles: list[int] = []  # one-word person mentions, resolved once all full names are in
    for e_index, entity in enumerate(ents):
        kind, key, tokens, hint, name = entity_key(entity)
        if kind == "person" and len(tokens) == 1:
            singles.append(e_index)
        else:
            clustering.add_named(e_index, kind, key, tokens, hint, name)
    for e_index in singles:
        clustering.add_single_name(e_index)
    # Mentions were added out of order for surnames; keep each cluster's list in text order.
    for cluster in clustering.clusters:
        cluster.entities.sort()
    return clustering.clusters, clustering.owner


class _Clustering:
    """The clusters of one article as they grow, with the indexes that find them."""

    def __init__(self, ents: list[EntitySpan]) -> None:
        self.ents = ents
        self.clusters: list[Cluster] = []
        self.owner = [-1] * len(ents)  # each mention's cluster
        self.by_key: dict[tuple[str, str], int] = {}
        self.blocks = _Blocks()
        self.uppers: dict[int, set[str]] = {}  # cluster -> its upper-case names, folded
        # head word -> the last organization named with it ("commission" -> European ...)
        self.head_owner: dict[str, int] = {}

    def add_named(self, e_index: int, kind: str, key: str, tokens: list[str], hint: str | None,
                  name: str) -> None:
        """Add mention `e_index`, a full name, to its cluster or to a new one."""
        if kind == "organization":
            found = self._same_organization(key, tokens, hint, self.ents[e_index].text)
        else:
            found = self.by_key.get((kind, key))
        if found is None and kind == "person" and len(tokens) >= 2:
            found = self._same_person(tokens)
        if found is None and kind == "organization" and len(tokens) == 1 and hint is None:
            found = self.head_owner.get(tokens[0])  # "the Commission" after "European ..."
        if found is None:
            found = self._new_cluster(kind, key, tokens, hint, name)
        else:
            cluster = self.clusters[found]
            cluster.names.append(name)  # "Tories" as "Conservative Party"
            cluster.affiliation = cluster.affiliation or hint
            if cluster.kind == "organization":
                self._index_org_name(found, self.ents[e_index].text)
        self.by_key.setdefault((kind, key), found)
        self._own(e_index, found)

    def add_single_name(self, e_index: int) -> None:
        """Add mention `e_index`, one word of a person's name, to the person it points to."""
        text = self.ents[e_index].text
        word = person_tokens(text)[0]
        found = self._surname_owner(word, self.ents[e_index].start)
        if found is None:
            found = self.by_key.get(("person", word))
        if found is None:
            self.clusters.append(Cluster("person", word, [text], tokens=[word]))
            found = len(self.clusters) - 1
            self.by_key[("person", word)] = found
        else:
            self.clusters[found].names.append(text)
        self._own(e_index, found)

    def _own(self, e_index: int, cluster: int) -> None:
        self.clusters[cluster].entities.append(e_index)
        self.owner[e_index] = cluster
        if self.clusters[cluster].kind == "organization":
            words = self.ents[e_index].text.split()
            if len(words) > 1:
                for word in words:
                    if word in _HEAD_WORDS:
                        self.head_owner[fold(word)] = cluster

    def _same_organization(self, key: str, tokens: list[str], hint: str | None,
                           text: str) -> int | None:
        """Same words and no clash of countries: "Welsh Assembly" is not "Northern Ireland
        Assembly", "US Commerce Department" is "the Commerce Department"."""
        for candidate in self.blocks.candidates(_org_keys(key, tokens, text)):
            COMPARISONS["organization"] += 1
            other = self.clusters[candidate]
            if ((other.key == key
                 or _same_org(tokens, other.tokens, text, self.uppers.get(candidate, ())))
                    and not (hint and other.affiliation and hint != other.affiliation)):
                return candidate
        return None

    def _same_person(self, tokens: list[str]) -> int | None:
        for candidate in self.blocks.get("person", f"{tokens[0]} {tokens[-1]}"):
            COMPARISONS["person"] += 1
            if _same_person(tokens, self.clusters[candidate].tokens):
                return candidate
        # "De Vido" after "Julio De Vido": a surname with its particle; "Tiu Laurel" after
        # "Francisco Tiu Laurel Jr.": a surname of two words, the suffix aside
        for candidate in self.blocks.get("surname-1", tokens[-1]):
            COMPARISONS["person"] += 1
            other = _without_suffix(self.clusters[candidate].tokens)
            if len(other) > len(tokens) and other[-len(tokens):] == tokens:
                return candidate
        return None

    def _new_cluster(self, kind: str, key: str, tokens: list[str], hint: str | None,
                     name: str) -> int:
        self.clusters.append(Cluster(kind, key, [name], tokens=tokens, affiliation=hint))
        found = len(self.clusters) - 1
        if kind == "organization":
            self._index_org(found)
            self._index_org_name(found, name)
        elif kind == "person" and len(tokens) >= 2:
            self.blocks.add("person", f"{tokens[0]} {tokens[-1]}", found)
            self.blocks.add("surname-1", tokens[-1], found)
            plain = _without_suffix(tokens)
            if plain != tokens:  # "Luis Ortega Jr.": "Ortega" too
                self.blocks.add("surname-1", plain[-1], found)
            self.blocks.add("surname0", tokens[0], found)
        return found

    def _index_org(self, found: int) -> None:
        cluster = self.clusters[found]
        self.blocks.add("org", cluster.key, found)
        for stem in _stems(cluster.tokens):
            self.blocks.add("org-stem", stem, found)
        if len(cluster.tokens) >= 2:
            for written in initials(cluster.tokens):
                self.blocks.add("org-initials", written, found)

    def _index_org_name(self, found: int, name: str) -> None:
        """Remember an upper-case name a cluster was written as ("WTO"), for its full form."""
        if _initials_like(name):
            self.blocks.add("org-upper", fold(name), found)
            self.uppers.setdefault(found, set()).add(fold(name))

    def _surname_owner(self, word: str, start: int) -> int | None:
        """The full-name person a lone surname points to.

        The first one introduced before it (writers give a second namesake a first name
        each time), else the first after it.
        """

        def introduced(cluster: int) -> int:
            return self.ents[self.clusters[cluster].entities[0]].start

        for block in ("surname-1", "surname0"):  # surname first; a family name first ("Xi")
            found = self.blocks.get(block, word)
            COMPARISONS["surname"] += len(found)
            if found:
                before = [cluster for cluster in found if introduced(cluster) < start]
                return min(before or found, key=introduced)
        return None


# What follows a surname to tell a son from his father ("Jr.", "III").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _without_suffix(tokens: list[str]) -> list[str]:
    """A person's name tokens without a generational suffix: "Luis Ortega Jr." -> "Luis
    Ortega"."""
    return tokens[:-1] if len(tokens) > 2 and tokens[-1] in _NAME_SUFFIXES else tokens


def _same_person(a: list[str], b: list[str]) -> bool:
    if len(a) < 2 or len(b) < 2:
        return False
    return a == b or (a[0] == b[0] and a[-1] == b[-1])


def _same_org(tokens: list[str], cluster_tokens: list[str], text: str,
              cluster_upper: Collection[str]) -> bool:
    """Whether org tokens `tokens` (written `text`) name the cluster with `cluster_tokens`
    and the upper-case names `cluster_upper`: initials either way, or a name plus corporate
    words."""
    if not tokens or not cluster_tokens:
        return False
    if _initials_like(text) and len(tokens) == 1 and len(cluster_tokens) >= 2 \
            and tokens[0] in initials(cluster_tokens) \
            and (text.isupper() or len(cluster_tokens) >= 3):
        return True
    if len(tokens) >= 2 and len(cluster_tokens) == 1 \
            and any(written in cluster_upper for written in initials(tokens)):
        return True  # ("European Council" is not the "EC" told as the European Commission)
    return _extends(tokens, cluster_tokens)
