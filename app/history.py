"""Back and forward over the reader's jumps, like a browser's."""

from __future__ import annotations

from dataclasses import dataclass

from .refs import Span


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was: an article, a sentence, and the mention in view (if any)."""

    article_id: str
    sentence: int
    mention: Span | None = None


class History:
    """Back/forward over jumps: a new jump drops the forward list."""

    def __init__(self, limit: int = 200) -> None:
        self.places: list[Place] = []
        self.index = -1
        self.limit = limit

    def visit(self, here: Place | None, there: Place) -> None:
        if here is not None:
            if self.index >= 0:
                self.places[self.index] = here
                del self.places[self.index + 1:]
            else:
                self.places = [here]
                self.index = 0
        if self.places and self.places[self.index] == there:
            return
        del self.places[self.index + 1:]
        self.places.append(there)
        if len(self.places) > self.limit:
            del self.places[0]
        self.index = len(self.places) - 1

    def back(self, here: Place) -> Place | None:
        if self.index <= 0:
            return None
        self.places[self.index] = here
        self.index -= 1
        return self.places[self.index]

    def forward(self, here: Place) -> Place | None:
        if self.index + 1 >= len(self.places):
            return None
        self.places[self.index] = here
        self.index += 1
        return self.places[self.index]
