"""``Gazetteer.find`` against a variant that looks only at candidate words (round 27, measured and left off: slower), in
one process, alternating (the order swapped each pass), on the bench articles' texts (link.mentions calls ``find`` once
per article on the whole text).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/gazetteer_find_ab.py [--passes 6] [--gnad 200 --quotes 100]

The variant (``candidate_find``, below): the words from one ``TOKEN.findall``, a list comprehension keeping the indexes of
words that start a variant or are the genitive of a one-token variant, the match objects (one more ``finditer``) read only
for positions. Every text's hits must be equal to ``find``'s (asked with the article's language, "en" and None), else it
stops. Figures: CPU seconds per pass over every text with its article's language.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def candidate_find(gz, text: str, lang: str | None = "de") -> list:
    from newsgraph.link.gazetteer import TOKEN, Hit

    words = TOKEN.findall(text)
    trie, lengths, types = gz.trie, gz.lengths, gz.types
    de = lang == "de"
    at = [i for i, w in enumerate(words) if w in trie or de and len(w) > 3 and w[-1] == "s" and w[:-1] in trie]
    if not at:
        return []
    ms = list(TOKEN.finditer(text))
    n_tok = len(words)
    hits = []
    nxt = 0  # the first token after the last hit
    for i in at:
        if i < nxt:
            continue
        found = None
        first = words[i]
        cands = trie.get(first)
        if cands:
            for n in lengths[first]:
                if i + n > n_tok:
                    continue
                key = tuple(words[i:i + n])
                if key in cands and "\n" not in text[ms[i].start():ms[i + n - 1].end()]:
                    found = Hit(ms[i].start(), ms[i + n - 1].end(), cands[key], types[cands[key]])
                    nxt = i + n
                    break
        if found is None and de and len(first) > 3 and first.endswith("s"):
            eid = trie.get(first[:-1], {}).get((first[:-1],))
            if eid and types[eid] in ("PER", "LOC"):
                found = Hit(ms[i].start(), ms[i].end(), eid, types[eid], genitive=True)
                nxt = i + 1
        if found:
            hits.append(found)
    return hits


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=6)
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    args = ap.parse_args(argv)

    from bench_pipeline import corpus_articles

    from newsgraph.link.gazetteer import gazetteer

    arts = corpus_articles(args.gnad, args.quotes, "gazetteer_find_ab")
    texts = [(a.text, a.language or "de") for a in arts]
    gz = gazetteer()
    n_hits = 0
    for text, lang in texts:
        for lg in (lang, "en", None):
            if gz.find(text, lg) != candidate_find(gz, text, lg):
                print(f"hits differ (lang {lg!r}) on: {text[:80]!r}")
                return 1
        n_hits += len(gz.find(text, lang))
    finders = {"find": gz.find, "candidates": lambda text, lang: candidate_find(gz, text, lang)}
    times = {k: [] for k in finders}
    for rep in range(args.passes):
        for label in (("find", "candidates") if rep % 2 == 0 else ("candidates", "find")):
            find = finders[label]
            t = time.process_time()
            for text, lang in texts:
                find(text, lang)
            times[label].append(time.process_time() - t)
    print(f"Gazetteer.find on {len(texts)} texts ({sum(len(t) for t, _ in texts):,} characters, {n_hits} hits), "
          "hits equal (article language, 'en', None); CPU s per pass, find: "
          + " / ".join(f"{x:.4f}" for x in times["find"]) + "; candidates only: "
          + " / ".join(f"{x:.4f}" for x in times["candidates"]) + f" (load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
