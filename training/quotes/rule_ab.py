"""What the A/B scripts of late cue rules (cue_r22_ab.py, cue_r23_ab.py) share, so that their figures are computed
the same way: the arguments, each variant's rules applied in order to a copy of an article's final quotes and
scored, the quotes a variant changed, cue_errors.py's census of the first variant and the score lines."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cue_tidy_ab import groups  # noqa: E402

from newsgraph.eval.quotes import assign, score_doc  # noqa: E402


def add_ab_args(ap) -> None:
    ap.add_argument("--variant", action="append", default=None, help="comma-separated rules; '' = none")
    ap.add_argument("--fires", default=None, help="write the quotes each variant changed here (JSON lines)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--fold-only", type=int, default=None,
                    help="only the articles of this fold (i %% 2): two processes give the two halves, whose TP / FP / FN add up")
    ap.add_argument("--census", default=None, help="also write cue_errors.py's census of the first variant here "
                    "(the same extraction; JSON next to it as CENSUS.json)")


def open_census(path: str | None):
    if not path:
        return None
    from cue_errors import Census

    return Census(10, open(path + ".dump.jsonl", "w", encoding="utf-8"))


def scored_variants(rules: dict, variants: list[str], scores: dict, census, g, doc, toks, starts, quotes, gg):
    """(variant, its groups) for each variant of one article, scored into ``scores`` (and the first into the census)."""
    for v in variants:
        qs = copy.deepcopy(quotes)
        if doc.has_annotation("DEP"):
            for name in [x for x in v.split(",") if x]:
                rules[name](doc, toks, qs, starts)
        sg = groups(g, qs)
        score_doc(scores[v], sg, gg)
        if census is not None and v == variants[0]:
            census.article(g, doc, sg, gg)
        yield v, sg


def span_text(g, ids) -> str:
    return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in ids)


def changed(base, sg, gg):
    """(before, after, the gold group it is paired with or None) of each quote whose cue or message a variant changed;
    ``base`` and ``sg`` are read in step."""
    pairs = dict(assign(sg, gg))
    for si, (a, b) in enumerate(zip(base, sg)):
        if a.roles["cue"] != b.roles["cue"] or a.roles["quote"] != b.roles["quote"]:
            yield a, b, gg[pairs[si]] if si in pairs else None


def report(scores: dict, variants: list[str], census, census_path: str | None) -> None:
    if census is not None:
        with open(census_path, "w", encoding="utf-8") as fh:
            res = census.report(scores[variants[0]], fh)
        census.dump.close()
        Path(census_path + ".json").write_text(json.dumps(res, indent=1, ensure_ascii=False), "utf-8")
    for v in variants:
        sc = scores[v]
        p, r, f = sc.overlap("cue")
        print(f"{v or '(none)':<24} message={sc.overlap('quote')[2]:.4f} cue={f:.4f} (P {p:.4f} R {r:.4f}; "
              f"TP {sc.tp['cue']} FP {sc.fp['cue']} FN {sc.fn['cue']}) speaker={sc.overlap('speaker')[2]:.4f}",
              flush=True)
