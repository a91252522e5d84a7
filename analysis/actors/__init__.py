"""Stage 4, actors: who acts in an article, each with its mentions, role and affiliation.

`build_actors(text, sentences, entities)` groups the entity spans into actors ("Donald
Trump", "President Trump" and "Trump" are one person), adds the descriptions that point
back to them ("the ministry") and the counted groups that act ("23 Chinese firms"), and
finds each actor's role and affiliation ("Treasury Secretary", "United States").
builder.py runs these steps over the article's tokens (tokens.py): cluster.py groups the
mentions, anaphora.py resolves descriptions, groups.py finds groups, roles.py reads titles
and appositions; lexicon.py holds the word lists.
"""

from .builder import build_actors

__all__ = ["build_actors"]
