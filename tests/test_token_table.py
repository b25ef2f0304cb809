"""The per-document token table (newsgraph/nlp/table.py, issue #9, speed only): each column must be
what the spaCy Token says, for the document asked about, and be read anew when the document or its
annotations change."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsgraph import nlp as nlp_stage
from newsgraph.checks.tagging import tag_doc
from newsgraph.nlp.table import token_table

TEXT = ("Der Staatssekretär sagte der Zeitung, die Lage sei ernst. Laut der Polizei gab es keine Verletzten.\n\n"
        "Ein Sprecher der Bundesregierung erklärte am Montag in Berlin, man prüfe die Vorwürfe.  "
        "Angela Merkel soll die Gespräche mit dem Verband abgebrochen haben.")
OTHER = "Die Feuerwehr rückte am Abend aus. Nach Angaben der Stadt brannte eine Lagerhalle."


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


def _columns(tab) -> list[tuple]:
    return list(zip(tab.text, tab.idx, tab.head, tab.space, tab.ws, tab.sent_start, tab.lemma, tab.tag, tab.pos,
                    tab.dep, tab.ent, tab.morph, tab.lower, tab.mood_sub))


def _tokens(doc) -> list[tuple]:
    return [(t.text, t.idx, t.head.i, t.is_space, bool(t.whitespace_), 1 if t.is_sent_start else -1, t.lemma_,
             t.tag_, t.pos_, t.dep_, t.ent_type_, str(t.morph), t.text.lower(), "Sub" in t.morph.get("Mood")) for t in doc]


def test_columns_are_the_tokens_attributes(nlp):
    doc = nlp(TEXT)
    tab = token_table(doc)
    got = _columns(tab)
    # SENT_START: 1 starts a sentence, -1 does not (a parsed doc has no unknowns)
    assert [(*c[:4], bool(c[4]), 1 if c[5] > 0 else -1, *c[6:]) for c in got] == _tokens(doc)
    # the parse and the morphology are there, and a whitespace token is kept in place
    assert "nsubj" in tab.dep and "VERB" in tab.pos and any(tab.mood_sub)
    assert any(tab.space) and tab.n == len(doc)


def test_the_last_documents_table_is_kept_and_never_another_documents(nlp):
    d1, d2 = nlp(TEXT), nlp(OTHER)
    t1 = token_table(d1)
    assert token_table(d1) is t1
    t2 = token_table(d2)
    assert t2 is not t1 and t2.text == [t.text for t in d2]
    assert token_table(d1) is not t1 and _columns(token_table(d1)) == _columns(t1)


def test_a_changed_annotation_is_read_anew(nlp):
    doc = nlp(OTHER)
    before = token_table(doc).ent
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    after = token_table(doc).ent
    assert after[:2] == ["ORG", "ORG"] and after != before
    assert after == [t.ent_type_ for t in doc]


def test_empty_doc(nlp):
    doc = nlp("")
    tab = token_table(doc)
    assert tab.n == 0 and tab.text == [] and tab.lemma == [] and tag_doc(doc) == []


def test_check_tokens_read_from_the_table(nlp):
    doc = nlp(TEXT)
    sents = tag_doc(doc)
    assert len(sents) == len(list(doc.sents))
    toks = [t for s in sents for t in s]
    assert [t.i for t in toks] == [t.i for t in doc if not t.is_space]
    for t in toks:
        tok = doc[t.i]
        assert (t.text, t.start, t.lemma, t.dep, t.ent, t.head) == (
            tok.text, tok.idx, (tok.lemma_ or tok.text).lower(), tok.dep_, tok.ent_type_, tok.head.i)
    nouns = [t for t in toks if t.tag == "NN"]
    assert nouns and all(t.number in ("Sing", "Plur") for t in nouns)
    assert any(t.gender == "Fem" for t in nouns)
    # equal Toks hash equal: the checks keep them in sets and dict keys
    assert len({*toks, *tag_doc(doc)[0]}) == len(toks)


def test_children_and_punct_are_the_tokens(nlp):
    # for readers that walk the parse (the events' parse roles moved onto them measured slower: bench/README h9)
    doc = nlp(TEXT)
    tab = token_table(doc)
    assert tab.children == [[c.i for c in t.children] for t in doc]
    assert tab.punct == [t.is_punct for t in doc] and any(tab.punct)
    # every token but the roots is somebody's child, once
    assert sorted(i for kids in tab.children for i in kids) == [t.i for t in doc if t.head.i != t.i]

