"""Pages by URL and feeds, end to end against a local web site (tests/feedsite.py)."""

from __future__ import annotations

import json
import os

import pytest
from feedsite import Page, Site, article_page, rss
from support import run_cli

from newsdesk.store.db import Store

WORDS = ("Ruritania said on Monday it would impose a 25 percent tariff on steel imports from"
         " Freedonia from 1 March, after talks in Geneva broke down. Trade minister Anna"
         " Keller told reporters the duties would stay until Freedonia cut its subsidies."
         " Freedonia's government called the move unjustified and said it would file a"
         " complaint at the World Trade Organization within weeks.")


def story(n: int, words: int = 120) -> list[str]:
    """Paragraphs of at least `words` words, different for each n."""
    paras, count = [], 0
    while count < words:
        para = f"Report {n}, part {len(paras) + 1}. {WORDS}"
        paras.append(para)
        count += len(para.split())
    return paras


def store() -> Store:
    return Store.open(os.environ["NEWSDESK_STORE"])


@pytest.fixture
def site():
    with Site() as s:
        yield s


# -- import URL ----------------------------------------------------------------------------


def test_import_url_keeps_the_article_and_skips_it_the_second_time(site, capsys):
    site.pages["/news/tariffs"] = Page(article_page("Ruritania imposes steel tariff", story(1)))
    code, out, err = run_cli(capsys, "import", site.url("/news/tariffs"))
    assert code == 0, err
    assert "imported 1" in out
    with store() as s:
        (row,) = s.list_articles()
        article = s.get_article(row.id)
    assert article.title == "Ruritania imposes steel tariff"
    assert "25 percent tariff" in article.text and "All rights reserved" not in article.text
    assert article.url == site.url("/news/tariffs")
    assert article.published == "2025-09-14"
    assert article.origin == f"url:{site.url('/news/tariffs')}"
    assert article.findings is not None and article.findings.measures
    code, out, _ = run_cli(capsys, "import", site.url("/news/tariffs"))
    assert code == 0 and "imported 0" in out and "skipped 1" in out
    assert site.hits["/news/tariffs"] == 1  # a URL already kept is not fetched again


def test_import_url_update_refetches_and_updates_in_place(site, capsys):
    site.pages["/a"] = Page(article_page("Steel tariff", story(1)))
    assert run_cli(capsys, "import", site.url("/a"))[0] == 0
    with store() as s:
        first = s.list_articles()[0].id
    site.pages["/a"] = Page(article_page("Steel tariff delayed", story(2)))
    code, out, err = run_cli(capsys, "import", "--update", site.url("/a"))
    assert code == 0 and "updated 1" in out, (out, err)
    with store() as s:
        (row,) = s.list_articles()
        assert row.id == first  # the same article, changed
        assert "Report 2" in s.get_article(first).text


def test_import_url_failures_are_one_line_and_the_others_are_kept(site, capsys):
    site.pages["/ok"] = Page(article_page("Fine", story(3)))
    site.pages["/doc.pdf"] = Page(b"%PDF-1.4 ...", content_type="application/pdf")
    code, out, err = run_cli(capsys, "import", site.url("/missing"), site.url("/doc.pdf"),
                             site.url("/ok"), "ftp://example.org/x")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3, err
    assert "404" in lines[0] and "/missing" in lines[0]
    assert "PDF" in lines[1] or "pdf" in lines[1]
    assert "ftp://example.org/x" in lines[2] and "http" in lines[2]
    assert "imported 1" in out and "failed 3" in out


# -- feeds ---------------------------------------------------------------------------------


def test_feeds_add_list_remove(site, capsys):
    code, out, _ = run_cli(capsys, "feeds", "add", site.url("/feed.xml"), "--tag", "Trade",
                           "--full-text")
    assert code == 0 and "following" in out
    code, out, _ = run_cli(capsys, "feeds", "add", site.url("/feed.xml"), "--tag", "steel")
    assert "already followed" in out
    code, out, _ = run_cli(capsys, "feeds", "list", "--json")
    (feed,) = json.loads(out)
    assert feed["url"] == site.url("/feed.xml") and feed["tags"] == ["trade", "steel"]
    assert feed["full_text"] is True and feed["last_fetch"] is None
    code, out, _ = run_cli(capsys, "feeds", "list")
    assert feed["id"] in out and "never fetched" in out
    code, out, _ = run_cli(capsys, "feeds", "remove", feed["id"][:6])
    assert code == 0 and "no longer following" in out
    code, _, err = run_cli(capsys, "feeds", "remove", feed["id"])
    assert code == 2 and err.count("\n") == 1 and "no feed" in err


def test_feeds_add_refuses_what_is_not_a_web_feed(capsys):
    code, _, err = run_cli(capsys, "feeds", "add", "file:///etc/passwd")
    assert code == 2 and err.count("\n") == 1 and "http" in err


def test_opml_round_trip_through_the_commands(site, capsys, tmp_path):
    opml = tmp_path / "subs.opml"
    opml.write_text(
        "<?xml version='1.0'?><opml version='2.0'><head><title>x</title></head><body>"
        "<outline text='Trade'>"
        f"<outline type='rss' text='Steel news' xmlUrl='{site.url('/a.xml')}'/>"
        f"<outline type='rss' text='Chips' xmlUrl='{site.url('/b.xml')}'/></outline>"
        "<outline type='rss' text='Gopher' xmlUrl='gopher://old/feed'/>"
        "</body></opml>", encoding="utf-8")
    code, out, err = run_cli(capsys, "feeds", "import", str(opml))
    assert code == 0 and "feeds added 2" in out and "skipped 1" in out
    assert "gopher://" in err
    code, out, _ = run_cli(capsys, "feeds", "import", str(opml))
    assert "feeds added 0, already followed 2" in out
    out_file = tmp_path / "out.opml"
    assert run_cli(capsys, "feeds", "export", "-o", str(out_file))[0] == 0
    from newsdesk.store.opml import read_opml

    read = read_opml(out_file.read_bytes(), source="out.opml")
    assert [(f.url, f.title, f.tags) for f in read.feeds] == [
        (site.url("/a.xml"), "Steel news", ("trade",)), (site.url("/b.xml"), "Chips", ("trade",))]


def test_feeds_import_of_a_missing_or_broken_file_is_one_line(capsys, tmp_path):
    code, _, err = run_cli(capsys, "feeds", "import", str(tmp_path / "nope.opml"))
    assert code == 2 and err.count("\n") == 1 and "nope.opml" in err
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline", encoding="utf-8")
    code, _, err = run_cli(capsys, "feeds", "import", str(bad))
    assert code == 2 and err.count("\n") == 1 and "bad.opml" in err


def _items(n: int, site: Site, *, short: bool = False, prefix: str = "") -> list[dict[str, str]]:
    return [{"title": f"{prefix}Item {i}", "link": site.url(f"/story/{i}"),
             "guid": f"urn:item:{i}",
             "description": (f"Summary {i}." if short else " ".join(story(i + 10))),
             "pubDate": "Sun, 14 Sep 2025 08:00:00 GMT"} for i in range(n)]


def test_fetch_imports_new_items_then_answers_304_with_nothing_parsed(site, capsys):
    site.pages["/feed.xml"] = Page(rss("Trade Wire", _items(3, site)),
                                   content_type="application/rss+xml", etag='"v1"')
    run_cli(capsys, "feeds", "add", site.url("/feed.xml"))
    code, out, err = run_cli(capsys, "fetch")
    assert code == 0, err
    assert out.strip() == "feeds 1, new 3, updated 0, unchanged 0, failed 0"
    with store() as s:
        rows = s.list_articles()
        assert {r.source for r in rows} == {"Trade Wire"}
        (feed,) = s.feeds()
    assert feed.etag == '"v1"' and feed.items == 3 and feed.title == "Trade Wire"
    assert feed.last_error is None and feed.last_fetch
    code, out, _ = run_cli(capsys, "fetch")
    assert out.strip() == "feeds 1, new 0, updated 0, unchanged 3, failed 0"
    assert site.conditional["/feed.xml"] == 1  # the second GET was conditional: a 304
    assert not any(path.startswith("/story/") for path in site.hits)  # long items: no pages


def test_a_changed_item_is_updated_in_place_with_its_notes(site, capsys):
    items = _items(2, site)
    site.pages["/feed.xml"] = Page(rss("Wire", items), content_type="application/rss+xml")
    run_cli(capsys, "feeds", "add", site.url("/feed.xml"))
    assert run_cli(capsys, "fetch")[0] == 0
    from newsdesk.store.notes import new_annotation

    with store() as s:
        by_title = {r.title: r.id for r in s.list_articles()}
        article = s.get_article(by_title["Item 1"])
        at = article.text.index("Trade minister")
        s.add_annotation(new_annotation(article, at, at + 14, "who is she?", [], [],
                                        "2025-09-14T09:00:00Z"))
    items[1]["description"] = "Correction: an earlier version misnamed a port. " + \
        items[1]["description"]
    site.pages["/feed.xml"] = Page(rss("Wire", items), content_type="application/rss+xml")
    code, out, _ = run_cli(capsys, "fetch")
    assert out.strip() == "feeds 1, new 0, updated 1, unchanged 1, failed 0"
    with store() as s:
        rows = s.list_articles()
        assert len(rows) == 2
        updated = s.get_article(by_title["Item 1"])
        assert updated.text.startswith("Correction:")
        (note,) = s.annotations(updated.id)
        assert updated.text[note.start:note.end] == "Trade minister"


def test_short_items_get_the_full_text_of_their_page(site, capsys):
    site.pages["/feed.xml"] = Page(rss("Wire", _items(2, site, short=True)),
                                   content_type="application/rss+xml")
    site.pages["/story/0"] = Page(article_page("Item 0", story(50)))
    # /story/1 is missing: the summary is kept, and said so
    run_cli(capsys, "feeds", "add", site.url("/feed.xml"))
    code, out, err = run_cli(capsys, "fetch")
    assert code == 0, err
    assert "new 2" in out
    assert "Item 1" in err and "404" in err and "summary" in err
    with store() as s:
        texts = {r.title: s.get_article(r.id).text for r in s.list_articles()}
    assert "Report 50" in texts["Item 0"] and "Summary 0" not in texts["Item 0"]
    assert texts["Item 1"] == "Summary 1."


def test_robots_txt_is_respected_for_full_text(site, capsys):
    site.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /story/\n",
                                     content_type="text/plain")
    site.pages["/feed.xml"] = Page(rss("Wire", _items(1, site, short=True)),
                                   content_type="application/rss+xml")
    site.pages["/story/0"] = Page(article_page("Item 0", story(50)))
    run_cli(capsys, "feeds", "add", site.url("/feed.xml"))
    code, _, err = run_cli(capsys, "fetch")
    assert code == 0 and "robots.txt" in err
    assert site.hits["/story/0"] == 0


def test_a_failed_feed_is_one_line_and_the_others_are_fetched(site, capsys):
    site.pages["/good.xml"] = Page(rss("Good", _items(2, site)),
                                   content_type="application/rss+xml")
    site.pages["/broken.xml"] = Page(b"<rss><channel><item><title>x</ti", content_type="text/xml")
    site.pages["/gone.xml"] = Page(b"", status=500)
    for path in ("/gone.xml", "/broken.xml", "/good.xml"):
        run_cli(capsys, "feeds", "add", site.url(path))
    code, out, err = run_cli(capsys, "fetch")
    assert code == 1
    assert out.strip() == "feeds 3, new 2, updated 0, unchanged 0, failed 2"
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "500" in lines[0] and "/broken.xml" in lines[1]
    code, out, _ = run_cli(capsys, "feeds", "list", "--json")
    errors = {f["url"].rsplit("/", 1)[1]: f["last_error"] for f in json.loads(out)}
    assert errors["good.xml"] is None and "500" in errors["gone.xml"]


def test_an_entry_with_a_bad_date_is_kept_undated(site, capsys):
    items = _items(1, site)
    items[0]["pubDate"] = "the thirty-second of Smarch"
    site.pages["/feed.xml"] = Page(rss("Wire", items), content_type="application/rss+xml")
    run_cli(capsys, "feeds", "add", site.url("/feed.xml"))
    code, out, _ = run_cli(capsys, "fetch")
    assert code == 0 and "new 1" in out
    with store() as s:
        (row,) = s.list_articles()
    assert row.published is None


def test_one_article_per_story_across_feeds_every_source_kept(site, capsys):
    shared = _items(1, site)
    site.pages["/a.xml"] = Page(rss("Alpha Wire", shared), content_type="application/rss+xml")
    other = [dict(shared[0], guid="b-1", description="Other words. " + shared[0]["description"])]
    site.pages["/b.xml"] = Page(rss("Beta News", other), content_type="application/rss+xml")
    same_text = [dict(shared[0], guid="c-1", link=site.url("/elsewhere"))]
    site.pages["/c.xml"] = Page(rss("Gamma Daily", same_text), content_type="application/rss+xml")
    for path in ("/a.xml", "/b.xml", "/c.xml"):
        run_cli(capsys, "feeds", "add", site.url(path))
    code, out, err = run_cli(capsys, "fetch")
    assert code == 0, err
    assert out.strip() == "feeds 3, new 1, updated 0, unchanged 2, failed 0"
    with store() as s:
        (row,) = s.list_articles()
        article = s.get_article(row.id)
    assert article.source == "Alpha Wire"
    assert sorted(article.also_from) == ["Beta News", "Gamma Daily"]
    code, out, _ = run_cli(capsys, "show", article.id[:8])
    assert "also from:" in out and "Beta News" in out
    code, out, _ = run_cli(capsys, "export", article.id[:8], "-o", "-")
    assert "also in Beta News, Gamma Daily" in out or "also in Gamma Daily, Beta News" in out
    code, out, _ = run_cli(capsys, "fetch")  # nothing new: the same again
    assert "new 0, updated 0, unchanged 3" in out


def test_fetch_with_no_feeds_and_with_an_unknown_feed(capsys):
    code, out, _ = run_cli(capsys, "fetch")
    assert code == 0 and "no feeds followed" in out
    code, _, err = run_cli(capsys, "fetch", "--feed", "abcdef")
    assert code == 2 and "no feed" in err and err.count("\n") == 1


def test_every_kind_of_failing_feed_is_one_line_and_the_good_one_is_fetched(site):
    """404, 500, a timeout, a redirect loop, a 50 MB answer, a gzip bomb, a PDF, invalid
    XML: each one line naming its feed, and the good feed's items all kept."""
    import gzip

    from newsdesk.app.fetching import fetch_feeds
    from newsdesk.net.http import Fetcher
    from newsdesk.store.feeds import Feed

    site.pages["/good.xml"] = Page(rss("Good", _items(3, site)),
                                   content_type="application/rss+xml")
    site.pages["/e500.xml"] = Page(b"oops", status=500, content_type="text/plain")
    site.pages["/slow.xml"] = Page(rss("Slow", _items(1, site)), delay=3.0,
                                   content_type="application/rss+xml")
    site.pages["/loop.xml"] = Page(b"", status=302, headers={"Location": "/loop.xml"})
    site.pages["/huge.xml"] = Page(b"<!-- " + b"x" * (1 << 20), repeat=50,
                                   content_type="application/rss+xml")
    bomb = gzip.compress(b"<rss>" + b" " * (200 << 20), compresslevel=9)
    site.pages["/bomb.xml"] = Page(bomb, content_type="application/rss+xml",
                                   headers={"Content-Encoding": "gzip"})
    site.pages["/doc.xml"] = Page(b"%PDF-1.7 binary", content_type="application/pdf")
    site.pages["/bad.xml"] = Page(b"<rss><channel><item><title>x</ti", content_type="text/xml")
    names = ["missing", "e500", "slow", "loop", "huge", "bomb", "doc", "bad", "good"]
    feeds = [Feed.new(site.url(f"/{name}.xml")) for name in names]
    with store() as s:
        s.put_feeds(feeds)
        with Fetcher(read_timeout=0.5, total_timeout=5.0) as fetcher:
            report = fetch_feeds(s, s.feeds(), fetcher=fetcher)
        assert report.summary() == "feeds 9, new 3, updated 0, unchanged 0, failed 8"
        assert len(report.problems) == 8
        for name, line in zip(names, report.problems, strict=False):
            assert f"/{name}.xml" in line and "\n" not in line and "\x1b" not in line, line
        said = dict(zip(names, report.problems, strict=False))
        assert "404" in said["missing"] and "500" in said["e500"]
        assert "timed out" in said["slow"] and "redirect" in said["loop"]
        assert "10 MB" in said["huge"] and "10 MB" in said["bomb"]
        assert "PDF" in said["doc"] or "pdf" in said["doc"]
        assert len(s.list_articles()) == 3
        errors = {f.url.rsplit("/", 1)[1]: f.last_error for f in s.feeds()}
    assert errors["good.xml"] is None and all(errors[f"{n}.xml"] for n in names[:-1])
