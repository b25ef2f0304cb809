"""Pretrain the NER tok2vec on unlabelled German news (``spacy pretrain``, character objective).

  python -m training.ner.pretrain            # -> training/runs/ner/pretrain/model-last.bin
  python -m training.ner.train --init-tok2vec training/runs/ner/pretrain/model-last.bin ...

Text: 10kGNAD (derStandard.at articles) and the quotes-de Wikinews articles (their text only,
none of their annotation). The labelled NER corpora are small (about 7k sentences), so
embedding rows for words they never show are otherwise left at random.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys

from spacy.util import load_config

from .convert import CORPUS, REPO, shared_dir

RUNS = REPO / "training" / "runs" / "ner"
CONFIG = REPO / "training" / "configs" / "ner.cfg"

PRETRAINING = {
    "max_epochs": 2,
    "dropout": 0.2,
    "n_save_every": None,
    "n_save_epoch": None,
    # A standalone tok2vec with the NER's architecture; hooks.py copies it into the NER.
    "component": "tok2vec",
    "layer": "",
    "corpus": "corpora.pretrain",
    "batcher": {"@batchers": "spacy.batch_by_words.v1", "size": 3000, "discard_oversize": False,
                "tolerance": 0.2, "get_length": None},
    "objective": {"@architectures": "spacy.PretrainCharacters.v1", "maxout_pieces": 3,
                  "hidden_size": 300, "n_characters": 4},
    "optimizer": {"@optimizers": "Adam.v1", "beta1": 0.9, "beta2": 0.999, "L2_is_weight_decay": True,
                  "L2": 0.01, "grad_clip": 1.0, "use_averages": True, "eps": 1e-8, "learn_rate": 0.001},
}


def raw_texts() -> list[str]:
    data = shared_dir() / "data"
    texts = []
    csv.field_size_limit(10_000_000)
    with open(data / "corpora" / "10kgnad" / "test.csv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                texts.append(row[1])
    for path in sorted((data / "quotes-de" / "data").glob("*/*.json")):
        texts.append(json.loads(path.read_text("utf-8"))["originalText"])
    return [t for t in texts if t.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=PRETRAINING["max_epochs"])
    args = ap.parse_args(argv)
    CORPUS.mkdir(parents=True, exist_ok=True)
    raw = CORPUS / "raw_de.jsonl"
    texts = raw_texts()
    with raw.open("w", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} texts, {sum(len(t.split()) for t in texts)} words -> {raw}", flush=True)

    cfg = load_config(CONFIG, interpolate=False)
    cfg["nlp"]["pipeline"] = ["tok2vec"]
    cfg["components"] = {"tok2vec": {"factory": "tok2vec", "model": cfg["components"]["ner"]["model"]["tok2vec"]}}
    cfg["paths"]["raw_text"] = str(raw)
    cfg["corpora"]["pretrain"] = {"@readers": "spacy.JsonlCorpus.v1", "path": "${paths.raw_text}",
                                  "min_length": 5, "max_length": 500, "limit": 0}
    cfg["pretraining"] = dict(PRETRAINING, max_epochs=args.epochs)
    out = RUNS / "pretrain"
    out.mkdir(parents=True, exist_ok=True)
    cfg_path = out / "pretrain.cfg"
    cfg.to_disk(cfg_path)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(cfg_path), str(out), "--paths.train", str(raw),
           "--paths.dev", str(raw)]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env, cwd=REPO)
    return 0


if __name__ == "__main__":
    sys.exit(main())
