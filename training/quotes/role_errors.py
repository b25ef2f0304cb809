"""Where the cue (or speaker) tokens of the overlap score are lost, by kind of error.

    python training/quotes/role_errors.py /work/shared/data/quotes-de/data/dev --role cue \
        --cache /tmp/qcache_dev.spacy [--folds DIR --fold-count 2] [--examples 15]

Quotes are paired as the scorer pairs them (newsgraph.eval.quotes.assign); every false
positive / false negative token of the role falls in one class:

* missed quote: a gold quote with no paired prediction (its role tokens are all FN);
* spurious quote: a predicted quote with no gold partner (its role tokens are all FP);
* no prediction: a paired quote where we gave the role nothing and gold has some;
* gold has none: a paired quote where gold has no such role (quotes-de's Reported quotes rarely have a cue);
* wrong span: paired, both non-empty, no token in common;
* extra / missing tokens: paired and overlapping, the extent differs (words listed).

For ``--role speaker`` each class is also split by kind (``detail``): wrong span by pronoun
where gold has a name (or the reverse), the same name in another mention, a speaker in another
sentence than gold's (earlier / later), another person in the same sentence; extent by too
long / too short / both; no prediction by where gold's speaker stands relative to the message.

With ``--folds`` (train only) each article is tagged by the fold taggers that did not see it
(training/quotes/fold_taggers.py), so train errors are not hidden by memorisation.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, analysis_args, set_option  # noqa: E402

from newsgraph.eval.quotes import Group, assign, gold_groups, predict_groups, read_dir  # noqa: E402


def classify(sys_g: list[Group], gold_g: list[Group], role: str):
    """Yield (class, fp_tokens, fn_tokens, sys_group, gold_group) per quote pair or singleton."""
    pairs = assign(sys_g, gold_g)
    us, ug = {s for s, _ in pairs}, {g for _, g in pairs}
    for si, gi in pairs:
        s, g = set(sys_g[si].roles[role]), set(gold_g[gi].roles[role])
        if not s and not g:
            continue
        if not s:
            kind = "no prediction"
        elif not g:
            kind = "gold has none"
        elif not s & g:
            kind = "wrong span"
        else:
            kind = "extent"
        yield kind, s - g, g - s, sys_g[si], gold_g[gi]
    for si, sg in enumerate(sys_g):
        if si not in us and sg.roles[role]:
            yield "spurious quote", set(sg.roles[role]), set(), sg, None
    for gi, gg in enumerate(gold_g):
        if gi not in ug and gg.roles[role]:
            yield "missed quote", set(), set(gg.roles[role]), None, gg


PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "du", "ihm", "ihn", "ihnen", "uns", "mir"}
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines"}


def sentence_ids(g) -> list[int]:
    """A sentence number per gold token: a new sentence starts after . ! ? (and a closing mark)
    when the next token is capitalised or an opening mark."""
    out, sid = [], 0
    words = [g.text[s:e] for s, e in g.tokens]
    for k, w in enumerate(words):
        out.append(sid)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in (".", "!", "?") or (w in ("\u201c", "\"", "\u00bb") and k and words[k - 1] in (".", "!", "?")):
            if nxt[:1].isupper() or nxt in ("\u201e", "\"", "\u00ab", "-", "\u2013"):
                sid += 1
    return out


def detail(kind: str, g, sents: list[int], sg, gg, role: str) -> str:
    """The finer kind of a speaker error (see the module docstring)."""
    def words(ids_):
        return [g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids_)]

    if kind == "extent":
        s, gs = set(sg.roles[role]), set(gg.roles[role])
        return "too long" if s > gs else "too short" if s < gs else "both"
    if kind == "no prediction":
        gs, m = gg.roles[role], gg.roles["quote"]
        if not m:
            return "gold: no message"
        if set(gs) & set(m):
            return "gold: inside message"
        d = sents[m[0]] - sents[gs[0]]
        pron = len(gs) == 1 and words(gs)[0].lower() in PRONOUNS
        where = "same sentence" if d == 0 else "1 sentence before" if d == 1 else ">1 before" if d > 1 else "after"
        return f"gold {'pronoun' if pron else 'noun/name'}, {where}"
    if kind != "wrong span":
        return ""
    pw, gw = words(sg.roles[role]), words(gg.roles[role])
    ppron = len(pw) == 1 and pw[0].lower() in PRONOUNS
    gpron = len(gw) == 1 and gw[0].lower() in PRONOUNS
    if ppron and not gpron:
        return "pronoun, gold a name/noun"
    if gpron and not ppron:
        return "name/noun, gold a pronoun"
    key = {w.lower() for w in pw if w[:1].isupper() and w.lower() not in ARTICLES and len(w) > 2}
    if key & {w.lower() for w in gw if w[:1].isupper()}:
        return "same name, other mention"
    ps, gsn = sents[sg.roles[role][0]], sents[gg.roles[role][0]]
    if ps < gsn:
        return "other person, earlier sentence than gold"
    if ps > gsn:
        return "other person, later sentence than gold"
    return "other person, same sentence"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    analysis_args(ap, examples=12)
    ap.add_argument("--role", default="cue")
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    gold = read_dir(args.dir, args.limit)
    nlp = _Cached(_docs(gold, args.cache))
    fp, fn = Counter(), Counter()
    words: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    dfp: Counter = Counter()
    dfn: Counter = Counter()
    tp = 0
    from fold_taggers import cross_fitted

    for i in cross_fitted(len(gold), args.folds, args.fold_count):
        g = gold[i]
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)

        def text(ids_):
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids_))

        sents = sentence_ids(g) if args.role == "speaker" else []
        for kind, f_p, f_n, sg, gg in classify(sys_g, gold_g, args.role):
            fp[kind] += len(f_p)
            fn[kind] += len(f_n)
            sub = detail(kind, g, sents, sg, gg, args.role) if sents and sg is not None and gg is not None else ""
            if sub:
                dfp[(kind, sub)] += len(f_p)
                dfn[(kind, sub)] += len(f_n)
                if len(examples[kind + ": " + sub]) < args.examples:
                    examples[kind + ": " + sub].append(
                        f"{(gg or sg).form:<10} pred=[{text(sg.roles[args.role])}] gold=[{text(gg.roles[args.role])}] "
                        f"msg=[{text(gg.roles['quote'])[:90]}]\n      ours {sg.form} cue=[{text(sg.roles['cue'])}] "
                        f"msg=[{text(sg.roles['quote'])[:90]}]")
            if sg is not None and gg is not None:
                tp += len(set(sg.roles[args.role]) & set(gg.roles[args.role]))
            if kind == "extent":
                for t in f_p:
                    words["extra"][g.text[g.tokens[t][0]:g.tokens[t][1]].lower()] += 1
                for t in f_n:
                    words["missing"][g.text[g.tokens[t][0]:g.tokens[t][1]].lower()] += 1
            if len(examples[kind]) < args.examples:
                typ = (gg or sg).form
                examples[kind].append(f"{typ:<10} pred=[{text(sg.roles[args.role]) if sg else ''}] "
                                      f"gold=[{text(gg.roles[args.role]) if gg else ''}] "
                                      f"msg=[{text((gg or sg).roles['quote'])[:90]}]")
    FP, FN = sum(fp.values()), sum(fn.values())
    p, r = tp / max(1, tp + FP), tp / max(1, tp + FN)
    print(f"{args.role}: TP {tp} FP {FP} FN {FN}  P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
    print(f"{'class':<16} {'FP':>5} {'FN':>5}   F1 if fixed")
    for kind in ("missed quote", "spurious quote", "no prediction", "gold has none", "wrong span", "extent"):
        # F1 with this class's errors removed (its FN turned into TP, its FP dropped)
        t2, fp2, fn2 = tp + fn[kind], FP - fp[kind], FN - fn[kind]
        if kind in ("spurious quote", "gold has none"):
            t2 = tp
        f = 2 * t2 / max(1, 2 * t2 + fp2 + fn2)
        print(f"{kind:<16} {fp[kind]:5d} {fn[kind]:5d}   {f:.3f}")
    for (kind, sub) in sorted(set(dfp) | set(dfn)):
        t2, fp2, fn2 = tp + dfn[(kind, sub)], FP - dfp[(kind, sub)], FN - dfn[(kind, sub)]
        f = 2 * t2 / max(1, 2 * t2 + fp2 + fn2)
        print(f"  {kind} / {sub:<42} {dfp[(kind, sub)]:5d} {dfn[(kind, sub)]:5d}   {f:.3f}")
    for w in ("extra", "missing"):
        print(f"{w} tokens on overlapping spans:", words[w].most_common(25))
    for kind, ex in examples.items():
        print(f"\n== {kind}")
        for e in ex:
            print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
