"""``[ray] worker_spacy_cli = false`` (config/scale.toml): a Ray worker leaves spaCy's command line
(typer, rich, httpx, jinja2, which ``import spacy`` pulls in for ``spacy.info``) unimported until used."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from newsgraph.scale import engine, settings

# a worker-like process: the guard, spaCy, a German sentence through spaCy's own blank pipeline, then the CLI
PROBE = """
import json, sys, newsgraph.scale, spacy
out = {"stub": type(sys.modules["spacy.cli"]).__name__, "typer_before": "typer" in sys.modules}
doc = spacy.blank("de")("Die Regierung in Berlin hat am Montag neue Regeln beschlossen.")
out["tokens"] = [t.text for t in doc]
out["typer_after_nlp"] = "typer" in sys.modules
out["info_version"] = spacy.info()["spacy_version"] == spacy.__version__
out["download"] = callable(spacy.cli.download)
out["typer_after_cli"] = "typer" in sys.modules
print(json.dumps(out))
"""


def _probe(env_var: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_WORKER_NO_SPACY_CLI"}
    if env_var is not None:
        env["NEWSGRAPH_WORKER_NO_SPACY_CLI"] = env_var
    run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_worker_environment_carries_the_setting(monkeypatch):
    cfg = settings.load()
    assert cfg["ray"]["worker_spacy_cli"] is False  # shipped setting
    assert engine._worker_env()["NEWSGRAPH_WORKER_NO_SPACY_CLI"] == "1"
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "ray": {**cfg["ray"], "worker_spacy_cli": True}})
    assert "NEWSGRAPH_WORKER_NO_SPACY_CLI" not in engine._worker_env()


def test_the_cli_loads_only_when_read_and_still_works():
    on, off = _probe("1"), _probe(None)
    assert on["stub"] == "_CliStub" and not on["typer_before"] and not on["typer_after_nlp"]
    assert off["stub"] == "module" and off["typer_before"]
    # the same tokens either way, and the CLI is all there once something reads from it
    assert on["tokens"] == off["tokens"] and len(on["tokens"]) == 11
    assert on["info_version"] and on["download"] and on["typer_after_cli"]
    assert off["info_version"] and off["download"]
