"""Plain-boundary errors on untouched text by kind, and the boundaries a segmenter setting moves
(issue #3, round 25, h11; de_core card "Round 25, plain boundaries").

The join census (segment_census.py) splits misses by the glued-join machinery; this one sorts the
errors of untouched text by what surrounds them: a gold start within 15 characters of a predicted
one (the two disagree on where, not whether), a table or score line (tabs, "3:1", "2 - 1"), a line
break with no end mark before it (headings, list keys, wrapped lines), a line start after an end
mark, abbreviations, ordinals "3.", quote marks, quotes-de's colon/semicolon convention, and the rest
("no punctuation"). Cached parses as segment_census.py (training/runs/segment_cache).

    python -m training.ud.segment_plain_kinds training/corpus/segment/quotes_train_plain.jsonl --show 'line break'
    python -m training.ud.segment_plain_kinds training/corpus/segment/gnad_plain.jsonl --diff newline_tag_continuation
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.eval import segment as es
from newsgraph.nlp import segment as sg
from training.ud.segment_census import cached_docs

_END = ".!?…"


def _kind(text: str, o: int, others: set[int], missed: bool) -> str:
    left = text[max(0, o - 60) : o]
    stripped = left.rstrip()
    a = text.rfind("\n", 0, o) + 1
    b = text.find("\n", o)
    line = text[a : len(text) if b < 0 else b]
    if any(abs(p - o) <= 15 for p in others if p != o):
        return "gold and predicted start within 15 characters"
    if re.search(r"\d\s*[:\-–]\s*\d|\t", line) or re.search(r"\(\d+:\d+\)", line):
        return "table/score line"
    if missed and stripped.endswith(":"):
        return "colon"
    if re.search(r"\n[ \t]*$", text[max(0, o - 10) : o]):
        if stripped[-1:] and stripped[-1:] not in _END + "“”\"»«)":
            return "line break, no end mark before (heading, list key, wrapped line)"
        return "line start after an end mark"
    m = re.search(r"(\S+)\s*$", left)
    w = m.group(1) if m else ""
    if w.endswith("."):
        core = w.rstrip(".")
        if core.isdigit():
            return "ordinal/number + period"
        if re.fullmatch(r"[A-Za-zÄÖÜäöü]{1,5}", core) or re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]?", core):
            return "abbreviation"
        return "period after a word"
    if any(q in left[-3:] + text[o : o + 2] for q in "„“”\"»«"):
        return "quote mark"
    if w[-1:] in "?!":
        return "? or !"
    return "no punctuation (mid-line)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--cache-dir", type=Path, default=Path("training/runs/segment_cache"))
    ap.add_argument("--show", action="append", default=[], help="print the errors of kinds containing this")
    ap.add_argument("--diff", default="", help="a boolean [de] switch of segment.toml: list the starts it moves")
    args = ap.parse_args(argv)
    rows = es.read_gold(args.file)
    docs = cached_docs(args.file, args.cache_dir, [r["text"] for r in rows])
    seg = sg.Segmenter("de")
    if args.diff:
        # both settings from the same file: the switch as read, and the switch flipped
        import tomllib

        cfg = tomllib.loads(sg.RULES_FILE.read_text("utf-8"))
        flipped = dict(cfg["de"], **{args.diff: not cfg["de"].get(args.diff, False)})
        other = sg.Segmenter("de")
        base = sg.rules_for.__wrapped__("de")
        cfg_rules = _rules_from(cfg, flipped)
        other.rules = dataclasses.replace(base, **{f.name: getattr(cfg_rules, f.name) for f in dataclasses.fields(base)})
        moved, flags = 0, [0, 0]
        for row, d0 in zip(rows, docs, strict=True):
            text = row["text"]
            x, y = seg(d0.copy()), other(d0.copy())
            sx, sy = {s[0].idx for s in x.sents}, {s[0].idx for s in y.sents}
            flags[0] += sum(1 for s in x.sents if s[0]._.glued)
            flags[1] += sum(1 for s in y.sents if s[0]._.glued)
            for o in sorted(sx ^ sy):
                moved += 1
                side = "flipped adds" if o in sy else "flipped drops"
                print(f"  {side} {row['id'][:25]}: …{text[max(0, o - 60):o]!r} | {text[o:o + 30]!r}")
        print(f"{args.file.name}: {moved} starts moved by flipping {args.diff}; glued flags as read / flipped {flags}")
        return 0
    kinds, shown = Counter(), defaultdict(list)
    for row, d0 in zip(rows, docs, strict=True):
        text = row["text"]
        doc = seg(d0.copy())
        gold = {es._norm(text, s["start"]) for s in row["sentences"]}
        gold -= {min(gold)}
        pred = {es._norm(text, s[0].idx) for s in doc.sents if not all(t.is_space for t in s)}
        pred -= {min(pred, default=0)}
        gold.discard(len(text))
        pred.discard(len(text))
        for o in gold - pred:
            k = ("missed: colon/semicolon (quotes-de convention)" if es.optional_boundary(text, o, ":;")
                 else "missed: " + _kind(text, o, pred - gold, True))
            kinds[k] += 1
            shown[k].append((row["id"][:20], text[max(0, o - 60) : o], text[o : o + 35]))
        for o in pred - gold:
            k = "false: " + _kind(text, o, gold - pred, False)
            kinds[k] += 1
            shown[k].append((row["id"][:20], text[max(0, o - 60) : o], text[o : o + 35]))
    for k, v in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {v:5d}  {k}")
    for want in args.show:
        for k in kinds:
            if want in k:
                print("==", k)
                for doc_id, left, right in shown[k]:
                    print(f"  {doc_id}: …{left!r} | {right!r}")
    return 0


def _rules_from(cfg: dict, own: dict) -> sg.Rules:
    """rules_for's reading of segment.toml with the [de] table replaced (no file written)."""
    import unittest.mock

    patched = dict(cfg, de=own)
    with unittest.mock.patch.object(sg.tomllib, "loads", return_value=patched):
        return sg.rules_for.__wrapped__("de")


if __name__ == "__main__":
    raise SystemExit(main())
