"""In-process A/B of round 25's three output-identical cuts (h10) on the bench corpus's real inputs: the old code
(kept here as the reference) against the shipped one, alternating, CPU s per pass over every recorded call; and
whether each call's result is the same to the bit.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/stage_sums_ab.py --cache C [--reps 6]

C is time_extract.py's parse cache (bench_pipeline.py's corpus, 200 10kGNAD + 100 quotes-de dev). One pass of
extract.claims / extract.time / extract.events and checks.article records the inputs of
``event_senses._compiled`` (per sentence with hits), ``TypeClassifier.proba`` (per sentence with hits) and the
``ArticleTopic`` objects built (per article); then old and new run over them in turn, the order swapped each rep.
For the topic, the timed block is the constructor's part that changed (sentence map, ids, key map, matrix and sums).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import numpy as np  # noqa: E402


def old_compiled(cfg, lang):
    from newsgraph.extract import event_senses as es

    return es._COMPILED[lang + json.dumps(cfg, sort_keys=True)]


def old_proba(self, feats):
    scores = list(self.intercept)
    for name, val in feats.items():
        w = self.weights.get(name)
        if w is None:
            continue
        for i, wi in enumerate(w):
            scores[i] += wi * val
    m = max(scores)
    exp = [math.exp(s - m) for s in scores]
    z = sum(exp)
    return {c: e / z for c, e in zip(self.classes, exp)}


def old_topic(self):
    sents, dim = self._sents, self.vectors.vectors.shape[1]
    total = sum((v * w for v, w in self.word.values()), np.zeros(dim, dtype=np.float32))
    sent_of = {t.i: si for si, toks in enumerate(sents) for t in toks if t.i in self.word}
    st: dict = {}
    for i, (v, w) in self.word.items():
        st[sent_of[i]] = st.get(sent_of[i], 0) + v * w
    ids = list(self.word)
    {t.i: t.key for toks in sents for t in toks if t.i in self.word}
    np.stack([self.word[i][0] for i in ids]) if ids else np.zeros((0, dim), np.float32)
    return total, st


def new_topic(self):
    sents, dim = self._sents, self.vectors.vectors.shape[1]
    sent_of = {t.i: si for si, toks in enumerate(sents) for t in toks if t.i in self.word}
    ids = list(self.word)
    {t.i: t.key for toks in sents for t in toks if t.i in self.word}
    mat = np.stack([self.word[i][0] for i in ids]) if ids else np.zeros((0, dim), np.float32)
    weighted = mat * np.array([w for _, w in self.word.values()], dtype=np.float32)[:, None]
    total = np.add.reduce(weighted, axis=0, initial=0.0)
    rows: dict = {}
    for k, i in enumerate(ids):
        rows.setdefault(sent_of[i], []).append(k)
    return total, {si: np.add.reduce(weighted[ks], axis=0, initial=0.0) for si, ks in rows.items()}


def same_topic(a, b) -> bool:
    return (a[0].tobytes() == b[0].tobytes() and list(a[1]) == list(b[1])
            and all(a[1][k].tobytes() == b[1][k].tobytes() for k in a[1]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    ap.add_argument("--reps", type=int, default=6)
    args = ap.parse_args(argv)
    from bench_pipeline import cached_parses, corpus_articles, fresh_analyses

    from newsgraph import nlp as nlp_stage
    from newsgraph.checks import topic as tp
    from newsgraph.extract import event_classifier as ec
    from newsgraph.extract import event_senses as es
    from newsgraph.pipeline import Pipeline

    cfgs, feats, topics = [], [], []
    o_c, o_p, o_t = es._compiled, ec.TypeClassifier.proba, tp.ArticleTopic.__init__

    def rec_c(cfg, lang):
        cfgs.append((cfg, lang))
        return o_c(cfg, lang)

    def rec_p(self, f):
        feats.append(f)
        return o_p(self, f)

    def rec_t(self, *a, **k):
        o_t(self, *a, **k)
        topics.append(self)

    es._compiled, ec.TypeClassifier.proba, tp.ArticleTopic.__init__ = rec_c, rec_p, rec_t
    arts = corpus_articles(200, 100, "time_extract")
    docs = cached_parses([a.text for a in arts], nlp_stage.load("de"), args.cache)
    comps = [c for c in Pipeline().components
             if c[0] in ("extract.claims", "extract.time", "extract.events", "checks.article")]
    for an, d in zip(fresh_analyses(arts, docs), docs):
        for _, c in comps:
            c(an, d)
    es._compiled, ec.TypeClassifier.proba, tp.ArticleTopic.__init__ = o_c, o_p, o_t
    clf = ec.classifier()
    print(f"{len(cfgs)} _compiled calls, {len(feats)} proba calls, {len(topics)} article topics")
    print("equal:", sum(o_c(*a) is old_compiled(*a) for a in cfgs), "/", len(cfgs), "|",
          sum(clf.proba(f) == old_proba(clf, f) for f in feats), "/", len(feats), "|",
          sum(same_topic(old_topic(t), new_topic(t)) and same_topic(old_topic(t), (t.total, t.sent_total))
              for t in topics), "/", len(topics))
    cases = (("_compiled", old_compiled, o_c, cfgs),
             ("proba", lambda f: old_proba(clf, f), clf.proba, [(f,) for f in feats]),
             ("topic sums", old_topic, new_topic, [(t,) for t in topics]))
    for name, old, new, calls in cases:
        res: dict[str, list[float]] = {"old": [], "new": []}
        for rep in range(args.reps):
            for tag, fn in ((("old", old), ("new", new)) if rep % 2 == 0 else (("new", new), ("old", old))):
                t = time.process_time()
                for a in calls:
                    fn(*a)
                res[tag].append(time.process_time() - t)
        print(f"{name:10s} old " + " ".join(f"{x:.4f}" for x in res["old"])
              + " | new " + " ".join(f"{x:.4f}" for x in res["new"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
