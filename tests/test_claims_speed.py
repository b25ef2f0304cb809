"""Round 28's output-identical cuts of the claims stage (issue #9, speed only): each shortcut must answer what the
spaCy Token reading it replaced answers, on every token of parsed German text, and for the document asked about."""

from __future__ import annotations

import pytest

from newsgraph.extract import claims, quotes_rules
from newsgraph.extract.quotes_features import tokens_from_doc

# separable particles ("warf … vor", "teilte … mit", "forderte … auf"), a Konjunktiv, a passive, two sentences each
TEXT = ("Die Opposition warf der Regierung am Dienstag schwere Versäumnisse vor. Der Minister teilte mit, er sei "
        "nicht zurückgetreten.\n\nDie Gewerkschaft forderte die Arbeitgeber auf, die Löhne zu erhöhen. Israel wurde "
        "aufgefordert, die Angriffe einzustellen, und der Sprecher sagte, man habe alles versucht.")
OTHER = "Der Bürgermeister kündigte am Abend neue Regeln an. Die Stadt stellte die Pläne vor."


@pytest.fixture(scope="module")
def docs(nlp):
    return nlp(TEXT), nlp(OTHER)


def _token_verb_lemma(tok) -> str:
    # the reading _verb_lemma had before round 28: a Token per child
    prt = [c.text.lower() for c in tok.children if c.dep_ in ("compound:prt", "svp")]
    return (prt[0] if prt else "") + tok.lemma_.lower()


def test_verb_lemma_is_the_token_reading_for_every_token(docs):
    d1, d2 = docs
    for doc in (d1, d2, d1):  # back to the first: the kept answers follow the document asked about
        tokens_from_doc(doc, "de")  # the extraction's checked table read, as in the pipeline
        for t in doc:
            want = _token_verb_lemma(t)
            assert quotes_rules._verb_lemma(t) == want
            assert quotes_rules.verb_lemma_at(doc, t.i) == want
    # the particles are joined ("warf … vor" -> "vorwerfen"): the test reads parses that have them
    assert {"vorwerfen", "mitteilen", "auffordern"} <= {_token_verb_lemma(t) for t in d1 if t.pos_ == "VERB"}
    assert "ankündigen" in {_token_verb_lemma(t) for t in d2 if t.pos_ == "VERB"}


def test_verb_lemma_is_read_anew_when_the_parse_changes(nlp):
    doc = nlp("Die Opposition warf der Regierung schwere Versäumnisse vor.")
    tokens_from_doc(doc, "de")
    verb = next(t for t in doc if t.text == "warf")
    assert quotes_rules._verb_lemma(verb) == "vorwerfen"
    verb.lemma_ = "schmeißen"
    tokens_from_doc(doc, "de")  # the next extraction's checked read sees the change
    assert quotes_rules._verb_lemma(verb) == _token_verb_lemma(verb) == "vorschmeißen"


def test_sentence_range_holds_exactly_the_tokens_of_the_sentence(docs):
    for doc in docs:
        for t in doc:
            lo, hi = quotes_rules._sent_range(t)
            assert [x.i for x in doc if x.sent == t.sent] == list(range(lo, hi))
    assert len(list(docs[0].sents)) >= 4


def test_doc_facts_subjunctive_is_the_tokens_mood(docs):
    d1, d2 = docs
    for doc in (d1, d2):
        tokens_from_doc(doc, "de")
        facts = claims._DocFacts(doc)
        got = [facts.subjunctive(t.i) for t in doc]
        assert got == ["Sub" in t.morph.get("Mood") for t in doc]
    # "sei", "habe": the first document has Konjunktiv tokens, so the comparison can fail
    tokens_from_doc(d1, "de")
    assert any(claims._DocFacts(d1).subjunctive(t.i) for t in d1)


def test_speaker_linker_prepares_no_side_sentence_it_cannot_read(nlp, monkeypatch):
    # round 29: the "crf" features' up-front batch leaves out a sentence beside a message that holds neither a noun
    # group nor a cue (no candidate can come from it); the speakers are those of a batch with every sentence in it
    from newsgraph.extract import quotes_speakers as qs
    from newsgraph.extract.quotes import RawQuote

    linker, final = qs.load_linker("de_speakers"), qs.load_linker("de_speakers/final")
    if linker is None or final is None or "crf" not in final.widen:
        pytest.skip("no speaker linker with the crf features")
    text = ("So weit, so gut. Der Sprecher der Feuerwehr sagte, das Feuer sei unter Kontrolle. "
            "Der Verkehr rollt wieder.")
    doc = nlp(text)
    toks = tokens_from_doc(doc, "de")
    side, own = toks[0].sent, toks[-1].sent - 1
    v = qs.DocView(doc, toks, qs.feature_level(), qs.widenings() | final.widen)
    assert side != own and side not in v.sent_nps and own in v.sent_nps

    def quote():
        m, c, s = text.index("das Feuer"), text.index("sagte"), text.index("Der Sprecher")
        q = RawQuote(message=[(m, text.index(" Der Verkehr") - 1)], mode="Indirect", cue=[(c, c + 5)])
        q.speaker = [(s, s + len("Der Sprecher der Feuerwehr"))]
        return q

    prepared: set[int] = set()
    real = qs.DocView.crf_prepare

    def spy(self, sents):
        prepared.update(s for s in sents if s not in self._crf_done)
        return real(self, sents)

    monkeypatch.setattr(qs.DocView, "crf_prepare", spy)
    q = quote()
    finals = qs.link_speakers(doc, toks, [q], linker, final=final)
    assert own in prepared and side not in prepared

    def every(self, sents):
        return real(self, set(sents) | {t.sent for t in self.toks})

    monkeypatch.setattr(qs.DocView, "crf_prepare", every)
    q2 = quote()
    assert qs.link_speakers(doc, toks, [q2], linker, final=final) == finals
    assert q2.speaker == q.speaker and q.speaker
