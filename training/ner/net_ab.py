"""A/B of spaCy NER fold models (a different network, same CRF, same rules, same data) on GermEval CV folds.

    python -m training.ner.net_ab --cv training/runs/ner/h1d2 training/runs/h2/w192 --folds 0 --cache training/runs/h2/rulecache
    python -m training.ner.net_ab --cv training/runs/ner/h1d2 training/runs/h2/w192 --speed 100 --rounds 3

For each CV run directory (training/ner/train.py's two-stage runs; the last fine-tuning round of fold k is
the fold model) it prints three figures on the held-out folds, pooled:
  network alone  the fold model's own entities, no rule and no CRF;
  rules, no CRF  the shipped rule chain (train_crf._rules) over the network's entities;
  chain          the shipped combination of rule_ab.py: the fold CRF (``--crf``, unchanged) merged before the
                 noun filter at config/ner.toml's [ner_crf] settings, then the rules.
The network's docs and the CRF's outputs are cached per (run, CRF, fold) by rule_ab.fold_cache under
``--cache``; a run directory's name keys the cache, so two runs must not share a name.

``--speed N``: CPU seconds of the fold-0 models' (or of the given model directories') ``ner`` component alone over the first N 10kGNAD test
articles (bench/bench_ner.py's text), matrix products by numpy as in the shipped pipeline (``--gemm blis``:
thinc's default), the models interleaved for ``--rounds`` rounds in one process so that
load on a shared machine hits both alike; words per CPU second per round.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsgraph.eval.ner import Scores, gold_spans, label_config

from .rule_ab import CACHE, CRF, RES, fold_cache, predict


def _add(total: Scores, sents, preds) -> None:
    cfg = label_config()
    for s, p in zip(sents, preds, strict=True):
        total.add(set(gold_spans(s, cfg)), set(map(tuple, p)))


def _fmt(sc: Scores) -> str:
    p, r, f = sc.micro()
    labs = " / ".join(f"{sc.label(lab)[2]:.3f}" for lab in ("PER", "LOC", "ORG", "MISC"))
    return f"P {p:.4f} R {r:.4f} F1 {f:.4f} (PER/LOC/ORG/MISC {labs})"


def quality(cv: Path, folds: list[int], crf: Path, res: Path, cache: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    from . import train_crf

    vocab = spacy.blank("de").vocab
    rules = train_crf._rules()
    alone, ruled, chain = Scores(), Scores(), Scores()
    per_fold = []
    for k in folds:
        sents, docbin, out = fold_cache(k, cv, crf, res, cache)
        docs = list(DocBin().from_bytes(docbin).get_docs(vocab))
        _add(alone, sents, [train_crf._ents(d) for d in docs])
        _add(ruled, sents, train_crf.run_chain(docs, rules))
        preds = predict(sents, docs, out, {})
        one = Scores()
        _add(one, sents, preds)
        _add(chain, sents, preds)
        per_fold.append(one.micro()[2])
    print(f"{cv} folds {folds}")
    print(f"  network alone  {_fmt(alone)}")
    print(f"  rules, no CRF  {_fmt(ruled)}")
    print(f"  chain          {_fmt(chain)} | per fold " + " / ".join(f"{x:.4f}" for x in per_fold), flush=True)


def speed(cvs: list[Path], n: int, rounds: int, gemm: str) -> None:
    import spacy

    from newsgraph.nlp import speed_up

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from bench_ner import texts  # noqa: PLC0415

    from .gazetteer import _fold_model

    # A model directory is timed as it is (a stage-one checkpoint has the fold models' architecture).
    nlps = [spacy.load(cv if (cv / "meta.json").exists() else _fold_model(cv, 0)) for cv in cvs]
    for nlp in nlps:
        # "numpy": the dense layers multiply as in the shipped pipeline ([nlp.de] gemm); no vector memo,
        # so every round looks its words' vectors up afresh.
        speed_up(nlp, {"gemm": gemm, "vector_memo": 0})
    raw = texts(n)
    docs = [nlps[0].make_doc(t) for t in raw]
    words = sum(len(d) for d in docs)
    for nlp in nlps:  # warm-up
        list(nlp.get_pipe("ner").pipe([nlp.make_doc(t) for t in raw[:10]]))
    cpu: dict[int, list[float]] = {i: [] for i in range(len(cvs))}
    for _ in range(rounds):
        for i, nlp in enumerate(nlps):
            batch = [nlp.make_doc(t) for t in raw]
            c0 = time.process_time()
            list(nlp.get_pipe("ner").pipe(batch, batch_size=32))
            cpu[i].append(time.process_time() - c0)
    print(f"{n} articles, {words} words, gemm {gemm}; ner component alone, CPU s per round and words per CPU s")
    for i, cv in enumerate(cvs):
        print(f"  {cv}: " + " / ".join(f"{c:.2f}" for c in cpu[i]) + " CPU s; "
              + " / ".join(f"{words / c:,.0f}" for c in cpu[i]) + " words per CPU s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", type=Path, nargs="+", required=True, help="CV run directories to compare")
    ap.add_argument("--folds", type=int, nargs="*", default=[0])
    ap.add_argument("--crf", type=Path, default=CRF)
    ap.add_argument("--res", type=Path, default=RES)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--speed", type=int, default=0, help="time the fold-0 ner components on this many articles")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--gemm", choices=["numpy", "blis"], default="numpy", help="with --speed: matrix products as [nlp.de] gemm")
    args = ap.parse_args(argv)
    if args.speed:
        speed(args.cv, args.speed, args.rounds, args.gemm)
        return 0
    for cv in args.cv:
        quality(cv, args.folds, args.crf, args.res, args.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
