"""Error analysis for the German quotation extractor on quotes-de (train or dev).

    python training/quotes/error_analysis.py /work/shared/data/quotes-de/data/train --limit 150 \
        --cache /tmp/qcache_train.spacy --out /tmp/qerr_train.txt

Parses each article once (cached as a DocBin, so rule changes re-score in seconds), runs
``extract_quotes``, scores with ``newsgraph.eval.quotes`` and writes the gold cues and
speakers the extractor missed, with their sentence, plus the most frequent missed cue
words and gold quote types. Also prints the gold cue lemma table (frequency as a cue,
and how often that word is a cue when it occurs) that the cue lexicon is checked against.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newsgraph.eval.quotes import Scores, gold_groups, predict_groups, read_dir, report, score_doc


def _docs(gold, cache: str | None):
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage

    nlp = nlp_stage.load("de")
    if cache and Path(cache).exists():
        db = DocBin().from_disk(cache)
        by_text = {d.text: d for d in db.get_docs(nlp.vocab)}
        if all(g.text in by_text for g in gold):
            return [by_text[g.text] for g in gold]
    docs = [nlp(g.text) for g in gold]
    if cache and not Path(cache).exists():
        # a cache is written whole once, never replaced by a --limit subset
        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


def analysis_args(ap: argparse.ArgumentParser, examples: int) -> None:
    """The options the error-table scripts share: the gold directory, a parse cache, a document
    limit, cross-fitted fold taggers (train only), examples per kind and A/B settings (set_option)."""
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--folds", default=None, help="directory of fold taggers (train only)")
    ap.add_argument("--fold-count", type=int, default=2)
    ap.add_argument("--examples", type=int, default=examples)
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=VALUE (see set_option)")


def set_option(kv: str) -> None:
    """An A/B switch from the command line: KEY=VALUE sets claims.toml [model] KEY, SECTION.KEY=VALUE
    any section's key; true/false are booleans, [] an empty list, an int an int. KEY+=a,b appends
    words to a list ("de.indirect_lemmas+=fürchten,planen"), KEY-=a,b removes them."""
    from newsgraph.extract.quotes_features import config

    k, v = kv.split("=", 1)
    if k.endswith("-"):
        sec, _, key = k[:-1].rpartition(".")
        d = config().setdefault(sec or "model", {})
        drop = {w for w in v.split(",") if w}
        d[key] = [w for w in d.get(key, []) if w not in drop]
        return
    if k.endswith("+"):
        sec, _, key = k[:-1].rpartition(".")
        d = config().setdefault(sec or "model", {})
        d[key] = list(d.get(key, [])) + [w for w in v.split(",") if w]
        return
    sec, _, key = k.rpartition(".")
    val: object = v
    if v.lower() in ("true", "false"):
        val = v.lower() == "true"
    elif v == "[]":
        val = []
    elif v.lstrip("-").isdigit():
        val = int(v)
    config().setdefault(sec or "model", {})[key] = val


class _Cached:
    """Stands in for the nlp pipeline: returns the cached parse of the text."""

    def __init__(self, docs):
        self.by_text = {d.text: d for d in docs}

    def __call__(self, text):
        return self.by_text[text]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--out", default="/tmp/qerr.txt")
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=true|false for an A/B run")
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    gold = read_dir(args.dir, args.limit)
    nlp = _Cached(_docs(gold, args.cache))
    scores = Scores()
    missed_cue, missed_types = Counter(), Counter()
    lines = []
    for g in gold:
        sys_g = predict_groups(g, nlp)
        gg = gold_groups(g)
        score_doc(scores, sys_g, gg)
        sdoc = nlp(g.text)
        pred_cue = {t for s in sys_g for t in s.roles["cue"]}
        pred_spk = {t for s in sys_g for t in s.roles["speaker"]}
        pred_msg = {t for s in sys_g for t in s.roles["quote"]}
        for q in g.quotes:
            if q["nested"]:
                continue
            cue_t = q["cue"]
            if not set(q["quote"]) & pred_msg:
                missed_types[q["type"]] += 1
            for role, pred in (("cue", pred_cue), ("speaker", pred_spk)):
                ids = q[role]
                if not ids or set(ids) & pred:
                    continue
                a, b = g.tokens[ids[0]][0], g.tokens[ids[-1]][1]
                text = " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in ids)
                if role == "cue":
                    missed_cue[text.lower()] += 1
                span = sdoc.char_span(a, b, alignment_mode="expand")
                sent = span.sent.text if span is not None else ""
                cue_text = " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in cue_t)
                lines.append(f"{role}\t{q['type']}\t[{text}]\tcue=[{cue_text}]\tfound_msg={bool(set(q['quote']) & pred_msg)}\t{sent}")
    report(scores, len(gold))
    Path(args.out).write_text("\n".join(lines) + "\n", "utf-8")
    print("\nmissed quote types:", dict(missed_types.most_common()))
    print("most frequent missed cues:", missed_cue.most_common(40))
    return 0


if __name__ == "__main__":
    sys.exit(main())
