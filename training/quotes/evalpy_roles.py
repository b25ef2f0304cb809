"""Per-role token micro P/R/F1 computed by the dataset's own scorer (quotes-de eval/eval.py), to check
``newsgraph eval quotes`` against it role by role (eval.py prints only macro Messages / Roles figures; its
ScoreTracker keeps the token lists per role, which this script sums over the documents).

    newsgraph eval quotes /work/shared/data/quotes-de/data/dev --write /tmp/h2/pred_dev
    python training/quotes/evalpy_roles.py /tmp/h2/pred_dev /work/shared/data/quotes-de/data/dev

The pairing, span scoring and document reading are eval.py's (Evaluator.evaluate_doc on its Documents);
only the summing over documents is done here.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[3] / "shared"))
EVAL_PY = SHARED / "data" / "quotes-de" / "eval" / "eval.py"


def load_eval_py(path: Path = EVAL_PY):
    spec = importlib.util.spec_from_file_location("quotes_de_eval", path)
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    return ev


def role_counts(ev, pred_dir: str, gold_dir: str) -> dict[str, tuple[int, int, int]]:
    """(TP, FP, FN) tokens per role, summed over eval.py's per-document trackers."""
    gold, pred = ev.get_documents(gold_dir), ev.get_documents(pred_dir)
    roles = ["quote", "addressee", "cue", "frame", "speaker"]
    # Evaluator's constructor scores everything at once; evaluate_doc is its per-document step
    e = ev.Evaluator.__new__(ev.Evaluator)
    e.roles = roles
    tot = ev.ScoreTracker("all", roles)
    for doc_id in sorted(gold):
        t = ev.ScoreTracker(doc_id, roles)
        e.evaluate_doc(pred[doc_id].groups if doc_id in pred else [], gold[doc_id].groups, t)
        tot.update(t)
    return {r: (len(tot.tp_parts[r]), len(tot.fp_parts[r]), len(tot.fn_parts[r])) for r in roles}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", help="prediction dir written by `newsgraph eval quotes --write`")
    ap.add_argument("gold", help="quotes-de gold dir")
    ap.add_argument("--eval-py", default=str(EVAL_PY))
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    ev = load_eval_py(Path(args.eval_py))
    counts = role_counts(ev, args.pred, args.gold)
    res = {}
    for r, (tp, fp, fn) in counts.items():
        p, rc, f = prf(tp, fp, fn)
        name = "message" if r == "quote" else r
        print(f"{name:<10} TP {tp:5d} FP {fp:5d} FN {fn:5d}  P {p:.4f} R {rc:.4f} F1 {f:.4f}")
        res[name] = {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": rc, "f1": f}
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
