"""How the speaker linker chooses, by quote type, on its own train rows with out-of-fold probabilities (5-fold CV
over articles in order, LR C = 0.3 as train_speakers.py fits it).

    OMP_NUM_THREADS=1 python training/quotes/speaker_choice.py /tmp/h1/r14/rows_acv.pkl 0.25

(rows: ``train_speakers.py … --rows-cache FILE``; the second argument is switch = keep.) Prints, per mode x cue: the
quotes, those whose gold quote has a speaker, those where a candidate overlaps it (reach), abstentions and wrong
picks among those, speakers named on quotes gold leaves without one, and how often the cue verb's subject
(``src=subj``) is gold's speaker and is picked; then, per mode, the best separate ``keep`` (the other modes at the
global one) on the same probabilities.
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_speakers as ts  # noqa: E402

from newsgraph.extract.quotes_speakers import decide  # noqa: E402


def cv_probs(rows, C: float = 0.3, k: int = 5):
    arts = sorted({r["art"] for r in rows})
    fold_of = {a: n % k for n, a in enumerate(arts)}
    probs = [None] * len(rows)
    for f in range(k):
        tr = [r for r in rows if fold_of[r["art"]] != f]
        te = [n for n, r in enumerate(rows) if fold_of[r["art"]] == f]
        vec, lr = ts.fit(tr, C)
        for n, p in zip(te, ts.predict(vec, lr, [rows[n] for n in te])):
            probs[n] = p
    return probs


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rows, base = pickle.loads(Path(argv[0]).read_bytes())
    sw = kp = float(argv[1]) if len(argv) > 1 else 0.25
    probs = cv_probs(rows)
    print("overall P/R/F1", [round(float(x), 4) for x in ts.simulate(rows, probs, sw, kp, base)])
    stat: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r, p in zip(rows, probs):
        cued = any(x.startswith("mode=") and x.endswith("|cue") for x in (r["feats"][0] if r["feats"] else []))
        s = stat[(r["mode"], "cue" if cued else "nocue")]
        s["n"] += 1
        g = bool(r["none"][2])
        s["gold_spk"] += g
        labs = [ts.soft_label(o) for o in r["opts"]]
        k = decide(list(p), r["cur"], sw, kp)
        o = r["opts"][k] if k is not None else r["none"]
        s["tp"] += o[0]
        s["fp"] += o[1]
        s["fn"] += o[2]
        reach = g and max(labs, default=0) > 0
        s["reach"] += reach
        s["abst_reach"] += k is None and reach
        s["wrong_reach"] += k is not None and reach and labs[k] == 0
        s["spk_on_nogold"] += k is not None and not g
        subj = [j for j, f in enumerate(r["feats"]) if "src=subj" in f]
        if subj:
            s["has_subj"] += 1
            s["gold=subj"] += g and max(labs[j] for j in subj) > 0
            s["pick_subj"] += k in subj
            s["pick_subj_right"] += k in subj and labs[k] > 0
    for key in sorted(stat):
        s = stat[key]
        f1 = 2 * s["tp"] / (2 * s["tp"] + s["fp"] + s["fn"]) if s["tp"] else 0.0
        print(key, dict(s), f"F1 {f1:.3f}")
    for m in sorted({r["mode"] for r in rows}):
        res = []
        for t in ts.GRID:
            tp, fp, fn = (int(x) for x in base)
            for r, p in zip(rows, probs):
                k = decide(list(p), r["cur"], sw, t if r["mode"] == m else kp)
                o = r["opts"][k] if k is not None else r["none"]
                tp, fp, fn = tp + o[0], fp + o[1], fn + o[2]
            res.append((round(2 * tp / (2 * tp + fp + fn), 4), t))
        print(m, "best keep", max(res), "global", [x for x in res if x[1] == kp])
    return 0


if __name__ == "__main__":
    sys.exit(main())
