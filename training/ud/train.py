"""Train the German core pipeline (models/de_core) from UD German-GSD dev + test.

    python -m training.ud.train --out models/de_core          # shipped model: all 1,776 sentences
    python -m training.ud.train --experiment foldA            # train on test, score on dev
    python -m training.ud.train --experiment foldB            # train on dev, score on test
    python -m training.ud.train --experiment foldA --silver   # + HanTa silver tags (training.ud.silver)
    python -m training.ud.train --experiment foldA --vectors --tag=-vec   # + floret vectors (training.ud.vectors)
    python -m training.ud.train --experiment foldA --tag=-p64 --override components.parser.model.hidden_width=64
    python -m training.ud.train --experiment foldA --vectors --tag=-vec-pt --max-steps 2000 \
        --init-tok2vec training/runs/h2/pretrain/model-last.bin   # pretrained tok2vec (training.ud.pretrain)
    python -m training.ud.train --experiment foldA --vectors --max-steps 6000 --snapshot-every 1000 \
        --override system.seed=1 --override training.patience=100000 --run-dir training/runs/h3/foldA-vec-s1
        # learning curve: scores + CPU s per evaluation, a pipeline copy every 1,000 steps (training.ud.checkpoints)

Runs single-threaded (set OMP_NUM_THREADS=1). Corpora go to training/corpus/ud/, runs to
training/runs/ (both git-ignored). The config is training/configs/ud.cfg.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from . import convert

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "training" / "configs" / "ud.cfg"
CORPUS = ROOT / "training" / "corpus" / "ud"
SILVER = ROOT / "training" / "corpus" / "silver" / "silver.spacy"
RUNS = ROOT / "training" / "runs"
VECTORS = ROOT / "training" / "corpus" / "vectors" / "de_floret"
GOLD_REPEATS = 4  # gold copies next to the silver file, so gold still fills most batches


def _train_dir(name: str, silver: bool) -> Path:
    gold = CORPUS / f"{name}-train.spacy"
    if not silver:
        return gold
    if not SILVER.exists():
        from . import silver as silver_mod

        silver_mod.main(["--out", str(SILVER)])
    d = CORPUS / f"{name}+silver"
    d.mkdir(parents=True, exist_ok=True)
    for k in range(GOLD_REPEATS):
        link = d / f"gold{k}.spacy"
        if not link.exists():
            link.symlink_to(gold.resolve())
    if not (d / "silver.spacy").exists():
        (d / "silver.spacy").symlink_to(SILVER.resolve())
    return d


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="copy the trained pipeline here (e.g. models/de_core)")
    ap.add_argument("--experiment", choices=["all", "foldA", "foldB"], default="all")
    ap.add_argument("--silver", action="store_true", help="add HanTa silver STTS tags")
    ap.add_argument("--max-steps", type=int, default=None, help="override [training] max_steps")
    ap.add_argument("--vectors", type=Path, nargs="?", const=VECTORS, default=None,
                    help="feed static floret vectors (default: training.ud.vectors' output) to the tok2vec")
    ap.add_argument("--init-tok2vec", type=Path, default=None,
                    help="start the tok2vec from `spacy pretrain` weights (training.ud.pretrain; same --vectors setting)")
    ap.add_argument("--snapshot-every", type=int, default=None,
                    help="log every evaluation with CPU seconds to RUN/checkpoints.jsonl and copy the pipeline "
                         "every N steps to RUN/snapshots/step-N (training.ud.checkpoints)")
    ap.add_argument("--tag", default="", help="suffix for the run directory")
    ap.add_argument("--run-dir", type=Path, default=None,
                    help="run directory (default: training/runs/EXPERIMENT[-silver]TAG)")
    ap.add_argument("--override", action="append", default=[],
                    help="extra config override KEY=VALUE, e.g. components.parser.model.hidden_width=64")
    args = ap.parse_args(argv)

    from spacy.cli.train import train as spacy_train

    if not (CORPUS / "all-train.spacy").exists():
        convert.main(["--out", str(CORPUS)])
    train_path = _train_dir(args.experiment, args.silver)
    # The all-data model has no held-out set; dev is a training file, so "best" is close to
    # "last" and the step budget comes from the cross-validation runs.
    dev = CORPUS / ("foldA-dev.spacy" if args.experiment != "foldB" else "foldB-dev.spacy")
    run = RUNS / (args.experiment + ("-silver" if args.silver else "") + args.tag)
    if args.run_dir:
        run = args.run_dir.resolve()
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev)}
    if args.vectors:
        if not args.vectors.exists():
            from . import vectors as vectors_mod

            vectors_mod.main(["--out", str(args.vectors)])
        overrides["paths.vectors"] = str(args.vectors)
        overrides["components.tok2vec.model.embed.include_static_vectors"] = True
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    for item in args.override:
        key, value = item.split("=", 1)
        overrides[key] = int(value) if value.lstrip("-").isdigit() else value
    config = CONFIG
    if args.init_tok2vec or args.snapshot_every is not None:
        # Both need sections ud.cfg leaves empty or fixed, which overrides cannot replace: write a
        # copy of the config into the run directory.
        from spacy.util import load_config

        cfg = load_config(CONFIG, interpolate=False)
        run.mkdir(parents=True, exist_ok=True)
        config = run / "train.cfg"
    if args.init_tok2vec:
        # spaCy loads init_tok2vec only through a [pretraining] block naming the component, which
        # ud.cfg leaves empty: the copy gets pretrain.py's block.
        import logging

        from .pretrain import PRETRAINING

        cfg["pretraining"] = dict(PRETRAINING)
        config = run / "train-init.cfg"
        overrides["paths.init_tok2vec"] = str(args.init_tok2vec.resolve())
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        logging.getLogger("spacy").setLevel(logging.INFO)
    if args.snapshot_every is not None:
        from . import checkpoints  # registers the logger

        cfg["training"]["logger"] = {"@loggers": checkpoints.LOGGER_NAME, "run_dir": str(run),
                                     "snapshot_every": args.snapshot_every}
    if config != CONFIG:
        cfg.to_disk(config)
    spacy_train(config, run, use_gpu=-1, overrides=overrides)
    if args.out:
        card = args.out / "MODEL_CARD.md"
        keep = card.read_text("utf-8") if card.exists() else None
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(run / "model-best", args.out)
        if keep is not None:
            card.write_text(keep, "utf-8")
        print(f"copied {run / 'model-best'} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
