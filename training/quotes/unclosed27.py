"""Round 27 (q2; de_cues card): the quotation marks quote_depth's legacy pairing leaves unclosed on a quotes-de split, by
shape (the shape names are a reading aid: a mark that cascades from an earlier unpaired one is counted under the shape it
shows), and how many tokens the rules' fixed depth (claims.toml [model] rule_quote_depth) reads otherwise.

    OMP_NUM_THREADS=1 python training/quotes/unclosed27.py /work/shared/data/quotes-de/data/train /tmp/r25/qcache_train.spacy
"""
import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crossfit import setup  # noqa: E402

from newsgraph.extract.quotes_features import (  # noqa: E402
    CLOSE_ONLY,
    PAIRS,
    QUOTE_CHARS,
    _fixed_quote_depth,
    _quote_depth,
    tokens_from_doc,
)

split = Path(sys.argv[1]).name
run = setup(argparse.Namespace(dir=sys.argv[1], cache=sys.argv[2], acts_cv=None, set=[]))
def shape(toks, ch, i):
    s = toks[i].sent
    rest = [t.text for t in toks[i + 1:] if t.sent == s]
    part = PAIRS.get(ch, "")
    if part and any(len(w) > 1 and part in w[1:] for w in rest[:8]):
        return "closer glued inside a word („ Bild“-Zeitung)"
    if ch == "„" and any(w in ("”", '"') for w in rest):
        return "„ closed by ” or \" in its sentence"
    if ch == "»" and any(t.text == "«" for t in toks[max(0, i - 8):i]):
        return "«…» (Swiss / French order)"
    if ch in ("‚", "‘", "’"):
        return "single mark: apostrophe / ayin / unpaired ‚"
    if ch == "“" or ch == '"' and any(t.text == "„" for t in toks[max(0, i - 80):i]):
        return "closer left over after an unpaired mark inside its quote"
    later = [t for t in toks[i + 1:] if t.sent != s]
    if part and any(t.text in (part, "”", '"') for t in later[:80]):
        return "partner in a later sentence"
    return "no partner at all"


def legacy_unclosed(toks):
    """quote_depth's pairing (quotes_features._quote_depth), returning the marks left on its stack."""
    stack = []
    for i, t in enumerate(toks):
        ch = t.text
        if ch not in QUOTE_CHARS:
            continue
        if stack and PAIRS.get(stack[-1][0]) == ch:
            stack.pop()
        elif not (ch in CLOSE_ONLY or ch in ("«", "’") and not stack):
            stack.append((ch, i))
    return stack


arts = Counter()
sh = Counter()
ex = {}
masked_legacy = masked_fixed = nart = 0
for g, doc in zip(run.gold, run.docs):
    toks = tokens_from_doc(doc, "de")
    for ch, i in legacy_unclosed(toks):
        k = shape(toks, ch, i)
        sh[k] += 1
        arts[g.name] += 1
        ex.setdefault(k, []).append(" ".join(t.text for t in toks[max(0, i - 4):i + 6]))
    a, b = _quote_depth(toks), _fixed_quote_depth(toks)
    if a != b:
        nart += 1
        masked_legacy += sum(x > y for x, y in zip(a, b))
        masked_fixed += sum(y > x for x, y in zip(a, b))
print(f"{split}: {len(arts)} of {len(run.gold)} articles with an unclosed mark (legacy pairing), {sum(sh.values())} marks")
for k, n in sh.most_common():
    print(f"  {n:3d}  {k}:  " + " | ".join(ex[k][:4]))
print(f"fixed vs legacy: {nart} articles differ; tokens inside by legacy only {masked_legacy}, by fixed only {masked_fixed}")
print("tokens containing ″ or ′:", sum(1 for d in run.docs for t in d if "″" in t.text or "′" in t.text),
      "as a mark of its own:", sum(1 for d in run.docs for t in d if t.text in ("″", "′")))
