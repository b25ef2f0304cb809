"""What the sentences of missed gold quotes hold, from a missed_census.py output (one JSON line per missed quote).

    python training/quotes/missed_sentences.py /tmp/h4/missed_train.jsonl [--types Indirect,Reported]

For the missed quotes of each type in sentences no quote of ours touches (the census's "act row"), flags of the sentence
(several per quote; quotes / FN tokens): quotation marks, a source word (laut, zufolge, gemäß, wonach, demnach, Angaben,
aus Sicht, Berichten), a colon, the root verb in our Reported / cue lists, another cue verb, Konjunktiv, hearsay soll/will,
dass/ob, a speech noun, else "nothing" — read off the act classifier's features the census stores; then the gold cues,
the root verbs and the act classifier's best non-none probability on them (de_quotes card, Round 18).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

SOURCE = re.compile(r"\b(laut|zufolge|gemäß|wonach|demnach|angaben|aus sicht|berichten)\b", re.I)
QMARKS = "„“”»«\""


def flags(r: dict) -> list[str]:
    f = set(r["feats"] or [])
    s = r["sent"]
    out = []
    if any(q in s for q in QMARKS):
        out.append("qmark")
    m = SOURCE.search(s.lower())
    if m:
        out.append("src:" + m.group(1))
    if ":" in s:
        out.append("colon")
    if "r_rep" in f:
        out.append("root_rep")
    if f & {"r_ind", "r_cue", "r_indstem"}:
        out.append("root_cue")
    if f & {"any_rep", "any_cue"}:
        out.append("other_cue_verb")
    if "konj" in f:
        out.append("konj")
    if any(x.startswith(("mod=soll", "mod=will", "mod=woll")) for x in f):
        out.append("hearsay")
    if "dass" in f:
        out.append("dass/ob")
    if "speech_noun" in f or "obj_speech" in f:
        out.append("speech_noun")
    return out or ["nothing"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("census")
    ap.add_argument("--types", default="Indirect,Reported")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in open(args.census, encoding="utf-8")]
    for t in args.types.split(","):
        sub = [r for r in rows if r["type"] == t]
        act = [r for r in sub if r["act_row"]]
        print(f"== {t}: missed {len(sub)} ({sum(r['ntok'] for r in sub)} tok); in empty sentences {len(act)} "
              f"({sum(r['ntok'] for r in act)} tok)")
        n: Counter = Counter()
        tok: Counter = Counter()
        for r in act:
            for x in flags(r):
                n[x] += 1
                tok[x] += r["ntok"]
        print("  flags:", ", ".join(f"{k} {v}/{tok[k]}" for k, v in n.most_common()))
        print("  gold cue:", ", ".join(f"{k or '-'} {v}" for k, v in Counter(r["cue"].lower() for r in act).most_common(30)))
        print("  root:", ", ".join(f"{k.strip() or '-'} {v}" for k, v in Counter(r["root"] for r in act).most_common(20)))
        ps = sorted(max(v for k, v in r["p"].items() if k != "none") for r in act if r["p"])
        if ps:
            print(f"  act classifier P(best non-none): median {ps[len(ps) // 2]:.3f}, 90th percentile "
                  f"{ps[int(len(ps) * 0.9)]:.3f}, at 0.2 or more {sum(p >= 0.2 for p in ps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
