"""The off-topic check reads a sentence opened by a semicolon (segment.toml semicolon_sentences) with the one before it
as one unit (checks.tagging.semicolon_units, [topic] semicolon_units; checks_de card, Round 24, h1). Text from 10kGNAD
(test.csv, the Volksbank article of `newsgraph eval checks --split gnad`)."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.tagging import semicolon_units, tag_doc

TEXT = ("Die Funktionen der Zentralorganisation gehen auf die Volksbank (VB) Wien-Baden über; sie hat nach der Spaltung "
        "eine Bilanzsumme von 11,2 Mrd. Euro. Die Spaltung ist mit dem Jahreswechsel wirksam.")


@pytest.fixture(scope="module")
def sents():
    return tag_doc(nlp_stage.load("de")(TEXT))


def test_the_semicolon_opened_sentence_joins_the_one_before(sents):
    assert [s[0].text for s in sents][:2] == ["Die", "sie"]  # the semicolon opens a sentence
    units = semicolon_units(sents)
    assert len(units) == len(sents) - 1
    assert [t.text for t in units[0]] == [t.text for t in sents[0] + sents[1]]
    # every token carries its unit's index; the later sentences move up by one
    assert all(t.sent == ui for ui, toks in enumerate(units) for t in toks)
    assert [t.text for t in units[1]] == [t.text for t in sents[2]]
    # the tagged sentences the other checks read are left as they were
    assert sents[1][0].sent == 1


def test_without_a_semicolon_the_sentences_stay(sents):
    rest = sents[2:]
    assert semicolon_units(rest) is rest
