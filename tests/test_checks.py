"""Article checks on the seed and on real Wikinews articles; contradictions between outlets.

Fixtures: newsgraph/data/samples/seed_de.txt and tests/data/checks_fixture.json (quotes-de
articles, CC BY-NC-SA 4.0)."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.article import ArticleChecks
from newsgraph.checks.config import section
from newsgraph.checks.contradictions import Contradictions
from newsgraph.checks.dangling import definite_nps
from newsgraph.checks.perturb import dangling, glue
from newsgraph.checks.tagging import tag_doc
from newsgraph.checks.topic import article_topic, conjunct_score, segments
from newsgraph.checks.vectors import load_vectors
from newsgraph.config import models_dir
from newsgraph.model import Analysis, Article, Story

ROOT = Path(__file__).resolve().parent.parent
FIX = json.loads((ROOT / "tests/data/checks_fixture.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def checks() -> ArticleChecks:
    return ArticleChecks()


def run(checks: ArticleChecks, text: str, aid: str = "a") -> Analysis:
    a = Analysis(article=Article(id=aid, text=text, language="de"))
    doc = nlp_stage.load("de")(text)
    nlp_stage.sentences(a, doc)
    checks(a, doc)
    return a


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    doc = nlp_stage.load("de")(text)
    return [(s.start_char, s.end_char) for s in doc.sents]


@pytest.fixture(scope="module")
def seed(checks) -> Analysis:
    return run(checks, (ROOT / "newsgraph/data/samples/seed_de.txt").read_text("utf-8"), "seed")


def test_seed_glued_sentences(seed):
    glued = sorted(f.span.text for f in seed.flags if f.kind == "glued_sentence")
    assert glued == ["müsse Wichtige", "nehmen mit", "seien Gewährleistung"]


def test_seed_dangling_letter(seed):
    dangling_ = [f for f in seed.flags if f.kind == "dangling_reference"]
    assert [f.span.text for f in dangling_] == ["Der Brief"]
    assert "Brief" in dangling_[0].reason


@pytest.mark.xfail(reason="the insertion is the seed's least fitting and most likely off-topic conjunct (tests below "
                          "and in test_checks_incoherence.py), but its probability (~0.24) is below the threshold (0.86) "
                          "that keeps untouched articles at few false flags; see models/checks_de/MODEL_CARD.md",
                   strict=True)
def test_seed_off_topic_climate(seed):
    assert any("Klimawandel" in f.span.text for f in seed.flags if f.kind == "off_topic")


def test_seed_climate_is_the_least_fitting_conjunct():
    """The coordination-aware score ranks the seed's insertion below every other conjunct of the
    article, even where the default threshold (set for few false flags) does not flag it."""
    text = (ROOT / "newsgraph/data/samples/seed_de.txt").read_text("utf-8")
    sents = tag_doc(nlp_stage.load("de")(text))
    cfg = section("topic")
    topic = article_topic(sents, load_vectors(str(models_dir() / "checks_de")), cfg)
    scored = []
    for seg in segments(sents):
        if seg.kind == "conjunct" and topic.fit(seg.toks) and not topic.repeated(seg.toks):
            scored.append((conjunct_score(topic, seg, cfg)[0], " ".join(t.text for t in seg.toks)))
    scored.sort()
    assert len(scored) >= 2
    assert scored[0][1] == "und des Klimawandels", scored


def test_anchored_definites_are_not_candidates():
    # "Die Anzahl der Geiseln" names its referent on the spot; "Das Konsulat wurde ..." does not
    text = FIX["untouched"][1]["text"]
    nouns = [c.noun.text for c in definite_nps(tag_doc(nlp_stage.load("de")(text)))]
    assert "Konsulat" in nouns
    assert "Anzahl" not in nouns


def test_seed_stray_spaces_not_flagged(seed):
    assert not any(f.span.text.strip() in (",", ".") for f in seed.flags)
    assert {f.kind for f in seed.flags} <= {"glued_sentence", "dangling_reference", "off_topic"}


def test_untouched_articles_get_few_flags(checks):
    flags = [f for art in FIX["untouched"] for f in run(checks, art["text"]).flags]
    assert len(flags) <= 1, [(f.kind, f.span.text) for f in flags]


def test_glued_and_dangling_perturbations_are_found(checks):
    rng = random.Random(3)
    found = {"glued_sentence": 0, "dangling_reference": 0}
    tried = {"glued_sentence": 0, "dangling_reference": 0}
    for n, art in enumerate(FIX["untouched"]):
        text = art["text"]
        spans = _sentence_spans(text)
        donor = " ".join(a["text"] for m, a in enumerate(FIX["untouched"]) if m != n)
        for kind, made in (("glued_sentence", glue(text, spans, rng)),
                           ("dangling_reference", dangling(text, spans, rng, donor))):
            if made is None:
                continue
            new, defect = made
            tried[kind] += 1
            flags = run(checks, new).flags
            if any(f.kind == kind and f.span.start < defect.end and defect.start < f.span.end for f in flags):
                found[kind] += 1
    assert tried["glued_sentence"] >= 2 and found["glued_sentence"] >= tried["glued_sentence"] - 1
    assert tried["dangling_reference"] >= 1


def test_duplicate_paragraph_and_truncation(checks):
    text = FIX["untouched"][0]["text"].strip()
    first_par = text.split("\n")[0]
    flags = run(checks, text + "\n\n" + first_par).flags
    assert any(f.kind == "duplicate_paragraph" for f in flags)
    cut = text[: text.rfind(" ", 0, len(text) - 10)]
    assert any(f.kind == "truncated" for f in run(checks, cut).flags)


def test_contradicting_casualty_figures_flag_both_spans():
    base = FIX["contradiction"]["text"]
    assert "18 Menschen getötet" in base
    other = base.replace("18 Menschen getötet", "21 Menschen getötet")
    a = Analysis(article=Article(id="a1", text=base, language="de", outlet="Outlet A", published=date(2008, 8, 13)))
    b = Analysis(article=Article(id="b1", text=other, language="de", outlet="Outlet B", published=date(2008, 8, 13)))
    story = Story(id="s1", article_ids=["a1", "b1"])
    flags = Contradictions().compare(story, [a, b])
    nums = [f for f in flags if f.kind == "contradiction" and f.span.label == "number"]
    assert len(nums) == 1
    f = nums[0]
    assert {f.article_id, f.other_article_id} == {"a1", "b1"}
    texts = {f.article_id: f.span.text, f.other_article_id: f.other_span.text}
    assert texts == {"a1": "18", "b1": "21"}
    assert f.story_id == "s1"
    # the same figures in both reports are no contradiction
    same = Analysis(article=Article(id="c1", text=base, language="de", outlet="Outlet C", published=date(2008, 8, 13)))
    assert not [x for x in Contradictions().compare(story, [a, same]) if x.span.label == "number"]


def test_any_count_that_differs_in_a_near_identical_passage_is_a_contradiction():
    base = FIX["contradiction"]["text"]
    assert "mindestens sieben Angehörige" in base
    other = base.replace("mindestens sieben Angehörige", "mindestens neun Angehörige")
    a = Analysis(article=Article(id="a1", text=base, language="de", outlet="Outlet A", published=date(2008, 8, 13)))
    b = Analysis(article=Article(id="b1", text=other, language="de", outlet="Outlet B", published=date(2008, 8, 13)))
    story = Story(id="s1", article_ids=["a1", "b1"])
    nums = [f for f in Contradictions().compare(story, [a, b]) if f.span.label == "number"]
    assert [{f.span.text, f.other_span.text} for f in nums] == [{"sieben", "neun"}]
    # an outlet that only leaves a sentence out says nothing different
    cut = base.replace("Es wird angenommen, dass die Explosion ferngezündet war. ", "")
    assert cut != base
    c = Analysis(article=Article(id="c1", text=cut, language="de", outlet="Outlet C", published=date(2008, 8, 13)))
    assert Contradictions().compare(story, [a, c]) == []


@pytest.fixture(scope="module")
def seed_pair_analyses():
    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem
    from newsgraph.pipeline import Pipeline

    seed = (ROOT / "newsgraph/data/samples/seed_de.txt").read_text("utf-8")
    moved = seed.replace("Er bekräftigte am Donnerstag in Brüssel", "Er bekräftigte am Montag in Brüssel")
    assert moved != seed
    pipe = Pipeline()
    out = {}
    for key, outlet, text in (("a", "Outlet A", seed), ("same", "Outlet B", seed), ("moved", "Outlet C", moved)):
        art = build_article(RawItem(text=text, source_path=key), 1,
                            {"language": "de", "published": "2024-12-20", "outlet": outlet})
        art.id = key
        out[key] = pipe.analyse([art])[0]
    return out


def test_the_same_report_from_two_outlets_contradicts_nothing(seed_pair_analyses):
    a, same = seed_pair_analyses["a"], seed_pair_analyses["same"]
    assert len(a.claims) >= 5  # many similar claims: each must meet its own copy, not a neighbour
    assert Contradictions().compare(Story(id="s", article_ids=["a", "same"]), [a, same]) == []


def test_a_weekday_moved_by_one_outlet_is_a_date_contradiction(seed_pair_analyses):
    a, moved = seed_pair_analyses["a"], seed_pair_analyses["moved"]
    flags = Contradictions().compare(Story(id="s", article_ids=["a", "moved"]), [a, moved])
    dates = [f for f in flags if f.span.label == "date"]
    assert dates, [f.reason for f in flags]
    texts = {f.article_id: f.span.text for f in dates} | {f.other_article_id: f.other_span.text for f in dates}
    assert "Donnerstag" in texts["a"] and "Montag" in texts["moved"]
