"""Re-attach a note to its passage after the text changed (re-import, re-analysis).

A note keeps its quote with a little text before (prefix) and after (suffix), the way
web annotation selectors do; offsets alone would drift.
"""

from __future__ import annotations

CONTEXT = 32  # characters of prefix/suffix kept with a quote


def quote_selector(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The (prefix, quote, suffix) that anchor text[start:end]."""
    return text[max(0, start - CONTEXT):start], text[start:end], text[end:end + CONTEXT]


def anchor(text: str, quote: str, prefix: str = "", suffix: str = "",
           hint: int | None = None) -> tuple[int, int] | None:
    """Where the quote stands in text now: the occurrence whose context fits best.

    Ties go to the occurrence nearest the old offset (hint). None when the quote is gone.
    """
    if not quote:
        return None
    best: tuple[int, int, int] | None = None  # (-context score, distance, start)
    pos = text.find(quote)
    while pos != -1:
        score = _common_suffix(text[max(0, pos - len(prefix)):pos], prefix)
        after = pos + len(quote)
        score += _common_prefix(text[after:after + len(suffix)], suffix)
        distance = abs(pos - hint) if hint is not None else 0
        candidate = (-score, distance, pos)
        if best is None or candidate < best:
            best = candidate
        pos = text.find(quote, pos + 1)
    if best is None:
        return None
    return best[2], best[2] + len(quote)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
