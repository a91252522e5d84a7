"""robots.txt, when a fetch asks to respect it: read once per site, for the `newsdesk` token."""

from __future__ import annotations

import pytest
from netsite import reply

from newsdesk.net.http import PAGE_TYPES, FetchError

PAGE = b"<html><body>page</body></html>"
RULES = b"""# the site's rules
User-agent: *
Disallow: /members/

User-agent: newsdesk
Allow: /private/open
Disallow: /private/
"""


@pytest.fixture
def pages(site):
    for path in ("/private/x", "/private/open", "/members/y", "/public", "/moved"):
        site.routes[path] = lambda h: reply(h, 200, PAGE)
    return site


def test_disallowed_paths_are_refused_and_never_requested(pages, fetcher):
    pages.routes["/robots.txt"] = lambda h: reply(h, 200, RULES, "text/plain")
    polite = fetcher()
    with pytest.raises(FetchError) as caught:
        polite.get(pages.url("/private/x"), accept=PAGE_TYPES, respect_robots=True)
    assert str(caught.value) == f"{pages.url('/private/x')}: robots.txt does not allow fetching it"
    assert pages.count("/private/x") == 0
    # Our own group applies, not `*`: /members/ is open to newsdesk, /private/open allowed.
    for path in ("/public", "/members/y", "/private/open"):
        assert polite.get(pages.url(path), accept=PAGE_TYPES, respect_robots=True).content == PAGE
    assert pages.count("/robots.txt") == 1  # read once for the site
    # Without respect_robots the rules are not consulted.
    assert polite.get(pages.url("/private/x"), accept=PAGE_TYPES).content == PAGE


def test_a_wildcard_group_applies_when_none_names_newsdesk(pages, fetcher):
    pages.routes["/robots.txt"] = lambda h: reply(h, 200, b"User-agent: *\nDisallow: /\n",
                                                  "text/plain")
    with pytest.raises(FetchError, match="robots.txt does not allow"):
        fetcher().get(pages.url("/public"), accept=PAGE_TYPES, respect_robots=True)


@pytest.mark.parametrize("status", [404, 410, 500])
def test_an_absent_or_failing_robots_txt_allows(pages, fetcher, status):
    pages.routes["/robots.txt"] = lambda h: reply(h, status, b"nothing")
    response = fetcher().get(pages.url("/private/x"), accept=PAGE_TYPES, respect_robots=True)
    assert response.content == PAGE
    assert pages.count("/robots.txt") == 1


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_robots_txt_disallows(pages, fetcher, status):
    pages.routes["/robots.txt"] = lambda h: reply(h, status, b"no")
    with pytest.raises(FetchError, match="robots.txt does not allow fetching it$"):
        fetcher().get(pages.url("/public"), accept=PAGE_TYPES, respect_robots=True)
    assert pages.count("/public") == 0


def test_a_redirect_into_a_disallowed_path_is_refused(pages, fetcher):
    pages.routes["/robots.txt"] = lambda h: reply(h, 200, RULES, "text/plain")
    pages.routes["/moved"] = lambda h: reply(h, 302, headers={"Location": "/private/x"})
    with pytest.raises(FetchError) as caught:
        fetcher().get(pages.url("/moved"), accept=PAGE_TYPES, respect_robots=True)
    assert "robots.txt does not allow fetching it (redirected to" in str(caught.value)
    assert pages.count("/private/x") == 0


def test_a_huge_robots_txt_is_read_up_to_its_cap(pages, fetcher):
    body = RULES + b"# padding\n" * 100_000  # about 1 MB: rules first, then comments
    pages.routes["/robots.txt"] = lambda h: reply(h, 200, body, "text/plain")
    with pytest.raises(FetchError, match="robots.txt does not allow"):
        fetcher().get(pages.url("/private/x"), accept=PAGE_TYPES, respect_robots=True)
