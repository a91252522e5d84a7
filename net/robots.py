"""robots.txt rules for one site, as newsdesk reads them.

What an answer for /robots.txt means (the fetching is `Fetcher`'s):

- 2xx: its rules, for the user-agent token `newsdesk` (else the `*` group), as
  urllib.robotparser reads them: the first matching line of the group decides (not the
  longest, as RFC 9309 has it), and `*` or `$` inside a path are taken literally.
- 401 or 403: nothing may be fetched. RFC 9309 would allow everything, but a site that
  refuses its robots.txt to us is read as refusing us (as Python's robotparser does, and
  many crawlers).
- any other answer, or none (404, 5xx, a timeout, a refused connection): everything may
  be fetched. newsdesk fetches only what the reader asked for, one page at a time; an absent or
  unreadable robots.txt states no rule to keep.
"""

from __future__ import annotations

from urllib.robotparser import RobotFileParser

#: The token robots.txt groups are matched against (`User-agent: newsdesk`).
AGENT = "newsdesk"
#: The most of a robots.txt that is read (Google's limit); a longer one is cut there.
MAX_ROBOTS_BYTES = 512 * 1024


class RobotsRules:
    """One site's robots.txt, parsed; never fetches anything itself."""

    def __init__(self, parser: RobotFileParser | None, verdict: bool = True) -> None:
        # No parser: `verdict` answers for every URL (no robots.txt, or a refused one).
        self._parser = parser
        self._verdict = verdict

    @classmethod
    def parse(cls, body: bytes) -> RobotsRules:
        parser = RobotFileParser()
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return cls(parser)

    @classmethod
    def allow_all(cls) -> RobotsRules:
        return cls(None, verdict=True)

    @classmethod
    def disallow_all(cls) -> RobotsRules:
        return cls(None, verdict=False)

    @classmethod
    def for_status(cls, status: int | None) -> RobotsRules:
        """The rules when robots.txt could not be read: `status` is the server's answer, or
        None when there was none."""
        return cls.disallow_all() if status in (401, 403) else cls.allow_all()

    def allows(self, url: str) -> bool:
        """Whether newsdesk may fetch `url` (an absolute URL on this site)."""
        if self._parser is None:
            return self._verdict
        return self._parser.can_fetch(AGENT, url)
