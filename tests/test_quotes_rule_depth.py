"""The quote depth the rules read ([model] rule_quote_depth, quotes_features.rule_quote_depth; de_cues card, Round 27
late): the legacy pairing leaves a mark it cannot close open for 60 tokens, hiding the words after it from every frame and
cue rule that skips quoted tokens. The sentences are quotes-de train's, parsed by the nlp stage; the taggers' view
(quote_depth, featurize) must not move with the key."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import model_available
from newsgraph.extract.quotes_features import config, featurize, quote_depth, rule_quote_depth, tokens_from_doc

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

# quotes-de train 17843: the tokenizer keeps the closer on the compound ("Bild“-Zeitung"), so „ never meets a “ of its own
BILD = ("Denn wie die „Bild“-Zeitung in der Ausgabe vom 17.12.2005 berichtete, leidet Fred Delmare an der "
        "Nervenkrankheit Alzheimer – und zwar bereits im fortgeschrittenen Stadium.")
# quotes-de train 6103: Swiss order «…»; the legacy pairing takes a « with nothing open for a closer and opens at »
SWISS = ("Erst später erhielt es seinn heutigen Namen, das «Schweizerhaus». Heute gehört das Lokal der alteingesessenen "
         "Brauereifamilie Karl Kolarik, einer der größten Bierimporteure Österreichs.")
# quotes-de train 59120: an apostrophe inside a quoted title opened a quote that swallowed the title's own closer
KIDS = ("Die umfangreiche Liste des „Kids’ Right to Read Project“ enthält moderne Klassiker wie „Der Fänger im Roggen“ "
        "von J.D. Salinger.")
# quotes-de train 4792: „ closed by an English ”
DICKE = ("Von guten Freunden und Kritikern gleichermaßen aufgrund seines Umfangs stets „der Dicke” genannt, galt er als der "
         "mächtigste Gewerkschaftsführer Deutschlands.")


def _depths(text: str, mode: str):
    old = config()["model"].get("rule_quote_depth", "legacy")
    try:
        config()["model"]["rule_quote_depth"] = mode
        toks = tokens_from_doc(nlp_stage.load("de")(text), "de")
        return toks, list(rule_quote_depth(toks))
    finally:
        config()["model"]["rule_quote_depth"] = old


def _inside(toks, inq, word):
    return inq[next(k for k, t in enumerate(toks) if t.text == word)]


def test_glued_closer_closes_inside_its_word():
    toks, legacy = _depths(BILD, "legacy")
    assert any(t.text.startswith("Bild“") for t in toks), "the tokenizer no longer glues the closer: re-read the census"
    assert _inside(toks, legacy, "berichtete") and _inside(toks, legacy, "Alzheimer")
    toks, fixed = _depths(BILD, "fixed")
    assert _inside(toks, fixed, "„")
    assert fixed[next(k for k, t in enumerate(toks) if t.text.startswith("Bild“"))]
    assert not _inside(toks, fixed, "berichtete") and not _inside(toks, fixed, "Alzheimer")
    assert not _inside(toks, fixed, "wie")


def test_swiss_guillemets_pair():
    toks, legacy = _depths(SWISS, "legacy")
    assert _inside(toks, legacy, "Heute") and not _inside(toks, legacy, "«")
    toks, fixed = _depths(SWISS, "fixed")
    assert _inside(toks, fixed, "«") and _inside(toks, fixed, "Schweizerhaus") and _inside(toks, fixed, "»")
    assert not _inside(toks, fixed, "Heute") and not _inside(toks, fixed, "Namen")


def test_apostrophe_opens_nothing():
    toks, legacy = _depths(KIDS, "legacy")
    assert _inside(toks, legacy, "enthält")
    toks, fixed = _depths(KIDS, "fixed")
    assert _inside(toks, fixed, "Right") and _inside(toks, fixed, "Project")
    assert not _inside(toks, fixed, "enthält") and not _inside(toks, fixed, "Salinger")
    assert _inside(toks, fixed, "Roggen")


def test_german_opener_closed_by_english_closer():
    toks, legacy = _depths(DICKE, "legacy")
    assert _inside(toks, legacy, "galt")
    toks, fixed = _depths(DICKE, "fixed")
    assert _inside(toks, fixed, "Dicke") and _inside(toks, fixed, "”")
    assert not _inside(toks, fixed, "genannt") and not _inside(toks, fixed, "galt")


def test_legacy_key_is_the_taggers_view_and_the_taggers_never_move():
    for text in (BILD, SWISS, KIDS, DICKE):
        toks, legacy = _depths(text, "legacy")
        assert legacy == list(quote_depth(toks))
        feats = featurize(toks, "de")
        toks2, fixed = _depths(text, "fixed")
        assert fixed != legacy
        assert featurize(toks2, "de") == feats and list(quote_depth(toks2)) == legacy
