"""Score a fold run's step snapshots end to end with `newsgraph eval ud` (issue #3, round 20).

A run made with `training.ud.train --snapshot-every N` (training.ud.checkpoints) holds
RUN/checkpoints.jsonl (spaCy's dev scores and CPU seconds per evaluation) and RUN/snapshots/step-N.
This scores every snapshot not yet scored, and model-best, with the fold's eval command (raw text,
our segmenter, mood rules, the fold's HanTa table), appends the figures to RUN/eval_ud.jsonl and
prints one table row per step: UPOS, Mood, UAS, LAS end to end next to spaCy's own dev LAS.

    python -m training.ud.score_snapshots training/runs/h3/foldA-vec-s1 --fold A
    python -m training.ud.score_snapshots training/runs/h3/foldB-vec-s1 --fold B

For decision figures run it with PYTHONPATH pointing at a clean `git archive` of HEAD: the eval is
a subprocess of `python -m newsgraph.eval.ud`, so it uses whichever newsgraph that path holds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDS = {  # fold -> (scored file in the shared UD directory, HanTa table the fold's figures use)
    "A": ("de_gsd-ud-dev.conllu", "table-for-A.json"),
    "B": ("de_gsd-ud-test.conllu", "table-for-B.json"),
}
KEYS = ("upos", "xpos", "feats", "lemma", "uas", "las")


def _shared() -> Path:
    return Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def parse(out: str) -> dict:
    """The figures `newsgraph eval ud` prints, as a dict."""
    scores = {}
    for k in KEYS:
        m = re.search(rf"^{k}\s+([0-9.]+)$", out, re.M)
        if m:
            scores[k] = float(m.group(1))
    m = re.search(r"^mood \(finite verbs, n=(\d+)\) ([0-9.]+)$", out, re.M)
    if m:
        scores["mood_n"], scores["mood"] = int(m.group(1)), float(m.group(2))
    m = re.search(r"F1 ([0-9.]+)$", out, re.M)
    if m:
        scores["sent_f"] = float(m.group(1))
    return scores


def score(model: Path, fold: str) -> dict:
    gold, table = FOLDS[fold]
    tables = Path(__import__("newsgraph").__file__).resolve().parents[1] / "training" / "ud" / "hanta_tables"
    cmd = [sys.executable, "-m", "newsgraph.eval.ud", str(_shared() / "data" / "ud-de" / gold),
           "--model", str(model), "--hanta-table", str(tables / table)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return parse(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path, help="run directory of training.ud.train --snapshot-every")
    ap.add_argument("--fold", choices=sorted(FOLDS), required=True)
    args = ap.parse_args(argv)
    run = args.run.resolve()
    done_path = run / "eval_ud.jsonl"
    done = {}
    if done_path.exists():
        for line in done_path.read_text("utf-8").splitlines():
            row = json.loads(line)
            done[(row["model"], row["mtime"])] = row
    spacy_las = {}
    if (run / "checkpoints.jsonl").exists():
        for line in (run / "checkpoints.jsonl").read_text("utf-8").splitlines():
            row = json.loads(line)
            spacy_las[row["step"]] = row
    models = sorted((run / "snapshots").glob("step-*"), key=lambda p: int(p.name.split("-")[1])) \
        if (run / "snapshots").exists() else []
    if (run / "model-best" / "meta.json").exists():
        models.append(run / "model-best")
    rows = []
    for model in models:
        mtime = int((model / "meta.json").stat().st_mtime)
        key = (model.name, mtime)
        if key not in done:
            row = {"model": model.name, "mtime": mtime, **score(model, args.fold)}
            with done_path.open("a", encoding="utf-8") as f:
                f.write(json.dumps(row) + "\n")
            done[key] = row
        rows.append(done[key])
    print("| model | UPOS | Mood | UAS | LAS | spaCy dev LAS | epoch | CPU s |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        if row["model"].startswith("step-"):
            ck = spacy_las.get(int(row["model"].split("-")[1]), {})
        else:  # model-best: the step spaCy picked, from its meta.json's scores
            meta = json.loads((run / row["model"] / "meta.json").read_text("utf-8"))
            perf = meta.get("performance", {})
            same = ("dep_las", "dep_uas", "tag_acc", "morph_acc", "lemma_acc")
            ck = next((c for c in spacy_las.values()  # meta.json rounds to 10 digits
                       if all(abs(c.get(k, -1) - perf.get(k, -2)) < 1e-6 for k in same)), {})
        name = row["model"] + (f" (= step {ck['step']})" if ck and not row["model"].startswith("step-") else "")
        print(f"| {name} | {row['upos']:.4f} | {row['mood']:.4f} | {row['uas']:.4f} | {row['las']:.4f} | "
              f"{100 * ck.get('dep_las', float('nan')):.2f} | {ck.get('epoch', '')} | {ck.get('cpu_s', '')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
