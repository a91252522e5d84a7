"""The article's words as the actor stage reads them: offsets, sentence and entity of each."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator, Set
from dataclasses import dataclass

from ..model import EntitySpan, Sentence

# A token; the whole of it is one group, so that `split` returns gaps and tokens in turn.
# A word is word characters joined by apostrophes, hyphens, dots and "&" ("U.S", "AT&T"):
# written as runs, it costs the regex engine no backtracking from the end of each word.
# The runs are possessive (`++`, `*+`): giving a character back could never let a word
# go on (a joiner is no word character), and the engine then keeps no places to go back
# to, 9% of the split's cost.
_TOKEN = re.compile(r"(\d[\d,.]*\d|\w++(?:[’'\-.&]++\w++)*+|[,;:()\[\]“”\"—–])")
_first_char = operator.itemgetter(0)


@dataclass(slots=True)
class Tokens:
    """An article's words with their offsets, sentence and entity; built once per article.

    Each list has one item per token; a token is known by its index into them.
    """

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]  # as written
    low: list[str]  # lower case, straight apostrophes, possessive 's kept
    caps: list[bool]  # starts with an upper-case letter
    sentence: list[int]  # index of the token's sentence
    sentence_first: list[int]  # first token of each sentence
    sentence_last: list[int]  # last token of each sentence (exclusive)
    entity: list[int]  # index into the entity list, or -1

    def covering(self, char: int) -> int:
        """The token that contains `char`, else the first one after it."""
        before = bisect.bisect_right(self.starts, char) - 1
        return before if before >= 0 and self.ends[before] > char else before + 1

    def is_possessive(self, at: int) -> bool:
        return self.low[at].endswith("'s")

    def bare(self, at: int) -> str:
        """The token's lower-case form without a possessive 's."""
        word = self.low[at]
        return word[:-2] if word.endswith("'s") else word

    def capitalized(self, at: int) -> bool:
        return self.caps[at]

    def where(self, words: Set[str]) -> Iterator[int]:
        """The tokens whose lower-case form is one of `words`, in text order. The rules
        that start from a few words ("the", a title, a collective noun) look at those only:
        the scan runs in C, not once per token in Python."""
        return itertools.compress(range(len(self.low)), map(words.__contains__, self.low))

    def capitals(self) -> Iterator[int]:
        """The capitalized tokens, in text order."""
        return itertools.compress(range(len(self.caps)), self.caps)

    def sentence_bounds(self, at: int) -> tuple[int, int]:
        """(first token, last token + 1) of the sentence of token `at`."""
        sentence = self.sentence[at]
        return self.sentence_first[sentence], self.sentence_last[sentence]

    def tag_entities(self, entities: list[EntitySpan]) -> None:
        """Point each token at the entity that covers it (entities sorted, not overlapping)."""
        starts, ends = self.starts, self.ends
        entity = [-1] * len(starts)
        for e_index, span in enumerate(entities):
            # the tokens that end after the span starts and start before it ends: a slice
            first = bisect.bisect_left(ends, span.start + 1)
            last = bisect.bisect_left(starts, span.end, first)
            entity[first:last] = [e_index] * (last - first)
        self.entity = entity


def tokenize(text: str, sentences: list[Sentence], entities: list[EntitySpan]) -> Tokens:
    """Split `text` into word and punctuation tokens, tagged with sentence and entity."""
    # Each field in one C-level pass: this runs for every token. `split` makes no match
    # objects; the offsets are the running sum of the lengths of gaps and tokens.
    parts = _TOKEN.split(text)  # gap, token, gap, ..., token, gap
    offsets = list(itertools.accumulate(map(len, parts), initial=0))
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    words = parts[1::2]
    # Lower-cased in one call: no token holds a newline, and beside a newline a word
    # lower-cases exactly as it does on its own.
    low = "\n".join(words).lower().replace("’", "'").split("\n") if words else []
    caps = list(map(str.isupper, map(_first_char, words)))
    n_tokens = len(starts)
    n_sentences = max(1, len(sentences))
    sentence = [0] * n_tokens
    first = [n_tokens] * n_sentences
    last = [0] * n_sentences
    at = 0
    # Token starts are sorted: each sentence's tokens are a slice found by bisection.
    for s_index, span in enumerate(sentences):
        begin = bisect.bisect_left(starts, span.start, at)
        # Tokens between sentences (none in practice) belong to the sentence before.
        sentence[at:begin] = [max(0, s_index - 1)] * (begin - at)
        first[s_index] = begin
        at = bisect.bisect_left(starts, span.end, begin)
        sentence[begin:at] = [s_index] * (at - begin)
        last[s_index] = at
    if at < n_tokens:
        sentence[at:] = [n_sentences - 1] * (n_tokens - at)
        last[n_sentences - 1] = n_tokens
    tokens = Tokens(text, starts, ends, words, low, caps, sentence, first, last, [])
    tokens.tag_entities(entities)
    return tokens
