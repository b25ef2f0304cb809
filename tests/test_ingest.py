"""Ingest on real articles: formats, normalisation with offsets, ids, duplicates, bad input."""

from __future__ import annotations

import gzip
import io
import json
import shutil

import pytest

from newsgraph.ingest.normalize import normalize
from newsgraph.ingest.readers import read_paths
from newsgraph.model import Analysis, Span
from newsgraph.pipeline import ingest
from newsgraph.store import open_store

from .conftest import DATA, SEED


def test_normalize_removes_stray_spaces_and_keeps_offsets(seed_text):
    text, offsets = normalize(seed_text)
    assert "veranstaltet hatte ," not in text and "veranstaltet hatte, zu dem" in text
    assert "operiert ." not in text and "operiert. Die" in text
    # every normalised span maps back onto the same characters of the original
    for needle in ("Washington Post", "Mark Rutte", "Wladimir Putin", "Nachhaltiges“"):
        start = text.index(needle)
        raw_start = offsets.to_raw(start)
        raw_end = offsets.to_raw(start + len(needle) - 1) + 1
        assert seed_text[raw_start:raw_end] == needle
    # after the removed space the shift is one character
    i = text.index("operiert.") + len("operiert")
    assert seed_text[offsets.to_raw(i)] == "."


def test_normalize_nfc_and_whitespace():
    raw = "Zu\u0308rich  liegt\u00a0am See .\r\n\r\nZweiter Absatz"
    text, offsets = normalize(raw)
    assert text == "Zürich liegt am See.\n\nZweiter Absatz"
    j = text.index("See")
    assert raw[offsets.to_raw(j): offsets.to_raw(j) + 3] == "See"


def test_normalize_fast_path_agrees_with_the_per_character_one(seed_text):
    """NFC text takes a regex path; the per-character loop (kept for non-NFC text) is the
    reference, on the seed, real 10kGNAD texts and made-up whitespace/punctuation mixes."""
    import csv
    import random
    import unicodedata

    from newsgraph.ingest.normalize import _NEWLINE, _normalize_chars

    def reference(raw: str):
        raw = _NEWLINE.sub(lambda m: "\n" + "\0" * (len(m.group()) - 1), raw)
        return _normalize_chars(list(raw), list(range(len(raw))))

    texts = [seed_text]
    import os
    from pathlib import Path

    shared = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    gnad = shared / "data" / "corpora" / "10kgnad" / "test.csv"
    if gnad.exists():
        csv.field_size_limit(10_000_000)
        with gnad.open(encoding="utf-8", newline="") as f:
            texts += [r[1] for _, r in zip(range(200), csv.reader(f, delimiter=";", quotechar="'")) if len(r) > 1]
    rng = random.Random(7)
    alphabet = list("ab ,.;:!?)»“\n\r\t\u00a0\u200b\u00ad\0") + ["\r\n", "\u2028", "\n\n", "  "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    for t in texts:
        if unicodedata.is_normalized("NFC", t):
            assert normalize(t) == reference(t), repr(t)


def test_readers_10kgnad_csv_and_language(bare_pipeline, tmp_path):
    store = open_store(tmp_path / "s.duckdb")
    report = ingest([DATA / "gnad_sample.csv"], store, None, bare_pipeline)
    assert report.stored == 12 and not report.errors
    rows = store.query("SELECT language, title FROM articles")
    assert {r["language"] for r in rows} == {"de"}
    assert all(r["title"] for r in rows)
    assert store.counts()["sentences"] > 12 * 5


def test_seed_article_with_overrides(bare_pipeline, tmp_path):
    store = open_store(tmp_path / "s.duckdb")
    report = ingest([SEED], store, {"language": "de", "published": "2024-12-21"}, bare_pipeline)
    assert report.stored == 1
    a = store.get_analysis(report.new_ids[0])
    assert a.article.published.isoformat() == "2024-12-21"
    assert a.article.title.startswith("Die Zeitung behauptet")
    assert a.article.raw_text is not None  # normalisation changed something, so the original is kept
    # sentence spans are exact slices of the stored text
    for s in a.sentences:
        assert a.article.text[s.span.start:s.span.end] == s.span.text
    assert any("Washington Post am Freitag" in s.span.text for s in a.sentences)
    # and map back onto the raw text
    s = next(s for s in a.sentences if "operiert" in s.span.text)
    rs, re_ = a.article.raw_span(s.span)
    assert a.article.raw_text[rs:re_].replace(" .", ".") == s.span.text


def test_rerun_adds_nothing_and_duplicates_are_recorded(bare_pipeline, tmp_path):
    store = open_store(tmp_path / "s.duckdb")
    first = ingest([DATA / "gnad_sample.csv"], store, None, bare_pipeline)
    again = ingest([DATA / "gnad_sample.csv"], store, None, bare_pipeline)
    assert again.stored == 0 and again.skipped == first.stored
    # the same article under another URL is an exact duplicate; lightly edited, a near duplicate
    a = store.get_analysis(first.new_ids[0]).article
    lines = [
        {"url": "https://example.org/copy", "text": a.text},
        {"url": "https://example.org/edited", "text": a.text.replace(".", "!", 1) + " Mit Material von APA."},
    ]
    p = tmp_path / "dups.jsonl"
    p.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    rep = ingest([p], store, None, bare_pipeline)
    assert rep.stored == 2 and rep.duplicates == 2
    kinds = {r["url"]: (r["duplicate_of"], r["duplicate_kind"]) for r in store.query(
        "SELECT url, duplicate_of, duplicate_kind FROM articles WHERE url LIKE 'https://example.org/%'")}
    assert kinds["https://example.org/copy"] == (a.id, "exact")
    assert kinds["https://example.org/edited"] == (a.id, "near")
    assert store.counts()["articles"] == 14


def _warc(path, html_pages, truncate=False):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in html_pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                      http_headers=headers))
    data = buf.getvalue()
    path.write_bytes(data[: len(data) - 150] if truncate else data)  # cut inside the last record


def _html(title, body):
    paras = "".join(f"<p>{p}</p>" for p in body.split(". ") if p)
    return (f"<html><head><title>{title}</title></head><body><nav>Startseite | Politik | Sport</nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>Impressum</footer></body></html>")


def test_batch_with_broken_files_stores_all_good_ones(bare_pipeline, tmp_path, seed_text):
    import csv

    arts = [r[1] for r in csv.reader((DATA / "gnad_sample.csv").open(encoding="utf-8"), delimiter=";", quotechar="'")]
    d = tmp_path / "batch"
    d.mkdir()
    # good: text, HTML, Latin-1 text, Windows-1252 HTML, JSONL, WARC
    shutil.copy(SEED, d / "seed.txt")
    (d / "a.html").write_text(_html("Ein Artikel", arts[0]), "utf-8")
    (d / "latin1.txt").write_bytes(("Österreich\n" + arts[1]).encode("latin-1", errors="replace"))
    (d / "cp1252.html").write_bytes(_html("Gänsefüßchen „Test“", arts[2]).encode("cp1252", errors="replace"))
    (d / "feed.jsonl").write_text("\n".join(json.dumps({"title": f"T{i}", "text": t, "url": f"https://x.at/{i}"})
                                             for i, t in enumerate(arts[3:6])), "utf-8")
    _warc(d / "crawl.warc.gz", [("https://derstandard.at/1", _html("W1", arts[6])), ("https://derstandard.at/2", _html("W2", arts[7]))])
    # broken: binary, empty, 50 MB HTML, truncated WARC, truncated HTML without any text
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (d / "empty.html").write_bytes(b"")
    (d / "huge.html").write_bytes(b"<html><body>" + b"<p>Lorem ipsum dolor sit amet.</p>" * (50_000_000 // 34) + b"</body></html>")
    _warc(d / "broken.warc.gz", [(f"https://derstandard.at/9{i}", _html(f"W{i}", arts[8 + i])) for i in range(3)], truncate=True)
    (d / "cut.html").write_text("<html><head><title>Abgeschnitten</title></head><body><div class=", "utf-8")

    store = open_store(tmp_path / "s.duckdb")
    report = ingest([d], store, None, bare_pipeline)
    assert report.stored == 11, [e.path for e in report.errors]  # 9 good files, 2 intact records of the cut WARC
    reasons = {e.path.split("#")[0].split("/")[-1]: e.reason for e in report.errors}
    assert reasons == {"image.txt": "binary", "empty.html": "empty", "huge.html": "too_large",
                       "broken.warc.gz": "truncated", "cut.html": "no_text"}
    assert store.counts()["errors"] == 5
    latin = store.query("SELECT data FROM articles WHERE source_path LIKE '%latin1.txt'")[0]["data"]
    assert "Österreich" in latin and "not UTF-8" in latin
    warc_urls = {r["url"] for r in store.query("SELECT url FROM articles WHERE source_path LIKE '%crawl.warc.gz%'")}
    assert warc_urls == {"https://derstandard.at/1", "https://derstandard.at/2"}


def test_crash_mid_ingest_then_rerun_stores_each_article_once(bare_pipeline, tmp_path):
    store = open_store(tmp_path / "s.duckdb")
    calls = {"n": 0}
    real = store.put_analyses

    def crashing(analyses, signatures=None):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        real(analyses, signatures)

    store.put_analyses = crashing
    with pytest.raises(RuntimeError):
        ingest([DATA / "gnad_sample.csv"], store, None, bare_pipeline, batch_size=5)
    assert store.counts()["articles"] == 5
    store.put_analyses = real
    rep = ingest([DATA / "gnad_sample.csv"], store, None, bare_pipeline, batch_size=5)
    assert rep.skipped == 5 and rep.stored == 7
    assert store.query("SELECT count(*) AS n, count(DISTINCT id) AS d FROM articles")[0] == {"n": 12, "d": 12}


def test_analysis_round_trips_through_json(bare_pipeline, seed_text):
    a = bare_pipeline.analyse_text(seed_text, language="de", published="2024-12-21")
    again = Analysis.model_validate_json(a.model_dump_json())
    assert again == a
    assert isinstance(again.sentences[0].span, Span)


def test_reader_reports_bad_jsonl_lines(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"text": "Ein ganz normaler Satz über die Wiener Stadtpolitik und ihre Folgen."}\n{not json\n[1,2]\n{"title": "ohne Text"}\n', "utf-8")
    items = list(read_paths([p], 10_000_000))
    kinds = [getattr(i, "reason", "ok") for i in items]
    assert kinds == ["ok", "bad_json", "bad_json", "empty"]


def test_gzip_bytes_are_binary(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(gzip.compress(b"Hallo Welt " * 100))
    assert [i.reason for i in read_paths([p], 10_000_000)] == ["binary"]


def test_ingest_raises_the_young_gc_threshold_only_while_it_runs(bare_pipeline, tmp_path):
    import gc

    store = open_store(tmp_path / "s.duckdb")
    seen, frozen = [], []
    crash = {"on": False}
    real = store.put_analyses

    def recording(analyses, signatures=None):
        seen.append(gc.get_threshold())
        frozen.append(gc.get_freeze_count())
        if crash["on"]:
            raise RuntimeError("power cut")
        real(analyses, signatures)

    store.put_analyses = recording
    before = gc.get_threshold()
    young = tuple(bare_pipeline.config["gc"]["thresholds"])
    assert len(young) == 3 and young[0] > before[0] and bare_pipeline.config["gc"]["freeze"]
    rep = ingest([DATA / "gnad_sample.csv"], store, None, bare_pipeline, batch_size=5)
    assert rep.stored == 12 and len(seen) == 3
    assert set(seen) == {young} and gc.get_threshold() == before
    # the objects that existed before (models, lexicons) were frozen out of collection meanwhile
    assert min(frozen) > 0 and gc.get_freeze_count() == 0
    crash["on"] = True
    with pytest.raises(RuntimeError):  # a failing ingest restores it too
        ingest([SEED], store, {"language": "de"}, bare_pipeline)
    assert seen[-1] == young and gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_freezing_each_flushed_batch_leaves_the_store_unchanged_and_is_undone_after(bare_pipeline, tmp_path):
    """``[gc] freeze_batches``: what a batch leaves alive is frozen after its flush (the
    freeze count grows batch by batch), the stored analyses are the same as without it, and the
    process is left unfrozen."""
    import copy
    import gc

    from newsgraph.pipeline import Pipeline

    exported = {}
    for mode in ("off", "collect", "freeze"):
        cfg = copy.deepcopy(bare_pipeline.config)
        cfg["gc"]["freeze_batches"] = mode
        store = open_store(tmp_path / f"{mode}.duckdb")
        frozen: list[int] = []
        real = store.put_analyses

        def recording(analyses, signatures=None, real=real, frozen=frozen):
            frozen.append(gc.get_freeze_count())
            real(analyses, signatures)

        store.put_analyses = recording
        rep = ingest([DATA / "gnad_sample.csv"], store, None, Pipeline(cfg), batch_size=5)
        assert rep.stored == 12 and len(frozen) == 3
        if mode == "off":
            assert len(set(frozen)) == 1
        else:
            assert frozen[0] < frozen[1] < frozen[2]
        assert gc.get_freeze_count() == 0
        store.export(str(tmp_path / mode), "jsonl")
        store.close()
        exported[mode] = (tmp_path / mode / "analyses.jsonl").read_text("utf-8")
    assert exported["off"].count("\n") == 12
    assert exported["collect"] == exported["off"] == exported["freeze"]
