"""Upper-case lines and datelines: headlines where case tells nothing ("NEW YORK, March 3
-"), matched against what the article and the gazetteers know."""

from __future__ import annotations

import re

from .document import SURE, Doc, Span, Token
from .words import NEVER, ORDINARY, WORD, caps_lookup

# What follows a dateline's place: a comma, a bracket ("(Reuters)"), a date; or a dash,
# after a place the gazetteers know (a section's heading has one too: "RUGBY UNION -").
_DATELINE_REST = re.compile(r"\s*(?:,|\(|\d{4}-\d\d-\d\d)")
_DATELINE_DASH = re.compile(r"[ \t]*[-–—_]+\s")  # "WASHINGTON _ The ..." (1990s wires)
_LEADING_THE = re.compile(r"\s*THE\s+")
# The longest name a headline is matched for, in words.
_LONGEST_NAME = 5

Known = dict[str, tuple[str, str | None]]  # name -> (kind, canonical)


def caps_spans(doc: Doc, line: tuple[int, int], known: Known, out: list[Span]) -> None:
    """Match a headline's words against what the article and the gazetteers know."""
    toks = _headline_tokens(doc.text, line)
    i = 0
    while i < len(toks):
        # The longest run of words from here that names something wins.
        for size in range(min(_LONGEST_NAME, len(toks) - i), 0, -1):
            group = toks[i:i + size]
            hit = _headline_name(doc, group, known)
            if hit is not None:
                out.append(Span(group[0].start, group[-1].end, hit[0], hit[1], SURE))
                i += size
                break
        else:
            i += 1


def _headline_tokens(text: str, line: tuple[int, int]) -> list[Token]:
    """The words of a headline in upper case, without quotes, final periods or "'S"."""
    toks = []
    for word in WORD.finditer(text, line[0], line[1]):
        start, end = word.span()
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
            end -= 1
        if end > start and text[end - 1] == "." \
                and not re.fullmatch(r"(?:[A-Z]\.)+", text[start:end]):
            end -= 1
        if text[start:end].upper().endswith(("'S", "’S")):
            end -= 2
        if end > start:
            toks.append(Token(start, end, text[start:end].upper()))
    return toks


def _headline_name(doc: Doc, group: list[Token],
                   known: Known) -> tuple[str, str | None] | None:
    """(kind, canonical) of a run of headline words that names something, else None."""
    if any(not tok.word[0].isalpha() for tok in (group[0], group[-1])):
        return None
    # Only words separated by single spaces make a name.
    if len(group) > 1 and any(group[k + 1].start - group[k].end != 1
                              for k in range(len(group) - 1)):
        return None
    text = doc.text
    key = " ".join(tok.word for tok in group)
    hit = known.get(key) or caps_lookup(key)
    if hit is not None and hit[0] == "place" and doc.is_tabular(group[0].start) \
            and text[group[-1].end:group[-1].end + 2].strip()[:1].isdigit():
        hit = ("organization", None)  # "BALTIMORE 70 63 .526": a team
    if hit is None and is_dateline(doc, group):
        hit = ("place", None)
    if hit is None and len(group) == 1:
        tok = group[0]
        if doc.is_tabular(tok.start) and tok.word.isalpha() \
                and tok.word.lower() not in ORDINARY \
                and text[tok.end:tok.end + 2].strip()[:1].isdigit():
            hit = ("organization", None)  # "LG 2 OB 0": a team in a results table
    return hit


def is_dateline(doc: Doc, toks: list[Token]) -> bool:
    """Whether upper-case words opening a line are a dateline's place: a comma, bracket,
    date or (after a known place) dash follows them ("BEIJING, Sept 14 -", "MEXICO CITY
    (Reuters) -", "THE HAGUE -", "LONDON 1996-08-30")."""
    text = doc.text
    words = [tok.word for tok in toks]
    if words[0] == "THE" and len(words) > 1:
        words = words[1:]
    line_start = text.rfind("\n", 0, toks[0].start) + 1
    before = text[line_start:toks[0].start]
    if before.strip() and (len(words) < len(toks) or not _LEADING_THE.fullmatch(before)):
        return False
    if not _DATELINE_REST.match(text, toks[-1].end) and not (
            _DATELINE_DASH.match(text, toks[-1].end)
            and (caps_lookup(" ".join(tok.word for tok in toks)) or ("",))[0]
            in ("place", "country")):
        return False
    if any(toks[k + 1].start - toks[k].end != 1 for k in range(len(toks) - 1)):
        return False
    return (all(word.isalpha() and word.isupper() for word in words)
            # "NEW YORK": ordinary words each, a place together
            and not (all(word.lower() in ORDINARY and caps_lookup(word) is None
                         for word in words) and caps_lookup(" ".join(words)) is None)
            and not any(word.capitalize() in NEVER for word in words))
