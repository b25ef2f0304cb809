"""``[ray] worker_torch = false`` (config/scale.toml): Ray workers never import torch, which thinc
imports whenever it is installed; every other process (the driver, training) still gets it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest

from newsgraph.scale import engine, settings

PROBE = ("import sys, newsgraph.scale, spacy, thinc.compat; "
         "print(thinc.compat.has_torch, sys.modules.get('torch') is not None)")


def _probe(env_var: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_WORKER_NO_TORCH"}
    if env_var is not None:
        env["NEWSGRAPH_WORKER_NO_TORCH"] = env_var
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_the_worker_environment_carries_the_setting(monkeypatch):
    cfg = settings.load()
    assert cfg["ray"]["worker_torch"] is False  # shipped setting
    assert engine._worker_env()["NEWSGRAPH_WORKER_NO_TORCH"] == "1"
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "ray": {**cfg["ray"], "worker_torch": True}})
    assert "NEWSGRAPH_WORKER_NO_TORCH" not in engine._worker_env()


def test_a_configured_transformer_pipeline_keeps_torch_in_the_workers(tmp_path, monkeypatch):
    # the same check as the CLI's (newsgraph/import_guards.py): a transformer component needs torch at run time
    trf = tmp_path / "de_trf"
    trf.mkdir()
    (trf / "config.cfg").write_text('[components.transformer]\nfactory = "transformer"\n')
    monkeypatch.setenv("NEWSGRAPH_MODELS", str(tmp_path))
    monkeypatch.setattr(engine, "load_config", lambda: {"nlp": {"de": {"model": "de_trf", "ner": ""}}})
    assert "NEWSGRAPH_WORKER_NO_TORCH" not in engine._worker_env()
    (trf / "config.cfg").write_text('[components.tok2vec]\nfactory = "tok2vec"\n')
    assert engine._worker_env()["NEWSGRAPH_WORKER_NO_TORCH"] == "1"


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed (no train extra)")
def test_only_a_process_with_the_variable_goes_without_torch():
    # spaCy and thinc load and report no torch in a worker-like process; without the variable (the
    # driver, a training script) thinc imports torch as before
    assert _probe("1") == "False False"
    assert _probe(None) == "True True"
