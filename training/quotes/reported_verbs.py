"""Which verbs could make a Reported act of a sentence we leave empty: per verb token precision on cross-fitted train,
and whether a verb list chosen on one half of train holds on the other (round 24, h2).

    OMP_NUM_THREADS=1 python training/quotes/reported_verbs.py rows /work/shared/data/quotes-de/data/train \
        --cache /tmp/r24/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r24/acts_cv.json --out /tmp/h2/rows_train.json
    python training/quotes/reported_verbs.py twofold /tmp/h2/rows_train.json

``rows``: every parse sentence of >= 5 words that no quote of ours touches becomes a row — its verbs (text, the parser's
lemma with particle, HanTa's lemma), the gold type holding most of its tokens among the missed gold quotes, and how many
of its tokens lie in a missed gold quote (what a whole-sentence quote there would gain). ``twofold``: articles split by
parity; on one half the verbs (lowercase tokens, either lemma) of at least NMIN rows whose token precision reaches PMIN
are chosen, then scored on the other half: the rows they would make quotes of, true / false tokens, and the pooled token
precision (a quote raises the message F1 only above F1 / 2, about 0.38) — over all verbs, and within the verbs of the
Reported rule's own lists ([de] reported_stems / reported_lemmas by lemma).
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the Reported rule's verbs ([de] reported_stems as lemmas, particle joined, and reported_lemmas)
RULE_VERBS = {"sprechen", "fordern", "auffordern", "warnen", "ankündigen", "bezeichnen", "dementieren", "loben",
              "beschuldigen", "aufrufen", "drohen", "appellieren", "bekräftigen", "vorwerfen", "attackieren",
              "anprangern", "bemängeln"}


def rows(args) -> None:
    from crossfit import setup

    from newsgraph.eval.quotes import assign, gold_groups, predict_groups
    from newsgraph.extract import quotes_acts
    from newsgraph.extract.quotes_rules import _hanta_lemma

    run = setup(args)
    out = []
    for i in run.articles(args.folds):
        g = run.gold[i]
        sdoc = run.nlp(g.text)
        sys_g, gold_g = predict_groups(g, run.nlp), gold_groups(g)
        found = {gi for si, gi in assign(sys_g, gold_g) if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}
        ours = {k for sg in sys_g for k in sg.roles["quote"]}
        missed = {k: gg.form for gi, gg in enumerate(gold_g) if not gg.nested and gi not in found for k in gg.roles["quote"]}
        tstarts = [a for a, _ in g.tokens]
        for s in sdoc.sents:
            ids = list(range(bisect.bisect_left(tstarts, s.start_char), bisect.bisect_left(tstarts, s.end_char)))
            if len([t for t in s if not t.is_punct]) < 5 or any(k in ours for k in ids):
                continue
            out.append({"art": i, "text": s.text.strip()[:200],
                        "verbs": [(t.text, quotes_acts._verb_lemma(t), _hanta_lemma(t)) for t in s if t.pos_ == "VERB"],
                        "label": Counter(missed.get(k) for k in ids).most_common(1)[0][0], "n": len(ids),
                        "tp": sum(1 for k in ids if k in missed)})
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False), "utf-8")
    print(len(out), "rows,", sum(r["label"] == "Reported" for r in out), "mostly a missed Reported quote")


def _verbs(r) -> set:
    out = {x for t, lem, han in r["verbs"] if t[:1].islower() for x in (lem, han) if x}
    if "sprechen" in out and not {"von", "vom"} & set(r["text"].lower().split()):
        out.discard("sprechen")  # [de] reported_stem_needs: "sprach mit …", "sprach sich … aus" are no act
    return out


def _choose(rs, nmin, pmin, within=None) -> set:
    st = defaultdict(lambda: [0, 0, 0])
    for r in rs:
        for v in _verbs(r):
            st[v][0] += 1
            st[v][1] += r["tp"]
            st[v][2] += r["n"]
    return {v for v, s in st.items() if s[0] >= nmin and s[1] / s[2] >= pmin and (within is None or v in within)}


def _apply(rs, verbs) -> tuple[int, int, int]:
    hit = [r for r in rs if _verbs(r) & verbs]
    return len(hit), sum(r["tp"] for r in hit), sum(r["n"] - r["tp"] for r in hit)


def twofold(path: str) -> None:
    rs = json.loads(Path(path).read_text("utf-8"))
    halves = [r for r in rs if r["art"] % 2 == 0], [r for r in rs if r["art"] % 2 == 1]
    for within, name in ((None, "all verbs"), (RULE_VERBS, "the rule's verbs")):
        print(f"\n{name}: NMIN PMIN | list of half A -> rows / true / false tokens on B | list of B -> on A | pooled P")
        for nmin, pmin in ((1, 0.4), (2, 0.3), (3, 0.35), (3, 0.4), (3, 0.5), (4, 0.4), (5, 0.4)):
            la, lb = _choose(halves[0], nmin, pmin, within), _choose(halves[1], nmin, pmin, within)
            ra, rb = _apply(halves[1], la), _apply(halves[0], lb)
            pooled = (ra[1] + rb[1]) / max(1, ra[1] + ra[2] + rb[1] + rb[2])
            def show(vs):
                return sorted(vs) if len(vs) <= 20 else f"{len(vs)} verbs"
            print(f"  {nmin} {pmin} | {show(la)} -> {ra} | {show(lb)} -> {rb} | {pooled:.2f}")
    print("\nthe rule's verbs, all of train:", _apply(rs, RULE_VERBS), "; ankündigen + warnen:",
          _apply(rs, {"ankündigen", "warnen"}))


def main(argv=None) -> int:
    from crossfit import add_setup_args

    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rows")
    add_setup_args(r)
    r.add_argument("--out", required=True)
    t = sub.add_parser("twofold")
    t.add_argument("rows")
    args = ap.parse_args(argv)
    if args.cmd == "rows":
        rows(args)
    else:
        twofold(args.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
