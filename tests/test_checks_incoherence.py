"""The off-topic perturbation generator (newsgraph/checks/perturb.py, version 2) makes insertions
like the seed's "… regionaler Stabilität und des Klimawandels …"."""

from __future__ import annotations

import random

from newsgraph.checks.perturb import common_nouns, off_topic, split_sentences

TEXT = ("Die Regierung tagte am Montag in der Hauptstadt. Der Minister sprach über die Zukunft des Verbands in der Stadt. "
        "Danach verließ er den Saal, ohne Fragen zu beantworten. Die Sitzung endete erst am späten Abend.")
DONOR = ("Der Klimawandel bedroht die Küsten im Norden. Die Folgen des Klimawandels sind groß, sagen Forscher. "
         "Sie warnen vor dem Klimawandel, weil die Gletscher in den Alpen wegen des Klimawandels schmelzen. Das ist neu.")


def _insertions(version: int) -> list[str]:
    out = []
    for k in range(40):
        made = off_topic(TEXT, split_sentences(TEXT), DONOR, random.Random(k), version, set())
        if made:
            new, d = made
            out.append(new[d.start - 30:d.end + 15])
            assert new[d.start:d.end] == d.note
    return out


def test_v2_coordinates_in_the_same_case():
    conj = [s for s in _insertions(2) if "Klimawandel" in s and "Gletscher" not in s]
    assert conj, "no conjunct was inserted"
    # only after the genitive "des Verbands": the donor's "dem Klimawandel" has no dative sibling here
    assert all("des Verbands und des Klimawandels in" in s or "des Verbands sowie des Klimawandels in" in s
               or "des Verbands oder des Klimawandels in" in s for s in conj), conj


def test_v2_appends_whole_adverbial_clauses():
    clauses = [s for s in _insertions(2) if "Gletscher" in s]
    assert clauses
    assert all(", weil die Gletscher in den Alpen wegen des Klimawandels schmelzen." in s for s in clauses), clauses


def test_common_nouns_are_not_off_topic_material():
    topics = ["Q" + "".join(chr(97 + (i // 26 ** p) % 26) for p in range(3)) + "ung" for i in range(50)]
    pool = [f"Im Jahr des Landes sprach der Minister über die {t}." for t in topics]
    common = common_nouns(pool)
    assert "landes" in common and "minist" in common
    assert not any(k.startswith("q") for k in common)


def test_seed_climate_is_the_most_likely_off_topic_conjunct():
    """The classifier (models/checks_de/offtopic.json) ranks the seed's insertion first among the
    seed's conjuncts, though below the threshold set for few false flags (see the xfail in
    test_checks.py)."""
    from pathlib import Path

    from newsgraph import nlp as nlp_stage
    from newsgraph.checks.article import ArticleChecks
    from newsgraph.checks.config import section
    from newsgraph.checks.tagging import tag_doc
    from newsgraph.checks.topic import article_topic, determiners, probability, scored_candidates

    text = (Path(__file__).resolve().parent.parent / "newsgraph/data/samples/seed_de.txt").read_text("utf-8")
    checks = ArticleChecks()
    assert checks.offtopic_model is not None
    sents = tag_doc(nlp_stage.load("de")(text))
    cfg = section("topic")
    topic = article_topic(sents, checks.vectors, cfg)
    scored = sorted((probability(checks.offtopic_model["conjunct"], f), " ".join(t.text for t in seg.toks))
                    for seg, _fits, f in scored_candidates(sents, topic, ("conjunct",), determiners(cfg)))
    assert len(scored) >= 2
    assert scored[-1][1] == "und des Klimawandels", scored


def test_v3_dangling_keeps_the_verbs_number():
    """Generator v3 swaps only nouns of a singular-verb subject (the donors' nouns are singular);
    v2 also made "Die Cohabitation wurden …"."""
    from newsgraph.checks.perturb import dangling

    text = ("Ein Bus ist verunglückt. Die Polizei sperrte die Straße. Die Insassen wurden ins Krankenhaus gebracht. "
            "Die Feuerwehr kam am Abend. Die Ermittler gehen von einem Unfall aus.")
    donor = "Sie schrieb eine Beschwerde an die Stadt. Die Beschwerde blieb ohne Antwort."
    sents = split_sentences(text)
    v2, v3 = set(), set()
    for k in range(60):
        for version, out in ((2, v2), (3, v3)):
            made = dangling(text, sents, random.Random(k), donor, version)
            if made:
                out.add(made[1].note.split(" for ")[1])
    assert v3 == {"Die Feuerwehr"}, v3
    assert {"Die Insassen", "Die Ermittler"} <= v2, v2
