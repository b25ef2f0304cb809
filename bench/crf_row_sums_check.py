"""``quotes_crf.row_sums`` against scipy's CSR product it replaced, on every call of a real run.

    OMP_NUM_THREADS=1 python bench/crf_row_sums_check.py /work/shared/data/quotes-de/data/dev --cache /tmp/r24/qcache_dev.spacy

Runs training/quotes/score_quotes.py (the quotes of the given split on cached parses) with each
``row_sums`` call also computed as ``csr_matrix((ones, rows, indptr)) @ state`` and compared byte for
byte (``tobytes``: -0.0 and +0.0 differ there). Prints the scores, the calls and any difference; and
times both over the recorded calls (CPU s, best of 3, alternating). bench/README.md, twenty-fourth round.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training" / "quotes"))


def main() -> int:
    from scipy import sparse

    from newsgraph.extract import quotes_crf

    ours = quotes_crf.row_sums
    calls, differ = [], 0

    def both(state, rows, indptr):
        nonlocal differ
        got = ours(state, rows, indptr)
        x = sparse.csr_matrix((np.ones(len(rows)), rows, indptr), shape=(len(indptr) - 1, state.shape[0]))
        want = np.asarray(x @ state)
        if got.shape != want.shape or got.dtype != want.dtype or got.tobytes() != want.tobytes():
            differ += 1
        calls.append((state, rows, indptr))
        return got

    quotes_crf.row_sums = both
    import score_quotes

    score_quotes.main(sys.argv[1:])
    print(f"{len(calls)} calls, {sum(len(c[2]) - 1 for c in calls)} tokens, {differ} differ byte for byte")
    quotes_crf.row_sums = ours

    def run_scipy():
        for state, rows, indptr in calls:
            x = sparse.csr_matrix((np.ones(len(rows)), rows, indptr), shape=(len(indptr) - 1, state.shape[0]))
            np.asarray(x @ state)

    def run_ours():
        for state, rows, indptr in calls:
            ours(state, rows, indptr)

    best = {"scipy csr product": [], "row_sums (csr_matvecs loaded alone)": []}
    for _ in range(3):
        for name, f in (("scipy csr product", run_scipy), ("row_sums (csr_matvecs loaded alone)", run_ours)):
            c = time.process_time()
            f()
            best[name].append(time.process_time() - c)
    print("; ".join(f"{k}: {min(v):.3f} CPU s (best of 3)" for k, v in best.items()))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
