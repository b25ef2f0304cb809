"""Score extract.time on TimeML-style gold: ``<TimeML>`` documents (one file, or several inside
a ``<corpus>`` root, or a directory of .tml files), each with a DCT TIMEX3 and a TEXT with
inline TIMEX3 tags.

Prints span precision/recall/F1 (strict = same offsets, lenient = overlap), value accuracy
on lenient matches, and value accuracy over all gold expressions (a missed one is wrong), also
per gold type (DATE / TIME / DURATION / SET; the issue's target is on dates).

    python -m newsgraph.eval.time FILE [--lang de] [--show]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from ..extract.timex_rules import find_times


def _docs(path: Path):
    files = sorted(path.glob("*.tml")) if path.is_dir() else [path]
    for f in files:
        root = ET.parse(f).getroot()
        yield from ([root] if root.tag == "TimeML" else root.iter("TimeML"))


def _text_and_gold(doc) -> tuple[date, str, list[tuple[int, int, str, str]]]:
    dct = date.fromisoformat(doc.find("DCT/TIMEX3").get("value")[:10])
    text_el = doc.find("TEXT")
    text, gold = text_el.text or "", []
    for tx in text_el:
        start = len(text)
        text += tx.text or ""
        gold.append((start, len(text), tx.get("type"), tx.get("value")))
        text += tx.tail or ""
    return dct, text, gold


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "de"
    show = "--show" in argv
    path = Path(argv[0])
    n_gold = n_pred = strict = lenient = value_ok = 0
    by_type: dict[str, list[int]] = {}
    for doc in _docs(path):
        dct, text, gold = _text_and_gold(doc)
        pred = find_times(text, dct, lang)
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for gs, ge, gtype, gval in gold:
            by_type.setdefault(gtype, [0, 0])[1] += 1
            hit = next((i for i, p in enumerate(pred) if i not in used and p.start < ge and gs < p.end), None)
            if hit is None:
                if show:
                    print(f"  MISS  {text[gs:ge]!r} gold={gval}")
                continue
            used.add(hit)
            p = pred[hit]
            lenient += 1
            strict += (p.start, p.end) == (gs, ge)
            value_ok += p.value == gval
            by_type[gtype][0] += p.value == gval
            if show and p.value != gval:
                print(f"  VALUE {text[gs:ge]!r} gold={gval} pred={p.value}")
        if show:
            for i, p in enumerate(pred):
                if i not in used:
                    print(f"  EXTRA {p.text!r} pred={p.value}")

    def prf(tp):
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    print(f"TIMEX gold: {n_gold} expressions, predicted {n_pred} ({path.name})")
    for name, tp in (("strict span", strict), ("lenient span", lenient)):
        p, r, f = prf(tp)
        print(f"{name:<14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"value accuracy on matched   {value_ok / max(1, lenient):.3f}  ({value_ok}/{lenient})")
    print(f"value accuracy over gold    {value_ok / max(1, n_gold):.3f}  ({value_ok}/{n_gold})")
    print("  by gold type: " + ", ".join(f"{t} {ok / n:.3f} ({ok}/{n})" for t, (ok, n) in sorted(by_type.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
