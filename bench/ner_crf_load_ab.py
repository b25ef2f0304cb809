"""CPU seconds of the NER CRF second opinion's set-up (``NerCrf.__init__``), each in a fresh process, in-process
``process_time``: this tree cold (an empty built-model cache), a base tree, this tree warm (the pickle the cold run
wrote), alternating. ``--heap``: after the whole German pipeline is loaded (a worker's heap; its own CRF built
without the cache), else on a blank pipeline. ``--worker``: the set-up inside a Ray worker's whole model load
(``PartitionWorker()``, every built model read from the same cache), printed as "CRF set-up / whole load".

    OMP_NUM_THREADS=1 NEWSGRAPH_SHARED=/work/shared python bench/ner_crf_load_ab.py --base OLD_TREE [--runs 6] [--heap | --worker]

OLD_TREE: e.g. ``git archive 3b005e5 newsgraph models/de_ner | tar -x -C OLD_TREE``. bench/README.md, "Twenty-seventh
round, late: the NER CRF's set-up (n1)".
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parents[1]


def in_worker(tree: str, cache: str) -> str:
    sys.path.insert(0, tree)
    os.environ["NEWSGRAPH_CACHE"] = cache
    for k in ("NEWSGRAPH_WORKER_NO_TORCH", "NEWSGRAPH_WORKER_NO_SPACY_CLI", "NEWSGRAPH_WORKER_NO_PANDAS"):
        os.environ[k] = "1"  # as bench_ray.py's workers
    from newsgraph.nlp import ner_crf
    from newsgraph.scale.worker import PartitionWorker

    assert ner_crf.__file__.startswith(tree), ner_crf.__file__
    spent = []
    init = ner_crf.NerCrf.__init__

    def timed(self, *a, **k):
        c = time.process_time()
        init(self, *a, **k)
        spent.append(time.process_time() - c)

    ner_crf.NerCrf.__init__ = timed
    with tempfile.TemporaryDirectory() as out:
        c = time.process_time()
        PartitionWorker(out)
        return f"{sum(spent):.4f}/{time.process_time() - c:.4f}"


def one(tree: str, cache: str, heap: bool) -> float:
    sys.path.insert(0, tree)
    os.environ["NEWSGRAPH_NO_BUILT_CACHE"] = "1"  # the pipeline's own load builds; only the timed set-up reads CACHE
    import spacy

    from newsgraph.nlp import ner_crf

    assert ner_crf.__file__.startswith(tree), ner_crf.__file__
    if heap:
        import newsgraph.nlp

        nlp = newsgraph.nlp.load("de")
    else:
        nlp = spacy.blank("de")
    del os.environ["NEWSGRAPH_NO_BUILT_CACHE"]
    os.environ["NEWSGRAPH_CACHE"] = cache
    c = time.process_time()
    ner_crf.NerCrf(nlp, str(Path(tree) / "models/de_ner/crf"), "override", 0.85, 0.8, True)
    return time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", help="the tree to compare with (its newsgraph/ and models/de_ner/)")
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--heap", action="store_true")
    ap.add_argument("--worker", action="store_true")
    ap.add_argument("--one", nargs=2, metavar=("TREE", "CACHE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(in_worker(*a.one) if a.worker else f"{one(*a.one, a.heap):.4f}")
        return
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSGRAPH_CACHE", "NEWSGRAPH_NO_BUILT_CACHE")}

    def run(tree: str, cache: str) -> float:
        cmd = [sys.executable, __file__, "--one", tree, cache, *(["--heap"] if a.heap else []),
               *(["--worker"] if a.worker else [])]
        last = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout.split()[-1]
        if a.worker:
            crf, whole = last.split("/")
            print(f"  {tree}: whole load {whole}", flush=True)
            return float(crf)
        return float(last)

    got: dict[str, list[float]] = {"base": [], "cold": [], "warm": []}
    for i in range(a.runs):
        with tempfile.TemporaryDirectory() as cache:
            # cold first: the base then reads the other built models (KB, quote CRFs, ...) as warm as the new tree
            got["cold"].append(run(str(HERE), cache))
            got["base"].append(run(str(Path(a.base).resolve()), cache))
            got["warm"].append(run(str(HERE), cache))
        print(f"{i + 1}: base {got['base'][-1]:.3f}  cold {got['cold'][-1]:.3f}  warm {got['warm'][-1]:.3f}"
              f"  load {os.getloadavg()[0]:.1f}", flush=True)
    for k, v in got.items():
        print(f"{k}: mean {sum(v) / len(v):.3f}  min {min(v):.3f}  max {max(v):.3f}")


if __name__ == "__main__":
    main()
