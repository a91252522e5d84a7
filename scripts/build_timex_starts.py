"""Build analysis/data/timex_starts.json: which of the temporal tagger's rules can begin at
each starter word.

The tagger tries its rules, in order, wherever a starter word, a digit or a quote before a
digit begins. Most starters can begin only one rule or two of the 25, and "the", a third of
all starts, can begin none when the next word begins with "g". Finding that out needs the
regexes taken apart (Python's private `re._parser`), which costs most of a second and is
why it is done here, once, rather than each time the tagger is imported.

Each rule is read as a regex with its look-arounds and anchors ignored, which can only let
more rules through: a rule leaves a start's list only if no text beginning there could match
it. A key is a starter word, then followed by a character that is not a letter a-z (as the
tagger's START requires), or a longer key that leaves fewer rules: the word, one space and
the next word's first one or two characters ("the c", "the co"), or a digit or quote and the
one or two characters after it ("2 ", "20"). Going two characters on (where a key still
leaves DEEPER_FROM rules or more) spares about a third of the rule calls of a news article.
tests/analysis/test_timex_starts.py rebuilds the table and compares it with the file, so a
rule or lexicon change that forgets `python scripts/build_timex_starts.py` fails there (and
until then the tagger, seeing another fingerprint, tries every rule everywhere).
"""

from __future__ import annotations

import json
import re
import string
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as parser
from typing import Any

from newsdesk.analysis.timex.patterns import RULE_SOURCES, STARTERS, fingerprint

DATA = Path(__file__).resolve().parent.parent / "analysis" / "data" / "timex_starts.json"
NOT_A_TO_Z = "not a-z"  # stands for any one character but a lower-case letter a-z
NEXT_CHARACTERS = string.ascii_lowercase + string.digits  # what follows a key's prefix
AFTER_DIGIT = " .,:/-'’"  # and, after a digit, these too ("5 p", "10:", "2.5")
REFINE_DEPTH = 2  # characters after a word's space, or after a digit, that keys go to
DEEPER_FROM = 4  # a key with fewer rules than this gets no keys a character longer
ABOUT = ("The temporal tagger's rules that can begin at a start, by starter word (followed "
         "by anything but a letter a-z), '<word> <c>' or '<word> <cd>' (the word, one space, "
         "the next characters), or a digit or quote and the one or two characters after it; "
         "a key not listed leaves the rules of the one a character shorter, a start not "
         "listed tries every rule. Built by scripts/build_timex_starts.py from the rules "
         "whose fingerprint this is; do not edit.")


def _in_set(items: Sequence[tuple[Any, Any]], char: str) -> bool:
    """Whether a character class ([...]) can match `char`; unsure means yes."""
    if char == NOT_A_TO_Z:
        return not all((op is C.LITERAL and 97 <= arg <= 122)
                       or (op is C.RANGE and arg[0] >= 97 and arg[1] <= 122)
                       for op, arg in items)
    negated = hit = False
    for op, arg in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            hit |= char == chr(arg)
        elif op is C.RANGE:
            hit |= arg[0] <= ord(char) <= arg[1]
        elif op is C.CATEGORY and arg is C.CATEGORY_DIGIT:
            hit |= char.isdecimal()
        elif op is C.CATEGORY and arg is C.CATEGORY_WORD:
            hit |= char.isalnum() or char == "_"
        elif op is C.CATEGORY and arg is C.CATEGORY_SPACE:
            hit |= char.isspace()
        else:
            return True
    return hit != negated


def can_begin(parsed: Sequence[tuple[Any, Any]], start: Sequence[str]) -> bool:
    """Whether the parsed regex can match some text that begins with the characters `start`
    (or match less than all of them). Look-arounds and anchors count as always true."""
    def walk(items: Sequence[tuple[Any, Any]], index: int, pos: int,
             then: Callable[[int], bool]) -> bool:
        if pos == len(start):
            return True
        if index == len(items):
            return then(pos)
        op, arg = items[index]
        char = start[pos]

        def rest(at: int) -> bool:
            return walk(items, index + 1, at, then)

        if op is C.LITERAL:
            fits = char == chr(arg) or (char == NOT_A_TO_Z and not 97 <= arg <= 122)
            return fits and rest(pos + 1)
        if op is C.NOT_LITERAL:
            return (char != chr(arg) or char == NOT_A_TO_Z) and rest(pos + 1)
        if op is C.ANY:
            return char != "\n" and rest(pos + 1)
        if op is C.IN:
            return _in_set(arg, char) and rest(pos + 1)
        if op is C.BRANCH:
            return any(walk(list(branch), 0, pos, rest) for branch in arg[1])
        if op is C.SUBPATTERN:
            return bool(arg[1]) or walk(list(arg[3]), 0, pos, rest)  # flags: unsure
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            least, most, body = arg[0], arg[1], list(arg[2])

            def repeat(count: int, at: int) -> bool:
                if count >= least and rest(at):
                    return True
                # an empty turn only counts towards the least number of turns
                return count < most and walk(
                    body, 0, at, lambda after: (after > at or count < least)
                    and repeat(count + 1, after))
            return repeat(0, pos)
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return rest(pos)
        if op is C.ATOMIC_GROUP:
            return walk(list(arg), 0, pos, rest)
        return True  # anything else: unsure, so yes
    return walk(list(parsed), 0, 0, lambda _: True)


def build_table() -> dict[str, list[str]]:
    """{start: the rules, in order, that can begin there} for every starter word, digit and
    quote, and the longer keys (see `_refine`) that leave fewer rules than their parent."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))
    parsed = {name: parser.parse(source, re.VERBOSE) for name, source in RULE_SOURCES}
    for name, pattern in parsed.items():
        if pattern.getwidth()[0] == 0:
            raise ValueError(f"rule {name} can match nothing at all; the tagger's scan "
                             "would not move on")
    table: dict[str, list[str]] = {}
    # A starter beginning with a digit ("1st") never is one: the scan takes the digit first.
    words = [word for word in STARTERS if word[0].isalpha()]
    for word in [*words, *string.digits, "'", "’"]:
        start = [*word, NOT_A_TO_Z] if word[0].isalpha() else [*word]
        rules = [name for name, _ in RULE_SOURCES if can_begin(parsed[name], start)]
        table[word] = rules
        if word[-1].isalpha():  # as the tagger does: the keys go on after a space
            _refine(table, parsed, f"{word} ", rules, NEXT_CHARACTERS)
        else:
            _refine(table, parsed, word, rules, NEXT_CHARACTERS + AFTER_DIGIT)
    return table


def _refine(table: dict[str, list[str]], parsed: dict[str, Any], prefix: str,
            rules: list[str], characters: str, depth: int = REFINE_DEPTH) -> None:
    """Add the keys `prefix` + one character, then + two, that leave fewer rules than the
    key before them: a word's keys are the word, a space and the next word's first letters
    ("the co"), a digit's the characters after it ("20"). The tagger looks a start's keys up
    shortest first, and a key not listed leaves the rules of the one before it."""
    if depth == 0 or len(rules) < (2 if depth == REFINE_DEPTH else DEEPER_FROM):
        return
    for char in characters:
        key = prefix + char
        fewer = [name for name in rules if can_begin(parsed[name], [*key])]
        if fewer != rules:
            table[key] = fewer
        _refine(table, parsed, key, fewer, characters, depth - 1)


def render(table: dict[str, list[str]]) -> str:
    """The file's text: one start a line, sorted, so a rule change shows as a readable diff."""
    lines = [f"    {json.dumps(key, ensure_ascii=False)}: {json.dumps(rules)}"
             for key, rules in sorted(table.items())]
    return ("{\n"
            f'  "about": {json.dumps(ABOUT)},\n'
            f'  "fingerprint": "{fingerprint()}",\n'
            '  "rules": {\n' + ",\n".join(lines) + "\n  }\n}\n")


def main() -> int:
    DATA.write_text(render(build_table()), encoding="utf-8")
    print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
