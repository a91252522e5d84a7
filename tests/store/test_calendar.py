"""Deadlines in time: the day each falls due, the time left, `newsdesk deadlines` and its
iCalendar file read back with the icalendar library."""

from __future__ import annotations

import datetime as dt
import os

import icalendar
import pytest

from newsdesk.analysis.model import Findings
from newsdesk.cli.main import main
from newsdesk.store.calendar import (
    DueDay,
    days_left,
    deadline_entries,
    describe_left,
    due_day,
    to_ical,
)
from newsdesk.store.db import Store
from newsdesk.store.records import Article, Correction

NOW = dt.datetime(2025, 9, 14, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("value, expected", [
    ("2025-09-17", DueDay(dt.date(2025, 9, 17), "day")),
    ("2025-12", DueDay(dt.date(2025, 12, 31), "month")),
    ("2024-02", DueDay(dt.date(2024, 2, 29), "month")),
    ("2026", DueDay(dt.date(2026, 12, 31), "year")),
    ("2025-13", None), ("2025-02-30", None), ("soon", None), ("", None), (None, None),
])
def test_the_day_a_deadline_falls_due(value, expected):
    assert due_day(value) == expected


def test_time_left_counts_whole_days_in_utc():
    assert describe_left(days_left(dt.date(2025, 9, 14), NOW)) == "due today"
    assert describe_left(days_left(dt.date(2025, 9, 15), NOW)) == "1 day left"
    assert describe_left(days_left(dt.date(2025, 9, 13), NOW)) == "passed 1 day ago"
    assert describe_left(days_left(dt.date(2025, 9, 1), NOW)) == "passed 13 days ago"
    # 23:30 in New York on the 13th is already the 14th in UTC
    late = dt.datetime(2025, 9, 13, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert days_left(dt.date(2025, 9, 14), late) == 0
    assert DueDay(dt.date(2025, 12, 31), "month").describe() == "by the end of December 2025"


def articles() -> list[Article]:
    one = Article(
        id="111111111111", title="Tariff truce, extended | again", text="x" * 200,
        url="https://news.example/truce?a=1&b=2", source="Desk", published="2025-09-01",
        findings=Findings.from_json({"actors": [], "times": [], "measures": [
            {"type": "tariff", "action": "extend", "imposer": "United States",
             "targets": ["China"], "magnitude": "90-day", "start": 0, "end": 50,
             "text": "The truce, on tariffs; runs on."}],
            "deadlines": [
                {"date": "2025-11-10", "what": "truce ends; tariffs, back", "start": 10,
                 "end": 21, "text": "November 10", "measure": 0},
                {"date": "2025-12", "what": "review due", "start": 30, "end": 38,
                 "text": "December", "measure": None},
                {"date": "2025-09-01", "what": "talks held", "start": 40, "end": 49,
                 "text": "September", "measure": None},
                # same words and date again, later in the article: still its own event
                {"date": "2025-11-10", "what": "second mention", "start": 60, "end": 71,
                 "text": "November 10", "measure": None},
            ]}))
    two = Article(
        id="222222222222", title="Sale deadline", text="y" * 100, url=None,
        findings=Findings.from_json({"actors": [], "times": [], "measures": [], "deadlines": [
            {"date": "2025-09-17", "what": "sell\nor be banned", "start": 0, "end": 12,
             "text": "September 17", "measure": None},
            {"date": "someday", "what": "unclear", "start": 20, "end": 27,
             "text": "someday", "measure": None}]}))
    return [one, two]


def entries():
    return [e for a in articles() for e in deadline_entries(a, a.findings)]


def read_events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e.uid): e for e in cal.events}


def test_every_dated_deadline_becomes_an_all_day_event():
    data = to_ical(entries(), NOW)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["PRODID"]) == "-//newsdesk//deadlines//EN"
    events = list(cal.events)
    dated = [e for e in entries() if e.due is not None]
    assert len(events) == len(dated) == 5
    by_start = {}
    for event in events:
        assert isinstance(event.start, dt.date) and not isinstance(event.start, dt.datetime)
        assert event.end == event.start + dt.timedelta(days=1)
        assert event.DTSTAMP == NOW
        assert str(event["TRANSP"]) == "TRANSPARENT"
        by_start.setdefault(event.start, []).append(event)
    for entry in dated:
        matching = [e for e in by_start[entry.due.day]
                    if str(e["SUMMARY"]) == "Due: " + " ".join(entry.what.split())]
        assert len(matching) == 1, entry
        event = matching[0]
        description = str(event["DESCRIPTION"])
        assert entry.article_title in description
        assert f"What is due: {' '.join(entry.what.split())}" in description
        if entry.article_url:
            assert entry.article_url in description
            assert str(event["URL"]) == entry.article_url
        else:
            assert "URL" not in event
    review = by_start[dt.date(2025, 12, 31)][0]
    assert "the article gives only the month; due by the end of December 2025" in \
        str(review["DESCRIPTION"])
    truce = next(e for e in by_start[dt.date(2025, 11, 10)]
                 if "truce" in str(e["SUMMARY"]))
    assert [str(c) for c in truce.categories] == ["newsdesk deadline", "tariff"]
    assert "Evidence: \u201cThe truce, on tariffs; runs on.\u201d" in str(truce["DESCRIPTION"])


def test_uids_are_unique_and_stable_across_exports():
    first = read_events(to_ical(entries(), NOW))
    assert len(first) == 5  # the repeated "November 10" got a UID of its own
    later = NOW + dt.timedelta(days=2)
    second = read_events(to_ical(list(reversed(entries())), later))
    assert second.keys() == first.keys()
    for uid, event in second.items():
        assert event.start == first[uid].start
        assert str(event["SUMMARY"]) == str(first[uid]["SUMMARY"])
        assert event["DTSTAMP"].dt == later


def test_a_corrected_date_moves_the_event_instead_of_adding_one():
    before = read_events(to_ical(entries(), NOW))
    moved = articles()
    moved[1].findings.deadlines[0].date = "2025-10-01"
    after = read_events(to_ical([e for a in moved for e in deadline_entries(a, a.findings)], NOW))
    assert after.keys() == before.keys()
    changed = [uid for uid in after if after[uid].start != before[uid].start]
    assert len(changed) == 1 and after[changed[0]].start == dt.date(2025, 10, 1)


# -- the command -----------------------------------------------------------------------------


@pytest.fixture
def store_with_deadlines():
    with Store.open(os.environ["NEWSDESK_STORE"]) as store:
        store.add_articles(articles())
        store.add_correction(Correction(
            id="c1", article_id="111111111111", kind="reject",
            target={"kind": "deadline", "date": "2025-12", "text": "December", "start": 30},
            created="2025-09-14T08:00:00+00:00"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadlines_lists_upcoming_then_passed_as_of_now(capsys, store_with_deadlines):
    code, out, err = run(capsys, "deadlines")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "deadlines as of 2025-09-14 09:00 UTC"
    text = "\n".join(lines)
    assert "review due" not in text  # rejected by the reader
    assert text.index("sell or be banned") < text.index("truce ends") < text.index("unclear")
    assert "2025-09-17  3 days left" in text
    assert "2025-11-10  57 days left" in text
    assert "passed:" in text and "passed 13 days ago  talks held" in text
    assert "Sale deadline [222222222222]" in text
    assert lines.index("upcoming:") < lines.index("passed:")
    assert "someday     date unclear" in text
    code, out, _ = run(capsys, "deadlines", "--upcoming")
    assert "talks held" not in out and "sell or be banned" in out
    code, out, _ = run(capsys, "deadlines", "--article", "2222")
    assert "truce" not in out and "sell or be banned" in out


def test_deadlines_ics_file_and_force(capsys, tmp_path, store_with_deadlines):
    target = tmp_path / "deadlines.ics"
    code, out, _ = run(capsys, "deadlines", "--ics", str(target))
    assert code == 0 and f"wrote {target} (4 deadlines" in out
    first = read_events(target.read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in first.values()) == [
        "Due: second mention", "Due: sell or be banned", "Due: talks held",
        "Due: truce ends; tariffs, back"]
    code, _, err = run(capsys, "deadlines", "--ics", str(target))
    assert code == 2 and "--force" in err and err.count("\n") == 1
    os.environ["NEWSDESK_NOW"] = "2025-09-20T12:00:00Z"  # restored by the autouse fixture
    code, _, _ = run(capsys, "deadlines", "--ics", str(target), "--force")
    assert code == 0
    second = read_events(target.read_bytes())
    assert second.keys() == first.keys()
    assert {e.DTSTAMP for e in second.values()} == {dt.datetime(2025, 9, 20, 12, tzinfo=dt.UTC)}


def test_deadlines_ics_to_stdout(capsys, store_with_deadlines):
    code, out, _ = run(capsys, "deadlines", "--ics", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR")
    assert len(read_events(out.encode())) == 4


def test_deadlines_ics_bad_path_is_one_line(capsys, tmp_path, store_with_deadlines):
    code, out, err = run(capsys, "deadlines", "--ics", str(tmp_path / "nope" / "d.ics"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "does not exist" in err


def test_deadlines_in_an_empty_store(capsys):
    with Store.open(os.environ["NEWSDESK_STORE"]):
        pass
    code, out, _ = run(capsys, "deadlines")
    assert code == 0 and out.startswith("no deadlines as of 2025-09-14 09:00 UTC")
