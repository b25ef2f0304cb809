"""Round 24's predicate fit of a dangling candidate at run time (newsgraph/checks/dangling.py ``predicate_fit``,
``[dangling] predicate_fit``; checks_de card "Round 24 … predicate fit at run time (h13)"): the candidate noun against the
word governing it in the parse, by the shipped floret's input . output vectors."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks import article as article_mod
from newsgraph.checks.article import ArticleChecks
from newsgraph.checks.config import section
from newsgraph.checks.dangling import PF_CONTRAST, PF_FEATURES, PF_SELECT, definite_nps, predicate_fit
from newsgraph.checks.tagging import tag_doc
from newsgraph.checks.topic import article_topic
from newsgraph.checks.vectors import load_subword, load_vectors
from newsgraph.config import models_dir
from newsgraph.model import Analysis, Article

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "newsgraph/data/samples/seed_de.txt").read_text("utf-8")
MODELS = str(models_dir() / "checks_de")
UNKNOWN = {"pf_own": 0.0, "pf_rank": 0.5, "pf_known": 0.0, "pf_spread": 0.0, "pf_rank_x": 0.0, "pf_own_x": 0.0,
           "pf_role_gap": 0.0, "pf_role_rank": 0.5, "pf_role_known": 0.0}


@pytest.fixture(scope="module")
def seed_parts():
    sents = tag_doc(nlp_stage.load("de")(SEED))
    topic = article_topic(sents, load_vectors(MODELS), section("topic"), load_subword(MODELS))
    return sents, topic


def test_the_fit_is_the_nouns_association_with_its_head(seed_parts):
    """Each sentence-initial definite subject of the seed is scored against its head in the parse; where the head has an
    output vector the fit is log-sigmoid(input . output) of that word, and the rank a share of the article's nouns."""
    sents, topic = seed_parts
    sub = topic.subword
    known = roles = 0
    for cand in definite_nps(sents):
        toks = sents[cand.sent]
        f = predicate_fit(cand, topic, toks)
        assert set(f) == set(PF_FEATURES + PF_SELECT + PF_CONTRAST)
        head = next((t for t in toks if t.i == cand.noun.head and t.i != cand.noun.i), None)
        direct = None
        if head is not None:
            direct = sub.fit_to([cand.noun.text], head.text)
            if direct is None:
                direct = sub.fit_to([cand.noun.text], head.lemma)
        if direct is None:
            assert f == UNKNOWN
            continue
        known += 1
        assert f["pf_known"] == 1.0 and f["pf_own"] < 0
        assert math.isclose(f["pf_own"], float(direct[0]), rel_tol=1e-5)
        assert 0.0 <= f["pf_rank"] <= 1.0
        # round 25: the slot's spread over the article's nouns and the fit read through it
        assert f["pf_spread"] >= 0.0
        assert math.isclose(f["pf_rank_x"], (f["pf_rank"] - 0.5) * f["pf_spread"], abs_tol=1e-9)
        # round 26: against the nouns the article itself has in the candidate's role (its subjects, for a subject)
        role = list(dict.fromkeys(t.text for ts in sents for t in ts if t.tag == "NN" and len(t.text) >= 3
                                  and t.dep == cand.noun.dep and t.key != cand.noun.key))
        if len(role) >= 2:
            rf = sub.fit_to(role[:80], head.text if sub.fit_to([cand.noun.text], head.text) is not None else head.lemma)
            roles += 1
            assert f["pf_role_known"] == 1.0
            assert math.isclose(f["pf_role_gap"], f["pf_own"] - float(rf.mean()), abs_tol=1e-5)
            assert math.isclose(f["pf_role_rank"], float((rf > f["pf_own"]).mean()), abs_tol=1e-9)
        else:
            assert (f["pf_role_gap"], f["pf_role_rank"], f["pf_role_known"]) == (0.0, 0.5, 0.0)
    assert known >= 2 and roles >= 1
    # without the floret there is nothing to score by
    bare = article_topic(sents, load_vectors(MODELS), section("topic"), None)
    cand = definite_nps(sents)[0]
    assert predicate_fit(cand, bare, sents[cand.sent]) == UNKNOWN


def test_a_verbs_usual_subject_fits_it_better_than_a_stray_noun():
    sub = load_subword(MODELS)
    fits = sub.fit_to(["Polizei", "Blumenkohl"], "ermittelt")
    assert fits is not None and fits[0] > fits[1]
    assert sub.fit_to(["Polizei"], "xqzvbw") is None


def test_a_light_verb_spreads_its_subjects_less_than_a_selective_one():
    """Round 25's selectivity (``pf_spread``): "hat" and "ist" take almost any subject, so the same nouns fit them alike;
    "ermittelt" and "verurteilte" take some (police, courts) and not others."""
    sub = load_subword(MODELS)
    nouns = ["Polizei", "Regierung", "Minister", "Saison", "Anstieg", "Frau", "Brief", "Unternehmen", "Gericht",
             "Blumenkohl", "Stadt", "Partei", "Wetter", "Zahl", "Bericht", "Kind", "Spiel", "Mannschaft"]
    spread = {v: float(sub.fit_to(nouns, v).std()) for v in ("hat", "ist", "ermittelt", "verurteilte")}
    assert max(spread["hat"], spread["ist"]) < min(spread["ermittelt"], spread["verurteilte"])


def _flags(checks: ArticleChecks) -> list[tuple[str, str, float]]:
    a = Analysis(article=Article(id="seed", text=SEED, language="de"))
    doc = nlp_stage.load("de")(SEED)
    nlp_stage.sentences(a, doc)
    checks(a, doc)
    return sorted((f.kind, f.span.text, f.score) for f in a.flags)


def test_switch_off_reads_nothing_new_and_on_feeds_the_model(tmp_path, monkeypatch):
    """Off (the default): the shipped model and threshold, no predicate fit computed. On, with a model naming the three
    features (here the shipped one with zero weights on them): they are computed for every candidate the model judges,
    and with zero weights the flags are the same."""
    calls = []
    orig = article_mod.predicate_fit

    def spy(cand, topic, toks):
        calls.append(cand.noun.text)
        return orig(cand, topic, toks)

    monkeypatch.setattr(article_mod, "predicate_fit", spy)
    off = ArticleChecks()
    shipped = json.loads((Path(MODELS) / "dangling.json").read_text("utf-8"))
    assert not off.predicate_fit and off.dangling_model == shipped["model"]
    assert off.dangling_min_prob == section("dangling")["min_prob"]
    flags_off = _flags(off)
    assert calls == [] and ("dangling_reference", "Der Brief") in [f[:2] for f in flags_off]

    m = dict(shipped["model"])
    m.update(features=m["features"] + list(PF_FEATURES), mean=m["mean"] + [-2.0, 0.5, 0.9],
             scale=m["scale"] + [1.0, 0.3, 0.3], coef=m["coef"] + [0.0, 0.0, 0.0])
    path = tmp_path / "dangling_pf.json"
    path.write_text(json.dumps({"model": m}), "utf-8")
    on = ArticleChecks(dangling={"predicate_fit": True, "predicate_fit_model": str(path),
                                 "predicate_fit_min_prob": section("dangling")["min_prob"]})
    assert on.predicate_fit
    assert _flags(on) == flags_off
    assert "Brief" in calls


def test_the_shipped_predicate_fit_model_names_the_three_and_the_config_its_threshold():
    pf = json.loads((Path(MODELS) / section("dangling")["predicate_fit_model"]).read_text("utf-8"))
    assert pf["model"]["features"][-3:] == list(PF_FEATURES) and pf["fold_set"] == "exclude-fold"
    assert section("dangling")["predicate_fit_min_prob"] == pf["model"]["threshold"]
    assert ArticleChecks(dangling={"predicate_fit": True}).predicate_fit


def test_the_rank_times_the_slot_gap_is_fed_when_a_model_names_it(tmp_path, monkeypatch):
    """Round 26 (``pf_slot``, off): a model naming ``slot_gap`` and ``pf_rank_s`` gets the slot gap from the shipped floret
    (the extended features) and the rank times it; with zero weights on the five the flags are the shipped model's."""
    seen = []
    orig = article_mod.probability

    def spy(model, f):
        seen.append(dict(f))
        return orig(model, f)

    monkeypatch.setattr(article_mod, "probability", spy)
    flags_off = _flags(ArticleChecks())
    assert all("pf_rank_s" not in f for f in seen)
    seen.clear()
    shipped = json.loads((Path(MODELS) / "dangling.json").read_text("utf-8"))["model"]
    m = dict(shipped)
    extra = ["slot_gap", "pf_own", "pf_rank", "pf_known", "pf_rank_s"]
    m.update(features=m["features"] + extra, mean=m["mean"] + [0.0] * 5, scale=m["scale"] + [1.0] * 5,
             coef=m["coef"] + [0.0] * 5)
    path = tmp_path / "dangling_slot.json"
    path.write_text(json.dumps({"model": m}), "utf-8")
    on = ArticleChecks(dangling={"predicate_fit": True, "predicate_fit_model": str(path),
                                 "predicate_fit_min_prob": section("dangling")["min_prob"]})
    assert on.predicate_fit and on.dangling_extended
    assert _flags(on) == flags_off
    judged = [f for f in seen if "pf_rank_s" in f]
    assert judged and any(f["slot_gap"] != 0.0 for f in judged)
    for f in judged:
        assert math.isclose(f["pf_rank_s"], (f["pf_rank"] - 0.5) * f["slot_gap"], abs_tol=1e-12)
