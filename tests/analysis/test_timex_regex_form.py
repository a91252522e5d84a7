"""The tagger's regexes compiled with optional groups as alternations match as written."""

from __future__ import annotations

import re

import pytest

from newsdesk.analysis.timex.patterns import RULE_SOURCES, RULES
from newsdesk.analysis.timex.regex_form import optional_as_alternation

SAMPLE = ("Shares rose 5% on Friday, April 25, 1997, three weeks ago; the fiscal 2005 first "
          "quarter, early March, the 1990s, twice a week, at 5 p.m. GMT in the morning, the "
          "last few years, jan. 3rd, the 20th century, FY24, 12/25/98, noon, late last year.")


def test_rewrites_optional_groups_only() -> None:
    assert optional_as_alternation(r"(?:ab)?(c)?d?(?=e)?(f)??(?P<g>h)?[()]?\(x\)?") == \
        r"(?:ab|)(?:(c)|)d?(?=e)?(f)??(?:(?P<g>h)|)[()]?\(x\)?"


def test_rejects_unbalanced_and_commented() -> None:
    with pytest.raises(ValueError):
        optional_as_alternation("(a")
    with pytest.raises(ValueError):
        optional_as_alternation("a)")
    with pytest.raises(ValueError):
        optional_as_alternation("(a) # (b", re.VERBOSE)


@pytest.mark.parametrize(("name", "source"), RULE_SOURCES)
def test_rules_match_as_written(name: str, source: str) -> None:
    written = re.compile(source, re.VERBOSE)
    compiled = RULES[name]
    assert compiled.groupindex == written.groupindex
    text = SAMPLE.lower()
    for start in range(len(text)):
        expected, found = written.match(text, start), compiled.match(text, start)
        assert (found and found.regs) == (expected and expected.regs), (name, start)
