"""Train the learned German trigger scorer (issue #5; newsgraph/extract/event_learned.py).

Data: the read German gold sets (tests/data/events_de_dev, _fresh, _fresh2, _fresh3 and
training/events/events_de_train.jsonl; never fresh4, fresh5 or held-out). Each sentence is taken
from its whole parsed article (as `newsgraph eval events` does); every verb and noun of it is a
candidate, labelled with the gold type of the event whose trigger it lies in, else NONE.

Protocol: 5-fold cross-validation grouped by article (no article is fitted and scored in one
fold). For each fold the scorer is trained on the other folds and the real extractor runs on the
fold's articles with it (`newsgraph eval events` scoring, summed over folds), against the
extractor without it; so the threshold and options are chosen on held-out articles only. Then
the scorer is trained on all sentences and written to models/events_type/triggers.json.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python training/events/train_triggers.py [--cv-only] [--out FILE]
    ... train_triggers.py --no-cv --c 0.1 --scale 1     # refit with the chosen setting, no CV

Parses are cached in /tmp/events_trigger_prep.pkl (delete it after a change of the nlp stage).
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.eval.events import _find, prepared_article, quotes_de_article, score_german  # noqa: E402
from newsgraph.extract.event_learned import (  # noqa: E402
    NONE,
    TriggerScorer,
    candidates,
    dict_words,
    known_word,
    lexicon_words,
)
from newsgraph.extract.event_lexicon import lexicon  # noqa: E402
from newsgraph.extract.events import EventExtractor, triggers  # noqa: E402

SETS = [ROOT / "tests/data/events_de_dev.jsonl", ROOT / "tests/data/events_de_fresh.jsonl",
        ROOT / "tests/data/events_de_fresh2.jsonl", ROOT / "tests/data/events_de_fresh3.jsonl",
        ROOT / "training/events/events_de_train.jsonl"]
CACHE = Path("/tmp/events_trigger_prep.pkl")
OUT = ROOT / "models/events_type/triggers.json"


def records() -> list[dict]:
    out = []
    for p in SETS:
        for line in p.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                r["set"] = p.stem
                out.append(r)
    return out


def prepare(recs: list[dict]) -> None:
    """Parse every article once (the eval's own cache), from a pickle when there is one."""
    from spacy.tokens import Doc

    from newsgraph import nlp
    from newsgraph.eval import events as ev_eval

    vocab = nlp.load("de").vocab
    if CACHE.exists():
        for name, (a, data) in pickle.loads(CACHE.read_bytes()).items():
            ev_eval._PREPARED[name] = (a, Doc(vocab).from_bytes(data))
    names = sorted({r["file"] for r in recs})
    t0 = time.time()
    for i, name in enumerate(names):
        if name in ev_eval._PREPARED:
            continue
        text = quotes_de_article(name)
        pub = next(date.fromisoformat(r["published"]) for r in recs if r["file"] == name)
        prepared_article(name, text, "de", pub)
        if i % 20 == 0:
            print(f"  parsed {i}/{len(names)} {time.time() - t0:.0f}s", file=sys.stderr)
    CACHE.write_bytes(pickle.dumps({n: (a, d.to_bytes()) for n, (a, d) in ev_eval._PREPARED.items()}))


def rows(recs: list[dict], scorer: TriggerScorer, lex):
    """Candidate rows: (sparse features, dense features, label, article, covered by a lexicon hit)."""
    sparse, dense, labels, groups, covered = [], [], [], [], []
    for r in recs:
        text = quotes_de_article(r["file"])
        where = _find(text, r["sentence"]) if text else None
        if where is None:
            continue
        a, doc = prepared_article(r["file"], text, "de", date.fromisoformat(r["published"]))
        s0, s1 = where
        sent = text[s0:s1]
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None:
            continue
        hits = [(s0 + h.start, s0 + h.end) for h in triggers(sent, lex)]
        gold = []
        for g in r["events"]:
            ts = sent.find(g.get("trigger") or "\0")
            if ts >= 0:
                gold.append((s0 + ts, s0 + ts + len(g["trigger"]), g["type"]))
        cands = candidates(span, [])
        if not cands:
            continue
        dn = scorer.dense(cands)
        for k, t in enumerate(cands):
            a_, b_ = t.idx, t.idx + len(t.text)
            lab = next((gt for gs, ge, gt in gold if gs < b_ and a_ < ge), NONE)
            sparse.append(scorer.sparse(t))
            dense.append(dn[k])
            labels.append(lab)
            groups.append(r["file"])
            covered.append(any(s < b_ and a_ < e for s, e in hits) or known_word(t.text, lex))
    return sparse, np.asarray(dense, np.float32), np.asarray(labels), np.asarray(groups), np.asarray(covered)


def fit(sparse, dense, labels, c: float, scale: float, words, dwords) -> TriggerScorer:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    xs = vec.fit_transform(sparse)
    x = hstack([xs, csr_matrix(dense * scale)]).tocsr()
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(x, labels)
    ns = xs.shape[1]
    coef = clf.coef_.T  # (features, classes)
    coef = np.round(coef, 4)  # four decimals: half the file, probabilities equal to 1e-3
    data = {"classes": clf.classes_.tolist(), "intercept": np.round(clf.intercept_, 4).tolist(),
            "dense": coef[ns:].tolist(), "dense_scale": scale,
            "sparse": {name: coef[i].tolist() for name, i in sorted(vec.vocabulary_.items()) if np.abs(coef[i]).max() > 1e-4},
            "words": words}
    return TriggerScorer(words, dwords, data), data


def folds(recs: list[dict], k: int = 5) -> list[set[str]]:
    """Articles in k groups of about equal sentence count (deterministic)."""
    by = Counter(r["file"] for r in recs)
    out = [set() for _ in range(k)]
    sizes = [0] * k
    for name, n in sorted(by.items(), key=lambda x: (-x[1], x[0])):
        i = sizes.index(min(sizes))
        out[i].add(name)
        sizes[i] += n
    return out


class Memo:
    """The extractor run once per article: the scorer calls it once per gold sentence."""

    def __init__(self, ex: EventExtractor) -> None:
        self.ex, self.done = ex, {}

    def run(self, a, doc):
        if id(a) not in self.done:
            self.done[id(a)] = self.ex.run(a, doc)
        return self.done[id(a)]


def summary(res: dict) -> str:
    acc = res["acc"]
    f = lambda k: acc[k][0] / acc[k][1] if acc[k][1] else 0.0  # noqa: E731
    tp, fp = sum(res["tp"].values()), sum(res["fp"].values())
    p = tp / (tp + fp) if tp + fp else 0.0
    return (f"type {f('type'):.3f} source {f('source'):.3f} target {f('target'):.3f} date {f('date'):.3f} "
            f"P {p:.3f} no-event-with-event {res['none'][0]}/{res['none'][1]} (type {acc['type'][0]}/{acc['type'][1]})")


def merge(a: dict | None, b: dict) -> dict:
    if a is None:
        return b
    for k, v in b["acc"].items():
        a["acc"][k][0] += v[0]
        a["acc"][k][1] += v[1]
    for k in ("tp", "fp", "fn"):
        a[k].update(b[k])
    a["none"] = (a["none"][0] + b["none"][0], a["none"][1] + b["none"][1])
    return a


def main(argv: list[str]) -> int:
    recs = records()
    prepare(recs)
    lex = lexicon("de")
    words, dwords = lexicon_words(lex), dict_words(lex)
    base_scorer = TriggerScorer(words, dwords)
    sparse, dense, labels, groups, covered = rows(recs, base_scorer, lex)
    print(f"{len(labels)} candidates, {int((labels != NONE).sum())} inside a gold trigger, "
          f"{int(((labels != NONE) & ~covered).sum())} of them no lexicon hit; uncovered candidates {int((~covered).sum())}")
    if "--no-cv" in argv:
        # the setting the cross-validation chose (log in the card): fit on everything, write
        c = float(argv[argv.index("--c") + 1]) if "--c" in argv else 0.1
        scale = float(argv[argv.index("--scale") + 1]) if "--scale" in argv else 1.0
        return write(sparse, dense, labels, c, scale, words, dwords, {"add": False, "veto": 0.6}, argv)
    fs = folds(recs)
    grid_c = [float(x) for x in argv[argv.index("--c") + 1].split(",")] if "--c" in argv else [0.1, 0.3, 1.0]
    scales = [float(x) for x in argv[argv.index("--scale") + 1].split(",")] if "--scale" in argv else [1.0, 3.0]
    # baseline: the extractor without learned triggers, same folds
    base_ex = Memo(EventExtractor("de", learned=None))
    base = None
    for f in fs:
        base = merge(base, score_german([r for r in recs if r["file"] in f], base_ex))
    print("CV baseline (lexicon only):", summary(base), flush=True)
    best = None
    # two uses of the scorer: "add" (words no lexicon form holds become events above a threshold,
    # in sentences without a lexicon event) and "veto" (lexicon events whose word the scorer calls
    # NONE with at least this probability are dropped)
    settings = [{"add": True, "only_empty": True, "threshold": t, "max_per_sentence": 1} for t in (0.6, 0.8, 0.9)]
    settings += [{"add": False, "veto": v} for v in (0.5, 0.6, 0.7, 0.8, 0.9)]
    for c in grid_c:
        for scale in scales:
            models = []
            for f in fs:
                test = np.isin(groups, list(f))
                sc, _ = fit([s for s, t in zip(sparse, test) if not t], dense[~test], labels[~test], c, scale, words, dwords)
                models.append(sc)
            for cfg in settings:
                tot = None
                for f, sc in zip(fs, models):
                    ex = EventExtractor("de", learned=sc)
                    ex.learned_cfg = cfg
                    tot = merge(tot, score_german([r for r in recs if r["file"] in f], Memo(ex)))
                line = summary(tot)
                print(f"C {c} scale {scale} {cfg}: {line}", flush=True)
                acc = tot["acc"]
                key = (acc["type"][0] + acc["source"][0] + acc["target"][0], -tot["none"][0])
                base_key = (base["acc"]["type"][0] + base["acc"]["source"][0] + base["acc"]["target"][0], -base["none"][0])
                if tot["none"][0] <= base["none"][0] and key > base_key and (best is None or key > best[0]):
                    best = (key, c, scale, cfg, line)
    print("baseline:", summary(base))
    print("best (no more false events on no-event sentences):", best)
    if "--cv-only" in argv or best is None:
        return 0
    _, c, scale, cfg, _ = best
    return write(sparse, dense, labels, c, scale, words, dwords, cfg, argv)


def write(sparse, dense, labels, c, scale, words, dwords, cfg, argv) -> int:
    _, data = fit(sparse, dense, labels, c, scale, words, dwords)
    data["trained"] = {"date": str(date.today()), "C": c, "dense_scale": scale, "sets": [p.name for p in SETS],
                       "candidates": int(len(labels)), "cv_setting": cfg}
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else OUT
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB); set [learned] to {cfg}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
