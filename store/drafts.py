"""What every reader of a file makes, and what can be wrong with it.

An `ArticleDraft` is an article as read from a file, before normalization and id;
`to_article` makes it an `Article`. An `ImportFailure` is one file that could not be
imported, with its reason in one line; a `BadDate` is a date `parse_date` cannot read.
The readers of each format (readers.py) and the walk over files and folders (importer.py)
share these, so they stand apart from both.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import arrow

from newsdesk.analysis.text import one_line, shorten
from newsdesk.store.normalize import _digest, normalize_text
from newsdesk.store.records import Article

# The longest article newsdesk takes, in characters of cleaned text (~330,000 words: far
# beyond any news story or report). The engine's actor linking grows faster than the
# text (a 10 MB file took 6 minutes and 700 MB to import), so a larger file is refused
# at once, with a reason, rather than left to look like a hang.
MAX_ARTICLE_CHARS = 2_000_000

# What to say to someone who gave a file newsdesk cannot import.
WHAT_TO_IMPORT = "import .txt, .md, .html or a feed (.xml, .rss, .atom)"


class BadDate(ValueError):
    """A date we cannot read; the message is one line and says what to write instead."""

    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__(f'bad date "{shorten(one_line(str(value)), 40)}": use YYYY-MM-DD')


class ImportFailure(Exception):
    """One file (or folder) that could not be imported, and why, in one line."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = path
        self.reason = one_line(reason)
        # The path is cleaned for display too: a file name can carry terminal escapes.
        super().__init__(f"{one_line(str(path)) or repr(str(path))}: {self.reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason))


@dataclass(slots=True)
class ArticleDraft:
    """An article as read from a file, before normalization and id; see `to_article`."""

    title: str
    text: str
    source: str | None = None
    url: str | None = None
    published: str | None = None  # "YYYY-MM-DD"
    origin: Path | None = None  # the file it came from, for messages
    # The article's lasting identity where it came from: the same key read again is the
    # same article, changed ("file:<path>" or "feed:<feed>#<guid>"); see Article.origin.
    key: str | None = None


def to_article(draft: ArticleDraft, imported_at: str) -> Article:
    """Normalize a draft into an `Article` whose id is the hash of its stored text."""
    text = normalize_text(draft.text)
    if not text:
        where = draft.origin if draft.origin is not None else "<article>"
        raise ImportFailure(where, "no text left after cleaning, nothing to import")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ImportFailure(draft.origin if draft.origin is not None else "<article>",
                            too_long(len(text)))
    title = one_line(draft.title) or shorten(text.partition("\n")[0], 80)
    return Article(
        id=_digest(text),
        title=title,
        text=text,
        source=one_line(draft.source or "") or None,
        url=one_line(draft.url or "") or None,
        published=parse_date(draft.published) if draft.published else None,
        imported_at=imported_at,
        origin=draft.key if draft.key is not None else file_key(draft.origin),
    )


def file_key(path: Path | None) -> str | None:
    """The origin key of a file: its absolute path (so the same file read again, from any
    folder, is recognised)."""
    if path is None:
        return None
    try:
        return f"file:{path.expanduser().resolve()}"
    except (OSError, RuntimeError):
        return f"file:{path.absolute()}"


# --- dates ---------------------------------------------------------------------------

# Common human forms; arrow's English locale knows the month and day names.
_DATE_FORMATS = [
    "D MMMM YYYY", "D MMM YYYY", "Do MMMM YYYY", "Do MMM YYYY",
    "MMMM D, YYYY", "MMM D, YYYY", "MMMM D YYYY", "MMM D YYYY", "MMMM Do, YYYY",
    "dddd, D MMMM YYYY", "dddd D MMMM YYYY", "dddd, MMMM D, YYYY", "ddd, D MMM YYYY",
    "YYYY/MM/DD", "YYYY/M/D", "YYYY.MM.DD", "DD.MM.YYYY",
]  # fmt: skip
_ABBREVIATION_DOT = re.compile(r"(?<=[A-Za-z])\.")  # "Sep. 14" -> "Sep 14"
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)  # AP style; arrow only knows "Sep"


def parse_date(value: str) -> str:
    """Read a publication date and return it as "YYYY-MM-DD", or raise `BadDate`.

    Accepts ISO 8601 dates and datetimes, RFC 2822 (feeds, mail) and forms such as
    "14 September 2025" or "Sep. 14, 2025". A datetime keeps the date as written in
    its own time zone: that is the day the article's "on Tuesday" is counted from.
    Numeric day/month forms like "09/10/2025" are refused: they are ambiguous.
    """
    text = " ".join(str(value).split())
    if not text:
        raise BadDate(value)
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    words = _SEPT.sub("Sep", _ABBREVIATION_DOT.sub("", text))
    try:
        return arrow.get(words, _DATE_FORMATS, locale="en").date().isoformat()
    except (ValueError, OverflowError):  # arrow's ParserError is a ValueError
        pass
    raise BadDate(value)


def date_or_none(value: object) -> str | None:
    """A date from metadata we do not control: unreadable means unknown, not an error."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_date(value)
    except BadDate:
        return None


def too_long(size: int, unit: str = "characters") -> str:
    """The reason a text of `size` is refused: longer than one article may be."""
    return (f"too long for one article ({size:,} {unit}; newsdesk takes up to"
            f" {MAX_ARTICLE_CHARS:,} characters); split it into articles")
