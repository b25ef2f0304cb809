"""``[ray] shutdown_behind_tail``: a job that starts its own Ray (as ``newsgraph ingest --engine ray``
does) shuts it down while the driver runs the corpus components, and Ray is down when the job returns.
In a fresh interpreter: the Ray session of tests/test_ray.py would make the job use it and leave it up."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("ray")

from .conftest import SEED  # noqa: E402

CODE = r"""
import json, sys, threading
import ray
from newsgraph import pipeline
from newsgraph.scale import settings
from newsgraph.scale.engine import ray_ingest
from newsgraph.store import DuckDBStore

settings.load()["ray"]["shutdown_behind_tail"] = sys.argv[4] == "on"
seen = {}
real = pipeline.Pipeline.after_ingest

def spy(self, *a, **k):
    seen["threads"] = sorted(t.name for t in threading.enumerate())
    return real(self, *a, **k)

pipeline.Pipeline.after_ingest = spy
st = DuckDBStore(sys.argv[1])
rep = ray_ingest([sys.argv[3]], st, sys.argv[2], workers=1)
stories = st.query("SELECT count(*) AS n FROM stories")[0]["n"]
print("RESULT " + json.dumps({"stored": rep.stored, "stories": stories, "threads": seen.get("threads"),
                              "up_after": ray.is_initialized(), "marks": rep.marks}))
"""


@pytest.mark.parametrize("mode", ["on", "off"])
def test_own_ray_shuts_down_behind_the_corpus_components(tmp_path, mode):
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path / "s.duckdb"), str(tmp_path / "out"), str(SEED), mode],
                         capture_output=True, text=True, timeout=900)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line, out.stderr[-3000:]
    r = json.loads(line[7:])
    assert r["stored"] == 1 and r["stories"] == 1  # the corpus components ran and wrote the seed's story
    assert r["up_after"] is False  # Ray is down when the job returns, either way
    if mode == "on":
        assert "newsgraph-ray-shutdown" in r["threads"]  # shutting down while the corpus components run
        assert r["marks"]["closed"] <= r["marks"]["corpus"] <= r["marks"]["ray_down"]
    else:
        assert "newsgraph-ray-shutdown" not in r["threads"] and "ray_down" not in r["marks"]
