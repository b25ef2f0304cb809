"""``[cli] torch = false`` (config/default.toml): the ``newsgraph`` command never imports torch, which
thinc imports whenever it is installed; a script that imports newsgraph (training, tests) still gets it,
and so does the command when a configured spaCy model has a transformer or PyTorch component."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph import config, import_guards

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).with_name("newsgraph")  # the venv's console script: newsgraph.cli:app
needs_torch = pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed (no train extra)")


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSGRAPH_CONFIG", "NEWSGRAPH_WORKER_NO_TORCH")}
    env["PYTHONPATH"] = str(ROOT)
    return {**env, **extra}


def _imported(argv: list[str], env: dict) -> set[str]:
    """Top-level module names a fresh process imported (python -X importtime), after it succeeded."""
    r = subprocess.run([sys.executable, "-X", "importtime", *argv], env=env, cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in r.stderr.splitlines() if line.startswith("import time:")}


def _has_torch(mods: set[str]) -> bool:
    # importtime also lists the refused ``import torch`` (a few µs, no submodules); a real one loads torch._C etc.
    return any(m.startswith("torch.") for m in mods)


def test_shipped_setting_and_the_shipped_models_need_no_torch():
    cfg = config.load()
    assert cfg["cli"]["torch"] is False
    assert import_guards.models_need_torch(cfg) is False


def test_a_transformer_or_pytorch_model_config_needs_torch(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_MODELS", str(tmp_path))
    cfg = {"nlp": {"de": {"model": "de_trf", "ner": ""}, "en": {"model": "en_core"}}}
    (tmp_path / "de_trf").mkdir()
    (tmp_path / "de_trf" / "config.cfg").write_text(
        '[components.tok2vec]\nfactory = "tok2vec"\n\n[components.tok2vec.model]\n@architectures = "spacy.Tok2Vec.v2"\n')
    assert import_guards.models_need_torch(cfg) is False
    (tmp_path / "de_trf" / "config.cfg").write_text(
        '[components.transformer]\nfactory = "transformer"\nmax_batch_items = 4096\n\n'
        '[components.transformer.model]\n@architectures = "spacy-transformers.TransformerModel.v3"\nname = "bert-base-german-cased"\n')
    assert import_guards.models_need_torch(cfg) is True
    (tmp_path / "de_trf" / "config.cfg").write_text('[components.tagger.model.tok2vec]\n@architectures = "spacy.PyTorchWrapper.v2"\n')
    assert import_guards.models_need_torch(cfg) is True
    # the English model is absent (blank pipeline): nothing to say about torch
    assert import_guards.models_need_torch({"nlp": {"en": {"model": "en_core"}}}) is False


@needs_torch
@pytest.mark.skipif(not SCRIPT.is_file(), reason="no newsgraph console script next to this python")
def test_the_command_runs_without_torch_unless_configured_or_needed(tmp_path):
    run = [str(SCRIPT), "eval", "time", "tests/data/timex_de_dev.tml"]  # a real command: scores the TimeML file
    mods = _imported(run, _env())
    assert "spacy" in mods and "thinc" in mods and not _has_torch(mods)
    on = tmp_path / "on.toml"
    on.write_text("[cli]\ntorch = true\n")
    assert _has_torch(_imported(run, _env(NEWSGRAPH_CONFIG=str(on))))
    # a configured model with a transformer component switches the guard off by itself
    trf = tmp_path / "models" / "de_trf"
    trf.mkdir(parents=True)
    (trf / "config.cfg").write_text('[components.transformer]\nfactory = "transformer"\n')
    cfg = tmp_path / "trf.toml"
    cfg.write_text('[nlp.de]\nmodel = "de_trf"\n')
    assert _has_torch(_imported([str(SCRIPT), "--help"], _env(NEWSGRAPH_CONFIG=str(cfg), NEWSGRAPH_MODELS=str(tmp_path / "models"))))


@needs_torch
def test_a_script_that_imports_the_cli_module_keeps_torch():
    # training scripts and the test suite import newsgraph (even newsgraph.cli); only the command's own process drops torch
    probe = "import newsgraph.cli, thinc.compat, torch; print(thinc.compat.has_torch, torch.tensor([1.0]).sum().item())"
    r = subprocess.run([sys.executable, "-c", probe], env=_env(), cwd=ROOT, capture_output=True, text=True, check=True)
    assert r.stdout.split() == ["True", "1.0"]
    assert _has_torch(_imported(["training/quotes/train_lstm.py", "--help"], _env()))
