"""Train the German NER's feature CRF (newsgraph/nlp/ner_crf.py) and cross-validate it with the
spaCy NER and its rule chain on GermEval.

    python -m training.ner.train_crf --out models/de_ner/crf --self-train   # ship (see below)
    python -m training.ner.train_crf --out models/de_ner/crf          # resources + CRF on gold data only
    python -m training.ner.train_crf --cv training/runs/ner/h1d2 --folds 0 1   # CV: per-fold CRF + combinations

Training material is the spaCy NER's (training/ner/train.py): CoNLL-2003 German testa + testb,
Europarl and the GermEval 2014 dev folds (each twice), with the same label mapping
(config/ner.toml); CV fold k trains on the other four folds only and is scored on fold k, like
the per-fold spaCy models in ``--cv``. Resources (no GermEval text, so one set serves CV and the
shipped model): k-means centroids of the 64-d floret vectors over the vocabulary of the vector
training text (training/corpus/vectors/text.txt: 10kGNAD, quotes-de, SpkAtt, CoNLL, Europarl) and
HanTa's reading of its capitalised words. Runs go to training/runs/ner/crf/ (git-ignored).

``--self-train`` (shipped since round 16): a CRF on the gold material first (training/runs/ner/crf/ship/
gold.crfsuite), the shipped chain with that CRF then tags the first 6,000 sentences of the unlabelled
pool (training/ner/silver.py; built if missing), and the shipped CRF trains on the gold material plus
the first 4,000 of those where the chain's entities equal the CRF's own (models/de_ner card, "Round 15/16").
The name lists (gazetteer, given names, organisation names) never enter training: a CRF that leans on
them overrides the spaCy model where the rules after it would have decided (card, "BiLSTM third
opinion and CRF variants"); ``--lists`` puts them in for experiments.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from newsgraph.eval.ner import Scores, gold_spans, label_config, read
from newsgraph.nlp.ner_crf import (
    CENTROIDS,
    CLUSTER_TABLE,
    HANTA,
    MODEL,
    bio_spans,
    hanta_class,
    load_features,
    merge,
    uses_network,
)

from .convert import N_FOLDS, REPO, sources, spans

RUNS = REPO / "training" / "runs" / "ner" / "crf"
TEXT = REPO / "training" / "corpus" / "vectors" / "text.txt"
NER = REPO / "models" / "de_ner"
KS = (64, 256, 1024)
OTHER = ["conll_testa", "conll_testb", "europarl"]
# Keyword arguments of load_features: no name lists (--lists puts them in); for experiments (--dense)
# real-valued floret attributes.
FEAT_KW: dict = {"lists": False}


def vectors():
    import spacy

    return spacy.load(NER).vocab.vectors


def build_resources(out: Path, seed: int = 0) -> None:
    """centroids.npz and hanta.tsv from the unlabelled text's vocabulary."""
    from newsgraph.nlp.segment import _hanta

    out.mkdir(parents=True, exist_ok=True)
    counts = Counter(TEXT.read_text("utf-8").split())
    words = sorted(counts)
    cents = _centroids(_unit_vectors(words), KS, seed, batch_size=4096, n_init=3)
    np.savez_compressed(out / CENTROIDS, **cents)
    tagger = _hanta()
    caps = [w for w in words if w[:1].isupper()]
    t0 = time.process_time()
    with (out / HANTA).open("w", encoding="utf-8") as f:
        for w in caps:
            f.write(f"{w}\t{hanta_class(tagger.tag_word(w))}\n")
    print(f"HanTa: {len(caps)} words, {time.process_time() - t0:.0f} CPU s", file=sys.stderr)
    build_cluster_table(out)


def _unit_vectors(words: list[str]) -> np.ndarray:
    """The floret vectors of ``words``, each scaled to length 1 (spherical k-means)."""
    vec = np.asarray(vectors().get_batch(words), dtype="float32")
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    return vec


def _centroids(vec: np.ndarray, ks, seed: int, batch_size: int, n_init: int) -> dict[str, np.ndarray]:
    """k-means centroids of ``vec`` for every k in ``ks``, keyed "k<k>", stored as float16."""
    from sklearn.cluster import MiniBatchKMeans

    cents = {}
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=batch_size, n_init=n_init)
        km.fit(vec)
        cents[f"k{k}"] = km.cluster_centers_.astype("float16")
        print(f"k-means {k}: inertia {km.inertia_:.0f}", file=sys.stderr)
    return cents


def build_cluster_table(res: Path) -> None:
    """clusters.npz: the run-time component's cluster ids of the text's vocabulary, computed as it
    would compute them (a speed cache only: the features are the same with or without it)."""
    words = sorted(set(TEXT.read_text("utf-8").split()))
    feats = load_features(res, vectors(), lists=False)
    ids = np.concatenate([feats.assign(words[i:i + 8192]) for i in range(0, len(words), 8192)])
    np.savez_compressed(res / CLUSTER_TABLE, words=np.array("\n".join(words)), ids=ids.astype("uint16"))


def add_clusters(src: Path, out: Path, ks: list[int], seed: int = 0) -> None:
    """A copy of the resources in ``src`` with more k-means granularities (finer clusters)."""
    import shutil

    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(src / HANTA, out / HANTA)
    with np.load(src / CENTROIDS) as z:
        cents = {k: z[k] for k in z.files}
    words = sorted(set(TEXT.read_text("utf-8").split()))
    cents.update(_centroids(_unit_vectors(words), ks, seed, batch_size=8192, n_init=1))
    np.savez_compressed(out / CENTROIDS, **cents)
    build_cluster_table(out)


def bio(n: int, sp: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for a, b, lab in sp:
        tags[a] = f"B-{lab}"
        for i in range(a + 1, b):
            tags[i] = f"I-{lab}"
    return tags


def germeval_folds() -> list[list]:
    sents = read(sources()["germeval"])
    return [[s for i, s in enumerate(sents) if i % N_FOLDS == k] for k in range(N_FOLDS)]


def training_sentences(folds: list[int], repeat: int = 2,
                       silver: list[tuple[list[str], list[str]]] | None = None,
                       network: bool = False) -> list[tuple]:
    """(words, BIO tags) of the training material; with ``network`` (stacking) (words, tags, network
    tags): GermEval fold j's network tags are fold model j's (``network_bio``), which never saw fold j;
    CoNLL and Europarl, which every spaCy model trains on, get None (no network attributes at all:
    in-sample network labels would teach the CRF to trust the network blindly)."""
    cfg = label_config()
    out = []
    for part in OTHER:
        for s in read(sources()[part]):
            out.append((s.words, bio(len(s.words), spans(s, cfg)), *([None] if network else [])))
    ge = germeval_folds()
    for k in folds:
        net = network_bio(k) if network else None
        for i, s in enumerate(ge[k]):
            item = (s.words, bio(len(s.words), spans(s, cfg)), *([net[i]] if network else []))
            out += [item] * repeat
    return out + [(*x, None) if network else x for x in silver or []]


# Stacking (--network): the spaCy CV run whose fold model k tags GermEval fold k, and the cache of those
# docs (training/ner/rule_ab.py's). Empty = no network attributes.
NETWORK: dict = {}


def network_bio(k: int) -> list[list[str]]:
    """Out-of-fold network BIO tags of GermEval fold k: spaCy fold model k (trained on CoNLL, Europarl
    and the other four folds) over fold k's sentences, as cached by rule_ab.py."""
    from .rule_ab import model_docs

    docs = model_docs(k, NETWORK["cv"], NETWORK["cache"])
    return [bio(len(d), _ents(d)) for d in docs]


# Self-training (training/ner/silver.py): unlabelled sentences tagged by the chain of the same fold.
SILVER: dict = {}


def silver_sentences(path: Path, select: str = "agree", conf: float = 0.0, n: int = 0, repeat: int = 1,
                     labels: str = "chain", sources: tuple[str, ...] = ()) -> list[tuple[list[str], list[str]]]:
    """Silver (words, BIO tags) from a silver.py file, in its (seeded) order: ``select`` "agree" keeps
    sentences where the chain's spans equal the CRF's own, "conf" those where every CRF marginal is at
    least ``conf``, "agree+conf" both, "all" every one; ``n`` caps the count (0 = all), each seen
    ``repeat`` times; ``labels`` "chain" (the whole chain's entities) or "crf" (the CRF's alone)."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            x = json.loads(line)
            if sources and x["src"] not in sources:
                continue
            chain = sorted(map(tuple, x["chain"]))
            same = chain == sorted(map(tuple, x["crf"]))
            ok = {"all": True, "agree": same, "conf": x["crf_conf"] >= conf,
                  "agree+conf": same and x["crf_conf"] >= conf}[select]
            if not ok:
                continue
            item = (x["words"], bio(len(x["words"]), [tuple(s) for s in x[labels]]))
            out += [item] * repeat
            if n and len(out) >= n * repeat:
                break
    print(f"silver {path.name}: {len(out) // max(repeat, 1)} sentences x {repeat} ({select}, conf {conf})",
          file=sys.stderr)
    return out


def _silver_for(name: str) -> list | None:
    if not SILVER.get("dir"):
        return None
    return silver_sentences(SILVER["dir"] / f"{name}.jsonl", SILVER["select"], SILVER["conf"], SILVER["n"],
                            SILVER["repeat"], SILVER["labels"], SILVER["sources"])


# feature.minfreq of crfsuite (attributes seen fewer times are dropped); --minfreq.
TRAIN_KW: dict = {"minfreq": 1}


def train_crf(res: Path, folds: list[int], model: Path, c1: float, c2: float, iters: int, repeat: int = 2,
              silver: list | None = None) -> Path:
    import pycrfsuite

    feats = load_features(res, vectors(), **FEAT_KW)
    feats.network_o = bool(NETWORK.get("o"))
    trainer = pycrfsuite.Trainer(verbose=False)
    seen = {}
    for words, tags, *net in training_sentences(folds, repeat, silver, network=bool(NETWORK)):
        key = id(words)
        if key not in seen:
            seen[key] = feats.sentence(words, net[0] if net else None)
        trainer.append(seen[key], tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True,
                        "feature.minfreq": TRAIN_KW["minfreq"]})
    model.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.process_time()
    trainer.train(str(model))
    print(f"trained {model} on folds {folds}: {time.process_time() - t0:.0f} CPU s, "
          f"{trainer.logparser.last_iteration.get('num', '?')} iterations", file=sys.stderr)
    return model


# -- the spaCy NER and its chain on one fold -----------------------------------------------------

def _rules():
    import spacy

    from .gazetteer import (
        _first_names,
        _label_votes,
        _misc_rules,
        _noun_filter,
        _org_names,
        _org_rules,
        _person_names,
        add_ruler,
        build,
    )

    names = build()
    gaz = add_ruler(spacy.blank("de"), names, overwrite=False)
    gaz.trim_nouns = True
    return [("filter", _noun_filter()), ("fill", gaz), ("first", _first_names()), ("org", _org_rules()),
            ("misc", _misc_rules(names)), ("orgnames", _org_names()), ("names", _person_names()),
            ("votes", _label_votes())]


def _ents(doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def _set(doc, ents):
    from spacy.tokens import Span

    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return doc


def run_chain(docs, rules, insert=None, at: str | None = None):
    """The shipped rule chain over copies of ``docs``; ``insert(k, ents)`` is applied to each doc's
    entities before rule ``at`` ("end" = after the last)."""
    out = []
    for k, d in enumerate(docs):
        d = d.copy()
        for name, rule in rules:
            if insert is not None and at == name:
                _set(d, insert(k, _ents(d)))
            d = rule(d)
        if insert is not None and at == "end":
            _set(d, insert(k, _ents(d)))
        out.append(_ents(d))
    return out


def crf_fold(res: Path, model: Path, sents, net: list[list[str]] | None = None) -> list[dict]:
    """CRF tags, spans and per-token marginals of the predicted tags for one fold; ``net``: the
    network's BIO tags of each sentence, read when the model was trained with them (stacking)."""
    import pycrfsuite

    feats = load_features(res, vectors(), **FEAT_KW)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    attrs = {a for a, _ in tagger.info().state_features}
    feats.network_o = "n0=O" in attrs
    if not uses_network(attrs):
        net = None
    elif net is None:
        raise ValueError(f"{model} reads the network's labels: pass them")
    out = []
    for j, s in enumerate(sents):
        tags = tagger.tag(feats.sentence(s.words, net[j] if net else None))
        marg = [tagger.marginal(t, i) for i, t in enumerate(tags)]
        pO = [tagger.marginal("O", i) for i in range(len(tags))]
        out.append({"tags": tags, "marg": marg, "pO": pO})
    return out


def score(sents, preds) -> Scores:
    cfg = label_config()
    sc = Scores()
    for s, p in zip(sents, preds, strict=True):
        sc.add(set(gold_spans(s, cfg)), set(map(tuple, p)))
    return sc


def combos(fold_sents, model_ents, docs, crf, rules, thresholds=(0.5, 0.6, 0.7, 0.8, 0.9, 0.95),
           only: list[str] | None = None) -> dict:
    """Predictions of every combination (or of those in ``only``) for one fold: name -> span lists."""
    spans_conf = []
    for c in crf:
        sp = bio_spans(c["tags"])
        spans_conf.append((sp, [min(c["marg"][a:b]) for a, b, _ in sp]))
    chain = run_chain(docs, rules)
    todo = {}

    def at(where, mode, t=1.0, ft=0.0, kl=False):
        return lambda: run_chain(docs, rules, lambda k, ents: merge(ents, *spans_conf[k], mode, t, ft, kl), where)

    def after(mode, t=1.0, ft=0.0):
        return lambda: [merge(e, sp, cf, mode, t, ft) for e, (sp, cf) in zip(chain, spans_conf, strict=True)]

    def drop(t):
        # Vote: chain spans the CRF calls O with marginal >= t go; CRF spans fill gaps.
        def run():
            voted = []
            for e, (sp, cf), c in zip(chain, spans_conf, crf, strict=True):
                keep = [x for x in e if not all(c["pO"][i] >= t for i in range(x[0], x[1]))]
                voted.append(merge(keep, sp, cf, "fill", 1.0))
            return voted
        return run

    todo["chain+fill"] = after("fill")
    for t in thresholds:
        todo[f"chain+over{t}"] = after("override", t)
        todo[f"chain-drop{t}+fill"] = drop(t)
    for where in ("filter", "first", "orgnames"):
        todo[f"fill@{where}"] = at(where, "fill")
        for t in (0.7, 0.9):
            todo[f"over{t}@{where}"] = at(where, "override", t)
    # Second round, after folds 0-1 put "override before the noun filter" first: finer thresholds
    # there, and a floor on the spans that fill gaps.
    for t in (0.8, 0.85, 0.95, 0.98):
        todo[f"over{t}@filter"] = at("filter", "override", t)
    for t in (0.85, 0.9, 0.95):
        for ft in (0.5, 0.7, 0.8):
            todo[f"over{t}/fill{ft}@filter"] = at("filter", "override", t, ft)
        todo[f"over{t}@filter/nofill"] = at("filter", "override", t, 2.0)
    # After the shipped choice cut "Jason Ulmer" to "Ulmer" in a 10kGNAD article (tests/test_link_corpus.py):
    # the same without cutting an entity of the CRF's own label down.
    todo["over0.85/fill0.8/keeplonger@filter"] = at("filter", "override", 0.85, 0.8, True)
    # Any other "over<t>/fill<ft>[/keeplonger]@<rule>" asked for by name (--combos): threshold re-tuning.
    for name in only or []:
        m = re.fullmatch(r"over([\d.]+)/fill([\d.]+)(/keeplonger)?@(\w+)", name)
        if m and name not in todo:
            todo[name] = at(m[4], "override", float(m[1]), float(m[2]), bool(m[3]))
    out = {"model": model_ents, "chain": chain, "crf": [sp for sp, _ in spans_conf]}
    out.update({name: run() for name, run in todo.items() if only is None or name in only})
    return out


def cv(runs: Path, res: Path, folds: list[int], c1: float, c2: float, iters: int, tag: str, retrain: bool,
       only: list[str] | None = None) -> dict:
    import spacy
    from spacy.tokens import Doc

    from .gazetteer import _fold_model

    ge = germeval_folds()
    rules = _rules()
    results = {}
    for k in folds:
        model = RUNS / tag / f"cv{k}.crfsuite"
        if retrain or not model.exists():
            train_crf(res, [j for j in range(N_FOLDS) if j != k], model, c1, c2, iters, silver=_silver_for(f"cv{k}"))
        nlp = spacy.load(_fold_model(runs, k))
        docs = list(nlp.pipe(Doc(nlp.vocab, words=s.words) for s in ge[k]))
        crf = crf_fold(res, model, ge[k], [bio(len(d), _ents(d)) for d in docs])
        preds = combos(ge[k], [_ents(d) for d in docs], docs, crf, rules, only=only)
        fold = {}
        for name, p in preds.items():
            sc = score(ge[k], p)
            fold[name] = {"counts": {key: dict(getattr(sc, key)) for key in ("tp", "fp", "fn")}, "f": sc.micro()[2]}
        results[k] = fold
        (RUNS / tag / f"cv{k}.json").write_text(json.dumps(fold, indent=1), "utf-8")
        print(f"fold {k}: " + ", ".join(f"{n} {v['f']:.4f}" for n, v in fold.items()), file=sys.stderr, flush=True)
    return results


def pool(tag: str, folds: list[int]) -> None:
    per = {k: json.loads((RUNS / tag / f"cv{k}.json").read_text("utf-8")) for k in folds}
    names = [n for n in per[folds[0]] if all(n in per[k] for k in folds)]
    print(f"pooled over folds {folds} (runs {RUNS / tag})")
    for name in names:
        sc = Scores()
        for k in folds:
            for key in ("tp", "fp", "fn"):
                getattr(sc, key).update(per[k][name]["counts"][key])
        p, r, f = sc.micro()
        labs = " / ".join(f"{sc.label(lab)[2]:.3f}" for lab in ("PER", "LOC", "ORG", "MISC"))
        print(f"{name:24s} P {p:.4f} R {r:.4f} F1 {f:.4f} | per fold "
              + " / ".join(f"{per[k][name]['f']:.4f}" for k in folds) + f" | PER/LOC/ORG/MISC {labs}")


def self_train(res: Path, c1: float, c2: float, iters: int, silver_dir: Path, pool_n: int) -> Path:
    """Gold CRF -> the shipped chain with it tags the pool -> the CRF on gold + silver in ``res``."""
    import spacy

    from .silver import POOL, build_pool, read_pool, tag

    folds = list(range(N_FOLDS))
    gold = RUNS / "ship" / "gold.crfsuite"
    train_crf(res, folds, gold, c1, c2, iters)
    if not POOL.exists():
        build_pool()
    tag(spacy.load(NER), res, gold, read_pool(pool_n), silver_dir / "full.jsonl")
    return train_crf(res, folds, res / MODEL, c1, c2, iters, silver=_silver_for("full"))


def main(argv: list[str] | None = None) -> int:
    global RUNS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="ship: resources + a CRF trained on all data in this directory")
    ap.add_argument("--cv", type=Path, help="a spaCy CV run directory (training/runs/ner/<tag>): score folds")
    ap.add_argument("--folds", type=int, nargs="*", default=list(range(N_FOLDS)))
    ap.add_argument("--res", type=Path, default=None, help="resources directory (built if missing; default <runs-dir>/res)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--minfreq", type=float, default=1, help="crfsuite feature.minfreq (attribute count cut-off)")
    ap.add_argument("--tag", default="base", help="CV runs go to <runs-dir>/<tag>/")
    ap.add_argument("--retrain", action="store_true")
    ap.add_argument("--pool", action="store_true", help="only pool finished folds")
    ap.add_argument("--train-only", action="store_true", help="with --cv: train the fold CRFs, score nothing")
    ap.add_argument("--combos", nargs="*", help="with --cv: score only these combinations (names as printed)")
    ap.add_argument("--dense", type=int, nargs="*", default=[],
                    help="window offsets whose floret vector enters as real-valued attributes (e.g. 0, or -1 0 1)")
    ap.add_argument("--dense-scale", type=float, default=1.0)
    ap.add_argument("--add-k", type=int, nargs="*", default=[],
                    help="build a resources copy at --res with these extra k-means granularities (from runs/ner/crf/res)")
    ap.add_argument("--runs-dir", type=Path, default=RUNS, help="CV runs go to <runs-dir>/<tag>/")
    ap.add_argument("--silver", type=Path,
                    help="self-training: a training/ner/silver.py directory; CV fold k adds cv{k}.jsonl, --out full.jsonl")
    ap.add_argument("--silver-select", choices=["agree", "conf", "agree+conf", "all"], default="agree")
    ap.add_argument("--silver-conf", type=float, default=0.0, help="lowest CRF marginal for --silver-select conf")
    ap.add_argument("--silver-n", type=int, default=0, help="at most this many silver sentences (0 = all selected)")
    ap.add_argument("--silver-repeat", type=int, default=1, help="each silver sentence seen this many times")
    ap.add_argument("--silver-labels", choices=["chain", "crf"], default="chain")
    ap.add_argument("--silver-sources", nargs="*", default=[], help="only these pool sources (gnad, quotes, spkatt)")
    ap.add_argument("--self-train", action="store_true",
                    help="with --out: gold CRF, the shipped chain with it tags the pool, then the CRF on gold + silver")
    ap.add_argument("--pool-n", type=int, default=6000, help="with --self-train: tag the first n pool sentences")
    ap.add_argument("--lists", action="store_true", help="name-list attributes in training (experiments only)")
    ap.add_argument("--network", type=Path, nargs="?", const=REPO / "training" / "runs" / "ner" / "h1d2",
                    help="stacking: the spaCy NER's out-of-fold BIO labels as attributes, GermEval fold j's from "
                         "fold model j of this CV run (default training/runs/ner/h1d2)")
    ap.add_argument("--network-cache", type=Path, default=REPO / "training" / "runs" / "h1" / "rulecache",
                    help="with --network: where the fold models' docs are cached (rule_ab.py's cache)")
    ap.add_argument("--network-o", action="store_true",
                    help="with --network: the network's O tags as attributes too (a GermEval marker; card, Round 19)")
    args = ap.parse_args(argv)
    if args.network:
        NETWORK.update(cv=args.network, cache=args.network_cache, o=args.network_o)
    TRAIN_KW["minfreq"] = args.minfreq
    if args.lists:
        FEAT_KW["lists"] = True
    if args.self_train:
        from .silver import OUT
        args.silver = args.silver or OUT
        args.silver_n = args.silver_n or 4000
    RUNS = args.runs_dir
    if args.silver:
        SILVER.update(dir=args.silver, select=args.silver_select, conf=args.silver_conf, n=args.silver_n,
                      repeat=args.silver_repeat, labels=args.silver_labels, sources=tuple(args.silver_sources))
    if args.dense:
        FEAT_KW.update(dense=tuple(args.dense), dense_scale=args.dense_scale)
    args.res = args.res or RUNS / "res"
    if args.add_k:
        add_clusters(RUNS / "res", args.res, args.add_k)
        return 0
    if args.pool:
        pool(args.tag, args.folds)
        return 0
    res = args.out or args.res
    if not (res / HANTA).exists():
        build_resources(res)
    if args.out and args.self_train:
        self_train(res, args.c1, args.c2, args.iters, args.silver, args.pool_n)
    elif args.out:
        train_crf(res, list(range(N_FOLDS)), res / MODEL, args.c1, args.c2, args.iters, silver=_silver_for("full"))
    if args.cv and args.train_only:
        for k in args.folds:
            model = RUNS / args.tag / f"cv{k}.crfsuite"
            if args.retrain or not model.exists():
                train_crf(res, [j for j in range(N_FOLDS) if j != k], model, args.c1, args.c2, args.iters,
                          silver=_silver_for(f"cv{k}"))
    elif args.cv:
        cv(args.cv, res, args.folds, args.c1, args.c2, args.iters, args.tag, args.retrain, args.combos)
        pool(args.tag, args.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
