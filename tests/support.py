"""What the test files share (no tests here): a hand-written article with hand-built
findings, a real store holding it, and the Pilot helpers the TUI tests use."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.app import App
from textual.message import Message
from textual.notifications import Notify
from textual.pilot import Pilot
from textual.screen import Screen

from newsdesk.analysis.model import Actor, Findings, Mention
from newsdesk.app.engine import engine_version
from newsdesk.cli import main as cli
from newsdesk.store.db import LOCK_FILE, Store
from newsdesk.store.folder import CACHE_FOLDER
from newsdesk.store.records import Annotation, Article

TEXT = (
    "Trade Minister Ana Ruiz of Chile said on Monday that Chile will impose a 25% tariff "
    "on Canadian steel. Ottawa rejected the plan.\n"
    "Ruiz said the tariff takes effect on September 20. Canada has until October 1 to "
    "respond, Ruiz added. The old quota on Canadian wood expired on September 1.\n"
    "The European Union opened an anti-dumping probe into Chilean copper."
)


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def mention(text: str, needle: str, nth: int = 0) -> dict:
    s, e = span(text, needle, nth)
    return {"start": s, "end": e, "text": text[s:e]}


def sentence_of(text: str, needle: str) -> tuple[int, int]:
    s, _ = span(text, needle)
    stop = text.rfind(". ", 0, s)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, s) + 1)
    end = text.index(".", s) + 1
    return start, end


def fixture_findings(text: str = TEXT) -> Findings:
    """Hand-built findings for the fixture text (no sentences: the view splits them)."""
    tariff = sentence_of(text, "25% tariff")
    probe = sentence_of(text, "anti-dumping")
    return Findings.from_json({
        "actors": [
            {"name": "Ana Ruiz", "kind": "person", "role": "Trade Minister",
             "affiliation": "Chile", "mentions": [
                 mention(text, "Ana Ruiz"), mention(text, "Ruiz", 1), mention(text, "Ruiz", 2)]},
            {"name": "Chile", "kind": "country", "role": None, "affiliation": None,
             "mentions": [mention(text, "Chile"), mention(text, "Chile", 1)]},
            {"name": "Canada", "kind": "country", "role": None, "affiliation": None,
             "mentions": [mention(text, "Ottawa"), mention(text, "Canada")]},
            {"name": "European Union", "kind": "organization", "role": None,
             "affiliation": None, "mentions": [mention(text, "European Union")]},
        ],
        "times": [
            {**mention(text, "on Monday"), "type": "DATE", "value": "2025-09-08"},
            {**mention(text, "September 20"), "type": "DATE", "value": "2025-09-20"},
            {**mention(text, "October 1"), "type": "DATE", "value": "2025-10-01"},
            {**mention(text, "September 1"), "type": "DATE", "value": "2025-09-01"},
        ],
        "measures": [
            {"type": "tariff", "action": "impose", "imposer": "Chile", "targets": ["Canada"],
             "magnitude": "25%", "start": tariff[0], "end": tariff[1],
             "text": text[tariff[0]:tariff[1]]},
            {"type": "trade_defence", "action": "investigate", "imposer": "European Union",
             "targets": ["Chile"], "magnitude": None, "start": probe[0], "end": probe[1],
             "text": text[probe[0]:probe[1]]},
        ],
        "deadlines": [
            {"date": "2025-09-20", "what": "tariff takes effect", "measure": 0,
             **mention(text, "September 20")},
            {"date": "2025-10-01", "what": "Canada to respond", "measure": 0,
             **mention(text, "October 1")},
            {"date": "2025-09-01", "what": "old quota expired", "measure": None,
             **mention(text, "September 1")},
        ],
    })


def fixture_article(**changes) -> Article:
    article = Article(id="a1" * 8, title="Chile plans steel tariff on Canada", text=TEXT,
                      source="Fixture Wire", url=None, published="2025-09-09",
                      imported_at="2025-09-10T00:00:00+00:00", findings=fixture_findings(),
                      findings_version=engine_version())
    return replace(article, **changes)


def open_store(folder: Path, articles=(), settings: dict | None = None) -> Store:
    """A real store in `folder` holding these articles (findings left as given)."""
    store = Store.open(folder)
    if articles:
        store.add_articles(list(articles))
    for key, value in (settings or {}).items():
        store.set_setting(key, value)
    return store


# -- Pilot helpers -------------------------------------------------------------------------


class DialogHost(App[None]):
    """Pushes one dialog and records what it dismisses with."""

    def __init__(self, dialog: Screen[Any]) -> None:
        super().__init__()
        self.dialog = dialog
        self.results: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.results.append)


async def settle(pilot: Pilot[Any]) -> None:
    """Let queued callbacks start their workers, let the workers finish, then repaint."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def wait_for_scan(pilot: Pilot[Any], timeout: float = 30.0) -> None:
    """Until the main screen's start-up scan has filled its search index: the scan starts
    on a timer after the first paint, so waiting for workers alone may come too early."""
    def busy() -> bool:
        watcher = getattr(pilot.app.screen, "watcher", None)
        return (getattr(pilot.app.screen, "search_index", None) is None
                or bool(getattr(watcher, "scanning", False)))

    waited = 0.0
    while busy() and waited < timeout:
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
        waited += 0.05
    await pilot.pause()


def screen_text(app: App[Any]) -> str:
    """Every line the top screen shows, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def unique(seen: list[Message], kind: type) -> list[Any]:
    """Messages of a kind, once each (the hook sees a message at every hop it bubbles)."""
    out: list[Any] = []
    for m in seen:
        if isinstance(m, kind) and not any(m is o for o in out):
            out.append(m)
    return out


async def wait_until(pilot: Pilot[Any], condition: Callable[[], bool],
                     timeout: float = 20.0) -> bool:
    """Let the app run until `condition()` holds (or `timeout` seconds pass), then settle;
    whether it holds."""
    waited = 0.0
    while not condition() and waited < timeout:
        await pilot.pause(0.1)
        waited += 0.1
    await settle(pilot)
    return condition()


def notices(seen: list[Message]) -> list[str]:
    """The texts of the notifications shown, once each, in order."""
    out: list[str] = []
    for m in seen:
        if isinstance(m, Notify) and str(m.notification.message) not in out:
            out.append(str(m.notification.message))
    return out


# -- the store tests' records and folders --------------------------------------------------
# tests/store/test_store_*.py and test_faults_*.py import these under the short names they
# use (`article`, `note`, `snapshot`, ...).


def numbered_article(n: int, **changes) -> Article:
    """Article n of a made-up series, with one actor found in it (test_store_*.py)."""
    fields = {
        "id": hashlib.sha256(f"article {n}".encode()).hexdigest(),
        "title": f"Tariffs, part {n}",
        "text": f"Washington raised tariffs on steel to 55% on day {n}.\nBeijing replied.",
        "source": "Example Wire",
        "url": f"https://example.com/{n}",
        "published": "2025-09-0" + str(1 + n % 9),
        "imported_at": "2025-09-14T09:00:00+00:00",
        "findings": Findings(actors=[Actor("United States", "country",
                                           mentions=[Mention(0, 10, "Washington")])]),
        "findings_version": "1",
    }
    fields.update(changes)
    return Article(**fields)


def numbered_note(n: int, article_id: str, **changes) -> Annotation:
    """Note n on an article, with every field filled (test_store_*.py)."""
    fields = {"id": f"note-{n}", "article_id": article_id, "start": n, "end": n + 10,
              "quote": "raised tar", "prefix": "Washington ", "suffix": "iffs",
              "note": f"note {n} — ünïcode", "tags": ["trade"], "links": ["actor:United States"],
              "created": "2025-09-14T09:00:00Z", "updated": "2025-09-14T09:00:00Z"}
    fields.update(changes)
    return Annotation(**fields)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, by its path in the folder (the segments' too), but the lock's (it
    only records who opened the store last) and the cache's (data derived from the articles,
    written whenever it was used and checked before each use: app/derived.py)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != LOCK_FILE
            and p.relative_to(folder).parts[0] != CACHE_FOLDER}


def plain_article(n: int, **changes) -> Article:
    """Article n with a short hex id and no findings (test_faults_*.py)."""
    fields = {"id": f"{n:012x}", "title": f"Steel tariffs, part {n}",
              "text": f"Washington raised tariffs on steel to 55% on day {n}.",
              "published": "2025-09-01", "imported_at": "2025-09-14T09:00:00+00:00",
              "findings": Findings(), "findings_version": "1"}
    fields.update(changes)
    return Article(**fields)


def plain_note(n: int, article_id: str) -> Annotation:
    """Note n on an article, with only the fields a note needs (test_faults_*.py)."""
    return Annotation(id=f"note-{n}", article_id=article_id, start=0, end=10,
                      quote="Washington", note=f"note {n}", tags=["trade"])


def fill_store(folder: Path) -> Path:
    """Make `folder` a store holding two plain articles, a note and a setting."""
    with Store.open(folder) as s:
        s.add_articles([plain_article(1), plain_article(2)])
        s.add_annotation(plain_note(1, plain_article(1).id))
        s.set_setting("theme", "dark")
    return folder


def store_state(folder: Path) -> tuple:
    """Everything a store holds, read afresh (read-only, so it works beside a writer)."""
    with Store.open(folder, readonly=True) as s:
        return (list(s.iter_articles()), s.list_articles(), s.annotations(), s.corrections(),
                s.settings())


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """`newsdesk ARGV...` in this process: exit status, stdout, stderr."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    """The command failed with one line on stderr holding every fragment."""
    assert code == 2, err
    assert err.startswith("newsdesk: error: ") and err.count("\n") == 1, err
    for fragment in fragments:
        assert fragment in err, (fragment, err)


def write_file(path: Path, data: bytes | str) -> Path:
    """Write `data` (a str as UTF-8) to `path`, making its folders (test_import_*.py)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def actor_names(app: App[Any]) -> list[str]:
    """The names in the Actors pane, top to bottom (each name cell's first line; role and
    affiliation are on its second)."""
    from newsdesk.tui.panes.actors import ActorsPane

    table = app.screen.query_one(ActorsPane).table
    return [table.get_row_at(i)[2].plain.split("\n")[0] for i in range(table.row_count)]


def seal(header: dict, body: bytes) -> None:
    """Set a store file's header to match an edited body: its size and checksum, and for an
    index whose places have their own, theirs (every line of the body but the last)."""
    header["body_bytes"], header["crc32"] = len(body), zlib.crc32(body)
    if "places_bytes" in header:
        places = body[:body.rstrip(b"\n").rfind(b"\n") + 1]
        header["places_bytes"], header["places_crc32"] = len(places), zlib.crc32(places)
