"""Speaker token errors by class: where the speaker overlap F1's false positives and false negatives come from.

    OMP_NUM_THREADS=1 python training/quotes/speaker_errors.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds \
        --acts-cv training/runs/h5/acts_cv.json [--examples 4] [--dump FILE.pkl] [--set KEY=VALUE]
    python training/quotes/speaker_errors.py --load FILE.pkl     # re-tabulate a dump without re-extracting

Quotes are paired as the scorer pairs them (eval.quotes.assign); a pair is "found" when the two messages share a
token (as in message_errors.py). Every speaker FP / FN token of the overlap score falls in one of four classes:

* (a) quote side: a gold quote with a speaker and no found partner (its speaker tokens FN: missed quote), or a
  prediction with a speaker and no found partner (FP: spurious quote); a scorer pair whose messages do not
  overlap counts here too, its speaker tokens scored as the scorer scores them;
* (b) attribution on found quotes: we give no speaker where gold has one (FN), or ours shares no token with
  gold's (FP + FN: wrong person), split by the kind role_errors.py gives (pronoun / name, same name in
  another mention, other person earlier / later / same sentence);
* (c) span boundaries: ours overlaps gold's and the extent differs; FP tokens (too long) and FN tokens (too
  short) by what they are: a title / function word, an apposition after a comma, a genitive or "von" attribute,
  a relative clause, a first name, an article, punctuation, the rest; before or after the shared part;
* (d) gold leaves a found quote speakerless and we name one (FP), by our mode and whether we have a cue.

The dump (--dump) keeps per article the text, gold tokens and both group lists, so classes can be re-cut and
post-hoc span rules A/B'd on the same predictions without running the extractor again.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsgraph.eval.quotes import Scores, assign, score_doc  # noqa: E402

PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "du", "ihm", "ihn", "ihnen", "uns", "mir"}
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines"}
PUNCT = set(".,;:!?-–—()\"„“”»«'")
# words that name a function rather than a person (the "title words" of gold's speaker spans)
TITLE_STEMS = ("sprecher", "minister", "präsident", "chef", "vorsitzend", "kanzler", "direktor", "leiter", "bürgermeister",
               "generalsekretär", "abgeordnet", "senator", "gouverneur", "botschafter", "kommissar", "anwalt", "richter",
               "professor", "experte", "trainer", "politiker", "führer", "premier", "vize", "staatssekretär", "dr.", "prof.")


def _words(g, ids):
    return [g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids)]


def _text(g, ids):
    ids = sorted(ids)
    return g.text[g.tokens[ids[0]][0]: g.tokens[ids[-1]][1]].replace("\n", " ") if ids else ""


def wrong_kind(g, sids, gids, sents):
    pw, gw = _words(g, sids), _words(g, gids)
    ppron = len(pw) == 1 and pw[0].lower() in PRONOUNS
    gpron = len(gw) == 1 and gw[0].lower() in PRONOUNS
    if ppron and not gpron:
        return "pronoun, gold a name/noun"
    if gpron and not ppron:
        return "name/noun, gold a pronoun"
    key = {w.lower() for w in pw if w[:1].isupper() and w.lower() not in ARTICLES and len(w) > 2}
    if key & {w.lower() for w in gw if w[:1].isupper()}:
        return "same name, other mention"
    ps, gsn = sents[min(sids)], sents[min(gids)]
    if ps < gsn:
        return "other person, earlier sentence"
    if ps > gsn:
        return "other person, later sentence"
    return "other person, same sentence"


def extent_kind(g, extra, shared, side):
    """What a run of extra (FP) or missing (FN) speaker tokens is, relative to the shared part."""
    w = _words(g, extra)
    lw = [x.lower() for x in w]
    where = "before" if max(extra) < min(shared) else "after" if min(extra) > max(shared) else "inside"
    if all(x in PUNCT for x in w):
        return f"{side} punct {where}"
    if len(lw) == 1 and lw[0] in PRONOUNS:
        return f"{side} pronoun {where}"
    if where == "after" and w[0] == ",":
        if any(x in ("der", "die", "das", "welche", "welcher", "dem", "denen", "deren", "dessen") for x in lw[1:2]):
            return f"{side} relative/apposition after comma"
        return f"{side} apposition after comma"
    if where == "before" and w[-1] == ",":
        return f"{side} apposition before comma"
    if where == "after" and lw[0] in ("des", "der", "von", "vom", "aus", "im", "in", "am", "für", "bei", "beim"):
        return f"{side} attribute after ({lw[0]})"
    if all(x in ARTICLES for x in lw):
        return f"{side} article {where}"
    if any(any(x.startswith(s) or s in x for s in TITLE_STEMS) for x in lw):
        return f"{side} title/function words {where}"
    if len(w) == 1 and w[0][:1].isupper() and where == "before":
        return f"{side} one capitalised word before (first name?)"
    if lw[0] in ("laut", "nach", "so", "zufolge", "gemäß", "auch", "sowohl", "und", "sowie", "wie"):
        return f"{side} frame/particle '{lw[0]}' {where}"
    return f"{side} other {where}"


def _runs(ids):
    out, cur = [], []
    for t in sorted(ids):
        if cur and t != cur[-1] + 1:
            out.append(cur)
            cur = []
        cur.append(t)
    if cur:
        out.append(cur)
    return out


def sentence_ids(g) -> list[int]:
    out, sid = [], 0
    words = [g.text[s:e] for s, e in g.tokens]
    for k, w in enumerate(words):
        out.append(sid)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in (".", "!", "?") or (w in ("\u201c", "\"", "\u00bb") and k and words[k - 1] in (".", "!", "?")):
            if nxt[:1].isupper() or nxt in ("\u201e", "\"", "\u00ab", "-", "\u2013"):
                sid += 1
    return out


def classify(g, sys_g, gold_g, tally, ex, nex):
    sents = sentence_ids(g)
    pairs = assign(sys_g, gold_g)
    us, ug = {s for s, _ in pairs}, {gi for _, gi in pairs}

    def add(cls, kind, fp=(), fn=(), sample=None):
        k = (cls, kind)
        tally[k]["fp"] += len(fp)
        tally[k]["fn"] += len(fn)
        tally[k]["n"] += 1
        if sample and len(ex[k]) < nex:
            ex[k].append(sample)

    for si, gi in pairs:
        sg, gg = sys_g[si], gold_g[gi]
        s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
        if not s and not gs:
            continue
        found = bool(set(sg.roles["quote"]) & set(gg.roles["quote"]))
        smp = (f"{gg.form}/{sg.form} ours=[{_text(g, s)}] gold=[{_text(g, gs)}] msg=[{_text(g, gg.roles['quote'])[:100]}]")
        if not found:
            add("a quote side", "paired, messages apart", s - gs, gs - s, smp)
            continue
        if not gs:
            add("d gold none", f"{sg.form} {'cue' if sg.roles['cue'] else 'no cue'}", s, (), smp)
        elif not s:
            add("b attribution", f"no speaker ({gg.form})", (), gs, smp)
        elif not s & gs:
            add("b attribution", "wrong: " + wrong_kind(g, s, gs, sents), s, gs, smp)
        elif s != gs:
            shared = s & gs
            for run in _runs(s - gs):
                add("c boundary", extent_kind(g, run, shared, "FP"), run, (), f"+[{_text(g, run)}] " + smp)
            for run in _runs(gs - s):
                add("c boundary", extent_kind(g, run, shared, "FN"), (), run, f"-[{_text(g, run)}] " + smp)
    for si, sg in enumerate(sys_g):
        if si not in us and sg.roles["speaker"]:
            add("a quote side", f"spurious {sg.form}", sg.roles["speaker"], (),
                f"{sg.form} ours=[{_text(g, sg.roles['speaker'])}] msg=[{_text(g, sg.roles['quote'])[:100]}]")
    for gi, gg in enumerate(gold_g):
        if gi not in ug and gg.roles["speaker"]:
            add("a quote side", f"missed {gg.form}", (), gg.roles["speaker"],
                f"{gg.form} gold=[{_text(g, gg.roles['speaker'])}] msg=[{_text(g, gg.roles['quote'])[:100]}]")


def collect(args):
    from crossfit import setup

    from newsgraph.eval.quotes import gold_groups, predict_groups
    from newsgraph.extract import quotes_speakers as qs

    run = setup(args, args.limit)
    gold, nlp = run.gold, run.nlp
    # the linker's candidates of each quote, recorded as it gathers them (``kinds`` asks whether gold's speaker
    # was among them); wrapping ``candidates`` leaves link_speakers' choices as they are
    seen: list = []
    orig = qs.candidates

    srcs: list = []

    def spy(v, q, prev):
        cands = orig(v, q, prev)
        seen.append((list(q.message), [(v.toks[c.a].start, v.toks[c.b - 1].end) for c in cands]))
        # which paths proposed each candidate (speaker_earlier.py reads them; a list beside "cands" so older
        # readers of "cands" stay as they are)
        srcs.append(([sorted(c.src) for c in cands], [(v.toks[p[0]].start, v.toks[p[1] - 1].end) for p in prev]))
        return cands

    qs.candidates = spy
    orig_load = qs.load_linker
    if args.final_rows:
        # the final linker out of fold: each train article's fitted on the rows of the other CV folds (as
        # train_speakers.xfit_score and speaker_ab.py --final do), so the train census is honest for it too
        qs.load_linker = final_out_of_fold(args, run.cur, orig_load)
    out = []
    try:
        for i in run.articles(args.folds, args.fold_count):
            seen.clear()
            srcs.clear()
            sys_g = predict_groups(gold[i], nlp)
            sdoc = nlp(gold[i].text)
            extra = {"ents": [(e.start_char, e.end_char, e.label_) for e in sdoc.ents],
                     "sents": [(s.start_char, s.end_char) for s in sdoc.sents], "cands": list(seen),
                     "cand_src": list(srcs)}
            out.append((i, gold[i], sys_g, gold_groups(gold[i]), extra))
    finally:
        qs.candidates = orig
        qs.load_linker = orig_load
    out.sort(key=lambda x: x[0])
    return out


def final_out_of_fold(args, cur: dict, orig_load):
    """A ``load_linker`` that gives claims.toml's speaker_final_linker as the linker fitted on the rows
    (``--final-rows``, a train_speakers.py --rows-cache file collected with the final linker's groups) of the CV
    folds without the current article (article -> fold as in train_speakers: sorted articles, n % 5), at the
    shipped final linker's C-free thresholds; every other name loads as usual."""
    from train_speakers import fit

    from newsgraph.extract import quotes_speakers as qs
    from newsgraph.extract.quotes_features import config

    rows, _ = pickle.loads(Path(args.final_rows).read_bytes())
    arts = sorted({r["art"] for r in rows})
    fold_of = {a: n % 5 for n, a in enumerate(arts)}
    name = config()["model"].get("speaker_final_linker", "")
    shipped = orig_load(name)
    widen = shipped.widen if args.final_widen is None else frozenset(w for w in args.final_widen.split(",") if w)
    models = {}
    for f in range(5):
        vec, lr = fit([r for r in rows if fold_of[r["art"]] != f], args.final_C)
        w = {n: float(x) for n, x in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(x) > 1e-6}
        models[f] = qs.Linker(w, float(lr.intercept_[0]), shipped.switch, shipped.keep, widen=widen)

    def load(n):
        return models[fold_of.get(cur["i"], 0)] if n == name else orig_load(n)

    return load


def _chars_of(g, ids) -> set[int]:
    out: set[int] = set()
    for t in ids:
        out.update(range(*g.tokens[t]))
    return out


def attribution_kind(g, extra, sg, gg) -> tuple[str, str]:
    """What a wrong or missing attribution on a found quote is (the brief's kinds, first that applies): gold's
    speaker a pronoun; ours a pronoun where gold names the noun group (an antecedent we do not resolve); gold's
    speaker outside the message's sentences (earlier / later); gold's a PER/ORG name, or a noun group outside every
    PER/ORG entity ("ein Sprecher des Ministeriums", "Experten", "die Zeitung"). Second: whether the linker had a
    candidate overlapping gold's speaker by at least half of both (it chose wrongly or abstained) or none."""
    s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
    gw, pw = _words(g, gs), _words(g, s)
    if len(gw) == 1 and gw[0].lower() in PRONOUNS:
        kind = "gold a pronoun"
    elif len(pw) == 1 and pw[0].lower() in PRONOUNS:
        kind = "ours a pronoun, gold its noun group"
    else:
        gch = _chars_of(g, gs)
        mch = _chars_of(g, gg.roles["quote"]) | _chars_of(g, sg.roles["quote"])
        sent_of = [n for n, (a, b) in enumerate(extra["sents"]) if any(a <= c < b for c in (min(gch), max(gch)))]
        msents = [n for n, (a, b) in enumerate(extra["sents"]) if any(a <= c < b for c in (min(mch), max(mch)))]
        gsent = sent_of[0] if sent_of else -1
        if msents and gsent < min(msents):
            kind = "gold in an earlier sentence"
        elif msents and gsent > max(msents):
            kind = "gold in a later sentence"
        elif any(lab in ("PER", "ORG") and any(a <= c < b for c in gch) for a, b, lab in extra["ents"]):
            kind = "gold a PER/ORG name, same sentence"
        else:
            kind = "gold a noun group outside PER/ORG, same sentence"
    gch = _chars_of(g, gs)
    qch = _chars_of(g, sg.roles["quote"])
    has = "no candidate"
    best = None
    for msg, cands in extra.get("cands", ()):
        mc = set()
        for a, b in msg:
            mc.update(range(a, b))
        ov = len(mc & qch)
        if ov and (best is None or ov > best[0]):
            best = (ov, cands)
    if best is None:
        has = "quote not linked"
    else:
        for a, b in best[1]:
            cc = set(range(a, b))
            inter = len(cc & gch)
            if inter * 2 >= len(gch) and inter * 2 >= len(cc):
                has = "gold a candidate"
                break
    return kind, has


def kinds(rows, sc) -> None:
    """The wrong or missing attributions on found quotes (class b) by ``attribution_kind``: quotes and FP / FN
    tokens, split by whether we name another speaker or none and whether gold's speaker was a candidate; the
    speaker F1 of all of ``sc`` (the scorer's totals) if the kind were fixed."""
    tab: dict = defaultdict(Counter)
    n_all = 0
    tp, fp, fn = sc.tp["speaker"], sc.fp["speaker"], sc.fn["speaker"]
    for row in rows:
        if len(row) < 5:
            print("(dump without candidates: re-collect for the kinds table)")
            return
        _, g, sys_g, gold_g, extra = row
        for si, gi in assign(sys_g, gold_g):
            sg, gg = sys_g[si], gold_g[gi]
            s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
            if not gs or not set(sg.roles["quote"]) & set(gg.roles["quote"]) or (s & gs):
                continue
            n_all += 1
            kind, has = attribution_kind(g, extra, sg, gg)
            c = tab[kind]
            c["n"] += 1
            c["wrong" if s else "none"] += 1
            c[has] += 1
            c["fp"] += len(s - gs)
            c["fn"] += len(gs - s)
    print(f"\nwrong or missing attributions on found quotes: {n_all}")
    cols = ("n", "wrong", "none", "gold a candidate", "no candidate", "quote not linked", "fp", "fn")
    print(f"{'kind':<52}" + "".join(f"{c:>17}" for c in cols) + f"{'F1 if fixed':>12}")
    for kind, c in sorted(tab.items(), key=lambda kv: -kv[1]["n"]):
        fixed = 2 * (tp + c["fn"]) / (2 * (tp + c["fn"]) + fp - c["fp"] + fn - c["fn"])
        print(f"{kind:<52}" + "".join(f"{c[x]:>17}" for x in cols) + f"{fixed:12.4f}")


def class_table(tally, tp: int, fp: int, fn: int, *, width: int = 60, n_head: str = "n", n_width: int = 5,
                by_size: bool = False) -> None:
    """Each class of ``tally`` ((class, kind) -> n / fp / fn) and under it its kinds, largest first, with the speaker
    F1 if it were fixed (its FP tokens gone, its FN tokens turned TP); classes by name, or ``by_size`` largest first
    (speaker_census.py prints its census so, in its own widths)."""

    def fixed(c):
        tp2, fp2, fn2 = tp + c["fn"], fp - c["fp"], fn - c["fn"]
        return 2 * tp2 / (2 * tp2 + fp2 + fn2)

    heads: dict = defaultdict(Counter)
    for (cls, _), c in tally.items():
        heads[cls].update(c)
    print(f"{'class':<{width}} {n_head:>{n_width}} {'FP tok':>7} {'FN tok':>7} {'F1 if fixed':>11}")
    for cls in sorted(heads, key=lambda k: -(heads[k]["fp"] + heads[k]["fn"])) if by_size else sorted(heads):
        c = heads[cls]
        print(f"{cls:<{width}} {c['n']:{n_width}d} {c['fp']:7d} {c['fn']:7d} {fixed(c):11.4f}")
        for (cl, kind), c2 in sorted(tally.items(), key=lambda kv: -(kv[1]["fp"] + kv[1]["fn"])):
            if cl == cls:
                print(f"   {kind:<{width - 3}} {c2['n']:{n_width}d} {c2['fp']:7d} {c2['fn']:7d} {fixed(c2):11.4f}")


def add_dump_args(ap) -> None:
    """The options of a census that extracts cross-fitted (crossfit.setup) or re-tabulates its own ``--dump``
    (``dumped_rows``); speaker_precision.py takes the same."""
    ap.add_argument("dir", nargs="?")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--folds", default=None)
    ap.add_argument("--fold-count", type=int, default=2, help="how many folds the --folds taggers were trained in")
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--dump", default=None, help="write the predictions (pickle) for --load")
    ap.add_argument("--load", default=None, help="re-tabulate a --dump instead of extracting")


def dumped_rows(args, collect) -> list:
    """The rows of ``--load``, or ``collect(args)``'s, written to ``--dump`` when given."""
    if args.load:
        return pickle.loads(Path(args.load).read_bytes())
    rows = collect(args)
    if args.dump:
        Path(args.dump).write_bytes(pickle.dumps(rows))
    return rows


def print_examples(ex, keys, cut: int) -> None:
    """The sample lines of each (class, kind) in ``keys``, in that order, each cut to ``cut`` characters."""
    for k in keys:
        print(f"\n== {k[0]} | {k[1]}")
        for s in ex[k]:
            print("  ", s[:cut])


def report(rows, nex):
    sc = Scores()
    tally: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    for row in rows:
        _, g, sys_g, gold_g = row[:4]
        score_doc(sc, sys_g, gold_g)
        classify(g, sys_g, gold_g, tally, ex, nex)
    tp, fp, fn = sc.tp["speaker"], sc.fp["speaker"], sc.fn["speaker"]
    p, r, f = sc.overlap("speaker")
    print(f"message {sc.overlap('quote')[2]:.4f} cue {sc.overlap('cue')[2]:.4f} speaker TP {tp} FP {fp} FN {fn}: "
          f"P/R/F1 {p:.4f}/{r:.4f}/{f:.4f}; attribution {sc.spk_ok}/{sc.spk_total}")
    assert sum(c["fp"] for c in tally.values()) == fp and sum(c["fn"] for c in tally.values()) == fn, "classes != scorer"
    print("F1 if fixed = the speaker F1 with the class's FP tokens gone and its FN tokens turned TP\n")

    class_table(tally, tp, fp, fn)
    if nex:
        print_examples(ex, sorted(ex, key=lambda k: -(tally[k]["fp"] + tally[k]["fn"]))[:40], 320)
    return sc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    add_dump_args(ap)
    ap.add_argument("--final-rows", default=None,
                    help="train only: the final linker out of fold, fitted per CV fold on these train_speakers.py "
                         "--rows-cache rows (final_out_of_fold)")
    ap.add_argument("--final-C", type=float, default=0.3)
    ap.add_argument("--final-widen", default=None, help="the out-of-fold final linkers' groups (default: the shipped one's)")
    args = ap.parse_args(argv)
    rows = dumped_rows(args, collect)
    kinds(rows, report(rows, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
