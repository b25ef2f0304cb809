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
