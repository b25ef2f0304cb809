"""Score the article checks on perturbed real articles.

    python -m newsgraph.eval.checks [--split dev|quotes-dev|gnad|train] [--seed 13] [--gen 2] [--limit N] [--show KIND]
                                    [--export-untouched FLAGS.jsonl] [--labels LABELS.jsonl]

Generates (deterministically) one untouched copy and one copy per defect of each held-out
article (quotes-de dev + the 10kGNAD rows kept out of the topic vectors; newsgraph/checks/
perturb.py; needs ../shared/data or NEWSGRAPH_SHARED), runs ``checks.article`` and prints
precision/recall/F1 per flag type (a flag is right when its span overlaps the recorded defect
of the same type; every other flag of that type is a false positive), the false flags per 20
untouched articles and the CPU time of the checks per article. Flags on untouched articles that
hand-reading found to be defects the source text already has (``--labels``, by default
tests/data/checks_gnad_untouched_labels.jsonl: 10kGNAD's intertitles run into the body) are
reported apart and count neither as false flags nor, on the perturbed copies, as false positives.

Parsed docs are cached (by text, models, and the nlp stage's rule code and config) under $NEWSGRAPH_CACHE or ~/.cache/newsgraph, so
re-running after a change to the checks costs only the checks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

KINDS = ("glued_sentence", "off_topic", "dangling_reference")
# hand-read flags on the untouched held-out 10kGNAD articles (guide: tests/data/README.md): 10kGNAD lost its
# line breaks, so an intertitle run into the body is glued text the source already has, not a false flag
LABELS = Path(__file__).resolve().parents[2] / "tests/data/checks_gnad_untouched_labels.jsonl"


def load_labels(path: Path | str | None) -> dict[tuple[str, str, str], str]:
    """(article, kind, flagged text) -> "source" (a defect of the unperturbed text) or "false"."""
    if not path or not Path(path).exists():
        return {}
    out = {}
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[(r["article"], r["kind"], r["text"])] = r["label"]
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def nlp_models_stamp(models: Path) -> str:
    """Size and mtime of every file the nlp stage reads from models/: both spaCy models' meta, and
    the side files the rule components load (the glued-join scorer, the HanTa word table, the NER's
    name lists and feature CRF). A retrained side file must not be scored on parses cached before it."""
    files = [models / name / "meta.json" for name in ("de_core", "de_ner")]
    for sub in ("de_glue", "hanta", "de_ner/crf"):
        files += sorted(p for p in (models / sub).rglob("*") if p.is_file())
    files += sorted((models / "de_ner").glob("*.txt"))
    return ":".join(f"{f.name}={f.stat().st_size}@{f.stat().st_mtime}" if f.exists() else "blank" for f in files)


def _cached_nlp(nlp):
    from spacy.tokens import Doc

    from ..config import models_dir
    from .diskcache import write_atomic

    # The parse depends on both shipped models (a new NER changes the entities the checks read) and
    # on the nlp stage's own rules and their config (mood, segmenter, NER rule chain): a change to
    # any of them must not be scored on parses cached before it.
    stamp = nlp_models_stamp(models_dir())
    pkg = Path(__file__).resolve().parents[1]
    rules = sorted((pkg / "nlp").rglob("*.py")) + [pkg / "config" / f"{n}.toml" for n in ("mood", "ner", "segment")]
    stamp += ":" + hashlib.sha1(b"".join(f.read_bytes() for f in rules if f.exists())).hexdigest()
    root = Path(os.environ.get("NEWSGRAPH_CACHE", Path.home() / ".cache/newsgraph")) / "checks_eval"
    root.mkdir(parents=True, exist_ok=True)

    def parse(text: str):
        key = hashlib.sha1((stamp + "\0" + ",".join(nlp.pipe_names) + "\0" + text).encode()).hexdigest()
        p = root / f"{key}.doc"
        if p.exists():
            return Doc(nlp.vocab).from_bytes(p.read_bytes())
        doc = nlp(text)
        write_atomic(p, doc.to_bytes())
        return doc

    return parse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval checks")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=None, help="articles to use (default: all)")
    ap.add_argument("--gen", type=int, default=3, help="perturbation generator version (1: the first one, "
                    "2: dangling references that may break the verb's number, 4: dangling references made by "
                    "cutting their antecedent, up to 3 copies per article, 5: v4 without the references a reader could still "
                    "resolve; see newsgraph/checks/perturb.py)")
    ap.add_argument("--show", default=None, help="print misses and false positives of this kind")
    ap.add_argument("--export-untouched", default=None, metavar="JSONL",
                    help="write every flag on the untouched articles (article, kind, span, context) to this file")
    ap.add_argument("--labels", default=str(LABELS), metavar="JSONL",
                    help="hand-read labels of flags on untouched articles; flags labelled 'source' are defects the "
                         "source text already has and count neither as false flags nor, on perturbed copies, as "
                         "false positives ('' to count every flag as false)")
    ap.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                    help="override a setting of config/checks.toml (for tuning), e.g. topic.max_clause_fit=0.1")
    args = ap.parse_args(argv)
    overrides: dict[str, dict] = {}
    for item in args.set:
        name, value = item.split("=", 1)
        section, key = name.split(".", 1)
        overrides.setdefault(section, {})[key] = json.loads(value)

    from .. import nlp as nlp_stage
    from ..checks.article import ArticleChecks
    from ..checks.perturb import generate
    from ..model import Analysis, Article

    samples = generate(args.split, args.seed, args.limit, args.gen)
    nlp = _cached_nlp(nlp_stage.load("de"))
    checks = ArticleChecks(**overrides)
    cpu = 0.0
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    untouched, untouched_flags = 0, Counter()
    labels = load_labels(args.labels)
    source_flags: Counter = Counter()   # flags on untouched articles that hand-reading found to be real
    unread: Counter = Counter()         # flags on untouched articles no label covers (counted as false)
    source_fp: Counter = Counter()      # would-be false positives on perturbed copies that are source defects
    exported: list[dict] = []
    t0 = time.time()
    for smp in samples:
        art = Article(id=smp.id, text=smp.text, language="de")
        a = Analysis(article=art)
        doc = nlp(smp.text)
        nlp_stage.sentences(a, doc)
        c0 = time.process_time()
        checks(a, doc)
        cpu += time.process_time() - c0
        if smp.perturbation == "none":
            untouched += 1
            for f in a.flags:
                s0, e0 = (f.span.start, f.span.end) if f.span else (0, 0)
                lab = labels.get((smp.source, f.kind, smp.text[s0:e0]))
                if lab == "source":
                    source_flags[f.kind] += 1
                else:
                    untouched_flags[f.kind] += 1
                    if lab is None and labels:
                        unread[f.kind] += 1
                s0, e0 = (f.span.start, f.span.end) if f.span else (0, 0)
                exported.append({"article": smp.source, "kind": f.kind, "start": s0, "end": e0,
                                 "text": smp.text[s0:e0], "reason": f.reason,
                                 "context": smp.text[max(0, s0 - 80):e0 + 80]})
        for kind in KINDS:
            gold = [(d.start, d.end) for d in smp.defects if d.kind == kind]
            pred = [(f.span.start, f.span.end, f) for f in a.flags if f.kind == kind]
            hit = set()
            for ps, pe, f in pred:
                m = next((i for i, g in enumerate(gold) if _overlap((ps, pe), g)), None)
                if m is None and labels.get((smp.source, kind, smp.text[ps:pe])) == "source":
                    source_fp[kind] += 1
                    continue
                if m is None:
                    fp[kind] += 1
                    if args.show == kind:
                        print(f"FP {smp.id} {f.span.text!r} ({f.reason}) :: {smp.text[max(0, ps - 60):pe + 40]!r}")
                else:
                    hit.add(m)
            tp[kind] += len(hit)
            fn[kind] += len(gold) - len(hit)
            if args.show == kind:
                for i, (gs, ge) in enumerate(gold):
                    if i not in hit:
                        print(f"FN {smp.id} {smp.text[gs:ge]!r} :: {smp.text[max(0, gs - 60):ge + 40]!r}")
    n_pert = Counter(s.perturbation for s in samples)
    print(f"checks on perturbed {args.split} articles (seed {args.seed}, generator v{args.gen}): {len(samples)} texts, "
          f"{dict(n_pert)}, {time.time() - t0:.0f}s")
    print(f"{'kind':<20} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for kind in KINDS:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:<20} {p:6.3f} {r:6.3f} {f1:6.3f}  {tp[kind]:3d} {fp[kind]:3d} {fn[kind]:3d}")
    total = sum(untouched_flags.values())
    per20 = 20 * total / untouched if untouched else 0.0
    n_src = sum(source_flags.values())
    print(f"untouched articles: {untouched}, flags on them: {total + n_src}, of which defects the source text has "
          f"(hand-read, {Path(args.labels).name if labels else 'no labels'}): {n_src} ({dict(source_flags)}), "
          f"false: {total} ({dict(untouched_flags)}; not yet read: {sum(unread.values())} {dict(unread)})")
    print(f"{per20:.2f} false flags per 20 articles ({20 * (total + n_src) / max(1, untouched):.2f} flags of any kind; "
          f"source defects flagged on perturbed copies, not counted as false positives: {dict(source_fp)})")
    if args.export_untouched:
        with open(args.export_untouched, "w", encoding="utf-8") as fh:
            for row in exported:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"checks.article CPU time: {1000 * cpu / max(1, len(samples)):.1f} ms per text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
