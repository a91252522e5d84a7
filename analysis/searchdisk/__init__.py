"""The fuzzy jump index on disk: built once, mapped at start, kept current by an overlay.

At 100,000 articles the jump holds some 3.6 million items; held in memory as
`SearchIndex` holds them they take gigabytes and a two-minute scan at every start.
`DiskSearchIndex` keeps them in one file that is mapped, not read: only the sorted
vocabulary is in memory, and a search touches the pages of the postings and items it
needs. Item numbers follow the rank (kind, then label length), so the first postings of
a common word are its best-ranked items and `_pick` can take the smallest numbers.
`LayeredSearch` puts an in-memory `SearchIndex` (articles added or re-analysed, notes)
and tombstones over such a base, and answers as one index over the live items would.
Both share `Matcher`'s matching and ranking with `SearchIndex`.

The layout of the file is in `fileformat`; `build` writes it, `disk` reads it, `layered`
puts the overlay on top.
"""

from .build import build_index
from .disk import DiskSearchIndex
from .fileformat import (
    FORMAT_VERSION,
    INDEX_FILE,
    IndexAbsent,
    IndexDamaged,
    IndexStale,
    IndexUnusable,
)
from .layered import LayeredSearch, fold

__all__ = [
    "FORMAT_VERSION",
    "INDEX_FILE",
    "DiskSearchIndex",
    "IndexAbsent",
    "IndexDamaged",
    "IndexStale",
    "IndexUnusable",
    "LayeredSearch",
    "build_index",
    "fold",
]
