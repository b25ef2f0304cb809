"""The model pass pipe by pipe, cold then warm, with a dump of everything the nlp stage writes (round 21, h2).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 PYTHONPATH=TREE python bench/model_pass_pipes.py --passes 2 \
        --skip-unread --dump OUT.jsonl [--profile P.prof]

bench_pipeline.py's 300 articles (``--gnad 200 --quotes 100``) after the seed article, in batches of 32 through each
pipe of ``newsgraph.nlp.load("de")``; pass 0 in a fresh process is cold, later passes warm. ``--skip-unread`` leaves out
the pipes the batch pipeline leaves out (``nlp.unread_by_stages``). ``--dump``: pass 0's output, one JSON line per
article — bench_nlp.py's record plus sentence ends, KB ids, norms and the Token extensions (``_.ud_words``,
``_.tag_fix``, ``_.upos``, ``_.stts``), cats and the tensor's shape — and its SHA-1, to ``cmp`` two trees.
``--profile``: cProfile of our pipes on the last pass. Run it with ``PYTHONPATH`` set to the tree to measure."""

import argparse
import collections
import cProfile
import hashlib
import json
import os
import pstats
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def record(doc) -> dict:
    toks = [
        [
            t.text,
            t.whitespace_,
            t.tag_,
            t.pos_,
            str(t.morph),
            t.lemma_,
            t.head.i,
            t.dep_,
            t.is_sent_start,
            t.ent_iob_,
            t.ent_type_,
            t._.glued,
            t._.ud_words,
            t._.tag_fix,
            t._.upos,
            t._.stts,
            t.is_sent_end,
            t.ent_kb_id_,
            t.norm_,
            t.sent_start,
        ]
        for t in doc
    ]
    return {
        "tokens": toks,
        "ents": [[e.start, e.end, e.label_, e.kb_id_] for e in doc.ents],
        "user_data": {repr(k): repr(v) for k, v in sorted(doc.user_data.items(), key=repr)},
        "spans": {k: [[s.start, s.end, s.label_] for s in v] for k, v in sorted(doc.spans.items())},
        "cats": doc.cats,
        "tensor_shape": list(getattr(doc.tensor, "shape", ())),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--dump")
    ap.add_argument("--profile", help="cProfile our pipes on the last pass, write stats here")
    ap.add_argument(
        "--skip-unread", action="store_true", help="leave out hanta_tags as the batch pipeline does"
    )
    a = ap.parse_args()
    from bench_pipeline import corpus_articles

    import newsgraph
    from newsgraph import nlp as nlp_stage

    print("newsgraph from", newsgraph.__file__)
    texts = [x.text for x in corpus_articles(200, 100, "h2")]
    print("words", sum(len(t.split()) for t in texts))
    nlp = nlp_stage.load("de")
    skip = set(nlp_stage.unread_by_stages(nlp)) if a.skip_unread else set()
    nlp((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"))
    for run in range(a.passes):
        prof = cProfile.Profile() if (a.profile and run == a.passes - 1) else None
        cpu = collections.defaultdict(float)
        docs = []
        for k in range(0, len(texts), 32):
            c0 = time.process_time()
            batch = [nlp.make_doc(t) for t in texts[k : k + 32]]
            cpu["tokenizer"] += time.process_time() - c0
            for name, proc in nlp.pipeline:
                if name in skip:
                    continue
                ours = name.startswith("newsgraph_")
                c0 = time.process_time()
                if prof and ours:
                    prof.enable()
                batch = (
                    list(proc.pipe(batch, batch_size=32))
                    if hasattr(proc, "pipe")
                    else [proc(d) for d in batch]
                )
                if prof and ours:
                    prof.disable()
                cpu[name] += time.process_time() - c0
            docs.extend(batch)
        ours = sum(v for k, v in cpu.items() if k.startswith("newsgraph_"))
        print(f"pass {run}: {sum(cpu.values()):.2f} CPU s, ours {ours:.2f}, load {os.getloadavg()[0]:.1f}")
        for name, v in cpu.items():
            print(f"  {name:<28}{v:7.3f}")
        if run == 0 and a.dump:
            h = hashlib.sha1()
            with open(a.dump, "w", encoding="utf-8") as f:
                for d in docs:
                    line = json.dumps(record(d), ensure_ascii=False, sort_keys=True, default=repr)
                    h.update(line.encode())
                    f.write(line + "\n")
            print(f"dump {a.dump}: sha1 {h.hexdigest()[:16]}")
        if prof:
            prof.dump_stats(a.profile)
            pstats.Stats(a.profile).sort_stats("tottime").print_stats(45)


if __name__ == "__main__":
    main()
