"""Train the event-type classifier (models/events_type/model.json) and report cross-validated
figures next to the lexicon-only ones.

Data: English PLOVER gold (../shared/data/events-plover, 322 sentences, types mapped to PLOVER
2.x by config/events.toml [legacy]) and our German dev set (tests/data/events_de_dev.jsonl:
the first gold event's type per sentence, NONE for sentences without one).

    python training/events/train_type.py            # CV report + train and write the model
    python training/events/train_type.py --no-cv    # only train and write

Cross-validation runs the real extractor with each fold's model through the same scorers as
``python -m newsgraph.eval.events``: PLOVER 10-fold stratified (German always in training),
German 5-fold grouped by article (English always in training). Needs scikit-learn: pip install -e '.[train]'.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.eval import events as ev  # noqa: E402
from newsgraph.extract.event_classifier import NONE, TypeClassifier  # noqa: E402
from newsgraph.extract.event_lexicon import legacy_map  # noqa: E402
from newsgraph.extract.events import EventExtractor, hit_examples, sentence_features  # noqa: E402

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
PLOVER = SHARED / "data" / "events-plover" / "PLOVER_GSR_CAMEO.txt"
GERMAN = ROOT / "tests" / "data" / "events_de_dev.jsonl"
# more German sentences, mostly without events (training only; training/events/build_de_train.py)
GERMAN_TRAIN = ROOT / "training" / "events" / "events_de_train.jsonl"
OUT = ROOT / "models" / "events_type"


GNAD = SHARED / "data" / "corpora" / "10kgnad" / "test.csv"
# sections whose sentences report (almost) no PLOVER events: their trigger-word hits
# ("Angriff" in football, "verletzt" players) are silver NONE examples
QUIET_SECTIONS = {"Sport", "Kultur", "Wissenschaft", "Web"}


def silver_none(n: int, seed: int = 13) -> list[str]:
    import csv
    import random
    import re

    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.events import triggers

    csv.field_size_limit(10_000_000)
    lex = lexicon("de")
    pool = []
    with GNAD.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            if len(row) < 2 or row[0] not in QUIET_SECTIONS:
                continue
            for sent in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", row[1]):
                if 40 <= len(sent) <= 300 and triggers(sent, lex):
                    pool.append(sent)
    random.Random(seed).shuffle(pool)
    return pool[:n]


def examples(n_silver: int = 0, extra_german: bool = False):
    legacy = legacy_map()
    en = ev.plover_records(PLOVER)
    de = ev.read_jsonl(GERMAN)
    en_x = [sentence_features(r["text"], "en") for r in en]
    en_y = [legacy.get(r["event"], r["event"]) for r in en]
    global EN_HITS
    EN_HITS = [hit_examples(r["text"], "en", y) for r, y in zip(en, en_y)]
    de_x = [sentence_features(r["sentence"], "de") for r in de]
    de_y = [r["events"][0]["type"] if r["events"] else NONE for r in de]
    silver = silver_none(n_silver) if n_silver else []
    sv_x = [sentence_features(t, "de") for t in silver]
    extra = ev.read_jsonl(GERMAN_TRAIN) if extra_german and GERMAN_TRAIN.exists() else []
    ex_x = [sentence_features(r["sentence"], "de") for r in extra]
    ex_y = [r["events"][0]["type"] if r["events"] else NONE for r in extra]
    return en, en_x, en_y, de, de_x, de_y, sv_x, ex_x, ex_y


CLASS_WEIGHT = None  # --class-weight balanced: classes weighted by inverse frequency
# English hit ranker (event_classifier.HitRanker): per PLOVER sentence, its hits' features and
# labels (examples() fills it); RANKER_WEIGHT 0 leaves the ranker out (--ranker-weight)
EN_HITS: list[tuple[list[dict], list[int]]] = []
RANKER_WEIGHT = 1.0
RANKER_C = 1.0


def fit(xs: list[dict], ys: list[str], weights: list[float], C: float, en_idx=None) -> TypeClassifier:
    """The sentence model; with ``en_idx`` (the PLOVER sentences of this training set) also
    the English hit ranker."""
    vec = DictVectorizer()
    X = vec.fit_transform(xs)
    clf = LogisticRegression(C=C, max_iter=3000, class_weight=CLASS_WEIGHT)
    clf.fit(X, ys, sample_weight=np.asarray(weights))
    ranker = fit_ranker(en_idx) if en_idx is not None and RANKER_WEIGHT > 0 else None
    return to_json_model(vec, clf, ranker)


def fit_ranker(en_idx) -> dict | None:
    hx = [f for i in en_idx for f in EN_HITS[i][0]]
    hy = [y for i in en_idx for y in EN_HITS[i][1]]
    if len(set(hy)) < 2:
        return None
    vec = DictVectorizer()
    clf = LogisticRegression(C=RANKER_C, max_iter=3000).fit(vec.fit_transform(hx), hy)
    w = {name: round(float(clf.coef_[0, j]), 4) for name, j in vec.vocabulary_.items() if abs(clf.coef_[0, j]) >= 1e-3}
    return {"langs": ["en"], "intercept": round(float(clf.intercept_[0]), 4), "weights": w, "weight": RANKER_WEIGHT}


def to_json_model(vec: DictVectorizer, clf: LogisticRegression, ranker: dict | None = None) -> TypeClassifier:
    coef = clf.coef_
    weights = {}
    for name, j in vec.vocabulary_.items():
        col = coef[:, j]
        if np.abs(col).max() >= 1e-3:
            weights[name] = [round(float(v), 4) for v in col]
    return TypeClassifier({"classes": [str(c) for c in clf.classes_],
                           "intercept": [round(float(v), 4) for v in clf.intercept_], "weights": weights,
                           "ranker": ranker})


def cv_plover(en, en_x, en_y, de_x, de_y, C, de_weight, sv_x=(), sv_weight=0.5, always=((), (), ()), folds=10):
    pairs, src, tgt = [], [0, 0], [0, 0]
    skf = StratifiedKFold(folds, shuffle=True, random_state=0)
    # StratifiedKFold needs each class twice; the one-off DOCUMENT record has no text already
    for tr, te in skf.split(en_x, en_y):
        model = fit([en_x[i] for i in tr] + de_x + list(sv_x) + list(always[0]),
                    [en_y[i] for i in tr] + de_y + [NONE] * len(sv_x) + list(always[1]),
                    [1.0] * len(tr) + [de_weight] * len(de_x) + [sv_weight] * len(sv_x) + list(always[2]), C,
                    en_idx=tr)
        res = ev.score_plover([en[i] for i in te], EventExtractor("en", model))
        pairs += res["pairs"]
        for acc, key in ((src, "source"), (tgt, "target")):
            acc[0] += res[key][0]
            acc[1] += res[key][1]
    return {"type": sum(g == p for g, p in pairs) / len(pairs), "source": src[0] / src[1],
            "target": tgt[0] / tgt[1], "pairs": pairs}


def cv_german(de, en_x, en_y, de_x, de_y, C, de_weight, sv_x=(), sv_weight=0.5, always=((), (), ()), folds=5):
    groups = [r["file"] for r in de]
    total = None
    for tr, te in GroupKFold(folds).split(de_x, de_y, groups):
        model = fit(en_x + [de_x[i] for i in tr] + list(sv_x) + list(always[0]),
                    en_y + [de_y[i] for i in tr] + [NONE] * len(sv_x) + list(always[1]),
                    [1.0] * len(en_x) + [de_weight] * len(tr) + [sv_weight] * len(sv_x) + list(always[2]), C,
                    en_idx=range(len(en_x)))
        res = ev.score_german([de[i] for i in te], EventExtractor("de", model))
        total = res if total is None else _add(total, res)
    return total


def _add(a: dict, b: dict) -> dict:
    out = dict(a)
    out["acc"] = {k: [a["acc"][k][0] + b["acc"][k][0], a["acc"][k][1] + b["acc"][k][1]] for k in a["acc"]}
    for k in ("tp", "fp", "fn"):
        out[k] = a[k] + b[k]
    out["none"] = (a["none"][0] + b["none"][0], a["none"][1] + b["none"][1])
    out["context"] = a["context"] + b["context"]
    out["n_sent"] = a["n_sent"] + b["n_sent"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write model.json (experiments: not the shipped model)")
    ap.add_argument("--C", type=float, default=None, help="fix C instead of choosing it by PLOVER CV")
    ap.add_argument("--de-weight", type=float, default=3.0)
    ap.add_argument("--silver-none", type=int, default=0, help="silver NONE sentences from quiet 10kGNAD sections (tried 300 @0.5 and 150 @0.15: German CV type 0.396 and 0.792, worse than none)")
    ap.add_argument("--silver-weight", type=float, default=0.5)
    ap.add_argument("--extra-german", action="store_true",
                    help=f"also train on {GERMAN_TRAIN.name} (tried: German CV type 0.851 vs 0.921 without, held-out unchanged)")
    ap.add_argument("--class-weight", choices=["balanced"], default=None)
    ap.add_argument("--ranker-weight", type=float, default=1.0,
                    help="weight of the English hit ranker's log-probability next to the sentence model's; 0: no ranker")
    ap.add_argument("--relabel", type=float, default=None,
                    help="experiment: English [classifier] relabel_margin (overrides config/events.toml)")
    ap.add_argument("--word-weight", type=float, default=None,
                    help="experiment: scale of the word features (event_classifier.WORD_WEIGHT)")
    ap.add_argument("--xling", action="store_true",
                    help="experiment: cross-lingual word features through the Ding word map (event_classifier.XLING); "
                         "build the map first: python training/events/build_de_en_words.py (not shipped: PLOVER CV 0.693 = 0.693)")
    args = ap.parse_args()
    if args.xling:
        import newsgraph.extract.event_classifier as ec
        ec.XLING = True
    if args.word_weight is not None:
        import newsgraph.extract.event_classifier as ec
        ec.WORD_WEIGHT = args.word_weight
    if args.relabel is not None:
        from newsgraph.extract.event_lexicon import classifier_settings
        classifier_settings().setdefault("relabel_margin", {})["en"] = args.relabel
    global CLASS_WEIGHT, RANKER_WEIGHT
    CLASS_WEIGHT = args.class_weight
    RANKER_WEIGHT = args.ranker_weight
    en, en_x, en_y, de, de_x, de_y, sv_x, ex_x, ex_y = examples(args.silver_none, args.extra_german)
    ex_w = [args.de_weight] * len(ex_x)
    sv = dict(sv_x=sv_x, sv_weight=args.silver_weight, always=(ex_x, ex_y, ex_w))
    print(f"examples: {len(en_x)} English (PLOVER), {len(de_x)} German dev sentences, "
          f"{len(ex_x)} extra German training sentences ({GERMAN_TRAIN.name}), "
          f"{len(sv_x)} silver NONE (10kGNAD {'/'.join(sorted(QUIET_SECTIONS))}); "
          f"German labels {dict(Counter(de_y))}")
    C = args.C or 1.0
    report = {}
    if not args.no_cv:
        lex_en = ev.score_plover(en, EventExtractor("en", None))
        lex_acc = sum(g == p for g, p in lex_en["pairs"]) / len(lex_en["pairs"])
        print(f"PLOVER lexicon only (no model): type {lex_acc:.3f}")
        grid = [args.C] if args.C else [0.3, 1.0, 3.0]
        best = None
        for c in grid:
            r = cv_plover(en, en_x, en_y, de_x, de_y, c, args.de_weight, **sv)
            print(f"PLOVER 10-fold CV  C={c:<5} type {r['type']:.3f}  source {r['source']:.3f}  target {r['target']:.3f}")
            if best is None or r["type"] > best[1]["type"]:
                best = (c, r)
        C = best[0]
        print(f"chosen C={C} (by PLOVER CV; note: chosen on the same folds, so this CV figure is slightly optimistic)")
        ev._print_types(*ev._pairs_counts(best[1]["pairs"]))
        lex_de = ev.score_german(de, EventExtractor("de", None))
        print("\nGerman dev, lexicon only (no model):")
        ev.print_german(lex_de, GERMAN.name)
        de_cv = cv_german(de, en_x, en_y, de_x, de_y, C, args.de_weight, **sv)
        print("\nGerman dev, 5-fold CV grouped by article (model never saw the scored articles):")
        ev.print_german(de_cv, GERMAN.name)
        report = {"C": C, "plover_cv_type": round(best[1]["type"], 3), "plover_lexicon_type": round(lex_acc, 3),
                  "german_cv_type": round(de_cv["acc"]["type"][0] / de_cv["acc"]["type"][1], 3)}
    model = fit(en_x + de_x + sv_x + ex_x, en_y + de_y + [NONE] * len(sv_x) + ex_y,
                [1.0] * len(en_x) + [args.de_weight] * len(de_x) + [args.silver_weight] * len(sv_x) + ex_w, C,
                en_idx=range(len(en_x)))
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    data = {"classes": model.classes, "intercept": model.intercept, "weights": model.weights,
            "ranker": {"langs": sorted(model.ranker.langs), "intercept": model.ranker.intercept,
                       "weights": model.ranker.weights, "weight": model.ranker.weight} if model.ranker else None,
            "trained_on": {"plover_en": len(en_x), "events_de_dev": len(de_x), "silver_none_10kgnad": len(sv_x),
                           "events_de_train": len(ex_x)}, "C": C,
            "de_weight": args.de_weight, "cv": report}
    (out / "model.json").write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    print(f"wrote {out / 'model.json'}: {len(model.weights)} features x {len(model.classes)} classes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
