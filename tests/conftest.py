from __future__ import annotations

import copy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "newsgraph" / "data" / "samples" / "seed_de.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def bare_pipeline():
    """The pipeline with only the nlp pass: for tests of ingest and storage, not of extractors."""
    from newsgraph.config import load
    from newsgraph.pipeline import Pipeline

    cfg = copy.deepcopy(load())
    cfg["pipeline"] = {"components": [], "corpus_components": []}
    return Pipeline(cfg)


@pytest.fixture(scope="module")
def nlp():
    """The German nlp pass (a module that needs another defines its own ``nlp``)."""
    from newsgraph import nlp as nlp_stage

    return nlp_stage.load("de")


@pytest.fixture(scope="module")
def checks():
    """The shipped article checks, for tests of the topic vectors: skipped where models/checks_de has none."""
    from newsgraph.checks.article import ArticleChecks

    c = ArticleChecks()
    if c.vectors is None:
        pytest.skip("no topic vectors in models/checks_de")
    return c
