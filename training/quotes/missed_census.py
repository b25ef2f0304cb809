"""Every missed gold quote of one type on cross-fitted train (or dev), with what the extractor saw in its sentence.

    OMP_NUM_THREADS=1 python training/quotes/missed_census.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds \
        --acts-cv training/runs/h3/acts_cv.json --out /tmp/h5/missed_train.jsonl

A gold quote (not nested) is missed when no prediction paired with it by the scorer shares a message token
(eval.quotes.assign). Each missed quote becomes one JSON line: article, gold type, message / cue / speaker text,
the parse sentence holding most of its tokens, that sentence's root verb (lemma with particle), the modes of our
predictions in the sentence, and, when the act classifier saw the sentence (no quote touched it), its features
and the probabilities of the article's act model (with ``--acts-cv``, the CV model that never saw the article).
The summary counts missed quotes and tokens by type and by where they were lost.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, score_doc  # noqa: E402
from newsgraph.extract import quotes_acts  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None)
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--types", default="Indirect,Reported")
    ap.add_argument("--out", default=None)
    ap.add_argument("--set", action="append", default=[])
    args = ap.parse_args(argv)
    run = setup(args)
    types = set(args.types.split(","))
    gold, docs, nlp = run.gold, run.docs, run.nlp
    by_text = {d.text: d for d in docs}
    rows: dict = {}

    def hook(toks, a, b, f):
        rows[toks[a].start] = f

    quotes_acts.ROW_HOOK = hook
    sc = Scores()
    out = []
    for i in run.articles(args.folds):
        rows.clear()
        g = gold[i]
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)
        score_doc(sc, sys_g, gold_g)
        model = quotes_acts.load_acts("x") if args.acts_cv else quotes_acts.load_acts("de_acts")
        sdoc = by_text[g.text]
        sents = list(sdoc.sents)
        starts = [s.start_char for s in sents]
        pairs = assign(sys_g, gold_g)
        found = {gi for si, gi in pairs if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}

        def sent_of(k, g=g, starts=starts):
            return max(0, bisect.bisect_right(starts, g.tokens[k][0]) - 1)

        def text(ids, g=g):
            return " ".join(g.text[g.tokens[k][0]:g.tokens[k][1]] for k in sorted(ids))

        for gi, gg in enumerate(gold_g):
            if gg.nested or gi in found or gg.form not in types or not gg.roles["quote"]:
                continue
            ids = gg.roles["quote"]
            sc_ = Counter(sent_of(k) for k in ids)
            sn = sc_.most_common(1)[0][0]
            s = sents[sn]
            preds = []
            for sg in sys_g:
                if any(sent_of(k) == sn for k in sg.roles["quote"]):
                    preds.append(sg.form + ("+cue" if sg.roles["cue"] else ""))
            root = s.root
            prt = [c.text.lower() for c in root.children if c.dep_ in ("compound:prt", "svp")]
            f = rows.get(s.start_char)
            if f is None:
                # the extractor's toks may start the sentence a character later (whitespace)
                f = next((v for k, v in rows.items() if s.start_char <= k < s.start_char + 3), None)
            p = quotes_acts.probs(model, f) if (f is not None and model) else None
            out.append({"art": g.name, "i": i, "type": gg.form, "ntok": len(ids), "nsents": len(sc_),
                        "msg": text(ids), "cue": text(gg.roles["cue"]),
                        "msg_chars": [g.tokens[k] for k in sorted(ids)], "cue_chars": [g.tokens[k] for k in sorted(gg.roles["cue"])], "speaker": text(gg.roles["speaker"]),
                        "sent": s.text, "root": (prt[0] if prt else "") + root.lemma_.lower(), "root_pos": root.pos_,
                        "preds": preds, "act_row": f is not None, "feats": f,
                        "p": {k: round(v, 3) for k, v in p.items()} if p else None})
    quotes_acts.ROW_HOOK = None
    print("message / cue / speaker " + " / ".join(f"{sc.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker")))
    tally: dict = defaultdict(Counter)
    for r in out:
        where = "act row" if r["act_row"] else ("other quote in sentence" if r["preds"] else "no act row, nothing there")
        tally[r["type"]][where] += 1
        tally[r["type"]][where + " tok"] += r["ntok"]
    for t, c in tally.items():
        print(t, dict(c))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
