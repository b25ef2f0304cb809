"""What a fresh worker process spends before it analyses at full speed (a Ray actor's start-up).

  OMP_NUM_THREADS=1 python bench/bench_startup.py [--articles 20] [--split] [--torch on|off]

Run in a fresh process, in the order a ``PartitionWorker`` does it: imports (``newsgraph.scale``
first, which keeps torch out when ``--torch off`` sets the variable a Ray worker gets under
``[ray] worker_torch = false``), ``Pipeline()``,
``Pipeline.nlp("de")``, then the same ``--articles`` 10kGNAD articles analysed three times. The
first batch pays the loads that happen on first use (KB, gazetteers, language identifier,
extractor models); the difference to the later batches is that lazy part. ``--split`` loads
our own lazy parts one by one before the first batch, so each is timed alone (they are cached
per process, so the batch then does not load them again). CPU and wall seconds per step.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

_marks: list[tuple[str, float, float]] = [("start", time.perf_counter(), time.process_time())]


def mark(name: str) -> None:
    _marks.append((name, time.perf_counter(), time.process_time()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--split", action="store_true", help="time our lazily loaded parts one by one first")
    ap.add_argument("--torch", choices=["on", "off"], help="off: as a Ray worker under [ray] worker_torch = false; "
                    "on: torch importable (the default without the variable)")
    args = ap.parse_args()
    if args.torch:
        os.environ["NEWSGRAPH_WORKER_NO_TORCH"] = "1" if args.torch == "off" else "0"

    import newsgraph.scale  # noqa: F401  (a worker's first import of ours)

    import spacy  # noqa: F401

    mark("import spacy")
    from newsgraph.pipeline import Pipeline

    mark("import newsgraph.pipeline")
    import newsgraph.scale.worker  # noqa: F401

    mark("import newsgraph.scale.worker")
    pipe = Pipeline()
    mark("Pipeline()")
    pipe.nlp("de")
    mark('Pipeline.nlp("de")')
    if args.split:
        from newsgraph.ingest.language import _identifier
        from newsgraph.link.descriptions import finder
        from newsgraph.link.gazetteer import gazetteer
        from newsgraph.link.kb import kb

        _identifier()
        mark("  language identifier")
        kb()
        mark("  KB read")
        kb()._build()
        mark("  KB name indices")
        gazetteer()
        mark("  link gazetteer")
        finder()
        mark("  description finder")

    from bench_pipeline import corpus

    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem

    arts = [build_article(RawItem(text=r["text"], source_path="bench", url=r["url"], outlet=r["outlet"],
                                  language=r["language"]), 1) for r in corpus(args.articles, 0)]
    mark("articles built")
    for n in ("first", "second", "third"):
        pipe.analyse([a.model_copy(deep=True) for a in arts])
        mark(f"{n} {len(arts)} articles analysed")
    prev = _marks[0]
    for name, wall, cpu in _marks[1:]:
        print(f"{name:36s} {cpu - prev[2]:6.2f} CPU s {wall - prev[1]:6.2f} wall s")
        prev = (name, wall, cpu)
    cpu = {name: c for name, _, c in _marks}
    steady = cpu[f"third {len(arts)} articles analysed"] - cpu[f"second {len(arts)} articles analysed"]
    first = cpu[f"first {len(arts)} articles analysed"] - cpu["articles built"]
    print(f"{'lazy loads in the first batch':36s} {first - steady:6.2f} CPU s (first batch minus the third)")
    print(f"{'before full speed, total':36s} {cpu[f'first {len(arts)} articles analysed'] - cpu['start'] - steady:6.2f} CPU s"
          f"; load avg {os.getloadavg()[0]:.1f}; torch imported: {'torch' in sys.modules and sys.modules['torch'] is not None}")


if __name__ == "__main__":
    main()
