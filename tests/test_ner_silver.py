"""Self-training material for the NER's feature CRF (training/ner/silver.py, train_crf.py --silver):
the unlabelled pool must hold no text an evaluation reads, and the silver selection keeps what it says."""

from __future__ import annotations

import json

import pytest

from training.ner.convert import shared_dir
from training.ner.silver import TESTS, _named_rows, _test_text, gnad_rows
from training.ner.train_crf import silver_sentences

GNAD = shared_dir() / "data" / "corpora" / "10kgnad" / "test.csv"


@pytest.mark.skipif(not GNAD.exists(), reason="needs the shared 10kGNAD data")
def test_unlabelled_10kgnad_rows_hold_no_evaluated_row_or_test_sentence():
    blob = _test_text()
    named = _named_rows(blob)
    # the event sets and the checks' labels name their rows (e.g. fresh10, checks_gnad_untouched_labels)
    assert len(named) > 40
    rows = gnad_rows(blob)
    ids = {i for i, _ in rows}
    # each new blind event set drawn from 10kGNAD takes its rows out of the pool (235 left after fresh23)
    assert 200 < len(ids) < 800
    assert not {i for i in ids if i % 5 == 0}  # the checks' held-out split
    assert not ids & set(range(500, 700))  # the rows the German event sets were drawn from
    assert not ids & named
    snippets = json.loads((TESTS / "data" / "link_10kgnad_snippets.json").read_text("utf-8"))["snippets"]
    texts = [t for _, t in rows]
    for s in snippets:
        first = s["text"].split(". ")[0]
        if len(first) >= 40:
            assert not any(first in t for t in texts), first


def test_silver_selection_by_agreement_confidence_and_count(tmp_path):
    rows = [
        # chain and CRF agree
        {"src": "quotes", "doc": "a", "words": ["Angela", "Merkel", "besuchte", "Paris", "."],
         "chain": [[0, 2, "PER"], [3, 4, "LOC"]], "crf": [[0, 2, "PER"], [3, 4, "LOC"]], "crf_conf": 0.97},
        # the rules added an ORG the CRF did not see
        {"src": "gnad", "doc": "b", "words": ["Der", "Chef", "von", "Siemens", "trat", "zurück", "."],
         "chain": [[3, 4, "ORG"]], "crf": [], "crf_conf": 0.95},
        # agree, but the CRF is unsure
        {"src": "spkatt", "doc": "c", "words": ["Herr", "Kollege", "Schulz", "hat", "recht", "."],
         "chain": [[2, 3, "PER"]], "crf": [[2, 3, "PER"]], "crf_conf": 0.55},
    ]
    path = tmp_path / "cv0.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    agree = silver_sentences(path, "agree")
    assert [w[0] for w, _ in agree] == ["Angela", "Herr"]
    assert agree[0][1] == ["B-PER", "I-PER", "O", "B-LOC", "O"]
    conf = silver_sentences(path, "conf", conf=0.9)
    assert [w[0] for w, _ in conf] == ["Angela", "Der"]
    assert conf[1][1] == ["O", "O", "O", "B-ORG", "O", "O", "O"]
    both = silver_sentences(path, "agree+conf", conf=0.9, repeat=2)
    assert [w[0] for w, _ in both] == ["Angela", "Angela"]
    assert len(silver_sentences(path, "all", n=2)) == 2
    assert [w[0] for w, _ in silver_sentences(path, "all", sources=("gnad",))] == ["Der"]
    # the CRF's own labels instead of the chain's: the rule's ORG is gone
    assert silver_sentences(path, "conf", conf=0.9, labels="crf")[1][1] == ["O"] * 7
