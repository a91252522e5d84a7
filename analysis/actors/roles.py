"""A person's role and affiliation from the words around the name (GUIDELINES 2.6, 2.7).

- title before the name: "US Treasury Secretary Scott Bessent", "Health and Human
  Services Secretary X", "Tory leader X" (a party adjective is the party, not the role);
- apposition before: "China's top trade negotiator, Li Chenggang," / "The Acme
  correspondent in Strelsau, Jo Park,";
- apposition after: "X, the chief executive of Y," / "X, director of policy at Acme," /
  "X, a spokesman for Acme's lawyers," / "X, of the Harbour League,";
- what follows the name: "President X of Freedonia", "analyst X at Acme".
A country in front goes to the affiliation, never into the role; an organization's
possessive is a person's affiliation ("Apple's chief executive").
"""

from __future__ import annotations

import re

from .. import gazetteer
from .lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    MEMBER_TITLES,
    NOT_NAMES,
    PARTY_ADJECTIVES,
    PARTY_TITLES,
    STATE_TITLES,
    demonym_country,
    is_title,
    is_title_modifier,
    plural_title,
)
from .prefixes import (
    APPOSITION_END,
    BOUNDARY_WORDS,
    COMMISSIONER_WORDS,
    DETERMINERS,
    LINK_WORDS,
    NO_ROLE,
    Prefix,
    PrefixFinder,
    Role,
    why,
)

# How many tokens a title's complement ("of the Harbour Board at Strelsau") may run.
_COMPLEMENT_REACH = 14
# Words of a clause, never of a title's complement: where one starts, the complement ends.
_CLAUSE_WORDS = frozenset({"said", "says", "told", "tells", "believes", "believed", "thinks",
                           "will", "would", "which", "who", "whose", "that", "had", "has",
                           "have", "is", "was", "are", "were", "could", "can", "should",
                           "added", "adds", "warned", "insisted", "argued", "explained"})
# A body described by lower-case words after "of": "state oil company", "state-owned bank".
_DESCRIBED_BODY = re.compile(r"state(?:-owned|-run)?\s+(?:[a-z-]+\s+)?(?:company|firm|group"
                             r"|bank|broadcaster|agency|carrier|utility|producer|giant|monopoly"
                             r"|conglomerate|operator|corporation)")
# How far back from an apposition's comma its title may start.
_TITLE_REACH = 8
# What ends an apposition's role without being part of it: an abbreviation in brackets
# ("director of the Institute for Fiscal Studies (IFS)"), the employer's town after the
# employer ("economist at Orchard Bay Research in Hong Kong"; not "correspondent in Lyon").
_BRACKETED_END = re.compile(r"\s*\([^)]*\)?$")
_TOWN_END = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$")
_EMPLOYER_LINK = re.compile(r"\s(?:at|of|for)\s")
# How many words into the sentence before a subject may stand ("The ... Agency").
_SUBJECT_REACH = 3
# Words that open a sentence before a title without being its portfolio.
_NO_PORTFOLIO = frozenset({"yesterday", "today", "tomorrow", "now", "earlier", "later",
                           "then", "meanwhile", "also", "but", "and", "so", "former", "the"})
# The last words of a place's name, never a portfolio: "Downing [Street] media chief".
_PLACE_HEADS = frozenset({"street", "road", "square", "avenue", "lane", "hall", "palace"})
# The most tokens a portfolio after "Minister for" holds.
_PORTFOLIO_REACH = 4
# A dash between two tokens (the tokens leave out a hyphen standing alone).
_DASH = re.compile(r"[-–—]")
# Links after which a named body is the person's employer ("director at Acme").
_EMPLOYER_LINKS = frozenset({"of", "at", "for", "with"})
# A state's bodies, named in lower case after the country ("China's commerce ministry").
_STATE_BODY_HEADS = frozenset({"ministry", "government", "embassy", "cabinet", "administration",
                               "department", "treasury", "mission", "customs", "regulator",
                               "parliament", "presidency", "office", "agency", "bureau"})
# Titles only a public office has, which a place before them makes the state's.
_PLACE_OFFICES = frozenset({"premier", "governor", "mayor", "minister", "senator",
                            "lawmaker", "legislator", "congressman", "congresswoman", "mp"})
# Words making a title definite inside a clause: "ordered [her] economy minister, X,".
_DEFINITE = frozenset(("the", "her", "his", "its", "their"))
# Posts that speak for a body, which a bare mention leaves to the sentence before.
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "a spokesman",
                     "a spokeswoman", "a spokesperson"})
# Bodies' words that, in lower case before a title, are part of the post: "parliament speaker".
_BODY_WORDS_IN_POSTS = frozenset({"parliament", "senate", "assembly", "congress", "council",
                                  "cabinet", "party", "union", "court"})
# Posts "under" opens as a title word: "Under Secretary", "the under secretary of commerce".
_UNDER_POSTS = frozenset({"secretary", "secretary-general", "secretaries"})
# Words of standing a post's holder has, before the state or body that owns the post ("the
# acting US Trade Representative"; not "former": a post held before has no employer now).
_STANDING_WORDS = frozenset({"acting", "interim", "outgoing", "incoming", "deputy"})
# Lower-case words that never join a title's words to its head ("chief and deputy", "its
# former", "the new").
_NOT_TITLE_BRIDGES = frozenset({"and", "or", "of", "for", "at", "in", "on", "to", "with", "the",
                                "a", "an", "its", "their", "his", "her", "who", "which",
                                "that", "new", "said", "says", "told"})
# Words that tell how or when someone came to a post, not the post: "elected president in
# January", "now chairman of Mersey TV", "made Commander of the Order of the Bath".
_NOT_POST_OPENERS = frozenset({"now", "then", "also", "still", "once", "later", "currently",
                               "newly", "recently", "previously", "formerly", "made", "named",
                               "elected", "appointed", "re-elected", "become", "became"})


def _opens_a_post(word: str) -> bool:
    """Whether a plain word may open an apposition's post before its head ("an automotive
    analyst", "semiconductor analyst"): no adverb, no participle of coming to it."""
    return word not in _NOT_POST_OPENERS and not word.endswith(("ly", "ed"))


# Nouns for the state an article is about, as a title's possessor: "the country's".
_STATE_NOUNS = frozenset({"country", "nation", "government", "state", "kingdom", "republic"})
# Verbs of saying after which a quote's speaker is named with his post: '..., said the
# Swedish trade minister, Thomas Ostros.'
_SAID = frozenset(("said", "says", "added", "insisted", "warned", "explained", "argued",
                   "wrote", "declared"))
# Lower-case words describing the body before its name: "of trade body UK Steel".
_DESCRIPTION_REACH = 3
_AFTER_NAME_LINKS = frozenset({"of", "at", "from"})


# Titles of a state's envoys: at an international body they keep their country.
_DIPLOMATS = gazetteer.ENVOY_TITLES
# Titles of a post held at a body named after "to": "Chief Secretary to the Treasury".
_POST_HEADS = _DIPLOMATS | {"secretary", "minister", "commissioner", "adviser", "advisor"}


def _trimmed(role: str) -> str:
    """An apposition's role without a bracketed abbreviation or the employer's city at its
    end (`_BRACKETED_END`, `_TOWN_END`)."""
    role = _BRACKETED_END.sub("", role)
    town = _TOWN_END.search(role)
    if town is None or not _EMPLOYER_LINK.search(role, 0, town.start()):
        return role
    name = town.group().split(None, 1)[1]  # a city, not a region the post covers ("in Europe")
    return role[:town.start()] if name in gazetteer.PLACE_COUNTRIES \
        or name in gazetteer.CAPITALS else role


# A member of Congress's party and state after the name: "R-Ariz.", "D-N.Y.".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")
_PARTY_TAG_TOKENS = 4
# Posts a member may hold in a legislature's body: "chairman of the Senate Commerce
# Committee" (not "a member of the committee", no more than the title).
_CHAIRS = frozenset({"chairman", "chairwoman", "chair", "head", "leader", "speaker", "whip",
                     "president", "vice-chairman", "co-chairman", "ranking"})
# Honorifics and peers' ranks that may stand between a post and the name it is held by.
_BETWEEN_TITLE_AND_NAME = HONORIFICS | frozenset({"lord", "lady", "baroness", "baron"})
_HONORIFICS_IN_A_ROW = 3


def _state_post(role: str) -> bool:
    """Whether a role names a post in a state's service ("foreign minister", "Trade
    Representative"): one of its words is a state's title."""
    return any(word in STATE_TITLES for word in role.lower().split())


class RoleFinder:
    """Finds the role and affiliation of one person mention; built once per article."""

    def __init__(self, prefixes: PrefixFinder) -> None:
        self.prefixes = prefixes
        self.tokens = prefixes.tokens
        self.entities = prefixes.entities

    def person_role(self, first: int, last: int) -> Role:
        """The role and affiliation of a person mention over tokens first..last."""
        tokens = self.tokens
        floor, ceiling = tokens.sentence_bounds(first)
        found = NO_ROLE
        before = first - 1
        while before > floor and first - before <= _HONORIFICS_IN_A_ROW \
                and tokens.low[before] in _BETWEEN_TITLE_AND_NAME:
            before -= 1  # "Foreign Secretary Sir Jack Straw", "Home Office minister Baroness
            # Scotland", "Commodities Minister Datuk Seri Lim": the honorifics stand between
            # the post and the name
        title = self._title_tokens_before(before, floor) or self._portfolio_title(
            before, floor)
        if title and plural_title(tokens.low[title[-1]]) and not (
                last + 2 < ceiling and tokens.low[last + 1] in ("and", ",")
                and tokens.entity[last + 2] >= 0):
            title = []  # "analysts Gartner": a plural title names several people
        title = title or self._shared_plural_title(first - 1, floor)
        post = None if title else self._post_at_before(first - 1, floor)
        if post is not None:
            found = post
        elif title:
            found = self._title_before_name(title, floor)
            if found.affiliation is None and found.role and _state_post(found.role):
                seat = self._opening_seat(floor, title[0])
                if seat is not None:
                    # "In Ottawa, Agriculture Minister Lyle Vanclief called ...": the post of
                    # the state whose capital the sentence opens with
                    found = found._replace(affiliation=seat,
                                           why_affiliation=why("capital-opening", seat))
        elif before >= floor and tokens.words[before] == ",":
            # ("Its director-general, Sir Digby Jones,": past the honorific, as above)
            closed = last + 1 < ceiling and tokens.words[last + 1] in APPOSITION_END
            ended = closed or last + 1 >= ceiling or tokens.words[last + 1] == "."
            found = self._apposition_before(before - 1, floor, closed, ended)
        elif first - 1 >= floor and (party := self._party_before(first - 1, floor)):
            # "Republican [John McCain]": a party given by its adjective (2.7)
            found = found._replace(affiliation=party, why_affiliation=why("party-adjective", party))
        if (found.role is None or found.role.rstrip(".") in MEMBER_TITLES) \
                and last + 1 < ceiling and tokens.words[last + 1] == ",":
            after = self._apposition_after(self._past_party_tag(last + 2, ceiling), ceiling)
            if found.role is None:
                found = found._replace(role=after.role, why_role=after.why_role)
                if found.affiliation is None:
                    found = found._replace(affiliation=after.affiliation,
                                           why_affiliation=after.why_affiliation)
            elif after.role is not None and " of " in after.role \
                    and after.role.split()[0].lower() in _CHAIRS:
                # "Sen. John McCain, R-Ariz., chairman of the Senate Commerce Committee":
                # the post that explains his part joins the member's title (2.6), which
                # still tells whose member he is
                member = found.role + ("." if found.role in ("Sen", "Rep") else "")
                found = found._replace(role=f"{member}, {after.role}", why_role=after.why_role)
        if found.affiliation is None:
            employer = self._employer_after_name(last + 1, ceiling)
            if employer is not None:
                found = found._replace(affiliation=employer.name,
                                       why_affiliation=why("body-after-name", employer.name))
        if found.affiliation is None and found.role is not None and floor > 0 \
                and found.role.lower() in _VOICES:
            # "The Kremlin dismissed the package. ... spokesman Dmitry Peskov said": a voice
            # with no body told speaks for the one the sentence before opens with
            body = self._subject_before(floor, found.role, either=True)
            if body is not None:
                found = found._replace(affiliation=body,
                                       why_affiliation=why("voice-of-the-subject-before", body))
        if found.affiliation is None and found.role is None and not title:
            owner = self.prefixes.prefix_ending_at(first - 1, floor)
            if owner is not None and owner.kind == "country" and owner.possessive \
                    and owner.last == first - 1:
                # "signed by Paraguay's Santiago Pena": a person named as a state's, with
                # no post or employer told, serves it (2.7)
                found = found._replace(affiliation=owner.name,
                                       why_affiliation=why("state-possessive", owner.name))
        return found

    def _past_party_tag(self, at: int, ceiling: int) -> int:
        """Where an apposition starts past a member's party and state ("R-Ariz., chairman
        of ..."): the token after the tag's comma, else `at`."""
        tokens = self.tokens
        end = at
        while end < ceiling and end - at < _PARTY_TAG_TOKENS and tokens.words[end] != ",":
            end += 1
        if end >= ceiling or end == at:
            return at
        tag = tokens.text[tokens.starts[at]:tokens.ends[end - 1]]
        return end + 1 if _PARTY_TAG.fullmatch(tag) else at

    # -- title before the name ----------------------------------------------------------

    def _title_before_name(self, title: list[int], floor: int) -> Role:
        """ "Spanish Prime Minister [Pedro Sanchez]": the title and what stands before it."""
        party = self._party_adjective(title)
        before = self._past_short_form(title[0] - 1, floor)
        if party is not None:
            title = title[1:]
        elif self.tokens.low[title[-1]] in PARTY_TITLES or self._shadow_post(title):
            party = self._party_before(before, floor)
        if party is not None:
            role = self.prefixes.role_text(title[0], title[-1])
            return Role(role, party, why("title-before-name", role),
                        why("party-adjective", party))
        role = self.prefixes.role_text(title[0], title[-1])
        if plural_title(self.tokens.low[title[-1]]):
            role = role[:-1]  # "Senators Charles Schumer and ...": each a senator
        prefix = self.prefixes.prefix_ending_at(before, floor)
        if prefix is not None and prefix.kind == "organization" \
                and self.tokens.low[title[-1]] in PARTY_TITLES:
            # "Liberal Democrat [Treasury] spokesman": a shadow portfolio, the party's post
            party = self._party_before(prefix.first - 1, floor)
            if party is not None:
                if not self.tokens.is_possessive(prefix.last):  # not "Plaid Cymru's"
                    role = self.prefixes.role_text(prefix.first, title[-1])
                return Role(role, party, why("title-before-name", role),
                            why("party-adjective", party))
        if prefix is not None and prefix.kind == "organization" \
                and self.tokens.low[title[-1]] in _DIPLOMATS \
                and not gazetteer.organization_country(prefix.name):
            # "Iraq's U.N. Ambassador Nizar Hamdoon": a diplomat at an international body
            # keeps his country (GUIDELINES 2.7)
            home = self.prefixes.prefix_ending_at(prefix.first - 1, floor)
            if home is not None and home.kind == "country":
                role = self.prefixes.role_text(prefix.first, title[-1])
                return Role(role, home.name, why("title-before-name", role),
                            why("diplomat-country", home.name))
        if prefix is not None:
            return Role(role, prefix.name, why("title-before-name", role),
                        why("prefix-before-title", prefix.name))
        country = self._state_place_before(title, floor)
        if country is not None:
            return Role(role, country, why("title-before-name", role),
                        why("place-before-state-title", country))
        shared = self._shared_prefix(title[0] - 1, floor)
        return Role(role, shared, why("title-before-name", role),
                    why("shared-prefix", shared) if shared else None)

    def _past_short_form(self, at: int, floor: int) -> int:
        """The token before a body's short form in brackets that ends at `at` ("Democratic
        Action Party [(DAP)] MP Teresa Goh"), else `at`."""
        tokens = self.tokens
        if at - 2 > floor and tokens.words[at] == ")" and tokens.words[at - 2] == "(" \
                and tokens.words[at - 1].isupper() and tokens.words[at - 1].isalpha():
            return at - 3
        return at

    def _post_at_before(self, at: int, floor: int) -> Role | None:
        """ "U.S. Ambassador to the U.N. [Bill Richardson]": a post at the state or body
        named right before the name; the envoy keeps the country before the title."""
        tokens = self.tokens
        body = tokens.entity[at] if at >= floor else -1
        if body < 0:
            return None
        start = at
        while start - 1 >= floor and tokens.entity[start - 1] == body:
            start -= 1
        back = start - 1
        if back >= floor and tokens.low[back] == "the":
            back -= 1
        if back < floor or tokens.low[back] not in ("to", "for", "at"):
            return None
        title = self._title_tokens_before(back - 1, floor)
        if not title or tokens.low[title[-1]] not in _POST_HEADS:
            return None
        role = self.prefixes.role_text(title[0], at)
        home = self._title_before_name(title, floor)
        if home.affiliation is None and tokens.low[title[-1]] not in _DIPLOMATS:
            # "Chief Secretary to the Treasury Paul Boateng": the body's post
            named = self.prefixes.prefix_ending_at(at, floor)
            if named is not None:
                return Role(role, named.name, why("title-before-name", role),
                            why("post-at-body", named.name))
        return Role(role, home.affiliation, why("title-before-name", role), home.why_affiliation)

    def _state_place_before(self, title: list[int], floor: int) -> str | None:
        """ "Ontario Premier [Doug Ford]", "Lyon mayor [X]": a province's or a town's
        officer serves the state the place lies in (GUIDELINES 2.7); a place says nothing
        of other titles ("London analyst X"), nor of those that firms and clubs have too
        ("Madrid president X")."""
        tokens = self.tokens
        at = title[0] - 1
        if at < floor or tokens.entity[at] < 0 or not any(
                tokens.low[word] in _PLACE_OFFICES for word in title):
            return None
        kind, name = self.prefixes.name_of(tokens.entity[at])
        if kind != "place":
            return None
        entity = self.entities[tokens.entity[at]]
        if tokens.covering(entity.start) < floor:
            return None
        return gazetteer.place_country(name) or gazetteer.place_country(entity.text)

    def _party_adjective(self, title: list[int]) -> str | None:
        """ "[Tory] leader", "[Liberal Democrat] health spokesman", "[Conservative] shadow
        foreign secretary": the party a party title's first word (with the word before it)
        names, else None (a shadow front bench's post is its party's, 2.7)."""
        if len(title) < 2 or (self.tokens.low[title[-1]] not in PARTY_TITLES
                              and not self._shadow_post(title)):
            return None
        return self._party_named_at(title[0])

    def _shadow_post(self, title: list[int]) -> bool:
        """Whether the title is a post of a shadow front bench ("shadow home secretary")."""
        return any(self.tokens.low[at] == "shadow" for at in title)

    def _party_before(self, at: int, floor: int) -> str | None:
        """ "Tory [leader]" opening a sentence, where the title walk stops."""
        tokens = self.tokens
        if at < floor or tokens.entity[at] >= 0:
            return None
        return self._party_named_at(at)

    def _party_named_at(self, at: int) -> str | None:
        """The party the adjective ending at token `at` names: two words before one ("Lib
        Dem", "Liberal Democrat": not the Democrats')."""
        words = self.tokens.words
        if at >= 1 and self.tokens.caps[at - 1]:
            two = PARTY_ADJECTIVES.get(f"{words[at - 1]} {words[at]}")
            if two is not None:
                return two
        return PARTY_ADJECTIVES.get(words[at])

    def _portfolio_title(self, at: int, floor: int) -> list[int]:
        """ "[Minister for Trade] Simon Birmingham", "[Minister for the Environment] Jo
        Park": a title head, "for", and a portfolio of capitalized words up to the name."""
        tokens = self.tokens
        back = at
        while back >= floor and at - back < _PORTFOLIO_REACH and tokens.entity[back] < 0 \
                and (tokens.caps[back] or tokens.low[back] == "the"):
            back -= 1
        if back == at or back - 1 < floor or tokens.low[back] != "for" \
                or not is_title(tokens.low[back - 1]) or tokens.entity[back - 1] >= 0:
            return []
        head = self._title_tokens_before(back - 1, floor)
        return [*head, *range(back, at + 1)] if head else []

    def _title_tokens_before(self, at: int, floor: int) -> list[int]:
        """Title words ending at token `at`, walking back: "US [Treasury Secretary]"."""
        tokens = self.tokens
        title: list[int] = []
        back = at
        while back >= floor and tokens.entity[back] < 0:
            word = tokens.low[back]
            of_title = word == "of" and title and back - 1 >= floor \
                and is_title(tokens.low[back - 1])
            if word == "european" and any(tokens.low[index] in COMMISSIONER_WORDS
                                          for index in title):
                break  # "European [Trade Commissioner]": the Union's post (prefixes.py)
            if is_title(word) or is_title_modifier(word) or of_title \
                    or (back == at and plural_title(word)):  # "Senators [Charles Schumer]"
                title.append(back)
            elif title and word in _BODY_WORDS_IN_POSTS and tokens.words[back].islower():
                title.append(back)  # "Cuba's [parliament] speaker": a body's word in lower
                # case is the post's (capitalized, "Senate Majority Leader", it is a name)
            elif word == "under" and title and tokens.low[back + 1] in _UNDER_POSTS \
                    and tokens.words[back] == "Under":
                title.append(back)  # "[Under] Secretary Alan Estevez" (not "served under
                # Secretary Rumsfeld", lower-case)
            elif title and (back > floor or self._opening_portfolio(back, title)) \
                    and self._portfolio_word(back, title):
                title.append(back)  # a portfolio the lexicon lacks: "Brexit Secretary"
            elif title and back > floor and self._field_word(back):
                title.append(back)  # "chief [sanitary] inspector": a field the lexicon lacks
            elif title and word.startswith("ex-") and len(word) > 3:
                title.append(back)  # "[ex-Yukos] boss": a post held before, of its body
                break
            elif word == "and" and title and back - 1 >= floor and tokens.entity[back - 1] < 0 \
                    and is_title(tokens.low[back - 1]) and tokens.words[back - 1].islower() \
                    and tokens.words[back + 1].islower() \
                    and tokens.low[back - 1] not in STATE_TITLES:  # (not "the president and
                # Prime Minister Tony Blair", "the chancellor and foreign minister X": a
                # state's posts joined are two people's)
                title.append(back)  # "Microsoft [chairman and] chief executive Bill Gates",
                # "Its [founder and] former chief executive, X": two posts of one person
            else:
                break
            back -= 1
        title.reverse()
        while title and not is_title(tokens.low[title[0]]) and tokens.low[title[0]] in (
                "of", "and"):
            title.pop(0)
        if not title or not any(is_title(tokens.low[index]) or plural_title(tokens.low[index])
                                for index in title):
            return []  # (most walks find no title word: no generator for those)
        return title

    def _shared_plural_title(self, at: int, floor: int) -> list[int]:
        """ "Senators Charles Schumer and [Lindsey Graham]": the plural title before the
        name that "and" joins this one to."""
        tokens = self.tokens
        if at - 1 < floor or tokens.low[at] != "and" or tokens.entity[at - 1] < 0:
            return []
        back = at - 1
        while back - 1 >= floor and tokens.entity[back - 1] == tokens.entity[at - 1]:
            back -= 1
        title = self._title_tokens_before(back - 1, floor)
        return title if title and plural_title(tokens.low[title[-1]]) else []

    def _opening_portfolio(self, at: int, title: list[int]) -> bool:
        """ "Farm minister Ben Bradshaw said" opening a sentence: the capitalized first
        word is the portfolio of the lower-case title right after it; "Domestic Trade and
        Consumer Affairs Minister X": the first word of a portfolio of capitalized words."""
        tokens = self.tokens
        if title[-1] != at + 1 or not tokens.words[at].isalpha() \
                or tokens.low[at] in _NO_PORTFOLIO:
            return False
        if len(title) == 1:
            return not tokens.caps[at + 1]
        return len(title) >= 3 and tokens.caps[at + 1] and all(
            tokens.caps[index] or tokens.low[index] == "and" for index in title)

    def _portfolio_word(self, at: int, title: list[int]) -> bool:
        """A capitalized word of a portfolio before a title ("Brexit", "Human Services"),
        or the "and" inside one ("Health [and] Human Services Secretary")."""
        tokens = self.tokens
        if not any(is_title(tokens.low[index]) for index in title):
            return False
        if tokens.low[at] == "and":
            return (tokens.caps[title[-1]] and at - 1 >= 0 and tokens.caps[at - 1]
                    and tokens.entity[at - 1] < 0)
        return (tokens.capitalized(at) and tokens.low[at] not in FUNCTION_WORDS
                and tokens.low[at] not in NOT_NAMES and tokens.low[at] not in _PLACE_HEADS
                and demonym_country(tokens.words[at]) is None
                and not tokens.is_possessive(at))  # not "Monday", not "Downing Street"

    def _field_word(self, at: int) -> bool:
        """A lower-case word between a title's modifier and the rest of the title ("chief
        [sanitary] inspector", "senior [economic] adviser"): part of it."""
        tokens = self.tokens
        word = tokens.low[at]
        return (word.isalpha() and not tokens.caps[at] and word not in FUNCTION_WORDS
                and tokens.entity[at - 1] < 0 and is_title_modifier(tokens.low[at - 1]))

    def _shared_prefix(self, at: int, floor: int) -> str | None:
        """A country in front of a coordinated title: "US [Treasury Secretary] X and [Trade
        Representative] Y" gives Y the country of X."""
        tokens = self.tokens
        if at - 1 < floor or tokens.low[at] != "and" or tokens.entity[at - 1] < 0:
            return None
        other = self.entities[tokens.entity[at - 1]]
        if other.kind != "person":
            return None
        title = self._title_tokens_before(tokens.covering(other.start) - 1, floor)
        prefix = self.prefixes.prefix_ending_at(title[0] - 1, floor) if title else None
        return prefix.name if prefix is not None and prefix.kind == "country" else None

    # -- appositions --------------------------------------------------------------------

    def _apposition_before(self, at: int, floor: int, closed: bool = False,
                           ended: bool = False) -> Role:
        """ "China's top trade negotiator, [Li Chenggang]", "The Acme correspondent in
        Strelsau, [Jo Park]": a title (and its complement) ending at token `at` that opens
        its clause; inside a clause, a definite title whose name a comma closes ("ordered
        her economy minister, [Jo Park], to ...")."""
        tokens = self.tokens
        head = self._title_head_before(at, floor)
        if head is None:
            return NO_ROLE
        title = self._title_tokens_before(head, floor)
        if not title:
            return NO_ROLE
        start = title[0]
        prefix = self.prefixes.prefix_ending_at(start - 1, floor)
        role_start = title[0]
        if prefix is not None:
            start = prefix.first
            outer = self.prefixes.prefix_ending_at(start - 1, floor)
            if prefix.kind == "organization" and not prefix.possessive and outer is not None \
                    and outer.kind == "country" and outer.possessive:
                # "Iraq's [U.N.] ambassador": a state's post at a body; the diplomat keeps
                # his country (2.7), the body stays in the role
                role_start, prefix, start = prefix.first, outer, outer.first
        the_states = None
        if prefix is None and start - 2 >= floor and tokens.low[start - 2] == "the" \
                and tokens.is_possessive(start - 1) and tokens.bare(start - 1) in _STATE_NOUNS:
            # "The country's economy minister, Ion Cebotari,", "challenged by California.
            # The state's attorney general, Bill Ostrander,": a post of the state named last
            # (none named: _person gives the one the article is about)
            the_states = self._state_named_before(start - 2, tokens.bare(start - 1))
            start -= 2
        elif prefix is None and start - 1 >= floor and tokens.is_possessive(start - 1) \
                and tokens.entity[start - 1] >= 0:
            region = self._region_owner(start - 1, floor)
            if region is not None:
                # "Scotland's environment minister, Ross Finnie,", "Saskatchewan's
                # agriculture minister": a region's or a province's own post
                the_states, start = region
        definite = start - 1 >= floor and tokens.low[start - 1] in _DEFINITE
        if start - 1 >= floor and (tokens.low[start - 1] in DETERMINERS or tokens.low[
                start - 1] in ("its", "their") and start - 2 >= floor
                                               and tokens.low[start - 2] in _SAID):
            start -= 1  # ("..., said its director general, Martin Paterson.")
        if start != floor and tokens.words[start - 1] not in BOUNDARY_WORDS \
                and not (ended and tokens.low[start - 1] in _SAID) \
                and not _DASH.search(tokens.text, tokens.ends[start - 1], tokens.starts[start]) \
                and not (closed and definite and prefix is None) \
                and not ((closed or ended) and prefix is not None and prefix.possessive):
            # (a post owned in the possessive, its name closed: "talks with China's Minister
            # of Foreign Trade, Shi Guangsheng.")
            return NO_ROLE  # a dash is no token: "MEXICO CITY - Mexico's economy minister, X"
        role = self.prefixes.role_text(role_start, at)
        affiliation, rule = (prefix.name, "prefix-before-title") if prefix else (
            self._complement_employer(head + 1, at), "title-complement")
        if affiliation is None and the_states is not None:
            affiliation, rule = the_states, "the-states-title"
        owner = start if tokens.low[start] in ("its", "their") else start - 1
        if affiliation is None and owner > floor and tokens.low[owner] in ("its", "their") \
                and _state_post(role):
            # "Japan, India's largest aid donor, said ..., and its foreign minister, Keizo
            # Obuchi, said": the state the sentence is about
            affiliation, rule = self._sentence_state(floor, owner), "its-title"
        if affiliation is None and floor > 0 and tokens.low[owner] in ("its", "their") and (
                owner == floor or tokens.low[owner - 1] in _SAID):
            # "The Food Standards Agency ordered the withdrawal. Its chief executive, Jon
            # Bell, said" (or '"...," said its chief executive, Jon Bell'): the subject of
            # the sentence before
            affiliation, rule = self._subject_before(floor, role, either=True), "its-title"
        return Role(role, affiliation, why("apposition-before-name", role),
                    why(rule, affiliation) if affiliation else None)

    def _region_owner(self, at: int, floor: int) -> tuple[str, int] | None:
        """(name, first token) of a place in the possessive ending at token `at` (a region,
        a province, a state of a union; not a capital, which stands for its country) when
        a state's title follows it."""
        tokens = self.tokens
        index = tokens.entity[at]
        kind, name = self.prefixes.name_of(index)
        entity = self.entities[index]
        first = tokens.covering(entity.start)
        if kind != "place" or first < floor or gazetteer.CAPITALS.get(name) \
                or not any(tokens.low[ahead] in STATE_TITLES
                           for ahead in range(at + 1, min(len(tokens.low), at + _TITLE_REACH))
                           if tokens.words[ahead] != ","):
            return None
        return name, first

    def _opening_seat(self, floor: int, stop: int) -> str | None:
        """The country of a capital the sentence opens with, before token `stop`: "In
        Ottawa, [Agriculture Minister X]", "In Warsaw, the [...]"."""
        tokens = self.tokens
        if tokens.low[floor] != "in" or floor + 2 >= stop:
            return None
        index = tokens.entity[floor + 1]
        if index < 0:
            return None
        at = floor + 1
        while at + 1 < stop and tokens.entity[at + 1] == index:
            at += 1
        if tokens.words[at + 1] != ",":
            return None
        entity = self.entities[index]
        name = tokens.text[entity.start:entity.end]
        return gazetteer.CAPITALS.get(name) or gazetteer.SEATS.get(name)

    def _state_named_before(self, at: int, noun: str) -> str | None:
        """The country named last before token `at` (for "the state's", a place too: a US
        state, a province), not further back than the sentence before."""
        tokens = self.tokens
        kinds = ("country", "place") if noun == "state" else ("country",)
        start, _ = tokens.sentence_bounds(at)
        if start > 0:
            start, _ = tokens.sentence_bounds(start - 1)
        for back in range(at - 1, start - 1, -1):
            index = tokens.entity[back]
            if index >= 0 and self.entities[index].kind in kinds:
                entity = self.entities[index]
                return entity.canonical or entity.text
        return None

    def _subject_before(self, floor: int, role: str, either: bool = False) -> str | None:
        """The body or state that opens the sentence before the one at `floor` (within its
        first words, past a possessor): a state for a state's post, else a body (`either`:
        a state or a body, for a voice: "The Kremlin dismissed ...")."""
        tokens = self.tokens
        start, _ = tokens.sentence_bounds(floor - 1)
        state_post = _state_post(role)
        for at in range(start, min(floor, start + _SUBJECT_REACH)):
            index = tokens.entity[at]
            if index < 0:
                continue
            if tokens.is_possessive(at):
                continue  # "Peru's Halvex Agency ordered": the agency is the subject
            entity = self.entities[index]
            if entity.kind != ("country" if state_post else "organization") and not (
                    either and entity.kind in ("country", "organization")):
                return None
            return entity.canonical or entity.text
        return None

    def _sentence_state(self, floor: int, stop: int) -> str | None:
        """The first country named in the sentence before `stop`, not as a possessor."""
        tokens = self.tokens
        for at in range(floor, stop):
            index = tokens.entity[at]
            entity = self.entities[index] if index >= 0 else None
            if entity is not None and entity.kind == "country" and not tokens.is_possessive(at):
                return entity.canonical or entity.text
        return None

    def _title_head_before(self, at: int, floor: int) -> int | None:
        """The title word that ends the title at `at`, or that a complement ending at `at`
        follows ("correspondent [in Strelsau]")."""
        tokens = self.tokens
        if at < floor:
            return None
        if is_title(tokens.low[at]):
            return at
        for head in range(at - 1, max(floor, at - _TITLE_REACH) - 1, -1):
            if tokens.words[head] in BOUNDARY_WORDS:
                return None
            if is_title(tokens.low[head]) and tokens.entity[head] < 0:
                return head if tokens.low[head + 1] in LINK_WORDS else None
        return None

    def _apposition_after(self, at: int, ceiling: int) -> Role:
        """ "[X], the US Treasury Secretary," / ", director of policy at Acme," / ", of the
        Harbour League,": from token `at`."""
        tokens = self.tokens
        # "Jo Park, the company's chief executive,": the body told before
        prefix = self.prefixes.described_owner(at + 1, at) if at + 1 < ceiling else None
        if prefix is not None:
            at += 2
        standing = ""  # a word of standing before the owner: "the acting [US] ..."
        its = at < ceiling and tokens.low[at] in ("its", "their") and prefix is None
        if its:
            at += 1  # "said Helene Marchetti, its director of industrial affairs."
        elif prefix is None:
            if at < ceiling and tokens.low[at] in DETERMINERS:
                at += 1
            if at < ceiling and tokens.low[at].endswith("-based") and tokens.capitalized(at):
                at += 1  # ", a Lagos-based economist": where he works, before his post
            prefix = self.prefixes.prefix_starting_at(at, ceiling)
            if prefix is None and at + 1 < ceiling and tokens.low[at] in _STANDING_WORDS:
                # "X, the acting US Trade Representative,": the standing, then the owner
                prefix = self.prefixes.prefix_starting_at(at + 1, ceiling)
                if prefix is not None and prefix.kind in ("country", "organization"):
                    standing = tokens.words[at]
                else:
                    prefix = None
            if prefix is not None:
                at = prefix.last + 1
            elif at + 1 < ceiling and tokens.is_possessive(at) and tokens.words[at][:1].islower() \
                    and tokens.entity[at] < 0:
                at += 1  # "X, the union's international vice president": a body not
                # found again owns the post; the post is still his
        region = None
        if prefix is None and at < ceiling and tokens.entity[at] >= 0:
            last = at
            while last + 1 < ceiling and tokens.entity[last + 1] == tokens.entity[at]:
                last += 1
            if tokens.is_possessive(last):  # ", Saskatchewan's agriculture minister,"
                owner = self._region_owner(last, at)
                if owner is not None:
                    region, at = owner[0], last + 1
        title = self._title_tokens_after(at, ceiling)
        if not title:
            return self._employer_apposition(at, ceiling) if prefix is None and region is None \
                else NO_ROLE
        # (a post owned by the words before it may end at a verb of saying, its comma
        # missing: "X, its chairman added"; not ", the Bishop said", a new clause)
        owned = its or region is not None or prefix is not None and prefix.possessive
        end = self._complement_end(title[-1] + 1, ceiling, said_ends=owned)
        if end is None:
            return NO_ROLE
        role = _trimmed(self.prefixes.role_text(title[0], end - 1))
        if standing and role:
            role = f"{standing} {role}"
        owner_name = prefix.name if prefix is not None else region
        if owner_name is not None and prefix is not None and prefix.kind == "country" \
                and not prefix.possessive \
                and not _state_post(role):
            owner_name = None  # "X, a UK investment banker": his country, not his employer
            # (but "Russia's chief sanitary inspector" serves Russia)
        if owner_name is not None:
            return Role(role, owner_name, why("apposition-after-name", role),
                        why("prefix-before-title", owner_name))
        employer = self._complement_employer(title[-1] + 1, end - 1)
        if employer is None and its:
            # the body that opens the sentence before, as for "Its chief executive, X,"
            floor, _ = tokens.sentence_bounds(at)
            if floor > 0:
                employer = self._subject_before(floor, role, either=True)
            return Role(role, employer, why("apposition-after-name", role),
                        why("its-title", employer) if employer else None)
        return Role(role, employer, why("apposition-after-name", role),
                    why("title-complement", employer) if employer else None)

    def _employer_apposition(self, at: int, ceiling: int) -> Role:
        """ "[X], of the Harbour League,": a body after "of" and nothing else."""
        tokens = self.tokens
        if at >= ceiling or tokens.low[at] != "of":
            return NO_ROLE
        at += 1
        if at < ceiling and tokens.low[at] in DETERMINERS:
            at += 1
        body = self.prefixes.prefix_starting_at(at, ceiling)
        if body is None or body.kind != "organization" or body.possessive:
            return NO_ROLE
        after = body.last + 1
        if after < ceiling and tokens.words[after] not in APPOSITION_END:
            return NO_ROLE
        return Role(None, body.name, None, why("of-body-apposition", body.name))

    def _title_tokens_after(self, at: int, ceiling: int) -> list[int]:
        """Title words starting at token `at`: ", [the chief executive] of Y"."""
        tokens = self.tokens
        title: list[int] = []
        ahead = at
        while ahead < ceiling and tokens.entity[ahead] < 0:
            word = tokens.low[ahead]
            if is_title(word) or is_title_modifier(word) \
                    or word == "under" and ahead + 1 < ceiling \
                    and tokens.low[ahead + 1] in _UNDER_POSTS:
                title.append(ahead)  # ("X, the under secretary of commerce,")
            elif (word == "of" and title and ahead + 1 < ceiling and tokens.entity[ahead + 1] < 0
                  and is_title_modifier(tokens.low[ahead + 1])
                  and not _DESCRIBED_BODY.match(" ".join(tokens.low[ahead + 1:ahead + 4]))):
                # "Secretary of State", not "chief executive of state oil company Rosneft"
                title.append(ahead)
            elif (title or ahead == at and _opens_a_post(word)) \
                    and self._bridged_to_title(ahead, ceiling):
                title.append(ahead)  # "chief [sanitary] inspector", "an [automotive]
                # analyst at Neva Capital": a word of the post
            else:
                break
            ahead += 1
        while title and not is_title(tokens.low[title[-1]]):
            title.pop()
        return title

    def _bridged_to_title(self, at: int, ceiling: int) -> bool:
        """Whether the plain lower-case word at `at`, after a title's first words, stands
        right before the post's head: "chief [sanitary] inspector", "deputy [trade]
        representative" (a title word, then nothing but an apposition's end)."""
        tokens = self.tokens
        word = tokens.words[at]
        if not (word.isalpha() and word.islower()) or word in _NOT_TITLE_BRIDGES \
                or at + 1 >= ceiling or tokens.entity[at + 1] >= 0:
            return False
        head = at + 1
        if not is_title(tokens.low[head]) and is_title_modifier(tokens.low[head]) \
                and head + 1 < ceiling and tokens.entity[head + 1] < 0 \
                and is_title(tokens.low[head + 1]):
            head += 1  # "the union's international [vice] president"
        if not is_title(tokens.low[head]):
            return False
        after = head + 1
        return after >= ceiling or tokens.words[after] in APPOSITION_END \
            or tokens.low[after] in LINK_WORDS

    def _complement_end(self, at: int, ceiling: int, said_ends: bool = False) -> int | None:
        """The token after a title's complement starting at `at` ("of policy at Acme"), or
        `at` itself when none starts there; None when the apposition does not close."""
        tokens = self.tokens
        if at >= ceiling or tokens.words[at] in APPOSITION_END or tokens.low[at] == "and" \
                or said_ends and tokens.low[at] in _SAID:
            return at  # (', Otto Lang, its chairman added.': a comma missing before the verb)
        if tokens.low[at] in ("who", "whose"):
            return at  # "X, the commissioner who drafted the order": the post, then who he is
        if tokens.low[at] not in LINK_WORDS:
            return None
        end = at + 1
        while end < ceiling and tokens.words[end] not in APPOSITION_END:
            if tokens.low[end] in _CLAUSE_WORDS:
                return end  # "economist at Acme said ...", "spokesman for Acme which ...":
                # the complement ends where a clause starts (a comma missing, a relative)
            if end - at >= _COMPLEMENT_REACH:
                return None
            end += 1
        return end

    def _complement_employer(self, first: int, last: int) -> str | None:
        """The body a title's complement names as employer: "of the Harbour Board", "at
        Acme", "for Acme's lawyers"; a country only after "of" ("President of X"); a body
        a few lower-case words describe, when it closes the complement ("of trade body
        Harbour Steel", "at investment bank Acme")."""
        tokens = self.tokens
        for at in range(first, last):
            link = tokens.low[at]
            if link not in _EMPLOYER_LINKS:
                continue
            start = at + 1
            if start <= last and tokens.low[start] in DETERMINERS:
                start += 1
            if start < last and tokens.low[start].endswith("-based"):
                start += 1  # "of Durban-based Coastal Fastener Supplies": where it is
            body = self.prefixes.prefix_starting_at(start, last + 1)
            if body is not None and (body.kind == "organization" or link == "of"
                                     or self._state_body(body, last)):
                return body.name
            if body is None:
                body = self._described_body(self._past_a_place(start, last), last)
                if body is not None:
                    return body.name  # ("at the Brussels law firm Vandamme Claes")
        return None

    def _past_a_place(self, at: int, last: int) -> int:
        """The token after a place's name that starts at `at` (a firm's home before its
        description: "the [Brussels] law firm"), else `at`."""
        tokens = self.tokens
        index = tokens.entity[at] if at <= last else -1
        if index < 0 or self.prefixes.name_of(index)[0] != "place":
            return at
        while at <= last and tokens.entity[at] == index:
            at += 1
        return at

    def _state_body(self, body: Prefix, last: int) -> bool:
        """ "spokesman for [China's] commerce ministry": a country's body named by a few
        lower-case words after the country's possessive, closing the complement."""
        tokens = self.tokens
        if body.kind != "country" or not tokens.is_possessive(body.last) \
                or not 0 < last - body.last <= _DESCRIPTION_REACH:
            return False
        return tokens.low[last] in _STATE_BODY_HEADS and all(
            tokens.words[at].isalpha() and tokens.words[at].islower()
            for at in range(body.last + 1, last + 1))

    def _described_body(self, start: int, last: int) -> Prefix | None:
        """An organization after up to three lower-case words, ending at token `last` or
        before where it is ("in London")."""
        tokens = self.tokens
        for skip in range(1, _DESCRIPTION_REACH + 1):
            at = start + skip
            if at > last:
                return None
            word = tokens.words[at - 1]
            if tokens.entity[at - 1] >= 0 or not word.isalpha() or not word.islower() \
                    or word in LINK_WORDS:
                return None
            body = self.prefixes.prefix_starting_at(at, last + 1)
            if body is not None:
                closes = body.last == last or tokens.low[body.last + 1] == "in"  # "in London"
                return body if body.kind == "organization" and closes else None
        return None

    def _employer_after_name(self, at: int, ceiling: int) -> Prefix | None:
        """ "President X [of Freedonia]", "analyst X [at Acme]"."""
        tokens = self.tokens
        if at + 1 >= ceiling or tokens.low[at] not in _AFTER_NAME_LINKS:
            return None
        start = at + 1
        if tokens.low[start] in DETERMINERS:
            start += 1
        body = self.prefixes.prefix_starting_at(start, ceiling)
        if body is None or body.possessive:
            return None
        if body.kind == "country" and tokens.low[at] != "of":
            return None  # "X from Freedonia" says where, not whom X serves
        return body
