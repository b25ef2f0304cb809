"""The shipped table of HanTa answers (models/hanta/words.jsonl) must give exactly what HanTa
gives, and a table computed with another HanTa model must not be used."""

from __future__ import annotations

import json
import random

import pytest

from newsgraph.nlp import hanta_table, noun_filter, segment

HanTa = pytest.importorskip("HanTa")


@pytest.fixture(scope="module")
def tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def _shipped():
    path = hanta_table.table_path()
    if path is None or not path.exists():
        pytest.skip("no HanTa table configured")
    analyses, readings = hanta_table.tables()
    if not analyses and not readings:
        pytest.skip("the table was computed with another HanTa model")
    return analyses, readings


def test_table_answers_are_hantas(tagger):
    analyses, readings = _shipped()
    rng = random.Random(1)
    for word in rng.sample(sorted(analyses), min(400, len(analyses))):
        assert analyses[word] == tagger.analyze(word, taglevel=3), word
    for word in rng.sample(sorted(readings), min(400, len(readings))):
        scores = {tag: float(score) for tag, score, *_ in tagger.tag_word(word)}
        best = max(scores, key=scores.get)
        margin = None if best == "NE" else scores[best] - scores.get("NE", float("-inf"))
        assert readings[word] == (best, margin), word


def test_lookups_read_the_table_and_fall_back_to_hanta(tagger):
    analyses, readings = _shipped()
    word = sorted(analyses)[0]
    assert segment.hanta_analysis(word) == analyses[word]
    rare = "zzquarkelte"
    assert rare not in analyses
    assert segment.hanta_analysis(rare) == tagger.analyze(rare, taglevel=3)
    name = sorted(readings)[0]
    assert noun_filter._readings(name) == readings[name]


def test_table_of_another_model_is_ignored(tmp_path, monkeypatch):
    path = tmp_path / "words.jsonl"
    path.write_text(json.dumps({"model_sha1": "0" * 40}) + "\n"
                    + json.dumps(["a", "ging", ["falsch", [], "XY"]]) + "\n", "utf-8")
    monkeypatch.setattr(hanta_table, "table_path", lambda: path)
    hanta_table.tables.cache_clear()
    try:
        assert hanta_table.tables() == ({}, {})
    finally:
        monkeypatch.undo()
        hanta_table.tables.cache_clear()
