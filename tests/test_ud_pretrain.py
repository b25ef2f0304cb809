"""training/ud/pretrain.py: the unlabelled text for de_core's tok2vec pretraining."""

from __future__ import annotations

import pytest

from training.ud import pretrain


def test_chunks_keep_sentences_whole_and_stay_short():
    sent = "Der Minister sagte am Dienstag in Berlin, die Reform komme später als geplant."
    text = " ".join([sent] * 40) + "\nNeuer Absatz. Er endet hier."
    chunks = pretrain._chunks(text)
    # every chunk is a run of whole sentences: it starts a sentence and ends with its full stop
    assert all(c.startswith(("Der ", "Neuer ")) and c.endswith(".") for c in chunks)
    # about CHUNK_WORDS words each (the last sentence may run over), far below the reader's 500-token cut
    assert all(len(c.split()) < pretrain.CHUNK_WORDS + len(sent.split()) for c in chunks)
    # a paragraph break ends a chunk, and no word is lost
    assert chunks[-1] == "Neuer Absatz. Er endet hier."
    assert sum(len(c.split()) for c in chunks) == len(text.split())


def test_scored_sets_stay_out_of_the_pretraining_text():
    shared = pretrain._shared() / "data"
    if not (shared / "corpora" / "10kgnad" / "test.csv").exists():
        pytest.skip("needs ../shared/data")
    from newsgraph.checks.perturb import load_gnad_heldout, load_quotes_de

    docs = {text for _src, text in pretrain.texts()}
    # the checks' held-out 10kGNAD rows and the quote extractor's dev articles are evaluation text
    assert not docs & {text for _name, text, _spans in load_gnad_heldout()}
    assert not docs & {text for _name, text, _spans in load_quotes_de("dev")}
    assert docs & {text for _name, text, _spans in load_quotes_de("train")}
