"""One nlp pipe against the same pipe of another tree, in one process: same output, then CPU s interleaved (round 21, h2).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/pipe_ab.py --base BASE_TREE --pipe ner_crf --reps 4
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/pipe_ab.py --base BASE_TREE --pipe ner_crf --reps 4 --cold
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/pipe_ab.py --base BASE_TREE --pipe segmenter --reps 6
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/pipe_ab.py --base BASE_TREE --pipe mood --reps 6

bench_pipeline.py's 300 articles go once through this tree's ``newsgraph.nlp.load("de")`` up to the pipe, as DocBins
(user data kept); then the pipe's module of ``BASE_TREE`` (e.g. a ``git archive`` of the commit before) is loaded beside
this tree's, both components are built with the loaded pipeline's settings, their outputs on fresh copies of the docs
compared (entities and entity tags; sentence starts and ``_.glued``; for mood each token's tag, UPOS and morphology), and each is timed ``--reps`` times over all 300 docs
(``pipe(batch_size=32)``), in alternating order, the docs read back from the DocBin outside the timing. Warm: one
component per tree, warmed by the comparison; ``--cold``: a fresh component per rep (its per-word caches empty).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def module_of(tree: Path, name: str):
    """``newsgraph/nlp/<name>.py`` of ``tree`` as a module of this package (its relative imports resolve here), its spaCy
    factory not registered again."""
    from spacy.language import Language

    full = f"newsgraph.nlp._base_{name}"
    spec = importlib.util.spec_from_file_location(full, tree / "newsgraph" / "nlp" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    factory = Language.__dict__["factory"]
    Language.factory = classmethod(lambda cls, *a, **k: (lambda f: f))
    try:
        sys.modules[full] = mod
        spec.loader.exec_module(mod)
    finally:
        Language.factory = factory
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, type=Path, help="the other tree (its newsgraph/nlp/<pipe>.py)")
    ap.add_argument("--pipe", required=True, choices=["ner_crf", "segmenter", "mood"])
    ap.add_argument("--reps", type=int, default=4)
    ap.add_argument("--cold", action="store_true")
    args = ap.parse_args()
    if args.pipe == "ner_crf":
        # each tree builds its own Features and Viterbi: a built-model pickle written by a process that ran the base
        # tree itself names this tree's classes (newsgraph.nlp.ner_crf), so the base would run this tree's methods
        # (round 29, p1)
        os.environ["NEWSGRAPH_NO_BUILT_CACHE"] = "1"

    from bench_pipeline import corpus_articles
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp import mood, ner_crf, segment

    nlp = nlp_stage.load("de")
    name = f"newsgraph_{args.pipe}"
    nlp((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"))
    texts = [a.text for a in corpus_articles(200, 100, "pipe_ab")]
    snap = DocBin(store_user_data=True)
    upto = nlp.pipe_names[: nlp.pipe_names.index(name)]
    with nlp.select_pipes(enable=upto):
        for d in nlp.pipe(texts, batch_size=32):
            snap.add(d)
    base = module_of(args.base.resolve(), "segment" if args.pipe == "segmenter" else args.pipe)
    if args.pipe == "ner_crf":
        p = nlp.get_pipe(name)
        cfg = {"path": str(nlp_stage.models_dir() / "de_ner" / "crf"), "mode": p.mode, "threshold": p.threshold,
               "fill_threshold": p.fill_threshold, "keep_longer": p.keep_longer}
        builders = {"base": lambda: base.NerCrf(nlp, **cfg), "new": lambda: ner_crf.NerCrf(nlp, **cfg)}

        def out(d):
            return [(e.start, e.end, e.label_) for e in d.ents], [t.ent_iob_ + t.ent_type_ for t in d]
    elif args.pipe == "mood":
        builders = {"base": base.MoodRules, "new": mood.MoodRules}

        def out(d):
            return [(t.tag_, t.pos_, str(t.morph)) for t in d]
    else:
        builders = {"base": lambda: base.Segmenter("de"), "new": lambda: segment.Segmenter("de")}

        def out(d):
            return [(bool(t.is_sent_start), t._.glued) for t in d]

    def docs():
        return list(snap.get_docs(nlp.vocab))

    def run(comp, ds):
        if hasattr(comp, "pipe"):
            return list(comp.pipe(ds, batch_size=32))
        return [comp(d) for d in ds]

    comps = {k: b() for k, b in builders.items()}
    outs = {k: [out(d) for d in run(c, docs())] for k, c in comps.items()}
    print(f"{name}: output identical on {len(texts)} articles: {outs['base'] == outs['new']}")
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    for r in range(args.reps):
        for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
            comp = builders[k]() if args.cold else comps[k]
            ds = docs()
            c0 = time.process_time()
            run(comp, ds)
            cpu[k].append(time.process_time() - c0)
    for k, v in cpu.items():
        print(f"{'cold' if args.cold else 'warm'} {k:<5}" + " ".join(f"{x:7.3f}" for x in v) + f"   mean {sum(v) / len(v):.3f}")


if __name__ == "__main__":
    main()
