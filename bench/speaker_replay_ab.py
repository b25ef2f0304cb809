"""The speaker linker (``quotes_speakers.link_speakers``, with the final linker) of this tree against an older
one, in one process (alternating), with their answers compared.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/speaker_replay_ab.py \
        --cache /tmp/extract_bench.spacy --old /tmp/old_tree [--passes 4]

The articles and parse cache are time_extract.py's (the first 200 of 10kGNAD test, then 100 of quotes-de dev).
One claims pass of this tree records every ``link_speakers`` call: the document, its tokens, a copy of the quotes
as they came in, the linkers, the taggers' sentence rows (``rows``, when this tree passes them) and the
document's Featurizer with the rows it kept so far. Then each tree's ``link_speakers`` (the old one loaded from
its file beside this tree's package, its relative imports resolving to this tree's modules, and given linkers of
its own ``Linker`` class, whose scoring is timed too) runs over all recorded calls, ``--passes`` times each,
alternating, on fresh copies of the quotes made before the clock starts, with the recorded Featurizer put back
in ``featurizer()``'s memo holding a copy of the rows it had kept at that call (so the rows of a sentence the
taggers did not tag are built in every pass, as in the extractor) and a fresh copy of the taggers' rows. The
answers (the final linker's speakers, every quote's speaker and ``inherited`` after the call) must be equal,
else it stops. Figures are CPU seconds per pass over all calls. Then the same for the linkers' ``Linker.prob``
alone over every feature list it scored in the recorded pass.
"""

from __future__ import annotations

import copy
import inspect
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def _record(docs, arts):
    """Every ``link_speakers`` call and every ``Linker.prob`` call of one claims pass of this tree."""
    from bench_pipeline import fresh_analyses
    from time_extract import components

    from newsgraph.extract import quotes_features, quotes_speakers

    calls, probs = [], []
    f0, p0 = quotes_speakers.link_speakers, quotes_speakers.Linker.prob

    def spy(doc, toks, quotes, linker, collect=None, final=None, **kw):
        rows = kw.get("rows")
        memo = quotes_features._FZ_MEMO
        calls.append((doc, toks, copy.deepcopy(quotes), linker, final, None if rows is None else dict(rows),
                      (memo, dict(memo[2]._rows) if memo[2] is not None else None)))
        return f0(doc, toks, quotes, linker, collect=collect, final=final, **kw)

    def spy_prob(self, feats, z0=0.0):
        probs.append((self, list(feats), z0))
        return p0(self, feats, z0)

    quotes_speakers.link_speakers, quotes_speakers.Linker.prob = spy, spy_prob
    try:
        claims = dict(components())["extract.claims"]
        for an, d in zip(fresh_analyses(arts, docs), docs):
            claims(an, d)
    finally:
        quotes_speakers.link_speakers, quotes_speakers.Linker.prob = f0, p0
    return calls, probs


def main(argv=None) -> int:
    from extract_replay_ab import _old_module, replay_setup

    from newsgraph.extract import quotes_features, quotes_speakers

    args, arts, docs = replay_setup(argv)
    calls, probs = _record(docs, arts)
    old = _old_module(args.old, "quotes_speakers")
    takes_rows = {fn: "rows" in inspect.signature(fn).parameters
                  for fn in (quotes_speakers.link_speakers, old.link_speakers)}

    def own_linkers(mod):
        # the linkers as the tree's own module builds them (their scoring is part of what is timed)
        seen: dict = {}

        def conv(lk):
            if lk is None or mod is quotes_speakers:
                return lk
            if id(lk) not in seen:
                seen[id(lk)] = mod.Linker(lk.w, lk.bias, lk.switch, lk.keep, lk.trees, lk.softmax, lk.widen)
            return seen[id(lk)]
        return [(conv(lk), conv(fin)) for _, _, _, lk, fin, *_ in calls]

    linkers = {fn: own_linkers(mod) for fn, mod in ((quotes_speakers.link_speakers, quotes_speakers),
                                                      (old.link_speakers, old))}

    def run(fn):
        batch = [copy.deepcopy(qs) for _, _, qs, *_ in calls]
        rows = [None if r is None else dict(r) for *_, r, _ in calls]
        kept = [None if fz_rows is None else dict(fz_rows) for *_, (_, fz_rows) in calls]

        def go():
            out = []
            for (doc, toks, *_, (memo, _)), (linker, final), qs, r, fz_rows in zip(calls, linkers[fn], batch, rows,
                                                                                   kept):
                quotes_features._FZ_MEMO = memo
                if fz_rows is not None:
                    memo[2]._rows = fz_rows
                kw = {"rows": r} if takes_rows[fn] and r is not None else {}
                finals = fn(doc, toks, qs, linker, final=final, **kw)
                out.append((finals, [(q.speaker, q.inherited) for q in qs]))
            return out
        return go

    n_q = sum(len(qs) for _, _, qs, *_ in calls)
    if run(quotes_speakers.link_speakers)() != run(old.link_speakers)():
        print("link_speakers: answers differ")
        return 1
    times: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(args.passes):
        for label, fn in (("old", old.link_speakers), ("new", quotes_speakers.link_speakers)):
            go = run(fn)
            t = time.process_time()
            go()
            times[label].append(time.process_time() - t)
    print(f"quotes_speakers.link_speakers ({len(calls)} calls, {n_q} quotes), answers equal; CPU s per pass, old: "
          + " / ".join(f"{x:.3f}" for x in times["old"]) + "; new: " + " / ".join(f"{x:.3f}" for x in times["new"]))
    # the linkers' logistic scores alone (``Linker.prob``, inside the passes above), on every recorded feature list
    new_lk, old_lk = {}, {}
    for lk, _, _ in probs:
        if id(lk) not in new_lk:
            new_lk[id(lk)] = lk
            old_lk[id(lk)] = old.Linker(lk.w, lk.bias, lk.switch, lk.keep, lk.trees, lk.softmax, lk.widen)
    if [new_lk[id(lk)].prob(f, z) for lk, f, z in probs] != [old_lk[id(lk)].prob(f, z) for lk, f, z in probs]:
        print("Linker.prob: answers differ")
        return 1
    times = {"old": [], "new": []}
    for _ in range(args.passes):
        for label, lks in (("old", old_lk), ("new", new_lk)):
            t = time.process_time()
            for lk, f, z in probs:
                lks[id(lk)].prob(f, z)
            times[label].append(time.process_time() - t)
    print(f"quotes_speakers.Linker.prob ({len(probs)} calls, {sum(len(f) for _, f, _ in probs)} features), answers "
          "equal; CPU s per pass, old: " + " / ".join(f"{x:.3f}" for x in times["old"]) + "; new: "
          + " / ".join(f"{x:.3f}" for x in times["new"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
