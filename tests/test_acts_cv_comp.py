"""training/quotes/acts_cv.py's CV complement models (de_cues card Round 25, h1; de_quotes card Round 25, h13): the
honest cross-fitted train figure needs the shipped de_acts's "comp" step, and model f may never see the articles it
is used for (article a belongs to model a % 5, as the sentence models)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract import quotes_acts
from newsgraph.extract.quotes import model_available
from newsgraph.extract.quotes_features import tokens_from_doc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "quotes"))

pytestmark = pytest.mark.skipif(not model_available("de") or quotes_acts.load_acts("de_acts") is None,
                                reason="de_quotes taggers or de_acts weights not installed")

# one complement candidate per article; articles 0-4 hold the Indirect ones (one per fold), 5-9 the others
SENTENCES = [
    "Die Wissenschaftler fanden heraus, dass es sich bei dem Klumpen um Stein handelte.",
    "Ebenso plädierte auch Volker Beck dafür, Rodney Price kein Einreisevisum zu erteilen.",
    "Der Verband befürchtet, dass die Preise für Strom im Winter weiter steigen.",
    "Die Opposition forderte die Regierung auf, den Haushalt noch einmal zu überarbeiten.",
    "Die Ärzte bezweifeln, dass die neue Therapie den Patienten wirklich hilft.",
    "Die Stadt plant, im kommenden Jahr eine neue Brücke über den Fluss zu bauen.",
    "Der Verein versucht seit Monaten, einen neuen Trainer für die Mannschaft zu finden.",
    "Die Firma begann im Herbst, ihre Fabriken in Asien zu schließen.",
    "Die Polizei vermutet, dass der Täter durch ein offenes Fenster eingestiegen war.",
    "Die Bauern hoffen, dass der Regen die Ernte in diesem Sommer noch rettet.",
]


def _rows():
    nlp = nlp_stage.load("de")
    rows = []
    for art, text in enumerate(SENTENCES):
        doc = nlp(text)
        toks = tokens_from_doc(doc, "de")
        comp = quotes_acts.complement(doc, toks, 0, len(toks))
        assert comp is not None, text
        f = quotes_acts.comp_features(doc, toks, comp, [False], 0)
        rows.append({"art": art, "f": f, "y": int(art < 5)})
    return rows


def test_each_cv_complement_model_is_fitted_without_its_own_articles():
    import acts_cv

    shipped = quotes_acts.load_acts("de_acts")
    if "comp" not in shipped:
        pytest.skip("de_acts without the complement model")
    rows = _rows()
    models = acts_cv.comp_models(rows, shipped["comp"], shipped["info"])
    assert sorted(models) == [0, 1, 2, 3, 4]
    own_seen = other_seen = 0
    for f, m in models.items():
        assert (m["threshold"], m["clusters"], m["feats"]) == (
            shipped["comp"]["threshold"], bool(shipped["comp"].get("clusters", False)),
            int(shipped["comp"].get("feats", 1)))
        feats_of = {a: set(r["f"]) for a, r in enumerate(rows)}
        for a, fs in feats_of.items():
            unique = fs - set().union(*(v for b, v in feats_of.items() if b != a))
            hit = unique & set(m["weights"])
            if a % 5 == f:
                # a word only its own article has cannot carry a weight in the model used on that article
                assert not hit, (f, a, hit)
                own_seen += len(unique)
            else:
                other_seen += len(hit)
    assert own_seen and other_seen
