"""A regex that matches any of many words or phrases, factored by common prefix.

A tree ("j(?:an(?:uary)?|u(?:ne|ly))") rather than a flat list keeps the regex engine from
trying every word at every position, and still prefers the longest word. The temporal
tagger and the measure triggers build their word regexes this way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any


def prefix_regex(forms: Iterable[Sequence[str]], piece: Callable[[str], str]) -> str:
    """A regex body matching any of `forms`, each a sequence of units (usually characters);
    `piece` turns one unit into its regex ("." -> r"\\.", " " -> r"\\s+")."""
    tree: dict[str, Any] = {}
    for form in forms:
        node = tree
        for unit in form:
            node = node.setdefault(unit, {})
        node[""] = {}  # a form may end here
    return _emit(tree, piece)


def _emit(node: dict[str, Any], piece: Callable[[str], str]) -> str:
    units = sorted(unit for unit in node if unit)
    branches = [piece(unit) + _emit(node[unit], piece) for unit in units]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
