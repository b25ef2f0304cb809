"""Census of the dangling check's misses and false flags on the **train-side** sets (checks_de card, "Round 21, dangling;
h7"): perturbed quotes-de train (``perturb.generate("train")``) and perturbed train-side 10kGNAD rows
(``perturb.generate("gnad-side")``), generator v3, donors from the article's own fold (``donor_folds = 2``), features
from fold vectors that leave out the scored fold's quotes-de train articles and train-side 10kGNAD rows
(``build_model.py --exclude-fold k --gnad-folds``), so no swapped-in noun is in the counts and vectors it is scored with.

The shipped eleven features are retrained by article fold on the quotes-de train rows (as ``dangling_pools.py``); each
candidate is scored by the fold model that never saw its article. The threshold keeps the untouched quotes-de train
articles at ``--budget`` false flags per 20 (the shipped recipe: 0.4); the gnad-side pool is scored at the same threshold.
Candidates go through the run-time filters of ``ArticleChecks._dangling`` (antecedent, plural, part nouns, the bridging
table), so a missed insertion is either never scored or scored below the threshold.

Precision counts every flag that is not the recorded reference, on the untouched articles and on their perturbed
copies (the dangling copies only: glued and off-topic copies are not generated here). Every missed insertion and every
false flag gets the first class whose automatic test it meets, in the order of ``fn_class`` / ``fp_class``; the card
quotes the tables with examples read by hand.

    OMP_NUM_THREADS=1 python training/checks/dangling_side_census.py --folds /tmp/h6/r19/gfold0 /tmp/h6/r19/gfold1 \
        --rows /tmp/h7/r21/census_rows.json [--relational /tmp/h7/r21/rel0.json /tmp/h7/r21/rel1.json]

Round 24: an insertion the check never makes a candidate gets the first test of ``definite_nps`` / ``anchored`` it fails
(``why_not``: not sentence-initial in the check's parse, tags, entity, relational adjective, which anchor) and one whose
antecedent was found the test that found it (``antecedent_test``), instead of round 21's one class; ``--add part_known``
scores with the shipped model's twelve features.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks, _anaphoricity  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.dangling import (  # noqa: E402
    _RELATIONAL,
    _SKIP_BETWEEN,
    ANCHORS,
    MIN_KEY,
    Antecedents,
    anchored,
    features,
    noun_counts,
    plural,
    relational_features,
    unresolved,
)
from newsgraph.checks.perturb import article_folds, generate, load_articles  # noqa: E402
from newsgraph.checks.resolve import event_noun_keys  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.checks.vectors import WordVectors, load_subword, stem  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402

BASE = ("score", "ratio", "countable", "fit", "has_fit", "closest", "log_total", "log_def_first", "sent_pos", "n_adj",
        "compound_head")
_DET_GENDER = {"der": "Masc", "das": "Neut", "die": "Fem"}
_POSTPOSITIONS = {"zufolge", "gegenüber", "entgegen", "entsprechend", "halber", "wegen"}
_FINITE = ("VVFIN", "VAFIN", "VMFIN")


def _gold_overlap(c, gold) -> bool:
    return any(c.det.start < ge and gs < c.noun.end for gs, ge in gold)


def grammar_clash(c, toks) -> str:
    """An automatic test of the swap's grammar (the generator keeps the article and the rest of the sentence, so the new
    noun may not agree): the morphologizer's gender of the noun against the article's, a postposition that governed the
    old noun, a plural noun before a singular verb or the reverse. "" when none applies."""
    det = c.det.text.lower()
    j = c.noun.i - c.det.i
    if c.noun.gender and det in _DET_GENDER and c.noun.number != "Plur" and c.noun.gender != _DET_GENDER[det]:
        return "gender"
    if j + 1 < len(toks) and toks[j + 1].text.lower() in _POSTPOSITIONS:
        return "postposition"
    verb = next((t for t in toks[j + 1:] if t.tag in _FINITE), None)
    if verb is not None and verb.number and c.noun.number and verb.number != c.noun.number and verb.dep in ("ROOT", "root"):
        return "number"
    return ""


def why_not(sents, gold: tuple[int, int], skip_first: int) -> str:
    """Round 24: why the check never made an insertion a candidate, by the first test of ``definite_nps`` /
    ``anchored`` it fails, in their order (the generator swaps a sentence-initial "Der/Die/Das" NP of its own regex
    sentence split, so every insertion is one there)."""
    gs, ge = gold
    for si, toks in enumerate(sents):
        k = next((k for k, t in enumerate(toks) if t.start <= gs < t.end), None)
        if k is None:
            continue
        if k > 0:
            return f"not sentence-initial in the check's parse (after {toks[k - 1].text!r})"
        if si < skip_first:
            return "first sentence of the check's parse"
        if toks[0].tag != "ART":
            return f"article tagged {toks[0].tag}"
        j = 1
        while j < len(toks) and toks[j].tag in _SKIP_BETWEEN:
            j += 1
        if j >= len(toks):
            return "no noun"
        n = toks[j]
        if n.tag not in ("NN", "NE"):
            return f"noun tagged {n.tag}"
        if n.ent:
            return f"noun inside an entity ({n.ent})"
        if any(t.tag == "ADJA" and t.text.lower().endswith(_RELATIONAL) for t in toks[1:j]):
            return "relational adjective"
        if anchored(toks, j):
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            what = ("a name (NE) after the noun" if nxt is not None and nxt.tag == "NE"
                    else f"anchor word {nxt.text.lower()!r}" if nxt is not None and nxt.text.lower() in ANCHORS
                    else "relative clause or quoted name")
            return "anchored: " + what
        return "not a candidate (other)"
    return "no token at the insertion"


def antecedent_test(sents, c, synonyms) -> str:
    """Which test of ``Antecedents.has`` found the antecedent (round 24's census)."""
    ante = Antecedents(synonyms)
    for t in sents[:c.sent]:
        ante.add_sentence(t)
    k = stem(c.noun.text.replace("-", ""))
    if k in ante.keys:
        return "same stem"
    if len(k) >= MIN_KEY:
        text = " ".join(ante._words)
        if k in text:
            return "inside an earlier word"
        if any(len(e) >= MIN_KEY and (e.endswith(k) or k.endswith(e)) for e in ante.keys):
            return "compound head or part"
    if synonyms.get(k, set()) & ante.keys:
        return "synonym"
    return "verb root"


def rows(split: str, seed: int, fold_dirs: list[str], relational: list[dict] | None) -> tuple[list[dict], int]:
    """One row per scored candidate (features, label, fold, untouched or not, and what the census reads) and one per
    insertion the check never scores (``scored`` False, with the reason); and the number of untouched articles."""
    arts = load_articles(split)
    fold_of = article_folds(split, arts, len(fold_dirs))
    vecs = [WordVectors(Path(d)) for d in fold_dirs]
    subs = [load_subword(d) for d in fold_dirs]
    anas = [_anaphoricity(d) for d in fold_dirs]
    checks = ArticleChecks()
    tcfg, dc = section("topic"), section("dangling")
    events = event_noun_keys(dc.get("event_nouns", []))
    nlp = _cached_nlp(nlp_stage.load("de"))
    out, n_clean = [], 0
    for smp in generate(split, seed, None, 3, len(fold_dirs)):
        if smp.perturbation not in ("none", "dangling_reference"):
            continue
        n_clean += smp.perturbation == "none"
        fold = fold_of[smp.source]
        sents = tag_doc(nlp(smp.text))
        topic = article_topic(sents, vecs[fold], tcfg, subs[fold])
        gold = [(d.start, d.end) for d in smp.defects]
        note = smp.defects[0].note if smp.defects else ""
        seen_gold = False
        first_ents = {t.ent for t in sents[0]} if sents else set()
        for c, has in unresolved(sents, checks.synonyms, dc.get("skip_first_sentences", 1)):
            y = _gold_overlap(c, gold)
            seen_gold |= y
            toks = sents[c.sent]
            base = {"clean": smp.perturbation == "none", "y": int(y), "fold": fold, "np": f"{c.det.text} {c.noun.text}",
                    "note": note, "sent": c.sent, "ctx": smp.text[max(0, c.det.start - 60):c.noun.end + 50],
                    "source": smp.source}
            reason = ("antecedent found (" + antecedent_test(sents, c, checks.synonyms) + ")" if has
                      else "plural (morphologizer)" if dc.get("skip_plurals", True) and plural(c, toks, dc.get("plural_by_verb", False))
                      else "part noun or bridging table" if (c.noun.text.lower() in checks.part_nouns
                                                              or checks._bridged(c.noun, sents[:c.sent]))
                      else "")
            if reason:
                if y:
                    out.append({**base, "scored": False, "reason": reason})
                continue
            f = features(c, noun_counts(anas[fold], c.noun.text, dc), topic, len(sents), dc, toks, True)
            if relational is not None:
                f.update(relational_features(c.noun.text, relational[fold]))
            ante = Antecedents()
            for t in sents[:c.sent]:
                ante.add_sentence(t)
            ents_before = {t.ent for ts in sents[:c.sent] for t in ts if t.ent}
            counts = noun_counts(anas[fold], c.noun.text, dc)
            out.append({**base, "scored": True, **f,
                        "grammar": grammar_clash(c, toks),
                        "modifier_before": ante.has_modifier(c.noun.text),
                        "event": stem(c.noun.text.lower()) in events,
                        "total": counts[4], "indef": counts[3],
                        "ents_before": sorted(ents_before), "first_ents": sorted(e for e in first_ents if e),
                        "first_has_verb": any(t.tag in _FINITE for t in sents[0]) if sents else True,
                        "person": float(c.noun.text.lower() in set(dc.get("person_nouns", [])))})
        if smp.perturbation == "dangling_reference" and not seen_gold:
            reason = why_not(sents, gold[0], dc.get("skip_first_sentences", 1))
            out.append({"clean": False, "y": 1, "fold": fold, "scored": False, "reason": reason, "note": note,
                        "np": smp.text[gold[0][0]:gold[0][1]], "ctx": smp.text[max(0, gold[0][0] - 60):gold[0][1] + 50],
                        "source": smp.source})
    return out, n_clean


def fit_cv(train: list[dict], names: list[str], c: float = 1.0):
    from sklearn.linear_model import LogisticRegression

    x = np.array([[r[f] for f in names] for r in train], dtype=np.float64)
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd = np.where(sd > 1e-6, sd, 1.0)
    y, fold = np.array([r["y"] for r in train]), np.array([r["fold"] for r in train])
    models = {k: LogisticRegression(C=c, max_iter=3000).fit(((x - mu) / sd)[fold != k], y[fold != k]) for k in (0, 1)}

    def predict(d: list[dict]) -> np.ndarray:
        z = (np.array([[r[f] for f in names] for r in d], dtype=np.float64) - mu) / sd
        fd = np.array([r["fold"] for r in d])
        p = np.zeros(len(d))
        for k, m in models.items():
            p[fd == k] = m.predict_proba(z[fd == k])[:, 1]
        return p
    return predict


def fn_class(r: dict, fit_topic: float) -> str:
    if not r["scored"]:
        return "not scored: " + r["reason"]
    if r["grammar"]:
        return "grammar of the swap (" + r["grammar"] + ")"
    if r["contained"] or r["prefix"] >= 6 or r["modifier_before"]:
        return "compound: head, modifier or stem earlier"
    if r["total"] < 3:
        return "noun (almost) unseen in the corpus counts"
    if r["ratio"] >= 0.5:
        return "often definite at a first mention (ratio >= 0.5)"
    if r["fit"] >= fit_topic:
        return "a noun of the article's topic (fit >= untouched median)"
    return "none: misfits only its verb or sentence"


def fp_class(r: dict) -> str:
    if r["sent"] <= 1 and not r["first_has_verb"]:
        return "first mention after a headline-like opening"
    if r["sent"] <= 1:
        return "first mention in the lead (sentence 2)"
    if r["contained"] or r["prefix"] >= 6 or r["modifier_before"] or r["event"]:
        return "bridging by form: compound part, stem or event noun earlier"
    if r.get("rel_gen", 0) >= 0.3 and set(r["ents_before"]) & {"LOC", "ORG", "GPE", "PER"}:
        return "bridging to a named entity (relational noun)"
    if r["ratio"] >= 0.5:
        return "unique or institutional referent (ratio >= 0.5)"
    if set(r["ents_before"]) & {"PER"} and r["person"]:
        return "person noun after a named person"
    return "other (bridging to a told event, generic)"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs=2, required=True)
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--budget", type=float, default=0.4, help="false flags per 20 untouched quotes-de train articles")
    ap.add_argument("--rows", default=None, help="JSON cache of the rows")
    ap.add_argument("--relational", nargs=2, default=None, help="fold tables of dangling_relational.py")
    ap.add_argument("--add", nargs="*", default=[], help="features added to the shipped eleven")
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--near", type=float, default=0.1, help="also list untouched candidates this far below the threshold")
    args = ap.parse_args()
    rel = [json.loads(Path(p).read_text("utf-8")) for p in args.relational] if args.relational else None
    cache = Path(args.rows) if args.rows else None
    if cache is not None and cache.exists():
        pools = json.loads(cache.read_text("utf-8"))
    else:
        pools = {"quotes-de train": rows("train", args.seed, args.folds, rel),
                 "gnad-side": rows("gnad-side", args.seed, args.folds, rel)}
        if cache is not None:
            cache.write_text(json.dumps(pools), "utf-8")
    names = list(BASE) + args.add
    train = [r for r in pools["quotes-de train"][0] if r["scored"]]
    predict = fit_cv(train, names)
    p_tr = predict(train)
    clean_p = np.sort(p_tr[np.array([r["clean"] for r in train])])[::-1]
    k = int(args.budget * pools["quotes-de train"][1] / 20)
    thr = clean_p[k] + 1e-9
    print(f"features {names}; threshold {thr:.4f} = the {k + 1}th most likely untouched train candidate "
          f"({args.budget} / 20 of {pools['quotes-de train'][1]})")
    for name, (d, n_clean) in pools.items():
        scored = [r for r in d if r["scored"]]
        p = predict(scored)
        for r, q in zip(scored, p):
            r["p"] = float(q)
        fit_topic = float(np.median([r["fit"] for r in scored if r["clean"]]))
        ins = [r for r in d if r["y"]]
        tp = sum(1 for r in ins if r.get("p", 0) >= thr)
        fp_rows = [r for r in scored if not r["y"] and r["p"] >= thr]
        fp = len(fp_rows)
        fp_clean = [r for r in fp_rows if r["clean"]]
        prec, rec = tp / max(1, tp + fp), tp / max(1, len(ins))
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        print(f"\n## {name} (seed {args.seed}): {len(ins)} insertions, {n_clean} untouched articles")
        print(f"dangling P / R / F1 {prec:.3f} / {rec:.3f} / {f1:.3f} (tp {tp}, fp {fp}: {len(fp_clean)} on untouched "
              f"articles = {20 * len(fp_clean) / n_clean:.2f} per 20, {fp - len(fp_clean)} on their dangling copies; "
              f"fn {len(ins) - tp})")
        fn = Counter()
        fnx = defaultdict(list)
        for r in ins:
            if r.get("p", 0) >= thr:
                continue
            cls = fn_class(r, fit_topic)
            fn[cls] += 1
            fnx[cls].append(f"{r['np']} p={r.get('p', float('nan')):.2f} [{r['note'][:45]}] :: {r['ctx']!r}")
        found = Counter(fn_class(r, fit_topic) for r in ins if r.get("p", 0) >= thr)
        print(f"\n| FN class (first test met; topic fit median of untouched candidates {fit_topic:.2f}) | missed | found |")
        print("|---|---|---|")
        for cls in sorted(set(fn) | set(found), key=lambda c: -fn[c]):
            print(f"| {cls} | {fn[cls]} | {found[cls]} |")
        print(f"| all | {sum(fn.values())} | {sum(found.values())} |")
        near = [r for r in scored if r["clean"] and thr - args.near <= r["p"] < thr]
        fpc, nearc = Counter(fp_class(r) for r in fp_clean), Counter(fp_class(r) for r in near)
        fpx = defaultdict(list)
        for r in sorted(fp_clean + near, key=lambda r: -r["p"]):
            fpx[fp_class(r)].append(f"{r['np']} p={r['p']:.2f} s{r['sent']} :: {r['ctx']!r}")
        print(f"\n| FP class (untouched articles) | flags at the threshold | candidates {args.near} below it |")
        print("|---|---|---|")
        for cls in sorted(set(fpc) | set(nearc), key=lambda c: -(fpc[c] + nearc[c])):
            print(f"| {cls} | {fpc[cls]} | {nearc[cls]} |")
        print(f"| all | {sum(fpc.values())} | {sum(nearc.values())} |")
        for title, ex in (("FN", fnx), ("FP", fpx)):
            for cls, lines in sorted(ex.items(), key=lambda kv: -len(kv[1])):
                print(f"\n== {name} {title} / {cls} ({len(lines)})")
                for line in lines[:args.examples]:
                    print("  " + line.replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
