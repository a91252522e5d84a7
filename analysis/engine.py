"""The engine's one entry point: text (and its published date) -> Findings."""

from __future__ import annotations

import datetime as dt

from .actors import build_actors
from .deadlines import extract_deadlines
from .entities import find_entities
from .measures import extract_measures
from .model import Findings, Measure
from .sentences import split_sentences
from .timex import tag_times

# Bump when the findings for the same text could change; stores re-analyse older ones.
ENGINE_VERSION = "30"


def analyze(text: str, published: dt.date | None = None) -> Findings:
    """Find sentences, actors, times, measures and deadlines in one article's text.

    Each stage reads what the earlier ones found: measures need the actors (who imposes)
    and the times (when), deadlines the measures (what is due).
    """
    sentences = split_sentences(text)
    times = tag_times(text, sentences, published)
    actors = build_actors(text, sentences, find_entities(text, sentences), published)
    hoped: list[Measure] = []  # deals only hoped for: no measures, but they may be due
    measures = extract_measures(text, sentences, actors, times, hoped)
    deadlines = extract_deadlines(text, sentences, times, measures + hoped, published,
                                  actors)
    for deadline in deadlines:
        if deadline.measure is not None and deadline.measure >= len(measures):
            deadline.measure = None  # dated a deal hoped for, which is no record
    return Findings(sentences=sentences, actors=actors, times=times, measures=measures,
                    deadlines=deadlines)
