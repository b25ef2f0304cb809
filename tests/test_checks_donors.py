"""Donors of the perturbation generator under cross-fitting (newsgraph/checks/perturb.py, round 15): with
``donor_folds`` every off-topic or dangling insertion takes its words from an article of its own fold, which the fold's
topic vectors and counts never saw; by default donors come from any article (the eval sets are generated so)."""

from __future__ import annotations

import pytest

from newsgraph.checks import perturb


@pytest.fixture(scope="module")
def train_articles():
    if not (perturb.shared_dir() / "data/quotes-de/data/train").exists():
        pytest.skip("needs the shared quotes-de data")
    return perturb.load_articles("train")


def _donor_folds(samples, folds):
    return [(folds[s.source], folds[s.donor]) for s in samples if s.perturbation in ("off_topic", "dangling_reference")]


def test_donors_stay_in_the_articles_fold(train_articles):
    folds = perturb.article_folds("train", train_articles, 2)
    pairs = _donor_folds(perturb.generate("train", 101, limit=80, donor_folds=2), folds)
    assert len(pairs) >= 40
    assert all(a == d for a, d in pairs)


def test_by_default_donors_come_from_any_article(train_articles):
    folds = perturb.article_folds("train", train_articles, 2)
    samples = perturb.generate("train", 101, limit=80)
    pairs = _donor_folds(samples, folds)
    # about half the donors lie in the other fold: what the option exists to avoid
    assert 0.25 < sum(a != d for a, d in pairs) / len(pairs) < 0.75
    # the option changes only the perturbed copies, never the untouched ones
    folded = {s.id: s.text for s in perturb.generate("train", 101, limit=80, donor_folds=2) if s.perturbation == "none"}
    assert folded == {s.id: s.text for s in samples if s.perturbation == "none"}


def test_gnad_rows_fold_by_row_index():
    arts = [("10kgnad-6-Sport", "", []), ("10kgnad-7-Web", "", []), ("10kgnad-9-Kultur", "", [])]
    assert perturb.article_folds("gnad-side", arts, 2) == {"10kgnad-6-Sport": 0, "10kgnad-7-Web": 1, "10kgnad-9-Kultur": 1}


def test_appended_copies_for_training(train_articles):
    """Round 23's training-only clause copies (``perturb.generate_appended``): several copies of one article, each with
    one adverbial clause of a donor of the article's own fold appended to a sentence, each clause different, each with a
    noun the host article never uses; the untouched copy is ``generate``'s."""
    folds = perturb.article_folds("train", train_articles, 2)
    samples = perturb.generate_appended("train", 201, copies=4, donor_folds=2, limit=60)
    ins = [s for s in samples if s.perturbation == "off_topic"]
    clean = {s.source: s.text for s in samples if s.perturbation == "none"}
    # about one clause per article from a 30-article fold pool (two per article on the full split), against a clause
    # for one insertion in twelve from generate (below)
    assert len(clean) >= 40 and len(ins) >= 0.7 * len(clean)
    by_source: dict[str, list[str]] = {}
    for s in ins:
        d = s.defects[0]
        clause = s.text[d.start:d.end]
        assert clause == d.note and clause.split()[0] in ("weil", "nachdem", "obwohl", "während", "als", "bevor", "wobei",
                                                           "seitdem", "sodass", "wenn")
        # pasted before a sentence's final period, after a comma; the rest of the text is the untouched article
        assert s.text[d.start - 2:d.start] == ", " and s.text[d.end] == "."
        assert s.text[:d.start - 2] + s.text[d.end:] == clean[s.source]
        assert folds[s.donor] == folds[s.source] and s.donor != s.source
        by_source.setdefault(s.source, []).append(clause)
    assert all(len(set(c)) == len(c) for c in by_source.values())
    assert max(len(c) for c in by_source.values()) >= 3
    # the scored sets' generator is not touched: a clause for a small share of its insertions only
    gen = [s for s in perturb.generate("train", 201, limit=60, donor_folds=2) if s.perturbation == "off_topic"]
    assert sum(s.defects[0].note.split()[0] not in ("und", "oder", "sowie") for s in gen) < 0.25 * len(gen)


def test_conjunct_copies_for_training(train_articles):
    """Round 24's training-only conjunct copies (``perturb.generate_conjuncts``): each a definite noun phrase of a donor
    of the article's own fold coordinated with a phrase of the host that has the same article word, the rest the
    untouched article; the same-domain share (``near``) takes the donor sharing the most nouns with the host, so those
    donors share more of the host's nouns than the others (the far ones, ``generate``'s choice)."""
    import random

    folds = perturb.article_folds("train", train_articles, 2)
    samples = perturb.generate_conjuncts("train", 301, copies=2, donor_folds=2, near=0.5, limit=80)
    ins = [s for s in samples if s.perturbation == "off_topic"]
    clean = {s.source: s.text for s in samples if s.perturbation == "none"}
    assert len(clean) >= 50 and len(ins) >= 0.5 * len(clean)
    text_of = {n: t for n, t, _ in train_articles}
    near_shared, far_shared = [], []
    for s in ins:
        d = s.defects[0]
        phrase = s.text[d.start:d.end]
        conj, art = phrase.split()[:2]
        assert phrase == d.note and conj in ("und", "oder", "sowie") and art in ("der", "die", "das", "des", "dem", "den")
        assert s.text[:d.start - 1] + s.text[d.end:] == clean[s.source]
        # coordinated with a phrase of the same article word: "… des Bauverbands und des Klimawandels"
        before = s.text[:d.start - 1].split()
        assert art in before[-4:-1]
        assert folds[s.donor] == folds[s.source] and s.donor != s.source
        c = s.id.split(":conjunct")[1]
        near = random.Random(f"301:{s.source}:conjunct{c}").random() < 0.5
        own, dn = set(perturb._nouns(clean[s.source])), set(perturb._nouns(text_of[s.donor]))
        (near_shared if near else far_shared).append(len(own & dn) / (1 + len(dn)))
    assert near_shared and far_shared
    assert sum(near_shared) / len(near_shared) > 1.5 * sum(far_shared) / len(far_shared)
