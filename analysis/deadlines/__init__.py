"""Stage 6, deadlines: the dates by which something is due, ends or takes effect.

`extract_deadlines(text, sentences, times, measures, published)` reads each time the
tagger found in its clause (clause.py) and asks the rules (rules.py) whether the words
say something is due then: a deadline, an obligation, an end, a start, an expected or
targeted outcome (GUIDELINES.md 5.1). A time that passes gets its due date at the
precision its words support (dates.py, 5.3), the measure it dates (link.py, 4.8) and a
short clause saying who must do what (what.py, 5.4). Every deadline says why:
"deadline.<rule>: <words>". The lists of words the rules read are data
(data/deadline_words.json, through words.py).
"""

from .extract import extract_deadlines

__all__ = ["extract_deadlines"]
