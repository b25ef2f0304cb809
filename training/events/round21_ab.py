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

import sys
import tomllib
from pathlib import Path

import newsgraph.extract.event_lexicon as L
from newsgraph.extract.events import EventExtractor

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_score import score_modes  # noqa: E402


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


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    score_modes(modes, names, _extractor, 4, false=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
