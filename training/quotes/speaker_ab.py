"""A/B of the speaker linker's optional feature groups on one set of collected candidates.

    OMP_NUM_THREADS=1 python training/quotes/speaker_ab.py ROWS.pkl --keep "" --keep coref,mention [--C 0.3] \
        [--out-dir DIR]

ROWS.pkl is a ``train_speakers.py --rows-cache`` file collected with every group switched on
(``--widen msg_end,src_suffix,cue_pass,coref,cont,mention``). Each ``--keep`` list names the groups a
variant keeps; the features of the others are taken out of the rows, and without ``coref`` the
candidates only it added (no source path: ``nsrc=0``) go too, so the variant sees what a collection
without those groups would have seen. Each variant is scored as train_speakers.py scores it: 5-fold
cross-validation over articles, thresholds chosen on the out-of-fold scores; with ``--out-dir`` the
weights fitted on all rows go to DIR/<groups>/weights.json for a dev check
(``role_errors.py …/dev --set speaker_linker=DIR/<groups> --set speaker_link_widen+=<groups>``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_speakers import best_thresholds, fit, predict, pronoun_rows, simulate, soft_label, xfit_score  # noqa: E402

# feature-string prefixes of each optional group (quotes_speakers.link_features and the "mention" block)
GROUPS = {"coref": ("antec", "pant"), "cont": ("pgap",), "mention": ("kw=",), "path": ("path=", "lca=", "pathlen="),
          "hverb": ("hverb=",), "cuelem": ("cuelem=",),
          "crf": ("crfspk=", "crfspk_min=", "qmsg="), "run": ("run=", "run_"), "earlier": ("ea=", "ea_"), "pres": ("pres=",)}
# ("frame_s" adds candidates: collect its rows apart, train_speakers.py --widen …,frame_s)


def variant(rows, keep: set[str]):
    drop = tuple(p for g, ps in GROUPS.items() if g not in keep for p in ps)
    out = []
    for r in rows:
        ks = [k for k, f in enumerate(r["feats"]) if "coref" in keep or "nsrc=0" not in f]
        rr = dict(r)
        rr["feats"] = [[x for x in r["feats"][k] if not x.startswith(drop)] for k in ks] if drop else \
            [r["feats"][k] for k in ks]
        rr["opts"] = [r["opts"][k] for k in ks]
        rr["cur"] = ks.index(r["cur"]) if r["cur"] in ks else None
        out.append(rr)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--keep", action="append", default=None, help="comma list of groups (coref, cont, mention)")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--out-dir", default=None)
    ap.add_argument("--xfit-score", action="store_true",
                    help="also score each variant on cross-fitted train through the whole extractor with out-of-fold "
                         "linkers (train_speakers.xfit_score; needs --cache-train, --folds-dir, --folds, --acts-cv and "
                         "--widen = the groups the rows were collected with)")
    ap.add_argument("--cache-train", default=None)
    ap.add_argument("--folds-dir", default="training/runs/quote_folds")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--widen", default=None, help="claims.toml speaker_link_widen while scoring (--xfit-score)")
    ap.add_argument("--set", action="append", default=[], help="extractor setting KEY=VALUE (--xfit-score)")
    ap.add_argument("--final", action="store_true",
                    help="--xfit-score with the out-of-fold linkers as claims.toml's speaker_final_linker (their speakers "
                         "put in last) and the shipped linker where it is, so messages and cues stay the shipped ones")
    ap.add_argument("--thresholds", default=None,
                    help="--xfit-score at these switch=keep values (comma list) instead of the CV's choice")
    ap.add_argument("--pronoun-rows", action="store_true",
                    help="label the pronoun candidates the decoder resolves by their noun group (train_speakers.pronoun_rows; "
                         "rows collected with speaker_pronoun_antecedent on)")
    args = ap.parse_args(argv)
    if args.xfit_score:
        from error_analysis import set_option

        from newsgraph.extract.quotes_features import config

        for kv in args.set:
            set_option(kv)
        if args.widen is not None:
            config()["model"]["speaker_link_widen"] = [w for w in args.widen.split(",") if w]
    rows, base = pickle.loads(Path(args.rows).read_bytes())
    if args.pronoun_rows:
        rows = pronoun_rows(rows)
    arts = sorted({r["art"] for r in rows})
    fold_of = {a: n % args.cv for n, a in enumerate(arts)}
    for spec in args.keep or [""]:
        keep = {g for g in spec.split(",") if g}
        R = variant(rows, keep)
        oracle = simulate(R, [[soft_label(o) for o in r["opts"]] for r in R], 0.0, 1e-9, base)[2]
        probs = [None] * len(R)
        for f in range(args.cv):
            tr = [r for r in R if fold_of[r["art"]] != f]
            te = [n for n, r in enumerate(R) if fold_of[r["art"]] == f]
            vec, lr = fit(tr, args.C)
            for n, p in zip(te, predict(vec, lr, [R[n] for n in te])):
                probs[n] = p
        _, sw, kp = best_thresholds(R, probs, base)
        p, r_, f1 = simulate(R, probs, sw, kp, base)
        name = ",".join(sorted(keep)) or "none"
        print(f"{name:<20} candidates {sum(len(r['opts']) for r in R)} oracle {oracle:.4f}  CV P {p:.4f} R {r_:.4f} "
              f"F1 {f1:.4f} (switch {sw} keep {kp})", flush=True)
        if args.xfit_score:
            # groups a variant leaves out add no candidates (save coref), so the extractor may compute their
            # features: the variant's weights hold none of them
            for t in ([float(x) for x in args.thresholds.split(",")] if args.thresholds else [None]):
                if t is not None:
                    print(f"  at switch = keep = {t}", flush=True)
                xfit_score(args, R, fold_of, args.C, sw if t is None else t, kp if t is None else t,
                           final=sorted(keep) if args.final else None)
        if args.out_dir:
            vec, lr = fit(R, args.C)
            w = {n: float(x) for n, x in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(x) > 1e-6}
            out = Path(args.out_dir) / name.replace(",", "_")
            out.mkdir(parents=True, exist_ok=True)
            # "widen": the groups beyond claims.toml's speaker_link_widen the extractor must compute for these
            # weights (read by quotes_speakers.Linker; a speaker_final_linker adds them to the DocView itself)
            (out / "weights.json").write_text(json.dumps({"bias": float(lr.intercept_[0]), "switch": sw, "keep": kp,
                                                          "widen": sorted(keep),
                                                          "weights": dict(sorted(w.items()))}, indent=1,
                                                         ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
