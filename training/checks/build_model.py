"""Build models/checks_de: topic vectors of German nouns and names for the off-topic check
(word_vectors.npy + word_vocab.json, newsgraph/checks/vectors.py) and noun anaphoricity for
the dangling-reference check (anaphoricity.json, newsgraph/checks/dangling.py).

PPMI over co-occurrence of content words (capitalised words that are mostly capitalised in
the corpus: nouns and names) within a window of +-W content words of the same document,
then truncated SVD. Corpus: all German text in ../shared/data except what the checks are
evaluated on (quotes-de dev, and every 5th 10kGNAD article, see newsgraph/checks/perturb.py):
quotes-de train, 10kGNAD (4/5), SpkAtt Bundestag speeches, CoNLL-2003 German (Frankfurter
Rundschau), Europarl NER, GermEval 2014 NER dev, UD German-GSD.

    OMP_NUM_THREADS=1 python training/checks/build_model.py [--out models/checks_de]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.dangling import Antecedents  # noqa: E402
from newsgraph.checks.perturb import gnad_heldout  # noqa: E402
from newsgraph.checks.vectors import MIN_STEM, stem, word_keys  # noqa: E402

_SENT_END = {".", "!", "?", ":", "„", "\"", "“", "«", "»"}


def shared() -> Path:
    return Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def tokens(text: str) -> list[tuple[str, bool]]:
    """(word, sentence-initial) pairs of a raw text."""
    out = []
    initial = True
    for m in re.finditer(r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß]*(?:-[\wÄÖÜäöüß]+)*|[.!?:„\"“«»]", text):
        w = m.group()
        if w in _SENT_END:
            initial = True
            continue
        out.append((w, initial))
        initial = False
    return out


def from_tokens(words: list[str]) -> str:
    return " ".join(words)


def corpus(exclude_fold: int | None = None, folds: int = 2, gnad_folds: bool = False) -> list[tuple[str, str]]:
    """(source, text) documents. ``exclude_fold``: leave out the quotes-de train articles of that
    fold (article index % folds), for features of those articles that the vectors have not seen
    (training/checks/train_offtopic.py), as at run time on new articles. ``gnad_folds``: also leave out the
    10kGNAD rows of that fold (row index % folds), for train_offtopic.py ``--gnad-side-seeds``."""
    d = shared() / "data"
    docs: list[tuple[str, str]] = []
    for i, p in enumerate(sorted((d / "quotes-de/data/train").glob("*.json"))):
        if exclude_fold is not None and i % folds == exclude_fold:
            continue
        docs.append(("quotes-de", json.loads(p.read_text("utf-8"))["originalText"]))
    csv.field_size_limit(10**8)
    held = gnad_heldout()
    with open(d / "corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if len(row) >= 2 and i not in held:
                if gnad_folds and exclude_fold is not None and i % folds == exclude_fold:
                    continue
                docs.append(("10kgnad", row[1]))
    for split in ("train", "dev"):
        for p in sorted((d / f"spkatt-de/data/{split}/task1").glob("*.json")):
            js = json.loads(p.read_text("utf-8"))
            docs.append(("spkatt", " . ".join(from_tokens(s["Tokens"]) for s in js.get("Sentences", []))))
    for name in ("deu.testa", "deu.testb"):
        cur: list[str] = []
        for line in (d / "ner-de/conll2003" / name).read_text("latin-1").splitlines():
            if line.startswith("-DOCSTART-"):
                if cur:
                    docs.append(("conll", " ".join(cur)))
                cur = []
            elif line.strip():
                cur.append(line.split()[0])
        if cur:
            docs.append(("conll", " ".join(cur)))
    # sentence collections: chunks of consecutive sentences (Europarl is one debate) or single sentences
    for p, col, chunk in ((d / "ner-de/europarl/ep-96-04-15_pado_annotated.tsv", 0, 20),
                          (d / "ner-de/germeval2014/NER-de-dev.tsv", 1, 1)):
        if not p.exists():
            continue
        sents, cur = [], []
        for line in p.read_text("utf-8", errors="replace").splitlines():
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur:
                    sents.append(" ".join(cur) + " .")
                cur = []
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            if len(cols) > col:
                cur.append(cols[col])
        if cur:
            sents.append(" ".join(cur) + " .")
        for i in range(0, len(sents), chunk):
            docs.append((p.stem, " ".join(sents[i:i + chunk])))
    for p in sorted((d / "ud-de").glob("*.conllu")):
        for line in p.read_text("utf-8").splitlines():
            if line.startswith("# text = "):
                docs.append(("ud", line[9:]))
    return docs


_INDEF = {"ein", "eine", "einen", "einem", "einer", "eines"}
_DEF = {"der", "die", "das", "dem", "den", "des", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans"}


def anaphoricity(toks: list[list[tuple[str, bool]]], nounish: set[str], lexicon=None) -> dict[str, list[int]]:
    """For each noun stem: [definite first mentions, definite later mentions, other first mentions,
    mentions with an indefinite article, all mentions].

    A noun whose definite uses are often first mentions names something unique or generic
    ("die Regierung", "die Polizei"); one that is introduced indefinitely and taken up
    definitely ("ein Brief" ... "der Brief") refers back. ``lexicon`` (the vectors' keys): as the run-time check's
    ``[dangling] short_heads``, a 3-letter head is taken up from an earlier compound (``Antecedents.short_head``)."""
    counts: dict[str, list[int]] = {}
    for doc in toks:
        ante = Antecedents(lexicon=lexicon)
        words = [w for w, _ in doc]
        for i, (w, initial) in enumerate(doc):
            noun = not initial and len(w) >= 3 and w[:1].isupper() and w.lower() in nounish
            if noun:
                prev = [x.lower() for x in words[max(0, i - 3):i]]
                # "der Brief", "der neue Brief", "der zweite lange Brief"
                definite = bool(prev) and (prev[-1] in _DEF or (len(prev) >= 2 and prev[-2] in _DEF and words[i - 1][:1].islower())
                                           or (len(prev) >= 3 and prev[-3] in _DEF and words[i - 1][:1].islower()
                                               and words[i - 2][:1].islower()))
                first = not ante.has(w)
                c = counts.setdefault(stem(w.replace("-", "")), [0, 0, 0, 0, 0])
                if definite:
                    c[0 if first else 1] += 1
                elif first:
                    c[2] += 1
                if prev and (prev[-1] in _INDEF or (len(prev) >= 2 and prev[-2] in _INDEF and words[i - 1][:1].islower())):
                    c[3] += 1  # countable things that get introduced: "ein Brief", "eine neue Studie"
                c[4] += 1
            ante.add_word(w)
    return {k: v for k, v in counts.items() if v[4] >= 2}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "models/checks_de"))
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--window", type=int, default=12)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-vocab", type=int, default=20000)
    ap.add_argument("--exclude-fold", type=int, default=None, help="leave out this fold of quotes-de train")
    ap.add_argument("--gnad-folds", action="store_true", help="with --exclude-fold, also leave out the 10kGNAD rows of "
                    "that fold (row index % folds): vectors for cross-fitted features of perturbed train-side 10kGNAD rows")
    ap.add_argument("--folds", type=int, default=2)
    args = ap.parse_args()
    t0 = time.time()
    docs = corpus(args.exclude_fold, args.folds, args.gnad_folds)
    print(f"{len(docs)} documents: {dict(Counter(s for s, _ in docs))}", flush=True)
    toks = [tokens(t) for _, t in docs]
    # a word is a noun or name when it is capitalised wherever it is not sentence-initial
    cap, low = Counter(), Counter()
    for doc in toks:
        for w, initial in doc:
            if initial:
                continue
            (cap if w[:1].isupper() else low)[w.lower()] += 1
    nounish = {w for w, c in cap.items() if c >= 0.8 * (c + low[w])}

    def content(doc):
        out = []
        for w, _ in doc:
            if w.lower() in nounish and (2 <= len(w) <= 6 if w.isupper() else len(w) >= 3):
                out.append(w)
        return out

    seqs = [content(doc) for doc in toks]
    count, df = Counter(), Counter()
    for s in seqs:
        keys = [k for w in s for k in word_keys(w)[:1]]
        count.update(keys)
        df.update(set(keys))
    vocab = [k for k, c in count.most_common() if c >= args.min_count and df[k] >= 2 and len(k) >= 2][: args.max_vocab]
    index = {k: i for i, k in enumerate(vocab)}

    def lookup(w: str) -> int | None:
        ks = word_keys(w)
        for k in ks:
            if k in index:
                return index[k]
        k = ks[-1]
        for cut in range(1, len(k) - MIN_STEM + 1):
            if k[cut:] in index:
                return index[k[cut:]]
        return None

    ids_per_doc = [np.array([i for i in (lookup(w) for w in s) if i is not None], dtype=np.int64) for s in seqs]
    n_docs = len(seqs)
    dfi = Counter(i for ids in ids_per_doc for i in set(ids.tolist()))
    # burstiness: of the documents that use a word, the share that use it again; a story's topic words
    # recur ("der Klimawandel" … "den Klimawandel"), so one mentioned only once is out of place
    df2 = Counter(i for ids in ids_per_doc for i, c in Counter(ids.tolist()).items() if c >= 2)
    burst = [round((df2.get(i, 0) + 0.5) / (dfi.get(i, 0) + 2), 3) for i in range(len(vocab))]
    weight = np.array([math.log(n_docs / (1 + dfi.get(i, 0))) for i in range(len(vocab))], dtype=np.float32)
    rows, cols = [], []
    for ids in ids_per_doc:
        for dist in range(1, args.window + 1):
            if len(ids) > dist:
                rows.append(ids[:-dist])
                cols.append(ids[dist:])
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    v = len(vocab)
    m = coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(v, v)).tocsr()
    m = (m + m.T).tocoo()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    ctx = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context-distribution smoothing
    ctx /= ctx.sum()
    pmi = np.log((m.data / total) / ((row_sum[m.row] / total) * ctx[m.col]))
    keep = pmi > 0
    ppmi = csr_matrix((pmi[keep].astype(np.float32), (m.row[keep], m.col[keep])), shape=(v, v))
    k = min(args.dims, v - 2)
    # a fixed start vector makes ARPACK, and so the artefact, reproducible
    u, s, _vt = svds(ppmi, k=k, v0=np.full(v, 1 / math.sqrt(v), dtype=np.float32))
    vecs = u * np.sqrt(s)
    n = np.linalg.norm(vecs, axis=1, keepdims=True)
    n[n == 0] = 1
    vecs = (vecs / n).astype(np.float16)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "word_vectors.npy", vecs)
    (out / "word_vocab.json").write_text(json.dumps({"vocab": vocab, "weight": [round(float(x), 3) for x in weight],
                                                     "burst": burst,
                                                     "window": args.window, "dims": k}, ensure_ascii=False), "utf-8")
    # the counts judge "mentioned before" as the run-time check does (round 27, d1: short_heads, with these vectors' keys)
    ana = anaphoricity(toks, nounish, index if section("dangling").get("short_heads", False) else None)
    (out / "anaphoricity.json").write_text(json.dumps(ana, ensure_ascii=False, sort_keys=True), "utf-8")
    if args.exclude_fold is not None:
        # round 23: which fold set these are, so that a retrain can name (and check) the set it was fitted on
        # (training/checks/fold_set.py; the same features give different held-out figures on the two sets)
        (out / "fold.json").write_text(json.dumps({"exclude_fold": args.exclude_fold, "folds": args.folds,
                                                   "gnad_folds": bool(args.gnad_folds)}), "utf-8")
    print(f"anaphoricity: {len(ana)} nouns")
    print(f"docs {n_docs} tokens {sum(len(t) for t in toks)} content {sum(len(s) for s in seqs)} vocab {v} "
          f"dims {k} pairs {len(r)} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
