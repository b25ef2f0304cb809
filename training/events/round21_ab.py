"""A/B of the round-21 German event switches (issue #5, h6), in one process.

``off`` is the behaviour at the round's start: [classifier] sentence_dates removed (an event without a date of its own
sentence takes one from a neighbouring sentence about the same actor) and [triggers_more.RETREAT] emptied; ``dates``
German events dated only by their own sentence, the RETREAT list still empty; ``on`` both as configured. Prints one summary line per set and a pooled line over the sets named: type / source / target
/ date with counts, then "extra" -- found events dated where gold has no date (the scorer's "dated, gold has no
date") -- no-event sentences given an event, typed precision. Nothing per sentence, so it may score a blind set
without reading it.

    python training/events/round21_ab.py off,dates,on dev fresh fresh2 ...   # any events_de_<set> names
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

import newsgraph.extract.event_lexicon as L
from newsgraph.eval.events import score_german
from newsgraph.extract.events import EventExtractor

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
KEYS = ("type", "source", "target", "date", "date_extra")


def _lexicon(retreat: bool) -> None:
    """Rebuild the German lexicon with [triggers_more.RETREAT] as configured or emptied."""
    loads = tomllib.loads

    def patched(text):
        d = loads(text)
        if not retreat and "RETREAT" in d.get("triggers_more", {}):
            d["triggers_more"]["RETREAT"]["de"] = []
        return d

    L.tomllib = type("T", (), {"loads": staticmethod(patched)})
    L.lexicon.cache_clear()


def _extractor(mode: str) -> EventExtractor:
    _lexicon(retreat=mode == "on")
    ex = EventExtractor("de")
    L.tomllib = tomllib
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
