"""What can go wrong with a fetch: each error reads as one line naming the URL and what to do."""

from __future__ import annotations

import re

# Terminal escape sequences first (CSI, OSC, and two-character ESC forms), so their
# parameters go with them; then any C0/C1 control, and the invisible characters that reorder
# or hide text (bidi overrides and isolates, line and paragraph separators).
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI ... final
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[ -~]?"  # any other ESC x
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")

#: How much of a server's text (reason phrase, header value) an error quotes.
QUOTE_LIMIT = 80
#: How much of a URL an error quotes.
URL_LIMIT = 200


def clean(text: str, limit: int = QUOTE_LIMIT) -> str:
    """`text` from a server or a feed made fit for a one-line message: no escape sequences,
    no control characters, runs of whitespace as one space, at most `limit` characters."""
    text = _CONTROL.sub(" ", _ESCAPE.sub("", text))
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def seconds(value: float) -> str:
    """`20 s`, `0.5 s`: a duration as a message shows it."""
    return f"{value:.3g} s" if value < 10 else f"{round(value)} s"


class FetchError(Exception):
    """A fetch that failed; `str()` is one line: the URL, what happened, what to do.

    `status` is the HTTP status when the server answered; `retry_after` the seconds the
    server asked to wait (429 or 503 with Retry-After), for a caller that schedules retries.
    """

    def __init__(
        self,
        url: str,
        problem: str,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        # All four in args, so the error survives pickling (a process pool) unchanged.
        super().__init__(url, problem, status, retry_after)
        self.url = url
        self.problem = problem
        self.status = status
        self.retry_after = retry_after

    def __str__(self) -> str:
        # `problem` is built from cleaned parts; the newline guard is for a careless caller.
        problem = self.problem.replace("\r", " ").replace("\n", " ")
        return f"{clean(self.url, URL_LIMIT)}: {problem}"
