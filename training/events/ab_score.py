"""Scoring and summary lines shared by the per-round German event A/B scripts (round21_ab.py, round22_ab.py): each mode
is scored on the ``events_de_<set>`` files named, one line per set and a pooled line; nothing per sentence, so a
script may score a blind set without reading it."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsgraph.eval.events import score_german
from newsgraph.extract.events import EventExtractor

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
KEYS = ("type", "source", "target", "date", "date_extra")


def line(acc: Counter, none: Counter, tp: int, fp: int, false: bool = True) -> str:
    """type / source / target / date with counts, "extra" (dated where gold has no date), "none" (no-event sentences
    given an event), typed precision and, with ``false`` (round 22 on), the predicted events that are no gold event of
    their type; round 21's lines had no "false" cell and keep that form."""
    cells = [f"{acc[k, 0] / max(1, acc[k, 1]):.3f} ({acc[k, 0]}/{acc[k, 1]})" for k in KEYS[:4]]
    return (" / ".join(cells) + f"  extra {acc['date_extra', 0]}/{acc['date_extra', 1]}"
            + f"  none {none[0]}/{none[1]}  typed P {tp / max(1, tp + fp):.3f}" + (f"  false {fp}" if false else ""))


def score_modes(modes: list[str], names: list[str], extractor: Callable[[str], EventExtractor], width: int,
                false: bool = True) -> None:
    """Print each mode's lines; ``width`` pads the mode column (each script keeps its own so its lines compare with
    the ones its card quotes)."""
    for mode in modes:
        ex = extractor(mode)
        pooled, pnone, ptp, pfp = Counter(), Counter(), 0, 0
        for name in names:
            recs = [json.loads(x) for x in (DATA / f"events_de_{name}.jsonl").read_text("utf-8").splitlines()]
            res = score_german(recs, ex)
            acc = Counter({(k, i): res["acc"][k][i] for k in KEYS for i in (0, 1)})
            none = Counter({0: res["none"][0], 1: res["none"][1]})
            tp, fp = sum(res["tp"].values()), sum(res["fp"].values())
            pooled += acc
            pnone += none
            ptp, pfp = ptp + tp, pfp + fp
            print(f"{mode:<{width}} {name:<8} {line(acc, none, tp, fp, false)}", flush=True)
        print(f"{mode:<{width}} {'pooled':<8} {line(pooled, pnone, ptp, pfp, false)}", flush=True)
