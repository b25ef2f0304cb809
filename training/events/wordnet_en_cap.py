"""Measurement only (issue #5, tenth round): would WordNet synonyms of the English trigger
lexicon lift the lexicon cap on PLOVER? The cap here is the share of PLOVER sentences whose gold
type is among the lexicon's hit types (AGREE / THREATEN / REJECT counted when there is any hit,
as the 2016 intent coding can give them). Synonyms: WordNet 3.0 (Debian wordnet-base,
/usr/share/wordnet) synsets holding English trigger words of one type (patterns closed as in
build_de_thesaurus.py); a candidate needs MIN_SEEDS seed lemmas of one type, none of another,
and at most MAX_SYNSETS synsets; regular and verb.exc forms. Nothing is written.

    python training/events/wordnet_en_cap.py [MAX_SYNSETS MIN_SEEDS]   # 4 2: 0.801 -> 0.801; 10 1: -> 0.842
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
WORDNET = Path("/usr/share/wordnet")
INTENT = ("AGREE", "THREATEN", "REJECT")


def candidates(max_synsets: int, min_seeds: int) -> dict[str, str]:
    ev = tomllib.loads((ROOT / "newsgraph/config/events.toml").read_text("utf-8"))
    tight = {}
    for t, v in ev["triggers"].items():
        ps = [p.replace(r"\w*", r"\w{0,3}") for p in v.get("en", [])
              if " " not in p and "." not in p and not p.startswith(r"\w")]
        if ps:
            tight[t] = re.compile("(?:" + "|".join(f"(?:{p})" for p in ps) + r")\Z")
    known = re.compile("(?:" + "|".join(f"(?:{p})" for v in ev["triggers"].values() for p in v.get("en", [])) + r")\Z",
                       re.IGNORECASE)
    synsets = []
    for pos in ("verb", "noun"):
        for line in (WORDNET / f"data.{pos}").read_text("latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            words = [f[4 + 2 * i].lower() for i in range(int(f[3], 16))]
            synsets.append((pos[0], [w for w in words if re.fullmatch(r"[a-z]+", w)]))
    n_sets: dict[tuple[str, str], int] = defaultdict(int)
    for p, ws in synsets:
        for w in ws:
            n_sets[(p, w)] += 1

    def seed(w: str) -> str | None:
        hits = [t for t, rx in tight.items() if rx.match(w)]
        return hits[0] if len(hits) == 1 else None

    votes: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p, ws in synsets:
        found = {w: seed(w) for w in ws}
        for w in ws:
            if found[w] is None:
                for s, t in found.items():
                    if t and s != w:
                        votes[(p, w)][t].add(s)
    out = {}
    for (p, w), by_type in votes.items():
        if len(by_type) != 1 or n_sets[(p, w)] > max_synsets or len(w) < 4 or known.match(w):
            continue
        (t, s), = by_type.items()
        if len(s) >= min_seeds:
            out[w] = t
    return out


def forms(cand: dict[str, str]) -> dict[str, str]:
    exc: dict[str, list[str]] = defaultdict(list)
    for line in (WORDNET / "verb.exc").read_text("latin-1").splitlines():
        a, b = line.split()[:2]
        exc[b].append(a)
    words: dict[str, str] = {}
    for w, t in cand.items():
        stem = w[:-1] if w.endswith("e") else w
        for f in {w, w + "s", w + "es", w + "ed", w + "d", stem + "ing", *exc.get(w, [])}:
            words.setdefault(f, t)
    return words


def main() -> int:
    max_synsets = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    min_seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    from newsgraph.extract.event_lexicon import legacy_map, lexicon
    from newsgraph.extract.events import triggers

    cand = candidates(max_synsets, min_seeds)
    words = forms(cand)
    print(f"{len(cand)} lemmas, {len(words)} forms")
    lex, legacy = lexicon("en"), legacy_map()
    recs = [r for r in json.loads((SHARED / "data/events-plover/PLOVER_GSR_CAMEO.txt").read_text("utf-8")) if r.get("text")]
    cap0 = cap1 = newhits = 0
    for r in recs:
        g = legacy.get(r["event"], r["event"])
        hit_types = {h.type for h in triggers(r["text"], lex)}
        extra = {words[w.lower()] for w in re.findall(r"[A-Za-z]+", r["text"]) if w.lower() in words}
        newhits += bool(extra - hit_types)
        cap0 += g in hit_types or (g in INTENT and bool(hit_types))
        cap1 += g in (hit_types | extra) or (g in INTENT and bool(hit_types | extra))
    print(f"PLOVER {len(recs)} sentences: cap {cap0 / len(recs):.3f} -> {cap1 / len(recs):.3f}; "
          f"sentences with a hit of a new type {newhits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
