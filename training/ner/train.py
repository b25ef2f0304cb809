"""Train and evaluate the German NER component from scratch.

  python -m training.ner.train --out models/de_ner      # ship: train on everything
  python -m training.ner.train --experiment ood         # (a) no GermEval -> GermEval dev
  python -m training.ner.train --experiment cv          # (b) 5-fold CV over GermEval dev
  python -m training.ner.train --experiment cv --folds 3 4   # some folds; scores pool over all done
  python -m training.ner.train --experiment conll       # rest -> CoNLL-2003 testb
  python -m training.ner.train --two-stage --vectors --out models/de_ner   # the shipped recipe
  python -m training.ner.train --experiment cv --two-stage --vectors --reuse   # its CV (rescoring runs that exist)
  python -m training.ner.train --experiment cv --two-stage --vectors --drop-demonyms --tag vecnd --folds 1 2
      # CoNLL/Europarl demonym MISC spans made O (training/ner/convert.py, is_demonym)

The shipped model and the CV scores include the place-name gazetteer after the NER
(training/ner/gazetteer.py; --gazetteer none leaves it out).

Every model is one from-scratch run with the fixed schedule of training/configs/ner.cfg
(1,500 steps), keeping the *last* checkpoint, so no held-out sentence ever chooses a model:
"ood" = CoNLL + Europarl (figure (a)); CV fold k and the shipped model = CoNLL + Europarl +
GermEval dev folds (linked twice). --two-stage instead fine-tunes the "ood" model on GermEval
(it scored lower: CV F1 0.535 against 0.550). Runs go to
training/runs/ner/<name>/ (git-ignored), with scores.json from newsgraph.eval.ner.
Train single-threaded (OMP_NUM_THREADS=1): the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.util import load_config

from newsgraph.eval.ner import Scores, label_config, read, score

from .convert import N_FOLDS, REPO, convert, corpus_dir, sources

CONFIG = REPO / "training" / "configs" / "ner.cfg"
RUNS = REPO / "training" / "runs" / "ner"
VECTORS = REPO / "training" / "corpus" / "vectors" / "de_floret"
OTHER = ["conll_testa", "conll_testb", "europarl"]
FOLDS = [f"germeval_fold{k}" for k in range(N_FOLDS)]


def _link_parts(dest: Path, parts: list[str], repeat: dict[str, int] | None = None,
                corpus: Path | None = None) -> Path:
    """A corpus directory for spacy.Corpus.v1; a part linked n times is seen n times an epoch."""
    corpus = corpus or corpus_dir()
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for p in parts:
        for r in range((repeat or {}).get(p, 1)):
            (dest / f"{p}_{r}.spacy").symlink_to(corpus / f"{p}.spacy")
    return dest


def _run_config(run: Path, args, base: Path | None = None) -> Path:
    cfg = load_config(args.config, interpolate=False)
    if base is not None:
        # Resume the stage-one weights: spaCy trains a sourced, unfrozen component further.
        cfg["components"]["ner"] = {"source": str(base.resolve())}
        cfg["training"]["max_steps"] = int(cfg["variables"]["finetune_steps"])
        cfg["training"]["batcher"]["size"] = int(cfg["variables"]["finetune_batch"])
    elif args.init_tok2vec:
        cfg["initialize"]["after_init"] = {"@callbacks": "newsgraph.ner_init_tok2vec.v1",
                                           "path": str(Path(args.init_tok2vec).resolve())}
    if args.vectors:
        # The floret table must be the one in de_core's vocab: the component is sourced into
        # that pipeline and reads its static vectors from there at run time. A fine-tuning
        # round sources its model, which already carries the setting, but needs the table too.
        cfg["paths"]["vectors"] = str(Path(args.vectors).resolve())
        if base is None:
            cfg["components"]["ner"]["model"]["tok2vec"]["embed"]["include_static_vectors"] = True
    if args.core_tok2vec:
        _listen_to_core(cfg, Path(args.core_tok2vec).resolve(), fresh=base is None)
    path = run / "config.cfg"
    cfg.to_disk(path)
    return path


def _listen_to_core(cfg, core: Path, fresh: bool) -> None:
    """The NER without a tok2vec of its own: it listens to the core pipeline's tok2vec, which is
    sourced and frozen, so the model pass runs one tok2vec for tagger, parser and NER alike.
    The frozen tok2vec is annotating, so during training the listener reads the doc tensors it
    sets (a frozen component is never updated and would not broadcast to its listeners)."""
    width = cfg["variables"]["width"]
    cfg["nlp"]["pipeline"] = ["tok2vec", "ner"]
    cfg["components"]["tok2vec"] = {"source": str(core)}
    if fresh:
        cfg["components"]["ner"]["model"]["tok2vec"] = {
            "@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "tok2vec"}
    cfg["training"]["frozen_components"] = ["tok2vec"]
    cfg["training"]["annotating_components"] = ["tok2vec"]


def _strip_hooks(model: Path) -> None:
    """Loading the trained model must not need training/ner/hooks.py."""
    cfg = load_config(model / "config.cfg", interpolate=False)
    cfg["initialize"]["after_init"] = None
    cfg.to_disk(model / "config.cfg")


def train_run(name: str, train: list[str], dev: list[str], args, base: Path | None = None) -> Path:
    """Train one model (from scratch, or fine-tune ``base``); returns the last model's directory."""
    corpus = corpus_dir(args.drop_demonyms)
    if not (corpus / "conll_testa.spacy").exists():
        convert(args.drop_demonyms)
    run = RUNS / name
    repeat = {f: args.germeval_repeat for f in FOLDS}
    train_dir = _link_parts(run / "train", train, repeat, corpus)
    dev_dir = _link_parts(run / "dev", dev, corpus=corpus)
    cmd = [sys.executable, "-m", "spacy", "train", str(_run_config(run, args, base)), "--output", str(run / "model"),
           "--paths.train", str(train_dir), "--paths.dev", str(dev_dir),
           "--code", str(Path(__file__).with_name("hooks.py"))]
    if args.max_steps and base is None:
        cmd += ["--training.max_steps", str(args.max_steps)]
    for override in args.override or []:
        cmd += override.split("=", 1) if "=" in override else [override]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env, cwd=REPO)
    for model in (run / "model").glob("model-*"):
        _strip_hooks(model)
    return run / "model" / "model-last"


def germeval_folds() -> list[list]:
    sents = read(sources()["germeval"])
    return [[s for i, s in enumerate(sents) if i % N_FOLDS == k] for k in range(N_FOLDS)]


def _summary(scores: Scores) -> dict:
    out = {lab: dict(zip("prf", scores.label(lab), strict=True)) for lab in scores.labels()}
    out["micro"] = dict(zip("prf", scores.micro(), strict=True))
    out["counts"] = {"tp": dict(scores.tp), "fp": dict(scores.fp), "fn": dict(scores.fn)}
    return out


def pool_cv() -> Scores:
    """Pool the held-out counts of every finished fold (folds may run in separate processes)."""
    pooled = Scores()
    per_fold = {}
    for k in range(N_FOLDS):
        path = RUNS / f"cv{k}" / "scores.json"
        if path.exists():
            res = json.loads(path.read_text("utf-8"))
            for key in ("tp", "fp", "fn"):
                getattr(pooled, key).update(res["counts"][key])
            per_fold[k] = res["micro"]["f"]
    print(f"pooled over folds {sorted(per_fold)}\n{pooled.report()}")
    _save("cv", {"test": "germeval dev, pooled over held-out folds", "fold_f1": per_fold, **_summary(pooled)})
    return pooled


def _save(name: str, result: dict) -> None:
    path = RUNS / name / "scores.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2), "utf-8")
    print(json.dumps(result, indent=2))


def stage_one(args) -> Path:
    """CoNLL + Europarl only; scored on GermEval dev it is figure (a), and it is the
    starting point that every GermEval-trained model (CV folds, shipped) fine-tunes."""
    model = RUNS / "ood" / "model" / "model-last"
    if model.exists() and not args.experiment == "ood":
        return model
    model = train_run("ood", OTHER, FOLDS, args)
    sc = score(spacy.load(model), read(sources()["germeval"]), label_config())
    print(sc.report())
    _save("ood", {"test": "germeval dev (all)", **_summary(sc)})
    return model


def finetune(name: str, train: list[str], dev: list[str], args, base: Path) -> Path:
    """``finetune_rounds`` rounds of ``finetune_steps``, each resuming the previous round's
    last model (fresh optimizer). With --reuse, a round whose model-last exists is kept."""
    rounds = int(load_config(args.config, interpolate=False)["variables"].get("finetune_rounds", 1))
    if args.augment:
        # Mention-replacement copies (training/ner/augment.py) of this run's own training parts;
        # "cv3" -> augment_cv3, "full" -> augment_full.
        part = f"augment_{'ge_' if args.augment == 'germeval' else ''}{name}"
        if not (corpus_dir(args.drop_demonyms) / f"{part}.spacy").exists():
            from .augment import write_parts

            write_parts(drop_demonyms=args.drop_demonyms, germeval_only=args.augment == "germeval")
        train = train + [part]
    model = base
    for r in range(rounds):
        run = name if r == 0 else f"{name}_r{r + 1}"
        done = RUNS / run / "model" / "model-last"
        model = done if args.reuse and done.exists() else train_run(run, train, dev, args, base=model)
    return model


def experiment_ood(args) -> None:
    stage_one(args)


def _with_gazetteer(nlp, args):
    """The fold model as it would ship: the common-noun filter if config/ner.toml enables it,
    then the place-name ruler unless --gazetteer none, then the article-level surname rule."""
    from newsgraph.nlp.noun_filter import settings

    nf = settings()
    if nf.get("enabled", False):
        nlp.add_pipe("newsgraph_noun_filter", config={"margin": float(nf.get("margin", 3.0))})
    if args.gazetteer != "none":
        from .gazetteer import add_ruler, build

        if not hasattr(args, "_names"):
            args._names = build()
        add_ruler(nlp, args._names, overwrite=args.gazetteer == "overwrite")
    pn = settings("person_names")
    if pn.get("enabled", False):
        nlp.add_pipe("newsgraph_person_names", config={"fill": bool(pn.get("fill", True))})
    return nlp


def experiment_cv(args) -> None:
    folds = germeval_folds()
    base = None if args.joint else stage_one(args)
    for k in range(N_FOLDS) if args.folds is None else args.folds:
        train = OTHER + [f for j, f in enumerate(FOLDS) if j != k]
        model = (train_run(f"cv{k}", train, [FOLDS[k]], args) if args.joint
                 else finetune(f"cv{k}", train, [FOLDS[k]], args, base))
        sc = score(_with_gazetteer(spacy.load(model), args), folds[k], label_config())
        print(f"fold {k}\n{sc.report()}", flush=True)
        _save(f"cv{k}", {"test": f"germeval dev fold {k}", **_summary(sc)})
    pool_cv()


def experiment_conll(args) -> None:
    model = train_run("conll", ["conll_testa", "europarl", *FOLDS], ["conll_testb"], args)
    sc = score(spacy.load(model), read(sources()["conll_testb"]), label_config())
    print(sc.report())
    _save("conll", {"test": "conll2003 deu.testb", **_summary(sc)})


def ship(args) -> None:
    model = (train_run("full", OTHER + FOLDS, [FOLDS[0]], args) if args.joint
             else finetune("full", OTHER + FOLDS, [FOLDS[0]], args, stage_one(args)))
    nlp = spacy.load(model)
    if args.gazetteer == "overwrite":
        raise SystemExit("--gazetteer overwrite is an experiment (CV only); the shipped ruler fills gaps")
    nlp.meta.update({
        "name": "ner", "version": "0.1.0",
        "description": "German NER (PER, LOC, ORG, MISC) with its own tok2vec"
                       + (", floret static vectors" if args.vectors else "")
                       + (", CoNLL/Europarl demonym MISC spans as O" if args.drop_demonyms else "")
                       + (f", place-name gazetteer ({args.gazetteer})" if args.gazetteer != "none" else "")
                       + "; see MODEL_CARD.md",
        "sources": [{"name": "CoNLL-2003 German"}, {"name": "Europarl German NER (Pado)"},
                    {"name": "GermEval 2014 dev"}],
    })
    out = Path(args.out)
    card = (out / "MODEL_CARD.md").read_text("utf-8") if (out / "MODEL_CARD.md").exists() else None
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    if args.gazetteer == "fill":
        from newsgraph.nlp.gazetteer import FILE

        from .gazetteer import build

        # Read by newsgraph.nlp.add_ner, which puts the gazetteer after the sourced NER.
        (out / FILE).write_text("\n".join(build()) + "\n", "utf-8")
    if card:
        (out / "MODEL_CARD.md").write_text(card, "utf-8")
    print(f"saved {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--experiment", choices=["ood", "cv", "conll"], help="evaluation run instead of shipping")
    ap.add_argument("--out", default=str(REPO / "models" / "de_ner"), help="where the shipped model goes")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--max-steps", type=int, default=0, help="override training.max_steps")
    ap.add_argument("--init-tok2vec", type=Path, help="weights from `spacy pretrain` (training/ner/pretrain.py)")
    ap.add_argument("--germeval-repeat", type=int, default=2,
                    help="link each GermEval part this many times (in-domain oversampling)")
    ap.add_argument("--folds", type=int, nargs="*", help="cv: only these folds")
    ap.add_argument("--reuse", action="store_true", help="keep fine-tuning rounds that already finished")
    ap.add_argument("--override", action="append", help="extra spacy train override, e.g. --variables.width=96")
    ap.add_argument("--two-stage", action="store_true",
                    help="stage one (CoNLL+Europarl) + GermEval fine-tuning instead of one joint run")
    ap.add_argument("--vectors", type=Path, nargs="?", const=VECTORS, default=None,
                    help="static floret vectors in the tok2vec (default: training.ud.vectors' output, as in de_core)")
    ap.add_argument("--core-tok2vec", type=Path, nargs="?", const=REPO / "models" / "de_core", default=None,
                    help="no own tok2vec: listen to this core pipeline's frozen tok2vec (default models/de_core)")
    ap.add_argument("--gazetteer", choices=["fill", "overwrite", "none"], default="fill",
                    help="shipped model and CV scoring: place-name ruler after the NER (training/ner/gazetteer.py) "
                         "that fills only tokens the model left unlabelled, or overwrites the spans it overlaps")
    ap.add_argument("--drop-demonyms", action="store_true",
                    help="train on CoNLL/Europarl with demonym MISC spans made O (training/ner/convert.py)")
    ap.add_argument("--augment", nargs="?", const="all", choices=["all", "germeval"],
                    help="fine-tuning rounds also see one mention-replaced copy of their training sentences "
                         "(all parts, or GermEval's only; training/ner/augment.py; needs --two-stage)")
    ap.add_argument("--tag", help="keep this variant's runs apart: training/runs/ner/<tag>/")
    args = ap.parse_args(argv)
    args.joint = not args.two_stage
    if args.tag:
        global RUNS
        RUNS = RUNS / args.tag
    {"ood": experiment_ood, "cv": experiment_cv, "conll": experiment_conll, None: ship}[args.experiment](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
