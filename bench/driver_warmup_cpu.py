"""CPU seconds of the Ray driver's corpus warm-up thread (``engine._CorpusWarmUp``), in a fresh process.

  OMP_NUM_THREADS=1 NEWSGRAPH_SHARED=/work/shared python bench/driver_warmup_cpu.py [--profile]

The warm-up builds the corpus pipeline and loads its lookups (KB and name indices, name matcher,
story idf) while the actors start; in a 2-worker run it competes with them for the two cores."""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    c0 = time.process_time()
    from newsgraph.config import load as load_config
    from newsgraph.scale import engine

    c1 = time.process_time()
    cfg = load_config()
    prof = cProfile.Profile(time.process_time) if "--profile" in sys.argv else None
    c2 = time.process_time()
    if prof:
        prof.enable()
    w = engine._CorpusWarmUp(cfg)
    w.join()
    if prof:
        prof.disable()
    c3 = time.process_time()
    print(f"imports {c1 - c0:.3f} CPU s, warm-up {c3 - c2:.3f} CPU s, error {w._error}")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
