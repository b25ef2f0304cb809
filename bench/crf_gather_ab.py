"""The gather of the taggers' state weights in ``DocView.crf_prepare`` (the speaker linker's "crf" features): numpy
fancy indexing ``state[rows]`` against ``state.take(rows, 0)``, each followed by the same ``np.add.reduceat``, in
one process (alternating), on the inputs of one claims pass, the sums compared with ``array_equal``.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/crf_gather_ab.py \
        --cache /tmp/extract_bench.spacy [--passes 4]

The articles and parse cache are time_extract.py's (the first 200 of 10kGNAD test, then 100 of quotes-de dev).
One claims pass records, for every ``crf_prepare`` call, the feature rows of the sentences it did (laid end to end
and cut per token, as it does); then both forms run over all of them for both CRFs, ``--passes`` times each.
Figures are CPU seconds per pass.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main(argv=None) -> int:
    import numpy as np
    from bench_pipeline import fresh_analyses
    from extract_replay_ab import bench_input, bench_parser
    from time_extract import components

    from newsgraph.extract import quotes_speakers
    from newsgraph.extract.quotes import _taggers
    from newsgraph.extract.quotes_features import config

    args = bench_parser(old=False).parse_args(argv)
    arts, docs = bench_input(args)

    calls = []
    real = quotes_speakers.DocView.crf_prepare

    def spy(self, sents):
        todo = sorted(s for s in set(sents) if s not in self._crf_done)
        real(self, sents)
        fz = self._fz
        parts = [self.sent_rows[s] for s in todo if fz is not None and s in fz.s_first and s in self.sent_rows]
        if parts:
            starts, base = [], 0
            for r, en in parts:
                starts.append(base)
                starts.append(en[:-1] + base)
                base += len(r)
            calls.append((np.concatenate([r for r, _ in parts]),
                          np.concatenate([np.asarray(x, dtype=np.int64).reshape(-1) for x in starts])))

    quotes_speakers.DocView.crf_prepare = spy
    try:
        claims = dict(components())["extract.claims"]
        for an, d in zip(fresh_analyses(arts, docs), docs):
            claims(an, d)
    finally:
        quotes_speakers.DocView.crf_prepare = real
    taggers = _taggers(config()["model"]["de"])
    crfs = (taggers.roles, taggers.message)

    def fancy():
        return [np.add.reduceat(crf.state[flat], starts, axis=0) for flat, starts in calls for crf in crfs]

    def take():
        return [np.add.reduceat(crf.state.take(flat, 0), starts, axis=0) for flat, starts in calls for crf in crfs]

    if not all(np.array_equal(a, b) for a, b in zip(fancy(), take())):
        print("sums differ")
        return 1
    times = {"state[rows]": [], "take": []}
    for _ in range(args.passes):
        for label, fn in (("state[rows]", fancy), ("take", take)):
            t = time.process_time()
            fn()
            times[label].append(time.process_time() - t)
    rows = sum(len(f) for f, _ in calls)
    print(f"crf_prepare's gather + reduceat ({len(calls)} calls, {rows} rows, 2 CRFs), sums equal; CPU s per pass, "
          + "; ".join(f"{k}: " + " / ".join(f"{x:.3f}" for x in v) for k, v in times.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
