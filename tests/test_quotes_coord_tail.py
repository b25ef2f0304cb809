"""An Indirect message that runs on past its reported clause into a verb-first indicative clause coordinated with the
frame ends before the link, as quotes-de's does (quotes.coord_tail_cut, [model] coord_tail_cut; de_quotes card, Round 26,
h12). The sentences are quotes-de train's, where the extractor's message ran over the coordinated clause."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import RawQuote, coord_tail_cut, model_available
from newsgraph.extract.quotes_rules import _span

from .quote_sentences import at, joined, parsed

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")


def _quote(toks, cue_words, first, mode="Indirect"):
    cue = [_span(toks, k, k + 1) for k in (at(toks, w) for w in cue_words)]
    a = at(toks, first)
    return RawQuote(message=[_span(toks, a, len(toks) - 1)], mode=mode, cue=cue, sent=toks[a].sent)


def _spoken(text, cue_words, first, speaker):
    doc, toks = parsed(text)
    q = _quote(toks, cue_words, first)
    q.speaker = [_span(toks, speaker, speaker + 1)]
    return doc, toks, q


@pytest.mark.parametrize("text,cue,first,kept", [
    # gold: "es könnten Arbeitsplätze verloren gehen" (cue "räumte ein"), and the tail a Reported quote of its own
    ("Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen, sprach aber bei der Entscheidung von einem "
     "ergebnisoffenen Prozess.", ("räumte", "ein"), "es", "es könnten Arbeitsplätze verloren gehen"),
    # gold: "dass keiner der beiden Kandidaten völlig aus der Rolle fiel"
    ("So gibt es zwar einen weitgehenden Konsens darüber, dass keiner der beiden Kandidaten völlig aus der Rolle fiel, "
     "allerdings schrieb zum Beispiel die liberale „El Mundo“ Rajoy den Sieg zu.", ("gibt", "darüber"), "dass",
     "dass keiner der beiden Kandidaten völlig aus der Rolle fiel"),
])
def test_a_coordinated_indicative_clause_ends_the_message(text, cue, first, kept):
    doc, toks = parsed(text)
    q = _quote(toks, cue, first)
    coord_tail_cut(doc, toks, [q])
    assert joined(text, q.message) == kept


@pytest.mark.parametrize("text,cue,first,mode", [
    # a source frame scopes over both conjuncts
    ("Nach Angaben der Armee seien IDF-Fallschirmjäger beschossen worden und erwiderten das Feuer auf die Personen.",
     ("Nach",), "seien", "Indirect"),
    # a fronted ob-clause takes its main clause's verb right after the comma
    ("Laut Behörde gilt: Ob TANS seinen Flugbetrieb wieder aufnehmen kann, entscheidet sich in der kommenden Woche.",
     ("gilt",), "Ob", "Indirect"),
    # an unmarked (indicative) reported clause, and a Direct quote, are left alone
    ("Er sagte, das Werk schließt im Mai, und verwies auf die Zahlen.", ("sagte",), "das", "Indirect"),
    ("Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen, sprach aber von einem Prozess.", ("räumte", "ein"),
     "es", "Direct"),
])
def test_no_cut_where_the_verb_belongs_to_the_message(text, cue, first, mode):
    doc, toks = parsed(text)
    q = _quote(toks, cue, first, mode)
    before = list(q.message)
    coord_tail_cut(doc, toks, [q])
    assert q.message == before


def test_a_subjectless_tail_becomes_a_reported_quote_of_the_speaker():
    text = ("Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen, sprach aber bei der Entscheidung von einem "
            "ergebnisoffenen Prozess.")
    doc, toks, q = _spoken(text, ("räumte", "ein"), "es", 0)
    new = coord_tail_cut(doc, toks, [q], reported=True)
    # gold: Reported "sprach aber bei der Entscheidung von einem ergebnisoffenen Prozess", speaker "Sie"
    assert len(new) == 1 and new[0].mode == "Reported" and not new[0].cue
    assert joined(text, new[0].message) == "sprach aber bei der Entscheidung von einem ergebnisoffenen Prozess"
    assert joined(text, new[0].speaker) == "Sie"
    # without the variant the tail is only cut off
    doc, toks, q = _spoken(text, ("räumte", "ein"), "es", 0)
    assert coord_tail_cut(doc, toks, [q]) == [] and joined(text, q.message) == "es könnten Arbeitsplätze verloren gehen"


def test_a_tail_with_its_own_subject_is_no_quote_of_the_speaker():
    text = ("So gibt es zwar einen weitgehenden Konsens darüber, dass keiner der beiden Kandidaten völlig aus der Rolle fiel, "
            "allerdings schrieb zum Beispiel die liberale „El Mundo“ Rajoy den Sieg zu.")
    doc, toks, q = _spoken(text, ("gibt", "darüber"), "dass", 2)
    assert coord_tail_cut(doc, toks, [q], reported=True) == []
    assert joined(text, q.message) == "dass keiner der beiden Kandidaten völlig aus der Rolle fiel"
