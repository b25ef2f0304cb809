"""Pretrain de_core's tok2vec on unlabelled German text (``spacy pretrain``, character objective).

    OMP_NUM_THREADS=1 python -m training.ud.pretrain --epochs 8 --out training/runs/h2/pretrain
    python -m training.ud.train --experiment foldA --vectors --tag=-vec-pt --max-steps 2000 \\
        --init-tok2vec training/runs/h2/pretrain/model-last.bin

With ~1k gold sentences per fold the parser and taggers are data-starved; the shared tok2vec
(the shipped architecture: MultiHashEmbed NORM/PREFIX/SUFFIX/SHAPE + floret vectors, width 96,
depth 4, so the model pass costs the same) first learns to predict each word's first and last
characters from its context on ~1M words of news and debate text, then the UD training starts
from those weights instead of random ones (``--init-tok2vec``).

Text (none of it a scored set): 10kGNAD rows outside ``gnad_heldout`` (the checks' evaluation
rows), quotes-de **train** articles (dev is the quote extractor's scored set), SpkAtt speeches,
CoNLL-2003 German and Europarl sentences. Left out: UD GSD (the folds' scored files), GermEval
(the NER's CV), quotes-de dev, the held-out 10kGNAD rows.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from training.ner.pretrain import PRETRAINING as NER_PRETRAINING

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "training" / "configs" / "ud.cfg"
CORPUS = ROOT / "training" / "corpus" / "pretrain"
VECTORS = ROOT / "training" / "corpus" / "vectors" / "de_floret"
OUT = ROOT / "training" / "runs" / "h2" / "pretrain"

# The [pretraining] block: written into the pretraining config, and (component/layer) into a
# training config that loads the weights (spaCy's init_tok2vec reads them from this block). The
# NER's block (training/ner/pretrain.py) with more epochs and a checkpoint per epoch; both pretrain
# the standalone shared tok2vec, and both predict characters, not vectors: the floret vectors are an
# input of this tok2vec, so predicting them back would be nearly an identity task.
PRETRAINING = {**NER_PRETRAINING, "max_epochs": 8, "n_save_epoch": 1}
CHUNK_WORDS = 120  # texts are cut into runs of whole sentences of about this many words


def _shared() -> Path:
    return Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def _chunks(text: str) -> list[str]:
    """Runs of whole sentences of about CHUNK_WORDS words (spaCy's JSONL reader drops long docs)."""
    out: list[str] = []
    cur: list[str] = []
    n = 0
    for para in text.splitlines():
        for sent in re.split(r"(?<=[.!?:])\s+(?=[A-ZÄÖÜ„\"])", para.strip()):
            if not sent:
                continue
            cur.append(sent)
            n += len(sent.split())
            if n >= CHUNK_WORDS:
                out.append(" ".join(cur))
                cur, n = [], 0
        if cur:  # paragraphs end a chunk
            out.append(" ".join(cur))
            cur, n = [], 0
    return out


def texts() -> list[tuple[str, str]]:
    """(source, text) of the unlabelled pretraining text."""
    sys.path.insert(0, str(ROOT))
    from newsgraph.checks.perturb import gnad_heldout

    from .vectors import _token_files

    data = _shared() / "data"
    docs: list[tuple[str, str]] = []
    held = gnad_heldout()
    csv.field_size_limit(10**8)
    with open(data / "corpora" / "10kgnad" / "test.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if len(row) >= 2 and i not in held:
                docs.append(("10kgnad", row[1]))
    for path in sorted((data / "quotes-de" / "data" / "train").glob("*.json")):
        docs.append(("quotes-de", json.loads(path.read_text("utf-8"))["originalText"]))
    # SpkAtt, CoNLL-2003, Europarl: sentences as token lists (the floret vectors' reader)
    for words in _token_files():
        docs.append(("sentences", " ".join(words)))
    return docs


def write_corpus(path: Path) -> tuple[int, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    n_docs = n_words = 0
    with path.open("w", encoding="utf-8") as f:
        for _src, text in texts():
            for chunk in _chunks(text):
                f.write(json.dumps({"text": chunk}, ensure_ascii=False) + "\n")
                n_docs += 1
                n_words += len(chunk.split())
    return n_docs, n_words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=PRETRAINING["max_epochs"])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--vectors", type=Path, default=VECTORS, help="the floret vectors the folds train with")
    ap.add_argument("--no-vectors", action="store_true", help="pretrain the tok2vec without static vectors")
    ap.add_argument("--resume", type=Path, default=None,
                    help="continue from a saved epoch, e.g. OUT/model1.bin (spaCy then starts at epoch 2)")
    args = ap.parse_args(argv)

    from spacy.util import load_config

    raw = CORPUS / "ud_pretrain.jsonl"
    n_docs, n_words = write_corpus(raw)
    print(f"{n_docs} chunks, {n_words} words -> {raw}", flush=True)

    cfg = load_config(CONFIG, interpolate=False)
    cfg["nlp"]["pipeline"] = ["tok2vec"]
    cfg["components"] = {"tok2vec": cfg["components"]["tok2vec"]}
    if not args.no_vectors:
        # the same tok2vec as the folds' (--vectors): the static-vector layer is part of the weights
        cfg["paths"]["vectors"] = str(args.vectors.resolve())
        cfg["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] = True
    cfg["paths"]["raw_text"] = str(raw.resolve())
    cfg["corpora"]["pretrain"] = {"@readers": "spacy.JsonlCorpus.v1", "path": "${paths.raw_text}",
                                  "min_length": 5, "max_length": 500, "limit": 0}
    cfg["pretraining"] = dict(PRETRAINING, max_epochs=args.epochs)
    args.out.mkdir(parents=True, exist_ok=True)
    cfg_path = args.out / "pretrain.cfg"
    cfg.to_disk(cfg_path)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(cfg_path), str(args.out),
           "--paths.train", str(raw), "--paths.dev", str(raw)]
    if args.resume:
        cmd += ["--resume-path", str(args.resume)]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
