"""Wider speaker candidates of the linker (quotes_speakers, [model] speaker_link_widen)."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote
from newsgraph.extract.quotes_features import config, tokens_from_doc
from newsgraph.extract.quotes_speakers import link_speakers


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


@pytest.fixture()
def widen(monkeypatch):
    def set_widen(*names):
        monkeypatch.setitem(config()["model"], "speaker_link_widen", list(names))
        monkeypatch.setitem(config()["model"], "speaker_link_features", 3)

    return set_widen


def _quote(text, message, cue, mode="Indirect"):
    m = text.index(message)
    q = RawQuote(message=[(m, m + len(message))], mode=mode, cue=[])
    if cue:
        c = text.index(cue)
        q.cue = [(c, c + len(cue))]
    return q


def _cands(nlp, text, q):
    doc = nlp(text)
    toks = tokens_from_doc(doc, "de")
    got = {}

    def collect(q_, cands, feats):
        got.update({text[toks[c.a].start:toks[c.b - 1].end]: (c.src, f) for c, f in zip(cands, feats)})

    link_speakers(doc, toks, [q], None, collect=collect)
    return got


def test_speaker_after_a_message_of_several_sentences(nlp, widen):
    # quotes-de train (Wikinews): the minister is named two sentences after the message starts
    text = ("Der Ausbau der A1 zwischen Hamburg und Bremen soll von privaten Investoren finanziert werden. "
            "Die Refinanzierung erfolgt über die LKW-Maut. Im Gegenzug erhalten die Investoren die Einnahmen. "
            "Das gab Bundesverkehrsminister Manfred Stolpe in Berlin bekannt.")
    msg = text[:text.index(" Das gab")]
    widen()
    assert not any("Stolpe" in s for s in _cands(nlp, text, _quote(text, msg, "")))
    widen("msg_end")
    got = _cands(nlp, text, _quote(text, msg, ""))
    src = [s for span, (s, _) in got.items() if "Stolpe" in span]
    assert src and "end_win" in src[0]


def test_source_in_a_prepositional_frame_of_the_cue(nlp, widen):
    text = ("Der Verein hat die Veranstaltung abgesagt. Auf der Homepage des Vereins heißt es, "
            "die Sicherheit der Besucher sei nicht zu gewährleisten.")
    q = _quote(text, "die Sicherheit der Besucher sei nicht zu gewährleisten", "heißt")
    widen()
    assert not any("cue_arg" in s for s, _ in _cands(nlp, text, q).values())
    widen("cue_obl")
    got = _cands(nlp, text, q)
    spans = {span for span, (s, _) in got.items() if "cue_arg" in s}
    # with and without its preposition: quotes-de marks both ways
    assert {"Auf der Homepage des Vereins", "der Homepage des Vereins"} <= spans
    # an object of the speech verb is no source: only prepositional frames under cue_obl
    text2 = "Der Sprecher erklärte den Journalisten, die Sicherheit sei nicht zu gewährleisten."
    q2 = _quote(text2, "die Sicherheit sei nicht zu gewährleisten", "erklärte")
    assert not any("cue_arg" in s for s, _ in _cands(nlp, text2, q2).values())


def test_passive_cue_is_marked(nlp, widen):
    text = "Dem früheren Manager wird vorgeworfen, Gelder der Firma veruntreut zu haben."
    q = _quote(text, "Gelder der Firma veruntreut zu haben", "wird vorgeworfen")
    widen("cue_pass")
    feats = [f for _, f in _cands(nlp, text, q).values()]
    assert feats and all("cuepass" in f for f in feats)
    text2 = "Der frühere Manager sagte, er habe keine Gelder der Firma veruntreut."
    q2 = _quote(text2, "er habe keine Gelder der Firma veruntreut", "sagte")
    assert not any("cuepass" in f for _, f in _cands(nlp, text2, q2).values())


def test_source_noun_compounds(nlp, widen):
    text = "Im Abschlussbericht der Kommission heißt es, die Wahl sei fair verlaufen."
    q = _quote(text, "die Wahl sei fair verlaufen", "heißt")
    widen()
    assert not any("np_src" in s for s, _ in _cands(nlp, text, q).values())
    widen("src_suffix")
    assert any("np_src" in s and "Abschlussbericht" in span for span, (s, _) in _cands(nlp, text, q).items())


def test_shipped_linker_on_real_text(nlp):
    # quotes-de train (Wikinews, CC BY): a Direct quote over three sentences whose speaker follows its end, and a
    # passive cue whose subject is the accused, not a speaker (quotes-de gives it none)
    from newsgraph.config import models_dir
    from newsgraph.extract.quotes import extract_quotes

    if not (models_dir() / "de_speakers" / "weights.json").exists():
        pytest.skip("models/de_speakers not trained")
    if "msg_end" not in config()["model"].get("speaker_link_widen", []):
        pytest.skip("speaker_link_widen off")
    text = ("„Heute legt das Fisch- und Wildamt des US-Innenministeriums einen Vorschlag vor, Eisbären als eine "
            "bedrohte Art im Sinne der Verordnung für bedrohte Arten aufzulisten. Wir bringen diesen Vorschlag ein, "
            "weil eine wissenschaftliche Überprüfung der Art durch das Fisch- und Wildamt ergeben hat, dass "
            "Populationen durch das zurückgehende Meereseis bedroht sein könnten. Eisbären benutzen dieses Eis als "
            "Grundlage für viele Aktivitäten, die entscheidend für ihren Lebensablauf sind, einschließlich Jagd auf "
            "ihre Hauptbeute, arktische Robben“, sagte US-Innenminister Dirk Kempthorne.")
    got = {text[q.message[0][0]:q.message[0][0] + 12]: [text[a:b] for a, b in q.speaker]
           for q in extract_quotes(nlp(text), "de")}
    assert got["„Heute legt "] == ["US-Innenminister Dirk Kempthorne"]
    text = ("Grund für die Anzeige war eine Schlägerei in der Disco, während Klien sich mit einer Gruppe von rund "
            "zehn Personen dort aufhielt. Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.")
    qs = [q for q in extract_quotes(nlp(text), "de") if "Schlägerei beteiligt" in text[q.message[0][0]:q.message[-1][1]]]
    assert qs and qs[0].speaker == []


def test_pronoun_antecedent_marks_the_named_source(nlp, widen):
    # quotes-de marks the noun group a pronoun stands for when the pronoun opens the message ("Er halte …"), the
    # pronoun itself when it is the cue's subject outside it
    text = ("Der Vorsitzende des Innenausschusses, Sebastian Edathy, äußerte sich am Montag zu dem Gesetz. "
            "Er halte die Verlängerung für vertretbar.")
    q = _quote(text, "Er halte die Verlängerung für vertretbar.", "", mode="IndirectFreeIndirect")
    widen()
    assert not any("antec" in f for _, f in _cands(nlp, text, q).values())
    widen("coref")
    got = _cands(nlp, text, q)
    ant = [span for span, (_, f) in got.items() if "antec|pin=in" in f]
    assert ant and all("Edathy" in span for span in ant)
    assert "pant" in got["Er"][1]
    # a thing is no source: "sie" after "Die Stoffe" finds no antecedent there
    text2 = "Die Stoffe wurden 2004 verboten. Sie sagte, sie seien gefährlich."
    q2 = _quote(text2, "sie seien gefährlich", "sagte")
    assert not any("antec" in f for _, f in _cands(nlp, text2, q2).values())


def test_gap_to_the_previous_quote(nlp, widen):
    text = ("„Wir werden das Werk schließen. Die Kosten sind zu hoch“, sagte der Sprecher des Konzerns. "
            "Die Gewerkschaft kündigte Proteste an.")
    doc = nlp(text)
    toks = tokens_from_doc(doc, "de")
    m1 = text.index("Wir werden das Werk schließen.")
    q1 = RawQuote(message=[(m1, m1 + len("Wir werden das Werk schließen."))], mode="Direct", cue=[])
    s = text.index("der Sprecher des Konzerns")
    q1.speaker = [(s, s + len("der Sprecher des Konzerns"))]
    m2 = text.index("Die Kosten sind zu hoch")
    q2 = RawQuote(message=[(m2, m2 + len("Die Kosten sind zu hoch"))], mode="Direct", cue=[])
    widen("cont")
    got = {}

    def collect(q_, cands, feats):
        if q_ is q2:
            got.update({text[toks[c.a].start:toks[c.b - 1].end]: f for c, f in zip(cands, feats)})

    link_speakers(doc, toks, [q1, q2], None, collect=collect)
    # the second sentence goes on inside the quotation marks the first opened
    assert "pgap=inq" in got["der Sprecher des Konzerns"]


def test_mentions_of_the_same_source(nlp, widen):
    text = ("Bundeskanzlerin Angela Merkel besuchte am Montag das Werk in Wolfsburg. "
            "Merkel sagte, die Arbeitsplätze seien sicher.")
    q = _quote(text, "die Arbeitsplätze seien sicher", "sagte")
    widen()
    assert not any(x.startswith("kw=") for _, f in _cands(nlp, text, q).values() for x in f)
    widen("mention")
    got = _cands(nlp, text, q)
    near = [span for span, (_, f) in got.items() if "kw=nearest" in f]
    far = [span for span, (_, f) in got.items() if "kw=farther" in f]
    # the mention next to the cue is the nearest; the full name in the sentence before is farther but longest
    assert near == ["Merkel"]
    assert any("Angela Merkel" in span and "kw=longest" in got[span][1] for span in far)


def test_frame_outside_the_cue(nlp, widen):
    # quotes-de train: the taggers took no cue for the quote, so the "zufolge"/"nach" frame of its sentence gave no
    # candidate; "frame_s" adds the frames of the message's sentences, and "nach" only before a source
    text = "Zeitungsberichten zufolge soll die Bank of England die Zinsen im Sommer senken."
    q = _quote(text, "soll die Bank of England die Zinsen im Sommer senken", "")
    widen()
    assert not any("frame_s" in s for s, _ in _cands(nlp, text, q).values())
    widen("frame_s")
    got = _cands(nlp, text, q)
    assert any(span == "Zeitungsberichten" and "frame_s" in s for span, (s, _) in got.items())
    text2 = "Nach Angaben der Polizei sei der Fahrer nach dem Unfall geflüchtet."
    got2 = _cands(nlp, text2, _quote(text2, "sei der Fahrer nach dem Unfall geflüchtet", ""))
    frames = {span for span, (s, _) in got2.items() if "frame_s" in s}
    assert "Angaben der Polizei" in frames and "dem Unfall" not in frames


def test_parse_path_to_the_message(nlp, widen):
    # the subject of the verb the message hangs on gets the path nsubj^ccomp (or nsubj^ with the root inside);
    # a name of the previous sentence has none in common with the message
    text = "Der Minister war in Berlin. Der Sprecher der Regierung sagte, die Steuern würden nicht erhöht."
    q = _quote(text, "die Steuern würden nicht erhöht", "sagte")
    widen("path")
    got = _cands(nlp, text, q)
    sp = next(f for span, (_, f) in got.items() if span == "Der Sprecher der Regierung")
    assert any(x.startswith("path=nsubj^") for x in sp)
    far = next(f for span, (_, f) in got.items() if span == "Der Minister")
    assert "path=xsent" in far


def test_head_verb_and_cue_lemma(nlp, widen):
    text = "Der Verband verurteilte die Entscheidung. Die Regierung habe die Bauern im Stich gelassen, sagte er."
    q = _quote(text, "Die Regierung habe die Bauern im Stich gelassen", "sagte")
    widen("hverb", "cuelem")
    got = _cands(nlp, text, q)
    assert any("hverb=verurteilen|nsubj" in f for span, (_, f) in got.items() if span == "Der Verband")
    assert all(any(x.startswith("cuelem=sagen|") for x in f) for _, f in got.values())
    widen()
    assert not any(x.startswith(("hverb=", "cuelem=", "path=")) for _, f in _cands(nlp, text, q).values() for x in f)
