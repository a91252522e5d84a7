"""Challenge sets for actors: invented sentences with the actors they name and the
capitalized words that name none (GUIDELINES.md 2).

Usage: python bench/challenge_actors.py [items.jsonl ...] [--show]

Without an argument it scores ``bench/challenge/actors.jsonl`` and
``bench/challenge/actors2.jsonl``. An item is ``{"id", "text", "published", "actors":
[{"name", "kind", "role"?}], "not_actors": [...]}``; ``kind`` may be a list of accepted
kinds. An expected actor is found by an output actor whose name, a mention or an alias is
the same name (ignoring case and a leading "the"), a country by its usual short forms and
capitals, a person by the surname. A listed non-actor counts as output when a mention of
an actor covers it (unless that mention belongs to a found actor and is longer: "Acme" in
a found "Acme Corp" is no output of "Acme"). Prints figures; asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from newsdesk.analysis.engine import analyze
from newsdesk.analysis.model import Actor

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "bench" / "challenge" / "actors.jsonl",
           ROOT / "bench" / "challenge" / "actors2.jsonl"]
_SHORT = {"us": "united states", "u.s.": "united states", "usa": "united states",
          "america": "united states", "washington": "united states",
          "uk": "united kingdom", "britain": "united kingdom", "eu": "european union",
          "beijing": "china", "tokyo": "japan", "moscow": "russia", "ottawa": "canada",
          "berlin": "germany", "seoul": "south korea", "jakarta": "indonesia",
          "kuala lumpur": "malaysia", "canberra": "australia", "paris": "france",
          "tehran": "iran", "manila": "philippines", "european central bank": "ecb",
          "international monetary fund": "imf"}


def _norm(name: str | None) -> str:
    name = (name or "").strip().lower().replace("\u2019", "'")
    return name[4:] if name.startswith("the ") else name


def _same_name(expected: str, output: str, kinds: list[str]) -> bool:
    e, o = _norm(expected), _norm(output)
    if e == o or _SHORT.get(o, o) == _SHORT.get(e, e):
        return True
    return "person" in kinds and bool(e.split()) and bool(o.split()) \
        and o.split()[-1] == e.split()[-1]


def _found_by(expected: str, actor: Actor, kinds: list[str]) -> bool:
    names = [actor.name, *(m.text for m in actor.mentions), *(actor.aliases or [])]
    return any(_same_name(expected, name, kinds) for name in names)


def score(path: Path, show: bool) -> None:
    found = extra = missed = kind_right = roles = roles_right = listed = listed_out = 0
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        actors = list(analyze(text, dt.date.fromisoformat(item["published"])).actors)
        used: set[int] = set()
        miss, bad_kind, bad_role = [], [], []
        for expected in item["actors"]:
            kinds = expected["kind"] if isinstance(expected["kind"], list) else [expected["kind"]]
            hit = next((n for n, actor in enumerate(actors) if n not in used
                        and _found_by(expected["name"], actor, kinds)), None)
            if hit is None:
                missed += 1
                miss.append(expected["name"])
                continue
            used.add(hit)
            found += 1
            actor = actors[hit]
            if actor.kind in kinds:
                kind_right += 1
            else:
                bad_kind.append(f"{actor.name}: {actor.kind} not {'/'.join(kinds)}")
            if expected.get("role"):
                roles += 1
                want, got = expected["role"].lower(), (actor.role or "").lower()
                if got and (want in got or got in want):
                    roles_right += 1
                else:
                    bad_role.append(f"{actor.name}: {actor.role!r} not {expected['role']!r}")
        others = [actor for n, actor in enumerate(actors) if n not in used]
        extra += len(others)
        matched = {id(actors[n]) for n in used}
        spans = [(m.start, m.end, m.text.lower(), id(actor) in matched)
                 for actor in actors for m in actor.mentions]
        out = []
        for name in item["not_actors"]:
            listed += 1
            low = name.lower()
            for match in re.finditer(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text.lower()):
                a, b = match.span()
                if any(s < b and a < e and not (ok and s <= a and b <= e and said != low)
                       for s, e, said, ok in spans):
                    listed_out += 1
                    out.append(name)
                    break
        if miss or others or bad_kind or bad_role or out:
            lines.append(f"{item['id']}: missed {miss} extra {[(a.name, a.kind) for a in others]}"
                         f" kind {bad_kind} role {bad_role} non-actors output {out}")
    precision = found / (found + extra) if found + extra else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if show:
        print("\n".join(lines))
    print(f"{path.name}: actors P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (found {found},"
          f" extra {extra}, missed {missed}); kind {kind_right}/{found}; role"
          f" {roles_right}/{roles}; listed non-actors output {listed_out}/{listed}")


def main() -> int:
    show = "--show" in sys.argv
    paths = [Path(arg) for arg in sys.argv[1:] if arg != "--show"] or DEFAULT
    for path in paths:
        score(path, show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
