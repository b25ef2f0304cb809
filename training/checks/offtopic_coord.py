"""Round 25 (checks_de card, "Round 25, off-topic: a census of the train-side pools, the coordinability of a conjunct's
pair; h5"): does the corpus coordinate nouns like these two?

Rounds 20-24 found the largest missed class of off-topic insertions to be conjuncts from same-domain donors: their noun
fits the article's topic as well as the article's own conjuncts do, and the topic, subword, cohesion, partner-rank and
predicate-fit features did not separate them. A coordination joins two fillers of one kind ("der Polizei und der
Staatsanwaltschaft", not "der Regierung und der Maserninfektion"); whether two nouns are of a kind to be coordinated is
not the same as whether they are of one topic. ``pairs`` reads real coordinations of two definite noun phrases ("der X
und der Y") from corpora outside the train-side pools (spkatt-de speeches, CoNLL-2003 German, Europarl NER, GermEval 2014
dev, UD German-GSD; no quotes-de and no 10kGNAD text, so no insertion's donor is read); ``fit`` learns a pair model from
them: positives the observed pairs, negatives the first noun with another definite noun of the same document (the same
domain, as the missed insertions are), on the two nouns' topic and subword vectors. ``score`` gives the pair model's logit
for the rows' (sibling noun, conjunct noun) (``offtopic_conjuncts.build`` stores both since round 25) and ``compare``
refits the conjunct model by article fold with and without it, as offtopic_conjuncts.fit's (b):

    OMP_NUM_THREADS=1 python training/checks/offtopic_coord.py fit --folds /tmp/h7/pf0 /tmp/h7/gfold1 --out /tmp/h5/r25/coord
    OMP_NUM_THREADS=1 python training/checks/offtopic_coord.py compare --pairs /tmp/h5/r25/coord \\
        --eval-rows /tmp/h5/r25/ev_train.jsonl /tmp/h5/r25/ev_gnad-side.jsonl --C 0.1      # and --C 0.01

``stack`` (exploratory) stacks ``coord`` on the shipped model's logit; ``seed`` reads the pair model (fitted with ``fit
--folds models/checks_de``) on a text's conjuncts, an acceptance reading only.

Nothing is written to models/.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.vectors import WordVectors, load_subword  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
_DEF = {"der", "die", "das", "des", "dem", "den"}
_CONJ = {"und", "oder", "sowie"}
_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß]+)*$")
_INNER = re.compile(r"^[a-zäöüß]+$")


def _conll_docs(path: Path, encoding: str, word_col: int, pos_col: int | None, starts_doc) -> list[list[list[tuple]]]:
    docs, doc, sent = [], [], []
    for line in path.read_text(encoding).splitlines():
        if starts_doc(line):
            if sent:
                doc.append(sent)
            if doc:
                docs.append(doc)
            doc, sent = [], []
            continue
        if not line.strip() or line.startswith("#"):
            if sent:
                doc.append(sent)
            sent = []
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        if len(cols) <= word_col or (word_col == 1 and not cols[0].isdigit()):
            continue
        sent.append((cols[word_col], cols[pos_col] if pos_col is not None and len(cols) > pos_col else None))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def _chunks(docs: list[list], size: int) -> list[list]:
    """Sources without document boundaries: runs of ``size`` sentences as documents."""
    flat = [s for d in docs for s in d]
    return [flat[i:i + size] for i in range(0, len(flat), size)]


def documents() -> dict[str, list[list[list[tuple]]]]:
    """Documents (lists of sentences of (word, STTS tag or None)) of each outside corpus."""
    out: dict[str, list] = {}
    sp = []
    for f in sorted((DATA / "spkatt-de" / "data").rglob("*.json")):
        js = json.loads(f.read_text("utf-8"))
        sp.append([[(w, None) for w in s["Tokens"]] for s in js.get("Sentences", [])])
    out["spkatt"] = sp
    conll = []
    for name in ("deu.testa", "deu.testb"):
        conll += _conll_docs(DATA / "ner-de" / "conll2003" / name, "latin-1", 0, 2, lambda ln: ln.startswith("-DOCSTART-"))
    out["conll"] = conll
    ep = _conll_docs(DATA / "ner-de" / "europarl" / "ep-96-04-15_pado_annotated.tsv", "utf-8", 0, 2, lambda ln: False)
    out["europarl"] = _chunks(ep, 40)
    ge = _conll_docs(DATA / "ner-de" / "germeval2014" / "NER-de-dev.tsv", "utf-8", 1, None, lambda ln: False)
    out["germeval"] = _chunks(ge, 20)
    ud = []
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
        ud += _conll_docs(DATA / "ud-de" / name, "utf-8", 1, 4, lambda ln: False)
    out["ud"] = _chunks(ud, 20)
    return out


_TOKEN = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")


def train_side_documents(exclude_fold: int, folds: int = 2) -> list[list[list[tuple]]]:
    """Round 26 (h6): the train-side articles (quotes-de train, gnad-side 10kGNAD rows) of every cross-fitting fold but
    ``exclude_fold`` (perturb.article_folds), as documents of untagged regex tokens: in-domain coordinations that a
    fold-k row's pair model may read, since neither the row's article nor its fold's donors are among them."""
    from newsgraph.checks.perturb import article_folds, load_articles

    out = []
    for split in ("train", "gnad-side"):
        arts = load_articles(split)
        fold_of = article_folds(split, arts, folds)
        for name, text, spans in arts:
            if fold_of[name] == exclude_fold:
                continue
            out.append([[(w, None) for w in _TOKEN.findall(text[s:e])] for s, e in spans])
    return out


def _noun(sent: list[tuple], j: int) -> bool:
    """A capitalised noun not opening its sentence (tagged NN where the source has tags)."""
    w, t = sent[j]
    return j > 0 and bool(_NOUN.match(w)) and (t is None or t == "NN") and w.lower() not in _DEF


def pairs(docs: list[list[list[tuple]]]) -> tuple[list[tuple[str, str, int]], dict[int, list[str]]]:
    """The coordinated pairs (X, Y, document) of "… X und/oder/sowie [der] [adjectives] Y" (X right before the
    conjunction, Y the first noun after it within an optional article and up to three lower-case words) and each
    document's nouns."""
    found, nouns = [], {}
    for d, doc in enumerate(docs):
        ns = []
        for sent in doc:
            for j in range(len(sent)):
                if not _noun(sent, j):
                    continue
                ns.append(sent[j][0])
                if j + 2 >= len(sent) or sent[j + 1][0] not in _CONJ:
                    continue
                k = j + 2
                if sent[k][0].lower() in _DEF:
                    k += 1
                for m in range(k, min(k + 4, len(sent))):
                    if _noun(sent, m):
                        found.append((sent[j][0], sent[m][0], d))
                        break
                    # a second article after a lower-case word opens a new phrase ("und dankte den Helfern")
                    if not _INNER.match(sent[m][0]) or sent[m][0] in _CONJ or (m > j + 2 and sent[m][0].lower() in _DEF):
                        break
        nouns[d] = ns
    return found, nouns


TOPIC_COS = 200  # the column of the topic vectors' cosine in PairVectors' inputs


class PairVectors:
    """The two nouns' inputs: products and absolute differences of their unit topic and subword vectors, both cosines."""

    def __init__(self, fold_dir: str):
        self.words = WordVectors(Path(fold_dir))
        self.sub = load_subword(fold_dir)

    def __call__(self, a: str, b: str) -> np.ndarray | None:
        va, vb = self.words.lookup(a), self.words.lookup(b)
        if va is None or vb is None:
            return None
        u, v = va[0], vb[0]
        s = self.sub.batch([a, b])
        return np.concatenate([u * v, np.abs(u - v), [float(u @ v)], s[0] * s[1], np.abs(s[0] - s[1]), [float(s[0] @ s[1])]])


def _pair_rows(pv: PairVectors, seed: int, extra: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = random.Random(seed)
    xs, ys, groups = [], [], []
    for src, docs in {**documents(), **(extra or {})}.items():
        found, nouns = pairs(docs)
        seen = {(a, b, d) for a, b, d in found}
        for a, b, d in found:
            x = pv(a, b)
            if x is None:
                continue
            xs.append(x)
            ys.append(1)
            groups.append(f"{src}:{d}")
            pool = [n for n in nouns[d] if n not in (a, b) and (a, n, d) not in seen]
            for n in rng.sample(pool, min(2, len(pool))):
                x = pv(a, n)
                if x is not None:
                    xs.append(x)
                    ys.append(0)
                    groups.append(f"{src}:{d}")
    return np.stack(xs), np.array(ys), np.array(groups)


def fit(args) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for k, d in enumerate(args.folds):
        # --in-domain: also the other folds' train-side coordinations (a shipped model, --folds models/checks_de, none left out)
        extra = None
        if args.in_domain:
            extra = {"train-side": train_side_documents(k if len(args.folds) > 1 else -1, max(2, len(args.folds)))}
        x, y, g = _pair_rows(PairVectors(d), args.seed, extra)
        mean, sd = x.mean(axis=0), x.std(axis=0)
        scale = np.where(sd > 1e-6, sd, 1.0)
        z = (x - mean) / scale
        cos_cols = [TOPIC_COS, x.shape[1] - 1]
        report = {}
        for label, cols in (("topic cosine", [TOPIC_COS]), ("subword cosine", [x.shape[1] - 1]), ("both cosines", cos_cols),
                            ("all", list(range(x.shape[1])))):
            p = np.zeros(len(y))
            for tr, te in GroupKFold(5).split(z, y, g):
                m = LogisticRegression(C=args.C, max_iter=3000).fit(z[tr][:, cols], y[tr])
                p[te] = m.decision_function(z[te][:, cols])
            pos, neg = p[y == 1], p[y == 0]
            auc = float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))
            report[label] = round(auc, 4)
        m = LogisticRegression(C=args.C, max_iter=3000).fit(z, y)
        model = {"fold_dir": d, "mean": mean.tolist(), "scale": scale.tolist(), "coef": m.coef_[0].tolist(),
                 "intercept": float(m.intercept_[0]), "pairs": int(y.sum()), "negatives": int((y == 0).sum()),
                 "cv_auc": report, "C": args.C}
        (out / f"pair_fold{k}.json").write_text(json.dumps(model), "utf-8")
        print(f"fold {k} ({d}): {int(y.sum())} coordinated pairs, {int((y == 0).sum())} same-document negatives; "
              f"grouped 5-fold AUC {report}", flush=True)


class PairModel:
    def __init__(self, path: Path):
        js = json.loads(path.read_text("utf-8"))
        self.pv = PairVectors(js["fold_dir"])
        self.mean, self.scale = np.array(js["mean"]), np.array(js["scale"])
        self.coef, self.b = np.array(js["coef"]), js["intercept"]

    def logit(self, a: str | None, b: str | None) -> float | None:
        if not a or not b:
            return None
        x = self.pv(a, b)
        return None if x is None else float(((x - self.mean) / self.scale) @ self.coef + self.b)


def add_coord(rows: list[dict], pair_dir: str) -> None:
    """``coord`` (the pair model of the row's fold, NaN when unknown) and ``coord_known`` on every conjunct row."""
    models: dict[int, PairModel] = {}
    for r in rows:
        if r["kind"] != "conjunct":
            continue
        k = r["fold"]
        if k not in models:
            models[k] = PairModel(Path(pair_dir) / f"pair_fold{k}.json")
        v = models[k].logit(r.get("sib_noun"), r.get("own_noun"))
        r["coord"] = float("nan") if v is None else v
        r["coord_known"] = float(v is not None)


def compare(args) -> None:
    from training.checks.offtopic_appended import _auc, _cv_score
    from training.checks.offtopic_conjuncts import _budget_report, _thirds, conjunct_rows, shipped_budgets
    from training.checks.train_offtopic import cached_rows

    ev_all = [r for f in args.eval_rows for r in cached_rows(f, None)]
    add_coord(ev_all, args.pairs)
    ev, un, evp = conjunct_rows(ev_all)
    sims = {r["doc"]: r.get("donor_sim") for r in ev_all if r["kind"] == "_ins"}
    model = json.loads(Path(args.model).read_text("utf-8"))
    ship = model["conjunct"]
    sn = list(ship["features"])
    shipped_p, p_un_ship, n0, flags = shipped_budgets(ship, un)
    print(f"E_c {len(evp)} inserted conjunct candidates, U {len(un)} untouched; shipped model {n0} U flags at "
          f"{ship['threshold']}; budgets {flags}")
    c_in, c_un = np.array([r["coord"] for r in evp]), np.array([r["coord"] for r in un])
    print(f"coord known: inserted {np.mean(~np.isnan(c_in)):.2f}, untouched {np.mean(~np.isnan(c_un)):.2f}; means "
          f"{np.nanmean(c_in):.3f} / {np.nanmean(c_un):.3f}; AUC untouched above inserted (where known) "
          f"{_auc(c_un[~np.isnan(c_un)], c_in[~np.isnan(c_in)]):.3f}")
    _budget_report("(a) shipped as is", shipped_p(evp), evp, p_un_ship, un, flags)
    for lab, add in (("(b) shipped features refitted", []), ("(b) + coord coord_known", ["coord", "coord_known"])):
        names = sn + add
        p_ev = _cv_score(ev + un, evp, names, args.C)
        p_un = _cv_score(ev + un, un, names, args.C)
        _budget_report(lab, p_ev, evp, p_un, un, flags)
        t = float(np.sort(p_un)[::-1][n0]) + 1e-9
        _thirds(f"at {n0} flags", p_ev, evp, t, sims)


def stack(args) -> None:
    """Exploratory (written after R1 failed, not a decision): the shipped conjunct model's logit stacked with ``coord``,
    one weight fitted by article fold, against the shipped model as is."""
    from sklearn.linear_model import LogisticRegression

    from training.checks.offtopic_conjuncts import _budget_report, conjunct_rows, shipped_budgets
    from training.checks.train_offtopic import cached_rows

    rows = [r for f in args.eval_rows for r in cached_rows(f, None)]
    add_coord(rows, args.pairs)
    ev, un, evp = conjunct_rows(rows)
    ship = json.loads(Path(args.model).read_text("utf-8"))["conjunct"]
    shipped_p, p_un_ship, _n0, flags = shipped_budgets(ship, un)

    def x(d):
        p = np.clip(shipped_p(d), 1e-6, 1 - 1e-6)
        c = np.array([r["coord"] for r in d])
        k = ~np.isnan(c)
        return np.c_[np.log(p / (1 - p)), np.where(k, c, 0.0), k.astype(float)]

    def cv(test):
        out, folds = np.zeros(len(test)), np.array([r["fold"] for r in test])
        for k in sorted(set(folds.tolist())):
            tr = [r for r in ev + un if r["fold"] != k]
            m = LogisticRegression(C=args.C).fit(x(tr), [r["y"] for r in tr])
            sel = np.flatnonzero(folds == k)
            out[sel] = m.decision_function(x([test[i] for i in sel]))
        return out

    _budget_report("(a) shipped as is", shipped_p(evp), evp, p_un_ship, un, flags)
    _budget_report(f"(a) logit + coord, C {args.C}", cv(evp), evp, cv(un), un, flags)


def seed(args) -> None:
    """Acceptance reading only: the pair model of ``--pairs`` (fold 0's file) on every conjunct pair of a text."""
    from newsgraph import nlp as nlp_stage
    from newsgraph.checks.tagging import tag_doc
    from newsgraph.checks.topic import segments
    from training.checks.offtopic_conjuncts import conjunct_nouns

    pm = PairModel(Path(args.pairs) / "pair_fold0.json")
    sents = tag_doc(nlp_stage.load("de")(Path(args.text).read_text("utf-8")))
    seen = set()
    for seg in segments(sents):
        p = conjunct_nouns(seg)
        if p and (p[0].i, p[1].i) not in seen:
            seen.add((p[0].i, p[1].i))
            v = pm.logit(p[0].text, p[1].text)
            print(f"{p[0].text} + {p[1].text}: {' '.join(t.text for t in seg.toks)!r} coord "
                  f"{'unknown' if v is None else round(v, 3)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fit")
    f.add_argument("--folds", nargs="+", required=True, help="the fold vector dirs the rows were scored with")
    f.add_argument("--out", required=True)
    f.add_argument("--C", type=float, default=0.1)
    f.add_argument("--seed", type=int, default=25)
    f.add_argument("--in-domain", action="store_true", help="also the pairs of the other folds' train-side articles "
                                                             "(round 26, h6)")
    c = sub.add_parser("compare")
    c.add_argument("--pairs", required=True, help="fit's --out")
    c.add_argument("--eval-rows", nargs="+", required=True)
    c.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    c.add_argument("--C", type=float, default=0.1)
    st = sub.add_parser("stack")
    st.add_argument("--pairs", required=True)
    st.add_argument("--eval-rows", nargs="+", required=True)
    st.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    st.add_argument("--C", type=float, default=0.1)
    sd = sub.add_parser("seed")
    sd.add_argument("--pairs", required=True, help="fit --folds models/checks_de's --out (the shipped vectors)")
    sd.add_argument("--text", default=str(ROOT / "newsgraph/data/samples/seed_de.txt"))
    args = ap.parse_args()
    {"fit": fit, "compare": compare, "stack": stack, "seed": seed}[args.cmd](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
