"""Fixtures of the net tests: a local server per test (see netsite.py) and fetchers with
short timeouts."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from netsite import Site

from newsdesk.net.http import Fetcher


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment must not catch requests meant for 127.0.0.1."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    served.start()
    yield served
    served.stop()


@pytest.fixture
def fetcher() -> Iterator[Callable[..., Fetcher]]:
    """Make a Fetcher with short timeouts (overridable); each is closed at teardown."""
    made: list[Fetcher] = []

    def make(**options: object) -> Fetcher:
        settings: dict[str, object] = {"connect_timeout": 2.0, "read_timeout": 2.0,
                                       "total_timeout": 5.0, **options}
        made.append(Fetcher(**settings))
        return made[-1]

    yield make
    for one in made:
        one.close()
