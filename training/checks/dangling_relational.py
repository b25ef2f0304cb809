"""Relational nouns from train-side text, for the dangling check (checks_de card, "Round 21, dangling; h7").

A relational or functional noun names something by its relation to a possessor ("der Präsident" of a country, "die
Hauptstadt", "der Sprecher", "die Zahl"): a text can open with it definite because the possessor is given or implied
(bridging), while a sortal noun ("ein Brief", "ein Auto") needs an introduction. The corpus says which is which by how
often a noun is tied to a possessor on the spot: its definite mentions followed by a genitive or "von" ("der Präsident
der Ukraine", "die Zahl der Toten"), and its mentions after a possessive article ("sein Sprecher", "ihre Hauptstadt").

Counts per noun stem (``vectors.stem``, as anaphoricity.json): [definite mentions, of them followed by a genitive/"von",
mentions after a possessive article, all mentions]; a word counts as a noun when it is capitalised in at least 80 % of
its non-sentence-initial uses (as ``build_model.py``). Corpus: ``build_model.corpus()`` (never quotes-dev or the
held-out 10kGNAD rows); ``--exclude-fold k --gnad-folds`` leaves out fold k's quotes-de train articles and train-side
10kGNAD rows, for leak-free features of that fold.

    OMP_NUM_THREADS=1 python training/checks/dangling_relational.py --out models/checks_de/relational.json
    OMP_NUM_THREADS=1 python training/checks/dangling_relational.py --exclude-fold 0 --gnad-folds --out /tmp/h7/r21/rel0.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training" / "checks"))

from build_model import corpus  # noqa: E402

from newsgraph.checks.vectors import stem  # noqa: E402

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß]*(?:-[\wÄÖÜäöüß]+)*|[^\w\s]")
_SENT_END = {".", "!", "?", ":"}
_DEF = {"der", "die", "das", "dem", "den", "des"}
_GEN = {"des", "der", "eines", "einer", "von", "vom"}
_POSS = re.compile(r"^(?:sein|ihr|unser|euer|dessen|deren)(?:e|er|es|em|en)?$")


def count(docs: list[str]) -> dict[str, list[int]]:
    toks = [[m.group() for m in _WORD.finditer(text)] for text in docs]
    cap, low = Counter(), Counter()
    for doc in toks:
        initial = True
        for w in doc:
            if w in _SENT_END:
                initial = True
                continue
            if not initial and w[:1].isalpha():
                (cap if w[:1].isupper() else low)[w.lower()] += 1
            initial = False
    nounish = {w for w, n in cap.items() if n >= 0.8 * (n + low[w])}
    out: dict[str, list[int]] = {}
    for doc in toks:
        initial = True
        for i, w in enumerate(doc):
            if w in _SENT_END:
                initial = True
                continue
            was_initial, initial = initial, False
            if was_initial or len(w) < 3 or not w[:1].isupper() or w.lower() not in nounish:
                continue
            c = out.setdefault(stem(w.replace("-", "")), [0, 0, 0, 0])
            c[3] += 1
            # the determiner: right before the noun, or before one or two lower-case attributive words
            j = i - 1
            while j >= 0 and i - j <= 3 and doc[j][:1].islower() and doc[j].lower() not in _DEF and not _POSS.match(doc[j].lower()):
                j -= 1
            det = doc[j].lower() if j >= 0 else ""
            if _POSS.match(det):
                c[2] += 1
            elif det in _DEF:
                c[0] += 1
                # "der Präsident der Ukraine", "die Zahl der Toten", "der Sprecher von Greenpeace": a possessor follows
                nxt = doc[i + 1:i + 4]
                if nxt and nxt[0].lower() in _GEN and any(x[:1].isupper() for x in nxt[1:]):
                    c[1] += 1
    return {k: v for k, v in out.items() if v[3] >= 2}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exclude-fold", type=int, default=None)
    ap.add_argument("--gnad-folds", action="store_true")
    ap.add_argument("--strength", type=float, default=4.0, help="pseudo-counts towards the corpus-wide shares")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    docs = [t for _, t in corpus(args.exclude_fold, 2, args.gnad_folds)]
    counts = count(docs)
    tot = [sum(v[i] for v in counts.values()) for i in range(4)]
    prior = [round(tot[1] / max(1, tot[0]), 4), round(tot[2] / max(1, tot[3]), 4)]
    Path(args.out).write_text(json.dumps({"prior": prior, "strength": args.strength, "docs": len(docs),
                                          "counts": counts}, ensure_ascii=False, separators=(",", ":")), "utf-8")
    print(f"{len(docs)} documents, {len(counts)} noun stems, prior genitive share {prior[0]}, possessive share {prior[1]} "
          f"-> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
