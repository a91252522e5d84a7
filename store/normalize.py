"""Clean text once, as it enters the store, so every offset into it stays meaningful.

Article bodies and titles come from files and feeds we do not control. Terminal
escape sequences in them could recolour or retitle the reader's terminal, and stray
control characters break line counting, so both go before anything is stored. Text
that merely looks like markup (``[bold red]x[/]``, ``<b>``) is left alone: keeping
it out of a markup parser is the UI's job, not ours.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

import lxml.html
from lxml import etree

__all__ = [
    "article_id",
    "bom_codec",
    "clean_line",
    "declared_charset",
    "element_text",
    "html_to_text",
    "looks_binary",
    "normalize_text",
]

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

_WHITESPACE_RUN = re.compile(r"\s+")

# Bytes that almost never occur in text files (ESC, form feed, \t\n\r excluded).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\x0c\r\x1b") + b"\x7f"
_TEXT_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_BINARY_SAMPLE = 8192
_BINARY_SHARE = 0.1


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


def clean_line(s: str) -> str:
    """Normalize a one-line field (title, source, url): whitespace runs become one space."""
    return _WHITESPACE_RUN.sub(" ", normalize_text(s)).strip()


def article_id(text: str) -> str:
    """A stable id for an article: the first 12 hex digits of sha256(normalized text)."""
    return _digest(normalize_text(text))


def _digest(normalized: str) -> str:
    """The id of text that is already normalized (spares a second pass over big texts)."""
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:12]


def looks_binary(data: bytes) -> bool:
    """True if `data` looks like a binary file: a NUL byte or many control bytes early on."""
    sample = data[:_BINARY_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _TEXT_BYTES))  # what is left once text bytes go
    return controls / len(sample) > _BINARY_SHARE


# Tags of HTML and of trafilatura's output tree ("head" is its heading, "lb" its <br>).
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "div", "dl", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "ul", "head", "list", "quote",
})  # fmt: skip
_LINE_TAGS = frozenset({"br", "lb", "li", "item", "tr", "row", "dt", "dd"})
_BREAKS = {tag: 2 for tag in _BLOCK_TAGS} | {tag: 1 for tag in _LINE_TAGS}
_CELL_TAGS = frozenset({"td", "th", "cell"})
_SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
})  # fmt: skip


def element_text(root: etree._Element) -> str:
    """Plain text of an lxml tree (HTML or trafilatura's output); scripts, styles dropped.

    Paragraphs become blank lines, <br> and list items line breaks. Iterative (lxml's
    iterwalk), so a deeply nested page cannot hit the recursion limit. Comments are
    stripped from `root` in place.
    """
    out: list[str] = []
    pending = 0  # line breaks owed before the next text: 1 after a line, 2 after a block
    in_pre = 0

    def add(text: str) -> None:
        nonlocal pending
        if not in_pre:
            text = _WHITESPACE_RUN.sub(" ", text)
            if pending and text == " ":
                return  # source indentation between blocks, not content
        if pending and out:
            out.append("\n" * pending)
        pending = 0
        out.append(text)

    # iterwalk never yields comments, so their tails would be lost: merge them in first.
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.rpartition("}")[2].lower() if isinstance(element.tag, str) else None
        if event == "start":
            if tag is None or tag in _SKIPPED_TAGS:
                walker.skip_subtree()
                continue
            pending = max(pending, _BREAKS.get(tag, 0))
            in_pre += tag == "pre"
            if tag in _CELL_TAGS:
                add(" ")
            if element.text:
                add(element.text)
        else:
            if tag is not None and tag not in _SKIPPED_TAGS:
                pending = max(pending, _BREAKS.get(tag, 0))
                in_pre -= tag == "pre"
            if element.tail and element is not root:
                add(element.tail)
    return _tidy("".join(out))


def _tidy(text: str) -> str:
    """Trim each line and keep at most one blank line between paragraphs."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return normalize_text("\n".join(lines))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content, say); never raw tags."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""  # unparseable markup: better no text than raw tags
    return element_text(root)


# --- decoding ------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
# As browsers do (WHATWG Encoding): "latin-1" and "ascii" pages are really windows-1252.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def bom_codec(data: bytes) -> tuple[int, str] | None:
    """(length of the byte order mark, codec) when `data` starts with one, else None."""
    return next(((len(bom), codec) for bom, codec in _BOMS if data.startswith(bom)), None)


def declared_charset(head: bytes) -> str | None:
    """The codec an HTML or XML document declares in its first bytes, as browsers read it.

    Raises LookupError (its message the quoted label) for a charset Python does not know.
    """
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match[1].decode("ascii")
    try:
        name = codecs.lookup(label).name
    except LookupError:
        raise LookupError(repr(label)) from None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a BOM-less page is not really UTF-16; browsers read UTF-8 too
    return _WHATWG_ALIASES.get(name, name)
