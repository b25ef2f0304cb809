"""Which fold-vector set a cross-fitted retrain reads (round 23, h6; checks_de card, round 23).

Two sets of fold dirs have been used for the dangling model, and the same features give different held-out figures on
them (round 22: the shipped eleven + ``part_known`` retrained on ``--gnad-folds`` dirs scored 0.438 / 0.391 on
quotes-dev / gnad against the shipped 0.509 / 0.449):

- ``exclude-fold``: ``build_model.py --exclude-fold k`` leaves out fold k's quotes-de train articles. This is the
  **retrain recipe** of the shipped ``models/checks_de/dangling.json``: rebuilt on 2026-11-28 it reproduces the shipped
  model to the last coefficient (threshold 0.8414). Every retrain that is to be compared with the shipped model uses it.
- ``gnad-folds``: ``--exclude-fold k --gnad-folds`` also leaves out fold k's train-side 10kGNAD rows. Only the pools of
  ``dangling_pools.py`` / ``dangling_side_census.py`` need it (their gnad-side rows take donors from 10kGNAD rows, which
  ``exclude-fold`` dirs contain); a variant chosen there is retrained on ``exclude-fold`` dirs before it is held out.

``build_model.py`` writes ``fold.json`` into a fold dir since round 23; a dir built before has none (``unknown``).
"""

from __future__ import annotations

import json
from pathlib import Path

RECIPE = "exclude-fold"  # the set the shipped dangling model is retrained on


def describe(directory: str) -> dict:
    """The manifest of one fold dir ({"exclude_fold", "folds", "gnad_folds"}), or {} when it was built without one."""
    p = Path(directory) / "fold.json"
    return json.loads(p.read_text("utf-8")) if p.exists() else {}


def fold_set(dirs: list[str]) -> str:
    """``exclude-fold``, ``gnad-folds`` or ``unknown`` for a list of fold dirs (dir k must leave out fold k). Raises when
    the dirs are of different sets or out of order: a model fitted on a mix compares with nothing."""
    info = [describe(d) for d in dirs]
    if not all(info):
        if any(info):
            raise ValueError(f"fold dirs mix built-with-manifest and older dirs: {dirs}")
        return "unknown"
    for k, i in enumerate(info):
        if i["exclude_fold"] != k or i["folds"] != len(dirs):
            raise ValueError(f"fold dir {dirs[k]} leaves out fold {i['exclude_fold']} of {i['folds']}, expected {k} of {len(dirs)}")
    kinds = {bool(i["gnad_folds"]) for i in info}
    if len(kinds) > 1:
        raise ValueError(f"fold dirs mix --gnad-folds and plain --exclude-fold builds: {dirs}")
    return "gnad-folds" if kinds.pop() else "exclude-fold"
