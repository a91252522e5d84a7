"""Stage 5, measures: the trade and policy measures an article reports, one record each.

`extract_measures(text, sentences, actors, times)` finds tariffs, sanctions, export
controls, probes, deals, taxes and the like (GUIDELINES.md section 4): for each, its
type, action (impose, lift, extend, threaten...), imposer, targets, magnitude, the times
of its sentences, and `why` ("measure.<rule>: <words>"). A regex over the trigger
lexicons (lexicon.py, from data/measure_*.json) picks the sentences worth reading;
extractor.py runs the rules over each:

- triggers.py    does the word name a measure here, of what type ("water tariffs" do not)
- sentence.py    the word-level view: which verb or noun gives the action (vocab.py holds
                 the small word classes it reads); subjects.py and objects.py say who the
                 clause's subject is and what its object phrase names
- frames.py      the action read in its frame: negation, opposition, threats, proposals,
                 forecasts, hypotheses, endings and standing measures (framewords.py
                 loads their words)
- parties.py     imposer and targets; standing.py says who may act (states and public
                 bodies, not companies; not a team in a sports report)
- magnitude.py   how big
- records.py     the sentences about one measure joined into one record

article.py holds the records the rules share and the article's actors by offset.
"""

from .extractor import extract_measures

__all__ = ["extract_measures"]
