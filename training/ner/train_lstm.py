"""Train the German NER's BiLSTM tagger (newsgraph/nlp/ner_lstm.py) with torch and export its
weights for the numpy forward pass; cross-validate it with the spaCy NER, the CRF and the chain.

    python -m training.ner.train_lstm --out models/de_ner/lstm            # ship: all data
    python -m training.ner.train_lstm --cv-train --folds 0 1              # fold k: never sees GermEval fold k
    python -m training.ner.train_lstm --cv training/runs/ner/h1d2 --folds 0 1   # combinations with the chain

Material is the CRF's (training/ner/train_crf.py ``training_sentences``): CoNLL-2003 German testa +
testb, Europarl and the GermEval 2014 dev folds other than the scored one, twice. torch is only
needed here (the ``train`` extra); the model ships as an npz. Runs go to training/runs/ner/lstm/.
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

from newsgraph.nlp.ner_crf import short_shape
from newsgraph.nlp.ner_lstm import MAX_CHARS, MODEL, N_FLAGS, TAGS, Encoder, Tagger, decode

from .convert import N_FOLDS
from .train_crf import NER, germeval_folds, training_sentences, vectors
from .train_crf import RUNS as CRF_RUNS

RUNS = CRF_RUNS.parent / "lstm"
# The CRF resources (HanTa table) beside the name lists of the shipped NER: the lists hold no GermEval.
CRF_RES = NER / "crf"


def vocabularies(sents) -> tuple[list[str], list[str]]:
    chars = Counter(c for words, _ in sents for w in words for c in w)
    shapes = Counter(short_shape(w) for words, _ in sents for w in words)
    return (["<pad>", "<unk>", *sorted(c for c, n in chars.items() if n >= 2)],
            ["<pad>", "<unk>", *sorted(s for s, n in shapes.items() if n >= 2)])


def build_net(n_chars: int, n_shapes: int, hidden: int, filters: int, char_dim: int = 16, shape_dim: int = 8,
              dropout: float = 0.3, dense_dim: int = 64 + N_FLAGS, n_tags: int = len(TAGS)):
    """The network newsgraph/nlp/bilstm.py runs in numpy; ``dense_dim`` and ``n_tags`` let the
    quotation opinion (training/quotes/train_lstm.py) use it with its own inputs and tags."""
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=0)
            self.conv = nn.Conv1d(char_dim, filters, 3, padding=1)
            self.shape_emb = nn.Embedding(n_shapes, shape_dim)
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(dense_dim + filters + shape_dim, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, n_tags)

        def forward(self, dense, chars, shapes, lengths):
            # dense (B, T, 64+N_FLAGS), chars (B, T, L), shapes (B, T)
            B, T, L = chars.shape
            e = self.char_emb(chars.view(B * T, L)).transpose(1, 2)
            c = self.conv(e)
            c = c.masked_fill((chars.view(B * T, L) == 0).unsqueeze(1), -1e4).max(dim=2).values.clamp(min=0)
            x = torch.cat([dense, c.view(B, T, -1), self.shape_emb(shapes)], dim=2)
            x = self.drop(x)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
            return self.out(self.drop(h))

    return Net()


def export(net, chars: list[str], shapes: list[str], path: Path, info: dict) -> None:
    sd = {k: v.detach().cpu().numpy().astype("float16") for k, v in net.state_dict().items()}
    w = {
        "char_emb": sd["char_emb.weight"], "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"],
        "shape_emb": sd["shape_emb.weight"],
        "fw_ih": sd["lstm.weight_ih_l0"], "fw_hh": sd["lstm.weight_hh_l0"],
        "fw_bih": sd["lstm.bias_ih_l0"], "fw_bhh": sd["lstm.bias_hh_l0"],
        "bw_ih": sd["lstm.weight_ih_l0_reverse"], "bw_hh": sd["lstm.weight_hh_l0_reverse"],
        "bw_bih": sd["lstm.bias_ih_l0_reverse"], "bw_bhh": sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, meta=np.array(json.dumps({"chars": chars, "shapes": shapes, **info})), **w)


def batches(data, size: int, rng: random.Random):
    """Batches of sentences of similar length (shuffled buckets)."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), rng.random()))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    return groups


def tensors(items):
    import torch

    T = max(len(x[0]) for x in items)
    B = len(items)
    dense = torch.zeros(B, T, items[0][0].shape[1])
    chars = torch.zeros(B, T, MAX_CHARS, dtype=torch.long)
    shapes = torch.zeros(B, T, dtype=torch.long)
    tags = torch.full((B, T), -100, dtype=torch.long)
    for b, (d, c, s, y) in enumerate(items):
        n = len(d)
        dense[b, :n] = torch.from_numpy(d)
        chars[b, :n] = torch.from_numpy(c.astype("int64"))
        shapes[b, :n] = torch.from_numpy(s.astype("int64"))
        if y is not None:
            tags[b, :n] = torch.tensor(y)
    return dense, chars, shapes, tags, torch.tensor([len(x[0]) for x in items])


def fit(net, data, n_tags: int, epochs: int, lr: float, batch: int, rng: random.Random) -> None:
    """Adam with a one-cycle learning rate and gradient clipping over ``data`` (the tensors() items),
    shared by the NER and the quotation BiLSTMs (training/quotes/train_lstm.py)."""
    import torch

    opt = torch.optim.Adam(net.parameters(), lr=lr)
    steps = epochs * ((len(data) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.1)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    for ep in range(epochs):
        net.train()
        t0 = time.process_time()
        total = 0.0
        for group in batches(data, batch, rng):
            dense, ch, sh, y, lens = tensors([data[i] for i in group])
            logits = net(dense, ch, sh, lens)
            loss = loss_fn(logits.reshape(-1, n_tags), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            sched.step()
            total += loss.item() * len(group)
        print(f"epoch {ep + 1}: loss {total / len(data):.4f}, {time.process_time() - t0:.0f} CPU s",
              file=sys.stderr, flush=True)


def train(folds: list[int], out: Path, epochs: int, hidden: int, filters: int, lr: float, batch: int,
          seed: int = 0, repeat: int = 2) -> Path:
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = random.Random(seed)
    sents = training_sentences(folds, repeat)
    chars, shapes = vocabularies(sents)
    enc = Encoder(CRF_RES, vectors(), chars, shapes)
    tix = {t: i for i, t in enumerate(TAGS)}
    cache = {}
    data = []
    for words, tags in sents:
        key = id(words)
        if key not in cache:
            cache[key] = enc.sentence(words)
        d, c, s = cache[key]
        data.append((d, c, s, [tix[t] for t in tags]))
    net = build_net(len(chars), len(shapes), hidden, filters)
    print(f"{len(data)} sentences, {sum(len(x[0]) for x in data)} tokens, chars {len(chars)}, shapes {len(shapes)}, "
          f"params {sum(p.numel() for p in net.parameters())}", file=sys.stderr, flush=True)
    fit(net, data, len(TAGS), epochs, lr, batch, rng)
    export(net, chars, shapes, out, {"folds": folds, "epochs": epochs, "hidden": hidden, "filters": filters,
                                     "lr": lr, "batch": batch, "seed": seed})
    return out


def predict_fold(model: Path, sents) -> list[np.ndarray]:
    """Tag probabilities of each sentence with the numpy forward pass (what ships)."""
    tagger = Tagger(model)
    enc = Encoder(CRF_RES, vectors(), tagger.meta["chars"], tagger.meta["shapes"])
    out = []
    for i in range(0, len(sents), 64):
        out += tagger.probs([enc.sentence(s.words) for s in sents[i:i + 64]])
    return out


def crf_probs(model: Path, res: Path, sents) -> list[np.ndarray]:
    """The fold CRF's marginal of every tag at every token (columns in TAGS order)."""
    import pycrfsuite

    from newsgraph.nlp.ner_crf import load_features

    feats = load_features(res, vectors())
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    labels = set(tagger.labels())
    out = []
    for s in sents:
        tagger.set(feats.sentence(s.words))
        out.append(np.array([[tagger.marginal(t, i) if t in labels else 0.0 for t in TAGS]
                             for i in range(len(s.words))], dtype="float32"))
    return out


def combos(docs, rules, crf: list[np.ndarray], lstm: list[np.ndarray]) -> dict:
    from newsgraph.nlp.ner_crf import merge

    from .train_crf import _ents, run_chain

    def spans(probs):
        return [decode(p) for p in probs]

    crf_sp, lstm_sp = spans(crf), spans(lstm)
    avg_sp = {w: spans([w * a + (1 - w) * b for a, b in zip(crf, lstm, strict=True)]) for w in (0.5, 0.3, 0.7)}
    ship = (0.85, 0.8)

    def steps(*ops):
        # ops: (span lists, override threshold, fill threshold), merged in turn before the noun filter.
        def insert(k, ents):
            for sp, t, ft in ops:
                ents = merge(ents, sp[k][0], sp[k][1], "override", t, ft, True)
            return ents
        return lambda: run_chain(docs, rules, insert, "filter")

    todo = {"chain": lambda: run_chain(docs, rules), "ship": steps((crf_sp, *ship))}
    for t in (0.8, 0.85, 0.9, 0.95):
        for ft in (0.7, 0.8, 0.9):
            todo[f"lstm{t}/{ft}"] = steps((lstm_sp, t, ft))
            for w, sp in avg_sp.items():
                todo[f"avg{w}:{t}/{ft}"] = steps((sp, t, ft))
    for t in (0.9, 0.95):
        for ft in (0.8, 0.9):
            todo[f"ship+lstm{t}/{ft}"] = steps((crf_sp, *ship), (lstm_sp, t, ft))
            todo[f"lstm{t}/{ft}+ship"] = steps((lstm_sp, t, ft), (crf_sp, *ship))
    out = {"model": [_ents(d) for d in docs], "crf": [sp for sp, _ in crf_sp], "lstm": [sp for sp, _ in lstm_sp]}
    out.update({name: run() for name, run in todo.items()})
    return out


def cv(runs: Path, tag: str, crf_tag: str, crf_res: Path, folds: list[int]) -> None:
    import spacy
    from spacy.tokens import Doc

    from .gazetteer import _fold_model
    from .train_crf import _rules, score

    ge = germeval_folds()
    rules = _rules()
    for k in folds:
        nlp = spacy.load(_fold_model(runs, k))
        docs = list(nlp.pipe(Doc(nlp.vocab, words=s.words) for s in ge[k]))
        with np.load(RUNS / tag / f"probs{k}.npz") as z:
            lstm = [z[f"arr_{i}"] for i in range(len(z.files))]
        crf = crf_probs(CRF_RUNS / crf_tag / f"cv{k}.crfsuite", crf_res, ge[k])
        fold = {}
        for name, p in combos(docs, rules, crf, lstm).items():
            sc = score(ge[k], p)
            fold[name] = {"counts": {key: dict(getattr(sc, key)) for key in ("tp", "fp", "fn")}, "f": sc.micro()[2]}
        (RUNS / tag / f"cv{k}.json").write_text(json.dumps(fold, indent=1), "utf-8")
        print(f"fold {k}: " + ", ".join(f"{n} {v['f']:.4f}" for n, v in fold.items()), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="train on all data, write the model directory")
    ap.add_argument("--cv-train", action="store_true", help="train fold models (never seeing fold k)")
    ap.add_argument("--folds", type=int, nargs="*", default=list(range(N_FOLDS)))
    ap.add_argument("--tag", default="base")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--filters", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--alone", action="store_true", help="score the fold models alone on their folds")
    ap.add_argument("--cv", type=Path, help="a spaCy CV run directory (training/runs/ner/<tag>): score combinations")
    ap.add_argument("--crf-tag", default="base", help="fold CRFs of training/runs/ner/crf/<tag>")
    ap.add_argument("--crf-res", type=Path, default=CRF_RUNS / "res")
    ap.add_argument("--pool", action="store_true", help="pool the scored folds (training/runs/ner/lstm/<tag>)")
    args = ap.parse_args(argv)
    kw = dict(epochs=args.epochs, hidden=args.hidden, filters=args.filters, lr=args.lr, batch=args.batch,
              seed=args.seed)
    if args.out:
        train(list(range(N_FOLDS)), args.out / MODEL, **kw)
    if args.cv_train:
        for k in args.folds:
            train([j for j in range(N_FOLDS) if j != k], RUNS / args.tag / f"cv{k}.npz", **kw)
    if args.alone:
        from .train_crf import score

        ge = germeval_folds()
        for k in args.folds:
            probs = predict_fold(RUNS / args.tag / f"cv{k}.npz", ge[k])
            np.savez_compressed(RUNS / args.tag / f"probs{k}.npz", *probs)
            sc = score(ge[k], [decode(p)[0] for p in probs])
            print(f"fold {k}: LSTM alone P {sc.micro()[0]:.4f} R {sc.micro()[1]:.4f} F1 {sc.micro()[2]:.4f}",
                  file=sys.stderr, flush=True)
    if args.cv:
        cv(args.cv, args.tag, args.crf_tag, args.crf_res, args.folds)
    if args.pool or args.cv:
        import training.ner.train_crf as tc

        saved = tc.RUNS
        tc.RUNS = RUNS
        try:
            tc.pool(args.tag, args.folds)
        finally:
            tc.RUNS = saved
    return 0


if __name__ == "__main__":
    sys.exit(main())
