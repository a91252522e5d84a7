"""The engine on the team's own annotated articles: 62 sets of invented news written and
annotated under ../shared/GUIDELINES.md by helpers who never ran the engine.

Usage: python bench/annotated.py [--sets hA hB ...]
Runs ../shared/tools/evaluate.py (which runs `newsdesk analyze`) on each set in
bench/annotated/ and prints one line per set; asserts nothing. hA (BBC 2005 and 1998 wire
styles), hC (the same styles) and hD (2023-25 trade) were looked at while rules were
written in the fourteenth session, hB (2023-25 trade) and hE (mixed) in the fifteenth, hF
(BBC 2004-05 and 1998-99 wire) and hG (2023-25 trade) in the sixteenth, which wrote hH
(BBC 2004-06 and 1999-2001 wire) and hI (2023-25 trade) and read hH in its second half;
hI was read in the seventeenth, which wrote hJ (BBC 2004-06 and 1998-99 wire) and hK
(2023-25 trade); hK is only scored, and so are hL and hN (BBC 2005-06 and 1998-2001 wire)
and hM and hO (2023-25 trade), written in the eighteenth: they are the fairer guides. The
nineteenth wrote hP (BBC 2004-06 and 1998-2000 wire) and hQ (2023-25 trade), scored them
once and read them, and hR (BBC and wire) and hS (2023-25 trade), only scored; the
twentieth wrote hT (BBC and wire) and hU (2023-25 trade), only scored; the thirtieth
wrote hV and hX (BBC and wire), read after one scoring, and hW, hY (2023-25 trade) and hZ
(mixed), only scored; the thirty-first wrote iA (BBC and wire) and iB (2023-25 trade),
only scored; the thirty-second wrote jA (BBC and wire) and jB (2023-25 trade), read after
one scoring, and jC (2008-13) and jD (2023-25 trade), only scored; the thirty-fourth
wrote jE (2009-12 BBC and wire), jF (2024-25 trade), jG (BBC 2005-08 and 1998-2003 wire)
and jH (2025 trade), only scored; the thirty-fifth wrote jI (2011-13 BBC and wire) and jJ
(2023-25 trade), read after one scoring, and jK (1998-2001 wire) and jL (2025-26 trade),
only scored; the thirty-sixth wrote jM (2014-19 business and trade press), read after one
scoring, and jN (2020-22), only scored; the thirty-seventh wrote jO (2016-19 wire news from
Latin America and Africa), read after one scoring, and jP (2010-13 Asian business press),
only scored; the thirty-eighth wrote jQ (2005-09 European and Middle East copy), read after
one scoring, and jR (2021-24 South and Central Asian and East European press), only scored;
the thirty-ninth wrote jS (2014-18 Oceania, Canadian and Gulf trade press), read after one
scoring, and jT (1992-97 US, Japanese and European wire copy), only scored; the fortieth
wrote jU (1999-2006 African, Indian and Southeast Asian copy), read after one scoring, and
jV (2015-21 Latin American, Iberian, Nordic and Benelux press), only scored. None is the
held-out gold that decides (see the README).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "bench" / "annotated"
EVALUATE = ROOT.parent / "shared" / "tools" / "evaluate.py"
FIGURES = (("measures F1", r"^measures\s+\S+\s+\S+\s+(\S+)"),
           ("any type", r"^measures any type\s+\S+\s+\S+\s+(\S+)"),
           ("deadlines F1", r"^deadlines\s+\S+\s+\S+\s+(\S+)"),
           ("action", r"measure action acc (\S+)"), ("imposer", r"imposer acc (\S+)"),
           ("actors F1", r"^actors\s+\S+\s+\S+\s+(\S+)"), ("role", r"role acc (\S+)"),
           ("affiliation", r"affiliation acc (\S+)"), ("junk", r"junk actors (\d+)"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=sorted(p.name for p in SETS.iterdir()
                                                             if p.is_dir()))
    args = parser.parse_args()
    print("set  articles  " + "  ".join(name for name, _ in FIGURES))
    for name in args.sets:
        folder = SETS / name
        golds = sorted(str(p) for p in (folder / "gold").glob("*.json"))
        out = subprocess.run([sys.executable, str(EVALUATE), "--only", "findings",
                              "--gold", *golds, "--texts", str(folder / "texts.jsonl")],
                             capture_output=True, text=True, check=False).stdout
        row = [re.search(pattern, out, re.M) for _, pattern in FIGURES]
        print(f"{name}  {len(golds):>8}  " + "  ".join(
            f"{(m.group(1) if m else '-'):>{len(label)}}" for m, (label, _) in zip(
                row, FIGURES, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
