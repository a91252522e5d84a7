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

Pass 1 and the loop over runs are here (`find_entities`), pass 2 is cutting.py (with
classify.py for the kind of each piece), pass 3 is `_settle` here and caps.py for
headlines. Everything is deterministic and offline; the gazetteers come from
`analysis.gazetteer`, the word lists from words.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from .. import gazetteer as gaz
from ..model import EntitySpan, Sentence
from .caps import Known, caps_spans
from .cutting import cut
from .document import SURE, Doc, Span, Token
from .words import (
    CONNECTORS,
    GLUED_BEFORE,
    LOCATIVE,
    MID_ORDINARY,
    MONTHS_DAYS,
    ORDINARY,
    WORD,
    candidates,
    gazetteer_kind,
    is_acronym,
)

# A name's run past "in/of/for (the)" and capitalized words to initials in brackets.
_RUNS_ON = re.compile(r"\s+(?:in|of|for|on)\s+(?:the\s+)?([A-Z][\w'.-]*(?:\s+(?:of|and|for|the"
                      r"|on|[A-Z][\w'.-]*)){0,5})\s*\(([A-Z]{3,8})\)")
_CAPITALIZED = re.compile(r"\b[A-Z][\w'-]*")
# A body named by its portfolio ("Ministry of Economy") and the rest of that portfolio.
_BODY_OF = re.compile(r"\b(?:Ministry|Department|Commission|Committee|Agency|Office|Council"
                      r"|Bureau|Secretariat)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*$")
_WORDS = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
_LISTED = re.compile(rf",\s+{_WORDS}(?:,\s+{_WORDS})*,?\s+and\s+{_WORDS}")


def find_entities(text: str, sentences: list[Sentence]) -> list[EntitySpan]:
    """Named entities (person, organization, country, place), sorted and non-overlapping."""
    doc = Doc(text, sentences)
    spans: list[Span] = []
    for run in _runs(doc):
        cut(doc, run, doc.is_initial(run[0].start), spans)
    _names_running_on(text, spans)
    _portfolio_list(text, spans)
    _plural_possessive_bodies(text, spans)
    _possessive_inside(text, spans)
    # What the article says clearly decides its weaker mentions.
    known = _settle(doc, spans)
    if doc.caps_lines:
        upper_known = {name.upper(): found for name, found in known.items()}
        for line in doc.caps_lines:
            caps_spans(doc, line, upper_known, spans)
    return _without_overlaps(text, spans)


def _runs(doc: Doc) -> Iterator[list[Token]]:
    """Runs of capitalized words outside headlines, cut at sentence starts and at month and
    day names ("in the U.S. The next day", "Monday Beijing said")."""
    text = doc.text
    for candidate in candidates(text):
        begin = candidate.start()
        if begin and (text[begin - 1].isalnum() or text[begin - 1] in GLUED_BEFORE):
            continue  # glued to the word before: "eBay", "anti-American"
        if doc.caps_lines and doc.in_caps_line(begin):
            continue
        found = candidate.group()
        if " " not in found and "\t" not in found and "\u00a0" not in found:
            # One word, as most runs are (only these separators join a run's words).
            tok = Token(begin, candidate.end(), found)
            if (found not in MONTHS_DAYS and found.rstrip(".") not in MONTHS_DAYS) \
                    or _first_name_not_month(text, tok):
                yield [tok]
            continue
        run: list[Token] = []
        for word in WORD.finditer(text, begin, candidate.end()):
            tok = Token(word.start(), word.end(), word.group())
            if (tok.word in MONTHS_DAYS or tok.word.rstrip(".") in MONTHS_DAYS) \
                    and not _first_name_not_month(text, tok):
                if run:
                    yield run
                run = []
                continue
            if run and (tok.start in doc.starts or run[-1].word in _FIRM_ENDINGS
                        and _after_firm_ending(doc, tok)):
                yield run
                run = []
            run.append(tok)
        if run:
            yield run


# Abbreviations that end a firm's name with a full stop, which may end the sentence too.
_FIRM_ENDINGS = frozenset({"Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Cos.", "Inc.,"})
# What follows such an ending inside a firm's name: "Service Corp. International".
_AFTER_FIRM_ENDING = frozenset({"International", "Worldwide", "B.V.", "N.A.", "USA",
                                "America"})


def _after_firm_ending(doc: Doc, tok: Token) -> bool:
    """Whether a capitalized word after "Inc.", "Corp.", "Bros." opens a new sentence the
    splitter took for the firm's abbreviation ("according to Lipper Analytical Services
    Inc. That's less than", "backed by Warner Bros. But the organisers"): it does unless it
    goes on with the firm's name ("Goldman, Sachs & Co. Ltd.", "Service Corp.
    International"). Marked as a sentence's first word, so that it is read as one."""
    word = tok.word
    if not word[:1].isupper() or word in _AFTER_FIRM_ENDING or word in gaz.ORG_WORDS \
            or word.rstrip(".,") in gaz.ORG_WORDS:
        return False  # (nor "Aiwa Co. and Pioneer", "Royal Trustco Ltd. of Toronto")
    doc.first_words.add(tok.start)
    return True


def _first_name_not_month(text: str, tok: Token) -> bool:
    """ "Jan Eliasson": a month's short form, no dot, that is a first name before a
    capitalized word is the name ("Jan 5", "Jan. Beijing" are dates)."""
    if len(tok.word) != 3 or tok.word not in gaz.FIRST_NAMES \
            or _DATE_WORD_BEFORE.search(text, max(0, tok.start - 8), tok.start):
        return False  # "in May Beijing said", "Tears of the Sun Willis plays"
    following = _NEXT_WORD.match(text, tok.end)
    return following is not None and following.group(1) not in MONTHS_DAYS


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_DATE_WORD_BEFORE = re.compile(r"\b(?:the|of|on|in|by|since|until|from|last|next|this|early"
                               r"|late|mid|to)\s+$", re.I)


def _names_running_on(text: str, spans: list[Span]) -> None:
    """An organization whose name runs on past a lower-case connector is that longer name,
    added as the longer span (GUIDELINES 2.4: the inner names are not marked): up to the
    initials it gives in brackets ("the Committee on Foreign Investment in the United
    States (CFIUS)"), or as far as a gazetteer name goes ("... in the United States")."""
    for span in list(spans):
        if span.kind != "organization":
            continue
        by_initials, by_name = _end_by_initials(text, span), _end_by_known_name(text, span)
        for end in (by_initials, by_name if by_name != by_initials else None):
            if end is not None:
                spans.append(Span(span.start, end, "organization", None, SURE))


def _end_by_initials(text: str, span: Span) -> int | None:
    after = _RUNS_ON.match(text, span.end)
    if after is None:
        return None
    name = text[span.start:after.end(1)]
    initials = "".join(word[0] for word in _CAPITALIZED.findall(name))
    return after.end(1) if initials == after.group(2) else None


# Past "in/of/for/on (the)", a few capitalized words: "[in the United States]".
_NON_SPACE = re.compile(r"\S+")
_LONGER = re.compile(r"\s+(?:in|of|for|on)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}")


def _end_by_known_name(text: str, span: Span) -> int | None:
    longer = _LONGER.match(text, span.end)
    if longer is None:
        return None
    ends = [word.end() for word in _NON_SPACE.finditer(longer.group())]
    for word_end in reversed(ends[1:]):  # the longest known name first
        end = span.end + word_end
        while text[end - 1] == ".":  # "... in the United States." ends the sentence
            end -= 1
        if gazetteer_kind(" ".join(text[span.start:end].split())) is not None:
            return end
    return None


def _portfolio_list(text: str, spans: list[Span]) -> None:
    """ "the Ministry of Economy, Trade and Industry", "the Department for Environment,
    Food and Rural Affairs": a body's portfolio listed with commas and "and" is its name,
    when the list is of ordinary words, none of them a country, place or person ("the
    Ministry of Finance, China and Japan", "... Acme and Globex" are three names)."""
    for span in list(spans):
        if span.kind != "organization" or not _BODY_OF.search(text, span.start, span.end):
            continue
        listed = _LISTED.match(text, span.end)
        if listed is None or not all(word.lower() in ORDINARY for word in _CAPITALIZED.findall(
                listed.group())) or any(span.end < other.start < listed.end()
                                        and other.kind in ("country", "person", "place")
                                        for other in spans):
            continue
        spans.append(Span(span.start, listed.end(), "organization", None, SURE))


def _plural_possessive_bodies(text: str, spans: list[Span]) -> None:
    """ "the National Farmers' Union", "the Consumers' Association", "the Scottish
    Fishermen's Federation": a plural possessive inside a body's name, which cut it into
    "National Farmers" and a place "Union"."""
    ends = {span.end: span for span in spans if span.kind is not None}
    for head in list(spans):
        # (the possessive before the head first: seldom there, and cheaper to look at)
        if head.start < 3 or text[head.start - 2:head.start] not in ("' ", "’ ") \
                and text[head.start - 3:head.start] not in ("'s ", "’s ") \
                or text[head.start:head.end].split()[-1] not in gaz.ORG_HEADS:
            continue
        if text[head.start - 2:head.start] in ("' ", "’ "):
            owner = ends.get(head.start - 2)
            if owner is not None and text[owner.start:owner.end].endswith("s"):
                spans.append(Span(owner.start, head.end, "organization", None, SURE))
        elif text[head.start - 3:head.start] in ("'s ", "’s "):
            # "the Scottish Fishermen's Federation": a plural with no -s (not "Britain's")
            owner = ends.get(head.start - 3)
            if owner is not None and text[owner.start:owner.end].endswith(_PLURALS_WITHOUT_S):
                start = owner.start
                demonym = _DEMONYM_BEFORE.search(text, max(0, start - 20), start)
                if demonym is not None and demonym.group(1) in gaz.DEMONYMS:
                    start = demonym.start()  # "the Scottish Fishermen's Federation"
                if gazetteer_kind(text[start:head.end].replace("’", "'")) is None:
                    # (a known name, "National People's Congress", keeps its own span)
                    spans.append(Span(start, head.end, "organization", None, SURE))


_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# Plurals that take "'s": "Fishermen's", "Cattlemen's", "Women's", "Children's", "People's".
_PLURALS_WITHOUT_S = ("men", "Men", "ren", "People", "people")


def _apostrophe_names() -> re.Pattern[str] | None:
    """Known bodies with a possessive inside their name ("People's Bank of China") or
    ending it ("McDonald's", "Moody's")."""
    names = sorted((name for name in gaz.ORGANIZATIONS if re.search(r"['’]s(?:\s|$)", name)),
                   key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(name).replace("'", "['’]")
                                         for name in names) + r")\b")


_APOSTROPHE_NAMES = _apostrophe_names()
# The possessive words of those names, straight and curly ("People's", "People’s"): an
# article without one of them is not searched.
_APOSTROPHE_WORDS = tuple({form for name in gaz.ORGANIZATIONS
                           for word in name.split() if re.search(r"['’]s$", word)
                           for form in (word.replace("’", "'"), word.replace("'", "’"))})


def _possessive_inside(text: str, spans: list[Span]) -> None:
    """ "the People's Bank of China": a known body whose name holds a possessive, which
    the runs of capitalized words cut after it ("Bank of China", another bank)."""
    if _APOSTROPHE_NAMES is None or not _has_apostrophe_word(text):
        return
    for found in _APOSTROPHE_NAMES.finditer(text):
        hit = gazetteer_kind(found.group().replace("’", "'"))
        if hit is not None:
            spans.append(Span(found.start(), found.end(), hit[0], hit[1], SURE))


def _has_apostrophe_word(text: str) -> bool:
    """Whether one of `_APOSTROPHE_WORDS` is in the text: each ends in "'s" (or "’s"), so
    the text is looked at only where one does (a few places), not searched once a word."""
    for mark in ("'s", "’s"):
        at = text.find(mark)
        while at >= 0:
            if text.endswith(_APOSTROPHE_WORDS, 0, at + 2):
                return True
            at = text.find(mark, at + 2)
    return False


_START, _END = attrgetter("start"), attrgetter("end")


def _without_overlaps(text: str, spans: list[Span]) -> list[EntitySpan]:
    """The spans with a kind, in text order; the first (and longest) of overlapping ones."""
    result: list[EntitySpan] = []
    last_end = -1
    # By start, the longest first: two stable sorts with C keys, cheaper than one with a
    # Python key per span.
    by_end = sorted(spans, key=_END, reverse=True)
    for span in sorted(by_end, key=_START):
        if span.kind is not None and span.start >= last_end:
            result.append(EntitySpan(span.start, span.end, text[span.start:span.end], span.kind,
                                     span.canonical))
            last_end = span.end
    return result


# --- pass 3: what the article makes clear -------------------------------------------------


def _settle(doc: Doc, spans: list[Span]) -> Known:
    """Let clear mentions decide unclear ones; returns what the article made clear."""
    known, guessed, surnames = _clear_names(doc.text, spans)
    _rejoin(doc.text, spans, known)
    votes = _guessed_votes(doc.text, spans)
    for span in spans:
        name = doc.text[span.start:span.end]
        if span.strength < SURE:
            if name.lower() in MID_ORDINARY:
                continue  # "The" is never a name, whatever else the article says
            if name in doc.titles_of_works:
                span.kind = None  # "The Aviator leads" after "starred in The Aviator"
                continue
            hit = known.get(name) or (guessed.get(name) if span.kind is None else None)
            if hit is None and span.kind in ("person", "organization") and name in votes:
                # "Nintendo said" (a person's guess) and "Nintendo's games" (a firm's):
                # one name is one entity in one article, of the kind most guesses give
                span.kind = votes[name]
            if hit is not None:
                span.kind, span.canonical, span.strength = hit[0], hit[1], SURE
        elif name in surnames and span.kind in ("place", "country") and " " not in name \
                and doc.prev_word(span.start).lower() not in LOCATIVE \
                and not doc.next_word(span.end)[0]:
            # "Michael Jordan ... Jordan scored": the article's person, not the country.
            span.kind, span.canonical = "person", None
    return known


def _guessed_votes(text: str, spans: list[Span]) -> dict[str, str]:
    """For each name guessed both a person and an organization, the kind most of its
    guesses give (an organization on a tie: "Oxfam says", then "Oxfam's Barbara Stocking")."""
    counts: dict[str, dict[str, int]] = {}
    for span in spans:
        if span.strength < SURE and span.kind in ("person", "organization"):
            kinds = counts.setdefault(text[span.start:span.end], {})
            kinds[span.kind] = kinds.get(span.kind, 0) + 1
    return {name: max(kinds, key=lambda kind: (kinds[kind], kind == "organization"))
            for name, kinds in counts.items() if len(kinds) > 1}


def _clear_names(text: str, spans: list[Span]) -> tuple[Known, Known, set[str]]:
    """(names the article makes sure, names it only guesses, surnames of its people).

    A person's surname counts as that person ("Simmons"), and a firm's first word as the
    firm ("Cairn Energy" ... "Cairn said") unless it is also someone's surname.
    """
    known: Known = {}
    guessed: Known = {}
    surnames: set[str] = set()
    firms: set[str] = set()
    for span in spans:
        if span.kind is None:
            continue
        name = text[span.start:span.end]
        (known if span.strength == SURE else guessed).setdefault(name,
                                                                 (span.kind, span.canonical))
        if span.kind == "person":
            parts = name.split()
            if len(parts) > 1 and parts[-1] not in CONNECTORS:
                surnames.add(parts[-1])
                if gazetteer_kind(parts[-1]) is None:
                    known.setdefault(parts[-1], ("person", None))
        elif span.kind == "organization" and span.strength == SURE:
            first = _short_firm_name(name)
            if first is not None:
                firms.add(first)
    for first in firms - surnames:
        known.setdefault(first, ("organization", None))
    return known, guessed, surnames


def _short_firm_name(name: str) -> str | None:
    """The first word of a firm's name, when the story may go on with it alone."""
    first = name.split(" ", 1)[0]
    if first != name and (first.lower() not in gaz.COMMON_WORDS or " & " in name) \
            and first.lower() not in MID_ORDINARY \
            and gazetteer_kind(first) is None and not is_acronym(first):
        return first
    return None


def _rejoin(text: str, spans: list[Span], known: Known) -> None:
    """ "Standard Chartered said", with "Standard" dropped as an ordinary word opening the
    sentence: a name the article made clear is whole again."""
    ordered = sorted(spans, key=_START)
    for weak, nxt in zip(ordered, ordered[1:], strict=False):
        if weak.kind is not None or nxt.kind is None or nxt.start != weak.end + 1:
            continue
        hit = known.get(text[weak.start:nxt.end])
        if hit is not None and " " not in text[weak.start:weak.end]:
            weak.end, weak.kind, weak.canonical, weak.strength = nxt.end, hit[0], hit[1], SURE
            nxt.kind = None
