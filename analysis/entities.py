"""Named entities: people, organizations, countries and places, by rules and gazetteers.

How it works, in three passes over one article:
1. A compiled regex finds runs of capitalized words, joined by the connectors that occur
   inside names ("Ministry of Commerce", "Charles de Gaulle", "Standard & Poor's").
2. Each run is cut into entity spans: sentence-initial ordinary words ("The", "Hours"),
   demonyms ("Chinese") and titles ("Treasury Secretary") are dropped, "and"/"of" split
   the run unless a gazetteer or an organization word holds it together, and each span is
   classified by gazetteers first, then by its words and its context.
3. What the article says clearly ("Phil Simmons" is a person) decides its weaker
   mentions ("Simmons" alone, "SIMMONS" in an all-caps headline).

Everything is deterministic and offline; the gazetteers come from `analysis.gazetteer`.
"""

from __future__ import annotations

from . import gazetteer as gaz
from .entities_caps import _GUESS, _SURE, _WEAK, _caps_spans, _is_dateline, _Span
from .entities_words import (
    _ACTION_VERBS,
    _CANDIDATE,
    _CONNECTORS,
    _DROP_LOWER,
    _DROP_UPPER,
    _FEW_LOWER_LINE,
    _FUNCTION_WORDS,
    _GLUED_BEFORE,
    _LOCATIVE,
    _MID_ORDINARY,
    _MONTHS_DAYS,
    _NEVER,
    _NEXT_WORD,
    _NOT_PERSON_BEFORE,
    _NUMBER,
    _ORDINARY,
    _PARTICLES,
    _PERSON_VERBS,
    _PLACE_HEADS,
    _WORD,
    _WORD_CHAR,
    _caps_lookup,
    _described_by,
    _gazetteer_kind,
    _hyphen_non_entity,
    _is_acronym,
    _is_camel,
    _is_common_noun,
    _is_generic_plural,
    _is_ordinary,
    _is_people_word,
    _is_title_head,
)
from .model import EntitySpan, Sentence


class _Doc:
    """One article's text with its sentence starts, for context look-ups."""

    __slots__ = ("text", "starts", "first_words", "caps_lines", "_tabular")

    def __init__(self, text: str, sentences: list[Sentence]):
        self.text = text
        self.starts = {s.start for s in sentences} or {0}
        # Where each sentence's first word begins (after quotes and brackets).
        self.first_words = set()
        for start in self.starts:
            m = _WORD_CHAR.search(text, start, start + 20)
            if m is not None:
                self.first_words.add(m.start())
        self.caps_lines = _caps_lines(text)
        self._tabular: dict[int, bool] = {}

    def is_tabular(self, pos: int) -> bool:
        """Whether pos is on a line of a table (scores, standings): many numbers, few words."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        cached = self._tabular.get(line_start)
        if cached is None:
            line_end = self.text.find("\n", pos)
            line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
            words = line.split()
            numbers = len(_NUMBER.findall(line))
            cached = numbers >= 2 and numbers * 4 >= len(words)
            self._tabular[line_start] = cached
        return cached

    def is_initial(self, pos: int) -> bool:
        """Whether the word at pos opens a sentence, a quote, a clause after ':' or a line."""
        if pos in self.first_words:
            return True
        before = self.text[max(0, pos - 3):pos].rstrip()
        return not before or before[-1] in ':"“‘(-—–\n•*'

    def prev_word(self, pos: int) -> str:
        chunk = self.text[max(0, pos - 30):pos]
        parts = chunk.split()
        if not parts:
            return ""
        if chunk[-1].isspace():
            return parts[-1]
        return chunk[-1]  # the mark glued to the word: '"', '('


    def next_word(self, pos: int) -> tuple[bool, str]:
        """(possessive follows, the next word or punctuation mark)."""
        m = _NEXT_WORD.match(self.text, pos)
        return bool(m.group(1)), m.group(2) or ""


def _caps_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in capitals (headlines), where case tells nothing."""
    out = []
    for m in _FEW_LOWER_LINE.finditer(text):
        line = m.group()
        lower = len(line) - len(line.translate(_DROP_LOWER))
        upper = len(line) - len(line.translate(_DROP_UPPER))
        if upper >= 4 and lower * 4 < upper:
            out.append(m.span())
    return out


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


# --- classification --------------------------------------------------------------------


def _capital_as_government(doc: _Doc, start: int, end: int) -> bool:
    """"Beijing announced", "Washington's decision", "Washington and Beijing emphasize"."""
    possessive, nxt = doc.next_word(end)
    if possessive:
        return True
    if doc.prev_word(start).lower() in _LOCATIVE:
        return False
    pos = end
    # Skip a coordinated run of capitals/countries: "Washington and Beijing emphasize".
    for _ in range(3):
        if nxt not in ("and", ","):
            break
        m = _CANDIDATE.search(doc.text, pos + len(nxt) + 1, pos + len(nxt) + 40)
        if m is None or doc.text[pos:m.start()].strip() not in ("and", ","):
            break
        pos = m.end()
        possessive, nxt = doc.next_word(pos)
        if possessive:
            return True
    low = nxt.lower()
    return low in _ACTION_VERBS or (nxt.islower() and len(nxt) > 4 and nxt.endswith("ed"))


def _classify(doc: _Doc, toks: list[tuple[int, int, str]], after_title: bool) -> _Span | None:
    """Kind of one cut span of capitalized tokens (connectors only inside)."""
    text = doc.text
    start, end = toks[0][0], toks[-1][1]
    name = text[start:end]
    words = [t[2] for t in toks if t[2] not in _CONNECTORS]
    hit = _gazetteer_kind(name)
    if hit is not None:
        kind, canon = hit
        if kind == "place" and name in gaz.CAPITALS and not after_title \
                and _capital_as_government(doc, start, end):
            return _Span(start, end, "country", gaz.CAPITALS[name], _SURE)
        if after_title and kind == "place":
            return _Span(start, end, "person", None, _SURE)
        if kind == "place" and doc.is_tabular(start) and doc.next_word(end)[1][:1].isdigit():
            # "Chicago 4 HOUSTON 3", "Surrey 429-7": a place in a results table is a team.
            return _Span(start, end, "organization", None, _SURE)
        return _Span(start, end, kind, canon, _SURE)
    if after_title:
        return _Span(start, end, "person", None, _SURE)
    first, last = words[0], words[-1]
    if last in gaz.MISC_WORDS or name in gaz.DEMONYMS or name in gaz.GROUP_WORDS:
        return None
    if _is_title_head(last) and all(
        w in gaz.TITLE_MODIFIERS or _is_title_head(w) for w in words
    ):
        return None  # a title alone: "Foreign Minister"
    if len(words) > 1 and (
        last in gaz.ORG_WORDS or first in gaz.ORG_WORDS or last.rstrip(".") in gaz.ORG_WORDS
    ):
        return _Span(start, end, "organization", None, _SURE)
    if len(words) > 1 and (first in _PLACE_HEADS and name.count(" of ") == 1):
        return _Span(start, end, "place", None, _SURE)
    if any(w in gaz.COMPANY_WORDS for w in words) or "&" in (t[2] for t in toks):
        # "Deutsche Boerse", "Parmalat Finanziaria", "Marsh & McLennan": a firm's name.
        return _Span(start, end, "organization", None, _SURE)
    prev = doc.prev_word(start)
    if prev in gaz.ORG_CONTEXT:  # "engineering group Jarvis", "US insurer Marsh"
        return _Span(start, end, "organization", None, _SURE)
    if prev.lower() in gaz.PERSON_CONTEXT and not _is_acronym(first):
        return _Span(start, end, "person", None, _SURE)
    if len(words) > 1:
        if first in gaz.FIRST_NAMES and first.lower() not in _ORDINARY and not (
                _gazetteer_kind(first) is not None and _is_common_noun(last)):
            # "Asia Pacific Economic Co-operation" is no Asia.
            return _Span(start, end, "person", None, _SURE)
        if len(first) == 2 and first.endswith("."):  # "J. Smith"
            return _Span(start, end, "person", None, _SURE)
        if any(w in _PARTICLES for w in (t[2] for t in toks)):
            return _Span(start, end, "person", None, _GUESS)
        if any(w in gaz.COUNTRIES or w in gaz.PLACES or w in gaz.CAPITALS for w in words):
            return _Span(start, end, "organization", None, _GUESS)
        if any(_is_acronym(w) for w in words):
            return _Span(start, end, "organization", None, _GUESS)
        if (first not in gaz.FIRST_NAMES or _gazetteer_kind(first) is not None) \
                and first.lower() not in _PARTICLES and _is_common_noun(last):
            # "Grey Global", "Flight International": no first name in front and an everyday
            # word where the surname would be make a body's name, not a person's.
            return _Span(start, end, "organization", None, _GUESS)
        return _Span(start, end, "person", None, _GUESS)
    # A single unknown word.
    word = first
    _, nxt = doc.next_word(end)
    if _is_acronym(word) or _is_camel(word):
        return _Span(start, end, "organization", None, _GUESS)
    if prev in _NOT_PERSON_BEFORE:
        # "an analyst at Nomura told": people are not "at" or "in" anything.
        return _Span(start, end, "organization", None, _GUESS)
    if nxt in _PERSON_VERBS:
        return _Span(start, end, "person", None, _GUESS)
    if word in gaz.SURNAMES or word in gaz.FIRST_NAMES:
        return _Span(start, end, "person", None, _GUESS)
    return _Span(start, end, "organization", None, _GUESS)


# --- cutting a run of capitalized words into spans ----------------------------------------


def _split_at(toks: list[tuple[int, int, str]], conn: str, keep) -> list[list]:
    """Split at connector `conn` unless keep(left, right) says it belongs to the name."""
    parts: list[list] = [[]]
    for i, t in enumerate(toks):
        if t[2] == conn and parts[-1] and i + 1 < len(toks):
            right = toks[i + 1:]
            if keep(parts[-1], right):
                parts[-1].append(t)
                continue
            parts.append([])
            continue
        parts[-1].append(t)
    return [p for p in parts if p]


def _strip_connectors(toks: list) -> list:
    while toks and toks[0][2] in _CONNECTORS:
        toks = toks[1:]
    while toks and toks[-1][2] in _CONNECTORS:
        toks = toks[:-1]
    return toks


def _name_of(doc: _Doc, toks: list) -> str:
    return doc.text[toks[0][0]:toks[-1][1]]


def _keep_of(doc: _Doc):
    def keep(left: list, right: list) -> bool:
        words = [t[2] for t in left if t[2] not in _CONNECTORS]
        if not words:
            return False
        if words[-1] in gaz.ORG_WORDS or words[0] in gaz.ORG_HEADS or words[-1] in _PLACE_HEADS:
            return True
        # "Bank of England", "Republic of Ireland": a gazetteer name across "of".
        j = 0
        while j < len(right) and right[j][2] in _CONNECTORS:
            j += 1
        if j < len(right):
            span = doc.text[left[0][0]:right[j][1]]
            if _gazetteer_kind(span) is not None or _starts_gazetteer(span):
                return True
        return False
    return keep


def _starts_gazetteer(prefix: str) -> bool:
    return prefix in _GAZ_PREFIXES


def _gazetteer_prefixes() -> frozenset[str]:
    """Leading parts of multi-word gazetteer names that contain connectors."""
    out = set()
    for names in (gaz.COUNTRIES, gaz.ORGANIZATIONS):
        for name in names:
            words = name.split(" ")
            if any(w in _CONNECTORS for w in words):
                for k in range(2, len(words) + 1):
                    out.add(" ".join(words[:k]))
    return frozenset(out)


_GAZ_PREFIXES = _gazetteer_prefixes()


def _keep_and(doc: _Doc):
    def keep(left: list, right: list) -> bool:
        if len(left) and left[-1][2] == "&":
            return True
        span = doc.text[left[0][0]:right[0][1]]
        return _starts_gazetteer(span) or _gazetteer_kind(span) is not None
    return keep


def _cut(doc: _Doc, toks: list, initial: bool, out: list[_Span]) -> None:
    """Cut one run of tokens (within a sentence) into classified spans."""
    # Drop leading words that are no entity: "The", "Hours", "Both", months, demonyms.
    while toks:
        word = toks[0][2]
        if word in _CONNECTORS:
            toks = toks[1:]
            continue
        if word in _NEVER or (_is_people_word(word) and _gazetteer_kind(_name_of(doc, toks)) is None
                              and not _org_by_words(toks)) or _described_by(word, toks):
            toks = toks[1:]
            initial = False
            continue
        if initial and _is_ordinary(word, _ORDINARY) \
                and (_gazetteer_kind(word) is None or len(toks) == 1 and word in gaz.PLACES
                     and word.lower() in _MID_ORDINARY) \
                and _gazetteer_kind(_name_of(doc, toks)) is None \
                and not (_is_title_head(word) and len(toks) > 1 and toks[1][2] not in _CONNECTORS) \
                and not (word in gaz.FIRST_NAMES and len(toks) > 1
                         and toks[1][2] not in _CONNECTORS and _gazetteer_kind(toks[1][2]) is None):
            out.append(_Span(toks[0][0], toks[0][1], None, None, _WEAK))
            toks = toks[1:]
            initial = False
            continue
        break
    toks = _strip_connectors(toks)
    if not toks:
        return
    if _gazetteer_kind(_name_of(doc, toks)) is not None:
        out.append(_classify(doc, toks, False))
        return
    if len(toks) == 1:
        _single(doc, toks[0], out)
        return
    if all(t[2].isupper() for t in toks):
        # "NEW YORK, March 3 -": an upper-case name in ordinary text.
        hit = _caps_lookup(_name_of(doc, toks))
        if hit is not None:
            out.append(_Span(toks[0][0], toks[-1][1], hit[0], hit[1], _SURE))
            return
    for part in _split_at(toks, "and", _keep_and(doc)):
        _cut_titles(doc, _strip_connectors(part), out)


def _org_by_words(toks: list) -> bool:
    words = [t[2] for t in toks if t[2] not in _CONNECTORS]
    return len(words) > 1 and (words[-1] in gaz.ORG_WORDS or words[-1].rstrip(".") in gaz.ORG_WORDS)


def _cut_titles(doc: _Doc, toks: list, out: list[_Span]) -> None:
    """Split off titles: "US Treasury Secretary Scott Bessent" -> US | title | person."""
    if not toks:
        return
    if _gazetteer_kind(_name_of(doc, toks)) is None and not _org_by_words(toks):
        n = len(toks)
        for h in range(n - 2, -1, -1):
            word = toks[h][2]
            if not _is_title_head(word) or toks[h + 1][2] in _CONNECTORS and toks[h + 1][2] != "of":
                continue
            j = h + 1
            if toks[j][2] == "of":  # "Secretary of State Madeleine Albright"
                k = j + 1
                while k < n and toks[k][2] in gaz.TITLE_MODIFIERS:
                    k += 1
                if k == j + 1 or k >= n:
                    continue
                j = k
            m = h
            while m > 0 and (toks[m - 1][2] in gaz.TITLE_MODIFIERS
                             or _is_title_head(toks[m - 1][2])):
                m -= 1
            name = _strip_connectors(toks[j:])
            if name:
                _cut_of(doc, _strip_connectors(toks[:m]), out)
                if _is_people_word(name[0][2]):
                    _cut(doc, name, False, out)
                else:
                    for part in _split_at(name, "of", lambda a, b: False):
                        out.append(_classify(doc, part, True))
                return
    _cut_of(doc, toks, out)


def _cut_of(doc: _Doc, toks: list, out: list[_Span]) -> None:
    """Split at "of"/"for"/"on" unless the name holds together ("Bank of England")."""
    toks = _strip_connectors(toks)
    if not toks:
        return
    if len(toks) == 1:
        _single(doc, toks[0], out)
        return
    keep = _keep_of(doc)
    parts = [toks]
    for conn in ("of", "for", "on", "the"):
        parts = [q for p in parts for q in _split_at(p, conn, keep)]
    for part in parts:
        part = _strip_connectors(part)
        if not part:
            continue
        if len(part) == 1:
            _single(doc, part[0], out)
        else:
            # Strip leading demonyms left after the split ("Chinese Ministry ..." stays an org).
            while len(part) > 1 and _is_people_word(part[0][2]) and not _org_by_words(part) \
                    and _gazetteer_kind(_name_of(doc, part)) is None:
                part = part[1:]
            if len(part) == 1:
                _single(doc, part[0], out)
            else:
                out.append(_classify(doc, part, False))


def _single(doc: _Doc, tok: tuple[int, int, str], out: list[_Span]) -> None:
    """One capitalized token: skip titles, demonyms, compounds and acronym modifiers."""
    start, end, word = tok
    if word in _NEVER or _is_people_word(word) or word in gaz.MISC_WORDS or len(word) == 1:
        return
    if _is_title_head(word):
        # "King" alone may be someone's surname: let the article decide.
        out.append(_Span(start, end, None, None, _WEAK))
        return
    if word in gaz.TITLE_MODIFIERS and _gazetteer_kind(word) is None:
        return
    if _hyphen_non_entity(word):
        return
    if word.endswith(".") and len(word) == 2:  # a lone initial
        return
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():  # "MPs", "PCs": plurals
        return
    if word.isupper() and len(word) > 2 and _gazetteer_kind(word) is None:
        hit = _caps_lookup(word)
        if hit is None and _is_dateline(doc, (start, end, word)):
            hit = ("place", None)
        if hit is not None:
            out.append(_Span(start, end, hit[0], hit[1], _SURE))
            return
    if _gazetteer_kind(word) is None and _is_acronym(word):
        _, nxt = doc.next_word(end)
        prev = doc.prev_word(start)
        # "analog IC chips": an unknown acronym modifying a common noun.
        if nxt.isalpha() and nxt.islower() and nxt not in _FUNCTION_WORDS \
                and nxt not in _ACTION_VERBS and nxt not in _PERSON_VERBS \
                and (prev.isalpha() and prev.islower() and prev not in _ACTION_VERBS
                     or word.lower() in gaz.COMMON_WORDS):
            out.append(_Span(start, end, None, None, _WEAK))
            return
    if _gazetteer_kind(word) is None and not _is_acronym(word) and (
        _is_ordinary(word, _MID_ORDINARY)
        # "the Mets", "the Cardinals" are teams; a bare "Analysts" is no one in particular.
        or _is_generic_plural(word) and doc.prev_word(start) not in ("the", "The")
    ):
        # A capitalized ordinary word mid-sentence ("the Internet", "a Bill"): weak only.
        out.append(_Span(start, end, None, None, _WEAK))
        return
    out.append(_classify(doc, [tok], False))


def _rejoin(text: str, spans: list[_Span], known: dict[str, tuple[str, str | None]]) -> None:
    """ "Standard Chartered said", with "Standard" dropped as an ordinary word opening the
    sentence: a name the article made clear is whole again."""
    ordered = sorted(spans, key=lambda s: s.start)
    for weak, nxt in zip(ordered, ordered[1:], strict=False):
        if weak.kind is not None or nxt.kind is None or nxt.start != weak.end + 1:
            continue
        hit = known.get(text[weak.start:nxt.end])
        if hit is not None and " " not in text[weak.start:weak.end]:
            weak.end, weak.kind, weak.canonical, weak.strength = nxt.end, hit[0], hit[1], _SURE
            nxt.kind = None


def _settle(doc: _Doc, spans: list[_Span]) -> dict[str, tuple[str, str | None]]:
    """Let clear mentions decide unclear ones; returns what the article made clear."""
    text = doc.text
    known: dict[str, tuple[str, str | None]] = {}
    guessed: dict[str, tuple[str, str | None]] = {}
    surnames: set[str] = set()
    firms: set[str] = set()
    for s in spans:
        if s.kind is None:
            continue
        name = text[s.start:s.end]
        (known if s.strength == _SURE else guessed).setdefault(name, (s.kind, s.canonical))
        if s.kind == "person":
            parts = name.split()
            if len(parts) > 1 and parts[-1] not in _CONNECTORS:
                surnames.add(parts[-1])
                if _gazetteer_kind(parts[-1]) is None:
                    known.setdefault(parts[-1], ("person", None))
        elif s.kind == "organization" and s.strength == _SURE:
            first = name.split(" ", 1)[0]
            if first != name and (first.lower() not in gaz.COMMON_WORDS or " & " in name) \
                    and first.lower() not in _MID_ORDINARY \
                    and _gazetteer_kind(first) is None and not _is_acronym(first):
                firms.add(first)  # "Cairn Energy" ... "Cairn said": the firm for short
    for first in firms - surnames:
        known.setdefault(first, ("organization", None))
    _rejoin(text, spans, known)
    for s in spans:
        name = text[s.start:s.end]
        if s.strength < _SURE:
            if name.lower() in _MID_ORDINARY:
                continue  # "The" is never a name, whatever else the article says
            hit = known.get(name) or (guessed.get(name) if s.kind is None else None)
            if hit is not None:
                s.kind, s.canonical, s.strength = hit[0], hit[1], _SURE
        elif name in surnames and s.kind in ("place", "country") and " " not in name \
                and doc.prev_word(s.start).lower() not in _LOCATIVE \
                and not doc.next_word(s.end)[0]:
            # "Michael Jordan ... Jordan scored": the article's person, not the country.
            s.kind, s.canonical = "person", None
    return known


# --- entry point ------------------------------------------------------------------------


def find_entities(text: str, sentences: list[Sentence]) -> list[EntitySpan]:
    """Named entities (person, organization, country, place), sorted and non-overlapping."""
    doc = _Doc(text, sentences)
    sentence_starts = doc.starts
    spans: list[_Span] = []
    for m in _CANDIDATE.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if before.isalnum() or before in _GLUED_BEFORE:
            continue
        if doc.caps_lines and _in_spans(doc.caps_lines, m.start()):
            continue
        toks = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, m.start(), m.end())]
        # A run never crosses a sentence boundary ("in the U.S. The next day").
        piece: list = []
        for t in toks:
            if t[2] in _MONTHS_DAYS or t[2].rstrip(".") in _MONTHS_DAYS:
                if piece:
                    _cut(doc, piece, doc.is_initial(piece[0][0]), spans)
                piece = []
                continue
            if piece and t[0] in sentence_starts:
                _cut(doc, piece, doc.is_initial(piece[0][0]), spans)
                piece = []
            piece.append(t)
        if piece:
            _cut(doc, piece, doc.is_initial(piece[0][0]), spans)
    spans = [s for s in spans if s is not None]
    # What the article says clearly decides its weaker mentions.
    known = _settle(doc, spans)
    if doc.caps_lines:
        upper_known = {k.upper(): v for k, v in known.items()}
        for line in doc.caps_lines:
            _caps_spans(doc, line, upper_known, spans)
    result: list[EntitySpan] = []
    last_end = -1
    for s in sorted((s for s in spans if s.kind is not None), key=lambda s: (s.start, -s.end)):
        if s.start >= last_end:
            result.append(EntitySpan(s.start, s.end, text[s.start:s.end], s.kind, s.canonical))
            last_end = s.end
    return result
