"""A quotation of several sentences that the steps before cut by sentence is one Direct quote from mark to mark
(quotes.join_quoted_pieces, [model] join_quoted_pieces; de_cues card, Round 28, q1): real passages of quotes-de train,
where gold has one Direct quote over the whole quotation and the frame after (or before) its marks as the cue."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote, extract_quotes, join_quoted_pieces, model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

# train 64617: gold one Direct quote „Die Regel … nicht vor“, cue "sagte", speaker "Schalkes Trainer Felix Magath"
MAGATH = ("Der Schiedsrichter Wolfgang Stark erklärte das Tor dennoch für gültig. „Die Regel ist doch eindeutig. Elfmeter "
          "gibt es bei einem absichtlichen Handspiel. Das lag hier nicht vor“, sagte Schalkes Trainer Felix Magath zur "
          "Sportschau. Ab der 76. Minute gab es die Karten im Zwei-Minuten-Takt.")
# train 37353: the frame after the marks is "fügte Brown hinzu" (gold cue "fügte … hinzu")
BROWN = ("„Das ist ein wenig wie beim Merkur. Der Merkur wurde in der Frühzeit des Sonnensystems von einem großen Objekt "
         "getroffen. Hier haben wir vor allem einen Gesteinskern mit ein bisschen Eis an der Oberfläche“, fügte Brown "
         "hinzu.")


def _span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    a = -1
    for _ in range(nth + 1):
        a = text.index(phrase, a + 1)
    return a, a + len(phrase)


def _run(text: str) -> tuple[int, int]:
    return text.index("„"), text.index("“") + 1


def _join(text: str, quotes: list[RawQuote], max_tokens: int = 200) -> list[RawQuote]:
    doc = nlp_stage.load("de")(text)
    return join_quoted_pieces(tokens_from_doc(doc, "de"), quotes, max_tokens)


def _pieces(text: str) -> list[RawQuote]:
    """What the steps before make of the Magath passage: the taggers' Direct piece over the first two sentences, with
    the cue after the marks and no speaker, and a rule frame's Indirect quote of the last sentence with cue and speaker."""
    a, _ = _run(text)
    sagte = _span(text, "sagte")
    return [RawQuote(message=[(a, _span(text, "Handspiel.")[1])], mode="Direct", cue=[sagte], origin="crf"),
            RawQuote(message=[(_span(text, "Das lag")[0], text.index("“") + 1)], mode="Indirect", cue=[sagte],
                     speaker=[_span(text, "Schalkes Trainer Felix Magath zur Sportschau")], origin="rule")]


def test_the_pieces_of_a_quotation_become_one_direct_quote():
    out = _join(MAGATH, _pieces(MAGATH))
    assert len(out) == 1
    q = out[0]
    assert q.mode == "Direct" and q.message == [_run(MAGATH)]
    assert q.cue == [_span(MAGATH, "sagte")]
    assert MAGATH[q.speaker[0][0]:q.speaker[0][1]].startswith("Schalkes Trainer Felix Magath")


def test_the_cue_is_the_frame_outside_the_marks():
    # a piece's cue inside the quotation ("werden" of the quoted text) is not the joined quote's cue
    qs = _pieces(MAGATH)
    qs[0].cue = [_span(MAGATH, "gibt"), _span(MAGATH, "sagte")]
    qs[1].cue = [_span(MAGATH, "lag")]
    out = _join(MAGATH, qs)
    assert len(out) == 1 and out[0].cue == [_span(MAGATH, "sagte")]


def test_a_quote_reaching_across_the_marks_blocks_the_join():
    # an Indirect message of ours that runs from the narration into the quotation: not pieces of it
    qs = _pieces(MAGATH)
    qs[0].message = [(_span(MAGATH, "Der Schiedsrichter")[0], _span(MAGATH, "Handspiel.")[1])]
    out = _join(MAGATH, qs)
    assert [q.message for q in out] == [q.message for q in qs]


def test_one_sentence_and_long_runs_are_left_alone():
    text = "„Das lag hier nicht vor“, sagte Schalkes Trainer Felix Magath zur Sportschau."
    q = RawQuote(message=[(_span(text, "Das lag")[0], text.index("“") + 1)], mode="Indirect",
                 cue=[_span(text, "sagte")], origin="rule")
    out = _join(text, [q])
    assert len(out) == 1 and out[0].mode == "Indirect" and out[0].message == q.message
    # the run is 24 tokens: a limit below it leaves the pieces as they are
    out = _join(MAGATH, _pieces(MAGATH), max_tokens=10)
    assert len(out) == 2


@pytest.mark.parametrize("text, cue, speaker", [(BROWN, "fügte", "Brown"), (MAGATH, "sagte", "Schalkes Trainer Felix Magath")])
def test_end_to_end_the_key_joins_what_the_pipeline_cut(text, cue, speaker):
    # the pipeline cuts both passages into a Direct piece and a rule frame's Indirect piece of the last sentence (in
    # Magath's, the Direct piece also takes the speaker of the sentence before); the key joins them
    doc = nlp_stage.load("de")(text)
    m = config()["model"]
    old = m.get("join_quoted_pieces", 0)

    def quotes(n: int) -> list[RawQuote]:
        m["join_quoted_pieces"] = n
        try:
            return [q for q in extract_quotes(doc, "de") if not q.nested]
        finally:
            m["join_quoted_pieces"] = old

    off, on = quotes(0), quotes(200)
    run = _run(text)
    assert len([q for q in off if run[0] <= q.message[0][0] and q.message[-1][1] <= run[1]]) >= 2
    inside = [q for q in on if run[0] <= q.message[0][0] and q.message[-1][1] <= run[1]]
    assert len(inside) == 1 and inside[0].mode == "Direct" and inside[0].message == [run]
    assert cue in {text[s:e] for s, e in inside[0].cue}
    assert text[inside[0].speaker[0][0]:inside[0].speaker[0][1]].startswith(speaker)
