"""A/B of rule changes in the German NER chain on GermEval CV folds, from cached model outputs.

    python -m training.ner.rule_ab --folds 0 1                       # shipped chain, pooled F1 + census
    python -m training.ner.rule_ab --folds 0 1 --set person_names.particle_extend=true

The spaCy fold model's entities (``--cv``, default training/runs/ner/h1d2) and the fold CRF's tags and
marginals (``--crf``, default training/runs/ner/crf/base) do not change when only the rules after them
change, so each fold's are computed once and cached (``--cache``, default training/runs/h1/rulecache/,
git-ignored); the chain is then the shipped combination of train_crf.py ("over0.85/fill0.8/keeplonger@filter":
the CRF merged before the noun filter, then the rules) with the rule settings of config/ner.toml, overridden by
``--set section.key=value`` (TOML values). ``--census`` prints the error classes of the de_ner card ("Round 16")
and ``--show N`` up to N changed sentences against the shipped settings.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tomllib
from collections import Counter
from pathlib import Path

from newsgraph.eval.ner import Scores, gold_spans, label_config

from .convert import REPO

CACHE = REPO / "training" / "runs" / "h1" / "rulecache"
CV = REPO / "training" / "runs" / "ner" / "h1d2"
CRF = REPO / "training" / "runs" / "ner" / "crf" / "base"
RES = REPO / "training" / "runs" / "ner" / "crf" / "res"
SHIPPED = "over0.85/fill0.8/keeplonger@filter"


def _model_docbin(k: int, cv: Path, cache: Path) -> bytes:
    """DocBin bytes of spaCy fold model k's docs over GermEval fold k: from any cached fold of that CV run
    (the docs do not depend on the CRF), else tagged now."""
    import spacy
    from spacy.tokens import Doc, DocBin

    from .gazetteer import _fold_model
    from .train_crf import germeval_folds

    for path in sorted(cache.glob(f"{cv.name}-*-cv{k}.pkl")):
        with path.open("rb") as f:
            return pickle.load(f)["docs"]
    nlp = spacy.load(_fold_model(cv, k))
    docs = list(nlp.pipe(Doc(nlp.vocab, words=s.words) for s in germeval_folds()[k]))
    return DocBin(docs=docs).to_bytes()


def model_docs(k: int, cv: Path, cache: Path) -> list:
    """spaCy fold model k's docs over GermEval fold k (its entities are the network's labels)."""
    import spacy
    from spacy.tokens import DocBin

    return list(DocBin().from_bytes(_model_docbin(k, cv, cache)).get_docs(spacy.blank("de").vocab))


def fold_cache(k: int, cv: Path, crf: Path, res: Path, cache: Path):
    """(sentences, DocBin bytes of the fold model's docs, CRF outputs) of GermEval fold k. A stacked CRF
    reads fold model k's entities of the same sentences, as it does at run time."""
    from .train_crf import _ents, bio, crf_fold, germeval_folds

    path = cache / f"{cv.name}-{crf.name}-cv{k}.pkl"
    sents = germeval_folds()[k]
    if path.exists():
        with path.open("rb") as f:
            data = pickle.load(f)
        return sents, data["docs"], data["crf"]
    docbin = _model_docbin(k, cv, cache)
    net = [bio(len(d), _ents(d)) for d in model_docs(k, cv, cache)]
    out = crf_fold(res, crf / f"cv{k}.crfsuite", sents, net)
    cache.mkdir(parents=True, exist_ok=True)
    data = {"docs": docbin, "crf": out}
    with path.open("wb") as f:
        pickle.dump(data, f)
    return sents, data["docs"], out


def parse_sets(items: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for item in items:
        key, value = item.split("=", 1)
        section, name = key.split(".", 1)
        out.setdefault(section, {})[name] = tomllib.loads(f"v = {value}")["v"]
    return out


def predict(sents, docs, crf, sets: dict[str, dict]):
    """The shipped combination's entities for one fold with the config overridden by ``sets``."""
    from newsgraph.nlp import noun_filter
    from newsgraph.nlp.ner_crf import bio_spans, merge

    from . import train_crf

    real = noun_filter.settings

    def settings(section: str = "noun_filter") -> dict:
        return {**real(section), **sets.get(section, {})}

    noun_filter.settings = settings
    try:
        rules = train_crf._rules()
    finally:
        noun_filter.settings = real
    spans_conf = []
    for c in crf:
        sp = bio_spans(c["tags"])
        spans_conf.append((sp, [min(c["marg"][a:b]) for a, b, _ in sp]))
    cfg = settings("ner_crf")
    t, ft, kl = float(cfg["threshold"]), float(cfg["fill_threshold"]), bool(cfg["keep_longer"])
    mode = cfg.get("mode", "override")
    return train_crf.run_chain(docs, rules, lambda k, ents: merge(ents, *spans_conf[k], mode, t, ft, kl),
                               "filter")


def census(sents, preds) -> Counter:
    """Error classes of the gold spans not predicted exactly: no predicted overlap (miss), an overlapping
    span of the same label (boundary), the same span with another label (label), an overlapping span of
    another label and extent (label+boundary); and predictions overlapping no gold span (spurious)."""
    cfg = label_config()
    c = Counter()
    for s, p in zip(sents, preds, strict=True):
        gold = set(gold_spans(s, cfg))
        pred = set(map(tuple, p))
        for a, b, lab in gold - pred:
            over = [x for x in pred if x[0] < b and a < x[1]]
            if not over:
                c[f"miss {lab}"] += 1
            elif any(x[2] == lab for x in over):
                c[f"boundary {lab}"] += 1
            elif any(x[:2] == (a, b) for x in over):
                c[f"label {lab}->{over[0][2]}"] += 1
            else:
                c[f"label+boundary {lab}->{over[0][2]}"] += 1
        for a, b, lab in pred - gold:
            if not any(x[0] < b and a < x[1] for x in gold):
                c[f"spurious {lab}"] += 1
    return c


def show(words, spans) -> str:
    return " ".join(f"[{' '.join(words[a:b])}]{lab}" for a, b, lab in sorted(spans))


def main(argv: list[str] | None = None) -> int:
    import spacy
    from spacy.tokens import DocBin

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, nargs="*", default=[0, 1])
    ap.add_argument("--cv", type=Path, default=CV)
    ap.add_argument("--crf", type=Path, default=CRF)
    ap.add_argument("--res", type=Path, default=RES)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--set", dest="sets", action="append", default=[], help="section.key=TOML value")
    ap.add_argument("--census", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print up to N sentences that change against the shipped settings")
    ap.add_argument("--dump", type=Path, help="write the predictions (JSON lines: fold, words, gold, pred)")
    args = ap.parse_args(argv)
    sets = parse_sets(args.sets)
    vocab = spacy.blank("de").vocab
    cfg = label_config()
    total, base_total, alone = Scores(), Scores(), Scores()
    per_fold, cen = [], Counter()
    shown = 0
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for k in args.folds:
        sents, docbin, crf = fold_cache(k, args.cv, args.crf, args.res, args.cache)
        docs = list(DocBin().from_bytes(docbin).get_docs(vocab))
        preds = predict(sents, docs, crf, sets)
        from newsgraph.nlp.ner_crf import bio_spans

        for s, c in zip(sents, crf, strict=True):
            alone.add(set(gold_spans(s, cfg)), set(bio_spans(c["tags"])))
        base = predict(sents, docs, crf, {}) if (args.show and sets) else preds
        sc = Scores()
        bsc = Scores()
        for s, p, b in zip(sents, preds, base, strict=True):
            gold = set(gold_spans(s, cfg))
            sc.add(gold, set(map(tuple, p)))
            bsc.add(gold, set(map(tuple, b)))
            if dump:
                dump.write(json.dumps({"fold": k, "words": s.words, "gold": sorted(gold), "pred": sorted(map(tuple, p))},
                                      ensure_ascii=False) + "\n")
            if shown < args.show and sorted(map(tuple, p)) != sorted(map(tuple, b)):
                shown += 1
                good = len(gold & set(map(tuple, p))) - len(gold & set(map(tuple, b)))
                print(f"-- fold {k} ({'+' if good > 0 else '-' if good < 0 else '='}{abs(good)})\n   gold {show(s.words, gold)}"
                      f"\n   was  {show(s.words, b)}\n   now  {show(s.words, p)}")
        for key in ("tp", "fp", "fn"):
            getattr(total, key).update(getattr(sc, key))
            getattr(base_total, key).update(getattr(bsc, key))
        per_fold.append(sc.micro()[2])
        if args.census:
            cen += census(sents, preds)
    if dump:
        dump.close()
    p, r, f = total.micro()
    labs = " / ".join(f"{total.label(lab)[2]:.3f}" for lab in ("PER", "LOC", "ORG", "MISC"))
    print(f"folds {args.folds} {args.sets or 'shipped'}: P {p:.4f} R {r:.4f} F1 {f:.4f} | per fold "
          + " / ".join(f"{x:.4f}" for x in per_fold) + f" | PER/LOC/ORG/MISC {labs}")
    p, r, f = alone.micro()
    print(f"  CRF alone: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    if args.show and sets:
        print(f"  shipped settings: F1 {base_total.micro()[2]:.4f}")
    if args.census:
        for key, n in sorted(cen.items(), key=lambda x: (x[0].split()[0], -x[1])):
            print(f"  {key:22s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
