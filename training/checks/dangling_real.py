"""A hand-labelled set of REAL definite NPs for the dangling check (round 27, issue #7): every candidate the run-time
stage scores (``ArticleChecks._dangling``: its own candidate extraction and filters, before the model) in untouched
articles, each labelled by reading (guide: tests/data/README.md, "checks_dangling_real.jsonl"), plus a few real
antecedents whose introducing sentence is cut (generator v4's kind, done by hand: real dangling references).

Articles, in a fixed order: quotes-de TRAIN articles (the models' training side; never a scored set) shuffled with
``random.Random(27)``, then the 10kGNAD rows that no checks pool and no scored set uses: not held out (row % 5 != 0, the
``--split gnad`` rows) and with fewer than 4 generator sentences (``perturb.generate`` skips those, so the gnad-side
pools never saw them; every longer train-side row is in the gnad-side pool). Only articles with at least one candidate
count; ``--articles`` quotes-de ones, and every unused 10kGNAD row.

    # 1. the candidates to read, WITHOUT any model score (labels are added by hand to the JSONL this writes)
    OMP_NUM_THREADS=1 python training/checks/dangling_real.py build --articles 60 --out /tmp/h6/r27/cands.jsonl
    # 2. flags of each variant on the labelled set (NAME=[dangling] overrides as JSON, ';'-separated)
    OMP_NUM_THREADS=1 python training/checks/dangling_real.py score tests/data/checks_dangling_real.jsonl \
        --variant off= --variant 'K8=predicate_fit=true;predicate_fit_model="/tmp/h6/r27/td_k8.json";predicate_fit_min_prob=0.8479'

A row: ``{"article", "cut", "start", "np", "sentence", "label", "note"}``; ``cut`` lists the indices (in the parse's
sentences of the original text) of the sentences removed before scoring (``cuts`` lists the options), or null; ``start`` the article's char offset of
the NP's determiner in the (cut) text. Labels: ``antecedent`` (the text names it before), ``bridging`` (bridged by what
the text says, unique or world-known: no flag wanted), ``dangling`` (a reader asks "which one?": a flag wanted).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.perturb import _sentences, load_quotes_de, shared_dir, split_sentences  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402

NO_FLAG = ("antecedent", "bridging")


def sources() -> list[tuple[str, str]]:
    """(name, text) in the builder's fixed order: shuffled quotes-de train, then the unused short 10kGNAD rows."""
    train = [(n, t) for n, t, _ in load_quotes_de("train")]
    random.Random(27).shuffle(train)
    csv.field_size_limit(10**8)
    gnad = []
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for i, r in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if i % 5 and len(r) >= 2 and len(_sentences(r[1], split_sentences(r[1]))) < 4:
                gnad.append((f"10kgnad-{i}-{r[0]}", r[1]))
    return train + gnad


def cut_text(text: str, spans: list[tuple[int, int]], cut: list[int] | None) -> str:
    """The text without the sentences ``cut`` (each from its start to the next sentence's start), as generator v4 cuts."""
    if not cut:
        return text
    out, pos = [], 0
    for k in sorted(cut):
        out.append(text[pos:spans[k][0]])
        pos = spans[k + 1][0] if k + 1 < len(spans) else len(text)
    return "".join(out) + text[pos:]


def sent_spans(sents) -> list[tuple[int, int]]:
    return [(toks[0].start, toks[-1].end) for toks in sents if toks]


def scored(checks: ArticleChecks, nlp, text: str) -> tuple[list, dict[int, float]]:
    """The parse's sentences and, per candidate the stage scores, its determiner's char offset -> probability
    (``min_prob`` must be 0 for every candidate to come back)."""
    sents = tag_doc(nlp(text))
    topic = article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword) if checks.vectors is not None else None
    out: dict[int, float] = {}
    checks._dangling(sents, topic, lambda kind, s, e, reason, p: out.__setitem__(s, p))
    return sents, out


def build(args) -> int:
    nlp = _cached_nlp(nlp_stage.load("de"))
    checks = ArticleChecks(dangling={"min_prob": 0.0})
    n = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for name, text in sources():
            gnad = name.startswith("10kgnad-")
            if n >= args.articles and not gnad:
                continue  # the quotes-de share is full; every unused 10kGNAD row still comes
            sents, cands = scored(checks, nlp, text)
            if not cands:
                continue
            n += not gnad
            for s in sorted(cands):
                si = next(k for k, toks in enumerate(sents) if toks and toks[0].start == s)
                np_end = next(t.end for t in sents[si] if t.tag in ("NN", "NE") and t.start > s)
                fh.write(json.dumps({"article": name, "cut": None, "start": s, "np": text[s:np_end], "sent": si,
                                     "sentence": text[sents[si][0].start:sents[si][-1].end], "label": "", "note": ""},
                                    ensure_ascii=False) + "\n")
    print(f"{n} quotes-de train articles with a candidate (+ the unused 10kGNAD rows' candidates) -> {args.out}")
    return 0


def cuts(args) -> int:
    """The cut-antecedent options of the labelled articles, to read (no score is printed): each sentence-initial definite
    NP from sentence 2 on that the stage resolves by an earlier mention (``dangling.unresolved``), with the earlier
    sentences (at most 2, never the first) naming its noun (``perturb._mentions``, as generator v4), and whether the
    stage scores it once they are cut (it may still find an antecedent, or a run-time filter may drop it). ``--extra N``: also
    the next N train articles of the builder's order (cut rows only: their other candidates are not labelled)."""
    from newsgraph.checks.dangling import unresolved
    from newsgraph.checks.perturb import _mentions

    rows = [json.loads(x) for x in Path(args.labels).read_text("utf-8").splitlines() if x.strip()]
    texts = dict(sources())
    nlp = _cached_nlp(nlp_stage.load("de"))
    checks = ArticleChecks(dangling={"min_prob": 0.0})
    arts = list(dict.fromkeys(r["article"] for r in rows if r["cut"] is None))
    if args.extra:
        # more cut options from the quotes-de train articles that follow the labelled ones in the builder's order
        order = [n for n in texts if not n.startswith("10kgnad-")]
        last = max(order.index(a) for a in arts if a in order)
        arts += order[last + 1:last + 1 + args.extra]
    for art in arts:
        text = texts[art]
        sents = tag_doc(nlp(text))
        spans = sent_spans(sents)
        for cand, has in unresolved(sents, checks.synonyms):
            k = cand.sent
            if not has or k < 2:
                continue
            earlier = [j for j in range(1, k) if _mentions(cand.noun.text, text[spans[j][0]:spans[j][1]])]
            if not earlier or len(earlier) > 2:
                continue
            new = cut_text(text, spans, earlier)
            start = cand.det.start - sum(
                (spans[j + 1][0] if j + 1 < len(spans) else len(text)) - spans[j][0] for j in earlier)
            _, ps = scored(checks, nlp, new)
            print(json.dumps({"article": art, "cut": earlier, "start": start, "np": new[start:cand.noun.end - cand.det.start + start],
                              "sent": k - len(earlier), "scored": start in ps,
                              "removed": [text[spans[j][0]:spans[j][1]] for j in earlier],
                              "sentence": text[spans[k][0]:spans[k][1]]}, ensure_ascii=False))
    return 0


def show(args) -> int:
    """Print an article's parse sentences with their indices (to read a candidate in context and choose a cut)."""
    texts = dict(sources())
    nlp = _cached_nlp(nlp_stage.load("de"))
    for name in args.names:
        text = texts[name]
        print(f"=== {name}")
        for k, toks in enumerate(tag_doc(nlp(text))):
            print(f"[{k}] {text[toks[0].start:toks[-1].end]}")
    return 0


def variant(spec: str) -> tuple[str, ArticleChecks]:
    name, _, sets = spec.partition("=")
    over: dict = {}
    for item in filter(None, sets.split(";")):
        k, v = item.split("=", 1)
        over[k] = json.loads(v)
    checks = ArticleChecks(dangling=over)
    return name, checks


def _cut(r: dict) -> tuple[int, ...] | None:
    return tuple(r["cut"]) if r["cut"] else None


def _key(r: dict) -> tuple:
    return r["article"], _cut(r), r["start"]


def score(args) -> int:
    rows = [json.loads(x) for x in Path(args.labels).read_text("utf-8").splitlines() if x.strip()]
    texts = dict(sources())
    nlp = _cached_nlp(nlp_stage.load("de"))
    variants = [variant(v) for v in args.variant]
    arts = sorted({r["article"] for r in rows if r["cut"] is None})
    seed = (shared_dir() / "seed/article_de.txt").read_text("utf-8")
    print(f"{len(rows)} rows, {len(arts)} articles: " + ", ".join(
        f"{lab} {sum(r['label'] == lab for r in rows)}" for lab in ("antecedent", "bridging", "dangling")) +
        f" (of which cut {sum(r['cut'] is not None for r in rows)})")
    for name, checks in variants:
        thr = checks.dangling_min_prob
        checks.dangling_min_prob = 0.0
        probs: dict[tuple, float] = {}
        for art, cut in sorted({(r["article"], _cut(r)) for r in rows}, key=lambda x: (x[0], x[1] or ())):
            text = texts[art]
            if cut is not None:
                text = cut_text(text, sent_spans(tag_doc(nlp(text))), list(cut))
            _, ps = scored(checks, nlp, text)
            for s, p in ps.items():
                probs[(art, cut, s)] = p
        flag = {k: p >= thr for k, p in probs.items()}
        no = [r for r in rows if r["label"] in NO_FLAG]
        dang = [r for r in rows if r["label"] == "dangling"]
        nf_u = sum(flag.get(_key(r), False) for r in no if r["cut"] is None)
        nf_c = sum(flag.get(_key(r), False) for r in no if r["cut"] is not None)
        dk = sum(flag.get(_key(r), False) for r in dang)
        lost = [r for r in rows if _key(r) not in probs]
        # diagnostic: how often a dangling row outranks a no-flag row (AUC; an unscored row ranks lowest)
        pd_ = [probs.get(_key(r), -1.0) for r in dang]
        pn = [probs.get(_key(r), -1.0) for r in no]
        auc = sum((x > y) + 0.5 * (x == y) for x in pd_ for y in pn) / max(1, len(pd_) * len(pn))
        _, sp = scored(checks, nlp, seed)
        seed_flags = [seed[s:s + 40].split(" ", 2)[:2] for s, p in sorted(sp.items()) if p >= thr]
        print(f"{name:<5} threshold {thr:.4f}: no-flag rows flagged {nf_u + nf_c}/{len(no)} (untouched {nf_u}, "
              f"{20 * nf_u / len(arts):.2f} per 20 articles; cut copies {nf_c}); dangling kept {dk}/{len(dang)}; AUC {auc:.3f}; "
              f"rows not scored {len(lost)}; seed flags {[' '.join(w) for w in seed_flags]} "
              f"(seed: {', '.join(f'{seed[s:s + 14]!r} {p:.3f}' for s, p in sorted(sp.items()))})")
        if args.show:
            for r in (r for r in no if flag.get(_key(r), False)):
                print(f"   FALSE {r['label']:<10} {probs[_key(r)]:.3f} {r['article'][:50]} cut {r['cut']} {r['np']!r}")
            for r in dang:
                k = _key(r)
                print(f"   {'KEPT' if flag.get(k) else 'MISS'}  dangling   {probs.get(k, float('nan')):.3f} {r['article']} "
                      f"cut {r['cut']} {r['np']!r}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--articles", type=int, default=40)
    b.add_argument("--out", required=True)
    x = sub.add_parser("cuts")
    x.add_argument("labels")
    x.add_argument("--extra", type=int, default=0, help="also the next N quotes-de train articles of the builder's order")
    s = sub.add_parser("show")
    s.add_argument("names", nargs="+")
    c = sub.add_parser("score")
    c.add_argument("labels")
    c.add_argument("--variant", action="append", required=True, help="NAME=KEY=JSON;KEY=JSON ([dangling] overrides)")
    c.add_argument("--show", action="store_true")
    args = ap.parse_args()
    return {"build": build, "cuts": cuts, "show": show, "score": score}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
