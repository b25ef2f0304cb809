"""HanTa's sentence Viterbi against ours (newsgraph/nlp/hanta_speed.py) inside the segmenter and the mood rules, in one
process: same output, then CPU s interleaved (round 25, h9).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/hanta_sent_ab.py --reps 4

bench_pipeline.py's 300 articles go once through ``newsgraph.nlp.load("de")`` (without the pipes the batch pipeline
leaves out) to the segmenter's input and to the mood rules' input, kept as DocBins; then, with the process tagger's
``tag_sent_viterbi`` HanTa's own (the class method) or ours (hanta_speed's, installed), the segmenter and the mood rules
run over fresh copies of those docs, ``--reps`` times in alternating order, timed with ``process_time``. Both see
the same warm per-word caches (the first, compared, run fills them). Output compared: sentence starts and ``_.glued``;
each token's tag, UPOS and morphology.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=4)
    args = ap.parse_args()

    from bench_pipeline import corpus_articles
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp import hanta_speed, hanta_tags

    nlp = nlp_stage.load("de")
    tagger = hanta_tags._tagger()
    skip = set(nlp_stage.unread_by_stages(nlp))
    texts = [a.text for a in corpus_articles(200, 100, "hanta_sent_ab")]
    names = [n for n in nlp.pipe_names if n not in skip]
    seg_in, mood_in = DocBin(store_user_data=True), DocBin(store_user_data=True)
    with nlp.select_pipes(enable=names[: names.index("newsgraph_segmenter")]):
        docs = list(nlp.pipe(texts, batch_size=32))
    for d in docs:
        seg_in.add(d)
    seg, parser, mood = (nlp.get_pipe(n) for n in ("newsgraph_segmenter", "parser", "newsgraph_mood"))
    docs = list(parser.pipe([seg(d) for d in docs], batch_size=32))
    for d in docs:
        mood_in.add(d)

    def use(which: str) -> None:
        if which == "hanta":
            tagger.__dict__.pop("tag_sent_viterbi", None)
        else:
            tagger.tag_sent_viterbi = hanta_speed._tag_sent_viterbi.__get__(tagger)

    def run(which: str) -> tuple[list, list, float, float]:
        use(which)
        a = list(seg_in.get_docs(nlp.vocab))
        c0 = time.process_time()
        a = [seg(d) for d in a]
        c1 = time.process_time()
        b = list(mood_in.get_docs(nlp.vocab))
        c2 = time.process_time()
        b = [mood(d) for d in b]
        c3 = time.process_time()
        return a, b, c1 - c0, c3 - c2

    outs = {}
    for which in ("hanta", "ours"):
        a, b, _, _ = run(which)
        outs[which] = ([[(bool(t.is_sent_start), t._.glued) for t in d] for d in a],
                       [[(t.tag_, t.pos_, str(t.morph)) for t in d] for d in b])
    print(f"segmenter output identical: {outs['hanta'][0] == outs['ours'][0]}, "
          f"mood output identical: {outs['hanta'][1] == outs['ours'][1]} ({len(texts)} articles)")
    cpu: dict[str, list[tuple[float, float]]] = {"hanta": [], "ours": []}
    for r in range(args.reps):
        for which in (("hanta", "ours") if r % 2 == 0 else ("ours", "hanta")):
            cpu[which].append(run(which)[2:])
    use("ours")
    for k, v in cpu.items():
        s, m = [x[0] for x in v], [x[1] for x in v]
        print(f"{k:<6} segmenter " + " ".join(f"{x:.3f}" for x in s) + f"  mean {sum(s) / len(s):.3f} | mood "
              + " ".join(f"{x:.3f}" for x in m) + f"  mean {sum(m) / len(m):.3f}")


if __name__ == "__main__":
    main()
