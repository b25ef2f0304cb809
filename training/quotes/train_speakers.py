"""Train the second-stage speaker linker (newsgraph/extract/quotes_speakers.py) on quotes-de train.

    OMP_NUM_THREADS=1 python training/quotes/train_speakers.py --out models/de_speakers \
        --cache-train /tmp/qcache_train.spacy --folds-dir training/runs/quote_folds --folds 2

One command does all of it: (1) quotation taggers for each fold of train are trained by
fold_taggers.py when not there yet (article i in fold i % folds, taggers trained on the other
folds), so the extractor's speakers on each train article are as good as on unseen text; (2)
the extractor runs on every train article with its fold's taggers, and each found quote's
speaker candidates are labelled by their token overlap F1 with the speaker of the gold quote the
scorer pairs it with (quotes the scorer leaves unpaired: every candidate 0); (3) a logistic
regression over the candidate features is fitted with each label as a soft target (sample
weights), the regularisation and the two decision thresholds (``switch``, ``keep``) chosen by
5-fold cross-validation over articles, maximising the speaker overlap F1 of all of train;
(4) the weights go to OUT/weights.json, the figures to OUT/train_info.json.

Dev is not read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from bisect import bisect_left, bisect_right
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fold_taggers import fold_setup, train_fold  # noqa: E402
from train import DATA, _parses  # noqa: E402

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.eval.quotes import Group, assign, chars_to_tokens, gold_groups, read_dir  # noqa: E402


class GoldTokens:
    """Character span -> gold token ids, as chars_to_tokens does it, by bisection."""

    def __init__(self, tokens: list[tuple[int, int]]):
        self.tokens = tokens
        self.ends = [e for _, e in tokens]
        self.starts = [s for s, _ in tokens]

    def ids(self, spans) -> set[int]:
        out: set[int] = set()
        for s, e in spans:
            a = bisect_right(self.ends, s)
            b = bisect_left(self.starts, e)
            out.update(range(a, b))
        return out


def collect_article(gold_doc, sdoc, rows: list, base: np.ndarray, art: int, chain=None, pron_level: int = 0) -> None:
    """Candidates with features and, per candidate and for "no speaker", the (tp, fp, fn)
    speaker tokens it would add. ``base`` collects what the linker does not decide. With ``pron_level`` (the
    speaker_pronoun_antecedent level) each row's "pron" holds, for the candidates that decoder step would resolve,
    the (tp, fp, fn) of the noun group they give way to (pronoun_rows uses them as the candidates' own)."""
    from newsgraph.extract.quotes import extract_quotes
    from newsgraph.extract.quotes_features import tokens_from_doc
    from newsgraph.extract.quotes_features import config
    from newsgraph.extract.quotes_speakers import DocView, link_speakers, pronoun_antecedent, resolvable_pronoun

    quotes = extract_quotes(sdoc, "de")
    gt = GoldTokens(gold_doc.tokens)
    sys_g, idx = [], []
    for n, q in enumerate(quotes):
        roles = {"quote": chars_to_tokens(q.message, gold_doc.tokens), "cue": [], "speaker": sorted(gt.ids(q.speaker)),
                 "addressee": []}
        if roles["quote"]:
            sys_g.append(Group(roles, q.mode, q.nested))
            idx.append(n)
    gold_g = gold_groups(gold_doc)
    pairs = assign(sys_g, gold_g)
    gold_of = {idx[s]: set(gold_g[g].roles["speaker"]) for s, g in pairs}
    paired_gold = {g for _, g in pairs}
    for gi, gg in enumerate(gold_g):
        if gi not in paired_gold:
            base[2] += len(gg.roles["speaker"])
    decided: set[int] = set()
    toks = tokens_from_doc(sdoc, "de")
    starts = [t.start for t in toks]
    pv: dict = {}
    cfg = config().get("model", {})
    tidy = cfg.get("speaker_tidy", 0)

    def collect(q, cands, feats):
        n = next(k for k, x in enumerate(quotes) if x is q)
        if n not in idx:
            return
        decided.add(n)
        g = gold_of.get(n, set())
        opts = []
        for c in cands:
            s = gt.ids([(toks[c.a].start, toks[c.b - 1].end)])
            opts.append((len(s & g), len(s - g), len(g - s)))
        cur = next((k for k, c in enumerate(cands) if c.src & {"cur", "inh"}), None)
        text = sdoc.text
        pron = {}
        if pron_level:
            # a candidate the decoder's last step (quotes_speakers.resolve_opening_pronouns) would turn into the noun group
            # it stands for: what choosing it scores is what its antecedent scores (--pronoun-rows)
            for k, c in enumerate(cands):
                if c.b - c.a == 1 and not q.nested and q.message and resolvable_pronoun(sdoc, toks, starts, q, c.a, pron_level):
                    if "view" not in pv:
                        pv["view"] = DocView(sdoc, toks)
                    sp = pronoun_antecedent(sdoc, toks, pv["view"], q, c.a, tidy)
                    if sp:
                        s = gt.ids(sp)
                        pron[k] = (len(s & g), len(s - g), len(g - s))
        rows.append({"pron": pron, "art": art, "feats": feats, "opts": opts, "none": (0, 0, len(g)), "cur": cur,
                     "mode": q.mode, "paired": n in gold_of,
                     "gold": " ".join(text[gold_doc.tokens[t][0]:gold_doc.tokens[t][1]] for t in sorted(g)),
                     "cands": [text[toks[c.a].start:toks[c.b - 1].end] for c in cands],
                     "spans": [(c.a, c.b) for c in cands],
                     "msg": text[q.message[0][0]:q.message[-1][1]][:100],
                     "cue": " ".join(text[s:e] for s, e in q.cue)})

    link_speakers(sdoc, toks, quotes, chain, collect=collect)
    for n in idx:
        if n in decided:
            continue
        g = gold_of.get(n, set())
        s = gt.ids(quotes[n].speaker)
        base += (len(s & g), len(s - g), len(g - s))


def pronoun_rows(rows: list) -> list:
    """Rows whose pronoun candidates are labelled as the decoder scores them: a lone "er"/"sie" that
    quotes_speakers.resolve_opening_pronouns turns into its noun group after the linkers (collect_article's "pron")
    scores what that noun group scores, so the linker learns to pick it where the noun group is gold's speaker
    (quotes-de names the noun group a Konjunktiv message's opening pronoun stands for) instead of learning that it
    is wrong."""
    out = []
    for r in rows:
        pron = r.get("pron") or {}
        if pron:
            r = dict(r)
            r["opts"] = [pron.get(k, o) for k, o in enumerate(r["opts"])]
        out.append(r)
    return out


def act_cv_models(gold, parses, folds_dir: str, folds: int, cv: int = 5) -> dict | None:
    """Cross-fitted sentence classifiers (quotes_acts, claims.toml act_classifier) for the train articles: the
    shipped one saw every train article, so on train its cue-less Reported / free quotes are nearly all real and
    the linker would learn to name their speakers more readily than dev's quotes deserve. As train_acts.py
    measures itself: its rows from the fold taggers, one model per fold of ``cv`` (article i -> model i % cv)
    with the shipped model's C, feature level and thresholds."""
    import train_acts
    from error_analysis import _Cached

    from newsgraph.extract import quotes_acts
    from newsgraph.extract.quotes_features import config

    m = config()["model"]
    name = m.get("act_classifier", "")
    shipped = quotes_acts.load_acts(name) if name else None
    if shipped is None:
        return None
    info = shipped.get("info", {})
    act_rows, _, _, _ = train_acts.collect(gold, _Cached(parses), folds_dir, folds)
    quotes_acts.ROW_HOOK = quotes_acts.DROP_HOOK = None
    m["act_classifier"] = name
    quotes_acts.set_level(info.get("features", 1), info.get("merge", False))
    _, models = train_acts.cv_probs(act_rows, float(info.get("C", 0.1)), cv)
    return {k: train_acts.to_json(mm, voc, shipped["thresholds"], {}) for k, (mm, voc) in models.items()}


def load_act_cv(path: str) -> dict:
    """acts_cv.py's json (five act classifiers keyed 0..4; article i takes model i % 5). act_classifier must be
    set for extract_quotes to call the classifier at all; which model it loads is patched in by the caller."""
    from newsgraph.extract.quotes_features import config

    config()["model"]["act_classifier"] = config()["model"].get("act_classifier") or "cv"
    return {int(k): v for k, v in json.loads(Path(path).read_text("utf-8")).items()}


def soft_label(o: tuple[int, int, int]) -> float:
    tp, fp, fn = o
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def simulate(rows, probs, switch: float, keep: float, base) -> tuple[float, float, float]:
    from newsgraph.extract.quotes_speakers import decide

    tp, fp, fn = base
    for r, p in zip(rows, probs):
        k = decide(list(p), r["cur"], switch, keep)
        o = r["opts"][k] if k is not None else r["none"]
        tp, fp, fn = tp + o[0], fp + o[1], fn + o[2]
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def fit(rows, C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y, w = [], [], []
    for r in rows:
        for f, o in zip(r["feats"], r["opts"]):
            d = {k: 1.0 for k in f}
            lab = soft_label(o)
            if lab > 0:
                X.append(d)
                y.append(1)
                w.append(lab)
            if lab < 1:
                X.append(d)
                y.append(0)
                w.append(1 - lab)
    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    lr = LogisticRegression(C=C, max_iter=2000)
    lr.fit(Xm, np.array(y), sample_weight=np.array(w))
    return vec, lr


def predict(vec, lr, rows):
    out = []
    for r in rows:
        if not r["feats"]:
            out.append([])
            continue
        Xm = vec.transform([{k: 1.0 for k in f} for f in r["feats"]])
        out.append(lr.predict_proba(Xm)[:, 1])
    return out


def softmax_targets(r, target: str = "soft") -> np.ndarray:
    """Target distribution over a quote's candidates and, last, "no speaker": the candidates in proportion to
    their overlap F1 with gold's speaker ("soft"), or all on the best ones ("best"); "no speaker" takes the
    rest of one ("soft": 1 - the best F1, so a half-right candidate shares with it) or only what no candidate
    covers ("best"). A quote gold leaves without a speaker, or whose gold speaker no candidate touches: all on
    "no speaker"."""
    lab = np.array([soft_label(o) for o in r["opts"]] + [0.0])
    top = lab.max()
    if top <= 0:
        lab[-1] = 1.0
        return lab
    if target == "best":
        lab = (lab >= top - 1e-9).astype(float)
        return lab / lab.sum()
    lab = lab / lab.sum() * top
    lab[-1] = 1.0 - top
    return lab


def _softmax_dicts(r) -> list[dict]:
    from newsgraph.extract.quotes_speakers import none_features

    return [{k: 1.0 for k in f} for f in r["feats"]] + [{k: 1.0 for k in none_features(r["feats"])}]


def fit_softmax(rows, C: float, target: str = "soft"):
    """A conditional logit (quotes_speakers.Linker.softmax): one weight vector, one softmax over the candidates of
    a quote and its "no speaker" option (none_features), soft targets (``softmax_targets``), L2 penalty
    1/(2C) |w|^2; L-BFGS over the sparse 0/1 feature matrix. Quotes without candidates carry no information."""
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    rows = [r for r in rows if r["feats"]]
    vec = DictVectorizer()
    X = vec.fit_transform([d for r in rows for d in _softmax_dicts(r)]).tocsr()
    t = np.concatenate([softmax_targets(r, target) for r in rows])
    bounds = np.cumsum([0] + [len(r["feats"]) + 1 for r in rows])
    group = np.repeat(np.arange(len(rows)), np.diff(bounds))

    def loss(w):
        z = X @ w
        zmax = np.maximum.reduceat(z, bounds[:-1])
        e = np.exp(z - zmax[group])
        tot = np.add.reduceat(e, bounds[:-1])
        logp = z - zmax[group] - np.log(tot)[group]
        p = e / tot[group]
        return -(t * logp).sum() + 0.5 * (w @ w) / C, X.T @ (p - t) + w / C

    res = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    return vec, res.x


def predict_softmax(vec, w, rows):
    """Each quote's candidate probabilities (its "no speaker" share is the rest of one)."""
    out = []
    for r in rows:
        if not r["feats"]:
            out.append([])
            continue
        z = vec.transform(_softmax_dicts(r)) @ w
        e = np.exp(z - z.max())
        out.append((e / e.sum())[:-1])
    return out


def _columns(rows, min_count: int):
    """Feature strings seen on at least ``min_count`` candidates, as columns."""
    from collections import Counter

    cnt = Counter(f for r in rows for fs in r["feats"] for f in set(fs))
    return sorted(f for f, n in cnt.items() if n >= min_count)


def _dense(rows, col: dict[str, int]) -> np.ndarray:
    x = np.zeros((sum(len(r["feats"]) for r in rows), len(col)), dtype=np.float32)
    i = 0
    for r in rows:
        for fs in r["feats"]:
            x[i, [col[f] for f in fs if f in col]] = 1.0
            i += 1
    return x


def fit_trees(rows, spec: tuple[int, float, int], min_count: int = 10) -> dict:
    """Boosted trees (sklearn HistGradientBoostingClassifier) over the feature strings as 0/1
    columns, soft labels as sample weights as in ``fit``; returned as the plain lists that
    quotes_speakers.TreeEnsemble reads (only the features some split tests)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    iters, rate, leaves = spec
    names = _columns(rows, min_count)
    x = _dense(rows, {f: k for k, f in enumerate(names)})
    lab = np.array([soft_label(o) for r in rows for o in r["opts"]])
    pos, neg = lab > 0, lab < 1
    X = np.concatenate([x[pos], x[neg]])
    y = np.concatenate([np.ones(pos.sum()), np.zeros(neg.sum())])
    w = np.concatenate([lab[pos], 1 - lab[neg]])
    m = HistGradientBoostingClassifier(max_iter=iters, learning_rate=rate, max_leaf_nodes=leaves,
                                       min_samples_leaf=20, early_stopping=False, random_state=0)
    m.fit(X, y, sample_weight=w)
    used: dict[int, int] = {}
    out = []
    for (pred,) in m._predictors:
        nd = pred.nodes
        feat = []
        for k in range(len(nd)):
            if nd["is_leaf"][k]:
                feat.append(-1)
                continue
            # 0/1 columns: the split point lies between them, so "present" is the right branch
            assert 0.0 <= nd["num_threshold"][k] < 1.0
            feat.append(used.setdefault(int(nd["feature_idx"][k]), len(used)))

        def depth(k: int) -> int:
            return 0 if nd["is_leaf"][k] else 1 + max(depth(int(nd["left"][k])), depth(int(nd["right"][k])))

        out.append({"feature": feat, "left": [int(v) for v in nd["left"]], "right": [int(v) for v in nd["right"]],
                    "value": [round(float(v), 6) for v in nd["value"]], "depth": depth(0)})
    feats = [names[c] for c, _ in sorted(used.items(), key=lambda kv: kv[1])]
    return {"features": feats, "base": float(np.ravel(m._baseline_prediction)[0]), "nodes": out}


def predict_trees(js: dict, rows):
    from newsgraph.extract.quotes_speakers import TreeEnsemble

    te = TreeEnsemble(js)
    return [np.array(te.probs(r["feats"])) for r in rows]


GRID = [round(x, 2) for x in np.arange(0.0, 1.0001, 0.05)]


def best_thresholds(rows, probs, base):
    best = (-1.0, 0.0, 0.0)
    for sw in GRID:
        for kp in GRID:
            if kp > sw:
                continue
            f = simulate(rows, probs, sw, kp, base)[2]
            if f > best[0]:
                best = (f, sw, kp)
    return best


def xfit_score(args, rows, fold_of: dict, C: float, switch: float, keep: float, final: list | None = None) -> None:
    """Cross-fitted train through the whole extractor with an out-of-fold linker: each train article is tagged by
    the fold taggers that did not see it (and, with --acts-cv, the cross-fitted sentence classifier) and linked by
    the linker fitted without its CV fold (split 0 of the CV), so the scorer's speaker figure (after tidy_speakers,
    drop_bare_indirect, the cue chooser …) is out-of-sample for the linker too; the shipped linker through the
    same run for comparison (in-sample: it was fitted on train rows). With ``final`` (the groups the rows' variant
    keeps) the out-of-fold linkers run as claims.toml's speaker_final_linker behind the shipped linker, so only the
    speakers can differ from the shipped run."""
    from error_analysis import _Cached

    from newsgraph.eval.quotes import Scores, predict_groups, score_doc
    from newsgraph.extract import quotes_acts
    from newsgraph.extract import quotes_speakers as qs
    from newsgraph.extract.quotes_features import config

    gold = read_dir(DATA / "train")
    nlp = _Cached(_parses(gold, nlp_stage.load("de"), args.cache_train))
    models = {}
    for f in range(args.cv):
        vec, lr = fit([r for r in rows if fold_of[r["art"]] != f], C)
        w = {name: float(x) for name, x in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(x) > 1e-6}
        models[f] = qs.Linker(w, float(lr.intercept_[0]), switch, keep, widen=frozenset(final or ()))
    m = config()["model"]
    shipped = m.get("speaker_linker", "")
    act_models = load_act_cv(args.acts_cv) if isinstance(args.acts_cv, str) else \
        act_cv_models(gold, [nlp(g.text) for g in gold], args.folds_dir, args.folds) if args.acts_cv else None
    cur = {"i": 0}
    if act_models is not None:
        quotes_acts.load_acts = lambda name: act_models[cur["i"] % len(act_models)]
    orig = qs.load_linker
    shipped_final = m.get("speaker_final_linker", "")
    for label in ("shipped", "out-of-fold"):
        m["speaker_final_linker"] = shipped_final
        m["speaker_linker"] = shipped or "de_speakers"
        if label == "out-of-fold" and final is not None:
            m["speaker_final_linker"] = "xfit-final"
            qs.load_linker = lambda name: models[fold_of.get(cur["i"], 0)] if name == "xfit-final" else orig(name)
        elif label == "out-of-fold":
            qs.load_linker = lambda name: models[fold_of.get(cur["i"], 0)]
        sc = Scores()
        for k in range(args.folds):
            fold_setup(Path(args.folds_dir) / f"fold{k}of{args.folds}")
            for i in range(k, len(gold), args.folds):
                cur["i"] = i
                score_doc(sc, predict_groups(gold[i], nlp), gold_groups(gold[i]))
        qs.load_linker = orig
        m["speaker_final_linker"] = shipped_final
        if final is not None and label == "out-of-fold":
            label = "shipped linker + out-of-fold final"
        print(f"cross-fitted train, {label} linker: " + " / ".join(f"{sc.overlap(r)[2]:.4f}" for r in
                                                                  ("quote", "cue", "speaker")), flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="models/de_speakers")
    ap.add_argument("--cache-train", default=None)
    ap.add_argument("--folds-dir", default="training/runs/quote_folds")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--fold-iters", type=int, default=100, help="CRF iterations of the fold taggers (200 shipped)")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--cv-repeat", type=int, default=1, help="CV splits over articles (the first in order, the rest "
                    "shuffled); C and thresholds by the mean F1")
    ap.add_argument("--every", type=int, default=1, help="every n-th train article only (quick runs)")
    ap.add_argument("--C", type=float, action="append", default=None)
    ap.add_argument("--learner", choices=("lr", "trees", "softmax"), default="lr",
                    help="lr: a logistic regression per candidate; trees: boosted trees per candidate; softmax: a "
                         "conditional logit over each quote's candidates and a \"no speaker\" option")
    ap.add_argument("--target", choices=("soft", "best"), default="soft", help="softmax targets (softmax_targets)")
    ap.add_argument("--trees", action="append", default=None,
                    help="ITERATIONS,RATE,LEAVES of the boosted trees (--learner trees; repeat to compare in CV)")
    ap.add_argument("--features", type=int, default=None,
                    help="speaker_link_features level of the candidate features (default: claims.toml's)")
    ap.add_argument("--widen", default=None,
                    help="comma list of wider candidate sets (claims.toml speaker_link_widen: msg_end, cue_args, "
                         "src_suffix); default: claims.toml's, \"\" none")
    ap.add_argument("--chain", default=None,
                    help="weights.json of a linker that picks the speakers while the rows are collected, so the "
                         "earlier speakers the candidates and chain features see are a linker's, as at run time")
    ap.add_argument("--rows-cache", default=None, help="pickle of the collected candidates (read if present)")
    ap.add_argument("--acts-cv", nargs="?", const=True, default=None,
                    help="cue-less quotes of the sentence classifier from cross-fitted models (act_cv_models), not "
                         "from the shipped one, which saw every train article; with a FILE (acts_cv.py's json of five "
                         "models keyed 0..4, article i -> model i %% 5, as message_errors.py --acts-cv reads it) "
                         "those models, e.g. training/runs/h5/acts_cv.json, which has the 'comp' sub-model too")
    ap.add_argument("--xfit-score", action="store_true",
                    help="also score cross-fitted train through the whole extractor with out-of-fold linkers "
                         "(xfit_score)")
    ap.add_argument("--set", action="append", default=[],
                    help="extractor setting KEY=VALUE while the rows are collected (error_analysis.set_option)")
    ap.add_argument("--pronoun-rows", action="store_true",
                    help="label a pronoun candidate the decoder resolves (speaker_pronoun_antecedent) by its noun group "
                         "(pronoun_rows)")
    args = ap.parse_args(argv)
    import pickle

    from error_analysis import set_option

    for kv in args.set:
        set_option(kv)

    from newsgraph.extract.quotes_features import config

    t0 = time.time()
    if args.features is not None:
        config()["model"]["speaker_link_features"] = args.features
    level = int(config()["model"].get("speaker_link_features", 0))
    shipped_widen = set(config()["model"].get("speaker_link_widen", []))
    if args.widen is not None:
        config()["model"]["speaker_link_widen"] = [w for w in args.widen.split(",") if w]
    widen = sorted(config()["model"].get("speaker_link_widen", []))
    if args.rows_cache and Path(args.rows_cache).exists():
        rows, base = pickle.loads(Path(args.rows_cache).read_bytes())
    else:
        for k in range(args.folds):
            train_fold(k, args.folds, Path(args.folds_dir), args.cache_train, 0.02, 0.02, args.fold_iters)
        gold = read_dir(DATA / "train")
        nlp = nlp_stage.load("de")
        parses = _parses(gold, nlp, args.cache_train)
        config()["model"]["speaker_linker"] = ""
        if isinstance(args.acts_cv, str):
            act_models = load_act_cv(args.acts_cv)
        else:
            act_models = act_cv_models(gold, parses, args.folds_dir, args.folds) if args.acts_cv else None
        if act_models is not None:
            from newsgraph.extract import quotes_acts

            cur_art = {"i": 0}
            quotes_acts.load_acts = lambda name: act_models[cur_art["i"] % len(act_models)]
            print(f"sentence classifier: {len(act_models)} cross-fitted models", flush=True)
        rows, base = [], np.zeros(3, dtype=np.int64)
        pron_level = int(config()["model"].get("speaker_pronoun_antecedent", 0))
        chain = None
        if args.chain:
            from newsgraph.extract.quotes_speakers import Linker

            chain = Linker.from_json(args.chain)
        if args.folds == 0:
            # the shipped taggers on the articles they were trained on (a quick, biased run)
            for i in range(0, len(gold), args.every):
                collect_article(gold[i], parses[i], rows, base, i, chain, pron_level)
        for k in range(args.folds):
            fold_setup(Path(args.folds_dir) / f"fold{k}of{args.folds}")
            for i in range(len(gold)):
                if i % args.folds == k and i % args.every == 0:
                    if act_models is not None:
                        cur_art["i"] = i
                    collect_article(gold[i], parses[i], rows, base, i, chain, pron_level)
        if args.rows_cache:
            Path(args.rows_cache).write_bytes(pickle.dumps((rows, base)))
    if args.pronoun_rows:
        rows = pronoun_rows(rows)
    print(f"{len(rows)} quotes, {sum(len(r['opts']) for r in rows)} candidates, {time.time() - t0:.0f}s", flush=True)
    cur_probs = [[1.0 if k == r["cur"] else 0.0 for k in range(len(r["opts"]))] for r in rows]
    before = simulate(rows, cur_probs, 2.0, 0.0, base)
    oracle = simulate(rows, [[soft_label(o) for o in r["opts"]] for r in rows], 0.0, 1e-9, base)
    print(f"train, extractor's own speakers (cross-fitted taggers): P {before[0]:.3f} R {before[1]:.3f} F1 {before[2]:.3f}")
    print(f"oracle choice among the candidates: F1 {oracle[2]:.3f}")
    arts = sorted({r["art"] for r in rows})
    # split 0 is articles in order, n % cv; --cv-repeat adds shuffled splits, and C and the thresholds are chosen on
    # the mean F1 over all splits (one split's choice among close C values is mostly the split's noise)
    splits = [{a: n % args.cv for n, a in enumerate(arts)}]
    for rep in range(1, args.cv_repeat):
        perm = np.random.RandomState(rep).permutation(len(arts))
        splits.append({arts[j]: n % args.cv for n, j in enumerate(perm)})
    results = {}
    if args.learner == "trees":
        # iterations x learning rate x leaves per tree
        specs = [tuple(t(v) for t, v in zip((int, float, int), x.split(","))) for x in args.trees or ["200,0.1,15"]]
    else:
        specs = args.C or [0.1, 0.3, 1.0, 3.0]
    for spec in specs:
        runs = []
        for fold_of in splits:
            probs = [None] * len(rows)
            for f in range(args.cv):
                tr = [r for r in rows if fold_of[r["art"]] != f]
                te = [n for n, r in enumerate(rows) if fold_of[r["art"]] == f]
                if args.learner == "trees":
                    got = predict_trees(fit_trees(tr, spec), [rows[n] for n in te])
                elif args.learner == "softmax":
                    vec, w = fit_softmax(tr, spec, args.target)
                    got = predict_softmax(vec, w, [rows[n] for n in te])
                else:
                    vec, lr = fit(tr, spec)
                    got = predict(vec, lr, [rows[n] for n in te])
                for n, p in zip(te, got):
                    probs[n] = p
            runs.append(probs)
        best = (-1.0, 0.0, 0.0)
        for sw in GRID:
            for kp in GRID:
                if kp <= sw:
                    f = float(np.mean([simulate(rows, pr, sw, kp, base)[2] for pr in runs]))
                    if f > best[0]:
                        best = (f, sw, kp)
        _, sw, kp = best
        res = np.mean([simulate(rows, pr, sw, kp, base) for pr in runs], axis=0)
        each = [round(simulate(rows, pr, sw, kp, base)[2], 4) for pr in runs]
        results[spec] = {"cv_f1": float(res[2]), "cv_p": float(res[0]), "cv_r": float(res[1]), "switch": sw, "keep": kp,
                         **({"cv_f1_splits": each} if len(runs) > 1 else {})}
        print(f"{args.learner} {spec}: CV speaker P {res[0]:.3f} R {res[1]:.3f} F1 {res[2]:.4f} at switch {sw} keep {kp}"
              + (f" (splits {each})" if len(runs) > 1 else ""), flush=True)
    C = max(results, key=lambda c: results[c]["cv_f1"])
    if args.xfit_score and args.learner == "lr":
        xfit_score(args, rows, splits[0], C, results[C]["switch"], results[C]["keep"])
    if args.learner == "trees":
        js = {"switch": results[C]["switch"], "keep": results[C]["keep"], "trees": fit_trees(rows, C)}
    elif args.learner == "softmax":
        vec, w = fit_softmax(rows, C, args.target)
        weights = {name: float(x) for name, x in zip(vec.get_feature_names_out(), w) if abs(x) > 1e-6}
        js = {"bias": 0.0, "switch": results[C]["switch"], "keep": results[C]["keep"], "softmax": True,
              "weights": dict(sorted(weights.items()))}
    else:
        vec, lr = fit(rows, C)
        weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(w) > 1e-6}
        js = {"bias": float(lr.intercept_[0]), "switch": results[C]["switch"], "keep": results[C]["keep"],
              "weights": dict(sorted(weights.items()))}
    # groups beyond claims.toml's speaker_link_widen: a speaker_final_linker computes them itself (quotes_speakers.Linker
    # "widen"), so these weights can run behind the shipped linker without changing its candidates' features
    if set(widen) - shipped_widen:
        js["widen"] = sorted(set(widen) - shipped_widen)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "weights.json").write_text(json.dumps(js, ensure_ascii=False, separators=(",", ":")) + "\n"
                                      if args.learner == "trees" else
                                      json.dumps(js, indent=1, ensure_ascii=False) + "\n", "utf-8")
    info = {"learner": args.learner, "C" if args.learner in ("lr", "softmax") else "trees": C, "train_quotes": len(rows), "candidates": sum(len(r["opts"]) for r in rows),
            "train_speaker_before": {"p": before[0], "r": before[1], "f1": before[2]}, "oracle_f1": oracle[2],
            "cv": {str(c): v for c, v in results.items()}, "features": level, "widen": widen, "folds": args.folds, "cv_folds": args.cv, "cv_repeat": args.cv_repeat,
            **({"target": args.target} if args.learner == "softmax" else {}),
            "seconds": round(time.time() - t0)}
    (out / "train_info.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    print(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
