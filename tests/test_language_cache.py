"""The language identifier is unpacked once per machine and read back from a cache after."""

from __future__ import annotations

import pytest

from newsgraph.ingest import language

TEXTS = [
    "Die Bundesregierung hat am Mittwoch in Berlin ein neues Gesetz beschlossen.",
    "The government announced on Wednesday that the new law will take effect in May.",
    "Le gouvernement a annoncé mercredi une nouvelle loi sur le logement.",
]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()


def test_second_load_reads_the_cache_and_detects_the_same(fresh, monkeypatch):
    from py3langid.langid import LanguageIdentifier

    first = [language.detect(t) for t in TEXTS]
    written = list(fresh.glob("langid-*.pickle"))
    assert len(written) == 1 and not list(fresh.glob(".*.tmp"))
    language._identifier.cache_clear()

    def no_model(*a, **k):
        raise AssertionError("the model was unpacked again")

    monkeypatch.setattr(LanguageIdentifier, "from_modelpath", classmethod(no_model))
    assert [language.detect(t) for t in TEXTS] == first
    assert [lang for lang, _ in first] == ["de", "en", "fr"]


def test_a_broken_cache_is_replaced(fresh):
    language.detect(TEXTS[0])
    (cache,) = fresh.glob("langid-*.pickle")
    cache.write_bytes(b"not a pickle")
    language._identifier.cache_clear()
    assert language.detect(TEXTS[0])[0] == "de"
    assert cache.stat().st_size > 1000


def test_no_writable_cache_still_detects(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(blocker / "sub"))  # a directory under a file
    language._identifier.cache_clear()
    try:
        assert language.detect(TEXTS[1])[0] == "en"
    finally:
        language._identifier.cache_clear()
