"""Train the quotation BiLSTM (newsgraph/extract/quotes_lstm.py) with torch and export it for the numpy
forward pass; write its cross-fitted opinion on quotes-de train for the CRFs' training.

    OMP_NUM_THREADS=1 python training/quotes/train_lstm.py --cache-train /tmp/r12/qcache_train.spacy \
        --cache-dev /tmp/r12/qcache_dev.spacy --folds-out training/runs/quote_lstm --out models/de_quotes

* ``--folds-out DIR``: two fold models (fold{k}of2/lstm.npz trained on the train articles i with i % 2 != k,
  the articles fold_taggers.py's fold-k taggers see) and DIR/xfit_train.npz, each train article's
  probabilities from the fold model that never saw it: what the CRFs are trained on (train.py --opinion).
* ``--out DIR``: the model on all 700 train articles, DIR/lstm.npz, and DIR/../ (the run dir) dev probabilities.

Labels per token (``quotes_lstm.TAGS``): B/I of a (not nested) message, else CUE (cue or cue+speaker), else
SPK, else O, from train.py ``labels_for``. One unit is a sentence of the nlp stage's parse. Character and
shape vocabularies come from all train articles (word forms only, no labels).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from train import DATA, _parses, labels_for  # noqa: E402

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.eval.quotes import read_dir  # noqa: E402
from newsgraph.extract import quotes_lstm as ql  # noqa: E402
from newsgraph.extract.quotes_features import tokens_from_doc  # noqa: E402
from newsgraph.nlp.ner_crf import short_shape  # noqa: E402
from training.ner.train_lstm import build_net, export, fit  # noqa: E402

MODEL = "lstm.npz"


def token_tags(msg: list[str], role: list[str]) -> list[int]:
    out = []
    for m, r in zip(msg, role, strict=True):
        if m != "O":
            out.append(1 if m.startswith("B-") else 2)
        elif r[2:] in ("CUE", "CS"):
            out.append(3)
        elif r[2:] == "SPK":
            out.append(4)
        else:
            out.append(0)
    return out


def articles(split: str, nlp, cache: str | None):
    """(doc, toks, tags) of each article of a split."""
    gold = read_dir(DATA / split)
    out = []
    for g, doc in zip(gold, _parses(gold, nlp, cache), strict=True):
        toks = tokens_from_doc(doc, "de")
        out.append((doc, toks, token_tags(*labels_for(g, toks))))
    return out


def vocabularies(arts) -> tuple[list[str], list[str]]:
    chars = Counter(c for _, toks, _ in arts for t in toks for c in t.text)
    shapes = Counter(short_shape(t.text) for _, toks, _ in arts for t in toks)
    return (["<pad>", "<unk>", *sorted(c for c, n in chars.items() if n >= 2)],
            ["<pad>", "<unk>", *sorted(s for s, n in shapes.items() if n >= 2)])


def sentences(arts, enc) -> list[list]:
    """Per article, its sentences as (dense, chars, shapes, tag ids)."""
    out = []
    for doc, toks, tags in arts:
        idx, inputs = ql.sentence_inputs(doc, toks, enc, {t.sent for t in toks})
        out.append([(*x, [tags[k] for k in ks]) for ks, x in zip(idx, inputs, strict=True)])
    return out


def train(data, chars, shapes, path: Path, epochs: int, hidden: int, filters: int, lr: float, batch: int,
          seed: int, info: dict) -> None:
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = random.Random(seed)
    net = build_net(len(chars), len(shapes), hidden, filters, dense_dim=64 + ql.N_FLAGS, n_tags=len(ql.TAGS))
    print(f"{path}: {len(data)} sentences, {sum(len(x[0]) for x in data)} tokens, "
          f"params {sum(p.numel() for p in net.parameters())}", file=sys.stderr, flush=True)
    fit(net, data, len(ql.TAGS), epochs, lr, batch, rng)
    export(net, chars, shapes, path, {"tags": list(ql.TAGS), "epochs": epochs, "hidden": hidden,
                                      "filters": filters, "lr": lr, "batch": batch, "seed": seed, **info})


def predict(arts, path: Path) -> list[np.ndarray]:
    """Each article's (tokens, TAGS) probabilities with the numpy forward pass (what ships)."""
    ql.load.cache_clear()
    return [ql.doc_probs(doc, toks, str(path)) for doc, toks, _ in arts]


def token_scores(arts, probs) -> str:
    """Token F1 of the argmax against the labels, per tag (message = B or I)."""
    out = []
    for name, ids in (("message", (1, 2)), ("cue", (3,)), ("speaker", (4,))):
        tp = fp = fn = 0
        for (_, _, tags), p in zip(arts, probs, strict=True):
            pred = np.isin(p.argmax(1), ids)
            gold = np.isin(np.array(tags), ids)
            tp += int((pred & gold).sum())
            fp += int((pred & ~gold).sum())
            fn += int((~pred & gold).sum())
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        out.append(f"{name} {f:.3f}")
    return ", ".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache-train", default=None)
    ap.add_argument("--cache-dev", default=None)
    ap.add_argument("--folds-out", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--filters", type=int, default=32)
    ap.add_argument("--lr", type=float, default=4e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    nlp = nlp_stage.load("de")
    t0 = time.process_time()
    tr = articles("train", nlp, args.cache_train)
    dev = articles("dev", nlp, args.cache_dev)
    chars, shapes = vocabularies(tr)
    enc = ql.Encoder(chars, shapes)
    data = sentences(tr, enc)
    print(f"inputs: {len(tr)} train articles, {time.process_time() - t0:.0f} CPU s", file=sys.stderr, flush=True)
    kw = dict(epochs=args.epochs, hidden=args.hidden, filters=args.filters, lr=args.lr, batch=args.batch,
              seed=args.seed)
    if args.folds_out:
        xfit: list[np.ndarray | None] = [None] * len(tr)
        for k in range(2):
            keep = [i for i in range(len(tr)) if i % 2 != k]
            path = args.folds_out / f"fold{k}of2" / MODEL
            if not path.exists():
                train([s for i in keep for s in data[i]], chars, shapes, path, info={"train_articles": "i % 2 != "
                                                                                     f"{k}"}, **kw)
            own = [i for i in range(len(tr)) if i % 2 == k]
            for i, p in zip(own, predict([tr[i] for i in own], path), strict=True):
                xfit[i] = p
            print(f"fold {k}: {token_scores([tr[i] for i in own], [xfit[i] for i in own])}; dev "
                  f"{token_scores(dev, predict(dev, path))}", file=sys.stderr, flush=True)
        np.savez_compressed(args.folds_out / "xfit_train.npz", *xfit)
        print(f"cross-fitted train: {token_scores(tr, xfit)}", file=sys.stderr, flush=True)
    if args.out:
        path = args.out / MODEL
        train([s for a in data for s in a], chars, shapes, path, info={"train_articles": "all"}, **kw)
        dp = predict(dev, path)
        print(f"all-train model, dev: {token_scores(dev, dp)}", file=sys.stderr, flush=True)
        info = {"dev_token_f1": token_scores(dev, dp)}
        (args.out / "lstm_info.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
