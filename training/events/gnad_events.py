"""False-positive check for trigger changes: the events of unannotated 10kGNAD articles.

``--dump OUT`` runs the pipeline up to extract.events (parse, sentences, claims, time, as the
German eval does) on rows ``--start``..``--start+--n`` of ``corpora/10kgnad/test.csv`` (rows
500-699 by default: the bench takes the first 300) and writes one JSON line per event
(row, sentence, trigger, type, modality, source, target). Parses and analyses are cached in
``--cache`` (a pickle), so a second dump re-runs only the event extractor.
``--diff OLD NEW`` prints the events NEW has and OLD has not (by row, trigger position and
type), with counts per type, and ``--sample K`` of them at random (seed 0) for reading.
The dump also prints the CPU time of EventExtractor.run alone (the stage's cost, parse excluded).

    NEWSGRAPH_SHARED=/work/shared python training/events/gnad_events.py --dump /tmp/ev_before.jsonl
    python training/events/gnad_events.py --diff /tmp/ev_before.jsonl /tmp/ev_after.jsonl --sample 20
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pickle
import random
import sys
import time
from collections import Counter
from pathlib import Path


def rows(start: int, n: int) -> list[tuple[int, str]]:
    path = Path(os.environ.get("NEWSGRAPH_SHARED", "/work/shared")) / "data" / "corpora" / "10kgnad" / "test.csv"
    csv.field_size_limit(10_000_000)
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if i >= start + n:
                break
            if i >= start and len(row) >= 2:
                out.append((i, row[1]))
    return out


def prepared(start: int, n: int, cache: Path):
    from spacy.tokens import DocBin

    from newsgraph import nlp
    from newsgraph.model import Analysis, Article
    from newsgraph.registry import create

    lang_nlp = nlp.load("de")
    if cache.exists():
        blob = pickle.loads(cache.read_bytes())
        docs = list(DocBin().from_bytes(blob["docs"]).get_docs(lang_nlp.vocab))
        return [(i, Analysis.model_validate_json(a), d) for (i, a), d in zip(blob["analyses"], docs)]
    out = []
    for i, text in rows(start, n):
        a = Analysis(article=Article(id=f"gnad{i}", text=text, language="de"))
        doc = lang_nlp(text)
        nlp.sentences(a, doc)
        for comp in ("extract.claims", "extract.time"):
            try:
                create(comp)(a, doc)
            except Exception:
                pass
        out.append((i, a, doc))
    db = DocBin(store_user_data=True)
    for _, _, d in out:
        db.add(d)
    cache.write_bytes(pickle.dumps({"docs": db.to_bytes(), "analyses": [(i, a.model_dump_json()) for i, a, _ in out]}))
    return out


def extract_and_write(ex, out: Path, cache: Path, start: int = 500, n: int = 150) -> tuple[int, float]:
    """Run the event extractor ``ex`` alone on the cached rows and write one JSON line per event (row, trigger
    position, type, trigger, source, target, sentence): the per-round A/B scripts' 10kGNAD dump. Returns the
    number of events and the extractor's CPU seconds."""
    events, cpu = [], 0.0
    for i, a, doc in prepared(start, n, cache):
        t0 = time.process_time()
        evs = ex.run(a, doc)
        cpu += time.process_time() - t0
        text = a.article.text
        events += [{"row": i, "start": e.trigger.start, "type": e.type, "trigger": e.trigger.text,
                    "source": e.source_actor.span.text if e.source_actor and e.source_actor.span else "",
                    "target": e.target_actor.span.text if e.target_actor and e.target_actor.span else "",
                    "sentence": text[e.span.start:e.span.end]} for e in evs]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), "utf-8")
    return len(events), cpu


def set_figures(ex, path: Path) -> str:
    """One German event set scored with ``ex``: type / source / target / date with counts, no-event
    sentences given an event, typed precision (the A/B scripts' line)."""
    from newsgraph.eval.events import score_german

    recs = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    res = score_german(recs, ex)
    acc = res["acc"]
    cells = [f"{acc[k][0] / max(1, acc[k][1]):.3f} ({acc[k][0]}/{acc[k][1]})" for k in ("type", "source", "target", "date")]
    tp, fp = sum(res["tp"].values()), sum(res["fp"].values())
    return " ".join([" / ".join(cells), "none {}/{}".format(*res["none"]), f"typed P {tp / max(1, tp + fp):.3f}"])


def dump(args) -> int:
    from newsgraph.extract.events import EventExtractor

    ex = EventExtractor("de")
    n = 0
    cpu = 0.0
    with open(args.dump, "w", encoding="utf-8") as f:
        for i, a, doc in prepared(args.start, args.n, Path(args.cache)):
            text = a.article.text
            t0 = time.process_time()
            evs = ex.run(a, doc)
            cpu += time.process_time() - t0
            for e in evs:
                n += 1
                f.write(json.dumps({"row": i, "start": e.trigger.start, "type": e.type, "trigger": e.trigger.text,
                                    "modality": e.modality.value,
                                    "source": e.source_actor.name if e.source_actor else "",
                                    "target": e.target_actor.name if e.target_actor else "",
                                    "sentence": text[e.span.start:e.span.end]}, ensure_ascii=False) + "\n")
    print(f"{n} events -> {args.dump}; EventExtractor.run {cpu:.2f} CPU s")
    return 0


def diff(args) -> int:
    old, new = ([json.loads(x) for x in Path(p).read_text("utf-8").splitlines()] for p in args.diff)
    key = lambda e: (e["row"], e["start"], e["type"])  # noqa: E731
    seen = {key(e) for e in old}
    added = [e for e in new if key(e) not in seen]
    gone = [e for e in old if key(e) not in {key(x) for x in new}]
    print(f"old {len(old)} events, new {len(new)}: {len(added)} added, {len(gone)} gone")
    print("added by type:", dict(Counter(e["type"] for e in added).most_common()))
    print("added by trigger:", dict(Counter(e["trigger"].lower() for e in added).most_common(30)))
    rnd = random.Random(0)
    for e in rnd.sample(added, min(args.sample, len(added))):
        print(f"+ {e['type']:<9} [{e['trigger']}] src={e['source']!r} tgt={e['target']!r} {e['modality']} :: {e['sentence'][:220]}")
    if args.gone:
        for e in gone[:args.sample]:
            print(f"- {e['type']:<9} [{e['trigger']}] :: {e['sentence'][:200]}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump")
    ap.add_argument("--diff", nargs=2)
    ap.add_argument("--start", type=int, default=500)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--cache", default="/tmp/gnad_events_cache.pkl")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--gone", action="store_true")
    args = ap.parse_args()
    return dump(args) if args.dump else diff(args)


if __name__ == "__main__":
    sys.exit(main())
