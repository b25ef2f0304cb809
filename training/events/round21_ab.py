"""A/B of the round-21 German event switch (issue #5, h6), in one process.

``off`` is [classifier] sentence_dates removed (the behaviour at the round's start: an event without a date of its own
sentence takes one from a neighbouring sentence about the same actor), ``on`` as configured (German events dated only
by their own sentence). Prints one summary line per set and a pooled line over the sets named: type / source / target
/ date with counts, then "extra" -- found events dated where gold has no date (the scorer's "dated, gold has no
date") -- no-event sentences given an event, typed precision. Nothing per sentence, so it may score a blind set
without reading it.

    python training/events/round21_ab.py off,on dev fresh fresh2 ...   # any events_de_<set> names
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from newsgraph.eval.events import score_german
from newsgraph.extract.events import EventExtractor

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
KEYS = ("type", "source", "target", "date", "date_extra")


def _extractor(mode: str) -> EventExtractor:
    ex = EventExtractor("de")
    if mode == "off":
        ex.settings = {k: v for k, v in ex.settings.items() if k != "sentence_dates"}
    return ex


def _line(acc: Counter, none: Counter, tp: int, fp: int) -> str:
    cells = [f"{acc[k, 0] / max(1, acc[k, 1]):.3f} ({acc[k, 0]}/{acc[k, 1]})" for k in KEYS[:4]]
    return (" / ".join(cells) + f"  extra {acc['date_extra', 0]}/{acc['date_extra', 1]}"
            + f"  none {none[0]}/{none[1]}  typed P {tp / max(1, tp + fp):.3f}")


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    for mode in modes:
        ex = _extractor(mode)
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
            print(f"{mode:<4} {name:<8} {_line(acc, none, tp, fp)}", flush=True)
        print(f"{mode:<4} {'pooled':<8} {_line(pooled, pnone, ptp, pfp)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
