"""A message holding a second frame inside its sentence is two quotes in quotes-de: the clause before the frame and the
one after it, the frame in neither (quotes.split_frames, [model] split_frames; de_quotes card, Round 22, h1). The
sentences are quotes-de train's, where gold has the two quotes and the extractor's message ran over both."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import RawQuote, model_available, split_frames
from newsgraph.extract.quotes_rules import _span

from .quote_sentences import at, joined, parsed

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

SOURCE = ("Guerreros ist einer von fünf kubanischen Häftlingen, die nach kubanischen Aussagen zu Unrecht seit 1998 eine "
          "Strafe in fünf verschiedenen US-Hochsicherheitsgefängnissen verbüßen, zumindest aber laut Amnesty International "
          "und UNO in einem nicht fairen Verfahren verurteilt wurden.")
VERB = ("Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, mit dem man die Bauherren „zum Guten "
        "zwingen“ wolle, entgegnete die Unterstützer des Antrags, dass die interessierten Investoren in den Prozess "
        "eingebunden werden sollen.")


def test_a_second_source_frame_starts_a_quote_of_its_own():
    doc, toks = parsed(SOURCE)
    n = at(toks, "nach")
    # the extractor's quote: "nach kubanischen Aussagen" its cue, the message over both clauses
    q = RawQuote(message=[_span(toks, n + 3, len(toks) - 1)], mode="Indirect", cue=[_span(toks, n, n + 1)],
                 sent=toks[n].sent)
    new = split_frames(doc, toks, [q], frozenset({"source"}))
    assert len(new) == 1
    # gold: "in einem nicht fairen Verfahren verurteilt wurden", cue "laut", speaker "Amnesty International und UNO"
    assert joined(SOURCE, new[0].message) == "in einem nicht fairen Verfahren verurteilt wurden"
    assert joined(SOURCE, new[0].cue) == "laut"
    assert joined(SOURCE, new[0].speaker) == "Amnesty International und UNO"
    assert new[0].mode == "Indirect"
    # the first quote keeps its cue and ends before the second frame's clause
    assert joined(SOURCE, q.message).startswith("zu Unrecht seit 1998")
    assert joined(SOURCE, q.message).endswith("verbüßen, zumindest")
    assert joined(SOURCE, q.cue) == "nach"
    # the verb kind alone leaves it whole
    q2 = RawQuote(message=[_span(toks, n + 3, len(toks) - 1)], mode="Indirect", cue=[_span(toks, n, n + 1)],
                  sent=toks[n].sent)
    before = list(q2.message)
    assert split_frames(doc, toks, [q2], frozenset({"verb"})) == [] and q2.message == before


def test_a_speech_verb_with_its_own_complement_starts_a_quote_of_its_own():
    doc, toks = parsed(VERB)
    a = at(toks, "es")
    q = RawQuote(message=[_span(toks, a, len(toks) - 1)], mode="Indirect", sent=toks[a].sent)
    new = split_frames(doc, toks, [q], frozenset({"verb"}))
    assert len(new) == 1
    assert joined(VERB, new[0].message) == ("dass die interessierten Investoren in den Prozess eingebunden werden "
                                           "sollen")
    assert joined(VERB, new[0].cue) == "entgegnete"
    assert joined(VERB, new[0].speaker) == "die Unterstützer des Antrags"
    assert joined(VERB, q.message) == ("es handele sich um einen „sozialistischen Antrag“, mit dem man die Bauherren "
                                      "„zum Guten zwingen“ wolle")


def test_no_split_without_a_clause_on_both_sides_or_for_direct_quotes():
    text = "Die Zahl der Toten stieg nach Angaben der Polizei auf zwanzig."
    doc, toks = parsed(text)
    q = RawQuote(message=[_span(toks, 0, len(toks) - 1)], mode="Indirect", sent=0)
    before = list(q.message)
    # the frame has no clause link before it, and no verb after it
    assert split_frames(doc, toks, [q], frozenset({"source", "verb"})) == [] and q.message == before
    doc, toks = parsed(SOURCE)
    n = at(toks, "nach")
    d = RawQuote(message=[_span(toks, n + 3, len(toks) - 1)], mode="Direct", sent=0)
    assert split_frames(doc, toks, [d], frozenset({"source", "verb"})) == []
