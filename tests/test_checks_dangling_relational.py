"""The relational-noun counts of the dangling check (training/checks/dangling_relational.py, newsgraph/checks/dangling.py
``relational_features``; checks_de card, round 21): a noun the corpus ties to a possessor ("der Sprecher der Polizei",
"sein Sprecher") scores above one it introduces on its own ("ein Brief"), an unseen compound takes its head's counts,
and the check reads the table only for a model that names the features."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsgraph.checks.dangling import RELATIONAL_FEATURES, relational_features

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def count():
    pytest.importorskip("scipy")  # build_model.py, which the script imports for its corpus, needs it
    sys.path.insert(0, str(ROOT / "training" / "checks"))
    spec = importlib.util.spec_from_file_location("dangling_relational", ROOT / "training/checks/dangling_relational.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.count


TEXTS = [
    "Am Montag sagte der Sprecher der Polizei, die Lage sei ruhig. Ein Brief lag auf dem Tisch.",
    "Wie der Sprecher des Ministeriums mitteilte, wurde der Brief gestern verschickt.",
    "Sein Sprecher wollte sich nicht äußern. Der Brief kam aus Berlin.",
    "Laut dem Sprecher von Greenpeace ist der neue Brief gefälscht. Den Brief schrieb ein Anwalt.",
]


def table(count) -> dict:
    return {"counts": count(TEXTS), "prior": [0.13, 0.03], "strength": 1.0}


def test_a_noun_tied_to_a_possessor_scores_above_one_that_stands_alone(count):
    t = table(count)
    assert t["counts"]["sprech"][1] == 3  # "der Sprecher der Polizei / des Ministeriums / von Greenpeace"
    assert t["counts"]["sprech"][2] == 1  # "Sein Sprecher"
    sprecher, brief = relational_features("Sprecher", t), relational_features("Brief", t)
    assert sprecher["rel_gen"] > brief["rel_gen"]
    assert sprecher["rel_poss"] > brief["rel_poss"]


def test_an_unseen_compound_takes_its_heads_counts_and_an_unknown_word_the_prior(count):
    t = table(count)
    assert relational_features("Regierungssprecher", t) == relational_features("Sprecher", t)
    assert relational_features("Zauberwürfel", t) == {"rel_gen": 0.13, "rel_poss": 0.03}
    assert relational_features("Sprecher", None) == {"rel_gen": 0.0, "rel_poss": 0.0}


def test_the_check_reads_the_table_only_for_a_model_that_names_the_features():
    from newsgraph.checks.article import ArticleChecks

    checks = ArticleChecks()
    uses = checks.dangling_model is not None and any(f in RELATIONAL_FEATURES for f in checks.dangling_model["features"])
    assert (checks.relational is not None) == uses
