"""The cross-fitted setup the quote censuses share (message_errors, missed_census, quote_kinds,
speaker_errors, judge_quotes, judge_cues, cue_edits).

A train article's figure is honest only when nothing that predicts it saw it: the quote taggers come
from ``--folds`` (fold_taggers.py: article i is tagged by the fold that left it out) and, with
``--acts-cv``, the act classifier is the CV model that left it out. ``setup`` applies the A/B
settings, installs that act-model switch and loads gold and cached parses; ``CrossFit.articles``
walks the articles in tagging order and keeps the switch pointed at the current one.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402

from newsgraph.eval.quotes import read_dir  # noqa: E402


def use_acts_cv(path: str, cur: dict) -> None:
    """Article i's act classifier is CV model i % 5 of ``path`` (it never saw article i)."""
    from newsgraph.extract import quotes_acts
    from newsgraph.extract.quotes_features import config

    models = {int(k): v for k, v in json.loads(Path(path).read_text("utf-8")).items()}
    quotes_acts.load_acts = lambda name: models[cur["i"] % 5]
    config()["model"]["act_classifier"] = "cv"


@dataclass
class CrossFit:
    gold: list
    docs: list
    nlp: _Cached
    # the article being predicted; use_acts_cv's switch reads it
    cur: dict = field(default_factory=lambda: {"i": 0})

    def articles(self, folds: str | None, fold_count: int = 2):
        """Article indices in tagging order (each fold's taggers set up before its articles)."""
        for i in cross_fitted(len(self.gold), folds, fold_count):
            self.cur["i"] = i
            yield i


def add_setup_args(ap) -> None:
    """The options ``setup`` reads, on an argparse parser."""
    ap.add_argument("dir")
    ap.add_argument("--cache")
    ap.add_argument("--folds")
    ap.add_argument("--acts-cv")
    ap.add_argument("--set", action="append", default=[])


def setup(args, limit: int | None = None) -> CrossFit:
    """``args`` carries ``dir``, ``cache``, ``acts_cv`` and ``set`` (the scripts' shared options)."""
    for kv in args.set:
        set_option(kv)
    cur = {"i": 0}
    if args.acts_cv:
        use_acts_cv(args.acts_cv, cur)
    gold = read_dir(args.dir, limit)
    docs = _docs(gold, args.cache)
    return CrossFit(gold, docs, _Cached(docs), cur)
