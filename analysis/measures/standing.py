"""Who may take a measure (GUIDELINES.md 4.1): public authorities, not companies.

A country is a state; an organization is a public body when its name or role says so
("Ministry of Commerce", "Securities Commission", "the country's financial watchdog") or
it is an international body of states; a company's own decisions are business, never a
measure. Political parties may propose. Invented demonyms are read off country names
("Freedonian" -> Freedonia), so an article's own states get their adjectives too.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import gazetteer
from ..actors.affiliation import state_title
from ..model import Actor
from .framewords import FrameWords, frame_words

# Name endings that make an organization a company whatever else its name says.
_COMPANY_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.",
                               "limited", "plc", "llc", "ag", "sa", "s.a.", "nv", "gmbh", "spa",
                               "holdings", "group", "airlines", "airways", "stores", "estates",
                               "wines", "brands", "motors"})
# Words of a body's name that make it public even beside a company-like word
# ("Securities and Exchange Commission").
_STRONG_OFFICIAL = frozenset({"ministry", "commission", "court", "government", "parliament",
                              "agency", "authority", "department", "tribunal", "senate",
                              "congress", "treasury", "customs", "police", "regulator",
                              "prosecutor", "prosecutors",
                              # a state's export credit bank: "Export-Import Bank of Korea"
                              "export-import", "exim"})
_WORD = re.compile(r"[a-z][a-z.&'-]*")
_COUNTRY_NAMES = gazetteer.COUNTRY_NAMES
# Suffixes that turn a country's name into its adjective or people.
_DEMONYM_SUFFIXES = ("an", "ian", "ese", "ish", "i", "ans", "ians")


def _words(name: str) -> list[str]:
    return _WORD.findall(name.lower())


def is_official(actor: Actor, fw: FrameWords) -> bool:
    """Whether the actor is a state or a public body."""
    if actor.kind == "country":
        return True
    if actor.kind == "place":
        return actor.name in gazetteer.SUBNATIONAL  # "Florida barred state agencies"
    if actor.kind not in ("organization", "group"):
        return False
    forms = {actor.name, *actor.aliases, *(mention.text for mention in actor.mentions)}
    if forms & fw.international_bodies or forms & gazetteer.PUBLIC_BODIES:
        return True  # (a listed public body: "Ofgem", "Rospotrebnadzor", "BaFin")
    low = actor.name.lower()
    words = _words(actor.name)
    if any(word in _COMPANY_SUFFIXES for word in words[-2:]):
        return False  # "Federated Department Stores", "Treasury Wine Estates"
    role = (actor.role or "").lower()
    if any(body in role for body in fw.official_role_words):
        return True
    if any(bank in low for bank in fw.central_bank_names[:2]):
        return True
    official = set(words) & fw.official_name_words
    if not official:
        return False
    weak = any(word in fw.not_official_words for word in words) or any(
        " " in phrase and phrase in low for phrase in fw.not_official_words)
    return not weak or bool(official & _STRONG_OFFICIAL)


def acts_officially(actor: Actor, fw: FrameWords, sport: bool) -> bool:
    """Whether the actor is a state or a public body that may act in this article: in a
    sports report (`is_sport`) a country is a team."""
    return is_official(actor, fw) and not (sport and actor.kind == "country")


def official_spans(text: str, actors: list[Actor]) -> list[tuple[int, int]]:
    """The mentions of states, public bodies and people in a state's post, in text order:
    who may take a step the deadline stage dates."""
    fw = frame_words()
    sport = is_sport(text, fw)
    return sorted(mention.span for actor in actors
                  if acts_officially(actor, fw, sport)
                  or actor.kind == "person" and state_title(actor.role)
                  for mention in actor.mentions)


def is_party(actor: Actor, fw: FrameWords) -> bool:
    """A political party (or its members as a group): it may propose, not impose."""
    return actor.kind in ("organization", "group") and any(
        word in fw.party_words for word in _words(actor.name))


def derived_demonyms(actors: list[Actor]) -> dict[str, str]:
    """Adjectives and peoples read off the article's country names ("Ruritanian")."""
    forms: dict[str, str] = {}
    for actor in actors:
        if actor.name == "European Union":
            forms.setdefault("European", actor.name)  # "a 15% tariff on European goods"
        if actor.kind != "country":
            continue
        for name in {actor.name, *(mention.text for mention in actor.mentions)}:
            if not name.isalpha() or len(name) < 4 or name.isupper():
                continue
            stem = name[:-1] if name[-1] in "aeiouy" else name
            for suffix in _DEMONYM_SUFFIXES:
                forms.setdefault(stem + suffix, actor.name)
    return forms


def home_country(actors: list[Actor]) -> str | None:
    """The country an article is mostly about: named most often, and at least twice."""
    countries = sorted((actor for actor in actors if actor.kind == "country"),
                       key=lambda actor: -len(actor.mentions))
    if not countries or len(countries[0].mentions) < 2:
        return None
    if len(countries) == 1 or len(countries[0].mentions) > len(countries[1].mentions):
        return countries[0].name
    return None


def served_country(actors: list[Actor]) -> str | None:
    """The country an article's people serve, when one leads clearly ("Gordon Brown" and
    "the chancellor" in a British Budget story that never names Britain twice): what an
    unnamed authority stands for where no country is the article's."""
    served: Counter[str] = Counter()
    for actor in actors:
        if actor.kind == "person" and actor.affiliation in _COUNTRY_NAMES:
            served[actor.affiliation] += len(actor.mentions)
    ranked = served.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def is_sport(text: str, fw: FrameWords) -> bool:
    """Whether the article reports sport: its countries are teams, its deals contracts."""
    hits = len(fw.sport_re.findall(text.lower()))
    if not hits and fw.sport_density > 0:
        return False  # no sport word at all: the words need no counting
    words = len(text.split())
    # (one word is never enough: "agreed to suspend the penalties" in a short item is no
    # sports report, however few its words)
    return words > 0 and hits >= max(_SPORT_HITS, fw.sport_density * words)


_SPORT_HITS = 2
