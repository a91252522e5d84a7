"""Upper-case lines and datelines for `analysis.entities`: headlines where case tells
nothing ("NEW YORK, March 3 -"), matched against what the article and the gazetteers know;
and the span record the entity passes share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities_words import _NEVER, _ORDINARY, _WORD, _caps_lookup

# How sure a span is: gazetteer or clear context, a default guess, or only a candidate.
_SURE, _GUESS, _WEAK = 2, 1, 0


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    kind: str | None  # None: a weak candidate with no kind yet
    canonical: str | None
    strength: int


# --- all-caps lines -------------------------------------------------------------------


def _caps_spans(doc, line: tuple[int, int], known: dict[str, tuple[str, str | None]],
                out: list[_Span]) -> None:
    """Match a headline's words against what the article and the gazetteers know."""
    text = doc.text
    toks = []
    for m in _WORD.finditer(text, line[0], line[1]):
        s, e = m.span()
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not (text[e - 1].isalnum() or text[e - 1] == "."):
            e -= 1
        if e > s and text[e - 1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+", text[s:e]):
            e -= 1
        if text[s:e].upper().endswith(("'S", "’S")):
            e -= 2
        if e > s:
            toks.append((s, e, text[s:e].upper()))
    i = 0
    while i < len(toks):
        for n in range(min(5, len(toks) - i), 0, -1):
            grp = toks[i:i + n]
            if any(not g[2][0].isalpha() for g in (grp[0], grp[-1])):
                continue
            # Only words separated by single spaces make a name.
            if n > 1 and any(grp[k + 1][0] - grp[k][1] != 1 for k in range(n - 1)):
                continue
            key = " ".join(g[2] for g in grp)
            hit = known.get(key) or _caps_lookup(key)
            if hit is not None and hit[0] == "place" and doc.is_tabular(grp[0][0]) \
                    and text[grp[-1][1]:grp[-1][1] + 2].strip()[:1].isdigit():
                hit = ("organization", None)  # "BALTIMORE 70 63 .526": a team
            if hit is None and n == 1:
                if _is_dateline(doc, grp[0]):
                    hit = ("place", None)
                elif doc.is_tabular(grp[0][0]) and grp[0][2].isalpha() \
                        and grp[0][2].lower() not in _ORDINARY \
                        and text[grp[0][1]:grp[0][1] + 2].strip()[:1].isdigit():
                    hit = ("organization", None)  # "LG 2 OB 0": a team in a results table
            if hit is not None:
                out.append(_Span(grp[0][0], grp[-1][1], hit[0], hit[1], _SURE))
                i += n
                break
        else:
            i += 1


_DATELINE_REST = re.compile(r"\s*(?:,|\(|\d{4}-\d\d-\d\d)")


def _is_dateline(doc, tok: tuple[int, int, str]) -> bool:
    """"BEIJING, Sept 14 -", "LONDON 1996-08-30": a capitalized place opening a line."""
    text = doc.text
    line_start = text.rfind("\n", 0, tok[0]) + 1
    if text[line_start:tok[0]].strip():
        return False
    rest = text[tok[1]:tok[1] + 12]
    word = tok[2]
    return (bool(_DATELINE_REST.match(rest)) and word.isalpha() and word.lower() not in _ORDINARY
            and word.capitalize() not in _NEVER)
