"""Stage 3, entities: the named people, organizations, countries and places in the text.

`find_entities(text, sentences)` returns entity spans, sorted and non-overlapping, each
with its kind and, when a gazetteer knows it, its canonical name ("U.S." -> "United
States"). Runs that name no actor (reports, products, laws, projects, regional
adjectives: not_names.py) are dropped whole; the others are cut into names (cutting.py),
classified by
gazetteer, their own words and their context (classify.py), and settled by what the
article says clearly elsewhere (finder.py); upper-case headlines are matched separately
(caps.py). The actors stage groups these spans into actors.
"""

from .finder import find_entities

__all__ = ["find_entities"]
