"""One actor across articles: canonical names that survive spelling variants and short forms.

`ActorIndex` remembers every canonical name it has handed out, by kind. A new name gets the
known spelling back only on strong evidence that it is the same actor: the same name
written differently (case, accents, hyphens and spacing: "Pedro Sánchez" / "Pedro
Sanchez", "Xi Jin-ping"; honorifics; word order: "Commerce Ministry" / "Ministry of
Commerce"), a surname alone when exactly one known person has it, a middle name or an
initial, an acronym or a short company name whose full form is known ("IMF", "Huawei" /
"Huawei Technologies"). Never on similarity alone: "Orthodox Aid" is not "Concert Aid",
and a one-letter difference may be another person, so an article's findings do not depend
on which other articles happen to be in the store. The index is a plain dict for the store.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

FORMAT_VERSION = 1
SNAPSHOT_VERSION = 1  # of `ActorIndex.snapshot`, which a store's cache keeps


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HONORIFICS = _wordset("mr mrs ms miss dr sir dame prof mx")
_CORPORATE_SUFFIXES = _wordset(
    "inc incorporated corp corporation co ltd limited plc llc lp ag sa nv bv gmbh spa kk oyj ab"
)
# Words that name what kind of body an organization is; two names that differ only in the
# other words ("Ministry of Commerce" / "Ministry of Finance") are different bodies.
BODY_WORDS = _wordset(
    """ministry department office agency commission bureau council committee authority
    administration board service court tribunal bank fund institute university association
    federation union party organisation organization group company corporation holdings
    of the and for on de la du des"""
)
# Words a company's full name adds to its short name: "Toyota" / "Toyota Motor Corp".
NAME_EXTENSIONS = _wordset(
    """technologies technology motor motors group holdings holding electronics international
    industries industry company corporation communications systems networks airlines airways
    banking financial pharmaceuticals pharma energy petroleum telecom telecommunications
    entertainment media semiconductor semiconductors manufacturing america americas global
    worldwide"""
) | _CORPORATE_SUFFIXES
# "Commerce Ministry" is "Ministry of Commerce": the head moves first, the rest after "of".
_REORDER_HEADS = _wordset(
    "ministry department office agency commission bureau council committee authority"
)
_WORD = re.compile(r"[a-z0-9]+")


# The same names come back in every article, and these run on each mention: remembered
# (the store's linking index asks some 24,000 names of a 100,000-article store again and
# again).
_NAMES_CACHED = 1 << 16


@lru_cache(maxsize=_NAMES_CACHED)
def fold(text: str) -> str:
    """Lower case, accents off, curly apostrophes straight: the form names are compared in."""
    text = text.replace("’", "'").replace("‘", "'")
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def person_tokens(name: str) -> list[str]:
    """A person's name as folded tokens; hyphenated parts joined ("Jin-ping" -> "jinping")."""
    return list(_person_tokens(name))  # a list of its own: callers may change it


@lru_cache(maxsize=_NAMES_CACHED)
def _person_tokens(name: str) -> tuple[str, ...]:
    words = fold(name).replace("-", "").replace(".", " ").split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words.pop(0)
    joined = ("".join(_WORD.findall(word)) for word in words)
    return tuple(token for token in joined if token)


def org_tokens(name: str) -> list[str]:
    """An organization's name as folded tokens in a canonical word order."""
    return list(_org_tokens(name))  # a list of its own: callers may change it


@lru_cache(maxsize=_NAMES_CACHED)
def _org_tokens(name: str) -> tuple[str, ...]:
    words = _WORD.findall(fold(name).replace("&", " and ").replace("'s", ""))
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _CORPORATE_SUFFIXES:
        words.pop()
    if len(words) >= 2 and words[-1] in _REORDER_HEADS and "of" not in words:
        words = [words[-1], "of", *words[:-1]]
    return tuple(words)


def org_extends(a: Sequence[str], b: Sequence[str]) -> bool:
    """One organization name is the other plus corporate words ("Huawei Technologies")."""
    short, long_ = sorted((a, b), key=len)
    return (bool(short) and short[0] not in BODY_WORDS and long_[:len(short)] == short
            and all(word in NAME_EXTENSIONS for word in long_[len(short):]))


def acronym(tokens: Sequence[str]) -> str:
    """Initials of the words that carry meaning: "world trade organization" -> "wto"."""
    return "".join(token[0] for token in tokens
                   if token not in {"of", "the", "and", "for", "on", "de"})


def initials(tokens: Sequence[str]) -> tuple[str, ...]:
    """See `_initials` (kept: the same names are asked again and again)."""
    return _initials(tuple(tokens))


@functools.lru_cache(maxsize=1 << 14)
def _initials(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The initials a name may be written as: of its words as folded ("world trade
    organization" -> "wto"); for a head word the folding moved to the front, of the words
    as written ("department of export credits guarantee" -> "ecgd" too); with its "of"
    ("ministry of commerce" -> "moc" too)."""
    out = [acronym(tokens)]
    if len(tokens) >= 3 and tokens[0] in _REORDER_HEADS and tokens[1] == "of":
        out.append(acronym([*tokens[2:], tokens[0]]))
    if "of" in tokens:  # "Ministry of Commerce (MOC)": its "of" written too
        out.append("".join(token[0] for token in tokens if token != "the"))
    return tuple(dict.fromkeys(out))


# The index asks the same few names (some 24,000 in a store of 100,000 articles) for their
# folded form and key again and again: kept (their tokens are kept above).
_memo = functools.lru_cache(maxsize=1 << 16)


@_memo
def _folded(text: str) -> str:
    return fold(text)


@_memo
def _key(name: str, kind: str) -> str:
    """The form two names of one kind are the same name in."""
    if kind == "person":
        return "".join(_person_tokens(name))
    if kind == "organization":
        return " ".join(_org_tokens(name))
    # "U.S." and "US" are one key; the gazetteer's name when it knows the alias.
    known = _country_name(name) if kind == "country" else None
    return "".join(_WORD.findall(fold(known or name)))


@dataclass(slots=True)
class _Entry:
    name: str
    kind: str
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)


class ActorIndex:
    """Canonical actor names across articles (see the module docstring)."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._exact: dict[tuple[str, str], list[int]] = {}  # (kind, key) -> entries
        self._last: dict[str, list[int]] = {}  # person surname -> entries
        self._first: dict[str, list[int]] = {}  # person first token -> entries
        self._org_first: dict[str, list[int]] = {}  # org first word -> entries
        self._acronyms: dict[tuple[str, str], list[int]] = {}  # (kind, acronym) -> entries
        # (name, kind, affiliation) -> the entry that adding it again is sure to leave as
        # it is (see `_settle`): not state, a shortcut past `_find` (a store's index is
        # rebuilt from 1.6 million names, of which some 24,000 differ).
        self._settled: dict[tuple[str, str, str | None], int] = {}

    def __len__(self) -> int:
        return len(self._entries)

    # -- public API ---------------------------------------------------------------------

    def canonical(self, name: str, kind: str, affiliation: str | None = None) -> str:
        """The known canonical spelling of this actor, or `name` itself when it is new."""
        found = self._find(name, kind, affiliation)
        return name.strip() if found is None else self._entries[found].name

    def add(self, name: str, kind: str, affiliation: str | None = None) -> str:
        """Record `name` (as a new actor or as an alias of a known one); return its canonical."""
        name = " ".join(name.split())
        if not name:
            return name
        settled = self._settled.get((name, kind, affiliation))
        if settled is not None:
            return self._entries[settled].name
        found = self._find(name, kind, affiliation)
        if found is None:
            found = self._new(name, kind, affiliation)
        else:
            entry = self._entries[found]
            if kind == "person" and self._is_fuller(name, entry.name):
                # A surname-only entry ("Trump") grows into the full name when it first
                # appears.
                self._rename(found, name)
            elif name != entry.name and name not in entry.aliases:
                entry.aliases.append(name)
                self._index_key(found, name)
            if entry.affiliation is None and affiliation:
                entry.affiliation = affiliation
        self._settle(name, kind, affiliation, found)
        return self._entries[found].name

    def add_all(self, names: Iterable[tuple[str, str, str | None]]) -> None:
        """`add` each (name, kind, affiliation) in order: the same index, faster when most
        are names added before (a store's 1.6 million names are some 24,000)."""
        # Each name is looked up in `_settled` when its turn comes, after the ones before
        # it were added. Found, it is already the name `add` would look up, and settled.
        for name in itertools.filterfalse(self._settled.__contains__, names):
            self.add(*name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `ActorIndex.from_dict` restores it."""
        return {
            "version": FORMAT_VERSION,
            "actors": [
                {"name": entry.name, "kind": entry.kind, "affiliation": entry.affiliation,
                 "aliases": list(entry.aliases)}
                for entry in self._entries
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorIndex:
        """Rebuild an index from `to_dict` output; a wrong shape raises ValueError."""
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise ValueError(f"actor index: expected a dict with version {FORMAT_VERSION}")
        index = cls()
        for row in data.get("actors", []):
            try:
                entry = _Entry(str(row["name"]), str(row["kind"]), row.get("affiliation"),
                               [str(alias) for alias in row.get("aliases", [])])
            except (KeyError, TypeError) as exc:
                raise ValueError(f"actor index: bad actor record {row!r}") from exc
            index._entries.append(entry)
            entry_id = len(index._entries) - 1
            for alias in (entry.name, *entry.aliases):
                index._index_key(entry_id, alias)
        return index

    def snapshot(self) -> dict[str, Any]:
        """The index's whole state as JSON-ready data, every dict and list in its order, so
        that `from_snapshot` gives an index that answers exactly as this one would."""
        def buckets(index: dict[Any, list[int]]) -> list[list[Any]]:
            return [[*(key if isinstance(key, tuple) else (key,)), ids]
                    for key, ids in index.items()]

        return {"version": SNAPSHOT_VERSION,
                "entries": [[e.name, e.kind, e.affiliation, list(e.aliases)]
                            for e in self._entries],
                "exact": buckets(self._exact), "last": buckets(self._last),
                "first": buckets(self._first), "org_first": buckets(self._org_first),
                "acronyms": buckets(self._acronyms)}

    @classmethod
    def from_snapshot(cls, data: Any) -> ActorIndex:
        """The index a `snapshot` holds; ValueError if `data` is not one."""
        if not isinstance(data, dict) or data.get("version") != SNAPSHOT_VERSION:
            raise ValueError("not an actor index snapshot")
        index = cls()
        try:
            for name, kind, affiliation, aliases in data["entries"]:
                if not (isinstance(name, str) and isinstance(kind, str)
                        and isinstance(affiliation, str | None) and isinstance(aliases, list)
                        and all(isinstance(a, str) for a in aliases)):
                    raise ValueError("a bad actor entry")
                index._entries.append(_Entry(name, kind, affiliation, list(aliases)))
            count = len(index._entries)
            for attr, width in (("_exact", 2), ("_last", 1), ("_first", 1), ("_org_first", 1),
                                ("_acronyms", 2)):
                target: dict[Any, list[int]] = getattr(index, attr)
                for row in data[attr[1:]]:
                    *key, ids = row
                    if (len(key) != width or not all(isinstance(k, str) for k in key)
                            or not isinstance(ids, list)
                            or not all(type(i) is int and 0 <= i < count for i in ids)):
                        raise ValueError("a bad key bucket")
                    target[tuple(key) if width == 2 else key[0]] = list(ids)
        except (KeyError, TypeError):
            raise ValueError("not an actor index snapshot") from None
        return index

    # -- keys and indexes ---------------------------------------------------------------

    def _new(self, name: str, kind: str, affiliation: str | None) -> int:
        self._entries.append(_Entry(name, kind, affiliation))
        entry_id = len(self._entries) - 1
        self._index_key(entry_id, name)
        return entry_id

    def _index_key(self, i: int, name: str) -> None:
        kind = self._entries[i].kind
        key = _key(name, kind)
        if not key:
            return
        bucket = self._exact.setdefault((kind, key), [])
        if i not in bucket:
            bucket.append(i)
        if kind == "person":
            tokens = _person_tokens(name)
            if len(tokens) >= 2:
                _push(self._last, tokens[-1], i)
                _push(self._first, tokens[0], i)
        elif kind == "organization":
            tokens = _org_tokens(name)
            if tokens:
                _push(self._org_first, tokens[0], i)
                if len(tokens) >= 2:
                    _push(self._acronyms, (kind, acronym(tokens)), i)

    def _settle(self, name: str, kind: str, affiliation: str | None, i: int) -> None:
        """Just after `add` put (name, kind, affiliation) on entry `i`: remember that adding
        it again changes nothing and answers `i`, if that is sure to stay so whatever is
        added meanwhile.

        `add` left the name as `i`'s name or one of its aliases, `i`'s affiliation set if
        it had none and the name has one, and `i` not to be renamed by this name. What is
        left to hold is that `_find` reaches `i` by the exact key: `i` is the first entry
        in the name's exact bucket whose affiliation fits. Then all of it stays true,
        because the index only grows in these ways: a bucket is only appended to, and an
        entry before `i` that does not fit has an affiliation, which never changes once
        set; `i`'s affiliation fits, and stays (set from None only, and it is set unless
        the name has none); `i`'s name and aliases together only gain names; only a
        one-word name is renamed, to a longer one, and no name is fuller than that.
        (A person found by another way, whose exact bucket holds none that fits, is found
        again each time: who has that surname may change.)"""
        for j in self._exact.get((kind, _key(name, kind)), ()):
            if self._affiliation_fits(j, affiliation):
                if j == i:
                    self._settled[(name, kind, affiliation)] = i
                return

    def _rename(self, i: int, name: str) -> None:
        entry = self._entries[i]
        if entry.name not in entry.aliases:
            entry.aliases.append(entry.name)
        if name in entry.aliases:
            entry.aliases.remove(name)
        entry.name = name
        self._index_key(i, name)

    # -- matching -----------------------------------------------------------------------

    def _find(self, name: str, kind: str, affiliation: str | None) -> int | None:
        key = _key(name, kind)
        if not key:
            return None
        for i in self._exact.get((kind, key), ()):
            if self._affiliation_fits(i, affiliation):
                return i
        if kind == "person":
            return self._find_person(name)
        if kind == "organization":
            return self._find_org(name, affiliation)
        return None

    def _affiliation_fits(self, i: int, affiliation: str | None) -> bool:
        known = self._entries[i].affiliation
        return not (known and affiliation and _folded(known) != _folded(affiliation))

    def _find_person(self, name: str) -> int | None:
        tokens = _person_tokens(name)
        if len(tokens) == 1:
            # A surname alone is that person only when exactly one known person has it.
            owners = _unique(self._last.get(tokens[0], ()))
            if owners is None and not self._last.get(tokens[0]):
                owners = _unique(self._first.get(tokens[0], ()))
            return owners
        for i in self._last.get(tokens[-1], ()):
            for alias in (self._entries[i].name, *self._entries[i].aliases):
                if _same_person(tokens, _person_tokens(alias)):
                    return i
        # "Donald Trump" after a surname-only entry "Trump" (and no other Trump known).
        if not self._last.get(tokens[-1]):
            return _unique(self._exact.get(("person", tokens[-1]), ()))
        return None

    def _find_org(self, name: str, affiliation: str | None) -> int | None:
        tokens = _org_tokens(name)
        if not tokens:
            return None
        if len(tokens) == 1 and name.isupper() and len(name) >= 2:
            for i in self._acronyms.get(("organization", tokens[0]), ()):
                if self._affiliation_fits(i, affiliation):
                    return i
        if len(tokens) >= 2:
            for i in self._exact.get(("organization", acronym(tokens)), ()):
                if self._entries[i].name.isupper() and self._affiliation_fits(i, affiliation):
                    return i
        if tokens[0] in BODY_WORDS:
            return None
        # "Huawei" / "Huawei Technologies": one name is the other's first words.
        for i in self._org_first.get(tokens[0], ()):
            if not self._affiliation_fits(i, affiliation):
                continue
            for alias in (self._entries[i].name, *self._entries[i].aliases):
                if org_extends(tokens, _org_tokens(alias)):
                    return i
        return None

    @staticmethod
    def _is_fuller(name: str, known: str) -> bool:
        return len(_person_tokens(name)) > len(_person_tokens(known)) == 1


def _same_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Same first and last name (a middle name may be missing), or an initial for the first
    name. A typo is not evidence: it may be another person."""
    if a == b:
        return True
    if len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]:
        return True
    # An initial for the first name: "J. Greer" / "Jamieson Greer".
    return (len(a) == len(b) == 2 and a[-1] == b[-1]
            and (a[0] == b[0][:1] or b[0] == a[0][:1]) and min(len(a[0]), len(b[0])) == 1)


def _country_name(name: str) -> str | None:
    try:
        from .gazetteer import country_name
    except ImportError:  # the gazetteer is optional here: the folded name still links most
        return None
    return country_name(name)


def _push(index: dict[Any, list[int]], key: Any, entry_id: int) -> None:
    bucket = index.setdefault(key, [])
    if entry_id not in bucket:
        bucket.append(entry_id)


def _unique(candidates: Any) -> int | None:
    candidates = list(dict.fromkeys(candidates))
    return candidates[0] if len(candidates) == 1 else None
