"""Source frames read off the surface in sentences no quote of ours touches ([model] empty_frames_surface, kind "surface"
of quotes_rules.empty_frames; de_cues card, Round 27): "gemäß X" the tagger does not call a preposition, "…, so X" with a
lower-case opener, "X zu Folge", and frames behind an unclosed quotation mark earlier in the article. CRASH, STRIKE,
RUMOUR and TEMPORAL are quotes-de train sentences (gold marks the first three's frames as the cues of Indirect quotes, the
last's "nach" as a cue too, which the rule leaves: temporal "nach" is the rule in such sentences); PRATER is shortened from
a train article (its "Überlieferungen zufolge" a gold cue), SO_ADVERB written for the test. The rule is asked directly
with no quote of ours in the document."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import model_available
from newsgraph.extract.quotes_features import quote_depth, tokens_from_doc
from newsgraph.extract.quotes_rules import empty_frames

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

CRASH = "Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben."
STRIKE = ("Während der Osterfeiertage sollen die Arbeitskämpfe zunächst ausgesetzt werden, so "
          "verdi-Verhandlungsführer Frank Bäsler.")
RUMOUR = ("Die Hamburger, die sich Gerüchten zu Folge daher von „Omni-Sport“ lossagen wollen, werden durch die "
          "Handball-Bundesliga-Statuten behindert.")
# a Swiss opening mark the article-wide quote depth reads as a closing one: "»" stays open for 60 tokens
PRATER = ("Das Lokal hat eine lange Geschichte: Heute gehört das « Schweizerhaus » einer Wiener Familie. "
          "Es bestand Überlieferungen zufolge bereits vor dem Jahr 1766.")
TEMPORAL = "Die tödlichen Schüsse fielen nach einer Geburtstagsfeier für einen 18-jährigen Auszubildenden."
SO_ADVERB = "Die Polizei sperrte die Straße, so schnell sie konnte, für den Verkehr."


def _t(text, spans):
    return " ".join(text[a:b] for a, b in spans)


def _frames(text, kinds=("wonach", "demnach", "gemäß", "surface")):
    doc = nlp_stage.load("de")(text)
    return empty_frames(doc, tokens_from_doc(doc, "de"), [], frozenset(kinds))


def test_gemaess_the_tagger_misreads_is_still_a_frame_and_its_noun_group_stops_before_the_number():
    assert not _frames(CRASH, ("wonach", "demnach", "gemäß"))  # the parsed kind: "gemäß" is no preposition here
    (q,) = _frames(CRASH)
    assert (_t(CRASH, q.cue), _t(CRASH, q.speaker)) == ("gemäß", "der Netzzeitung")
    assert _t(CRASH, q.message) == "Der Unfall kostete 40 Menschen das Leben"
    assert q.mode == "Indirect"


def test_a_clause_closing_so_frame_with_a_lower_case_opener():
    (q,) = _frames(STRIKE)
    assert _t(STRIKE, q.cue) == "so"
    assert _t(STRIKE, q.speaker) == "verdi-Verhandlungsführer Frank Bäsler"
    assert _t(STRIKE, q.message) == "Während der Osterfeiertage sollen die Arbeitskämpfe zunächst ausgesetzt werden"
    assert not _frames(STRIKE, ("wonach", "demnach", "gemäß"))


def test_zu_folge_takes_only_its_noun_group_before_it():
    (q,) = _frames(RUMOUR)
    assert (_t(RUMOUR, q.cue), _t(RUMOUR, q.speaker)) == ("zu Folge", "Gerüchten")
    assert "Gerüchten" not in _t(RUMOUR, q.message) and "lossagen wollen" in _t(RUMOUR, q.message)


def test_a_frame_behind_an_unclosed_mark_is_found():
    doc = nlp_stage.load("de")(PRATER)
    toks = tokens_from_doc(doc, "de")
    k = next(k for k, t in enumerate(toks) if t.text == "zufolge")
    assert quote_depth(toks)[k] == 1  # the article-wide depth hides it
    qs = [q for q in empty_frames(doc, toks, [], frozenset({"surface"})) if "zufolge" in _t(PRATER, q.cue)]
    assert len(qs) == 1 and _t(PRATER, qs[0].speaker) == "Überlieferungen"


def test_temporal_nach_and_an_adverbial_so_make_no_frame():
    assert not _frames(TEMPORAL)
    assert not _frames(SO_ADVERB)
