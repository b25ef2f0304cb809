"""Score quotation extraction on the quotes-de format (Petersen-Frey & Biemann 2024).

    newsgraph eval quotes DIR [--write PRED_DIR] [--limit N] [--lang de]
    python -m newsgraph.eval.quotes /work/shared/data/quotes-de/data/dev

DIR holds one JSON file per article (``originalText``, ``tokens``, ``annotations``). The
extractor of ``extract.claims`` runs on ``originalText``; predicted character spans are
mapped onto the dataset's tokens, and predicted quotes are paired with gold quotes by the
same Hungarian assignment as the dataset's ``eval/eval.py`` (message token-overlap F1 with
a small bonus for the same type). Reported:

* overlap F1 per role (message, cue, speaker, addressee): token-level micro P/R/F1 over
  paired quotes, unpaired quotes counting all their tokens as FP/FN (eval.py's tp/fp/fn);
* exact F1 per role: a role counts as correct only when its token set equals the gold one;
* per quote type: message overlap P/R/F1 and quote recall (gold quotes of that type paired
  with a prediction sharing at least one message token);
* speaker attribution accuracy: of paired gold quotes with a speaker, how many got a
  predicted speaker overlapping it;
* eval.py's own macro "Messages(F1)" and "Roles(F1)" figures, computed the same way, so
  the two scripts can be checked against each other on ``--write`` output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

ROLES = ("quote", "cue", "speaker", "addressee")
# eval.py also scores the frame ("sagte der Sprecher"); we do not predict it, so it only enters
# the eval.py-style Roles figure, as eval.py counts it
FRAME = "frame"
# the medium (speech/thought/writing) is not predicted; predictions carry this one, as written
PRED_MEDIUM = "Speech"
TYPES = ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")


@dataclass
class GoldDoc:
    name: str
    text: str
    tokens: list[tuple[int, int]]  # char offsets per token id
    quotes: list[dict]  # role -> sorted token ids, plus "type", "nested", "chars" (role -> char spans)


@dataclass
class Group:
    roles: dict[str, list[int]]
    form: str | None
    nested: bool = False
    medium: str | None = None
    extra: dict = field(default_factory=dict)


def _char_spans(ann: dict | None) -> list[tuple[int, int]]:
    if not ann:
        return []
    return [(s["charBegin"], s["charEnd"]) for s in ann.get("spans", [])]


def read_doc(path: str | Path) -> GoldDoc:
    js = json.loads(Path(path).read_text("utf-8"))
    toks = [(t["charBegin"], t["charEnd"]) for t in js["tokens"]]
    quotes = []
    for a in js["annotations"]:
        q = {r: sorted(set((a.get(r) or {}).get("tokenIds", []))) for r in ROLES + (FRAME,)}
        q["type"] = a.get("type")
        q["medium"] = a.get("medium")
        q["nested"] = bool(a.get("isNested", False))
        q["chars"] = {r: _char_spans(a.get(r)) for r in ROLES}
        quotes.append(q)
    return GoldDoc(js["documentName"], js["originalText"], toks, quotes)


def read_dir(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    files = sorted(f for f in os.listdir(path) if f.endswith(".json"))
    if limit:
        files = files[:limit]
    return [read_doc(Path(path) / f) for f in files]


def chars_to_tokens(spans: list[tuple[int, int]], tokens: list[tuple[int, int]]) -> list[int]:
    ids = set()
    for s, e in spans:
        for i, (ts, te) in enumerate(tokens):
            if ts < e and s < te:
                ids.add(i)
    return sorted(ids)


# --- scoring -----------------------------------------------------------------------------

def _overlap_f1(gold: list[int], sys_: list[int]) -> float:
    g, s = set(gold), set(sys_)
    both = len(g & s)
    if not both:
        return 0.0
    p, r = both / len(s), both / len(g)
    return 2 * p * r / (p + r)


def assign(sys_groups: list[Group], gold_groups: list[Group]) -> list[tuple[int, int]]:
    """Pairs (sys index, gold index) as eval.py's assign_messages makes them."""
    if not sys_groups or not gold_groups:
        return []
    scores = np.zeros((len(gold_groups), len(sys_groups)))
    for i, gg in enumerate(gold_groups):
        for j, gs in enumerate(sys_groups):
            ov = _overlap_f1(gg.roles["quote"], gs.roles["quote"])
            bonus = 0.01 if ov > 0 and gg.form == gs.form else 0.0
            # eval.py's second tie-breaker: the same medium
            bonus += 0.001 if ov > 0 and gg.medium == gs.medium else 0.0
            scores[i, j] = ov + bonus
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return [(int(c), int(r)) for r, c in zip(rows, cols)]


class Scores:
    def __init__(self) -> None:
        self.tp: dict[str, int] = defaultdict(int)
        self.fp: dict[str, int] = defaultdict(int)
        self.fn: dict[str, int] = defaultdict(int)
        self.etp: dict[str, int] = defaultdict(int)
        self.efp: dict[str, int] = defaultdict(int)
        self.efn: dict[str, int] = defaultdict(int)
        self.type_found: dict[str, int] = defaultdict(int)
        self.type_total: dict[str, int] = defaultdict(int)
        self.type_pred: dict[str, int] = defaultdict(int)
        self.type_pred_hit: dict[str, int] = defaultdict(int)
        self.ttp: dict[str, int] = defaultdict(int)
        self.tfp: dict[str, int] = defaultdict(int)
        self.tfn: dict[str, int] = defaultdict(int)
        self.form_ok = 0
        self.form_pairs = 0
        self.spk_ok = 0
        self.spk_total = 0
        # eval.py macro: per paired/unpaired group precision & recall per role
        self.macro_p: dict[str, list[float]] = defaultdict(list)
        self.macro_r: dict[str, list[float]] = defaultdict(list)

    def add_pair(self, s: Group | None, g: Group | None) -> None:
        empty = Group({r: [] for r in ROLES}, None)
        s = s or empty
        g = g or empty
        for role in ROLES + (FRAME,):
            gs, ss = set(g.roles.get(role, [])), set(s.roles.get(role, []))
            tp, fp, fn = len(gs & ss), len(ss - gs), len(gs - ss)
            if role == FRAME:
                if tp + fp:
                    self.macro_p[role].append(tp / (tp + fp))
                if tp + fn:
                    self.macro_r[role].append(tp / (tp + fn))
                continue
            self.tp[role] += tp
            self.fp[role] += fp
            self.fn[role] += fn
            if tp + fp:
                self.macro_p[role].append(tp / (tp + fp))
            if tp + fn:
                self.macro_r[role].append(tp / (tp + fn))
            if ss and gs and ss == gs:
                self.etp[role] += 1
            else:
                if ss:
                    self.efp[role] += 1
                if gs:
                    self.efn[role] += 1
        gq, sq = set(g.roles["quote"]), set(s.roles["quote"])
        if g.form:
            self.type_total[g.form] += 1
            self.ttp[g.form] += len(gq & sq)
            self.tfn[g.form] += len(gq - sq)
            if gq & sq:
                self.type_found[g.form] += 1
        if s.form:
            self.type_pred[s.form] += 1
            self.tfp[s.form] += len(sq - gq)
            if gq & sq and s.form == g.form:
                self.type_pred_hit[s.form] += 1
        if g.form and s.form and gq & sq:
            self.form_pairs += 1
            self.form_ok += g.form == s.form
        if g.roles["speaker"] and gq & sq:
            self.spk_total += 1
            self.spk_ok += bool(set(g.roles["speaker"]) & set(s.roles["speaker"]))

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def overlap(self, role: str) -> tuple[float, float, float]:
        return self.prf(self.tp[role], self.fp[role], self.fn[role])

    def exact(self, role: str) -> tuple[float, float, float]:
        return self.prf(self.etp[role], self.efp[role], self.efn[role])

    def evalpy_macro(self) -> dict[str, float]:
        """eval.py's Messages(F1)/Roles(F1) over the roles we share with it (frame aside)."""
        def f(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        mp = sum(self.macro_p["quote"]) / max(1, len(self.macro_p["quote"]))
        mr = sum(self.macro_r["quote"]) / max(1, len(self.macro_r["quote"]))
        rp_vals = [v for r in ROLES[1:] for v in self.macro_p[r]]
        rr_vals = [v for r in ROLES[1:] for v in self.macro_r[r]]
        rp = sum(rp_vals) / max(1, len(rp_vals))
        rr = sum(rr_vals) / max(1, len(rr_vals))
        # eval.py's own Roles figure: the frame counts too (its role lists: addressee, cue, frame, speaker)
        fp_vals = rp_vals + self.macro_p[FRAME]
        fr_vals = rr_vals + self.macro_r[FRAME]
        fp_ = sum(fp_vals) / max(1, len(fp_vals))
        fr_ = sum(fr_vals) / max(1, len(fr_vals))
        return {"msg_p": mp, "msg_r": mr, "msg_f1": f(mp, mr), "roles_p": rp, "roles_r": rr, "roles_f1": f(rp, rr),
                "roles_frame_p": fp_, "roles_frame_r": fr_, "roles_frame_f1": f(fp_, fr_)}


def score_doc(scores: Scores, sys_groups: list[Group], gold_groups: list[Group]) -> None:
    pairs = assign(sys_groups, gold_groups)
    used_s = {s for s, _ in pairs}
    used_g = {g for _, g in pairs}
    for si, gi in pairs:
        scores.add_pair(sys_groups[si], gold_groups[gi])
    for si in range(len(sys_groups)):
        if si not in used_s:
            scores.add_pair(sys_groups[si], None)
    for gi in range(len(gold_groups)):
        if gi not in used_g:
            scores.add_pair(None, gold_groups[gi])


def gold_groups(doc: GoldDoc) -> list[Group]:
    return [Group({r: q[r] for r in ROLES + (FRAME,)}, q["type"], q["nested"], q["medium"]) for q in doc.quotes]


def predict_groups(doc: GoldDoc, nlp, lang: str = "de") -> list[Group]:
    from ..extract.quotes import extract_quotes

    return quote_groups(doc, extract_quotes(nlp(doc.text), lang))


def quote_groups(doc: GoldDoc, quotes: list, extra=None) -> list[Group]:
    """Extracted quotes as the scorer's groups on ``doc``'s tokens (a quote with no message token is none);
    ``extra(quote)`` fills a group's ``extra`` for the analysis scripts, which score saved or edited quotes."""
    out = []
    for q in quotes:
        roles = {r: chars_to_tokens(q.message if r == "quote" else getattr(q, r), doc.tokens) for r in ROLES}
        if roles["quote"]:
            out.append(Group(roles, q.mode, q.nested, PRED_MEDIUM, extra(q) if extra else {}))
    return out


def write_prediction(path: Path, doc: GoldDoc, groups: list[Group]) -> None:
    anns = []
    for i, g in enumerate(groups):
        a = {r: {"tokenIds": list(g.roles[r]), "spans": [], "text": ""} for r in ROLES}
        a["frame"] = {"tokenIds": [], "spans": [], "text": ""}
        # eval.py needs some medium (speech/thought/writing); we do not predict it
        a.update(id=i, type=g.form, medium=g.medium or PRED_MEDIUM, isNested=g.nested, hasNested=False)
        anns.append(a)
    path.write_text(json.dumps({"documentName": doc.name, "annotations": anns}, ensure_ascii=False), "utf-8")


def report(scores: Scores, n_docs: int, out=sys.stdout) -> dict:
    res: dict = {"docs": n_docs}
    w = out.write
    w(f"quotes-de evaluation over {n_docs} articles\n")
    w(f"{'role':<10} {'overlap P':>9} {'R':>6} {'F1':>6}   {'exact P':>7} {'R':>6} {'F1':>6}\n")
    for role in ROLES:
        op, orr, of = scores.overlap(role)
        ep, er, ef = scores.exact(role)
        name = "message" if role == "quote" else role
        w(f"{name:<10} {op:9.3f} {orr:6.3f} {of:6.3f}   {ep:7.3f} {er:6.3f} {ef:6.3f}\n")
        res[name] = {"overlap": {"p": op, "r": orr, "f1": of}, "exact": {"p": ep, "r": er, "f1": ef}}
    w("\nper quote type (message tokens; quote recall = gold quotes paired with an overlapping prediction)\n")
    w(f"{'type':<22} {'gold':>5} {'pred':>5} {'quote R':>8} {'tok P':>6} {'tok R':>6} {'tok F1':>6}\n")
    res["types"] = {}
    for t in TYPES:
        p, r, f = scores.prf(scores.ttp[t], scores.tfp[t], scores.tfn[t])
        qr = scores.type_found[t] / scores.type_total[t] if scores.type_total[t] else 0.0
        w(f"{t:<22} {scores.type_total[t]:5d} {scores.type_pred[t]:5d} {qr:8.3f} {p:6.3f} {r:6.3f} {f:6.3f}\n")
        res["types"][t] = {"gold": scores.type_total[t], "pred": scores.type_pred[t], "quote_recall": qr,
                           "p": p, "r": r, "f1": f}
    acc = scores.spk_ok / scores.spk_total if scores.spk_total else 0.0
    facc = scores.form_ok / scores.form_pairs if scores.form_pairs else 0.0
    w(f"\nspeaker attribution accuracy: {acc:.3f} ({scores.spk_ok}/{scores.spk_total} found quotes with a gold speaker)\n")
    w(f"quote type accuracy on found quotes: {facc:.3f}\n")
    m = scores.evalpy_macro()
    w(f"eval.py-style macro: Messages(F1) {m['msg_f1']:.4f} (P {m['msg_p']:.4f} R {m['msg_r']:.4f}); "
      f"Roles(F1) {m['roles_f1']:.4f} without frame, {m['roles_frame_f1']:.4f} with it (eval.py's figure; "
      f"frame not predicted)\n")
    res.update(speaker_accuracy=acc, type_accuracy=facc, evalpy=m)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval quotes", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", help="directory of quotes-de JSON files (e.g. quotes-de/data/dev)")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--write", default=None, help="also write predictions in eval.py's input format here")
    ap.add_argument("--json", default=None, help="write the figures as JSON to this file")
    args = ap.parse_args(argv)
    from .. import nlp as nlp_stage

    nlp = nlp_stage.load(args.lang)
    docs = read_dir(args.dir, args.limit)
    scores = Scores()
    if args.write:
        Path(args.write).mkdir(parents=True, exist_ok=True)
    for i, d in enumerate(docs):
        sys_g = predict_groups(d, nlp, args.lang)
        score_doc(scores, sys_g, gold_groups(d))
        if args.write:
            write_prediction(Path(args.write) / f"{i:04d}.json", d, sys_g)
    res = report(scores, len(docs))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
