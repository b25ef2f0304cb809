"""Sentence-opener words that are no speaker: the list ``[model] speaker_drop_openers`` reads.

    OMP_NUM_THREADS=1 python training/quotes/speaker_openers.py build /work/shared/data/quotes-de/data/train \
        --cache /tmp/r24/qcache_train.spacy --out models/de_speakers/openers.json
    OMP_NUM_THREADS=1 python training/quotes/speaker_openers.py xfit /work/shared/data/quotes-de/data/train \
        --cache /tmp/r24/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r24/acts_cv.json [--set KEY=VALUE]

The roles tagger and the parser make a capitalised one-word sentence opener ("Offiziell", "Sinngemäß", "Gestern",
"Besorgt", "Medienberichten") a speaker candidate, and the tagger's POS on such openers is too loose for a rule (it
calls "Bush" and "Stoiber" ADV, "Sinngemäß" NOUN). quotes-de's gold says which words open sentences and are never
(or at most ``--max-speaker`` times) inside a gold speaker span; HanTa says which of them may be names (its best
reading a proper noun, or one within 3 log-probability), and those stay out. ``xfit`` measures the list honestly on
train: article i (fold i % 2, as the fold taggers) is decoded with the list read off the other fold's articles only;
the census is speaker_errors.py's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the pronouns the opening-pronoun steps resolve or keep: never listed, whatever train says
PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "du"}


def counts(gold: list, docs: list, arts) -> tuple[Counter, Counter]:
    """(sentence openers, words inside gold speaker spans) over ``arts``, lower-cased; a speaker span counts a
    word once."""
    from newsgraph.eval.quotes import gold_groups

    opens, spk = Counter(), Counter()
    for i in arts:
        g = gold[i]
        for s in docs[i].sents:
            w = s[0].text
            if w[:1].isupper() and w.isalpha():
                opens[w.lower()] += 1
        for gg in gold_groups(g):
            spk.update({g.text[slice(*g.tokens[t])].lower() for t in gg.roles["speaker"]})
    return opens, spk


def hanta(word: str) -> str:
    """HanTa's best reading of the capitalised word, coarse (ner_crf.hanta_class: "NE", "NN~NE", "ADJ" ...)."""
    from HanTa import HanoverTagger

    from newsgraph.nlp.ner_crf import hanta_class

    global _TAGGER
    if _TAGGER is None:
        _TAGGER = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    return hanta_class(_TAGGER.tag_word(word[:1].upper() + word[1:]))


_TAGGER = None


def build(gold: list, docs: list, arts, min_open: int, max_speaker: int, nouns: bool = True) -> list[str]:
    """``nouns``: also words whose best HanTa reading is a common noun ("Medienberichten", but also "Kommentatoren")."""
    from newsgraph.extract.quotes_speakers import FRAME_ADVERBS

    opens, spk = counts(gold, docs, arts)
    out = []
    for w, n in opens.items():
        if n < min_open or spk[w] > max_speaker or w in PRONOUNS or w in FRAME_ADVERBS:
            continue
        c = hanta(w)
        if "NE" in c or (not nouns and c.startswith("NN")):
            continue
        out.append(w)
    return sorted(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("build", "xfit"))
    ap.add_argument("dir")
    ap.add_argument("--cache")
    ap.add_argument("--out")
    ap.add_argument("--folds")
    ap.add_argument("--fold-count", type=int, default=2)
    ap.add_argument("--acts-cv")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--min-open", type=int, default=1)
    ap.add_argument("--max-speaker", type=int, default=0)
    ap.add_argument("--no-nouns", action="store_true")
    ap.add_argument("--dump")
    args = ap.parse_args(argv)
    if args.mode == "build":
        from error_analysis import _docs

        from newsgraph.eval.quotes import read_dir

        gold = read_dir(args.dir)
        words = build(gold, _docs(gold, args.cache), range(len(gold)), args.min_open, args.max_speaker,
                      not args.no_nouns)
        info = {"words": words, "min_open": args.min_open, "max_speaker": args.max_speaker, "nouns": not args.no_nouns,
                "source": "quotes-de train (training/quotes/speaker_openers.py build)"}
        Path(args.out).write_text(json.dumps(info, ensure_ascii=False, indent=0) + "\n", "utf-8")
        print(f"{len(words)} words -> {args.out}")
        return 0
    import fold_taggers
    import speaker_errors

    from newsgraph.extract import quotes_speakers as qs
    from newsgraph.extract.quotes_features import config

    # the fold's list is put in when fold_taggers sets up the fold's taggers, before its articles
    lists: dict[int, frozenset] = {}
    orig_setup = fold_taggers.fold_setup
    state = {"k": 0}

    def setup(path):
        orig_setup(path)
        k = int(Path(path).name[len("fold"):].split("of")[0])
        if k not in lists:
            from error_analysis import _docs

            from newsgraph.eval.quotes import read_dir

            gold = read_dir(args.dir)
            other = [i for i in range(len(gold)) if i % args.fold_count != k]
            lists[k] = frozenset(build(gold, _docs(gold, args.cache), other, args.min_open, args.max_speaker,
                                         not args.no_nouns))
            print(f"fold {k}: {len(lists[k])} words", file=sys.stderr)
        state["k"] = k

    fold_taggers.fold_setup = setup
    # the switch as set (--set included), with the fold's list in place of the shipped one
    qs.opener_words = lambda: (lists[state["k"]] if config().get("model", {}).get("speaker_drop_openers")
                               else frozenset())
    sa = []
    for kv in args.set:
        sa += ["--set", kv]
    rest = [args.dir, "--cache", args.cache, "--folds", args.folds, "--acts-cv", args.acts_cv, "--examples", "0", *sa]
    if args.dump:
        rest += ["--dump", args.dump]
    return speaker_errors.main(rest)


if __name__ == "__main__":
    sys.exit(main())
