"""Dump, per gold GSD word, what our fold pipeline and HanTa say about it (issue #3, HanTa as a
second opinion on tags). One JSON line per gold word: gold form/upos/xpos/feats, our tag_/pos_/
morph (after the mood rules), the tagger's and morphologizer's probability of their choice, and
HanTa's STTS tag of the word in two settings: tagged in the gold sentence's gold tokens
("gold tokens") and in our predicted sentence's tokens ("end to end").

    python -m training.ud.hanta_dump ../shared/data/ud-de/de_gsd-ud-dev.conllu \
        --model training/runs/foldA-vec/model-best --out /tmp/h2upos/foldA-dev.jsonl

The analysis (maps, thresholds, pairs) is training/ud/hanta_second.py.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy

from newsgraph.eval.ud import read_conllu


def hanta_stts(tag: str) -> str:
    """HanTa's word tags are STTS with the verb/adjective subtype in brackets: VV(FIN) -> VVFIN."""
    return tag.replace("(", "").replace(")", "")


def tagger_scores(nlp, docs):
    """Per doc: (tagger probability rows, morphologizer probability rows) from doc.tensor, which
    the shared tok2vec leaves on the doc; the listeners read it back outside a pipeline run."""
    tagger = nlp.get_pipe("tagger")
    morph = nlp.get_pipe("morphologizer")
    # The softmax layers give logits at inference time.
    return [softmax(numpy.asarray(x)) for x in tagger.model.predict(docs)], \
        [softmax(numpy.asarray(x)) for x in morph.model.predict(docs)]


def softmax(x):
    e = numpy.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--doc-sents", type=int, default=10)
    args = ap.parse_args(argv)

    import spacy

    from newsgraph.nlp import add_mood_rules
    from newsgraph.nlp.segment import _hanta

    nlp = spacy.load(args.model)
    nlp.add_pipe("newsgraph_segmenter", before="parser")
    add_mood_rules(nlp)
    hanta = _hanta()
    tag_labels = list(nlp.get_pipe("tagger").labels)
    morph_labels = list(nlp.get_pipe("morphologizer").labels)
    morph_pos = [dict(f.split("=", 1) for f in lab.split("|") if "=" in f).get("POS", "") for lab in morph_labels]
    upos_names = sorted(set(morph_pos))
    upos_index = numpy.array([upos_names.index(p) for p in morph_pos])

    sents = read_conllu(args.file)
    chunks = [sents[i : i + args.doc_sents] for i in range(0, len(sents), args.doc_sents)]
    texts, offsets = [], []
    for chunk in chunks:
        offs, pos = [], 0
        for s in chunk:
            offs.append(pos)
            pos += len(s.text) + 1
        texts.append(" ".join(s.text for s in chunk))
        offsets.append(offs)
    hanta_time = 0.0
    hanta_tokens = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for chunk, offs, doc in zip(chunks, offsets, nlp.pipe(texts, batch_size=16), strict=True):
            (tp,), (mp,) = tagger_scores(nlp, [doc])
            # end to end: HanTa over our predicted sentences
            e2e: dict[int, tuple[str, float]] = {}
            for s in doc.sents:
                toks = [t for t in s if not t.is_space]
                if not toks:
                    continue
                t0 = time.process_time()
                tags = hanta.tag_sent([t.text for t in toks], taglevel=0)
                hanta_time += time.process_time() - t0
                hanta_tokens += len(toks)
                for t, tag in zip(toks, tags, strict=True):
                    e2e[t.i] = hanta_stts(tag)
            by_span = {(t.idx, t.idx + len(t.text)): t for t in doc}
            for s, off in zip(chunk, offs, strict=True):
                gold_tags = [hanta_stts(x) for x in hanta.tag_sent([w.form for w in s.words], taglevel=0)] if s.words else []
                for k, w in enumerate(s.words):
                    t = by_span.get((w.start + off, w.end + off))
                    rec = {"form": w.form, "upos": w.upos, "xpos": w.xpos, "feats": w.feats,
                           "h_gold": gold_tags[k], "aligned": t is not None}
                    if t is not None:
                        tprob = tp[t.i]
                        mprob = mp[t.i]
                        up = numpy.bincount(upos_index, weights=mprob, minlength=len(upos_names))
                        order = numpy.argsort(-tprob)
                        rec.update({
                            "tag": t.tag_, "pos": t.pos_, "morph": str(t.morph), "lemma": t.lemma_,
                            "dep": t.dep_, "i": t.i, "sent_start": t.is_sent_start,
                            "t1": tag_labels[order[0]], "p1": float(tprob[order[0]]),
                            "t2": tag_labels[order[1]], "p2": float(tprob[order[1]]),
                            "p_tag": float(tprob[tag_labels.index(t.tag_)]) if t.tag_ in tag_labels else 0.0,
                            "u1": upos_names[int(up.argmax())], "pu1": float(up.max()),
                            "p_pos": float(up[upos_names.index(t.pos_)]) if t.pos_ in upos_names else 0.0,
                            "h_e2e": e2e.get(t.i, ""),
                        })
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"HanTa tag_sent: {hanta_tokens} tokens, {hanta_time:.1f} CPU s ({hanta_tokens / max(hanta_time, 1e-9):.0f} tokens/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
