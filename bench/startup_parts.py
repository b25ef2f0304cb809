"""A fresh worker-like process's start-up by part, in CPU seconds: what each loader costs.

  OMP_NUM_THREADS=1 python bench/startup_parts.py [--torch on|off] [--articles 20]

Does what a ``PartitionWorker`` does (imports, ``Pipeline()``, ``load_models(["de"])``, then the
same ``--articles`` 10kGNAD articles analysed three times) with the loaders wrapped in CPU-time
timers: spaCy's model loads, each of our pipes added to the German model, the NER's feature CRF
and its parts, and the side models a first batch loads on first use (quote CRFs, event lexicon,
KB name indices, language identifier), and ``nlp.speed_up``. ``--torch off`` keeps torch out as a Ray worker under
``[ray] worker_torch = false`` does (set before any import, so an older tree without that guard is
measured alike). One JSON line, then a table. For A/B between two trees run this file of the newer
tree with ``PYTHONPATH`` set to each, alternating, one process per run (bench/README.md, twenty-third
round). A part's time includes the parts inside it (``pipe X`` includes ``X``'s constructor).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

T: dict[str, float | bool] = {}


def add(label: str, seconds: float) -> None:
    T[label] = T.get(label, 0.0) + seconds  # type: ignore[operator]


def wrap(obj, name: str, label: str) -> None:
    # imported here, after the timed imports, so they measure what they did before
    from cold_memos import wrap as wrap_cpu

    wrap_cpu(obj, name, T, label)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--torch", choices=["on", "off"], default="on")
    ap.add_argument("--articles", type=int, default=20)
    args = ap.parse_args()
    if args.torch == "off":
        sys.modules["torch"] = None  # type: ignore[assignment]  (what the worker's guard does)
    c0 = time.process_time()
    import newsgraph.scale  # noqa: F401
    import spacy  # noqa: F401

    add("import spacy (+ newsgraph.scale)", time.process_time() - c0)
    c = time.process_time()
    import newsgraph.scale.worker  # noqa: F401

    add("import newsgraph (the worker module)", time.process_time() - c)
    import re._compiler as rc
    import spacy.util as su
    from spacy.language import Language

    from newsgraph.extract import event_lexicon, quotes
    from newsgraph.ingest import language
    from newsgraph.nlp import gazetteer, ner_crf

    wrap(rc, "compile", "regex compiles (cache misses, whole run)")
    wrap(su, "load_model_from_path", "spacy.load (core + NER models)")
    wrap(ner_crf.NerCrf, "__init__", "  NerCrf")
    wrap(ner_crf, "load_features", "    NerCrf load_features")
    wrap(ner_crf.Features, "load_table", "      Features.load_table")
    wrap(ner_crf, "Viterbi", "    NerCrf Viterbi")
    wrap(gazetteer.Gazetteer, "__init__", "  Gazetteer")
    wrap(importlib.import_module("newsgraph.nlp"), "speed_up", "nlp.speed_up (numpy gemm, vector memo)")
    add_pipe = Language.add_pipe

    def timed_add(self, factory_name, *a, **k):
        c = time.process_time()
        try:
            return add_pipe(self, factory_name, *a, **k)
        finally:
            if factory_name.startswith("newsgraph_"):
                add("pipe " + factory_name, time.process_time() - c)

    Language.add_pipe = timed_add  # type: ignore[method-assign]
    wrap(event_lexicon, "lexicon", "first batch: event lexicon")
    wrap(quotes, "_taggers", "first batch: quote CRFs")
    wrap(importlib.import_module("newsgraph.link.kb").KB, "_build", "first batch: KB name indices")
    wrap(language, "_identifier", "first batch: language identifier")

    from bench_pipeline import corpus

    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem
    from newsgraph.pipeline import Pipeline

    c = time.process_time()
    pipe = Pipeline()
    add("Pipeline()", time.process_time() - c)
    c = time.process_time()
    pipe.load_models(["de"])
    add("load_models", time.process_time() - c)
    arts = [build_article(RawItem(text=r["text"], source_path="bench", url=r["url"], outlet=r["outlet"],
                                  language=r["language"]), 1) for r in corpus(args.articles, 0)]
    batches = []
    for _ in range(3):
        c = time.process_time()
        pipe.analyse([a.model_copy(deep=True) for a in arts])
        batches.append(time.process_time() - c)
    T["batches 1 / 2 / 3"] = " / ".join(f"{b:.3f}" for b in batches)  # type: ignore[assignment]
    T["first batch minus the third"] = batches[0] - batches[2]
    T["torch imported"] = sys.modules.get("torch") is not None
    T["load avg"] = os.getloadavg()[0]
    print(json.dumps(T))
    for k, v in T.items():
        print(f"{k:42s} {v:.3f}" if isinstance(v, float) else f"{k:42s} {v}")


if __name__ == "__main__":
    main()
