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
    ... cv|fit ... --lex                    # round 24: with the lexical context (event_accept.lexical_features, the
                                            # domain list of events.toml) and the trigger lemma's rate in the read sets

``train`` is training/events/events_de_train.jsonl (quotes-de train articles no events set uses).

The cache (round 24) is keyed on everything that changes a set's rows: every file under newsgraph/ (code and
configuration), every model file under models/ but the cards and the acceptance tables themselves (collect runs with
the check off), the set's own file and the spaCy version; round 23's key was event_accept.py alone, so a row collected
before another change to the extractor was silently reused (card, Round 23, h10). training/events/check_accept.py
re-collects into a temporary directory and says whether the shipped table still follows.

The lemma rate (``--lex``): the smoothed share of true events among the found events with the trigger's lemma, binned.
A row's own bin is computed from the read sets other than its own (its label never counts towards it); cv computes it
inside each training fold the same way; the shipped table holds the rates over all read sets.
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
# unscored blind sets (fresh24 to fresh27 scored once at rounds 27's and 28's ends, spent; a spent set only measures
# the model, it is not in READ either); a new blind set joins here until the lead's one scoring: fresh28 (round 29, e2),
# fresh29 (round 29, w1) and fresh30 (round 29, w4)
BLIND: set[str] = {"fresh28", "fresh29", "fresh30"}
OUT = ROOT / "models" / "events_type" / "accept.json"


def _path(name: str) -> Path:
    return ROOT / "training" / "events" / "events_de_train.jsonl" if name == "train" else DATA / f"events_de_{name}.jsonl"


def _version(name: str) -> str:
    """The cache key of set ``name``'s rows: see the module doc."""
    import spacy

    h = hashlib.sha1(spacy.__version__.encode())
    files = [p for p in (ROOT / "newsgraph").rglob("*") if "__pycache__" not in p.parts and p.suffix != ".pyc"]
    files += [p for p in (ROOT / "models").rglob("*") if p.suffix != ".md" and not p.name.startswith("accept")]
    for p in sorted(f for f in files if f.is_file()) + [_path(name)]:
        h.update(str(p.relative_to(ROOT)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:10]


def _cache_file(name: str) -> Path:
    return CACHE / f"{name}.{_version(name)}.jsonl"


def collect(name: str) -> list[dict]:
    """One row per event the extractor finds on set ``name`` with acceptance off."""
    from newsgraph.eval.events import _align, read_jsonl, record_events
    from newsgraph.extract.event_accept import features, lexical_features
    from newsgraph.extract.events import EventExtractor

    if name in BLIND:
        raise SystemExit(f"{name} is blind")
    ex = EventExtractor("de")
    domain = tuple(ex.settings.get("accept", {}).get("domain", ()))
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
                         "feats": features(e, doc, len(evs)), "lex": lexical_features(e, doc, domain)})
    return rows


def _load(names, lex: bool = False) -> list[dict]:
    out = []
    for name in names:
        rows = [json.loads(x) for x in _cache_file(name).read_text("utf-8").splitlines()]
        for r in rows:
            lexical = r.pop("lex", {})
            if lex:
                r["feats"] = {**r["feats"], **lexical}
        out += rows
    return out


RATE_PRIOR = 2.0  # pseudo-counts of the read sets' overall true share in a lemma's rate
RATE_BINS = (0.3, 0.5, 0.7, 1.01)


def rate_table(rows: list[dict]) -> dict[str, float]:
    """Lemma -> smoothed share of true events among ``rows``' events with that trigger lemma."""
    from collections import Counter

    n, t = Counter(), Counter()
    for r in rows:
        lemma = next((k[6:] for k in r["feats"] if k.startswith("lemma=")), None)
        if lemma is not None:
            n[lemma] += 1
            t[lemma] += r["label"]
    p0 = sum(r["label"] for r in rows) / max(1, len(rows))
    return {k: round((t[k] + RATE_PRIOR * p0) / (n[k] + RATE_PRIOR), 4) for k in sorted(n)}


def with_rates(rows: list[dict], sets) -> list[dict]:
    """``rows`` with their lemma-rate bin, each from the rows of the other sets in ``sets`` (its own label unseen)."""
    from newsgraph.extract.event_accept import lemma_bin

    tables = {s: {"lemma_rate": rate_table([r for r in rows if r["set"] != s]), "rate_bins": RATE_BINS} for s in sets}
    return [dict(r, feats={**r["feats"], lemma_bin(tables[r["set"]], r["feats"]): 1.0}) for r in rows]


def _fit(rows: list[dict], c: float, max_iter: int = 2000):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r["feats"] for r in rows])
    clf = LogisticRegression(C=c, max_iter=max_iter)
    clf.fit(x, [r["label"] for r in rows])
    return vec, clf


def cv(cs: list[float], thresholds=(0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5), drop: tuple[str, ...] = (),
       lex: bool = False) -> None:
    """Leave-one-set-out over the read sets: per C and threshold, the events each held-out set would lose, true
    (label 1) and false (label 0), pooled."""
    from newsgraph.extract.event_accept import lemma_bin

    rows = _load(READ, lex)
    print(f"{len(rows)} events, {sum(r['label'] for r in rows)} true, {sum(1 - r['label'] for r in rows)} false")
    for c in cs:
        probs = [0.0] * len(rows)
        for held in READ:
            tr = [r for r in rows if r["set"] != held]
            idx = [i for i, r in enumerate(rows) if r["set"] == held]
            test = [rows[i]["feats"] for i in idx]
            if lex:
                # rates inside the fold: training rows from the other training sets, the held-out set from all of them
                tr = with_rates(tr, [s for s in READ if s != held])
                table = {"lemma_rate": rate_table(tr), "rate_bins": RATE_BINS}
                test = [{**f, lemma_bin(table, f): 1.0} for f in test]
            tr = [dict(r, feats=_dropped(r["feats"], drop)) for r in tr]
            test = [_dropped(f, drop) for f in test]
            vec, clf = _fit(tr, c)
            if idx:
                p = clf.predict_proba(vec.transform(test))[:, 1]
                for i, v in zip(idx, p):
                    probs[i] = float(v)
        for t in thresholds:
            lost_true = sum(1 for r, p in zip(rows, probs) if p < t and r["label"])
            lost_false = sum(1 for r, p in zip(rows, probs) if p < t and not r["label"])
            lost_aligned = sum(1 for r, p in zip(rows, probs) if p < t and r["aligned"] and not r["label"])
            print(f"C {c:<5} thr {t:.2f}: drops {lost_false} false ({lost_aligned} of them aligned, wrong type), "
                  f"{lost_true} true")


def _dropped(feats: dict, drop: tuple[str, ...]) -> dict:
    return {k: v for k, v in feats.items() if not k.startswith(drop)} if drop else feats


def fit(c: float, threshold: float, out: Path, drop: tuple[str, ...] = (), lex: bool = False) -> None:
    rows = _load(READ, lex)
    table = rate_table(rows) if lex else None
    if lex:
        rows = with_rates(rows, READ)
    rows = [dict(r, feats=_dropped(r["feats"], drop)) for r in rows]
    vec, clf = _fit(rows, c)
    w = {k: round(float(v), 4) for k, v in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(v) >= 0.01}
    model = {"about": f"issue #5 round {24 if lex else 23} (h5): logistic acceptance of German events, "
                      "training/events/train_accept.py "
                      f"fit --c {c} --threshold {threshold}{' --drop ' + ','.join(drop) if drop else ''}"
                      f"{' --lex' if lex else ''}; read sets {', '.join(READ)}; {len(rows)} events "
                      f"({sum(r['label'] for r in rows)} true)",
             "threshold": threshold, "bias": round(float(clf.intercept_[0]), 4),
             "weights": dict(sorted(w.items()))}
    if lex:
        model.update(lexical=True, rate_bins=list(RATE_BINS), lemma_rate=table)
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", "utf-8")
    top = sorted(w.items(), key=lambda kv: kv[1])
    print(f"{len(w)} weights -> {out}; most negative {top[:12]}; most positive {top[-8:]}")


def main(argv: list[str]) -> int:
    cmd = argv[0]
    if cmd == "collect":
        CACHE.mkdir(parents=True, exist_ok=True)
        for name in argv[1:]:
            path = _cache_file(name)  # keyed on the tree the rows are collected from, before collecting
            rows = collect(name)
            path.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
            print(f"{name}: {len(rows)} events, {sum(r['label'] for r in rows)} true", flush=True)
    elif cmd == "cv":
        cs = [float(x) for x in argv[argv.index("--c") + 1].split(",")] if "--c" in argv else [0.1, 0.3, 1.0]
        cv(cs, drop=tuple(argv[argv.index("--drop") + 1].split(",")) if "--drop" in argv else (), lex="--lex" in argv)
    elif cmd == "fit":
        fit(float(argv[argv.index("--c") + 1]), float(argv[argv.index("--threshold") + 1]),
            Path(argv[argv.index("--out") + 1]) if "--out" in argv else OUT,
            tuple(argv[argv.index("--drop") + 1].split(",")) if "--drop" in argv else (), "--lex" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
