"""Word-cluster features of the quotation CRFs (claims.toml [model] cluster_features) and the shared
cluster helper (newsgraph/nlp/word_clusters.py)."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.config import models_dir
from newsgraph.extract.quotes_features import Featurizer, config, tokens_from_doc
from newsgraph.nlp import word_clusters

from .quote_rows import assert_rows_match_features

CLUSTERS = models_dir() / "de_ner" / "crf"
needs_clusters = pytest.mark.skipif(not (CLUSTERS / word_clusters.CENTROIDS).exists(),
                                    reason="models/de_ner/crf not trained")


class _Vectors:
    """Stands in for floret vectors: a fixed vector per word."""

    size = 4

    def __init__(self, table):
        self.table = table
        self.calls = 0

    def get_batch(self, words):
        self.calls += 1
        return np.array([self.table[w] for w in words], dtype="float32")


def test_lookup_reads_the_table_and_places_other_forms_by_their_vector():
    cents = {"k2": np.array([[1, 0, 0, 0], [0, 1, 0, 0]], dtype="float32"),
             "k3": np.array([[1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0.1, 0]], dtype="float32")}
    wc = word_clusters.WordClusters(cents, ["sagte"], np.array([[0, 2]], dtype="uint16"))
    vec = _Vectors({"monierte": [0.1, 1, 0, 0], "Haus": [1, 0, 0.2, 0]})
    assert wc.lookup(["sagte", "monierte", "Haus", "monierte"], vec) == [(0, 2), (1, 2), (0, 0), (1, 2)]
    assert vec.calls == 1  # the new forms of a call in one batch
    assert wc.lookup(["monierte"], vec) == [(1, 2)] and vec.calls == 1  # and kept
    # without vectors a form outside the table has no clusters
    assert word_clusters.WordClusters(cents).lookup(["sagte"], None) == [None]


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


@pytest.fixture()
def level():
    """Sets cluster_features for one test and puts the shipped value back."""
    m = config()["model"]
    old = m.get("cluster_features", 0)
    yield lambda v: m.__setitem__("cluster_features", v)
    m["cluster_features"] = old


TEXT = ("Der Minister monierte, die Regierung habe zu spät gehandelt. Das sei „ein Skandal“, sagte er. "
        "Am Abend regnete es.")


@needs_clusters
def test_off_leaves_tokens_and_features_as_before(nlp, level):
    level(0)
    doc = nlp(TEXT)
    toks = tokens_from_doc(doc, "de")
    assert all(t.cl is None and t.gcl is None and t.hcl is None and not t.grel for t in toks)
    feats = Featurizer(toks, "de").features(0, len(toks))
    assert not any(f.startswith(("k64", "k256", "k1024", "gv", "hv")) for fs in feats for f in fs)


@needs_clusters
@pytest.mark.parametrize("lvl", [1, 2])
def test_clause_of_a_cue_verb_sees_its_cluster_and_rows_match_strings(nlp, level, lvl):
    level(lvl)
    doc = nlp(TEXT)
    toks = tokens_from_doc(doc, "de")
    k = [t.text for t in toks].index("monierte")
    assert toks[k].cl is not None and len(toks[k].cl) == 3
    # the message clause hangs on the cue verb
    regierung = toks[[t.text for t in toks].index("Regierung")]
    assert regierung.grel == "ccomp" and regierung.gcl == toks[k].cl
    fz = Featurizer(toks, "de")
    feats = fz.features(0, len(toks))
    assert f"gv=ccomp|{toks[k].cl[1]}" in feats[k + 3]
    # level 2: the verbs' features only
    assert (f"k1024={toks[k].cl[2]}" in feats[k] and f"k256[-1]={toks[k].cl[1]}" in feats[k + 1]) == (lvl == 1)
    assert_rows_match_features(toks, feats)
