"""Build models/checks_de/bridges.json: which earlier words of a text license a definite noun
without an antecedent (bridging: "Der Vertrag" after "wechselt", "Der Motor" after "Wagen").

For every document of the checks' corpus (build_model.corpus: no quotes-de dev, no held-out 10kGNAD
row) the first mention of each key is found; a pair (W, N) is counted once per document in which the
word W comes before the first mention of the noun N. The association is the PMI of that count against
the two words' document frequencies, log((c(W before N) - d) * D / (df(W) * df(N))), with the pair count
discounted by d (``--discount``) so that pairs of rare words seen twice do not lead; for each noun the
strongest ``--top`` licensors with c >= ``--min-pair`` and PMI >= ``--min-pmi`` are kept. Nouns are keyed
by ``vectors.stem``, other words by ``dangling.assoc_key`` (a six-letter prefix, so "wechselt" and
"wechselte" are one licensor), the same keys the run-time check makes (``dangling.bridge_features``).

Texts shorter than ``--min-words`` (single sentences of UD and GermEval) have no discourse order and are
left out. ``--exclude-fold k`` leaves out quotes-de train fold k, so that the features of the train
articles of that fold come from a table that has not seen them (cross-fitting, as build_model.py):

    OMP_NUM_THREADS=1 python training/checks/build_bridges.py --exclude-fold 0 --out /tmp/checks_fold0
    OMP_NUM_THREADS=1 python training/checks/build_bridges.py --exclude-fold 1 --out /tmp/checks_fold1
    OMP_NUM_THREADS=1 python training/checks/build_bridges.py --exclude-fold 0     # shipped: fold 0's, like floret
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_model import corpus, tokens  # noqa: E402

from newsgraph.checks.dangling import assoc_key  # noqa: E402
from newsgraph.checks.vectors import stem  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "models/checks_de"))
    ap.add_argument("--exclude-fold", type=int, default=None)
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--min-words", type=int, default=60)
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--max-df", type=float, default=0.3, help="words in more documents than this share license nothing")
    ap.add_argument("--min-pair", type=int, default=2)
    ap.add_argument("--min-pmi", type=float, default=0.7)
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--discount", type=float, default=1.0,
                    help="subtracted from each pair count: a pair seen twice with two rare words is mostly chance")
    args = ap.parse_args()
    t0 = time.time()
    docs = [(s, t) for s, t in corpus(args.exclude_fold, args.folds)]
    toks = [tokens(t) for _, t in docs]
    toks = [d for d in toks if len(d) >= args.min_words]
    cap, low = Counter(), Counter()
    for doc in toks:
        for w, initial in doc:
            if not initial:
                (cap if w[:1].isupper() else low)[w.lower()] += 1
    nounish = {w for w, c in cap.items() if c >= 0.8 * (c + low[w])}

    # each document as its keys in order of first mention; nouns marked
    seqs: list[list[str]] = []
    is_noun: dict[str, bool] = {}
    for doc in toks:
        seen: dict[str, None] = {}
        for w, _initial in doc:
            if w[:1].isupper():
                if w.lower() not in nounish or len(w) < 3:
                    continue  # a sentence-initial function word or a word the corpus writes lower-case
                k = stem(w.replace("-", ""))
                is_noun[k] = True
            else:
                k = assoc_key(w)
                if k is None:
                    continue
                is_noun.setdefault(k, False)
            seen.setdefault(k, None)
        seqs.append(list(seen))
    n_docs = len(seqs)
    df = Counter(k for s in seqs for k in s)
    vocab = [k for k, c in df.items() if args.min_df <= c <= args.max_df * n_docs]
    index = {k: i for i, k in enumerate(vocab)}
    rows, cols = [], []
    for s in seqs:
        ids = np.array([index[k] for k in s if k in index], dtype=np.int64)
        if len(ids) < 2:
            continue
        i, j = np.triu_indices(len(ids), k=1)  # i's word comes before j's first mention
        rows.append(ids[i])
        cols.append(ids[j])
    r, c = np.concatenate(rows), np.concatenate(cols)
    v = len(vocab)
    m = coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(v, v)).tocsr().tocoo()
    dfv = np.array([df[k] for k in vocab], dtype=np.float64)
    pmi = np.log(np.maximum(m.data - args.discount, 1e-3) * n_docs / (dfv[m.row] * dfv[m.col]))
    noun_col = np.array([is_noun.get(vocab[j], False) for j in m.col])
    keep = (m.data >= args.min_pair) & (pmi >= args.min_pmi) & noun_col
    table: dict[str, list[tuple[str, float]]] = {}
    for wi, ni, p in zip(m.row[keep], m.col[keep], pmi[keep]):
        table.setdefault(vocab[ni], []).append((vocab[wi], float(p)))
    out_table = {n: {w: round(p, 2) for w, p in sorted(lic, key=lambda x: -x[1])[: args.top]} for n, lic in table.items()}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bridges.json").write_text(json.dumps({"docs": n_docs, "min_pair": args.min_pair, "min_pmi": args.min_pmi,
                                                  "top": args.top, "table": out_table}, ensure_ascii=False, sort_keys=True),
                                      "utf-8")
    print(f"docs {n_docs} vocab {v} pairs {len(m.data)} nouns with licensors {len(out_table)} "
          f"licensor pairs {sum(len(x) for x in out_table.values())} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
