"""Stage 5, measures: the trade and policy measures an article reports, sentence by sentence.

`extract_measures(text, sentences, actors, times)` finds tariffs, sanctions, export
controls, probes, deals and the like: for each, its type, action (impose, lift, extend,
threaten...), imposer, targets, magnitude and the times in its sentence. A regex over the
trigger lexicons (lexicon.py, from data/measure_*.json) picks the sentences worth reading;
extractor.py runs the rules over each: triggers.py (does the word name a measure here, of
what type), sentence.py (the word-level view: action, modality, who stands where),
parties.py (imposer and targets), magnitude.py (how big); article.py holds the records
they share and the article's actors by offset.
"""

from .extractor import extract_measures

__all__ = ["extract_measures"]
