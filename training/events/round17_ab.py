"""A/B of the round-17 German event switches (issue #5, h6), in one process.

``off`` switches every rule of this round off (the behaviour at the round's start); ``on`` is as configured; each
further mode switches off one rule only (``-attributive_states``, ``-procedure_nouns`` ...). Prints one summary line
per set (type / source / target / date with counts, no-event sentences with an event, typed-event precision):
nothing per sentence, so it may score a blind set without reading it.

    python training/events/round17_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh13, heldout, gnad

``gnad`` runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path in
GNAD_CACHE, default /tmp/h6/gnad500.pkl) and writes every event with its actors to OUT_DIR/gnad_<mode>.jsonl (OUT_DIR
default /tmp/h6/r17) for reading the changes.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from switch_ab import main  # noqa: E402  (the A/B engine shared by the rounds' scripts)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], classifier=("attributive_states", "procedure_nouns", "request_objects"), parse=(), out_dir="/tmp/h6/r17"))
