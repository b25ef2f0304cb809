"""Round 24's predicate-fit features of a conjunct (training/checks/predicate_fit.py, checks_de card "Round 24 …
predicate fit (h11)"): the word governing a coordination, and the skip-gram association of a noun with it."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _doc(text: str):
    from newsgraph import nlp as nlp_stage

    return nlp_stage.load("de")(text)


def test_the_governor_of_a_genitive_coordination_is_its_noun():
    """The seed's sentence: "Stabilität und des Klimawandels" fill the genitive slot of "Erreichung"; the second conjunct
    climbs to the same governor through the coordination."""
    from training.checks.predicate_fit import governors

    doc = _doc("Die Minister betonten, dass Investitionen für die Erreichung dauerhafter regionaler Stabilität und des "
               "Klimawandels von entscheidender Bedeutung seien.")
    idx = {t.text: t.i for t in doc}
    assert [doc[g].text for g in governors(doc, idx["Stabilität"])] == ["Erreichung"]
    assert [doc[g].text for g in governors(doc, idx["Klimawandels"])] == ["Erreichung"]


def test_the_governor_of_coordinated_objects_is_their_verb():
    from training.checks.predicate_fit import governors

    doc = _doc("Die Ermittler befragten die Zeugen und die Nachbarn.")
    idx = {t.text: t.i for t in doc}
    assert [doc[g].text for g in governors(doc, idx["Nachbarn"])] == ["befragten"]
    assert governors(doc, idx["befragten"]) == []  # the root governs nothing above it


def test_fit_to_a_governor_reads_the_output_vectors():
    """An object the verb takes in the news fits it better than a noun it never takes; a governor without an output
    vector gives nothing."""
    from newsgraph.checks.vectors import load_subword
    from training.checks.predicate_fit import _fit_to

    sub = load_subword(str(ROOT / "models/checks_de"))
    fits = _fit_to(sub, ["Zeugen", "Niederschlag"], "befragten")
    assert fits is not None and fits.shape == (2,) and (fits < 0).all()
    assert fits[0] > fits[1]
    assert _fit_to(sub, ["Zeugen"], "xqzvbw") is None
