"""Round 27's hand-labelled REAL definite NPs for the dangling check (tests/data/checks_dangling_real.jsonl, built by
training/checks/dangling_real.py; checks_de card "Round 27 … h6"): the set's rows point at their words, the cuts remove
whole sentences, and the shipped model keeps the one real cut-antecedent reference it flagged when the set was scored."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SET = ROOT / "tests/data/checks_dangling_real.jsonl"
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
needs_shared = pytest.mark.skipif(not (SHARED / "data/quotes-de/data/train").exists(), reason="needs ../shared/data")


def _rows() -> list[dict]:
    return [json.loads(x) for x in SET.read_text("utf-8").splitlines() if x.strip()]


def test_cut_text_removes_whole_sentences_up_to_the_next_one():
    from training.checks.dangling_real import cut_text

    text = "Ein Brief kam an. Er war lang. Der Brief wurde vorgelegt. Ende."
    spans = [(0, 17), (18, 30), (31, 57), (58, 63)]
    assert cut_text(text, spans, [0]) == "Er war lang. Der Brief wurde vorgelegt. Ende."
    assert cut_text(text, spans, [1, 3]) == "Ein Brief kam an. Der Brief wurde vorgelegt. "
    assert cut_text(text, spans, None) == text


def test_the_set_is_labelled_and_every_row_is_a_definite_np():
    rows = _rows()
    assert {r["label"] for r in rows} == {"antecedent", "bridging", "dangling"}
    assert all(r["note"] for r in rows)
    keys = [(r["article"], tuple(r["cut"] or ()), r["start"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["np"].split()[0] in ("Der", "Die", "Das", "Den", "Dem") and r["sentence"].startswith(r["np"]) for r in rows)
    # a cut never removes the first sentence (generator v4's rule)
    assert all(0 not in r["cut"] for r in rows if r["cut"])


@needs_shared
def test_untouched_rows_point_at_their_np_in_the_source_text():
    from training.checks.dangling_real import sources

    texts = dict(sources())
    for r in _rows():
        if r["cut"] is None:
            assert texts[r["article"]][r["start"]:].startswith(r["np"]), r


@needs_shared
def test_shipped_model_flags_the_real_report_whose_introduction_was_cut():
    """'Der Bericht bestätigt …' after the IPCC sentence that named the report is cut: the only dangling row of the set the
    shipped model flags (round 27); h7's K8 (slot gap + predicate-fit rank) drops it (0.827 < 0.8479), as it drops the
    seed's 'Der Brief'."""
    from newsgraph import nlp as nlp_stage
    from newsgraph.checks.article import ArticleChecks
    from newsgraph.checks.tagging import tag_doc
    from training.checks.dangling_real import cut_text, scored, sent_spans, sources

    row = next(r for r in _rows() if r["np"] == "Der Bericht" and r["label"] == "dangling")
    text = dict(sources())[row["article"]]
    nlp = nlp_stage.load("de")
    new = cut_text(text, sent_spans(tag_doc(nlp(text))), row["cut"])
    assert new[row["start"]:].startswith("Der Bericht bestätigt")
    checks = ArticleChecks()
    threshold = checks.dangling_min_prob
    checks.dangling_min_prob = 0.0
    _, probs = scored(checks, nlp, new)
    assert probs[row["start"]] >= threshold
