"""Would a learned sentence model find the measures the rules miss? A measured probe.

Usage: python bench/learned_probe.py [--sets hA hB ...] [--thresholds 0.5 0.7 0.9]
                                    [--type-model [--type-confidence 0.7]]
                                    [--train hA hB ...]
Prints figures; asserts nothing; ships nothing (no model is written or used by the engine).

For each sentence of the annotated sets in which the engine found no measure, a bag of
words and word pairs (actor mentions replaced by their kind: "<country> imposed duties on
<country>") is labelled with the type of a gold measure the engine missed there, or none.
A softmax regression (pure Python, seeded) learns it on all sets but one and proposes a
record (the sentence's span, its most likely type and action) where P(measure) reaches
the threshold; the held-out set is then scored as ../shared/tools/evaluate.py pairs
measures (same type, overlapping evidence), leave one set out. Default: the sets read
while rules were written (bench/annotated/README.md), never the only-scored ones.
--type-model: the type comes from a second model, learned on every sentence that is
evidence of a gold measure (found or not), and a record is proposed only where that
model is at least --type-confidence sure of it.
--train: learn once on these sets and score the --sets, instead of leaving one set out
(say, learn on the read sets and score the only-scored ones). The set name "dev" stands
for ../shared/gold/dev (real BBC and TimeBank articles, texts in ../shared/data).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "bench" / "annotated"
DEV_GOLD = ROOT.parent / "shared" / "gold" / "dev"
DEV_TEXTS = (ROOT.parent / "shared" / "data" / "news-bbc.jsonl",
             ROOT.parent / "shared" / "data" / "timex-dev.jsonl")
READ_SETS = ("hA", "hB", "hC", "hD", "hE", "hF", "hG", "hH", "hI", "hJ", "hP", "hQ", "hV",
             "hX")

from newsdesk.analysis.engine import analyze  # noqa: E402
from newsdesk.analysis.model import MEASURE_ACTIONS, MEASURE_TYPES  # noqa: E402

CLASSES = ("none", *MEASURE_TYPES)
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*|\d+(?:[.,]\d+)*|[%$£€]")
Span = tuple[int, int]


def _overlap(one: Span, other: Span) -> int:
    return max(0, min(one[1], other[1]) - max(one[0], other[0]))


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _features(text: str, span: Span, mentions: list[tuple[int, int, str]]) -> set[str]:
    tokens: list[str] = []
    for match in _WORD.finditer(text, *span):
        kind = next((k for a, b, k in mentions if a <= match.start() < b), None)
        if kind is not None:
            if not tokens or tokens[-1] != f"<{kind}>":
                tokens.append(f"<{kind}>")
            continue
        word = match.group().lower()
        tokens.append("<num>" if word[0].isdigit() else _stem(word))
    pairs = zip(["<s>", *tokens], [*tokens, "</s>"], strict=True)
    return {"bias"} | {f"w={t}" for t in tokens} | {f"b={a}_{b}" for a, b in pairs}


def _pairs(gold: list[dict], pred: list[dict], typed: bool) -> list[tuple[int, int]]:
    """evaluate.py's pairing: greedy, same type first when untyped, largest overlap."""
    cands = []
    for gi, gm in enumerate(gold):
        for pi, pm in enumerate(pred):
            if typed and pm["type"] != gm["type"]:
                continue
            ov = max(_overlap((pm["start"], pm["end"]), (e["start"], e["end"]))
                     for e in gm["evidence"])
            if ov > 0:
                cands.append((pm["type"] != gm["type"], -ov, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


class Article:
    def __init__(self, set_name: str, gold: dict, text: str) -> None:
        self.set_name = set_name
        self.gold = gold["measures"]
        found = analyze(text, dt.date.fromisoformat(gold["published"]))
        self.pred = [m.to_json() for m in found.measures]
        mentions = sorted((m.start, m.end, a.kind) for a in found.actors for m in a.mentions)
        matched = {gi for gi, _ in _pairs(self.gold, self.pred, typed=True)}
        self.rows: list[tuple[set[str], int, int | None, Span]] = []
        self.typed: list[tuple[set[str], int]] = []  # every gold measure's sentences
        for sentence in found.sentences:
            span = (sentence.start, sentence.end)
            told = [gm for gm in self.gold
                    if any(_overlap(span, (e["start"], e["end"])) for e in gm["evidence"])]
            if told:
                self.typed.append((_features(text, span, mentions),
                                   MEASURE_TYPES.index(told[0]["type"])))
            if any(_overlap(span, (p["start"], p["end"])) for p in self.pred):
                continue  # the rules found a measure here: not the model's business
            missed = [gm for gi, gm in enumerate(self.gold) if gi not in matched and any(
                _overlap(span, (e["start"], e["end"])) for e in gm["evidence"])]
            label = CLASSES.index(missed[0]["type"]) if missed else 0
            action = MEASURE_ACTIONS.index(missed[0]["action"]) if missed else None
            self.rows.append((_features(text, span, mentions), label, action, span))


def _softmax(z: list[float]) -> list[float]:
    top = max(z)
    ex = [math.exp(v - top) for v in z]
    total = sum(ex)
    return [v / total for v in ex]


def _train(xs: list[set[str]], ys: list[int], classes: int, epochs: int = 15,
           rate: float = 0.2, l2: float = 1e-4) -> dict[str, list[float]]:
    counts = Counter(f for x in xs for f in x)
    weights: defaultdict[str, list[float]] = defaultdict(lambda: [0.0] * classes)
    order = list(range(len(xs)))
    rnd = random.Random(1)
    for epoch in range(epochs):
        rnd.shuffle(order)
        eta = rate / (1 + epoch * 0.5)
        for i in order:
            fs = [f for f in xs[i] if counts[f] >= 2]
            p = _scores(weights, fs, classes)
            for c in range(classes):
                g = p[c] - (1.0 if c == ys[i] else 0.0)
                for f in fs:
                    weights[f][c] -= eta * (g + l2 * weights[f][c])
    return dict(weights)


def _scores(weights: dict[str, list[float]], fs: list[str] | set[str],
            classes: int) -> list[float]:
    z = [0.0] * classes
    for f in fs:
        w = weights.get(f)
        if w is not None:
            for c in range(classes):
                z[c] += w[c]
    return _softmax(z)


def _dev_articles() -> list[Article]:
    """The dev gold's articles, named "dev": real news, not the team's invented sets."""
    texts = {}
    for path in DEV_TEXTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    golds = (json.loads(path.read_text(encoding="utf-8"))
             for path in sorted(DEV_GOLD.glob("*.json")))
    return [Article("dev", gold, texts[gold["id"]]) for gold in golds]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(READ_SETS))
    parser.add_argument("--thresholds", nargs="*", type=float, default=[0.5, 0.7, 0.9, 0.95])
    parser.add_argument("--type-model", action="store_true")
    parser.add_argument("--type-confidence", type=float, default=0.7)
    parser.add_argument("--train", nargs="*", default=[])
    args = parser.parse_args()
    articles = []
    for name in [*args.sets, *args.train]:
        if name == "dev":
            articles += _dev_articles()
            continue
        texts = {}
        for line in (SETS / name / "texts.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts[row["id"]] = row["text"]
        for path in sorted((SETS / name / "gold").glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            articles.append(Article(name, gold, texts[gold["id"]]))
    added: dict[float, dict[int, list[dict]]] = {t: defaultdict(list) for t in args.thresholds}
    def learned_on(article: Article, held: str) -> bool:
        return article.set_name in args.train if args.train else article.set_name != held

    for held in (["(none)"] if args.train else args.sets):
        train = [r for a in articles if learned_on(a, held) for r in a.rows]
        types = _train([r[0] for r in train], [r[1] for r in train], len(CLASSES))
        acts = _train([r[0] for r in train if r[2] is not None],
                      [r[2] for r in train if r[2] is not None], len(MEASURE_ACTIONS))
        typing = _train([t[0] for a in articles if learned_on(a, held) for t in a.typed],
                        [t[1] for a in articles if learned_on(a, held) for t in a.typed],
                        len(MEASURE_TYPES)) if args.type_model else {}
        for n, article in enumerate(articles):
            if learned_on(article, held) or article.set_name in args.train:
                continue
            for fs, _, _, span in article.rows:
                p = _scores(types, fs, len(CLASSES))
                kind = CLASSES[max(range(1, len(CLASSES)), key=lambda c: p[c])]
                if args.type_model:
                    q = _scores(typing, fs, len(MEASURE_TYPES))
                    if max(q) < args.type_confidence:
                        continue
                    kind = MEASURE_TYPES[q.index(max(q))]
                a = _scores(acts, fs, len(MEASURE_ACTIONS))
                record = {"type": kind, "start": span[0], "end": span[1],
                          "action": MEASURE_ACTIONS[max(range(len(a)), key=lambda c: a[c])]}
                for threshold in args.thresholds:
                    if 1 - p[0] >= threshold:
                        added[threshold][n].append(record)

    def score(extra: dict[int, list[dict]]) -> str:
        gold = pred = typed = any_type = 0
        for n, article in enumerate(articles):
            if article.set_name in args.train:
                continue
            both = article.pred + extra.get(n, [])
            gold += len(article.gold)
            pred += len(both)
            typed += len(_pairs(article.gold, both, typed=True))
            any_type += len(_pairs(article.gold, both, typed=False))
        f1 = 2 * typed / (gold + pred) if gold + pred else 0.0
        f1_any = 2 * any_type / (gold + pred) if gold + pred else 0.0
        return (f"measures F1 {f1:.3f} (any type {f1_any:.3f}), precision "
                f"{typed / max(pred, 1):.3f}, recall {typed / max(gold, 1):.3f}")

    scored = sum(article.set_name not in args.train for article in articles)
    print(f"{scored} articles of {len(args.sets)} sets, " + (
        f"learned on {', '.join(args.train)}" if args.train else "leave one set out"))
    print(f"rules alone                 {score({})}")
    for threshold in args.thresholds:
        extra = added[threshold]
        print(f"+ model at P >= {threshold:<5} {sum(map(len, extra.values())):>4} added: "
              f"{score(extra)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
