"""``[ray] worker_pycache`` (config/scale.toml): a driver whose environment forbids bytecode files
(PYTHONDONTWRITEBYTECODE) starts its local Ray with a bytecode place under the newsgraph cache, so each
worker reads newsgraph's compiled modules instead of compiling them again; the source tree gets no
``__pycache__``, and a place the user named is kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newsgraph.scale import engine, settings

PROBE = """
import json, os, sys
import newsgraph.stories.events as m
print(json.dumps({"prefix": sys.pycache_prefix, "cached": m.__cached__, "file": m.__file__,
                  "mtime": os.stat(m.__cached__).st_mtime_ns if os.path.exists(m.__cached__) else None}))
"""


def test_a_driver_without_bytecode_gives_its_workers_a_place(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    assert engine._pycache_env() == {"PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"), "PYTHONDONTWRITEBYTECODE": ""}
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path / "mine"))
    assert engine._pycache_env() == {}  # the user's own place stays
    monkeypatch.delenv("PYTHONPYCACHEPREFIX")
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE")
    assert engine._pycache_env() == {}  # bytecode next to the sources, as Python does by default
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setitem(settings.load()["ray"], "worker_pycache", False)
    assert engine._pycache_env() == {}


def test_workers_write_the_bytecode_once_and_read_it_after(monkeypatch, tmp_path):
    """Two worker-like processes with the environment a local Ray gets: the first writes the compiled
    module under the cache, the second loads it from there without writing it again."""
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = {**os.environ, **engine._pycache_env()}
    import newsgraph.stories.events as mod

    beside = Path(mod.__file__).parent / "__pycache__"
    before = {p: p.stat().st_mtime_ns for p in beside.glob("events.*.pyc")}
    runs = [json.loads(subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                                      check=True).stdout) for _ in range(2)]
    first, second = runs
    assert first["prefix"] == str(tmp_path / "pycache")
    cached = Path(first["cached"])
    assert cached.is_relative_to(tmp_path / "pycache") and first["mtime"] is not None
    assert cached.read_bytes()[:4] == __import__("importlib.util").util.MAGIC_NUMBER
    assert second["cached"] == first["cached"] and second["mtime"] == first["mtime"]  # read, not written again
    # the source tree stays as the variable asks: nothing written next to the module
    assert {p: p.stat().st_mtime_ns for p in beside.glob("events.*.pyc")} == before
