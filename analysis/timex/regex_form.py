"""The tagger's regexes compiled in a form Python's regex engine runs faster, matching the same.

`re` compiles an optional group, `(?:X)?`, with its general repeat machinery: each time the
group is tried it sets up (and allocates) a repeat counter. `(?:X|)`, an alternation whose
second branch is empty, tries X first and then nothing, exactly as the greedy `?` does, so
it finds the same text with the same groups, without the counter. The grammar tries dozens
of optional groups at each of the ~70 starts of an article, and its word lists, prefix
trees ("jan(?:uary)?"), are full of them: compiled this way the tagger costs ~7% fewer
instructions. The sources keep the ordinary `?`: they are what people read, and what the
table of starts is fingerprinted on.
"""

from __future__ import annotations

import re

# A regex source in pieces: an escape, a character class, "(", ")" with a greedy "?" after
# it (not "??" or "?+"), ")", or a run of anything else.
_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(|\)\?(?![?+])|\)|[^\\\[()]+|.",
                    re.DOTALL)
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def optional_as_alternation(source: str, flags: int = 0) -> str:
    """`source` with each optional group, `(X)?`, written as `(?:(X)|)` (`(?:X)?` as
    `(?:X|)`): the same matches, in the same order, with the same group numbers."""
    out: list[str] = []
    opened: list[int] = []  # where each group still open begins in `out`
    for piece in _PIECE.findall(source):
        if piece == "(":
            opened.append(len(out))
        elif piece[0] == ")":
            if not opened:
                raise ValueError(f"unbalanced ')' in {source[:60]!r}")
            begin = opened.pop()
            if piece == ")?":
                group = "".join(out[begin:]) + ")"
                if not group.startswith(_LOOKAROUND):
                    del out[begin:]
                    piece = (group[:-1] + "|)" if group.startswith("(?:")
                             else f"(?:{group}|)")
        elif flags & re.VERBOSE and "#" in piece and piece[0] not in "[\\":
            raise ValueError("a verbose regex with comments is not supported")
        out.append(piece)
    if opened:
        raise ValueError(f"unbalanced '(' in {source[:60]!r}")
    return "".join(out)


def compile_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, its optional groups compiled as alternations."""
    return re.compile(optional_as_alternation(source, flags), flags)
