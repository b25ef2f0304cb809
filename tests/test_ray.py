"""The Ray engine on real articles (10kGNAD sample, the seed, a repeat and a near repeat):
the store it leaves equals the local engine's, a re-run adds nothing, a restarted job skips
finished partitions, and no Ray process outlives the session."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytest.importorskip("ray.data")

from typer.testing import CliRunner  # noqa: E402

from newsgraph.cli import app  # noqa: E402
from newsgraph.config import load as load_config  # noqa: E402
from newsgraph.pipeline import ingest  # noqa: E402
from newsgraph.scale import settings  # noqa: E402
from newsgraph.scale.engine import ray_ingest, start_ray  # noqa: E402
from newsgraph.scale.partitions import plan  # noqa: E402
from newsgraph.scale.worker import MARKERS, is_done  # noqa: E402
from newsgraph.store import DuckDBStore  # noqa: E402

from .conftest import DATA, SEED  # noqa: E402

GNAD = DATA / "gnad_sample.csv"
SMALL = {"records_per_partition": 4}  # 12 GNAD articles -> 3 partitions, so 2 workers share the work


@pytest.fixture(scope="module")
def ray_session():
    import psutil
    import ray

    omp = os.environ.pop("OMP_NUM_THREADS", None)  # the workers must get it from start_ray, not from here
    try:
        assert start_ray(None, 2)  # the engine's own settings: 2 CPUs, no dashboard, small object store
    finally:
        if omp is not None:
            os.environ["OMP_NUM_THREADS"] = omp
    node = ray._private.worker._global_node
    pids = [p.process.pid for procs in node.all_processes.values() for p in procs]
    assert pids
    yield
    ray.shutdown()
    alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
    assert not alive, f"Ray processes left behind: {alive}"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The GNAD sample, then a JSONL with a verbatim copy (other URL), a lightly edited copy, a
    too-short record and a broken line, then the seed: repeats across partitions."""
    d = tmp_path_factory.mktemp("in")
    with GNAD.open(encoding="utf-8") as fh:
        texts = [row[-1] for row in csv.reader(fh, delimiter=";", quotechar="'")]
    near = texts[0].rsplit(" ", 3)[0] + " und so weiter."
    lines = [json.dumps({"text": texts[2], "url": "https://example.org/kopie"}, ensure_ascii=False),
             json.dumps({"text": near, "url": "https://example.org/fast-kopie"}, ensure_ascii=False),
             json.dumps({"text": "Zu kurz."}), "{kaputt"]
    (d / "repeats.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    # one path relative, as users type them: both engines record it as given in source_path
    return [Path(os.path.relpath(GNAD)), d / "repeats.jsonl", SEED]


def _rows(store) -> dict[str, set]:
    out = {}
    for t in ("articles", "sentences", "mentions", "sources", "claims", "times", "events", "flags", "entities", "stories"):
        cols = "id, data, minhash" if t == "articles" else "id, data"
        out[t] = {tuple(map(str, r.values())) for r in store.query(f"SELECT {cols} FROM {t}")}
    out["errors"] = {(r["id"], r["reason"]) for r in store.query("SELECT id, reason FROM errors")}
    return out


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, inputs):
    st = DuckDBStore(tmp_path_factory.mktemp("local") / "local.duckdb")
    report = ingest(inputs, st)
    yield st, report
    st.close()


def test_plan_is_stable_and_ordered(inputs):
    parts = plan(inputs, records_per_partition=4)
    again = plan(inputs, records_per_partition=4)
    assert [p.id for p in parts] == [p.id for p in again]
    assert len({p.id for p in parts}) == len(parts)
    gnad = [p for p in parts if p.paths == (str(GNAD),)]
    assert {p.labels for p in gnad} == {(str(inputs[0]),)}
    assert [(p.start, p.end) for p in gnad][:3] == [(0, 4), (4, 8), (8, 12)]
    assert gnad[-1].end is None  # open-ended: a wrong line estimate never drops records
    assert parts[-1].paths == (str(SEED),)
    assert [p.index for p in parts] == list(range(len(parts)))


def test_local_ray_workers_get_the_configured_environment(ray_session):
    """A local Ray's workers run with the configured thread limits (one core each) and the
    driver's NEWSGRAPH_ variables, passed by inheritance rather than a runtime_env."""
    import ray

    @ray.remote(num_cpus=1)
    def env() -> dict:
        return {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}

    threads = str(settings.load()["ray"]["worker_threads"])
    assert ray.get(env.remote()) == dict.fromkeys(("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"), threads)

    @ray.remote(num_cpus=1)
    def bytecode() -> tuple:
        import sys

        return sys.pycache_prefix, sys.dont_write_bytecode

    # [ray] worker_pycache: a driver without bytecode files (PYTHONDONTWRITEBYTECODE) gives its workers a place for them
    from newsgraph.scale.engine import _pycache_env

    place = _pycache_env().get("PYTHONPYCACHEPREFIX")
    prefix, no_writes = ray.get(bytecode.remote())
    assert prefix == (place or os.environ.get("PYTHONPYCACHEPREFIX"))
    assert no_writes == (place is None and bool(os.environ.get("PYTHONDONTWRITEBYTECODE")))


def test_local_ray_workers_run_without_torch(ray_session):
    """Under ``[ray] worker_torch = false`` a worker imports the pipeline's modules (spaCy, thinc)
    without torch: ~2 s of each actor's start-up and ~180 MB (bench/README.md, twenty-third round)."""
    import importlib.util

    import ray

    if importlib.util.find_spec("torch") is None:
        pytest.skip("torch not installed: nothing to keep out")

    @ray.remote(num_cpus=1)
    def probe() -> tuple:
        import sys

        import newsgraph.scale.worker  # noqa: F401  (what an actor imports: spaCy, thinc, our stages)
        import thinc.compat

        return thinc.compat.has_torch, sys.modules.get("torch") is not None

    assert ray.get(probe.remote()) == (False, False)


def test_ray_equals_local_then_rerun_and_resume(ray_session, tmp_path, inputs, local_store, monkeypatch):
    local, lrep = local_store
    assert lrep.stored == 15 and lrep.duplicates == 2 and len(lrep.errors) == 2  # the fixture does what it says
    out = tmp_path / "out"
    st = DuckDBStore(tmp_path / "ray.duckdb")
    rep = ray_ingest(inputs, st, out, workers=2, partitioning=SMALL)
    assert (rep.stored, rep.duplicates, rep.skipped, len(rep.errors)) == (lrep.stored, lrep.duplicates, 0, 2)
    assert rep.partitions >= 5 and rep.partitions_run == rep.partitions
    assert len(rep.worker_pids) == 2  # both actors got partitions
    expected = _rows(local)
    assert _rows(st) == expected
    kinds = [r["duplicate_kind"] for r in st.query("SELECT duplicate_kind FROM articles WHERE duplicate_of IS NOT NULL")]
    assert sorted(kinds) == ["exact", "near"]

    # the Parquet output is a hive-partitioned dataset; it also holds what the worker found in the
    # near repeat, which the merge then stored as a duplicate only
    claims = f"read_parquet('{out}/claims/*/*.parquet', hive_partitioning=true)"
    q = f"SELECT count(*) AS n FROM {claims} c JOIN articles a ON a.id = c.article_id WHERE a.duplicate_of IS NULL"
    assert st.query(q)[0]["n"] == local.counts()["claims"]
    assert st.query(f"SELECT count(DISTINCT part) AS n FROM {claims}")[0]["n"] >= 4

    # a re-run from the command line finds every partition finished: nothing is analysed or stored again
    st.close()
    cfg = settings.load()
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "partition": {**cfg["partition"], **SMALL}})
    res = CliRunner().invoke(app, ["ingest", *map(str, inputs), "--engine", "ray", "--workers", "2",
                                   "--store", str(tmp_path / "ray.duckdb"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "stored 0 new articles" in res.output and f"{lrep.stored} already stored" in res.output
    st = DuckDBStore(tmp_path / "ray.duckdb")
    assert _rows(st) == expected

    # a job restarted after a crash, into a fresh store: one partition never finished
    parts = plan(inputs, **SMALL)
    shutil.rmtree(out / MARKERS / f"part={parts[1].id}")
    assert not is_done(out, parts[1].id) and is_done(out, parts[2].id)
    fresh = DuckDBStore(tmp_path / "resumed.duckdb")
    res = ray_ingest(inputs, fresh, out, workers=2, partitioning=SMALL)
    assert res.partitions_run == 1 and res.summaries[0]["id"] == parts[1].id
    assert res.stored == lrep.stored
    assert _rows(fresh) == expected
    for s in (st, fresh):
        s.close()


def _merge_only(st, inputs, out, monkeypatch, batch_articles: int):
    """``ray_ingest`` on an output whose partitions are all finished (no Ray started: only the
    merge runs), ``batch_articles`` per transaction."""
    cfg = settings.load()
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "merge": {**cfg["merge"], "batch_articles": batch_articles}})
    try:
        return ray_ingest(inputs, st, out, workers=2, partitioning=SMALL)
    finally:
        monkeypatch.setattr(settings, "load", lambda: cfg)


def test_merging_partitions_in_one_transaction(ray_session, tmp_path, inputs, local_store, monkeypatch):
    """Finished partitions merged several to a transaction leave the store that merging them one
    by one leaves, duplicates across partitions included; a crash inside
    such a transaction leaves none of its partitions in the store, and the restarted job merges
    them all again."""
    from newsgraph.scale.worker import read_tables
    from newsgraph.store import duckdb_store

    _, lrep = local_store
    out = tmp_path / "out"
    st = DuckDBStore(tmp_path / "ray.duckdb")
    ray_ingest(inputs, st, out, workers=2, partitioning=SMALL)  # with the configured batches
    # the stores below are compared with this one, merged from the same Parquet: the test above
    # compares a live run with the local engine
    expected = _rows(st)
    st.close()
    parts = plan(inputs, **SMALL)
    n_parts = len(parts)
    with_articles = sum(1 for p in parts if read_tables(out, p.id, ("articles",))["articles"].num_rows)
    for batch, name in ((1, "one.duckdb"), (10**6, "all.duckdb")):
        calls: list[int] = []
        real = duckdb_store.DuckDBStore._write
        monkeypatch.setattr(duckdb_store.DuckDBStore, "_write",
                            lambda self, ids, *a, _real=real, _calls=calls: (_calls.append(len(ids)), _real(self, ids, *a))[1])
        st = DuckDBStore(tmp_path / name)
        rep = _merge_only(st, inputs, out, monkeypatch, batch)
        assert (rep.partitions_run, rep.partitions_merged) == (0, n_parts)
        assert (rep.stored, rep.duplicates, len(rep.errors)) == (lrep.stored, lrep.duplicates, 2)
        # one transaction per partition with articles (all of them new here), or one for all of them
        assert len(calls) == (with_articles if batch == 1 else 1) and sum(calls) == lrep.stored
        assert with_articles >= 4
        assert _rows(st) == expected
        st.close()
        monkeypatch.setattr(duckdb_store.DuckDBStore, "_write", real)

    # a crash while the last partition's rows go in, before the commit: merged one by one, the
    # partitions before it would be in the store
    real_insert = duckdb_store.DuckDBStore._insert_arrow
    last = set(read_tables(out, parts[-1].id, ("articles",))["articles"].column("id").to_pylist())
    assert last

    def crash(self, table, batch, replace=True):
        if table == "events" and last & set(batch.column("article_id").to_pylist()):
            raise RuntimeError("worker node lost")
        return real_insert(self, table, batch, replace)

    monkeypatch.setattr(duckdb_store.DuckDBStore, "_insert_arrow", crash)
    st = DuckDBStore(tmp_path / "crashed.duckdb")
    with pytest.raises(RuntimeError, match="worker node lost"):
        _merge_only(st, inputs, out, monkeypatch, 10**6)
    st.close()
    st = DuckDBStore(tmp_path / "crashed.duckdb")
    assert {t: n for t, n in st.counts().items() if n} == {}  # not one row of the batch
    monkeypatch.setattr(duckdb_store.DuckDBStore, "_insert_arrow", real_insert)
    rep = _merge_only(st, inputs, out, monkeypatch, 10**6)
    assert (rep.stored, rep.skipped) == (lrep.stored, 0)  # merged again, all of it
    assert _rows(st) == expected
    st.close()


def test_ray_data_executor_equals_local(ray_session, tmp_path, inputs, local_store, monkeypatch):
    """The Ray Data executor (``[ray] executor = "data"``) runs the same workers and leaves the
    same store as the local engine (and so as the default actor pool)."""
    local, lrep = local_store
    cfg = settings.load()
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "ray": {**cfg["ray"], "executor": "data"}})
    st = DuckDBStore(tmp_path / "data.duckdb")
    rep = ray_ingest(inputs, st, tmp_path / "out", workers=2, partitioning=SMALL)
    assert (rep.stored, rep.duplicates, len(rep.errors)) == (lrep.stored, lrep.duplicates, 2)
    assert rep.partitions_run == rep.partitions
    assert _rows(st) == _rows(local)
    st.close()


def test_worker_analysis_matches_pipeline_on_seed(tmp_path):
    """The actor class on its own (no Ray): the Parquet it writes reads back into the analysis
    ``Pipeline.analyse`` makes of the seed, record for record."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.scale.tables import from_tables
    from newsgraph.scale.worker import PartitionWorker, read_tables

    part = plan([SEED])[0]
    w = PartitionWorker(str(tmp_path), load_config(), {"language": "de", "published": "2024-12-21"})
    summary = w.run(part)
    assert summary["articles"] == summary["analysed"] == 1 and summary["words"] > 300
    items, errors = from_tables(read_tables(tmp_path, part.id))
    (art, analysis, _), = items
    direct = Pipeline().analyse_text(SEED.read_text("utf-8"), language="de", published="2024-12-21")
    assert analysis.model_dump(exclude={"article"}) == direct.model_dump(exclude={"article"})
    assert analysis.claims and analysis.mentions and analysis.sentences


def test_partition_in_pieces_writes_what_the_whole_partition_writes(tmp_path):
    """``[ray] tail_pieces``: a partition analysed in pieces (each piece on its own, put together
    in any order by the driver's ``assemble``) leaves the very tables and Parquet bytes that the
    whole partition leaves: an article already stored, an exact repeat, a too-short record and
    a broken line included (no Ray)."""
    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import read_file
    from newsgraph.scale.tables import SCHEMAS
    from newsgraph.scale.worker import PartitionWorker, assemble, part_dir, read_tables

    with GNAD.open(encoding="utf-8") as fh:
        texts = [row[-1] for row in csv.reader(fh, delimiter=";", quotechar="'")]
    lines = [json.dumps({"text": t, "url": f"https://example.org/{i}"}, ensure_ascii=False) for i, t in enumerate(texts[:6])]
    lines[3:3] = [json.dumps({"text": texts[1], "url": "https://example.org/kopie"}, ensure_ascii=False),
                  json.dumps({"text": "Zu kurz."}), "{kaputt"]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", "utf-8")
    part = plan([src], records_per_partition=100)[0]
    stored = build_article(next(iter(read_file(src, 10**7))), 50, None).id  # the first article: "already stored"
    whole = tmp_path / "whole"
    w = PartitionWorker(str(whole), known_ids=frozenset({stored}))
    summary = w.run(part)
    assert (summary["articles"], summary["analysed"], summary["errors"]) == (7, 5, 2)
    for m in (2, 3):
        results = [w.run_piece(part, k, m) for k in range(m)]
        assert sum(r[0]["analysed"] for r in results) == 5 and all(r[0]["analysed"] for r in results)
        cut = tmp_path / f"pieces-{m}"
        got = assemble(cut, list(reversed(results)))
        assert {k: got[k] for k in ("id", "articles", "analysed", "errors", "words")} == \
            {k: summary[k] for k in ("id", "articles", "analysed", "errors", "words")}
        assert is_done(cut, part.id) and len(got["pieces"]) == m
        a, b = read_tables(whole, part.id), read_tables(cut, part.id)
        for t in SCHEMAS:
            if t == "errors":  # an error records when it was read ("at"): the rest must be the same
                strip = lambda tab: [{**r, "data": {**json.loads(r["data"]), "at": None}} for r in tab.to_pylist()]  # noqa: E731
                assert strip(a[t]) == strip(b[t])
                continue
            assert a[t].equals(b[t]), t
            assert (part_dir(whole, t, part.id) / "part-0.parquet").read_bytes() == \
                (part_dir(cut, t, part.id) / "part-0.parquet").read_bytes(), t
        assert a["claims"].num_rows and a["errors"].num_rows == 2


def test_piece_cuts_share_the_text_evenly():
    from newsgraph.scale.worker import piece_cuts

    with GNAD.open(encoding="utf-8") as fh:
        sizes = [len(row[-1]) for row in csv.reader(fh, delimiter=";", quotechar="'")]
    for m in (1, 2, 3, 4):
        cuts = piece_cuts(sizes, m)
        assert len(cuts) == m + 1 and cuts[0] == 0 and cuts[-1] == len(sizes) and cuts == sorted(cuts)
        for k in range(m):  # each piece within one article of an even share
            assert abs(sum(sizes[cuts[k]:cuts[k + 1]]) - sum(sizes) / m) <= max(sizes)
    assert piece_cuts([], 3) == [0, 0, 0, 0]
    assert piece_cuts([5000, 10, 10], 3) == [0, 0, 1, 3]  # an empty piece rather than a split article


def test_units_hand_out_the_last_partitions_in_pieces(inputs):
    from newsgraph.scale.engine import _units

    parts = plan(inputs, **SMALL)
    units = _units(parts, 2, {"tail_pieces": 3, "tail_partitions": 0})
    # the open remainder of the repeats file (the line count's last, empty line) is not one of the last
    rest = [p for p in parts if p.end is None and p.start > 0]
    assert rest and all(p.paths != (str(SEED),) for p in rest)
    last = [p for p in parts if p not in rest][-2:]
    assert last[-1].paths == (str(SEED),)
    assert [u for u in units if u[1] is not None] == [(p, (k, 3)) for p in last for k in range(3)]
    assert [p for p, piece in units if piece is None] == [p for p in parts if p not in last]
    assert [p.index for p, _ in units] == sorted(p.index for p, _ in units)  # still input order
    assert all(u[1] is None for u in _units(parts, 1, {"tail_pieces": 3}))  # one worker: nothing to balance
    assert all(u[1] is None for u in _units(parts, 2, {"tail_pieces": 1}))


def test_ray_with_every_partition_in_pieces_equals_local_and_resumes(ray_session, tmp_path, inputs, local_store,
                                                                    monkeypatch):
    """Every partition handed out in pieces: the store equals the local engine's, each partition
    has its output and marker, and a restarted job skips the finished ones."""
    local, lrep = local_store
    cfg = settings.load()
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "ray": {**cfg["ray"], "tail_pieces": 3, "tail_partitions": 100}})
    out = tmp_path / "out"
    st = DuckDBStore(tmp_path / "pieces.duckdb")
    rep = ray_ingest(inputs, st, out, workers=2, partitioning=SMALL)
    assert (rep.stored, rep.duplicates, len(rep.errors)) == (lrep.stored, lrep.duplicates, 2)
    assert rep.partitions_run == rep.partitions and len(rep.worker_pids) == 2
    parts = plan(inputs, **SMALL)
    cut = [s for s in rep.summaries if "pieces" in s]
    # all but the open remainders of the two files cut into record ranges (the line count's last line)
    assert len(cut) == rep.partitions - 2 == len([p for p in parts if not (p.end is None and p.start > 0)])
    assert {x["pid"] for s in cut for x in s["pieces"]} == set(rep.worker_pids)
    assert _rows(st) == _rows(local)
    st.close()
    assert all(is_done(out, p.id) for p in parts)
    shutil.rmtree(out / MARKERS / f"part={parts[0].id}")
    fresh = DuckDBStore(tmp_path / "resumed.duckdb")
    res = ray_ingest(inputs, fresh, out, workers=2, partitioning=SMALL)
    assert res.partitions_run == 1 and res.summaries[0]["id"] == parts[0].id
    assert _rows(fresh) == _rows(local)
    fresh.close()


def test_fresh_job_requests_its_actors_before_the_plan(ray_session, tmp_path, monkeypatch):
    """``[ray] actors_first``: a fresh job's actors start while the driver plans and reads the stored
    ids, which reach them with their units (an article already stored is not analysed again); only as
    many actors as partitions stay; a job whose partitions are all finished plans first and starts none;
    with the switch off the driver plans first, as before."""
    from newsgraph.scale import engine

    events: list[tuple] = []
    real_plan, real_pool = engine.plan, engine._ActorPool

    class Pool(real_pool):
        def __init__(self, n, kwargs):
            events.append(("actors", n, "known_ids" in kwargs))
            super().__init__(n, kwargs)

        def keep(self, n):
            events.append(("keep", n))
            super().keep(n)

    monkeypatch.setattr(engine, "_ActorPool", Pool)
    monkeypatch.setattr(engine, "plan", lambda *a, **k: (events.append(("plan",)), real_plan(*a, **k))[1])
    st = DuckDBStore(tmp_path / "seed.duckdb")
    assert ingest([SEED], st).stored == 1  # the seed is stored already

    rep = ray_ingest([SEED], st, tmp_path / "out", workers=2)
    assert events == [("actors", 2, False), ("plan",), ("keep", 1)]
    assert (rep.partitions_run, rep.stored, rep.skipped, len(rep.worker_pids)) == (1, 0, 1, 1)
    assert rep.summaries[0]["articles"] == 1 and rep.summaries[0]["analysed"] == 0  # the worker knew the stored id

    events.clear()
    rep = ray_ingest([SEED], st, tmp_path / "out", workers=2)  # every partition finished: no actors
    assert events == [("plan",)] and rep.partitions_run == 0 and rep.skipped == 1

    events.clear()
    cfg = settings.load()
    monkeypatch.setattr(settings, "load", lambda: {**cfg, "ray": {**cfg["ray"], "actors_first": False}})
    rep = ray_ingest([SEED], st, tmp_path / "out2", workers=2)
    assert events == [("plan",), ("actors", 1, False), ("keep", 1)]
    assert rep.summaries[0]["analysed"] == 0 and rep.stored == 0
    st.close()


def test_warc_byte_ranges_read_what_the_whole_file_reads(tmp_path):
    """A WARC cut into byte ranges at response records yields the same articles, in the same
    order, as the local engine's reader on the whole file, a truncated one included."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsgraph.ingest.readers import read_file
    from newsgraph.scale.worker import read_partition

    with GNAD.open(encoding="utf-8") as fh:
        texts = [row[-1] for row in csv.reader(fh, delimiter=";", quotechar="'")]
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i, t in enumerate(texts[:7]):
        html = f"<html><head><title>T{i}</title></head><body><article>{''.join(f'<p>{s}.</p>' for s in t.split('. '))}</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        w.write_record(w.create_warc_record(f"https://derstandard.at/{i}", "request", payload=io.BytesIO(b"GET /")))
        w.write_record(w.create_warc_record(f"https://derstandard.at/{i}", "response",
                                            payload=io.BytesIO(html.encode("utf-8")), http_headers=headers))
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(buf.getvalue())
    parts = plan([crawl], records_per_partition=3)
    assert len(parts) == 3 and parts[0].offset == 0 and parts[-1].offset_end is None
    whole = [(i.source_path, i.text) for i in read_file(crawl, 10**7)]
    assert len(whole) == 7
    assert [(i.source_path, i.text) for p in parts for i in read_partition(p, 10**7)] == whole

    # a crawl cut off inside its last record: the last range reports it as the whole-file reader does
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(buf.getvalue()[:-150])
    whole = [(type(i).__name__, i.text if hasattr(i, "text") else i.reason) for i in read_file(cut, 10**7)]
    assert whole[-1] == ("IngestError", "truncated")
    assert [(type(i).__name__, i.text if hasattr(i, "text") else i.reason)
            for p in plan([cut], records_per_partition=3) for i in read_partition(p, 10**7)] == whole


def test_worker_module_does_not_import_duckdb():
    """A Ray worker writes Parquet and never opens a store: importing it must not pay for
    DuckDB (part of every actor's start-up)."""
    import subprocess
    import sys

    code = "import sys, newsgraph.scale.worker; print('duckdb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
