"""A quoted name in apposition to a common noun is no quote (quotes_cues.quoted_names, [model] quoted_name_apposition;
de_cues card, Round 27): real sentences of quotes-de train, where gold marks no quote on the name."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote, extract_quotes, model_available
from newsgraph.extract.quotes_cues import quoted_names
from newsgraph.extract.quotes_features import tokens_from_doc

from .quote_sentences import under_key

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")


def _kept(text: str, phrase: str, nested: bool = True, mode: str = "Direct") -> bool:
    """Whether quoted_names keeps a quote whose message is ``phrase`` with its marks, on ``text``'s parse."""
    doc = nlp_stage.load("de")(text)
    toks = tokens_from_doc(doc, "de")
    a = text.index(phrase)
    q = RawQuote(message=[(a, a + len(phrase))], mode=mode, cue=[], nested=nested)
    return q in quoted_names(doc, toks, [q])


def test_a_motto_after_its_noun_is_no_quote():
    # train 651: "das Motto „Mut und Leidenschaft“" (the taggers made a nested Direct quote with the cue "ließ")
    text = ('Fußballerin Kim Kulig ist da mutiger. Sie ließ sich das Motto "Mut und Leidenschaft" stechen - allerdings in '
            'dekorativen arabischen Schriftzeichen.')
    assert not _kept(text, '"Mut und Leidenschaft"')


def test_a_place_name_after_its_noun_is_no_quote():
    # train 6: "die Anlagen „Parchin“" inside an Indirect message
    text = ("Die Frage ist deshalb bedeutend, weil berichtet wurde, die Anlagen „Parchin“ und „Lavisan II“, stünden im "
            "Zusammenhang mit der Befürchtung, Iran betreibe ein militärisches Atomprogramm.")
    assert not _kept(text, "„Parchin“")


def test_a_quoted_word_after_an_article_stays():
    # a fragment quoted as someone's word ("nannte … einen „Vertrauensbruch“"): the mark follows an article, not a noun
    text = "Der Fraktionschef nannte die Entscheidung einen „Vertrauensbruch“ und kündigte Widerstand an."
    assert _kept(text, "„Vertrauensbruch“")


def test_a_lower_case_phrase_or_a_clause_after_a_noun_stays():
    # train: "nannte die Zahlen „aus der Luft gegriffen“" (lower case: no name) and a quoted clause with a finite verb
    text = "Der Minister nannte die Zahlen „aus der Luft gegriffen“ und forderte eine neue Studie."
    assert _kept(text, "„aus der Luft gegriffen“")
    text = "Er sagte den Reportern „Wir bleiben hier“ und ging."
    assert _kept(text, "„Wir bleiben hier“", nested=False)


def test_only_direct_quotes_are_judged():
    text = 'Sie ließ sich das Motto "Mut und Leidenschaft" stechen.'
    assert _kept(text, '"Mut und Leidenschaft"', mode="Indirect")


def test_the_last_step_drops_the_name_quote_and_the_switch_restores_it():
    # train 6 end to end: the taggers make a nested Direct quote of „Parchin“ inside the Indirect message; it goes with
    # the key on, and the Indirect quote stays
    text = ("Die Frage ist deshalb bedeutend, weil berichtet wurde, die Anlagen „Parchin“ und „Lavisan II“, stünden im "
            "Zusammenhang mit der Befürchtung, Iran betreibe ein militärisches Atomprogramm.")
    doc = nlp_stage.load("de")(text)

    def quotes(on: bool) -> list[tuple[str, bool, str]]:
        return under_key("quoted_name_apposition", on, lambda: [
            (q.mode, q.nested, text[q.message[0][0]:q.message[-1][1]]) for q in extract_quotes(doc, "de")])

    off, on = quotes(False), quotes(True)
    assert ("Direct", True, "„Parchin“") in off
    assert ("Direct", True, "„Parchin“") not in on
    assert [x for x in off if x[2] != "„Parchin“"] == on
    assert any(mode == "Indirect" and "Anlagen" in msg for mode, _, msg in on)
