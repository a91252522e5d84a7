"""The words the frame and party rules read (data/measure_frames.json, measure_parties.json).

Loaded once and inflected: a verb listed in its base form matches its regular forms and
the irregular ones of measure_actions.json. Multi-word entries are kept as phrases of
lower-case words joined by one space, so a rule can look up one, two or three tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..datafiles import load_json
from ..prefix_regex import prefix_regex
from .lexicon import verb_forms


class Phrases(frozenset[str]):
    """Lower-case words and phrases, and for each first word the lengths (in words) of the
    phrases it starts, longest first: a rule checks one token before joining any."""

    sizes: dict[str, tuple[int, ...]]

    def __new__(cls, phrases: Iterable[str]) -> Phrases:
        made = super().__new__(cls, phrases)
        sizes: dict[str, set[int]] = {}
        for phrase in made:
            words = phrase.split(" ")
            sizes.setdefault(words[0], set()).add(len(words))
        made.sizes = {word: tuple(sorted(lengths, reverse=True))
                      for word, lengths in sizes.items()}
        return made


@dataclass(slots=True, frozen=True)
class FrameWords:
    """Word sets for frames (negation, opposition, modality, endings) and parties."""

    ending_after: Phrases
    starting_after: Phrases
    present_events: Phrases
    state_after: Phrases
    state_before: Phrases
    opposition_verbs: Phrases
    opposition_nouns: Phrases
    threat_verbs: Phrases
    conditions: Phrases
    proposal_verbs: Phrases
    proposal_nouns: Phrases
    appeals: Phrases
    failures: Phrases  # "failed to agree on cuts": talks that took no step
    talk_verbs: Phrases
    voices: Phrases
    voice_verbs: Phrases
    hypothetical: Phrases
    rule_out: Phrases
    will_modals: Phrases
    may_modals: Phrases
    proposal_adjectives: Phrases
    recommend: Phrases
    official_name_words: Phrases
    not_official_words: Phrases
    official_role_words: tuple[str, ...]
    central_bank_names: tuple[str, ...]
    party_words: Phrases
    authority_nouns: Phrases
    company_nouns: Phrases
    sport_words: Phrases
    measure_anaphors: Phrases
    sport_density: float
    sport_re: re.Pattern[str]  # any sport word, as a word
    voice_nouns: Phrases
    forecast_verbs: Phrases
    necessity: Phrases
    state_titles: Phrases
    international_bodies: frozenset[str]
    rescue_lenders: frozenset[str]
    wto_names: frozenset[str]
    # "froze", "kept", "began": past tense forms without "-ed" (no participle in "-en")
    irregular_past: frozenset[str]


# Past forms without "-ed" of verbs the lexicon does not list, that follow a subject ("In
# October 2000 the SEC began", "In 2003 the EU took"); the lexicon's own come from
# measure_actions.json's irregular verbs.
_PAST_ELSEWHERE = frozenset({"took", "made", "held", "won", "drew", "laid", "wrote", "threw",
                             "bought", "shut"})


def _verbs(words: list[str], irregular: dict[str, list[str]]) -> Phrases:
    return Phrases(form for word in words for form in verb_forms(word, irregular))


def _word_re(words: list[str]) -> re.Pattern[str]:
    """Any of `words` as a whole word, the longest that fits; as a prefix tree, since it
    reads every article (a flat list tried each word at each word boundary)."""
    return re.compile(r"\b(?:" + prefix_regex(words, re.escape) + r")\b")


def _lower(words: list[str]) -> Phrases:
    return Phrases(word.lower() for word in words)


def _from(frames: dict[str, Any], parties: dict[str, Any],
          irregular: dict[str, list[str]]) -> FrameWords:
    return FrameWords(
        ending_after=_verbs(frames["ending_after"]["verbs"], irregular),
        starting_after=_verbs(frames["starting_after"]["verbs"], irregular),
        present_events=_verbs(frames["present_events"]["verbs"], irregular),
        state_after=_lower(frames["state_after"]["words"]),
        state_before=_lower(frames["state_before"]["words"]),
        opposition_verbs=_verbs(frames["opposition"]["verbs"], irregular),
        opposition_nouns=_lower(frames["opposition"]["nouns"]),
        threat_verbs=_verbs(frames["threat"]["verbs"], irregular),
        conditions=_lower(frames["threat"]["conditions"]),
        proposal_verbs=_verbs(frames["proposal"]["verbs"], irregular),
        proposal_nouns=_lower(frames["proposal"]["nouns"]),
        appeals=_verbs(frames["proposal"]["appeals"], irregular),
        failures=_verbs(frames["proposal"]["failures"], irregular),
        talk_verbs=_verbs(frames["talks"]["verbs"], irregular),
        voices=_lower(frames["speculation"]["voices"]),
        voice_verbs=_verbs(frames["speculation"]["verbs"], irregular),
        hypothetical=_lower(frames["hypothetical"]["words"]),
        rule_out=_verbs(frames["rule_out"]["verbs"], irregular),
        will_modals=_lower(frames["will_modals"]),
        may_modals=_lower(frames["may_modals"]),
        proposal_adjectives=_lower(frames["proposal"]["adjectives"]),
        recommend=_lower(frames["recommend"]["words"]),
        official_name_words=_lower(parties["official_name_words"]),
        not_official_words=_lower(parties["not_official_words"]),
        official_role_words=tuple(parties["official_role_words"]),
        central_bank_names=tuple(parties["central_bank_names"]),
        party_words=_lower(parties["party_words"]),
        authority_nouns=_lower(parties["authorities"]["nouns"]),
        company_nouns=_lower(parties["company_nouns"]["words"]),
        sport_words=_lower(parties["sport_words"]["words"]),
        measure_anaphors=_lower(parties["measure_anaphors"]["words"]),
        sport_density=float(parties["sport_words"]["density"]),
        sport_re=_word_re(parties["sport_words"]["words"]),
        voice_nouns=_lower(frames["speculation"]["nouns"]),
        forecast_verbs=_verbs(frames["speculation"]["forecast_verbs"], irregular),
        necessity=_lower(frames["speculation"]["necessity"]),
        state_titles=_lower(parties["state_titles"]),
        international_bodies=frozenset(parties["international_bodies"]),
        rescue_lenders=frozenset(parties["rescue_lenders"]["names"]),
        wto_names=frozenset(parties["wto_names"]),
        irregular_past=_PAST_ELSEWHERE | frozenset(
            form for base, forms in irregular.items() for form in forms
            if " " not in form and form != base
            and not form.endswith(("ing", "s", "en", "un", "wn"))),
    )


@cache
def frame_words() -> FrameWords:
    """Load the frame and party word lists (cached: the files are read once)."""
    irregular = load_json("measure_actions.json")["irregular"]
    return _from(load_json("measure_frames.json"), load_json("measure_parties.json"), irregular)
