"""Score segmentation with an off-by-default glued rule switched on in-process (the config file
stays as shipped), and list where the rule fired, to read its new flags on untouched text.

    python -m training.ud.segment_switch_ab --on training/corpus/segment/quotes_train_glued.jsonl \
        training/corpus/segment/quotes_glued.jsonl training/corpus/segment/gnad_plain.jsonl

Without ``--on`` the shipped rules are scored by the same code (the A of an A/B). Switches in
newsgraph/config/segment.toml (issue #3): ``--rule prep_particles`` (default) is
``glue_prep_particles``, the fourth glued rule; ``--rule sie_before_verb`` is
``glue_sie_before_verb``, the fifth ("Sie" between two finite verbs).
"""

from __future__ import annotations

import argparse
import dataclasses
import tomllib
from pathlib import Path

from newsgraph.eval import segment as es
from newsgraph.nlp import load
from newsgraph.nlp import segment as sg


# rule name -> (Segmenter method that decides it, Rules field that the switch fills)
RULES = {"prep_particles": ("_prep_particle_glue", "prep_particles"),
         "sie_before_verb": ("_sie_verb_glue", "sie_before_verb")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--on", action="store_true", help="switch the rule on")
    ap.add_argument("--rule", choices=sorted(RULES), default="prep_particles")
    ap.add_argument("--show", type=int, default=10, help="print this many places where the rule fired, per file")
    args = ap.parse_args(argv)
    fired: list[str] = []
    method, field = RULES[args.rule]
    rule = getattr(sg.Segmenter, method)

    def spy(self, doc, a, b):
        ok = rule(self, doc, a, b)
        if ok:
            fired.append(f"…{doc.text[max(0, a.idx - 50):b.idx]!r} | {doc.text[b.idx:b.idx + 25]!r}")
        return ok

    setattr(sg.Segmenter, method, spy)
    nlp = load("de")
    seg = next(p for _, p in nlp.pipeline if isinstance(p, sg.Segmenter))
    if args.on:
        cfg = tomllib.loads(sg.RULES_FILE.read_text("utf-8"))["de"]
        seg.rules = dataclasses.replace(seg.rules, **{field: frozenset(x.lower() for x in cfg[field])})
    for f in args.files:
        fired.clear()
        s = es.score(nlp, es.read_gold(f), optional_after=":;")
        print(f"{f} ({args.rule} {'on' if args.on else 'off'})")
        if s["boundary_counts"]:
            p, r, f1 = s["boundary"]
            print(f"  boundaries P {p:.4f} R {r:.4f} F1 {f1:.4f} {s['boundary_counts']}")
            p, r, f1 = s["boundary_lenient"]
            print(f"  colon/semicolon optional: P {p:.4f} R {r:.4f} F1 {f1:.4f}")
        p, r, f1 = s["glued"]
        print(f"  glued P {p:.4f} R {r:.4f} F1 {f1:.4f} {s['glued_counts']}")
        print(f"  rule fired {len(fired)} times")
        for line in fired[: args.show]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
