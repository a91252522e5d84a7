"""The temporal tagger's grammar: one regex per kind of expression, tried at each starter word.

Order matters: at a given start the first rule that matches wins, so longer, more specific
rules come first ("two weeks ago" before "two weeks", "Friday, April 25" before "Friday").
"""

from __future__ import annotations

import functools
import hashlib
import json
import re

from ..datafiles import load_json
from .lexicon import (
    APPROX,
    CLOCK_WORDS,
    COUPLE_COUNTS,
    DEICTIC_DAYS,
    HOLIDAYS,
    LEX,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINALS,
    POSITIONS,
    REF_WORDS,
    SEASONS,
    SET_ADVERBS,
    SHIFTS,
    TIME_ZONES,
    UNITS,
    VAGUE_COUNTS,
    WEEKDAYS,
    alt,
)
from .regex_form import compile_fast

END = r"(?![\w])"  # an expression never ends inside a word


def _names(table: dict[str, int]) -> str:
    """Full names as they are, abbreviations with an optional period ("Sept.", "Wed.")."""
    full = {max((name for name, value in table.items() if value == number), key=len)
            for number in table.values()}
    short = [name for name in table if name not in full]
    return rf"(?:{alt(full)}|{alt(short, period=True)})(?![\w])"


MONTH = _names(MONTHS)
WEEKDAY = _names(WEEKDAYS)
ORD_WORD = alt(ORDINALS)
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.:]\d|\w)"
DAY = rf"(?:{DAYNUM}|{ORD_WORD}{END})"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d,.:]?\d|%|-\d)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = (
    rf"(?:nineteen[\s-]+(?:hundred|{_TENS}(?:[\s-]+{_ONES})?|{_TEENS}|oh[\s-]+{_ONES})"
    rf"|two\s+thousand(?:(?:\s+and)?\s+(?:{_ONES}|{_TEENS}))?)(?![\w-])"
)
NUM_WORD = alt(list(NUMBER_WORDS) + list(MULTIPLIERS))
COUNT = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+\d/\d)?"
    rf"|{alt(COUPLE_COUNTS)}"
    rf"|(?:an?\s+(?=hundred|thousand))?{NUM_WORD}(?:[\s-]+(?:and\s+)?{NUM_WORD})*"
    rf"(?:\s+and\s+a\s+half)?"
    rf"|half\s+an?|an?)(?![\w])"
)
VAGUE = alt(VAGUE_COUNTS)
UNIT = alt(UNITS) + r"(?![\w])"
UNIT_SG = alt([unit for unit in UNITS if not unit.endswith("s") or unit == "hrs"])  # singular
APPROX_RE = alt(APPROX)
TZ = alt(TIME_ZONES)
POS = (
    r"(?:early|late|mid|earlier|later|the\s+(?:very\s+)?(?:beginning|start|end|middle|close|turn)"
    r"\s+of|(?:the\s+)?(?:first|second|latter)\s+half\s+of|the\s+(?:first|last)\s+(?:few\s+)?"
    r"(?:days|weeks|months)\s+of)"
)
REL = (
    r"(?:this\s+coming|this\s+past|the\s+coming|the\s+past|the\s+last|the\s+next|the\s+current|"
    r"the\s+previous|the\s+following|the\s+same|this|last|next|past|coming|previous|following|"
    r"current|that|the\s+preceding)"
)
FISCAL = r"(?:fiscal|financial|budget|tax)"
# A year named from the published one after a day: "1 July next year".
REL_YEAR = r"(?:this|next|last)\s+year(?![\w'’-])"
# "2024-25" only as a fiscal year: "the 2024-25 financial year", "financial year 2025-26".
YEAR_SPAN = (rf"(?:(?<=year\s)(?:19|20)\d\d(?=-\d\d(?!\d))"
             rf"|(?:19|20)\d\d(?=-\d\d(?:\d\d)?\s+{FISCAL}\s+year))")
CAL_UNIT = r"(?:week|month|year|quarter|weekend|decade|century|fortnight|millennium)"
SEASON = alt(SEASONS)
PART = r"(?:morning|afternoon|evening|night)"
DEICTIC = alt(list(DEICTIC_DAYS))

RULE_SOURCES: list[tuple[str, str]] = [
    ("clock", rf"""
        (?:(?P<approx>around|about|approximately)\s+(?=\d))?
        (?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m{END}|[ap]\.m{END})
          |(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])
          |(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s+(?:gmt|utc){END})
          |(?P<h3>1[0-2]|0?[1-9])(?:\s+o'clock)?(?=\s+in\s+the\s+(?:morning|afternoon|evening|night))
          |(?P<cw>{alt(CLOCK_WORDS)}){END})
        (?:\s+(?P<tz>{TZ}){END})?
        (?:\s+(?:(?P<part_of>in\s+the\s+{PART})|local\s+time))?"""),
    ("part_of_day", rf"""
        (?:(?P<pos>early|late|mid|later|earlier)\s+)?
        (?:(?P<anchor>this|yesterday|tomorrow|today|last|{WEEKDAY}|{MONTH}\s+{DAY})[\s-]+)
        (?P<part>{PART}|mid-?afternoon|mid-?morning){END}
        |(?P<tonight>tonight|overnight){END}
        |(?P<pos2>mid|late|early)[\s-]?(?P<part2>afternoon|morning|evening){END}"""),
    ("month_day", rf"""
        (?:(?:(?P<rel>this\s+coming|this\s+past|next|last|this)\s+)?(?P<wd>{WEEKDAY}),?\s+
            |(?P<mrel>this\s+coming|this\s+past|next|last)\s+)?
        (?P<mon>{MONTH})\s+(?:the\s+)?(?P<day>{DAY})
        (?:(?:,\s*|\s+)(?P<year>{YEAR4}|'\d\d(?!\w)|{SPELLED_YEAR}|{REL_YEAR}))?"""),
    ("day_month", rf"""
        (?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})
        (?:,?\s+(?P<year>{YEAR4}|{REL_YEAR}))?"""),
    # A day of the month named by its ordinal alone, after a preposition that dates a step:
    # "by the 30th", "on or before the 20th of next month", "from the first of the month"
    # (not "the 20th century", "the 2nd round": a noun follows).
    ("ordinal_day", r"""
        (?:(?<=on\s)|(?<=by\s)|(?<=from\s)|(?<=until\s)|(?<=till\s)|(?<=before\s)
            |(?<=after\s)|(?<=since\s)|(?<=than\s)|(?<=through\s))
        the\s+(?:(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))
            (?:\s+of\s+(?:(?P<rel>this|next|last)\s+month|the\s+month))?
            |(?P<first>first)\s+of\s+(?:(?P<rel2>this|next|last)\s+month|the\s+(?P<unit>month
            |year)))
        (?=\s*(?:[,.;:)'"’]|$)|\s+(?:and|or|to|at|when|under|if|unless|with|for|in|after
            |before|as|so|but|—|-)(?![\w-]))"""),
    ("numeric_date", r"""
        (?<![\d/.-])(?:(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)
            (?P<d>[12]\d|3[01]|0?[1-9])
        |(?P<m2>0?[1-9]|1[0-2])/(?P<d2>0?[1-9]|[12]\d|3[01])/(?P<y2>(?:19|20)\d\d|\d\d)
        |(?P<d3>1[3-9]|2\d|3[01])/(?P<m3>0?[1-9]|1[0-2])/(?P<y3>(?:19|20)\d\d|\d\d)
        |(?P<d5>[12]\d|3[01]|0?[1-9])-(?P<m5>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-(?P<y5>(?:19|20)\d\d)
        |(?P<d4>0?[1-9]|[12]\d|3[01])\.(?P<m4>0?[1-9]|1[0-2])\.(?P<y4>(?:19|20)\d\d))
        (?![\d/.-]\d)"""),
    ("month_year", rf"""
        (?:(?P<pos>{POS})[\s-]*)?
        (?P<mon>{MONTH}),?\s+(?:of\s+)?
        (?P<year>{YEAR4}|{SPELLED_YEAR}|(?P<rel>this|last|next)\s+year{END})"""),
    ("quarter", rf"""
        (?:(?P<det>the|a|an|its|their|this|that|last|next|each|every)\s+
            (?!(?:first|second|third|fourth)-quarter))?
        (?:(?P<y1>{YEAR4})\s+|(?P<relyear>this|last|next)\s+year's\s+|(?P<y2>{YEAR4})'s\s+)?
        (?P<adj>(?:(?:fiscal|calendar|year-ago|year-earlier|year\s+ago|comparable|corresponding
            |same|latest|recent|current|previous|prior|flat|strong|weak|just-ended|{YEAR4}
            |disappointing|record)\s+)*)
        (?:(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+)?
        (?P<unit>quarter|half(?!\s+an?\s)|period){END}(?!-(?:point|mile|inch|end))
        (?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<y3>{YEAR4}|this\s+year|last\s+year|next\s+year
            |the\s+year))?
        |(?P<q>q[1-4]|[1-4]q)(?:\s+(?P<y4>{YEAR4}))?{END}"""),
    ("decade", rf"""
        (?:(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[\s-]*)?
        (?:(?P<dec>1\d\d0|20\d0)'?s|'(?P<dec2>\d0)'?s|(?P<decw>twenties|thirties|forties|fifties
            |sixties|seventies|eighties|nineties)){END}"""),
    ("century", rf"""
        (?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]*)?
        (?P<num>\d{{1,2}}(?:st|nd|rd|th)|{ORD_WORD}|twenty-first|twentieth)[\s-]+century{END}"""),
    ("season", rf"""
        (?:(?P<pos>early|late|mid|the\s+(?:very\s+)?(?:beginning|start|end|middle|close)\s+of)
            [\s-]*)?(?:(?P<the>the)\s+)?
        (?:(?P<rel>this\s+coming|this\s+past|last|next|this|coming|past)\s+)?
        (?P<season>{SEASON}){END}
        (?:(?:\s+of)?\s+(?P<year>{YEAR4}|{SPELLED_YEAR}))?"""),
    ("set", rf"""
        (?P<every>every|each|per)\s+(?:(?P<other>other)\s+)?
        (?:(?P<count>{COUNT})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{PART})
        |(?P<times>once|twice|thrice|(?:{COUNT})\s+times)\s+(?:a|an|per|every|each)\s+
            (?P<unit2>{UNIT_SG}){END}
        |(?P<adverb>{alt(SET_ADVERBS)}){END}
        |(?P<wdplural>(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)){END}"""),
    ("ago", rf"""
        (?:(?P<approx>{APPROX_RE})\s+)?(?P<count>{COUNT}|{VAGUE})\s+(?P<unit>{UNIT})
        (?:\s+or\s+so)?\s+(?P<dir>ago|earlier|before(?=\s*[,.;]|\s*$)|after(?=\s*[,.;])
            |from\s+now|hence|back(?=\s*[,.;]))(?![\w])
        |(?P<bare>years|months|weeks|days|decades)\s+(?:ago|earlier)(?![\w])
        |(?P<yago>year-ago|year-earlier|year\s+earlier|month-ago|month-earlier|week-ago
            |week-earlier|year-before|a-year-ago){END}"""),
    ("duration", rf"""
        (?:(?P<det>the|each\s+of\s+the)\s+)?
        (?:(?P<rel>past|last|next|first|coming|previous|following|final|remaining|initial
            |ensuing|latest|recent|preceding|other)\s+)?
        (?:(?P<approx>{APPROX_RE})\s+)?
        (?P<count>{COUNT}|{VAGUE})[\s-]+
        (?:(?P<more>more|additional|full|straight|consecutive|long|whole|working|business)
            \s+)?
        (?P<unit>{UNIT})(?:-(?P<suffix>old|long))?(?!-\w)
        (?P<tail>\s+or\s+so|\s+and\s+a\s+half)?
        |(?P<adjective>(?P<count2>\d+|{NUM_WORD}(?:-{NUM_WORD})*)-(?P<unit2>{UNIT_SG})
            (?:-(?:old|long))?){END}
        |(?P<half>half\s+an?\s+(?P<unit3>hour|day|year|century|decade))
        |(?P<bare>(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bthe\s)(?=\w+\s+of)
            |(?=\w+\s+later{END}))
            (?P<unit4>years|months|decades|weeks|days|hours|minutes|centuries){END}"""),
    ("relative", rf"""
        (?:(?P<pos>{POS})\s+)?(?P<rel>{REL})\s+(?:{FISCAL}\s+(?=year))?
        (?P<unit>{CAL_UNIT}|{WEEKDAY}|{MONTH}){END}"""),
    ("pos_unit", rf"""
        (?P<pos>{POS})\s+(?:(?P<det>the|this|that)\s+)?(?P<unit>year|month|week|decade|century
            |quarter|day){END}
        |(?P<yearend>year-end|year\s+end|month-end|yearend|quarter-end|quarter\s+end
            |(?:the\s+)?(?:year|month|quarter)['’]s\s+end){END}"""),
    ("year", rf"""
        (?<![\w$£€#./:-])
        (?:(?P<pos>{POS})[\s-]*)?
        (?:(?P<fiscal>(?:the\s+)?{FISCAL}\s+year|fiscal|calendar(?:\s+year)?|fy|the\s+year
            |model\s+year)\s*)?
        (?:(?P<the>the)\s+(?=\d{{4}}(?:[-/]\d\d(?:\d\d)?)?\s+{FISCAL}\s+year))?
        (?P<year>{YEAR4}|{SPELLED_YEAR}|{YEAR_SPAN})
        (?P<range>[-/](?:\d\d|\d{{4}}))?(?![-/]\w)
        (?P<suffix>\s+{FISCAL}\s+year{END})?"""),
    ("fiscal_short", r"""
        fy\s*'?(?P<yy>\d\d)(?:[-/]\d\d)?(?![\w/-])"""),
    ("month", rf"""
        (?:(?P<pos>{POS})[\s-]*)?(?P<mon>{MONTH})"""),
    ("deictic", rf"""
        (?:(?P<pos>early|late|earlier|later)\s+)?
        (?:the\s+day\s+(?P<around>before|after)\s+)?(?P<word>{DEICTIC}){END}"""),
    ("weekday", rf"""
        (?:(?P<pos>early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})
        (?:\s+(?P<on>week|fortnight)(?![\w-])|\s+(?P<next>next)(?=\s*[,.;:)'"’]|\s*$))?"""),
    ("holiday", rf"""
        (?P<holiday>{alt(HOLIDAYS)}){END}(?:\s+(?P<year>{YEAR4}))?"""),
    ("anaphor", rf"""
        (?:(?P<pos>earlier|later|early|late)\s+)?
        (?P<det>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior
            |the\s+preceding|the\s+very\s+same)\s+(?P<unit>day|week|month|year|weekend|morning
            |afternoon|evening|night){END}"""),
    ("coming", rf"""
        (?:(?P<det>the)\s+)?(?P<rel>coming|next\s+few|past\s+few|last\s+few|recent|future
            |upcoming|following|next\s+several|past\s+several|last\s+several)\s+
            (?P<unit>years|months|weeks|days|decades|quarters|seasons){END}"""),
    ("ref", rf"""(?P<ref>{alt(REF_WORDS)}){END}
        |(?P<adj>current|recent|future)(?=\s+\w)"""),
    ("the_unit", rf"""
        (?P<det>the|this|that)\s+(?P<adj>(?:(?:full|whole|entire|fiscal|financial|calendar|same|current|latest
            |previous|prior|coming|past|last|next)\s+)*)
        (?P<unit>year|month|week|weekend){END}(?!-|\s+(?:of|before|after|in|that|when)\b)"""),
]

# Every expression starts with one of these words (or a digit). Checking the word first lets
# the scanner skip the ~80% of words that start nothing before it tries each rule.
STARTERS = sorted(
    {word.split()[0].rstrip(".") for table in (
        MONTHS, WEEKDAYS, UNITS, NUMBER_WORDS, MULTIPLIERS, ORDINALS, SEASONS, REF_WORDS,
        SET_ADVERBS, DEICTIC_DAYS, CLOCK_WORDS, HOLIDAYS, COUPLE_COUNTS, SHIFTS, POSITIONS)
     for word in table}
    | {word.split()[0] for word in VAGUE_COUNTS + APPROX}
    | set(LEX["starter_words"])
)
# Where an expression may start, and with what: the starter word (the longest that fits), a
# digit, or a quote before a digit ("'90s"). The patterns are lower case and run over
# lower-cased text: without IGNORECASE the regex engine skips a branch on its first letter.
_STARTER_AHEAD = rf"(?=(\d|['’](?=\d)|{alt(STARTERS)}(?![a-z])))"
START = compile_fast(rf"(?<![\w'’]){_STARTER_AHEAD}")


@functools.cache
def start_after() -> re.Pattern[str]:
    """START found from the character before a start (one that ends no word), for the
    scan: a regex that opens with a character class lets the engine skip ahead to such a
    character, where START's look-behind is tried at every position (a fifth of the scan's
    cost). The text's first position has no character before it; START is tried there.
    Compiled when the tagger first runs, not at import: it takes as long as START."""
    return compile_fast(rf"[^\w'’]{_STARTER_AHEAD}")
# Each rule alone; its groups name the parts of what it found.
RULES: dict[str, re.Pattern[str]] = {
    name: compile_fast(pat, re.VERBOSE) for name, pat in RULE_SOURCES
}


def fingerprint() -> str:
    """A digest of the rules and starter words: it changes whenever either does, so a
    table of starts built from other rules is never used."""
    text = json.dumps([RULE_SOURCES, STARTERS], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rules_by_start() -> dict[str, tuple[str, ...]]:
    """data/timex_starts.json (built by scripts/build_timex_starts.py): the rules that can
    begin at each starter word, and at "<word> <next letter or two>" (a digit: "<digit><next
    character or two>") where that leaves fewer. Most
    starter words begin one rule or two of the 25 ("the" + "g": none), and trying only those
    makes the scan about a third faster. If the rules changed since the table was built, every
    rule is tried everywhere: slower, but what is found stays the same."""
    table = load_json("timex_starts.json")
    if table.get("fingerprint") != fingerprint():
        return {}
    return {key: tuple(names) for key, names in table["rules"].items()}


ALL_RULES: tuple[str, ...] = tuple(RULES)
# The rules worth trying at a start, by starter word, "<word> <letter>" or "<word> <letters>"
# (see tagger._first_match); a starter not listed gets ALL_RULES.
RULES_BY_START: dict[str, tuple[str, ...]] = _rules_by_start()
