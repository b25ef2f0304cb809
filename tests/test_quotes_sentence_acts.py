"""The sentence classifier for cue-less quotes (quotes_acts, [model] act_classifier): Reported speech acts and
hearsay (FreeIndirect) sentences that no tagger or rule found. Passages from quotes-de dev, where gold marks them."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract import quotes_acts
from newsgraph.extract.quotes import extract_quotes, model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc

pytestmark = pytest.mark.skipif(not model_available("de") or quotes_acts.load_acts("de_acts") is None,
                                reason="de_quotes taggers or de_acts weights not installed")

JACKSON = ("Wie die Plattenfirma Sony-Music mitteilte, wird es am 12. Oktober einen neuen Michael Jackson Song mit "
           "dem Titel „This Is It“ geben. Der Titel heißt wie die geplante Konzertreihe in London. Gleich nach der "
           "Single soll am 26. Oktober international ein Doppelalbum folgen sowie am Tag darauf der Film „Michael "
           "Jackson's This Is It“ auf den Markt kommen.")
FARMERS = ("Die Regierung unter Mugabe versucht unterdessen, das Heft des Handelns wieder an sich zu reißen. Der "
           "Präsident unterstützt eine gegen die wenigen weißen Bauern im Land gerichtete Rhetorik des Verbandes der "
           "Veteranen des Befreiungskriegs, die die Gefahr einer „Invasion unseres Landes durch die Weißen“ "
           "beschwören. Weiße Farmer berichteten bereits über erste „Landnahmen“ von landwirtschaftlichen Höfen, die "
           "noch in der Hand von Weißen sind, durch paramilitärische Einheiten.")


def _quotes(text: str, setting: str):
    old = config()["model"].get("act_classifier", "")
    config()["model"]["act_classifier"] = setting
    try:
        return extract_quotes(nlp_stage.load("de")(text))
    finally:
        config()["model"]["act_classifier"] = old


def _span(text, q):
    return text[q.message[0][0]:q.message[-1][1]]


def test_hearsay_sentence_after_a_frame_becomes_a_free_quote_with_the_frames_speaker():
    off = _quotes(JACKSON, "")
    assert not [q for q in off if _span(JACKSON, q).startswith("Gleich nach der Single")]
    on = [q for q in _quotes(JACKSON, "de_acts") if _span(JACKSON, q).startswith("Gleich nach der Single")]
    assert len(on) == 1 and on[0].mode == "FreeIndirect" and not on[0].cue
    # with the full stop, as quotes-de dev marks this sentence ([model] close_final_mark, de_quotes card Round 19)
    assert _span(JACKSON, on[0]).endswith("auf den Markt kommen.")
    assert [JACKSON[a:b] for a, b in on[0].speaker] == ["die Plattenfirma Sony-Music"]


def test_speech_act_without_content_becomes_a_reported_quote_with_its_subject():
    assert not [q for q in _quotes(FARMERS, "") if q.mode == "Reported"]
    rep = [q for q in _quotes(FARMERS, "de_acts") if q.mode == "Reported"]
    assert len(rep) == 1 and not rep[0].cue
    assert _span(FARMERS, rep[0]).startswith("Weiße Farmer berichteten bereits")
    assert [FARMERS[a:b] for a, b in rep[0].speaker] == ["Weiße Farmer"]
    # the quotes found before are left as they were
    assert [q.mode for q in _quotes(FARMERS, "de_acts") if q.mode != "Reported"] == \
        [q.mode for q in _quotes(FARMERS, "")]


def test_sollte_is_no_hearsay_and_sprach_mit_no_speech_act():
    nlp = nlp_stage.load("de")
    for text, absent, present in (
        ("Sollte das nicht gelingen oder nicht möglich sein, wird sich die SPD für einen gesetzlichen Mindestlohn "
         "einsetzen.", "mod=soll", "mod=sollte"),
        ("Fei Junlong sprach mit seiner Frau Wang Jie und seinem Sohn Fei Di.", "r_rep", "r=sprechen"),
        ("Der Fernsehsender „Silverbird“ berichtete von der Bergung von 56 Leichen.", "mod=soll", "r_ind"),
    ):
        doc = nlp(text)
        toks = tokens_from_doc(doc, "de")
        spans, mode_of = quotes_acts.free_sentences(toks, [])
        f = quotes_acts.features(doc, toks, spans, mode_of, 0)
        assert present in f and absent not in f, f


# quotes-de dev: gold marks "mehr Druck … ausüben" as an Indirect quote with the cue "werden aufgefordert"
SIMBABWE = ("Tsvangirai selbst hält sich zurzeit in Südafrika auf, wo er um die Unterstützung der dortigen Regierung für "
            "das Anliegen der Opposition in Simbabwe wirbt. Südafrika, Großbritannien und die Vereinigten Staaten werden "
            "aufgefordert, mehr Druck auf die Regierung in Harare ausüben.")


def test_complement_clause_of_an_unlisted_verb_becomes_an_indirect_quote(monkeypatch):
    model = quotes_acts.load_acts("de_acts")
    if "comp" not in model:
        pytest.skip("de_acts without the complement model")
    want = "mehr Druck auf die Regierung in Harare ausüben"
    on = [q for q in _quotes(SIMBABWE, "de_acts") if _span(SIMBABWE, q) == want]
    assert len(on) == 1 and on[0].mode == "Indirect"
    assert [SIMBABWE[a:b] for a, b in on[0].cue] == ["werden", "aufgefordert"]
    # the sentence classifier alone (the same weights without "comp") finds nothing there
    monkeypatch.setattr(quotes_acts, "load_acts", lambda name: {k: v for k, v in model.items() if k != "comp"})
    assert not [q for q in _quotes(SIMBABWE, "de_acts") if want in _span(SIMBABWE, q)]


def test_complement_candidates_skip_relative_and_purpose_clauses():
    nlp = nlp_stage.load("de")
    for text, found in (
        ("Ebenso plädierte auch Volker Beck dafür, Rodney Price kein Einreisevisum zu erteilen.", "zu"),
        ("Die Wissenschaftler fanden heraus, dass es sich bei dem Klumpen um Stein handelte.", "dass"),
        ("Die Firmen entließen viele Ingenieure, die ihre Zukunft im Silicon Valley gesucht hätten.", None),
        ("Um den Umfang des Personals einschätzen zu können, zitiert die Zeitung eine Studie.", None),
    ):
        doc = nlp(text)
        toks = tokens_from_doc(doc, "de")
        comp = quotes_acts.complement(doc, toks, 0, len(toks))
        assert (comp[5] if comp else None) == found, (text, comp)
