"""Train the German noun-trigger acceptance model of ``[classifier.noun_accept]`` (issue #5, round 29; e1).

Every event the extractor finds (both acceptance checks off) is kept with its label -- 1 when the scorer aligns it with
a gold event of its type (newsgraph.eval.events ``_align``, as ``score_german``), else 0 -- and the parse of its
sentence (a spaCy DocBin per set, so that features can be tried without running the extractor again). Rows are the
events with a noun trigger; their features are newsgraph/extract/event_noun_accept.py ``noun_features`` (the word lists
of events.toml's table). A logistic model (scikit-learn, L2) is fitted on the READ sets and written as a small JSON
table (models/events_type/noun_accept.json). Never fitted on a spent or blind set: spent sets only measure it
(training/events/round29_ab.py), blind sets are refused.

    python training/events/train_noun_accept.py collect dev fresh ... train      # rows + parses -> CACHE/<set>.*
    python training/events/train_noun_accept.py cv [--c C,...] [--drop PREFIX,...] # leave-one-set-out over READ
    python training/events/train_noun_accept.py fit --c C --threshold T [--drop PREFIX,...] [--out F]
    python training/events/train_noun_accept.py show SET [--model F]             # a set's noun events, p, label
    python training/events/train_noun_accept.py census SET ...                   # noun events right / false per set

The cache key is train_accept's (every file under newsgraph/ and models/ but the cards and acceptance tables, the set's
file, the spaCy version), so rows collected on another tree are never reused.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_pool import BLIND  # noqa: E402
from train_accept import _dropped, _path  # noqa: E402
from train_accept import _fit as _fit_accept  # noqa: E402

from newsgraph.extract.event_noun_accept import LIST_KEYS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("NOUN_CACHE", "/tmp/e1/r29/noun_cache"))
READ = ("dev", "fresh", "fresh2", "fresh3", "fresh7", "fresh9", "fresh11", "fresh12", "fresh16", "train")
# spent blind sets: collected only to measure a fitted model, never in a fit or a threshold choice
SPENT = ("heldout", "fresh4", "fresh5", "fresh6", "fresh8", "fresh10", "fresh13", "fresh14", "fresh15", "fresh17",
         "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27")
OUT = ROOT / "models" / "events_type" / "noun_accept.json"


def lists() -> dict:
    cfg = tomllib.loads((ROOT / "newsgraph" / "config" / "events.toml").read_text("utf-8"))
    table = cfg["classifier"]["noun_accept"]
    return {k: list(table.get(k, [])) for k in LIST_KEYS}


def _version(name: str) -> str:
    """The cache key of set ``name``'s rows: every file under newsgraph/ and models/ that can change what the extractor
    finds with both checks off -- not this check's own module, table or events.toml section, so that features and
    word lists can be tried on the same rows -- the set's file and the spaCy version."""
    import hashlib
    import re

    import spacy

    h = hashlib.sha1(spacy.__version__.encode())
    files = [p for p in (ROOT / "newsgraph").rglob("*") if "__pycache__" not in p.parts and p.suffix != ".pyc"
             and p.name != "event_noun_accept.py"]
    files += [p for p in (ROOT / "models").rglob("*") if p.suffix != ".md" and "accept" not in p.name]
    for p in sorted(f for f in files if f.is_file()) + [_path(name)]:
        h.update(str(p.relative_to(ROOT)).encode())
        data = p.read_bytes()
        if p.name == "events.toml":
            # the table and its comment block (neither holds a blank line)
            data = re.sub(rb"\n(?:#[^\n]*\n)*\[classifier\.noun_accept\]\n(?:[^\n]+\n)*", b"\n", data)
        h.update(data)
    return h.hexdigest()[:10]


def _files(name: str) -> tuple[Path, Path]:
    v = _version(name)
    return CACHE / f"{name}.{v}.jsonl", CACHE / f"{name}.{v}.docs"


def collect(name: str) -> int:
    """Rows of set ``name``: per record with events, its sentence(s) as a Doc and every event with its token."""
    from spacy.tokens import DocBin

    from newsgraph.eval.events import _align, read_jsonl, record_events
    from newsgraph.extract.event_noun_accept import trigger_token
    from newsgraph.extract.events import EventExtractor

    if name in BLIND or name not in READ + SPENT:
        raise SystemExit(f"{name}: not a read or spent set (blind sets are refused)")
    rows_file, docs_file = _files(name)
    ex = EventExtractor("de")
    ex.settings = {k: v for k, v in ex.settings.items() if k not in ("accept", "noun_accept")}
    rows, bin_ = [], DocBin(store_user_data=False)
    for n, r in enumerate(read_jsonl(_path(name))):
        _, doc, evs, text, s0, s1, _ = record_events(r, ex)
        if not evs or doc is None:
            continue
        free, label = list(evs), {}
        for g in r["events"]:
            e = _align(g, text, s0, s1, free)
            if e is not None:
                free.remove(e)
                label[id(e)] = int(e.type == g["type"])
        toks = [trigger_token(doc, e) for e in evs]
        sents = [t.sent for t in toks if t is not None]
        if not sents:
            continue
        a, b = min(s.start for s in sents), max(s.end for s in sents)
        bin_.add(doc[a:b].as_doc())
        for e, t in zip(evs, toks):
            rows.append({"set": name, "rec": n, "doc": len(bin_) - 1, "tok": None if t is None else t.i - a,
                         "pos": None if t is None else t.pos_, "type": e.type,
                         "trigger": text[e.trigger.start:e.trigger.end],
                         "mod": str(getattr(e.modality, "value", e.modality)),
                         "src": e.source_actor is not None, "tgt": e.target_actor is not None,
                         "label": label.get(id(e), 0), "aligned": id(e) in label, "sentence": r["sentence"]})
    CACHE.mkdir(parents=True, exist_ok=True)
    rows_file.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), "utf-8")
    docs_file.write_bytes(bin_.to_bytes())
    return len(rows)


def load(names, lst: dict | None = None) -> list[dict]:
    """The noun rows of the sets named with their features (``lst``: the word lists; events.toml's by default)."""
    import spacy
    from spacy.tokens import DocBin

    from newsgraph.extract.event_noun_accept import NOMINAL, noun_features

    lst = lists() if lst is None else lst
    vocab = spacy.blank("de").vocab
    out = []
    for name in names:
        rows_file, docs_file = _files(name)
        if not rows_file.exists():
            raise SystemExit(f"{name}: not collected on this tree ({rows_file.name}); run collect first")
        rows = [json.loads(x) for x in rows_file.read_text("utf-8").splitlines()]
        docs = list(DocBin().from_bytes(docs_file.read_bytes()).get_docs(vocab))
        for r in rows:
            if r["pos"] not in NOMINAL:
                continue
            doc = docs[r["doc"]]
            others = [(o["tok"], o["type"], o["pos"]) for o in rows
                      if o["doc"] == r["doc"] and o is not r and o["tok"] is not None]
            feats = noun_features(doc[r["tok"]], r["type"], r["src"], r["tgt"], r["mod"], others, lst)
            out.append(dict(r, feats=feats))
    return out


def _fit(rows: list[dict], c: float):
    # 5000 as models/events_type/noun_accept.json was fitted with; a lower cap could stop a fit sooner and change it
    return _fit_accept(rows, c, max_iter=5000)


def cv_probs(rows: list[dict], c: float, drop: tuple[str, ...] = ()) -> list[float]:
    """Each row's probability from a model fitted on the other read sets (leave one set out)."""
    probs = [0.0] * len(rows)
    for held in READ:
        idx = [i for i, r in enumerate(rows) if r["set"] == held]
        if not idx:
            continue
        vec, clf = _fit([dict(r, feats=_dropped(r["feats"], drop)) for r in rows if r["set"] != held], c)
        p = clf.predict_proba(vec.transform([_dropped(rows[i]["feats"], drop) for i in idx]))[:, 1]
        for i, v in zip(idx, p):
            probs[i] = float(v)
    return probs


THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55)


def cv(cs: list[float], drop: tuple[str, ...] = ()) -> None:
    rows = load(READ)
    print(f"{len(rows)} noun events, {sum(r['label'] for r in rows)} true, {sum(1 - r['label'] for r in rows)} false")
    for c in cs:
        probs = cv_probs(rows, c, drop)
        for t in THRESHOLDS:
            lost_true = sum(1 for r, p in zip(rows, probs) if p < t and r["label"])
            lost_false = sum(1 for r, p in zip(rows, probs) if p < t and not r["label"])
            sets = sorted({r["set"] for r, p in zip(rows, probs) if p < t and r["label"]})
            print(f"C {c:<5} thr {t:.2f}: drops {lost_false} false, {lost_true} true {' '.join(sets)}")


def fit(c: float, threshold: float, out: Path, drop: tuple[str, ...] = ()) -> None:
    lst = lists()
    rows = [dict(r, feats=_dropped(r["feats"], drop)) for r in load(READ, lst)]
    vec, clf = _fit(rows, c)
    w = {k: round(float(v), 4) for k, v in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(v) >= 0.01}
    model = {"about": "issue #5 round 29 (e1): logistic acceptance of German NOUN-triggered events, "
                      f"training/events/train_noun_accept.py fit --c {c} --threshold {threshold}"
                      f"{' --drop ' + ','.join(drop) if drop else ''}; read sets {', '.join(READ)}; {len(rows)} noun "
                      f"events ({sum(r['label'] for r in rows)} true)",
             "threshold": threshold, "bias": round(float(clf.intercept_[0]), 4), "lists": lst,
             "weights": dict(sorted(w.items()))}
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", "utf-8")
    top = sorted(w.items(), key=lambda kv: kv[1])
    print(f"{len(w)} weights -> {out}; most negative {top[:12]}; most positive {top[-10:]}")


def show(names, model_path: Path) -> None:
    from newsgraph.extract.event_noun_accept import probability

    model = json.loads(model_path.read_text("utf-8"))
    thr = model["threshold"]
    for r in load(names, model["lists"]):
        p = probability(model, r["feats"])
        print(f"{r['set']:<8} {r['rec']:>4} {'T' if r['label'] else 'F'} p {p:.3f}{' DROP' if p < thr else ''} "
              f"{r['type']:<9} {r['trigger']!r} :: {r['sentence'][:160]}")


def census(names) -> None:
    tot = [0, 0]
    for name in names:
        rows = load([name])
        t = sum(r["label"] for r in rows)
        tot[0] += t
        tot[1] += len(rows) - t
        print(f"{name:<8} noun events right {t}, false {len(rows) - t}")
    print(f"{'pooled':<8} noun events right {tot[0]}, false {tot[1]}")


def _arg(argv: list[str], key: str, default=None):
    return argv[argv.index(key) + 1] if key in argv else default


def main(argv: list[str]) -> int:
    cmd = argv[0]
    drop = tuple(_arg(argv, "--drop").split(",")) if "--drop" in argv else ()
    if cmd == "collect":
        for name in argv[1:]:
            print(f"{name}: {collect(name)} events", flush=True)
    elif cmd == "cv":
        cv([float(x) for x in _arg(argv, "--c", "0.1,0.3,1.0").split(",")], drop)
    elif cmd == "fit":
        fit(float(_arg(argv, "--c")), float(_arg(argv, "--threshold")), Path(_arg(argv, "--out", OUT)), drop)
    elif cmd == "show":
        show([a for a in argv[1:] if not a.startswith("--") and a != _arg(argv, "--model")],
             Path(_arg(argv, "--model", OUT)))
    elif cmd == "census":
        census(argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
