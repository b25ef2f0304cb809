"""Train the German event acceptance model of ``[classifier.accept]`` (issue #5, round 23; h5).

Every event the extractor finds (acceptance off) on the READ sets is a row: its features
(newsgraph/extract/event_accept.py ``features``, on the same parse the pipeline gives the extractor) and its label, 1 when
the scorer aligns it with a gold event of its type (newsgraph.eval.events ``_align``, as ``score_german``), else 0 (a
false event: spurious or of another type). A logistic model (scikit-learn, L2) is fitted on them and written as a
small JSON table of weights (models/events_type/accept.json). Never fitted on a blind or spent blind set: those only
measure it (training/events/round23_ab.py).

    python training/events/train_accept.py collect dev fresh fresh2 ...      # features per set -> CACHE/<set>.jsonl
    python training/events/train_accept.py cv [--c C,...]                    # grouped CV over the read sets
    python training/events/train_accept.py fit --c C --threshold T [--drop PREFIX,...] [--out F]
                                            # fit on all read sets (features starting with PREFIX left out), write the table

``train`` is training/events/events_de_train.jsonl (quotes-de train articles no events set uses).

The cache is keyed on event_accept.py alone: after any other change to the extractor or its parse, collect again into
an empty ACCEPT_CACHE. training/events/check_accept.py does so and says whether the shipped table still follows.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CACHE = Path(os.environ.get("ACCEPT_CACHE", "/tmp/h5/accept"))
READ = ("dev", "fresh", "fresh2", "fresh3", "fresh7", "fresh9", "fresh11", "fresh12", "fresh16", "train")
BLIND = {"fresh21"}
OUT = ROOT / "models" / "events_type" / "accept.json"


def _path(name: str) -> Path:
    return ROOT / "training" / "events" / "events_de_train.jsonl" if name == "train" else DATA / f"events_de_{name}.jsonl"


def _version() -> str:
    return hashlib.sha1((ROOT / "newsgraph" / "extract" / "event_accept.py").read_bytes()).hexdigest()[:10]


def collect(name: str) -> list[dict]:
    """One row per event the extractor finds on set ``name`` with acceptance off."""
    from newsgraph.eval.events import _align, read_jsonl, record_events
    from newsgraph.extract.event_accept import features
    from newsgraph.extract.events import EventExtractor

    if name in BLIND:
        raise SystemExit(f"{name} is blind")
    ex = EventExtractor("de")
    ex.settings = {k: v for k, v in ex.settings.items() if k != "accept"}
    rows = []
    for n, r in enumerate(read_jsonl(_path(name))):
        _, doc, evs, text, s0, s1, _ = record_events(r, ex)
        free = list(evs)
        label = {}
        for g in r["events"]:
            e = _align(g, text, s0, s1, free)
            if e is not None:
                free.remove(e)
                label[id(e)] = int(e.type == g["type"])
        for e in evs:
            rows.append({"set": name, "rec": n, "type": e.type, "trigger": text[e.trigger.start:e.trigger.end],
                         "label": label.get(id(e), 0), "aligned": id(e) in label,
                         "feats": features(e, doc, len(evs))})
    return rows


def _load(names) -> list[dict]:
    out = []
    for name in names:
        f = CACHE / f"{name}.{_version()}.jsonl"
        out += [json.loads(x) for x in f.read_text("utf-8").splitlines()]
    return out


def _fit(rows: list[dict], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r["feats"] for r in rows])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, [r["label"] for r in rows])
    return vec, clf


def cv(cs: list[float], thresholds=(0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)) -> None:
    """Leave-one-set-out over the read sets: per C and threshold, the events each held-out set would lose, true
    (label 1) and false (label 0), pooled."""
    rows = _load(READ)
    print(f"{len(rows)} events, {sum(r['label'] for r in rows)} true, {sum(1 - r['label'] for r in rows)} false")
    for c in cs:
        probs = [0.0] * len(rows)
        for held in READ:
            tr = [r for r in rows if r["set"] != held]
            vec, clf = _fit(tr, c)
            idx = [i for i, r in enumerate(rows) if r["set"] == held]
            if idx:
                p = clf.predict_proba(vec.transform([rows[i]["feats"] for i in idx]))[:, 1]
                for i, v in zip(idx, p):
                    probs[i] = float(v)
        for t in thresholds:
            lost_true = sum(1 for r, p in zip(rows, probs) if p < t and r["label"])
            lost_false = sum(1 for r, p in zip(rows, probs) if p < t and not r["label"])
            lost_aligned = sum(1 for r, p in zip(rows, probs) if p < t and r["aligned"] and not r["label"])
            print(f"C {c:<5} thr {t:.2f}: drops {lost_false} false ({lost_aligned} of them aligned, wrong type), "
                  f"{lost_true} true")


def fit(c: float, threshold: float, out: Path, drop: tuple[str, ...] = ()) -> None:
    rows = [dict(r, feats={k: v for k, v in r["feats"].items() if not k.startswith(drop)}) if drop else r
            for r in _load(READ)]
    vec, clf = _fit(rows, c)
    w = {k: round(float(v), 4) for k, v in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(v) >= 0.01}
    table = {"about": "issue #5 round 23 (h5): logistic acceptance of German events, training/events/train_accept.py "
                      f"fit --c {c} --threshold {threshold}{' --drop ' + ','.join(drop) if drop else ''}; read sets {', '.join(READ)}; {len(rows)} events "
                      f"({sum(r['label'] for r in rows)} true)",
             "threshold": threshold, "bias": round(float(clf.intercept_[0]), 4),
             "weights": dict(sorted(w.items()))}
    out.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", "utf-8")
    top = sorted(w.items(), key=lambda kv: kv[1])
    print(f"{len(w)} weights -> {out}; most negative {top[:12]}; most positive {top[-8:]}")


def main(argv: list[str]) -> int:
    cmd = argv[0]
    if cmd == "collect":
        CACHE.mkdir(parents=True, exist_ok=True)
        for name in argv[1:]:
            rows = collect(name)
            (CACHE / f"{name}.{_version()}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
            print(f"{name}: {len(rows)} events, {sum(r['label'] for r in rows)} true", flush=True)
    elif cmd == "cv":
        cs = [float(x) for x in argv[argv.index("--c") + 1].split(",")] if "--c" in argv else [0.1, 0.3, 1.0]
        cv(cs)
    elif cmd == "fit":
        fit(float(argv[argv.index("--c") + 1]), float(argv[argv.index("--threshold") + 1]),
            Path(argv[argv.index("--out") + 1]) if "--out" in argv else OUT,
            tuple(argv[argv.index("--drop") + 1].split(",")) if "--drop" in argv else ())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
