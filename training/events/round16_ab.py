"""A/B of the round-16 German event actor switches (issue #5, h6), in one process.

``off`` switches every rule of this round off (the behaviour at the round's start); ``on`` is as configured; each
further mode switches off one rule only (``-bracket_names`` ...). Prints one summary line per set (type / source /
target / date with counts, typed-event precision, no-event sentences with an event): nothing per sentence, so it may
score a blind set without reading it.

    python training/events/round16_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh12, heldout, gnad

``gnad`` as a set runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path
in GNAD_CACHE, default /tmp/h6/gnad500.pkl) and writes every event with its actors to OUT_DIR/gnad_<mode>.jsonl
(OUT_DIR default /tmp/h6/r16) for reading the changes.
"""

import os
import sys
from pathlib import Path

from newsgraph.extract import event_parse_actors as m
from newsgraph.extract.events import EventExtractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gnad_events  # noqa: E402  (the shared 10kGNAD dump and set line)

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
PARSE = ("bracket_names", "place_phrases", "conj_subject")
ORIG = m.settings
GNAD_CACHE = Path(os.environ.get("GNAD_CACHE", "/tmp/h6/gnad500.pkl"))
OUT_DIR = Path(os.environ.get("OUT_DIR", "/tmp/h6/r16"))


def _gnad(ex: EventExtractor, mode: str) -> None:
    n, cpu = gnad_events.extract_and_write(ex, OUT_DIR / f"gnad_{mode}.jsonl", GNAD_CACHE)
    print(f"{mode:<16} gnad     {n} events, EventExtractor.run {cpu:.2f} CPU s", flush=True)


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    for mode in modes:
        off = set(PARSE) if mode == "off" else ({mode[1:]} if mode.startswith("-") else set())
        m.settings = (lambda off=off: {**ORIG(), **{k: False for k in PARSE if k in off}})
        ex = EventExtractor("de")
        ex.settings = {k: v for k, v in ex.settings.items() if k not in off}
        for name in names:
            if name == "gnad":
                _gnad(ex, mode)
                continue
            print(f"{mode:<16} {name:<8}", gnad_events.set_figures(ex, DATA / f"events_de_{name}.jsonl"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
