"""The speaker linker's CRF marginals (``DocView.crf_prepare``) replayed in other layouts, in one process, alternating,
with the answers compared (twenty-sixth round, bench/README; none of these is kept):

gather: each CRF's state rows gathered and summed per token as shipped (``take`` along axis 0, ``reduceat``), against
  (b) one gather and one ``reduceat`` from a [attribute, roles + message labels] matrix, the columns split after, and
  (c) the transposed matrices, gathered along their contiguous axis and summed along it;
marginals: the two CRFs' ``_marginals_many`` as shipped (one recursion per CRF), against both in one recursion with the
  roles CRF's labels padded to the message CRF's count (zero scores and transitions in exp space).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/crf_marginals_layout_ab.py --cache C [--passes 5]

C is time_extract.py's parse cache. One claims pass records each ``crf_prepare`` call's sentences and rows (as it
lays them end to end); figures are CPU s per pass over all recorded calls, and how many answers differ (arrays compared
with ``array_equal``).
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


def _record(arts, docs):
    """(flat rows, token starts, sentence cuts) of every ``crf_prepare`` call of one claims pass."""
    import numpy as np
    from bench_pipeline import fresh_analyses
    from time_extract import components

    from newsgraph.extract import quotes_speakers

    calls = []
    real = quotes_speakers.DocView.crf_prepare

    def spy(self, sents):
        todo = sorted(s for s in set(sents) if s not in self._crf_done)
        real(self, sents)
        fz = self._fz
        if fz is None:
            return
        parts = [self.sent_rows[s] for s in todo if s in fz.s_first]
        if not parts:
            return
        starts, base = [], 0
        for r, en in parts:
            starts.append(np.asarray([base], dtype=np.int64))
            starts.append(np.asarray(en[:-1], dtype=np.int64) + base)
            base += len(r)
        cut = np.cumsum([len(en) for _, en in parts])[:-1]
        calls.append((np.concatenate([r for r, _ in parts]), np.concatenate(starts), cut))

    claims = dict(components())["extract.claims"]
    quotes_speakers.DocView.crf_prepare = spy
    try:
        for an, d in zip(fresh_analyses(arts, docs), docs):
            claims(an, d)
    finally:
        quotes_speakers.DocView.crf_prepare = real
    return calls


def _marginals_padded(groups):
    """``_marginals_many`` of several groups (scs, trans) in one recursion, labels padded with zeros in exp space to the
    widest group's count; each sequence's marginals cut back to its group's labels."""
    import numpy as np

    L = max(tr.shape[0] for _, tr in groups)
    ems, trs = [], []
    for scs, trans in groups:
        k = trans.shape[0]
        tr = np.zeros((L, L))
        tr[:k, :k] = np.exp(trans - trans.max())
        for sc in scs:
            e = np.zeros((len(sc), L))
            e[:, :k] = np.exp(sc - sc.max(axis=1, keepdims=True))
            ems.append(e)
            trs.append(tr)
    r, ns = len(ems), [len(e) for e in ems]
    T = max(ns)
    fwd_em, bwd_em = np.ones((T, r, 1, L)), np.ones((T, r, L, 1))
    for q, e in enumerate(ems):
        fwd_em[:len(e), q, 0] = e
        bwd_em[T - len(e):, q, :, 0] = e
    tr = np.stack(trs)
    alpha, beta = np.empty((T, r, 1, L)), np.ones((T, r, L, 1))
    total, matmul = np.add.reduce, np.matmul
    a = fwd_em[0]
    alpha[0] = a / total(a, 2, None, None, True)
    for t in range(1, T):
        a = matmul(alpha[t - 1], tr) * fwd_em[t]
        alpha[t] = a / total(a, 2, None, None, True)
    for t in range(T - 2, -1, -1):
        b = matmul(tr, bwd_em[t + 1] * beta[t + 1])
        beta[t] = b / total(b, 1, None, None, True)
    out, q = [], 0
    for scs, trans in groups:
        k, got = trans.shape[0], []
        for _sc in scs:
            n = ns[q]
            m = alpha[:n, q, 0] * beta[T - n:, q, :, 0]
            got.append((m / m.sum(axis=1, keepdims=True))[:, :k])
            q += 1
        out.append(got)
    return out


def main(argv=None) -> int:
    import numpy as np
    from extract_replay_ab import bench_input, bench_parser

    from newsgraph.extract.quotes import _taggers
    from newsgraph.extract.quotes_cues import _marginals_many
    from newsgraph.extract.quotes_features import config

    args = bench_parser(old=False).parse_args(argv)
    arts, docs = bench_input(args)
    calls = _record(arts, docs)
    tg = _taggers(config()["model"]["de"])
    crfs = (tg.roles, tg.message)
    k = len(tg.roles.labels)
    both = np.ascontiguousarray(np.concatenate([c.state for c in crfs], axis=1))
    st_t = [np.ascontiguousarray(c.state.T) for c in crfs]
    print(f"{len(calls)} crf_prepare calls, {sum(len(s) for _, s, _ in calls)} tokens, "
          f"{sum(len(f) for f, _, _ in calls)} feature rows per CRF")

    gathers = {
        "shipped": lambda: [[np.add.reduceat(c.state.take(f, 0), s, axis=0) for c in crfs] for f, s, _ in calls],
        "one matrix": lambda: [(lambda x: [x[:, :k], x[:, k:]])(np.add.reduceat(both.take(f, 0), s, axis=0))
                               for f, s, _ in calls],
        "transposed": lambda: [[np.add.reduceat(t.take(f, 1), s, axis=1).T for t in st_t] for f, s, _ in calls],
    }
    scores = gathers["shipped"]()
    scs = [[np.split(x, cut) for x in pair] for pair, (_, _, cut) in zip(scores, calls)]
    margs = {
        "shipped": lambda: [[_marginals_many(x, c.trans) for x, c in zip(pair, crfs)] for pair in scs],
        "one recursion, padded": lambda: [_marginals_padded([(x, c.trans) for x, c in zip(pair, crfs)]) for pair in scs],
    }
    for title, variants, same in (
            ("gather", gathers, lambda a, b: all(np.array_equal(x, y) for p, q in zip(a, b) for x, y in zip(p, q))),
            ("marginals", margs, None)):
        spent: dict[str, list[float]] = {name: [] for name in variants}
        for p in range(args.passes):
            names = list(variants) if p % 2 == 0 else list(variants)[::-1]
            for name in names:
                t = time.process_time()
                variants[name]()
                spent[name].append(time.process_time() - t)
        ref = variants["shipped"]()
        for name, fn in variants.items():
            got = fn()
            if same is not None:
                diff = "answers equal" if same(ref, got) else "answers DIFFER"
            else:
                per_crf = [sum(not np.array_equal(x, y) for a, b in zip(ref, got) for x, y in zip(a[c], b[c]))
                           for c in range(len(crfs))]
                n = [sum(len(a[c]) for a in ref) for c in range(len(crfs))]
                diff = ", ".join(f"{crf} {d} of {m} sequences differ" for crf, d, m in zip(("roles", "message"), per_crf, n))
            print(f"{title} {name}: " + " / ".join(f"{x:.3f}" for x in spent[name]) + f" CPU s per pass; {diff}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
