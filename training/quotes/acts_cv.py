"""Cross-fitted act classifier for train-side A/Bs of what runs after it (de_cues card, round 14).

The shipped models/de_acts saw every train article, so on train it adds its cue-less Reported / FreeIndirect quotes
where gold has them far more often than on unseen text (train message F1 0.7564 in-sample vs 0.7488 with CV models).
``build`` trains the five CV models train_acts.py scores itself with (same rows, C and thresholds as the shipped
weights; article i belongs to model i % 5) and writes them to one json; ``use(path)`` makes the extractor load
article i's model, driven by ``set_article(i)``. When the shipped weights carry a complement model ("comp", round 15)
each CV model gets its own, fitted on the other four fifths' complement rows with the shipped comp C, threshold and
feature settings: without it the cross-fitted train figure leaves out a step dev and production run (de_quotes card,
Round 25, h13). ``--no-comp`` gives the sentence models alone (round 22-25's /tmp/rNN/acts_cv.json).

    OMP_NUM_THREADS=1 python training/quotes/acts_cv.py --out /tmp/r25/acts_cv_comp.json \
        --cache-train /tmp/r25/qcache_train.spacy --folds-dir training/runs/quote_folds22 --folds 2
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsgraph.extract import quotes_acts  # noqa: E402
from newsgraph.extract.quotes_features import config  # noqa: E402

_cur = {"i": 0}


def set_article(i: int) -> None:
    _cur["i"] = i


def use(path: str | Path) -> None:
    models = {int(k): v for k, v in json.loads(Path(path).read_text("utf-8")).items()}
    quotes_acts.load_acts = lambda name: models[_cur["i"] % 5]
    config()["model"]["act_classifier"] = "cv"


def use_chooser(path: str | Path) -> None:
    """Article i's cue chooser from a train_cues.py --cv-out folds.json: the CV model that did not see it (the
    chooser's 5-fold CV over articles), so the cue figure of cross-fitted train is honest for a retrained chooser."""
    from newsgraph.extract import quotes_cues
    from newsgraph.extract.quotes_speakers import Linker

    js = json.loads((Path(path) / "folds.json").read_text("utf-8"))
    fold_of = {int(a): f for a, f in js["fold_of"].items()}
    models = []
    for m in js["models"]:
        ch = Linker(m["weights"], m["bias"], m["switch"], m["keep"])
        ch.softmax = bool(m.get("softmax", False))
        ch.switch_reported = m.get("switch_reported", 2.0)
        models.append(ch)
    # an article without rows (no decided quote) never reaches the chooser: any model will do
    quotes_cues.load_chooser = lambda name: models[fold_of.get(_cur["i"], 0)]
    config()["model"]["cue_chooser"] = "cv"


def comp_models(crows, comp: dict, info: dict, k: int = 5) -> dict:
    """The k CV complement models in weights.json's "comp" form: model f is fitted on the rows of articles a with
    a % k != f (the sentence models' split), with the shipped C, threshold and feature settings."""
    from train_acts import _fold_probs, drop_json

    _, models = _fold_probs(crows, info["comp_C"], k)
    return {f: dict(drop_json(m, v, comp["threshold"]), clusters=bool(comp.get("clusters", False)),
                    feats=int(comp.get("feats", 1))) for f, (m, v) in models.items()}


def build(out: Path, cache: str, folds_dir: str, folds: int, comp: bool = True) -> dict:
    from error_analysis import _Cached, _docs
    from train import DATA
    from train_acts import collect, cv_probs, to_json

    from newsgraph.config import models_dir
    from newsgraph.eval.quotes import read_dir

    shipped = json.loads((models_dir() / "de_acts" / "weights.json").read_text("utf-8"))
    info = shipped.get("info", {})
    scomp = shipped.get("comp") if comp else None
    quotes_acts.set_level(info.get("features", 1), info.get("merge", False))
    if scomp is not None:
        # the complement rows' features as the shipped model reads them
        quotes_acts.COMP_CLUSTERS = bool(scomp.get("clusters", False))
        quotes_acts.COMP_FEATS = int(scomp.get("feats", 1))
    gold = read_dir(DATA / "train")
    nlp = _Cached(_docs(gold, cache))
    # the classifier is off while rows are collected, so the comp hook leaves the sentence rows as they were
    rows, _, _, _ = collect(gold, nlp, folds_dir, folds, comp=scomp is not None)
    _, models = cv_probs(rows, info["C"])
    js = {k: to_json(m, v, shipped["thresholds"], info) for k, (m, v) in models.items()}
    if scomp is not None:
        for k, c in comp_models(collect.crows, scomp, info).items():
            js[k]["comp"] = c
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(js, ensure_ascii=False), "utf-8")
    return js


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--cache-train", required=True)
    ap.add_argument("--folds-dir", default="training/runs/quote_folds")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--no-comp", action="store_true",
                    help="sentence models only, without the CV complement models (the incomplete pre-h13 protocol)")
    args = ap.parse_args(argv)
    build(Path(args.out), args.cache_train, args.folds_dir, args.folds, comp=not args.no_comp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
