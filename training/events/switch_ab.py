"""A/B of German event switches in one process: the engine of the per-round scripts (round17_ab.py,
round18_ab.py; round19_ab.py uses its set loop, run_sets).

Modes: ``off`` switches every listed rule off (the behaviour before the rules), ``on`` is as configured with every
listed [parse] switch true, ``-NAME`` switches off that one rule only. A rule is a [classifier] key of events.toml
(removed from the extractor's settings = off) or a [parse] key of event_actors.toml (set false). Prints one summary
line per set (type / source / target / date with counts, no-event sentences with an event, typed-event precision):
nothing per sentence, so it may score a blind set without reading it.

``gnad`` as a set runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path in
GNAD_CACHE, default /tmp/h6/gnad500.pkl) and writes every event with its actors to OUT_DIR/gnad_<mode>.jsonl.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from newsgraph.extract import event_parse_actors as parse_actors
from newsgraph.extract.events import EventExtractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gnad_events  # noqa: E402  (the shared 10kGNAD dump and set line)

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
GNAD_CACHE = Path(os.environ.get("GNAD_CACHE", "/tmp/h6/gnad500.pkl"))


def _extractor(mode: str, classifier: tuple[str, ...], parse: tuple[str, ...], settings) -> EventExtractor:
    """The German extractor with ``mode``'s rules off (``settings``: event_parse_actors' own reader)."""
    rules = set(classifier + parse)
    off = rules if mode == "off" else ({mode[1:]} if mode.startswith("-") else set())
    parse_actors.settings = lambda: {**settings(), **{k: k not in off for k in parse}}
    ex = EventExtractor("de")
    ex.settings = {k: v for k, v in ex.settings.items() if k not in off}
    return ex


def main(argv: list[str], classifier: tuple[str, ...] = (), parse: tuple[str, ...] = (), out_dir: str = "/tmp/h6") -> int:
    """``argv``: MODE[,MODE...] SET [SET ...]."""
    modes, names = argv[0].split(","), argv[1:]
    out = Path(os.environ.get("OUT_DIR", out_dir))
    settings = parse_actors.settings
    try:
        run_sets(modes, names, lambda mode: _extractor(mode, classifier, parse, settings), out)
    finally:
        parse_actors.settings = settings
    return 0


def run_sets(modes: list[str], names: list[str], make, out: Path) -> None:
    """One summary line per (mode, set), the extractor of each mode built once by ``make(mode)``; shared with the
    rounds' scripts that switch something other than a [classifier] / [parse] key (round19_ab.py: a trigger list)."""
    width = max(4, *map(len, modes))
    for mode in modes:
        ex = make(mode)
        for name in names:
            if name == "gnad":
                n, cpu = gnad_events.extract_and_write(ex, out / f"gnad_{mode}.jsonl", GNAD_CACHE)
                print(f"{mode:<{width}} gnad     {n} events, EventExtractor.run {cpu:.2f} CPU s", flush=True)
                continue
            print(f"{mode:<{width}} {name:<8}", gnad_events.set_figures(ex, DATA / f"events_de_{name}.jsonl"),
                  flush=True)
