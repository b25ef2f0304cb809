"""Round 25's coordination pairs (training/checks/offtopic_coord.py, checks_de card "Round 25 … h5"): which noun pairs
the outside corpora coordinate, and the pair model's inputs."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _doc(*sents: str, tags: list[list[str]] | None = None):
    return [[(w, tags[k][j] if tags else None) for j, w in enumerate(s.split())] for k, s in enumerate(sents)]


def test_pairs_are_the_nouns_either_side_of_the_conjunction():
    from training.checks.offtopic_coord import pairs

    doc = _doc("Die Ermittlungen der Polizei und der Staatsanwaltschaft dauern an .",
               "Meine sehr verehrten Damen und Herren !",
               "Es geht um Leben und die körperliche Unversehrtheit .")
    found, nouns = pairs([doc])
    assert [(a, b) for a, b, _d in found] == [("Polizei", "Staatsanwaltschaft"), ("Damen", "Herren"),
                                              ("Leben", "Unversehrtheit")]
    # every noun of the document is a candidate negative; a capitalised word opening its sentence is not read as one
    assert "Ermittlungen" in nouns[0] and "Die" not in nouns[0] and "Meine" not in nouns[0]


def test_no_pair_across_a_verb_or_from_a_sentence_opener():
    from training.checks.offtopic_coord import pairs

    doc = _doc("Polizei und Feuerwehr kamen .",                       # the first noun opens the sentence
               "Er lobte die Polizei und dankte den Helfern .")       # a verb after the conjunction: no coordination
    found, _ = pairs([doc])
    assert found == []


def test_tagged_sources_take_common_nouns_only():
    """Where the source has STTS tags (CoNLL, Europarl, UD) a name is not a noun of a pair."""
    from training.checks.offtopic_coord import pairs

    doc = _doc("Das Treffen von Merkel und der Kommission war kurz .",
               tags=[["ART", "NN", "APPR", "NE", "KON", "ART", "NN", "VAFIN", "ADJD", "$."]])
    found, nouns = pairs([doc])
    assert found == [] and nouns[0] == ["Treffen", "Kommission"]


def test_pair_inputs_from_the_shipped_vectors():
    """Products and differences of the two nouns' topic (100) and subword (64) vectors and both cosines; nothing for a
    noun without a topic vector."""
    import numpy as np

    from training.checks.offtopic_coord import TOPIC_COS, PairVectors

    pv = PairVectors(str(ROOT / "models/checks_de"))
    x = pv("Polizei", "Staatsanwaltschaft")
    assert x is not None and x.shape == (2 * 100 + 1 + 2 * 64 + 1,)
    assert np.isclose(x[TOPIC_COS], float(np.dot(pv.words.lookup("Polizei")[0], pv.words.lookup("Staatsanwaltschaft")[0])))
    assert pv("Polizei", "Xqzvbrt") is None


def test_train_side_documents_leave_out_the_rows_fold():
    """Round 26 (h6): the in-domain pairs a fold-k row's pair model reads come from the other fold's train-side articles
    only (perturb.article_folds), so neither the row's article nor its fold's donors are read."""
    import pytest

    from newsgraph.checks.perturb import article_folds, load_articles, shared_dir
    from training.checks.offtopic_coord import _TOKEN, train_side_documents

    missing = [p for p in ("data/quotes-de/data/train", "data/corpora/10kgnad/test.csv") if not (shared_dir() / p).exists()]
    if missing:
        pytest.skip(f"needs the shared {', '.join(missing)} data")

    docs = train_side_documents(0)
    first_sents = {tuple(w for w, _ in d[0]) for d in docs if d}
    n_other = 0
    for split in ("train", "gnad-side"):
        arts = load_articles(split)
        folds = article_folds(split, arts, 2)
        for name, text, spans in arts:
            s, e = spans[0]
            toks = tuple(_TOKEN.findall(text[s:e]))
            if folds[name] == 1:
                n_other += 1
                assert toks in first_sents
            elif len(toks) > 8:  # a long first sentence is the article's own (short ones may repeat: "Wien.")
                assert toks not in first_sents, name
    assert len(docs) == n_other


def test_stacked_budget_and_weight():
    """Round 26 (h6): the stacked score is compared at a budget of untouched flags, and the grid weight takes the sign
    that moves inserted candidates above untouched ones."""
    import numpy as np

    from training.checks.offtopic_stack import fit_w, found_at

    l_un = np.array([3.0, 2.0, 1.0, 0.0])
    l_ev = np.array([2.5, 1.5, 0.5])
    assert found_at(l_ev, l_un, 1)[0] == 1     # the threshold lets 3.0 through, not 2.0: one insertion above it
    assert found_at(l_ev, l_un, 0)[0] == 0
    s_un, s_ev = np.array([1.0, 1.0, 1.0, 1.0]), np.array([-1.0, -1.0, -1.0])
    assert fit_w(l_ev, s_ev, l_un, s_un, [1]) < 0
    assert fit_w(l_ev, np.zeros(3), l_un, np.zeros(4), [1]) == 0.0  # no signal: no weight
