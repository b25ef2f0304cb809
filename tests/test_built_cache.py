"""newsgraph/built_cache.py: a built object comes back from its pickle only for the very same
input files and building code, equal to a fresh build; anything else builds again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsgraph import built_cache
from newsgraph.config import models_dir
from newsgraph.extract import quotes_crf


class Built:
    def __init__(self, value: str) -> None:
        self.value = value


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSGRAPH_NO_BUILT_CACHE", raising=False)
    return tmp_path / "cache"


def _calls(tmp_path):
    data, code = tmp_path / "model.bin", tmp_path / "code.py"
    data.write_text("weights 1")
    code.write_text("def build(): ...")
    builds = []

    def build():
        builds.append(1)
        return Built(data.read_text() + "|" + code.read_text())

    def get():
        return built_cache.cached("thing", [data], [code], build, Built).value

    return data, code, builds, get


def test_a_second_process_reads_what_the_first_built(cache, tmp_path):
    data, code, builds, get = _calls(tmp_path)
    assert get() == "weights 1|def build(): ..." and len(builds) == 1
    assert get() == "weights 1|def build(): ..." and len(builds) == 1  # read, not built
    data.write_text("weights 2")  # a retrained model: another key
    assert get() == "weights 2|def build(): ..." and len(builds) == 2
    code.write_text("def build(): return 2")  # the building code changed: another key
    assert get() == "weights 2|def build(): return 2" and len(builds) == 3
    assert len(list(cache.glob("thing-*.pickle"))) == 3 and not list(cache.glob(".*tmp"))
    for n in range(3, 7):  # more retrained models: only the last KEEP pickles stay, the newest among them
        data.write_text(f"weights {n}")
        get()
    assert len(list(cache.glob("thing-*.pickle"))) == built_cache.KEEP and len(builds) == 7
    assert get() == "weights 6|def build(): return 2" and len(builds) == 7


def test_unreadable_or_foreign_pickles_are_built_again(cache, tmp_path):
    data, code, builds, get = _calls(tmp_path)
    get()
    (path,) = cache.glob("thing-*.pickle")
    path.write_bytes(b"not a pickle")
    assert get() == "weights 1|def build(): ..." and len(builds) == 2
    import pickle

    path.write_bytes(pickle.dumps({"something": "else"}))  # not a ``Built``
    assert get() == "weights 1|def build(): ..." and len(builds) == 3


def test_switched_off_it_always_builds_and_writes_nothing(cache, tmp_path, monkeypatch):
    data, code, builds, get = _calls(tmp_path)
    monkeypatch.setenv("NEWSGRAPH_NO_BUILT_CACHE", "1")
    get()
    get()
    assert len(builds) == 2 and not cache.exists()


def test_the_quote_crfs_read_back_equal_a_fresh_build(cache):
    files = [models_dir() / "de_quotes" / f for f in ("message.crfsuite", "roles.crfsuite")]
    if not all(f.exists() for f in files):
        pytest.skip("models/de_quotes not trained")
    code = [Path(quotes_crf.__file__)]

    def build():
        return quotes_crf.CRFPair.from_crfsuite(*files)

    fresh = build()
    built_cache.cached("quote-crfs", files, code, build, quotes_crf.CRFPair)  # writes
    read = built_cache.cached("quote-crfs", files, code, lambda: pytest.fail("built again"), quotes_crf.CRFPair)
    assert read is not fresh and read.index.attrs == fresh.index.attrs and read.index.row == fresh.index.row
    assert read.state.tobytes() == fresh.state.tobytes() and read.trans.tobytes() == fresh.trans.tobytes()
    for a, b in ((read.message, fresh.message), (read.roles, fresh.roles)):
        assert a.labels == b.labels and np.array_equal(a.state, b.state) and np.array_equal(a.trans, b.trans)
    rows = [fresh.index.rows([fresh.index.attrs[i:i + 5] for i in range(0, 400, 5)])]
    assert read.tag_rows(rows) == fresh.tag_rows(rows)


def test_the_kb_read_back_equals_a_fresh_build_and_follows_its_settings(cache, tmp_path, monkeypatch):
    import importlib

    from newsgraph.link import config as link_config_mod

    kb_mod = importlib.import_module("newsgraph.link.kb")  # the package exports the function ``kb``

    def fresh():
        main = kb_mod.kb_path(kb_mod.link_config()["kb"]["file"])
        return kb_mod._load(main, kb_mod.extra_paths())

    def indices(k):
        return (k.version, k.records, dict(k.by_norm), dict(k.by_phon), k.fuzzy_keys, k._by_last, k._last_words)

    kb_mod.kb.cache_clear()
    try:
        first = kb_mod.kb()  # built and written
        assert len(list(cache.glob("kb-*.pickle"))) == 1
        kb_mod.kb.cache_clear()
        second = kb_mod.kb()  # read
        assert second is not first and indices(second) == indices(first) == indices(fresh())
        assert second.exact("Olaf Scholz") == first.exact("Olaf Scholz")
        # a user KB file and other link settings are other keys
        extra = tmp_path / "extra.csv"
        extra.write_text("id,name,type,variants\nQ_test_1,Erika Mustermann,PER,E. Mustermann\n", "utf-8")
        monkeypatch.setenv("NEWSGRAPH_KB_EXTRA", str(extra))
        kb_mod.kb.cache_clear()
        assert kb_mod.kb().exact("erika mustermann") == ["Q_test_1"]
        user = tmp_path / "link.toml"
        user.write_text('[matcher]\ntitles = ["dr", "prof", "erika"]\n', "utf-8")
        monkeypatch.setenv("NEWSGRAPH_LINK_CONFIG", str(user))
        link_config_mod.link_config.cache_clear()
        from newsgraph.link import names

        names._titles.cache_clear()
        names.tokens.cache_clear()
        names.phonetic_tokens.cache_clear()
        kb_mod.kb.cache_clear()
        assert kb_mod.kb().exact("mustermann") == ["Q_test_1"]  # "erika" is a title now
        assert len(list(cache.glob("kb-*.pickle"))) == 3
    finally:
        monkeypatch.delenv("NEWSGRAPH_KB_EXTRA", raising=False)
        monkeypatch.delenv("NEWSGRAPH_LINK_CONFIG", raising=False)
        link_config_mod.link_config.cache_clear()
        from newsgraph.link import names

        names._titles.cache_clear()
        names.tokens.cache_clear()
        names.phonetic_tokens.cache_clear()
        kb_mod.kb.cache_clear()


def test_the_gazetteer_index_read_back_equals_a_fresh_build_and_follows_the_tokenizer(cache, tmp_path):
    import spacy

    from newsgraph.nlp.gazetteer import Gazetteer

    names = tmp_path / "gazetteer.txt"
    # plain names are split at spaces; "Baden-Württemberg" and "St. Gallen" go through the tokenizer
    names.write_text("Usbekistan\nNeu Delhi\nBaden-Württemberg\nSt. Gallen\n", encoding="utf-8")
    nlp = spacy.blank("de")
    built = Gazetteer(nlp, str(names)).index()
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 1
    fresh = Gazetteer(nlp)
    fresh.add_names(names.read_text("utf-8").splitlines())
    read = Gazetteer(nlp, str(names)).index()
    assert read[0] == built[0] == fresh.index()[0] and np.array_equal(read[1], fresh.index()[1])
    doc = nlp("Er reiste von St. Gallen nach Baden-Württemberg.")
    assert [e.text for e in Gazetteer(nlp, str(names))(doc).ents] == ["St. Gallen", "Baden-Württemberg"]
    # another tokenizer rule: another key, and the names tokenized by it
    nlp.tokenizer.add_special_case("St.", [{"ORTH": "S"}, {"ORTH": "t."}])
    changed = Gazetteer(nlp, str(names)).index()
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 2 and changed[0] != built[0]
