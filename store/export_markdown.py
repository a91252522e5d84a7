"""Markdown building blocks for notes out: escaping, tables, quotes, front matter, slugs.

Everything that comes from an article or from the reader goes through `inline`, `cell` or
`paragraphs`, so no character in it can open a table cell, a link, an emphasis, an HTML
tag, a heading or a list, or end the front matter. The escaping is CommonMark's own
(a backslash before ASCII punctuation), which GitHub, Obsidian, Pandoc and markdown-it read
back as the plain character; the only HTML we write is `<br>` for a line break in a cell.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# Punctuation that opens something inline: escapes, code, emphasis, links, HTML and
# autolinks, headings (and their closing #s), table cells, strikethrough, math (GitHub,
# Obsidian).
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<#|~$])")
# "_" between two letters or digits ("export_control") can neither open nor close emphasis;
# every other run of them is escaped.
_UNDERSCORES = re.compile(r"_+")
# "&amp;" typed by the reader must stay "&amp;", not become "&".
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Every character `escape` may act on: text without any comes out as it went in.
_MAY_ESCAPE = re.compile(r"[\\`*\[\]<#|~$_&]")
# At the start of a line these open a quote, a list, a setext heading underline or a
# thematic break ("<" and "#" are escaped wherever they are).
_LINE_START_MARKER = re.compile(r"^([>+=-])")
_ORDERED_LIST = re.compile(r"^(\d{1,9})([.)])")
# C0/C1 controls other than tab and line breaks; the store strips them, but an export must
# not depend on that.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _plain(value: object) -> str:
    if value is None:
        return ""
    return _CONTROLS.sub("", str(value))


def _lines(value: object) -> list[str]:
    """The text's lines, stripped: Markdown drops leading and trailing blanks of a line."""
    return [line.strip() for line in _plain(value).splitlines()]


def escape(text: str) -> str:
    """Backslash-escape what Markdown would read as markup within one line of text."""
    if _MAY_ESCAPE.search(text) is None:  # most text: nothing below would change it
        return text
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _UNDERSCORES.sub(lambda m: m[0] if _inside_word(text, m.start(), m.end())
                            else "\\_" * len(m[0]), text)
    return _ENTITY_LIKE.sub(r"\\&", text)


def _inside_word(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()


def _escape_line(line: str) -> str:
    line = escape(line)
    line = _LINE_START_MARKER.sub(r"\\\1", line)
    return _ORDERED_LIST.sub(r"\1\\\2", line)


def inline(value: object) -> str:
    """Text for a heading or a list item: one line, every line break a space."""
    return _inline_str(value) if type(value) is str else _inline(value)


def _inline(value: object) -> str:
    return _escape_line(" ".join(" ".join(_lines(value)).split()))


def cell(value: object) -> str:
    """Text for a table cell: pipes escaped, line breaks as `<br>`."""
    return _cell_str(value) if type(value) is str else _cell(value)


def _cell(value: object) -> str:
    return "<br>".join(escape(line) for line in _lines(value))


# A dossier writes the same titles and names many times over.
_inline_str = functools.lru_cache(maxsize=1 << 14)(_inline)
_cell_str = functools.lru_cache(maxsize=1 << 14)(_cell)


# Characters a wikilink cannot hold (they end it, alias it or point into the note).
_WIKILINK_UNSAFE = re.compile(r"[\[\]|#^\\]")


def wikilink(value: object) -> str:
    r"""An Obsidian `[[link]]` to the note named `value` (one line); plain escaped text
    when the name holds a character a wikilink cannot (`[ ] | # ^ \`)."""
    lines = [line for line in _lines(value) if line]
    if len(lines) != 1 or _WIKILINK_UNSAFE.search(lines[0]):
        return cell(value)
    return f"[[{' '.join(lines[0].split())}]]"


def paragraphs(value: object, *, prefix: str = "") -> list[str]:
    """Markdown lines for text that may span lines and paragraphs.

    Each line of the text stays a line (a hard break, backslash at the end); blank lines
    separate paragraphs. `prefix` ("> ") puts them all in a blockquote.
    """
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            if out:
                out.append(prefix.rstrip())
            out.extend(f"{prefix}{line}\\" for line in para[:-1])
            out.append(f"{prefix}{para[-1]}")
            para.clear()

    for line in _lines(value):
        if line:
            para.append(_escape_line(line))
        else:
            flush()
    flush()
    return out


def table(headers: Sequence[str], rows: Iterable[Sequence[str]],
          align: Sequence[str] | None = None) -> list[str]:
    """A GitHub-flavoured table; `rows` are already made with `cell`."""
    align = align or ["l"] * len(headers)
    rule = {"l": "---", "r": "--:", "c": ":-:"}
    out = ["| " + " | ".join(headers) + " |",
           "|" + "|".join(rule[a] for a in align) + "|"]
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    return out


_URL_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]")


def link_target(url: object) -> str | None:
    """A web address fit for `[text](...)`, or None if it is not an http(s) address."""
    text = _plain(url).strip()
    if not re.match(r"https?://[^\s/]", text, re.IGNORECASE):
        return None
    encoded = _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), text)
    # Parentheses are legal in a URL but an unbalanced one ends the link; "&amp;" would be
    # read as an entity.
    encoded = encoded.replace("(", "%28").replace(")", "%29")
    return _ENTITY_LIKE.sub(r"\\&", encoded)


def link(text: object, url: object) -> str:
    """`[text](url)` for an http(s) address; otherwise the escaped text and address."""
    target = link_target(url)
    label = inline(text)
    if target is None:
        shown = inline(url)
        return f"{label} ({shown})" if shown else label
    return f"[{label}]({target})"


# -- front matter ---------------------------------------------------------------------------


def front_matter(fields: Mapping[str, Any]) -> list[str]:
    """`---`, the fields as YAML (None values left out), `---`."""
    # PyYAML costs the workstation ~20 ms of start-up, and only writing notes needs it.
    from .front_matter import yaml_text

    data = {k: v for k, v in fields.items() if v is not None}
    text = yaml_text(data)
    lines = text.rstrip("\n").split("\n")
    # Belt and braces: no line of the YAML can close the block.
    if any(line.rstrip() in ("---", "...") for line in lines):  # pragma: no cover
        raise ValueError("front matter would contain a document marker")
    return ["---", *lines, "---"]


# -- names ----------------------------------------------------------------------------------


def slug(text: object, *, limit: int = 60) -> str:
    """A file-name-safe slug: ASCII letters and digits joined by hyphens ('' if none)."""
    ascii_text = unicodedata.normalize("NFKD", _plain(text)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "-".join(words)[:limit]


def fold(text: object) -> str:
    """A name folded for matching: no accents, case or extra spaces."""
    return _fold_str(text) if type(text) is str else _fold(text)


def _fold(text: object) -> str:
    decomposed = unicodedata.normalize("NFKD", _plain(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("\u2019", "'").casefold().split())


# A dossier folds the same few thousand names hundreds of thousands of times.
_fold_str = functools.lru_cache(maxsize=1 << 16)(_fold)
