"""Stage 2, times: the temporal expressions of an article (TimeML TIMEX3), with values.

`tag_times(text, sentences, published)` finds dates, clock times, durations and
frequencies ("September 14", "next week", "three years", "every Monday") and resolves
each against the published date, reading the tense of its clause to tell which way an
underspecified one points.

How it is built: patterns.py is the grammar, one regex per kind of expression joined into
one scanner; tagger.py runs the scanner and hands each match to its rule's handler
(handlers.py: dates a calendar names; year_parts.py: quarters, halves, seasons;
relative.py: "ago", "next", "that day"; spans.py: durations and frequencies). The
handlers share context.py (what the tagger knows about the article while it reads, with
the last day and month named, which "that day" and "the following month" point back to),
tense.py (which way the clause around an expression points) and resolve.py (calendar
arithmetic); lexicon.py holds the words, from data/timex_lexicon.json.
"""

from .tagger import tag_times

__all__ = ["tag_times"]
