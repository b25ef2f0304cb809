"""Segmentation test sets, with and without glued sentences, from real German text.

Glued variants join two adjacent sentences by deleting the period between them (what
scrapers and machine translation leave behind: "… müsse Wichtige Sicherheitsbedenken …").
Output is JSON lines ``{"id", "text", "sentences": [{"start", "glued", "last"}]}`` for
``newsgraph.eval.segment``; ``last`` is the gold UPOS + VerbForm of the word before a glued
join, so recall can be split by what the first sentence ends with.

* ``ud_plain`` / ``ud_glued``: UD German-GSD dev + test, 10 sentences per document joined by
  spaces, one join per document (gold boundaries from the treebank);
* ``quotes_plain`` / ``quotes_glued``: quotes-de dev articles with their sentence annotation,
  two joins per article;
* ``gnad_plain``: 10kGNAD articles without gold sentences (``sentences`` null), to count
  false glued boundaries on untouched news;
* ``quotes_train_plain`` / ``quotes_train_glued`` (``--quotes-train``): the same from quotes-de
  train, the side to read new glued rules off;
* ``gnad_silver_glued`` (``--gnad-silver N``): N 10kGNAD articles, two joins each, against our
  own segmentation of the untouched text.

    python -m training.ud.glued_data --out training/corpus/segment
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

from .convert import SHARED, UD_DIR

QUOTES_DEV = SHARED / "data" / "quotes-de" / "data" / "dev"
QUOTES_TRAIN = SHARED / "data" / "quotes-de" / "data" / "train"
GNAD = SHARED / "data" / "corpora" / "10kgnad" / "test.csv"


def _ud_sentences() -> list[tuple[str, str]]:
    """(text, "UPOS/VerbForm" of the last word before the final period)."""
    out = []
    for f in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
        text, rows = None, []
        for line in (UD_DIR / f).read_text("utf-8").splitlines() + [""]:
            if line.startswith("# text = "):
                text = line[9:]
            elif not line.strip():
                if text and rows:
                    words = [r for r in rows if "-" not in r[0] and "." not in r[0]]
                    last = ""
                    if len(words) >= 2 and words[-1][1] == ".":
                        w = words[-2]
                        vf = next((x[9:] for x in w[5].split("|") if x.startswith("VerbForm=")), "")
                        last = f"{w[3]}/{vf}" if vf else w[3]
                    out.append((text, last))
                text, rows = None, []
            elif not line.startswith("#"):
                rows.append(line.split("\t"))
    return out


def _glue(text: str, starts: list[int], k: int) -> tuple[str, list[int]]:
    """Delete the period ending sentence k-1 (just before ``starts[k]``)."""
    end = text.rstrip()[: starts[k]].rstrip()
    cut = len(end) - 1
    assert text[cut] == "."
    new = text[:cut] + text[cut + 1 :]
    return new, [s - 1 if s > cut else s for s in starts]


def _candidates(text: str, starts: list[int]) -> list[int]:
    out = []
    for k in range(1, len(starts)):
        before = text[: starts[k]].rstrip()
        first = text[starts[k] : starts[k] + 1]
        gap = text[len(before) : starts[k]]
        # Same paragraph only: after a line break the boundary is still visible.
        if (
            gap == " "
            and before.endswith(".")
            and not before.endswith("..")
            and first.isupper()
            and before[-2:-1].isalpha()
        ):
            out.append(k)
    return out


def _record(id_: str, text: str, starts: list[int], glued: set[int], lasts: dict[int, str]) -> dict:
    return {
        "id": id_,
        "text": text,
        "sentences": [
            {"start": s, "glued": k in glued, **({"last": lasts[k]} if k in lasts else {})}
            for k, s in enumerate(starts)
        ],
    }


def ud_sets(rng: random.Random) -> tuple[list[dict], list[dict]]:
    sents = _ud_sentences()
    plain, glued = [], []
    for c in range(0, len(sents), 10):
        chunk = sents[c : c + 10]
        text = " ".join(t for t, _ in chunk)
        starts, p = [], 0
        for t, _ in chunk:
            starts.append(p)
            p += len(t) + 1
        plain.append(_record(f"ud-{c}", text, starts, set(), {}))
        cands = [k for k in _candidates(text, starts) if chunk[k - 1][1]]
        if cands:
            k = rng.choice(cands)
            gtext, gstarts = _glue(text, starts, k)
            glued.append(_record(f"ud-{c}-g{k}", gtext, gstarts, {k}, {k: chunk[k - 1][1]}))
    return plain, glued


def quotes_sets(rng: random.Random, joins: int = 2, src: Path = QUOTES_DEV) -> tuple[list[dict], list[dict]]:
    plain, glued = [], []
    for f in sorted(src.glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        text = d["originalText"]
        starts = sorted({s["charBegin"] for s in d["sentences"]})
        plain.append(_record(f.stem[:40], text, starts, set(), {}))
        cands = _candidates(text, starts)
        chosen = sorted(rng.sample(cands, min(joins, len(cands))), reverse=True)
        gtext, gstarts = text, starts
        for k in chosen:  # from the end, so earlier offsets stay valid
            gtext, gstarts = _glue(gtext, gstarts, k)
        glued.append(_record(f.stem[:40] + "-g", gtext, gstarts, set(chosen), {}))
    return plain, glued


def gnad_set() -> list[dict]:
    with GNAD.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
    return [{"id": f"gnad-{i}", "text": r[1], "sentences": None} for i, r in enumerate(rows) if len(r) == 2]


def gnad_silver_sets(rng: random.Random, n: int, joins: int = 2) -> tuple[list[dict], list[dict]]:
    """10kGNAD has no sentence annotation: our own segmentation of the untouched article is the
    reference, so this measures how well a join is recovered, not absolute accuracy."""
    from newsgraph.nlp import load

    nlp = load("de")
    plain, glued = [], []
    recs = gnad_set()[:n]
    for rec, doc in zip(recs, nlp.pipe([r["text"] for r in recs], batch_size=16), strict=True):
        text = rec["text"]
        starts = [s[0].idx for s in doc.sents if not all(t.is_space for t in s)]
        plain.append(_record(rec["id"], text, starts, set(), {}))
        cands = _candidates(text, starts)
        chosen = sorted(rng.sample(cands, min(joins, len(cands))), reverse=True)
        gtext, gstarts = text, starts
        for k in chosen:
            gtext, gstarts = _glue(gtext, gstarts, k)
        glued.append(_record(rec["id"] + "-g", gtext, gstarts, set(chosen), {}))
    return plain, glued


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("training/corpus/segment"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--gnad-silver", type=int, default=0,
                    help="also glue N 10kGNAD articles against our own segmentation (needs models/de_core)")
    ap.add_argument("--quotes-train", action="store_true",
                    help="also write quotes_train_plain/glued from quotes-de train (for reading rules off)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    ud_plain, ud_glued = ud_sets(rng)
    q_plain, q_glued = quotes_sets(rng)
    sets = [("ud_plain", ud_plain), ("ud_glued", ud_glued), ("quotes_plain", q_plain),
            ("quotes_glued", q_glued), ("gnad_plain", gnad_set())]
    if args.quotes_train:
        # A train-side twin of quotes_glued to read new glued rules off, so that quotes-de dev
        # stays a check (own generator, so the dev and 10kGNAD sets above are unchanged).
        t_plain, t_glued = quotes_sets(random.Random(args.seed), src=QUOTES_TRAIN)
        sets += [("quotes_train_plain", t_plain), ("quotes_train_glued", t_glued)]
    if args.gnad_silver:
        g_plain, g_glued = gnad_silver_sets(rng, args.gnad_silver)
        sets += [("gnad_silver_plain", g_plain), ("gnad_silver_glued", g_glued)]
    for name, recs in sets:
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(recs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
