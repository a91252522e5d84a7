"""Stage 4, actors: who acts in an article, each with its mentions, role and affiliation.

`build_actors(text, sentences, entities)` groups the entity spans into actors ("Donald
Trump", "President Trump" and "Trump" are one person), adds the descriptions that point
back to them ("the ministry") and the counted groups that act ("23 Chinese firms"), and
finds each actor's role and affiliation ("Treasury Secretary", "United States").
builder.py runs these steps over the article's tokens (tokens.py): cluster.py groups the
mentions, anaphora.py resolves descriptions, groups.py finds groups, roles.py reads a
person's titles and appositions and org_roles.py an organization's descriptions (both on
prefixes.py), affiliation.py fills in what the context leaves out (a place's country, an
organization's home country, a state official's country); lexicon.py holds the word
lists. Every actor says why: "actor.<rule>: <words>" for the rule that kept it, then
those that gave its role and affiliation, joined by "; ".
"""

from .builder import build_actors

__all__ = ["build_actors"]
