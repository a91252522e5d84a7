"""The reader's notes and corrections as records: build, edit, re-anchor, validate.

Plain functions over records; the TUI and CLI call them and hand the result to the store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from newsdesk.analysis.model import ACTOR_KINDS
from newsdesk.analysis.text import normalize_text, one_line

from .anchor import anchor, quote_selector
from .corrections import EDITABLE, FINDING_KINDS, KINDS
from .records import Annotation, Article, Correction

_TAG_SEPARATORS = re.compile(r"[,\s]+")

# What a correction's target must name for each finding kind (see corrections.finding_key).
TARGET_KEYS = {
    "actor": ("name",),
    "measure": ("type", "text"),
    "deadline": ("date", "text", "start"),
    "time": ("start", "end"),
}
# What an added finding must carry besides the editable fields, per kind.
ADDED_REQUIRED = {
    "actor": ("name", "kind", "mentions"),
    "measure": ("type", "action", "start", "end", "text"),
    "deadline": ("date", "start", "end", "text"),
    "time": ("type", "value", "start", "end", "text"),
}
_ADDED_EXTRA = {
    "actor": ("mentions", "aliases"),
    "measure": ("start", "end", "text"),
    "deadline": ("start", "end", "text", "measure"),
    "time": ("start", "end", "text"),
}


# -- tags and links -------------------------------------------------------------------------


def parse_tags(typed: str) -> list[str]:
    """Tags from what the reader typed: comma or space separated, normalized."""
    return normalize_tags(_TAG_SEPARATORS.split(typed))


def normalize_tags(tags: Iterable[str]) -> list[str]:
    """Stripped, lower-cased, no '#', no duplicates; first-seen order is kept."""
    out: list[str] = []
    for tag in tags:
        tag = one_line(tag).lstrip("#").strip().lower()
        tag = "-".join(tag.split())  # a tag is one word, so it round-trips through parse_tags
        tag = tag.strip(",")
        if tag and tag not in out:
            out.append(tag)
    return out


def normalize_links(links: Iterable[str]) -> list[str]:
    """Links ("actor:<name>", "measure:<index>") stripped, without blanks or duplicates."""
    out: list[str] = []
    for link in links:
        link = one_line(link)
        if link and link not in out:
            out.append(link)
    return out


def _clean_note(note: str) -> str:
    # Keep the reader's line breaks; drop escapes and control characters.
    return normalize_text(note)


# -- annotations ---------------------------------------------------------------------------


def new_annotation(article: Article, start: int, end: int, note: str,
                   tags: Iterable[str], links: Iterable[str], now: str) -> Annotation:
    """A new note on article.text[start:end]; whitespace at the span's edges is left out."""
    text = article.text
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} is not inside the article"
                         f" ({len(text)} characters); select some text first")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValueError("the selection is only whitespace; select some words first")
    prefix, quote, suffix = quote_selector(text, start, end)
    return Annotation(
        id=uuid.uuid4().hex, article_id=article.id, start=start, end=end, quote=quote,
        prefix=prefix, suffix=suffix, note=_clean_note(note), tags=normalize_tags(tags),
        links=normalize_links(links), created=now, updated=now)


def edit_annotation(annotation: Annotation, note: str, tags: Iterable[str],
                    links: Iterable[str], now: str) -> Annotation:
    """A copy of the annotation with a new note, tags and links; the span is unchanged."""
    return dataclasses.replace(
        annotation, note=_clean_note(note), tags=normalize_tags(tags),
        links=normalize_links(links), updated=now)


def reanchor(annotations: Iterable[Annotation],
             text: str) -> list[tuple[Annotation, bool]]:
    """Each annotation placed on the text as it is now, with whether its quote was found.

    A found quote gets its new offsets and fresh prefix/suffix. A lost one keeps its
    quote and its old offsets, clamped to the text, so the reader can still see where it
    was; the caller decides how to flag it. The inputs are not modified.
    """
    out: list[tuple[Annotation, bool]] = []
    for a in annotations:
        span = anchor(text, a.quote, a.prefix, a.suffix, hint=a.start)
        if span is None:
            start = min(max(a.start, 0), len(text))
            end = min(max(a.end, start), len(text))
            out.append((dataclasses.replace(a, start=start, end=end), False))
            continue
        prefix, _, suffix = quote_selector(text, *span)
        out.append((dataclasses.replace(a, start=span[0], end=span[1], prefix=prefix,
                                        suffix=suffix), True))
    return out


# -- corrections ---------------------------------------------------------------------------


def date_error(value: str) -> str | None:
    """Why `value` is not a YYYY-MM or YYYY-MM-DD date, or None when it is one."""
    value = value.strip()
    example = "use YYYY-MM-DD or YYYY-MM, e.g. 2025-09-17"
    if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        return f"{value!r} is not a date: {example}" if value else f"a date is needed: {example}"
    try:
        dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return f"{value} is not a calendar date: {example}"
    return None


def new_correction(article_id: str | None, kind: str, target: Mapping[str, Any],
                   changes: Mapping[str, Any], now: str) -> Correction:
    """A validated correction record; ValueError (one line) names what is wrong."""
    if kind not in KINDS:
        raise ValueError(f"unknown correction {kind!r}: use one of {', '.join(KINDS)}")
    finding = target.get("kind")
    if finding not in FINDING_KINDS:
        raise ValueError(f"unknown finding kind {finding!r}: use one of"
                         f" {', '.join(FINDING_KINDS)}")
    if kind in ("reject", "edit", "merge"):
        missing = [k for k in TARGET_KEYS[finding] if target.get(k) in (None, "")]
        if missing:
            raise ValueError(f"the {finding} to {kind} is not named: its target needs"
                             f" {', '.join(missing)}")
    if kind == "reject" and changes:
        raise ValueError("a rejection changes nothing: leave changes empty")
    if kind == "edit":
        _check_keys(finding, changes, EDITABLE[finding], "edit")
        if not changes:
            raise ValueError(f"nothing to change in the {finding}")
        _check_values(finding, changes)
    if kind == "merge":
        if finding != "actor":
            raise ValueError(f"only actors can be merged, not a {finding}")
        _check_keys(finding, changes, ("into", "into_kind"), "merge")
        into = changes.get("into")
        if not isinstance(into, str) or not into.strip():
            raise ValueError("a merge needs the name of the actor to merge into")
        into_kind = changes.get("into_kind")
        if into_kind is not None and into_kind not in ACTOR_KINDS:
            raise ValueError(f"unknown actor kind {into_kind!r}: use one of"
                             f" {', '.join(ACTOR_KINDS)}")
        same_kind = into_kind in (None, target.get("actor_kind"))
        if into == target.get("name") and same_kind:
            raise ValueError(f"cannot merge {into!r} into itself")
    if kind == "add":
        _check_keys(finding, changes, EDITABLE[finding] + _ADDED_EXTRA[finding], "add")
        missing = [k for k in ADDED_REQUIRED[finding] if changes.get(k) in (None, "", [])]
        if missing:
            raise ValueError(f"the new {finding} needs {', '.join(missing)}")
        _check_values(finding, changes)
        _check_spans(finding, changes)
    return Correction(id=uuid.uuid4().hex, article_id=article_id, kind=kind,
                      target=dict(target), changes=dict(changes), created=now)


def _check_keys(finding: str, changes: Mapping[str, Any], allowed: Sequence[str],
                kind: str) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValueError(f"cannot {kind} {', '.join(unknown)} of a {finding}: the fields"
                         f" are {', '.join(allowed)}")


def _check_values(finding: str, changes: Mapping[str, Any]) -> None:
    if finding == "actor" and "name" in changes and not str(changes["name"] or "").strip():
        raise ValueError("an actor needs a name")
    if finding == "deadline" and "date" in changes:
        error = date_error(str(changes["date"] or ""))
        if error:
            raise ValueError(error)
    if "targets" in changes and not isinstance(changes["targets"], list):
        raise ValueError("a measure's targets are a list of names")


def _check_spans(finding: str, changes: Mapping[str, Any]) -> None:
    spans = list(changes["mentions"]) if finding == "actor" else [changes]
    for span in spans:
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise ValueError(f"the new {finding} has no valid span: {start!r}-{end!r}")
