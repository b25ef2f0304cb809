"""Round 27, late (d1; issue #7): how often a short head noun (a stem key of 3 letters or fewer: "Uhr", "Rat", "Ei") has an
earlier word ending in it, and whether ``Antecedents.short_head``'s guard (the rest a known part) would take it up.

Two counts per set, read by hand afterwards (checks_de card, "Round 27, late"):
  candidates: the definite NPs ``dangling.unresolved`` gives no antecedent by the old test (as the stage runs them, from
              sentence ``skip_first_sentences`` on), whose noun key is short and ends an earlier key;
  mentions:   every noun with a short key in the articles, against the earlier keys ending in it (how often such a suffix
              match is a compound of the head at all).
Sets: the articles of ``newsgraph eval checks --split quotes-dev`` / ``--split gnad`` (every generated copy, seed 13,
generator 3, each distinct text once) and tests/data/checks_dangling_real.jsonl (its articles, cut copies included).

    OMP_NUM_THREADS=1 python training/checks/dangling_short_heads.py quotes-dev gnad real > census.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.dangling import SHORT_HEAD, Antecedents, unresolved  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.vectors import stem  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402


def texts(name: str) -> list[tuple[str, str]]:
    if name == "real":
        from dangling_real import _cut, cut_text, sent_spans, sources  # noqa: I001  (same directory)

        rows = [json.loads(x) for x in (ROOT / "tests/data/checks_dangling_real.jsonl").read_text("utf-8").splitlines() if x.strip()]
        src = dict(sources())
        nlp = _cached_nlp(nlp_stage.load("de"))
        out = []
        for art, cut in sorted({(r["article"], _cut(r)) for r in rows}, key=lambda x: (x[0], x[1] or ())):
            t = src[art]
            if cut is not None:
                t = cut_text(t, sent_spans(tag_doc(nlp(t))), list(cut))
            out.append((f"{art} cut {list(cut) if cut else None}", t))
        return out
    from newsgraph.checks.perturb import generate

    seen, out = set(), []
    for s in generate(name, 13, None, 3):
        if s.text not in seen:
            seen.add(s.text)
            out.append((s.id, s.text))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", help="quotes-dev, gnad, real")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    nlp = _cached_nlp(nlp_stage.load("de"))
    checks = ArticleChecks()
    lex = checks.vectors.index
    skip = checks.cfg["dangling"].get("skip_first_sentences", 1)
    for name in args.sets:
        arts = texts(name)
        n_cand = n_short = 0
        cand_rows, mention_rows = [], []
        for aid, text in arts:
            sents = tag_doc(nlp(text))
            for c, has in unresolved(sents, checks.synonyms, skip):
                n_cand += 1
                k = stem(c.noun.text.replace("-", ""))
                if has or len(k) > SHORT_HEAD:
                    continue
                n_short += 1
                ante = Antecedents(checks.synonyms, lex)
                for toks in sents[:c.sent]:
                    ante.add_sentence(toks)
                ends = sorted(e for e in ante.keys if e != k and e.endswith(k))
                if ends:
                    cand_rows.append((aid, c.sent, c.noun.text, ante.short_head(k),
                                      [(e, ante._known_part(e[:-len(k)])) for e in ends]))
            ante = Antecedents(checks.synonyms, lex)
            for toks in sents:
                for t in toks:
                    if t.is_noun:
                        k = stem(t.text.replace("-", ""))
                        if len(k) <= SHORT_HEAD and k not in ante.keys:
                            ends = sorted(e for e in ante.keys if e.endswith(k) and len(e) > len(k))
                            if ends:
                                mention_rows.append((aid, t.text, [(e, len(k) == SHORT_HEAD and len(e) - len(k) >= SHORT_HEAD
                                                                    and ante._known_part(e[:-len(k)])) for e in ends]))
                ante.add_sentence(toks)
        print(f"== {name}: {len(arts)} distinct texts, {n_cand} candidates, {n_short} short-key candidates without an "
              f"antecedent by the old test, {len(cand_rows)} of them with an earlier key ending in the head "
              f"({sum(r[3] for r in cand_rows)} taken up by the guard)")
        for aid, si, noun, took, ends in cand_rows:
            print(f"  CAND {'TAKEN' if took else 'kept '} {noun!r} sent {si} {aid[:60]}: " +
                  ", ".join(f"{e}{'+' if ok else '-'}" for e, ok in ends))
        print(f"  mentions: {len(mention_rows)} short-key nouns with an earlier key ending in them "
              f"(first mention of the key), {sum(any(ok for _, ok in r[2]) for r in mention_rows)} taken by the guard")
        for aid, noun, ends in mention_rows:
            print(f"  MENT {'TAKEN' if any(ok for _, ok in ends) else 'kept '} {noun!r} {aid[:50]}: " +
                  ", ".join(f"{e}{'+' if ok else '-'}" for e, ok in ends))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
