"""Round 28 (c1): generator v4's cut-antecedent copies as training rows of the dangling model (train_dangling.py --gen 3 4)
must come from quotes-de train articles only, never from an article of the hand-labelled real set they are judged on."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
needs_shared = pytest.mark.skipif(not (SHARED / "data/quotes-de/data/train").exists(), reason="needs ../shared/data")


@pytest.fixture(scope="module")
def td():
    sys.path.insert(0, str(ROOT / "training" / "checks"))
    import train_dangling

    return train_dangling


def test_the_real_sets_articles_are_every_article_it_names(td, tmp_path):
    names = td.real_set_articles()
    rows = [json.loads(x) for x in td.REAL_SET.read_text("utf-8").splitlines() if x.strip()]
    assert names == {r["article"] for r in rows}
    # the 14 dangling rows are cut copies; their articles are among the excluded
    assert {r["article"] for r in rows if r["label"] == "dangling"} <= names
    p = tmp_path / "set.jsonl"
    p.write_text(json.dumps({"article": "a"}) + "\n\n" + json.dumps({"article": "b"}) + "\n", "utf-8")
    assert td.real_set_articles(p) == {"a", "b"}
    assert td.real_set_articles(tmp_path / "missing.jsonl") == set()


@needs_shared
def test_cut_rows_from_dev_10kgnad_or_the_real_set_are_refused(td):
    from newsgraph.checks.perturb import load_quotes_de

    train = [n for n, _, _ in load_quotes_de("train")]
    dev = [n for n, _, _ in load_quotes_de("dev")]
    real = td.real_set_articles()
    free = next(n for n in train if n not in real)
    in_real = next(n for n in train if n in real)
    td.check_cut_sources({free}, real)  # a train article outside the real set is allowed
    for bad in (dev[0], in_real, "10kgnad-5-Sport"):
        with pytest.raises(ValueError):
            td.check_cut_sources({free, bad}, real)
