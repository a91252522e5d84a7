"""kill -9 during `newsdesk fetch`: the store always opens, no article once kept is lost,
and the next fetch completes the job with one article per item (issue 13).

Each round starts `newsdesk fetch` in a fresh process against a local site (feeds whose
short items send the fetch to their pages, so a round spends its time reading, importing
and committing), kills it at a random moment, then opens the store and compares it with
what the last round left. Between rounds the site changes some items, so kills also land
in updates. At the end a fetch runs to completion and must leave exactly one article per
item, each with the text the site serves now.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from feedsite import Page, Site, article_page, rss

from newsdesk.store.db import Store
from newsdesk.store.feeds import Feed

ROOT = Path(__file__).resolve().parents[2]
FEEDS, ITEMS, KILLS = 6, 8, 60

BODY = ("Ruritania said on Monday it would impose a 25 percent tariff on steel imports from"
        " Freedonia from 1 March, after talks in Geneva broke down. Trade minister Anna"
        " Keller said the duties would stay until Freedonia cut its subsidies.")


def page_text(feed: int, item: int, version: int) -> list[str]:
    return [f"Feed {feed} item {item} version {version}. {BODY}" for _ in range(6)]


def publish(site: Site, versions: dict[tuple[int, int], int]) -> None:
    for f in range(FEEDS):
        items = []
        for i in range(ITEMS):
            v = versions[(f, i)]
            items.append({"title": f"Feed {f} item {i}", "link": site.url(f"/f{f}/i{i}"),
                          "guid": f"f{f}-i{i}", "description": f"Summary v{v}."})
            site.pages[f"/f{f}/i{i}"] = Page(article_page(f"Feed {f} item {i}",
                                                          page_text(f, i, v)))
        site.pages[f"/f{f}.xml"] = Page(rss(f"Feed {f}", items),
                                        content_type="application/rss+xml",
                                        etag=f'"{f}-{sum(versions[(f, i)] for i in range(ITEMS))}"')


def fetch_process(folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEWSDESK_STORE": str(folder)}
    return subprocess.Popen([sys.executable, "-m", "newsdesk", "fetch"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kept(folder: Path) -> dict[str, str]:
    """Every article's id -> its title, read by a fresh open (which must work)."""
    with Store.open(folder) as store:
        return {row.id: row.title for row in store.list_articles()}


@pytest.mark.slow
def test_kill_9_during_fetch_loses_nothing_and_the_next_fetch_completes(tmp_path):
    rng = random.Random(13)
    folder = tmp_path / "store"
    versions = {(f, i): 0 for f in range(FEEDS) for i in range(ITEMS)}
    with Site() as site:
        publish(site, versions)
        with Store.open(folder) as store:
            store.put_feeds([Feed.new(site.url(f"/f{f}.xml")) for f in range(FEEDS)])
        # How long a fetch takes here, so kills land all through one.
        started = time.monotonic()
        done = fetch_process(folder)
        assert done.wait(timeout=300) == 0, done.stderr.read() if done.stderr else ""
        whole = time.monotonic() - started
        before = kept(folder)
        assert len(before) == FEEDS * ITEMS
        # And one that finds a few items changed, as each round below does.
        versions[(0, 0)] += 1
        publish(site, versions)
        started = time.monotonic()
        done = fetch_process(folder)
        assert done.wait(timeout=300) == 0
        whole = time.monotonic() - started
        killed_mid = 0
        for _round in range(KILLS):
            for _ in range(rng.randint(1, 4)):  # the site changes some items
                key = (rng.randrange(FEEDS), rng.randrange(ITEMS))
                versions[key] += 1
            publish(site, versions)
            proc = fetch_process(folder)
            time.sleep(rng.uniform(0.05, whole * 1.1))
            if proc.poll() is None:
                killed_mid += 1
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            after = kept(folder)
            lost = before.keys() - after.keys()
            assert not lost, f"round {_round}: articles lost {sorted(lost)[:3]}"
            before = after
        assert killed_mid >= KILLS // 2, killed_mid  # most kills landed mid-fetch
        final = fetch_process(folder)
        assert final.wait(timeout=300) == 0
        with Store.open(folder) as store:
            rows = store.list_articles()
            assert len(rows) == FEEDS * ITEMS  # one article per item: nothing doubled
            for row in rows:
                f, i = (int(x) for x in row.title.removeprefix("Feed ").split(" item "))
                text = store.get_article(row.id).text
                assert f"version {versions[(f, i)]}." in text, (row.title, text[:80])
            assert all(feed.last_error is None for feed in store.feeds())
