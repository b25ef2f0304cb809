"""Token._.ud_words (newsgraph/nlp/contractions.py) on real sentences, and the UD scorer's
alignment of gold words to them (newsgraph/eval/ud.py)."""

from __future__ import annotations

import pytest

from newsgraph.config import models_dir
from newsgraph.eval.ud import _build, evaluate, predicted_words
from newsgraph.nlp import load

# GSD dev-s665, verbatim: a contraction ("zur") and a hyphen compound ("ABB-Mann").
GSD_SENTENCE = """# text = ``Unter Klimaaspekten gibt dies keinen Anlaß zur Freude'', räumt der ABB-Mann ein.
1	``	``	PUNCT	$(	_	13	punct	_	SpaceAfter=No
2	Unter	unter	ADP	APPR	_	3	case	_	_
3	Klimaaspekten	Klimaaspekt	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	4	obl	_	_
4	gibt	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	13	ccomp	_	_
5	dies	dieser	DET	PDS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	4	nsubj	_	_
6	keinen	kein	DET	PIAT	Case=Acc|Gender=Masc|Number=Sing|PronType=Neg	7	det	_	_
7	Anlaß	Anlaß	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	4	obj	_	_
8-9	zur	_	_	_	_	_	_	_	_
8	zu	zu	ADP	APPR	_	10	case	_	_
9	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	_
10	Freude	Freude	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	nmod	_	SpaceAfter=No
11	''	''	PUNCT	$(	_	4	punct	_	SpaceAfter=No
12	,	,	PUNCT	$,	_	4	punct	_	_
13	räumt	räumen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
14	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	17	det	_	_
15	ABB	ABB	PROPN	NN	Case=Nom|Gender=Masc|Number=Sing	17	compound	_	NamedEntity=Yes|SpaceAfter=No
16	-	-	PUNCT	$(	_	15	punct	_	SpaceAfter=No
17	Mann	Mann	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	13	nsubj	_	_
18	ein	ein	ADV	PTKVZ	_	13	compound:prt	_	SpaceAfter=No
19	.	.	PUNCT	$.	_	13	punct	_	_
"""


@pytest.fixture(scope="module")
def de():
    assert (models_dir() / "de_core" / "config.cfg").exists()
    return load("de")


def _words(tok):
    return [(w.form, w.upos, w.deprel) for w in tok._.ud_words]


def test_contractions_split_into_preposition_and_article(de):
    doc = de("Der Minister kam am Montag zum ersten Mal ins Parlament.")
    by_text = {t.text: t for t in doc}
    assert [t.text for t in doc].count("zum") == 1  # the token stays whole
    am, zum, ins = by_text["am"], by_text["zum"], by_text["ins"]
    assert [(w.form, w.upos, w.xpos) for w in am._.ud_words] == [("an", "ADP", "APPR"), ("dem", "DET", "ART")]
    assert [w.lemma for w in zum._.ud_words] == ["zu", "der"]
    # "dem" takes the gender of its noun: Montag masculine, Mal neuter; "das" is accusative.
    assert "Gender=Masc" in am._.ud_words[1].feats and "Case=Dat" in am._.ud_words[1].feats
    assert "Gender=Neut" in zum._.ud_words[1].feats
    assert ins._.ud_words[1].feats == "Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art"
    # both words share the token's characters and attach to its noun
    assert {(w.start, w.end) for w in am._.ud_words} == {(am.idx, am.idx + 2)}
    assert all(w.head.text == "Montag" for w in am._.ud_words)
    assert by_text["Minister"]._.ud_words == []


def test_hyphen_compound_parts_keep_the_token_whole(de):
    doc = de("Der US-Präsident traf in Baden-Württemberg Vertreter der Rohstoff- und Energiebranche.")
    texts = [t.text for t in doc]
    assert "US-Präsident" in texts and "Baden-Württemberg" in texts and "Rohstoff-" in texts
    pres = doc[texts.index("US-Präsident")]
    words = pres._.ud_words
    assert [(w.form, w.upos, w.deprel) for w in words] == [
        ("US", "PROPN", "compound"), ("-", "PUNCT", "punct"), ("Präsident", pres.pos_, pres.dep_)]
    assert [doc.text[w.start:w.end] for w in words] == ["US", "-", "Präsident"]
    assert words[0].head_word == 2 and words[1].head_word == 0 and words[2].main
    assert words[2].lemma == "Präsident"
    name = doc[texts.index("Baden-Württemberg")]
    assert [w.deprel for w in name._.ud_words][1:] == ["punct", "flat"]
    trunc = doc[texts.index("Rohstoff-")]
    assert [w.form for w in trunc._.ud_words] == ["Rohstoff", "-"]


def test_hyphen_compound_with_a_common_noun_head_is_no_name(de):
    # The tagger (trained on GSD, where hyphen compounds are split) may call the whole token a
    # name; the lexicon reads "Adresse" as a noun, so the last part heads a compound.
    doc = de("Die Polizei veröffentlichte eine E-Mail-Adresse für Hinweise.")
    tok = next(t for t in doc if t.text == "E-Mail-Adresse")
    words = tok._.ud_words
    assert [w.form for w in words] == ["E", "-", "Mail", "-", "Adresse"]
    assert [w.deprel for w in words[:4]] == ["compound", "punct", "compound", "punct"]
    assert words[4].main and words[4].upos == "NOUN" and words[4].xpos == "NN"
    assert [w.head_word for w in words[:4]] == [4, 0, 4, 2]


def test_scorer_aligns_gold_words_inside_tokens(de):
    gold = _build(*_rows(GSD_SENTENCE))
    assert len(gold.words) == 19  # the multi-word token's two words are scored, not skipped
    with_words = evaluate(de, [gold])
    without = evaluate(de, [gold], ud_words=False)
    assert with_words["aligned"] == 1.0
    assert without["aligned"] == pytest.approx(14 / 19)  # zu, der, ABB, -, Mann unaligned
    assert with_words["upos"] > without["upos"]
    doc = de(gold.text)
    keys = predicted_words(doc)
    zur = GSD_SENTENCE.split("# text = ")[1].index("zur")
    assert (zur, zur + 3, (0, 2)) in keys and (zur, zur + 3, (1, 2)) in keys


def _rows(block: str):
    text = block.split("# text = ", 1)[1].split("\n", 1)[0]
    rows = []
    for line in block.splitlines()[1:]:
        cols = line.split("\t")
        if "-" in cols[0]:
            a, b = map(int, cols[0].split("-"))
            rows.append(("mwt", a, b, cols[1]))
        else:
            rows.append(("w", int(cols[0]), cols))
    return text, rows


def test_scorer_mood_precision_counts_what_the_mood_figure_leaves_out(de):
    # A gold finite verb without VerbForm/Mood (GSD has 8 such in dev, 4 in test) is outside the Mood
    # figure; the precision line counts our Mood on it against us.
    full = evaluate(de, [_build(*_rows(GSD_SENTENCE))])
    gap = evaluate(de, [_build(*_rows(GSD_SENTENCE.replace(
        "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t13", "Number=Sing|Person=3|Tense=Pres\t13")))])
    assert full["mood_n"] == 2 and gap["mood_n"] == 1  # "gibt" left out of the figure
    assert gap["mood_pred"] == full["mood_pred"] >= 2  # we still give it a Mood
    assert gap["mood_p"] < full["mood_p"]
