"""The complement model's cue-word lexicon feature (quotes_acts.lex_feature; training/quotes/comp_lexicon.py; de_acts
card, Round 26, h9): the rate of a candidate's words is smoothed, bucketed, and fitted leak-free — the counts an
article's row and model see never hold that article's own words."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract import quotes_acts
from newsgraph.extract.quotes import model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "quotes"))

DEV = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")) / "data" / "quotes-de" / "data" / "dev"
pytestmark = pytest.mark.skipif(not model_available("de"), reason="de parser not installed")

TEXT = "Die Wissenschaftler fanden heraus, dass es sich bei dem Klumpen um Stein handelte."


def _candidate():
    doc = nlp_stage.load("de")(TEXT)
    toks = tokens_from_doc(doc, "de")
    comp = quotes_acts.complement(doc, toks, 0, len(toks))
    assert comp is not None
    return doc, toks, comp


def test_the_candidate_verb_is_keyed_with_its_particle_and_its_rate_is_smoothed():
    doc, toks, comp = _candidate()
    keys = (quotes_acts.lex_key(doc[toks[comp[0]].i]), quotes_acts.lex_key(comp[1]))
    assert "herausfinden" in keys
    lex = {"prior": 0.05, "m": 5}
    # a word train never had is its own bucket, not the prior's
    assert quotes_acts.lex_feature(keys, dict(lex, counts={})) == "clex=unseen"
    # nine gold cues in ten occurrences: a cue word
    assert quotes_acts.lex_feature(keys, dict(lex, counts={"herausfinden": [9, 10]})) == "clex=0.5+"
    # one hit in one occurrence is not read as a sure cue: (1 + 5 * 0.05) / 6 ~ 0.21
    assert quotes_acts.lex_feature(keys, dict(lex, counts={"herausfinden": [1, 1]})) == "clex=<0.35"
    assert quotes_acts.lex_feature(keys, dict(lex, counts={"herausfinden": [0, 60]})) == "clex=<0.02"
    f = quotes_acts.comp_features(doc, toks, comp, [False], 0, lex=dict(lex, counts={"herausfinden": [9, 10]}))
    assert [x for x in f if x.startswith("clex=")] == ["clex=0.5+"]
    assert not [x for x in quotes_acts.comp_features(doc, toks, comp, [False], 0) if x.startswith("clex=")]


def test_the_comp_lex_model_is_used_only_with_the_switch_on():
    model = {"comp": {"id": "old"}, "comp_lex": {"id": "lex"}}
    old = config()["model"].get("comp_lexicon", False)
    try:
        config()["model"]["comp_lexicon"] = False
        assert quotes_acts.comp_model_of(model)["id"] == "old"
        config()["model"]["comp_lexicon"] = True
        assert quotes_acts.comp_model_of(model)["id"] == "lex"
        assert quotes_acts.comp_model_of({"comp": {"id": "old"}})["id"] == "old"
    finally:
        config()["model"]["comp_lexicon"] = old


@pytest.mark.skipif(not DEV.exists(), reason="quotes-de dev not here")
def test_fold_counts_leave_out_the_articles_own_fold():
    import comp_lexicon

    from newsgraph.eval.quotes import read_dir

    gold = read_dir(DEV)[:10]
    nlp = nlp_stage.load("de")
    docs = [nlp(g.text) for g in gold]
    fc = comp_lexicon.fold_counts(gold, docs)
    every = set(range(comp_lexicon.K))
    seen_elsewhere = checked = 0
    for a, doc in enumerate(docs):
        own = {quotes_acts.lex_key(t) for t in doc if not (t.is_punct or t.is_space)}
        others = {quotes_acts.lex_key(t) for b, d in enumerate(docs) if b % 5 != a % 5 for t in d
                  if not (t.is_punct or t.is_space)}
        lex = comp_lexicon.lexicon(fc, every - {a % 5})
        for w in own - others:
            # a word only the article's own fold has is unseen for it, whatever its gold says
            assert w not in lex["counts"], (a, w)
            assert quotes_acts.lex_feature((w,), lex) == "clex=unseen"
            checked += 1
        # and the counts are those of the other folds' articles, hits included
        for w in own & others:
            occ = sum(1 for b, d in enumerate(docs) if b % 5 != a % 5 for t in d if quotes_acts.lex_key(t) == w
                      and not (t.is_punct or t.is_space))
            assert lex["counts"][w][1] == occ
            seen_elsewhere += 1
    assert checked and seen_elsewhere
    # the gold cues count: dev's cue words are hits in the lexicon of all ten articles
    allx = comp_lexicon.lexicon(fc, every)
    assert sum(h for h, _ in allx["counts"].values()) > 10 and 0 < allx["prior"] < 0.5


def test_the_switch_runs_the_lexicon_model_with_its_lexicon_file(tmp_path):
    """Run time: weights.json's comp_lex names its counts file beside it; with [model] comp_lexicon on, the
    candidate's bucket decides (here a model that knows nothing but the bucket)."""
    import json

    from newsgraph.config import models_dir

    shipped = json.loads((models_dir() / "de_acts" / "weights.json").read_text("utf-8"))
    doc, toks, _ = _candidate()
    found = {}
    for name, hits in (("cue", [9, 10]), ("plain", [0, 60])):
        d = tmp_path / name
        d.mkdir()
        (d / "comp_lexicon.json").write_text(json.dumps({"counts": {"herausfinden": hits}, "prior": 0.05, "m": 5}))
        model = dict(shipped, comp_lex={"weights": {"bias": -5.0, "clex=0.5+": 10.0}, "threshold": 0.5,
                                        "lexicon": "comp_lexicon.json"})
        (d / "weights.json").write_text(json.dumps(model))
        loaded = quotes_acts.load_acts(str(d))
        assert loaded["comp_lex"]["lexicon"]["counts"] == {"herausfinden": hits}
        old = config()["model"].get("comp_lexicon", False)
        config()["model"]["comp_lexicon"] = True
        try:
            found[name] = [q for q in quotes_acts.add_acts(doc, toks, [], loaded) if q.mode == "Indirect"]
        finally:
            config()["model"]["comp_lexicon"] = old
    assert len(found["cue"]) == 1 and not found["plain"]
    q = found["cue"][0]
    assert TEXT[q.message[0][0]:q.message[-1][1]].startswith("dass es sich")
