"""Round 18 (checks_de card): word kinds without a wordnet, measured as off-topic features on leak-free train CV.

Word kinds are k-means clusters of the subword (floret) vectors of each fold's 30,000-word context vocabulary
(`floret_context.json`, alphabetic words of four letters or more); every noun, seen or not, belongs to the kind whose
centre is nearest to its vector. A conjunct's noun is then compared with the article without it:
- ``kind_lift``: log of the (smoothed) share of the article's other nouns in the noun's kind over the kind's share of
  the vocabulary (a news story's nouns crowd into a few kinds);
- ``kind_share3``: share of the article's other nouns in the noun's three nearest kinds;
- ``kind_sent``: cosine of the kind histograms of the noun's sentence and of the rest of the article;
- ``kind_sib``: the noun and the noun it is coordinated with are of one kind ("Frankreich und Deutschland");
- ``kl32``/``ks32``, ``kl512``/``ks512``: ``kind_lift`` and ``kind_sib`` with 32 and 512 kinds (128 above);
and, besides the kinds, the noun against the idf-weighted centroid of the article's other nouns' subword vectors
(``idf_fit``, as a z-score among the article's nouns ``idf_z``; weights: the topic vocabulary's idf) and the segment's
other content words (adjectives, further nouns) that the article never uses elsewhere by lemma (``mod_new``).

    OMP_NUM_THREADS=1 python training/checks/offtopic_kinds.py --folds /tmp/checks_fold0 /tmp/checks_fold1 \
        --features /tmp/offtopic_rows_kinds.jsonl

The fold directories are those of train_offtopic.py (`build_model.py` / `build_floret.py --exclude-fold 0/1`); the
kinds are written into them (`kinds{k}.npy`, `kinds{k}_prior.npy`), rows are built leak-free (donors from the
article's own fold, round 15) by offtopic_classes.rows and scored by its cross-validation; nothing is written to
models/.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import training.checks.offtopic_classes as oc  # noqa: E402
from newsgraph.checks.vectors import SubwordVectors, load_subword  # noqa: E402

KS = (32, 128, 512)
FEATURES = ("kind_lift", "kind_share3", "kind_sent", "kind_sib", "idf_fit", "idf_z", "mod_new", "kl32", "ks32",
            "kl512", "ks512")


def build_kinds(directory: str, k: int, iters: int = 25, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Spherical k-means (cosine) over the unit subword vectors of the context vocabulary; deterministic."""
    d = Path(directory)
    sv = SubwordVectors(d)
    words = [w for w in json.loads((d / "floret_context.json").read_text("utf-8")) if len(w) >= 4 and w.isalpha()]
    x = sv.batch(words)
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / np.linalg.norm(c)
    assign = np.argmax(x @ centres.T, axis=1)
    return centres.astype(np.float32), np.bincount(assign, minlength=k) / len(assign)


_KINDS: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}


def _kinds(directory: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    if (directory, k) not in _KINDS:
        d = Path(directory)
        _KINDS[(directory, k)] = (np.load(d / f"kinds{k}.npy"), np.load(d / f"kinds{k}_prior.npy"))
    return _KINDS[(directory, k)]


def kind_features(topic, seg, directory: str) -> dict[str, float]:
    nan = float("nan")
    sub = topic.subword
    own = {t.i for t in seg.toks}
    others = [t for toks in topic._sents for t in toks if t.tag == "NN" and len(t.text) >= 3 and t.i not in own]
    head = next((t for t in seg.toks if t.tag in ("NN", "NE") and len(t.text) >= 3), None)
    sib = next((t for t in reversed(seg.sibling or []) if t.is_noun), None)
    out = {f: nan for f in FEATURES}
    lemmas = {t.lemma for toks in topic._sents for t in toks if t.i not in own}
    mods = [t for t in seg.toks if t.tag in ("ADJA", "NN", "NE") and t is not head and len(t.text) >= 4]
    out["mod_new"] = float(sum(1 for t in mods if t.lemma not in lemmas))
    if head is None or not others or sub is None:
        return out
    vh, vo = sub.batch([head.text]), sub.batch([t.text for t in others])
    for k in KS:
        centres, prior = _kinds(directory, k)
        kh = int(np.argmax(vh @ centres.T))
        hist = np.bincount(np.argmax(vo @ centres.T, axis=1), minlength=k).astype(float)
        lift = float(np.log((hist[kh] + 2 * prior[kh]) / (hist.sum() + 2)) - np.log(prior[kh]))
        same = float(sib is not None and int(np.argmax(sub.batch([sib.text]) @ centres.T)) == kh)
        if k == 128:
            out["kind_lift"], out["kind_sib"] = lift, same
            out["kind_share3"] = float(hist[np.argsort(-(vh @ centres.T)[0])[:3]].sum() / hist.sum())
            sent = [t for t in others if t.sent == head.sent]
            rest = [t for t in others if t.sent != head.sent]
            if sent and rest:
                hs = np.bincount(np.argmax(sub.batch([t.text for t in sent + [head]]) @ centres.T, axis=1), minlength=k)
                hr = np.bincount(np.argmax(sub.batch([t.text for t in rest]) @ centres.T, axis=1), minlength=k)
                out["kind_sent"] = float(hs @ hr / (np.linalg.norm(hs) * np.linalg.norm(hr)))
        else:
            out[f"kl{k}"], out[f"ks{k}"] = lift, same
    w = np.array([(topic.vectors.lookup(t.text) or (None, 1.0))[1] for t in others], dtype=np.float32)
    centroid = (vo * w[:, None]).sum(axis=0)
    cn = float(np.linalg.norm(centroid))
    fit = float(vh[0] @ centroid) / cn if cn > 0 else 0.0
    rest = centroid[None, :] - vo * w[:, None]
    rn = np.linalg.norm(rest, axis=1)
    loo = np.einsum("ij,ij->i", vo, rest) / np.where(rn > 0, rn, 1.0)
    out["idf_fit"] = fit
    out["idf_z"] = float((fit - loo.mean()) / loo.std()) if len(loo) > 2 and loo.std() > 1e-6 else 0.0
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs="+", required=True, help="vector directories built without fold 0, 1")
    ap.add_argument("--features", required=True, help="cache of the rows (jsonl)")
    ap.add_argument("--extra", nargs="*", default=list(FEATURES))
    args = ap.parse_args()
    for d in args.folds:
        for k in KS:
            if not (Path(d) / f"kinds{k}.npy").exists():
                centres, prior = build_kinds(d, k)
                np.save(Path(d) / f"kinds{k}.npy", centres)
                np.save(Path(d) / f"kinds{k}_prior.npy", prior)
    subs = [load_subword(d) for d in args.folds]
    base = oc.extra_features

    def extra(topic, seg, fits):
        directory = args.folds[next(i for i, s in enumerate(subs) if s is topic.subword)]
        return {**base(topic, seg, fits), **kind_features(topic, seg, directory)}

    oc.extra_features = extra
    sys.argv = ["offtopic_classes.py", "--folds", *args.folds, "--donor-folds", "--features", args.features,
                "--extra", *args.extra]
    return oc.main()


if __name__ == "__main__":
    raise SystemExit(main())
