"""A changed version of an article already kept updates it in place: the same feed item
(by guid) or the same file; a different item with the same text is a duplicate."""

from __future__ import annotations

from newsdesk.app.importing import import_into
from newsdesk.store.db import Store
from newsdesk.store.records import Annotation

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Trade Wire</title><link>https://wire.example/</link>
<item><guid>https://wire.example/levy-1</guid><title>Ruritania levy</title>
<link>https://wire.example/levy-1</link><pubDate>Mon, 03 Feb 2025 09:00:00 GMT</pubDate>
<description>{text}</description></item>
</channel></rss>
"""


def test_a_feed_item_with_the_same_guid_updates_the_article(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text(FEED.format(text="Ruritania imposed a 10% levy on Freedonian widgets."))
    with Store.open(tmp_path / "store") as store:
        assert import_into(store, [feed]).imported == 1
        (first,) = store.list_articles()
        store.add_annotation(Annotation(id="n1", article_id=first.id, start=10, end=17,
                                        quote="imposed", note="watch"))
        feed.write_text(FEED.format(text="Update: Ruritania imposed a 12% levy on Freedonian"
                                         " widgets from 1 March."))
        report = import_into(store, [feed])
        assert (report.imported, report.updated, report.duplicates) == (0, 1, 0)
        (article,) = store.iter_articles()
        (note,) = store.annotations()
    assert article.id == first.id and article.origin and "#https://wire.example/levy-1" in \
        article.origin
    assert "12%" in article.text and article.findings is not None
    assert article.text[note.start:note.end] == "imposed"


def test_the_same_text_again_is_a_duplicate_not_an_update(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text(FEED.format(text="Ruritania imposed a 10% levy on Freedonian widgets."))
    with Store.open(tmp_path / "store") as store:
        import_into(store, [feed])
        report = import_into(store, [feed])
    assert (report.imported, report.updated, report.duplicates) == (0, 0, 1)
