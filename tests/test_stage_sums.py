"""Issue #9, round 25 (h10): three of our stages' sums computed in fewer Python steps must give the very floats the
step-by-step sums gave (bench/README, "Twenty-fifth round: our stages (h10)"), and the senses filter's compiled
patterns must follow the settings dict it is given. The references below are the loops the code had before."""

from __future__ import annotations

import math
import tomllib

import numpy as np

from newsgraph.extract.event_lexicon import CONFIG_DIR
from newsgraph.extract.event_senses import sense_filter
from newsgraph.extract.events import Hit

SEED = "newsgraph/data/samples/seed_de.txt"


def test_type_classifier_scores_equal_the_per_feature_sums():
    from newsgraph.extract.event_classifier import classifier, features

    clf = classifier()
    sents = [("Die Polizei nahm am Montag in Berlin drei Verdächtige fest.", ["nahm fest"], ["asserted"]),
             ("Tausende demonstrierten gegen die Regierung und forderten ihren Rücktritt.",
              ["demonstrierten", "forderten"], ["asserted", "asserted"]),
             ("Der Minister soll den Angriff verurteilt haben.", ["Angriff", "verurteilt"], ["reported", "reported"])]
    for sent, words, mods in sents:
        hits = [Hit("PROTEST", sent.index(w.split()[0]), sent.index(w.split()[0]) + len(w.split()[0]), w.split()[0])
                for w in words]
        feats = features(sent, "de", hits, mods)
        scores = list(clf.intercept)
        for name, val in feats.items():
            for i, wi in enumerate(clf.weights.get(name, ())):
                scores[i] += wi * val
        m = max(scores)
        exp = [math.exp(s - m) for s in scores]
        want = {c: e / sum(exp) for c, e in zip(clf.classes, exp)}
        assert len(feats) > 3
        assert clf.proba(feats) == want  # exactly: the same additions in the same order


def test_article_topic_sums_equal_the_word_by_word_sums():
    from pathlib import Path

    from newsgraph import nlp as nlp_stage
    from newsgraph.checks.tagging import tag_doc
    from newsgraph.checks.topic import ArticleTopic
    from newsgraph.checks.vectors import load_vectors
    from newsgraph.config import models_dir

    root = Path(__file__).resolve().parents[1]
    sents = tag_doc(nlp_stage.load("de")((root / SEED).read_text("utf-8")))
    topic = ArticleTopic(sents, load_vectors(str(models_dir() / "checks_de")), set())
    assert topic.n > 20 and len(topic.sent_total) > 5
    total = sum((v * w for v, w in topic.word.values()), np.zeros(topic.total.shape, dtype=np.float32))
    per: dict[int, np.ndarray] = {}
    for i, (v, w) in topic.word.items():
        per[topic.sent_of[i]] = per.get(topic.sent_of[i], 0) + v * w
    assert topic.total.dtype == np.float32 and topic.total.tobytes() == total.tobytes()
    assert list(per) == list(topic.sent_total)
    assert all(per[k].tobytes() == topic.sent_total[k].tobytes() for k in per)


def test_the_senses_filter_reads_each_settings_dict_it_is_given():
    senses = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))["classifier"]["senses"]
    sent = "Zwölf Todesopfer forderte ein Taifun."
    hits = [Hit("REQUEST", sent.index("forderte"), sent.index("forderte") + 8, "forderte")]
    on = {"idioms": senses["idioms"]}
    assert sense_filter(on, "de", sent, hits) == []
    assert sense_filter(on, "de", sent, hits) == []  # the second call finds the first's patterns
    off = {"idioms": {"de": [r"\bmit Hilfe\b"]}}  # another dict, another idiom: the hit stays
    assert sense_filter(off, "de", sent, hits) == hits
    assert sense_filter(on, "de", sent, hits) == []
