"""Text made safe and plain, the one way every layer does it.

Article bodies, titles, names and notes come from files and feeds we do not control.
Terminal escape sequences in them could recolour or retitle the reader's terminal, and
stray control characters break line counting, so `normalize_text` removes both as text
enters the store, and `one_line` makes any value one plain line for a table cell, a
terminal line, a label or a search item. Text that merely looks like markup
(``[bold red]x[/]``, ``<b>``) is left alone: keeping it out of a markup parser is the
UI's job.
"""

from __future__ import annotations

import re
import unicodedata

# Escape sequences, per ECMA-48. String-type sequences (OSC, DCS, SOS, PM, APC) run
# to ST (ESC \ or 0x9C) or BEL; an unterminated one stops at the end of its line so a
# stray ESC ] can never swallow the rest of an article.
_ESCAPE_SEQUENCE = re.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [\ -/]* [@-~]                        # CSI, 7- and 8-bit
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]) [^\x07\x1b\x9c\n]*
      (?:\x07|\x1b\\|\x9c)?                                        # OSC, DCS, SOS, PM, APC
    | \x1b [\ -/]* [0-~]                                           # any other ESC sequence
    """,
    re.VERBOSE,
)
_HAS_C1_ESCAPE = re.compile(r"[\x90\x98\x9b\x9d-\x9f]")

# Characters that end a line in str.splitlines() but are not "\n": turned into "\n"
# rather than dropped, so a form feed between paragraphs does not glue words together
# and the UI's line splitting agrees with ours.
_LINE_BREAKS = {ord(c): "\n" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
# C0 (bar \t and \n), DEL and C1 controls: deleted.
_CONTROLS = {
    code: None
    for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))
    if code not in (0x09, 0x0A) and code not in _LINE_BREAKS
}
# Explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and
# U+FEFF (a byte order mark, or the deprecated zero-width no-break space): deleted. A
# terminal that applies the bidi algorithm lets an unclosed U+202E reverse the rest of
# the row it is printed on (the columns of `newsdesk list`, the panes beside an article),
# and a grid of cells has no use for them: the implicit algorithm still orders
# right-to-left words. The unscoped marks (LRM, RLM, ALM) and zero-width (non-)joiners
# are kept: scripts and emoji need them, and they reorder nothing around them. Deleted
# here, not only on display, so offsets, search and every export agree with the screen.
_INVISIBLE_FORMAT = {code: None for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                             0xFEFF)}
_TRANSLATION = {**_CONTROLS, **_INVISIBLE_FORMAT, **_LINE_BREAKS}
_HAS_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e"
                          r"\u2066-\u2069\ufeff]")


def has_unsafe_characters(s: str) -> bool:
    """Whether `s` holds what normalize_text removes: escapes, controls, bidi overrides."""
    return bool(_HAS_CONTROL.search(s))


def normalize_text(s: str) -> str:
    """Return `s` as stored: NFC, "\\n" newlines, no escapes or controls, trimmed lines.

    Idempotent, so `normalize_text(normalize_text(s)) == normalize_text(s)`; every step
    is linear in the length of `s` (a 50 MB file goes through it), and pure-ASCII text,
    the common case, takes the fast paths.
    """
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    ascii_only = s.isascii()
    if "\x1b" in s or (not ascii_only and _HAS_C1_ESCAPE.search(s)):
        s = _ESCAPE_SEQUENCE.sub("", s)
    # On ASCII text str.translate has a fast path that beats searching for controls.
    if ascii_only or _HAS_CONTROL.search(s):
        s = s.translate(_TRANSLATION)
    if not ascii_only or " \n" in s or "\t\n" in s:
        # Line by line: a regex like `[ \t]+$` backtracks quadratically on long runs
        # of spaces that are not at a line end.
        s = "\n".join(line.rstrip() for line in s.split("\n"))
    s = s.strip()
    if not ascii_only and not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return s


def one_line(value: object) -> str:
    """Any value as one plain line: escapes, controls and bidi overrides gone, white space
    runs as one space, None as "".

    Text from the store is already normalized, so the usual case only collapses white
    space; anything else goes through `normalize_text` first.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "\x1b" in text or _HAS_CONTROL.search(text) or not (
            text.isascii() or unicodedata.is_normalized("NFC", text)):
        text = normalize_text(text)
    return " ".join(text.split())


_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shorten(text: str, limit: int) -> str:
    """`text`, cut to at most `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def mask_controls(text: str) -> str:
    """`text` with each C0/C1 control character (ESC included; tab and newline kept) as
    U+FFFD: safe to draw, and every offset into it still points at the same character."""
    return _CONTROL_CHARACTER.sub("\ufffd", text)
