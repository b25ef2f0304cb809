"""A/B of the round-20 German event switch (issue #5, h6), in one process.

``off`` is [parse] broken_parse false (the behaviour at the round's start), ``on`` broken_parse true. Prints one summary
line per set (type / source / target / date with counts, no-event sentences with an event, typed-event precision):
nothing per sentence, so it may score a blind set without reading it.

    python training/events/round20_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh17, heldout, gnad

``gnad`` runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path in
GNAD_CACHE, default /tmp/h6/gnad500.pkl) and writes every event with its actors to OUT_DIR/gnad_<mode>.jsonl (OUT_DIR
default /tmp/h6/r20) for reading the changes.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from switch_ab import main  # noqa: E402  (the A/B engine shared by the rounds' scripts)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], classifier=(), parse=("broken_parse",), out_dir="/tmp/h6/r20"))
