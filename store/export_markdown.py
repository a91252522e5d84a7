"""Markdown building blocks for notes out: escaping, tables, quotes, front matter, slugs.

Everything that comes from an article or from the reader goes through `inline`, `cell` or
`paragraphs`, so no character in it can open a table cell, a link, an emphasis, an HTML
tag, a heading or a list, or end the front matter. The escaping is CommonMark's own
(a backslash before ASCII punctuation), which GitHub, Obsidian, Pandoc and markdown-it read
back as the plain character; the only HTML we write is `<br>` for a line break in a cell.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import yaml

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


class _FrontMatterDumper(yaml.SafeDumper):
    """Safe YAML where text with line breaks is one double-quoted line.

    A title holding a line `---` or `...` would otherwise come out as a YAML line of its
    own and could end the front matter early in readers that only look for that line.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(c in value for c in "\n\r\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FrontMatterDumper.add_representer(str, _represent_str)


def front_matter(fields: Mapping[str, Any]) -> list[str]:
    """`---`, the fields as YAML (None values left out), `---`."""
    data = {k: v for k, v in fields.items() if v is not None}
    text = _yaml(data)
    lines = text.rstrip("\n").split("\n")
    # Belt and braces: no line of the YAML can close the block.
    if any(line.rstrip() in ("---", "...") for line in lines):  # pragma: no cover
        raise ValueError("front matter would contain a document marker")
    return ["---", *lines, "---"]


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False,
                     width=1_000_000, default_flow_style=False)


def _yaml(data: dict[str, Any]) -> str:
    """`_dump(data)`, with each list of mappings (a dossier's articles) written entry by entry.

    PyYAML takes a millisecond or so an entry, most of a large dossier's time. An entry of
    short plain scalars is written here as PyYAML would write it (`_plain_entry`), any other
    by PyYAML on its own: in the block style used here an entry of a list that is a value
    of the top mapping comes out as it does in a list of its own. If an object appears
    twice (PyYAML would write an anchor and an alias), all is left to PyYAML.
    """
    lists = [k for k, v in data.items() if isinstance(k, str) and _PLAIN_KEY.fullmatch(k)
             and isinstance(v, list) and v and all(type(e) is dict and e for e in v)]
    if not lists or _has_shared_objects(data):
        return _dump(data)
    parts, rest = [], {}
    for key, value in data.items():
        if key not in lists:
            rest[key] = value
            continue
        if rest:
            parts.append(_dump(rest))
            rest = {}
        parts.append(f"{key}:\n")
        parts.extend(_plain_entry(e) or _dump([e]) for e in value)
    if rest:
        parts.append(_dump(rest))
    return "".join(parts)


# A scalar PyYAML writes plain in block context, as it is, if it also reads back as a string:
# not empty, no indicator or "..." first, no space at either end, no ":" or "#", nothing PyYAML
# escapes or takes for a line break, and short of the line width.
_PLAIN_SCALAR = re.compile("(?!\\.\\.\\.)(?![-#,\\[\\]{}&*!|>'\"%@`?: ])"
                           "[^\x00-\x1f\x7f-\x9f:#\u2028\u2029\ufeff\ud800-\udfff"
                           "\ufffe\uffff\U0010ffff]{1,1000}(?<! )")
_PLAIN_KEY = re.compile("[a-z][a-z_]{0,30}")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _plain_entry(entry: dict[Any, Any]) -> str | None:
    """`_dump([entry])` for an entry of plain text, dates and None; else None."""
    lines: list[str] = []
    for key, value in entry.items():
        if not (isinstance(key, str) and _PLAIN_KEY.fullmatch(key) and _reads_as_str(key)):
            return None
        if value is None:
            shown = "null"
        elif type(value) is str and _PLAIN_SCALAR.fullmatch(value) and _reads_as_str(value):
            shown = value
        elif type(value) is dt.date:
            shown = value.isoformat()
            if _tag_of(shown) != "tag:yaml.org,2002:timestamp":
                return None
        else:
            return None
        lines.append(f"{'  ' if lines else '- '}{key}: {shown}\n")
    return "".join(lines)


def _tag_of(text: str) -> str:
    """The tag YAML would give `text` written as a plain scalar."""
    resolve: Callable[..., str] = _RESOLVER.resolve  # untyped in PyYAML's stubs
    return resolve(yaml.ScalarNode, text, (True, False))


def _reads_as_str(text: str) -> bool:
    return _tag_of(text) == _STR_TAG


def _has_shared_objects(value: Any) -> bool:
    """Whether an object PyYAML would anchor (not None, text or a number) appears twice."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if item is None or isinstance(item, str | bytes | bool | int | float) or item == ():
            continue
        if id(item) in seen:
            return True
        seen.add(id(item))
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return False


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
