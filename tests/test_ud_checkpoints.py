"""training/ud/checkpoints.py: per-evaluation scores and step snapshots of a spaCy training run."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import load_config_from_str

from training.ud import checkpoints, score_snapshots

# A tiny tagger: the logger must work with spaCy's real training loop, not a stand-in.
CFG = """
[paths]
train = null
dev = null
[system]
seed = 0
gpu_allocator = null
[nlp]
lang = "de"
pipeline = ["tagger"]
batch_size = 10
[components]
[components.tagger]
factory = "tagger"
[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null
[components.tagger.model.tok2vec]
@architectures = "spacy.HashEmbedCNN.v2"
pretrained_vectors = null
width = 16
depth = 1
embed_size = 100
window_size = 1
maxout_pieces = 2
subword_features = true
[corpora]
[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}
[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}
[training]
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
max_steps = 6
eval_frequency = 2
patience = 0
[training.batcher]
@batchers = "spacy.batch_by_sequence.v1"
size = 2
[initialize]
"""


def test_logger_writes_every_evaluation_and_a_snapshot_every_n_steps(tmp_path):
    from spacy.cli.train import train

    nlp = spacy.blank("de")
    words = [["Der", "Minister", "sagte", "nichts", "."], ["Die", "Reform", "kommt", "später", "."]]
    tags = [["ART", "NN", "VVFIN", "PIS", "$."], ["ART", "NN", "VVFIN", "ADV", "$."]]
    db = DocBin(docs=[Doc(nlp.vocab, words=w, tags=t) for w, t in zip(words, tags)] * 3)
    db.to_disk(tmp_path / "data.spacy")
    run = tmp_path / "run"
    cfg = load_config_from_str(CFG, interpolate=False)
    cfg["training"]["logger"] = {"@loggers": checkpoints.LOGGER_NAME, "run_dir": str(run), "snapshot_every": 4}
    cfg.to_disk(tmp_path / "train.cfg")
    train(tmp_path / "train.cfg", run, overrides={"paths.train": str(tmp_path / "data.spacy"),
                                                  "paths.dev": str(tmp_path / "data.spacy")})

    rows = [json.loads(line) for line in (run / "checkpoints.jsonl").read_text("utf-8").splitlines()]
    assert [r["step"] for r in rows] == [0, 2, 4, 6]  # every evaluation, in order
    assert all(0.0 <= r["tag_acc"] <= 1.0 for r in rows)
    assert all(a["cpu_s"] <= b["cpu_s"] for a, b in zip(rows, rows[1:]))
    assert not any(k.endswith("_per_type") for r in rows for k in r)
    # only step 4 is a multiple of 4 (step 0 is the untrained pipeline: no copy)
    assert [r.get("snapshot") for r in rows] == [None, None, str(run / "snapshots" / "step-4"), None]
    snap = spacy.load(run / "snapshots" / "step-4")
    assert snap.pipe_names == ["tagger"]
    # the snapshot is the pipeline as evaluated at step 4, so it scores what the log says
    dev = [spacy.training.Example(snap.make_doc(" ".join(w)), Doc(snap.vocab, words=w, tags=t))
           for w, t in zip(words, tags)]
    assert abs(snap.evaluate(dev)["tag_acc"] - rows[2]["tag_acc"]) < 1e-9


def test_parse_reads_what_eval_ud_prints():
    out = ("words 12480  aligned 0.9983\nupos         0.9504\nxpos         0.9593\nfeats        0.7818\n"
           "lemma        0.9122\nuas          0.7724\nlas          0.7021\n"
           "mood (finite verbs, n=1178) 0.9677\nsentences    precision 0.9949  recall 0.9812  F1 0.9880\n")
    assert score_snapshots.parse(out) == {"upos": 0.9504, "xpos": 0.9593, "feats": 0.7818, "lemma": 0.9122,
                                          "uas": 0.7724, "las": 0.7021, "mood_n": 1178, "mood": 0.9677,
                                          "sent_f": 0.988}
