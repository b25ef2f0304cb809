"""HanTa made cheaper without changing an answer (newsgraph/nlp/hanta_speed.py, and the span check of
newsgraph/nlp/hanta_tags.py): each faster path is compared with the plain one on real German text."""

from __future__ import annotations

import json
import re

import pytest
import spacy

from newsgraph.config import PACKAGE_ROOT, models_dir
from newsgraph.nlp import hanta_speed, hanta_tags
from newsgraph.nlp.segment import _hanta

pytestmark = pytest.mark.skipif(_hanta() is None, reason="HanTa not installed")

SAMPLES = PACKAGE_ROOT / "data" / "samples"


def _texts() -> list[str]:
    out = [(SAMPLES / "seed_de.txt").read_text("utf-8")]
    with (SAMPLES / "wikinews_de.jsonl").open(encoding="utf-8") as f:
        out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


@pytest.fixture(scope="module")
def plain():
    """HanTa exactly as shipped (its own methods)."""
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@pytest.fixture(scope="module")
def fast():
    from HanTa import HanoverTagger

    return hanta_speed.install(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"))


def _words() -> list[str]:
    seen: dict[str, None] = {}
    for text in _texts():
        for w in re.findall(r"\w+", text):
            seen.setdefault(w, None)
    return list(seen)


def test_forward_search_gives_hantas_answers_bit_for_bit(plain, fast):
    # every distinct word of the sample articles that HanTa's own frequent-word list does not hold (those are
    # the ones searched), lower-cased as HanTa searches them, plus short and odd forms
    words = sorted({w.lower() for w in _words() if w.lower() not in plain.cache} | {"a", "zu", "xy", "ß", "123"})
    assert len(words) > 200
    for w in words:
        mine, theirs = fast.analyze_forward(w), plain.__class__.analyze_forward(plain, w)
        assert mine == theirs, w
        assert [type(p) for _, p in mine] == [type(p) for _, p in theirs], w  # numpy float from logaddexp kept


def test_viterbi_search_gives_hantas_morphemes_bit_for_bit(plain, fast):
    # the morpheme sequence analyze() reads stems and lemmas from, for every word class the word can have
    # (analyze asks for the best one; the others exercise other paths, and the guessing second try)
    words = sorted({w.lower() for w in _words() if w.lower() not in plain.cache} | {"a", "zu", "xy", "ß", "123"})
    asked = 0
    for w in words:
        for word_class, _ in plain.__class__.analyze_forward(plain, w)[:3]:
            target = -word_class
            assert fast.analyze_viterbi(w, target) == plain.__class__.analyze_viterbi(plain, w, target), (w, target)
            asked += 1
    assert asked > 500
    # a class no path reaches: HanTa's "unknown" answer
    assert fast.analyze_viterbi("xy", 0) == plain.__class__.analyze_viterbi(plain, "xy", 0)


def test_word_readings_analyses_and_sentence_tags_unchanged(plain, fast):
    for w in _words()[:400]:
        assert fast.tag_word(w) == plain.tag_word(w), w
        assert fast.analyze(w.lower(), taglevel=3) == plain.analyze(w.lower(), taglevel=3), w
    for text in _texts()[:3]:
        for sent in re.split(r"(?<=[.!?])\s+", text)[:15]:
            words = re.findall(r"\w+|[^\w\s]", sent)
            if words:
                assert fast.tag_sent(words, taglevel=0) == plain.tag_sent(words, taglevel=0), sent
                # the segmenter reads only the tags: level 0 gives the same ones as level 1's last column
                assert fast.tag_sent(words, taglevel=0) == [x[-1] for x in plain.tag_sent(words, taglevel=1)]


def test_sentence_viterbi_gives_hantas_tags_on_words_and_fixed_tags():
    # the process tagger (fast searches, fixed-tag context words of hanta_tags) with its own sentence Viterbi
    # against HanTa's, on every sentence of the sample articles: as words, and with every other word going in
    # with a fixed tag as the mood rules and the second opinion send them; case-sensitive and not
    tagger = hanta_tags._tagger()
    theirs = type(tagger).tag_sent_viterbi
    fixed = [n for n in (hanta_tags._hanta_number(t) for t in ("NN", "ART", "VVFIN", "ADJA", "$,")) if n is not None]
    assert len(fixed) >= 4
    asked = 0
    for text in _texts():
        for sent in re.split(r"(?<=[.!?])\s+", text):
            words = re.findall(r"\w+|[^\w\s]", sent)
            if not words:
                continue
            mixed = [w if k % 2 else f"{hanta_tags._FIXED}{fixed[k % len(fixed)]}" for k, w in enumerate(words)]
            for ws in (words, mixed, words[:3]):
                for cs in (True, False):
                    assert tagger.tag_sent_viterbi(ws, cs) == theirs(tagger, ws, cs), (ws, cs)
                    asked += 1
    assert asked > 300


def test_the_process_hanta_is_the_fast_one():
    assert getattr(_hanta(), "_newsgraph_fast", False)


@pytest.mark.parametrize("cfg", [
    {"upos_pairs": "shipped", "window": 2, "context": "ours"},  # the restricted second opinion
    {"upos_pairs": [], "window": 2, "context": "ours"},  # unrestricted
    {"upos_pairs": "shipped", "window": 0, "context": "hanta", "scope": "finite"},
])
def test_spans_left_untagged_are_the_ones_that_could_not_change(cfg, monkeypatch):
    # the second opinion with its span check against the same component tagging every span: same tags, UPOS and
    # features on the sample articles (every token unsure, so every span is asked about)
    cfg = dict(cfg)
    if cfg["upos_pairs"] == "shipped":
        cfg["upos_pairs"] = hanta_tags.settings()["upos_pairs"]
    nlp = spacy.load(models_dir() / "de_core")
    nlp.add_pipe("newsgraph_segmenter", before="parser")
    hanta_tags.add(nlp, {"enabled": True, "threshold": 1.01, "upos_map": hanta_tags.settings()["upos_map"],
                         "keep_upos": hanta_tags.settings()["keep_upos"], **cfg})
    texts = [t[:3000] for t in _texts()]
    checked = [[(t.tag_, t.pos_, str(t.morph)) for t in d] for d in nlp.pipe(texts)]
    skipped = []
    real = hanta_tags.HantaTags._may_change

    def every_span(self, *a, **kw):
        skipped.append(not real(self, *a, **kw))
        return True

    monkeypatch.setattr(hanta_tags.HantaTags, "_may_change", every_span)
    full = [[(t.tag_, t.pos_, str(t.morph)) for t in d] for d in nlp.pipe(texts)]
    assert checked == full
    if cfg["upos_pairs"]:
        assert sum(skipped) > 10  # the check does leave spans out there
