"""A/B of HanTa second-opinion settings (newsgraph/nlp/hanta_tags.py) on a GSD file with the fold model's
parses and output-layer probabilities cached, and the UPOS changes it makes counted by confusion pair.

The fold model runs once up to the parser (segmenter included; no mood rules, no HanTa) and its docs are kept
in a DocBin beside the tagger's top probability and the morphologizer's UPOS probabilities per token (an .npz),
which is what ``newsgraph_hanta_tags`` reads from ``doc.tensor`` in a pipeline run. Every setting then reloads
the docs, applies the component with those probabilities and the Konjunktiv rules, and scores with
``newsgraph.eval.ud.evaluate`` exactly as ``newsgraph eval ud … --hanta-table`` does (same docs, same order).

    python -m training.ud.hanta_ab ../shared/data/ud-de/de_gsd-ud-dev.conllu \\
        --model training/runs/foldA-vec/model-best --cache /tmp/h3/A --table /tmp/h3/table-for-A.json \\
        --set scope=all --set scope=finite --pairs

``--set K=V[,K=V…]`` is one setting (keys of ``[hanta]``; lists comma-separated inside ``upos_pairs=a b;c d``);
``--pairs`` prints, for the first setting, every (our UPOS -> new UPOS) change of a token with how many gold
words it made right and wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy

from newsgraph.eval.ud import evaluate, predicted_words, read_conllu

from .mood_errors import _Cached, _texts


def parse(model: Path, texts: list[str], cache: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    import newsgraph.nlp  # noqa: F401  (registers newsgraph_segmenter)
    from newsgraph.nlp.hanta_tags import HantaTags

    nlp = spacy.load(model)
    nlp.add_pipe("newsgraph_segmenter", before="parser" if "parser" in nlp.pipe_names else None)
    probe = HantaTags(nlp, 0.9, {}, [])
    db = DocBin(store_user_data=True)
    arrays = {}
    for k, doc in enumerate(nlp.pipe(texts, batch_size=16)):
        ((p_tag, up, names),) = probe._probs([doc])
        arrays[f"t{k}"], arrays[f"u{k}"] = p_tag, up
        db.add(doc)
    arrays["names"] = numpy.array(names)
    cache.mkdir(parents=True, exist_ok=True)
    db.to_disk(cache / "docs.spacy")
    numpy.savez_compressed(cache / "probs.npz", **arrays)


def _value(v: str):
    if ";" in v or v == "[]":
        return [x for x in v.strip("[]").split(";") if x]
    try:
        return float(v) if "." in v else int(v)
    except ValueError:
        return v


def setting(spec: str) -> dict:
    return {k: _value(v) for k, v in (kv.split("=", 1) for kv in spec.split(",") if kv)}


def run(model: Path, cache: Path, table: dict, mood: bool = True):
    """The cached docs after the component (``table`` = keys of [hanta]; None: without it) and the mood rules,
    and per doc the (token index -> (pos_, tag_) before the component) map."""
    import spacy
    from spacy.tokens import DocBin

    from newsgraph.nlp.hanta_tags import HantaTags, _tagger
    from newsgraph.nlp.mood import MoodRules

    nlp = spacy.load(model, exclude=["parser", "ner", "lemmatizer"])
    docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(nlp.vocab))
    probs = numpy.load(cache / "probs.npz")
    names = [str(x) for x in probs["names"]]
    before = [{t.i: (t.pos_, t.tag_) for t in d} for d in docs]
    if table is not None:
        comp = HantaTags(nlp, float(table.get("threshold", 0.9)), dict(table.get("upos_map", {})),
                         list(table.get("keep_upos", [])), float(table.get("sure_upos", 0.95)),
                         str(table.get("scope", "all")), int(table.get("window", 0)),
                         str(table.get("context", "hanta")), list(table.get("upos_pairs", [])),
                         list(table.get("skip_pairs", [])), str(table.get("layer", "corrected")))
        comp._setup()
        tagger = _tagger()
        for k, d in enumerate(docs):
            if len(d):
                comp._fix(d, tagger, probs[f"t{k}"], probs[f"u{k}"], names)
    if mood:
        rules = MoodRules()
        docs = [rules(d) for d in docs]
    return docs, before


def pair_counts(sents, docs, before, doc_sents: int) -> dict[tuple, list[int]]:
    """(our UPOS, new UPOS) of each changed token -> [gold words made right, made wrong, other]."""
    out: dict[tuple, list[int]] = {}
    for k, doc in enumerate(docs):
        preds = predicted_words(doc)
        off = 0
        for s in sents[k * doc_sents : (k + 1) * doc_sents]:
            for w in s.words:
                p = preds.get((w.start + off, w.end + off, w.sub))
                if p is None:
                    continue
                t = p.token
                old_pos, old_tag = before[k][t.i]
                # the corrected layer (Token._.upos / _.stts): the component's correction in either [hanta] layer
                new_pos, new_tag = t._.upos, t._.stts
                if (old_pos, old_tag) == (new_pos, new_tag) or w.sub is not None:
                    continue
                if t._.ud_words and len(t._.ud_words) > 1:
                    continue  # compounds' parts: UPOS not the token's own
                c = out.setdefault((old_pos, new_pos), [0, 0, 0])
                if new_pos == w.upos and old_pos != w.upos:
                    c[0] += 1
                elif old_pos == w.upos and new_pos != w.upos:
                    c[1] += 1
                else:
                    c[2] += 1
            off += len(s.text) + 1
    return out


def dump(sents, cache: Path, model: Path, out: Path, doc_sents: int) -> None:
    """The rows of training/ud/hanta_dump.py (what training/ud/hanta_second.py learns a table from) from the
    cache, without a second parse."""
    from newsgraph.nlp.segment import _hanta

    from .hanta_dump import hanta_stts

    hanta = _hanta()
    docs, _ = run(model, cache, None)
    probs = numpy.load(cache / "probs.npz")
    names = [str(x) for x in probs["names"]]
    with out.open("w", encoding="utf-8") as f:
        for k, doc in enumerate(docs):
            e2e = {}
            for s in doc.sents:
                toks = [t for t in s if not t.is_space]
                if toks:
                    for t, tag in zip(toks, hanta.tag_sent([t.text for t in toks], taglevel=0), strict=True):
                        e2e[t.i] = hanta_stts(tag)
            by_span = {(t.idx, t.idx + len(t.text)): t for t in doc}
            off = 0
            for s in sents[k * doc_sents : (k + 1) * doc_sents]:
                gold = [hanta_stts(x) for x in hanta.tag_sent([w.form for w in s.words], taglevel=0)] if s.words else []
                for j, w in enumerate(s.words):
                    t = by_span.get((w.start + off, w.end + off))
                    rec = {"form": w.form, "upos": w.upos, "xpos": w.xpos, "feats": w.feats, "h_gold": gold[j],
                           "aligned": t is not None}
                    if t is not None:
                        up = probs[f"u{k}"][t.i]
                        rec.update({"tag": t.tag_, "pos": t.pos_, "morph": str(t.morph), "i": t.i,
                                    "p_tag": float(probs[f"t{k}"][t.i]),
                                    "p_pos": float(up[names.index(t.pos_)]) if t.pos_ in names else 0.0,
                                    "h_e2e": e2e.get(t.i, "")})
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                off += len(s.text) + 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--cache", type=Path, required=True, help="directory, built if missing")
    ap.add_argument("--table", type=Path, help="JSON of training/ud/hanta_second.py --out (default: [hanta] of mood.toml)")
    ap.add_argument("--set", action="append", default=[], help="one setting: K=V,K=V (keys of [hanta]); 'off': none")
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--doc-sents", type=int, default=10)
    ap.add_argument("--dump", type=Path, help="write training/ud/hanta_dump.py's rows from the cache and stop")
    args = ap.parse_args(argv)
    sents = read_conllu(args.file)
    if not (args.cache / "probs.npz").exists():
        parse(args.model, _texts(sents, args.doc_sents), args.cache)
    if args.dump:
        dump(sents, args.cache, args.model, args.dump, args.doc_sents)
        return 0
    from newsgraph.nlp.hanta_tags import settings

    base = json.loads(args.table.read_text("utf-8")) if args.table else settings()
    for n, spec in enumerate(args.set or ["off"]):
        table = None if spec == "off" else {**base, **setting(spec)}
        docs, before = run(args.model, args.cache, table)
        sc = evaluate(_Cached(docs), sents, args.doc_sents)
        print(f"{spec:<60} upos {sc['upos']:.4f} xpos {sc['xpos']:.4f} feats {sc['feats']:.4f} "
              f"mood {sc['mood_finite']:.4f} las {sc['las']:.4f}", flush=True)
        if args.pairs and n == 0 and table is not None:
            pc = pair_counts(sents, docs, before, args.doc_sents)
            print("our UPOS -> new UPOS: right / wrong / neither (net)")
            for (a, b), (r, w, o) in sorted(pc.items(), key=lambda kv: -(kv[1][0] - kv[1][1])):
                print(f"  {a:>6} -> {b:<6} {r:4d} {w:4d} {o:4d}  ({r - w:+d})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
