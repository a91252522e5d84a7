"""OPML in and out: exports from real readers, the round trip, and hostile files."""

from __future__ import annotations

import codecs
import pickle
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsdesk.store import opml
from newsdesk.store.opml import (
    FeedOutline,
    OpmlError,
    OpmlRead,
    _url_key,
    clean_title,
    normalize_tag,
    read_opml,
    write_opml,
)


def _read(data: bytes | str) -> OpmlRead:
    return read_opml(data.encode() if isinstance(data, str) else data, source="feeds.opml")


def _opml(body: str, version: str = "2.0") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<opml version="{version}">\n'
            f"<head><title>Subs</title></head>\n<body>\n{body}\n</body>\n</opml>\n")


def _error(data: bytes | str) -> str:
    with pytest.raises(OpmlError) as caught:
        _read(data)
    message = str(caught.value)
    assert "\n" not in message and message.startswith("feeds.opml: ")
    return message


# A typical export: nested folders, attribute names in any case, a feed without a title,
# categories, an empty folder, a link that is not a feed.
READER_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Subscriptions in Reader</title><dateCreated>Mon, 1 Sep 2025</dateCreated></head>
  <body>
    <outline text="Trade Policy" title="Trade Policy">
      <outline type="rss" text="WTO news" title="WTO news"
               xmlUrl="https://www.wto.org/library/rss/latest_news_e.xml"
               htmlUrl="https://www.wto.org/"/>
      <outline title="EU &amp; Brussels">
        <outline type="rss" TEXT="DG Trade" XMLURL="https://policy.trade.ec.europa.eu/feed"
                 HtmlUrl="https://policy.trade.ec.europa.eu/"/>
        <outline type="rss" xmlurl="https://example.org/untitled.xml"/>
      </outline>
    </outline>
    <outline type="rss" text="Top level" xmlUrl="http://example.com/feed"
             category="Economics, #Tariffs,/World/Asia"/>
    <outline text="Empty folder"/>
    <outline type="link" text="A page" url="https://example.com/page"/>
  </body>
</opml>
"""


def test_typical_reader_export() -> None:
    read = _read(READER_EXPORT)
    assert read.feeds == [
        FeedOutline("https://www.wto.org/library/rss/latest_news_e.xml", "WTO news",
                    ("trade-policy",), "https://www.wto.org/"),
        FeedOutline("https://policy.trade.ec.europa.eu/feed", "DG Trade",
                    ("trade-policy", "eu-&-brussels"), "https://policy.trade.ec.europa.eu/"),
        FeedOutline("https://example.org/untitled.xml", None, ("trade-policy", "eu-&-brussels")),
        FeedOutline("http://example.com/feed", "Top level",
                    ("economics", "tariffs", "world", "asia")),
    ]
    assert read.skipped == ['outline "A page": a link, not a feed (it has no xmlUrl)']


def test_opml_1_with_text_only() -> None:
    read = _read(_opml('<outline text="Feeds"><outline text="Old one" type="rss"'
                       ' xmlUrl="https://old.example/rss"/></outline>', version="1.0"))
    assert read.feeds == [FeedOutline("https://old.example/rss", "Old one", ("feeds",))]
    assert read.skipped == []


def test_text_is_preferred_and_a_text_that_repeats_the_url_is_no_title() -> None:
    read = _read(_opml(
        '<outline text="Renamed" title="Original" xmlUrl="https://a.example/"/>'
        '<outline text="https://b.example/" xmlUrl="https://b.example/"/>'
        '<outline text="" title="Title only" xmlUrl="https://c.example/"/>'))
    assert [f.title for f in read.feeds] == ["Renamed", None, "Title only"]


# --- round trip ---------------------------------------------------------------------------

EXAMPLES = [
    FeedOutline("https://a.example/feed?x=1&y=2", 'A & <B> "quoted" \'it\'s\'',
                ("trade", "eu"), "https://a.example/"),
    FeedOutline("https://c.example/rss", None, ("trade",)),
    FeedOutline("https://d.example/rss", "Ünïcödé — 日本語 😀", ("asia", "trade", "steel")),
    FeedOutline("http://b.example/rss", "https://b.example/rss"),  # a title that is a URL
    FeedOutline("https://e.example/rss"),
]


def test_round_trip_examples() -> None:
    written = write_opml(EXAMPLES, now="2025-09-14T09:00:00Z")
    assert _read(written) == OpmlRead(feeds=EXAMPLES, skipped=[])
    # It is plain, indented OPML 2.0 any reader takes.
    text = written.decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert "<dateCreated>Sun, 14 Sep 2025 09:00:00 +0000</dateCreated>" in text
    assert '\n    <outline text="trade" title="trade">\n' in text
    assert 'category="asia,trade,steel"' in text and "&amp;y=2" in text
    root = etree.fromstring(written)
    body = root.find("body")
    assert [o.get("text") for o in body] == ["trade", "asia", "https://b.example/rss",
                                             "https://e.example/rss"]


def test_no_date_unless_given_and_a_bad_date_is_refused() -> None:
    assert b"dateCreated" not in write_opml([])
    assert b"Mon, 01 Sep 2025 10:00:00 +0200" in write_opml(
        [], now="Mon, 01 Sep 2025 10:00:00 +0200")
    with pytest.raises(ValueError, match="bad date"):
        write_opml([], now="yesterday")


def test_write_refuses_a_feed_that_is_not_http() -> None:
    with pytest.raises(ValueError, match="is not an http or https URL"):
        write_opml([FeedOutline("file:///etc/passwd")])


def test_write_cleans_what_it_writes() -> None:
    dirty = FeedOutline(" https://a.example/ ", "\x1b[31mRed\x1b[0m  title\n", ("#Big News", "x"),
                        "javascript:alert(1)")
    assert _read(write_opml([dirty])).feeds == [
        FeedOutline("https://a.example/", "Red title", ("big-news", "x"))]


def _grouped(feeds: list[FeedOutline]) -> list[FeedOutline]:
    """`feeds` in write_opml's order: by first tag, folders in first-seen order, then the
    feeds without tags."""
    firsts = list(dict.fromkeys(f.tags[0] for f in feeds if f.tags))
    return sorted(feeds, key=lambda f: firsts.index(f.tags[0]) if f.tags else len(firsts))


_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=250)
_URLS = st.builds("https://{}.example/{}".format,
                  st.from_regex(r"[a-z0-9]{1,12}", fullmatch=True),
                  st.from_regex(r"[A-Za-z0-9/_.~?&=%-]{0,30}", fullmatch=True))
_FEEDS = st.lists(
    st.builds(FeedOutline, url=_URLS, title=st.none() | _TEXT,
              tags=st.lists(_TEXT, max_size=3).map(tuple),
              html_url=st.none() | _URLS),
    # Distinct feeds: two spellings of one URL ("/" and "/?") are one feed when read.
    max_size=8, unique_by=lambda f: _url_key(f.url))


@settings(max_examples=150, deadline=None)
@given(_FEEDS)
def test_round_trip_any_titles_and_tags(feeds: list[FeedOutline]) -> None:
    clean = [f.cleaned() for f in feeds]
    assert all(len(f.tags) <= 3 for f in clean)
    assert [f.cleaned() for f in clean] == clean  # cleaning is idempotent
    expected = _grouped(clean)
    assert _read(write_opml(clean)) == OpmlRead(feeds=expected, skipped=[])
    assert _read(write_opml(feeds)).feeds == expected  # write cleans uncleaned feeds


@given(st.text())
def test_cleaning_is_idempotent_and_one_line(text: str) -> None:
    title, tag = clean_title(text), normalize_tag(text)
    assert title is None or (clean_title(title) == title and len(title) <= 200
                             and "\n" not in title and "\x1b" not in title)
    assert tag is None or (normalize_tag(tag) == tag and tag == tag.lower()
                           and not tag.startswith("#") and not set(tag) & set(", /\t\n"))


def test_tags_normalized_and_merged() -> None:
    read = _read(_opml('<outline text="World News"><outline text="Inner">'
                       '<outline text="F" xmlUrl="https://f.example/"'
                       ' category="#World News,inner/Extra, extra"/></outline></outline>'))
    assert read.feeds[0].tags == ("world-news", "inner", "extra")


# --- what is skipped ----------------------------------------------------------------------


def test_non_http_urls_are_skipped_with_reasons() -> None:
    read = _read(_opml(
        '<outline text="FTP" xmlUrl="ftp://files.example/feed.xml"/>'
        '<outline xmlUrl="file:///etc/passwd"/>'
        '<outline text="Script" xmlUrl="javascript:alert(1)"/>'
        '<outline text="No host" xmlUrl="https:///feed"/>'
        '<outline text="Empty" xmlUrl=""/>'
        '<outline text="Good" xmlUrl="HTTPS://good.example/rss"/>'))
    assert read.feeds == [FeedOutline("HTTPS://good.example/rss", "Good")]
    assert read.skipped == [
        'outline "FTP": ftp://files.example/feed.xml is not an http or https URL',
        "an outline without a title: file:///etc/passwd is not an http or https URL",
        'outline "Script": javascript:alert(1) is not an http or https URL',
        'outline "No host": https:///feed has no host name',
        'outline "Empty": its xmlUrl is empty',
    ]


def test_duplicates_are_kept_once_with_tags_merged() -> None:
    read = _read(_opml(
        '<outline text="Trade"><outline xmlUrl="https://a.example/rss"/></outline>'
        '<outline text="Steel"><outline text="Late title" xmlUrl="https://A.EXAMPLE/rss"'
        ' htmlUrl="https://a.example/" category="eu"/></outline>'
        '<outline text="Trade"><outline text="Once" xmlUrl="https://a.example/rss"/></outline>'))
    assert read.feeds == [FeedOutline("https://a.example/rss", "Late title",
                                      ("trade", "steel", "eu"), "https://a.example/")]
    assert read.skipped == [
        'outline "Late title": https://A.EXAMPLE/rss is listed twice; kept once, with the'
        " tags of both",
        'outline "Once": https://a.example/rss is listed twice; kept once, with the tags of'
        " both",
    ]


# --- what is refused ----------------------------------------------------------------------


def test_invalid_xml() -> None:
    message = _error(_opml('<outline text="unclosed" xmlUrl="https://a.example/">'))
    assert "not valid XML" in message and "export the subscriptions" in message
    assert "empty" in _error(b"  \n")
    assert "not valid XML" in _error(b"\xff\xfe\x00garbage")


def test_not_opml() -> None:
    assert _error('<?xml version="1.0"?><rss version="2.0"><channel/></rss>') == (
        "feeds.opml: not OPML (the root element is <rss>, not <opml>); export the"
        " subscriptions from your reader as OPML")
    assert _error('<opml version="2.0"><head/></opml>') == (
        "feeds.opml: not OPML (no <body>); export the subscriptions from your reader as OPML")


def test_error_is_one_line_and_pickles() -> None:
    error = OpmlError("bad\x1b]0;pwned\x07\nname.opml", "not OPML\n(no <body>)")
    assert str(error) == "bad name.opml: not OPML (no <body>)"
    assert isinstance(error, ValueError)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<opml version="2.0"><head/><body>
<outline text="&lol9;" xmlUrl="https://a.example/rss">&lol9;</outline>
</body></opml>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><head/><body>
<outline text="&xxe;" title="&xxe;" xmlUrl="https://a.example/rss"/>
</body></opml>
"""


def test_billion_laughs_is_refused_at_once() -> None:
    started = time.perf_counter()
    assert "declares a DOCTYPE" in _error(LAUGHS)
    assert "declares a DOCTYPE" in _error(LAUGHS.encode("utf-16"))  # the scan decodes it
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-32"])
def test_external_entity_is_refused(encoding: str) -> None:
    data = XXE.replace('<?xml version="1.0"?>', "").lstrip().encode(encoding)
    message = _error(data)
    assert "declares a DOCTYPE" in message and "root:" not in message


@pytest.mark.parametrize("document", [LAUGHS, XXE])
def test_parser_itself_neither_expands_nor_fetches(document: str, monkeypatch) -> None:
    """Should a DOCTYPE get past the scan (in an encoding it cannot read), the parser still
    expands and fetches nothing: checked here with the scan switched off."""
    monkeypatch.setattr(opml, "_declares_doctype", lambda data: False)
    assert "root:" not in _error(document)


def test_a_title_from_an_undeclared_entity_is_refused() -> None:
    assert "not valid XML" in _error(_opml('<outline text="&xxe;" xmlUrl="https://a.example/"/>'))


# --- encodings ----------------------------------------------------------------------------


def test_byte_order_mark() -> None:
    body = '<outline text="Café" xmlUrl="https://a.example/"/>'
    expected = [FeedOutline("https://a.example/", "Café")]
    assert _read(codecs.BOM_UTF8 + _opml(body).encode()).feeds == expected
    no_declaration = _opml(body).split("\n", 1)[1]
    assert _read(no_declaration.encode("utf-16")).feeds == expected  # with its BOM


def test_latin_1_declared_encoding() -> None:
    data = _opml('<outline text="Économie à la française" xmlUrl="https://a.example/"/>'
                 ).replace("UTF-8", "ISO-8859-1").encode("latin-1")
    assert _read(data).feeds == [FeedOutline("https://a.example/", "Économie à la française")]


# --- untrusted text -----------------------------------------------------------------------


def test_escape_sequences_and_controls_in_titles_are_cleaned() -> None:
    # XML 1.0 cannot hold ESC or most C0 controls, even as references, but it can hold
    # the 8-bit escapes (C1: CSI U+009B, OSC U+009D) and bidi overrides.
    hostile = ("&#x9d;0;owned&#x9c;&#x9b;31mRed&#x9b;0m&#x9;&#xa;  news&#x202e; &#x85;"
               "&#x9b;2Jend&#xfeff;")
    read = _read(_opml(f'<outline text="{hostile}" xmlUrl="https://a.example/">'
                       f'<outline text="x" xmlUrl="https://b.example/" category="{hostile}"/>'
                       "</outline>"))
    assert [f.title for f in read.feeds] == ["Red news end", "x"]
    assert read.feeds[1].tags == ("red-news-end",)
    # A raw ESC makes the file invalid XML: refused, with where it is.
    raw = _opml('<outline text="\x1b[31mRed" xmlUrl="https://a.example/"/>')
    assert _error(raw) == ("feeds.opml: not valid XML (invalid character in attribute value,"
                           " line 5, column 16); export the subscriptions from your reader"
                           " as OPML")
    long = _read(_opml(f'<outline text="{"word " * 100}" xmlUrl="https://a.example/"/>'))
    title = long.feeds[0].title
    assert title is not None and len(title) == 200 and title.endswith("…")


def test_hostile_text_in_reasons_is_cleaned() -> None:
    read = _read(_opml('<outline text="&#x9b;2Jbad" xmlUrl="gopher://x&#x9b;2J.example/"/>'))
    assert read.skipped == ['outline "bad": gopher://x.example/ is not a valid URL (it holds'
                            " spaces or control characters)"]
