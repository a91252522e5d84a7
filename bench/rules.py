"""Precision per rule: which of the engine's rules find what the gold has, and which
mostly find noise, so a weak rule is cut rather than kept.

Usage: python bench/rules.py [--gold GOLD.json ...] [--texts FILE.jsonl ...] [--min 1]

Runs the engine in this process on the articles of the findings gold (by default the
seed and ../shared/gold/dev/*.json, with their texts from ../shared/seeds/ and
../shared/data/), then groups every actor, measure and deadline by the rule id in its
`why` ("measure.verb-object: ..." -> "measure.verb-object") and prints, per rule, how many
it found and how many of those the gold confirms, judged as ../shared/tools/
score_findings.py judges (an actor overlapping a gold mention and not named like a gold
`not_actors` entry; a measure paired with a gold measure of the same type over its
evidence; a deadline with the gold's date and an overlapping mention). Findings with no
`why` count under "(none)". Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsdesk.analysis.engine import analyze
from newsdesk.analysis.model import Findings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

Span = tuple[int, int]


def rule_of(why: str | None) -> str:
    """The rule id of a `why` ("measure.verb-object: 'imposed'" -> "measure.verb-object")."""
    return why.split(":", 1)[0].strip() if why else "(none)"


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(item: dict[str, Any]) -> Span:
    return int(item["start"]), int(item["end"])


def load_texts(gold: dict[str, Any], texts: dict[str, dict[str, Any]]) -> str | None:
    """The article text a gold file annotates: a seed file, else a data row."""
    seed = SHARED / "seeds" / f"{gold['id']}.txt"
    if seed.exists():
        return seed.read_text(encoding="utf-8")
    row = texts.get(gold["id"])
    return None if row is None else str(row["text"])


def text_index(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        with path.open(encoding="utf-8") as rows:
            for line in rows:
                if line.strip():
                    row = json.loads(line)
                    out.setdefault(str(row["id"]), row)
    return out


class Tally:
    """Found and confirmed, per rule id, per finding kind."""

    def __init__(self) -> None:
        self.found: dict[str, Counter[str]] = defaultdict(Counter)
        self.right: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, kind: str, why: str | None, right: bool) -> None:
        rule = rule_of(why)
        self.found[kind][rule] += 1
        self.right[kind][rule] += int(right)

    def lines(self, minimum: int) -> list[str]:
        out = []
        for kind in ("actor", "measure", "deadline"):
            found, right = self.found[kind], self.right[kind]
            total, correct = sum(found.values()), sum(right.values())
            share = f"{correct / total:.3f}" if total else "-"
            out.append(f"\n{kind}s: {total} found, {correct} confirmed (precision {share})")
            out.append(f"  {'rule':<44} {'found':>6} {'right':>6} {'precision':>9}")
            for rule, count in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
                if count >= minimum:
                    out.append(f"  {rule:<44} {count:>6} {right[rule]:>6}"
                               f" {right[rule] / count:>9.3f}")
        return out


def judge_actors(gold: dict[str, Any], findings: Findings, tally: Tally) -> None:
    gold_spans = [_span(m) for a in gold.get("actors", []) for m in a.get("mentions", [])]
    junk = {w.lower() for w in gold.get("not_actors", [])}
    for actor in findings.actors:
        names = {actor.name.lower()} | {m.text.lower() for m in actor.mentions}
        overlaps = any(_overlap(m.span, g) for m in actor.mentions for g in gold_spans)
        tally.add("actor", actor.why, overlaps and not names & junk)


def judge_measures(gold: dict[str, Any], findings: Findings, tally: Tally) -> None:
    candidates = []
    for gi, gm in enumerate(gold.get("measures", [])):
        for pi, pm in enumerate(findings.measures):
            if pm.type != gm["type"]:
                continue
            best = max((_overlap(pm.span, _span(e)) for e in gm["evidence"]), default=0)
            if best:
                candidates.append((-best, gi, pi))
    used_gold: set[int] = set()
    paired: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in paired:
            used_gold.add(gi)
            paired.add(pi)
    for pi, measure in enumerate(findings.measures):
        tally.add("measure", measure.why, pi in paired)


def judge_deadlines(gold: dict[str, Any], findings: Findings, tally: Tally) -> None:
    used: set[int] = set()
    for gd in gold.get("deadlines", []):
        for pi, deadline in enumerate(findings.deadlines):
            if pi not in used and deadline.date.startswith(gd["date"]) \
                    and _overlap(deadline.span, _span(gd["mention"])):
                used.add(pi)
                break
    for pi, deadline in enumerate(findings.deadlines):
        tally.add("deadline", deadline.why, pi in used)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="*", type=Path,
                        default=[Path(p) for p in sorted(glob.glob(str(SHARED / "gold/*.json")))
                                 + sorted(glob.glob(str(SHARED / "gold/dev/*.json")))])
    parser.add_argument("--texts", nargs="*", type=Path,
                        default=[SHARED / "data/news-bbc.jsonl", SHARED / "data/timex-dev.jsonl"])
    parser.add_argument("--min", type=int, default=1, help="hide rules that found fewer")
    args = parser.parse_args()
    texts = text_index(p for p in args.texts if p.exists())
    tally = Tally()
    articles = 0
    for path in args.gold:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = load_texts(gold, texts)
        if text is None:
            print(f"skipped {path.name}: no text for {gold['id']!r}")
            continue
        findings = analyze(text, dt.date.fromisoformat(gold["published"]))
        judge_actors(gold, findings, tally)
        judge_measures(gold, findings, tally)
        judge_deadlines(gold, findings, tally)
        articles += 1
    print(f"precision per rule over {articles} gold articles (the gold confirms a finding as"
          " score_findings.py pairs it)")
    print("\n".join(tally.lines(args.min)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
