"""The fold-vector sets of the dangling retrain (training/checks/fold_set.py; checks_de card, round 23): plain
``--exclude-fold`` dirs are the shipped model's recipe, ``--gnad-folds`` dirs the pools'; a mix of the two, dirs out of
order and dirs built before the manifest are told apart, so a retrain says which set it was fitted on."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fs():
    spec = importlib.util.spec_from_file_location("fold_set", ROOT / "training/checks/fold_set.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _dirs(tmp_path: Path, specs: list[dict | None]) -> list[str]:
    out = []
    for k, spec in enumerate(specs):
        d = tmp_path / f"fold{k}"
        d.mkdir()
        if spec is not None:
            (d / "fold.json").write_text(json.dumps(spec), "utf-8")
        out.append(str(d))
    return out


def test_plain_exclude_fold_dirs_are_the_recipe(fs, tmp_path):
    dirs = _dirs(tmp_path, [{"exclude_fold": 0, "folds": 2, "gnad_folds": False},
                            {"exclude_fold": 1, "folds": 2, "gnad_folds": False}])
    assert fs.fold_set(dirs) == "exclude-fold" == fs.RECIPE


def test_gnad_fold_dirs_are_not_the_recipe(fs, tmp_path):
    dirs = _dirs(tmp_path, [{"exclude_fold": 0, "folds": 2, "gnad_folds": True},
                            {"exclude_fold": 1, "folds": 2, "gnad_folds": True}])
    assert fs.fold_set(dirs) == "gnad-folds"


def test_a_mix_of_sets_is_refused(fs, tmp_path):
    dirs = _dirs(tmp_path, [{"exclude_fold": 0, "folds": 2, "gnad_folds": False},
                            {"exclude_fold": 1, "folds": 2, "gnad_folds": True}])
    with pytest.raises(ValueError, match="mix"):
        fs.fold_set(dirs)


def test_dirs_in_the_wrong_order_are_refused(fs, tmp_path):
    dirs = _dirs(tmp_path, [{"exclude_fold": 1, "folds": 2, "gnad_folds": False},
                            {"exclude_fold": 0, "folds": 2, "gnad_folds": False}])
    with pytest.raises(ValueError, match="expected 0"):
        fs.fold_set(dirs)


def test_dirs_without_a_manifest_are_unknown_unless_mixed(fs, tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "mixed").mkdir()
    assert fs.fold_set(_dirs(tmp_path / "old", [None, None])) == "unknown"
    with pytest.raises(ValueError, match="older"):
        fs.fold_set(_dirs(tmp_path / "mixed", [{"exclude_fold": 0, "folds": 2, "gnad_folds": False}, None]))
