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
