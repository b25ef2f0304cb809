"""What a Ray worker leaves out of its start-up (config/scale.toml): ``[ray] worker_spacy_cli = false`` keeps spaCy's
command line (typer, rich, httpx, jinja2, which ``import spacy`` pulls in for ``spacy.info``) unimported until used;
``[ray] worker_pandas = false`` has pyarrow build its tables without importing pandas."""

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


# ``[ray] worker_pandas = false``: a worker's pyarrow builds its tables without importing pandas, same bytes
PANDAS_PROBE = """
import hashlib, io, json, sys, newsgraph.scale
import pyarrow as pa, pyarrow.parquet as pq
from newsgraph.scale.tables import SCHEMAS
rows = [{"article_id": "a1", "seq": 3, "id": "e1", "name": "Olaf Scholz", "type": "PER", "actor_type": None,
         "country": "DEU", "data": "{}"}, {"article_id": "a1", "seq": 3, "id": "e2", "name": "Berlin", "type": "LOC",
         "actor_type": None, "country": "DEU", "data": "{}"}]
tab = pa.Table.from_pylist(rows, schema=SCHEMAS["entities"])
buf = io.BytesIO()
pq.write_table(tab, buf)
out = {"pandas_after_table": "pandas" in sys.modules, "sha1": hashlib.sha1(buf.getvalue()).hexdigest(),
       "names": tab.column("name").to_pylist()}
import pandas
out["pandas_importable"] = bool(pandas.__version__)
print(json.dumps(out))
"""


def test_pyarrow_settles_without_pandas_and_writes_the_same_bytes(monkeypatch):
    cfg = settings.load()
    assert cfg["ray"]["worker_pandas"] is False and engine._worker_env()["NEWSGRAPH_WORKER_NO_PANDAS"] == "1"
    # Ray Data's executor needs pandas in its workers
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "ray": {**cfg["ray"], "executor": "data"}})
    assert "NEWSGRAPH_WORKER_NO_PANDAS" not in engine._worker_env()
    runs = {}
    for var in ("1", None):
        env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_WORKER_NO_PANDAS"}
        if var is not None:
            env["NEWSGRAPH_WORKER_NO_PANDAS"] = var
        run = subprocess.run([sys.executable, "-c", PANDAS_PROBE], env=env, capture_output=True, text=True, check=True)
        runs[var] = json.loads(run.stdout.strip().splitlines()[-1])
    assert runs["1"]["pandas_after_table"] is False and runs[None]["pandas_after_table"] is True
    assert runs["1"]["sha1"] == runs[None]["sha1"] and runs["1"]["names"] == ["Olaf Scholz", "Berlin"]
    assert runs["1"]["pandas_importable"]
