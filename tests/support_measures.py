"""Shared set-ups for the measure-frame tests: invented actors on invented sentences."""

from __future__ import annotations

import re

from newsdesk.analysis.measures import extract_measures
from newsdesk.analysis.model import Actor, Measure, Mention
from newsdesk.analysis.sentences import split_sentences

RURITANIA = ("Ruritania", "country", "Ruritania", "Strelsau")
FREEDONIA = ("Freedonia", "country")


def actor(text: str, name: str, kind: str, *surfaces: str, affiliation: str | None = None,
          role: str | None = None) -> Actor:
    """An actor with a mention at every whole-word occurrence of its surface forms."""
    mentions = [Mention(m.start(), m.end(), m.group())
                for s in (surfaces or (name,))
                for m in re.finditer(r"(?<![\w-])" + re.escape(s) + r"(?![\w])", text)]
    return Actor(name, kind, role=role, affiliation=affiliation, mentions=mentions)


def measures(text: str, *actors: tuple | Actor) -> list[Measure]:
    built = [actor(text, *a) if isinstance(a, tuple) else a for a in actors]
    return extract_measures(text, split_sentences(text), built, [])


def only(text: str, *actors: tuple | Actor) -> Measure:
    found = measures(text, *actors)
    assert len(found) == 1, [(m.type, m.action, m.why) for m in found]
    return found[0]


def summary(m: Measure) -> tuple[str, str, str | None, list[str]]:
    return m.type, m.action, m.imposer, m.targets
