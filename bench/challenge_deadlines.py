"""Challenge set for deadline extraction: invented news texts with expected deadlines.

Run from anywhere with the package on the path:

    PYTHONPATH=<pkgdir> python bench/challenge_deadlines.py [items.jsonl]

Without an argument it reads ``bench/challenge/deadlines.jsonl``. Each line is
``{"id", "text", "published", "expect": [...], "note"}``; an expected deadline is
``{"mention", "date"}`` where ``mention`` is an exact substring of ``text`` (the span of
the time expression, GUIDELINES.md 5.2) and ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY`` (5.3). Two optional keys cover the places where the guidelines leave the
precision open: ``"alt"``, a list of other accepted dates, and ``"optional": true``, an
entry that is neither a miss nor an extra (its outcome is still printed).

A predicted deadline matches an expected one when the spans overlap and the dates are
equal (``date`` or one of ``alt``). An overlapping prediction with another date is a
*wrong date*: it counts as a miss and as an extra in precision and recall, but is listed
apart. Three figures are printed: strict (``date`` only), the main one (``date`` or
``alt``) and a lenient one in the manner of the project's scorer (the prediction cut to
the expected date's precision). A last list shows predicted deadlines whose date
disagrees with the engine's own time value at the same span (5.2: the mention is a
``times`` entry). The report is a report, not a gate: the exit status is
always 0.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from newsdesk.analysis.engine import analyze

DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
DEFAULT = Path(__file__).resolve().parent / "challenge" / "deadlines.jsonl"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _dates_ok(exp: dict, date: str, mode: str) -> bool:
    accepted = [exp["date"]] if mode == "strict" else [exp["date"], *exp.get("alt", [])]
    if mode == "lenient":
        return any(date[: len(a)] == a for a in accepted)
    return date in accepted


def _score_item(item: dict, preds: list[dict], mode: str) -> dict:
    """Pair predictions with expectations; return the outcome lists."""
    text = item["text"]
    exps = []
    for e in item["expect"]:
        start = text.find(e["mention"])
        exps.append((e, (start, start + len(e["mention"]))))
    used: set[int] = set()
    out: dict = {"tp": [], "missed": [], "wrong": [], "extra": [], "optional": []}
    for e, span in exps:
        hit = None
        for i, p in enumerate(preds):
            pspan = (p["start"], p["end"])
            if i not in used and _overlap(span, pspan) and _dates_ok(e, p["date"], mode):
                hit = i
                break
        if hit is not None:
            used.add(hit)
            (out["optional"] if e.get("optional") else out["tp"]).append((e, preds[hit]))
            continue
        near = [
            i
            for i, p in enumerate(preds)
            if i not in used and _overlap(span, (p["start"], p["end"]))
        ]
        if e.get("optional"):
            used.update(near)
            out["optional"].append((e, preds[near[0]] if near else None))
        elif near:
            used.add(near[0])
            out["wrong"].append((e, preds[near[0]]))
        else:
            out["missed"].append((e, None))
    out["extra"] = [p for i, p in enumerate(preds) if i not in used]
    return out


def _fmt_pred(p: dict) -> str:
    return (
        f"{p['text']!r} -> {p['date']} [{p.get('why')}] "
        f"what={p.get('what')!r} measure={p.get('measure')}"
    )


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    lines = path.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    runs = []
    for item in items:
        findings = analyze(item["text"], dt.date.fromisoformat(item["published"]))
        preds = [d.to_json() for d in findings.deadlines]
        times = [t.to_json() for t in findings.times]
        runs.append((item, preds, times))

    figures = {}
    for mode in ("strict", "main", "lenient"):
        tp = fp = fn = 0
        for item, preds, _ in runs:
            o = _score_item(item, preds, mode)
            tp += len(o["tp"])
            fn += len(o["missed"]) + len(o["wrong"])
            fp += len(o["extra"]) + len(o["wrong"])
        figures[mode] = (tp, fp, fn, *_prf(tp, fp, fn))

    n_none = sum(1 for i in items if not i["expect"])
    n_exp = sum(1 for i in items for e in i["expect"] if not e.get("optional"))
    print(f"# {path} : {len(items)} items, {n_none} with no deadline, {n_exp} expected deadlines\n")
    print("## Items (main mode)")
    missed, wrong, extra, optional = [], [], [], []
    passed = 0
    for item, preds, times in runs:
        o = _score_item(item, preds, "main")
        ok = not (o["missed"] or o["wrong"] or o["extra"])
        passed += ok
        detail = (
            f"tp={len(o['tp'])} miss={len(o['missed'])} "
            f"wrong={len(o['wrong'])} extra={len(o['extra'])}"
        )
        print(f"{'PASS' if ok else 'FAIL'} {item['id']:5} {detail}")
        missed += [(item, e, times) for e, _ in o["missed"]]
        wrong += [(item, e, p) for e, p in o["wrong"]]
        extra += [(item, p) for p in o["extra"]]
        optional += [(item, e, p) for e, p in o["optional"]]
    print(f"\n{passed}/{len(items)} items pass\n")

    print("## Figures")
    for mode, (tp, fp, fn, p, r, f) in figures.items():
        print(f"{mode:8} tp={tp:3} fp={fp:3} fn={fn:3}  P={p:.3f} R={r:.3f} F1={f:.3f}")

    print(f"\n## Missed ({len(missed)})")
    for item, e, times in missed:
        print(f"- {item['id']} [{item['published']}] expected {e['mention']!r} -> {e['date']}")
        print(f"    text: {item['text']}")
        tl = "; ".join(f"{t['text']!r}={t['value']} ({t['type']})" for t in times) or "none"
        print(f"    engine times: {tl}")

    print(f"\n## Wrong date ({len(wrong)})")
    for item, e, p in wrong:
        alt = f" (alt {e['alt']})" if e.get("alt") else ""
        head = f"- {item['id']} [{item['published']}] expected {e['mention']!r} -> {e['date']}"
        print(f"{head}{alt}; got {_fmt_pred(p)}")
        print(f"    text: {item['text']}")

    print(f"\n## Extra ({len(extra)})")
    for item, p in extra:
        print(f"- {item['id']} [{item['published']}] {_fmt_pred(p)}")
        print(f"    text: {item['text']}")

    print("\n## Deadlines whose date disagrees with the time value at the same span")
    for item, preds, times in runs:
        for p in preds:
            for t in times:
                v = t["value"]
                if not DATE_RE.fullmatch(v) or not _overlap(
                    (p["start"], p["end"]), (t["start"], t["end"])
                ):
                    continue
                n = min(len(v), len(p["date"]))
                if v[:n] != p["date"][:n]:
                    print(
                        f"- {item['id']} [{item['published']}] deadline {p['text']!r} -> "
                        f"{p['date']}; time {t['text']!r} = {v}"
                    )

    if optional:
        print(f"\n## Optional entries ({len(optional)}, not scored)")
        for item, e, p in optional:
            got = _fmt_pred(p) if p else "nothing"
            head = f"- {item['id']} expected {e['mention']!r} -> {e['date']} (alt {e.get('alt')})"
            print(f"{head}; got {got}")
    return 0


if __name__ == "__main__":
    main(sys.argv)
    sys.exit(0)
