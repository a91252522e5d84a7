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

import lxml.html
from lxml import etree

from newsdesk.analysis.text import normalize_text

_WHITESPACE_RUN = re.compile(r"\s+")

__all__ = [
    "article_id",
    "bom_codec",
    "declared_charset",
    "element_text",
    "html_to_text",
    "looks_binary",
    "normalize_text",
]

# Bytes that almost never occur in text files (ESC, form feed, \t\n\r excluded).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\x0c\r\x1b") + b"\x7f"
_TEXT_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_BINARY_SAMPLE = 8192
_BINARY_SHARE = 0.1


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
