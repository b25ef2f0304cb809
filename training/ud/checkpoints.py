"""Learning-curve logging for the UD fold runs (issue #3, round 20).

spaCy writes model-last at every evaluation but keeps only the best and the last pipeline, and its
console table has no CPU time. The logger registered here wraps spaCy's console logger and, at
every evaluation, appends the scores with the process's CPU seconds to RUN/checkpoints.jsonl (wall
clock means nothing on the shared machine) and, every `snapshot_every` steps, copies the
just-written model-last to RUN/snapshots/step-N, so a run's pipeline can be scored end to end
(`newsgraph eval ud`) at fixed steps, not only at its best checkpoint.

    python -m training.ud.train --experiment foldA --vectors --snapshot-every 1000 --run-dir RUN \
        --max-steps 6000 --override system.seed=1 --override training.patience=100000
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from spacy.util import registry

LOGGER_NAME = "newsgraph.ud_checkpoints.v1"
# Kept out of the JSONL: per-label and per-feature tables (large, and in the snapshot's meta.json).
_SKIP = ("_per_type", "_per_feat")


@registry.loggers(LOGGER_NAME)
def checkpoint_logger(run_dir: str, snapshot_every: int = 0):
    from spacy.training.loggers import console_logger

    console = console_logger(progress_bar=False)
    run = Path(run_dir)

    def setup(nlp, stdout=sys.stdout, stderr=sys.stderr):
        log_console, finalize_console = console(nlp, stdout, stderr)
        run.mkdir(parents=True, exist_ok=True)
        out = (run / "checkpoints.jsonl").open("a", encoding="utf-8")

        def log_step(info):
            log_console(info)
            if info is None:
                return
            scores = {k: v for k, v in (info.get("other_scores") or {}).items()
                      if isinstance(v, (int, float)) and not k.endswith(_SKIP)}
            row = {"step": info["step"], "epoch": info["epoch"], "words": info["words"],
                   "cpu_s": round(time.process_time(), 1), "score": info["score"], **scores}
            step = info["step"]
            last = info.get("output_path")
            if snapshot_every and step and step % snapshot_every == 0 and last:
                snap = run / "snapshots" / f"step-{step}"
                if snap.exists():
                    shutil.rmtree(snap)
                shutil.copytree(last, snap)
                row["snapshot"] = str(snap)
            out.write(json.dumps(row) + "\n")
            out.flush()

        def finalize():
            finalize_console()
            out.close()

        return log_step, finalize

    return setup
