"""Why a found quote has no speaker (or a wrong one): candidate recall and loss classes of the speaker linker.

    python training/quotes/speaker_reach.py /work/shared/data/quotes-de/data/dev --cache /tmp/r12/qcache_dev.spacy
    python training/quotes/speaker_reach.py /work/shared/data/quotes-de/data/train --cache /tmp/r12/qcache_train.spacy \
        --folds training/runs/quote_folds [--examples 5] [--set KEY=VALUE]

The extractor runs as shipped (linker included; with ``--folds`` each train article is tagged by the fold
taggers that did not see it) and records, for every quote the linker decides, its candidates and their
probabilities. Quotes are paired with gold quotes as the scorer pairs them. Every paired quote whose gold quote
has a speaker counts once:

* right: our final speaker shares a token with gold's;
* nested: a nested fragment, which takes the speaker of the quote around it;
* reachable, abstained: some candidate shares a token with gold's speaker, but the linker left the quote
  without a speaker (split by that candidate's probability against ``keep``);
* reachable, other picked: such a candidate exists, but another one was chosen;
* unreachable: no candidate shares a token with gold's speaker; split by where gold's speaker stands against
  gold's message (inside, same sentence, 1/2/3+ sentences before, after) and what it is (pronoun, the noun
  group of a "laut"/"nach"/"zufolge" frame, a PER/ORG name, a LOC/MISC entity, a PROPN without entity, a common
  noun group).

Candidate recall = reachable (right included) / all non-nested paired quotes with a gold speaker. Tokens are gold
speaker tokens not covered by our final speaker (the FN the class costs).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, analysis_args, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402
from role_errors import sentence_ids  # noqa: E402

from newsgraph.eval.quotes import Group, assign, chars_to_tokens, gold_groups, read_dir  # noqa: E402

PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "du", "ihm", "ihn", "ihnen", "uns", "mir"}


def _record(info: dict):
    """A link_speakers stand-in that runs the real one in collect mode and keeps each quote's candidates."""
    import newsgraph.extract.quotes_speakers as qs

    orig = qs.link_speakers

    def link(doc, toks, quotes, linker, collect=None):
        def hook(q, cands, feats):
            probs = linker.probs(feats) if linker is not None else [0.0] * len(cands)
            info[id(q)] = [(toks[c.a].start, toks[c.b - 1].end, sorted(c.src), p) for c, p in zip(cands, probs)]

        orig(doc, toks, quotes, linker, collect=hook)
        # collect mode leaves nested fragments alone: give them the speaker of the quote around them, as at run time
        for q in quotes:
            if q.nested:
                for p in quotes:
                    if not p.nested and any(s <= q.message[0][0] and q.message[-1][1] <= e for s, e in p.message):
                        q.speaker = list(p.speaker)
                        break

    qs.link_speakers = link


def gold_kind(text: str, tokens, ents: dict[int, str], pos: dict[int, str], gs: list[int]) -> str:
    def w(t):
        return text[tokens[t][0]:tokens[t][1]].lower() if 0 <= t < len(tokens) else ""

    if len(gs) == 1 and w(gs[0]) in PRONOUNS:
        return "pronoun"
    if w(gs[0] - 1) in ("laut", "nach", "gemäß") or w(gs[-1] + 1) == "zufolge" or w(gs[0]) in ("laut", "nach"):
        return "laut/nach/zufolge frame"
    kinds = {ents.get(t, "") for t in gs}
    if kinds & {"PER", "ORG"}:
        return "PER/ORG name"
    if kinds & {"LOC", "MISC"}:
        return "LOC/MISC entity"
    if any(pos.get(t) == "PROPN" for t in gs):
        return "PROPN, no entity"
    return "common noun group"


def where(sents: list[int], gs: list[int], gmsg: list[int]) -> str:
    if set(gs) & set(gmsg):
        return "inside message"
    if gs[0] > gmsg[-1]:
        d = sents[gs[0]] - sents[gmsg[-1]]
        return "after, same sentence" if d == 0 else "after, later sentence"
    d = sents[gmsg[0]] - sents[gs[0]]
    return "same sentence" if d == 0 else "1 sentence before" if d == 1 else "2 before" if d == 2 else "3+ before"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    analysis_args(ap, examples=0)
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    from newsgraph.extract.quotes_features import config

    keep = None
    name = config()["model"].get("speaker_linker", "")
    if name:
        from newsgraph.extract.quotes_speakers import load_linker

        lk = load_linker(name)
        keep = lk.keep if lk is not None else None
    info: dict = {}
    _record(info)
    from newsgraph.extract.quotes import extract_quotes

    gold = read_dir(args.dir, args.limit)
    nlp = _Cached(_docs(gold, args.cache))
    quotes_n, toks_n = Counter(), Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    reach = total = 0
    for i in cross_fitted(len(gold), args.folds, args.fold_count):
        g = gold[i]
        sdoc = nlp(g.text)
        info.clear()
        quotes = extract_quotes(sdoc, "de")
        sys_g, qs_ = [], []
        for q in quotes:
            roles = {"quote": chars_to_tokens(q.message, g.tokens), "cue": chars_to_tokens(q.cue, g.tokens),
                     "speaker": chars_to_tokens(q.speaker, g.tokens), "addressee": []}
            if roles["quote"]:
                sys_g.append(Group(roles, q.mode, q.nested))
                qs_.append(q)
        gold_g = gold_groups(g)
        by_char = {t.idx: t for t in sdoc}
        ents = {k: by_char[s].ent_type_ for k, (s, _) in enumerate(g.tokens) if s in by_char}
        pos = {k: by_char[s].pos_ for k, (s, _) in enumerate(g.tokens) if s in by_char}
        sents = sentence_ids(g)

        def words(ids_, g=g):
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids_))

        for si, gi in assign(sys_g, gold_g):
            sg, gg, q = sys_g[si], gold_g[gi], qs_[si]
            gs = sorted(gg.roles["speaker"])
            if not gs:
                continue
            S = set(sg.roles["speaker"])
            lost = len(set(gs) - S)
            cands = info.get(id(q))
            if not q.nested and cands is not None:
                total += 1
            hit = [c for c in cands or [] if set(chars_to_tokens([c[:2]], g.tokens)) & set(gs)]
            if hit and not q.nested:
                reach += 1
            status = "right" if S & set(gs) else "no speaker" if not S else "wrong speaker"
            if status == "right":
                cls = "right"
            elif q.nested or cands is None:
                cls = f"{status}: nested (the outer quote's speaker)"
            elif hit:
                best = max(hit, key=lambda c: c[3])
                if status == "no speaker":
                    band = "< 0.1" if best[3] < 0.1 else f"< keep {keep}" if keep and best[3] < keep else "above keep"
                    cls = f"no speaker: reachable, abstained (gold's candidate p {band})"
                else:
                    cls = "wrong speaker: reachable, other picked"
            else:
                gm = sorted(gg.roles["quote"])
                w_ = where(sents, gs, gm) if gm else "?"
                cls = f"{status}: unreachable, {w_}, {gold_kind(g.text, g.tokens, ents, pos, gs)}"
            quotes_n[cls] += 1
            toks_n[cls] += lost
            if cls != "right" and len(examples[cls]) < args.examples:
                top = "; ".join(f"{g.text[a:b]}[{','.join(src)}] {p:.2f}" for a, b, src, p in
                                sorted(cands or [], key=lambda c: -c[3])[:4])
                examples[cls].append(f"{sg.form}/{gg.form} gold=[{words(gs)}] ours=[{words(S)}] "
                                     f"cue=[{words(sg.roles['cue'])}] msg=[{words(gg.roles['quote'])[:90]}]\n"
                                     f"      candidates: {top[:300]}")
    n = sum(quotes_n.values())
    print(f"paired quotes with a gold speaker: {n}, right {quotes_n['right']}; candidate recall (non-nested, "
          f"linked): {reach}/{total} = {reach / max(1, total):.3f}")
    print(f"gold speaker tokens lost on them: {sum(v for k, v in toks_n.items() if k != 'right')}")
    print(f"{'FN tok':>6} {'quotes':>6}  class")
    for cls, t in sorted(toks_n.items(), key=lambda kv: -kv[1]):
        if cls != "right":
            print(f"{t:6d} {quotes_n[cls]:6d}  {cls}")
    for cls, ex in examples.items():
        print(f"\n== {cls}")
        for e in ex:
            print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
