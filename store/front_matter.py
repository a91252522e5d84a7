"""Front matter as YAML: PyYAML's safe dumper, and a fast path for a dossier's long lists.

Apart from export_markdown so that PyYAML loads only when a note is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import yaml


class _FrontMatterDumper(yaml.SafeDumper):
    """Safe YAML where text with line breaks is one double-quoted line.

    A title holding a line `---` or `...` would otherwise come out as a YAML line of its
    own and could end the front matter early in readers that only look for that line.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(c in value for c in "\n\r\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FrontMatterDumper.add_representer(str, _represent_str)


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False,
                     width=1_000_000, default_flow_style=False)


def yaml_text(data: dict[str, Any]) -> str:
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
