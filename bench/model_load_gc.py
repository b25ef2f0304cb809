"""The cyclic collector's CPU time while the German nlp model loads, at Python's thresholds (how
``Pipeline.analyse`` and a Ray worker loaded it before round 22) or under ``[gc]``'s thresholds
(``Pipeline.load_models``). One load per process (the model is cached per process): run each mode
in a fresh process, alternating.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/model_load_gc.py default|thresholds
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv=None) -> int:
    mode = (argv or sys.argv[1:])[0]
    from newsgraph.pipeline import Pipeline

    passes, spent, started = [0, 0, 0], [0.0], [0.0]

    def note(phase, info):
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[0] += time.process_time() - started[0]
            passes[info["generation"]] += 1

    pipeline = Pipeline()
    gc.callbacks.append(note)
    t = time.process_time()
    if mode == "default":
        pipeline.nlp("de")
    else:
        pipeline.load_models(["de"])
    t = time.process_time() - t
    gc.callbacks.remove(note)
    print(f"{mode}: load {t:.2f} CPU s, collector {spent[0]:.3f} CPU s, passes by generation {passes}, "
          f"objects tracked {len(gc.get_objects())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
