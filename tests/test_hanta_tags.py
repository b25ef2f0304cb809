"""HanTa's STTS tagger as a second opinion on unsure tags (newsgraph/nlp/hanta_tags.py)."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.config import models_dir
from newsgraph.nlp import hanta_tags
from newsgraph.nlp.segment import _hanta

pytestmark = pytest.mark.skipif(_hanta() is None, reason="HanTa not installed")


@pytest.fixture(scope="module")
def core():
    """The shipped core with the segmenter, without the HanTa component (added per test)."""
    assert (models_dir() / "de_core" / "config.cfg").exists()
    nlp = spacy.load(models_dir() / "de_core")
    nlp.add_pipe("newsgraph_segmenter", before="parser")
    return nlp


def _with(core, **cfg):
    nlp = spacy.load(models_dir() / "de_core")
    nlp.add_pipe("newsgraph_segmenter", before="parser")
    table = {"enabled": True, "upos_map": hanta_tags.settings().get("upos_map", {}), "keep_upos": [],
             "scope": "all", "window": 0, "context": "hanta", "upos_pairs": [], "skip_pairs": [], **cfg}
    hanta_tags.add(nlp, table)
    return nlp


@pytest.mark.parametrize("raw, expected", [("VV(FIN)", "VVFIN"), ("ADJ(D)", "ADJD"), ("PROAV", "PAV"),
                                           ("NNA", "NN"), ("$", "$("), ("APPRART", "APPR_ART"), ("NE", "NE")])
def test_hanta_tags_renamed_to_gsd_stts(raw, expected):
    assert hanta_tags.stts(raw) == expected


def test_every_unsure_token_takes_hantas_tag_and_mapped_upos(core):
    # threshold above 1: every token counts as unsure, so all take HanTa's sentence tags
    nlp = _with(core, threshold=1.01)
    text = "Die Regierung prüfe die Vorschläge, sagte er am Montag in Berlin."
    doc = nlp(text)
    words = [t for t in doc if not t.is_space]
    expected = [hanta_tags.stts(t) for t in _hanta().tag_sent([t.text for t in words], taglevel=0)]
    assert [t._.stts for t in words] == expected
    umap = hanta_tags.settings()["upos_map"]
    assert [t._.upos for t in words] == [umap.get(x, t.pos_) for t, x in zip(words, expected, strict=True)]
    assert [t._.stts for t in words][:3] == ["ART", "NN", "VVFIN"]


def test_sure_tokens_keep_our_tags(core):
    # threshold 0: nothing is unsure, the pipeline's own tags stay
    text = "Er sagte am Montag in Berlin, die Lage sei ernst."
    plain = core(text)
    doc = _with(core, threshold=0.0)(text)
    assert [(t.tag_, t.pos_, str(t.morph)) for t in doc] == [(t.tag_, t.pos_, str(t.morph)) for t in plain]
    assert [(t._.stts, t._.upos) for t in doc] == [(t.tag_, t.pos_) for t in plain]


def test_keep_pair_keeps_our_upos(core):
    text = "Die Regierung prüfe die Vorschläge."
    plain = core(text)
    # every (our UPOS, HanTa tag) pair listed as "keep ours" in both sure/unsure readings
    keep = [f"{t.pos_} {x} {s}" for t, x in zip(plain, [hanta_tags.stts(x) for x in _hanta().tag_sent(
        [t.text for t in plain], taglevel=0)], strict=True) for s in ("sure", "unsure")]
    doc = _with(core, threshold=1.01, keep_upos=keep, upos_map={})(text)
    assert [t._.upos for t in doc] == [t.pos_ for t in plain]


def test_word_class_change_drops_the_old_features(core):
    doc = core("Das ist gut.")
    tok = doc[2]
    tok.set_morph("Degree=Pos")
    hanta_tags.HantaTags._set(tok, "VVPP", "VERB")
    assert (tok.tag_, tok.pos_, str(tok.morph)) == ("VVPP", "VERB", "VerbForm=Part")
    hanta_tags.HantaTags._set(tok, "ADJD", "ADJ")
    assert "VerbForm" not in str(tok.morph)


def test_component_sits_before_the_mood_rules(core):
    from newsgraph.nlp import add_mood_rules

    nlp = spacy.load(models_dir() / "de_core")
    nlp.add_pipe("newsgraph_segmenter", before="parser")
    add_mood_rules(nlp)
    hanta_tags.add(nlp, {"enabled": True})
    names = nlp.pipe_names
    assert names.index("newsgraph_hanta_tags") == names.index("newsgraph_mood") - 1
    hanta_tags.add(nlp, {"enabled": False})  # no second copy, and off means not added
    assert names.count("newsgraph_hanta_tags") == 1


def test_finite_scope_only_touches_finite_verb_decisions(core):
    # every token unsure, but with scope "finite" a tag may only change to or from V*FIN
    text = "Die Regierung prüfe die Vorschläge, sagte er am Montag in Berlin."
    plain = core(text)
    doc = _with(core, threshold=1.01, scope="finite", window=2, context="ours")(text)
    fin = ("VVFIN", "VAFIN", "VMFIN")
    for a, b in zip(plain, doc, strict=True):
        if a.tag_ != b._.stts:
            assert a.tag_ in fin or b._.stts in fin, (a.text, a.tag_, b._.stts)
        elif a.tag_ not in fin and not a.tag_.startswith("V"):
            assert a.pos_ == b._.upos


def test_fixed_context_words_keep_hantas_sentence_reading():
    tagger = hanta_tags._tagger()
    art = hanta_tags._FIXED + str(hanta_tags._hanta_number("ART"))
    assert [hanta_tags.stts(t) for t in tagger.tag_sent([art, "Regierung", "prüfe", art, "Vorschläge"], taglevel=0)] \
        == ["ART", "NN", "VVFIN", "ART", "NN"]
    assert hanta_tags._hanta_number("VVFIN") == tagger.tag2int["VV(FIN)"]
    assert hanta_tags._hanta_number("PAV") == tagger.tag2int["PROAV"]


def test_upos_pairs_allow_only_the_listed_changes(core):
    # every token unsure; HanTa's whole-sentence reading changes several tokens of this sentence, and an
    # allow-list of (our UPOS, new UPOS) pairs lets only those through, tag and UPOS together
    text = ("Die von Ministerpräsident Dschawad al-Maliki eingebrachten Personalvorschläge wurden vom Parlament "
            "abgesegnet. Natürlich legten Studenten im Mai total viele Euro hin.")
    plain = core(text)
    full = _with(core, threshold=1.01)(text)
    changed = {(a.pos_, b._.upos) for a, b in zip(plain, full, strict=True)
               if (a.tag_, a.pos_) != (b._.stts, b._.upos)}
    assert len(changed) >= 2, changed
    allowed = sorted(changed)[0]
    doc = _with(core, threshold=1.01, upos_pairs=[" ".join(allowed)])(text)
    for a, b, c in zip(plain, full, doc, strict=True):
        if (a.pos_, b._.upos) == allowed:
            assert (c._.stts, c._.upos) == (b._.stts, b._.upos)
        else:
            assert (c._.stts, c._.upos) == (a.tag_, a.pos_), (a.text, a.tag_, b._.stts, c._.stts)


def test_punctuation_keeps_our_tag(core):
    # HanTa's lexicon reads typographic quotation marks and dashes as XY/FM; every token unsure here,
    # yet the marks keep our $( / PUNCT while the words around them may change
    text = "„Wir prüfen das“, sagte er – und ging."
    plain = core(text)
    doc = _with(core, threshold=1.01)(text)
    marks = [k for k, t in enumerate(plain) if t.is_punct]
    assert {plain[k].text for k in marks} >= {"„", "“", "–"}
    assert [(doc[k]._.stts, doc[k]._.upos) for k in marks] == [(plain[k].tag_, plain[k].pos_) for k in marks]
    raw = [hanta_tags.stts(x) for x in _hanta().tag_sent([t.text for t in plain], taglevel=0)]
    assert any(raw[k] not in ("$(", "$,", "$.") for k in marks)  # what the rule guards against


# The corrected layer (newsgraph/nlp/corrected.py): HanTa's correction goes to Token._.upos / _.stts, and the
# tagger's own pos_ / tag_ / morph, which every later component and stage was fit on and reads, stay as they were.

_TEXT = ("Die von Ministerpräsident Dschawad al-Maliki eingebrachten Personalvorschläge wurden vom Parlament "
         "abgesegnet. Natürlich legten Studenten im Mai total viele Euro hin.")


def test_corrected_layer_leaves_the_tagger_layer_alone(core):
    plain = core(_TEXT)
    doc = _with(core, threshold=1.01)(_TEXT)
    # what downstream reads: identical to the pipeline without the component
    assert [(t.tag_, t.pos_, str(t.morph)) for t in doc] == [(t.tag_, t.pos_, str(t.morph)) for t in plain]
    # and the correction is there, the same one the in-place layer writes into tag_ / pos_
    inplace = _with(core, threshold=1.01, layer="tags")(_TEXT)
    assert [(t._.stts, t._.upos) for t in doc] == [(t.tag_, t.pos_) for t in inplace]
    assert sum((t._.stts, t._.upos) != (t.tag_, t.pos_) for t in doc) >= 2
    with pytest.raises(ValueError):
        _with(core, layer="both")


def test_stage_readers_see_the_tagger_layer(core):
    # the token table every extract/checks reader goes through, and the Konjunktiv rules after the component,
    # read the tagger's tags; eval ud reads the corrected layer
    from newsgraph.eval.ud import predicted_words
    from newsgraph.nlp import add_mood_rules
    from newsgraph.nlp.table import token_table

    def chain(**cfg):
        nlp = _with(core, **cfg) if cfg else spacy.load(models_dir() / "de_core")
        if not cfg:
            nlp.add_pipe("newsgraph_segmenter", before="parser")
        add_mood_rules(nlp)
        return nlp

    off = chain()(_TEXT)
    nlp = chain(threshold=1.01)
    assert nlp.pipe_names.index("newsgraph_hanta_tags") < nlp.pipe_names.index("newsgraph_mood")
    on = nlp(_TEXT)
    cols = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE"]
    assert (on.to_array(cols) == off.to_array(cols)).all()
    table = token_table(on)
    assert table.pos == [t.pos_ for t in off] and table.tag == [t.tag_ for t in off]
    assert table.mood_sub == token_table(off).mood_sub
    words = predicted_words(on)
    for t in on:
        if not t._.ud_words:
            w = words[(t.idx, t.idx + len(t.text), None)]
            assert (w.upos, w.xpos) == (t._.upos, t._.stts)
    assert any(t._.upos != t.pos_ for t in on)


def test_a_later_retag_overrides_the_correction(core):
    from newsgraph.nlp import corrected

    doc = core("Das ist gut.")
    tok = doc[2]
    tag, pos = tok.tag_, tok.pos_
    corrected.record(tok, "VVPP", "VERB")
    assert (tok._.stts, tok._.upos, tok.tag_, tok.pos_) == ("VVPP", "VERB", tag, pos)
    # a later component (the Konjunktiv rules) re-tags the token: its decision is the layer's too
    tok.tag_, tok.pos_ = "VVFIN", "VERB"
    assert (tok._.stts, tok._.upos) == ("VVFIN", "VERB")
    corrected.record(doc[0], doc[0].tag_, doc[0].pos_)  # no change, nothing recorded
    assert doc[0]._.tag_fix is None


def test_corrected_layer_survives_docbin(core):
    from spacy.tokens import DocBin

    doc = _with(core, threshold=1.01)(_TEXT)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(core.vocab))
    assert [(t._.stts, t._.upos) for t in back] == [(t._.stts, t._.upos) for t in doc]
    assert [(t.tag_, t.pos_) for t in back] == [(t.tag_, t.pos_) for t in doc]


def test_shipped_setting_writes_the_corrected_layer():
    # every reader of pos_ / tag_ downstream was fit on the tagger's tags: the shipped second opinion must not
    # write into them (layer "tags" is for re-fit experiments, training/quotes/make_cache.py --hanta)
    assert hanta_tags.settings().get("layer", "corrected") == "corrected"


def test_batch_pipeline_leaves_out_the_layer_nobody_reads():
    # the corrected layer is for eval ud and nlp.load() users; the batch pipeline (ingest, demo, Ray) skips it
    # ([hanta] in_batch = false) and must still give every later stage the very same document
    from newsgraph import nlp as nlp_stage

    nlp = nlp_stage.load("de")
    assert "newsgraph_hanta_tags" in nlp.pipe_names
    skip = nlp_stage.unread_by_stages(nlp)
    assert skip == ["newsgraph_hanta_tags"]
    full = nlp(_TEXT)
    batch = next(nlp.pipe([_TEXT], disable=skip))
    assert any(t._.tag_fix is not None for t in full) and all(t._.tag_fix is None for t in batch)
    cols = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE"]
    assert (full.to_array(cols) == batch.to_array(cols)).all()
    assert [t._.glued for t in full] == [t._.glued for t in batch]
    assert "newsgraph_hanta_tags" in nlp.pipe_names  # disabled for that call only
