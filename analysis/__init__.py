"""Text -> findings: sentences, actors, times, measures, deadlines. No UI, no storage.

`engine.analyze(text, published)` runs the stages in order, each a module or subpackage:

1. sentences.py   sentence spans that survive abbreviations, initials and headlines
2. timex/         times: "September 14", "next week", "three years", resolved to values
3. entities/      named people, organizations, countries and places (rules + gazetteers)
4. actors/        entity mentions grouped into actors, with roles and affiliations
5. measures/      trade and policy measures: type, action, imposer, targets, magnitude
6. deadlines.py   the times by which something is due, ends or takes effect

model.py holds the records they return (`Findings` and its parts). Beside the engine:
linking.py (one actor across articles), search.py (the fuzzy jump index), gazetteer.py
and datafiles.py (the lexicons in data/, shared by the stages), prefix_regex.py.
"""
