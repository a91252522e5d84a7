"""Word wrap by offsets, and span lookup, for the article view (no Textual here)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from rich.cells import cell_len

Span = tuple[int, int]

_WORD = re.compile(r"\S+\s*")


def wrap_offsets(text: str, width: int) -> list[Span]:
    """Greedy word wrap of `text` into visual lines, as (start, end) offsets into it.

    Every "\\n" ends a line (an empty paragraph is an empty line); a word wider than the
    line is cut. Offsets let the view highlight spans without copying the text.
    """
    width = max(1, width)
    lines: list[Span] = []
    append = lines.append
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        para_end = n if nl == -1 else nl
        _wrap_paragraph(text, pos, para_end, width, append)
        if nl == -1:
            break
        pos = nl + 1
    return lines


def _wrap_paragraph(text: str, start: int, end: int, width: int, append) -> None:
    if start == end:
        append((start, end))
        return
    para = text[start:end]
    if para.isascii():
        if len(para) <= width:
            append((start, end))
            return
        measure: Callable[[str], int] = len
    else:
        measure = cell_len
    line_start = start
    line_width = 0
    for m in _WORD.finditer(text, start, end):
        word_start, word_end = m.span()
        word = m.group()
        word_width = measure(word.rstrip())
        full_width = measure(word)
        if line_width and line_width + word_width > width:
            append((line_start, word_start))
            line_start, line_width = word_start, 0
        while word_width > width:
            # A word longer than a line: cut it where it fills the line.
            cut = word_start + _fit(text, word_start, word_end, width, measure)
            append((line_start, cut))
            line_start = word_start = cut
            word = text[cut:word_end]
            word_width = measure(word.rstrip())
            full_width = measure(word)
            line_width = 0
        line_width += full_width
    if line_start < end:
        append((line_start, end))


def _fit(text: str, start: int, end: int, width: int, measure) -> int:
    """How many characters from `start` fit in `width` cells (at least one)."""
    if measure is len:
        return max(1, min(width, end - start))
    used = 0
    for i in range(start, end):
        used += cell_len(text[i])
        if used > width:
            return max(1, i - start)
    return end - start


class SpanIndex:
    """Spans sorted by start, answering "which spans touch [start, end)" quickly."""

    __slots__ = ("_starts", "_spans", "_longest")

    def __init__(self, spans: Iterable[Span]) -> None:
        self._spans = sorted((s, e) for s, e in spans if e > s)
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def __len__(self) -> int:
        return len(self._spans)

    def overlapping(self, start: int, end: int) -> list[Span]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [(s, e) for s, e in self._spans[lo:hi] if e > start and s < end]


def line_of(line_starts: list[int], offset: int) -> int:
    """Index of the visual line holding `offset`."""
    return max(0, bisect_right(line_starts, offset) - 1)
