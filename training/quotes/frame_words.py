"""How often a source-frame word is a gold cue in quotes-de (gold only, no model).

    python training/quotes/frame_words.py /work/shared/data/quotes-de/data/train

For wonach / demnach / danach / gemäß / zufolge / laut (sentence-initial counted apart, "@0"): how often the word is a
gold cue, inside another gold message, or neither; then "nach"/"gemäß" + the first capitalised word after it (the head
noun of the frame) and "<noun> nach", with how often that "nach" is a gold cue (de_quotes card, Round 18).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from newsgraph.eval.quotes import gold_groups, read_dir

WORDS = ("wonach", "demnach", "danach", "gemäß", "zufolge", "laut")
ARTICLES = {"der", "die", "das", "dem", "den", "des", "einem", "einer", "eines", "seiner", "ihrer", "ihrem", "seinem"}


def main(argv=None) -> int:
    gold = read_dir((argv or sys.argv[1:])[0])
    words: dict = defaultdict(Counter)
    pre: dict = defaultdict(Counter)
    post: dict = defaultdict(Counter)
    for g in gold:
        gg = gold_groups(g)
        cue = set().union(*[set(x.roles["cue"]) for x in gg]) if gg else set()
        msg = set().union(*[set(x.roles["quote"]) for x in gg]) if gg else set()
        toks = [g.text[a:b] for a, b in g.tokens]
        low = [t.lower() for t in toks]
        for k, w in enumerate(low):
            if w in WORDS:
                initial = k == 0 or toks[k - 1] in ".!?" or toks[k][:1].isupper()
                words[w + ("@0" if initial else "")]["cue" if k in cue else "in message" if k in msg else "none"] += 1
            if w in ("nach", "gemäß"):
                head = next((j for j in range(k + 1, min(k + 5, len(toks)))
                             if toks[j][:1].isupper() and low[j] not in ARTICLES), None)
                if head is not None:
                    pre[w + " " + low[head]]["cue" if k in cue else "none"] += 1
            if w == "nach" and k > 0 and toks[k - 1][:1].isupper():
                post[low[k - 1] + " nach"]["cue" if k in cue else "none"] += 1
    for k, v in sorted(words.items()):
        print(k, dict(v))
    for name, table in (("nach/gemäß + noun", pre), ("noun + nach", post)):
        print(f"{name} (gold cue at least once):")
        for k, v in sorted(table.items(), key=lambda x: -x[1]["cue"]):
            if v["cue"]:
                print("  ", k, dict(v))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
