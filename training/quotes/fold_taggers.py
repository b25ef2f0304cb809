"""Quotation CRFs trained on folds of quotes-de train, for second-stage models.

The shipped taggers (models/de_quotes) have seen every train article, so on train their
speakers and cues are nearly all right and anything stacked on their output learns to trust
them too much. Each fold's taggers are trained on the other folds' articles (same settings as
train.py, cue words learned from those articles only) and tag only their own fold:

    OMP_NUM_THREADS=1 python training/quotes/fold_taggers.py --folds 2 --fold 0 \
        --out training/runs/quote_folds --cache-train /tmp/qcache_train.spacy

Article i belongs to fold i % folds. A fold whose two .crfsuite files exist is not retrained.
``fold_setup(dir)`` points the extractor at a fold's taggers and cue words.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import (  # noqa: E402
    DATA,
    ROLES_OPINION,
    _parses,
    labels_for,
    learn_cue_words,
    load_opinion,
    roles_features,
    set_opinion,
    train,
)

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.eval.quotes import read_dir  # noqa: E402
from newsgraph.extract.quotes_features import featurize, set_cue_words, tokens_from_doc  # noqa: E402


def fold_of(i: int, folds: int) -> int:
    return i % folds


def fold_setup(path: Path) -> None:
    """Make extract_quotes use the taggers and cue words in ``path`` (absolute)."""
    from newsgraph.extract.quotes_features import config

    words = [w.strip() for w in (path / "cues.txt").read_text("utf-8").splitlines() if w.strip()]
    set_cue_words("de", set(words))
    config()["model"]["de"] = str(path.resolve())


def cross_fitted(n: int, folds: str | Path | None, fold_count: int):
    """The indices of n gold articles in tagging order. With ``folds`` (a fold_taggers output dir),
    article i belongs to fold i % fold_count, and each fold's articles come after that fold's
    taggers, which never saw them, are set up; without, all articles with the shipped taggers."""
    if not folds:
        yield from range(n)
        return
    for k in range(fold_count):
        fold_setup(Path(folds) / f"fold{k}of{fold_count}")
        yield from range(k, n, fold_count)


def train_fold(k: int, folds: int, out: Path, cache: str | None, c1: float, c2: float, iters: int,
               opinion: str | None = None, opinion_folds: Path | None = None, roles_opinion: str = "all",
               only: str | None = None) -> Path:
    """``opinion`` / ``opinion_folds`` (train_lstm.py --folds-out): the BiLSTM opinion features, the train
    articles' from its cross-fitted probabilities, and the fold's own BiLSTM (trained on the same articles
    as these taggers) copied beside them for tagging fold k; ``roles_opinion`` as train.py --roles-opinion.
    ``only``: train only that tagger (the other file in the fold directory is left as it is)."""
    d = out / f"fold{k}of{folds}"
    if (d / "roles.crfsuite").exists() and (d / "message.crfsuite").exists() and not only:
        return d
    d.mkdir(parents=True, exist_ok=True)
    nlp = nlp_stage.load("de")
    gold = read_dir(DATA / "train")
    parses = _parses(gold, nlp, cache)
    keep = [i for i in range(len(gold)) if fold_of(i, folds) != k]
    words = learn_cue_words([gold[i] for i in keep])
    (d / "cues.txt").write_text("\n".join(sorted(words)) + "\n", "utf-8")
    set_cue_words("de", words)
    xs, ms, rs = [], [], []
    xfit = load_opinion(opinion)
    if opinion_folds is not None:
        import shutil

        shutil.copyfile(opinion_folds / f"fold{k}of{folds}" / "lstm.npz", d / "lstm.npz")
    for i in keep:
        toks = tokens_from_doc(parses[i], "de")
        set_opinion(parses[i], toks, i, xfit)
        m, r = labels_for(gold[i], toks)
        xs.append(featurize(toks, "de"))
        ms.append(m)
        rs.append(r)
    from newsgraph.extract.quotes_features import cluster_level

    info = {"fold": k, "folds": folds, "train_articles": len(keep), "c1": c1, "c2": c2, "iters": iters,
            "cluster_features": cluster_level("de")}
    if opinion:
        info["roles_opinion"] = roles_opinion
    for name, ys in (("roles", rs), ("message", ms)):
        if only and name != only:
            continue
        t = time.time()
        # written under a temporary name: a fold counts as done only when both files are whole
        train(roles_features(xs, roles_opinion) if name == "roles" else xs, ys, d / f"{name}.tmp", c1, c2, iters)
        (d / f"{name}.tmp").rename(d / f"{name}.crfsuite")
        info[f"{name}_seconds"] = round(time.time() - t)
        print(f"fold {k}/{folds} {name}: {time.time() - t:.0f}s", flush=True)
    (d / "info.json").write_text(json.dumps(info, indent=2))
    return d


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--fold", type=int, action="append", default=None, help="train only these folds")
    ap.add_argument("--out", default="training/runs/quote_folds")
    ap.add_argument("--cache-train", default=None)
    ap.add_argument("--c1", type=float, default=0.02)
    ap.add_argument("--c2", type=float, default=0.02)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--cluster-features", type=int, default=None,
                    help="level of word-cluster features (claims.toml [model] cluster_features) to train with")
    ap.add_argument("--opinion-train", default=None, help="cross-fitted BiLSTM probabilities (train_lstm.py)")
    ap.add_argument("--opinion-folds", type=Path, default=None, help="train_lstm.py --folds-out directory")
    ap.add_argument("--roles-opinion", choices=sorted(ROLES_OPINION), default="all",
                    help="which opinion features the roles CRF learns from (train.py --roles-opinion)")
    ap.add_argument("--only", choices=("roles", "message"), default=None, help="train only this tagger")
    args = ap.parse_args(argv)
    if bool(args.opinion_train) != bool(args.opinion_folds):
        ap.error("--opinion-train and --opinion-folds go together")
    if args.cluster_features is not None:
        from newsgraph.extract.quotes_features import config

        config()["model"]["cluster_features"] = args.cluster_features
    for k in args.fold if args.fold is not None else range(args.folds):
        train_fold(k, args.folds, Path(args.out), args.cache_train, args.c1, args.c2, args.iters,
                   args.opinion_train, args.opinion_folds, args.roles_opinion, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
