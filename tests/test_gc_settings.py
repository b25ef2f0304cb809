"""``[gc]`` (newsgraph/config/default.toml): the cyclic collector is set as configured while the
pipeline analyses — ``Pipeline.analyse`` (the Python API), a Ray worker's partition, and ingest
(tests/test_ingest.py) — and put back afterwards, also after an exception."""

from __future__ import annotations

import copy
import gc

import pytest

from newsgraph.config import load
from newsgraph.pipeline import Pipeline, collector

from .conftest import SEED

SETTINGS = [
    {"thresholds": [30_000, 15, 12], "freeze": True},
    {"thresholds": [40_000], "freeze": False},
    {"thresholds": [], "freeze": True},
    {"thresholds": [], "freeze": False},
]


def _config(gcfg: dict) -> dict:
    cfg = copy.deepcopy(load())
    cfg["pipeline"] = {"components": [], "corpus_components": []}
    cfg["gc"] = {**cfg.get("gc", {}), **gcfg}
    return cfg


def _expected(gcfg: dict, before: tuple[int, int, int]) -> tuple[int, ...]:
    t = gcfg["thresholds"]
    return tuple(max(a, b) for a, b in zip(t, before)) + before[len(t):]


class Recorder:
    """A component that notes the collector's thresholds and freeze count when it runs."""

    def __init__(self) -> None:
        self.seen: list[tuple[tuple[int, ...], int]] = []

    def __call__(self, analysis, doc) -> None:
        self.seen.append((gc.get_threshold(), gc.get_freeze_count()))


def test_the_shipped_setting_raises_the_thresholds_and_freezes():
    g = load()["gc"]
    assert g["freeze"] is True and len(g["thresholds"]) == 3 and g["thresholds"][0] > 700


@pytest.mark.parametrize("gcfg", SETTINGS)
def test_analyse_runs_under_the_configured_collector_and_puts_it_back(seed_text, gcfg):
    pipeline = Pipeline(_config(gcfg))
    rec = Recorder()
    pipeline.components = [("recorder", rec)]
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    for _ in range(2):  # the second call finds the models loaded before it, as a long-lived process does
        a = pipeline.analyse_text(seed_text, language="de")
        assert a.sentences
        assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert len(rec.seen) == 2
    for thresholds, frozen in rec.seen:
        assert thresholds == _expected(gcfg, before)
        assert (frozen > 0) == gcfg["freeze"]


@pytest.mark.parametrize("gcfg", SETTINGS[:2])
def test_a_ray_workers_partition_runs_under_the_configured_collector(tmp_path, monkeypatch, gcfg):
    from newsgraph.scale import worker as worker_mod
    from newsgraph.scale.partitions import plan

    w = worker_mod.PartitionWorker(str(tmp_path), _config(gcfg), {"language": "de"})
    rec = Recorder()
    w.pipeline.components = [("recorder", rec)]
    written: list[tuple[tuple[int, ...], int]] = []
    real_write = worker_mod.write_partition

    def recording_write(*args, **kw):  # the partition's tables are built and written under it too
        written.append((gc.get_threshold(), gc.get_freeze_count()))
        real_write(*args, **kw)

    monkeypatch.setattr(worker_mod, "write_partition", recording_write)
    before = gc.get_threshold()
    summary = w.run(plan([SEED])[0])
    assert summary["analysed"] == 1
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert len(rec.seen) == len(written) == 1
    for thresholds, frozen in rec.seen + written:
        assert thresholds == _expected(gcfg, before)
        assert (frozen > 0) == gcfg["freeze"]


def test_nested_and_failing_blocks_restore_the_collector():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with collector({"thresholds": [25_000, 11, 11], "freeze": True}):
            inner = gc.get_threshold()
            with collector({"thresholds": [90_000], "freeze": True}):  # a nested user changes nothing
                assert gc.get_threshold() == inner
            assert gc.get_freeze_count() > 0
            raise RuntimeError("power cut")
    assert inner == _expected({"thresholds": [25_000, 11, 11]}, before)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


@pytest.mark.parametrize("gcfg", SETTINGS[:2])
def test_models_load_under_the_thresholds_unfrozen_then_analyse_freezes_them(seed_text, gcfg, monkeypatch):
    pipeline = Pipeline(_config(gcfg))
    loads: list[tuple[tuple[int, ...], int]] = []
    real_nlp = pipeline.nlp

    def recording_nlp(lang):  # the model loads here (once per process; later calls find it loaded)
        loads.append((gc.get_threshold(), gc.get_freeze_count()))
        return real_nlp(lang)

    monkeypatch.setattr(pipeline, "nlp", recording_nlp)
    rec = Recorder()
    pipeline.components = [("recorder", rec)]
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    a = pipeline.analyse_text(seed_text, language="de")
    assert a.sentences and len(loads) == 1 and len(rec.seen) == 1
    # loaded under the raised thresholds, nothing frozen yet; the analysis then runs with it all frozen
    assert loads[0] == (_expected(gcfg, before), 0)
    assert rec.seen[0] == (_expected(gcfg, before), rec.seen[0][1]) and (rec.seen[0][1] > 0) == gcfg["freeze"]
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


@pytest.mark.parametrize("gcfg", SETTINGS[:2])
def test_the_corpus_components_run_under_the_configured_collector(seed_text, tmp_path, gcfg):
    """``after_ingest`` (the Ray driver's tail after its last merge, and ingest's end): the corpus
    components run under ``[gc]`` and the real ones still build their stories."""
    from newsgraph.store import DuckDBStore

    cfg = _config(gcfg)
    cfg["pipeline"]["corpus_components"] = ["stories.cluster"]
    pipeline = Pipeline(cfg)
    a = pipeline.analyse_text(seed_text, language="de")
    store = DuckDBStore(tmp_path / "s.duckdb")
    store.put_analyses([a])
    rec = Recorder()
    pipeline.corpus_components = [("recorder", rec), *pipeline.corpus_components]
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    timings: list = []
    pipeline.after_ingest(store, [a.article.id], timings)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert [t[0] for t in timings] == ["recorder", "stories.cluster"]
    assert len(rec.seen) == 1
    thresholds, frozen = rec.seen[0]
    assert thresholds == _expected(gcfg, before) and (frozen > 0) == gcfg["freeze"]
    assert store.con.execute("SELECT count(*) FROM stories").fetchone()[0] >= 1
    store.close()
