"""The feature CRF beside the German NER (newsgraph/nlp/ner_crf.py): span decoding, the merge
with the chain's entities, and the features."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsgraph.nlp.ner_crf import Features, bio_spans, merge, short_shape


def test_bio_spans():
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-MISC"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG"), (6, 7, "MISC")]
    assert bio_spans(["O", "O"]) == []


def test_merge_fills_only_gaps_above_the_floor():
    ents = [(0, 2, "PER")]
    crf = [(1, 2, "LOC"), (4, 5, "ORG"), (6, 7, "MISC")]
    # The overlapping span is not confident enough to override; of the gap fillers only the
    # one above the fill floor goes in.
    assert merge(ents, crf, [0.8, 0.9, 0.5], "override", 0.85, 0.8) == [(0, 2, "PER"), (4, 5, "ORG")]
    assert merge(ents, crf, None, "fill", 1.0) == [(0, 2, "PER"), (4, 5, "ORG"), (6, 7, "MISC")]


def test_merge_override_replaces_overlapped_entities():
    ents = [(0, 1, "LOC"), (1, 3, "ORG"), (5, 6, "PER")]
    crf = [(0, 3, "ORG")]
    assert merge(ents, crf, [0.9], "override", 0.85) == [(0, 3, "ORG"), (5, 6, "PER")]
    assert merge(ents, crf, [0.8], "override", 0.85) == ents


def test_features_window_and_lists():
    rng = np.random.default_rng(0)
    feats = Features({"k4": rng.normal(size=(4, 8)).astype("float32")}, {"Berlin": "NE"},
                     ["Berlin", "Frankfurt am Main"], {"Angela"}, {"Siemens"})
    words = ["Angela", "fuhr", "nach", "Frankfurt", "am", "Main", "zu", "Siemens", "und", "Berlin"]
    out = feats.sentence(words)
    assert len(out) == len(words)
    assert "given" in out[0] and "BOS" in out[0] and "capstart" in out[0]
    assert "gazB" in out[3] and "gazI" in out[4] and "gazI" in out[5]
    assert "orglist" in out[7] and "place1" in out[9] and "h=NE" in out[9]
    assert "-1l=nach" in out[3] and "+2l=main" in out[3] and "-2given" not in out[2]
    assert "-1given" in out[1]
    assert short_shape("McDonald's") == "XxXx'x"


def test_shipped_crf_fixes_a_real_sentence():
    # 10kGNAD (derStandard, 2016): the chain alone calls the minister an organisation and misses
    # the town; with the CRF before the rule chain both are right.
    from pathlib import Path

    import spacy

    from newsgraph.nlp import add_ner

    model = Path(__file__).resolve().parents[1] / "models" / "de_ner"
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    add_ner(nlp, model)
    if "newsgraph_ner_crf" not in nlp.pipe_names:
        # Switched off in config/ner.toml: the shipped model is still tested, as [ner_crf] would place it.
        from newsgraph.nlp.noun_filter import settings

        cfg = settings("ner_crf")
        nlp.add_pipe("newsgraph_ner_crf", before="newsgraph_noun_filter",
                     config={"path": str(model / "crf"), "mode": cfg.get("mode", "override"),
                             "threshold": float(cfg.get("threshold", 0.85)),
                             "fill_threshold": float(cfg.get("fill_threshold", 0.8)),
                             "keep_longer": bool(cfg.get("keep_longer", True))})
    text = ("Und Nikos Toskas, der Bürgerschutzminister, lässt mit Gewalt einen Teil der marokkanischen "
            "Flüchtlinge aus dem Taekwando-Stadion nach Korinth abtransportieren.")
    with nlp.select_pipes(disable=["newsgraph_ner_crf"]):
        chain = {(e.text, e.label_) for e in nlp(text).ents}
    both = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("Nikos Toskas", "PER") not in chain and ("Korinth", "LOC") not in chain
    assert {("Nikos Toskas", "PER"), ("Korinth", "LOC")} <= both


def test_training_features_ignore_name_lists_beside_the_model(tmp_path):
    # The shipped CRF is trained without list attributes (a CRF leaning on the lists overrides the
    # spaCy model where the rules after it decide; de_ner card), even when the lists lie beside it.
    from newsgraph.nlp.ner_crf import CENTROIDS, HANTA, load_features
    from training.ner.train_crf import FEAT_KW

    crf = tmp_path / "crf"
    crf.mkdir()
    rng = np.random.default_rng(0)
    np.savez(crf / CENTROIDS, k4=rng.normal(size=(4, 64)).astype("float16"))
    (crf / HANTA).write_text("Berlin\tNE\n", "utf-8")
    (tmp_path / "first_names.txt").write_text("Angela\n", "utf-8")
    (tmp_path / "gazetteer.txt").write_text("Berlin\n", "utf-8")
    words = ["Angela", "fuhr", "nach", "Berlin"]
    with_lists = load_features(crf).sentence(words)
    assert "given" in with_lists[0] and "place1" in with_lists[3]
    plain = load_features(crf, **FEAT_KW).sentence(words)
    assert not any(a in t for t in plain for a in ("given", "place1", "gazB", "orglist"))
    assert "h=NE" in plain[3]


def _gnad_test_csv() -> Path:
    from training.ner.convert import shared_dir

    return shared_dir() / "data/corpora/10kgnad/test.csv"


@pytest.mark.skipif(not _gnad_test_csv().exists(), reason="needs the shared 10kGNAD articles")
def test_context_clusters_group_words_by_their_neighbours(tmp_path):
    # training/ner/word_clusters.py on real news text (the 1,028 10kGNAD test articles; the vector text it reads
    # by default is git-ignored): weekdays keep the same company ("am Montag", "am Dienstag") though
    # their forms share little, and a word outside the table gets "x=oov"; without the file no
    # context attribute appears.
    import csv
    import re

    from newsgraph.nlp.ner_crf import CENTROIDS, CONTEXT_TABLE, HANTA, load_features
    from training.ner import word_clusters

    csv.field_size_limit(10**8)
    with open(_gnad_test_csv(), encoding="utf-8") as fh:
        arts = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) > 1]
    text = tmp_path / "text.txt"
    text.write_text("\n".join(" ".join(re.findall(r"\w[\w-]*|[^\w\s]", a)) for a in arts), "utf-8")
    crf = tmp_path / "crf"
    word_clusters.build(crf, text)
    with np.load(crf / CONTEXT_TABLE) as z:
        vocab = str(z["words"]).split("\n")
        ids = z["ids"]
    row = {w: ids[vocab.index(w)] for w in ("Montag", "Dienstag", "Mittwoch", "Regierung", "Wien", "Graz")}
    # The finest clusters (1024): the three weekdays together, two Austrian cities together, the noun
    # "Regierung" with neither.
    assert row["Montag"][-1] == row["Dienstag"][-1] == row["Mittwoch"][-1] != row["Regierung"][-1]
    assert row["Wien"][-1] == row["Graz"][-1] != row["Regierung"][-1]

    rng = np.random.default_rng(0)
    np.savez(crf / CENTROIDS, k4=rng.normal(size=(4, 64)).astype("float16"))
    (crf / HANTA).write_text("Berlin\tNE\n", "utf-8")
    out = load_features(crf, lists=False).sentence(["am", "Montag", "in", "Xyzzyburg"])
    assert f"x64={row['Montag'][0]}" in out[1] and f"+1x64={row['Montag'][0]}" in out[0]
    assert "x=oov" in out[3] and "+1x=oov" in out[2]
    (crf / CONTEXT_TABLE).unlink()
    plain = load_features(crf, lists=False).sentence(["am", "Montag"])
    assert not any(a.startswith(("x", "-1x", "+1x")) for t in plain for a in t)


def test_network_labels_as_attributes():
    # Stacking: the network's BIO tag of the word, of its neighbours and the pair (i, i+1); none without them,
    # and a model without weights for one drops it (the tagger's attribute set).
    feats = Features({}, {}, [], set(), set())
    words = ["Angela", "Merkel", "fuhr", "nach", "Paris"]
    net = ["B-PER", "I-PER", "O", "O", "B-LOC"]
    out = feats.sentence(words, net)
    # Only entity tags by default: "O" everywhere would mark the sentences that have network labels.
    assert {"n0=B-PER", "n+1=I-PER", "n01=B-PER|I-PER"} <= set(out[0]) and "n-1=BOS" not in out[0]
    assert {"n-1=I-PER"} == {a for a in out[2] if a.startswith(("n0=", "n-1=", "n+1=", "n01="))}
    assert {"n0=B-LOC", "n01=B-LOC|EOS"} <= set(out[4]) and "n-1=O" not in out[4]
    feats.network_o = True
    out = feats.sentence(words, net)
    assert {"n0=B-PER", "n-1=BOS", "n+1=I-PER", "n01=B-PER|I-PER"} <= set(out[0])
    assert {"n0=B-LOC", "n-1=O", "n+1=EOS", "n01=B-LOC|EOS"} <= set(out[4])
    feats.network_o = False
    assert not any(a.startswith(("n0=", "n-1=", "n+1=", "n01=")) for t in feats.sentence(words) for a in t)
    feats.keep = {"n0=B-LOC"}
    assert [a for a in feats.sentence(words, net)[4] if a.startswith(("n0", "n-1", "n+1", "n01"))] == ["n0=B-LOC"]


def test_merge_replace_takes_the_crf_spans_alone():
    ents = [(0, 2, "PER"), (4, 5, "LOC")]
    assert merge(ents, [(0, 2, "ORG")], None, "replace", 1.0) == [(0, 2, "ORG")]
    assert merge(ents, [], None, "replace", 1.0) == []


def test_stacked_crf_reads_the_entities_on_the_doc(tmp_path):
    # A CRF trained with the network's labels as attributes gets them at run time from the entities already
    # on the doc (the spaCy NER's, as it runs right after `ner`). Trained on real sentences where the
    # network's label is the only signal that tells "Bremen" the club (ORG) from "Bremen" the city (LOC),
    # it follows whatever label the doc carries.
    import pycrfsuite
    import spacy
    from spacy.tokens import Span

    from newsgraph.nlp.ner_crf import CENTROIDS, HANTA, MODEL, NerCrf, uses_network

    crf = tmp_path / "crf"
    crf.mkdir()
    np.savez(crf / CENTROIDS, k4=np.random.default_rng(0).normal(size=(4, 64)).astype("float16"))
    (crf / HANTA).write_text("Bremen\tNE\n", "utf-8")
    feats = Features({}, {"Bremen": "NE"}, [], set(), set())
    trainer = pycrfsuite.Trainer(verbose=False)
    sents = [("Das Spiel gegen Bremen endete 2 : 1 .", "ORG"), ("Der Zug nach Bremen fiel aus .", "LOC"),
             ("Wir haben in Bremen gewohnt .", "LOC"), ("Sie schlugen Bremen in der Nachspielzeit .", "ORG")]
    for text, lab in sents * 3:
        words = text.split()
        tags = [f"B-{lab}" if w == "Bremen" else "O" for w in words]
        trainer.append(feats.sentence(words, tags), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(crf / MODEL))

    nlp = spacy.blank("de")
    comp = NerCrf(nlp, str(crf), mode="replace")
    assert comp.network and uses_network(comp.features.keep)
    for lab in ("ORG", "LOC"):
        doc = nlp.make_doc("Am Samstag kommt Bremen .")
        doc.ents = [Span(doc, 3, 4, label=lab)]
        assert [(e.text, e.label_) for e in comp(doc).ents] == [("Bremen", lab)]


def test_gazetteer_marks_longest_match_left_to_right():
    # A name that starts inside a longer match is not marked again ("Main" in "Frankfurt am Main");
    # after the match the scan goes on ("Main" alone).
    feats = Features({}, {}, ["Frankfurt am Main", "Main", "am Main", "Frankfurt"], set(), set())
    words = ["in", "Frankfurt", "am", "Main", "und", "am", "Main", "Main", "Frankfurt"]
    assert feats._places(words) == ["", "gazB", "gazI", "gazI", "", "gazB", "gazI", "gazB", "gazB"]
    assert feats._places([]) == [] and feats._places(["und"]) == [""]


def test_encoded_attributes_tag_as_the_text_ones():
    # The component hands the tagger UTF-8 bytes (python-crfsuite would encode each str itself):
    # the same attributes, and on the shipped CRF the same tags and marginals as text attributes.
    _, feats, tagger = _shipped_crf()
    words = ("Die Grünen in Baden-Württemberg wählten Winfried Kretschmann in Stuttgart erneut zum "
             "Spitzenkandidaten , berichtete die Süddeutsche Zeitung .").split()
    text, enc = feats.sentence(words), feats.sentence(words, encoded=True)
    assert enc == [[a.encode("utf-8") for a in f] for f in text]
    tags = tagger.tag(text)
    marg = [tagger.marginal(t, i) for i, t in enumerate(tags)]
    assert tagger.tag(enc) == tags and [tagger.marginal(t, i) for i, t in enumerate(tags)] == marg
    assert "B-PER" in tags


def _shipped_crf():
    import pycrfsuite

    from newsgraph.nlp.ner_crf import MODEL, load_features

    crf = Path(__file__).resolve().parents[1] / "models" / "de_ner" / "crf"
    feats = load_features(crf)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf / MODEL))
    feats.keep = {a for a, _ in tagger.info().state_features}
    return crf, feats, tagger


def _sample_sentences() -> list[list[str]]:
    import json

    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    path = Path(__file__).resolve().parents[1] / "newsgraph" / "data" / "samples" / "wikinews_de.jsonl"
    texts = [json.loads(x)["text"] for x in path.read_text("utf-8").splitlines() if x.strip()]
    return [w for d in nlp.pipe(texts) for w in ([t.text for t in s if not t.is_space] for s in d.sents) if w]


def test_model_reader_has_the_taggers_weights():
    # read_model takes the weights from the model file at full precision; python-crfsuite's info() has them
    # rounded to six decimals.
    from newsgraph.nlp.ner_crf import MODEL, read_model

    crf, _, tagger = _shipped_crf()
    labels, attrs, state, trans = read_model(crf / MODEL)
    info = tagger.info()
    assert labels == list(tagger.labels()) and len(set(attrs)) == len(attrs)
    aid, lid = {a: i for i, a in enumerate(attrs)}, {y: i for i, y in enumerate(labels)}
    assert {(attrs[a], labels[y]) for a, y in zip(*np.nonzero(state), strict=True)} == set(info.state_features)
    assert max(abs(state[aid[a], lid[y]] - w) for (a, y), w in info.state_features.items()) < 1e-6
    assert max(abs(trans[lid[a], lid[b]] - w) for (a, b), w in info.transitions.items()) < 1e-6


def test_state_attributes_are_the_taggers_and_cluster_names_as_eagerly_made(tmp_path):
    # The component reads the attributes with a state feature from the model file, not from
    # python-crfsuite's text dump (its info()), and names a word's clusters on first look-up: the
    # same set, and for every stored word the names the eager table made.
    from newsgraph.nlp.ner_crf import CLUSTER_TABLE, MODEL, state_attributes

    crf, feats, tagger = _shipped_crf()
    assert state_attributes(crf / MODEL) == {a for a, _ in tagger.info().state_features}
    with np.load(crf / CLUSTER_TABLE) as z:
        words = str(z["words"]).split("\n")
        ids = z["ids"].tolist()
    assert len(feats.table) == len(set(words)) > 10_000
    eager = {w: feats._names(row) for w, row in zip(words, ids, strict=True)}
    assert all(feats.table[w] == names for w, names in eager.items())
    assert "Xyzzyburg-Qwrt" not in feats.table and "Berlin" in feats.table
    feats.clusters(["Berlin", "Xyzzyburg-Qwrt"])
    assert feats._clusters["Berlin"] == eager["Berlin"] and len(eager["Berlin"]) == len(feats.centroids) > 0


def test_own_viterbi_gives_the_taggers_tags():
    # Our Viterbi over the model's weights (all sentences at once, or one by one) against crfsuite's tagger on
    # every sentence of the sample articles: the same tags, and not only O.
    from newsgraph.nlp.ner_crf import MODEL, Viterbi

    crf, feats, tagger = _shipped_crf()
    sents = _sample_sentences()
    want = [tagger.tag(feats.sentence(w)) for w in sents]
    v = Viterbi(crf / MODEL, feats)
    assert v.tags(sents) == want
    assert [v.tags([w])[0] for w in sents[:20]] == want[:20]
    assert len(sents) > 50 and sum(t != "O" for ts in want for t in ts) > 50


def test_own_marginals_are_the_taggers_bit_for_bit():
    # Our forward-backward on the Viterbi's state sums against crfsuite's Tagger.marginal after Tagger.set, every
    # label at every token of the sample sentences: equal floats, not close ones (the component's merge compares
    # them with its thresholds); for all sentences at once, a reversed subset, and with an earlier call's sums gone.
    from newsgraph.nlp.ner_crf import MODEL, Viterbi

    crf, feats, tagger = _shipped_crf()
    sents = _sample_sentences()
    v = Viterbi(crf / MODEL, feats)
    v.tags(sents)
    ours = v.marginals(list(range(len(sents))))
    for words, m in zip(sents, ours, strict=True):
        tagger.set(feats.sentence(words))
        want = np.array([[tagger.marginal(lab, i) for lab in v.labels] for i in range(len(words))])
        assert m.shape == want.shape and np.array_equal(m, want)
    sub = list(range(0, len(sents), 3))[::-1]
    assert all(np.array_equal(a, ours[w]) for a, w in zip(v.marginals(sub), sub, strict=True))
    v.tags(sents[:5])
    assert all(np.array_equal(a, b) for a, b in zip(v.marginals([4, 0]), [ours[4], ours[0]], strict=True))
    assert v.marginals([]) == [] and len({len(w) for w in sents}) > 10


def _network_pipeline():
    """A blank German pipeline with the shipped NER network (no CRF), and the shipped CRF component's keyword arguments."""
    import spacy

    from newsgraph.nlp import add_ner
    from newsgraph.nlp.noun_filter import settings

    model = Path(__file__).resolve().parents[1] / "models" / "de_ner"
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    add_ner(nlp, model)
    cfg = settings("ner_crf")
    kw = {"path": str(model / "crf"), "mode": cfg.get("mode", "override"), "threshold": float(cfg.get("threshold", 0.85)),
          "fill_threshold": float(cfg.get("fill_threshold", 0.8)), "keep_longer": bool(cfg.get("keep_longer", True))}
    return nlp, kw


def _sample_docs(nlp):
    """The shipped sample articles through ``nlp`` up to its NER network."""
    import json

    path = Path(__file__).resolve().parents[1] / "newsgraph" / "data" / "samples" / "wikinews_de.jsonl"
    texts = [json.loads(x)["text"] for x in path.read_text("utf-8").splitlines() if x.strip()]
    upto = nlp.pipe_names[: nlp.pipe_names.index("ner") + 1]
    with nlp.select_pipes(enable=upto):
        return list(nlp.pipe(texts))


def test_component_fast_and_tagger_paths_agree():
    # The component with our Viterbi (and our marginals where the merge reads them) against the
    # same component tagging every sentence with crfsuite: the same entities on the sample articles.
    from newsgraph.nlp.ner_crf import NerCrf

    nlp, kw = _network_pipeline()
    fast, slow = NerCrf(nlp, **kw), NerCrf(nlp, **kw, fast=False)
    assert fast.viterbi is not None and slow.viterbi is None
    docs = _sample_docs(nlp)
    before = [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
    a = [[(e.start, e.end, e.label_) for e in d.ents] for d in fast.pipe([x.copy() for x in docs], batch_size=4)]
    b = [[(e.start, e.end, e.label_) for e in slow(x.copy()).ents] for x in docs]
    assert a == b and a != before


def test_own_viterbi_on_no_sentences_and_one_word():
    from newsgraph.nlp.ner_crf import MODEL, Viterbi

    crf, feats, tagger = _shipped_crf()
    v = Viterbi(crf / MODEL, feats)
    assert v.tags([]) == []
    assert v.tags([["Berlin"], ["und"]]) == [tagger.tag(feats.sentence(["Berlin"])), tagger.tag(feats.sentence(["und"]))]


def test_own_viterbi_starts_over_past_its_cache_size():
    # A long ingest: past max_cache forms the word table and the features' caches start over, the tags stay the tagger's.
    from newsgraph.nlp.ner_crf import MODEL, Viterbi

    crf, feats, tagger = _shipped_crf()
    sents = _sample_sentences()[:40]
    want = [tagger.tag(feats.sentence(w)) for w in sents]
    feats.max_cache = 30
    v = Viterbi(crf / MODEL, feats)
    assert [v.tags(sents[i:i + 4]) for i in range(0, 40, 4)] == [want[i:i + 4] for i in range(0, 40, 4)]
    assert len(v.rows) <= 30 + max(len(set(w)) for w in sents) * 4


def test_a_cached_load_tags_as_a_fresh_build(tmp_path, monkeypatch):
    # The shipped CRF's built features and Viterbi come back from the per-machine pickle (newsgraph/built_cache.py)
    # once built: the pickle is read, not built again, and the component it makes gives the entities a fresh
    # build gives on the sample articles, with the pipeline's vectors, never pickled ones.
    from newsgraph.nlp import ner_crf

    nlp, kw = _network_pipeline()
    monkeypatch.setenv("NEWSGRAPH_NO_BUILT_CACHE", "1")
    fresh = ner_crf.NerCrf(nlp, **kw)
    monkeypatch.delenv("NEWSGRAPH_NO_BUILT_CACHE")
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "cache"))
    builds = []
    real_build = ner_crf._build
    monkeypatch.setattr(ner_crf, "_build", lambda *a: builds.append(1) or real_build(*a))
    first = ner_crf.NerCrf(nlp, **kw)
    cached = ner_crf.NerCrf(nlp, **kw)
    assert len(builds) == 1 and len(list((tmp_path / "cache").glob("ner-crf-*.pickle"))) == 1
    assert cached.features is not first.features and cached.viterbi is not None
    assert cached.features.keep == fresh.features.keep and cached.viterbi.aid == fresh.viterbi.aid
    assert np.array_equal(cached.viterbi.W, fresh.viterbi.W) and np.array_equal(cached.viterbi.trans, fresh.viterbi.trans)
    assert cached.viterbi.features is cached.features and cached.features.vectors is fresh.features.vectors
    docs = _sample_docs(nlp)
    before = [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
    want = [[(e.start, e.end, e.label_) for e in d.ents] for d in fresh.pipe([x.copy() for x in docs], batch_size=4)]
    got = [[(e.start, e.end, e.label_) for e in d.ents] for d in cached.pipe([x.copy() for x in docs], batch_size=4)]
    assert got == want and got != before
