"""Census of one kind of wrong or missing attribution: gold's speaker stands in a sentence before the message's.

    python training/quotes/speaker_earlier.py DUMP.pkl [--examples 3]

DUMP.pkl is a ``speaker_errors.py --dump`` file (collected with candidate sources, ``extra["cand_src"]``). For every
found quote whose gold speaker shares no token with ours and lies in an earlier sentence than the message
(speaker_errors.attribution_kind "gold in an earlier sentence"), it tells:

* where gold's speaker is: the speaker of gold's previous quote (a continuation), split by what we did with that
  quote (found it with the right speaker, a wrong one, none, or missed it); else the speaker of an earlier gold
  quote further back; else a noun group of an earlier sentence that is no gold quote's speaker: in the sentence
  right before, or two or more back, and whether it opens the paragraph;
* whether it is one of the linker's candidates (overlapping gold's by half of both) and which paths proposed it;
* what we did instead: no speaker (by our mode and cue), or which candidate the linker took (its paths).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_errors import _chars_of, _text, attribution_kind  # noqa: E402

from newsgraph.eval.quotes import assign  # noqa: E402


def _overlaps(a: set, b: set) -> bool:
    inter = len(a & b)
    return bool(inter) and inter * 2 >= len(a) and inter * 2 >= len(b)


def _sent_of(extra, c: int) -> int:
    return next((n for n, (a, b) in enumerate(extra["sents"]) if a <= c < b), -1)


def _par_of(text: str, c: int) -> int:
    return text.count("\n", 0, c)


def _cand_entry(extra, qch: set[int]):
    """The linker's candidates (char spans) and their paths for the quote whose message overlaps ``qch`` most."""
    best = None
    srcs = extra.get("cand_src") or [None] * len(extra.get("cands", ()))
    for (msg, cands), src in zip(extra.get("cands", ()), srcs):
        mc = set()
        for a, b in msg:
            mc.update(range(a, b))
        ov = len(mc & qch)
        if ov and (best is None or ov > best[0]):
            best = (ov, cands, src)
    return (best[1], best[2]) if best else ([], None)


def _paths(cands, src, target: set[int]) -> str:
    """The paths of the candidate that overlaps ``target`` (chars) by half of both, as one label."""
    if src is None:
        return "?"
    for (a, b), (ss, _) in zip(cands, [(s, None) for s in src[0]]):
        if _overlaps(set(range(a, b)), target):
            keep = [s for s in ss if s.startswith(("prev", "np_", "ent_", "cur", "inh", "subj", "frame", "end_win"))]
            return "+".join(sorted(keep)) or "other"
    return "-"


def where_gold(g, extra, gold_g, gi, sys_g, pairs) -> str:
    """Where gold's speaker stands, relative to gold's earlier quotes and the sentences before the message."""
    gg = gold_g[gi]
    gs = set(gg.roles["speaker"])
    gch = _chars_of(g, gs)
    start = min(gg.roles["quote"])
    earlier = sorted((gj for gj, q in enumerate(gold_g) if q.roles["quote"] and max(q.roles["quote"]) < start
                      and not q.nested), key=lambda gj: min(gold_g[gj].roles["quote"]))
    sys_of = {gj: si for si, gj in pairs}
    for back, gj in enumerate(reversed(earlier)):
        ps = set(gold_g[gj].roles["speaker"])
        if ps and _overlaps(_chars_of(g, ps), gch):
            if back:
                return "an earlier gold quote's speaker (2+ quotes back)"
            si = sys_of.get(gj)
            if si is None or not set(sys_g[si].roles["quote"]) & set(gold_g[gj].roles["quote"]):
                ours = "we missed that quote"
            else:
                s = set(sys_g[si].roles["speaker"])
                ours = ("ours right" if s & ps else "ours wrong" if s else "ours none")
            return f"gold's previous quote's speaker ({ours})"
    mch = _chars_of(g, gg.roles["quote"])
    ms, gsent = _sent_of(extra, min(mch)), _sent_of(extra, min(gch))
    # is the speaker's sentence the first of its paragraph, the message in a later one of the same paragraph?
    par = _par_of(g.text, min(gch))
    first = next((n for n, (a, b) in enumerate(extra["sents"]) if _par_of(g.text, a) == par), -1)
    opener = gsent == first and ms > gsent and _par_of(g.text, min(mch)) == par
    gap = "the sentence before" if ms - gsent == 1 else "2+ sentences back"
    return f"no gold quote's speaker, {gap}" + (", paragraph opener" if opener else "")


def census(rows, nex: int) -> None:
    tab: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    n_all = 0
    for row in rows:
        _, g, sys_g, gold_g, extra = row
        pairs = assign(sys_g, gold_g)
        for si, gi in pairs:
            sg, gg = sys_g[si], gold_g[gi]
            s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
            if not gs or not set(sg.roles["quote"]) & set(gg.roles["quote"]) or (s & gs):
                continue
            kind, has = attribution_kind(g, extra, sg, gg)
            if kind != "gold in an earlier sentence":
                continue
            n_all += 1
            w = where_gold(g, extra, gold_g, gi, sys_g, pairs)
            cands, src = _cand_entry(extra, _chars_of(g, sg.roles["quote"]))
            gpath = _paths(cands, src, _chars_of(g, gs)) if has == "gold a candidate" else "not a candidate"
            cue = "cue" if sg.roles["cue"] else "no cue"
            if s:
                inst = "took " + _paths(cands, src, _chars_of(g, s))
            else:
                inst = f"none ({sg.form}, {cue})"
            c = tab[w]
            c["n"] += 1
            c["fn"] += len(gs - s)
            c["fp"] += len(s - gs)
            c["cand: " + gpath] += 1
            c["ours: " + inst] += 1
            c["ours: " + ("wrong" if s else "none")] += 1
            c["ours mode: " + f"{sg.form}, {cue}"] += 1
            if len(ex[w]) < nex:
                ex[w].append(f"{sg.form}/{cue} ours=[{_text(g, s)}] gold=[{_text(g, gs)}] cand={gpath} "
                             f"msg=[{_text(g, gg.roles['quote'])[:90]}]")
    print(f"gold in an earlier sentence: {n_all} found quotes")
    for w, c in sorted(tab.items(), key=lambda kv: -kv[1]["n"]):
        print(f"\n{w}: {c['n']} quotes, FP {c['fp']} FN {c['fn']} tokens")
        for pre in ("ours: wrong", "ours: none"):
            print(f"   {pre}: {c[pre]}")
        for key, v in sorted(c.items(), key=lambda kv: -kv[1]):
            if key.startswith(("cand: ", "ours: took", "ours: none (", "ours mode: ")):
                print(f"   {key:<70} {v:4d}")
        for e in ex[w]:
            print("     e.g.", e[:300])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    census(pickle.loads(Path(args.dump).read_bytes()), args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
