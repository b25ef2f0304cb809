"""Replays of the extractors' hot numeric and regex parts, this tree against an older one, in one
process (alternating), with their answers compared: the CRF decode's forward recursion
(``quotes_crf._forward``), the cue chooser's CRF marginals (``quotes_cues.crf_cue_probs``) and the
time rules (``timex_rules.Rules.find``).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/extract_replay_ab.py \
        --cache /tmp/extract_bench.spacy --old /tmp/old_tree [--passes 4]

The articles and parse cache are time_extract.py's (the first 200 of 10kGNAD test, then 100 of
quotes-de dev). One claims pass of this tree over them records every ``_forward`` input and every
``crf_cue_probs`` call (token list, sentences), and ``extract.time`` every sentence ``find`` sees;
then each part runs over all recorded inputs with this tree's function and the old tree's module
(loaded from its file, beside this tree's package), ``--passes`` times each, alternating. The
answers must be equal (arrays with ``array_equal``, the rest with ``==``), else it stops. Run it
from this tree with ``PYTHONPATH`` set to it; figures are CPU seconds per pass over all inputs.
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


def _old_module(tree: Path | str, name: str):
    """The old tree's ``newsgraph/extract/<name>.py`` as a module beside this tree's package (its
    relative imports resolve to this tree's modules). Shared with the other A/B benches."""
    spec = importlib.util.spec_from_file_location(f"newsgraph.extract.{name}_old",
                                                  Path(tree) / "newsgraph" / "extract" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _record(docs, arts):
    """The inputs of one claims pass and one time pass of this tree."""
    import numpy as np
    from bench_pipeline import fresh_analyses
    from time_extract import components

    from newsgraph.extract import quotes_crf, quotes_cues
    from newsgraph.extract import time as time_stage

    fwd, cues, sents = [], [], []
    f0, c0, t0 = quotes_crf._forward, quotes_cues.crf_cue_probs, time_stage.find_times

    def spy_fwd(scores, trans):
        fwd.append((np.array(scores), trans))
        return f0(scores, trans)

    def spy_cues(toks, ss):
        cues.append((toks, set(ss)))
        return c0(toks, ss)

    def spy_find(s, dct, lang="de"):
        sents.append((s, dct, lang))
        return t0(s, dct, lang)

    quotes_crf._forward, quotes_cues.crf_cue_probs, time_stage.find_times = spy_fwd, spy_cues, spy_find
    try:
        comps = dict(components())
        for an, d in zip(fresh_analyses(arts, docs), docs):
            comps["extract.claims"](an, d)
            comps["extract.time"](an, d)
    finally:
        quotes_crf._forward, quotes_cues.crf_cue_probs, time_stage.find_times = f0, c0, t0
    return fwd, cues, sents


def bench_parser(old: bool = True, old_help: str | None = None) -> argparse.ArgumentParser:
    """The A/B benches' common options: --cache, --old (unless ``old`` is false), --passes, --gnad, --quotes."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    if old:
        ap.add_argument("--old", required=True, type=Path, help=old_help)
    ap.add_argument("--passes", type=int, default=4)
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    return ap


def bench_input(args, source: str = "time_extract") -> tuple[list, list]:
    """The bench's articles (``source`` is their source_path) and their parses from ``args.cache``."""
    from bench_pipeline import cached_parses, corpus_articles

    from newsgraph import nlp as nlp_stage

    arts = corpus_articles(args.gnad, args.quotes, source)
    return arts, cached_parses([a.text for a in arts], nlp_stage.load("de"), args.cache)


def replay_setup(argv):
    """The replay benches' command line and their input. Shared with speaker_replay_ab, featurizer_ab and
    event_actors_ab."""
    args = bench_parser().parse_args(argv)
    return (args, *bench_input(args))


def alternate_passes(trees: dict, items: list, one, passes: int, what: str):
    """The old and the new tree's ``one(module, item) -> (CPU seconds, result)`` on each item in turn, the order swapped
    each pass and both modules' word memos (``_MEMO``) emptied before it, so neither tree gains from running second or
    warm. Returns each label's CPU seconds per pass, each label's fastest time per item and the new tree's results of
    the last pass; or None after printing "<what> differ on article K" at the first item whose results differ. Shared
    by actor_phrases_ab and event_actors_ab."""
    times = {"old": [], "new": []}
    fastest = {"old": [float("inf")] * len(items), "new": [float("inf")] * len(items)}
    last: list = []
    for rep in range(passes):
        trees["old"]._MEMO.clear()
        trees["new"]._MEMO.clear()
        spent = {"old": 0.0, "new": 0.0}
        order = ("old", "new") if rep % 2 == 0 else ("new", "old")
        last = []
        for k, item in enumerate(items):
            got = {}
            for label in order:
                t, got[label] = one(trees[label], item)
                spent[label] += t
                fastest[label][k] = min(fastest[label][k], t)
            if got["old"] != got["new"]:
                print(f"{what} differ on article {k}")
                return None
            last.append(got["new"])
        for label in spent:
            times[label].append(spent[label])
    return times, fastest, last


def main(argv=None) -> int:
    import numpy as np

    from newsgraph.extract import quotes_crf, quotes_cues, quotes_features, timex_rules

    args, arts, docs = replay_setup(argv)
    fwd, cues, sents = _record(docs, arts)
    old_crf, old_cues, old_tx = (_old_module(args.old, n) for n in ("quotes_crf", "quotes_cues", "timex_rules"))

    # each token list's Featurizer, built once and put in featurizer()'s memo before each call, as the
    # taggers leave it in the extractor (the rows it keeps are built on the first pass, untimed)
    fzs = [quotes_features.Featurizer(toks, "de") for toks, _ in cues]

    def run_cues(fn):
        def go():
            out = []
            for (toks, ss), fz in zip(cues, fzs):
                quotes_features._FZ_MEMO = (toks, "de", fz)
                out.append(fn(toks, ss))
            return out
        return go

    def run_find(rules_of):
        return lambda: [[vars(t) for t in rules_of(lang).find(s, d)] for s, d, lang in sents]

    parts = [
        ("quotes_crf._forward", f"{len(fwd)} decodes, {sum(s.shape[0] for s, _ in fwd)} steps",
         lambda: [quotes_crf._forward(s, t) for s, t in fwd], lambda: [old_crf._forward(s, t) for s, t in fwd],
         lambda a, b: all(np.array_equal(x[0], y[0]) and np.array_equal(x[1][1:], y[1][1:]) for x, y in zip(a, b))),
        ("quotes_cues.crf_cue_probs", f"{len(cues)} calls, {sum(len(s) for _, s in cues)} sentences",
         run_cues(quotes_cues.crf_cue_probs), run_cues(old_cues.crf_cue_probs), lambda a, b: a == b),
        ("timex_rules.Rules.find", f"{len(sents)} sentences",
         run_find(timex_rules.rules), run_find(old_tx.rules), lambda a, b: a == b),
    ]
    for name, what, new, old, same in parts:
        if not same(new(), old()):
            print(f"{name}: answers differ")
            return 1
        times = {"old": [], "new": []}
        for _ in range(args.passes):
            for label, fn in (("old", old), ("new", new)):
                t = time.process_time()
                fn()
                times[label].append(time.process_time() - t)
        print(f"{name} ({what}), answers equal; CPU s per pass, old: "
              + " / ".join(f"{x:.3f}" for x in times["old"]) + "; new: " + " / ".join(f"{x:.3f}" for x in times["new"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
