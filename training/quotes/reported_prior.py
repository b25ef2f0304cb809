"""Does an article's own Reported quotes lower the bar for more? (round 24, h2; analysis, nothing shipped)

    OMP_NUM_THREADS=1 python training/quotes/reported_prior.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r24/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 --acts-cv /tmp/r24/acts_cv.json \
        --base 35661,9619,12347
    OMP_NUM_THREADS=1 python training/quotes/reported_prior.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r24/qcache_dev.spacy --base 8343,1756,2507

Gold articles differ in whether their annotator marks speech acts at all (Reported quotes in 186 of 700 train articles, 45
of 150 dev). Every sentence the act classifier sees (quotes_acts.add_acts' rows) is read with its CV P(Reported) and the
number of Reported quotes the steps before it (taggers, rules; after the drop judge) made in the article. The table: for
"at least K earlier Reported quotes and K <= P(Reported) < 0.3 (under the shipped threshold), Reported the likelier act
class" — rows, tokens in any gold message (true) / not (false), and the message F1 change if each row became a quote
(``--base`` TP,FP,FN of the extractor; a token estimate, as train_acts.py makes it). On train, a setting is chosen on each
half of the articles (by parity) and scored on the other.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402

from newsgraph.eval.quotes import chars_to_tokens, gold_groups  # noqa: E402
from newsgraph.extract import quotes_acts  # noqa: E402
from newsgraph.extract.quotes import extract_quotes  # noqa: E402

GRID = [(k, t) for k in (1, 2, 3) for t in (0.05, 0.1, 0.15, 0.2, 0.25)]


def _f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn)


def _gain(rows, base, k, t):
    w = [r for r in rows if r["nrep"] >= k and t <= r["p"] < 0.3 and r["p"] >= r["pf"]]
    tp = sum(r["gold"] for r in w)
    fp = sum(r["n"] - r["gold"] for r in w)
    b_tp, b_fp, b_fn = base
    return _f1(b_tp + tp, b_fp + fp, b_fn - tp) - _f1(b_tp, b_fp, b_fn), len(w), tp, fp


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    add_setup_args(ap)
    ap.add_argument("--base", required=True, help="TP,FP,FN of the extractor's message tokens (message_errors.py)")
    args = ap.parse_args(argv)
    base = tuple(int(x) for x in args.base.split(","))
    run = setup(args)
    cur: dict = {}
    seen: list = []
    add_acts = quotes_acts.add_acts

    def counting(doc, toks, quotes, model):
        cur["nrep"] = sum(1 for q in quotes if q.mode == "Reported" and not q.nested)
        return add_acts(doc, toks, quotes, model)

    quotes_acts.add_acts = counting
    quotes_acts.ROW_HOOK = lambda toks, a, b, f: seen.append((toks[a].start, toks[b - 1].end, f))
    rows = []
    for i in run.articles(args.folds):
        g = run.gold[i]
        seen.clear()
        extract_quotes(run.nlp(g.text), "de")
        model = quotes_acts.load_acts("x") if args.acts_cv else quotes_acts.load_acts("de_acts")
        gold_ids = {k for x in gold_groups(g) if not x.nested for k in x.roles["quote"]}
        for a, b, f in seen:
            ids = chars_to_tokens([(a, b)], g.tokens)
            p = quotes_acts.probs(model, f)
            rows.append({"art": i, "p": p["Reported"], "pf": p.get("free", 0.0), "n": len(ids),
                         "gold": sum(1 for k in ids if k in gold_ids), "nrep": cur.get("nrep", 0)})
    quotes_acts.ROW_HOOK = None
    quotes_acts.add_acts = add_acts
    print(f"{len(rows)} rows")
    for k, t in GRID:
        d, n, tp, fp = _gain(rows, base, k, t)
        print(f"  K >= {k}, P >= {t}: rows {n}, true {tp}, false {fp}, message F1 {d:+.4f}")
    if args.folds:
        for par in (0, 1):
            half = [r for r in rows if r["art"] % 2 == par]
            other = [r for r in rows if r["art"] % 2 != par]
            best = max(GRID, key=lambda kt: _gain(half, base, *kt)[0])
            d, n, tp, fp = _gain(other, base, *best)
            print(f"  chosen on half {par}: K >= {best[0]}, P >= {best[1]} ({_gain(half, base, *best)[0]:+.4f} there);"
                  f" on the other half rows {n}, true {tp}, false {fp}, message F1 {d:+.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
