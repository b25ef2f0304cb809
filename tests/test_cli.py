"""The command line end to end: ingest, show, export, demo, eval dispatch."""

from __future__ import annotations

import json

import duckdb
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Analysis

from .conftest import DATA, SEED

runner = CliRunner()


def test_ingest_show_export(tmp_path):
    store = str(tmp_path / "n.duckdb")
    r = runner.invoke(app, ["ingest", str(SEED), "--lang", "de", "--published", "2024-12-21", "--outlet", "Testblatt", "--store", store])
    assert r.exit_code == 0, r.output
    assert "stored 1 new articles" in r.output
    r = runner.invoke(app, ["ingest", str(SEED), "--lang", "de", "--published", "2024-12-21", "--outlet", "Testblatt", "--store", store])
    assert "stored 0 new articles" in r.output and "1 already stored" in r.output

    r = runner.invoke(app, ["articles", "--store", store])
    aid = next(tok for tok in r.output.split() if tok.startswith("art_"))
    r = runner.invoke(app, ["show", aid[:9], "--store", store])
    assert r.exit_code == 0, r.output
    assert "Die Zeitung behauptet" in r.output and "Testblatt" in r.output

    out = tmp_path / "exp"
    r = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out), "--store", store])
    assert r.exit_code == 0, r.output
    line = (out / "analyses.jsonl").read_text("utf-8").splitlines()[0]
    a = Analysis.model_validate_json(line)
    assert a.article.outlet == "Testblatt" and a.sentences
    r = runner.invoke(app, ["export", "--format", "parquet", "--out", str(out), "--store", store])
    assert r.exit_code == 0, r.output
    n = duckdb.connect().execute(f"SELECT count(*) FROM '{out}/sentences.parquet'").fetchone()[0]
    assert n == len(a.sentences)
    assert json.loads(duckdb.connect().execute(f"SELECT data FROM '{out}/articles.parquet'").fetchone()[0])["published"] == "2024-12-21"


def test_show_unknown_and_bad_format(tmp_path):
    store = str(tmp_path / "n.duckdb")
    runner.invoke(app, ["ingest", str(DATA / "gnad_sample.csv"), "--store", store])
    assert runner.invoke(app, ["show", "art_doesnotexist", "--store", store]).exit_code == 1
    assert runner.invoke(app, ["export", "--format", "xml", "--store", store]).exit_code == 2
    assert runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--store", store]).exit_code == 2


def test_demo_runs_on_shipped_samples(tmp_path):
    r = runner.invoke(app, ["demo", "--store", str(tmp_path / "demo.duckdb")])
    assert r.exit_code == 0, r.output
    assert "stored 7 new articles" in r.output
    assert "Die Zeitung behauptet" in r.output


def test_eval_dispatch_lists_scorers():
    r = runner.invoke(app, ["eval", "no-such-scorer"])
    assert r.exit_code == 2 and "available:" in r.output
