"""Per-document memos of the claims extractor (issue #9, speed only): what they hand back must be what
a fresh computation gives, for the document asked about and never for the one before it."""

from __future__ import annotations

import pytest

from newsgraph.extract import quotes_acts, quotes_features, quotes_speakers
from newsgraph.extract.quotes_features import doc_text, tokens_from_doc
from newsgraph.extract.quotes_speakers import DocView

TEXT = ("Der Staatssekretär sagte der Zeitung, die Lage sei ernst. Laut der Polizei gab es keine Verletzten.\n\n"
        "Ein Sprecher der Bundesregierung erklärte am Montag in Berlin, man prüfe die Vorwürfe. "
        "Angela Merkel soll die Gespräche mit dem Verband abgebrochen haben.")
OTHER = "Die Feuerwehr rückte am Abend aus. Nach Angaben der Stadt brannte eine Lagerhalle."


@pytest.fixture(scope="module")
def docs(nlp):
    return nlp(TEXT), nlp(OTHER)


def test_doc_text_is_each_docs_own(docs):
    d1, d2 = docs
    assert doc_text(d1) == d1.text == TEXT
    assert doc_text(d2) == d2.text == OTHER
    assert doc_text(d1) == TEXT
    assert doc_text(None) == ""


def _view_state(v: DocView) -> tuple:
    return (v.starts, v.by_i, v.parsed, v.inq, v.par, v.word_pos, v.head, v.ent_starts,
            {s: list(x) for s, x in v.sent_nps.items()},
            [v.dep(i) for i in range(len(v.head))], [v.pos(i) for i in range(len(v.head))],
            [v.ent(i) for i in range(len(v.head))])


def test_docviews_of_one_document_share_what_does_not_depend_on_the_level(docs):
    d1, d2 = docs
    toks = tokens_from_doc(d1, "de")
    widen = frozenset({"src_suffix"})
    shared_low = DocView(d1, toks, 0, frozenset())
    shared_high = DocView(d1, toks, 3, widen)
    # the second view reused the first one's document parts
    assert shared_high.par is shared_low.par and shared_high.head is shared_low.head
    # ... and both are what views built from nothing give
    quotes_speakers._VIEW_MEMO = (None, None, None)
    fresh_high = DocView(d1, toks, 3, widen)
    quotes_speakers._VIEW_MEMO = (None, None, None)
    fresh_low = DocView(d1, toks, 0, frozenset())
    assert _view_state(shared_low) == _view_state(fresh_low)
    assert _view_state(shared_high) == _view_state(fresh_high)
    # the level decides the source noun groups, on top of the shared subjects and names
    srcs = lambda v: [n for x in v.sent_nps.values() for n in x if n[2] == "np_src"]  # noqa: E731
    assert srcs(shared_high) and not srcs(shared_low)
    assert shared_low.par[-1] == 1  # the blank line starts a second paragraph
    # another document's token list gets its own parts
    other = DocView(d2, tokens_from_doc(d2, "de"), 0, frozenset())
    assert other.par is not shared_low.par and len(other.starts) != len(shared_low.starts)


def test_act_columns_are_the_tokens_own_attributes(docs):
    for d in docs:
        heads, lows, texts, tags, deps, poss, konj = quotes_acts._columns(d, tokens_from_doc(d, "de"))
        assert heads == [t.head.i for t in d]
        assert texts == [t.text for t in d] and lows == [t.text.lower() for t in d]
        assert tags == [t.tag_ for t in d] and deps == [t.dep_ for t in d] and poss == [t.pos_ for t in d]
        assert konj == ["Sub" in t.morph.get("Mood") for t in d]
    # "sei" and "prüfe" are Konjunktiv I
    heads, lows, texts, tags, deps, poss, konj = quotes_acts._columns(docs[0], tokens_from_doc(docs[0], "de"))
    assert {texts[i] for i in range(len(texts)) if konj[i]} >= {"sei", "prüfe"}


def test_memos_never_pair_one_documents_key_with_anothers_answer(docs, nlp):
    d1, d2 = docs
    t1, t2 = tokens_from_doc(d1, "de"), tokens_from_doc(d2, "de")
    assert quotes_features.quote_depth(t1) is quotes_features.quote_depth(t1)
    assert len(quotes_features.quote_depth(t2)) == len(t2)
    assert quotes_features.featurizer(t1, "de").toks is t1
    assert quotes_features.featurizer(t2, "de").toks is t2
    assert quotes_acts._columns(d2, t2)[2] == [t.text for t in d2]
    assert quotes_acts._columns(d1, t1)[2] == [t.text for t in d1]
    # a new extraction of a doc (a new token list) reads its annotations anew
    d3 = nlp(OTHER)
    t3 = tokens_from_doc(d3, "de")
    assert quotes_acts._columns(d3, t3)[3][1] != "XY"
    d3[1].tag_ = "XY"
    assert quotes_acts._columns(d3, t3)[3][1] != "XY"  # the same extraction: kept
    assert quotes_acts._columns(d3, tokens_from_doc(d3, "de"))[3][1] == "XY"
