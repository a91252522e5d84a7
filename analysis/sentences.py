"""Sentence splitting that survives abbreviations, initials, quotes, headlines and lists."""

from __future__ import annotations

import re
import string

from .model import Sentence

# Words that end with a period but rarely end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cmdr",
        "adm",
        "pres",
        "supt",
        "insp",
        "det",
        "messrs",
        "engr",
        "atty",
        "sra",
        "srta",
        "smt",
        "brig",
        "mme",
        "mlle",
        "inc",
        "ltd",
        "corp",
        "co",
        "bros",
        "plc",
        "llc",
        "dept",
        "univ",
        "assn",
        "vs",
        "etc",
        "al",
        "approx",
        "est",
        "fig",
        "no",
        "nos",
        "vol",
        "op",
        "ed",
        "eds",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "ft",
        "mt",
        "ave",
        "blvd",
        "rd",
        "hwy",
        "ca",
        "cf",
        "viz",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "d.c",
        "n.y",
    ]
)
# Abbreviations of days and months, which are words and names too ("Sun", "Mar", "Jan"):
# one ends no sentence only before a date's number or another day or month ("Wed., Jan. 5").
_CALENDAR_ABBREVIATIONS = frozenset({
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_CALENDAR_WORDS = _CALENDAR_ABBREVIATIONS | frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"})
# After a dotted abbreviation (U.S., a.m.) these words show that a new sentence began.
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "its",
        "their",
        "but",
        "and",
        "however",
        "meanwhile",
        "in",
        "on",
        "at",
        "for",
        "as",
        "after",
        "before",
        "while",
        "when",
        "if",
        "mr",
        "mrs",
        "ms",
    ]
)

# Titles before a name; in capitals before a word that is not, they are acronyms ("MS").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "rev", "hon", "gen", "sen", "rep",
                         "gov", "lt", "col", "maj", "capt", "sgt"})
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
# What a word before a full stop may hold: "U.S", "Inc", "e.g".
_WORD_BEFORE_CHARS = string.ascii_letters + "."
_NEXT_WORD = re.compile(r"\s+([\"'“‘(\[]*)(\S+)")


def _is_boundary(text: str, punct_start: int, punct_end: int, block_end: int) -> bool:
    """Decide whether the punctuation at text[punct_start:punct_end] ends a sentence."""
    nxt = _NEXT_WORD.match(text, punct_end, block_end)
    if nxt is None:
        return True
    word = nxt.group(2)
    first = word[0]
    # A lower-case continuation ("... Inc. said", "e.g. the") is not a new sentence.
    if first.islower():
        return False
    if text[punct_start] != ".":
        return True
    if punct_end - punct_start > 1 and text[punct_start:punct_end].startswith("..."):
        return first.isupper() or first.isdigit() or bool(nxt.group(1))
    # The letters and dots right before the full stop, from the first letter (within 40
    # characters): stripped in C, where a regex searched from every letter of the window.
    chunk = text[max(0, punct_start - 40):punct_start]
    before = chunk[len(chunk.rstrip(_WORD_BEFORE_CHARS)):].lstrip(".")
    if not before:
        return True
    low = before.lower()
    # An initial ("J. Smith", "He Lifeng" is not affected: no period there).
    if len(before) == 1 and before.isupper():
        return False
    if low in _HONORIFICS and before.isupper() and first.isupper() and not word.isupper():
        return True  # "patients with MS. Final approval": an acronym, not "Ms." in capitals
    if low in _CALENDAR_ABBREVIATIONS and before[0].isupper() and not first.isdigit() \
            and word.rstrip(".,").lower() not in _CALENDAR_WORDS:
        return True  # "owned by Sun. Initially it will": no day, no date after it
    if low in _ABBREVIATIONS or "." in before:
        if "." in before or low in {"inc", "ltd", "corp", "co", "plc", "llc", "etc", "jr", "sr"}:
            # "U.S. officials" continues; "... in the U.S. The next day" starts anew.
            return word.lower().strip("\"'“‘") in _SENTENCE_STARTERS
        return False
    # "No. 10", "p. 5": an abbreviation followed by a number.
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentence spans (no leading/trailing white space inside a span)."""
    sentences: list[Sentence] = []
    for block in re.finditer(r"[^\n]+", text):
        b_start, b_end = block.span()
        cuts = [b_start]
        for boundary in _BOUNDARY.finditer(text, b_start, b_end):
            # The block end bounds the look-ahead; slicing the text here would copy it at
            # every full stop (quadratic on long articles).
            if _is_boundary(text, boundary.start(), boundary.end(), b_end):
                cuts.append(boundary.end())
        cuts.append(b_end)
        for start, end in zip(cuts, cuts[1:], strict=False):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                sentences.append(Sentence(start, end))
    return sentences
