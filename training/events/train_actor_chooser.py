"""Train the learned actor chooser of German events (issue #5, round 26; h5; newsgraph/extract/event_chooser.py).

For every found event aligned to a gold event with a gold source (target), each candidate phrase the actor finders
could pick (event_chooser.candidates) is one row: its features and whether it matches the gold actor
(newsgraph.eval.events._match_actor, the scorer's own match). A logistic model per role is fitted on the READ sets
only; the decision rule (replace the rules' choice when the best candidate's probability beats it by ``margin``; an
empty role counts ``empty``) is tuned by leave-one-set-out cross-validation over the read sets, the roles each
held-out set gains and loses counted on the candidates (the rules' choice as events.py makes it before merging and
neighbour filling).

    python training/events/train_actor_chooser.py oracle SET ...        # candidates' oracle, no model
    python training/events/train_actor_chooser.py cv                    # read-pool CV grid, prints the table
    python training/events/train_actor_chooser.py cvrun --C C --margin M --empty E --roles target   # CV through the extractor
    python training/events/train_actor_chooser.py fit --C C --margin M --empty E [--kind prob|rank] [--out ...json]
    python training/events/train_actor_chooser.py moves SET ...         # every role the shipped model moves

Sets: READ below (dev and the read fresh sets); the spent blind sets are scored only through
training/events/round26_ab.py (on+actor_chooser), once, never fitted or tuned on here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

from newsgraph.eval.events import _align, _match_actor, read_jsonl, record_events
from newsgraph.extract.event_chooser import _same, features, none_features
from newsgraph.extract.events import EventExtractor

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
READ = ["dev", "fresh", "fresh2", "fresh3", "fresh7", "fresh9", "fresh11", "fresh12", "fresh16"]
ROLES = ("source", "target")


def collect(names: list[str], ex: EventExtractor | None = None) -> tuple[list[dict], Counter]:
    """One item per (aligned event, gold role): the set, the candidates' features and labels, which one is the
    rules' current choice, and whether the final event's actor matches gold. Counts: gold roles, roles of missed
    events, roles with no candidate log."""
    ex = ex or EventExtractor("de")
    ex.actor_log = {}
    items, counts = [], Counter()
    for name in names:
        for r in read_jsonl(DATA / f"events_de_{name}.jsonl"):
            ex.actor_log.clear()
            got = record_events(r, ex)
            free = list(got.events)
            for g in r["events"]:
                e = _align(g, got.text, got.start, got.end, free)
                if e is not None:
                    free.remove(e)
                for role in ROLES:
                    if not g.get(role):
                        # unscored, but an actor the chooser adds here is a false one (its precision, cv())
                        log = ex.actor_log.get(e.id) if e is not None else None
                        if log is not None:
                            parse, t, etype, cands, src, tgt = log
                            current = {"source": src, "target": tgt}
                            rows = [(features(parse, t, etype, c, role, current), False, _same(c.actor, current[role]))
                                    for c in cands]
                            items.append({"set": name, "role": role, "rows": rows, "cur_none": current[role] is None,
                                          "none": none_features(parse, t, etype, role, current), "cur_ok": False, "final_ok": False, "oracle": False, "gold": None,
                                          "sentence": r["sentence"], "texts": [c.actor.span.text for c in cands]})
                        continue
                    counts[name, role, "gold"] += 1
                    if e is None:
                        counts[name, role, "missed"] += 1
                        continue
                    final = e.source_actor if role == "source" else e.target_actor
                    log = ex.actor_log.get(e.id)
                    if log is None:
                        counts[name, role, "nolog"] += 1
                        counts[name, role, "final_ok"] += _match_actor(final, g[role])
                        continue
                    parse, t, etype, cands, src, tgt = log
                    current = {"source": src, "target": tgt}
                    rows = [(features(parse, t, etype, c, role, current), _match_actor(c.actor, g[role]),
                             _same(c.actor, current[role])) for c in cands]
                    items.append({"set": name, "role": role, "rows": rows, "cur_none": current[role] is None,
                                  "none": none_features(parse, t, etype, role, current), "cur_ok": _match_actor(current[role], g[role]),
                                  "final_ok": _match_actor(final, g[role]),
                                  "oracle": any(y for _, y, _ in rows), "gold": g[role], "sentence": r["sentence"],
                                  "texts": [c.actor.span.text for c in cands]})
    ex.actor_log = None
    return items, counts


def oracle(names: list[str]) -> None:
    items, counts = collect(names)
    for role in ROLES:
        gold = sum(v for (n, r, k), v in counts.items() if r == role and k == "gold")
        missed = sum(v for (n, r, k), v in counts.items() if r == role and k == "missed")
        nolog = sum(v for (n, r, k), v in counts.items() if r == role and k == "nolog")
        its = [x for x in items if x["role"] == role and x["gold"] is not None]
        cur = sum(x["cur_ok"] for x in its)
        fin = sum(x["final_ok"] for x in its) + sum(v for (n, r, k), v in counts.items() if r == role and k == "final_ok")
        orc = sum(x["oracle"] for x in its)
        ncand = sum(len(x["rows"]) for x in its) / max(1, len(its))
        print(f"{role}: gold {gold}, trigger missed {missed}, no candidate log {nolog}, with candidates {len(its)} "
              f"(mean {ncand:.1f} candidates); rules' choice right {cur}, final right {fin}, "
              f"gold among candidates {orc} ({orc / max(1, len(its)):.3f}); oracle accuracy {orc}/{gold} = "
              f"{orc / max(1, gold):.3f} vs {fin}/{gold} = {fin / max(1, gold):.3f}")


def _fit(items: list[dict], role: str, C: float) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = [], []
    for it in items:
        if it["role"] != role or it["gold"] is None:
            continue
        for f, lab, _ in it["rows"]:
            X.append(dict.fromkeys(f, 1))
            y.append(int(lab))
    vec = DictVectorizer()
    m = LogisticRegression(C=C, max_iter=2000)
    m.fit(vec.fit_transform(X), y)
    w = {k: round(float(v), 5) for k, v in zip(vec.get_feature_names_out(), m.coef_[0]) if abs(v) > 1e-6}
    return w, round(float(m.intercept_[0]), 5)


def _fit_rank(items: list[dict], role: str, C: float) -> tuple[dict[str, float], float]:
    """Pairwise ranking (a logistic model on feature differences, no intercept): where gold names an actor, each
    matching candidate over each other candidate and over "no actor"; where gold leaves the role empty, "no actor"
    over each candidate."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = [], []

    def pair(pos: list[str], neg: list[str]) -> None:
        d = Counter(pos)
        d.subtract(Counter(neg))
        d = {k: v for k, v in d.items() if v}
        X.append(d)
        y.append(1)
        X.append({k: -v for k, v in d.items()})
        y.append(0)

    for it in items:
        if it["role"] != role:
            continue
        if it["gold"] is None:
            for f, _, _ in it["rows"]:
                pair(it["none"], f)
            continue
        pos = [f for f, lab, _ in it["rows"] if lab]
        neg = [f for f, lab, _ in it["rows"] if not lab] + [it["none"]]
        for p in pos:
            for n in neg:
                pair(p, n)
    vec = DictVectorizer()
    m = LogisticRegression(C=C, max_iter=3000, fit_intercept=False)
    m.fit(vec.fit_transform(X), y)
    return {k: round(float(v), 5) for k, v in zip(vec.get_feature_names_out(), m.coef_[0]) if abs(v) > 1e-6}, 0.0


def decide_rank(it: dict, w: dict, margin: float) -> tuple[bool, bool]:
    """As ``decide`` for the ranking model (ActorChooser.choose with kind "rank")."""
    score = lambda f: sum(w.get(x, 0.0) for x in f)  # noqa: E731
    scored = [(score(f), lab, cur) for f, lab, cur in it["rows"]]
    if not scored:
        return it["cur_ok"], False
    bp, blab, bcur = max(scored, key=lambda x: x[0])
    none_p = score(it["none"])
    if bcur or none_p >= bp:
        return it["cur_ok"], False
    cur_p = none_p if it["cur_none"] else next((p for p, _, c in scored if c), None)
    if cur_p is not None and bp - cur_p >= margin:
        return blab, True
    return it["cur_ok"], False


def _prob(w: dict, b: float, f: list[str]) -> float:
    return 1.0 / (1.0 + math.exp(-(b + sum(w.get(x, 0.0) for x in f))))


def decide(it: dict, w: dict, b: float, margin: float, empty: float) -> tuple[bool, bool]:
    """(whether the chooser's pick for this item matches gold, whether it moved the role), as ActorChooser.choose
    decides without the other role's overlap check."""
    scored = [(_prob(w, b, f), lab, cur) for f, lab, cur in it["rows"]]
    if not scored:
        return it["cur_ok"], False
    bp, blab, bcur = max(scored, key=lambda x: x[0])
    if bcur:
        return it["cur_ok"], False
    cur_p = empty if it["cur_none"] else next((p for p, _, c in scored if c), None)
    if cur_p is not None and bp - cur_p >= margin:
        return blab, True
    return it["cur_ok"], False


GRID_C = (0.1, 0.3, 1.0, 3.0)
GRID_M = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
GRID_E = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


GRID_RANK_M = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)


def cv(items: list[dict], kind: str = "prob") -> dict:
    """Leave-one-set-out over the read sets: per (C, margin, empty) the roles gained and lost against the rules."""
    sets = sorted({x["set"] for x in items})
    res = Counter()
    for C in GRID_C:
        for held in sets:
            train = [x for x in items if x["set"] != held]
            test = [x for x in items if x["set"] == held]
            for role in ROLES:
                w, b = _fit_rank(train, role, C) if kind == "rank" else _fit(train, role, C)
                for it in (x for x in test if x["role"] == role):
                    for m in (GRID_RANK_M if kind == "rank" else GRID_M):
                        for e in ((0,) if kind == "rank" else GRID_E):
                            ok, moved = decide_rank(it, w, m) if kind == "rank" else decide(it, w, b, m, e)
                            if it["gold"] is None:
                                # a role gold leaves empty: a change here adds (or swaps) a false actor
                                res[C, m, e, role, "false"] += moved and it["cur_none"]
                                continue
                            res[C, m, e, role, "gain"] += ok and not it["cur_ok"]
                            res[C, m, e, role, "loss"] += it["cur_ok"] and not ok
                            res[C, m, e, role, "moved"] += moved
                            res[C, m, e, role, "wrongfill"] += moved and it["cur_none"] and not ok
    return res


def cvrun(items: list[dict], a) -> None:
    """Leave-one-set-out through the real extractor: each read set scored by newsgraph.eval.events with the chooser
    fitted on the other eight (``--C --margin --empty --roles --kind``), against the rules alone; one line per set
    and pooled (type / source / target / date)."""
    import tempfile

    from newsgraph.eval.events import score_german

    keys = ("type", "source", "target", "date")
    pooled = {m: Counter() for m in ("off", "on")}
    tmp = Path(tempfile.mkdtemp(prefix="chooser_cv_"))
    for held in READ:
        train = [x for x in items if x["set"] != held]
        out = {"kind": a.kind, "weights": {}, "bias": {}}
        for role in ROLES:
            out["weights"][role], out["bias"][role] = (_fit_rank if a.kind == "rank" else _fit)(train, role, a.C)
        path = tmp / f"{held}.json"
        path.write_text(json.dumps(out), encoding="utf-8")
        recs = read_jsonl(DATA / f"events_de_{held}.jsonl")
        cells = {}
        for mode in ("off", "on"):
            ex = EventExtractor("de")
            ex.settings = dict(ex.settings)
            if mode == "on":
                ex.settings["actor_chooser"] = {"model": str(path), "margin": a.margin, "empty": a.empty,
                                                "roles": a.roles.split(",")}
            res = score_german(recs, ex)
            for k in keys:
                pooled[mode][k, 0] += res["acc"][k][0]
                pooled[mode][k, 1] += res["acc"][k][1]
            cells[mode] = " / ".join(f"{res['acc'][k][0]}/{res['acc'][k][1]}" for k in keys)
        print(f"{held:<8} off {cells['off']}   on {cells['on']}", flush=True)
    for mode in ("off", "on"):
        print(f"pooled {mode}: " + " / ".join(f"{pooled[mode][k, 0] / max(1, pooled[mode][k, 1]):.3f} "
                                             f"({pooled[mode][k, 0]}/{pooled[mode][k, 1]})" for k in keys))


def moves(names: list[str]) -> None:
    """Every role the shipped chooser moves on the sets named (any event, gold-aligned or false), with the gold role
    ("NO-GOLD-EVENT" for a false event), and the extractor's CPU seconds off and on."""
    import time

    ex = {}
    for mode, model in (("off", ""), ("on", "models/events_type/actor_chooser.json")):
        ex[mode] = EventExtractor("de")
        ex[mode].settings = dict(ex[mode].settings)
        ex[mode].settings["actor_chooser"] = {**(ex[mode].settings.get("actor_chooser") or {}), "model": model}
    cpu = Counter()
    txt = lambda a: a.span.text if a is not None and a.span is not None else None  # noqa: E731
    for name in names:
        for r in read_jsonl(DATA / f"events_de_{name}.jsonl"):
            got = {}
            for mode in ("off", "on"):
                t0 = time.process_time()
                got[mode] = record_events(r, ex[mode])
                cpu[mode] += time.process_time() - t0
            a = got["off"]
            for e1 in a.events:
                e2 = next((e for e in got["on"].events if e.id == e1.id), None)
                for role in ("source", "target"):
                    x1 = txt(getattr(e1, f"{role}_actor"))
                    x2 = txt(getattr(e2, f"{role}_actor")) if e2 is not None else "EVENT-LOST"
                    if x1 == x2:
                        continue
                    g = next((g for g in r["events"] if _align(g, a.text, a.start, a.end, [e1]) is e1), None)
                    gold = (g.get(role) or "") if g else "NO-GOLD-EVENT"
                    print(f"{name}\t{e1.type} [{e1.trigger.text}] {role}: {x1!r} -> {x2!r}  gold={gold!r}  :: "
                          f"{r['sentence'][:160]}")
    print(f"extractor CPU s: off {cpu['off']:.2f}, on {cpu['on']:.2f}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["oracle", "cv", "cvrun", "fit", "moves"])
    ap.add_argument("--roles", default="source,target")
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--margin", type=float, default=0.3)
    ap.add_argument("--empty", type=float, default=0.7)
    ap.add_argument("--kind", choices=["prob", "rank"], default="prob")
    ap.add_argument("--out", default=str(ROOT / "models" / "events_type" / "actor_chooser.json"))
    a = ap.parse_args(argv)
    if a.cmd == "oracle":
        oracle(a.sets or READ)
        return 0
    if a.cmd == "moves":
        moves(a.sets or READ)
        return 0
    items, _ = collect(READ)
    if a.cmd == "cvrun":
        cvrun(items, a)
        return 0
    if a.cmd == "cv":
        res = cv(items, a.kind)
        print("C margin empty | source +gain -loss moved, false fills (gold empty) / wrong fills | target ... | net | "
              "fill precision")
        rows = []
        for C in GRID_C:
            for m in (GRID_RANK_M if a.kind == "rank" else GRID_M):
                for e in ((0,) if a.kind == "rank" else GRID_E):
                    cell = {(r, k): res[C, m, e, r, k] for r in ROLES for k in ("gain", "loss", "moved", "false", "wrongfill")}
                    net = sum(cell[r, "gain"] - cell[r, "loss"] for r in ROLES)
                    bad = sum(cell[r, "false"] + cell[r, "wrongfill"] for r in ROLES)
                    good = sum(cell[r, "gain"] for r in ROLES)
                    rows.append((net, C, m, e, cell, good / max(1, good + bad)))
        for net, C, m, e, cell, prec in sorted(rows, key=lambda x: (-x[0], -x[2], -x[3])):
            txt = " | ".join(f"{r} +{cell[r, 'gain']} -{cell[r, 'loss']} moved {cell[r, 'moved']}, false {cell[r, 'false']}"
                             f" / {cell[r, 'wrongfill']}" for r in ROLES)
            print(f"{C} {m} {e} | {txt} | {net:+d} | {prec:.2f}")
        return 0
    out = {"about": "learned actor chooser of German events (extract/event_chooser.py); logistic weights per role "
                    "over candidate features, fitted on the read sets by training/events/train_actor_chooser.py",
           "sets": READ, "C": a.C, "margin": a.margin, "empty": a.empty, "weights": {}, "bias": {}}
    out["kind"] = a.kind
    for role in ROLES:
        out["weights"][role], out["bias"][role] = (_fit_rank if a.kind == "rank" else _fit)(items, role, a.C)
    Path(a.out).write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {a.out}: {sum(len(w) for w in out['weights'].values())} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
