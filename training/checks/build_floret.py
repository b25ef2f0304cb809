"""Subword word vectors for the article checks (models/checks_de/floret.npy + floret.json):
floret skip-gram vectors (hashed character n-grams, so every word, also an unseen compound, gets
a vector) over the same German text as the topic vectors (training/checks/build_model.py: all
German text in ../shared/data except what the checks are evaluated on).

The topic vectors (document co-occurrence) say whether a word belongs to a story; these, learnt
from a +-5 word window, say whether two words are of a kind: coordinated phrases usually are
("Frankreich und Deutschland"), a phrase pasted in from another story usually is not
("regionaler Stabilität und des Klimawandels").

    OMP_NUM_THREADS=1 python training/checks/build_floret.py [--out models/checks_de] [--exclude-fold k]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training/checks"))

from build_model import corpus  # noqa: E402

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*|[^\w\s]")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "models/checks_de"))
    ap.add_argument("--exclude-fold", type=int, default=None)
    ap.add_argument("--gnad-folds", action="store_true", help="also leave out that fold's 10kGNAD rows (build_model.py)")
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--bucket", type=int, default=20000)
    ap.add_argument("--epoch", type=int, default=10)
    ap.add_argument("--context-words", type=int, default=30000, help="most frequent words kept as contexts")
    args = ap.parse_args()
    import floret

    t0 = time.time()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "text.txt"
        n = 0
        with text.open("w", encoding="utf-8") as fh:
            for _src, doc in corpus(args.exclude_fold, 2, args.gnad_folds):
                words = [w.lower() for w in _TOKEN.findall(doc)]
                n += len(words)
                fh.write(" ".join(words) + "\n")
        # one thread: the same vectors on every build (floret seeds its generator with a constant)
        model = floret.train_unsupervised(str(text), model="skipgram", mode="floret", hashCount=2, bucket=args.bucket,
                                          dim=args.dim, minn=3, maxn=5, minCount=2, epoch=args.epoch, thread=1)
        # the output (context) vectors of the frequent words: the input vector of a word dotted with the
        # output vector of a context word is a skip-gram's estimate of their association (PMI-like), i.e.
        # how well the word fits the words around it ("Der Frieden schrieb einige Titel" fits badly)
        words = model.get_words()
        output = model.get_output_matrix()
        keep = [i for i, w in enumerate(words) if w != "</s>"][: args.context_words]
        np.save(out / "floret_context.npy", output[keep].astype(np.float16))
        (out / "floret_context.json").write_text(json.dumps([words[i] for i in keep], ensure_ascii=False), "utf-8")
        vec = Path(tmp) / "vectors.floret"
        model.save_floret_vectors(str(vec))
        lines = vec.read_text("utf-8").splitlines()
    head = lines[0].split()
    rows, dim = int(head[0]), int(head[1])
    table = np.zeros((rows, dim), dtype=np.float32)
    for line in lines[1:]:
        parts = line.rstrip().split(" ")
        table[int(parts[0])] = np.asarray(parts[1:], dtype=np.float32)
    np.save(out / "floret.npy", table.astype(np.float16))
    meta = {"minn": int(head[2]), "maxn": int(head[3]), "hash_count": int(head[4]), "hash_seed": int(head[5]),
            "bow": head[6], "eow": head[7], "lowercase": True, "tokens": n, "epoch": args.epoch,
            "exclude_fold": args.exclude_fold}
    (out / "floret.json").write_text(json.dumps(meta, indent=1), "utf-8")
    print(f"{n} tokens, table {rows}x{dim} -> {out} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
