"""A/B of the round-18 German event switch (issue #5, h6), in one process.

``off`` is [parse] case_order false (the behaviour at the round's start), ``on`` case_order true. Prints one summary
line per set (type / source / target / date with counts, no-event sentences with an event, typed-event precision):
nothing per sentence, so it may score a blind set without reading it.

    python training/events/round18_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh14, heldout, gnad

``gnad`` runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path in
GNAD_CACHE, default /tmp/h6/gnad500.pkl) and writes every event with its actors to OUT_DIR/gnad_<mode>.jsonl (OUT_DIR
default /tmp/h6/r18) for reading the changes.
"""

import os
import sys
from pathlib import Path

from newsgraph.extract import event_parse_actors as m
from newsgraph.extract.events import EventExtractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gnad_events  # noqa: E402  (the shared 10kGNAD dump and set line)

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SWITCH = "case_order"  # [parse] key of event_actors.toml
ORIG = m.settings
GNAD_CACHE = Path(os.environ.get("GNAD_CACHE", "/tmp/h6/gnad500.pkl"))
OUT_DIR = Path(os.environ.get("OUT_DIR", "/tmp/h6/r18"))


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    for mode in modes:
        m.settings = (lambda on=(mode == "on"): {**ORIG(), SWITCH: on})
        ex = EventExtractor("de")
        for name in names:
            if name == "gnad":
                n, cpu = gnad_events.extract_and_write(ex, OUT_DIR / f"gnad_{mode}.jsonl", GNAD_CACHE)
                print(f"{mode:<4} gnad     {n} events, EventExtractor.run {cpu:.2f} CPU s", flush=True)
                continue
            print(f"{mode:<4} {name:<8}", gnad_events.set_figures(ex, DATA / f"events_de_{name}.jsonl"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
