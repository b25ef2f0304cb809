"""A/B of the round-19 German event switch (issue #5, h5), in one process.

``off`` empties ``[triggers_more.ASSAULT] de`` of events.toml (the lexicon as at the round's start), ``on`` is events.toml
as it is. The parsed toml is patched in memory (as trigger_ab.py does), nothing is written. Prints one summary line per
set (type / source / target / date with counts, no-event sentences with an event, typed-event precision): nothing per
sentence, so it may score a blind set without reading it.

    python training/events/round19_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh16, heldout, gnad

``gnad`` runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path in
GNAD_CACHE, default /tmp/h6/gnad500.pkl, only read) and writes every event with its actors to OUT_DIR/gnad_<mode>.jsonl
(OUT_DIR default /tmp/h5/r19) for reading the changes (``gnad_events.py --diff A B``).
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import switch_ab  # noqa: E402  (the set loop shared by the rounds' A/B scripts)

import newsgraph.extract.event_lexicon as L  # noqa: E402

_loads = tomllib.loads


def extractor(mode: str):
    from newsgraph.extract.events import EventExtractor

    def patched(text: str) -> dict:
        d = _loads(text)
        if mode == "off" and "triggers_more" in d:
            for by_lang in d["triggers_more"].values():
                by_lang["de"] = []
        return d

    L.tomllib = type("T", (), {"loads": staticmethod(patched)})
    for f in (L.lexicon, L.context_rules, L.classifier_settings):
        f.cache_clear()
    return EventExtractor("de")


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    try:
        switch_ab.run_sets(modes, names, extractor, Path(os.environ.get("OUT_DIR", "/tmp/h5/r19")))
    finally:
        L.tomllib = tomllib
        for f in (L.lexicon, L.context_rules, L.classifier_settings):
            f.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
