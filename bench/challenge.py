"""Challenge set for measure extraction: invented sentences with expected records.

Run from anywhere with the package on the path:

    PYTHONPATH=<pkgdir> python bench/challenge.py [items.jsonl]

Without an argument it reads ``bench/challenge/measures.jsonl`` (the challenge set);
``bench/challenge/probes.jsonl`` holds follow-up probes written after a first run, to
confirm the failure classes it showed (same format).

Each item of ``bench/challenge/measures.jsonl`` gives a text, its publication date and the
measure records the annotation guidelines (sections 4 and 6) expect from it. An expected
record is ``{"type", "action", "imposer", "targets"}``; ``imposer`` may be a list of
accepted names or "?" (not checked), ``targets`` may be "?" (not checked), ``action`` may
be a list of accepted actions, and ``"optional": true`` marks a background record that
may or may not be produced (neither a miss nor an extra).

Pairing, per item: first records equal in type and action (typed match), then records
equal in type only (wrong action), then any remaining pair (wrong type). The report is
a report, not a gate: the exit status is always 0.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path

ALIASES = {
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "america": "united states",
    "washington": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "london": "united kingdom",
    "eu": "european union",
    "brussels": "european union",
    "beijing": "china",
    "tokyo": "japan",
    "moscow": "russia",
    "ottawa": "canada",
    "berlin": "germany",
    "seoul": "south korea",
    "korea": "south korea",
    "republic of korea": "south korea",
    "manila": "philippines",
    "the netherlands": "netherlands",
    "holland": "netherlands",
    "ofac": "office of foreign assets control",
    "cfius": "committee on foreign investment in the united states",
    "g7": "group of seven",
    "imf": "international monetary fund",
    "wto": "world trade organization",
    "ustr": "us trade representative",
    "office of the us trade representative": "us trade representative",
    "office of the u.s. trade representative": "us trade representative",
    "office of the united states trade representative": "us trade representative",
    "department of commerce": "commerce department",
    "us commerce department": "commerce department",
    "ministry of commerce": "ministry of commerce",
    "un security council": "security council",
    "united nations security council": "security council",
}

ITEMS = Path(__file__).resolve().parent / "challenge" / "measures.jsonl"


def norm(name: str | None) -> str:
    if name is None:
        return ""
    n = name.strip().lower().replace("\u2019", "'")
    if n.startswith("the "):
        n = n[4:]
    return ALIASES.get(n, n)


def imposer_ok(exp: dict, got: str | None) -> bool:
    want = exp.get("imposer")
    if want == "?":
        return True
    names = want if isinstance(want, list) else [want]
    return norm(got) in {norm(w) for w in names}


def targets_ok(exp: dict, got: list[str]) -> bool:
    want = exp.get("targets")
    if want == "?":
        return True
    return {norm(t) for t in want} == {norm(t) for t in got}


def actions(exp: dict) -> list[str]:
    a = exp["action"]
    return a if isinstance(a, list) else [a]


def pair(expected: list[dict], predicted: list[dict]) -> dict:
    """Greedy pairing in stages; returns the pairs of each stage and the leftovers."""
    free_p = list(range(len(predicted)))
    required = [i for i, e in enumerate(expected) if not e.get("optional")]
    optional = [i for i, e in enumerate(expected) if e.get("optional")]
    out: dict[str, list] = {"typed": [], "action": [], "type": [], "optional": []}

    def take(e_idx: list[int], test, stage: str) -> list[int]:
        left = []
        for i in e_idx:
            e = expected[i]
            cands = [j for j in free_p if test(e, predicted[j])]
            if not cands:
                left.append(i)
                continue
            best = next((j for j in cands if imposer_ok(e, predicted[j].get("imposer"))), cands[0])
            free_p.remove(best)
            out[stage].append((i, best))
        return left

    def typed(e: dict, p: dict) -> bool:
        return p["type"] == e["type"] and p["action"] in actions(e)

    def same_type(e: dict, p: dict) -> bool:
        return p["type"] == e["type"]

    required = take(required, typed, "typed")
    take(optional, same_type, "optional")
    required = take(required, same_type, "action")
    required = take(required, lambda e, p: True, "type")
    out["missed"] = required
    out["extra"] = free_p
    return out


def prf(m: int, n_pred: int, n_exp: int) -> tuple[float, float, float]:
    p = m / n_pred if n_pred else 0.0
    r = m / n_exp if n_exp else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def short(rec: dict) -> str:
    act = "|".join(actions(rec)) if "action" in rec else "?"
    return f"{rec['type']}/{act} imposer={rec.get('imposer')!r} targets={rec.get('targets')!r}"


def main() -> int:
    try:
        from newsdesk.analysis.engine import analyze
    except ImportError as exc:  # pragma: no cover - a report, never a gate
        print(f"cannot import newsdesk: {exc}")
        return 0
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ITEMS
    lines = path.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]

    per_type = collections.defaultdict(lambda: [0, 0, 0])  # expected, found, matched
    per_action = collections.defaultdict(lambda: [0, 0, 0])
    n_exp = n_pred = m_typed = m_type = m_any = 0
    imp_checked = imp_ok = tgt_checked = tgt_ok = 0
    passed = 0
    neg_items = neg_clean = 0
    missed, extra, wrong_type, wrong_action, wrong_imposer, wrong_targets = [], [], [], [], [], []
    type_confusion: collections.Counter = collections.Counter()
    action_confusion: collections.Counter = collections.Counter()

    print("== items")
    for it in items:
        published = dt.date.fromisoformat(it.get("published") or "2025-06-10")
        findings = analyze(it["text"], published)
        preds = [m.to_json() for m in findings.measures]
        exp = it["expect"]
        res = pair(exp, preds)
        opt_pred = {j for _, j in res["optional"]}
        req = [e for e in exp if not e.get("optional")]
        counted_preds = [p for j, p in enumerate(preds) if j not in opt_pred]
        n_exp += len(req)
        n_pred += len(counted_preds)
        m_typed += len(res["typed"])
        m_type += len(res["typed"]) + len(res["action"])
        m_any += len(res["typed"]) + len(res["action"]) + len(res["type"])
        for e in req:
            per_type[e["type"]][0] += 1
            per_action[actions(e)[0]][0] += 1
        for p in counted_preds:
            per_type[p["type"]][1] += 1
            per_action[p["action"]][1] += 1
        for i, _j in res["typed"]:
            per_type[exp[i]["type"]][2] += 1
            per_action[actions(exp[i])[0]][2] += 1
        ok = not res["missed"] and not res["extra"] and not res["action"] and not res["type"]
        passed += ok
        if not req:
            neg_items += 1
            neg_clean += not res["extra"]
        got = "; ".join(f"{p['type']}/{p['action']}" for p in preds) or "-"
        want = (
            "; ".join(
                f"{e['type']}/{actions(e)[0]}" + ("?" if e.get("optional") else "") for e in exp
            )
            or "-"
        )
        print(f"{'PASS' if ok else 'FAIL'} {it['id']:6} want [{want}] got [{got}]")

        for i in res["missed"]:
            missed.append((it, exp[i]))
        for j in res["extra"]:
            extra.append((it, preds[j]))
        for i, j in res["action"]:
            wrong_action.append((it, exp[i], preds[j]))
            action_confusion[(exp[i]["type"], actions(exp[i])[0], preds[j]["action"])] += 1
        for i, j in res["type"]:
            wrong_type.append((it, exp[i], preds[j]))
            type_confusion[(exp[i]["type"], preds[j]["type"])] += 1
        for i, j in res["typed"] + res["action"] + res["type"]:
            e, p = exp[i], preds[j]
            if e.get("imposer") != "?":
                imp_checked += 1
                if imposer_ok(e, p.get("imposer")):
                    imp_ok += 1
                else:
                    wrong_imposer.append((it, e, p))
            if e.get("targets") != "?":
                tgt_checked += 1
                if targets_ok(e, p.get("targets") or []):
                    tgt_ok += 1
                else:
                    wrong_targets.append((it, e, p))

    print()
    print("== overall")
    print(f"items {len(items)}, passed {passed}")
    print(f"negative items {neg_items}, with no prediction {neg_clean}")
    print(f"expected records {n_exp}, predicted records {n_pred}")
    for label, m in (("typed (type+action)", m_typed), ("type only", m_type), ("any type", m_any)):
        p, r, f = prf(m, n_pred, n_exp)
        print(f"{label:22} matched {m:4}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"imposer correct on paired records: {imp_ok}/{imp_checked}")
    print(f"targets correct on paired records: {tgt_ok}/{tgt_checked}")

    print()
    print("== per type (expected / found / matched typed)")
    for t in sorted(per_type):
        e, f, m = per_type[t]
        print(f"{t:24} {e:4} {f:4} {m:4}")
    print()
    print("== per action (expected / found / matched typed)")
    for a in sorted(per_action):
        e, f, m = per_action[a]
        print(f"{a:24} {e:4} {f:4} {m:4}")

    print()
    print("== type confusion (expected -> got)")
    for (et, gt), n in type_confusion.most_common():
        print(f"{n:3}  {et} -> {gt}")
    print()
    print("== action confusion within the right type (type: expected -> got)")
    for (t, ea, ga), n in action_confusion.most_common():
        print(f"{n:3}  {t}: {ea} -> {ga}")

    def head(it: dict) -> str:
        return f"[{it['id']}] {it['text']}"

    print()
    print(f"== (a) missed expected records: {len(missed)}")
    for it, e in missed:
        print(f"- {head(it)}\n    expected {short(e)}  ({it.get('note', '')})")
    print()
    print(f"== (b) extra predicted records: {len(extra)}")
    for it, p in extra:
        print(f"- {head(it)}\n    got {short(p)}\n    why {p.get('why')}")
    print()
    for title, rows in (("(c) wrong type", wrong_type), ("(d) wrong action", wrong_action)):
        print(f"== {title}: {len(rows)}")
        for it, e, p in rows:
            print(f"- {head(it)}\n    expected {short(e)}\n    got      {short(p)}")
            print(f"    why {p.get('why')}")
        print()
    print(f"== (e) wrong imposer: {len(wrong_imposer)}")
    for it, e, p in wrong_imposer:
        print(f"- {head(it)}\n    expected {e.get('imposer')!r} got {p.get('imposer')!r}")
        print(f"    ({p['type']}/{p['action']}) why {p.get('why')}")
    print()
    print(f"== (f) wrong targets: {len(wrong_targets)}")
    for it, e, p in wrong_targets:
        print(f"- {head(it)}\n    expected {e.get('targets')!r} got {p.get('targets')!r}")
        print(f"    ({p['type']}/{p['action']}) why {p.get('why')}")
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:  # noqa: BLE001 - a report, never a gate
        print(f"challenge run failed: {exc!r}")
    sys.exit(0)
