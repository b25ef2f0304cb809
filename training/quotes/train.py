"""Train the quotation taggers on quotes-de (CC BY-NC-SA 4.0, read from ../shared/data).

Two linear-chain CRFs over the tokens the runtime nlp stage produces:
* message.crfsuite: BIO message spans labelled with the quote type (B-Indirect, I-Direct ...);
* roles.crfsuite:   BIO cue / speaker / addressee spans (CS = a token that is cue and speaker,
  as "Demnach").
Nested quotes (a direct fragment inside an indirect quote) are left out of the message
labels; the extractor finds them by rule.

    OMP_NUM_THREADS=1 python training/quotes/train.py --out models/de_quotes
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import pycrfsuite

from newsgraph import nlp as nlp_stage
from newsgraph.eval.quotes import read_dir
from newsgraph.extract.quotes_features import featurize, set_cue_words, tokens_from_doc

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[3] / "shared"))
DATA = SHARED / "data" / "quotes-de" / "data"


def _tok_ids(spans, toks):
    ids = []
    for s, e in spans:
        ids.append([i for i, t in enumerate(toks) if t.start < e and s < t.end])
    return ids


def labels_for(doc, toks):
    msg = ["O"] * len(toks)
    role = ["O"] * len(toks)
    for q in doc.quotes:
        if q["nested"]:
            continue
        for piece in _tok_ids(q["chars"]["quote"], toks):
            for k, i in enumerate(piece):
                msg[i] = ("B-" if k == 0 else "I-") + q["type"]
    marks: dict[int, set] = {}
    first: set[int] = set()
    for q in doc.quotes:
        for r, tag in (("cue", "CUE"), ("speaker", "SPK"), ("addressee", "ADR")):
            for piece in _tok_ids(q["chars"][r], toks):
                for k, i in enumerate(piece):
                    marks.setdefault(i, set()).add(tag)
                    if k == 0:
                        first.add(i)
    for i, tags in marks.items():
        tag = "CS" if {"CUE", "SPK"} <= tags else "CUE" if "CUE" in tags else "SPK" if "SPK" in tags else "ADR"
        prev = marks.get(i - 1)
        cont = prev is not None and i not in first
        role[i] = ("I-" if cont else "B-") + tag
    return msg, role


FUNCTION_WORDS = {
    "die", "der", "das", "den", "dem", "des", "sich", "es", "zu", "mit", "in", "an", "auf", "von", "ein", "eine",
    "er", "sie", "hat", "habe", "hatte", "hatten", "haben", "ist", "war", "waren", "wird", "wurde", "wurden",
    "worden", "werden", "sei", "seien", "und", "dass", "als", "auch", "sind", "einen", "einem", "einer", "im",
    "für", "bei", "aus", "um", "über", "vor", "dies", "diese", "man", "wir", "ich", "nicht", "noch", "am",
    # frequent outside speech frames too: they would flag half the sentences as framed
    "dafür", "damit", "danach", "daran", "darauf", "darüber", "davon", "dazu", "durch", "zur", "soll", "will",
    "sein", "bild", "gehen", "geht", "gekommen", "gemacht", "geworden", "kam", "ging", "steht", "besteht",
    "sieht", "sah", "zeigt", "zeigte", "möglich", "bereit", "wollte", "wissen", "ziel", "halten", "hält",
    "führt", "führte", "ab", "hin", "heraus", "hervor", "fest", "klar", "zurück", "entgegen", "gezogen",
    "fand", "ergab", "herrschte", "hören", "geben", "gibt", "gegeben", "machte", "sicherte", "strich",
    "wandte", "hob", "information", "ergebnis", "schluss", "these", "rede", "worte", "zufrieden", "besorgt",
}


def learn_cue_words(docs, min_count: int = 2) -> set[str]:
    """Word forms annotated as cues at least ``min_count`` times in the training split."""
    from collections import Counter

    c: Counter = Counter()
    for d in docs:
        for q in d.quotes:
            for s, e in q["chars"]["cue"]:
                for w in d.text[s:e].split():
                    w = w.strip(".,:;!?„“\"()").lower()
                    if len(w) > 1 and w.isalpha() and w not in FUNCTION_WORDS:
                        c[w] += 1
    return {w for w, n in c.items() if n >= min_count}


def _parses(gold, nlp, cache: str | None):
    """The nlp stage's parse of each article, read from / written to a DocBin cache (the same
    files training/quotes/error_analysis.py --cache writes)."""
    from spacy.tokens import DocBin

    if cache and Path(cache).exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        by_text = {d.text: d for d in docs}
        if all(g.text in by_text for g in gold):
            return [by_text[g.text] for g in gold]
    docs = [nlp(g.text) for g in gold]
    if cache:
        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


def load_opinion(path: str | None):
    """Per-article BiLSTM probabilities (training/quotes/train_lstm.py xfit_train.npz, articles in
    read_dir order), or None."""
    if not path:
        return None
    import numpy as np

    with np.load(path) as z:
        return [z[f"arr_{i}"] for i in range(len(z.files))]


def set_opinion(sdoc, toks, i: int, opinion) -> None:
    """The BiLSTM opinion features of article i: from precomputed (cross-fitted) probabilities
    (a list) or from a model file (a path: what the extractor computes at run time)."""
    from newsgraph.extract import quotes_lstm

    if opinion is None:
        return
    if isinstance(opinion, list):
        quotes_lstm.set_opinion_flat(toks, opinion[i])
    else:
        quotes_lstm.add_opinion(sdoc, toks, str(opinion))


def build(split: str, nlp, limit=None, cache: str | None = None, opinion=None):
    xs, ms, rs = [], [], []
    gold = read_dir(DATA / split, limit)
    for i, (d, sdoc) in enumerate(zip(gold, _parses(gold, nlp, cache))):
        toks = tokens_from_doc(sdoc, "de")
        set_opinion(sdoc, toks, i, opinion)
        m, r = labels_for(d, toks)
        xs.append(featurize(toks, "de"))
        ms.append(m)
        rs.append(r)
    return xs, ms, rs


# the opinion features each choice of --roles-opinion keeps for the roles CRF (quotes_features._nn_feats)
ROLES_OPINION = {"all": ("nm=", "nb=", "nc=", "ns=", "nm[-1]=", "nm[1]="), "message": ("nm=", "nb=", "nm[-1]=", "nm[1]="),
                 "none": ()}
OPINION_PREFIXES = ROLES_OPINION["all"]


def roles_features(xs, keep: str):
    """The feature lists without the opinion features the roles CRF is not to learn from: its weights
    for them stay zero, so at run time it ignores them while the message CRF uses them."""
    if keep == "all":
        return xs
    drop = tuple(p for p in OPINION_PREFIXES if p not in ROLES_OPINION[keep])
    return [[[f for f in tok if not f.startswith(drop)] for tok in x] for x in xs]


def train(xs, ys, path: Path, c1: float, c2: float, iters: int) -> None:
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        tr.append(x, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(str(path))


def token_f1(tagger_path: Path, xs, ys) -> float:
    tg = pycrfsuite.Tagger()
    tg.open(str(tagger_path))
    tp = fp = fn = 0
    for x, y in zip(xs, ys):
        p = tg.tag(x)
        for a, b in zip(p, y):
            if a != "O" and b != "O" and a[2:] == b[2:]:
                tp += 1
            else:
                fp += a != "O"
                fn += b != "O"
    pr = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    return 2 * pr * rc / (pr + rc) if pr + rc else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="models/de_quotes")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cache-train", default=None, help="DocBin of the train parses (read if present, else written)")
    ap.add_argument("--cache-dev", default=None, help="DocBin of the dev parses")
    ap.add_argument("--parse-features", type=int, default=None,
                    help="level of parse features (claims.toml [model] parse_features) to train with")
    ap.add_argument("--cluster-features", type=int, default=None,
                    help="level of word-cluster features (claims.toml [model] cluster_features) to train with")
    ap.add_argument("--opinion-train", default=None,
                    help="cross-fitted BiLSTM probabilities of the train articles (train_lstm.py xfit_train.npz)")
    ap.add_argument("--opinion-model", default=None,
                    help="the BiLSTM trained on all train (train_lstm.py --out): dev features, copied to OUT/lstm.npz")
    ap.add_argument("--roles-opinion", choices=sorted(ROLES_OPINION), default="all",
                    help="which opinion features the roles CRF learns from (the message CRF: all)")
    ap.add_argument("--only", choices=("roles", "message"), default=None,
                    help="train only this CRF (an A/B of one tagger; the other file in OUT is left as it is)")
    args = ap.parse_args(argv)
    from newsgraph.extract.quotes_features import config

    if args.parse_features is not None:
        config()["model"]["parse_features"] = args.parse_features
    if args.cluster_features is not None:
        config()["model"]["cluster_features"] = args.cluster_features
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp = nlp_stage.load("de")
    words = learn_cue_words(read_dir(DATA / "train", args.limit))
    (out / "cues.txt").write_text("\n".join(sorted(words)) + "\n", "utf-8")
    set_cue_words("de", words)
    print(f"{len(words)} cue words learned", flush=True)
    t0 = time.time()
    if bool(args.opinion_train) != bool(args.opinion_model):
        ap.error("--opinion-train and --opinion-model go together")
    if args.opinion_model:
        import shutil

        shutil.copyfile(args.opinion_model, out / "lstm.npz")
    xs, ms, rs = build("train", nlp, args.limit, args.cache_train, load_opinion(args.opinion_train))
    dx, dm, dr = build("dev", nlp, args.limit, args.cache_dev, str(out / "lstm.npz") if args.opinion_model else None)
    print(f"features: {len(xs)} train docs, {sum(map(len, xs))} tokens, {time.time() - t0:.0f}s", flush=True)

    info = {"c1": args.c1, "c2": args.c2, "iters": args.iters, "nlp_pipes": nlp.pipe_names,
            "parse_features": int(config().get("model", {}).get("parse_features", 0))}
    if args.opinion_model:
        info["lstm_opinion"] = "lstm.npz"
        info["roles_opinion"] = args.roles_opinion
    if config().get("model", {}).get("cluster_features", 0):
        info["cluster_features"] = int(config()["model"]["cluster_features"])
        info["clusters"] = config()["model"].get("clusters", "")
    for name, ys, dys in (("roles", rs, dr), ("message", ms, dm)):
        if args.only and name != args.only:
            continue
        t = time.time()
        fx, fdx = (roles_features(xs, args.roles_opinion), roles_features(dx, args.roles_opinion)) \
            if name == "roles" else (xs, dx)
        train(fx, ys, out / f"{name}.crfsuite", args.c1, args.c2, args.iters)
        f = token_f1(out / f"{name}.crfsuite", fdx, dys)
        info[f"{name}_dev_token_f1"] = round(f, 4)
        print(f"{name}: trained in {time.time() - t:.0f}s, dev token F1 (typed) {f:.3f}", flush=True)
    (out / "train_info.json").write_text(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
